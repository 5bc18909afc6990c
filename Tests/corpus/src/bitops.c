/* Kiln corpus: bitwise and/or/xor/not, manual popcount, and the bit intrinsics clang emits at -O0
 * (llvm.ctpop/ctlz/cttz/bswap/abs, llvm.*.with.overflow via __builtin_*_overflow). */
#include <stdio.h>

static int popcount_manual(unsigned long long x) { int c = 0; while (x) { x &= x - 1; c++; } return c; }
static unsigned reverse_bits(unsigned x) {
    unsigned r = 0;
    for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>= 1; }
    return r;
}

int main(void) {
    unsigned long long vals[] = { 0, 1, 0x80000000u, 0xdeadbeefULL, 0x0123456789abcdefULL, 0xffffffffffffffffULL };
    for (int i = 0; i < 6; i++) {
        unsigned long long v = vals[i];
        unsigned lo = (unsigned)v;
        printf("%llx pop %d/%d", v, popcount_manual(v), __builtin_popcountll(v));
        if (lo) printf(" clz %d ctz %d", __builtin_clz(lo), __builtin_ctz(lo));
        printf(" bswap %x %llx rev %x\n", __builtin_bswap32(lo), __builtin_bswap64(v), reverse_bits(lo));
    }
    unsigned short h = 0x1234;
    printf("bswap16 %x\n", __builtin_bswap16(h));
    int a = 0x5a5a5a5a, b = 0x0ff00ff0;
    printf("and %x or %x xor %x not %x andnot %x\n", a & b, a | b, a ^ b, ~a, a & ~b);
    int r;
    int o1 = __builtin_sadd_overflow(2147483647, 1, &r);
    printf("sadd %d %d\n", o1, r);
    unsigned ur;
    int o2 = __builtin_umul_overflow(65536u, 65536u, &ur);
    printf("umul %d %u\n", o2, ur);
    long long lr = 0;
    int o3 = __builtin_sub_overflow(-9223372036854775807LL - 1, 1LL, &lr);
    printf("ssub %d %lld\n", o3, lr);
    int o4 = __builtin_uadd_overflow(1u, 2u, &ur);
    printf("uadd %d %u\n", o4, ur);
    volatile int na = -42;
    volatile long long nl = -5000000000LL;
    printf("abs %d %d %lld\n", __builtin_abs(na), __builtin_abs(-na), __builtin_llabs(nl));
    int expect = __builtin_expect(a > b, 1) ? 1 : 0;
    printf("expect %d\n", expect);
    return o1 + o2 + o3 + o4;
}
