// Prints a `Module` as LLVM-like IR text, for debugging and round-trip tests: the output parses
// back (through KilnIRParser) into an equivalent module. Unnamed values are numbered the way LLVM
// numbers them (arguments, then blocks and non-void instructions in order), floats are printed
// as exact hex, call sites always spell the full function type, and numbered metadata keeps its
// slot numbers. Relies on the operand layouts documented on `Opcode`.

import KilnSupport

public func printModule(_ m: Module) -> String {
  var p = IRPrinter(m)
  p.module()
  return p.out
}

struct IRPrinter {
  let m: Module
  var out = ""
  var slotOf: [UInt32: UInt32] = [:]   // node index → slot number
  // Per-function numbering (UInt32.max = named).
  var fnIndex = -1
  var argNum: [UInt32] = []
  var blockNum: [UInt32] = []
  var instNum: [UInt32] = []

  init(_ m: Module) {
    self.m = m
    for slot in m.metadata.slots.keys { if let node = m.metadata.slots[slot] { slotOf[node] = slot } }
    out.reserveCapacity(4096)
  }

  mutating func w(_ s: String) { out += s }

  // MARK: names

  static func isPlain(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let f = bytes.first else { return false }
    if f >= 48 && f <= 57 { return bytes.allSatisfy { $0 >= 48 && $0 <= 57 } }  // numbered
    for b in bytes {
      switch b {
      case 97...122, 65...90, 48...57, 45, 36, 46, 95: continue
      default: return false
      }
    }
    return true
  }

  static func escaped(_ bytes: ArraySlice<UInt8>) -> String {
    var s = ""
    let hex = Array("0123456789ABCDEF".utf8)
    for b in bytes {
      if b < 32 || b >= 127 || b == 34 || b == 92 {
        s.append("\\")
        s.append(Character(UnicodeScalar(hex[Int(b >> 4)])))
        s.append(Character(UnicodeScalar(hex[Int(b & 15)])))
      } else {
        s.append(Character(UnicodeScalar(b)))
      }
    }
    return s
  }

  func name(_ sigil: String, _ s: Symbol) -> String {
    let b = m.names.bytes(s)
    if IRPrinter.isPlain(b) { return sigil + String(decoding: b, as: UTF8.self) }
    return sigil + "\"" + IRPrinter.escaped(b) + "\""
  }

  func quoted(_ s: Symbol) -> String { "\"" + IRPrinter.escaped(m.names.bytes(s)) + "\"" }

  // MARK: types

  func type(_ t: TypeID) -> String {
    let n = m.types[t]
    switch n.kind {
    case .structure where n.name != .empty: return name("%", n.name)
    case .array: return "[\(n.count) x \(type(TypeID(raw: n.a)))]"
    case .vector: return "<\(n.count) x \(type(TypeID(raw: n.a)))>"
    case .structure:
      let body = m.types.fields(t).map { type($0) }.joined(separator: ", ")
      if body.isEmpty { return n.packed ? "<{}>" : "{}" }
      return n.packed ? "<{ \(body) }>" : "{ \(body) }"
    case .function:
      var ps = m.types.params(t).map { type($0) }
      if n.varArg { ps.append("...") }
      return "\(type(TypeID(raw: n.a))) (\(ps.joined(separator: ", ")))"
    default: return m.types.describe(t, names: m.names)
    }
  }

  // MARK: module

  mutating func module() {
    if let s = m.sourceFilename { w("source_filename = \"\(IRPrinter.escaped(ArraySlice(s.utf8)))\"\n") }
    if let s = m.dataLayout { w("target datalayout = \"\(IRPrinter.escaped(ArraySlice(s.utf8)))\"\n") }
    if let s = m.triple { w("target triple = \"\(IRPrinter.escaped(ArraySlice(s.utf8)))\"\n") }
    w("\n")
    for (i, n) in m.types.nodes.enumerated() where n.kind == .structure && n.name != .empty {
      let t = TypeID(raw: UInt32(i))
      if n.opaque { w("\(name("%", n.name)) = type opaque\n"); continue }
      let body = m.types.fields(t).map { type($0) }.joined(separator: ", ")
      let b = body.isEmpty ? "{}" : "{ \(body) }"
      w("\(name("%", n.name)) = type \(n.packed ? "<\(b)>" : b)\n")
    }
    var comdats: [Symbol] = []
    var seen = Set<Symbol>()
    for g in m.globals where g.comdat != .empty && seen.insert(g.comdat).inserted { comdats.append(g.comdat) }
    for f in m.functions where f.comdat != .empty && seen.insert(f.comdat).inserted { comdats.append(f.comdat) }
    for c in comdats { w("\(name("$", c)) = comdat any\n") }
    w("\n")
    for g in m.globals { global(g) }
    for a in m.aliases {
      w("\(name("@", a.name)) = \(linkage(a.linkage, declaration: false))\(flags(a.visibility, a.flags))alias \(type(a.valueType)), ptr \(value(a.aliasee))\n")
    }
    w("\n")
    for i in m.functions.indices { function(i) }
    for (n, nodes) in m.metadata.named {
      w("\(name("!", n)) = !{\(nodes.map { nodeRef($0) }.joined(separator: ", "))}\n")
    }
    for slot in m.metadata.slots.keys.sorted() {
      let node = m.metadata.slots[slot]!
      w("!\(slot) = \(nodeBody(node))\n")
    }
  }

  func linkage(_ l: Linkage, declaration: Bool) -> String {
    switch l {
    case .external: return declaration ? "external " : ""
    case .private: return "private "
    case .internal: return "internal "
    case .weak: return "weak "
    case .weakODR: return "weak_odr "
    case .linkonce: return "linkonce "
    case .linkonceODR: return "linkonce_odr "
    case .common: return "common "
    case .appending: return "appending "
    case .externWeak: return "extern_weak "
    case .availableExternally: return "available_externally "
    }
  }

  func flags(_ v: Visibility, _ f: UInt8) -> String {
    var s = ""
    if f & GlobalFlags.dsoLocal != 0 { s += "dso_local " }
    switch v { case .default: break; case .hidden: s += "hidden "; case .protected: s += "protected " }
    if f & GlobalFlags.threadLocal != 0 { s += "thread_local " }
    if f & GlobalFlags.unnamedAddr != 0 { s += "unnamed_addr " }
    if f & GlobalFlags.localUnnamedAddr != 0 { s += "local_unnamed_addr " }
    if f & GlobalFlags.externallyInitialized != 0 { s += "externally_initialized " }
    return s
  }

  mutating func global(_ g: GlobalVar) {
    w("\(name("@", g.name)) = \(linkage(g.linkage, declaration: g.initializer == nil))\(flags(g.visibility, g.flags))")
    w(g.isConstant ? "constant " : "global ")
    w(type(g.valueType))
    if let v = g.initializer { w(" " + value(v)) }
    if g.section != .empty { w(", section \(quoted(g.section))") }
    if g.comdat != .empty { w(g.comdat == g.name ? ", comdat" : ", comdat(\(name("$", g.comdat)))") }
    if let a = g.align { w(", align \(a)") }
    w("\n")
  }

  func attrs(_ a: ParamAttrs) -> String {
    var s = ""
    if a.has(ParamAttrs.signext) { s += " signext" }
    if a.has(ParamAttrs.zeroext) { s += " zeroext" }
    if a.has(ParamAttrs.inreg) { s += " inreg" }
    if a.has(ParamAttrs.noalias) { s += " noalias" }
    if a.has(ParamAttrs.nest) { s += " nest" }
    if a.has(ParamAttrs.returned) { s += " returned" }
    if a.has(ParamAttrs.byval) { s += " byval(\(type(a.type)))" }
    if a.has(ParamAttrs.sret) { s += " sret(\(type(a.type)))" }
    if let al = a.align { s += a.has(ParamAttrs.alignstack) ? " alignstack(\(al))" : " align \(al)" }
    return s
  }

  // MARK: functions

  mutating func function(_ fi: Int) {
    let f = m.functions[fi]
    fnIndex = fi
    // numbering
    var n: UInt32 = 0
    argNum = f.argNames.map { $0 == .empty ? { defer { n += 1 }; return n }() : .max }
    if f.argNames.count < f.argTypes.count { argNum += (f.argNames.count..<f.argTypes.count).map { _ in defer { n += 1 }; return n } }
    blockNum = Array(repeating: .max, count: f.blocks.count)
    instNum = Array(repeating: .max, count: f.insts.count)
    for (bi, b) in f.blocks.enumerated() {
      if b.name == .empty { blockNum[bi] = n; n += 1 }
      for i in b.instRange where f.insts[i].type != .void && (i >= f.instNames.count || f.instNames[i] == .empty) {
        instNum[i] = n; n += 1
      }
    }
    let isDecl = f.isDeclaration
    w(isDecl ? "declare " : "define ")
    w(linkage(f.linkage, declaration: false))
    w(flags(f.visibility, f.flags & GlobalFlags.dsoLocal))
    switch f.callingConv { case .c: break; case .fast: w("fastcc "); case .cold: w("coldcc ") }
    let ra = attrs(f.returnAttrs())
    if !ra.isEmpty { w(String(ra.dropFirst()) + " ") }
    w(type(m.types.returnType(f.type)) + " " + name("@", f.name) + "(")
    let params = m.types.params(f.type)
    var parts: [String] = []
    for (k, t) in params.enumerated() {
      var s = type(t) + attrs(f.paramAttr(k))
      if !isDecl { s += " " + argName(k) }
      parts.append(s)
    }
    if m.types.isVarArg(f.type) { parts.append("...") }
    w(parts.joined(separator: ", ") + ")")
    if f.flags & GlobalFlags.unnamedAddr != 0 { w(" unnamed_addr") }
    if f.flags & GlobalFlags.localUnnamedAddr != 0 { w(" local_unnamed_addr") }
    if f.section != .empty { w(" section \(quoted(f.section))") }
    if f.comdat != .empty { w(f.comdat == f.name ? " comdat" : " comdat(\(name("$", f.comdat)))") }
    if let a = f.alignLog2Plus1 > 0 ? UInt64(1) << UInt64(f.alignLog2Plus1 - 1) : nil { w(" align \(a)") }
    if let p = f.personality { w(" personality ptr \(value(p))") }
    if f.dbg != .max { w(" !dbg \(nodeRef(f.dbg))") }
    if isDecl { w("\n\n"); return }
    w(" {\n")
    for (bi, b) in f.blocks.enumerated() {
      if bi > 0 { w("\n") }
      if b.name != .empty { w(String(name("%", b.name).dropFirst()) + ":\n") } else if bi > 0 { w("\(blockNum[bi]):\n") }
      for i in b.instRange { inst(f, i) }
    }
    w("}\n\n")
  }

  func argName(_ k: Int) -> String {
    let f = m.functions[fnIndex]
    if k < f.argNames.count && f.argNames[k] != .empty { return name("%", f.argNames[k]) }
    return "%\(argNum[k])"
  }

  func value(_ v: Value) -> String {
    switch v.tag {
    case .inst:
      let f = m.functions[fnIndex]
      if v.index < f.instNames.count && f.instNames[v.index] != .empty { return name("%", f.instNames[v.index]) }
      if v.index < instNum.count { return "%\(instNum[v.index])" }
      return "%<bad inst \(v.index)>"
    case .argument: return argName(v.index)
    case .block:
      let f = m.functions[fnIndex]
      if v.index < f.blocks.count && f.blocks[v.index].name != .empty { return name("%", f.blocks[v.index].name) }
      return v.index < blockNum.count ? "%\(blockNum[v.index])" : "%<bad block>"
    case .global: return v.index < m.globals.count ? name("@", m.globals[v.index].name) : "@<bad global>"
    case .function: return v.index < m.functions.count ? name("@", m.functions[v.index].name) : "@<bad function>"
    case .alias: return v.index < m.aliases.count ? name("@", m.aliases[v.index].name) : "@<bad alias>"
    case .constant: return constant(ConstID(raw: UInt32(v.index)))
    case .metadata: return metadataOperand(UInt32(v.index))
    }
  }

  func typeOf(_ v: Value) -> TypeID {
    m.type(of: v, in: fnIndex >= 0 ? m.functions[fnIndex] : nil)
  }

  func typed(_ v: Value) -> String {
    let t = typeOf(v)
    if t == .metadata { return "metadata " + value(v) }
    return type(t) + " " + value(v)
  }

  // MARK: constants

  func constant(_ c: ConstID) -> String {
    let n = m.constants[c]
    switch n.kind {
    case .int:
      let w = m.types.intWidth(n.type)
      let words = Array(m.constants.words(c))
      if w == 1 { return words.first == 1 ? "true" : "false" }
      return IRPrinter.signedDecimal(words, width: w)
    case .float:
      let words = Array(m.constants.words(c))
      switch n.type {
      case .x86_fp80: return "0xK" + hex(words.count > 1 ? words[1] : 0, digits: 4) + hex(words.first ?? 0, digits: 16)
      case .fp128: return "0xL" + hex(words.first ?? 0, digits: 16) + hex(words.count > 1 ? words[1] : 0, digits: 16)
      default: return "0x" + hex(words.first ?? 0, digits: 16)
      }
    case .null: return "null"
    case .undef: return "undef"
    case .poison: return "poison"
    case .zero: return "zeroinitializer"
    case .string: return "c\"" + IRPrinter.escaped(m.constants.stringBytes(c)) + "\""
    case .data:
      var at = Int(n.start)
      return dataText(n.type, &at)
    case .aggregate:
      let es = m.constants.elements(c).map { typed($0) }.joined(separator: ", ")
      let tn = m.types[n.type]
      switch tn.kind {
      case .array: return "[\(es)]"
      case .vector: return "<\(es)>"
      default:
        let b = es.isEmpty ? "{}" : "{ \(es) }"
        return tn.packed ? "<\(b)>" : b
      }
    case .expr:
      let ops = Array(m.constants.elements(c))
      let fl = UInt8(truncatingIfNeeded: n.flags)
      if n.opcode == .getelementptr {
        var s = "getelementptr "
        if fl & InstFlags.inbounds != 0 { s += "inbounds " }
        if fl & InstFlags.nusw != 0 { s += "nusw " }
        if fl & InstFlags.nuw != 0 { s += "nuw " }
        return s + "(" + ([type(n.aux)] + ops.map { typed($0) }).joined(separator: ", ") + ")"
      }
      if n.opcode.isCast {
        return "\(n.opcode.name) (\(ops.first.map { typed($0) } ?? "") to \(type(n.type)))"
      }
      return "\(n.opcode.name)\(binFlags(n.opcode, fl)) (\(ops.map { typed($0) }.joined(separator: ", ")))"
    }
  }

  /// The text of the `.data` constant of type `t` whose packed leaves start at
  /// `m.constants.bytes[at]` (moved past them), as the aggregate it stands for would print:
  /// nested arrays and structs whose bytes are all zero as `zeroinitializer`.
  func dataText(_ t: TypeID, _ at: inout Int) -> String {
    let tn = m.types[t]
    if tn.kind == .integer {
      let w = Int(tn.a) / 8
      let v = m.constants.dataLeaf(at: at, width: w)
      at += w
      return IRPrinter.signedDecimal([v], width: tn.a)
    }
    let parts = (tn.kind == .array ? Array(repeating: TypeID(raw: tn.a), count: Int(tn.count)) : Array(m.types.fields(t))).map { et in
      let size = m.types.intLeafBytes(et) ?? 0
      if size > 0 && m.constants.dataIsZero(at: at, count: size) {
        at += size
        return type(et) + " zeroinitializer"
      }
      return type(et) + " " + dataText(et, &at)
    }.joined(separator: ", ")
    if tn.kind == .array { return "[\(parts)]" }
    return tn.packed ? "<{ \(parts) }>" : "{ \(parts) }"
  }

  func hex(_ v: UInt64, digits: Int) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - s.count)) + s
  }

  /// Two's-complement words (zero-extended above `width`) as a signed decimal.
  static func signedDecimal(_ words: [UInt64], width: UInt32) -> String {
    if words.isEmpty { return "0" }
    var w = words
    let top = Int(width - 1)
    let negative = top / 64 < w.count && (w[top / 64] >> UInt64(top % 64)) & 1 == 1
    if negative {
      // magnitude = two's complement negation within `width` bits
      var carry: UInt64 = 1
      for k in w.indices { let (s, o) = (~w[k]).addingReportingOverflow(carry); w[k] = s; carry = o ? 1 : 0 }
      let r = Int(width % 64)
      if r != 0 { w[w.count - 1] &= (1 << UInt64(r)) - 1 }
    }
    if w.count == 1 { return (negative ? "-" : "") + String(w[0]) }
    var digits: [String] = []
    while w.contains(where: { $0 != 0 }) {
      var rem: UInt64 = 0
      let d: UInt64 = 1_000_000_000_000_000_000
      for k in stride(from: w.count - 1, through: 0, by: -1) {
        let res = d.dividingFullWidth((high: rem, low: w[k]))
        w[k] = res.quotient; rem = res.remainder
      }
      digits.append(String(rem))
    }
    if digits.isEmpty { return "0" }
    var s = negative ? "-" : ""
    s += digits.last!
    for d in digits.dropLast().reversed() { s += String(repeating: "0", count: 18 - d.count) + d }
    return s
  }

  func binFlags(_ op: Opcode, _ f: UInt8) -> String {
    var s = ""
    switch op {
    case .add, .sub, .mul, .shl, .trunc:
      if f & InstFlags.nuw != 0 { s += " nuw" }
      if f & InstFlags.nsw != 0 { s += " nsw" }
    case .udiv, .sdiv, .lshr, .ashr:
      if f & InstFlags.exact != 0 { s += " exact" }
    case .or:
      if f & InstFlags.disjoint != 0 { s += " disjoint" }
    case .zext, .uitofp:
      if f & InstFlags.nneg != 0 { s += " nneg" }
    default: break
    }
    return s
  }

  // MARK: instructions

  mutating func inst(_ f: Function, _ i: Int) {
    let inst = f.insts[i]
    let ops = Array(f.operands(of: InstID(i)))
    var s = "  "
    if inst.type != .void && inst.op != .dbgRecord { s += value(.inst(InstID(i))) + " = " }
    func align() -> String { inst.align.map { ", align \($0)" } ?? "" }
    switch inst.op {
    case .ret:
      s += ops.isEmpty ? "ret void" : "ret " + typed(ops[0])
    case .br:
      if ops.count == 1 { s += "br label \(value(ops[0]))" }
      else if ops.count == 3 { s += "br \(typed(ops[0])), label \(value(ops[1])), label \(value(ops[2]))" }
    case .switch_:
      s += "switch \(typed(ops[0])), label \(value(ops[1])) ["
      var k = 2
      while k + 1 < ops.count { s += "\n    \(typed(ops[k])), label \(value(ops[k + 1]))"; k += 2 }
      s += "\n  ]"
    case .call, .invoke:
      let fnTy = TypeID(raw: inst.aux)
      if inst.op == .call {
        if inst.flags & InstFlags.tail != 0 { s += "tail " }
        if inst.flags & InstFlags.musttail != 0 { s += "musttail " }
        if inst.flags & InstFlags.notail != 0 { s += "notail " }
        s += "call "
      } else {
        s += "invoke "
      }
      let base = Int(inst.aux2)
      let nargs = inst.op == .invoke ? ops.count - 3 : ops.count - 1
      if base < f.paramAttrs.count {
        let ra = attrs(f.paramAttrs[base])
        if !ra.isEmpty { s += String(ra.dropFirst()) + " " }
      }
      s += type(fnTy) + " " + value(ops[0]) + "("
      var args: [String] = []
      for k in 0..<max(0, nargs) {
        let a = base + 1 + k < f.paramAttrs.count ? attrs(f.paramAttrs[base + 1 + k]) : ""
        let v = ops[1 + k]
        let t = typeOf(v)
        args.append(t == .metadata ? "metadata " + value(v) : type(t) + a + " " + value(v))
      }
      s += args.joined(separator: ", ") + ")"
      if inst.op == .invoke && ops.count >= 3 {
        s += " to label \(value(ops[ops.count - 2])) unwind label \(value(ops[ops.count - 1]))"
      }
    case .resume: s += "resume " + typed(ops[0])
    case .unreachable: s += "unreachable"
    case .fneg, .freeze: s += "\(inst.op.name) \(typed(ops[0]))"
    case .extractvalue, .insertvalue:
      s += "\(inst.op.name) " + ops.map { typed($0) }.joined(separator: ", ")
      for k in Int(inst.aux)..<Int(inst.aux + inst.aux2) { s += ", \(f.extra[k])" }
    case .extractelement, .insertelement:
      s += "\(inst.op.name) " + ops.map { typed($0) }.joined(separator: ", ")
    case .alloca:
      s += "alloca \(type(TypeID(raw: inst.aux)))"
      if let c = ops.first, !(c.tag == .constant && m.constants[ConstID(raw: UInt32(c.index))].type == .i32
                                && m.constants.words(ConstID(raw: UInt32(c.index))).first == 1) {
        s += ", " + typed(c)
      }
      s += align()
    case .load:
      s += "load " + (inst.flags & InstFlags.volatile != 0 ? "volatile " : "") + "\(type(inst.type)), \(typed(ops[0]))" + align()
    case .store:
      s += "store " + (inst.flags & InstFlags.volatile != 0 ? "volatile " : "") + "\(typed(ops[0])), \(typed(ops[1]))" + align()
    case .getelementptr:
      s += "getelementptr "
      if inst.flags & InstFlags.inbounds != 0 { s += "inbounds " }
      if inst.flags & InstFlags.nusw != 0 { s += "nusw " }
      if inst.flags & InstFlags.nuw != 0 { s += "nuw " }
      s += type(TypeID(raw: inst.aux)) + ", " + ops.map { typed($0) }.joined(separator: ", ")
    case .icmp, .fcmp:
      let p = inst.op == .icmp ? (IntPredicate(rawValue: inst.pred).map { "\($0)" } ?? "?")
                               : (FloatPredicate(rawValue: inst.pred)?.name ?? "?")
      s += "\(inst.op.name) \(p) \(typed(ops[0])), \(value(ops[1]))"
    case .phi:
      s += "phi \(type(inst.type)) "
      var parts: [String] = []
      var k = 0
      while k + 1 < ops.count { parts.append("[ \(value(ops[k])), \(value(ops[k + 1])) ]"); k += 2 }
      s += parts.joined(separator: ", ")
    case .select:
      s += "select " + ops.map { typed($0) }.joined(separator: ", ")
    case .vaArg:
      s += "va_arg \(typed(ops[0])), \(type(inst.type))"
    case .landingpad:
      s += "landingpad \(type(inst.type))"
      if inst.flags & InstFlags.cleanup != 0 { s += " cleanup" }
      for (k, v) in ops.enumerated() {
        let kind = Int(inst.aux) + k < f.extra.count ? f.extra[Int(inst.aux) + k] : 0
        s += (kind == 0 ? " catch " : " filter ") + typed(v)
      }
    case .dbgRecord:
      let names = ["declare", "value", "assign", "label"]
      s = "    #dbg_\(inst.pred < 4 ? names[Int(inst.pred)] : "value")("
      s += ops.map { recordOperand($0) }.joined(separator: ", ") + ")"
      w(s + "\n")
      return
    default:
      if inst.op.isBinary {
        s += "\(inst.op.name)\(binFlags(inst.op, inst.flags)) \(typed(ops[0])), \(value(ops[1]))"
      } else if inst.op.isCast {
        s += "\(inst.op.name)\(binFlags(inst.op, inst.flags)) \(typed(ops[0])) to \(type(inst.type))"
      } else {
        s += "<unknown \(inst.op.name)>"
      }
    }
    if inst.dbg != .max { s += ", !dbg \(nodeRef(inst.dbg))" }
    w(s + "\n")
  }

  // MARK: metadata

  func isWrapper(_ n: UInt32) -> Bool {
    let k = m.metadata.nodes[Int(n)].kind
    if k == .empty { return false }
    let s = m.names.bytes(k)
    return s.elementsEqual("ValueAsMetadata".utf8) || s.elementsEqual("MDString".utf8)
  }

  /// `metadata X` operand text (without the `metadata` keyword).
  func metadataOperand(_ n: UInt32) -> String {
    if Int(n) >= m.metadata.nodes.count { return "!<bad>" }
    if isWrapper(n), let f = m.metadata.fields(of: n).first { return mdValue(f.value, tuple: true) }
    return nodeRef(n)
  }

  /// A debug-record argument: wrapped values print bare (`ptr %x`).
  func recordOperand(_ v: Value) -> String {
    if v.tag == .metadata { return metadataOperand(UInt32(v.index)) }
    return typed(v)
  }

  func nodeRef(_ n: UInt32) -> String {
    if let s = slotOf[n] { return "!\(s)" }
    if Int(n) >= m.metadata.nodes.count { return "!<bad>" }
    return nodeBody(n)
  }

  func nodeBody(_ n: UInt32) -> String {
    let node = m.metadata.nodes[Int(n)]
    let fields = m.metadata.fields(of: n)
    var s = node.distinct ? "distinct " : ""
    if node.kind == .empty {
      s += "!{" + fields.map { mdValue($0.value, tuple: true) }.joined(separator: ", ") + "}"
    } else {
      s += "!" + String(decoding: m.names.bytes(node.kind), as: UTF8.self) + "("
      s += fields.map { f in
        (f.name == .empty ? "" : String(decoding: m.names.bytes(f.name), as: UTF8.self) + ": ") + mdValue(f.value, tuple: false)
      }.joined(separator: ", ")
      s += ")"
    }
    return s
  }

  func mdValue(_ v: MDValue, tuple: Bool) -> String {
    switch v {
    case .null: return "null"
    case .node(let n): return nodeRef(n)
    case .int(let i): return String(i)
    case .string(let s): return (tuple ? "!" : "") + quoted(s)
    case .ident(let s): return String(decoding: m.names.bytes(s), as: UTF8.self)
    case .value(let v, let t): return type(t) + " " + value(v)
    }
  }
}
