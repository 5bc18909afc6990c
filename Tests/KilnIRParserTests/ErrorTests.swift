// Errors: exact messages and line:col for malformed and unsupported input, error recovery
// (several errors reported from one file, continuing at the next line / entity), the error
// limit, and robustness against arbitrary bytes (never a crash or a hang).

import KilnIR
import KilnIRParser
import KilnSupport
import Testing

@Suite struct ErrorTests {
  @Test func undefinedAndMistypedValues() {
    #expect(T.errors("""
      define i32 @f(i32 %a) {
        %x = add i32 %a, %nope
        ret i32 %x
      }
      """) == ["2:20: use of undefined value '%nope'"])
    #expect(T.errors("""
      define i32 @f(i64 %a) {
        %x = add i32 %a, 1
        ret i32 %x
      }
      """) == ["2:16: '%a' defined with type 'i64' but expected 'i32'"])
    #expect(T.errors("""
      define i32 @f() {
        %x = add i32 %later, 1
        %later = add i64 1, 2
        ret i32 %x
      }
      """) == ["3:3: '%later' defined with type 'i64' but expected 'i32'"])
    #expect(T.errors("""
      define void @f() {
        call void @missing()
        ret void
      }
      """) == ["2:13: use of undefined value '@missing'"])
    #expect(T.errors("""
      define void @f() {
        br label %nowhere
      }
      """) == ["2:12: use of undefined value '%nowhere'"])
    #expect(T.errors("@p = global ptr @q") == ["1:17: use of undefined value '@q'"])
    #expect(T.errors("""
      define void @f() !dbg !4 {
        ret void
      }
      """) == ["1:23: use of undefined metadata '!4'"])
  }

  @Test func numberingAndRedefinition() {
    #expect(T.errors("""
      define i32 @f(i32 %0) {
        %3 = add i32 %0, 1
        ret i32 %3
      }
      """) == ["2:3: instruction expected to be numbered '%2'"])
    #expect(T.errors("""
      define void @f(i32 %1) {
        ret void
      }
      """) == ["1:20: argument expected to be numbered '%0'"])
    #expect(T.errors("""
      define void @f() {
        br label %2
      2:
        ret void
      }
      """) == ["3:1: label expected to be numbered '1'"])
    #expect(T.errors("""
      define i32 @f(i32 %a) {
        %x = add i32 %a, 1
        %x = add i32 %a, 2
        ret i32 %x
      }
      """) == ["3:3: multiple definition of local value named 'x'"])
    #expect(T.errors("""
      @g = global i32 0
      @g = global i32 1
      """) == ["2:1: redefinition of global '@g'"])
    #expect(T.errors("""
      define void @f() {
        %v = call void @f()
        ret void
      }
      """) == ["2:3: instructions returning void cannot have a name"])
  }

  @Test func syntaxErrors() {
    #expect(T.errors("""
      define void @f(ptr %p) {
        store i32 1 ptr %p
        ret void
      }
      """) == ["2:15: expected ',' after store value"])
    #expect(T.errors("""
      define void @f() {
        frobnicate i32 1
        ret void
      }
      """) == ["2:3: expected instruction opcode"])
    #expect(T.errors("@g = global i8 300") == ["1:16: integer constant '300' does not fit in type 'i8'"])
    #expect(T.errors("@g = global i8 -129") == ["1:16: integer constant '-129' does not fit in type 'i8'"])
    #expect(T.errors("@g = global i32 1.5") == ["1:17: floating point constant invalid for type 'i32'"])
    #expect(T.errors("@g = global float 0.1") == ["1:19: floating point constant invalid for type 'float'"])
    #expect(T.errors("@g = global [2 x i8] c\"abc\"") == ["1:22: constant string has 3 bytes but type '[2 x i8]' needs 2"])
    #expect(T.errors("@g = global i32 null") == ["1:17: null must be a pointer type"])
    #expect(T.errors("@g = global i32 \"abc") == ["1:17: unterminated string"])
    #expect(T.errors("@g = global i32* null") == ["1:16: unsupported: typed pointers ('*'); use 'ptr'"])
    #expect(T.errors("""
      define i32 @f() {
        ret i64 0
      }
      """) == ["2:7: value doesn't match function result type 'i32'"])
    #expect(T.errors("""
      define void @f(i32 %a) {
        %x = trunc i32 %a to i64
        ret void
      }
      """) == ["2:24: invalid cast opcode for cast from 'i32' to 'i64'"])
    #expect(T.errors("""
      define void @f() {
        %x = add i32 1, 2
      }
      """) == ["3:1: expected instruction opcode; function body ends without a terminator"])
  }

  @Test func unsupportedConstructs() {
    #expect(T.errors("module asm \"nop\"") == ["1:1: unsupported: module asm"])
    #expect(T.errors("@g = global half 0xH3C00") == ["1:13: unsupported: half type"])
    #expect(T.errors("@g = addrspace(1) global i32 0") == ["1:6: unsupported: addrspace(1)"])
    #expect(T.errors("declare x86_stdcallcc void @f()") == ["1:9: unsupported: calling convention 'x86_stdcallcc'"])
    #expect(T.errors("declare cc 10 void @f()") == ["1:12: unsupported: calling convention 'cc 10'"])
    #expect(T.errors("@g = global <vscale x 4 x i32> zeroinitializer") == ["1:14: unsupported: scalable vector type"])
    #expect(T.errors("@i = ifunc void (), ptr @r") == ["1:6: unsupported: ifunc"])
    #expect(T.errors("^0 = module: (path: \"a.o\")") == ["1:1: unsupported: module summary entry ('^')"])
    #expect(T.errors("@g = global i32 0\nuselistorder ptr @g, { 1, 0 }") == ["2:1: unsupported: uselistorder directive"])
    #expect(T.errors("@g = global bfloat 0xR3F80") == ["1:13: unsupported: bfloat type"])
    #expect(T.errors("@g = global ppc_fp128 0xM0") == ["1:13: unsupported: ppc_fp128 type"])
    #expect(T.errors("define void @f() gc \"shadow\" {\n  ret void\n}") == ["1:18: unsupported: garbage collector ('gc')"])
    #expect(T.errors("""
      define void @f(ptr %p) {
        %a = addrspacecast ptr %p to ptr addrspace(1)
        %v = shufflevector <2 x i32> zeroinitializer, <2 x i32> zeroinitializer, <2 x i32> zeroinitializer
        call void @f(ptr %p) [ "deopt"() ]
        %t = cleanuppad within none []
        ret void
      }
      """) == [
        "2:8: unsupported: addrspacecast instruction",
        "3:8: unsupported: shufflevector instruction",
        "4:24: unsupported: operand bundles",
        "5:8: unsupported: cleanuppad instruction",
      ])
    #expect(T.errors("""
      define void @f(ptr %p) {
        %a = atomicrmw add ptr %p, i32 1 seq_cst
        %b = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst
        fence seq_cst
        %c = load atomic i32, ptr %p seq_cst, align 4
        store ptr blockaddress(@f, %bb), ptr %p
        call void asm sideeffect "nop", ""()
        indirectbr ptr %p, [label %bb]
      bb:
        ret void
      }
      """) == [
        "2:8: unsupported: atomicrmw instruction",
        "3:8: unsupported: cmpxchg instruction",
        "4:3: unsupported: fence instruction",
        "5:13: unsupported: atomic load",
        "6:13: unsupported: blockaddress",
        "7:13: unsupported: inline asm",
        "8:3: unsupported: indirectbr instruction",
      ])
  }

  @Test func recoveryContinuesAfterErrors() {
    let errs = T.errors("""
      @a = global i32 x
      @b = global i32 0
      define void @f() {
        %1 = add i32 1
        store i32 2, ptr @b
        %2 = bogus
        ret void
      }
      @c = global i8 1000
      define void @g() {
        ret void
      }
      """)
    #expect(errs == [
      "1:17: expected constant of type 'i32'",
      "5:3: expected ',' in arithmetic operation",
      "6:8: expected instruction opcode",
      "9:16: integer constant '1000' does not fit in type 'i8'",
    ])
  }

  @Test func errorLimitStopsParsing() {
    let text = (0..<50).map { "@g\($0) = global i8 999" }.joined(separator: "\n")
    let (m, d) = T.parse(text, limit: 5)
    #expect(m == nil && d.items.count == 5 && d.isFull)
  }

  @Test func depthLimit() {
    let deep = String(repeating: "[1 x ", count: 200) + "i8" + String(repeating: "]", count: 200)
    let errs = T.errors("@g = global \(deep) zeroinitializer")
    #expect(errs.count == 1 && errs[0].hasSuffix("nesting too deep"))
    let md = "!0 = " + String(repeating: "!{", count: 300) + String(repeating: "}", count: 300)
    #expect(T.errors(md).first?.hasSuffix("nesting too deep") == true)
  }

  @Test func garbageNeverCrashes() {
    var rng = SystemRandomNumberGenerator()
    let seeds = ["define i32 @f(i32 %a) {\n  %x = add i32 %a, 1\n  ret i32 %x\n}\n",
                 "@g = global [2 x { i8, ptr }] [{ i8, ptr } { i8 1, ptr @g }, { i8, ptr } zeroinitializer]\n",
                 "!0 = !DILocation(line: 1, scope: !1)\n!1 = distinct !{}\n"]
    for round in 0..<300 {
      var bytes: [UInt8]
      if round % 3 == 0 {
        bytes = (0..<Int.random(in: 0..<300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
      } else {
        bytes = Array(seeds[round % seeds.count].utf8)
        for _ in 0..<Int.random(in: 1..<6, using: &rng) where !bytes.isEmpty {
          let i = Int.random(in: 0..<bytes.count, using: &rng)
          switch Int.random(in: 0..<4, using: &rng) {
          case 0: bytes[i] = UInt8.random(in: 0...255, using: &rng)
          case 1: bytes.remove(at: i)
          case 2: bytes.insert(bytes[i], at: i)
          default: bytes = Array(bytes[..<i])
          }
        }
      }
      let file = SourceFile(path: "fuzz.ll", bytes: bytes)
      var d = Diagnostics(file: file)
      let m = IRParser.parse(file, diagnostics: &d)
      #expect((m == nil) == d.hasErrors)
      if m != nil { _ = printModule(m!) }
    }
    // Truncations of a real file at every line.
    let real = Array("""
      %struct.S = type { i32, ptr }
      @s = global %struct.S { i32 1, ptr @s }, align 8
      define i32 @main(i32 %0) {
        %2 = alloca i32, align 4
        switch i32 %0, label %3 [
          i32 1, label %3
        ]
      3:
        %4 = phi i32 [ 0, %1 ], [ 1, %1 ]
        ret i32 %4
      }
      """.utf8)
    for cut in 0..<real.count where cut % 7 == 0 {
      let file = SourceFile(path: "cut.ll", bytes: Array(real[..<cut]))
      var d = Diagnostics(file: file)
      _ = IRParser.parse(file, diagnostics: &d)
    }
  }

  @Test func hugeNumbersAndNULs() {
    #expect(T.errors("@g = global i32 99999999999999999999999999999999999") ==
      ["1:17: integer constant '99999999999999999999999999999999999' does not fit in type 'i32'"])
    #expect(T.errors("@g = global i999999999 0") == ["1:13: bitwidth for integer type out of range"])
    #expect(T.errors("define void @f() {\n  ret void\n}\n\u{0}") == ["4:1: unexpected NUL byte"])
    #expect(T.errors("@g = global [99999999999999999999 x i8] zeroinitializer") == ["1:14: expected number in array type"])
    #expect(T.errors("define void @f() {\n  br label %99999999999\n}") == ["2:12: use of undefined value '%99999999999'"])
  }
}
