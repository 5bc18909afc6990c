// IRVerifier: one small module per rule that breaks exactly that rule, with the exact message
// and location expected; plus valid modules that must verify clean.

import Testing
import KilnIR
import KilnSupport

@Suite struct VerifierStructureTests {
  @Test func missingTerminatorNamedBlock() {
    let m = oneFunction(.i32, [.i32], argNames: ["a"]) { b, f in
      let e = f.appendBlock("entry"); let n = f.appendBlock("next")
      f.positionAtEnd(e)
      f.loc = SourceLoc(10)
      let r = f.add(f.param(0), b.constInt(.i32, 1), name: "r")
      f.positionAtEnd(n)
      f.loc = SourceLoc(20)
      f.ret(r)
    }
    expectError(m, "block '%entry' does not end in a terminator", at: 10)
  }

  @Test func missingTerminatorUsesSlotNumbers() {
    // Unnamed argument is %0, the unnamed entry block %1, the add %2.
    let m = oneFunction(.i32, [.i32]) { b, f in
      f.positionAtEnd(f.appendBlock())
      f.loc = SourceLoc(7)
      _ = f.add(f.param(0), b.constInt(.i32, 1))
    }
    expectError(m, "block '%1' does not end in a terminator", at: 7)
  }

  @Test func emptyBlockIsReportedAtTheBlock() {
    let m = oneFunction(.void) { _, f in
      let e = f.appendBlock("entry"); _ = f.appendBlock("dangling", loc: SourceLoc(33))
      f.positionAtEnd(e); f.retVoid()
    }
    expectError(m, "block '%dangling' does not end in a terminator", at: 33)
  }

  @Test func terminatorInTheMiddle() {
    let m = oneFunction(.void) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(5); f.retVoid()
      f.loc = SourceLoc(9); f.retVoid()
    }
    expectError(m, "terminator 'ret' in the middle of block '%entry'", at: 5)
  }

  @Test func entryBlockWithPredecessor() {
    let m = oneFunction(.void) { _, f in
      let e = f.appendBlock("entry"); let l = f.appendBlock("loop")
      f.positionAtEnd(e); f.br(l)
      f.positionAtEnd(l); f.loc = SourceLoc(44); f.br(e)
    }
    expectError(m, "entry block '%entry' must not have predecessors", at: 44)
  }

  @Test func phiAfterNonPhi() {
    let m = oneFunction(.i32) { b, f in
      let e = f.appendBlock("entry"); let x = f.appendBlock("x")
      f.positionAtEnd(e); f.br(x)
      f.positionAtEnd(x)
      let a = f.alloca(.i32, name: "a")
      f.loc = SourceLoc(12)
      let p = f.phi(.i32, [(b.constInt(.i32, 1), e)], name: "p")
      f.loc = .none
      f.store(p, a)
      f.ret(p)
    }
    expectError(m, "phi nodes must be grouped at the start of block '%x'", at: 12)
  }
}

@Suite struct VerifierPhiTests {
  /// entry → a → b, entry → b; phi in b built by `incoming`.
  func diamond(_ incoming: (ModuleBuilder, BlockID, BlockID) -> [(Value, BlockID)]) -> Module {
    oneFunction(.i32, [.i1], argNames: ["c"]) { b, f in
      let e = f.appendBlock("entry"), a = f.appendBlock("a"), bb = f.appendBlock("b")
      f.positionAtEnd(e); f.condBr(f.param(0), a, bb)
      f.positionAtEnd(a); f.br(bb)
      f.positionAtEnd(bb)
      f.loc = SourceLoc(50)
      let p = f.phi(.i32, incoming(b, e, a), name: "p")
      f.loc = .none
      f.ret(p)
    }
  }

  @Test func missingEntry() {
    let m = diamond { b, e, _ in [(b.constInt(.i32, 1), e)] }
    expectError(m, "phi node entries do not match predecessors: missing entry for %a", at: 50)
  }

  @Test func entryForNonPredecessor() {
    let m = oneFunction(.i32, [.i1], argNames: ["c"]) { b, f in
      let e = f.appendBlock("entry"), a = f.appendBlock("a"), bb = f.appendBlock("b"), x = f.appendBlock("x")
      f.positionAtEnd(e); f.condBr(f.param(0), a, bb)
      f.positionAtEnd(a); f.br(bb)
      f.positionAtEnd(x); f.unreachable()
      f.positionAtEnd(bb)
      f.loc = SourceLoc(60)
      let p = f.phi(.i32, [(b.constInt(.i32, 1), e), (b.constInt(.i32, 2), a), (b.constInt(.i32, 3), x)], name: "p")
      f.ret(p)
    }
    expectError(m, "phi node entries do not match predecessors: %x is not a predecessor", at: 60)
  }

  @Test func tooManyEntries() {
    let m = diamond { b, e, a in [(b.constInt(.i32, 1), e), (b.constInt(.i32, 2), a), (b.constInt(.i32, 1), e)] }
    expectError(m, "phi node entries do not match predecessors: too many entries for %entry", at: 50)
  }

  @Test func duplicateEdgesNeedEqualValues() {
    func build(_ second: Int64) -> Module {
      oneFunction(.i32, [.i32], argNames: ["x"]) { b, f in
        let e = f.appendBlock("entry"), t = f.appendBlock("t"), d = f.appendBlock("d")
        f.positionAtEnd(e)
        f.switch_(f.param(0), default: d, cases: [(b.constInt(.i32, 1), t), (b.constInt(.i32, 2), t)])
        f.positionAtEnd(d); f.ret(b.constInt(.i32, 0))
        f.positionAtEnd(t)
        f.loc = SourceLoc(70)
        let p = f.phi(.i32, [(b.constInt(.i32, 7), e), (b.constInt(.i32, second), e)], name: "p")
        f.ret(p)
      }
    }
    expectClean(build(7))
    expectError(build(8), "phi node has multiple entries for %entry with different values", at: 70)
  }

  @Test func oneEntryForADoubleEdgeIsMissingOne() {
    let m = oneFunction(.i32, [.i32], argNames: ["x"]) { b, f in
      let e = f.appendBlock("entry"), t = f.appendBlock("t"), d = f.appendBlock("d")
      f.positionAtEnd(e)
      f.switch_(f.param(0), default: d, cases: [(b.constInt(.i32, 1), t), (b.constInt(.i32, 2), t)])
      f.positionAtEnd(d); f.ret(b.constInt(.i32, 0))
      f.positionAtEnd(t)
      f.loc = SourceLoc(71)
      f.ret(f.phi(.i32, [(b.constInt(.i32, 7), e)], name: "p"))
    }
    expectError(m, "phi node entries do not match predecessors: missing entry for %entry", at: 71)
  }

  @Test func incomingTypeMustMatch() {
    let m = diamond { b, e, a in [(b.constInt(.i32, 1), e), (b.constInt(.i64, 2), a)] }
    expectError(m, "phi incoming value 2 has type 'i64' but the phi has type 'i32'", at: 50)
  }

  @Test func incomingValueMustDominateTheIncomingEdge() {
    // %v is defined in %a but flows in from %entry.
    let m = oneFunction(.i32, [.i1], argNames: ["c"]) { b, f in
      let e = f.appendBlock("entry"), a = f.appendBlock("a"), bb = f.appendBlock("b")
      f.positionAtEnd(e); f.condBr(f.param(0), a, bb)
      f.positionAtEnd(a)
      let v = f.add(b.constInt(.i32, 1), b.constInt(.i32, 2), name: "v")
      f.br(bb)
      f.positionAtEnd(bb)
      f.loc = SourceLoc(80)
      let p = f.phi(.i32, [(v, e), (v, a)], name: "p")
      f.loc = .none
      f.ret(p)
    }
    expectError(m, "instruction does not dominate all uses: %v", at: 80)
  }

  @Test func loopPhiUsesValueFromLaterInTheLoop() {
    let m = oneFunction(.i32, [.i32], argNames: ["n"]) { b, f in
      let e = f.appendBlock("entry"), l = f.appendBlock("loop"), x = f.appendBlock("exit")
      f.positionAtEnd(e); f.br(l)
      f.positionAtEnd(l)
      let i = f.phi(.i32, [(b.constInt(.i32, 0), e)], name: "i")
      let next = f.add(i, b.constInt(.i32, 1), name: "next")
      f.addIncoming(i, next, from: l)
      f.condBr(f.icmp(.slt, next, f.param(0)), l, x)
      f.positionAtEnd(x); f.ret(next)
    }
    expectClean(m)
  }
}

@Suite struct VerifierDominanceTests {
  @Test func useInBlockNotDominatedByDefinition() {
    let m = oneFunction(.i32, [.i1], argNames: ["c"]) { b, f in
      let e = f.appendBlock("entry"), a = f.appendBlock("a"), bb = f.appendBlock("b")
      f.positionAtEnd(e); f.condBr(f.param(0), a, bb)
      f.positionAtEnd(a)
      let x = f.add(b.constInt(.i32, 1), b.constInt(.i32, 2), name: "x")
      f.br(bb)
      f.positionAtEnd(bb); f.loc = SourceLoc(90); f.ret(x)
    }
    expectError(m, "instruction does not dominate all uses: %x", at: 90)
  }

  @Test func useBeforeDefinitionInTheSameBlock() {
    let m = oneFunction(.i32) { b, f in
      let e = f.appendBlock("entry"), later = f.appendBlock("later")
      // Fill `later` first so its value exists, then move the use ahead of the definition.
      f.positionAtEnd(e)
      f.loc = SourceLoc(3)
      let placeholder = f.alloca(.i32, name: "slot")
      f.loc = .none
      f.br(later)
      f.positionAtEnd(later)
      let v = f.load(.i32, placeholder, name: "v")
      f.ret(v)
      _ = b
    }
    expectClean(m)
    // %x (provisional ID 0) uses %y (provisional ID 1), defined after it in the same block.
    let bad = oneFunction(.i32) { b, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(15)
      let x = f.append(.mul, type: .i32, operands: [Value(.inst, 1), b.constInt(.i32, 2)], name: "x")
      f.loc = .none
      let y = f.add(b.constInt(.i32, 1), b.constInt(.i32, 1), name: "y")
      f.ret(f.add(x, y))
    }
    expectError(bad, "instruction does not dominate all uses: %y", at: 15)
  }

  @Test func selfReference() {
    let m = oneFunction(.i32) { b, f in
      let e = f.appendBlock("entry")
      f.positionAtEnd(e)
      // Build `%x = add %x, 1` by adding an incoming-style operand fix-up: use a phi-free trick —
      // an add whose operand is its own provisional ID (the next instruction index, 0).
      f.loc = SourceLoc(21)
      let x = f.append(.add, type: .i32, operands: [Value(.inst, 0), b.constInt(.i32, 1)], name: "x")
      f.loc = .none
      f.ret(x)
    }
    expectError(m, "only phi nodes may reference their own value", at: 21)
  }

  @Test func usesInUnreachableBlocksAreNotChecked() {
    let m = oneFunction(.i32, [.i1], argNames: ["c"]) { b, f in
      let e = f.appendBlock("entry"), a = f.appendBlock("a"), dead = f.appendBlock("dead")
      f.positionAtEnd(e); f.br(a)
      f.positionAtEnd(a)
      let x = f.add(b.constInt(.i32, 1), b.constInt(.i32, 2), name: "x")
      f.ret(x)
      f.positionAtEnd(dead)
      let y = f.add(x, x, name: "y")
      let z = f.add(y, b.constInt(.i32, 1), name: "z")
      f.ret(z)
    }
    expectClean(m)
  }

  @Test func invokeResultOnlyOnTheNormalEdge() {
    let b = ModuleBuilder()
    let pers = b.declareFunction(name: "__gxx_personality_v0", type: b.functionType(.i32, [], varArg: true))
    let g = b.declareFunction(name: "g", type: b.functionType(.i32, []))
    let lp = b.structType([.ptr, .i32])
    let f = b.addFunction(name: "f", type: b.functionType(.i32, []))
    f.setPersonality(pers)
    let e = f.appendBlock("entry"), ok = f.appendBlock("ok"), pad = f.appendBlock("pad")
    f.positionAtEnd(e)
    let r = f.invoke(g, [], normal: ok, unwind: pad, name: "r")
    f.positionAtEnd(ok); f.ret(r)
    f.positionAtEnd(pad)
    _ = f.landingpad(lp, cleanup: true, name: "lp")
    f.loc = SourceLoc(77)
    f.ret(r)
    expectError(b.finish(), "instruction does not dominate all uses: %r", at: 77)
  }
}

@Suite struct VerifierTypeTests {
  @Test func binaryOperandTypesMustMatch() {
    let m = oneFunction(.i64, [.i32, .i64], argNames: ["a", "b"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(30)
      let r = f.append(.add, type: .i64, operands: [f.param(0), f.param(1)], name: "r")
      f.loc = .none
      f.ret(r)
    }
    expectError(m, "operand types do not match: 'i32' and 'i64'", at: 30)
  }

  @Test func integerOpOnFloats() {
    let m = oneFunction(.float, [.float], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(31)
      f.ret(f.add(f.param(0), f.param(0)))
    }
    expectError(m, "'add' requires integer operands, got 'float'", at: 31)
  }

  @Test func floatOpOnIntegers() {
    let m = oneFunction(.i32, [.i32], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(32)
      f.ret(f.fmul(f.param(0), f.param(0)))
    }
    expectError(m, "'fmul' requires floating-point operands, got 'i32'", at: 32)
  }

  @Test func shiftAmountTypeMustMatch() {
    let m = oneFunction(.i32, [.i32, .i8], argNames: ["x", "s"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(33)
      f.ret(f.shl(f.param(0), f.param(1)))
    }
    expectError(m, "operand types do not match: 'i32' and 'i8'", at: 33)
  }

  @Test func fnegNeedsFloat() {
    let m = oneFunction(.i32, [.i32], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(34)
      f.ret(f.fneg(f.param(0)))
    }
    expectError(m, "'fneg' requires a floating-point operand, got 'i32'", at: 34)
  }

  @Test func icmpOnFloatsAndFcmpOnInts() {
    let m1 = oneFunction(.i1, [.double], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(35)
      f.ret(f.icmp(.eq, f.param(0), f.param(0)))
    }
    expectError(m1, "icmp requires integer or pointer operands, got 'double'", at: 35)
    let m2 = oneFunction(.i1, [.i32], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(36)
      f.ret(f.fcmp(.olt, f.param(0), f.param(0)))
    }
    expectError(m2, "fcmp requires floating-point operands, got 'i32'", at: 36)
    let ok = oneFunction(.i1, [.ptr, .ptr]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.ret(f.icmp(.ult, f.param(0), f.param(1)))
    }
    expectClean(ok)
  }

  @Test func selectConditionMustBeI1() {
    let m = oneFunction(.i32, [.i32], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(37)
      f.ret(f.select(f.param(0), f.param(0), f.param(0)))
    }
    expectError(m, "select condition must be 'i1', got 'i32'", at: 37)
  }

  @Test func selectArmsMustMatch() {
    let m = oneFunction(.i32, [.i1, .i32, .i64], argNames: ["c", "a", "b"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(38)
      f.ret(f.select(f.param(0), f.param(1), f.param(2)))
    }
    expectError(m, "operand types do not match: 'i32' and 'i64'", at: 38)
  }

  func castModule(_ op: Opcode, from: TypeID, to: TypeID) -> Module {
    oneFunction(.void, [from], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(40)
      _ = f.cast(op, f.param(0), to: to)
      f.loc = .none
      f.retVoid()
    }
  }

  @Test func invalidCasts() {
    let cases: [(Opcode, TypeID, TypeID, String)] = [
      (.trunc, .i8, .i32, "trunc from 'i8' to 'i32' does not narrow"),
      (.trunc, .i32, .i32, "trunc from 'i32' to 'i32' does not narrow"),
      (.zext, .i64, .i32, "zext from 'i64' to 'i32' does not widen"),
      (.sext, .i16, .i16, "sext from 'i16' to 'i16' does not widen"),
      (.fptrunc, .float, .double, "fptrunc from 'float' to 'double' does not narrow"),
      (.fpext, .double, .float, "fpext from 'double' to 'float' does not widen"),
      (.zext, .float, .i64, "invalid cast: 'zext' from 'float' to 'i64' (zext needs integer types)"),
      (.fptosi, .i32, .i32, "invalid cast: 'fptosi' from 'i32' to 'i32' (needs a floating-point source and an integer destination)"),
      (.sitofp, .i32, .i64, "invalid cast: 'sitofp' from 'i32' to 'i64' (needs an integer source and a floating-point destination)"),
      (.ptrtoint, .i64, .i64, "invalid cast: 'ptrtoint' from 'i64' to 'i64' (needs a pointer source and an integer destination)"),
      (.inttoptr, .ptr, .ptr, "invalid cast: 'inttoptr' from 'ptr' to 'ptr' (needs an integer source and a pointer destination)"),
      (.bitcast, .i32, .i64, "invalid cast: 'bitcast' from 'i32' to 'i64' (sizes differ: 32 and 64 bits)"),
      (.bitcast, .ptr, .i64, "invalid cast: 'bitcast' from 'ptr' to 'i64' (pointers can only be bitcast to pointers)"),
    ]
    for (op, from, to, msg) in cases {
      expectError(castModule(op, from: from, to: to), msg, at: 40)
    }
  }

  @Test func validCasts() {
    let b = ModuleBuilder()
    let v2f = b.vectorType(.float, 2)
    let cases: [(Opcode, TypeID, TypeID)] = [
      (.trunc, .i64, .i8), (.trunc, b.intType(40), b.intType(24)), (.zext, .i1, .i32), (.sext, .i8, .i64),
      (.fptrunc, .double, .float), (.fpext, .float, .double), (.fptoui, .double, .i64), (.fptosi, .float, .i8),
      (.uitofp, .i64, .double), (.sitofp, .i32, .float), (.ptrtoint, .ptr, .i64), (.inttoptr, .i32, .ptr),
      (.bitcast, .i32, .float), (.bitcast, .double, .i64), (.bitcast, .ptr, .ptr), (.bitcast, v2f, .double),
    ]
    for (op, from, to) in cases {
      let f = b.addFunction(name: "c\(op.name)\(from.raw)\(to.raw)", type: b.functionType(.void, [from]))
      f.positionAtEnd(f.appendBlock("entry"))
      _ = f.cast(op, f.param(0), to: to)
      f.retVoid()
    }
    expectClean(b.finish())
  }

  @Test func memoryOperandsMustBePointers() {
    let m1 = oneFunction(.i32, [.i32], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(41)
      f.ret(f.load(.i32, f.param(0)))
    }
    expectError(m1, "load operand must be a pointer, got 'i32'", at: 41)
    let m2 = oneFunction(.void, [.i32], argNames: ["x"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(42)
      f.store(f.param(0), f.param(0))
      f.loc = .none
      f.retVoid()
    }
    expectError(m2, "store address must be a pointer, got 'i32'", at: 42)
  }

  @Test func loadAndStoreTypesMustBeFirstClass() {
    let m = oneFunction(.void, [.ptr], argNames: ["p"]) { b, f in
      let opaque = b.namedStructType("struct.Opaque")
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(43)
      _ = f.load(opaque, f.param(0))
      f.loc = .none
      f.retVoid()
    }
    expectError(m, "load of unsized or non-first-class type '%struct.Opaque'", at: 43)
  }

  @Test func allocaCountMustBeInteger() {
    let m = oneFunction(.void, [.float], argNames: ["n"]) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(44)
      _ = f.alloca(.i32, count: f.param(0))
      f.loc = .none
      f.retVoid()
    }
    expectError(m, "alloca count must be an integer, got 'float'", at: 44)
  }

  func gepModule(_ idx: (ModuleBuilder) -> [Value], base: TypeID = .ptr) -> Module {
    oneFunction(.void, [base], argNames: ["p"]) { b, f in
      let s = b.namedStructType("struct.S", fields: [.i32, .i32])
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(45)
      _ = f.gep(s, f.param(0), idx(b))
      f.loc = .none
      f.retVoid()
    }
  }

  @Test func gepRules() {
    expectClean(gepModule { b in [b.constInt(.i64, 0), b.constInt(.i32, 1)] })
    expectError(gepModule { b in [b.constInt(.i32, 0), b.constInt(.i32, 5)] },
                "struct index 5 is out of range for '%struct.S'", at: 45)
    expectError(gepModule { b in [b.constInt(.i32, 0), b.constInt(.i64, 1)] },
                "struct index into '%struct.S' must be a constant 'i32'", at: 45)
    expectError(gepModule { b in [b.constFloat(.double, 0)] },
                "getelementptr index must be an integer, got 'double'", at: 45)
    expectError(gepModule({ b in [b.constInt(.i32, 0)] }, base: .i64),
                "getelementptr base must be a pointer, got 'i64'", at: 45)
    expectError(gepModule { b in [b.constInt(.i32, 0), b.constInt(.i32, 0), b.constInt(.i32, 0)] },
                "invalid getelementptr indices: cannot index into 'i32'", at: 45)
  }

  @Test func gepWithVariableArrayIndex() {
    let m = oneFunction(.void, [.ptr, .i64], argNames: ["p", "i"]) { b, f in
      let arr = b.arrayType(b.structType([.i8, .i64]), 10)
      f.positionAtEnd(f.appendBlock("entry"))
      _ = f.gep(arr, f.param(0), [b.constInt(.i32, 0), f.param(1), b.constInt(.i32, 1)])
      f.retVoid()
    }
    expectClean(m)
  }

  @Test func aggregateIndices() {
    let pair = { (b: ModuleBuilder) in b.structType([.i32, .i32]) }
    let bad = { () -> Module in
      let b = ModuleBuilder()
      let p = pair(b)
      let f = b.addFunction(name: "f", type: b.functionType(.i32, [p]), argNames: ["s"])
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(46)
      let v = f.extractValue(f.param(0), [2], name: "v")
      f.loc = .none
      f.ret(v)
      return b.finish()
    }()
    let items = verifierErrors(bad)
    #expect(items.first?.message == "extractvalue: invalid index 2 for aggregate type '{ i32, i32 }'")
    #expect(items.first?.loc == SourceLoc(46))

    let b = ModuleBuilder()
    let p = pair(b)
    let f = b.addFunction(name: "f", type: b.functionType(p, [p]), argNames: ["s"])
    f.positionAtEnd(f.appendBlock("entry"))
    f.loc = SourceLoc(47)
    let w = f.insertValue(f.param(0), b.constInt(.i64, 1), [1], name: "w")
    f.loc = .none
    f.ret(w)
    expectError(b.finish(), "insertvalue value has type 'i64' but the indexed type is 'i32'", at: 47)
  }

  @Test func returnTypes() {
    let m1 = oneFunction(.i32) { b, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(48); f.ret(b.constInt(.i64, 0))
    }
    expectError(m1, "ret value has type 'i64' but the function returns 'i32'", at: 48)
    let m2 = oneFunction(.i32) { _, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(49); f.retVoid()
    }
    expectError(m2, "function returns 'i32' but 'ret void' was used", at: 49)
    let m3 = oneFunction(.void) { b, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(50); f.ret(b.constInt(.i32, 0))
    }
    expectError(m3, "function returns 'void' but 'ret' has a value", at: 50)
  }

  @Test func branchConditionMustBeI1() {
    let m = oneFunction(.void, [.i32], argNames: ["c"]) { _, f in
      let e = f.appendBlock("entry"), a = f.appendBlock("a")
      f.positionAtEnd(e); f.loc = SourceLoc(51); f.condBr(f.param(0), a, a)
      f.loc = .none
      f.positionAtEnd(a); f.retVoid()
    }
    expectError(m, "branch condition has type 'i32', expected 'i1'", at: 51)
  }

  func switchModule(cond: TypeID = .i32, _ cases: @escaping (ModuleBuilder) -> [Value]) -> Module {
    oneFunction(.void, [cond], argNames: ["x"]) { b, f in
      let e = f.appendBlock("entry"), a = f.appendBlock("a"), d = f.appendBlock("d")
      f.positionAtEnd(e)
      f.loc = SourceLoc(52)
      let sw = f.switch_(f.param(0), default: d)
      for c in cases(b) { f.addCase(sw, c, a) }
      f.loc = .none
      f.positionAtEnd(a); f.retVoid()
      f.positionAtEnd(d); f.retVoid()
    }
  }

  @Test func switchRules() {
    expectClean(switchModule { b in [b.constInt(.i32, 1), b.constInt(.i32, -1), b.constInt(.i32, 3)] })
    expectError(switchModule { b in [b.constInt(.i32, 1), b.constInt(.i32, 3), b.constInt(.i32, 3)] },
                "switch case value 3 is duplicated", at: 52)
    expectError(switchModule { b in [b.constInt(.i32, -1), b.constInt(.i32, 0xFFFF_FFFF)] },
                "switch case value -1 is duplicated", at: 52)
    expectError(switchModule { b in [b.constInt(.i32, 1), b.constInt(.i64, 2)] },
                "switch case value has type 'i64' but the condition has type 'i32'", at: 52)
    expectError(switchModule(cond: .ptr) { _ in [] }, "switch condition must be an integer, got 'ptr'", at: 52)
  }

  @Test func switchOnWideIntegers() {
    let b = ModuleBuilder()
    let i128 = b.i128
    let f = b.addFunction(name: "f", type: b.functionType(.void, [i128]))
    let e = f.appendBlock("entry"), a = f.appendBlock("a"), d = f.appendBlock("d")
    f.positionAtEnd(e)
    f.loc = SourceLoc(53)
    f.switch_(f.param(0), default: d, cases: [(b.constInt(i128, words: [1, 1]), a), (b.constInt(i128, words: [1, 1]), a)])
    f.loc = .none
    f.positionAtEnd(a); f.retVoid()
    f.positionAtEnd(d); f.retVoid()
    expectError(b.finish(), "switch case value 0x1_1 is duplicated", at: 53)
  }
}

@Suite struct VerifierCallTests {
  func callModule(_ calleeType: (ModuleBuilder) -> TypeID, _ args: @escaping (ModuleBuilder, FunctionBuilder) -> [Value],
                  callType: ((ModuleBuilder) -> TypeID)? = nil) -> Module {
    let b = ModuleBuilder()
    let g = b.declareFunction(name: "g", type: calleeType(b))
    let f = b.addFunction(name: "f", type: b.functionType(.void, [.i32, .ptr]), argNames: ["n", "p"])
    f.positionAtEnd(f.appendBlock("entry"))
    f.loc = SourceLoc(60)
    f.call(g, type: callType?(b), args(b, f))
    f.loc = .none
    f.retVoid()
    return b.finish()
  }

  @Test func argumentCount() {
    expectError(callModule({ $0.functionType(.i32, [.i32, .i32]) }, { b, _ in [b.constInt(.i32, 1)] }),
                "call passes 1 argument but the callee type 'i32 (i32, i32)' takes 2", at: 60)
    expectError(callModule({ $0.functionType(.i32, [.ptr], varArg: true) }, { _, _ in [] }),
                "call passes 0 arguments but the callee type 'i32 (ptr, ...)' takes at least 1", at: 60)
    expectClean(callModule({ $0.functionType(.i32, [.ptr], varArg: true) }, { b, f in [f.param(1), f.param(0), b.constFloat(.double, 1.5)] }))
  }

  @Test func argumentTypes() {
    expectError(callModule({ $0.functionType(.void, [.i32, .ptr]) }, { _, f in [f.param(0), f.param(0)] }),
                "call argument 2 has type 'i32' but the callee expects 'ptr'", at: 60)
  }

  @Test func callingThroughADifferentFunctionTypeIsAllowed() {
    // LLVM allows `call void @g(i32 1)` when @g is declared `i32 (ptr)`: the call's own type rules.
    let m = callModule({ $0.functionType(.i32, [.ptr]) }, { b, _ in [b.constInt(.i32, 1)] },
                       callType: { $0.functionType(.void, [.i32]) })
    expectClean(m)
    // …but it is worth a warning.
    let w = verifierWarnings(m)
    #expect(w.map(\.message) == ["call to '@g' uses type 'void (i32)' but it is declared as 'i32 (ptr)'"])
    #expect(w.first?.loc == SourceLoc(60))
  }

  @Test func calleeMustBeAPointer() {
    let m = oneFunction(.void, [.i32], argNames: ["x"]) { b, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(61)
      f.call(f.param(0), type: b.functionType(.void, []), [])
      f.loc = .none
      f.retVoid()
    }
    expectError(m, "called value must be a pointer, got 'i32'", at: 61)
  }
}

@Suite struct VerifierExceptionTests {
  func ehModule(personality: Bool = true, unwindStartsWithPad: Bool = true, padReachedByBr: Bool = false,
                padNotFirst: Bool = false) -> Module {
    let b = ModuleBuilder()
    let pers = b.declareFunction(name: "__gxx_personality_v0", type: b.functionType(.i32, [], varArg: true))
    let g = b.declareFunction(name: "g", type: b.functionType(.void, []))
    let lpt = b.structType([.ptr, .i32])
    let f = b.addFunction(name: "f", type: b.functionType(.void, [.i1]), argNames: ["c"])
    if personality { f.setPersonality(pers) }
    let e = f.appendBlock("entry"), ok = f.appendBlock("ok"), pad = f.appendBlock("pad")
    f.positionAtEnd(e)
    f.loc = SourceLoc(70)
    if padReachedByBr {
      f.condBr(f.param(0), ok, pad)
    } else {
      f.invoke(g, [], normal: ok, unwind: pad)
    }
    f.loc = .none
    f.positionAtEnd(ok); f.retVoid()
    f.positionAtEnd(pad)
    if padNotFirst { _ = f.alloca(.i32) }
    f.loc = SourceLoc(71)
    if unwindStartsWithPad || padNotFirst {
      let lp = f.landingpad(lpt, cleanup: true, clauses: [(.catch, b.constNull())], name: "lp")
      f.loc = .none
      f.resume(lp)
    } else {
      f.loc = .none
      f.retVoid()
    }
    return b.finish()
  }

  @Test func validInvoke() { expectClean(ehModule()) }

  @Test func landingpadNeedsPersonality() {
    expectError(ehModule(personality: false), "landingpad needs a function with a personality ('@f' has none)", at: 71)
  }

  @Test func unwindDestinationMustStartWithLandingpad() {
    expectError(ehModule(unwindStartsWithPad: false), "invoke unwind destination '%pad' does not start with a landingpad", at: 70)
  }

  @Test func landingpadOnlyOnUnwindEdges() {
    expectError(ehModule(padReachedByBr: true),
                "block '%pad' with a landingpad must be reached only by the unwind edge of an invoke", at: 71)
  }

  @Test func landingpadFirstNonPhi() {
    let items = verifierErrors(ehModule(padNotFirst: true))
    #expect(items.map(\.message).contains("landingpad must be the first non-phi instruction of its block"))
    #expect(items.contains { $0.loc == SourceLoc(71) })
  }
}

@Suite struct VerifierConstantTests {
  @Test func integerConstantMustFitInInstruction() {
    let m = oneFunction(.void, [.ptr], argNames: ["p"]) { b, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(80)
      f.store(b.constInt(.i8, 300), f.param(0), align: 1)
      f.loc = .none
      f.retVoid()
    }
    expectError(m, "integer constant 300 does not fit in 'i8'", at: 80)
  }

  @Test func integerConstantMustFitInGlobalInitializer() {
    let b = ModuleBuilder()
    let arr = b.constArray(.i8, [b.constInt(.i8, 1), b.constInt(.i8, 256)])
    b.addGlobal(name: "g", type: b.typeOf(arr), initializer: arr, loc: SourceLoc(81))
    expectError(b.finish(), "integer constant 256 does not fit in 'i8'", at: 81)
  }

  @Test func oddWidthAndWideConstants() {
    let b = ModuleBuilder()
    let i24 = b.intType(24), i72 = b.intType(72)
    b.addGlobal(name: "a", type: i24, initializer: b.constInt(i24, -1))
    b.addGlobal(name: "b", type: i72, initializer: b.constInt(i72, -1))
    b.addGlobal(name: "c", type: i72, initializer: b.constInt(i72, words: [0, 0x1FF]), loc: SourceLoc(82))
    expectError(b.finish(), "integer constant 0x1ff_0 does not fit in 'i72'", at: 82)
  }

  @Test func initializerTypeMustMatch() {
    let b = ModuleBuilder()
    b.addGlobal(name: "g", type: .i32, initializer: b.constInt(.i64, 1), loc: SourceLoc(83))
    expectError(b.finish(), "initializer of global @g has type 'i64' but the global has type 'i32'", at: 83)
  }

  @Test func aggregateConstantShapes() {
    let b = ModuleBuilder()
    let a3 = b.arrayType(.i32, 3)
    b.addGlobal(name: "a", type: a3, initializer: b.constAggregate(a3, [b.constInt(.i32, 1), b.constInt(.i32, 2)]),
                loc: SourceLoc(84))
    expectError(b.finish(), "array constant has 2 elements but its type '[3 x i32]' has 3", at: 84)

    let b2 = ModuleBuilder()
    let s = b2.namedStructType("struct.P", fields: [.i32, .ptr])
    b2.addGlobal(name: "s", type: s, initializer: b2.constStruct(s, [b2.constInt(.i32, 1), b2.constInt(.i64, 2)]),
                 loc: SourceLoc(85))
    expectError(b2.finish(), "struct constant element 1 has type 'i64' but the field is 'ptr'", at: 85)

    let b3 = ModuleBuilder()
    let s3 = b3.structType([.i32, .ptr])
    let g = b3.addGlobal(name: "x", type: .i32, initializer: b3.constInt(.i32, 5))
    let good = b3.constStruct(s3, [b3.constInt(.i32, 1), g])
    b3.addGlobal(name: "s", type: s3, initializer: good)
    let str = b3.constString("hi")
    b3.addGlobal(name: "str", type: b3.typeOf(str), initializer: str)
    let gep = b3.constGEP(b3.arrayType(.i8, 3), .global(2), [b3.constInt(.i64, 0), b3.constInt(.i64, 1)])
    b3.addGlobal(name: "p", type: .ptr, initializer: gep)
    b3.addGlobal(name: "n", type: .i64, initializer: b3.constCast(.ptrtoint, g, to: .i64))
    b3.addGlobal(name: "z", type: s3, initializer: b3.zero(s3))
    b3.addGlobal(name: "ext", type: .i32)
    expectClean(b3.finish())
  }
}

@Suite struct VerifierRobustnessTests {
  @Test func outOfRangeOperandsAreReportedNotTrapped() {
    let m = oneFunction(.i32) { b, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(90)
      let x = f.append(.add, type: .i32, operands: [Value(.argument, 5), b.constInt(.i32, 1)])
      f.loc = SourceLoc(91)
      let y = f.append(.add, type: .i32, operands: [Value(.constant, 100_000), .global(9)])
      f.loc = SourceLoc(92)
      f.append(.br, type: .void, operands: [.block(BlockID(40))])
      _ = (x, y)
    }
    let items = verifierErrors(m)
    #expect(items.map(\.message) == ["'add' has an invalid operand 1", "'add' has an invalid operand 1", "'br' has an invalid operand 1"])
    #expect(items.map(\.loc) == [SourceLoc(90), SourceLoc(91), SourceLoc(92)])
  }

  @Test func malformedOperandCountsAreReported() {
    let m = oneFunction(.i32) { b, f in
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(93)
      let x = f.append(.add, type: .i32, operands: [b.constInt(.i32, 1)])
      f.loc = SourceLoc(94)
      f.append(.phi, type: .i32, operands: [b.constInt(.i32, 1)])
      f.loc = .none
      f.ret(x)
    }
    let items = verifierErrors(m)
    #expect(items.map(\.message).contains("'add' takes two operands"))
    #expect(items.map(\.message).contains("phi node has an odd number of operands"))
  }

  @Test func reportsEveryErrorUpToTheLimit() {
    let b = ModuleBuilder()
    for k in 0..<30 {
      let f = b.addFunction(name: "f\(k)", type: b.functionType(.i32, []))
      f.positionAtEnd(f.appendBlock("entry"))
      f.loc = SourceLoc(k)
      f.ret(b.constInt(.i64, 0))
    }
    let m = b.finish()
    var d = Diagnostics(file: nil, limit: 20)
    #expect(!IRVerifier.verify(m, diagnostics: &d))
    #expect(d.items.count == 20)
    #expect(d.isFull)
    #expect(d.items.map(\.loc) == (0..<20).map { SourceLoc($0) })
  }

  @Test func declarationsAndEmptyModulesVerify() {
    let b = ModuleBuilder()
    b.declareFunction(name: "puts", type: b.functionType(.i32, [.ptr]))
    expectClean(b.finish())
    expectClean(Module())
  }
}
