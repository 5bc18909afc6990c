// Resolves what an assembler resolves itself: a rel32 call/jump or RIP-relative reference from
// .text to a *local* symbol defined in .text (an `internal`/`private` function) has a fixed
// distance once the functions are laid out, so it gets the displacement written into the code
// and no relocation, exactly as GNU as does for the same `kiln -S` text (AssemblyOutputTests).
// References to global symbols keep their PLT32/PC32 relocation (interposable, and as keeps
// `call f@PLT`), and so does everything from or to other sections.
//
// The text layout (`X86Backend.object`) decides this for each relocation while it places it:
// `LocalTextSymbols` knows, before any symbol is made, where each symbol will be in .text (the
// functions' offsets, and aliases as `object` places them) and whether it is local.

import KilnMachineCode
import KilnSSA

extension X86Backend {
  /// The object symbols that will be local and defined in .text, with their values: what
  /// `object` makes of the module's functions and aliases (object symbol i is module symbol i,
  /// `added` follow).
  struct LocalTextSymbols {
    /// Per object symbol: its value when it is local and in .text, else `none`.
    private var value: [Int64]
    /// (No symbol is placed at Int64.min: values are offsets into .text plus an alias addend.)
    private static let none = Int64.min

    /// `offsets[k]`: where function k (`m.functions[k]`) starts in .text.
    init(_ m: SModule, added: [ObjSymbol], offsets: [Int]) {
      let ns = m.symbols.count, count = ns + added.count
      // Where each symbol is in .text, whatever its binding (an alias may name a global function).
      var inText = [Int64](repeating: LocalTextSymbols.none, count: count)
      m.functions.withUnsafeBufferPointer { fs in
        for k in fs.indices {
          let si = fs[k].symbol.index
          if si < count { inText[si] = Int64(offsets[k]) }
        }
      }
      // (aliases as `object` places them)
      X86Backend.placeAliases(m) { a in
        guard a.symbol.index < count && a.target.index < count else { return false }
        let t = inText[a.target.index]
        let v = t == LocalTextSymbols.none ? LocalTextSymbols.none : t &+ a.addend
        if inText[a.symbol.index] == v { return false }
        inText[a.symbol.index] = v
        return true
      }
      // Only the local ones are resolved (a symbol in .text is defined, so it stays local).
      m.symbols.withUnsafeBufferPointer { ms in
        inText.withUnsafeMutableBufferPointer { v in
          for i in 0..<ns where v[i] != LocalTextSymbols.none && ms[i].binding != .local { v[i] = LocalTextSymbols.none }
          for k in added.indices where added[k].binding != .local { v[ns + k] = LocalTextSymbols.none }
        }
      }
      value = inText
    }

    /// The rel32 to write for `r` (placed: its offset is into .text, its symbol final) when it is
    /// a call or RIP-relative reference to a local symbol in .text within reach; nil when `r` must
    /// stay a relocation.
    @inline(__always)
    func displacement(_ r: Relocation, textSize: Int) -> UInt32? {
      let s = r.symbol.index
      guard r.kind == .call32 || r.kind == .pcrel32, s < value.count, r.offset + 4 <= UInt64(textSize) else { return nil }
      let sv = value[s]
      guard sv != LocalTextSymbols.none else { return nil }
      let v = sv + r.addend - Int64(r.offset)
      guard v >= Int64(Int32.min) && v <= Int64(Int32.max) else { return nil }
      return UInt32(bitPattern: Int32(v))
    }
  }
}
