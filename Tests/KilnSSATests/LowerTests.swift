// Unit tests for lowering: data layout, GEP folding, aggregate splitting, mem2reg, ABI flags on
// signatures, global data, intrinsics and diagnostics. Wide-integer arithmetic is checked by
// running the lowered SSA in a small interpreter (LowerInterp) against Swift's 128-bit integers.

import Testing
import KilnSupport
import KilnIR
import KilnIRParser
@testable import KilnSSA

func lowerOK(_ text: String, target: TargetDesc = .x86_64, sourceLocation: SourceLocation = #_sourceLocation) -> SModule? {
  let (s, d) = LowerHarness.lower(text, target: target)
  #expect(s != nil, "lowering failed: \(d)", sourceLocation: sourceLocation)
  if let s {
    let p = SSAVerifier.verify(s)
    #expect(p.isEmpty, "SSA verifier: \(p.prefix(5))", sourceLocation: sourceLocation)
  }
  return s
}

func fn(_ m: SModule, _ name: String) -> SFunction? {
  m.functions.first { m.symbols[$0.symbol.index].name == name }
}

func count(_ f: SFunction, _ op: SOp) -> Int { f.insts.filter { $0.op == op }.count }

@Suite struct DataLayoutTests {
  func layout(_ target: TargetDesc, _ build: (inout TypeTable) -> [TypeID]) -> (DataLayout, [TypeID]) {
    var t = TypeTable()
    let ids = build(&t)
    return (DataLayout(types: t, target: target), ids)
  }

  @Test func integerSizesFollowLLVM() {
    for target in TargetDesc.all {
      let (dl, ids) = layout(target) { t in [t.int(1), t.int(24), t.int(40), t.int(72), t.int(128), t.int(136), t.int(168)] }
      let alloc = ids.map { dl.allocSize($0) }
      let store = ids.map { dl.storeSize($0) }
      let align = ids.map { dl.abiAlign($0) }
      #expect(store == [1, 3, 5, 9, 16, 17, 21])
      #expect(alloc == [1, 4, 8, 16, 16, 32, 32])
      #expect(align == [1, 4, 8, 16, 16, 16, 16])
    }
  }

  @Test func structOffsetsPackedAndPadded() {
    let (dl, ids) = layout(.x86_64) { t in
      [t.structure([.i8, .i32, .i64]), t.structure([.i8, .i32], packed: true),
       t.structure([.i8, t.int(24), .i16]), t.array(.i16, 5), t.structure([.double, .i8]), .x86_fp80]
    }
    #expect(dl.fieldOffset(ids[0], 1) == 4 && dl.fieldOffset(ids[0], 2) == 8 && dl.allocSize(ids[0]) == 16)
    #expect(dl.fieldOffset(ids[1], 1) == 1 && dl.allocSize(ids[1]) == 5 && dl.abiAlign(ids[1]) == 1)
    #expect(dl.fieldOffset(ids[2], 1) == 4 && dl.fieldOffset(ids[2], 2) == 8 && dl.allocSize(ids[2]) == 12)
    #expect(dl.allocSize(ids[3]) == 10 && dl.abiAlign(ids[3]) == 2)
    #expect(dl.allocSize(ids[4]) == 16 && dl.abiAlign(ids[4]) == 8)
    #expect(dl.allocSize(ids[5]) == 16 && dl.storeSize(ids[5]) == 10)
  }

  @Test func pointersFollowTarget() {
    let (w, ids) = layout(.wasm32) { t in [.ptr, t.structure([.i8, .ptr, .i64])] }
    #expect(w.allocSize(.ptr) == 4 && w.fieldOffset(ids[1], 1) == 4 && w.fieldOffset(ids[1], 2) == 8)
    let (x, xids) = layout(.x86_64) { t in [.ptr, t.structure([.i8, .ptr, .i64])] }
    #expect(x.allocSize(.ptr) == 8 && x.fieldOffset(xids[1], 1) == 8 && x.allocSize(xids[1]) == 24)
  }

  @Test func leavesOfAggregatesAndWideInts() {
    let (dl, ids) = layout(.x86_64) { t in [t.structure([.i32, t.int(128), t.array(.float, 2)]), t.int(72)] }
    let l = dl.leafRange(ids[0]).map { dl.leaves[$0] }
    #expect(l.map(\.type) == [.i32, .i64, .i64, .f32, .f32])
    #expect(l.map(\.offset) == [0, 16, 24, 32, 36])
    let w = dl.leafRange(ids[1]).map { dl.leaves[$0] }
    #expect(w.map(\.bits) == [64, 8])
  }

  @Test func dataLayoutStringsAreChecked() {
    for t in TargetDesc.all { #expect(DataLayout.mismatch(t.dataLayout, target: t) == nil) }
    #expect(DataLayout.mismatch(TargetDesc.wasm32.dataLayout, target: .x86_64)?.contains("32-bit pointers") == true)
    #expect(DataLayout.mismatch("E-m:e-i64:64", target: .x86_64)?.contains("big-endian") == true)
    #expect(DataLayout.mismatch("e-m:e-i64:32", target: .x86_64)?.contains("i64") == true)
    let (s, d) = LowerHarness.lower("""
      target datalayout = "e-m:e-p:32:32-i64:64-n32:64-S128"
      define void @f() {
        ret void
      }
      """, target: .x86_64)
    #expect(s == nil)
    #expect(d.contains("error: data layout 'e-m:e-p:32:32-i64:64-n32:64-S128' does not match target 'x86_64-unknown-linux-gnu'"))
  }
}

@Suite struct LowerInstructionTests {
  @Test func gepConstantPartsFoldIntoTheAccessOffset() throws {
    let m = try #require(lowerOK("""
      %struct.S = type { i8, i32, [4 x i64] }
      define i64 @f(ptr %p, i32 %i) {
        %a = getelementptr inbounds %struct.S, ptr %p, i64 1, i32 2, i64 3
        %x = load i64, ptr %a, align 8
        %b = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 2, i32 %i
        %y = load i64, ptr %b, align 8
        %s = add i64 %x, %y
        ret i64 %s
      }
      """))
    let f = try #require(fn(m, "f"))
    let loads = f.insts.filter { $0.op == .load }
    #expect(loads.map(\.imm) == [40 + 8 + 24, 8])
    #expect(count(f, .sextend) == 1)   // i32 index sign-extended to pointer width
    #expect(f.insts.contains { $0.op == .shl && $0.type == .i64 })  // scaled by 8 with a shift
  }

  @Test func gepOnWasmIsThirtyTwoBit() throws {
    let m = try #require(lowerOK("""
      define i32 @f(ptr %p, i64 %i) {
        %a = getelementptr inbounds [10 x i32], ptr %p, i32 0, i64 %i
        %x = load i32, ptr %a, align 4
        ret i32 %x
      }
      """, target: .wasm32))
    let f = try #require(fn(m, "f"))
    #expect(f.insts.contains { $0.op == .ireduce && $0.type == .i32 })
    #expect(f.values.allSatisfy { $0.type != .i64 || true })
    #expect(f.insts.filter { $0.op == .iadd }.allSatisfy { $0.type == .i32 })
  }

  @Test func aggregatesAreSplitIntoLeaves() throws {
    let m = try #require(lowerOK("""
      %struct.P = type { i64, i64 }
      declare { i64, i64 } @g()
      define { i64, i64 } @f(ptr %p) {
        %v = load %struct.P, ptr %p, align 8
        %a = extractvalue %struct.P %v, 1
        %r = call { i64, i64 } @g()
        %b = extractvalue { i64, i64 } %r, 0
        %c = add i64 %a, %b
        %o = insertvalue { i64, i64 } %r, i64 %c, 1
        store %struct.P %v, ptr %p, align 8
        ret { i64, i64 } %o
      }
      """))
    let f = try #require(fn(m, "f"))
    #expect(f.returns(of: f.signatures[0]).map(\.type) == [.i64, .i64])
    #expect(count(f, .load) == 2 && count(f, .store) == 2)
    let call = try #require(f.insts.first { $0.op == .call })
    #expect(call.resultCount == 2)
    let ret = try #require(f.insts.first { $0.op == .ret })
    #expect(ret.operandCount == 2)
  }

  @Test func oddWidthLoadsTouchExactlyTheirBytes() throws {
    let m = try #require(lowerOK("""
      define i24 @f(ptr %p, i40 %v) {
        %x = load i24, ptr %p, align 1
        %q = getelementptr i8, ptr %p, i64 8
        store i40 %v, ptr %q, align 1
        ret i24 %x
      }
      """))
    let f = try #require(fn(m, "f"))
    let loads = f.insts.filter { $0.op == .load }
    #expect(loads.map(\.type) == [.i16, .i8] && loads.map(\.imm) == [0, 2])
    let stores = f.insts.filter { $0.op == .store }
    #expect(stores.map(\.type) == [.i32, .i8] && stores.map(\.imm) == [8, 12])
  }

  @Test func switchStaysMultiWayAndWideSwitchBecomesAChain() throws {
    let m = try #require(lowerOK("""
      define i32 @f(i8 %x, i128 %y) {
      entry:
        switch i8 %x, label %d [ i8 -1, label %a
                                 i8 7, label %b ]
      a:
        switch i128 %y, label %d [ i128 5, label %b
                                   i128 18446744073709551616, label %d ]
      b:
        ret i32 1
      d:
        %p = phi i32 [ 0, %entry ], [ 2, %a ], [ 2, %a ]
        ret i32 %p
      }
      """))
    let f = try #require(fn(m, "f"))
    let sw = try #require(f.insts.first { $0.op == .switch_ })
    #expect(sw.type == .i8)
    #expect(Array(f.switchCases[Int(sw.caseStart)..<Int(sw.caseStart) + 2]) == [0xFF, 7])
    #expect(count(f, .switch_) == 1 && count(f, .brif) == 2)
  }

  @Test func unsupportedIntrinsicIsReportedAtTheCall() {
    let (s, d) = LowerHarness.lower("""
      declare i32 @llvm.frobnicate.i32(i32)
      define i32 @f(i32 %x) {
        %y = call i32 @llvm.frobnicate.i32(i32 %x)
        ret i32 %y
      }
      """)
    #expect(s == nil)
    #expect(d.contains("t.ll:3:3: error: unsupported intrinsic @llvm.frobnicate.i32"))
  }

  @Test func unsupportedConstructsAreNamed() {
    let (s, d) = LowerHarness.lower("""
      define x86_fp80 @f(ptr %p, ptr %ap) {
        %x = load x86_fp80, ptr %p, align 16
        %v = va_arg ptr %ap, i32
        ret x86_fp80 %x
      }
      """)
    #expect(s == nil)
    #expect(d.contains("error: unsupported: x86_fp80 type"))
    #expect(d.contains("t.ll:3:3: error: unsupported: va_arg instruction"))
  }

  @Test func intrinsicsBecomeOperations() throws {
    let m = try #require(lowerOK("""
      declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
      declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
      declare i32 @llvm.ctlz.i32(i32, i1)
      declare i16 @llvm.bswap.i16(i16)
      declare { i32, i1 } @llvm.sadd.with.overflow.i32(i32, i32)
      declare double @llvm.fmuladd.f64(double, double, double)
      declare i32 @llvm.smax.i32(i32, i32)
      declare ptr @llvm.stacksave.p0()
      declare void @llvm.stackrestore.p0(ptr)
      define i32 @f(ptr %a, ptr %b, i32 %x, double %d) {
        call void @llvm.memcpy.p0.p0.i64(ptr align 8 %a, ptr align 8 %b, i64 16, i1 true)
        call void @llvm.memset.p0.i32(ptr %a, i8 0, i32 4, i1 false)
        %s = call ptr @llvm.stacksave.p0()
        %c = call i32 @llvm.ctlz.i32(i32 %x, i1 false)
        %t = trunc i32 %x to i16
        %w = call i16 @llvm.bswap.i16(i16 %t)
        %o = call { i32, i1 } @llvm.sadd.with.overflow.i32(i32 %x, i32 %c)
        %ov = extractvalue { i32, i1 } %o, 1
        %m = call double @llvm.fmuladd.f64(double %d, double %d, double %d)
        %mx = call i32 @llvm.smax.i32(i32 %x, i32 %c)
        call void @llvm.stackrestore.p0(ptr %s)
        %r = frem double %m, %d
        ret i32 %mx
      }
      """))
    let f = try #require(fn(m, "f"))
    let mc = try #require(f.insts.first { $0.op == .memcpy })
    #expect(mc.flags & SFlags.volatile != 0 && mc.aux == 8)
    #expect(count(f, .memset) == 1 && count(f, .clz) == 1 && count(f, .bswap) == 1)
    #expect(count(f, .fmul) == 1 && count(f, .fadd) == 1 && count(f, .stackSave) == 1 && count(f, .stackRestore) == 1)
    // frem calls fmod, which is declared in the symbol table
    let call = try #require(f.insts.first { $0.op == .call })
    #expect(m.symbols[Int(call.aux2)].name == "fmod")
    #expect(!m.symbols.contains { $0.name == "__kiln_udiv_w" })  // unused helpers are dropped
  }
}

@Suite struct Mem2RegTests {
  @Test func scalarAllocasBecomeValues() throws {
    let m = try #require(lowerOK("""
      define i32 @sum(i32 %n) {
      entry:
        %n.addr = alloca i32, align 4
        %s = alloca i32, align 4
        %i = alloca i32, align 4
        store i32 %n, ptr %n.addr, align 4
        store i32 0, ptr %s, align 4
        store i32 0, ptr %i, align 4
        br label %cond
      cond:
        %0 = load i32, ptr %i, align 4
        %1 = load i32, ptr %n.addr, align 4
        %c = icmp slt i32 %0, %1
        br i1 %c, label %body, label %end
      body:
        %2 = load i32, ptr %s, align 4
        %3 = load i32, ptr %i, align 4
        %4 = add nsw i32 %2, %3
        store i32 %4, ptr %s, align 4
        %5 = add nsw i32 %3, 1
        store i32 %5, ptr %i, align 4
        br label %cond
      end:
        %r = load i32, ptr %s, align 4
        ret i32 %r
      }
      """))
    let f = try #require(fn(m, "sum"))
    #expect(count(f, .load) == 0 && count(f, .store) == 0 && count(f, .stackAddr) == 0)
    #expect(f.stackSlots.isEmpty)
    // the loop header takes exactly the two variables that change (s and i); n is not a parameter
    #expect(f.blocks[1].paramCount == 2)
  }

  @Test func volatileAndEscapingAllocasStayInMemory() throws {
    let m = try #require(lowerOK("""
      declare void @use(ptr)
      define i32 @f() {
        %v = alloca i32, align 4
        %e = alloca i32, align 4
        %k = alloca i64, align 8
        store volatile i32 1, ptr %v, align 4
        store i32 2, ptr %e, align 4
        call void @use(ptr %e)
        store i64 3, ptr %k, align 8
        %a = load volatile i32, ptr %v, align 4
        %b = load i32, ptr %e, align 4
        %c = load i64, ptr %k, align 8
        %t = trunc i64 %c to i32
        %s = add i32 %a, %b
        %r = add i32 %s, %t
        ret i32 %r
      }
      """))
    let f = try #require(fn(m, "f"))
    #expect(f.stackSlots.count == 2)
    #expect(count(f, .load) == 2 && count(f, .store) == 2)
    #expect(f.insts.filter { $0.op == .load || $0.op == .store }.filter { $0.flags & SFlags.volatile != 0 }.count == 2)
  }

  @Test func readBeforeWriteIsUndefZero() throws {
    let m = try #require(lowerOK("""
      define i32 @f(i1 %c) {
      entry:
        %x = alloca i32, align 4
        br i1 %c, label %a, label %b
      a:
        store i32 5, ptr %x, align 4
        br label %b
      b:
        %v = load i32, ptr %x, align 4
        ret i32 %v
      }
      """))
    let f = try #require(fn(m, "f"))
    #expect(count(f, .load) == 0)
    #expect(f.blocks[2].paramCount == 1)
    #expect(f.insts.contains { $0.op == .iconst && $0.imm == 0 && $0.type == .i32 })
  }
}

@Suite struct LowerABITests {
  @Test func signatureFlags() throws {
    let m = try #require(lowerOK("""
      %struct.B = type { [10 x i64] }
      declare i32 @printf(ptr, ...)
      declare void @take(ptr byval(%struct.B) align 8, i8 signext, i16 zeroext, <2 x float>)
      declare void @big(ptr sret(%struct.B) align 8)
      define void @f(ptr %p, <2 x float> %v) {
        call void @take(ptr byval(%struct.B) align 8 %p, i8 signext -1, i16 zeroext 7, <2 x float> %v)
        call void @big(ptr sret(%struct.B) align 8 %p)
        %r = call i32 (ptr, ...) @printf(ptr %p, i32 1, double 2.0)
        ret void
      }
      """))
    let f = try #require(fn(m, "f"))
    let sigs = f.insts.filter { $0.op == .call }.map { f.signatures[Int($0.aux)] }
    let take = Array(f.params(of: sigs[0]))
    #expect(take[0].flags & AbiParam.byval != 0 && take[0].byvalSize == 80 && take[0].byvalAlign == 8)
    #expect(take[1].flags & AbiParam.sext != 0 && take[1].type == .i8)
    #expect(take[2].flags & AbiParam.zext != 0 && take[2].type == .i16)
    #expect(take[3].flags & AbiParam.vec2xf32 != 0 && take[3].type == .f64)
    #expect(f.params(of: sigs[1]).first?.flags == AbiParam.sret)
    #expect(sigs[2].isVarArg && sigs[2].fixedCount == 1 && sigs[2].paramCount == 3)
    #expect(f.params(of: sigs[2]).map(\.type) == [.i64, .i32, .f64])
  }

  @Test func aarch64ArrayArgumentsAreGroups() throws {
    let m = try #require(lowerOK("""
      declare [2 x i64] @g([2 x i64], [4 x float], i128)
      define i64 @f([2 x i64] %a, [4 x float] %b, i128 %c) {
        %r = call [2 x i64] @g([2 x i64] %a, [4 x float] %b, i128 %c)
        %x = extractvalue [2 x i64] %r, 1
        ret i64 %x
      }
      """, target: .aarch64))
    let f = try #require(fn(m, "f"))
    let ps = Array(f.params(of: f.signatures[0]))
    #expect(ps.count == 8)
    #expect(ps[0].flags & AbiParam.groupStart != 0 && ps[0].groupCount == 2)
    #expect(ps[2].flags & AbiParam.groupStart != 0 && ps[2].groupCount == 4 && ps[2].type == .f32)
    #expect(ps[6].flags & AbiParam.groupStart != 0 && ps[6].groupCount == 2)
    #expect(f.blocks[0].paramCount == 8)
    let call = try #require(f.insts.first { $0.op == .call })
    #expect(call.resultCount == 2)
  }

  @Test func indirectCallsIncludingThroughNull() throws {
    let m = try #require(lowerOK("""
      define i32 @f(ptr %fp) {
        %a = call i32 %fp(i32 1)
        %b = call i32 null(i32 2)
        %s = add i32 %a, %b
        ret i32 %s
      }
      """))
    let f = try #require(fn(m, "f"))
    #expect(count(f, .callIndirect) == 2)
  }
}

/// The data object of symbol `name` in a lowered module, its bytes and relocations copied out of
/// the module's arenas.
struct LoweredData {
  var bytes: [UInt8]
  var relocs: [SDataReloc]
  var size: UInt64
  var align: UInt32
  var section: DataSection
  init?(_ m: SModule, _ name: String) {
    guard let s = m.symbols.firstIndex(where: { $0.name == name }),
          let d = m.data.first(where: { $0.symbol.index == s }) else { return nil }
    bytes = Array(m.bytes(of: d)); relocs = Array(m.relocs(of: d))
    size = d.size; align = d.align; section = d.section
  }
}

@Suite struct LowerDataTests {
  @Test func globalsBecomeDataWithRelocations() throws {
    let m = try #require(lowerOK("""
      @a = dso_local global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
      @p = dso_local global ptr getelementptr (i8, ptr @a, i64 8), align 8
      @q = internal global { i8, ptr, i24 } { i8 7, ptr @f, i24 -1 }, align 8
      @.str = private unnamed_addr constant [3 x i8] c"hi\\00", align 1
      @z = dso_local global [100 x i8] zeroinitializer, align 16
      @c = dso_local constant i64 ptrtoint (ptr @a to i64), align 8
      @w = weak hidden global i16 258, align 2
      @e = external global i32
      @al = alias i32, ptr @a
      define void @f() {
        ret void
      }
      """))
    func data(_ name: String) -> LoweredData? { LoweredData(m, name) }
    let a = try #require(data("a"))
    #expect(a.bytes == [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0] && a.align == 16 && a.section == .data)
    let p = try #require(data("p"))
    #expect(p.relocs.count == 1 && p.relocs[0].addend == 8 && p.relocs[0].width == 8)
    #expect(m.symbols[p.relocs[0].symbol.index].name == "a")
    let q = try #require(data("q"))
    #expect(q.size == 24 && q.bytes[0] == 7 && Array(q.bytes[16..<19]) == [0xFF, 0xFF, 0xFF] && q.bytes[19] == 0)
    #expect(q.relocs.first?.offset == 8 && m.symbols[q.relocs[0].symbol.index].name == "f")
    let qs = try #require(m.symbols.first { $0.name == "q" })
    #expect(qs.binding == .local)
    #expect(data(".str")?.section == .cstring)
    #expect(data("z")?.section == .bss && data("z")?.size == 100)
    #expect(data("c")?.section == .rodata && data("c")?.relocs.first?.width == 8)
    let w = try #require(m.symbols.first { $0.name == "w" })
    #expect(w.binding == .weak && w.visibility == 1)
    #expect(data("w")?.bytes == [2, 1])
    #expect(m.symbols.first { $0.name == "e" }?.isDefined == false)
    #expect(m.aliases.count == 1 && m.symbols[m.aliases[0].target.index].name == "a")
  }
}

extension LowerDataTests {
  /// Integer tables in clang's spelling are parsed into the compact `.data` form; the same values
  /// spelled otherwise (a doubled space defeats that path) take the general one. Both must lay
  /// out the same bytes: padding, packed structs, nested `zeroinitializer`, the unsigned range of
  /// a narrow integer and 19-digit i64s. A list of all zeros is left to the general path.
  @Test func integerTablesLayOutAsAggregatesDo() throws {
    let tables: [(String, String)] = [
      ("[2 x { i8, i32, i16 }]", "[{ i8, i32, i16 } { i8 -1, i32 70000, i16 -2 }, { i8, i32, i16 } zeroinitializer]"),
      ("<{ i16, i32, i8 }>", "<{ i16 -32768, i32 -1, i8 255 }>"),
      ("[2 x [3 x i64]]", "[[3 x i64] [i64 -9223372036854775808, i64 9223372036854775807, i64 1], [3 x i64] zeroinitializer]"),
      ("{ [2 x i16], i32, [1 x { i8, i64 }] }", "{ [2 x i16] [i16 1, i16 2], i32 3, [1 x { i8, i64 }] [{ i8, i64 } { i8 4, i64 5 }] }"),
      ("[2 x [2 x i32]]", "[[2 x i32] [i32 0, i32 0], [2 x i32] [i32 1, i32 0]]"),
    ]
    var text = ""
    for (k, (t, v)) in tables.enumerated() {
      text += "@d\(k) = global \(t) \(v), align 8\n"
      text += "@g\(k) = global \(t) \(v.replacingOccurrences(of: ", ", with: ",  ")), align 8\n"
    }
    var diags = Diagnostics(file: SourceFile(path: "t.ll", text: text))
    let ir = try #require(IRParser.parse(SourceFile(path: "t.ll", text: text), diagnostics: &diags))
    func kind(_ name: String) -> ConstKind? {
      guard let g = ir.globals.first(where: { ir.name($0.name) == name }), let v = g.initializer else { return nil }
      return ir.constants.nodes[v.index].kind
    }
    #expect((0..<4).map { kind("d\($0)") } == [.data, .data, .data, .data])
    #expect((0..<5).map { kind("g\($0)") } == [.aggregate, .aggregate, .aggregate, .aggregate, .aggregate])
    #expect(kind("d4") == .aggregate)
    let m = try #require(lowerOK(text))
    func data(_ name: String) -> LoweredData? { LoweredData(m, name) }
    for k in tables.indices {
      let d = try #require(data("d\(k)")), g = try #require(data("g\(k)"))
      #expect(d.bytes == g.bytes && d.size == g.size && d.section == g.section, "table \(k)")
    }
    #expect(data("d0")?.bytes == [0xFF, 0, 0, 0, 0x70, 0x11, 0x01, 0, 0xFE, 0xFF, 0, 0] + [UInt8](repeating: 0, count: 12))
    #expect(data("d1")?.bytes == [0x00, 0x80, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
  }
}

@Suite struct InvokeLoweringTests {
  /// A phi in an invoke's normal destination may use the invoke's own result (LLVM defines it on
  /// that edge). The normal edge must pass the invoke's result, not whatever the argument
  /// lowering left behind (this used to pass the call's argument).
  @Test func normalEdgeCarriesTheInvokesResult() throws {
    let text = """
      declare i32 @may_throw(i32)
      declare i32 @__gxx_personality_v0(...)
      define i32 @f() personality ptr @__gxx_personality_v0 {
      entry:
        %r = invoke i32 @may_throw(i32 41) to label %ok unwind label %lp
      ok:
        %p = phi i32 [ %r, %entry ]
        ret i32 %p
      lp:
        %x = landingpad { ptr, i32 } cleanup
        ret i32 1
      }
      """
    let m = try #require(lowerOK(text))
    let f = try #require(fn(m, "f"))
    let inv = try #require(f.insts.first { $0.op == .invoke })
    let normal = f.succs[Int(inv.succStart)]
    #expect(inv.succCount == 2)
    #expect(normal.argCount == 1)
    #expect(f.blockArgs[Int(normal.argStart)] == inv.result, "the normal edge passes the invoke's result")
  }
}

@Suite struct UnreachableCodeLoweringTests {
  /// A cycle of blocks that the entry cannot reach (the fuzzer made one by retargeting a branch):
  /// LLVM accepts `%v` there even though no definition dominates it. Promoted variables read in
  /// unreachable blocks become undef, so Kiln's SSA stays dominance-correct (this used to give
  /// `v2 = iadd.i32 v2, v1`, rejected by the SSA verifier).
  @Test func variablesReadInUnreachableCyclesAreUndef() throws {
    let text = """
      define i32 @f() {
      entry:
        %x = alloca i32, align 4
        store i32 5, ptr %x, align 4
        br label %exit
      loop:
        %v = load i32, ptr %x, align 4
        %w = add i32 %v, 1
        store i32 %w, ptr %x, align 4
        br label %loop2
      loop2:
        br label %loop
      exit:
        %r = load i32, ptr %x, align 4
        ret i32 %r
      }
      """
    let m = try #require(lowerOK(text))   // runs the SSA verifier
    let f = try #require(fn(m, "f"))
    #expect(count(f, .load) == 0 && count(f, .store) == 0, "the alloca is still promoted")
    let add = try #require(f.insts.first { $0.op == .iadd })
    #expect(f.operands[Int(add.operandStart)] != add.result, "no self-referencing add")
  }
}
