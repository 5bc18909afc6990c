// The repository's corpus (C programs compiled by clang -O0 for three targets, committed as .ll)
// and fuzzer regressions: every corpus file must parse, verify, lower and pass the SSA verifier;
// every fuzz regression must be handled without a crash (accepted, or rejected with diagnostics).

import Foundation
import Testing
import KilnDriver
import KilnSSA

@Suite struct CorpusTests {
  static let files = ["x86_64", "aarch64", "wasm32"].flatMap { Repo.llFiles(in: "Tests/corpus/\($0)") }
    + [Repo.path("Examples/fib.ll")]

  @Test func corpusIsPresent() {
    #expect(Self.files.count >= 75, "expected the committed corpus for three targets")
  }

  @Test(arguments: files)
  func compilesCleanly(_ path: String) throws {
    var options = CompileOptions()
    options.emit = .ssa
    options.verifySSA = true
    let r = try compileFile(path, options: options)
    #expect(r.succeeded, "\(r.diagnostics.render())")
    #expect((r.output?.count ?? 0) > 0)
  }

  static let regressions: [String] = {
    let dir = Repo.path("fuzz/regressions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { dir + "/" + $0 }
  }()

  @Test(arguments: regressions)
  func fuzzRegression(_ path: String) throws {
    for t in TargetDesc.all {
      var options = CompileOptions()
      options.target = t
      options.verifySSA = true
      let r = try compileFile(path, options: options)
      // Either outcome is fine; a crash or an SSA-verifier complaint is not.
      #expect(r.succeeded || r.diagnostics.hasErrors)
      #expect(!r.diagnostics.render().contains("internal error"), "\(r.diagnostics.render())")
    }
  }
}

/// Random programs from csmith, compiled by clang for each target, through the whole front half;
/// for x86_64 also to an executable whose output must match clang's build of the same .ll.
/// KILN_CSMITH_COUNT sets how many (default 20; CI runs 100; thousands locally with
/// scripts/csmith-diff.sh), KILN_CSMITH_SEED the first seed.
@Suite(.enabled(if: Repo.tool("csmith") != nil && Repo.tool("clang") != nil,
                "csmith or clang is not installed: csmith tests skipped"))
struct CsmithTests {
  static let count = Int(ProcessInfo.processInfo.environment["KILN_CSMITH_COUNT"] ?? "") ?? 20
  static let seed0 = Int(ProcessInfo.processInfo.environment["KILN_CSMITH_SEED"] ?? "") ?? 1000

  @Test(arguments: (0..<count).map { seed0 + $0 })
  func csmithProgram(_ seed: Int) throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let src = dir + "/p\(seed).c"
    let gen = try run(Repo.tool("csmith")!, ["--seed", "\(seed)", "-o", src])
    try #require(gen.status == 0, "csmith failed: \(gen.stderr)")
    let targets: [(String, [String])] = [
      ("x86_64-unknown-linux-gnu", []),
      ("aarch64-unknown-linux-gnu", []),
      ("wasm32-unknown-unknown", ["-nostdinc", "-I", Repo.path("Tests/corpus/wasm-include")]),
    ]
    for (triple, extra) in targets {
      let ll = dir + "/p\(seed).\(triple).ll"
      let cc = try run(Repo.tool("clang")!, ["-target", triple, "-O0", "-S", "-emit-llvm", "-w",
                                             "-I", Repo.path("Tests/csmith/runtime")] + extra + [src, "-o", ll])
      try #require(cc.status == 0, "clang failed for \(triple): \(cc.stderr)")
      var options = CompileOptions()
      options.emit = triple.hasPrefix("x86_64") ? .obj : .ssa
      options.verifySSA = true
      let r = try compileFile(ll, options: options)
      #expect(r.succeeded, "seed \(seed) \(triple): \(r.diagnostics.render())")
      guard triple.hasPrefix("x86_64"), r.succeeded, let object = r.output else { continue }
      // Differential test: Kiln's executable must print what clang's build of the same .ll prints.
      let native = dir + "/native", kilnExe = dir + "/kiln"
      let oracle = try run(Repo.tool("clang")!, ["-O0", "-w", ll, "-o", native])
      try #require(oracle.status == 0, "clang failed to build the oracle: \(oracle.stderr)")
      let expected = try run(native, [], timeout: 10)
      if expected.timedOut { continue }  // csmith sometimes writes very long-running programs
      #expect(Linker.link(objects: [object], output: kilnExe, arch: "x86_64") == nil)
      let got = try run(kilnExe, [], timeout: 30)
      #expect(!got.timedOut, "seed \(seed): Kiln's build ran much longer than clang's")
      #expect(got.status == expected.status, "seed \(seed): exit status")
      #expect(got.stdout == expected.stdout, "seed \(seed): output differs from clang's build")
    }
  }
}
