/* Kiln corpus: switch statements: dense (jump-table shaped) and sparse cases, fallthrough,
 * default in the middle, nested switches, and switches on char, short, unsigned, long long and
 * enum operands (switch on i8/i16/i32/i64). */
#include <stdio.h>

enum Color { RED, GREEN = 5, BLUE = 100, BLACK = -1 };

static int dense(int x) {
    switch (x) {
    case 0: return 10;
    case 1: return 11;
    case 2: return 13;
    case 3: return 17;
    case 4: return 19;
    case 5: return 23;
    case 6: return 29;
    case 7: return 31;
    case 8: return 37;
    case 9: return 41;
    case 10: return 43;
    case 11: return 47;
    default: return -1;
    }
}
static int sparse(unsigned x) {
    switch (x) {
    case 1: return 1;
    case 100: return 2;
    case 1000: return 3;
    case 65536: return 4;
    case 4000000000u: return 5;
    case 77: return 6;
    default: return 0;
    }
}
static int fall(int x) {
    int r = 0;
    switch (x) {
    case 0: r += 1;
    case 1: r += 10;
    default: r += 100;
    case 2: r += 1000; break;
    case 3: r += 10000;
    case 4: { r += 100000; break; }
    }
    return r;
}
static const char *chname(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
    case ' ': return "space";
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9': return "digit";
    default: return "other";
    }
}
static int on_short(short s) { switch (s) { case -32768: return 1; case -1: return 2; case 32767: return 3; default: return 0; } }
static int on_ll(long long v) {
    switch (v) {
    case 0x100000000LL: return 1;
    case -5000000000LL: return 2;
    case 7: return 3;
    default: return 4;
    }
}
static int color(enum Color c) { switch (c) { case RED: return 'r'; case GREEN: return 'g'; case BLUE: return 'b'; case BLACK: return 'k'; } return '?'; }
static int nested(int a, int b) {
    switch (a) {
    case 0:
        switch (b) { case 0: return 0; case 1: return 1; default: return 2; }
    case 1:
        switch (b) { case 0: return 10; default: break; }
        return 11;
    default:
        return 99;
    }
}

int main(void) {
    int s = 0;
    for (int i = -1; i < 14; i++) s += dense(i) * (i + 2);
    printf("dense %d\n", s);
    unsigned keys[] = { 0, 1, 77, 100, 999, 1000, 65536, 4000000000u, 4000000001u };
    for (int i = 0; i < 9; i++) printf("%d", sparse(keys[i]));
    printf("\n");
    for (int i = 0; i < 6; i++) printf("fall(%d)=%d\n", i, fall(i));
    const char *t = "hi 42 ou!";
    for (const char *p = t; *p; p++) printf("%s ", chname(*p));
    printf("\n");
    printf("short %d %d %d %d\n", on_short(-32768), on_short(-1), on_short(32767), on_short(5));
    printf("ll %d %d %d %d\n", on_ll(0x100000000LL), on_ll(-5000000000LL), on_ll(7), on_ll(8));
    printf("color %c%c%c%c\n", color(RED), color(GREEN), color(BLUE), color(BLACK));
    printf("nested %d %d %d %d %d %d\n", nested(0, 0), nested(0, 1), nested(0, 5), nested(1, 0), nested(1, 1), nested(2, 0));
    return s % 64;
}
