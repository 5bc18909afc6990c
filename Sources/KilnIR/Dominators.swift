// Control-flow graph and dominator tree of one function of the typed IR.
//
// `CFG` derives successor and predecessor lists (CSR form: one flat array plus per-block starts)
// from the `.block` operands of each block's terminator (one pass over the terminators, one over
// the edges found). Predecessor lists keep duplicates (a `switch` with two cases to the same
// block gives that block the switch's block twice), as LLVM's `predecessors()` does; phi
// verification relies on this. Malformed input (a block whose last instruction is not a
// terminator, a block operand out of range, a bad instruction range) just contributes no edges:
// the verifier reports those problems itself.
//
// `DominatorTree` runs the Cooper–Harvey–Kennedy iterative algorithm over reverse postorder, then
// numbers the tree by DFS (pre/post intervals) so `dominates` is O(1). Both structs keep their
// arrays between `build` calls (capacity is reused), so one instance serves every function of a
// module without per-function allocation once warmed up.

/// Successors and predecessors of every block of a function, in CSR form.
public struct CFG: Sendable {
  public private(set) var blockCount = 0
  /// Successors of block b: `succs[succStart[b] ..< succStart[b+1]]` (in terminator order).
  public private(set) var succStart: [UInt32] = []
  public private(set) var succs: [UInt32] = []
  /// Predecessors of block b: `preds[predStart[b] ..< predStart[b+1]]` (with duplicates, one per edge).
  public private(set) var predStart: [UInt32] = []
  public private(set) var preds: [UInt32] = []
  /// Scratch for `build`: the successors as found (as many slots as the largest function has
  /// operands).
  private var edges: [UInt32] = []

  public init() {}
  public init(_ f: Function) { build(f) }

  /// Recomputes the graph for `f`, reusing this CFG's storage.
  public mutating func build(_ f: Function) {
    f.blocks.withUnsafeBufferPointer { blocks in
      f.insts.withUnsafeBufferPointer { insts in
        f.operands.withUnsafeBufferPointer { ops in
          build(blocks: blocks, insts: insts, operands: ops)
        }
      }
    }
  }

  /// Recomputes the graph from a function's blocks, instructions and operands.
  public mutating func build(blocks: UnsafeBufferPointer<Block>, insts: UnsafeBufferPointer<Inst>,
                             operands ops: UnsafeBufferPointer<Value>) {
    let n = blocks.count
    blockCount = n
    let instCount = insts.count
    let opCount = ops.count
    let blockTag = Value.Tag.block.rawValue
    /// The operand range of block b's terminator, if it has one.
    @inline(__always) func termOperands(_ b: Int) -> Range<Int>? {
      let blk = blocks[b]
      guard blk.instEnd > blk.instStart, Int(blk.instEnd) <= instCount else { return nil }
      let term = insts[Int(blk.instEnd) - 1]
      guard term.op.isTerminator else { return nil }
      let s = Int(term.operandStart), e = s + Int(term.operandCount)
      guard e <= opCount else { return nil }
      return s..<e
    }
    // (sized in place, keeping the storage: `succStart`, `succs` and `preds` are written whole
    // below, only `predStart` needs zeros)
    CFG.resize(&succStart, to: n + 1)
    CFG.resize(&predStart, to: n + 1)
    predStart.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    // Pass 1 (over the terminators): successors in terminator order into `edges` (only ever
    // grown: as many slots as the operands, which is room for every edge unless terminators
    // share operands, a malformed function: then once more with room for all their operands),
    // predecessor edges counted per target.
    if edges.count < opCount { CFG.resize(&edges, to: opCount) }
    var total = 0
    func findEdges() -> Bool {
      total = 0
      return succStart.withUnsafeMutableBufferPointer { ss in
        predStart.withUnsafeMutableBufferPointer { ps in
          edges.withUnsafeMutableBufferPointer { ed in
            for b in 0..<n {
              ss[b] = UInt32(truncatingIfNeeded: total)
              guard let r = termOperands(b) else { continue }
              for k in r {
                let v = ops[k]
                if v.raw >> 29 == blockTag && v.index < n {
                  if total == ed.count { return false }
                  ed[total] = UInt32(truncatingIfNeeded: v.index)
                  total &+= 1
                  ps[v.index + 1] &+= 1
                }
              }
            }
            ss[n] = UInt32(truncatingIfNeeded: total)
            // prefix sums: predStart[b] = first predecessor slot of b
            for b in 0..<n { ps[b + 1] &+= ps[b] }
            return true
          }
        }
      }
    }
    if !findEdges() {
      var room = 0
      for b in 0..<n { room += termOperands(b)?.count ?? 0 }
      CFG.resize(&edges, to: room)
      predStart.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
      _ = findEdges()
    }
    // Pass 2 (over the edges): successors copied out; predecessors scattered through a moving
    // cursor (predStart[t] walks from t's start to its end; shifted back after).
    CFG.resize(&succs, to: total)
    CFG.resize(&preds, to: total)
    succs.withUnsafeMutableBufferPointer { su in
      edges.withUnsafeBufferPointer { ed in
        if total > 0 { su.baseAddress!.update(from: ed.baseAddress!, count: total) }
      }
    }
    succStart.withUnsafeBufferPointer { ss in
      succs.withUnsafeBufferPointer { su in
        preds.withUnsafeMutableBufferPointer { pr in
          predStart.withUnsafeMutableBufferPointer { ps in
            var j = 0
            for b in 0..<n {
              let end = Int(ss[b + 1])
              while j < end {
                let t = Int(su[j])
                pr[Int(ps[t])] = UInt32(truncatingIfNeeded: b)
                ps[t] &+= 1
                j &+= 1
              }
            }
            var b = n
            while b > 0 { ps[b] = ps[b - 1]; b -= 1 }
            ps[0] = 0
          }
        }
      }
    }
  }

  /// Sets `a` to `n` elements, keeping its storage: elements kept hold their old values, new
  /// ones are 0 (cheaper than emptying it and appending `n` zeros for every function).
  @inline(__always) private static func resize(_ a: inout [UInt32], to n: Int) {
    let c = a.count
    if c > n {
      a.removeLast(c - n)
    } else if c < n {
      a.append(contentsOf: repeatElement(0, count: n - c))
    }
  }

  @inline(__always) public func successors(of b: Int) -> ArraySlice<UInt32> {
    succs[Int(succStart[b])..<Int(succStart[b + 1])]
  }
  @inline(__always) public func predecessors(of b: Int) -> ArraySlice<UInt32> {
    preds[Int(predStart[b])..<Int(predStart[b + 1])]
  }
  @inline(__always) public func predecessorCount(of b: Int) -> Int {
    Int(predStart[b + 1] &- predStart[b])
  }
}

/// Immediate dominators of a function's blocks (entry = block 0), with O(1) dominance queries.
public struct DominatorTree: Sendable {
  public static let none = UInt32.max
  /// Reachable blocks in reverse postorder (entry first).
  public private(set) var rpo: [UInt32] = []
  /// Position of each block in `rpo`; `none` for unreachable blocks.
  public private(set) var rpoIndex: [UInt32] = []
  /// Immediate dominator of each block; the entry's is itself; `none` for unreachable blocks.
  public private(set) var idom: [UInt32] = []
  // DFS numbering of the dominator tree: a dominates b iff pre[a] <= pre[b] && post[b] <= post[a].
  private var pre: [UInt32] = []
  private var post: [UInt32] = []
  // Scratch.
  private var stack: [UInt64] = []
  private var childStart: [UInt32] = []
  private var children: [UInt32] = []

  public init() {}
  public init(_ cfg: CFG) { build(cfg) }

  /// Recomputes the tree for `cfg`, reusing this tree's storage. Every array is sized once up
  /// front and then read and written through buffer pointers (no per-element uniqueness or
  /// bounds checks; every index is a block number < n or a position bounded by n).
  public mutating func build(_ cfg: CFG) {
    let n = cfg.blockCount
    rpo.removeAll(keepingCapacity: true)
    rpoIndex.removeAll(keepingCapacity: true)
    idom.removeAll(keepingCapacity: true)
    pre.removeAll(keepingCapacity: true)
    post.removeAll(keepingCapacity: true)
    guard n > 0 else { return }
    let none = DominatorTree.none
    rpoIndex.append(contentsOf: repeatElement(none, count: n))
    idom.append(contentsOf: repeatElement(none, count: n))
    rpo.append(contentsOf: repeatElement(0, count: n))
    pre.append(contentsOf: repeatElement(none, count: n))
    post.append(contentsOf: repeatElement(0, count: n))
    stack.removeAll(keepingCapacity: true)
    stack.append(contentsOf: repeatElement(0, count: n + 1))
    childStart.removeAll(keepingCapacity: true)
    childStart.append(contentsOf: repeatElement(0, count: n + 1))
    children.removeAll(keepingCapacity: true)
    children.append(contentsOf: repeatElement(0, count: n))
    var reached = 0
    cfg.succStart.withUnsafeBufferPointer { ss in
      cfg.succs.withUnsafeBufferPointer { su in
        cfg.predStart.withUnsafeBufferPointer { ps in
          cfg.preds.withUnsafeBufferPointer { pr in
            rpo.withUnsafeMutableBufferPointer { order in
              rpoIndex.withUnsafeMutableBufferPointer { ri in
                idom.withUnsafeMutableBufferPointer { id in
                  stack.withUnsafeMutableBufferPointer { st in
                    childStart.withUnsafeMutableBufferPointer { cs in
                      children.withUnsafeMutableBufferPointer { ch in
                        pre.withUnsafeMutableBufferPointer { pre in
                          post.withUnsafeMutableBufferPointer { post in
                            reached = DominatorTree.compute(
                              n, ss: ss, su: su, ps: ps, pr: pr, order: order, ri: ri, id: id,
                              st: st, cs: cs, ch: ch, pre: pre, post: post)
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    rpo.removeLast(n - reached)
  }

  /// Immediate dominators only (what `build` computes before the tree's numbering), for a
  /// client that keeps its own buffers (lowering's phi placement). The CFG in CSR form: block b's
  /// successors are `su[ss[b] ..< ss[b + 1]]`, its predecessors `pr[ps[b] ..< ps[b + 1]]`, block 0
  /// the entry. On entry `ri` and `id` hold `none` for every block and `st` has room for n + 1
  /// entries. On return `id[b]` is b's immediate dominator (`none` if unreachable, 0 for the
  /// entry), `order` starts with the reverse postorder of the reachable blocks and `ri[b]` is b's
  /// index in it; returns how many blocks are reachable.
  public static func immediateDominators(
    ss: UnsafeBufferPointer<UInt32>, su: UnsafeBufferPointer<UInt32>,
    ps: UnsafeBufferPointer<UInt32>, pr: UnsafeBufferPointer<UInt32>,
    order: UnsafeMutableBufferPointer<UInt32>, ri: UnsafeMutableBufferPointer<UInt32>,
    id: UnsafeMutableBufferPointer<UInt32>, st: UnsafeMutableBufferPointer<UInt64>
  ) -> Int {
    let none = DominatorTree.none
    // Iterative DFS from the entry producing postorder into `order` (reversed below).
    // Stack entries: block (low 32 bits) | next successor slot (high 32 bits); each block is
    // pushed at most once, so the stack never holds more than n entries.
    // `ri` doubles as the visited mark during the DFS (0 = visited, none = not yet).
    var sp = 1
    st[0] = UInt64(ss[0]) << 32
    ri[0] = 0
    var count = 0
    while sp > 0 {
      let top = st[sp - 1]
      let b = Int(top & 0xFFFF_FFFF)
      let k = Int(top >> 32)
      if k < Int(ss[b + 1]) {
        st[sp - 1] = UInt64(b) | (UInt64(k + 1) << 32)
        let s = Int(su[k])
        if ri[s] == none {
          ri[s] = 0
          st[sp] = UInt64(s) | (UInt64(ss[s]) << 32)
          sp += 1
        }
      } else {
        sp -= 1
        order[count] = UInt32(b)
        count += 1
      }
    }
    var lo = 0, hi = count - 1
    while lo < hi { let t = order[lo]; order[lo] = order[hi]; order[hi] = t; lo += 1; hi -= 1 }
    for i in 0..<count { ri[Int(order[i])] = UInt32(i) }

    // Cooper–Harvey–Kennedy: iterate to a fixed point over RPO. When the first pass skips no
    // reachable predecessor (no retreating edge: an acyclic CFG), every idom it computes came
    // from final ones, so it is the fixed point and the confirming pass is skipped.
    id[0] = 0
    var changed = true
    var firstPass = true
    while changed {
      changed = false
      var retreating = false
      var i = 1
      while i < count {
        let b = Int(order[i])
        i += 1
        var newIdom = none
        for k in Int(ps[b])..<Int(ps[b + 1]) {
          let p = pr[k]
          if id[Int(p)] == none {              // unreachable or not yet processed
            if ri[Int(p)] != none { retreating = true }
            continue
          }
          if newIdom == none { newIdom = p; continue }
          // intersect(p, newIdom)
          var f1 = p, f2 = newIdom
          while f1 != f2 {
            while ri[Int(f1)] > ri[Int(f2)] { f1 = id[Int(f1)] }
            while ri[Int(f2)] > ri[Int(f1)] { f2 = id[Int(f2)] }
          }
          newIdom = f1
        }
        if id[b] != newIdom { id[b] = newIdom; changed = true }
      }
      if firstPass && !retreating { break }
      firstPass = false
    }

    return count
  }

  /// The body of `build` over sized buffers; returns the number of reachable blocks (the
  /// length of the reverse postorder written to the front of `order`).
  private static func compute(
    _ n: Int, ss: UnsafeBufferPointer<UInt32>, su: UnsafeBufferPointer<UInt32>,
    ps: UnsafeBufferPointer<UInt32>, pr: UnsafeBufferPointer<UInt32>,
    order: UnsafeMutableBufferPointer<UInt32>, ri: UnsafeMutableBufferPointer<UInt32>,
    id: UnsafeMutableBufferPointer<UInt32>, st: UnsafeMutableBufferPointer<UInt64>,
    cs: UnsafeMutableBufferPointer<UInt32>, ch: UnsafeMutableBufferPointer<UInt32>,
    pre: UnsafeMutableBufferPointer<UInt32>, post: UnsafeMutableBufferPointer<UInt32>
  ) -> Int {
    let none = DominatorTree.none
    let count = immediateDominators(ss: ss, su: su, ps: ps, pr: pr, order: order, ri: ri, id: id, st: st)

    // Children lists (CSR), then DFS numbering of the tree.
    var b = 1
    while b < n { if id[b] != none { cs[Int(id[b]) + 1] &+= 1 }; b += 1 }
    for b in 0..<n { cs[b + 1] &+= cs[b] }
    b = 1
    while b < n {
      if id[b] != none {
        let p = Int(id[b])
        ch[Int(cs[p])] = UInt32(b)
        cs[p] &+= 1
      }
      b += 1
    }
    b = n
    while b > 0 { cs[b] = cs[b - 1]; b -= 1 }
    cs[0] = 0

    var clock: UInt32 = 0
    var sp = 1
    st[0] = UInt64(cs[0]) << 32
    pre[0] = clock; clock &+= 1
    while sp > 0 {
      let top = st[sp - 1]
      let v = Int(top & 0xFFFF_FFFF)
      let k = Int(top >> 32)
      if k < Int(cs[v + 1]) {
        st[sp - 1] = UInt64(v) | (UInt64(k + 1) << 32)
        let c = Int(ch[k])
        pre[c] = clock; clock &+= 1
        st[sp] = UInt64(c) | (UInt64(cs[c]) << 32)
        sp += 1
      } else {
        sp -= 1
        post[v] = clock; clock &+= 1
      }
    }
    return count
  }

  @inline(__always) public func isReachable(_ b: Int) -> Bool { rpoIndex[b] != DominatorTree.none }

  /// Whether block `a` dominates block `b` (every block dominates itself). False when either
  /// block is unreachable (LLVM treats unreachable blocks as dominated by everything; callers that
  /// want that rule check `isReachable(b)` first).
  @inline(__always) public func dominates(_ a: Int, _ b: Int) -> Bool {
    let pa = pre[a], pb = pre[b]
    if pa == DominatorTree.none || pb == DominatorTree.none { return false }
    return pa <= pb && post[b] <= post[a]
  }

  public func dominates(_ a: BlockID, _ b: BlockID) -> Bool { dominates(Int(a.raw), Int(b.raw)) }

  /// The immediate dominator of `b`, nil for the entry and for unreachable blocks.
  public func immediateDominator(_ b: BlockID) -> BlockID? {
    let i = Int(b.raw)
    guard i > 0, i < idom.count, idom[i] != DominatorTree.none else { return nil }
    return BlockID(raw: idom[i])
  }
}
