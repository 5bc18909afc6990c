/* Dense matrix multiply (doubles): C = A*B for N x N, naive ijk and blocked ikj; the two results
   must agree exactly (same summation order per element is NOT guaranteed, so compare within
   a tolerance) and a trace/checksum is printed. Deterministic LCG inputs. */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

#define N 380

static unsigned lcg_state = 12345u;
static double rnd(void) {
  lcg_state = lcg_state * 1103515245u + 12345u;
  return (double)((lcg_state >> 8) & 0xffff) / 65536.0 - 0.5;
}

static void matmul_ijk(const double *a, const double *b, double *c, int n) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      double s = 0.0;
      for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];
      c[i * n + j] = s;
    }
}

static void matmul_ikj(const double *a, const double *b, double *c, int n) {
  for (int i = 0; i < n * n; i++) c[i] = 0.0;
  for (int i = 0; i < n; i++)
    for (int k = 0; k < n; k++) {
      double aik = a[i * n + k];
      for (int j = 0; j < n; j++) c[i * n + j] += aik * b[k * n + j];
    }
}

int main(void) {
  double *a = malloc(sizeof(double) * N * N), *b = malloc(sizeof(double) * N * N);
  double *c1 = malloc(sizeof(double) * N * N), *c2 = malloc(sizeof(double) * N * N);
  if (!a || !b || !c1 || !c2) return 2;
  for (int i = 0; i < N * N; i++) { a[i] = rnd(); b[i] = rnd(); }
  matmul_ijk(a, b, c1, N);
  matmul_ikj(a, b, c2, N);
  double trace = 0.0, sum = 0.0, maxdiff = 0.0;
  for (int i = 0; i < N; i++) trace += c1[i * N + i];
  for (int i = 0; i < N * N; i++) {
    sum += c1[i] * (double)(i % 7 + 1);
    double d = fabs(c1[i] - c2[i]);
    if (d > maxdiff) maxdiff = d;
  }
  int ok = maxdiff < 1e-9;
  printf("matmul n=%d trace=%.6f weighted=%.6f ok=%d\n", N, trace, sum, ok);
  free(a); free(b); free(c1); free(c2);
  return ok ? 0 : 1;
}
