// End-to-end tests of the x86_64 backend on the corpus (Tests/corpus/x86_64/*.ll) and on the
// generated csmith programs (out/csmith/x86_64, when present). Each program is compiled to an
// ELF object, linked with `cc`, run, and its output compared with the natively built program's.
// `knownFailures` lists programs that are expected to fail today (reported, not hidden): the test
// fails if one of them starts passing, so the list stays true.

import Foundation
import Testing
import KilnX86_64

@Suite("x86_64 backend corpus", .serialized)
struct X86CorpusTests {
  static let knownFailures: Set<String> = []

  static func corpusFiles() -> [String] { X86Harness.files(X86Harness.corpus.appendingPathComponent("x86_64")) }

  @Test("corpus program compiles, links and runs", arguments: corpusFiles())
  func corpus(_ file: String) throws {
    guard X86Harness.cc != nil else {
      Issue.record("skipped: cc not found"); return
    }
    let path = X86Harness.corpus.appendingPathComponent("x86_64/\(file)")
    let exp = X86Harness.corpus.appendingPathComponent("expected/\(X86Harness.baseName(file)).out")
    let r = X86Harness.check(path, expected: exp, threads: file.hasPrefix("s") ? 2 : 1)
    if X86CorpusTests.knownFailures.contains(file) {
      #expect(r != nil, "\(file) is listed as a known failure but passes now")
    } else {
      #expect(r == nil, "\(file): \(r ?? "")")
    }
  }

  static let csmithKnownFailures: Set<String> = []

  static func csmithFiles() -> [String] {
    let exp = X86Harness.csmith.appendingPathComponent("expected")
    return X86Harness.files(X86Harness.csmith.appendingPathComponent("x86_64")).filter {
      FileManager.default.fileExists(atPath: exp.appendingPathComponent(String($0.dropLast(3)) + ".out").path)
    }
  }

  @Test("csmith program matches the native checksum", arguments: csmithFiles())
  func csmith(_ file: String) throws {
    guard X86Harness.cc != nil else { Issue.record("skipped: cc not found"); return }
    let path = X86Harness.csmith.appendingPathComponent("x86_64/\(file)")
    let exp = X86Harness.csmith.appendingPathComponent("expected/\(String(file.dropLast(3))).out")
    let r = X86Harness.check(path, expected: exp)
    if X86CorpusTests.csmithKnownFailures.contains(file) {
      #expect(r != nil, "\(file) is listed as a known failure but passes now")
    } else {
      #expect(r == nil, "\(file): \(r ?? "")")
    }
  }
}
