// RAContext: the allocator's working memory for one function at a time. Liveness.swift,
// LinearScan.swift and Resolve.swift are extensions of it, each owning its group of buffers below.
// Buffers (`Buf`) keep their capacity from one function to the next, and contexts are recycled
// through a small thread-safe pool, so allocating many functions does not allocate memory per
// function. The input function's arrays are read through raw pointers taken once per function
// (the context holds the function, which keeps that storage alive).

import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A growable buffer of trivial values (no references), owned by an `RAContext` and freed in its
/// deinit. Copies of the handle alias the same memory: a local copy may read and write elements,
/// but only the owner's field may append (appending can move the storage).
struct Buf<T> {
  var p: UnsafeMutablePointer<T>
  var count = 0
  var cap: Int
  /// Empty, with no memory yet (a context has a few hundred buffers, most of them small or unused).
  init() { cap = 0; p = UnsafeMutablePointer(bitPattern: Swift.max(MemoryLayout<T>.alignment, 1))! }
  func free() { if cap > 0 { Glibc.free(p) } }
  @inline(__always) subscript(i: Int) -> T {
    get { p[i] }
    nonmutating set { p[i] = newValue }
  }
  @inline(__always) var isEmpty: Bool { count == 0 }
  @inline(__always) var last: T { p[count - 1] }
  @inline(__always) mutating func removeAll() { count = 0 }
  @inline(__always) mutating func removeLast() -> T { count -= 1; return p[count] }
  @inline(__always) mutating func popLast() -> T? { if count == 0 { return nil }; count -= 1; return p[count] }
  @inline(__always) mutating func append(_ x: T) {
    if count == cap { grow(count + 1) }
    (p + count).initialize(to: x); count &+= 1
  }
  @inline(__always) mutating func reserve(_ n: Int) { if n > cap { grow(n) } }
  /// Straight from malloc (16-byte aligned, enough for every element type here):
  /// `UnsafeMutablePointer.allocate` goes through posix_memalign.
  @inline(never) mutating func grow(_ n: Int) {
    let c = Swift.max(n, cap * 2, 16)
    let q = malloc(c * MemoryLayout<T>.stride)!.bindMemory(to: T.self, capacity: c)
    q.moveInitialize(from: p, count: count)
    if cap > 0 { Glibc.free(p) }
    p = q; cap = c
  }
  /// Sets the count to `n`, every element to `x`.
  mutating func reset(_ n: Int, _ x: T) {
    count = 0
    reserve(n)
    p.initialize(repeating: x, count: n)
    count = n
  }
  /// Sets the count to `n` without initializing (the caller writes every element before reading).
  mutating func resize(_ n: Int) { count = 0; reserve(n); count = n }
  @inline(__always) mutating func swapRemove(_ k: Int) { count -= 1; p[k] = p[count] }
  var array: [T] { Array(UnsafeBufferPointer(start: p, count: count)) }
}

/// Sorts `n` integers at `p` ascending in place: quicksort with median-of-three pivots and
/// insertion sort for short runs (no closures, no comparator calls; about half the cost of the
/// library sort on the block lists of `build`, but slower on nearly sorted input, where the
/// library's run detection wins). Used on distinct keys only, so the order equals any sort's.
func sortInPlace<T: FixedWidthInteger>(_ p: UnsafeMutablePointer<T>, _ n: Int) {
  var lo = 0, hi = n - 1
  while hi - lo > 16 {
    let mid = lo + (hi - lo) >> 1
    // median of three into p[mid], then partition around it
    if p[mid] < p[lo] { p.swapAt(mid, lo) }
    if p[hi] < p[lo] { p.swapAt(hi, lo) }
    if p[hi] < p[mid] { p.swapAt(hi, mid) }
    let pivot = p[mid]
    var i = lo, j = hi
    while i <= j {
      while p[i] < pivot { i += 1 }
      while p[j] > pivot { j -= 1 }
      if i <= j { p.swapAt(i, j); i += 1; j -= 1 }
    }
    // recurse into the smaller side, loop on the larger (stack depth O(log n))
    if j - lo < hi - i { sortInPlace(p + lo, j - lo + 1); lo = i } else { sortInPlace(p + i, hi - i + 1); hi = j }
  }
  if hi > lo { insertionSort(p + lo, hi - lo + 1) }
}

/// Sorts `n` integers at `p` ascending in place by insertion: for short or nearly sorted runs.
@inline(__always) func insertionSort<T: FixedWidthInteger>(_ p: UnsafeMutablePointer<T>, _ n: Int) {
  var k = 1
  while k < n {
    let x = p[k]
    if p[k &- 1] > x {
      var m = k &- 1
      while m >= 0 && p[m] > x { p[m &+ 1] = p[m]; m &-= 1 }
      p[m &+ 1] = x
    }
    k &+= 1
  }
}

extension UnsafeMutablePointer where Pointee: FixedWidthInteger {
  @inline(__always) func swapAt(_ a: Int, _ b: Int) { let t = self[a]; self[a] = self[b]; self[b] = t }
}

@inline(__always) func basePointer<T>(_ a: [T]) -> UnsafePointer<T> {
  a.withUnsafeBufferPointer { $0.baseAddress ?? UnsafePointer<T>(bitPattern: MemoryLayout<T>.alignment)! }
}

final class RAContext: @unchecked Sendable {
  // MARK: input (bound per function)
  var f = RAFunction()
  var env = MachineEnv(int: [], float: [])
  var blocks: UnsafePointer<RABlockData> = basePointer([RABlockData]())
  var insts: UnsafePointer<RAInstData> = basePointer([RAInstData]())
  var operands: UnsafePointer<Operand> = basePointer([Operand]())
  var edges: UnsafePointer<RAEdge> = basePointer([RAEdge]())
  var edgeArgs: UnsafePointer<VReg> = basePointer([VReg]())
  var predEdges: UnsafePointer<UInt32> = basePointer([UInt32]())
  var blockParams: UnsafePointer<VReg> = basePointer([VReg]())
  var vregClasses: UnsafePointer<RegClass> = basePointer([RegClass]())
  var nb = 0, ni = 0, nv = 0, ne = 0, no = 0
  /// All allocatable registers of the env.
  var allocSet = PRegSet()
  /// The registers listed as allocatable in their own class (`MachineEnv.isAllocatable`).
  var allocOwnClass = PRegSet()
  /// Per class (0, 1): the env's allocatable registers, all of them (`allocRegs[c]`).
  var allocRegs: [[PReg]] = [[], []]
  /// Per class (0, 1): the env's allocatable registers as a set.
  var classRegSets = (PRegSet(), PRegSet())
  /// The `allocatable` lists the env-derived tables (above, and `regTab`, `regSlot`, `nRegs`)
  /// were computed for: recomputed only when a function comes with a different env.
  var envKey: [[PReg]]? = nil
  /// Registers whose reservation lists (`fixed`) may be non-empty.
  var fixedDirty = PRegSet()

  // MARK: Liveness (Liveness.swift)
  // per vreg
  var defPos = Buf<UInt32>()
  var rStart = Buf<UInt32>()
  var rEnd = Buf<UInt32>()
  var useLo = Buf<UInt32>()
  var useHi = Buf<UInt32>()
  var usePos = Buf<UInt32>()
  var hintReg = Buf<UInt8>()
  var hintVReg = Buf<UInt32>()
  /// operand index → the reuse def operand that reads it through a copy (or .max)
  var reuseDefOf = Buf<UInt32>()
  // per block
  var liveInStart = Buf<UInt32>()
  var liveIn = Buf<UInt32>()
  /// per physical register (indexed by PReg.raw, 128 of each): reserved ranges [start, end)
  /// (each reservation as `start << 32 | end`: `Reservation`)
  let fixed: UnsafeMutablePointer<Buf<UInt64>>
  // build scratch (`luCount`: per vreg, the liveness uses outside the defining block's tail)
  var luCount = Buf<UInt32>(), ruCount = Buf<UInt32>(), luLo = Buf<UInt32>(), luFill = Buf<UInt32>()
  var luEnd = Buf<UInt32>(), luBlock = Buf<UInt32>()
  /// per vreg: the furthest use after the definition in the defining block (0: none)
  var localEnd = Buf<UInt32>()
  /// the other liveness uses in the order validation met them (vreg, end, block)
  var nlV = Buf<UInt32>(), nlEnd = Buf<UInt32>(), nlBlock = Buf<UInt32>()
  /// register uses and defs in instruction order (vreg << 32 | position)
  var ruPend = Buf<UInt64>()
  var liStamp = Buf<UInt32>(), loStamp = Buf<UInt32>(), meStamp = Buf<UInt32>(), maxEnd = Buf<UInt32>()
  var touched = Buf<UInt32>(), work = Buf<UInt32>(), liPairB = Buf<UInt32>(), liPairV = Buf<UInt32>()
  var seen = Buf<Bool>(), fixedSeen = Buf<UInt64>(), liFill = Buf<UInt32>(), fixedInsts = Buf<UInt32>()

  // MARK: LinearScan (LinearScan.swift)
  var ivs = Buf<Interval>()
  var firstIv = Buf<UInt32>()
  var heap = Buf<UInt64>()
  var queue = Buf<UInt64>()
  /// (`build`'s counting sort of `queue`: per instruction, where its keys go)
  var queueFill = Buf<UInt32>()
  var queuePos = 0
  /// active[c] = lists[c], inactive[c] = lists[2 + c]. Entries are `event << 32 | interval`:
  /// the scan position where the interval next changes state (see `sweep`).
  let lists: UnsafeMutablePointer<Buf<UInt64>>
  /// Per list (same indexing): no interval of it changes state before this scan position.
  let listEvent: UnsafeMutablePointer<UInt32>  // 4
  /// Per class: the register slots (bit j: `regTab[64c + j]`) held by intervals of the active
  /// list, and per slot (64c + j) how many active intervals hold it.
  let activeSlots: UnsafeMutablePointer<UInt64>  // 2
  let activeSlotCount: UnsafeMutablePointer<UInt32>  // 128
  let fixedCursor: UnsafeMutablePointer<Int>  // 128
  /// The reservation at each register's cursor (.max when none is left).
  let fixedNextStart: UnsafeMutablePointer<UInt32>  // 128
  let fixedNextEnd: UnsafeMutablePointer<UInt32>  // 128
  let regSlot: UnsafeMutablePointer<Int>  // 128
  let freeUntil: UnsafeMutablePointer<UInt32>  // 64
  let nextUse: UnsafeMutablePointer<UInt32>  // 64
  let blockPos: UnsafeMutablePointer<UInt32>  // 64
  /// Per class: the first (up to 64) allocatable registers.
  let regTab: UnsafeMutablePointer<PReg>  // 2 × 64
  var nRegs = (0, 0)
  var lastReg = Buf<UInt8>()
  var vSlot = Buf<UInt32>()
  /// The vregs with more than one interval, in the order of their first split.
  var splitVRegs = Buf<UInt32>()
  /// Per vreg: the location of its only interval (.none before it gets one), or `splitLoc` once
  /// it has more than one.
  var onlyLoc = Buf<Allocation>()
  var slotClasses: [RegClass] = []
  var stats = RegAllocStats()

  // MARK: Resolver (Resolve.swift)
  /// per split vreg (see `splitVRegs`): its intervals in order, `pieces[pieceLo[v] ..< pieceHi[v]]`
  var pieceLo = Buf<UInt32>()
  var pieceHi = Buf<UInt32>()
  var pieces = Buf<UInt32>()
  var raw = Buf<RawMove>()
  var rawOrder = Buf<UInt64>()
  var seq: UInt32 = 0
  var pm = ParallelMoves()
  var group: [ParallelMoves.Move] = []
  var seqOut: [ParallelMoves.Move] = []

  init() {
    fixed = .allocate(capacity: 128)
    for r in 0 ..< 128 { (fixed + r).initialize(to: Buf()) }
    lists = .allocate(capacity: 4)
    for k in 0 ..< 4 { (lists + k).initialize(to: Buf()) }
    listEvent = .allocate(capacity: 4)
    listEvent.initialize(repeating: .max, count: 4)
    activeSlots = .allocate(capacity: 2)
    activeSlots.initialize(repeating: 0, count: 2)
    activeSlotCount = .allocate(capacity: 128)
    activeSlotCount.initialize(repeating: 0, count: 128)
    fixedCursor = .allocate(capacity: 128)
    fixedNextStart = .allocate(capacity: 128)
    fixedNextEnd = .allocate(capacity: 128)
    regSlot = .allocate(capacity: 128)
    freeUntil = .allocate(capacity: 64)
    nextUse = .allocate(capacity: 64)
    blockPos = .allocate(capacity: 64)
    regTab = .allocate(capacity: 128)
  }

  deinit {
    for b in [defPos, rStart, rEnd, useLo, useHi, usePos, hintVReg, reuseDefOf,
              liveInStart, liveIn, luCount, ruCount, luLo, luFill, luEnd, luBlock, liStamp, loStamp, meStamp, maxEnd,
              touched, work, liPairB, liPairV, liFill, fixedInsts, firstIv, vSlot, pieceLo, pieceHi, pieces, splitVRegs,
              localEnd, nlV, nlEnd, nlBlock, queueFill] { b.free() }
    ruPend.free()
    hintReg.free(); seen.free(); fixedSeen.free(); ivs.free(); heap.free(); queue.free()
    lastReg.free(); raw.free(); rawOrder.free(); onlyLoc.free()
    for r in 0 ..< 128 { fixed[r].free() }
    for k in 0 ..< 4 { lists[k].free() }
    fixed.deallocate(); lists.deallocate(); listEvent.deallocate()
    activeSlots.deallocate(); activeSlotCount.deallocate()
    fixedCursor.deallocate(); fixedNextStart.deallocate(); fixedNextEnd.deallocate(); regSlot.deallocate(); freeUntil.deallocate(); nextUse.deallocate(); blockPos.deallocate()
    regTab.deallocate()
  }

  /// Points the context at `f` and `env` (and forgets everything about the previous function).
  func bind(_ f: RAFunction, _ env: MachineEnv) {
    self.f = f
    self.env = env
    blocks = basePointer(self.f.blocks)
    insts = basePointer(self.f.insts)
    operands = basePointer(self.f.operands)
    edges = basePointer(self.f.edges)
    edgeArgs = basePointer(self.f.edgeArgs)
    predEdges = basePointer(self.f.predEdges)
    blockParams = basePointer(self.f.blockParams)
    vregClasses = basePointer(self.f.vregClasses)
    nb = f.blocks.count; ni = f.insts.count; nv = f.vregClasses.count; ne = f.edges.count; no = f.operands.count
    if !sameEnv(env.allocatable) { bindEnv(); envKey = env.allocatable }
    clearFixed()
  }

  /// Whether `allocatable` equals `envKey` (usually the very same storage: a target's env is a
  /// constant, so the element-wise comparison is rarely needed).
  private func sameEnv(_ allocatable: [[PReg]]) -> Bool {
    guard let k = envKey else { return false }
    let same = k.withUnsafeBufferPointer { a in
      allocatable.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress && a.count == b.count }
    }
    return same || k == allocatable
  }

  /// Empties the registers' reservation lists (only those that got reservations need it).
  func clearFixed() {
    var lo = fixedDirty.lo
    while lo != 0 { let r = lo.trailingZeroBitCount; fixed[r].removeAll(); lo &= lo &- 1 }
    var hi = fixedDirty.hi
    while hi != 0 { let r = 64 + hi.trailingZeroBitCount; fixed[r].removeAll(); hi &= hi &- 1 }
    fixedDirty = PRegSet()
  }

  /// Computes the tables that depend only on `env`.
  private func bindEnv() {
    var s = PRegSet()
    for c in env.allocatable { for p in c { s.insert(p) } }
    allocSet = s
    var own = PRegSet()
    for (c, regs) in env.allocatable.enumerated() { for p in regs where Int(p.regClass.rawValue) == c { own.insert(p) } }
    allocOwnClass = own
    allocRegs = [env.allocatable.count > 0 ? env.allocatable[0] : [], env.allocatable.count > 1 ? env.allocatable[1] : []]
    classRegSets = (PRegSet(allocRegs[0]), PRegSet(allocRegs[1]))
    // Per class: the first (up to 64) allocatable registers, and each register's slot in its
    // class's list (-1 when not listed under its own class).
    for r in 0 ..< 128 { regSlot[r] = -1 }
    var counts = [0, 0]
    for c in 0 ..< 2 {
      let regs = allocRegs[c]
      for (j, p) in regs.prefix(64).enumerated() {
        regTab[c * 64 + j] = p
        if p.regClass.rawValue == c { regSlot[Int(p.raw)] = j }
      }
      counts[c] = min(regs.count, 64)
    }
    nRegs = (counts[0], counts[1])
  }

  /// Drops the references to the last function (the buffers keep their capacity).
  func unbind() {
    f = RAFunction()
    slotClasses = []
  }

  // MARK: pool

  private static let pool = Mutex<[RAContext]>([])

  static func take() -> RAContext {
    let c = pool.withLock { $0.popLast() }
    return c ?? RAContext()
  }
  static func give(_ c: RAContext) {
    c.unbind()
    pool.withLock { if $0.count < 8 { $0.append(c) } }
  }
}

/// A register reservation [start, end) as `RAContext.fixed` stores it: `start << 32 | end`.
enum Reservation {
  @inline(__always) static func make(_ start: UInt32, _ end: UInt32) -> UInt64 { UInt64(start) &<< 32 | UInt64(end) }
  @inline(__always) static func start(_ x: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: x &>> 32) }
  @inline(__always) static func end(_ x: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: x) }
}
