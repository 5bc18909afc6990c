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
// point, then phase, then class.

struct Resolver {
  let f: RAFunction
  let env: MachineEnv
  let lv: Liveness
  var scan: LinearScan
  // flattened pieces per vreg, sorted by start
  var pieceLo: [UInt32] = []
  var pieces: [UInt32] = []
  var raw: [RawMove] = []
  var seq: UInt32 = 0
  var tempSlots: [[UInt32]] = [[.max, .max], [.max, .max]]

  struct RawMove {
    var key: UInt64
    var seq: UInt32
    var from: Allocation
    var to: Allocation
    var edge: UInt32
  }

  init(_ f: RAFunction, _ env: MachineEnv, _ lv: Liveness, _ scan: LinearScan) {
    self.f = f; self.env = env; self.lv = lv; self.scan = scan
  }

  // before(i): 0 edge moves into the block, 1 split moves, 2 stores, 3 edge moves out, 4 fixed copies
  // after(i): 0 stores, 1 fixed-def copies
  @inline(__always) static func key(_ point: ProgPoint, _ phase: UInt64, _ cls: RegClass) -> UInt64 {
    UInt64(point.raw) << 4 | phase << 1 | UInt64(cls.rawValue)
  }
  mutating func add(_ point: ProgPoint, _ phase: UInt64, _ cls: RegClass, _ from: Allocation, _ to: Allocation, edge: UInt32 = .max) {
    if from == to || from.isNone || to.isNone { return }
    raw.append(RawMove(key: Resolver.key(point, phase, cls), seq: seq, from: from, to: to, edge: edge))
    seq &+= 1
  }

  /// Location of `v` at position `pos` (.none if not live there).
  func loc(_ v: Int, _ pos: UInt32) -> Allocation {
    var lo = Int(pieceLo[v]), hi = Int(pieceLo[v + 1])
    let end = hi
    // last piece with start <= pos
    while lo < hi { let m = (lo + hi) >> 1; if scan.ivs[Int(pieces[m])].start <= pos { lo = m + 1 } else { hi = m } }
    guard lo > Int(pieceLo[v]), lo <= end else { return .none }
    let iv = scan.ivs[Int(pieces[lo - 1])]
    return pos < iv.end ? iv.loc : .none
  }

  func isBlockStart(_ pos: UInt32) -> Bool {
    guard pos & 3 == 0 else { return false }
    let i = Int(pos >> 2)
    guard i < f.insts.count else { return false }
    return f.blocks[Int(lv.blockOfInst[i])].instStart == UInt32(i)
  }

  mutating func finish() -> RegAllocResult {
    var out = RegAllocResult()
    let nv = f.vregCount, ni = f.insts.count
    // Flatten pieces.
    pieceLo = [UInt32](repeating: 0, count: nv + 1)
    pieces.reserveCapacity(scan.ivs.count)
    for v in 0 ..< nv {
      pieceLo[v] = UInt32(pieces.count)
      var i = scan.firstIv[v]
      while i != .max { pieces.append(i); i = scan.ivs[Int(i)].next }
    }
    pieceLo[nv] = UInt32(pieces.count)
    raw.reserveCapacity(ni / 2)

    // Operand locations.
    out.allocs = [Allocation](repeating: .none, count: f.operands.count)
    for i in 0 ..< ni {
      let base = UInt32(i) << 2
      let ops = f.operandRange(i)
      for k in ops where f.operands[k].kind == .def {
        let op = f.operands[k]
        if let p = op.constraint.fixedReg { out.allocs[k] = .reg(p) } else { out.allocs[k] = loc(op.vreg.index, lv.defPos[op.vreg.index]) }
      }
      for k in ops where f.operands[k].kind == .use {
        let op = f.operands[k]
        if let p = op.constraint.fixedReg {
          out.allocs[k] = .reg(p)
          add(.before(i), 4, op.regClass, loc(op.vreg.index, base), .reg(p))
        } else if lv.reuseDefOf[k] != .max {
          let r = out.allocs[Int(lv.reuseDefOf[k])]
          out.allocs[k] = r
          add(.before(i), 4, op.regClass, loc(op.vreg.index, base), r)
        } else {
          out.allocs[k] = loc(op.vreg.index, op.pos == .early ? base + 1 : base + 2)
        }
      }
      for k in ops where f.operands[k].kind == .def {
        let op = f.operands[k]
        if let p = op.constraint.fixedReg, lv.hasUses[op.vreg.index] {
          add(.after(i), 1, op.regClass, .reg(p), loc(op.vreg.index, base + 3))
        }
      }
    }
    // Block parameters.
    out.blockParamAllocs = f.blockParams.map { _ in .none }
    for b in 0 ..< f.blocks.count {
      let d = f.blocks[b]
      for k in 0 ..< Int(d.paramCount) {
        let v = f.blockParams[Int(d.paramStart) + k]
        out.blockParamAllocs[Int(d.paramStart) + k] = loc(v.index, d.instStart << 2)
      }
    }
    // Split moves.
    for v in 0 ..< nv {
      let lo = Int(pieceLo[v]), hi = Int(pieceLo[v + 1])
      if hi - lo < 2 { continue }
      let cls = f.vregClasses[v]
      for k in lo + 1 ..< hi {
        let A = scan.ivs[Int(pieces[k - 1])], B = scan.ivs[Int(pieces[k])]
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
    // Edge moves.
    for e in 0 ..< f.edges.count {
      let ed = f.edges[e]
      let B = ed.from.index, S = ed.to.index
      let endPos = (f.blocks[B].instEnd << 2) - 1
      let startPos = f.blocks[S].instStart << 2
      let predSide = f.blocks[B].succCount == 1
      let point: ProgPoint = predSide ? .before(Int(f.blocks[B].instEnd) - 1) : .before(Int(f.blocks[S].instStart))
      let phase: UInt64 = predSide ? 3 : 0
      for k in Int(lv.liveInStart[S]) ..< Int(lv.liveInStart[S + 1]) {
        let v = Int(lv.liveIn[k])
        add(point, phase, f.vregClasses[v], loc(v, endPos), loc(v, startPos), edge: UInt32(e))
      }
      for (p, a) in zip(f.params(S), f.args(e)) {
        add(point, phase, f.vregClasses[p.index], loc(a.index, endPos), loc(p.index, startPos), edge: UInt32(e))
      }
    }
    // Sequentialize each group.
    raw.sort { $0.key != $1.key ? $0.key < $1.key : $0.seq < $1.seq }
    var pm = ParallelMoves()
    var group: [ParallelMoves.Move] = []
    var seqOut: [ParallelMoves.Move] = []
    out.edits.reserveCapacity(raw.count + raw.count / 8)
    var slotClasses = scan.slotClasses
    var g = 0
    while g < raw.count {
      var h = g + 1
      while h < raw.count && raw[h].key == raw[g].key { h += 1 }
      let key = raw[g].key
      let cls: RegClass = key & 1 == 0 ? .int : .float
      let point = ProgPoint(raw: UInt32(key >> 4))
      let edge = raw[g].edge
      group.removeAll(keepingCapacity: true)
      for m in raw[g ..< h] { group.append(ParallelMoves.Move(from: m.from, to: m.to)) }
      seqOut.removeAll(keepingCapacity: true)
      let c = Int(cls.rawValue)
      let fallback = env.allocatable[c].first ?? PReg(cls, 0)
      pm.resolve(group[...], scratch: env.scratch(cls), fallback: fallback, tempSlot: { which in
        if tempSlots[c][which] == .max {
          tempSlots[c][which] = UInt32(slotClasses.count); slotClasses.append(cls)
        }
        return SpillSlot(raw: tempSlots[c][which])
      }, into: &seqOut)
      for m in seqOut { out.edits.append(Edit(point: point, from: m.from, to: m.to, regClass: cls, edge: edge)) }
      g = h
    }
    out.spillSlotClasses = slotClasses
    // Callee-saved registers written.
    var used = PRegSet()
    for iv in scan.ivs { if let r = iv.loc.reg { used.insert(r) } }
    for op in f.operands { if let p = op.constraint.fixedReg, op.kind == .def { used.insert(p) } }
    for e in out.edits { if let r = e.to.reg { used.insert(r) } }
    out.usedCalleeSaved = used.intersection(env.calleeSaved)
    out.stats = scan.stats
    out.stats.moves = out.edits.count
    return out
  }
}
