/* Kiln corpus: variadic function definitions using va_list: va_arg of int, long long, double and
 * pointers, va_copy (walking the list twice), passing a va_list to another function, and
 * forwarding to printf-like formatting of our own. */
#include <stdio.h>
#include <stdarg.h>

static int sum_ints(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
static double sum_mixed(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    double s = 0;
    for (const char *p = fmt; *p; p++) {
        switch (*p) {
        case 'i': s += va_arg(ap, int); break;
        case 'l': s += (double)va_arg(ap, long long); break;
        case 'd': s += va_arg(ap, double); break;
        case 'p': s += *va_arg(ap, int *); break;
        case 's': s += (double)va_arg(ap, const char *)[0]; break;
        }
    }
    va_end(ap);
    return s;
}
static int vcount_twice(int n, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int a = 0, b = 0;
    for (int i = 0; i < n; i++) a += va_arg(ap, int);
    for (int i = 0; i < n; i++) b += va_arg(copy, int) * 2;
    va_end(copy);
    return a * 1000 + b;
}
static int count_twice(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int r = vcount_twice(n, ap);
    va_end(ap);
    return r;
}
static void my_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') { putchar(*p); continue; }
        p++;
        if (*p == 'd') printf("%d", va_arg(ap, int));
        else if (*p == 'f') printf("%.3f", va_arg(ap, double));
        else if (*p == 's') printf("%s", va_arg(ap, char *));
        else if (*p == 'c') putchar(va_arg(ap, int));
        else if (*p == 'L') printf("%lld", va_arg(ap, long long));
        else putchar(*p);
    }
    va_end(ap);
}
static double avg(int n, ...) {
    va_list ap, ap2;
    va_start(ap, n);
    va_copy(ap2, ap);
    double s = 0, mx = -1e300;
    for (int i = 0; i < n; i++) s += va_arg(ap, double);
    for (int i = 0; i < n; i++) { double v = va_arg(ap2, double); if (v > mx) mx = v; }
    va_end(ap2);
    va_end(ap);
    return s / n + mx;
}
struct Pair { int a; double b; };
static double sum_structs(int n, ...) {
    va_list ap;
    va_start(ap, n);
    double s = 0;
    for (int i = 0; i < n; i++) { struct Pair p = va_arg(ap, struct Pair); s += p.a * p.b; }
    va_end(ap);
    return s;
}

int main(void) {
    printf("sum_ints %d %d %d\n", sum_ints(0), sum_ints(3, 1, 2, 3), sum_ints(10, 1, -2, 3, -4, 5, -6, 7, -8, 9, 100));
    int x = 40;
    printf("mixed %.3f\n", sum_mixed("ildps", 1, 10000000000LL, 0.5, &x, "A"));
    printf("mixed2 %.3f\n", sum_mixed("dddddddddi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 7));
    printf("twice %d\n", count_twice(5, 1, 2, 3, 4, 5));
    my_printf("fmt %d|%f|%s|%c|%L|%%\n", -17, 2.5, "str", 'Z', -123456789012LL);
    printf("avg %.4f\n", avg(4, 1.0, 2.0, 3.5, -1.0));
    struct Pair p1 = { 2, 1.5 }, p2 = { -3, 0.25 };
    printf("structs %.3f\n", sum_structs(2, p1, p2));
    printf("printf %d %u %ld %lld %llu %x %o %c %s %5.2f %e %g %%\n", -1, 3000000000u, 123456L, -1234567890123LL,
           18446744073709551615ULL, 0xbeef, 8, 'k', "s", 3.14159, 12345.678, 0.0001);
    return sum_ints(2, 20, 22);
}
