// x86_64 instruction selection, per SSA operation (see ISel.swift for the invariants: garbage above
// the container, re-materialized constants, flags confined to one machine instruction).

import KilnMachineCode
import KilnRegAlloc
import KilnSSA

extension ISel {
  mutating func select(_ ii: Int) throws {
    // (read in place: the array getter for SInst is not inlined here)
    let inst = f.insts.withUnsafeBufferPointer { b -> SInst in precondition(ii >= 0 && ii < b.count); return b[ii] }
    let t = inst.type
    switch inst.op {
    case .iconst, .fconst, .stackAddr, .globalAddr:
      return  // re-materialized at each use
    case .iadd, .isub, .band, .bor, .bxor:
      let x86: X86Op
      switch inst.op {
      case .iadd: x86 = t == .i64 ? .addq : .addl
      case .isub: x86 = t == .i64 ? .subq : .subl
      case .band: x86 = t == .i64 ? .andq : .andl
      case .bor: x86 = t == .i64 ? .orq : .orl
      default: x86 = t == .i64 ? .xorq : .xorl
      }
      let a = try use(op(inst, 0))
      if let imm = immFor(try op(inst, 1), t == .i64 ? .i64 : .i32) { bind(ii, alu(x86, t, a, .imm(imm))) }
      else { bind(ii, alu(x86, t, a, .reg(try use(op(inst, 1))))) }
    case .imul:
      if let c = constValue(try op(inst, 1)), c > 1, c & (c - 1) == 0 {
        let k = Int64(c.trailingZeroBitCount)
        let w = t == .i64 ? 64 : 32
        if k < w { bind(ii, alu(t == .i64 ? .shlq : .shll, t == .i64 ? .i64 : .i32, try use(op(inst, 0)), .imm(k))); return }
      }
      let a = try use(op(inst, 0))
      if let imm = immFor(try op(inst, 1), t == .i64 ? .i64 : .i32) {
        let d = newV(t == .i64 ? .i64 : .i32)
        let rc = t == .i64 ? X86Reg.RegClass.gpr64 : .gpr32
        add(.plain, X86Inst(t == .i64 ? .imulq : .imull, .imm(imm), .reg(.rax), .reg(.rax)),
            PL(P(op: .use(a, .int), slot: 1, rc: rc), P(op: .def(d, .int), slot: 2, rc: rc)))
        bind(ii, d)
      } else {
        bind(ii, alu(t == .i64 ? .imulq : .imull, t, a, .reg(try use(op(inst, 1)))))
      }
    case .umulhi, .smulhi:
      let signed = inst.op == .smulhi
      var a = try use(op(inst, 0)), b = try use(op(inst, 1))
      if t == .i64 {
        let hi = newV(.i64), lo = newV(.i64)
        add(.plain, X86Inst(signed ? .imulq : .mulq, .reg(.rax)),
            PL(P(op: .use(a, .int, .fixedReg(X86ABI.rax))), P(op: .use(b, .int), slot: 0, rc: .gpr64),
             P(op: .def(hi, .int, .fixedReg(X86ABI.rdx))), P(op: .def(lo, .int, .fixedReg(X86ABI.rax)))))
        bind(ii, hi)
      } else {
        if signed { a = sext64(a, from: t); b = sext64(b, from: t) } else { a = zext(a, from: t); b = zext(b, from: t) }
        let p = alu(.imulq, .i64, a, .reg(b))
        bind(ii, alu(signed ? .sarq : .shrq, .i64, p, .imm(Int64(t.bits))))
      }
    case .udiv, .sdiv, .urem, .srem:
      let signed = inst.op == .sdiv || inst.op == .srem
      if t.isInt, t.bits <= 64, let c0 = constValue(try op(inst, 1)) {
        // Divisor as an unsigned value of the operation's width.
        let bits = t.bits
        let c = bits == 64 ? UInt64(bitPattern: c0) : UInt64(bitPattern: c0) & ((1 << UInt64(bits)) - 1)
        let w = t == .i64 ? 64 : 32
        let wt: SType = t == .i64 ? .i64 : .i32
        let sh: X86Op = t == .i64 ? .shrq : .shrl, sa: X86Op = t == .i64 ? .sarq : .sarl
        let an: X86Op = t == .i64 ? .andq : .andl, ad: X86Op = t == .i64 ? .addq : .addl
        if c > 1, c & (c - 1) == 0, (!signed || c < (1 << UInt64(bits - 1))) {
          let k = Int64(c.trailingZeroBitCount)
          let mask = Int64(c - 1)
          let maskFits = mask <= 0x7fff_ffff
          switch inst.op {
          case .udiv:
            let a = try use(op(inst, 0))
            bind(ii, alu(sh, wt, t == .i8 || t == .i16 ? zext(a, from: t) : a, .imm(k))); return
          case .urem where maskFits:
            bind(ii, alu(an, wt, try use(op(inst, 0)), .imm(mask))); return
          case .sdiv, .srem:
            // q = (a + ((a >>s (w-1)) >>u (w-k))) >>s k ; r = a - (q << k)
            let a = sext32(try use(op(inst, 0)), from: t)
            let sgn = alu(sa, wt, a, .imm(Int64(w - 1)))
            let bias = alu(sh, wt, sgn, .imm(Int64(w) - k))
            let sum = alu(ad, wt, a, .reg(bias))
            if inst.op == .sdiv { bind(ii, alu(sa, wt, sum, .imm(k))); return }
            if maskFits {
              let rounded = alu(an, wt, sum, .imm(~mask))
              bind(ii, alu(t == .i64 ? .subq : .subl, wt, a, .reg(rounded))); return
            }
          default: break
          }
        } else if c == 1 {
          switch inst.op {
          case .udiv, .sdiv: bind(ii, try use(op(inst, 0))); return
          default: bind(ii, materializeInt(0, wt)); return
          }
        }
      }
      var a = try use(op(inst, 0)), b = try use(op(inst, 1))
      if t == .i8 || t == .i16 {
        if signed { a = sext32(a, from: t); b = sext32(b, from: t) } else { a = zext(a, from: t); b = zext(b, from: t) }
      }
      if a == b { b = move(b, t == .i64 ? .i64 : .i32) }
      let q = newV(t == .i64 ? .i64 : .i32), r = newV(t == .i64 ? .i64 : .i32)
      add(.div, X86Inst(.nop),
          PL(P(op: .use(a, .int, .fixedReg(X86ABI.rax))), P(op: .use(b, .int)),
           P(op: .def(q, .int, .fixedReg(X86ABI.rax))), P(op: .def(r, .int, .fixedReg(X86ABI.rdx), .early))),
          a: signed ? 1 : 0, b: t == .i64 ? 8 : 4)
      bind(ii, inst.op == .udiv || inst.op == .sdiv ? q : r)
    case .shl, .lshr, .ashr:
      var a = try use(op(inst, 0))
      let wide = t == .i64
      if t == .i8 || t == .i16 {
        if inst.op == .lshr { a = zext(a, from: t) } else if inst.op == .ashr { a = sext32(a, from: t) }
      }
      let x86: X86Op = inst.op == .shl ? (wide ? .shlq : .shll) : inst.op == .lshr ? (wide ? .shrq : .shrl) : (wide ? .sarq : .sarl)
      if let c = constValue(try op(inst, 1)) {
        let k = Int64(c & Int64(wide ? 63 : 31))
        bind(ii, k == 0 ? a : alu(x86, wide ? .i64 : .i32, a, .imm(k)))
      } else {
        var cnt = try use(op(inst, 1))
        if cnt == a { cnt = move(cnt, f.type(try op(inst, 1))) }
        let d = newV(wide ? .i64 : .i32)
        let rc: X86Reg.RegClass = wide ? .gpr64 : .gpr32
        add(.plain, X86Inst(x86, .reg(.cl), .reg(.rax)),
            PL(P(op: .use(a, .int)), P(op: .use(cnt, .int, .fixedReg(X86ABI.rcx))), P(op: .def(d, .int, .reuse(0)), slot: 1, rc: rc)))
        bind(ii, d)
      }
    case .sextInReg:
      let a = try use(op(inst, 0))
      let width = t == .i64 ? 64 : 32
      let k = Int64(width) - inst.imm
      guard k >= 0 && k < Int64(width) else { throw fail("sextInReg of \(inst.imm) bits in \(t)") }
      if k == 0 { bind(ii, a); return }
      let s = alu(t == .i64 ? .shlq : .shll, t, a, .imm(k))
      bind(ii, alu(t == .i64 ? .sarq : .sarl, t, s, .imm(k)))
    case .clz, .ctz:
      var a = try use(op(inst, 0))
      let isClz = inst.op == .clz
      if t == .i8 || t == .i16 {
        if isClz {
          a = zext(a, from: t)
        } else {
          a = alu(.orl, .i32, a, .imm(t == .i8 ? 0x100 : 0x10000))
        }
      }
      let w = t == .i64 ? 64 : 32
      let d = newV(t == .i64 ? .i64 : .i32)
      add(.bitScan, X86Inst(.nop), PL(P(op: .use(a, .int)), P(op: .def(d, .int))), a: isClz ? 1 : 0, b: Int64(w))
      if isClz && (t == .i8 || t == .i16) { bind(ii, alu(.subl, .i32, d, .imm(t == .i8 ? 24 : 16))) } else { bind(ii, d) }
    case .popcnt:
      let x = zext(try use(op(inst, 0)), from: t)
      bind(ii, popcount(x, t == .i64 ? 64 : 32))
    case .bswap:
      let a = try use(op(inst, 0))
      switch t {
      case .i64: bind(ii, unary(.bswapq, .i64, a))
      case .i32: bind(ii, unary(.bswapl, .i32, a))
      case .i16: bind(ii, alu(.shrl, .i32, unary(.bswapl, .i32, a), .imm(16)))
      default: bind(ii, a)
      }
    case .icmp:
      let x: X86Inst
      var ps: PL
      (x, ps) = try cmpParts(t, try op(inst, 0), try op(inst, 1))
      let d = newV(.i8)
      ps.append(P(op: .def(d, .int)))
      add(.cmpSet, x, list: &ps, cc: ISel.intCond(inst.cc).rawValue)
      bind(ii, d)
    case .fcmp:
      let a = try use(op(inst, 0)), b = try use(op(inst, 1))
      let d = newV(.i8)
      add(.fcmpSet, X86Inst(.nop), PL(P(op: .use(a, .float)), P(op: .use(b, .float)), P(op: .def(d, .int))), cc: inst.cc, b: t == .f32 ? 4 : 8)
      bind(ii, d)
    case .select:
      let c = try op(inst, 0)
      let tv = try use(op(inst, 1)), fv = try use(op(inst, 2))
      if t.isFloat {
        let cv = try use(c)
        let d = newV(t)
        add(.fsel, X86Inst(.nop), PL(P(op: .use(cv, .int)), P(op: .use(tv, .float)), P(op: .use(fv, .float)), P(op: .def(d, .float))))
        bind(ii, d)
        return
      }
      let d = newV(t == .i64 ? .i64 : .i32)
      let rc: X86Reg.RegClass = t == .i64 ? .gpr64 : .gpr32
      let cmov = X86Inst(t == .i64 ? .cmovccq : .cmovccl, .reg(.rax), .reg(.rax))
      var ps = PL()
      var cmpX = X86Inst(.nop)
      var cc = X86Cond.ne
      let cd = defInst[c.index]
      if cd >= 0 && folded[Int(cd)] && f.insts[Int(cd)].op == .icmp {
        let ci = f.insts[Int(cd)]
        let cops = opRange(Int(cd))
        (cmpX, ps) = try cmpParts(ci.type, f.operands[cops.lowerBound], f.operands[cops.lowerBound + 1])
        cc = ISel.intCond(ci.cc)
      } else {
        let cv = try use(c)
        cmpX = X86Inst(.testb, .reg(.rax), .reg(.rax))
        ps = PL(P(op: .use(cv, .int), slot: 0, rc: .gpr8), P(op: .use(cv, .int), slot: 1, rc: .gpr8))
      }
      // the cmov template's operands are numbered after the compare's: slot 10+ = cmov slot
      let base = ps.count
      ps.append(P(op: .use(fv, .int)))
      ps.append(P(op: .use(tv, .int), slot: 10, rc: rc))
      ps.append(P(op: .def(d, .int, .reuse(base)), slot: 11, rc: rc))
      add(.cmovSel, cmpX, ps, cc: cc.rawValue, a: Int64(cmov.op.rawValue))
      bind(ii, d)
    case .fadd, .fsub, .fmul, .fdiv:
      let s = t == .f32
      let x86: X86Op
      switch inst.op {
      case .fadd: x86 = s ? .addss : .addsd
      case .fsub: x86 = s ? .subss : .subsd
      case .fmul: x86 = s ? .mulss : .mulsd
      default: x86 = s ? .divss : .divsd
      }
      let a = try use(op(inst, 0)), b = try use(op(inst, 1))
      bind(ii, falu(x86, t, a, b))
    case .fneg, .fabs:
      let a = try use(op(inst, 0))
      let off = inst.op == .fneg ? (t == .f32 ? ExtraSymbols.signF32 : ExtraSymbols.signF64) : (t == .f32 ? ExtraSymbols.absF32 : ExtraSymbols.absF64)
      let x86: X86Op = inst.op == .fneg ? .xorps : .andps
      let d = newV(t)
      add(.plain, X86Inst(x86, .mem(.rip(extra.consts, addend: off)), .reg(.rax)),
          PL(P(op: .use(a, .float)), P(op: .def(d, .float, .reuse(0)), slot: 1, rc: .xmm)))
      bind(ii, d)
    case .fsqrt:
      let a = try use(op(inst, 0))
      bind(ii, conv(t == .f32 ? .sqrtss : .sqrtsd, a, .float, .xmm, t, .xmm))
    case .fmin, .fmax:
      let a = try use(op(inst, 0)), b = try use(op(inst, 1))
      let d = newV(t)
      add(.fminmax, X86Inst(.nop), PL(P(op: .use(a, .float)), P(op: .use(b, .float)), P(op: .def(d, .float))),
          a: inst.op == .fmin ? 1 : 0, b: t == .f32 ? 4 : 8)
      bind(ii, d)
    case .fcopysign:
      let a = try use(op(inst, 0)), b = try use(op(inst, 1))
      let d = newV(t)
      add(.fcopysign, X86Inst(.nop), PL(P(op: .use(a, .float)), P(op: .use(b, .float)), P(op: .def(d, .float))), b: t == .f32 ? 4 : 8)
      bind(ii, d)
    case .uextend:
      let st = f.type(try op(inst, 0))
      let a = try use(op(inst, 0))
      // integer loads (movzbl/movzwl/movl) already zero the whole register
      let ld = defInst[try op(inst, 0).index]
      var zeroed = ld >= 0 && f.insts[Int(ld)].op == .load && st.isInt
      // a 32-bit ALU result is zero-extended to 64 bits by the hardware
      if !zeroed, st == .i32, ld >= 0, !folded[Int(ld)] {
        let di = f.insts[Int(ld)]
        switch di.op {
        case .iadd, .isub, .band, .bor, .bxor: zeroed = di.type == .i32
        case .lshr, .shl, .ashr:
          let dops = opRange(Int(ld))
          if di.type == .i32, dops.count == 2, let c = constValue(f.operands[dops.lowerBound + 1]), c & 31 != 0 { zeroed = true }
        default: break
        }
      }
      bind(ii, st == t || zeroed ? a : zext(a, from: st))
    case .sextend:
      let st = f.type(try op(inst, 0))
      let ld = defInst[try op(inst, 0).index]
      if st != t, ld >= 0, folded[Int(ld)], f.insts[Int(ld)].op == .load {
        // the load folded into a sign-extending load
        let lops = opRange(Int(ld))
        guard let la = lops.isEmpty ? nil : f.operands[lops.lowerBound] else { throw fail("load without an address") }
        let m: X86Mem
        var ps: PL
        (m, ps) = try address(la, f.insts[Int(ld)].imm, slot: 0)
        let x86: X86Op
        switch (st, t) {
        case (.i8, .i64): x86 = .movsbq
        case (.i16, .i64): x86 = .movswq
        case (.i32, .i64): x86 = .movslq
        case (.i8, _): x86 = .movsbl
        default: x86 = .movswl
        }
        let d = newV(t == .i64 ? .i64 : .i32)
        ps.append(P(op: .def(d, .int), slot: 1, rc: t == .i64 ? .gpr64 : .gpr32))
        add(.plain, X86Inst(x86, .mem(m), .reg(.rax)), list: &ps)
        bind(ii, d)
        return
      }
      let a = try use(op(inst, 0))
      if st == t { bind(ii, a) } else if t == .i64 { bind(ii, sext64(a, from: st)) } else { bind(ii, sext32(a, from: st)) }
    case .ireduce:
      let a = try use(op(inst, 0))
      bind(ii, move(a, t == .i64 ? .i64 : .i32))
    case .fpromote:
      bind(ii, conv(.cvtss2sd, try use(op(inst, 0)), .float, .xmm, .f64, .xmm))
    case .fdemote:
      bind(ii, conv(.cvtsd2ss, try use(op(inst, 0)), .float, .xmm, .f32, .xmm))
    case .fcvtToSInt, .fcvtToUInt:
      let st = f.type(try op(inst, 0))
      let a = try use(op(inst, 0))
      let s = st == .f32
      if inst.op == .fcvtToUInt && t == .i64 {
        let d = newV(.i64)
        add(.f2u64, X86Inst(.nop), PL(P(op: .use(a, .float)), P(op: .def(d, .int))), b: s ? 4 : 8)
        bind(ii, d)
      } else if t == .i64 || inst.op == .fcvtToUInt || t == .i8 || t == .i16 {
        bind(ii, conv(s ? .cvttss2siq : .cvttsd2siq, a, .float, .xmm, .i64, .gpr64))
      } else {
        bind(ii, conv(s ? .cvttss2sil : .cvttsd2sil, a, .float, .xmm, .i32, .gpr32))
      }
    case .fcvtFromSInt, .fcvtFromUInt:
      let st = f.type(try op(inst, 0))
      var a = try use(op(inst, 0))
      let s = t == .f32
      if inst.op == .fcvtFromUInt && st == .i64 {
        let d = newV(t)
        let tmp = newV(.i64)
        add(.u642f, X86Inst(.nop), PL(P(op: .use(a, .int)), P(op: .def(d, .float)), P(op: .def(tmp, .int, .anyReg, .early))), b: s ? 4 : 8)
        bind(ii, d)
      } else if inst.op == .fcvtFromUInt || st == .i8 || st == .i16 {
        a = inst.op == .fcvtFromUInt ? zext(a, from: st == .i64 ? .i64 : st) : sext32(a, from: st)
        if inst.op == .fcvtFromUInt {
          bind(ii, conv(s ? .cvtsi2ssq : .cvtsi2sdq, a, .int, .gpr64, t, .xmm))
        } else {
          bind(ii, conv(s ? .cvtsi2ssl : .cvtsi2sdl, a, .int, .gpr32, t, .xmm))
        }
      } else if st == .i64 {
        bind(ii, conv(s ? .cvtsi2ssq : .cvtsi2sdq, a, .int, .gpr64, t, .xmm))
      } else {
        bind(ii, conv(s ? .cvtsi2ssl : .cvtsi2sdl, a, .int, .gpr32, t, .xmm))
      }
    case .bitcast:
      let st = f.type(try op(inst, 0))
      let a = try use(op(inst, 0))
      if st == t { bind(ii, a); return }
      switch (st, t) {
      case (.i32, .f32): bind(ii, conv(.movd, a, .int, .gpr32, .f32, .xmm))
      case (.i64, .f64): bind(ii, conv(.movqx, a, .int, .gpr64, .f64, .xmm))
      case (.f32, .i32): bind(ii, conv(.movd, a, .float, .xmm, .i32, .gpr32))
      case (.f64, .i64): bind(ii, conv(.movqx, a, .float, .xmm, .i64, .gpr64))
      default: throw fail("unsupported: bitcast from \(st) to \(t)")
      }
    case .load:
      let m: X86Mem
      var mps: PL
      (m, mps) = try address(try op(inst, 0), inst.imm, slot: 0)
      let d = newV(t)
      loadInto(d, t, m, &mps)
      bind(ii, d)
    case .store:
      let v = try op(inst, 0)
      let (m, mps) = try address(try op(inst, 1), inst.imm, slot: 1)
      if t.isInt, let imm = immFor(v, t) {
        add(.plain, X86Inst(ISel.sized(t, .movb, .movw, .movl, .movq), .imm(imm), .mem(m)), mps)
      } else {
        storeFrom(try use(v), t, m, mps)
      }
    case .memcpy, .memmove, .memset:
      if let n = constValue(try op(inst, 2)), n >= 0, n <= (inst.op == .memmove ? 32 : 64) {
        try inlineMemOp(inst.op, dst: try op(inst, 0), src: try op(inst, 1), size: Int(n))
        return
      }
      let d = try use(op(inst, 0))
      let s = try use(op(inst, 1))
      let n = try use(op(inst, 2))
      let sym = inst.op == .memcpy ? extra.memcpy : inst.op == .memmove ? extra.memmove : extra.memset
      add(.call, X86Inst(.call, .symbol(sym, addend: 0)),
          PL(P(op: .use(d, .int, .fixedReg(X86ABI.rdi))), P(op: .use(s, .int, .fixedReg(X86ABI.rsi))),
           P(op: .use(n, .int, .fixedReg(X86ABI.rdx)))), a: -1, clobbers: X86ABI.callClobbers)
    case .dynAlloca:
      let n = try use(op(inst, 0))
      let d = newV(.i64)
      vc.hasDynAlloca = true
      add(.dynAlloca, X86Inst(.nop), PL(P(op: .use(n, .int)), P(op: .def(d, .int))), a: Int64(max(16, inst.aux)))
      bind(ii, d)
    case .stackSave:
      let d = newV(.i64)
      add(.stackSave, X86Inst(.nop), PL(P(op: .def(d, .int))))
      bind(ii, d)
    case .stackRestore:
      let a = try use(op(inst, 0))
      add(.stackRestore, X86Inst(.nop), PL(P(op: .use(a, .int))))
    case .call, .callIndirect:
      try selectCall(ii)
    case .vaStart:
      guard vc.isVarArg else { throw fail("va_start in a function that is not variadic") }
      let a = try use(op(inst, 0))
      add(.vaStart, X86Inst(.nop), PL(P(op: .use(a, .int))), a: Int64(argInfo.gpUsed * 8) | Int64(argInfo.rawStackBytes) << 32, b: Int64(48 + argInfo.fpUsed * 16))
    case .vaCopy:
      let d = try use(op(inst, 0)), s = try use(op(inst, 1))
      add(.vaCopy, X86Inst(.nop), PL(P(op: .use(d, .int)), P(op: .use(s, .int))))
    case .trap:
      add(.ud2, X86Inst(.ud2), PL())
    case .landingpad, .invoke, .resume:
      throw fail("unsupported: exceptions (\(inst.op))")
    default:
      throw fail("unsupported: \(inst.op) in a non-terminator position")
    }
  }

  mutating func falu(_ x86: X86Op, _ t: SType, _ a: VReg, _ b: VReg) -> VReg {
    let d = newV(t)
    add(.plain, X86Inst(x86, .reg(.rax), .reg(.rax)),
        PL(P(op: .use(a, .float)), P(op: .use(b, .float), slot: 0, rc: .xmm), P(op: .def(d, .float, .reuse(0)), slot: 1, rc: .xmm)))
    return d
  }

  /// Portable population count (SWAR) of a zero-extended 32/64-bit value.
  mutating func popcount(_ x: VReg, _ bits: Int) -> VReg {
    let q = bits == 64
    let t: SType = q ? .i64 : .i32
    func k(_ v: UInt64) -> VReg { materializeInt(Int64(bitPattern: q ? v : v & 0xffff_ffff), t) }
    let (sh, and, sub, addo, mul) = q ? (X86Op.shrq, X86Op.andq, X86Op.subq, X86Op.addq, X86Op.imulq) : (.shrl, .andl, .subl, .addl, .imull)
    var t1 = alu(sh, t, x, .imm(1))
    t1 = alu(and, t, t1, .reg(k(0x5555_5555_5555_5555)))
    let x2 = alu(sub, t, x, .reg(t1))
    let c3 = k(0x3333_3333_3333_3333)
    let lo = alu(and, t, x2, .reg(c3))
    var hi = alu(sh, t, x2, .imm(2))
    hi = alu(and, t, hi, .reg(c3))
    let x3 = alu(addo, t, lo, .reg(hi))
    let t4 = alu(sh, t, x3, .imm(4))
    var x4 = alu(addo, t, x3, .reg(t4))
    x4 = alu(and, t, x4, .reg(k(0x0f0f_0f0f_0f0f_0f0f)))
    let x5 = alu(mul, t, x4, .reg(k(0x0101_0101_0101_0101)))
    return alu(sh, t, x5, .imm(Int64(bits - 8)))
  }

  // MARK: calls

  mutating func selectCall(_ ii: Int) throws {
    let inst = f.insts[ii]
    let ops = opRange(ii)
    guard Int(inst.aux) < f.signatures.count else { throw fail("call signature out of range") }
    let sig = f.signatures[Int(inst.aux)]
    // (parameters and returns are read by index from `f.abiParams`: a slice held across the
    // selection below would be retained and released per call)
    let abiStart = Int(sig.paramStart), abiCount = Int(sig.paramCount)
    let indirect = inst.op == .callIndirect
    // the arguments: f.operands[argStart ..< ops.upperBound]
    let argStart = indirect && !ops.isEmpty ? ops.lowerBound + 1 : ops.lowerBound
    let argCount = ops.upperBound - argStart
    guard argCount == abiCount else { throw fail("call has \(argCount) arguments for \(abiCount) parameters") }
    X86ABI.classify(f.params(of: sig), into: &callInfo)
    // (callInfo is read in place below: a copy would retain its array)
    vc.outgoingBytes = max(vc.outgoingBytes, callInfo.stackBytes)
    callPs.removeAll()
    if indirect {
      guard !ops.isEmpty else { throw fail("indirect call without a callee") }
      // the callee register is the call's first operand (template slot 0)
      let c = try use(f.operands[ops.lowerBound])
      callPs.append(P(op: .use(c, .int), slot: 0, rc: .gpr64))
    }
    for k in 0..<argCount {
      let a = f.operands[argStart + k]
      let p = f.abiParams[abiStart + k]
      let t = f.type(a)
      switch callInfo.locs[k] {
      case .reg(let r):
        var v = try use(a)
        if t == .i8 || t == .i16 {
          v = p.flags & AbiParam.sext != 0 ? sext32(v, from: t) : zext(v, from: t)
        }
        callPs.append(P(op: .use(v, r.regClass, .fixedReg(r))))
      case .stack(let o):
        var v = try use(a)
        if t == .i8 || t == .i16 { v = p.flags & AbiParam.sext != 0 ? sext32(v, from: t) : zext(v, from: t) }
        let m = X86Mem(base: .rsp, disp: o)
        storeFrom(v, t.isFloat ? .f64 : .i64, m, PL())
      case .byval(let o):
        let src = try use(a)
        try copyBytes(src: src, dst: X86Mem(base: .rsp, disp: o), size: Int(p.byvalSize))
      }
    }
    if sig.isVarArg {
      let al = materializeInt(Int64(callInfo.fpUsed), .i32)
      callPs.append(P(op: .use(al, .int, .fixedReg(X86ABI.rax))))
    }
    guard let retRegs = X86ABI.classifyReturns(f.returns(of: sig)) else { throw fail("unsupported: call returning more than two values per register class") }
    let retStart = Int(sig.retStart)
    guard Int(inst.resultCount) == retRegs.count || (retRegs.isEmpty && inst.resultCount == 0) else { throw fail("call result count mismatch") }
    var firstResult = VReg(raw: 0)   // results take consecutive vregs
    for k in 0..<retRegs.count {
      let r = retRegs[k]
      let v = newV(f.abiParams[retStart + k].type)
      if k == 0 { firstResult = v }
      callPs.append(P(op: .def(v, r.regClass, .fixedReg(r))))
    }
    if indirect {
      addList(.call, X86Inst(.call, .reg(.rax)), callPs, a: 1, clobbers: callClobbers)
    } else {
      guard Int(inst.aux2) < symbols.count else { throw fail("call target out of range") }
      addList(.call, X86Inst(.call, .symbol(ObjSymbolID(Int(inst.aux2)), addend: 0)), callPs, a: 0, clobbers: callClobbers)
    }
    for k in 0..<retRegs.count {
      let v = VReg(raw: firstResult.raw + UInt32(k))
      let sv = result(ii, k)
      if vmap[sv.index] == .max { vmap[sv.index] = v.raw } else { moveInto(VReg(raw: vmap[sv.index]), v, ISel.cls(f.type(sv))) }
    }
  }

  /// Small constant-size memcpy/memmove/memset as a sequence of moves. memmove loads every chunk
  /// before storing any (so overlap is harmless); memset splats the byte into a 64-bit pattern.
  mutating func inlineMemOp(_ op: SOp, dst: SValue, src: SValue, size: Int) throws {
    var chunks: [(Int, SType)] = []
    var o = 0
    while o < size {
      let c = size - o >= 8 ? 8 : size - o >= 4 ? 4 : size - o >= 2 ? 2 : 1
      chunks.append((o, c == 8 ? .i64 : c == 4 ? .i32 : c == 2 ? .i16 : .i8))
      o += c
    }
    if op == .memset {
      if let c = constValue(src) {
        let b = UInt64(UInt8(truncatingIfNeeded: c))
        let pat = Int64(bitPattern: b &* 0x0101_0101_0101_0101)
        if b == 0 || b == 0xff {
          for (o, t) in chunks {
            let (m, mps) = try address(dst, Int64(o), slot: 1)
            let imm: Int64 = t == .i64 ? pat : t == .i32 ? Int64(Int32(truncatingIfNeeded: pat)) : t == .i16 ? Int64(Int16(truncatingIfNeeded: pat)) : Int64(Int8(truncatingIfNeeded: pat))
            add(.plain, X86Inst(ISel.sized(t, .movb, .movw, .movl, .movq), .imm(imm), .mem(m)), mps)
          }
          return
        }
        let r = materializeInt(pat, .i64)
        for (o, t) in chunks {
          let (m, mps) = try address(dst, Int64(o), slot: 1)
          storeFrom(r, t, m, mps)
        }
        return
      }
      let z = zext(try use(src), from: .i8)
      let r = alu(.imulq, .i64, z, .reg(materializeInt(0x0101_0101_0101_0101, .i64)))
      for (o, t) in chunks {
        let (m, mps) = try address(dst, Int64(o), slot: 1)
        storeFrom(r, t, m, mps)
      }
      return
    }
    if op == .memmove {
      var vals: [VReg] = []
      for (o, t) in chunks {
        let m: X86Mem
        var mps: PL
        (m, mps) = try address(src, Int64(o), slot: 0)
        let v = newV(t == .i64 ? .i64 : .i32)
        loadInto(v, t, m, &mps)
        vals.append(v)
      }
      for (k, (o, t)) in chunks.enumerated() {
        let (m, mps) = try address(dst, Int64(o), slot: 1)
        storeFrom(vals[k], t, m, mps)
      }
      return
    }
    for (o, t) in chunks {
      let sm: X86Mem
      var sps: PL
      (sm, sps) = try address(src, Int64(o), slot: 0)
      let v = newV(t == .i64 ? .i64 : .i32)
      loadInto(v, t, sm, &sps)
      let (m, mps) = try address(dst, Int64(o), slot: 1)
      storeFrom(v, t, m, mps)
    }
  }

  /// Copies `size` bytes from [src] to `dst` (an rsp-relative operand), inline or via memcpy.
  mutating func copyBytes(src: VReg, dst: X86Mem, size: Int) throws {
    if size <= 128 {
      var o = 0
      while o < size {
        let chunk = size - o >= 8 ? 8 : size - o >= 4 ? 4 : size - o >= 2 ? 2 : 1
        let t: SType = chunk == 8 ? .i64 : chunk == 4 ? .i32 : chunk == 2 ? .i16 : .i8
        let v = newV(t == .i64 ? .i64 : .i32)
        var ps = PL(P(op: .use(src, .int), slot: 0, field: 1))
        loadInto(v, t, X86Mem(base: .rax, disp: Int32(o)), &ps)
        var m = dst; m.disp += Int32(o)
        storeFrom(v, t, m, PL())
        o += chunk
      }
      return
    }
    let d = newV(.i64)
    add(.plain, X86Inst(.leaq, .mem(dst), .reg(.rax)), PL(P(op: .def(d, .int), slot: 1, rc: .gpr64)))
    let n = materializeInt(Int64(size), .i64)
    add(.call, X86Inst(.call, .symbol(extra.memcpy, addend: 0)),
        PL(P(op: .use(d, .int, .fixedReg(X86ABI.rdi))), P(op: .use(src, .int, .fixedReg(X86ABI.rsi))),
         P(op: .use(n, .int, .fixedReg(X86ABI.rdx)))), a: -1, clobbers: X86ABI.callClobbers)
  }

  // MARK: terminators

  mutating func selectTerminator(_ ti: Int) throws {
    let inst = f.insts[ti]
    let ops = opRange(ti)
    let succStart = Int(inst.succStart), succCount = Int(inst.succCount)
    let me = RABlock(Int(raBlock[curBlock]))
    // Successor RA blocks; edges straight to targets carry the args (materialized here).
    termTargets.removeAll()
    termArgFlat.removeAll()
    termArgStart.removeAll()
    for k in 0..<succCount {
      let s = f.succs[succStart + k]
      guard s.block.index < raBlock.count, raBlock[s.block.index] >= 0 else { throw fail("branch to an invalid block") }
      termArgStart.append(termArgFlat.count)
      for ai in Int(s.argStart)..<Int(s.argStart + s.argCount) { let v = try use(f.blockArgs[ai]); termArgFlat.append(v) }
      let sp = splitOf[succStart + k]
      termTargets.append(sp >= 0 ? UInt32(sp) : UInt32(raBlock[s.block.index]))
    }
    termArgStart.append(termArgFlat.count)
    // (`termTargets` is read in place: a local copy of the reference would be retained and released)
    func addEdges() {
      for k in 0..<termTargets.count where splitOf[succStart + k] < 0 {
        rb.edge(me, RABlock(Int(termTargets[k])), args: termArgFlat.slice(termArgStart[k] ..< termArgStart[k + 1]))
      }
    }
    switch inst.op {
    case .jump:
      guard termTargets.count == 1 else { throw fail("jump without a target") }
      addEdges()
      add(.jump, X86Inst(.nop), PL(), a: Int64(termTargets[0]))
    case .brif:
      guard termTargets.count == 2, !ops.isEmpty else { throw fail("malformed brif") }
      let c = f.operands[ops.lowerBound]
      let cd = defInst[c.index]
      if cd >= 0 && folded[Int(cd)] && f.insts[Int(cd)].op == .icmp {
        let ci = f.insts[Int(cd)]
        let cops = opRange(Int(cd))
        let (x, ps) = try cmpParts(ci.type, f.operands[cops.lowerBound], f.operands[cops.lowerBound + 1])
        add(.brcmp, x, ps, cc: ISel.intCond(ci.cc).rawValue, a: Int64(termTargets[0]), b: Int64(termTargets[1]))
      } else if cd >= 0 && folded[Int(cd)] && f.insts[Int(cd)].op == .fcmp {
        let ci = f.insts[Int(cd)]
        let cops = opRange(Int(cd))
        let a = try use(f.operands[cops.lowerBound]), b = try use(f.operands[cops.lowerBound + 1])
        add(.brfcmp, X86Inst(.nop), PL(P(op: .use(a, .float)), P(op: .use(b, .float))), cc: ci.cc,
            a: Int64(termTargets[0]) | Int64(ci.type == .f32 ? 1 << 40 : 0), b: Int64(termTargets[1]))
      } else {
        let cv = try use(c)
        add(.brif, X86Inst(.testb, .reg(.rax), .reg(.rax)),
            PL(P(op: .use(cv, .int), slot: 0, rc: .gpr8), P(op: .use(cv, .int), slot: 1, rc: .gpr8)),
            a: Int64(termTargets[0]), b: Int64(termTargets[1]))
      }
      addEdges()
    case .switch_:
      guard !ops.isEmpty, termTargets.count >= 1 else { throw fail("malformed switch") }
      let v = f.operands[ops.lowerBound]
      let t = f.type(v)
      let cs = Int(inst.caseStart)
      let n = termTargets.count - 1
      guard cs + n <= f.switchCases.count else { throw fail("switch cases out of range") }
      let cases = Array(f.switchCases[cs..<cs + n])
      let mask: UInt64 = t == .i64 ? .max : (1 << UInt64(t.bits)) - 1
      var info = SwitchInfo(type: t, cases: cases.map { $0 & mask }, targets: Array(termTargets.all.dropFirst()), defaultTarget: termTargets[0],
                            useTable: false, minValue: 0, range: 0, tableTargets: [])
      if n >= 4 {
        // signed view for the range check (values are container-masked)
        let sv: [Int64] = info.cases.map {
          switch t {
          case .i8: return Int64(Int8(truncatingIfNeeded: $0))
          case .i16: return Int64(Int16(truncatingIfNeeded: $0))
          case .i32: return Int64(Int32(truncatingIfNeeded: $0))
          default: return Int64(bitPattern: $0)
          }
        }
        let lo = sv.min() ?? 0, hi = sv.max() ?? 0
        let (range, ovf) = hi.subtractingReportingOverflow(lo)
        if !ovf && range >= 0 && range < Int64(4 * n + 8) && range < 65536 && lo >= -0x8000_0000 && lo <= 0x7fff_ffff {
          info.useTable = true
          info.minValue = lo
          info.range = Int(range) + 1
          var tt = [UInt32](repeating: termTargets[0], count: info.range)
          for (k, c) in sv.enumerated().reversed() { tt[Int(c - lo)] = info.targets[k] }
          info.tableTargets = tt
        }
      }
      let sw = vc.switches.count
      vc.switches.append(info)
      let val = try use(v)
      if info.useTable {
        let base = newV(.i64)
        add(.jtBase, X86Inst(.nop), PL(P(op: .def(base, .int))), a: Int64(sw))
        add(.switchJT, X86Inst(.nop), PL(P(op: .use(val, .int)), P(op: .use(base, .int))), a: Int64(sw))
      } else {
        add(.switchChain, X86Inst(.nop), PL(P(op: .use(val, .int))), a: Int64(sw))
      }
      addEdges()
    case .ret:
      let sig = f.signatures[0]
      let rets = f.returns(of: sig)
      guard let regs = X86ABI.classifyReturns(rets), regs.count == ops.count else { throw fail("unsupported: return of \(ops.count) values") }
      var ps = PL()
      for k in 0..<ops.count {
        let v = f.operands[ops.lowerBound + k]
        var r = try use(v)
        let t = f.type(v)
        let p = rets[rets.startIndex + k]
        if t == .i8 || t == .i16 {
          r = p.flags & AbiParam.sext != 0 ? sext32(r, from: t) : zext(r, from: t)
        }
        ps.append(P(op: .use(r, regs[k].regClass, .fixedReg(regs[k]))))
      }
      if let s = sretVReg, !regs.contains(X86ABI.rax) { ps.append(P(op: .use(s, .int, .fixedReg(X86ABI.rax)))) }
      add(.ret, X86Inst(.nop), ps)
    case .unreachable:
      add(.ud2, X86Inst(.ud2), PL())
    case .invoke, .resume:
      throw fail("unsupported: exceptions (\(inst.op))")
    default:
      throw fail("\(inst.op) is not a terminator")
    }
  }
}
