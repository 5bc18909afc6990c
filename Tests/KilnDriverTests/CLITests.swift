// The `kiln` command itself: flags, outputs, exit statuses, and determinism across thread counts.

import Foundation
import Testing
import KilnDriver
import KilnSSA

@Suite struct CLITests {
  static let example = Repo.path("Examples/fib.ll")

  @Test func emitsSSAToFile() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = dir + "/fib.ssa"
    let r = try run(Repo.kiln, ["--emit=ssa", Self.example, "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(text.contains("@main"))
    #expect(text.contains("@fib"))
  }

  @Test func emitNoneWritesNothing() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let r = try run(Repo.kiln, ["--emit=none", Self.example], cwd: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).isEmpty)
  }

  @Test func standardOutputAndTargets() throws {
    // Each target compiles its own flavour of the same program; the triple picks the target.
    for (t, dir) in [("x86_64-linux-gnu", "x86_64"), ("aarch64-linux-gnu", "aarch64"), ("wasm32", "wasm32")] {
      let file = Repo.path("Tests/corpus/\(dir)/recursion.ll")
      let r = try run(Repo.kiln, ["--target", t, "--emit=ssa", file, "-o", "-"])
      #expect(r.status == 0, "\(t): \(r.stderr)")
      #expect(r.stdout.contains("@main"))
      #expect(r.stdout.contains("target \(TargetDesc.forTriple(t)!.triple)"))
      let implicit = try run(Repo.kiln, ["--emit=ssa", file, "-o", "-"])
      #expect(implicit.stdout == r.stdout, "the module's triple selects the same target")
    }
    // Forcing a target whose data layout disagrees with the module's is an error, not a guess.
    let r = try run(Repo.kiln, ["--target", "wasm32", "--emit=ssa", Self.example, "-o", "-"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("error: data layout"))
  }

  @Test func badUsageExitsOne() throws {
    #expect(try run(Repo.kiln, []).status == 1)
    #expect(try run(Repo.kiln, ["--emit=bogus", Self.example]).status == 1)
    #expect(try run(Repo.kiln, ["--target", "sparc", Self.example]).status == 1)
    let missing = try run(Repo.kiln, ["/nonexistent/x.ll"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("kiln: error: cannot open '/nonexistent/x.ll'"))
    #expect(try run(Repo.kiln, ["--help"]).status == 0)
    #expect(try run(Repo.kiln, ["--version"]).status == 0)
  }

  @Test func outputIsIdenticalAtAnyThreadCount() throws {
    let files = [Self.example] + Repo.llFiles(in: "Tests/corpus/x86_64").prefix(8)
    for f in files {
      let one = try run(Repo.kiln, ["-j", "1", "--emit=ssa", f, "-o", "-"])
      let two = try run(Repo.kiln, ["-j", "2", "--emit=ssa", f, "-o", "-"])
      let four = try run(Repo.kiln, ["-j", "4", "--emit=ssa", f, "-o", "-"])
      #expect(one.status == 0, "\(f): \(one.stderr)")
      #expect(one.stdout == two.stdout && two.stdout == four.stdout, "\(f): output differs by thread count")
    }
  }
}
