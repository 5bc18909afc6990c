// Control-flow graph, reverse postorder, dominator tree and loop depth of one `SFunction`.
//
// `SCFG` derives everything from the terminators' `SBlockCall`s. Block 0 is the entry block.
// - Successors of a block are its terminator's block calls in order; predecessors keep one entry
//   per edge (a `brif` with both arms to the same block gives that block the predecessor twice),
//   and `predEdges` names the `SFunction.succs` index of each incoming edge so a backend can find
//   the branch arguments for a predecessor. Both are CSR: one flat array + per-block offsets.
// - Reverse postorder covers the blocks reachable from the entry; unreachable blocks have
//   `rpoNumber == SCFG.none`.
// - Dominators: Cooper–Harvey–Kennedy ("A Simple, Fast Dominance Algorithm") over RPO numbers,
//   then a DFS numbering of the dominator tree (pre/post intervals), so block dominance is O(1).
//   As in LLVM, every block dominates an unreachable block, and an unreachable block dominates
//   only unreachable blocks; instruction-level queries inside one block compare positions.
// - Loop depth (optional, `compute(_:loops: true)`): the number of natural loops (back edges to a
//   dominating header, merged per header) that contain each block; irreducible cycles count 0.
// Malformed functions (out-of-range indices, blocks that do not end in a terminator, overlapping
// instruction ranges) never crash: bad edges are dropped and the verifier reports the problem.
// All arrays are kept between `compute` calls (capacity reused), so one `SCFG` serves every
// function of a module without per-function allocation once warmed up.

public struct SCFG: Sendable {
  public static let none = UInt32.max

  public private(set) var blockCount = 0
  /// Successors of block b: `succBlocks[succOffsets[b] ..< succOffsets[b+1]]`, terminator order.
  public private(set) var succOffsets: [UInt32] = []
  public private(set) var succBlocks: [SBlockID] = []
  /// Predecessors of block b: `predBlocks[predOffsets[b] ..< predOffsets[b+1]]`, one per edge.
  public private(set) var predOffsets: [UInt32] = []
  public private(set) var predBlocks: [SBlockID] = []
  /// Parallel to `predBlocks`: the index into `SFunction.succs` of the edge's `SBlockCall`.
  public private(set) var predEdges: [UInt32] = []
  /// Reachable blocks in reverse postorder (entry first).
  public private(set) var rpo: [SBlockID] = []
  /// Position of each block in `rpo`, or `SCFG.none` when unreachable.
  public private(set) var rpoNumber: [UInt32] = []
  /// Immediate dominator of each block (block index); `SCFG.none` for the entry and unreachable blocks.
  public private(set) var idomBlock: [UInt32] = []
  /// Dominator-tree children of block b: `domChildren[domChildOffsets[b] ..< domChildOffsets[b+1]]`.
  public private(set) var domChildOffsets: [UInt32] = []
  public private(set) var domChildren: [SBlockID] = []
  /// Reachable blocks in dominator-tree preorder (entry first).
  public private(set) var domPreorder: [SBlockID] = []
  /// DFS interval of each block in the dominator tree (`SCFG.none` when unreachable).
  public private(set) var domPre: [UInt32] = []
  public private(set) var domPost: [UInt32] = []
  /// The block containing each instruction (`SCFG.none` for instructions in no block; the first
  /// block wins when ranges overlap).
  public private(set) var instBlock: [UInt32] = []
  /// Loop nesting depth per block; empty unless computed with `loops: true`.
  public private(set) var loopDepth: [UInt16] = []

  // scratch
  private var stack: [UInt32] = []
  private var stackPos: [UInt32] = []
  private var idomR: [UInt32] = []
  private var predR: [UInt32] = []
  private var predROffsets: [UInt32] = []
  private var stamp: [UInt32] = []

  public init() {}
  public init(_ f: SFunction, loops: Bool = false) { compute(f, loops: loops) }

  // MARK: queries

  @inline(__always) public func successors(_ b: SBlockID) -> ArraySlice<SBlockID> {
    succBlocks[Int(succOffsets[b.index]) ..< Int(succOffsets[b.index + 1])]
  }
  @inline(__always) public func predecessors(_ b: SBlockID) -> ArraySlice<SBlockID> {
    predBlocks[Int(predOffsets[b.index]) ..< Int(predOffsets[b.index + 1])]
  }
  /// `SFunction.succs` indices of the edges entering `b` (parallel to `predecessors(b)`).
  @inline(__always) public func predecessorEdges(_ b: SBlockID) -> ArraySlice<UInt32> {
    predEdges[Int(predOffsets[b.index]) ..< Int(predOffsets[b.index + 1])]
  }
  @inline(__always) public func isReachable(_ b: SBlockID) -> Bool {
    b.index < blockCount && rpoNumber[b.index] != SCFG.none
  }
  /// The immediate dominator, or nil for the entry and unreachable blocks.
  @inline(__always) public func idom(_ b: SBlockID) -> SBlockID? {
    guard b.index < blockCount else { return nil }
    let d = idomBlock[b.index]
    return d == SCFG.none ? nil : SBlockID(raw: d)
  }
  @inline(__always) public func dominatorChildren(_ b: SBlockID) -> ArraySlice<SBlockID> {
    domChildren[Int(domChildOffsets[b.index]) ..< Int(domChildOffsets[b.index + 1])]
  }
  /// Whether `a` dominates `b` (reflexive). True for any `a` when `b` is unreachable.
  @inline(__always) public func dominates(_ a: SBlockID, _ b: SBlockID) -> Bool {
    guard a.index < blockCount, b.index < blockCount else { return false }
    let pb = domPre[b.index]
    if pb == SCFG.none { return true }
    let pa = domPre[a.index]
    if pa == SCFG.none { return false }
    return pa <= pb && domPost[b.index] <= domPost[a.index]
  }
  @inline(__always) public func strictlyDominates(_ a: SBlockID, _ b: SBlockID) -> Bool {
    a != b && dominates(a, b)
  }
  /// The block holding instruction `i`, or nil.
  @inline(__always) public func block(of i: SInstID) -> SBlockID? {
    guard i.index < instBlock.count else { return nil }
    let b = instBlock[i.index]
    return b == SCFG.none ? nil : SBlockID(raw: b)
  }
  /// Whether instruction `a` executes before `b` on every path to `b` (reflexive). Inside one
  /// block this compares positions (also in unreachable blocks).
  public func dominates(_ a: SInstID, _ b: SInstID) -> Bool {
    guard let ba = block(of: a), let bb = block(of: b) else { return false }
    if ba == bb { return a.index <= b.index }
    return dominates(ba, bb)
  }
  /// Whether the definition of `v` is available at instruction `use` (an operand of `use`, or an
  /// argument of one of its block calls when `use` is a terminator). Block parameters are
  /// available in their whole block; results from the instruction after their definition on.
  /// Results of an `invoke` exist only along its normal edge: see `invokeResultAvailable`.
  public func defDominatesUse(_ v: SValue, at use: SInstID, in f: SFunction) -> Bool {
    guard v.index < f.values.count, let ub = block(of: use) else { return false }
    let d = f.values[v.index]
    if d.isParam { return dominates(SBlockID(raw: d.owner), ub) }
    let di = SInstID(raw: d.owner)
    guard let db = block(of: di) else { return false }
    if db == ub { return di.index < use.index }
    if Int(d.owner) < f.insts.count, f.insts[Int(d.owner)].op == .invoke {
      return invokeResultAvailable(invoke: di, in: f, at: ub)
    }
    return dominates(db, ub)
  }
  /// Whether the normal edge of `invoke` (its succ[0]) dominates block `b`: the normal
  /// destination dominates `b` and every other edge into it comes from a block it dominates
  /// (so the destination is entered from outside only through this edge).
  public func invokeResultAvailable(invoke: SInstID, in f: SFunction, at b: SBlockID) -> Bool {
    guard let from = block(of: invoke), invoke.index < f.insts.count else { return false }
    let inst = f.insts[invoke.index]
    guard inst.succCount >= 1, Int(inst.succStart) < f.succs.count else { return false }
    let edge = inst.succStart
    let n = f.succs[Int(edge)].block
    guard n.index < blockCount, isReachable(from), dominates(n, b) else { return false }
    let ps = predecessors(n), es = predecessorEdges(n)
    for k in ps.indices {
      if es[k] == edge { continue }
      if ps[k] == from && n != from { return false }  // a second edge from the invoke's block
      if !dominates(n, ps[k]) { return false }
    }
    return true
  }

  // MARK: construction

  /// Recomputes everything for `f`, reusing this value's storage.
  public mutating func compute(_ f: SFunction, loops: Bool = false) {
    let n = f.blocks.count
    blockCount = n
    buildEdges(f)
    buildRPO()
    buildDominators()
    if loops { buildLoopDepth() } else { loopDepth.removeAll(keepingCapacity: true) }
  }

  private mutating func buildEdges(_ f: SFunction) {
    let n = blockCount
    let instCount = f.insts.count, succCount = f.succs.count
    succOffsets.removeAll(keepingCapacity: true)
    succBlocks.removeAll(keepingCapacity: true)
    predOffsets.removeAll(keepingCapacity: true)
    predOffsets.append(contentsOf: repeatElement(0, count: n + 1))
    instBlock.removeAll(keepingCapacity: true)
    instBlock.append(contentsOf: repeatElement(SCFG.none, count: instCount))
    succOffsets.reserveCapacity(n + 1)
    succOffsets.append(0)
    // Edge sources for the predecessor fill, parallel to succBlocks.
    predEdges.removeAll(keepingCapacity: true)
    for b in 0..<n {
      let blk = f.blocks[b]
      let s = Int(blk.instStart), e = Int(blk.instEnd)
      if s < e && e <= instCount {
        for i in s..<e where instBlock[i] == SCFG.none { instBlock[i] = UInt32(b) }
        let term = f.insts[e - 1]
        if term.op.isTerminator {
          let ss = Int(term.succStart)
          let se = min(ss + Int(term.succCount), succCount)
          if ss < se {
            for k in ss..<se {
              let t = f.succs[k].block
              if t.index < n {
                succBlocks.append(t)
                predEdges.append(UInt32(k))   // temporarily: edge index per successor entry
                predOffsets[t.index + 1] += 1
              }
            }
          }
        }
      }
      succOffsets.append(UInt32(succBlocks.count))
    }
    for b in 0..<n { predOffsets[b + 1] += predOffsets[b] }
    let m = succBlocks.count
    predBlocks.removeAll(keepingCapacity: true)
    predBlocks.append(contentsOf: repeatElement(SBlockID(raw: 0), count: m))
    // Fill predecessors in source-block order; `stack` holds the per-block fill cursor and the
    // edge indices move from successor-parallel to predecessor-parallel via `predR`.
    stack.removeAll(keepingCapacity: true)
    stack.append(contentsOf: predOffsets.prefix(n))
    predR.removeAll(keepingCapacity: true)
    predR.append(contentsOf: repeatElement(0, count: m))
    for b in 0..<n {
      for k in Int(succOffsets[b])..<Int(succOffsets[b + 1]) {
        let t = succBlocks[k].index
        let pos = Int(stack[t])
        stack[t] += 1
        predBlocks[pos] = SBlockID(raw: UInt32(b))
        predR[pos] = predEdges[k]
      }
    }
    swap(&predEdges, &predR)
  }

  private mutating func buildRPO() {
    let n = blockCount
    rpo.removeAll(keepingCapacity: true)
    rpoNumber.removeAll(keepingCapacity: true)
    rpoNumber.append(contentsOf: repeatElement(SCFG.none, count: n))
    guard n > 0 else { return }
    // Iterative DFS; `rpoNumber` doubles as the visited mark (0 = on stack/visited) until the end.
    // Postorder goes into `rpo`, reversed afterwards.
    stack.removeAll(keepingCapacity: true)
    stackPos.removeAll(keepingCapacity: true)
    stack.append(0); stackPos.append(succOffsets[0])
    rpoNumber[0] = 0
    while let top = stack.last {
      let b = Int(top)
      let p = stackPos[stackPos.count - 1]
      if p < succOffsets[b + 1] {
        stackPos[stackPos.count - 1] = p + 1
        let s = succBlocks[Int(p)].index
        if rpoNumber[s] == SCFG.none {
          rpoNumber[s] = 0
          stack.append(UInt32(s)); stackPos.append(succOffsets[s])
        }
      } else {
        rpo.append(SBlockID(raw: top))
        stack.removeLast(); stackPos.removeLast()
      }
    }
    rpo.reverse()
    for (i, b) in rpo.enumerated() { rpoNumber[b.index] = UInt32(i) }
  }

  private mutating func buildDominators() {
    let n = blockCount
    let r = rpo.count
    idomBlock.removeAll(keepingCapacity: true)
    idomBlock.append(contentsOf: repeatElement(SCFG.none, count: n))
    domPre.removeAll(keepingCapacity: true)
    domPre.append(contentsOf: repeatElement(SCFG.none, count: n))
    domPost.removeAll(keepingCapacity: true)
    domPost.append(contentsOf: repeatElement(SCFG.none, count: n))
    domChildOffsets.removeAll(keepingCapacity: true)
    domChildOffsets.append(contentsOf: repeatElement(0, count: n + 1))
    domChildren.removeAll(keepingCapacity: true)
    domPreorder.removeAll(keepingCapacity: true)
    guard r > 0 else { return }
    // Predecessors in RPO-number space (reachable ones only), CSR by RPO number.
    predR.removeAll(keepingCapacity: true)
    predROffsets.removeAll(keepingCapacity: true)
    predROffsets.append(0)
    for i in 0..<r {
      let b = rpo[i].index
      for k in Int(predOffsets[b])..<Int(predOffsets[b + 1]) {
        let pn = rpoNumber[predBlocks[k].index]
        if pn != SCFG.none { predR.append(pn) }
      }
      predROffsets.append(UInt32(predR.count))
    }
    idomR.removeAll(keepingCapacity: true)
    idomR.append(contentsOf: repeatElement(SCFG.none, count: r))
    idomR[0] = 0
    var changed = true
    while changed {
      changed = false
      for i in 1..<max(r, 1) {
        var newIdom = SCFG.none
        for k in Int(predROffsets[i])..<Int(predROffsets[i + 1]) {
          let p = predR[k]
          if idomR[Int(p)] == SCFG.none { continue }
          if newIdom == SCFG.none { newIdom = p; continue }
          // intersect
          var a = p, c = newIdom
          while a != c {
            while a > c { a = idomR[Int(a)] }
            while c > a { c = idomR[Int(c)] }
          }
          newIdom = a
        }
        if newIdom != SCFG.none && idomR[i] != newIdom {
          idomR[i] = newIdom
          changed = true
        }
      }
    }
    // Back to block space; children CSR.
    for i in 1..<max(r, 1) {
      let b = rpo[i].index
      let d = rpo[Int(idomR[i])].index
      idomBlock[b] = UInt32(d)
      domChildOffsets[d + 1] += 1
    }
    for b in 0..<n { domChildOffsets[b + 1] += domChildOffsets[b] }
    domChildren.append(contentsOf: repeatElement(SBlockID(raw: 0), count: max(r - 1, 0)))
    stack.removeAll(keepingCapacity: true)
    stack.append(contentsOf: domChildOffsets.prefix(n))
    for i in 1..<max(r, 1) {   // RPO order keeps children sorted by RPO number
      let b = rpo[i]
      let d = Int(idomBlock[b.index])
      domChildren[Int(stack[d])] = b
      stack[d] += 1
    }
    // DFS numbering of the tree.
    stack.removeAll(keepingCapacity: true)
    stackPos.removeAll(keepingCapacity: true)
    let entry = rpo[0].index
    var counter: UInt32 = 0
    domPre[entry] = counter; counter += 1
    domPreorder.append(rpo[0])
    stack.append(UInt32(entry)); stackPos.append(domChildOffsets[entry])
    while let top = stack.last {
      let b = Int(top)
      let p = stackPos[stackPos.count - 1]
      if p < domChildOffsets[b + 1] {
        stackPos[stackPos.count - 1] = p + 1
        let c = domChildren[Int(p)]
        domPre[c.index] = counter; counter += 1
        domPreorder.append(c)
        stack.append(c.raw); stackPos.append(domChildOffsets[c.index])
      } else {
        domPost[b] = counter; counter += 1
        stack.removeLast(); stackPos.removeLast()
      }
    }
  }

  private mutating func buildLoopDepth() {
    let n = blockCount
    loopDepth.removeAll(keepingCapacity: true)
    loopDepth.append(contentsOf: repeatElement(0, count: n))
    stamp.removeAll(keepingCapacity: true)
    stamp.append(contentsOf: repeatElement(SCFG.none, count: n))
    for h in rpo {
      // Back edges into h: predecessors that h dominates.
      var isHeader = false
      stack.removeAll(keepingCapacity: true)
      for p in predecessors(h) where isReachable(p) && dominates(h, p) {
        if !isHeader { isHeader = true; stamp[h.index] = h.raw; loopDepth[h.index] &+= 1 }
        if stamp[p.index] != h.raw { stamp[p.index] = h.raw; loopDepth[p.index] &+= 1; stack.append(p.raw) }
      }
      // Walk backwards from the latches to h.
      while let x = stack.popLast() {
        for p in predecessors(SBlockID(raw: x)) where isReachable(p) && stamp[p.index] != h.raw {
          stamp[p.index] = h.raw
          loopDepth[p.index] &+= 1
          stack.append(p.raw)
        }
      }
    }
  }
}
