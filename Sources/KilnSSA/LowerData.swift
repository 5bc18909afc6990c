// Global variables → `SData`: initializer bytes laid out through the data layout, addresses of
// globals/functions/aliases as relocations (symbol + addend), section choice, and aliases.
//
// - Constant expressions reduce to `symbol + addend` or a plain integer: GEPs with constant
//   indices, bitcast/addrspacecast, ptrtoint/inttoptr, add/sub with an integer, and the difference
//   of two addresses of the same symbol. Anything else is `unsupported: constant expression …`.
// - Sections: `thread_local` → tdata/tbss; `private unnamed_addr constant` c"…" ending in the only
//   NUL → cstring; other constants → rodata; all-zero, relocation-free variables → bss; else data.
// - `@llvm.global_ctors`/`@llvm.global_dtors` become pointer arrays in `.init_array`/`.fini_array`
//   (priority 65535) or `.init_array.NNNNN`; `@llvm.used`/`@llvm.compiler.used` are dropped.
// Integers are written little-endian (all three targets are little-endian), store-size bytes.

import KilnIR
import KilnSupport

struct DataWriter {
  let m: Module
  let layout: DataLayout
  let globalSym: [SymbolID]
  let fnSym: [SymbolID]
  let aliasSym: [SymbolID]
  var bytes: [UInt8] = []
  var relocs: [SDataReloc] = []
  var error: String? = nil

  init(m: Module, layout: DataLayout, globalSym: [SymbolID], fnSym: [SymbolID], aliasSym: [SymbolID]) {
    self.m = m; self.layout = layout; self.globalSym = globalSym; self.fnSym = fnSym; self.aliasSym = aliasSym
  }

  mutating func writeInt(_ words: ArraySlice<UInt64>, at off: Int, bytes n: Int) {
    var k = 0
    for w in words {
      var x = w
      for _ in 0..<8 {
        if k >= n { return }
        if off + k < bytes.count { bytes[off + k] = UInt8(truncatingIfNeeded: x) }
        x >>= 8; k += 1
      }
    }
  }

  /// Symbol + addend (symbol nil: a plain integer) of a constant address/integer value.
  func evaluate(_ v: Value) -> (SymbolID?, Int64)? {
    switch v.tag {
    case .global:
      let s = v.index < globalSym.count ? globalSym[v.index] : SymbolID(raw: .max)
      return s.raw == .max ? nil : (s, 0)
    case .function:
      let s = v.index < fnSym.count ? fnSym[v.index] : SymbolID(raw: .max)
      return s.raw == .max ? nil : (s, 0)
    case .alias:
      let s = v.index < aliasSym.count ? aliasSym[v.index] : SymbolID(raw: .max)
      return s.raw == .max ? nil : (s, 0)
    case .constant:
      let c = ConstID(raw: UInt32(v.index))
      let n = m.constants[c]
      switch n.kind {
      case .int:
        guard n.count > 0 else { return (nil, 0) }
        let lo = m.constants.words[Int(n.start)]
        // sign-extend from the type's width so negative offsets work
        let bits = m.types.kind(n.type) == .integer ? m.types.intWidth(n.type) : 64
        if bits < 64 {
          let sh = UInt64(64 - bits)
          return (nil, Int64(bitPattern: lo << sh) >> Int64(sh))
        }
        return (nil, Int64(bitPattern: lo))
      case .null, .zero, .undef, .poison: return (nil, 0)
      case .expr:
        let ops = m.constants.elements(c)
        switch n.opcode {
        case .bitcast, .ptrtoint, .inttoptr:
          guard let x = ops.first else { return nil }
          return evaluate(x)
        case .trunc, .zext, .sext:
          guard let x = ops.first, let r = evaluate(x), r.0 == nil else { return nil }
          return r
        case .add, .sub:
          guard ops.count == 2, let a = evaluate(ops[ops.startIndex]), let b = evaluate(ops[ops.startIndex + 1]) else { return nil }
          if n.opcode == .add {
            if a.0 != nil && b.0 != nil { return nil }
            return (a.0 ?? b.0, a.1 &+ b.1)
          }
          if b.0 == nil { return (a.0, a.1 &- b.1) }
          if a.0 == b.0 { return (nil, a.1 &- b.1) }
          return nil
        case .getelementptr:
          guard let base = ops.first, let b = evaluate(base) else { return nil }
          var off = b.1
          var t = n.aux
          var first = true
          for idx in ops.dropFirst() {
            guard let (s, k) = evaluate(idx), s == nil else { return nil }
            if first {
              off &+= k &* Int64(bitPattern: layout.allocSize(t))
              first = false
              continue
            }
            switch m.types.kind(t) {
            case .structure:
              guard k >= 0 && k < Int64(m.types.fields(t).count) else { return nil }
              off &+= Int64(bitPattern: layout.fieldOffset(t, Int(k)))
              t = m.types.fields(t)[m.types.fields(t).startIndex + Int(k)]
            case .array, .vector:
              t = m.types.element(t)
              off &+= k &* Int64(bitPattern: layout.allocSize(t))
            default: return nil
            }
          }
          return (b.0, off)
        default: return nil
        }
      default: return nil
      }
    default: return nil
    }
  }

  /// Writes constant `v` of type `t` at `off` (the buffer is already sized and zeroed).
  mutating func write(_ v: Value, _ t: TypeID, at off: Int) {
    if error != nil { return }
    switch v.tag {
    case .global, .function, .alias:
      if let (s, a) = evaluate(v), let s {
        relocs.append(SDataReloc(offset: UInt32(off), symbol: s, addend: a, width: UInt8(layout.target.pointerBytes)))
      }
      return
    case .constant: break
    default:
      error = "unsupported: non-constant initializer"
      return
    }
    let c = ConstID(raw: UInt32(v.index))
    let n = m.constants[c]
    let size = Int(layout.storeSize(t))
    switch n.kind {
    case .zero, .null, .undef, .poison: return
    case .int:
      if n.count == 1 {
        var x = m.constants.words[Int(n.start)]
        var k = 0
        while k < size && k < 8 && off + k < bytes.count { bytes[off + k] = UInt8(truncatingIfNeeded: x); x >>= 8; k += 1 }
      } else {
        writeInt(m.constants.words(c), at: off, bytes: size)
      }
    case .float:
      let w = m.constants.words(c)
      switch m.types.kind(t) {
      case .float:
        let d = Double(bitPattern: w.first ?? 0)
        writeInt([UInt64(Float(d).bitPattern)], at: off, bytes: 4)
      case .double: writeInt(w, at: off, bytes: 8)
      case .x86_fp80: writeInt(w, at: off, bytes: 10)
      case .fp128: writeInt(w, at: off, bytes: 16)
      default: break
      }
    case .string:
      let s = m.constants.stringBytes(c)
      var k = off
      for b in s where k < bytes.count { bytes[k] = b; k += 1 }
    case .aggregate:
      let els = m.constants.elements(c)
      switch m.types.kind(t) {
      case .structure:
        let fs = m.types.fields(t)
        for (k, e) in els.enumerated() where k < fs.count {
          write(e, fs[fs.startIndex + k], at: off + Int(layout.fieldOffset(t, k)))
        }
      case .array, .vector:
        let et = m.types.element(t)
        let es = Int(layout.allocSize(et))
        for (k, e) in els.enumerated() { write(e, et, at: off + k * es) }
      default: error = "unsupported: aggregate constant of non-aggregate type"
      }
    case .expr:
      guard let (s, a) = evaluate(v) else {
        error = "unsupported: constant expression '\(n.opcode.name)' in initializer"
        return
      }
      if let s {
        guard size == 4 || size == 8 else {
          error = "unsupported: constant expression '\(n.opcode.name)' of \(size)-byte width"
          return
        }
        let w = min(size, layout.target.pointerBytes)
        relocs.append(SDataReloc(offset: UInt32(off), symbol: s, addend: a, width: UInt8(w)))
      } else {
        writeInt([UInt64(bitPattern: a), a < 0 ? .max : 0, a < 0 ? .max : 0, a < 0 ? .max : 0], at: off, bytes: size)
      }
    }
  }
}

func lowerGlobals(_ m: Module, layout: DataLayout, globalSym: [SymbolID], fnSym: [SymbolID], aliasSym: [SymbolID],
                  into out: inout SModule, diags: inout Diagnostics) {
  var w = DataWriter(m: m, layout: layout, globalSym: globalSym, fnSym: fnSym, aliasSym: aliasSym)
  for (i, g) in m.globals.enumerated() {
    let sym = globalSym[i]
    guard sym.raw != .max, let initV = g.initializer else { continue }
    let name = m.names.string(g.name)
    if g.linkage == .appending {
      if name == "llvm.global_ctors" || name == "llvm.global_dtors" {
        lowerCtors(m, g, sym: sym, isCtor: name == "llvm.global_ctors", writer: &w, into: &out, diags: &diags)
      } else {
        diags.error(g.loc, "unsupported: appending global '@\(name)'")
      }
      continue
    }
    guard layout.storeSize(g.valueType) < 1 << 31 else {
      diags.error(g.loc, "unsupported: global '@\(name)' larger than 2 GiB")
      continue
    }
    let size = Int(layout.allocSize(g.valueType))
    w.bytes = [UInt8](repeating: 0, count: size)
    w.relocs = []
    w.error = nil
    w.write(initV, g.valueType, at: 0)
    if let e = w.error { diags.error(g.loc, e); continue }
    let allZero = w.relocs.isEmpty && !w.bytes.contains(where: { $0 != 0 })
    var section: DataSection
    if g.flags & GlobalFlags.threadLocal != 0 {
      section = allZero ? .tbss : .tdata
    } else if g.isConstant {
      section = .rodata
      if g.linkage == .private && g.flags & GlobalFlags.unnamedAddr != 0 && initV.tag == .constant {
        let c = m.constants[ConstID(raw: UInt32(initV.index))]
        if c.kind == .string {
          let s = m.constants.stringBytes(ConstID(raw: UInt32(initV.index)))
          if s.last == 0 && s.firstIndex(of: 0) == s.index(before: s.endIndex) { section = .cstring }
        }
      }
    } else {
      section = allZero ? .bss : .data
    }
    let align = UInt32(g.align ?? UInt64(layout.abiAlign(g.valueType)))
    var d = SData(symbol: sym, bytes: (section == .bss || section == .tbss) ? [] : w.bytes,
                  size: UInt64(size), align: max(1, align), section: section)
    // a cstring's size is its store size (no padding)
    if section == .cstring { d.size = layout.storeSize(g.valueType); d.bytes = Array(d.bytes.prefix(Int(d.size))) }
    if g.section != .empty { d.sectionName = m.names.string(g.section) }
    d.relocs = w.relocs
    out.symbols[sym.index].definition = Int32(out.data.count)
    out.data.append(d)
  }
  for (i, a) in m.aliases.enumerated() {
    guard let (s, addend) = w.evaluate(a.aliasee), let s else {
      diags.error(a.loc, "unsupported: alias to a non-address constant")
      continue
    }
    let sym = SymbolID(raw: aliasSym[i].raw)
    out.aliases.append((symbol: sym, target: s, addend: addend))
    // the alias symbol takes the kind of what it names
    out.symbols[sym.index].kind = out.symbols[s.index].kind
  }
}

/// `@llvm.global_ctors = appending global [N x { i32, ptr, ptr }] [...]`: one pointer array per
/// priority-ordered list (all entries go into one object; the section carries the first priority).
private func lowerCtors(_ m: Module, _ g: GlobalVar, sym: SymbolID, isCtor: Bool, writer w: inout DataWriter,
                        into out: inout SModule, diags: inout Diagnostics) {
  guard let initV = g.initializer else { return }
  let ps = m.target_pointerBytes(w.layout)
  var bytes: [UInt8] = []
  var relocs: [SDataReloc] = []
  var prio: Int64 = 65535
  if initV.tag == .constant {
    let c = ConstID(raw: UInt32(initV.index))
    if m.constants[c].kind == .aggregate {
      for e in m.constants.elements(c) {
        guard e.tag == .constant, m.constants[ConstID(raw: UInt32(e.index))].kind == .aggregate else { continue }
        let fields = m.constants.elements(ConstID(raw: UInt32(e.index)))
        guard fields.count >= 2 else { continue }
        if let (_, p) = w.evaluate(fields[fields.startIndex]) { prio = p }
        guard let (s, a) = w.evaluate(fields[fields.startIndex + 1]), let s else { continue }
        relocs.append(SDataReloc(offset: UInt32(bytes.count), symbol: s, addend: a, width: UInt8(ps)))
        bytes.append(contentsOf: repeatElement(0, count: ps))
      }
    }
  }
  var d = SData(symbol: sym, bytes: bytes, size: UInt64(bytes.count), align: UInt32(ps), section: .data)
  let base = isCtor ? ".init_array" : ".fini_array"
  d.sectionName = prio == 65535 ? base : "\(base).\(String(format5(prio)))"
  d.relocs = relocs
  out.symbols[sym.index].definition = Int32(out.data.count)
  out.data.append(d)
}

private func format5(_ p: Int64) -> String {
  var s = String(p)
  while s.count < 5 { s = "0" + s }
  return s
}

extension Module {
  fileprivate func target_pointerBytes(_ l: DataLayout) -> Int { l.target.pointerBytes }
}
