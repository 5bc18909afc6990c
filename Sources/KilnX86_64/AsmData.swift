// The non-code part of `kiln -S`: every data section of the object Kiln would write, and the
// attributes of every symbol, as GNU as directives. Together with the function bodies printed by
// X86Printer the file assembles (`as`, or `cc prog.s`) to the same section bytes as `kiln -c`
// writes, and links into the same program (checked by AssemblyOutputTests).
// - sections are printed whole, from offset 0, with labels at symbol offsets: padding between
//   objects is printed as bytes, so the layout cannot drift from the object's;
// - a relocated field prints as `.quad sym+addend` / `.long sym+addend` (the bytes under a RELA
//   relocation are zero in Kiln's objects, and as writes zero there too);
// - symbol attributes (`.globl`, `.weak`, `.hidden`, `.type`, `.size`) are printed once for every
//   defined symbol, and `.weak` for undefined weak references; aliases into .text are `.set`.

import KilnMachineCode

public enum X86AsmData {
  /// Directives for all sections of `obj` except .text, and for every symbol's attributes.
  /// `textSymbols` names the symbols whose label the function printer already wrote.
  public static func print(_ obj: ObjectFile, textSymbols: Set<String>) -> String {
    var out = ""
    // Symbol attributes.
    for s in obj.symbols where s.type != .section && !s.name.isEmpty {
      let n = quoted(s.name)
      switch s.binding {
      case .global where s.section != nil: out += "\t.globl \(n)\n"
      case .weak: out += "\t.weak \(n)\n"
      default: break
      }
      if s.section == nil { continue }
      switch s.visibility {
      case .hidden: out += "\t.hidden \(n)\n"
      case .protected: out += "\t.protected \(n)\n"
      case .default: break
      }
      if s.type == .function { out += "\t.type \(n),@function\n" }
      if s.type == .object { out += "\t.type \(n),@object\n" }
      if s.type == .function || s.type == .object { out += "\t.size \(n), \(s.size)\n" }
    }
    // Labels per section, in offset order (stable: symbol order breaks ties).
    var labels = [[(UInt64, String)]](repeating: [], count: obj.sections.count)
    for s in obj.symbols where s.type != .section && !s.name.isEmpty {
      guard let sec = s.section, sec.index < obj.sections.count else { continue }
      labels[sec.index].append((s.value, s.name))
    }
    for k in labels.indices { labels[k].sort { $0.0 < $1.0 } }
    // Aliases into .text: a label there that the function printer did not write.
    if !obj.sections.isEmpty && obj.sections[0].kind == .text {
      let starts = labels[0].filter { textSymbols.contains($0.1) }
      for (off, name) in labels[0] where !textSymbols.contains(name) {
        if let base = starts.last(where: { $0.0 <= off }) {
          out += "\t.set \(quoted(name)), \(quoted(base.1))+\(off - base.0)\n"
        }
      }
    }
    for (k, sec) in obj.sections.enumerated() where sec.kind != .text {
      out += "\t.section \(quoted(sec.name)),\(flags(sec))\n"
      if sec.align > 1 { out += "\t.p2align \(sec.align.trailingZeroBitCount)\n" }
      let size = sec.kind == .bss ? sec.size : UInt64(sec.bytes.count)
      var relocs = sec.relocations
      relocs.sort { $0.offset < $1.offset }
      var li = 0, ri = 0
      var pos: UInt64 = 0
      var run: [UInt8] = []
      func flushBytes() {
        guard !run.isEmpty else { return }
        if sec.kind == .bss {
          out += "\t.zero \(run.count)\n"
        } else {
          var i = 0
          while i < run.count {
            let chunk = run[i..<min(i + 16, run.count)]
            out += "\t.byte " + chunk.map { String($0) }.joined(separator: ",") + "\n"
            i += 16
          }
        }
        run.removeAll(keepingCapacity: true)
      }
      while pos < size || li < labels[k].count {
        while li < labels[k].count && labels[k][li].0 <= pos {
          flushBytes()
          out += "\(quoted(labels[k][li].1)):\n"
          li += 1
        }
        if pos >= size {
          // A label at (or past) the end: print it and stop.
          while li < labels[k].count { out += "\(quoted(labels[k][li].1)):\n"; li += 1 }
          break
        }
        if ri < relocs.count && relocs[ri].offset == pos {
          flushBytes()
          let r = relocs[ri]
          let width: UInt64 = r.kind == .abs64 ? 8 : 4
          let target = r.symbol.index < obj.symbols.count ? quoted(obj.symbols[r.symbol.index].name) : "0"
          let add = r.addend == 0 ? "" : (r.addend > 0 ? "+\(r.addend)" : "\(r.addend)")
          out += "\t\(width == 8 ? ".quad" : ".long") \(target)\(add)\n"
          pos += width
          ri += 1
          continue
        }
        // Bytes up to the next label or relocation.
        let nextLabel = li < labels[k].count ? labels[k][li].0 : size
        let nextReloc = ri < relocs.count ? relocs[ri].offset : size
        let stop = min(size, nextLabel, nextReloc)
        if sec.kind == .bss {
          run.append(contentsOf: repeatElement(0, count: Int(stop - pos)))
        } else {
          run.append(contentsOf: sec.bytes[Int(pos)..<Int(stop)])
        }
        pos = stop
      }
      flushBytes()
    }
    return out
  }

  /// `"aw",@progbits` and friends, matching the ELF writer's section headers.
  static func flags(_ s: ObjSection) -> String {
    let tls = s.name.hasPrefix(".tdata") || s.name.hasPrefix(".tbss")
    switch s.kind {
    case .text: return "\"ax\",@progbits"
    case .cstring: return "\"aMS\",@progbits,1"
    case .bss: return tls ? "\"awT\",@nobits" : "\"aw\",@nobits"
    case .rodata, .ehFrame, .exceptTable: return "\"a\",@progbits"
    case .data:
      if s.name.hasPrefix(".init_array") { return "\"aw\",@init_array" }
      if s.name.hasPrefix(".fini_array") { return "\"aw\",@fini_array" }
      if s.name.hasPrefix(".preinit_array") { return "\"aw\",@preinit_array" }
      return tls ? "\"awT\",@progbits" : "\"aw\",@progbits"
    }
  }

  /// A symbol or section name as GNU as reads it: plain when it is a plain identifier, else quoted.
  public static func quoted(_ name: String) -> String {
    var plain = !name.isEmpty
    for (i, b) in name.utf8.enumerated() {
      let ok = (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b == 95 || b == 46 || b == 36
        || (i > 0 && b >= 48 && b <= 57)
      if !ok { plain = false; break }
    }
    if plain { return name }
    var s = "\""
    for b in name.utf8 {
      if b == 34 || b == 92 { s += "\\" + String(UnicodeScalar(b)) }
      else if b < 32 || b >= 127 {
        let o = String(b, radix: 8)
        s += "\\" + String(repeating: "0", count: 3 - o.count) + o
      }
      else { s += String(UnicodeScalar(b)) }
    }
    return s + "\""
  }
}
