// Liveness: validates an `RAFunction`, then computes everything the scan needs, in flat arrays:
// - per vreg: definition position, live ranges (sorted, non-adjacent, merged), and the sorted
//   positions where it must be in a register ("register uses", including anyReg defs);
// - per block: the vregs live on entry (excluding the block's own params), for edge resolution
//   (grouped by block only on demand: `makeLiveIn`);
// - per physical register: reserved ranges (fixed operands, clobbers), sorted and merged;
// - hints (move coalescing, fixed registers, block params ↔ arguments);
// - the scan's initial intervals (one per vreg with ranges) and their queue keys.
// Validation has a quick pass without messages; only invalid input pays for a second pass that
// describes the problems. Both record, as they meet the operands, what `build` needs (definitions,
// fixed reservations, hints, and the uses: `UseRecorder`), so `build` does not walk the operands.
// Liveness uses SSA path exploration (for each use, walk predecessors back to the defining
// block), so the cost is the size of the live sets, with no per-block bitsets.
// Positions: instruction i owns 4i+0 (gap before), 4i+1 (early), 4i+2 (late), 4i+3 (gap after).
// A use that is copied into a fixed or reuse register is read in the gap before (4i+0); a fixed
// def is copied out of its register in the gap after (4i+3). INVARIANT after `build()`: every
// used vreg has a dominating definition, every range lies inside one function, ranges of a vreg
// are sorted and separated by holes, and holes only end at block starts.
// The results live in `RAContext` buffers (see Context.swift); this file is an extension of it.

extension RAContext {
  @inline(__always) func blockStartPos(_ b: Int) -> UInt32 { blocks[b].instStart << 2 }
  /// The block of instruction `i` (< `ni`; blocks are contiguous and ascending: a binary search).
  func blockOf(_ i: Int) -> Int {
    var lo = 0, hi = nb
    while hi - lo > 1 { let m = (lo + hi) >> 1; if Int(blocks[m].instStart) <= i { lo = m } else { hi = m } }
    return lo
  }
  @inline(__always) func blockEndPos(_ b: Int) -> UInt32 { blocks[b].instEnd << 2 }
  @inline(__always) func operandRange(_ i: Int) -> Range<Int> {
    let d = insts[i]; return Int(d.operandStart) ..< Int(d.operandStart) + Int(d.operandCount)
  }
  @inline(__always) func succRange(_ b: Int) -> Range<Int> {
    let d = blocks[b]; return Int(d.succStart) ..< Int(d.succStart) + Int(d.succCount)
  }
  /// Indices into `predEdges`.
  @inline(__always) func predRange(_ b: Int) -> Range<Int> {
    let d = blocks[b]; return Int(d.predStart) ..< Int(d.predStart) + Int(d.predCount)
  }
  /// Indices into `blockParams`.
  @inline(__always) func paramRange(_ b: Int) -> Range<Int> {
    let d = blocks[b]; return Int(d.paramStart) ..< Int(d.paramStart) + Int(d.paramCount)
  }
  /// Indices into `edgeArgs`.
  @inline(__always) func argRange(_ e: Int) -> Range<Int> {
    let d = edges[e]; return Int(d.argStart) ..< Int(d.argStart) + Int(d.argCount)
  }

  // MARK: validation (also records definitions, uses, fixed reservations and hints)

  /// Checks the function and records what `build` needs; returns the problems found (none when
  /// it is valid). The check runs twice only for invalid input: a quick pass without messages
  /// (`validateFast`), then, if it finds anything, `validateReporting` redoes it all to say what.
  func validate() -> [String] {
    if validateFast() { return [] }
    clearFixed()
    return validateReporting()
  }

  /// `validateReporting` without messages: the same checks (it may stop at the first problem,
  /// or be stricter) and, for a valid function, the same recorded facts. True when valid.
  func validateFast() -> Bool {
    let nb = self.nb, ni = self.ni, nv = self.nv, ne = self.ne, no = self.no
    let blocks = self.blocks, insts = self.insts, operands = self.operands, edges = self.edges
    let edgeArgs = self.edgeArgs, blockParams = self.blockParams, predEdges = self.predEdges, vregClasses = self.vregClasses
    let nPred = f.predEdges.count, nParams = f.blockParams.count, nArgs = f.edgeArgs.count
    if nb == 0 || ni >= 1 << 29 || nPred != ne { return false }
    for k in 0 ..< nParams where blockParams[k].index >= nv { return false }
    for k in 0 ..< nArgs where edgeArgs[k].index >= nv { return false }
    if blocks[0].predCount != 0 || blocks[0].paramCount != 0 { return false }
    // Blocks, their edges (grouped by source, so each edge is seen once, under its source) and
    // predecessor lists.
    var expect: UInt32 = 0
    var succExpect = 0
    // (whether every block after the entry has a predecessor laid out before it: then, by
    // induction, every block is reachable)
    var forward = true
    for b in 0 ..< nb {
      let d = blocks[b]
      if d.instStart != expect || d.instEnd <= d.instStart || Int(d.succStart) != succExpect { return false }
      expect = d.instEnd
      let sEnd = Int(d.succStart) &+ Int(d.succCount)
      if sEnd > ne || Int(d.predStart) &+ Int(d.predCount) > nPred || Int(d.paramStart) &+ Int(d.paramCount) > nParams { return false }
      succExpect = sEnd
      var earlier = b == 0
      for q in Int(d.predStart) ..< Int(d.predStart) &+ Int(d.predCount) {
        let p = Int(predEdges[q])
        if p >= ne || edges[p].to.index != b { return false }
        if edges[p].from.index < b { earlier = true }
      }
      if !earlier { forward = false }
      for s in Int(d.succStart) ..< sEnd {
        let ed = edges[s]
        let to = ed.to.index
        if ed.from.index != b || to >= nb || Int(ed.argStart) &+ Int(ed.argCount) > nArgs { return false }
        let td = blocks[to]
        if Int(td.paramStart) &+ Int(td.paramCount) > nParams { return false }
        // (critical edge; argument count and classes)
        if d.succCount > 1 && td.predCount > 1 { return false }
        if td.paramCount != ed.argCount { return false }
        for j in 0 ..< Int(ed.argCount) {
          if vregClasses[blockParams[Int(td.paramStart) &+ j].index] != vregClasses[edgeArgs[Int(ed.argStart) &+ j].index] { return false }
        }
      }
    }
    if Int(expect) != ni || succExpect != ne { return false }
    // reachability (a search only when the layout does not show it)
    if !forward {
      seen.reset(nb, false)
      let seen = self.seen.p
      work.removeAll()
      work.append(0)
      seen[0] = true
      var reached = 1
      while let b = work.popLast() {
        for s in succRange(Int(b)) {
          let t = edges[s].to.index
          if !seen[t] { seen[t] = true; reached &+= 1; work.append(UInt32(truncatingIfNeeded: t)) }
        }
      }
      if reached != nb { return false }
    }
    // definitions
    resetRecordedFacts()
    let dp = defPos.p, rd = reuseDefOf.p
    let ru = ruCount.p, hr = hintReg.p, hv = hintVReg.p
    var rec = UseRecorder(self)
    for b in 0 ..< nb {
      let d = blocks[b]
      for pk in paramRange(b) {
        let v = blockParams[pk].index
        if dp[v] != .max { return false }
        dp[v] = d.instStart &<< 2
      }
    }
    let classRegs = allocOwnClass
    let clobberable = clobberableRegisters()
    let clLo = clobberable.lo, clHi = clobberable.hi
    // Instructions with fixed operands or clobbers are listed (in order) for a second loop that
    // checks those operands and reserves their registers: this loop makes no calls.
    fixedInsts.removeAll(); fixedInsts.reserve(ni)
    let fx = fixedInsts.p
    var nfx = 0
    for b in 0 ..< nb {
      let bd = blocks[b]
      let last = Int(bd.instEnd) &- 1
      let bb = UInt32(truncatingIfNeeded: b)
      let bs = bd.instStart &<< 2
      let oneSucc = bd.succCount == 1
      var i = Int(bd.instStart)
      while i <= last {
        let d = insts[i]
        let opLo = Int(d.operandStart), opHi = opLo &+ Int(d.operandCount)
        if opHi > no { return false }
        let isTerm = i == last
        if isTerm && oneSucc && opHi > opLo { return false }
        let base = UInt32(truncatingIfNeeded: i) &<< 2
        if d.isMove && opHi &- opLo == 2 { hintMove(operands[opLo], operands[opLo &+ 1], nv: nv, hv) }
        var hasFixed = (d.clobbers.lo & clLo) | (d.clobbers.hi & clHi) != 0
        var k = opLo
        while k < opHi {
          let op = operands[k]
          let v = op.vreg.index
          if v >= nv || vregClasses[v] != op.regClass { return false }
          if op.kind == .def {
            if isTerm || dp[v] != .max { return false }
            switch op.constraint {
            case .fixedReg: dp[v] = base &+ 3
            case .reuse: dp[v] = base &+ 1; ru[v] &+= 1; rec.regUse(v, base &+ 1)
            case .anyReg: let p = op.pos == .early ? base &+ 1 : base &+ 2; dp[v] = p; ru[v] &+= 1; rec.regUse(v, p)
            case .any: dp[v] = op.pos == .early ? base &+ 1 : base &+ 2
            }
          } else {
            if op.constraint.isAnyReg && rd[k] == .max { ru[v] &+= 1 }
            rec.use(k, op, v, bb, bs, base)
          }
          switch op.constraint {
          case .fixedReg: hasFixed = true
          case .reuse(let t):
            let idx = opLo &+ t
            if op.kind != .def || op.pos != .late || t < 0 || idx >= opHi { return false }
            let target = operands[idx]
            if target.vreg.index >= nv || !reuseTargetFits(op, target) || rd[idx] != .max { return false }
            recordReuse(def: k, op, target: idx, target, rd, ru, hv)
            if idx < k { rec.targetCopied(idx, k, opLo, target.vreg.index, bs, base) }
          case .anyReg, .any: break
          }
          k &+= 1
        }
        if hasFixed { fx[nfx] = UInt32(truncatingIfNeeded: i); nfx &+= 1 }
        i &+= 1
      }
    }
    rec.store(self)
    // Fixed operands and clobbers, in instruction order (as the reservation lists need).
    for n in 0 ..< nfx {
      let i = Int(fx[n])
      let d = insts[i]
      let base = UInt32(truncatingIfNeeded: i) &<< 2
      fixedSeen.reserve(Int(d.operandCount))
      let fsp = fixedSeen.p
      var nSeen = 0
      for k in Int(d.operandStart) ..< Int(d.operandStart) &+ Int(d.operandCount) {
        let op = operands[k]
        guard case .fixedReg(let p) = op.constraint else { continue }
        if p.regClass != op.regClass || !classRegs.contains(p) { return false }
        if recordFixed(op, p, base: base, hr, fsp, &nSeen) != 0 { return false }
      }
      var lo = d.clobbers.lo & clLo
      while lo != 0 { addFixed(lo.trailingZeroBitCount, base &+ 2, base &+ 3); lo &= lo &- 1 }
      var hi = d.clobbers.hi & clHi
      while hi != 0 { addFixed(64 &+ hi.trailingZeroBitCount, base &+ 2, base &+ 3); hi &= hi &- 1 }
    }
    return true
  }

  /// The full check, with a message per problem (and the same recording as `validateFast`).
  func validateReporting() -> [String] {
    var e: [String] = []
    let nb = self.nb, ni = self.ni, nv = self.nv, ne = self.ne, no = self.no
    let blocks = self.blocks, insts = self.insts, operands = self.operands, edges = self.edges
    let edgeArgs = self.edgeArgs, blockParams = self.blockParams, predEdges = self.predEdges, vregClasses = self.vregClasses
    let nPred = f.predEdges.count, nParams = f.blockParams.count, nArgs = f.edgeArgs.count
    if nb == 0 { return ["function has no blocks"] }
    if ni >= 1 << 29 { return ["function too large: \(ni) instructions"] }
    var expect: UInt32 = 0
    var succExpect: UInt32 = 0
    for b in 0 ..< nb {
      let d = blocks[b]
      if d.instStart != expect || d.instEnd <= d.instStart {
        return ["block b\(b) is empty or not contiguous with the previous block"]
      }
      expect = d.instEnd
      if d.succStart != succExpect || Int(d.succStart) + Int(d.succCount) > ne {
        return ["block b\(b): successor edges out of range or not grouped by source"]
      }
      succExpect += d.succCount
      if Int(d.predStart) + Int(d.predCount) > nPred { return ["block b\(b): predecessor list out of range"] }
      if Int(d.paramStart) + Int(d.paramCount) > nParams { return ["block b\(b): parameter list out of range"] }
    }
    if Int(expect) != ni { return ["instructions not covered by blocks"] }
    if Int(succExpect) != ne { return ["edges not covered by blocks"] }
    for k in 0 ..< ne {
      let ed = edges[k]
      if ed.from.index >= nb || ed.to.index >= nb || Int(ed.argStart) + Int(ed.argCount) > nArgs {
        return ["edge \(k) out of range"]
      }
    }
    for b in 0 ..< nb {
      for s in succRange(b) where edges[s].from.index != b { return ["edge \(s) listed under b\(b) but starts at \(edges[s].from)"] }
      for q in predRange(b) {
        let p = predEdges[q]
        if Int(p) >= ne || edges[Int(p)].to.index != b { return ["predecessor list of b\(b) is inconsistent"] }
      }
    }
    if nPred != ne { return ["predecessor lists do not cover the edges"] }
    for k in 0 ..< nParams where blockParams[k].index >= nv { return ["block parameter \(blockParams[k]) out of range"] }
    for k in 0 ..< nArgs where edgeArgs[k].index >= nv { return ["branch argument \(edgeArgs[k]) out of range"] }
    // (instruction operand lists and operand vregs are range-checked in the pass over the
    // instructions below, before anything reads through them)

    if blocks[0].predCount != 0 { e.append("entry block b0 has predecessors") }
    if blocks[0].paramCount != 0 { e.append("entry block b0 has parameters (define incoming values with fixed-register defs)") }
    // reachability
    seen.reset(nb, false)
    let seen = self.seen
    work.removeAll()
    work.append(0)
    seen[0] = true
    while let b = work.popLast() {
      for s in succRange(Int(b)) { let t = edges[s].to.index; if !seen[t] { seen[t] = true; work.append(UInt32(t)) } }
    }
    for b in 0 ..< nb where !seen[b] { e.append("block b\(b) is unreachable from the entry") }
    // edges
    for k in 0 ..< ne {
      let ed = edges[k]
      let from = ed.from.index, to = ed.to.index
      if blocks[from].succCount > 1 && blocks[to].predCount > 1 {
        e.append("critical edge b\(from) -> b\(to): split it (a block with several successors branches to a block with several predecessors)")
      }
      let params = paramRange(to), args = argRange(k)
      if params.count != args.count {
        e.append("edge b\(from) -> b\(to) passes \(args.count) arguments, b\(to) has \(params.count) parameters")
      } else {
        for (pk, ak) in zip(params, args) {
          let p = blockParams[pk], a = edgeArgs[ak]
          if vregClasses[p.index] != vregClasses[a.index] {
            e.append("edge b\(from) -> b\(to): argument \(a) and parameter \(p) have different classes")
          }
        }
      }
    }
    // definitions
    resetRecordedFacts()
    let defPos = self.defPos
    for b in 0 ..< nb {
      let d = blocks[b]
      for pk in paramRange(b) {
        let v = blockParams[pk]
        if defPos[v.index] != .max { e.append("\(v) is defined more than once"); continue }
        defPos[v.index] = d.instStart << 2
      }
    }
    let classRegs = allocOwnClass
    // One pass per instruction: check each operand and record what `build` needs (use counts,
    // fixed-register reservations and clobbers, hints), in instruction and operand order. With
    // invalid input the recorded facts may be garbage, but `build` throws before using them.
    let clobberable = clobberableRegisters()
    // (hot loop: raw pointers, wrapping arithmetic; counts cannot overflow 32 bits here because
    // the instruction count was checked above)
    let dp = defPos.p, rd = reuseDefOf.p
    let ru = ruCount.p, hr = hintReg.p, hv = hintVReg.p
    let clLo = clobberable.lo, clHi = clobberable.hi
    var fixedSeenInst = -1, nSeen = 0
    var rec = UseRecorder(self)
    defer { rec.store(self) }
    for b in 0 ..< nb {
      let bd = blocks[b]
      let first = Int(bd.instStart), last = Int(bd.instEnd) &- 1
      let bb = UInt32(truncatingIfNeeded: b)
      let bs = bd.instStart &<< 2
      var i = first
      while i <= last {
        let isTerm = i == last
        let d = insts[i]
        let opLo = Int(d.operandStart), opHi = opLo &+ Int(d.operandCount)
        if opHi > no { return ["instruction i\(i): operand list out of range"] }
        let base = UInt32(truncatingIfNeeded: i) &<< 2
        if isTerm && bd.succCount == 1 && opHi > opLo {
          e.append("i\(i): terminator of b\(b) has one successor and must have no operands (edge moves go before it)")
        }
        if d.isMove && opHi &- opLo == 2 { hintMove(operands[opLo], operands[opLo &+ 1], nv: nv, hv) }
        var k = opLo
        while k < opHi {
          let op = operands[k]
          let v = op.vreg.index
          // (range-checked here, before anything reads through v: an out-of-range operand ends
          // validation with that one error)
          if v >= nv { return ["operand \(op.vreg) out of range"] }
          if vregClasses[v] != op.regClass { e.append("i\(i): operand \(k - opLo) class does not match \(op.vreg)") }
          if op.kind == .def {
            if isTerm { e.append("i\(i): terminator defines \(op.vreg)") }
            if dp[v] != .max { e.append("\(op.vreg) is defined more than once"); k &+= 1; continue }
            switch op.constraint {
            case .fixedReg: dp[v] = base &+ 3
            case .reuse: dp[v] = base &+ 1
            case .anyReg, .any: dp[v] = op.pos == .early ? base &+ 1 : base &+ 2
            }
            // Register-use counts. A use that a later reuse def reads through a copy is not a
            // register use: the def below takes its count back when it names an earlier operand.
            if op.constraint.isAnyReg || op.constraint.isReuse { ru[v] &+= 1; rec.regUse(v, dp[v]) }
          } else {
            if op.constraint.isAnyReg && rd[k] == .max { ru[v] &+= 1 }
            rec.use(k, op, v, bb, bs, base)
          }
          switch op.constraint {
          case .fixedReg(let p):
            if p.regClass != op.regClass || !classRegs.contains(p) {
              e.append("i\(i): fixed register \(p) is not an allocatable \(op.regClass) register")
            }
            if fixedSeenInst != i { fixedSeen.reserve(Int(d.operandCount)); nSeen = 0; fixedSeenInst = i }
            for _ in 0 ..< recordFixed(op, p, base: base, hr, fixedSeen.p, &nSeen) {
              e.append("i\(i): conflicting fixed-register operands on \(p)")
            }
          case .reuse(let t):
            let idx = opLo &+ t
            if op.kind != .def || op.pos != .late || t < 0 || idx >= opHi {
              e.append("i\(i): reuse constraint must be on a late def and name an operand of the instruction")
            } else {
              let target = operands[idx]
              if target.vreg.index >= nv { return ["operand \(target.vreg) out of range"] }
              if !reuseTargetFits(op, target) {
                e.append("i\(i): reuse target operand \(t) must be an early anyReg use of the same class")
              } else if rd[idx] != .max {
                e.append("i\(i): operand \(t) is the reuse target of two defs")
              } else {
                recordReuse(def: k, op, target: idx, target, rd, ru, hv)
                if idx < k { rec.targetCopied(idx, k, opLo, target.vreg.index, bs, base) }
              }
            }
          case .anyReg, .any: break
          }
          k &+= 1
        }
        var lo = d.clobbers.lo & clLo
        while lo != 0 { addFixed(lo.trailingZeroBitCount, base &+ 2, base &+ 3); lo &= lo &- 1 }
        var hi = d.clobbers.hi & clHi
        while hi != 0 { addFixed(64 &+ hi.trailingZeroBitCount, base &+ 2, base &+ 3); hi &= hi &- 1 }
        i &+= 1
      }
    }
    return e
  }

  // MARK: build

  func build() throws(RegAllocError) {
    let errs = validate()
    if !errs.isEmpty { throw RegAllocError(errs) }
    var e: [String] = []
    let nb = self.nb, nv = self.nv, ne = self.ne
    let edges = self.edges, edgeArgs = self.edgeArgs
    // Liveness uses were recorded during validation (`UseRecorder`): per vreg the furthest local
    // use (`localEnd`) and, in order, the others (`nlV/nlEnd/nlBlock`, counted in `luCount`).
    // Edge arguments are uses at the end of the source block. Here the others become CSR per
    // vreg (`luLo`, `luEnd/luBlock`), and the register uses (`ruPend`, in instruction order) too.
    do {
      let nArgs = f.edgeArgs.count
      nlV.reserve(nlV.count + nArgs); nlEnd.reserve(nlEnd.count + nArgs); nlBlock.reserve(nlBlock.count + nArgs)
      let lm = localEnd.p, nlc = luCount.p, dp = defPos.p
      let pv = nlV.p, pe = nlEnd.p, pb = nlBlock.p
      var n = nlV.count
      for k in 0 ..< ne {
        let ed = edges[k]
        let start = blockStartPos(ed.from.index), end = blockEndPos(ed.from.index)
        for ak in argRange(k) {
          let v = edgeArgs[ak].index
          if dp[v] &- start < end &- start {  // (defined in the source block)
            if end > lm[v] { lm[v] = end }
          } else {
            pv[n] = UInt32(truncatingIfNeeded: v); pe[n] = end; pb[n] = ed.from.raw; n &+= 1; nlc[v] &+= 1
          }
        }
      }
      nlV.count = n; nlEnd.count = n; nlBlock.count = n
    }
    luLo.resize(nv + 1)
    luFill.resize(nv + 1)
    useLo.resize(nv)
    useHi.resize(nv)
    var acc: UInt32 = 0, racc: UInt32 = 0
    do {
      let luCount = self.luCount, ruCount = self.ruCount, luLo = self.luLo, useLo = self.useLo, useHi = self.useHi
      for v in 0 ..< nv {
        luLo[v] = acc; acc += luCount[v]
        useLo[v] = racc; useHi[v] = racc; racc += ruCount[v]
      }
      luLo[nv] = acc
      luFill.p.update(from: luLo.p, count: nv + 1)
    }
    luEnd.resize(Int(acc))
    luBlock.resize(Int(acc))
    usePos.resize(Int(racc))
    let luLo = self.luLo, luFill = self.luFill, luEnd = self.luEnd, luBlock = self.luBlock
    let usePos = self.usePos, useLo = self.useLo, useHi = self.useHi
    var useBeforeDef = false
    do {
      // (a use not counted as local whose block is its vreg's defining block comes before the
      // definition: validation classifies uses as it meets the definitions)
      let dp = defPos.p, lf = luFill.p, le = luEnd.p, lb = luBlock.p
      let pv = nlV.p, pe = nlEnd.p, pb = nlBlock.p
      for u in 0 ..< nlV.count {
        let v = Int(pv[u]), b = pb[u]
        let fi = Int(lf[v])
        le[fi] = pe[u]; lb[fi] = b; lf[v] = UInt32(truncatingIfNeeded: fi &+ 1)
        let bs = blockStartPos(Int(b))
        if dp[v] &- bs < blockEndPos(Int(b)) &- bs { useBeforeDef = true }
      }
      let up = usePos.p, uh = useHi.p, rp = ruPend.p
      for u in 0 ..< ruPend.count {
        let x = rp[u]
        if x == .max { continue }
        let v = Int(x &>> 32)
        let h = uh[v]
        up[Int(h)] = UInt32(truncatingIfNeeded: x); uh[v] = h &+ 1
      }
    }
    if useBeforeDef { reportUsesBeforeDefs(&e) }
    // Path exploration per vreg. Each vreg with ranges also gets its interval here (the scan's
    // initial intervals, in vreg order; their queue is made below).
    rStart.removeAll(); rEnd.removeAll()
    // (the loop below writes a vreg's single range without checking capacity: there is always
    // room left for one range per remaining vreg; `vregRanges` keeps it so)
    rStart.reserve(nv + nv / 2); rEnd.reserve(nv + nv / 2)
    liStamp.reset(nb, .max); loStamp.reset(nb, .max); meStamp.reset(nb, .max)
    maxEnd.reset(nb, 0)
    firstIv.reset(nv, .max)
    ivs.removeAll(); queue.removeAll()
    ivs.reserve(nv + nv / 4); queue.reserve(nv)
    touched.reserve(nb + 1); work.reserve(nb + 1)
    liPairB.removeAll(); liPairV.removeAll()
    let dp = defPos.p, ll = luLo.p, lm = localEnd.p
    let ivp = ivs.p, qp = queue.p, fiv = firstIv.p, ul = useLo.p, uh = useHi.p, up = usePos.p
    let vregClasses = self.vregClasses
    var rsp = rStart.p, rep = rEnd.p
    var nR = 0, nIv = 0
    for v in 0 ..< nv {
      let vv = UInt32(truncatingIfNeeded: v)
      // (register-use positions were listed in operand order: fix local disorder)
      if uh[v] &- ul[v] > 1 { insertionSort(up + Int(ul[v]), Int(uh[v] &- ul[v])) }
      let rLo = UInt32(truncatingIfNeeded: nR)
      let lo = Int(ll[v]), hi = Int(ll[v &+ 1])
      let defP = dp[v]
      if defP == .max {
        if hi > lo { reportVReg(&e, v, "is used but never defined") }
        continue
      }
      // (a block parameter is defined at its block's start, a def operand inside its instruction)
      let deadEnd = defP & 3 == 0 ? defP &+ 1 : max(defP &+ 1, (defP & ~3) &+ 3)
      // Fast path: every use is in the defining block (no walk; one range from the definition).
      let start: UInt32, end: UInt32
      if hi == lo {
        start = defP; end = max(lm[v], deadEnd)
        rsp[nR] = start; rep[nR] = end; nR &+= 1
      } else {
        rStart.count = nR; rEnd.count = nR
        let D = UInt32(truncatingIfNeeded: blockOf(Int(defP &>> 2)))
        let ok = vregRanges(v, D, defP, deadEnd, lm[v], lo, hi, room: nv &- v, &e)
        rsp = rStart.p; rep = rEnd.p; nR = rStart.count
        if !ok { continue }
        start = rsp[Int(rLo)]; end = rep[nR &- 1]
      }
      ivp[nIv] = Interval(vreg: vv, start: start, end: end, rangeLo: rLo, rangeHi: UInt32(truncatingIfNeeded: nR),
                          useLo: ul[v], useHi: uh[v], cursor: rLo, next: .max, loc: .none, cls: vregClasses[v])
      fiv[v] = UInt32(truncatingIfNeeded: nIv)
      nIv &+= 1
    }
    rStart.count = nR; rEnd.count = nR
    ivs.count = nIv; queue.count = nIv
    // The queue: (start << 32 | interval) per interval, sorted: counted by start instruction
    // (a stable counting sort, so each instruction's keys stay in interval order and are out of
    // order only among the few points of one instruction), then an insertion sort.
    do {
      queueFill.reset(ni + 1, 0)
      let qf = queueFill.p
      for k in 0 ..< nIv { qf[Int(ivp[k].start &>> 2) &+ 1] &+= 1 }
      var acc: UInt32 = 0
      for i in 0 ..< ni { acc &+= qf[i &+ 1]; qf[i &+ 1] = acc }
      for k in 0 ..< nIv {
        let s = ivp[k].start
        let b = Int(s &>> 2)
        qp[Int(qf[b])] = UInt64(s) &<< 32 | UInt64(k); qf[b] &+= 1
      }
      insertionSort(qp, nIv)
    }
    // (the live-in lists by block are made when needed: `makeLiveIn`)
    // Hints from edges (fixed-register reservations, clobbers and the other hints were recorded
    // during validation).
    let hintVReg = self.hintVReg
    let blockParams = self.blockParams
    for k in 0 ..< ne {
      for (pk, ak) in zip(paramRange(edges[k].to.index), argRange(k)) {
        let p = blockParams[pk], a = edgeArgs[ak]
        if hintVReg[p.index] == .max { hintVReg[p.index] = a.raw }
        if hintVReg[a.index] == .max { hintVReg[a.index] = p.raw }
      }
    }
    if !e.isEmpty { throw RegAllocError(e) }
  }

  /// Groups the live-in (block, vreg) pairs that `build` found into lists by block
  /// (`liveIn[liveInStart[b] ..< liveInStart[b + 1]]`, each in vreg order), all of them or
  /// (`splitOnly`, after the scan) those of the vregs with more than one interval. Only the
  /// resolver's edge moves of split vregs (and the checker) need them, so `build` leaves them to
  /// whoever does.
  func makeLiveIn(splitOnly: Bool) {
    liveInStart.reset(nb + 1, 0)
    liveIn.resize(liPairB.count)
    liFill.resize(nb)
    let liveInStart = self.liveInStart, liveIn = self.liveIn, liPairB = self.liPairB, liPairV = self.liPairV
    let fill = self.liFill
    for k in 0 ..< liPairB.count where !splitOnly || isSplit(Int(liPairV[k])) { liveInStart[Int(liPairB[k]) + 1] += 1 }
    for b in 0 ..< nb { liveInStart[b + 1] += liveInStart[b] }
    fill.p.update(from: liveInStart.p, count: nb)
    for k in 0 ..< liPairB.count where !splitOnly || isSplit(Int(liPairV[k])) {
      let b = Int(liPairB[k]); liveIn[Int(fill[b])] = liPairV[k]; fill[b] += 1
    }
  }

  /// The live ranges of vreg `v` (defined in block `D` at `defP`, its furthest use in `D` after the
  /// definition at `localEnd` (or 0), its other liveness uses at `luEnd/luBlock[lo ..< hi]`, not
  /// empty): walks predecessors from the use blocks back to
  /// `D`, appends the ranges to rStart/rEnd and the live-in (block, vreg) pairs. Leaves room for
  /// `room` more ranges. False (with an error) when the definition does not dominate a use.
  @inline(never) private func vregRanges(_ v: Int, _ D: UInt32, _ defP: UInt32, _ deadEnd: UInt32, _ localEnd: UInt32, _ lo: Int, _ hi: Int,
                                         room: Int, _ e: inout [String]) -> Bool {
    let vv = UInt32(truncatingIfNeeded: v)
    let tp = touched.p, wp = work.p
    let liStamp = self.liStamp.p, loStamp = self.loStamp.p, meStamp = self.meStamp.p, maxEnd = self.maxEnd.p
    let lb = luBlock.p, le = luEnd.p
    var tc = 1, wc = 0
    tp[0] = D; meStamp[Int(D)] = vv; maxEnd[Int(D)] = localEnd
    for u in lo ..< hi {
      let B = lb[u], p = le[u]
      if meStamp[Int(B)] != vv { meStamp[Int(B)] = vv; maxEnd[Int(B)] = p; tp[tc] = B; tc &+= 1 } else if p > maxEnd[Int(B)] { maxEnd[Int(B)] = p }
      if B != D && liStamp[Int(B)] != vv { liStamp[Int(B)] = vv; wp[wc] = B; wc &+= 1 }
    }
    while wc > 0 {
      wc &-= 1
      let B = wp[wc]
      for q in predRange(Int(B)) {
        let P = edges[Int(predEdges[q])].from.raw
        loStamp[Int(P)] = vv
        if meStamp[Int(P)] != vv { meStamp[Int(P)] = vv; maxEnd[Int(P)] = 0; tp[tc] = P; tc &+= 1 }
        if P != D && liStamp[Int(P)] != vv { liStamp[Int(P)] = vv; wp[wc] = P; wc &+= 1 }
      }
    }
    if liStamp[0] == vv && D != 0 {
      reportVReg(&e, v, "is used where its definition does not dominate the use"); return false
    }
    if tc > 1 { sortInPlace(tp, tc) }
    rStart.reserve(rStart.count &+ tc &+ room); rEnd.reserve(rEnd.count &+ tc &+ room)
    let first = rStart.count
    for t in 0 ..< tc {
      let B = tp[t]
      let b = Int(B)
      let s = B == D ? defP : blocks[b].instStart &<< 2
      var en: UInt32 = loStamp[b] == vv ? blocks[b].instEnd &<< 2 : maxEnd[b]
      if B == D { en = max(en, deadEnd) }
      if B != D { liPairB.append(B); liPairV.append(vv) }
      if rStart.count > first && rEnd.p[rEnd.count &- 1] == s {
        rEnd.p[rEnd.count &- 1] = en
      } else {
        rStart.append(s); rEnd.append(en)
      }
    }
    return true
  }

  /// The "use before its definition" errors of `build`, in instruction order.
  @inline(never) private func reportUsesBeforeDefs(_ e: inout [String]) {
    for b in 0 ..< nb {
      let end = blockEndPos(b)
      for i in Int(blocks[b].instStart) ..< Int(blocks[b].instEnd) {
        for k in operandRange(i) {
          let op = operands[k]
          // (defined by an instruction of the block, this one or a later one)
          let d = defPos[op.vreg.index]
          if op.kind == .use && d & 3 != 0 && d >= UInt32(i) << 2 && d < end {
            e.append("i\(i): use of \(op.vreg) before its definition")
          }
        }
      }
    }
  }
  @inline(never) private func reportVReg(_ e: inout [String], _ v: Int, _ what: String) {
    e.append("\(VReg(v)) " + what)
  }

  // Pieces both validation passes share (`validateFast` and `validateReporting` record the same
  // facts; only what they do on a problem differs).

  /// Empties the per-vreg and per-operand tables that validation fills for `build`.
  private func resetRecordedFacts() {
    defPos.reset(nv, .max)
    reuseDefOf.reset(no, .max)
    luCount.reset(nv + 1, 0)
    ruCount.reset(nv + 1, 0)
    localEnd.reset(nv, 0)
    nlV.removeAll(); nlEnd.removeAll(); nlBlock.removeAll(); ruPend.removeAll()
    nlV.reserve(no); nlEnd.reserve(no); nlBlock.reserve(no); ruPend.reserve(no)
    hintReg.reset(nv, 0xFF)
    hintVReg.reset(nv, .max)
  }

  /// The registers clobbers reserve: only those the scan can ask about, of the classes that
  /// have vregs (an int-only function records no float clobbers).
  private func clobberableRegisters() -> PRegSet {
    var present: UInt8 = 0
    for v in 0 ..< nv { present |= 1 &<< (vregClasses[v].rawValue & 1) }
    var set = PRegSet()
    if present & 1 != 0 { set = set.union(classRegSets.0) }
    if present & 2 != 0 { set = set.union(classRegSets.1) }
    return set
  }

  /// A move's two operands hint each other's vreg (`hv`: the hint table).
  @inline(__always) private func hintMove(_ x: Operand, _ y: Operand, nv: Int, _ hv: UnsafeMutablePointer<UInt32>) {
    let (u, w) = x.kind == .use ? (x, y) : (y, x)
    if u.kind == .use && w.kind == .def && u.regClass == w.regClass && u.vreg.index < nv && w.vreg.index < nv {
      hv[w.vreg.index] = u.vreg.raw
      if hv[u.vreg.index] == .max { hv[u.vreg.index] = w.vreg.raw }
    }
  }

  /// Records fixed-register operand `op` on `p` of the instruction at position `base`: reserves
  /// `p` over the operand's span and hints its vreg (`hr`: the register-hint table). Returns how
  /// many operands already recorded for this instruction (`seen[0 ..< nSeen]`, in `fixedSeen`,
  /// which has room for all of the instruction's operands) it conflicts with, and adds it there.
  @_transparent private func recordFixed(_ op: Operand, _ p: PReg, base: UInt32, _ hr: UnsafeMutablePointer<UInt8>,
                                         _ seen: UnsafeMutablePointer<UInt64>, _ nSeen: inout Int) -> Int {
    let role = fixedOperandRole(op)
    var conflicts = 0
    for t in 0 ..< nSeen {
      let x = seen[t]
      guard UInt8(truncatingIfNeeded: x >> 40) == p.raw else { continue }
      if fixedRolesConflict(role, UInt8(truncatingIfNeeded: x >> 32), sameVReg: UInt32(truncatingIfNeeded: x) == op.vreg.raw) {
        conflicts &+= 1
      }
    }
    seen[nSeen] = UInt64(p.raw) << 40 | UInt64(role) << 32 | UInt64(op.vreg.raw)  // (reg << 40 | role << 32 | vreg)
    nSeen &+= 1
    switch role {
    case 1: addFixed(Int(p.raw), base &+ 1, base &+ 2)
    case 2, 4: addFixed(Int(p.raw), base &+ 1, base &+ 3)
    default: addFixed(Int(p.raw), base &+ 2, base &+ 3)
    }
    if hr[op.vreg.index] == 0xFF { hr[op.vreg.index] = p.raw }
    return conflicts
  }

  /// Whether `target` can be what reuse def `op` reads: an early any-register use of its class.
  @inline(__always) private func reuseTargetFits(_ op: Operand, _ target: Operand) -> Bool {
    target.kind == .use && target.pos == .early && target.constraint.isAnyReg && target.regClass == op.regClass
  }

  /// Records that the def at operand `k` reuses operand `idx` (`rd`), takes back the target's
  /// register-use count when it comes first (`ru`), and hints the two vregs at each other (`hv`).
  @inline(__always) private func recordReuse(def k: Int, _ op: Operand, target idx: Int, _ target: Operand,
                                             _ rd: UnsafeMutablePointer<UInt32>, _ ru: UnsafeMutablePointer<UInt32>,
                                             _ hv: UnsafeMutablePointer<UInt32>) {
    rd[idx] = UInt32(truncatingIfNeeded: k)
    if idx < k { ru[target.vreg.index] &-= 1 }
    hv[op.vreg.index] = target.vreg.raw
    if hv[target.vreg.index] == .max { hv[target.vreg.index] = op.vreg.raw }
  }

  /// Reserves register `r` (raw) over [s, en), merged into its last reservation if they overlap.
  @inline(__always) private func addFixed(_ r: Int, _ s: UInt32, _ en: UInt32) {
    let f = fixed + r
    let n = f.pointee.count
    if n > 0 {
      let last = f.pointee.p[n &- 1]
      let ls = Reservation.start(last), le = Reservation.end(last)
      if s <= le { f.pointee.p[n &- 1] = Reservation.make(min(ls, s), max(le, en)); return }
    } else {
      fixedDirty.insert(PReg(raw: UInt8(truncatingIfNeeded: r)))
    }
    f.pointee.append(Reservation.make(s, en))
  }
}

/// Records liveness and register uses as validation meets the operands (both validation passes),
/// through the context's buffers (sized by `resetRecordedFacts`), with the list lengths kept in
/// locals while validation runs:
/// - a use after its definition in the defining block only raises `localEnd` (`lm`); any other
///   use is listed (`nlV/nlE/nlB`: vreg, end, block) and counted (`luCount`);
/// - register uses and register defs are listed in operand order (`ruPend`: vreg << 32 | position);
///   an entry of .max is a use taken back (see `targetCopied`).
struct UseRecorder {
  let ops: UnsafePointer<Operand>
  let rd, dp, lm, nlc, nlV, nlE, nlB: UnsafeMutablePointer<UInt32>
  let rp: UnsafeMutablePointer<UInt64>
  var nl = 0, np = 0
  init(_ c: RAContext) {
    ops = c.operands; rd = c.reuseDefOf.p; dp = c.defPos.p; lm = c.localEnd.p
    nlc = c.luCount.p; nlV = c.nlV.p; nlE = c.nlEnd.p; nlB = c.nlBlock.p; rp = c.ruPend.p
  }
  func store(_ c: RAContext) {
    c.nlV.count = nl; c.nlEnd.count = nl; c.nlBlock.count = nl; c.ruPend.count = np
  }
  @inline(__always) mutating func regUse(_ v: Int, _ pos: UInt32) {
    rp[np] = UInt64(truncatingIfNeeded: v) &<< 32 | UInt64(pos); np &+= 1
  }
  /// Whether vreg `v` is defined (as far as validation got) in the block starting at position
  /// `bs`, before the instruction at position `base` of that block: its definition position lies
  /// in [bs, base] (a parameter at bs, a def operand of an earlier instruction inside it).
  @inline(__always) func definedEarlierInBlock(_ v: Int, _ bs: UInt32, _ base: UInt32) -> Bool {
    dp[v] &- bs < base &+ 1 &- bs  // (positions are below 2^31: one unsigned comparison)
  }
  /// Use operand `k` (`op`, vreg `v`) of the instruction at position `base` (block `b`, starting at
  /// position `bs`), with what is known when validation reaches it (a later reuse def may take it
  /// back: `targetCopied`).
  @inline(__always) mutating func use(_ k: Int, _ op: Operand, _ v: Int, _ b: UInt32, _ bs: UInt32, _ base: UInt32) {
    let notCopied = rd[k] == .max
    let end: UInt32 = !notCopied || op.constraint.isFixed ? base &+ 1 : (op.pos == .early ? base &+ 2 : base &+ 3)
    if definedEarlierInBlock(v, bs, base) {
      if end > lm[v] { lm[v] = end }
    } else {
      let n = nl
      nlV[n] = UInt32(truncatingIfNeeded: v); nlE[n] = end; nlB[n] = b; nl = n &+ 1
      nlc[v] &+= 1
    }
    if notCopied && op.constraint.isAnyReg { regUse(v, op.pos == .early ? base &+ 1 : base &+ 2) }
  }
  /// Reuse def `k` reads use operand `idx` (< k, of vreg `t`; recorded by `use` as an early register
  /// use not copied) through a copy: the use ends at base+1 instead of base+2 and is no register use.
  /// (Entries equal to the one changed are interchangeable: which one changes does not matter.)
  @inline(never) mutating func targetCopied(_ idx: Int, _ k: Int, _ opLo: Int, _ t: Int, _ bs: UInt32, _ base: UInt32) {
    let pos = UInt64(truncatingIfNeeded: t) &<< 32 | UInt64(base &+ 1)
    var n = np
    while n > 0 { n &-= 1; if rp[n] == pos { rp[n] = .max; break } }
    if definedEarlierInBlock(t, bs, base) {
      // Ends recorded before this instruction are below base+1: recompute from its uses of t so far.
      var e = base &+ 1
      var j = opLo
      while j < k {
        let o = ops[j]
        if j != idx && o.kind == .use && o.vreg.index == t {
          let ej: UInt32 = rd[j] != .max || o.constraint.isFixed ? base &+ 1 : (o.pos == .early ? base &+ 2 : base &+ 3)
          if ej > e { e = ej }
        }
        j &+= 1
      }
      lm[t] = e
    } else {
      var m = nl
      let tt = UInt32(truncatingIfNeeded: t)
      while m > 0 { m &-= 1; if nlV[m] == tt && nlE[m] == base &+ 2 { nlE[m] = base &+ 1; break } }
    }
  }
}

extension OperandConstraint {
  @inlinable public var isAnyReg: Bool { if case .anyReg = self { return true }; return false }
  @inlinable public var isFixed: Bool { if case .fixedReg = self { return true }; return false }
  @inlinable public var isReuse: Bool { if case .reuse = self { return true }; return false }
  @inlinable public var fixedReg: PReg? { if case .fixedReg(let p) = self { return p }; return nil }
}

/// The role of a fixed-register operand, as a bit: 1 early use, 2 late use, 4 early def, 8 late def.
@inline(__always) func fixedOperandRole(_ op: Operand) -> UInt8 {
  op.kind == .use ? (op.pos == .early ? 1 : 2) : (op.pos == .early ? 4 : 8)
}

/// Whether two fixed-register operands of one instruction on the same register conflict: two uses
/// unless they read the same vreg, two defs always, a use and a def unless the use is early and
/// the def late.
@inline(__always) func fixedRolesConflict(_ a: UInt8, _ b: UInt8, sameVReg: Bool) -> Bool {
  if a <= 2 && b <= 2 { return !sameVReg }
  if a >= 4 && b >= 4 { return true }
  return !(min(a, b) == 1 && max(a, b) == 8)
}
