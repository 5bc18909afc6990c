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
// Every initializer is written in place into the module's one byte arena (`SModule.dataBytes`,
// zeroed as it grows; zero-like initializers skip it) and its relocations into the one relocation
// arena (`SModule.dataRelocs`); an `SData` holds the ranges. The arenas are written straight into
// the storage of the final arrays, sized beforehand from bounds of what the initializers can write
// (no per-global arrays, no copy out). The module's constant and type tables are read through
// unretained pointers. Aggregates recurse through `writeAggregate`, which stores one-word integer
// elements in line; integer tables in the `.data` form are copied leaf run by leaf run
// (`placeLeaves`), in one copy when they have no padding.

import KilnIR
import KilnSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes initializers into the output buffer `buf[0 ..< size]` (the current global's part of the
/// byte arena `bytes`). Module tables are read through unretained pointers (the module outlives
/// the writer and is not mutated meanwhile).
final class DataWriter {
  let m: Module
  let layout: DataLayout
  let globalSym: [SymbolID]
  let fnSym: [SymbolID]
  let aliasSym: [SymbolID]
  /// The byte arena: the initial bytes of the globals so far, each global's appended zeroed and
  /// then written through `buf[0 ..< size]` (`lowerGlobals` lends it the storage of the array it
  /// returns).
  var bytes = Scratch<UInt8>(capacity: 16)
  var buf: UnsafeMutablePointer<UInt8>
  var size = 0
  /// The relocation arena: the relocations of the globals so far, each with its offset in its
  /// own global (storage lent like `bytes`'s).
  var relocs = Scratch<SDataReloc>(capacity: 16)
  var error: String? = nil
  /// Per type: 0 not yet known, 1 when `isDense`, 2 when not.
  var denseTypes: [UInt8] = []
  /// `error != nil` (a plain flag: cheap to test in the element loops).
  var failed = false
  let cNodes: UnsafePointer<ConstNode>
  let cWords: UnsafePointer<UInt64>
  let cElems: UnsafePointer<Value>
  let cBytes: UnsafePointer<UInt8>
  let tNodes: UnsafePointer<TypeNode>
  let tLists: UnsafePointer<TypeID>
  let storeSizes: UnsafePointer<UInt64>
  let allocSizes: UnsafePointer<UInt64>
  let fieldOffsetStart: UnsafePointer<UInt32>
  let fieldOffsets: UnsafePointer<UInt64>
  let ptrBytes: Int
  /// Where `buf` points between globals (nothing is written through it then).
  let dummy: UnsafeMutablePointer<UInt8>

  init(m: Module, layout: DataLayout, globalSym: [SymbolID], fnSym: [SymbolID], aliasSym: [SymbolID]) {
    self.m = m; self.layout = layout; self.globalSym = globalSym; self.fnSym = fnSym; self.aliasSym = aliasSym
    cNodes = FunctionLowering.unretained(m.constants.nodes)
    cWords = FunctionLowering.unretained(m.constants.words)
    cElems = FunctionLowering.unretained(m.constants.elems)
    cBytes = FunctionLowering.unretained(m.constants.bytes)
    tNodes = FunctionLowering.unretained(m.types.nodes)
    tLists = FunctionLowering.unretained(m.types.lists)
    storeSizes = FunctionLowering.unretained(layout.storeSizes)
    allocSizes = FunctionLowering.unretained(layout.allocSizes)
    fieldOffsetStart = FunctionLowering.unretained(layout.fieldOffsetStart)
    fieldOffsets = FunctionLowering.unretained(layout.fieldOffsets)
    ptrBytes = layout.target.pointerBytes
    dummy = .allocate(capacity: 16)
    buf = dummy
  }

  deinit { bytes.deallocate(); relocs.deallocate(); dummy.deallocate() }

  func fail(_ message: String) {
    error = message
    failed = true
  }

  /// Little-endian bytes of `words[start ..< start+count]`, at most `n` of them, at `off`.
  @inline(__always) func writeWords(_ start: Int, _ count: Int, at off: Int, bytes n: Int) {
    let size = self.size
    var k = 0
    for i in 0..<count {
      var x = cWords[start + i]
      for _ in 0..<8 {
        if k >= n { return }
        if off + k < size { buf[off + k] = UInt8(truncatingIfNeeded: x) }
        x >>= 8; k += 1
      }
    }
  }

  /// The low `n` (at most 8) bytes of `x`, little-endian, at `off`.
  @inline(__always) func writeWord(_ x0: UInt64, at off: Int, bytes n: Int) {
    let size = self.size
    if DataWriter.storeWord(x0, UnsafeMutableRawPointer(buf), at: off, bytes: n, size: size) { return }
    var x = x0
    var k = 0
    while k < n && k < 8 && off + k < size { buf[off + k] = UInt8(truncatingIfNeeded: x); x >>= 8; k += 1 }
  }

  /// `writeWord`'s common case: `n` of 1, 2, 4 or 8 bytes that fit in the `size`-byte buffer at
  /// `p`, written with one store (little-endian, as the byte loop writes them); false otherwise.
  @inline(__always) static func storeWord(_ x: UInt64, _ p: UnsafeMutableRawPointer, at off: Int, bytes n: Int,
                                          size: Int) -> Bool {
    if off < 0 || off &+ n > size { return false }
    switch n {
    case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: x), toByteOffset: off, as: UInt8.self)
    case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: x).littleEndian, toByteOffset: off, as: UInt16.self)
    case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: x).littleEndian, toByteOffset: off, as: UInt32.self)
    case 8: p.storeBytes(of: x.littleEndian, toByteOffset: off, as: UInt64.self)
    default: return false
    }
    return true
  }

  /// Symbol + addend (symbol nil: a plain integer) of a constant address/integer value.
  func evaluate(_ v: Value) -> (SymbolID?, Int64)? {
    switch v.fastTag {
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
      let n = cNodes[v.index]
      switch n.kind {
      case .int:
        guard n.count > 0 else { return (nil, 0) }
        let lo = cWords[Int(n.start)]
        // sign-extend from the type's width so negative offsets work
        let tn = tNodes[Int(n.type.raw)]
        let bits = tn.kind == .integer ? tn.a : 64
        if bits < 64 {
          let sh = UInt64(64 - bits)
          return (nil, Int64(bitPattern: lo << sh) >> Int64(sh))
        }
        return (nil, Int64(bitPattern: lo))
      case .null, .zero, .undef, .poison: return (nil, 0)
      case .expr:
        let os = Int(n.start), oc = Int(n.count)
        switch n.opcode {
        case .bitcast, .ptrtoint, .inttoptr:
          guard oc > 0 else { return nil }
          return evaluate(cElems[os])
        case .trunc, .zext, .sext:
          guard oc > 0, let r = evaluate(cElems[os]), r.0 == nil else { return nil }
          return r
        case .add, .sub:
          guard oc == 2, let a = evaluate(cElems[os]), let b = evaluate(cElems[os + 1]) else { return nil }
          if n.opcode == .add {
            if a.0 != nil && b.0 != nil { return nil }
            return (a.0 ?? b.0, a.1 &+ b.1)
          }
          if b.0 == nil { return (a.0, a.1 &- b.1) }
          if a.0 == b.0 { return (nil, a.1 &- b.1) }
          return nil
        case .getelementptr:
          guard oc > 0, let b = evaluate(cElems[os]) else { return nil }
          var off = b.1
          var t = n.aux
          var first = true
          for i in 1..<oc {
            guard let (s, k) = evaluate(cElems[os + i]), s == nil else { return nil }
            if first {
              off &+= k &* Int64(bitPattern: allocSizes[Int(t.raw)])
              first = false
              continue
            }
            let tn = tNodes[Int(t.raw)]
            switch tn.kind {
            case .structure:
              guard k >= 0 && k < Int64(tn.listCount) else { return nil }
              off &+= Int64(bitPattern: layout.fieldOffset(t, Int(k)))
              t = tLists[Int(tn.listStart) + Int(k)]
            case .array, .vector:
              t = TypeID(raw: tn.a)
              off &+= k &* Int64(bitPattern: allocSizes[Int(t.raw)])
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
  func write(_ v: Value, _ t: TypeID, at off: Int) {
    if failed { return }
    switch v.fastTag {
    case .global, .function, .alias:
      if let (s, a) = evaluate(v), let s {
        relocs.append(SDataReloc(offset: UInt32(off), symbol: s, addend: a, width: UInt8(ptrBytes)))
      }
      return
    case .constant: break
    default:
      fail("unsupported: non-constant initializer")
      return
    }
    let n = cNodes[v.index]
    let size = Int(storeSizes[Int(t.raw)])
    switch n.kind {
    case .zero, .null, .undef, .poison: return
    case .int:
      if n.count == 1 {
        writeWord(cWords[Int(n.start)], at: off, bytes: size)
      } else {
        writeWords(Int(n.start), Int(n.count), at: off, bytes: size)
      }
    case .float:
      switch tNodes[Int(t.raw)].kind {
      case .float:
        let d = Double(bitPattern: n.count > 0 ? cWords[Int(n.start)] : 0)
        writeWord(UInt64(Float(d).bitPattern), at: off, bytes: 4)
      case .double: writeWords(Int(n.start), Int(n.count), at: off, bytes: 8)
      case .x86_fp80: writeWords(Int(n.start), Int(n.count), at: off, bytes: 10)
      case .fp128: writeWords(Int(n.start), Int(n.count), at: off, bytes: 16)
      default: break
      }
    case .string:
      let c = max(0, min(Int(n.count), self.size - off))
      if c > 0 { (buf + off).update(from: cBytes + Int(n.start), count: c) }
    case .aggregate:
      writeAggregate(n, t, at: off)
    case .data:
      var src = Int(n.start)
      placeLeaves(t, at: off, from: &src, end: src + Int(n.count))
    case .expr:
      guard let (s, a) = evaluate(v) else {
        fail("unsupported: constant expression '\(n.opcode.name)' in initializer")
        return
      }
      if let s {
        guard size == 4 || size == 8 else {
          fail("unsupported: constant expression '\(n.opcode.name)' of \(size)-byte width")
          return
        }
        let w = min(size, ptrBytes)
        relocs.append(SDataReloc(offset: UInt32(off), symbol: s, addend: a, width: UInt8(w)))
      } else {
        // sign-extended to `size` bytes
        let ext: UInt64 = a < 0 ? .max : 0
        writeWord(UInt64(bitPattern: a), at: off, bytes: min(size, 8))
        var k = 8
        while k < size && k < 32 { writeWord(ext, at: off + k, bytes: min(size - k, 8)); k += 8 }
      }
    }
  }

  /// One element or field of an aggregate: one-word integers and nested aggregates directly,
  /// zero-like constants not at all (the buffer is zeroed), anything else through `write`.
  @inline(__always) func writeElement(_ e: Value, _ et: TypeID, at off: Int) {
    if e.fastTag == .constant {
      let en = cNodes[e.index]
      switch en.kind {
      case .int where en.count == 1:
        writeWord(cWords[Int(en.start)], at: off, bytes: Int(storeSizes[Int(et.raw)]))
        return
      case .aggregate:
        writeAggregate(en, et, at: off)
        return
      case .zero, .null, .undef, .poison:
        return
      default: break
      }
    }
    write(e, et, at: off)
  }

  /// Writes aggregate constant `n` of type `t` at `off`.
  func writeAggregate(_ n: ConstNode, _ t: TypeID, at off: Int) {
    if failed { return }
    let es = Int(n.start), ec = Int(n.count)
    let tn = tNodes[Int(t.raw)]
    switch tn.kind {
    case .structure:
      let fs = Int(tn.listStart)
      let fo = fieldOffsets + Int(fieldOffsetStart[Int(t.raw)])
      let p = UnsafeMutableRawPointer(buf), size = self.size
      for k in 0..<min(ec, Int(tn.listCount)) {
        let e = cElems[es &+ k], ft = tLists[fs &+ k], o = off &+ Int(fo[k])
        // A one-word integer field that fits: one store (`writeWord`'s common case), without
        // `writeElement`'s dispatch and the failure check after it.
        if e.fastTag == .constant {
          let en = cNodes[e.index]
          if en.kind == .int && en.count == 1
              && DataWriter.storeWord(cWords[Int(en.start)], p, at: o, bytes: Int(storeSizes[Int(ft.raw)]), size: size) {
            continue
          }
        }
        writeElement(e, ft, at: o)
        if failed { return }
      }
    case .array, .vector:
      let et = TypeID(raw: tn.a)
      let esz = Int(allocSizes[Int(et.raw)])
      let estore = Int(storeSizes[Int(et.raw)])
      // Integer elements that all fit: one plain store each (what `writeWord` does for them).
      if tNodes[Int(et.raw)].kind == .integer && off >= 0 && esz >= estore && esz > 0
          && ec <= (self.size - off) / esz {
        switch estore {
        case 1: writeInts(es, ec, at: off, stride: esz, UInt8.self, et); return
        case 2: writeInts(es, ec, at: off, stride: esz, UInt16.self, et); return
        case 4: writeInts(es, ec, at: off, stride: esz, UInt32.self, et); return
        case 8: writeInts(es, ec, at: off, stride: esz, UInt64.self, et); return
        default: break
        }
      }
      var o = off
      for k in 0..<ec {
        writeElement(cElems[es + k], et, at: o)
        if failed { return }
        o &+= esz
      }
    default: fail("unsupported: aggregate constant of non-aggregate type")
    }
  }

  /// Writes the leaves of a `.data` constant of type `t` (packed in `cBytes[src ..< end]`, see
  /// `ConstKind.data`) at `off` through the layout, moving `src` past them. A type without
  /// padding (`isDense`; the usual case) is one copy.
  func placeLeaves(_ t: TypeID, at off: Int, from src: inout Int, end: Int) {
    let tn = tNodes[Int(t.raw)]
    if isDense(t) {
      // the leaves fill the type's memory image, in order: no padding anywhere
      let n = Int(allocSizes[Int(t.raw)])
      guard off >= 0, n <= size - off, n <= end - src else { return fail("malformed data constant") }
      (buf + off).update(from: cBytes + src, count: n)
      src += n
      return
    }
    switch tn.kind {
    case .integer:
      let w = Int(tn.a) / 8
      guard off >= 0, w <= size - off, w <= end - src else { return fail("malformed data constant") }
      (buf + off).update(from: cBytes + src, count: w)
      src += w
    case .array:
      // (an array of integers without padding is dense: one copy, above)
      let et = TypeID(raw: tn.a), n = Int(tn.count)
      let esz = Int(allocSizes[Int(et.raw)])
      var o = off
      for _ in 0..<n {
        placeLeaves(et, at: o, from: &src, end: end)
        if failed { return }
        o &+= esz
      }
    case .structure:
      let fs = Int(tn.listStart)
      let fo = fieldOffsets + Int(fieldOffsetStart[Int(t.raw)])
      for k in 0..<Int(tn.listCount) {
        placeLeaves(tLists[fs + k], at: off + Int(fo[k]), from: &src, end: end)
        if failed { return }
      }
    default: fail("malformed data constant")
    }
  }

  /// Whether a `.data` constant of type `t` is its own memory image: its packed leaves take the
  /// type's whole allocation size (so there is no padding between or after them).
  @inline(__always) func isDense(_ t: TypeID) -> Bool {
    let i = Int(t.raw)
    if i >= denseTypes.count { denseTypes.append(contentsOf: repeatElement(0, count: i + 1 - denseTypes.count)) }
    if denseTypes[i] == 0 {
      denseTypes[i] = m.types.intLeafBytes(t).map { UInt64($0) == allocSizes[i] } == true ? 1 : 2
    }
    return denseTypes[i] == 1
  }

  /// `ec` integer elements of type `et` (`T`-sized stores, all inside the buffer) from `off` on.
  @inline(__always) func writeInts<T: FixedWidthInteger>(_ es: Int, _ ec: Int, at off: Int, stride: Int,
                                                          _: T.Type, _ et: TypeID) {
    let p = UnsafeMutableRawPointer(buf)
    var o = off
    for k in 0..<ec {
      let e = cElems[es + k]
      if e.fastTag == .constant {
        let en = cNodes[e.index]
        if en.kind == .int && en.count == 1 {
          p.storeBytes(of: T(truncatingIfNeeded: cWords[Int(en.start)]).littleEndian, toByteOffset: o, as: T.self)
          o &+= stride
          continue
        }
      }
      writeElement(e, et, at: o)
      if failed { return }
      o &+= stride
    }
  }
}

/// Whether `n` bytes at `p` are all zero (a word at a time).
private func allZeroBytes(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  let raw = UnsafeRawPointer(p)
  var k = 0
  while k + 8 <= n {
    if raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) != 0 { return false }
    k += 8
  }
  while k < n { if p[k] != 0 { return false }; k += 1 }
  return true
}

func lowerGlobals(_ m: Module, layout: DataLayout, globalSym: [SymbolID], fnSym: [SymbolID], aliasSym: [SymbolID],
                  into out: inout SModule, diags: inout Diagnostics) {
  let w = DataWriter(m: m, layout: layout, globalSym: globalSym, fnSym: fnSym, aliasSym: aliasSym)
  let ng = m.globals.count
  out.data.reserveCapacity(ng)
  // Read in place (a copy per global would retain the module's arrays).
  let globals = FunctionLowering.unretained(m.globals)
  // The arenas' capacities, bounds of what the initializers can write: bytes for each one that
  // writes any (bss objects written first are dropped again); a relocation per 4 bytes (relocations
  // do not overlap) of each one that can have relocations (not strings and integer tables).
  // (Only hints: `Scratch.collect` copes with outgrowing them.)
  var byteBound = 0, relocBound = 0
  for i in 0..<ng {
    let g = globals[i]
    guard globalSym[i].raw != .max, let initV = g.initializer else { continue }
    guard layout.storeSize(g.valueType) < 1 << 31 else { continue }
    let size = Int(layout.allocSize(g.valueType))
    if initV.fastTag == .constant {
      switch w.cNodes[initV.index].kind {
      case .zero, .null, .undef, .poison: if !g.isConstant { continue }  // bss: no bytes
      case .int, .float, .string, .data: break
      default: relocBound &+= size / 4
      }
    } else {
      relocBound &+= size / 4
    }
    byteBound &+= size
  }
  var relocs: [SDataReloc] = []
  let bytes = Scratch<UInt8>.collect(capacity: byteBound) { bytes in
    relocs = Scratch<SDataReloc>.collect(capacity: relocBound) { relocs in
      swap(&w.bytes, &bytes); swap(&w.relocs, &relocs)
      lowerGlobalObjects(m, layout: layout, globals: globals, writer: w, into: &out, diags: &diags)
      swap(&w.bytes, &bytes); swap(&w.relocs, &relocs)
    }
  }
  out.dataBytes = bytes
  out.dataRelocs = relocs
  for i in 0..<m.aliases.count {
    let a = m.aliases[i]
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

/// `lowerGlobals`' loop: one `SData` per defined global, its bytes and relocations appended to
/// `w`'s arenas.
private func lowerGlobalObjects(_ m: Module, layout: DataLayout, globals: UnsafePointer<GlobalVar>, writer w: DataWriter,
                                into out: inout SModule, diags: inout Diagnostics) {
  let globalSym = w.globalSym
  for i in 0..<m.globals.count {
    let g = globals[i]
    let sym = globalSym[i]
    guard sym.raw != .max, let initV = g.initializer else { continue }
    if g.linkage == .appending {
      let name = m.names.string(g.name)
      if name == "llvm.global_ctors" || name == "llvm.global_dtors" {
        lowerCtors(m, g, sym: sym, isCtor: name == "llvm.global_ctors", writer: w, into: &out, diags: &diags)
      } else {
        diags.error(g.loc, "unsupported: appending global '@\(name)'")
      }
      continue
    }
    guard layout.storeSize(g.valueType) < 1 << 31 else {
      diags.error(g.loc, "unsupported: global '@\(m.names.string(g.name))' larger than 2 GiB")
      continue
    }
    let size = Int(layout.allocSize(g.valueType))
    let start = w.bytes.count, relocStart = w.relocs.count
    if w.failed { w.error = nil; w.failed = false }
    // A zero-like initializer writes nothing: no bytes are needed to see that it is all zero.
    var zeroInit = false
    if initV.fastTag == .constant {
      switch w.cNodes[initV.index].kind {
      case .zero, .null, .undef, .poison: zeroInit = true
      default: break
      }
    }
    if !zeroInit {
      w.bytes.append(repeating: 0, count: size)
      w.buf = w.bytes.base + start; w.size = size
      w.write(initV, g.valueType, at: 0)
      w.buf = w.dummy
    }
    if let e = w.error {
      w.bytes.truncate(start); w.relocs.truncate(relocStart)
      diags.error(g.loc, e)
      continue
    }
    let hasRelocs = w.relocs.count != relocStart
    var allZero = !hasRelocs
    if allZero && !zeroInit { allZero = allZeroBytes(w.bytes.base + start, size) }
    var section: DataSection
    if g.flags & GlobalFlags.threadLocal != 0 {
      section = allZero ? .tbss : .tdata
    } else if g.isConstant {
      section = .rodata
      if g.linkage == .private && g.flags & GlobalFlags.unnamedAddr != 0 && initV.fastTag == .constant {
        let c = w.cNodes[initV.index]
        if c.kind == .string && c.count > 0 {
          // a NUL-terminated string with no other NUL
          let sb = w.cBytes + Int(c.start)
          let n = Int(c.count)
          if sb[n - 1] == 0 && memchr(sb, 0, n - 1) == nil { section = .cstring }
        }
      }
    } else {
      section = allZero ? .bss : .data
    }
    let align = UInt32(g.align ?? UInt64(layout.abiAlign(g.valueType)))
    // a cstring's size is its store size (no padding)
    let dataSize = section == .cstring ? layout.storeSize(g.valueType) : UInt64(size)
    let kept = section == .bss || section == .tbss ? 0 : min(Int(dataSize), size)
    // keep the first `kept` bytes written (or zeros for a zero-like initializer)
    if zeroInit { w.bytes.append(repeating: 0, count: kept) } else { w.bytes.truncate(start + kept) }
    out.symbols[sym.index].definition = Int32(out.data.count)
    out.data.append(SData(symbol: sym, bytes: start ..< start + kept, size: dataSize, align: max(1, align),
                          section: section, relocs: relocStart ..< w.relocs.count))
    if g.section != .empty { out.data[out.data.count - 1].sectionName = m.names.string(g.section) }
  }
}

/// `@llvm.global_ctors = appending global [N x { i32, ptr, ptr }] [...]`: one pointer array per
/// priority-ordered list (all entries go into one object; the section carries the first priority).
/// Its bytes and relocations are appended to `w`'s arenas.
private func lowerCtors(_ m: Module, _ g: GlobalVar, sym: SymbolID, isCtor: Bool, writer w: DataWriter,
                        into out: inout SModule, diags: inout Diagnostics) {
  guard let initV = g.initializer else { return }
  let ps = m.target_pointerBytes(w.layout)
  let start = w.bytes.count, relocStart = w.relocs.count
  var prio: Int64 = 65535
  if initV.fastTag == .constant {
    let c = ConstID(raw: UInt32(initV.index))
    if m.constants[c].kind == .aggregate {
      for e in m.constants.elements(c) {
        guard e.fastTag == .constant, m.constants[ConstID(raw: UInt32(e.index))].kind == .aggregate else { continue }
        let fields = m.constants.elements(ConstID(raw: UInt32(e.index)))
        guard fields.count >= 2 else { continue }
        if let (_, p) = w.evaluate(fields[fields.startIndex]) { prio = p }
        guard let (s, a) = w.evaluate(fields[fields.startIndex + 1]), let s else { continue }
        w.relocs.append(SDataReloc(offset: UInt32(w.bytes.count - start), symbol: s, addend: a, width: UInt8(ps)))
        w.bytes.append(repeating: 0, count: ps)
      }
    }
  }
  let n = w.bytes.count - start
  var d = SData(symbol: sym, bytes: start ..< start + n, size: UInt64(n), align: UInt32(ps), section: .data)
  let base = isCtor ? ".init_array" : ".fini_array"
  d.sectionName = prio == 65535 ? base : "\(base).\(String(format5(prio)))"
  d.relocs = relocStart ..< w.relocs.count
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
