// Representative C for parser tests: structs, unions, bit-fields, varargs, VLAs, switch,
// floats, long double, __int128, function pointers, strings, aggregates by value.
#include <stdarg.h>
struct S { int a; char b[3]; long long c; };
struct P { float x, y; };
struct B { unsigned a:3, b:20; long long c: 40; };
union U { int i; float f; char c[6]; };
struct __attribute__((packed)) Pk { char c; int i; };
static struct S gs = {1, "ab", 3};
int arr[10] = {1, 2, 3};
int grid[2][3] = {{1, 2, 3}, {4, 5, 6}};
const char *msg = "hello\n\"q\"\\";
struct B bf = {1, 2, 3};
union U gu = {.i = 7};
struct Pk pk = {'x', 42};
long double ld = 1.5L;
double dd = -2.5e-3;
float ff = 0.1f;
int *pp = &arr[3];
long addr = (long)&arr[1];
int (*fptr)(int, ...) = 0;
extern int ext;
__thread int tl;
static int counter;
static int sum(int n, ...) {
  va_list ap; va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}
struct P mkp(float a) { struct P p = {a, a * 2}; return p; }
struct S mks(int a) { struct S s = {a}; return s; }
short sh(short x, unsigned char c) { return x + c; }
unsigned long long ops(unsigned long long a, long long b, unsigned u, int i) {
  a = a / (u | 1) + a % 7 - (a << 3) + (a >> 2) + (b >> 1) + (unsigned long long)(b / 3) + (u ^ i) * (i & 5);
  double d = (double)a * 1.5 - (double)b / 3.0;
  float f = (float)d + 2.0f;
  a += (unsigned long long)f + (unsigned long long)(-d > 0 ? 1 : 0);
  return a + (i < 0) + (u > 3u) + (b <= 0) + (d != 1.0) + (f >= 2.0f);
}
int main(int argc, char **argv) {
  int vla[argc];
  vla[0] = 1;
  struct P p = mkp(1.0f);
  struct S s = mks(argc);
  bf.c = 5; bf.b = 3;
  switch (argc) { case 1: argc++; break; case 5: argc--; /* fallthrough */ default: break; case 100: return 3; }
  long double x = ld * 2;
  __int128 big = (__int128)argc << 70;
  unsigned __int128 ub = (unsigned __int128)-1 / 3;
  int (*f)(int, ...) = sum;
  counter += f(2, 1, 2);
  while (argc > 100 && counter) { counter--; if (counter == 3) break; }
  int r = argc > 2 ? argc : -argc;
  return sum(3, 1, 2, 3) + (int)p.x + s.a + sh(1, 2) + r + (int)x + (int)(big >> 70) + (int)(ub & 1)
         + ext + tl + gu.i + pk.i + (int)ops(1, 2, 3, 4) + msg[0];
}
