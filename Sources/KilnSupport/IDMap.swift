// A small open-addressing hash map from a (UInt64, UInt32) key to a UInt32 value, for the tables
// that unique types and constants. Why not `Dictionary`: a Dictionary or Set keyed by one of our
// own structs costs ~240k instructions of runtime metadata instantiation and protocol-conformance
// lookup the first time a process touches it (a tenth of compiling a small file), and hashes with
// SipHash on every lookup. Keys are plain integers here; values are never UInt32.max (the empty
// marker). A key may be a hash of something larger: `probe` visits every value stored under the
// same key so the caller can compare the real contents.

public struct IDMap: Sendable {
  // Internal, not private: `get` and `probe` are inlined into other modules' hot paths.
  @usableFromInline var keyA: [UInt64]
  @usableFromInline var keyB: [UInt32]
  @usableFromInline var vals: [UInt32]
  @usableFromInline var mask: Int
  @usableFromInline var used = 0  // entries stored
  public var count: Int { used }

  public init(capacity: Int = 16) {
    var c = 16
    while c < capacity * 2 { c <<= 1 }
    keyA = Array(repeating: 0, count: c)
    keyB = Array(repeating: 0, count: c)
    vals = Array(repeating: .max, count: c)
    mask = c - 1
  }

  @inlinable @inline(__always) static func slot(_ a: UInt64, _ b: UInt32) -> Int {
    var h = (a ^ (UInt64(b) &* 0xD6E8_FEB8_6659_FD93)) &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 31
    return Int(truncatingIfNeeded: h)
  }

  /// The value stored under (a, b), or nil (for keys stored at most once).
  @inlinable @inline(__always) public func get(_ a: UInt64, _ b: UInt32) -> UInt32? {
    var i = IDMap.slot(a, b) & mask
    while true {
      let v = vals[i]
      if v == .max { return nil }
      if keyA[i] == a && keyB[i] == b { return v }
      i = (i + 1) & mask
    }
  }

  /// Calls `match` with each value stored under (a, b) until it returns true; returns that value.
  @inlinable @inline(__always) public func probe(_ a: UInt64, _ b: UInt32, _ match: (UInt32) -> Bool) -> UInt32? {
    var i = IDMap.slot(a, b) & mask
    while true {
      let v = vals[i]
      if v == .max { return nil }
      if keyA[i] == a && keyB[i] == b && match(v) { return v }
      i = (i + 1) & mask
    }
  }

  /// The value stored under (a, b) if there is one (for keys stored at most once); else stores
  /// `v` there and returns it. One probe for both: the lookup ends at the free slot.
  @inlinable @inline(__always) public mutating func getOrInsert(_ a: UInt64, _ b: UInt32, _ v: UInt32) -> UInt32 {
    var i = IDMap.slot(a, b) & mask
    while true {
      let old = vals[i]
      if old == .max { break }
      if keyA[i] == a && keyB[i] == b { return old }
      i = (i + 1) & mask
    }
    keyA[i] = a; keyB[i] = b; vals[i] = v
    used += 1
    if used * 2 > vals.count { grow() }  // (as `insert`: at most half full between calls)
    return v
  }

  /// Adds (a, b) → v without looking for an existing entry.
  public mutating func insert(_ a: UInt64, _ b: UInt32, _ v: UInt32) {
    if (used + 1) * 2 > vals.count { grow() }
    var i = IDMap.slot(a, b) & mask
    while vals[i] != .max { i = (i + 1) & mask }
    keyA[i] = a; keyB[i] = b; vals[i] = v
    used += 1
  }

  @usableFromInline @inline(never) mutating func grow() {
    var n = IDMap(capacity: vals.count)
    for i in 0..<vals.count where vals[i] != .max { n.insert(keyA[i], keyB[i], vals[i]) }
    self = n
  }
}
