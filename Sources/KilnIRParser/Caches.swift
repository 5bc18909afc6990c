// Parser-side caches that keep Swift's Hasher and per-lookup allocations out of the hot path:
// uniqued literal types (arrays, vectors, literal structs, function types) and integer constants
// up to 64 bits, each in an `IDMap` (KilnSupport): integers by their exact (bits, type) key,
// types by a hash of their spelling. Invariant: a cache entry always names a type/constant
// already uniqued in the module's tables; type entries are verified against them on every hit,
// so a hash collision can never return a wrong one. Also `Array.truncate(to:)`, which pops (or
// empties) the parser's arrays without a generic `removeSubrange` call, `Array.lengthen(to:with:)`,
// which grows its slot tables in bulk, `ScratchStack`, a stack whose pops only move its top, and
// `BodyStack`, the body's instructions and operands in memory the parser manages itself.

import KilnIR
import KilnSupport

extension Parser {
  /// Integer constant of type `t` holding `bits` (already truncated to the width, width <= 64).
  @inline(__always) mutating func cachedInt(_ t: TypeID, _ bits: UInt64) -> ConstID {
    if let c = intCache.get(bits, t.raw) { return ConstID(raw: c) }
    let c = m.constants.int(t, bits)
    intCache.insert(bits, t.raw, c.raw)
    return c
  }

  /// `[n x e]` / `<n x e>` through the cache.
  mutating func cachedArray(_ e: TypeID, _ n: UInt64, vector: Bool) -> TypeID {
    let key = (UInt64(e.raw) << 1 | (vector ? 1 : 0)) &* 0x1_0000_01B3 ^ n
    let hit = typeCache.probe(key, 0) { v in
      let node = m.types.node(TypeID(raw: v))
      return node.kind == (vector ? .vector : .array) && node.a == e.raw && node.count == n
    }
    if let v = hit { return TypeID(raw: v) }
    let t = vector ? m.types.vector(e, n) : m.types.array(e, n)
    typeCache.insert(key, 0, t.raw)
    return t
  }

  /// A literal struct or function type whose members are `typeScratch[base...]`.
  mutating func cachedList(kind: TypeKind, a: UInt32, flag: Bool, base: Int) -> TypeID {
    var key = UInt64(kind.rawValue) << 56 ^ UInt64(a) << 1 ^ (flag ? 1 : 0)
    for i in base..<typeScratch.count { key = (key ^ UInt64(typeScratch[i].raw)) &* 0x100000001B3 }
    let n = typeScratch.count - base
    let hit = typeCache.probe(key, 0) { v in
      let node = m.types.node(TypeID(raw: v))
      guard node.kind == kind && node.name == .empty && node.a == a && Int(node.listCount) == n
        && (kind == .structure ? node.packed : node.varArg) == flag else { return false }
      let s = Int(node.listStart)
      for k in 0..<n where m.types.lists[s + k] != typeScratch[base + k] { return false }
      return true
    }
    if let v = hit { return TypeID(raw: v) }
    let list = typeScratch.array(from: base)
    let t = kind == .structure ? m.types.structure(list, packed: flag)
                               : m.types.function(TypeID(raw: a), list, varArg: flag)
    typeCache.insert(key, 0, t.raw)
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

/// A stack of values over an array that never shrinks (the parser's scratch stacks for type
/// lists, aggregate constant elements and a function header's arguments): `truncate(to:)` only
/// moves the top, and later pushes overwrite the slots above it, so popping a list costs
/// nothing per element. Elements at and above `count` are stale and never read.
struct ScratchStack<T> {
  private var items: [T] = []
  private(set) var count = 0

  @inline(__always) mutating func append(_ x: T) {
    if count < items.count { items[count] = x } else { items.append(x) }
    count &+= 1
  }
  /// Pops the elements from `n` (at most `count`) on.
  @inline(__always) mutating func truncate(to n: Int) { count = n }
  /// Element `i` (below `count`).
  @inline(__always) subscript(i: Int) -> T { items[i] }
  /// Elements `base ..< count`, as an array.
  func array(from base: Int) -> [T] { Array(items[base ..< count]) }
  /// Elements `base ..< count`, in place.
  @inline(__always) func withElements<R>(from base: Int, _ body: (UnsafeBufferPointer<T>) -> R) -> R {
    items.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[base ..< count])) }
  }
}

/// A stack of trivial values (no references) for what a function body's parse appends or
/// stores per instruction or operand (`Parser.bodyInsts`, `Parser.bodyOps`,
/// `Parser.bodyNumbered`): an append or a store is a plain memory access, without the uniqueness
/// check (a runtime call) that every `Array.append` or subscript store makes. Either it writes
/// into the buffer of the array being made (`attach` … `detach`, inside
/// `Array(unsafeUninitializedCapacity:)`), so the elements end in place (past that buffer's
/// capacity it moves to memory of its own, and `take` copies them out), or it is a table in
/// memory of its own for the body's duration (`open` … `release`). Outside a body it is empty
/// with capacity 0 and owns nothing, so copies of the parser (a worker starts from one) share
/// nothing; a copy made during a body must only read.
struct BodyStack<T> {
  private(set) var base: UnsafeMutablePointer<T>
  private(set) var count = 0
  private(set) var capacity = 0
  private var owned = false  // `base` is this stack's own memory (not the attached buffer)

  init() { base = UnsafeMutablePointer(bitPattern: MemoryLayout<T>.alignment)! }  // (never read: capacity 0)

  /// Starts writing into `buf` (empty; not owned), with `initial`'s elements first.
  mutating func attach(_ buf: UnsafeMutableBufferPointer<T>, with initial: [T]) {
    base = buf.baseAddress ?? base
    capacity = buf.baseAddress == nil ? 0 : buf.count
    count = 0
    owned = false
    for x in initial { append(x) }
  }

  /// Takes memory of its own for at least `n` elements and starts with `initial`'s (the stack
  /// owns none).
  mutating func open(capacity n: Int, with initial: [T]) {
    capacity = max(n, initial.count, 16)
    base = UnsafeMutablePointer<T>.allocate(capacity: capacity)
    owned = true
    count = initial.count
    initial.withUnsafeBufferPointer { if let p = $0.baseAddress { base.initialize(from: p, count: $0.count) } }
  }

  /// Drops the elements and frees the stack's own memory: empty, owning nothing.
  mutating func release() {
    if owned { base.deinitialize(count: count); base.deallocate() }
    self = BodyStack()
  }

  /// Stops writing into the attached buffer: how many elements it holds, or 0 when they moved
  /// to the stack's own memory (then `take` returns them). Empty and owning nothing after the
  /// former.
  mutating func detach() -> Int {
    if owned { return 0 }
    let n = count
    self = BodyStack()
    return n
  }

  @inline(__always) mutating func append(_ x: T) {
    if count == capacity { grow() }
    (base + count).initialize(to: x)
    count &+= 1
  }

  @inline(never) mutating func grow() {
    let n = max(capacity * 2, 16)
    let p = UnsafeMutablePointer<T>.allocate(capacity: n)
    if count > 0 { p.moveInitialize(from: base, count: count) }
    if owned { base.deallocate() }
    base = p
    capacity = n
    owned = true
  }

  /// Element `i` (below `count`: the caller checks).
  @inline(__always) subscript(i: Int) -> T {
    get { base[i] }
    set { base[i] = newValue }
  }

  /// Pops the elements from `n` (at most `count`) on.
  @inline(__always) mutating func truncate(to n: Int) { count = n }

  /// Lengthens the stack to `n` elements (if shorter), the new ones `fill`.
  @inline(__always) mutating func lengthen(to n: Int, with fill: T) {
    if n > count { lengthenSlow(to: n, with: fill) }
  }

  @inline(never) mutating func lengthenSlow(to n: Int, with fill: T) {
    while capacity < n { grow() }
    (base + count).initialize(repeating: fill, count: n &- count)
    count = n
  }

  /// After a `detach` that returned 0: the elements, as an array; frees the memory.
  mutating func take() -> [T] {
    let a = Array(UnsafeBufferPointer(start: base, count: count))
    if owned { base.deinitialize(count: count); base.deallocate() }
    self = BodyStack()
    return a
  }
}

extension Array {
  /// Drops the elements from `n` on: a few `removeLast()`s for a short tail (the scratch
  /// stacks' usual case), `removeSubrange` (a generic call) only for a long one.
  @inline(__always) mutating func truncate(to n: Int) {
    if count &- n <= 8 {
      while count > n { removeLast() }
    } else {
      removeSubrange(n...)
    }
  }

  /// Lengthens the array to `n` elements (if shorter), the new ones `fill`: one new buffer,
  /// the old elements copied and the rest filled in bulk (for the parser's tables indexed by
  /// symbol or slot number, which double as they grow; `append(contentsOf: repeatElement(…))`
  /// goes through the generic sequence path one element at a time).
  mutating func lengthen(to n: Int, with fill: Element) {
    let old = count
    guard n > old else { return }
    self = withUnsafeBufferPointer { src in
      [Element](unsafeUninitializedCapacity: n) { buf, initialized in
        let p = buf.baseAddress!
        if old > 0 { p.initialize(from: src.baseAddress!, count: old) }
        (p + old).initialize(repeating: fill, count: n &- old)
        initialized = n
      }
    }
  }
}
