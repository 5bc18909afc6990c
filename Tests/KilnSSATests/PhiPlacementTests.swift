// SSA construction for promoted allocas (LowerBuilder.swift, LowerPhiPlacement.swift): the number
// of phis created stays linear where plain Braun et al. would create a quadratic number of trivial
// ones, and the results stay right when a block is laid out before its dominator (the fallback
// path) and in an irreducible loop. Results are checked by running the SSA (LowerInterp).

import Testing
import KilnSupport
import KilnIR
import KilnIRParser
@testable import KilnSSA

@Suite struct PhiPlacementTests {
  /// Lowers `text` serially; returns the module and the phis created per function.
  func lowerCounting(_ text: String) throws -> (SModule, [Int]) {
    let (s, stats) = try lowerCountingWork(text)
    return (s, Array(stats.phisCreated))
  }

  /// N locals, then N `if (x > k) v_k += x` in sequence, then the sum of all locals.
  static func sequentialIfs(_ n: Int) -> String {
    var s = "define i64 @f(i64 %x) {\nentry:\n"
    for k in 0..<n { s += "  %v\(k) = alloca i64, align 8\n" }
    for k in 0..<n { s += "  store i64 \(k), ptr %v\(k), align 8\n" }
    s += "  br label %c0\n"
    for k in 0..<n {
      s += "c\(k):\n  %cmp\(k) = icmp sgt i64 %x, \(k)\n  br i1 %cmp\(k), label %t\(k), label %c\(k + 1)\n"
      s += "t\(k):\n  %l\(k) = load i64, ptr %v\(k), align 8\n  %a\(k) = add i64 %l\(k), %x\n"
      s += "  store i64 %a\(k), ptr %v\(k), align 8\n  br label %c\(k + 1)\n"
    }
    s += "c\(n):\n  %s0 = add i64 0, 0\n"
    for k in 0..<n {
      s += "  %r\(k) = load i64, ptr %v\(k), align 8\n  %s\(k + 1) = add i64 %s\(k), %r\(k)\n"
    }
    s += "  ret i64 %s\(n)\n}\n"
    return s
  }

  @Test func sequentialIfsCreateLinearlyManyPhis() throws {
    let n = 300
    let (m, created) = try lowerCounting(PhiPlacementTests.sequentialIfs(n))
    let f = m.functions[0]
    // Each join c(k+1) merges v_k only; every other local passes through unchanged.
    var params = 0
    for b in 1..<f.blocks.count { params += f.params(SBlockID(b)).count }
    #expect(params == n)
    // Plain Braun would create a trivial phi for every local at every later join (~n²/2).
    #expect(created[0] <= 2 * n, "created \(created[0]) phis for \(n) locals")
    for x: Int64 in [-1, 0, 7, 150, 299, 1000] {
      var ip = Interp(f)
      let res = ip.run([UInt64(bitPattern: x)])
      let out = try #require(res)
      var e: Int64 = 0
      for k in 0..<Int64(n) { e &+= k + (x > k ? x : 0) }
      #expect(out == [UInt64(bitPattern: e)], "x = \(x)")
    }
  }

  @Test func blockBeforeItsDominatorUsesTheFallback() throws {
    // `body` is laid out before `head`, which dominates it: when `body` is lowered its dominator
    // is not, so its reads take Braun's path; `head` and `exit` take the dominator path.
    let (m, _) = try lowerCounting("""
      define i64 @f(i64 %n) {
      entry:
        %i = alloca i64, align 8
        %acc = alloca i64, align 8
        %k = alloca i64, align 8
        store i64 0, ptr %i, align 8
        store i64 1, ptr %acc, align 8
        store i64 5, ptr %k, align 8
        br label %head
      body:
        %a = load i64, ptr %acc, align 8
        %kk = load i64, ptr %k, align 8
        %a2 = mul i64 %a, 3
        %a3 = add i64 %a2, %kk
        store i64 %a3, ptr %acc, align 8
        %iv0 = load i64, ptr %i, align 8
        %iv1 = add i64 %iv0, 1
        store i64 %iv1, ptr %i, align 8
        br label %head
      head:
        %iv = load i64, ptr %i, align 8
        %c = icmp slt i64 %iv, %n
        br i1 %c, label %body, label %exit
      exit:
        %r = load i64, ptr %acc, align 8
        %kr = load i64, ptr %k, align 8
        %s = add i64 %r, %kr
        ret i64 %s
      }
      """)
    for n: UInt64 in [0, 1, 2, 5, 10] {
      var ip = Interp(m.functions[0])
      let res = ip.run([n])
      let out = try #require(res)
      var acc: UInt64 = 1
      for _ in 0..<n { acc = acc &* 3 &+ 5 }
      #expect(out == [acc &+ 5], "n = \(n)")
    }
  }

  @Test func irreducibleLoopKeepsItsValues() throws {
    // Two entries into the cycle a <-> b: neither block dominates the other.
    let (m, _) = try lowerCounting("""
      define i64 @f(i64 %n, i64 %start) {
      entry:
        %i = alloca i64, align 8
        %t = alloca i64, align 8
        store i64 0, ptr %i, align 8
        store i64 0, ptr %t, align 8
        %c0 = icmp eq i64 %start, 0
        br i1 %c0, label %a, label %b
      a:
        %ta = load i64, ptr %t, align 8
        %ta2 = add i64 %ta, 1
        store i64 %ta2, ptr %t, align 8
        %ia = load i64, ptr %i, align 8
        %ia2 = add i64 %ia, 1
        store i64 %ia2, ptr %i, align 8
        %ca = icmp slt i64 %ia2, %n
        br i1 %ca, label %b, label %exit
      b:
        %tb = load i64, ptr %t, align 8
        %tb2 = mul i64 %tb, 2
        store i64 %tb2, ptr %t, align 8
        %ib = load i64, ptr %i, align 8
        %ib2 = add i64 %ib, 1
        store i64 %ib2, ptr %i, align 8
        %cb = icmp slt i64 %ib2, %n
        br i1 %cb, label %a, label %exit
      exit:
        %r = load i64, ptr %t, align 8
        ret i64 %r
      }
      """)
    for start: UInt64 in [0, 1] {
      for n: UInt64 in [1, 2, 3, 6, 9] {
        var ip = Interp(m.functions[0])
        let res = ip.run([n, start])
        let out = try #require(res)
        var t: UInt64 = 0, i: UInt64 = 0
        var inA = start == 0
        while true {
          if inA { t &+= 1 } else { t &*= 2 }
          i += 1
          if i >= n { break }
          inA.toggle()
        }
        #expect(out == [t], "n = \(n), start = \(start)")
      }
    }
  }
}
