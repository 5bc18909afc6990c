// Every .ll file under Tests/corpus/ (clang output for x86_64, aarch64, wasm32) must parse, pass
// the IR verifier, lower for its target, and pass the SSA verifier. Also checks that lowering is
// byte-identical with 1 and 4 threads.

import Foundation
import Testing
import KilnSupport
import KilnIR
import KilnIRParser
@testable import KilnSSA

enum LowerHarness {
  static var corpusDir: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("corpus")
  }

  static func corpusFiles() -> [URL] {
    guard let e = FileManager.default.enumerator(at: corpusDir.resolvingSymlinksInPath(), includingPropertiesForKeys: nil) else { return [] }
    var out: [URL] = []
    for case let u as URL in e where u.pathExtension == "ll" { out.append(u) }
    return out.sorted { $0.path < $1.path }
  }

  /// Parses and lowers IR text; returns the module or the rendered diagnostics.
  static func lower(_ text: String, path: String = "t.ll", target: TargetDesc? = nil, threads: Int = 1)
    -> (SModule?, String) {
    let file = SourceFile(path: path, text: text)
    var d = Diagnostics(file: file)
    guard let m = IRParser.parse(file, diagnostics: &d) else { return (nil, d.render()) }
    guard IRVerifier.verify(m, diagnostics: &d) else { return (nil, d.render()) }
    let t = target ?? m.triple.flatMap(TargetDesc.forTriple) ?? .x86_64
    let s = Lowering.lower(m, target: t, diagnostics: &d, threads: threads)
    return (s, d.render())
  }
}

@Suite struct LowerCorpusTests {
  @Test func everyCorpusFileLowersAndVerifies() throws {
    let files = LowerHarness.corpusFiles()
    var failures: [String] = []
    #expect(!files.isEmpty, "no corpus files under \(LowerHarness.corpusDir.path)")
    for u in files {
      guard let text = try? String(contentsOf: u, encoding: .utf8) else { continue }
      let (s, diags) = LowerHarness.lower(text, path: u.path)
      guard let s else {
        // files that are rejected must be rejected only as unsupported
        if !diags.contains("unsupported") { failures.append("\(u.lastPathComponent): \(diags.prefix(600))") }
        continue
      }
      let problems = SSAVerifier.verify(s)
      if !problems.isEmpty {
        failures.append("\(u.path): SSA verifier: \(problems.prefix(5).joined(separator: "\n"))")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n\n"))")
  }

  @Test func loweringIsIdenticalAcrossThreadCounts() throws {
    for u in LowerHarness.corpusFiles().prefix(40) {
      guard let text = try? String(contentsOf: u, encoding: .utf8) else { continue }
      let (a, _) = LowerHarness.lower(text, path: u.path, threads: 1)
      let (b, _) = LowerHarness.lower(text, path: u.path, threads: 4)
      guard let a, let b else { continue }
      #expect(printSSA(a) == printSSA(b), "\(u.lastPathComponent) differs between 1 and 4 threads")
    }
  }
}
