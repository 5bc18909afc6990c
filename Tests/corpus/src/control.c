/* Kiln corpus: control flow: goto (forward and backward), while/do/for loops, break and continue
 * in nested loops, ternaries and short-circuit && / || (which clang lowers to phis), _Bool,
 * early returns, and an infinite loop exited with break. */
#include <stdio.h>
#include <stdbool.h>

static int collatz(long long n) { int steps = 0; while (n != 1) { n = (n & 1) ? 3 * n + 1 : n / 2; steps++; } return steps; }
static int goto_loop(int n) {
    int i = 0, s = 0;
top:
    if (i >= n) goto done;
    s += i * i;
    i++;
    goto top;
done:
    return s;
}
static int find_pair(const int *a, int n, int target) {
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            if (a[i] + a[j] != target) continue;
            if (a[i] < 0) continue;
            return i * 100 + j;
        }
    return -1;
}
static int cleanup_style(int x) {
    int r = 0;
    if (x < 0) goto fail;
    r += 1;
    if (x > 100) goto fail;
    r += 10;
    if (x % 2) goto odd;
    return r;
odd:
    r += 100;
    return r;
fail:
    return -r;
}
static bool in_range(int x, int lo, int hi) { return x >= lo && x <= hi; }
static bool weird(int a, int b, int c) { return (a && !b) || (b && c) || (!a && !c && b > 3); }
static int tern(int a, int b) { return a > b ? a - b : a < b ? b - a : a == 0 ? -1 : 0; }
static int counter;
static bool side(bool v) { counter++; return v; }

int main(void) {
    int best = 0, arg = 0;
    for (int i = 1; i < 3000; i++) { int c = collatz(i); if (c > best) { best = c; arg = i; } }
    printf("collatz %d %d\n", arg, best);
    printf("goto %d %d\n", goto_loop(10), goto_loop(0));
    int a[] = { -3, 8, 1, 12, 5, 7, 4 };
    printf("pair %d %d %d\n", find_pair(a, 7, 9), find_pair(a, 7, 20), find_pair(a, 7, 1000));
    printf("cleanup %d %d %d %d\n", cleanup_style(-1), cleanup_style(200), cleanup_style(4), cleanup_style(5));
    int hits = 0;
    for (int x = -5; x < 15; x++) hits += in_range(x, 0, 9);
    printf("range %d\n", hits);
    int w = 0;
    for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) for (int k = 0; k < 2; k++) w = w * 2 % 1000003 + weird(i, j, k);
    printf("weird %d\n", w);
    printf("tern %d %d %d %d\n", tern(5, 2), tern(2, 5), tern(0, 0), tern(3, 3));
    bool r1 = side(false) && side(true);
    bool r2 = side(true) || side(false);
    bool r3 = side(true) && side(false) && side(true);
    printf("short %d %d %d calls %d\n", r1, r2, r3, counter);
    int n = 0, it = 0;
    for (;;) { n += it; if (n > 100) break; it++; }
    printf("inf %d %d\n", n, it);
    int d = 0;
    do { d += 3; if (d % 2 == 0) continue; d++; } while (d < 30);
    printf("do %d\n", d);
    int m = 0;

    for (int i = 0; i < 10; i++) {
        for (int j = 0; j < 10; j++) {
            if (j > i) break;
            if ((i + j) % 3 == 0) continue;
            m += i * j;
            if (m > 500) goto out;
        }
    }
    out:
    printf("m %d\n", m);

    return best & 0x3f;
}
