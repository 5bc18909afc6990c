/* Prime counting: a byte-per-number sieve of Eratosthenes up to N (repeated), a bit-packed
   odd-only sieve, and trial division on a small range; all counts must agree with pi(N). */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define N 40000000

static int sieve_bytes(uint8_t *s, int n) {
  memset(s, 1, (size_t)n + 1);
  s[0] = s[1] = 0;
  for (int i = 2; (long)i * i <= n; i++)
    if (s[i]) for (int j = i * i; j <= n; j += i) s[j] = 0;
  int c = 0;
  for (int i = 0; i <= n; i++) c += s[i];
  return c;
}

static int sieve_bits(uint32_t *bits, int n) {
  /* bit k represents odd number 2k+1 */
  int m = (n - 1) / 2 + 1;
  memset(bits, 0, sizeof(uint32_t) * (size_t)((m + 31) / 32));
  for (int k = 1; ; k++) {
    long p = 2L * k + 1;
    if (p * p > n) break;
    if (bits[k >> 5] & (1u << (k & 31))) continue;
    for (long q = p * p; q <= n; q += 2 * p) { long kk = (q - 1) / 2; bits[kk >> 5] |= 1u << (kk & 31); }
  }
  int c = 1; /* 2 */
  for (int k = 1; k < m; k++) if (!(bits[k >> 5] & (1u << (k & 31)))) c++;
  return c;
}

static int trial(int lo, int hi) {
  int c = 0;
  for (int n = lo; n < hi; n++) {
    if (n < 2) continue;
    int prime = 1;
    for (int d = 2; d * d <= n; d++) if (n % d == 0) { prime = 0; break; }
    c += prime;
  }
  return c;
}

int main(void) {
  uint8_t *s = malloc((size_t)N + 1);
  uint32_t *bits = malloc(sizeof(uint32_t) * (N / 64 + 2));
  if (!s || !bits) return 2;
  int c1 = sieve_bytes(s, N);
  int c2 = sieve_bits(bits, N);
  int c3 = trial(0, 100000);
  int c4 = 0; for (int i = 0; i < 100000; i++) c4 += s[i];
  uint32_t h = 0; for (int i = 0; i <= N; i += 7) h = h * 31u + s[i];
  int ok = c1 == 2433654 && c2 == c1 && c3 == 9592 && c4 == c3;
  printf("sieve pi(%d)=%d bits=%d trial=%d h=%08x ok=%d\n", N, c1, c2, c3, h, ok);
  free(s); free(bits);
  return ok ? 0 : 1;
}
