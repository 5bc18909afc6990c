// ModuleBuilder / FunctionBuilder: programs built in memory have the model's layout (contiguous
// blocks in creation order, renumbered operands, names, attribute lists) and verify clean.

import Testing
import KilnIR
import KilnSupport

/// The example program: recursive factorial, a phi loop summing an array, main calling printf.
func exampleProgram() -> Module {
  let b = ModuleBuilder(triple: "x86_64-unknown-linux-gnu")
  let printf = b.declareFunction(name: "printf", type: b.functionType(.i32, [.ptr], varArg: true))
  let numbersType = b.arrayType(.i32, 4)
  let numbers = b.addGlobal(name: "numbers", type: numbersType,
                            initializer: b.constArray(.i32, [2, 3, 5, 7].map { b.constInt(.i32, $0) }),
                            linkage: .internal, isConstant: true, align: 4)
  let s = b.constString("%d %d\n")
  let fmt = b.addGlobal(name: ".str", type: b.typeOf(s), initializer: s, linkage: .private, isConstant: true)

  let fact = b.addFunction(name: "fact", type: b.functionType(.i32, [.i32]), argNames: ["n"])
  let entry = fact.appendBlock("entry"), base = fact.appendBlock("base"), rec = fact.appendBlock("rec")
  fact.positionAtEnd(entry)
  fact.condBr(fact.icmp(.sle, fact.param(0), b.constInt(.i32, 1), name: "small"), base, rec)
  fact.positionAtEnd(rec)
  let r = fact.call(fact.value, [fact.sub(fact.param(0), b.constInt(.i32, 1), name: "m")], name: "r")
  fact.ret(fact.mul(fact.param(0), r, name: "p"))
  fact.positionAtEnd(base)
  fact.ret(b.constInt(.i32, 1))

  let sum = b.addFunction(name: "sum", type: b.functionType(.i32, [.ptr, .i32]), argNames: ["a", "n"])
  let se = sum.appendBlock("entry"), loop = sum.appendBlock("loop"), done = sum.appendBlock("done")
  sum.positionAtEnd(loop)
  let i = sum.phi(.i32, [(b.constInt(.i32, 0), se)], name: "i")
  let acc = sum.phi(.i32, [(b.constInt(.i32, 0), se)], name: "acc")
  let x = sum.load(.i32, sum.gep(.i32, sum.param(0), [sum.sext(i, to: .i64)]), align: 4, name: "x")
  let acc2 = sum.add(acc, x, name: "acc")   // uniquified to "acc1"
  let i2 = sum.add(i, b.constInt(.i32, 1), name: "i")
  sum.addIncoming(i, i2, from: loop)
  sum.addIncoming(acc, acc2, from: loop)
  sum.condBr(sum.icmp(.slt, i2, sum.param(1)), loop, done)
  sum.positionAtEnd(se)
  sum.br(loop)
  sum.positionAtEnd(done)
  sum.ret(acc2)

  let main = b.addFunction(name: "main", type: b.functionType(.i32, []))
  main.positionAtEnd(main.appendBlock("entry"))
  let fv = main.call(fact.value, [b.constInt(.i32, 5)])
  let sv = main.call(sum.value, [numbers, b.constInt(.i32, 4)])
  main.call(printf, [fmt, fv, sv])
  main.ret(b.constInt(.i32, 0))
  return b.finish()
}

@Suite struct BuilderTests {
  @Test func exampleProgramVerifies() {
    let m = exampleProgram()
    expectClean(m)
    #expect(m.triple == "x86_64-unknown-linux-gnu")
    #expect(m.functions.map { m.name($0.name) } == ["printf", "fact", "sum", "main"])
    #expect(m.functions[0].isDeclaration)
    #expect(m.globals.map { m.name($0.name) } == ["numbers", ".str"])
    #expect(m.types.describe(m.globals[1].valueType, names: m.names) == "[7 x i8]")
  }

  @Test func blocksAreLaidOutContiguouslyInCreationOrder() {
    let m = exampleProgram()
    let sum = m.functions[2]
    #expect(sum.blocks.map { m.name($0.name) } == ["entry", "loop", "done"])
    var next: UInt32 = 0
    for blk in sum.blocks {
      #expect(blk.instStart == next)
      #expect(blk.instEnd > blk.instStart)
      next = blk.instEnd
    }
    #expect(Int(next) == sum.insts.count)
    #expect(sum.instNames.count == sum.insts.count)
    // entry holds just the branch, although it was filled last.
    #expect(sum.insts[0].op == .br)
    #expect(sum.operands(of: InstID(0)).first == .block(BlockID(1)))
    // The loop starts with the two phis, now at IDs 1 and 2, and the phis refer to the
    // renumbered adds.
    #expect(sum.insts[1].op == .phi && sum.insts[2].op == .phi)
    let iPhi = Array(sum.operands(of: InstID(1)))
    #expect(iPhi.count == 4)
    #expect(iPhi[1] == .block(BlockID(0)) && iPhi[3] == .block(BlockID(1)))
    #expect(iPhi[2].tag == .inst && sum.insts[iPhi[2].index].op == .add)
    #expect(m.name(sum.instNames[iPhi[2].index]) == "i1")
  }

  @Test func namesAreUniquifiedAndVoidResultsUnnamed() {
    let m = exampleProgram()
    let sum = m.functions[2]
    let names = sum.instNames.map { m.name($0) }
    #expect(names.contains("acc") && names.contains("acc1"))
    #expect(names.contains("i") && names.contains("i1"))
    #expect(sum.argNames.map { m.name($0) } == ["a", "n"])
    let main = m.functions[3]
    for (k, inst) in main.insts.enumerated() where inst.type == .void { #expect(main.instNames[k] == .empty) }
  }

  @Test func callSitesGetAttributeLists() {
    let b = ModuleBuilder()
    let g = b.declareFunction(name: "g", type: b.functionType(.void, [.i8, .ptr]))
    let f = b.addFunction(name: "f", type: b.functionType(.void, [.i8]))
    var sx = ParamAttrs(); sx.flags = ParamAttrs.signext
    f.setParamAttrs(0, sx)
    f.positionAtEnd(f.appendBlock())
    var byval = ParamAttrs(); byval.flags = ParamAttrs.byval; byval.type = b.structType([.i64, .i64])
    let slot = f.alloca(byval.type, align: 8)
    f.call(g, [f.param(0), slot], attrs: [sx, byval])
    f.retVoid()
    let m = b.finish()
    expectClean(m)
    let fn = m.functions[1]
    #expect(fn.paramAttr(0).has(ParamAttrs.signext))
    let call = fn.insts[1]
    #expect(call.op == .call && call.aux == m.functions[0].type.raw)
    #expect(Int(call.aux2) == 2)   // after f's own return + 1 parameter
    #expect(fn.paramAttrs[Int(call.aux2) + 1].has(ParamAttrs.signext))
    #expect(fn.paramAttrs[Int(call.aux2) + 2].has(ParamAttrs.byval))
    #expect(fn.insts[0].align == 8 && fn.insts[0].aux == byval.type.raw)
  }

  @Test func constantsAreTruncatedToTheirWidth() {
    let b = ModuleBuilder()
    let m1 = b.constInt(.i8, -1), m2 = b.constInt(.i8, 255)
    #expect(m1 == m2)   // both are i8 0xff, interned once
    let big = b.constInt(.i8, 300)
    let i128m1 = b.constInt(.i128, -1)
    let m = b.finish()
    #expect(m.constants.words(ConstID(raw: UInt32(m1.index))) == [0xFF])
    #expect(m.constants.words(ConstID(raw: UInt32(big.index))) == [300])
    #expect(m.constants.words(ConstID(raw: UInt32(i128m1.index))) == [.max, .max])
  }

  @Test func memoryAggregateAndCastHelpers() {
    let b = ModuleBuilder()
    let pair = b.structType([.i32, .double])
    let f = b.addFunction(name: "f", type: b.functionType(.double, [.ptr, pair]), argNames: ["p", "s"])
    f.positionAtEnd(f.appendBlock("entry"))
    let fld = f.structGEP(pair, f.param(0), 1, name: "fld")
    let d = f.load(.double, fld, align: 8, volatile: true, name: "d")
    let e = f.extractValue(f.param(1), [1], name: "e")
    let s2 = f.insertValue(f.param(1), f.fadd(d, e), [1], name: "s2")
    f.store(s2, f.param(0), align: 8, volatile: true)
    let n = f.extractValue(s2, [0], name: "n")
    let asF = f.sitofp(f.trunc(f.zext(n, to: .i64), to: .i16), to: .double)
    f.ret(f.select(f.fcmp(.ogt, asF, d), asF, f.fneg(d)))
    let m = b.finish()
    expectClean(m)
    let fn = m.functions[0]
    #expect(fn.insts[1].flags & InstFlags.volatile != 0)
    #expect(fn.insts[2].type == .double)
    #expect(Array(fn.extra[Int(fn.insts[2].aux)..<Int(fn.insts[2].aux + fn.insts[2].aux2)]) == [1])
  }

  @Test func switchCasesAddedLater() {
    let b = ModuleBuilder()
    let f = b.addFunction(name: "f", type: b.functionType(.i32, [.i32]))
    let e = f.appendBlock("entry"), one = f.appendBlock("one"), d = f.appendBlock("d"), join = f.appendBlock("join")
    f.positionAtEnd(e)
    let sw = f.switch_(f.param(0), default: d)
    f.positionAtEnd(one); f.br(join)
    f.positionAtEnd(d); f.br(join)
    f.positionAtEnd(join)
    let p = f.phi(.i32, name: "p")
    f.addIncoming(p, b.constInt(.i32, 10), from: one)
    f.ret(p)
    f.addCase(sw, b.constInt(.i32, 1), one)
    f.addIncoming(p, b.constInt(.i32, 20), from: d)
    let m = b.finish()
    expectClean(m)
    #expect(m.functions[0].operands(of: InstID(0)).count == 4)
    #expect(m.functions[0].operands(of: m.functions[0].terminator(BlockID(3))).count == 1)
  }

  @Test func everyOpcodeHasAHelperThatVerifies() {
    let b = ModuleBuilder()
    let v2 = b.vectorType(.float, 2)
    let pers = b.declareFunction(name: "pers", type: b.functionType(.i32, [], varArg: true))
    let may = b.declareFunction(name: "may_throw", type: b.functionType(.i64, [.i64]))
    let f = b.addFunction(name: "all", type: b.functionType(.i64, [.i64, .i64, .float, .ptr, v2], varArg: true),
                          argNames: ["a", "c", "x", "p", "v"])
    f.setPersonality(pers)
    let e = f.appendBlock("entry"), cont = f.appendBlock("cont"), pad = f.appendBlock("pad"), end = f.appendBlock("end")
    f.positionAtEnd(e)
    let a = f.param(0), c = f.param(1), x = f.param(2), p = f.param(3), v = f.param(4)
    var acc = a
    for op in [Opcode.add, .sub, .mul, .udiv, .sdiv, .urem, .srem, .shl, .lshr, .ashr, .and, .or, .xor] {
      acc = f.binary(op, acc, c)
    }
    var fx = x
    for op in [Opcode.fadd, .fsub, .fmul, .fdiv, .frem] { fx = f.binary(op, fx, x) }
    fx = f.fneg(f.freeze(fx))
    let lane = f.extractElement(v, b.constInt(.i32, 0))
    let v3 = f.insertElement(v, f.fadd(lane, fx), b.constInt(.i32, 1))
    f.store(v3, p, align: 8)
    let list = f.alloca(b.arrayType(.i8, 24), align: 16)
    let va = f.vaArg(list, .i32)
    let wide = f.sext(va, to: .i64)
    let r = f.invoke(may, [f.add(acc, wide)], normal: cont, unwind: pad, name: "r")
    f.positionAtEnd(cont)
    f.br(end)
    f.positionAtEnd(pad)
    let lp = f.landingpad(b.structType([.ptr, .i32]), cleanup: true, clauses: [(.catch, b.constNull())])
    f.resume(lp)
    f.positionAtEnd(end)
    f.ret(r)
    let m = b.finish()
    expectClean(m)
    let used = Set(m.functions[2].insts.map(\.op))
    for op in [Opcode.invoke, .landingpad, .resume, .vaArg, .extractelement, .insertelement, .freeze, .fneg, .frem, .ashr] {
      #expect(used.contains(op))
    }
  }
}
