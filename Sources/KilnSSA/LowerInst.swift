// Instruction-by-instruction lowering (everything but calls and intrinsics, see LowerCall.swift):
// terminators with block arguments, memory (allocas, loads/stores split into leaf pieces, GEP
// address arithmetic), integer/float arithmetic through LowerInt.swift, casts, compares, selects,
// aggregates (extractvalue/insertvalue move leaves) and `<2 x float>` element access.
//
// Loads/stores of an integer piece touch exactly its store size: 3 bytes = i16 + i8, 5 = i32 + i8,
// 6 = i32 + i16, 7 = i32 + i16 + i8 (little-endian), combined with shifts; widths that are not a
// multiple of 8 are masked after the load. GEP: constant indices fold into one offset; variable
// indices are sign-extended/truncated to pointer width and scaled with shl (powers of two) or imul.

import KilnIR
import KilnSupport

extension FunctionLowering {
  /// Lowers IR instruction `i` (read here: passing the `Inst` by value from the block loop cost
  /// more than the load).
  func lowerInst(_ i: Int) {
    let inst = irInsts[i]
    switch inst.op {
    case .ret: lowerRet(inst)
    case .br: lowerBr(inst)
    case .switch_: lowerSwitch(inst)
    case .unreachable:
      let s = f.succs.count
      _ = terminate(SInst(op: .unreachable, type: .none), opStart: f.operands.count, succStart: s)
      finishIRBlock(succStart: s)
    case .resume:
      let v = opnd(inst, 0)
      let t = typeOf(v)
      guard requireLeaves(t) else { return }
      let a = leaves(v)
      let os = f.operands.count
      for j in 0..<leafCount(t) { f.operands.append(leafPool[a + j]) }
      let s = f.succs.count
      _ = terminate(SInst(op: .resume, type: .none), opStart: os, succStart: s)
      finishIRBlock(succStart: s)
    case .invoke: lowerCall(i, inst, invoke: true)
    case .call: lowerCall(i, inst, invoke: false)
    case .landingpad: lowerLandingPad(i, inst)
    case .fneg:
      guard requireLeaves(inst.type) else { return }
      let x = scalar(opnd(inst, 0))
      setResult(i, un(.fneg, leaf(inst.type, 0).type, x))
    case .freeze:
      copyValue(i, from: opnd(inst, 0))
    case .add, .sub, .mul, .udiv, .sdiv, .urem, .srem, .shl, .lshr, .ashr, .and, .or, .xor:
      lowerIntBinary(i)
    case .fadd, .fsub, .fmul, .fdiv, .frem:
      let k = kindOf(inst.type)
      guard k == .float || k == .double else {
        if k == .x86_fp80 || k == .fp128 || k == .vector { _ = requireLeaves(inst.type) }
        else { error("unsupported: '\(inst.op.name)' on \(describe(inst.type))") }
        return
      }
      let t: SType = k == .float ? .f32 : .f64
      let a = scalar(opnd(inst, 0)), b = scalar(opnd(inst, 1))
      if inst.op == .frem {
        setResult(i, callHelper(t == .f32 ? .fmodf : .fmod, args: [a, b], params: [t, t], ret: t))
        return
      }
      let op: SOp = inst.op == .fadd ? .fadd : inst.op == .fsub ? .fsub : inst.op == .fmul ? .fmul : .fdiv
      setResult(i, bin(op, t, a, b))
    case .extractelement: lowerExtractElement(i, inst)
    case .insertelement: lowerInsertElement(i, inst)
    case .extractvalue: lowerExtractValue(i, inst)
    case .insertvalue: lowerInsertValue(i, inst)
    case .alloca: lowerAlloca(i, inst)
    case .load: lowerLoad(i)
    case .store: lowerStore(i)
    case .getelementptr: lowerGEP(i)
    case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr, .bitcast:
      lowerCast(i)
    case .icmp:
      lowerICmp(i)
    case .fcmp:
      let a = opnd(inst, 0), b = opnd(inst, 1)
      let t = typeOf(a)
      let k = kindOf(t)
      guard k == .float || k == .double else { _ = requireLeaves(t); error("unsupported: fcmp on \(describe(t))"); return }
      let p = FloatPredicate(rawValue: inst.pred) ?? .false_
      if p == .false_ || p == .true_ { setResult(i, iconst(.i8, p == .true_ ? 1 : 0)); return }
      let x = scalar(a), y = scalar(b)
      let s = f.operands.count
      f.operands.append(x); f.operands.append(y)
      var si = SInst(op: .fcmp, type: k == .float ? .f32 : .f64)
      si.cc = p.rawValue
      setResult(i, push(si, opStart: s, results: 1, rt: .i8))
    case .phi:
      error("phi node is not at the start of its block")
    case .select:
      let t = inst.type
      guard requireLeaves(t) else { return }
      let ct = typeOf(opnd(inst, 0))
      guard kindOf(ct) == .integer else { error("unsupported: select with a vector condition"); return }
      let c = scalar(opnd(inst, 0))
      let a = leaves(opnd(inst, 1)), b = leaves(opnd(inst, 2))
      let out = leafPool.count
      for j in 0..<leafCount(t) { leafPool.append(select(leaf(t, j).type, c, leafPool[a + j], leafPool[b + j])) }
      instLeaf[i] = UInt32(out)
    case .vaArg:
      error("unsupported: va_arg instruction")
    case .dbgRecord:
      break
    }
  }

  func describe(_ t: TypeID) -> String { types.describe(t, names: ctx.module.names) }

  // Frequent instructions `lowerBody` also calls directly (past `lowerInst`'s large frame); each
  // reads its `Inst` itself.

  func lowerIntBinary(_ i: Int) {
    let inst = irInsts[i]
    guard kindOf(inst.type) == .integer else { error("unsupported: '\(inst.op.name)' on \(describe(inst.type))"); return }
    guard requireLeaves(inst.type) else { return }
    let a = leaves(opnd(inst, 0)), b = leaves(opnd(inst, 1))
    instLeaf[i] = UInt32(intBinary(inst.op, width: intWidth(inst.type), a, b))
  }

  func lowerCast(_ i: Int) {
    let inst = irInsts[i]
    let x = opnd(inst, 0)
    let from = typeOf(x)
    if (inst.op == .bitcast) && kindOf(from) == .pointer && kindOf(inst.type) == .pointer {
      copyValue(i, from: x)
      return
    }
    instLeaf[i] = UInt32(castLeaves(inst.op, x, from: from, to: inst.type))
  }

  func lowerICmp(_ i: Int) {
    let inst = irInsts[i]
    let a = opnd(inst, 0), b = opnd(inst, 1)
    let t = typeOf(a)
    guard kindOf(t) == .integer || kindOf(t) == .pointer else {
      error("unsupported: icmp on \(describe(t))"); return
    }
    guard requireLeaves(t) else { return }
    let la = leaves(a), lb = leaves(b)
    setResult(i, intCompare(IntPredicate(rawValue: inst.pred) ?? .eq, width: intWidth(t), la, lb))
  }

  @inline(__always) func setResult(_ i: Int, _ v: SValue) {
    instLeaf[i] = UInt32(leafPool.count)
    leafPool.append(v)
  }

  /// Result is the operand itself (freeze, no-op casts): shares its leaves or address form.
  func copyValue(_ i: Int, from x: Value) {
    if x.fastTag == .inst && addrKind[x.index] != AK.plain && addrKind[x.index] != AK.promoted {
      addrKind[i] = addrKind[x.index]; addrBase[i] = addrBase[x.index]; addrOff[i] = addrOff[x.index]
      return
    }
    guard requireLeaves(typeOf(x)) else { return }
    instLeaf[i] = UInt32(leaves(x))
  }

  // MARK: terminators

  /// Materializes the IR phi operands of block `s` for an edge from the current IR block into
  /// `tmpArgs`; returns where they start.
  func phiArgs(to s: Int) -> Int {
    let start = tmpArgs.count
    guard s >= 0 && s < irBlockCount else { return start }
    let blk = irBlocks[s]
    var i = Int(blk.instStart)
    let me = Value.block(BlockID(curIR))
    while i < Int(blk.instEnd) && irInsts[i].op == .phi {
      let phi = irInsts[i]
      var found: Value? = nil
      if Int(phi.operandCount) > 2 * FunctionLowering.bigPhiEntries {
        let k = bigPhiEntry(i, from: UInt32(curIR))
        if k >= 0 { found = opnd(phi, 2 * k) }
      } else {
        var k = 0
        while k + 1 < Int(phi.operandCount) {
          if opnd(phi, k + 1) == me { found = opnd(phi, k); break }
          k += 2
        }
        phiEntryProbes &+= k / 2 + 1
      }
      let t = phi.type
      if hasLeaves(t) {
        let l: Int
        if let v = found { l = leaves(v) } else { l = pushZeros(t) }
        for j in 0..<leafCount(t) { tmpArgs.append(leafPool[l + j]) }
      }
      i += 1
    }
    return start
  }

  /// Phis with more incoming entries than this are searched through a sorted index instead of
  /// linearly: a join with P predecessors and a linear search per edge costs O(P²) per phi.
  static let bigPhiEntries = 16

  /// The first entry number of phi `i` whose incoming block is `pred`, or -1 (binary search in
  /// the phi's sorted keys, built on first use).
  func bigPhiEntry(_ i: Int, from pred: UInt32) -> Int {
    if !bigPhiReady {
      bigPhiStart.refill(-1, fn.insts.count)
      bigPhiKeys.removeAll()
      bigPhiReady = true
    }
    let phi = irInsts[i]
    let n = Int(phi.operandCount) / 2
    if bigPhiStart[i] < 0 {
      phiEntryProbes &+= n
      bigPhiStart[i] = Int32(bigPhiKeys.count)
      for k in 0..<n {
        let b = opnd(phi, 2 * k + 1)
        // a non-block entry is malformed IR (the verifier reports it); it can match nothing
        let key = b.fastTag == .block ? UInt64(b.index) : UInt64(UInt32.max)
        bigPhiKeys.append(key << 32 | UInt64(k))
      }
      var sorted = UnsafeMutableBufferPointer(start: bigPhiKeys.base + Int(bigPhiStart[i]), count: n)
      sorted.sort()
    }
    let keys = bigPhiKeys.base + Int(bigPhiStart[i])
    // lower bound of pred << 32: the smallest entry number for that block
    let want = UInt64(pred) << 32
    var lo = 0, hi = n
    while lo < hi {
      let mid = (lo + hi) / 2
      if keys[mid] < want { lo = mid + 1 } else { hi = mid }
      phiEntryProbes &+= 1
    }
    guard lo < n, keys[lo] >> 32 == UInt64(pred) else { return -1 }
    return Int(keys[lo] & 0xffff_ffff)
  }

  func edge(_ target: Value) {
    guard target.fastTag == .block else { error("expected a basic block as branch target"); return }
    let a = phiArgs(to: target.index)
    edgeToIR(target.index, argStart: a)
  }

  func lowerRet(_ inst: Inst) {
    var os = f.operands.count
    if inst.operandCount > 0 {
      let v = opnd(inst, 0)
      let t = typeOf(v)
      if requireLeaves(t) {
        let a = leaves(v)
        os = f.operands.count
        for j in 0..<leafCount(t) { f.operands.append(leafPool[a + j]) }
      }
    }
    let s = f.succs.count
    _ = terminate(SInst(op: .ret, type: .none), opStart: os, succStart: s)
    finishIRBlock(succStart: s)
  }

  func lowerBr(_ inst: Inst) {
    if inst.operandCount == 1 {
      let s = f.succs.count
      edge(opnd(inst, 0))
      _ = terminate(SInst(op: .jump, type: .none), opStart: f.operands.count, succStart: s)
      finishIRBlock(succStart: s)
      return
    }
    let c = scalar(opnd(inst, 0))
    let s = f.succs.count
    edge(opnd(inst, 1))
    edge(opnd(inst, 2))
    let os = f.operands.count
    f.operands.append(c)
    _ = terminate(SInst(op: .brif, type: .none), opStart: os, succStart: s)
    finishIRBlock(succStart: s)
  }

  func lowerSwitch(_ inst: Inst) {
    let cv = opnd(inst, 0)
    let t = typeOf(cv)
    let s = f.succs.count
    guard kindOf(t) == .integer, requireLeaves(t) else {
      if kindOf(t) != .integer { error("unsupported: switch on \(describe(t))") }
      return
    }
    let w = intWidth(t)
    let ncases = (Int(inst.operandCount) - 2) / 2
    let cl = leaves(cv)
    if w <= 64 {
      let c = leafPool[cl]
      edge(opnd(inst, 1))
      let caseStart = f.switchCases.count
      for k in 0..<ncases {
        let cvk = opnd(inst, 2 + 2 * k)
        var word: UInt64 = 0
        if cvk.fastTag == .constant, let x = consts.words(ConstID(raw: UInt32(cvk.index))).first { word = x }
        f.switchCases.append(word & FunctionLowering.mask(w))
        edge(opnd(inst, 3 + 2 * k))
      }
      let os = f.operands.count
      f.operands.append(c)
      var si = SInst(op: .switch_, type: DataLayout.container(UInt32(w)))
      si.caseStart = UInt32(caseStart)
      _ = terminate(si, opStart: os, succStart: s)
      finishIRBlock(succStart: s)
      return
    }
    // wide: a chain of equality tests
    let n = pieces(w)
    for k in 0..<ncases {
      let cvk = opnd(inst, 2 + 2 * k)
      let kl = leaves(cvk)
      var acc = bin(.bxor, .i64, leafPool[cl], leafPool[kl])
      for j in 1..<n { acc = bin(.bor, .i64, acc, bin(.bxor, .i64, leafPool[cl + j], leafPool[kl + j])) }
      let eq = icmp(.eq, .i64, acc, iconst(.i64, 0))
      let bs = f.succs.count
      edge(opnd(inst, 3 + 2 * k))
      let next = newBlock()
      edgeToInternal(next)
      let os = f.operands.count
      f.operands.append(eq)
      _ = terminate(SInst(op: .brif, type: .none), opStart: os, succStart: bs)
      startBlock(next)
    }
    let bs = f.succs.count
    edge(opnd(inst, 1))
    _ = terminate(SInst(op: .jump, type: .none), opStart: f.operands.count, succStart: bs)
    finishIRBlock(succStart: s)
  }

  // MARK: memory

  func lowerAlloca(_ i: Int, _ inst: Inst) {
    if addrKind[i] == AK.promoted { return }
    let t = TypeID(raw: inst.aux)
    let size = allocSizeOf(t)
    let align = max(UInt64(layout.abiAlign(t)), inst.align ?? 1)
    var count: Int64? = 1
    if inst.operandCount > 0 {
      let c = opnd(inst, 0)
      count = c.fastTag == .constant ? constInt(ConstID(raw: UInt32(c.index))) : nil
    }
    if curIR == 0, let n = count, n >= 0 {
      let total = UInt64(n).multipliedReportingOverflow(by: size)
      guard !total.overflow, total.partialValue < 1 << 31 else { error("unsupported: alloca larger than 2 GiB"); return }
      let slot = UInt32(f.stackSlots.count)
      f.stackSlots.append(StackSlot(size: UInt32(max(total.partialValue, 1)), align: UInt32(min(align, 1 << 16))))
      addrKind[i] = AK.slot
      addrBase[i] = slot
      addrOff[i] = 0
      return
    }
    // dynamic: size in bytes = count × element size
    var bytes: SValue
    if inst.operandCount > 0 {
      let c = opnd(inst, 0)
      let ct = typeOf(c)
      let l = leaves(c)
      bytes = intToType(l, width: intWidth(ct), ptrT, signed: false)
      if size != 1 { bytes = bin(.imul, ptrT, bytes, iconst(ptrT, size)) }
    } else {
      bytes = iconst(ptrT, size)
    }
    let os = f.operands.count
    f.operands.append(bytes)
    var si = SInst(op: .dynAlloca, type: ptrT)
    si.aux = UInt32(min(align, 1 << 16))
    setResult(i, push(si, opStart: os, results: 1, rt: ptrT))
  }

  /// (The memory instructions read their `Inst` here: `run` calls them directly, see there.)
  func lowerLoad(_ i: Int) {
    let inst = irInsts[i]
    let t = inst.type
    guard requireLeaves(t) else { return }
    let p = opnd(inst, 0)
    let n = leafCount(t)
    if p.fastTag == .inst && addrKind[p.index] == AK.promoted {
      let base = Int(addrBase[p.index])
      let out = leafPool.count
      for _ in 0..<n { leafPool.append(SValue.none) }
      for j in 0..<n { leafPool[out &+ j] = readVar(base &+ j) }
      instLeaf[i] = UInt32(truncatingIfNeeded: out)
      return
    }
    let (addr, off) = memAddr(p)
    let vol = inst.flags & InstFlags.volatile != 0
    let out = leafPool.count
    for _ in 0..<n { leafPool.append(SValue.none) }
    for j in 0..<n {
      let l = leaf(t, j)
      leafPool[out &+ j] = loadPiece(l, addr, off &+ Int64(l.offset), vol)
    }
    instLeaf[i] = UInt32(truncatingIfNeeded: out)
  }

  /// One leaf loaded: one load when its store size is its type's (in line), else `loadSplit`.
  @inline(__always) func loadPiece(_ l: Leaf, _ addr: SValue, _ off: Int64, _ vol: Bool) -> SValue {
    let t = l.type
    if l.storeBytes == t.bytes || !t.isInt {
      return maskTo(load(t, addr, off, volatile: vol), t, Int(l.bits))
    }
    return loadSplit(l, addr, off, vol)
  }

  /// An integer leaf whose store size is not its container's (3, 5, 6 or 7 bytes), loaded piece
  /// by piece.
  @inline(never) func loadSplit(_ l: Leaf, _ addr: SValue, _ off: Int64, _ vol: Bool) -> SValue {
    let t = l.type
    let nbytes = l.storeBytes
    var acc = SValue.none
    var done = 0
    while done < nbytes {
      let rem = nbytes - done
      let pt: SType = rem >= 4 ? .i32 : rem >= 2 ? .i16 : .i8
      var part = load(pt, addr, off &+ Int64(done), volatile: vol)
      if pt != t { part = conv(.uextend, to: t, part) }
      if done > 0 { part = bin(.shl, t, part, iconst(t, UInt64(8 * done))) }
      acc = acc == .none ? part : bin(.bor, t, acc, part)
      done += pt.bytes
    }
    return maskTo(acc, t, Int(l.bits))
  }

  /// One leaf stored: one store when its store size is its type's (in line), else `storeSplit`.
  @inline(__always) func storePiece(_ l: Leaf, _ v: SValue, _ addr: SValue, _ off: Int64, _ vol: Bool) {
    let t = l.type
    if l.storeBytes == t.bytes || !t.isInt {
      store(t, v, addr, off, volatile: vol)
      return
    }
    storeSplit(l, v, addr, off, vol)
  }

  /// An integer leaf whose store size is not its container's, stored piece by piece.
  @inline(never) func storeSplit(_ l: Leaf, _ v: SValue, _ addr: SValue, _ off: Int64, _ vol: Bool) {
    let t = l.type
    let nbytes = l.storeBytes
    var done = 0
    while done < nbytes {
      let rem = nbytes - done
      let pt: SType = rem >= 4 ? .i32 : rem >= 2 ? .i16 : .i8
      var part = v
      if done > 0 { part = bin(.lshr, t, part, iconst(t, UInt64(8 * done))) }
      if pt != t { part = conv(.ireduce, to: pt, part) }
      store(pt, part, addr, off &+ Int64(done), volatile: vol)
      done += pt.bytes
    }
  }

  func lowerStore(_ i: Int) {
    let inst = irInsts[i]
    let v = opnd(inst, 0), p = opnd(inst, 1)
    let t = typeOf(v)
    guard requireLeaves(t) else { return }
    let n = leafCount(t)
    let l = leaves(v)
    if p.fastTag == .inst && addrKind[p.index] == AK.promoted {
      let base = Int(addrBase[p.index])
      for j in 0..<n { writeVar(base &+ j, leafPool[l &+ j]) }
      return
    }
    let (addr, off) = memAddr(p)
    let vol = inst.flags & InstFlags.volatile != 0
    for j in 0..<n {
      let lf = leaf(t, j)
      storePiece(lf, leafPool[l &+ j], addr, off &+ Int64(lf.offset), vol)
    }
  }

  /// A GEP whose indices are all constants (the usual case) folds them into its base's address
  /// form here, in a small frame; any other (a variable index, or one the general code reports)
  /// goes to `lowerGEPGeneral` before anything is emitted.
  func lowerGEP(_ i: Int) {
    let inst = irInsts[i]
    guard kindOf(inst.type) == .pointer else { lowerGEPGeneral(i); return }
    var off: Int64 = 0
    var t = TypeID(raw: inst.aux)
    for k in 1..<Int(inst.operandCount) {
      let idx = opnd(inst, k)
      guard idx.fastTag == .constant, let c = constInt(ConstID(raw: UInt32(idx.index))) else { lowerGEPGeneral(i); return }
      if k == 1 { off &+= c &* Int64(bitPattern: allocSizeOf(t)); continue }
      let tn = tNodes[Int(t.raw)]
      switch tn.kind {
      case .structure:
        guard c >= 0, c < Int64(tn.listCount) else { lowerGEPGeneral(i); return }
        off &+= Int64(bitPattern: fieldOffsetOf(t, Int(c)))
        t = tLists[Int(tn.listStart) + Int(c)]
      case .array, .vector:
        t = TypeID(raw: tn.a)
        off &+= c &* Int64(bitPattern: allocSizeOf(t))
      default:
        lowerGEPGeneral(i); return
      }
    }
    let a = addrOf(opnd(inst, 0))
    switch a.kind {
    case AddrForm.slot: addrKind[i] = AK.slot
    case AddrForm.symbol: addrKind[i] = AK.symbol
    default: addrKind[i] = AK.valueOff
    }
    addrBase[i] = a.base; addrOff[i] = a.off &+ off
  }

  /// Any GEP (`lowerGEP` handles the all-constant ones in line): constant indices fold into the
  /// offset, variable ones are scaled and added.
  @inline(never) func lowerGEPGeneral(_ i: Int) {
    let inst = irInsts[i]
    guard kindOf(inst.type) == .pointer else { error("unsupported: getelementptr on vectors of pointers"); return }
    var a = addrOf(opnd(inst, 0))
    var t = TypeID(raw: inst.aux)
    var varSum = SValue.none
    for k in 1..<Int(inst.operandCount) {
      let idx = opnd(inst, k)
      var scale: UInt64
      if k == 1 {
        scale = allocSizeOf(t)
      } else {
        switch kindOf(t) {
        case .structure:
          let tn = tNodes[Int(t.raw)]
          guard idx.fastTag == .constant, let fk = constInt(ConstID(raw: UInt32(idx.index))),
                fk >= 0, fk < Int64(tn.listCount) else {
            error("struct index in getelementptr must be a constant in range")
            return
          }
          a.off &+= Int64(bitPattern: fieldOffsetOf(t, Int(fk)))
          t = tLists[Int(tn.listStart) + Int(fk)]
          continue
        case .array, .vector:
          t = elementOf(t)
          scale = allocSizeOf(t)
        default:
          error("unsupported: getelementptr into \(describe(t))")
          return
        }
      }
      if idx.fastTag == .constant, let c = constInt(ConstID(raw: UInt32(idx.index))) {
        a.off &+= c &* Int64(bitPattern: scale)
        continue
      }
      let it = typeOf(idx)
      guard kindOf(it) == .integer, requireLeaves(it) else { error("unsupported: getelementptr index of type \(describe(it))"); return }
      if scale == 0 { continue }
      var x = intToType(leaves(idx), width: intWidth(it), ptrT, signed: true)
      if scale != 1 {
        if scale & (scale - 1) == 0 {
          x = bin(.shl, ptrT, x, iconst(ptrT, UInt64(scale.trailingZeroBitCount)))
        } else {
          x = bin(.imul, ptrT, x, iconst(ptrT, scale))
        }
      }
      varSum = varSum == .none ? x : bin(.iadd, ptrT, varSum, x)
    }
    if varSum == .none {
      switch a.kind {
      case AddrForm.slot: addrKind[i] = AK.slot
      case AddrForm.symbol: addrKind[i] = AK.symbol
      default: addrKind[i] = AK.valueOff
      }
      addrBase[i] = a.base; addrOff[i] = a.off
      return
    }
    let baseV: SValue
    switch a.kind {
    case AddrForm.slot: baseV = slotAddr(a.base)
    case AddrForm.symbol: baseV = globalAddr(SymbolID(raw: a.base), 0)
    default: baseV = SValue(raw: a.base)
    }
    addrKind[i] = AK.valueOff
    addrBase[i] = bin(.iadd, ptrT, baseV, varSum).raw
    addrOff[i] = a.off
  }

  // MARK: casts

  func castLeaves(_ op: Opcode, _ x: Value, from: TypeID, to: TypeID) -> Int {
    let fk = kindOf(from), tk = kindOf(to)
    guard requireLeaves(from), requireLeaves(to) else { return leafPool.count }
    switch op {
    case .trunc, .zext, .sext:
      guard fk == .integer && tk == .integer else { error("unsupported: '\(op.name)' on \(describe(from))"); return pushZeros(to) }
      let fw = intWidth(from), tw = intWidth(to)
      if fw == tw { return leaves(x) }
      return intCast(op, from: fw, to: tw, leaves(x))
    case .fptrunc, .fpext:
      let ft = leaf(from, 0).type, tt = leaf(to, 0).type
      let v = scalar(x)
      if ft == tt { let s = leafPool.count; leafPool.append(v); return s }
      let s = leafPool.count
      leafPool.append(conv(op == .fptrunc ? .fdemote : .fpromote, to: tt, v))
      return s
    case .fptosi where tk == .integer && intWidth(to) > 64 && (fk == .float || fk == .double),
         .fptoui where tk == .integer && intWidth(to) > 64 && (fk == .float || fk == .double):
      let h: Helper = fk == .float ? (op == .fptosi ? .f32tos : .f32tou) : (op == .fptosi ? .f64tos : .f64tou)
      return wideConvert(h, width: intWidth(to), float: scalar(x), floatType: fk == .float ? .f32 : .f64, intLeaves: nil)
    case .sitofp where fk == .integer && intWidth(from) > 64 && (tk == .float || tk == .double),
         .uitofp where fk == .integer && intWidth(from) > 64 && (tk == .float || tk == .double):
      let h: Helper = tk == .float ? (op == .sitofp ? .stof32 : .utof32) : (op == .sitofp ? .stof64 : .utof64)
      return wideConvert(h, width: intWidth(from), float: .none, floatType: tk == .float ? .f32 : .f64, intLeaves: leaves(x))
    case .fptosi, .fptoui:
      guard tk == .integer, intWidth(to) <= 64, fk == .float || fk == .double else {
        error("unsupported: '\(op.name)' from \(describe(from)) to \(describe(to))"); return pushZeros(to)
      }
      let w = intWidth(to)
      let t = DataLayout.container(UInt32(w))
      let ct: SType = t.bits < 32 ? .i32 : t
      var r = conv(op == .fptosi ? .fcvtToSInt : .fcvtToUInt, to: ct, scalar(x))
      if ct != t { r = conv(.ireduce, to: t, r) }
      let s = leafPool.count
      leafPool.append(maskTo(r, t, w))
      return s
    case .sitofp, .uitofp:
      guard fk == .integer, intWidth(from) <= 64, tk == .float || tk == .double else {
        error("unsupported: '\(op.name)' from \(describe(from)) to \(describe(to))"); return pushZeros(to)
      }
      let w = intWidth(from)
      let t = DataLayout.container(UInt32(w))
      var v = scalar(x)
      let signed = op == .sitofp
      if signed { v = sextIn(v, t, w) }
      if t.bits < 32 { v = conv(signed ? .sextend : .uextend, to: .i32, v) }
      let s = leafPool.count
      leafPool.append(conv(signed ? .fcvtFromSInt : .fcvtFromUInt, to: tk == .float ? .f32 : .f64, v))
      return s
    case .ptrtoint:
      guard tk == .integer else { error("unsupported: ptrtoint to \(describe(to))"); return pushZeros(to) }
      let tw = intWidth(to)
      let l = leaves(x)
      if tw == ptrT.bits { return l }
      return intCast(tw < ptrT.bits ? .trunc : .zext, from: ptrT.bits, to: tw, l)
    case .inttoptr:
      guard fk == .integer else { error("unsupported: inttoptr from \(describe(from))"); return pushZeros(to) }
      let l = leaves(x)
      let s = leafPool.count
      leafPool.append(intToType(l, width: intWidth(from), ptrT, signed: false))
      return s
    case .bitcast:
      let nf = leafCount(from), nt = leafCount(to)
      guard nf == 1 && nt == 1 else { error("unsupported: bitcast from \(describe(from)) to \(describe(to))"); return pushZeros(to) }
      let ft = leaf(from, 0).type, tt = leaf(to, 0).type
      let v = scalar(x)
      let s = leafPool.count
      if ft == tt { leafPool.append(v); return s }
      guard ft.bytes == tt.bytes else { error("unsupported: bitcast from \(describe(from)) to \(describe(to))"); return pushZeros(to) }
      leafPool.append(un(.bitcast, tt, v))
      return s
    default:
      error("unsupported: cast '\(op.name)'")
      return pushZeros(to)
    }
  }

  // MARK: aggregates and vectors

  /// Leaf offset and type of an extractvalue/insertvalue index path.
  func aggregatePath(_ t0: TypeID, _ inst: Inst) -> (Int, TypeID)? {
    var t = t0, off = 0
    let s = Int(inst.aux)
    for k in 0..<Int(inst.aux2) {
      guard s + k < fn.extra.count, let (o, ft) = layout.leafOffset(t, UInt64(fn.extra[s + k]), types) else {
        error("invalid aggregate index")
        return nil
      }
      off += o; t = ft
    }
    return (off, t)
  }

  func lowerExtractValue(_ i: Int, _ inst: Inst) {
    let agg = opnd(inst, 0)
    let at = typeOf(agg)
    guard requireLeaves(at), let (off, _) = aggregatePath(at, inst) else { return }
    instLeaf[i] = UInt32(leaves(agg) + off)
  }

  func lowerInsertValue(_ i: Int, _ inst: Inst) {
    let agg = opnd(inst, 0), el = opnd(inst, 1)
    let at = typeOf(agg)
    guard requireLeaves(at), let (off, et) = aggregatePath(at, inst) else { return }
    let a = leaves(agg), e = leaves(el)
    let n = leafCount(at), ne = leafCount(et)
    let out = leafPool.count
    for j in 0..<n {
      leafPool.append(j >= off && j < off + ne ? leafPool[e + j - off] : leafPool[a + j])
    }
    instLeaf[i] = UInt32(out)
  }

  func vecIndex(_ v: Value) -> Int64? {
    guard v.fastTag == .constant else { return nil }
    return constInt(ConstID(raw: UInt32(v.index)))
  }

  func lowerExtractElement(_ i: Int, _ inst: Inst) {
    let vec = opnd(inst, 0)
    let vt = typeOf(vec)
    guard requireLeaves(vt), leaf(vt, 0).flags & Leaf.vec2xf32 != 0 else { error("unsupported: extractelement on \(describe(vt))"); return }
    guard let k = vecIndex(opnd(inst, 1)), k == 0 || k == 1 else { error("unsupported: extractelement with a variable index"); return }
    var bits = un(.bitcast, .i64, scalar(vec))
    if k == 1 { bits = bin(.lshr, .i64, bits, iconst(.i64, 32)) }
    let lo = conv(.ireduce, to: .i32, bits)
    setResult(i, un(.bitcast, .f32, lo))
  }

  func lowerInsertElement(_ i: Int, _ inst: Inst) {
    let vec = opnd(inst, 0)
    let vt = typeOf(vec)
    guard requireLeaves(vt), leaf(vt, 0).flags & Leaf.vec2xf32 != 0 else { error("unsupported: insertelement on \(describe(vt))"); return }
    guard let k = vecIndex(opnd(inst, 2)), k == 0 || k == 1 else { error("unsupported: insertelement with a variable index"); return }
    let v64 = un(.bitcast, .i64, scalar(vec))
    var e = conv(.uextend, to: .i64, un(.bitcast, .i32, scalar(opnd(inst, 1))))
    if k == 1 { e = bin(.shl, .i64, e, iconst(.i64, 32)) }
    let keep = bin(.band, .i64, v64, iconst(.i64, k == 0 ? 0xFFFF_FFFF_0000_0000 : 0xFFFF_FFFF))
    setResult(i, un(.bitcast, .f64, bin(.bor, .i64, keep, e)))
  }
}
