// Parser-side caches that keep Swift's Hasher and per-lookup allocations out of the hot path:
// uniqued literal types (arrays, vectors, literal structs, function types) and integer constants
// up to 64 bits, each in an open-addressing table keyed by a cheap multiplicative hash.
// Invariant: a cache entry always names a type/constant already uniqued in the module's tables
// and is verified against them on every hit, so a hash collision can never return a wrong one.

import KilnIR
import KilnSupport

struct OpenTable {
  var keys: [UInt64]
  var vals: [UInt32]        // UInt32.max = empty
  var mask: Int
  var count = 0
  init(capacity: Int) {
    var c = 64
    while c < capacity * 2 { c <<= 1 }
    keys = Array(repeating: 0, count: c)
    vals = Array(repeating: .max, count: c)
    mask = c - 1
  }
  @inline(__always) static func mix(_ x: UInt64) -> Int {
    var h = x &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 29
    return Int(truncatingIfNeeded: h)
  }
  mutating func grow() {
    var n = OpenTable(capacity: keys.count)
    for i in 0..<keys.count where vals[i] != .max { n.insertNew(keys[i], vals[i]) }
    self = n
  }
  mutating func insertNew(_ k: UInt64, _ v: UInt32) {
    if (count + 1) * 2 > keys.count { grow() }
    var i = OpenTable.mix(k) & mask
    while vals[i] != .max { i = (i + 1) & mask }
    keys[i] = k; vals[i] = v; count += 1
  }
}

extension Parser {
  /// Integer constant of type `t` holding `bits` (already truncated to the width, width <= 64).
  @inline(__always) mutating func cachedInt(_ t: TypeID, _ bits: UInt64) -> ConstID {
    let k = bits &* 0x100000001B3 ^ UInt64(t.raw) &* 0x9E37_79B9
    var i = OpenTable.mix(k) & intCache.mask
    while true {
      let v = intCache.vals[i]
      if v == .max { break }
      if intCache.keys[i] == bits {
        let n = m.constants.nodes[Int(v)]
        if n.type == t { return ConstID(raw: v) }
      }
      i = (i + 1) & intCache.mask
    }
    let c = m.constants.int(t, bits)
    if (intCache.count + 1) * 2 > intCache.keys.count {
      intCache.grow()
      i = OpenTable.mix(k) & intCache.mask
      while intCache.vals[i] != .max { i = (i + 1) & intCache.mask }
    }
    intCache.keys[i] = bits; intCache.vals[i] = c.raw; intCache.count += 1
    return c
  }

  /// `[n x e]` / `<n x e>` through the cache.
  mutating func cachedArray(_ e: TypeID, _ n: UInt64, vector: Bool) -> TypeID {
    let key = (UInt64(e.raw) << 1 | (vector ? 1 : 0)) &* 0x1_0000_01B3 ^ n
    var i = OpenTable.mix(key) & typeCache.mask
    while true {
      let v = typeCache.vals[i]
      if v == .max { break }
      if typeCache.keys[i] == key {
        let node = m.types.node(TypeID(raw: v))
        if node.kind == (vector ? .vector : .array) && node.a == e.raw && node.count == n { return TypeID(raw: v) }
      }
      i = (i + 1) & typeCache.mask
    }
    let t = vector ? m.types.vector(e, n) : m.types.array(e, n)
    typeCache.insertNew(key, t.raw)
    return t
  }

  /// A literal struct or function type whose members are `typeScratch[base...]`.
  mutating func cachedList(kind: TypeKind, a: UInt32, flag: Bool, base: Int) -> TypeID {
    var key = UInt64(kind.rawValue) << 56 ^ UInt64(a) << 1 ^ (flag ? 1 : 0)
    for i in base..<typeScratch.count { key = (key ^ UInt64(typeScratch[i].raw)) &* 0x100000001B3 }
    var i = OpenTable.mix(key) & typeCache.mask
    let n = typeScratch.count - base
    while true {
      let v = typeCache.vals[i]
      if v == .max { break }
      if typeCache.keys[i] == key {
        let node = m.types.node(TypeID(raw: v))
        if node.kind == kind && node.name == .empty && node.a == a && Int(node.listCount) == n
          && (kind == .structure ? node.packed : node.varArg) == flag {
          var same = true
          let s = Int(node.listStart)
          for k in 0..<n where m.types.lists[s + k] != typeScratch[base + k] { same = false; break }
          if same { return TypeID(raw: v) }
        }
      }
      i = (i + 1) & typeCache.mask
    }
    let list = Array(typeScratch[base...])
    let t = kind == .structure ? m.types.structure(list, packed: flag)
                               : m.types.function(TypeID(raw: a), list, varArg: flag)
    typeCache.insertNew(key, t.raw)
    return t
  }
}

/// Same-module, always-inlined twins of `TypeTable`'s queries: the originals live in another
/// module and are real calls in the parser's hot paths. They read the public `nodes`/`lists`
/// arrays directly and mean exactly what the originals mean.
extension TypeTable {
  @inline(__always) func node(_ t: TypeID) -> TypeNode { nodes[Int(t.raw)] }
  @inline(__always) func kindOf(_ t: TypeID) -> TypeKind { nodes[Int(t.raw)].kind }
  @inline(__always) func isInt(_ t: TypeID) -> Bool { nodes[Int(t.raw)].kind == .integer }
  @inline(__always) func isFP(_ t: TypeID) -> Bool {
    switch nodes[Int(t.raw)].kind { case .float, .double, .x86_fp80, .fp128: return true; default: return false }
  }
  @inline(__always) func isFirstClassType(_ t: TypeID) -> Bool {
    let n = nodes[Int(t.raw)]
    switch n.kind {
    case .void, .label, .metadata, .function: return false
    case .structure: return !n.opaque
    default: return true
    }
  }
  @inline(__always) func isAggregateType(_ t: TypeID) -> Bool {
    switch nodes[Int(t.raw)].kind { case .array, .structure: return true; default: return false }
  }
  @inline(__always) func elementOf(_ t: TypeID) -> TypeID { TypeID(raw: nodes[Int(t.raw)].a) }
  @inline(__always) func countOf(_ t: TypeID) -> UInt64 { nodes[Int(t.raw)].count }
  @inline(__always) func widthOf(_ t: TypeID) -> UInt32 {
    let n = nodes[Int(t.raw)]; precondition(n.kind == .integer); return n.a
  }
  /// Whether `t` may be a struct field: not void/label/metadata/function/token, not the struct
  /// `visiting` itself (no recursion through values), and arrays/vectors only of such types.
  func isSizedField(_ t: TypeID, visiting: TypeID) -> Bool {
    if t.raw >= TypeID.ptr.raw && t.raw <= TypeID.i128.raw { return true }
    switch kindOf(t) {
    case .void, .label, .metadata, .function, .token: return false
    case .structure: return t != visiting
    case .array, .vector: return isSizedField(elementOf(t), visiting: visiting)
    default: return true
    }
  }
  /// Scalar element type and lane count (0 for scalars).
  @inline(__always) func scalarOf(_ t: TypeID) -> (TypeID, UInt64) {
    let n = nodes[Int(t.raw)]
    if n.kind == .vector { return (TypeID(raw: n.a), n.count) }
    return (t, 0)
  }
}
