// Runs lowered SSA in a small interpreter to check the integer legalization (odd widths and wide
// integers split into i64 pieces) against Swift's 128-bit integers, and mem2reg'd loops against
// their expected results. The interpreter covers the straight-line integer subset, branches,
// block parameters and stack memory; it exists only for these tests.

import Testing
import KilnSupport
import KilnIR
@testable import KilnSSA

struct Interp {
  let f: SFunction
  var vals: [UInt64]
  var mem = [UInt8](repeating: 0, count: 1 << 16)
  var slotBase: [Int] = []

  init(_ f: SFunction) {
    self.f = f
    vals = [UInt64](repeating: 0, count: f.values.count)
    var off = 16
    for s in f.stackSlots {
      off = (off + Int(s.align) - 1) / Int(s.align) * Int(s.align)
      slotBase.append(off)
      off += Int(s.size)
    }
  }

  static func mask(_ x: UInt64, _ t: SType) -> UInt64 { t.bits >= 64 ? x : x & ((1 << UInt64(t.bits)) - 1) }
  static func sext(_ x: UInt64, _ bits: Int) -> Int64 {
    bits >= 64 ? Int64(bitPattern: x) : Int64(bitPattern: x << UInt64(64 - bits)) >> Int64(64 - bits)
  }

  mutating func run(_ args: [UInt64]) -> [UInt64]? {
    var b = 0
    for (k, p) in f.params(SBlockID(0)).enumerated() { vals[p.index] = Interp.mask(args[k], f.type(p)) }
    var steps = 0
    while steps < 100_000 {
      steps += 1
      let blk = f.blocks[b]
      for ii in Int(blk.instStart)..<Int(blk.instEnd) {
        let inst = f.insts[ii]
        let ops = f.operands(SInstID(ii)).map { vals[$0.index] }
        let t = inst.type
        func r(_ x: UInt64) { vals[inst.result.index] = Interp.mask(x, f.type(inst.result)) }
        func s(_ k: Int) -> Int64 { Interp.sext(ops[k], t.bits) }
        let sh = UInt64(t.bits)
        switch inst.op {
        case .iconst: r(UInt64(bitPattern: inst.imm))
        case .iadd: r(ops[0] &+ ops[1])
        case .isub: r(ops[0] &- ops[1])
        case .imul: r(ops[0] &* ops[1])
        case .umulhi: r(ops[0].multipliedFullWidth(by: ops[1]).high)
        case .smulhi: r(UInt64(bitPattern: Int64(bitPattern: ops[0]).multipliedFullWidth(by: Int64(bitPattern: ops[1])).high))
        case .udiv: r(ops[0] / ops[1])
        case .urem: r(ops[0] % ops[1])
        case .sdiv: r(UInt64(bitPattern: s(0) / s(1)))
        case .srem: r(UInt64(bitPattern: s(0) % s(1)))
        case .band: r(ops[0] & ops[1])
        case .bor: r(ops[0] | ops[1])
        case .bxor: r(ops[0] ^ ops[1])
        case .shl: r(ops[0] << (ops[1] % sh))
        case .lshr: r(ops[0] >> (ops[1] % sh))
        case .ashr: r(UInt64(bitPattern: s(0) >> Int64(ops[1] % sh)))
        case .sextInReg: r(UInt64(bitPattern: Interp.sext(ops[0], Int(inst.imm))))
        case .clz: r(UInt64(ops[0] == 0 ? t.bits : (ops[0] << (64 - sh)).leadingZeroBitCount))
        case .ctz: r(UInt64(ops[0] == 0 ? t.bits : ops[0].trailingZeroBitCount))
        case .popcnt: r(UInt64(ops[0].nonzeroBitCount))
        case .icmp:
          let a = ops[0], c = ops[1]
          let sa = Interp.sext(a, t.bits), sc = Interp.sext(c, t.bits)
          let res: Bool
          switch IntPredicate(rawValue: inst.cc)! {
          case .eq: res = a == c
          case .ne: res = a != c
          case .ugt: res = a > c
          case .uge: res = a >= c
          case .ult: res = a < c
          case .ule: res = a <= c
          case .sgt: res = sa > sc
          case .sge: res = sa >= sc
          case .slt: res = sa < sc
          case .sle: res = sa <= sc
          }
          r(res ? 1 : 0)
        case .select: r(ops[0] != 0 ? ops[1] : ops[2])
        case .uextend, .ireduce: r(ops[0])
        case .sextend:
          let from = f.type(f.operands[Int(inst.operandStart)])
          r(UInt64(bitPattern: Interp.sext(ops[0], from.bits)))
        case .stackAddr: r(UInt64(slotBase[Int(inst.aux)]) &+ UInt64(bitPattern: inst.imm))
        case .load:
          let a = Int(ops[0] &+ UInt64(bitPattern: inst.imm))
          var x: UInt64 = 0
          for k in 0..<t.bytes { x |= UInt64(mem[a + k]) << UInt64(8 * k) }
          r(x)
        case .store:
          let a = Int(ops[1] &+ UInt64(bitPattern: inst.imm))
          for k in 0..<t.bytes { mem[a + k] = UInt8(truncatingIfNeeded: ops[0] >> UInt64(8 * k)) }
        case .ret: return ops
        case .jump, .brif, .switch_:
          var succ = 0
          if inst.op == .brif { succ = ops[0] != 0 ? 0 : 1 }
          if inst.op == .switch_ {
            for k in 0..<Int(inst.succCount) - 1 where f.switchCases[Int(inst.caseStart) + k] == ops[0] { succ = k + 1; break }
          }
          let call = f.succs(SInstID(ii))[Int(inst.succStart) + succ]
          let args = f.args(call).map { vals[$0.index] }
          for (k, p) in f.params(call.block).enumerated() { vals[p.index] = args[k] }
          b = call.block.index
        default: return nil
        }
      }
    }
    return nil
  }
}

@Suite struct LowerInterpTests {
  static let widths = [1, 7, 24, 40, 64, 65, 72, 96, 127, 128]

  func rand(_ g: inout SystemRandomNumberGenerator, _ w: Int) -> UInt128 {
    var x = UInt128(g.next() as UInt64) << 64 | UInt128(g.next() as UInt64)
    if Bool.random(using: &g) { x >>= UInt128(Int.random(in: 0..<128, using: &g)) }
    return w >= 128 ? x : x & ((1 << UInt128(w)) - 1)
  }
  func mask(_ x: UInt128, _ w: Int) -> UInt128 { w >= 128 ? x : x & ((1 << UInt128(w)) - 1) }
  func sext(_ x: UInt128, _ w: Int) -> Int128 { Int128(bitPattern: x << UInt128(128 - w)) >> Int128(128 - w) }
  func words(_ x: UInt128, _ w: Int) -> [UInt64] {
    w <= 64 ? [UInt64(truncatingIfNeeded: x)] : [UInt64(truncatingIfNeeded: x), UInt64(truncatingIfNeeded: x >> 64)]
  }
  func value(_ ws: [UInt64]) -> UInt128 { ws.count == 1 ? UInt128(ws[0]) : UInt128(ws[1]) << 64 | UInt128(ws[0]) }

  func compile(_ body: String, _ w: Int, ret: String? = nil) throws -> SFunction {
    let text = "define \(ret ?? "i\(w)") @f(i\(w) %a, i\(w) %b) {\n\(body)\n}\n"
    let m = try #require(lowerOK(text))
    return m.functions[0]
  }

  @Test func binaryOperationsMatchReference() throws {
    var g = SystemRandomNumberGenerator()
    for w in LowerInterpTests.widths {
      for op in ["add", "sub", "mul", "and", "or", "xor"] {
        let f = try compile("  %r = \(op) i\(w) %a, %b\n  ret i\(w) %r", w)
        for _ in 0..<200 {
          let a = rand(&g, w), b = rand(&g, w)
          var ip = Interp(f)
          let res = ip.run(words(a, w) + words(b, w))
          let out = try #require(res)
          let expect: UInt128
          switch op {
          case "add": expect = mask(a &+ b, w)
          case "sub": expect = mask(a &- b, w)
          case "mul": expect = mask(a &* b, w)
          case "and": expect = a & b
          case "or": expect = a | b
          default: expect = a ^ b
          }
          #expect(value(out) == expect, "i\(w) \(op) \(a) \(b)")
        }
      }
    }
  }

  @Test func constantShiftsMatchReference() throws {
    var g = SystemRandomNumberGenerator()
    for w in LowerInterpTests.widths where w > 1 {
      for amt in Set([0, 1, w / 2, w - 1, min(63, w - 1), min(64, w - 1)]) {
        for op in ["shl", "lshr", "ashr"] {
          let f = try compile("  %r = \(op) i\(w) %a, \(amt)\n  ret i\(w) %r", w)
          for _ in 0..<50 {
            let a = rand(&g, w)
            var ip = Interp(f)
            let res = ip.run(words(a, w) + words(0, w))
          let out = try #require(res)
            let expect: UInt128
            switch op {
            case "shl": expect = mask(a << UInt128(amt), w)
            case "lshr": expect = a >> UInt128(amt)
            default: expect = mask(UInt128(bitPattern: sext(a, w) >> Int128(amt)), w)
            }
            #expect(value(out) == expect, "i\(w) \(op) \(a) by \(amt)")
          }
        }
      }
    }
  }

  @Test func comparesMatchReference() throws {
    var g = SystemRandomNumberGenerator()
    for w in LowerInterpTests.widths {
      for p in IntPredicate.allCases {
        let f = try compile("  %c = icmp \(p) i\(w) %a, %b\n  %r = zext i1 %c to i8\n  ret i8 %r", w, ret: "i8")
        for k in 0..<100 {
          let a = rand(&g, w)
          let b = k % 4 == 0 ? a : rand(&g, w)
          var ip = Interp(f)
          let res = ip.run(words(a, w) + words(b, w))
          let out = try #require(res)
          let sa = sext(a, w), sb = sext(b, w)
          let e: Bool
          switch p {
          case .eq: e = a == b
          case .ne: e = a != b
          case .ugt: e = a > b
          case .uge: e = a >= b
          case .ult: e = a < b
          case .ule: e = a <= b
          case .sgt: e = sa > sb
          case .sge: e = sa >= sb
          case .slt: e = sa < sb
          case .sle: e = sa <= sb
          }
          #expect(out == [e ? 1 : 0], "icmp \(p) i\(w) \(a) \(b)")
        }
      }
    }
  }

  @Test func castsMatchReference() throws {
    var g = SystemRandomNumberGenerator()
    for from in LowerInterpTests.widths {
      for to in LowerInterpTests.widths where to != from {
        let op = to > from ? ["zext", "sext"] : ["trunc"]
        for o in op {
          let text = "define i\(to) @f(i\(from) %a) {\n  %r = \(o) i\(from) %a to i\(to)\n  ret i\(to) %r\n}\n"
          let m = try #require(lowerOK(text))
          for _ in 0..<40 {
            let a = rand(&g, from)
            var ip = Interp(m.functions[0])
            let res = ip.run(words(a, from))
          let out = try #require(res)
            let e: UInt128 = o == "sext" ? mask(UInt128(bitPattern: sext(a, from)), to) : mask(a, to)
            #expect(value(out) == e, "\(o) i\(from) \(a) to i\(to)")
          }
        }
      }
    }
  }

  @Test func oddWidthMemoryRoundTrips() throws {
    var g = SystemRandomNumberGenerator()
    for w in [24, 40, 48, 56, 72, 96, 100, 127] {
      let f = try compile("""
          %p = alloca [4 x i64], align 8
          %q = getelementptr i8, ptr %p, i64 3
          store i\(w) %a, ptr %q, align 1
          %v = load i\(w), ptr %q, align 1
          ret i\(w) %v
        """, w)
      for _ in 0..<50 {
        let a = rand(&g, w)
        var ip = Interp(f)
        let res = ip.run(words(a, w) + words(0, w))
          let out = try #require(res)
        #expect(value(out) == a, "i\(w) round trip \(a)")
      }
    }
  }

  @Test func promotedLoopComputesItsResult() throws {
    let m = try #require(lowerOK("""
      define i64 @f(i32 %n) {
      entry:
        %i = alloca i32, align 4
        %acc = alloca i128, align 16
        store i32 0, ptr %i, align 4
        store i128 1, ptr %acc, align 16
        br label %cond
      cond:
        %0 = load i32, ptr %i, align 4
        %c = icmp slt i32 %0, %n
        br i1 %c, label %body, label %end
      body:
        %1 = load i128, ptr %acc, align 16
        %2 = mul i128 %1, 3
        store i128 %2, ptr %acc, align 16
        %3 = add i32 %0, 1
        store i32 %3, ptr %i, align 4
        br label %cond
      end:
        %4 = load i128, ptr %acc, align 16
        %5 = lshr i128 %4, 64
        %6 = trunc i128 %5 to i64
        ret i64 %6
      }
      """))
    let f = m.functions[0]
    #expect(count(f, .load) == 0 && count(f, .store) == 0)
    var ip = Interp(f)
    let res = ip.run([50])
          let out = try #require(res)
    var e: UInt128 = 1
    for _ in 0..<50 { e = e &* 3 }
    #expect(out == [UInt64(truncatingIfNeeded: e >> 64)])
  }

  /// IR may lay a block out before the block that dominates it (a loop's body before its
  /// header; a definition in a block that branches back): such functions are lowered in reverse
  /// postorder, and every use sees its definition. (They were lowered in layout order, and a
  /// use laid out before its definition read a stale value.)
  @Test func blocksLaidOutBeforeTheirDominatorsLowerCorrectly() throws {
    let m = try #require(lowerOK("""
      define i32 @loop(i32 %n) {
      entry:
        br label %head
      body:
        %inc = add i32 %i, 1
        %acc2 = add i32 %acc, %i
        br label %head
      head:
        %i = phi i32 [ 0, %entry ], [ %inc, %body ]
        %acc = phi i32 [ 0, %entry ], [ %acc2, %body ]
        %done = icmp sge i32 %i, %n
        br i1 %done, label %exit, label %body
      exit:
        ret i32 %acc
      }
      define i32 @later(i32 %a) {
      entry:
        br label %D
      U:
        %z = add i32 %w, %a
        ret i32 %z
      D:
        %w = mul i32 %a, 5
        br label %U
      }
      define i32 @dead(i32 %a) {
      entry:
        ret i32 %a
      X:
        %q = add i32 %r, 1
        ret i32 %q
      Y:
        %r = add i32 %a, 2
        br label %X
      }
      define i32 @selfUse(i32 %a) {
      entry:
        ret i32 %a
      dead:
        %x = add i32 %x, 1
        br label %dead
      dead1:
        %p = add i32 %q, 1
        br label %dead2
      dead2:
        %q = add i32 %p, 1
        br label %dead1
      }
      define i32 @deadEdge(i32 %a) {
      entry:
        br label %H
      U:
        br label %H
      H:
        %p = phi i32 [ %a, %entry ], [ %late, %U ]
        %c = icmp eq i32 %p, 0
        br i1 %c, label %R, label %E
      R:
        %late = add i32 %p, 1
        br label %E
      E:
        ret i32 %p
      }
      """))
    var loop = Interp(m.functions[0])
    #expect(loop.run([10]) == [45])
    var later = Interp(m.functions[1])
    #expect(later.run([7]) == [42])
    var dead = Interp(m.functions[2])
    #expect(dead.run([7]) == [7])
    // (unreachable code reading its own result, or a value of a later block in a cycle: lowered
    // as undef there)
    var selfUse = Interp(m.functions[3])
    #expect(selfUse.run([9]) == [9])
    var deadEdge = Interp(m.functions[4])
    #expect(deadEdge.run([5]) == [5])
    // Every SSA use is defined earlier in its block or in a block lowered before it.
    #expect(SSAVerifier.verify(m).isEmpty)
  }
}
