// The checker must catch broken allocations: corrupted operand locations, dropped reloads and
// edge moves, violated fixed and reuse constraints, reads of clobbered registers, and missing
// callee-saved reports. Each test starts from a valid allocation (checker clean) and breaks it.

import Testing
@testable import KilnRegAlloc

@Suite struct CheckerTests {
  func callFunction() throws -> RAFunction {
    var b = RAFunctionBuilder()
    let e = b.newBlock()
    b.switchTo(e)
    let a = b.newVReg(.int), keep = b.newVReg(.int), res = b.newVReg(.int), sum = b.newVReg(.int)
    b.inst([.def(a, .int, .fixedReg(r0))])
    b.inst([.use(a, .int), .def(keep, .int)])
    b.inst([.use(a, .int, .fixedReg(r0)), .def(res, .int, .fixedReg(r0))], clobbers: [r0, r1])
    b.inst([.use(res, .int), .use(keep, .int), .def(sum, .int, .reuse(0))])
    b.inst([.use(sum, .int, .fixedReg(r0))])
    return try b.finish()
  }

  @Test func detectsWrongUseRegister() throws {
    let f = try callFunction()
    let env = makeEnv(int: 3, float: 2, calleeSavedInt: 1)
    let good = try allocChecked(f, env)
    var bad = good
    let k = f.operandRange(3).lowerBound + 1  // use of `keep` after the call
    bad.allocs[k] = good.allocs[k] == .reg(r1) ? .reg(r0) : .reg(r1)
    #expect(!checkAllocation(f, env, bad).isEmpty)
  }

  @Test func detectsReadOfClobberedRegister() throws {
    let f = try callFunction()
    let env = makeEnv(int: 3, float: 2, calleeSavedInt: 1)
    let good = try allocChecked(f, env)
    // pretend `keep` stayed in caller-saved r1 across the call: rewrite its def and use to r1
    var bad = good
    let def = f.operandRange(1).lowerBound + 1, use = f.operandRange(3).lowerBound + 1
    bad.allocs[def] = .reg(r1); bad.allocs[use] = .reg(r1)
    let errs = checkAllocation(f, env, bad)
    #expect(errs.contains { $0.message.contains("clobbered") })
  }

  @Test func detectsFixedAndReuseViolations() throws {
    let f = try callFunction()
    let env = makeEnv(int: 3, float: 2, calleeSavedInt: 1)
    let good = try allocChecked(f, env)
    var bad = good
    bad.allocs[f.operandRange(2).lowerBound] = .reg(r1)
    #expect(checkAllocation(f, env, bad).contains { $0.message.contains("must be in r0") })
    bad = good
    let reuseDef = f.operandRange(3).lowerBound + 2
    bad.allocs[reuseDef] = good.allocs[reuseDef] == .reg(r1) ? .reg(r2) : .reg(r1)
    #expect(checkAllocation(f, env, bad).contains { $0.message.contains("reuse") })
  }

  @Test func detectsMissingCalleeSavedReport() throws {
    let f = try callFunction()
    let env = makeEnv(int: 3, float: 2, calleeSavedInt: 1)
    var bad = try allocChecked(f, env)
    #expect(bad.usedCalleeSaved.contains(r2))
    bad.usedCalleeSaved = PRegSet()
    #expect(checkAllocation(f, env, bad).contains { $0.message.contains("callee-saved") })
  }

  @Test func detectsDroppedAndReorderedEdits() throws {
    // Random functions under pressure: every reload (slot → register) and every edge move whose
    // removal changes what a later use reads must be reported. Removing any single reload must
    // be caught in most cases (a reload can be redundant only if the same value is still in
    // that register, which the allocator does not arrange on purpose).
    var reloads = 0, caught = 0, edgeDrops = 0, edgeCaught = 0
    for seed in 0 ..< 40 {
      let env = makeEnv(int: 2, float: 2)
      var g = RandomFunctionGenerator(seed: UInt64(500 + seed), env: env, blocks: 6, insts: 4 ... 10)
      let f = g.generate()
      let good = try allocChecked(f, env)
      for (k, ed) in good.edits.enumerated() {
        let isReload = ed.from.isStack && ed.to.isReg
        let isEdge = ed.edge != .max
        guard isReload || isEdge else { continue }
        var bad = good
        bad.edits.remove(at: k)
        let detected = !checkAllocation(f, env, bad).isEmpty
        if isReload { reloads += 1; if detected { caught += 1 } }
        if isEdge { edgeDrops += 1; if detected { edgeCaught += 1 } }
      }
    }
    #expect(reloads > 20 && edgeDrops > 20)
    #expect(caught * 10 >= reloads * 9, "caught \(caught) of \(reloads) dropped reloads")
    #expect(edgeCaught * 10 >= edgeDrops * 8, "caught \(edgeCaught) of \(edgeDrops) dropped edge moves")
  }

  @Test func detectsCorruptedOperandsInRandomFunctions() throws {
    var tried = 0, caught = 0
    for seed in 0 ..< 30 {
      let env = makeEnv(int: 3, float: 2)
      var g = RandomFunctionGenerator(seed: UInt64(900 + seed), env: env, blocks: 5, insts: 3 ... 8)
      let f = g.generate()
      let good = try allocChecked(f, env)
      for k in 0 ..< f.operands.count where f.operands[k].kind == .use && f.operands[k].constraint == .anyReg {
        guard let r = good.allocs[k].reg else { continue }
        var bad = good
        bad.allocs[k] = .reg(PReg(r.regClass, (r.index + 1) % env.regs(r.regClass).count))
        tried += 1
        if !checkAllocation(f, env, bad).isEmpty { caught += 1 }
      }
    }
    #expect(tried > 50)
    #expect(caught * 10 >= tried * 9, "caught \(caught) of \(tried)")
  }

  @Test func detectsBrokenParameterBinding() throws {
    let f = try HandBuiltTests().rotateFunction(classes: .int, rotate3: true)
    let env = makeEnv(int: 4, float: 2)
    let good = try allocChecked(f, env)
    var bad = good
    bad.blockParamAllocs.swapAt(0, 1)
    #expect(checkAllocation(f, env, bad).contains { $0.message.contains("parameter") })
  }
}
