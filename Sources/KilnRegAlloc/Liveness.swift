// Liveness: validates an `RAFunction`, then computes everything the scan needs, in flat arrays:
// - per vreg: definition position, live ranges (sorted, non-adjacent, merged), and the sorted
//   positions where it must be in a register ("register uses", including anyReg defs);
// - per block: the vregs live on entry (excluding the block's own params), for edge resolution;
// - per physical register: reserved ranges (fixed operands, clobbers), sorted and merged;
// - hints (move coalescing, fixed registers, block params ↔ arguments).
// Liveness uses SSA path exploration (for each use, walk predecessors back to the defining
// block), so the cost is the size of the live sets, with no per-block bitsets.
// Positions: instruction i owns 4i+0 (gap before), 4i+1 (early), 4i+2 (late), 4i+3 (gap after).
// A use that is copied into a fixed or reuse register is read in the gap before (4i+0); a fixed
// def is copied out of its register in the gap after (4i+3). INVARIANT after `build()`: every
// used vreg has a dominating definition, every range lies inside one function, ranges of a vreg
// are sorted and separated by holes, and holes only end at block starts.

struct Liveness {
  let f: RAFunction
  let env: MachineEnv
  var blockOfInst: [UInt32] = []
  // per vreg
  var defPos: [UInt32] = []
  var defBlock: [UInt32] = []
  var defInst: [Int32] = []
  var rangeLo: [UInt32] = []
  var rangeHi: [UInt32] = []
  var rStart: [UInt32] = []
  var rEnd: [UInt32] = []
  var useLo: [UInt32] = []
  var useHi: [UInt32] = []
  var usePos: [UInt32] = []
  var hasUses: [Bool] = []
  var hintReg: [UInt8] = []
  var hintVReg: [UInt32] = []
  /// operand index → the reuse def operand that reads it through a copy (or .max)
  var reuseDefOf: [UInt32] = []
  // per block
  var liveInStart: [UInt32] = []
  var liveIn: [UInt32] = []
  // per physical register (indexed by PReg.raw)
  var fixedStart: [[UInt32]] = Array(repeating: [], count: 128)
  var fixedEnd: [[UInt32]] = Array(repeating: [], count: 128)

  init(_ f: RAFunction, _ env: MachineEnv) { self.f = f; self.env = env }

  @inline(__always) func blockStartPos(_ b: Int) -> UInt32 { f.blocks[b].instStart << 2 }
  @inline(__always) func blockEndPos(_ b: Int) -> UInt32 { f.blocks[b].instEnd << 2 }

  // MARK: validation (also records definitions)

  mutating func validate() -> [String] {
    var e: [String] = []
    let nb = f.blocks.count, ni = f.insts.count, nv = f.vregCount, ne = f.edges.count, no = f.operands.count
    if nb == 0 { return ["function has no blocks"] }
    if ni >= 1 << 29 { return ["function too large: \(ni) instructions"] }
    var expect: UInt32 = 0
    var succExpect: UInt32 = 0
    for (b, d) in f.blocks.enumerated() {
      if d.instStart != expect || d.instEnd <= d.instStart {
        return ["block b\(b) is empty or not contiguous with the previous block"]
      }
      expect = d.instEnd
      if d.succStart != succExpect || Int(d.succStart) + Int(d.succCount) > ne {
        return ["block b\(b): successor edges out of range or not grouped by source"]
      }
      succExpect += d.succCount
      if Int(d.predStart) + Int(d.predCount) > f.predEdges.count { return ["block b\(b): predecessor list out of range"] }
      if Int(d.paramStart) + Int(d.paramCount) > f.blockParams.count { return ["block b\(b): parameter list out of range"] }
    }
    if Int(expect) != ni { return ["instructions not covered by blocks"] }
    if Int(succExpect) != ne { return ["edges not covered by blocks"] }
    for (i, d) in f.insts.enumerated() where Int(d.operandStart) + Int(d.operandCount) > no {
      return ["instruction i\(i): operand list out of range"]
    }
    for (k, ed) in f.edges.enumerated() {
      if ed.from.index >= nb || ed.to.index >= nb || Int(ed.argStart) + Int(ed.argCount) > f.edgeArgs.count {
        return ["edge \(k) out of range"]
      }
    }
    for (b, d) in f.blocks.enumerated() {
      for s in f.succs(b) where f.edges[s].from.index != b { return ["edge \(s) listed under b\(b) but starts at \(f.edges[s].from)"] }
      for p in f.preds(b) where Int(p) >= ne || f.edges[Int(p)].to.index != b { return ["predecessor list of b\(b) is inconsistent"] }
      _ = d
    }
    if f.predEdges.count != ne { return ["predecessor lists do not cover the edges"] }
    for v in f.blockParams where v.index >= nv { return ["block parameter \(v) out of range"] }
    for v in f.edgeArgs where v.index >= nv { return ["branch argument \(v) out of range"] }
    for op in f.operands where op.vreg.index >= nv { return ["operand \(op.vreg) out of range"] }

    if f.blocks[0].predCount != 0 { e.append("entry block b0 has predecessors") }
    if f.blocks[0].paramCount != 0 { e.append("entry block b0 has parameters (define incoming values with fixed-register defs)") }
    // reachability
    var seen = [Bool](repeating: false, count: nb)
    var stack: [Int] = [0]
    seen[0] = true
    while let b = stack.popLast() {
      for s in f.succs(b) { let t = f.edges[s].to.index; if !seen[t] { seen[t] = true; stack.append(t) } }
    }
    for b in 0 ..< nb where !seen[b] { e.append("block b\(b) is unreachable from the entry") }
    // edges
    for (k, ed) in f.edges.enumerated() {
      let from = ed.from.index, to = ed.to.index
      if f.blocks[from].succCount > 1 && f.blocks[to].predCount > 1 {
        e.append("critical edge b\(from) -> b\(to): split it (a block with several successors branches to a block with several predecessors)")
      }
      let params = f.params(to), args = f.args(k)
      if params.count != args.count {
        e.append("edge b\(from) -> b\(to) passes \(args.count) arguments, b\(to) has \(params.count) parameters")
      } else {
        for (p, a) in zip(params, args) where f.vregClasses[p.index] != f.vregClasses[a.index] {
          e.append("edge b\(from) -> b\(to): argument \(a) and parameter \(p) have different classes")
        }
      }
    }
    // definitions
    defPos = [UInt32](repeating: .max, count: nv)
    defBlock = [UInt32](repeating: .max, count: nv)
    defInst = [Int32](repeating: -1, count: nv)
    blockOfInst = [UInt32](repeating: 0, count: ni)
    for b in 0 ..< nb {
      let d = f.blocks[b]
      for i in Int(d.instStart) ..< Int(d.instEnd) { blockOfInst[i] = UInt32(b) }
      for v in f.params(b) {
        if defPos[v.index] != .max { e.append("\(v) is defined more than once"); continue }
        defPos[v.index] = d.instStart << 2; defBlock[v.index] = UInt32(b); defInst[v.index] = -1
      }
    }
    reuseDefOf = [UInt32](repeating: .max, count: no)
    var fixedSeen: [(PReg, UInt8, UInt32)] = []  // (reg, role bits, vreg)
    for i in 0 ..< ni {
      let b = Int(blockOfInst[i])
      let isTerm = i == Int(f.blocks[b].instEnd) - 1
      let ops = f.operandRange(i)
      if isTerm && f.blocks[b].succCount == 1 && !ops.isEmpty {
        e.append("i\(i): terminator of b\(b) has one successor and must have no operands (edge moves go before it)")
      }
      fixedSeen.removeAll(keepingCapacity: true)
      for k in ops {
        let op = f.operands[k]
        let v = op.vreg.index
        if f.vregClasses[v] != op.regClass { e.append("i\(i): operand \(k - ops.lowerBound) class does not match \(op.vreg)") }
        if op.kind == .def {
          if isTerm { e.append("i\(i): terminator defines \(op.vreg)") }
          if defPos[v] != .max { e.append("\(op.vreg) is defined more than once"); continue }
          defBlock[v] = UInt32(b); defInst[v] = Int32(i)
          let base = UInt32(i) << 2
          switch op.constraint {
          case .fixedReg: defPos[v] = base + 3
          case .reuse: defPos[v] = base + 1
          case .anyReg, .any: defPos[v] = op.pos == .early ? base + 1 : base + 2
          }
        }
        switch op.constraint {
        case .fixedReg(let p):
          if p.regClass != op.regClass || !env.isAllocatable(p) {
            e.append("i\(i): fixed register \(p) is not an allocatable \(op.regClass) register")
          }
          // role bits: 1 early use, 2 late use, 4 early def, 8 late def
          let role: UInt8 = op.kind == .use ? (op.pos == .early ? 1 : 2) : (op.pos == .early ? 4 : 8)
          for (q, r, w) in fixedSeen where q == p {
            let bad: Bool
            if role <= 2 && r <= 2 { bad = w != op.vreg.raw }
            else if role >= 4 && r >= 4 { bad = true }
            else { let use = min(role, r), def = max(role, r); bad = !(use == 1 && def == 8) }
            if bad { e.append("i\(i): conflicting fixed-register operands on \(p)") }
          }
          fixedSeen.append((p, role, op.vreg.raw))
        case .reuse(let t):
          let idx = ops.lowerBound + t
          if op.kind != .def || op.pos != .late || t < 0 || idx >= ops.upperBound {
            e.append("i\(i): reuse constraint must be on a late def and name an operand of the instruction")
          } else {
            let target = f.operands[idx]
            if target.kind != .use || target.pos != .early || target.constraint != .anyReg || target.regClass != op.regClass {
              e.append("i\(i): reuse target operand \(t) must be an early anyReg use of the same class")
            } else if reuseDefOf[idx] != .max {
              e.append("i\(i): operand \(t) is the reuse target of two defs")
            } else {
              reuseDefOf[idx] = UInt32(k)
            }
          }
        case .anyReg, .any: break
        }
      }
    }
    return e
  }

  // MARK: build

  mutating func build() throws(RegAllocError) {
    let errs = validate()
    if !errs.isEmpty { throw RegAllocError(errs) }
    var e: [String] = []
    let nb = f.blocks.count, ni = f.insts.count, nv = f.vregCount
    // Liveness uses (end position, block) and register uses, as CSR per vreg.
    var luCount = [UInt32](repeating: 0, count: nv + 1)
    var ruCount = [UInt32](repeating: 0, count: nv + 1)
    for i in 0 ..< ni {
      for k in f.operandRange(i) {
        let op = f.operands[k]
        let v = op.vreg.index
        if op.kind == .use {
          luCount[v] += 1
          if op.constraint == .anyReg && reuseDefOf[k] == .max { ruCount[v] += 1 }
        } else if op.constraint == .anyReg || op.constraint.isReuse {
          ruCount[v] += 1
        }
      }
    }
    for a in f.edgeArgs { luCount[a.index] += 1 }
    var luLo = [UInt32](repeating: 0, count: nv + 1)
    useLo = [UInt32](repeating: 0, count: nv)
    useHi = [UInt32](repeating: 0, count: nv)
    var acc: UInt32 = 0, racc: UInt32 = 0
    for v in 0 ..< nv {
      luLo[v] = acc; acc += luCount[v]
      useLo[v] = racc; useHi[v] = racc; racc += ruCount[v]
    }
    luLo[nv] = acc
    var luFill = luLo
    var luEnd = [UInt32](repeating: 0, count: Int(acc))
    var luBlock = [UInt32](repeating: 0, count: Int(acc))
    usePos = [UInt32](repeating: 0, count: Int(racc))
    for i in 0 ..< ni {
      let base = UInt32(i) << 2
      let b = blockOfInst[i]
      for k in f.operandRange(i) {
        let op = f.operands[k]
        let v = op.vreg.index
        if op.kind == .use {
          let copied = reuseDefOf[k] != .max || op.constraint.isFixed
          let end: UInt32 = copied ? base + 1 : (op.pos == .early ? base + 2 : base + 3)
          luEnd[Int(luFill[v])] = end; luBlock[Int(luFill[v])] = b; luFill[v] += 1
          if defBlock[v] == b && defInst[v] >= Int32(i) { e.append("i\(i): use of \(op.vreg) before its definition") }
          if op.constraint == .anyReg && reuseDefOf[k] == .max {
            usePos[Int(useHi[v])] = op.pos == .early ? base + 1 : base + 2; useHi[v] += 1
          }
        } else if op.constraint == .anyReg || op.constraint.isReuse {
          usePos[Int(useHi[v])] = defPos[v]; useHi[v] += 1
        }
      }
    }
    for (k, ed) in f.edges.enumerated() {
      let end = blockEndPos(ed.from.index)
      for a in f.args(k) {
        let v = a.index
        luEnd[Int(luFill[v])] = end; luBlock[Int(luFill[v])] = ed.from.raw; luFill[v] += 1
      }
    }
    // register-use positions are appended per instruction; fix local disorder
    for v in 0 ..< nv where useHi[v] - useLo[v] > 1 {
      var j = Int(useLo[v]) + 1
      while j < Int(useHi[v]) {
        let x = usePos[j]; var m = j - 1
        while m >= Int(useLo[v]) && usePos[m] > x { usePos[m + 1] = usePos[m]; m -= 1 }
        usePos[m + 1] = x; j += 1
      }
    }
    // Path exploration per vreg.
    hasUses = [Bool](repeating: false, count: nv)
    rangeLo = [UInt32](repeating: 0, count: nv)
    rangeHi = [UInt32](repeating: 0, count: nv)
    rStart.reserveCapacity(nv + nv / 2); rEnd.reserveCapacity(nv + nv / 2)
    var liStamp = [UInt32](repeating: .max, count: nb), loStamp = liStamp, meStamp = liStamp
    var maxEnd = [UInt32](repeating: 0, count: nb)
    var touched: [UInt32] = [], work: [UInt32] = []
    var liPairB: [UInt32] = [], liPairV: [UInt32] = []
    for v in 0 ..< nv {
      let vv = UInt32(v)
      rangeLo[v] = UInt32(rStart.count); rangeHi[v] = rangeLo[v]
      let lo = Int(luLo[v]), hi = Int(luLo[v + 1])
      hasUses[v] = hi > lo
      if defPos[v] == .max {
        if hi > lo { e.append("\(VReg(v)) is used but never defined") }
        continue
      }
      let D = defBlock[v]
      touched.removeAll(keepingCapacity: true)
      touched.append(D); meStamp[Int(D)] = vv; maxEnd[Int(D)] = 0
      for u in lo ..< hi {
        let B = luBlock[u], p = luEnd[u]
        if meStamp[Int(B)] != vv { meStamp[Int(B)] = vv; maxEnd[Int(B)] = p; touched.append(B) } else if p > maxEnd[Int(B)] { maxEnd[Int(B)] = p }
        if B != D && liStamp[Int(B)] != vv { liStamp[Int(B)] = vv; work.append(B) }
      }
      while let B = work.popLast() {
        for pe in f.preds(Int(B)) {
          let P = f.edges[Int(pe)].from.raw
          loStamp[Int(P)] = vv
          if meStamp[Int(P)] != vv { meStamp[Int(P)] = vv; maxEnd[Int(P)] = 0; touched.append(P) }
          if P != D && liStamp[Int(P)] != vv { liStamp[Int(P)] = vv; work.append(P) }
        }
      }
      if liStamp[0] == vv && D != 0 {
        e.append("\(VReg(v)) is used where its definition does not dominate the use"); continue
      }
      if touched.count > 16 {
        touched.sort()
      } else if touched.count > 1 {
        var j = 1
        while j < touched.count {
          let x = touched[j]; var m = j - 1
          while m >= 0 && touched[m] > x { touched[m + 1] = touched[m]; m -= 1 }
          touched[m + 1] = x; j += 1
        }
      }
      let di = defInst[v]
      let deadEnd = di < 0 ? defPos[v] + 1 : max(defPos[v] + 1, (UInt32(di) << 2) + 3)
      for B in touched {
        let b = Int(B)
        let s = B == D ? defPos[v] : blockStartPos(b)
        var en: UInt32 = loStamp[b] == vv ? blockEndPos(b) : maxEnd[b]
        if B == D { en = max(en, deadEnd) }
        if B != D { liPairB.append(B); liPairV.append(vv) }
        if rStart.count > Int(rangeLo[v]) && rEnd[rEnd.count - 1] == s {
          rEnd[rEnd.count - 1] = en
        } else {
          rStart.append(s); rEnd.append(en)
        }
      }
      rangeHi[v] = UInt32(rStart.count)
    }
    // live-in lists by block
    liveInStart = [UInt32](repeating: 0, count: nb + 1)
    for b in liPairB { liveInStart[Int(b) + 1] += 1 }
    for b in 0 ..< nb { liveInStart[b + 1] += liveInStart[b] }
    liveIn = [UInt32](repeating: 0, count: liPairB.count)
    var fill = liveInStart
    for (b, v) in zip(liPairB, liPairV) { liveIn[Int(fill[Int(b)])] = v; fill[Int(b)] += 1 }
    // Fixed-register reservations and clobbers.
    var allocatable = PRegSet()
    for c in env.allocatable { for p in c { allocatable.insert(p) } }
    for i in 0 ..< ni {
      let base = UInt32(i) << 2
      for k in f.operandRange(i) {
        let op = f.operands[k]
        guard case .fixedReg(let p) = op.constraint else { continue }
        switch (op.kind, op.pos) {
        case (.use, .early): addFixed(p, base + 1, base + 2)
        case (.use, .late), (.def, .early): addFixed(p, base + 1, base + 3)
        case (.def, .late): addFixed(p, base + 2, base + 3)
        }
      }
      let cl = f.insts[i].clobbers.intersection(allocatable)
      var lo = cl.lo
      while lo != 0 { addFixed(PReg(raw: UInt8(lo.trailingZeroBitCount)), base + 2, base + 3); lo &= lo - 1 }
      var hi = cl.hi
      while hi != 0 { addFixed(PReg(raw: UInt8(64 + hi.trailingZeroBitCount)), base + 2, base + 3); hi &= hi - 1 }
    }
    // Hints.
    hintReg = [UInt8](repeating: 0xFF, count: nv)
    hintVReg = [UInt32](repeating: .max, count: nv)
    for i in 0 ..< ni {
      let ops = f.operandRange(i)
      if f.insts[i].isMove && ops.count == 2 {
        let a = f.operands[ops.lowerBound], b = f.operands[ops.lowerBound + 1]
        let (u, d) = a.kind == .use ? (a, b) : (b, a)
        if u.kind == .use && d.kind == .def && u.regClass == d.regClass {
          hintVReg[d.vreg.index] = u.vreg.raw
          if hintVReg[u.vreg.index] == .max { hintVReg[u.vreg.index] = d.vreg.raw }
        }
      }
      for k in ops {
        let op = f.operands[k]
        switch op.constraint {
        case .fixedReg(let p): if hintReg[op.vreg.index] == 0xFF { hintReg[op.vreg.index] = p.raw }
        case .reuse(let t):
          let u = f.operands[ops.lowerBound + t].vreg
          hintVReg[op.vreg.index] = u.raw
          if hintVReg[u.index] == .max { hintVReg[u.index] = op.vreg.raw }
        default: break
        }
      }
    }
    for k in 0 ..< f.edges.count {
      for (p, a) in zip(f.params(f.edges[k].to.index), f.args(k)) {
        if hintVReg[p.index] == .max { hintVReg[p.index] = a.raw }
        if hintVReg[a.index] == .max { hintVReg[a.index] = p.raw }
      }
    }
    if !e.isEmpty { throw RegAllocError(e) }
  }

  private mutating func addFixed(_ p: PReg, _ s: UInt32, _ en: UInt32) {
    let r = Int(p.raw)
    if let last = fixedEnd[r].last, s <= last {
      let j = fixedEnd[r].count - 1
      fixedEnd[r][j] = max(last, en)
      fixedStart[r][j] = min(fixedStart[r][j], s)
    } else {
      fixedStart[r].append(s); fixedEnd[r].append(en)
    }
  }
}

extension OperandConstraint {
  var isFixed: Bool { if case .fixedReg = self { return true }; return false }
  var isReuse: Bool { if case .reuse = self { return true }; return false }
  var fixedReg: PReg? { if case .fixedReg(let p) = self { return p }; return nil }
}
