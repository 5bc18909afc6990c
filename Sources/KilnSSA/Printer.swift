// Text form of Kiln's SSA (what `kiln --emit=ssa` writes), in the spirit of Cranelift's CLIF.
// Deterministic (same module, same bytes) and fast: everything is appended to one `[UInt8]`
// buffer, numbers are formatted by hand, no per-value `String` work. It never traps on a malformed
// function (the verifier prints offending instructions with it): an index out of range prints as
// `?` (`v?`, `sig?`, `@?12`, `<bad range>`), so what is wrong stays visible.
//
// Format
// ------
// A module prints as a header comment, then the external symbols, data objects, aliases and
// functions, each in table order, separated by blank lines:
//
//   ; kiln ssa, target x86_64-unknown-linux-gnu
//   declare function @printf
//   declare data weak @environ
//
//   data @g: .data, align 4, size 8 = [01 00 00 00 00 00 00 00]
//     reloc +0: @h+0 (8)
//   data @.str: .cstring, align 1, size 3, local = [68 69 00] ; "hi\00"
//   data @buf: .bss, align 16, size 4096, hidden
//   alias @a = @g+4
//
//   function @main(i32 sext, i64) -> i32 personality @__gxx_personality_v0 {
//     sig1 = (i64, ..., i32, f64) -> i32
//     ss0 = stack 16, align 8
//     lp0 = landingpad cleanup, catch @_ZTIi, filter null
//   block0(v0: i32, v1: i64):
//     v2 = iconst.i32 1
//     v3 = iadd.i32 v0, v2
//     v4 = icmp.i32 slt v3, v0
//     brif v4, block1(v3), block2
//   block1(v5: i32):
//     ret v5
//   ...
//   }
//
// - Symbols print as `@name`; names outside `[-A-Za-z0-9$._]` are quoted (`@"a b"`; `"`, `\`, control
//   and non-ASCII bytes as `\XX` with upper-case hex, as in LLVM).
//   Attributes after the signature / data header: `local` or `weak` (global is the default),
//   `hidden` or `protected`, `section "name"` (data).
// - Signatures: `(params) -> rets`; the arrow is left out when nothing is returned. Parameters
//   are `type` plus flags: `sext`, `zext`, `sret`, `byval(size, align a)`, `inreg`, `group(n)`
//   (first of n pieces passed as one aggregate), `v2f32` (an f64 carrying `<2 x float>`).
//   Variadic: `...` after the fixed parameters, followed by the call site's variadic arguments.
//   `sig0` is the function's own signature (the header); `sigN` (N ≥ 1) are listed in the
//   preamble with the stack slots (`ssN = stack size, align a`) and landing pads
//   (`lpN = landingpad [cleanup][, catch @s | catch null | filter @s | filter null]…`).
// - Blocks: `blockN(vA: type, …):` (no parentheses without parameters), then one instruction per
//   line, indented two spaces: `[vR[, vR+1…] = ]opname[.type] …`. The type suffix is the
//   instruction's `type` when not `none` (the operand type for icmp/fcmp, the memory type for
//   load/store, the result type for conversions). Op names are the `SOp` names in snake case.
// - Operand forms: plain ops list their operands (`iadd.i32 v0, v2`); `iconst` prints the value
//   as a signed number of its type (bits outside the type print as raw `0x…`); `fconst` the hex
//   bits then `; decimal`; `sext_in_reg.i32 v1, 24` (source bits); `icmp.i32 slt v1, v2` and
//   `fcmp.f64 olt …` (predicate names as in LLVM); `load.i32 [volatile] v3+8`,
//   `store.i32 [volatile] v1, v3-4` (offset only when non-zero); `stack_addr.i64 ss0+4`;
//   `global_addr.i64 @g+8`; `memcpy v1, v2, v3, align 8` (also memmove, memset and dyn_alloca
//   when `aux` is set); `call [tail] sig1 @f(v1, v2)`; `call_indirect [tail] sig1 v3(v1)`;
//   `landingpad lp0`.
// - Terminators: `jump block1(v3)`, `brif v4, block1(v3), block2`,
//   `switch.i32 v1, block9, [0: block1, 5: block2(v3)]` (default first), `ret v5`,
//   `unreachable`, `resume v1, v2`, `invoke sig1 @f(v1), block3(v2), block4` (normal, then
//   unwind destination; `invoke sig1 v7(v1), …` when indirect).

// MARK: - public entry points

/// The text form of a whole module.
public func printSSA(_ m: SModule) -> String {
  var out: [UInt8] = []
  SSAPrinter.write(m, into: &out)
  return String(decoding: out, as: UTF8.self)
}

/// The text form of one function of `m`.
public func printSSA(_ f: SFunction, in m: SModule) -> String {
  var w = SSAPrinter(module: m)
  w.function(f)
  return String(decoding: w.out, as: UTF8.self)
}

/// One instruction (no indentation, no newline), e.g. `v3 = iadd.i32 v1, v2`.
public func printSSAInst(_ i: SInstID, in f: SFunction, module m: SModule) -> String {
  var w = SSAPrinter(module: m)
  w.inst(f, i.index)
  return String(decoding: w.out, as: UTF8.self)
}

public struct SSAPrinter {
  public var out: [UInt8] = []
  let m: SModule

  public init(module: SModule) { self.m = module }

  /// Appends the text form of `m` to `buffer`.
  public static func write(_ m: SModule, into buffer: inout [UInt8]) {
    var w = SSAPrinter(module: m)
    swap(&w.out, &buffer)
    w.out.reserveCapacity(w.out.count + m.functions.reduce(4096) { $0 + $1.insts.count * 28 + $1.blocks.count * 16 }
                            + m.dataBytes.count * 3)
    w.module()
    swap(&w.out, &buffer)
  }

  // MARK: low-level writers

  @inline(__always) mutating func s(_ x: StaticString) {
    x.withUTF8Buffer { out.append(contentsOf: $0) }
  }
  @inline(__always) mutating func c(_ b: UInt8) { out.append(b) }
  mutating func str(_ x: String) { out.append(contentsOf: x.utf8) }
  mutating func u(_ x: UInt64) {
    if x < 10 { out.append(48 + UInt8(x)); return }
    var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes ≥ 20 digits
    var n = 0
    var v = x
    withUnsafeMutableBytes(of: &tmp) { p in
      while v != 0 { p[23 - n] = 48 + UInt8(v % 10); v /= 10; n += 1 }
      out.append(contentsOf: p[(24 - n)...])
    }
  }
  @inline(__always) mutating func u(_ x: UInt32) { u(UInt64(x)) }
  @inline(__always) mutating func u(_ x: Int) { if x < 0 { c(45); u(UInt64(0) &- UInt64(bitPattern: Int64(x))) } else { u(UInt64(x)) } }
  mutating func i(_ x: Int64) {
    if x < 0 { c(45); u(UInt64(0) &- UInt64(bitPattern: x)) } else { u(UInt64(x)) }
  }
  @inline(__always) mutating func hexDigit(_ d: UInt8) { out.append(d < 10 ? 48 + d : 87 + d) }
  mutating func hex(_ x: UInt64) {
    s("0x")
    if x == 0 { c(48); return }
    var shift = (63 - x.leadingZeroBitCount) / 4 * 4
    while shift >= 0 { hexDigit(UInt8((x >> UInt64(shift)) & 15)); shift -= 4 }
  }
  @inline(__always) mutating func byteHex(_ b: UInt8) { hexDigit(b >> 4); hexDigit(b & 15) }
  /// `\XX` with upper-case hex digits, as LLVM writes escapes in names and strings.
  mutating func escape(_ b: UInt8) {
    c(92)
    let hi = b >> 4, lo = b & 15
    out.append(hi < 10 ? 48 + hi : 55 + hi); out.append(lo < 10 ? 48 + lo : 55 + lo)
  }
  /// `+n` / `-n`, nothing for zero.
  mutating func offset(_ x: Int64) {
    if x > 0 { c(43); u(UInt64(x)) } else if x < 0 { i(x) }
  }

  mutating func type(_ t: SType) {
    switch t {
    case .none: s("none")
    case .i8: s("i8"); case .i16: s("i16"); case .i32: s("i32"); case .i64: s("i64")
    case .f32: s("f32"); case .f64: s("f64")
    }
  }
  @inline(__always) mutating func value(_ v: SValue) {
    if v == .none { s("v?") } else { c(118); u(v.raw) }
  }
  @inline(__always) mutating func block(_ b: SBlockID) { s("block"); u(b.raw) }

  mutating func symbol(_ id: SymbolID) {
    guard id.index < m.symbols.count else { s("@?"); u(id.raw); return }
    symbolName(m.symbols[id.index].name)
  }
  mutating func symbolName(_ name: String) {
    c(64)
    var plain = !name.isEmpty
    for b in name.utf8 where !SSAPrinter.isPlainNameByte(b) { plain = false; break }
    if plain { str(name); return }
    c(34)
    for b in name.utf8 {
      if b == 34 || b == 92 || b < 32 || b >= 127 { escape(b) } else { c(b) }
    }
    c(34)
  }
  @inline(__always) static func isPlainNameByte(_ b: UInt8) -> Bool {
    (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 95 || b == 46 || b == 36 || b == 45
  }
  mutating func quoted(_ text: String) {
    c(34)
    for b in text.utf8 {
      if b == 34 || b == 92 || b < 32 || b >= 127 { escape(b) } else { c(b) }
    }
    c(34)
  }

  mutating func attributes(binding: SymbolBinding, visibility: UInt8) {
    switch binding { case .local: s(" local"); case .weak: s(" weak"); case .global: break }
    switch visibility { case 0: break; case 1: s(" hidden"); case 2: s(" protected"); default: s(" visibility("); u(UInt64(visibility)); c(41) }
  }

  // MARK: module

  mutating func module() {
    s("; kiln ssa, target "); str(m.target.triple); c(10)
    var any = false
    for sym in m.symbols where !sym.isDefined {
      if !any { c(10); any = true }
      s("declare "); s(sym.kind == .function ? "function" : "data")
      switch sym.binding { case .weak: s(" weak"); case .local: s(" local"); case .global: break }
      c(32); symbolName(sym.name); c(10)
    }
    if !m.data.isEmpty { c(10) }
    for d in m.data { data(d) }
    if !m.aliases.isEmpty {
      c(10)
      for a in m.aliases {
        s("alias "); symbol(a.symbol); s(" = "); symbol(a.target)
        if a.addend >= 0 { c(43) }
        i(a.addend); c(10)
      }
    }
    for f in m.functions { c(10); function(f) }
  }

  mutating func data(_ d: SData) {
    s("data "); symbol(d.symbol); s(": ")
    switch d.section {
    case .data: s(".data"); case .rodata: s(".rodata"); case .bss: s(".bss")
    case .cstring: s(".cstring"); case .tdata: s(".tdata"); case .tbss: s(".tbss")
    }
    s(", align "); u(d.align); s(", size "); u(d.size)
    if let name = d.sectionName { s(", section "); quoted(name) }
    if d.symbol.index < m.symbols.count {
      let sym = m.symbols[d.symbol.index]
      switch sym.binding { case .local: s(", local"); case .weak: s(", weak"); case .global: break }
      switch sym.visibility { case 0: break; case 1: s(", hidden"); case 2: s(", protected"); default: s(", visibility "); u(UInt64(sym.visibility)) }
    }
    let bytes = m.bytes(of: d)
    if !bytes.isEmpty {
      s(" = [")
      if bytes.count <= 32 {
        for (k, b) in bytes.enumerated() { if k > 0 { c(32) }; byteHex(b) }
        c(93)
      } else {
        var k = 0
        for b in bytes {
          if k % 32 == 0 { s("\n    ") } else { c(32) }
          byteHex(b)
          k += 1
        }
        s("\n  ]")
      }
      if d.section == .cstring {
        s(" ; \"")
        for b in bytes {
          if b == 34 || b == 92 || b < 32 || b >= 127 { escape(b) } else { c(b) }
        }
        c(34)
      }
    }
    c(10)
    for r in m.relocs(of: d) {
      s("  reloc +"); u(r.offset); s(": "); symbol(r.symbol)
      if r.addend >= 0 { c(43) }
      i(r.addend); s(" ("); u(UInt64(r.width)); s(")\n")
    }
  }

  // MARK: functions

  mutating func abiParam(_ p: AbiParam) {
    type(p.type)
    var f = p.flags
    if f & AbiParam.sext != 0 { s(" sext") }
    if f & AbiParam.zext != 0 { s(" zext") }
    if f & AbiParam.sret != 0 { s(" sret") }
    if f & AbiParam.byval != 0 { s(" byval("); u(p.byvalSize); s(", align "); u(p.byvalAlign); c(41) }
    if f & AbiParam.inreg != 0 { s(" inreg") }
    if f & AbiParam.groupStart != 0 { s(" group("); u(UInt64(p.groupCount)); c(41) }
    if f & AbiParam.vec2xf32 != 0 { s(" v2f32") }
    f &= ~(AbiParam.sext | AbiParam.zext | AbiParam.sret | AbiParam.byval | AbiParam.inreg | AbiParam.groupStart | AbiParam.vec2xf32)
    if f != 0 { s(" flags("); hex(UInt64(f)); c(41) }
  }

  mutating func signature(_ f: SFunction, _ sig: Signature) {
    c(40)
    let ps = Int(sig.paramStart), pc = Int(sig.paramCount)
    if ps + pc <= f.abiParams.count {
      for k in 0..<pc {
        if k > 0 { s(", ") }
        if sig.isVarArg && k == Int(sig.fixedCount) { s("..., ") }
        abiParam(f.abiParams[ps + k])
      }
      if sig.isVarArg && Int(sig.fixedCount) >= pc { s(pc > 0 ? ", ..." : "...") }
    } else {
      s("<bad range>")
    }
    c(41)
    let rs = Int(sig.retStart), rc = Int(sig.retCount)
    if rc > 0 {
      s(" -> ")
      if rs + rc <= f.abiParams.count {
        for k in 0..<rc { if k > 0 { s(", ") }; abiParam(f.abiParams[rs + k]) }
      } else {
        s("<bad range>")
      }
    }
  }

  mutating func function(_ f: SFunction) {
    s("function "); symbol(f.symbol)
    if let sig = f.signatures.first { signature(f, sig) } else { s("(<no signature>)") }
    if f.symbol.index < m.symbols.count {
      let sym = m.symbols[f.symbol.index]
      attributes(binding: sym.binding, visibility: sym.visibility)
    }
    if let p = f.personality { s(" personality "); symbol(p) }
    s(" {\n")
    for k in f.signatures.indices.dropFirst() {
      s("  sig"); u(k); s(" = "); signature(f, f.signatures[k]); c(10)
    }
    for (k, slot) in f.stackSlots.enumerated() {
      s("  ss"); u(k); s(" = stack "); u(slot.size); s(", align "); u(slot.align); c(10)
    }
    for (k, lp) in f.landingPads.enumerated() {
      s("  lp"); u(k); s(" = landingpad")
      var first = true
      if lp.isCleanup { s(" cleanup"); first = false }
      for cl in lp.clauses {
        s(first ? " " : ", "); first = false
        s(cl.isFilter ? "filter " : "catch ")
        if let sym = cl.symbol { symbol(sym) } else { s("null") }
      }
      c(10)
    }
    for b in f.blocks.indices {
      let blk = f.blocks[b]
      block(SBlockID(b))
      let ps = Int(blk.paramStart), pc = Int(blk.paramCount)
      if pc > 0 {
        c(40)
        if ps + pc <= f.blockParams.count {
          for k in 0..<pc {
            if k > 0 { s(", ") }
            let v = f.blockParams[ps + k]
            value(v); s(": ")
            if v.index < f.values.count { type(f.values[v.index].type) } else { c(63) }
          }
        } else {
          s("<bad range>")
        }
        c(41)
      }
      s(":\n")
      let ie = min(Int(blk.instEnd), f.insts.count)
      var k = Int(blk.instStart)
      while k < ie { s("  "); inst(f, k); c(10); k += 1 }
      if Int(blk.instEnd) > f.insts.count { s("  <instruction range out of bounds>\n") }
    }
    s("}\n")
  }

  // MARK: instructions

  static func opName(_ op: SOp) -> StaticString {
    switch op {
    case .iconst: return "iconst"; case .fconst: return "fconst"
    case .iadd: return "iadd"; case .isub: return "isub"; case .imul: return "imul"
    case .umulhi: return "umulhi"; case .smulhi: return "smulhi"
    case .udiv: return "udiv"; case .sdiv: return "sdiv"; case .urem: return "urem"; case .srem: return "srem"
    case .band: return "band"; case .bor: return "bor"; case .bxor: return "bxor"
    case .shl: return "shl"; case .lshr: return "lshr"; case .ashr: return "ashr"
    case .sextInReg: return "sext_in_reg"
    case .clz: return "clz"; case .ctz: return "ctz"; case .popcnt: return "popcnt"; case .bswap: return "bswap"
    case .icmp: return "icmp"; case .fcmp: return "fcmp"; case .select: return "select"
    case .fadd: return "fadd"; case .fsub: return "fsub"; case .fmul: return "fmul"; case .fdiv: return "fdiv"
    case .fneg: return "fneg"; case .fabs: return "fabs"; case .fsqrt: return "fsqrt"
    case .fmin: return "fmin"; case .fmax: return "fmax"; case .fcopysign: return "fcopysign"
    case .uextend: return "uextend"; case .sextend: return "sextend"; case .ireduce: return "ireduce"
    case .fpromote: return "fpromote"; case .fdemote: return "fdemote"
    case .fcvtToSInt: return "fcvt_to_sint"; case .fcvtToUInt: return "fcvt_to_uint"
    case .fcvtFromSInt: return "fcvt_from_sint"; case .fcvtFromUInt: return "fcvt_from_uint"
    case .bitcast: return "bitcast"
    case .load: return "load"; case .store: return "store"
    case .stackAddr: return "stack_addr"; case .globalAddr: return "global_addr"
    case .memcpy: return "memcpy"; case .memmove: return "memmove"; case .memset: return "memset"
    case .dynAlloca: return "dyn_alloca"; case .stackSave: return "stack_save"; case .stackRestore: return "stack_restore"
    case .call: return "call"; case .callIndirect: return "call_indirect"
    case .vaStart: return "va_start"; case .vaCopy: return "va_copy"
    case .trap: return "trap"; case .landingpad: return "landingpad"
    case .jump: return "jump"; case .brif: return "brif"; case .switch_: return "switch"
    case .ret: return "ret"; case .unreachable: return "unreachable"
    case .invoke: return "invoke"; case .resume: return "resume"
    }
  }

  static func intPredName(_ cc: UInt8) -> StaticString? {
    switch cc {
    case 0: return "eq"; case 1: return "ne"; case 2: return "ugt"; case 3: return "uge"; case 4: return "ult"
    case 5: return "ule"; case 6: return "sgt"; case 7: return "sge"; case 8: return "slt"; case 9: return "sle"
    default: return nil
    }
  }
  static func floatPredName(_ cc: UInt8) -> StaticString? {
    switch cc {
    case 0: return "false"; case 1: return "oeq"; case 2: return "ogt"; case 3: return "oge"; case 4: return "olt"
    case 5: return "ole"; case 6: return "one"; case 7: return "ord"; case 8: return "ueq"; case 9: return "ugt"
    case 10: return "uge"; case 11: return "ult"; case 12: return "ule"; case 13: return "une"; case 14: return "uno"
    case 15: return "true"
    default: return nil
    }
  }

  /// A constant of an integer type: signed in the type's width when the bits fit, else raw hex.
  mutating func intConst(_ bits: UInt64, _ t: SType) {
    let w = t.bits
    if w == 64 { i(Int64(bitPattern: bits)); return }
    if w == 0 || w > 64 || bits >> UInt64(w) != 0 { hex(bits); return }
    let shift = UInt64(64 - w)
    i(Int64(bitPattern: bits << shift) >> Int64(shift))
  }

  /// `v1, v2, …` for operands [from, to) of an instruction whose range is known valid.
  mutating func operandList(_ f: SFunction, _ start: Int, _ end: Int) {
    var k = start
    while k < end { if k > start { s(", ") }; value(f.operands[k]); k += 1 }
  }

  mutating func blockCall(_ f: SFunction, _ call: SBlockCall) {
    block(call.block)
    if call.argCount > 0 {
      c(40)
      let a = Int(call.argStart), n = Int(call.argCount)
      if a + n <= f.blockArgs.count {
        for k in 0..<n { if k > 0 { s(", ") }; value(f.blockArgs[a + k]) }
      } else {
        s("<bad range>")
      }
      c(41)
    }
  }

  mutating func sigRef(_ f: SFunction, _ k: UInt32) {
    s("sig"); if Int(k) < f.signatures.count { u(k) } else { c(63); u(k) }
  }

  mutating func inst(_ f: SFunction, _ idx: Int) {
    guard idx >= 0 && idx < f.insts.count else { s("<no instruction "); u(idx); c(62); return }
    let inst = f.insts[idx]
    if inst.resultCount > 0 {
      let r = inst.result
      if r == .none { s("v?") } else {
        for k in 0..<UInt32(inst.resultCount) { if k > 0 { s(", ") }; c(118); u(UInt64(r.raw) &+ UInt64(k)) }
      }
      s(" = ")
    }
    s(SSAPrinter.opName(inst.op))
    if inst.type != .none { c(46); type(inst.type) }
    let os = Int(inst.operandStart)
    let oe = os + Int(inst.operandCount)
    let opsOK = oe <= f.operands.count
    let ssucc = Int(inst.succStart)
    let succsOK = ssucc + Int(inst.succCount) <= f.succs.count
    var needComma = false
    // operands (and per-op decorations)
    switch inst.op {
    case .iconst:
      c(32); intConst(UInt64(bitPattern: inst.imm), inst.type)
      needComma = true
    case .fconst:
      c(32); hex(UInt64(bitPattern: inst.imm))
      if inst.type == .f32 {
        s(" ; "); str(Float(bitPattern: UInt32(truncatingIfNeeded: inst.imm)).description)
      } else {
        s(" ; "); str(Double(bitPattern: UInt64(bitPattern: inst.imm)).description)
      }
      return
    case .icmp, .fcmp:
      c(32)
      if let n = inst.op == .icmp ? SSAPrinter.intPredName(inst.cc) : SSAPrinter.floatPredName(inst.cc) { s(n) } else { s("cc"); u(UInt64(inst.cc)) }
      if opsOK && oe > os { c(32); operandList(f, os, oe) }
      needComma = true
    case .load, .store:
      if inst.flags & SFlags.volatile != 0 { s(" volatile") }
      if opsOK && oe > os { c(32); operandList(f, os, oe); offset(inst.imm) }
      needComma = true
    case .stackAddr:
      s(" ss"); u(inst.aux); offset(inst.imm)
      if opsOK && oe > os { s(", "); operandList(f, os, oe) }
      needComma = true
    case .globalAddr:
      c(32); symbol(SymbolID(raw: inst.aux)); offset(inst.imm)
      if opsOK && oe > os { s(", "); operandList(f, os, oe) }
      needComma = true
    case .call, .callIndirect, .invoke:
      if inst.flags & SFlags.tail != 0 { s(" tail") }
      c(32); sigRef(f, inst.aux); c(32)
      let direct = inst.op == .call || (inst.op == .invoke && inst.flags & SFlags.indirect == 0)
      var argStart = os
      if direct {
        symbol(SymbolID(raw: inst.aux2))
      } else if opsOK && oe > os {
        value(f.operands[os]); argStart = os + 1
      } else {
        s("v?")
      }
      c(40)
      if opsOK { operandList(f, argStart, oe) } else { s("<bad range>") }
      c(41)
      needComma = true
    case .landingpad:
      s(" lp"); u(inst.aux)
      if opsOK && oe > os { s(", "); operandList(f, os, oe) }
      needComma = true
    case .switch_:
      if opsOK && oe > os { c(32); operandList(f, os, oe); needComma = true }
      guard succsOK else { s(needComma ? ", <bad range>" : " <bad range>"); return }
      if inst.succCount > 0 {
        s(needComma ? ", " : " ")
        blockCall(f, f.succs[ssucc])
      }
      s(", [")
      let cs = Int(inst.caseStart)
      for k in 1..<max(Int(inst.succCount), 1) {
        if k > 1 { s(", ") }
        let ci = cs + k - 1
        if ci < f.switchCases.count { intConst(f.switchCases[ci], inst.type) } else { c(63) }
        s(": ")
        blockCall(f, f.succs[ssucc + k])
      }
      c(93)
      return
    default:
      if opsOK { if oe > os { c(32); operandList(f, os, oe); needComma = true } } else { s(" <bad range>"); needComma = true }
    }
    switch inst.op {
    case .sextInReg:
      s(needComma ? ", " : " "); i(inst.imm)
    case .memcpy, .memmove, .memset, .dynAlloca:
      if inst.aux != 0 || inst.op == .memcpy || inst.op == .memmove {
        s(needComma ? ", align " : " align "); u(inst.aux)
      }
    default: break
    }
    if inst.succCount > 0 || inst.op.isTerminator {
      guard succsOK else { s(needComma ? ", <bad range>" : " <bad range>"); return }
      for k in 0..<Int(inst.succCount) {
        s(needComma ? ", " : " "); needComma = true
        blockCall(f, f.succs[ssucc + k])
      }
    }
  }
}
