// x86_64 assembly printer: GNU as AT&T syntax (GNU as's default, so no directive is needed; a file
// may say `.att_syntax` explicitly). For every form of the table the printed line assembles with
// `as --64` to exactly the bytes the encoder produced for the same form (checked by
// X86EncoderOracleTests):
// - the mnemonic comes from the form row (size suffix included, `movabsq` for the imm64 move);
// - a rel32 branch to a label is printed `{disp32} jne .L3` because gas would otherwise relax it
//   to rel8; a rel8 branch prints plainly (gas picks rel8 for the same bound, in-range label);
// - immediates are printed in decimal as given; memory as `disp(base,index,scale)`, RIP-relative
//   as `sym+disp(%rip)` / `sym@GOTPCREL(%rip)` / `.Lk+disp(%rip)`; indirect targets get `*`;
// - a rel32 call or jump to a symbol prints `call sym@PLT` (Kiln writes a PLT32 relocation).

import KilnMachineCode

public struct X86Printer {
  /// Names labels: default `.L<number>`.
  public var labelName: (Label) -> String
  /// Names object symbols: default `sym<index>`.
  public var symbolName: (ObjSymbolID) -> String

  public init(labelName: @escaping (Label) -> String = { ".L\($0.raw)" },
              symbolName: @escaping (ObjSymbolID) -> String = { "sym\($0.raw)" }) {
    self.labelName = labelName
    self.symbolName = symbolName
  }

  /// Prints `inst` as encoded with `form` (the value `X86Encoder.encode` returned).
  public func print(_ inst: X86Inst, form: X86FormID, into out: inout String) {
    let f = form.form
    var mnemonic = form.asm
    if f.opcodeAdd == .cc, let brace = mnemonic.firstIndex(of: "{") {
      // `{cc}` is the only placeholder: splice the condition name in.
      let after = mnemonic.index(brace, offsetBy: 4, limitedBy: mnemonic.endIndex) ?? mnemonic.endIndex
      mnemonic = String(mnemonic[..<brace]) + inst.cc.name + String(mnemonic[after...])
    }
    if f.kinds.0 == .rel32, case .label = inst.o0 { out += "{disp32} " }
    out += mnemonic
    for j in 0..<Int(inst.operandCount) {
      out += j == 0 ? " " : ", "
      if f.indirect { out += "*" }
      operand(inst.operand(j), into: &out)
    }
    // A rel32 call/jump to a symbol is a PLT32 relocation in Kiln's objects; `@PLT` makes gas emit
    // the same (without it gas resolves branches to global functions of the same file itself).
    if f.kinds.0 == .rel32, case .symbol = inst.o0 { out += "@PLT" }
  }

  /// Prints `inst` with the form the encoder would pick for an empty buffer (labels unbound, so
  /// branches to labels print as rel32). Returns nil when no form accepts the operands.
  public func print(_ inst: X86Inst) -> String? {
    guard let id = X86Encoder.selectForm(inst, in: CodeBuffer(capacity: 0)) else { return nil }
    var s = ""
    print(inst, form: id, into: &s)
    return s
  }

  public func operand(_ o: X86Operand, into out: inout String) {
    switch o {
    case .none: break
    case .reg(let r): out += "%"; out += r.name
    case .imm(let v): out += "$\(v)"
    case .label(let l): out += labelName(l)
    case .symbol(let s, let addend):
      out += symbolName(s)
      if addend != 0 { out += addend > 0 ? "+\(addend)" : "\(addend)" }
    case .mem(let m): memory(m, into: &out)
    }
  }

  func memory(_ m: X86Mem, into out: inout String) {
    func addend(_ d: Int32) { if d != 0 { out += d > 0 ? "+\(d)" : "\(d)" } }
    switch m.target {
    case .symbol:
      out += symbolName(ObjSymbolID(Int(m.targetRaw))); addend(m.disp); out += "(%rip)"; return
    case .gotSymbol:
      out += symbolName(ObjSymbolID(Int(m.targetRaw))); out += "@GOTPCREL"; addend(m.disp); out += "(%rip)"; return
    case .label:
      out += labelName(Label(raw: m.targetRaw)); addend(m.disp); out += "(%rip)"; return
    case .none: break
    }
    if m.base.isNone && m.index.isNone { out += "\(m.disp)"; return }
    if m.disp != 0 { out += "\(m.disp)" }
    out += "("
    if !m.base.isNone { out += "%"; out += m.base.name }
    if !m.index.isNone { out += ",%"; out += m.index.name; out += ",\(m.scale)" }
    out += ")"
  }
}
