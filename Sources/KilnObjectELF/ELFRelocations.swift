// Maps Kiln's neutral `RelocKind`s to ELF relocation types (R_X86_64_* / R_AARCH64_*). This is the
// only place in Kiln that knows those numbers. Invariants: the caller has already checked that the
// patched field lies inside the section (`fieldSize` bytes at `offset`), so peeking at the bytes in
// front of an x86_64 GOT load only needs its own `offset >= n` checks.
import CLibElf
import KilnMachineCode

extension RelocKind {
  /// Width in bytes of the field the relocation patches.
  var fieldSize: UInt64 {
    switch self {
    case .abs64: return 8
    default: return 4
    }
  }

  /// True for AArch64 instruction relocations (the field is a whole 4-byte-aligned instruction).
  var isAArch64Instruction: Bool {
    switch self {
    case .abs64, .abs32, .pcrel32, .call32, .gotPcrel32: return false
    default: return true
    }
  }
}

extension ELFWriter {
  /// The ELF relocation type for `kind` in an object for `machine`, or nil when the kind has no
  /// meaning there. `bytes`/`offset` locate the patched field (used to pick the x86_64 GOTPCRELX
  /// flavour, which tells the linker which instruction it may relax).
  @inline(__always)
  static func elfRelocationType(_ kind: RelocKind, machine: ObjMachine, bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> UInt32? {
    switch machine {
    case .x86_64:
      switch kind {
      case .abs64: return UInt32(R_X86_64_64)
      // Data `.long sym` (zero-extended). Sign-extended imm32 operands (R_X86_64_32S) have no
      // neutral kind; PIC code never uses either in instructions.
      case .abs32: return UInt32(R_X86_64_32)
      case .pcrel32: return UInt32(R_X86_64_PC32)
      case .call32: return UInt32(R_X86_64_PLT32)
      case .gotPcrel32: return x86GotType(bytes: bytes, offset: offset)
      default: return nil
      }
    case .aarch64:
      switch kind {
      case .abs64: return UInt32(R_AARCH64_ABS64)
      case .abs32: return UInt32(R_AARCH64_ABS32)
      case .pcrel32: return UInt32(R_AARCH64_PREL32)
      case .call32, .gotPcrel32: return nil
      case .aarch64AdrPage21: return UInt32(R_AARCH64_ADR_PREL_PG_HI21)
      case .aarch64AddLo12: return UInt32(R_AARCH64_ADD_ABS_LO12_NC)
      case .aarch64Ldst8Lo12: return UInt32(R_AARCH64_LDST8_ABS_LO12_NC)
      case .aarch64Ldst16Lo12: return UInt32(R_AARCH64_LDST16_ABS_LO12_NC)
      case .aarch64Ldst32Lo12: return UInt32(R_AARCH64_LDST32_ABS_LO12_NC)
      case .aarch64Ldst64Lo12: return UInt32(R_AARCH64_LDST64_ABS_LO12_NC)
      case .aarch64Ldst128Lo12: return UInt32(R_AARCH64_LDST128_ABS_LO12_NC)
      case .aarch64Call26: return UInt32(R_AARCH64_CALL26)
      case .aarch64Jump26: return UInt32(R_AARCH64_JUMP26)
      case .aarch64GotPage21: return UInt32(R_AARCH64_ADR_GOT_PAGE)
      case .aarch64GotLo12: return UInt32(R_AARCH64_LD64_GOT_LO12_NC)
      }
    }
  }

  /// x86_64 GOT-relative disp32: the relaxable flavours need the exact instruction shape
  /// (x86-64 psABI §B.2): `mov foo@GOTPCREL(%rip), %reg` with REX → REX_GOTPCRELX, without REX →
  /// GOTPCRELX; `call/jmp *foo@GOTPCREL(%rip)` (FF /2, FF /4) → GOTPCRELX. Anything else (or a
  /// field too close to the section start to tell) → plain GOTPCREL, which linkers never rewrite.
  static func x86GotType(bytes: [UInt8], offset: Int) -> UInt32 {
    bytes.withUnsafeBufferPointer { x86GotType(bytes: $0, offset: offset) }
  }

  /// `x86GotType` of the bytes where the section holds them.
  static func x86GotType(bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> UInt32 {
    guard offset >= 2, offset <= bytes.count else { return UInt32(R_X86_64_GOTPCREL) }
    let modrm = bytes[offset - 1], opcode = bytes[offset - 2]
    guard modrm & 0xC7 == 0x05 else { return UInt32(R_X86_64_GOTPCREL) }  // mod=00 rm=101: RIP+disp32
    if opcode == 0x8B {
      if offset >= 3, bytes[offset - 3] & 0xF0 == 0x40 { return UInt32(R_X86_64_REX_GOTPCRELX) }
      return UInt32(R_X86_64_GOTPCRELX)
    }
    if opcode == 0xFF, modrm == 0x15 || modrm == 0x25 { return UInt32(R_X86_64_GOTPCRELX) }
    return UInt32(R_X86_64_GOTPCREL)
  }
}
