// Tests of SSAVerifier: a well-formed hand-built function passes, and each check fires (with
// its exact message) on a function broken in one specific way. `HandSSA` (also used by the CFG
// and printer tests) builds SFunctions by appending to the flat arrays directly.

import Testing
import KilnSupport
import KilnIR
@testable import KilnSSA

/// Builds one function (and a module around it) by direct array construction.
struct HandSSA {
  var m: SModule
  var f: SFunction
  private var current = -1

  init(target: TargetDesc = .x86_64, name: String = "f", params: [SType], returns: [SType],
       varArgFixed: Int? = nil) {
    m = SModule(target: target)
    var sym = SSymbol(name: name, kind: .function, binding: .global, isDefined: true)
    sym.definition = 0
    m.symbols.append(sym)
    f = SFunction(symbol: SymbolID(0))
    _ = sig(params, returns, varArgFixed: varArgFixed)
  }

  /// Adds a signature; returns its index.
  @discardableResult
  mutating func sig(_ params: [SType], _ returns: [SType], varArgFixed: Int? = nil) -> UInt32 {
    let ps = UInt32(f.abiParams.count)
    for p in params { f.abiParams.append(AbiParam(p)) }
    let rs = UInt32(f.abiParams.count)
    for r in returns { f.abiParams.append(AbiParam(r)) }
    f.signatures.append(Signature(paramStart: ps, paramCount: UInt32(params.count), retStart: rs,
                                  retCount: UInt32(returns.count),
                                  fixedCount: UInt32(varArgFixed ?? params.count), isVarArg: varArgFixed != nil))
    return UInt32(f.signatures.count - 1)
  }

  /// Adds an external (or defined-elsewhere) symbol; returns its id.
  mutating func symbol(_ name: String, _ kind: SymbolKind) -> SymbolID {
    m.symbols.append(SSymbol(name: name, kind: kind, binding: .global, isDefined: false))
    return SymbolID(m.symbols.count - 1)
  }

  /// Creates a block with parameters of the given types (values defined now).
  mutating func block(_ types: [SType] = []) -> (SBlockID, [SValue]) {
    var blk = SBlock()
    blk.paramStart = UInt32(f.blockParams.count)
    blk.paramCount = UInt32(types.count)
    let b = f.blocks.count
    var vs: [SValue] = []
    for (k, t) in types.enumerated() {
      let v = SValue(f.values.count)
      f.values.append(SValueDef(type: t, isParam: true, owner: UInt32(b), index: UInt32(k)))
      f.blockParams.append(v)
      vs.append(v)
    }
    blk.instStart = UInt32(f.insts.count); blk.instEnd = blk.instStart
    f.blocks.append(blk)
    return (SBlockID(b), vs)
  }

  /// Starts appending instructions to `b` (blocks must be filled one after another).
  mutating func at(_ b: SBlockID) {
    current = b.index
    f.blocks[current].instStart = UInt32(f.insts.count)
    f.blocks[current].instEnd = UInt32(f.insts.count)
  }

  /// Appends an instruction; returns its results.
  @discardableResult
  mutating func add(_ op: SOp, _ type: SType, _ operands: [SValue] = [], results: [SType] = [],
                    succs: [(SBlockID, [SValue])] = [], cases: [UInt64] = [],
                    imm: Int64 = 0, aux: UInt32 = 0, aux2: UInt32 = 0, cc: UInt8 = 0, flags: UInt8 = 0) -> [SValue] {
    var inst = SInst(op: op, type: type)
    inst.operandStart = UInt32(f.operands.count)
    inst.operandCount = UInt32(operands.count)
    f.operands.append(contentsOf: operands)
    inst.imm = imm; inst.aux = aux; inst.aux2 = aux2; inst.cc = cc; inst.flags = flags
    let idx = f.insts.count
    var rs: [SValue] = []
    if !results.isEmpty {
      inst.result = SValue(f.values.count)
      inst.resultCount = UInt8(results.count)
      for (k, t) in results.enumerated() {
        rs.append(SValue(f.values.count))
        f.values.append(SValueDef(type: t, isParam: false, owner: UInt32(idx), index: UInt32(k)))
      }
    }
    inst.succStart = UInt32(f.succs.count)
    inst.succCount = UInt32(succs.count)
    for (b, args) in succs {
      f.succs.append(SBlockCall(block: b, argStart: UInt32(f.blockArgs.count), argCount: UInt32(args.count)))
      f.blockArgs.append(contentsOf: args)
    }
    inst.caseStart = UInt32(f.switchCases.count)
    f.switchCases.append(contentsOf: cases)
    f.insts.append(inst)
    if current >= 0 { f.blocks[current].instEnd = UInt32(f.insts.count) }
    return rs
  }

  /// One-result instruction of `type`.
  mutating func v(_ op: SOp, _ type: SType, _ operands: [SValue] = [], imm: Int64 = 0, aux: UInt32 = 0, cc: UInt8 = 0) -> SValue {
    add(op, type, operands, results: [type], imm: imm, aux: aux, cc: cc)[0]
  }

  /// The module with this function as its only function.
  var module: SModule {
    var mm = m
    mm.functions = [f]
    return mm
  }
  func errors() -> [String] { SSAVerifier.verify(module) }
}

/// `fn f(i32 a, i64 b) -> i32 { x = a + 1; if x < a { return x } else { return a } }`-style function.
func sampleFunction(target: TargetDesc = .x86_64) -> HandSSA {
  var h = HandSSA(target: target, name: "main", params: [.i32, .i64], returns: [.i32])
  let (b0, p) = h.block([.i32, .i64])
  let (b1, q) = h.block([.i32])
  let (b2, _) = h.block()
  h.at(b0)
  let one = h.v(.iconst, .i32, imm: 1)
  let sum = h.v(.iadd, .i32, [p[0], one])
  let lt = h.add(.icmp, .i32, [sum, p[0]], results: [.i8], cc: IntPredicate.slt.rawValue)[0]
  h.add(.brif, .none, [lt], succs: [(b1, [sum]), (b2, [])])
  h.at(b1)
  h.add(.ret, .none, [q[0]])
  h.at(b2)
  h.add(.ret, .none, [p[0]])
  return h
}

func expectOneError(_ h: HandSSA, _ substring: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let errs = h.errors()
  #expect(errs.contains { $0.contains(substring) }, "expected an error containing \(substring), got \(errs)", sourceLocation: sourceLocation)
}

@Suite struct SSAVerifierTests {
  @Test func validFunctionPasses() {
    #expect(sampleFunction().errors() == [])
    #expect(sampleFunction(target: .wasm32).errors() == [])
  }

  @Test func messagesNameFunctionBlockAndInstruction() {
    var h = sampleFunction()
    h.f.values[4].type = .i64   // v4 = iadd result
    let errs = h.errors()
    #expect(errs.contains("function @main: block0: 'v4 = iadd.i32 v0, v3': result v4 has type i64, expected i32"), "\(errs)")
  }

  @Test func emptyBlockAndMissingTerminator() {
    var h = sampleFunction()
    h.f.blocks[2].instEnd = h.f.blocks[2].instStart
    expectOneError(h, "block2: block is empty")
    var g = sampleFunction()
    g.f.insts[Int(g.f.blocks[1].instStart)].op = .trap
    expectOneError(g, "block1 does not end in a terminator")
  }

  @Test func terminatorInTheMiddle() {
    var h = HandSSA(params: [], returns: [])
    let (b0, _) = h.block()
    h.at(b0)
    h.add(.ret, .none)
    h.add(.ret, .none)
    expectOneError(h, "terminator in the middle of block0")
  }

  @Test func successorCounts() {
    var h = sampleFunction()
    let bi = Int(h.f.blocks[0].instEnd) - 1
    h.f.insts[bi].succCount = 1
    expectOneError(h, "brif needs 2 successors, got 1")
    var j = HandSSA(params: [], returns: [])
    let (b0, _) = j.block(); let (b1, _) = j.block()
    j.at(b0); j.add(.jump, .none, succs: [(b1, []), (b1, [])])
    j.at(b1); j.add(.ret, .none)
    expectOneError(j, "jump needs 1 successor, got 2")
    var r = HandSSA(params: [], returns: [])
    let (c0, _) = r.block(); let (c1, _) = r.block()
    r.at(c0); r.add(.unreachable, .none, succs: [(c1, [])])
    r.at(c1); r.add(.ret, .none)
    expectOneError(r, "unreachable needs 0 successors, got 1")
  }

  @Test func blockCallArguments() {
    var h = sampleFunction()
    h.f.succs[0].argCount = 0
    expectOneError(h, "block1 takes 1 parameters, the branch passes 0")
    var g = sampleFunction()
    g.f.blockArgs[0] = SValue(1)   // the i64 parameter
    expectOneError(g, "argument 0 (v1) to block1 has type i64, parameter v2 is i32")
  }

  @Test func branchToEntryBlock() {
    var h = HandSSA(params: [], returns: [])
    let (b0, _) = h.block()
    h.at(b0); h.add(.jump, .none, succs: [(b0, [])])
    expectOneError(h, "branch to the entry block")
  }

  @Test func entryBlockMatchesSignature() {
    var h = sampleFunction()
    h.f.abiParams[1].type = .i32
    expectOneError(h, "entry parameter 1 (v1) has type i64, the signature says i32")
    var g = sampleFunction()
    g.f.signatures[0].paramCount = 1; g.f.signatures[0].fixedCount = 1
    expectOneError(g, "entry block has 2 parameters, the signature has 1")
  }

  @Test func retMatchesSignature() {
    var h = sampleFunction()
    h.f.abiParams[2].type = .i64
    expectOneError(h, "operand 0 (v2) has type i32, expected i64")
    var g = sampleFunction()
    g.f.insts[Int(g.f.blocks[2].instStart)].operandCount = 0
    expectOneError(g, "ret has 0 values, the signature returns 1")
  }

  @Test func definitions() {
    var h = sampleFunction()
    h.f.values[5] = SValueDef(type: .i32, isParam: false, owner: 3, index: 0)
    expectOneError(h, "v5 is result 0 of inst 2, but the values table says result 0 of inst 3")
    var g = sampleFunction()
    g.f.values.append(SValueDef(type: .i32, isParam: false, owner: 0, index: 1))
    expectOneError(g, "v6 is never defined (the values table says result 1 of inst 0)")
    var d = sampleFunction()
    d.f.blockParams[2] = SValue(0)   // block1's parameter is v0 again
    expectOneError(d, "block1: v0 is defined more than once")
    var p = sampleFunction()
    p.f.values[2].owner = 2
    expectOneError(p, "v2 is parameter 0 of block1, but the values table says parameter 0 of block2")
  }

  @Test func dominance() {
    // block2 uses v2 (block1's parameter): block1 does not dominate block2.
    var h = sampleFunction()
    h.f.operands[Int(h.f.insts[Int(h.f.blocks[2].instStart)].operandStart)] = SValue(2)
    expectOneError(h, "block2: 'ret v2': operand 0 (v2) is not dominated by its definition")
    // use before def in the same block
    var g = HandSSA(params: [], returns: [.i32])
    let (b0, _) = g.block()
    g.at(b0)
    let later = SValue(g.f.values.count + 1)
    let a = g.v(.iadd, .i32, [later, later])
    _ = g.v(.iconst, .i32, imm: 7)
    g.add(.ret, .none, [a])
    expectOneError(g, "operand 0 (v1) is not dominated by its definition")
    // a use in branch arguments is at the end of the predecessor: fine
    #expect(sampleFunction().errors() == [])
  }

  @Test func unreachableBlocksOnlyCheckLocalOrder() {
    var h = HandSSA(params: [.i32], returns: [.i32])
    let (b0, p) = h.block([.i32])
    let (b1, _) = h.block()
    h.at(b0); h.add(.ret, .none, [p[0]])
    h.at(b1)
    let x = h.v(.iadd, .i32, [p[0], p[0]])
    h.add(.ret, .none, [x])
    #expect(h.errors() == [])
  }

  @Test func integerOps() {
    var h = sampleFunction()
    h.f.values[4].type = .i64; h.f.insts[1].type = .i64
    expectOneError(h, "operand 0 (v0) has type i32, expected i64")
    var g = sampleFunction()
    g.f.insts[1].type = .f32
    expectOneError(g, "iadd needs an integer type, got f32")
    var c = sampleFunction()
    c.f.values[5].type = .i32
    expectOneError(c, "result v5 has type i32, expected i8")
    var p = sampleFunction()
    p.f.insts[2].cc = 10
    expectOneError(p, "icmp predicate 10 out of range")
    var n = sampleFunction()
    n.f.insts[1].operandCount = 1
    expectOneError(n, "expected 2 operands, got 1")
  }

  @Test func iconstMustFitUnsigned() {
    var h = HandSSA(params: [], returns: [.i8])
    let (b0, _) = h.block()
    h.at(b0)
    let c = h.v(.iconst, .i8, imm: -1)
    h.add(.ret, .none, [c])
    expectOneError(h, "iconst value -1 does not fit i8 (bits above the type must be zero)")
    var g = HandSSA(params: [], returns: [.i8])
    let (c0, _) = g.block()
    g.at(c0)
    let d = g.v(.iconst, .i8, imm: 255)
    g.add(.ret, .none, [d])
    #expect(g.errors() == [])
  }

  /// A function `(x: from) -> to { ret op(x) }`.
  func conversion(_ op: SOp, _ from: SType, _ to: SType) -> HandSSA {
    var h = HandSSA(params: [from], returns: [to])
    let (b0, p) = h.block([from])
    h.at(b0)
    let r = h.v(op, to, [p[0]])
    h.add(.ret, .none, [r])
    return h
  }

  @Test func conversions() {
    #expect(conversion(.uextend, .i8, .i32).errors() == [])
    #expect(conversion(.sextend, .i32, .i64).errors() == [])
    #expect(conversion(.ireduce, .i64, .i16).errors() == [])
    #expect(conversion(.fpromote, .f32, .f64).errors() == [])
    #expect(conversion(.fdemote, .f64, .f32).errors() == [])
    #expect(conversion(.bitcast, .i64, .f64).errors() == [])
    #expect(conversion(.bitcast, .f32, .i32).errors() == [])
    #expect(conversion(.fcvtToSInt, .f64, .i32).errors() == [])
    #expect(conversion(.fcvtFromUInt, .i64, .f32).errors() == [])
    expectOneError(conversion(.uextend, .i64, .i32), "uextend must widen an integer: i64 to i32")
    expectOneError(conversion(.sextend, .i32, .i32), "sextend must widen an integer: i32 to i32")
    expectOneError(conversion(.ireduce, .i8, .i32), "ireduce must narrow an integer: i8 to i32")
    expectOneError(conversion(.fpromote, .f64, .f32), "fpromote must convert f32 to f64, got f64 to f32")
    expectOneError(conversion(.fdemote, .f32, .f64), "fdemote must convert f64 to f32, got f32 to f64")
    expectOneError(conversion(.bitcast, .i32, .f64), "bitcast must reinterpret between an integer and a float of the same size, got i32 to f64")
    expectOneError(conversion(.bitcast, .i64, .i64), "bitcast must reinterpret")
    expectOneError(conversion(.fcvtToUInt, .i32, .i32), "fcvt_to_uint must convert a float to an integer, got i32 to i32")
    expectOneError(conversion(.fcvtFromSInt, .f32, .f64), "fcvt_from_sint must convert an integer to a float, got f32 to f64")
  }

  @Test func floatOpsAndSelect() {
    var h = HandSSA(params: [.f64, .f64, .i8], returns: [.f64])
    let (b0, p) = h.block([.f64, .f64, .i8])
    h.at(b0)
    let s = h.v(.fadd, .f64, [p[0], p[1]])
    let c = h.add(.fcmp, .f64, [s, p[1]], results: [.i8], cc: FloatPredicate.olt.rawValue)[0]
    let sel = h.v(.select, .f64, [c, s, p[0]])
    h.add(.ret, .none, [sel])
    #expect(h.errors() == [])
    var bad = h
    bad.f.operands[Int(bad.f.insts[2].operandStart)] = p[0]
    expectOneError(bad, "operand 0 (v0) has type f64, expected i8")
    var badf = h
    badf.f.insts[0].type = .i64
    expectOneError(badf, "fadd needs a float type, got i64")
    var badcc = h
    badcc.f.insts[1].cc = 16
    expectOneError(badcc, "fcmp predicate 16 out of range")
  }

  @Test func memoryUsesThePointerType() {
    for target in [TargetDesc.x86_64, .wasm32] {
      let pt = target.pointerType
      var h = HandSSA(target: target, params: [pt, .i32], returns: [.i32])
      h.f.stackSlots.append(StackSlot(size: 8, align: 4))
      let g = h.symbol("g", .data)
      let (b0, p) = h.block([pt, .i32])
      h.at(b0)
      let slot = h.v(.stackAddr, pt, aux: 0)
      h.add(.store, .i32, [p[1], slot], imm: 4)
      let ga = h.v(.globalAddr, pt, aux: g.raw)
      let len = h.v(.iconst, pt, imm: 8)
      h.add(.memcpy, .none, [ga, slot, len], aux: 4)
      let byte = h.v(.iconst, .i8, imm: 0)
      h.add(.memset, .none, [p[0], byte, len], aux: 1)
      let x = h.v(.load, .i32, [p[0]], imm: 8)
      h.add(.ret, .none, [x])
      #expect(h.errors() == [], "\(target.arch)")
    }
    var h = HandSSA(target: .wasm32, params: [.i64], returns: [.i32])
    let (b0, p) = h.block([.i64])
    h.at(b0)
    let x = h.v(.load, .i32, [p[0]])
    h.add(.ret, .none, [x])
    expectOneError(h, "operand 0 (v0) has type i64, expected i32")
  }

  @Test func slotAndSymbolIndices() {
    var h = HandSSA(params: [], returns: [.i64])
    let (b0, _) = h.block()
    h.at(b0)
    let a = h.v(.stackAddr, .i64, aux: 3)
    h.add(.ret, .none, [a])
    expectOneError(h, "stack slot ss3 out of range (0 slots)")
    var g = HandSSA(params: [], returns: [.i64])
    let (c0, _) = g.block()
    g.at(c0)
    let b = g.v(.globalAddr, .i64, aux: 9)
    g.add(.ret, .none, [b])
    expectOneError(g, "symbol 9 out of range (1 symbols)")
  }

  @Test func calls() {
    var h = HandSSA(params: [.i64], returns: [.i32])
    let printf = h.symbol("printf", .function)
    let data = h.symbol("d", .data)
    let s1 = h.sig([.i64, .i32, .f64], [.i32], varArgFixed: 1)
    let s2 = h.sig([.i32], [.i64, .i64])
    let (b0, p) = h.block([.i64])
    h.at(b0)
    let i = h.v(.iconst, .i32, imm: 3)
    let d = h.v(.fconst, .f64, imm: Int64(bitPattern: (2.5).bitPattern))
    let r = h.add(.call, .i32, [p[0], i, d], results: [.i32], aux: s1, aux2: printf.raw)[0]
    let pair = h.add(.callIndirect, .i64, [p[0], r], results: [.i64, .i64], aux: s2)
    _ = pair
    h.add(.ret, .none, [r])
    #expect(h.errors() == [])

    var few = h
    few.f.insts[2].operandCount = 0
    expectOneError(few, "variadic call passes 0 arguments, the signature has 1 fixed parameters")
    var wrong = h
    wrong.f.operands[Int(wrong.f.insts[2].operandStart) + 1] = p[0]
    expectOneError(wrong, "operand 1 (v0) has type i64, expected i32")
    var res = h
    res.f.insts[3].resultCount = 1
    res.f.values.removeLast()
    expectOneError(res, "call has 1 results, the signature returns 2")
    var notFn = h
    notFn.f.insts[2].aux2 = data.raw
    expectOneError(notFn, "callee @d is not a function symbol")
    var badSig = h
    badSig.f.insts[2].aux = 7
    expectOneError(badSig, "signature sig7 out of range (3 signatures)")
    var badSym = h
    badSym.f.insts[2].aux2 = 40
    expectOneError(badSym, "callee symbol 40 out of range (3 symbols)")
    var nonVar = h
    nonVar.f.insts[3].operandCount = 3
    expectOneError(nonVar, "call passes 2 arguments, the signature has 1 parameters")
  }

  @Test func switchCases() {
    func make(_ cases: [UInt64], type: SType = .i32) -> HandSSA {
      var h = HandSSA(params: [type], returns: [])
      let (b0, p) = h.block([type])
      let (b1, _) = h.block()
      let (b2, _) = h.block()
      h.at(b0)
      h.add(.switch_, type, [p[0]], succs: [(b1, [])] + cases.map { _ in (b2, []) }, cases: cases)
      h.at(b1); h.add(.ret, .none)
      h.at(b2); h.add(.ret, .none)
      return h
    }
    #expect(make([0, 5, 0xFFFF_FFFF]).errors() == [])
    expectOneError(make([1, 5, 1]), "duplicate switch case 1")
    expectOneError(make([300], type: .i8), "switch case 300 does not fit i8")
    var h = make([1, 2])
    h.f.insts[0].caseStart = 1
    expectOneError(h, "case range 1+2 outside switchCases (2)")
    var d = make([])
    d.f.insts[0].succCount = 0
    expectOneError(d, "switch needs a default successor")
  }

  @Test func indicesOutOfRangeDoNotTrap() {
    var h = sampleFunction()
    h.f.insts[1].operandStart = 1000
    expectOneError(h, "operand range 1000+2 outside operands")
    var g = sampleFunction()
    g.f.operands[0] = SValue(99)
    expectOneError(g, "operand v99 is not in the values table (6 values)")
    var s = sampleFunction()
    s.f.succs[1].block = SBlockID(17)
    expectOneError(s, "branch to block17, which does not exist (3 blocks)")
    var a = sampleFunction()
    a.f.succs[0].argStart = 50
    expectOneError(a, "block-call argument range 50+1 outside blockArgs (1)")
    var r = sampleFunction()
    r.f.insts[0].result = SValue(77)
    expectOneError(r, "results v77+1 are not in the values table (6 values)")
    var b = sampleFunction()
    b.f.blocks[1].instEnd = 99
    expectOneError(b, "block1: instruction range 4..<99 outside insts (6)")
    var o = sampleFunction()
    o.f.blocks[1].instStart = 2
    expectOneError(o, "instruction 2 also belongs to block0")
    var sg = sampleFunction()
    sg.f.signatures[0].retStart = 40
    expectOneError(sg, "sig0: parameter or return range outside abiParams (3)")
    var sc = sampleFunction()
    sc.f.insts[0].succCount = 1
    expectOneError(sc, "non-terminator with 1 successors")
    var nb = sampleFunction()
    nb.f.blocks = []
    expectOneError(nb, "function @main: has no blocks")
    var bp = sampleFunction()
    bp.f.blockParams[0] = SValue(1234)
    expectOneError(bp, "parameter v1234 is not in the values table")
  }

  @Test func exceptions() {
    var h = HandSSA(params: [], returns: [.i32])
    let callee = h.symbol("may_throw", .function)
    let pers = h.symbol("__gxx_personality_v0", .function)
    let ti = h.symbol("_ZTIi", .data)
    h.f.personality = pers
    h.f.landingPads.append(LandingPadInfo(isCleanup: true, clauses: [(false, ti)]))
    let s1 = h.sig([], [.i32])
    let (b0, _) = h.block()
    let (b1, q) = h.block([.i32])
    let (b2, _) = h.block()
    h.at(b0)
    let r = SValue(h.f.values.count)
    h.add(.invoke, .i32, [], results: [.i32], succs: [(b1, [r]), (b2, [])], aux: s1, aux2: callee.raw)
    h.at(b1)
    h.add(.ret, .none, [q[0]])
    h.at(b2)
    let lp = h.add(.landingpad, .none, results: [.i64, .i32], aux: 0)
    h.add(.resume, .none, [lp[0], lp[1]])
    #expect(h.errors() == [])

    var unwindArg = h
    unwindArg.f.blocks[2].paramCount = 0
    unwindArg.f.succs[1].argCount = 1; unwindArg.f.succs[1].argStart = 0
    expectOneError(unwindArg, "a result of this invoke, is passed along its unwind edge")
    var noPad = h
    noPad.f.insts[2].op = .trap
    expectOneError(noPad, "unwind destination block2 does not start with a landingpad")
    var badLP = h
    badLP.f.insts[2].aux = 4
    expectOneError(badLP, "landing pad lp4 out of range (1 landing pads)")
    var lpTypes = h
    lpTypes.f.values[Int(lpTypes.f.insts[2].result.raw) + 1].type = .i64
    expectOneError(lpTypes, "result v3 has type i64, expected i32")
  }

  @Test func invokeResultsOnlyAlongTheNormalEdge() {
    // v = invoke …, block1, block2; block1 (only reached from the invoke) may use v directly;
    // block2 (the landing block) may not.
    var h = HandSSA(params: [], returns: [.i32])
    let callee = h.symbol("g", .function)
    h.f.landingPads.append(LandingPadInfo(isCleanup: true, clauses: []))
    let s1 = h.sig([], [.i32])
    let (b0, _) = h.block()
    let (b1, _) = h.block()
    let (b2, _) = h.block()
    h.at(b0)
    let v = h.add(.invoke, .i32, [], results: [.i32], succs: [(b1, []), (b2, [])], aux: s1, aux2: callee.raw)[0]
    h.at(b1)
    h.add(.ret, .none, [v])
    h.at(b2)
    let lp = h.add(.landingpad, .none, results: [.i64, .i32], aux: 0)
    h.add(.ret, .none, [lp[1]])
    #expect(h.errors() == [])
    var bad = h
    bad.f.operands[Int(bad.f.insts[3].operandStart)] = v
    expectOneError(bad, "block2: 'ret v0': operand 0 (v0) is not dominated by its definition")
  }

  @Test func vaStartNeedsVariadicFunction() {
    var h = HandSSA(params: [.i64], returns: [])
    let (b0, p) = h.block([.i64])
    h.at(b0)
    h.add(.vaStart, .none, [p[0]])
    h.add(.ret, .none)
    expectOneError(h, "va_start in a function that is not variadic")
    var g = HandSSA(params: [.i64], returns: [], varArgFixed: 1)
    let (c0, q) = g.block([.i64])
    g.at(c0)
    g.add(.vaStart, .none, [q[0]])
    g.add(.ret, .none)
    #expect(g.errors() == [])
  }

  @Test func landingpadMustComeFirst() {
    var h = HandSSA(params: [], returns: [])
    h.f.landingPads.append(LandingPadInfo(isCleanup: true, clauses: []))
    let (b0, _) = h.block()
    h.at(b0)
    h.add(.trap, .none)
    h.add(.landingpad, .none, results: [.i64, .i32])
    h.add(.unreachable, .none)
    expectOneError(h, "landingpad must be the first instruction of its block")
  }

  @Test func moduleTables() {
    var h = sampleFunction()
    let g = h.symbol("g", .data)
    h.m.symbols[g.index].isDefined = true
    h.m.symbols[g.index].definition = 0
    h.m.appendData(symbol: g, bytes: [1, 0, 0, 0, 0, 0, 0, 0], size: 8, align: 8, section: .data,
                   relocs: [SDataReloc(offset: 0, symbol: SymbolID(0), addend: 0, width: 8)])
    #expect(h.errors() == [])

    var w = h; w.m.dataRelocs[0].width = 2
    expectOneError(w, "data @g: reloc at +0 has width 2 (expected 4 or 8)")
    var o = h; o.m.dataRelocs[0].offset = 4
    expectOneError(o, "data @g: reloc at +4 (8 bytes) is outside the 8 bytes of data")
    var four = h; four.m.dataRelocs[0].width = 4; four.m.dataRelocs[0].offset = 4
    #expect(four.errors() == [])
    var ov = h
    ov.m.dataRelocs[0].width = 4
    ov.m.dataRelocs.append(SDataReloc(offset: 2, symbol: SymbolID(0), addend: 0, width: 4))
    ov.m.data[0].relocs = 0 ..< 2
    expectOneError(ov, "data @g: relocations overlap or are not sorted by offset")
    var rs = h; rs.m.dataRelocs[0].symbol = SymbolID(9)
    expectOneError(rs, "reloc at +0 refers to symbol 9, out of range")
    var sz = h; sz.m.data[0].size = 16
    expectOneError(sz, "data @g: has 8 bytes but size 16")
    var al = h; al.m.data[0].align = 3
    expectOneError(al, "data @g: alignment 3 is not a power of two")
    var cs = h; cs.m.data[0].section = .cstring
    expectOneError(cs, "data @g: .cstring data has an embedded NUL")
    var bss = h; bss.m.data[0].section = .bss
    expectOneError(bss, "zero-fill section with non-zero or mis-sized bytes")
    var br = h; br.m.data[0].bytes = 4 ..< 12
    expectOneError(br, "data @g: bytes 4..<12 are outside the 8 bytes of the module's data")
    var rr = h; rr.m.data[0].relocs = 0 ..< 2
    expectOneError(rr, "data @g: relocations 0..<2 are outside the 1 relocations of the module's data")
    var def = h; def.m.symbols[g.index].definition = 3
    expectOneError(def, "data symbol @g: definition index 3 out of range")
    var ext = h; ext.m.symbols[g.index].isDefined = false
    expectOneError(ext, "external symbol @g has a definition index (0)")
    var kind = h; kind.m.symbols[0].kind = .data
    expectOneError(kind, "function 0: symbol @main is not a function symbol")
    var dup = h; dup.m.symbols[g.index].name = "main"
    expectOneError(dup, "symbol @main is declared more than once")
    var alias = h
    let a = alias.symbol("a", .data)
    alias.m.symbols[a.index].isDefined = true
    alias.m.aliases.append((a, g, 4))
    #expect(alias.errors() == [])
    var noDef = alias; noDef.m.aliases = []
    expectOneError(noDef, "defined symbol @a has no definition")
  }

  @Test func verifyFunctionDirectly() {
    let h = sampleFunction()
    #expect(SSAVerifier.verify(h.f, in: h.module) == [])
    var g = h
    g.f.insts[0].imm = 1 << 40
    let errs = SSAVerifier.verify(g.f, in: g.module)
    #expect(errs == ["function @main: block0: 'v3 = iconst.i32 0x10000000000': iconst value 1099511627776 does not fit i32 (bits above the type must be zero)"])
  }

  @Test func errorCountIsCapped() {
    var h = HandSSA(params: [], returns: [])
    let (b0, _) = h.block()
    h.at(b0)
    for _ in 0..<200 { _ = h.v(.iconst, .i8, imm: 1000) }
    h.add(.ret, .none)
    let errs = h.errors()
    #expect(errs.count == SSAVerifier.maxErrorsPerFunction + 1)
    #expect(errs.last == "function @f: too many errors, stopping")
  }
}
