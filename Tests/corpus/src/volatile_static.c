/* Kiln corpus: volatile locals and globals (every access must stay), volatile pointers, static
 * locals that keep state across calls, static globals, and a simple memoization table. */
#include <stdio.h>

volatile int g_vol = 5;
static volatile unsigned char g_vbytes[4] = { 1, 2, 3, 4 };
static int g_calls;

static int next_id(void) { static int id = 100; return id++; }
static double running_avg(double x) { static double sum; static int n; sum += x; n++; return sum / n; }
static long long memo_fib(int n) {
    static long long memo[91];
    static int init;
    if (!init) { for (int i = 0; i < 91; i++) memo[i] = -1; init = 1; }
    g_calls++;
    if (n < 2) return n;
    if (memo[n] >= 0) return memo[n];
    return memo[n] = memo_fib(n - 1) + memo_fib(n - 2);
}

int main(void) {
    volatile int v = 0;
    for (int i = 0; i < 10; i++) v = v + i;
    volatile double vd = 1.5;
    vd *= vd;
    volatile long long vl = -7;
    vl = vl * vl;
    int x = v + g_vol;
    g_vol = x;
    g_vol++;
    printf("vol %d %.3f %lld %d\n", (int)v, (double)vd, (long long)vl, (int)g_vol);
    volatile unsigned char *p = g_vbytes;
    unsigned s = 0;
    for (int i = 0; i < 4; i++) { p[i] = (unsigned char)(p[i] * 3); s += p[i]; }
    printf("vbytes %u\n", s);
    int a = next_id(), b = next_id(), c = next_id();
    printf("ids %d %d %d\n", a, b, c);
    running_avg(1); running_avg(2);
    printf("avg %.3f\n", running_avg(6));
    printf("fib90 %lld calls %d\n", memo_fib(90), g_calls);
    printf("again %lld calls %d\n", memo_fib(50), g_calls);
    volatile int *vp = &v;
    *vp = 3;
    *vp = 4;
    return *vp + (int)g_vol % 10;
}
