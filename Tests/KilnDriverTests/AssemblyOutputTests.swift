// `kiln -S` is a complete GNU as program: for every x86_64 corpus file, `as` turns Kiln's assembly
// into an object whose every section (.text, data, read-only data, strings, constant pool) holds
// exactly the bytes of the object `kiln -c` writes, and `cc` links that assembly into a program
// that prints what clang's build printed (Tests/corpus/expected/NAME.out).

import Foundation
import Testing

@Suite(.enabled(if: Repo.tool("as") != nil && Repo.tool("cc") != nil,
                "GNU as or cc is not installed: assembly-output tests skipped"))
struct AssemblyOutputTests {
  static let programs = Repo.llFiles(in: "Tests/corpus/x86_64")

  @Test(arguments: programs)
  func assemblyAssemblesToTheObjectsBytes(_ path: String) throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let s = try run(Repo.kiln, ["-S", path, "-o", dir + "/k.s"])
    try #require(s.status == 0, "kiln -S: \(s.stderr)")
    let c = try run(Repo.kiln, ["-c", path, "-o", dir + "/k.o"])
    try #require(c.status == 0, "kiln -c: \(c.stderr)")
    let a = try run(Repo.tool("as")!, [dir + "/k.s", "-o", dir + "/as.o"])
    try #require(a.status == 0, "as rejected Kiln's assembly: \(a.stderr)")

    let kiln = try ELFSections(path: dir + "/k.o")
    let gas = try ELFSections(path: dir + "/as.o")
    let allocated = kiln.sections.filter { $0.allocated }
    #expect(allocated.contains { $0.name == ".text" })
    for sec in allocated {
      guard let other = gas.sections.first(where: { $0.name == sec.name }) else {
        Issue.record("\(path): section \(sec.name) missing from as's object"); continue
      }
      #expect(other.bytes == sec.bytes, "\(path): \(sec.name) differs (\(sec.bytes.count) vs \(other.bytes.count) bytes)")
      #expect(other.size == sec.size && other.type == sec.type, "\(path): \(sec.name) size or type differs")
    }

    // And the assembly links into the same program.
    let name = URL(fileURLWithPath: path).lastPathComponent
      .replacingOccurrences(of: ".g.ll", with: "").replacingOccurrences(of: ".ll", with: "")
    let runtime = Repo.path("runtime/build/x86_64/libkiln_rt.a")
    let l = try run(Repo.tool("cc")!, ["-o", dir + "/prog", dir + "/k.s", runtime, "-lm"])
    try #require(l.status == 0, "cc could not link Kiln's assembly: \(l.stderr)")
    let r = try run(dir + "/prog", [], timeout: 30)
    let expected = try String(contentsOfFile: Repo.path("Tests/corpus/expected/\(name).out"), encoding: .utf8)
    #expect(r.stdout + "exit: \(r.status)\n" == expected)
  }
}

/// The sections of an ELF64 little-endian relocatable file: just enough to compare contents.
struct ELFSections {
  struct Section { var name: String; var type: UInt32; var allocated: Bool; var size: UInt64; var bytes: [UInt8] }
  var sections: [Section] = []

  init(path: String) throws {
    let d = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    func u16(_ o: Int) -> Int { Int(d[o]) | Int(d[o + 1]) << 8 }
    func u32(_ o: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(d[o + $1]) << (8 * UInt32($1)) } }
    func u64(_ o: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(d[o + $1]) << (8 * UInt64($1)) } }
    guard d.count >= 64, d[0] == 0x7f, d[1] == 0x45, d[4] == 2, d[5] == 1 else {
      throw CocoaError(.fileReadCorruptFile)
    }
    let shoff = Int(u64(0x28)), shentsize = u16(0x3a), shnum = u16(0x3c), shstrndx = u16(0x3e)
    func header(_ i: Int) -> (name: UInt32, type: UInt32, flags: UInt64, off: Int, size: UInt64) {
      let h = shoff + i * shentsize
      return (u32(h), u32(h + 4), u64(h + 8), Int(u64(h + 0x18)), u64(h + 0x20))
    }
    let strtab = header(shstrndx)
    func name(_ off: UInt32) -> String {
      var e = strtab.off + Int(off)
      while d[e] != 0 { e += 1 }
      return String(decoding: d[(strtab.off + Int(off))..<e], as: UTF8.self)
    }
    for i in 1..<shnum {
      let h = header(i)
      let nobits = h.type == 8
      sections.append(Section(name: name(h.name), type: h.type, allocated: h.flags & 2 != 0, size: h.size,
                              bytes: nobits ? [] : Array(d[h.off..<(h.off + Int(h.size))])))
    }
  }
}
