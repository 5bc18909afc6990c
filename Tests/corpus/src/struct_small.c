/* Kiln corpus: small structs passed and returned by value, which clang lowers per target ABI:
 * {int,int} -> i64, {long long,long long} -> {i64,i64}, {double,double} -> {double,double},
 * {float,float} -> <2 x float> on x86_64, mixed {float,int}, {char,short}, 3-int structs. */
#include <stdio.h>

struct II { int a, b; };
struct LL { long long a, b; };
struct DD { double x, y; };
struct FF { float x, y; };
struct FI { float f; int i; };
struct CS { char c; short s; };
struct III { int a, b, c; };
struct FFF { float x, y, z; };
struct DI { double d; int i; };

static struct II ii_make(int a, int b) { struct II r = { a, b }; return r; }
static struct II ii_swap(struct II v) { struct II r = { v.b, v.a }; return r; }
static struct LL ll_add(struct LL p, struct LL q) { struct LL r = { p.a + q.a, p.b + q.b }; return r; }
static struct DD dd_scale(struct DD v, double k) { v.x *= k; v.y *= k; return v; }
static struct FF ff_add(struct FF a, struct FF b) { struct FF r = { a.x + b.x, a.y + b.y }; return r; }
static float ff_dot(struct FF a, struct FF b) { return a.x * b.x + a.y * b.y; }
static struct FI fi_mix(struct FI v) { v.f += (float)v.i; v.i *= 2; return v; }
static struct CS cs_inc(struct CS v) { v.c++; v.s--; return v; }
static struct III iii_rot(struct III v) { struct III r = { v.b, v.c, v.a }; return r; }
static struct FFF fff_cross(struct FFF a, struct FFF b) {
    struct FFF r = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
    return r;
}
static struct DI di_make(double d, int i) { struct DI r; r.d = d; r.i = i; return r; }
static int many(struct II a, struct LL b, struct DD c, struct FF d, int e, double f, struct II g, struct FF h) {
    return a.a + a.b + (int)b.a + (int)b.b + (int)c.x + (int)c.y + (int)d.x + (int)d.y + e + (int)f + g.a - g.b + (int)(h.x * h.y);
}

int main(void) {
    struct II a = ii_make(3, -4), s = ii_swap(a);
    printf("ii %d %d -> %d %d\n", a.a, a.b, s.a, s.b);
    struct LL l = ll_add((struct LL){ 10000000000LL, -1 }, (struct LL){ 5, 20000000000LL });
    printf("ll %lld %lld\n", l.a, l.b);
    struct DD d = dd_scale((struct DD){ 1.5, -2.25 }, 4.0);
    printf("dd %.3f %.3f\n", d.x, d.y);
    struct FF f = ff_add((struct FF){ 1.0f, 2.0f }, (struct FF){ 0.5f, 0.25f });
    printf("ff %.3f %.3f dot %.3f\n", (double)f.x, (double)f.y, (double)ff_dot(f, f));
    struct FI fi = fi_mix((struct FI){ 0.5f, 7 });
    printf("fi %.2f %d\n", (double)fi.f, fi.i);
    struct CS cs = cs_inc((struct CS){ 'A', -300 });
    printf("cs %c %d\n", cs.c, cs.s);
    struct III t = iii_rot((struct III){ 1, 2, 3 });
    printf("iii %d %d %d\n", t.a, t.b, t.c);
    struct FFF c = fff_cross((struct FFF){ 1, 0, 0 }, (struct FFF){ 0, 1, 0 });
    printf("cross %.1f %.1f %.1f\n", (double)c.x, (double)c.y, (double)c.z);
    struct DI di = di_make(2.75, -9);
    printf("di %.2f %d\n", di.d, di.i);
    int m = many(a, l, d, f, 100, 0.5, s, (struct FF){ 2.0f, 3.0f });
    printf("many %d\n", m);
    return m & 0x3f;
}
