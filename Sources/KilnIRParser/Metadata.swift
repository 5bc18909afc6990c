// Metadata: numbered nodes `!N = [distinct] !{…}` / `!DIxxx(field: value, …)`, named metadata
// `!name = !{…}`, references `!N` (which may come before their definition), inline nodes, and
// metadata operands of calls and debug records. Every node lives in `Module.metadata.nodes`;
// `!N` gets its node index at first mention (a placeholder filled in by the definition), so
// references never need patching. Fields of a node are collected on `mdScratch` (nested nodes
// finish first) and copied to `metadata.fields` as one contiguous range.

import KilnIR
import KilnSupport

extension Parser {
  mutating func newMDNode() -> UInt32 {
    m.metadata.nodes.append(MDNode(kind: .empty))
    return UInt32(m.metadata.nodes.count - 1)
  }

  /// The node index of slot `!n`, allocating a placeholder at first use. A slot already in use
  /// is returned here, inline: no check below can fail for it (it passed them when allocated).
  @inline(__always) mutating func mdSlotNode(_ n: UInt64, loc: Int) throws(ParseFail) -> UInt32 {
    if n < UInt64(mdSlot.count) {
      let s = mdSlot[Int(n)]
      if s != .max { return s }
    }
    return try newSlotNode(n, loc: loc)
  }

  /// `mdSlotNode` for a slot not in use yet (or an error).
  @inline(never) mutating func newSlotNode(_ n: UInt64, loc: Int) throws(ParseFail) -> UInt32 {
    if n >= 1 << 24 || n > UInt64(lx.count) { throw err(loc, "metadata number too large") }
    let i = Int(n)
    if inWorker && (i >= mdSlot.count || mdSlot[i] == .max) { throw bail(loc) }
    if i >= mdSlot.count {
      let c = max(i + 1, mdSlot.count * 2, 64)
      mdSlot.lengthen(to: c, with: .max)
      mdSlotDefined.lengthen(to: c, with: false)
      mdSlotUse.lengthen(to: c, with: 0)
    }
    if mdSlot[i] == .max {
      mdSlot[i] = newMDNode()
      mdSlotUse[i] = UInt32(truncatingIfNeeded: loc)
    }
    return mdSlot[i]
  }

  /// `!N = [distinct] node`
  mutating func parseNumberedMetadata() throws(ParseFail) {
    let loc = lx.start
    let n = lx.num
    if !mdSized {
      // clang writes numbered metadata last, so the rest of the file is mostly metadata: a node
      // per 50-80 bytes and a field per 13-16 (`!7 = !DILocation(line: 3, column: 5, scope: !4)`);
      // the tables still grow when this falls short. Sized from the whole file instead, a 16 MB
      // file without debug info reserved 6.5 MB, faulted in for nothing.
      mdSized = true
      let rest = lx.count - loc
      m.metadata.nodes.reserveCapacity(m.metadata.nodes.count + rest / 64)
      m.metadata.fields.reserveCapacity(m.metadata.fields.count + rest / 20)
    }
    if try fastSlotTuple(n, loc: loc) { return }
    lx.next()
    try expect(.equal, "expected '=' here")
    let distinct = eatKw(.distinct)
    let idx = try mdSlotNode(n, loc: loc)
    if mdSlotDefined[Int(n)] { throw err(loc, "redefinition of metadata '!\(n)'") }
    mdSlotDefined[Int(n)] = true
    try parseMDNodeBody(into: idx, distinct: distinct)
  }

  /// `!N = [distinct ]!{!a, !b, …}` (clang's loop metadata: `!7 = distinct !{!7, !8}`), written
  /// with single spaces, matched on the bytes after the `!N` token (the current token): stored
  /// as the general path stores it (slots created in the same order, the same errors), the
  /// lexer left on the token after the `}`. False, with nothing consumed, for anything else.
  mutating func fastSlotTuple(_ n: UInt64, loc: Int) throws(ParseFail) -> Bool {
    let b = lx.base
    var p = lx.end
    guard b[p] == 32 && b[p &+ 1] == 61 && b[p &+ 2] == 32 else { return false }
    p &+= 3
    var distinct = false
    if UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self) == 0x7463_6E69_7473_6964 && b[p &+ 8] == 32 {  // "distinct"
      distinct = true
      p &+= 9
    }
    guard b[p] == 33 && b[p &+ 1] == 123 else { return false }
    // Check the whole list first: `!` and up to 7 digits per element, `, ` between, then `}`.
    // (Digits 8 bytes at a time: `Lexer.digits`, nil for 8 or more.)
    let first = p &+ 2
    var q = first, count = 0
    while true {
      guard b[q] == 33, let (nd, _) = Lexer.digits(b, q &+ 1), nd > 0 else { return false }
      let e = q &+ 1 &+ nd
      count &+= 1
      if b[e] == 125 { q = e &+ 1; break }
      guard b[e] == 44 && b[e &+ 1] == 32 else { return false }
      q = e &+ 2
    }
    let idx = try mdSlotNode(n, loc: loc)
    if mdSlotDefined[Int(n)] { throw err(loc, "redefinition of metadata '!\(n)'") }
    mdSlotDefined[Int(n)] = true
    if depth &+ 1 > depthPeak { depthPeak = depth &+ 1 }  // as `enter` in `parseMDNodeBody`
    var node = MDNode(kind: .empty)
    node.distinct = distinct
    node.fieldStart = UInt32(m.metadata.fields.count)
    node.fieldCount = UInt32(count)
    var r = first
    for _ in 0..<count {
      let (nd, v) = Lexer.digits(b, r &+ 1)!  // (1 to 7 digits, checked above)
      let i = try mdSlotNode(v, loc: r)
      m.metadata.fields.append(MDField(name: .empty, value: .node(i)))
      r = r &+ 3 &+ nd
    }
    m.metadata.nodes[Int(idx)] = node
    if b[q] == 10 && b[q &+ 1] == 33 && lx.isDigit(b[q &+ 2]) {
      // The next line starts with `!N` (usually the next node): lexed as `next` would.
      lx.prevEnd = q; lx.start = q &+ 1
      if let (nd, v) = Lexer.digits(b, q &+ 2) {  // (as `lexMetadataID`, up to 7 digits at once)
        lx.tok = .metadataID; lx.num = v; lx.end = q &+ 2 &+ nd
      } else {
        lx.lexMetadataID(q &+ 1)
      }
    } else {
      lx.pos = q
      lx.next()
    }
    return true
  }

  /// `!name = !{!0, !1}`
  mutating func parseNamedMetadata() throws(ParseFail) {
    let name = internName()
    lx.next()
    try expect(.equal, "expected '=' here")
    try expect(.exclaim, "expected '!' here")
    try expect(.lbrace, "expected '{' here")
    var list: [UInt32] = []
    if lx.tok != .rbrace {
      while true {
        if lx.tok == .metadataID {
          list.append(try mdSlotNode(lx.num, loc: lx.start)); lx.next()
        } else if lx.tok == .metadataVar && lx.base[lx.end] == 40 || lx.tok == .exclaim {
          list.append(try parseMDRef())
        } else {
          throw errHere("expected metadata node reference")
        }
        if !eat(.comma) { break }
      }
    }
    try expect(.rbrace, "expected '}' at end of named metadata")
    m.metadata.named.append((name: name, nodes: list))
  }

  /// A metadata node reference: `!N`, `!{…}` or `!DIxxx(…)`; returns the node index.
  mutating func parseMDRef() throws(ParseFail) -> UInt32 {
    switch lx.tok {
    case .metadataID:
      let i = try mdSlotNode(lx.num, loc: lx.start)
      lx.next()
      return i
    case .exclaim, .metadataVar:
      let idx = newMDNode()
      try parseMDNodeBody(into: idx, distinct: eatKw(.distinct))
      return idx
    case .keyword where lx.kw == .distinct:
      lx.next()
      let idx = newMDNode()
      try parseMDNodeBody(into: idx, distinct: true)
      return idx
    default:
      throw errHere("expected metadata node")
    }
  }

  /// The body of a node: `!{…}` or `!DIxxx(…)`, stored into node `idx`.
  mutating func parseMDNodeBody(into idx: UInt32, distinct: Bool) throws(ParseFail) {
    let base = mdScratch.count
    defer { mdScratch.truncate(to: base) }
    try enter(); defer { depth -= 1 }
    var kind = Symbol.empty
    if lx.tok == .exclaim {
      lx.next()
      try expect(.lbrace, "expected '{' here")
      if lx.tok != .rbrace {
        while true {
          let v = try parseMDValue(tuple: true)
          mdScratch.append(MDField(name: .empty, value: v))
          if !eat(.comma) { break }
        }
      }
      try expect(.rbrace, "expected '}' here")
    } else if lx.tok == .metadataVar && lx.base[lx.end] == 40 {
      kind = internName()
      lx.next()
      lx.next()  // (
      if lx.tok != .rparen {
        while true {
          var name = Symbol.empty
          if lx.tok == .labelStr { name = internName(); lx.next() }
          let v = try parseMDValue(tuple: false)
          mdScratch.append(MDField(name: name, value: v))
          if !eat(.comma) { break }
        }
      }
      try expect(.rparen, "expected ')' here")
    } else {
      throw errHere("expected metadata node")
    }
    var node = MDNode(kind: kind)
    node.distinct = distinct
    node.fieldStart = UInt32(m.metadata.fields.count)
    node.fieldCount = UInt32(mdScratch.count - base)
    m.metadata.fields.append(contentsOf: mdScratch[base...])
    m.metadata.nodes[Int(idx)] = node
  }

  /// One metadata value: a tuple element or a specialized node's field value.
  mutating func parseMDValue(tuple: Bool) throws(ParseFail) -> MDValue {
    switch lx.tok {
    case .metadataID:
      let i = try mdSlotNode(lx.num, loc: lx.start)
      lx.next()
      return .node(i)
    case .exclaim:
      if lx.base[lx.end] == 34 {  // !"string"
        lx.next()
        let s = internName()
        lx.next()
        return .string(s)
      }
      let idx = newMDNode()
      try parseMDNodeBody(into: idx, distinct: false)
      return .node(idx)
    case .metadataVar:
      if lx.base[lx.end] != 40 { throw errHere("expected metadata value") }
      let idx = newMDNode()
      try parseMDNodeBody(into: idx, distinct: false)
      return .node(idx)
    case .string:
      let s = internName()
      lx.next()
      return .string(s)
    case .intLit:
      var v: UInt64 = lx.num
      if lx.bigInt {
        v = 0
        for i in lx.nameStart..<lx.nameEnd { v = v &* 10 &+ UInt64(lx.base[i] - 48) }
      }
      let r = lx.negative ? Int64(bitPattern: 0 &- v) : Int64(bitPattern: v)
      lx.next()
      return .int(r)
    case .keyword where lx.kw == .null:
      lx.next()
      return .null
    case .keyword where lx.kw == .distinct:
      lx.next()
      let idx = newMDNode()
      try parseMDNodeBody(into: idx, distinct: true)
      return .node(idx)
    case .ident, .keyword:
      if lx.tok == .keyword && startsType() { return try parseTypedMDValue(tuple: tuple) }
      // DW_TAG_member, true, FullDebug, DIFlagA | DIFlagB
      let first = lx.start
      var last = lx.end
      lx.next()
      if lx.tok != .bar {
        return .ident(m.names.intern(UnsafeBufferPointer(start: lx.base + first, count: last - first)))
      }
      var bytes = Array(UnsafeBufferPointer(start: lx.base + first, count: last - first))
      while eat(.bar) {
        guard lx.tok == .ident || lx.tok == .keyword || lx.tok == .intLit else { throw errHere("expected flag after '|'") }
        bytes.append(contentsOf: [32, 124, 32])
        bytes.append(contentsOf: UnsafeBufferPointer(start: lx.base + lx.start, count: lx.end - lx.start))
        last = lx.end
        lx.next()
      }
      return .ident(bytes.withUnsafeBufferPointer { m.names.intern($0) })
    default:
      if startsType() { return try parseTypedMDValue(tuple: tuple) }
      throw errHere("expected metadata value")
    }
  }

  /// `T v` inside metadata (ValueAsMetadata); `metadata X` unwraps to X.
  mutating func parseTypedMDValue(tuple: Bool) throws(ParseFail) -> MDValue {
    let t = try parseType()
    if t == .metadata { return try parseMDValue(tuple: tuple) }
    let v = try parseValue(t)
    return .value(v, t)
  }

  /// Whether the current token can begin a type.
  func startsType() -> Bool {
    switch lx.tok {
    case .intType, .lsquare, .lbrace, .less, .localVar, .localID: return true
    case .keyword:
      switch lx.kw {
      case .ptr, .void, .float, .double, .x86_fp80, .fp128, .label, .metadata, .token, .half, .bfloat,
           .ppc_fp128, .x86_amx, .x86_mmx: return true
      default: return false
      }
    default: return false
    }
  }

  /// A metadata operand (after `metadata` in a call, or a debug-record argument) as a Value:
  /// nodes are `.metadata(index)`; strings and plain values are wrapped in a one-field node of
  /// kind `MDString` / `ValueAsMetadata`.
  mutating func parseMetadataOperand() throws(ParseFail) -> Value {
    switch lx.tok {
    case .metadataID, .metadataVar:
      return .metadata(Int(try parseMDRef()))
    case .exclaim where lx.base[lx.end] != 34:
      return .metadata(Int(try parseMDRef()))
    default:
      let v = try parseMDValue(tuple: true)
      if case .node(let i) = v { return .metadata(Int(i)) }
      var node = MDNode(kind: v == .null ? symValueAsMetadata : (isString(v) ? symMDString : symValueAsMetadata))
      node.fieldStart = UInt32(m.metadata.fields.count)
      node.fieldCount = 1
      m.metadata.fields.append(MDField(name: .empty, value: v))
      m.metadata.nodes.append(node)
      return .metadata(m.metadata.nodes.count - 1)
    }
  }

  func isString(_ v: MDValue) -> Bool { if case .string = v { return true }; return false }
}
