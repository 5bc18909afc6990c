// ParallelMoves: turns a parallel assignment {dst_k ← src_k} (all sources read before any
// destination is written; destinations distinct; sources may repeat = fan-out) into a sequence
// of single moves for one register class.
// Algorithm: emit every move whose destination no pending move still reads; when only cycles
// remain (then they are disjoint simple cycles), save one cycle member to a temporary, redirect
// its readers to the temporary, and continue. The temporary is the class's scratch register when
// the cycle is register-only and a scratch exists, otherwise an extra spill slot (`tempSlot(0)`).
// Slot-to-slot moves are then lowered through the scratch register, or, without one, through
// `fallback` saved to and restored from another extra slot (`tempSlot(1)`):
//   [save] ← fallback; fallback ← src; dst ← fallback; fallback ← [save].
// While a cycle's temporary is the scratch register, the cycle is register-only, so no
// slot-to-slot move needs the scratch at the same time. INVARIANT: the output never moves slot
// to slot, and only writes destinations, the scratch register and the extra slots.

public struct ParallelMoves: Sendable {
  public struct Move: Hashable, Sendable {
    public var from: Allocation
    public var to: Allocation
    public init(from: Allocation, to: Allocation) { self.from = from; self.to = to }
  }
  var pending: [Move] = []
  var done: [Bool] = []
  var ready: [Int] = []
  var seq: [Move] = []
  /// Location (`Allocation.raw`) → pending moves still reading it.
  var readers = LocMap()
  /// Location → index of the pending move writing it.
  var byDst = LocMap()

  public init() {}

  /// Appends the sequential equivalent of `moves` to `out`. Duplicate identical moves are
  /// dropped; two different sources for one destination are a caller bug (the second is dropped).
  public mutating func resolve(_ moves: ArraySlice<Move>, scratch: PReg?, fallback: PReg,
                               tempSlot: (Int) -> SpillSlot, into out: inout [Move]) {
    pending.removeAll(keepingCapacity: true)
    // at most 2 keys per move plus one temporary in either map
    readers.reset(forKeys: 2 * moves.count + 2)
    byDst.reset(forKeys: 2 * moves.count + 2)
    for m in moves where m.from != m.to {
      if byDst[m.to.raw] != nil { continue }
      byDst[m.to.raw] = pending.count
      pending.append(m)
      readers[m.from.raw] = (readers[m.from.raw] ?? 0) + 1
    }
    if pending.isEmpty { return }
    if pending.count == 1 {
      lower(pending[0], scratch: scratch, fallback: fallback, tempSlot: tempSlot, into: &out); return
    }
    done.removeAll(keepingCapacity: true)
    done.append(contentsOf: repeatElement(false, count: pending.count))
    ready.removeAll(keepingCapacity: true)
    seq.removeAll(keepingCapacity: true)
    for (i, m) in pending.enumerated() where (readers[m.to.raw] ?? 0) == 0 { ready.append(i) }
    var remaining = pending.count
    var scan = 0
    while remaining > 0 {
      while let i = ready.popLast() {
        let m = pending[i]
        seq.append(m); done[i] = true; remaining -= 1
        let left = (readers[m.from.raw] ?? 1) - 1
        readers[m.from.raw] = left
        if left == 0, let j = byDst[m.from.raw], !done[j] { ready.append(j) }
      }
      if remaining == 0 { break }
      while done[scan] { scan += 1 }
      let i = scan
      let d = pending[i].to
      // Is the cycle through i register-only?
      var hasStack = d.isStack
      var loc = pending[i].from
      var steps = 0
      while loc != d && steps <= pending.count {
        if loc.isStack { hasStack = true }
        guard let j = byDst[loc.raw] else { break }
        loc = pending[j].from; steps += 1
      }
      let temp: Allocation
      if !hasStack, let s = scratch { temp = .reg(s) } else { temp = .stack(tempSlot(0)) }
      seq.append(Move(from: d, to: temp))
      var moved = 0
      for j in pending.indices where !done[j] && pending[j].from == d { pending[j].from = temp; moved += 1 }
      readers[temp.raw] = moved
      readers[d.raw] = 0
      ready.append(i)
    }
    for m in seq { lower(m, scratch: scratch, fallback: fallback, tempSlot: tempSlot, into: &out) }
  }

  @inline(__always)
  func lower(_ m: Move, scratch: PReg?, fallback: PReg, tempSlot: (Int) -> SpillSlot, into out: inout [Move]) {
    if m.from.isStack && m.to.isStack {
      if let s = scratch {
        out.append(Move(from: m.from, to: .reg(s))); out.append(Move(from: .reg(s), to: m.to))
      } else {
        let save = Allocation.stack(tempSlot(1)), r = Allocation.reg(fallback)
        out.append(Move(from: r, to: save)); out.append(Move(from: m.from, to: r))
        out.append(Move(from: r, to: m.to)); out.append(Move(from: save, to: r))
      }
    } else {
      out.append(m)
    }
  }
}

/// A small map from location (`Allocation.raw`) to Int for `ParallelMoves`: open addressing with
/// linear probing, no deletion, emptied in O(1) by bumping a generation number; the storage is
/// kept from one call to the next.
struct LocMap: Sendable {
  var keys: [UInt32] = []
  var vals: [Int] = []
  /// Slot k is occupied when gens[k] == gen.
  var gens: [UInt32] = []
  var gen: UInt32 = 0

  /// Empties the map, with room for `n` keys at a load factor of at most 1/2.
  mutating func reset(forKeys n: Int) {
    var c = 16
    while c < 2 * n { c <<= 1 }
    if c > keys.count {
      keys = [UInt32](repeating: 0, count: c); vals = [Int](repeating: 0, count: c)
      gens = [UInt32](repeating: 0, count: c); gen = 0
    }
    gen &+= 1
    if gen == 0 { for k in gens.indices { gens[k] = 0 }; gen = 1 }
  }
  @inline(__always) func slot(_ k: UInt32) -> Int {
    let mask = keys.count - 1
    var h = k &* 0x9E37_79B1
    h ^= h >> 15
    var i = Int(h) & mask
    while gens[i] == gen && keys[i] != k { i = (i + 1) & mask }
    return i
  }
  subscript(k: UInt32) -> Int? {
    get { let i = slot(k); return gens[i] == gen ? vals[i] : nil }
    set {
      let i = slot(k)
      keys[i] = k; vals[i] = newValue ?? 0; gens[i] = gen
    }
  }
}
