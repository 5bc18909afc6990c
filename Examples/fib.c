// Example program for Kiln's README: recursion, a loop, an array, a struct, printf.
#include <stdio.h>

struct Pair { long a, b; };

static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static struct Pair step(struct Pair p) { struct Pair q = { p.b, p.a + p.b }; return q; }

int main(void) {
  int table[10];
  for (int i = 0; i < 10; i++) table[i] = (int)fib(i);
  struct Pair p = { 0, 1 };
  for (int i = 0; i < 40; i++) p = step(p);
  long sum = 0;
  for (int i = 0; i < 10; i++) sum += table[i];
  printf("fib(30) = %ld, sum = %ld, pair = %ld\n", fib(30), sum, p.a);
  return 0;
}
