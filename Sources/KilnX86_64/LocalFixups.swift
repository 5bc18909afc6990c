// Resolves what an assembler resolves itself: a rel32 call/jump or RIP-relative reference from
// .text to a *local* symbol defined in .text (an `internal`/`private` function) has a fixed
// distance once the functions are laid out, so it gets the displacement written into the code
// and no relocation, exactly as GNU as does for the same `kiln -S` text (AssemblyOutputTests).
// References to global symbols keep their PLT32/PC32 relocation (interposable, and as keeps
// `call f@PLT`), and so does everything from or to other sections.

import KilnMachineCode

extension X86Backend {
  static func resolveLocalTextReferences(_ obj: inout ObjectFile) {
    guard !obj.sections.isEmpty, obj.sections[0].kind == .text else { return }
    let symbols = obj.symbols
    let relocs = obj.sections[0].relocations
    var kept: [Relocation] = []
    kept.reserveCapacity(relocs.count)
    obj.sections[0].bytes.withUnsafeMutableBufferPointer { text in
      for r in relocs {
        let s = r.symbol.index
        guard r.kind == .call32 || r.kind == .pcrel32, s < symbols.count, symbols[s].binding == .local,
              symbols[s].section?.index == 0, r.offset + 4 <= UInt64(text.count) else {
          kept.append(r); continue
        }
        let v = Int64(symbols[s].value) + r.addend - Int64(r.offset)
        guard v >= Int64(Int32.min) && v <= Int64(Int32.max) else { kept.append(r); continue }
        let u = UInt32(bitPattern: Int32(v))
        for k in 0..<4 { text[Int(r.offset) + k] = UInt8(truncatingIfNeeded: u >> (8 * UInt32(k))) }
      }
    }
    obj.sections[0].relocations = kept
  }
}
