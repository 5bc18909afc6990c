/* Kiln corpus: integer arithmetic at every C width (char/short/int/long/long long, signed and
 * unsigned), unsigned wrap-around, promotions and truncations (trunc/zext/sext between widths). */
#include <stdio.h>

static signed char sc_add(signed char a, signed char b) { return (signed char)(a + b); }
static unsigned char uc_add(unsigned char a, unsigned char b) { return (unsigned char)(a + b); }
static short s_mul(short a, short b) { return (short)(a * b); }
static unsigned short us_mul(unsigned short a, unsigned short b) { return (unsigned short)((unsigned)a * b); }
static int i_ops(int a, int b) { return a * 3 - b + (a ^ b) - (a & b) + (a | 7); }
static unsigned u_ops(unsigned a, unsigned b) { return a * 2654435761u + b - 12345u; }
static long l_ops(long a, long b) { return a * 7 - b / 3; }
static unsigned long ul_ops(unsigned long a) { return (a * 31u) & 0xffffffffu; }
static long long ll_ops(long long a, long long b) { return a * b - a * 8 + (b >> 2); }
static unsigned long long ull_ops(unsigned long long a, unsigned long long b) { return a * b + ~a - (b ^ 0xdeadbeefcafebabeULL); }

int main(void) {
    signed char sc = 100;
    unsigned char uc = 200;
    short s = -30000;
    unsigned short us = 65000;
    int i = -123456;
    unsigned u = 4000000000u;
    long l = -1000000;
    unsigned long ul = 3000000000u;
    long long ll = -9000000000000LL;
    unsigned long long ull = 18000000000000000000ULL;

    printf("sc_add %d %d %d\n", sc_add(sc, 27), sc_add(sc, 28), sc_add(-128, -1));
    printf("uc_add %u %u\n", uc_add(uc, 55), uc_add(uc, 56));
    printf("s_mul %d %d\n", s_mul(300, 200), s_mul(-181, 181));
    printf("us_mul %u %u\n", us_mul(us, 2), us_mul(255, 257));
    printf("i_ops %d %d\n", i_ops(i, 77), i_ops(1000, -1000));
    printf("u_ops %u %u\n", u_ops(u, 1), u_ops(0, 0));
    printf("l_ops %ld %ld\n", l_ops(l, 10), l_ops(123, -456));
    printf("ul_ops %lu\n", ul_ops(ul));
    printf("ll_ops %lld %lld\n", ll_ops(ll, 3), ll_ops(-5, 1000000007LL));
    printf("ull_ops %llu %llu\n", ull_ops(ull, 3), ull_ops(1, 0));

    /* unsigned wrap-around at each width */
    unsigned char wc = 0; wc--; 
    unsigned short ws = 0; ws--;
    unsigned wu = 0; wu--;
    unsigned long long wl = 0; wl--;
    printf("wrap %u %u %u %llu\n", wc, ws, wu, wl);
    wu = 4294967295u; wu += 2;
    wl = 18446744073709551615ULL; wl *= 3;
    printf("wrap2 %u %llu\n", wu, wl);

    /* truncation and extension between widths */
    long long big = 0x123456789abcdefLL;
    signed char t8 = (signed char)big;
    short t16 = (short)big;
    int t32 = (int)big;
    unsigned char z8 = (unsigned char)(big >> 8);
    printf("trunc %d %d %d %u\n", t8, t16, t32, z8);
    signed char neg = -5;
    unsigned short nz = (unsigned char)neg;
    int se = neg;
    long long sel = neg;
    unsigned long long zel = (unsigned)se;
    printf("ext %u %d %lld %llu\n", nz, se, sel, zel);

    /* mixed signed/unsigned comparisons */
    int m1 = -1;
    unsigned m2 = 1;
    printf("cmp %d %d %d %d\n", (unsigned)m1 > m2, m1 < (int)m2, (short)-1 < (unsigned short)1, (long long)m1 < (long long)m2);
    int acc = 0;
    for (int k = -5; k <= 5; k++) {
        acc += (k < 0) + 2 * (k <= 0) + 4 * (k > 0) + 8 * (k >= 0) + 16 * (k == 0) + 32 * (k != 0);
        acc += ((unsigned)k < 3u) + 2 * ((unsigned)k <= 3u) + 4 * ((unsigned)k > 3u) + 8 * ((unsigned)k >= 3u);
    }
    printf("acc %d\n", acc);
    return acc % 7;
}
