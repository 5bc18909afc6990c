// CodeBuffer tests: little-endian writers, label binding before/after use, every fixup kind's
// patching and range checks (x86 rel8/rel32, AArch64 imm19/imm26/imm14/ADR), and errors from
// finish() instead of traps.

import Testing
import KilnMachineCode

@Suite struct CodeBufferTests {
  @Test func littleEndianWriters() {
    var b = CodeBuffer()
    b.put8(0x11); b.put16(0x2233); b.put32(0x4455_6677); b.put64(0x8899_aabb_ccdd_eeff)
    #expect(b.bytes == [0x11, 0x33, 0x22, 0x77, 0x66, 0x55, 0x44,
                        0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa, 0x99, 0x88])
    #expect(b.offset == 15)
    b.align(to: 8, fill: 0x90)
    #expect(b.offset == 16 && b.bytes.last == 0x90)
  }

  @Test func x86Rel32ForwardAndBackward() throws {
    var b = CodeBuffer()
    let top = b.newLabel(), end = b.newLabel()
    b.bind(top)
    b.put8(0xe9); b.use(end, kind: .x86Rel32, at: b.offset); b.put32(0)   // jmp end
    b.put8(0x90)
    b.put8(0xe9); b.use(top, kind: .x86Rel32, at: b.offset); b.put32(0)   // jmp top
    b.bind(end)
    try b.finish()
    // jmp end: end=11, field 1..4, pc=5 → +6. jmp top: field 7, pc=11 → -11.
    #expect(b.bytes == [0xe9, 6, 0, 0, 0, 0x90, 0xe9, 0xf5, 0xff, 0xff, 0xff])
    #expect(b.labelUses.isEmpty)
  }

  @Test func x86Rel32AddendForTrailingImmediate() throws {
    var b = CodeBuffer()
    let c = b.newLabel()
    // cmpb $1, c(%rip): 80 3d <rel32> 01 — PC is after the immediate, so addend -1.
    b.put8(0x80); b.put8(0x3d); b.use(c, kind: .x86Rel32, at: b.offset, addend: -1); b.put32(0); b.put8(1)
    b.bind(c)
    try b.finish()
    #expect(b.bytes == [0x80, 0x3d, 0, 0, 0, 0, 1])
  }

  @Test func x86Rel8RangeIsChecked() {
    var b = CodeBuffer()
    let l = b.newLabel()
    b.put8(0xeb); b.use(l, kind: .x86Rel8, at: b.offset); b.put8(0)
    b.put(Array(repeating: 0x90, count: 128))
    b.bind(l)
    #expect(throws: CodeBufferError.labelOutOfRange(l, useOffset: 1, kind: .x86Rel8, delta: 128)) { try b.finish() }

    var ok = CodeBuffer()
    let m = ok.newLabel()
    ok.put8(0xeb); ok.use(m, kind: .x86Rel8, at: ok.offset); ok.put8(0)
    ok.put(Array(repeating: 0x90, count: 127))
    ok.bind(m)
    #expect(throws: Never.self) { try ok.finish() }
    #expect(ok.bytes[1] == 127)
  }

  @Test func unboundAndDoubleBoundLabelsAreErrors() {
    var b = CodeBuffer()
    let l = b.newLabel()
    b.put8(0xe8); b.use(l, kind: .x86Rel32, at: 1); b.put32(0)
    #expect(throws: CodeBufferError.unboundLabel(l, useOffset: 1)) { try b.finish() }

    var d = CodeBuffer()
    let m = d.newLabel()
    d.bind(m); d.put8(0); d.bind(m)
    #expect(d.offset(of: m) == 0)
    #expect(throws: CodeBufferError.labelBoundTwice(m)) { try d.finish() }
    // Unknown labels neither bind nor trap.
    d.bind(Label(raw: 99))
    #expect(d.offset(of: Label(raw: 99)) == nil)
  }

  @Test func aarch64Branch26And19() throws {
    var b = CodeBuffer()
    let l = b.newLabel()
    b.put32(0x1400_0000)                                   // b l   (imm26)
    b.use(l, kind: .aarch64Branch26, at: 0)
    b.put32(0x5400_0001)                                   // b.ne l (imm19, cond 1)
    b.use(l, kind: .aarch64Branch19, at: 4)
    b.put32(0xd503_201f)                                   // nop
    b.bind(l)                                               // at 12
    b.put32(0x1400_0000)                                   // b l (backward, -0)
    b.use(l, kind: .aarch64Branch26, at: 12)
    try b.finish()
    #expect(b.read32(at: 0) == 0x1400_0003)                // +12 bytes = 3 words
    #expect(b.read32(at: 4) == 0x5400_0001 | (2 << 5))     // +8 bytes = 2 words, cond kept
    #expect(b.read32(at: 12) == 0x1400_0000)

    var back = CodeBuffer()
    let top = back.newLabel()
    back.bind(top); back.put32(0xd503_201f)
    back.put32(0x1400_0000); back.use(top, kind: .aarch64Branch26, at: 4)
    try back.finish()
    #expect(back.read32(at: 4) == 0x17ff_ffff)             // b .-4
  }

  @Test func aarch64Branch14AndAdr21() throws {
    var b = CodeBuffer()
    let t = b.newLabel(), l = b.newLabel()
    b.put32(0x3600_0000); b.use(t, kind: .aarch64Branch14, at: 0)   // tbz w0, #0, t
    b.put32(0x1000_0000); b.use(l, kind: .aarch64Adr21, at: 4)      // adr x0, l
    b.bind(t)                                                        // t at 8
    b.put8(0); b.put8(0); b.put8(0)
    b.bind(l)                                                        // l at 11 (ADR is byte-granular)
    try b.finish()
    #expect(b.read32(at: 0) == 0x3600_0000 | (2 << 5))              // +8 bytes = 2 words
    #expect(b.read32(at: 4) == 0x1000_0000 | (3 << 29) | (1 << 5))  // +7: immlo 3, immhi 1
  }

  @Test func aarch64MisalignedBranchIsError() {
    var b = CodeBuffer()
    let l = b.newLabel()
    b.put32(0x3600_0000); b.use(l, kind: .aarch64Branch14, at: 0)
    b.put8(0)
    b.bind(l)
    #expect(throws: CodeBufferError.labelOutOfRange(l, useOffset: 0, kind: .aarch64Branch14, delta: 4 + 1)) {
      try b.finish()
    }
  }

  @Test func fixupRanges() {
    #expect(LabelUseKind.x86Rel32.canEncode(0x7fff_ffff) && !LabelUseKind.x86Rel32.canEncode(0x8000_0000))
    #expect(LabelUseKind.x86Rel32.canEncode(-0x8000_0000) && !LabelUseKind.x86Rel32.canEncode(-0x8000_0001))
    #expect(LabelUseKind.aarch64Branch19.canEncode((1 << 20) - 4) && !LabelUseKind.aarch64Branch19.canEncode(1 << 20))
    #expect(LabelUseKind.aarch64Branch26.canEncode(-(1 << 27)) && !LabelUseKind.aarch64Branch26.canEncode(-(1 << 27) - 4))
    #expect(LabelUseKind.aarch64Adr21.canEncode(-(1 << 20)) && !LabelUseKind.aarch64Adr21.canEncode(1 << 20))
  }

  @Test func relocationsAreRecordedAtTheField() {
    var b = CodeBuffer()
    b.put8(0xe8)
    b.addRelocation(.call32, symbol: ObjSymbolID(3), addend: -4)
    b.put32(0)
    #expect(b.relocations == [Relocation(offset: 1, kind: .call32, symbol: ObjSymbolID(3), addend: -4)])
    b.addRelocation(.abs64, symbol: ObjSymbolID(0), addend: 8, at: 0)
    #expect(b.relocations.last?.offset == 0)
  }
}
