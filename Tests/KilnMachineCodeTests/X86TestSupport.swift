// Helpers shared by the x86_64 encoder tests: byte formatting with a caret under the first
// difference (the failure message every encoder test prints), and a one-shot encode+print.

import KilnMachineCode
import KilnX86_64

enum X86TestSupport {
  static func hex(_ b: some Collection<UInt8>) -> String {
    b.map { h in let s = String(h, radix: 16); return s.count == 1 ? "0" + s : s }.joined(separator: " ")
  }

  /// "expected: .. / given: .. / caret" report, or nil when equal.
  static func diff(expected: [UInt8], given: [UInt8], text: String) -> String? {
    if expected == given { return nil }
    var i = 0
    while i < expected.count && i < given.count && expected[i] == given[i] { i += 1 }
    let caret = String(repeating: " ", count: 12 + 3 * i) + "^"
    return "\(text)\n  expected: \(hex(expected))\n  given:    \(hex(given))\n\(caret) first difference at byte \(i)"
  }

  /// Encodes one instruction into a fresh buffer; returns bytes and printed text.
  static func encode(_ inst: X86Inst, printer: X86Printer = X86Printer()) throws -> (bytes: [UInt8], text: String) {
    var b = CodeBuffer()
    let form = try X86Encoder.encode(inst, into: &b)
    var s = ""
    printer.print(inst, form: form, into: &s)
    return (b.bytes, s)
  }
}
