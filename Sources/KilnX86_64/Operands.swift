// x86_64 machine-instruction values: registers, memory operands, operands, instructions, and the
// row type of the generated form table (Tables.generated.swift).
//
// Conventions (shared by encoder, printer and the backend that builds these):
// - Mnemonics are AT&T (GNU as) with the operand-size suffix in the op: `addl`, `movzbq`, `leaq`.
// - Operands are in AT&T order: sources first, destination LAST (`X86Inst(.movl, .reg(.eax),
//   .mem(m))` stores eax to m). This is the order the printer writes, so text and value agree.
// - Everything is a small value type (no classes, no existentials); building an instruction does
//   not allocate.

import KilnMachineCode

/// A register: `raw` = class * 16 + number (class 0 gpr64, 1 gpr32, 2 gpr16, 3 gpr8, 4 xmm).
/// gpr8 numbers 4-7 are spl/bpl/sil/dil (they force a REX prefix); ah/ch/dh/bh are not modelled.
public struct X86Reg: Hashable, Sendable {
  public var raw: UInt8
  public init(raw: UInt8) { self.raw = raw }
  /// "No register" (absent base/index).
  public static let noReg = X86Reg(raw: 0xff)

  public enum RegClass: UInt8, Sendable { case gpr64 = 0, gpr32, gpr16, gpr8, xmm }

  /// The 4-bit hardware number (bit 3 goes to REX.R/X/B).
  @inlinable public var number: UInt8 { raw & 15 }
  @inlinable public var regClass: RegClass? { RegClass(rawValue: raw >> 4) }
  @inlinable public var isNone: Bool { raw == 0xff }
  public init?(_ cls: RegClass, _ number: Int) {
    guard (0..<16).contains(number) else { return nil }
    raw = cls.rawValue << 4 | UInt8(number)
  }
  /// GNU as name without `%`, e.g. "r12d".
  public var name: String { Int(raw) < x86RegNames.count ? x86RegNames[Int(raw)] : "?" }
  /// Looks a register up by its GNU as name (without `%`).
  public init?(name: String) {
    guard let i = x86RegNames.firstIndex(of: name) else { return nil }
    raw = UInt8(i)
  }
  /// Same register number viewed in another class (e.g. eax → rax).
  public func `as`(_ cls: RegClass) -> X86Reg { X86Reg(raw: cls.rawValue << 4 | number) }
}

extension X86Cond {
  public var inverse: X86Cond { X86Cond(rawValue: rawValue ^ 1) ?? self }
  public var name: String { x86CondNames[Int(rawValue)] }
  /// Accepts names and aliases ("z", "nae", "nle", ...).
  public init?(name: String) {
    guard let p = x86CondSpellings.first(where: { $0.0 == name }), let c = X86Cond(rawValue: p.1) else { return nil }
    self = c
  }
}

/// What a RIP-relative memory operand points at.
public enum X86MemTarget: UInt8, Sendable {
  /// Ordinary [base + index*scale + disp] (or absolute disp32 when both are absent).
  case none
  /// `sym+disp(%rip)`: a `pcrel32` relocation.
  case symbol
  /// `sym@GOTPCREL(%rip)`: a `gotPcrel32` relocation (disp is the addend).
  case gotSymbol
  /// `label+disp(%rip)`: a label inside the same CodeBuffer (e.g. a jump table or constant).
  case label
}

/// A memory operand. Base and index are 64-bit GPRs or `.noReg`; index may not be rsp.
public struct X86Mem: Hashable, Sendable {
  public var base: X86Reg
  public var index: X86Reg
  /// 1, 2, 4 or 8.
  public var scale: UInt8
  public var target: X86MemTarget
  public var disp: Int32
  /// Symbol index or label number for RIP-relative targets.
  public var targetRaw: UInt32

  public init(base: X86Reg, index: X86Reg = .noReg, scale: UInt8 = 1, disp: Int32 = 0) {
    self.base = base; self.index = index; self.scale = scale; self.disp = disp
    target = .none; targetRaw = 0
  }
  /// `[index*scale + disp]` with no base register.
  public static func indexOnly(_ index: X86Reg, scale: UInt8, disp: Int32 = 0) -> X86Mem {
    X86Mem(base: .noReg, index: index, scale: scale, disp: disp)
  }
  /// Absolute `disp32` (sign-extended).
  public static func absolute(_ disp: Int32) -> X86Mem { X86Mem(base: .noReg, disp: disp) }
  public static func rip(_ symbol: ObjSymbolID, addend: Int32 = 0) -> X86Mem {
    var m = X86Mem(base: .noReg, disp: addend); m.target = .symbol; m.targetRaw = symbol.raw; return m
  }
  public static func ripGOT(_ symbol: ObjSymbolID, addend: Int32 = 0) -> X86Mem {
    var m = X86Mem(base: .noReg, disp: addend); m.target = .gotSymbol; m.targetRaw = symbol.raw; return m
  }
  public static func rip(_ label: Label, addend: Int32 = 0) -> X86Mem {
    var m = X86Mem(base: .noReg, disp: addend); m.target = .label; m.targetRaw = label.raw; return m
  }
}

public enum X86Operand: Hashable, Sendable {
  case none
  case reg(X86Reg)
  case mem(X86Mem)
  case imm(Int64)
  /// Branch target inside the same CodeBuffer.
  case label(Label)
  /// Branch/call target that is an object symbol (`call32` relocation).
  case symbol(ObjSymbolID, addend: Int32)
}

/// One machine instruction: an op, an optional condition (for jcc/setcc/cmovcc), and up to three
/// operands in AT&T order.
public struct X86Inst: Hashable, Sendable {
  public var op: X86Op
  public var cc: X86Cond
  public var operandCount: UInt8
  public var o0: X86Operand
  public var o1: X86Operand
  public var o2: X86Operand

  public init(_ op: X86Op, cc: X86Cond = .o) {
    self.op = op; self.cc = cc; operandCount = 0; o0 = .none; o1 = .none; o2 = .none
  }
  public init(_ op: X86Op, cc: X86Cond = .o, _ a: X86Operand) {
    self.op = op; self.cc = cc; operandCount = 1; o0 = a; o1 = .none; o2 = .none
  }
  public init(_ op: X86Op, cc: X86Cond = .o, _ a: X86Operand, _ b: X86Operand) {
    self.op = op; self.cc = cc; operandCount = 2; o0 = a; o1 = b; o2 = .none
  }
  public init(_ op: X86Op, cc: X86Cond = .o, _ a: X86Operand, _ b: X86Operand, _ c: X86Operand) {
    self.op = op; self.cc = cc; operandCount = 3; o0 = a; o1 = b; o2 = c
  }
  @inlinable public func operand(_ i: Int) -> X86Operand {
    switch i {
    case 0: return o0
    case 1: return o1
    default: return o2
    }
  }
}

// MARK: form table row types (filled in by Tables.generated.swift)

/// Index of a row in the form table.
public struct X86FormID: Hashable, Sendable {
  public var raw: UInt16
  public init(raw: UInt16) { self.raw = raw }
  public var form: X86Form { x86Forms[Int(raw)] }
  /// Mnemonic as printed (with `{cc}` unexpanded).
  public var asm: String { x86FormAsm[Int(raw)] }
  /// All rows of the table, in order (for tests and tools).
  public static var all: [X86FormID] { (0..<x86Forms.count).map { X86FormID(raw: UInt16($0)) } }
  /// The rows of one op.
  public static func forms(of op: X86Op) -> Range<Int> {
    Int(x86OpFirstForm[Int(op.rawValue)])..<Int(x86OpFirstForm[Int(op.rawValue) + 1])
  }
}

/// Operand kinds of the form table; see targets/x86_64/forms.tsv for their meaning.
public enum X86OperandKind: UInt8, Sendable {
  case none, r8, r16, r32, r64, xmm, rm8, rm16, rm32, rm64, m, m8, m16, m32, m64, m128
  case xm32, xm64, xm128, imm8, imm8s, imm16, imm32, imm32s, imm64, one, al, ax, eax, rax, cl
  case rel8, rel32
}

/// Where an operand is encoded.
public enum X86OperandRole: UInt8, Sendable {
  case implicit, reg, rm, imm, opreg, rel
}

/// What is added to the last opcode byte.
public enum X86OpcodeAdd: UInt8, Sendable { case none, reg, cc }

/// The decoded form table (from the packed `x86FormBytes` in Tables.generated.swift).
let x86Forms: [X86Form] = X86Form.decodeTable()
/// Printed mnemonic per form.
let x86FormAsm: [String] = {
  var out: [String] = []
  out.reserveCapacity(x86Forms.count)
  x86FormAsmData.withUTF8Buffer { b in
    var cur: [UInt8] = []
    for c in b {
      if c == 0x20 || c == 0x0a {
        if !cur.isEmpty { out.append(String(decoding: cur, as: UTF8.self)); cur.removeAll() }
      } else { cur.append(c) }
    }
    if !cur.isEmpty { out.append(String(decoding: cur, as: UTF8.self)) }
  }
  return out
}()

/// One encoding form (a row of targets/x86_64/forms.tsv).
public struct X86Form: Sendable {
  public var op: X86Op
  /// Up to two prefix bytes (0 = absent), emitted in order before REX.
  public var prefix: (UInt8, UInt8)
  public var rexW: Bool
  public var opcode: (UInt8, UInt8, UInt8)
  public var opcodeLength: UInt8
  /// 0-7: ModRM.reg opcode extension; 8: /r; 0xff: no ModRM.
  public var modrm: UInt8
  public var opcodeAdd: X86OpcodeAdd
  public var operandCount: UInt8
  public var kinds: (X86OperandKind, X86OperandKind, X86OperandKind)
  public var roles: (X86OperandRole, X86OperandRole, X86OperandRole)
  /// Operand size in bytes (for immediate normalisation); 8 when no sized operand.
  public var operandSize: UInt8
  /// Total immediate bytes.
  public var immBytes: UInt8
  /// Branch/call through register or memory (printed with `*`).
  public var indirect: Bool
  /// Bytes this row takes beyond REX and the ModRM operand's SIB/displacement (which are the same
  /// for every row matching the same operands): prefixes + opcode + ModRM + immediate + rel.
  /// The encoder picks the matching row with the smallest value, the first one on a tie.
  public internal(set) var staticLength: UInt8 = 0
  /// The operand (0-2; 3: none) encoded in ModRM.reg, in ModRM.r/m, as the immediate, in the
  /// opcode's low bits, and as the branch target; valid when `rolesUnique` (set by `decodeTable`).
  public internal(set) var regAt: UInt8 = 3, rmAt: UInt8 = 3, immAt: UInt8 = 3, opregAt: UInt8 = 3, relAt: UInt8 = 3
  /// No role other than `implicit` appears twice (the encoder's role-indexed path relies on it).
  public internal(set) var rolesUnique = false
  /// The shape the encoder writes straight out when r/m is a register, [base + index*scale +
  /// disp] or RIP-relative: roles unique, no opcode register, a ModRM with an r/m operand, no
  /// branch field, an immediate of at most 4 bytes.
  public internal(set) var direct = false
  /// The other shape written straight out: roles unique, no ModRM, a register in the opcode, no
  /// branch field (e.g. `movl $imm, %reg`).
  public internal(set) var directOpreg = false

  /// The nonzero prefix bytes and the opcode bytes packed little-endian, first byte lowest (set by
  /// `decodeTable`), so that the encoder writes each part with one store: `prefixCount` bytes of
  /// `prefixBytes`, `opcodeLength` bytes of `opcodeBytes`; a number added to the last opcode byte
  /// (condition code or register) is added at bit `opcodeAddShift` of the word.
  public internal(set) var prefixBytes: UInt16 = 0, prefixCount: UInt8 = 0
  public internal(set) var opcodeBytes: UInt32 = 0, opcodeAddShift: UInt32 = 0

  /// Fills in `prefixBytes` … `opcodeAddShift` from the prefix and opcode fields.
  mutating func computePackedBytes() {
    precondition(opcodeLength >= 1 && opcodeLength <= 3, "x86 form table: opcode length out of range")
    prefixBytes = 0; prefixCount = 0
    if prefix.0 != 0 { prefixBytes = UInt16(prefix.0); prefixCount = 1 }
    if prefix.1 != 0 { prefixBytes |= UInt16(prefix.1) << (8 * UInt16(prefixCount)); prefixCount += 1 }
    let all = UInt32(opcode.0) | UInt32(opcode.1) << 8 | UInt32(opcode.2) << 16
    opcodeAddShift = 8 * UInt32(opcodeLength - 1)
    opcodeBytes = all & (UInt32.max >> (24 - opcodeAddShift))  // the first `opcodeLength` bytes
    // (adding a condition code or register number, at most 15, to the last byte never carries
    // into the next one: the encoder's byte-wise `&+` and the word's `&+` agree)
    precondition(opcodeAdd == .none || (opcodeBytes >> opcodeAddShift) + 15 <= 0xff, "x86 form table: opcode add overflows its byte")
  }

  /// Fills in `regAt` … `directOpreg` from the roles and the encoding fields.
  mutating func computeRoleIndices() {
    var seen: UInt8 = 0
    var unique = true
    for j in 0..<Int(operandCount) {
      let r = role(j)
      if r == .implicit { continue }
      let bit: UInt8 = 1 << r.rawValue
      if seen & bit != 0 { unique = false }
      seen |= bit
      let k = UInt8(j)
      switch r {
      case .reg: regAt = k
      case .rm: rmAt = k
      case .imm: immAt = k
      case .opreg: opregAt = k
      case .rel: relAt = k
      case .implicit: break
      }
    }
    rolesUnique = unique
    direct = unique && opcodeAdd != .reg && modrm != 0xff && rmAt < 3 && relAt == 3 && opregAt == 3 && immBytes <= 4
    directOpreg = unique && opcodeAdd == .reg && modrm == 0xff && opregAt < 3 && rmAt == 3 && regAt == 3 && relAt == 3
  }

  func computeStaticLength() -> UInt8 {
    var len = opcodeLength + (modrm != 0xff ? 1 : 0) + immBytes + (prefix.0 != 0 ? 1 : 0) + (prefix.1 != 0 ? 1 : 0)
    for j in 0..<3 { let k = kind(j); if k == .rel8 { len += 1 } else if k == .rel32 { len += 4 } }
    return len
  }

  /// Decodes `x86FormBytes`: 21 bytes per row: op (2 bytes, big-endian), then prefix0 prefix1
  /// rexW opcode0 opcode1 opcode2 opcodeLength modrm opcodeAdd operandCount kind0-2 role0-2
  /// operandSize immBytes indirect. The generator checks every value, so a malformed row can only
  /// come from hand-editing the generated file. Runs once per process: kept to plain loads.
  static func decodeTable() -> [X86Form] {
    let rowBytes = 21
    let rows = x86FormBytes.count / rowBytes
    return [X86Form](unsafeUninitializedCapacity: rows) { out, count in
      x86FormBytes.withUnsafeBufferPointer { b in
        let base = b.baseAddress!
        func kind(_ x: UInt8) -> X86OperandKind { X86OperandKind(rawValue: x) ?? .none }
        func role(_ x: UInt8) -> X86OperandRole { X86OperandRole(rawValue: x) ?? .implicit }
        for r in 0..<rows {
          let v = base + r * rowBytes
          let op = X86Op(rawValue: UInt16(v[0]) << 8 | UInt16(v[1])) ?? .nop
          var f = X86Form(op: op, prefix: (v[2], v[3]), rexW: v[4] != 0, opcode: (v[5], v[6], v[7]),
                          opcodeLength: v[8], modrm: v[9], opcodeAdd: X86OpcodeAdd(rawValue: v[10]) ?? .none,
                          operandCount: v[11], kinds: (kind(v[12]), kind(v[13]), kind(v[14])),
                          roles: (role(v[15]), role(v[16]), role(v[17])), operandSize: v[18],
                          immBytes: v[19], indirect: v[20] != 0)
          f.staticLength = f.computeStaticLength()
          f.computePackedBytes()
          f.computeRoleIndices()
          (out.baseAddress! + r).initialize(to: f)
        }
      }
      count = rows
    }
  }

  @inlinable public func kind(_ i: Int) -> X86OperandKind {
    switch i {
    case 0: return kinds.0
    case 1: return kinds.1
    default: return kinds.2
    }
  }
  @inlinable public func role(_ i: Int) -> X86OperandRole {
    switch i {
    case 0: return roles.0
    case 1: return roles.1
    default: return roles.2
    }
  }
}
