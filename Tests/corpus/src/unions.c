/* Kiln corpus: unions (type punning float<->bits, int<->bytes via unsigned char), unions inside
 * structs (tagged variants), union arguments and returns, and unions of different-sized members. */
#include <stdio.h>
#include <string.h>

union FBits { float f; unsigned u; };
union DBits { double d; unsigned long long u; unsigned w[2]; };
union Bytes { unsigned x; unsigned char b[4]; };
union Mixed { char c; short s; int i; long long ll; double d; char str[12]; };

enum Kind { K_INT, K_DBL, K_STR };
struct Value { enum Kind kind; union { int i; double d; const char *s; } as; };

static unsigned float_bits(float f) { union FBits u; u.f = f; return u.u; }
static float bits_float(unsigned b) { union FBits u; u.u = b; return u.f; }
static union DBits dbits(double d) { union DBits u; u.d = d; return u; }
static void show(struct Value v) {
    switch (v.kind) {
    case K_INT: printf("int %d\n", v.as.i); break;
    case K_DBL: printf("dbl %.3f\n", v.as.d); break;
    case K_STR: printf("str %s\n", v.as.s); break;
    }
}
static int mixed_sum(union Mixed m) { return m.c + m.s; }

int main(void) {
    printf("fbits %08x %08x %08x\n", float_bits(1.0f), float_bits(-0.0f), float_bits(3.14159f));
    printf("bitsf %.6f\n", (double)bits_float(0x40490fdbu));
    union DBits d = dbits(-2.5);
    printf("dbits %016llx lo %08x hi %08x\n", d.u, d.w[0], d.w[1]);
    union Bytes by;
    by.x = 0x11223344u;
    printf("bytes %02x %02x %02x %02x\n", by.b[0], by.b[1], by.b[2], by.b[3]);
    struct Value vs[3] = { { K_INT, { .i = -7 } }, { K_DBL, { .d = 6.25 } }, { K_STR, { .s = "hello" } } };
    for (int i = 0; i < 3; i++) show(vs[i]);
    union Mixed m;
    memset(&m, 0, sizeof m);
    m.s = 0x0102;
    printf("mixed %d\n", mixed_sum(m));
    memcpy(m.str, "unionstr", 9);
    printf("mixed str %s %u\n", m.str, (unsigned)sizeof(union Mixed));
    /* exponent extraction via bits */
    int e = (int)((dbits(1024.0).u >> 52) & 0x7ff) - 1023;
    printf("exp %d\n", e);
    return e;
}
