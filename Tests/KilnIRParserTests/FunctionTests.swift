// Function headers, arguments and attributes, locals (numbered, named, quoted, forward), blocks,
// and every instruction of the subset with its operand layout, flags, alignment and `!dbg`.

import KilnIR
import KilnIRParser
import KilnSupport
import Testing

@Suite struct FunctionTests {
  @Test func headerAttributesAndArguments() throws {
    let m = try T.ok("""
      %struct.S = type { i64, i64 }
      declare void @ext(ptr writeonly captures(none), i8, i64, i1 immarg) #2
      declare i32 @printf(ptr noundef, ...)
      define internal fastcc signext i16 @f(i16 noundef signext %0, i8 zeroext %x, ptr byval(%struct.S) align 8 %1, ptr noalias sret(%struct.S) align 4 %"q r", i64 inreg alignstack(16) %2, ptr nonnull dereferenceable(8) range(i32 0, 5) %3) unnamed_addr #0 section ".text.f" align 16 !dbg !7 {
        ret i16 %0
      }
      define coldcc void @g() personality ptr @printf {
        ret void
      }
      !7 = distinct !DISubprogram(name: "f")
      """)
    let ext = try #require(T.fn(m, "ext"))
    #expect(ext.isDeclaration && ext.argTypes == [.ptr, .i8, .i64, .i1])
    #expect(m.types.isVarArg(try #require(T.fn(m, "printf")).type))
    let f = try #require(T.fn(m, "f"))
    #expect(f.linkage == .internal && f.callingConv == .fast && f.flags & GlobalFlags.unnamedAddr != 0)
    #expect(m.name(f.section) == ".text.f" && f.alignLog2Plus1 == 5)
    #expect(f.returnAttrs().has(ParamAttrs.signext))
    #expect(f.paramAttrs.count == 7)
    #expect(f.paramAttr(0).has(ParamAttrs.signext))
    #expect(f.paramAttr(1).has(ParamAttrs.zeroext))
    #expect(f.paramAttr(2).has(ParamAttrs.byval) && T.ty(m, f.paramAttr(2).type) == "%struct.S" && f.paramAttr(2).align == 8)
    #expect(f.paramAttr(3).has(ParamAttrs.sret) && f.paramAttr(3).has(ParamAttrs.noalias) && f.paramAttr(3).align == 4)
    #expect(f.paramAttr(4).has(ParamAttrs.inreg) && f.paramAttr(4).has(ParamAttrs.alignstack) && f.paramAttr(4).align == 16)
    #expect(f.paramAttr(5).flags == 0)
    #expect(m.name(f.argNames[1]) == "x" && m.name(f.argNames[3]) == "q r" && f.argNames[0] == .empty)
    #expect(f.argLocs.count == 6)
    #expect(f.dbg == m.metadata.slots[7]!)
    let g = try #require(T.fn(m, "g"))
    #expect(g.callingConv == .cold && g.personality == .function(m.functions.firstIndex { m.name($0.name) == "printf" }!))
  }

  @Test func localsBlocksAndForwardReferences() throws {
    let m = try T.ok("""
      define i32 @f(i32 %0, i1 %c) {
        br i1 %c, label %then, label %2
      then:
        %x = add i32 %0, 1
        br label %exit
      2:
        %3 = mul i32 %0, 2
        br label %exit
      exit:
        %r = phi i32 [ %x, %then ], [ %3, %2 ], [ %late, %loop ]
        ret i32 %r
      loop:
        %late = add i32 %r, 1
        br label %exit
      }
      """)
    let f = try #require(m.functions.first)
    #expect(f.blocks.count == 5)
    #expect(f.blocks[0].name == .empty && m.name(f.blocks[1].name) == "then" && f.blocks[2].name == .empty)
    #expect(T.ops(f, 0) == [.argument(1), .block(BlockID(1)), .block(BlockID(2))])
    let phi = try #require(f.insts.firstIndex { $0.op == .phi })
    let late = try #require(f.instNames.firstIndex { $0 != .empty && m.name($0) == "late" })
    #expect(T.ops(f, phi) == [.inst(InstID(1)), .block(BlockID(1)), .inst(InstID(3)), .block(BlockID(2)), .inst(InstID(late)), .block(BlockID(4))])
    #expect(f.blocks.map(\.instRange) == [0..<1, 1..<3, 3..<5, 5..<7, 7..<9])
  }

  @Test func memoryInstructions() throws {
    let m = try T.ok("""
      %struct.S = type { i32, [4 x i8] }
      define void @f(i64 %n, ptr %p) {
        %a = alloca i32, align 4
        %b = alloca [10 x i32], i64 %n, align 16
        %c = alloca %struct.S
        %v = load volatile i32, ptr %a, align 4, !tbaa !1
        store volatile i32 %v, ptr %a, align 2
        %g = getelementptr inbounds nuw %struct.S, ptr %c, i32 0, i32 1, i64 %n
        %h = getelementptr i8, ptr %p, i64 -8
        %i = getelementptr nusw [10 x i32], ptr %b, i64 0, i64 3
        store i64 %n, ptr %g, align 1
        ret void
      }
      !1 = !{!"int"}
      """)
    let f = try #require(m.functions.first)
    #expect(f.insts[0].op == .alloca && f.insts[0].aux == TypeID.i32.raw && f.insts[0].align == 4 && f.insts[0].type == .ptr)
    #expect(T.intValue(m, T.ops(f, 0)[0]) == [1] && m.type(of: T.ops(f, 0)[0], in: f) == .i32)
    #expect(T.ops(f, 1) == [.argument(0)] && T.ty(m, TypeID(raw: f.insts[1].aux)) == "[10 x i32]")
    #expect(f.insts[2].align == nil)
    #expect(f.insts[3].op == .load && f.insts[3].flags & InstFlags.volatile != 0 && f.insts[3].type == .i32)
    #expect(f.insts[4].op == .store && T.ops(f, 4) == [.inst(InstID(3)), .inst(InstID(0))] && f.insts[4].align == 2)
    #expect(f.insts[5].flags & InstFlags.inbounds != 0 && f.insts[5].flags & InstFlags.nuw != 0 && T.ops(f, 5).count == 4)
    #expect(f.insts[7].flags == InstFlags.nusw)
  }

  @Test func arithmeticCastsCompares() throws {
    let m = try T.ok("""
      define i1 @f(i32 %a, i64 %b, double %d, ptr %p, i24 %o) {
        %1 = add nuw nsw i32 %a, 1
        %2 = sdiv exact i32 %1, -3
        %3 = or disjoint i32 %2, 8
        %4 = shl nsw i64 %b, 63
        %5 = fadd fast double %d, 1.5
        %6 = fneg nnan double %5
        %7 = frem double %6, %d
        %8 = trunc nuw i64 %b to i24
        %9 = zext nneg i24 %8 to i64
        %10 = sitofp i32 %a to float
        %11 = fpext float %10 to double
        %12 = ptrtoint ptr %p to i64
        %13 = inttoptr i64 %12 to ptr
        %14 = bitcast ptr %13 to ptr
        %15 = icmp samesign ult i32 %a, 10
        %16 = fcmp contract une double %d, 0.0
        %17 = icmp eq ptr %p, null
        %18 = select i1 %15, i24 %o, i24 -1
        %19 = freeze i32 %a
        %20 = fcmp true double %d, %d
        ret i1 %17
      }
      """)
    let f = try #require(m.functions.first)
    #expect(f.insts[0].op == .add && f.insts[0].flags == InstFlags.nuw | InstFlags.nsw)
    #expect(f.insts[1].flags == InstFlags.exact && T.intValue(m, T.ops(f, 1)[1]) == [0xFFFF_FFFD])
    #expect(f.insts[2].flags == InstFlags.disjoint)
    #expect(f.insts[4].op == .fadd && f.insts[5].op == .fneg && f.insts[6].op == .frem)
    #expect(f.insts[7].op == .trunc && T.ty(m, f.insts[7].type) == "i24" && f.insts[7].flags == InstFlags.nuw)
    #expect(f.insts[8].flags == InstFlags.nneg)
    #expect(f.insts[14].op == .icmp && f.insts[14].pred == IntPredicate.ult.rawValue && f.insts[14].type == .i1)
    #expect(f.insts[15].pred == FloatPredicate.une.rawValue)
    #expect(f.insts[17].op == .select && T.intValue(m, T.ops(f, 17)[2]) == [0xFF_FFFF])
    #expect(f.insts[18].op == .freeze && f.insts[19].pred == FloatPredicate.true_.rawValue)
  }

  @Test func callsAndInvokes() throws {
    let m = try T.ok("""
      declare i32 @printf(ptr, ...)
      declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
      declare i32 @__gxx_personality_v0(...)
      define i32 @f(ptr %fp, ptr %s) personality ptr @__gxx_personality_v0 {
        %1 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef signext 3, double 1.0)
        tail call void @llvm.memcpy.p0.p0.i64(ptr align 4 %s, ptr align 1 %s, i64 8, i1 false) #3
        %2 = musttail call fastcc i32 %fp(i32 1)
        %3 = notail call noundef zeroext i8 null()
        %4 = invoke i32 @g(i32 1) to label %ok unwind label %lp
      ok:
        ret i32 %4
      lp:
        %5 = landingpad { ptr, i32 } cleanup catch ptr @.str filter [1 x ptr] [ptr @.str]
        resume { ptr, i32 } %5
      }
      define i32 @g(i32 %x) {
        ret i32 %x
      }
      @.str = private constant [3 x i8] c"%d\\00"
      """)
    let f = try #require(T.fn(m, "f"))
    let c0 = f.insts[0]
    #expect(c0.op == .call && T.ty(m, TypeID(raw: c0.aux)) == "i32 (ptr, ...)" && T.ops(f, 0).count == 4)
    #expect(f.paramAttrs[Int(c0.aux2) + 2].has(ParamAttrs.signext))
    let c1 = f.insts[1]
    #expect(c1.flags == InstFlags.tail && c1.type == .void && f.paramAttrs[Int(c1.aux2) + 1].align == 4)
    #expect(f.insts[2].flags == InstFlags.musttail && T.ops(f, 2)[0] == .argument(0) && T.ty(m, TypeID(raw: f.insts[2].aux)) == "i32 (i32)")
    let c3 = f.insts[3]
    #expect(c3.flags == InstFlags.notail && f.paramAttrs[Int(c3.aux2)].has(ParamAttrs.zeroext) && c3.type == .i8)
    let inv = f.insts[4]
    #expect(inv.op == .invoke && T.ops(f, 4).suffix(2) == [.block(BlockID(1)), .block(BlockID(2))])
    #expect(T.ops(f, 4)[0] == .function(m.functions.firstIndex { m.name($0.name) == "g" }!))
    let lp = f.insts[6]
    #expect(lp.op == .landingpad && lp.flags == InstFlags.cleanup && lp.operandCount == 2)
    #expect(Array(f.extra[Int(lp.aux)..<Int(lp.aux) + 2]) == [0, 1])
    #expect(f.insts[7].op == .resume)
  }

  @Test func switchPhiAggregatesVectorsVaArg() throws {
    let m = try T.ok("""
      define { i64, i64 } @f(i8 %c, ptr %ap, <2 x float> %v) {
        switch i8 %c, label %d [
          i8 1, label %a
          i8 -2, label %a
        ]
      a:
        %x = va_arg ptr %ap, i32
        %e = extractelement <2 x float> %v, i32 1
        %ins = insertelement <2 x float> %v, float %e, i64 0
        br label %d
      d:
        %p = phi i32 [ 0, %0 ], [ %x, %a ]
        %s0 = insertvalue { i64, i64 } undef, i64 1, 0
        %s1 = insertvalue { i64, i64 } %s0, i64 2, 1
        %n = insertvalue { [2 x i32], i8 } poison, i32 %p, 0, 1
        %y = extractvalue { [2 x i32], i8 } %n, 0, 1
        ret { i64, i64 } %s1
      }
      """)
    let f = try #require(m.functions.first)
    #expect(f.insts[0].op == .switch_ && T.ops(f, 0).count == 6)
    #expect(T.intValue(m, T.ops(f, 0)[4]) == [0xFE])
    #expect(f.insts[1].op == .vaArg && f.insts[1].type == .i32)
    #expect(f.insts[2].op == .extractelement && f.insts[2].type == .float)
    #expect(f.insts[3].op == .insertelement)
    #expect(T.ops(f, 5) == [T.ops(f, 5)[0], .block(BlockID(0)), .inst(InstID(1)), .block(BlockID(1))])
    let ev = f.insts[9]
    #expect(ev.op == .extractvalue && ev.type == .i32 && Array(f.extra[Int(ev.aux)..<Int(ev.aux + ev.aux2)]) == [0, 1])
    let iv = f.insts[8]
    #expect(iv.op == .insertvalue && T.ops(f, 8).count == 2 && iv.aux2 == 2)
  }

  @Test func debugRecordsAndMetadataOperands() throws {
    let m = try T.ok("""
      declare void @llvm.dbg.declare(metadata, metadata, metadata)
      define void @f(i32 %a) !dbg !3 {
        %p = alloca i32, align 4
          #dbg_declare(ptr %p, !5, !DIExpression(), !6)
          #dbg_value(i32 %a, !5, !DIExpression(DW_OP_LLVM_fragment, 0, 16), !6)
          #dbg_value(!DIArgList(i32 %a, ptr %p), !5, !DIExpression(), !6)
          #dbg_assign(i32 %a, !5, !DIExpression(), !7, ptr %p, !DIExpression(), !6)
          #dbg_label(!8, !6)
        call void @llvm.dbg.declare(metadata ptr %p, metadata !5, metadata !DIExpression()), !dbg !6
        store i32 %a, ptr %p, align 4, !dbg !6, !llvm.access.group !9
        ret void, !dbg !DILocation(line: 9, scope: !3)
      }
      !3 = distinct !DISubprogram(name: "f")
      !5 = !DILocalVariable(name: "x", scope: !3)
      !6 = !DILocation(line: 2, column: 3, scope: !3)
      !7 = distinct !DIAssignID()
      !8 = !DILabel(scope: !3, name: "l")
      !9 = distinct !{}
      """)
    let f = try #require(T.fn(m, "f"))
    #expect(f.dbg == m.metadata.slots[3]!)
    let recs = f.insts.enumerated().filter { $0.element.op == .dbgRecord }
    #expect(recs.map { $0.element.pred } == [0, 1, 1, 2, 3])
    #expect(recs.map { $0.element.operandCount } == [4, 4, 4, 7, 2])
    let d0 = T.ops(f, recs[0].offset)
    #expect(d0.allSatisfy { $0.tag == .metadata })
    let wrap = m.metadata.nodes[d0[0].index]
    #expect(m.name(wrap.kind) == "ValueAsMetadata")
    #expect(m.metadata.fields(of: UInt32(d0[0].index)).first?.value == .value(.inst(InstID(0)), .ptr))
    #expect(d0[1] == .metadata(Int(m.metadata.slots[5]!)))
    #expect(recs[0].element.dbg == m.metadata.slots[6]!)
    let argList = T.ops(f, recs[2].offset)[0]
    #expect(m.name(m.metadata.nodes[argList.index].kind) == "DIArgList")
    #expect(m.metadata.fields(of: UInt32(argList.index)).map(\.value) == [.value(.argument(0), .i32), .value(.inst(InstID(0)), .ptr)])
    let call = try #require(f.insts.firstIndex { $0.op == .call })
    #expect(T.ops(f, call).count == 4 && T.ops(f, call).dropFirst().allSatisfy { $0.tag == .metadata })
    #expect(f.insts[call].dbg == m.metadata.slots[6]!)
    let ret = try #require(f.insts.last)
    #expect(ret.dbg != .max && m.name(m.metadata.nodes[Int(ret.dbg)].kind) == "DILocation")
    #expect(f.insts[call + 1].dbg == m.metadata.slots[6]!)
  }

  @Test func instructionLocations() throws {
    let text = """
      define i32 @f(i32 %a) {
        %x = add i32 %a, 1
        store i32 %x, ptr null
        ret i32 %x
      }
      """
    let m = try T.ok(text)
    let file = SourceFile(path: "t.ll", text: text)
    let f = try #require(m.functions.first)
    #expect(f.insts.map { file.lineColumn(of: Int($0.loc.offset)).line } == [2, 3, 4])
    #expect(file.lineColumn(of: Int(f.insts[0].loc.offset)).column == 3)
    #expect(file.lineColumn(of: Int(f.loc.offset)) == (1, 12))
    #expect(file.lineColumn(of: Int(f.argLocs[0].offset)) == (1, 19))
  }
}
