/* Kiln corpus: __int128 and unsigned __int128 arithmetic (i128 in IR), guarded by
 * __SIZEOF_INT128__; printed via 64-bit halves so the output is target-independent. */
#include <stdio.h>

#ifdef __SIZEOF_INT128__
typedef __int128 i128;
typedef unsigned __int128 u128;

static void print_u128(const char *tag, u128 v) {
    printf("%s %016llx%016llx\n", tag, (unsigned long long)(v >> 64), (unsigned long long)v);
}
static u128 mul64x64(unsigned long long a, unsigned long long b) { return (u128)a * b; }
static i128 sdiv128(i128 a, i128 b) { return a / b; }
static u128 urem128(u128 a, u128 b) { return a % b; }
static i128 ashr128(i128 a, int n) { return a >> n; }
static u128 fact(int n) { u128 r = 1; for (int i = 2; i <= n; i++) r *= (u128)i; return r; }

int main(void) {
    print_u128("mul", mul64x64(0xffffffffffffffffULL, 0xffffffffffffffffULL));
    print_u128("fact30", fact(30));
    i128 neg = -(i128)fact(25);
    print_u128("neg", (u128)neg);
    print_u128("sdiv", (u128)sdiv128(neg, 1000003));
    print_u128("urem", urem128(fact(33), 0xfffffffbULL));
    print_u128("ashr", (u128)ashr128(neg, 70));
    print_u128("shl", (u128)1 << 127);
    u128 x = fact(20);
    int cmp = (neg < 0) + 2 * (x > (u128)neg) + 4 * ((i128)x > neg);
    printf("cmp %d\n", cmp);
    double d = (double)x;
    u128 back = (u128)d;
    printf("dbl %.1f\n", d);
    print_u128("back", back);
    long long lo = (long long)sdiv128(neg, (i128)fact(22));
    printf("lo %lld\n", lo);
    return cmp;
}
#else
int main(void) { puts("no int128"); return 0; }
#endif
