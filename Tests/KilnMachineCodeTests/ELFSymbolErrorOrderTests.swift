// The ELF writer checks its symbols in two halves at once (names on one thread, entries and then
// relocations on the other, `ELFWriter.Plan`); the error it throws must still be the one a single
// pass over the symbols in table order (locals first), then the relocations, meets first. Each
// case is checked with one thread and with two.
import Testing
import KilnMachineCode
@testable import KilnObjectELF

@Suite struct ELFSymbolErrorOrderTests {
  func make() -> (ObjectFile, ObjSectionID) {
    var obj = ObjectFile(machine: .x86_64)
    let n = 5000
    let text = obj.addSection(ObjSection(name: ".text", kind: .text, align: 16, bytes: [UInt8](repeating: 0x90, count: n)))
    for k in 0..<n {
      let local = k % 3 == 0
      _ = obj.addSymbol(ObjSymbol(name: local ? "l\(k % 50)" : "g\(k)", binding: local ? .local : .global,
                                  type: .function, section: local || k % 2 == 0 ? text : nil, value: UInt64(k % 100)))
    }
    obj.sections[text.index].relocations = (0..<100).map {
      Relocation(offset: UInt64($0), kind: .pcrel32, symbol: ObjSymbolID($0 * 3), addend: -4)
    }
    return (obj, text)
  }
  func check(_ obj: ObjectFile, _ e: ELFWriteError) {
    for threads in [1, 2] { #expect(throws: e) { try ELFWriter.write(obj, threads: threads) } }
  }
  @Test func entryBeforeName() {
    var (o, _) = make()
    o.symbols[10].name = "g\u{0}x"                       // global, NUL (names)
    o.symbols[8].value = 1 << 40; o.symbols[8].section = ObjSectionID(0)  // global before it, bad value
    check(o, .invalidSymbol(name: "g8", reason: "value 0x10000000000 is past the end of '.text'"))
  }
  @Test func nameBeforeEntry() {
    var (o, _) = make()
    o.symbols[7].name = "g\u{0}7"
    o.symbols[8].value = 1 << 40; o.symbols[8].section = ObjSectionID(0)
    check(o, .invalidSymbol(name: "g\u{0}7", reason: "name contains a null byte"))
  }
  @Test func sameSymbolNullFirst() {
    var (o, _) = make()
    o.symbols[8].name = "g\u{0}8"; o.symbols[8].section = ObjSectionID(9)
    check(o, .invalidSymbol(name: "g\u{0}8", reason: "name contains a null byte"))
  }
  @Test func sameSymbolSectionBeforeDuplicate() {
    var (o, _) = make()
    o.symbols[20].name = "g8"; o.symbols[20].section = ObjSectionID(9)
    check(o, .invalidSymbol(name: "g8", reason: "section index 9 out of range"))
  }
  @Test func duplicateBeforeLaterEntry() {
    var (o, _) = make()
    o.symbols[20].name = "g8"
    o.symbols[22].section = ObjSectionID(9)
    check(o, .invalidSymbol(name: "g8", reason: "symbol appears more than once"))
  }
  @Test func localsComeFirst() {
    var (o, _) = make()
    o.symbols[10].name = "g\u{0}x"                        // global: after every local
    o.symbols[3000].section = nil                         // local (3000 % 3 == 0), undefined
    check(o, .invalidSymbol(name: "l0", reason: "an undefined symbol cannot be local"))
  }
  @Test func unnamedGlobalAfterDuplicate() {
    var (o, _) = make()
    o.symbols[4].name = ""                                // global without a name
    o.symbols[5].name = "g2"                              // later duplicate
    check(o, .invalidSymbol(name: "", reason: "a global or weak symbol needs a name"))
    var (p, _) = make()
    p.symbols[4].name = "g2"
    p.symbols[5].name = ""
    check(p, .invalidSymbol(name: "g2", reason: "symbol appears more than once"))
  }
  @Test func sectionSymbolChecks() {
    var (o, _) = make()
    o.symbols[1] = ObjSymbol(name: "s", binding: .global, type: .section, section: ObjSectionID(0))
    o.symbols[2].name = "g\u{0}"
    check(o, .invalidSymbol(name: "s", reason: "a section symbol must be local and defined"))
    var (p, t) = make()
    p.symbols[0] = ObjSymbol(name: "sec", binding: .local, type: .section, section: t)
    p.symbols[1] = ObjSymbol(name: "sec", binding: .global, type: .function, section: t)
    for threads in [1, 2] { #expect(throws: Never.self) { _ = try ELFWriter.write(p, threads: threads) } }
  }
  @Test func relocationAfterSymbols() {
    var (o, t) = make()
    o.sections[t.index].relocations[5].symbol = ObjSymbolID(99999)
    check(o, .invalidRelocation(section: ".text", offset: 5, reason: "symbol index 99999 out of range"))
    o.symbols[4999].name = "g\u{0}"
    check(o, .invalidSymbol(name: "g\u{0}", reason: "name contains a null byte"))
  }
}
