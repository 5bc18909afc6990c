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

  /// `-c` has libelf write into the output file itself (FileIO.writeThrough): an existing file is
  /// replaced whole by the same object `--emit=obj` builds in memory, and an output that cannot be
  /// created is an error that leaves no file (and no temporary) behind.
  @Test func objectWrittenInPlaceMatchesInMemoryObject() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let out = dir + "/fib.o"
    try Data(repeating: 0x41, count: 1 << 16).write(to: URL(fileURLWithPath: out))
    let r = try run(Repo.kiln, ["-c", Self.example, "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    // The same object through the byte path (in process, no objectPath: libelf's scratch file).
    var options = CompileOptions()
    options.emit = .obj
    let inMemory = try compileFile(Self.example, options: options)
    let bytes = try #require(inMemory.output)
    #expect(inMemory.writtenTo == nil)
    let written = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(written == Data(bytes), "object written in place differs from the in-memory one")
    #expect(written.starts(with: [0x7f, 0x45, 0x4c, 0x46]))
    // A path under a regular file cannot be created.
    let bad = try run(Repo.kiln, ["-c", Self.example, "-o", out + "/x.o"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("cannot open output file"), "\(bad.stderr)")
    let left = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    #expect(left == ["fib.o"], "\(left)")
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

  /// The fast command-line path (Invocation.swift) must read every command line it accepts exactly
  /// as swift-argument-parser does, and hand everything else to ArgumentParser.
  @Test func fastArgumentPathAgreesWithArgumentParser() throws {
    let fastCases: [[String]] = [
      ["a.ll"], ["-c", "a.ll", "-o", "a.o"], ["a.ll", "-o", "-", "-S"], ["--emit=ssa", "a.ll", "b.ll"],
      ["--emit", "none", "a.ll"], ["--target", "aarch64-linux-gnu", "-c", "a.ll"], ["-target", "wasm32", "a.ll"],
      ["-mtriple", "x86_64-linux-gnu", "a.ll"], ["--target=wasm32", "a.ll"], ["-j", "2", "a.ll"],
      ["--threads", "3", "a.ll"], ["--threads=4", "a.ll"], ["--verify-ssa", "--time-passes", "a.ll"],
      ["-ftime-report", "a.ll"], ["--run", "a.ll"], ["--ferror-limit-none", "-", "-o", "x"], ["-"],
      ["-j2", "a.ll"], ["-c", "-j16", "a.ll"],
    ]
    let slowCases: [[String]] = [
      ["--help"], ["--version"], ["-c", "-c", "a.ll"], ["-o", "x", "-o", "y", "a.ll"], ["-cS", "a.ll"],
      ["--emit=", "a.ll"], ["-j", "two", "a.ll"], ["--bogus", "a.ll"], ["-o"], ["--run=1", "a.ll"],
      ["-o", "-x", "a.ll"], [],
    ]
    for args in fastCases + slowCases {
      let fast = try run(Repo.kiln, args, env: ["KILN_PRINT_INVOCATION": "1"])
      let slow = try run(Repo.kiln, args, env: ["KILN_PRINT_INVOCATION": "1", "KILN_SLOW_ARGS": "1"])
      #expect(slow.stdout.hasPrefix("via=argument-parser ") || slow.status != 0 || args.contains { $0.hasPrefix("--h") || $0.hasPrefix("--v") },
              "\(args): \(slow.stdout)")
      if fastCases.contains(args) {
        #expect(fast.stdout.hasPrefix("via=fast "), "\(args) should take the fast path: \(fast.stdout)")
        #expect(fast.stdout.dropFirst("via=fast ".count) == slow.stdout.dropFirst("via=argument-parser ".count),
                "\(args): fast and ArgumentParser disagree:\n\(fast.stdout)\n\(slow.stdout)")
      } else {
        // Not for the fast path: the result is ArgumentParser's, byte for byte.
        #expect(fast.stdout == slow.stdout && fast.stderr == slow.stderr && fast.status == slow.status, "\(args)")
      }
    }
  }

  /// `-j3` (make's spelling) means `-j 3` on both argument paths.
  @Test func attachedJobCountIsAccepted() throws {
    for env in [["KILN_PRINT_INVOCATION": "1"], ["KILN_PRINT_INVOCATION": "1", "KILN_SLOW_ARGS": "1"]] {
      let r = try run(Repo.kiln, ["-j3", "a.ll"], env: env)
      #expect(r.status == 0 && r.stdout.contains("threads=3"), "\(env): \(r.stdout) \(r.stderr)")
    }
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

  /// Inputs of 64 KiB or more are mapped (FileIO.readSource), smaller ones and standard input are
  /// read: the text is the same either way. A file whose size is a whole number of pages still gets
  /// the lexer's NUL padding (the zero page mapped after it), so an error on its very last bytes is
  /// reported at its line with the source line and a caret, and nothing is read past the end.
  @Test func mappedInputsMatchReadOnes() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for size in [1 << 16, 70_001] {
      let head = "define i32 @main() {\n  ret i32 0\n}\n"
      let last = "@x = global i32 bogus"  // no newline: the file ends right after `bogus`
      var text = head
      while size - text.utf8.count - last.utf8.count >= 200 { text += "; " + String(repeating: "x", count: 97) + "\n" }
      let rest = size - text.utf8.count - last.utf8.count
      text += "; " + String(repeating: "y", count: rest - 3) + "\n" + last
      #expect(text.utf8.count == size)
      let path = dir + "/mapped\(size).ll"
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let mapped = try FileIO.readSource(path, displayPath: path)
      #expect(mapped.count == size)
      #expect(mapped.bytes == Array(text.utf8), "\(size): mapped text differs from the file")
      #expect(try FileIO.read(path) == Array(text.utf8))
      let line = text.utf8.filter { $0 == 10 }.count + 1
      let r = try run(Repo.kiln, ["--emit=none", path])
      #expect(r.status == 1)
      #expect(r.stderr.contains("\(path):\(line):17: error:"), "\(size): \(r.stderr)")
      #expect(r.stderr.contains(last + "\n" + String(repeating: " ", count: 16) + "^"), "\(size): \(r.stderr)")
    }
  }
}
