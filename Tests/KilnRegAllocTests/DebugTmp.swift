import Testing
@testable import KilnRegAlloc
@Test func debugTmp() throws {
  let env = RandomTests.envs[0]
  for seed in [1, 3] {
    var g = RandomFunctionGenerator(seed: UInt64(seed * 7919 + 0), env: env, blocks: 1 + seed % 12, insts: 0 ... 10)
    g.callRate = seed % 3 == 0 ? 0.2 : 0.05
    let f = g.generate()
    print(f)
    do { _ = try allocateRegisters(f, env, options: RegAllocOptions(runChecker: false)) } catch { print(error) }
  }
}
