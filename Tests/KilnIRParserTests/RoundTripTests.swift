// Round trip through the printer: parse → print → parse must give an equivalent module (the
// second print equals the first), for inline snippets covering the long tail and for every
// clang-generated input; plus real clang output for all three targets parses with the expected
// shape (targets, functions, debug records).

import Foundation
import KilnIR
import KilnIRParser
import KilnSupport
import Testing

@Suite struct RoundTripTests {
  func roundTrip(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let m1 = try T.ok(text, sourceLocation: sourceLocation)
    let p1 = printModule(m1)
    let (m2, d2) = T.parse(p1)
    #expect(m2 != nil, "printed module does not parse:\n\(d2.render())\n\(p1)", sourceLocation: sourceLocation)
    guard let m2 else { return }
    let p2 = printModule(m2)
    #expect(p1 == p2, "printer output differs after a round trip", sourceLocation: sourceLocation)
    #expect(m1.functions.map(\.insts.count) == m2.functions.map(\.insts.count), sourceLocation: sourceLocation)
    #expect(m1.globals.count == m2.globals.count, sourceLocation: sourceLocation)
  }

  /// Integer tables parsed into the compact `.data` form print exactly as clang wrote them
  /// (nested `zeroinitializer` included), and what the form does not take prints as before.
  @Test func integerTablesPrintAsWritten() throws {
    let lines = [
      "@a = global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 -2, i32 3], [3 x i32] zeroinitializer], align 16",
      "@b = internal constant [2 x { i8, i8, i16 }] [{ i8, i8, i16 } { i8 -121, i8 0, i16 513 }, { i8, i8, i16 } zeroinitializer], align 2",
      "@c = global <{ i64, i8 }> <{ i64 -9223372036854775808, i8 -1 }>, align 1",
      "@d = global { [2 x i8], i32 } { [2 x i8] c\"a\\00\", i32 7 }, align 4",
      "@e = global [2 x i32] [i32 0, i32 0], align 4",
      "@f = global [2 x [1 x i16]] [[1 x i16] [i16 0], [1 x i16] [i16 9]], align 2",
    ]
    let m = try T.ok(lines.joined(separator: "\n") + "\n")
    let printed = printModule(m)
    for l in lines { #expect(printed.contains(l + "\n"), "not printed as written: \(l)") }
    let kinds = m.globals.map { m.constants.nodes[$0.initializer!.index].kind }
    #expect(kinds == [.data, .data, .data, .aggregate, .aggregate, .aggregate])
    try roundTrip(lines.joined(separator: "\n") + "\n")
  }

  @Test func longTail() throws {
    try roundTrip("""
      source_filename = "t.c"
      target triple = "aarch64-unknown-linux-gnu"
      %T = type { i8, %U }
      %U = type <{ i16, [2 x i128] }>
      %O = type opaque
      %"odd name" = type { ptr }
      $c = comdat any
      @a = internal global %T { i8 -1, %U <{ i16 3, [2 x i128] [i128 -5, i128 170141183460469231731687303715884105727] }> }, align 16
      @b = weak_odr hidden unnamed_addr constant [4 x i8] c"\\01\\22\\5C\\00", section ".x", comdat($c), align 1
      @"quoted global" = thread_local global i256 -2
      @ptrs = global [3 x ptr] [ptr @a, ptr getelementptr inbounds ([4 x i8], ptr @b, i64 0, i64 1), ptr null]
      @e = global i64 sub (i64 ptrtoint (ptr @b to i64), i64 ptrtoint (ptr @a to i64))
      @fp = global x86_fp80 0xK4000C000000000000000
      @q = global fp128 0xL00000000000000004000000000000000
      @v = global <2 x float> <float 1.0, float -0.5>
      @al = alias i32, ptr @a
      declare i32 @printf(ptr, ...)
      declare i32 @pers(...)
      define internal fastcc { i64, i64 } @f(i32 signext %0, ptr byval(%T) align 8 %"p q", ...) unnamed_addr personality ptr @pers {
        %x = alloca i32, i32 4, align 16
        %2 = load volatile i32, ptr %x, align 4
        %3 = call i32 (ptr, ...) @printf(ptr @b, i32 %2, double 0x3FF8000000000000)
        %4 = invoke i32 @g(i32 %3) to label %ok unwind label %lp
      ok:
        %5 = icmp slt i32 %4, 0
        br i1 %5, label %neg, label %6
      neg:
        %r0 = insertvalue { i64, i64 } undef, i64 1, 0
        ret { i64, i64 } %r0
      6:
        %7 = phi i32 [ %4, %ok ]
        switch i32 %7, label %neg [
          i32 1, label %ok
          i32 2, label %neg
        ]
      lp:
        %8 = landingpad { ptr, i32 } cleanup catch ptr @a filter [1 x ptr] [ptr @b]
        resume { ptr, i32 } %8
      }
      define coldcc i32 @g(i32 %a) {
        %1 = fneg double 1.0
        %2 = fcmp ord double %1, 0.0
        %3 = select i1 %2, i32 %a, i32 7
        %4 = tail call i32 @g(i32 %3)
        %5 = zext nneg i32 %4 to i64
        %6 = trunc nuw nsw i64 %5 to i32
        %7 = or disjoint i32 %6, 1
        %8 = freeze i32 %7
        %9 = extractvalue { i32, [2 x i8] } { i32 1, [2 x i8] c"ab" }, 1, 0
        %10 = getelementptr inbounds nuw %T, ptr @a, i64 0, i32 1, i32 1, i64 1
        unreachable
      }
      !llvm.module.flags = !{!0}
      !0 = !{i32 7, !"Dwarf Version", i32 5}
      """)
  }

  @Test func debugInfoRoundTrip() throws {
    try roundTrip("""
      define void @f(i32 %a) !dbg !3 {
        %p = alloca i32, align 4
          #dbg_declare(ptr %p, !5, !DIExpression(), !6)
          #dbg_value(!DIArgList(i32 %a, ptr %p), !5, !DIExpression(DW_OP_LLVM_arg, 0), !6)
        call void @llvm.dbg.value(metadata i32 %a, metadata !5, metadata !DIExpression()), !dbg !6
        ret void, !dbg !6
      }
      declare void @llvm.dbg.value(metadata, metadata, metadata)
      !3 = distinct !DISubprogram(name: "f", flags: DIFlagPrototyped | DIFlagArtificial, spFlags: DISPFlagDefinition)
      !5 = !DILocalVariable(name: "x", scope: !3, arg: 1)
      !6 = !DILocation(line: 2, column: -1, scope: !3)
      """)
  }

  static let inputFiles: [String] = {
    (try? FileManager.default.contentsOfDirectory(atPath: T.inputs))?.filter { $0.hasSuffix(".ll") }.sorted() ?? []
  }()

  @Test(arguments: inputFiles) func clangOutput(_ name: String) throws {
    let path = T.inputs + "/" + name
    let data = try #require(FileManager.default.contents(atPath: path))
    let file = SourceFile(path: path, bytes: [UInt8](data))
    var d = Diagnostics(file: file)
    let m = try #require(IRParser.parse(file, diagnostics: &d), "\(d.render())")
    let triple = ["x86_64", "aarch64", "wasm32"].first { name.contains($0) }!
    #expect(m.triple?.hasPrefix(triple) == true)
    #expect(m.dataLayout != nil && !m.functions.isEmpty)
    for f in m.functions where !f.isDeclaration {
      // Every block ends with a terminator and every operand index is in range.
      for b in f.blocks { #expect(f.insts[Int(b.instEnd) - 1].op.isTerminator) }
      for inst in f.insts { #expect(Int(inst.operandStart + inst.operandCount) <= f.operands.count) }
      #expect(f.paramAttrs.count >= f.argTypes.count + 1)
    }
    if name.contains("-g-") {
      #expect(m.functions.contains { $0.insts.contains { $0.op == .dbgRecord } })
      #expect(m.functions.contains { $0.dbg != .max })
    }
    if name.hasPrefix("eh") {
      #expect(m.functions.contains { $0.insts.contains { $0.op == .landingpad } && $0.personality != nil })
    }
    let p1 = printModule(m)
    let (m2, d2) = T.parse(p1)
    #expect(m2 != nil, "\(d2.render())")
    if let m2 { #expect(printModule(m2) == p1) }
  }

  @Test func wasmAndAArch64Specifics() throws {
    let wasm = try String(contentsOfFile: T.inputs + "/features-wasm32-unknown-unknown.ll", encoding: .utf8)
    let m = try T.ok(wasm)
    #expect(m.globals.contains { $0.visibility == .hidden })
    #expect(m.functions.contains { f in f.paramAttrs.contains { $0.has(ParamAttrs.sret) } })
    let a64 = try String(contentsOfFile: T.inputs + "/features-aarch64-unknown-linux-gnu.ll", encoding: .utf8)
    let m2 = try T.ok(a64)
    #expect(m2.globals.contains { $0.valueType == .fp128 })
  }
}
