// The LLVM IR text parser: one pass over the bytes, building a `KilnIR.Module` directly.
// This file holds the entry point, the parser state, error reporting and recovery, the module
// level (header, named types, globals, aliases, comdats, attribute groups), types and constants.
// Metadata is in Metadata.swift, function headers and bodies in Function.swift.
//
// Forward references cost nothing on the common path: an unknown `@x` (or, inside a function, an
// unknown `%x`) becomes a *pending* placeholder `Value` whose index has `pendingBit` set; when the
// name is defined the placeholder is resolved, and at the end of the function (locals) or module
// (globals) every stored operand is rewritten once. Invariant: real value indices stay below
// `pendingBit` (2^28), which a file under 1 GiB cannot exceed.
//
// A global initializer that is a table of 8- to 64-bit integers (nested arrays and structs, as
// clang writes them) is read straight from the bytes into the compact `.data` constant form
// (`dataConstant`: its leaves packed, no constant per element); anything else about it sends
// it down the general path.

import KilnIR
import KilnSupport

public enum IRParser {
  /// Parses one .ll file into a Module (module.source = file). Reports every error it can
  /// (recovering at the next line / top-level entity, up to diagnostics.limit) and returns nil
  /// if any error was reported.
  ///
  /// `threads` > 1 lets inputs of at least `ParallelParse.minBytes` parse their function bodies
  /// and global variables on that many threads (see Parallel.swift); the result prints, lowers
  /// and compiles exactly like the serial parse, and any error makes the whole file parse again serially, so the
  /// diagnostics are always the serial parser's.
  public static func parse(_ file: SourceFile, diagnostics: inout Diagnostics, threads: Int = 1) -> Module? {
    parse(file, diagnostics: &diagnostics, threads: threads, minBytes: ParallelParse.minBytes, serial: true)
  }

  /// `minBytes`: the size from which `threads` > 1 parse in parallel; `serial`: false returns
  /// nil instead of parsing serially when the parallel parse does not succeed (for tests).
  static func parse(_ file: SourceFile, diagnostics: inout Diagnostics, threads: Int, minBytes: Int,
                    serial: Bool) -> Module? {
    // The lexer reads up to 16 bytes past the end, which must be NULs. Files read by
    // `FileIO.read` carry them in the array's spare capacity and are lexed in place; other
    // sources (standard input, text built in memory) are copied into a padded buffer first.
    let n = file.count
    return file.withNULPadding { padded -> Module? in
      if let padded { return parse(padded, file, &diagnostics, threads: threads, minBytes: minBytes, serial: serial) }
      let buf = UnsafeMutablePointer<UInt8>.allocate(capacity: n + 16)
      defer { buf.deallocate() }
      file.withBytes { src in
        if let b = src.baseAddress, n > 0 { buf.initialize(from: b, count: n) }
      }
      (buf + n).initialize(repeating: 0, count: 16)
      return parse(buf, file, &diagnostics, threads: threads, minBytes: minBytes, serial: serial)
    }
  }

  /// Parses the `file.count` bytes at `buf` (followed by 16 NULs).
  static func parse(_ buf: UnsafePointer<UInt8>, _ file: SourceFile, _ diagnostics: inout Diagnostics,
                    threads: Int, minBytes: Int, serial: Bool) -> Module? {
    let n = file.count
    return charClass.withUnsafeBufferPointer { cls -> Module? in
      let lexer = Lexer(base: buf, count: n, cls: cls.baseAddress!)
      if threads > 1 && n >= minBytes && !diagnostics.isFull,
         let m = ParallelParse.run(lexer: lexer, file: file, diagnostics: diagnostics, threads: threads) {
        return m  // no diagnostics: the parallel path succeeds only when the file has no errors
      }
      if !serial { return nil }
      var p = Parser(lexer: lexer, diags: diagnostics)
      p.m.source = file
      p.parseModule()
      diagnostics = p.diags
      return p.errors > 0 ? nil : p.m
    }
  }
}

struct ParseFail: Error {}

struct NameCacheEntry {
  var start: UInt32
  var len: UInt32
  var sym: Symbol
}

let pendingBit = 1 << 28
let noValue = Value(raw: .max)

/// A compound type's source span (`Parser.spanMemo`): start, length (0: none), the type and its
/// nesting (as `Parser.spanDepth`).
struct SpanMemo {
  var start = 0
  var len = 0
  var type = TypeID.void
  var depth = 0
}

struct Parser {
  var lx: Lexer
  var diags: Diagnostics
  var errors = 0
  var m = Module()
  var depth = 0
  static let maxDepth = 64

  // Module-level names, indexed by `Symbol.raw`.
  var typeByName: [UInt32] = []         // TypeID raw + 1; 0 = unknown
  var typeDefined: [Bool] = []
  var typeReady: [Int32] = []           // parallel parse: bodies deferred before the type was created/defined
  // noValue = unknown, a pending placeholder (index with `pendingBit`) = used before its
  // definition, anything else = defined (so no separate "defined" array is kept)
  var globalByName: [Value] = []
  var pendingGlobals: [(name: Symbol, loc: UInt32, resolved: Value)] = []
  var nextGlobalNumber = 0

  // Metadata slots `!N` → node index (UInt32.max = unused); first-use locations for errors.
  var mdSlot: [UInt32] = []
  var mdSlotDefined: [Bool] = []
  var mdSlotUse: [UInt32] = []
  /// The metadata tables have been sized for the rest of the file (at the first `!N = `).
  var mdSized = false
  var mdScratch: [MDField] = []
  var symDbg = Symbol.empty
  var symValueAsMetadata = Symbol.empty
  var symMDString = Symbol.empty
  var symDIArgList = Symbol.empty

  // Small integer constants by (type, value) for the common widths: values -64 ..< 192.
  var smallConst: [ConstID] = []
  var intCache = IDMap()   // sized for the input in `init`
  var typeCache = IDMap(capacity: 256)
  var typeScratch = ScratchStack<TypeID>()
  // A function header's argument names, locations and attributes (the return attributes
  // first), copied to the function at their exact size once the list ends (`parseFunction`).
  var argNameScratch = ScratchStack<Symbol>()
  var argLocScratch = ScratchStack<SourceLoc>()
  var argAttrScratch = ScratchStack<ParamAttrs>()
  // The last call's implicit function type (see `implicitCallType`): its key and the type.
  var callSigKey: (UInt64, UInt64, UInt64) = (.max, .max, .max)
  var callSigType = TypeID.void
  var constScratch = ScratchStack<Value>()  // elements of the aggregate constants being parsed
  var dataScratch: [UInt8] = []  // the packed leaves of the `.data` initializer being read
  // `m.types.intLeafBytes(t)` by `TypeID.raw` for `dataConstant`/`dataList` (0 = not known yet,
  // -1 = nil): a zeroinitializer's size in a table, asked once per element. Cleared when a
  // named struct gets its body (`setBody` is the only change to an existing type).
  var leafBytesMemo: [Int32] = []
  // The last `@name` element `ptrElementValue` took: source offset and length of the name, and
  // its symbol (length 0: none yet).
  var lastPtrName: (start: Int, len: Int, sym: Int) = (0, 0, 0)
  // Recently interned names, direct-mapped by `nameHash`: where an earlier occurrence of the name
  // lies in the source, and its symbol. A hit is checked byte by byte, so it is always the
  // symbol `m.names.intern` would return (saves hashing the name and probing the interner).
  var nameCache = [NameCacheEntry](repeating: NameCacheEntry(start: 0, len: .max, sym: .empty), count: 4096)
  // Recently parsed compound types by source span (start, length, type): repeated spellings
  // such as `[2 x i8]` in a large initializer are recognised by comparing bytes.
  var spanStart: (Int, Int, Int, Int) = (0, 0, 0, 0)
  var spanLen: (Int, Int, Int, Int) = (0, 0, 0, 0)
  var spanType: (TypeID, TypeID, TypeID, TypeID) = (.void, .void, .void, .void)
  // How deep each cached type nests (`enter` levels), so that a hit is taken only where parsing
  // the text again could not fail with "nesting too deep": the cache never changes a result.
  var spanDepth: (Int, Int, Int, Int) = (0, 0, 0, 0)
  var depthPeak = 0                     // deepest `depth` reached (see parseType)
  var spanNext = 0
  // More compound types by source span, direct-mapped by their first bytes (`spanKey`): those
  // the four above have forgotten (a body's or a global's many distinct nested array types),
  // hit and checked as those are. A power-of-two number of entries, sized in `init` for the
  // input (a small file should not zero and fault in a 128 KB table).
  var spanMemo: [SpanMemo] = []
  // Where each compound type (by `TypeID.raw`) was last spelled, for aggregate constant elements
  // whose type is known (an array's element type, a struct's field types): start << 32 |
  // length << 8 | nesting (as `spanDepth`); 0 = none. An element that repeats that spelling is
  // taken without parsing it (`knownSpelling`), with the same checks as a `spanStart` hit. Not
  // recorded in phase 1 of a parallel parse (`deferBodies`), so that workers start without any,
  // as their span cache does.
  var typeSpelling: [UInt64] = []

  // Parallel parsing (Parallel.swift). Phase 1 (`deferBodies`) parses everything but function
  // bodies and global variables' lines, recording them in `deferred` (and in `typeReady`, when
  // each named type became what bodies see); `parallelUnsafe` says the file does something that phase 1 cannot
  // reproduce exactly (then the file is parsed serially). `inWorker`: this parser parses
  // deferred bodies, and `bail`s where the serial parser's state would differ.
  var deferBodies = false
  var deferred: [DeferredItem] = []
  /// Where the top-level entity being parsed starts (for `recoverTopLevel`).
  var entityStart = 0
  var parallelUnsafe = false
  var inWorker = false
  // Set by a parallel parse: the constant elements from this index on and all function bodies
  // were parsed by workers, which never store a pending global (they bail instead), so
  // `finishModule` need not rewrite them.
  var pendingFreeElems: Int? = nil
  var bodyIndex = 0                     // in a worker: the deferred item being parsed

  // The function being parsed (see Function.swift).
  var fn = Function(name: .empty, type: .void)
  // While a body is parsed, its instructions and operands (`fn.insts`, `fn.operands` once it
  // ends: see `parseStatements`).
  var bodyInsts = BodyStack<Inst>()
  var bodyOps = BodyStack<Value>()
  var fnIndex = 0
  var inFunction = false
  var fnErrors = 0
  var numbered: [Value] = []            // %N → value (or pending placeholder, or noValue): the header's
  var bodyNumbered = BodyStack<Value>() // `numbered` while the body is parsed (see `parseStatements`)
  var resultNames: [(inst: UInt32, name: Symbol)] = []  // named results, in order (→ `fn.instNames`)
  var nextNumber = 0
  var namedGen: [UInt64] = []           // by Symbol.raw: generation << 32 | Value.raw
  var gen: UInt64 = 0
  var pendLocal: [(key: UInt32, named: Bool, type: TypeID, loc: UInt32, resolved: Value)] = []
  var mdFieldsAtFnStart = 0
  var curBlock = -1
  var blockTerminated = true
  var stmtResultNumbered = false
  var stmtNumber = 0

  init(lexer: Lexer, diags: Diagnostics) {
    lx = lexer
    self.diags = diags
    // Sized for the input (about one name per 400 bytes of clang output), so that interning
    // rarely regrows the table; nothing is interned yet, so symbols are numbered as before.
    m.names = Interner(capacity: max(1024, lexer.count / 400))
    // Integer constants: about one distinct value per 1.5 KB of clang output. A small file should
    // not zero (and fault in) a large table; the maps grow as needed, so the size only affects
    // speed. (Sized for the whole file, so that parallel workers do not regrow them either.)
    let ints = max(256, lexer.count / 1024)
    intCache = IDMap(capacity: ints)
    spanMemo = [SpanMemo](repeating: SpanMemo(), count: lexer.count >= 256 << 10 ? 4096 : 64)
    m.constants.reserve(nodes: 0, elems: 0, ints: ints)
    symDbg = m.names.intern("dbg")
    symValueAsMetadata = m.names.intern("ValueAsMetadata")
    symMDString = m.names.intern("MDString")
    symDIArgList = m.names.intern("DIArgList")
    smallConst = Array(repeating: ConstID(raw: .max), count: 5 * 256)
    // clang output: about one global per 1 KB, one function per 10 KB (the arrays would
    // otherwise be copied at every doubling).
    m.globals.reserveCapacity(max(64, lexer.count / 512))
    m.functions.reserveCapacity(max(64, lexer.count / 8192))
    // (The metadata tables are sized at the first `!N = `: see `parseNumberedMetadata`.)
  }

  // MARK: errors

  /// Reports an error at byte offset `loc` and returns the error to throw. When the current
  /// token is a lexer error at that spot, the lexer's message wins.
  mutating func err(_ loc: Int, _ msg: String) -> ParseFail {
    if lx.tok == .error && loc == lx.start { report(loc, lx.errMsg) } else { report(loc, msg) }
    return ParseFail()
  }
  mutating func report(_ loc: Int, _ msg: String) {
    errors += 1
    fnErrors += 1
    diags.error(SourceLoc(loc), msg)
  }
  /// Error at the current token.
  mutating func errHere(_ msg: String) -> ParseFail { err(lx.start, msg) }

  @inline(__always) mutating func expect(_ t: Tok, _ msg: String) throws(ParseFail) {
    if lx.tok != t { throw errHere(msg) }
    lx.next()
  }
  @inline(__always) mutating func eat(_ t: Tok) -> Bool {
    if lx.tok == t { lx.next(); return true }
    return false
  }
  @inline(__always) func isKw(_ k: Kw) -> Bool { lx.tok == .keyword && lx.kw == k }
  @inline(__always) mutating func eatKw(_ k: Kw) -> Bool {
    if lx.tok == .keyword && lx.kw == k { lx.next(); return true }
    return false
  }
  mutating func expectKw(_ k: Kw, _ msg: String) throws(ParseFail) {
    if !eatKw(k) { throw errHere(msg) }
  }

  /// The source text of the current token, for messages.
  func tokText() -> String {
    let n = min(lx.end - lx.start, 60)
    return String(decoding: UnsafeBufferPointer(start: lx.base + lx.start, count: max(0, n)), as: UTF8.self)
  }

  // MARK: names

  /// Interns the current token's name (decoding `\XX` escapes of quoted names). Names without
  /// escapes go through `nameCache` first.
  mutating func internName() -> Symbol {
    let s = lx.nameStart, n = lx.nameEnd &- lx.nameStart
    if lx.escaped { return internEscaped(UnsafeBufferPointer(start: lx.base + s, count: n)) }
    return internPlain(s, n)
  }

  /// Interns the `n` name bytes at source offset `s` (a name without escapes), through
  /// `nameCache` first.
  @inline(__always) mutating func internPlain(_ s: Int, _ n: Int) -> Symbol {
    let h = Parser.nameHash(lx.base + s, n)
    let e = nameCache[h]
    if Int(e.len) == n && Parser.sameBytes(lx.base + Int(e.start), lx.base + s, n) { return e.sym }
    let sym = m.names.intern(UnsafeBufferPointer(start: lx.base + s, count: n))
    nameCache[h] = NameCacheEntry(start: UInt32(truncatingIfNeeded: s), len: UInt32(truncatingIfNeeded: n), sym: sym)
    return sym
  }

  @inline(never) mutating func internEscaped(_ p: UnsafeBufferPointer<UInt8>) -> Symbol {
    let bytes = Parser.unescape(p)
    return bytes.withUnsafeBufferPointer { m.names.intern($0) }
  }

  /// Whether `n` bytes at `a` and `b` are equal (8 at a time; reads up to 7 bytes past both).
  @inline(__always) static func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i &+ 8 <= n {
      if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) { return false }
      i &+= 8
    }
    if i == n { return true }
    let x = UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) ^ UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
    return x & ((1 &<< UInt64(truncatingIfNeeded: (n &- i) &* 8)) &- 1) == 0
  }

  /// `nameCache` slot for the `n` bytes at `p` (the first and last 8 bytes and the length;
  /// reads up to 8 bytes past the name: the lexer's buffer is zero-padded).
  @inline(__always) static func nameHash(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    let first = KeywordTable.head(p, n)
    let last = n > 8 ? UnsafeRawPointer(p + (n &- 8)).loadUnaligned(as: UInt64.self) : 0
    let h = (first ^ (last &<< 7 | last &>> 57) ^ UInt64(truncatingIfNeeded: n)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: h >> 52)  // 12 bits: `nameCache` has 4096 entries
  }

  static func unescape(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    if p.isEmpty { return [] }
    return [UInt8](unsafeUninitializedCapacity: p.count) { buf, n in n = unescape(p, into: buf.baseAddress!) }
  }

  /// `unescape` into `out` (room for `p.count` bytes); returns the decoded length.
  static func unescape(_ p: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
    var i = 0, n = 0
    while i < p.count {
      let c = p[i]
      if c == 92 && i + 1 < p.count {
        if p[i + 1] == 92 { out[n] = 92; n += 1; i += 2; continue }
        if i + 2 < p.count, let h = hexVal(p[i + 1]), let l = hexVal(p[i + 2]) {
          out[n] = h << 4 | l; n += 1; i += 3; continue
        }
      }
      out[n] = c; n += 1; i += 1
    }
    return n
  }

  @inline(__always) static func hexVal(_ c: UInt8) -> UInt8? {
    switch c {
    case 48...57: return c - 48
    case 97...102: return c - 87
    case 65...70: return c - 55
    default: return nil
    }
  }

  /// The decoded contents of the current string token.
  func stringValue() -> String {
    let p = UnsafeBufferPointer(start: lx.base + lx.nameStart, count: lx.nameEnd - lx.nameStart)
    if !lx.escaped { return String(decoding: p, as: UTF8.self) }
    return String(decoding: Parser.unescape(p), as: UTF8.self)
  }

  /// Symbol for a numbered global/type (`@3`, `%3`): its digits.
  mutating func internDigits() -> Symbol {
    m.names.intern(UnsafeBufferPointer(start: lx.base + lx.start + 1, count: lx.end - lx.start - 1))
  }

  func typeName(_ t: TypeID) -> String { m.types.describe(t, names: m.names) }

  // MARK: module

  mutating func parseModule() {
    // Constant nodes, aggregate elements and string/data bytes, sized for clang output (about
    // one node per 200 bytes, one element per 64, a byte per 26 in big.ll), so that the tables do not regrow and copy themselves as
    // they double. (Here, not in `init`: a parallel parse's workers size their own copies.)
    m.constants.reserve(nodes: lx.count / 200, elems: lx.count / 64, ints: 0, bytes: lx.count / 24)
    parseTopLevels()
    if diags.isFull { return }
    finishModule()
  }

  /// Every top-level entity, with error recovery (`finishModule` not included).
  mutating func parseTopLevels() {
    lx.next()
    while lx.tok != .eof {
      if diags.isFull { return }
      entityStart = lx.start
      do throws(ParseFail) {
        try parseTopLevel()
      } catch {
        if inFunction { inFunction = false }
        recoverTopLevel(after: entityStart)
      }
    }
  }

  /// Skips to the next line that starts a top-level entity.
  mutating func recoverTopLevel(after entityStart: Int) {
    var i = lx.lineBegin(lx.start)
    if i <= entityStart || lx.tok == .eof {
      i = lx.lineBegin(entityStart)
      while i < lx.count && lx.base[i] != 10 { i += 1 }
      i += 1
    }
    let b = lx.base
    func word(_ s: StaticString, _ i: Int) -> Bool {
      let n = s.utf8CodeUnitCount
      if i + n > lx.count { return false }
      for k in 0..<n where s.utf8Start[k] != b[i + k] { return false }
      let c = b[i + n]
      return c == 32 || c == 9
    }
    while i < lx.count {
      let c = b[i]
      if c == 64 || c == 37 || c == 33 || c == 36 { break }
      if word("define", i) || word("declare", i) || word("attributes", i) || word("target", i)
        || word("source_filename", i) || word("module", i) { break }
      while i < lx.count && b[i] != 10 { i += 1 }
      i += 1
    }
    lx.pos = min(i, lx.count)
    lx.next()
  }

  mutating func parseTopLevel() throws(ParseFail) {
    switch lx.tok {
    case .keyword:
      switch lx.kw {
      case .define: try parseFunction(isDefine: true)
      case .declare: try parseFunction(isDefine: false)
      case .source_filename:
        lx.next()
        try expect(.equal, "expected '=' after source_filename")
        if lx.tok != .string { throw errHere("expected string after source_filename") }
        m.sourceFilename = stringValue()
        lx.next()
      case .target:
        lx.next()
        if eatKw(.datalayout) {
          try expect(.equal, "expected '=' after target datalayout")
          if lx.tok != .string { throw errHere("expected string after target datalayout") }
          m.dataLayout = stringValue(); m.dataLayoutLoc = SourceLoc(lx.start)
          lx.next()
        } else if eatKw(.triple) {
          try expect(.equal, "expected '=' after target triple")
          if lx.tok != .string { throw errHere("expected string after target triple") }
          m.triple = stringValue(); m.tripleLoc = SourceLoc(lx.start)
          lx.next()
        } else {
          throw errHere("expected 'triple' or 'datalayout' after 'target'")
        }
      case .attributes:
        lx.next()
        if lx.tok != .attrGrpID { throw errHere("expected attribute group id") }
        lx.next()
        try expect(.equal, "expected '=' here")
        if lx.tok != .lbrace { throw errHere("expected '{' here") }
        if !skipAttributeGroup() { try skipBalanced() }
      case .module:
        throw errHere("unsupported: module asm")
      case .uselistorder, .uselistorder_bb:
        throw errHere("unsupported: uselistorder directive")
      default:
        throw errHere("expected top-level entity")
      }
    case .localVar, .localID: try parseNamedType()
    case .globalVar, .globalID:
      try parseGlobal()
      // Phase 1 of a parallel parse: the global lines that follow, in this call (clang writes
      // them in runs), each still its own entity for error recovery (`entityStart`).
      while deferBodies && (lx.tok == .globalVar || lx.tok == .globalID) {
        entityStart = lx.start
        try parseGlobal()
      }
    case .comdatVar:
      lx.next()
      try expect(.equal, "expected '=' here")
      try expectKw(.comdat, "expected comdat keyword")
      if lx.tok == .keyword, [.any, .exactmatch, .largest, .nodeduplicate, .noduplicates, .samesize].contains(lx.kw) {
        lx.next()
      } else {
        throw errHere("unknown selection kind")
      }
    case .metadataVar: try parseNamedMetadata()
    case .metadataID: try parseNumberedMetadata()
    default:
      throw errHere("expected top-level entity")
    }
  }

  /// Skips a balanced `(…)`, `{…}` or `[…]` group starting at the current token.
  mutating func skipBalanced() throws(ParseFail) {
    let open = lx.start
    var level = 0
    repeat {
      switch lx.tok {
      case .lparen, .lbrace, .lsquare: level += 1
      case .rparen, .rbrace, .rsquare: level -= 1
      case .eof: throw err(open, "unbalanced brackets")
      case .error: throw errHere(lx.errMsg)
      default: break
      }
      lx.next()
    } while level > 0
  }

  /// `skipBalanced` for an attribute group's `{…}` on one line, on the bytes instead of
  /// tokens: words (a keyword or `argmem:`), quoted strings, short decimal numbers, blanks and
  /// `{ } ( ) [ ] = ,`, each of which the lexer would take without an error token. False
  /// (nothing consumed) at anything else (a newline, a comment, `c"`, `0x`, …): the caller
  /// then skips by tokens, reporting what it always did.
  mutating func skipAttributeGroup() -> Bool {
    let b = lx.base
    var p = lx.start &+ 1, level = 1
    while true {
      let c = b[p]
      switch c {
      case 32, 9, 13, 61, 44: p &+= 1                      // blank = ,
      case 123, 40, 91: level &+= 1; p &+= 1               // { ( [
      case 125, 41, 93:                                    // } ) ]
        level &-= 1; p &+= 1
        if level == 0 { lx.pos = p; lx.next(); return true }
      case 34:                                             // "…" (8 bytes at a time)
        var q = p &+ 1
        while true {
          let w = UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self)
          let stop = Lexer.bytesEqual(w, 34) | Lexer.bytesEqual(w, 10) | Lexer.bytesEqual(w, 0)
          if stop == 0 { q &+= 8; continue }
          q &+= stop.trailingZeroBitCount &>> 3
          break
        }
        if b[q] != 34 { return false }
        p = q &+ 1
        if b[p] == 58 { p &+= 1 }                          // a label: the lexer takes the `:`
      case 48 ... 57:                                      // digits ended by `,` `)` or a blank
        var q = p &+ 1
        while b[q] &- 48 < 10 { q &+= 1 }
        let d = b[q]
        if !(d == 44 || d == 41 || d == 32) { return false }
        p = q
      default:
        // a word from a letter or `_` (`c"` would start a C string)
        guard (c | 32) &- 97 < 26 || c == 95 else { return false }
        var q = p &+ 1
        while lx.cls[Int(b[q])] & 2 != 0 { q &+= 1 }
        if q == p &+ 1 && c == 99 && b[q] == 34 { return false }
        if b[q] == 58 { q &+= 1 }                          // a label: the lexer takes the `:`
        p = q
      }
    }
  }

  // MARK: named types

  /// In a worker: whether the named type in `slot` was created or defined after the item being
  /// parsed, so that the serial parser would not know it yet there (the worker must bail).
  @inline(__always) func namedTypeNotReady(_ slot: Int) -> Bool {
    inWorker && (slot >= typeReady.count || Int(typeReady[slot]) > bodyIndex)
  }

  mutating func typeSlot(_ s: Symbol) -> Int {
    let i = Int(s.raw)
    if i >= typeByName.count {
      let n = max(i + 1, typeByName.count * 2, 64)
      typeByName.lengthen(to: n, with: 0)
      typeDefined.lengthen(to: n, with: false)
      typeReady.lengthen(to: n, with: 0)
    }
    return i
  }

  mutating func parseNamedType() throws(ParseFail) {
    let loc = lx.start
    let name = lx.tok == .localID ? internDigits() : internName()
    lx.next()
    try expect(.equal, "expected '=' after name")
    try expectKw(.type, "expected 'type' after '='")
    let slot = typeSlot(name)
    if typeDefined[slot] { throw err(loc, "redefinition of type named '%\(m.name(name))'") }
    typeDefined[slot] = true
    if deferBodies { typeReady[slot] = Int32(deferred.count) }
    if eatKw(.opaque) {
      if typeByName[slot] == 0 { typeByName[slot] = m.types.namedStruct(name).raw + 1 }
      return
    }
    let packed = lx.tok == .less
    if lx.tok == .lbrace || (packed && lx.base[lx.end] == 123) {
      let t: TypeID
      if typeByName[slot] == 0 {
        t = m.types.namedStruct(name); typeByName[slot] = t.raw + 1
      } else {
        t = TypeID(raw: typeByName[slot] - 1)
      }
      let base = try parseStructBody(packed: packed)
      let fields = typeScratch.array(from: base)
      typeScratch.truncate(to: base)
      for f in fields where !isSized(f, visiting: t) {
        throw err(loc, "invalid type in struct body: '\(typeName(f))'")
      }
      m.types.setBody(t, fields: fields, packed: packed)
      if !leafBytesMemo.isEmpty { leafBytesMemo.removeAll(keepingCapacity: true) }
      return
    }
    // `%T = type i32`: a name for a non-struct type.
    let tloc = lx.start
    let t = try parseType()
    if typeByName[slot] != 0 {
      throw err(tloc, "unsupported: forward-referenced named type that is not a struct")
    }
    typeByName[slot] = t.raw + 1
  }

  /// Whether `t` may be a struct field (no void/label/function/opaque, no recursion through values).
  /// The fixed scalar IDs are answered inline; the rest goes through `m.types.isSizedField`.
  @inline(__always) func isSized(_ t: TypeID, visiting: TypeID) -> Bool {
    if t.raw >= 4 && t.raw <= 14 { return true }  // TypeID.ptr ... TypeID.i128: fixed scalar IDs
    return m.types.isSizedField(t, visiting: visiting)
  }

  // MARK: types

  /// Whether the source at the current token repeats the span `(s, n)` and ends there.
  @inline(__always) func spanMatches(_ s: Int, _ n: Int) -> Bool {
    if n == 0 || lx.start + n > lx.count { return false }
    switch lx.base[lx.start + n] {
    case 32, 44, 10, 13, 9, 93, 125, 62, 41: break
    default: return false
    }
    return Parser.sameBytes(lx.base + s, lx.base + lx.start, n)
  }

  /// `parseType` with its most frequent cases (`iN` of a common width, plain `ptr`, `void`) inline,
  /// for the busiest call sites; the same result and lexer state.
  @inline(__always) mutating func parseTypeQuick() throws(ParseFail) -> TypeID {
    let t: TypeID
    if lx.tok == .intType {
      switch lx.num {  // `TypeID.commonInt`, spelled out (it is not always inlined)
      case 32: t = .i32
      case 64: t = .i64
      case 8: t = .i8
      case 1: t = .i1
      case 16: t = .i16
      default: return try parseType()
      }
    } else if lx.tok == .keyword && lx.kw == .ptr {
      t = .ptr
    } else if lx.tok == .keyword && lx.kw == .void {
      t = .void
    } else {
      return try parseType()
    }
    lx.next(at: lx.end)  // (a cast's destination type usually ends its line)
    switch lx.tok {
    case .lparen, .star: return try typeAfterQuick(t)
    case .keyword where lx.kw == .addrspace: return try typeAfterQuick(t)
    default: return t
    }
  }

  /// (`parseTypeQuick` after the token of `t`: as `parseType` goes on there.)
  @inline(never) mutating func typeAfterQuick(_ t: TypeID) throws(ParseFail) -> TypeID {
    if t == .ptr && isKw(.addrspace) { try parseAddrSpace() }
    if lx.tok == .lparen || lx.tok == .star { return try parseTypeSuffix(t) }
    return t
  }

  mutating func parseType() throws(ParseFail) -> TypeID {
    switch lx.tok {
    case .intType:
      let t: TypeID
      if let c = TypeID.commonInt(lx.num) {
        t = c
      } else {
        let w = lx.num
        if w == 0 || w > 1 << 23 { throw errHere("bitwidth for integer type out of range") }
        t = m.types.int(UInt32(w))
      }
      lx.next()
      if lx.tok == .lparen || lx.tok == .star { return try parseTypeSuffix(t) }
      return t
    case .keyword where lx.kw == .ptr:
      lx.next()
      if isKw(.addrspace) { try parseAddrSpace() }
      if lx.tok == .lparen || lx.tok == .star { return try parseTypeSuffix(.ptr) }
      return .ptr
    case .lsquare, .lbrace, .less:
      if spanMatches(spanStart.0, spanLen.0) && depth + spanDepth.0 <= Parser.maxDepth { return try spanHit(spanLen.0, spanType.0, spanDepth.0) }
      if spanMatches(spanStart.1, spanLen.1) && depth + spanDepth.1 <= Parser.maxDepth { return try spanHit(spanLen.1, spanType.1, spanDepth.1) }
      if spanMatches(spanStart.2, spanLen.2) && depth + spanDepth.2 <= Parser.maxDepth { return try spanHit(spanLen.2, spanType.2, spanDepth.2) }
      if spanMatches(spanStart.3, spanLen.3) && depth + spanDepth.3 <= Parser.maxDepth { return try spanHit(spanLen.3, spanType.3, spanDepth.3) }
      let s = lx.start
      let key = Parser.spanKey(lx.base, s) & (spanMemo.count &- 1)
      let e = spanMemo[key]
      if spanMatches(e.start, e.len) && depth + e.depth <= Parser.maxDepth { return try spanHit(e.len, e.type, e.depth) }
      let outerPeak = depthPeak
      depthPeak = depth
      let t: TypeID
      if lx.tok == .lsquare, let a = try flatArrayType() { t = a } else { t = try parseTypeSlow() }
      let k = depthPeak - depth  // how much deeper than here the type nests
      if outerPeak > depthPeak { depthPeak = outerPeak }
      let n = lx.prevEnd - s
      switch spanNext & 3 {
      case 0: spanStart.0 = s; spanLen.0 = n; spanType.0 = t; spanDepth.0 = k
      case 1: spanStart.1 = s; spanLen.1 = n; spanType.1 = t; spanDepth.1 = k
      case 2: spanStart.2 = s; spanLen.2 = n; spanType.2 = t; spanDepth.2 = k
      default: spanStart.3 = s; spanLen.3 = n; spanType.3 = t; spanDepth.3 = k
      }
      spanNext &+= 1
      spanMemo[key] = SpanMemo(start: s, len: n, type: t, depth: k)
      if !deferBodies { noteSpelling(t, s, n, k) }
      return t
    default:
      return try parseTypeSlow()
    }
  }

  /// `[N x S]` at the current `[`, for S one of `i1`, `i8`, `i16`, `i32`, `i64`, `ptr`, spelled
  /// plainly (`[`, N in at most 18 decimal digits, ` x `, S, `]`: the usual array type of a
  /// global or an alloca): read from the bytes with the result, lexer state and depth
  /// bookkeeping `parseTypeSlow` would leave; nil (nothing consumed) otherwise, and
  /// `parseTypeSlow` handles it, including every error.
  @inline(__always) mutating func flatArrayType() throws(ParseFail) -> TypeID? {
    let b = lx.base
    var q = lx.start &+ 1
    let ds = q
    var n: UInt64 = 0
    while b[q] &- 48 < 10 { n = n &* 10 &+ UInt64(b[q] &- 48); q &+= 1 }
    // (One level deeper, as `enter` counts it; too deep is the slow path's error.)
    if q == ds || q &- ds > 18 || depth >= Parser.maxDepth { return nil }
    if b[q] != 32 || b[q &+ 1] != 120 || b[q &+ 2] != 32 { return nil }  // ` x `
    q &+= 3
    // The element and `]` (little-endian bytes).
    let w = UnsafeRawPointer(b + q).loadUnaligned(as: UInt32.self)
    let e: TypeID
    switch w {
    case 0x5D32_3369: e = .i32; q &+= 4   // i32]
    case 0x5D34_3669: e = .i64; q &+= 4   // i64]
    case 0x5D72_7470: e = .ptr; q &+= 4   // ptr]
    case 0x5D36_3169: e = .i16; q &+= 4   // i16]
    default:
      switch w & 0xFF_FFFF {
      case 0x5D_3869: e = .i8; q &+= 3    // i8]
      case 0x5D_3169: e = .i1; q &+= 3    // i1]
      default: return nil
      }
    }
    if depth &+ 1 > depthPeak { depthPeak = depth &+ 1 }
    lx.pos = q
    lx.next()
    let t = cachedArray(e, n, vector: false)
    if lx.tok == .lparen || lx.tok == .star { return try parseTypeSuffix(t) }
    return t
  }

  /// `spanMemo`'s slot for a span starting at byte `s` (12 bits; the caller keeps as many as the
  /// table has entries): a hash of the 16 bytes there (which may run past the span: a short
  /// type's hit then needs the same bytes after it too).
  @inline(__always) static func spanKey(_ b: UnsafePointer<UInt8>, _ s: Int) -> Int {
    let w0 = UnsafeRawPointer(b + s).loadUnaligned(as: UInt64.self)
    let w1 = UnsafeRawPointer(b + s).loadUnaligned(fromByteOffset: 8, as: UInt64.self)
    return Int(truncatingIfNeeded: (((w0 &* 0x9E37_79B9_7F4A_7C15) ^ w1) &* 0xBF58_476D_1CE4_E5B9) >> 52)
  }

  @inline(__always) mutating func spanHit(_ n: Int, _ t: TypeID, _ k: Int) throws(ParseFail) -> TypeID {
    if depth + k > depthPeak { depthPeak = depth + k }  // as if the type had been parsed here
    lx.pos = lx.start + n
    lx.next()
    // A suffix may follow (`<2 x float> (float)`): parse it as `parseTypeSlow` would have.
    if lx.tok == .lparen || lx.tok == .star { return try parseTypeSuffix(t) }
    return t
  }

  /// Records `(s, n, k)` as the last spelling of the compound type `t` (see `typeSpelling`).
  @inline(__always) mutating func noteSpelling(_ t: TypeID, _ s: Int, _ n: Int, _ k: Int) {
    if n >= 1 << 24 || s >= 1 << 32 || k >= 256 { return }
    let i = Int(t.raw)
    if i >= typeSpelling.count { growSpelling(i) }
    typeSpelling[i] = UInt64(s) << 32 | UInt64(n) << 8 | UInt64(k)
  }

  @inline(never) mutating func growSpelling(_ i: Int) {
    typeSpelling.append(contentsOf: repeatElement(0, count: max(i + 1, typeSpelling.count * 2, 256) - typeSpelling.count))
  }

  /// When the current token starts the last recorded spelling of the compound type `want`
  /// (followed by a delimiter), consumes it as `parseType` would and returns `want`; nil
  /// (nothing consumed) otherwise. Same bytes, same type: as for a `spanStart` hit.
  @inline(__always) mutating func knownSpelling(_ want: TypeID) throws(ParseFail) -> TypeID? {
    switch lx.tok {
    case .lsquare, .lbrace, .less: break
    default: return nil
    }
    let i = Int(want.raw)
    if i >= typeSpelling.count { return nil }
    let e = typeSpelling[i]
    let n = Int(truncatingIfNeeded: e >> 8 & 0xFF_FFFF), k = Int(truncatingIfNeeded: e & 0xFF)
    if !spanMatches(Int(truncatingIfNeeded: e >> 32), n) || depth + k > Parser.maxDepth { return nil }
    return try spanHit(n, want, k)
  }

  mutating func parseTypeSlow() throws(ParseFail) -> TypeID {
    var t: TypeID
    switch lx.tok {
    case .intType:
      let w = lx.num
      if w == 0 || w > 1 << 23 { throw errHere("bitwidth for integer type out of range") }
      t = m.types.int(UInt32(w))
      lx.next()
    case .keyword:
      switch lx.kw {
      case .ptr:
        lx.next()
        if isKw(.addrspace) { try parseAddrSpace() }
        t = .ptr
      case .void: t = .void; lx.next()
      case .float: t = .float; lx.next()
      case .double: t = .double; lx.next()
      case .x86_fp80: t = .x86_fp80; lx.next()
      case .fp128: t = .fp128; lx.next()
      case .label: t = .label; lx.next()
      case .metadata: t = .metadata; lx.next()
      case .token: t = .token; lx.next()
      case .half: throw errHere("unsupported: half type")
      case .bfloat: throw errHere("unsupported: bfloat type")
      case .ppc_fp128: throw errHere("unsupported: ppc_fp128 type")
      case .x86_amx: throw errHere("unsupported: x86_amx type")
      case .x86_mmx: throw errHere("unsupported: x86_mmx type")
      case .opaque: throw errHere("unsupported: opaque type outside a type definition")
      default: throw errHere("expected type")
      }
    case .lsquare:
      try enter()
      lx.next()
      guard lx.tok == .intLit, !lx.negative, !lx.bigInt else { throw errHere("expected number in array type") }
      let n = lx.num
      lx.next()
      try expectKw(.x, "expected 'x' after element count")
      let eloc = lx.start
      let e = try parseType()
      // A named struct may still be opaque here: clang writes `%struct.Mid = type { [2 x
      // %struct.In], … }` before `%struct.In`'s definition. Whether a type is sized is checked
      // where that matters (alloca, globals, GEP, loads and stores), as LLVM does.
      if !isSized(e, visiting: .void) {
        throw err(eloc, "invalid array element type")
      }
      try expect(.rsquare, "expected ']' at end of array type")
      t = cachedArray(e, n, vector: false)
      depth -= 1
    case .less:
      if lx.base[lx.end] == 123 {  // `<{`
        try enter()
        let base = try parseStructBody(packed: true)
        t = cachedList(kind: .structure, a: 0, flag: true, base: base)
        typeScratch.truncate(to: base)
        depth -= 1
      } else {
        try enter()
        lx.next()
        if isKw(.vscale) { throw errHere("unsupported: scalable vector type") }
        guard lx.tok == .intLit, !lx.negative, !lx.bigInt, lx.num > 0 else {
          throw errHere("expected number in vector type")
        }
        let n = lx.num
        lx.next()
        try expectKw(.x, "expected 'x' after element count")
        let eloc = lx.start
        let e = try parseType()
        switch m.types.kindOf(e) {
        case .integer, .float, .double, .x86_fp80, .fp128, .pointer: break
        default: throw err(eloc, "invalid vector element type")
        }
        try expect(.greater, "expected '>' at end of vector type")
        t = cachedArray(e, n, vector: true)
        depth -= 1
      }
    case .lbrace:
      try enter()
      let base = try parseStructBody(packed: false)
      t = cachedList(kind: .structure, a: 0, flag: false, base: base)
      typeScratch.truncate(to: base)
      depth -= 1
    case .localVar, .localID:
      let name = lx.tok == .localID ? internDigits() : internName()
      let slot = typeSlot(name)
      if typeByName[slot] == 0 {  // forward reference: an identified struct, body set later
        if inWorker { throw bail(lx.start) }
        if deferBodies { typeReady[slot] = Int32(deferred.count) }
        typeByName[slot] = m.types.namedStruct(name).raw + 1
      } else if namedTypeNotReady(slot) {
        throw bail(lx.start)
      }
      t = TypeID(raw: typeByName[slot] - 1)
      lx.next()
    default:
      throw errHere("expected type")
    }
    return try parseTypeSuffix(t)
  }

  /// Function-type parameter lists and (refused) typed-pointer stars after a type.
  mutating func parseTypeSuffix(_ t0: TypeID) throws(ParseFail) -> TypeID {
    var t = t0
    while true {
      if lx.tok == .lparen {
        t = try parseFunctionTypeParams(ret: t)
      } else if lx.tok == .star {
        throw errHere("unsupported: typed pointers ('*'); use 'ptr'")
      } else {
        return t
      }
    }
  }

  @inline(__always) mutating func enter() throws(ParseFail) {
    depth += 1
    if depth > depthPeak { depthPeak = depth }
    if depth > Parser.maxDepth { depth = 0; throw errHere("nesting too deep") }
  }

  mutating func parseAddrSpace() throws(ParseFail) {
    let kwLoc = lx.start
    lx.next()  // addrspace
    try expect(.lparen, "expected '(' in address space")
    if lx.tok == .string { throw errHere("unsupported: symbolic address space") }
    guard lx.tok == .intLit, !lx.negative else { throw errHere("expected address space number") }
    if lx.num != 0 || lx.bigInt { throw err(kwLoc, "unsupported: addrspace(\(lx.bigInt ? "…" : String(lx.num)))") }
    lx.next()
    try expect(.rparen, "expected ')' in address space")
  }

  /// `{ T, T }` or `<{ T, T }>`; the current token is `{` or `<`. The fields are pushed on
  /// `typeScratch`; returns where they start (the caller pops them).
  mutating func parseStructBody(packed: Bool) throws(ParseFail) -> Int {
    let base = typeScratch.count
    if packed { lx.next() }
    lx.next()  // {
    if lx.tok != .rbrace {
      while true {
        let loc = lx.start
        let f = try parseType()
        if !isSized(f, visiting: .void) { throw err(loc, "invalid element type for struct") }
        typeScratch.append(f)
        if !eat(.comma) { break }
      }
    }
    try expect(.rbrace, "expected '}' at end of struct")
    if packed { try expect(.greater, "expected '>' in packed struct") }
    return base
  }

  /// `(T, T, ...)` after a return type.
  mutating func parseFunctionTypeParams(ret: TypeID) throws(ParseFail) -> TypeID {
    let rk = m.types.kindOf(ret)
    if rk == .label || rk == .metadata || rk == .function { throw errHere("invalid function return type") }
    lx.next()  // (
    let base = typeScratch.count
    var varArg = false
    if lx.tok != .rparen {
      while true {
        if eat(.dotdotdot) { varArg = true; break }
        let loc = lx.start
        let p = try parseType()
        if p == .void || m.types.kindOf(p) == .function || p == .label { throw err(loc, "invalid function argument type") }
        _ = try parseParamAttrs()
        typeScratch.append(p)
        if !eat(.comma) { break }
      }
    }
    try expect(.rparen, "expected ')' at end of function type")
    let t = cachedList(kind: .function, a: ret.raw, flag: varArg, base: base)
    typeScratch.truncate(to: base)
    return t
  }

  // MARK: attributes

  /// Parameter / return attributes; keeps the ones in `ParamAttrs`, drops the rest.
  mutating func parseParamAttrs() throws(ParseFail) -> ParamAttrs {
    var a = ParamAttrs()
    while true {
      switch lx.tok {
      case .keyword:
        switch lx.kw {
        case .signext: a.flags |= ParamAttrs.signext; lx.next()
        case .zeroext: a.flags |= ParamAttrs.zeroext; lx.next()
        case .inreg: a.flags |= ParamAttrs.inreg; lx.next()
        case .noalias: a.flags |= ParamAttrs.noalias; lx.next()
        case .nest: a.flags |= ParamAttrs.nest; lx.next()
        case .returned: a.flags |= ParamAttrs.returned; lx.next()
        case .byval, .sret:
          a.flags |= lx.kw == .byval ? ParamAttrs.byval : ParamAttrs.sret
          lx.next()
          if eat(.lparen) {
            a.type = try parseType()
            try expect(.rparen, "expected ')' after type")
          }
        case .inalloca: throw errHere("unsupported: inalloca")
        case .align:
          lx.next()
          let paren = eat(.lparen)
          a.alignLog2Plus1 = try parseAlignValue()
          if paren { try expect(.rparen, "expected ')' after alignment") }
        case .alignstack:
          lx.next()
          try expect(.lparen, "expected '(' after alignstack")
          a.alignLog2Plus1 = try parseAlignValue()
          a.flags |= ParamAttrs.alignstack
          try expect(.rparen, "expected ')' after alignment")
        default:
          if !isDroppedParamAttr(lx.kw) { return a }
          lx.next()
          if lx.tok == .lparen { try skipBalanced() }
        }
      case .ident:
        lx.next()
        if lx.tok == .lparen { try skipBalanced() }
      case .string:  // "key" or "key"="value"
        lx.next()
        if eat(.equal) { try expect(.string, "expected string attribute value") }
      default:
        return a
      }
    }
  }

  /// The number after `align`: a power of two up to 2^32, as log2 + 1.
  mutating func parseAlignValue() throws(ParseFail) -> UInt8 {
    guard lx.tok == .intLit, !lx.negative else { throw errHere("expected alignment value") }
    let v = lx.num
    if lx.bigInt || v > 1 << 32 { throw errHere("huge alignments are not supported yet") }
    if v == 0 || v & (v - 1) != 0 { throw errHere("alignment is not a power of two") }
    lx.next()
    return UInt8(v.trailingZeroBitCount + 1)
  }

  /// Function attributes after a signature or call: `#N`, keywords, `"k"="v"`, with `(…)` payloads.
  mutating func skipFnAttrs() throws(ParseFail) {
    while true {
      switch lx.tok {
      case .attrGrpID: lx.next()
      case .string:
        lx.next()
        if eat(.equal) { try expect(.string, "expected string attribute value") }
      case .ident:
        lx.next()
        if lx.tok == .lparen { try skipBalanced() }
      case .keyword:
        // Only attribute keywords: anything else (`define`, opcodes, `to`, `section`…) ends the list.
        let k = lx.kw
        if !(isDroppedParamAttr(k) || k == .alignstack || k == .noalias || k == .inreg || k == .returned) { return }
        lx.next()
        if lx.tok == .lparen { try skipBalanced() }
      default: return
      }
    }
  }

  // MARK: globals

  @inline(__always) mutating func globalSlot(_ s: Symbol) -> Int {
    let i = Int(s.raw)
    if i >= globalByName.count { growGlobalSlots(i) }
    return i
  }

  @inline(never) mutating func growGlobalSlots(_ i: Int) {
    let n = max(i + 1, globalByName.count * 2, 256)
    globalByName.lengthen(to: n, with: noValue)
  }

  /// A use of `@name` (current token): the defined value or a pending placeholder.
  @inline(__always) mutating func globalRef() throws(ParseFail) -> Value {
    let v = try globalUse()
    lx.next()
    return v
  }

  /// `globalRef` without moving on from the token.
  @inline(__always) mutating func globalUse() throws(ParseFail) -> Value {
    let name: Symbol
    if lx.tok == .globalID { name = internDigits() } else { name = internName() }
    let slot = globalSlot(name)
    let v = globalByName[slot]
    let loc = lx.start
    if inWorker && (v == noValue || v.index & pendingBit != 0) { throw bail(loc) }
    if v != noValue { return v }
    let p = Value(.global, pendingBit | pendingGlobals.count)
    pendingGlobals.append((name, UInt32(truncatingIfNeeded: loc), noValue))
    globalByName[slot] = p
    return p
  }

  /// A use of a plain `@name` at byte `p` (not quoted, not numbered) that `globalRef` would
  /// take without consuming more than its token: the name is already bound (and, in a worker,
  /// not pending). Returns the value and the token's end; nil otherwise, and the general path
  /// handles it (the name may have been interned already: the general path interns it at the
  /// same point, so symbols are numbered as before).
  @inline(never) mutating func fastGlobal(_ p: Int) -> (Value, Int)? {
    guard let (v, q, _) = fastGlobalNamed(p) else { return nil }
    return (v, q)
  }

  /// `fastGlobal`, also returning the name's symbol (as `Int`).
  @inline(__always) mutating func fastGlobalNamed(_ p: Int) -> (Value, Int, Int)? {
    let b = lx.base
    if b[p] != 64 { return nil }
    let c = b[p &+ 1]
    if lx.isDigit(c) || !lx.isName(c) { return nil }
    var q = p &+ 2
    while lx.isName(b[q]) { q &+= 1 }
    let i = Int(internPlain(p &+ 1, q &- p &- 1).raw)
    guard let v = boundGlobal(i) else { return nil }
    return (v, q, i)
  }

  /// What `fastGlobal` takes for the interned name `i`: its value when bound (and, in a worker,
  /// not pending).
  @inline(__always) func boundGlobal(_ i: Int) -> Value? {
    if i >= globalByName.count { return nil }
    let v = globalByName[i]
    if v == noValue || (inWorker && v.index & pendingBit != 0) { return nil }
    return v
  }

  /// Binds `name` to `v`; reports a redefinition at `loc`. (Inline: phase 1 of a parallel parse
  /// defines a global per ~600 instructions.)
  @inline(__always) mutating func defineGlobal(_ name: Symbol, _ v: Value, loc: Int) throws(ParseFail) {
    let slot = globalSlot(name)
    let old = globalByName[slot]
    // Defined already unless unknown or pending (`noValue`'s index has `pendingBit` too).
    if old.index & pendingBit == 0 { throw redefinedGlobal(name, loc) }
    if old != noValue { pendingGlobals[old.index & (pendingBit - 1)].resolved = v }
    globalByName[slot] = v
  }

  @inline(never) mutating func redefinedGlobal(_ name: Symbol, _ loc: Int) -> ParseFail {
    err(loc, "redefinition of global '@\(m.name(name))'")
  }

  mutating func parseLinkage() -> Linkage? {
    guard lx.tok == .keyword else { return nil }
    let l: Linkage
    switch lx.kw {
    case .private: l = .private
    case .internal: l = .internal
    case .available_externally: l = .availableExternally
    case .linkonce: l = .linkonce
    case .weak: l = .weak
    case .common: l = .common
    case .appending: l = .appending
    case .extern_weak: l = .externWeak
    case .linkonce_odr: l = .linkonceODR
    case .weak_odr: l = .weakODR
    case .external: l = .external
    default: return nil
    }
    lx.next()
    return l
  }

  /// dso_local, visibility, dll storage, thread_local, unnamed_addr in any order.
  mutating func parseGlobalFlags(_ vis: inout Visibility, _ flags: inout UInt8) throws(ParseFail) {
    while lx.tok == .keyword {
      switch lx.kw {
      case .dso_local: flags |= GlobalFlags.dsoLocal
      case .dso_preemptable: break
      case .default: vis = .default
      case .hidden: vis = .hidden
      case .protected: vis = .protected
      case .dllimport, .dllexport: throw errHere("unsupported: \(lx.kw == .dllimport ? "dllimport" : "dllexport")")
      case .thread_local:
        flags |= GlobalFlags.threadLocal
        lx.next()
        if eat(.lparen) {
          if lx.tok == .keyword, [.localdynamic, .initialexec, .localexec, .generaldynamic].contains(lx.kw) {
            lx.next()
          } else {
            throw errHere("expected localdynamic, initialexec or localexec")
          }
          try expect(.rparen, "expected ')' after thread local model")
        }
        continue
      case .unnamed_addr: flags |= GlobalFlags.unnamedAddr
      case .local_unnamed_addr: flags |= GlobalFlags.localUnnamedAddr
      case .externally_initialized: flags |= GlobalFlags.externallyInitialized
      case .addrspace: try parseAddrSpace(); continue
      default: return
      }
      lx.next()
    }
  }

  mutating func parseGlobal() throws(ParseFail) {
    let loc = lx.start
    let name: Symbol
    if lx.tok == .globalID {
      if lx.num != UInt64(nextGlobalNumber) { throw errHere("variable expected to be numbered '@\(nextGlobalNumber)'") }
      nextGlobalNumber += 1
      name = internDigits()
    } else if deferBodies && !lx.escaped {
      // Phase 1 of a parallel parse: a global's name is new (unless redefined), so a lookup in
      // `nameCache` would miss, and what it would leave there is mostly overwritten by later
      // names before any body looks it up: interned directly.
      name = m.names.intern(UnsafeBufferPointer(start: lx.base + lx.nameStart, count: lx.nameEnd &- lx.nameStart))
    } else {
      name = internName()
    }
    var vis = Visibility.default
    var flags: UInt8 = 0
    let linkage: Linkage?
    let isConst: Bool
    // ` = ` and a frequent head after the name, matched on the bytes: the type is lexed from
    // `typeAt` (below, or not at all in phase 1 of a parallel parse).
    var typeAt = -1
    let e = lx.end
    if lx.base[e] == 32 && lx.base[e &+ 1] == 61, let h = fastGlobalHead(e &+ 2) {
      linkage = h.linkage; flags = h.flags; isConst = h.isConst; typeAt = h.typeAt
    } else {
      lx.next()
      try expect(.equal, "expected '=' in global variable")
      linkage = parseLinkage()
      try parseGlobalFlags(&vis, &flags)
      if isKw(.alias) || isKw(.ifunc) {
        if lx.kw == .ifunc { throw errHere("unsupported: ifunc") }
        lx.next()
        let vt = try parseType()
        try expect(.comma, "expected comma after alias's type")
        // The aliasee's type is omitted before getelementptr/bitcast/inttoptr/addrspacecast.
        if !(lx.tok == .keyword && (lx.kw == .getelementptr || lx.kw == .bitcast || lx.kw == .inttoptr || lx.kw == .addrspacecast)) {
          let atloc = lx.start
          let at = try parseType()
          if at != .ptr { throw err(atloc, "an alias or ifunc must have pointer type") }
        }
        let aliasee = try parseConstantValue(.ptr)
        var a = Alias(name: name, valueType: vt, aliasee: aliasee)
        a.linkage = linkage ?? .external
        a.visibility = vis; a.flags = flags; a.loc = SourceLoc(loc)
        try defineGlobal(name, .alias(m.aliases.count), loc: loc)
        m.aliases.append(a)
        var ignored = GlobalVar(name: name, valueType: vt)  // an alias keeps none of the tail
        try parseGlobalTail(&ignored)
        return
      }
      if eatKw(.global) { isConst = false } else if eatKw(.constant) { isConst = true } else {
        throw errHere("expected 'global' or 'constant'")
      }
    }
    var g = GlobalVar(name: name, valueType: .void)
    g.isConstant = isConst
    g.linkage = linkage ?? .external
    g.visibility = vis; g.flags = flags; g.loc = SourceLoc(loc)
    // A declaration has no initializer: `external` or `extern_weak` written out.
    let isDefinition = !(linkage == .external || linkage == .externWeak)
    if deferBodies {
      // Phase 1 of a parallel parse: a worker parses the rest of the line (type, initializer,
      // properties; Parallel.swift checks that the global ends on this line); skip to its end.
      // After a fast head, the type's start is found by skipping blanks (what `next` would do
      // first) instead of lexing it, unless the line ends there.
      var first = -1
      if typeAt >= 0 {
        var q = typeAt
        while lx.cls[Int(lx.base[q])] & 16 != 0 { q &+= 1 }
        let c = lx.base[q]
        if c != 10 && c != 59 && c != 0 { first = q } else { lx.pos = typeAt; lx.next() }
      }
      let end = lx.lineEnd(first >= 0 ? first : lx.start)
      deferred.append(first >= 0
        ? DeferredItem(.global, index: m.globals.count, scanFrom: typeAt, first: first, end: end)
        : DeferredItem(.global, index: m.globals.count, lexer: lx, end: end))
      if isDefinition { g.initializer = noValue }  // the worker's value replaces it
      try defineGlobal(name, .global(m.globals.count), loc: loc)
      m.globals.append(g)
      if lx.base[end] == 10 && lx.base[end &+ 1] == 64 {
        // The next line starts with `@` (usually the next global): lexed as `next` would.
        lx.prevEnd = end
        lx.start = end &+ 1
        lx.lexVarFast(end &+ 1, .globalVar, .globalID)
      } else {
        lx.pos = end
        lx.next()
      }
      return
    }
    if typeAt >= 0 { lx.pos = typeAt; lx.next() }
    try parseGlobalValue(&g, isDefinition: isDefinition)
    try defineGlobal(name, .global(m.globals.count), loc: loc)
    m.globals.append(g)
    try parseGlobalTail(&g)
    m.globals[m.globals.count - 1] = g
  }

  /// The most frequent spellings of a global's head after its `=` (which ends at byte `p`),
  /// e.g. ` private unnamed_addr constant ` or ` internal global `, matched on the bytes:
  /// returns the linkage, flags and constness the general path would find, and where the
  /// lexer must go on to lex the type (`pos`) to be where the general path leaves it; nil
  /// for anything else. Consumes nothing.
  @inline(__always) func fastGlobalHead(_ p: Int) -> (linkage: Linkage?, flags: UInt8, isConst: Bool, typeAt: Int)? {
    let b = lx.base
    if b[p] != 32 || p &+ 40 > lx.count { return nil }
    let q = UnsafeRawPointer(b + p)
    @inline(__always) func at(_ s: StaticString) -> Bool {
      // 8 bytes at a time, the last 8 overlapping (every pattern has at least 8 bytes)
      let n = s.utf8CodeUnitCount, sp = UnsafeRawPointer(s.utf8Start)
      var i = 0
      while i &+ 8 < n {
        if q.loadUnaligned(fromByteOffset: i, as: UInt64.self) != sp.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i &+= 8
      }
      return q.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) == sp.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
    }
    let r: (Linkage?, UInt8, Bool, Int)  // …, length of the pattern without its final blank
    switch b[p &+ 1] {
    case 112:  // p
      if at(" private unnamed_addr constant ") { r = (.private, GlobalFlags.unnamedAddr, true, 30) }
      else if at(" private constant ") { r = (.private, 0, true, 17) }
      else if at(" private global ") { r = (.private, 0, false, 15) }
      else { return nil }
    case 105:  // i
      if at(" internal global ") { r = (.internal, 0, false, 16) }
      else if at(" internal constant ") { r = (.internal, 0, true, 18) }
      else if at(" internal unnamed_addr constant ") { r = (.internal, GlobalFlags.unnamedAddr, true, 31) }
      else { return nil }
    case 103:  // g
      if at(" global ") { r = (nil, 0, false, 7) } else { return nil }
    case 99:  // c
      if at(" constant ") { r = (nil, 0, true, 9) } else { return nil }
    case 100:  // d
      if at(" dso_local global ") { r = (nil, GlobalFlags.dsoLocal, false, 17) }
      else if at(" dso_local constant ") { r = (nil, GlobalFlags.dsoLocal, true, 19) }
      else { return nil }
    default: return nil
    }
    return (r.0, r.1, r.2, p &+ r.3)
  }

  /// A global variable's value type and, for a definition, its initializer.
  mutating func parseGlobalValue(_ g: inout GlobalVar, isDefinition: Bool) throws(ParseFail) {
    let tloc = lx.start
    let vt = try parseType()
    if !m.types.isFirstClassType(vt) && !(m.types.kindOf(vt) == .structure) {
      throw err(tloc, "invalid type for global variable")
    }
    g.valueType = vt
    if isDefinition {
      if m.types.kindOf(vt) == .structure && m.types.node(vt).opaque {
        throw err(tloc, "invalid type for global variable")
      }
      if let v = dataConstant(vt) { g.initializer = v } else { g.initializer = try parseConstantValue(vt) }
    }
  }

  /// A global's initializer of array or struct type `t` in the compact `.data` form (see
  /// `ConstKind.data`), when `t`'s leaves are all 8- to 64-bit integers
  /// (`TypeTable.intLeafBytes`) and the text is written as clang writes it (`dataList`): read
  /// from the bytes, the lexer moved once, at the end. Nil (nothing consumed, no constant made,
  /// nothing reported) otherwise: the general path then parses it, including every error.
  /// csmith-style programs hold most of their global text in such tables.
  mutating func dataConstant(_ t: TypeID) -> Value? {
    switch lx.tok {
    case .lsquare, .lbrace, .less: break
    default: return nil
    }
    guard let size = leafBytes(t), size <= 1 << 28 else { return nil }  // (= intLeafBytes(t, limit: 1 << 28))
    var out = dataScratch
    dataScratch = []
    // (8 bytes of slack: each leaf is stored as a whole word)
    if out.count < size &+ 8 { out = [UInt8](repeating: 0, count: max(size &+ 8, 2 * out.count)) }
    var o = 0
    let r = m.types.nodes.withUnsafeBufferPointer { nodes in
      m.types.lists.withUnsafeBufferPointer { lists in
        out.withUnsafeMutableBufferPointer {
          dataList(t, at: lx.start, DataOut(bytes: $0.baseAddress!, nodes: nodes, lists: lists, limit: size), &o, depth: 1)
        }
      }
    }
    defer { dataScratch = out }
    guard r.end >= 0, r.nonzero, o == size else { return nil }
    let c = out.withUnsafeBufferPointer { m.constants.data(t, UnsafeBufferPointer(rebasing: $0[0 ..< size])) }
    lx.pos = r.end
    lx.next()
    return .constant(c)
  }

  /// `m.types.intLeafBytes(t)`, remembered (`leafBytesMemo`).
  @inline(__always) mutating func leafBytes(_ t: TypeID) -> Int? {
    let i = Int(t.raw)
    if i < leafBytesMemo.count {
      let v = leafBytesMemo[i]
      if v != 0 { return v > 0 ? Int(v) : nil }
    }
    return leafBytesSlow(t)
  }

  @inline(never) mutating func leafBytesSlow(_ t: TypeID) -> Int? {
    let r = m.types.intLeafBytes(t)  // (at most 1 << 30: fits)
    let i = Int(t.raw)
    if i >= leafBytesMemo.count { leafBytesMemo.lengthen(to: max(i + 1, 2 * leafBytesMemo.count, 64), with: 0) }
    leafBytesMemo[i] = r.map { Int32($0) } ?? -1
    return r
  }

  /// Where `dataList` writes, and the type table it reads.
  struct DataOut {
    let bytes: UnsafeMutablePointer<UInt8>
    let nodes: UnsafeBufferPointer<TypeNode>
    let lists: UnsafeBufferPointer<TypeID>
    let limit: Int  // bytes the leaves take (`bytes` has 8 more)
  }

  /// `[…]`, `{ … }` or `<{ … }>` at byte `p` for array or struct type `t` (`dataConstant`): each
  /// element (separated by `, `) is `iN <decimal>` for an integer element type (N = 8, 16, 32,
  /// 64; the value as `fastIntRun` takes it), or, for a nested array or struct, its type spelled
  /// as last seen (`typeSpelling`) or, for a named struct, as `%name` (`nestedTypeEnd`), a space
  /// and `zeroinitializer` or its own list. The leaves go to `out.bytes[o...]` (`o` moved past
  /// them; `dataLeaf`). Returns the end of the list (-1 when the text
  /// differs in any way) and whether any leaf is nonzero. A nested list of all zeros is not
  /// taken: clang writes `zeroinitializer` for those, and the `.data` form prints them so.
  mutating func dataList(_ t: TypeID, at p: Int, _ out: DataOut, _ o: inout Int, depth: Int) -> (end: Int, nonzero: Bool) {
    let fail = (end: -1, nonzero: false)
    let b = lx.base, count = lx.count
    let tn = out.nodes[Int(t.raw)]
    var q = p
    guard q &+ 3 < count else { return fail }
    let n: Int
    let isArray = tn.kind == .array
    switch tn.kind {
    case .array:
      guard b[q] == 91 else { return fail }  // [
      q &+= 1; n = Int(tn.count)
    case .structure:
      if tn.packed {
        guard b[q] == 60 && b[q &+ 1] == 123 && b[q &+ 2] == 32 else { return fail }  // `<{ `
        q &+= 3
      } else {
        guard b[q] == 123 && b[q &+ 1] == 32 else { return fail }  // `{ `
        q &+= 2
      }
      n = Int(tn.listCount)
    default: return fail
    }
    var nonzero = false
    var et = TypeID(raw: tn.a)
    if isArray, let (pattern, mask, len, width) = Parser.intSpelling(et), width >= 8 {
      // An array of integers, the most frequent list: as the loop below takes it, the
      // element's spelling looked up once.
      for k in 0 ..< n {
        if k > 0 {
          guard b[q] == 44 && b[q &+ 1] == 32 else { return fail }  // `, `
          q &+= 2
        }
        guard q &+ 32 < count, let (v, e) = Parser.dataLeaf(b, at: q, pattern, mask, len, width, out, &o) else { return fail }
        nonzero = nonzero || v != 0
        q = e
      }
      guard q &+ 3 < count, b[q] == 93 else { return fail }  // ]
      return (q &+ 1, nonzero)
    }
    for k in 0 ..< n {
      if !isArray { et = out.lists[Int(tn.listStart) &+ k] }
      if k > 0 {
        guard b[q] == 44 && b[q &+ 1] == 32 else { return fail }  // `, `
        q &+= 2
      }
      guard q &+ 32 < count else { return fail }
      if let (pattern, mask, len, width) = Parser.intSpelling(et) {
        guard width >= 8, let (v, e) = Parser.dataLeaf(b, at: q, pattern, mask, len, width, out, &o) else { return fail }
        nonzero = nonzero || v != 0  // (a value that fits its width is zero only as 0 or -0)
        q = e
      } else {
        // a nested array or struct: its type (as last spelled, or a named struct's `%name`),
        // then its value
        guard let after = nestedTypeEnd(et, at: q, out) else { return fail }
        q = after
        let raw = UnsafeRawPointer(b + q)  // `zeroinitializer`: bytes 0-7 and 7-14
        if raw.loadUnaligned(as: UInt64.self) == 0x74696e696f72657a && raw.loadUnaligned(fromByteOffset: 7, as: UInt64.self) == 0x72657a696c616974
            && !lx.isName(b[q &+ 15]) {
          guard let size = leafBytes(et), size <= out.limit &- o else { return fail }
          (out.bytes + o).update(repeating: 0, count: size)
          o &+= size
          q &+= 15
        } else {
          guard depth < Parser.maxDepth else { return fail }
          let r = dataList(et, at: q, out, &o, depth: depth &+ 1)
          guard r.end >= 0, r.nonzero else { return fail }
          nonzero = true
          q = r.end
        }
      }
    }
    guard q &+ 3 < count else { return fail }
    if isArray {
      guard b[q] == 93 else { return fail }  // ]
      q &+= 1
    } else {
      guard b[q] == 32 && b[q &+ 1] == 125 else { return fail }  // ` }`
      q &+= 2
      if tn.packed {
        guard b[q] == 62 else { return fail }  // >
        q &+= 1
      }
    }
    return (q, nonzero)
  }

  /// One integer leaf of `dataList` at byte `q`: `iN <decimal>` (`intSpelling`'s pattern, mask
  /// and length of `iN `, and N >= 8), the value as `fastIntRun` takes it, stored little-endian
  /// in N/8 bytes at `out.bytes + o` (`o` moved past them). Returns the value and the end of its
  /// digits; nil when the text or the value does not qualify or the leaves would overrun.
  @inline(__always) static func dataLeaf(_ b: UnsafePointer<UInt8>, at q: Int, _ pattern: UInt32, _ mask: UInt32, _ len: Int,
                                         _ width: UInt64, _ out: DataOut, _ o: inout Int) -> (Int64, Int)? {
    guard UnsafeRawPointer(b + q).loadUnaligned(as: UInt32.self) & mask == pattern else { return nil }
    guard let (neg, mag, nd, e) = Parser.scanLeafDecimal(b, q &+ len) else { return nil }
    let v: Int64
    if let x = Parser.decimalFits(neg, mag, nd, width: width) { v = x }
    else if width == 64, let x = Parser.decimal19(neg, mag, nd) { v = x }
    else { return nil }
    let w = Int(width) &>> 3
    guard o &+ w <= out.limit else { return nil }
    // (a whole word, of which the next leaf overwrites what is not this one's)
    UnsafeMutableRawPointer(out.bytes + o).storeBytes(of: UInt64(bitPattern: v).littleEndian, as: UInt64.self)
    o &+= w
    return (v, e)
  }

  /// `scanSigned` for a `dataLeaf` (which takes at most 19 digits): up to 8 digits at a time,
  /// found and converted in a word; nil when there are more than 19 digits (at most 26 bytes from
  /// `p` are read: `dataList` has 32 in hand).
  @inline(__always) static func scanLeafDecimal(_ b: UnsafePointer<UInt8>, _ p: Int) -> (Bool, UInt64, Int, Int)? {
    let neg = b[p] == 45
    let ds = neg ? p &+ 1 : p
    var (mag, n) = digitWord(b + ds)
    if n < 8 { return (neg, mag, n, ds &+ n) }
    let (m2, n2) = digitWord(b + (ds &+ 8))
    mag = mag &* pow10[n2] &+ m2
    if n2 < 8 { return (neg, mag, 8 &+ n2, ds &+ 8 &+ n2) }
    let (m3, n3) = digitWord(b + (ds &+ 16))
    if n3 > 3 { return nil }
    n = 16 &+ n3
    return (neg, mag &* pow10[n3] &+ m3, n, ds &+ n)
  }

  static let pow10: [UInt64] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000]

  /// The decimal digits that start the 8 bytes at `p` (up to 8 of them): their value and count.
  @inline(__always) static func digitWord(_ p: UnsafePointer<UInt8>) -> (UInt64, Int) {
    // XOR with '0' maps exactly the digits to bytes 0-9; a byte above 9 gets its top bit set by
    // adding 0x76 (a carry out of a byte only comes from a byte already flagged, and only moves
    // up, so the lowest flagged byte is the first non-digit).
    let x = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).littleEndian ^ 0x3030_3030_3030_3030
    let flags = ((x &+ 0x7676_7676_7676_7676) | x) & 0x8080_8080_8080_8080
    let n = flags == 0 ? 8 : flags.trailingZeroBitCount &>> 3
    if n <= 1 { return (n == 0 ? 0 : x & 0xF, n) }
    // The digits moved to the top bytes (leading zero digits below them), then combined
    // pairwise: 2-digit, 4-digit, 8-digit lanes (the first digit is the most significant).
    var v = x &<< UInt64((8 &- n) &* 8)
    v = ((v & 0x0F0F_0F0F_0F0F_0F0F) &* 2561) &>> 8
    v = ((v & 0x00FF_00FF_00FF_00FF) &* 6_553_601) &>> 16
    v = ((v & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) &>> 32
    return (v, n)
  }

  /// For `dataList`: when the bytes at `q` spell the nested array or struct type `t` and a
  /// blank follows (with at least 17 more bytes in the file), the byte after that blank; nil
  /// otherwise. A literal type must repeat its last spelling (`typeSpelling`); a named struct
  /// must be written `%name` with its interned bytes (so not quoted or escaped), and in a worker
  /// only when `parseTypeSlow` would not bail on the name. Same bytes, same type, as for a
  /// `spanStart` hit.
  @inline(__always) func nestedTypeEnd(_ t: TypeID, at q: Int, _ out: DataOut) -> Int? {
    let b = lx.base, count = lx.count
    let i = Int(t.raw)
    let name = out.nodes[i].name
    if name != .empty {
      let slot = Int(name.raw)
      if namedTypeNotReady(slot) { return nil }
      return m.names.withBytes(name) { nb -> Int? in
        let len = nb.count
        guard len > 0, q &+ len &+ 18 < count, b[q] == 37, b[q &+ 1 &+ len] == 32,  // `%`, ` `
              Parser.sameBytes(nb.baseAddress!, b + (q &+ 1), len) else { return nil }
        return q &+ len &+ 2
      }
    }
    guard i < typeSpelling.count else { return nil }
    let sp = typeSpelling[i]
    let s = Int(truncatingIfNeeded: sp >> 32), len = Int(truncatingIfNeeded: sp >> 8 & 0xFF_FFFF)
    guard len > 0, q &+ len &+ 17 < count, Parser.sameBytes(b + s, b + q, len), b[q &+ len] == 32 else { return nil }
    return q &+ len &+ 1
  }

  /// `, section "x"`, `, comdat`, `, align N`, `, !dbg !N`, … and trailing `#N` attributes.
  mutating func parseGlobalTail(_ g: inout GlobalVar) throws(ParseFail) {
    while lx.tok == .comma {
      if let a = fastCommaAlign() {
        g.alignLog2Plus1 = a
        continue
      }
      lx.next()
      switch lx.tok {
      case .keyword:
        switch lx.kw {
        case .section:
          lx.next()
          if lx.tok != .string { throw errHere("expected section name") }
          let s = internName()
          g.section = s
          lx.next()
        case .partition, .code_model:
          lx.next()
          if lx.tok != .string { throw errHere("expected string") }
          lx.next()
        case .comdat:
          lx.next()
          var c = g.name
          if eat(.lparen) {
            if lx.tok != .comdatVar { throw errHere("expected comdat variable") }
            c = internName(); lx.next()
            try expect(.rparen, "expected ')' after comdat var")
          }
          g.comdat = c
        case .align:
          lx.next()
          let a = try parseAlignValue()
          g.alignLog2Plus1 = a
        case .no_sanitize_address, .no_sanitize_hwaddress, .sanitize_memtag, .sanitize_address_dyninit:
          lx.next()
        default:
          throw errHere("unknown global variable property")
        }
      case .metadataVar:
        lx.next()
        _ = try parseMDRef()
      default:
        throw errHere("expected global variable property")
      }
    }
    while lx.tok == .attrGrpID { lx.next() }
  }

  // MARK: constants

  /// A small-int cache slot for (type, value) or nil when not cacheable.
  @inline(__always) func smallSlot(_ t: TypeID, _ v: Int64) -> Int? {
    let k: Int
    switch t {
    case .i1: k = 0
    case .i8: k = 1
    case .i16: k = 2
    case .i32: k = 3
    case .i64: k = 4
    default: return nil
    }
    if v < -64 || v >= 192 { return nil }
    return k * 256 + Int(v + 64)
  }

  /// An integer constant of type `t` from a signed 64-bit value (already range-checked).
  /// A small value seen before is answered inline; the rest is `intConstSlow`.
  @inline(__always) mutating func intConst(_ t: TypeID, _ v: Int64) -> Value {
    if let s = smallSlot(t, v) {
      let c = smallConst[s]
      if c.raw != .max { return .constant(c) }
    }
    return intConstSlow(t, v)
  }

  /// (`intConst` found no cached small constant.)
  @inline(never) mutating func intConstSlow(_ t: TypeID, _ v: Int64) -> Value {
    let w = m.types.widthOf(t)
    if w <= 64 {
      let bits = UInt64(bitPattern: v)
      let c = cachedInt(t, w == 64 ? bits : bits & ((1 << UInt64(w)) - 1))
      if let s = smallSlot(t, v) { smallConst[s] = c }
      return .constant(c)
    }
    let nw = Int((w + 63) / 64)
    var words = [UInt64](repeating: v < 0 ? .max : 0, count: nw)
    words[0] = UInt64(bitPattern: v)
    maskTop(&words, w)
    return .constant(m.constants.int(t, words: words))
  }

  func maskTop(_ words: inout [UInt64], _ w: UInt32) {
    let r = Int(w % 64)
    if r != 0, let last = words.indices.last { words[last] &= (1 << UInt64(r)) - 1 }
  }

  /// The current integer literal as an integer constant of type `t` (checks that it fits).
  mutating func parseIntLiteral(_ t: TypeID) throws(ParseFail) -> Value {
    guard m.types.kindOf(t) == .integer else { throw errHere("integer constant must have integer type") }
    let w = m.types.widthOf(t)
    if !lx.bigInt {
      let mag = lx.num
      let ok: Bool
      if w >= 64 { ok = true }
      else if lx.negative { ok = mag <= 1 << UInt64(w - 1) }
      else { ok = mag >> UInt64(w) == 0 }
      if !ok { throw errHere("integer constant '\(tokText())' does not fit in type '\(typeName(t))'") }
      let v: Value
      if w > 64 && !lx.negative {
        var words = [UInt64](repeating: 0, count: Int((w + 63) / 64))
        words[0] = mag
        v = .constant(m.constants.int(t, words: words))
      } else {
        v = intConst(t, lx.negative ? Int64(bitPattern: 0 &- mag) : Int64(bitPattern: mag))
      }
      lx.next()
      return v
    }
    if w <= 64 { return try parseBigIntLiteral64(t, w) }
    // Big decimal: accumulate into 64-bit words.
    let nw = Int((w + 63) / 64)
    var words = [UInt64](repeating: 0, count: nw + 1)
    var i = lx.nameStart
    while i < lx.nameEnd {
      var carry = UInt64(lx.base[i] - 48)
      for k in 0..<words.count {
        let (hi, lo) = words[k].multipliedFullWidth(by: 10)
        let (s, o) = lo.addingReportingOverflow(carry)
        words[k] = s
        carry = hi &+ (o ? 1 : 0)
      }
      if carry != 0 || words[nw] != 0 {
        throw errHere("integer constant '\(tokText())' does not fit in type '\(typeName(t))'")
      }
      i += 1
    }
    words.removeLast()
    // Fit check: magnitude < 2^w (unsigned) or <= 2^(w-1) (negative).
    func bit(_ b: UInt32) -> Bool { words[Int(b / 64)] >> UInt64(b % 64) & 1 != 0 }
    var highest: Int = -1
    for k in stride(from: nw - 1, through: 0, by: -1) where words[k] != 0 {
      highest = k * 64 + 63 - words[k].leadingZeroBitCount; break
    }
    var fits = highest < Int(w)
    if lx.negative && highest == Int(w) - 1 {
      // only exactly 2^(w-1) fits
      fits = words.enumerated().allSatisfy { k, x in
        k * 64 + 63 < Int(w) - 1 ? x == 0 : (k * 64 <= Int(w) - 1 && k * 64 + 63 >= Int(w) - 1 ? x == 1 << UInt64((Int(w) - 1) % 64) : x == 0)
      }
    }
    if !fits { throw errHere("integer constant '\(tokText())' does not fit in type '\(typeName(t))'") }
    if lx.negative {  // two's complement
      var carry: UInt64 = 1
      for k in 0..<nw { let (s, o) = (~words[k]).addingReportingOverflow(carry); words[k] = s; carry = o ? 1 : 0 }
    }
    maskTop(&words, w)
    lx.next()
    if nw == 1 { return .constant(m.constants.int(t, words[0])) }
    return .constant(m.constants.int(t, words: words))
  }

  /// `parseIntLiteral` for a literal of more than 18 digits and a type of at most 64 bits:
  /// the same checks, messages and constant as the general multi-word path, in one word.
  mutating func parseBigIntLiteral64(_ t: TypeID, _ w: UInt32) throws(ParseFail) -> Value {
    var mag: UInt64 = 0
    var i = lx.nameStart
    while i < lx.nameEnd {
      let (hi, lo) = mag.multipliedFullWidth(by: 10)
      let (s, o) = lo.addingReportingOverflow(UInt64(lx.base[i] &- 48))
      if hi != 0 || o { throw errHere("integer constant '\(tokText())' does not fit in type '\(typeName(t))'") }
      mag = s
      i += 1
    }
    // Fit check: magnitude < 2^w (unsigned) or <= 2^(w-1) (negative).
    let fits = lx.negative ? mag <= 1 << UInt64(w - 1) : (w == 64 || mag >> UInt64(w) == 0)
    if !fits { throw errHere("integer constant '\(tokText())' does not fit in type '\(typeName(t))'") }
    var v = lx.negative ? 0 &- mag : mag
    if w < 64 { v &= (1 << UInt64(w)) - 1 }
    lx.next()
    return .constant(m.constants.int(t, v))
  }

  /// A constant of type `t` (no local values).
  mutating func parseConstantValue(_ t: TypeID) throws(ParseFail) -> Value {
    switch lx.tok {
    case .intLit: return try parseIntLiteral(t)
    case .floatLit, .hexFloat: return try parseFloatLiteral(t)
    case .globalVar, .globalID:
      if t != .ptr { throw errHere("global variable reference must have pointer type") }
      return try globalRef()
    case .cstring: return try parseCString(t)
    case .lsquare:
      guard m.types.kindOf(t) == .array else { throw errHere("array constant must have array type, not '\(typeName(t))'") }
      return try parseSequenceConstant(t, close: .rsquare, what: "array", closeText: "]")
    case .lbrace:
      return try parseStructConstant(t, packed: false)
    case .less:
      if lx.base[lx.end] == 123 { return try parseStructConstant(t, packed: true) }
      guard m.types.kindOf(t) == .vector else { throw errHere("vector constant must have vector type, not '\(typeName(t))'") }
      return try parseSequenceConstant(t, close: .greater, what: "vector", closeText: ">")
    case .keyword:
      switch lx.kw {
      case .true, .false:
        if t != .i1 { throw errHere("'\(lx.kw == .true ? "true" : "false")' must have type 'i1'") }
        let v = lx.kw == .true ? 1 : 0
        lx.next()
        return intConst(.i1, Int64(v))
      case .null:
        if t != .ptr { throw errHere("null must be a pointer type") }
        lx.next()
        return .constant(m.constants.null(.ptr))
      case .undef, .poison, .zeroinitializer:
        if !m.types.isFirstClassType(t) || t == .label || t == .token {
          throw errHere("invalid type for \(kwName(lx.kw)) constant")
        }
        let k = lx.kw
        lx.next()
        switch k {
        case .undef: return .constant(m.constants.undef(t))
        case .poison: return .constant(m.constants.poison(t))
        default: return .constant(m.constants.zero(t))
        }
      case .none:
        throw errHere("unsupported: token none")
      case .blockaddress: throw errHere("unsupported: blockaddress")
      case .dso_local_equivalent: throw errHere("unsupported: dso_local_equivalent")
      case .no_cfi: throw errHere("unsupported: no_cfi")
      case .splat: throw errHere("unsupported: splat constant")
      case .asm: throw errHere("unsupported: inline asm")
      default:
        return try parseConstantExpr(t)
      }
    default:
      throw errHere("expected constant of type '\(typeName(t))'")
    }
  }

  func kwName(_ k: Kw) -> String { lx.kwt.name(k) }

  /// `c"…"` for type `t` (the current token).
  @inline(never) mutating func parseCString(_ t: TypeID) throws(ParseFail) -> Value {
    let n = m.types.node(t)
    guard n.kind == .array, m.types.elementOf(t) == .i8 else {
      throw errHere("constant string must have an i8 array type")
    }
    let raw = UnsafeBufferPointer(start: lx.base + lx.nameStart, count: lx.nameEnd - lx.nameStart)
    let c: ConstID
    if lx.escaped {
      let (count, made) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(raw.count, 1)) { buf -> (Int, ConstID?) in
        let k = Parser.unescape(raw, into: buf.baseAddress!)
        if UInt64(k) != n.count { return (k, nil) }
        return (k, m.constants.string(t, UnsafeBufferPointer(start: buf.baseAddress!, count: k)))
      }
      guard let made else { throw errHere("constant string has \(count) bytes but type '\(typeName(t))' needs \(n.count)") }
      c = made
    } else {
      if UInt64(raw.count) != n.count { throw errHere("constant string has \(raw.count) bytes but type '\(typeName(t))' needs \(n.count)") }
      c = m.constants.string(t, raw)
    }
    lx.next()
    return .constant(c)
  }

  /// `T v, T v, …` up to (not consuming) `close`, pushed on `constScratch` from its current
  /// count (returned) on; every element must have type `single`, or (when `single` is `.void`)
  /// element k the type `m.types.lists[listStart + k]`. The caller pops the elements
  /// (`aggregateFromScratch`); after an error they are left behind, which is harmless: every
  /// list only looks at the part above its own base.
  mutating func parseConstantList(close: Tok, single: TypeID, listStart: Int, listCount: Int) throws(ParseFail) -> Int {
    let base = constScratch.count
    if lx.tok == close { return base }
    while true {
      let k = constScratch.count &- base
      var tookComma = false
      let known = expectedElement(k, single: single, listStart: listStart, listCount: listCount)
      if lx.tok == .intType && fastIntRun(known, single: single, listStart: listStart, listCount: listCount,
                                          base: base, &tookComma) {
        if tookComma { continue }
        if !eat(.comma) { break }
        continue
      }
      if known == .ptr && lx.tok == .keyword && lx.kw == .ptr
          && fastPtrRun(single: single, listStart: listStart, listCount: listCount, base: base, &tookComma) {
        if tookComma { continue }
        if !eat(.comma) { break }
        continue
      }
      let loc = lx.start
      let et: TypeID
      if known != .void, let t = try knownSpelling(known) { et = t } else { et = try parseTypeQuick() }
      let want = known != .void ? known : et
      if want != et {
        throw err(loc, "element type '\(typeName(et))' does not match expected type '\(typeName(want))'")
      }
      let v = try parseConstantValue(et)
      constScratch.append(v)
      if !eat(.comma) { break }
    }
    return base
  }

  /// The type element `k` of a constant list must have (`parseConstantList`'s `single`, or
  /// field k of `m.types.lists[listStart ..< listStart + listCount]`); `.void` when not known.
  @inline(__always) func expectedElement(_ k: Int, single: TypeID, listStart: Int, listCount: Int) -> TypeID {
    single != .void ? single : k < listCount ? m.types.lists[listStart + k] : .void
  }

  /// The aggregate constant of type `t` whose elements are `constScratch[base...]`; pops them.
  mutating func aggregateFromScratch(_ t: TypeID, _ base: Int) -> Value {
    let c = constScratch.withElements(from: base) { m.constants.aggregate(t, $0) }
    constScratch.truncate(to: base)
    return .constant(c)
  }

  /// Fast path for a run of `iN <decimal>` elements (the current token is `iN`), each of its
  /// expected type (`single`, or for a struct the field types `m.types.lists[listStart ...]`;
  /// N = 1, 8, 16, 32 or 64), written `iN` and one space, then at most 18 digits or, for
  /// `i64`, 19, then a delimiter; elements are separated by `, `. The elements are matched on
  /// the bytes and pushed on `constScratch` (`base` is the list's base) with their constants
  /// made in order, as the general path makes them; the lexer is moved once, at the end.
  /// Returns false (nothing consumed, no constant made) when the first element does not
  /// qualify. Otherwise the run ends either at the element's delimiter (the current token is
  /// the one after the last element) or, `tookComma` set, after a comma whose following element
  /// does not qualify (the current token is then that element's type); the general path
  /// handles what follows, including every error.
  @inline(__always) mutating func fastIntRun(_ want: TypeID, single: TypeID, listStart: Int, listCount: Int,
                                             base: Int, _ tookComma: inout Bool) -> Bool {
    let b = lx.base
    var t = want
    var p = lx.start
    var took = false
    while true {
      // `iN ` at `p`, spelled as `t`
      guard let (pattern, mask, n, width) = Parser.intSpelling(t),
            UnsafeRawPointer(b + p).loadUnaligned(as: UInt32.self) & mask == pattern else { break }
      // One scan; then the fit as `scanDecimal` checks it, else a 19-digit `i64` (made as
      // `parseBigIntLiteral64` makes it).
      let (neg, mag, nd, q) = Parser.scanSigned(b, p &+ n)
      let v: Value
      if let x = Parser.decimalFits(neg, mag, nd, width: width) {
        guard Parser.endsElement(b[q]) else { return took ? resumeAfterComma(p, &tookComma) : false }
        v = intConst(t, x)
      } else if t == .i64, let x = Parser.decimal19(neg, mag, nd) {
        guard Parser.endsElement(b[q]) else { return took ? resumeAfterComma(p, &tookComma) : false }
        v = .constant(m.constants.int(t, UInt64(bitPattern: x)))
      } else {
        break
      }
      constScratch.append(v)
      took = true
      if b[q] == 44 && b[q &+ 1] == 32 {
        t = expectedElement(constScratch.count &- base, single: single, listStart: listStart, listCount: listCount)
        p = q &+ 2
        continue
      }
      lx.pos = q
      lx.next()
      return true
    }
    return took ? resumeAfterComma(p, &tookComma) : false
  }

  /// Whether `c` may follow an integer element's digits (`,` `]` `}` `>`, a blank, a newline).
  @inline(__always) static func endsElement(_ c: UInt8) -> Bool {
    c == 44 || c == 93 || c == 125 || c == 62 || c == 32 || c == 10
  }

  /// Ends a `fastIntRun` at the element at `p` that does not qualify, which follows `, `:
  /// the comma is consumed and the element's first token lexed, as `eat(.comma)` leaves them.
  @inline(__always) mutating func resumeAfterComma(_ p: Int, _ tookComma: inout Bool) -> Bool {
    lx.pos = p &- 1
    lx.next()
    tookComma = true
    return true
  }

  /// The spelling `iN ` of a common integer type as the low bytes of a little-endian word:
  /// (pattern, mask, length, N); nil for other types.
  @inline(__always) static func intSpelling(_ t: TypeID) -> (UInt32, UInt32, Int, UInt64)? {
    switch t {
    case .i32: return (0x2032_3369, 0xFFFF_FFFF, 4, 32)
    case .i64: return (0x2034_3669, 0xFFFF_FFFF, 4, 64)
    case .i8: return (0x20_3869, 0xFF_FFFF, 3, 8)
    case .i16: return (0x2036_3169, 0xFFFF_FFFF, 4, 16)
    case .i1: return (0x20_3169, 0xFF_FFFF, 3, 1)
    default: return nil
    }
  }

  /// Fast path for a run of `ptr @name` / `ptr null` elements (the current token is `ptr`)
  /// where pointers are expected (`single`, or the struct's field types as in `fastIntRun`),
  /// each written `ptr` and one space (`@name` as `fastGlobal` takes it), separated by `, `:
  /// the elements are pushed on `constScratch` in order and the lexer moved once, at the end.
  /// Returns false (nothing consumed) when the first element does not qualify; otherwise the
  /// run ends as `fastIntRun`'s does (`tookComma` also when a comma follows the last element
  /// directly: it is consumed and lexed on from after it, as `eat` would).
  @inline(__always) mutating func fastPtrRun(single: TypeID, listStart: Int, listCount: Int, base: Int,
                                             _ tookComma: inout Bool) -> Bool {
    let b = lx.base
    var p = lx.start
    var took = false
    while UnsafeRawPointer(b + p).loadUnaligned(as: UInt32.self) == 0x2072_7470,  // `ptr `
          let (v, e) = ptrElementValue(p &+ 4) {
      constScratch.append(v)
      took = true
      if b[e] == 44 && b[e &+ 1] == 32 {
        let t = expectedElement(constScratch.count &- base, single: single, listStart: listStart, listCount: listCount)
        p = e &+ 2
        if t == .ptr { continue }
        break
      }
      let comma = b[e] == 44
      lx.pos = comma ? e &+ 1 : e
      lx.next()
      tookComma = comma
      return true
    }
    return took ? resumeAfterComma(p, &tookComma) : false
  }

  /// A `@name` (as `fastGlobal` takes it), `null` or constant `getelementptr` (as
  /// `fastConstGEP` takes it) pointer element value at byte `q`: the value and its end, the
  /// lexer not moved; nil (nothing consumed, no constant made) otherwise.
  @inline(__always) mutating func ptrElementValue(_ q: Int) -> (Value, Int)? {
    let b = lx.base
    if b[q] == 64 {
      // csmith's pointer tables repeat one global: the last element's name (`lastPtrName`),
      // when the bytes here spell it again as a whole token, is its symbol without scanning,
      // hashing and looking the name up again (as `fastGlobal` would; it is interned already).
      let (s, n, sym) = lastPtrName
      if n > 0 && Parser.sameBytes(b + s, b + (q &+ 1), n) && !lx.isName(b[q &+ 1 &+ n]) {
        guard let v = boundGlobal(sym) else { return nil }
        return (v, q &+ 1 &+ n)
      }
      guard let (v, e, i) = fastGlobalNamed(q) else { return nil }
      lastPtrName = (q &+ 1, e &- q &- 1, i)
      return (v, e)
    }
    let w = UnsafeRawPointer(b + q).loadUnaligned(as: UInt32.self)
    if w == 0x6C6C_756E && !lx.isName(b[q &+ 4]) {  // `null`
      return (.constant(m.constants.null(.ptr)), q &+ 4)
    }
    if w == 0x6574_6567 && Parser.spellsGetelementptr(b, q) { return fastConstGEP(at: q &+ 13) }
    return nil
  }

  /// Whether the 13 bytes at `q` are `getelementptr` (bytes 0-7 and 5-12; `fastConstGEP`
  /// checks the blank after it).
  @inline(__always) static func spellsGetelementptr(_ b: UnsafePointer<UInt8>, _ q: Int) -> Bool {
    UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self) == 0x656D_656C_6574_6567
      && UnsafeRawPointer(b + q).loadUnaligned(fromByteOffset: 5, as: UInt64.self) == 0x7274_7074_6E65_6D65
  }

  /// `[ T v, … ]` or `< T v, … >` for an array or vector type `t`: exactly `count(t)` elements of
  /// its element type (the current token is the opening bracket).
  mutating func parseSequenceConstant(_ t: TypeID, close: Tok, what: String, closeText: String) throws(ParseFail) -> Value {
    let loc = lx.start
    try enter(); defer { depth -= 1 }
    lx.next()
    let base = try parseConstantList(close: close, single: m.types.elementOf(t), listStart: 0, listCount: 0)
    // (not `expect`: its message would be built on every call)
    if lx.tok != close { throw errHere("expected '\(closeText)' at end of \(what) constant") }
    lx.next()
    let count = constScratch.count - base
    if UInt64(count) != m.types.countOf(t) {
      throw err(loc, "\(what) constant has \(count) elements but type '\(typeName(t))' needs \(m.types.countOf(t))")
    }
    return aggregateFromScratch(t, base)
  }

  mutating func parseStructConstant(_ t: TypeID, packed: Bool) throws(ParseFail) -> Value {
    let loc = lx.start
    let n = m.types.node(t)
    guard n.kind == .structure, !n.opaque else { throw errHere("struct constant must have struct type, not '\(typeName(t))'") }
    if n.packed != packed {
      throw errHere(packed ? "packed struct constant for non-packed type '\(typeName(t))'" : "non-packed struct constant for packed type '\(typeName(t))'")
    }
    try enter(); defer { depth -= 1 }
    if packed { lx.next() }
    lx.next()
    let base = try parseConstantList(close: .rbrace, single: .void, listStart: Int(n.listStart), listCount: Int(n.listCount))
    try expect(.rbrace, "expected '}' at end of struct constant")
    if packed { try expect(.greater, "expected '>' at end of packed struct constant") }
    let count = constScratch.count - base
    if count != Int(n.listCount) {
      throw err(loc, "struct constant has \(count) elements but type '\(typeName(t))' has \(n.listCount)")
    }
    return aggregateFromScratch(t, base)
  }

  /// Constant expressions: `getelementptr (…)`, casts `(T v to T2)`, binary ops `(T a, T b)`.
  mutating func parseConstantExpr(_ t: TypeID) throws(ParseFail) -> Value {
    let loc = lx.start
    let k = lx.kw
    if k == .getelementptr && t == .ptr, let (v, e) = fastConstGEP(at: lx.end) {
      lx.pos = e
      lx.next()
      return v
    }
    try enter(); defer { depth -= 1 }
    lx.nextAfterSpace()  // (`next`; usually `inbounds` follows `getelementptr`)
    switch k {
    case .getelementptr:
      var flags: UInt16 = 0
      while lx.tok == .keyword {
        if lx.kw == .inbounds { flags |= UInt16(InstFlags.inbounds) }
        else if lx.kw == .nuw { flags |= UInt16(InstFlags.nuw) }
        else if lx.kw == .nusw { flags |= UInt16(InstFlags.nusw) }
        else if lx.kw == .inrange { lx.next(); try skipBalanced(); continue }
        else { break }
        lx.next()
      }
      try expect(.lparen, "expected '(' in constant getelementptr")
      let src = try parseType()
      // The operands go on `constScratch` (popped below; left behind after an error, as in
      // `parseConstantList`).
      let base = constScratch.count
      if !fastConstGEPOperands() {
        try expect(.comma, "expected comma after getelementptr's type")
        let bloc = lx.start
        let bt = try parseTypeQuick()
        if bt != .ptr { throw err(bloc, "base of getelementptr must be a pointer") }
        constScratch.append(try parseConstantValue(bt))
        while eat(.comma) {
          if eatKw(.inrange) { if lx.tok == .lparen { try skipBalanced() } }
          let it = try parseTypeQuick()
          if m.types.kindOf(it) != .integer { throw errHere("getelementptr index must be an integer") }
          constScratch.append(try parseConstantValue(it))
        }
        try expect(.rparen, "expected ')' in constant getelementptr")
      }
      if t != .ptr { throw err(loc, "constant expression type mismatch: getelementptr has type 'ptr' but expected '\(typeName(t))'") }
      let c = constScratch.withElements(from: base) {
        m.constants.expr(.getelementptr, type: .ptr, aux: src, flags: flags, operands: $0)
      }
      constScratch.truncate(to: base)
      return .constant(c)
    case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint,
         .inttoptr, .bitcast:
      while isKw(.nuw) || isKw(.nsw) || isKw(.nneg) { lx.next() }
      try expect(.lparen, "expected '(' after constant cast")
      let st = try parseType()
      let v = try parseConstantValue(st)
      try expectKw(.to, "expected 'to' in constant cast")
      let dloc = lx.start
      let dt = try parseType()
      try expect(.rparen, "expected ')' at end of constant cast")
      if dt != t { throw err(dloc, "constant expression type mismatch: cast to '\(typeName(dt))' but expected '\(typeName(t))'") }
      let op = castOpcode(k)!
      if let msg = castError(op, st, dt) { throw err(loc, msg) }
      return .constant(withUnsafeTemporaryAllocation(of: Value.self, capacity: 1) { ops in
        ops.initializeElement(at: 0, to: v)
        return m.constants.expr(op, type: dt, aux: st, operands: UnsafeBufferPointer(ops))
      })
    case .add, .sub, .mul, .shl, .xor, .and, .or, .lshr, .ashr, .udiv, .sdiv, .urem, .srem:
      var flags: UInt16 = 0
      while lx.tok == .keyword {
        if lx.kw == .nuw { flags |= UInt16(InstFlags.nuw) } else if lx.kw == .nsw { flags |= UInt16(InstFlags.nsw) }
        else if lx.kw == .exact { flags |= UInt16(InstFlags.exact) } else if lx.kw == .disjoint { flags |= UInt16(InstFlags.disjoint) }
        else { break }
        lx.next()
      }
      try expect(.lparen, "expected '(' in binary constant expression")
      let at = try parseType()
      let a = try parseConstantValue(at)
      try expect(.comma, "expected comma in binary constant expression")
      let bl = lx.start
      let bt = try parseType()
      if bt != at { throw err(bl, "operands of constant expression must have the same type") }
      let b = try parseConstantValue(bt)
      try expect(.rparen, "expected ')' in binary constant expression")
      if m.types.kindOf(at) != .integer { throw err(loc, "constant expression requires integer operands") }
      if at != t { throw err(loc, "constant expression type mismatch: '\(typeName(at))' but expected '\(typeName(t))'") }
      let op = binaryOpcode(k)!
      return .constant(withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { ops in
        ops.initializeElement(at: 0, to: a); ops.initializeElement(at: 1, to: b)
        return m.constants.expr(op, type: at, flags: flags, operands: UnsafeBufferPointer(ops))
      })
    case .icmp, .fcmp, .select, .extractelement, .insertelement, .shufflevector, .extractvalue,
         .insertvalue, .addrspacecast, .fneg, .fadd, .fsub, .fmul, .fdiv, .frem, .ptrtoaddr:
      throw err(loc, "unsupported: '\(kwName(k))' constant expression")
    default:
      throw err(loc, "expected constant of type '\(typeName(t))'")
    }
  }

  /// After a constant `getelementptr`'s source type (the current token should be the comma
  /// after it): the operands as `constGEPOperands` takes them, pushed on `constScratch`, and the
  /// closing `)` consumed, as the general path would; false (nothing consumed, no constant made)
  /// otherwise.
  @inline(never) mutating func fastConstGEPOperands() -> Bool {
    if lx.tok != .comma { return false }
    guard let e = constGEPOperands(lx.start) else { return false }
    lx.pos = e
    lx.next()
    return true
  }

  /// A whole constant `getelementptr` of type `ptr` whose keyword ends at byte `p`, spelled as
  /// clang writes it: `getelementptr`, ` (`, ` inbounds (` or ` inbounds nuw (`, then the
  /// source type `i8` or a plain `%name` already bound (as `parseTypeSlow` takes it, so not in
  /// a worker when it would bail), then the operands as `constGEPOperands` takes them. Makes
  /// the constants, interns the names and sets `depthPeak` as `parseConstantExpr` would, and
  /// returns the value and the end of its `)` (the caller moves the lexer there); nil (no
  /// constant made, nothing consumed) otherwise.
  @inline(never) mutating func fastConstGEP(at p: Int) -> (Value, Int)? {
    if depth >= Parser.maxDepth { return nil }  // (`enter` would fail: the general path's error)
    let b = lx.base
    var q = p
    if q &+ 24 > lx.count { return nil }
    let w = UnsafeRawPointer(b + q)
    var flags: UInt16 = 0
    if w.loadUnaligned(as: UInt16.self) == 0x2820 {  // ` (`
      q &+= 2
    } else if w.loadUnaligned(as: UInt64.self) == 0x646E_756F_626E_6920 {  // ` inbound`
      if w.loadUnaligned(fromByteOffset: 7, as: UInt64.self) == 0x2820_7775_6E20_7364 {  // `ds nuw (`
        flags = UInt16(InstFlags.inbounds) | UInt16(InstFlags.nuw)
        q &+= 15
      } else if w.loadUnaligned(fromByteOffset: 7, as: UInt32.self) == 0x2820_7364 {  // `ds (`
        flags = UInt16(InstFlags.inbounds)
        q &+= 11
      } else {
        return nil
      }
    } else {
      return nil
    }
    // The source type, up to its `,`.
    let src: TypeID
    var c: Int
    if UnsafeRawPointer(b + q).loadUnaligned(as: UInt32.self) == 0x202C_3869 {  // `i8, `
      src = .i8
      c = q &+ 2
    } else if b[q] == 37 {  // `%`
      let f = b[q &+ 1]
      if lx.isDigit(f) || !lx.isName(f) { return nil }
      c = q &+ 2
      while lx.isName(b[c]) { c &+= 1 }
      if b[c] != 44 { return nil }
      let slot = typeSlot(internPlain(q &+ 1, c &- q &- 1))
      if typeByName[slot] == 0 || namedTypeNotReady(slot) { return nil }
      src = TypeID(raw: typeByName[slot] &- 1)
    } else {
      return nil
    }
    let base = constScratch.count
    guard let e = constGEPOperands(c) else { return nil }
    if depth &+ 1 > depthPeak { depthPeak = depth &+ 1 }  // (as `enter` leaves it)
    let k = constScratch.withElements(from: base) {
      m.constants.expr(.getelementptr, type: .ptr, aux: src, flags: flags, operands: $0)
    }
    constScratch.truncate(to: base)
    return (.constant(k), e)
  }

  /// The operands of a constant `getelementptr` from the comma after its source type at byte
  /// `p`: `, ptr @name` (as `fastGlobal` takes it), then indices `, i64 K` / `, i32 K` (K a
  /// decimal literal that fits, as `scanDecimal` takes it) and the closing `)`: pushes the
  /// operands on `constScratch` (their constants made in the general path's order) and returns
  /// the end of the `)`, the lexer not moved; nil (nothing pushed, no constant made) otherwise.
  @inline(__always) mutating func constGEPOperands(_ p: Int) -> Int? {
    let b = lx.base
    // ", ptr @" (7 bytes, little-endian)
    if UnsafeRawPointer(b + p).loadUnaligned(as: UInt64.self) & 0x00FF_FFFF_FFFF_FFFF != 0x40_2072_7470_202C { return nil }
    guard let (g, e0) = fastGlobal(p &+ 6) else { return nil }
    // ", i64 " / ", i32 " (6 bytes, little-endian): the index type at `q`, or nil
    @inline(__always) func index(_ q: Int) -> TypeID? {
      let w = UnsafeRawPointer(b + q).loadUnaligned(as: UInt64.self) & 0xFFFF_FFFF_FFFF
      return w == 0x20_3436_6920_2C ? .i64 : w == 0x20_3233_6920_2C ? .i32 : nil
    }
    // First check the whole spelling, then make the constants (in the general path's order).
    var q = e0
    while let it = index(q) {
      guard let (_, e) = Parser.scanDecimal(b, q &+ 6, width: it == .i64 ? 64 : 32) else { return nil }
      q = e
    }
    if b[q] != 41 { return nil }  // `)`
    constScratch.append(g)
    var r = e0
    while let it = index(r), let (v, e) = Parser.scanDecimal(b, r &+ 6, width: it == .i64 ? 64 : 32) {
      constScratch.append(intConst(it, v))
      r = e
    }
    return q &+ 1
  }

  func castOpcode(_ k: Kw) -> Opcode? {
    switch k {
    case .trunc: return .trunc
    case .zext: return .zext
    case .sext: return .sext
    case .fptrunc: return .fptrunc
    case .fpext: return .fpext
    case .fptoui: return .fptoui
    case .fptosi: return .fptosi
    case .uitofp: return .uitofp
    case .sitofp: return .sitofp
    case .ptrtoint: return .ptrtoint
    case .inttoptr: return .inttoptr
    case .bitcast: return .bitcast
    default: return nil
    }
  }

  func binaryOpcode(_ k: Kw) -> Opcode? {
    switch k {
    case .add: return .add
    case .sub: return .sub
    case .mul: return .mul
    case .udiv: return .udiv
    case .sdiv: return .sdiv
    case .urem: return .urem
    case .srem: return .srem
    case .shl: return .shl
    case .lshr: return .lshr
    case .ashr: return .ashr
    case .and: return .and
    case .or: return .or
    case .xor: return .xor
    case .fadd: return .fadd
    case .fsub: return .fsub
    case .fmul: return .fmul
    case .fdiv: return .fdiv
    case .frem: return .frem
    default: return nil
    }
  }

  /// Scalar element type and lane count (0 for scalars).
  @inline(__always) func scalarOf(_ t: TypeID) -> (TypeID, UInt64) { m.types.scalarOf(t) }

  /// nil when `op` may convert `s` to `d`, else LLVM's message.
  /// (`mutating` only so that calls pass the parser by reference instead of copying it.)
  mutating func castError(_ op: Opcode, _ s: TypeID, _ d: TypeID) -> String? {
    let (se, sn) = m.types.scalarOf(s), (de, dn) = m.types.scalarOf(d)
    var ok: Bool
    switch op {
    case .trunc: ok = m.types.isInt(se) && m.types.isInt(de) && m.types.widthOf(se) > m.types.widthOf(de)
    case .zext, .sext: ok = m.types.isInt(se) && m.types.isInt(de) && m.types.widthOf(se) < m.types.widthOf(de)
    case .fptrunc: ok = m.types.isFP(se) && m.types.isFP(de) && fpRank(se) > fpRank(de)
    case .fpext: ok = m.types.isFP(se) && m.types.isFP(de) && fpRank(se) < fpRank(de)
    case .fptoui, .fptosi: ok = m.types.isFP(se) && m.types.isInt(de)
    case .uitofp, .sitofp: ok = m.types.isInt(se) && m.types.isFP(de)
    case .ptrtoint: ok = se == .ptr && m.types.isInt(de)
    case .inttoptr: ok = m.types.isInt(se) && de == .ptr
    case .bitcast:
      ok = s == d || (sizeBits(s) != nil && sizeBits(s) == sizeBits(d) && m.types.isFirstClassType(s) && m.types.isFirstClassType(d)
        && !m.types.isAggregateType(s) && !m.types.isAggregateType(d) && (se == .ptr) == (de == .ptr))
      return ok ? nil : "invalid cast opcode for cast from '\(typeName(s))' to '\(typeName(d))'"
    default: ok = false
    }
    if sn != dn { ok = false }
    return ok ? nil : "invalid cast opcode for cast from '\(typeName(s))' to '\(typeName(d))'"
  }

  @inline(__always) func fpRank(_ t: TypeID) -> Int {
    switch t { case .float: return 1; case .double: return 2; case .x86_fp80: return 3; default: return 4 }
  }

  /// Bit size of scalars and vectors of scalars (for bitcast checks).
  mutating func sizeBits(_ t: TypeID) -> UInt64? {
    switch m.types.kindOf(t) {
    case .integer: return UInt64(m.types.widthOf(t))
    case .float: return 32
    case .double: return 64
    case .x86_fp80: return 80
    case .fp128: return 128
    case .pointer: return 64
    case .vector:
      guard let e = sizeBits(m.types.elementOf(t)) else { return nil }
      return e * m.types.countOf(t)
    default: return nil
    }
  }

  // MARK: floats

  mutating func parseFloatLiteral(_ t: TypeID) throws(ParseFail) -> Value {
    let loc = lx.start
    guard m.types.isFP(t) else {
      throw errHere(lx.tok == .hexFloat && lx.hexKind == 0 ? "floating point constant invalid for type '\(typeName(t))'"
                      : "floating point constant invalid for type '\(typeName(t))'")
    }
    if lx.tok == .floatLit {
      let d = Double(String(decoding: UnsafeRawBufferPointer(start: lx.base + lx.start, count: lx.end - lx.start), as: UTF8.self)) ?? .nan
      if d.isNaN { throw errHere("invalid floating point literal") }
      lx.next()
      if t == .float && Double(Float(d)) != d { throw err(loc, "floating point constant invalid for type 'float'") }
      return .constant(m.constants.float(t, bits: floatWords(t, d)))
    }
    // hex forms
    let digits = UnsafeBufferPointer(start: lx.base + lx.nameStart, count: lx.nameEnd - lx.nameStart)
    func hexWords(_ n: Int) -> [UInt64]? {  // the digits as a big number, little-endian words
      if digits.count > n * 16 { return nil }
      var w = [UInt64](repeating: 0, count: n)
      for c in digits {
        guard let h = Parser.hexVal(c) else { return nil }
        var carry = UInt64(h)
        for k in 0..<n { let top = w[k] >> 60; w[k] = w[k] << 4 | carry; carry = top }
      }
      return w
    }
    switch lx.hexKind {
    case 0:
      guard let w = hexWords(1) else { throw errHere("invalid hexadecimal floating point constant") }
      if t == .float {
        let d = Double(bitPattern: w[0])
        if !d.isNaN && Double(Float(d)) != d { throw errHere("floating point constant invalid for type 'float'") }
        lx.next()
        return .constant(m.constants.float(t, bits: [w[0]]))
      }
      if t != .double {
        // A double's bits for a wider type: convert the value.
        let d = Double(bitPattern: w[0])
        lx.next()
        return .constant(m.constants.float(t, bits: floatWords(t, d)))
      }
      lx.next()
      return .constant(m.constants.float(t, bits: [w[0]]))
    case 75:  // K: x86_fp80, 20 hex digits (sign+exponent first)
      guard t == .x86_fp80, let w = hexWords(2) else { throw errHere("floating point constant invalid for type '\(typeName(t))'") }
      lx.next()
      return .constant(m.constants.float(t, bits: [w[0], w[1] & 0xFFFF]))
    case 76:  // L: fp128, 32 hex digits, high half first
      guard t == .fp128, let w = hexWords(2) else { throw errHere("floating point constant invalid for type '\(typeName(t))'") }
      lx.next()
      return .constant(m.constants.float(t, bits: [w[1], w[0]]))  // the first 16 digits are the low word
    case 72: throw errHere("unsupported: half constant")
    case 82: throw errHere("unsupported: bfloat constant")
    default: throw errHere("unsupported: ppc_fp128 constant")
    }
  }

  /// The storage words of double value `d` for type `t` (see `ConstKind.float`).
  func floatWords(_ t: TypeID, _ d: Double) -> [UInt64] {
    switch t {
    case .x86_fp80:
      if d == 0 { return [0, d.sign == .minus ? 0x8000 : 0] }
      let sign: UInt64 = d.sign == .minus ? 0x8000 : 0
      if d.isInfinite { return [1 << 63, sign | 0x7FFF] }
      if d.isNaN { return [0xC000_0000_0000_0000, sign | 0x7FFF] }
      // normalize (subnormal doubles become normal fp80)
      let e = Int(d.exponent)
      let frac = d.significand  // in [1, 2)
      let mant = UInt64(frac.significandBitPattern) << 11 | (1 << 63)
      return [mant, sign | UInt64(e + 16383)]
    case .fp128:
      let sign: UInt64 = d.sign == .minus ? 1 << 63 : 0
      if d == 0 { return [0, sign] }
      if d.isInfinite { return [0, sign | 0x7FFF << 48] }
      if d.isNaN { return [0, sign | 0x7FFF8 << 44] }
      let e = Int(d.exponent)
      let f = d.significand.significandBitPattern  // 52 bits
      // fp128: 1 sign, 15 exponent, 112 fraction. Fraction top 52 bits = f.
      let hi = sign | UInt64(e + 16383) << 48 | f >> 4
      let lo = f << 60
      return [lo, hi]
    default:
      return [d.bitPattern]
    }
  }

  // MARK: end of module

  mutating func finishModule() {
    // Undefined metadata slots.
    for (n, node) in mdSlot.enumerated() where node != .max && !mdSlotDefined[n] {
      report(Int(mdSlotUse[n]), "use of undefined metadata '!\(n)'")
      if diags.isFull { return }
    }
    if m.metadata.slots.isEmpty {
      m.metadata.slots = MDSlots(table: mdSlot)  // (the same slots; `.max` marks the unused ones)
    } else {
      for (n, node) in mdSlot.enumerated() where node != .max { m.metadata.slots[UInt32(n)] = node }
    }
    // Forward references to globals.
    if pendingGlobals.isEmpty { return }
    var bad = false
    for p in pendingGlobals where p.resolved == noValue {
      report(Int(p.loc), "use of undefined value '@\(m.name(p.name))'")
      bad = true
      if diags.isFull { return }
    }
    if bad { return }
    let resolved = pendingGlobals.map(\.resolved)
    let top = Parser.pendingTop(.global)
    func fix(_ v: Value) -> Value {
      if v.raw & 0xF000_0000 == top { return resolved[v.index & (pendingBit - 1)] }
      return v
    }
    // The elements and operands through buffers (`rewritePending`).
    let elemEnd = pendingFreeElems ?? Int.max
    m.constants.withMutableElements { es in
      Parser.rewritePending(UnsafeMutableBufferPointer(rebasing: es[0 ..< min(elemEnd, es.count)]), from: 0, top: top) { resolved[$0] }
    }
    for i in m.globals.indices { if let v = m.globals[i].initializer { m.globals[i].initializer = fix(v) } }
    for i in m.aliases.indices { m.aliases[i].aliasee = fix(m.aliases[i].aliasee) }
    for i in m.functions.indices {
      if let p = m.functions[i].personality { m.functions[i].personality = fix(p) }
      if pendingFreeElems != nil { continue }
      m.functions[i].operands.withUnsafeMutableBufferPointer { ops in
        Parser.rewritePending(ops, from: 0, top: top) { resolved[$0] }
      }
    }
    for i in m.metadata.fields.indices {
      if case .value(let v, let t) = m.metadata.fields[i].value { m.metadata.fields[i].value = .value(fix(v), t) }
    }
  }
}
