/* Kiln corpus: recursion (fib, ackermann, gcd, towers of hanoi, permutations) and mutual
 * recursion (is_even/is_odd, a recursive-descent expression parser). */
#include <stdio.h>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static unsigned ack(unsigned m, unsigned n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}
static long long gcd(long long a, long long b) { return b == 0 ? a : gcd(b, a % b); }
static int moves;
static void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    hanoi(n - 1, via, to, from);
}
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static const char *src;
static int expr(void);
static int number(void) { int v = 0; while (*src >= '0' && *src <= '9') v = v * 10 + (*src++ - '0'); return v; }
static int factor(void) {
    if (*src == '(') { src++; int v = expr(); src++; return v; }
    if (*src == '-') { src++; return -factor(); }
    return number();
}
static int term(void) {
    int v = factor();
    while (*src == '*' || *src == '/') { char op = *src++; int r = factor(); v = op == '*' ? v * r : v / r; }
    return v;
}
static int expr(void) {
    int v = term();
    while (*src == '+' || *src == '-') { char op = *src++; int r = term(); v = op == '+' ? v + r : v - r; }
    return v;
}
static int eval(const char *s) { src = s; return expr(); }

static int perm_count;
static void permute(int *a, int k, int n, long long *checksum) {
    if (k == n) {
        perm_count++;
        long long v = 0;
        for (int i = 0; i < n; i++) v = v * 10 + a[i];
        *checksum += v % 97;
        return;
    }
    for (int i = k; i < n; i++) {
        int t = a[k]; a[k] = a[i]; a[i] = t;
        permute(a, k + 1, n, checksum);
        t = a[k]; a[k] = a[i]; a[i] = t;
    }
}

int main(void) {
    printf("fib %d %d\n", fib(20), fib(24));
    printf("ack %u %u\n", ack(2, 3), ack(3, 4));
    printf("gcd %lld %lld\n", gcd(1071, 462), gcd(9223372036854775806LL, 6148914691236517204LL));
    hanoi(12, 1, 3, 2);
    printf("hanoi %d\n", moves);
    printf("even %d %d odd %d\n", is_even(1000), is_even(777), is_odd(333));
    printf("eval %d %d %d\n", eval("1+2*3"), eval("(1+2)*3-4/2"), eval("-(7*(2+3))+100/(3+2)"));
    int a[6] = { 1, 2, 3, 4, 5, 6 };
    long long ck = 0;
    permute(a, 0, 6, &ck);
    printf("perm %d %lld\n", perm_count, ck);
    return fib(10) % 50;
}
