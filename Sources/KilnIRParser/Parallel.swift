// Parallel parsing of large files: function bodies and global variables are parsed on several
// threads.
//
// Phase 1 (serial): the whole file is parsed as usual except that each `define` body is skipped
// to its closing `}` at a line start (`Parser.deferBodies`), and so is the rest of each global
// variable's line after `global`/`constant` (its type, initializer and properties: a global
// must end on its line, else the worker bails); their ranges and the lexer at their start are
// recorded (`DeferredItem`); the function keeps its header, the global its name, linkage and
// flags (all that other entities need: with opaque pointers a reference to a global does not
// depend on its type).
// Phase 2 (parallel): each worker copies the phase-1 parser (copy-on-write: tables are copied
// when first extended), parses the items it owns (the first worker: the globals) and those it
// takes from a shared queue, in increasing file order, exactly as the serial parser would, and
// keeps the functions and globals; everything it adds to the module tables (names, types,
// constants, metadata nodes/fields) lies beyond the phase-1 counts.
// Phase 3 (in worker order): the first worker's tables become the module's (`adopt`: they
// extend the phase-1 tables exactly as re-interning would); each later worker's new entries are
// re-interned into the module and every ID stored in its results is rewritten (`Merge.add`:
// the tables serially, then the functions on all threads);
// then `finishModule` runs as in the serial parse (it does not rewrite what workers parsed:
// they never store a pending global reference, see `Parser.pendingFreeElems`).
//
// Equivalence with the serial parse (the result prints, lowers and compiles identically; only
// table IDs may be numbered differently: they depend on which worker parsed which item):
// - A worker sees at each body what the serial parser would see, up to ID renaming: the same
//   bytes and lexer state; the same named types (a worker `bail`s on a named type that phase 1
//   created or defined after the body, `Parser.typeReady`, or not at all, and starts with
//   empty type span caches, so that no cached span names such a type); names, literal types and
//   interned constants (uniqued by content in both); globals and `!N` slots, where the serial parser may hold a
//   pending placeholder that resolves to the same value (a worker `bail`s on a name or slot that
//   phase 1 did not define, which is an error in the serial parse too). The parser's caches
//   never change a result (they are verified on every hit; the type span cache also checks the
//   nesting depth), so their differing contents do not matter.
// - Errors: any error or bail in phase 1, a worker or `finishModule`, or a body that does not
//   end at the recorded byte or a global that does not end on its line, throws the parallel
//   result away and the caller parses serially, so diagnostics are always the serial parser's.
//
// Inventory of the IDs a body or global line can create and where they are stored (all rewritten by `Merge`):
// - Symbol (names): `Block.name`, `Function.instNames`, `MDNode.kind`, `MDField.name`,
//   `MDValue.string/.ident`. (Named structs' `TypeNode.name` never: workers create none.)
// - TypeID: `Inst.type`; `Inst.aux` of alloca (allocated type), getelementptr (source element
//   type), call and invoke (function type); `ParamAttrs.type` (byval/sret) of call-site entries
//   in `Function.paramAttrs`; `ConstNode.type` and `.aux` (constant expressions); `TypeNode.a`
//   (element/return type) and `TypeTable.lists` (fields/params) of new types;
//   `MDValue.value(_, TypeID)`.
// - ConstID / constant Values: `Function.operands`, `ConstantTable.elems` (aggregates, exprs),
//   `MDValue.value(Value, _)`; in a global: `valueType`, `initializer`, `section`, `comdat`.
// - Metadata node indices: `Inst.dbg`, `.metadata` Values in `Function.operands`, `MDValue.node`,
//   `MDNode.fieldStart` (field index).
// Not IDs (left as they are): `Inst.aux`/`aux2` of extractvalue/insertvalue/landingpad (`extra`
// ranges), `aux2` of call/invoke (`paramAttrs` index), `Function.extra`, block/instruction/
// argument Values (function-local), global/function/alias Values (all defined in phase 1).
// Everything else in a Function (name, type, arguments, attributes, personality, `!dbg`) comes
// from the header, parsed in phase 1.

import Dispatch
import KilnIR
import KilnSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text left for a worker: a whole function (the lexer at its `define`; `end` = its closing `}`),
/// a function body whose header phase 1 parsed (the lexer at its `{`), or the rest of a global
/// variable's line (the lexer at its type; `end` = the line's end).
/// Kept small (16 bytes; big.ll has ~18k items, and a whole `Lexer` is ~170 bytes of fresh memory
/// each, written during the serial phase 1): the worker re-lexes the first token from where phase
/// 1's lexer began scanning for it, which gives the same lexer state (`lexer(in:)`).
struct DeferredItem {
  private var raw: UInt32   // function or global index, and the kind in the top two bits
  private var scanFrom: UInt32  // the lexer's `prevEnd` at the item's first token
  private var first: UInt32     // that token's start
  private var endOffset: UInt32
  enum Kind: UInt32 { case global = 0, body = 1, function = 2 }
  var kind: Kind { Kind(rawValue: raw >> 30) ?? .global }
  /// A function's body, with or without its header.
  var isBody: Bool { raw >> 30 != 0 }
  var index: Int { Int(raw & 0x3fff_ffff) }
  var end: Int { Int(endOffset) }
  var start: Int { Int(first) }
  init(_ kind: Kind, index: Int, lexer: Lexer, end: Int) {
    self.init(kind, index: index, scanFrom: lexer.prevEnd, first: lexer.start, end: end)
  }
  /// `base` (any lexer over the same text) at the item's first token, as phase 1 had it: `next`
  /// depends only on where it starts scanning. Nil if that does not give the same token start
  /// (cannot happen; the worker then bails).
  func lexer(in base: Lexer) -> Lexer? {
    var lx = base
    lx.end = Int(scanFrom)
    lx.next()
    return lx.start == Int(first) ? lx : nil
  }
  /// The same from the lexer's positions: it would scan from `scanFrom` and find the item's
  /// first token at `first`.
  init(_ kind: Kind, index: Int, scanFrom: Int, first: Int, end: Int) {
    raw = UInt32(truncatingIfNeeded: index) & 0x3fff_ffff | kind.rawValue << 30
    self.scanFrom = UInt32(truncatingIfNeeded: scanFrom)
    self.first = UInt32(truncatingIfNeeded: first)
    endOffset = UInt32(truncatingIfNeeded: end)
  }
  var size: Int { end - start }
  /// About how long a worker takes to parse it: a byte of clang's global initializers takes
  /// about 7/8 as long as a byte of a function body (big.ll: 29.5 against 28 instructions per
  /// byte under callgrind; per-worker wall times put the ratio at 0.7-1.1, and the old weight of
  /// 1/2 left the worker with the globals 4-8 ms behind the other).
  var cost: Int { isBody ? size * 8 : size * 7 }
}

extension Lexer {
  /// The end of the line holding byte `p`: its newline, or `count` on the last line.
  func lineEnd(_ p: Int) -> Int {
    guard p < count, let hit = memchr(base + p, 10, count - p) else { return count }
    return base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
  }
}

enum ParallelParse {
  /// Inputs smaller than this parse serially (env `KILN_PARALLEL_PARSE_MIN_BYTES` overrides it,
  /// e.g. 0 to exercise the parallel path on small files in tests).
  static let minBytes: Int = {
    if let s = getenv("KILN_PARALLEL_PARSE_MIN_BYTES"), let v = Int(String(cString: s)), v >= 0 { return v }
    return 256 << 10
  }()

  /// The module parsed with `threads` workers, or nil when the caller must parse serially.
  /// `KILN_PARALLEL_PARSE_TRACE=1`: say on standard error whether the parallel path was taken
  /// (or why not) and how long each phase took (for the equivalence checks and measurements).
  static let trace = getenv("KILN_PARALLEL_PARSE_TRACE") != nil
  static func now() -> Double { Double(Timing.now()) / 1e6 }  // ms
  static func note(_ s: String) { if trace { let b = Array("parallel parse: \(s)\n".utf8); _ = b.withUnsafeBytes { write(2, $0.baseAddress, $0.count) } } }

  static func run(lexer: Lexer, file: SourceFile, diagnostics: Diagnostics, threads: Int) -> Module? {
    // (Deferred items keep offsets in 32 bits, as `SourceLoc` does.)
    if lexer.count >= 1 << 31 { note("file too large"); return nil }
    let t0 = now(), c0 = Timing.threadCPU()
    // Phase 1.
    var p = Parser(lexer: lexer, diags: diagnostics)
    p.m.source = file
    p.deferBodies = true
    p.deferred.reserveCapacity(lexer.count / 512)  // clang output: one item (mostly globals) per ~1 KB
    p.parseTopLevels()
    if p.errors > 0 || p.parallelUnsafe || p.diags.isFull { note("phase 1: errors \(p.errors) unsafe \(p.parallelUnsafe)"); return nil }
    let t1 = now(), c1 = Timing.threadCPU()
    p.deferBodies = false
    // Every body was deferred (a body phase 1 cannot skip makes the file `parallelUnsafe`).
    p.pendingFreeElems = p.m.constants.elems.count
    let bodies = p.deferred
    p.deferred = []

    // Phase 2. The first worker's results cost nothing to merge (`adopt`), so when the globals
    // fit in its share it owns every global (globals create many constants, which re-interning
    // would cost). The other items (the bodies; or every item, when the globals alone are more
    // than a worker's share) are handed out one at a time in file order to whichever worker is
    // free, so the workers end within about one item of each other whatever each item really
    // costs (a static split by estimated cost left one worker 3-6 ms behind the other on big.ll).
    // Each worker parses its items in increasing file order (`parseRun`). Which worker parsed an
    // item changes only how the merged tables are numbered, never the result (see above).
    let total = bodies.reduce(0) { $0 + $1.cost }
    let workers = max(1, min(threads, bodies.count))
    let globalCost = bodies.reduce(0) { $0 + ($1.isBody ? 0 : $1.cost) }
    let globalsFirst = workers > 1 && globalCost <= total / workers
    let owned = globalsFirst ? bodies.indices.filter { !bodies[$0].isBody } : []
    let shared = globalsFirst ? bodies.indices.filter { bodies[$0].isBody } : Array(bodies.indices)
    let queue = WorkQueue(inOrder: shared.count)
    var results = [WorkerResult?](repeating: nil, count: workers)
    var merge = Merge(base: p.m)
    do {  // the workers' shared copy of the parser ends here, so that merging does not copy tables
      let shared0 = p
      // Bytes of global initializers each worker can expect to parse (for its constant table).
      let ownedBytes = owned.reduce(0) { $0 + bodies[$1].size }
      let sharedBytes = globalsFirst ? 0 : bodies.reduce(0) { $0 + ($1.isBody ? 0 : $1.size) } / workers
      if workers == 1 {
        results[0] = parseRun(shared0, bodies, owned: owned, shared: shared, queue: queue, expected: bodies.count,
                              initBytes: ownedBytes + sharedBytes)
      } else {
        results.withUnsafeMutableBufferPointer { rb in
          nonisolated(unsafe) let out = rb
          nonisolated(unsafe) let base = shared0
          let list = bodies, own = owned, pool = shared
          let expected = own.count + pool.count / workers
          DispatchQueue.concurrentPerform(iterations: workers) { w in
            let t = now()
            out[w] = parseRun(base, list, owned: w == 0 ? own : [], shared: pool, queue: queue, expected: expected,
                              initBytes: (w == 0 ? ownedBytes : 0) + sharedBytes)
            if trace {
              let r = out[w]
              note("worker \(w): \((r?.functions.count ?? 0) + (r?.globals.count ?? 0)) items, \(now() - t) ms")
            }
          }
        }
      }
    }

    // Phase 3.
    let t2 = now()
    for w in 0..<workers {
      // Taken out of `results` so that the merge holds the only reference to each worker's
      // arrays (no copy-on-write copies when they are rewritten now or in `finishModule`).
      guard var r = results[w], r.ok else { note("worker failed"); return nil }
      results[w] = nil
      if w == 0 {
        guard merge.adopt(&r, into: &p.m) else { note("merge failed"); return nil }
      } else {
        guard merge.add(&r, into: &p.m, threads: threads) else { note("merge failed"); return nil }
      }
    }
    p.finishModule()
    if p.errors > 0 { note("finishModule errors"); return nil }
    let t3 = now()
    if trace { note("\(bodies.count) bodies, \(bodies.filter { !$0.isBody }.count) of them globals, \(workers) workers; phase 1 \(t1 - t0) ms (its thread's CPU time \(Double(c1 - c0) / 1e6) ms), bodies \(t2 - t1) ms, merge \(t3 - t2) ms; sizes: names \(p.m.names.count) types \(p.m.types.nodes.count) consts \(p.m.constants.nodes.count) elems \(p.m.constants.elems.count) words \(p.m.constants.words.count) bytes \(p.m.constants.bytes.count) md \(p.m.metadata.nodes.count) fields \(p.m.metadata.fields.count) globals \(p.m.globals.count) fns \(p.m.functions.count)") }
    return p.m
  }

  struct WorkerResult {
    var ok: Bool
    var m: Module
    var functions: [(index: Int, fn: Function)]
    var globals: [(index: Int, g: GlobalVar)]
  }

  /// `f` with its instruction, name and operand arrays copied to their exact size when
  /// `parseBody`'s reservation (from the body's size in bytes) left much of them unused: the
  /// reserved buffer goes back to the allocator for the worker's next body, instead of staying
  /// in the module as fresh pages touched for nothing (big.ll: ~5 MB of 19 MB).
  static func fitted(_ f: Function) -> Function {
    var f = f
    @inline(__always) func loose<T>(_ a: [T]) -> Bool { a.capacity > a.count + a.count / 8 + 64 }
    if loose(f.insts) { f.insts = f.insts.withUnsafeBufferPointer { Array($0) } }
    if loose(f.instNames) { f.instNames = f.instNames.withUnsafeBufferPointer { Array($0) } }
    if loose(f.operands) { f.operands = f.operands.withUnsafeBufferPointer { Array($0) } }
    return f
  }

  /// One worker, with a copy of the phase-1 parser: the items of `list` it `owned` (increasing)
  /// and those it takes from `queue` (positions in `shared`, increasing), parsed in increasing
  /// item order: before each item it takes, the owned items that precede it. `expected`: about
  /// how many items it will parse, `initBytes`: about how many bytes of global initializers (for
  /// reservations).
  static func parseRun(_ base: Parser, _ list: [DeferredItem], owned: [Int], shared: [Int], queue: WorkQueue,
                       expected: Int, initBytes: Int) -> WorkerResult {
    var w = base
    w.inWorker = true
    w.diags = Diagnostics(file: nil, limit: 1)  // the first error stops the worker
    w.errors = 0
    // Phase 1's last cached type spans may name types that early bodies must not know yet.
    w.spanLen = (0, 0, 0, 0)
    w.spanMemo = [SpanMemo](repeating: SpanMemo(), count: w.spanMemo.count)
    var fns: [(index: Int, fn: Function)] = []
    var globals: [(index: Int, g: GlobalVar)] = []
    fns.reserveCapacity(expected)
    globals.reserveCapacity(owned.count)
    // The constant table is copied at the first new constant anyway: make that copy big enough
    // for the worker's globals (about an element per 8 bytes, an aggregate per 32, a byte of
    // strings and packed integer tables per 8: big.ll 0.62 MB for 4.6 MB; reserved for 6).
    if initBytes > 0 { w.m.constants.reserve(nodes: initBytes / 32, elems: initBytes / 8, ints: 0, bytes: initBytes / 6) }
    var nextOwned = 0
    var ok = true
    taking: while ok {
      let taken = queue.take().map { shared[$0] }
      let limit = taken ?? list.count
      while ok && nextOwned < owned.count && owned[nextOwned] < limit {
        ok = w.parseItem(list, owned[nextOwned], &fns, &globals)
        nextOwned += 1
      }
      guard ok, let k = taken else { break taking }
      ok = w.parseItem(list, k, &fns, &globals)
    }
    if !ok { return WorkerResult(ok: false, m: Module(), functions: [], globals: []) }
    // Only the tables are merged; dropping the rest keeps the main module's arrays unshared.
    w.m.functions = []; w.m.globals = []; w.m.aliases = []
    return WorkerResult(ok: true, m: w.m, functions: fns, globals: globals)
  }
}

extension Parser {
  /// In a worker: parses item `k` of `list` into `fns` or `globals`; false after an error.
  mutating func parseItem(_ list: [DeferredItem], _ k: Int, _ fns: inout [(index: Int, fn: Function)],
                          _ globals: inout [(index: Int, g: GlobalVar)]) -> Bool {
    let d = list[k]
    bodyIndex = k
    if d.isBody {
      if d.kind == .function { parseDeferredFunction(d) } else { parseDeferredBody(d) }
      fns.append((d.index, ParallelParse.fitted(takeFunction())))
    } else {
      globals.append((d.index, parseDeferredGlobal(d)))
    }
    return errors == 0
  }

  /// In a worker: the parallel parse cannot reproduce the serial parse here (the serial parse
  /// reports an error for this file anyway); stops the worker.
  mutating func bail(_ loc: Int) -> ParseFail {
    report(loc, "internal: parallel parse falls back to serial")
    return ParseFail()
  }

  /// Parses the rest of a deferred global's line as the serial parser would (`parseGlobal`
  /// after `global`/`constant`): the global as phase 1 left it, completed.
  mutating func parseDeferredGlobal(_ d: DeferredItem) -> GlobalVar {
    var g = m.globals[d.index]
    guard let start = d.lexer(in: lx) else { _ = bail(d.start); return g }
    lx = start
    do throws(ParseFail) {
      try parseGlobalValue(&g, isDefinition: g.initializer != nil)  // (phase 1 put noValue there)
      try parseGlobalTail(&g)
      // The serial parser's next entity starts at the token after the line, as in phase 1.
      if lx.prevEnd > d.end || (lx.start <= d.end && lx.tok != .eof) { _ = bail(d.end) }
    } catch {}
    return g
  }

  /// Parses a deferred function, header and body, as the serial parser would (`parseFunction`),
  /// except that phase 1 already defined its name and index.
  mutating func parseDeferredFunction(_ d: DeferredItem) {
    guard let start = d.lexer(in: lx) else { _ = bail(d.start); return }
    lx = start
    do throws(ParseFail) {
      try parseFunction(isDefine: true, whole: d)
    } catch {}
  }

  /// Parses a deferred body with the state the serial parser has after the function's header.
  mutating func parseDeferredBody(_ d: DeferredItem) {
    fnIndex = d.index
    fn = m.functions[d.index]
    // What the header did (parseFunction): fresh local state, then the arguments defined in order.
    startFunctionState()
    for k in fn.argTypes.indices {
      let loc = Int(fn.argLocs[k].offset)
      if k < fn.argNames.count && fn.argNames[k] != .empty {
        defineNamed(fn.argNames[k], .argument(k), fn.argTypes[k], loc: loc)
      } else {
        defineNumbered(.argument(k))
      }
    }
    guard let start = d.lexer(in: lx) else { _ = bail(d.start); return }
    lx = start
    parseBodyDeferred(to: d.end)
  }

  /// A deferred body, from the `{` that is the current token to its `}` at `end`; bails if
  /// the serial parser would have ended it elsewhere.
  mutating func parseBodyDeferred(to end: Int) {
    let bodyLoc = lx.start
    inFunction = true
    lx.next()
    parseBody(bodyLoc: bodyLoc, closeAt: end)
    inFunction = false
    // The serial parser would have ended the body at the same `}` (parseBody read it last).
    if errors == 0 && lx.prevEnd != end + 1 { _ = bail(end) }
  }
}

/// Re-interns worker tables into the main module and rewrites the IDs in worker functions.
struct Merge {
  // Phase-1 table sizes: IDs below them are the same in every worker and in the main module.
  let symBase: Int, typeBase: Int, constBase: Int, mdBase: Int, fieldBase: Int
  let elemBase: Int, byteBase: Int  // (constant elements and bytes: copied in bulk)
  // Worker ID (minus base) → main ID, for the worker being merged.
  var symMap: [UInt32] = []
  var typeMap: [UInt32] = []
  var constMap: [UInt32] = []
  var mdOffset = 0  // main node index = worker node index + mdOffset (for new nodes)

  init(base: Module) {
    symBase = base.names.count
    typeBase = base.types.nodes.count
    constBase = base.constants.nodes.count
    elemBase = base.constants.elems.count
    byteBase = base.constants.bytes.count
    mdBase = base.metadata.nodes.count
    fieldBase = base.metadata.fields.count
  }

  @inline(__always) func sym(_ s: Symbol) -> Symbol {
    Int(s.raw) < symBase ? s : Symbol(raw: symMap[Int(s.raw) - symBase])
  }
  @inline(__always) func type(_ t: TypeID) -> TypeID {
    Int(t.raw) < typeBase ? t : TypeID(raw: typeMap[Int(t.raw) - typeBase])
  }
  @inline(__always) func md(_ n: UInt32) -> UInt32 {
    n == .max || Int(n) < mdBase ? n : UInt32(Int(n) + mdOffset)
  }
  @inline(__always) func value(_ v: Value) -> Value {
    switch v.tag {
    case .constant: return v.index < constBase ? v : Value(.constant, Int(constMap[v.index - constBase]))
    case .metadata: return v.index < mdBase ? v : Value(.metadata, v.index + mdOffset)
    default: return v  // locals, and globals/functions/aliases (all defined in phase 1)
    }
  }

  /// Merges the first worker's result into `m`, which still holds exactly the phase-1 tables
  /// that the worker started from: re-interning its new entries in order would give each the
  /// ID it already has, so its tables are taken as they are and its IDs need no rewriting.
  mutating func adopt(_ r: inout ParallelParse.WorkerResult, into m: inout Module) -> Bool {
    let w = r.m
    guard m.names.count == symBase, m.types.nodes.count == typeBase, m.constants.nodes.count == constBase,
          m.metadata.nodes.count == mdBase, m.metadata.fields.count == fieldBase else { return false }
    for raw in typeBase..<w.types.nodes.count where w.types.nodes[raw].name != .empty { return false }
    m.names = w.names
    m.types = w.types
    m.constants = w.constants
    m.metadata.nodes = w.metadata.nodes
    m.metadata.fields = w.metadata.fields
    Merge.place(&r.functions, into: &m.functions)
    m.globals.withUnsafeMutableBufferPointer { gs in
      r.globals.withUnsafeBufferPointer { rg in
        for k in rg.indices { gs[rg[k].index] = rg[k].g }
      }
    }
    return true
  }

  /// Moves each of a worker's functions (taken out of `fns`, which ends empty) into its slot
  /// of `functions`, swapped with the placeholder phase 1 left there: no function is copied
  /// or retained, and each placeholder is destroyed here as a `Function` (not by the runtime's
  /// generic destruction of an array of tuples).
  static func place(_ fns: inout [(index: Int, fn: Function)], into functions: inout [Function]) {
    functions.withUnsafeMutableBufferPointer { out in
      while case (let index, var f)? = fns.popLast() { swap(&out[index], &f) }
    }
  }

  /// Merges one worker's result into `m`; false if it holds something unexpected.
  mutating func add(_ r: inout ParallelParse.WorkerResult, into m: inout Module, threads: Int) -> Bool {
    let w = r.m
    // Names.
    symMap.removeAll(keepingCapacity: true)
    if w.names.count > symBase {
      for raw in symBase..<w.names.count {
        let b = w.names.bytes(Symbol(raw: UInt32(raw)))
        symMap.append(b.withUnsafeBufferPointer { m.names.intern($0) }.raw)
      }
    }
    // Types (each refers only to types before it).
    typeMap.removeAll(keepingCapacity: true)
    for raw in typeBase..<w.types.nodes.count {
      let n = w.types.nodes[raw]
      func list() -> [TypeID] { w.types.lists[Int(n.listStart)..<Int(n.listStart + n.listCount)].map { type($0) } }
      let t: TypeID
      switch n.kind {
      case .integer: t = m.types.int(n.a)
      case .array: t = m.types.array(type(TypeID(raw: n.a)), n.count)
      case .vector: t = m.types.vector(type(TypeID(raw: n.a)), n.count)
      case .structure:
        if n.name != .empty || n.opaque { return false }
        t = m.types.structure(list(), packed: n.packed)
      case .function: t = m.types.function(type(TypeID(raw: n.a)), list(), varArg: n.varArg)
      default: return false
      }
      typeMap.append(t.raw)
    }
    // Constants (elements always precede the aggregate or expression holding them), in bulk.
    let me = self
    let ids = typeMap.withUnsafeBufferPointer { tm in
      m.constants.append(w.constants, from: constBase, elemsFrom: elemBase, bytesFrom: byteBase, typeBase: typeBase,
                         typeMap: tm, metadata: { me.value(Value(.metadata, $0)).index })
    }
    guard let ids else { return false }
    constMap = ids
    // Metadata: new nodes are appended in order (nodes are never interned). The tables are
    // touched only when the worker made new entries: when neither worker did, the main
    // module's arrays are still phase 1's, which this worker's tables share (a write, even
    // `reserveCapacity`, would copy them).
    mdOffset = m.metadata.nodes.count - mdBase
    let fieldOffset = m.metadata.fields.count - fieldBase
    if w.metadata.nodes.count > mdBase {
      m.metadata.nodes.reserveCapacity(m.metadata.nodes.count + w.metadata.nodes.count - mdBase)
    }
    if w.metadata.fields.count > fieldBase {
      m.metadata.fields.reserveCapacity(m.metadata.fields.count + w.metadata.fields.count - fieldBase)
    }
    for i in mdBase..<w.metadata.nodes.count {
      var node = w.metadata.nodes[i]
      if Int(node.fieldStart) < fieldBase && node.fieldCount > 0 { return false }
      node.kind = sym(node.kind)
      node.fieldStart = UInt32(Int(node.fieldStart) + fieldOffset)
      m.metadata.nodes.append(node)
    }
    for i in fieldBase..<w.metadata.fields.count {
      var f = w.metadata.fields[i]
      f.name = sym(f.name)
      switch f.value {
      case .node(let n): f.value = .node(md(n))
      case .string(let s): f.value = .string(sym(s))
      case .ident(let s): f.value = .ident(sym(s))
      case .value(let v, let t): f.value = .value(value(v), type(t))
      case .null, .int: break
      }
      m.metadata.fields.append(f)
    }
    // Functions (moved out of `r`, so that rewriting them in place copies nothing), rewritten on
    // `threads` threads (contiguous runs of about equal instruction counts): the maps are final.
    var fns = r.functions
    r.functions = []
    let parts = max(1, min(threads, fns.count))
    let cuts = WorkQueue.contiguousCuts(count: fns.count, parts: parts) { fns[$0].fn.insts.count }
    fns.withUnsafeMutableBufferPointer { fb in
      nonisolated(unsafe) let buf = fb
      let me = self, c = cuts
      if parts == 1 {
        for i in buf.indices { me.rewrite(&buf[i].fn) }
      } else {
        DispatchQueue.concurrentPerform(iterations: parts) { part in
          for i in c[part]..<c[part + 1] { me.rewrite(&buf[i].fn) }
        }
      }
    }
    Merge.place(&fns, into: &m.functions)
    m.globals.withUnsafeMutableBufferPointer { gs in
      for (index, g0) in r.globals {
        var g = g0
        g.valueType = type(g.valueType)
        if let v = g.initializer { g.initializer = value(v) }
        g.section = sym(g.section)
        g.comdat = sym(g.comdat)
        gs[index] = g
      }
    }
    return true
  }

  /// Rewrites the table IDs stored in a worker's function (see the inventory above).
  func rewrite(_ f: inout Function) {
    // The header (phase 1's IDs, below every base, when phase 1 parsed it: its arrays are then
    // shared with phase 1's copy of the function and only read here, not copied on write).
    // Arrays that may be empty are only touched when not (an empty array's mutable buffer is
    // a fresh allocation).
    f.type = type(f.type)
    if f.argTypes.contains(where: { Int($0.raw) >= typeBase }) {
      f.argTypes.withUnsafeMutableBufferPointer { ts in
        for k in ts.indices { ts[k] = type(ts[k]) }
      }
    }
    if f.argNames.contains(where: { Int($0.raw) >= symBase }) {
      f.argNames.withUnsafeMutableBufferPointer { ns in
        for k in ns.indices { ns[k] = sym(ns[k]) }
      }
    }
    f.section = sym(f.section)
    f.comdat = sym(f.comdat)
    if let p = f.personality { f.personality = value(p) }
    f.dbg = md(f.dbg)
    f.blocks.withUnsafeMutableBufferPointer { bs in
      for b in bs.indices { bs[b].name = sym(bs[b].name) }
    }
    if !f.instNames.isEmpty {
      f.instNames.withUnsafeMutableBufferPointer { names in
        for i in names.indices where names[i] != .empty { names[i] = sym(names[i]) }
      }
    }
    f.operands.withUnsafeMutableBufferPointer { ops in
      for k in ops.indices { ops[k] = value(ops[k]) }
    }
    f.insts.withUnsafeMutableBufferPointer { insts in
      for i in insts.indices {
        var inst = insts[i]
        inst.type = type(inst.type)
        switch inst.op {
        case .alloca, .getelementptr, .call, .invoke: inst.aux = type(TypeID(raw: inst.aux)).raw
        default: break
        }
        inst.dbg = md(inst.dbg)
        insts[i] = inst
      }
    }
    if !f.paramAttrs.isEmpty {
      f.paramAttrs.withUnsafeMutableBufferPointer { pa in
        for a in pa.indices { pa[a].type = type(pa[a].type) }
      }
    }
  }
}
