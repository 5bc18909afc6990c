// Differential tests of the lowering through the SSA interpreter: every corpus program
// (Tests/corpus/<target>/*.ll, clang -O0 output) is parsed, verified, lowered for its target and
// interpreted; stdout + "exit: N" must equal Tests/corpus/expected/<name>.out, which came from
// the natively built program. csmith programs (out/csmith/<target>/*.ll with
// out/csmith/expected/*.out, made by scripts/csmith-gen.sh) run too when present: x86_64 and
// aarch64 must match the LP64 checksum exactly; wasm32 (ILP32) only has to run without a trap.
// KILN_CSMITH_DIR points the csmith tests at another generated directory.

import Foundation
import Testing
import KilnSupport
import KilnIR
import KilnIRParser
import KilnSSA
import KilnSSAInterp

enum InterpHarness {
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }
  static var corpus: URL { root.appendingPathComponent("Tests/corpus") }
  /// out/csmith, or the directory in KILN_CSMITH_DIR (same layout, from scripts/csmith-gen.sh).
  static var csmith: URL {
    if let d = ProcessInfo.processInfo.environment["KILN_CSMITH_DIR"], !d.isEmpty { return URL(fileURLWithPath: d) }
    return root.appendingPathComponent("out/csmith")
  }

  static func files(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".ll") }.sorted()
  }

  /// "target/file.ll" for every corpus program.
  static func corpusCases() -> [String] {
    var out: [String] = []
    for t in ["x86_64", "aarch64", "wasm32"] {
      for f in files(corpus.appendingPathComponent(t)) { out.append("\(t)/\(f)") }
    }
    return out
  }

  static func csmithCases() -> [String] {
    var out: [String] = []
    let exp = csmith.appendingPathComponent("expected")
    for t in ["x86_64", "aarch64", "wasm32"] {
      for f in files(csmith.appendingPathComponent(t)) {
        let name = String(f.dropLast(3))
        if FileManager.default.fileExists(atPath: exp.appendingPathComponent(name + ".out").path) { out.append("\(t)/\(f)") }
      }
    }
    return out
  }

  /// Parses, verifies and lowers `path` for `target`; nil + diagnostics on failure.
  static func lower(_ path: URL, target: TargetDesc) -> (SModule?, String) {
    guard let text = try? String(contentsOf: path, encoding: .utf8) else { return (nil, "cannot read \(path.path)") }
    let file = SourceFile(path: path.path, text: text)
    var d = Diagnostics(file: file)
    guard let m = IRParser.parse(file, diagnostics: &d) else { return (nil, d.render()) }
    guard IRVerifier.verify(m, diagnostics: &d) else { return (nil, d.render()) }
    let s = Lowering.lower(m, target: target, diagnostics: &d)
    return (s, d.render())
  }

  static func target(_ name: String) -> TargetDesc {
    name == "aarch64" ? .aarch64 : name == "wasm32" ? .wasm32 : .x86_64
  }

  /// The expected-output name of a corpus file: `foo.g.ll` (debug-info variant) shares `foo.out`.
  static func baseName(_ file: String) -> String {
    var n = String(file.dropLast(3))
    if n.hasSuffix(".g") { n = String(n.dropLast(2)) }
    return n
  }

  /// Runs one program; returns a failure description or nil.
  static func check(_ dir: URL, _ rel: String, expectedDir: URL, exactOutput: Bool = true) -> String? {
    let parts = rel.split(separator: "/")
    let t = target(String(parts[0]))
    let file = String(parts[1])
    let (m, diags) = lower(dir.appendingPathComponent(rel), target: t)
    guard let m else { return "\(rel): does not lower: \(diags.prefix(500))" }
    let r = SSAInterpreter.run(m, stepLimit: 400_000_000)
    if let e = r.error { return "\(rel): interpreter error: \(e)\nstdout so far:\n\(String(decoding: r.stdout.suffix(400), as: UTF8.self))" }
    if !exactOutput { return nil }
    let expPath = expectedDir.appendingPathComponent(baseName(file) + ".out")
    guard let expected = try? String(contentsOf: expPath, encoding: .utf8) else { return "\(rel): no expected output at \(expPath.path)" }
    let got = r.transcript
    if got == expected { return nil }
    let g = got.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    var k = 0
    while k < min(g.count, e.count) && g[k] == e[k] { k += 1 }
    let gl = k < g.count ? String(g[k]) : "<eof>", el = k < e.count ? String(e[k]) : "<eof>"
    return "\(rel): output differs at line \(k + 1):\n  got:      \(gl)\n  expected: \(el)"
  }
}

@Suite struct InterpCorpusTests {
  @Test(arguments: InterpHarness.corpusCases())
  func corpusProgram(_ rel: String) {
    let failure = InterpHarness.check(InterpHarness.corpus, rel, expectedDir: InterpHarness.corpus.appendingPathComponent("expected"))
    #expect(failure == nil, "\(failure ?? "")")
  }

  @Test(arguments: InterpHarness.csmithCases())
  func csmithProgram(_ rel: String) {
    let exact = !rel.hasPrefix("wasm32/")
    let failure = InterpHarness.check(InterpHarness.csmith, rel, expectedDir: InterpHarness.csmith.appendingPathComponent("expected"), exactOutput: exact)
    #expect(failure == nil, "\(failure ?? "")")
  }
}
