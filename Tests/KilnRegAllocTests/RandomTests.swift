// Randomized allocation: hundreds of random valid functions (random CFGs with loops, block
// params, dominance-respecting uses, calls, fixed/reuse/early/late/any operands) allocated with
// tiny register sets, each replayed by the checker; plus a large function for the speed report.

import Testing
import Foundation
@testable import KilnRegAlloc

@Suite struct RandomTests {
  static let envs: [MachineEnv] = [
    makeEnv(int: 2, float: 2),
    makeEnv(int: 2, float: 2, scratch: false),
    makeEnv(int: 3, float: 2, calleeSavedInt: 1),
    makeEnv(int: 3, float: 3, calleeSavedInt: 1, calleeSavedFloat: 1, scratch: false),
    makeEnv(int: 4, float: 2, calleeSavedInt: 2),
    makeEnv(int: 4, float: 3, calleeSavedInt: 1, calleeSavedFloat: 1),
  ]

  @Test(arguments: 0 ..< 6)
  func randomFunctions(envIndex: Int) throws {
    let env = RandomTests.envs[envIndex]
    var failures = 0
    for seed in 0 ..< 80 {
      var g = RandomFunctionGenerator(seed: UInt64(seed * 7919 + envIndex), env: env, blocks: 1 + seed % 12, insts: 0 ... 10)
      g.callRate = seed % 3 == 0 ? 0.2 : 0.05
      if seed % 2 == 1 { g.maxJump = 2 }
      let f = g.generate()
      do {
        let r = try allocateRegisters(f, env, options: RegAllocOptions(runChecker: false))
        let errs = checkAllocation(f, env, r)
        if !errs.isEmpty {
          failures += 1
          if failures <= 2 { Issue.record("seed \(seed) env \(envIndex): \(errs.prefix(4))") }
        }
      } catch {
        failures += 1
        if failures <= 2 { Issue.record("seed \(seed) env \(envIndex): threw \(error)") }
      }
    }
    #expect(failures == 0)
  }

  @Test func biggerRandomFunctions() throws {
    for seed in 0 ..< 20 {
      let env = RandomTests.envs[seed % RandomTests.envs.count]
      var g = RandomFunctionGenerator(seed: UInt64(1_000 + seed), env: env, blocks: 40 + seed * 5, insts: 0 ... 30)
      let f = g.generate()
      let r = try allocateRegisters(f, env, options: RegAllocOptions(runChecker: false))
      let errs = checkAllocation(f, env, r)
      #expect(errs.isEmpty, "seed \(seed): \(errs.prefix(4))")
    }
  }

  @Test func largeFunctionIsCheckedAndTimed() throws {
    let env = makeEnv(int: 12, float: 8, calleeSavedInt: 5, calleeSavedFloat: 2)
    // ~10k instructions here (debug builds are far slower than release); the 100k+ timing is
    // taken from a release build of the same generator (see the module report).
    var g = RandomFunctionGenerator(seed: 42, env: env, blocks: 150, insts: 20 ... 60)
    g.window = 24
    g.maxJump = 8
    let f = g.generate()
    #expect(f.instCount > 5_000)
    let t0 = Date()
    let r = try allocateRegisters(f, env, options: RegAllocOptions(runChecker: false))
    let t1 = Date()
    let errs = checkAllocation(f, env, r)
    #expect(errs.isEmpty, "\(errs.prefix(4))")
    print("regalloc(debug build): \(f.instCount) insts, \(f.vregCount) vregs, \(f.blockCount) blocks: \(Int(t1.timeIntervalSince(t0) * 1000)) ms; \(r.stats.splits) splits, \(r.stats.spilledVRegs) spilled, \(r.edits.count) edits")
  }
}
