// Demotion of long-lived IR values to stack slots in huge functions (the mirror image of the
// promotion cap in `prescanAllocas`).
//
// Why: the register allocator's liveness (KilnRegAlloc/Liveness.swift) costs time and memory in
// proportion to the (block × value) pairs where a value is live on entry; its resolver walks them
// again for every edge. Generated SSA code (not only allocas: `.ll` written by a language
// implementation) can define thousands of values early and use them after thousands of blocks:
// 4,000 values across 16,000 blocks were 64 million pairs, 2.6 s and 650 MB. clang -O0 keeps
// every value that crosses a block boundary in memory; Kiln keeps values in registers, except
// that past a budget of about two million estimated pairs per function the values that span the
// most blocks live in a stack slot instead: stored right after the definition, and loaded again
// (once per SSA block) where used in any other IR block. Their SSA live ranges become local.
// Candidates are instruction results (plain leaves, or a GEP's base+offset address form, which
// is materialized first) and the function's arguments (stored at the entry).
//
// The estimate is cheap and linear: a value's span is the number of blocks (in lowering order:
// layout order, or reverse postorder for a layout that puts a use before its definition, see
// `planLoweringOrder`) between the first and the last of its definition block and the blocks
// that use it (a phi uses its operand at the end of the incoming block). Functions below the
// budget, i.e. nearly all, skip the estimate entirely (instructions × blocks ≤ budget) or find
// nothing to demote, and are lowered exactly as before. The choice is deterministic: spans sorted descending, ties by index.

import KilnIR

extension FunctionLowering {
  /// Estimated (block × value) live-in pairs allowed per function before values are demoted.
  static let demoteBudget = 1 << 21

  /// Decides which values to demote: `demote[i]` for instruction i, `demote[ni + k]` for
  /// argument k; sets `demoteAny`. Called after `prescanAllocas`, before any block is lowered.
  func planDemotion() {
    demoteAny = false
    let nb = irBlockCount
    let ni = fn.insts.count
    let na = fn.argTypes.count
    guard nb > 2, (ni + na) &* nb > FunctionLowering.demoteBudget else { return }
    let nv = ni + na
    demFirst.refill(UInt32.max, nv)
    demLast.refill(0, nv)
    demDefBlock.refill(0, nv)
    // (positions in lowering order: layout order, or `loweringOrder` when `reordered`)
    @inline(__always) func pos(_ b: Int) -> UInt32 { reordered ? orderPos[b] : UInt32(b) }
    for b in 0..<nb {
      let blk = irBlocks[b], pb = pos(b)
      for i in Int(blk.instStart)..<min(Int(blk.instEnd), ni) { demDefBlock[i] = pb }
    }
    for b in 0..<nb {
      let blk = irBlocks[b], pb = pos(b)
      for i in Int(blk.instStart)..<min(Int(blk.instEnd), ni) {
        let inst = irInsts[i]
        let s = Int(inst.operandStart)
        let isPhi = inst.op == .phi
        for k in 0..<Int(inst.operandCount) {
          let v = irOps[s + k]
          let x: Int
          switch v.fastTag {
          case .inst where v.index < ni: x = v.index
          case .argument where v.index < na: x = ni + v.index
          default: continue
          }
          var ub = pb
          if isPhi {
            guard k % 2 == 0, k + 1 < Int(inst.operandCount) else { continue }
            let from = irOps[s + k + 1]
            guard from.fastTag == .block, from.index < nb else { continue }
            ub = pos(from.index)
          }
          if ub < demFirst[x] { demFirst[x] = ub }
          if ub > demLast[x] { demLast[x] = ub }
        }
      }
    }
    var total = 0
    var spans: [UInt64] = []
    for x in 0..<nv where demFirst[x] != UInt32.max {
      let d = demDefBlock[x]
      let span = Int(max(demLast[x], d) - min(demFirst[x], d))
      total += span
      let eligible = x >= ni || (!irInsts[x].op.isTerminator && irInsts[x].op != .alloca && addrKind[x] == AK.plain)
      if span > 1 && eligible {
        // descending span, then ascending index
        spans.append(UInt64(span) << 32 | UInt64(UInt32.max - UInt32(x)))
      }
    }
    guard total > FunctionLowering.demoteBudget else { return }
    spans.sort(by: >)
    demote.refill(false, nv)
    for key in spans {
      if total <= FunctionLowering.demoteBudget { break }
      demote[Int(UInt32.max - UInt32(key & 0xffff_ffff))] = true
      total -= Int(key >> 32)
      demoteAny = true
    }
    argDemSlot.refill(UInt32.max, na)
  }

  /// Stores `n` leaves of type `t` from `leafPool[start...]` to a new slot (8 bytes per leaf);
  /// returns the slot.
  private func spillToNewSlot(_ t: TypeID, _ start: Int, _ n: Int) -> UInt32 {
    let slot = UInt32(f.stackSlots.count)
    f.stackSlots.append(StackSlot(size: UInt32(8 * n), align: 8))
    let a = slotAddr(slot)
    for j in 0..<n { store(leaf(t, j).type, leafPool[start + j], a, Int64(8 * j), volatile: false) }
    return slot
  }

  /// After instruction (or phi) `i` of the current IR block is lowered: if it is to be demoted,
  /// stores its leaves to a new slot and marks it `AK.demoted` (`addrBase` = slot, `addrOff` =
  /// IR block << 32 | leaf start). A GEP's address form is materialized first.
  func demoteIfPlanned(_ i: Int) {
    guard demote[i] else { return }
    let t = irInsts[i].type
    let n = leafCount(t)
    guard n > 0, layout.hasLeaves(t) else { return }
    if addrKind[i] == AK.valueOff && n == 1 {
      let v = materialize(addrOfInst(i))
      setResult(i, v)
      addrKind[i] = AK.plain
    }
    guard addrKind[i] == AK.plain else { return }
    let start = Int(instLeaf[i])
    let slot = spillToNewSlot(t, start, n)
    addrKind[i] = AK.demoted
    addrBase[i] = slot
    addrOff[i] = Int64(bitPattern: UInt64(curIR) << 32 | UInt64(start))
  }

  /// At the entry, after the parameters: stores the arguments to be demoted.
  func demoteArguments() {
    let ni = fn.insts.count
    for k in 0..<min(argDemSlot.count, argLeaf.count) where demote[ni + k] {
      let t = fn.argTypes[k]
      let n = leafCount(t)
      guard n > 0, layout.hasLeaves(t) else { continue }
      argDemSlot[k] = spillToNewSlot(t, Int(argLeaf[k]), n)
    }
  }

  /// Leaves of demoted value `i` (or a copy of one) in the current block: its own leaves in the
  /// IR block that defines it, else loads from its slot, shared within one SSA block.
  func demotedLeaves(_ i: Int) -> Int {
    let packed = UInt64(bitPattern: addrOff[i])
    if Int(packed >> 32) == curIR { return Int(packed & 0xffff_ffff) }
    return reload(slot: Int(addrBase[i]), irInsts[i].type, key: UInt32(i))
  }

  /// Leaves of argument `k`: its parameters in the entry block, else loads when it is demoted.
  @inline(__always) func argumentLeaves(_ k: Int) -> Int {
    if demoteAny && curIR != 0 && k < argDemSlot.count && argDemSlot[k] != UInt32.max {
      return reload(slot: Int(argDemSlot[k]), fn.argTypes[k], key: UInt32(fn.insts.count + k))
    }
    return Int(argLeaf[k])
  }

  private func reload(slot: Int, _ t: TypeID, key: UInt32) -> Int {
    while demCacheBlock.count <= slot { demCacheBlock.append(.max); demCacheLeaf.append(0); demCacheInst.append(.max) }
    if demCacheBlock[slot] == curSB && demCacheInst[slot] == key { return Int(demCacheLeaf[slot]) }
    let a = slotAddr(UInt32(slot))
    let s = leafPool.count
    for j in 0..<leafCount(t) {
      let v = load(leaf(t, j).type, a, Int64(8 * j), volatile: false)
      leafPool.append(v)
    }
    demCacheBlock[slot] = curSB
    demCacheLeaf[slot] = UInt32(s)
    demCacheInst[slot] = key
    return s
  }
}
