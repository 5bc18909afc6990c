// Shared helpers for the parser tests: parse inline IR text, collect diagnostics as
// `line:col: message` strings, locate the Inputs directory next to this file.

import KilnIR
import KilnIRParser
import KilnSupport
import Testing

enum T {
  static let inputs: String = {
    let here = #filePath
    return String(here[..<here.lastIndex(of: "/")!]) + "/Inputs"
  }()

  static func parse(_ text: String, limit: Int = 20) -> (Module?, Diagnostics) {
    let file = SourceFile(path: "t.ll", text: text)
    var d = Diagnostics(file: file, limit: limit)
    let m = IRParser.parse(file, diagnostics: &d)
    return (m, d)
  }

  /// Parses text that must be valid; records the diagnostics as a test failure otherwise.
  static func ok(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Module {
    let (m, d) = parse(text)
    return try #require(m, "unexpected errors:\n\(d.render())", sourceLocation: sourceLocation)
  }

  /// The errors of text that must be invalid, as `line:col: message`.
  static func errors(_ text: String, limit: Int = 20) -> [String] {
    let (m, d) = parse(text, limit: limit)
    let file = SourceFile(path: "t.ll", text: text)
    #expect(m == nil)
    return d.items.map { item in
      let (l, c) = file.lineColumn(of: Int(item.loc.offset))
      return "\(l):\(c): \(item.message)"
    }
  }

  static func fn(_ m: Module, _ name: String) -> Function? {
    m.functions.first { m.name($0.name) == name }
  }

  static func global(_ m: Module, _ name: String) -> GlobalVar? {
    m.globals.first { m.name($0.name) == name }
  }

  static func ops(_ f: Function, _ i: Int) -> [Value] { Array(f.operands(of: InstID(i))) }

  static func intValue(_ m: Module, _ v: Value) -> [UInt64]? {
    guard v.tag == .constant else { return nil }
    let c = ConstID(raw: UInt32(v.index))
    guard m.constants[c].kind == .int else { return nil }
    return Array(m.constants.words(c))
  }

  static func ty(_ m: Module, _ t: TypeID) -> String { m.types.describe(t, names: m.names) }
}
