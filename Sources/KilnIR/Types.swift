// The typed IR's type table: every type is a 32-bit `TypeID` into one interned array.
// Literal types (ints, pointers, arrays, literal structs, function types) are uniqued, so two
// equal types have equal IDs; named (identified) structs are distinct nodes that may be opaque
// until their body is set. Common types have fixed IDs (see `TypeID.void` …).

import KilnSupport

public struct TypeID: Hashable, Sendable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public static let void = TypeID(raw: 0)
  public static let label = TypeID(raw: 1)
  public static let metadata = TypeID(raw: 2)
  public static let token = TypeID(raw: 3)
  public static let ptr = TypeID(raw: 4)
  public static let float = TypeID(raw: 5)
  public static let double = TypeID(raw: 6)
  public static let x86_fp80 = TypeID(raw: 7)
  public static let fp128 = TypeID(raw: 8)
  public static let i1 = TypeID(raw: 9)
  public static let i8 = TypeID(raw: 10)
  public static let i16 = TypeID(raw: 11)
  public static let i32 = TypeID(raw: 12)
  public static let i64 = TypeID(raw: 13)
  public static let i128 = TypeID(raw: 14)

  /// The predefined integer type of `width` bits for 1, 8, 16, 32 and 64; nil otherwise.
  @inlinable public static func commonInt(_ width: UInt64) -> TypeID? {
    switch width {
    case 32: return .i32
    case 64: return .i64
    case 8: return .i8
    case 1: return .i1
    case 16: return .i16
    default: return nil
    }
  }
}

public enum TypeKind: UInt8, Sendable {
  case void, label, metadata, token
  case integer      // a = bit width (1 … 2^23)
  case float, double, x86_fp80, fp128
  case pointer      // address space 0 only (others are refused by the parser)
  case array        // a = element type, count
  case vector       // a = element type, count
  case structure    // fields in `lists[listStart ..< listStart+listCount]`; packed flag; name for identified structs
  case function     // a = return type; params in lists; varArg flag
}

public struct TypeNode: Sendable {
  public var kind: TypeKind
  public var packed: Bool = false      // structure
  public var varArg: Bool = false      // function
  public var opaque: Bool = false      // identified structure with no body (yet)
  public var a: UInt32 = 0             // int width, element type, return type
  public var count: UInt64 = 0         // array/vector element count
  public var listStart: UInt32 = 0     // struct fields / function params
  public var listCount: UInt32 = 0
  public var name: Symbol = .empty     // identified structs: `%struct.X` → "struct.X"
}


/// All types of a module. Value semantics; the parser and the builder own one each.
public struct TypeTable: Sendable {
  public private(set) var nodes: [TypeNode] = []
  public private(set) var lists: [TypeID] = []
  // Literal types by a hash of their contents (verified against `nodes`/`lists` on every hit),
  // and integer types by width (IDMap, not Dictionary: see KilnSupport/IDMap.swift).
  private var uniq = IDMap(capacity: 64)
  private var intCache = IDMap(capacity: 16)

  public init() {
    for k in [TypeKind.void, .label, .metadata, .token, .pointer, .float, .double, .x86_fp80, .fp128] {
      nodes.append(TypeNode(kind: k))
    }
    for w: UInt32 in [1, 8, 16, 32, 64, 128] { _ = int(w) }
  }

  public subscript(_ t: TypeID) -> TypeNode { nodes[Int(t.raw)] }
  public func kind(_ t: TypeID) -> TypeKind { nodes[Int(t.raw)].kind }

  // MARK: construction

  public mutating func int(_ bits: UInt32) -> TypeID {
    switch bits {
    case 1 where nodes.count > 9: return .i1
    case 8 where nodes.count > 10: return .i8
    case 16 where nodes.count > 11: return .i16
    case 32 where nodes.count > 12: return .i32
    case 64 where nodes.count > 13: return .i64
    default: break
    }
    if let t = intCache.get(UInt64(bits), 0) { return TypeID(raw: t) }
    let t = TypeID(raw: UInt32(nodes.count))
    nodes.append(TypeNode(kind: .integer, a: bits))
    intCache.insert(UInt64(bits), 0, t.raw)
    return t
  }

  private mutating func unique(_ node: TypeNode, list: [TypeID]) -> TypeID {
    let flags: UInt32 = (node.packed ? 1 : 0) | (node.varArg ? 2 : 0)
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    h = (h ^ (UInt64(node.kind.rawValue) << 8 | UInt64(flags))) &* 0x100_0000_01b3
    h = (h ^ UInt64(node.a)) &* 0x100_0000_01b3
    h = (h ^ node.count) &* 0x100_0000_01b3
    h = (h ^ UInt64(list.count)) &* 0x100_0000_01b3
    for t in list { h = (h ^ UInt64(t.raw)) &* 0x100_0000_01b3 }
    let found = uniq.probe(h, 0) { raw in
      let o = nodes[Int(raw)]
      guard o.kind == node.kind, o.packed == node.packed, o.varArg == node.varArg, o.a == node.a,
            o.count == node.count, Int(o.listCount) == list.count, !o.opaque, o.name == .empty else { return false }
      for k in 0..<list.count where lists[Int(o.listStart) + k] != list[k] { return false }
      return true
    }
    if let t = found { return TypeID(raw: t) }
    var n = node
    n.listStart = UInt32(lists.count); n.listCount = UInt32(list.count)
    lists.append(contentsOf: list)
    let t = TypeID(raw: UInt32(nodes.count))
    nodes.append(n)
    uniq.insert(h, 0, t.raw)
    return t
  }

  public mutating func array(_ element: TypeID, _ count: UInt64) -> TypeID {
    unique(TypeNode(kind: .array, a: element.raw, count: count), list: [])
  }
  public mutating func vector(_ element: TypeID, _ count: UInt64) -> TypeID {
    unique(TypeNode(kind: .vector, a: element.raw, count: count), list: [])
  }
  /// A literal (unnamed) struct type.
  public mutating func structure(_ fields: [TypeID], packed: Bool = false) -> TypeID {
    unique(TypeNode(kind: .structure, packed: packed), list: fields)
  }
  public mutating func function(_ ret: TypeID, _ params: [TypeID], varArg: Bool = false) -> TypeID {
    unique(TypeNode(kind: .function, varArg: varArg, a: ret.raw), list: params)
  }
  /// A new identified struct, opaque until `setBody`.
  public mutating func namedStruct(_ name: Symbol) -> TypeID {
    let t = TypeID(raw: UInt32(nodes.count))
    nodes.append(TypeNode(kind: .structure, opaque: true, name: name))
    return t
  }
  public mutating func setBody(_ t: TypeID, fields: [TypeID], packed: Bool) {
    var n = nodes[Int(t.raw)]
    precondition(n.kind == .structure && n.name != .empty)
    n.packed = packed; n.opaque = false
    n.listStart = UInt32(lists.count); n.listCount = UInt32(fields.count)
    lists.append(contentsOf: fields)
    nodes[Int(t.raw)] = n
  }

  // MARK: queries

  public func isInteger(_ t: TypeID) -> Bool { kind(t) == .integer }
  public func isFloatingPoint(_ t: TypeID) -> Bool {
    switch kind(t) { case .float, .double, .x86_fp80, .fp128: return true; default: return false }
  }
  public func isAggregate(_ t: TypeID) -> Bool {
    switch kind(t) { case .array, .structure: return true; default: return false }
  }
  /// Integers, floats, pointers: values that fit a register (vectors are not first-class scalars).
  public func isScalar(_ t: TypeID) -> Bool {
    switch kind(t) { case .integer, .float, .double, .x86_fp80, .fp128, .pointer: return true; default: return false }
  }
  /// Types a value may have: everything but void, label, metadata, function, opaque structs.
  public func isFirstClass(_ t: TypeID) -> Bool {
    let n = self[t]
    switch n.kind {
    case .void, .label, .metadata, .function: return false
    case .structure: return !n.opaque
    default: return true
    }
  }
  /// The size of a `.data` constant of type `t` (see `ConstKind.data`): when `t` is an array or a
  /// struct, of at least one element or field at every level, whose leaves are all integers of
  /// 8, 16, 32 or 64 bits, the bytes of those leaves packed (each as wide as its type, no
  /// padding); nil for any other type or above `limit` bytes.
  public func intLeafBytes(_ t: TypeID, limit: Int = 1 << 30) -> Int? {
    intLeafBytes(t, limit: limit, depth: 0)
  }

  private func intLeafBytes(_ t: TypeID, limit: Int, depth: Int) -> Int? {
    guard Int(t.raw) < nodes.count, depth < 64 else { return nil }  // (by value, types nest finitely)
    let n = nodes[Int(t.raw)]
    switch n.kind {
    case .integer:
      guard depth > 0 else { return nil }
      switch n.a { case 8, 16, 32, 64: return Int(n.a) / 8; default: return nil }
    case .array:
      guard n.count > 0, let e = intLeafBytes(TypeID(raw: n.a), limit: limit, depth: depth + 1),
            n.count <= UInt64(limit / e) else { return nil }
      return e * Int(n.count)
    case .structure:
      guard !n.opaque, n.listCount > 0 else { return nil }
      var total = 0
      for k in Int(n.listStart) ..< Int(n.listStart) + Int(n.listCount) {
        guard let f = intLeafBytes(lists[k], limit: limit, depth: depth + 1), f <= limit - total else { return nil }
        total += f
      }
      return total
    default: return nil
    }
  }
  public func intWidth(_ t: TypeID) -> UInt32 { let n = self[t]; precondition(n.kind == .integer); return n.a }
  public func element(_ t: TypeID) -> TypeID { TypeID(raw: self[t].a) }
  public func count(_ t: TypeID) -> UInt64 { self[t].count }
  public func fields(_ t: TypeID) -> ArraySlice<TypeID> {
    let n = self[t]; return lists[Int(n.listStart)..<Int(n.listStart + n.listCount)]
  }
  public func returnType(_ t: TypeID) -> TypeID { TypeID(raw: self[t].a) }
  public func params(_ t: TypeID) -> ArraySlice<TypeID> { fields(t) }
  public func isVarArg(_ t: TypeID) -> Bool { self[t].varArg }

  /// LLVM spelling of a type, e.g. `{ i32, ptr }`, `%struct.S`, `[4 x i8]`.
  public func describe(_ t: TypeID, names: Interner) -> String {
    let n = self[t]
    switch n.kind {
    case .void: return "void"
    case .label: return "label"
    case .metadata: return "metadata"
    case .token: return "token"
    case .integer: return "i\(n.a)"
    case .float: return "float"
    case .double: return "double"
    case .x86_fp80: return "x86_fp80"
    case .fp128: return "fp128"
    case .pointer: return "ptr"
    case .array: return "[\(n.count) x \(describe(TypeID(raw: n.a), names: names))]"
    case .vector: return "<\(n.count) x \(describe(TypeID(raw: n.a), names: names))>"
    case .structure:
      if n.name != .empty { return "%" + names.string(n.name) }
      let body = fields(t).map { describe($0, names: names) }.joined(separator: ", ")
      if body.isEmpty { return n.packed ? "<{}>" : "{}" }
      return n.packed ? "<{ \(body) }>" : "{ \(body) }"
    case .function:
      var ps = params(t).map { describe($0, names: names) }
      if n.varArg { ps.append("...") }
      return "\(describe(TypeID(raw: n.a), names: names)) (\(ps.joined(separator: ", ")))"
    }
  }
}
