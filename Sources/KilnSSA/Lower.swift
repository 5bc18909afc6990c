// Lowering entry point: typed IR `Module` → target-neutral `SModule` for one target.
//
// Order of work (all deterministic):
// 1. Check the module's data layout against the target; resolve the data layout (DataLayout).
// 2. Build the symbol table serially: defined and declared functions (intrinsics excluded) in IR
//    order, then globals (the `appending` keep-alive lists excluded), then aliases, then the
//    runtime/libm helpers lowering may call (reusing a module symbol of the same name). Helpers no
//    function ended up calling are dropped at the end and the remaining symbol ids remapped.
// 3. Global initializers → `SData` (LowerData.swift); aliases → `SModule.aliases`.
// 4. Functions are independent: each is lowered by a `FunctionLowering` that reads only the
//    shared read-only `LowerContext` (copied once per worker, see FunctionLowering.init). With
//    threads > 1, `DispatchQueue.concurrentPerform` workers take items from a `WorkQueue`:
//    first the global data (step 3, which only touches its own copy of the module output), then
//    the functions, largest first. One `FunctionLowering` per worker keeps its scratch arrays
//    between functions; a finished function that stays in the module is copied out in
//    exactly-sized arrays (one the sink consumes and drops is written in place, and its arrays,
//    once the sink let go of them, serve the worker's next function). Results and diagnostics
//    land in per-item slots and are merged in order (data, then functions), so output is
//    byte-identical at any thread count.
// 5. With a `LoweredFunctionSink` (the pipeline's fused code generation), each function is also
//    handed to the sink on the worker that lowered it, right after lowering, so a backend
//    compiles it while it is still in cache and no stage boundary separates the two; the sink
//    sees the symbols as numbered before step 2's pruning and is told the renumbering after.

import Dispatch
import KilnIR
import KilnSupport

/// Runtime and libm functions lowering may call. Names are the linker-visible symbols.
enum Helper: Int, CaseIterable {
  case fmod, fmodf
  case shl, lshr, ashr, udiv, sdiv, urem, srem
  case utof64, stof64, utof32, stof32, f64tou, f64tos, f32tou, f32tos
  case floor, floorf, ceil, ceilf, trunc, truncf, round, roundf, rint, rintf, nearbyint, nearbyintf
  case fma, fmaf, pow, powf, exp, expf, exp2, exp2f, log, logf, log2, log2f, log10, log10f
  case sin, sinf, cos, cosf

  /// The symbol name (a static table: string interpolation of `self` goes through reflection).
  var symbolName: String { Helper.names[rawValue] }

  /// In case order (checked by `names.count == allCases.count` in debug builds).
  static let names: [String] = [
    "fmod", "fmodf", "__kiln_shl_w", "__kiln_lshr_w", "__kiln_ashr_w", "__kiln_udiv_w",
    "__kiln_sdiv_w", "__kiln_urem_w", "__kiln_srem_w", "__kiln_utof64_w", "__kiln_stof64_w",
    "__kiln_utof32_w", "__kiln_stof32_w", "__kiln_f64tou_w", "__kiln_f64tos_w", "__kiln_f32tou_w",
    "__kiln_f32tos_w", "floor", "floorf", "ceil", "ceilf", "trunc", "truncf", "round", "roundf",
    "rint", "rintf", "nearbyint", "nearbyintf", "fma", "fmaf", "pow", "powf", "exp", "expf",
    "exp2", "exp2f", "log", "logf", "log2", "log2f", "log10", "log10f", "sin", "sinf", "cos",
    "cosf"
  ]
}

/// Intrinsic kinds, recognized once per declared `@llvm.*` function.
enum Intr: UInt8 {
  case none = 0, unknown, memcpy, memmove, memset, stacksave, stackrestore, vaStart, vaEnd, vaCopy
  case drop, identity, trap, fabs, sqrt, copysign, minnum, maxnum, abs, smax, smin, umax, umin
  case fmuladd, ctlz, cttz, ctpop, bswap, saddo, uaddo, ssubo, usubo, smulo, umulo, ptrmask, ehTypeid
  case libm1, libm2, fma
}

final class LowerContext: Sendable {
  let module: Module
  let target: TargetDesc
  let layout: DataLayout
  let fnSym: [SymbolID]
  let globalSym: [SymbolID]
  let aliasSym: [SymbolID]
  let intrinsic: [Intr]
  /// For libm intrinsics: the helper for f64 (the f32 one follows it).
  let libmHelper: [Int16]
  let helperSym: [SymbolID]

  init(module: Module, target: TargetDesc, layout: DataLayout, fnSym: [SymbolID], globalSym: [SymbolID],
       aliasSym: [SymbolID], intrinsic: [Intr], libmHelper: [Int16], helperSym: [SymbolID]) {
    self.module = module; self.target = target; self.layout = layout; self.fnSym = fnSym
    self.globalSym = globalSym; self.aliasSym = aliasSym; self.intrinsic = intrinsic
    self.libmHelper = libmHelper; self.helperSym = helperSym
  }
}

/// How much work SSA construction did, per defined function in module order (for tests: the
/// phis `readVar` created, trivial ones included, before `finish()` removed them; and the IR phi
/// entries `phiArgs` examined to find each edge's incoming values).
final class LowerStats: @unchecked Sendable {
  private(set) var phisCreated: UnsafeMutableBufferPointer<Int> = .init(start: nil, count: 0)
  private(set) var phiEntryProbes: UnsafeMutableBufferPointer<Int> = .init(start: nil, count: 0)
  func reset(_ n: Int) {
    phisCreated = .allocate(capacity: n); phisCreated.initialize(repeating: 0)
    phiEntryProbes = .allocate(capacity: n); phiEntryProbes.initialize(repeating: 0)
  }
  func record(_ k: Int, _ fl: FunctionLowering) {
    phisCreated[k] = fl.phis.count
    phiEntryProbes[k] = fl.phiEntryProbes
  }
  deinit { phisCreated.deallocate(); phiEntryProbes.deallocate() }
}

/// Receives each function as soon as it is lowered, on the worker thread that lowered it (the
/// pipeline's fused lowering and code generation; see `Lowering.lower(_:target:diagnostics:threads:sink:)`).
public protocol LoweredFunctionSink: AnyObject, Sendable {
  /// Called once, before any function: the symbol table as lowering numbers it while functions are
  /// lowered (helpers not yet pruned), which defined symbols are thread-local data, the number of
  /// functions (`consume`'s `index` is below it: the function's index in `SModule.functions`), the
  /// number of workers (`consume`'s `worker` is below it; one worker calls at a time per index),
  /// and the module's IR instruction count.
  func begin(symbols: [SSymbol], threadLocal: [Bool], functionCount: Int, workers: Int, irInstructions: Int)
  func consume(_ f: SFunction, index: Int, worker: Int)
  /// Whether the returned module must still hold the functions' bodies (for the SSA verifier or
  /// printing). When false, each body is freed once consumed (its memory goes to the next
  /// function) and the module's functions keep only their symbols.
  var keepsFunctionBodies: Bool { get }
  /// Called after every function, when unused helper symbols were pruned: the symbol numbered
  /// `base + k` before is numbered `map[k]` now (`UInt32.max`: removed, and nothing refers to it);
  /// symbols below `base` keep their numbers.
  func renumber(from base: Int, map: [UInt32])
}

public enum Lowering {
  /// Lowers a parsed+verified module for `target`. Functions are lowered independently
  /// (in parallel when threads > 1) with byte-identical results at any thread count.
  /// Unsupported constructs are reported as `unsupported: …` at their loc; returns nil on error.
  /// With a `sink`, every lowered function is also handed to it as soon as it is lowered.
  ///
  /// `releaseIRBodies` (only with a sink that does not keep bodies): the caller gives the module
  /// up to lowering and will not read its function bodies again, so each IR function's body
  /// arrays are freed as soon as that function is lowered and consumed. Their memory then serves
  /// the functions lowered after it instead of fresh pages (the module's other readers, if any,
  /// would see empty bodies: the parsed-text pipeline, which owns its module, is the only user).
  ///
  /// `prepared`: `prepare(m, target:threads:)`'s result for this module, when the caller built it
  /// ahead (used once: its work queue is consumed).
  public static func lower(_ m: Module, target: TargetDesc, diagnostics: inout Diagnostics, threads: Int = 1,
                           sink: LoweredFunctionSink? = nil, releaseIRBodies: Bool = false,
                           prepared: Prepared? = nil) -> SModule? {
    lower(m, target: target, diagnostics: &diagnostics, threads: threads, stats: nil, sink: sink,
          releaseIRBodies: releaseIRBodies, prepared: prepared)
  }

  /// What lowering computes before it lowers anything: the data layout, the module's symbol
  /// table and the maps into it, and the order functions are handed out in. It reads only the
  /// module, so the pipeline builds it on one of the verifier's workers while the others verify
  /// (`IRVerifier.verify`'s `alongside`) instead of on one thread while the other waits: on
  /// big.ll it is ~14M instructions (symbol names, the layout of 2k types), ~2.5 ms.
  /// (A class: `lower` takes the symbol table out of it, so that no other reference makes the
  /// table's first write copy it.)
  public final class Prepared: @unchecked Sendable {
    let target: TargetDesc
    let layout: DataLayout
    var out: SModule?                // the symbols: functions, globals, aliases, then helpers
    let fnSym: [SymbolID], globalSym: [SymbolID], aliasSym: [SymbolID]
    let intrinsic: [Intr], libm: [Int16]
    let defined: [Int]               // the defined functions, in module order
    let helperBase: Int, helperSym: [SymbolID], helperIsNew: [Bool]
    let queue: WorkQueue?            // `functionQueue`, built ahead when lowering will use threads
    init(target: TargetDesc, layout: DataLayout, out: SModule, fnSym: [SymbolID], globalSym: [SymbolID],
         aliasSym: [SymbolID], intrinsic: [Intr], libm: [Int16], defined: [Int], helperBase: Int,
         helperSym: [SymbolID], helperIsNew: [Bool], queue: WorkQueue?) {
      self.target = target; self.layout = layout; self.out = out; self.fnSym = fnSym; self.globalSym = globalSym
      self.aliasSym = aliasSym; self.intrinsic = intrinsic; self.libm = libm; self.defined = defined
      self.helperBase = helperBase; self.helperSym = helperSym; self.helperIsNew = helperIsNew; self.queue = queue
    }
  }

  /// The module's `Prepared` for `target`, for lowering with `threads` threads.
  public static func prepare(_ m: Module, target: TargetDesc, threads: Int) -> Prepared {
    let layout = DataLayout(types: m.types, target: target)
    var out = SModule(target: target)
    out.symbols.reserveCapacity(m.functions.count + m.globals.count + m.aliases.count + Helper.allCases.count)

    // symbols
    func symName(_ s: Symbol) -> String {
      m.names.withBytes(s) { b in
        String(decoding: b.first == 1 ? UnsafeBufferPointer(rebasing: b.dropFirst()) : b, as: UTF8.self)
      }
    }
    func binding(_ l: Linkage) -> SymbolBinding { l.isLocal ? .local : (l.isWeak ? .weak : .global) }
    func vis(_ v: Visibility) -> UInt8 { v == .hidden ? 1 : (v == .protected ? 2 : 0) }
    // (the name is its last use: moved into the symbol, not retained and released)
    func symbol(_ name: consuming String, _ kind: SymbolKind, _ b: SymbolBinding, defined: Bool,
                _ v: Visibility) -> SSymbol {
      var s = SSymbol(name: name, kind: kind, binding: b, isDefined: defined)
      s.visibility = vis(v)
      return s
    }

    // Module symbols whose names are helper names (looked up by interned symbol, not by string).
    var helperNameSym: [UInt32: Int] = [:]
    for h in Helper.allCases {
      if let sym = m.names.lookup(h.symbolName) { helperNameSym[sym.raw] = h.rawValue }
    }
    var byName: [String: SymbolID] = [:]
    var fnSym = [SymbolID](repeating: SymbolID(raw: .max), count: m.functions.count)
    var intrinsic = [Intr](repeating: .none, count: m.functions.count)
    var libm = [Int16](repeating: -1, count: m.functions.count)
    // (Fields are read in place: copying a `Function` would retain each of its arrays.)
    var defined: [Int] = []
    let fns = FunctionLowering.unretained(m.functions)
    for i in 0..<m.functions.count {
      let fname = fns[i].name
      let name = symName(fname)
      if name.hasPrefix("llvm.") {
        let (k, h) = classifyIntrinsic(name)
        intrinsic[i] = k; libm[i] = h
        continue
      }
      let isDecl = fns[i].blocks.isEmpty
      fnSym[i] = SymbolID(out.symbols.count)
      if !isDecl { defined.append(i) }
      if !helperNameSym.isEmpty && helperNameSym[fname.raw] != nil { byName[name] = fnSym[i] }
      out.symbols.append(symbol(name, .function, binding(fns[i].linkage), defined: !isDecl, fns[i].visibility))
    }
    var globalSym = [SymbolID](repeating: SymbolID(raw: .max), count: m.globals.count)
    for (i, g) in m.globals.enumerated() {
      let name = symName(g.name)
      if g.linkage == .appending && (name == "llvm.used" || name == "llvm.compiler.used") { continue }
      globalSym[i] = SymbolID(out.symbols.count)
      if !helperNameSym.isEmpty && helperNameSym[g.name.raw] != nil { byName[name] = globalSym[i] }
      out.symbols.append(symbol(name, .data, g.linkage == .appending ? .local : binding(g.linkage),
                                defined: !g.isDeclaration, g.visibility))
    }
    var aliasSym = [SymbolID](repeating: SymbolID(raw: .max), count: m.aliases.count)
    for (i, a) in m.aliases.enumerated() {
      let name = symName(a.name)
      aliasSym[i] = SymbolID(out.symbols.count)
      if !helperNameSym.isEmpty && helperNameSym[a.name.raw] != nil { byName[name] = aliasSym[i] }
      out.symbols.append(symbol(name, a.aliasee.fastTag == .function ? .function : .data, binding(a.linkage),
                                defined: true, a.visibility))
    }
    let helperBase = out.symbols.count
    var helperSym: [SymbolID] = []
    var helperIsNew: [Bool] = []
    for h in Helper.allCases {
      if let s = byName[h.symbolName] { helperSym.append(s); helperIsNew.append(false); continue }
      helperSym.append(SymbolID(out.symbols.count))
      helperIsNew.append(true)
      out.symbols.append(SSymbol(name: h.symbolName, kind: .function, binding: .global, isDefined: false))
    }
    let queue = threads > 1 ? functionQueue(fns, defined) : nil
    return Prepared(target: target, layout: layout, out: out, fnSym: fnSym, globalSym: globalSym, aliasSym: aliasSym,
                    intrinsic: intrinsic, libm: libm, defined: defined, helperBase: helperBase, helperSym: helperSym,
                    helperIsNew: helperIsNew, queue: queue)
  }

  /// Dynamic scheduling with several threads: item 0 is the data (handed out first), item k+1
  /// the defined function `defined[k]`, largest first.
  static func functionQueue(_ fns: UnsafePointer<Function>, _ defined: [Int]) -> WorkQueue {
    var weights = [Int](repeating: 0, count: defined.count + 1)
    for k in 0..<defined.count { weights[k + 1] = fns[defined[k]].insts.count }
    return WorkQueue(weights: weights, first: [0])
  }

  static func lower(_ m: Module, target: TargetDesc, diagnostics: inout Diagnostics, threads: Int,
                    stats: LowerStats?, sink: LoweredFunctionSink? = nil, releaseIRBodies: Bool = false,
                    prepared: Prepared? = nil) -> SModule? {
    let startErrors = diagnostics.errorCount
    assert(Helper.names.count == Helper.allCases.count)
    if let dl = m.dataLayout, !dl.isEmpty, let msg = DataLayout.mismatch(dl, target: target) {
      diagnostics.error(m.dataLayoutLoc, msg)
      return nil
    }
    let plan = prepared.flatMap { $0.target == target && $0.out != nil ? $0 : nil } ?? prepare(m, target: target, threads: threads)
    let layout = plan.layout
    var out = plan.out.take()!
    let fnSym = plan.fnSym, globalSym = plan.globalSym, aliasSym = plan.aliasSym
    let intrinsic = plan.intrinsic, libm = plan.libm, defined = plan.defined
    let helperBase = plan.helperBase, helperSym = plan.helperSym, helperIsNew = plan.helperIsNew
    let fns = FunctionLowering.unretained(m.functions)

    // Global data and functions are independent: with threads > 1 the data is one more work item
    // (taken first, it is the largest), so it overlaps with lowering functions.
    final class DataResult: @unchecked Sendable {
      var out: SModule
      var diags: Diagnostics
      init(_ out: SModule, _ diags: Diagnostics) { self.out = out; self.diags = diags }
    }
    let dataResult = DataResult(out, Diagnostics(file: m.source))
    // (`dataResult` now holds the only reference to the symbol table: writing definitions into
    // it does not copy the table)
    out = SModule(target: target)
    let gSym = globalSym, fSym = fnSym, aSym = aliasSym
    let lowerData: @Sendable () -> Void = {
      lowerGlobals(m, layout: layout, globalSym: gSym, fnSym: fSym, aliasSym: aSym,
                   into: &dataResult.out, diags: &dataResult.diags)
    }

    // functions
    let ctx = LowerContext(module: m, target: target, layout: layout, fnSym: fnSym, globalSym: globalSym,
                           aliasSym: aliasSym, intrinsic: intrinsic, libmHelper: libm, helperSym: helperSym)
    final class Results: @unchecked Sendable {
      var fns: [SFunction?]
      var diags: [Diagnostics?]
      var used: [UInt64]
      init(_ n: Int) {
        fns = Array(repeating: nil, count: n); diags = Array(repeating: nil, count: n)
        used = Array(repeating: 0, count: n)
      }
    }
    let results = Results(defined.count)
    stats?.reset(defined.count)
    let n = defined.count
    // One FunctionLowering per worker: its scratch arrays keep their capacity across functions.
    // A function that the sink consumes and drops is written in place, with room to spare
    // (`FunctionLowering.run`); one that stays in the module is copied out exactly sized.
    let dropsBodies = sink.map { !$0.keepsFunctionBodies } ?? false
    let defs = defined
    let work: @Sendable (Int, inout FunctionLowering?) -> (SFunction?, Diagnostics, UInt64) = { k, fl in
      let fi = defs[k]
      if fl == nil {
        fl = FunctionLowering(ctx: ctx, function: fi, symbol: ctx.fnSym[fi])
        fl!.writeInPlace = dropsBodies
      } else {
        fl!.reset(function: fi, symbol: ctx.fnSym[fi])
      }
      let f = fl!.run()
      stats?.record(k, fl!)
      return (f, fl!.diags, fl!.usedHelpers)
    }
    let workers = max(1, min(threads, n + 1))
    // A lowered function goes to the sink, if any; what stays in the module is the function, or
    // only its symbol when the sink does not need the bodies kept.
    // Lowering reads only the function it lowers (`FunctionLowering.fn`; callees come from the
    // symbol tables above), so a worker may free that function's IR body while others lower theirs.
    let releaseBodies = releaseIRBodies && dropsBodies
    nonisolated(unsafe) let irFunctions = UnsafeMutablePointer(mutating: fns)
    let handOver: @Sendable (inout SFunction?, Int, _ worker: Int, FunctionLowering?) -> Void = { f, k, w, fl in
      // (moved, not copied: a copy would retain each of the body's arrays)
      guard let sink, let g = f.take() else { return }
      sink.consume(g, index: k, worker: w)
      guard dropsBodies else { f = g; return }
      f = SFunction(symbol: g.symbol)
      // (the dropped body's arrays serve the worker's next function)
      fl?.recycle(consume g)
      if releaseBodies {
        let irf = irFunctions + defs[k]
        irf.pointee.insts = []; irf.pointee.operands = []; irf.pointee.instNames = []; irf.pointee.extra = []
      }
    }
    if let sink {
      // Defined thread-local globals: the ones lowering puts in .tdata/.tbss (LowerData.swift).
      // (The symbols are `dataResult`'s now: the sink's reference makes the data work's first
      // write copy them, on a worker.)
      let symbols = dataResult.out.symbols
      var tls = [Bool](repeating: false, count: symbols.count)
      for (i, g) in m.globals.enumerated() where g.flags & GlobalFlags.threadLocal != 0 && !g.isDeclaration {
        if globalSym[i].raw != .max { tls[globalSym[i].index] = true }
      }
      var irInsts = 0
      for k in 0..<n { irInsts += m.functions[defined[k]].insts.count }
      sink.begin(symbols: symbols, threadLocal: tls, functionCount: n, workers: workers, irInstructions: irInsts)
    }
    if workers <= 1 {
      lowerData()
      var worker: FunctionLowering? = nil
      for k in 0..<n {
        (results.fns[k], results.diags[k], results.used[k]) = work(k, &worker)
        handOver(&results.fns[k], k, 0, worker)
      }
    } else {
      // Dynamic scheduling (`prepare`'s queue: the data first, then the functions, largest
      // first). Results go to fixed slots, so the output does not depend on which worker lowered what.
      let next = plan.queue ?? functionQueue(fns, defined)
      results.fns.withUnsafeMutableBufferPointer { fb in
        results.diags.withUnsafeMutableBufferPointer { db in
          results.used.withUnsafeMutableBufferPointer { ub in
            nonisolated(unsafe) let fbp = fb, dbp = db, ubp = ub
            DispatchQueue.concurrentPerform(iterations: workers) { w in
              var fl: FunctionLowering? = nil
              while let item = next.take() {
                if item == 0 { lowerData(); continue }
                let k = item - 1
                let (f, d, u) = work(k, &fl)
                fbp[k] = f; dbp[k] = d; ubp[k] = u
                handOver(&fbp[k], k, w, fl)
              }
            }
          }
        }
      }
    }
    // (moved out, leaving `dataResult` the empty module: the symbol table stays unshared, so
    // dropping unused helpers below edits it in place)
    swap(&out, &dataResult.out)
    diagnostics.append(contentsOf: dataResult.diags)
    var usedHelpers: UInt64 = 0
    for k in 0..<n {
      if let d = results.diags[k] { diagnostics.append(contentsOf: d) }
      usedHelpers |= results.used[k]
    }
    if diagnostics.errorCount > startErrors { return nil }
    for k in 0..<n where results.fns[k] == nil { return nil }

    // drop helper symbols nobody called (renumbering the ones after them)
    var remap: [UInt32] = []
    var removedAny = false
    var nextSym = UInt32(helperBase)
    for (k, _) in Helper.allCases.enumerated() {
      if !helperIsNew[k] { continue }
      if usedHelpers & (1 << UInt64(k)) != 0 {
        remap.append(nextSym); nextSym += 1
      } else { remap.append(.max); removedAny = true }
    }
    var full: [UInt32] = []
    if removedAny {
      // (only the helper symbols at the end are replaced: the module's symbols before them are
      // neither copied nor released)
      var kept: [SSymbol] = []
      var r = 0
      full = [UInt32](repeating: .max, count: out.symbols.count - helperBase)
      for (k, _) in Helper.allCases.enumerated() where helperIsNew[k] {
        let old = Int(helperSym[k].raw) - helperBase
        full[old] = remap[r]
        if remap[r] != .max { kept.append(out.symbols[Int(helperSym[k].raw)]) }
        r += 1
      }
      out.symbols.replaceSubrange(helperBase..., with: kept)
      sink?.renumber(from: helperBase, map: full)
    }
    // Move the functions out of `results` (no copy-on-write copies), remapping helper calls.
    out.functions.reserveCapacity(n)
    for k in 0..<n {
      if removedAny && usedHelpers != 0 {
        results.fns[k]!.insts.withUnsafeMutableBufferPointer { ib in
          for i in 0..<ib.count {
            let op = ib[i].op
            if (op == .call || (op == .invoke && ib[i].flags & SFlags.indirect == 0)) && Int(ib[i].aux2) >= helperBase {
              ib[i].aux2 = full[Int(ib[i].aux2) - helperBase]
            }
          }
        }
      }
      out.symbols[results.fns[k]!.symbol.index].definition = Int32(out.functions.count)
      out.functions.append(results.fns[k].take()!)
    }
    return out
  }

  /// Classifies an `llvm.*` name; for libm-backed ones also returns the f64 helper index.
  static func classifyIntrinsic(_ name: String) -> (Intr, Int16) {
    // The '.'-separated parts that matter (the 2nd, 3rd and last; empty parts skipped, as
    // `split` does), found in the UTF-8 bytes: `split`'s [Substring] cost a runtime type
    // instantiation and ~15k instructions on every small compile.
    var text = name
    let (count, base, second, isF32) = text.withUTF8 { u -> (Int, String, String, Bool) in
      var n = 0, i = 0
      var r1 = 0..<0, r2 = 0..<0, last = 0..<0
      while i < u.count {
        if u[i] == UInt8(ascii: ".") { i += 1; continue }
        var j = i
        while j < u.count && u[j] != UInt8(ascii: ".") { j += 1 }
        n += 1
        if n == 2 { r1 = i..<j } else if n == 3 { r2 = i..<j }
        last = i..<j
        i = j
      }
      func str(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: u[r]), as: UTF8.self) }
      let f32 = last.count == 3 && u[last.lowerBound] == UInt8(ascii: "f") && u[last.lowerBound + 1] == UInt8(ascii: "3")
        && u[last.lowerBound + 2] == UInt8(ascii: "2")
      return (n, str(r1), str(r2), f32)
    }
    guard count >= 2 else { return (.unknown, -1) }
    func libm(_ h: Helper, _ k: Intr = .libm1) -> (Intr, Int16) {
      (k, Int16(h.rawValue + (isF32 ? 1 : 0)))
    }
    switch base {
    case "memcpy", "memmove", "memset":
      let inline = second == "inline"
      _ = inline
      return (base == "memcpy" ? .memcpy : base == "memmove" ? .memmove : .memset, -1)
    case "stacksave": return (.stacksave, -1)
    case "stackrestore": return (.stackrestore, -1)
    case "va_start": return (.vaStart, -1)
    case "va_end": return (.vaEnd, -1)
    case "va_copy": return (.vaCopy, -1)
    case "lifetime", "dbg", "assume", "donothing", "sideeffect", "experimental", "invariant", "prefetch":
      if base == "experimental" { return (.unknown, -1) }
      if base == "invariant" { return (.unknown, -1) }
      return (.drop, -1)
    case "expect": return (.identity, -1)
    case "trap", "debugtrap", "ubsantrap": return (.trap, -1)
    case "fabs": return (.fabs, -1)
    case "sqrt": return (.sqrt, -1)
    case "copysign": return (.copysign, -1)
    case "minnum": return (.minnum, -1)
    case "maxnum": return (.maxnum, -1)
    case "abs": return (.abs, -1)
    case "smax": return (.smax, -1)
    case "smin": return (.smin, -1)
    case "umax": return (.umax, -1)
    case "umin": return (.umin, -1)
    case "fmuladd": return (.fmuladd, -1)
    case "fma": return libm(.fma, .fma)
    case "ctlz": return (.ctlz, -1)
    case "cttz": return (.cttz, -1)
    case "ctpop": return (.ctpop, -1)
    case "bswap": return (.bswap, -1)
    case "sadd": return second == "with" ? (.saddo, -1) : (.unknown, -1)
    case "uadd": return second == "with" ? (.uaddo, -1) : (.unknown, -1)
    case "ssub": return second == "with" ? (.ssubo, -1) : (.unknown, -1)
    case "usub": return second == "with" ? (.usubo, -1) : (.unknown, -1)
    case "smul": return second == "with" ? (.smulo, -1) : (.unknown, -1)
    case "umul": return second == "with" ? (.umulo, -1) : (.unknown, -1)
    case "ptrmask": return (.ptrmask, -1)
    case "eh":
      if second == "typeid" { return (.ehTypeid, -1) }
      return (.unknown, -1)
    case "floor": return libm(.floor)
    case "ceil": return libm(.ceil)
    case "trunc": return libm(.trunc)
    case "round": return libm(.round)
    case "rint": return libm(.rint)
    case "nearbyint": return libm(.nearbyint)
    case "pow": return libm(.pow, .libm2)
    case "exp": return libm(.exp)
    case "exp2": return libm(.exp2)
    case "log": return libm(.log)
    case "log2": return libm(.log2)
    case "log10": return libm(.log10)
    case "sin": return libm(.sin)
    case "cos": return libm(.cos)
    default: return (.unknown, -1)
    }
  }
}
