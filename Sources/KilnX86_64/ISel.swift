// x86_64 instruction selection: one Kiln `SFunction` → VCode (flat arrays of `MInst`, each an
// `X86Inst` template or a small pseudo-instruction over virtual registers) built in lock-step with
// the allocator's `RAFunction` (instruction i of the VCode is instruction i of the RAFunction).
//
// Invariants:
// - Integer values live in GPRs; i8/i16/i32 use 32-bit operations and only the low container
//   bits are meaningful (bits above the container are garbage). Consumers that look above the
//   container (extensions, right shifts, division, bit counting, call arguments with
//   signext/zeroext, comparisons use the container's own width) extend first.
// - Constants, `stackAddr` and `globalAddr` are re-materialized at each use (no long live ranges).
// - Flags never live across machine instructions: a compare and its consumer (setcc, cmov, jcc)
//   are one pseudo-instruction, so allocator moves (plain `mov`s) never separate them.
// - r11/xmm15 (the allocator's scratch registers) are free inside one pseudo-instruction.
// - RA block layout: each reachable SSA block, followed by the split blocks of its critical
//   out-edges; unreachable SSA blocks are dropped.
// Speed: selecting an instruction does not allocate. Operand lists are `PL` values (inline, up
// to six) or reused `AppendBuffer`s (calls); SSA operands are read by index, never as slices; read-only
// helpers are `mutating` so calls do not copy `self`.

import KilnMachineCode
import KilnRegAlloc
import KilnSSA

public struct X86BackendError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ m: String) { message = m }
  public var description: String { message }
}

enum MKind: UInt8 {
  case plain, move, args, call, jump, brif, brcmp, brfcmp, switchJT, switchChain, jtBase, ret, ud2
  case cmpSet, fcmpSet, cmovSel, fsel, div, bitScan, fconst, f2u64, u642f, fminmax, fcopysign
  case dynAlloca, stackSave, stackRestore, vaStart, vaCopy, nop
}

/// One operand with where its allocation goes in the template (slot 255: nowhere).
struct P {
  var op: Operand
  var slot: UInt8 = 255
  /// 0 register operand, 1 memory base, 2 memory index
  var field: UInt8 = 0
  var rc: X86Reg.RegClass = .gpr64
}

/// The operand list of one instruction under construction: up to six `P`s stored inline (a plain
/// value: no heap allocation, no reference counting). Longer lists (calls, the entry's arguments)
/// go through `addList` with an array or a reused `AppendBuffer`.
/// The six slots are raw 64-bit words, not a tuple of `P`s: PLs are built, passed and returned by
/// value everywhere in the selector, and the optimizer copies a tuple of Ps field by field (~8
/// fields each, all six slots) but raw storage as 18 words. Still, a copy that is not optimized
/// away is a 152-byte memcpy: a list is extended in a variable (`append`) and handed over in
/// place (`add(_:_:list:)`), not concatenated into a new value.
struct PL {
  var count = 0
  var s: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
          UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
    (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
  /// Bytes per slot (a P is 24 bytes; checked where slots are written).
  @inline(__always) static var slotBytes: Int { 24 }
  @inline(__always) init() {}
  @inline(__always) init(_ a: P) { self[0] = a; count = 1 }
  @inline(__always) init(_ a: P, _ b: P) { self[0] = a; self[1] = b; count = 2 }
  @inline(__always) init(_ a: P, _ b: P, _ c: P) { self[0] = a; self[1] = b; self[2] = c; count = 3 }
  @inline(__always) init(_ a: P, _ b: P, _ c: P, _ d: P) { self[0] = a; self[1] = b; self[2] = c; self[3] = d; count = 4 }
  var isEmpty: Bool { count == 0 }
  // Elements are addressed by byte offset into the storage (P is a trivial type), not by a switch
  // on the index: `append` then compiles to a few moves instead of six-way branches.
  @inline(__always) subscript(i: Int) -> P {
    get { withSlotBytes { $0.load(fromByteOffset: i &* PL.slotBytes, as: P.self) } }
    set {
      // (constant-folded: a P fits its slot and is aligned for it)
      precondition(MemoryLayout<P>.size <= PL.slotBytes && PL.slotBytes % MemoryLayout<P>.alignment == 0)
      withMutableSlotBytes { $0.storeBytes(of: newValue, toByteOffset: i &* PL.slotBytes, as: P.self) }
    }
  }
  /// The slots' bytes, read or written in place. (The stdlib's `_withUnprotected…` spelling of
  /// `withUnsafeBytes(of:)`: with the plain one, every function that builds a PL — `select` and
  /// most helpers — sets up and checks a stack canary, ~7 instructions a call. Accesses stay
  /// inside the slots: indices are below 6, `append` checks.)
  @inline(__always) func withSlotBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    _withUnprotectedUnsafeBytes(of: s, body)
  }
  @inline(__always) mutating func withMutableSlotBytes<R>(_ body: (UnsafeMutableRawBufferPointer) -> R) -> R {
    _withUnprotectedUnsafeMutableBytes(of: &s, body)
  }
  @inline(__always) mutating func append(_ p: P) {
    precondition(count < 6, "x86_64 isel: more than six operands in a PL (use addList)")
    self[count] = p
    count += 1
  }
}

struct Placement {
  var operand: UInt16
  var slot: UInt8
  var field: UInt8
  var rc: X86Reg.RegClass
}

struct MInst {
  var kind: MKind
  var x: X86Inst
  var opStart: UInt32
  var opCount: UInt16
  var plStart: UInt32
  var plCount: UInt16
  var cc: UInt8 = 0
  var a: Int64 = 0
  var b: Int64 = 0
}

struct SwitchInfo {
  var type: SType
  var cases: [UInt64]
  var targets: [UInt32]   // RA blocks per case
  var defaultTarget: UInt32
  var useTable: Bool
  var minValue: Int64
  var range: Int
  var tableTargets: [UInt32]
}

/// Symbols the backend references beyond the module's own (libc helpers, the constant pool).
struct ExtraSymbols: Sendable {
  var memcpy: ObjSymbolID
  var memmove: ObjSymbolID
  var memset: ObjSymbolID
  var consts: ObjSymbolID
  // offsets of 16-byte constants in the pool
  static let signF32: Int32 = 0, signF64: Int32 = 16, absF32: Int32 = 32, absF64: Int32 = 48
}

/// `ISel.rematCache`: an open-addressing map (symbol, addend/value) → vreg, emptied per block in
/// O(1) by bumping a generation number.
struct RematTable {
  var keys = [ISel.RematKey](repeating: ISel.RematKey(sym: 0, imm: 0), count: 64)
  var vals = [UInt32](repeating: 0, count: 64)
  /// Entry k is live when gens[k] == gen.
  var gens = [UInt32](repeating: 0, count: 64)
  var gen: UInt32 = 1
  var count = 0

  @inline(__always) static func hash(_ k: ISel.RematKey) -> Int {
    var h = UInt64(bitPattern: k.sym) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(bitPattern: k.imm) &* 0xC2B2_AE3D_27D4_EB4F
    h ^= h >> 31
    return Int(truncatingIfNeeded: h)
  }
  @inline(__always) mutating func clear() { gen &+= 1; count = 0; if gen == 0 { gens = [UInt32](repeating: 0, count: gens.count); gen = 1 } }
  @inline(__always) func find(_ k: ISel.RematKey) -> VReg? {
    let mask = keys.count - 1
    var i = RematTable.hash(k) & mask
    while gens[i] == gen {
      if keys[i] == k { return VReg(raw: vals[i]) }
      i = (i + 1) & mask
    }
    return nil
  }
  mutating func insert(_ k: ISel.RematKey, _ v: VReg) {
    if 2 * (count + 1) > keys.count { grow() }
    let mask = keys.count - 1
    var i = RematTable.hash(k) & mask
    while gens[i] == gen {
      if keys[i] == k { vals[i] = v.raw; return }
      i = (i + 1) & mask
    }
    keys[i] = k; vals[i] = v.raw; gens[i] = gen; count += 1
  }
  mutating func grow() {
    let oldKeys = keys, oldVals = vals, oldGens = gens, live = gen
    let n = keys.count * 2
    keys = [ISel.RematKey](repeating: ISel.RematKey(sym: 0, imm: 0), count: n)
    vals = [UInt32](repeating: 0, count: n)
    gens = [UInt32](repeating: 0, count: n)
    gen = 1; count = 0
    for j in 0..<oldKeys.count where oldGens[j] == live { insert(oldKeys[j], VReg(raw: oldVals[j])) }
  }
}

struct VCode {
  // (appended to without a uniqueness check per append; see AppendBuffer.swift)
  var insts: AppendBuffer<MInst>
  var placements: AppendBuffer<Placement>
  var targets: [UInt32] = []
  var switches: [SwitchInfo] = []
  var blockCount = 0
  var ra = RAFunction()
  // frame facts known before allocation
  var slotOffsets: [Int32] = []   // rbp-relative
  var fixedFrameBytes = 0
  var vaSaveOffset: Int32 = 0
  var isVarArg = false
  var outgoingBytes = 0
  var hasDynAlloca = false

  init() { insts = AppendBuffer(); placements = AppendBuffer() }
  /// An empty VCode over the same instruction and placement buffers as `other` (allocates
  /// nothing: a placeholder left where a VCode was moved out; see AppendBuffer's one-writer rule).
  init(sharingBuffersOf other: VCode) { insts = other.insts; placements = other.placements }
}

/// One selector per worker (`WorkerContext`), readied for each function by `begin`: its arrays
/// and buffers keep their capacity from one function to the next instead of being allocated,
/// zeroed and freed per function.
struct ISel {
  var f: SFunction
  var symbols: [SSymbol]
  var extra: ExtraSymbols
  /// Per module symbol: a thread-local data object (unsupported: needs TLS access sequences).
  var isTLS: [Bool] = []
  var rb = RAFunctionBuilder()
  var vc = VCode()
  var opTotal = 0
  /// The allocator operands of the latest instructions, not yet handed to `rb` (collected here,
  /// they are appended without a copy-on-write check each). `addCore` hands them over in small
  /// batches (256 operands, 6 KB: still in cache, and few enough hand-overs that their fixed
  /// cost is small), and `run` the rest at the end.
  var raOps = AppendBuffer<Operand>()
  /// The allocator's records (`RAInstData`) of the latest instructions, not yet handed to `rb`
  /// (collected like `raOps`; `flushInsts` hands them over in batches, and before `rb` switches
  /// blocks, which reads its instruction count).
  var raInsts = AppendBuffer<RAInstData>()
  /// The classes of the vregs `newV` made since the last `flushVRegs` (numbered from `vregBase`;
  /// handed to `rb` in bulk, without a copy-on-write check per vreg).
  var newVClasses = AppendBuffer<RegClass>()
  var vregBase = 0
  var vmap: [UInt32] = []
  var useCount: [UInt32] = []
  var folded: [Bool] = []
  var defInst: [Int32] = []
  var blockOf: [Int32] = []   // SSA inst → SSA block
  var raBlock: [Int32] = []   // SSA block → RA block (-1 unreachable)
  var curBlock = 0
  /// Per entry of `f.succs`: the RA split block of that CFG edge, or -1.
  var splitOf: [Int32] = []
  /// Per successor k of the terminator just selected: the branch arguments (vregs),
  /// `termArgFlat[termArgStart[k] ..< termArgStart[k + 1]]`.
  var termArgFlat = AppendBuffer<VReg>()
  var termArgStart = AppendBuffer<Int>()
  var termTargets = AppendBuffer<UInt32>()
  /// Addresses of globals and 64-bit constants already materialized in the current SSA block
  /// (SSA value index → vreg); reused by later uses in the same block instead of re-emitting them.
  var rematCache = RematTable()
  struct RematKey: Hashable { var sym: Int64; var imm: Int64 }
  var rematBlock = -1
  var sretVReg: VReg? = nil
  var argInfo = X86ABI.ArgInfo()
  /// The classification of the call being selected (kept for its array's capacity).
  var callInfo = X86ABI.ArgInfo()
  /// The operand list of the call being selected (kept for its capacity).
  var callPs = AppendBuffer<P>()
  /// `X86ABI.callClobbers`, read once (the global's lazy-initialization check is a call per read).
  let callClobbers = X86ABI.callClobbers
  /// `addCore`'s operand map past its first eight entries (long lists only; kept for capacity).
  var addMapExtra: [Int32] = []

  /// Per-function scratch of `planFolds` and `run` (kept for capacity).
  var addrUses: [UInt32] = []
  var reach: [Bool] = []
  var preds: [Int32] = []
  var work: [Int] = []

  /// An idle selector (`begin` readies it for a function).
  init() {
    f = SFunction(symbol: SymbolID(0)); symbols = []
    extra = ExtraSymbols(memcpy: ObjSymbolID(0), memmove: ObjSymbolID(0), memset: ObjSymbolID(0), consts: ObjSymbolID(0))
  }

  /// Readies the selector for `f`: the per-function state reset, the per-value and per-instruction
  /// tables refilled, and `recycled` (the VCode of an earlier function, or an empty one) taken over
  /// as the VCode to fill, emptied, its arrays (and its RAFunction's) keeping their capacity.
  /// (The other scratch arrays and buffers are refilled or emptied where they are used.)
  mutating func begin(_ f: SFunction, symbols: [SSymbol], extra: ExtraSymbols, isTLS: [Bool], recycling recycled: inout VCode) {
    self.f = f; self.symbols = symbols; self.extra = extra; self.isTLS = isTLS
    opTotal = 0; vregBase = 0; curBlock = 0; rematBlock = -1; sretVReg = nil
    let nv = f.values.count, ni = f.insts.count
    refill(&vmap, nv, .max); refill(&useCount, nv, 0); refill(&defInst, nv, -1)
    refill(&folded, ni, false); refill(&blockOf, ni, -1); refill(&raBlock, f.blocks.count, -1)
    rematCache.clear()
    raOps.removeAll(); raInsts.removeAll(); newVClasses.removeAll()
    swap(&vc, &recycled)
    rb.reset(recycling: &vc.ra)
    vc.insts.removeAll(); vc.placements.removeAll()
    vc.targets.removeAll(keepingCapacity: true); vc.switches.removeAll(keepingCapacity: true)
    vc.slotOffsets.removeAll(keepingCapacity: true)
    vc.blockCount = 0; vc.fixedFrameBytes = 0; vc.vaSaveOffset = 0; vc.isVarArg = false; vc.outgoingBytes = 0
    vc.hasDynAlloca = false
  }

  // Helpers that only read are still `mutating`: called from the mutating selectors, a
  // non-mutating call may copy the whole ISel value (retaining every array) to pass `self`.
  mutating func fail(_ m: String) -> X86BackendError {
    let name = f.symbol.index < symbols.count ? symbols[f.symbol.index].name : "?"
    return X86BackendError("x86_64 backend: in function '\(name)': \(m)")
  }

  // MARK: vregs

  // (`SType.isFloat` spelled out: the cross-module getter is not inlined here)
  @inline(__always) static func cls(_ t: SType) -> RegClass { t == .f32 || t == .f64 ? .float : .int }
  static func rc(_ t: SType) -> X86Reg.RegClass {
    switch t {
    case .i64: return .gpr64
    case .f32, .f64: return .xmm
    default: return .gpr32
    }
  }
  @inline(__always) mutating func newV(_ t: SType) -> VReg {
    let r = VReg(vregBase &+ newVClasses.count)
    newVClasses.append(ISel.cls(t))
    return r
  }
  /// Hands the classes of the vregs made by `newV` to `rb` (before `rb` makes vregs itself, and
  /// before finishing).
  mutating func flushVRegs() {
    rb.appendVRegs(newVClasses.all)
    newVClasses.removeAll()
    vregBase = rb.vregCount
  }
  /// Hands the instructions `addCore` collected to `rb` (with their operands' batch, and before
  /// finishing; blocks are switched to at the index their first instruction will have).
  mutating func flushInsts() {
    if raInsts.count == 0 { return }
    rb.endInsts(deferredOperands: raInsts.all)
    raInsts.removeAll()
  }
  @inline(__always) mutating func vreg(_ v: SValue) -> VReg {
    let m = vmap[v.index]
    if m != .max { return VReg(raw: m) }
    return firstVReg(v)
  }
  /// `vreg` the first time v is asked for.
  @inline(never) mutating func firstVReg(_ v: SValue) -> VReg {
    let r = newV(f.type(v))
    vmap[v.index] = r.raw
    return r
  }
  @inline(__always) mutating func defOp(_ v: SValue) -> SOp? {
    let d = defInst[v.index]
    return d < 0 ? nil : f.insts[Int(d)].op
  }
  @inline(__always) mutating func constValue(_ v: SValue) -> Int64? {
    let d = defInst[v.index]
    guard d >= 0, f.insts[Int(d)].op == .iconst else { return nil }
    return f.insts[Int(d)].imm
  }
  /// The constant as an immediate for an operation of type t, if it fits.
  @inline(__always) mutating func immFor(_ v: SValue, _ t: SType) -> Int64? {
    guard let c = constValue(v) else { return nil }
    switch t {
    case .i64: return c >= -0x8000_0000 && c <= 0x7fff_ffff ? c : nil
    case .i32: return Int64(Int32(truncatingIfNeeded: c))
    case .i16: return Int64(Int16(truncatingIfNeeded: c))
    case .i8: return Int64(Int8(truncatingIfNeeded: c))
    default: return nil
    }
  }

  /// A register holding value v at this point (re-materializing constants and addresses).
  /// (Most values are neither: their check stays small here, the rest is `rematerialize`.)
  mutating func use(_ v: SValue) throws -> VReg {
    let d = defInst[v.index]
    if d >= 0 {
      let op = f.insts[Int(d)].op
      if op == .iconst || op == .fconst || op == .stackAddr || op == .globalAddr { return try rematerialize(v, Int(d)) }
    }
    return vreg(v)
  }

  /// `use` of a value defined by a constant, `stackAddr` or `globalAddr` (instruction `d`).
  @inline(never) mutating func rematerialize(_ v: SValue, _ d: Int) throws -> VReg {
    let i = f.insts[d]
    let big = i.op == .globalAddr || (i.op == .iconst && i.type == .i64 && !(i.imm >= -0x8000_0000 && i.imm <= 0xffff_ffff))
    if big {
      if rematBlock != curBlock { rematCache.clear(); rematBlock = curBlock }
      let key = RematKey(sym: i.op == .iconst ? -1 : Int64(i.aux), imm: i.imm)
      if let r = rematCache.find(key) { return r }
      let r = i.op == .iconst ? materializeInt(i.imm, i.type) : try globalAddress(i)
      rematCache.insert(key, r)
      return r
    }
    switch i.op {
    case .iconst: return materializeInt(i.imm, i.type)
    case .fconst:
      let r = newV(i.type)
      add(.fconst, X86Inst(.nop), PL(P(op: .def(r, .float))), a: i.imm, b: i.type == .f32 ? 4 : 8)
      return r
    case .stackAddr:
      let r = newV(.i64)
      let m = try stackMem(Int(i.aux), i.imm)
      add(.plain, X86Inst(.leaq, .mem(m), .reg(.rax)), PL(P(op: .def(r, .int), slot: 1, rc: .gpr64)))
      return r
    case .globalAddr:
      return try globalAddress(i)
    default:
      return vreg(v)
    }
  }

  mutating func materializeInt(_ imm: Int64, _ t: SType) -> VReg {
    let r = newV(t == .i64 ? .i64 : .i32)
    if t == .i64 {
      if imm >= -0x8000_0000 && imm <= 0x7fff_ffff {
        if imm == 0 { add(.plain, X86Inst(.xorl, .reg(.eax), .reg(.eax)), PL(P(op: .def(r, .int), slot: 0, rc: .gpr32), P(op: .def(r, .int), slot: 1, rc: .gpr32))) }
        else { add(.plain, X86Inst(.movq, .imm(imm), .reg(.rax)), PL(P(op: .def(r, .int), slot: 1, rc: .gpr64))) }
      } else if imm >= 0 && imm <= 0xffff_ffff {
        add(.plain, X86Inst(.movl, .imm(imm), .reg(.eax)), PL(P(op: .def(r, .int), slot: 1, rc: .gpr32)))
      } else {
        add(.plain, X86Inst(.movq, .imm(imm), .reg(.rax)), PL(P(op: .def(r, .int), slot: 1, rc: .gpr64)))
      }
    } else {
      let v = Int64(UInt32(truncatingIfNeeded: imm))
      if v == 0 { add(.plain, X86Inst(.xorl, .reg(.eax), .reg(.eax)), PL(P(op: .def(r, .int), slot: 0, rc: .gpr32), P(op: .def(r, .int), slot: 1, rc: .gpr32))) }
      else { add(.plain, X86Inst(.movl, .imm(v), .reg(.eax)), PL(P(op: .def(r, .int), slot: 1, rc: .gpr32))) }
    }
    return r
  }

  @inline(__always) mutating func stackMem(_ slot: Int, _ off: Int64) throws -> X86Mem {
    guard slot < vc.slotOffsets.count else { throw fail("stack slot \(slot) out of range") }
    let d = Int64(vc.slotOffsets[slot]) + off
    guard d >= -0x8000_0000 && d <= 0x7fff_ffff else { throw fail("stack offset out of range") }
    return X86Mem(base: .rbp, disp: Int32(d))
  }

  @inline(__always) mutating func symIsLocal(_ s: Int) -> Bool {
    let sym = symbols[s]
    return sym.isDefined && sym.binding != .weak
  }

  mutating func globalAddress(_ i: SInst) throws -> VReg {
    let s = Int(i.aux)
    guard s < symbols.count else { throw fail("symbol index out of range") }
    if s < isTLS.count && isTLS[s] { throw fail("unsupported: thread-local variable '\(symbols[s].name)'") }
    let r = newV(.i64)
    let fitsAddend = i.imm >= -0x8000_0000 && i.imm <= 0x7fff_ffff
    if symIsLocal(s) && fitsAddend {
      add(.plain, X86Inst(.leaq, .mem(.rip(ObjSymbolID(s), addend: Int32(i.imm))), .reg(.rax)), PL(P(op: .def(r, .int), slot: 1, rc: .gpr64)))
      return r
    }
    add(.plain, X86Inst(.movq, .mem(.ripGOT(ObjSymbolID(s))), .reg(.rax)), PL(P(op: .def(r, .int), slot: 1, rc: .gpr64)))
    if i.imm == 0 { return r }
    let c = materializeInt(i.imm, .i64)
    return alu(.addq, .i64, r, .reg(c))
  }

  // MARK: emission into VCode + RAFunction

  mutating func add(_ kind: MKind, _ x: X86Inst, _ ps: PL = PL(), cc: UInt8 = 0, a: Int64 = 0, b: Int64 = 0,
                    clobbers: PRegSet = PRegSet(), isMove: Bool = false) {
    // (read in place: a mutable copy of the list cost a 144-byte memcpy per instruction where
    // the list is not a constant)
    let n = ps.count
    ps.withSlotBytes { addSlots(kind, x, $0.baseAddress!, n, cc: cc, a: a, b: b, clobbers: clobbers, isMove: isMove) }
  }

  /// `add` for a list the caller built up in a variable (extending a memory operand's list), read
  /// where it lies: a list made by concatenation into a new value was a 152-byte memcpy more (and
  /// passed on by value, one more).
  @inline(__always) mutating func add(_ kind: MKind, _ x: X86Inst, list ps: inout PL, cc: UInt8 = 0) {
    let n = ps.count
    ps.withMutableSlotBytes {
      addSlots(kind, x, UnsafeRawPointer($0.baseAddress!), n, cc: cc, a: 0, b: 0, clobbers: PRegSet(), isMove: false)
    }
  }

  /// `addCore` for the first `n` Ps of a list's slots at `slots` (see PL).
  @inline(__always) mutating func addSlots(_ kind: MKind, _ x: X86Inst, _ slots: UnsafeRawPointer, _ n: Int, cc: UInt8, a: Int64, b: Int64,
                                           clobbers: PRegSet, isMove: Bool) {
    // (the slots hold Ps at a stride of `PL.slotBytes`)
    precondition(MemoryLayout<P>.stride == PL.slotBytes)
    addCore(kind, x, UnsafeBufferPointer(start: slots.bindMemory(to: P.self, capacity: n), count: n),
            cc: cc, a: a, b: b, clobbers: clobbers, isMove: isMove)
  }

  /// `add` for operand lists of any length (in place, from an `AppendBuffer`; inlined, so that
  /// passing the caller's buffer does not retain and release it).
  @inline(__always) mutating func addList(_ kind: MKind, _ x: X86Inst, _ ps: AppendBuffer<P>, cc: UInt8 = 0, a: Int64 = 0, b: Int64 = 0,
                        clobbers: PRegSet = PRegSet(), isMove: Bool = false) {
    addCore(kind, x, ps.all, cc: cc, a: a, b: b, clobbers: clobbers, isMove: isMove)
  }

  /// `add` for operand lists of any length.
  mutating func addList(_ kind: MKind, _ x: X86Inst, _ ps: [P], cc: UInt8 = 0, a: Int64 = 0, b: Int64 = 0,
                        clobbers: PRegSet = PRegSet(), isMove: Bool = false) {
    ps.withUnsafeBufferPointer {
      addCore(kind, x, $0, cc: cc, a: a, b: b, clobbers: clobbers, isMove: isMove)
    }
  }

  mutating func addCore(_ kind: MKind, _ x: X86Inst, _ ps: UnsafeBufferPointer<P>, cc: UInt8, a: Int64, b: Int64,
                        clobbers: PRegSet, isMove: Bool) {
    // Operands are deduplicated straight into the flat operand list `raOps` (no array per
    // instruction); where ps[k] landed is byte k of `mapInline` for k < 8 (an index below 8 there,
    // since at most eight operands precede it), `addMapExtra[k - 8]` beyond.
    // (Counts are checked once here, so the narrowing conversions below cannot lose bits.)
    let n = ps.count
    precondition(n < 0x8000 && opTotal < 0x7fff_0000, "x86_64 isel: operand count out of range")
    var mapInline: UInt64 = 0
    if n > 8 { addMapExtra.removeAll(keepingCapacity: true) }
    let insts = vc.insts, places = vc.placements, ops = raOps
    if ops.count >= 256 { rb.appendOperands(ops.all); ops.removeAll(); flushInsts() }
    let opBase = ops.count  // (this instruction's operands start there)
    let plStart = places.count
    precondition(plStart < 0x7fff_0000, "x86_64 isel: placement count out of range")
    // The instruction goes in first (its template copied straight from the caller into the
    // buffer, not through a local); its operand and placement counts are filled in at the end.
    let mi = insts.count
    insts.append(MInst(kind: kind, x: x, opStart: UInt32(truncatingIfNeeded: opTotal), opCount: 0,
                        plStart: UInt32(truncatingIfNeeded: plStart), plCount: 0, cc: cc, a: a, b: b))
    // pseudo-instructions address operands by their position in `ps` (dedup may renumber)
    let pseudo = kind != .plain && kind != .call && kind != .args
    var lateReuse = false
    var cnt = 0  // operands appended so far (this instruction's pending operands)
    @inline(__always) func mapped(_ j: Int) -> Int {
      j < 8 ? Int(truncatingIfNeeded: (mapInline >> UInt64(truncatingIfNeeded: j &* 8)) & 0xFF) : Int(addMapExtra[j - 8])
    }
    for k in 0..<n {
      let p = ps[k]
      var op = p.op
      var idx = -1
      // Dedup against the earlier entries of `ps` (each maps to the pending operand it landed on,
      // and the first matching entry maps to the first matching pending operand).
      if k > 0 && op.constraint.isAnyReg {
        if op.kind == .use && op.pos == .early {
          for j in 0..<k {
            let o = ps[j].op
            if o.vreg == op.vreg && o.kind == .use && o.pos == .early && o.constraint.isAnyReg { idx = mapped(j); break }
          }
        } else if op.kind == .def {
          for j in 0..<k {
            let o = ps[j].op
            if o.vreg == op.vreg && o.kind == .def && o.pos == op.pos && o.regClass == op.regClass && o.constraint.isAnyReg {
              idx = mapped(j); break
            }
          }
        }
      }
      if idx < 0 {
        if case .reuse(let t) = op.constraint {
          if t < k { op.constraint = .reuse(mapped(t)) } else { lateReuse = true }
        }
        ops.append(op); idx = cnt; cnt &+= 1
      }
      if k < 8 {
        mapInline |= UInt64(truncatingIfNeeded: idx) << UInt64(truncatingIfNeeded: k &* 8)
      } else {
        addMapExtra.append(Int32(truncatingIfNeeded: idx))
      }
      if p.slot != 255 { places.append(Placement(operand: UInt16(truncatingIfNeeded: idx), slot: p.slot, field: p.field, rc: p.rc)) }
      else if pseudo && k < 50 {
        places.append(Placement(operand: UInt16(truncatingIfNeeded: idx), slot: UInt8(truncatingIfNeeded: 200 &+ k), field: 0, rc: p.rc))
      }
    }
    let count = cnt
    if lateReuse {
      // a reuse of a later entry of `ps`: map it now that every entry has landed
      for k in 0..<n {
        if case .reuse(let t) = ps[k].op.constraint, t >= k {
          let j = mapped(k)
          if case .reuse = ops[opBase &+ j].constraint { ops[opBase &+ j].constraint = .reuse(mapped(t)) }
        }
      }
    }
    raInsts.append(RAInstData(operandStart: UInt32(truncatingIfNeeded: opTotal), operandCount: UInt32(truncatingIfNeeded: count),
                              clobbers: clobbers, isMove: isMove))
    let ip = insts.p + mi
    ip.pointee.opCount = UInt16(truncatingIfNeeded: count)
    ip.pointee.plCount = UInt16(truncatingIfNeeded: places.count &- plStart)
    opTotal &+= count
  }

  /// An `alu` source. (Registers and immediates only: no selector folds a load into an ALU op,
  /// and a memory case, carrying its 152-byte operand list, made every `alu` call copy the
  /// whole enum to switch on it.)
  enum Src { case reg(VReg), imm(Int64) }

  /// dst = lhs OP src (two-address; `op` is the sized x86 op).
  mutating func alu(_ op: X86Op, _ t: SType, _ lhs: VReg, _ src: Src) -> VReg {
    let d = newV(t == .i64 ? .i64 : .i32)
    let rc = ISel.rc(t)
    switch src {
    case .reg(let s):
      add(.plain, X86Inst(op, .reg(.rax), .reg(.rax)),
          PL(P(op: .use(lhs, .int)), P(op: .use(s, .int), slot: 0, rc: rc), P(op: .def(d, .int, .reuse(0)), slot: 1, rc: rc)))
    case .imm(let v):
      add(.plain, X86Inst(op, .imm(v), .reg(.rax)), PL(P(op: .use(lhs, .int)), P(op: .def(d, .int, .reuse(0)), slot: 1, rc: rc)))
    }
    return d
  }
  /// One-operand in-place op (neg, not, bswap): dst = op(src).
  mutating func unary(_ op: X86Op, _ t: SType, _ src: VReg) -> VReg {
    let d = newV(t == .i64 ? .i64 : .i32)
    add(.plain, X86Inst(op, .reg(.rax)), PL(P(op: .use(src, .int)), P(op: .def(d, .int, .reuse(0)), slot: 0, rc: ISel.rc(t))))
    return d
  }
  /// dst = op(src) with a separate destination (movzbl, cvt*, movd, …).
  mutating func conv(_ op: X86Op, _ src: VReg, _ srcCls: RegClass, _ srcRc: X86Reg.RegClass, _ dstType: SType, _ dstRc: X86Reg.RegClass) -> VReg {
    let d = newV(dstType)
    add(.plain, X86Inst(op, .reg(.rax), .reg(.rax)), PL(P(op: .use(src, srcCls), slot: 0, rc: srcRc), P(op: .def(d, ISel.cls(dstType)), slot: 1, rc: dstRc)))
    return d
  }
  mutating func move(_ src: VReg, _ t: SType) -> VReg {
    let d = newV(t)
    moveInto(d, src, ISel.cls(t))
    return d
  }
  mutating func moveInto(_ d: VReg, _ src: VReg, _ c: RegClass) {
    add(.move, X86Inst(.nop), PL(P(op: .use(src, c)), P(op: .def(d, c))), isMove: true)
  }
  mutating func zext(_ v: VReg, from t: SType) -> VReg {
    switch t {
    case .i8: return conv(.movzbl, v, .int, .gpr8, .i32, .gpr32)
    case .i16: return conv(.movzwl, v, .int, .gpr16, .i32, .gpr32)
    case .i32: return conv(.movl, v, .int, .gpr32, .i32, .gpr32)
    default: return v
    }
  }
  mutating func sext32(_ v: VReg, from t: SType) -> VReg {
    switch t {
    case .i8: return conv(.movsbl, v, .int, .gpr8, .i32, .gpr32)
    case .i16: return conv(.movswl, v, .int, .gpr16, .i32, .gpr32)
    default: return v
    }
  }
  mutating func sext64(_ v: VReg, from t: SType) -> VReg {
    switch t {
    case .i8: return conv(.movsbq, v, .int, .gpr8, .i64, .gpr64)
    case .i16: return conv(.movswq, v, .int, .gpr16, .i64, .gpr64)
    case .i32: return conv(.movslq, v, .int, .gpr32, .i64, .gpr64)
    default: return v
    }
  }

  // MARK: addresses

  /// A memory operand for address value `addr` + `off`, folding stack/global addresses and
  /// single-use `iadd`s; `ps` receives the operands its registers need (base slot 0 field 1 …
  /// the caller sets the slot).
  mutating func address(_ addr: SValue, _ off: Int64, slot: UInt8, depth: Int = 0) throws -> (X86Mem, PL) {
    let d = defInst[addr.index]
    func fits(_ x: Int64) -> Bool { x >= -0x8000_0000 && x <= 0x7fff_ffff }
    if d >= 0 {
      let i = f.insts[Int(d)]
      if i.op == .stackAddr, fits(i.imm &+ off) {
        return (try stackMem(Int(i.aux), i.imm + off), PL())
      }
      if i.op == .globalAddr, Int(i.aux) < symbols.count, symIsLocal(Int(i.aux)), fits(i.imm &+ off),
         !(Int(i.aux) < isTLS.count && isTLS[Int(i.aux)]) {
        return (.rip(ObjSymbolID(Int(i.aux)), addend: Int32(i.imm + off)), PL())
      }
      if i.op == .iadd && folded[Int(d)] {
        let ops = opRange(Int(d))
        let a = f.operands[ops.lowerBound], b = f.operands[ops.lowerBound + 1]
        if let c = constValue(b), fits(c &+ off) {
          if depth < 4 { return try address(a, c + off, slot: slot, depth: depth + 1) }
          let base = try use(a)
          return (X86Mem(base: .rax, disp: Int32(c + off)), PL(P(op: .use(base, .int), slot: slot, field: 1)))
        }
        var scale: UInt8 = 1
        var idxV = b
        if let bd = Optional(defInst[b.index]), bd >= 0, f.insts[Int(bd)].op == .shl, folded[Int(bd)] {
          let sops = opRange(Int(bd))
          if let k = constValue(f.operands[sops.lowerBound + 1]) { scale = UInt8(1 << k); idxV = f.operands[sops.lowerBound] }
        }
        var off = off
        // index `iadd i, const` (folded by planFolds): i as the index, const*scale in the displacement
        if let idd = Optional(defInst[idxV.index]), idd >= 0, folded[Int(idd)], f.insts[Int(idd)].op == .iadd {
          let iops = opRange(Int(idd))
          if iops.count == 2, let c = constValue(f.operands[iops.lowerBound + 1]), c >= -0x1000_0000 && c <= 0x1000_0000 { idxV = f.operands[iops.lowerBound]; off = off &+ c &* Int64(scale) }
        }
        // stack slot + index*scale + const -> disp(%rbp,%idx,scale)
        let ad = defInst[a.index]
        if ad >= 0, f.insts[Int(ad)].op == .stackAddr, Int(f.insts[Int(ad)].aux) < vc.slotOffsets.count,
           fits(f.insts[Int(ad)].imm &+ off), fits(Int64(vc.slotOffsets[Int(f.insts[Int(ad)].aux)]) &+ f.insts[Int(ad)].imm &+ off) {
          let sm = try stackMem(Int(f.insts[Int(ad)].aux), f.insts[Int(ad)].imm + off)
          let idx = try use(idxV)
          return (X86Mem(base: .rbp, index: .rcx, scale: scale, disp: sm.disp), PL(P(op: .use(idx, .int), slot: slot, field: 2)))
        }
        let base = try use(a)
        let idx = try use(idxV)
        if fits(off) {
          return (X86Mem(base: .rax, index: .rcx, scale: scale, disp: Int32(off)),
                  PL(P(op: .use(base, .int), slot: slot, field: 1), P(op: .use(idx, .int), slot: slot, field: 2)))
        }
        let sum = newV(.i64)
        add(.plain, X86Inst(.leaq, .mem(X86Mem(base: .rax, index: .rcx, scale: scale)), .reg(.rax)),
            PL(P(op: .use(base, .int), slot: 0, field: 1), P(op: .use(idx, .int), slot: 0, field: 2), P(op: .def(sum, .int), slot: 1, rc: .gpr64)))
        let b2 = alu(.addq, .i64, sum, .reg(materializeInt(off, .i64)))
        return (X86Mem(base: .rax), PL(P(op: .use(b2, .int), slot: slot, field: 1)))
      }
    }
    // a multi-use `iadd x, const`: address x + const directly (x dominates the iadd, so this use)
    if d >= 0, f.insts[Int(d)].op == .iadd, f.insts[Int(d)].type == .i64, !folded[Int(d)] {
      let ops = opRange(Int(d))
      let a = f.operands[ops.lowerBound], b = f.operands[ops.lowerBound + 1]
      let xd = defInst[a.index]
      if depth < 4, let c = constValue(b), fits(c &+ off), xd < 0 || !folded[Int(xd)] {
        return try address(a, c + off, slot: slot, depth: depth + 1)
      }
    }
    var base = try use(addr)
    var o = off
    if !fits(o) { base = alu(.addq, .i64, base, .reg(materializeInt(o, .i64))); o = 0 }
    return (X86Mem(base: .rax, disp: Int32(o)), PL(P(op: .use(base, .int), slot: slot, field: 1)))
  }

  /// The instruction defining v when v is used once, in block `bi`, and not folded itself.
  @inline(__always) mutating func single(_ v: SValue, _ bi: Int) -> Int? {
    let d = defInst[v.index]
    guard d >= 0, useCount[v.index] == 1, blockOf[Int(d)] == Int32(bi), !folded[Int(d)] else { return nil }
    return Int(d)
  }

  /// Marks instructions folded into their single user (address arithmetic, compares feeding a
  /// branch or select).
  /// One pass in block order (the iadd rule and the user rules used to be two passes): a decision
  /// at instruction ii reads use counts (complete before this runs) and the fold marks of ii's
  /// operand defs and of their operands' defs; those are final by then, since a later instruction
  /// only marks defs used by it alone (or used alone by such a def), and an instruction that reads
  /// marks (a load, store, mem op, sextend, brif or select) is never such a def.
  mutating func planFolds() {
    // (`addrUses`, the uses of each value as the address of a load/store in its defining block,
    // was counted by `run` in its def/use pass)
    for (bi, blk) in f.blocks.enumerated() {
      for ii in Int(blk.instStart)..<Int(blk.instEnd) {
        let inst = f.insts[ii]
        let ops = opRange(ii)
        switch inst.op {
        case .iadd:
          // A 64-bit `iadd` whose every use is the address of a load/store in its own block is
          // folded into each of those addressing modes (its operands dominate every use).
          guard inst.type == .i64, inst.result != .none else { break }
          let r = result(ii)
          guard r.index < useCount.count, useCount[r.index] > 1, addrUses[r.index] == useCount[r.index] else { break }
          folded[ii] = true
          guard ops.count == 2 else { break }
          let b = f.operands[ops.lowerBound + 1]
          let sd = defInst[b.index]
          if constValue(b) == nil, sd >= 0, useCount[b.index] == 1, blockOf[Int(sd)] == Int32(bi),
             f.insts[Int(sd)].op == .shl, f.insts[Int(sd)].type == .i64 {
            let sops = opRange(Int(sd))
            if sops.count == 2, let k = constValue(f.operands[sops.lowerBound + 1]), k >= 0 && k <= 3 { folded[Int(sd)] = true }
          }
        case .load, .store:
          let addr = inst.op == .load ? f.operands[ops.lowerBound] : f.operands[ops.lowerBound + 1]
          if let d = single(addr, bi), f.insts[d].op == .iadd, f.insts[d].type == .i64 {
            folded[d] = true
            let aops = opRange(d)
            let b = f.operands[aops.lowerBound + 1]
            if constValue(b) == nil, let sd = single(b, bi), f.insts[sd].op == .shl, f.insts[sd].type == .i64 {
              let sops = opRange(sd)
              if let k = constValue(f.operands[sops.lowerBound + 1]), k >= 0 && k <= 3 { folded[sd] = true }
            } else if constValue(b) == nil, let sd = single(b, bi), f.insts[sd].op == .iadd, f.insts[sd].type == .i64,
                      operandCount(sd) == 2,
                      let c = constValue(operand(sd, 1)), c >= -0x1000_0000 && c <= 0x1000_0000 {
              folded[sd] = true
            }
          }
        case .memcpy, .memmove, .memset:
          // inlined (small constant size, see inlineMemOp): fold address arithmetic like a load/store
          guard ops.count >= 3, let n = constValue(f.operands[ops.lowerBound + 2]), n >= 0, n <= (inst.op == .memmove ? 32 : 64) else { break }
          for k in 0..<(inst.op == .memset ? 1 : 2) {
            if let d = single(f.operands[ops.lowerBound + k], bi), f.insts[d].op == .iadd, f.insts[d].type == .i64 {
              folded[d] = true
              let aops = opRange(d)
              let b = f.operands[aops.lowerBound + 1]
              if constValue(b) == nil, let sd = single(b, bi), f.insts[sd].op == .shl, f.insts[sd].type == .i64 {
                let sops = opRange(sd)
                if let k = constValue(f.operands[sops.lowerBound + 1]), k >= 0 && k <= 3 { folded[sd] = true }
              }
            }
          }
        case .sextend:
          // sextend right after its single-use integer load: one movs* from memory
          let st = ops.isEmpty ? SType.i64 : f.type(f.operands[ops.lowerBound])
          if !ops.isEmpty, st != inst.type, st == .i8 || st == .i16 || st == .i32, inst.type == .i32 || inst.type == .i64,
             !(st == .i32 && inst.type == .i32),
             let d = single(f.operands[ops.lowerBound], bi), d == ii - 1, f.insts[d].op == .load, f.insts[d].type == st {
            folded[d] = true
          }
        case .brif:
          if let d = single(f.operands[ops.lowerBound], bi), f.insts[d].op == .icmp || f.insts[d].op == .fcmp { folded[d] = true }
        case .select:
          if inst.type.isInt, let d = single(f.operands[ops.lowerBound], bi), f.insts[d].op == .icmp { folded[d] = true }
        default: break
        }
      }
    }
  }

  // MARK: driver

  mutating func run() throws -> VCode {
    guard !f.blocks.isEmpty, !f.signatures.isEmpty else { throw fail("function has no body") }
    for blk in f.blocks {
      guard blk.instStart <= blk.instEnd, Int(blk.instEnd) <= f.insts.count else { throw fail("malformed block") }
    }
    // Def sites, blocks and use counts (in locals with unchecked access: one uniqueness check
    // per array instead of one per store).
    // Also `planFolds`' address-use counts: a use in block bi of a value defined in bi comes after
    // its def (SSA), so the def site is already known when the use is counted.
    let fn = f
    refill(&addrUses, f.values.count, 0)
    var uc = useCount, di = defInst, bo = blockOf, au = addrUses
    useCount = []; defInst = []; blockOf = []; addrUses = []
    uc.withUnsafeMutableBufferPointer { ucBuf in
      di.withUnsafeMutableBufferPointer { diBuf in
        bo.withUnsafeMutableBufferPointer { boBuf in
         au.withUnsafeMutableBufferPointer { auBuf in
          // (copied out of the inout closure parameters: a store through one could otherwise
          // alias them, and their base addresses would be reloaded after every store)
          let uc = ucBuf, di = diBuf, bo = boBuf, au = auBuf
          let nv = uc.count
          precondition(di.count == nv && au.count == nv)
          for (bi, blk) in fn.blocks.enumerated() {
            for ii in Int(blk.instStart)..<Int(blk.instEnd) {
              bo[ii] = Int32(bi)
              let inst = fn.insts[ii]
              if inst.result != .none {
                for k in 0..<Int(inst.resultCount) where inst.result.index + k < nv { di[inst.result.index + k] = Int32(ii) }
              }
              if inst.op == .load || inst.op == .store {
                let need = inst.op == .load ? 1 : 2
                if Int(inst.operandCount) >= need {
                  let addr = fn.operands[Int(inst.operandStart) + need - 1]
                  if addr.index < nv {
                    let d = di[addr.index]
                    if d >= 0, bo[Int(d)] == Int32(bi) { au[addr.index] += 1 }
                  }
                }
              }
              for k in Int(inst.operandStart)..<Int(inst.operandStart + inst.operandCount) {
                let v = fn.operands[k]
                if v.index < nv { uc[v.index] += 1 }
              }
              for si in Int(inst.succStart)..<Int(inst.succStart + inst.succCount) {
                let s = fn.succs[si]
                for ai in Int(s.argStart)..<Int(s.argStart + s.argCount) {
                  let a = fn.blockArgs[ai]
                  if a.index < nv { uc[a.index] += 1 }
                }
              }
            }
          }
         }
        }
      }
    }
    useCount = uc; defInst = di; blockOf = bo; addrUses = au
    planFolds()
    vc.insts.reserve(f.insts.count + 16)
    vc.placements.reserve(2 * f.insts.count + 16)
    raOps.reserve(2 * f.insts.count + 16)
    rb.reserve(insts: f.insts.count + 16, operands: 2 * f.insts.count + 16)
    // Frame: va save area, then stack slots, from rbp downwards.
    let sig0 = f.signatures[0]
    vc.isVarArg = sig0.isVarArg
    X86ABI.classify(f.params(of: sig0), into: &argInfo)
    var off = 0
    if sig0.isVarArg { off = 176; vc.vaSaveOffset = -176 }
    for s in f.stackSlots {
      let al = Int(max(1, min(s.align, 16)))
      off = (off + Int(s.size) + al - 1) & ~(al - 1)
      vc.slotOffsets.append(Int32(-off))
    }
    vc.fixedFrameBytes = (off + 15) & ~15

    // Reachability and predecessor counts (from reachable blocks), in one walk: each reachable
    // block is taken off the work list exactly once, and counts its successors then.
    let nb = f.blocks.count
    refill(&reach, nb, false)
    refill(&preds, nb, 0)
    work.removeAll(keepingCapacity: true)
    work.append(0)
    reach[0] = true
    while let b = work.popLast() {
      let blk = f.blocks[b]
      guard blk.instEnd > blk.instStart else { throw fail("block \(b) has no terminator") }
      let term = f.insts[Int(blk.instEnd) - 1]
      for si in Int(term.succStart)..<Int(term.succStart + term.succCount) {
        let s = f.succs[si]
        guard s.block.index < nb else { continue }
        preds[s.block.index] += 1
        if !reach[s.block.index] { reach[s.block.index] = true; work.append(s.block.index) }
      }
    }
    // RA block numbering: block, then its split blocks.
    // per SSA successor entry (index into `f.succs`): its RA split block, or -1
    refill(&splitOf, f.succs.count, -1)
    var next: Int32 = 0
    for b in 0..<nb where reach[b] {
      raBlock[b] = next; next += 1
      let term = f.insts[Int(f.blocks[b].instEnd) - 1]
      let n = Int(term.succCount)
      for si in Int(term.succStart)..<Int(term.succStart) + n {
        if n > 1 && preds[f.succs[si].block.index] > 1 { splitOf[si] = next; next += 1 }
      }
    }
    vc.blockCount = Int(next)
    for _ in 0..<Int(next) { _ = rb.newBlock() }
    // Block params. (`rb` numbers their vregs: `newV`'s are handed over first.)
    flushVRegs()
    for b in 0..<nb where reach[b] && b != 0 {
      let blk = f.blocks[b]
      for pi in Int(blk.paramStart)..<Int(blk.paramStart + blk.paramCount) {
        let p = f.blockParams[pi]
        let v = rb.addParam(RABlock(Int(raBlock[b])), ISel.cls(f.type(p)))
        vmap[p.index] = v.raw
      }
    }
    flushVRegs()

    for b in 0..<nb where reach[b] {
      curBlock = b
      rb.switchTo(RABlock(Int(raBlock[b])), at: rb.instCount &+ raInsts.count)
      if b == 0 { try selectEntry() }
      let blk = f.blocks[b]
      for ii in Int(blk.instStart)..<Int(blk.instEnd) - 1 where !folded[ii] {
        try select(ii)
      }
      let ti = Int(blk.instEnd) - 1
      try selectTerminator(ti)
      // split blocks
      let term = f.insts[ti]
      for k in 0..<Int(term.succCount) where splitOf[Int(term.succStart) + k] >= 0 {
        let s = f.succs[Int(term.succStart) + k]
        let sb = RABlock(Int(splitOf[Int(term.succStart) + k]))
        rb.switchTo(sb, at: rb.instCount &+ raInsts.count)
        rb.edge(RABlock(Int(raBlock[b])), sb)
        rb.edge(sb, RABlock(Int(raBlock[s.block.index])),
                args: termArgFlat.slice(k + 1 < termArgStart.count ? termArgStart[k] ..< termArgStart[k + 1] : 0 ..< 0))
        add(.jump, X86Inst(.nop), PL(), a: Int64(raBlock[s.block.index]))
      }
    }
    rb.appendOperands(raOps.all)
    flushInsts()
    flushVRegs()
    do { vc.ra = try rb.finishMoving() } catch { throw fail("register allocation input: \(error.description)") }
    // moved out, not copied (the caller hands it back to `begin` for reuse)
    var out = VCode(sharingBuffersOf: vc)
    swap(&out, &vc)
    return out
  }

  mutating func selectEntry() throws {
    let sig = f.signatures[0]
    let params = f.params(SBlockID(0))
    let abi = f.params(of: sig)
    guard params.count == abi.count, argInfo.locs.count == abi.count else { throw fail("entry block parameters do not match the signature") }
    var ps: [P] = []
    ps.reserveCapacity(params.count)
    var stackLoads: [(VReg, SType, Int32, Bool)] = []
    for k in 0..<params.count {
      let p = params[params.startIndex + k]
      let v = vreg(p)
      switch argInfo.locs[k] {
      case .reg(let r): ps.append(P(op: .def(v, r.regClass, .fixedReg(r))))
      case .stack(let o): stackLoads.append((v, f.type(p), o, false))
      case .byval(let o): stackLoads.append((v, .i64, o, true))
      }
      if abi[abi.startIndex + k].flags & AbiParam.sret != 0 { sretVReg = v }
    }
    addList(.args, X86Inst(.nop), ps)
    for (v, t, o, byval) in stackLoads {
      let m = X86Mem(base: .rbp, disp: 16 + o)
      if byval { add(.plain, X86Inst(.leaq, .mem(m), .reg(.rax)), PL(P(op: .def(v, .int), slot: 1, rc: .gpr64))); continue }
      var ps = PL()
      loadInto(v, t, m, &ps)
    }
  }

  /// The plain move that loads / stores a value of SSA type `t`, and the register class it uses
  /// (i8/i16 load zero-extending into 32-bit registers; stores use the narrow register).
  static func memMove(_ t: SType) -> (load: X86Op, loadRC: X86Reg.RegClass, store: X86Op, storeRC: X86Reg.RegClass) {
    switch t {
    case .i8: return (.movzbl, .gpr32, .movb, .gpr8)
    case .i16: return (.movzwl, .gpr32, .movw, .gpr16)
    case .i32: return (.movl, .gpr32, .movl, .gpr32)
    case .i64: return (.movq, .gpr64, .movq, .gpr64)
    case .f32: return (.movss, .xmm, .movss, .xmm)
    default: return (.movsd, .xmm, .movsd, .xmm)
    }
  }

  /// Loads m (with its operands `mps`, which get the def appended) into d.
  mutating func loadInto(_ d: VReg, _ t: SType, _ m: X86Mem, _ mps: inout PL) {
    let mv = ISel.memMove(t)
    mps.append(P(op: .def(d, ISel.cls(t)), slot: 1, rc: mv.loadRC))
    add(.plain, X86Inst(mv.load, .mem(m), .reg(.rax)), list: &mps)
  }

  mutating func storeFrom(_ v: VReg, _ t: SType, _ m: X86Mem, _ mps: PL) {
    let mv = ISel.memMove(t)
    let op = mv.store, rc = mv.storeRC
    var ps = PL(P(op: .use(v, ISel.cls(t)), slot: 0, rc: rc))
    for k in 0..<mps.count { ps.append(mps[k]) }
    add(.plain, X86Inst(op, .reg(.rax), .mem(m)), list: &ps)
  }

  static func sized(_ t: SType, _ b: X86Op, _ w: X86Op, _ l: X86Op, _ q: X86Op) -> X86Op {
    switch t { case .i8: return b; case .i16: return w; case .i64: return q; default: return l }
  }
  static func gprRc(_ t: SType) -> X86Reg.RegClass {
    switch t { case .i8: return .gpr8; case .i16: return .gpr16; case .i64: return .gpr64; default: return .gpr32 }
  }

  /// Compare operands for `icmp` of type t: the Ps (a at slot 1, b at slot 0) and the template.
  mutating func cmpParts(_ t: SType, _ a: SValue, _ b: SValue) throws -> (X86Inst, PL) {
    let op = ISel.sized(t, .cmpb, .cmpw, .cmpl, .cmpq)
    let rc = ISel.gprRc(t)
    let ra = try use(a)
    if let imm = immFor(b, t) {
      if imm == 0 {  // test r,r sets the same flags as cmp $0,r (CF = OF = 0)
        return (X86Inst(ISel.sized(t, .testb, .testw, .testl, .testq), .reg(.rax), .reg(.rax)),
                PL(P(op: .use(ra, .int), slot: 1, rc: rc), P(op: .use(ra, .int), slot: 0, rc: rc)))
      }
      return (X86Inst(op, .imm(imm), .reg(.rax)), PL(P(op: .use(ra, .int), slot: 1, rc: rc)))
    }
    let rbv = try use(b)
    return (X86Inst(op, .reg(.rax), .reg(.rax)), PL(P(op: .use(ra, .int), slot: 1, rc: rc), P(op: .use(rbv, .int), slot: 0, rc: rc)))
  }

  static func intCond(_ cc: UInt8) -> X86Cond {
    // eq, ne, ugt, uge, ult, ule, sgt, sge, slt, sle
    switch cc {
    case 0: return .e
    case 1: return .ne
    case 2: return .a
    case 3: return .ae
    case 4: return .b
    case 5: return .be
    case 6: return .g
    case 7: return .ge
    case 8: return .l
    default: return .le
    }
  }

  /// Operand k of `inst` (an error if it has fewer).
  @inline(__always) mutating func op(_ inst: SInst, _ k: Int) throws -> SValue {
    guard k < Int(inst.operandCount) else { throw missingOperand(inst, k) }
    return f.operands[Int(inst.operandStart) + k]
  }
  @inline(never) mutating func missingOperand(_ inst: SInst, _ k: Int) -> X86BackendError { fail("\(inst.op) is missing operand \(k)") }

  /// Operands of SSA instruction ii: indices into `f.operands`.
  @inline(__always) mutating func opRange(_ ii: Int) -> Range<Int> {
    let inst = f.insts[ii]
    return Int(inst.operandStart)..<Int(inst.operandStart + inst.operandCount)
  }
  @inline(__always) mutating func operand(_ ii: Int, _ k: Int) -> SValue { f.operands[Int(f.insts[ii].operandStart) + k] }
  @inline(__always) mutating func operandCount(_ ii: Int) -> Int { Int(f.insts[ii].operandCount) }

  @inline(__always) mutating func result(_ ii: Int, _ k: Int = 0) -> SValue { SValue(f.insts[ii].result.index + k) }

  mutating func bind(_ ii: Int, _ r: VReg) {
    let v = result(ii)
    guard v.index < vmap.count else { return }
    if vmap[v.index] == .max { vmap[v.index] = r.raw; return }
    // already has a vreg (used before defined in layout order): copy into it
    moveInto(VReg(raw: vmap[v.index]), r, ISel.cls(f.type(v)))
  }
}
