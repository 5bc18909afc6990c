// CodeBuffer: the byte sink every native backend encodes into. It holds the section bytes, labels
// (positions inside this buffer, bound once), label uses (fixup fields patched at `finish()`), and
// neutral `Relocation`s against object symbols (left for the object writer).
//
// Invariants:
// - `storage` may be longer than the code (slack for fast appends); `used` is the code's length.
// - Bytes are little-endian; offsets are byte offsets from the start of the buffer (< 4 GiB).
// - A label is bound at most once; a use may precede or follow the bind. Every use is patched at
//   `finish()`, which reports (never traps on) unbound labels and out-of-range displacements.
// - Fixup kinds are a plain enum (`LabelUseKind`) that knows each field's size, PC bias, range and
//   bit layout, for x86_64 (rel8, rel32) and AArch64 (imm19 / imm26 / imm14 branches, ADR imm21).
//   No existentials: the kind is one byte and patching is a switch.
// - Branch relaxation is NOT done here: a backend that wants rel8 picks it itself when the label is
//   already bound and in range (the x86_64 encoder does so for backward jumps) and otherwise uses
//   the long form, so forward jumps are always rel32.

/// A position in a `CodeBuffer`, created by `newLabel()` and placed by `bind(_:)`.
public struct Label: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public static func < (a: Label, b: Label) -> Bool { a.raw < b.raw }
}

/// How a label use is encoded. `value` = target - (fieldOffset + pcBias) + addend, in bytes.
public enum LabelUseKind: UInt8, Sendable {
  /// x86: signed 8-bit displacement from the end of the 1-byte field.
  case x86Rel8
  /// x86: signed 32-bit displacement from the end of the 4-byte field (callers fold trailing
  /// immediate bytes into the addend, e.g. -1 for `cmpb $1, label(%rip)`).
  case x86Rel32
  /// AArch64 B.cond / CBZ / CBNZ / LDR literal: imm19 (words) at bits 5..23 of the instruction.
  case aarch64Branch19
  /// AArch64 B / BL: imm26 (words) at bits 0..25.
  case aarch64Branch26
  /// AArch64 TBZ / TBNZ: imm14 (words) at bits 5..18.
  case aarch64Branch14
  /// AArch64 ADR: 21-bit byte offset, immlo at bits 29..30 and immhi at bits 5..23.
  case aarch64Adr21

  /// Size in bytes of the field that is read-modified-written.
  @inlinable public var fieldSize: Int {
    switch self {
    case .x86Rel8: return 1
    default: return 4
    }
  }
  /// Distance from the field offset to the PC the displacement is relative to.
  @inlinable public var pcBias: Int64 {
    switch self {
    case .x86Rel8: return 1
    case .x86Rel32: return 4
    default: return 0  // AArch64: relative to the instruction itself
    }
  }
  /// Whether a byte displacement fits (range and alignment).
  @inlinable public func canEncode(_ delta: Int64) -> Bool {
    switch self {
    case .x86Rel8: return delta >= -128 && delta <= 127
    case .x86Rel32: return delta >= -0x8000_0000 && delta <= 0x7fff_ffff
    case .aarch64Branch19: return delta & 3 == 0 && delta >= -(1 << 20) && delta < (1 << 20)
    case .aarch64Branch26: return delta & 3 == 0 && delta >= -(1 << 27) && delta < (1 << 27)
    case .aarch64Branch14: return delta & 3 == 0 && delta >= -(1 << 15) && delta < (1 << 15)
    case .aarch64Adr21: return delta >= -(1 << 20) && delta < (1 << 20)
    }
  }
  /// Merges `delta` (already range-checked) into the existing field contents.
  @inlinable public func patch(_ field: UInt32, delta: Int64) -> UInt32 {
    let d = UInt32(truncatingIfNeeded: delta)
    switch self {
    case .x86Rel8: return d & 0xff
    case .x86Rel32: return d
    case .aarch64Branch19:
      return (field & ~(0x7ffff << 5)) | (((d >> 2) & 0x7ffff) << 5)
    case .aarch64Branch26:
      return (field & ~0x3ff_ffff) | ((d >> 2) & 0x3ff_ffff)
    case .aarch64Branch14:
      return (field & ~(0x3fff << 5)) | (((d >> 2) & 0x3fff) << 5)
    case .aarch64Adr21:
      let lo = d & 3, hi = (d >> 2) & 0x7ffff
      return (field & ~((3 << 29) | (0x7ffff << 5))) | (lo << 29) | (hi << 5)
    }
  }
}

/// One pending label use.
public struct LabelUse: Sendable, Equatable {
  public var offset: UInt32
  public var label: Label
  public var kind: LabelUseKind
  public var addend: Int32
  @inlinable public init(offset: UInt32, label: Label, kind: LabelUseKind, addend: Int32) {
    self.offset = offset; self.label = label; self.kind = kind; self.addend = addend
  }
}

/// Why `finish()` failed; the offsets name the field so a backend can say which instruction.
public enum CodeBufferError: Error, Equatable, Sendable {
  case unboundLabel(Label, useOffset: Int)
  case labelOutOfRange(Label, useOffset: Int, kind: LabelUseKind, delta: Int64)
  case labelBoundTwice(Label)
}

public struct CodeBuffer: Sendable {
  /// The first `used` bytes are the code; the rest is slack for appending without the
  /// array's per-append bookkeeping (its contents are meaningless).
  @usableFromInline var storage: [UInt8]
  @usableFromInline var used = 0
  @usableFromInline var relocs: [Relocation] = []
  @usableFromInline var uses: [LabelUse] = []
  /// The encoded bytes (label fields are final only after `finish()`).
  public var bytes: [UInt8] { storage.count == used ? storage : Array(storage[0..<used]) }
  /// Relocations against object symbols, in emission order.
  public var relocations: [Relocation] { relocs }
  /// Copies of `bytes` and `relocations` in storage of their own (for a caller that `reset`s
  /// this buffer and reuses it: handing out the shared storage would make the reuse copy it).
  public var bytesCopy: [UInt8] {
    storage.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[0 ..< used])) }
  }
  public var relocationsCopy: [Relocation] { relocs.withUnsafeBufferPointer { Array($0) } }
  /// Empties the buffer (no bytes, labels, label uses or relocations), keeping its capacity.
  public mutating func reset() {
    used = 0
    relocs.removeAll(keepingCapacity: true)
    uses.removeAll(keepingCapacity: true)
    labelOffsets.removeAll(keepingCapacity: true)
    doubleBind = nil
  }
  /// Label uses not yet patched (empty after a successful `finish()`).
  public var labelUses: [LabelUse] { uses }
  /// Bound offset per label; `unbound` until `bind`.
  @usableFromInline var labelOffsets: [UInt32] = []
  @usableFromInline static let unbound = UInt32.max
  var doubleBind: Label? = nil

  public init(capacity: Int = 4096) {
    storage = [UInt8](repeating: 0, count: max(capacity, 0))
  }

  /// Current end of the buffer (where the next byte goes).
  @inlinable public var offset: Int { used }

  // MARK: bytes

  /// Makes room for `n` more bytes after `used`.
  @inlinable @inline(__always) mutating func reserveTail(_ n: Int) {
    if used + n > storage.count { grow(n) }
  }
  @usableFromInline mutating func grow(_ n: Int) {
    storage.append(contentsOf: repeatElement(0, count: max(storage.count, n + 256)))
  }
  /// Stores `v` little-endian at `used` (room reserved) and advances by `n` ≤ 8 bytes.
  @inlinable @inline(__always) mutating func store(_ v: UInt64, advance n: Int) {
    let u = used
    storage.withUnsafeMutableBytes { $0.storeBytes(of: v.littleEndian, toByteOffset: u, as: UInt64.self) }
    used = u + n
  }

  @inlinable public mutating func put8(_ v: UInt8) { reserveTail(8); store(UInt64(v), advance: 1) }
  @inlinable public mutating func put16(_ v: UInt16) { reserveTail(8); store(UInt64(v), advance: 2) }
  @inlinable public mutating func put32(_ v: UInt32) { reserveTail(8); store(UInt64(v), advance: 4) }
  @inlinable public mutating func put64(_ v: UInt64) { reserveTail(8); store(v, advance: 8) }
  /// Appends the low `count` (≤ 16) bytes of `lo` then `hi`, little-endian (one instruction).
  @inlinable public mutating func put(_ lo: UInt64, _ hi: UInt64, count: Int) { putInlined(lo, hi, count: count) }
  /// `put(_:_:count:)`, always inlined (for an encoder's once-per-instruction append).
  @inlinable @inline(__always) public mutating func putInlined(_ lo: UInt64, _ hi: UInt64, count: Int) {
    reserveTail(16)
    let u = used
    storage.withUnsafeMutableBytes {
      $0.storeBytes(of: lo.littleEndian, toByteOffset: u, as: UInt64.self)
      $0.storeBytes(of: hi.littleEndian, toByteOffset: u + 8, as: UInt64.self)
    }
    used = u + count
  }
  @inlinable public mutating func put(_ b: some Sequence<UInt8>) { for x in b { put8(x) } }

  /// Pads with `fill` until the offset is a multiple of `alignment` (a power of two).
  public mutating func align(to alignment: Int, fill: UInt8 = 0) {
    guard alignment > 1 else { return }
    while used & (alignment - 1) != 0 { put8(fill) }
  }

  /// Reads a little-endian field of 1...4 bytes (out-of-range offsets read as 0).
  public func read32(at o: Int, size: Int = 4) -> UInt32 {
    storage.withUnsafeBytes { CodeBuffer.readField($0, at: o, size: size, used: used) }
  }
  /// Overwrites a little-endian field of 1...4 bytes inside the buffer (ignored if out of range).
  public mutating func write32(_ v: UInt32, at o: Int, size: Int = 4) {
    let n = used
    storage.withUnsafeMutableBytes { CodeBuffer.writeField(v, $0, at: o, size: size, used: n) }
  }
  /// `read32` on the storage's bytes (`used` of them are code).
  @inline(__always) static func readField(_ bytes: UnsafeRawBufferPointer, at o: Int, size: Int, used: Int) -> UInt32 {
    if size == 4 && o >= 0 && o + 4 <= used {  // (the usual case: one load)
      return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: o, as: UInt32.self))
    }
    var v: UInt32 = 0
    for i in 0..<size where o + i >= 0 && o + i < used { v |= UInt32(bytes[o + i]) << (8 * UInt32(i)) }
    return v
  }
  /// `write32` on the storage's bytes (`used` of them are code).
  @inline(__always) static func writeField(_ v: UInt32, _ bytes: UnsafeMutableRawBufferPointer, at o: Int, size: Int, used: Int) {
    guard o >= 0, o + size <= used else { return }
    if size == 4 { bytes.storeBytes(of: v.littleEndian, toByteOffset: o, as: UInt32.self); return }  // (one store)
    for i in 0..<size { bytes[o + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) }
  }

  // MARK: labels

  public mutating func newLabel() -> Label {
    labelOffsets.append(Self.unbound)
    return Label(raw: UInt32(labelOffsets.count - 1))
  }
  /// Places `label` at the current offset. Binding twice is reported by `finish()`.
  public mutating func bind(_ label: Label) {
    let i = Int(label.raw)
    guard i < labelOffsets.count else { return }
    if labelOffsets[i] != Self.unbound { doubleBind = doubleBind ?? label; return }
    labelOffsets[i] = UInt32(truncatingIfNeeded: used)
  }
  /// The bound offset of `label`, or nil if not bound (yet) or unknown.
  @inlinable public func offset(of label: Label) -> Int? { Self.offset(of: label, in: labelOffsets) }
  /// `offset(of:)` in a label table (`labelOffsets`).
  @inlinable static func offset(of label: Label, in offsets: [UInt32]) -> Int? {
    let i = Int(label.raw)
    guard i < offsets.count, offsets[i] != Self.unbound else { return nil }
    return Int(offsets[i])
  }
  public var labelCount: Int { labelOffsets.count }

  /// Records that the field at `offset` (already emitted, normally zero) refers to `label`.
  @inlinable public mutating func use(_ label: Label, kind: LabelUseKind, at offset: Int, addend: Int32 = 0) {
    uses.append(LabelUse(offset: UInt32(truncatingIfNeeded: offset), label: label, kind: kind, addend: addend))
  }

  // MARK: relocations

  /// Records a neutral relocation for the field at `offset` (default: the current offset).
  @inlinable public mutating func addRelocation(_ kind: RelocKind, symbol: ObjSymbolID, addend: Int64, at offset: Int? = nil) {
    relocs.append(Relocation(offset: UInt64(offset ?? used), kind: kind, symbol: symbol, addend: addend))
  }

  // MARK: finishing

  /// Patches every label use. On error the bytes are left partly patched; the first problem is thrown.
  public mutating func finish() throws(CodeBufferError) {
    if let l = doubleBind { throw .labelBoundTwice(l) }
    // The fields are patched in one pass over the storage (one uniqueness check in all, not one
    // per byte written; the tables are read through local copies, which the closure may use).
    let us = uses, bound = labelOffsets, n = used
    var failure: CodeBufferError? = nil
    storage.withUnsafeMutableBytes { bytes in
      for u in us {
        let at = Int(u.offset)
        guard let target = CodeBuffer.offset(of: u.label, in: bound) else { failure = .unboundLabel(u.label, useOffset: at); return }
        let delta = Int64(target) - (Int64(at) + u.kind.pcBias) + Int64(u.addend)
        guard u.kind.canEncode(delta) else {
          failure = .labelOutOfRange(u.label, useOffset: at, kind: u.kind, delta: delta); return
        }
        let size = u.kind.fieldSize
        let field = CodeBuffer.readField(UnsafeRawBufferPointer(bytes), at: at, size: size, used: n)
        CodeBuffer.writeField(u.kind.patch(field, delta: delta), bytes, at: at, size: size, used: n)
      }
    }
    if let f = failure { throw f }
    uses.removeAll(keepingCapacity: true)
    // drop the slack so `bytes` hands out the storage itself
    if storage.count > used { storage.removeLast(storage.count - used) }
  }
}
