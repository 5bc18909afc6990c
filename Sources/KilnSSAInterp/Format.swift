// printf-family formatting for the interpreter's externals.
//
// The format string is parsed here (flags, width, precision, `*`, length modifiers hh h l ll q j z t
// L); each conversion is then rendered by the host's vsnprintf with an equivalent normalized spec
// (integers widened to 64 bits with `ll`), so field widths, padding and floating-point digits
// match what the clang-built reference binaries (glibc) print. `l`, `z`, `t` are pointer-sized on
// the target (ILP32 on wasm32). Arguments come from a caller-supplied `next(size)` that returns
// the next argument's low `size` bytes (doubles as their 64-bit pattern).

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
  /// Appends the formatted text to `out`; returns an error message or nil.
  func formatPrintf(_ f: [UInt8], into out: inout [UInt8], next: (Int) -> UInt64) -> String? {
    var i = 0
    let n = f.count
    while i < n {
      let ch = f[i]
      if ch != 37 { out.append(ch); i += 1; continue }  // '%'
      let specStart = i
      i += 1
      var flags: [UInt8] = []
      while i < n, let c = Optional(f[i]), c == 45 || c == 43 || c == 32 || c == 35 || c == 48 {  // - + space # 0
        flags.append(c); i += 1
      }
      var width: Int? = nil
      if i < n && f[i] == 42 {  // '*'
        let w = Int32(truncatingIfNeeded: next(4))
        if w < 0 { flags.append(45); width = Int(-Int64(w)) } else { width = Int(w) }
        i += 1
      } else {
        var w = 0, any = false
        while i < n && f[i] >= 48 && f[i] <= 57 { w = min(w * 10 + Int(f[i] - 48), 1 << 20); any = true; i += 1 }
        if any { width = w }
      }
      var prec: Int? = nil
      if i < n && f[i] == 46 {  // '.'
        i += 1
        if i < n && f[i] == 42 {
          let p = Int32(truncatingIfNeeded: next(4))
          prec = p < 0 ? nil : Int(p)
          i += 1
        } else {
          var p = 0
          while i < n && f[i] >= 48 && f[i] <= 57 { p = min(p * 10 + Int(f[i] - 48), 1 << 20); i += 1 }
          prec = p
        }
      }
      // length
      var size = 4
      var longDouble = false
      if i < n {
        switch f[i] {
        case 104:  // h
          if i + 1 < n && f[i + 1] == 104 { size = 1; i += 2 } else { size = 2; i += 1 }
        case 108:  // l
          if i + 1 < n && f[i + 1] == 108 { size = 8; i += 2 } else { size = ptrBytes; i += 1 }
        case 113, 106: size = 8; i += 1               // q j
        case 122, 116: size = ptrBytes; i += 1        // z t
        case 76: longDouble = true; i += 1            // L
        default: break
        }
      }
      guard i < n else { out.append(contentsOf: f[specStart..<n]); break }
      let conv = f[i]
      i += 1
      func spec(_ len: String, _ c: UInt8, extraFlags: String = "") -> String {
        var s = "%" + extraFlags + String(decoding: flags, as: UTF8.self)
        if let w = width { s += String(w) }
        if let p = prec { s += "." + String(p) }
        return s + len + String(UnicodeScalar(c))
      }
      switch conv {
      case 37: out.append(37)
      case 100, 105:  // d i
        let raw = next(size)
        let c = UInt64(64 - size * 8)
        let v = Int64(bitPattern: raw << c) >> c
        host(spec("ll", 100), [v], into: &out)
      case 117, 120, 88, 111:  // u x X o
        let v = next(size) & maskBits(size * 8)
        host(spec("ll", conv), [v], into: &out)
      case 99:  // c
        let v = Int32(truncatingIfNeeded: next(4) & 0xff)
        host(spec("", 99), [v], into: &out)
      case 115:  // s
        let p = next(ptrBytes)
        var bytes: [UInt8]
        if p == 0 {
          bytes = Array("(null)".utf8)
        } else if let pr = prec {
          bytes = []
          var k: UInt64 = 0
          while k < UInt64(pr) {
            guard ok(p &+ k, 1) else { return "bad string pointer 0x\(String(p, radix: 16)) for %s" }
            let b = UInt8(truncatingIfNeeded: rd(p + k, 1))
            if b == 0 { break }
            bytes.append(b); k += 1
          }
        } else {
          guard let s = cstring(p) else { return "bad string pointer 0x\(String(p, radix: 16)) for %s" }
          bytes = s
        }
        // pad by hand: the bytes may not be valid UTF-8 and contain no NUL
        if let pr = prec, bytes.count > pr { bytes = Array(bytes[0..<pr]) }
        let w = width ?? 0
        let left = flags.contains(45)
        if !left && bytes.count < w { out.append(contentsOf: [UInt8](repeating: 32, count: w - bytes.count)) }
        out.append(contentsOf: bytes)
        if left && bytes.count < w { out.append(contentsOf: [UInt8](repeating: 32, count: w - bytes.count)) }
      case 112:  // p
        let v = next(ptrBytes)
        if v == 0 {
          prec = nil
          let w = width ?? 0
          let s = Array("(nil)".utf8)
          let left = flags.contains(45)
          if !left && s.count < w { out.append(contentsOf: [UInt8](repeating: 32, count: w - s.count)) }
          out.append(contentsOf: s)
          if left && s.count < w { out.append(contentsOf: [UInt8](repeating: 32, count: w - s.count)) }
        } else {
          host(spec("ll", 120, extraFlags: "#"), [v], into: &out)
        }
      case 102, 70, 101, 69, 103, 71, 97, 65:  // f F e E g G a A
        if longDouble { return "unsupported: long double in printf" }
        let d = Double(bitPattern: next(8))
        host(spec("", conv), [d], into: &out)
      case 110:  // n: not supported (consume the pointer)
        _ = next(ptrBytes)
      default:
        out.append(contentsOf: f[specStart..<i])
      }
    }
    return nil
  }

  /// Renders one conversion with the host's vsnprintf.
  private func host(_ spec: String, _ args: [CVarArg], into out: inout [UInt8]) {
    var cap = 128
    while true {
      var buf = [CChar](repeating: 0, count: cap)
      let r = spec.withCString { fs in
        withVaList(args) { va in buf.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, cap, fs, va) } }
      }
      if r < 0 { return }
      if Int(r) < cap {
        buf.withUnsafeBufferPointer { b in
          b.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: Int(r)) { out.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(r))) }
        }
        return
      }
      cap = Int(r) + 1
    }
  }
}
