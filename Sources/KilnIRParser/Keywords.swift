// Keywords of LLVM IR text and their recognition without building Strings: the lexer hashes a
// bare word's bytes while scanning it and probes one open-addressing table built once (the
// spellings come from the case names of `Kw`). Invariant: every spelling is `[a-z0-9_]+`, at most
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

/// Keyword lookup table: open addressing over a multiplicative hash of the word's bytes.
final class KeywordTable: @unchecked Sendable {
  static let shared = KeywordTable()
  static let size = 2048
  let slots: UnsafeMutablePointer<UInt16>       // 0 = empty, else Kw raw value
  let spell: UnsafeMutablePointer<UInt8>        // 32 bytes per keyword
  let lens: UnsafeMutablePointer<UInt8>
  let names: [String]

  /// Hash of a word from its first (up to) 8 bytes and its length; `p` must be readable for
  /// 8 bytes (the lexer's buffer is zero-padded).
  @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    let masked = n >= 8 ? w : w & ((1 << UInt64(n * 8)) - 1)
    let h = (masked ^ UInt64(n) << 59) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: h >> 53)  // 11 bits
  }

  private init() {
    let all = Kw.allCases
    slots = .allocate(capacity: KeywordTable.size); slots.initialize(repeating: 0, count: KeywordTable.size)
    spell = .allocate(capacity: all.count * 32); spell.initialize(repeating: 0, count: all.count * 32)
    lens = .allocate(capacity: all.count); lens.initialize(repeating: 0, count: all.count)
    var names: [String] = []
    for k in all {
      let name = "\(k)"
      names.append(name)
      if k == .none_ { continue }
      let bytes = Array(name.utf8)
      precondition(bytes.count <= 32)
      lens[Int(k.rawValue)] = UInt8(bytes.count)
      for (i, b) in bytes.enumerated() { spell[Int(k.rawValue) * 32 + i] = b }
      var s = KeywordTable.hash(spell + Int(k.rawValue) * 32, bytes.count)
      while slots[s] != 0 { s = (s + 1) & (KeywordTable.size - 1) }
      slots[s] = k.rawValue
    }
    self.names = names
  }

  /// The keyword spelled by `p[0..<n]`, or `.none_`. Reads up to 8 bytes past a short word
  /// (the lexer's buffer is zero-padded).
  @inline(__always) func lookup(_ p: UnsafePointer<UInt8>, _ n: Int) -> Kw {
    if n > 32 { return .none_ }
    var s = KeywordTable.hash(p, n)
    while true {
      let k = slots[s]
      if k == 0 { return .none_ }
      if Int(lens[Int(k)]) == n && KeywordTable.same(spell + Int(k) * 32, p, n) {
        return unsafeBitCast(k, to: Kw.self)
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

  func name(_ k: Kw) -> String { names[Int(k.rawValue)] }
}
