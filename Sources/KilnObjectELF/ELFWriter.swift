// Writes a neutral `ObjectFile` as an ELF64 little-endian relocatable object (ET_REL) for x86_64 or
// AArch64, through the system libelf: the object is laid out by `elf_update` straight into the
// output file's descriptor (`write(_:toDescriptor:)`, what `kiln -c` uses), or into an anonymous
// scratch file (memfd) that is read back as bytes (`write(_:)`, for callers that want bytes).
//
// Layout (section header indices, fixed by the model's order, so output is deterministic):
//   0 null; then each model section, immediately followed by its `.rela<name>` when it has
//   relocations; then `.note.GNU-stack` (empty: non-executable stack), `.symtab`, `.strtab`,
//   `.shstrtab`.
// Symbol table: null; one STT_SECTION symbol per model section (in section order); the model's
//   local symbols (model order); then its global and weak symbols (model order); sh_info = index of
//   the first non-local. Model symbols of type `.section` are not emitted again: they (and
//   relocations against them) resolve to the generated section symbol of their section.
// Relocations stay against the symbol the model names, locals included (no rewriting to section
//   symbol + offset): that is always correct, also for SHF_MERGE string sections, where the linker
//   must know which string a PC-relative reference means (GNU as keeps such locals too).
// Invariants relied on: the model is validated here before libelf sees anything (bad input throws
//   `ELFWriteError`, never traps); the arrays lent to libelf as section data (the model's and the
//   plan's, not copies) stay lent until `elf_end`.
import CLibElf
import Dispatch
import Glibc
import KilnMachineCode
import KilnSupport

/// An open-addressing index of the names in a string table (offset 0 the empty name, then
/// NUL-terminated names): each slot holds a name's offset, and lookups compare against the
/// table's own bytes, so there is no second copy of the names and no `Dictionary<String, _>`
/// (a Dictionary/Set keyed by String costs ~240k instructions of runtime metadata and conformance
/// lookup the first time a process uses it, a tenth of compiling a small file).
/// Each name also carries a mark (`mark(slot:)`): the symbol pass marks the names of global and
/// weak symbols to find one given twice. The slots are plain `calloc`ed memory owned by the
/// (noncopyable) index and freed with it: no array, so no uniqueness or bounds checks per probe.
struct NameIndex: ~Copyable {
  /// 0 = empty slot; else the name's offset (low 31 bits; never 0) and its mark (bit 31).
  private var slots: UnsafeMutablePointer<UInt32>
  private var mask: Int
  private var count = 0
  private static let markBit: UInt32 = 1 << 31
  /// The largest table the offsets can address.
  static let maxTableSize = Int(markBit)

  /// `capacity`: how many names to expect (the index grows past them).
  init(capacity: Int) {
    var cap = 16
    while cap < capacity * 2 { cap <<= 1 }
    slots = NameIndex.zeroedSlots(cap)
    mask = cap - 1
  }
  deinit { free(slots) }

  private static func zeroedSlots(_ n: Int) -> UnsafeMutablePointer<UInt32> {
    guard let p = calloc(n, MemoryLayout<UInt32>.stride) else { fatalError("out of memory") }
    return p.assumingMemoryBound(to: UInt32.self)
  }

  /// The hash of a name for the index and whether the name contains a NUL byte, in one pass over
  /// its bytes (the interner's hash, `Interner.hash(_:findingNUL:)`).
  @inline(__always)
  static func hash(_ p: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, hasNull: Bool) {
    Interner.hash(p, findingNUL: true)
  }

  /// Looks up `name` (not empty, no NUL; `hash` from `hash(_:)`) among the names entered, whose
  /// bytes are `table[0 ..< end]`: its slot and offset when present, else the empty slot where
  /// it goes (for `insert`) and nil.
  @inline(__always)
  func find(_ name: UnsafeBufferPointer<UInt8>, hash: UInt64, in table: UnsafePointer<UInt8>, end: Int) -> (slot: Int, offset: UInt32?) {
    let n = name.count
    var i = Int(truncatingIfNeeded: hash) & mask
    while true {
      let e = slots[i]
      if e == 0 { return (i, nil) }
      // (a name stored at `off` is followed by its NUL: equal bytes then a NUL mean equal names)
      let off = Int(e & ~NameIndex.markBit)
      if off &+ n < end && table[off &+ n] == 0 && memcmp(table + off, name.baseAddress!, n) == 0 {
        return (i, UInt32(truncatingIfNeeded: off))
      }
      i = (i &+ 1) & mask
    }
  }

  /// Enters the name at `offset` (below `maxTableSize`) in `slot`, the empty slot `find` gave
  /// for it (no insertion since); returns the slot it ends up in. `table` holds the names
  /// entered so far and this one (read when the index grows).
  @inline(__always)
  mutating func insert(offset: UInt32, at slot: Int, table: UnsafePointer<UInt8>) -> Int {
    slots[slot] = offset
    count &+= 1
    return count &* 2 <= mask ? slot : grow(keeping: slot, table: table)
  }

  /// Enters every name again at its place in a twice larger index; returns where the one in
  /// `slot` went.
  private mutating func grow(keeping slot: Int, table: UnsafePointer<UInt8>) -> Int {
    let old = slots, oldCount = mask &+ 1
    slots = NameIndex.zeroedSlots(2 &* oldCount)
    mask = 2 &* oldCount &- 1
    var moved = slot
    for k in 0..<oldCount where old[k] != 0 {
      let off = Int(old[k] & ~NameIndex.markBit)
      let len = strlen(UnsafeRawPointer(table + off).assumingMemoryBound(to: CChar.self))
      var i = Int(truncatingIfNeeded: NameIndex.hash(UnsafeBufferPointer(start: table + off, count: len)).hash) & mask
      while slots[i] != 0 { i = (i &+ 1) & mask }
      slots[i] = old[k]
      if k == slot { moved = i }
    }
    free(old)
    return moved
  }

  /// Marks the name in `slot` (from `find` or `insert`, with no insertion since); returns
  /// whether it was already marked.
  mutating func mark(slot: Int) -> Bool {
    let was = slots[slot] & NameIndex.markBit != 0
    slots[slot] |= NameIndex.markBit
    return was
  }
}

/// A small string table that grows as names are added, each distinct name held once (the
/// section header names).
struct StringTable: ~Copyable {
  /// The table as written to the object.
  private(set) var bytes: [UInt8] = [0]
  private var index = NameIndex(capacity: 16)

  /// The offset of `name` (not empty, no NUL byte), appended first when new.
  mutating func offset(of name: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let h = NameIndex.hash(name).hash
    let (slot, found) = bytes.withUnsafeBufferPointer { index.find(name, hash: h, in: $0.baseAddress!, end: $0.count) }
    if let off = found { return off }
    precondition(bytes.count < NameIndex.maxTableSize - name.count - 1, "ELF string table larger than 2 GiB")
    let off = UInt32(truncatingIfNeeded: bytes.count)
    bytes.append(contentsOf: name)
    bytes.append(0)
    _ = bytes.withUnsafeBufferPointer { index.insert(offset: off, at: slot, table: $0.baseAddress!) }
    return off
  }
}

/// Why an object could not be written. Messages are lowercase, clang-like.
public enum ELFWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A model section is malformed (name, alignment, bss contents, too many sections).
  case invalidSection(name: String, reason: String)
  /// A model symbol is malformed (bad section index, value past the section end, duplicate, ...).
  case invalidSymbol(name: String, reason: String)
  /// A relocation is malformed or has no meaning for the object's machine.
  case invalidRelocation(section: String, offset: UInt64, reason: String)
  /// libelf refused an operation (message from `elf_errmsg`).
  case libelf(operation: String, message: String)
  /// The scratch file could not be created or read back.
  case io(operation: String, errno: Int32)

  public var description: String {
    switch self {
    case let .invalidSection(name, reason): return "invalid section '\(name)': \(reason)"
    case let .invalidSymbol(name, reason): return "invalid symbol '\(name)': \(reason)"
    case let .invalidRelocation(section, offset, reason):
      return "invalid relocation in '\(section)' at offset 0x\(String(offset, radix: 16)): \(reason)"
    case let .libelf(operation, message): return "libelf: \(operation) failed: \(message)"
    case let .io(operation, err): return "cannot write object: \(operation): \(String(cString: strerror(err)))"
    }
  }
}

/// libelf must be told the ELF version once per process; a Swift global is initialised exactly once.
private let libelfVersionOK: Bool = elf_version(UInt32(EV_CURRENT)) != UInt32(EV_NONE)

public enum ELFWriter {
  /// The ELF64 relocatable object for `obj`. Same input → byte-identical output.
  /// Throws `ELFWriteError`.
  /// `threads` > 1 lets a large object build its symbol table and its relocations side by side
  /// (same bytes).
  public static func write(_ obj: ObjectFile, threads: Int = 1) throws -> [UInt8] {
    let plan = try Plan(obj, threads: threads)
    return try emit(plan, obj)
  }

  /// Writes the object for `obj` into `fd` (an empty regular file opened for writing) and returns
  /// its size: the same bytes as `write(_:)`, without the scratch file and the copy back.
  public static func write(_ obj: ObjectFile, toDescriptor fd: Int32, threads: Int = 1) throws -> Int {
    let plan = try Plan(obj, threads: threads)
    return try emit(plan, obj, fd: fd)
  }

  // MARK: - Plan (pure Swift validation and table building)

  struct SectionPlan {
    var type: UInt32
    var flags: UInt64
    var entsize: UInt64
    var align: UInt64
    var size: UInt64
    var nameOff: UInt32
    var elfIndex: Int
    /// 0 when the section has no relocations.
    var relaIndex: Int
    var relaNameOff: UInt32
    var relas: [Elf64_Rela]
  }

  struct Plan {
    var sections: [SectionPlan] = []
    var shstrtab: [UInt8] = [0]
    var strtab: [UInt8] = [0]
    var symbols: [Elf64_Sym] = []
    var firstNonLocal = 0
    var noteIndex = 0, symtabIndex = 0, strtabIndex = 0, shstrtabIndex = 0
    var noteNameOff: UInt32 = 0, symtabNameOff: UInt32 = 0, strtabNameOff: UInt32 = 0
    var shstrtabNameOff: UInt32 = 0

    /// `threads` > 1: for many symbols, their names (the string table) are entered on one thread
    /// while the other writes their entries and then the relocations (which only need the
    /// entries' indices); the result, and the first error thrown, are the same as on one thread.
    init(_ obj: ObjectFile, threads: Int = 1) throws {
      var shstrTable = StringTable()
      func shstr(_ s: String) -> UInt32 { var s = s; return s.withUTF8 { shstrTable.offset(of: $0) } }

      // Section header indices and names.
      let reserved = [".symtab", ".strtab", ".shstrtab", ".note.GNU-stack"]
      var next = 1
      sections.reserveCapacity(obj.sections.count)
      for s in obj.sections {
        try Plan.checkName(s.name, isSection: true)
        if reserved.contains(s.name) || s.name.hasPrefix(".rela") {
          throw ELFWriteError.invalidSection(name: s.name, reason: "name is reserved for the object writer")
        }
        let align = s.align == 0 ? 1 : s.align
        if align & (align - 1) != 0 {
          throw ELFWriteError.invalidSection(name: s.name, reason: "alignment \(s.align) is not a power of two")
        }
        let size: UInt64
        if s.kind == .bss {
          if !s.bytes.isEmpty {
            throw ELFWriteError.invalidSection(name: s.name, reason: "bss section must not have contents")
          }
          if !s.relocations.isEmpty {
            throw ELFWriteError.invalidSection(name: s.name, reason: "bss section must not have relocations")
          }
          size = s.size
        } else {
          size = UInt64(s.bytes.count)  // authoritative even if `size` went stale after an edit
        }
        let (type, flags, entsize) = Plan.headerKind(s, machine: obj.machine)
        let idx = next
        next += 1
        var relaIdx = 0
        if !s.relocations.isEmpty { relaIdx = next; next += 1 }
        sections.append(SectionPlan(type: type, flags: flags, entsize: entsize, align: align, size: size,
                                    nameOff: shstr(s.name), elfIndex: idx, relaIndex: relaIdx,
                                    relaNameOff: relaIdx == 0 ? 0 : shstr(".rela" + s.name), relas: []))
      }
      noteIndex = next; symtabIndex = next + 1; strtabIndex = next + 2; shstrtabIndex = next + 3
      if shstrtabIndex >= Int(SHN_LORESERVE) {
        throw ELFWriteError.invalidSection(name: obj.sections.last?.name ?? "",
                                           reason: "unsupported: more than \(Int(SHN_LORESERVE) - 5) sections")
      }
      noteNameOff = shstr(".note.GNU-stack")
      symtabNameOff = shstr(".symtab")
      strtabNameOff = shstr(".strtab")
      shstrtabNameOff = shstr(".shstrtab")

      // Symbols: null, section symbols, model locals, model globals/weaks. Their names (the string
      // table) and their entries are built apart, each checking its part of every symbol, and
      // the names are written into the entries once both are done.
      final class Results: @unchecked Sendable {
        var table: [Elf64_Sym] = []
        var names: (strtab: [UInt8], offsets: [UInt32], failure: SymbolFailure?) = ([], [], nil)
        var entries: (firstNonLocal: Int, indexOf: [UInt32], failure: SymbolFailure?) = (0, [], nil)
        var relas: Result<[[Elf64_Rela]], ELFWriteError> = .success([])
      }
      let r = Results()
      r.table.reserveCapacity(1 + obj.sections.count)
      r.table.append(Elf64_Sym(st_name: 0, st_info: 0, st_other: 0, st_shndx: 0, st_value: 0, st_size: 0))
      for sp in sections {
        r.table.append(Elf64_Sym(st_name: 0, st_info: Plan.info(STB_LOCAL, STT_SECTION), st_other: 0,
                                 st_shndx: UInt16(sp.elfIndex), st_value: 0, st_size: 0))
      }
      let planned = sections
      let buildNames = { r.names = Plan.symbolNames(obj) }
      let buildEntries = { r.entries = Plan.symbolEntries(obj, planned, into: &r.table) }
      let buildRelocations = {
        r.relas = Result { () throws(ELFWriteError) in try Plan.relocations(obj, planned, r.entries.indexOf) }
      }
      if threads > 1 && obj.symbols.count >= 4096 {
        let entriesAndRelocations = {
          buildEntries()
          if r.entries.failure == nil { buildRelocations() }
        }
        nonisolated(unsafe) let steps = (buildNames, entriesAndRelocations)
        DispatchQueue.concurrentPerform(iterations: 2) { k in if k == 0 { steps.0() } else { steps.1() } }
      } else {
        buildNames()
        buildEntries()
        if r.names.failure == nil && r.entries.failure == nil { buildRelocations() }
      }
      // (the error a single pass over the symbols would have met first, then the relocations')
      if let failure = SymbolFailure.first(r.names.failure, r.entries.failure) { throw failure.error }
      let relas = try r.relas.get()
      // Each named model symbol's name into its entry (a model section symbol has none: its
      // section's symbol stands for it).
      r.table.withUnsafeMutableBufferPointer { table in
        obj.symbols.withUnsafeBufferPointer { objSymbols in
          r.names.offsets.withUnsafeBufferPointer { offsets in
            r.entries.indexOf.withUnsafeBufferPointer { indexOf in
              for i in objSymbols.indices where objSymbols[i].type != .section {
                table[Int(indexOf[i])].st_name = offsets[i]
              }
            }
          }
        }
      }
      symbols = r.table
      strtab = r.names.strtab
      firstNonLocal = r.entries.firstNonLocal
      shstrtab = shstrTable.bytes
      for si in relas.indices where !relas[si].isEmpty { sections[si].relas = relas[si] }
    }

    /// The first check a symbol fails, as a single pass over the symbols in table order would
    /// meet it: the symbol's `position` in that order and the `check`'s rank among a symbol's
    /// checks (its name's NUL bytes, its section, value and binding, a section symbol's binding,
    /// its name given twice, a global or weak one without a name).
    struct SymbolFailure {
      var position: Int, check: Int, error: ELFWriteError
      static let nullByte = 0, section = 1, sectionSymbol = 4, duplicate = 5, unnamed = 6
      /// The one met first.
      static func first(_ a: SymbolFailure?, _ b: SymbolFailure?) -> SymbolFailure? {
        guard let a else { return b }
        guard let b else { return a }
        return (b.position, b.check) < (a.position, a.check) ? b : a
      }
    }

    /// Calls `body` with the position and index of each model symbol in symbol table order
    /// (locals first, each group in model order) until it returns false; `nonLocals` is called
    /// where the non-locals begin.
    @inline(__always)
    static func inTableOrder(_ objSymbols: UnsafeBufferPointer<ObjSymbol>, nonLocals: () -> Void,
                             _ body: (_ position: Int, _ index: Int) -> Bool) {
      var position = 0
      for pass in 0..<2 {
        if pass == 1 { nonLocals() }
        for i in objSymbols.indices where (objSymbols[i].binding == .local) == (pass == 0) {
          if !body(position, i) { return }
          position &+= 1
        }
      }
    }

    /// The string table of the model's symbols (each distinct name once, in symbol table order)
    /// and each model symbol's offset in it (0: no name), after checking the names: none has a
    /// NUL byte and no global or weak name is given twice. Stops at the first that fails.
    static func symbolNames(_ obj: ObjectFile) -> (strtab: [UInt8], offsets: [UInt32], failure: SymbolFailure?) {
      // The table is written in place at its final size: at most every name once, bytes and NUL.
      var nameBytes = 1
      obj.symbols.withUnsafeBufferPointer { ss in for i in ss.indices { nameBytes += ss[i].name.utf8.count + 1 } }
      var index = NameIndex(capacity: obj.symbols.count)
      var offsets = [UInt32](repeating: 0, count: obj.symbols.count)
      var failure: SymbolFailure? = nil
      let strtab = [UInt8](unsafeUninitializedCapacity: nameBytes) { names, used in
        names[0] = 0
        used = 1
        let table = UnsafePointer(names.baseAddress!)
        // (symbols are read in place: a `for sym in obj.symbols` copy would retain each name)
        offsets.withUnsafeMutableBufferPointer { offsets in
          obj.symbols.withUnsafeBufferPointer { objSymbols in
            inTableOrder(objSymbols, nonLocals: {}) { position, i in
              let sym = objSymbols.baseAddress! + i
              // The name's bytes are read once (in place): checked for a NUL and hashed in one go
              // and, when the symbol gets a name (not a section symbol, not empty), entered in the
              // table and, for a global or weak one, marked.
              let named = sym.pointee.type != .section && !sym.pointee.name.isEmpty
              let marks = sym.pointee.binding != .local
              var seenBefore = false
              // (Only the hash and the copy run where the String lends its bytes: an opaque call
              // there, such as memcmp, makes the compiler retain and release every name. The copy
              // goes to the table's end, where it stays if the name is new.)
              let (h, hasNull, n) = withBytes(of: sym) { p -> (UInt64, Bool, Int) in
                let (h, hasNull) = NameIndex.hash(p)
                if named && !hasNull { ShortBytes.copy(p.baseAddress!, to: names.baseAddress! + used, count: p.count) }
                return (h, hasNull, p.count)
              }
              if !hasNull && named {
                let name = UnsafeBufferPointer(start: table + used, count: n)
                var (slot, found) = index.find(name, hash: h, in: table, end: used)
                if let off = found {
                  offsets[i] = off
                } else {
                  precondition(used < NameIndex.maxTableSize - n - 1, "ELF string table larger than 2 GiB")
                  let off = UInt32(truncatingIfNeeded: used)
                  names[used &+ n] = 0
                  used &+= n &+ 1
                  slot = index.insert(offset: off, at: slot, table: table)
                  offsets[i] = off
                }
                if marks { seenBefore = index.mark(slot: slot) }
              }
              if hasNull {
                failure = SymbolFailure(position: position, check: SymbolFailure.nullByte,
                  error: .invalidSymbol(name: sym.pointee.name, reason: "name contains a null byte"))
                return false
              }
              // (a global or weak name is marked in the table: a second one is an error)
              if named && seenBefore {
                failure = SymbolFailure(position: position, check: SymbolFailure.duplicate,
                  error: .invalidSymbol(name: sym.pointee.name, reason: "symbol appears more than once"))
                return false
              }
              return true
            }
          }
        }
      }
      return (strtab, offsets, failure)
    }

    /// Appends the model's symbols' entries to `symbols` (locals first; names not yet set) after
    /// checking their sections, values and bindings; returns the index of the first non-local
    /// entry and the index each model symbol has in the table (a model section symbol: its
    /// section's symbol). Stops at the first symbol that fails.
    static func symbolEntries(_ obj: ObjectFile, _ sections: [SectionPlan], into symbols: inout [Elf64_Sym])
      -> (firstNonLocal: Int, indexOf: [UInt32], failure: SymbolFailure?) {
      var firstNonLocal = 0
      var failure: SymbolFailure? = nil
      var indexOf = [UInt32](repeating: 0, count: obj.symbols.count)
      let header = symbols
      // (written in place at its final size: at most one entry per model symbol)
      symbols = [Elf64_Sym](unsafeUninitializedCapacity: header.count + obj.symbols.count) { out, written in
        _ = out.initialize(from: header)
        written = header.count
        // (symbols are read in place: a `for sym in obj.symbols` copy would retain each name)
        obj.symbols.withUnsafeBufferPointer { objSymbols in
          indexOf.withUnsafeMutableBufferPointer { indexOf in
          inTableOrder(objSymbols, nonLocals: { firstNonLocal = written }) { position, i in
            let sym = objSymbols.baseAddress! + i
            func fail(_ check: Int, _ reason: String) -> Bool {
              failure = SymbolFailure(position: position, check: check, error: .invalidSymbol(name: sym.pointee.name, reason: reason))
              return false
            }
            var shndx: UInt16 = UInt16(SHN_UNDEF)
            if let sec = sym.pointee.section {
              guard sec.index < obj.sections.count else {
                return fail(SymbolFailure.section, "section index \(sec.index) out of range")
              }
              if sym.pointee.value > sections[sec.index].size {
                return fail(SymbolFailure.section,
                  "value 0x\(String(sym.pointee.value, radix: 16)) is past the end of '\(obj.sections[sec.index].name)'")
              }
              shndx = UInt16(sections[sec.index].elfIndex)
            } else if sym.pointee.binding == .local {
              return fail(SymbolFailure.section, "an undefined symbol cannot be local")
            }
            if sym.pointee.type == .section {
              guard sym.pointee.binding == .local, let sec = sym.pointee.section else {
                return fail(SymbolFailure.sectionSymbol, "a section symbol must be local and defined")
              }
              indexOf[i] = UInt32(truncatingIfNeeded: 1 + sec.index)  // (its section's symbol stands for it)
              return true
            }
            if sym.pointee.name.isEmpty && sym.pointee.binding != .local {
              return fail(SymbolFailure.unnamed, "a global or weak symbol needs a name")
            }
            let bind: Int32 = sym.pointee.binding == .local ? STB_LOCAL : sym.pointee.binding == .global ? STB_GLOBAL : STB_WEAK
            let type: Int32
            switch sym.pointee.type {
            case .none: type = STT_NOTYPE
            case .function: type = STT_FUNC
            case .object: type = STT_OBJECT
            case .section: type = STT_SECTION
            }
            let vis: Int32
            switch sym.pointee.visibility {
            case .default: vis = STV_DEFAULT
            case .hidden: vis = STV_HIDDEN
            case .protected: vis = STV_PROTECTED
            }
            (out.baseAddress! + written).initialize(to: Elf64_Sym(st_name: 0,
                                     st_info: Plan.info(bind, type), st_other: UInt8(vis), st_shndx: shndx,
                                     st_value: sym.pointee.value, st_size: sym.pointee.size))
            indexOf[i] = UInt32(truncatingIfNeeded: written)
            written &+= 1
            return true
          }
          }
        }
      }
      return (firstNonLocal, indexOf, failure)
    }

    /// Calls `body` with the UTF-8 bytes of `sym`'s name, read where the symbol holds them (no
    /// copy of the String, so no retain and release of its storage).
    @inline(__always)
    static func withBytes<R>(of sym: UnsafePointer<ObjSymbol>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      if let r = sym.pointee.name.utf8.withContiguousStorageIfAvailable(body) { return r }
      return withCopiedBytes(of: sym, body)
    }

    /// `withBytes` for a name without contiguous UTF-8 (not a native String), through a copy.
    /// (Out of line: inlined, the copy makes the compiler retain every name `withBytes` reads.)
    @inline(never)
    static func withCopiedBytes<R>(of sym: UnsafePointer<ObjSymbol>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      var name = sym.pointee.name
      return name.withUTF8(body)
    }

    /// The ELF relocations of each model section (empty for a section without any), after
    /// checking them; `elfIndexOf` maps model symbols to symbol table indices.
    static func relocations(_ obj: ObjectFile, _ sections: [SectionPlan], _ elfIndexOf: [UInt32]) throws(ELFWriteError) -> [[Elf64_Rela]] {
      var out = [[Elf64_Rela]](repeating: [], count: sections.count)
      // Relocations. (Sections and relocations are read in place: a `for … in` copy of each
      // would retain its arrays. Each section's entries are written in place at their final
      // count; the first malformed one stops the pass and is thrown.)
      var failure: ELFWriteError? = nil
      obj.sections.withUnsafeBufferPointer { secs in
        elfIndexOf.withUnsafeBufferPointer { elfIndexOf in
          for si in secs.indices where !secs[si].relocations.isEmpty && failure == nil {
            let s = secs.baseAddress! + si
            let size = sections[si].size
            let n = s.pointee.relocations.count
            out[si] = [Elf64_Rela](unsafeUninitializedCapacity: n) { relas, written in
              written = 0
              s.pointee.bytes.withUnsafeBufferPointer { bytes in
                s.pointee.relocations.withUnsafeBufferPointer { rs in
                  for k in rs.indices {
                    let r = rs[k]
                    do throws(ELFWriteError) {
                      let type = try relocationType(r, in: s, size: size, bytes: bytes, machine: obj.machine,
                                                    symbolCount: elfIndexOf.count)
                      let symIndex = UInt64(elfIndexOf[r.symbol.index])
                      (relas.baseAddress! + k).initialize(to: Elf64_Rela(r_offset: r.offset, r_info: symIndex << 32 | UInt64(type),
                                                                         r_addend: r.addend))
                      written = k + 1
                    } catch {
                      failure = error
                      return
                    }
                  }
                }
              }
            }
          }
        }
      }
      if let failure { throw failure }
      return out
    }

    /// The ELF type of relocation `r` of section `s` (of `size` bytes, contents `bytes`), after
    /// checking it; `symbolCount`: how many model symbols there are.
    @inline(__always)
    private static func relocationType(_ r: Relocation, in s: UnsafePointer<ObjSection>, size: UInt64,
                                       bytes: UnsafeBufferPointer<UInt8>, machine: ObjMachine,
                                       symbolCount: Int) throws(ELFWriteError) -> UInt32 {
      let width = r.kind.fieldSize
      guard r.offset <= size, width <= size - r.offset else {
        throw ELFWriteError.invalidRelocation(section: s.pointee.name, offset: r.offset,
          reason: "\(width)-byte field extends past the end of the section (size 0x\(String(size, radix: 16)))")
      }
      guard r.symbol.index < symbolCount else {
        throw ELFWriteError.invalidRelocation(section: s.pointee.name, offset: r.offset,
          reason: "symbol index \(r.symbol.index) out of range")
      }
      if r.kind.isAArch64Instruction && r.offset & 3 != 0 {
        throw ELFWriteError.invalidRelocation(section: s.pointee.name, offset: r.offset,
          reason: "instruction relocation is not 4-byte aligned")
      }
      guard let type = ELFWriter.elfRelocationType(r.kind, machine: machine, bytes: bytes, offset: Int(r.offset)) else {
        throw ELFWriteError.invalidRelocation(section: s.pointee.name, offset: r.offset,
          reason: "unsupported: relocation kind '\(r.kind)' for \(machine)")
      }
      return type
    }

    static func info(_ bind: Int32, _ type: Int32) -> UInt8 { UInt8(truncatingIfNeeded: bind << 4 | (type & 0xF)) }

    /// Whether a name's bytes contain a NUL.
    static func hasNull(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
      p.isEmpty ? false : memchr(p.baseAddress!, 0, p.count) != nil
    }

    static func checkName(_ name: String, isSection: Bool) throws {
      var s = name
      if s.withUTF8({ hasNull($0) }) {
        throw isSection ? ELFWriteError.invalidSection(name: name, reason: "name contains a null byte")
                        : ELFWriteError.invalidSymbol(name: name, reason: "name contains a null byte")
      }
      if isSection && name.isEmpty {
        throw ELFWriteError.invalidSection(name: name, reason: "section needs a name")
      }
    }

    /// (sh_type, sh_flags, sh_entsize) for a model section. Array sections and TLS are recognised by
    /// their conventional names, as assemblers do.
    static func headerKind(_ s: ObjSection, machine: ObjMachine) -> (UInt32, UInt64, UInt64) {
      let alloc = UInt64(SHF_ALLOC), write = UInt64(SHF_WRITE)
      var r: (UInt32, UInt64, UInt64)
      switch s.kind {
      case .text: r = (UInt32(SHT_PROGBITS), alloc | UInt64(SHF_EXECINSTR), 0)
      case .data: r = (UInt32(SHT_PROGBITS), alloc | write, 0)
      case .rodata: r = (UInt32(SHT_PROGBITS), alloc, 0)
      case .bss: r = (UInt32(SHT_NOBITS), alloc | write, 0)
      case .cstring: r = (UInt32(SHT_PROGBITS), alloc | UInt64(SHF_MERGE) | UInt64(SHF_STRINGS), 1)
      case .ehFrame: r = (machine == .x86_64 ? UInt32(SHT_X86_64_UNWIND) : UInt32(SHT_PROGBITS), alloc, 0)
      case .exceptTable: r = (UInt32(SHT_PROGBITS), alloc, 0)
      }
      func named(_ base: String) -> Bool { s.name == base || s.name.hasPrefix(base + ".") }
      if s.kind == .data {
        if named(".init_array") { r.0 = UInt32(SHT_INIT_ARRAY) }
        else if named(".fini_array") { r.0 = UInt32(SHT_FINI_ARRAY) }
        else if named(".preinit_array") { r.0 = UInt32(SHT_PREINIT_ARRAY) }
        else if named(".tdata") { r.1 |= UInt64(SHF_TLS) }
      } else if s.kind == .bss && named(".tbss") {
        r.1 |= UInt64(SHF_TLS)
      }
      return r
    }
  }

  // MARK: - Emission through libelf

  static func emit(_ plan: Plan, _ obj: ObjectFile) throws -> [UInt8] {
    let fd = kiln_elf_scratch_fd()
    guard fd >= 0 else { throw ELFWriteError.io(operation: "memfd_create", errno: errno) }
    defer { close(fd) }
    let total = try emit(plan, obj, fd: fd)

    // Read the object back.
    let count = total
    var failure: Int32 = 0
    let out = [UInt8](unsafeUninitializedCapacity: count) { buf, initialized in
      var done = 0
      while done < count {
        let n = pread(fd, buf.baseAddress! + done, count - done, off_t(done))
        if n < 0 { if errno == EINTR { continue }; failure = errno; break }
        if n == 0 { failure = EIO; break }
        done += n
      }
      if failure != 0 { done = 0 }
      initialized = done
    }
    if failure != 0 { throw ELFWriteError.io(operation: "read back", errno: failure) }
    return out
  }

  /// Lays the object out into `fd` through libelf; returns its size.
  static func emit(_ plan: Plan, _ obj: ObjectFile, fd: Int32) throws -> Int {
    guard libelfVersionOK else { throw ELFWriteError.libelf(operation: "elf_version", message: errmsg()) }
    // libelf reads every section's data where the model and the plan hold it, without a copy:
    // each array is lent by a `withUnsafeBytes` that stays open (one level of `lend` per model
    // section) until `elf_end`. (libelf writes data of the host's byte order straight from
    // `d_buf`, never into it.)
    var lent: [(bytes: UnsafeMutableRawPointer?, relas: UnsafeMutableRawPointer?)] = []
    lent.reserveCapacity(plan.sections.count)
    func lend(_ k: Int) throws -> Int {
      if k == plan.sections.count {
        return try plan.symbols.withUnsafeBytes { sym in
          try plan.strtab.withUnsafeBytes { str in
            try plan.shstrtab.withUnsafeBytes { shstr in
              try layOut(plan, obj, fd: fd, lent, symbols: data(sym), strtab: data(str), shstrtab: data(shstr))
            }
          }
        }
      }
      return try obj.sections[k].bytes.withUnsafeBytes { b in
        try plan.sections[k].relas.withUnsafeBytes { r in
          lent.append((data(b), data(r)))
          return try lend(k + 1)
        }
      }
    }
    return try lend(0)
  }

  /// A lent array as libelf's `d_buf` (nil when empty: no data).
  private static func data(_ p: UnsafeRawBufferPointer) -> UnsafeMutableRawPointer? {
    p.isEmpty ? nil : UnsafeMutableRawPointer(mutating: p.baseAddress!)
  }

  /// `emit` with the data lent: per model section its bytes and its relocations, then the
  /// symbol and string tables.
  private static func layOut(_ plan: Plan, _ obj: ObjectFile, fd: Int32,
                             _ lent: [(bytes: UnsafeMutableRawPointer?, relas: UnsafeMutableRawPointer?)],
                             symbols: UnsafeMutableRawPointer?, strtab: UnsafeMutableRawPointer?,
                             shstrtab: UnsafeMutableRawPointer?) throws -> Int {
    guard let elf = elf_begin(fd, ELF_C_WRITE, nil) else {
      throw ELFWriteError.libelf(operation: "elf_begin", message: errmsg())
    }
    var ended = false
    defer { if !ended { elf_end(elf) } }

    guard let ehdr = elf64_newehdr(elf) else {
      throw ELFWriteError.libelf(operation: "elf64_newehdr", message: errmsg())
    }
    withUnsafeMutableBytes(of: &ehdr.pointee.e_ident) { id in
      for i in 0..<id.count { id[i] = 0 }
      id[Int(EI_MAG0)] = 0x7F; id[Int(EI_MAG1)] = 0x45; id[Int(EI_MAG2)] = 0x4C; id[Int(EI_MAG3)] = 0x46
      id[Int(EI_CLASS)] = UInt8(ELFCLASS64)
      id[Int(EI_DATA)] = UInt8(ELFDATA2LSB)
      id[Int(EI_VERSION)] = UInt8(EV_CURRENT)
      id[Int(EI_OSABI)] = UInt8(ELFOSABI_NONE)
    }
    ehdr.pointee.e_type = UInt16(ET_REL)
    ehdr.pointee.e_machine = obj.machine == .x86_64 ? UInt16(EM_X86_64) : UInt16(EM_AARCH64)
    ehdr.pointee.e_version = UInt32(EV_CURRENT)
    ehdr.pointee.e_flags = 0
    ehdr.pointee.e_entry = 0
    ehdr.pointee.e_shstrndx = UInt16(plan.shstrtabIndex)

    var nextIndex = 1
    func newSection(_ name: UInt32, type: UInt32, flags: UInt64, align: UInt64, entsize: UInt64 = 0,
                    link: Int = 0, info: Int = 0, data: UnsafeMutableRawPointer?, size: UInt64,
                    dataType: Elf_Type = ELF_T_BYTE) throws {
      guard let scn = elf_newscn(elf) else { throw ELFWriteError.libelf(operation: "elf_newscn", message: errmsg()) }
      guard elf_ndxscn(scn) == nextIndex else {
        throw ELFWriteError.libelf(operation: "elf_newscn", message: "unexpected section index \(elf_ndxscn(scn))")
      }
      nextIndex += 1
      guard let sh = elf64_getshdr(scn) else { throw ELFWriteError.libelf(operation: "elf64_getshdr", message: errmsg()) }
      sh.pointee.sh_name = name
      sh.pointee.sh_type = type
      sh.pointee.sh_flags = flags
      sh.pointee.sh_addr = 0
      sh.pointee.sh_addralign = align
      sh.pointee.sh_entsize = entsize
      sh.pointee.sh_link = UInt32(link)
      sh.pointee.sh_info = UInt32(info)
      if size == 0 && data == nil && type != UInt32(SHT_NOBITS) { return }
      guard let d = elf_newdata(scn) else { throw ELFWriteError.libelf(operation: "elf_newdata", message: errmsg()) }
      d.pointee.d_buf = data
      d.pointee.d_type = dataType
      d.pointee.d_version = UInt32(EV_CURRENT)
      d.pointee.d_size = Int(size)
      d.pointee.d_off = 0
      d.pointee.d_align = Int(align)
    }

    let symSize = UInt64(MemoryLayout<Elf64_Sym>.size), relaSize = UInt64(MemoryLayout<Elf64_Rela>.size)
    for (i, sp) in plan.sections.enumerated() {
      try newSection(sp.nameOff, type: sp.type, flags: sp.flags, align: sp.align, entsize: sp.entsize,
                     data: sp.type == UInt32(SHT_NOBITS) ? nil : lent[i].bytes, size: sp.size)
      if sp.relaIndex != 0 {
        try newSection(sp.relaNameOff, type: UInt32(SHT_RELA), flags: UInt64(SHF_INFO_LINK), align: 8,
                       entsize: relaSize, link: plan.symtabIndex, info: sp.elfIndex,
                       data: lent[i].relas, size: UInt64(sp.relas.count) * relaSize, dataType: ELF_T_RELA)
      }
    }
    try newSection(plan.noteNameOff, type: UInt32(SHT_PROGBITS), flags: 0, align: 1, data: nil, size: 0)
    try newSection(plan.symtabNameOff, type: UInt32(SHT_SYMTAB), flags: 0, align: 8, entsize: symSize,
                   link: plan.strtabIndex, info: plan.firstNonLocal, data: symbols,
                   size: UInt64(plan.symbols.count) * symSize, dataType: ELF_T_SYM)
    try newSection(plan.strtabNameOff, type: UInt32(SHT_STRTAB), flags: 0, align: 1,
                   data: strtab, size: UInt64(plan.strtab.count))
    try newSection(plan.shstrtabNameOff, type: UInt32(SHT_STRTAB), flags: 0, align: 1,
                   data: shstrtab, size: UInt64(plan.shstrtab.count))

    let total = elf_update(elf, ELF_C_WRITE)
    guard total >= 0 else { throw ELFWriteError.libelf(operation: "elf_update", message: errmsg()) }
    ended = true
    guard elf_end(elf) == 0 else { throw ELFWriteError.libelf(operation: "elf_end", message: errmsg()) }
    return Int(total)
  }

  private static func errmsg() -> String {
    guard let m = elf_errmsg(-1) else { return "unknown error" }
    return String(cString: m)
  }
}
