/* Kiln corpus: bit-fields of many odd widths, signed and unsigned, in normal and packed structs.
 * clang's -O0 IR accesses these through odd-width integers (i24, i40, i48, i56, i72, i80, i120...):
 * loads/stores, and/or/shl/lshr/ashr on those widths, trunc/zext/sext from them. */
#include <stdio.h>

struct A { unsigned a : 3; unsigned b : 5; unsigned c : 7; int d : 9; unsigned e : 1; int f : 7; };
struct __attribute__((packed)) P24 { unsigned x : 12; unsigned y : 12; unsigned char tail; };
struct __attribute__((packed)) P40 { unsigned long long a : 20; unsigned long long b : 20; unsigned char t; };
struct __attribute__((packed)) P48 { unsigned long long a : 17; long long b : 31; short t; };
struct __attribute__((packed)) P56 { unsigned long long a : 28; unsigned long long b : 28; char t; };
struct __attribute__((packed)) P72 { unsigned long long a : 40; unsigned long long b : 32; };
struct __attribute__((packed)) P120 { unsigned long long a : 60; long long b : 60; signed char t; };
struct __attribute__((packed)) P80 { unsigned long long a : 36; unsigned long long b : 44; };
struct __attribute__((packed)) P96 { unsigned long long a : 44; long long b : 52; };
struct __attribute__((packed)) P104 { unsigned long long a : 52; unsigned long long b : 52; };
struct __attribute__((packed)) P112 { unsigned long long a : 50; unsigned long long b : 62; };
struct __attribute__((packed)) P136 { unsigned long long a : 63; unsigned long long b : 63; unsigned c : 10; };
struct __attribute__((packed)) P160 { unsigned long long a : 61; unsigned long long b : 61; unsigned long long c : 38; };
struct Q { unsigned long long a : 33; unsigned long long b : 30; int c : 20; unsigned d : 12; };
struct __attribute__((packed)) Mixed { signed char z; unsigned a : 3; unsigned b : 21; unsigned long long c : 50; unsigned long long d : 22; };

static struct P40 gp40 = { 0xabcde, 0x12345, 7 };
static struct A ga = { 5, 17, 100, -200, 1, -50 };

static unsigned long long sum_p72(struct P72 p) { return p.a + p.b; }
static struct P56 make_p56(unsigned long long a, unsigned long long b) { struct P56 r; r.a = a; r.b = b; r.t = 'q'; return r; }

int main(void) {
    printf("A %u %u %u %d %u %d\n", ga.a, ga.b, ga.c, ga.d, ga.e, ga.f);
    ga.a += 4; ga.b = ga.b * 3; ga.c = 255; ga.d -= 100; ga.e = !ga.e; ga.f = -64;
    printf("A' %u %u %u %d %u %d\n", ga.a, ga.b, ga.c, ga.d, ga.e, ga.f);
    struct P24 p24 = { 4095, 2049, 9 };
    p24.x ^= 0x555;
    printf("P24 %u %u %u\n", p24.x, p24.y, p24.tail);
    printf("P40 %llx %llx %u\n", (unsigned long long)gp40.a, (unsigned long long)gp40.b, gp40.t);
    gp40.b += 0xfffff;
    printf("P40' %llx\n", (unsigned long long)gp40.b);
    struct P48 p48 = { 0x1ffff, -1000000000, -3 };
    p48.b >>= 3;
    printf("P48 %llx %lld %d\n", (unsigned long long)p48.a, (long long)p48.b, p48.t);
    struct P56 p56 = make_p56(0xfffffff, 0x1234567);
    p56.a++;
    printf("P56 %llx %llx %c\n", (unsigned long long)p56.a, (unsigned long long)p56.b, p56.t);
    struct P72 p72 = { 0xffffffffffULL, 0xffffffffULL };
    printf("P72 %llx\n", sum_p72(p72));
    struct P120 p120 = { 0xfffffffffffffffULL, -0x7ffffffffffffffLL, -1 };
    p120.b = p120.b / 2 + 3;
    p120.a = p120.a << 4;
    printf("P120 %llx %lld %d\n", (unsigned long long)p120.a, (long long)p120.b, p120.t);
    struct Q q = { 0x1ffffffffULL, 0x3fffffff, -524288, 4095 };
    q.a = q.a - 1; q.c = q.c + 1; q.d = q.d + 1;
    printf("Q %llx %llx %d %u\n", (unsigned long long)q.a, (unsigned long long)q.b, q.c, q.d);
    struct Mixed m = { -5, 6, 0x1fffff, 0x3ffffffffffffULL, 0x2aaaaa };
    m.c ^= 0x155555555ULL;
    m.d = m.d >> 1;
    printf("Mixed %d %u %u %llx %llx\n", m.z, m.a, m.b, (unsigned long long)m.c, (unsigned long long)m.d);
    struct P80 p80 = { 0xffffffffffULL, 0x123456789aULL };
    struct P96 p96 = { 0xffffffffffffULL, -0x7fffffffffffLL };
    struct P104 p104 = { 0xfffffffffffffULL, 1 };
    struct P112 p112 = { 0xffffffffffffffULL, 0xabcdef01234567ULL };
    struct P136 p136 = { 0xfffffffffffffffULL, 0x0123456789abcdeULL, 0xbeef };
    struct P160 p160 = { 1, 2, 3 };
    for (int i = 0; i < 5; i++) {
        p80.a += p80.b; p80.b ^= p80.a << 3;
        p96.a -= 12345; p96.b = p96.b / 3 + i;
        p104.b = p104.b * 5 + p104.a; p104.a >>= 1;
        p112.a = ~p112.a; p112.b += p112.a;
        p136.c = p136.c * 7 + 1; p136.b = p136.b + p136.c; p136.a -= p136.b;
        p160.c = p160.c * 1000 + p160.a; p160.a = p160.b + 7; p160.b = p160.c ^ p160.a;
    }
    printf("P80 %llx %llx P96 %llx %lld\n", (unsigned long long)p80.a, (unsigned long long)p80.b, (unsigned long long)p96.a, (long long)p96.b);
    printf("P104 %llx %llx P112 %llx %llx\n", (unsigned long long)p104.a, (unsigned long long)p104.b, (unsigned long long)p112.a, (unsigned long long)p112.b);
    printf("P136 %llx %llx %x P160 %llx %llx %llx\n", (unsigned long long)p136.a, (unsigned long long)p136.b, (unsigned)p136.c,
           (unsigned long long)p160.a, (unsigned long long)p160.b, (unsigned long long)p160.c);
    unsigned long long total = 0;
    for (int i = 0; i < 100; i++) {
        p72.a = p72.a * 3 + (unsigned)i;
        p72.b = p72.b ^ (p72.a >> 7);
        total += p72.b;
    }
    printf("loop %llx\n", total);
    return (int)(total & 0x7f);
}
