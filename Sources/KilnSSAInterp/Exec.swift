// The execution loop: one `switch` over decoded instructions, an explicit frame stack (deep
// recursion in the program never recurses in the host), a flat UInt64 register file where each
// frame owns `valueCount` consecutive registers.
//
// Calls to defined functions: variadic arguments are spilled to a per-call area on the stack in the
// target's va_list layout (see `spillVarArgs`), byval arguments are copied to the caller's stack
// area, then the callee frame (its stack slots, laid out with their alignment) is carved below.
// On return the caller's stack pointer is restored, discarding all of that.
// Floats live as bit patterns: f32 in the low 32 bits, f64 as 64 bits. Integer results are
// masked to their container so SSA.swift's zero-high-bits invariant holds for everything computed.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import KilnSSA

struct Frame {
  var fn: Int32
  var retPC: Int32
  var call: Int32
  var base: Int
  var fp: UInt64
  var sp: UInt64
  var vaArea: UInt64
}

enum ExtResult {
  case ok
  case exit(Int32)
  case fail(String)
}

@inline(__always) func f32(_ v: UInt64) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: v)) }
@inline(__always) func f64(_ v: UInt64) -> Double { Double(bitPattern: v) }
@inline(__always) func b32(_ f: Float) -> UInt64 { UInt64(f.bitPattern) }
@inline(__always) func b64(_ d: Double) -> UInt64 { d.bitPattern }

@inline(__always) func fcmp(_ cc: UInt8, _ a: Double, _ b: Double) -> Bool {
  let uno = a.isNaN || b.isNaN
  switch cc {
  case 0: return false
  case 1: return a == b
  case 2: return a > b
  case 3: return a >= b
  case 4: return a < b
  case 5: return a <= b
  case 6: return a < b || a > b
  case 7: return !uno
  case 8: return uno || a == b
  case 9: return !(a <= b)
  case 10: return !(a < b)
  case 11: return !(a >= b)
  case 12: return !(a > b)
  case 13: return a != b
  case 14: return uno
  default: return true
  }
}

/// fptosi to a `bits`-wide integer; out-of-range and NaN give the minimum value (x86's "integer
/// indefinite", what clang-built x86 code produces for this undefined case).
@inline(__always) func toSInt(_ d: Double, _ bits: Int) -> UInt64 {
  let lim = bits >= 64 ? 9223372036854775808.0 : Double(UInt64(1) << UInt64(bits - 1))
  if d.isNaN || d >= lim || d < -lim { return (UInt64(1) << UInt64(bits - 1)) & maskBits(bits) }
  return UInt64(bitPattern: Int64(d)) & maskBits(bits)
}

/// fptoui to a `bits`-wide integer (values up to 2^bits - 1, including >= 2^63 for i64).
@inline(__always) func toUInt(_ d: Double, _ bits: Int) -> UInt64 {
  if d.isNaN { return 0 }
  if d >= 0 {
    if d >= 18446744073709551616.0 { return 0 }
    return UInt64(d) & maskBits(bits)
  }
  if d > -9223372036854775808.0 { return UInt64(bitPattern: Int64(d)) & maskBits(bits) }
  return 0
}

@inline(__always) func maskBits(_ bits: Int) -> UInt64 { bits >= 64 ? .max : (UInt64(1) << UInt64(bits)) - 1 }

extension Machine {
  func run(arguments: [String]) -> InterpResult {
    let (argc, argv, err) = layout(arguments: arguments)
    if let err { return InterpResult(exitCode: -1, stdout: [], error: err, steps: 0) }
    decodeModule()
    var mainFn = -1
    for (i, s) in module.symbols.enumerated() where (s.name == "main" || s.name == "__main_argc_argv") && s.kind == .function {
      if symTarget[i] >= 0 { mainFn = Int(symTarget[i]); if s.name == "main" { break } }
    }
    if mainFn < 0 { return InterpResult(exitCode: -1, stdout: [], error: "no definition of main", steps: 0) }
    return execute(mainFn, argc: argc, argv: argv)
  }

  private func pin<T>(_ a: [T]) -> UnsafeMutablePointer<T> {
    let p = UnsafeMutablePointer<T>.allocate(capacity: max(a.count, 1))
    a.withUnsafeBufferPointer { b in if let s = b.baseAddress { p.initialize(from: s, count: b.count) } }
    return p
  }

  func execute(_ mainFn: Int, argc: UInt64, argv: UInt64) -> InterpResult {
    let code = pin(code), pool = pin(pool), edges = pin(edges), calls = pin(calls), abis = pin(abis)
    let switches = pin(switches), cases = pin(cases), funcs = pin(funcs)
    let symTarget = pin(self.symTarget)
    let symCount = UInt64(self.symTarget.count)
    let tmp = UnsafeMutablePointer<UInt64>.allocate(capacity: max(maxEdgeArgs, 1))
    var regCap = 1 << 16
    var regs = UnsafeMutablePointer<UInt64>.allocate(capacity: regCap)
    regs.initialize(repeating: 0, count: regCap)
    defer {
      code.deallocate(); pool.deallocate(); edges.deallocate(); calls.deallocate(); abis.deallocate()
      switches.deallocate(); cases.deallocate(); funcs.deallocate(); symTarget.deallocate(); tmp.deallocate()
      regs.deallocate()
    }
    var frames: [Frame] = []
    frames.reserveCapacity(1024)
    let maxDepth = 200_000
    let maxRegs = 1 << 26

    var steps = 0
    let stepLimit = self.stepLimit
    var errorMsg: String? = nil
    var exitCode: Int32 = 0

    // current frame
    var fn = mainFn
    var base = 0
    var sp = stackTop
    var fp: UInt64 = 0
    var vaArea: UInt64 = 0
    var pc = 0
    var R = regs

    func fname(_ f: Int) -> String { self.funcs[f].name }

    // enter main
    do {
      let f = funcs[fn]
      if Int(f.valueCount) > regCap {
        regs.deallocate()
        regCap = Int(f.valueCount) * 2
        regs = .allocate(capacity: regCap); regs.initialize(repeating: 0, count: regCap)
        R = regs
      }
      if f.paramCount >= 1 { R[Int(pool[Int(f.paramStart)])] = argc & 0xffff_ffff }
      if f.paramCount >= 2 { R[Int(pool[Int(f.paramStart) + 1])] = argv }
      vaArea = sp
      sp = (sp &- f.frameSize) & ~(f.frameAlign - 1)
      fp = sp
      pc = Int(f.entryPC)
    }

    run: while true {
      if steps >= stepLimit { errorMsg = "step limit of \(stepLimit) instructions exceeded in @\(fname(fn))"; break run }
      steps &+= 1
      let i = code[pc]
      pc &+= 1
      switch i.op {
      case .const_:
        R[Int(i.dst)] = i.imm
      case .mask:
        R[Int(i.dst)] = R[Int(i.a)] & i.imm
      case .sextend:
        let c = UInt64(i.x)
        R[Int(i.dst)] = UInt64(bitPattern: Int64(bitPattern: R[Int(i.a)] << c) >> c) & i.imm
      case .iadd:
        R[Int(i.dst)] = (R[Int(i.a)] &+ R[Int(i.b)]) & i.imm
      case .isub:
        R[Int(i.dst)] = (R[Int(i.a)] &- R[Int(i.b)]) & i.imm
      case .imul:
        R[Int(i.dst)] = (R[Int(i.a)] &* R[Int(i.b)]) & i.imm
      case .umulhi:
        let x = R[Int(i.a)], y = R[Int(i.b)]
        if i.c == 0 { R[Int(i.dst)] = x.multipliedFullWidth(by: y).high }
        else { R[Int(i.dst)] = ((x &* y) >> UInt64(64 - i.c)) & i.imm }
      case .smulhi:
        let c = UInt64(i.c)
        let x = Int64(bitPattern: R[Int(i.a)] << c) >> c, y = Int64(bitPattern: R[Int(i.b)] << c) >> c
        if c == 0 { R[Int(i.dst)] = UInt64(bitPattern: x.multipliedFullWidth(by: y).high) }
        else { R[Int(i.dst)] = UInt64(bitPattern: (x &* y) >> Int64(64 - c)) & i.imm }
      case .udiv, .urem:
        let y = R[Int(i.b)]
        if y == 0 { errorMsg = "integer division by zero in @\(fname(fn))"; break run }
        R[Int(i.dst)] = i.op == .udiv ? R[Int(i.a)] / y : R[Int(i.a)] % y
      case .sdiv, .srem:
        let c = UInt64(i.c)
        let x = Int64(bitPattern: R[Int(i.a)] << c) >> c, y = Int64(bitPattern: R[Int(i.b)] << c) >> c
        if y == 0 { errorMsg = "integer division by zero in @\(fname(fn))"; break run }
        if y == -1 && x == (Int64.min >> Int64(c)) { errorMsg = "signed division overflow in @\(fname(fn))"; break run }
        R[Int(i.dst)] = UInt64(bitPattern: i.op == .sdiv ? x / y : x % y) & i.imm
      case .band:
        R[Int(i.dst)] = R[Int(i.a)] & R[Int(i.b)]
      case .bor:
        R[Int(i.dst)] = R[Int(i.a)] | R[Int(i.b)]
      case .bxor:
        R[Int(i.dst)] = R[Int(i.a)] ^ R[Int(i.b)]
      case .shl:
        R[Int(i.dst)] = (R[Int(i.a)] << (R[Int(i.b)] & UInt64(63 - i.c))) & i.imm
      case .lshr:
        R[Int(i.dst)] = (R[Int(i.a)] & i.imm) >> (R[Int(i.b)] & UInt64(63 - i.c))
      case .ashr:
        let c = UInt64(i.c)
        let x = Int64(bitPattern: R[Int(i.a)] << c) >> c
        R[Int(i.dst)] = UInt64(bitPattern: x >> Int64(R[Int(i.b)] & UInt64(63 - i.c))) & i.imm
      case .sextInReg:
        let s = UInt64(i.x)
        R[Int(i.dst)] = UInt64(bitPattern: Int64(bitPattern: R[Int(i.a)] << s) >> s) & i.imm
      case .clz:
        let x = R[Int(i.a)] & i.imm
        R[Int(i.dst)] = UInt64(x.leadingZeroBitCount - Int(i.c))
      case .ctz:
        let x = R[Int(i.a)] & i.imm
        R[Int(i.dst)] = x == 0 ? UInt64(64 - i.c) : UInt64(x.trailingZeroBitCount)
      case .popcnt:
        R[Int(i.dst)] = UInt64((R[Int(i.a)] & i.imm).nonzeroBitCount)
      case .bswap:
        let x = R[Int(i.a)]
        switch i.c {
        case 48: R[Int(i.dst)] = UInt64(UInt16(truncatingIfNeeded: x).byteSwapped)
        case 32: R[Int(i.dst)] = UInt64(UInt32(truncatingIfNeeded: x).byteSwapped)
        case 0: R[Int(i.dst)] = x.byteSwapped
        default: R[Int(i.dst)] = x & 0xff
        }
      case .ieq:
        R[Int(i.dst)] = R[Int(i.a)] == R[Int(i.b)] ? 1 : 0
      case .ine:
        R[Int(i.dst)] = R[Int(i.a)] != R[Int(i.b)] ? 1 : 0
      case .iugt:
        R[Int(i.dst)] = R[Int(i.a)] > R[Int(i.b)] ? 1 : 0
      case .iuge:
        R[Int(i.dst)] = R[Int(i.a)] >= R[Int(i.b)] ? 1 : 0
      case .iult:
        R[Int(i.dst)] = R[Int(i.a)] < R[Int(i.b)] ? 1 : 0
      case .iule:
        R[Int(i.dst)] = R[Int(i.a)] <= R[Int(i.b)] ? 1 : 0
      case .isgt:
        let c = UInt64(i.c)
        R[Int(i.dst)] = Int64(bitPattern: R[Int(i.a)] << c) > Int64(bitPattern: R[Int(i.b)] << c) ? 1 : 0
      case .isge:
        let c = UInt64(i.c)
        R[Int(i.dst)] = Int64(bitPattern: R[Int(i.a)] << c) >= Int64(bitPattern: R[Int(i.b)] << c) ? 1 : 0
      case .islt:
        let c = UInt64(i.c)
        R[Int(i.dst)] = Int64(bitPattern: R[Int(i.a)] << c) < Int64(bitPattern: R[Int(i.b)] << c) ? 1 : 0
      case .isle:
        let c = UInt64(i.c)
        R[Int(i.dst)] = Int64(bitPattern: R[Int(i.a)] << c) <= Int64(bitPattern: R[Int(i.b)] << c) ? 1 : 0
      case .fcmp32:
        R[Int(i.dst)] = fcmp(i.cc, Double(f32(R[Int(i.a)])), Double(f32(R[Int(i.b)]))) ? 1 : 0
      case .fcmp64:
        R[Int(i.dst)] = fcmp(i.cc, f64(R[Int(i.a)]), f64(R[Int(i.b)])) ? 1 : 0
      case .select:
        R[Int(i.dst)] = R[Int(i.a)] & 0xff != 0 ? R[Int(i.b)] : R[Int(i.x)]
      case .fadd32: R[Int(i.dst)] = b32(f32(R[Int(i.a)]) + f32(R[Int(i.b)]))
      case .fsub32: R[Int(i.dst)] = b32(f32(R[Int(i.a)]) - f32(R[Int(i.b)]))
      case .fmul32: R[Int(i.dst)] = b32(f32(R[Int(i.a)]) * f32(R[Int(i.b)]))
      case .fdiv32: R[Int(i.dst)] = b32(f32(R[Int(i.a)]) / f32(R[Int(i.b)]))
      case .fneg32: R[Int(i.dst)] = (R[Int(i.a)] ^ 0x8000_0000) & 0xffff_ffff
      case .fabs32: R[Int(i.dst)] = R[Int(i.a)] & 0x7fff_ffff
      case .fsqrt32: R[Int(i.dst)] = b32(f32(R[Int(i.a)]).squareRoot())
      case .fmin32: R[Int(i.dst)] = b32(Float.minimum(f32(R[Int(i.a)]), f32(R[Int(i.b)])))
      case .fmax32: R[Int(i.dst)] = b32(Float.maximum(f32(R[Int(i.a)]), f32(R[Int(i.b)])))
      case .fcopysign32: R[Int(i.dst)] = (R[Int(i.a)] & 0x7fff_ffff) | (R[Int(i.b)] & 0x8000_0000)
      case .fadd64: R[Int(i.dst)] = b64(f64(R[Int(i.a)]) + f64(R[Int(i.b)]))
      case .fsub64: R[Int(i.dst)] = b64(f64(R[Int(i.a)]) - f64(R[Int(i.b)]))
      case .fmul64: R[Int(i.dst)] = b64(f64(R[Int(i.a)]) * f64(R[Int(i.b)]))
      case .fdiv64: R[Int(i.dst)] = b64(f64(R[Int(i.a)]) / f64(R[Int(i.b)]))
      case .fneg64: R[Int(i.dst)] = R[Int(i.a)] ^ 0x8000_0000_0000_0000
      case .fabs64: R[Int(i.dst)] = R[Int(i.a)] & 0x7fff_ffff_ffff_ffff
      case .fsqrt64: R[Int(i.dst)] = b64(f64(R[Int(i.a)]).squareRoot())
      case .fmin64: R[Int(i.dst)] = b64(Double.minimum(f64(R[Int(i.a)]), f64(R[Int(i.b)])))
      case .fmax64: R[Int(i.dst)] = b64(Double.maximum(f64(R[Int(i.a)]), f64(R[Int(i.b)])))
      case .fcopysign64:
        R[Int(i.dst)] = (R[Int(i.a)] & 0x7fff_ffff_ffff_ffff) | (R[Int(i.b)] & 0x8000_0000_0000_0000)
      case .fpromote: R[Int(i.dst)] = b64(Double(f32(R[Int(i.a)])))
      case .fdemote: R[Int(i.dst)] = b32(Float(f64(R[Int(i.a)])))
      case .f32ToSInt: R[Int(i.dst)] = toSInt(Double(f32(R[Int(i.a)])), 64 - Int(i.c))
      case .f64ToSInt: R[Int(i.dst)] = toSInt(f64(R[Int(i.a)]), 64 - Int(i.c))
      case .f32ToUInt: R[Int(i.dst)] = toUInt(Double(f32(R[Int(i.a)])), 64 - Int(i.c))
      case .f64ToUInt: R[Int(i.dst)] = toUInt(f64(R[Int(i.a)]), 64 - Int(i.c))
      case .sintToF32:
        let c = UInt64(i.c)
        R[Int(i.dst)] = b32(Float(Int64(bitPattern: R[Int(i.a)] << c) >> c))
      case .sintToF64:
        let c = UInt64(i.c)
        R[Int(i.dst)] = b64(Double(Int64(bitPattern: R[Int(i.a)] << c) >> c))
      case .uintToF32:
        R[Int(i.dst)] = b32(Float(R[Int(i.a)]))
      case .uintToF64:
        R[Int(i.dst)] = b64(Double(R[Int(i.a)]))
      case .load1, .load2, .load4, .load8:
        let n: Int = i.op == .load1 ? 1 : i.op == .load2 ? 2 : i.op == .load4 ? 4 : 8
        let addr = (R[Int(i.a)] &+ i.imm) & ptrMask
        let off = addr &- memBase
        if off > limit &- UInt64(n) || limit < UInt64(n) {
          errorMsg = "out-of-bounds load of \(n) bytes at 0x\(String(addr, radix: 16)) in @\(fname(fn))"; break run
        }
        let p = mem + Int(off)
        switch n {
        case 1: R[Int(i.dst)] = UInt64(p.load(as: UInt8.self))
        case 2: R[Int(i.dst)] = UInt64(p.loadUnaligned(as: UInt16.self))
        case 4: R[Int(i.dst)] = UInt64(p.loadUnaligned(as: UInt32.self))
        default: R[Int(i.dst)] = p.loadUnaligned(as: UInt64.self)
        }
      case .store1, .store2, .store4, .store8:
        let n: Int = i.op == .store1 ? 1 : i.op == .store2 ? 2 : i.op == .store4 ? 4 : 8
        let addr = (R[Int(i.b)] &+ i.imm) & ptrMask
        let off = addr &- memBase
        if off > limit &- UInt64(n) || limit < UInt64(n) {
          errorMsg = "out-of-bounds store of \(n) bytes at 0x\(String(addr, radix: 16)) in @\(fname(fn))"; break run
        }
        let p = mem + Int(off)
        let v = R[Int(i.a)]
        switch n {
        case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: v), as: UInt8.self)
        case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: v), toByteOffset: 0, as: UInt16.self)
        case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: v), toByteOffset: 0, as: UInt32.self)
        default: p.storeBytes(of: v, toByteOffset: 0, as: UInt64.self)
        }
      case .stackAddr:
        R[Int(i.dst)] = fp &+ i.imm
      case .memcpy, .memmove:
        let d = R[Int(i.a)], s = R[Int(i.b)], n = R[Int(i.x)]
        if n != 0 {
          guard ok(d, n), ok(s, n) else {
            errorMsg = "out-of-bounds \(i.op == .memcpy ? "memcpy" : "memmove") of \(n) bytes from 0x\(String(s, radix: 16)) to 0x\(String(d, radix: 16)) in @\(fname(fn))"
            break run
          }
          memmove(host(d), host(s), Int(n))
        }
      case .memset:
        let d = R[Int(i.a)], n = R[Int(i.x)]
        if n != 0 {
          guard ok(d, n) else { errorMsg = "out-of-bounds memset of \(n) bytes at 0x\(String(d, radix: 16)) in @\(fname(fn))"; break run }
          memset(host(d), Int32(R[Int(i.b)] & 0xff), Int(n))
        }
      case .dynAlloca:
        let n = R[Int(i.a)]
        let nsp = (sp &- n) & ~(i.imm - 1)
        if n > stackBytes || nsp < stackLow || nsp > sp { errorMsg = "stack overflow (alloca of \(n) bytes) in @\(fname(fn))"; break run }
        sp = nsp
        R[Int(i.dst)] = sp
      case .stackSave:
        R[Int(i.dst)] = sp
      case .stackRestore:
        let v = R[Int(i.a)]
        if v < stackLow || v > stackTop { errorMsg = "stackrestore to a bad stack pointer in @\(fname(fn))"; break run }
        sp = v
      case .vaStart:
        let p = R[Int(i.a)]
        guard ok(p, UInt64(target.vaListSize)) else { errorMsg = "va_start on a bad va_list pointer in @\(fname(fn))"; break run }
        switch target.arch {
        case .x86_64:
          wr(p, 4, 48); wr(p + 4, 4, 176); wr(p + 8, 8, vaArea); wr(p + 16, 8, vaArea)
        case .aarch64:
          wr(p, 8, vaArea); wr(p + 8, 8, vaArea); wr(p + 16, 8, vaArea); wr(p + 24, 4, 0); wr(p + 28, 4, 0)
        case .wasm32:
          wr(p, 4, vaArea)
        }
      case .vaCopy:
        let d = R[Int(i.a)], s = R[Int(i.b)], n = UInt64(target.vaListSize)
        guard ok(d, n), ok(s, n) else { errorMsg = "va_copy on a bad va_list pointer in @\(fname(fn))"; break run }
        memmove(host(d), host(s), Int(n))
      case .trap:
        errorMsg = "trap in @\(fname(fn))"; break run
      case .jump, .brif:
        // Take the edge: copy branch arguments into the target's parameters (through `tmp` when
        // the copies overlap, i.e. a parallel assignment).
        let e = edges[Int(i.op == .jump ? i.a : (R[Int(i.a)] & 0xff != 0 ? i.b : i.x))]
        let n = Int(e.pairCount)
        if n > 0 {
          let p = pool + Int(e.pairStart)
          if e.temp {
            for k in 0..<n { tmp[k] = R[Int(p[2 &* k])] }
            for k in 0..<n { R[Int(p[2 &* k &+ 1])] = tmp[k] }
          } else {
            for k in 0..<n { R[Int(p[2 &* k &+ 1])] = R[Int(p[2 &* k])] }
          }
        }
        pc = Int(e.pc)
      case .switch_:
        let sw = switches[Int(i.b)]
        let v = R[Int(i.a)]
        var lo = Int(sw.caseStart), hi = lo + Int(sw.caseCount)
        var ei = sw.defaultEdge
        while lo < hi {
          let mid = (lo + hi) >> 1
          let cv = cases[mid].value
          if cv == v { ei = cases[mid].edge; break }
          if cv < v { lo = mid + 1 } else { hi = mid }
        }
        let e = edges[Int(ei)]
        let n = Int(e.pairCount)
        if n > 0 {
          let p = pool + Int(e.pairStart)
          for k in 0..<n { tmp[k] = R[Int(p[2 &* k])] }
          for k in 0..<n { R[Int(p[2 &* k &+ 1])] = tmp[k] }
        }
        pc = Int(e.pc)
      case .call:
        let cd = calls[Int(i.a)]
        var kind = cd.kind
        var tg = cd.target
        if kind == DCall.indirect {
          let addr = R[Int(cd.callee)]
          let off = addr &- fnBase
          guard addr >= fnBase, off % 16 == 0, off / 16 < symCount else {
            errorMsg = "call through a bad function pointer 0x\(String(addr, radix: 16)) in @\(fname(fn))"; break run
          }
          let s = Int(off / 16)
          let t = symTarget[s]
          if t >= 0 { kind = DCall.direct; tg = t }
          else if t == .min { kind = DCall.unknown; tg = Int32(s) }
          else { kind = DCall.external; tg = -1 - t }
        }
        if kind == DCall.external {
          switch callExternal(Int(tg), cd, R, sp: sp) {
          case .ok: break
          case .exit(let c): exitCode = c; break run
          case .fail(let msg): errorMsg = msg + " (called from @\(fname(fn)))"; break run
          }
          continue run
        }
        if kind != DCall.direct {
          let name = Int(tg) < module.symbols.count ? module.symbols[Int(tg)].name : "?"
          errorMsg = "unknown external function '\(name)' (called from @\(fname(fn)))"; break run
        }
        if frames.count >= maxDepth { errorMsg = "call depth limit exceeded in @\(fname(fn))"; break run }
        let callee = funcs[Int(tg)]
        let nb = base + Int(funcs[fn].valueCount)
        if nb + Int(callee.valueCount) > regCap {
          var nc = regCap
          while nb + Int(callee.valueCount) > nc { nc *= 2 }
          if nc > maxRegs { errorMsg = "register file exhausted (recursion too deep) in @\(fname(fn))"; break run }
          let nr = UnsafeMutablePointer<UInt64>.allocate(capacity: nc)
          nr.initialize(from: regs, count: regCap)
          (nr + regCap).initialize(repeating: 0, count: nc - regCap)
          regs.deallocate()
          regs = nr; regCap = nc
          R = regs + base
        }
        var nsp = sp
        var nva: UInt64 = 0
        if callee.isVarArg {
          guard let a = spillVarArgs(cd, R, sp: &nsp) else { errorMsg = "stack overflow or bad byval pointer passing variadic arguments in @\(fname(fn))"; break run }
          nva = a
        }
        let NR = regs + nb
        let np = min(Int(callee.paramCount), Int(cd.isVarArg ? cd.fixedCount : cd.argCount))
        var failed = false
        for k in 0..<np {
          var v = R[Int(pool[Int(cd.argStart) + k])]
          let ab = abis[Int(cd.abiStart) + k]
          if ab.flags & AbiParam.byval != 0 {
            let size = UInt64(ab.byvalSize), al = UInt64(max(ab.byvalAlign, 8))
            let dst = (nsp &- size) & ~(al - 1)
            if dst < stackLow || dst > nsp || !ok(v, size) { failed = true; break }
            memmove(host(dst), host(v), Int(size))
            nsp = dst
            v = dst
          }
          NR[Int(pool[Int(callee.paramStart) + k])] = v
        }
        if failed { errorMsg = "stack overflow or bad byval pointer calling @\(fname(Int(tg))) from @\(fname(fn))"; break run }
        let fsp = (nsp &- callee.frameSize) & ~(callee.frameAlign - 1)
        if fsp < stackLow || fsp > nsp { errorMsg = "stack overflow calling @\(fname(Int(tg)))"; break run }
        frames.append(Frame(fn: Int32(fn), retPC: Int32(pc), call: i.a, base: base, fp: fp, sp: sp, vaArea: vaArea))
        fn = Int(tg); base = nb; R = NR; sp = fsp; fp = fsp; vaArea = nva
        pc = Int(callee.entryPC)
      case .ret:
        guard let fr = frames.popLast() else {
          exitCode = i.b > 0 ? Int32(truncatingIfNeeded: R[Int(pool[Int(i.a)])] & 0xff) : 0
          break run
        }
        let cd = calls[Int(fr.call)]
        let CR = regs + fr.base
        let n = min(Int(cd.retCount), Int(i.b))
        for k in 0..<n {
          let t = abis[Int(cd.abiStart) + Int(cd.argCount) + k].type
          CR[Int(cd.retDst) + k] = R[Int(pool[Int(i.a) + k])] & maskOf(t)
        }
        fn = Int(fr.fn); base = fr.base; R = CR; pc = Int(fr.retPC); fp = fr.fp; sp = fr.sp; vaArea = fr.vaArea
      case .unreachable:
        errorMsg = "unreachable executed in @\(fname(fn))"; break run
      case .unsupported:
        errorMsg = Int(i.imm) < messages.count ? messages[Int(i.imm)] : "unsupported instruction"; break run
      }
    }
    return InterpResult(exitCode: errorMsg == nil ? exitCode : -1, stdout: out, error: errorMsg, steps: steps)
  }

  /// Writes the variadic arguments of call `cd` below `sp` in the layout the target's va_arg code
  /// reads once the register save areas are exhausted; returns the area's address (nil on overflow).
  /// x86_64/AArch64: 8-byte slots (byval aggregates copied inline, rounded to 8; 16-aligned when
  /// their alignment is 16; AArch64 float HFAs packed 4 bytes per member, rounded to 8). wasm32: each argument aligned to its own size; byval aggregates are
  /// copied to the stack and passed by pointer.
  func spillVarArgs(_ cd: DCall, _ R: UnsafeMutablePointer<UInt64>, sp: inout UInt64) -> UInt64? {
    let first = Int(cd.fixedCount), n = Int(cd.argCount)
    let wasm = target.arch == .wasm32
    let aarch = target.arch == .aarch64
    // AArch64 HFAs of floats (`[N x float]`, a group of f32 leaves) sit packed in the stack area;
    // true when leaf k+1 continues the f32 group that leaf k belongs to.
    func inF32Group(_ k: Int) -> Bool {
      var j = k
      while j >= first {
        let ab = abis[Int(cd.abiStart) + j]
        if ab.flags & AbiParam.groupStart != 0 { return k + 1 < j + Int(ab.groupCount) && k + 1 < n }
        if ab.type != .f32 { return false }
        j -= 1
      }
      return false
    }
    // first pass: size
    var size: UInt64 = 0
    var byvalCopies: UInt64 = 0
    for k in first..<max(first, n) {
      let ab = abis[Int(cd.abiStart) + k]
      if ab.flags & AbiParam.byval != 0 {
        let bs = (UInt64(ab.byvalSize) + 15) & ~15
        if wasm { byvalCopies += bs; size = (size + 3) & ~3; size += 4 }
        else { let al: UInt64 = ab.byvalAlign >= 16 ? 16 : 8; size = (size + al - 1) & ~(al - 1); size += (UInt64(ab.byvalSize) + 7) & ~7 }
      } else if wasm {
        let b = UInt64(max(ab.type.bytes, 4))
        size = (size + b - 1) & ~(b - 1); size += b
      } else if aarch && ab.type == .f32 {
        size += 4   // an HFA's f32 members are packed (the group is rounded to 8 at its end)
        if !inF32Group(k) { size = (size + 7) & ~7 }
      } else {
        size = (size + 7) & ~7
        size += 8
      }
    }
    if size > stackBytes || byvalCopies > stackBytes { return nil }
    var copyAt = sp & ~15
    let top = wasm ? (copyAt &- byvalCopies) & ~15 : sp
    let area = (top &- size) & ~15
    if area < stackLow || area > sp { return nil }
    var pos = area
    for k in first..<max(first, n) {
      let v = R[Int(pool[Int(cd.argStart) + k])]
      let ab = abis[Int(cd.abiStart) + k]
      if ab.flags & AbiParam.byval != 0 {
        let bs = UInt64(ab.byvalSize)
        guard ok(v, bs) else { return nil }
        if wasm {
          let dst = copyAt - ((bs + 15) & ~15)
          memmove(host(dst), host(v), Int(bs))
          copyAt = dst
          pos = (pos + 3) & ~3
          wr(pos, 4, dst); pos += 4
        } else {
          let al: UInt64 = ab.byvalAlign >= 16 ? 16 : 8
          pos = (pos + al - 1) & ~(al - 1)
          memmove(host(pos), host(v), Int(bs))
          pos += (bs + 7) & ~7
        }
      } else if wasm {
        let b = max(ab.type.bytes, 4)
        pos = (pos + UInt64(b) - 1) & ~(UInt64(b) - 1)
        wr(pos, b, v); pos += UInt64(b)
      } else if aarch && ab.type == .f32 {
        wr(pos, 4, v); pos += 4
        if !inF32Group(k) { pos = (pos + 7) & ~7 }
      } else {
        pos = (pos + 7) & ~7
        wr(pos, 8, v); pos += 8
      }
    }
    sp = area
    return area
  }
}
