/* Kiln corpus (CPU kernel): insertion sort, quicksort, merge sort (with malloc'd scratch) and
 * heap sort over pseudo-random ints from a deterministic LCG; checks sortedness and checksums. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned rng_state = 12345;
static unsigned rng(void) { rng_state = rng_state * 1103515245u + 12345u; return (rng_state >> 16) & 0x7fff; }

static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
}
static void quick(int *a, int lo, int hi) {
    while (lo < hi) {
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        if (j - lo < hi - i) { quick(a, lo, j); lo = i; } else { quick(a, i, hi); hi = j; }
    }
}
static void merge_sort(int *a, int *tmp, int n) {
    if (n < 2) return;
    int h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    int i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
    while (i < h) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}
static void sift(int *a, int i, int n) {
    for (;;) {
        int l = 2 * i + 1, m = i;
        if (l < n && a[l] > a[m]) m = l;
        if (l + 1 < n && a[l + 1] > a[m]) m = l + 1;
        if (m == i) return;
        int t = a[i]; a[i] = a[m]; a[m] = t;
        i = m;
    }
}
static void heap_sort(int *a, int n) {
    for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
    for (int e = n - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, 0, e); }
}
static int sorted(const int *a, int n) { for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0; return 1; }
static unsigned checksum(const int *a, int n) { unsigned h = 0; for (int i = 0; i < n; i++) h = h * 31u + (unsigned)a[i]; return h; }

int main(void) {
    enum { N = 3000 };
    int *src = malloc(N * sizeof(int)), *a = malloc(N * sizeof(int)), *tmp = malloc(N * sizeof(int));
    for (int i = 0; i < N; i++) src[i] = (int)rng() - 16384;
    memcpy(a, src, 500 * sizeof(int)); insertion(a, 500);
    printf("insertion %d %u\n", sorted(a, 500), checksum(a, 500));
    memcpy(a, src, N * sizeof(int)); quick(a, 0, N - 1);
    unsigned ref = checksum(a, N);
    printf("quick %d %u min %d max %d\n", sorted(a, N), ref, a[0], a[N - 1]);
    memcpy(a, src, N * sizeof(int)); merge_sort(a, tmp, N);
    printf("merge %d %d\n", sorted(a, N), checksum(a, N) == ref);
    memcpy(a, src, N * sizeof(int)); heap_sort(a, N);
    printf("heap %d %d median %d\n", sorted(a, N), checksum(a, N) == ref, a[N / 2]);
    free(src); free(a); free(tmp);
    return (int)(ref % 128);
}
