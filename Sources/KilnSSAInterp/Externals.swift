// External functions the interpreter implements natively: the C library subset test programs and
// csmith use, libm (delegating to the host's libm, which clang-built reference binaries also use),
// and Kiln's runtime helpers (`__kiln_*_w`, contract in runtime/include/kiln_rt.h).
//
// Arguments are read from the caller's registers through the call's ABI params; `long`/`size_t`
// follow the target (ILP32 on wasm32). Every pointer argument is bounds-checked before use; a
// bad pointer is reported as an error, never dereferenced on the host.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import KilnSSA

enum External: Int, CaseIterable {
  case printf, sprintf, snprintf, vprintf, vsprintf, vsnprintf, puts, putchar, fflush
  case malloc, calloc, realloc, free
  case memcpy, memmove, memset, memcmp, memchr, strlen, strcmp, strncmp, strcpy, strncpy, strcat, strchr, strrchr
  case abort, exit, abs, labs, llabs, atoi
  case fmod, fmodf, sqrt, sqrtf, fabs, fabsf, floor, floorf, ceil, ceilf, trunc, truncf, round, roundf
  case rint, rintf, nearbyint, nearbyintf, fma, fmaf, pow, powf, exp, expf, exp2, exp2f
  case log, logf, log2, log2f, log10, log10f, sin, sinf, cos, cosf
  case kilnShl, kilnLshr, kilnAshr, kilnUdiv, kilnSdiv, kilnUrem, kilnSrem
  case kilnUtof64, kilnStof64, kilnUtof32, kilnStof32, kilnF64tou, kilnF64tos, kilnF32tou, kilnF32tos

  var symbolName: String {
    switch self {
    case .kilnShl: return "__kiln_shl_w"
    case .kilnLshr: return "__kiln_lshr_w"
    case .kilnAshr: return "__kiln_ashr_w"
    case .kilnUdiv: return "__kiln_udiv_w"
    case .kilnSdiv: return "__kiln_sdiv_w"
    case .kilnUrem: return "__kiln_urem_w"
    case .kilnSrem: return "__kiln_srem_w"
    case .kilnUtof64: return "__kiln_utof64_w"
    case .kilnStof64: return "__kiln_stof64_w"
    case .kilnUtof32: return "__kiln_utof32_w"
    case .kilnStof32: return "__kiln_stof32_w"
    case .kilnF64tou: return "__kiln_f64tou_w"
    case .kilnF64tos: return "__kiln_f64tos_w"
    case .kilnF32tou: return "__kiln_f32tou_w"
    case .kilnF32tos: return "__kiln_f32tos_w"
    default: return "\(self)"
    }
  }

  private static let byName: [String: External] = {
    var d: [String: External] = [:]
    for e in External.allCases { d[e.symbolName] = e }
    return d
  }()

  init?(name: String) {
    guard let e = External.byName[name] else { return nil }
    self = e
  }
}

extension Machine {
  func callExternal(_ id: Int, _ cd: DCall, _ R: UnsafeMutablePointer<UInt64>, sp: UInt64) -> ExtResult {
    guard let e = External(rawValue: id) else { return .fail("unknown external function") }
    let argc = Int(cd.argCount)
    func arg(_ k: Int) -> UInt64 { k < argc ? R[Int(pool[Int(cd.argStart) + k])] : 0 }
    func argD(_ k: Int) -> Double {
      k < argc && abis[Int(cd.abiStart) + k].type == .f32 ? Double(f32(arg(k))) : f64(arg(k))
    }
    func argF(_ k: Int) -> Float {
      k < argc && abis[Int(cd.abiStart) + k].type == .f64 ? Float(f64(arg(k))) : f32(arg(k))
    }
    /// Signed value of integer argument k (sign-extended from its ABI type).
    func argS(_ k: Int) -> Int64 {
      let t = k < argc ? abis[Int(cd.abiStart) + k].type : .i64
      let c = UInt64(64 - max(t.bits, 8))
      return Int64(bitPattern: arg(k) << c) >> c
    }
    func ret(_ v: UInt64) {
      if cd.retCount > 0 {
        let t = abis[Int(cd.abiStart) + argc].type
        R[Int(cd.retDst)] = v & maskOf(t)
      }
    }
    func retD(_ d: Double) {
      if cd.retCount > 0 {
        let t = abis[Int(cd.abiStart) + argc].type
        R[Int(cd.retDst)] = t == .f32 ? b32(Float(d)) : b64(d)
      }
    }
    func retF(_ f: Float) {
      if cd.retCount > 0 {
        let t = abis[Int(cd.abiStart) + argc].type
        R[Int(cd.retDst)] = t == .f64 ? b64(Double(f)) : b32(f)
      }
    }
    func bad(_ what: String, _ a: UInt64) -> ExtResult {
      .fail("\(e.symbolName): bad pointer 0x\(String(a, radix: 16)) (\(what))")
    }

    switch e {
    case .printf, .sprintf, .snprintf:
      let fi = e == .printf ? 0 : e == .sprintf ? 1 : 2
      guard let fmt = cstring(arg(fi)) else { return bad("format", arg(fi)) }
      var k = fi + 1
      var outBytes: [UInt8] = []
      let okf = formatPrintf(fmt, into: &outBytes) { size in
        defer { k += 1 }
        if k >= argc { return 0 }
        return arg(k) & maskBits(size * 8)
      }
      if let err = okf { return .fail("\(e.symbolName): \(err)") }
      return finishPrint(e == .printf ? 0 : e == .sprintf ? 1 : 2, outBytes, dst: arg(0), cap: e == .snprintf ? arg(1) : .max, ret: ret)
    case .vprintf, .vsprintf, .vsnprintf:
      let fi = e == .vprintf ? 0 : e == .vsprintf ? 1 : 2
      guard let fmt = cstring(arg(fi)) else { return bad("format", arg(fi)) }
      let vl = arg(fi + 1)
      guard ok(vl, UInt64(target.vaListSize)) else { return bad("va_list", vl) }
      var outBytes: [UInt8] = []
      var fault = false
      let okf = formatPrintf(fmt, into: &outBytes) { size in
        guard let v = self.vaNext(vl, size) else { fault = true; return 0 }
        return v
      }
      if fault { return .fail("\(e.symbolName): va_list points outside memory") }
      if let err = okf { return .fail("\(e.symbolName): \(err)") }
      return finishPrint(fi, outBytes, dst: arg(0), cap: e == .vsnprintf ? arg(1) : .max, ret: ret)
    case .puts:
      guard let s = cstring(arg(0)) else { return bad("string", arg(0)) }
      out.append(contentsOf: s); out.append(10)
      ret(UInt64(s.count + 1))
    case .putchar:
      out.append(UInt8(truncatingIfNeeded: arg(0)))
      ret(arg(0) & 0xff)
    case .fflush:
      ret(0)
    case .malloc:
      ret(malloc(arg(0)))
    case .calloc:
      let (n, of) = arg(0).multipliedReportingOverflow(by: arg(1))
      if of { ret(0); break }
      let a = malloc(n)
      if a != 0 { memset(host(a), 0, Int(n)) }
      ret(a)
    case .realloc:
      let p = arg(0), n = arg(1)
      if p == 0 { ret(malloc(n)); break }
      guard let old = allocSizes[p] else { return .fail("realloc: pointer 0x\(String(p, radix: 16)) was not allocated by malloc") }
      let a = malloc(n)
      if a == 0 { ret(0); break }
      memmove(host(a), host(p), Int(min(old, n)))
      _ = free(p)
      ret(a)
    case .free:
      if !free(arg(0)) { return .fail("free: pointer 0x\(String(arg(0), radix: 16)) was not allocated by malloc (or freed twice)") }
    case .memcpy, .memmove:
      let d = arg(0), s = arg(1), n = arg(2)
      if n > 0 {
        guard ok(d, n) else { return bad("destination", d) }
        guard ok(s, n) else { return bad("source", s) }
        memmove(host(d), host(s), Int(n))
      }
      ret(d)
    case .memset:
      let d = arg(0), n = arg(2)
      if n > 0 {
        guard ok(d, n) else { return bad("destination", d) }
        memset(host(d), Int32(arg(1) & 0xff), Int(n))
      }
      ret(d)
    case .memcmp:
      let a = arg(0), b = arg(1), n = arg(2)
      var r: Int32 = 0
      if n > 0 {
        guard ok(a, n) else { return bad("first", a) }
        guard ok(b, n) else { return bad("second", b) }
        let x = host(a).assumingMemoryBound(to: UInt8.self), y = host(b).assumingMemoryBound(to: UInt8.self)
        for k in 0..<Int(n) where x[k] != y[k] { r = Int32(x[k]) - Int32(y[k]); break }
      }
      ret(UInt64(bitPattern: Int64(r)))
    case .memchr:
      let a = arg(0), c = UInt8(truncatingIfNeeded: arg(1)), n = arg(2)
      var r: UInt64 = 0
      if n > 0 {
        guard ok(a, n) else { return bad("buffer", a) }
        let x = host(a).assumingMemoryBound(to: UInt8.self)
        for k in 0..<Int(n) where x[k] == c { r = a + UInt64(k); break }
      }
      ret(r)
    case .strlen:
      guard let n = cstrlen(arg(0)) else { return bad("string", arg(0)) }
      ret(n)
    case .strcmp, .strncmp:
      let a = arg(0), b = arg(1)
      let lim = e == .strncmp ? arg(2) : .max
      var k: UInt64 = 0
      var r: Int32 = 0
      while k < lim {
        guard ok(a &+ k, 1) else { return bad("first", a) }
        guard ok(b &+ k, 1) else { return bad("second", b) }
        let x = rd(a + k, 1), y = rd(b + k, 1)
        if x != y { r = Int32(x) - Int32(y); break }
        if x == 0 { break }
        k += 1
      }
      ret(UInt64(bitPattern: Int64(r)))
    case .strcpy, .strcat:
      let d = arg(0)
      guard let s = cstring(arg(1)) else { return bad("source", arg(1)) }
      var at = d
      if e == .strcat {
        guard let n = cstrlen(d) else { return bad("destination", d) }
        at = d + n
      }
      guard ok(at, UInt64(s.count + 1)) else { return bad("destination", d) }
      s.withUnsafeBytes { b in if let p = b.baseAddress { host(at).copyMemory(from: p, byteCount: b.count) } }
      wr(at + UInt64(s.count), 1, 0)
      ret(d)
    case .strncpy:
      let d = arg(0), s = arg(1), n = arg(2)
      if n > 0 {
        guard ok(d, n) else { return bad("destination", d) }
        var ended = false
        for k in 0..<n {
          var c: UInt64 = 0
          if !ended {
            guard ok(s &+ k, 1) else { return bad("source", s) }
            c = rd(s + k, 1)
            if c == 0 { ended = true }
          }
          wr(d + k, 1, c)
        }
      }
      ret(d)
    case .strchr, .strrchr:
      let s = arg(0), c = arg(1) & 0xff
      guard let n = cstrlen(s) else { return bad("string", s) }
      var r: UInt64 = 0
      for k in 0...n {
        if rd(s + k, 1) == c { r = s + k; if e == .strchr { break } }
      }
      ret(r)
    case .abort:
      return .fail("abort() called")
    case .exit:
      return .exit(Int32(truncatingIfNeeded: arg(0) & 0xff))
    case .abs, .labs, .llabs:
      let v = argS(0)
      ret(UInt64(bitPattern: v < 0 ? 0 &- v : v))
    case .atoi:
      guard let s = cstring(arg(0)) else { return bad("string", arg(0)) }
      var k = 0, neg = false, v: Int64 = 0
      while k < s.count && (s[k] == 32 || (s[k] >= 9 && s[k] <= 13)) { k += 1 }
      if k < s.count && (s[k] == 43 || s[k] == 45) { neg = s[k] == 45; k += 1 }
      while k < s.count && s[k] >= 48 && s[k] <= 57 { v = v &* 10 &+ Int64(s[k] - 48); k += 1 }
      ret(UInt64(bitPattern: neg ? 0 &- v : v))
    case .fmod: retD(fmod(argD(0), argD(1)))
    case .fmodf: retF(fmodf(argF(0), argF(1)))
    case .sqrt: retD(argD(0).squareRoot())
    case .sqrtf: retF(argF(0).squareRoot())
    case .fabs: retD(Swift.abs(argD(0)))
    case .fabsf: retF(Swift.abs(argF(0)))
    case .floor: retD(floor(argD(0)))
    case .floorf: retF(floorf(argF(0)))
    case .ceil: retD(ceil(argD(0)))
    case .ceilf: retF(ceilf(argF(0)))
    case .trunc: retD(trunc(argD(0)))
    case .truncf: retF(truncf(argF(0)))
    case .round: retD(round(argD(0)))
    case .roundf: retF(roundf(argF(0)))
    case .rint: retD(rint(argD(0)))
    case .rintf: retF(rintf(argF(0)))
    case .nearbyint: retD(nearbyint(argD(0)))
    case .nearbyintf: retF(nearbyintf(argF(0)))
    case .fma: retD(fma(argD(0), argD(1), argD(2)))
    case .fmaf: retF(fmaf(argF(0), argF(1), argF(2)))
    case .pow: retD(pow(argD(0), argD(1)))
    case .powf: retF(powf(argF(0), argF(1)))
    case .exp: retD(exp(argD(0)))
    case .expf: retF(expf(argF(0)))
    case .exp2: retD(exp2(argD(0)))
    case .exp2f: retF(exp2f(argF(0)))
    case .log: retD(log(argD(0)))
    case .logf: retF(logf(argF(0)))
    case .log2: retD(log2(argD(0)))
    case .log2f: retF(log2f(argF(0)))
    case .log10: retD(log10(argD(0)))
    case .log10f: retF(log10f(argF(0)))
    case .sin: retD(sin(argD(0)))
    case .sinf: retF(sinf(argF(0)))
    case .cos: retD(cos(argD(0)))
    case .cosf: retF(cosf(argF(0)))
    case .kilnShl, .kilnLshr, .kilnAshr, .kilnUdiv, .kilnSdiv, .kilnUrem, .kilnSrem:
      let bits = Int(arg(3) & 0xffff_ffff)
      guard bits >= 1 && bits <= 256 else { return .fail("\(e.symbolName): bad width \(bits)") }
      let n = (bits + 63) / 64
      let r = arg(0), pa = arg(1)
      guard ok(r, UInt64(8 * n)) else { return bad("result", r) }
      guard ok(pa, UInt64(8 * n)) else { return bad("operand", pa) }
      let a = (0..<n).map { rd(pa + UInt64(8 * $0), 8) }
      var res: [UInt64]
      switch e {
      case .kilnShl, .kilnLshr, .kilnAshr:
        res = WideInt.shift(e, a, amount: arg(2), bits: bits)
      default:
        let pbv = arg(2)
        guard ok(pbv, UInt64(8 * n)) else { return bad("operand", pbv) }
        let b = (0..<n).map { rd(pbv + UInt64(8 * $0), 8) }
        res = WideInt.divrem(e, a, b, bits: bits)
      }
      for k in 0..<n { wr(r + UInt64(8 * k), 8, res[k]) }
    case .kilnUtof64, .kilnStof64, .kilnUtof32, .kilnStof32:
      let bits = Int(arg(1) & 0xffff_ffff)
      guard bits >= 1 && bits <= 256 else { return .fail("\(e.symbolName): bad width \(bits)") }
      let n = (bits + 63) / 64
      let pa = arg(0)
      guard ok(pa, UInt64(8 * n)) else { return bad("operand", pa) }
      let a = (0..<n).map { rd(pa + UInt64(8 * $0), 8) }
      let signed = e == .kilnStof64 || e == .kilnStof32
      let wide = e == .kilnUtof64 || e == .kilnStof64
      let d = WideInt.toFloat(a, bits: bits, signed: signed, double: wide)
      if wide { retD(d) } else { retF(Float(d)) }
    case .kilnF64tou, .kilnF64tos, .kilnF32tou, .kilnF32tos:
      let bits = Int(arg(2) & 0xffff_ffff)
      guard bits >= 1 && bits <= 256 else { return .fail("\(e.symbolName): bad width \(bits)") }
      let n = (bits + 63) / 64
      let r = arg(0)
      guard ok(r, UInt64(8 * n)) else { return bad("result", r) }
      let x = e == .kilnF64tou || e == .kilnF64tos ? argD(1) : Double(argF(1))
      let res = WideInt.fromDouble(x, bits: bits)
      for k in 0..<n { wr(r + UInt64(8 * k), 8, res[k]) }
    }
    return .ok
  }

  /// Delivers formatted output: to stdout (kind 0) or to memory at `dst` (1: sprintf, 2: snprintf
  /// with capacity `cap`, NUL-terminated, truncated). Returns the untruncated length.
  private func finishPrint(_ kind: Int, _ bytes: [UInt8], dst: UInt64, cap: UInt64, ret: (UInt64) -> Void) -> ExtResult {
    if kind == 0 {
      out.append(contentsOf: bytes)
    } else {
      let n = kind == 1 ? UInt64(bytes.count) + 1 : min(UInt64(bytes.count) + 1, cap)
      if n > 0 {
        guard ok(dst, n) else { return .fail("sprintf: bad destination 0x\(String(dst, radix: 16))") }
        let w = Int(n) - 1
        bytes.withUnsafeBytes { b in if w > 0, let p = b.baseAddress { host(dst).copyMemory(from: p, byteCount: w) } }
        wr(dst + UInt64(w), 1, 0)
      }
    }
    ret(UInt64(bytes.count))
    return .ok
  }

  /// Reads the next `size`-byte argument from a va_list made by `vaStart` (register areas
  /// exhausted, so every target reads from its stack area).
  func vaNext(_ vl: UInt64, _ size: Int) -> UInt64? {
    switch target.arch {
    case .x86_64:
      let p = rd(vl + 8, 8)
      guard ok(p, 8) else { return nil }
      wr(vl + 8, 8, p + 8)
      return rd(p, 8) & maskBits(size * 8)
    case .aarch64:
      let p = rd(vl, 8)
      guard ok(p, 8) else { return nil }
      wr(vl, 8, p + 8)
      return rd(p, 8) & maskBits(size * 8)
    case .wasm32:
      var p = rd(vl, 4)
      let b = UInt64(max(size, 4))
      p = (p + b - 1) & ~(b - 1)
      guard ok(p, b) else { return nil }
      wr(vl, 4, p + b)
      return rd(p, Int(b)) & maskBits(size * 8)
    }
  }
}

/// Wide-integer helpers on little-endian 64-bit words (runtime/src/wideint.c semantics: shift
/// amounts >= bits and division by zero give zero).
enum WideInt {
  static func maskTop(_ r: inout [UInt64], _ bits: Int) {
    let top = bits - 64 * (r.count - 1)
    if top < 64 { r[r.count - 1] &= (UInt64(1) << UInt64(top)) - 1 }
  }
  static func isNeg(_ a: [UInt64], _ bits: Int) -> Bool { (a[(bits - 1) / 64] >> UInt64((bits - 1) % 64)) & 1 != 0 }
  static func sext(_ a: [UInt64], _ bits: Int) -> [UInt64] {
    var r = a
    let top = bits - 64 * (a.count - 1)
    if top < 64 && isNeg(a, bits) { r[r.count - 1] |= ~((UInt64(1) << UInt64(top)) - 1) }
    return r
  }
  static func negate(_ r: inout [UInt64]) {
    var carry: UInt64 = 1
    for k in 0..<r.count {
      let (x, o) = (~r[k]).addingReportingOverflow(carry)
      r[k] = x; carry = o ? 1 : 0
    }
  }
  static func shl(_ a: [UInt64], _ amt: Int) -> [UInt64] {
    let n = a.count, q = amt / 64, s = amt % 64
    var t = [UInt64](repeating: 0, count: n)
    for i in 0..<n where i >= q {
      var v = a[i - q] << UInt64(s)
      if s != 0 && i >= q + 1 { v |= a[i - q - 1] >> UInt64(64 - s) }
      t[i] = v
    }
    return t
  }
  static func shr(_ a: [UInt64], _ amt: Int, fill: UInt64) -> [UInt64] {
    let n = a.count, q = amt / 64, s = amt % 64
    var t = [UInt64](repeating: 0, count: n)
    for i in 0..<n {
      let lo = i + q < n ? a[i + q] : fill
      let hi = i + q + 1 < n ? a[i + q + 1] : fill
      t[i] = s != 0 ? (lo >> UInt64(s)) | (hi << UInt64(64 - s)) : lo
    }
    return t
  }
  static func shift(_ e: External, _ a: [UInt64], amount: UInt64, bits: Int) -> [UInt64] {
    let n = a.count
    switch e {
    case .kilnShl:
      if amount >= UInt64(bits) { return [UInt64](repeating: 0, count: n) }
      var r = shl(a, Int(amount)); maskTop(&r, bits); return r
    case .kilnLshr:
      if amount >= UInt64(bits) { return [UInt64](repeating: 0, count: n) }
      return shr(a, Int(amount), fill: 0)
    default:
      let fill: UInt64 = isNeg(a, bits) ? .max : 0
      let amt = amount >= UInt64(bits) ? bits - 1 : Int(amount)
      var r = shr(sext(a, bits), amt, fill: fill); maskTop(&r, bits); return r
    }
  }
  /// The value of `a` (unsigned, or signed from bit `bits-1`) rounded once to double (or, with
  /// `double` false, to float; the float is returned widened exactly).
  static func toFloat(_ a: [UInt64], bits: Int, signed: Bool, double: Bool) -> Double {
    var x = signed ? sext(a, bits) : a
    let neg = signed && isNeg(a, bits)
    if neg { negate(&x) }
    var len = 0
    for i in stride(from: x.count - 1, through: 0, by: -1) where x[i] != 0 { len = 64 * i + 64 - x[i].leadingZeroBitCount; break }
    var t: UInt64, s = 0
    if len <= 64 { t = x[0] } else {
      s = len - 64
      t = shr(x, s, fill: 0)[0]
      var sticky = false
      for b in 0..<s where (x[b / 64] >> UInt64(b % 64)) & 1 != 0 { sticky = true; break }
      if sticky { t |= 1 }
    }
    var r: Double
    if double { r = Double(t) * Double(sign: .plus, exponent: s, significand: 1) }
    else { r = Double(Float(t) * Float(sign: .plus, exponent: s, significand: 1)) }
    if neg { r = -r }
    return r
  }

  /// `x` truncated toward zero as a `bits`-wide two's-complement integer (out of range: undefined
  /// in LLVM IR; this gives the low bits of the magnitude, negated for negative inputs).
  static func fromDouble(_ x: Double, bits: Int) -> [UInt64] {
    let n = (bits + 63) / 64
    var r = [UInt64](repeating: 0, count: n)
    let m = Swift.abs(x)
    if !m.isFinite || m < 1 { return r }
    let e = Int(m.exponent)          // m = significand * 2^e, 1 <= significand < 2
    let mant = m.significandBitPattern | (UInt64(1) << 52)
    if e <= 52 { r[0] = mant >> UInt64(52 - e) }
    else if e - 52 < 64 * n {
      var w = r; w[0] = mant
      r = shl(w, e - 52)
    }
    if x < 0 { negate(&r) }
    maskTop(&r, bits)
    return r
  }

  static func cmp(_ a: [UInt64], _ b: [UInt64]) -> Int {
    var i = a.count
    while i > 0 { i -= 1; if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 } }
    return 0
  }
  static func udivrem(_ a: [UInt64], _ b: [UInt64]) -> ([UInt64], [UInt64]) {
    let n = a.count
    var q = [UInt64](repeating: 0, count: n), r = [UInt64](repeating: 0, count: n)
    if b.allSatisfy({ $0 == 0 }) { return (q, r) }
    var bit = 64 * n
    while bit > 0 {
      bit -= 1
      var carry = (a[bit / 64] >> UInt64(bit % 64)) & 1
      for i in 0..<n { let nc = r[i] >> 63; r[i] = (r[i] << 1) | carry; carry = nc }
      if carry != 0 || cmp(r, b) >= 0 {
        var borrow: UInt64 = 0
        for i in 0..<n {
          let (x, o1) = r[i].subtractingReportingOverflow(b[i])
          let (y, o2) = x.subtractingReportingOverflow(borrow)
          r[i] = y; borrow = (o1 || o2) ? 1 : 0
        }
        q[bit / 64] |= UInt64(1) << UInt64(bit % 64)
      }
    }
    return (q, r)
  }
  static func divrem(_ e: External, _ a: [UInt64], _ b: [UInt64], bits: Int) -> [UInt64] {
    if e == .kilnUdiv || e == .kilnUrem {
      let (q, r) = udivrem(a, b)
      return e == .kilnUdiv ? q : r
    }
    var x = sext(a, bits), y = sext(b, bits)
    let na = isNeg(a, bits), nb = isNeg(b, bits)
    if na { negate(&x) }
    if nb { negate(&y) }
    var (q, r) = udivrem(x, y)
    if na != nb { negate(&q) }
    if na { negate(&r) }
    maskTop(&q, bits); maskTop(&r, bits)
    return e == .kilnSdiv ? q : r
  }
}
