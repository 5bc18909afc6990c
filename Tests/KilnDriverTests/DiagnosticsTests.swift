// Every file in Tests/diagnostics/ is malformed or unsupported IR. For each, the exact
// diagnostics Kiln must print live next to it in NAME.expected (regenerate deliberately with
// KILN_BLESS=1 and review the diff). The CLI must exit 1 and write no output file.

import Foundation
import Testing
import KilnDriver
import KilnSupport

@Suite struct DiagnosticsTests {
  static let inputs = Repo.llFiles(in: "Tests/diagnostics")

  @Test func corpusIsPresent() {
    #expect(Self.inputs.count >= 30)
  }

  /// Front-half options (`--emit=none`).
  static func frontHalf(verifySSA: Bool) -> CompileOptions {
    var options = CompileOptions()
    options.emit = .none
    options.verifySSA = verifySSA
    return options
  }

  @Test(arguments: inputs)
  func exactDiagnostics(_ path: String) throws {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let result = try compileFile(path, displayName: name, options: Self.frontHalf(verifySSA: true))
    #expect(!result.succeeded, "\(name) should be rejected")
    let text = result.diagnostics.render()
    #expect(text.contains("\(name):"), "diagnostics should name the file:line:col")
    let expectedPath = path.replacingOccurrences(of: ".ll", with: ".expected")
    if ProcessInfo.processInfo.environment["KILN_BLESS"] == "1" {
      try text.write(toFile: expectedPath, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
    #expect(text == expected)
  }

  @Test(arguments: inputs)
  func cliExitsOneAndWritesNothing(_ path: String) throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for emit in ["ssa", "none"] {
      let out = dir + "/out.\(emit)"
      let r = try run(Repo.kiln, ["--emit=\(emit)", path, "-o", out])
      #expect(r.status == 1, "exit status for \(path)")
      #expect(r.stderr.contains(": error: "))
      #expect(r.stdout.isEmpty)
      #expect(!FileManager.default.fileExists(atPath: out), "no output file may be written")
      let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      #expect(leftovers.isEmpty, "no temporary files left behind: \(leftovers)")
    }
  }

  /// `--emit=none` drops each function's SSA once lowered (`keepSSA` false); the diagnostics
  /// must be the ones the whole-module path gives, and a valid file must still lower.
  @Test(arguments: inputs)
  func droppingSSAGivesTheSameDiagnostics(_ path: String) throws {
    let name = URL(fileURLWithPath: path).lastPathComponent
    var options = Self.frontHalf(verifySSA: false)
    let kept = try compileFile(path, displayName: name, options: options)
    options.keepSSA = false
    let dropped = try compileFile(path, displayName: name, options: options)
    #expect(!dropped.succeeded)
    #expect(dropped.diagnostics.render() == kept.diagnostics.render())
  }

  @Test func droppingSSALowersEveryFunction() throws {
    var options = Self.frontHalf(verifySSA: false)
    options.threads = 2
    for path in Repo.llFiles(in: "Tests/corpus/x86_64") {
      options.keepSSA = true
      let kept = try compileFile(path, options: options)
      options.keepSSA = false
      let dropped = try compileFile(path, options: options)
      #expect(kept.succeeded && dropped.succeeded, "\(path): \(dropped.diagnostics.render())")
      guard let k = kept.ssa, let d = dropped.ssa else { continue }
      // The same functions (and symbols) were lowered; only the bodies are gone.
      #expect(k.functions.map(\.symbol) == d.functions.map(\.symbol), "\(path)")
      #expect(k.symbols.map(\.name) == d.symbols.map(\.name), "\(path)")
      #expect(k.functions.contains { !$0.insts.isEmpty } && d.functions.allSatisfy { $0.insts.isEmpty }, "\(path)")
    }
  }

  @Test func severalErrorsAreAllReported() throws {
    let path = Repo.path("Tests/diagnostics/several-errors.ll")
    var options = CompileOptions(); options.emit = .none
    let r = try compileFile(path, options: options)
    #expect(r.diagnostics.errorCount >= 3)
  }

  @Test func randomBytesAreRejectedCleanly() throws {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) }
      let r = Pipeline.compile(SourceFile(path: "noise.ll", bytes: bytes), options: CompileOptions())
      #expect(!r.succeeded)
      #expect(r.diagnostics.render().hasPrefix("noise.ll:"))
    }
  }
}
