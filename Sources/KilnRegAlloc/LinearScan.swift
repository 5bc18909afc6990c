// LinearScan: Poletto–Sarkar linear scan with Wimmer–Franz interval splitting, over the ranges
// computed by Liveness.
// - Intervals are processed in order of start position (the initial ones sorted once, split
//   children in a binary heap as the scan adds them). `active` holds intervals in a register
//   covering the position, `inactive` those in a register but in a lifetime hole; per class.
//   Each list remembers the first position where one of its intervals changes state, and is not
//   walked before the scan gets there; each entry remembers its own, so a walk skips the intervals
//   that keep their state. Per class, the registers of the active intervals are also kept as a
//   mask (`activeSlots`), so the scan does not walk the active list to find them.
// - tryAllocateFree: the register free for the whole interval (hint first: the vreg's previous
//   register, its fixed-register hint, the register of the vreg it is copied from/to; then the
//   env's preference order). Fixed reservations (fixed operands, call clobbers) cut a register's
//   free range, so intervals live across a call land in callee-saved registers. If none is free
//   for the whole interval, take the one free longest and split before it stops being free.
// - allocateBlocked: spill heuristics by furthest next register use; either the current interval
//   goes to its spill slot until just before its next register use, or the register whose
//   occupants are needed furthest away is taken and they are split and spilled.
// Split rules (keep the resolver simple): a child that may get a register starts at a gap
//   (4i+0); a child assigned to a spill slot may start anywhere, because its store can be issued
//   earlier (in the gap before the instruction, or right after it when the value is defined by
//   it): the slot belongs to that vreg only and values never change (SSA).
// INVARIANTS: every interval gets a location; children start strictly after their parent; the
//   scan position never decreases; an interval in a register never overlaps another interval or
//   a reservation of that register.
// State lives in `RAContext` buffers (see Context.swift); this file is an extension of it.

struct Interval {
  var vreg: UInt32
  var start: UInt32
  var end: UInt32
  var rangeLo: UInt32
  var rangeHi: UInt32
  var useLo: UInt32
  var useHi: UInt32
  var cursor: UInt32
  var next: UInt32
  var loc: Allocation
  var cls: RegClass
}

/// Walk budget for the intersection queries below. Past it they answer with a lower bound of
/// the first intersection (safe: the register is just treated as taken earlier), which keeps
/// the scan linear on functions with long, hole-riddled intervals.
let walkBudget = 24

extension RAContext {
  @inline(__always) static func gapFloor(_ p: UInt32) -> UInt32 { p & ~3 }
  @inline(__always) func regCount(_ c: Int) -> Int { c == 0 ? nRegs.0 : nRegs.1 }

  // MARK: queue of (start << 32 | interval): the intervals built from liveness, sorted once by
  // `build` (`queue`), and split children as they appear (`heap`, a binary min-heap); pop takes the
  // smaller head of the two.

  func push(_ i: UInt32) {
    let key = UInt64(ivs.p[Int(i)].start) << 32 | UInt64(i)
    heap.append(key)
    let h = heap.p
    var k = heap.count - 1
    while k > 0 {
      let p = (k - 1) >> 1
      if h[p] <= h[k] { break }
      let t = h[p]; h[p] = h[k]; h[k] = t; k = p
    }
  }
  @inline(__always) func pop() -> UInt32? {
    if queuePos < queue.count && (heap.isEmpty || queue.p[queuePos] < heap.p[0]) {
      queuePos &+= 1
      return UInt32(truncatingIfNeeded: queue.p[queuePos &- 1])
    }
    if heap.isEmpty { return nil }
    return popHeap()
  }
  /// `pop` from the heap (not empty).
  @inline(never) func popHeap() -> UInt32 {
    let h = heap.p
    let top = h[0]
    let last = heap.removeLast()
    let n = heap.count
    if n > 0 {
      h[0] = last
      var k = 0
      while true {
        let l = 2 * k + 1, r = l + 1
        var m = k
        if l < n && h[l] < h[m] { m = l }
        if r < n && h[r] < h[m] { m = r }
        if m == k { break }
        let t = h[k]; h[k] = h[m]; h[m] = t; k = m
      }
    }
    return UInt32(truncatingIfNeeded: top)
  }

  // MARK: interval queries

  /// First register-use position ≥ `from`, or .max.
  func nextRegUse(_ i: UInt32, _ from: UInt32) -> UInt32 {
    let iv = ivs.p[Int(i)]
    let up = usePos.p
    var lo = Int(iv.useLo), hi = Int(iv.useHi)
    while lo < hi { let m = (lo + hi) >> 1; if up[m] < from { lo = m + 1 } else { hi = m } }
    return lo < Int(iv.useHi) ? up[lo] : .max
  }

  /// First position covered by both `a` (from its cursor) and `b` (from its start), or .max;
  /// possibly an earlier position (see `walkBudget`).
  func intersect(_ a: UInt32, _ b: UInt32) -> UInt32 {
    let A = ivs.p[Int(a)], B = ivs.p[Int(b)]
    let rs = rStart.p, re = rEnd.p
    var i = Int(A.cursor), j = Int(B.rangeLo)
    let ia = Int(A.rangeHi), jb = Int(B.rangeHi)
    var budget = walkBudget
    while i < ia && j < jb {
      let as_ = max(rs[i], A.start), ae = min(re[i], A.end), bs = max(rs[j], B.start), be = min(re[j], B.end)
      if ae <= bs { i += 1 } else if be <= as_ { j += 1 } else { return max(as_, bs) }
      budget -= 1
      if budget == 0 { return i < ia && j < jb ? max(max(rs[i], A.start), max(rs[j], B.start)) : .max }
    }
    return .max
  }
  /// First position where interval `b` (= `B`) overlaps a reservation of register `r` (raw), or
  /// .max (or a lower bound). `pos` is the scan position: reservations ending at or before it are
  /// skipped for good (the register's cursor only moves forward, as the scan position does).
  @inline(__always) func fixedIntersect(_ r: Int, _ B: Interval, _ pos: UInt32) -> UInt32 {
    if fixedNextEnd[r] <= pos { advanceFixed(r, pos) }
    let nfs = fixedNextStart[r]
    if nfs == .max { return .max }
    // Fast answer when the next reservation starts after `B` ends: the walk below would step
    // through B's ranges only, and reach .max unless the budget runs out first.
    if nfs >= B.end && B.rangeHi - B.rangeLo <= UInt32(walkBudget) { return .max }
    let fb = fixed[r]
    let fc = fb.count
    var i = fixedCursor[r]
    let f = fb.p
    let rs = rStart.p, re = rEnd.p
    var j = Int(B.rangeLo)
    let jb = Int(B.rangeHi)
    var budget = walkBudget
    while i < fc && j < jb {
      let bs = max(rs[j], B.start), be = min(re[j], B.end)
      let fs = Reservation.start(f[i]), fe = Reservation.end(f[i])
      if fe <= bs { i += 1 } else if be <= fs { j += 1 } else { return max(fs, bs) }
      budget -= 1
      if budget == 0 { return i < fc && j < jb ? max(Reservation.start(f[i]), max(rs[j], B.start)) : .max }
    }
    return .max
  }

  /// Moves register `r`'s reservation cursor past reservations ending at or before `pos`.
  @inline(never) func advanceFixed(_ r: Int, _ pos: UInt32) {
    let f = fixed[r]
    var i = fixedCursor[r]
    while i < f.count && Reservation.end(f.p[i]) <= pos { i += 1 }
    fixedCursor[r] = i
    if i < f.count {
      fixedNextStart[r] = Reservation.start(f.p[i]); fixedNextEnd[r] = Reservation.end(f.p[i])
    } else {
      fixedNextStart[r] = .max; fixedNextEnd[r] = .max
    }
  }

  // MARK: splitting

  /// Splits interval `i` at `pos`; the parent keeps everything before `pos`, the child (returned)
  /// the rest (starting later if `pos` is in a hole). nil if nothing lies on one side.
  func split(_ i: UInt32, at pos: UInt32) -> UInt32? {
    let iv = ivs.p[Int(i)]
    guard pos > iv.start, pos < iv.end else { return nil }
    let rs = rStart.p, re = rEnd.p
    var lo = iv.rangeLo, hi = iv.rangeHi
    while lo < hi { let m = (lo + hi) >> 1; if re[Int(m)] <= pos { lo = m + 1 } else { hi = m } }
    let k = lo
    guard k < iv.rangeHi else { return nil }
    var child = iv
    var parent = iv
    if max(rs[Int(k)], iv.start) >= pos {
      guard k > iv.rangeLo else { return nil }
      parent.rangeHi = k
      parent.end = min(re[Int(k - 1)], iv.end)
      child.rangeLo = k
      child.start = max(rs[Int(k)], iv.start)
    } else {
      parent.rangeHi = k + 1
      parent.end = pos
      child.rangeLo = k
      child.start = pos
    }
    let up = usePos.p
    var ulo = Int(iv.useLo), uhi = Int(iv.useHi)
    while ulo < uhi { let m = (ulo + uhi) >> 1; if up[m] < pos { ulo = m + 1 } else { uhi = m } }
    parent.useHi = UInt32(ulo)
    child.useLo = UInt32(ulo)
    child.cursor = child.rangeLo
    child.loc = .none
    child.next = iv.next
    let ci = UInt32(ivs.count)
    // (the first split of a vreg splits its only interval)
    if iv.next == .max && firstIv[Int(iv.vreg)] == i {
      splitVRegs.append(iv.vreg)
      onlyLoc[Int(iv.vreg)] = RAContext.splitLoc
    }
    parent.next = ci
    if parent.cursor > parent.rangeHi { parent.cursor = parent.rangeHi }
    ivs.p[Int(i)] = parent
    ivs.append(child)
    stats.splits += 1
    return ci
  }

  /// How to end interval `i`'s register assignment at `until` (< its end): split at the last gap
  /// before it (the child may get a register), or, within the start instruction, spill the rest
  /// from exactly `until`. Returns (position, toStack) or nil if impossible.
  func splitPlan(_ i: UInt32, _ until: UInt32) -> (UInt32, Bool)? {
    let start = ivs.p[Int(i)].start
    let g = RAContext.gapFloor(until)
    if g > start { return (g, false) }
    guard until > start, start & 3 == 0 || until & 3 == 3 else { return nil }
    let u = nextRegUse(i, until)
    if u != .max && RAContext.gapFloor(u) <= until { return nil }
    return (until, true)
  }
  func applySplit(_ i: UInt32, _ plan: (UInt32, Bool)) {
    guard let ch = split(i, at: plan.0) else { return }
    if plan.1 { spillChild(ch) } else { push(ch) }
  }
  /// A fresh child that should live in its spill slot until its next register use.
  func spillChild(_ ch: UInt32) {
    let st = ivs.p[Int(ch)].start
    let u = nextRegUse(ch, st)
    if u != .max && RAContext.gapFloor(u) <= st { push(ch); return }
    assignStack(ch)
    if u != .max, let g = split(ch, at: RAContext.gapFloor(u)) { push(g) }
  }

  // MARK: assignment

  @inline(__always) func assignReg(_ i: UInt32, _ p: PReg) {
    let ip = ivs.p + Int(i)
    ip.pointee.loc = .reg(p)
    noteLoc(Int(ip.pointee.vreg), .reg(p))
    lastReg[Int(ip.pointee.vreg)] = p.raw
    let c = Int(p.regClass.rawValue)
    let ev = activeEvent(i)
    lists[c].append(UInt64(ev) &<< 32 | UInt64(i))
    activate(c, slotBit(i))
    listEvent[c] = min(listEvent[c], ev)
  }

  /// The bit of interval `i`'s register (it has one) in the slot masks of `activeSlots`.
  @inline(__always) func slotBit(_ i: UInt32) -> Int {
    Int(UInt64(truncatingIfNeeded: regSlot[Int(ivs.p[Int(i)].loc.raw)]) & 63)
  }
  /// An interval holding slot bit `j` joins (`activate`) or leaves (`deactivate`) active list `c`.
  @inline(__always) func activate(_ c: Int, _ j: Int) {
    activeSlotCount[c &* 64 &+ j] &+= 1
    activeSlots[c] |= 1 &<< UInt64(j)
  }
  @inline(__always) func deactivate(_ c: Int, _ j: Int) {
    let k = c &* 64 &+ j
    activeSlotCount[k] &-= 1
    if activeSlotCount[k] == 0 { activeSlots[c] &= ~(1 &<< UInt64(j)) }
  }
  func assignStack(_ i: UInt32) {
    let ip = ivs.p + Int(i)
    let v = Int(ip.pointee.vreg)
    if vSlot[v] == .max {
      vSlot[v] = UInt32(slotClasses.count)
      slotClasses.append(ip.pointee.cls)
      stats.spilledVRegs += 1
    }
    ip.pointee.loc = .stack(SpillSlot(raw: vSlot[v]))
    noteLoc(v, ip.pointee.loc)
  }
  /// Keeps `onlyLoc` (see there) up to date: vreg `v`'s interval got location `a`.
  @inline(__always) func noteLoc(_ v: Int, _ a: Allocation) {
    if onlyLoc.p[v] != RAContext.splitLoc { onlyLoc.p[v] = a }
  }

  // MARK: main loop

  func run() throws(RegAllocError) {
    let nv = self.nv
    // (the initial intervals, `firstIv` and the queue were made by `build`)
    lastReg.reset(nv, 0xFF)
    vSlot.reset(nv, .max)
    onlyLoc.reset(nv, .none)
    heap.removeAll(); queuePos = 0
    splitVRegs.removeAll()
    slotClasses = []
    stats = RegAllocStats()
    for k in 0 ..< 4 { lists[k].removeAll(); listEvent[k] = .max }
    activeSlots[0] = 0; activeSlots[1] = 0
    activeSlotCount.update(repeating: 0, count: 128)
    // (`regTab`, `regSlot` and `nRegs` were set by `bind`; only the registers of `regTab` are
    // ever asked about their reservations)
    for c in 0 ..< 2 {
      for j in 0 ..< regCount(c) {
        let r = Int(regTab[c &* 64 &+ j].raw)
        fixedCursor[r] = 0
        let f = fixed[r]
        fixedNextStart[r] = f.isEmpty ? .max : Reservation.start(f.p[0])
        fixedNextEnd[r] = f.isEmpty ? .max : Reservation.end(f.p[0])
      }
    }
    stats.intervals = ivs.count
    while let ci = pop() {
      let pos = ivs.p[Int(ci)].start
      let c = Int(ivs.p[Int(ci)].cls.rawValue)
      if pos >= listEvent[c] || pos >= listEvent[2 &+ c] { updateLists(c, pos) }
      if !tryAllocateFree(ci, c) { try allocateBlocked(ci, c) }
    }
    stats.intervals = ivs.count
  }

  /// The first scan position at which `updateLists` could change anything about active interval
  /// `i` (its current range or the interval ends there).
  @inline(__always) func activeEvent(_ i: UInt32) -> UInt32 {
    let iv = ivs.p[Int(i)]
    return min(rEnd.p[Int(iv.cursor)], iv.end)
  }
  /// Moves intervals between active and inactive (and drops ended ones) for scan position `pos`.
  /// Each list keeps a lower bound of the first position where one of its intervals changes
  /// state (`listEvent`); before it, advancing the cursors would be a no-op, so the list is
  /// skipped.
  @inline(__always) func updateLists(_ c: Int, _ pos: UInt32) {
    let act = lists + c, ina = lists + 2 + c
    if pos >= listEvent[c] {
      var ev = UInt32.max, wake = listEvent[2 + c]
      sweep(act, into: ina, c, pos, fromActive: true, &ev, &wake)
      listEvent[c] = ev; listEvent[2 + c] = wake
    }
    if pos >= listEvent[2 + c] {
      var wake = UInt32.max, ev = listEvent[c]
      sweep(ina, into: act, c, pos, fromActive: false, &ev, &wake)
      listEvent[c] = ev; listEvent[2 + c] = wake
    }
  }

  /// One pass of `updateLists` over the active (`fromActive`) or inactive list `from` of class
  /// `c`. An entry whose recorded event lies after `pos` keeps its state (its cursor would not
  /// move) and only contributes that event. Any other interval (one load of its fields): drop it
  /// if it ended, move its range cursor past ranges ending at or before `pos`, then test whether
  /// the range at the cursor covers `pos`. Intervals that changed state move to `to`: uncovered
  /// ones out of the active list, covering ones out of the inactive list. `ev` and `wake` fall to
  /// the next positions where an active (covering) or inactive interval changes state; each entry
  /// records its own.
  @inline(__always) func sweep(_ from: UnsafeMutablePointer<Buf<UInt64>>, into to: UnsafeMutablePointer<Buf<UInt64>>, _ c: Int,
                               _ pos: UInt32, fromActive: Bool, _ ev: inout UInt32, _ wake: inout UInt32) {
    let iv = ivs.p, rs = rStart.p, re = rEnd.p
    let p = from.pointee.p
    var n = from.pointee.count
    var k = 0
    // (the minimum over the entries that stay: `ev` for the active list, `wake` for the inactive)
    var stay = UInt32.max
    while k < n {
      let x = p[k]
      let recorded = UInt32(truncatingIfNeeded: x &>> 32)
      if recorded > pos { stay = min(stay, recorded); k &+= 1; continue }
      let i = UInt32(truncatingIfNeeded: x)
      let ip = iv + Int(i)
      let end = ip.pointee.end
      if end <= pos {
        if fromActive { deactivate(c, slotBit(i)) }
        n &-= 1; p[k] = p[n]; continue
      }
      var cur = ip.pointee.cursor
      let hi = ip.pointee.rangeHi, start = ip.pointee.start
      while cur < hi && min(re[Int(cur)], end) <= pos { cur &+= 1 }
      ip.pointee.cursor = cur
      let covers = cur < hi && max(rs[Int(cur)], start) <= pos
      let next = covers ? min(re[Int(cur)], end) : min(max(rs[Int(cur)], start), end)
      let entry = UInt64(next) &<< 32 | UInt64(i)
      if covers == fromActive {
        p[k] = entry; stay = min(stay, next)
        k &+= 1
      } else {
        if covers { ev = min(ev, next); activate(c, slotBit(i)) } else { wake = min(wake, next); deactivate(c, slotBit(i)) }
        n &-= 1; p[k] = p[n]
        to.pointee.append(entry)
      }
    }
    from.pointee.count = n
    if fromActive { ev = min(ev, stay) } else { wake = min(wake, stay) }
  }

  /// Registers worth trying first for interval `i`, as slots in the class's list (-1 = none).
  @inline(__always) func hintSlots(_ i: UInt32) -> (Int, Int, Int) {
    let v = Int(ivs.p[Int(i)].vreg)
    let regSlot = self.regSlot
    func slot(_ raw: UInt8) -> Int { raw == 0xFF ? -1 : regSlot[Int(raw)] }
    let own = firstIv[v] != i ? slot(lastReg[v]) : -1
    let hv = hintVReg[v]
    let other = hv == .max ? -1 : slot(lastReg[Int(hv)])
    return (own, slot(hintReg[v]), other)
  }

  func tryAllocateFree(_ ci: UInt32, _ c: Int) -> Bool {
    let n = regCount(c)
    if n == 0 { return false }
    let regs = regTab + c &* 64
    let iv = ivs.p
    let cur = iv[Int(ci)]
    let freeUntil = self.freeUntil, regSlot = self.regSlot
    // How long each register (slot j < n) is free, kept as two masks: `busy` slots hold an active
    // interval (free until 0); `limited` slots are free until freeUntil[j]; the others until .max.
    // (`activeSlots` keeps the first mask up to date)
    let busy = activeSlots[c]
    var limited: UInt64 = 0
    do {
      let ina = lists[2 &+ c]
      var k = 0
      while k < ina.count {
        let a = UInt32(truncatingIfNeeded: ina.p[k])
        k &+= 1
        let loc = iv[Int(a)].loc
        guard loc.isReg else { continue }
        let j = regSlot[Int(loc.raw)]
        let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: j)
        if busy & bit != 0 { continue }
        if limited & bit != 0 {
          if freeUntil[j] <= cur.start { continue }
          let x = intersect(a, ci)
          if x < freeUntil[j] { freeUntil[j] = x }
        } else {
          freeUntil[j] = intersect(a, ci); limited |= bit
        }
      }
    }
    @inline(__always) func freeTill(_ j: Int) -> UInt32 {
      let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: j)
      return busy & bit != 0 ? 0 : (limited & bit != 0 ? freeUntil[j] : .max)
    }
    // Fixed reservations cut each register's free range; they are applied lazily, in the order
    // the registers are considered, so a register free for the whole interval is usually found
    // after looking at a few. (`fixedIntersect` does not depend on which registers were asked
    // before, so the answer is the same as applying them all first.)
    var settled: UInt64 = 0
    let (h0, h1, h2) = hintSlots(ci)
    let start = cur.start, end = cur.end
    /// Whether register slot j is free for the whole interval (settling its reservations).
    @inline(__always) func fits(_ j: Int) -> Bool {
      if j < 0 || j >= n { return false }
      let f = freeTill(j)
      if f < end { return false }
      let bit: UInt64 = 1 &<< UInt64(j)
      if settled & bit == 0 {
        settled |= bit
        let x = fixedIntersect(Int(regs[j].raw), cur, start)
        if x < f { freeUntil[j] = x; limited |= bit }
        if x < end { return false }
      }
      return true
    }
    var chosen = -1
    if fits(h0) { chosen = h0 } else if fits(h1) { chosen = h1 } else if fits(h2) { chosen = h2 } else {
      var j = 0
      while j < n {
        if fits(j) { chosen = j; break }
        j &+= 1
      }
    }
    if chosen >= 0 { assignReg(ci, regs[chosen]); return true }
    // No register is free for the whole interval: take the one free longest, split before it
    // stops being free.
    for j in 0 ..< n {
      let f = freeTill(j)
      freeUntil[j] = f
      if settled & (1 << UInt64(j)) == 0 && f > start {
        let x = fixedIntersect(Int(regs[j].raw), cur, start)
        if x < f { freeUntil[j] = x }
      }
    }
    var best = -1
    for j in 0 ..< n where best < 0 || freeUntil[j] > freeUntil[best] { best = j }
    if h0 >= 0 && h0 < n && freeUntil[h0] == freeUntil[best] { best = h0 }
    guard freeUntil[best] > cur.start, let plan = splitPlan(ci, freeUntil[best]) else { return false }
    applySplit(ci, plan)
    assignReg(ci, regs[best])
    return true
  }

  func allocateBlocked(_ ci: UInt32, _ c: Int) throws(RegAllocError) {
    let n = regCount(c)
    let regs = regTab + c * 64
    let pos = ivs.p[Int(ci)].start
    let nextUse = self.nextUse, blockPos = self.blockPos, regSlot = self.regSlot
    for j in 0 ..< n { nextUse[j] = .max; blockPos[j] = .max }
    do {
      let act = lists[c]
      for k in 0 ..< act.count {
        let a = UInt32(truncatingIfNeeded: act.p[k])
        let av = ivs.p[Int(a)]
        guard av.loc.isReg else { continue }
        let j = regSlot[Int(av.loc.raw)]
        // Evicting splits `a` at pos (its store must have a place: see splitPlan), or, when `a`
        // starts at pos too, sends it to its slot from its start.
        var evictable = av.start == pos || pos & 3 == 0 || pos & 3 == 3 || av.start <= RAContext.gapFloor(pos)
        let u = nextRegUse(a, pos)
        if u != .max && RAContext.gapFloor(u) <= pos { evictable = false }
        if !evictable { nextUse[j] = 0; blockPos[j] = 0 } else if u < nextUse[j] { nextUse[j] = u }
      }
      let ina = lists[2 + c]
      for k in 0 ..< ina.count {
        let a = UInt32(truncatingIfNeeded: ina.p[k])
        let loc = ivs.p[Int(a)].loc
        guard loc.isReg else { continue }
        let j = regSlot[Int(loc.raw)]
        if nextUse[j] == 0 || intersect(a, ci) == .max { continue }
        let u = nextRegUse(a, pos)
        if u < nextUse[j] { nextUse[j] = u }
      }
    }
    let cur = ivs.p[Int(ci)]
    for j in 0 ..< n where nextUse[j] > pos {
      let x = fixedIntersect(Int(regs[j].raw), cur, pos)
      if x < blockPos[j] { blockPos[j] = x }
      if x < nextUse[j] { nextUse[j] = x }
    }
    let end = ivs.p[Int(ci)].end
    let firstUse = nextRegUse(ci, pos)
    let mustAlloc = firstUse != .max && RAContext.gapFloor(firstUse) <= pos
    let (h0, h1, h2) = hintSlots(ci)
    var best = -1
    for t in 0 ..< n + 3 {
      let j = t >= 3 ? t - 3 : (t == 0 ? h0 : (t == 1 ? h1 : h2))
      if j < 0 || j >= n || nextUse[j] <= pos { continue }
      if blockPos[j] < end && splitPlan(ci, blockPos[j]) == nil { continue }
      if best < 0 || nextUse[j] > nextUse[best] { best = j }
    }
    if !mustAlloc && (best < 0 || firstUse == .max || firstUse > nextUse[best]) {
      assignStack(ci)
      if firstUse != .max, let ch = split(ci, at: RAContext.gapFloor(firstUse)) { push(ch) }
      return
    }
    guard best >= 0 else {
      let v = VReg(raw: ivs.p[Int(ci)].vreg)
      var s = "unsatisfiable register constraints at i\(pos >> 2): \(v) needs a \(c == 0 ? "int" : "float") register but all are reserved or needed by the same instruction;"
      for j in 0 ..< n { s += " \(regs[j]): " + (blockPos[j] <= pos ? "reserved" : nextUse[j] <= pos ? "in use" : "cannot split") }
      throw RegAllocError([s])
    }
    let reg = regs[best]
    if blockPos[best] < end, let plan = splitPlan(ci, blockPos[best]) { applySplit(ci, plan) }
    let act = lists + c, ina = lists + 2 + c
    var k = 0
    while k < act.pointee.count {
      let a = UInt32(truncatingIfNeeded: act.pointee.p[k])
      if ivs.p[Int(a)].loc == .reg(reg) {
        act.pointee.swapRemove(k)
        deactivate(c, slotBit(a))
        if ivs.p[Int(a)].start >= pos { spillChild(a) } else if let ch = split(a, at: pos) { spillChild(ch) }
        continue
      }
      k += 1
    }
    k = 0
    while k < ina.pointee.count {
      let a = UInt32(truncatingIfNeeded: ina.pointee.p[k])
      if ivs.p[Int(a)].loc == .reg(reg) && intersect(a, ci) != .max {
        ina.pointee.swapRemove(k)
        if let ch = split(a, at: pos) { spillChild(ch) }
        continue
      }
      k += 1
    }
    assignReg(ci, reg)
  }
}
