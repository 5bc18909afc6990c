/* Sorting ints: recursive quicksort (median-of-three, insertion sort for small ranges) and
   top-down mergesort on the same pseudo-random data; both outputs must be sorted and equal.
   Prints an order-sensitive checksum. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 700000

static unsigned long long xs = 88172645463325252ULL;
static unsigned next_rand(void) {
  xs ^= xs << 13; xs ^= xs >> 7; xs ^= xs << 17;
  return (unsigned)(xs >> 32);
}

static void insertion(int *a, int lo, int hi) {
  for (int i = lo + 1; i <= hi; i++) {
    int v = a[i], j = i - 1;
    while (j >= lo && a[j] > v) { a[j + 1] = a[j]; j--; }
    a[j + 1] = v;
  }
}

static void swap(int *a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

static void quicksort(int *a, int lo, int hi) {
  while (hi - lo > 16) {
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    int pivot = a[mid];
    int i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) { swap(a, i, j); i++; j--; }
    }
    if (j - lo < hi - i) { quicksort(a, lo, j); lo = i; }
    else { quicksort(a, i, hi); hi = j; }
  }
  insertion(a, lo, hi);
}

static void merge_sort(int *a, int *tmp, int lo, int hi) {
  if (hi - lo < 1) return;
  int mid = lo + (hi - lo) / 2;
  merge_sort(a, tmp, lo, mid);
  merge_sort(a, tmp, mid + 1, hi);
  int i = lo, j = mid + 1, k = lo;
  while (i <= mid && j <= hi) tmp[k++] = (a[i] <= a[j]) ? a[i++] : a[j++];
  while (i <= mid) tmp[k++] = a[i++];
  while (j <= hi) tmp[k++] = a[j++];
  for (k = lo; k <= hi; k++) a[k] = tmp[k];
}

int main(void) {
  int *a = malloc(sizeof(int) * N), *b = malloc(sizeof(int) * N), *tmp = malloc(sizeof(int) * N);
  if (!a || !b || !tmp) return 2;
  for (int i = 0; i < N; i++) a[i] = (int)(next_rand() % 1000000u) - 500000;
  memcpy(b, a, sizeof(int) * N);
  quicksort(a, 0, N - 1);
  merge_sort(b, tmp, 0, N - 1);
  int ok = 1;
  unsigned long long h = 1469598103934665603ULL;
  for (int i = 0; i < N; i++) {
    if (i > 0 && a[i - 1] > a[i]) ok = 0;
    if (a[i] != b[i]) ok = 0;
    h = (h ^ (unsigned)a[i]) * 1099511628211ULL;
  }
  printf("sort n=%d min=%d max=%d hash=%016llx ok=%d\n", N, a[0], a[N - 1], h, ok);
  free(a); free(b); free(tmp);
  return ok ? 0 : 1;
}
