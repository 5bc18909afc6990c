// KilnRegAlloc: an ISA-neutral linear-scan register allocator behind a narrow interface.
// It never imports an ISA module; registers are data (`MachineEnv`), the function is data
// (`RAFunction`), the answer is data (`RegAllocResult`).
//
// INPUT — one function after instruction selection (`RAFunction`, built with `RAFunctionBuilder`):
// - Blocks in linear (layout) order: block b owns instructions [instStart, instEnd), the blocks'
//   ranges are contiguous and ascending; the LAST instruction of a block is its terminator.
//   Block 0 is the entry: no predecessors, no parameters (model incoming ABI arguments as an
//   instruction with fixed-register defs, like regalloc2's "args" pseudo-instruction).
// - Edges (`RAEdge`, grouped by source block) carry branch arguments; each non-entry block may
//   have parameters (virtual registers) that receive the arguments (no phis).
// - Rules (checked, violations are reported as `RegAllocError`, never a trap):
//   no critical edges (if a block has several successors, each successor has one predecessor);
//   a terminator has no defs, and a block with exactly one successor ends in a terminator with no
//   operands (edge moves are placed before it); every block is reachable from the entry; every
//   vreg is defined once and its definition dominates its uses.
// - Instructions have a flat operand list. `Operand`: vreg, class (int/float), kind (use/def),
//   position (early/late), constraint:
//     `.anyReg`        in some register of the class;
//     `.fixedReg(p)`   in register p (arguments, return values, shift counts, div operands);
//                      p must be an allocatable register of the class;
//     `.reuse(k)`      (defs only) same register as use operand k, which must be an `.anyReg`
//                      early use: x86 two-address forms (`add dst, src` ⇒ dst reuses the lhs);
//     `.any`           in a register or a spill slot (memory operand forms).
//   Per-instruction `clobbers` (a call clobbers the caller-saved registers) and `isMove`
//   (one use, one def: a copy; used for hints so both sides get the same register).
//
// SEMANTICS of positions. Instruction i has four program positions: 4i+0 is the gap before i
// (where moves go), 4i+1 the early point (early uses are read, early defs are written), 4i+2 the
// late point (late uses are read, late defs written; clobbers happen here), 4i+3 the gap after i.
// A late use and a def, or an early use and an early def, never share a location. A clobbered
// register holds no value after the instruction (so no value lives across the call in it; a
// non-fixed late def is never placed in a register the same instruction clobbers).
//
// OUTPUT (`RegAllocResult`):
// - `allocs[k]`: the location operand k (global operand index) is accessed in, as the
//   instruction sees it (a fixed operand reports its fixed register; a reuse def and its
//   operand k report the same register).
// - `edits`: moves (register/spill slot to register/spill slot; never slot to slot) to insert
//   before or after instruction i, sorted by `point`; edits with the same point execute in list
//   order. At one point the order is fixed: before(i): [edge moves into i's block (when placed at
//   the successor)] [split moves] [spill stores] [edge moves out of i's block (placed before its
//   single-successor terminator)] [copies into fixed/reuse registers]; after(i): [spill stores]
//   [copies out of fixed def registers]. Edge moves carry their edge index in `Edit.edge`. An edge
//   B→S is placed before B's terminator when B has one successor, else at the start of S.
//   Cycles in parallel moves are broken with the class's scratch register (if the env has one and
//   the cycle is register-only) or an extra spill slot; a slot-to-slot move goes through the
//   scratch register, or, without one, through a register saved to and restored from another
//   extra spill slot (see ParallelMoves.swift).
// - `blockParamAllocs`: where each block parameter lives on entry to its block.
// - `spillSlotClasses.count` spill slots (one per spilled vreg plus a few for the move
//   resolver), each sized by its class; `usedCalleeSaved`: callee-saved registers written
//   anywhere (the prologue saves them).
//
// ALGORITHM (files): Liveness.swift (validation, SSA liveness by path exploration, live ranges,
// fixed-register reservations, hints) → LinearScan.swift (Poletto–Sarkar / Wimmer–Franz linear
// scan with interval splitting, furthest-next-use spilling, call-clobber and fixed-register
// awareness) → Resolve.swift (operand locations, split moves, block-edge resolution, fixed copies;
// every parallel group goes through ParallelMoves.swift) → Checker.swift (symbolic replay of the
// result; run after every allocation in debug builds and in all tests). All three stages work in
// one `RAContext` (Context.swift): buffers reused from function to function.
//
// Data layout: flat arrays indexed by 32-bit newtypes; no class per node, no existentials.

/// Register class. Each class has its own registers and spill slots.
public enum RegClass: UInt8, Sendable, CaseIterable {
  case int = 0, float = 1
}

/// A physical register: class in bit 6, hardware-neutral index (0..63) in bits 0-5.
public struct PReg: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var raw: UInt8
  public init(raw: UInt8) { self.raw = raw & 127 }
  public init(_ cls: RegClass, _ index: Int) { raw = cls.rawValue << 6 | UInt8(truncatingIfNeeded: index & 63) }
  public var regClass: RegClass { raw >> 6 == 0 ? .int : .float }
  public var index: Int { Int(raw & 63) }
  public var description: String { (regClass == .int ? "r" : "f") + String(index) }
  public static func < (a: PReg, b: PReg) -> Bool { a.raw < b.raw }
}

/// A set of physical registers (128 bits: int registers in `lo`, float registers in `hi`).
public struct PRegSet: Hashable, Sendable, ExpressibleByArrayLiteral, Sequence {
  public var lo: UInt64 = 0
  public var hi: UInt64 = 0
  public init() {}
  public init(_ regs: some Sequence<PReg>) { for r in regs { insert(r) } }
  public init(arrayLiteral elements: PReg...) { for r in elements { insert(r) } }
  @inline(__always) public func contains(_ r: PReg) -> Bool {
    r.raw < 64 ? (lo >> UInt64(r.raw)) & 1 != 0 : (hi >> UInt64(r.raw & 63)) & 1 != 0
  }
  @inline(__always) public mutating func insert(_ r: PReg) {
    if r.raw < 64 { lo |= 1 << UInt64(r.raw) } else { hi |= 1 << UInt64(r.raw & 63) }
  }
  public mutating func remove(_ r: PReg) {
    if r.raw < 64 { lo &= ~(1 << UInt64(r.raw)) } else { hi &= ~(1 << UInt64(r.raw & 63)) }
  }
  public func union(_ o: PRegSet) -> PRegSet { var s = self; s.lo |= o.lo; s.hi |= o.hi; return s }
  public func intersection(_ o: PRegSet) -> PRegSet { var s = self; s.lo &= o.lo; s.hi &= o.hi; return s }
  public var isEmpty: Bool { lo == 0 && hi == 0 }
  public var count: Int { lo.nonzeroBitCount + hi.nonzeroBitCount }
  public func makeIterator() -> IndexingIterator<[PReg]> {
    var out: [PReg] = []
    var l = lo
    while l != 0 { out.append(PReg(raw: UInt8(l.trailingZeroBitCount))); l &= l - 1 }
    var h = hi
    while h != 0 { out.append(PReg(raw: UInt8(64 + h.trailingZeroBitCount))); h &= h - 1 }
    return out.makeIterator()
  }
}

/// A virtual register (index into `RAFunction.vregClasses`).
public struct VReg: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public var description: String { "v\(raw)" }
  public static func < (a: VReg, b: VReg) -> Bool { a.raw < b.raw }
}
public struct RABlock: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public var description: String { "b\(raw)" }
  public static func < (a: RABlock, b: RABlock) -> Bool { a.raw < b.raw }
}
public struct RAInst: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public var description: String { "i\(raw)" }
  public static func < (a: RAInst, b: RAInst) -> Bool { a.raw < b.raw }
}
public struct SpillSlot: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public var description: String { "s\(raw)" }
  public static func < (a: SpillSlot, b: SpillSlot) -> Bool { a.raw < b.raw }
}

public enum OperandKind: UInt8, Sendable { case use, def }
public enum OperandPos: UInt8, Sendable { case early, late }
public enum OperandConstraint: Hashable, Sendable {
  case anyReg
  case fixedReg(PReg)
  /// Defs only: same register as use operand k (index within the instruction's operands).
  case reuse(Int)
  /// Register or spill slot.
  case any
}

public struct Operand: Hashable, Sendable, CustomStringConvertible {
  public var vreg: VReg
  public var regClass: RegClass
  public var kind: OperandKind
  public var pos: OperandPos
  public var constraint: OperandConstraint
  public init(vreg: VReg, regClass: RegClass, kind: OperandKind, pos: OperandPos, constraint: OperandConstraint) {
    self.vreg = vreg; self.regClass = regClass; self.kind = kind; self.pos = pos; self.constraint = constraint
  }
  /// A use (early by default).
  public static func use(_ v: VReg, _ cls: RegClass, _ c: OperandConstraint = .anyReg, _ pos: OperandPos = .early) -> Operand {
    Operand(vreg: v, regClass: cls, kind: .use, pos: pos, constraint: c)
  }
  /// A def (late by default).
  public static func def(_ v: VReg, _ cls: RegClass, _ c: OperandConstraint = .anyReg, _ pos: OperandPos = .late) -> Operand {
    Operand(vreg: v, regClass: cls, kind: .def, pos: pos, constraint: c)
  }
  public var description: String {
    var s = "\(kind == .use ? "use" : "def") \(vreg)"
    switch constraint {
    case .anyReg: s += ":reg"
    case .fixedReg(let p): s += ":\(p)"
    case .reuse(let k): s += ":reuse\(k)"
    case .any: s += ":any"
    }
    if pos == .late && kind == .use { s += "@late" }
    if pos == .early && kind == .def { s += "@early" }
    return s
  }
}

public struct RABlockData: Sendable {
  public var instStart: UInt32
  public var instEnd: UInt32
  /// Outgoing edges: `RAFunction.edges[succStart ..< succStart+succCount]`.
  public var succStart: UInt32
  public var succCount: UInt32
  /// Incoming edges: `RAFunction.predEdges[predStart ..< predStart+predCount]` (edge indices).
  public var predStart: UInt32
  public var predCount: UInt32
  /// Parameters: `RAFunction.blockParams[paramStart ..< paramStart+paramCount]`.
  public var paramStart: UInt32
  public var paramCount: UInt32
}

public struct RAInstData: Sendable {
  /// Operands: `RAFunction.operands[operandStart ..< operandStart+operandCount]`.
  public var operandStart: UInt32
  public var operandCount: UInt32
  public var clobbers: PRegSet
  public var isMove: Bool
  @inlinable public init(operandStart: UInt32, operandCount: UInt32, clobbers: PRegSet, isMove: Bool) {
    self.operandStart = operandStart; self.operandCount = operandCount; self.clobbers = clobbers; self.isMove = isMove
  }
}

/// A CFG edge with the branch arguments for the target's parameters.
public struct RAEdge: Sendable {
  public var from: RABlock
  public var to: RABlock
  /// `RAFunction.edgeArgs[argStart ..< argStart+argCount]`.
  public var argStart: UInt32
  public var argCount: UInt32
}

/// One function after instruction selection, as the allocator sees it.
public struct RAFunction: Sendable {
  public var blocks: [RABlockData] = []
  public var insts: [RAInstData] = []
  public var operands: [Operand] = []
  /// Grouped by source block (in block order).
  public var edges: [RAEdge] = []
  public var edgeArgs: [VReg] = []
  /// Edge indices grouped by target block.
  public var predEdges: [UInt32] = []
  public var blockParams: [VReg] = []
  /// The class of every vreg; `vregClasses.count` is the number of vregs.
  public var vregClasses: [RegClass] = []
  public init() {}

  public var blockCount: Int { blocks.count }
  public var instCount: Int { insts.count }
  public var vregCount: Int { vregClasses.count }
  @inline(__always) public func operandRange(_ i: Int) -> Range<Int> {
    let d = insts[i]; return Int(d.operandStart) ..< Int(d.operandStart + d.operandCount)
  }
  public func succs(_ b: Int) -> Range<Int> {
    let d = blocks[b]; return Int(d.succStart) ..< Int(d.succStart + d.succCount)
  }
  public func preds(_ b: Int) -> ArraySlice<UInt32> {
    let d = blocks[b]; return predEdges[Int(d.predStart) ..< Int(d.predStart + d.predCount)]
  }
  public func params(_ b: Int) -> ArraySlice<VReg> {
    let d = blocks[b]; return blockParams[Int(d.paramStart) ..< Int(d.paramStart + d.paramCount)]
  }
  public func args(_ e: Int) -> ArraySlice<VReg> {
    let d = edges[e]; return edgeArgs[Int(d.argStart) ..< Int(d.argStart + d.argCount)]
  }
}

/// Builds an `RAFunction`. Blocks are filled in increasing index order (the layout order): call
/// `switchTo(b)` before appending the instructions of b; edges and params may be added any time.
/// Two ways to add an instruction: `inst(_:clobbers:isMove:)` with an operand array, or, without
/// building an array, `appendOperand` once per operand (they land directly in the function's
/// flat operand list; `pendingOperand`/`setPendingConstraint` read and patch them) and then
/// `endInst`. A third way, for a caller that collects the operands in a buffer of its own (no
/// copy-on-write check per operand): `endInst(deferredOperands:)` per instruction, and the
/// operands of closed instructions, in instruction order, with `appendOperands` (in batches or all
/// at once, all before `finish`; one function uses either this way or the other two, not both). Edge arguments and block parameters are
/// kept flat too (no array per edge/block).
public struct RAFunctionBuilder: Sendable {
  @usableFromInline var f = RAFunction()
  /// Block parameters in the order they were added: (block, vreg).
  var paramBlock: [UInt32] = []
  var paramVReg: [VReg] = []
  /// First instruction of each block switched to so far (a block ends where the next begins).
  var blockInstStart: [UInt32] = []
  /// Edges in the order they were added; their arguments are `pendingArgs[argStart ..< +argCount]`.
  var pendingEdges: [RAEdge] = []
  var pendingArgs: [VReg] = []
  /// Where the operands of the instruction under construction start in `f.operands` (with
  /// deferred operands: where they will start once appended).
  @usableFromInline var pendingStart = 0
  @usableFromInline var current: Int = -1
  @usableFromInline var errors: [String] = []
  /// `finishMoving`'s scratch (kept for its capacity).
  var finishCounts: [UInt32] = [], finishOrder: [UInt32] = []

  public init() {}
  /// Starts a new function with no blocks, vregs or instructions, keeping the capacity of this
  /// builder's buffers and of `recycled`'s arrays (a function built earlier and no longer used;
  /// it is left empty). A caller building many functions avoids allocating per function this way.
  public mutating func reset(recycling recycled: inout RAFunction) {
    swap(&f, &recycled)
    recycled = RAFunction()
    // (blocks, edges, edge arguments, predecessor lists and block parameters are only written
    // by `finishMoving`, which refills them: their old contents are left until then)
    f.insts.removeAll(keepingCapacity: true)
    f.operands.removeAll(keepingCapacity: true); f.vregClasses.removeAll(keepingCapacity: true)
    paramBlock.removeAll(keepingCapacity: true); paramVReg.removeAll(keepingCapacity: true)
    blockInstStart.removeAll(keepingCapacity: true)
    pendingEdges.removeAll(keepingCapacity: true); pendingArgs.removeAll(keepingCapacity: true)
    pendingStart = 0; current = -1; errors.removeAll()
  }
  /// Reserves room for about `insts` instructions with `operands` operands in all.
  public mutating func reserve(insts: Int, operands: Int) {
    f.insts.reserveCapacity(insts); f.operands.reserveCapacity(operands)
  }
  public mutating func newVReg(_ cls: RegClass) -> VReg {
    f.vregClasses.append(cls); return VReg(f.vregClasses.count - 1)
  }
  /// Vregs so far (the next `newVReg` gets this number).
  public var vregCount: Int { f.vregClasses.count }
  /// `newVReg` for each of `classes`, in order (for a caller that numbers new vregs itself, from
  /// `vregCount` on, and hands their classes over in bulk).
  public mutating func appendVRegs(_ classes: UnsafeBufferPointer<RegClass>) {
    f.vregClasses.append(contentsOf: classes)
  }
  public mutating func newBlock() -> RABlock {
    blockInstStart.append(0)
    return RABlock(blockInstStart.count - 1)
  }
  public mutating func addParam(_ b: RABlock, _ cls: RegClass) -> VReg {
    let v = newVReg(cls)
    if b.index < blockInstStart.count { paramBlock.append(b.raw); paramVReg.append(v) } else { errors.append("param added to unknown block \(b)") }
    return v
  }
  public mutating func switchTo(_ b: RABlock) { switchTo(b, at: f.insts.count) }
  /// `switchTo` for a caller that hands its instructions over in batches
  /// (`endInsts(deferredOperands:)`), not at every block switch: block `b` starts at
  /// instruction `at`, which may lie past the instructions handed over so far (those in between
  /// come with a later batch). Block starts must not decrease.
  public mutating func switchTo(_ b: RABlock, at: Int) {
    guard b.index < blockInstStart.count, b.index > current else {
      errors.append("blocks must be filled once each, in increasing order (\(b))"); return
    }
    guard at >= (current >= 0 ? Int(blockInstStart[current]) : 0), at < Int(UInt32.max) else {
      errors.append("block \(b) starts at instruction \(at), before the block before it"); return
    }
    let start = UInt32(at)
    blockInstStart.withUnsafeMutableBufferPointer { p in for k in (current + 1) ... b.index { p[k] = start } }
    current = b.index
  }
  /// Instructions handed over so far.
  public var instCount: Int { f.insts.count }
  @discardableResult
  public mutating func inst(_ ops: [Operand], clobbers: PRegSet = PRegSet(), isMove: Bool = false) -> RAInst {
    for op in ops { appendOperand(op) }
    return endInst(clobbers: clobbers, isMove: isMove)
  }

  /// Total operands so far (including those of the instruction under construction).
  @inline(__always) public var operandCount: Int { f.operands.count }
  /// Appends an operand to the instruction under construction.
  @inline(__always) public mutating func appendOperand(_ op: Operand) { f.operands.append(op) }
  /// Number of operands appended since the last `endInst`.
  @inline(__always) public var pendingCount: Int { f.operands.count - pendingStart }
  /// Operand j (0-based) of the instruction under construction.
  @inline(__always) public func pendingOperand(_ j: Int) -> Operand { f.operands[pendingStart + j] }
  @inline(__always) public mutating func setPendingConstraint(_ j: Int, _ c: OperandConstraint) {
    f.operands[pendingStart + j].constraint = c
  }
  /// Closes the instruction under construction (its operands: those appended since the last
  /// `endInst`).
  @discardableResult @inlinable @inline(__always)
  public mutating func endInst(clobbers: PRegSet = PRegSet(), isMove: Bool = false) -> RAInst {
    let start = pendingStart
    let end = f.operands.count
    f.insts.append(RAInstData(operandStart: UInt32(start), operandCount: UInt32(end - start), clobbers: clobbers, isMove: isMove))
    pendingStart = end
    if current < 0 { errors.append("instruction appended before switchTo") }
    return RAInst(f.insts.count - 1)
  }

  /// Closes an instruction whose `count` operands are not appended yet: they come later, with
  /// those of every other such instruction, through `appendOperands`.
  @discardableResult @inlinable @inline(__always)
  public mutating func endInst(deferredOperands count: Int, clobbers: PRegSet = PRegSet(), isMove: Bool = false) -> RAInst {
    let start = pendingStart
    f.insts.append(RAInstData(operandStart: UInt32(start), operandCount: UInt32(count), clobbers: clobbers, isMove: isMove))
    pendingStart = start + count
    if current < 0 { errors.append("instruction appended before switchTo") }
    return RAInst(f.insts.count - 1)
  }
  /// `endInst(deferredOperands:clobbers:isMove:)` for several instructions at once, in order:
  /// each of `insts` has its operand count, clobbers and move flag, and its `operandStart` where
  /// its operands will be: the first where the deferred operands so far end, each next where
  /// the one before ends (the caller numbers them; only the first is checked here). For a
  /// caller that collects its instructions and hands them over in small batches, without a
  /// uniqueness check per instruction.
  public mutating func endInsts(deferredOperands insts: UnsafeBufferPointer<RAInstData>) {
    guard let first = insts.first, let last = insts.last else { return }
    if Int(first.operandStart) != pendingStart { errors.append("deferred instructions do not continue the operands") }
    if current < 0 { for _ in insts { errors.append("instruction appended before switchTo") } }
    f.insts.append(contentsOf: insts)
    pendingStart = Int(last.operandStart) + Int(last.operandCount)
  }
  /// Appends the operands of the instructions closed by `endInst(deferredOperands:)`, in order.
  public mutating func appendOperands(_ ops: UnsafeBufferPointer<Operand>) {
    f.operands.append(contentsOf: ops)
  }

  public mutating func edge(_ from: RABlock, _ to: RABlock, args: [VReg] = []) {
    args.withUnsafeBufferPointer { edge(from, to, args: $0) }
  }
  public mutating func edge(_ from: RABlock, _ to: RABlock, args: UnsafeBufferPointer<VReg>) {
    let a = UInt32(pendingArgs.count)
    for v in args { pendingArgs.append(v) }
    pendingEdges.append(RAEdge(from: from, to: to, argStart: a, argCount: UInt32(args.count)))
  }
  /// An edge whose arguments are `args[range]`.
  public mutating func edge(_ from: RABlock, _ to: RABlock, args: [VReg], _ range: Range<Int>) {
    let a = UInt32(pendingArgs.count)
    for k in range { pendingArgs.append(args[k]) }
    pendingEdges.append(RAEdge(from: from, to: to, argStart: a, argCount: UInt32(range.count)))
  }

  public func finish() throws(RegAllocError) -> RAFunction {
    var b = self
    return try b.finishMoving()
  }

  /// `finish()` that moves the function out of the builder (its arrays are not copied; the
  /// builder is left empty, ready for `reset(recycling:)`).
  public mutating func finishMoving() throws(RegAllocError) -> RAFunction {
    var f = RAFunction()
    swap(&f, &self.f)
    var errors = self.errors
    if pendingStart != f.operands.count {
      errors.append(pendingStart < f.operands.count ? "operands appended after the last instruction"
                                                    : "deferred operands not appended (appendOperands)")
    }
    let n = blockInstStart.count
    let ni = UInt32(f.insts.count)
    // Blocks after the current one were never switched to: they are empty, at the end.
    let firstUnset = max(current + 1, 0)
    // Per block: successor, predecessor and parameter counts (cnt[b], cnt[n + b], cnt[2n + b]),
    // turned into fill cursors below. Edges are grouped by source in the order they were added
    // (a stable counting sort); parameters are grouped by block in the order they were added.
    var cnt = [UInt32](), order = [UInt32]()
    swap(&cnt, &finishCounts); swap(&order, &finishOrder)
    defer { swap(&cnt, &finishCounts); swap(&order, &finishOrder) }
    refill(&cnt, 3 * n, 0)
    var bad = false
    let nPending = pendingEdges.count, nArgs = pendingArgs.count, nParams = paramVReg.count
    var ne = 0
    cnt.withUnsafeMutableBufferPointer { cp in
      pendingEdges.withUnsafeBufferPointer { pe in
        for e in pe {
          if e.from.index < n && e.to.index < n { cp[e.from.index] &+= 1; cp[n + e.to.index] &+= 1; ne &+= 1 } else { bad = true }
        }
      }
      for b in paramBlock { cp[2 * n + Int(b)] &+= 1 }
      // (arrays refilled in place: they keep the capacity of a recycled function; each element
      // is then written through a pointer, without an append's checks)
      refill(&f.blocks, n, RABlockData(instStart: 0, instEnd: 0, succStart: 0, succCount: 0,
                                       predStart: 0, predCount: 0, paramStart: 0, paramCount: 0))
      blockInstStart.withUnsafeBufferPointer { bs in
        f.blocks.withUnsafeMutableBufferPointer { out in
          var succStart: UInt32 = 0, predStart: UInt32 = 0, paramStart: UInt32 = 0
          for b in 0 ..< n {
            let st = b < firstUnset ? bs[b] : ni
            let en = b + 1 < firstUnset ? bs[b + 1] : ni
            let sc = cp[b], pc = cp[n + b], qc = cp[2 * n + b]
            out[b] = RABlockData(instStart: st, instEnd: en, succStart: succStart, succCount: sc,
                                 predStart: predStart, predCount: pc, paramStart: paramStart, paramCount: qc)
            cp[b] = succStart; cp[n + b] = predStart; cp[2 * n + b] = paramStart
            succStart &+= sc; predStart &+= pc; paramStart &+= qc
          }
        }
      }
      refill(&f.blockParams, nParams, VReg(raw: 0))
      f.blockParams.withUnsafeMutableBufferPointer { out in
        paramBlock.withUnsafeBufferPointer { pb in
          paramVReg.withUnsafeBufferPointer { pv in
            for k in 0 ..< nParams {
              let b = 2 * n + Int(pb[k])
              out[Int(cp[b])] = pv[k]; cp[b] &+= 1
            }
          }
        }
      }
      // Edges by source (stable): order[i] = index into pendingEdges.
      refill(&order, ne, 0)
      order.withUnsafeMutableBufferPointer { op in
        pendingEdges.withUnsafeBufferPointer { pe in
          for k in 0 ..< nPending {
            let e = pe[k]
            guard e.from.index < n && e.to.index < n else { continue }
            op[Int(cp[e.from.index])] = UInt32(k); cp[e.from.index] &+= 1
          }
        }
      }
      var edges = [RAEdge](), edgeArgs = [VReg](), predEdges = [UInt32]()
      swap(&edges, &f.edges); swap(&edgeArgs, &f.edgeArgs); swap(&predEdges, &f.predEdges)
      refill(&predEdges, ne, 0)
      refill(&edges, ne, RAEdge(from: RABlock(0), to: RABlock(0), argStart: 0, argCount: 0))
      // (room for every pending argument; only the arguments of edges to unknown blocks, which
      // make `finish` fail, are left out, and trimmed below)
      refill(&edgeArgs, nArgs, VReg(raw: 0))
      var argCount = 0
      predEdges.withUnsafeMutableBufferPointer { pp in
        edges.withUnsafeMutableBufferPointer { ep in
          edgeArgs.withUnsafeMutableBufferPointer { ap in
            pendingEdges.withUnsafeBufferPointer { pe in
              pendingArgs.withUnsafeBufferPointer { pa in
                for i in 0 ..< ne {
                  let e = pe[Int(order[i])]
                  let a = argCount
                  let lo = Int(e.argStart), m = Int(e.argCount)
                  precondition(lo >= 0 && lo + m <= nArgs && a + m <= nArgs)
                  for k in 0 ..< m { ap[a + k] = pa[lo + k] }
                  argCount = a + m
                  ep[i] = RAEdge(from: e.from, to: e.to, argStart: UInt32(a), argCount: e.argCount)
                  let q = n + e.to.index
                  pp[Int(cp[q])] = UInt32(i); cp[q] &+= 1
                }
              }
            }
          }
        }
      }
      if argCount < nArgs { edgeArgs.removeLast(nArgs - argCount) }
      f.edges = edges; f.edgeArgs = edgeArgs; f.predEdges = predEdges
    }
    if bad { errors.append("edge to or from an unknown block") }
    if !errors.isEmpty { throw RegAllocError(errors) }
    return f
  }
}

/// Sets `a` to `n` copies of `x`, reusing its storage when it is large enough. (The elements kept
/// are overwritten in place in one pass, a fill the optimizer turns into a memset or vector
/// stores; emptying the array and appending them all again cost a few instructions each.)
/// Public for the clients that refill their own per-function tables the same way (the x86_64
/// selector).
@inlinable @inline(__always) public func refill<T>(_ a: inout [T], _ n: Int, _ x: T) {
  let kept = min(a.count, n)
  if a.count > n { a.removeLast(a.count - n) }
  a.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[0 ..< kept]).update(repeating: x) }
  if n > kept { a.append(contentsOf: repeatElement(x, count: n - kept)) }
}

/// The target's registers, as data.
public struct MachineEnv: Sendable {
  /// Allocatable registers per class (indexed by `RegClass.rawValue`), in preference order.
  /// Put caller-saved registers first: an interval takes the first register free for its whole
  /// lifetime, so values that live across calls end up in callee-saved ones.
  public var allocatable: [[PReg]]
  /// Registers the callee must preserve (reported in `usedCalleeSaved` when written).
  public var calleeSaved: PRegSet
  /// Per class: a register reserved for the move resolver (not allocatable), or nil.
  public var scratch: [PReg?]
  public init(int: [PReg], float: [PReg], calleeSaved: PRegSet = PRegSet(), scratchInt: PReg? = nil, scratchFloat: PReg? = nil) {
    allocatable = [int, float]; self.calleeSaved = calleeSaved; scratch = [scratchInt, scratchFloat]
  }
  public func regs(_ c: RegClass) -> [PReg] { allocatable[Int(c.rawValue)] }
  public func scratch(_ c: RegClass) -> PReg? { scratch[Int(c.rawValue)] }
  public func isAllocatable(_ p: PReg) -> Bool { regs(p.regClass).contains(p) }
  /// The caller-saved allocatable registers of a class (what a call clobbers).
  public func callerSaved(_ c: RegClass) -> [PReg] { regs(c).filter { !calleeSaved.contains($0) } }
}

/// Where a value lives: a physical register or a spill slot.
public struct Allocation: Hashable, Sendable, CustomStringConvertible {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public static let none = Allocation(raw: .max)
  @inline(__always) public static func reg(_ p: PReg) -> Allocation { Allocation(raw: UInt32(p.raw)) }
  @inline(__always) public static func stack(_ s: SpillSlot) -> Allocation { Allocation(raw: 0x8000_0000 | s.raw) }
  public var isNone: Bool { raw == .max }
  public var isReg: Bool { raw < 128 }
  public var isStack: Bool { raw != .max && raw & 0x8000_0000 != 0 }
  public var reg: PReg? { isReg ? PReg(raw: UInt8(raw)) : nil }
  public var slot: SpillSlot? { isStack ? SpillSlot(raw: raw & 0x7FFF_FFFF) : nil }
  public var description: String {
    if let r = reg { return r.description }
    if let s = slot { return s.description }
    return "none"
  }
}

/// Before or after an instruction: raw = inst * 2 + (after ? 1 : 0).
public struct ProgPoint: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public static func before(_ i: Int) -> ProgPoint { ProgPoint(raw: UInt32(i) << 1) }
  public static func after(_ i: Int) -> ProgPoint { ProgPoint(raw: UInt32(i) << 1 | 1) }
  public var inst: Int { Int(raw >> 1) }
  public var isAfter: Bool { raw & 1 != 0 }
  public var description: String { (isAfter ? "after " : "before ") + "i\(inst)" }
  public static func < (a: ProgPoint, b: ProgPoint) -> Bool { a.raw < b.raw }
}

/// A move the backend inserts at `point`.
public struct Edit: Hashable, Sendable, CustomStringConvertible {
  public var point: ProgPoint
  public var from: Allocation
  public var to: Allocation
  public var regClass: RegClass
  /// For moves that resolve a CFG edge: the edge index; `UInt32.max` otherwise.
  public var edge: UInt32
  public var description: String { "\(point): \(to) <- \(from)" + (edge == .max ? "" : " (edge \(edge))") }
}

public struct RegAllocStats: Sendable {
  public var intervals = 0
  public var splits = 0
  public var spilledVRegs = 0
  public var moves = 0
}

public struct RegAllocResult: Sendable {
  /// One per operand (parallel to `RAFunction.operands`).
  public var allocs: [Allocation] = []
  /// Sorted by point; same-point edits run in list order.
  public var edits: [Edit] = []
  /// Parallel to `RAFunction.blockParams`: the location on entry to the block.
  public var blockParamAllocs: [Allocation] = []
  /// The class of each spill slot; the count is the number of slots.
  public var spillSlotClasses: [RegClass] = []
  public var usedCalleeSaved = PRegSet()
  public var stats = RegAllocStats()
  public var spillSlotCount: Int { spillSlotClasses.count }
  public init() {}
}

public struct RegAllocError: Error, Sendable, CustomStringConvertible {
  public var messages: [String]
  public init(_ messages: [String]) { self.messages = messages }
  public var description: String { messages.joined(separator: "\n") }
}

public struct RegAllocOptions: Sendable {
  /// Replay the result with the checker and fail on any error (default: debug builds only).
  public var runChecker: Bool
  public init(runChecker: Bool? = nil) {
    #if DEBUG
    self.runChecker = runChecker ?? true
    #else
    self.runChecker = runChecker ?? false
    #endif
  }
}

/// Allocates registers for `f`. Throws on invalid input, on constraints no assignment can meet
/// (more simultaneous register operands than registers), and (with `runChecker`) on checker errors.
public func allocateRegisters(_ f: RAFunction, _ env: MachineEnv, options: RegAllocOptions = RegAllocOptions()) throws(RegAllocError) -> RegAllocResult {
  var result = RegAllocResult()
  try allocateRegisters(f, env, into: &result, options: options)
  return result
}

/// `allocateRegisters` that writes into `result`, reusing the capacity of its arrays (e.g. the
/// previous function's result, when compiling many functions).
public func allocateRegisters(_ f: RAFunction, _ env: MachineEnv, into result: inout RegAllocResult,
                              options: RegAllocOptions = RegAllocOptions()) throws(RegAllocError) {
  let ctx = RAContext.take()
  defer { RAContext.give(ctx) }
  ctx.bind(f, env)
  try ctx.build()
  try ctx.run()
  ctx.finish(into: &result)
  if options.runChecker {
    let errs = checkAllocation(f, env, result)
    if !errs.isEmpty { throw RegAllocError(["register allocation checker failed:"] + errs.prefix(20).map { $0.description }) }
  }
}

extension RAFunction: CustomStringConvertible {
  /// Readable listing (for tests and debugging): blocks with params, instructions with operands,
  /// edges with arguments.
  public var description: String {
    var s = ""
    for b in 0 ..< blocks.count {
      let ps = params(b).map { "\($0)" }.joined(separator: ", ")
      s += "b\(b)(\(ps)):" + (preds(b).isEmpty ? "" : "  ; preds " + preds(b).map { "b\(edges[Int($0)].from.raw)" }.joined(separator: " ")) + "\n"
      for i in Int(blocks[b].instStart) ..< Int(blocks[b].instEnd) {
        s += "  i\(i): " + operandRange(i).map { operands[$0].description }.joined(separator: ", ")
        if !insts[i].clobbers.isEmpty { s += " clobbers " + insts[i].clobbers.map { "\($0)" }.joined(separator: " ") }
        if insts[i].isMove { s += " (move)" }
        s += "\n"
      }
      for e in succs(b) { s += "  -> b\(edges[e].to.raw)(" + args(e).map { "\($0)" }.joined(separator: ", ") + ")\n" }
    }
    return s
  }
}
