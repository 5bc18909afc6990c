/* Kiln corpus (CPU kernel): integer and double matrix multiply (naive and blocked/transposed),
 * matrix power by repeated squaring, and a Gaussian-elimination determinant. FP contraction off. */
#include <stdio.h>
#include <stdlib.h>

#pragma STDC FP_CONTRACT OFF
#define N 48

static int A[N][N], B[N][N], C[N][N];
static double DA[N][N], DB[N][N], DC[N][N];

static void imul(int (*a)[N], int (*b)[N], int (*c)[N]) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { int s = 0; for (int k = 0; k < N; k++) s += a[i][k] * b[k][j]; c[i][j] = s; }
}
static void dmul_t(double (*a)[N], double (*b)[N], double (*c)[N]) {
    double (*bt)[N] = malloc(sizeof(double[N][N]));
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) bt[j][i] = b[i][j];
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { double s = 0; for (int k = 0; k < N; k++) s += a[i][k] * bt[j][k]; c[i][j] = s; }
    free(bt);
}
static void mpow2(unsigned long long m[2][2], unsigned e, unsigned long long out[2][2]) {
    unsigned long long r[2][2] = { { 1, 0 }, { 0, 1 } }, b[2][2] = { { m[0][0], m[0][1] }, { m[1][0], m[1][1] } }, t[2][2];
    while (e) {
        if (e & 1) {
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = (r[i][0] * b[0][j] + r[i][1] * b[1][j]) % 1000000007ULL;
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) r[i][j] = t[i][j];
        }
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) t[i][j] = (b[i][0] * b[0][j] + b[i][1] * b[1][j]) % 1000000007ULL;
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) b[i][j] = t[i][j];
        e >>= 1;
    }
    for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) out[i][j] = r[i][j];
}
static double det(int n, double m[4][4]) {
    double d = 1;
    for (int c = 0; c < n; c++) {
        int p = c;
        for (int r = c + 1; r < n; r++) if ((m[r][c] < 0 ? -m[r][c] : m[r][c]) > (m[p][c] < 0 ? -m[p][c] : m[p][c])) p = r;
        if (m[p][c] == 0) return 0;
        if (p != c) { for (int k = 0; k < n; k++) { double t = m[p][k]; m[p][k] = m[c][k]; m[c][k] = t; } d = -d; }
        d *= m[c][c];
        for (int r = c + 1; r < n; r++) { double f = m[r][c] / m[c][c]; for (int k = c; k < n; k++) m[r][k] -= f * m[c][k]; }
    }
    return d;
}

int main(void) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) {
        A[i][j] = (i * 7 + j * 3) % 11 - 5; B[i][j] = (i ^ j) % 9 - 4;
        DA[i][j] = (i + 1) * 0.5 - j * 0.25; DB[i][j] = (i == j) ? 2.0 : 1.0 / (i + j + 1);
    }
    imul(A, B, C);
    long long tr = 0, sum = 0;
    for (int i = 0; i < N; i++) { tr += C[i][i]; for (int j = 0; j < N; j++) sum += C[i][j]; }
    printf("int trace %lld sum %lld c[3][5] %d\n", tr, sum, C[3][5]);
    dmul_t(DA, DB, DC);
    double dtr = 0;
    for (int i = 0; i < N; i++) dtr += DC[i][i];
    printf("dbl trace %.6f c[10][20] %.6f\n", dtr, DC[10][20]);
    unsigned long long fm[2][2] = { { 1, 1 }, { 1, 0 } }, fo[2][2];
    mpow2(fm, 1000, fo);
    printf("fib1000 mod p %llu\n", fo[0][1]);
    double m4[4][4] = { { 2, -1, 0, 3 }, { 1, 4, 2, -2 }, { 0, 5, 1, 1 }, { 3, 0, -1, 2 } };
    printf("det %.6f\n", det(4, m4));
    return (int)(tr & 0x3f);
}
