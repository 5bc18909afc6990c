// Hand-built functions for the allocator, each allocated with 2–4 registers per class and
// replayed by the checker: straight-line code, diamonds, loops with loop-carried values, spills
// under pressure, calls that clobber, fixed and reuse constraints, block parameters that swap
// and rotate, plus input validation and unsatisfiable constraints.

import Testing
@testable import KilnRegAlloc

let r0 = PReg(.int, 0), r1 = PReg(.int, 1), r2 = PReg(.int, 2), r3 = PReg(.int, 3)
let f0 = PReg(.float, 0), f1 = PReg(.float, 1)

@discardableResult
func allocChecked(_ f: RAFunction, _ env: MachineEnv, sourceLocation: SourceLocation = #_sourceLocation) throws -> RegAllocResult {
  let r = try allocateRegisters(f, env, options: RegAllocOptions(runChecker: false))
  let errs = checkAllocation(f, env, r)
  #expect(errs.isEmpty, "checker: \(errs.prefix(5))", sourceLocation: sourceLocation)
  return r
}

/// Operand allocations of instruction `i`.
func allocsOf(_ f: RAFunction, _ r: RegAllocResult, _ i: RAInst) -> [Allocation] {
  Array(r.allocs[f.operandRange(i.index)])
}

@Suite struct HandBuiltTests {
  @Test func straightLine() throws {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    let a = b.newVReg(.int), c = b.newVReg(.int), d = b.newVReg(.int), s = b.newVReg(.int)
    b.switchTo(e)
    b.inst([.def(a, .int, .fixedReg(r0)), .def(c, .int, .fixedReg(r1))])
    b.inst([.use(a, .int), .use(c, .int), .def(d, .int)])
    b.inst([.use(d, .int), .use(a, .int), .def(s, .int)])
    b.inst([.use(s, .int, .fixedReg(r0))])
    let f = try b.finish()
    let r = try allocChecked(f, makeEnv(int: 2, float: 2))
    #expect(r.spillSlotCount == 0)
    // the result goes straight to r0 (hint), so no copy is needed before the return
    #expect(r.edits.allSatisfy { $0.point != .before(3) })
  }

  @Test func diamondWithParam() throws {
    var b = RAFunctionBuilder()
    let b0 = b.newBlock(), b1 = b.newBlock(), b2 = b.newBlock(), b3 = b.newBlock()
    let x = b.newVReg(.int), cond = b.newVReg(.int), y1 = b.newVReg(.int), y2 = b.newVReg(.int)
    let p = b.addParam(b3, .int)
    b.switchTo(b0)
    b.inst([.def(x, .int, .fixedReg(r0))])
    b.inst([.use(x, .int), .def(cond, .int)])
    b.inst([.use(cond, .int)])
    b.switchTo(b1)
    b.inst([.use(x, .int), .def(y1, .int)])
    b.inst([])
    b.switchTo(b2)
    b.inst([.use(x, .int), .def(y2, .int, .reuse(0))])
    b.inst([])
    b.switchTo(b3)
    let z = b.newVReg(.int)
    b.inst([.use(p, .int), .use(x, .int), .def(z, .int)])
    b.inst([.use(z, .int, .fixedReg(r0))])
    b.edge(b0, b1); b.edge(b0, b2)
    b.edge(b1, b3, args: [y1]); b.edge(b2, b3, args: [y2])
    let f = try b.finish()
    for n in 2 ... 3 { try allocChecked(f, makeEnv(int: n, float: 2)) }
  }

  /// sum = 0; i = n; do { sum += i; i -= 1 } while i != 0; return sum
  func loopFunction(extraLive: Int) throws -> RAFunction {
    var b = RAFunctionBuilder()
    let b0 = b.newBlock(), b1 = b.newBlock(), b2 = b.newBlock(), b3 = b.newBlock()
    let n = b.newVReg(.int), zero = b.newVReg(.int)
    let i = b.addParam(b1, .int), s = b.addParam(b1, .int)
    let s2 = b.newVReg(.int), i2 = b.newVReg(.int), c = b.newVReg(.int)
    var extras: [VReg] = []
    b.switchTo(b0)
    b.inst([.def(n, .int, .fixedReg(r0))])
    b.inst([.def(zero, .int)])
    for _ in 0 ..< extraLive { let v = b.newVReg(.int); b.inst([.use(n, .int), .def(v, .int)]); extras.append(v) }
    b.inst([])
    b.switchTo(b1)
    b.inst([.use(s, .int), .use(i, .int), .def(s2, .int, .reuse(0))])
    b.inst([.use(i, .int), .def(i2, .int, .reuse(0))])
    b.inst([.use(i2, .int), .def(c, .int)])
    b.inst([.use(c, .int)])
    b.switchTo(b2)
    b.inst([])
    b.switchTo(b3)
    var acc = s2
    for v in extras { let t = b.newVReg(.int); b.inst([.use(acc, .int), .use(v, .int), .def(t, .int, .reuse(0))]); acc = t }
    b.inst([.use(acc, .int, .fixedReg(r0))])
    b.edge(b0, b1, args: [n, zero])
    b.edge(b1, b2); b.edge(b1, b3)
    b.edge(b2, b1, args: [i2, s2])
    return try b.finish()
  }

  @Test func loopCarriedValues() throws {
    let f = try loopFunction(extraLive: 0)
    let r = try allocChecked(f, makeEnv(int: 3, float: 2))
    #expect(r.spillSlotCount == 0)
    try allocChecked(f, makeEnv(int: 2, float: 2))
  }

  @Test func loopUnderPressureSpills() throws {
    let f = try loopFunction(extraLive: 4)
    for n in 2 ... 4 {
      let r = try allocChecked(f, makeEnv(int: n, float: 2))
      #expect(r.stats.spilledVRegs > 0, "values live across the loop exceed \(n) registers")
    }
    try allocChecked(f, makeEnv(int: 2, float: 2, scratch: false))
  }

  @Test func highPressureStraightLine() throws {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let seed = b.newVReg(.float)
    b.inst([.def(seed, .float, .fixedReg(f0))])
    var vs: [VReg] = []
    for _ in 0 ..< 10 { let v = b.newVReg(.float); b.inst([.use(seed, .float), .def(v, .float)]); vs.append(v) }
    var acc = seed
    for v in vs.reversed() { let t = b.newVReg(.float); b.inst([.use(acc, .float), .use(v, .float), .def(t, .float, .reuse(0))]); acc = t }
    b.inst([.use(acc, .float, .fixedReg(f0))])
    let f = try b.finish()
    for n in 2 ... 4 {
      let r = try allocChecked(f, makeEnv(int: 2, float: n))
      #expect(r.stats.spilledVRegs >= 10 - n)
    }
  }

  func callFunction(clobbers: PRegSet) throws -> RAFunction {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let a = b.newVReg(.int), keep = b.newVReg(.int), res = b.newVReg(.int), sum = b.newVReg(.int)
    b.inst([.def(a, .int, .fixedReg(r0))])
    b.inst([.use(a, .int), .def(keep, .int)])
    b.inst([.use(a, .int, .fixedReg(r0)), .def(res, .int, .fixedReg(r0))], clobbers: clobbers)
    b.inst([.use(res, .int), .use(keep, .int), .def(sum, .int)])
    b.inst([.use(sum, .int, .fixedReg(r0))])
    return try b.finish()
  }

  @Test func callClobbersPreferCalleeSaved() throws {
    // r0, r1 caller-saved (args/result), r2 callee-saved
    let f = try callFunction(clobbers: [r0, r1])
    let env = makeEnv(int: 3, float: 2, calleeSavedInt: 1)
    let r = try allocChecked(f, env)
    let keepLoc = allocsOf(f, r, RAInst(1))[1]
    #expect(keepLoc == .reg(r2), "a value live across the call goes to the callee-saved register")
    #expect(r.usedCalleeSaved.contains(r2))
    #expect(r.spillSlotCount == 0)
    // Without a callee-saved register it must be spilled around the call.
    let r2env = try allocChecked(try callFunction(clobbers: [r0, r1, r2]), makeEnv(int: 3, float: 2))
    #expect(r2env.spillSlotCount >= 1)
    #expect(r2env.usedCalleeSaved.isEmpty)
  }

  @Test func callWithManyArgsAndLiveAcross() throws {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let x = b.newVReg(.int), y = b.newVReg(.int), z = b.newVReg(.int), fl = b.newVReg(.float)
    b.inst([.def(x, .int, .fixedReg(r0)), .def(y, .int, .fixedReg(r1)), .def(fl, .float, .fixedReg(f0))])
    b.inst([.use(x, .int), .use(y, .int), .def(z, .int)])
    // call(y, x): arguments swapped relative to where they live → a cycle through the scratch
    let res = b.newVReg(.int)
    b.inst([.use(y, .int, .fixedReg(r0)), .use(x, .int, .fixedReg(r1)), .def(res, .int, .fixedReg(r0))],
           clobbers: [r0, r1, r2, f0, f1])
    let t = b.newVReg(.int), u = b.newVReg(.float)
    b.inst([.use(res, .int), .use(z, .int), .use(x, .int), .def(t, .int)])
    b.inst([.use(fl, .float), .def(u, .float)])
    b.inst([.use(t, .int, .fixedReg(r0))])
    let f = try b.finish()
    try allocChecked(f, makeEnv(int: 3, float: 2))
    try allocChecked(f, makeEnv(int: 3, float: 2, scratch: false))
    try allocChecked(f, makeEnv(int: 4, float: 2, calleeSavedInt: 1))
  }

  @Test func fixedShiftCountAndDivide() throws {
    // x86-like: shl v, cl (count fixed in r2, dst reuses v); div: dividend in r0, quotient r0, remainder r1
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let a = b.newVReg(.int), n = b.newVReg(.int), sh = b.newVReg(.int), q = b.newVReg(.int), rem = b.newVReg(.int), out = b.newVReg(.int)
    b.inst([.def(a, .int, .fixedReg(r2)), .def(n, .int, .fixedReg(r0))])
    b.inst([.use(a, .int), .use(n, .int, .fixedReg(r2)), .def(sh, .int, .reuse(0))])
    b.inst([.use(sh, .int, .fixedReg(r0)), .use(a, .int), .def(q, .int, .fixedReg(r0)), .def(rem, .int, .fixedReg(r1))])
    b.inst([.use(q, .int), .use(rem, .int), .use(sh, .int, .any), .def(out, .int, .reuse(0))])
    b.inst([.use(out, .int, .fixedReg(r0))])
    let f = try b.finish()
    let r = try allocChecked(f, makeEnv(int: 3, float: 2))
    let shl = allocsOf(f, r, RAInst(1))
    #expect(shl[1] == .reg(r2) && shl[0] == shl[2] && shl[0].isReg)
    let div = allocsOf(f, r, RAInst(2))
    #expect(div[0] == .reg(r0) && div[2] == .reg(r0) && div[3] == .reg(r1))
    #expect(div[1].isReg && div[1] != .reg(r0))
    try allocChecked(f, makeEnv(int: 4, float: 2))
    try allocChecked(f, makeEnv(int: 3, float: 2, scratch: false))
  }

  @Test func reuseChainTwoAddress() throws {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let a = b.newVReg(.int)
    b.inst([.def(a, .int, .fixedReg(r0))])
    var cur = a
    var all: [VReg] = [a]
    for k in 0 ..< 6 {
      let d = b.newVReg(.int)
      // keep some old values alive so the reused input is sometimes still needed afterwards
      let other = all[max(0, all.count - 1 - (k % 3))]
      b.inst([.use(cur, .int), .use(other, .int), .def(d, .int, .reuse(0))])
      cur = d; all.append(d)
    }
    let t = b.newVReg(.int)
    b.inst([.use(all[1], .int), .use(all[3], .int), .use(cur, .int, .any), .def(t, .int)])
    b.inst([.use(t, .int, .fixedReg(r0))])
    let f = try b.finish()
    for n in 2 ... 4 {
      let r = try allocChecked(f, makeEnv(int: n, float: 2))
      for i in 1 ... 6 { let al = allocsOf(f, r, RAInst(i)); #expect(al[0] == al[2]) }
    }
  }

  /// b1(x, y, z) loops back with its params rotated/swapped: parallel moves with cycles.
  func rotateFunction(classes: RegClass, rotate3: Bool) throws -> RAFunction {
    var b = RAFunctionBuilder()
    let b0 = b.newBlock(), b1 = b.newBlock(), b2 = b.newBlock(), b3 = b.newBlock()
    let c = classes
    let fixed = c == .int ? [r0, r1, r2] : [f0, f1, f0]
    let a = b.newVReg(c), bb = b.newVReg(c), cc = b.newVReg(c), cond0 = b.newVReg(.int)
    let x = b.addParam(b1, c), y = b.addParam(b1, c), z = b.addParam(b1, c)
    let cond = b.newVReg(.int), res = b.newVReg(c)
    b.switchTo(b0)
    b.inst([.def(a, c, .fixedReg(fixed[0])), .def(bb, c, .fixedReg(fixed[1]))])
    b.inst([.use(a, c), .def(cc, c)])
    b.inst([.def(cond0, .int)])
    b.inst([])
    b.switchTo(b1)
    b.inst([.use(x, c), .use(y, c), .def(cond, .int)])
    b.inst([.use(cond, .int)])
    b.switchTo(b2)
    b.inst([.use(z, c, .any), .use(cond0, .int, .any)])
    b.inst([])
    b.switchTo(b3)
    b.inst([.use(x, c), .use(z, c), .def(res, c, .reuse(0))])
    b.inst([.use(res, c, .fixedReg(fixed[0]))])
    b.edge(b0, b1, args: [a, bb, cc])
    b.edge(b1, b2); b.edge(b1, b3)
    b.edge(b2, b1, args: rotate3 ? [y, z, x] : [y, x, z])
    return try b.finish()
  }

  @Test(arguments: [RegClass.int, .float], [false, true])
  func blockParamSwapsAndCycles(cls: RegClass, rotate3: Bool) throws {
    let f = try rotateFunction(classes: cls, rotate3: rotate3)
    for n in 3 ... 4 {
      for scratch in [true, false] {
        let env = cls == .int ? makeEnv(int: n, float: 2, scratch: scratch) : makeEnv(int: 4, float: n - 1, scratch: scratch)
        try allocChecked(f, env)
      }
    }
  }

  @Test func anyConstraintAcceptsStack() throws {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let vs = (0 ..< 6).map { _ in b.newVReg(.int) }
    b.inst([.def(vs[0], .int, .fixedReg(r0))])
    for k in 1 ..< 6 { b.inst([.use(vs[0], .int), .def(vs[k], .int, .any)]) }
    let s = b.newVReg(.int)
    b.inst([.use(vs[1], .int, .any), .use(vs[2], .int, .any), .use(vs[3], .int, .any), .use(vs[4], .int, .any), .use(vs[5], .int), .def(s, .int)])
    b.inst([.use(s, .int, .fixedReg(r0))])
    let f = try b.finish()
    let r = try allocChecked(f, makeEnv(int: 2, float: 2))
    #expect(allocsOf(f, r, RAInst(6)).contains { $0.isStack })
  }

  @Test func invalidInputsAreReported() throws {
    // critical edge
    do {
      var b = RAFunctionBuilder()
      let b0 = b.newBlock(), b1 = b.newBlock(), b2 = b.newBlock()
      let c = b.newVReg(.int)
      b.switchTo(b0); b.inst([.def(c, .int)]); b.inst([.use(c, .int)])
      b.switchTo(b1); b.inst([])
      b.switchTo(b2); b.inst([])
      b.edge(b0, b1); b.edge(b0, b2); b.edge(b1, b2)
      let f = try b.finish()
      #expect(throws: RegAllocError.self) { try allocateRegisters(f, makeEnv(int: 2, float: 2)) }
    }
    // use not dominated by its definition
    do {
      var b = RAFunctionBuilder()
      let b0 = b.newBlock(), b1 = b.newBlock(), b2 = b.newBlock(), b3 = b.newBlock()
      let c = b.newVReg(.int), v = b.newVReg(.int)
      b.switchTo(b0); b.inst([.def(c, .int)]); b.inst([.use(c, .int)])
      b.switchTo(b1); b.inst([.def(v, .int)]); b.inst([])
      b.switchTo(b2); b.inst([])
      b.switchTo(b3); b.inst([.use(v, .int)])
      b.edge(b0, b1); b.edge(b0, b2); b.edge(b1, b3); b.edge(b2, b3)
      let f = try b.finish()
      var msg = ""
      do { _ = try allocateRegisters(f, makeEnv(int: 2, float: 2)) } catch { msg = error.description }
      #expect(msg.contains("does not dominate"))
    }
    // bad reuse target, class mismatch, double definition
    do {
      var b = RAFunctionBuilder()
      let b0 = b.newBlock()
      let a = b.newVReg(.int), fl = b.newVReg(.float)
      b.switchTo(b0)
      b.inst([.def(a, .int)])
      b.inst([.use(a, .float), .def(a, .int, .reuse(5))])
      b.inst([.def(fl, .float, .fixedReg(r0))])
      let f = try b.finish()
      var msg = ""
      do { _ = try allocateRegisters(f, makeEnv(int: 2, float: 2)) } catch { msg = error.description }
      #expect(msg.contains("defined more than once"))
      #expect(msg.contains("class does not match"))
      #expect(msg.contains("not an allocatable float register"))
    }
  }

  /// Instructions handed over in one batch at the end (`endInsts(deferredOperands:)`), the
  /// blocks switched to at the index their first instruction will have (`switchTo(_:at:)`),
  /// give the function that per-block building gives; a block start that goes back is reported.
  @Test func batchedInstructionsAcrossBlocks() throws {
    let x = VReg(0), y = VReg(1)
    let ops: [[Operand]] = [[.def(x, .int)], [], [.use(x, .int), .def(y, .int)], [.use(y, .int, .fixedReg(r0))]]
    var plain = RAFunctionBuilder()
    let p0 = plain.newBlock(), p1 = plain.newBlock()
    _ = plain.newVReg(.int); _ = plain.newVReg(.int)
    plain.switchTo(p0); plain.inst(ops[0]); plain.inst(ops[1])
    plain.switchTo(p1); plain.inst(ops[2]); plain.inst(ops[3])
    plain.edge(p0, p1)
    let f1 = try plain.finish()
    var batched = RAFunctionBuilder()
    let q0 = batched.newBlock(), q1 = batched.newBlock()
    _ = batched.newVReg(.int); _ = batched.newVReg(.int)
    batched.switchTo(q0, at: 0)
    batched.switchTo(q1, at: 2)
    var insts: [RAInstData] = [], flat: [Operand] = []
    for o in ops {
      insts.append(RAInstData(operandStart: UInt32(flat.count), operandCount: UInt32(o.count), clobbers: PRegSet(), isMove: false))
      flat += o
    }
    insts.withUnsafeBufferPointer { batched.endInsts(deferredOperands: $0) }
    flat.withUnsafeBufferPointer { batched.appendOperands($0) }
    batched.edge(q0, q1)
    let f2 = try batched.finish()
    #expect(f1.blocks.map { [$0.instStart, $0.instEnd] } == f2.blocks.map { [$0.instStart, $0.instEnd] })
    #expect(f2.blocks.map { [$0.instStart, $0.instEnd] } == [[0, 2], [2, 4]])
    let r1 = try allocChecked(f1, makeEnv(int: 2, float: 2)), r2 = try allocChecked(f2, makeEnv(int: 2, float: 2))
    #expect(r1.allocs == r2.allocs)
    var back = RAFunctionBuilder()
    let c0 = back.newBlock(), c1 = back.newBlock()
    back.switchTo(c0, at: 3)
    back.switchTo(c1, at: 1)
    var msg = ""
    do { _ = try back.finish() } catch { msg = error.description }
    #expect(msg.contains("before the block before it"))
  }

  @Test func unsatisfiableConstraintsThrow() throws {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let a = b.newVReg(.int), c = b.newVReg(.int), d = b.newVReg(.int), s = b.newVReg(.int)
    b.inst([.def(a, .int), .def(c, .int, .any), .def(d, .int, .any)])
    b.inst([.use(a, .int), .use(c, .int), .use(d, .int), .def(s, .int)])
    b.inst([.use(s, .int, .fixedReg(r0))])
    let f = try b.finish()
    #expect(throws: RegAllocError.self) { try allocateRegisters(f, makeEnv(int: 2, float: 2)) }
    try allocChecked(f, makeEnv(int: 3, float: 2))
  }
}
