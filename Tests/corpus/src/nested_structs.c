/* Kiln corpus: structs whose arrays hold structs declared before them but first used inside them,
 * so clang writes the outer type first (`%struct.Grid = type { [4 x %struct.Row], ... }` before
 * `%struct.Row`): arrays of structs of arrays, by-value passing and returning of the nested
 * aggregates, and a table of them in a global with a designated initializer. */
#include <stdio.h>

struct Cell { short v; char tag; };
struct Row { struct Cell cells[3]; int sum; };
struct Grid { struct Row rows[4]; long long checksum; const char *name; };
struct Pair { struct Grid a; struct Row extra[2]; };

static struct Grid table[2] = {
    [1] = { .rows = { [2] = { .cells = { { 7, 'x' }, { -3, 'y' } }, .sum = 4 } }, .name = "second" },
};

static struct Row row_make(int seed) {
    struct Row r;
    r.sum = 0;
    for (int i = 0; i < 3; i++) {
        r.cells[i].v = (short)(seed * (i + 1) - 5);
        r.cells[i].tag = (char)('a' + (seed + i) % 26);
        r.sum += r.cells[i].v;
    }
    return r;
}

static long long grid_sum(struct Grid g) {
    long long s = 0;
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 3; j++) s = s * 31 + g.rows[i].cells[j].v + g.rows[i].cells[j].tag;
    return s;
}

static struct Pair pair_make(int seed) {
    struct Pair p;
    for (int i = 0; i < 4; i++) p.a.rows[i] = row_make(seed + i);
    p.a.checksum = grid_sum(p.a);
    p.a.name = "pair";
    p.extra[0] = row_make(seed * 2);
    p.extra[1] = p.a.rows[3];
    return p;
}

int main(void) {
    struct Pair p = pair_make(3);
    printf("%s %lld %d %d\n", p.a.name, p.a.checksum, p.extra[0].sum, p.extra[1].cells[2].v);
    table[0] = p.a;
    table[0].rows[1].cells[0].v += 100;
    for (int k = 0; k < 2; k++) {
        printf("%s %lld %d %c\n", table[k].name ? table[k].name : "(null)", grid_sum(table[k]),
               table[k].rows[2].sum, table[k].rows[2].cells[0].tag ? table[k].rows[2].cells[0].tag : '-');
    }
    struct Grid copy = table[1];
    copy.rows[2].cells[1].v *= 5;
    printf("%d %d %lld\n", table[1].rows[2].cells[1].v, copy.rows[2].cells[1].v, grid_sum(copy) - grid_sum(table[1]));
    return (int)(grid_sum(p.a) & 15);
}
