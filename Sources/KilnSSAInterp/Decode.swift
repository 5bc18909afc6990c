// Decoding: every `SFunction` becomes a run of `DInst`s in one global array (instruction k of a
// function is at `funcs[f].codeStart + k`, so block starts map directly), with:
// - opcodes specialized by type (loads/stores by size, float ops by precision, icmp by predicate);
//   integer ops carry their container mask in `imm` and `64 - bits` in `c` (for sign extension);
// - `globalAddr` folded to a constant; `stackAddr` to the slot's offset in the frame;
// - branch targets as `DEdge`s: target pc + (src, dst) value pairs in `pool`, flagged when the
//   parallel assignment needs a temporary (a destination is read by a later pair);
// - calls as `DCall`s (resolved callee, argument values, ABI params, result values).
// Malformed SSA (an index out of range) never crashes: the offending instruction decodes to
// `.unsupported` with a message, reported only if it executes.

import KilnSSA

enum DOp: UInt8 {
  case const_, mask, sextend
  case iadd, isub, imul, umulhi, smulhi, udiv, sdiv, urem, srem, band, bor, bxor, shl, lshr, ashr, sextInReg
  case clz, ctz, popcnt, bswap
  case ieq, ine, iugt, iuge, iult, iule, isgt, isge, islt, isle
  case fcmp32, fcmp64
  case select
  case fadd32, fsub32, fmul32, fdiv32, fneg32, fabs32, fsqrt32, fmin32, fmax32, fcopysign32
  case fadd64, fsub64, fmul64, fdiv64, fneg64, fabs64, fsqrt64, fmin64, fmax64, fcopysign64
  case fpromote, fdemote
  case f32ToSInt, f64ToSInt, f32ToUInt, f64ToUInt, sintToF32, sintToF64, uintToF32, uintToF64
  case load1, load2, load4, load8, store1, store2, store4, store8
  case stackAddr, memcpy, memmove, memset, dynAlloca, stackSave, stackRestore
  case call, vaStart, vaCopy, trap
  case jump, brif, switch_, ret, unreachable, unsupported
}

/// One decoded instruction (32 bytes). Operand fields hold frame-relative value indices unless
/// noted for the op.
struct DInst {
  var op: DOp = .unsupported
  var cc: UInt8 = 0
  var c: UInt8 = 0
  var flags: UInt8 = 0
  var dst: Int32 = 0
  var a: Int32 = 0
  var b: Int32 = 0
  var x: Int32 = 0
  var imm: UInt64 = 0
}

struct DEdge {
  var pc: Int32
  var pairStart: Int32
  var pairCount: Int32
  var temp: Bool
}

struct DAbi {
  var type: SType
  var flags: UInt8
  var byvalSize: UInt32
  var byvalAlign: UInt32
  var groupCount: UInt8 = 0
}

struct DCall {
  static let direct: UInt8 = 0, external: UInt8 = 1, indirect: UInt8 = 2, unknown: UInt8 = 3
  var kind: UInt8 = 0
  var isVarArg = false
  var hasByval = false
  var target: Int32 = 0      // function index / external id / symbol index (unknown)
  var callee: Int32 = 0      // indirect: the callee value
  var argStart: Int32 = 0    // values in `pool`
  var argCount: Int32 = 0
  var abiStart: Int32 = 0    // params (argCount) then returns (retCount) in `abis`
  var fixedCount: Int32 = 0
  var retDst: Int32 = 0
  var retCount: Int32 = 0
}

struct DSwitch {
  var defaultEdge: Int32
  var caseStart: Int32
  var caseCount: Int32
}

struct DCase {
  var value: UInt64
  var edge: Int32
}

struct DFunc {
  var codeStart: Int32 = 0
  var entryPC: Int32 = 0
  var valueCount: Int32 = 0
  var frameSize: UInt64 = 0
  var frameAlign: UInt64 = 16
  var paramStart: Int32 = 0   // entry block parameters in `pool`
  var paramCount: Int32 = 0
  var isVarArg = false
  var name: String = ""
}

private let intBinMap: [SOp: DOp] = [
  .iadd: .iadd, .isub: .isub, .imul: .imul, .umulhi: .umulhi, .smulhi: .smulhi, .udiv: .udiv, .sdiv: .sdiv,
  .urem: .urem, .srem: .srem, .band: .band, .bor: .bor, .bxor: .bxor, .shl: .shl, .lshr: .lshr, .ashr: .ashr]
private let float32Map: [SOp: DOp] = [
  .fadd: .fadd32, .fsub: .fsub32, .fmul: .fmul32, .fdiv: .fdiv32, .fmin: .fmin32, .fmax: .fmax32,
  .fcopysign: .fcopysign32, .fneg: .fneg32, .fabs: .fabs32, .fsqrt: .fsqrt32]
private let float64Map: [SOp: DOp] = [
  .fadd: .fadd64, .fsub: .fsub64, .fmul: .fmul64, .fdiv: .fdiv64, .fmin: .fmin64, .fmax: .fmax64,
  .fcopysign: .fcopysign64, .fneg: .fneg64, .fabs: .fabs64, .fsqrt: .fsqrt64]
/// Indexed by `IntPredicate` raw value (eq ne ugt uge ult ule sgt sge slt sle).
private let icmpMap: [DOp] = [.ieq, .ine, .iugt, .iuge, .iult, .iule, .isgt, .isge, .islt, .isle]

@inline(__always) func maskOf(_ t: SType) -> UInt64 {
  t.bits >= 64 ? .max : (t.bits == 0 ? 0 : (UInt64(1) << UInt64(t.bits)) - 1)
}

extension Machine {
  func decodeModule() {
    let m = module
    funcs.reserveCapacity(m.functions.count)
    var total = 0
    for f in m.functions { total += f.insts.count }
    code.reserveCapacity(total)
    for f in m.functions { decode(f) }
  }

  private func unsupported(_ msg: String) -> DInst {
    var d = DInst()
    d.op = .unsupported
    d.imm = UInt64(messages.count)
    messages.append(msg)
    return d
  }

  private func decode(_ f: SFunction) {
    var df = DFunc()
    df.codeStart = Int32(code.count)
    df.valueCount = Int32(f.values.count)
    df.name = f.symbol.index < module.symbols.count ? module.symbols[f.symbol.index].name : "?"
    if let s = f.signatures.first { df.isVarArg = s.isVarArg }
    let base = code.count
    let nv = f.values.count
    // frame
    var off: UInt64 = 0
    var slotOff: [UInt64] = []
    for s in f.stackSlots {
      let a = UInt64(max(s.align, 1))
      if a > df.frameAlign { df.frameAlign = a }
      off = (off + a - 1) / a * a
      slotOff.append(off)
      off += UInt64(s.size)
    }
    df.frameSize = (off + 15) & ~15
    // entry
    if let b0 = f.blocks.first {
      df.entryPC = Int32(base + Int(b0.instStart))
      df.paramStart = Int32(pool.count)
      let ps = Int(b0.paramStart), pc = Int(b0.paramCount)
      if ps + pc <= f.blockParams.count {
        for k in 0..<pc {
          let v = f.blockParams[ps + k].index
          pool.append(v < nv ? Int32(v) : 0)
        }
        df.paramCount = Int32(pc)
      }
    } else {
      df.entryPC = Int32(base)
    }
    funcs.append(df)

    func val(_ v: SValue, _ bad: inout Bool) -> Int32 {
      if v.index >= nv { bad = true; return 0 }
      return Int32(v.index)
    }
    func edge(_ c: SBlockCall, _ bad: inout Bool) -> Int32 {
      guard c.block.index < f.blocks.count else { bad = true; return 0 }
      let blk = f.blocks[c.block.index]
      let ac = Int(c.argCount), asx = Int(c.argStart)
      guard asx + ac <= f.blockArgs.count, ac == Int(blk.paramCount),
            Int(blk.paramStart) + ac <= f.blockParams.count, blk.instStart < blk.instEnd,
            Int(blk.instEnd) <= f.insts.count else { bad = true; return 0 }
      let ps = Int32(pool.count)
      var temp = false
      for k in 0..<ac {
        let s = val(f.blockArgs[asx + k], &bad)
        let d = val(f.blockParams[Int(blk.paramStart) + k], &bad)
        pool.append(s); pool.append(d)
      }
      if ac > 1 {
        if ac > 48 { temp = true } else {
          outer: for k in 0..<ac {
            let d = pool[Int(ps) + 2 * k + 1]
            for j in (k + 1)..<ac where pool[Int(ps) + 2 * j] == d { temp = true; break outer }
          }
        }
      }
      maxEdgeArgs = max(maxEdgeArgs, ac)
      edges.append(DEdge(pc: Int32(base + Int(blk.instStart)), pairStart: ps, pairCount: Int32(ac), temp: temp))
      return Int32(edges.count - 1)
    }

    for inst in f.insts {
      var bad = false
      let os = Int(inst.operandStart), oc = Int(inst.operandCount)
      if os + oc > f.operands.count { code.append(unsupported("malformed ssa: operands out of range")); continue }
      func o(_ k: Int) -> Int32 { k < oc ? val(f.operands[os + k], &bad) : { bad = true; return 0 }() }
      func otype(_ k: Int) -> SType { k < oc && f.operands[os + k].index < nv ? f.values[f.operands[os + k].index].type : .none }
      let t = inst.type
      var d = DInst()
      let rc = Int(inst.resultCount)
      if rc > 0 {
        if inst.result.index + rc > nv { bad = true } else { d.dst = Int32(inst.result.index) }
      }
      let needsResult: Bool
      switch inst.op {
      case .store, .memcpy, .memmove, .memset, .stackRestore, .vaStart, .vaCopy, .trap, .call, .callIndirect,
           .jump, .brif, .switch_, .ret, .unreachable, .invoke, .resume, .landingpad:
        needsResult = false
      default: needsResult = true
      }
      if needsResult && rc == 0 { bad = true }
      d.imm = maskOf(t)
      d.c = UInt8(64 - max(t.bits, 8))
      switch inst.op {
      case .iconst:
        d.op = .const_; d.imm = UInt64(bitPattern: inst.imm) & maskOf(t)
      case .fconst:
        d.op = .const_; d.imm = t == .f32 ? UInt64(bitPattern: inst.imm) & 0xffff_ffff : UInt64(bitPattern: inst.imm)
      case .iadd, .isub, .imul, .umulhi, .smulhi, .udiv, .sdiv, .urem, .srem, .band, .bor, .bxor, .shl, .lshr, .ashr:
        d.op = intBinMap[inst.op] ?? .unsupported
        if !t.isInt { bad = true }
        d.a = o(0); d.b = o(1)
      case .sextInReg:
        d.op = .sextInReg; d.a = o(0)
        let n = Int(inst.imm)
        if !t.isInt || n < 1 || n > 64 { bad = true } else { d.x = Int32(64 - n) }
      case .clz, .ctz, .popcnt, .bswap:
        d.op = inst.op == .clz ? .clz : inst.op == .ctz ? .ctz : inst.op == .popcnt ? .popcnt : .bswap
        if !t.isInt { bad = true }
        d.a = o(0)
      case .icmp:
        if Int(inst.cc) < icmpMap.count { d.op = icmpMap[Int(inst.cc)] } else { bad = true }
        // the operand type decides the sign-extension shift
        let ot = t.isInt ? t : otype(0)
        d.c = UInt8(64 - max(ot.bits, 8))
        d.a = o(0); d.b = o(1)
      case .fcmp:
        let ot = t.isFloat ? t : otype(0)
        d.op = ot == .f32 ? .fcmp32 : .fcmp64
        if inst.cc > 15 || !ot.isFloat { bad = true }
        d.cc = inst.cc; d.a = o(0); d.b = o(1)
      case .select:
        d.op = .select; d.a = o(0); d.b = o(1); d.x = o(2)
      case .fadd, .fsub, .fmul, .fdiv, .fmin, .fmax, .fcopysign, .fneg, .fabs, .fsqrt:
        if !t.isFloat { bad = true }
        d.op = (t == .f32 ? float32Map[inst.op] : float64Map[inst.op]) ?? .unsupported
        d.a = o(0)
        if inst.op != .fneg && inst.op != .fabs && inst.op != .fsqrt { d.b = o(1) }
      case .uextend, .ireduce, .bitcast:
        d.op = .mask; d.a = o(0)
      case .sextend:
        let st = otype(0)
        if !st.isInt || !t.isInt { bad = true }
        d.op = .sextend; d.a = o(0); d.x = Int32(64 - max(st.bits, 8))
      case .fpromote: d.op = .fpromote; d.a = o(0)
      case .fdemote: d.op = .fdemote; d.a = o(0)
      case .fcvtToSInt, .fcvtToUInt:
        let st = otype(0)
        if !st.isFloat || !t.isInt { bad = true }
        if inst.op == .fcvtToSInt { d.op = st == .f32 ? .f32ToSInt : .f64ToSInt } else { d.op = st == .f32 ? .f32ToUInt : .f64ToUInt }
        d.a = o(0)
      case .fcvtFromSInt, .fcvtFromUInt:
        let st = otype(0)
        if !st.isInt || !t.isFloat { bad = true }
        if inst.op == .fcvtFromSInt { d.op = t == .f32 ? .sintToF32 : .sintToF64 } else { d.op = t == .f32 ? .uintToF32 : .uintToF64 }
        d.c = UInt8(64 - max(st.bits, 8))
        d.a = o(0)
      case .load, .store:
        let isLoad = inst.op == .load
        switch t.bytes {
        case 1: d.op = isLoad ? .load1 : .store1
        case 2: d.op = isLoad ? .load2 : .store2
        case 4: d.op = isLoad ? .load4 : .store4
        case 8: d.op = isLoad ? .load8 : .store8
        default: bad = true
        }
        if isLoad { d.a = o(0) } else { d.a = o(0); d.b = o(1) }
        d.imm = UInt64(bitPattern: inst.imm)
      case .stackAddr:
        d.op = .stackAddr
        if Int(inst.aux) < slotOff.count { d.imm = slotOff[Int(inst.aux)] &+ UInt64(bitPattern: inst.imm) } else { bad = true }
      case .globalAddr:
        d.op = .const_
        if Int(inst.aux) < symAddr.count { d.imm = (symAddr[Int(inst.aux)] &+ UInt64(bitPattern: inst.imm)) & ptrMask } else { bad = true }
      case .memcpy, .memmove, .memset:
        d.op = inst.op == .memcpy ? .memcpy : inst.op == .memmove ? .memmove : .memset
        d.a = o(0); d.b = o(1); d.x = o(2)
      case .dynAlloca:
        d.op = .dynAlloca; d.a = o(0); d.imm = UInt64(max(inst.aux, 16))
        if d.imm & (d.imm - 1) != 0 { bad = true }
      case .stackSave: d.op = .stackSave
      case .stackRestore: d.op = .stackRestore; d.a = o(0)
      case .call, .callIndirect:
        guard Int(inst.aux) < f.signatures.count else { bad = true; break }
        let sig = f.signatures[Int(inst.aux)]
        var dc = DCall()
        let indirect = inst.op == .callIndirect
        var first = 0
        if indirect { dc.kind = DCall.indirect; dc.callee = o(0); first = 1 }
        else if Int(inst.aux2) < symTarget.count {
          let tg = symTarget[Int(inst.aux2)]
          if tg >= 0 { dc.kind = DCall.direct; dc.target = tg }
          else if tg == .min { dc.kind = DCall.unknown; dc.target = Int32(inst.aux2) }
          else { dc.kind = DCall.external; dc.target = -1 - tg }
        } else { bad = true }
        let argc = oc - first
        guard argc == Int(sig.paramCount), Int(sig.paramStart + sig.paramCount) <= f.abiParams.count,
              Int(sig.retStart + sig.retCount) <= f.abiParams.count, Int(sig.retCount) == rc else { bad = true; break }
        dc.argStart = Int32(pool.count)
        dc.argCount = Int32(argc)
        for k in 0..<argc { pool.append(o(first + k)) }
        dc.abiStart = Int32(abis.count)
        for p in f.params(of: sig) {
          abis.append(DAbi(type: p.type, flags: p.flags, byvalSize: p.byvalSize, byvalAlign: p.byvalAlign, groupCount: p.groupCount))
          if p.flags & AbiParam.byval != 0 { dc.hasByval = true }
        }
        for p in f.returns(of: sig) { abis.append(DAbi(type: p.type, flags: p.flags, byvalSize: 0, byvalAlign: 0)) }
        dc.fixedCount = Int32(min(sig.fixedCount, sig.paramCount))
        dc.isVarArg = sig.isVarArg
        dc.retDst = d.dst
        dc.retCount = Int32(rc)
        d.op = .call
        d.a = Int32(calls.count)
        calls.append(dc)
      case .vaStart: d.op = .vaStart; d.a = o(0)
      case .vaCopy: d.op = .vaCopy; d.a = o(0); d.b = o(1)
      case .trap: d.op = .trap
      case .jump, .brif, .switch_:
        let ss = Int(inst.succStart), sc = Int(inst.succCount)
        guard ss + sc <= f.succs.count else { bad = true; break }
        if inst.op == .jump {
          guard sc >= 1 else { bad = true; break }
          d.op = .jump; d.a = edge(f.succs[ss], &bad)
        } else if inst.op == .brif {
          guard sc >= 2 else { bad = true; break }
          d.op = .brif; d.a = o(0); d.b = edge(f.succs[ss], &bad); d.x = edge(f.succs[ss + 1], &bad)
        } else {
          guard sc >= 1, Int(inst.caseStart) + sc - 1 <= f.switchCases.count else { bad = true; break }
          d.op = .switch_; d.a = o(0)
          let vt = otype(0)
          let def = edge(f.succs[ss], &bad)
          var cs: [DCase] = []
          for k in 0..<(sc - 1) {
            let v = f.switchCases[Int(inst.caseStart) + k] & maskOf(vt.isInt ? vt : .i64)
            cs.append(DCase(value: v, edge: edge(f.succs[ss + 1 + k], &bad)))
          }
          // first case wins for duplicates: stable sort, then drop later duplicates
          let sorted = cs.enumerated().sorted { $0.element.value != $1.element.value ? $0.element.value < $1.element.value : $0.offset < $1.offset }
          let cst = Int32(cases.count)
          var last: UInt64? = nil
          for (_, c) in sorted where c.value != last { cases.append(c); last = c.value }
          d.b = Int32(switches.count)
          switches.append(DSwitch(defaultEdge: def, caseStart: cst, caseCount: Int32(cases.count) - cst))
        }
      case .ret:
        d.op = .ret; d.a = Int32(pool.count); d.b = Int32(oc)
        for k in 0..<oc { pool.append(o(k)) }
      case .unreachable: d.op = .unreachable
      case .landingpad: d = unsupported("unsupported: landingpad (exception handling) in @\(df.name)")
      case .invoke: d = unsupported("unsupported: invoke (exception handling) in @\(df.name)")
      case .resume: d = unsupported("unsupported: resume (exception handling) in @\(df.name)")
      }
      if bad { d = unsupported("malformed ssa: bad \(inst.op) instruction in @\(df.name)") }
      code.append(d)
    }
  }
}
