/* Kiln corpus: pointer operations: comparisons (icmp on ptr), ptrtoint/inttoptr through uintptr_t
 * (alignment tests), select between pointers, pointer-to-pointer, void* round trips, const
 * pointers, null checks, pointer arithmetic with negative offsets, and struct member offsets. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

struct S { char c; int i; double d; short s[3]; };

static int *pick(int *a, int *b, int which) { return which ? a : b; }
static void swap_ptrs(int **a, int **b) { int *t = *a; *a = *b; *b = t; }
static void *advance(void *p, ptrdiff_t n) { return (char *)p + n; }
static int count_nonnull(void **ps, int n) { int c = 0; for (int i = 0; i < n; i++) c += ps[i] != 0; return c; }
static const int *find(const int *b, const int *e, int v) { for (; b < e; b++) if (*b == v) return b; return 0; }

int main(void) {
    int arr[8] = { 10, 20, 30, 40, 50, 60, 70, 80 };
    int *p = &arr[2], *q = &arr[6];
    printf("cmp %d %d %d %d %d\n", p < q, p > q, p <= p, p == &arr[2], p != q);
    printf("diff %d %d\n", (int)(q - p), (int)(p - q));
    int *r = pick(p, q, 1), *s = pick(p, q, 0);
    printf("pick %d %d\n", *r, *s);
    swap_ptrs(&r, &s);
    printf("swap %d %d\n", *r, *s);
    uintptr_t u = (uintptr_t)&arr[1];
    printf("align %d %d\n", (int)(u % sizeof(int)), (int)(((uintptr_t)&arr[3] - u) / sizeof(int)));
    int *back = (int *)(u + 2 * sizeof(int));
    printf("inttoptr %d\n", *back);
    int *m = q - 5;
    printf("neg %d %d\n", *m, m[-1]);
    void *v = advance(arr, 4 * (ptrdiff_t)sizeof(int));
    printf("void %d\n", *(int *)v);
    void *ps[5] = { arr, 0, p, 0, &u };
    printf("nonnull %d\n", count_nonnull(ps, 5));
    const int *f = find(arr, arr + 8, 70), *nf = find(arr, arr + 8, 71);
    printf("find %d %d\n", f ? (int)(f - arr) : -1, nf ? (int)(nf - arr) : -1);
    printf("offsets %u %u %u\n", (unsigned)offsetof(struct S, i), (unsigned)offsetof(struct S, d), (unsigned)offsetof(struct S, s[2]));
    struct S st = { 'x', 5, 2.5, { 1, 2, 3 } };
    char *base = (char *)&st;
    printf("via offsets %d %.1f %d\n", *(int *)(base + offsetof(struct S, i)), *(double *)(base + offsetof(struct S, d)), ((short *)(base + offsetof(struct S, s)))[1]);
    int **pp = &p;
    **pp = 33;
    int ***ppp = &pp;
    (**ppp)[1] += 1;
    printf("pp %d %d\n", arr[2], arr[3]);
    int *null = 0;
    printf("null %d %d\n", null == 0, !null);
    return arr[2] - 33;
}
