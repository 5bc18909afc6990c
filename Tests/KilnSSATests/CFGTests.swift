// Tests of SCFG: edges (with duplicates and edge indices), reverse postorder, dominators (also
// against a naive set-based computation on random graphs), instruction-level dominance, loop
// depth, unreachable blocks, storage reuse and malformed input.

import Testing
@testable import KilnSSA

/// A function whose block i branches to `edges[i]` (jump / brif / switch by count; ret if none).
func cfgFunction(_ edges: [[Int]]) -> SFunction {
  var h = HandSSA(params: [.i32], returns: [])
  var blocks: [SBlockID] = []
  var p0 = SValue.none
  for i in edges.indices {
    let (b, p) = h.block(i == 0 ? [.i32] : [])
    blocks.append(b)
    if i == 0 { p0 = p[0] }
  }
  for (i, out) in edges.enumerated() {
    h.at(blocks[i])
    switch out.count {
    case 0: h.add(.ret, .none)
    case 1: h.add(.jump, .none, succs: [(blocks[out[0]], [])])
    case 2:
      let c = h.v(.ireduce, .i8, [p0])
      h.add(.brif, .none, [c], succs: [(blocks[out[0]], []), (blocks[out[1]], [])])
    default:
      h.add(.switch_, .i32, [p0], succs: out.map { (blocks[$0], []) }, cases: (1..<out.count).map { UInt64($0) })
    }
  }
  return h.f
}

func ids(_ s: ArraySlice<SBlockID>) -> [Int] { s.map(\.index) }

@Suite struct CFGTests {
  @Test func diamond() {
    // 0 -> 1, 2; 1 -> 3; 2 -> 3
    let f = cfgFunction([[1, 2], [3], [3], []])
    let g = SCFG(f)
    #expect(ids(g.successors(SBlockID(0))) == [1, 2])
    #expect(ids(g.predecessors(SBlockID(3))) == [1, 2])
    #expect(ids(g.predecessors(SBlockID(0))) == [])
    #expect(g.rpo.first == SBlockID(0))
    #expect(g.rpo.last == SBlockID(3))
    #expect(g.rpo.count == 4)
    #expect(g.idom(SBlockID(3)) == SBlockID(0))
    #expect(g.idom(SBlockID(1)) == SBlockID(0))
    #expect(g.idom(SBlockID(0)) == nil)
    #expect(g.dominates(SBlockID(0), SBlockID(3)))
    #expect(!g.dominates(SBlockID(1), SBlockID(3)))
    #expect(g.dominates(SBlockID(2), SBlockID(2)))
    #expect(!g.strictlyDominates(SBlockID(2), SBlockID(2)))
    #expect(ids(g.dominatorChildren(SBlockID(0))).sorted() == [1, 2, 3])
    #expect(g.domPreorder.first == SBlockID(0) && g.domPreorder.count == 4)
    // predecessor edges name the SBlockCall of each incoming edge
    for e in g.predecessorEdges(SBlockID(3)) { #expect(f.succs[Int(e)].block == SBlockID(3)) }
    #expect(g.loopDepth.isEmpty)
  }

  @Test func duplicateEdgesAreKept() {
    let f = cfgFunction([[1, 1], []])
    let g = SCFG(f)
    #expect(ids(g.predecessors(SBlockID(1))) == [0, 0])
    #expect(Array(g.predecessorEdges(SBlockID(1))) == [0, 1])
    #expect(g.idom(SBlockID(1)) == SBlockID(0))
  }

  @Test func loopsAndDepth() {
    // 0: entry; 1: outer header (-> 2, 5); 2: inner header (-> 3, 4); 3: inner latch (-> 2);
    // 4: outer latch (-> 1); 5: exit
    let f = cfgFunction([[1], [2, 5], [3, 4], [2], [1], []])
    let g = SCFG(f, loops: true)
    #expect(g.loopDepth == [0, 1, 2, 2, 1, 0])
    #expect(g.idom(SBlockID(4)) == SBlockID(2))
    #expect(g.idom(SBlockID(5)) == SBlockID(1))
    #expect(g.dominates(SBlockID(1), SBlockID(4)))
    #expect(!g.dominates(SBlockID(3), SBlockID(4)))
    // a self loop
    let s = SCFG(cfgFunction([[1], [1, 2], []]), loops: true)
    #expect(s.loopDepth == [0, 1, 0])
  }

  @Test func irreducibleCycleHasNoLoopDepth() {
    // 0 -> 1, 2; 1 -> 2; 2 -> 1: the cycle {1, 2} has two entries
    let g = SCFG(cfgFunction([[1, 2], [2], [1]]), loops: true)
    #expect(g.loopDepth == [0, 0, 0])
    #expect(g.idom(SBlockID(1)) == SBlockID(0))
    #expect(g.idom(SBlockID(2)) == SBlockID(0))
  }

  @Test func unreachableBlocks() {
    // block 2 is unreachable and branches into 1
    let g = SCFG(cfgFunction([[1], [], [1]]))
    #expect(!g.isReachable(SBlockID(2)))
    #expect(g.rpo.count == 2)
    #expect(g.idom(SBlockID(2)) == nil)
    #expect(g.dominates(SBlockID(1), SBlockID(2)))     // everything dominates unreachable code
    #expect(!g.dominates(SBlockID(2), SBlockID(1)))
    #expect(g.idom(SBlockID(1)) == SBlockID(0))        // the unreachable edge does not count
    #expect(ids(g.predecessors(SBlockID(1))) == [0, 2])
  }

  @Test func instructionDominance() {
    let f = cfgFunction([[1, 2], [3], [3], []])
    let g = SCFG(f)
    // block0: ireduce (0), brif (1); block1: jump (2); block2: jump (3); block3: ret (4)
    #expect(g.block(of: SInstID(1)) == SBlockID(0))
    #expect(g.block(of: SInstID(4)) == SBlockID(3))
    #expect(g.dominates(SInstID(0), SInstID(1)))
    #expect(!g.dominates(SInstID(1), SInstID(0)))
    #expect(g.dominates(SInstID(0), SInstID(4)))
    #expect(!g.dominates(SInstID(2), SInstID(4)))
    #expect(g.block(of: SInstID(99)) == nil)
    #expect(g.defDominatesUse(SValue(0), at: SInstID(4), in: f))   // entry parameter
    #expect(g.defDominatesUse(SValue(1), at: SInstID(1), in: f))   // ireduce result, used by brif
    #expect(!g.defDominatesUse(SValue(1), at: SInstID(0), in: f))  // not by itself
  }

  @Test func reuseAcrossFunctions() {
    var g = SCFG()
    g.compute(cfgFunction([[1], [2], [3], [4], []]), loops: true)
    #expect(g.rpo.map(\.index) == [0, 1, 2, 3, 4])
    g.compute(cfgFunction([[1, 2], [], []]))
    #expect(g.blockCount == 3)
    #expect(g.rpo.count == 3)
    #expect(g.idom(SBlockID(2)) == SBlockID(0))
    #expect(g.loopDepth.isEmpty)
    #expect(g.instBlock.count == 4)
  }

  @Test func malformedInputDoesNotTrap() {
    var f = cfgFunction([[1, 2], [3], [3], []])
    f.succs[0].block = SBlockID(50)              // branch to a missing block
    f.blocks[1].instEnd = 1000                    // instruction range out of bounds
    f.insts[Int(f.blocks[2].instStart)].op = .trap  // block 2 ends without a terminator
    f.insts[1].succCount = 10                      // successor range out of bounds
    let g = SCFG(f, loops: true)
    #expect(g.blockCount == 4)
    #expect(g.isReachable(SBlockID(0)))
    let empty = SCFG(SFunction(symbol: SymbolID(0)))
    #expect(empty.rpo.isEmpty)
  }

  /// Random graphs: dominance must agree with the textbook set-based data-flow solution.
  @Test func randomGraphsMatchNaiveDominators() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      seed = seed &* 6364136223846793005 &+ 1442695040888963407
      return Int((seed >> 33) % UInt64(n))
    }
    var g = SCFG()
    for _ in 0..<200 {
      let n = 1 + next(14)
      var edges: [[Int]] = []
      for _ in 0..<n {
        let k = next(4)
        edges.append((0..<k).map { _ in 1 + next(max(n - 1, 1)) }.filter { $0 < n })
      }
      if n == 1 { edges = [[]] }
      let f = cfgFunction(edges)
      g.compute(f, loops: true)
      // naive: reachability, then iterate dom sets
      var reach = Array(repeating: false, count: n)
      var work = [0]; reach[0] = true
      while let b = work.popLast() { for s in edges[b] where !reach[s] { reach[s] = true; work.append(s) } }
      var dom = (0..<n).map { b in b == 0 ? Set([0]) : Set(0..<n) }
      var changed = true
      while changed {
        changed = false
        for b in 1..<max(n, 1) where reach[b] {
          var s = Set(0..<n)
          for p in 0..<n where reach[p] && edges[p].contains(b) { s.formIntersection(dom[p]) }
          s.insert(b)
          if s != dom[b] { dom[b] = s; changed = true }
        }
      }
      for b in 0..<n {
        #expect(g.isReachable(SBlockID(b)) == reach[b])
        guard reach[b] else { continue }
        for a in 0..<n where reach[a] {
          #expect(g.dominates(SBlockID(a), SBlockID(b)) == dom[b].contains(a), "\(edges): \(a) dom \(b)")
        }
        if b != 0 {
          // the immediate dominator is the strict dominator with the largest dominator set
          let strict = dom[b].subtracting([b])
          let expected = strict.max { dom[$0].count < dom[$1].count }
          #expect(g.idom(SBlockID(b))?.index == expected)
        }
      }
      #expect(g.rpo.count == reach.filter { $0 }.count)
      // RPO: the entry first, and every dominator before the blocks it dominates
      #expect(g.rpo.first == SBlockID(0))
      for b in 1..<max(n, 1) where reach[b] {
        if let d = g.idom(SBlockID(b)) { #expect(g.rpoNumber[d.index] < g.rpoNumber[b]) }
      }
    }
  }
}
