// LinearScan: Poletto–Sarkar linear scan with Wimmer–Franz interval splitting, over the ranges
// computed by Liveness.
// - Intervals are processed in order of start position (a binary heap, since split children are
//   added as the scan runs). `active` holds intervals in a register covering the position,
//   `inactive` those in a register but in a lifetime hole; per class.
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

struct LinearScan {
  let f: RAFunction
  let env: MachineEnv
  let lv: Liveness
  var ivs: [Interval] = []
  var firstIv: [UInt32] = []
  var heap: [UInt64] = []
  var active: [[UInt32]] = [[], []]
  var inactive: [[UInt32]] = [[], []]
  var fixedCursor = [Int](repeating: 0, count: 128)
  var regSlot = [Int](repeating: -1, count: 128)
  var freeUntil = [UInt32](repeating: 0, count: 64)
  var nextUse = [UInt32](repeating: 0, count: 64)
  var blockPos = [UInt32](repeating: 0, count: 64)
  var lastReg: [UInt8] = []
  var vSlot: [UInt32] = []
  var slotClasses: [RegClass] = []
  var stats = RegAllocStats()

  init(_ f: RAFunction, _ env: MachineEnv, _ lv: Liveness) {
    self.f = f; self.env = env; self.lv = lv
    for c in 0 ..< 2 { for (j, p) in env.allocatable[c].prefix(64).enumerated() where p.regClass.rawValue == c { regSlot[Int(p.raw)] = j } }
  }

  @inline(__always) static func gapFloor(_ p: UInt32) -> UInt32 { p & ~3 }

  // MARK: heap of (start << 32 | interval)

  mutating func push(_ i: UInt32) {
    var k = heap.count
    heap.append(UInt64(ivs[Int(i)].start) << 32 | UInt64(i))
    while k > 0 {
      let p = (k - 1) >> 1
      if heap[p] <= heap[k] { break }
      heap.swapAt(p, k); k = p
    }
  }
  mutating func pop() -> UInt32? {
    guard let top = heap.first else { return nil }
    let last = heap.removeLast()
    if !heap.isEmpty {
      heap[0] = last
      var k = 0
      let n = heap.count
      while true {
        let l = 2 * k + 1, r = l + 1
        var m = k
        if l < n && heap[l] < heap[m] { m = l }
        if r < n && heap[r] < heap[m] { m = r }
        if m == k { break }
        heap.swapAt(k, m); k = m
      }
    }
    return UInt32(truncatingIfNeeded: top)
  }

  // MARK: interval queries

  @inline(__always) func rs(_ iv: Interval, _ k: UInt32) -> UInt32 { max(lv.rStart[Int(k)], iv.start) }
  @inline(__always) func re(_ iv: Interval, _ k: UInt32) -> UInt32 { min(lv.rEnd[Int(k)], iv.end) }

  /// Moves the range cursor past ranges that end at or before `pos`.
  @inline(__always) mutating func advance(_ i: UInt32, _ pos: UInt32) {
    let iv = ivs[Int(i)]
    var c = iv.cursor
    while c < iv.rangeHi && re(iv, c) <= pos { c += 1 }
    ivs[Int(i)].cursor = c
  }
  @inline(__always) func coversAtCursor(_ i: UInt32, _ pos: UInt32) -> Bool {
    let iv = ivs[Int(i)]
    return iv.cursor < iv.rangeHi && rs(iv, iv.cursor) <= pos
  }
  /// First register-use position ≥ `from`, or .max.
  func nextRegUse(_ i: UInt32, _ from: UInt32) -> UInt32 {
    let iv = ivs[Int(i)]
    var lo = Int(iv.useLo), hi = Int(iv.useHi)
    while lo < hi { let m = (lo + hi) >> 1; if lv.usePos[m] < from { lo = m + 1 } else { hi = m } }
    return lo < Int(iv.useHi) ? lv.usePos[lo] : .max
  }
  /// Walk budget for the intersection queries below. Past it they answer with a lower bound of
  /// the first intersection (safe: the register is just treated as taken earlier), which keeps
  /// the scan linear on functions with long, hole-riddled intervals.
  static let walkBudget = 24

  /// First position covered by both `a` (from its cursor) and `b` (from its start), or .max;
  /// possibly an earlier position (see `walkBudget`).
  func intersect(_ a: UInt32, _ b: UInt32) -> UInt32 {
    let A = ivs[Int(a)], B = ivs[Int(b)]
    var i = A.cursor, j = B.rangeLo
    var budget = LinearScan.walkBudget
    while i < A.rangeHi && j < B.rangeHi {
      let as_ = rs(A, i), ae = re(A, i), bs = rs(B, j), be = re(B, j)
      if ae <= bs { i += 1 } else if be <= as_ { j += 1 } else { return max(as_, bs) }
      budget -= 1
      if budget == 0 { return i < A.rangeHi && j < B.rangeHi ? max(rs(A, i), rs(B, j)) : .max }
    }
    return .max
  }
  /// First position where `b` overlaps a reservation of register `p`, or .max (or a lower bound).
  func fixedIntersect(_ p: PReg, _ b: UInt32) -> UInt32 {
    let r = Int(p.raw)
    let fs = lv.fixedStart[r], fe = lv.fixedEnd[r]
    let B = ivs[Int(b)]
    var i = fixedCursor[r], j = B.rangeLo
    var budget = LinearScan.walkBudget
    while i < fs.count && j < B.rangeHi {
      let bs = rs(B, j), be = re(B, j)
      if fe[i] <= bs { i += 1 } else if be <= fs[i] { j += 1 } else { return max(fs[i], bs) }
      budget -= 1
      if budget == 0 { return i < fs.count && j < B.rangeHi ? max(fs[i], rs(B, j)) : .max }
    }
    return .max
  }

  // MARK: splitting

  /// Splits interval `i` at `pos`; the parent keeps everything before `pos`, the child (returned)
  /// the rest (starting later if `pos` is in a hole). nil if nothing lies on one side.
  mutating func split(_ i: UInt32, at pos: UInt32) -> UInt32? {
    let iv = ivs[Int(i)]
    guard pos > iv.start, pos < iv.end else { return nil }
    var lo = iv.rangeLo, hi = iv.rangeHi
    while lo < hi { let m = (lo + hi) >> 1; if lv.rEnd[Int(m)] <= pos { lo = m + 1 } else { hi = m } }
    let k = lo
    guard k < iv.rangeHi else { return nil }
    var child = iv
    if rs(iv, k) >= pos {
      guard k > iv.rangeLo else { return nil }
      ivs[Int(i)].rangeHi = k
      ivs[Int(i)].end = re(iv, k - 1)
      child.rangeLo = k
      child.start = rs(iv, k)
    } else {
      ivs[Int(i)].rangeHi = k + 1
      ivs[Int(i)].end = pos
      child.rangeLo = k
      child.start = pos
    }
    var ulo = Int(iv.useLo), uhi = Int(iv.useHi)
    while ulo < uhi { let m = (ulo + uhi) >> 1; if lv.usePos[m] < pos { ulo = m + 1 } else { uhi = m } }
    ivs[Int(i)].useHi = UInt32(ulo)
    child.useLo = UInt32(ulo)
    child.cursor = child.rangeLo
    child.loc = .none
    child.next = iv.next
    let ci = UInt32(ivs.count)
    ivs.append(child)
    ivs[Int(i)].next = ci
    if ivs[Int(i)].cursor > ivs[Int(i)].rangeHi { ivs[Int(i)].cursor = ivs[Int(i)].rangeHi }
    stats.splits += 1
    return ci
  }

  /// How to end interval `i`'s register assignment at `until` (< its end): split at the last gap
  /// before it (the child may get a register), or, within the start instruction, spill the rest
  /// from exactly `until`. Returns (position, toStack) or nil if impossible.
  func splitPlan(_ i: UInt32, _ until: UInt32) -> (UInt32, Bool)? {
    let iv = ivs[Int(i)]
    let g = LinearScan.gapFloor(until)
    if g > iv.start { return (g, false) }
    guard until > iv.start, iv.start & 3 == 0 || until & 3 == 3 else { return nil }
    let u = nextRegUse(i, until)
    if u != .max && LinearScan.gapFloor(u) <= until { return nil }
    return (until, true)
  }
  mutating func applySplit(_ i: UInt32, _ plan: (UInt32, Bool)) {
    guard let ch = split(i, at: plan.0) else { return }
    if plan.1 { spillChild(ch) } else { push(ch) }
  }
  /// A fresh child that should live in its spill slot until its next register use.
  mutating func spillChild(_ ch: UInt32) {
    let st = ivs[Int(ch)].start
    let u = nextRegUse(ch, st)
    if u != .max && LinearScan.gapFloor(u) <= st { push(ch); return }
    assignStack(ch)
    if u != .max, let g = split(ch, at: LinearScan.gapFloor(u)) { push(g) }
  }

  // MARK: assignment

  mutating func assignReg(_ i: UInt32, _ p: PReg) {
    ivs[Int(i)].loc = .reg(p)
    lastReg[Int(ivs[Int(i)].vreg)] = p.raw
    active[Int(p.regClass.rawValue)].append(i)
  }
  mutating func assignStack(_ i: UInt32) {
    let v = Int(ivs[Int(i)].vreg)
    if vSlot[v] == .max {
      vSlot[v] = UInt32(slotClasses.count)
      slotClasses.append(ivs[Int(i)].cls)
      stats.spilledVRegs += 1
    }
    ivs[Int(i)].loc = .stack(SpillSlot(raw: vSlot[v]))
  }

  // MARK: main loop

  mutating func run() throws(RegAllocError) {
    let nv = f.vregCount
    firstIv = [UInt32](repeating: .max, count: nv)
    lastReg = [UInt8](repeating: 0xFF, count: nv)
    vSlot = [UInt32](repeating: .max, count: nv)
    ivs.reserveCapacity(nv + nv / 4)
    heap.reserveCapacity(nv)
    for v in 0 ..< nv where lv.rangeHi[v] > lv.rangeLo[v] {
      let lo = lv.rangeLo[v], hi = lv.rangeHi[v]
      let iv = Interval(vreg: UInt32(v), start: lv.rStart[Int(lo)], end: lv.rEnd[Int(hi - 1)], rangeLo: lo, rangeHi: hi,
                        useLo: lv.useLo[v], useHi: lv.useHi[v], cursor: lo, next: .max, loc: .none, cls: f.vregClasses[v])
      firstIv[v] = UInt32(ivs.count)
      ivs.append(iv)
      push(UInt32(ivs.count - 1))
    }
    stats.intervals = ivs.count
    while let ci = pop() {
      let pos = ivs[Int(ci)].start
      let c = Int(ivs[Int(ci)].cls.rawValue)
      updateLists(c, pos)
      for p in env.allocatable[c] {
        let r = Int(p.raw)
        let fe = lv.fixedEnd[r]
        var k = fixedCursor[r]
        while k < fe.count && fe[k] <= pos { k += 1 }
        fixedCursor[r] = k
      }
      if !tryAllocateFree(ci, c) { try allocateBlocked(ci, c) }
    }
    stats.intervals = ivs.count
  }

  mutating func updateLists(_ c: Int, _ pos: UInt32) {
    var k = 0
    while k < active[c].count {
      let i = active[c][k]
      if ivs[Int(i)].end <= pos { active[c].swapAt(k, active[c].count - 1); active[c].removeLast(); continue }
      advance(i, pos)
      if !coversAtCursor(i, pos) {
        active[c].swapAt(k, active[c].count - 1); active[c].removeLast(); inactive[c].append(i); continue
      }
      k += 1
    }
    k = 0
    while k < inactive[c].count {
      let i = inactive[c][k]
      if ivs[Int(i)].end <= pos { inactive[c].swapAt(k, inactive[c].count - 1); inactive[c].removeLast(); continue }
      advance(i, pos)
      if coversAtCursor(i, pos) {
        inactive[c].swapAt(k, inactive[c].count - 1); inactive[c].removeLast(); active[c].append(i); continue
      }
      k += 1
    }
  }

  /// Registers worth trying first for interval `i`, as slots in the class's list (-1 = none).
  func hintSlots(_ i: UInt32) -> (Int, Int, Int) {
    let v = Int(ivs[Int(i)].vreg)
    func slot(_ raw: UInt8) -> Int { raw == 0xFF ? -1 : regSlot[Int(raw)] }
    let own = firstIv[v] != i ? slot(lastReg[v]) : -1
    let hv = lv.hintVReg[v]
    let other = hv == .max ? -1 : slot(lastReg[Int(hv)])
    return (own, slot(lv.hintReg[v]), other)
  }

  mutating func tryAllocateFree(_ ci: UInt32, _ c: Int) -> Bool {
    let regs = env.allocatable[c]
    let n = min(regs.count, 64)
    if n == 0 { return false }
    let cur = ivs[Int(ci)]
    for j in 0 ..< n { freeUntil[j] = .max }
    for a in active[c] { if let r = ivs[Int(a)].loc.reg { freeUntil[regSlot[Int(r.raw)]] = 0 } }
    for a in inactive[c] {
      guard let r = ivs[Int(a)].loc.reg else { continue }
      let j = regSlot[Int(r.raw)]
      if freeUntil[j] <= cur.start { continue }
      let x = intersect(a, ci)
      if x < freeUntil[j] { freeUntil[j] = x }
    }
    for j in 0 ..< n where freeUntil[j] > cur.start {
      let x = fixedIntersect(regs[j], ci)
      if x < freeUntil[j] { freeUntil[j] = x }
    }
    let (h0, h1, h2) = hintSlots(ci)
    for t in 0 ..< 3 {
      let h = t == 0 ? h0 : (t == 1 ? h1 : h2)
      if h >= 0 && h < n && freeUntil[h] >= cur.end { assignReg(ci, regs[h]); return true }
    }
    for j in 0 ..< n where freeUntil[j] >= cur.end { assignReg(ci, regs[j]); return true }
    var best = -1
    for j in 0 ..< n where best < 0 || freeUntil[j] > freeUntil[best] { best = j }
    if h0 >= 0 && h0 < n && freeUntil[h0] == freeUntil[best] { best = h0 }
    guard freeUntil[best] > cur.start, let plan = splitPlan(ci, freeUntil[best]) else { return false }
    applySplit(ci, plan)
    assignReg(ci, regs[best])
    return true
  }

  mutating func allocateBlocked(_ ci: UInt32, _ c: Int) throws(RegAllocError) {
    let regs = env.allocatable[c]
    let n = min(regs.count, 64)
    let pos = ivs[Int(ci)].start
    for j in 0 ..< n { nextUse[j] = .max; blockPos[j] = .max }
    for a in active[c] {
      guard let r = ivs[Int(a)].loc.reg else { continue }
      let j = regSlot[Int(r.raw)]
      let av = ivs[Int(a)]
      // Evicting splits `a` at pos (its store must have a place: see splitPlan), or, when `a`
      // starts at pos too, sends it to its slot from its start.
      var evictable = av.start == pos || pos & 3 == 0 || pos & 3 == 3 || av.start <= LinearScan.gapFloor(pos)
      let u = nextRegUse(a, pos)
      if u != .max && LinearScan.gapFloor(u) <= pos { evictable = false }
      if !evictable { nextUse[j] = 0; blockPos[j] = 0 } else if u < nextUse[j] { nextUse[j] = u }
    }
    for a in inactive[c] {
      guard let r = ivs[Int(a)].loc.reg else { continue }
      let j = regSlot[Int(r.raw)]
      if nextUse[j] == 0 || intersect(a, ci) == .max { continue }
      let u = nextRegUse(a, pos)
      if u < nextUse[j] { nextUse[j] = u }
    }
    for j in 0 ..< n where nextUse[j] > pos {
      let x = fixedIntersect(regs[j], ci)
      if x < blockPos[j] { blockPos[j] = x }
      if x < nextUse[j] { nextUse[j] = x }
    }
    let end = ivs[Int(ci)].end
    let firstUse = nextRegUse(ci, pos)
    let mustAlloc = firstUse != .max && LinearScan.gapFloor(firstUse) <= pos
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
      if firstUse != .max, let ch = split(ci, at: LinearScan.gapFloor(firstUse)) { push(ch) }
      return
    }
    guard best >= 0 else {
      let v = VReg(raw: ivs[Int(ci)].vreg)
      var s = "unsatisfiable register constraints at i\(pos >> 2): \(v) needs a \(c == 0 ? "int" : "float") register but all are reserved or needed by the same instruction;"
      for j in 0 ..< n { s += " \(regs[j]): " + (blockPos[j] <= pos ? "reserved" : nextUse[j] <= pos ? "in use" : "cannot split") }
      throw RegAllocError([s])
    }
    let reg = regs[best]
    if blockPos[best] < end, let plan = splitPlan(ci, blockPos[best]) { applySplit(ci, plan) }
    var k = 0
    while k < active[c].count {
      let a = active[c][k]
      if ivs[Int(a)].loc == .reg(reg) {
        active[c].swapAt(k, active[c].count - 1); active[c].removeLast()
        if ivs[Int(a)].start >= pos { spillChild(a) } else if let ch = split(a, at: pos) { spillChild(ch) }
        continue
      }
      k += 1
    }
    k = 0
    while k < inactive[c].count {
      let a = inactive[c][k]
      if ivs[Int(a)].loc == .reg(reg) && intersect(a, ci) != .max {
        inactive[c].swapAt(k, inactive[c].count - 1); inactive[c].removeLast()
        if let ch = split(a, at: pos) { spillChild(ch) }
        continue
      }
      k += 1
    }
    assignReg(ci, reg)
  }
}

