// Lowering of one function body: the pre-scan (predecessor counts, promotable allocas), the
// function's own signature and entry parameters, then every IR block in layout order, or, when
// the layout puts a use before its definition (a block laid out before a block that dominates
// it), in reverse postorder (`layoutLowersDefinitionsFirst`, `planLoweringOrder`).
//
// IR values map to SSA leaves: `instLeaf[i]`/`argLeaf[k]` index `leafPool`, where a value's leaves
// are contiguous (count = its type's leaf count in the DataLayout). Constants are materialized at
// each use (an `iconst` per leaf) so they never live across blocks. Pointer-valued allocas and
// GEPs keep a symbolic `AddrForm` (stack slot / symbol / value, plus a constant offset) so loads
// and stores fold the offset into their immediate; they are materialized only for other uses.
// Promotable allocas (entry block, constant count, scalar type, used only as the address of
// non-volatile loads/stores of exactly their type, or by lifetime markers and debug records)
// become variables handled by LowerBuilder.swift's SSA construction. In huge functions, values
// live across too many blocks are kept in stack slots instead (LowerDemote.swift).

import KilnIR
import KilnSupport

extension FunctionLowering {
  // (`opnd` and `leaf` add unchecked: an operand or leaf index within its list, read millions
  // of times, cannot overflow)
  @inline(__always) func opnd(_ inst: Inst, _ k: Int) -> Value { irOps[Int(inst.operandStart) &+ k] }

  @inline(__always) func typeOf(_ v: Value) -> TypeID {
    switch v.fastTag {
    case .inst: return irInsts[v.index].type
    case .argument: return v.index < fn.argTypes.count ? fn.argTypes[v.index] : .void
    case .constant: return cNodes[v.index].type
    case .global, .function, .alias: return .ptr
    case .block: return .label
    case .metadata: return .metadata
    }
  }

  @inline(__always) func leafCount(_ t: TypeID) -> Int {
    let c = layoutLeafCount[Int(t.raw)]
    return c == .max ? 0 : Int(c)
  }
  @inline(__always) func leaf(_ t: TypeID, _ k: Int) -> Leaf { layoutLeaves[Int(layoutLeafStart[Int(t.raw)]) &+ k] }

  /// Integer width of an int type, pointer width for pointers.
  @inline(__always) func intWidth(_ t: TypeID) -> Int {
    let n = tNodes[Int(t.raw)]
    return n.kind == .integer ? Int(n.a) : ptrT.bits
  }

  // The type and layout tables read in place, without bounds checks (`types.kind(t)`,
  // `types.element(t)`, `layout.allocSize(t)`, `layout.hasLeaves(t)`, `layout.fieldOffset(t, k)`): a
  // verified module's type
  // IDs are in range.
  @inline(__always) func kindOf(_ t: TypeID) -> TypeKind { tNodes[Int(t.raw)].kind }
  @inline(__always) func elementOf(_ t: TypeID) -> TypeID { TypeID(raw: tNodes[Int(t.raw)].a) }
  @inline(__always) func allocSizeOf(_ t: TypeID) -> UInt64 { layoutAllocSize[Int(t.raw)] }
  @inline(__always) func hasLeaves(_ t: TypeID) -> Bool { layoutLeafCount[Int(t.raw)] != .max }
  @inline(__always) func fieldOffsetOf(_ t: TypeID, _ k: Int) -> UInt64 {
    layoutFieldOffsets[Int(layoutFieldOffsetStart[Int(t.raw)]) &+ k]
  }

  @inline(__always) func requireLeaves(_ t: TypeID) -> Bool {
    if layoutLeafCount[Int(t.raw)] != .max { return true }
    return reportNoLeaves(t)
  }
  @inline(never) func reportNoLeaves(_ t: TypeID) -> Bool {
    error("unsupported: " + layout.unsupportedReason(t, types, names: ctx.module.names))
    return false
  }

  // MARK: driver

  /// Prepares this lowering (and its scratch buffers, whose capacity is kept) for another function.
  func reset(function index: Int, symbol: SymbolID) {
    fnIndex = index
    irInsts = FunctionLowering.unretained(fn.insts)
    irOps = FunctionLowering.unretained(fn.operands)
    irBlocks = FunctionLowering.unretained(fn.blocks)
    irAttrs = FunctionLowering.unretained(fn.paramAttrs)
    irAttrCount = fn.paramAttrs.count
    f.reset(symbol: symbol)
    diags = Diagnostics(file: ctx.module.source)
    usedHelpers = 0
    leafPool.removeAll()
    sbExplicitStart.removeAll()
    sbExplicitCount.removeAll()
    tmpParams.removeAll()
    emitOrder.removeAll()
    edges.removeAll()
    tmpArgs.removeAll()
    slotAddrBlock.removeAll()
    slotAddrVal.removeAll()
    demCacheBlock.removeAll()
    demCacheLeaf.removeAll()
    demCacheInst.removeAll()
    varTypes.removeAll()
    phis.removeAll()
    phiOps.removeAll()
    pending.removeAll()
    chain.removeAll()
    for k in 0..<lateUndef.count { lateUndef[k] = .none }
    loc = .none
    failed = false
    curSB = 0
    curIR = 0
  }

  /// Lowers the function. Its instructions and values, the largest arrays, are written straight
  /// into the storage of the arrays the returned `SFunction` keeps: room for an estimate (from the
  /// IR instruction count) is reserved up front and `f.insts`/`f.values` borrow it
  /// (`Scratch(borrowing:)`, lent through `LoweredValues`/`LoweredInsts`), so no copy is needed; a
  /// function that outgrows the estimate continues in scratch storage and is copied out instead.
  /// Those two arrays are the recycled body's (`recycle`), when there is one, else new ones: made
  /// by `reserveCapacity`, which allocates through code specialized for the element type, where
  /// `Array(unsafeUninitializedCapacity:)` takes an unspecialized path that looks up the storage
  /// class's metadata at run time (~750 instructions an array).
  /// When every lowered function is kept (no sink, or one that keeps the bodies), set
  /// `writeInPlace = false` (Lower.swift): the estimate's unused room would then stay allocated
  /// (about 8 MiB more peak memory on a 16 MB `.ll`), so exactly-sized copies are better there.
  /// When writing in place, the other arrays reuse the storage of the last body the sink dropped
  /// (`recycle`), when it is unshared.
  func run() -> SFunction? {
    guard fn.blocks.count > 0 else { return nil }
    if !writeInPlace {
      f.insts.reserveCapacity(fn.insts.count + fn.insts.count / 2 + 16)
      f.values.reserveCapacity(fn.insts.count + fn.insts.count / 4 + 16)
      guard lowerBody() else { return nil }
      var out = SFunction(symbol: f.symbol)
      f.copyOut(insts: f.insts.array(), values: f.values.array(), into: &out)
      return out
    }
    let ni = fn.insts.count
    // (about 1 SSA instruction per IR instruction, fewer values; 1.5 and 1.25 are rarely exceeded)
    let room = ni + ni / 2 + 16, valueRoom = ni + ni / 4 + 16
    var out = takeSpare() ?? SFunction(symbol: f.symbol)
    // (moved out of `out`, not copied: a second reference would make the writes below copy them)
    var insts: [SInst] = [], values: [SValueDef] = []
    swap(&insts, &out.insts)
    swap(&values, &out.values)
    insts.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
    insts.reserveCapacity(room)
    values.reserveCapacity(valueRoom)
    let ownInsts = f.insts, ownValues = f.values
    inPlace = (false, false, 0)
    withUnsafeMutablePointer(to: &insts) { values.append(contentsOf: LoweredValues(fl: self, insts: $0)) }
    guard inPlace.ran else {
      // (only if `append(contentsOf:)` stopped lending its storage: lowered into the scratch
      // storage, then copied)
      guard lowerBody() else { return nil }
      f.copyOut(insts: f.insts.array(), values: f.values.array(), into: &out)
      return out
    }
    let li = f.insts, lv = f.values
    f.insts = ownInsts
    f.values = ownValues
    if inPlace.ok {
      // (an outgrown estimate: the contents are in storage of their own, appended to the empty array)
      if !li.borrowed { insts.append(contentsOf: UnsafeBufferPointer(li.buffer)) }
      if !lv.borrowed { values.append(contentsOf: UnsafeBufferPointer(lv.buffer)) }
    }
    // (frees only storage of their own; not deferred: the returned function would be copied
    // before, and the local one destroyed after)
    li.deallocate(); lv.deallocate()
    guard inPlace.ok else { return nil }
    f.copyOut(insts: insts, values: values, into: &out)
    return out
  }

  /// `run`'s lowering into the storage the output arrays lend (`LoweredInsts`): sets `inPlace`
  /// and returns how many instructions are in `insts` (0 on errors, or when they outgrew it).
  func lowerInPlace(insts: UnsafeMutableBufferPointer<SInst>, values: UnsafeMutableBufferPointer<SValueDef>) -> Int {
    f.insts = Scratch(borrowing: insts)
    f.values = Scratch(borrowing: values)
    let ok = lowerBody()
    inPlace = (true, ok, ok && f.values.borrowed ? f.values.count : 0)
    return ok && f.insts.borrowed ? f.insts.count : 0
  }

  /// Keeps `body`, a function the sink consumed and dropped, for `run` to write the next
  /// function into its arrays. Only when writing in place (`writeInPlace`): the arrays keep the
  /// largest capacity seen, which only a body the sink drops may have.
  func recycle(_ body: consuming SFunction) {
    guard writeInPlace && recycleBodies else { return }
    spare = consume body
  }

  /// The recycled body, if its arrays are this lowering's alone. A sink may still hold the body
  /// it consumed (the x86 selector keeps its function until the next one begins): then emptying
  /// an array would only allocate a copy of its full capacity. Emptying the signatures (never
  /// empty: the function's own comes first) shows it: the storage stays in place only when
  /// unshared. If it moved, the body is dropped and recycling stops for good.
  func takeSpare() -> SFunction? {
    // (worked on in place: a copy would retain each of its arrays, and share them)
    guard spare != nil else { return nil }
    let before = spare!.signatures.withUnsafeBufferPointer { $0.baseAddress }
    spare!.signatures.removeAll(keepingCapacity: true)
    if spare!.signatures.withUnsafeBufferPointer({ $0.baseAddress }) == before { return spare.take() }
    spare = nil
    recycleBodies = false
    return nil
  }

  /// Lowers the function body into `f`; false on errors.
  func lowerBody() -> Bool {
    let nb = fn.blocks.count
    guard nb > 0 else { return false }
    irBlockCount = nb
    let ni = fn.insts.count
    sigCache.refill(0, 64)
    instLeaf.refill(0, ni)
    addrKind.refill(0, ni)
    // `addrBase`/`addrOff` are read only where `addrKind` says they were written: they need no
    // clearing, only room (they keep their largest size).
    if addrBase.count < ni { addrBase.append(repeating: 0, count: ni - addrBase.count) }
    if addrOff.count < ni { addrOff.append(repeating: 0, count: ni - addrOff.count) }
    leafPool.reserveCapacity(ni + 16)
    // (`f.insts`/`f.values` have the room `run` gave them; reserving more would leave it)
    f.operands.reserveCapacity(ni * 2)
    f.blocks.reserveCapacity(nb)

    // The IR's control-flow graph (edges: the `.block` operands of each terminator, duplicates
    // kept), for predecessor counts, reachability and, in `placePhis`, dominance.
    cfg.build(blocks: UnsafeBufferPointer(start: irBlocks, count: nb), insts: UnsafeBufferPointer(start: irInsts, count: ni),
              operands: UnsafeBufferPointer(start: irOps, count: fn.operands.count))
    // Per block, in one pass: its predecessor count, where its predecessors' list starts in
    // `predFrom`, and whether it is sealed from the start (it has no predecessors).
    // (sized without filling: the loop writes every entry)
    expectedPreds.resize(nb)
    predStart.resize(nb)
    sealed.resize(nb)
    var total: UInt32 = 0
    for b in 0..<nb {
      let np = UInt32(cfg.predecessorCount(of: b))
      expectedPreds[b] = np
      predStart[b] = total
      sealed[b] = np == 0
      total += np
    }
    // reachability from the entry (depth-first)
    reachable.refill(false, nb)
    dfsStack.removeAll()
    reachable[0] = true; dfsStack.append(0)
    cfg.succStart.withUnsafeBufferPointer { ss in
      cfg.succs.withUnsafeBufferPointer { su in
        while let b = dfsStack.popLast() {
          for k in Int(ss[Int(b)])..<Int(ss[Int(b) + 1]) where !reachable[Int(su[k])] {
            reachable[Int(su[k])] = true
            dfsStack.append(Int32(su[k]))
          }
        }
      }
    }
    // Blocks are lowered in layout order when that lowers every definition before its uses:
    // surely when every reachable block comes after one of its reachable predecessors and none
    // is unreachable (clang's output), else when a scan of the operands finds no use too early.
    // Otherwise in `planLoweringOrder`'s order.
    reordered = !layoutLowersDefinitionsFirst(nb)
    // (whether some value is `AK.notYet`; tested for every instruction below)
    var undefEarly = false
    if reordered {
      planLoweringOrder(nb)
      // What unreachable code still reads before it is lowered reads as undef there.
      undefEarly = markEarlyUses(nb)
    }
    predFrom.refill(0, Int(total))
    donePreds.refill(0, nb)
    finished.refill(false, nb)
    phiHead.refill(-1, nb)
    phiTail.refill(-1, nb)
    bigPhiReady = false
    phiEntryProbes = 0
    newBlocks(nb)

    prescanAllocas()
    placePhis()
    planDemotion()
    // (only the entries the last function wrote are cleared; the table only grows)
    for k in 0..<defsWritten.count { defs[Int(defsWritten[k])] = .none }
    defsWritten.removeAll()
    let nDefs = nb * varTypes.count
    if defs.count < nDefs { defs.append(repeating: .none, count: nDefs - defs.count) }

    // own signature and entry parameters
    let fty = fn.type
    let nparams = Int(types[fty].listCount)   // = types.params(fty).count
    sigArgTypes.removeAll()
    sigArgTypes.append(contentsOf: fn.argTypes)
    _ = signature(fty, attrStart: 0, argCount: nparams)
    if let p = fn.personality { f.personality = symbolOf(p) }
    loc = fn.loc
    argLeaf.refill(0, nparams)

    for k in 0..<nb {
      let b = reordered ? Int(loweringOrder[k]) : k
      curIR = b
      startBlock(UInt32(b))
      if b == 0 {
        for k in 0..<nparams {
          argLeaf[k] = UInt32(leafPool.count)
          let t = fn.argTypes.count > k ? fn.argTypes[k] : TypeID.void
          if !requireLeaves(t) { continue }
          for j in 0..<leafCount(t) { leafPool.append(addParam(leaf(t, j).type)) }
        }
        if demoteAny { demoteArguments() }
      }
      let blk = irBlocks[b]
      var i = Int(blk.instStart)
      let end = Int(blk.instEnd)
      while i < end && irInsts[i].op == .phi {
        let t = irInsts[i].type
        loc = irInsts[i].loc
        if undefEarly && addrKind[i] == AK.notYet { addrKind[i] = AK.plain }
        instLeaf[i] = UInt32(leafPool.count)
        if requireLeaves(t) {
          for j in 0..<leafCount(t) { leafPool.append(addParam(leaf(t, j).type)) }
        }
        i += 1
      }
      if demoteAny {
        for p in Int(blk.instStart)..<i { demoteIfPlanned(p) }
      }
      var terminated = false
      if !undefEarly && !demoteAny {
        // (the usual case: the loop without the tests for the rare ones below)
        while i < end {
          let op = irInsts[i].op
          lowerInstruction(i, op)
          i += 1
          if op.isTerminator { terminated = true; break }
        }
      } else {
        while i < end {
          let op = irInsts[i].op
          if undefEarly && addrKind[i] == AK.notYet { addrKind[i] = AK.plain }  // (defined now)
          lowerInstruction(i, op)
          i += 1
          if op.isTerminator { terminated = true; break }
          if demoteAny { demoteIfPlanned(i - 1) }
        }
      }
      if !terminated {
        error("block does not end in a terminator", at: blk.loc)
        return false
      }
      if diags.isFull { return false }
    }
    if failed { return false }
    for b in 0..<nb where !sealed[b] {
      error("internal error: block \(b) was never sealed during SSA construction", at: fn.loc)
      return false
    }
    finish()
    return true
  }

  /// Lowers IR instruction `i` (not a phi), whose opcode is `op`. The most frequent instructions
  /// skip `lowerInst`'s dispatch (its large frame).
  @inline(__always) func lowerInstruction(_ i: Int, _ op: Opcode) {
    loc = irInsts[i].loc
    switch op {
    case .load: lowerLoad(i)
    case .store: lowerStore(i)
    case .getelementptr: lowerGEP(i)
    case .call: lowerCall(i, irInsts[i], invoke: false)
    case .br: lowerBr(irInsts[i])
    case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr, .bitcast:
      lowerCast(i)
    case .icmp: lowerICmp(i)
    case .add, .sub, .mul, .udiv, .sdiv, .urem, .srem, .shl, .lshr, .ashr, .and, .or, .xor:
      lowerIntBinary(i)
    case .alloca: lowerAlloca(i, irInsts[i])
    default: lowerInst(i)
    }
  }

  /// Marks promotable allocas and assigns their variables. On the way, lists the stores through
  /// a candidate for `placePhis` (`candStores`, in instruction order).
  func prescanAllocas() {
    candStoresValid = false
    candStores.removeAll()
    let ni = fn.insts.count
    guard fn.blocks.count > 0 else { return }
    let entry = irBlocks[0]
    // (candidates are entry-block allocas: `cand` covers only the entry block's instructions)
    let entryEnd = min(Int(entry.instEnd), ni)
    candScratch.refill(false, entryEnd)
    let cand = candScratch.base
    var any = false
    for i in entry.instRange where i < ni {
      let inst = irInsts[i]
      guard inst.op == .alloca else { continue }
      let t = TypeID(raw: inst.aux)
      guard isPromotableType(t) else { continue }
      if inst.operandCount > 0 {
        // a constant count of 1 (its words read in place: `words(_:)` makes a retained slice)
        let c = opnd(inst, 0)
        guard c.fastTag == .constant else { continue }
        let cn = cNodes[c.index]
        guard cn.kind == .int, cn.count > 0, cWords[Int(cn.start)] == 1 else { continue }
      }
      cand[i] = true
      any = true
    }
    guard any else { return }
    // (the pointers in locals: `cand` is a raw pointer, so the optimizer would otherwise reload
    // the fields after every store through it; an operand names an entry-block instruction
    // exactly when its raw value is below `limit`, as the `.inst` tag is 0: one compare. The
    // instructions and operands are walked by pointer and the uses handled out of line, in
    // `prescanUse`: the scan then keeps its few values in registers.)
    let ops = irOps
    let limit = Value(.inst, entryEnd).raw
    var p = irInsts
    let pe = p + ni
    while p < pe {
      let n = Int(p.pointee.operandCount)
      if n != 0 {
        var q = ops + Int(p.pointee.operandStart)
        let qe = q + n
        repeat {
          let v = q.pointee
          if v.raw < limit && cand[v.index] { prescanUse(p, q, v, cand) }
          q += 1
        } while q < qe
      }
      p += 1
    }
    candStoresValid = true
    let nb = fn.blocks.count
    // Promotion is capped at about a million (block × variable) pairs: the SSA construction's
    // table and, later, the register allocator's live-in lists grow with blocks times long-lived
    // values. Past the cap (only huge generated functions: 1,000 blocks and 1,000 scalar
    // locals) the remaining locals stay in memory, as clang -O0 keeps all of them; 3,000 locals
    // live across 6,000 blocks otherwise cost over a second of register allocation.
    let maxVars = max(0, (1 << 20) / max(nb, 1))
    for i in entry.instRange where i < ni && cand[i] {
      let t = TypeID(raw: irInsts[i].aux)
      let n = leafCount(t)
      if varTypes.count + n > maxVars { break }
      addrKind[i] = AK.promoted
      addrBase[i] = UInt32(varTypes.count)
      for j in 0..<n { varTypes.append(leaf(t, j).type) }
    }
  }

  /// `prescanAllocas`' look at the operand at `q` of the instruction at `p`, which names
  /// candidate `v`: a use promotion allows keeps the candidate (a store through it is listed in
  /// `candStores`), any other use clears `cand[v.index]`.
  @inline(never) func prescanUse(_ p: UnsafePointer<Inst>, _ q: UnsafePointer<Value>, _ v: Value,
                                 _ cand: UnsafeMutablePointer<Bool>) {
    let inst = p.pointee
    let s = Int(inst.operandStart)
    let k = q - (irOps + s)
    let aty = TypeID(raw: irInsts[v.index].aux)
    switch inst.op {
    case .load where k == 0 && inst.flags & InstFlags.volatile == 0 && inst.type == aty: return
    case .store where k == 1 && inst.flags & InstFlags.volatile == 0 && typeOf(irOps[s]) == aty
                      && irOps[s] != v:
      candStores.append(UInt32(truncatingIfNeeded: p - irInsts))
      return
    case .dbgRecord: return
    case .call:
      let callee = irOps[s]
      if k > 0 && callee.fastTag == .function && callee.index < intrinsic.count && intrinsic[callee.index] == .drop { return }
    default: break
    }
    cand[v.index] = false
  }

  /// Whether lowering the blocks in layout order lowers every instruction before its result is
  /// read. Surely so when every reachable block after the entry comes after one of its reachable
  /// predecessors: then each block's dominators come before it (by induction on the layout: a
  /// dominator of a block dominates, or is, each of its reachable predecessors), and so does
  /// every definition a reachable use needs, a phi's incoming value before the edge that passes
  /// it included; unreachable code (LLVM lets it use any value) is then checked use by use. In
  /// any other layout every use is checked.
  func layoutLowersDefinitionsFirst(_ nb: Int) -> Bool {
    var ordered = true, anyUnreachable = false
    cfg.predStart.withUnsafeBufferPointer { ps in
      cfg.preds.withUnsafeBufferPointer { pr in
        var b = 1
        while b < nb {
          defer { b += 1 }
          guard reachable[b] else { anyUnreachable = true; continue }
          var k = Int(ps[b]), earlier = false
          while k < Int(ps[b + 1]) {
            let p = Int(pr[k])
            if p < b && reachable[p] { earlier = true; break }
            k += 1
          }
          if !earlier { ordered = false; return }
        }
      }
    }
    if ordered && !anyUnreachable { return true }
    for b in 0..<nb where !ordered || !reachable[b] {
      if usesEarlyInLayout(b) { return false }
      if ordered {
        // the phi entries unreachable block b passes to its successors
        for t in cfg.successors(of: b) {
          var i = Int(irBlocks[Int(t)].instStart)
          while i < Int(irBlocks[Int(t)].instEnd) && irInsts[i].op == .phi {
            let s = Int(irInsts[i].operandStart), n = Int(irInsts[i].operandCount)
            var k = 0
            while k + 1 < n {
              let v = irOps[s + k]
              if irOps[s + k + 1] == .block(BlockID(b)) && v.fastTag == .inst && v.index >= Int(irBlocks[b].instEnd) { return false }
              k += 2
            }
            i += 1
          }
        }
      }
    }
    return true
  }

  /// Whether an instruction of block `b` reads a result that layout order lowers after it: a
  /// later instruction's, or, for a phi's incoming value, one after the incoming block.
  func usesEarlyInLayout(_ b: Int) -> Bool {
    let nb = fn.blocks.count
    for i in Int(irBlocks[b].instStart)..<Int(irBlocks[b].instEnd) {
      let inst = irInsts[i]
      let s = Int(inst.operandStart), n = Int(inst.operandCount)
      for k in 0..<n {
        let v = irOps[s + k]
        guard v.fastTag == .inst else { continue }
        if inst.op == .phi {
          guard k % 2 == 0, k + 1 < n else { continue }
          let from = irOps[s + k + 1]
          guard from.fastTag == .block, from.index < nb else { continue }
          if v.index >= Int(irBlocks[from.index].instEnd) { return true }
        } else if v.index >= i {
          return true
        }
      }
    }
    return false
  }

  /// For IR that lays a block out before a block that dominates it (valid LLVM IR: `br label
  /// %2` / `1: ret ptr %3` / `2: %3 = ...; br label %1`), where layout order would lower a use
  /// before its definition: the order to lower the blocks in, in `loweringOrder` (and each
  /// block's place in it in `orderPos`). Reverse postorder of the reachable blocks (every block
  /// after its dominators), then of the unreachable ones (a depth-first search from each block
  /// not yet seen, in layout order: a block then comes after the blocks that branch to it,
  /// outside cycles). The SSA's blocks are numbered in this order (`finish`, step 6).
  func planLoweringOrder(_ nb: Int) {
    orderPos.refill(UInt32.max, nb)
    dfsCursor.refill(0, nb)
    loweringOrder.removeAll()
    postorder(from: 0)
    reverseOrder(from: 0)
    let reached = loweringOrder.count
    for root in 1..<nb where orderPos[root] == UInt32.max { postorder(from: root) }
    reverseOrder(from: reached)
    for k in 0..<nb { orderPos[Int(loweringOrder[k])] = UInt32(k) }
  }

  /// Marks `AK.notYet` every instruction that lowering the blocks in the order `orderPos` gives
  /// would read before lowering it (a phi's incoming value is read at the end of its incoming
  /// block, any other operand at its instruction); whether there is one. Only unreachable code
  /// can have such a use once the order is `planLoweringOrder`'s: LLVM lets it use any value,
  /// even the instruction's own result.
  func markEarlyUses(_ nb: Int) -> Bool {
    let ni = fn.insts.count
    dfsCursor.refill(0, ni)  // (reused: each instruction's block)
    for b in 0..<nb {
      for i in Int(irBlocks[b].instStart)..<min(Int(irBlocks[b].instEnd), ni) { dfsCursor[i] = UInt32(b) }
    }
    var any = false
    for b in 0..<nb {
      for i in Int(irBlocks[b].instStart)..<min(Int(irBlocks[b].instEnd), ni) {
        let inst = irInsts[i]
        let s = Int(inst.operandStart), n = Int(inst.operandCount)
        for k in 0..<n {
          let v = irOps[s + k]
          guard v.fastTag == .inst, v.index < ni else { continue }
          let d = Int(dfsCursor[v.index])
          var early: Bool
          if inst.op == .phi {
            guard k % 2 == 0, k + 1 < n else { continue }
            let from = irOps[s + k + 1]
            guard from.fastTag == .block, from.index < nb else { continue }
            early = orderPos[d] > orderPos[from.index]
          } else {
            early = orderPos[d] > orderPos[b] || (d == b && v.index >= i)
          }
          if early { addrKind[v.index] = AK.notYet; any = true }
        }
      }
    }
    return any
  }

  /// Appends the blocks a depth-first search from `root` reaches and no earlier search did
  /// (`orderPos` is `UInt32.max` for those), in postorder (successors in terminator order).
  private func postorder(from root: Int) {
    dfsStack.removeAll()
    dfsStack.append(Int32(root))
    orderPos[root] = 0
    while let top = dfsStack.last {
      let b = Int(top)
      let s = Int(cfg.succStart[b]) + Int(dfsCursor[b])
      if s < Int(cfg.succStart[b + 1]) {
        dfsCursor[b] += 1
        let t = Int(cfg.succs[s])
        if orderPos[t] == UInt32.max { orderPos[t] = 0; dfsStack.append(Int32(t)) }
      } else {
        _ = dfsStack.popLast()
        loweringOrder.append(Int32(b))
      }
    }
  }

  /// Reverses `loweringOrder[from...]`.
  private func reverseOrder(from: Int) {
    var i = from, j = loweringOrder.count - 1
    while i < j {
      let t = loweringOrder[i]; loweringOrder[i] = loweringOrder[j]; loweringOrder[j] = t
      i += 1; j -= 1
    }
  }

  func isPromotableType(_ t: TypeID) -> Bool {
    switch kindOf(t) {
    case .integer, .float, .double, .pointer: return hasLeaves(t)
    case .vector: return hasLeaves(t)
    default: return false
    }
  }

  /// The symbol a function/global/alias operand (or a bitcast of one) names, nil otherwise.
  /// Functions and globals are answered in line; the rest goes through `symbolOfSlow`.
  @inline(__always) func symbolOf(_ v: Value) -> SymbolID? {
    switch v.fastTag {
    case .function: let s = fnSymbols[v.index]; return s.raw == .max ? nil : s
    case .global: let s = globalSymbols[v.index]; return s.raw == .max ? nil : s
    default: return symbolOfSlow(v)
    }
  }

  @inline(never) func symbolOfSlow(_ v: Value) -> SymbolID? {
    switch v.fastTag {
    case .function: let s = fnSym[v.index]; return s.raw == .max ? nil : s
    case .global: let s = globalSym[v.index]; return s.raw == .max ? nil : s
    case .alias: let s = aliasSym[v.index]; return s.raw == .max ? nil : s
    case .constant:
      let n = cNodes[v.index]
      if n.kind == .expr && (n.opcode == .bitcast) && n.count == 1 {
        return symbolOf(consts.elems[Int(n.start)])
      }
      return nil
    default: return nil
    }
  }

  // MARK: operands → leaves

  /// Start index in `leafPool` of value `v`'s leaves (materializing constants and addresses).
  /// The two most frequent cases, an instruction's plain leaves and an argument's (when no
  /// argument is demoted), are answered in line; the rest goes through `leavesSlow`.
  @inline(__always) func leaves(_ v: Value) -> Int {
    let tag = v.fastTag
    if tag == .inst && addrKind[v.index] == AK.plain { return Int(instLeaf[v.index]) }
    if tag == .argument && !demoteAny && v.index < argLeaf.count { return Int(argLeaf[v.index]) }
    return leavesSlow(v)
  }

  /// `leaves` for everything but its in-line cases (which it also handles).
  @inline(never) func leavesSlow(_ v: Value) -> Int {
    switch v.fastTag {
    case .inst:
      let k = addrKind[v.index]
      if k == AK.plain { return Int(instLeaf[v.index]) }
      if k == AK.demoted { return demotedLeaves(v.index) }
      if k == AK.notYet { return pushZeros(irInsts[v.index].type) }
      let s = leafPool.count
      leafPool.append(materialize(addrOfInst(v.index)))
      return s
    case .argument: return v.index < argLeaf.count ? argumentLeaves(v.index) : pushZeros(typeOf(v))
    case .constant:
      // one-word integers in line (what `constLeaves` does for them)
      let n = cNodes[v.index]
      if n.kind == .int && n.count == 1 && layoutLeafCount[Int(n.type.raw)] == 1 {
        let l = leaf(n.type, 0)
        let s = leafPool.count
        leafPool.append(iconst(l.type, cWords[Int(n.start)] & FunctionLowering.mask(Int(l.bits))))
        return s
      }
      return constLeaves(ConstID(raw: UInt32(v.index)), n.type)
    case .global, .function, .alias:
      let s = leafPool.count
      if let sym = symbolOf(v) { leafPool.append(globalAddr(sym, 0)) } else { leafPool.append(iconst(ptrT, 0)) }
      return s
    default:
      error("unsupported: operand of this kind")
      return pushZeros(.ptr)
    }
  }

  @inline(__always) func scalar(_ v: Value) -> SValue {
    // (`leaves` may append to `leafPool`: compute the index before reading the buffer)
    let s = leaves(v)
    return leafPool[s]
  }

  func pushZeros(_ t: TypeID) -> Int {
    let s = leafPool.count
    for j in 0..<leafCount(t) { leafPool.append(zero(leaf(t, j).type)) }
    return s
  }

  /// Materializes constant `c` of type `t` as leaves.
  func constLeaves(_ c: ConstID, _ t: TypeID) -> Int {
    let n = cNodes[Int(c.raw)]
    let s = leafPool.count
    if !hasLeaves(t) {
      _ = requireLeaves(t)
      return s
    }
    switch n.kind {
    case .int:
      let cnt = leafCount(t)
      for j in 0..<cnt {
        let l = leaf(t, j)
        let word = Int(n.count) > j ? cWords[Int(n.start) + j] : 0
        leafPool.append(iconst(l.type, word & FunctionLowering.mask(Int(l.bits))))
      }
    case .float:
      let w = consts.words(c).first ?? 0
      switch kindOf(t) {
      case .float: leafPool.append(fconst(.f32, bits: UInt64(Float(Double(bitPattern: w)).bitPattern)))
      case .double: leafPool.append(fconst(.f64, bits: w))
      default: error("unsupported: " + layout.unsupportedReason(t, types, names: ctx.module.names))
      }
    case .null, .zero, .undef, .poison:
      return pushZeros(t)
    case .string:
      for b in consts.stringBytes(c) { leafPool.append(iconst(.i8, UInt64(b))) }
    case .data:
      // (the parser makes these only for global initializers; the leaves in order, each as
      // wide as its integer type)
      var at = Int(n.start)
      for j in 0..<leafCount(t) {
        let l = leaf(t, j)
        let w = Int(l.bits) / 8
        leafPool.append(iconst(l.type, consts.dataLeaf(at: at, width: w)))
        at += w
      }
    case .aggregate:
      let els = consts.elements(c)
      let kind = kindOf(t)
      if kind == .vector { return vec2Const(els) }
      // element leaves are materialized one element at a time, then moved together
      var tmp: [SValue] = []
      tmp.reserveCapacity(leafCount(t))
      let fs = kind == .structure ? types.fields(t) : ArraySlice<TypeID>()
      for (k, e) in els.enumerated() {
        let et: TypeID = kind == .structure ? (k < fs.count ? fs[fs.startIndex + k] : .void) : elementOf(t)
        let es = leaves(e)
        for j in 0..<leafCount(et) { tmp.append(leafPool[es + j]) }
      }
      let start = leafPool.count
      leafPool.append(contentsOf: tmp)
      return start
    case .expr:
      return constExpr(c, t)
    }
    return s
  }

  func vec2Const(_ els: ArraySlice<Value>) -> Int {
    var bits: UInt64 = 0
    var k = 0
    for e in els where k < 2 {
      if e.fastTag == .constant {
        let n = cNodes[e.index]
        if n.kind == .float, let w = consts.words(ConstID(raw: UInt32(e.index))).first {
          bits |= UInt64(Float(Double(bitPattern: w)).bitPattern) << UInt64(32 * k)
        }
      }
      k += 1
    }
    let s = leafPool.count
    leafPool.append(fconst(.f64, bits: bits))
    return s
  }

  /// A constant expression inside a function body, lowered with the instruction code paths.
  func constExpr(_ c: ConstID, _ t: TypeID) -> Int {
    let n = cNodes[Int(c.raw)]
    let ops = consts.elements(c)
    let s = leafPool.count
    func o(_ k: Int) -> Value { ops[ops.startIndex + k] }
    switch n.opcode {
    case .getelementptr where kindOf(t) == .pointer, .bitcast where kindOf(t) == .pointer:
      if let a = constAddr(c) { leafPool.append(materialize(a)); return s }
    default: break
    }
    switch n.opcode {
    case let op where op.isIntBinary && ops.count == 2:
      guard requireLeaves(t) else { return s }
      let a = leaves(o(0)), b = leaves(o(1))
      return intBinary(op, width: intWidth(t), a, b)
    case let op where op.isCast && ops.count == 1:
      return castLeaves(op, o(0), from: typeOf(o(0)), to: t)
    case .icmp where ops.count == 2:
      let a = leaves(o(0)), b = leaves(o(1))
      leafPool.append(intCompare(IntPredicate(rawValue: UInt8(n.flags & 0xF)) ?? .eq, width: intWidth(typeOf(o(0))), a, b))
      return s
    case .select where ops.count == 3:
      let cnd = scalar(o(0))
      let a = leaves(o(1)), b = leaves(o(2))
      for j in 0..<leafCount(t) { leafPool.append(select(leaf(t, j).type, cnd, leafPool[a + j], leafPool[b + j])) }
      return s
    default:
      error("unsupported: constant expression '\(n.opcode.name)' in a function body")
      return pushZeros(t)
    }
  }

  // MARK: addresses

  func addrOfInst(_ i: Int) -> AddrForm {
    switch addrKind[i] {
    case AK.slot: return AddrForm(kind: AddrForm.slot, base: addrBase[i], off: addrOff[i])
    case AK.valueOff: return AddrForm(kind: AddrForm.value, base: addrBase[i], off: addrOff[i])
    case AK.symbol: return AddrForm(kind: AddrForm.symbol, base: addrBase[i], off: addrOff[i])
    case AK.demoted:
      let s = demotedLeaves(i)
      return AddrForm(kind: AddrForm.value, base: leafPool[s].raw, off: 0)
    case AK.notYet: return AddrForm(kind: AddrForm.value, base: iconst(ptrT, 0).raw, off: 0)
    default: return AddrForm(kind: AddrForm.value, base: leafPool[Int(instLeaf[i])].raw, off: 0)
    }
  }

  /// The address form of pointer operand `v`. An instruction's own address form (or plain
  /// value) is answered in line; promoted/demoted instructions and other operands go through
  /// `addrOfSlow`.
  @inline(__always) func addrOf(_ v: Value) -> AddrForm {
    if v.fastTag == .inst {
      let i = v.index
      switch addrKind[i] {
      case AK.plain: return AddrForm(kind: AddrForm.value, base: leafPool[Int(instLeaf[i])].raw, off: 0)
      case AK.slot: return AddrForm(kind: AddrForm.slot, base: addrBase[i], off: addrOff[i])
      case AK.valueOff: return AddrForm(kind: AddrForm.value, base: addrBase[i], off: addrOff[i])
      case AK.symbol: return AddrForm(kind: AddrForm.symbol, base: addrBase[i], off: addrOff[i])
      default: break
      }
    }
    return addrOfSlow(v)
  }

  @inline(never) func addrOfSlow(_ v: Value) -> AddrForm {
    switch v.fastTag {
    case .inst:
      if addrKind[v.index] == AK.promoted {
        error("internal error: address of a promoted alloca used")
        return AddrForm(kind: AddrForm.value, base: iconst(ptrT, 0).raw, off: 0)
      }
      return addrOfInst(v.index)
    case .global, .function, .alias:
      if let s = symbolOf(v) { return AddrForm(kind: AddrForm.symbol, base: s.raw, off: 0) }
    case .constant:
      if let a = constAddr(ConstID(raw: UInt32(v.index))) { return a }
    default: break
    }
    return AddrForm(kind: AddrForm.value, base: scalar(v).raw, off: 0)
  }

  /// Symbolic address of a constant (GEP/bitcast of globals with constant indices, null).
  func constAddr(_ c: ConstID) -> AddrForm? {
    let n = cNodes[Int(c.raw)]
    switch n.kind {
    case .null, .zero: return AddrForm(kind: AddrForm.value, base: iconst(ptrT, 0).raw, off: 0)
    case .expr:
      // (the operands read in place: `elements(_:)`/`fields(_:)` slices retain their arrays)
      guard n.count > 0 else { return nil }
      let ops = cElems + Int(n.start)
      if n.opcode == .bitcast { return addrOf(ops[0]) }
      guard n.opcode == .getelementptr else { return nil }
      var a = addrOf(ops[0])
      var t = n.aux
      for j in 1..<Int(n.count) {
        let idx = ops[j]
        guard idx.fastTag == .constant, let k = constInt(ConstID(raw: UInt32(idx.index))) else { return nil }
        if j == 1 { a.off &+= k &* Int64(bitPattern: allocSizeOf(t)); continue }
        let tn = tNodes[Int(t.raw)]
        switch tn.kind {
        case .structure:
          guard k >= 0 && k < Int64(tn.listCount) else { return nil }
          a.off &+= Int64(bitPattern: fieldOffsetOf(t, Int(k)))
          t = tLists[Int(tn.listStart) + Int(k)]
        case .array, .vector:
          t = TypeID(raw: tn.a)
          a.off &+= k &* Int64(bitPattern: allocSizeOf(t))
        default: return nil
        }
      }
      return a
    default: return nil
    }
  }

  /// A constant integer, sign-extended from its width (in line: GEP indices are mostly constants).
  @inline(__always) func constInt(_ c: ConstID) -> Int64? {
    let n = cNodes[Int(c.raw)]
    switch n.kind {
    case .int:
      guard n.count > 0 else { return 0 }
      let lo = cWords[Int(n.start)]
      let tn = tNodes[Int(n.type.raw)]
      let bits = tn.kind == .integer ? Int(tn.a) : 64
      if bits < 64 {
        let sh = UInt64(64 - bits)
        return Int64(bitPattern: lo << sh) >> Int64(sh)
      }
      return Int64(bitPattern: lo)
    case .zero, .null: return 0
    default: return nil
    }
  }

  func materialize(_ a: AddrForm) -> SValue {
    switch a.kind {
    case AddrForm.slot: return a.off == 0 ? slotAddr(a.base) : stackAddr(a.base, a.off)
    case AddrForm.symbol: return globalAddr(SymbolID(raw: a.base), a.off)
    default: return addOffset(SValue(raw: a.base), a.off)
    }
  }

  /// The address of a stack slot, shared by the uses inside one SSA block (a use after the
  /// first in the block is answered in line).
  @inline(__always) func slotAddr(_ slot: UInt32) -> SValue {
    let k = Int(slot)
    if k < slotAddrBlock.count && slotAddrBlock[k] == curSB { return slotAddrVal[k] }
    return newSlotAddr(slot)
  }

  @inline(never) func newSlotAddr(_ slot: UInt32) -> SValue {
    let k = Int(slot)
    while slotAddrBlock.count <= k { slotAddrBlock.append(.max); slotAddrVal.append(.none) }
    if slotAddrBlock[k] == curSB { return slotAddrVal[k] }
    let v = stackAddr(slot, 0)
    slotAddrBlock[k] = curSB
    slotAddrVal[k] = v
    return v
  }

  /// Base register and constant offset for a load/store through `v`.
  @inline(__always) func memAddr(_ v: Value) -> (SValue, Int64) {
    let a = addrOf(v)
    switch a.kind {
    case AddrForm.slot: return (slotAddr(a.base), a.off)
    case AddrForm.symbol: return (globalAddr(SymbolID(raw: a.base), a.off), 0)
    default: return (SValue(raw: a.base), a.off)
    }
  }
}
