// The parallel parse (KilnIRParser/Parallel.swift) must build a module that prints exactly like
// the serial parse's: every corpus file and parser input is parsed serially and on 2 and 3
// threads (size threshold forced to 0, no serial fallback), and the printed IR must be the same.
// Files the serial parser rejects must make the parallel parse give up (it never reports errors
// itself), and files it cannot reproduce exactly (a body that uses a type defined after it) too.

import Foundation
@testable import KilnIRParser
import KilnIR
import KilnSupport
import Testing

@Suite struct ParallelParseTests {
  static let corpus: String = {
    let here = #filePath
    let dir = here[..<here.lastIndex(of: "/")!]
    return String(dir[..<dir.lastIndex(of: "/")!]) + "/corpus"
  }()

  static let files: [String] = {
    var out: [String] = []
    for t in ["x86_64", "aarch64", "wasm32"] {
      let d = corpus + "/" + t
      let names = (try? FileManager.default.contentsOfDirectory(atPath: d)) ?? []
      out += names.filter { $0.hasSuffix(".ll") }.sorted().map { d + "/" + $0 }
    }
    let inputs = (try? FileManager.default.contentsOfDirectory(atPath: T.inputs)) ?? []
    out += inputs.filter { $0.hasSuffix(".ll") }.sorted().map { T.inputs + "/" + $0 }
    return out
  }()

  /// (serial module, parallel modules at 2 and 3 threads; nil where that parse gave up).
  static func parseAll(_ file: SourceFile) -> (Module?, Module?, Module?) {
    var d = Diagnostics(file: file)
    let serial = IRParser.parse(file, diagnostics: &d, threads: 1, minBytes: 0, serial: true)
    var d2 = Diagnostics(file: file), d3 = Diagnostics(file: file)
    let p2 = IRParser.parse(file, diagnostics: &d2, threads: 2, minBytes: 0, serial: false)
    let p3 = IRParser.parse(file, diagnostics: &d3, threads: 3, minBytes: 0, serial: false)
    #expect(d2.items.isEmpty && d3.items.isEmpty)
    return (serial, p2, p3)
  }

  @Test func corpusIsThere() { #expect(Self.files.count > 100) }

  @Test(arguments: files) func samePrintedIR(_ path: String) throws {
    let data = try #require(FileManager.default.contents(atPath: path))
    let file = SourceFile(path: path, bytes: [UInt8](data))
    let (serial, p2, p3) = Self.parseAll(file)
    guard let serial else {
      #expect(p2 == nil && p3 == nil, "the parallel parse accepted a file the serial parse rejects")
      return
    }
    let want = printModule(serial)
    let m2 = try #require(p2, "the parallel parse (2 threads) gave up")
    let m3 = try #require(p3, "the parallel parse (3 threads) gave up")
    #expect(printModule(m2) == want)
    #expect(printModule(m3) == want)
  }

  static func text(_ s: String) -> SourceFile { SourceFile(path: "t.ll", text: s) }

  @Test func forwardReferencesAndLateMetadata() throws {
    // Calls to functions and uses of globals defined later, metadata defined at the end, a large
    // initializer (deferred) with a tail, a later named type used only by a later function.
    let big = (0..<64).map { "i32 \($0)" }.joined(separator: ", ")
    let file = Self.text("""
      %S = type { i32, ptr }
      @tab = global [64 x i32] [\(big)], align 16
      @str = private constant [3 x i8] c"ab\\00", section ".rodata.x", align 1
      define i32 @f(i32 %x, ptr %p) !dbg !3 {
      entry:
        %a = alloca %S, align 8
        %c = call i32 @g(i32 %x), !dbg !4
        %v = load i32, ptr @later, align 4
        %s = add nsw i32 %c, %v
        br label %exit
      exit:
        ret i32 %s, !dbg !4
      }
      @later = global i32 7
      %T = type { i64 }
      define i32 @g(i32 %0) {
        %t = alloca %T
        %q = getelementptr inbounds [64 x i32], ptr @tab, i64 0, i64 3
        %w = load i32, ptr %q
        ret i32 %w
      }
      !llvm.dbg.cu = !{!0}
      !0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: FullDebug)
      !1 = !DIFile(filename: "t.c", directory: "/")
      !3 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, unit: !0)
      !4 = !DILocation(line: 2, column: 3, scope: !3)
      """)
    let (serial, p2, p3) = Self.parseAll(file)
    let s = try #require(serial)
    let m2 = try #require(p2), m3 = try #require(p3)
    #expect(printModule(m2) == printModule(s))
    #expect(printModule(m3) == printModule(s))
  }

  @Test func headersParsedByWorkers() throws {
    // Phase 1 defers a function whose header fills its line whole (name only), and a worker
    // parses the header: every header field a worker's tables number (function and argument
    // types, byval types, argument names, section, comdat, personality, `!dbg`) must come out as
    // the serial parse has it, whichever worker parsed it (many functions: both workers get some);
    // a header split over lines keeps the old path (header in phase 1, body deferred).
    var fns = ""
    for k in 0..<48 {
      fns += """
        define internal { i32, i64 } @h\(k)(ptr byval(%Big\(k % 3)) align 8 %b, i\(k + 9) noundef signext %n\(k), ...) #0 section ".text.h\(k)" comdat personality ptr @pers !dbg !3 {
        entry:
          %r = insertvalue { i32, i64 } zeroinitializer, i32 \(k), 0
          ret { i32, i64 } %r
        }
        define void @\(k)() {
          ret void
        }

        """
    }
    let file = Self.text("""
      %Big0 = type { [4 x i64] }
      %Big1 = type { [5 x i32], i8 }
      %Big2 = type { double, [3 x ptr] }
      \((0..<48).map { "$h\($0) = comdat any" }.joined(separator: "\n"))
      \(fns)define i32
        @split(i32 %x) {
        ret i32 %x
      }
      declare i32 @pers(...)
      attributes #0 = { noinline nounwind }
      !llvm.dbg.cu = !{!0}
      !0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: FullDebug)
      !1 = !DIFile(filename: "t.c", directory: "/")
      !3 = distinct !DISubprogram(name: "h", scope: !1, file: !1, line: 1, unit: !0)
      """)
    let (serial, p2, p3) = Self.parseAll(file)
    let s = try #require(serial)
    let m2 = try #require(p2), m3 = try #require(p3)
    #expect(printModule(m2) == printModule(s))
    #expect(printModule(m3) == printModule(s))
  }

  @Test func typeDefinedAfterItsUseGivesUp() {
    // The serial parser sees %T as an (opaque) forward reference inside @f: not reproducible.
    let file = Self.text("""
      define void @f() {
        %p = alloca ptr
        %q = getelementptr { i32, %T }, ptr %p, i64 0, i32 0
        ret void
      }
      %T = type { i32 }
      """)
    let (serial, p2, p3) = Self.parseAll(file)
    #expect(serial != nil)
    #expect(p2 == nil && p3 == nil)
  }

  @Test func errorsAreTheSerialParsersOnly() {
    let file = Self.text("""
      define i32 @f(i32 %x) {
        %y = add i32 %x, %nope
        ret i32 %y
      }
      define void @g() {
        ret i32 0
      }
      """)
    var d1 = Diagnostics(file: file), dp = Diagnostics(file: file)
    let m1 = IRParser.parse(file, diagnostics: &d1, threads: 1, minBytes: 0, serial: true)
    let mp = IRParser.parse(file, diagnostics: &dp, threads: 2, minBytes: 0, serial: true)
    #expect(m1 == nil && mp == nil)
    #expect(!d1.items.isEmpty)
    #expect(d1.render() == dp.render())
  }
}
