/* Kiln corpus: variable-length arrays (dynamic alloca with llvm.stacksave/llvm.stackrestore),
 * including a VLA inside a loop (the stack must be restored each iteration), a 2-D VLA and a VLA
 * parameter. */
#include <stdio.h>

static int sum_vla(int n, int a[n]) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
static long long mat_trace(int n, int m[n][n]) { long long t = 0; for (int i = 0; i < n; i++) t += m[i][i]; return t; }

static int pascal_row(int n) {
    int row[n + 1];
    for (int i = 0; i <= n; i++) {
        row[i] = 1;
        for (int j = i - 1; j > 0; j--) row[j] += row[j - 1];
    }
    return sum_vla(n + 1, row) + row[n / 2];
}

int main(void) {
    long long total = 0;
    for (int n = 1; n <= 20; n++) {
        int buf[n * 100];
        for (int i = 0; i < n * 100; i++) buf[i] = i ^ n;
        total += sum_vla(n * 100, buf);
    }
    printf("loop %lld\n", total);
    for (int n = 1; n <= 5; n++) {
        int m[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i][j] = (i + 1) * (j + 2);
        printf("trace %d %lld\n", n, mat_trace(n, m));
    }
    printf("pascal %d %d\n", pascal_row(10), pascal_row(20));
    int k = 7;
    double d[k];
    for (int i = 0; i < k; i++) d[i] = 1.0 / (i + 1);
    double s = 0;
    for (int i = 0; i < k; i++) s += d[i];
    printf("harm %.6f size %u\n", s, (unsigned)sizeof d);
    return (int)(total % 97);
}
