// Work bounds for shapes of generated code that once made lowering super-linear (found with
// scripts/scaling/): each test checks a deterministic work count, never a time, on a moderately
// large input, and runs the result through the SSA interpreter.

import Testing
import KilnSupport
import KilnIR
import KilnIRParser
@testable import KilnSSA

/// Parses, verifies and lowers `text` serially with work counters (LowerStats); the SSA must
/// verify. Shared by the scaling and phi-placement tests.
func lowerCountingWork(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (SModule, LowerStats) {
  let file = SourceFile(path: "t.ll", text: text)
  var d = Diagnostics(file: file)
  let m = try #require(IRParser.parse(file, diagnostics: &d), "\(d.render())", sourceLocation: sourceLocation)
  #expect(IRVerifier.verify(m, diagnostics: &d), "\(d.render())", sourceLocation: sourceLocation)
  let stats = LowerStats()
  let s = try #require(Lowering.lower(m, target: .x86_64, diagnostics: &d, threads: 1, stats: stats), "\(d.render())",
                       sourceLocation: sourceLocation)
  let problems = SSAVerifier.verify(s)
  #expect(problems.isEmpty, "SSA verifier: \(problems.prefix(5))", sourceLocation: sourceLocation)
  return (s, stats)
}

@Suite struct ScalingTests {
  func lower(_ text: String) throws -> (SModule, LowerStats) { try lowerCountingWork(text) }

  /// A join with `n` predecessors (a switch's cases) and 3 phis of n+1 entries each; the phi
  /// entries are listed in reverse order, so the first match of a linear search is far away.
  static func joinWithManyPreds(_ n: Int) -> String {
    var s = "define i64 @f(i64 %x) {\nentry:\n  switch i64 %x, label %join [\n"
    for k in 0..<n { s += "    i64 \(k), label %b\(k)\n" }
    s += "  ]\n"
    for k in 0..<n { s += "b\(k):\n  %v\(k) = mul i64 %x, \(k + 3)\n  br label %join\n" }
    s += "join:\n"
    for (name, first) in [("p", "1"), ("q", "2"), ("r", "3")] {
      s += "  %\(name) = phi i64 [ \(first), %entry ]"
      for k in (0..<n).reversed() {
        let v = name == "p" ? "%v\(k)" : name == "q" ? "\(k)" : "%x"
        s += ", [ \(v), %b\(k) ]"
      }
      s += "\n"
    }
    s += "  %s1 = add i64 %p, %q\n  %s2 = mul i64 %s1, %r\n  ret i64 %s2\n}\n"
    return s
  }

  @Test func phiArgumentsOfAJoinWithManyPredecessors() throws {
    let n = 3000
    let (m, stats) = try lower(ScalingTests.joinWithManyPreds(n))
    // A linear search per edge and phi examines ~3n²/2 entries (13.5 million here); the sorted
    // index examines each entry once to build it, then ~log2(n) per lookup.
    let probes = stats.phiEntryProbes[0]
    #expect(probes <= 3 * (n + 1) * 16, "examined \(probes) phi entries for \(n) predecessors")
    let f = m.functions[0]
    for x: Int64 in [-1, 0, 1, 7, 1500, 2999, 3000, 100_000] {
      var ip = Interp(f)
      let res = ip.run([UInt64(bitPattern: x)])
      let out = try #require(res)
      let e: Int64 = (x >= 0 && x < Int64(n)) ? (x &* (x + 3) &+ x) &* x : (1 + 2) &* 3
      #expect(out == [UInt64(bitPattern: e)], "x = \(x)")
    }
  }

  /// Small phis keep the linear search (its cost is bounded by the phi's size).
  @Test func smallPhisStillWork() throws {
    let (m, stats) = try lower(ScalingTests.joinWithManyPreds(5))
    #expect(stats.phiEntryProbes[0] > 0)
    var ip = Interp(m.functions[0])
    let r3 = ip.run([3])
    #expect(r3 == [UInt64((3 * 6 + 3) * 3)])
    var ip2 = Interp(m.functions[0])
    let r9 = ip2.run([9])
    #expect(r9 == [9])
  }

  /// SSA input: `n` values (and the argument) defined at the entry, `n` diamonds, then every
  /// value used: each value would be live into all ~3n blocks.
  /// `lastFirst`: the final block (which uses every `%v`) laid out right after the entry, before
  /// the blocks that dominate it, and reading `%a0` (defined in one of them) too, so that the
  /// function is lowered in reverse postorder; it then returns the result xor x.
  static func liveAcrossDiamonds(_ n: Int, lastFirst: Bool = false) -> String {
    var s = "define i64 @f(i64 %x, i64 %y) {\nentry:\n"
    for k in 0..<n { s += "  %v\(k) = mul i64 %x, \(k + 3)\n" }
    s += "  br label %c0\n"
    var last = "c\(n):\n  %a\(n) = phi i64 [ %l\(n - 1), %t\(n - 1) ], [ %r\(n - 1), %e\(n - 1) ]\n"
    last += "  %s0 = xor i64 %a\(n), %y\n"
    for k in 0..<n { last += "  %s\(k + 1) = xor i64 %s\(k), %v\(k)\n" }
    last += lastFirst ? "  %z = xor i64 %s\(n), %a0\n  ret i64 %z\n" : "  ret i64 %s\(n)\n"
    if lastFirst { s += last }
    for k in 0..<n {
      let inc = k == 0 ? "[ %x, %entry ]" : "[ %l\(k - 1), %t\(k - 1) ], [ %r\(k - 1), %e\(k - 1) ]"
      s += "c\(k):\n  %a\(k) = phi i64 \(inc)\n  %cc\(k) = icmp ugt i64 %a\(k), \(k * 31 % 1000)\n"
      s += "  br i1 %cc\(k), label %t\(k), label %e\(k)\n"
      s += "t\(k):\n  %l\(k) = sub i64 %a\(k), \(k)\n  br label %c\(k + 1)\n"
      s += "e\(k):\n  %r\(k) = add i64 %a\(k), 3\n  br label %c\(k + 1)\n"
    }
    if !lastFirst { s += last }
    return s + "}\n"
  }

  /// Sum over SSA values of the blocks (in layout order) between the first and last of the
  /// value's defining block and the blocks that use it: what the register allocator's live-in
  /// lists grow with.
  static func blockSpans(_ f: SFunction) -> Int {
    var blockOf = [Int](repeating: 0, count: f.insts.count)
    for (b, blk) in f.blocks.enumerated() { for i in Int(blk.instStart)..<Int(blk.instEnd) { blockOf[i] = b } }
    var lo = [Int](repeating: Int.max, count: f.values.count), hi = [Int](repeating: -1, count: f.values.count)
    func use(_ v: SValue, _ b: Int) { lo[v.index] = min(lo[v.index], b); hi[v.index] = max(hi[v.index], b) }
    for (b, blk) in f.blocks.enumerated() {
      for i in Int(blk.instStart)..<Int(blk.instEnd) {
        for v in f.operands(SInstID(i)) { use(v, b) }
        for c in f.succs(SInstID(i)) { for v in f.args(c) { use(v, b) } }
      }
    }
    var total = 0
    for (v, d) in f.values.enumerated() where hi[v] >= 0 {
      let db = d.isParam ? Int(d.owner) : blockOf[Int(d.owner)]
      total += max(hi[v], db) - min(lo[v], db)
    }
    return total
  }

  /// Also when the layout is not in dominance order (the function is then lowered in reverse
  /// postorder, and demotion measures spans in that order).
  @Test(arguments: [false, true])
  func valuesLiveAcrossThousandsOfBlocksAreDemoted(lastFirst: Bool) throws {
    let n = 1200
    let (m, _) = try lower(ScalingTests.liveAcrossDiamonds(n, lastFirst: lastFirst))
    let f = m.functions[0]
    // Without demotion: n values (and %y) across 3n blocks, 4.3 million block spans.
    let spans = ScalingTests.blockSpans(f)
    #expect(spans <= FunctionLowering.demoteBudget + FunctionLowering.demoteBudget / 4, "block spans \(spans)")
    #expect(!f.stackSlots.isEmpty)
    for x: UInt64 in [0, 5, 900, 123_456] {
      var ip = Interp(f)
      let res = ip.run([x, 77])
      let out = try #require(res)
      var a = x
      for k in 0..<UInt64(n) { a = a > k * 31 % 1000 ? a &- k : a &+ 3 }
      var s = a ^ 77
      for k in 0..<UInt64(n) { s ^= x &* (k + 3) }
      if lastFirst { s ^= x }
      #expect(out == [s], "x = \(x)")
    }
  }

  /// Below the budget nothing changes: no slots, spans as the values' true extent.
  @Test func smallFunctionsAreNotDemoted() throws {
    let (m, _) = try lower(ScalingTests.liveAcrossDiamonds(100))
    #expect(m.functions[0].stackSlots.isEmpty)
    #expect(ScalingTests.blockSpans(m.functions[0]) > 100 * 300)
  }
}

