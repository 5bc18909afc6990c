// Verifier for Kiln's SSA (see SSA.swift for the invariants it enforces).
//
// A failure here is a bug in Kiln (the lowering or a pass), not in the user's input, so messages
// name the function, the block and the instruction (printed with `printSSAInst`) rather than a
// source position: `function @f: block2: 'v3 = iadd.i32 v1, v2': operand 1 (v2) has type i64,
// expected i32`.
//
// Checks run in two phases per function. Phase 1 checks that every index (blocks' parameter and
// instruction ranges, operands, results, successors, block-call arguments, case tables,
// signatures) lies inside its array, and that no two blocks share an instruction; if anything is
// out of range the function is not examined further (later checks index freely). Phase 2 checks
// definitions (each value defined exactly once, where the values table says), block structure
// (non-empty, exactly one terminator, at the end; `landingpad` first), per-opcode operand /
// result counts and types, successor counts, block-call arguments against block parameters, the
// entry block against the signature, `ret` against the returns, and finally dominance of every
// use by its definition (over `SCFG`; uses in unreachable blocks are only checked for order
// within their block, as LLVM does). Module checks cover the symbol table (definitions point at
// the function/data object that names the symbol back, no duplicate names), data objects
// (bytes and relocations inside the module's arenas, sizes, alignment, relocations inside the
// bytes with width 4 or 8) and aliases.
// The verifier never traps on malformed input; it stops after `maxErrorsPerFunction` problems.

public enum SSAVerifier {
  public static let maxErrorsPerFunction = 50

  /// Checks every function of the module; returns the problems found (empty = valid). These are
  /// internal errors (a bug in Kiln), so messages name the function, block and instruction
  /// (printed with the printer) rather than source positions.
  public static func verify(_ m: SModule) -> [String] {
    var errors: [String] = []
    verifyModuleTables(m, &errors)
    var v = FunctionVerifier(module: m)
    for f in m.functions {
      v.run(f)
      errors.append(contentsOf: v.errors)
    }
    return errors
  }

  public static func verify(_ f: SFunction, in m: SModule) -> [String] {
    var v = FunctionVerifier(module: m)
    v.run(f)
    return v.errors
  }

  static func symbolText(_ m: SModule, _ s: SymbolID) -> String {
    s.index < m.symbols.count ? "@" + m.symbols[s.index].name : "@?\(s.raw)"
  }

  static func verifyModuleTables(_ m: SModule, _ errors: inout [String]) {
    let ns = m.symbols.count
    var aliasSymbols = Set<UInt32>()
    for (k, a) in m.aliases.enumerated() {
      if a.symbol.index >= ns || a.target.index >= ns {
        errors.append("alias \(k): symbol index out of range (\(a.symbol.raw) -> \(a.target.raw), \(ns) symbols)")
        continue
      }
      aliasSymbols.insert(a.symbol.raw)
      if m.symbols[a.symbol.index].definition != -1 {
        errors.append("alias \(symbolText(m, a.symbol)) also has a definition index")
      }
      if a.symbol == a.target { errors.append("alias \(symbolText(m, a.symbol)) refers to itself") }
    }
    var names = Set<String>()
    names.reserveCapacity(ns)
    for (k, sym) in m.symbols.enumerated() {
      let name = "@" + sym.name
      if sym.name.isEmpty { errors.append("symbol \(k) has an empty name") }
      else if !names.insert(sym.name).inserted { errors.append("symbol \(name) is declared more than once") }
      if sym.isDefined {
        let d = Int(sym.definition)
        if d == -1 {
          if !aliasSymbols.contains(UInt32(k)) { errors.append("defined symbol \(name) has no definition (no function, data object or alias)") }
        } else if sym.kind == .function {
          if d < 0 || d >= m.functions.count { errors.append("function symbol \(name): definition index \(d) out of range") }
          else if m.functions[d].symbol.index != k { errors.append("function symbol \(name): definition \(d) is the function of symbol \(m.functions[d].symbol.raw)") }
        } else {
          if d < 0 || d >= m.data.count { errors.append("data symbol \(name): definition index \(d) out of range") }
          else if m.data[d].symbol.index != k { errors.append("data symbol \(name): definition \(d) is the data object of symbol \(m.data[d].symbol.raw)") }
        }
      } else if sym.definition != -1 {
        errors.append("external symbol \(name) has a definition index (\(sym.definition))")
      }
    }
    for (j, f) in m.functions.enumerated() {
      guard f.symbol.index < ns else { errors.append("function \(j): symbol index \(f.symbol.raw) out of range"); continue }
      let sym = m.symbols[f.symbol.index]
      if sym.kind != .function { errors.append("function \(j): symbol @\(sym.name) is not a function symbol") }
      if !sym.isDefined || sym.definition != Int32(j) { errors.append("function \(j): symbol @\(sym.name) does not name it as its definition") }
    }
    for (j, d) in m.data.enumerated() {
      guard d.symbol.index < ns else { errors.append("data \(j): symbol index \(d.symbol.raw) out of range"); continue }
      let sym = m.symbols[d.symbol.index]
      let name = "data @\(sym.name)"
      if sym.kind != .data { errors.append("\(name): symbol is not a data symbol") }
      if !sym.isDefined || sym.definition != Int32(j) { errors.append("\(name): symbol does not name it as its definition") }
      if d.align == 0 || d.align & (d.align - 1) != 0 { errors.append("\(name): alignment \(d.align) is not a power of two") }
      guard d.bytes.lowerBound >= 0 && d.bytes.upperBound <= m.dataBytes.count else {
        errors.append("\(name): bytes \(d.bytes) are outside the \(m.dataBytes.count) bytes of the module's data"); continue
      }
      guard d.relocs.lowerBound >= 0 && d.relocs.upperBound <= m.dataRelocs.count else {
        errors.append("\(name): relocations \(d.relocs) are outside the \(m.dataRelocs.count) relocations of the module's data"); continue
      }
      let bytes = m.bytes(of: d), relocs = m.relocs(of: d)
      let zeroFill = d.section == .bss || d.section == .tbss
      if zeroFill {
        if !bytes.isEmpty && (UInt64(bytes.count) != d.size || bytes.contains(where: { $0 != 0 })) {
          errors.append("\(name): zero-fill section with non-zero or mis-sized bytes")
        }
        if !relocs.isEmpty { errors.append("\(name): zero-fill section with relocations") }
      } else if UInt64(bytes.count) != d.size {
        errors.append("\(name): has \(bytes.count) bytes but size \(d.size)")
      }
      if d.section == .cstring {
        if bytes.last != 0 { errors.append("\(name): .cstring data is not NUL-terminated") }
        else if bytes.dropLast().contains(0) { errors.append("\(name): .cstring data has an embedded NUL") }
      }
      var prevEnd: UInt64 = 0
      var sorted = true
      for r in relocs {
        if r.width != 4 && r.width != 8 { errors.append("\(name): reloc at +\(r.offset) has width \(r.width) (expected 4 or 8)") }
        if UInt64(r.offset) + UInt64(r.width) > UInt64(bytes.count) {
          errors.append("\(name): reloc at +\(r.offset) (\(r.width) bytes) is outside the \(bytes.count) bytes of data")
        }
        if r.symbol.index >= ns { errors.append("\(name): reloc at +\(r.offset) refers to symbol \(r.symbol.raw), out of range") }
        if UInt64(r.offset) < prevEnd { sorted = false }
        prevEnd = UInt64(r.offset) + UInt64(r.width)
      }
      if !sorted { errors.append("\(name): relocations overlap or are not sorted by offset") }
    }
  }
}

/// Per-function checker; keeps its scratch arrays (and the CFG) between functions.
struct FunctionVerifier {
  let m: SModule
  let ptr: SType
  var f = SFunction(symbol: SymbolID(raw: 0))
  var errors: [String] = []
  var cfg = SCFG()
  var instOwner: [UInt32] = []
  var defined: [UInt8] = []
  var caseScratch: [UInt64] = []
  var stopped = false
  var fname = ""

  init(module: SModule) {
    m = module
    ptr = module.target.pointerType
  }

  // MARK: reporting

  mutating func add(_ msg: String) {
    if stopped { return }
    if errors.count >= SSAVerifier.maxErrorsPerFunction {
      errors.append("function \(fname): too many errors, stopping")
      stopped = true
      return
    }
    errors.append("function \(fname): " + msg)
  }
  mutating func blockError(_ b: Int, _ msg: String) { add("block\(b): " + msg) }
  mutating func instError(_ i: Int, _ msg: String) {
    let b = i < instOwner.count && instOwner[i] != SCFG.none ? "block\(instOwner[i])" : "inst \(i)"
    add("\(b): '\(printSSAInst(SInstID(i), in: f, module: m))': " + msg)
  }

  // MARK: driver

  mutating func run(_ fn: SFunction) {
    f = fn
    errors.removeAll()
    stopped = false
    fname = SSAVerifier.symbolText(m, f.symbol)
    guard checkIndices() else { return }
    checkDefinitions()
    checkBlocks()
    checkEntry()
    for b in f.blocks.indices {
      let blk = f.blocks[b]
      for i in Int(blk.instStart)..<Int(blk.instEnd) { checkInst(i) }
    }
    if stopped { return }
    checkDominance()
  }

  // MARK: phase 1: indices

  mutating func checkIndices() -> Bool {
    let before = errors.count
    let nv = f.values.count, nb = f.blocks.count, ni = f.insts.count
    if f.signatures.isEmpty { add("has no signature (signatures[0] is the function's own)") }
    for (k, sig) in f.signatures.enumerated() {
      if Int(sig.paramStart) + Int(sig.paramCount) > f.abiParams.count || Int(sig.retStart) + Int(sig.retCount) > f.abiParams.count {
        add("sig\(k): parameter or return range outside abiParams (\(f.abiParams.count))")
        continue
      }
      if sig.fixedCount > sig.paramCount { add("sig\(k): fixedCount \(sig.fixedCount) exceeds paramCount \(sig.paramCount)") }
      if !sig.isVarArg && sig.fixedCount != sig.paramCount { add("sig\(k): fixedCount \(sig.fixedCount) differs from paramCount \(sig.paramCount) in a non-variadic signature") }
    }
    for (k, p) in f.abiParams.enumerated() where p.type == .none { add("abi param \(k) has type none") }
    if nb == 0 { add("has no blocks"); return false }
    if let p = f.personality, p.index >= m.symbols.count { add("personality symbol \(p.raw) out of range") }
    for (k, lp) in f.landingPads.enumerated() {
      for cl in lp.clauses { if let s = cl.symbol, s.index >= m.symbols.count { add("lp\(k): clause symbol \(s.raw) out of range") } }
    }
    instOwner.removeAll(keepingCapacity: true)
    instOwner.append(contentsOf: repeatElement(SCFG.none, count: ni))
    for b in 0..<nb {
      let blk = f.blocks[b]
      if Int(blk.paramStart) + Int(blk.paramCount) > f.blockParams.count {
        blockError(b, "parameter range \(blk.paramStart)+\(blk.paramCount) outside blockParams (\(f.blockParams.count))")
      } else {
        for v in f.params(SBlockID(b)) where v.index >= nv { blockError(b, "parameter v\(v.raw) is not in the values table (\(nv) values)") }
      }
      if blk.instStart > blk.instEnd || Int(blk.instEnd) > ni {
        blockError(b, "instruction range \(blk.instStart)..<\(blk.instEnd) outside insts (\(ni))")
        continue
      }
      if blk.instStart == blk.instEnd { continue }   // reported in phase 2
      for i in Int(blk.instStart)..<Int(blk.instEnd) {
        if instOwner[i] != SCFG.none { blockError(b, "instruction \(i) also belongs to block\(instOwner[i])") }
        else { instOwner[i] = UInt32(b) }
      }
    }
    if errors.count != before { return false }
    for i in 0..<ni where instOwner[i] != SCFG.none {
      let inst = f.insts[i]
      let b = Int(instOwner[i])
      func here(_ msg: String) -> String { "block\(b): inst \(i) (\(SSAPrinter.opName(inst.op))): " + msg }
      if Int(inst.operandStart) + Int(inst.operandCount) > f.operands.count {
        add(here("operand range \(inst.operandStart)+\(inst.operandCount) outside operands (\(f.operands.count))"))
      } else {
        for k in Int(inst.operandStart)..<Int(inst.operandStart + inst.operandCount) {
          let v = f.operands[k]
          if v.index >= nv { add(here("operand v\(v == .none ? "?" : String(v.raw)) is not in the values table (\(nv) values)")) }
        }
      }
      if inst.resultCount > 0 && (inst.result == .none || inst.result.index + Int(inst.resultCount) > nv) {
        add(here("results v\(inst.result == .none ? "?" : String(inst.result.raw))+\(inst.resultCount) are not in the values table (\(nv) values)"))
      }
      if !inst.op.isTerminator {
        if inst.succCount != 0 { add(here("non-terminator with \(inst.succCount) successors")) }
        continue
      }
      if Int(inst.succStart) + Int(inst.succCount) > f.succs.count {
        add(here("successor range \(inst.succStart)+\(inst.succCount) outside succs (\(f.succs.count))"))
        continue
      }
      for e in Int(inst.succStart)..<Int(inst.succStart + inst.succCount) {
        let call = f.succs[e]
        if call.block.index >= nb { add(here("branch to block\(call.block.raw), which does not exist (\(nb) blocks)")) }
        if Int(call.argStart) + Int(call.argCount) > f.blockArgs.count {
          add(here("block-call argument range \(call.argStart)+\(call.argCount) outside blockArgs (\(f.blockArgs.count))"))
        } else {
          for k in Int(call.argStart)..<Int(call.argStart + call.argCount) {
            let v = f.blockArgs[k]
            if v.index >= nv { add(here("block argument v\(v == .none ? "?" : String(v.raw)) is not in the values table (\(nv) values)")) }
          }
        }
      }
      if inst.op == .switch_ && inst.succCount >= 1 && Int(inst.caseStart) + Int(inst.succCount) - 1 > f.switchCases.count {
        add(here("case range \(inst.caseStart)+\(inst.succCount - 1) outside switchCases (\(f.switchCases.count))"))
      }
    }
    return errors.count == before
  }

  // MARK: phase 2

  func describeDef(_ d: SValueDef) -> String {
    d.isParam ? "parameter \(d.index) of block\(d.owner)" : "result \(d.index) of inst \(d.owner)"
  }

  mutating func checkDefinitions() {
    let nv = f.values.count
    defined.removeAll(keepingCapacity: true)
    defined.append(contentsOf: repeatElement(0, count: nv))
    for b in f.blocks.indices {
      let blk = f.blocks[b]
      for k in 0..<Int(blk.paramCount) {
        let v = f.blockParams[Int(blk.paramStart) + k]
        if defined[v.index] != 0 { blockError(b, "v\(v.raw) is defined more than once"); continue }
        defined[v.index] = 1
        let d = f.values[v.index]
        if !d.isParam || d.owner != UInt32(b) || d.index != UInt32(k) {
          blockError(b, "v\(v.raw) is parameter \(k) of block\(b), but the values table says \(describeDef(d))")
        }
        if d.type == .none { blockError(b, "parameter v\(v.raw) has type none") }
      }
    }
    for i in f.insts.indices where instOwner[i] != SCFG.none {
      let inst = f.insts[i]
      for k in 0..<Int(inst.resultCount) {
        let v = inst.result.index + k
        if defined[v] != 0 { instError(i, "v\(v) is defined more than once"); continue }
        defined[v] = 1
        let d = f.values[v]
        if d.isParam || d.owner != UInt32(i) || d.index != UInt32(k) {
          instError(i, "v\(v) is result \(k) of inst \(i), but the values table says \(describeDef(d))")
        }
        if d.type == .none { instError(i, "result v\(v) has type none") }
      }
    }
    for v in 0..<nv where defined[v] == 0 {
      add("v\(v) is never defined (the values table says \(describeDef(f.values[v])))")
    }
  }

  mutating func checkBlocks() {
    for b in f.blocks.indices {
      let blk = f.blocks[b]
      let s = Int(blk.instStart), e = Int(blk.instEnd)
      if s == e { blockError(b, "block is empty (it must end in a terminator)"); continue }
      for i in s..<(e - 1) where f.insts[i].op.isTerminator { instError(i, "terminator in the middle of block\(b)") }
      if !f.insts[e - 1].op.isTerminator { instError(e - 1, "block\(b) does not end in a terminator") }
      for i in (s + 1)..<e where f.insts[i].op == .landingpad { instError(i, "landingpad must be the first instruction of its block") }
    }
  }

  mutating func checkEntry() {
    guard let sig = f.signatures.first, Int(sig.paramStart) + Int(sig.paramCount) <= f.abiParams.count else { return }
    let params = f.params(SBlockID(0))
    let abi = f.params(of: sig)
    if params.count != abi.count {
      blockError(0, "entry block has \(params.count) parameters, the signature has \(abi.count)")
      return
    }
    for (k, (v, p)) in zip(params, abi).enumerated() where f.values[v.index].type != p.type {
      blockError(0, "entry parameter \(k) (v\(v.raw)) has type \(f.values[v.index].type), the signature says \(p.type)")
    }
  }

  // MARK: per-instruction checks

  @inline(__always) func opType(_ inst: SInst, _ k: Int) -> SType {
    f.values[f.operands[Int(inst.operandStart) + k].index].type
  }

  mutating func expectOperands(_ i: Int, _ inst: SInst, _ n: Int) -> Bool {
    if Int(inst.operandCount) != n {
      instError(i, "expected \(n) operand\(n == 1 ? "" : "s"), got \(inst.operandCount)")
      return false
    }
    return true
  }
  mutating func expectResults(_ i: Int, _ inst: SInst, _ n: Int) -> Bool {
    if Int(inst.resultCount) != n {
      instError(i, "expected \(n) result\(n == 1 ? "" : "s"), got \(inst.resultCount)")
      return false
    }
    return true
  }
  mutating func expectOperandType(_ i: Int, _ inst: SInst, _ k: Int, _ t: SType) {
    let v = f.operands[Int(inst.operandStart) + k]
    let vt = f.values[v.index].type
    if vt != t { instError(i, "operand \(k) (v\(v.raw)) has type \(vt), expected \(t)") }
  }
  mutating func expectResultType(_ i: Int, _ inst: SInst, _ k: Int, _ t: SType) {
    let v = inst.result.index + k
    let vt = f.values[v].type
    if vt != t { instError(i, "result v\(v) has type \(vt), expected \(t)") }
  }
  mutating func expectSuccs(_ i: Int, _ inst: SInst, _ n: Int) {
    if Int(inst.succCount) != n { instError(i, "\(SSAPrinter.opName(inst.op)) needs \(n) successor\(n == 1 ? "" : "s"), got \(inst.succCount)") }
  }
  /// `n` operands, all of `t`, and one result of `r` (or none when `r` is nil).
  mutating func simple(_ i: Int, _ inst: SInst, operands n: Int, _ t: SType, result r: SType?) {
    if expectOperands(i, inst, n) { for k in 0..<n { expectOperandType(i, inst, k, t) } }
    if let r {
      if expectResults(i, inst, 1) { expectResultType(i, inst, 0, r) }
    } else {
      _ = expectResults(i, inst, 0)
    }
  }
  mutating func requireInt(_ i: Int, _ inst: SInst) -> Bool {
    if !inst.type.isInt { instError(i, "\(SSAPrinter.opName(inst.op)) needs an integer type, got \(inst.type)"); return false }
    return true
  }
  mutating func requireFloat(_ i: Int, _ inst: SInst) -> Bool {
    if !inst.type.isFloat { instError(i, "\(SSAPrinter.opName(inst.op)) needs a float type, got \(inst.type)"); return false }
    return true
  }
  /// One operand converted to `inst.type`; returns the operand type (nil when the count is wrong).
  mutating func conversion(_ i: Int, _ inst: SInst) -> SType? {
    let ok = expectOperands(i, inst, 1)
    if expectResults(i, inst, 1) { expectResultType(i, inst, 0, inst.type) }
    return ok ? opType(inst, 0) : nil
  }

  mutating func checkInst(_ i: Int) {
    if stopped { return }
    let inst = f.insts[i]
    let t = inst.type
    switch inst.op {
    case .iconst:
      guard requireInt(i, inst) else { return }
      simple(i, inst, operands: 0, t, result: t)
      if t.bits < 64 && (inst.imm < 0 || inst.imm >> Int64(t.bits) != 0) {
        instError(i, "iconst value \(inst.imm) does not fit \(t) (bits above the type must be zero)")
      }
    case .fconst:
      guard requireFloat(i, inst) else { return }
      simple(i, inst, operands: 0, t, result: t)
      if t == .f32 && inst.imm >> 32 != 0 { instError(i, "fconst.f32 bits \(inst.imm) do not fit 32 bits") }
    case .iadd, .isub, .imul, .umulhi, .smulhi, .udiv, .sdiv, .urem, .srem, .band, .bor, .bxor, .shl, .lshr, .ashr:
      guard requireInt(i, inst) else { return }
      simple(i, inst, operands: 2, t, result: t)
    case .sextInReg:
      guard requireInt(i, inst) else { return }
      simple(i, inst, operands: 1, t, result: t)
      if inst.imm < 1 || inst.imm >= Int64(t.bits) { instError(i, "sext_in_reg width \(inst.imm) out of range for \(t)") }
    case .clz, .ctz, .popcnt:
      guard requireInt(i, inst) else { return }
      simple(i, inst, operands: 1, t, result: t)
    case .bswap:
      guard requireInt(i, inst) else { return }
      if t == .i8 { instError(i, "bswap needs at least 16 bits, got i8") }
      simple(i, inst, operands: 1, t, result: t)
    case .icmp:
      guard requireInt(i, inst) else { return }
      simple(i, inst, operands: 2, t, result: .i8)
      if Int(inst.cc) >= 10 { instError(i, "icmp predicate \(inst.cc) out of range") }
    case .fcmp:
      guard requireFloat(i, inst) else { return }
      simple(i, inst, operands: 2, t, result: .i8)
      if Int(inst.cc) >= 16 { instError(i, "fcmp predicate \(inst.cc) out of range") }
    case .select:
      if t == .none { instError(i, "select needs a type"); return }
      if expectOperands(i, inst, 3) {
        expectOperandType(i, inst, 0, .i8)
        expectOperandType(i, inst, 1, t)
        expectOperandType(i, inst, 2, t)
      }
      if expectResults(i, inst, 1) { expectResultType(i, inst, 0, t) }
    case .fadd, .fsub, .fmul, .fdiv, .fmin, .fmax, .fcopysign:
      guard requireFloat(i, inst) else { return }
      simple(i, inst, operands: 2, t, result: t)
    case .fneg, .fabs, .fsqrt:
      guard requireFloat(i, inst) else { return }
      simple(i, inst, operands: 1, t, result: t)
    case .uextend, .sextend:
      guard requireInt(i, inst), let from = conversion(i, inst) else { return }
      if !from.isInt || from.bits >= t.bits { instError(i, "\(SSAPrinter.opName(inst.op)) must widen an integer: \(from) to \(t)") }
    case .ireduce:
      guard requireInt(i, inst), let from = conversion(i, inst) else { return }
      if !from.isInt || from.bits <= t.bits { instError(i, "ireduce must narrow an integer: \(from) to \(t)") }
    case .fpromote:
      guard let from = conversion(i, inst) else { return }
      if from != .f32 || t != .f64 { instError(i, "fpromote must convert f32 to f64, got \(from) to \(t)") }
    case .fdemote:
      guard let from = conversion(i, inst) else { return }
      if from != .f64 || t != .f32 { instError(i, "fdemote must convert f64 to f32, got \(from) to \(t)") }
    case .fcvtToSInt, .fcvtToUInt:
      guard let from = conversion(i, inst) else { return }
      if !from.isFloat || !t.isInt { instError(i, "\(SSAPrinter.opName(inst.op)) must convert a float to an integer, got \(from) to \(t)") }
    case .fcvtFromSInt, .fcvtFromUInt:
      guard let from = conversion(i, inst) else { return }
      if !from.isInt || !t.isFloat { instError(i, "\(SSAPrinter.opName(inst.op)) must convert an integer to a float, got \(from) to \(t)") }
    case .bitcast:
      guard let from = conversion(i, inst) else { return }
      if !((from.isInt && t.isFloat) || (from.isFloat && t.isInt)) || from.bytes != t.bytes {
        instError(i, "bitcast must reinterpret between an integer and a float of the same size, got \(from) to \(t)")
      }
    case .load:
      if t == .none { instError(i, "load needs a memory type"); return }
      if expectOperands(i, inst, 1) { expectOperandType(i, inst, 0, ptr) }
      if expectResults(i, inst, 1) { expectResultType(i, inst, 0, t) }
    case .store:
      if t == .none { instError(i, "store needs a memory type"); return }
      if expectOperands(i, inst, 2) { expectOperandType(i, inst, 0, t); expectOperandType(i, inst, 1, ptr) }
      _ = expectResults(i, inst, 0)
    case .stackAddr:
      if t != ptr { instError(i, "stack_addr must have the pointer type \(ptr)") }
      simple(i, inst, operands: 0, ptr, result: ptr)
      if Int(inst.aux) >= f.stackSlots.count { instError(i, "stack slot ss\(inst.aux) out of range (\(f.stackSlots.count) slots)") }
    case .globalAddr:
      if t != ptr { instError(i, "global_addr must have the pointer type \(ptr)") }
      simple(i, inst, operands: 0, ptr, result: ptr)
      if Int(inst.aux) >= m.symbols.count { instError(i, "symbol \(inst.aux) out of range (\(m.symbols.count) symbols)") }
    case .memcpy, .memmove:
      simple(i, inst, operands: 3, ptr, result: nil)
    case .memset:
      if expectOperands(i, inst, 3) {
        expectOperandType(i, inst, 0, ptr); expectOperandType(i, inst, 1, .i8); expectOperandType(i, inst, 2, ptr)
      }
      _ = expectResults(i, inst, 0)
    case .dynAlloca:
      simple(i, inst, operands: 1, ptr, result: ptr)
    case .stackSave:
      simple(i, inst, operands: 0, ptr, result: ptr)
    case .stackRestore, .vaStart:
      simple(i, inst, operands: 1, ptr, result: nil)
      if inst.op == .vaStart, let sig = f.signatures.first, !sig.isVarArg { instError(i, "va_start in a function that is not variadic") }
    case .vaCopy:
      simple(i, inst, operands: 2, ptr, result: nil)
    case .trap:
      simple(i, inst, operands: 0, .none, result: nil)
    case .call:
      checkCall(i, inst, indirect: false)
    case .callIndirect:
      checkCall(i, inst, indirect: true)
    case .landingpad:
      _ = expectOperands(i, inst, 0)
      if expectResults(i, inst, 2) { expectResultType(i, inst, 0, ptr); expectResultType(i, inst, 1, .i32) }
      if Int(inst.aux) >= f.landingPads.count { instError(i, "landing pad lp\(inst.aux) out of range (\(f.landingPads.count) landing pads)") }
    case .jump:
      simple(i, inst, operands: 0, .none, result: nil)
      expectSuccs(i, inst, 1)
    case .brif:
      simple(i, inst, operands: 1, .i8, result: nil)
      expectSuccs(i, inst, 2)
    case .switch_:
      guard requireInt(i, inst) else { return }
      simple(i, inst, operands: 1, t, result: nil)
      if inst.succCount < 1 { instError(i, "switch needs a default successor"); return }
      checkSwitchCases(i, inst)
    case .ret:
      _ = expectResults(i, inst, 0)
      expectSuccs(i, inst, 0)
      guard let sig = f.signatures.first, Int(sig.retStart) + Int(sig.retCount) <= f.abiParams.count else { return }
      if inst.operandCount != sig.retCount {
        instError(i, "ret has \(inst.operandCount) values, the signature returns \(sig.retCount)")
      } else {
        for (k, p) in f.returns(of: sig).enumerated() { expectOperandType(i, inst, k, p.type) }
      }
    case .unreachable:
      simple(i, inst, operands: 0, .none, result: nil)
      expectSuccs(i, inst, 0)
    case .invoke:
      checkCall(i, inst, indirect: inst.flags & SFlags.indirect != 0)
      expectSuccs(i, inst, 2)
      if inst.succCount == 2 {
        let lb = f.succs[Int(inst.succStart) + 1].block.index
        let blk = f.blocks[lb]
        if blk.instStart == blk.instEnd || f.insts[Int(blk.instStart)].op != .landingpad {
          instError(i, "unwind destination block\(lb) does not start with a landingpad")
        }
        if f.succs[Int(inst.succStart)].block.index == lb { instError(i, "normal and unwind destinations are the same block") }
      }
    case .resume:
      if expectOperands(i, inst, 2) { expectOperandType(i, inst, 0, ptr); expectOperandType(i, inst, 1, .i32) }
      _ = expectResults(i, inst, 0)
      expectSuccs(i, inst, 0)
    }
    if inst.op.isTerminator { checkBlockCalls(i, inst) }
  }

  mutating func checkCall(_ i: Int, _ inst: SInst, indirect: Bool) {
    guard Int(inst.aux) < f.signatures.count else {
      instError(i, "signature sig\(inst.aux) out of range (\(f.signatures.count) signatures)")
      return
    }
    let sig = f.signatures[Int(inst.aux)]
    guard Int(sig.paramStart) + Int(sig.paramCount) <= f.abiParams.count,
          Int(sig.retStart) + Int(sig.retCount) <= f.abiParams.count else { return }  // reported
    var first = 0
    if indirect {
      guard inst.operandCount >= 1 else { instError(i, "indirect call without a callee operand"); return }
      expectOperandType(i, inst, 0, ptr)
      first = 1
    } else if Int(inst.aux2) >= m.symbols.count {
      instError(i, "callee symbol \(inst.aux2) out of range (\(m.symbols.count) symbols)")
    } else if m.symbols[Int(inst.aux2)].kind != .function {
      instError(i, "callee @\(m.symbols[Int(inst.aux2)].name) is not a function symbol")
    }
    let n = Int(inst.operandCount) - first
    if sig.isVarArg {
      if n < Int(sig.fixedCount) { instError(i, "variadic call passes \(n) arguments, the signature has \(sig.fixedCount) fixed parameters") }
    } else if n != Int(sig.paramCount) {
      instError(i, "call passes \(n) arguments, the signature has \(sig.paramCount) parameters")
    }
    for (k, p) in f.params(of: sig).prefix(n).enumerated() { expectOperandType(i, inst, first + k, p.type) }
    if Int(inst.resultCount) != Int(sig.retCount) {
      instError(i, "call has \(inst.resultCount) results, the signature returns \(sig.retCount)")
    } else {
      for (k, p) in f.returns(of: sig).enumerated() { expectResultType(i, inst, k, p.type) }
    }
  }

  mutating func checkSwitchCases(_ i: Int, _ inst: SInst) {
    let n = Int(inst.succCount) - 1
    let cs = Int(inst.caseStart)
    caseScratch.removeAll(keepingCapacity: true)
    caseScratch.append(contentsOf: f.switchCases[cs..<(cs + n)])
    let bits = inst.type.bits
    for c in caseScratch where bits < 64 && c >> UInt64(bits) != 0 {
      instError(i, "switch case \(c) does not fit \(inst.type)")
    }
    caseScratch.sort()
    if n > 1 {
      for k in 1..<n where caseScratch[k] == caseScratch[k - 1] { instError(i, "duplicate switch case \(caseScratch[k])") }
    }
  }

  mutating func checkBlockCalls(_ i: Int, _ inst: SInst) {
    for e in Int(inst.succStart)..<Int(inst.succStart + inst.succCount) {
      let call = f.succs[e]
      let target = call.block.index
      if target == 0 { instError(i, "branch to the entry block") }
      let blk = f.blocks[target]
      if blk.paramCount != call.argCount {
        instError(i, "block\(target) takes \(blk.paramCount) parameters, the branch passes \(call.argCount)")
        continue
      }
      for k in 0..<Int(call.argCount) {
        let a = f.blockArgs[Int(call.argStart) + k], p = f.blockParams[Int(blk.paramStart) + k]
        let at = f.values[a.index].type, pt = f.values[p.index].type
        if at != pt { instError(i, "argument \(k) (v\(a.raw)) to block\(target) has type \(at), parameter v\(p.raw) is \(pt)") }
      }
    }
  }

  // MARK: dominance

  mutating func checkDominance() {
    cfg.compute(f)
    for i in f.insts.indices where instOwner[i] != SCFG.none {
      let inst = f.insts[i]
      let use = SInstID(i)
      for k in 0..<Int(inst.operandCount) {
        let v = f.operands[Int(inst.operandStart) + k]
        if defined[v.index] == 0 { continue }
        if isOwnInvokeResult(inst, v) {
          instError(i, "operand \(k) (v\(v.raw)) is a result of this invoke")
        } else if !cfg.defDominatesUse(v, at: use, in: f) {
          instError(i, "operand \(k) (v\(v.raw)) is not dominated by its definition")
        }
      }
      guard inst.op.isTerminator else { continue }
      for s in 0..<Int(inst.succCount) {
        let call = f.succs[Int(inst.succStart) + s]
        for a in Int(call.argStart)..<Int(call.argStart + call.argCount) {
          let v = f.blockArgs[a]
          if defined[v.index] == 0 { continue }
          if isOwnInvokeResult(inst, v) {
            if s != 0 { instError(i, "v\(v.raw), a result of this invoke, is passed along its unwind edge") }
          } else if !cfg.defDominatesUse(v, at: use, in: f) {
            instError(i, "argument v\(v.raw) to block\(call.block.raw) is not dominated by its definition")
          }
        }
      }
    }
  }

  @inline(__always) func isOwnInvokeResult(_ inst: SInst, _ v: SValue) -> Bool {
    inst.op == .invoke && inst.resultCount > 0 && v.raw >= inst.result.raw && v.raw < inst.result.raw + UInt32(inst.resultCount)
  }
}
