/* Kiln corpus: every int<->float conversion (fptosi/fptoui/sitofp/uitofp) for float and double,
 * both signednesses, all widths, including unsigned 64-bit values above 2^63 <-> double, plus
 * fpext/fptrunc and rounding of halfway cases. All values are in range (no UB). */
#include <stdio.h>

static double u64_to_d(unsigned long long x) { return (double)x; }
static unsigned long long d_to_u64(double d) { return (unsigned long long)d; }
static double s64_to_d(long long x) { return (double)x; }
static long long d_to_s64(double d) { return (long long)d; }
static float u64_to_f(unsigned long long x) { return (float)x; }
static unsigned long long f_to_u64(float f) { return (unsigned long long)f; }
static float u32_to_f(unsigned x) { return (float)x; }
static unsigned f_to_u32(float f) { return (unsigned)f; }
static double u32_to_d(unsigned x) { return (double)x; }
static unsigned d_to_u32(double d) { return (unsigned)d; }
static float s32_to_f(int x) { return (float)x; }
static int f_to_s32(float f) { return (int)f; }
static signed char d_to_s8(double d) { return (signed char)d; }
static unsigned char d_to_u8(double d) { return (unsigned char)d; }
static short f_to_s16(float f) { return (short)f; }
static unsigned short f_to_u16(float f) { return (unsigned short)f; }
static double s8_to_d(signed char c) { return c; }
static float u16_to_f(unsigned short s) { return s; }
static float d_to_f(double d) { return (float)d; }
static double f_to_d(float f) { return f; }

int main(void) {
    unsigned long long bigs[] = { 0, 1, 9007199254740993ULL, 9223372036854775808ULL, 18446744073709549568ULL,
                                  12345678901234567890ULL, 0x8000000000000401ULL };
    for (int i = 0; i < 7; i++) {
        double d = u64_to_d(bigs[i]);
        float f = u64_to_f(bigs[i]);
        printf("u64 %llu -> %.1f -> %llu | f %.1f -> %llu\n", bigs[i], d, d_to_u64(d), (double)f,
               f < 1.8e19f ? f_to_u64(f) : 0ULL);
    }
    long long sl[] = { -9223372036854775807LL - 1, -1, 0, 4503599627370497LL, 9223372036854774784LL };
    for (int i = 0; i < 5; i++) printf("s64 %lld -> %.1f -> %lld\n", sl[i], s64_to_d(sl[i]), d_to_s64(s64_to_d(sl[i])));
    printf("u32 %.1f %u %.1f %u\n", (double)u32_to_f(4294967295u), f_to_u32(4294967040.0f), u32_to_d(4294967295u), d_to_u32(4294967295.9));
    printf("s32 %.1f %d %d %d\n", (double)s32_to_f(-2147483647 - 1), f_to_s32(-2147483648.0f), f_to_s32(-7.9f), f_to_s32(7.9f));
    printf("small %d %u %d %u\n", d_to_s8(-128.99), d_to_u8(255.5), f_to_s16(-32768.0f), f_to_u16(65535.0f));
    printf("small2 %.1f %.1f\n", s8_to_d(-100), (double)u16_to_f(65535));
    printf("round %.9g %.9g %.17g\n", (double)d_to_f(0.1), (double)d_to_f(16777217.0), f_to_d(0.1f));
    printf("trunc-tz %lld %lld %d %d\n", d_to_s64(-2.5), d_to_s64(2.5), (int)-0.999, (int)0.999);
    unsigned long long sum = 0;
    for (unsigned i = 0; i < 64; i++) {
        double d = u64_to_d(1ULL << i) * 0.75;
        sum += d_to_u64(d);
    }
    printf("sum %llu\n", sum);
    return (int)(sum & 0x7f);
}
