// Keywords of LLVM IR text and their recognition without building Strings: the lexer hashes a
// bare word's first 8 bytes and length and probes one open-addressing table built once (the
// spellings are listed in `kwSpellings`, in `Kw` order; the frequent ones are inserted first,
// so that finding them takes one probe). Invariant: every spelling is `[a-z0-9_]+`, at most
// 32 bytes, so a word longer than that or with other bytes is never a keyword.

enum Kw: UInt16, CaseIterable {
  case none_ = 0
  // module structure
  case source_filename, target, datalayout, triple, type, opaque, global, constant, alias, ifunc
  case comdat, any, exactmatch, largest, nodeduplicate, noduplicates, samesize
  case define, declare, attributes, module, asm, section, partition, align, addrspace, gc, prefix
  case prologue, personality, to, label, unwind, x, `true`, `false`, null, undef, poison
  case zeroinitializer, none, blockaddress, dso_local_equivalent, no_cfi, uselistorder
  case uselistorder_bb, distinct, metadata, void, ptr, float, double, x86_fp80, fp128, half
  case bfloat, ppc_fp128, x86_amx, x86_mmx, token, vscale, splat, code_model
  case sanitize_memtag, no_sanitize_address, no_sanitize_hwaddress, sanitize_address_dyninit
  // linkage, visibility, global flags
  case `private`, `internal`, available_externally, linkonce, weak, common, appending, extern_weak
  case linkonce_odr, weak_odr, external, dso_local, dso_preemptable, `default`, hidden, protected
  case dllimport, dllexport, thread_local, localdynamic, initialexec, localexec, generaldynamic
  case unnamed_addr, local_unnamed_addr, externally_initialized
  // calling conventions
  case ccc, fastcc, coldcc, cc
  case tailcc, swiftcc, swifttailcc, ghccc, anyregcc, preserve_mostcc, preserve_allcc
  case preserve_nonecc, cxx_fast_tlscc, webkit_jscc, x86_stdcallcc, x86_fastcallcc
  case x86_thiscallcc, x86_vectorcallcc, x86_regcallcc, x86_intrcc, x86_64_sysvcc, win64cc
  case arm_apcscc, arm_aapcscc, arm_aapcs_vfpcc, aarch64_vector_pcs, aarch64_sve_vector_pcs
  case cfguard_checkcc, intel_ocl_bicc, msp430_intrcc, spir_func, spir_kernel, amdgpu_kernel
  // instructions
  case ret, br, `switch`, indirectbr, invoke, resume, unreachable, callbr, catchswitch, catchret
  case cleanupret, catchpad, cleanuppad, fneg, freeze, add, sub, mul, udiv, sdiv, urem, srem
  case shl, lshr, ashr, and, or, xor, fadd, fsub, fmul, fdiv, frem, extractelement
  case insertelement, shufflevector, extractvalue, insertvalue, alloca, load, store
  case getelementptr, fence, cmpxchg, atomicrmw, trunc, zext, sext, fptrunc, fpext, fptoui
  case fptosi, uitofp, sitofp, ptrtoint, inttoptr, bitcast, addrspacecast, ptrtoaddr, icmp, fcmp
  case phi, select, call, tail, musttail, notail, va_arg, landingpad, cleanup, `catch`, filter
  case within, from
  // instruction flags
  case nuw, nsw, exact, inbounds, nusw, inrange, disjoint, nneg, samesign, volatile, atomic
  case fast, nnan, ninf, nsz, arcp, contract, afn, reassoc, inalloca
  // predicates
  case eq, ne, ugt, uge, ult, ule, sgt, sge, slt, sle, oeq, ogt, oge, olt, ole, one, ord, ueq
  case une, uno
  // parameter attributes Kiln keeps
  case signext, zeroext, inreg, noalias, byval, sret, alignstack, nest, returned
  // parameter / return attributes that are parsed and dropped (optionally with a `(…)` payload)
  case noundef, nonnull, dereferenceable, dereferenceable_or_null, writable, dead_on_unwind
  case nocapture, captures, readonly, readnone, writeonly, nofree, range, immarg, noext
  case allocalign, allocptr, byref, elementtype, initializes, nofpclass, preallocated
  case swiftasync, swifterror, swiftself, noinit
}

/// The keywords that may appear as parameter/return attributes and are dropped.
@inline(__always) func isDroppedParamAttr(_ k: Kw) -> Bool {
  k.rawValue >= Kw.noundef.rawValue && k.rawValue <= Kw.noinit.rawValue
}
@inline(__always) func isUnsupportedCC(_ k: Kw) -> Bool {
  k.rawValue >= Kw.tailcc.rawValue && k.rawValue <= Kw.amdgpu_kernel.rawValue
}

/// The spelling of every `Kw` case, in declaration order (index = raw value). Written out so
/// building the table needs no reflection; a test checks it against the case names.
let kwSpellings: [StaticString] = [
  "none_", "source_filename", "target", "datalayout", "triple", "type", "opaque", "global",
  "constant", "alias", "ifunc", "comdat", "any", "exactmatch", "largest", "nodeduplicate",
  "noduplicates", "samesize", "define", "declare", "attributes", "module", "asm", "section",
  "partition", "align", "addrspace", "gc", "prefix", "prologue", "personality", "to", "label",
  "unwind", "x", "true", "false", "null", "undef", "poison", "zeroinitializer", "none",
  "blockaddress", "dso_local_equivalent", "no_cfi", "uselistorder", "uselistorder_bb", "distinct",
  "metadata", "void", "ptr", "float", "double", "x86_fp80", "fp128", "half", "bfloat", "ppc_fp128",
  "x86_amx", "x86_mmx", "token", "vscale", "splat", "code_model", "sanitize_memtag",
  "no_sanitize_address", "no_sanitize_hwaddress", "sanitize_address_dyninit", "private",
  "internal", "available_externally", "linkonce", "weak", "common", "appending", "extern_weak",
  "linkonce_odr", "weak_odr", "external", "dso_local", "dso_preemptable", "default", "hidden",
  "protected", "dllimport", "dllexport", "thread_local", "localdynamic", "initialexec",
  "localexec", "generaldynamic", "unnamed_addr", "local_unnamed_addr", "externally_initialized",
  "ccc", "fastcc", "coldcc", "cc", "tailcc", "swiftcc", "swifttailcc", "ghccc", "anyregcc",
  "preserve_mostcc", "preserve_allcc", "preserve_nonecc", "cxx_fast_tlscc", "webkit_jscc",
  "x86_stdcallcc", "x86_fastcallcc", "x86_thiscallcc", "x86_vectorcallcc", "x86_regcallcc",
  "x86_intrcc", "x86_64_sysvcc", "win64cc", "arm_apcscc", "arm_aapcscc", "arm_aapcs_vfpcc",
  "aarch64_vector_pcs", "aarch64_sve_vector_pcs", "cfguard_checkcc", "intel_ocl_bicc",
  "msp430_intrcc", "spir_func", "spir_kernel", "amdgpu_kernel", "ret", "br", "switch",
  "indirectbr", "invoke", "resume", "unreachable", "callbr", "catchswitch", "catchret",
  "cleanupret", "catchpad", "cleanuppad", "fneg", "freeze", "add", "sub", "mul", "udiv", "sdiv",
  "urem", "srem", "shl", "lshr", "ashr", "and", "or", "xor", "fadd", "fsub", "fmul", "fdiv",
  "frem", "extractelement", "insertelement", "shufflevector", "extractvalue", "insertvalue",
  "alloca", "load", "store", "getelementptr", "fence", "cmpxchg", "atomicrmw", "trunc", "zext",
  "sext", "fptrunc", "fpext", "fptoui", "fptosi", "uitofp", "sitofp", "ptrtoint", "inttoptr",
  "bitcast", "addrspacecast", "ptrtoaddr", "icmp", "fcmp", "phi", "select", "call", "tail",
  "musttail", "notail", "va_arg", "landingpad", "cleanup", "catch", "filter", "within", "from",
  "nuw", "nsw", "exact", "inbounds", "nusw", "inrange", "disjoint", "nneg", "samesign", "volatile",
  "atomic", "fast", "nnan", "ninf", "nsz", "arcp", "contract", "afn", "reassoc", "inalloca", "eq",
  "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle", "oeq", "ogt", "oge", "olt", "ole",
  "one", "ord", "ueq", "une", "uno", "signext", "zeroext", "inreg", "noalias", "byval", "sret",
  "alignstack", "nest", "returned", "noundef", "nonnull", "dereferenceable",
  "dereferenceable_or_null", "writable", "dead_on_unwind", "nocapture", "captures", "readonly",
  "readnone", "writeonly", "nofree", "range", "immarg", "noext", "allocalign", "allocptr", "byref",
  "elementtype", "initializes", "nofpclass", "preallocated", "swiftasync", "swifterror",
  "swiftself", "noinit"
]

/// Keyword lookup table: open addressing over a multiplicative hash of the word's first (up to)
/// 8 bytes and its length. Each slot holds those 8 bytes (zero-padded) and `length << 16 | kw`,
/// so a probe is one 64-bit compare; words longer than 8 bytes also compare their tail.
/// A trivial value (three pointers into tables that live forever), so the lexer holds it without
/// reference counting.
struct KeywordTable: @unchecked Sendable {
  static let shared = KeywordTable()
  static let size = 1024
  let prefix: UnsafeMutablePointer<UInt64>      // first 8 bytes of the keyword in the slot
  let info: UnsafeMutablePointer<UInt32>        // 0 = empty, else length << 16 | Kw raw value
  let spell: UnsafeMutablePointer<UInt8>        // 32 bytes per keyword (zero-padded)

  /// The first `n` (up to 8) bytes at `p` as a little-endian word, zero above them; `p` must
  /// be readable for 8 bytes (the lexer's buffer is zero-padded).
  @inline(__always) static func head(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    return n >= 8 ? w : w & ((1 &<< UInt64(truncatingIfNeeded: n &* 8)) &- 1)
  }

  @inline(__always) static func hash(_ head: UInt64, _ n: Int) -> Int {
    let h = (head ^ UInt64(truncatingIfNeeded: n) &<< 59) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: h >> 54)  // 10 bits
  }

  /// Keywords frequent in clang output, most frequent first (see `init`).
  static let hot: [Kw] = [
    .noundef, .label, .to, .align, .load, .store, .getelementptr, .inbounds, .call, .sext, .zext,
    .icmp, .br, .alloca, .x, .zeroinitializer, .internal, .global, .constant, .private,
    .unnamed_addr, .void, .trunc, .eq, .ne, .slt, .sgt, .sle, .sge, .ult, .ugt, .ule, .uge, .ret,
    .add, .and, .xor, .or, .shl, .ashr, .lshr, .sub, .mul, .null, .volatile, .nsw, .nuw, .phi,
    .select, .dso_local, .define, .declare, .local_unnamed_addr, .tail, .true, .false, .undef,
    .poison, .signext, .zeroext, .nonnull, .noalias, .sdiv, .srem, .udiv, .urem, .ptr,
  ]

  private init() {
    let count = kwSpellings.count
    prefix = .allocate(capacity: KeywordTable.size); prefix.initialize(repeating: 0, count: KeywordTable.size)
    info = .allocate(capacity: KeywordTable.size); info.initialize(repeating: 0, count: KeywordTable.size)
    spell = .allocate(capacity: count * 32 + 8); spell.initialize(repeating: 0, count: count * 32 + 8)
    // The frequent keywords first, so that they sit in their home slots (a lookup of one of
    // them is a single probe); then the rest in `Kw` order.
    var order = KeywordTable.hot.map { Int($0.rawValue) }
    var seen = [Bool](repeating: false, count: count)
    for k in order { seen[k] = true }
    for k in 1..<count where !seen[k] { order.append(k) }
    for k in order {
      let s = kwSpellings[k]
      let n = s.utf8CodeUnitCount
      precondition(n <= 32 && n > 0)
      let sp = spell + k * 32
      for i in 0..<n { sp[i] = s.utf8Start[i] }
      let h = KeywordTable.head(sp, n)
      var slot = KeywordTable.hash(h, n)
      while info[slot] != 0 { slot = (slot + 1) & (KeywordTable.size - 1) }
      prefix[slot] = h
      info[slot] = UInt32(n) << 16 | UInt32(k)
    }
  }

  /// The keyword spelled by `p[0..<n]`, or `.none_`. Reads up to 8 bytes past a short word
  /// (the lexer's buffer is zero-padded). Words of up to 8 bytes (almost all keywords in
  /// practice) are settled by the 64-bit prefix and the length alone.
  @inline(__always) func lookup(_ p: UnsafePointer<UInt8>, _ n: Int) -> Kw {
    if n > 8 { return lookupLong(p, n) }
    let h = KeywordTable.head(p, n)
    var s = KeywordTable.hash(h, n)
    let len = UInt32(truncatingIfNeeded: n) << 16
    while true {
      let inf = info[s]
      if inf == 0 { return .none_ }
      if prefix[s] == h && inf & 0xFFFF_0000 == len {
        return unsafeBitCast(UInt16(truncatingIfNeeded: inf), to: Kw.self)
      }
      s = (s &+ 1) & (KeywordTable.size - 1)
    }
  }

  /// `lookup` for words longer than 8 bytes: the tail is compared too.
  @inline(never) func lookupLong(_ p: UnsafePointer<UInt8>, _ n: Int) -> Kw {
    if n > 32 { return .none_ }
    let h = KeywordTable.head(p, n)
    var s = KeywordTable.hash(h, n)
    while true {
      let inf = info[s]
      if inf == 0 { return .none_ }
      if prefix[s] == h && Int(inf >> 16) == n {
        let k = UInt16(truncatingIfNeeded: inf)
        if KeywordTable.same(spell + Int(k) * 32 + 8, p + 8, n - 8) {
          return unsafeBitCast(k, to: Kw.self)
        }
      }
      s = (s + 1) & (KeywordTable.size - 1)
    }
  }

  /// Compares `n` bytes, 8 at a time (the keyword side is zero-padded to 32 bytes).
  @inline(__always) static func same(_ q: UnsafePointer<UInt8>, _ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i + 8 <= n {
      if UnsafeRawPointer(q + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) { return false }
      i += 8
    }
    if i == n { return true }
    let r = UInt64(n - i) * 8
    let a = UnsafeRawPointer(q + i).loadUnaligned(as: UInt64.self)
    let b = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & ((1 << r) - 1)
    return a == b
  }

  func name(_ k: Kw) -> String { kwSpellings[Int(k.rawValue)].description }
}
