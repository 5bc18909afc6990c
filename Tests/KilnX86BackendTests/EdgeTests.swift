// Differential edge-case test of the x86_64 backend: a C program covering what the corpus does
// not stress (unsigned 64-bit <-> float conversions, bit counting, fmin/fmax/copysign with NaN,
// unordered compares, mixed-class struct returns, stack arguments, variadic callee with va_copy,
// dense and sparse/64-bit switches, narrow division and shifts, VLAs, i128, memset/memmove) is
// built natively with `cc` and through clang -O0 → Kiln → cc; the outputs must match. Also checks
// that parallel compilation produces byte-identical objects.

import Foundation
import Testing
import KilnObjectELF
import KilnX86_64

@Suite("x86_64 backend edge cases", .serialized)
struct X86EdgeTests {
  static let clang: String? = {
    for p in ["/opt/swift/usr/bin/clang", "/usr/bin/clang"] where FileManager.default.isExecutableFile(atPath: p) { return p }
    return nil
  }()

  static let source = #"""
#include <stdio.h>
#include <stdarg.h>
#include <math.h>
#include <string.h>
#include <stdint.h>
typedef struct { double d; long l; } DL;
typedef struct { float a, b; } FF;
typedef struct { long a, b, c, d; } Big;
__attribute__((noinline)) DL mkdl(double d, long l) { DL r = {d * 2, l + 1}; return r; }
__attribute__((noinline)) FF mkff(float a, float b) { FF r = {a + b, a - b}; return r; }
__attribute__((noinline)) Big mkbig(long x) { Big b = {x, x + 1, x + 2, x + 3}; return b; }
__attribute__((noinline)) long sumbig(Big b, Big c) { return b.a + b.b * 2 + b.c * 3 + b.d * 4 + c.d; }
__attribute__((noinline)) double many(int a, int b, int c, int d, int e, int f, int g, int h,
  double x0, double x1, double x2, double x3, double x4, double x5, double x6, double x7, double x8, double x9, char s, short t) {
  return a + b + c + d + e + f + g * 10 + h * 100 + x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 * 1000 + x9 * 10000 + s + t;
}
__attribute__((noinline)) double vsum(int n, ...) {
  va_list ap, aq; va_start(ap, n); va_copy(aq, ap);
  double s = 0;
  for (int i = 0; i < n; i++) { if (i & 1) s += va_arg(ap, double); else s += va_arg(ap, long); }
  long first = va_arg(aq, long);
  va_end(ap); va_end(aq);
  return s + first * 0.5;
}
__attribute__((noinline)) int sw(int x) {
  switch (x) { case -3: return 1; case -2: return 7; case -1: return 9; case 0: return 11; case 1: return 13;
    case 2: return 17; case 4: return 19; case 5: return 23; default: return -1; }
}
__attribute__((noinline)) int sw64(unsigned long x) {
  switch (x) { case 0x100000000UL: return 1; case 0xffffffffffffffffUL: return 2; case 7: return 3; default: return 0; }
}
__attribute__((noinline)) unsigned char u8div(unsigned char a, unsigned char b) { return a / b + a % b; }
__attribute__((noinline)) signed char s8div(signed char a, signed char b) { return a / b + a % b; }
__attribute__((noinline)) short s16sh(short a, int k) { return a >> k; }
__attribute__((noinline)) unsigned short u16sh(unsigned short a, int k) { return a >> k; }
__attribute__((noinline)) double pick(int c, double a, double b) { return c ? a : b; }
__attribute__((noinline)) long vla(int n) { long a[n]; for (int i = 0; i < n; i++) a[i] = i * i; long s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int main(void) {
  volatile uint64_t big = 0x8000000000000123ULL, small = 12345;
  volatile double dbig = 1.5e19, dsmall = 42.9;
  volatile float fbig = 1.5e19f;
  printf("u64->d %.1f %.1f\n", (double)big, (double)small);
  printf("u64->f %.1f\n", (double)(float)big);
  printf("d->u64 %llu %llu %llu\n", (unsigned long long)(uint64_t)dbig, (unsigned long long)(uint64_t)dsmall, (unsigned long long)(uint64_t)fbig);
  volatile unsigned ub = 4000000000u;
  printf("u32 %.1f %u\n", (double)ub, (unsigned)(double)ub);
  volatile unsigned x32 = 0x00f0; volatile unsigned long long x64 = 0x0000100000000000ULL;
  printf("bits %d %d %d %d %d %d\n", __builtin_clz(x32), __builtin_ctz(x32), __builtin_popcount(x32),
         __builtin_clzll(x64), __builtin_ctzll(x64), __builtin_popcountll(x64 | 7));
  volatile double nan = NAN, one = 1.0, mz = -0.0;
  printf("minmax %.1f %.1f %.1f %.1f\n", fmin(nan, one), fmin(one, nan), fmax(one, 3.0), fmaxf(2.0f, (float)nan));
  printf("copysign %.1f %.1f\n", copysign(3.0, mz), copysignf(-2.0f, 1.0f));
  printf("cmp %d %d %d %d\n", nan != nan, nan == nan, one < nan, !(one >= nan));
  DL dl = mkdl(1.25, 41); FF ff = mkff(3.0f, 1.0f); Big b = mkbig(10);
  printf("ret %.2f %ld %.1f %.1f %ld\n", dl.d, dl.l, ff.a, ff.b, sumbig(b, mkbig(100)));
  printf("many %.1f\n", many(1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -5, 300));
  printf("vsum %.2f\n", vsum(9, 1L, 2.5, 3L, 4.25, 5L, 6.0, 7L, 8.5, 9L));
  for (int i = -4; i <= 6; i++) printf("%d ", sw(i));
  printf("| %d %d %d %d\n", sw64(0x100000000UL), sw64(~0UL), sw64(7), sw64(8));
  printf("narrow %d %d %d %d\n", u8div(200, 7), s8div(-100, 7), s16sh(-32000, 3), u16sh(65000, 4));
  printf("pick %.1f %.1f vla %ld\n", pick(1, 2.0, 3.0), pick(0, 2.0, 3.0), vla(100));
  __int128 p = (__int128)0x123456789abcdefLL * 0x7654321;
  printf("i128 %llx %llx\n", (unsigned long long)(p >> 64), (unsigned long long)p);
  char buf[64]; memset(buf, 'x', 63); buf[63] = 0; memmove(buf + 1, buf, 10); buf[5] = 0;
  printf("%s\n", buf);
  return (int)(small % 200);
}
"""#

  @Test("edge-case C program matches the native build")
  func edgeProgram() throws {
    guard let cc = X86Harness.cc, let clang = X86EdgeTests.clang else { Issue.record("skipped: cc or clang not found"); return }
    let dir = X86Harness.tmp
    let c = dir.appendingPathComponent("edge.c"), ll = dir.appendingPathComponent("edge.ll")
    let native = dir.appendingPathComponent("edge_native"), exp = dir.appendingPathComponent("edge.out")
    try X86EdgeTests.source.write(to: c, atomically: true, encoding: .utf8)
    let (s1, _, e1) = X86Harness.run(clang, ["-O0", "-S", "-emit-llvm", "-target", "x86_64-unknown-linux-gnu", c.path, "-o", ll.path])
    try #require(s1 == 0, "clang failed: \(e1)")
    let (s2, _, e2) = X86Harness.run(cc, [c.path, "-o", native.path, "-lm"])
    try #require(s2 == 0, "cc failed: \(e2)")
    let (code, out, _) = X86Harness.run(native.path, [])
    try (out + "exit: \(code)\n").write(to: exp, atomically: true, encoding: .utf8)
    let r = X86Harness.check(ll, expected: exp)
    #expect(r == nil, "\(r ?? "")")
  }

  @Test("parallel compilation is deterministic")
  func deterministic() throws {
    let path = X86Harness.corpus.appendingPathComponent("x86_64/sort.ll")
    let (m0, d) = X86Harness.lower(path)
    let m = try #require(m0, "\(d)")
    let a = try ELFWriter.write(try X86Backend.compile(m, threads: 1))
    let b = try ELFWriter.write(try X86Backend.compile(m, threads: 4))
    #expect(a == b)
    let asm = try X86Backend.assembly(m)
    #expect(asm.contains("quick:"))
    #expect(asm.contains("call"))
  }
}
