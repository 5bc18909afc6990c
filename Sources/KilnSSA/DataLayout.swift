// The target data layout, resolved for one module's type table: byte sizes, ABI alignments, struct
// field offsets and the scalar "leaves" every first-class type splits into in the SSA form.
//
// Rules (LLVM's, for the layouts clang writes for x86_64, aarch64 and wasm32):
// - iN: store size ceil(N/8); ABI alignment of the smallest integer spec >= N bits (i8:1, i16:2,
//   i32:4, i64:8, i128:16), else of the largest spec (so i160 aligns to 16); alloc size is the
//   store size rounded up to the ABI alignment (i24 → 4 bytes, i40 → 8, i136 → 32).
//   `i8:8:32` on aarch64 is a *preferred* alignment only (globals without `align`): ignored here.
// - float 4/4, double 8/8, x86_fp80 10 (store) / 16 (alloc) / 16, fp128 16/16, ptr = pointer size.
// - Arrays: count × alloc size of the element, element alignment. Vectors: element size × count,
//   aligned to that size rounded up to a power of two.
// - Structs: fields at offsets aligned to each field's ABI alignment (1 for packed structs), total
//   rounded up to the struct's alignment (the largest field's; 1 when packed).
// Leaves: integers <= 64 bits are one leaf in the smallest 8/16/32/64-bit container; wider ones
// ceil(N/64) i64 leaves, lowest first; float/double/ptr one leaf; `<2 x float>` one f64 leaf flagged
// `vec2xf32`; aggregates the concatenation of their fields' leaves with byte offsets. Types with
// more than `maxLeaves` leaves, and x86_fp80/fp128/other vectors, are marked unsupported as values
// (they still have sizes, so memory and data of those types work).
// Arrays of scalars (nested too) share their leaves: one run per (leaf, stride), as long as the
// longest such array, whose prefixes serve the shorter ones.
// Everything is computed once per module (serially) into arrays indexed by `TypeID.raw`; after
// that the layout is read-only and shared by all function lowerings.

import KilnIR
import KilnSupport

/// One scalar piece of a first-class IR type.
public struct Leaf: Sendable, Equatable {
  public var type: SType
  public var flags: UInt8
  /// Meaningful bits (integers: the piece's width; floats/pointers: the type's width).
  public var bits: UInt16
  /// Byte offset of the piece inside the value's memory image.
  public var offset: UInt32
  public static let vec2xf32: UInt8 = 1
  public static let isPointer: UInt8 = 2
  public static let isFloat: UInt8 = 4
  public init(type: SType, flags: UInt8, bits: UInt16, offset: UInt32) {
    self.type = type; self.flags = flags; self.bits = bits; self.offset = offset
  }
  /// Bytes a load or store of this piece touches.
  public var storeBytes: Int { (Int(bits) + 7) / 8 }
}

public struct DataLayout: Sendable {
  public let target: TargetDesc
  public static let maxLeaves = 1024
  /// Alloc size (what arrays and allocas use), store size, ABI alignment: per type.
  public private(set) var allocSizes: [UInt64] = []
  public private(set) var storeSizes: [UInt64] = []
  public private(set) var aligns: [UInt32] = []
  /// Field offsets of struct type t: `fieldOffsets[fieldOffsetStart[t] ...]` (see `fieldOffset`).
  private(set) var fieldOffsetStart: [UInt32] = []
  private(set) var fieldOffsets: [UInt64] = []
  /// Leaves: `leaves[leafStart[t] ..< leafStart[t] + leafCount[t]]`; leafCount == UInt32.max when
  /// the type cannot be a value in the SSA form (see `unsupportedReason`).
  public private(set) var leafStart: [UInt32] = []
  public private(set) var leafCount: [UInt32] = []
  public private(set) var leaves: [Leaf] = []

  private var state: [UInt8] = []   // 0 = not done, 1 = in progress, 2 = done
  /// While computing leaves: per type, the key of its "uniform run" (one leaf repeated at a
  /// constant stride: scalars and arrays of them, nested), or `.max`.
  private var runKey: [UInt64] = []
  /// The longest run materialized per key: (start in `leaves`, length).
  private var runs: [UInt64: (start: UInt32, count: UInt32)] = [:]

  public init(types: TypeTable, target: TargetDesc) {
    self.target = target
    let n = types.nodes.count
    allocSizes = Array(repeating: 0, count: n)
    storeSizes = Array(repeating: 0, count: n)
    aligns = Array(repeating: 1, count: n)
    fieldOffsetStart = Array(repeating: 0, count: n)
    leafStart = Array(repeating: 0, count: n)
    leafCount = Array(repeating: .max, count: n)
    state = Array(repeating: 0, count: n)
    for i in 0..<n { layout(TypeID(raw: UInt32(i)), types) }
    runKey = Array(repeating: .max, count: n)
    // Room for all leaves up front (growing by doubling copies everything written so far): a
    // type adds at most its own leaves (or a new run as long), no more than its alloc size in
    // bytes (leaves are disjoint pieces of at least a byte) nor than `maxLeaves`. Room left
    // unused is never touched.
    var room = 0
    for i in 0..<n { room += Int(min(allocSizes[i], UInt64(DataLayout.maxLeaves))) }
    leaves.reserveCapacity(room)
    // (`appendCopies`' staging room: a copy it makes has at most `maxLeaves` leaves)
    let chunk = UnsafeMutablePointer<Leaf>.allocate(capacity: DataLayout.maxLeaves)
    for i in 0..<n { computeLeaves(TypeID(raw: UInt32(i)), types, chunk) }
    chunk.deallocate()
    state = []
    runKey = []
    runs = [:]
  }

  // MARK: queries

  @inline(__always) public func allocSize(_ t: TypeID) -> UInt64 { allocSizes[Int(t.raw)] }
  @inline(__always) public func storeSize(_ t: TypeID) -> UInt64 { storeSizes[Int(t.raw)] }
  @inline(__always) public func abiAlign(_ t: TypeID) -> UInt32 { aligns[Int(t.raw)] }
  /// Byte offset of field `k` of struct type `t`.
  @inline(__always) public func fieldOffset(_ t: TypeID, _ k: Int) -> UInt64 {
    fieldOffsets[Int(fieldOffsetStart[Int(t.raw)]) + k]
  }
  @inline(__always) public func hasLeaves(_ t: TypeID) -> Bool { leafCount[Int(t.raw)] != .max }
  @inline(__always) public func leafRange(_ t: TypeID) -> Range<Int> {
    let s = Int(leafStart[Int(t.raw)])
    let c = leafCount[Int(t.raw)]
    return c == .max ? s..<s : s..<(s + Int(c))
  }
  /// The SSA container for an integer of `bits` bits (<= 64).
  @inline(__always) public static func container(_ bits: UInt32) -> SType {
    bits <= 8 ? .i8 : bits <= 16 ? .i16 : bits <= 32 ? .i32 : .i64
  }
  /// Index of the first leaf of field path `indices` inside aggregate `t`, and the path's type.
  public func leafOffset(_ t: TypeID, _ k: UInt64, _ types: TypeTable) -> (Int, TypeID)? {
    let n = types[t]
    switch n.kind {
    case .structure:
      let fs = types.fields(t)
      guard k < UInt64(fs.count) else { return nil }
      var off = 0
      var i = fs.startIndex
      for _ in 0..<Int(k) { off += Int(leafCount[Int(fs[i].raw)]); i += 1 }
      return (off, fs[i])
    case .array:
      guard k < n.count else { return nil }
      let e = TypeID(raw: n.a)
      return (Int(k) * Int(leafCount[Int(e.raw)]), e)
    default: return nil
    }
  }

  /// Why a type cannot be an SSA value, for `unsupported: …` messages.
  public func unsupportedReason(_ t: TypeID, _ types: TypeTable, names: Interner) -> String {
    switch types.kind(t) {
    case .x86_fp80: return "x86_fp80 type"
    case .fp128: return "fp128 type"
    case .vector: return "vector type \(types.describe(t, names: names))"
    case .integer: return "integer type \(types.describe(t, names: names)) (wider than 256 bits)"
    case .array, .structure:
      // Name the first unsupported part, else the size.
      if types.kind(t) == .array {
        let e = types.element(t)
        if !hasLeaves(e) { return unsupportedReason(e, types, names: names) }
      } else {
        for f in types.fields(t) where !hasLeaves(f) { return unsupportedReason(f, types, names: names) }
      }
      return "aggregate value of type \(types.describe(t, names: names)) with more than \(DataLayout.maxLeaves) scalars"
    default: return "value of type \(types.describe(t, names: names))"
    }
  }

  // MARK: computation

  @inline(__always) static func alignTo(_ x: UInt64, _ a: UInt64) -> UInt64 {
    a <= 1 ? x : (x &+ a &- 1) / a &* a
  }

  func intAlign(_ bits: UInt32) -> UInt32 { DataLayout.intAlign(bits, target: target) }

  static func intAlign(_ bits: UInt32, target: TargetDesc) -> UInt32 {
    if bits <= 8 { return 1 }
    if bits <= 16 { return 2 }
    if bits <= 32 { return 4 }
    if bits <= 64 { return UInt32(target.i64Align) }
    return UInt32(target.i128Align)
  }

  private mutating func layout(_ t: TypeID, _ types: TypeTable) {
    let i = Int(t.raw)
    if state[i] != 0 { return }   // done, or a (malformed) recursive type: leave size 0
    state[i] = 1
    let n = types[t]
    var size: UInt64 = 0, store: UInt64 = 0, align: UInt32 = 1
    switch n.kind {
    case .void, .label, .metadata, .token, .function: break
    case .integer:
      store = (UInt64(n.a) + 7) / 8
      align = intAlign(n.a)
      size = DataLayout.alignTo(store, UInt64(align))
    case .float: store = 4; size = 4; align = 4
    case .double: store = 8; size = 8; align = UInt32(target.i64Align)
    case .x86_fp80: store = 10; size = 16; align = 16
    case .fp128: store = 16; size = 16; align = 16
    case .pointer: store = UInt64(target.pointerBytes); size = store; align = UInt32(target.pointerBytes)
    case .array:
      let e = TypeID(raw: n.a)
      layout(e, types)
      size = allocSizes[Int(e.raw)].multipliedReportingOverflow(by: n.count).partialValue
      store = size
      align = aligns[Int(e.raw)]
    case .vector:
      let e = TypeID(raw: n.a)
      layout(e, types)
      let bits = UInt64(types.kind(e) == .integer ? types[e].a : UInt32(storeSizes[Int(e.raw)] * 8)) &* n.count
      store = (bits + 7) / 8
      var a: UInt64 = 1
      while a < store && a < 1 << 20 { a <<= 1 }
      align = UInt32(a)
      size = DataLayout.alignTo(store, a)
    case .structure:
      fieldOffsetStart[i] = UInt32(fieldOffsets.count)
      if n.opaque { break }
      let fs = types.fields(t)
      let base = fieldOffsets.count
      fieldOffsets.append(contentsOf: repeatElement(0, count: fs.count))
      var off: UInt64 = 0
      var k = 0
      for f in fs {
        layout(f, types)
        let fa = n.packed ? 1 : UInt64(aligns[Int(f.raw)])
        off = DataLayout.alignTo(off, fa)
        fieldOffsets[base + k] = off
        off &+= allocSizes[Int(f.raw)]
        if !n.packed { align = max(align, aligns[Int(f.raw)]) }
        k += 1
      }
      size = DataLayout.alignTo(off, UInt64(align))
      store = size
    }
    allocSizes[i] = size; storeSizes[i] = store; aligns[i] = align
    state[i] = 2
  }

  private mutating func computeLeaves(_ t: TypeID, _ types: TypeTable, _ chunk: UnsafeMutablePointer<Leaf>) {
    let i = Int(t.raw)
    if state[i] == 3 || state[i] == 4 { return }
    state[i] = 4   // in progress
    let n = types[t]
    let start = UInt32(leaves.count)
    var ok = true
    let ptr = target.pointerType
    switch n.kind {
    case .integer:
      if n.a > 256 || n.a == 0 { ok = false; break }
      if n.a <= 64 {
        leaves.append(Leaf(type: DataLayout.container(n.a), flags: 0, bits: UInt16(n.a), offset: 0))
      } else {
        var rem = n.a, off: UInt32 = 0
        while rem > 0 {
          let b = min(rem, 64)
          leaves.append(Leaf(type: .i64, flags: 0, bits: UInt16(b), offset: off))
          rem -= b; off += 8
        }
      }
    case .float: leaves.append(Leaf(type: .f32, flags: Leaf.isFloat, bits: 32, offset: 0))
    case .double: leaves.append(Leaf(type: .f64, flags: Leaf.isFloat, bits: 64, offset: 0))
    case .pointer: leaves.append(Leaf(type: ptr, flags: Leaf.isPointer, bits: UInt16(ptr.bits), offset: 0))
    case .vector:
      if n.count == 2 && types.kind(TypeID(raw: n.a)) == .float {
        leaves.append(Leaf(type: .f64, flags: Leaf.vec2xf32 | Leaf.isFloat, bits: 64, offset: 0))
      } else { ok = false }
    case .array:
      let e = TypeID(raw: n.a)
      computeLeaves(e, types, chunk)
      let ec = leafCount[Int(e.raw)]
      if ec == .max || UInt64(ec) &* n.count > UInt64(DataLayout.maxLeaves) { ok = false; break }
      // An array of a uniform run whose elements are back to back is a longer run of the same
      // leaf: it shares the leaves of the longest such run (their offsets are k × stride).
      let ek = runKey[Int(e.raw)]
      if ek != .max && ec > 0 && allocSizes[Int(e.raw)] == UInt64(ec) &* (ek & 0xffff_ffff) {
        let total = ec * UInt32(n.count)
        runKey[i] = ek
        leafCount[i] = total
        leafStart[i] = run(ek, count: total, leaf: leaves[Int(leafStart[Int(e.raw)])])
        state[i] = 3
        return
      }
      appendCopies(of: Int(leafStart[Int(e.raw)]), count: Int(ec), times: Int(n.count), base: 0,
                   stride: allocSizes[Int(e.raw)], via: chunk)
    case .structure:
      if n.opaque { ok = false; break }
      var k = 0
      for f in types.fields(t) {
        computeLeaves(f, types, chunk)
        let fc = leafCount[Int(f.raw)]
        if fc == .max || leaves.count - Int(start) + Int(fc) > DataLayout.maxLeaves { ok = false; break }
        appendCopies(of: Int(leafStart[Int(f.raw)]), count: Int(fc), times: 1,
                     base: UInt32(truncatingIfNeeded: fieldOffset(t, k)), stride: 0, via: chunk)
        k += 1
      }
    default: ok = false
    }
    if ok {
      leafStart[i] = start
      leafCount[i] = UInt32(leaves.count) - start
      // a single leaf at offset 0 starts a run with the type's size as stride
      if leafCount[i] == 1 && allocSizes[i] > 0 && allocSizes[i] < 1 << 32 {
        let l = leaves[Int(start)]
        if l.offset == 0 {
          let key = UInt64(l.type.rawValue) << 56 | UInt64(l.flags) << 48 | UInt64(l.bits) << 32 | allocSizes[i]
          runKey[i] = key
          if runs[key] == nil { runs[key] = (start, 1) }
        }
      }
    } else {
      leaves.removeSubrange(Int(start)...)
      leafStart[i] = start
      leafCount[i] = .max
    }
    state[i] = 3
  }

  /// Appends `times` copies of the `count` leaves at `src` (at most `maxLeaves` in all), copy k
  /// with its offsets moved by `base + k × stride` bytes. The copies are staged in `chunk`, then
  /// appended in one block copy (an `append` per leaf checks the capacity and stores the count
  /// every time).
  private mutating func appendCopies(of src: Int, count: Int, times: Int, base: UInt32, stride: UInt64,
                                     via chunk: UnsafeMutablePointer<Leaf>) {
    let total = count &* times
    guard total > 0 else { return }
    precondition(total <= DataLayout.maxLeaves)
    leaves.withUnsafeBufferPointer { from in
      var d = chunk
      for k in 0..<times {
        let delta = base &+ UInt32(truncatingIfNeeded: UInt64(k) &* stride)
        for j in 0..<count {
          var l = from[src &+ j]
          l.offset &+= delta
          d.initialize(to: l)
          d += 1
        }
      }
    }
    leaves.append(contentsOf: UnsafeBufferPointer(start: chunk, count: total))
  }

  /// The start of `count` leaves `first` (at offset 0), then copies at offsets k × stride, for run
  /// `key`: the longest run so far when it is long enough, else a new, longer one.
  private mutating func run(_ key: UInt64, count: UInt32, leaf first: Leaf) -> UInt32 {
    if let r = runs[key], r.count >= count { return r.start }
    let stride = key & 0xffff_ffff
    let start = UInt32(leaves.count)
    for k in 0..<UInt64(count) {
      var l = first
      l.offset = UInt32(truncatingIfNeeded: k &* stride)
      leaves.append(l)
    }
    runs[key] = (start, count)
    return start
  }

  // MARK: checking a module's `target datalayout`

  /// Checks the module's data layout string against the target: endianness, pointer size and
  /// alignment, and the integer alignments the string gives. Nil when they agree, else a message.
  public static func mismatch(_ layout: String, target: TargetDesc) -> String? {
    // Scanned as UTF-8 bytes: String/Substring splitting cost ~130k instructions here, a few
    // percent of compiling a small file.
    var bigEndian = false
    var ptrBits = 64, ptrAlign = 64
    var text = layout
    var intProblem: (w: Int, a: Int, expect: Int)? = nil
    text.withUTF8 { u in
      forEachSpec(u) { head, f1, f2 in
        guard let c = head.first else { return }
        switch c {
        case UInt8(ascii: "e") where head.count == 1: bigEndian = false
        case UInt8(ascii: "E") where head.count == 1: bigEndian = true
        case UInt8(ascii: "p"):
          // Address space 0 only: `p` or `p0`.
          if !(head.count == 1 || (head.count == 2 && head[head.startIndex + 1] == UInt8(ascii: "0"))) { return }
          if let f1, let b = decimal(f1) { ptrBits = b; ptrAlign = b }
          if let f2, let a = decimal(f2) { ptrAlign = a }
        case UInt8(ascii: "i"):
          // The first integer alignment that disagrees (checked after endianness and pointers).
          guard intProblem == nil, let w = decimal(head.dropFirst()), let f1, let a = decimal(f1),
                w > 0 && w <= 1 << 16 else { return }
          let expect = Int(DataLayout.intAlign(UInt32(w), target: target)) * 8
          // i1 is laid out as a byte; LLVM writes `i1:8`.
          if w == 1 && a == 8 { return }
          if a != expect { intProblem = (w, a, expect) }
        default: return
        }
      }
    }
    let tname = target.triple
    if bigEndian { return "data layout '\(layout)' does not match target '\(tname)' (big-endian)" }
    if ptrBits != target.pointerBytes * 8 || ptrAlign != target.pointerBytes * 8 {
      return "data layout '\(layout)' does not match target '\(tname)' (\(ptrBits)-bit pointers, expected \(target.pointerBytes * 8))"
    }
    if let (w, a, expect) = intProblem {
      return "data layout '\(layout)' does not match target '\(tname)' (i\(w) aligned to \(a) bits, expected \(expect))"
    }
    return nil
  }

  /// Calls `body` with each non-empty '-'-separated spec of a data layout string, split at ':'
  /// into its head and next two fields (nil when absent).
  private static func forEachSpec(_ u: UnsafeBufferPointer<UInt8>,
                                  _ body: (Slice<UnsafeBufferPointer<UInt8>>, Slice<UnsafeBufferPointer<UInt8>>?, Slice<UnsafeBufferPointer<UInt8>>?) -> Void) {
    let dash = UInt8(ascii: "-"), colon = UInt8(ascii: ":")
    var i = 0
    while i < u.count {
      var end = i
      while end < u.count && u[end] != dash { end += 1 }
      if end > i {
        // Up to three ':'-separated fields of u[i..<end].
        var fields: (Int, Int, Int, Int) = (end, end, end, end)   // ends of fields 0...2, count
        var n = 1, j = i
        while j < end && n <= 3 {
          if u[j] == colon {
            if n == 1 { fields.0 = j } else if n == 2 { fields.1 = j } else { fields.2 = j }
            n += 1
          }
          j += 1
        }
        let e0 = fields.0
        let f1 = n >= 2 ? u[(e0 + 1)..<(n >= 3 ? fields.1 : end)] : nil
        let f2 = n >= 3 ? u[(fields.1 + 1)..<(n >= 4 ? fields.2 : end)] : nil
        body(u[i..<e0], f1, f2)
      }
      i = end + 1
    }
  }

  /// `Int(text)` for ASCII bytes: an optional sign, then decimal digits; nil if empty, not a
  /// number, or out of range.
  private static func decimal(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
    var k = s.startIndex
    var negative = false
    if k < s.endIndex && (s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "-")) { negative = s[k] == UInt8(ascii: "-"); k += 1 }
    guard k < s.endIndex else { return nil }
    var v = 0
    while k < s.endIndex {
      let d = Int(s[k]) - 48
      guard d >= 0 && d <= 9 else { return nil }
      let (m, o1) = v.multipliedReportingOverflow(by: 10)
      let (r, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
      if o1 || o2 { return nil }
      v = r
      k += 1
    }
    return v
  }
}
