/* Kiln corpus: signed and unsigned division and remainder (sdiv/udiv/srem/urem) at every width,
 * including negative operands, truncation toward zero, and INT_MIN / -1 avoided. */
#include <stdio.h>

static int sdiv32(int a, int b) { return a / b; }
static int srem32(int a, int b) { return a % b; }
static unsigned udiv32(unsigned a, unsigned b) { return a / b; }
static unsigned urem32(unsigned a, unsigned b) { return a % b; }
static long long sdiv64(long long a, long long b) { return a / b; }
static long long srem64(long long a, long long b) { return a % b; }
static unsigned long long udiv64(unsigned long long a, unsigned long long b) { return a / b; }
static unsigned long long urem64(unsigned long long a, unsigned long long b) { return a % b; }
static short sdiv16(short a, short b) { return a / b; }
static unsigned short urem16(unsigned short a, unsigned short b) { return a % b; }
static signed char srem8(signed char a, signed char b) { return a % b; }
static unsigned char udiv8(unsigned char a, unsigned char b) { return a / b; }

int main(void) {
    int vals[] = { 7, -7, 100, -100, 2147483647, -2147483647, 1, -1, 13 };
    int divs[] = { 2, -2, 3, -3, 7, -7, 1, 10 };
    int n = sizeof vals / sizeof vals[0], m = sizeof divs / sizeof divs[0];
    unsigned h = 0;
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
            int q = sdiv32(vals[i], divs[j]);
            int r = srem32(vals[i], divs[j]);
            unsigned uq = udiv32((unsigned)vals[i], (unsigned)divs[j]);
            unsigned ur = urem32((unsigned)vals[i], (unsigned)divs[j]);
            h = h * 31u + (unsigned)q + (unsigned)r;
            h ^= uq + ur;
        }
        printf("%d: %d %d %u %u\n", vals[i], sdiv32(vals[i], 3), srem32(vals[i], -3),
               udiv32((unsigned)vals[i], 3), urem32((unsigned)vals[i], 3));
    }
    printf("hash32 %u\n", h);
    long long a = -9223372036854775807LL;
    printf("64 %lld %lld %lld %lld\n", sdiv64(a, 10), srem64(a, 10), sdiv64(a, -3), srem64(-17, 5));
    printf("u64 %llu %llu %llu\n", udiv64(18446744073709551615ULL, 10), urem64(18446744073709551615ULL, 10),
           udiv64((unsigned long long)a, 7));
    printf("16 %d %u 8 %d %u\n", sdiv16(-32767, 10), urem16(65535, 1000), srem8(-128 + 1, 10), udiv8(255, 16));
    /* division by powers of two of negatives (must truncate toward zero, not floor) */
    for (int k = -9; k <= 9; k += 3) printf("%d/4=%d %d%%4=%d ", k, k / 4, k, k % 4);
    printf("\n");
    return (int)(urem64(1234567, 97) & 0x3f);
}
