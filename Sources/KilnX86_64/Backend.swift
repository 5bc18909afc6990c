// The x86_64 code generator's entry point: Kiln SSA module → neutral ObjectFile (System V, Linux,
// PIC) or AT&T assembly text. Per function: ISel (ISel*.swift) → KilnRegAlloc → Emit (Emit.swift,
// Frame.swift). Functions compile independently (in parallel with `threads > 1`, each worker with
// its own `WorkerContext` of reused state) and are laid out in module order, so the output is
// deterministic.
//
// Object layout: `.text` (functions, 16-byte aligned, padded with int3), data objects in
// `.data`/`.rodata`/`.bss`/`.rodata.str1.1`/`.tdata`/`.tbss` or their named section, and a small
// constant pool (`.rodata.kiln`: float sign/abs masks). Object symbol i == module symbol i; the
// libc helpers (memcpy/memmove/memset) and the pool's local symbol follow.
// Relocations: calls → call32 (PLT32), defined symbols → pcrel32 (lea/rip-relative access), other
// symbols → gotPcrel32 loads; data pointers → abs64/abs32.
//
// Two ways in: `compile` takes a lowered module; `FusedCodegen` is handed each function by the
// lowering workers as soon as it is lowered (the pipeline's default for objects and executables)
// and lays out the same object once lowering is done.

import Dispatch
import Glibc
import KilnMachineCode
import KilnRegAlloc
import KilnSSA
import KilnSupport

public enum X86Backend {
  struct FuncCode {
    var bytes: [UInt8]
    var relocs: [Relocation]
    var text: String
  }

  static func extraSymbols(_ m: SModule) -> (ExtraSymbols, [ObjSymbol]) {
    var added: [ObjSymbol] = []
    // One linear pass for the three names (the first symbol of each name; only names of 6 or 7
    // bytes are compared): a Dictionary<String, _> would cost more to set up (runtime metadata
    // and conformance lookups) than the whole search on a small module.
    var first = (memcpy: -1, memmove: -1, memset: -1)
    m.symbols.withUnsafeBufferPointer { syms in
      for i in syms.indices {
        let n = syms[i].name.utf8.count
        if n != 6 && n != 7 { continue }
        let name = syms[i].name
        if first.memcpy < 0 && name == "memcpy" { first.memcpy = i }
        else if first.memmove < 0 && name == "memmove" { first.memmove = i }
        else if first.memset < 0 && name == "memset" { first.memset = i }
      }
    }
    func sym(_ n: String, _ i: Int) -> ObjSymbolID {
      if i >= 0 && m.symbols[i].kind == .function { return ObjSymbolID(i) }
      added.append(ObjSymbol(name: n, binding: .global, type: .none, section: nil))
      return ObjSymbolID(m.symbols.count + added.count - 1)
    }
    let mc = sym("memcpy", first.memcpy), mm = sym("memmove", first.memmove), ms = sym("memset", first.memset)
    added.append(ObjSymbol(name: ".Lkiln.consts", binding: .local, type: .object, section: nil))
    let cs = ObjSymbolID(m.symbols.count + added.count - 1)
    return (ExtraSymbols(memcpy: mc, memmove: mm, memset: ms, consts: cs), added)
  }

  /// State one worker reuses from function to function: the encoder's form memo, the selector,
  /// and every per-function array of allocation and emission (taken over by the next function
  /// with its capacity, instead of being allocated, zeroed and freed per function).
  final class WorkerContext {
    var formCache: X86FormCache
    var isel = ISel()
    /// The last function's VCode once the emitter is done with it (refilled by the next `begin`).
    var vc = VCode()
    var emit = EmitScratch()
    var res = RegAllocResult()
    /// `ssaInsts`: the module's SSA instruction count, which sizes the encoder's form memo.
    init(ssaInsts: Int) { formCache = X86FormCache(slots: ssaInsts / 4) }
  }

  static func compileFunction(_ f: SFunction, _ m: SModule, _ extra: ExtraSymbols, _ tls: [Bool], text: Bool,
                              _ ctx: WorkerContext) throws -> FuncCode {
    // The frame keeps rbp and rsp 16-byte aligned and does not realign the stack, so a local that
    // needs more (e.g. `alloca …, align 32`) is refused rather than silently misaligned.
    if let s = f.stackSlots.first(where: { $0.align > 16 }) {
      let name = f.symbol.index < m.symbols.count ? m.symbols[f.symbol.index].name : "?"
      throw X86BackendError("unsupported: stack object aligned to \(s.align) bytes in function '\(name)' (x86_64 frames are aligned to 16)")
    }
    // Arrays move between the stages and the context (swap, never copy), so that each stays
    // uniquely referenced and the next function can refill it in place.
    ctx.isel.begin(f, symbols: m.symbols, extra: extra, isTLS: tls, recycling: &ctx.vc)
    let vc = try ctx.isel.run()
    // The selector lets go of the function now, so that lowering can reuse its arrays for the
    // next one (`FunctionLowering.recycle`: only a body nobody else holds is reused).
    ctx.isel.f = SFunction(symbol: f.symbol)
    let name = f.symbol.index < m.symbols.count ? m.symbols[f.symbol.index].name : "?"
    var res = RegAllocResult()
    swap(&res, &ctx.res)
    do { try allocateRegisters(vc.ra, X86ABI.env, into: &res) } catch {
      throw X86BackendError("x86_64 backend: in function '\(name)': register allocation failed: \(error.description)")
    }
    var em = Emitter(consume vc, consume res, extra, scratch: &ctx.emit)
    swap(&em.formCache, &ctx.formCache)
    defer {
      swap(&em.formCache, &ctx.formCache)
      em.recycle(into: &ctx.emit, vc: &ctx.vc, res: &ctx.res)
    }
    em.fnName = name
    if text {
      em.text = ""
      let syms = m.symbols
      let n0 = syms.count
      em.printer = X86Printer(labelName: { ".L\(name).\($0.raw)" },
                              symbolName: { $0.index < n0 ? X86AsmData.quoted(syms[$0.index].name) : ($0.index == Int(extra.consts.raw) ? ".Lkiln.consts" : ["memcpy", "memmove", "memset"][min(2, max(0, $0.index - n0))]) })
    }
    try em.run()
    return FuncCode(bytes: em.buf.bytesCopy, relocs: em.buf.relocationsCopy, text: em.text ?? "")
  }

  /// Code generation fused with lowering: `Lowering.lower(…, sink:)` hands each function over on
  /// the worker that lowered it, which compiles it right away with that worker's context. The
  /// function sees the symbols as numbered during lowering; `object(for:)` applies the final
  /// numbering to the relocations and lays out the object exactly as `compile` does.
  public final class FusedCodegen: LoweredFunctionSink, @unchecked Sendable {
    private var module = SModule(target: .x86_64)  // only its symbols: all a function needs of it
    private var tls: [Bool] = []
    private var extra = ExtraSymbols(memcpy: ObjSymbolID(0), memmove: ObjSymbolID(0), memset: ObjSymbolID(0), consts: ObjSymbolID(0))
    private var box = ResultBox(0)
    /// One context per worker, made by that worker on its first function.
    private var contexts: UnsafeMutableBufferPointer<WorkerContext?> = .init(start: nil, count: 0)
    private var formSlots = 0
    private var renumberBase = -1
    private var renumberMap: [UInt32] = []

    public let keepsFunctionBodies: Bool
    /// `keepFunctionBodies`: whether lowering's module keeps the bodies (see `LoweredFunctionSink`).
    public init(keepFunctionBodies: Bool) { keepsFunctionBodies = keepFunctionBodies }
    deinit { contexts.deinitialize(); contexts.deallocate() }

    public func begin(symbols: [SSymbol], threadLocal: [Bool], functionCount: Int, workers: Int, irInstructions: Int) {
      module.symbols = symbols
      tls = threadLocal
      extra = X86Backend.extraSymbols(module).0
      box = ResultBox(functionCount)
      contexts.deinitialize(); contexts.deallocate()
      contexts = .allocate(capacity: max(workers, 1))
      contexts.initialize(repeating: nil)
      formSlots = irInstructions
    }

    public func consume(_ f: SFunction, index: Int, worker: Int) {
      let ctx: WorkerContext
      if let c = contexts[worker] { ctx = c } else { ctx = WorkerContext(ssaInsts: formSlots); contexts[worker] = ctx }
      box.run(index) { try X86Backend.compileFunction(f, module, extra, tls, text: false, ctx) }
    }

    public func renumber(from base: Int, map: [UInt32]) {
      renumberBase = base
      renumberMap = map
    }

    /// The object for `m`, the module lowering returned (its functions are the ones compiled,
    /// in the same order). Throws the first function's code generation error, as `compile` does.
    public func object(for m: SModule) throws -> ObjectFile {
      let (extra, added) = X86Backend.extraSymbols(m)
      var codes = try box.collect(m.functions.count)
      let renumbering = renumberBase < 0 ? nil
        : SymbolRenumbering(base: renumberBase, map: renumberMap, oldCount: module.symbols.count, newCount: m.symbols.count)
      return X86Backend.object(m, &codes, extra, added, renumbering: renumbering, parallel: contexts.count > 1)
    }
  }

  static func compileAll(_ m: SModule, threads: Int, text: Bool) throws -> ([FuncCode], ExtraSymbols, [ObjSymbol]) {
    guard m.target.arch == .x86_64 else { throw X86BackendError("x86_64 backend: module targets \(m.target.triple)") }
    let (extra, added) = extraSymbols(m)
    var tlsFlags = [Bool](repeating: false, count: m.symbols.count)
    for d in m.data where (d.section == .tdata || d.section == .tbss) && d.symbol.index < tlsFlags.count { tlsFlags[d.symbol.index] = true }
    let tls = tlsFlags
    let n = m.functions.count
    let ssaInsts = m.functions.reduce(0) { $0 + $1.insts.count }
    let box = ResultBox(n)
    if threads > 1 && n > 1 {
      // Each worker, with its own context, takes the largest function not yet taken.
      let workers = min(threads, n)
      let queue = WorkQueue(weights: m.functions.map { $0.insts.count })
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        let ctx = WorkerContext(ssaInsts: ssaInsts)
        while let i = queue.take() {
          box.run(i) { try compileFunction(m.functions[i], m, extra, tls, text: text, ctx) }
        }
      }
    } else {
      let ctx = WorkerContext(ssaInsts: ssaInsts)
      for i in 0..<n { box.run(i) { try compileFunction(m.functions[i], m, extra, tls, text: text, ctx) } }
    }
    return (try box.collect(n), extra, added)
  }

  /// Compiles every function and data object of `m` into a relocatable object.
  public static func compile(_ m: SModule, threads: Int = 1) throws -> ObjectFile {
    var (codes, extra, added) = try compileAll(m, threads: threads, text: false)
    return object(m, &codes, extra, added, parallel: threads > 1)
  }

  /// Symbol numbers as a function's code has them → final object symbol numbers (`FusedCodegen`:
  /// functions were compiled against lowering's numbering before unused helpers were pruned).
  struct SymbolRenumbering: Sendable {
    /// Symbols numbered `base + k` are numbered `map[k]` now; those from `oldCount` on (the
    /// added ones) move to follow the `newCount` module symbols; the rest keep their numbers.
    var base: Int, map: [UInt32], oldCount: Int, newCount: Int
    @inline(__always)
    func callAsFunction(_ s: ObjSymbolID) -> ObjSymbolID {
      let i = s.index
      if i >= oldCount { return ObjSymbolID(i - oldCount + newCount) }
      if i >= base { return ObjSymbolID(Int(map[i - base])) }
      return s
    }
  }

  /// Lays the compiled functions and `m`'s data out as a relocatable object. The text (the
  /// functions' code and relocations, in order) and the rest (symbols, data sections) do not
  /// depend on each other: with `parallel`, the text is laid out on a second thread meanwhile
  /// (this runs after all functions are compiled, when the other cores are idle).
  /// `renumbering`: applied to the functions' relocations as they are placed. `codes` is taken
  /// (left empty): the text layout frees each function's code once it is placed.
  static func object(_ m: SModule, _ codes: inout [FuncCode], _ extra: ExtraSymbols, _ added: [ObjSymbol],
                     renumbering: SymbolRenumbering? = nil, parallel: Bool = false) -> ObjectFile {
    final class TextLayout: @unchecked Sendable {
      var codes: [FuncCode] = []
      var text: [UInt8] = []
      var relocations: [Relocation] = []
      var offsets: [Int] = [], sizes: [Int] = []
    }
    let laid = TextLayout()
    swap(&laid.codes, &codes)
    // The text in one pass over the code and one over the relocations: each relocation is
    // renumbered, moved to its function's offset and, when it refers to a local symbol in .text
    // (`LocalTextSymbols`), resolved into the code instead of kept.
    let layOutText: @Sendable () -> Void = {
      var codes: [FuncCode] = []
      swap(&codes, &laid.codes)  // (freed here, on this thread, once placed)
      var offsets = [Int](repeating: 0, count: codes.count), sizes = offsets
      var textSize = 0, relocCount = 0
      codes.withUnsafeBufferPointer { cs in
        for k in cs.indices {
          textSize = (textSize + 15) & ~15  // (functions start 16-byte aligned, padded with int3)
          offsets[k] = textSize
          sizes[k] = cs[k].bytes.count
          textSize += cs[k].bytes.count
          relocCount += cs[k].relocs.count
        }
      }
      let local = LocalTextSymbols(m, added: added, offsets: offsets)
      var text = [UInt8](unsafeUninitializedCapacity: textSize) { buf, initialized in
        let base = buf.baseAddress!
        var end = 0
        codes.withUnsafeBufferPointer { cs in
          for k in cs.indices {
            let off = offsets[k]
            if off > end { memset(base + end, 0xcc, off - end) }
            cs[k].bytes.withUnsafeBufferPointer { b in
              if !b.isEmpty { (base + off).initialize(from: b.baseAddress!, count: b.count) }
            }
            end = off + cs[k].bytes.count
          }
        }
        initialized = textSize
      }
      let trel = text.withUnsafeMutableBufferPointer { tb in
        [Relocation](unsafeUninitializedCapacity: relocCount) { out, kept in
          kept = 0
          codes.withUnsafeBufferPointer { cs in
            for k in cs.indices {
              let off = UInt64(offsets[k])
              cs[k].relocs.withUnsafeBufferPointer { rs in
                for var r in rs {
                  if let renumber = renumbering { r.symbol = renumber(r.symbol) }
                  r.offset += off
                  if let d = local.displacement(r, textSize: textSize) {
                    let at = Int(r.offset)
                    for b in 0..<4 { tb[at + b] = UInt8(truncatingIfNeeded: d >> (8 * UInt32(b))) }
                  } else {
                    (out.baseAddress! + kept).initialize(to: r)
                    kept += 1
                  }
                }
              }
            }
          }
        }
      }
      laid.text = text; laid.relocations = trel; laid.offsets = offsets; laid.sizes = sizes
    }
    var syms: [ObjSymbol] = []
    var dataSections: [ObjSection] = []
    // Data sections follow .text: `dataSections[di]` is section di + 1.
    let layOutRest = {
      syms = objectSymbols(m, added)
      dataSections = layOutData(m, &syms)
    }
    if parallel {
      nonisolated(unsafe) let rest = layOutRest
      DispatchQueue.concurrentPerform(iterations: 2) { k in if k == 0 { rest() } else { layOutText() } }
    } else {
      layOutText()
      layOutRest()
    }
    // .text, then the data sections
    var obj = ObjectFile(machine: .x86_64)
    for k in laid.offsets.indices {
      let si = m.functions[k].symbol.index
      if si < syms.count {
        syms[si].section = ObjSectionID(0); syms[si].value = UInt64(laid.offsets[k]); syms[si].size = UInt64(laid.sizes[k])
        syms[si].type = .function
      }
    }
    // (the arrays are moved into the section, not copied)
    _ = obj.addSection(ObjSection(name: ".text", kind: .text, align: 16, bytes: laid.text))
    obj.sections[0].relocations = laid.relocations
    laid.text = []; laid.relocations = []
    for sec in dataSections { _ = obj.addSection(sec) }
    dataSections = []
    // constant pool
    var pool = [UInt8](repeating: 0, count: 64)
    pool[3] = 0x80; pool[16 + 7] = 0x80
    for k in 0..<3 { pool[32 + k] = 0xff }; pool[35] = 0x7f
    for k in 0..<7 { pool[48 + k] = 0xff }; pool[55] = 0x7f
    let cpi = obj.sections.count
    _ = obj.addSection(ObjSection(name: ".rodata.kiln", kind: .rodata, align: 16, bytes: pool))
    syms[Int(extra.consts.raw)].section = ObjSectionID(cpi)
    syms[Int(extra.consts.raw)].size = 64
    // aliases: each takes its target's place
    placeAliases(m) { a in
      guard a.symbol.index < syms.count && a.target.index < syms.count else { return false }
      let t = syms[a.target.index], value = UInt64(bitPattern: Int64(bitPattern: t.value) &+ a.addend)
      let s = syms[a.symbol.index]
      if s.section == t.section && s.value == value && s.type == t.type && s.size == t.size { return false }
      syms[a.symbol.index].section = t.section
      syms[a.symbol.index].value = value
      syms[a.symbol.index].type = t.type
      syms[a.symbol.index].size = t.size
      return true
    }
    // undefined locals cannot exist in ELF: make them global references
    for k in syms.indices where syms[k].section == nil && syms[k].binding == .local { syms[k].binding = .global }
    obj.symbols = syms
    return obj
  }

  /// Runs `place` (which gives an alias its target's place and says whether that changed
  /// anything) over `m`'s aliases in order, in passes until nothing changes: an alias of an alias
  /// listed after it is placed on a later pass. At most one pass per alias (a cycle never settles).
  /// `object` places the object's symbols this way and `LocalTextSymbols` its .text offsets.
  static func placeAliases(_ m: SModule, _ place: ((symbol: SymbolID, target: SymbolID, addend: Int64)) -> Bool) {
    var changed = true, passes = 0
    while changed && passes <= m.aliases.count {
      changed = false
      passes += 1
      for a in m.aliases { if place(a) { changed = true } }
    }
  }

  /// The object symbols of `m`'s symbols (undefined, no type yet), followed by `added`.
  static func objectSymbols(_ m: SModule, _ added: [ObjSymbol]) -> [ObjSymbol] {
    let ns = m.symbols.count
    return [ObjSymbol](unsafeUninitializedCapacity: ns + added.count) { out, initialized in
      m.symbols.withUnsafeBufferPointer { ms in
        for i in 0..<ns {
          let s = ms.baseAddress! + i, o = out.baseAddress! + i
          let b: ObjBinding = s.pointee.binding == .local ? .local : s.pointee.binding == .global ? .global : .weak
          o.initialize(to: ObjSymbol(name: s.pointee.name, binding: b, type: .none, section: nil))
          o.pointee.visibility = s.pointee.visibility == 1 ? .hidden : s.pointee.visibility == 2 ? .protected : .default
        }
      }
      for k in added.indices { (out.baseAddress! + ns + k).initialize(to: added[k]) }
      initialized = ns + added.count
    }
  }

  /// Lays `m`'s data objects out in their sections (`[di]` becomes object section di + 1, after
  /// .text) and places their symbols in `syms`.
  static func layOutData(_ m: SModule, _ syms: inout [ObjSymbol]) -> [ObjSection] {
    var dataSections: [ObjSection] = []
    // Two passes over the data objects: the first places each one (its section and offset,
    // and so its symbol) and sizes the sections; the second writes each section's bytes once,
    // at its final size, and its relocations (no per-object appends that grow the sections).
    // (Read in place: `for d in m.data` copies every item, retaining its section name.)
    var lastSec = -1  // a handful of sections: a search by name beats a Dictionary
    // Per `DataSection`: the section of the objects without a section name (-1: none yet).
    var defaultSec = [Int](repeating: -1, count: 8)
    // Per section: whether it is bss, its alignment and running end (for contents, the end of
    // the bytes so far), its relocation count and its object count.
    struct Stats { var isBss: Bool, align: UInt64 = 1, end: UInt64 = 0, relocs = 0, items = 0 }
    var stats: [Stats] = []
    var place = [(section: Int, offset: UInt64)](repeating: (0, 0), count: m.data.count)
    place.withUnsafeMutableBufferPointer { place in
      syms.withUnsafeMutableBufferPointer { syms in
        m.data.withUnsafeBufferPointer { data in
          for i in data.indices {
            let d = data.baseAddress! + i
            let dk = Int(d.pointee.section.rawValue)
            var di = d.pointee.sectionName == nil ? defaultSec[dk] : -1
            if di < 0 {
              let (name, kind) = sectionFor(d.pointee)
              if lastSec >= 0 && dataSections[lastSec].name == name { di = lastSec }
              else if let k = dataSections.firstIndex(where: { $0.name == name }) { di = k }
              else {
                di = dataSections.count
                dataSections.append(ObjSection(name: name, kind: kind, align: 1))
                stats.append(Stats(isBss: kind == .bss))
              }
              if d.pointee.sectionName == nil { defaultSec[dk] = di }
            }
            lastSec = di
            let off: UInt64 = stats.withUnsafeMutableBufferPointer { st in
              let sp = st.baseAddress! + di
              let al = UInt64(max(1, d.pointee.align))
              sp.pointee.align = max(sp.pointee.align, al)
              let off = (sp.pointee.end + al - 1) / al * al
              sp.pointee.items += 1
              // (bss-ness is a function of the section name: the object's kind is its section's)
              if sp.pointee.isBss {
                sp.pointee.end = off + d.pointee.size
              } else {
                let b = d.pointee.bytes, r = d.pointee.relocs  // (checked below)
                sp.pointee.end = off + max(UInt64(b.upperBound &- b.lowerBound), d.pointee.size)
                sp.pointee.relocs += r.upperBound &- r.lowerBound
              }
              return off
            }
            precondition(d.pointee.bytes.lowerBound >= 0 && d.pointee.bytes.upperBound <= m.dataBytes.count
                           && d.pointee.relocs.lowerBound >= 0 && d.pointee.relocs.upperBound <= m.dataRelocs.count,
                         "data object outside the module's data arenas")
            place[i] = (di, off)
            let s = d.pointee.symbol.index
            if s < syms.count {
              syms[s].section = ObjSectionID(di + 1); syms[s].value = off; syms[s].size = d.pointee.size; syms[s].type = .object
            }
          }
        }
      }
    }
    // The objects grouped by section, in order (`order[first[di] ..< first[di + 1]]`).
    var first = [Int](repeating: 0, count: dataSections.count + 1)
    for di in dataSections.indices {
      dataSections[di].align = stats[di].align
      dataSections[di].size = stats[di].end
      first[di + 1] = first[di] + stats[di].items
    }
    var order = [Int](repeating: 0, count: m.data.count)
    var next = first
    order.withUnsafeMutableBufferPointer { op in
      next.withUnsafeMutableBufferPointer { np in
        place.withUnsafeBufferPointer { pl in
          for i in pl.indices { let s = pl[i].section; op[np[s]] = i; np[s] &+= 1 }
        }
      }
    }
    // (each object's bytes and relocations are ranges of the module's arenas, read in place)
    m.data.withUnsafeBufferPointer { data in
      m.dataBytes.withUnsafeBufferPointer { dataBytes in
        m.dataRelocs.withUnsafeBufferPointer { dataRelocs in
          place.withUnsafeBufferPointer { place in
            for di in dataSections.indices where !stats[di].isBss {
              let size = Int(dataSections[di].size)
              var relocs = [Relocation](unsafeUninitializedCapacity: stats[di].relocs) { rb, relocCount in
                relocCount = 0
                dataSections[di].bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, initialized in
                  let base = buf.baseAddress!
                  var end = 0  // bytes written so far (padding is zero)
                  for k in first[di] ..< first[di + 1] {
                    let i = order[k], d = data.baseAddress! + i
                    let off = Int(place[i].offset)
                    if off > end { memset(base + end, 0, off - end) }
                    let b = d.pointee.bytes, r = d.pointee.relocs  // (inside the arenas: checked above)
                    let n = b.upperBound &- b.lowerBound
                    if n > 0 { (base + off).initialize(from: dataBytes.baseAddress! + b.lowerBound, count: n) }
                    end = off + max(n, Int(d.pointee.size))
                    if end > off + n { memset(base + off + n, 0, end - off - n) }
                    var e = dataRelocs.baseAddress! + r.lowerBound
                    let eEnd = dataRelocs.baseAddress! + r.upperBound
                    while e < eEnd {
                      (rb.baseAddress! + relocCount).initialize(to: Relocation(
                        offset: UInt64(off) + UInt64(e.pointee.offset), kind: e.pointee.width == 8 ? .abs64 : .abs32,
                        symbol: ObjSymbolID(e.pointee.symbol.index), addend: e.pointee.addend))
                      relocCount += 1
                      e += 1
                    }
                  }
                  if size > end { memset(base + end, 0, size - end) }
                  initialized = size
                }
              }
              swap(&dataSections[di].relocations, &relocs)
            }
          }
        }
      }
    }
    return dataSections
  }

  static func sectionFor(_ d: SData) -> (String, SectionKind) {
    if let n = d.sectionName, !n.isEmpty {
      if n.hasPrefix(".bss") || n.hasPrefix(".tbss") { return (n, .bss) }
      if n.hasPrefix(".rodata") { return (n, .rodata) }
      return (n, .data)
    }
    switch d.section {
    case .data: return (".data", .data)
    case .rodata: return (".rodata", .rodata)
    case .bss: return (".bss", .bss)
    case .cstring: return (".rodata.str1.1", .cstring)
    case .tdata: return (".tdata", .data)
    case .tbss: return (".tbss", .bss)
    }
  }

  /// GNU as (AT&T) assembly of the whole module: the functions (X86Printer) followed by the data
  /// sections and symbol attributes of the object `compile` writes (X86AsmData). It assembles to
  /// the same section bytes as that object, and links into the same program.
  public static func assembly(_ m: SModule) throws -> String {
    let (codes, extra, added) = try compileAll(m, threads: 1, text: true)
    var placed = codes  // (`object` takes the code; the text is printed from `codes` below)
    let obj = object(m, &placed, extra, added)  // the same bytes `compile` lays out, compiled once
    var s = "\t.text\n"
    var names = Set<String>()
    for (k, c) in codes.enumerated() {
      let name = m.symbols[m.functions[k].symbol.index].name
      names.insert(name)
      // The object pads functions to 16 bytes with int3 (gas would pad with multi-byte nops).
      s += "\t.p2align 4, 0xcc\n\(X86AsmData.quoted(name)):\n" + c.text
    }
    s += X86AsmData.print(obj, textSymbols: names)
    return s
  }
}

/// Per-function results written from concurrent workers (each index written once). Codes and
/// errors are kept apart: a `Result<FuncCode, any Error>` would make the runtime check the
/// `Failure: Error` requirement by scanning every protocol conformance at first use.
final class ResultBox: @unchecked Sendable {
  private var codes: UnsafeMutableBufferPointer<X86Backend.FuncCode?>
  private var errors: UnsafeMutableBufferPointer<(any Error)?>
  init(_ n: Int) {
    codes = .allocate(capacity: max(n, 1))
    codes.initialize(repeating: nil)
    errors = .allocate(capacity: max(n, 1))
    errors.initialize(repeating: nil)
  }
  deinit { codes.deinitialize(); codes.deallocate(); errors.deinitialize(); errors.deallocate() }
  func run(_ i: Int, _ body: () throws -> X86Backend.FuncCode) {
    do { codes[i] = try body() } catch { errors[i] = error }
  }
  /// The first `n` results in order, moved out of the box; throws the first function's error.
  func collect(_ n: Int) throws -> [X86Backend.FuncCode] {
    var out: [X86Backend.FuncCode] = []
    out.reserveCapacity(n)
    for i in 0..<n {
      if let e = errors[i] { throw e }
      guard let c = codes[i].take() else { throw X86BackendError("x86_64 backend: function \(i) was not compiled") }
      out.append(c)
    }
    return out
  }
}
