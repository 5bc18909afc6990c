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
    // The relocations are compacted in place (taken out of the section so that they are
    // uniquely referenced): the ones kept slide down over the ones resolved.
    var relocs: [Relocation] = []
    swap(&relocs, &obj.sections[0].relocations)
    var kept = 0
    relocs.withUnsafeMutableBufferPointer { rb in
      obj.sections[0].bytes.withUnsafeMutableBufferPointer { text in
        for i in rb.indices {
          let r = rb[i]
          if let d = localDisplacement(r, symbols, textSize: text.count) {
            for k in 0..<4 { text[Int(r.offset) + k] = UInt8(truncatingIfNeeded: d >> (8 * UInt32(k))) }
          } else {
            rb[kept] = r
            kept += 1
          }
        }
      }
    }
    relocs.removeLast(relocs.count - kept)
    obj.sections[0].relocations = relocs
  }

  /// The rel32 to write for `r` when it is a call or RIP-relative reference to a local symbol
  /// in .text within reach; nil when `r` must stay a relocation.
  @inline(__always)
  static func localDisplacement(_ r: Relocation, _ symbols: [ObjSymbol], textSize: Int) -> UInt32? {
    let s = r.symbol.index
    guard r.kind == .call32 || r.kind == .pcrel32, s < symbols.count, symbols[s].binding == .local,
          symbols[s].section?.index == 0, r.offset + 4 <= UInt64(textSize) else { return nil }
    let v = Int64(symbols[s].value) + r.addend - Int64(r.offset)
    guard v >= Int64(Int32.min) && v <= Int64(Int32.max) else { return nil }
    return UInt32(bitPattern: Int32(v))
  }
}
