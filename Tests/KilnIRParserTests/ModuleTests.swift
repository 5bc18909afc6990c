// Module-level constructs: header, named types, globals with every flag, aliases, comdats,
// attribute groups, constants of every kind, and metadata (numbered, specialized, named).

import KilnIR
import KilnIRParser
import KilnSupport
import Testing

@Suite struct ModuleTests {
  @Test func header() throws {
    let text = """
      ; ModuleID = 'x.c'
      source_filename = "x.c"
      target datalayout = "e-m:e-i64:64"
      target triple = "x86_64-unknown-linux-gnu"
      """
    let m = try T.ok(text)
    #expect(m.sourceFilename == "x.c")
    #expect(m.dataLayout == "e-m:e-i64:64")
    #expect(m.triple == "x86_64-unknown-linux-gnu")
    let file = SourceFile(path: "t.ll", text: text)
    #expect(file.lineColumn(of: Int(m.tripleLoc.offset)) == (4, 17))
    #expect(file.lineColumn(of: Int(m.dataLayoutLoc.offset)) == (3, 21))
    #expect(m.source != nil)
  }

  @Test func namedTypes() throws {
    let m = try T.ok("""
      %struct.A = type { i32, %struct.B, [4 x i8] }
      %struct.B = type <{ i8, i64 }>
      %struct.O = type opaque
      %union.U = type { double }
      %0 = type { i16 }
      %"quoted name" = type { ptr }
      """)
    let byName = Dictionary(uniqueKeysWithValues: m.types.nodes.enumerated().compactMap { i, n in
      n.name == .empty ? nil : (m.name(n.name), TypeID(raw: UInt32(i)))
    })
    let a = byName["struct.A"]!, b = byName["struct.B"]!
    #expect(Array(m.types.fields(a)) == [.i32, b, m.types.nodes.indices.map { TypeID(raw: UInt32($0)) }.first { T.ty(m, $0) == "[4 x i8]" }!])
    #expect(m.types[b].packed && Array(m.types.fields(b)) == [.i8, .i64])
    #expect(m.types[byName["struct.O"]!].opaque)
    #expect(Array(m.types.fields(byName["0"]!)) == [.i16])
    #expect(byName["quoted name"] != nil)
  }

  /// clang writes a struct before the structs it holds in arrays (`struct Mid { struct In in[2]; }`):
  /// the array type names a struct that is still opaque when it is parsed.
  @Test func arrayOfStructDefinedLater() throws {
    let m = try T.ok("""
      %struct.Out = type { [3 x %struct.Mid], i32 }
      %struct.Mid = type { [2 x %struct.In], i64, ptr }
      %struct.In = type { i32, i8 }
      define void @f() {
        %o = alloca %struct.Out, align 8
        %p = getelementptr inbounds [3 x %struct.Mid], ptr %o, i64 0, i64 1
        ret void
      }
      """)
    let mid = try #require(m.types.nodes.indices.map { TypeID(raw: UInt32($0)) }.first { T.ty(m, $0) == "%struct.Mid" })
    #expect(!m.types[mid].opaque)
    #expect(m.types.nodes.indices.contains { T.ty(m, TypeID(raw: UInt32($0))) == "[2 x %struct.In]" })
    // A struct that stays opaque may still be named in an array type; the verifier rejects a
    // global of that (unsized) type.
    let (o, _) = T.parse("""
      %O = type opaque
      @g = global [2 x %O] zeroinitializer
      """)
    let om = try #require(o)
    var d = Diagnostics(file: om.source!)
    #expect(!IRVerifier.verify(om, diagnostics: &d))
    #expect(d.render().contains("global @g has unsized type '[2 x %O]'"), "\(d.render())")
  }

  @Test func globalsAndFlags() throws {
    let m = try T.ok("""
      $cd = comdat any
      @a = dso_local global i32 5, align 4
      @b = internal constant [3 x i8] c"a\\22\\00", section ".rodata.x", align 1
      @c = private unnamed_addr constant i64 -1
      @d = external global ptr, align 8
      @e = hidden thread_local(initialexec) global i8 0
      @f = weak_odr local_unnamed_addr global i16 7, comdat($cd)
      @g = linkonce_odr global i32 1, comdat
      @h = extern_weak global i32
      @i = common global i32 0, align 4
      @llvm.used = appending global [1 x ptr] [ptr @a], section "llvm.metadata"
      @0 = private global i32 1
      @1 = protected externally_initialized global i32 2 #0
      """)
    #expect(m.globals.count == 12)
    let a = T.global(m, "a")!
    #expect(a.flags & GlobalFlags.dsoLocal != 0 && a.align == 4 && !a.isConstant && a.linkage == .external)
    let b = T.global(m, "b")!
    #expect(b.isConstant && b.linkage == .internal && m.name(b.section) == ".rodata.x")
    #expect(Array(m.constants.stringBytes(ConstID(raw: UInt32(b.initializer!.index)))) == [97, 34, 0])
    let c = T.global(m, "c")!
    #expect(c.linkage == .private && c.flags & GlobalFlags.unnamedAddr != 0)
    #expect(T.intValue(m, c.initializer!) == [UInt64.max])
    #expect(T.global(m, "d")!.isDeclaration)
    let e = T.global(m, "e")!
    #expect(e.visibility == .hidden && e.flags & GlobalFlags.threadLocal != 0)
    let f = T.global(m, "f")!
    #expect(f.linkage == .weakODR && f.flags & GlobalFlags.localUnnamedAddr != 0 && m.name(f.comdat) == "cd")
    #expect(m.name(T.global(m, "g")!.comdat) == "g" && T.global(m, "g")!.linkage == .linkonceODR)
    #expect(T.global(m, "h")!.linkage == .externWeak && T.global(m, "h")!.isDeclaration)
    #expect(T.global(m, "i")!.linkage == .common)
    #expect(T.global(m, "llvm.used")!.linkage == .appending)
    #expect(T.global(m, "0") != nil)
    #expect(T.global(m, "1")!.visibility == .protected)
  }

  @Test func aliasesAndForwardReferences() throws {
    let m = try T.ok("""
      @p = global ptr @later
      @al = hidden alias i32, ptr @later
      @ex = alias i8, getelementptr (i8, ptr @later, i64 2)
      @later = global i32 3
      @fp = global ptr @fn
      define void @fn() {
        ret void
      }
      """)
    #expect(m.aliases.count == 2)
    let later = m.globals.firstIndex { m.name($0.name) == "later" }!
    #expect(T.global(m, "p")!.initializer == .global(later))
    #expect(m.aliases[0].aliasee == .global(later) && m.aliases[0].valueType == .i32 && m.aliases[0].visibility == .hidden)
    #expect(T.global(m, "fp")!.initializer == .function(0))
    let ex = ConstID(raw: UInt32(m.aliases[1].aliasee.index))
    #expect(m.constants[ex].kind == .expr && m.constants.elements(ex).first == .global(later))
  }

  @Test func constantsOfEveryKind() throws {
    let m = try T.ok("""
      %S = type { i8, ptr, [2 x i16] }
      @t = global i1 true
      @f = global i1 false
      @big = global i256 -1
      @huge = global i128 170141183460469231731687303715884105727
      @neg = global i128 -170141183460469231731687303715884105728
      @w = global i72 4722366482869645213695
      @s = global %S { i8 1, ptr null, [2 x i16] [i16 -1, i16 65535] }
      @ps = global <{ i8, i32 }> <{ i8 1, i32 2 }>
      @v = global <2 x float> <float 1.0, float 0x3FE0000000000000>
      @z = global [4 x i32] zeroinitializer
      @u = global i32 undef
      @pz = global i32 poison
      @d = global double 1.000000e+00
      @dh = global double 0x7FF0000000000000
      @x = global x86_fp80 0xK3FFF8000000000000000
      @q = global fp128 0xL00000000000000003FFF000000000000
      @xd = global x86_fp80 1.5
      @qd = global fp128 -2.0
      @e1 = global i64 ptrtoint (ptr @t to i64)
      @e2 = global i64 add (i64 ptrtoint (ptr @t to i64), i64 8)
      @e3 = global ptr getelementptr inbounds nuw ([4 x i32], ptr @z, i64 0, i64 2)
      @e4 = global ptr inttoptr (i64 sub (i64 ptrtoint (ptr @f to i64), i64 ptrtoint (ptr @t to i64)) to ptr)
      @e5 = global ptr getelementptr inbounds inrange(-8, 8) (i8, ptr @t, i64 1)
      """)
    func words(_ n: String) -> [UInt64] { T.intValue(m, T.global(m, n)!.initializer!)! }
    #expect(words("t") == [1] && words("f") == [0])
    #expect(words("big") == [.max, .max, .max, .max])
    #expect(words("huge") == [.max, 0x7FFF_FFFF_FFFF_FFFF])
    #expect(words("neg") == [0, 0x8000_0000_0000_0000])
    #expect(words("w") == [.max, 0xFF])
    let s = ConstID(raw: UInt32(T.global(m, "s")!.initializer!.index))
    #expect(m.constants[s].kind == .aggregate && m.constants.elements(s).count == 3)
    let arr = ConstID(raw: UInt32(m.constants.elements(s).last!.index))
    #expect(m.constants.elements(arr).map { T.intValue(m, $0)! } == [[0xFFFF], [0xFFFF]])
    let v = ConstID(raw: UInt32(T.global(m, "v")!.initializer!.index))
    #expect(m.constants.elements(v).map { m.constants.words(ConstID(raw: UInt32($0.index))).first! } == [0x3FF0_0000_0000_0000, 0x3FE0_0000_0000_0000])
    #expect(m.constants[ConstID(raw: UInt32(T.global(m, "z")!.initializer!.index))].kind == .zero)
    #expect(m.constants[ConstID(raw: UInt32(T.global(m, "u")!.initializer!.index))].kind == .undef)
    #expect(m.constants[ConstID(raw: UInt32(T.global(m, "pz")!.initializer!.index))].kind == .poison)
    func fwords(_ n: String) -> [UInt64] { Array(m.constants.words(ConstID(raw: UInt32(T.global(m, n)!.initializer!.index)))) }
    #expect(fwords("d") == [0x3FF0_0000_0000_0000])
    #expect(fwords("dh") == [0x7FF0_0000_0000_0000])
    #expect(fwords("x") == [0x8000_0000_0000_0000, 0x3FFF])
    #expect(fwords("q") == [0, 0x3FFF_0000_0000_0000])
    #expect(fwords("xd") == [0xC000_0000_0000_0000, 0x3FFF])
    #expect(fwords("qd") == [0, 0xC000_0000_0000_0000])
    let e2 = ConstID(raw: UInt32(T.global(m, "e2")!.initializer!.index))
    #expect(m.constants[e2].kind == .expr && m.constants[e2].opcode == .add)
    let e3 = ConstID(raw: UInt32(T.global(m, "e3")!.initializer!.index))
    #expect(m.constants[e3].opcode == .getelementptr && T.ty(m, m.constants[e3].aux) == "[4 x i32]")
    #expect(UInt8(m.constants[e3].flags) & InstFlags.inbounds != 0 && UInt8(m.constants[e3].flags) & InstFlags.nuw != 0)
    let e4 = ConstID(raw: UInt32(T.global(m, "e4")!.initializer!.index))
    #expect(m.constants[e4].opcode == .inttoptr && m.constants[e4].aux == .i64)
  }

  @Test func deeplyNestedConstants() throws {
    var ty = "i32", val = "i32 7"
    for _ in 0..<20 { val = "[1 x \(ty)] [\(val)]"; ty = "[1 x \(ty)]" }
    let m = try T.ok("@g = global \(val)")
    #expect(m.globals.count == 1)
  }

  @Test func metadata() throws {
    let m = try T.ok("""
      !llvm.module.flags = !{!0, !1}
      !llvm.ident = !{!2}
      !0 = !{i32 7, !"Dwarf Version", i32 5}
      !1 = !{i32 2, !"Debug Info Version", i32 3}
      !2 = !{!"clang version 21"}
      !3 = distinct !DICompileUnit(language: DW_LANG_C11, file: !4, producer: "clang", isOptimized: false, emissionKind: FullDebug, nameTableKind: None)
      !4 = !DIFile(filename: "a.c", directory: "/tmp", checksumkind: CSK_MD5, checksum: "00")
      !5 = !DISubprogram(name: "f", flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition, unit: !3, retainedNodes: !{})
      !6 = !DIEnumerator(name: "big", value: 18446744073709551615, isUnsigned: true)
      !7 = !DISubrange(count: 10, lowerBound: -1)
      !8 = !DIDerivedType(tag: DW_TAG_member, extraData: i64 0, baseType: null)
      !9 = !DIExpression(DW_OP_plus_uconst, 8, DW_OP_LLVM_fragment, 0, 32)
      """)
    #expect(m.metadata.named.count == 2)
    #expect(m.name(m.metadata.named[0].name) == "llvm.module.flags")
    #expect(m.metadata.named[0].nodes == [m.metadata.slots[0]!, m.metadata.slots[1]!])
    let n0 = m.metadata.slots[0]!
    let f0 = Array(m.metadata.fields(of: n0))
    #expect(f0.count == 3 && f0[1].value == .string(m.names.lookup("Dwarf Version")!))
    if case .value(let v, let t) = f0[0].value { #expect(t == .i32 && T.intValue(m, v) == [7]) } else { Issue.record("expected value") }
    let cu = m.metadata.nodes[Int(m.metadata.slots[3]!)]
    #expect(cu.distinct && m.name(cu.kind) == "DICompileUnit")
    let cuf = Array(m.metadata.fields(of: m.metadata.slots[3]!))
    #expect(m.name(cuf[0].name) == "language" && cuf[0].value == .ident(m.names.lookup("DW_LANG_C11")!))
    #expect(cuf[1].value == .node(m.metadata.slots[4]!))
    #expect(cuf[3].value == .ident(m.names.lookup("false")!))
    let sp = Array(m.metadata.fields(of: m.metadata.slots[5]!))
    #expect(sp[1].value == .ident(m.names.lookup("DIFlagPrototyped | DIFlagAllCallsDescribed")!))
    let en = Array(m.metadata.fields(of: m.metadata.slots[6]!))
    #expect(en[1].value == .int(-1))
    #expect(Array(m.metadata.fields(of: m.metadata.slots[7]!))[1].value == .int(-1))
    #expect(Array(m.metadata.fields(of: m.metadata.slots[8]!))[2].value == .null)
    let ex = Array(m.metadata.fields(of: m.metadata.slots[9]!))
    #expect(ex.count == 5 && ex[0].name == .empty && ex[1].value == .int(8))
  }

  @Test func attributeGroupsAndComdatsAreSkipped() throws {
    let m = try T.ok("""
      attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" memory(argmem: readwrite) }
      attributes #1 = { nocallback nofree nosync nounwind willreturn memory(none) }
      $c = comdat largest
      """)
    #expect(m.globals.isEmpty && m.functions.isEmpty)
  }
}
