// Focused interpreter tests on small hand-written IR modules: traps are reported (never crash the
// host), printf formatting matches glibc, varargs/va_list emulation, integer edge cases, and the
// step limit. Each module is lowered for the target its triple names.

import Foundation
import Testing
import KilnSupport
import KilnIR
import KilnIRParser
import KilnSSA
import KilnSSAInterp

enum Snip {
  static func module(_ body: String, target: TargetDesc = .x86_64) -> SModule? {
    let text = "target triple = \"\(target.triple)\"\n" + body
    let file = SourceFile(path: "snippet.ll", text: text)
    var d = Diagnostics(file: file)
    guard let m = IRParser.parse(file, diagnostics: &d), IRVerifier.verify(m, diagnostics: &d) else {
      Issue.record("snippet does not parse/verify: \(d.render())")
      return nil
    }
    guard let s = Lowering.lower(m, target: target, diagnostics: &d) else {
      Issue.record("snippet does not lower: \(d.render())")
      return nil
    }
    return s
  }

  static func run(_ body: String, target: TargetDesc = .x86_64, stepLimit: Int = 10_000_000) -> InterpResult? {
    guard let m = module(body, target: target) else { return nil }
    return SSAInterpreter.run(m, stepLimit: stepLimit)
  }

  static func out(_ r: InterpResult?) -> String { String(decoding: r?.stdout ?? [], as: UTF8.self) }
}

@Suite struct InterpTrapTests {
  @Test func nullLoadIsReported() throws {
    let r = try #require(Snip.run("""
      define i32 @main() {
        %v = load i32, ptr null, align 4
        ret i32 %v
      }
      """))
    #expect(r.error?.contains("out-of-bounds load of 4 bytes at 0x0") == true, "\(r.error ?? "nil")")
  }

  @Test func wildStoreIsReported() throws {
    let r = try #require(Snip.run("""
      define i32 @main() {
        store i64 1, ptr inttoptr (i64 123456789012345 to ptr), align 8
        ret i32 0
      }
      """))
    #expect(r.error?.contains("out-of-bounds store of 8 bytes") == true, "\(r.error ?? "nil")")
  }

  @Test func divisionByZeroIsReported() throws {
    let r = try #require(Snip.run("""
      define i32 @div(i32 %a, i32 %b) {
        %q = sdiv i32 %a, %b
        ret i32 %q
      }
      define i32 @main() {
        %q = call i32 @div(i32 7, i32 0)
        ret i32 %q
      }
      """))
    #expect(r.error?.contains("division by zero") == true, "\(r.error ?? "nil")")
  }

  @Test func unreachableAndTrapAreReported() throws {
    let u = try #require(Snip.run("define i32 @main() {\n  unreachable\n}\n"))
    #expect(u.error?.contains("unreachable") == true)
    let t = try #require(Snip.run("""
      declare void @llvm.trap()
      define i32 @main() {
        call void @llvm.trap()
        ret i32 0
      }
      """))
    #expect(t.error?.contains("trap") == true)
  }

  @Test func unknownExternalIsReportedOnlyWhenCalled() throws {
    let r = try #require(Snip.run("""
      declare i32 @mystery(i32)
      declare i32 @putchar(i32)
      define i32 @main() {
        %a = call i32 @putchar(i32 65)
        %b = call i32 @mystery(i32 1)
        ret i32 %b
      }
      """))
    #expect(r.error?.contains("unknown external function 'mystery'") == true, "\(r.error ?? "nil")")
    #expect(Snip.out(r) == "A")
  }

  @Test func stepLimitStopsInfiniteLoops() throws {
    let r = try #require(Snip.run("""
      define i32 @main() {
      entry:
        br label %loop
      loop:
        br label %loop
      }
      """, stepLimit: 1000))
    #expect(r.error?.contains("step limit") == true)
    #expect(r.steps == 1000)
  }

  @Test func badFunctionPointerIsReported() throws {
    let r = try #require(Snip.run("""
      define i32 @main() {
        %f = inttoptr i64 4660 to ptr
        %r = call i32 %f()
        ret i32 %r
      }
      """))
    #expect(r.error?.contains("bad function pointer") == true, "\(r.error ?? "nil")")
  }

  @Test func deepRecursionIsReportedNotCrashing() throws {
    let r = try #require(Snip.run("""
      define i32 @f(i32 %n) {
        %buf = alloca [4096 x i8], align 16
        %m = add i32 %n, 1
        %r = call i32 @f(i32 %m)
        ret i32 %r
      }
      define i32 @main() {
        %r = call i32 @f(i32 0)
        ret i32 %r
      }
      """))
    #expect(r.error?.contains("stack overflow") == true, "\(r.error ?? "nil")")
  }

  @Test func doubleFreeIsReported() throws {
    let r = try #require(Snip.run("""
      declare ptr @malloc(i64)
      declare void @free(ptr)
      define i32 @main() {
        %p = call ptr @malloc(i64 10)
        call void @free(ptr %p)
        call void @free(ptr %p)
        ret i32 0
      }
      """))
    #expect(r.error?.contains("free") == true)
  }
}

@Suite struct InterpSemanticsTests {
  @Test func exitCodeIsLowEightBitsAndExitStops() throws {
    let r = try #require(Snip.run("define i32 @main() {\n  ret i32 300\n}\n"))
    #expect(r.error == nil && r.exitCode == 44)
    let e = try #require(Snip.run("""
      declare void @exit(i32)
      declare i32 @putchar(i32)
      define i32 @main() {
        call void @exit(i32 7)
        %a = call i32 @putchar(i32 65)
        ret i32 0
      }
      """))
    #expect(e.error == nil && e.exitCode == 7 && e.stdout.isEmpty)
  }

  @Test(arguments: [TargetDesc.x86_64, .aarch64, .wasm32])
  func printfFormatsLikeGlibc(_ t: TargetDesc) throws {
    let long = t.pointerBytes == 8 ? "i64" : "i32"
    let r = try #require(Snip.run("""
      @fmt = private constant [79 x i8] c"[%5d|%-5d|%05d|%+d|%x|%#o|%X|%lu|%lld|%hhd|%hu|%c|%.2s|%8.3f|%e|%g|%*d|%%|%s]\\0A\\00"
      @str = private constant [4 x i8] c"abc\\00"
      declare i32 @printf(ptr, ...)
      define i32 @main() {
        %n = call i32 (ptr, ...) @printf(ptr @fmt, i32 42, i32 -7, i32 3, i32 9, i32 255, i32 8, i32 48879, \(long) 4000000000, i64 -5, i32 383, i32 -1, i32 90, ptr @str, double 3.14159, double 12345.678, double 0.0001, i32 4, i32 5, ptr null)
        ret i32 %n
      }
      """, target: t))
    #expect(r.error == nil, "\(r.error ?? "")")
    let ulong = t.pointerBytes == 8 ? "4000000000" : "4000000000"
    let expected = "[   42|-7   |00003|+9|ff|010|BEEF|\(ulong)|-5|127|65535|Z|ab|   3.142|1.234568e+04|0.0001|   5|%|(null)]\n"
    #expect(Snip.out(r) == expected)
    #expect(r.exitCode == Int32(expected.utf8.count & 0xff))
  }

  @Test func integerEdgeCases() throws {
    // i7 arithmetic wraps in 7 bits; ashr of an odd width sign-extends; udiv of large values;
    // fptoui of a value >= 2^63; umul.with.overflow.
    let r = try #require(Snip.run("""
      declare i32 @printf(ptr, ...)
      declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32)
      @fmt = private constant [25 x i8] c"%d %d %llu %llu %d %llu\\0A\\00"
      define i32 @main() {
        %a = add i7 -28, -28
        %az = zext i7 %a to i32
        %b = ashr i7 -64, 3
        %bs = sext i7 %b to i32
        %c = udiv i64 -1, 3
        %d = fptoui double 1.5e19 to i64
        %m = call { i32, i1 } @llvm.umul.with.overflow.i32(i32 65536, i32 65536)
        %o = extractvalue { i32, i1 } %m, 1
        %oz = zext i1 %o to i32
        %s = shl i64 1, 63
        %n = call i32 (ptr, ...) @printf(ptr @fmt, i32 %az, i32 %bs, i64 %c, i64 %d, i32 %oz, i64 %s)
        ret i32 0
      }
      """))
    #expect(r.error == nil, "\(r.error ?? "")")
    #expect(Snip.out(r) == "72 -8 6148914691236517205 15000000000000000000 1 9223372036854775808\n")
  }

  @Test func floatComparisonsHandleNaN() throws {
    let r = try #require(Snip.run("""
      declare i32 @putchar(i32)
      define i32 @main() {
        %nan = fdiv double 0.0, 0.0
        %a = fcmp uno double %nan, 1.0
        %b = fcmp oeq double %nan, %nan
        %c = fcmp une double %nan, %nan
        %d = fcmp ult double %nan, 1.0
        %e = fcmp olt double 1.0, 2.0
        %a1 = zext i1 %a to i32
        %b1 = zext i1 %b to i32
        %c1 = zext i1 %c to i32
        %d1 = zext i1 %d to i32
        %e1 = zext i1 %e to i32
        %x1 = add i32 %a1, 48
        %x2 = add i32 %b1, 48
        %x3 = add i32 %c1, 48
        %x4 = add i32 %d1, 48
        %x5 = add i32 %e1, 48
        %r1 = call i32 @putchar(i32 %x1)
        %r2 = call i32 @putchar(i32 %x2)
        %r3 = call i32 @putchar(i32 %x3)
        %r4 = call i32 @putchar(i32 %x4)
        %r5 = call i32 @putchar(i32 %x5)
        ret i32 0
      }
      """))
    #expect(r.error == nil)
    #expect(Snip.out(r) == "10111")
  }

  @Test func phiSwapNeedsParallelAssignment() throws {
    // the loop swaps %a and %b each iteration: block arguments must be assigned in parallel
    let r = try #require(Snip.run("""
      define i32 @main() {
      entry:
        br label %loop
      loop:
        %a = phi i32 [ 1, %entry ], [ %b, %loop ]
        %b = phi i32 [ 2, %entry ], [ %a, %loop ]
        %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
        %i1 = add i32 %i, 1
        %c = icmp slt i32 %i1, 3
        br i1 %c, label %loop, label %done
      done:
        %r = mul i32 %a, 10
        %s = add i32 %r, %b
        ret i32 %s
      }
      """))
    #expect(r.error == nil)
    #expect(r.exitCode == 12)  // (1,2) → (2,1) → (1,2) when the loop exits
  }
}
