// The verifier on parsed IR text: clang -O0 output for the three targets verifies clean, and
// malformed text is reported at the byte offset of the offending instruction.

import Foundation
import Testing
import KilnIR
import KilnIRParser
import KilnSupport

private let repoRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

private func corpusFiles() -> [String] {
  var out: [String] = []
  for t in ["x86_64", "aarch64", "wasm32"] {
    let dir = repoRoot + "/Tests/corpus/" + t
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    out += names.filter { $0.hasSuffix(".ll") }.sorted().map { dir + "/" + $0 }
  }
  return out
}

/// Parses `text` and verifies it; returns rendered diagnostics (parse errors included).
private func check(_ text: String, name: String = "t.ll") -> (ok: Bool, items: [Diagnostic], rendered: String) {
  let file = SourceFile(path: name, text: text)
  var d = Diagnostics(file: file)
  guard let m = IRParser.parse(file, diagnostics: &d) else { return (false, d.items, d.render()) }
  let ok = IRVerifier.verify(m, diagnostics: &d)
  return (ok && !d.hasErrors, d.items, d.render())
}

/// Byte offset of the first occurrence of `needle` in `text`.
private func offset(of needle: String, in text: String) -> Int {
  let t = Array(text.utf8), n = Array(needle.utf8)
  var i = 0
  while i + n.count <= t.count {
    if Array(t[i..<(i + n.count)]) == n { return i }
    i += 1
  }
  return -1
}

@Suite struct ParsedVerifierTests {
  static let files = corpusFiles()

  @Test func corpusIsThere() { #expect(Self.files.count >= 30) }

  @Test(arguments: files)
  func clangOutputVerifiesClean(_ path: String) throws {
    let data = try #require(FileManager.default.contents(atPath: path))
    let file = SourceFile(path: path, bytes: [UInt8](data))
    var d = Diagnostics(file: file)
    let m = try #require(IRParser.parse(file, diagnostics: &d), "\(d.render())")
    #expect(IRVerifier.verify(m, diagnostics: &d), "\(d.render())")
    #expect(!d.hasErrors)
  }

  @Test func notDominatedIsReportedAtTheUse() {
    let text = """
      define i32 @f(i1 %c) {
      entry:
        br i1 %c, label %a, label %b
      a:
        %x = add i32 1, 2
        br label %b
      b:
        ret i32 %x
      }

      """
    let r = check(text)
    #expect(!r.ok)
    #expect(r.items.map(\.message) == ["instruction does not dominate all uses: %x"])
    #expect(r.items.first?.loc == SourceLoc(offset(of: "ret i32 %x", in: text)))
    #expect(r.rendered.hasPrefix("t.ll:8:3: error: instruction does not dominate all uses: %x\n"))
  }

  @Test func phiMismatchNamesTheMissingBlock() {
    let text = """
      define i32 @f(i1 %c) {
      entry:
        br i1 %c, label %a, label %b
      a:
        br label %b
      b:
        %p = phi i32 [ 1, %entry ]
        ret i32 %p
      }

      """
    let r = check(text)
    #expect(r.items.map(\.message) == ["phi node entries do not match predecessors: missing entry for %a"])
    #expect(r.items.first?.loc == SourceLoc(offset(of: "%p = phi", in: text)))
  }

  @Test func numberedBlocksAndValuesUseSlotNames() {
    let text = """
      define i32 @f(i32 %0) {
        %2 = icmp sgt i32 %0, 0
        br i1 %2, label %3, label %5

      3:
        %4 = add i32 %0, 1
        br label %5

      5:
        ret i32 %4
      }

      """
    let r = check(text)
    #expect(r.items.map(\.message) == ["instruction does not dominate all uses: %4"])
    #expect(r.items.first?.loc == SourceLoc(offset(of: "ret i32 %4", in: text)))
  }

  @Test func duplicateSwitchCase() {
    let text = """
      define i32 @f(i32 %x) {
      entry:
        switch i32 %x, label %d [
          i32 -7, label %a
          i32 -7, label %a
        ]
      a:
        ret i32 1
      d:
        ret i32 0
      }

      """
    let r = check(text)
    #expect(r.items.map(\.message) == ["switch case value -7 is duplicated"])
    #expect(r.items.first?.loc == SourceLoc(offset(of: "switch", in: text)))
  }

  @Test func gepStructIndexOutOfRange() {
    let text = """
      %struct.S = type { i32, i32 }

      define ptr @f(ptr %p) {
        %q = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 5
        ret ptr %q
      }

      """
    let r = check(text)
    #expect(r.items.map(\.message) == ["struct index 5 is out of range for '%struct.S'"])
    #expect(r.items.first?.loc == SourceLoc(offset(of: "%q = getelementptr", in: text)))
  }

  @Test func landingpadWithoutPersonality() {
    let text = """
      declare void @g()

      define void @f() {
      entry:
        invoke void @g() to label %ok unwind label %pad
      ok:
        ret void
      pad:
        %lp = landingpad { ptr, i32 } cleanup
        resume { ptr, i32 } %lp
      }

      """
    let r = check(text)
    #expect(r.items.map(\.message) == ["landingpad needs a function with a personality ('@f' has none)"])
    #expect(r.items.first?.loc == SourceLoc(offset(of: "%lp = landingpad", in: text)))
  }

  @Test func validExceptionHandlingAndPhis() {
    let text = """
      declare i32 @__gxx_personality_v0(...)
      declare i32 @g(i32)

      define i32 @f(i32 %n) personality ptr @__gxx_personality_v0 {
      entry:
        %r = invoke i32 @g(i32 %n) to label %ok unwind label %pad
      ok:
        %c = icmp eq i32 %r, 0
        br i1 %c, label %join, label %other
      other:
        br label %join
      join:
        %v = phi i32 [ %r, %ok ], [ 7, %other ]
        ret i32 %v
      pad:
        %lp = landingpad { ptr, i32 } catch ptr null
        resume { ptr, i32 } %lp
      }

      """
    let r = check(text)
    #expect(r.ok, "\(r.rendered)")
  }
}

/// Parallel verification (`threads > 1`, used for modules with many functions) must say exactly
/// what the serial verifier says: nothing for valid modules, the same diagnostics in the same
/// order for broken ones (including once-only reports and the error limit).
@Suite struct ParallelVerifierTests {
  /// `n` functions; those in `broken` use a value that does not dominate its use, and those in
  /// `warned` call @callee with a type that disagrees with its declaration (a warning).
  static func module(_ n: Int, broken: Set<Int> = [], warned: Set<Int> = []) -> String {
    var s = "declare i32 @callee(i32)\n"
    for k in 0..<n {
      s += "define i32 @f\(k)(i1 %c) {\nentry:\n  br i1 %c, label %a, label %b\na:\n  %x = add i32 \(k), 1\n"
      s += "  br label %b\nb:\n"
      if warned.contains(k) { s += "  %w = call i64 @callee(i64 1)\n" }
      s += broken.contains(k) ? "  ret i32 %x\n}\n" : "  ret i32 \(k)\n}\n"
    }
    return s
  }

  static func run(_ text: String, threads: Int, limit: Int = 20) -> (Bool, String) {
    let file = SourceFile(path: "p.ll", text: text)
    var d = Diagnostics(file: file, limit: limit)
    guard let m = IRParser.parse(file, diagnostics: &d) else { return (false, "parse: " + d.render()) }
    let ok = IRVerifier.verify(m, diagnostics: &d, threads: threads)
    return (ok, d.render())
  }

  @Test func sameAnswerAsSerial() {
    let cases: [(Set<Int>, Set<Int>, Int)] = [
      ([], [], 20), ([150], [], 20), ([3, 97, 150, 199], [], 20), ([], [10, 160], 20),
      (Set(0..<200), [], 20), (Set(0..<200), [], 5), ([199], [0], 20),
    ]
    for (broken, warned, limit) in cases {
      let text = Self.module(200, broken: broken, warned: warned)
      let serial = Self.run(text, threads: 1, limit: limit)
      #expect(serial.0 == broken.isEmpty)
      #expect(serial.1.contains("does not dominate") == !broken.isEmpty)
      #expect(serial.1.contains("warning: call to '@callee'") == !warned.isEmpty, "\(serial.1.prefix(300))")
      for t in [2, 3, 4] {
        let parallel = Self.run(text, threads: t, limit: limit)
        #expect(parallel.0 == serial.0 && parallel.1 == serial.1,
                "threads \(t), broken \(broken.sorted().prefix(5)), warned \(warned.sorted()): \(parallel.1)")
      }
    }
  }

  /// A bad constant (found by the module level, which workers check alongside the functions
  /// while presuming every constant fine) used by a global and by functions: reported once, at
  /// its first use, as the serial verifier does.
  @Test func badConstantSameAnswerAsSerial() {
    let bad = "getelementptr (%struct.S, ptr @g, i32 0, i32 5)"
    for (inGlobal, users) in [(true, [0, 150]), (false, [7]), (false, [3, 120, 199])] {
      var text = "%struct.S = type { i32, i32 }\n@g = global %struct.S zeroinitializer\n"
      if inGlobal { text += "@p = global ptr \(bad)\n" }
      for k in 0..<200 {
        text += "define void @f\(k)(ptr %q) {\n"
        if users.contains(k) { text += "  store ptr \(bad), ptr %q, align 8\n" }
        text += "  ret void\n}\n"
      }
      let serial = Self.run(text, threads: 1)
      #expect(!serial.0)
      #expect(serial.1.contains("out of range"), "\(serial.1.prefix(300))")
      for t in [2, 3] {
        let parallel = Self.run(text, threads: t)
        #expect(parallel.0 == serial.0 && parallel.1 == serial.1, "threads \(t), users \(users): \(parallel.1)")
      }
    }
  }
}
