// The per-function lowering state and the SSA construction machinery: emitting instructions into
// the current block, branch edges with arguments, and on-the-fly SSA construction for promoted
// allocas after Braun et al., "Simple and Efficient Construction of SSA Form" (CC 2013).
//
// How the pieces fit:
// - Every IR block gets an SSA block with the same index (created up front), so forward branches
//   know their target. Lowering may split an IR block (wide `switch` compare chains); the extra
//   pieces get higher indices and `finish()` renumbers all blocks into emission order.
// - Variables (one per SSA piece of a promoted alloca) are tracked per *IR* block: the pieces an
//   IR block splits into never write variables, so "the value at the end of IR block B" is the
//   same at every piece's exit and dominates all of them. `defs` is a dense [block × variable]
//   table (values, `.none` = not written in that block).
// - readVariable walks single-predecessor sealed chains iteratively; at a sealed join it creates a
//   parameter ("phi") and queues it; at an unsealed block it creates an incomplete phi. Queued phis
//   get their operands (one per incoming edge, in edge order, in `phiOps`) by draining the queue,
//   which never recurses, so deep CFGs cannot overflow the stack. An IR block is sealed once all
//   its incoming edges exist (their number is counted before lowering).
// - Trivial phis (all operands the same value or the phi itself) are removed in `finish()` by a
//   fixpoint over the phis in reverse creation order; removed values forward through
//   `replacement`, and all operands, branch arguments and parameters are rewritten and values
//   renumbered so none of them survive.
// - A read of a never-written variable is `undef`: an `iconst 0`/`fconst 0` emitted at the read
//   when it happens in the current block, else one per type inserted before the entry block's
//   terminator in `finish()` (it dominates every block).
// - `FunctionLowering` is a class with one instance per worker thread (never shared between
//   threads): methods get `self` by reference, where a large struct's non-mutating methods called
//   from mutating ones could copy the whole struct (and retain every array in it). Its scratch
//   state lives in `Scratch` buffers (LowerScratch.swift) that keep their capacity from one
//   function to the next; the IR function and the module tables are read in place through
//   unretained pointers (the module outlives the lowering and is not mutated meanwhile).
// - Branch arguments are kept apart until `finish()`: explicit ones (IR phi operands, computed and
//   materialized in the predecessor before its terminator) in `tmpArgs`, and, per edge, the
//   target block's variable phis read from `phiOps`.

import KilnIR
import KilnSupport

struct EdgeMeta {
  var explicitStart: UInt32
  var explicitCount: UInt32
  var irTarget: Int32      // -1: an internal block (no variable phis)
  var predIndex: UInt32
}

struct PhiRec {
  var value: SValue
  var variable: UInt32
  var irBlock: UInt32
  var opStart: UInt32 = .max   // .max: incomplete (no operands yet)
  var next: Int32 = -1
  var dead = false
}

/// An address kept symbolic so constant offsets fold into loads and stores.
struct AddrForm {
  static let value: UInt8 = 0, slot: UInt8 = 1, symbol: UInt8 = 2
  var kind: UInt8
  var base: UInt32
  var off: Int64
}

/// `addrKind` per IR instruction.
enum AK {
  static let plain: UInt8 = 0, slot: UInt8 = 1, valueOff: UInt8 = 2, symbol: UInt8 = 3, promoted: UInt8 = 4
  /// A long-lived value kept in a stack slot (LowerDemote.swift).
  static let demoted: UInt8 = 5
  /// Not lowered yet, though unreachable code reads it already (LLVM lets unreachable code use
  /// any value, even its own result): read as undef, zeros, until its definition is lowered.
  static let notYet: UInt8 = 6
}

final class FunctionLowering {
  let ctx: LowerContext
  var f: ScratchFunction
  /// The module's functions (unretained: `ctx.module` keeps them) and the one being lowered.
  let functions: UnsafePointer<Function>
  var fnIndex: Int
  /// The IR function being lowered, read in place (a copy would retain each of its arrays).
  var fn: Function { unsafeAddress { functions + fnIndex } }
  var diags: Diagnostics
  var usedHelpers: UInt64 = 0
  let ptrT: SType

  // The IR function's arrays, unretained (the module keeps them; set per function).
  var irInsts: UnsafePointer<Inst>
  var irOps: UnsafePointer<Value>
  var irBlocks: UnsafePointer<Block>
  var irAttrs: UnsafePointer<ParamAttrs>
  var irAttrCount = 0

  // IR value → SSA leaves
  var leafPool = Scratch<SValue>(capacity: 1024)
  var instLeaf = Scratch<UInt32>(capacity: 1024)
  var argLeaf = Scratch<UInt32>()
  var addrKind = Scratch<UInt8>(capacity: 1024)
  var addrBase = Scratch<UInt32>(capacity: 1024)
  var addrOff = Scratch<Int64>(capacity: 1024)

  // blocks
  var irBlockCount = 0
  var curSB: UInt32 = 0
  var curIR = 0
  var sbExplicitStart = Scratch<UInt32>()
  var sbExplicitCount = Scratch<UInt32>()
  var tmpParams = Scratch<SValue>()
  var emitOrder = Scratch<UInt32>()
  var expectedPreds = Scratch<UInt32>()
  var donePreds = Scratch<UInt32>()
  var predStart = Scratch<UInt32>()
  var predFrom = Scratch<UInt32>()
  var sealed = Scratch<Bool>()
  /// IR blocks reachable from the entry. Variables read in an unreachable block are `undef`:
  /// there, Braun's single-predecessor walk can go round a cycle of blocks and return a value
  /// defined later in the cycle (`v2 = iadd v2, 1`), which LLVM allows in unreachable code but
  /// Kiln's SSA (every use dominated) does not. The code never runs, so any value is right.
  var reachable = Scratch<Bool>()
  var dfsStack = Scratch<Int32>()
  /// Whether the IR blocks are lowered in `loweringOrder` instead of layout order (see
  /// `planLoweringOrder`), and that order, each block's place in it and the search's cursors.
  var reordered = false
  var loweringOrder = Scratch<Int32>()
  var orderPos = Scratch<UInt32>()
  var dfsCursor = Scratch<UInt32>()
  var finished = Scratch<Bool>()
  var phiHead = Scratch<Int32>()
  var phiTail = Scratch<Int32>()
  var edges = Scratch<EdgeMeta>()
  var tmpArgs = Scratch<SValue>()
  var slotAddrBlock = Scratch<UInt32>()
  var slotAddrVal = Scratch<SValue>()

  // variables
  var varTypes = Scratch<SType>()
  /// `defs` entries are `.none` except those listed in `defsWritten`, which `run` clears for the
  /// next function (instead of clearing the whole table).
  var defs = Scratch<SValue>(capacity: 1024)
  var defsWritten = Scratch<UInt32>(capacity: 1024)
  var phis = Scratch<PhiRec>()
  var phiOps = Scratch<SValue>()
  var pending = Scratch<Int32>()
  var chain = Scratch<Int>()
  var lateUndef: [SValue] = Array(repeating: .none, count: 7)
  // phi placement (LowerPhiPlacement.swift): when `guided`, `readVar` skips from a block outside
  // a variable's IDF to its immediate dominator once that dominator is lowered
  var guided = false
  var groupCount = 0
  var cfg = CFG()
  /// Immediate dominators of the IR blocks (`computeIdoms`) and that computation's scratch.
  var idomScratch = Scratch<UInt32>()
  var domRPOIndex = Scratch<UInt32>()
  var domOrder = Scratch<UInt32>()
  var domStack = Scratch<UInt64>()
  /// `idomScratch`'s storage, read in place (unchanged while a function lowers).
  var idomOf: UnsafePointer<UInt32> = FunctionLowering.unretained([UInt32]())
  var varGroup = Scratch<UInt32>()
  var groupOfInst = Scratch<UInt32>()
  var groupStart = Scratch<UInt32>()
  var groupBlocks = Scratch<UInt32>()
  var defPairs = Scratch<UInt64>()
  var dfPairs = Scratch<UInt64>()
  var dfStart = Scratch<UInt32>()
  var dfList = Scratch<UInt32>()
  var dfFill = Scratch<UInt32>()
  var onList = Scratch<UInt32>()
  var hasPhi = Scratch<UInt32>()
  var work = Scratch<UInt32>()
  var phiBits = Scratch<UInt64>()
  var loc: SourceLoc = .none
  var failed = false
  var sigArgTypes = Scratch<TypeID>()
  /// Whether `run` writes instructions and values straight into the returned function's arrays
  /// (see there; true unless the owner knows every lowered function is kept).
  var writeInPlace = true
  /// A body the sink consumed and dropped, whose arrays `run` reuses (`recycle`), and whether
  /// that still happens (not once a sink turned out to keep a reference to the bodies it consumed).
  var spare: SFunction? = nil
  var recycleBodies = true
  /// What `lowerInPlace` did: whether it ran, whether lowering succeeded, and how many values it
  /// wrote into the storage it was lent.
  var inPlace = (ran: false, ok: false, values: 0)
  /// Signatures of earlier calls in this function, by a hash of the function type:
  /// (IR call index + 1) << 32 | signature index, 0 = empty (LowerCall.swift `callSignature`).
  var sigCache = Scratch<UInt64>(capacity: 64)
  var candScratch = Scratch<Bool>(capacity: 1024)
  /// The stores through a candidate alloca (IR instruction indices, ascending), listed by
  /// `prescanAllocas` for `placePhis`; `candStoresValid` says whether the list is complete.
  var candStores = Scratch<UInt32>(capacity: 1024)
  var candStoresValid = false
  var replacementScratch = Scratch<UInt32>(capacity: 1024)
  var newIndexScratch = Scratch<UInt32>(capacity: 1024)
  var newBlockID = Scratch<UInt32>()
  var blockScratch = Scratch<SBlock>()
  /// Phis with many incoming entries (`phiArgs`, LowerInst.swift): per IR instruction, where its
  /// sorted keys (predecessor block << 32 | entry number) start in `bigPhiKeys`, or -1 until the
  /// first lookup builds them. `bigPhiReady` says whether `bigPhiStart` is sized for this function.
  var bigPhiStart = Scratch<Int32>()
  var bigPhiKeys = Scratch<UInt64>()
  var bigPhiReady = false
  /// IR phi entries examined by `phiArgs` in this function (a work count for tests).
  var phiEntryProbes = 0
  // demotion of long-lived values (LowerDemote.swift)
  var demoteAny = false
  var demote = Scratch<Bool>()
  var demFirst = Scratch<UInt32>()
  var demLast = Scratch<UInt32>()
  var demDefBlock = Scratch<UInt32>()
  var demCacheBlock = Scratch<UInt32>()
  var demCacheLeaf = Scratch<UInt32>()
  var demCacheInst = Scratch<UInt32>()
  var argDemSlot = Scratch<UInt32>()

  // Per-worker copies of the shared read-only tables: reading `ctx.layout` / `ctx.module.types`
  // through the class would copy the struct (retaining every array buffer, atomically, from every
  // worker thread) on each access; stored copies are retained once per worker.
  let types: TypeTable
  let layout: DataLayout
  let consts: ConstantTable
  let fnSym: [SymbolID]
  let globalSym: [SymbolID]
  let aliasSym: [SymbolID]
  let intrinsic: [Intr]
  let libmHelper: [Int16]
  let helperSym: [SymbolID]
  // `layout`'s leaf tables, allocation sizes and field offsets, unretained (the stored `layout`
  // keeps them).
  let layoutLeafCount: UnsafePointer<UInt32>
  let layoutLeafStart: UnsafePointer<UInt32>
  let layoutLeaves: UnsafePointer<Leaf>
  let layoutAllocSize: UnsafePointer<UInt64>
  let layoutFieldOffsetStart: UnsafePointer<UInt32>
  let layoutFieldOffsets: UnsafePointer<UInt64>
  /// `fnSym`'s and `globalSym`'s storage, unretained (`symbolOf`'s in-line cases).
  let fnSymbols: UnsafePointer<SymbolID>
  let globalSymbols: UnsafePointer<SymbolID>
  // The module's constant and type tables, unretained (the stored `consts`/`types` keep them).
  let cElems: UnsafePointer<Value>
  let cNodes: UnsafePointer<ConstNode>
  let cWords: UnsafePointer<UInt64>
  let tNodes: UnsafePointer<TypeNode>
  let tLists: UnsafePointer<TypeID>

  init(ctx: LowerContext, function index: Int, symbol: SymbolID) {
    self.ctx = ctx
    functions = FunctionLowering.unretained(ctx.module.functions)
    fnIndex = index
    let fn = functions[index]
    self.f = ScratchFunction(symbol: symbol)
    self.diags = Diagnostics(file: ctx.module.source)
    self.ptrT = ctx.target.pointerType
    types = ctx.module.types
    layout = ctx.layout
    consts = ctx.module.constants
    fnSym = ctx.fnSym
    globalSym = ctx.globalSym
    aliasSym = ctx.aliasSym
    intrinsic = ctx.intrinsic
    libmHelper = ctx.libmHelper
    helperSym = ctx.helperSym
    layoutLeafCount = FunctionLowering.unretained(ctx.layout.leafCount)
    layoutLeafStart = FunctionLowering.unretained(ctx.layout.leafStart)
    layoutLeaves = FunctionLowering.unretained(ctx.layout.leaves)
    layoutAllocSize = FunctionLowering.unretained(ctx.layout.allocSizes)
    layoutFieldOffsetStart = FunctionLowering.unretained(ctx.layout.fieldOffsetStart)
    layoutFieldOffsets = FunctionLowering.unretained(ctx.layout.fieldOffsets)
    fnSymbols = FunctionLowering.unretained(ctx.fnSym)
    globalSymbols = FunctionLowering.unretained(ctx.globalSym)
    cElems = FunctionLowering.unretained(ctx.module.constants.elems)
    cNodes = FunctionLowering.unretained(ctx.module.constants.nodes)
    cWords = FunctionLowering.unretained(ctx.module.constants.words)
    tNodes = FunctionLowering.unretained(ctx.module.types.nodes)
    tLists = FunctionLowering.unretained(ctx.module.types.lists)
    irInsts = FunctionLowering.unretained(fn.insts)
    irOps = FunctionLowering.unretained(fn.operands)
    irBlocks = FunctionLowering.unretained(fn.blocks)
    irAttrs = FunctionLowering.unretained(fn.paramAttrs)
    irAttrCount = fn.paramAttrs.count
  }

  deinit {
    f.deallocate()
    leafPool.deallocate(); instLeaf.deallocate(); argLeaf.deallocate(); addrKind.deallocate()
    addrBase.deallocate(); addrOff.deallocate(); sbExplicitStart.deallocate(); sbExplicitCount.deallocate()
    tmpParams.deallocate(); emitOrder.deallocate(); expectedPreds.deallocate(); donePreds.deallocate()
    predStart.deallocate(); predFrom.deallocate(); sealed.deallocate(); finished.deallocate()
    reachable.deallocate(); dfsStack.deallocate()
    loweringOrder.deallocate(); orderPos.deallocate(); dfsCursor.deallocate()
    phiHead.deallocate(); phiTail.deallocate(); edges.deallocate(); tmpArgs.deallocate()
    slotAddrBlock.deallocate(); slotAddrVal.deallocate(); varTypes.deallocate(); defs.deallocate(); defsWritten.deallocate()
    phis.deallocate(); phiOps.deallocate(); pending.deallocate(); chain.deallocate()
    sigArgTypes.deallocate(); sigCache.deallocate(); candScratch.deallocate(); replacementScratch.deallocate()
    candStores.deallocate()
    newIndexScratch.deallocate(); newBlockID.deallocate(); blockScratch.deallocate()
    varGroup.deallocate(); groupOfInst.deallocate(); groupStart.deallocate()
    groupBlocks.deallocate(); defPairs.deallocate(); dfPairs.deallocate(); dfStart.deallocate()
    dfList.deallocate(); dfFill.deallocate(); onList.deallocate(); hasPhi.deallocate()
    work.deallocate(); phiBits.deallocate(); bigPhiStart.deallocate(); bigPhiKeys.deallocate()
    demote.deallocate(); demFirst.deallocate(); demLast.deallocate(); demDefBlock.deallocate()
    demCacheBlock.deallocate(); demCacheLeaf.deallocate(); demCacheInst.deallocate(); argDemSlot.deallocate()
    idomScratch.deallocate(); domRPOIndex.deallocate(); domOrder.deallocate(); domStack.deallocate()
  }

  /// The storage of an array the module keeps alive and never mutates during lowering (a dummy
  /// address for an empty array: nothing is read through it).
  static func unretained<T>(_ a: [T]) -> UnsafePointer<T> {
    a.withUnsafeBufferPointer { $0.baseAddress } ?? UnsafeRawPointer(emptyStorage).assumingMemoryBound(to: T.self)
  }
  nonisolated(unsafe) private static let emptyStorage = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)

  func error(_ message: String, at l: SourceLoc? = nil) {
    failed = true
    diags.error(l ?? loc, message)
  }

  // MARK: values and instructions

  @inline(__always) func newValue(_ t: SType, param: Bool, owner: UInt32, index: UInt32) -> SValue {
    let v = SValue(f.values.count)
    f.values.append(SValueDef(type: t, isParam: param, owner: owner, index: index))
    return v
  }

  /// Appends `i` (operands already appended at `opStart`) with `results` results of type `rt`.
  /// (Indices and counts convert to `UInt32` unchecked, here and in `pushCall`: every emitted
  /// instruction would otherwise pay for range checks that cannot fail, as the arrays holding
  /// them could not fit in memory first.)
  @inline(__always) func push(_ i: SInst, opStart: Int, results: Int, rt: SType) -> SValue {
    var inst = i
    inst.operandStart = UInt32(truncatingIfNeeded: opStart)
    inst.operandCount = UInt32(truncatingIfNeeded: f.operands.count &- opStart)
    inst.loc = loc
    let id = UInt32(truncatingIfNeeded: f.insts.count)
    if results > 0 {
      inst.result = SValue(f.values.count)
      inst.resultCount = UInt8(truncatingIfNeeded: results)
      for k in 0..<results { _ = newValue(rt, param: false, owner: id, index: UInt32(truncatingIfNeeded: k)) }
    }
    f.insts.append(inst)
    return inst.result
  }

  @inline(__always) func iconst(_ t: SType, _ v: UInt64) -> SValue {
    var i = SInst(op: .iconst, type: t)
    i.imm = Int64(bitPattern: t == .i64 ? v : v & ((1 << UInt64(t.bits)) - 1))
    return push(i, opStart: f.operands.count, results: 1, rt: t)
  }
  @inline(__always) func fconst(_ t: SType, bits: UInt64) -> SValue {
    var i = SInst(op: .fconst, type: t)
    i.imm = Int64(bitPattern: bits)
    return push(i, opStart: f.operands.count, results: 1, rt: t)
  }
  @inline(__always) func zero(_ t: SType) -> SValue {
    t.isFloat ? fconst(t, bits: 0) : iconst(t, 0)
  }
  @inline(__always) func un(_ op: SOp, _ t: SType, _ a: SValue, imm: Int64 = 0, rt: SType? = nil) -> SValue {
    let s = f.operands.count
    f.operands.append(a)
    var i = SInst(op: op, type: t)
    i.imm = imm
    return push(i, opStart: s, results: 1, rt: rt ?? t)
  }
  @inline(__always) func bin(_ op: SOp, _ t: SType, _ a: SValue, _ b: SValue) -> SValue {
    let s = f.operands.count
    f.operands.append(a); f.operands.append(b)
    return push(SInst(op: op, type: t), opStart: s, results: 1, rt: t)
  }
  @inline(__always) func icmp(_ p: IntPredicate, _ t: SType, _ a: SValue, _ b: SValue) -> SValue {
    let s = f.operands.count
    f.operands.append(a); f.operands.append(b)
    var i = SInst(op: .icmp, type: t)
    i.cc = p.rawValue
    return push(i, opStart: s, results: 1, rt: .i8)
  }
  @inline(__always) func select(_ t: SType, _ c: SValue, _ a: SValue, _ b: SValue) -> SValue {
    let s = f.operands.count
    f.operands.append(c); f.operands.append(a); f.operands.append(b)
    return push(SInst(op: .select, type: t), opStart: s, results: 1, rt: t)
  }
  /// Conversions: `type` is the result type.
  @inline(__always) func conv(_ op: SOp, to t: SType, _ a: SValue) -> SValue {
    un(op, t, a)
  }
  @inline(__always) func load(_ t: SType, _ addr: SValue, _ off: Int64, volatile: Bool) -> SValue {
    let s = f.operands.count
    f.operands.append(addr)
    var i = SInst(op: .load, type: t)
    i.imm = off
    if volatile { i.flags = SFlags.volatile }
    return push(i, opStart: s, results: 1, rt: t)
  }
  @inline(__always) func store(_ t: SType, _ v: SValue, _ addr: SValue, _ off: Int64, volatile: Bool) {
    let s = f.operands.count
    f.operands.append(v); f.operands.append(addr)
    var i = SInst(op: .store, type: t)
    i.imm = off
    if volatile { i.flags = SFlags.volatile }
    _ = push(i, opStart: s, results: 0, rt: .none)
  }
  @inline(__always) func stackAddr(_ slot: UInt32, _ off: Int64) -> SValue {
    var i = SInst(op: .stackAddr, type: ptrT)
    i.aux = slot; i.imm = off
    return push(i, opStart: f.operands.count, results: 1, rt: ptrT)
  }
  @inline(__always) func globalAddr(_ sym: SymbolID, _ off: Int64) -> SValue {
    var i = SInst(op: .globalAddr, type: ptrT)
    i.aux = sym.raw; i.imm = off
    return push(i, opStart: f.operands.count, results: 1, rt: ptrT)
  }
  @inline(__always) func vtype(_ v: SValue) -> SType { f.values[v.index].type }

  // MARK: blocks and edges

  func newBlock() -> UInt32 {
    let b = UInt32(f.blocks.count)
    f.blocks.append(SBlock())
    sbExplicitStart.append(UInt32(tmpParams.count))
    sbExplicitCount.append(0)
    return b
  }

  /// Appends `n` blocks, as `n` calls of `newBlock` would (in bulk).
  func newBlocks(_ n: Int) {
    f.blocks.append(repeating: SBlock(), count: n)
    sbExplicitStart.append(repeating: UInt32(tmpParams.count), count: n)
    sbExplicitCount.append(repeating: 0, count: n)
  }

  func startBlock(_ b: UInt32) {
    curSB = b
    f.blocks[Int(b)].instStart = UInt32(truncatingIfNeeded: f.insts.count)
    sbExplicitStart[Int(b)] = UInt32(truncatingIfNeeded: tmpParams.count)
    emitOrder.append(b)
  }

  /// Adds an explicit parameter to the block being started (params are created contiguously).
  func addParam(_ t: SType) -> SValue {
    let b = Int(curSB)
    let v = newValue(t, param: true, owner: curSB, index: sbExplicitCount[b])
    tmpParams.append(v)
    sbExplicitCount[b] += 1
    return v
  }

  /// Appends an edge to IR block `s` from the current block; explicit args are
  /// `tmpArgs[argStart...]` (everything appended since `argStart`).
  func edgeToIR(_ s: Int, argStart: Int) {
    guard s >= 0 && s < irBlockCount else { return }
    // (unchecked conversions, as in `push`: `s` is a block index, the counts are array counts)
    let k = donePreds[s]
    if k < expectedPreds[s] { predFrom[Int(predStart[s] &+ k)] = UInt32(truncatingIfNeeded: curIR) }
    donePreds[s] = k &+ 1
    f.succs.append(SBlockCall(block: SBlockID(raw: UInt32(truncatingIfNeeded: s)), argStart: 0, argCount: 0))
    edges.append(EdgeMeta(explicitStart: UInt32(truncatingIfNeeded: argStart),
                          explicitCount: UInt32(truncatingIfNeeded: tmpArgs.count &- argStart),
                          irTarget: Int32(truncatingIfNeeded: s), predIndex: k))
  }
  func edgeToInternal(_ b: UInt32) {
    f.succs.append(SBlockCall(block: SBlockID(raw: b), argStart: 0, argCount: 0))
    edges.append(EdgeMeta(explicitStart: 0, explicitCount: 0, irTarget: -1, predIndex: 0))
  }

  /// Emits a terminator whose successors were appended from `succStart` on.
  func terminate(_ i: SInst, opStart: Int, succStart: Int, results: Int = 0, rt: SType = .none) -> SValue {
    var inst = i
    inst.succStart = UInt32(truncatingIfNeeded: succStart)
    inst.succCount = UInt32(truncatingIfNeeded: f.succs.count &- succStart)
    let r = push(inst, opStart: opStart, results: results, rt: rt)
    f.blocks[Int(curSB)].instEnd = UInt32(truncatingIfNeeded: f.insts.count)
    return r
  }

  /// After the IR block's final terminator: seals successors whose edges are all in.
  func finishIRBlock(succStart: Int) {
    finished[curIR] = true
    for e in succStart..<edges.count {
      let s = Int(edges[e].irTarget)
      if s >= 0 && !sealed[s] && donePreds[s] >= expectedPreds[s] { seal(s) }
    }
  }

  // MARK: variables (Braun et al.)

  @inline(__always) func writeVar(_ v: Int, _ value: SValue) {
    setDef(curIR &* varTypes.count &+ v, value)
  }

  @inline(__always) func setDef(_ k: Int, _ value: SValue) {
    if defs[k] == .none { defsWritten.append(UInt32(truncatingIfNeeded: k)) }
    defs[k] = value
  }

  func readVar(_ v: Int) -> SValue {
    let r = readVar(v, curIR)
    if !pending.isEmpty { drain() }
    return r
  }

  private func readVar(_ v: Int, _ b0: Int) -> SValue {
    let nv = varTypes.count
    var b = b0
    chain.removeAll(keepingCapacity: true)
    var result: SValue
    // (`defs` is indexed block × variable count + variable, unchecked: `prescanAllocas` caps the
    // table at about a million entries)
    while true {
      let d = defs[b &* nv &+ v]
      if d != .none { result = d; break }
      if !reachable[b] { result = undef(varTypes[v], inBlock: b); break }
      if guided && b != 0 {
        // Outside the IDF the entry value is the immediate dominator's exit value, once that
        // block is lowered (LowerPhiPlacement.swift). An unreachable block has no dominator.
        let a = Int(idomOf[b])
        if a < irBlockCount && finished[a] && !mayNeedPhi(b, v) { chain.append(b); b = a; continue }
      }
      if !sealed[b] { result = newPhi(b, v); break }
      let np = expectedPreds[b]
      if np == 0 || chain.count > irBlockCount { result = undef(varTypes[v], inBlock: b); break }
      if np == 1 { chain.append(b); b = Int(predFrom[Int(predStart[b])]); continue }
      let p = newPhi(b, v)
      pending.append(Int32(phis.count - 1))
      result = p
      break
    }
    setDef(b &* nv &+ v, result)
    for k in 0..<chain.count { setDef(chain[k] &* nv &+ v, result) }
    return result
  }

  private func newPhi(_ b: Int, _ v: Int) -> SValue {
    let val = newValue(varTypes[v], param: true, owner: UInt32(b), index: .max)
    let id = Int32(phis.count)
    phis.append(PhiRec(value: val, variable: UInt32(v), irBlock: UInt32(b)))
    if phiTail[b] < 0 { phiHead[b] = id } else { phis[Int(phiTail[b])].next = id }
    phiTail[b] = id
    return val
  }

  private func drain() {
    while let p = pending.popLast() {
      let rec = phis[Int(p)]
      let b = Int(rec.irBlock)
      let np = Int(expectedPreds[b])
      let start = phiOps.count
      phiOps.append(repeating: SValue.none, count: np)
      phis[Int(p)].opStart = UInt32(start)
      for k in 0..<np {
        let pred = Int(predFrom[Int(predStart[b]) + k])
        phiOps[start + k] = readVar(Int(rec.variable), pred)
      }
    }
  }

  private func seal(_ b: Int) {
    sealed[b] = true
    var p = phiHead[b]
    while p >= 0 {
      if phis[Int(p)].opStart == .max { pending.append(p) }
      p = phis[Int(p)].next
    }
    if !pending.isEmpty { drain() }
  }

  private func undef(_ t: SType, inBlock b: Int) -> SValue {
    if b == curIR && !finished[b] { return zero(t) }
    return lateUndefValue(t)
  }

  func lateUndefValue(_ t: SType) -> SValue {
    let k = Int(t.rawValue)
    if lateUndef[k] == .none { lateUndef[k] = newValue(t, param: false, owner: .max, index: 0) }
    return lateUndef[k]
  }

  // MARK: finishing

  /// Follows `replacementScratch` from `v` to the value that survives (with path compression);
  /// a value past the table's end is not replaced.
  @inline(__always) func resolve(_ v: SValue) -> SValue {
    let rep = replacementScratch.base
    let n = replacementScratch.count
    var x = v.raw
    while Int(x) < n && rep[Int(x)] != .max { x = rep[Int(x)] }
    var y = v.raw
    while Int(y) < n && rep[Int(y)] != .max && rep[Int(y)] != x {
      let nx = rep[Int(y)]; rep[Int(y)] = x; y = nx
    }
    return SValue(raw: x)
  }

  /// Completes the function in `f`: trivial phis removed, parameters and branch arguments laid
  /// out, values and blocks renumbered (`run` then hands it out).
  func finish() {
    // 1. trivial phi removal (fixpoint, reverse creation order). The replacement table starts
    // empty and is filled (all `.max`: no replacement) when a phi is first removed: `resolve`
    // reads a value past its end as not replaced, so a function that removes no phi (or has
    // none) never writes it.
    replacementScratch.removeAll()
    var anyRemoved = false
    var changed = true
    while changed {
      changed = false
      var i = phis.count - 1
      while i >= 0 {
        defer { i -= 1 }
        let rec = phis[i]
        if rec.dead || rec.opStart == .max { continue }
        let np = Int(expectedPreds[Int(rec.irBlock)])
        var same = SValue.none
        var trivial = true
        for k in 0..<np {
          let o = resolve(phiOps[Int(rec.opStart) + k])
          if o == rec.value || o == same { continue }
          if same != .none { trivial = false; break }
          same = o
        }
        if !trivial { continue }
        if same == .none { same = lateUndefValue(varTypes[Int(rec.variable)]) }
        if replacementScratch.count < f.values.count {
          replacementScratch.append(repeating: .max, count: f.values.count - replacementScratch.count)
        }
        replacementScratch[rec.value.index] = same.raw
        phis[i].dead = true
        anyRemoved = true
        changed = true
      }
    }
    if anyRemoved && replacementScratch.count < f.values.count {
      replacementScratch.append(repeating: .max, count: f.values.count - replacementScratch.count)
    }

    // 2. late undefs: insert before the entry block's terminator
    var undefCount = 0
    for v in lateUndef where v != .none { undefCount += 1 }
    if undefCount > 0 && !f.blocks.isEmpty {
      let at = Int(f.blocks[0].instEnd) - 1
      var newInsts: [SInst] = []
      for v in lateUndef where v != .none {
        var i = SInst(op: f.values[v.index].type.isFloat ? .fconst : .iconst, type: f.values[v.index].type)
        i.result = v; i.resultCount = 1
        i.operandStart = UInt32(f.operands.count); i.operandCount = 0
        newInsts.append(i)
      }
      f.insts.insert(contentsOf: newInsts, at: at)
      let n = UInt32(newInsts.count)
      let blocks = f.blocks.buffer
      for b in 0..<blocks.count {
        if b == 0 { blocks[b].instEnd += n; continue }
        if Int(blocks[b].instStart) >= at { blocks[b].instStart += n; blocks[b].instEnd += n }
      }
      let values = f.values.buffer
      for k in 0..<values.count where !values[k].isParam {
        if values[k].owner != .max && Int(values[k].owner) >= at { values[k].owner += n }
      }
      var k = 0
      for v in lateUndef where v != .none {
        values[v.index].owner = UInt32(at + k)
        k += 1
      }
    }

    // 3. block parameters: explicit ones, then live variable phis
    f.blockParams.removeAll()
    f.blockParams.reserveCapacity(tmpParams.count + phis.count)
    // (counts convert unchecked here and in step 4, as in `push`)
    let nBlocks = f.blocks.count
    for b in 0..<nBlocks {
      let start = UInt32(truncatingIfNeeded: f.blockParams.count)
      let es = Int(sbExplicitStart[b]), ec = Int(sbExplicitCount[b])
      f.blockParams.append(contentsOf: UnsafeBufferPointer(start: tmpParams.base + es, count: ec))
      if b < irBlockCount {
        var p = phiHead[b]
        while p >= 0 {
          let rec = phis[Int(p)]
          if !rec.dead && rec.opStart != .max {
            f.values[rec.value.index].index = UInt32(truncatingIfNeeded: f.blockParams.count) &- start
            f.values[rec.value.index].owner = UInt32(b)
            f.blockParams.append(rec.value)
          }
          p = rec.next
        }
      }
      f.blocks[b].paramStart = start
      f.blocks[b].paramCount = UInt32(truncatingIfNeeded: f.blockParams.count) &- start
    }

    // 4. branch arguments
    f.blockArgs.removeAll()
    let nSuccs = f.succs.count
    for e in 0..<nSuccs {
      let m = edges[e]
      let start = UInt32(truncatingIfNeeded: f.blockArgs.count)
      for k in 0..<Int(m.explicitCount) {
        f.blockArgs.append(resolve(tmpArgs[Int(m.explicitStart) + k]))
      }
      if m.irTarget >= 0 {
        var p = phiHead[Int(m.irTarget)]
        while p >= 0 {
          let rec = phis[Int(p)]
          if !rec.dead && rec.opStart != .max {
            f.blockArgs.append(resolve(phiOps[Int(rec.opStart) + Int(m.predIndex)]))
          }
          p = rec.next
        }
      }
      f.succs[e].argStart = start
      f.succs[e].argCount = UInt32(truncatingIfNeeded: f.blockArgs.count) &- start
    }

    // 5. operands through replacements; renumber values without the removed phis
    if anyRemoved {
      let nv = f.values.count
      newIndexScratch.refill(UInt32.max, nv)
      let newIndex = newIndexScratch.base
      let rep = replacementScratch.base
      let values = f.values.base
      var kept = 0
      for k in 0..<nv where rep[k] == .max {
        newIndex[k] = UInt32(kept)
        values[kept] = values[k]
        kept += 1
      }
      for k in 0..<nv where rep[k] != .max {
        newIndex[k] = newIndex[resolve(SValue(k)).index]
      }
      f.values.truncate(kept)
      let ops = f.operands.buffer
      for k in 0..<ops.count where ops[k] != .none { ops[k] = SValue(raw: newIndex[ops[k].index]) }
      let args = f.blockArgs.buffer
      for k in 0..<args.count { args[k] = SValue(raw: newIndex[args[k].index]) }
      let params = f.blockParams.buffer
      for k in 0..<params.count { params[k] = SValue(raw: newIndex[params[k].index]) }
      let insts = f.insts.buffer
      for k in 0..<insts.count where insts[k].result != .none {
        insts[k].result = SValue(raw: newIndex[insts[k].result.index])
      }
    }

    // 6. blocks in emission order (the order the blocks were begun: layout order with the
    // blocks lowering added after the IR block they belong to; or, for a function whose IR
    // blocks were lowered in another order, that order)
    if f.blocks.count > irBlockCount || reordered {
      let nb = f.blocks.count
      newBlockID.refill(0, nb)
      for k in 0..<emitOrder.count { newBlockID[Int(emitOrder[k])] = UInt32(k) }
      blockScratch.removeAll()
      blockScratch.append(contentsOf: UnsafeBufferPointer(f.blocks.buffer))
      for k in 0..<emitOrder.count { f.blocks[k] = blockScratch[Int(emitOrder[k])] }
      let succs = f.succs.buffer
      for k in 0..<succs.count { succs[k].block = SBlockID(raw: newBlockID[succs[k].block.index]) }
      let values = f.values.buffer
      for k in 0..<values.count where values[k].isParam { values[k].owner = newBlockID[Int(values[k].owner)] }
    }
  }
}
