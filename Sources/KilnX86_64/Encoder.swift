// x86_64 encoder: X86Inst → bytes in a CodeBuffer, driven by the generated form table.
//
// Form selection: among the rows of the instruction's op whose operand kinds accept the operands,
// take the shortest (prefixes + opcode + ModRM + immediate + displacement); ties go to the earliest
// row, and rows are ordered the way GNU as prefers (store form `89 /r` before load form `8b /r`
// for register-register moves, imm8 before the accumulator form), so the bytes equal what `as`
// produces for the printed text. Memory operands always get the shortest ModRM/SIB/disp.
//
// Invariants / rules implemented here:
// - REX only when needed: REX.W from the row, R/X/B for registers 8-15, and a bare 0x40 when
//   spl/bpl/sil/dil appear.
// - rsp/r12 as base need a SIB byte; rbp/r13 as base need an explicit disp8 0; no base = SIB with
//   base 101 + disp32; rsp cannot be an index; RIP-relative = mod 00 rm 101 + disp32.
// - Branches to labels use rel8 only when the label is already bound and in range (backward
//   jumps); forward jumps are always rel32 (no relaxation).
// - Symbols never get resolved here: RIP-relative data gets `pcrel32`/`gotPcrel32` and rel32
//   calls/jumps `call32` relocations, with the addend adjusted for trailing immediate bytes.
// - No allocation per instruction beyond appending to the buffer's arrays: an instruction's bytes
//   are assembled in a 16-byte local (`InstBytes`) and appended at once.
// - Emission is driven by the form row only; the common shapes (a ModRM with a register, based or
//   RIP-relative r/m, or a register in the opcode; see `X86Form.direct`) take a straight-line
//   path (`emitDirect`), everything else the role-by-role one (`assemble`). Both give the same bytes.

import KilnMachineCode

public enum X86EncodeError: Error, Equatable, Sendable {
  /// No row of `op` accepts these operands (wrong kinds/sizes or immediate out of range).
  case noMatchingForm(X86Op)
  /// Scale not 1/2/4/8, rsp as index, a non-64-bit base/index, or registers with a RIP target.
  case invalidMemoryOperand
}

public enum X86Encoder {
  /// Picks the form `encode` would use if the instruction were emitted at the end of `buf`.
  public static func selectForm(_ inst: X86Inst, in buf: borrowing CodeBuffer) -> X86FormID? {
    // Resolve a branch label once: only rel8 needs its bound offset.
    var target = -1
    if case .label(let l) = inst.o0, let t = buf.offset(of: l) { target = t }
    return selectForm(inst, at: buf.offset, labelTarget: target)
  }

  /// `labelTarget`: the bound offset of the instruction's branch label, or -1 (unbound / none).
  /// Each operand is classified once into a bit set of the kinds it satisfies (`kindMask`); a row
  /// then matches with one test per operand, except imm8s (depends on the row's operand size) and
  /// rel8 (depends on the distance).
  static func selectForm(_ inst: X86Inst, at here: Int, labelTarget: Int) -> X86FormID? {
    let first = Int(x86OpFirstForm[Int(inst.op.rawValue)]), end = Int(x86OpFirstForm[Int(inst.op.rawValue) + 1])
    let n = Int(inst.operandCount)
    let m0 = n > 0 ? kindMask(inst.o0) : 0, m1 = n > 1 ? kindMask(inst.o1) : 0, m2 = n > 2 ? kindMask(inst.o2) : 0
    var best = -1
    var bestLen = Int.max
    x86Forms.withUnsafeBufferPointer { forms in
      for i in first..<end {
        let f = forms[i]
        guard Int(f.operandCount) == n else { continue }
        let len = Int(f.staticLength)
        guard len < bestLen else { continue }
        if n > 0 && !matches(f.kinds.0, m0, inst.o0, f, here, labelTarget) { continue }
        if n > 1 && !matches(f.kinds.1, m1, inst.o1, f, here, labelTarget) { continue }
        if n > 2 && !matches(f.kinds.2, m2, inst.o2, f, here, labelTarget) { continue }
        best = i; bestLen = len
      }
    }
    return best < 0 ? nil : X86FormID(raw: UInt16(best))
  }

  @inline(__always) static func bit(_ k: X86OperandKind) -> UInt64 { 1 << UInt64(k.rawValue) }

  @inline(__always)
  static func matches(_ k: X86OperandKind, _ mask: UInt64, _ o: X86Operand, _ f: X86Form, _ here: Int, _ labelTarget: Int) -> Bool {
    if mask & bit(k) == 0 { return false }
    switch k {
    case .imm8s:
      if case .imm(let v) = o { return immFits(v, .imm8s, size: f.operandSize) }
      return false
    case .rel8:
      // Only to a bound label in range; rel8 rows are prefix-free: opcode + rel8.
      guard labelTarget >= 0 else { return false }
      let d = labelTarget - (here + Int(f.opcodeLength) + 1)
      return d >= -128 && d <= 127
    default:
      return true
    }
  }

  static let memMask: UInt64 = bit(.rm8) | bit(.rm16) | bit(.rm32) | bit(.rm64) | bit(.m) | bit(.m8) | bit(.m16)
    | bit(.m32) | bit(.m64) | bit(.m128) | bit(.xm32) | bit(.xm64) | bit(.xm128)

  /// The kinds an operand can stand for (imm8s and rel8 are refined per row by `matches`).
  @inline(__always) static func kindMask(_ o: X86Operand) -> UInt64 {
    switch o {
    case .none: return 0
    case .reg(let r):
      switch r.raw >> 4 {
      case 0: return bit(.r64) | bit(.rm64) | (r == .rax ? bit(.rax) : 0)
      case 1: return bit(.r32) | bit(.rm32) | (r == .eax ? bit(.eax) : 0)
      case 2: return bit(.r16) | bit(.rm16) | (r == .ax ? bit(.ax) : 0)
      case 3: return bit(.r8) | bit(.rm8) | (r == .al ? bit(.al) : 0) | (r == .cl ? bit(.cl) : 0)
      case 4: return bit(.xmm) | bit(.xm32) | bit(.xm64) | bit(.xm128)
      default: return 0
      }
    case .mem(let m): return memValid(m) ? memMask : 0
    case .imm(let v):
      var mask = bit(.imm64) | bit(.imm8s)
      if v >= -128 && v <= 255 { mask |= bit(.imm8) }
      if v >= -32768 && v <= 65535 { mask |= bit(.imm16) }
      if v >= -0x8000_0000 && v <= 0xffff_ffff { mask |= bit(.imm32) }
      if v >= -0x8000_0000 && v <= 0x7fff_ffff { mask |= bit(.imm32s) }
      if v == 1 { mask |= bit(.one) }
      return mask
    case .label: return bit(.rel8) | bit(.rel32)
    case .symbol: return bit(.rel32)
    }
  }

  /// Encodes `inst` at the end of `buf`, choosing its form through `cache` (same result as
  /// `encode(_:into:)`, which picks the form afresh every time).
  @discardableResult
  public static func encode(_ inst: X86Inst, into buf: inout CodeBuffer, cache: inout X86FormCache) throws(X86EncodeError) -> X86FormID {
    try encodeInlined(inst, into: &buf, cache: &cache)
  }
  /// `encode(_:into:cache:)`, inlined into a caller's per-instruction path (the emitter's).
  /// `labels: false` promises that no operand is a `.label` (skipping the cache's checks for one).
  @discardableResult @inline(__always)
  static func encodeInlined(_ inst: X86Inst, into buf: inout CodeBuffer, cache: inout X86FormCache,
                            labels: Bool = true) throws(X86EncodeError) -> X86FormID {
    guard let id = cache.form(inst, in: buf, labels: labels) else { return try encode(inst, into: &buf) }
    let k = Int(id.raw)
    precondition(k < cache.forms.count)
    cache.forms.withUnsafeBufferPointer { emit(inst, form: $0.baseAddress! + k, into: &buf) }
    return id
  }

  /// Encodes `inst` at the end of `buf` and returns the form used.
  @discardableResult
  public static func encode(_ inst: X86Inst, into buf: inout CodeBuffer) throws(X86EncodeError) -> X86FormID {
    guard let id = selectForm(inst, in: buf) else {
      // Distinguish bad memory operands for a clearer error.
      for j in 0..<Int(inst.operandCount) {
        if case .mem(let m) = inst.operand(j), !memValid(m) { throw .invalidMemoryOperand }
      }
      throw .noMatchingForm(inst.op)
    }
    emit(inst, form: x86Forms[Int(id.raw)], into: &buf)
    return id
  }

  // MARK: matching

  @inlinable static func isReg(_ o: X86Operand, _ cls: X86Reg.RegClass) -> Bool {
    if case .reg(let r) = o { return r.raw >> 4 == cls.rawValue && !r.isNone }
    return false
  }
  static func isMem(_ o: X86Operand) -> Bool {
    if case .mem(let m) = o { return memValid(m) }
    return false
  }
  static func memValid(_ m: X86Mem) -> Bool {
    if m.target != .none { return m.base.isNone && m.index.isNone }
    guard m.scale == 1 || m.scale == 2 || m.scale == 4 || m.scale == 8 else { return false }
    if !m.base.isNone && m.base.raw >> 4 != 0 { return false }
    if !m.index.isNone && (m.index.raw >> 4 != 0 || m.index.raw == X86Reg.rsp.raw) { return false }
    return true
  }
  static func isExact(_ o: X86Operand, _ r: X86Reg) -> Bool {
    if case .reg(let x) = o { return x == r }
    return false
  }

  static func immFits(_ v: Int64, _ k: X86OperandKind, size: UInt8) -> Bool {
    switch k {
    case .imm8: return v >= -128 && v <= 255
    case .imm16: return v >= -32768 && v <= 65535
    case .imm32: return v >= -0x8000_0000 && v <= 0xffff_ffff
    case .imm32s: return v >= -0x8000_0000 && v <= 0x7fff_ffff
    case .imm64: return true
    case .one: return v == 1
    case .imm8s:
      // Value of the operand's width, sign-extended from imm8 (`addl $0xffffff80` is imm8 -128).
      var x = v
      if size < 8 {
        let bits = Int64(size) * 8
        guard v >= -(1 << (bits - 1)) && v < (1 << bits) else { return false }
        x = (v << (64 - bits)) >> (64 - bits)
      }
      return x >= -128 && x <= 127
    default: return false
    }
  }

  static func accepts(_ k: X86OperandKind, _ o: X86Operand, form f: X86Form, here: Int, labelTarget: Int) -> Bool {
    switch k {
    case .none: return false
    case .r8: return isReg(o, .gpr8)
    case .r16: return isReg(o, .gpr16)
    case .r32: return isReg(o, .gpr32)
    case .r64: return isReg(o, .gpr64)
    case .xmm: return isReg(o, .xmm)
    case .rm8: return isReg(o, .gpr8) || isMem(o)
    case .rm16: return isReg(o, .gpr16) || isMem(o)
    case .rm32: return isReg(o, .gpr32) || isMem(o)
    case .rm64: return isReg(o, .gpr64) || isMem(o)
    case .m, .m8, .m16, .m32, .m64, .m128: return isMem(o)
    case .xm32, .xm64, .xm128: return isReg(o, .xmm) || isMem(o)
    case .imm8, .imm8s, .imm16, .imm32, .imm32s, .imm64, .one:
      if case .imm(let v) = o { return immFits(v, k, size: f.operandSize) }
      return false
    case .al: return isExact(o, .al)
    case .ax: return isExact(o, .ax)
    case .eax: return isExact(o, .eax)
    case .rax: return isExact(o, .rax)
    case .cl: return isExact(o, .cl)
    case .rel8:
      // Only to a bound label in range; the instruction is prefix-free, opcode + rel8.
      guard case .label = o, labelTarget >= 0 else { return false }
      let d = labelTarget - (here + Int(f.opcodeLength) + 1)
      return d >= -128 && d <= 127
    case .rel32:
      switch o {
      case .label, .symbol: return true
      default: return false
      }
    }
  }

  // MARK: emission

  @inline(__always) static func needsRexForByte(_ r: X86Reg) -> Bool {
    r.raw >> 4 == X86Reg.RegClass.gpr8.rawValue && (4...7).contains(r.number)
  }

  /// The bytes of one instruction, assembled locally and appended to the buffer in one go
  /// (x86 instructions are at most 15 bytes).
  struct InstBytes {
    var b: (UInt64, UInt64) = (0, 0)
    var n = 0
    /// The 16 bytes, written in place. (The stdlib's `_withUnprotected…` spelling of
    /// `withUnsafeMutableBytes(of:)`: with the plain one, every encoding function holding an
    /// InstBytes sets up and checks a stack canary, ~7 instructions per instruction encoded.
    /// Writes stay inside the 16 bytes: an instruction has at most 15.)
    @inline(__always) mutating func withBytes<R>(_ body: (UnsafeMutableRawBufferPointer) -> R) -> R {
      _withUnprotectedUnsafeMutableBytes(of: &b, body)
    }
    @inline(__always) mutating func put8(_ v: UInt8) {
      let k = n
      withBytes { $0[k] = v }
      n = k + 1
    }
    @inline(__always) mutating func put16(_ v: UInt16) { put8(UInt8(truncatingIfNeeded: v)); put8(UInt8(truncatingIfNeeded: v >> 8)) }
    @inline(__always) mutating func put32(_ v: UInt32) {
      let k = n
      withBytes { $0.storeBytes(of: v.littleEndian, toByteOffset: k, as: UInt32.self) }
      n = k + 4
    }
    @inline(__always) mutating func put64(_ v: UInt64) {
      let k = n
      withBytes { $0.storeBytes(of: v.littleEndian, toByteOffset: k, as: UInt64.self) }
      n = k + 8
    }
    /// The form's prefixes, the REX byte (when any bit is set) and the opcode, `add` (a register
    /// number or condition code) added to its last byte.
    /// (Written first, at offset 0: the prefixes and the opcode are stored as whole words from the
    /// form's packed `prefixBytes` / `opcodeBytes`, the bytes past each part being overwritten
    /// by the next part or lying past `n`.)
    @inline(__always) mutating func putHead(_ f: UnsafePointer<X86Form>, rex: UInt8, add: UInt8) {
      precondition(n == 0)
      let prefixes = f.pointee.prefixBytes
      let opcode = f.pointee.opcodeBytes &+ UInt32(add) << f.pointee.opcodeAddShift
      var k = Int(f.pointee.prefixCount)
      withBytes { $0.storeBytes(of: prefixes.littleEndian, toByteOffset: 0, as: UInt16.self) }
      if rex != 0 { let r = k; withBytes { $0[r] = rex | 0x40 }; k += 1 }
      let o = k
      withBytes { $0.storeBytes(of: opcode.littleEndian, toByteOffset: o, as: UInt32.self) }
      n = o + Int(f.pointee.opcodeLength)
    }
    /// The immediate, in the form's width (`immBytes`: 0, 1, 2, 4 or 8).
    @inline(__always) mutating func putImm(_ imm: Int64, bytes: UInt8) {
      switch bytes {
      case 1: put8(UInt8(truncatingIfNeeded: imm))
      case 2: put16(UInt16(truncatingIfNeeded: imm))
      case 4: put32(UInt32(truncatingIfNeeded: imm))
      case 8: put64(UInt64(bitPattern: imm))
      default: break
      }
    }
  }

  /// For a form with the register in the opcode: that register's low bits (added to the
  /// opcode) and the REX bits it needs (B, and the bare prefix for spl…dil); zeros otherwise.
  @inline(__always)
  static func opregBits(_ inst: X86Inst, _ fp: UnsafePointer<X86Form>) -> (UInt8, UInt8) {
    let oa = fp.pointee.opregAt
    guard oa < 3, case .reg(let r) = inst.operand(Int(oa)) else { return (0, 0) }
    return (r.number & 7, (r.number & 8) >> 3 | (needsRexForByte(r) ? 0x40 : 0))  // REX.B
  }

  /// The immediate operand of `inst` in form `fp` (0 when the form has none).
  @inline(__always)
  static func immediate(_ inst: X86Inst, _ fp: UnsafePointer<X86Form>) -> Int64 {
    let ia = fp.pointee.immAt
    if ia < 3, case .imm(let v) = inst.operand(Int(ia)) { return v }
    return 0
  }

  /// Where one operand goes (its role in form f): REX bits, ModRM.reg, the r/m operand, the
  /// opcode's register, the immediate or the branch target.
  @inline(__always)
  static func place(_ role: X86OperandRole, _ o: X86Operand, rex: inout UInt8, regField: inout UInt8,
                    rmOperand: inout X86Operand, opcodeAdd: inout UInt8, imm: inout Int64, rel: inout X86Operand) {
    switch role {
    case .implicit: break
    case .reg:
      if case .reg(let r) = o {
        regField = r.number & 7
        if r.number >= 8 { rex |= 0x44 }
        if needsRexForByte(r) { rex |= 0x40 }
      }
    case .rm:
      rmOperand = o
      switch o {
      case .reg(let r):
        if r.number >= 8 { rex |= 0x41 }
        if needsRexForByte(r) { rex |= 0x40 }
      case .mem(let m):
        if !m.base.isNone && m.base.number >= 8 { rex |= 0x41 }
        if !m.index.isNone && m.index.number >= 8 { rex |= 0x42 }
      default: break
      }
    case .opreg:
      if case .reg(let r) = o {
        opcodeAdd = r.number & 7
        if r.number >= 8 { rex |= 0x41 }
        if needsRexForByte(r) { rex |= 0x40 }
      }
    case .imm:
      if case .imm(let v) = o { imm = v }
    case .rel:
      rel = o
    }
  }

  static func emit(_ inst: X86Inst, form f: X86Form, into buf: inout CodeBuffer) {
    withUnsafePointer(to: f) { emit(inst, form: $0, into: &buf) }
  }

  /// The ModRM reg field (the form's /digit, or the low bits of its reg operand) and the REX bits
  /// so far: W from the form, R and the bare prefix for spl…dil from the reg operand.
  @inline(__always)
  static func regFieldAndRex(_ inst: X86Inst, _ fp: UnsafePointer<X86Form>) -> (UInt8, UInt8) {
    var rex: UInt8 = fp.pointee.rexW ? 0x48 : 0
    let modrm = fp.pointee.modrm
    var regField: UInt8 = modrm < 8 ? modrm : 0
    let ra = fp.pointee.regAt
    if ra < 3, case .reg(let r) = inst.operand(Int(ra)) {
      regField = r.number & 7
      rex |= (r.number & 8) >> 1  // REX.R
      if needsRexForByte(r) { rex |= 0x40 }
    }
    return (regField, rex)
  }

  /// `emit` with the form read in place (from the cache's table): a form passed by value is
  /// packed into registers for the call and unpacked again, ~60 instructions per instruction.
  /// Each role's operand is read directly by the index the form records for it (`regAt` …);
  /// a form with a repeated role (if the table ever has one) goes through `emitGeneral`.
  static func emit(_ inst: X86Inst, form fp: UnsafePointer<X86Form>, into buf: inout CodeBuffer) {
    if fp.pointee.direct && emitDirect(inst, form: fp, into: &buf) { return }
    if fp.pointee.directOpreg { return emitDirectOpreg(inst, form: fp, into: &buf) }
    guard fp.pointee.rolesUnique else { return emitGeneral(inst, form: fp, into: &buf) }
    // REX bits are collected without the 0x40 base (added when any bit is set, in `assemble`).
    let (regField, rex0) = regFieldAndRex(inst, fp)
    var rex = rex0
    var rmOperand = X86Operand.none
    let ma = fp.pointee.rmAt
    if ma < 3 {
      rmOperand = inst.operand(Int(ma))
      switch rmOperand {
      case .reg(let r):
        rex |= (r.number & 8) >> 3  // REX.B
        if needsRexForByte(r) { rex |= 0x40 }
      case .mem(let m):
        if !m.base.isNone { rex |= (m.base.number & 8) >> 3 }  // REX.B
        if !m.index.isNone { rex |= (m.index.number & 8) >> 2 }  // REX.X
      default: break
      }
    }
    let (opcodeAdd, opregRex) = opregBits(inst, fp)
    rex |= opregRex
    let imm = immediate(inst, fp)
    let la = fp.pointee.relAt
    let rel = la < 3 ? inst.operand(Int(la)) : X86Operand.none
    assemble(inst, fp, rex: rex, regField: regField, rmOperand: rmOperand, opcodeAdd: opcodeAdd, imm: imm, rel: rel, into: &buf)
  }

  /// The common case written straight out: a `direct` form whose r/m operand is a register, a
  /// memory operand with a base register, or RIP-relative (the same bytes, relocations and label
  /// uses `assemble` and `emitMem` produce for them). Returns false, having written nothing, for
  /// any other r/m operand.
  @inline(__always)
  static func emitDirect(_ inst: X86Inst, form fp: UnsafePointer<X86Form>, into buf: inout CodeBuffer) -> Bool {
    let (regField, rex0) = regFieldAndRex(inst, fp)
    var rex = rex0
    // ModRM (+ SIB) in `mr` (mrLen bytes), then the displacement (dispLen bytes)
    var mr: UInt32, mrLen: Int, disp: Int32 = 0, dispLen = 0
    // a RIP-relative operand: its target, recorded once the field's offset is known
    var rip = X86Mem(base: .noReg)
    switch inst.operand(Int(fp.pointee.rmAt)) {
    case .reg(let r):
      rex |= (r.number & 8) >> 3  // REX.B
      if needsRexForByte(r) { rex |= 0x40 }
      mr = UInt32(0xc0 | regField << 3 | (r.number & 7)); mrLen = 1
    case .mem(let m) where m.target != .none:
      // RIP-relative (selectForm checked that base and index are absent): mod 00, rm 101, disp32
      mr = UInt32(regField << 3 | 5); mrLen = 1; dispLen = 4
      rip = m
    case .mem(let m):
      guard !m.base.isNone else { return false }
      rex |= (m.base.number & 8) >> 3  // REX.B
      let b = m.base.number & 7
      disp = m.disp
      let mod: UInt8 = (disp == 0 && b != 5) ? 0 : (disp >= -128 && disp <= 127) ? 1 : 2
      dispLen = mod == 0 ? 0 : mod == 1 ? 1 : 4
      if m.index.isNone {
        // rsp/r12 as base: SIB with no index (0x24)
        if b == 4 { mr = UInt32(mod << 6 | regField << 3 | 4) | 0x24 << 8; mrLen = 2 } else { mr = UInt32(mod << 6 | regField << 3 | b); mrLen = 1 }
      } else {
        rex |= (m.index.number & 8) >> 2  // REX.X
        let ss: UInt8 = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0
        mr = UInt32(mod << 6 | regField << 3 | 4) | UInt32(ss << 6 | (m.index.number & 7) << 3 | b) << 8; mrLen = 2
      }
    default:
      return false
    }
    let imm = immediate(inst, fp)
    let add: UInt8 = fp.pointee.opcodeAdd == .cc ? inst.cc.rawValue : 0
    var out = InstBytes()
    out.putHead(fp, rex: rex, add: add)
    out.put8(UInt8(truncatingIfNeeded: mr))
    if mrLen == 2 { out.put8(UInt8(truncatingIfNeeded: mr >> 8)) }
    if dispLen == 1 { out.put8(UInt8(truncatingIfNeeded: disp)) } else if dispLen == 4 {
      if rip.target != .none {
        // (as `emitMem`: the addend accounts for the immediate bytes after the field)
        let at = buf.offset + out.n, trailing = Int32(fp.pointee.immBytes)
        if rip.target == .label {
          buf.use(Label(raw: rip.targetRaw), kind: .x86Rel32, at: at, addend: rip.disp &- trailing)
        } else {
          buf.addRelocation(rip.target == .symbol ? .pcrel32 : .gotPcrel32, symbol: ObjSymbolID(Int(rip.targetRaw)),
                            addend: Int64(rip.disp) - 4 - Int64(trailing), at: at)
        }
      }
      out.put32(UInt32(bitPattern: disp))
    }
    out.putImm(imm, bytes: fp.pointee.immBytes)
    buf.putInlined(UInt64(littleEndian: out.b.0), UInt64(littleEndian: out.b.1), count: out.n)
    return true
  }

  /// A `directOpreg` form written straight out: prefixes, REX, the opcode plus the register,
  /// the immediate (the same bytes `assemble` produces).
  @inline(__always)
  static func emitDirectOpreg(_ inst: X86Inst, form fp: UnsafePointer<X86Form>, into buf: inout CodeBuffer) {
    let (add, opregRex) = opregBits(inst, fp)
    let rex: UInt8 = (fp.pointee.rexW ? 0x48 : 0) | opregRex
    let imm = immediate(inst, fp)
    var out = InstBytes()
    out.putHead(fp, rex: rex, add: add)
    out.putImm(imm, bytes: fp.pointee.immBytes)
    buf.putInlined(UInt64(littleEndian: out.b.0), UInt64(littleEndian: out.b.1), count: out.n)
  }

  /// `emit` for any form: the operands placed one by one by their roles.
  @inline(never)
  static func emitGeneral(_ inst: X86Inst, form fp: UnsafePointer<X86Form>, into buf: inout CodeBuffer) {
    let f = fp.pointee
    var rex: UInt8 = f.rexW ? 0x48 : 0
    var regField: UInt8 = f.modrm < 8 ? f.modrm : 0
    var rmOperand = X86Operand.none
    var opcodeAdd: UInt8 = 0
    var imm: Int64 = 0
    var rel = X86Operand.none
    // The operands one by one (no loop over a switch-indexed operand list).
    let n = f.operandCount
    if n > 0 {
      place(f.roles.0, inst.o0, rex: &rex, regField: &regField, rmOperand: &rmOperand, opcodeAdd: &opcodeAdd, imm: &imm, rel: &rel)
      if n > 1 {
        place(f.roles.1, inst.o1, rex: &rex, regField: &regField, rmOperand: &rmOperand, opcodeAdd: &opcodeAdd, imm: &imm, rel: &rel)
        if n > 2 {
          place(f.roles.2, inst.o2, rex: &rex, regField: &regField, rmOperand: &rmOperand, opcodeAdd: &opcodeAdd, imm: &imm, rel: &rel)
        }
      }
    }
    assemble(inst, fp, rex: rex, regField: regField, rmOperand: rmOperand, opcodeAdd: opcodeAdd, imm: imm, rel: rel, into: &buf)
  }

  /// The bytes of an instruction whose operands are placed: prefixes, REX, opcode, ModRM/SIB/
  /// displacement, immediate, branch field; appended to `buf` at once.
  @inline(__always)
  static func assemble(_ inst: X86Inst, _ fp: UnsafePointer<X86Form>, rex: UInt8, regField: UInt8, rmOperand: X86Operand,
                       opcodeAdd opcodeAdd0: UInt8, imm: Int64, rel: X86Operand, into buf: inout CodeBuffer) {
    let f = fp.pointee
    var opcodeAdd = opcodeAdd0
    if f.opcodeAdd == .cc { opcodeAdd = inst.cc.rawValue }

    let base = buf.offset
    var out = InstBytes()
    out.putHead(fp, rex: rex, add: opcodeAdd)

    if f.modrm != 0xff {
      switch rmOperand {
      case .reg(let r):
        out.put8(0xc0 | regField << 3 | (r.number & 7))
      case .mem(let m):
        emitMem(m, regField: regField, trailing: Int32(f.immBytes), into: &out, base: base, buf: &buf)
      default: break
      }
    }

    out.putImm(imm, bytes: f.immBytes)

    switch rel {
    case .label(let l):
      if f.kinds.0 == .rel8 {
        // selectForm only picks rel8 for a bound label in range.
        let d = (buf.offset(of: l) ?? 0) - (base + out.n + 1)
        out.put8(UInt8(truncatingIfNeeded: d))
      } else {
        buf.use(l, kind: .x86Rel32, at: base + out.n)
        out.put32(0)
      }
    case .symbol(let s, let addend):
      buf.addRelocation(.call32, symbol: s, addend: Int64(addend) - 4, at: base + out.n)
      out.put32(0)
    default: break
    }
    buf.putInlined(UInt64(littleEndian: out.b.0), UInt64(littleEndian: out.b.1), count: out.n)
  }

  /// The ModRM/SIB/displacement of memory operand m; relocations and label uses are recorded in
  /// `buf` at their final offsets (`base` is where the instruction starts).
  @inline(__always)
  static func emitMem(_ m: X86Mem, regField: UInt8, trailing: Int32, into out: inout InstBytes, base: Int, buf: inout CodeBuffer) {
    let reg = regField << 3
    switch m.target {
    case .symbol, .gotSymbol:
      out.put8(reg | 0x05)
      buf.addRelocation(m.target == .symbol ? .pcrel32 : .gotPcrel32, symbol: ObjSymbolID(Int(m.targetRaw)),
                        addend: Int64(m.disp) - 4 - Int64(trailing), at: base + out.n)
      out.put32(0)
      return
    case .label:
      out.put8(reg | 0x05)
      buf.use(Label(raw: m.targetRaw), kind: .x86Rel32, at: base + out.n, addend: m.disp &- trailing)
      out.put32(0)
      return
    case .none: break
    }
    let ss: UInt8 = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0
    let idx: UInt8 = m.index.isNone ? 4 : m.index.number & 7
    if m.base.isNone {
      out.put8(reg | 0x04)
      out.put8((m.index.isNone ? 0 : ss << 6) | idx << 3 | 5)
      out.put32(UInt32(bitPattern: m.disp))
      return
    }
    let b = m.base.number & 7
    let mod: UInt8 = (m.disp == 0 && b != 5) ? 0 : (m.disp >= -128 && m.disp <= 127) ? 1 : 2
    if m.index.isNone && b != 4 {
      out.put8(mod << 6 | reg | b)
    } else {
      out.put8(mod << 6 | reg | 4)
      out.put8((m.index.isNone ? 0 : ss << 6) | idx << 3 | b)
    }
    if mod == 1 { out.put8(UInt8(truncatingIfNeeded: m.disp)) } else if mod == 2 { out.put32(UInt32(bitPattern: m.disp)) }
  }
}

/// A memo of `X86Encoder.selectForm` (direct-mapped, fixed size). Without label operands the row
/// chosen depends only on the op and, per operand, on what `kindMask` and the imm8s test look at:
/// a register's class and whether it is the accumulator or cl, whether a memory operand is valid,
/// an immediate's range classes. That is packed into one 54-bit key (`key`), and a slot holds the
/// key with its form in the top bits: a lookup is one multiply, one load and one compare.
/// Instructions with a bound label operand (rel8 depends on the distance; an unbound label never
/// takes rel8) and ops with unusual imm8s operand sizes are not cached. Keep one per thread (e.g.
/// per function being emitted, or reused across them).
public struct X86FormCache {
  /// Per slot: `key` in bits 0-53 and the form in bits 54-63; `.max` when empty.
  /// Allocated on first use (an unused cache costs nothing).
  var entries: [UInt64] = []
  /// The form table, held here once `entries` exists (a hit then reads it without the global's
  /// lazy-initialization check).
  var forms: [X86Form] = []
  /// Slots (a power of two): 2048 by default; a small module asks for fewer, because zeroing
  /// and faulting in the table costs more than a small module's whole encoding.
  let size: Int
  /// 64 - log2(size): a slot is the top bits of the key's hash.
  let shift: UInt64
  public init(slots: Int = 2048) {
    var n = 64, bits: UInt64 = 6
    while n < min(slots, 2048) { n <<= 1; bits += 1 }
    size = n
    shift = 64 - bits
  }

  static let keyBits: UInt64 = 54
  static let keyMask: UInt64 = (1 << keyBits) - 1

  /// Per op: whether every imm8s row has an operand size of 1, 2, 4 or at least 8 (the sizes
  /// `immCode` distinguishes).
  static let cacheableOp: [Bool] = {
    var ok = [Bool](repeating: true, count: x86OpFirstForm.count)
    for (i, f) in x86Forms.enumerated() {
      for j in 0..<Int(f.operandCount) where f.kind(j) == .imm8s {
        let sz = f.operandSize
        if !(sz == 1 || sz == 2 || sz == 4 || sz >= 8) {
          for op in 0..<x86OpFirstForm.count - 1 where Int(x86OpFirstForm[op]) <= i && i < Int(x86OpFirstForm[op + 1]) { ok[op] = false }
        }
      }
    }
    return ok
  }()

  /// An operand's 12-bit part of the key: a tag (bits 0-2) and what `selectForm` can tell apart
  /// within it. Equal codes give equal `kindMask`s and equal imm8s answers for every row size.
  @inline(__always) static func code(_ o: X86Operand) -> UInt64 {
    switch o {
    case .none: return 0
    case .reg(let r):
      // class (4 bits: the register's class, 15 for none), number 0 (rax/eax/ax/al), cl
      let raw = UInt64(r.raw)
      return 1 | (raw >> 4) << 3 | (raw & 15 == 0 ? 1 << 7 : 0) | (raw == 0x31 ? 1 << 8 : 0)
    case .mem(let m): return X86Encoder.memValid(m) ? 2 : 2 | 1 << 3
    case .imm(let v): return 3 | immCode(v) << 3
    case .label: return 4
    case .symbol: return 5
    }
  }

  /// An immediate's range classes (9 bits): imm8, imm16, imm32, imm32s, one, and imm8s for
  /// operand sizes 1, 2, 4 and 8 (imm64 and the imm8s kind bit always hold).
  /// (Out of line: inlined, it made `code` too big to be inlined for every operand of `key`.)
  @inline(never) static func immCode(_ v: Int64) -> UInt64 {
    var c: UInt64 = 0
    if v >= -128 && v <= 255 { c |= 1 }
    if v >= -32768 && v <= 65535 { c |= 2 }
    if v >= -0x8000_0000 && v <= 0xffff_ffff { c |= 4 }
    if v >= -0x8000_0000 && v <= 0x7fff_ffff { c |= 8 }
    if v == 1 { c |= 16 }
    // `immFits(v, .imm8s, size:)` spelled out: the value must fit the operand size, and its
    // low bytes read as a signed value must fit a signed byte
    if v >= -128 && v <= 255 { c |= 32 }  // size 1: any byte
    if v >= -32768 && v <= 65535, Int16(truncatingIfNeeded: v) >= -128 && Int16(truncatingIfNeeded: v) <= 127 { c |= 64 }
    if v >= -0x8000_0000 && v <= 0xffff_ffff, Int32(truncatingIfNeeded: v) >= -128 && Int32(truncatingIfNeeded: v) <= 127 { c |= 128 }
    if v >= -128 && v <= 127 { c |= 256 }  // size 8
    return c
  }

  /// The cache key of `inst`: op (16 bits), operand count (2), three operand codes (12 each).
  @inline(__always) static func key(_ inst: X86Inst) -> UInt64 {
    let n = inst.operandCount
    var k = UInt64(inst.op.rawValue) | UInt64(n) << 16
    if n > 0 {
      k |= code(inst.o0) << 18
      if n > 1 {
        k |= code(inst.o1) << 30
        if n > 2 { k |= code(inst.o2) << 42 }
      }
    }
    return k
  }

  /// The form for `inst` at the end of `buf`, or nil when this instruction is not cacheable or
  /// no form matches (the caller then goes the uncached way). `labels: false` promises that no
  /// operand is a `.label`.
  @inline(__always)
  mutating func form(_ inst: X86Inst, in buf: borrowing CodeBuffer, labels: Bool = true) -> X86FormID? {
    // A branch to a label not bound yet (a forward jump) cannot take a rel8 row (see `matches`),
    // so its row depends on the kinds alone and is cached; one to a bound label is not.
    if labels {
      if case .label(let l) = inst.o0, buf.offset(of: l) != nil { return nil }
      if case .label = inst.o1 { return nil }
      if case .label = inst.o2 { return nil }
    }
    if entries.isEmpty { allocate() }
    let key = X86FormCache.key(inst)
    let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)  // (shift < 64)
    let e = entries.withUnsafeBufferPointer { $0[slot] }  // (slot < size by the shift)
    // (only cacheable ops are ever stored, so a hit needs no `cacheableOp` test)
    if e & X86FormCache.keyMask == key { return X86FormID(raw: UInt16(truncatingIfNeeded: e >> X86FormCache.keyBits)) }
    return miss(inst, key: key, slot: slot, at: buf.offset)
  }

  /// Creates the table on first use. (Out of line, like `miss`: the per-instruction hit path
  /// then needs fewer registers saved and restored.)
  @inline(never) mutating func allocate() {
    entries = [UInt64](repeating: .max, count: size); forms = x86Forms
    precondition(forms.count < 1 << (64 - X86FormCache.keyBits) && x86OpFirstForm.count <= 0xffff)
  }

  /// `form` when slot `slot` does not hold `key`: the form selected afresh and stored there (when
  /// the op is cacheable), or nil.
  @inline(never) mutating func miss(_ inst: X86Inst, key: UInt64, slot: Int, at offset: Int) -> X86FormID? {
    guard X86FormCache.cacheableOp[Int(inst.op.rawValue)] else { return nil }
    guard let id = X86Encoder.selectForm(inst, at: offset, labelTarget: -1) else { return nil }
    entries[slot] = key | UInt64(id.raw) << X86FormCache.keyBits
    return id
  }
}

extension CodeBuffer {
  /// Convenience: encode one x86_64 instruction at the end of this buffer.
  @discardableResult
  public mutating func emit(_ inst: X86Inst) throws(X86EncodeError) -> X86FormID {
    try X86Encoder.encode(inst, into: &self)
  }
}
