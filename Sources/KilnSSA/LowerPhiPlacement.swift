// Where promoted variables can need phis: the iterated dominance frontier (IDF) of the blocks
// that store to them (Cytron et al. 1991), used to steer Braun et al.'s on-the-fly SSA
// construction (LowerBuilder.swift) away from phis that could only be trivial.
//
// Why: Braun's `readVariable`, at a join block that is already sealed, creates a phi and reads the
// variable in every predecessor, even when the join has nothing to merge; trivial phis are only
// removed afterwards. A function with N locals live across N sequential `if`s (generated code
// does this) then creates O(N²) phis: 3,000 locals took 3.2 s and 600 MB to lower. But the value
// of variable v at the entry of a block b outside IDF(defs(v)) is v's value at the end of b's
// immediate dominator: that is the renaming invariant of Cytron's algorithm. So when the
// dominator is already lowered, `readVar` steps straight to it, and phis are only created in IDF
// blocks, where a merge can really happen. Everywhere else (the dominator not lowered yet, in
// layouts where a block precedes its dominator) Braun's walk runs unchanged, so the result is
// correct for any block order; trivial phis that still arise are removed in `finish()` as before.
//
// Cost: immediate dominators (Cooper–Harvey–Kennedy: KilnIR's `DominatorTree.immediateDominators`,
// only the idom table, in scratch buffers: `computeIdoms`) and dominance frontiers per function
// with promoted variables and a join block, then one worklist per promoted alloca (its pieces
// share their stores). The result is a bit set over [IR block × alloca].

import KilnIR

extension FunctionLowering {
  /// Computes `phiBits` (IDF membership per block and promoted alloca), `varGroup` and
  /// `idomOf`, and sets `guided`. Called after `prescanAllocas`, before any block is lowered.
  func placePhis() {
    guided = false
    let nb = irBlockCount
    let nv = varTypes.count
    guard nv > 0, nb > 2 else { return }
    let ni = fn.insts.count
    // `cfg` was built by `run`. Only functions with a join block can need phis.
    var anyJoin = false
    for b in 0..<nb where cfg.predecessorCount(of: b) > 1 { anyJoin = true; break }
    guard anyJoin else { return }
    computeIdoms(nb)

    // Promoted allocas ("groups"): each variable's group, and each alloca's group. Promoted
    // allocas are in the entry block, so `groupOfInst` covers only its instructions.
    varGroup.removeAll()
    let entryEnd = min(Int(irBlocks[0].instEnd), ni)
    groupOfInst.refill(UInt32.max, entryEnd)
    var ng = 0
    for i in irBlocks[0].instRange where i < ni && addrKind[i] == AK.promoted {
      let n = leafCount(TypeID(raw: irInsts[i].aux))
      for _ in 0..<n { varGroup.append(UInt32(ng)) }
      groupOfInst[i] = UInt32(ng)
      ng += 1
    }
    guard ng > 0, varGroup.count == nv else { return }
    groupCount = ng

    let none = DominatorTree.none
    idomOf = UnsafePointer(idomScratch.base)

    // Dominance frontiers in CSR form: for each join b and each reachable predecessor p, every
    // block on the dominator-tree path from p up to (not including) idom(b) has b in its frontier.
    dfPairs.removeAll()
    cfg.predStart.withUnsafeBufferPointer { ps in
      cfg.preds.withUnsafeBufferPointer { pr in
        for b in 0..<nb {
          let s = Int(ps[b]), e = Int(ps[b + 1])
          guard e - s > 1, idomOf[b] != none else { continue }
          let stop = idomOf[b]
          for k in s..<e {
            var r = pr[k]
            while r != stop && idomOf[Int(r)] != none {
              dfPairs.append(UInt64(r) << 32 | UInt64(b))
              r = idomOf[Int(r)]
            }
          }
        }
      }
    }
    FunctionLowering.groupPairs(dfPairs, keys: nb, start: &dfStart, list: &dfList, fill: &dfFill)

    // The blocks that store to each promoted alloca, as (group, block) pairs. `prescanAllocas`
    // listed the stores through its candidates (a superset of the promoted allocas), in
    // instruction order: with the blocks in order, back to back, a cursor finds their blocks.
    // Otherwise every block's stores are looked at. (Same pairs in the same order either way.)
    defPairs.removeAll()
    var contiguous = candStoresValid
    var prevEnd: UInt32 = 0
    for b in 0..<nb where contiguous {
      let blk = irBlocks[b]
      if blk.instStart != prevEnd || blk.instEnd < blk.instStart { contiguous = false }
      prevEnd = blk.instEnd
    }
    if contiguous && Int(prevEnd) == ni {
      var b = 0
      for k in 0..<candStores.count {
        let i = Int(candStores[k])
        while Int(irBlocks[b].instEnd) <= i { b += 1 }
        let g = groupOfInst[opnd(irInsts[i], 1).index]
        if g != UInt32.max { defPairs.append(UInt64(g) << 32 | UInt64(b)) }
      }
    } else {
      for b in 0..<nb {
        let blk = irBlocks[b]
        guard blk.instEnd <= UInt32(ni) else { continue }
        for i in blk.instRange where irInsts[i].op == .store {
          let p = opnd(irInsts[i], 1)
          if p.fastTag == .inst && p.index < entryEnd && groupOfInst[p.index] != UInt32.max {
            defPairs.append(UInt64(groupOfInst[p.index]) << 32 | UInt64(b))
          }
        }
      }
    }
    FunctionLowering.groupPairs(defPairs, keys: ng, start: &groupStart, list: &groupBlocks, fill: &dfFill)

    // IDF per alloca by worklist; `onList`/`hasPhi` are stamped with group+1 (no clearing).
    let words = (nb * ng + 63) / 64
    phiBits.refill(0, words)
    onList.refill(0, nb)
    hasPhi.refill(0, nb)
    for x in 0..<ng {
      let stamp = UInt32(x + 1)
      work.removeAll()
      for k in Int(groupStart[x])..<Int(groupStart[x + 1]) {
        let b = Int(groupBlocks[k])
        if onList[b] != stamp { onList[b] = stamp; work.append(UInt32(b)) }
      }
      while let w = work.popLast() {
        for k in Int(dfStart[Int(w)])..<Int(dfStart[Int(w) + 1]) {
          let y = Int(dfList[k])
          if hasPhi[y] == stamp { continue }
          hasPhi[y] = stamp
          let bit = y * ng + x
          phiBits[bit >> 6] |= 1 << UInt64(bit & 63)
          if onList[y] != stamp { onList[y] = stamp; work.append(UInt32(y)) }
        }
      }
    }
    guided = true
  }

  /// Immediate dominators of the `nb` IR blocks into `idomScratch`: the entry's is itself (0),
  /// unreachable blocks get `DominatorTree.none`. `KilnIR.DominatorTree`'s own computation
  /// (`immediateDominators`, what `build` runs before numbering the tree, which lowering does not
  /// need), in buffers that keep their capacity between functions.
  func computeIdoms(_ nb: Int) {
    idomScratch.refill(DominatorTree.none, nb)
    domRPOIndex.refill(DominatorTree.none, nb)
    domOrder.refill(0, nb)
    domStack.refill(0, nb + 1)
    cfg.succStart.withUnsafeBufferPointer { ss in
      cfg.succs.withUnsafeBufferPointer { su in
        cfg.predStart.withUnsafeBufferPointer { ps in
          cfg.preds.withUnsafeBufferPointer { pr in
            _ = DominatorTree.immediateDominators(
              ss: ss, su: su, ps: ps, pr: pr,
              order: UnsafeMutableBufferPointer(start: domOrder.base, count: nb),
              ri: UnsafeMutableBufferPointer(start: domRPOIndex.base, count: nb),
              id: UnsafeMutableBufferPointer(start: idomScratch.base, count: nb),
              st: UnsafeMutableBufferPointer(start: domStack.base, count: nb + 1))
          }
        }
      }
    }
  }

  /// Groups `key << 32 | value` pairs by key in CSR form: key k's values are
  /// `list[start[k] ..< start[k + 1]]`, in pair order (a counting sort). `fill` is scratch.
  static func groupPairs(_ pairs: Scratch<UInt64>, keys: Int, start: inout Scratch<UInt32>,
                         list: inout Scratch<UInt32>, fill: inout Scratch<UInt32>) {
    start.refill(0, keys + 1)
    for k in 0..<pairs.count { start[Int(pairs[k] >> 32) + 1] += 1 }
    for x in 0..<keys { start[x + 1] += start[x] }
    list.refill(0, pairs.count)
    fill.refill(0, keys)
    for x in 0..<keys { fill[x] = start[x] }
    for k in 0..<pairs.count {
      let x = Int(pairs[k] >> 32)
      list[Int(fill[x])] = UInt32(truncatingIfNeeded: pairs[k])
      fill[x] += 1
    }
  }

  /// Whether variable `v` can need a phi at the entry of IR block `b` (only when `guided`).
  @inline(__always) func mayNeedPhi(_ b: Int, _ v: Int) -> Bool {
    let bit = b &* groupCount &+ Int(varGroup[v])   // (below `phiBits`' size: no overflow)
    return phiBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
