// End-to-end tests of the ELF writer on AArch64: hand-written instruction words (each commented
// with its assembly) with ADRP/ADD/LDST/GOT/CALL26/JUMP26 relocations become an object that
// `aarch64-linux-gnu-gcc` links as a PIE and `qemu-aarch64` runs; `readelf` checks that every
// neutral AArch64 kind maps to its R_AARCH64_* type; output is deterministic.
import Foundation
import Testing
import KilnMachineCode
import KilnObjectELF

/// In C, roughly:
///   int value = 10; int *ptr = &value;
///   static int helper(void) { return 12; }
///   __attribute__((visibility("hidden"))) int tail(void) { return helper(); }  // b helper
///   int main(void) { puts("hello from aarch64"); return tail() + value + *ptr + *&value /* GOT */; }  // 42
func makeAArch64Object() -> ObjectFile {
  var obj = ObjectFile(machine: .aarch64)
  let text = obj.addSection(ObjSection(name: ".text", kind: .text, align: 4))
  let cstr = obj.addSection(ObjSection(name: ".rodata.str1.1", kind: .cstring, align: 1))
  let data = obj.addSection(ObjSection(name: ".data", kind: .data, align: 8))

  let main = obj.addSymbol(ObjSymbol(name: "main", binding: .global, type: .function, section: text))
  let str = obj.addSymbol(ObjSymbol(name: ".L.str", binding: .local, type: .object, section: cstr, value: 0, size: 19))
  let puts = obj.addSymbol(ObjSymbol(name: "puts", binding: .global, type: .none, section: nil))
  var tailSym = ObjSymbol(name: "tail", binding: .global, type: .function, section: text)
  tailSym.visibility = .hidden
  let tail = obj.addSymbol(tailSym)
  let helper = obj.addSymbol(ObjSymbol(name: "helper", binding: .local, type: .function, section: text))
  let ptr = obj.addSymbol(ObjSymbol(name: "ptr", binding: .global, type: .object, section: data, value: 0, size: 8))
  let value = obj.addSymbol(ObjSymbol(name: "value", binding: .global, type: .object, section: data, value: 8, size: 4))

  var t = HandAsm()
  t.word(0xA9BE7BFD)                              // stp x29, x30, [sp, #-32]!
  t.word(0x910003FD)                              // mov x29, sp
  t.word(0xF9000BF3)                              // str x19, [sp, #16]
  t.word(0x90000000, .aarch64AdrPage21, str)      // adrp x0, .L.str
  t.word(0x91000000, .aarch64AddLo12, str)        // add x0, x0, :lo12:.L.str
  t.word(0x94000000, .aarch64Call26, puts)        // bl puts
  t.word(0x94000000, .aarch64Call26, tail)        // bl tail
  t.word(0x2A0003F3)                              // mov w19, w0
  t.word(0x90000008, .aarch64AdrPage21, value)    // adrp x8, value
  t.word(0xB9400109, .aarch64Ldst32Lo12, value)   // ldr w9, [x8, :lo12:value]
  t.word(0x0B090273)                              // add w19, w19, w9
  t.word(0x90000008, .aarch64AdrPage21, ptr)      // adrp x8, ptr
  t.word(0xF9400108, .aarch64Ldst64Lo12, ptr)     // ldr x8, [x8, :lo12:ptr]
  t.word(0xB9400109)                              // ldr w9, [x8]
  t.word(0x0B090273)                              // add w19, w19, w9
  t.word(0x90000001, .aarch64GotPage21, value)    // adrp x1, :got:value
  t.word(0xF9400021, .aarch64GotLo12, value)      // ldr x1, [x1, :got_lo12:value]
  t.word(0xB9400029)                              // ldr w9, [x1]
  t.word(0x0B090273)                              // add w19, w19, w9
  t.word(0x2A1303E0)                              // mov w0, w19
  t.word(0xF9400BF3)                              // ldr x19, [sp, #16]
  t.word(0xA8C27BFD)                              // ldp x29, x30, [sp], #32
  t.word(0xD65F03C0)                              // ret
  let mainSize = t.here
  let tailStart = t.here
  t.word(0x14000000, .aarch64Jump26, helper)      // tail: b helper
  let helperStart = t.here
  t.word(0x52800180)                              // helper: mov w0, #12
  t.word(0xD65F03C0)                              // ret

  var s = HandAsm()
  s.cString("hello from aarch64")
  var d = HandAsm()
  d.field(.abs64, value, addend: 0)               // ptr: .xword value
  d.int32(10)                                     // value: .word 10

  obj.sections[text.index].bytes = t.bytes; obj.sections[text.index].size = t.here
  obj.sections[text.index].relocations = t.relocations
  obj.sections[cstr.index].bytes = s.bytes; obj.sections[cstr.index].size = s.here
  obj.sections[data.index].bytes = d.bytes; obj.sections[data.index].size = d.here
  obj.sections[data.index].relocations = d.relocations
  obj.symbols[main.index].size = mainSize
  obj.symbols[tail.index].value = tailStart; obj.symbols[tail.index].size = 4
  obj.symbols[helper.index].value = helperStart; obj.symbols[helper.index].size = 8
  return obj
}

@Suite("ELF writer (AArch64)")
struct ELFWriterAArch64Tests {
  @Test("hand-written AArch64 object links with aarch64-linux-gnu-gcc and runs under qemu",
        .enabled(if: ELFTools.hasAArch64Toolchain, "aarch64-linux-gnu-gcc, qemu-aarch64 or the sysroot not found"))
  func linkAndRun() throws {
    let bytes = try ELFWriter.write(makeAArch64Object())
    let dir = try ELFRun.scratchDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ELFRun.writeFile(bytes, dir.appendingPathComponent("obj.o"))
    let link = try ELFRun.run("aarch64-linux-gnu-gcc", ["obj.o", "-o", "prog"], in: dir)
    #expect(link.status == 0, "link failed: \(link.stderr)")
    #expect(link.stderr.isEmpty, "linker warnings: \(link.stderr)")
    guard link.status == 0 else { return }
    let run = try ELFRun.run("qemu-aarch64", ["-L", ELFTools.aarch64Sysroot, "./prog"], in: dir)
    #expect(run.stdout == "hello from aarch64\n")
    #expect(run.status == 42, "stderr: \(run.stderr)")
  }

  @Test("every AArch64 relocation kind maps to its R_AARCH64_* type",
        .enabled(if: ELFTools.has("readelf"), "readelf not found on PATH"))
  func relocationTypes() throws {
    let kinds: [(RelocKind, String)] = [
      (.aarch64AdrPage21, "R_AARCH64_ADR_PREL_PG_HI21"), (.aarch64AddLo12, "R_AARCH64_ADD_ABS_LO12_NC"),
      (.aarch64Ldst8Lo12, "R_AARCH64_LDST8_ABS_LO12_NC"), (.aarch64Ldst16Lo12, "R_AARCH64_LDST16_ABS_LO12_NC"),
      (.aarch64Ldst32Lo12, "R_AARCH64_LDST32_ABS_LO12_NC"), (.aarch64Ldst64Lo12, "R_AARCH64_LDST64_ABS_LO12_NC"),
      (.aarch64Ldst128Lo12, "R_AARCH64_LDST128_ABS_LO12_NC"), (.aarch64Call26, "R_AARCH64_CALL26"),
      (.aarch64Jump26, "R_AARCH64_JUMP26"), (.aarch64GotPage21, "R_AARCH64_ADR_GOT_PAGE"),
      (.aarch64GotLo12, "R_AARCH64_LD64_GOT_LO12_NC"), (.abs32, "R_AARCH64_ABS32"),
      (.pcrel32, "R_AARCH64_PREL32"), (.abs64, "R_AARCH64_ABS64"),
    ]
    var obj = ObjectFile(machine: .aarch64)
    let text = obj.addSection(ObjSection(name: ".text", kind: .text, align: 4))
    let ext = obj.addSymbol(ObjSymbol(name: "ext", binding: .global, type: .none, section: nil))
    var t = HandAsm()
    for (k, _) in kinds {
      if k == .abs64 { t.field(.abs64, ext, addend: 8) } else { t.word(0, k, ext, addend: 8) }
    }
    obj.sections[text.index].bytes = t.bytes; obj.sections[text.index].size = t.here
    obj.sections[text.index].relocations = t.relocations
    let bytes = try ELFWriter.write(obj)
    let dir = try ELFRun.scratchDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ELFRun.writeFile(bytes, dir.appendingPathComponent("obj.o"))
    let out = try ELFRun.run("readelf", ["-aW", "obj.o"], in: dir)
    #expect(out.status == 0 && out.stderr.isEmpty, "readelf: \(out.stderr)")
    #expect(!out.stdout.lowercased().contains("warning"))
    let r = ReadelfReport(out.stdout)
    #expect(r.header["Machine"] == "AArch64")
    let relas = try #require(r.relocations[".rela.text"])
    #expect(relas.map(\.type) == kinds.map(\.1))
    #expect(relas.allSatisfy { $0.target == "ext + 8" })
    #expect(relas.map(\.offset) == t.relocations.map(\.offset))
  }

  @Test("linked-program object passes readelf and objdump cleanly",
        .enabled(if: ELFTools.has("readelf", "aarch64-linux-gnu-objdump"), "readelf or aarch64-linux-gnu-objdump not found"))
  func toolsClean() throws {
    let bytes = try ELFWriter.write(makeAArch64Object())
    let dir = try ELFRun.scratchDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ELFRun.writeFile(bytes, dir.appendingPathComponent("obj.o"))
    let re = try ELFRun.run("readelf", ["-aW", "obj.o"], in: dir)
    #expect(re.status == 0 && re.stderr.isEmpty && !re.stdout.lowercased().contains("warning"))
    let r = ReadelfReport(re.stdout)
    #expect(r.symbol("tail")?.vis == "HIDDEN")
    #expect(r.symbol("helper")?.bind == "LOCAL")
    #expect(r.section(".note.GNU-stack") != nil)
    #expect(r.section(".eh_frame") == nil)
    let od = try ELFRun.run("aarch64-linux-gnu-objdump", ["-dr", "obj.o"], in: dir)
    #expect(od.status == 0 && od.stderr.isEmpty, "objdump: \(od.stderr)")
    #expect(od.stdout.contains("file format elf64-littleaarch64"))
    #expect(od.stdout.contains("R_AARCH64_CALL26\tputs"))
    #expect(od.stdout.contains("R_AARCH64_JUMP26\thelper"))
    #expect(od.stdout.contains("stp\tx29, x30, [sp, #-32]!"))
    #expect(!od.stdout.contains("undefined"))
  }

  @Test("AArch64 output is deterministic")
  func deterministic() throws {
    let a = try ELFWriter.write(makeAArch64Object())
    #expect(a == (try ELFWriter.write(makeAArch64Object())))
    #expect(a[18] == 183 && a[19] == 0)  // EM_AARCH64
  }
}
