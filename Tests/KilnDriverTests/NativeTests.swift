// The native path through the `kiln` command: executables, objects and assembly for x86_64, with
// the output of every corpus program compared against what clang's build printed
// (Tests/corpus/expected/NAME.out), and bad input never leaving an output file behind.

import Foundation
import Testing
import KilnDriver
import KilnSupport

@Suite(.enabled(if: Repo.tool("cc") != nil, "cc is not installed: native link tests skipped"))
struct NativeTests {
  static let programs = Repo.llFiles(in: "Tests/corpus/x86_64")

  @Test(arguments: programs)
  func corpusProgramMatchesClang(_ path: String) throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let name = URL(fileURLWithPath: path).lastPathComponent
      .replacingOccurrences(of: ".g.ll", with: "").replacingOccurrences(of: ".ll", with: "")
    let exe = dir + "/prog"
    let c = try run(Repo.kiln, [path, "-o", exe])
    try #require(c.status == 0, "kiln failed: \(c.stderr)")
    let r = try run(exe, [], timeout: 30)
    #expect(!r.timedOut)
    let expected = try String(contentsOfFile: Repo.path("Tests/corpus/expected/\(name).out"), encoding: .utf8)
    #expect(r.stdout + "exit: \(r.status)\n" == expected)
  }

  /// The same programs with each function's blocks in another order (valid IR: block order is
  /// free; scripts/shuffle-blocks.py): uses now often come before their definitions in layout
  /// order, and the output must not change.
  static let shuffled = Repo.llFiles(in: "Tests/corpus/x86_64-shuffled")

  @Test(arguments: shuffled)
  func shuffledBlocksMatchClang(_ path: String) throws {
    try corpusProgramMatchesClang(path)
  }

  /// An alias of an alias listed after it (`@d` → `@e` → `@g`) is defined like the others (it
  /// was left an undefined symbol, so linking failed).
  @Test func aliasOfALaterAlias() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let ll = dir + "/alias.ll"
    try """
      @a = internal alias i32 (i32), ptr @f
      @c = internal alias i32 (i32), ptr @a
      @d = private alias i32 (i32), ptr @e
      @e = internal alias i32 (i32), ptr @g
      define internal i32 @f(i32 %x) {
        %r = add i32 %x, 1
        ret i32 %r
      }
      define internal i32 @g(i32 %x) {
        %r = mul i32 %x, 3
        ret i32 %r
      }
      define i32 @main() {
        %1 = call i32 @c(i32 1)
        %2 = call i32 @d(i32 %1)
        %3 = call i32 @e(i32 %2)
        ret i32 %3
      }
      """.write(toFile: ll, atomically: true, encoding: .utf8)
    let c = try run(Repo.kiln, [ll, "-o", dir + "/prog"])
    try #require(c.status == 0, "kiln failed: \(c.stderr)")
    #expect(try run(dir + "/prog", [], timeout: 30).status == 18)  // (1 + 1) * 3 * 3
  }

  @Test func objectAndAssembly() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let ll = Repo.path("Examples/fib.ll")
    #expect(try run(Repo.kiln, ["-c", ll, "-o", dir + "/fib.o"]).status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: dir + "/fib.o"))
    #expect(bytes.prefix(4) == Data([0x7f, 0x45, 0x4c, 0x46]), "an ELF file")
    let s = try run(Repo.kiln, ["-S", ll, "-o", "-"])
    #expect(s.status == 0)
    #expect(s.stdout.contains("main:"))
    // Default output names follow clang: NAME.o for -c, a.out for executables.
    #expect(try run(Repo.kiln, ["-c", ll], cwd: dir).status == 0)
    #expect(FileManager.default.fileExists(atPath: dir + "/fib.o"))
    #expect(try run(Repo.kiln, [ll], cwd: dir).status == 0)
    #expect(FileManager.default.fileExists(atPath: dir + "/a.out"))
  }

  @Test(arguments: Repo.llFiles(in: "Tests/diagnostics"))
  func badInputWritesNoObjectAssemblyOrExecutable(_ path: String) throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for (flag, out) in [("-c", "x.o"), ("-S", "x.s"), ("", "x")] {
      let r = try run(Repo.kiln, (flag.isEmpty ? [] : [flag]) + [path, "-o", dir + "/" + out])
      #expect(r.status == 1, "\(flag) \(path)")
      #expect(r.stderr.contains("error:"))
      let left = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      #expect(left.isEmpty, "no output or temporary file may be left: \(left)")
    }
  }

  @Test func otherTargetsSayCodegenIsNotThereYet() throws {
    let r = try run(Repo.kiln, ["-c", Repo.path("Tests/corpus/wasm32/sort.ll"), "-o", "/tmp/kiln-never.o"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("unsupported: code generation for wasm32"))
    #expect(!FileManager.default.fileExists(atPath: "/tmp/kiln-never.o"))
  }
}

@Suite struct NativeLimitsTests {
  /// A local aligned beyond the 16-byte frame alignment is refused, never silently misaligned.
  @Test func overAlignedLocalIsRefused() throws {
    let text = """
      target triple = "x86_64-unknown-linux-gnu"
      define i32 @main() {
        %v = alloca [8 x i32], align 32
        store i32 1, ptr %v, align 32
        %r = load i32, ptr %v, align 32
        ret i32 %r
      }
      """
    var options = CompileOptions()
    options.emit = .obj
    let r = Pipeline.compile(SourceFile(path: "align.ll", text: text), options: options)
    #expect(!r.succeeded)
    #expect(r.diagnostics.render().contains("unsupported: stack object aligned to 32 bytes in function 'main'"))
  }
}
