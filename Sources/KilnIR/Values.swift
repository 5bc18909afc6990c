// Operands of the typed IR. A `Value` is 32 bits: a 3-bit tag saying where the value lives and a
// 29-bit index. Instruction results and arguments index the current function; constants,
// globals, functions, aliases and metadata index the module. Constants are interned in one
// module-wide `ConstantTable` (so `i32 0` is stored once), with side arrays for their payloads.

import KilnSupport

public struct Value: Hashable, Sendable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }

  public enum Tag: UInt32, Sendable {
    case inst = 0, argument, constant, global, function, alias, block, metadata
  }
  @inline(__always) public init(_ tag: Tag, _ index: Int) {
    raw = (tag.rawValue << 29) | UInt32(truncatingIfNeeded: index)
  }
  @inline(__always) public var tag: Tag { Tag(rawValue: raw >> 29)! }
  @inline(__always) public var index: Int { Int(raw & 0x1FFF_FFFF) }

  public static func inst(_ i: InstID) -> Value { Value(.inst, Int(i.raw)) }
  public static func argument(_ i: Int) -> Value { Value(.argument, i) }
  public static func constant(_ c: ConstID) -> Value { Value(.constant, Int(c.raw)) }
  public static func global(_ g: Int) -> Value { Value(.global, g) }
  public static func function(_ f: Int) -> Value { Value(.function, f) }
  public static func alias(_ a: Int) -> Value { Value(.alias, a) }
  public static func block(_ b: BlockID) -> Value { Value(.block, Int(b.raw)) }
  public static func metadata(_ m: Int) -> Value { Value(.metadata, m) }
}

public struct ConstID: Hashable, Sendable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
}

public enum ConstKind: UInt8, Sendable {
  case int            // words[start ..< start+count], little-endian 64-bit words, zero-extended
  case float          // words[start ..< start+count]: float/double as IEEE double bits (1 word), x86_fp80 as
                      // 80 bits (2 words, low word first), fp128 as 128 bits (2 words); float is stored
                      // as the double value LLVM's text writes, narrowed by the consumer
  case null           // `null` pointer
  case undef
  case poison
  case zero           // `zeroinitializer`
  case aggregate      // array, struct or vector: elements are `elems[start ..< start+count]` (Values)
  case string         // `c"…"`: bytes[start ..< start+count] (an array of i8)
  case expr           // constant expression: `opcode` + operands `elems[start ..< start+count]`
  case data           // an array or struct whose leaves, at any nesting, are all integers of 8, 16,
                      // 32 or 64 bits (`TypeTable.intLeafBytes`), stored compactly: each leaf's
                      // value, little-endian in its own width, in order with no padding, in
                      // bytes[start ..< start+count]. A nested array or struct whose bytes are
                      // all zero stands for `zeroinitializer` (the parser makes this form only
                      // from clang's text, which never spells out an all-zero aggregate).
}

/// One constant. For `.expr`, `opcode` is the instruction's opcode, `flags` its flags
/// (inbounds, nuw, nsw), `aux` the GEP source element type or the cast's source type.
public struct ConstNode: Sendable {
  public var kind: ConstKind
  public var opcode: Opcode = .unreachable
  public var flags: UInt16 = 0
  public var type: TypeID
  public var aux: TypeID = .void
  public var start: UInt32 = 0
  public var count: UInt32 = 0
}

public struct ConstantTable: Sendable {
  public private(set) var nodes: [ConstNode] = []
  public private(set) var words: [UInt64] = []
  public private(set) var elems: [Value] = []
  public private(set) var bytes: [UInt8] = []
  // Interned integers by (value, type) and null/undef/poison/zero by (kind, type); IDMap, not
  // Dictionary (see KilnSupport/IDMap.swift).
  private var smallInts = IDMap(capacity: 16)
  private var smallIntsRoom = 16    // entries `smallInts` was last sized for (see `reserve`)
  private var simple = IDMap(capacity: 16)

  public init() {}

  public subscript(_ c: ConstID) -> ConstNode { nodes[Int(c.raw)] }

  /// Makes room for about `n` more constants, `e` more elements, `ints` more interned
  /// integers and `b` more string/data bytes (a sizing hint from the parser, so that the tables
  /// do not regrow one doubling at a time; it changes no ID or result).
  public mutating func reserve(nodes n: Int, elems e: Int, ints: Int, bytes b: Int = 0) {
    nodes.reserveCapacity(nodes.count + n)
    elems.reserveCapacity(elems.count + e)
    if b > 0 { bytes.reserveCapacity(bytes.count + b) }
    if ints > 0 && smallInts.count + ints > smallIntsRoom {
      // Rebuilt from the nodes: exactly the one-word integers are interned (see `int`).
      smallIntsRoom = smallInts.count + ints
      var m = IDMap(capacity: smallIntsRoom)
      for (i, node) in nodes.enumerated() where node.kind == .int && node.count == 1 {
        m.insert(words[Int(node.start)], node.type.raw, UInt32(i))
      }
      smallInts = m
    }
  }

  private mutating func add(_ n: ConstNode) -> ConstID {
    let id = ConstID(raw: UInt32(nodes.count)); nodes.append(n); return id
  }

  /// An integer that fits 64 bits (already truncated to the type's width by the caller).
  /// (Looked up and, when new, entered under the ID it gets next, in one probe.)
  public mutating func int(_ type: TypeID, _ value: UInt64) -> ConstID {
    let next = UInt32(nodes.count)
    let c = smallInts.getOrInsert(value, type.raw, next)
    if c != next { return ConstID(raw: c) }  // (an older one: every stored ID is below `next`)
    _ = add(ConstNode(kind: .int, type: type, start: UInt32(words.count), count: 1))
    words.append(value)
    return ConstID(raw: next)
  }
  /// A wide integer: little-endian 64-bit words (not interned).
  public mutating func int(_ type: TypeID, words w: [UInt64]) -> ConstID {
    if w.count == 1 { return int(type, w[0]) }
    let c = add(ConstNode(kind: .int, type: type, start: UInt32(words.count), count: UInt32(w.count)))
    words.append(contentsOf: w)
    return c
  }
  public mutating func float(_ type: TypeID, bits: [UInt64]) -> ConstID {
    let c = add(ConstNode(kind: .float, type: type, start: UInt32(words.count), count: UInt32(bits.count)))
    words.append(contentsOf: bits)
    return c
  }
  private mutating func simpleConst(_ kind: ConstKind, _ type: TypeID) -> ConstID {
    if let c = simple.get(UInt64(kind.rawValue), type.raw) { return ConstID(raw: c) }
    let c = add(ConstNode(kind: kind, type: type))
    simple.insert(UInt64(kind.rawValue), type.raw, c.raw)
    return c
  }
  public mutating func null(_ type: TypeID = .ptr) -> ConstID { simpleConst(.null, type) }
  public mutating func undef(_ type: TypeID) -> ConstID { simpleConst(.undef, type) }
  public mutating func poison(_ type: TypeID) -> ConstID { simpleConst(.poison, type) }
  public mutating func zero(_ type: TypeID) -> ConstID { simpleConst(.zero, type) }
  public mutating func aggregate(_ type: TypeID, _ elements: [Value]) -> ConstID {
    let c = add(ConstNode(kind: .aggregate, type: type, start: UInt32(elems.count), count: UInt32(elements.count)))
    elems.append(contentsOf: elements)
    return c
  }
  /// `aggregate` from a buffer (the parser's scratch stack), without building an array.
  public mutating func aggregate(_ type: TypeID, _ elements: UnsafeBufferPointer<Value>) -> ConstID {
    let c = add(ConstNode(kind: .aggregate, type: type, start: UInt32(elems.count), count: UInt32(elements.count)))
    elems.append(contentsOf: elements)
    return c
  }
  public mutating func string(_ type: TypeID, _ data: [UInt8]) -> ConstID {
    let c = add(ConstNode(kind: .string, type: type, start: UInt32(bytes.count), count: UInt32(data.count)))
    bytes.append(contentsOf: data)
    return c
  }
  public mutating func string(_ type: TypeID, _ data: UnsafeBufferPointer<UInt8>) -> ConstID {
    let c = add(ConstNode(kind: .string, type: type, start: UInt32(bytes.count), count: UInt32(data.count)))
    bytes.append(contentsOf: data)
    return c
  }
  /// A `.data` constant of type `type` from its packed leaf bytes (see `ConstKind.data`).
  public mutating func data(_ type: TypeID, _ leafBytes: UnsafeBufferPointer<UInt8>) -> ConstID {
    let c = add(ConstNode(kind: .data, type: type, start: UInt32(bytes.count), count: UInt32(leafBytes.count)))
    bytes.append(contentsOf: leafBytes)
    return c
  }
  public mutating func expr(_ opcode: Opcode, type: TypeID, aux: TypeID = .void, flags: UInt16 = 0,
                            operands: [Value]) -> ConstID {
    let c = add(ConstNode(kind: .expr, opcode: opcode, flags: flags, type: type, aux: aux,
                          start: UInt32(elems.count), count: UInt32(operands.count)))
    elems.append(contentsOf: operands)
    return c
  }

  /// `expr` with the operands in a buffer, without building an array.
  public mutating func expr(_ opcode: Opcode, type: TypeID, aux: TypeID = .void, flags: UInt16 = 0,
                            operands: UnsafeBufferPointer<Value>) -> ConstID {
    let c = add(ConstNode(kind: .expr, opcode: opcode, flags: flags, type: type, aux: aux,
                          start: UInt32(elems.count), count: UInt32(operands.count)))
    elems.append(contentsOf: operands)
    return c
  }

  /// Appends the constants `src.nodes[from...]`, where `src` is a copy of a table that had
  /// `from` nodes, `elemsFrom` elements and `bytesFrom` bytes, extended since (a parallel
  /// parse's worker table): each as the call that made it in `src` (`int`, `float`, `null`, …,
  /// `aggregate`, `string`, `data`, `expr`) would add it here, so the IDs are those that
  /// re-adding them one by one would give. Types from `typeBase` on are renumbered by
  /// `typeMap` (indexed by type minus `typeBase`); elements that are appended constants get
  /// their new IDs, metadata elements their index through `metadata`, and the rest (older
  /// constants, globals, functions, aliases) stay. Aggregates', expressions' and strings'
  /// contents are copied in bulk (they are not interned: each node's elements or bytes follow
  /// the previous one's in both tables). Returns the IDs here of `src`'s nodes from `from` on,
  /// in order; nil (nothing usable added) if `src` is not laid out so.
  public mutating func append(_ src: ConstantTable, from: Int, elemsFrom: Int, bytesFrom: Int, typeBase: Int,
                              typeMap: UnsafeBufferPointer<UInt32>, metadata: (Int) -> Int) -> [UInt32]? {
    let count = src.nodes.count - from
    guard count >= 0, src.elems.count >= elemsFrom, src.bytes.count >= bytesFrom else { return nil }
    @inline(__always) func type(_ t: TypeID) -> TypeID {
      Int(t.raw) < typeBase ? t : TypeID(raw: typeMap[Int(t.raw) &- typeBase])
    }
    nodes.reserveCapacity(nodes.count + count)
    let elemShift = elems.count - elemsFrom, byteShift = bytes.count - bytesFrom
    var nextElem = elemsFrom, nextByte = bytesFrom  // where `src`'s next node's contents must start
    var ok = true
    let ids = [UInt32](unsafeUninitializedCapacity: count) { out, made in
      src.nodes.withUnsafeBufferPointer { sn in
        for k in 0 ..< count {
          var n = sn[from &+ k]
          let t = type(n.type)
          let s = Int(n.start), e = s &+ Int(n.count)
          let c: ConstID
          switch n.kind {
          case .int: c = n.count == 1 ? int(t, src.words[s]) : int(t, words: Array(src.words[s ..< e]))
          case .float: c = float(t, bits: Array(src.words[s ..< e]))
          case .null, .undef, .poison, .zero: c = simpleConst(n.kind, t)
          case .aggregate, .expr:
            guard s == nextElem else { ok = false; return }
            nextElem = e
            n.type = t
            if n.kind == .expr { n.aux = type(n.aux) }
            n.start = UInt32(truncatingIfNeeded: s &+ elemShift)
            c = add(n)
          case .string, .data:
            guard s == nextByte else { ok = false; return }
            nextByte = e
            n.type = t
            n.start = UInt32(truncatingIfNeeded: s &+ byteShift)
            c = add(n)
          }
          out.initializeElement(at: k, to: c.raw)
          made = k &+ 1
        }
      }
    }
    guard ok, nextElem == src.elems.count, nextByte == src.bytes.count else { return nil }
    bytes.append(contentsOf: src.bytes[bytesFrom...])
    let e0 = elems.count
    elems.append(contentsOf: src.elems[elemsFrom...])
    elems.withUnsafeMutableBufferPointer { es in
      ids.withUnsafeBufferPointer { map in
        for j in e0 ..< es.count {
          let v = es[j]
          switch v.tag {
          case .constant: if v.index >= from { es[j] = Value(.constant, Int(map[v.index &- from])) }
          case .metadata: es[j] = Value(.metadata, metadata(v.index))
          default: break
          }
        }
      }
    }
    return ids
  }

  /// The aggregate/expression elements as a mutable buffer, for rewriting them in place (the
  /// parser resolves forward references to globals this way once the whole module is read; a
  /// loop in the caller, not a closure call per element).
  public mutating func withMutableElements<R>(_ body: (UnsafeMutableBufferPointer<Value>) -> R) -> R {
    elems.withUnsafeMutableBufferPointer { body($0) }
  }

  public func words(_ c: ConstID) -> ArraySlice<UInt64> {
    let n = self[c]; return words[Int(n.start)..<Int(n.start + n.count)]
  }
  public func elements(_ c: ConstID) -> ArraySlice<Value> {
    let n = self[c]; return elems[Int(n.start)..<Int(n.start + n.count)]
  }
  /// A leaf of a `.data` constant: the `width` bytes from `bytes[offset]` on (those inside the
  /// table), little-endian.
  public func dataLeaf(at offset: Int, width: Int) -> UInt64 {
    var v: UInt64 = 0
    for k in 0..<width where offset + k < bytes.count { v |= UInt64(bytes[offset + k]) << UInt64(8 * k) }
    return v
  }
  /// Whether the `.data` leaf bytes `bytes[offset ..< offset + count]` are all zero (false when
  /// they run past the table).
  public func dataIsZero(at offset: Int, count: Int) -> Bool {
    offset + count <= bytes.count && !bytes[offset ..< offset + count].contains { $0 != 0 }
  }
  /// The bytes of a `.string` or `.data` constant.
  public func stringBytes(_ c: ConstID) -> ArraySlice<UInt8> {
    let n = self[c]; return bytes[Int(n.start)..<Int(n.start + n.count)]
  }
}
