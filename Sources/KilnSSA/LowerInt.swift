// Integer legalization: IR integers of any width up to 256 bits on the SSA form's containers.
//
// Invariant (SSA.swift): an iN value (N <= 64) lives in the smallest 8/16/32/64-bit container with
// the bits above N zero; wider values are ceil(N/64) i64 pieces, lowest first, the top piece's bits
// above N zero. Consequences used here:
// - and/or/xor/udiv/urem/lshr and unsigned/equality compares work on containers as they are.
// - add/sub/mul/shl re-mask their result; ashr/sdiv/srem and signed compares first sign-extend
//   in-register (`sextInReg`) and re-mask after.
// - Wide add/sub carry through `icmp ult`; wide mul is schoolbook on 64×64→128 products (imul +
//   umulhi); constant shifts move and combine pieces; variable shifts and division/remainder call
//   the runtime (runtime/src/wideint.c) on little-endian word arrays in a stack slot.
// All functions take operand leaves by their start index in `leafPool` and append the result's
// leaves to `leafPool`, returning their start.

import KilnIR
import KilnSupport

extension FunctionLowering {
  @inline(__always) static func mask(_ bits: Int) -> UInt64 { bits >= 64 ? .max : (1 << UInt64(bits)) - 1 }

  /// Clears the bits above `bits` (no-op when the width fills the container).
  @inline(__always) func maskTo(_ v: SValue, _ t: SType, _ bits: Int) -> SValue {
    if bits >= t.bits { return v }
    return bin(.band, t, v, iconst(t, FunctionLowering.mask(bits)))
  }
  /// Sign-extends the low `bits` across the container (no-op when the width fills it).
  @inline(__always) func sextIn(_ v: SValue, _ t: SType, _ bits: Int) -> SValue {
    if bits >= t.bits { return v }
    return un(.sextInReg, t, v, imm: Int64(bits))
  }
  @inline(__always) func pieces(_ w: Int) -> Int { (w + 63) / 64 }
  @inline(__always) func topBits(_ w: Int) -> Int { w - 64 * (pieces(w) - 1) }

  @inline(__always) func pushLeaf(_ v: SValue) { leafPool.append(v) }
  @inline(__always) func L(_ start: Int, _ k: Int) -> SValue { leafPool[start + k] }

  // MARK: binary

  func intBinary(_ op: Opcode, width w: Int, _ a: Int, _ b: Int) -> Int {
    let out = leafPool.count
    if w <= 64 {
      let t = DataLayout.container(UInt32(w))
      let x = L(a, 0), y = L(b, 0)
      var r: SValue
      switch op {
      case .add: r = maskTo(bin(.iadd, t, x, y), t, w)
      case .sub: r = maskTo(bin(.isub, t, x, y), t, w)
      case .mul: r = maskTo(bin(.imul, t, x, y), t, w)
      case .shl: r = maskTo(bin(.shl, t, x, y), t, w)
      case .and: r = bin(.band, t, x, y)
      case .or: r = bin(.bor, t, x, y)
      case .xor: r = bin(.bxor, t, x, y)
      case .udiv: r = bin(.udiv, t, x, y)
      case .urem: r = bin(.urem, t, x, y)
      case .lshr: r = bin(.lshr, t, x, y)
      case .sdiv: r = maskTo(bin(.sdiv, t, sextIn(x, t, w), sextIn(y, t, w)), t, w)
      case .srem: r = maskTo(bin(.srem, t, sextIn(x, t, w), sextIn(y, t, w)), t, w)
      case .ashr: r = maskTo(bin(.ashr, t, sextIn(x, t, w), y), t, w)
      default: r = iconst(t, 0)
      }
      pushLeaf(r)
      return out
    }
    let n = pieces(w), top = topBits(w)
    switch op {
    case .and, .or, .xor:
      let sop: SOp = op == .and ? .band : op == .or ? .bor : .bxor
      var res: [SValue] = []
      res.reserveCapacity(n)
      for k in 0..<n { res.append(bin(sop, .i64, L(a, k), L(b, k))) }
      leafPool.append(contentsOf: res)
    case .add, .sub:
      var res = [SValue](repeating: .none, count: n)
      var carry = SValue.none
      for k in 0..<n {
        let x = L(a, k), y = L(b, k)
        let t = bin(op == .add ? .iadd : .isub, .i64, x, y)
        let last = k == n - 1
        if carry == .none {
          res[k] = t
          if !last { carry = conv(.uextend, to: .i64, op == .add ? icmp(.ult, .i64, t, x) : icmp(.ult, .i64, x, y)) }
        } else {
          let t2 = bin(op == .add ? .iadd : .isub, .i64, t, carry)
          res[k] = t2
          if !last {
            let c1 = op == .add ? icmp(.ult, .i64, t, x) : icmp(.ult, .i64, x, y)
            let c2 = op == .add ? icmp(.ult, .i64, t2, t) : icmp(.ult, .i64, t, carry)
            carry = conv(.uextend, to: .i64, bin(.bor, .i8, c1, c2))
          }
        }
      }
      res[n - 1] = maskTo(res[n - 1], .i64, top)
      leafPool.append(contentsOf: res)
    case .mul:
      var res = [SValue](repeating: .none, count: n)
      for i in 0..<n {
        var carry = SValue.none
        for j in 0..<(n - i) {
          let k = i + j
          let x = L(a, i), y = L(b, j)
          let lo = bin(.imul, .i64, x, y)
          let last = k == n - 1
          if res[k] == .none {
            // first contribution to this column
            var t = lo
            if carry != .none { t = bin(.iadd, .i64, lo, carry) }
            if !last {
              let hi = bin(.umulhi, .i64, x, y)
              if carry != .none {
                let c = conv(.uextend, to: .i64, icmp(.ult, .i64, t, lo))
                carry = bin(.iadd, .i64, hi, c)
              } else { carry = hi }
            }
            res[k] = t
          } else {
            let s1 = bin(.iadd, .i64, res[k], lo)
            var s2 = s1
            if carry != .none { s2 = bin(.iadd, .i64, s1, carry) }
            if !last {
              let hi = bin(.umulhi, .i64, x, y)
              var c = conv(.uextend, to: .i64, icmp(.ult, .i64, s1, lo))
              if carry != .none {
                let c2 = conv(.uextend, to: .i64, icmp(.ult, .i64, s2, s1))
                c = bin(.iadd, .i64, c, c2)
              }
              carry = bin(.iadd, .i64, hi, c)
            }
            res[k] = s2
          }
        }
      }
      res[n - 1] = maskTo(res[n - 1], .i64, top)
      leafPool.append(contentsOf: res)
    case .shl, .lshr, .ashr:
      if let amt = constLeaf(b, w) {
        wideShiftConst(op, n: n, top: top, a, amount: amt)
      } else {
        let h: Helper = op == .shl ? .shl : op == .lshr ? .lshr : .ashr
        wideHelper(h, width: w, a, amountLeaf: L(b, 0), b: nil)
      }
    case .udiv, .sdiv, .urem, .srem:
      let h: Helper = op == .udiv ? .udiv : op == .sdiv ? .sdiv : op == .urem ? .urem : .srem
      wideHelper(h, width: w, a, amountLeaf: nil, b: b)
    default:
      for _ in 0..<n { pushLeaf(iconst(.i64, 0)) }
    }
    return out
  }

  /// The constant value of a wide shift amount if its leaves are all `iconst`s.
  func constLeaf(_ b: Int, _ w: Int) -> UInt64? {
    var v: UInt64 = 0
    for k in 0..<pieces(w) {
      let s = L(b, k)
      let d = f.values[s.index]
      guard !d.isParam, Int(d.owner) < f.insts.count, f.insts[Int(d.owner)].op == .iconst else { return nil }
      let x = UInt64(bitPattern: f.insts[Int(d.owner)].imm)
      if k == 0 { v = x } else if x != 0 { return UInt64.max }
    }
    return v
  }

  func wideShiftConst(_ op: Opcode, n: Int, top: Int, _ a: Int, amount: UInt64) {
    let w = 64 * (n - 1) + top
    if amount >= UInt64(w) {
      for _ in 0..<n { pushLeaf(iconst(.i64, 0)) }
      return
    }
    let q = Int(amount / 64), r = Int(amount % 64)
    var src: [SValue] = (0..<n).map { L(a, $0) }
    var fill = SValue.none
    if op == .ashr {
      src[n - 1] = sextIn(src[n - 1], .i64, top)
      fill = bin(.ashr, .i64, src[n - 1], iconst(.i64, 63))
    }
    func ext(_ j: Int) -> SValue? {
      if j < 0 { return nil }
      if j < n { return src[j] }
      return fill == .none ? nil : fill
    }
    var res = [SValue](repeating: .none, count: n)
    for k in 0..<n {
      var v: SValue? = nil
      if op == .shl {
        if let x = ext(k - q) { v = r == 0 ? x : bin(.shl, .i64, x, iconst(.i64, UInt64(r))) }
        if r > 0, let y = ext(k - q - 1) {
          let part = bin(.lshr, .i64, y, iconst(.i64, UInt64(64 - r)))
          v = v.map { bin(.bor, .i64, $0, part) } ?? part
        }
      } else {
        let j = k + q
        if let x = ext(j) {
          let arith = op == .ashr && j >= n - 1
          v = r == 0 ? x : bin(arith ? .ashr : .lshr, .i64, x, iconst(.i64, UInt64(r)))
        }
        if r > 0, let y = ext(j + 1) {
          let part = bin(.shl, .i64, y, iconst(.i64, UInt64(64 - r)))
          v = v.map { bin(.bor, .i64, $0, part) } ?? part
        }
      }
      res[k] = v ?? iconst(.i64, 0)
    }
    res[n - 1] = maskTo(res[n - 1], .i64, top)
    leafPool.append(contentsOf: res)
  }

  /// Calls a wide-integer runtime helper: `helper(uint64_t *r, const uint64_t *a, b-or-amount, uint32_t bits)`.
  func wideHelper(_ h: Helper, width w: Int, _ a: Int, amountLeaf: SValue?, b: Int?) {
    let n = pieces(w)
    let slot = UInt32(f.stackSlots.count)
    f.stackSlots.append(StackSlot(size: UInt32(8 * n * 3), align: 8))
    let base = stackAddr(slot, 0)
    for k in 0..<n { store(.i64, L(a, k), base, Int64(8 * (n + k)), volatile: false) }
    if let b { for k in 0..<n { store(.i64, L(b, k), base, Int64(8 * (2 * n + k)), volatile: false) } }
    let rAddr = base
    let aAddr = addOffset(base, Int64(8 * n))
    let third: SValue
    if let amt = amountLeaf { third = amt } else { third = addOffset(base, Int64(16 * n)) }
    let bits = iconst(.i32, UInt64(w))
    let sig = helperSignature(params: [ptrT, ptrT, amountLeaf != nil ? .i64 : ptrT, .i32], rets: [])
    let s = f.operands.count
    f.operands.append(rAddr); f.operands.append(aAddr); f.operands.append(third); f.operands.append(bits)
    var i = SInst(op: .call, type: .none)
    i.aux = sig
    i.aux2 = helperSym[h.rawValue].raw
    usedHelpers |= 1 << UInt64(h.rawValue)
    _ = push(i, opStart: s, results: 0, rt: .none)
    for k in 0..<n { pushLeaf(load(.i64, base, Int64(8 * k), volatile: false)) }
  }

  /// Wide int ↔ float through the runtime: `r = helper(int*, bits)` or `helper(int*, x, bits)`.
  func wideConvert(_ h: Helper, width w: Int, float x: SValue, floatType ft: SType, intLeaves: Int?) -> Int {
    let n = pieces(w)
    let slot = UInt32(f.stackSlots.count)
    f.stackSlots.append(StackSlot(size: UInt32(8 * n), align: 8))
    let base = stackAddr(slot, 0)
    let bits = iconst(.i32, UInt64(w))
    usedHelpers |= 1 << UInt64(h.rawValue)
    var i = SInst(op: .call, type: .none)
    i.aux2 = helperSym[h.rawValue].raw
    let out = leafPool.count
    if let a = intLeaves {
      for k in 0..<n { store(.i64, L(a, k), base, Int64(8 * k), volatile: false) }
      let sig = helperSignature(params: [ptrT, .i32], rets: [ft])
      let s = f.operands.count
      f.operands.append(base); f.operands.append(bits)
      let (r, _) = pushCall(i, opStart: s, sig: sig)
      leafPool.append(r)
    } else {
      let sig = helperSignature(params: [ptrT, ft, .i32], rets: [])
      let s = f.operands.count
      f.operands.append(base); f.operands.append(x); f.operands.append(bits)
      _ = pushCall(i, opStart: s, sig: sig)
      for k in 0..<n { leafPool.append(load(.i64, base, Int64(8 * k), volatile: false)) }
    }
    return out
  }

  func addOffset(_ v: SValue, _ off: Int64) -> SValue {
    if off == 0 { return v }
    return bin(.iadd, ptrT, v, iconst(ptrT, UInt64(bitPattern: off)))
  }

  func helperSignature(params: [SType], rets: [SType]) -> UInt32 {
    let ps = UInt32(f.abiParams.count)
    for p in params { f.abiParams.append(AbiParam(p)) }
    let rs = UInt32(f.abiParams.count)
    for r in rets { f.abiParams.append(AbiParam(r)) }
    f.signatures.append(Signature(paramStart: ps, paramCount: UInt32(params.count), retStart: rs,
                                  retCount: UInt32(rets.count), fixedCount: UInt32(params.count), isVarArg: false))
    return UInt32(f.signatures.count - 1)
  }

  // MARK: compare

  /// icmp on integers/pointers of width `w`; result i8 0/1.
  func intCompare(_ p: IntPredicate, width w: Int, _ a: Int, _ b: Int) -> SValue {
    let signed = p == .sgt || p == .sge || p == .slt || p == .sle
    if w <= 64 {
      let t = DataLayout.container(UInt32(w))
      var x = L(a, 0), y = L(b, 0)
      if signed { x = sextIn(x, t, w); y = sextIn(y, t, w) }
      return icmp(p, t, x, y)
    }
    let n = pieces(w), top = topBits(w)
    if p == .eq || p == .ne {
      var acc = bin(.bxor, .i64, L(a, 0), L(b, 0))
      for k in 1..<n { acc = bin(.bor, .i64, acc, bin(.bxor, .i64, L(a, k), L(b, k))) }
      return icmp(p, .i64, acc, iconst(.i64, 0))
    }
    // lexicographic from the lowest piece: res = cmp(k) | (eq(k) & res)
    let strictU: IntPredicate
    let lowPred: IntPredicate
    switch p {
    case .ugt, .sgt: strictU = .ugt; lowPred = .ugt
    case .uge, .sge: strictU = .ugt; lowPred = .uge
    case .ult, .slt: strictU = .ult; lowPred = .ult
    default: strictU = .ult; lowPred = .ule
    }
    var res = icmp(lowPred, .i64, L(a, 0), L(b, 0))
    for k in 1..<n {
      var x = L(a, k), y = L(b, k)
      var strict = strictU
      if k == n - 1 && signed {
        x = sextIn(x, .i64, top); y = sextIn(y, .i64, top)
        strict = strictU == .ugt ? .sgt : .slt
      }
      let c = icmp(strict, .i64, x, y)
      let e = icmp(.eq, .i64, x, y)
      res = bin(.bor, .i8, c, bin(.band, .i8, e, res))
    }
    return res
  }

  // MARK: casts

  /// trunc/zext/sext from width `from` to width `to`; appends the result's leaves.
  func intCast(_ op: Opcode, from: Int, to: Int, _ a: Int) -> Int {
    let out = leafPool.count
    if from <= 64 && to <= 64 {
      let ft = DataLayout.container(UInt32(from)), tt = DataLayout.container(UInt32(to))
      var x = L(a, 0)
      switch op {
      case .trunc:
        if tt.bits < ft.bits { x = conv(.ireduce, to: tt, x) }
        x = maskTo(x, tt, to)
      case .zext:
        if tt.bits > ft.bits { x = conv(.uextend, to: tt, x) }
      default: // sext
        x = sextIn(x, ft, from)
        if tt.bits > ft.bits { x = conv(.sextend, to: tt, x) }
        x = maskTo(x, tt, to)
      }
      pushLeaf(x)
      return out
    }
    let nf = from <= 64 ? 1 : pieces(from)
    let nt = to <= 64 ? 1 : pieces(to)
    if op == .trunc {
      if to <= 64 {
        let tt = DataLayout.container(UInt32(to))
        var x = L(a, 0)
        if tt != .i64 { x = conv(.ireduce, to: tt, x) }
        pushLeaf(maskTo(x, tt, to))
      } else {
        var res: [SValue] = (0..<nt).map { L(a, $0) }
        res[nt - 1] = maskTo(res[nt - 1], .i64, topBits(to))
        leafPool.append(contentsOf: res)
      }
      return out
    }
    // extension to a wide type
    var res: [SValue] = []
    res.reserveCapacity(nt)
    var topSrc: SValue
    if from <= 64 {
      let ft = DataLayout.container(UInt32(from))
      var x = L(a, 0)
      if op == .sext { x = sextIn(x, ft, from) }
      if ft != .i64 { x = conv(op == .sext ? .sextend : .uextend, to: .i64, x) }
      res.append(x)
      topSrc = x
    } else {
      for k in 0..<nf { res.append(L(a, k)) }
      if op == .sext { res[nf - 1] = sextIn(res[nf - 1], .i64, topBits(from)) }
      topSrc = res[nf - 1]
    }
    let fill = op == .sext ? bin(.ashr, .i64, topSrc, iconst(.i64, 63)) : iconst(.i64, 0)
    while res.count < nt { res.append(fill) }
    if op == .sext { res[nt - 1] = maskTo(res[nt - 1], .i64, topBits(to)) }
    leafPool.append(contentsOf: res)
    return out
  }

  /// An integer operand of width `w` as one container value of type `t` (truncating or extending;
  /// used for pointer-width conversions and GEP indices).
  func intToType(_ a: Int, width w: Int, _ t: SType, signed: Bool) -> SValue {
    var x = L(a, 0)
    let ft = w > 64 ? SType.i64 : DataLayout.container(UInt32(w))
    if signed && w < 64 { x = sextIn(x, ft, w) }
    if t.bits > ft.bits { x = conv(signed ? .sextend : .uextend, to: t, x) }
    else if t.bits < ft.bits { x = conv(.ireduce, to: t, x) }
    return x
  }
}
