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

  /// Location of `v` at position `pos` (.none if not live there).
  @inline(__always) func loc(_ v: Int, _ pos: UInt32) -> Allocation {
    let iv = ivs.p
    // (a vreg in one piece: its interval has no successor)
    let f = firstIv.p[v]
    if f != .max {
      let x = iv + Int(f)
      if x.pointee.next == .max { return x.pointee.start <= pos && pos < x.pointee.end ? x.pointee.loc : .none }
    }
    let pl = pieceLo.p, pc = pieces.p
    let first = Int(pl[v]), end = Int(pl[v + 1])
    var lo = first, hi = end
    // last piece with start <= pos
    while lo < hi { let m = (lo + hi) >> 1; if iv[Int(pc[m])].start <= pos { lo = m + 1 } else { hi = m } }
    guard lo > first else { return .none }
    let x = iv[Int(pc[lo - 1])]
    return pos < x.end ? x.loc : .none
  }

  func isBlockStart(_ pos: UInt32) -> Bool {
    guard pos & 3 == 0 else { return false }
    let i = Int(pos >> 2)
    guard i < ni else { return false }
    return blocks[Int(blockOfInst[i])].instStart == UInt32(i)
  }

  /// Writes the result into `out`, reusing the capacity of its arrays.
  func finish(into out: inout RegAllocResult) {
    let nv = self.nv, ni = self.ni
    let operands = self.operands, blocks = self.blocks, edges = self.edges
    // Flatten pieces, with the split moves and the registers the intervals hold. (Moves are
    // sorted by point and phase below: the order of recording matters only within a group.)
    raw.removeAll()
    raw.reserve(ni / 2)
    var regsLo: UInt64 = 0, regsHi: UInt64 = 0
    pieceLo.resize(nv + 1)
    pieces.removeAll()
    pieces.reserve(ivs.count)
    do {
      let pieceLo = self.pieceLo, pieces = self.pieces, iv = ivs.p, firstIv = self.firstIv
      var n = 0
      for v in 0 ..< nv {
        let lo = n
        pieceLo[v] = UInt32(n)
        var i = firstIv[v]
        while i != .max {
          pieces[n] = i; n += 1
          let r = iv[Int(i)].loc.raw
          if r < 64 { regsLo |= 1 &<< UInt64(r) } else if r < 128 { regsHi |= 1 &<< UInt64(r &- 64) }
          i = iv[Int(i)].next
        }
        // Split moves (between consecutive pieces inside a block).
        if n &- lo < 2 { continue }
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
      pieceLo[nv] = UInt32(n)
      self.pieces.count = n
    }

    // Operand locations (and the fixed def registers, which are written).
    var used = PRegSet()
    allocsBuf.reset(no, .none)
    let allocs = allocsBuf
    // One pass over the operands. (A reuse use reports its def's register, which is where the
    // def's vreg lives at its definition. Moves are sorted by point below, so the copies out of
    // fixed defs (after i) and into fixed/reuse registers (before i) may be recorded interleaved.)
    do {
      let ap = allocs.p, rd = reuseDefOf.p, dp = defPos.p, ll = luLo.p, lm = localEnd.p
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
    out.allocs.removeAll(keepingCapacity: true)
    out.allocs.append(contentsOf: UnsafeBufferPointer(start: allocs.p, count: no))
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
    // Edge moves.
    for e in 0 ..< ne {
      let ed = edges[e]
      let B = ed.from.index, S = ed.to.index
      let endPos = (blocks[B].instEnd << 2) - 1
      let startPos = blocks[S].instStart << 2
      let predSide = blocks[B].succCount == 1
      let point: ProgPoint = predSide ? .before(Int(blocks[B].instEnd) - 1) : .before(Int(blocks[S].instStart))
      let phase: UInt64 = predSide ? 3 : 0
      for k in Int(liveInStart[S]) ..< Int(liveInStart[S + 1]) {
        let v = Int(liveIn[k])
        // A vreg in one piece has one location wherever it lives: no move.
        if pieceLo[v + 1] - pieceLo[v] <= 1 { continue }
        add(point, phase, vregClasses[v], loc(v, endPos), loc(v, startPos), edge: UInt32(e))
      }
      for (pk, ak) in zip(paramRange(S), argRange(e)) {
        let p = blockParams[pk], a = edgeArgs[ak]
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
