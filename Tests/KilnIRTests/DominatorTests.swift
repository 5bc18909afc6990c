// CFG (CSR successors/predecessors with duplicate edges) and the Cooper–Harvey–Kennedy dominator
// tree on small graphs: diamond, loop, unreachable blocks, and storage reuse across functions.

import Testing
import KilnIR
import KilnSupport

/// A function whose blocks branch as `edges` says (block k → its listed successors).
func cfgFunction(_ edges: [[Int]]) -> Function {
  let b = ModuleBuilder()
  let f = b.addFunction(name: "g", type: b.functionType(.void, [.i1, .i32]))
  let blocks = edges.indices.map { f.appendBlock("b\($0)") }
  for (k, succ) in edges.enumerated() {
    f.positionAtEnd(blocks[k])
    switch succ.count {
    case 0: f.retVoid()
    case 1: f.br(blocks[succ[0]])
    case 2: f.condBr(f.param(0), blocks[succ[0]], blocks[succ[1]])
    default:
      f.switch_(f.param(1), default: blocks[succ[0]],
                cases: succ.dropFirst().enumerated().map { (b.constInt(.i32, Int64($0.offset)), blocks[$0.element]) })
    }
  }
  return b.finish().functions[0]
}

@Suite struct DominatorTests {
  @Test func diamond() {
    let f = cfgFunction([[1, 2], [3], [3], []])
    let cfg = CFG(f)
    #expect(Array(cfg.successors(of: 0)) == [1, 2])
    #expect(Array(cfg.predecessors(of: 3)).sorted() == [1, 2])
    let dom = DominatorTree(cfg)
    #expect(dom.immediateDominator(BlockID(3)) == BlockID(0))
    #expect(dom.immediateDominator(BlockID(1)) == BlockID(0))
    #expect(dom.immediateDominator(BlockID(0)) == nil)
    #expect(dom.dominates(0, 3) && !dom.dominates(1, 3) && dom.dominates(3, 3))
    #expect(dom.rpo.first == 0 && dom.rpo.count == 4)
  }

  @Test func loopAndUnreachable() {
    // 0 → 1; 1 → 2 | 3; 2 → 1 (back edge); 3 exit; 4 unreachable → 1.
    let f = cfgFunction([[1], [2, 3], [1], [], [1]])
    let cfg = CFG(f)
    #expect(cfg.predecessorCount(of: 1) == 3)
    let dom = DominatorTree(cfg)
    #expect(dom.immediateDominator(BlockID(2)) == BlockID(1))
    #expect(dom.immediateDominator(BlockID(3)) == BlockID(1))
    #expect(dom.immediateDominator(BlockID(1)) == BlockID(0))
    #expect(!dom.isReachable(4))
    #expect(dom.immediateDominator(BlockID(4)) == nil)
    #expect(!dom.dominates(4, 1) && !dom.dominates(1, 4))
    #expect(dom.dominates(1, 2) && !dom.dominates(2, 3))
  }

  @Test func duplicateEdgesAreKept() {
    // A switch with the default and two cases all going to block 1.
    let f = cfgFunction([[1, 1, 1], []])
    let cfg = CFG(f)
    #expect(Array(cfg.predecessors(of: 1)) == [0, 0, 0])
    #expect(DominatorTree(cfg).immediateDominator(BlockID(1)) == BlockID(0))
  }

  @Test func irreducibleGraph() {
    // 0 → 1 | 2; 1 ↔ 2; both → 3. Neither 1 nor 2 dominates the other.
    let f = cfgFunction([[1, 2], [2, 3], [1, 3], []])
    let dom = DominatorTree(CFG(f))
    #expect(dom.immediateDominator(BlockID(1)) == BlockID(0))
    #expect(dom.immediateDominator(BlockID(2)) == BlockID(0))
    #expect(dom.immediateDominator(BlockID(3)) == BlockID(0))
  }

  @Test func storageIsReusedAcrossFunctions() {
    var cfg = CFG(), dom = DominatorTree()
    let big = cfgFunction((0..<200).map { $0 < 199 ? [$0 + 1] : [] })
    cfg.build(big); dom.build(cfg)
    #expect(dom.immediateDominator(BlockID(199)) == BlockID(198))
    #expect(dom.dominates(0, 199) && dom.dominates(57, 120) && !dom.dominates(120, 57))
    let small = cfgFunction([[1, 2], [3], [3], []])
    cfg.build(small); dom.build(cfg)
    #expect(cfg.blockCount == 4 && dom.rpo.count == 4)
    #expect(dom.immediateDominator(BlockID(3)) == BlockID(0))
  }

  @Test func longChainVerifiesQuickly() {
    // 20,000 blocks in a chain, each using a value from the entry: exercises O(1) dominance.
    let b = ModuleBuilder()
    let f = b.addFunction(name: "chain", type: b.functionType(.i32, [.i32]))
    let blocks = (0..<20_000).map { _ in f.appendBlock() }
    f.positionAtEnd(blocks[0])
    let x = f.add(f.param(0), b.constInt(.i32, 1))
    f.br(blocks[1])
    for k in 1..<blocks.count {
      f.positionAtEnd(blocks[k])
      let y = f.mul(x, x)
      if k + 1 < blocks.count { f.br(blocks[k + 1]) } else { f.ret(y) }
    }
    expectClean(b.finish())
  }

  @Test func terminatorsSharingOperands() {
    // A malformed function whose terminators all use the switch's operands: more edges than
    // operands (the CFG's edge scratch grows for them).
    var f = cfgFunction([[1, 2, 3], [], [], []])
    let sw = f.insts[Int(f.blocks[0].instEnd) - 1]
    for b in 1..<4 {
      f.insts[Int(f.blocks[b].instEnd) - 1].operandStart = sw.operandStart
      f.insts[Int(f.blocks[b].instEnd) - 1].operandCount = sw.operandCount
    }
    var cfg = CFG()
    cfg.build(f)
    for b in 0..<4 { #expect(Array(cfg.successors(of: b)) == [1, 2, 3]) }
    #expect(Array(cfg.predecessors(of: 2)) == [0, 1, 2, 3])
    cfg.build(cfgFunction([[1, 2], [3], [3], []]))
    #expect(Array(cfg.predecessors(of: 3)) == [1, 2])
  }
}
