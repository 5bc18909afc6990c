// The parallel-move resolver, tested exhaustively: every partial mapping dst ← src over up to
// five locations (registers and spill slots; includes cycles, fan-out and slot-to-slot moves),
// with and without a scratch register, simulated move by move.

import Testing
@testable import KilnRegAlloc

@Suite struct ParallelMoveTests {
  @Test(arguments: [(4, 0), (3, 1), (2, 2), (1, 3), (3, 2), (2, 3), (5, 0), (0, 4)], [true, false])
  func exhaustive(regsAndSlots: (Int, Int), scratch: Bool) {
    let (nr, ns) = regsAndSlots
    let locs: [Allocation] = (0 ..< nr).map { .reg(PReg(.int, $0)) } + (0 ..< ns).map { .stack(SpillSlot($0)) }
    let n = locs.count
    let scratchReg = PReg(.int, 9)
    let fallback = PReg(.int, 0)
    let temps = [SpillSlot(100), SpillSlot(101)]
    var pm = ParallelMoves()
    var out: [ParallelMoves.Move] = []
    var moves: [ParallelMoves.Move] = []
    var src = [Int](repeating: -1, count: n)
    var total = 0, failures = 0
    // odometer over (n+1)^n assignments
    while true {
      moves.removeAll()
      for d in 0 ..< n where src[d] >= 0 { moves.append(.init(from: locs[src[d]], to: locs[d])) }
      out.removeAll()
      pm.resolve(moves[...], scratch: scratch ? scratchReg : nil, fallback: fallback, tempSlot: { temps[$0] }, into: &out)
      // simulate: each location starts holding its own raw id
      var state: [UInt32: UInt32] = [:]
      func read(_ a: Allocation) -> UInt32 { state[a.raw] ?? a.raw }
      var ok = true
      for m in out {
        if m.from.isStack && m.to.isStack { ok = false }
        if let s = m.to.slot, !locs.contains(m.to) && !temps.contains(s) { ok = false }
        if let r = m.to.reg, !locs.contains(m.to) && r != scratchReg && r != fallback { ok = false }
        if !scratch && m.to == .reg(scratchReg) { ok = false }
        state[m.to.raw] = read(m.from)
      }
      if read(.reg(fallback)) != Allocation.reg(fallback).raw && !locs.contains(.reg(fallback)) { ok = false }
      for d in 0 ..< n {
        let want = src[d] >= 0 ? locs[src[d]].raw : locs[d].raw
        if read(locs[d]) != want { ok = false }
      }
      if !ok { failures += 1; if failures < 3 { Issue.record("wrong sequence for \(moves): \(out)") } }
      total += 1
      var k = 0
      while k < n { src[k] += 1; if src[k] < n { break }; src[k] = -1; k += 1 }
      if k == n { break }
    }
    #expect(failures == 0)
    #expect(total == Int(pow(Double(n + 1), Double(n))))
  }

  @Test func cycleUsesScratchOnlyForRegisterCycles() {
    var pm = ParallelMoves()
    var out: [ParallelMoves.Move] = []
    let a = Allocation.reg(PReg(.int, 0)), b = Allocation.reg(PReg(.int, 1)), s = Allocation.stack(SpillSlot(0))
    pm.resolve([.init(from: a, to: b), .init(from: b, to: a)][...], scratch: PReg(.int, 7), fallback: PReg(.int, 0), tempSlot: { SpillSlot(50 + $0) }, into: &out)
    #expect(out.count == 3)
    #expect(out.contains { $0.to == .reg(PReg(.int, 7)) })
    out.removeAll()
    pm.resolve([.init(from: a, to: s), .init(from: s, to: a)][...], scratch: PReg(.int, 7), fallback: PReg(.int, 0), tempSlot: { SpillSlot(50 + $0) }, into: &out)
    #expect(!out.contains { $0.from.isStack && $0.to.isStack })
    #expect(out.contains { $0.to == .stack(SpillSlot(50)) })
  }
}

import Foundation
