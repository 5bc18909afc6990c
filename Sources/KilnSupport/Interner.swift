// Interns byte strings (names of globals, types, blocks; metadata strings) as 32-bit `Symbol`s.
// One arena of bytes plus an open-addressing table; lookups hash the bytes in place, so the
// parser never builds a `String` for a name.

public struct Symbol: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  /// The empty name (unnamed values, blocks).
  public static let empty = Symbol(raw: 0)
  public static func < (a: Symbol, b: Symbol) -> Bool { a.raw < b.raw }
}

public struct Interner: Sendable {
  // The bytes, the symbol spans and the hash table live in one reference-counted `Storage`,
  // copied on write as a whole (a parallel parse's workers extend copies of phase 1's
  // interner): an insertion checks uniqueness once, not once per array as three Swift arrays
  // would (big.ll: three runtime calls per new name, most of phase 1's uniqueness checks).
  private var s: Storage

  /// `capacity`: about how many symbols to expect. The table is zero-filled for it now; the
  /// arena only reserves room (a small file should not fault in pages it never uses).
  public init(capacity: Int = 16) {
    var cap = 16
    while cap < capacity * 2 { cap <<= 1 }
    s = Storage(tableCount: cap, arenaCapacity: Swift.max(capacity * 8, 256), startsCapacity: capacity + 2)
  }

  public var count: Int { s.nstarts - 1 }

  /// 8 bytes at a time (the tail as one partial word); symbols are numbered in insertion
  /// order, so the hash decides only where an entry sits in `table`.
  @inlinable @inline(__always)
  public static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 { hash(p, findingNUL: false).hash }

  /// `hash(p)` and, when `findingNUL` (a constant at each call site, so the other callers pay
  /// nothing for it), whether the bytes contain a NUL, found in the same pass (the ELF string
  /// table checks its names so).
  @inlinable @inline(__always)
  public static func hash(_ p: UnsafeBufferPointer<UInt8>, findingNUL: Bool) -> (hash: UInt64, hasNull: Bool) {
    let n = p.count
    guard let b = p.baseAddress else { return (0, false) }
    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
    var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(truncatingIfNeeded: n)
    var zeros: UInt64 = 0  // (x - 0x01…) & ~x & 0x80… is non-zero exactly when a byte of x is 0
    var i = 0
    while i &+ 8 <= n {
      let w = UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
      if findingNUL { zeros |= (w &- ones) & ~w & highs }
      h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
      h ^= h >> 32
      i &+= 8
    }
    let r = n &- i
    let t = ShortBytes.tail(b + i, r)
    if findingNUL {
      let tail = t | (ones &<< UInt64(r &* 8))  // (the bytes past the tail are not NULs)
      zeros |= (tail &- ones) & ~tail & highs
    }
    h = (h ^ t) &* 0x9E37_79B9_7F4A_7C15
    return (h ^ (h >> 29), zeros != 0)
  }

  /// Interns the bytes; returns the existing symbol when already present.
  public mutating func intern(_ p: UnsafeBufferPointer<UInt8>) -> Symbol {
    guard let src = p.baseAddress, !p.isEmpty else { return .empty }
    let (found, slot) = s.find(src, p.count)
    if found != 0 { return Symbol(raw: found) }
    // (A copy has the same table, so `slot` is still the free slot for these bytes.)
    if !isKnownUniquelyReferenced(&s) { s = s.copy() }
    return Symbol(raw: s.insert(src, p.count, at: slot))
  }

  public mutating func intern(_ s: String) -> Symbol {
    var s = s
    return s.withUTF8 { intern($0) }
  }

  /// Looks up without inserting.
  public func lookup(_ p: UnsafeBufferPointer<UInt8>) -> Symbol? {
    guard let src = p.baseAddress, !p.isEmpty else { return .empty }
    let found = s.find(src, p.count).found
    return found == 0 ? nil : Symbol(raw: found)
  }

  public func lookup(_ s: String) -> Symbol? {
    var s = s
    return s.withUTF8 { lookup($0) }
  }

  /// The bytes of a symbol.
  public func bytes(_ sym: Symbol) -> ArraySlice<UInt8> {
    withBytes(sym) { ArraySlice($0) }
  }

  public func string(_ sym: Symbol) -> String { withBytes(sym) { String(decoding: $0, as: UTF8.self) } }

  /// The bytes of a symbol, lent to `body` without an `ArraySlice`.
  @inline(__always)
  public func withBytes<R>(_ sym: Symbol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let i = Int(sym.raw)
    precondition(i < s.nstarts - 1, "unknown symbol")
    let a = Int(s.starts[i]), e = Int(s.starts[i + 1])
    return withExtendedLifetime(s) { body(UnsafeBufferPointer(start: s.arena + a, count: e - a)) }
  }

  final class Storage: @unchecked Sendable {  // (mutated only while uniquely referenced)
    var arena: UnsafeMutablePointer<UInt8>    // bytes 0 ..< used hold the symbols
    var arenaCap: Int
    var used = 0
    var starts: UnsafeMutablePointer<UInt32>  // symbol i spans arena[starts[i] ..< starts[i+1]]
    var startsCap: Int
    var nstarts = 2                           // symbol 0 (the empty name) spans 0 ..< 0
    var table: UnsafeMutablePointer<UInt32>   // 0 = empty slot, else symbol raw
    var mask: Int

    init(tableCount: Int, arenaCapacity: Int, startsCapacity: Int) {
      table = .allocate(capacity: tableCount)
      table.initialize(repeating: 0, count: tableCount)
      mask = tableCount - 1
      arena = .allocate(capacity: arenaCapacity)
      arenaCap = arenaCapacity
      startsCap = Swift.max(startsCapacity, 2)
      starts = .allocate(capacity: startsCap)
      starts[0] = 0; starts[1] = 0
    }

    deinit {
      arena.deallocate(); starts.deallocate(); table.deallocate()
    }

    func copy() -> Storage {
      let c = Storage(tableCount: mask + 1, arenaCapacity: arenaCap, startsCapacity: startsCap)
      c.arena.update(from: arena, count: used)
      c.used = used
      c.starts.update(from: starts, count: nstarts)
      c.nstarts = nstarts
      c.table.update(from: table, count: mask + 1)
      return c
    }

    /// The symbol holding the `n` (> 0) bytes at `p` (0 if none) and the slot where the probe
    /// ended (that symbol's, or the free slot for them).
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ n: Int) -> (found: UInt32, slot: Int) {
      var i = Int(truncatingIfNeeded: Interner.hash(UnsafeBufferPointer(start: p, count: n))) & mask
      while true {
        let sym = table[i]
        if sym == 0 { return (0, i) }
        let a = Int(starts[Int(sym)])
        if Int(starts[Int(sym) &+ 1]) &- a == n && memcmpEqual(arena + a, p, n) { return (sym, i) }
        i = (i &+ 1) & mask
      }
    }

    /// Adds the `n` bytes at `p` as a new symbol at free table slot `slot`.
    @inline(__always)
    func insert(_ p: UnsafePointer<UInt8>, _ n: Int, at slot: Int) -> UInt32 {
      let a0 = used
      if a0 &+ n > arenaCap {  // (doubles when full)
        let cap = Swift.max(arenaCap * 2, a0 &+ n)
        arena = grown(arena, used: a0, to: cap)
        arenaCap = cap
      }
      if nstarts == startsCap { starts = grown(starts, used: nstarts, to: startsCap * 2); startsCap *= 2 }
      ShortBytes.copy(p, to: arena + a0, count: n)
      used = a0 &+ n
      let sym = UInt32(truncatingIfNeeded: nstarts &- 1)
      starts[nstarts] = UInt32(truncatingIfNeeded: a0 &+ n)
      nstarts &+= 1
      table[slot] = sym
      if (nstarts &- 1) * 2 > mask &+ 1 { grow() }
      return sym
    }

    @inline(never)
    func grown<T>(_ old: UnsafeMutablePointer<T>, used: Int, to cap: Int) -> UnsafeMutablePointer<T> {
      let new = UnsafeMutablePointer<T>.allocate(capacity: cap)
      new.moveInitialize(from: old, count: used)
      old.deallocate()
      return new
    }

    @inline(never)
    func grow() {
      let cap = (mask + 1) * 2
      table.deallocate()
      table = .allocate(capacity: cap)
      table.initialize(repeating: 0, count: cap)
      mask = cap - 1
      for sym in 1..<(nstarts - 1) {
        let a = Int(starts[sym]), b = Int(starts[sym + 1])
        var i = Int(truncatingIfNeeded: Interner.hash(UnsafeBufferPointer(start: arena + a, count: b - a))) & mask
        while table[i] != 0 { i = (i + 1) & mask }
        table[i] = UInt32(sym)
      }
    }
  }
}

@inline(__always)
func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var i = 0
  while i + 8 <= n {
    if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) { return false }
    i += 8
  }
  while i < n { if a[i] != b[i] { return false }; i += 1 }
  return true
}

/// Word-at-a-time work on short byte strings (names: most are under 16 bytes), in Swift rather
/// than through a call to memcpy or a loop per byte; shared by the interner and the ELF string
/// table.
public enum ShortBytes {
  /// The `r` (< 8) bytes at `p` as a little-endian word, zero above them: at most three loads,
  /// none past the bytes.
  @inlinable @inline(__always)
  public static func tail(_ p: UnsafePointer<UInt8>, _ r: Int) -> UInt64 {
    let q = UnsafeRawPointer(p)
    var t: UInt64 = 0, i = 0
    if r & 4 != 0 { t = UInt64(q.loadUnaligned(as: UInt32.self)); i = 4 }
    if r & 2 != 0 { t |= UInt64(q.loadUnaligned(fromByteOffset: i, as: UInt16.self)) &<< UInt64(i &* 8); i &+= 2 }
    if r & 1 != 0 { t |= UInt64(q.load(fromByteOffset: i, as: UInt8.self)) &<< UInt64(i &* 8) }
    return t
  }

  /// Copies `n` bytes from `src` to `dst` (not overlapping): two overlapping word copies for 4 to
  /// 16 bytes, words then bytes otherwise.
  @inlinable @inline(__always)
  public static func copy(_ src: UnsafePointer<UInt8>, to dst: UnsafeMutablePointer<UInt8>, count n: Int) {
    let s = UnsafeRawPointer(src), d = UnsafeMutableRawPointer(dst)
    if n >= 8 && n <= 16 {
      d.storeBytes(of: s.loadUnaligned(as: UInt64.self), as: UInt64.self)
      (d + (n &- 8)).storeBytes(of: (s + (n &- 8)).loadUnaligned(as: UInt64.self), as: UInt64.self)
    } else if n >= 4 && n < 8 {
      d.storeBytes(of: s.loadUnaligned(as: UInt32.self), as: UInt32.self)
      (d + (n &- 4)).storeBytes(of: (s + (n &- 4)).loadUnaligned(as: UInt32.self), as: UInt32.self)
    } else {
      var i = 0
      while i &+ 8 <= n {
        (d + i).storeBytes(of: (s + i).loadUnaligned(as: UInt64.self), as: UInt64.self)
        i &+= 8
      }
      while i < n { d.storeBytes(of: s.load(fromByteOffset: i, as: UInt8.self), toByteOffset: i, as: UInt8.self); i &+= 1 }
    }
  }
}
