// The typed-IR verifier: checks a parsed or built `Module` against LLVM's structural and typing
// rules before lowering, reporting every problem at the offending instruction's (or global's,
// or function's) `loc`.
//
// Invariants and approach:
// - Never traps on malformed modules: every index read from the module (operand ranges, value
//   indices, block operands, `extra` ranges, attribute ranges, type IDs) is range-checked before
//   use; an instruction whose operands are not all valid gets only the "invalid operand" error.
// - Constants are checked once, in one linear pass over the constant table (no recursion); a
//   constant's problem (or the first problem among its elements) is reported at the first use
//   (global initializer or instruction operand), once per constant.
// - Per function: CSR CFG + Cooper–Harvey–Kennedy dominators (Dominators.swift), with storage
//   reused across functions, so the common path allocates nothing per instruction. The dominator
//   tree is built only when a use needs it: uses in the defining block (by position) and uses of
//   entry-block values (the entry dominates every reachable block) are decided without it, and
//   so are other blocks' results (but an invoke's), by a backward search from the use that stops
//   at the defining block (`entryPathAvoiding`, budgeted per function: the tree past that). The
//   function being checked and the module tables are read in place, never copied. Messages are
//   only built (and slot numbers only computed) when an error is reported.
// - Fast paths never decide "invalid": `constIsFine` accepts the common valid constants without
//   building anything (anything else goes through `constProblem`), and an operand defined
//   earlier in the same block is accepted by position before the general dominance check.
// - Uses in unreachable blocks are not dominance-checked (as LLVM). Phi operands are checked at
//   the end of their incoming block. An `invoke` result is available only where its normal
//   destination dominates.

import Dispatch
import KilnSupport

public enum IRVerifier {
  /// Checks the whole module; reports every problem (up to diagnostics.limit) at the offending
  /// instruction's `loc` (Inst.loc / Function.loc / GlobalVar.loc). Returns true if no errors.
  ///
  /// With `threads > 1` and enough functions, the module level (constants, globals, aliases) and
  /// the functions are checked in parallel, each worker with its own `Verifier` taking items from
  /// a `WorkQueue` (the module level first, then the functions, largest first). If any worker
  /// has anything to say (an error or a warning), the whole module is verified again serially,
  /// so diagnostics (text, order, limit, once-only reports) are always exactly the serial ones;
  /// valid input, the common case, pays only for the parallel pass.
  ///
  /// `alongside`: other work that reads the module and is wanted after a successful verification
  /// (the pipeline's lowering preparation). It runs exactly once, as the first item of the
  /// parallel pass (on one worker while the others verify), or after a serial verification.
  public static func verify(_ m: Module, diagnostics: inout Diagnostics, threads: Int = 1,
                            alongside: (@Sendable () -> Void)? = nil) -> Bool {
    let before = diagnostics.errorCount
    let fcount = m.functions.count
    let workers = min(threads, fcount / 32)
    var clean = false
    var ranAlongside = false
    if workers > 1 {
      // One pass on all workers: the module level is the first item, then the functions, largest
      // first. The functions are checked with every constant presumed fine: when the module level
      // finds no bad constant, that is exactly its culprit table; when it finds one (reported or
      // not: a constant is reported at its first use), the module is verified again serially.
      let crew = (0..<workers).map { _ in Verifier(module: m, diags: Diagnostics(file: nil, limit: 1)) }
      let allFine = [Int32](repeating: -1, count: m.constants.nodes.count)
      for w in crew { w.constCulprit = allFine }
      nonisolated(unsafe) var badConstant = false  // written by the worker that takes item 0
      withTables(m, crew) {
        // (Item fcount + 1 is `alongside`, nothing without it, handed out first.)
        let queue = WorkQueue(weights: [0] + (0..<fcount).map { m.functions[$0].insts.count } + [0],
                              first: [fcount + 1, 0])
        DispatchQueue.concurrentPerform(iterations: workers) { k in
          let v = crew[k]
          while let item = queue.take() {
            if item == fcount + 1 { alongside?(); continue }
            if v.full { break }
            if item == 0 {
              let presumed = v.constCulprit
              v.runModuleLevel()
              // A bad constant is reported at its first use, which may be in a function.
              badConstant = v.constCulprit.contains { $0 >= 0 }
              v.constCulprit = presumed
            } else {
              v.runFunctions(item - 1 ..< item)
            }
          }
        }
      }
      clean = !badConstant && crew.allSatisfy { $0.diags.items.isEmpty }
      ranAlongside = alongside != nil
    }
    if clean { return true }
    let v = Verifier(module: m, diags: diagnostics)
    withTables(m, [v]) { v.run() }
    diagnostics = v.diags
    if !ranAlongside { alongside?() }
    return diagnostics.errorCount == before
  }

  /// Runs `body` with every verifier's unretained views of the module tables set (and clears them
  /// afterwards: they are valid only inside this scope).
  private static func withTables(_ m: Module, _ vs: [Verifier], _ body: () -> Void) {
    m.types.nodes.withUnsafeBufferPointer { tp in
      m.constants.nodes.withUnsafeBufferPointer { cp in
        m.constants.words.withUnsafeBufferPointer { wp in
          m.constants.elems.withUnsafeBufferPointer { ep in
            m.types.lists.withUnsafeBufferPointer { lp in
              for v in vs { v.tnodes = tp; v.cnodes = cp; v.cwords = wp; v.celems = ep; v.tlists = lp }
              body()
              for v in vs {
                v.tnodes = UnsafeBufferPointer(start: nil, count: 0)
                v.cnodes = UnsafeBufferPointer(start: nil, count: 0)
                v.cwords = UnsafeBufferPointer(start: nil, count: 0)
                v.celems = UnsafeBufferPointer(start: nil, count: 0)
                v.tlists = UnsafeBufferPointer(start: nil, count: 0)
              }
            }
          }
        }
      }
    }
  }
}

private let noBlock = UInt32.max

private extension Value {
  /// The tag, decoded without `Tag(rawValue:)` (which the optimizer does not always inline).
  /// Tags are declared in raw-value order 0...7, so a tag's case index is its raw value.
  @inline(__always) var vtag: Value.Tag { unsafeBitCast(UInt8(truncatingIfNeeded: raw >> 29), to: Value.Tag.self) }
}

/// What the per-instruction fast path decided (see `FastView.check`).
private enum FastResult {
  /// Every operand is fine and every typing rule holds: nothing to report.
  case ok
  /// Every operand is fine (exists, usable, dominates, valid constant), but the typing rules
  /// were not all confirmed: `instProblem` decides.
  case typing
  /// Some operand needs the general check (`checkInst` redoes the instruction from scratch).
  case slow
}

/// The per-instruction fast path of a function with the usual block layout (blocks in order,
/// back to back): operand checks and the typing rules of the common instructions, on a local
/// copy of the views the verifier holds (kept in registers across the instruction loop). It only
/// ever confirms: `.ok` means the general path (`checkInst`) would report nothing; anything it
/// is not sure about is handed back (`.typing` / `.slow`), so messages are always the general
/// path's. Every type it reads is valid: instruction types were checked before (checkBody),
/// constants without a culprit have valid types, argument types are range-checked here. A
/// branch to the entry block is never confirmed (so the blocks before the first stop have no
/// entry predecessor: `firstEntryPredecessor(from:)`).
private struct FastView {
  let insts: UnsafeBufferPointer<Inst>
  let ops: UnsafeBufferPointer<Value>
  let tnodes: UnsafeBufferPointer<TypeNode>
  let tlists: UnsafeBufferPointer<TypeID>
  let cnodes: UnsafeBufferPointer<ConstNode>
  let cwords: UnsafeBufferPointer<UInt64>
  let culprits: UnsafeBufferPointer<Int32>
  let argTypes: UnsafeBufferPointer<TypeID>
  let paramAttrs: UnsafeBufferPointer<ParamAttrs>
  let functions: UnsafePointer<Function>
  let sized: UnsafeMutablePointer<UInt8>
  let globalCount: Int, functionCount: Int, aliasCount: Int, blockCount: Int
  /// End of the entry block's instructions (its results dominate every other reachable block).
  let entryEnd: Int
  let retType: TypeID

  static let bad = UInt32.max
  private static let blockTag = Value.Tag.block.rawValue

  @inline(__always) func kind(_ t: UInt32) -> TypeKind { tnodes[Int(t)].kind }
  @inline(__always) func isPtr(_ t: UInt32) -> Bool { kind(t) == .pointer }
  @inline(__always) func isInt(_ t: UInt32) -> Bool { kind(t) == .integer }
  /// Integer, floating-point or pointer: first-class and sized.
  @inline(__always) func isScalar(_ t: UInt32) -> Bool {
    let k = kind(t).rawValue
    return k >= TypeKind.integer.rawValue && k <= TypeKind.pointer.rawValue
  }
  /// Sized, as far as known without computing (`Verifier.isSized` fills the cache).
  @inline(__always) func isSized(_ t: UInt32) -> Bool { isScalar(t) || sized[Int(t)] == 1 }
  /// A `.block` operand naming an existing block other than the entry (a branch to the entry
  /// is an error `checkBody` reports, so it is left to the general path).
  @inline(__always) func isBlock(_ v: Value) -> Bool {
    v.raw >> 29 == FastView.blockTag && v.index < blockCount && v.index != 0
  }

  /// The type of operand `v` of (non-phi) instruction `i` of the block starting at `bs`, when
  /// the general operand check would accept it without a word (it exists; an instruction result
  /// is non-void, not an invoke's, and defined earlier in the same block or in the entry block;
  /// a constant has no problem); `bad` otherwise.
  @inline(__always) func opType(_ v: Value, _ i: Int, _ bs: Int) -> UInt32 {
    let x = Int(v.raw & 0x1FFF_FFFF)
    switch v.raw >> 29 {
    case Value.Tag.inst.rawValue:
      // In a contiguous layout, x < i with x >= bs is an earlier instruction of the same block;
      // x < entryEnd one of the entry block (for a use in the entry itself bs == 0).
      guard x < i && (x >= bs || x < entryEnd) else { return FastView.bad }
      let d = insts[x]
      if d.type == .void || d.op == .invoke { return FastView.bad }
      return d.type.raw
    case Value.Tag.constant.rawValue:
      return x < culprits.count && culprits[x] < 0 ? cnodes[x].type.raw : FastView.bad
    case Value.Tag.argument.rawValue:
      guard x < argTypes.count else { return FastView.bad }
      let t = argTypes[x].raw
      return Int(t) < tnodes.count ? t : FastView.bad
    case Value.Tag.global.rawValue:
      return x < globalCount ? TypeID.ptr.raw : FastView.bad
    case Value.Tag.function.rawValue:
      return x < functionCount ? TypeID.ptr.raw : FastView.bad
    case Value.Tag.alias.rawValue:
      return x < aliasCount ? TypeID.ptr.raw : FastView.bad
    case Value.Tag.block.rawValue:
      return x < blockCount && x != 0 ? TypeID.label.raw : FastView.bad
    default:
      return TypeID.metadata.raw
    }
  }

  /// Only the operand checks (for instructions whose typing `instProblem` decides).
  @inline(__always) func operandsOnly(_ s: Int, _ n: Int, _ i: Int, _ bs: Int) -> FastResult {
    var k = s
    while k < s + n {
      if opType(ops[k], i, bs) == FastView.bad { return .slow }
      k += 1
    }
    return .typing
  }

  /// Checks instructions `from..<e` of the block `bs..<e` while each is plain: placed right (a
  /// terminator exactly at the block's end), not a phi or landingpad, and `check` says `.ok`.
  /// Returns the first one that is not (`e` if none): the caller checks it in full. When that
  /// is before `e`, sets `seenNonPhi` if an instruction other than a debug record passed (as
  /// `checkBlocks` does).
  @inline(never) func run(from: Int, _ bs: Int, _ e: Int, _ seenNonPhi: inout Bool) -> Int {
    runInline(from: from, bs, e, &seenNonPhi)
  }

  /// Where `runBlocks` stopped: block `block` (`blocks.count` if none), at instruction `inst`
  /// (its start if it is empty), with `seenNonPhi` as `run` left it for that block.
  struct Stop { var block: Int; var inst: Int; var seenNonPhi: Bool }

  /// `run` over whole blocks from the start of block `b` on (one call for a run of plain blocks
  /// instead of one per block): stops at the first empty block or the first instruction `run`
  /// stops at.
  @inline(never) func runBlocks(from b: Int, _ blocks: UnsafeBufferPointer<Block>) -> Stop {
    var b = b
    while b < blocks.count {
      let s = Int(blocks[b].instStart), e = Int(blocks[b].instEnd)
      var seenNonPhi = false
      let i = s == e ? s : runInline(from: s, s, e, &seenNonPhi)
      if i < e || s == e { return Stop(block: b, inst: i, seenNonPhi: seenNonPhi) }
      b += 1
    }
    return Stop(block: b, inst: 0, seenNonPhi: false)
  }

  /// The body of `run` (inlined into it and into `runBlocks`). The placement rules need no test
  /// of their own: before the block's last instruction `check` confirms no terminator (with
  /// `terminatorOK` false it does not confirm `br` and `ret`, and it never confirms the other
  /// terminators, phis or landingpads); the last one must be a `br` or `ret` that `check`
  /// confirms. `seenNonPhi` is only worked out where it stops inside the block (where the
  /// caller needs it).
  @inline(__always) func runInline(from: Int, _ bs: Int, _ e: Int, _ seenNonPhi: inout Bool) -> Int {
    var i = from
    let last = e - 1
    while i < last && check(i, bs, terminatorOK: false) == .ok { i += 1 }
    if i == last {
      let op = insts[i].op
      if (op == .br || op == .ret) && check(i, bs, terminatorOK: true) == .ok { return e }
    }
    // Instructions from..<i passed; any but a debug record counts as a non-phi.
    var k = i
    while !seenNonPhi && k > from {
      k -= 1
      if insts[k].op != .dbgRecord { seenNonPhi = true }
    }
    return i
  }

  /// Instruction `i` of the block starting at `bs`. The rules are `instProblem`'s (whose
  /// messages the other results fall back to). `terminatorOK`: whether a `br` or `ret` may be
  /// confirmed (only at the end of its block: placement is the caller's).
  @inline(__always) func check(_ i: Int, _ bs: Int, terminatorOK: Bool) -> FastResult {
    let inst = insts[i]
    let s = Int(inst.operandStart), n = Int(inst.operandCount)
    let bad = FastView.bad
    switch inst.op {
    case .load:
      guard n == 1 else { return operandsOnly(s, n, i, bs) }
      let p = opType(ops[s], i, bs)
      if p == bad { return .slow }
      return isPtr(p) && isScalar(inst.type.raw) ? .ok : .typing
    case .store:
      guard n == 2 else { return operandsOnly(s, n, i, bs) }
      let v = opType(ops[s], i, bs), p = opType(ops[s + 1], i, bs)
      if v == bad || p == bad { return .slow }
      return isScalar(v) && isPtr(p) && inst.type == .void ? .ok : .typing
    case .getelementptr:
      guard n >= 1 else { return .typing }
      let bt = opType(ops[s], i, bs)
      if bt == bad { return .slow }
      let st = inst.aux
      var ok = isPtr(bt) && Int(st) < tnodes.count && isSized(st) && isPtr(inst.type.raw)
      var cur = st
      var k = 1
      while k < n {
        let v = ops[s + k]
        let it = opType(v, i, bs)
        if it == bad { return .slow }
        if ok {
          if !isInt(it) {
            ok = false
          } else if k > 1 {
            let node = tnodes[Int(cur)]
            switch node.kind {
            case .structure:
              ok = false
              if it == TypeID.i32.raw && v.raw >> 29 == Value.Tag.constant.rawValue {
                let c = cnodes[v.index]
                if c.kind == .int && c.count >= 1 && Int(c.start) < cwords.count {
                  let x = cwords[Int(c.start)]
                  if x < UInt64(node.listCount) {
                    cur = tlists[Int(node.listStart) + Int(x)].raw
                    ok = true
                  }
                }
              }
            case .array, .vector:
              cur = node.a
            default:
              ok = false
            }
          }
        }
        k += 1
      }
      return ok ? .ok : .typing
    case .alloca:
      guard n <= 1 else { return operandsOnly(s, n, i, bs) }
      var countOK = true
      if n == 1 {
        let c = opType(ops[s], i, bs)
        if c == bad { return .slow }
        countOK = isInt(c)
      }
      let at = inst.aux
      return countOK && Int(at) < tnodes.count && isSized(at) && inst.type == .ptr ? .ok : .typing
    case .trunc, .zext, .sext, .ptrtoint, .inttoptr, .bitcast:
      guard n == 1 else { return operandsOnly(s, n, i, bs) }
      let src = opType(ops[s], i, bs)
      if src == bad { return .slow }
      let sn = tnodes[Int(src)], dn = tnodes[Int(inst.type.raw)]
      let ok: Bool
      switch inst.op {
      case .trunc: ok = sn.kind == .integer && dn.kind == .integer && sn.a > dn.a
      case .zext, .sext: ok = sn.kind == .integer && dn.kind == .integer && sn.a < dn.a
      case .ptrtoint: ok = sn.kind == .pointer && dn.kind == .integer
      case .inttoptr: ok = sn.kind == .integer && dn.kind == .pointer
      default: ok = sn.kind == .pointer && dn.kind == .pointer
      }
      return ok ? .ok : .typing
    case .icmp:
      guard n == 2 else { return operandsOnly(s, n, i, bs) }
      let a = opType(ops[s], i, bs), c = opType(ops[s + 1], i, bs)
      if a == bad || c == bad { return .slow }
      let ok = a == c && (isInt(a) || isPtr(a)) && IntPredicate(rawValue: inst.pred) != nil && inst.type == .i1
      return ok ? .ok : .typing
    case .add, .sub, .mul, .udiv, .sdiv, .urem, .srem, .shl, .lshr, .ashr, .and, .or, .xor,
         .fadd, .fsub, .fmul, .fdiv, .frem:
      guard n == 2 else { return operandsOnly(s, n, i, bs) }
      let a = opType(ops[s], i, bs), c = opType(ops[s + 1], i, bs)
      if a == bad || c == bad { return .slow }
      var ok = a == c && inst.type.raw == a
      if inst.op.isIntBinary {
        ok = ok && isInt(a)
      } else {
        let k = kind(a)
        ok = ok && (k == .float || k == .double || k == .x86_fp80 || k == .fp128)
      }
      return ok ? .ok : .typing
    case .br:
      guard terminatorOK else { return .slow }
      if n == 1 {
        return isBlock(ops[s]) ? .ok : operandsOnly(s, n, i, bs)
      }
      guard n == 3 else { return operandsOnly(s, n, i, bs) }
      let c = opType(ops[s], i, bs)
      if c == bad || !isBlock(ops[s + 1]) || !isBlock(ops[s + 2]) { return operandsOnly(s, n, i, bs) }
      return c == TypeID.i1.raw ? .ok : .typing
    case .ret:
      guard terminatorOK else { return .slow }
      if n == 0 { return retType == .void ? .ok : .typing }
      guard n == 1 else { return operandsOnly(s, n, i, bs) }
      let t = opType(ops[s], i, bs)
      if t == bad { return .slow }
      return retType != .void && t == retType.raw ? .ok : .typing
    case .call:
      guard n >= 1 else { return .typing }
      let ct = opType(ops[s], i, bs)
      if ct == bad { return .slow }
      let ft = inst.aux, argc = n - 1
      var ok = isPtr(ct) && Int(ft) < tnodes.count
      var np = 0, ps = 0
      if ok {
        let fn = tnodes[Int(ft)]
        np = Int(fn.listCount); ps = Int(fn.listStart)
        ok = fn.kind == .function && (argc == np || (fn.varArg && argc > np)) && inst.type.raw == fn.a
      }
      var k = 1
      while k < n {
        let at = opType(ops[s + k], i, bs)
        if at == bad { return .slow }
        if ok { ok = k - 1 < np ? tlists[ps + k - 1].raw == at : isScalar(at) }
        k += 1
      }
      guard ok else { return .typing }
      // A callee declared with another type: the general path warns or reports.
      let callee = ops[s]
      if callee.raw >> 29 == Value.Tag.function.rawValue && functions[callee.index].type.raw != ft { return .typing }
      // 'byval'/'sret' arguments (rare) are left to the general path's pointer check.
      let a = Int(inst.aux2)
      if a + 1 + argc <= paramAttrs.count {
        for k in 0..<argc where paramAttrs[a + 1 + k].flags & (ParamAttrs.byval | ParamAttrs.sret) != 0 { return .typing }
      }
      return .ok
    case .dbgRecord:
      return .ok
    case .phi:
      return .slow
    default:
      return operandsOnly(s, n, i, bs)
    }
  }
}

/// One verifier per thread: the parallel path gives each worker its own instance and only reads
/// the module, so instances cross threads but are never shared (hence `@unchecked Sendable`).
private final class Verifier: @unchecked Sendable {
  let m: Module
  var diags: Diagnostics
  let typeCount: Int
  // Constants: -1 = fine, otherwise the constant whose own problem makes this one bad.
  var constCulprit: [Int32] = []
  /// `constCulprit` while functions are checked (unretained view).
  var culprits = UnsafeBufferPointer<Int32>(start: nil, count: 0)
  var constReported: [Bool] = []
  // Per-function state (storage reused across functions).
  /// The module's functions (unretained: `m` keeps them) and the one being checked, read in
  /// place (copying a `Function` would retain each of its arrays).
  var functions: UnsafePointer<Function>
  var fi = 0
  var f: Function { unsafeAddress { functions + fi } }
  /// Built on the first query that needs it (phis, landingpads, invokes, cross-block uses).
  var cfg = CFG()
  var cfgBuilt = false
  /// Built on the first query that needs it (most uses are in the defining block or the entry;
  /// most other ones are decided by `entryPathAvoiding` without it).
  var dom = DominatorTree()
  var domBuilt = false
  /// `entryPathAvoiding`'s scratch: per block, the query that last visited it (storage reused
  /// across functions; `searchStamp` only grows, so stale marks never match), its stack, and
  /// the predecessor edges it may still visit in the current function before the tree is
  /// built instead.
  var searchMark: [UInt32] = []
  var searchStamp: UInt32 = 0
  var searchStack: [UInt32] = []
  var searchBudget = 0
  /// Whether the current function's blocks are in order, back to back, covering every
  /// instruction (then `blockOf` searches the block starts; otherwise `instBlockStore` maps).
  var contiguous = true
  var instBlockStore: [UInt32] = []
  // While a function body is checked: unretained views of its arrays (valid only inside
  // `checkBody`'s scope; every index is range-checked before it is read).
  var insts = UnsafeBufferPointer<Inst>(start: nil, count: 0)
  var ops = UnsafeBufferPointer<Value>(start: nil, count: 0)
  var ib = UnsafeBufferPointer<UInt32>(start: nil, count: 0)
  var blks = UnsafeBufferPointer<Block>(start: nil, count: 0)
  var argTys = UnsafeBufferPointer<TypeID>(start: nil, count: 0)
  var pattrs = UnsafeBufferPointer<ParamAttrs>(start: nil, count: 0)
  // Module tables, valid for the whole `verify` call.
  var tnodes = UnsafeBufferPointer<TypeNode>(start: nil, count: 0)
  var cnodes = UnsafeBufferPointer<ConstNode>(start: nil, count: 0)
  var cwords = UnsafeBufferPointer<UInt64>(start: nil, count: 0)
  var celems = UnsafeBufferPointer<Value>(start: nil, count: 0)
  var tlists = UnsafeBufferPointer<TypeID>(start: nil, count: 0)
  let byteCount: Int
  let functionCount: Int, globalCount: Int, aliasCount: Int
  /// The current function's block count (set by `checkBody`).
  var blockCount = 0
  var need: [Int32] = []      // phi check: predecessor multiplicity per block
  var seen: [Int32] = []      // phi check: entries per block
  var firstVal: [Value] = []  // phi check: first incoming value per block
  var caseScratch: [UInt64] = []
  var warnings = 0
  /// Per type: `intLeafBytes`, -1 for none, -2 = not computed yet (allocated on first use).
  var leafBytesCache: [Int] = []
  /// Per type: 0 = not computed yet, 1 = sized, 2 = not sized (owned; the fast path reads it).
  let sizedCache: UnsafeMutablePointer<UInt8>
  var slots: SlotNames? = nil

  init(module: Module, diags: Diagnostics) {
    m = module
    self.diags = diags
    typeCount = module.types.nodes.count
    byteCount = module.constants.bytes.count
    functionCount = module.functions.count
    globalCount = module.globals.count
    aliasCount = module.aliases.count
    sizedCache = UnsafeMutablePointer<UInt8>.allocate(capacity: max(typeCount, 1))
    sizedCache.initialize(repeating: 0, count: max(typeCount, 1))
    functions = module.functions.withUnsafeBufferPointer { $0.baseAddress }
      ?? UnsafePointer(Verifier.emptyFunctions)
  }
  deinit { sizedCache.deallocate() }
  nonisolated(unsafe) private static let emptyFunctions = UnsafeMutablePointer<Function>.allocate(capacity: 1)

  /// Builds the current function's dominator tree if it is not built yet.
  @inline(__always) func ensureDom() {
    if !domBuilt { ensureCFG(); dom.build(cfg); domBuilt = true }
  }

  // MARK: helpers

  @inline(__always) var full: Bool { diags.isFull }

  func error(_ loc: SourceLoc, _ msg: String) { diags.error(loc, msg) }

  @inline(__always) func validType(_ t: TypeID) -> Bool { Int(t.raw) < typeCount }
  /// A struct's fields or a function type's return + parameters (`TypeTable.fields`, unretained).
  @inline(__always) func typeList(_ t: TypeID) -> Slice<UnsafeBufferPointer<TypeID>> {
    let n = tnodes[Int(t.raw)]
    return tlists[Int(n.listStart)..<Int(n.listStart + n.listCount)]
  }
  @inline(__always) func kind(_ t: TypeID) -> TypeKind { tnodes[Int(t.raw)].kind }
  // `TypeTable` queries over the unretained `tnodes` view (calling them on `m.types` copies the
  // table struct and is not inlined). Same results; an out-of-range type traps as the array would.
  @inline(__always) func tnode(_ t: TypeID) -> TypeNode {
    precondition(Int(t.raw) < tnodes.count, "type index out of range")
    return tnodes[Int(t.raw)]
  }
  @inline(__always) func tIsFirstClass(_ t: TypeID) -> Bool {
    let n = tnode(t)
    switch n.kind {
    case .void, .label, .metadata, .function: return false
    case .structure: return !n.opaque
    default: return true
    }
  }
  @inline(__always) func tIsFloatingPoint(_ t: TypeID) -> Bool {
    switch tnode(t).kind { case .float, .double, .x86_fp80, .fp128: return true; default: return false }
  }
  @inline(__always) func tIsAggregate(_ t: TypeID) -> Bool {
    switch tnode(t).kind { case .array, .structure: return true; default: return false }
  }
  @inline(__always) func tIntWidth(_ t: TypeID) -> UInt32 { let n = tnode(t); precondition(n.kind == .integer); return n.a }
  @inline(__always) func tElement(_ t: TypeID) -> TypeID { TypeID(raw: tnode(t).a) }
  @inline(__always) func tCount(_ t: TypeID) -> UInt64 { tnode(t).count }
  @inline(__always) func tReturnType(_ t: TypeID) -> TypeID { TypeID(raw: tnode(t).a) }
  @inline(__always) func tIsVarArg(_ t: TypeID) -> Bool { tnode(t).varArg }
  func desc(_ t: TypeID) -> String { validType(t) ? m.types.describe(t, names: m.names) : "<invalid type \(t.raw)>" }

  func isInt(_ t: TypeID) -> Bool { kind(t) == .integer }
  func isFP(_ t: TypeID) -> Bool { tIsFloatingPoint(t) }
  func fpBits(_ t: TypeID) -> UInt32 {
    switch kind(t) { case .float: return 32; case .double: return 64; case .x86_fp80: return 80; case .fp128: return 128; default: return 0 }
  }
  /// Element type for vectors, the type itself otherwise.
  func scalarOf(_ t: TypeID) -> TypeID { kind(t) == .vector ? tElement(t) : t }
  func vectorCount(_ t: TypeID) -> UInt64 { kind(t) == .vector ? tCount(t) : 0 }
  func isIntOrIntVector(_ t: TypeID) -> Bool { isInt(scalarOf(t)) }
  func isFPOrFPVector(_ t: TypeID) -> Bool { isFP(scalarOf(t)) }

  /// Types with a size in memory (what alloca/load/store/gep need).
  @inline(__always) func isSized(_ t: TypeID) -> Bool {
    guard validType(t) else { return false }
    switch tnodes[Int(t.raw)].kind {
    case .integer, .float, .double, .pointer: return true
    default:
      let c = sizedCache[Int(t.raw)]
      if c != 0 { return c == 1 }
      let r = isSized(t, depth: 0)
      sizedCache[Int(t.raw)] = r ? 1 : 2
      return r
    }
  }
  func isSized(_ t: TypeID, depth: Int) -> Bool {
    guard validType(t), depth < 64 else { return false }
    let n = m.types.nodes[Int(t.raw)]
    switch n.kind {
    case .integer, .float, .double, .x86_fp80, .fp128, .pointer: return true
    case .array, .vector: return isSized(TypeID(raw: n.a), depth: depth + 1)
    case .structure:
      if n.opaque { return false }
      for ft in typeList(t) where !isSized(ft, depth: depth + 1) { return false }
      return true
    case .void, .label, .metadata, .token, .function: return false
    }
  }

  /// Whether a value's index points at something that exists (in the current function for
  /// instructions and arguments).
  func valueExists(_ v: Value, inFunction: Bool) -> Bool {
    switch v.vtag {
    case .inst: return inFunction && v.index < insts.count
    case .argument: return inFunction && v.index < f.argTypes.count
    case .constant: return v.index < m.constants.nodes.count
    case .global: return v.index < m.globals.count
    case .function: return v.index < m.functions.count
    case .alias: return v.index < m.aliases.count
    case .block: return inFunction && v.index < f.blocks.count
    case .metadata: return true
    }
  }

  /// Type of a value already known to exist.
  @inline(__always) func ty(_ v: Value) -> TypeID {
    switch v.vtag {
    case .inst: return insts[v.index].type
    case .argument: return f.argTypes[v.index]
    case .constant: return cnodes[v.index].type
    case .global, .function, .alias: return .ptr
    case .block: return .label
    case .metadata: return .metadata
    }
  }

  /// The value of an integer constant (low 64 bits), nil if `v` is not one.
  func constIntValue(_ v: Value) -> UInt64? {
    guard v.vtag == .constant, v.index < m.constants.nodes.count else { return nil }
    let n = m.constants.nodes[v.index]
    guard n.kind == .int, n.count >= 1, Int(n.start) < m.constants.words.count else { return nil }
    return m.constants.words[Int(n.start)]
  }

  /// Integer constant rendered signed in its width (as LLVM prints it).
  func constIntString(_ v: Value) -> String {
    guard let w = constIntValue(v) else { return "?" }
    let t = ty(v)
    let bits = validType(t) && isInt(t) ? tIntWidth(t) : 64
    if bits >= 1 && bits <= 64 {
      let sh = UInt64(64 - bits)
      return String(Int64(bitPattern: w << sh) >> Int64(sh))
    }
    return String(w)
  }

  // MARK: names for messages

  func names() -> SlotNames {
    if let s = slots { return s }
    let s = SlotNames(f, m)
    slots = s
    return s
  }
  func blockName(_ b: Int) -> String { names().block(b, f, m) }
  func valueName(_ v: Value) -> String {
    switch v.vtag {
    case .inst: return names().inst(v.index, f, m)
    case .argument: return names().arg(v.index, f, m)
    case .block: return blockName(v.index)
    case .global: return v.index < m.globals.count ? "@" + m.name(m.globals[v.index].name) : "@?"
    case .function: return v.index < m.functions.count ? "@" + m.name(m.functions[v.index].name) : "@?"
    case .alias: return v.index < m.aliases.count ? "@" + m.name(m.aliases[v.index].name) : "@?"
    case .constant:
      if constIntValue(v) != nil { return constIntString(v) }
      return "constant"
    case .metadata: return "metadata"
    }
  }

  // MARK: driver

  func run() {
    runModuleLevel()
    runFunctions(0..<m.functions.count)
  }

  /// Constants, globals and aliases.
  func runModuleLevel() {
    checkConstants()
    for g in 0..<m.globals.count {
      if full { return }
      checkGlobal(g)
    }
    for a in 0..<m.aliases.count {
      let al = m.aliases[a]
      if !valueExists(al.aliasee, inFunction: false) || al.aliasee.vtag == .block || al.aliasee.vtag == .argument
        || al.aliasee.vtag == .inst || al.aliasee.vtag == .metadata {
        error(al.loc, "alias '@\(m.name(al.name))' has an invalid aliasee")
      } else if ty(al.aliasee) != .ptr {
        error(al.loc, "alias '@\(m.name(al.name))' must point to a pointer value, got '\(desc(ty(al.aliasee)))'")
      }
    }
  }

  /// The functions in `range` (after `runModuleLevel` filled `constCulprit`).
  func runFunctions(_ range: Range<Int>) {
    constCulprit.withUnsafeBufferPointer { cc in
      culprits = cc
      for i in range {
        if full { break }
        fi = i
        slots = nil
        checkFunction()
      }
      culprits = UnsafeBufferPointer(start: nil, count: 0)
    }
  }

  // MARK: constants

  func checkConstants() {
    let n = cnodes.count
    var culprit = [Int32](repeating: -1, count: n)
    culprit.withUnsafeMutableBufferPointer { cc in
      for c in 0..<n {
        let node = cnodes[c]
        // Fast confirmations first (aggregates: validity and the element culprit in one pass).
        switch node.kind {
        case .aggregate:
          let r = aggregateCulprit(c, node, cc)
          if r != Int32.min { cc[c] = r; continue }
        case .expr:
          if gepExprIsFine(node) { cc[c] = elementCulprit(c, node, cc); continue }
        default:
          if constIsFine(c) { continue }
        }
        if constProblem(c) != nil { cc[c] = Int32(c); continue }
        if node.kind == .aggregate || node.kind == .expr { cc[c] = elementCulprit(c, node, cc) }
      }
    }
    constCulprit = culprit
  }

  /// The culprit of the first element of aggregate/expression `c` that is an earlier constant
  /// with one (-1 if none): a constant is bad if one of its elements is.
  @inline(__always) func elementCulprit(_ c: Int, _ node: ConstNode, _ cc: UnsafeMutableBufferPointer<Int32>) -> Int32 {
    let s = Int(node.start), e = s + Int(node.count)
    guard e <= celems.count else { return -1 }
    for k in s..<e {
      let el = celems[k]
      if el.raw >> 29 == Value.Tag.constant.rawValue && el.index < c && cc[el.index] >= 0 { return cc[el.index] }
    }
    return -1
  }

  /// Whether aggregate constant `n` lists exactly as many elements as its type `tn` has, within
  /// the element table.
  @inline(__always) func aggregateShapeFits(_ n: ConstNode, _ tn: TypeNode) -> Bool {
    guard Int(n.start) + Int(n.count) <= celems.count else { return false }
    if tn.kind == .structure { return !tn.opaque && n.count == tn.listCount }
    return (tn.kind == .array || tn.kind == .vector) && UInt64(n.count) == tn.count
  }

  /// `constIsFine` for an aggregate fused with `elementCulprit`: the element culprit (-1 if
  /// none) when the aggregate is confirmed fine by itself, `Int32.min` when `constProblem` must look.
  @inline(__always) func aggregateCulprit(_ c: Int, _ n: ConstNode, _ cc: UnsafeMutableBufferPointer<Int32>) -> Int32 {
    let unsure = Int32.min
    guard validType(n.type) else { return unsure }
    let tn = tnodes[Int(n.type.raw)]
    guard aggregateShapeFits(n, tn) else { return unsure }
    let s = Int(n.start), e = s + Int(n.count)
    let isStruct = tn.kind == .structure
    // Array/vector elements all have one type, struct fields their own.
    var culprit: Int32 = -1
    if isStruct {
      var li = Int(tn.listStart)
      for k in s..<e {
        if !elementFine(celems[k].raw, tlists[li].raw, c, cc, &culprit) { return unsure }
        li &+= 1
      }
    } else {
      let et = tn.a
      for k in s..<e where !elementFine(celems[k].raw, et, c, cc, &culprit) { return unsure }
    }
    return culprit
  }

  /// One element (raw value `v`) of aggregate `c` whose element type is `et`: the usual one is
  /// a constant of that type (its culprit picked up into `culprit`), else a global, function
  /// or alias where a pointer is expected.
  @inline(__always) func elementFine(_ v: UInt32, _ et: UInt32, _ c: Int, _ cc: UnsafeMutableBufferPointer<Int32>,
                                     _ culprit: inout Int32) -> Bool {
    let x = Int(v & 0x1FFF_FFFF)
    if v >> 29 == Value.Tag.constant.rawValue {
      if x >= cnodes.count || cnodes[x].type.raw != et { return false }
      let cx = cc[x]
      if cx >= 0 && x < c && culprit < 0 { culprit = cx }
      return true
    }
    if et != TypeID.ptr.raw { return false }
    switch v >> 29 {
    case Value.Tag.global.rawValue: return x < globalCount
    case Value.Tag.function.rawValue: return x < functionCount
    case Value.Tag.alias.rawValue: return x < aliasCount
    default: return false
    }
  }

  /// Confirms a constant `getelementptr` expression with constant integer indices (the common
  /// one) without `constProblem`; false means "let `constProblem` look", never "invalid".
  func gepExprIsFine(_ n: ConstNode) -> Bool {
    guard n.opcode == .getelementptr, n.count >= 1, validType(n.type), validType(n.aux) else { return false }
    let s = Int(n.start), e = s + Int(n.count)
    guard e <= celems.count, kind(n.type) == .pointer, isSized(n.aux) else { return false }
    let nc = cnodes.count
    let base = celems[s]
    switch base.raw >> 29 {
    case Value.Tag.constant.rawValue:
      guard base.index < nc else { return false }
      let bt = cnodes[base.index].type
      guard validType(bt), kind(bt) == .pointer else { return false }
    case Value.Tag.global.rawValue: guard base.index < globalCount else { return false }
    case Value.Tag.function.rawValue: guard base.index < functionCount else { return false }
    case Value.Tag.alias.rawValue: guard base.index < aliasCount else { return false }
    default: return false
    }
    var cur = n.aux
    var k = s + 1
    while k < e {
      let v = celems[k]
      guard v.raw >> 29 == Value.Tag.constant.rawValue, v.index < nc else { return false }
      let cn = cnodes[v.index]
      guard validType(cn.type), kind(cn.type) == .integer else { return false }
      if k > s + 1 {
        let node = tnodes[Int(cur.raw)]
        switch node.kind {
        case .structure:
          guard cn.type == .i32, cn.kind == .int, cn.count >= 1, Int(cn.start) < cwords.count else { return false }
          let x = cwords[Int(cn.start)]
          guard x < UInt64(node.listCount) else { return false }
          cur = tlists[Int(node.listStart) + Int(x)]
        case .array, .vector:
          cur = TypeID(raw: node.a)
        default:
          return false
        }
      }
      k += 1
    }
    return true
  }

  /// Fast check for the common valid constants (small integers, aggregates whose elements are
  /// existing constants of the right types) without building anything; false means "let
  /// `constProblem` look", never "invalid".
  @inline(__always) func constIsFine(_ c: Int) -> Bool {
    let n = cnodes[c]
    guard validType(n.type) else { return false }
    let tn = tnodes[Int(n.type.raw)]
    switch n.kind {
    case .int:
      guard tn.kind == .integer, n.count == 1, Int(n.start) < cwords.count else { return false }
      let width = tn.a
      return width >= 64 || cwords[Int(n.start)] >> UInt64(width) == 0
    case .null:
      return tn.kind == .pointer
    case .string:
      return tn.kind == .array && tn.a == TypeID.i8.raw && UInt64(n.count) == tn.count
        && Int(n.start) + Int(n.count) <= byteCount
    case .data:
      return intLeafBytes(n.type) == Int(n.count) && Int(n.start) + Int(n.count) <= byteCount
    case .undef, .poison, .zero:
      switch tn.kind {
      case .integer, .float, .double, .pointer, .array, .vector: return true
      case .structure: return !tn.opaque
      default: return false
      }
    case .float:
      switch tn.kind {
      case .float, .double: return n.count == 1 && Int(n.start) + 1 <= cwords.count
      default: return false
      }
    case .aggregate:
      guard aggregateShapeFits(n, tn) else { return false }
      let s = Int(n.start), e = s + Int(n.count)
      let isStruct = tn.kind == .structure
      var et = TypeID(raw: tn.a)
      let nc = cnodes.count, ng = m.globals.count, nf = m.functions.count, na = m.aliases.count
      let fields = isStruct ? typeList(n.type) : tlists[0..<0]
      var fi = fields.startIndex
      for k in s..<e {
        if isStruct { et = fields[fi]; fi += 1 }
        let v = celems[k]
        switch v.raw >> 29 {
        case Value.Tag.constant.rawValue: if v.index >= nc || cnodes[v.index].type != et { return false }
        case Value.Tag.global.rawValue: if v.index >= ng || et != .ptr { return false }
        case Value.Tag.function.rawValue: if v.index >= nf || et != .ptr { return false }
        case Value.Tag.alias.rawValue: if v.index >= na || et != .ptr { return false }
        default: return false
        }
      }
      return true
    default:
      return false
    }
  }

  /// `TypeTable.intLeafBytes` of a valid type, memoized per type (`.data` constants of a module
  /// share a few types; the table's walk recurses through every field of every level).
  func intLeafBytes(_ t: TypeID) -> Int? {
    if leafBytesCache.isEmpty { leafBytesCache = Array(repeating: -2, count: typeCount) }
    var r = leafBytesCache[Int(t.raw)]
    if r == -2 {
      r = m.types.intLeafBytes(t) ?? -1
      leafBytesCache[Int(t.raw)] = r
    }
    return r < 0 ? nil : r
  }

  /// Reports a bad constant (once) at the location of a user.
  func useConstant(_ c: Int, at loc: SourceLoc) {
    let culprit = constCulprit[c]
    guard culprit >= 0 else { return }
    if constReported.isEmpty { constReported = Array(repeating: false, count: constCulprit.count) }
    if constReported[Int(culprit)] { return }
    constReported[Int(culprit)] = true
    error(loc, constProblem(Int(culprit)) ?? "invalid constant")
  }

  /// What is wrong with one constant node by itself (its elements are checked on their own).
  func constProblem(_ c: Int) -> String? {
    if constIsFine(c) { return nil }
    // (module tables through the unretained views: copying `m.constants` would retain its arrays)
    let n = cnodes[c]
    guard validType(n.type) else { return "constant has an invalid type" }
    switch n.kind {
    case .int:
      guard isInt(n.type) else { return "integer constant has non-integer type '\(desc(n.type))'" }
      let s = Int(n.start), e = s + Int(n.count)
      guard n.count >= 1, e <= cwords.count else { return "malformed integer constant" }
      let width = Int(tIntWidth(n.type))
      var fits = true
      for k in 0..<Int(n.count) {
        let w = cwords[s + k]
        let lo = k * 64
        if lo >= width { if w != 0 { fits = false } } else if width - lo < 64 { if w >> UInt64(width - lo) != 0 { fits = false } }
      }
      if !fits {
        let shown = n.count == 1 ? String(cwords[s])
          : "0x" + (s..<e).reversed().map { String(cwords[$0], radix: 16) }.joined(separator: "_")
        return "integer constant \(shown) does not fit in '\(desc(n.type))'"
      }
      return nil
    case .float:
      guard isFP(n.type) else { return "floating-point constant has non-floating-point type '\(desc(n.type))'" }
      let need = fpBits(n.type) > 64 ? 2 : 1
      guard Int(n.count) == need, Int(n.start) + need <= cwords.count else { return "malformed floating-point constant of type '\(desc(n.type))'" }
      return nil
    case .null:
      return kind(n.type) == .pointer ? nil : "null constant must have pointer type, got '\(desc(n.type))'"
    case .undef, .poison, .zero:
      let k = kind(n.type)
      if k == .void || k == .label || k == .function || k == .metadata || (k == .structure && m.types[n.type].opaque) {
        return "constant of invalid type '\(desc(n.type))'"
      }
      return nil
    case .string:
      guard kind(n.type) == .array, tElement(n.type) == .i8 else {
        return "string constant must have an array of 'i8' type, got '\(desc(n.type))'"
      }
      if UInt64(n.count) != tCount(n.type) {
        return "string constant has \(n.count) bytes but its type is '\(desc(n.type))'"
      }
      return Int(n.start) + Int(n.count) <= byteCount ? nil : "malformed string constant"
    case .data:
      guard let size = intLeafBytes(n.type) else {
        return "data constant must have an array or struct type of 8- to 64-bit integers, got '\(desc(n.type))'"
      }
      return Int(n.count) == size && Int(n.start) + Int(n.count) <= byteCount ? nil : "malformed data constant"
    case .aggregate:
      let s = Int(n.start), e = s + Int(n.count)
      guard e <= celems.count else { return "malformed aggregate constant" }
      for k in s..<e {
        let v = celems[k]
        if !isConstantValue(v) { return "aggregate constant element \(k - s) is not a constant" }
      }
      let k = kind(n.type)
      switch k {
      case .array, .vector:
        let want = tCount(n.type)
        let what = k == .array ? "array" : "vector"
        if UInt64(n.count) != want {
          return "\(what) constant has \(n.count) elements but its type '\(desc(n.type))' has \(want)"
        }
        let et = tElement(n.type)
        for i in s..<e where ty(celems[i]) != et {
          return "\(what) constant element \(i - s) has type '\(desc(ty(celems[i])))' but the element type is '\(desc(et))'"
        }
        return nil
      case .structure:
        if m.types[n.type].opaque { return "constant of opaque struct type '\(desc(n.type))'" }
        let fields = typeList(n.type)
        if fields.count != Int(n.count) {
          return "struct constant has \(n.count) elements but its type '\(desc(n.type))' has \(fields.count)"
        }
        var i = s
        for ft in fields {
          let et = ty(celems[i])
          if et != ft {
            return "struct constant element \(i - s) has type '\(desc(et))' but the field is '\(desc(ft))'"
          }
          i += 1
        }
        return nil
      default:
        return "aggregate constant has non-aggregate type '\(desc(n.type))'"
      }
    case .expr:
      let s = Int(n.start), e = s + Int(n.count)
      guard e <= celems.count else { return "malformed constant expression" }
      for k in s..<e where !isConstantValue(celems[k]) {
        return "constant expression operand \(k - s) is not a constant"
      }
      let ops = celems[s..<e]
      let op = n.opcode
      if op.isCast {
        guard ops.count == 1 else { return "constant \(op.name) needs one operand" }
        return castProblem(op, from: ty(ops[s]), to: n.type)
      }
      if op == .getelementptr {
        guard ops.count >= 1 else { return "constant getelementptr needs a base pointer" }
        guard validType(n.aux) else { return "constant getelementptr has an invalid source type" }
        if kind(n.type) != .pointer { return "constant getelementptr must have pointer type, got '\(desc(n.type))'" }
        return gepProblem(source: n.aux, base: ops[s], indices: ops.dropFirst())
      }
      if op.isBinary {
        guard ops.count == 2 else { return "constant \(op.name) needs two operands" }
        return binaryProblem(op, ty(ops[s]), ty(ops[s + 1]), result: n.type)
      }
      if op == .icmp || op == .fcmp {
        guard ops.count == 2 else { return "constant \(op.name) needs two operands" }
        return nil
      }
      return nil
    }
  }

  func isConstantValue(_ v: Value) -> Bool {
    switch v.vtag {
    case .constant, .global, .function, .alias: return valueExists(v, inFunction: false)
    default: return false
    }
  }

  // MARK: shared type rules

  func binaryProblem(_ op: Opcode, _ a: TypeID, _ b: TypeID, result: TypeID) -> String? {
    if a != b { return "operand types do not match: '\(desc(a))' and '\(desc(b))'" }
    if op.isIntBinary {
      if !isIntOrIntVector(a) { return "'\(op.name)' requires integer operands, got '\(desc(a))'" }
    } else if !isFPOrFPVector(a) {
      return "'\(op.name)' requires floating-point operands, got '\(desc(a))'"
    }
    if result != a { return "result type '\(desc(result))' does not match operand type '\(desc(a))'" }
    return nil
  }

  /// Bits of a non-aggregate first-class type for `bitcast` (pointers: 0, handled separately).
  func bitSize(_ t: TypeID) -> UInt64? {
    switch kind(t) {
    case .integer: return UInt64(tIntWidth(t))
    case .float, .double, .x86_fp80, .fp128: return UInt64(fpBits(t))
    case .vector:
      let e = tElement(t)
      guard validType(e) else { return nil }
      if kind(e) == .pointer { return nil }
      guard let eb = bitSize(e) else { return nil }
      return eb &* tCount(t)
    default: return nil
    }
  }

  func castProblem(_ op: Opcode, from src: TypeID, to dst: TypeID) -> String? {
    func bad(_ why: String) -> String { "invalid cast: '\(op.name)' from '\(desc(src))' to '\(desc(dst))' (\(why))" }
    let vs = vectorCount(src), vd = vectorCount(dst)
    if op != .bitcast && vs != vd { return bad("vector lengths differ") }
    let s = scalarOf(src), d = scalarOf(dst)
    switch op {
    case .trunc, .zext, .sext:
      guard isInt(s) && isInt(d) else { return bad("\(op.name) needs integer types") }
      let ws = tIntWidth(s), wd = tIntWidth(d)
      if op == .trunc && ws <= wd { return "trunc from '\(desc(src))' to '\(desc(dst))' does not narrow" }
      if op != .trunc && ws >= wd { return "\(op.name) from '\(desc(src))' to '\(desc(dst))' does not widen" }
      return nil
    case .fptrunc, .fpext:
      guard isFP(s) && isFP(d) else { return bad("\(op.name) needs floating-point types") }
      if op == .fptrunc && fpBits(s) <= fpBits(d) { return "fptrunc from '\(desc(src))' to '\(desc(dst))' does not narrow" }
      if op == .fpext && fpBits(s) >= fpBits(d) { return "fpext from '\(desc(src))' to '\(desc(dst))' does not widen" }
      return nil
    case .fptoui, .fptosi:
      return isFP(s) && isInt(d) ? nil : bad("needs a floating-point source and an integer destination")
    case .uitofp, .sitofp:
      return isInt(s) && isFP(d) ? nil : bad("needs an integer source and a floating-point destination")
    case .ptrtoint:
      return kind(s) == .pointer && isInt(d) ? nil : bad("needs a pointer source and an integer destination")
    case .inttoptr:
      return isInt(s) && kind(d) == .pointer ? nil : bad("needs an integer source and a pointer destination")
    case .bitcast:
      let sp = kind(s) == .pointer, dp = kind(d) == .pointer
      if sp || dp {
        return sp && dp && vs == vd ? nil : bad("pointers can only be bitcast to pointers")
      }
      guard let bs = bitSize(src), let bd = bitSize(dst) else { return bad("bitcast needs non-aggregate first-class types") }
      return bs == bd ? nil : bad("sizes differ: \(bs) and \(bd) bits")
    default:
      return bad("not a cast")
    }
  }

  /// GEP rules: base is a pointer, every index an integer, struct indices constant i32 in range.
  func gepProblem<C: Collection>(source: TypeID, base: Value, indices: C) -> String? where C.Element == Value {
    let bt = ty(base)
    if kind(scalarOf(bt)) != .pointer { return "getelementptr base must be a pointer, got '\(desc(bt))'" }
    if !isSized(source) { return "getelementptr source type '\(desc(source))' is not sized" }
    var cur = source
    var first = true
    for idx in indices {
      let it = ty(idx)
      if !isIntOrIntVector(it) { return "getelementptr index must be an integer, got '\(desc(it))'" }
      if first { first = false; continue }
      switch kind(cur) {
      case .structure:
        guard it == .i32, let c = constIntValue(idx) else {
          return "struct index into '\(desc(cur))' must be a constant 'i32'"
        }
        let fields = typeList(cur)
        if c >= UInt64(fields.count) { return "struct index \(c) is out of range for '\(desc(cur))'" }
        cur = fields[fields.startIndex + Int(c)]
      case .array, .vector:
        cur = tElement(cur)
      default:
        return "invalid getelementptr indices: cannot index into '\(desc(cur))'"
      }
    }
    return nil
  }

  /// The type reached by extractvalue/insertvalue indices, or the problem.
  func aggregateIndexType(_ agg: TypeID, indicesAt start: Int, count: Int) -> (TypeID?, String?) {
    guard start >= 0, count >= 0, start + count <= f.extra.count else { return (nil, "malformed aggregate indices") }
    if count == 0 { return (nil, "aggregate access needs at least one index") }
    var cur = agg
    for k in start..<(start + count) {
      let i = UInt64(f.extra[k])
      switch kind(cur) {
      case .structure:
        let fields = typeList(cur)
        if i >= UInt64(fields.count) { return (nil, "invalid index \(i) for aggregate type '\(desc(cur))'") }
        cur = fields[fields.startIndex + Int(i)]
      case .array:
        if i >= tCount(cur) { return (nil, "invalid index \(i) for aggregate type '\(desc(cur))'") }
        cur = tElement(cur)
      default:
        return (nil, "cannot index into non-aggregate type '\(desc(cur))'")
      }
    }
    return (cur, nil)
  }

  // MARK: globals

  func checkGlobal(_ gi: Int) {
    let g = m.globals[gi]
    var gname: String { "@" + m.name(g.name) }   // built only for a message
    guard validType(g.valueType) else { error(g.loc, "global \(gname) has an invalid type"); return }
    if !isSized(g.valueType) && !(g.isDeclaration && kind(g.valueType) == .structure) {
      error(g.loc, "global \(gname) has unsized type '\(desc(g.valueType))'")
      return
    }
    guard let initv = g.initializer else { return }
    guard isConstantValue(initv) else { error(g.loc, "initializer of global \(gname) is not a constant"); return }
    if initv.vtag == .constant {
      useConstant(initv.index, at: g.loc)
    }
    let it = ty(initv)
    if it != g.valueType {
      error(g.loc, "initializer of global \(gname) has type '\(desc(it))' but the global has type '\(desc(g.valueType))'")
    }
  }

  // MARK: functions

  func checkFunction() {
    var fname: String { "@" + m.name(f.name) }   // built only for a message
    guard validType(f.type), kind(f.type) == .function else {
      error(f.loc, "function \(fname) does not have a function type"); return
    }
    let params = typeList(f.type)
    if f.argTypes.count != params.count {
      error(f.loc, "function \(fname) has \(f.argTypes.count) arguments but its type '\(desc(f.type))' has \(params.count)")
      return
    }
    var k = 0
    for p in params {
      if f.argTypes[k] != p {
        error(k < f.argLocs.count ? f.argLocs[k] : f.loc,
              "argument \(k + 1) of \(fname) has type '\(desc(f.argTypes[k]))' but the function type says '\(desc(p))'")
        return
      }
      k += 1
    }
    if let p = f.personality {
      if !isConstantValue(p) { error(f.loc, "personality of \(fname) must be a constant") }
    }
    if f.blocks.isEmpty { return }
    checkBody()
  }

  func checkBody() {
    let nb = f.blocks.count, ni = f.insts.count, nops = f.operands.count
    // Block ranges must be valid and disjoint. The same pass checks the operand range and type of
    // each instruction in a block (the first bad one in instruction order is reported, after any
    // block problem, as a separate pass would). The usual layout (blocks in order, back to back,
    // covering every instruction) needs no instruction → block map (`blockOf` searches the block
    // starts); any other layout fills `instBlockStore`.
    instBlockStore.removeAll(keepingCapacity: true)
    var blockOK = true
    var covered = 0
    var firstBad = Int.max
    var isContiguous = true
    f.blocks.withUnsafeBufferPointer { blocks in
      f.insts.withUnsafeBufferPointer { insts in
        var prevEnd: UInt32 = 0
        for b in 0..<nb {
          let blk = blocks[b]
          if blk.instStart != prevEnd || blk.instEnd < blk.instStart { isContiguous = false; break }
          prevEnd = blk.instEnd
        }
        if isContiguous && Int(prevEnd) == ni {
          // Branch-free maxima first; the first bad instruction is only looked for if there is one.
          var maxEnd = 0
          var maxType: UInt32 = 0
          for i in 0..<ni {
            let inst = insts[i]
            maxEnd = max(maxEnd, Int(inst.operandStart) + Int(inst.operandCount))
            maxType = max(maxType, inst.type.raw)
          }
          if maxEnd <= nops && Int(maxType) < typeCount { return }
          for i in 0..<ni {
            let inst = insts[i]
            if Int(inst.operandStart) + Int(inst.operandCount) > nops || !validType(inst.type) { firstBad = i; break }
          }
          return
        }
        isContiguous = false
        instBlockStore.append(contentsOf: repeatElement(noBlock, count: ni))
        instBlockStore.withUnsafeMutableBufferPointer { store in
          for b in 0..<nb {
            let blk = blocks[b]
            if blk.instStart > blk.instEnd || Int(blk.instEnd) > ni {
              error(blk.loc, "block '\(blockName(b))' has an invalid instruction range"); blockOK = false; continue
            }
            for i in blk.instRange {
              if store[i] != noBlock {
                error(blk.loc, "block '\(blockName(b))' overlaps another block"); blockOK = false; break
              }
              store[i] = UInt32(b)
              covered += 1
              let inst = insts[i]
              if i < firstBad && (Int(inst.operandStart) + Int(inst.operandCount) > nops || !validType(inst.type)) {
                firstBad = i
              }
            }
          }
          if blockOK && covered != ni {
            // instructions outside every block (a malformed module): check them all
            for i in 0..<min(ni, firstBad) {
              let inst = insts[i]
              if Int(inst.operandStart) + Int(inst.operandCount) > nops || !validType(inst.type) { firstBad = i; break }
            }
          }
        }
      }
    }
    if !blockOK { return }
    if firstBad != Int.max {
      let inst = f.insts[firstBad]
      if Int(inst.operandStart) + Int(inst.operandCount) > nops {
        error(inst.loc, "'\(inst.op.name)' has an invalid operand range"); return
      }
      error(inst.loc, "'\(inst.op.name)' has an invalid type"); return
    }

    contiguous = isContiguous
    cfgBuilt = false
    domBuilt = false
    searchBudget = -1
    if need.count < nb {
      need = Array(repeating: 0, count: nb)
      seen = Array(repeating: 0, count: nb)
      firstVal = Array(repeating: Value(raw: 0), count: nb)
    }
    f.blocks.withUnsafeBufferPointer { bp in
      f.insts.withUnsafeBufferPointer { ip in
        f.operands.withUnsafeBufferPointer { op in
          f.argTypes.withUnsafeBufferPointer { ap in
           f.paramAttrs.withUnsafeBufferPointer { pap in
            instBlockStore.withUnsafeBufferPointer { mp in
              blks = bp; insts = ip; ops = op; argTys = ap; pattrs = pap; ib = mp; blockCount = nb
              // Usual layout: the fast path up to its first stop first (it reports nothing, and
              // the blocks it passed whole branch to the entry nowhere), handed on to checkBlocks.
              let first = isContiguous ? fastView().runBlocks(from: 0, blks) : nil
              if let p = firstEntryPredecessor(from: first?.block ?? 0) {
                error(insts[Int(blks[p].instEnd) - 1].loc, "entry block '\(blockName(0))' must not have predecessors")
              }
              checkBlocks(nb, first: first)
              blks = UnsafeBufferPointer(start: nil, count: 0)
              insts = UnsafeBufferPointer(start: nil, count: 0)
              ops = UnsafeBufferPointer(start: nil, count: 0)
              argTys = UnsafeBufferPointer(start: nil, count: 0)
              pattrs = UnsafeBufferPointer(start: nil, count: 0)
              ib = UnsafeBufferPointer(start: nil, count: 0)
            }
           }
          }
        }
      }
    }
  }

  /// The first block (in block order, as in `CFG.predecessors(of: 0)`) whose terminator branches
  /// to the entry block, without building the CFG (same edge rules as `CFG.build`), from block
  /// `from` on (the blocks before it are known to have no such terminator).
  func firstEntryPredecessor(from: Int) -> Int? {
    let entryRef = Value.Tag.block.rawValue << 29
    for p in from..<blockCount {
      let blk = blks[p]
      guard blk.instEnd > blk.instStart, Int(blk.instEnd) <= insts.count else { continue }
      let term = insts[Int(blk.instEnd) - 1]
      guard term.op.isTerminator else { continue }
      let s = Int(term.operandStart), e = s + Int(term.operandCount)
      guard e <= ops.count else { continue }
      for k in s..<e where ops[k].raw == entryRef { return p }
    }
    return nil
  }

  /// Builds the current function's CFG if it is not built yet (only phis, landingpads, invokes
  /// and cross-block dominance need it).
  @inline(__always) func ensureCFG() {
    if !cfgBuilt { cfg.build(blocks: blks, insts: insts, operands: ops); cfgBuilt = true }
  }

  /// The block of instruction `j` (`noBlock` when it is in none, which only a non-contiguous
  /// layout allows). Contiguous layouts: the last block starting at or before `j` (blocks are
  /// back to back, so that block, empty or not, is the one whose range holds `j`).
  func blockOf(_ j: Int) -> Int {
    if !contiguous { return Int(ib[j]) }
    var lo = 0, hi = blockCount - 1
    while lo < hi {
      let mid = (lo + hi + 1) >> 1
      if Int(blks[mid].instStart) <= j { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The fast path over the current function's views (usual block layout only).
  func fastView() -> FastView {
    FastView(
      insts: insts, ops: ops, tnodes: tnodes, tlists: tlists, cnodes: cnodes, cwords: cwords,
      culprits: culprits, argTypes: argTys, paramAttrs: pattrs, functions: functions, sized: sizedCache,
      globalCount: globalCount, functionCount: functionCount, aliasCount: aliasCount,
      blockCount: blockCount, entryEnd: Int(blks[0].instEnd), retType: tReturnType(f.type))
  }

  /// Checks the blocks and their instructions. `first`: where the fast path, run from the entry
  /// by `checkBody`, stopped (usual layout only), so that run is not repeated.
  func checkBlocks(_ nb: Int, first: FastView.Stop?) {
    var sawLandingpad = false
    let fast = fastView()
    let useFast = contiguous
    var pending = first
    var b = -1
    while b + 1 < nb {
      b += 1
      if full { return }
      var s = Int(blks[b].instStart), e = Int(blks[b].instEnd)
      var seenNonPhi = false
      var i = s
      if useFast {
        // Whole plain blocks in one go (nothing in them to report, so the error limit is not
        // reached in between); then the first other block from where the fast path stopped.
        let stop = pending ?? fast.runBlocks(from: b, blks)
        pending = nil
        if stop.block == nb { break }
        b = stop.block
        s = Int(blks[b].instStart); e = Int(blks[b].instEnd)
        i = stop.inst
        seenNonPhi = stop.seenNonPhi
      }
      if s == e {
        error(blks[b].loc, "block '\(blockName(b))' does not end in a terminator"); continue
      }
      while i < e {
        if useFast {
          // Plain instructions in one go; the first other one is checked in full below.
          i = fast.run(from: i, s, e, &seenNonPhi)
          if i == e { break }
        }
        defer { i += 1 }
        // (the instruction is read field by field where needed: a whole `Inst` kept across the
        // calls below costs a dozen spills per instruction)
        let op = fast.insts[i].op
        if op.isTerminator {
          if i != e - 1 { error(insts[i].loc, "terminator '\(op.name)' in the middle of block '\(blockName(b))'") }
        } else if i == e - 1 {
          error(insts[i].loc, "block '\(blockName(b))' does not end in a terminator")
        }
        switch op {
        case .phi:
          if seenNonPhi { error(insts[i].loc, "phi nodes must be grouped at the start of block '\(blockName(b))'") }
        case .dbgRecord:
          break
        case .landingpad:
          sawLandingpad = true
          if seenNonPhi { error(insts[i].loc, "landingpad must be the first non-phi instruction of its block") }
          else { checkLandingpadBlock(b, insts[i]) }
          seenNonPhi = true
        default:
          seenNonPhi = true
        }
        if useFast {
          switch fast.check(i, s, terminatorOK: true) {
          case .ok: continue
          case .typing:
            if let msg = instProblem(i, b) { error(insts[i].loc, msg) }
            continue
          case .slow: break
          }
        }
        checkInst(i, b)
      }
    }
    if sawLandingpad && f.personality == nil {
      for inst in insts where inst.op == .landingpad {
        error(inst.loc, "landingpad needs a function with a personality ('@\(m.name(f.name))' has none)"); break
      }
    }
  }

  func checkLandingpadBlock(_ b: Int, _ inst: Inst) {
    ensureCFG()
    let ps = cfg.predecessors(of: b)
    for p in ps {
      let term = insts[Int(f.blocks[Int(p)].instEnd) - 1]
      let unwindOK = term.op == .invoke && term.operandCount >= 3
        && ops[Int(term.operandStart + term.operandCount) - 1] == .block(BlockID(b))
        && ops[Int(term.operandStart + term.operandCount) - 2] != .block(BlockID(b))
      if !unwindOK {
        error(inst.loc, "block '\(blockName(b))' with a landingpad must be reached only by the unwind edge of an invoke")
        return
      }
    }
  }

  /// Dominance of a (non-phi) use of instruction `j` by instruction `i` in block `b`.
  func checkDominance(def j: Int, use i: Int, in b: Int, loc: SourceLoc) {
    let db = blockOf(j)
    // The entry block dominates every reachable block (and unreachable uses are not checked).
    if db == 0 && b != 0 && insts[j].op != .invoke { return }
    // Another block's result: fine unless a path from the entry reaches the use around it
    // (which also makes the use reachable).
    if db != Int(noBlock) && db != b && insts[j].op != .invoke, let around = entryPathAvoiding(db, to: b) {
      if around { error(loc, "instruction does not dominate all uses: \(valueName(.inst(InstID(j))))") }
      return
    }
    ensureDom()
    guard dom.isReachable(b) else { return }
    var ok: Bool
    if db == Int(noBlock) { ok = false }
    else if db == b { ok = j < i }
    else { ok = dom.dominates(db, b) }
    if ok && insts[j].op == .invoke { ok = invokeResultAvailable(j, inBlockEnd: nil, use: b) }
    if !ok {
      if j == i { error(loc, "only phi nodes may reference their own value"); return }
      error(loc, "instruction does not dominate all uses: \(valueName(.inst(InstID(j))))")
    }
  }

  /// Whether some path from the entry reaches block `b` without passing block `a` (a ≠ b, a ≠
  /// entry): true exactly when `b` is reachable and `a` does not dominate it, so false means
  /// "dominated, or unreachable" (both: nothing to report). Answered by a backward search from
  /// `b` over predecessors that stops at `a`, which for a valid use only visits the blocks
  /// between the two, without the dominator tree. nil once the function's search budget (twice
  /// its edge count, shared by all its queries) runs out or when the tree is built anyway: the
  /// caller asks the tree then, so a function never costs much more than building it.
  func entryPathAvoiding(_ a: Int, to b: Int) -> Bool? {
    if domBuilt { return nil }
    ensureCFG()
    if searchBudget < 0 { searchBudget = 2 * cfg.preds.count + 64 }
    if b == 0 { return true }
    if searchMark.count < blockCount || searchStamp == UInt32.max {
      searchMark = Array(repeating: 0, count: max(blockCount, searchMark.count))
      searchStamp = 0
    }
    searchStamp += 1
    let stamp = searchStamp
    var budget = searchBudget
    var found: Bool? = false
    searchStack.removeAll(keepingCapacity: true)
    cfg.predStart.withUnsafeBufferPointer { ps in
      cfg.preds.withUnsafeBufferPointer { pr in
        searchMark.withUnsafeMutableBufferPointer { mark in
          mark[a] = stamp
          mark[b] = stamp
          searchStack.append(UInt32(b))
          search: while let x = searchStack.popLast() {
            for k in Int(ps[Int(x)])..<Int(ps[Int(x) + 1]) {
              budget -= 1
              if budget < 0 { found = nil; break search }
              let p = Int(pr[k])
              if mark[p] == stamp { continue }
              if p == 0 { found = true; break search }
              mark[p] = stamp
              searchStack.append(UInt32(p))
            }
          }
        }
      }
    }
    searchBudget = max(budget, 0)
    return found
  }

  /// An invoke's result exists only on its normal edge: the normal destination must dominate the
  /// use (or, for a phi, the phi must be in the normal destination with the invoke's block incoming).
  func invokeResultAvailable(_ j: Int, inBlockEnd p: Int?, use b: Int) -> Bool {
    let inv = insts[j]
    guard inv.operandCount >= 3 else { return false }
    let nv = ops[Int(inv.operandStart + inv.operandCount) - 2]
    guard nv.vtag == .block, nv.index < f.blocks.count else { return false }
    let normal = nv.index
    ensureDom()
    if let p {
      if p == blockOf(j) { return b == normal }
      return dom.dominates(normal, p) && cfg.predecessorCount(of: normal) == 1
    }
    return dom.dominates(normal, b) && cfg.predecessorCount(of: normal) == 1
  }

  func checkPhi(_ i: Int, _ b: Int) {
    let inst = insts[i]
    let s = Int(inst.operandStart), n = Int(inst.operandCount)
    if n % 2 != 0 { error(inst.loc, "phi node has an odd number of operands"); return }
    let t = inst.type
    if !tIsFirstClass(t) || t == .token { error(inst.loc, "phi node has invalid type '\(desc(t))'"); return }
    // Validate operands first.
    var k = s
    while k < s + n {
      let v = ops[k], blk = ops[k + 1]
      if blk.vtag != .block || blk.index >= f.blocks.count {
        error(inst.loc, "phi node incoming block is not a basic block"); return
      }
      if !valueExists(v, inFunction: true) || v.vtag == .block || v.vtag == .metadata {
        error(inst.loc, "phi node has an invalid incoming value"); return
      }
      if v.vtag == .inst && insts[v.index].type == .void {
        error(inst.loc, "phi node uses '\(insts[v.index].op.name)', which has no result"); return
      }
      if v.vtag == .constant { useConstant(v.index, at: inst.loc) }
      let vt = ty(v)
      if vt != t {
        error(inst.loc, "phi incoming value \(valueName(v)) has type '\(desc(vt))' but the phi has type '\(desc(t))'")
        return
      }
      k += 2
    }
    // Entries vs predecessors (multisets must match; duplicates must agree on the value).
    ensureCFG()
    let preds = cfg.predecessors(of: b)
    for p in preds { need[Int(p)] &+= 1 }
    var problem: String? = nil
    k = s
    while k < s + n {
      let v = ops[k], pb = ops[k + 1].index
      if seen[pb] == 0 { firstVal[pb] = v }
      else if firstVal[pb] != v && problem == nil {
        problem = "phi node has multiple entries for \(blockName(pb)) with different values"
      }
      seen[pb] &+= 1
      k += 2
    }
    if problem == nil {
      k = s
      while k < s + n {
        let pb = ops[k + 1].index
        if need[pb] == 0 { problem = "phi node entries do not match predecessors: \(blockName(pb)) is not a predecessor"; break }
        if seen[pb] > need[pb] { problem = "phi node entries do not match predecessors: too many entries for \(blockName(pb))"; break }
        k += 2
      }
    }
    if problem == nil {
      for p in preds where seen[Int(p)] < need[Int(p)] {
        problem = "phi node entries do not match predecessors: missing entry for \(blockName(Int(p)))"; break
      }
    }
    for p in preds { need[Int(p)] = 0 }
    k = s
    while k < s + n { seen[ops[k + 1].index] = 0; k += 2 }
    if let problem { error(inst.loc, problem); return }
    // Dominance: each value must be available at the end of its incoming block.
    k = s
    while k < s + n {
      let v = ops[k], p = ops[k + 1].index
      k += 2
      guard v.vtag == .inst else { continue }
      let j = v.index
      let db = blockOf(j)
      // defined in the incoming block itself, or in the entry: available at its end
      if (db == p || (db == 0 && p != Int(noBlock))) && insts[j].op != .invoke { continue }
      // another block's result: available unless a path from the entry reaches p around it
      if db != Int(noBlock) && insts[j].op != .invoke, let around = entryPathAvoiding(db, to: p) {
        if around { error(inst.loc, "instruction does not dominate all uses: \(valueName(v))"); return }
        continue
      }
      ensureDom()
      guard dom.isReachable(p) else { continue }
      var ok = db != Int(noBlock) && (db == p || dom.dominates(db, p))
      if ok && insts[j].op == .invoke { ok = invokeResultAvailable(j, inBlockEnd: p, use: b) }
      if !ok { error(inst.loc, "instruction does not dominate all uses: \(valueName(v))"); return }
    }
  }

  @inline(__always) func checkInst(_ i: Int, _ b: Int) {
    let inst = insts[i]
    let s = Int(inst.operandStart), n = Int(inst.operandCount)
    if inst.op == .dbgRecord { return }
    if inst.op == .phi { checkPhi(i, b); return }
    // Operands: existence, usable results, dominance, constant validity.
    var k = s
    let ni = insts.count
    while k < s + n {
      let v = ops[k]
      k += 1
      // Common cases first: an earlier result in the same block (dominates by position), or a
      // result of the entry block used elsewhere (the entry dominates every reachable block);
      // a constant without problems.
      let tag = v.raw >> 29
      if tag == Value.Tag.inst.rawValue {
        let j = v.index
        if j < ni {
          let db = blockOf(j)
          if (db == b && j < i) || (db == 0 && b != 0) {
            let d = insts[j]
            if d.type != .void && d.op != .invoke { continue }
          }
        }
      } else if tag == Value.Tag.constant.rawValue {
        if v.index < culprits.count && culprits[v.index] < 0 { continue }
      } else if tag == Value.Tag.block.rawValue {
        if v.index < blockCount { continue }
      } else if tag == Value.Tag.function.rawValue {
        if v.index < functionCount { continue }
      } else if tag == Value.Tag.global.rawValue {
        if v.index < globalCount { continue }
      }
      if !checkOperand(v, k - s, i, b) { return }
    }
    if let msg = instProblem(i, b) { error(inst.loc, msg) }
  }

  /// The general operand check of `checkInst` (out of line, so the fast path above stays small):
  /// operand number `pos` (1-based) of instruction `i` in block `b`. False after an error that
  /// ends the instruction's checks.
  @inline(never) func checkOperand(_ v: Value, _ pos: Int, _ i: Int, _ b: Int) -> Bool {
    let inst = insts[i]
    if !valueExists(v, inFunction: true) {
      error(inst.loc, "'\(inst.op.name)' has an invalid operand \(pos)"); return false
    }
    switch v.vtag {
    case .inst:
      let j = v.index
      if insts[j].type == .void {
        error(inst.loc, "'\(inst.op.name)' uses the result of '\(insts[j].op.name)', which has none"); return false
      }
      checkDominance(def: j, use: i, in: b, loc: inst.loc)
    case .constant:
      useConstant(v.index, at: inst.loc)
    default: break
    }
    return true
  }

  /// Opcode-specific typing rules. Operands are known to exist.
  func instProblem(_ i: Int, _ b: Int) -> String? {
    let inst = insts[i]
    let s = Int(inst.operandStart), n = Int(inst.operandCount)
    let op = inst.op
    switch op {
    case .ret:
      let rt = tReturnType(f.type)
      if n == 0 {
        return rt == .void ? nil : "function returns '\(desc(rt))' but 'ret void' was used"
      }
      if n != 1 { return "ret takes at most one operand" }
      if rt == .void { return "function returns 'void' but 'ret' has a value" }
      let vt = ty(ops[s + 0])
      return vt == rt ? nil : "ret value has type '\(desc(vt))' but the function returns '\(desc(rt))'"
    case .br:
      if n == 1 { return Verifier.isBlock(ops[s + 0]) ? nil : "br destination is not a basic block" }
      guard n == 3 else { return "br takes one destination or a condition and two destinations" }
      let ct = ty(ops[s + 0])
      if ct != .i1 { return "branch condition has type '\(desc(ct))', expected 'i1'" }
      return Verifier.isBlock(ops[s + 1]) && Verifier.isBlock(ops[s + 2]) ? nil : "br destination is not a basic block"
    case .switch_:
      guard n >= 2, n % 2 == 0 else { return "switch has a malformed case list" }
      let ct = ty(ops[s + 0])
      if !isInt(ct) { return "switch condition must be an integer, got '\(desc(ct))'" }
      if !Verifier.isBlock(ops[s + 1]) { return "switch default destination is not a basic block" }
      caseScratch.removeAll(keepingCapacity: true)
      var wide = false
      var k = 2
      while k < n {
        let cv = ops[s + k]
        guard cv.vtag == .constant, cnodes[cv.index].kind == .int else {
          return "switch case value must be an integer constant"
        }
        let cvt = ty(cv)
        if cvt != ct { return "switch case value has type '\(desc(cvt))' but the condition has type '\(desc(ct))'" }
        if !Verifier.isBlock(ops[s + k + 1]) { return "switch case destination is not a basic block" }
        if cnodes[cv.index].count != 1 { wide = true }
        caseScratch.append(constIntValue(cv) ?? 0)
        k += 2
      }
      if !wide {
        if caseScratch.count > 1 {
          caseScratch.sort()
          for x in 1..<caseScratch.count where caseScratch[x] == caseScratch[x - 1] {
            // Find a value that carries that number for the message.
            var kk = 2
            while kk < n { if constIntValue(ops[s + kk]) == caseScratch[x] { break }; kk += 2 }
            return "switch case value \(constIntString(ops[s + min(kk, n - 2)])) is duplicated"
          }
        }
      } else {
        var a = 2
        while a < n {
          var c = a + 2
          while c < n {
            if m.constants.words(ConstID(raw: UInt32(ops[s + a].index))) == m.constants.words(ConstID(raw: UInt32(ops[s + c].index))) {
              return "switch case value \(valueNameConst(ops[s + a])) is duplicated"
            }
            c += 2
          }
          a += 2
        }
      }
      return nil
    case .invoke:
      guard n >= 3 else { return "invoke needs a callee and two destinations" }
      let nd = ops[s + n - 2], ud = ops[s + n - 1]
      if !Verifier.isBlock(nd) { return "invoke normal destination is not a basic block" }
      if !Verifier.isBlock(ud) { return "invoke unwind destination is not a basic block" }
      if let p = callProblem(inst, argCount: n - 3) { return p }
      // The unwind destination must start (after phis) with a landingpad.
      let ub = f.blocks[ud.index]
      var j = Int(ub.instStart)
      while j < Int(ub.instEnd) && (insts[j].op == .phi || insts[j].op == .dbgRecord) { j += 1 }
      if j >= Int(ub.instEnd) || insts[j].op != .landingpad {
        return "invoke unwind destination '\(blockName(ud.index))' does not start with a landingpad"
      }
      return nil
    case .resume:
      guard n == 1 else { return "resume takes one operand" }
      return tIsFirstClass(ty(ops[s + 0])) ? nil : "resume operand must be a first-class value"
    case .unreachable:
      return n == 0 ? nil : "unreachable takes no operands"
    case .fneg:
      guard n == 1 else { return "fneg takes one operand" }
      let t = ty(ops[s + 0])
      if !isFPOrFPVector(t) { return "'fneg' requires a floating-point operand, got '\(desc(t))'" }
      return inst.type == t ? nil : "result type '\(desc(inst.type))' does not match operand type '\(desc(t))'"
    case .freeze:
      guard n == 1 else { return "freeze takes one operand" }
      let t = ty(ops[s + 0])
      return inst.type == t ? nil : "result type '\(desc(inst.type))' does not match operand type '\(desc(t))'"
    case .add, .sub, .mul, .udiv, .sdiv, .urem, .srem, .shl, .lshr, .ashr, .and, .or, .xor,
         .fadd, .fsub, .fmul, .fdiv, .frem:
      guard n == 2 else { return "'\(op.name)' takes two operands" }
      return binaryProblem(op, ty(ops[s + 0]), ty(ops[s + 1]), result: inst.type)
    case .extractelement:
      guard n == 2 else { return "extractelement takes two operands" }
      let vt = ty(ops[s + 0])
      if kind(vt) != .vector { return "extractelement operand must be a vector, got '\(desc(vt))'" }
      if !isInt(ty(ops[s + 1])) { return "extractelement index must be an integer" }
      return inst.type == tElement(vt) ? nil : "extractelement result type '\(desc(inst.type))' does not match the element type"
    case .insertelement:
      guard n == 3 else { return "insertelement takes three operands" }
      let vt = ty(ops[s + 0])
      if kind(vt) != .vector { return "insertelement operand must be a vector, got '\(desc(vt))'" }
      if ty(ops[s + 1]) != tElement(vt) { return "insertelement value has type '\(desc(ty(ops[s + 1])))' but the element type is '\(desc(tElement(vt)))'" }
      if !isInt(ty(ops[s + 2])) { return "insertelement index must be an integer" }
      return inst.type == vt ? nil : "result type '\(desc(inst.type))' does not match operand type '\(desc(vt))'"
    case .extractvalue:
      guard n == 1 else { return "extractvalue takes one operand" }
      let at = ty(ops[s + 0])
      if !tIsAggregate(at) { return "extractvalue operand must be an aggregate, got '\(desc(at))'" }
      let (rt, p) = aggregateIndexType(at, indicesAt: Int(inst.aux), count: Int(inst.aux2))
      if let p { return "extractvalue: " + p }
      return rt == inst.type ? nil : "extractvalue result type '\(desc(inst.type))' does not match the indexed type '\(desc(rt!))'"
    case .insertvalue:
      guard n == 2 else { return "insertvalue takes two operands" }
      let at = ty(ops[s + 0])
      if !tIsAggregate(at) { return "insertvalue operand must be an aggregate, got '\(desc(at))'" }
      let (rt, p) = aggregateIndexType(at, indicesAt: Int(inst.aux), count: Int(inst.aux2))
      if let p { return "insertvalue: " + p }
      if ty(ops[s + 1]) != rt { return "insertvalue value has type '\(desc(ty(ops[s + 1])))' but the indexed type is '\(desc(rt!))'" }
      return inst.type == at ? nil : "result type '\(desc(inst.type))' does not match operand type '\(desc(at))'"
    case .alloca:
      guard n <= 1 else { return "alloca takes at most one operand" }
      let at = TypeID(raw: inst.aux)
      if !isSized(at) { return "alloca of unsized type '\(desc(at))'" }
      if n == 1 && !isInt(ty(ops[s + 0])) { return "alloca count must be an integer, got '\(desc(ty(ops[s + 0])))'" }
      return inst.type == .ptr ? nil : "alloca result must be 'ptr', got '\(desc(inst.type))'"
    case .load:
      guard n == 1 else { return "load takes one operand" }
      let pt = ty(ops[s + 0])
      if kind(pt) != .pointer { return "load operand must be a pointer, got '\(desc(pt))'" }
      if !tIsFirstClass(inst.type) || !isSized(inst.type) { return "load of unsized or non-first-class type '\(desc(inst.type))'" }
      return nil
    case .store:
      guard n == 2 else { return "store takes two operands" }
      let vt = ty(ops[s + 0]), pt = ty(ops[s + 1])
      if !tIsFirstClass(vt) || !isSized(vt) { return "store of unsized or non-first-class type '\(desc(vt))'" }
      if kind(pt) != .pointer { return "store address must be a pointer, got '\(desc(pt))'" }
      return inst.type == .void ? nil : "store must not produce a value"
    case .getelementptr:
      guard n >= 1 else { return "getelementptr needs a base pointer" }
      let st = TypeID(raw: inst.aux)
      guard validType(st) else { return "getelementptr has an invalid source type" }
      if let p = gepProblem(source: st, base: ops[s + 0], indices: ops[(s + 1)..<(s + n)]) { return p }
      return kind(scalarOf(inst.type)) == .pointer ? nil : "getelementptr result must be 'ptr', got '\(desc(inst.type))'"
    case .trunc, .zext, .sext, .fptrunc, .fpext, .fptoui, .fptosi, .uitofp, .sitofp, .ptrtoint, .inttoptr, .bitcast:
      guard n == 1 else { return "'\(op.name)' takes one operand" }
      return castProblem(op, from: ty(ops[s + 0]), to: inst.type)
    case .icmp:
      guard n == 2 else { return "icmp takes two operands" }
      let a = ty(ops[s + 0]), c = ty(ops[s + 1])
      if a != c { return "operand types do not match: '\(desc(a))' and '\(desc(c))'" }
      if !isInt(a) && kind(a) != .pointer { return "icmp requires integer or pointer operands, got '\(desc(a))'" }
      if IntPredicate(rawValue: inst.pred) == nil { return "invalid icmp predicate" }
      return inst.type == .i1 ? nil : "icmp result must be 'i1', got '\(desc(inst.type))'"
    case .fcmp:
      guard n == 2 else { return "fcmp takes two operands" }
      let a = ty(ops[s + 0]), c = ty(ops[s + 1])
      if a != c { return "operand types do not match: '\(desc(a))' and '\(desc(c))'" }
      if !isFP(a) { return "fcmp requires floating-point operands, got '\(desc(a))'" }
      if FloatPredicate(rawValue: inst.pred) == nil { return "invalid fcmp predicate" }
      return inst.type == .i1 ? nil : "fcmp result must be 'i1', got '\(desc(inst.type))'"
    case .select:
      guard n == 3 else { return "select takes three operands" }
      let ct = ty(ops[s + 0])
      if scalarOf(ct) != .i1 { return "select condition must be 'i1', got '\(desc(ct))'" }
      let a = ty(ops[s + 1]), c = ty(ops[s + 2])
      if a != c { return "operand types do not match: '\(desc(a))' and '\(desc(c))'" }
      if !tIsFirstClass(a) { return "select of non-first-class type '\(desc(a))'" }
      return inst.type == a ? nil : "result type '\(desc(inst.type))' does not match operand type '\(desc(a))'"
    case .call:
      guard n >= 1 else { return "call needs a callee" }
      return callProblem(inst, argCount: n - 1)
    case .vaArg:
      guard n == 1 else { return "va_arg takes one operand" }
      if kind(ty(ops[s + 0])) != .pointer { return "va_arg operand must be a pointer, got '\(desc(ty(ops[s + 0])))'" }
      return tIsFirstClass(inst.type) ? nil : "va_arg of non-first-class type '\(desc(inst.type))'"
    case .landingpad:
      if !tIsFirstClass(inst.type) { return "landingpad of non-first-class type '\(desc(inst.type))'" }
      let ks = Int(inst.aux)
      guard ks + n <= f.extra.count else { return "landingpad has a malformed clause list" }
      if n == 0 && inst.flags & InstFlags.cleanup == 0 { return "landingpad needs at least one clause or 'cleanup'" }
      for c in 0..<n {
        let ct = ty(ops[s + c])
        switch f.extra[ks + c] {
        case 0: if kind(ct) != .pointer { return "catch clause must be a pointer, got '\(desc(ct))'" }
        case 1: if kind(ct) != .array { return "filter clause must be an array, got '\(desc(ct))'" }
        default: return "landingpad has an unknown clause kind"
        }
      }
      return nil
    case .phi, .dbgRecord:
      return nil
    }
  }

  @inline(__always) static func isBlock(_ v: Value) -> Bool { v.vtag == .block }

  func valueNameConst(_ v: Value) -> String {
    guard v.vtag == .constant else { return "?" }
    let w = m.constants.words(ConstID(raw: UInt32(v.index)))
    return "0x" + w.reversed().map { String($0, radix: 16) }.joined(separator: "_")
  }

  /// Call/invoke against the call's function type (`aux`); `@f` with a different declared type
  /// is allowed, as in LLVM with opaque pointers, except for intrinsics.
  func callProblem(_ inst: Inst, argCount: Int) -> String? {
    let s = Int(inst.operandStart)
    let ft = TypeID(raw: inst.aux)
    guard validType(ft), kind(ft) == .function else { return "call does not have a function type" }
    let callee = ops[s]
    if kind(ty(callee)) != .pointer { return "called value must be a pointer, got '\(desc(ty(callee)))'" }
    let params = typeList(ft)
    let vararg = tIsVarArg(ft)
    if argCount < params.count || (!vararg && argCount != params.count) {
      let plural = argCount == 1 ? "argument" : "arguments"
      return "call passes \(argCount) \(plural) but the callee type '\(desc(ft))' takes \(vararg ? "at least " : "")\(params.count)"
    }
    var k = 0
    for p in params {
      let at = ty(ops[s + 1 + k])
      if at != p { return "call argument \(k + 1) has type '\(desc(at))' but the callee expects '\(desc(p))'" }
      k += 1
    }
    while k < argCount {
      let at = ty(ops[s + 1 + k])
      if !tIsFirstClass(at) { return "variadic call argument \(k + 1) has invalid type '\(desc(at))'" }
      k += 1
    }
    // (`functions[...]`, not `m.functions[...]`: that copies the `Function`, retaining its arrays)
    if callee.vtag == .function && functions[callee.index].type != ft {
      let name = m.name(functions[callee.index].name)
      // An intrinsic's operation is defined by its declared signature, which lowering relies on
      // (LLVM: "Intrinsic called with incompatible signature").
      if name.hasPrefix("llvm.") {
        return "intrinsic '@\(name)' is called with type '\(desc(ft))' but declared as '\(desc(functions[callee.index].type))'"
      }
      // Otherwise valid IR (LLVM allows any call type through an opaque pointer; C calls to
      // unprototyped functions produce it), but usually a frontend bug: warn, don't fail.
      if warnings < 20 {
        warnings += 1
        diags.warning(inst.loc, "call to '@\(name)' uses type '\(desc(ft))' but it is declared as '\(desc(functions[callee.index].type))'")
      }
    }
    let rt = tReturnType(ft)
    if inst.type != rt { return "call result type '\(desc(inst.type))' does not match the callee's return type '\(desc(rt))'" }
    // Pointer-only attributes.
    let a = Int(inst.aux2)
    if a + 1 + argCount <= f.paramAttrs.count {
      for k in 0..<argCount {
        let pa = f.paramAttrs[a + 1 + k]
        if pa.flags & (ParamAttrs.byval | ParamAttrs.sret) != 0 && kind(ty(ops[s + 1 + k])) != .pointer {
          return "call argument \(k + 1) has 'byval' or 'sret' but is not a pointer"
        }
      }
    }
    return nil
  }
}

/// LLVM-style names of a function's values for messages: `%name`, or the slot number LLVM's
/// printer would give (unnamed arguments first, then per block its label and unnamed results).
private struct SlotNames {
  var argSlot: [Int32] = []
  var blockSlot: [Int32] = []
  var instSlot: [Int32] = []

  init(_ f: Function, _ m: Module) {
    var next: Int32 = 0
    argSlot = Array(repeating: -1, count: f.argTypes.count)
    for a in 0..<f.argTypes.count where a >= f.argNames.count || f.argNames[a] == .empty {
      argSlot[a] = next; next += 1
    }
    blockSlot = Array(repeating: -1, count: f.blocks.count)
    instSlot = Array(repeating: -1, count: f.insts.count)
    for b in 0..<f.blocks.count {
      let blk = f.blocks[b]
      if blk.name == .empty { blockSlot[b] = next; next += 1 }
      guard blk.instStart <= blk.instEnd, Int(blk.instEnd) <= f.insts.count else { continue }
      for i in blk.instRange {
        let named = i < f.instNames.count && f.instNames[i] != .empty
        if !named && f.insts[i].type != .void { instSlot[i] = next; next += 1 }
      }
    }
  }

  func block(_ b: Int, _ f: Function, _ m: Module) -> String {
    guard b < f.blocks.count else { return "%?" }
    if f.blocks[b].name != .empty { return "%" + m.name(f.blocks[b].name) }
    return "%\(blockSlot[b])"
  }
  func inst(_ i: Int, _ f: Function, _ m: Module) -> String {
    guard i < f.insts.count else { return "%?" }
    if i < f.instNames.count && f.instNames[i] != .empty { return "%" + m.name(f.instNames[i]) }
    return instSlot[i] >= 0 ? "%\(instSlot[i])" : "'\(f.insts[i].op.name)'"
  }
  func arg(_ a: Int, _ f: Function, _ m: Module) -> String {
    guard a < f.argTypes.count else { return "%?" }
    if a < f.argNames.count && f.argNames[a] != .empty { return "%" + m.name(f.argNames[a]) }
    return "%\(argSlot[a])"
  }
}
