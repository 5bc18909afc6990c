// Random valid allocator inputs for the randomized tests and the speed measurement.
// Shape: random CFG (a fall-through chain plus random forward/back edges, critical edges split),
// dominance-respecting uses (a block sees values defined in its dominators and earlier in
// itself), block params with random branch arguments, and instruction templates that mirror
// what isel emits (plain ops, moves, two-address ops, fixed operands, div-like fixed pairs,
// calls with clobbers, early defs, late uses, `any` operands). Templates never demand more
// registers at one point than the env has (given at least 2 per class). Uses only public API.

import KilnRegAlloc

struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func int(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
  mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) < p * 1_000_000 }
}

func makeEnv(int ni: Int, float nf: Int, calleeSavedInt: Int = 0, calleeSavedFloat: Int = 0, scratch: Bool = true) -> MachineEnv {
  let ints = (0 ..< ni).map { PReg(.int, $0) }
  let floats = (0 ..< nf).map { PReg(.float, $0) }
  var cs = PRegSet()
  for r in ints.suffix(calleeSavedInt) { cs.insert(r) }
  for r in floats.suffix(calleeSavedFloat) { cs.insert(r) }
  return MachineEnv(int: ints, float: floats, calleeSaved: cs,
                    scratchInt: scratch ? PReg(.int, ni) : nil, scratchFloat: scratch ? PReg(.float, nf) : nil)
}

struct RandomFunctionGenerator {
  var rng: SplitMix64
  let env: MachineEnv
  var blockCount: Int
  var insts: ClosedRange<Int>
  var window = 12
  var callRate = 0.08
  /// 0: branch targets anywhere (loops of any size); n: targets within n blocks (local loops).
  var maxJump = 0

  init(seed: UInt64, env: MachineEnv, blocks: Int, insts: ClosedRange<Int>) {
    rng = SplitMix64(seed: seed); self.env = env; blockCount = max(1, blocks); self.insts = insts
  }

  struct GenInst { var ops: [Operand]; var clobbers = PRegSet(); var isMove = false }

  mutating func generate() -> RAFunction {
    // CFG
    let n = blockCount
    var edges: [(Int, Int)] = []
    for i in 0 ..< n - 1 {
      edges.append((i, i + 1))
      if rng.chance(0.45) {
        var t = 1 + rng.int(n - 1)
        if maxJump > 0 { t = max(1, min(n - 1, i + 1 + rng.int(2 * maxJump + 1) - maxJump)) }
        if t == i + 1 { t = i + 1 < n - 1 ? i + 2 : 1 }
        edges.append((i, t))
      }
    }
    var nb = n
    var succCount = [Int](repeating: 0, count: nb), predCount = [Int](repeating: 0, count: nb)
    for (a, b) in edges { succCount[a] += 1; predCount[b] += 1 }
    var final: [(Int, Int)] = []
    for (a, b) in edges {
      if succCount[a] > 1 && predCount[b] > 1 { let c = nb; nb += 1; final.append((a, c)); final.append((c, b)) } else { final.append((a, b)) }
    }
    var succs = [[Int]](repeating: [], count: nb), preds = [[Int]](repeating: [], count: nb)
    for (a, b) in final { succs[a].append(b); preds[b].append(a) }
    // RPO + dominators (Cooper, Harvey, Kennedy)
    var rpo: [Int] = [], seen = [Bool](repeating: false, count: nb)
    func dfs(_ b: Int) { seen[b] = true; for s in succs[b] where !seen[s] { dfs(s) }; rpo.append(b) }
    dfs(0)
    rpo.reverse()
    var order = [Int](repeating: 0, count: nb)
    for (k, b) in rpo.enumerated() { order[b] = k }
    var idom = [Int](repeating: -1, count: nb)
    idom[0] = 0
    var changed = true
    while changed {
      changed = false
      for b in rpo where b != 0 {
        var new = -1
        for p in preds[b] where idom[p] != -1 {
          if new == -1 { new = p; continue }
          var x = p, y = new
          while x != y { while order[x] > order[y] { x = idom[x] }; while order[y] > order[x] { y = idom[y] } }
          new = x
        }
        if new != idom[b] { idom[b] = new; changed = true }
      }
    }
    // Values
    var fb = RAFunctionBuilder()
    let blocks = (0 ..< nb).map { _ in fb.newBlock() }
    var params = [[VReg]](repeating: [], count: nb)
    var classOf: [RegClass] = []
    func newV(_ c: RegClass, _ fb: inout RAFunctionBuilder) -> VReg { let v = fb.newVReg(c); classOf.append(c); return v }
    for b in 1 ..< nb where rng.chance(0.35) {
      for _ in 0 ... rng.int(2) {
        let c: RegClass = rng.chance(0.3) ? .float : .int
        let v = fb.addParam(blocks[b], c)
        while classOf.count < v.index { classOf.append(.int) }
        classOf.append(c)
        params[b].append(v)
      }
    }
    var availEnd = [[[VReg]]](repeating: [[], []], count: nb)
    var code = [[GenInst]](repeating: [], count: nb)
    let ri = env.regs(.int), rf = env.regs(.float)
    let csInt = env.callerSaved(.int), csFloat = env.callerSaved(.float)
    var callClobbers = PRegSet()
    for r in csInt + csFloat { callClobbers.insert(r) }
    for b in rpo {
      var avail: [[VReg]] = b == 0 ? [[], []] : availEnd[idom[b]].map { Array($0.suffix(window)) }
      for p in params[b] { avail[Int(classOf[p.index].rawValue)].append(p) }
      var list: [GenInst] = []
      func pick(_ c: RegClass) -> VReg {
        let a = avail[Int(c.rawValue)]
        let w = min(a.count, window)
        return a[a.count - 1 - rng.int(w)]
      }
      if b == 0 {
        var ops: [Operand] = []
        let a = newV(.int, &fb), f0 = newV(.float, &fb)
        ops.append(.def(a, .int, .fixedReg(ri[0])))
        ops.append(.def(f0, .float, .fixedReg(rf[0])))
        avail[0].append(a); avail[1].append(f0)
        if ri.count > 1 { let a2 = newV(.int, &fb); ops.append(.def(a2, .int, .fixedReg(ri[1]))); avail[0].append(a2) }
        list.append(GenInst(ops: ops))
      }
      let count = insts.lowerBound + rng.int(insts.count)
      for _ in 0 ..< count {
        let c: RegClass = rng.chance(0.25) ? .float : .int
        let regs = c == .int ? ri : rf
        let k = regs.count
        var g = GenInst(ops: [])
        var t = rng.int(10)
        if rng.chance(callRate) { t = 6 } else if t == 6 { t = 0 }
        switch t {
        case 3:
          let d = newV(c, &fb)
          g.ops = [.use(pick(c), c), .def(d, c)]; g.isMove = true
          avail[Int(c.rawValue)].append(d)
        case 4:
          let d = newV(c, &fb)
          g.ops = [.use(pick(c), c)]
          if rng.chance(0.6) { g.ops.append(.use(pick(c), c, rng.chance(0.3) ? .any : .anyReg)) }
          g.ops.append(.def(d, c, .reuse(0)))
          avail[Int(c.rawValue)].append(d)
        case 5:
          let d = newV(c, &fb)
          g.ops = [.use(pick(c), c, .fixedReg(regs[rng.int(k)]))]
          if rng.chance(0.5) { g.ops.append(.use(pick(c), c)) }
          g.ops.append(.def(d, c, .fixedReg(regs[rng.int(k)])))
          avail[Int(c.rawValue)].append(d)
        case 6:
          var ops: [Operand] = []
          for (j, r) in csInt.prefix(2).enumerated() where j == 0 || rng.chance(0.5) { ops.append(.use(pick(.int), .int, .fixedReg(r))) }
          if let r = csFloat.first, rng.chance(0.4) { ops.append(.use(pick(.float), .float, .fixedReg(r))) }
          if let r = csInt.first {
            let d = newV(.int, &fb); ops.append(.def(d, .int, .fixedReg(r))); avail[0].append(d)
          }
          if let r = csFloat.first, rng.chance(0.3) {
            let d = newV(.float, &fb); ops.append(.def(d, .float, .fixedReg(r))); avail[1].append(d)
          }
          g.ops = ops; g.clobbers = callClobbers
        case 7:
          let d = newV(c, &fb)
          g.ops = [.use(pick(c), c), .def(d, c, .anyReg, .early)]
          avail[Int(c.rawValue)].append(d)
        case 8:
          let d = newV(c, &fb)
          g.ops = [.use(pick(c), c, .anyReg, .late)]
          if rng.chance(0.5) { g.ops.append(.use(pick(c), c)) }
          g.ops.append(.def(d, c))
          avail[Int(c.rawValue)].append(d)
        case 9 where c == .int && k >= 2:
          let q = newV(.int, &fb), rem = newV(.int, &fb)
          g.ops = [.use(pick(.int), .int, .fixedReg(regs[0])), .use(pick(.int), .int),
                   .def(q, .int, .fixedReg(regs[0])), .def(rem, .int, .fixedReg(regs[1]))]
          avail[0].append(q); avail[0].append(rem)
        default:
          let d = newV(c, &fb)
          let nu = 1 + rng.int(min(2, k - 1))
          for _ in 0 ..< nu { g.ops.append(.use(pick(c), c, rng.chance(0.2) ? .any : .anyReg)) }
          g.ops.append(.def(d, c, rng.chance(0.15) ? .any : .anyReg))
          avail[Int(c.rawValue)].append(d)
        }
        list.append(g)
      }
      // terminator
      switch succs[b].count {
      case 0: list.append(GenInst(ops: [.use(pick(.int), .int, .fixedReg(ri[0]))]))
      case 1: list.append(GenInst(ops: []))
      default: list.append(GenInst(ops: [.use(pick(.int), .int)]))
      }
      code[b] = list
      availEnd[b] = avail
    }
    for b in 0 ..< nb {
      fb.switchTo(blocks[b])
      for g in code[b] { fb.inst(g.ops, clobbers: g.clobbers, isMove: g.isMove) }
    }
    for (a, b) in final {
      var args: [VReg] = []
      for p in params[b] {
        let pool = availEnd[a][Int(classOf[p.index].rawValue)]
        args.append(pool[pool.count - 1 - rng.int(min(pool.count, window))])
      }
      fb.edge(blocks[a], blocks[b], args: args)
    }
    do { return try fb.finish() } catch { fatalError("generator produced an invalid function: \(error)") }
  }
}
