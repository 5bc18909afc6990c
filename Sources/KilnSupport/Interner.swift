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
  private var arena: [UInt8] = []          // bytes 0 ..< used hold the symbols, the rest is spare room
  private var used = 0
  private var starts: [UInt32] = [0, 0]   // symbol i spans arena[starts[i]..<starts[i+1]]
  private var table: [UInt32]              // 0 = empty slot, else symbol raw
  private var mask: Int

  /// `capacity`: about how many symbols to expect. The table is zero-filled for it now; the
  /// arena only reserves room and is zero-filled as it fills (a small file should not fault in
  /// pages it never uses).
  public init(capacity: Int = 16) {
    var cap = 16
    while cap < capacity * 2 { cap <<= 1 }
    table = Array(repeating: 0, count: cap)
    mask = cap - 1
    arena.reserveCapacity(capacity * 8)
  }

  public var count: Int { starts.count - 1 }

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
    if p.isEmpty { return .empty }
    let n = p.count
    var i = Int(truncatingIfNeeded: Interner.hash(p)) & mask
    let found: UInt32? = table.withUnsafeBufferPointer { tb in
      starts.withUnsafeBufferPointer { st in
        arena.withUnsafeBufferPointer { ar in
          while true {
            let s = tb[i]
            if s == 0 { return nil }
            let a = Int(st[Int(s)])
            if Int(st[Int(s) &+ 1]) &- a == n && memcmpEqual(ar.baseAddress! + a, p.baseAddress!, n) { return s }
            i = (i &+ 1) & mask
          }
        }
      }
    }
    if let s = found { return Symbol(raw: s) }
    // The bytes are copied into the arena's zero-filled spare room (`append(contentsOf:)` of
    // a few bytes is a generic call that costs more than the copy); it doubles when full.
    let a0 = used
    if a0 &+ n > arena.count { arena.append(contentsOf: repeatElement(0, count: Swift.max(arena.count, n, 256))) }
    arena.withUnsafeMutableBufferPointer { ar in
      ShortBytes.copy(p.baseAddress!, to: ar.baseAddress! + a0, count: n)
    }
    used = a0 &+ n
    let sym = UInt32(starts.count - 1)
    starts.append(UInt32(a0 &+ n))
    table[i] = sym
    if count * 2 > table.count { grow() }
    return Symbol(raw: sym)
  }

  public mutating func intern(_ s: String) -> Symbol {
    var s = s
    return s.withUTF8 { intern($0) }
  }

  /// Looks up without inserting.
  public func lookup(_ p: UnsafeBufferPointer<UInt8>) -> Symbol? {
    if p.isEmpty { return .empty }
    var i = Int(truncatingIfNeeded: Interner.hash(p)) & mask
    while true {
      let s = table[i]
      if s == 0 { return nil }
      let a = Int(starts[Int(s)]), b = Int(starts[Int(s) + 1])
      if b - a == p.count {
        let same = arena.withUnsafeBufferPointer { ar in memcmpEqual(ar.baseAddress! + a, p.baseAddress!, p.count) }
        if same { return Symbol(raw: s) }
      }
      i = (i + 1) & mask
    }
  }

  public func lookup(_ s: String) -> Symbol? {
    var s = s
    return s.withUTF8 { lookup($0) }
  }

  private mutating func grow() {
    let cap = table.count * 2
    table = Array(repeating: 0, count: cap)
    mask = cap - 1
    for s in 1..<(starts.count - 1) {
      let a = Int(starts[s]), b = Int(starts[s + 1])
      let h = arena.withUnsafeBufferPointer { ar in Interner.hash(UnsafeBufferPointer(rebasing: ar[a..<b])) }
      var i = Int(truncatingIfNeeded: h) & mask
      while table[i] != 0 { i = (i + 1) & mask }
      table[i] = UInt32(s)
    }
  }

  /// The bytes of a symbol.
  public func bytes(_ s: Symbol) -> ArraySlice<UInt8> {
    let i = Int(s.raw)
    return arena[Int(starts[i])..<Int(starts[i + 1])]
  }

  public func string(_ s: Symbol) -> String { String(decoding: bytes(s), as: UTF8.self) }

  /// The bytes of a symbol, lent to `body` without an `ArraySlice` (no retain of the arena).
  @inline(__always)
  public func withBytes<R>(_ s: Symbol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let i = Int(s.raw)
    let a = Int(starts[i]), e = Int(starts[i + 1])
    return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[a..<e])) }
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
