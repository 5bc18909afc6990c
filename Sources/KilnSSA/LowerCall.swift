// Calls, signatures, intrinsics and exception handling.
//
// Signatures keep what the calling conventions need: one AbiParam per leaf of each IR parameter;
// `byval(T)` pointers carry the pointee's size/alignment; `sret`, `signext`, `zeroext`, `inreg` go on
// the first leaf; multi-leaf arrays and wide integers (AArch64 `[2 x i64]`, HFAs, i128) are marked
// as a group (`groupStart` + `groupCount`); `<2 x float>` leaves are flagged `vec2xf32`. Variadic
// calls list the actual arguments with `fixedCount` = the AbiParams of the fixed parameters.
// Returns are the return type's leaves (`{ i64, i64 }` → two returns).
// Intrinsics become SSA operations, inline sequences or libm/runtime calls (see `Intr`).

import KilnIR
import KilnSupport

extension FunctionLowering {
  @inline(__always) func attrs(_ start: UInt32, _ k: Int) -> ParamAttrs {
    if start == .max { return ParamAttrs() }
    let i = Int(start) + k
    return i < irAttrCount ? irAttrs[i] : ParamAttrs()
  }

  /// Appends the AbiParams of one IR parameter or return; returns how many.
  func appendAbi(_ t: TypeID, _ a: ParamAttrs) -> Int {
    if a.has(ParamAttrs.byval) {
      var p = AbiParam(ptrT, flags: AbiParam.byval)
      let pt = a.type == .void ? TypeID.i8 : a.type
      p.byvalSize = UInt32(truncatingIfNeeded: allocSizeOf(pt))
      p.byvalAlign = UInt32(a.align ?? UInt64(layout.abiAlign(pt)))
      f.abiParams.append(p)
      return 1
    }
    if t == .void { return 0 }
    guard requireLeaves(t) else { return 0 }
    let n = leafCount(t)
    var first: UInt8 = 0
    if a.has(ParamAttrs.signext) { first |= AbiParam.sext }
    if a.has(ParamAttrs.zeroext) { first |= AbiParam.zext }
    if a.has(ParamAttrs.sret) { first |= AbiParam.sret }
    if a.has(ParamAttrs.inreg) { first |= AbiParam.inreg }
    let k = kindOf(t)
    let group = n > 1 && (k == .array || k == .integer)
    for j in 0..<n {
      let l = leaf(t, j)
      var p = AbiParam(l.type, flags: j == 0 ? first : 0)
      if l.flags & Leaf.vec2xf32 != 0 { p.flags |= AbiParam.vec2xf32 }
      if group && j == 0 { p.flags |= AbiParam.groupStart; p.groupCount = UInt8(min(n, 255)) }
      f.abiParams.append(p)
    }
    return n
  }

  /// Builds a signature for function type `fty` with the attribute list at `attrStart` (return
  /// first) and `argCount` actual arguments typed by `argType`.
  func signature(_ fty: TypeID, attrStart: UInt32, argCount: Int) -> UInt32 {
    let fixed = Int(types[fty].listCount)   // = types.params(fty).count, without a slice
    let ps = UInt32(f.abiParams.count)
    var fixedAbi = 0
    for k in 0..<argCount {
      let n = appendAbi(k < sigArgTypes.count ? sigArgTypes[k] : .void, attrs(attrStart, k + 1))
      if k < fixed { fixedAbi += n }
    }
    let pc = UInt32(f.abiParams.count) - ps
    let rs = UInt32(f.abiParams.count)
    _ = appendAbi(types.returnType(fty), attrs(attrStart, 0))
    let rc = UInt32(f.abiParams.count) - rs
    let va = types.isVarArg(fty)
    f.signatures.append(Signature(paramStart: ps, paramCount: pc, retStart: rs, retCount: rc,
                                  fixedCount: va ? UInt32(fixedAbi) : pc, isVarArg: va))
    return UInt32(f.signatures.count - 1)
  }

  /// The signature of call `i` (`nargs` arguments, function type `fty`). A signature depends only
  /// on the function type, the argument types and the call's attribute list, so when an earlier
  /// call in this function had the same ones (remembered per function type in `sigCache`), its
  /// AbiParams are copied instead of recomputed; the result is the same either way.
  func callSignature(_ i: Int, _ inst: Inst, _ fty: TypeID, _ nargs: Int) -> UInt32 {
    let slot = Int((fty.raw &* 0x9E37_79B1) >> 26)   // 64 entries
    let e = sigCache[slot]
    if e != 0 {
      let prev = irInsts[Int(e >> 32) - 1]
      if prev.aux == fty.raw && sameSignatureInputs(prev, inst, nargs) {
        let s = f.signatures[Int(UInt32(truncatingIfNeeded: e))]
        let ps = UInt32(f.abiParams.count)
        f.abiParams.appendOwn(Int(s.paramStart), Int(s.retStart + s.retCount))
        f.signatures.append(Signature(paramStart: ps, paramCount: s.paramCount, retStart: ps + (s.retStart - s.paramStart),
                                      retCount: s.retCount, fixedCount: s.fixedCount, isVarArg: s.isVarArg))
        return UInt32(f.signatures.count - 1)
      }
    }
    sigArgTypes.removeAll(keepingCapacity: true)
    for k in 0..<nargs { sigArgTypes.append(typeOf(opnd(inst, 1 + k))) }
    let sig = signature(fty, attrStart: inst.aux2, argCount: nargs)
    // (only a signature built without errors is reused; params and returns are contiguous)
    if !failed && f.signatures[Int(sig)].retStart == f.signatures[Int(sig)].paramStart + f.signatures[Int(sig)].paramCount {
      sigCache[slot] = UInt64(i + 1) << 32 | UInt64(sig)
    }
    return sig
  }

  /// Whether call `b` (`nargs` arguments) has the argument count, argument types and attributes of
  /// the earlier call `a` of the same function type. (Only variadic arguments' types are compared:
  /// the verifier checked that the others have the function type's parameter types.)
  func sameSignatureInputs(_ a: Inst, _ b: Inst, _ nargs: Int) -> Bool {
    let na = Int(a.operandCount) - 1 - (a.op == .invoke ? 2 : 0)
    guard na == nargs else { return false }
    let oa = irOps + Int(a.operandStart) + 1, ob = irOps + Int(b.operandStart) + 1
    let fixed = Int(tNodes[Int(a.aux)].listCount)   // = types.params(fty).count, without a slice
    var k = fixed
    while k < nargs {
      if oa[k] != ob[k] && typeOf(oa[k]) != typeOf(ob[k]) { return false }
      k += 1
    }
    if a.aux2 == b.aux2 { return true }
    // both attribute lists whole: compared in place (ParamAttrs' `==` compares the three fields below)
    if a.aux2 != .max && b.aux2 != .max && Int(a.aux2) + nargs < irAttrCount && Int(b.aux2) + nargs < irAttrCount {
      let pa = irAttrs + Int(a.aux2), pb = irAttrs + Int(b.aux2)
      for k in 0...nargs where pa[k] != pb[k] { return false }
      return true
    }
    for k in 0...nargs {
      let x = attrs(a.aux2, k), y = attrs(b.aux2, k)
      if x.flags != y.flags || x.type != y.type || x.alignLog2Plus1 != y.alignLog2Plus1 { return false }
    }
    return true
  }

  /// Pushes an instruction whose results have the types of signature `sig`'s returns.
  func pushCall(_ i: SInst, opStart: Int, sig: UInt32, succStart: Int? = nil) -> (SValue, Int) {
    let s = f.signatures[Int(sig)]
    var inst = i
    inst.operandStart = UInt32(truncatingIfNeeded: opStart)
    inst.operandCount = UInt32(truncatingIfNeeded: f.operands.count &- opStart)
    inst.loc = loc
    inst.aux = sig
    let id = UInt32(truncatingIfNeeded: f.insts.count)
    let n = Int(s.retCount)
    if n > 0 {
      inst.result = SValue(f.values.count)
      inst.resultCount = UInt8(min(n, 255))
      for k in 0..<n {
        _ = newValue(f.abiParams[Int(s.retStart) + k].type, param: false, owner: id, index: UInt32(truncatingIfNeeded: k))
      }
    }
    if let ss = succStart {
      inst.succStart = UInt32(truncatingIfNeeded: ss)
      inst.succCount = UInt32(truncatingIfNeeded: f.succs.count &- ss)
    }
    f.insts.append(inst)
    if succStart != nil { f.blocks[Int(curSB)].instEnd = UInt32(f.insts.count) }
    return (inst.result, n)
  }

  /// A call to a runtime/libm helper with scalar arguments; returns the result (or `.none`).
  func callHelper(_ h: Helper, args: [SValue], params: [SType], ret: SType?) -> SValue {
    let sig = helperSignature(params: params, rets: ret.map { [$0] } ?? [])
    let os = f.operands.count
    f.operands.append(contentsOf: args)
    var i = SInst(op: .call, type: .none)
    i.aux2 = helperSym[h.rawValue].raw
    usedHelpers |= 1 << UInt64(h.rawValue)
    let (r, _) = pushCall(i, opStart: os, sig: sig)
    return r
  }

  func lowerCall(_ i: Int, _ inst: Inst, invoke: Bool) {
    let callee = opnd(inst, 0)
    let nargs = Int(inst.operandCount) - 1 - (invoke ? 2 : 0)
    guard nargs >= 0 else { error("malformed call"); return }
    if callee.fastTag == .function && callee.index < intrinsic.count && intrinsic[callee.index] != .none {
      if invoke { error("unsupported: invoke of an intrinsic"); return }
      lowerIntrinsic(i, inst, intrinsic[callee.index], callee.index, nargs)
      return
    }
    let fty = TypeID(raw: inst.aux)
    guard kindOf(fty) == .function else { error("call without a function type"); return }
    // argument leaves first (they may emit instructions), then the operand list
    let tmpStart = tmpArgs.count
    for k in 0..<nargs {
      let a = opnd(inst, 1 + k)
      let at = typeOf(a)
      let pa = attrs(inst.aux2, k + 1)
      if pa.has(ParamAttrs.byval) { tmpArgs.append(scalar(a)); continue }
      guard requireLeaves(at) else { return }
      let l = leaves(a)
      for j in 0..<leafCount(at) { tmpArgs.append(leafPool[l + j]) }
    }
    var direct: SymbolID? = nil
    var calleeV = SValue.none
    switch callee.fastTag {
    case .function, .alias: direct = symbolOf(callee)
    default: break
    }
    if direct == nil { calleeV = scalar(callee) }
    let sig = callSignature(i, inst, fty, nargs)
    if invoke {
      let argEnd = tmpArgs.count
      let ss = f.succs.count
      let os = f.operands.count
      if direct == nil { f.operands.append(calleeV) }
      f.operands.append(contentsOf: UnsafeBufferPointer(start: tmpArgs.base + tmpStart, count: argEnd - tmpStart))
      var si = SInst(op: .invoke, type: .none)
      if let d = direct { si.aux2 = d.raw } else { si.flags |= SFlags.indirect }
      let (r, n) = pushCall(si, opStart: os, sig: sig, succStart: ss)
      setResults(i, r, n)
      // The successors come after the results exist: a phi in the normal destination may use the
      // invoke's own result (it is defined on that edge). Their phi arguments are evaluated before
      // control leaves the invoke, as for any terminator.
      edge(opnd(inst, Int(inst.operandCount) - 2))
      edge(opnd(inst, Int(inst.operandCount) - 1))
      f.insts[f.insts.count - 1].succCount = UInt32(f.succs.count - ss)
      finishIRBlock(succStart: ss)
      return
    }
    let os = f.operands.count
    if direct == nil { f.operands.append(calleeV) }
    f.operands.append(contentsOf: UnsafeBufferPointer(start: tmpArgs.base + tmpStart, count: tmpArgs.count - tmpStart))
    tmpArgs.truncate(tmpStart)
    var si = SInst(op: direct == nil ? .callIndirect : .call, type: .none)
    if let d = direct { si.aux2 = d.raw }
    if inst.flags & InstFlags.musttail != 0 { si.flags |= SFlags.tail }
    let (r, n) = pushCall(si, opStart: os, sig: sig)
    setResults(i, r, n)
  }

  func setResults(_ i: Int, _ r: SValue, _ n: Int) {
    instLeaf[i] = UInt32(leafPool.count)
    for k in 0..<n { leafPool.append(SValue(raw: r.raw + UInt32(k))) }
  }

  // MARK: exceptions

  func lowerLandingPad(_ i: Int, _ inst: Inst) {
    var clauses: [(isFilter: Bool, symbol: SymbolID?)] = []
    for k in 0..<Int(inst.operandCount) {
      let v = opnd(inst, k)
      let kindIdx = Int(inst.aux) + k
      let isFilter = kindIdx < fn.extra.count && fn.extra[kindIdx] == 1
      if isFilter {
        if v.fastTag == .constant, cNodes[v.index].kind == .aggregate {
          for e in consts.elements(ConstID(raw: UInt32(v.index))) {
            clauses.append((isFilter: true, symbol: symbolOf(e)))
          }
        }
      } else {
        clauses.append((isFilter: false, symbol: symbolOf(v)))
      }
    }
    let lp = UInt32(f.landingPads.count)
    f.landingPads.append(LandingPadInfo(isCleanup: inst.flags & InstFlags.cleanup != 0, clauses: clauses))
    var si = SInst(op: .landingpad, type: .none)
    si.aux = lp
    si.operandStart = UInt32(f.operands.count)
    si.loc = loc
    let id = UInt32(f.insts.count)
    si.result = SValue(f.values.count)
    si.resultCount = 2
    _ = newValue(ptrT, param: false, owner: id, index: 0)
    _ = newValue(.i32, param: false, owner: id, index: 1)
    f.insts.append(si)
    guard hasLeaves(inst.type), leafCount(inst.type) == 2 else {
      error("unsupported: landingpad of type \(describe(inst.type))")
      return
    }
    setResults(i, si.result, 2)
  }

  // MARK: intrinsics

  func lowerIntrinsic(_ i: Int, _ inst: Inst, _ kind: Intr, _ fnIndex: Int, _ nargs: Int) {
    func arg(_ k: Int) -> Value { opnd(inst, 1 + k) }
    let rt = inst.type
    switch kind {
    case .none, .unknown:
      error("unsupported intrinsic @\(ctx.module.names.string(ctx.module.functions[fnIndex].name))")
    case .drop: break
    case .identity:
      guard nargs >= 1 else { return }
      copyValue(i, from: arg(0))
    case .memcpy, .memmove, .memset:
      guard nargs >= 3 else { error("malformed memory intrinsic call"); return }
      let dst = scalar(arg(0))
      let second = scalar(arg(1))
      let lenT = typeOf(arg(2))
      let len = intToType(leaves(arg(2)), width: intWidth(lenT), ptrT, signed: false)
      var vol = false
      if nargs >= 4, arg(3).fastTag == .constant, let v = constInt(ConstID(raw: UInt32(arg(3).index))) { vol = v != 0 }
      let a0 = attrs(inst.aux2, 1).align ?? 1
      let a1 = kind == .memset ? a0 : (attrs(inst.aux2, 2).align ?? 1)
      let os = f.operands.count
      f.operands.append(dst); f.operands.append(second); f.operands.append(len)
      var si = SInst(op: kind == .memcpy ? .memcpy : kind == .memmove ? .memmove : .memset, type: .none)
      si.aux = UInt32(min(min(a0, a1), 1 << 16))
      if vol { si.flags |= SFlags.volatile }
      _ = push(si, opStart: os, results: 0, rt: .none)
    case .stacksave:
      setResult(i, push(SInst(op: .stackSave, type: ptrT), opStart: f.operands.count, results: 1, rt: ptrT))
    case .stackrestore:
      guard nargs >= 1 else { return }
      let p = scalar(arg(0))
      let os = f.operands.count
      f.operands.append(p)
      _ = push(SInst(op: .stackRestore, type: .none), opStart: os, results: 0, rt: .none)
    case .vaStart:
      guard nargs >= 1 else { return }
      guard types.isVarArg(fn.type) else { error("va_start in a function without variable arguments"); return }
      let p = scalar(arg(0))
      let os = f.operands.count
      f.operands.append(p)
      _ = push(SInst(op: .vaStart, type: .none), opStart: os, results: 0, rt: .none)
    case .vaEnd: break
    case .vaCopy:
      guard nargs >= 2 else { return }
      let d = scalar(arg(0)), s = scalar(arg(1))
      let os = f.operands.count
      f.operands.append(d); f.operands.append(s)
      _ = push(SInst(op: .vaCopy, type: .none), opStart: os, results: 0, rt: .none)
    case .trap:
      _ = push(SInst(op: .trap, type: .none), opStart: f.operands.count, results: 0, rt: .none)
    case .fabs, .sqrt:
      guard let t = floatType(rt), nargs >= 1 else { return }
      setResult(i, un(kind == .fabs ? .fabs : .fsqrt, t, scalar(arg(0))))
    case .copysign, .minnum, .maxnum:
      guard let t = floatType(rt), nargs >= 2 else { return }
      let op: SOp = kind == .copysign ? .fcopysign : kind == .minnum ? .fmin : .fmax
      setResult(i, bin(op, t, scalar(arg(0)), scalar(arg(1))))
    case .fmuladd:
      guard let t = floatType(rt), nargs >= 3 else { return }
      let m = bin(.fmul, t, scalar(arg(0)), scalar(arg(1)))
      setResult(i, bin(.fadd, t, m, scalar(arg(2))))
    case .libm1, .libm2, .fma:
      guard let t = floatType(rt) else { return }
      let h = libmHelper[fnIndex]
      guard h >= 0, let helper = Helper(rawValue: Int(h)) else { error("unsupported intrinsic"); return }
      let n = kind == .libm1 ? 1 : kind == .libm2 ? 2 : 3
      guard nargs >= n else { return }
      var args: [SValue] = []
      for k in 0..<n { args.append(scalar(arg(k))) }
      setResult(i, callHelper(helper, args: args, params: Array(repeating: t, count: n), ret: t))
    case .abs, .smax, .smin, .umax, .umin:
      guard kindOf(rt) == .integer, requireLeaves(rt), nargs >= 2 else { error("unsupported: \(kind) on \(describe(rt))"); return }
      let w = intWidth(rt)
      let a = leaves(arg(0))
      if kind == .abs {
        let z = pushZerosInt(w)
        let neg = intBinary(.sub, width: w, z, a)
        let c = intCompare(.slt, width: w, a, z)
        let out = leafPool.count
        for j in 0..<leafCount(rt) { leafPool.append(select(leaf(rt, j).type, c, leafPool[neg + j], leafPool[a + j])) }
        instLeaf[i] = UInt32(out)
        return
      }
      let b = leaves(arg(1))
      let p: IntPredicate = kind == .smax ? .sgt : kind == .smin ? .slt : kind == .umax ? .ugt : .ult
      let c = intCompare(p, width: w, a, b)
      let out = leafPool.count
      for j in 0..<leafCount(rt) { leafPool.append(select(leaf(rt, j).type, c, leafPool[a + j], leafPool[b + j])) }
      instLeaf[i] = UInt32(out)
    case .ctlz, .cttz, .ctpop:
      guard kindOf(rt) == .integer, requireLeaves(rt), nargs >= 1 else { error("unsupported: \(kind) on \(describe(rt))"); return }
      instLeaf[i] = UInt32(bitCount(kind, width: intWidth(rt), leaves(arg(0))))
    case .bswap:
      guard kindOf(rt) == .integer, requireLeaves(rt), nargs >= 1 else { error("unsupported: bswap on \(describe(rt))"); return }
      let w = intWidth(rt)
      let a = leaves(arg(0))
      if w <= 64 {
        let t = DataLayout.container(UInt32(w))
        var r = un(.bswap, t, leafPool[a])
        if w < t.bits { r = bin(.lshr, t, r, iconst(t, UInt64(t.bits - w))) }
        setResult(i, r)
      } else if w % 64 == 0 {
        let n = w / 64
        var res: [SValue] = []
        for k in 0..<n { res.append(un(.bswap, .i64, leafPool[a + n - 1 - k])) }
        instLeaf[i] = UInt32(leafPool.count)
        leafPool.append(contentsOf: res)
      } else {
        error("unsupported: bswap on \(describe(rt))")
      }
    case .saddo, .uaddo, .ssubo, .usubo, .smulo, .umulo:
      guard nargs >= 2 else { return }
      let vt = typeOf(arg(0))
      guard kindOf(vt) == .integer, intWidth(vt) <= 64 else { error("unsupported: overflow intrinsic on \(describe(vt))"); return }
      let (r, o) = overflowOp(kind, width: intWidth(vt), scalar(arg(0)), scalar(arg(1)))
      instLeaf[i] = UInt32(leafPool.count)
      leafPool.append(r); leafPool.append(o)
    case .ptrmask:
      guard nargs >= 2 else { return }
      let p = scalar(arg(0))
      let mt = typeOf(arg(1))
      let m = intToType(leaves(arg(1)), width: intWidth(mt), ptrT, signed: false)
      setResult(i, bin(.band, ptrT, p, m))
    case .ehTypeid:
      error("unsupported: intrinsic @llvm.eh.typeid.for")
    }
  }

  func floatType(_ t: TypeID) -> SType? {
    switch kindOf(t) {
    case .float: return .f32
    case .double: return .f64
    default: return nil
    }
  }

  func pushZerosInt(_ w: Int) -> Int {
    let s = leafPool.count
    if w <= 64 { leafPool.append(iconst(DataLayout.container(UInt32(w)), 0)) }
    else { for _ in 0..<pieces(w) { leafPool.append(iconst(.i64, 0)) } }
    return s
  }

  func bitCount(_ kind: Intr, width w: Int, _ a: Int) -> Int {
    let out = leafPool.count
    if w <= 64 {
      let t = DataLayout.container(UInt32(w))
      let x = leafPool[a]
      switch kind {
      case .ctpop: leafPool.append(un(.popcnt, t, x))
      case .ctlz:
        var r = un(.clz, t, x)
        if w < t.bits { r = bin(.isub, t, r, iconst(t, UInt64(t.bits - w))) }
        leafPool.append(r)
      default:
        var y = x
        if w < t.bits { y = bin(.bor, t, x, iconst(t, 1 << UInt64(w))) }
        leafPool.append(un(.ctz, t, y))
      }
      return out
    }
    let n = pieces(w), top = topBits(w)
    var r: SValue
    switch kind {
    case .ctpop:
      r = un(.popcnt, .i64, leafPool[a])
      for k in 1..<n { r = bin(.iadd, .i64, r, un(.popcnt, .i64, leafPool[a + k])) }
    case .ctlz:
      r = un(.clz, .i64, leafPool[a])
      for k in 1..<n {
        let p = leafPool[a + k]
        let bitsK = k == n - 1 ? top : 64
        var cz = un(.clz, .i64, p)
        if bitsK < 64 { cz = bin(.isub, .i64, cz, iconst(.i64, UInt64(64 - bitsK))) }
        let isZero = icmp(.eq, .i64, p, iconst(.i64, 0))
        r = select(.i64, isZero, bin(.iadd, .i64, r, iconst(.i64, UInt64(bitsK))), cz)
      }
    default:
      var topV = leafPool[a + n - 1]
      if top < 64 { topV = bin(.bor, .i64, topV, iconst(.i64, 1 << UInt64(top))) }
      r = un(.ctz, .i64, topV)
      var k = n - 2
      while k >= 0 {
        let p = leafPool[a + k]
        let isZero = icmp(.eq, .i64, p, iconst(.i64, 0))
        r = select(.i64, isZero, bin(.iadd, .i64, r, iconst(.i64, 64)), un(.ctz, .i64, p))
        k -= 1
      }
    }
    leafPool.append(r)
    for _ in 1..<n { leafPool.append(iconst(.i64, 0)) }
    return out
  }

  /// {s,u}{add,sub,mul}.with.overflow on widths <= 64: (result, overflow i8).
  func overflowOp(_ kind: Intr, width w: Int, _ a: SValue, _ b: SValue) -> (SValue, SValue) {
    let t = DataLayout.container(UInt32(w))
    switch kind {
    case .uaddo:
      let s = bin(.iadd, t, a, b)
      if w == t.bits { return (s, icmp(.ult, t, s, a)) }
      return (maskTo(s, t, w), icmp(.ugt, t, s, iconst(t, FunctionLowering.mask(w))))
    case .usubo:
      return (maskTo(bin(.isub, t, a, b), t, w), icmp(.ult, t, a, b))
    case .saddo, .ssubo:
      let sa = sextIn(a, t, w), sb = sextIn(b, t, w)
      let s = bin(kind == .saddo ? .iadd : .isub, t, sa, sb)
      if w < t.bits {
        let o = icmp(.ne, t, sextIn(s, t, w), s)
        return (maskTo(s, t, w), o)
      }
      let x: SValue
      if kind == .saddo {
        x = bin(.band, t, bin(.bxor, t, s, sa), bin(.bxor, t, s, sb))
      } else {
        x = bin(.band, t, bin(.bxor, t, sa, sb), bin(.bxor, t, sa, s))
      }
      return (s, icmp(.slt, t, x, iconst(t, 0)))
    case .umulo:
      let a64 = t == .i64 ? a : conv(.uextend, to: .i64, a)
      let b64 = t == .i64 ? b : conv(.uextend, to: .i64, b)
      let lo = bin(.imul, .i64, a64, b64)
      var o: SValue
      if w <= 32 {
        o = icmp(.ne, .i64, bin(.lshr, .i64, lo, iconst(.i64, UInt64(w))), iconst(.i64, 0))
      } else {
        let hi = bin(.umulhi, .i64, a64, b64)
        o = icmp(.ne, .i64, hi, iconst(.i64, 0))
        if w < 64 {
          let o2 = icmp(.ne, .i64, bin(.lshr, .i64, lo, iconst(.i64, UInt64(w))), iconst(.i64, 0))
          o = bin(.bor, .i8, o, o2)
        }
      }
      var r = lo
      if t != .i64 { r = conv(.ireduce, to: t, lo) }
      return (maskTo(r, t, w), o)
    default: // smulo
      let sa = sextIn(a, t, w), sb = sextIn(b, t, w)
      let a64 = t == .i64 ? sa : conv(.sextend, to: .i64, sa)
      let b64 = t == .i64 ? sb : conv(.sextend, to: .i64, sb)
      let lo = bin(.imul, .i64, a64, b64)
      var o: SValue
      if w <= 32 {
        o = icmp(.ne, .i64, sextIn(lo, .i64, w), lo)
      } else {
        let hi = bin(.smulhi, .i64, a64, b64)
        o = icmp(.ne, .i64, hi, bin(.ashr, .i64, lo, iconst(.i64, 63)))
        if w < 64 { o = bin(.bor, .i8, o, icmp(.ne, .i64, sextIn(lo, .i64, w), lo)) }
      }
      var r = lo
      if t != .i64 { r = conv(.ireduce, to: t, lo) }
      return (maskTo(r, t, w), o)
    }
  }
}
