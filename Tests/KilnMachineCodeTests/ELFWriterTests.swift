// End-to-end tests of the ELF writer on x86_64: a hand-assembled program (every instruction byte
// written out below) goes through `ELFWriter.write`, is linked by the system `cc` as a PIE, run,
// and checked for exact stdout and exit status; `readelf -aW` and `objdump -dr` must accept the
// object cleanly and show the expected sections, symbols and relocation types; output is
// deterministic; malformed models are rejected with errors instead of traps.
import Foundation
import Testing
import KilnMachineCode
@testable import KilnObjectELF

/// The x86_64 test program. In C it would be roughly:
///   static int counter;                       // .bss
///   int value = 17; int *ptr = &value;        // .data (ptr: abs64 → value)
///   static const int table[2] = {-1, 8};      // .rodata, read via the section symbol
///   static int helper(void) { return 5; }     // local FUNC
///   __attribute__((visibility("hidden"))) int hidden_fn(void) { return 7; } // in .text.kiln_hidden
///   __attribute__((visibility("protected"))) int prot_fn(void) { return 3; }
///   __attribute__((weak)) int weak_fn(void) { return 0; }
///   extern __attribute__((weak)) int missing;  // undefined weak, loaded through the GOT
///   int main(void) {
///     puts("hello from kiln"); puts("second string");
///     int r = helper() + hidden_fn() + prot_fn() + weak_fn();
///     ++counter; r += counter; r += *ptr; r += *&value /* via GOT */; r -= table[1];
///     r += (int)(long)&missing;  /* 0 */
///     return r;                                  // 5+7+3+0+1+17+17-8+0 = 42
///   }
func makeX86Object() -> ObjectFile {
  var obj = ObjectFile(machine: .x86_64)
  // Sections get their bytes at the end; ids first so symbols can refer to them.
  let text = obj.addSection(ObjSection(name: ".text", kind: .text, align: 16))
  let hiddenText = obj.addSection(ObjSection(name: ".text.kiln_hidden", kind: .text, align: 16))
  let cstr = obj.addSection(ObjSection(name: ".rodata.str1.1", kind: .cstring, align: 1))
  let data = obj.addSection(ObjSection(name: ".data", kind: .data, align: 8))
  let bss = obj.addSection(ObjSection(name: ".bss", kind: .bss, align: 4, size: 4))
  let rodata = obj.addSection(ObjSection(name: ".rodata", kind: .rodata, align: 4))

  // Symbols deliberately interleave locals and globals: the writer must put locals first.
  let main = obj.addSymbol(ObjSymbol(name: "main", binding: .global, type: .function, section: text))
  let str0 = obj.addSymbol(ObjSymbol(name: ".L.str", binding: .local, type: .object, section: cstr, value: 0, size: 16))
  let puts = obj.addSymbol(ObjSymbol(name: "puts", binding: .global, type: .none, section: nil))
  let helper = obj.addSymbol(ObjSymbol(name: "helper", binding: .local, type: .function, section: text))
  var hiddenSym = ObjSymbol(name: "hidden_fn", binding: .global, type: .function, section: hiddenText, value: 0, size: 6)
  hiddenSym.visibility = .hidden
  let hidden = obj.addSymbol(hiddenSym)
  let counter = obj.addSymbol(ObjSymbol(name: "counter", binding: .local, type: .object, section: bss, value: 0, size: 4))
  let ptr = obj.addSymbol(ObjSymbol(name: "ptr", binding: .global, type: .object, section: data, value: 0, size: 8))
  let value = obj.addSymbol(ObjSymbol(name: "value", binding: .global, type: .object, section: data, value: 8, size: 4))
  let weak = obj.addSymbol(ObjSymbol(name: "weak_fn", binding: .weak, type: .function, section: text))
  let missing = obj.addSymbol(ObjSymbol(name: "missing", binding: .weak, type: .none, section: nil))
  let str1 = obj.addSymbol(ObjSymbol(name: ".L.str.1", binding: .local, type: .object, section: cstr, value: 16, size: 14))
  let rodataSym = obj.addSymbol(ObjSymbol(name: "", binding: .local, type: .section, section: rodata))
  var protSym = ObjSymbol(name: "prot_fn", binding: .global, type: .function, section: text)
  protSym.visibility = .protected
  let prot = obj.addSymbol(protSym)

  var t = HandAsm()
  let mainStart = t.here
  t.emit(0x53)                                        // push rbx (aligns the stack for calls)
  t.emit(0x48, 0x8D, 0x3D); t.field(.pcrel32, str0, addend: -4)   // lea rdi, [rip + .L.str]
  t.emit(0xE8); t.field(.call32, puts, addend: -4)    // call puts
  t.emit(0x48, 0x8D, 0x3D); t.field(.pcrel32, str1, addend: -4)   // lea rdi, [rip + .L.str.1]
  t.emit(0xE8); t.field(.call32, puts, addend: -4)    // call puts
  t.emit(0xE8); t.field(.call32, helper, addend: -4)  // call helper
  t.emit(0x89, 0xC3)                                  // mov ebx, eax
  t.emit(0xE8); t.field(.call32, hidden, addend: -4)  // call hidden_fn
  t.emit(0x01, 0xC3)                                  // add ebx, eax
  t.emit(0xE8); t.field(.call32, prot, addend: -4)    // call prot_fn
  t.emit(0x01, 0xC3)                                  // add ebx, eax
  t.emit(0xE8); t.field(.call32, weak, addend: -4)    // call weak_fn
  t.emit(0x01, 0xC3)                                  // add ebx, eax
  t.emit(0xFF, 0x05); t.field(.pcrel32, counter, addend: -4)      // inc dword [rip + counter]
  t.emit(0x03, 0x1D); t.field(.pcrel32, counter, addend: -4)      // add ebx, [rip + counter]
  t.emit(0x48, 0x8B, 0x05); t.field(.pcrel32, ptr, addend: -4)    // mov rax, [rip + ptr]
  t.emit(0x03, 0x18)                                  // add ebx, [rax]
  t.emit(0x48, 0x8B, 0x05); t.field(.gotPcrel32, value, addend: -4) // mov rax, [rip + value@GOTPCREL]
  t.emit(0x03, 0x18)                                  // add ebx, [rax]
  t.emit(0x2B, 0x1D); t.field(.pcrel32, rodataSym, addend: 4 - 4) // sub ebx, [rip + .rodata + 4]
  t.emit(0x48, 0x8B, 0x05); t.field(.gotPcrel32, missing, addend: -4) // mov rax, [rip + missing@GOTPCREL]
  t.emit(0x01, 0xC3)                                  // add ebx, eax
  t.emit(0x89, 0xD8)                                  // mov eax, ebx
  t.emit(0x5B)                                        // pop rbx
  t.emit(0xC3)                                        // ret
  let mainEnd = t.here
  let helperStart = t.here
  t.emit(0xB8, 0x05, 0x00, 0x00, 0x00, 0xC3)          // helper: mov eax, 5; ret
  let protStart = t.here
  t.emit(0xB8, 0x03, 0x00, 0x00, 0x00, 0xC3)          // prot_fn: mov eax, 3; ret
  let weakStart = t.here
  t.emit(0x31, 0xC0, 0xC3)                            // weak_fn: xor eax, eax; ret

  var h = HandAsm()
  h.emit(0xB8, 0x07, 0x00, 0x00, 0x00, 0xC3)          // hidden_fn: mov eax, 7; ret

  var s = HandAsm()
  s.cString("hello from kiln")                         // offset 0, 16 bytes
  s.cString("second string")                           // offset 16, 14 bytes

  var d = HandAsm()
  d.field(.abs64, value, addend: 0)                    // ptr: .quad value
  d.int32(17)                                          // value: .long 17
  var r = HandAsm()
  r.int32(-1); r.int32(8)                              // table: .long -1, 8

  obj.sections[text.index].bytes = t.bytes; obj.sections[text.index].size = t.here
  obj.sections[text.index].relocations = t.relocations
  obj.sections[hiddenText.index].bytes = h.bytes; obj.sections[hiddenText.index].size = h.here
  obj.sections[cstr.index].bytes = s.bytes; obj.sections[cstr.index].size = s.here
  obj.sections[data.index].bytes = d.bytes; obj.sections[data.index].size = d.here
  obj.sections[data.index].relocations = d.relocations
  obj.sections[rodata.index].bytes = r.bytes; obj.sections[rodata.index].size = r.here
  obj.symbols[main.index].value = mainStart; obj.symbols[main.index].size = mainEnd - mainStart
  obj.symbols[helper.index].value = helperStart; obj.symbols[helper.index].size = 6
  obj.symbols[prot.index].value = protStart; obj.symbols[prot.index].size = 6
  obj.symbols[weak.index].value = weakStart; obj.symbols[weak.index].size = 3
  return obj
}

@Suite("ELF writer (x86_64)")
struct ELFWriterX86Tests {
  @Test("hand-assembled x86_64 object links with cc as a PIE and runs",
        .enabled(if: ELFTools.has("cc"), "cc not found on PATH"))
  func linkAndRun() throws {
    let bytes = try ELFWriter.write(makeX86Object())
    let dir = try ELFRun.scratchDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ELFRun.writeFile(bytes, dir.appendingPathComponent("obj.o"))
    let link = try ELFRun.run("cc", ["obj.o", "-o", "prog"], in: dir)
    #expect(link.status == 0, "cc failed: \(link.stderr)")
    #expect(link.stderr.isEmpty, "linker warnings: \(link.stderr)")
    guard link.status == 0 else { return }
    let run = try ELFRun.run(dir.appendingPathComponent("prog").path, [], in: dir)
    #expect(run.stdout == "hello from kiln\nsecond string\n")
    #expect(run.status == 42)
    // The default cc links a PIE: the object must not have needed text relocations.
    if ELFTools.has("readelf") {
      let hdr = try ELFRun.run("readelf", ["-hdW", "prog"], in: dir)
      #expect(hdr.stdout.contains("DYN (Position-Independent Executable file)") || hdr.stdout.contains("DYN (Shared object file)"))
      #expect(!hdr.stdout.contains("TEXTREL"))
    }
  }

  @Test("readelf -aW reads the object without warnings and shows the expected facts",
        .enabled(if: ELFTools.has("readelf"), "readelf not found on PATH"))
  func readelfFacts() throws {
    let bytes = try ELFWriter.write(makeX86Object())
    let dir = try ELFRun.scratchDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ELFRun.writeFile(bytes, dir.appendingPathComponent("obj.o"))
    let out = try ELFRun.run("readelf", ["-aW", "obj.o"], in: dir)
    #expect(out.status == 0)
    #expect(out.stderr.isEmpty, "readelf stderr: \(out.stderr)")
    #expect(!out.stdout.lowercased().contains("warning"), "readelf warned:\n\(out.stdout)")
    let r = ReadelfReport(out.stdout)

    #expect(r.header["Class"] == "ELF64")
    #expect(r.header["Data"] == "2's complement, little endian")
    #expect(r.header["Type"] == "REL (Relocatable file)")
    #expect(r.header["Machine"] == "Advanced Micro Devices X86-64")

    // Sections: types, flags, entsize, alignment, links.
    let text = try #require(r.section(".text"))
    #expect(text.type == "PROGBITS" && text.flags == "AX" && text.align == 16)
    #expect(r.section(".text.kiln_hidden")?.flags == "AX")
    let str = try #require(r.section(".rodata.str1.1"))
    #expect(str.type == "PROGBITS" && str.flags == "AMS" && str.entsize == 1 && str.size == 30)
    #expect(r.section(".data")?.flags == "WA")
    #expect(r.section(".rodata")?.flags == "A")
    let bss = try #require(r.section(".bss"))
    #expect(bss.type == "NOBITS" && bss.flags == "WA" && bss.size == 4)
    let note = try #require(r.section(".note.GNU-stack"))
    #expect(note.type == "PROGBITS" && note.flags == "" && note.size == 0)
    let symtab = try #require(r.section(".symtab"))
    let strtab = try #require(r.section(".strtab"))
    #expect(symtab.type == "SYMTAB" && symtab.entsize == 24 && symtab.link == strtab.index)
    #expect(r.section(".shstrtab")?.type == "STRTAB")
    let relaText = try #require(r.section(".rela.text"))
    #expect(relaText.type == "RELA" && relaText.flags == "I" && relaText.link == symtab.index
            && relaText.info == text.index && relaText.entsize == 24)
    #expect(r.section(".rela.data")?.info == r.section(".data")?.index)
    #expect(r.section(".rela.bss") == nil && r.section(".rela.rodata") == nil)

    // Symbol table: locals first, sh_info = first non-local.
    #expect(r.symbols.count == 1 + 6 + 4 + 8)  // null, 6 section syms, 4 named locals, 8 non-locals
    let firstGlobal = try #require(r.symbols.firstIndex { $0.bind != "LOCAL" })
    #expect(symtab.info == firstGlobal)
    #expect(r.symbols[firstGlobal...].allSatisfy { $0.bind != "LOCAL" })
    #expect(r.symbols.filter { $0.type == "SECTION" }.count == 6)
    let main = try #require(r.symbol("main"))
    #expect(main.type == "FUNC" && main.bind == "GLOBAL" && main.vis == "DEFAULT" && main.ndx == "\(text.index)")
    #expect(main.size > 0)
    let helper = try #require(r.symbol("helper"))
    #expect(helper.type == "FUNC" && helper.bind == "LOCAL" && helper.size == 6)
    let hidden = try #require(r.symbol("hidden_fn"))
    #expect(hidden.vis == "HIDDEN" && hidden.bind == "GLOBAL" && hidden.ndx == "\(r.section(".text.kiln_hidden")!.index)")
    #expect(r.symbol("prot_fn")?.vis == "PROTECTED")
    let weak = try #require(r.symbol("weak_fn"))
    #expect(weak.bind == "WEAK" && weak.type == "FUNC")
    let missing = try #require(r.symbol("missing"))
    #expect(missing.bind == "WEAK" && missing.ndx == "UND")
    let puts = try #require(r.symbol("puts"))
    #expect(puts.bind == "GLOBAL" && puts.ndx == "UND" && puts.type == "NOTYPE")
    let counter = try #require(r.symbol("counter"))
    #expect(counter.type == "OBJECT" && counter.bind == "LOCAL" && counter.ndx == "\(bss.index)" && counter.size == 4)
    #expect(r.symbol("value")?.value == 8 && r.symbol("value")?.size == 4)
    #expect(r.symbol(".L.str.1")?.value == 16)

    // Relocations: kinds mapped to the x86_64 psABI types, named locals kept.
    let rt = try #require(r.relocations[".rela.text"])
    func types(for target: String) -> [String] { rt.filter { $0.target == target }.map(\.type) }
    #expect(types(for: "puts - 4") == ["R_X86_64_PLT32", "R_X86_64_PLT32"])
    #expect(types(for: ".L.str - 4") == ["R_X86_64_PC32"])
    #expect(types(for: ".L.str.1 - 4") == ["R_X86_64_PC32"])
    #expect(types(for: "helper - 4") == ["R_X86_64_PLT32"])
    #expect(types(for: "hidden_fn - 4") == ["R_X86_64_PLT32"])
    #expect(types(for: "counter - 4") == ["R_X86_64_PC32", "R_X86_64_PC32"])
    #expect(types(for: "value - 4") == ["R_X86_64_REX_GOTPCRELX"])
    #expect(types(for: "missing - 4") == ["R_X86_64_REX_GOTPCRELX"])
    #expect(types(for: ".rodata + 0") == ["R_X86_64_PC32"])  // section symbol + addend
    #expect(rt.count == 14)
    #expect(types(for: "ptr - 4") == ["R_X86_64_PC32"])
    #expect(types(for: "prot_fn - 4") == ["R_X86_64_PLT32"])
    #expect(types(for: "weak_fn - 4") == ["R_X86_64_PLT32"])
    let rd = try #require(r.relocations[".rela.data"])
    #expect(rd.count == 1 && rd[0].type == "R_X86_64_64" && rd[0].offset == 0 && rd[0].target == "value + 0")
  }

  @Test("objdump -dr disassembles the object cleanly",
        .enabled(if: ELFTools.has("objdump"), "objdump not found on PATH"))
  func objdumpClean() throws {
    let bytes = try ELFWriter.write(makeX86Object())
    let dir = try ELFRun.scratchDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ELFRun.writeFile(bytes, dir.appendingPathComponent("obj.o"))
    let out = try ELFRun.run("objdump", ["-dr", "obj.o"], in: dir)
    #expect(out.status == 0)
    #expect(out.stderr.isEmpty, "objdump stderr: \(out.stderr)")
    #expect(out.stdout.contains("file format elf64-x86-64"))
    #expect(out.stdout.contains("<main>:") && out.stdout.contains("<helper>:") && out.stdout.contains("<hidden_fn>:"))
    #expect(out.stdout.contains("R_X86_64_PLT32\tputs-0x4"))
    #expect(out.stdout.contains("R_X86_64_REX_GOTPCRELX\tvalue-0x4"))
    #expect(!out.stdout.contains("(bad)"))
  }

  @Test("same input gives byte-identical output")
  func deterministic() throws {
    let a = try ELFWriter.write(makeX86Object())
    let b = try ELFWriter.write(makeX86Object())
    #expect(a == b)
    #expect(a.count > 64)
    #expect(Array(a.prefix(4)) == [0x7F, 0x45, 0x4C, 0x46])
    #expect(a[4] == 2 && a[5] == 1)                          // ELFCLASS64, little endian
    #expect(a[16] == 1 && a[17] == 0)                        // ET_REL
    #expect(a[18] == 62 && a[19] == 0)                       // EM_X86_64
    // Concurrent writers produce the same bytes too (separate libelf handles, separate memfds).
    let obj = makeX86Object()
    let results = try ConcurrentWrites.run(obj, count: 4)
    #expect(results.allSatisfy { $0 == a })
  }

  /// A large object builds its symbol table and relocations on two threads: the bytes, and the
  /// error reported for a bad symbol and a bad relocation together, must be the one-thread ones.
  @Test("two threads give the same object and the same first error")
  func twoThreadsSameBytes() throws {
    var obj = ObjectFile(machine: .x86_64)
    let n = 5000
    var code: [UInt8] = []
    for _ in 0..<n { code += [0xE8, 0, 0, 0, 0] }
    let text = obj.addSection(ObjSection(name: ".text", kind: .text, align: 16, bytes: code))
    var syms: [ObjSymbolID] = []
    for k in 0..<n {
      // locals and globals interleaved, defined and undefined, some names shared by locals
      let local = k % 3 == 0
      syms.append(obj.addSymbol(ObjSymbol(name: local ? "l\(k % 50)" : "g\(k)", binding: local ? .local : .global,
                                          type: .function, section: local || k % 2 == 0 ? text : nil, value: UInt64(k))))
    }
    obj.sections[text.index].relocations = (0..<n).map {
      Relocation(offset: UInt64(5 * $0 + 1), kind: .call32, symbol: syms[($0 * 7) % n], addend: -4)
    }
    let one = try ELFWriter.write(obj, threads: 1)
    let two = try ELFWriter.write(obj, threads: 2)
    #expect(one == two)
    var bad = obj
    bad.sections[text.index].relocations[n - 1].symbol = ObjSymbolID(n + 7)
    _ = bad.addSymbol(ObjSymbol(name: "g1", binding: .global, type: .none, section: nil))
    for threads in [1, 2] {
      #expect(throws: ELFWriteError.invalidSymbol(name: "g1", reason: "symbol appears more than once")) {
        try ELFWriter.write(bad, threads: threads)
      }
    }
    bad.symbols.removeLast()
    for threads in [1, 2] {
      #expect(throws: ELFWriteError.invalidRelocation(section: ".text", offset: UInt64(5 * (n - 1) + 1), reason: "symbol index \(n + 7) out of range")) {
        try ELFWriter.write(bad, threads: threads)
      }
    }
  }

  @Test("GOT relocation flavour follows the instruction shape")
  func gotFlavours() {
    let rex = UInt32(42), relaxable = UInt32(41), plain = UInt32(9)
    #expect(ELFWriter.x86GotType(bytes: [0x48, 0x8B, 0x05, 0, 0, 0, 0], offset: 3) == rex)   // mov rax, [rip+x]
    #expect(ELFWriter.x86GotType(bytes: [0x4C, 0x8B, 0x1D, 0, 0, 0, 0], offset: 3) == rex)   // mov r11, [rip+x]
    #expect(ELFWriter.x86GotType(bytes: [0x90, 0x8B, 0x05, 0, 0, 0, 0], offset: 3) == relaxable) // mov eax, [rip+x]
    #expect(ELFWriter.x86GotType(bytes: [0xFF, 0x15, 0, 0, 0, 0], offset: 2) == relaxable)  // call [rip+x]
    #expect(ELFWriter.x86GotType(bytes: [0xFF, 0x25, 0, 0, 0, 0], offset: 2) == relaxable)  // jmp [rip+x]
    #expect(ELFWriter.x86GotType(bytes: [0x48, 0x03, 0x05, 0, 0, 0, 0], offset: 3) == plain) // add rax, [rip+x]
    #expect(ELFWriter.x86GotType(bytes: [0, 0, 0, 0], offset: 0) == plain)                    // no room to look
    #expect(ELFWriter.x86GotType(bytes: [0x48, 0x8B, 0x04, 0x25, 0, 0, 0, 0], offset: 4) == plain) // not RIP-relative
  }

  @Test("special section kinds and conventional names get their ELF types",
        .enabled(if: ELFTools.has("readelf"), "readelf not found on PATH"))
  func specialSections() throws {
    var obj = ObjectFile(machine: .x86_64)
    let text = obj.addSection(ObjSection(name: ".text", kind: .text, align: 1, bytes: [0xC3]))
    _ = obj.addSection(ObjSection(name: ".eh_frame", kind: .ehFrame, align: 8, bytes: [0, 0, 0, 0]))
    _ = obj.addSection(ObjSection(name: ".gcc_except_table", kind: .exceptTable, align: 4, bytes: [0xFF, 0xFF, 1, 0]))
    var ia = ObjSection(name: ".init_array", kind: .data, align: 8, bytes: [UInt8](repeating: 0, count: 8))
    let f = obj.addSymbol(ObjSymbol(name: "f", binding: .local, type: .function, section: text, value: 0, size: 1))
    ia.relocations = [Relocation(offset: 0, kind: .abs64, symbol: f, addend: 0)]
    _ = obj.addSection(ia)
    _ = obj.addSection(ObjSection(name: ".tbss", kind: .bss, align: 4, size: 8))
    _ = obj.addSection(ObjSection(name: ".empty_custom", kind: .rodata, align: 1))
    var custom = ObjSection(name: "kiln_custom", kind: .rodata, align: 4, bytes: [UInt8](repeating: 0, count: 8))
    custom.relocations = [Relocation(offset: 0, kind: .abs32, symbol: f, addend: 1),
                          Relocation(offset: 4, kind: .pcrel32, symbol: f, addend: 0)]
    _ = obj.addSection(custom)
    let bytes = try ELFWriter.write(obj)
    let dir = try ELFRun.scratchDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    try ELFRun.writeFile(bytes, dir.appendingPathComponent("obj.o"))
    let out = try ELFRun.run("readelf", ["-aW", "obj.o"], in: dir)
    #expect(out.status == 0 && out.stderr.isEmpty, "readelf: \(out.stderr)")
    let r = ReadelfReport(out.stdout)
    #expect(r.section(".eh_frame")?.type == "X86_64_UNWIND")
    #expect(r.section(".eh_frame")?.flags == "A")
    #expect(r.section(".gcc_except_table")?.type == "PROGBITS")
    #expect(r.section(".init_array")?.type == "INIT_ARRAY")
    #expect(r.section(".init_array")?.flags == "WA")
    #expect(r.section(".tbss")?.type == "NOBITS" && r.section(".tbss")?.flags == "WAT")
    #expect(r.section(".empty_custom")?.size == 0)
    #expect(r.relocations[".rela.init_array"]?.first?.type == "R_X86_64_64")
    #expect(r.section("kiln_custom")?.flags == "A" && r.section("kiln_custom")?.type == "PROGBITS")
    #expect(r.relocations[".relakiln_custom"]?.map(\.type) == ["R_X86_64_32", "R_X86_64_PC32"])
    #expect(r.relocations[".relakiln_custom"]?.map(\.target) == ["f + 1", "f + 0"])
  }
}

@Suite("ELF writer errors")
struct ELFWriterErrorTests {
  func base() -> (ObjectFile, ObjSectionID, ObjSymbolID) {
    var obj = ObjectFile(machine: .x86_64)
    let text = obj.addSection(ObjSection(name: ".text", kind: .text, align: 16, bytes: [0xE8, 0, 0, 0, 0, 0xC3]))
    let f = obj.addSymbol(ObjSymbol(name: "f", binding: .global, type: .function, section: nil))
    return (obj, text, f)
  }

  func expectError(_ obj: ObjectFile, contains fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
    do {
      _ = try ELFWriter.write(obj)
      Issue.record("expected an error containing '\(fragment)'", sourceLocation: sourceLocation)
    } catch let e as ELFWriteError {
      #expect(e.description.contains(fragment), "got: \(e.description)", sourceLocation: sourceLocation)
    } catch {
      Issue.record("unexpected error type: \(error)", sourceLocation: sourceLocation)
    }
  }

  @Test func relocationPastSectionEnd() {
    var (obj, text, f) = base()
    obj.sections[text.index].relocations = [Relocation(offset: 3, kind: .call32, symbol: f, addend: -4)]
    expectError(obj, contains: "invalid relocation in '.text' at offset 0x3: 4-byte field extends past the end")
    obj.sections[text.index].relocations = [Relocation(offset: UInt64.max, kind: .abs64, symbol: f, addend: 0)]
    expectError(obj, contains: "extends past the end")
  }

  @Test func relocationBadSymbol() {
    var (obj, text, _) = base()
    obj.sections[text.index].relocations = [Relocation(offset: 1, kind: .call32, symbol: ObjSymbolID(99), addend: -4)]
    expectError(obj, contains: "symbol index 99 out of range")
  }

  @Test func relocationWrongMachine() {
    var (obj, text, f) = base()
    obj.sections[text.index].relocations = [Relocation(offset: 0, kind: .aarch64Call26, symbol: f, addend: 0)]
    expectError(obj, contains: "unsupported: relocation kind 'aarch64Call26' for x86_64")
    var a = ObjectFile(machine: .aarch64)
    let t = a.addSection(ObjSection(name: ".text", kind: .text, align: 4, bytes: [0, 0, 0, 0x94, 0, 0, 0, 0]))
    let g = a.addSymbol(ObjSymbol(name: "g", binding: .global, type: .function, section: nil))
    a.sections[t.index].relocations = [Relocation(offset: 0, kind: .call32, symbol: g, addend: 0)]
    expectError(a, contains: "unsupported: relocation kind 'call32' for aarch64")
    a.sections[t.index].relocations = [Relocation(offset: 2, kind: .aarch64Call26, symbol: g, addend: 0)]
    expectError(a, contains: "not 4-byte aligned")
  }

  @Test func badSymbols() {
    var (obj, _, _) = base()
    _ = obj.addSymbol(ObjSymbol(name: "u", binding: .local, type: .none, section: nil))
    expectError(obj, contains: "invalid symbol 'u': an undefined symbol cannot be local")
    (obj, _, _) = base()
    _ = obj.addSymbol(ObjSymbol(name: "x", binding: .global, type: .object, section: ObjSectionID(7)))
    expectError(obj, contains: "section index 7 out of range")
    (obj, _, _) = base()
    _ = obj.addSymbol(ObjSymbol(name: "x", binding: .global, type: .object, section: ObjSectionID(0), value: 7))
    expectError(obj, contains: "value 0x7 is past the end of '.text'")
    (obj, _, _) = base()
    _ = obj.addSymbol(ObjSymbol(name: "f", binding: .weak, type: .function, section: ObjSectionID(0)))
    expectError(obj, contains: "invalid symbol 'f': symbol appears more than once")
    (obj, _, _) = base()
    _ = obj.addSymbol(ObjSymbol(name: "a\0b", binding: .global, type: .none, section: nil))
    expectError(obj, contains: "invalid symbol 'a\0b': name contains a null byte")
    (obj, _, _) = base()
    _ = obj.addSymbol(ObjSymbol(name: "", binding: .global, type: .none, section: nil))
    expectError(obj, contains: "a global or weak symbol needs a name")
    // A local may share its name with a global (one string-table entry serves both).
    (obj, _, _) = base()
    _ = obj.addSymbol(ObjSymbol(name: "g", binding: .local, type: .none, section: ObjSectionID(0)))
    _ = obj.addSymbol(ObjSymbol(name: "g", binding: .global, type: .none, section: nil))
    #expect((try? ELFWriter.write(obj)) != nil)
  }

  @Test func badSections() {
    var obj = ObjectFile(machine: .x86_64)
    _ = obj.addSection(ObjSection(name: ".text", kind: .text, align: 3, bytes: [0xC3]))
    expectError(obj, contains: "invalid section '.text': alignment 3 is not a power of two")
    obj = ObjectFile(machine: .x86_64)
    var bss = ObjSection(name: ".bss", kind: .bss, align: 8, size: 8)
    bss.bytes = [1]
    _ = obj.addSection(bss)
    expectError(obj, contains: "bss section must not have contents")
    obj = ObjectFile(machine: .x86_64)
    _ = obj.addSection(ObjSection(name: ".symtab", kind: .data, align: 8))
    expectError(obj, contains: "name is reserved")
    obj = ObjectFile(machine: .x86_64)
    _ = obj.addSection(ObjSection(name: "", kind: .data, align: 8))
    expectError(obj, contains: "section needs a name")
  }

  @Test func emptyObjectIsValid() throws {
    let bytes = try ELFWriter.write(ObjectFile(machine: .aarch64))
    #expect(bytes[18] == 183)  // EM_AARCH64
  }
}

/// Runs several writes on separate threads (libelf handles are per call).
enum ConcurrentWrites {
  static func run(_ obj: ObjectFile, count: Int) throws -> [[UInt8]] {
    let box = ResultBox(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { i in
      box.set(i, Result { try ELFWriter.write(obj) })
    }
    return try box.results.map { try $0!.get() }
  }
  final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [Result<[UInt8], any Error>?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<[UInt8], any Error>) { lock.lock(); results[i] = r; lock.unlock() }
  }
}
