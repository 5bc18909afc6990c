// Resolve: turns the scan's intervals into the result: operand locations, block-parameter
// locations, and the edits:
// - split moves: between consecutive pieces of a vreg inside a block (not at block starts);
//   a piece that goes to its spill slot at a non-gap position gets its store hoisted to the gap
//   before the instruction (or right after it, when the value is defined by it);
// - edge moves: for each edge, every vreg live into the target and every (arg → param) pair, from
//   the location at the end of the source to the location at the start of the target; placed
//   before the source's terminator when the source has one successor, else at the target's start;
// - copies into fixed-register and reuse-register operands (before i) and out of fixed-register
//   defs (after i).
// Each (point, phase, class) group is one parallel move, sequentialized by ParallelMoves.
// Phase order within a point is documented in RegAlloc.swift; INVARIANT: edits are sorted by
// point, then phase, then class. State lives in `RAContext` (see Context.swift).

struct RawMove {
  var key: UInt64
  var from: Allocation
  var to: Allocation
  var edge: UInt32
}

extension RAContext {
  // before(i): 0 edge moves into the block, 1 split moves, 2 stores, 3 edge moves out, 4 fixed copies
  // after(i): 0 stores, 1 fixed-def copies
  @inline(__always) static func key(_ point: ProgPoint, _ phase: UInt64, _ cls: RegClass) -> UInt64 {
    UInt64(point.raw) << 4 | phase << 1 | UInt64(cls.rawValue)
  }
  @inline(__always) func add(_ point: ProgPoint, _ phase: UInt64, _ cls: RegClass, _ from: Allocation, _ to: Allocation, edge: UInt32 = .max) {
    if from == to || from.isNone || to.isNone { return }
    raw.append(RawMove(key: RAContext.key(point, phase, cls), from: from, to: to, edge: edge))
  }

  /// Marks a vreg with more than one interval in `onlyLoc` (no location has this raw value).
  static let splitLoc = Allocation(raw: 0x7FFF_FFFF)

  /// Location of `v` at position `pos` (.none if not live there), for the positions the resolver
  /// asks about: where `v` is defined, used or live across an edge. (So a vreg in one piece is
  /// where its interval is, and a vreg without one, never defined, nowhere.)
  @inline(__always) func loc(_ v: Int, _ pos: UInt32) -> Allocation {
    let only = onlyLoc.p[v]
    if only != RAContext.splitLoc { return only }
    let iv = ivs.p
    let pc = pieces.p
    let first = Int(pieceLo.p[v]), end = Int(pieceHi.p[v])
    var lo = first, hi = end
    // last piece with start <= pos
    while lo < hi { let m = (lo + hi) >> 1; if iv[Int(pc[m])].start <= pos { lo = m + 1 } else { hi = m } }
    guard lo > first else { return .none }
    let x = iv[Int(pc[lo - 1])]
    return pos < x.end ? x.loc : .none
  }

  /// Whether vreg `v` lives in more than one interval.
  @inline(__always) func isSplit(_ v: Int) -> Bool { onlyLoc.p[v] == RAContext.splitLoc }

  func isBlockStart(_ pos: UInt32) -> Bool {
    guard pos & 3 == 0 else { return false }
    let i = Int(pos >> 2)
    guard i < ni else { return false }
    return blocks[blockOf(i)].instStart == UInt32(i)
  }

  /// Writes the result into `out`, reusing the capacity of its arrays.
  func finish(into out: inout RegAllocResult) {
    let nv = self.nv, ni = self.ni
    let operands = self.operands, blocks = self.blocks, edges = self.edges
    // The registers the intervals hold.
    var regsLo: UInt64 = 0, regsHi: UInt64 = 0
    do {
      let iv = ivs.p
      for k in 0 ..< ivs.count {
        let r = iv[k].loc.raw
        if r < 64 { regsLo |= 1 &<< UInt64(r) } else if r < 128 { regsHi |= 1 &<< UInt64(r &- 64) }
      }
    }
    // Flatten the pieces of the split vregs (in vreg order), with the split moves. (Moves are
    // sorted by point and phase below: the order of recording matters only within a group.)
    raw.removeAll()
    raw.reserve(ni / 2)
    pieceLo.resize(nv)
    pieceHi.resize(nv)
    pieces.removeAll()
    pieces.reserve(ivs.count)
    sortInPlace(splitVRegs.p, splitVRegs.count)
    do {
      let pieceLo = self.pieceLo, pieceHi = self.pieceHi, pieces = self.pieces, iv = ivs.p, firstIv = self.firstIv
      var n = 0
      for q in 0 ..< splitVRegs.count {
        let v = Int(splitVRegs[q])
        let lo = n
        pieceLo[v] = UInt32(n)
        var i = firstIv[v]
        while i != .max {
          pieces[n] = i; n += 1
          i = iv[Int(i)].next
        }
        pieceHi[v] = UInt32(n)
        // Split moves (between consecutive pieces inside a block).
        let cls = vregClasses[v]
        for k in lo + 1 ..< n {
          let A = iv[Int(pieces[k - 1])], B = iv[Int(pieces[k])]
          let s = B.start
          if A.end != s || A.loc == B.loc || isBlockStart(s) { continue }
          let inst = Int(s >> 2)
          if s & 3 == 0 {
            add(.before(inst), 1, cls, A.loc, B.loc)
          } else if A.start <= (s & ~3) {
            add(.before(inst), 2, cls, A.loc, B.loc)
          } else {
            add(.after(inst), 0, cls, A.loc, B.loc)
          }
        }
      }
      self.pieces.count = n
    }

    // Operand locations (and the fixed def registers, which are written), straight into the
    // result's array.
    var used = PRegSet()
    var allocs = [Allocation]()
    swap(&allocs, &out.allocs)
    refill(&allocs, no, .none)
    // One pass over the operands. (A reuse use reports its def's register, which is where the
    // def's vreg lives at its definition. Moves are sorted by point below, so the copies out of
    // fixed defs (after i) and into fixed/reuse registers (before i) may be recorded interleaved.)
    allocs.withUnsafeMutableBufferPointer { apb in
      guard let ap = apb.baseAddress else { return }  // (no operands)
      let rd = reuseDefOf.p, dp = defPos.p, ll = luLo.p, lm = localEnd.p
      for i in 0 ..< ni {
        let base = UInt32(truncatingIfNeeded: i) &<< 2
        let d = insts[i]
        var k = Int(d.operandStart)
        let opHi = k &+ Int(d.operandCount)
        while k < opHi {
          let op = operands[k]
          let v = op.vreg.index
          if op.kind == .def {
            if let p = op.constraint.fixedReg {
              ap[k] = .reg(p)
              used.insert(p)
              // (only when the value is used: locally, or elsewhere)
              if lm[v] != 0 || ll[v &+ 1] > ll[v] { add(.after(i), 1, op.regClass, .reg(p), loc(v, base &+ 3)) }
            } else {
              ap[k] = loc(v, dp[v])
            }
          } else if let p = op.constraint.fixedReg {
            ap[k] = .reg(p)
            add(.before(i), 4, op.regClass, loc(v, base), .reg(p))
          } else if rd[k] != .max {
            let dv = operands[Int(rd[k])].vreg.index
            let r = loc(dv, dp[dv])
            ap[k] = r
            add(.before(i), 4, op.regClass, loc(v, base), r)
          } else {
            ap[k] = loc(v, op.pos == .early ? base &+ 1 : base &+ 2)
          }
          k &+= 1
        }
      }
    }
    out.allocs = allocs
    // Block parameters.
    var bpa = [Allocation]()
    swap(&bpa, &out.blockParamAllocs)
    refill(&bpa, f.blockParams.count, .none)
    bpa.withUnsafeMutableBufferPointer { bpa in
      for b in 0 ..< nb {
        let d = blocks[b]
        for k in 0 ..< Int(d.paramCount) {
          let v = blockParams[Int(d.paramStart) + k]
          bpa[Int(d.paramStart) + k] = loc(v.index, d.instStart << 2)
        }
      }
    }
    out.blockParamAllocs = bpa
    // Edge moves. (Only a split vreg can need a move for being live into the target: a vreg in
    // one piece has one location wherever it lives.)
    let hasSplits = !splitVRegs.isEmpty
    if hasSplits { makeLiveIn(splitOnly: true) }
    for e in 0 ..< ne {
      let ed = edges[e]
      let B = ed.from.index, S = ed.to.index
      let endPos = (blocks[B].instEnd << 2) - 1
      let startPos = blocks[S].instStart << 2
      let predSide = blocks[B].succCount == 1
      let point: ProgPoint = predSide ? .before(Int(blocks[B].instEnd) - 1) : .before(Int(blocks[S].instStart))
      let phase: UInt64 = predSide ? 3 : 0
      if hasSplits {
        for k in Int(liveInStart[S]) ..< Int(liveInStart[S + 1]) {
          let v = Int(liveIn[k])
          add(point, phase, vregClasses[v], loc(v, endPos), loc(v, startPos), edge: UInt32(e))
        }
      }
      let pLo = Int(blocks[S].paramStart), aLo = Int(ed.argStart)
      for j in 0 ..< min(Int(blocks[S].paramCount), Int(ed.argCount)) {
        let p = blockParams[pLo &+ j], a = edgeArgs[aLo &+ j]
        add(point, phase, vregClasses[p.index], loc(a.index, endPos), loc(p.index, startPos), edge: UInt32(e))
      }
    }
    // Sort by (key, insertion order): keys are below 2^34 and indices below 2^30.
    let nRaw = raw.count
    rawOrder.resize(nRaw)
    do {
      let rp = raw.p, ord = rawOrder.p
      var sorted = true
      for k in 0 ..< nRaw {
        ord[k] = rp[k].key << 30 | UInt64(k)
        if k > 0 && ord[k] < ord[k - 1] { sorted = false }
      }
      if !sorted { var ob = UnsafeMutableBufferPointer(start: ord, count: nRaw); ob.sort() }
    }
    // Sequentialize each group.
    var edits: [Edit] = []
    swap(&edits, &out.edits)
    edits.removeAll(keepingCapacity: true)
    edits.reserveCapacity(nRaw + nRaw / 8)
    var slotClasses = self.slotClasses
    // per class c and kind `which`: tempSlots[2c + which]
    var tempSlots = SIMD4<UInt32>(repeating: .max)
    let rp = raw.p, ord = rawOrder.p
    var g = 0
    while g < nRaw {
      let first = rp[Int(ord[g] & 0x3FFF_FFFF)]
      let key = first.key
      var h = g + 1
      while h < nRaw && rp[Int(ord[h] & 0x3FFF_FFFF)].key == key { h += 1 }
      let cls: RegClass = key & 1 == 0 ? .int : .float
      let point = ProgPoint(raw: UInt32(key >> 4))
      let edge = first.edge
      if h == g + 1 && !(first.from.isStack && first.to.isStack) {
        // A single register move needs no sequencing.
        edits.append(Edit(point: point, from: first.from, to: first.to, regClass: cls, edge: edge))
        g = h
        continue
      }
      group.removeAll(keepingCapacity: true)
      for m in g ..< h { let r = rp[Int(ord[m] & 0x3FFF_FFFF)]; group.append(ParallelMoves.Move(from: r.from, to: r.to)) }
      seqOut.removeAll(keepingCapacity: true)
      let c = Int(cls.rawValue)
      let fallback = env.allocatable[c].first ?? PReg(cls, 0)
      pm.resolve(group[...], scratch: env.scratch(cls), fallback: fallback, tempSlot: { which in
        if tempSlots[2 * c + which] == .max {
          tempSlots[2 * c + which] = UInt32(slotClasses.count); slotClasses.append(cls)
        }
        return SpillSlot(raw: tempSlots[2 * c + which])
      }, into: &seqOut)
      for m in seqOut { edits.append(Edit(point: point, from: m.from, to: m.to, regClass: cls, edge: edge)) }
      g = h
    }
    out.spillSlotClasses = slotClasses
    // Callee-saved registers written.
    do {
      var s = PRegSet(); s.lo = regsLo; s.hi = regsHi
      used = used.union(s)
    }
    for e in edits { if let r = e.to.reg { used.insert(r) } }
    out.usedCalleeSaved = used.intersection(env.calleeSaved)
    out.edits = edits
    out.stats = stats
    out.stats.moves = out.edits.count
  }
}
