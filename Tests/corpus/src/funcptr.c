/* Kiln corpus: function pointers: tables of them, a struct of function pointers (vtable style),
 * callbacks (generic sort with a comparator, map/fold), returning function pointers, indirect calls
 * with various signatures, and comparing function pointers. */
#include <stdio.h>

typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
static int maxi(int a, int b) { return a > b ? a : b; }
static binop ops[] = { add, sub, mul, maxi };

struct Shape;
struct ShapeVT { double (*area)(const struct Shape *); double (*perimeter)(const struct Shape *); const char *(*name)(void); };
struct Shape { const struct ShapeVT *vt; double a, b; };
static double rect_area(const struct Shape *s) { return s->a * s->b; }
static double rect_perim(const struct Shape *s) { return 2 * (s->a + s->b); }
static const char *rect_name(void) { return "rect"; }
static double tri_area(const struct Shape *s) { return 0.5 * s->a * s->b; }
static double tri_perim(const struct Shape *s) { return s->a + s->b + 5.0; }
static const char *tri_name(void) { return "tri"; }
static const struct ShapeVT rect_vt = { rect_area, rect_perim, rect_name };
static const struct ShapeVT tri_vt = { tri_area, tri_perim, tri_name };

static void sort_generic(void *base, int n, int size, int (*cmp)(const void *, const void *)) {
    char *b = base;
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--)
            for (int k = 0; k < size; k++) { char t = b[(j - 1) * size + k]; b[(j - 1) * size + k] = b[j * size + k]; b[j * size + k] = t; }
}
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_dbl(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }

static int fold(const int *v, int n, int init, binop f) { for (int i = 0; i < n; i++) init = f(init, v[i]); return init; }
static binop pick(char c) { switch (c) { case '+': return add; case '-': return sub; case '*': return mul; default: return maxi; } }
static double apply_d(double (*f)(double), double x) { return f(x); }
static double twice(double x) { return 2 * x; }
static long long apply_ll(long long (*f)(long long, int), long long x, int n) { return f(x, n); }
static long long pow_ll(long long x, int n) { long long r = 1; while (n--) r *= x; return r; }
static void say(const char *s) { printf("say %s\n", s); }

int main(void) {
    for (int i = 0; i < 4; i++) printf("op%d %d\n", i, ops[i](7, -3));
    struct Shape shapes[] = { { &rect_vt, 3, 4 }, { &tri_vt, 6, 2 } };
    for (int i = 0; i < 2; i++)
        printf("%s area %.2f perim %.2f\n", shapes[i].vt->name(), shapes[i].vt->area(&shapes[i]), shapes[i].vt->perimeter(&shapes[i]));
    int v[] = { 5, -2, 9, 0, 3, 3, -8, 12 };
    sort_generic(v, 8, sizeof(int), cmp_int);
    for (int i = 0; i < 8; i++) printf("%d ", v[i]);
    printf("\n");
    sort_generic(v, 8, sizeof(int), cmp_int_desc);
    for (int i = 0; i < 8; i++) printf("%d ", v[i]);
    printf("\n");
    double dv[] = { 2.5, -1.0, 0.0, 10.25 };
    sort_generic(dv, 4, sizeof(double), cmp_dbl);
    printf("%.2f %.2f %.2f %.2f\n", dv[0], dv[1], dv[2], dv[3]);
    printf("fold %d %d %d\n", fold(v, 8, 0, pick('+')), fold(v, 8, 1, pick('*')), fold(v, 8, -100, pick('m')));
    printf("apply %.1f %lld\n", apply_d(twice, 21.0), apply_ll(pow_ll, 3, 30));
    void (*volatile vp)(const char *) = say;
    vp("indirect");
    printf("eq %d %d\n", pick('+') == add, pick('-') == add);
    return fold(v, 8, 0, add) & 0x3f;
}
