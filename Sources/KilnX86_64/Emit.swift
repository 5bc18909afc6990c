// x86_64 emission: VCode + allocation result → bytes in a CodeBuffer (and optionally AT&T text).
// Applies the allocator's operand locations and edits (moves before/after instructions), expands
// pseudo-instructions (their internal branches use local labels; r11/xmm15 are free scratch
// here), writes prologue/epilogue per `Frame`, and appends jump tables after the code.
//
// Invariants: every operand the VCode places in an instruction template has a register
// allocation (the selector uses only register constraints); the block order of the RAFunction
// is the layout order, so a jump to the next block is omitted.

import KilnMachineCode
import KilnRegAlloc
import KilnSSA

/// The buffers one worker's emitters reuse from function to function (`WorkerContext`).
struct EmitScratch {
  var buf = CodeBuffer(capacity: 1024)
  var blockLabels: [Label] = []
  var jumpThread: [Int32] = []
  var direct: [Int32] = []
}

struct Emitter {
  /// `var` only so that `recycle` can hand the arrays back without copying them.
  var vc: VCode
  var res: RegAllocResult
  let frame: Frame
  let extra: ExtraSymbols
  var buf: CodeBuffer
  /// Memo of the encoder's form choice (moved in and out by the caller to reuse it across functions).
  var formCache = X86FormCache()
  var blockLabels: [Label] = []
  var jumpThread: [Int32] = []
  var jtLabels: [Int: Label] = [:]
  var text: String? = nil
  var printer: X86Printer? = nil
  var fnName = ""
  var errorMessage: String? = nil

  var direct: [Int32] = []

  /// An emitter whose buffers come from `scratch` (emptied, capacity kept; see `recycle`).
  /// `vc` and `res` are taken over (consumed, not copied).
  init(_ vc: consuming VCode, _ res: consuming RegAllocResult, _ extra: ExtraSymbols, scratch: inout EmitScratch) {
    frame = Frame(vc, res)
    self.vc = vc; self.res = res; self.extra = extra
    buf = CodeBuffer(capacity: 0)  // (allocates nothing; swapped for the scratch's buffer)
    swap(&buf, &scratch.buf); swap(&blockLabels, &scratch.blockLabels)
    swap(&jumpThread, &scratch.jumpThread); swap(&direct, &scratch.direct)
    buf.reset(); blockLabels.removeAll(keepingCapacity: true)
  }

  /// Gives the buffers back to `scratch`, and the VCode and allocation to `vc`/`res` (for the
  /// next function's selector and allocator). The emitter is not used afterwards.
  mutating func recycle(into scratch: inout EmitScratch, vc: inout VCode, res: inout RegAllocResult) {
    swap(&buf, &scratch.buf); swap(&blockLabels, &scratch.blockLabels)
    swap(&jumpThread, &scratch.jumpThread); swap(&direct, &scratch.direct)
    swap(&self.vc, &vc); swap(&self.res, &res)
  }

  mutating func e(_ x: X86Inst) throws { try eInline(x) }
  /// `e` with the cached encoding inlined, for the per-instruction path (`plain`; `e` is the
  /// out-of-line copy for everything else); failures and text output are out of line.
  /// `labels: false` promises that no operand of x is a `.label`.
  @inline(__always) mutating func eInline(_ x: X86Inst, labels: Bool = true) throws {
    let id: X86FormID
    do { id = try X86Encoder.encodeInlined(x, into: &buf, cache: &formCache, labels: labels) } catch { throw encodeFailure(x, error) }
    if text != nil { printText(x, id) }
  }
  @inline(never) mutating func encodeFailure(_ x: X86Inst, _ error: X86EncodeError) -> X86BackendError {
    let s = X86Printer().print(x) ?? "\(x.op)"
    return X86BackendError("x86_64 backend: in function '\(fnName)': cannot encode '\(s)' (\(error))")
  }
  @inline(never) mutating func printText(_ x: X86Inst, _ id: X86FormID) {
    if let p = printer { var s = "\t"; p.print(x, form: id, into: &s); text! += s + "\n" }
  }
  mutating func bindLabel(_ l: Label) {
    buf.bind(l)
    if text != nil { text! += ".L\(fnName).\(l.raw):\n" }
  }
  mutating func raw(_ bytes: [UInt8], _ asm: String) {
    buf.put(bytes)
    if text != nil { text! += "\t" + asm + "\n" }
  }

  // Read-only helpers are `mutating` so that calls from the mutating emitter pass `self` by
  // address instead of copying the whole Emitter (and retaining its arrays).

  /// Register of the k-th operand *as the selector listed it* (pseudo-instructions).
  @inline(__always) mutating func preg(_ i: MInst, _ k: Int) -> PReg {
    var idx = k
    for j in Int(i.plStart)..<Int(i.plStart) + Int(i.plCount) where Int(vc.placements[j].slot) == 200 + k {
      idx = Int(vc.placements[j].operand); break
    }
    return pregAt(i, idx)
  }
  @inline(__always) mutating func pregAt(_ i: MInst, _ k: Int) -> PReg {
    let a = res.allocs[Int(i.opStart) + k]
    return a.reg ?? PReg(.int, 11)
  }
  @inline(__always) mutating func gpr(_ i: MInst, _ k: Int, _ c: X86Reg.RegClass = .gpr64) -> X86Reg { X86Reg(raw: c.rawValue << 4 | UInt8(preg(i, k).index)) }
  @inline(__always) mutating func xmm(_ i: MInst, _ k: Int) -> X86Reg { X86Reg(raw: 0x40 | UInt8(preg(i, k).index)) }
  static func r(_ n: Int, _ c: X86Reg.RegClass) -> X86Reg { X86Reg(raw: c.rawValue << 4 | UInt8(n)) }

  /// The template with allocations placed (slots ≥ 10 address a second template: `second`).
  @inline(__always) mutating func patched(_ i: MInst, _ x0: X86Inst, second: Bool = false) -> X86Inst {
    var x = x0
    for j in Int(i.plStart)..<Int(i.plStart) + Int(i.plCount) {
      let p = vc.placements[j]
      let slot = Int(p.slot)
      if second != (slot >= 10) { continue }
      let s = second ? slot - 10 : slot
      if slot >= 100 { continue }
      let pr = pregAt(i, Int(p.operand))
      let reg = p.rc == .xmm ? X86Reg(raw: 0x40 | UInt8(pr.index)) : X86Reg(raw: p.rc.rawValue << 4 | UInt8(pr.index))
      // each operand slot patched in place (no copy of the operand out and back through a switch)
      switch s {
      case 0: Emitter.place(reg, p.field, into: &x.o0)
      case 1: Emitter.place(reg, p.field, into: &x.o1)
      default: Emitter.place(reg, p.field, into: &x.o2)
      }
    }
    return x
  }
  /// Puts `reg` into operand o: the register itself (field 0), or a memory operand's base (1) / index (2).
  @inline(__always) static func place(_ reg: X86Reg, _ field: UInt8, into o: inout X86Operand) {
    switch field {
    case 0: o = .reg(reg)
    case 1: if case .mem(var m) = o { m.base = reg.as(.gpr64); o = .mem(m) }
    default: if case .mem(var m) = o { m.index = reg.as(.gpr64); o = .mem(m) }
    }
  }

  @inline(__always) mutating func loc(_ a: Allocation, _ c: RegClass) -> X86Operand {
    if let p = a.reg { return .reg(c == .int ? Emitter.r(p.index, .gpr64) : X86Reg(raw: 0x40 | UInt8(p.index))) }
    return .mem(frame.spill(a.slot ?? SpillSlot(0)))
  }

  mutating func editMove(_ ed: Edit) throws {
    let from = loc(ed.from, ed.regClass), to = loc(ed.to, ed.regClass)
    if from == to { return }
    if ed.regClass == .int { try e(X86Inst(.movq, from, to)); return }
    if case .reg = from, case .reg = to { try e(X86Inst(.movaps, from, to)); return }
    try e(X86Inst(.movsd, from, to))
  }

  mutating func jtLabel(_ sw: Int) -> Label {
    if let l = jtLabels[sw] { return l }
    let l = buf.newLabel(); jtLabels[sw] = l; return l
  }

  /// Jumps are threaded through blocks that hold nothing but a jump (and no allocator moves).
  @inline(__always) mutating func threaded(_ b: Int) -> Int { b < jumpThread.count ? Int(jumpThread[b]) : b }

  mutating func jumpTo(_ target: Int, next: Int) throws {
    if target != next && threaded(target) != next { try e(X86Inst(.jmp, .label(blockLabels[threaded(target)]))) }
  }
  /// jcc to `t` when cc holds, else to `f`, with fallthrough to `next` when possible.
  mutating func branch(_ cc: X86Cond, _ t: Int, _ f: Int, next: Int) throws {
    if t == next || threaded(t) == next { try e(X86Inst(.jcc, cc: cc.inverse, .label(blockLabels[threaded(f)]))); return }
    try e(X86Inst(.jcc, cc: cc, .label(blockLabels[threaded(t)])))
    try jumpTo(f, next: next)
  }

  /// For each block, the block a jump to it may go to instead (itself unless it is a bare jump).
  mutating func planJumpThreading() {
    let ra = vc.ra
    let n = ra.blockCount
    refill(&direct, n, -1)
    let edits = res.edits
    var ei = 0
    for b in 0..<n {
      let s = Int(ra.blocks[b].instStart), e = Int(ra.blocks[b].instEnd)
      guard e > s else { continue }
      while ei < edits.count && edits[ei].point < ProgPoint.before(s) { ei += 1 }
      if ei < edits.count && edits[ei].point <= ProgPoint.after(e - 1) { continue }
      var ok = true
      for i in s..<e - 1 where vc.insts[i].kind != .nop { ok = false; break }
      let last = vc.insts[e - 1]
      if ok && last.kind == .jump && Int(last.a) < n && Int(last.a) != b { direct[b] = Int32(last.a) }
    }
    // (every block to itself, written in place: not one checked append per block)
    refill(&jumpThread, n, 0)
    jumpThread.withUnsafeMutableBufferPointer { jt in for b in 0..<n { jt[b] = Int32(b) } }
    for b in 0..<n where direct[b] >= 0 {
      var t = Int(direct[b]), steps = 0
      while direct[t] >= 0 && steps < 8 && Int(direct[t]) != b { t = Int(direct[t]); steps += 1 }
      if direct[t] < 0 { jumpThread[b] = Int32(t) }
    }
  }

  // MARK: function

  @discardableResult mutating func run() throws -> CodeBuffer {
    let ra = vc.ra
    for _ in 0..<ra.blockCount { blockLabels.append(buf.newLabel()) }
    planJumpThreading()
    // prologue
    try e(X86Inst(.pushq, .reg(.rbp)))
    try e(X86Inst(.movq, .reg(.rsp), .reg(.rbp)))
    if frame.size > 0 { try e(X86Inst(.subq, .imm(Int64(frame.size)), .reg(.rsp))) }
    for (k, r) in frame.calleeSaved.enumerated() {
      try e(X86Inst(.movq, .reg(r), .mem(X86Mem(base: .rbp, disp: frame.calleeSavedOffsets[k]))))
    }
    if vc.isVarArg {
      for (k, r) in X86ABI.intArgRegs.enumerated() {
        try e(X86Inst(.movq, .reg(Emitter.r(r.index, .gpr64)), .mem(X86Mem(base: .rbp, disp: vc.vaSaveOffset + Int32(8 * k)))))
      }
      for k in 0..<8 {
        try e(X86Inst(.movaps, .reg(X86Reg(raw: 0x40 | UInt8(k))), .mem(X86Mem(base: .rbp, disp: vc.vaSaveOffset + 48 + Int32(16 * k)))))
      }
    }
    var ei = 0
    let edits = res.edits
    var b = 0
    // The next block start and the next edit's program point are kept at hand, so that an
    // instruction with neither (most of them) costs two compares here.
    let nb = ra.blockCount, ne = edits.count, ni = vc.insts.count
    precondition(ni < 0x7fff_ffff, "x86_64 emit: too many instructions")
    var nextStart = nb > 0 ? Int(ra.blocks[0].instStart) : Int.max
    var nextEdit: UInt32 = ne > 0 ? edits[0].point.raw : .max
    for i in 0..<ni {
      if nextStart <= i {
        while b < nb && Int(ra.blocks[b].instStart) <= i {
          if Int(ra.blocks[b].instStart) == i || Int(ra.blocks[b].instEnd) > i { bindLabel(blockLabels[b]) }
          b += 1
        }
        nextStart = b < nb ? Int(ra.blocks[b].instStart) : Int.max
      }
      let cur = b - 1
      let before = UInt32(truncatingIfNeeded: i) << 1  // ProgPoint.before(i).raw
      if nextEdit <= before {
        while ei < ne && edits[ei].point.raw <= before { try editMove(edits[ei]); ei += 1 }
        nextEdit = ei < ne ? edits[ei].point.raw : .max
      }
      // Plain instructions (most of them) take the short path, outside `inst`'s big switch.
      let k = vc.insts[i].kind
      if k == .plain || k == .call { try plain(i) } else { try inst(i, next: cur + 1) }
      if nextEdit <= before | 1 {  // ProgPoint.after(i).raw
        while ei < ne && edits[ei].point.raw <= before | 1 { try editMove(edits[ei]); ei += 1 }
        nextEdit = ei < ne ? edits[ei].point.raw : .max
      }
    }
    // jump tables
    for (sw, info) in vc.switches.enumerated() where info.useTable {
      buf.align(to: 4, fill: 0xcc)
      if text != nil { text! += "\t.p2align 2, 0xcc\n" }
      let l = jtLabel(sw)
      bindLabel(l)
      let start = buf.offset
      for t in info.tableTargets {
        let at = buf.offset
        buf.use(blockLabels[Int(t)], kind: .x86Rel32, at: at, addend: Int32(at + 4 - start))
        buf.put32(0)
        if text != nil { text! += "\t.long .L\(fnName).\(blockLabels[Int(t)].raw)-.L\(fnName).\(l.raw)\n" }
      }
    }
    do { try buf.finish() } catch { throw X86BackendError("x86_64 backend: in function '\(fnName)': \(error)") }
    return buf
  }

  mutating func epilogue() throws {
    for (k, r) in frame.calleeSaved.enumerated() {
      try e(X86Inst(.movq, .mem(X86Mem(base: .rbp, disp: frame.calleeSavedOffsets[k])), .reg(r)))
    }
    try e(X86Inst(.leave))
    try e(X86Inst(.ret))
  }

  static func fcmpParts(_ pred: UInt8) -> (swap: Bool, cc: X86Cond, special: Int) {
    // special: 0 simple, 1 oeq, 2 une, 3 false, 4 true
    switch pred {
    case 0: return (false, .e, 3)
    case 1: return (false, .e, 1)
    case 2: return (false, .a, 0)
    case 3: return (false, .ae, 0)
    case 4: return (true, .a, 0)
    case 5: return (true, .ae, 0)
    case 6: return (false, .ne, 0)
    case 7: return (false, .np, 0)
    case 8: return (false, .e, 0)
    case 9: return (true, .b, 0)
    case 10: return (true, .be, 0)
    case 11: return (false, .b, 0)
    case 12: return (false, .be, 0)
    case 13: return (false, .ne, 2)
    case 14: return (false, .p, 0)
    default: return (false, .e, 4)
    }
  }

  mutating func ucomis(_ i: MInst, swap: Bool, f32: Bool) throws {
    let a = xmm(i, 0), b = xmm(i, 1)
    let (d, s) = swap ? (b, a) : (a, b)
    try e(X86Inst(f32 ? .ucomiss : .ucomisd, .reg(s), .reg(d)))
  }

  mutating func bitScan(_ op: UInt8, src: X86Reg, dst: X86Reg, q: Bool) {
    var rex: UInt8 = 0x40 | (q ? 8 : 0)
    if dst.number >= 8 { rex |= 4 }
    if src.number >= 8 { rex |= 1 }
    var bytes: [UInt8] = []
    if rex != 0x40 { bytes.append(rex) }
    bytes += [0x0f, op, 0xc0 | (dst.number & 7) << 3 | (src.number & 7)]
    raw(bytes, "\(op == 0xbd ? "bsr" : "bsf")\(q ? "q" : "l") %\(src.name), %\(dst.name)")
  }

  /// A `.plain` or `.call` instruction: the template with its allocations placed (`patched`,
  /// specialized). The registers are written into the template where it lies in `vc.insts`
  /// (each instruction is emitted once, and patching is idempotent), and the encoder reads it
  /// there: a copy of the 48-byte X86Inst is split into scalars by the optimizer and put back
  /// together for the call, which cost more than the patching itself.
  mutating func plain(_ idx: Int) throws {
    precondition(idx >= 0 && idx < vc.insts.count)
    let ip = vc.insts.p + idx
    let pl = Int(ip.pointee.plStart), pc = Int(ip.pointee.plCount), opStart = Int(ip.pointee.opStart)
    precondition(pl + pc <= vc.placements.count)
    let pp = vc.placements.p
    res.allocs.withUnsafeBufferPointer { allocs in
      for j in pl ..< pl + pc {
        let p = pp[j]
        let slot = p.slot
        if slot >= 10 { continue }  // (pseudo-instruction slots; plain ones use 0-2 only)
        let k = opStart + Int(p.operand)
        precondition(k < allocs.count)
        let pr = allocs[k].reg ?? PReg(.int, 11)
        let reg = p.rc == .xmm ? X86Reg(raw: 0x40 | UInt8(pr.index)) : X86Reg(raw: p.rc.rawValue << 4 | UInt8(pr.index))
        switch slot {
        case 0: Emitter.place(reg, p.field, into: &ip.pointee.x.o0)
        case 1: Emitter.place(reg, p.field, into: &ip.pointee.x.o1)
        default: Emitter.place(reg, p.field, into: &ip.pointee.x.o2)
        }
      }
    }
    // (the selector never puts a `.label` operand in a template, nor does the patching above)
    try eInline(ip.pointee.x, labels: false)
  }

  mutating func inst(_ idx: Int, next: Int) throws {
    let i = vc.insts[idx]
    switch i.kind {
    case .plain, .call:
      try e(patched(i, i.x))
    case .nop, .args:
      break
    case .move:
      let c = vc.ra.operands[Int(i.opStart)].regClass
      let s = pregAt(i, 0), d = pregAt(i, 1)
      if s != d {
        if c == .int { try e(X86Inst(.movq, .reg(Emitter.r(s.index, .gpr64)), .reg(Emitter.r(d.index, .gpr64)))) }
        else { try e(X86Inst(.movaps, .reg(X86Reg(raw: 0x40 | UInt8(s.index))), .reg(X86Reg(raw: 0x40 | UInt8(d.index))))) }
      }
    case .jump:
      try jumpTo(Int(i.a), next: next)
    case .brif, .brcmp:
      try e(patched(i, i.x))
      try branch(i.kind == .brif ? .ne : X86Cond(rawValue: i.cc) ?? .ne, Int(i.a), Int(i.b), next: next)
    case .brfcmp:
      let t = Int(i.a & 0xffff_ffff), fl = Int(i.b)
      let p = Emitter.fcmpParts(i.cc)
      if p.special == 3 { try jumpTo(fl, next: next); return }
      if p.special == 4 { try jumpTo(t, next: next); return }
      try ucomis(i, swap: p.swap, f32: i.a >> 40 != 0)
      switch p.special {
      case 1:
        try e(X86Inst(.jcc, cc: .ne, .label(blockLabels[fl])))
        try e(X86Inst(.jcc, cc: .p, .label(blockLabels[fl])))
        try jumpTo(t, next: next)
      case 2:
        try e(X86Inst(.jcc, cc: .ne, .label(blockLabels[t])))
        try e(X86Inst(.jcc, cc: .p, .label(blockLabels[t])))
        try jumpTo(fl, next: next)
      default:
        try branch(p.cc, t, fl, next: next)
      }
    case .cmpSet:
      try e(patched(i, i.x))
      let d = pregAt(i, Int(i.opCount) - 1)
      try e(X86Inst(.setcc, cc: X86Cond(rawValue: i.cc) ?? .e, .reg(Emitter.r(d.index, .gpr8))))
    case .fcmpSet:
      let d = gpr(i, 2, .gpr8)
      let p = Emitter.fcmpParts(i.cc)
      if p.special == 3 { try e(X86Inst(.xorl, .reg(d.as(.gpr32)), .reg(d.as(.gpr32)))); return }
      if p.special == 4 { try e(X86Inst(.movl, .imm(1), .reg(d.as(.gpr32)))); return }
      try ucomis(i, swap: p.swap, f32: i.b == 4)
      switch p.special {
      case 1:
        try e(X86Inst(.setcc, cc: .np, .reg(Emitter.r(11, .gpr8))))
        try e(X86Inst(.setcc, cc: .e, .reg(d)))
        try e(X86Inst(.andb, .reg(Emitter.r(11, .gpr8)), .reg(d)))
      case 2:
        try e(X86Inst(.setcc, cc: .p, .reg(Emitter.r(11, .gpr8))))
        try e(X86Inst(.setcc, cc: .ne, .reg(d)))
        try e(X86Inst(.orb, .reg(Emitter.r(11, .gpr8)), .reg(d)))
      default:
        try e(X86Inst(.setcc, cc: p.cc, .reg(d)))
      }
    case .cmovSel:
      try e(patched(i, i.x))
      let op = X86Op(rawValue: UInt16(i.a)) ?? .cmovccl
      try e(patched(i, X86Inst(op, cc: X86Cond(rawValue: i.cc) ?? .ne, .reg(.rax), .reg(.rax)), second: true))
    case .fsel:
      let c = gpr(i, 0, .gpr8), t = xmm(i, 1), f = xmm(i, 2), d = xmm(i, 3)
      let lf = buf.newLabel(), le = buf.newLabel()
      try e(X86Inst(.testb, .reg(c), .reg(c)))
      try e(X86Inst(.jcc, cc: .e, .label(lf)))
      if t != d { try e(X86Inst(.movaps, .reg(t), .reg(d))) }
      try e(X86Inst(.jmp, .label(le)))
      bindLabel(lf)
      if f != d { try e(X86Inst(.movaps, .reg(f), .reg(d))) }
      bindLabel(le)
    case .div:
      let q = i.b == 8
      if i.a != 0 { try e(X86Inst(q ? .cqto : .cltd)) } else { try e(X86Inst(.xorl, .reg(.edx), .reg(.edx))) }
      let b = gpr(i, 1, q ? .gpr64 : .gpr32)
      try e(X86Inst(i.a != 0 ? (q ? .idivq : .idivl) : (q ? .divq : .divl), .reg(b)))
    case .bitScan:
      let q = i.b == 64
      let s = gpr(i, 0, q ? .gpr64 : .gpr32), d = gpr(i, 1, q ? .gpr64 : .gpr32)
      let l = buf.newLabel()
      if i.a == 1 {
        bitScan(0xbd, src: s, dst: d, q: q)
        try e(X86Inst(.jcc, cc: .ne, .label(l)))
        try e(X86Inst(.movl, .imm(q ? 127 : 63), .reg(d.as(.gpr32))))
        bindLabel(l)
        try e(X86Inst(q ? .xorq : .xorl, .imm(q ? 63 : 31), .reg(d)))
      } else {
        bitScan(0xbc, src: s, dst: d, q: q)
        try e(X86Inst(.jcc, cc: .ne, .label(l)))
        try e(X86Inst(.movl, .imm(q ? 64 : 32), .reg(d.as(.gpr32))))
        bindLabel(l)
      }
    case .fconst:
      let d = xmm(i, 0)
      if i.a == 0 { try e(X86Inst(.xorps, .reg(d), .reg(d))); return }
      if i.b == 4 {
        try e(X86Inst(.movl, .imm(Int64(UInt32(truncatingIfNeeded: i.a))), .reg(.r11d)))
        try e(X86Inst(.movd, .reg(.r11d), .reg(d)))
      } else {
        try e(X86Inst(.movq, .imm(i.a), .reg(.r11)))
        try e(X86Inst(.movqx, .reg(.r11), .reg(d)))
      }
    case .f2u64:
      let s4 = i.b == 4
      let x = xmm(i, 0), d = gpr(i, 1)
      let x15 = X86Reg(raw: 0x4f)
      let l1 = buf.newLabel(), le = buf.newLabel()
      if s4 {
        try e(X86Inst(.movl, .imm(0x5f00_0000), .reg(.r11d)))
        try e(X86Inst(.movd, .reg(.r11d), .reg(x15)))
      } else {
        try e(X86Inst(.movq, .imm(0x43e0_0000_0000_0000), .reg(.r11)))
        try e(X86Inst(.movqx, .reg(.r11), .reg(x15)))
      }
      try e(X86Inst(s4 ? .ucomiss : .ucomisd, .reg(x15), .reg(x)))
      try e(X86Inst(.jcc, cc: .ae, .label(l1)))
      try e(X86Inst(s4 ? .cvttss2siq : .cvttsd2siq, .reg(x), .reg(d)))
      try e(X86Inst(.jmp, .label(le)))
      bindLabel(l1)
      try e(X86Inst(s4 ? .subss : .subsd, .reg(x), .reg(x15)))
      try e(X86Inst(s4 ? .cvttss2siq : .cvttsd2siq, .reg(x15), .reg(d)))
      try e(X86Inst(.negq, .reg(d)))
      try e(X86Inst(.movq, .imm(Int64.min), .reg(.r11)))
      try e(X86Inst(.xorq, .reg(.r11), .reg(d)))
      bindLabel(le)
    case .u642f:
      let s4 = i.b == 4
      let x = gpr(i, 0), d = xmm(i, 1), tmp = gpr(i, 2)
      let l1 = buf.newLabel(), le = buf.newLabel()
      try e(X86Inst(.testq, .reg(x), .reg(x)))
      try e(X86Inst(.jcc, cc: .s, .label(l1)))
      try e(X86Inst(s4 ? .cvtsi2ssq : .cvtsi2sdq, .reg(x), .reg(d)))
      try e(X86Inst(.jmp, .label(le)))
      bindLabel(l1)
      try e(X86Inst(.movq, .reg(x), .reg(.r11)))
      try e(X86Inst(.shrq, .imm(1), .reg(.r11)))
      try e(X86Inst(.movl, .reg(x.as(.gpr32)), .reg(tmp.as(.gpr32))))
      try e(X86Inst(.andl, .imm(1), .reg(tmp.as(.gpr32))))
      try e(X86Inst(.orq, .reg(tmp), .reg(.r11)))
      try e(X86Inst(s4 ? .cvtsi2ssq : .cvtsi2sdq, .reg(.r11), .reg(d)))
      try e(X86Inst(s4 ? .addss : .addsd, .reg(d), .reg(d)))
      bindLabel(le)
    case .fminmax:
      let s4 = i.b == 4
      let a = xmm(i, 0), b = xmm(i, 1), d = xmm(i, 2)
      let x15 = X86Reg(raw: 0x4f)
      let l = buf.newLabel()
      try e(X86Inst(.movaps, .reg(a), .reg(x15)))
      try e(X86Inst(i.a == 1 ? (s4 ? .minss : .minsd) : (s4 ? .maxss : .maxsd), .reg(b), .reg(x15)))
      try e(X86Inst(s4 ? .ucomiss : .ucomisd, .reg(b), .reg(b)))
      try e(X86Inst(.jcc, cc: .np, .label(l)))
      try e(X86Inst(.movaps, .reg(a), .reg(x15)))
      bindLabel(l)
      try e(X86Inst(.movaps, .reg(x15), .reg(d)))
    case .fcopysign:
      let s4 = i.b == 4
      let a = xmm(i, 0), b = xmm(i, 1), d = xmm(i, 2)
      let x15 = X86Reg(raw: 0x4f)
      try e(X86Inst(.movaps, .reg(b), .reg(x15)))
      try e(X86Inst(.andps, .mem(.rip(extra.consts, addend: s4 ? ExtraSymbols.signF32 : ExtraSymbols.signF64)), .reg(x15)))
      if a != d { try e(X86Inst(.movaps, .reg(a), .reg(d))) }
      try e(X86Inst(.andps, .mem(.rip(extra.consts, addend: s4 ? ExtraSymbols.absF32 : ExtraSymbols.absF64)), .reg(d)))
      try e(X86Inst(.orps, .reg(x15), .reg(d)))
    case .dynAlloca:
      let n = gpr(i, 0), d = gpr(i, 1)
      try e(X86Inst(.movq, .reg(n), .reg(.r11)))
      try e(X86Inst(.addq, .imm(15), .reg(.r11)))
      try e(X86Inst(.andq, .imm(-16), .reg(.r11)))
      try e(X86Inst(.subq, .reg(.r11), .reg(.rsp)))
      if i.a > 16 { try e(X86Inst(.andq, .imm(-i.a), .reg(.rsp))) }
      try e(X86Inst(.leaq, .mem(X86Mem(base: .rsp, disp: Int32(frame.outgoing))), .reg(d)))
    case .stackSave:
      try e(X86Inst(.movq, .reg(.rsp), .reg(gpr(i, 0))))
    case .stackRestore:
      try e(X86Inst(.movq, .reg(gpr(i, 0)), .reg(.rsp)))
    case .vaStart:
      let p = gpr(i, 0)
      try e(X86Inst(.movl, .imm(i.a & 0xffff_ffff), .mem(X86Mem(base: p))))
      try e(X86Inst(.movl, .imm(i.b), .mem(X86Mem(base: p, disp: 4))))
      try e(X86Inst(.leaq, .mem(X86Mem(base: .rbp, disp: 16 + Int32(i.a >> 32))), .reg(.r11)))
      try e(X86Inst(.movq, .reg(.r11), .mem(X86Mem(base: p, disp: 8))))
      try e(X86Inst(.leaq, .mem(X86Mem(base: .rbp, disp: vc.vaSaveOffset)), .reg(.r11)))
      try e(X86Inst(.movq, .reg(.r11), .mem(X86Mem(base: p, disp: 16))))
    case .vaCopy:
      let d = gpr(i, 0), s = gpr(i, 1)
      for k in 0..<3 {
        try e(X86Inst(.movq, .mem(X86Mem(base: s, disp: Int32(8 * k))), .reg(.r11)))
        try e(X86Inst(.movq, .reg(.r11), .mem(X86Mem(base: d, disp: Int32(8 * k)))))
      }
    case .jtBase:
      let l = jtLabel(Int(i.a))
      try e(X86Inst(.leaq, .mem(.rip(l)), .reg(gpr(i, 0))))
    case .switchJT:
      let info = vc.switches[Int(i.a)]
      let base = gpr(i, 1)
      try loadSwitchValue(info.type, gpr(i, 0))
      if info.minValue != 0 { try e(X86Inst(.subq, .imm(info.minValue), .reg(.r11))) }
      try e(X86Inst(.cmpq, .imm(Int64(info.range - 1)), .reg(.r11)))
      try e(X86Inst(.jcc, cc: .a, .label(blockLabels[Int(info.defaultTarget)])))
      try e(X86Inst(.movslq, .mem(X86Mem(base: base, index: .r11, scale: 4)), .reg(.r11)))
      try e(X86Inst(.addq, .reg(base), .reg(.r11)))
      try e(X86Inst(.jmp, .reg(.r11)))
    case .switchChain:
      let info = vc.switches[Int(i.a)]
      let t = info.type
      let v = gpr(i, 0, ISel.gprRc(t))
      let cmp = ISel.sized(t, .cmpb, .cmpw, .cmpl, .cmpq)
      for (k, c) in info.cases.enumerated() {
        let sv: Int64
        switch t {
        case .i8: sv = Int64(Int8(truncatingIfNeeded: c))
        case .i16: sv = Int64(Int16(truncatingIfNeeded: c))
        case .i32: sv = Int64(Int32(truncatingIfNeeded: c))
        default: sv = Int64(bitPattern: c)
        }
        if t == .i64 && !(sv >= -0x8000_0000 && sv <= 0x7fff_ffff) {
          try e(X86Inst(.movq, .imm(sv), .reg(.r11)))
          try e(X86Inst(.cmpq, .reg(.r11), .reg(v)))
        } else {
          try e(X86Inst(cmp, .imm(sv), .reg(v)))
        }
        try e(X86Inst(.jcc, cc: .e, .label(blockLabels[Int(info.targets[k])])))
      }
      try jumpTo(Int(info.defaultTarget), next: next)
    case .ret:
      try epilogue()
    case .ud2:
      try e(X86Inst(.ud2))
    }
  }

  mutating func loadSwitchValue(_ t: SType, _ v: X86Reg) throws {
    switch t {
    // sign-extended: the table's range check uses the signed view of the case values
    case .i8: try e(X86Inst(.movsbq, .reg(v.as(.gpr8)), .reg(.r11)))
    case .i16: try e(X86Inst(.movswq, .reg(v.as(.gpr16)), .reg(.r11)))
    case .i32: try e(X86Inst(.movslq, .reg(v.as(.gpr32)), .reg(.r11)))
    default: try e(X86Inst(.movq, .reg(v), .reg(.r11)))
    }
  }
}
