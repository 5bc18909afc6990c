/* String search over a generated 2 MB text: naive search, Knuth-Morris-Pratt, and
   Boyer-Moore-Horspool for several patterns; all three must report the same match counts
   and first positions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT 2000000

static int naive(const char *t, int n, const char *p, int m, int *first) {
  int c = 0; *first = -1;
  for (int i = 0; i + m <= n; i++) {
    int j = 0;
    while (j < m && t[i + j] == p[j]) j++;
    if (j == m) { if (c == 0) *first = i; c++; }
  }
  return c;
}

static int kmp(const char *t, int n, const char *p, int m, int *first) {
  int fail[64]; fail[0] = 0;
  for (int i = 1, k = 0; i < m; i++) {
    while (k > 0 && p[i] != p[k]) k = fail[k - 1];
    if (p[i] == p[k]) k++;
    fail[i] = k;
  }
  int c = 0; *first = -1;
  for (int i = 0, k = 0; i < n; i++) {
    while (k > 0 && t[i] != p[k]) k = fail[k - 1];
    if (t[i] == p[k]) k++;
    if (k == m) { if (c == 0) *first = i - m + 1; c++; k = fail[k - 1]; }
  }
  return c;
}

static int horspool(const char *t, int n, const char *p, int m, int *first) {
  int shift[256];
  for (int i = 0; i < 256; i++) shift[i] = m;
  for (int i = 0; i < m - 1; i++) shift[(unsigned char)p[i]] = m - 1 - i;
  int c = 0; *first = -1;
  int i = 0;
  while (i + m <= n) {
    int j = m - 1;
    while (j >= 0 && t[i + j] == p[j]) j--;
    if (j < 0) { if (c == 0) *first = i; c++; }
    i += shift[(unsigned char)t[i + m - 1]];
  }
  return c;
}

int main(void) {
  char *t = malloc(TEXT + 1);
  if (!t) return 2;
  unsigned s = 7;
  for (int i = 0; i < TEXT; i++) { s = s * 1103515245u + 12345u; t[i] = (char)('a' + ((s >> 16) % 4)); }
  t[TEXT] = 0;
  const char *pats[] = {"abcd", "aaaaaa", "abcabcab", "dcbadcbaddcc", "bbbbbbbbbb", "acgtacgt", "ddd"};
  int np = (int)(sizeof(pats) / sizeof(pats[0]));
  int ok = 1; unsigned long long total = 0, fsum = 0;
  for (int k = 0; k < np; k++) {
    int m = (int)strlen(pats[k]), f1, f2, f3;
    int c1 = naive(t, TEXT, pats[k], m, &f1);
    int c2 = kmp(t, TEXT, pats[k], m, &f2);
    int c3 = horspool(t, TEXT, pats[k], m, &f3);
    if (c1 != c2 || c1 != c3 || f1 != f2 || f1 != f3) ok = 0;
    total += (unsigned long long)c1; fsum += (unsigned long long)(f1 + 1) * (unsigned long long)(k + 1);
  }
  printf("strsearch text=%d patterns=%d matches=%llu firsts=%llu ok=%d\n", TEXT, np, total, fsum, ok);
  free(t);
  return ok ? 0 : 1;
}
