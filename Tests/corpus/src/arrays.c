/* Kiln corpus: one-, two- and three-dimensional arrays, arrays of structs, pointer arithmetic and
 * differences, variable and constant GEP indices (i32 and i64), arrays passed as pointers, and
 * pointer-to-array types. */
#include <stdio.h>

#define N 6
static int grid[N][N];
static short cube[3][4][5];
struct Pt { int x, y; };
static struct Pt pts[8];

static int trace(int (*m)[N], int n) { int t = 0; for (int i = 0; i < n; i++) t += m[i][i]; return t; }
static long long sum3(short c[3][4][5]) {
    long long s = 0;
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) for (int k = 0; k < 5; k++) s += c[i][j][k] * (i + 1);
    return s;
}
static int ptr_walk(const int *begin, const int *end) { int s = 0; while (begin != end) s = s * 3 + *begin++; return s; }

int main(void) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) grid[i][j] = i * N + j - 10;
    printf("trace %d corner %d %d\n", trace(grid, N), grid[0][N - 1], grid[N - 1][0]);
    for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) for (int k = 0; k < 5; k++) cube[i][j][k] = (short)(i * 100 - j * 10 + k);
    printf("sum3 %lld\n", sum3(cube));
    for (int i = 0; i < 8; i++) { pts[i].x = i * i; pts[i].y = -i; }
    struct Pt *pp = &pts[3];
    printf("pts %d %d %d %d\n", pp->x, pp[2].y, (int)(&pts[7] - pp), (int)(pp - pts));
    int local[10] = { 1, 2, 3 };
    for (long long i = 3; i < 10; i++) local[i] = local[i - 1] + local[i - 3];
    printf("local %d %d walk %d\n", local[9], local[5], ptr_walk(local, local + 10));
    int (*row)[N] = &grid[2];
    printf("row %d %d\n", (*row)[1], row[1][5]);
    char tbl[4][8] = { "zero", "one", "two", "three" };
    for (int i = 0; i < 4; i++) printf("%s%c", tbl[i], i == 3 ? '\n' : ',');
    unsigned char idx = 200;
    static int big[256];
    big[idx] = 7; big[(unsigned char)(idx + 100)] = 8;
    printf("idx %d %d\n", big[200], big[44]);
    int *p = &grid[0][0];
    int s = 0;
    for (int i = 0; i < N * N; i += 7) s += p[i];
    printf("flat %d\n", s);
    return s & 0x3f;
}
