/* Kiln corpus: shl/lshr/ashr at all widths with constant and variable amounts, including
 * arithmetic right shift of negative values (implementation-defined in C, arithmetic in clang). */
#include <stdio.h>

static int ashr32(int x, int n) { return x >> n; }
static unsigned lshr32(unsigned x, int n) { return x >> n; }
static unsigned shl32(unsigned x, int n) { return x << n; }
static long long ashr64(long long x, int n) { return x >> n; }
static unsigned long long lshr64(unsigned long long x, unsigned n) { return x >> n; }
static unsigned long long shl64(unsigned long long x, unsigned n) { return x << n; }
static signed char ashr8(signed char x, int n) { return (signed char)(x >> n); }
static unsigned short shl16(unsigned short x, int n) { return (unsigned short)(x << n); }
static short ashr16(short x, int n) { return (short)(x >> n); }
static unsigned rotl32(unsigned x, unsigned n) { n &= 31; return n ? (x << n) | (x >> (32 - n)) : x; }
static unsigned long long rotr64(unsigned long long x, unsigned n) { n &= 63; return n ? (x >> n) | (x << (64 - n)) : x; }

int main(void) {
    for (int n = 0; n < 32; n += 5)
        printf("n=%d ashr %d %d lshr %u shl %u\n", n, ashr32(-1000000, n), ashr32(1000000, n),
               lshr32(0xf0000000u, n), shl32(0x12345u, n));
    for (unsigned n = 0; n < 64; n += 9)
        printf("n=%u ashr64 %lld lshr64 %llu shl64 %llu\n", n, ashr64(-123456789012345LL, (int)n),
               lshr64(0x8000000000000001ULL, n), shl64(0x1234567ULL, n));
    printf("small %d %d %u %d\n", ashr8(-128, 3), ashr8(-1, 7), shl16(0x8001, 1), ashr16(-32768, 15));
    printf("const %d %u %lld\n", -17 >> 2, 0xffffffffu >> 31, (-1LL) >> 63);
    printf("rot %u %u %llu %llu\n", rotl32(0x80000001u, 1), rotl32(0x12345678u, 12),
           rotr64(1ULL, 1), rotr64(0x0123456789abcdefULL, 20));
    unsigned x = 1;
    int count = 0;
    while (x) { x <<= 1; count++; }
    printf("bits %d\n", count);
    return count - 32;
}
