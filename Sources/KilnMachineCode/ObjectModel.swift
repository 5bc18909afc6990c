// The neutral object-file model between the backends and the object writers. Backends emit bytes
// into `CodeBuffer`s with label fixups (resolved inside the buffer) and *neutral* relocations
// (`RelocKind`) against symbols; only the ELF writer maps those to R_X86_64_* / R_AARCH64_*.
// Nothing here knows an ISA or an object format.

/// An index into `ObjectFile.symbols`.
public struct ObjSymbolID: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
}

/// An index into `ObjectFile.sections`.
public struct ObjSectionID: Hashable, Sendable {
  public var raw: UInt32
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
}

/// What a relocation computes, independent of the object format and (mostly) of the ISA.
public enum RelocKind: UInt8, Sendable {
  /// S + A, 64-bit absolute (data: pointers in initializers).
  case abs64
  /// S + A, 32-bit absolute.
  case abs32
  /// S + A - P, 32-bit PC-relative (x86_64 RIP-relative data access).
  case pcrel32
  /// A call/jump to a function that may live in another module (x86_64 PLT32).
  case call32
  /// The address of the symbol's GOT entry, PC-relative 32-bit (x86_64 GOTPCRELX).
  case gotPcrel32
  /// AArch64: ADRP page of S+A (21 bits), ADD/LDR low 12 bits, BL/B 26-bit branch,
  /// ADRP of the GOT entry and LDR of it.
  case aarch64AdrPage21, aarch64AddLo12, aarch64Ldst8Lo12, aarch64Ldst16Lo12, aarch64Ldst32Lo12,
       aarch64Ldst64Lo12, aarch64Ldst128Lo12, aarch64Call26, aarch64Jump26,
       aarch64GotPage21, aarch64GotLo12
}

public struct Relocation: Sendable, Equatable {
  /// Byte offset of the patched field within its section.
  public var offset: UInt64
  public var kind: RelocKind
  public var symbol: ObjSymbolID
  public var addend: Int64
  public init(offset: UInt64, kind: RelocKind, symbol: ObjSymbolID, addend: Int64) {
    self.offset = offset; self.kind = kind; self.symbol = symbol; self.addend = addend
  }
}

public enum SectionKind: UInt8, Sendable {
  case text, data, rodata, bss
  /// Mergeable NUL-terminated strings (`.rodata.str1.1`, SHF_MERGE|SHF_STRINGS).
  case cstring
  /// Exception/unwind tables (`.eh_frame`, `.gcc_except_table`).
  case ehFrame, exceptTable
}

public struct ObjSection: Sendable {
  public var name: String
  public var kind: SectionKind
  public var align: UInt64
  public var bytes: [UInt8]
  /// For `.bss`: the size (bytes stays empty).
  public var size: UInt64
  public var relocations: [Relocation] = []
  public init(name: String, kind: SectionKind, align: UInt64, bytes: [UInt8] = [], size: UInt64 = 0) {
    self.name = name; self.kind = kind; self.align = align; self.bytes = bytes
    self.size = kind == .bss ? size : UInt64(bytes.count)
  }
}

public enum ObjBinding: UInt8, Sendable { case local, global, weak }
public enum ObjVisibility: UInt8, Sendable { case `default`, hidden, protected }
public enum ObjSymbolType: UInt8, Sendable { case none, function, object, section }

public struct ObjSymbol: Sendable {
  public var name: String
  public var binding: ObjBinding
  public var visibility: ObjVisibility = .default
  public var type: ObjSymbolType
  /// nil = undefined (external) symbol.
  public var section: ObjSectionID?
  public var value: UInt64 = 0
  public var size: UInt64 = 0
  public init(name: String, binding: ObjBinding, type: ObjSymbolType, section: ObjSectionID?, value: UInt64 = 0, size: UInt64 = 0) {
    self.name = name; self.binding = binding; self.type = type; self.section = section
    self.value = value; self.size = size
  }
}

public enum ObjMachine: UInt8, Sendable { case x86_64, aarch64 }

/// One relocatable object: what an object writer turns into bytes.
public struct ObjectFile: Sendable {
  public var machine: ObjMachine
  public var sections: [ObjSection] = []
  public var symbols: [ObjSymbol] = []
  public init(machine: ObjMachine) { self.machine = machine }

  public mutating func addSection(_ s: ObjSection) -> ObjSectionID {
    sections.append(s); return ObjSectionID(sections.count - 1)
  }
  public mutating func addSymbol(_ s: ObjSymbol) -> ObjSymbolID {
    symbols.append(s); return ObjSymbolID(symbols.count - 1)
  }
}
