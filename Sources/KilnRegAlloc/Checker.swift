// Checker: symbolically replays an allocated function (in the spirit of regalloc2's checker.rs).
// State: which vreg each register / spill slot holds. A forward dataflow over the CFG (meet over
// predecessors: a location keeps a vreg only if every predecessor agrees) runs to a fixpoint;
// a final pass reports:
// - every use reads a location holding its vreg (so clobbered registers, overwritten registers
//   and missing reloads are caught), and every block parameter location holds the edge's argument;
// - constraints: anyReg/fixed/reuse/any kinds, register class, allocatable registers;
// - an early def does not share a location with an early use, a late use or another def does not
//   share one with a late def;
// - edits are well formed (no slot-to-slot, right class, registers allocatable or scratch);
// - every callee-saved register written is reported in `usedCalleeSaved`.
// Instruction semantics (see RegAlloc.swift): edits before i; early uses read; early defs
// written; late uses read; clobbers destroy; late (and reuse) defs written; edits after i.
// Edge moves placed at a block's start (`Edit.edge` targeting that block) are applied per
// incoming edge before parameters are bound. INVARIANT: the checker never traps on bad results.

public struct CheckerError: Sendable, CustomStringConvertible {
  public var block: Int
  public var inst: Int
  public var message: String
  public var description: String { "b\(block)" + (inst >= 0 ? " i\(inst)" : "") + ": " + message }
}

struct LocVal: Equatable { var loc: UInt32; var val: UInt32 }

private let conflict: UInt32 = .max
private let clobbered: UInt32 = .max - 1

/// Replays `result` on `f` and returns every violation found (empty = valid).
public func checkAllocation(_ f: RAFunction, _ env: MachineEnv, _ result: RegAllocResult) -> [CheckerError] {
  var c = Checker(f: f, env: env, r: result)
  return c.run()
}

struct Checker {
  let f: RAFunction
  let env: MachineEnv
  let r: RegAllocResult
  var errors: [CheckerError] = []
  var report = false
  var cur: [UInt32] = []
  var mark: [Bool] = []
  var touched: [UInt32] = []
  var nLocs = 0
  var editStart: [Int] = []  // per instruction: first edit index with point >= before(i)
  let lv: RAContext
  var liveStamp: [UInt32] = []

  init(f: RAFunction, env: MachineEnv, r: RegAllocResult) { self.f = f; self.env = env; self.r = r; lv = RAContext(); lv.bind(f, env) }

  mutating func err(_ b: Int, _ i: Int, _ m: String) { if report { errors.append(CheckerError(block: b, inst: i, message: m)) } }

  func locIndex(_ a: Allocation) -> Int? {
    if let p = a.reg { return Int(p.raw) }
    if let s = a.slot, s.index < r.spillSlotCount { return 128 + s.index }
    return nil
  }
  func locName(_ l: Int) -> String { l < 128 ? PReg(raw: UInt8(l)).description : "s\(l - 128)" }
  func valName(_ v: UInt32) -> String { v == conflict ? "nothing known" : v == clobbered ? "a clobbered value" : "v\(v)" }

  mutating func set(_ l: Int, _ v: UInt32) {
    if !mark[l] { mark[l] = true; touched.append(UInt32(l)) }
    cur[l] = v
  }
  mutating func load(_ s: [LocVal]) {
    for l in touched { cur[Int(l)] = conflict; mark[Int(l)] = false }
    touched.removeAll(keepingCapacity: true)
    for e in s { set(Int(e.loc), e.val) }
  }
  mutating func extract() -> [LocVal] {
    touched.sort()
    var o: [LocVal] = []
    for l in touched where cur[Int(l)] != conflict && cur[Int(l)] != clobbered { o.append(LocVal(loc: l, val: cur[Int(l)])) }
    return o
  }
  static func meet(_ a: [LocVal], _ b: [LocVal]) -> [LocVal] {
    var o: [LocVal] = []
    var i = 0, j = 0
    while i < a.count && j < b.count {
      if a[i].loc < b[j].loc { i += 1 } else if b[j].loc < a[i].loc { j += 1 } else {
        if a[i].val == b[j].val { o.append(a[i]) }
        i += 1; j += 1
      }
    }
    return o
  }

  mutating func run() -> [CheckerError] {
    let nb = f.blocks.count, ni = f.insts.count
    guard nb > 0, r.allocs.count == f.operands.count, r.blockParamAllocs.count == f.blockParams.count else {
      return [CheckerError(block: 0, inst: -1, message: "result does not match the function (operand or parameter counts)")]
    }
    // Liveness of the input (not of the result) lets block entry forget values that are not
    // live there: stale copies can then never satisfy a later use, and states stay small.
    do { try lv.build() } catch { return [CheckerError(block: 0, inst: -1, message: "invalid function: \(error)")] }
    lv.makeLiveIn(splitOnly: false)
    liveStamp = [UInt32](repeating: .max, count: f.vregCount)
    nLocs = 128 + r.spillSlotCount
    cur = [UInt32](repeating: conflict, count: nLocs)
    mark = [Bool](repeating: false, count: nLocs)
    // edits must be sorted
    for k in 1 ..< max(r.edits.count, 1) where r.edits[k - 1].point > r.edits[k].point {
      return [CheckerError(block: 0, inst: r.edits[k].point.inst, message: "edits are not sorted by point")]
    }
    editStart = [Int](repeating: r.edits.count, count: ni + 1)
    var e = r.edits.count
    for i in stride(from: ni - 1, through: 0, by: -1) {
      while e > 0 && r.edits[e - 1].point.inst >= i { e -= 1 }
      editStart[i] = e
    }
    for ed in r.edits where ed.point.inst >= ni {
      return [CheckerError(block: nb - 1, inst: ed.point.inst, message: "edit after the last instruction")]
    }
    var outs = [[LocVal]](repeating: [], count: nb)
    var ins = [[LocVal]](repeating: [], count: nb)
    var visited = [Bool](repeating: false, count: nb)
    // Worklist to a fixpoint (states only lose entries, so this terminates).
    var queue = Array(0 ..< nb)
    var inQueue = [Bool](repeating: true, count: nb)
    var head = 0
    while head < queue.count {
      let b = queue[head]; head += 1; inQueue[b] = false
      guard let inS = blockIn(b, outs, visited) else { continue }
      if visited[b] && inS == ins[b] { continue }
      ins[b] = inS
      let o = runBlock(b, inS)
      let first = !visited[b]
      visited[b] = true
      if first || o != outs[b] {
        outs[b] = o
        for e in f.succs(b) { let t = f.edges[e].to.index; if !inQueue[t] { inQueue[t] = true; queue.append(t) } }
      }
    }
    report = true
    for b in 0 ..< nb {
      guard let inS = blockIn(b, outs, visited) else { err(b, -1, "block never reached by the checker"); continue }
      _ = runBlock(b, inS)
    }
    // usedCalleeSaved completeness
    var written = PRegSet()
    for (k, op) in f.operands.enumerated() where op.kind == .def { if let p = r.allocs[k].reg { written.insert(p) } }
    for ed in r.edits { if let p = ed.to.reg { written.insert(p) } }
    for p in written.intersection(env.calleeSaved) where !r.usedCalleeSaved.contains(p) {
      err(0, -1, "callee-saved register \(p) is written but not reported in usedCalleeSaved")
    }
    return errors
  }

  func succSideEdges(_ b: Int) -> Bool {
    // edges into b are placed at b's start when the (single) predecessor has several successors
    let preds = f.preds(b)
    guard preds.count == 1, let e = preds.first else { return false }
    return f.blocks[f.edges[Int(e)].from.index].succCount > 1
  }

  /// The in-state of block b: meet over visited predecessors of (out state + edge moves placed
  /// at b's start + parameter binding). nil if no predecessor has been visited.
  mutating func blockIn(_ b: Int, _ outs: [[LocVal]], _ visited: [Bool]) -> [LocVal]? {
    if b == 0 { return [] }
    var acc: [LocVal]? = nil
    let first = Int(f.blocks[b].instStart)
    for pe in f.preds(b) {
      let e = Int(pe)
      let p = f.edges[e].from.index
      guard visited[p] else { continue }
      load(outs[p])
      if succSideEdges(b) {
        var k = editStart[first]
        while k < r.edits.count && r.edits[k].point == .before(first) {
          let ed = r.edits[k]
          if ed.edge != .max && Int(ed.edge) < f.edges.count && f.edges[Int(ed.edge)].to.index == b { applyEdit(ed, b) }
          k += 1
        }
      }
      // bind parameters: read all args first (parallel semantics), then rename
      let params = f.params(b), args = f.args(e)
      var binds: [(Int, UInt32)] = []
      let ps = Int(f.blocks[b].paramStart)
      for (idx, (pv, av)) in zip(params, args).enumerated() {
        let a = r.blockParamAllocs[ps + idx]
        guard let l = locIndex(a) else { err(b, -1, "parameter \(pv) has no valid location (\(a))"); continue }
        if cur[l] != av.raw { err(b, -1, "on edge b\(p) -> b\(b), parameter \(pv) in \(a) holds \(valName(cur[l])) instead of argument \(av)") }
        binds.append((l, pv.raw))
      }
      for (l, v) in binds { set(l, v) }
      let s = extract()
      acc = acc.map { Checker.meet($0, s) } ?? s
    }
    guard let all = acc else { return nil }
    for k in Int(lv.liveInStart[b]) ..< Int(lv.liveInStart[b + 1]) { liveStamp[Int(lv.liveIn[k])] = UInt32(b) }
    for p in f.params(b) { liveStamp[p.index] = UInt32(b) }
    return all.filter { Int($0.val) < liveStamp.count && liveStamp[Int($0.val)] == UInt32(b) }
  }

  func checkAllocRegOK(_ p: PReg, _ cls: RegClass, allowScratch: Bool) -> Bool {
    if p.regClass != cls { return false }
    if env.regs(cls).contains(p) { return true }
    return allowScratch && env.scratch(cls) == p
  }

  mutating func applyEdit(_ ed: Edit, _ b: Int) {
    let i = ed.point.inst
    guard let fl = locIndex(ed.from), let tl = locIndex(ed.to) else { err(b, i, "edit \(ed) has an invalid location"); return }
    if ed.from.isStack && ed.to.isStack { err(b, i, "edit \(ed) moves slot to slot") }
    for a in [ed.from, ed.to] {
      if let p = a.reg, !checkAllocRegOK(p, ed.regClass, allowScratch: true) { err(b, i, "edit \(ed) uses \(p), not a \(ed.regClass) register") }
      if let s = a.slot, r.spillSlotClasses[s.index] != ed.regClass { err(b, i, "edit \(ed) uses slot \(s) of another class") }
    }
    set(tl, cur[fl])
  }

  mutating func runBlock(_ b: Int, _ inS: [LocVal]) -> [LocVal] {
    load(inS)
    let d = f.blocks[b]
    let skipEdgeIn = succSideEdges(b)
    for i in Int(d.instStart) ..< Int(d.instEnd) {
      var k = editStart[i]
      while k < r.edits.count && r.edits[k].point == .before(i) {
        let ed = r.edits[k]
        let isEdgeIn = ed.edge != .max && Int(ed.edge) < f.edges.count && f.edges[Int(ed.edge)].to.index == b && f.edges[Int(ed.edge)].from.index != b
        if !(skipEdgeIn && i == Int(d.instStart) && isEdgeIn) {
          if isEdgeIn && !(skipEdgeIn && i == Int(d.instStart)) { err(b, i, "edge move \(ed) is placed in the wrong block") }
          applyEdit(ed, b)
        }
        k += 1
      }
      checkInst(b, i)
      while k < r.edits.count && r.edits[k].point == .after(i) { applyEdit(r.edits[k], b); k += 1 }
    }
    return extract()
  }

  mutating func checkInst(_ b: Int, _ i: Int) {
    let ops = f.operandRange(i)
    // constraints
    for k in ops {
      let op = f.operands[k], a = r.allocs[k]
      let n = k - ops.lowerBound
      if a.isNone || locIndex(a) == nil { err(b, i, "operand \(n) (\(op)) has no valid location (\(a))"); continue }
      if let p = a.reg, !checkAllocRegOK(p, op.regClass, allowScratch: false) {
        err(b, i, "operand \(n) (\(op)) is in \(p), not an allocatable \(op.regClass) register")
      }
      if let s = a.slot, r.spillSlotClasses[s.index] != op.regClass { err(b, i, "operand \(n) (\(op)) is in slot \(s) of another class") }
      switch op.constraint {
      case .anyReg: if !a.isReg { err(b, i, "operand \(n) (\(op)) needs a register, got \(a)") }
      case .fixedReg(let p): if a != .reg(p) { err(b, i, "operand \(n) (\(op)) must be in \(p), got \(a)") }
      case .reuse(let t):
        if !a.isReg { err(b, i, "operand \(n) (\(op)) needs a register, got \(a)") }
        if t >= 0 && ops.lowerBound + t < ops.upperBound && r.allocs[ops.lowerBound + t] != a {
          err(b, i, "operand \(n) (\(op)) must reuse operand \(t)'s register \(r.allocs[ops.lowerBound + t]), got \(a)")
        }
      case .any: break
      }
    }
    func isLateDef(_ op: Operand) -> Bool { op.kind == .def && (op.pos == .late || op.constraint.isReuse) }
    // early uses
    for k in ops where f.operands[k].kind == .use && f.operands[k].pos == .early { checkRead(b, i, k) }
    // early defs
    for k in ops where f.operands[k].kind == .def && !isLateDef(f.operands[k]) {
      for u in ops where f.operands[u].kind == .use && f.operands[u].pos == .early && r.allocs[u] == r.allocs[k] {
        err(b, i, "early def \(f.operands[k]) shares \(r.allocs[k]) with use \(f.operands[u])")
      }
      if let l = locIndex(r.allocs[k]) { set(l, f.operands[k].vreg.raw) }
    }
    // late uses
    for k in ops where f.operands[k].kind == .use && f.operands[k].pos == .late { checkRead(b, i, k) }
    // clobbers
    let cl = f.insts[i].clobbers
    if !cl.isEmpty { for p in cl { set(Int(p.raw), clobbered) } }
    // late defs
    for k in ops where isLateDef(f.operands[k]) {
      for u in ops where u != k && r.allocs[u] == r.allocs[k] {
        let o = f.operands[u]
        if (o.kind == .use && o.pos == .late) || o.kind == .def {
          err(b, i, "def \(f.operands[k]) shares \(r.allocs[k]) with \(o)")
        }
      }
      if let l = locIndex(r.allocs[k]) { set(l, f.operands[k].vreg.raw) }
    }
  }

  mutating func checkRead(_ b: Int, _ i: Int, _ k: Int) {
    let op = f.operands[k]
    guard let l = locIndex(r.allocs[k]) else { return }
    if cur[l] != op.vreg.raw {
      err(b, i, "use \(op) reads \(r.allocs[k]), which holds \(valName(cur[l]))")
    }
  }
}
