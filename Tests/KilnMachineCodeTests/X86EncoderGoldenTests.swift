// Golden (instruction, bytes, assembly) triples for the x86_64 encoder and printer, covering the
// addressing special cases (rsp/r12 need SIB, rbp/r13 need disp8 0, no base, RIP-relative),
// REX rules, immediate-size choices, and the relocations recorded for symbols. The bytes were
// checked against GNU as 2.40; the table-wide comparison is X86EncoderOracleTests.

import Testing
import KilnMachineCode
import KilnX86_64

private func m(_ base: X86Reg, _ disp: Int32 = 0) -> X86Operand { .mem(X86Mem(base: base, disp: disp)) }
private func m(_ base: X86Reg, _ index: X86Reg, _ scale: UInt8, _ disp: Int32 = 0) -> X86Operand {
  .mem(X86Mem(base: base, index: index, scale: scale, disp: disp))
}

struct X86Golden: CustomStringConvertible, Sendable {
  var inst: X86Inst
  var bytes: [UInt8]
  var text: String
  init(_ inst: X86Inst, _ bytes: [UInt8], _ text: String) { self.inst = inst; self.bytes = bytes; self.text = text }
  var description: String { text }
}

let x86Goldens: [X86Golden] = [
  X86Golden(X86Inst(.addl, .imm(1), .reg(.eax)), [0x83, 0xc0, 0x01], "addl $1, %eax"),
  X86Golden(X86Inst(.addw, .imm(1), .reg(.ax)), [0x66, 0x83, 0xc0, 0x01], "addw $1, %ax"),
  X86Golden(X86Inst(.addb, .imm(1), .reg(.al)), [0x04, 0x01], "addb $1, %al"),
  X86Golden(X86Inst(.addl, .imm(0x1000), .reg(.eax)), [0x05, 0x00, 0x10, 0x00, 0x00], "addl $4096, %eax"),
  X86Golden(X86Inst(.addl, .imm(0xffff_ff80), .reg(.eax)), [0x83, 0xc0, 0x80], "addl $4294967168, %eax"),
  X86Golden(X86Inst(.addq, .imm(-129), .reg(.r9)), [0x49, 0x81, 0xc1, 0x7f, 0xff, 0xff, 0xff], "addq $-129, %r9"),
  X86Golden(X86Inst(.movl, .reg(.eax), .reg(.ecx)), [0x89, 0xc1], "movl %eax, %ecx"),
  X86Golden(X86Inst(.movl, .imm(1), .reg(.eax)), [0xb8, 0x01, 0x00, 0x00, 0x00], "movl $1, %eax"),
  X86Golden(X86Inst(.movq, .imm(-1), .reg(.rax)), [0x48, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff], "movq $-1, %rax"),
  X86Golden(X86Inst(.movq, .imm(0xffff_ffff), .reg(.r11)),
            [0x49, 0xbb, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00], "movabsq $4294967295, %r11"),
  X86Golden(X86Inst(.movb, .reg(.sil), .reg(.dil)), [0x40, 0x88, 0xf7], "movb %sil, %dil"),
  X86Golden(X86Inst(.movzbl, .reg(.spl), .reg(.eax)), [0x40, 0x0f, 0xb6, 0xc4], "movzbl %spl, %eax"),
  X86Golden(X86Inst(.movl, m(.rsp), .reg(.eax)), [0x8b, 0x04, 0x24], "movl (%rsp), %eax"),
  X86Golden(X86Inst(.movl, m(.r12), .reg(.eax)), [0x41, 0x8b, 0x04, 0x24], "movl (%r12), %eax"),
  X86Golden(X86Inst(.movl, m(.rbp), .reg(.eax)), [0x8b, 0x45, 0x00], "movl (%rbp), %eax"),
  X86Golden(X86Inst(.movl, m(.r13), .reg(.eax)), [0x41, 0x8b, 0x45, 0x00], "movl (%r13), %eax"),
  X86Golden(X86Inst(.movq, .reg(.r15), m(.rbp, -8)), [0x4c, 0x89, 0x7d, 0xf8], "movq %r15, -8(%rbp)"),
  X86Golden(X86Inst(.movq, m(.rax, .r12, 8, 0x1000), .reg(.rcx)),
            [0x4a, 0x8b, 0x8c, 0xe0, 0x00, 0x10, 0x00, 0x00], "movq 4096(%rax,%r12,8), %rcx"),
  X86Golden(X86Inst(.movq, m(.r13, .rbp, 2), .reg(.rcx)), [0x49, 0x8b, 0x4c, 0x6d, 0x00], "movq (%r13,%rbp,2), %rcx"),
  X86Golden(X86Inst(.leaq, .mem(.indexOnly(.rax, scale: 4)), .reg(.rcx)),
            [0x48, 0x8d, 0x0c, 0x85, 0x00, 0x00, 0x00, 0x00], "leaq (,%rax,4), %rcx"),
  X86Golden(X86Inst(.movl, .mem(.absolute(16)), .reg(.eax)), [0x8b, 0x04, 0x25, 0x10, 0x00, 0x00, 0x00], "movl 16, %eax"),
  X86Golden(X86Inst(.shll, .imm(1), .reg(.eax)), [0xd1, 0xe0], "shll $1, %eax"),
  X86Golden(X86Inst(.sarq, .reg(.cl), .reg(.rax)), [0x48, 0xd3, 0xf8], "sarq %cl, %rax"),
  X86Golden(X86Inst(.imull, .imm(5), .reg(.eax), .reg(.ecx)), [0x6b, 0xc8, 0x05], "imull $5, %eax, %ecx"),
  X86Golden(X86Inst(.idivq, .reg(.r10)), [0x49, 0xf7, 0xfa], "idivq %r10"),
  X86Golden(X86Inst(.movslq, .reg(.eax), .reg(.rcx)), [0x48, 0x63, 0xc8], "movslq %eax, %rcx"),
  X86Golden(X86Inst(.cqto), [0x48, 0x99], "cqto"),
  X86Golden(X86Inst(.setcc, cc: .ne, .reg(.sil)), [0x40, 0x0f, 0x95, 0xc6], "setne %sil"),
  X86Golden(X86Inst(.cmovccq, cc: .l, .reg(.rax), .reg(.rcx)), [0x48, 0x0f, 0x4c, 0xc8], "cmovlq %rax, %rcx"),
  X86Golden(X86Inst(.popcntw, .reg(.ax), .reg(.cx)), [0x66, 0xf3, 0x0f, 0xb8, 0xc8], "popcntw %ax, %cx"),
  X86Golden(X86Inst(.lzcntq, .reg(.rax), .reg(.rcx)), [0xf3, 0x48, 0x0f, 0xbd, 0xc8], "lzcntq %rax, %rcx"),
  X86Golden(X86Inst(.bswapq, .reg(.r8)), [0x49, 0x0f, 0xc8], "bswapq %r8"),
  X86Golden(X86Inst(.pushq, .reg(.r12)), [0x41, 0x54], "pushq %r12"),
  X86Golden(X86Inst(.pushq, .imm(1)), [0x6a, 0x01], "pushq $1"),
  X86Golden(X86Inst(.call, .reg(.rax)), [0xff, 0xd0], "call *%rax"),
  X86Golden(X86Inst(.jmp, m(.rax)), [0xff, 0x20], "jmp *(%rax)"),
  X86Golden(X86Inst(.ret), [0xc3], "ret"),
  X86Golden(X86Inst(.movsd, .reg(.xmm1), .reg(.xmm0)), [0xf2, 0x0f, 0x10, 0xc1], "movsd %xmm1, %xmm0"),
  X86Golden(X86Inst(.movsd, .reg(.xmm9), m(.rsp, 8)), [0xf2, 0x44, 0x0f, 0x11, 0x4c, 0x24, 0x08], "movsd %xmm9, 8(%rsp)"),
  X86Golden(X86Inst(.movqx, .reg(.rax), .reg(.xmm0)), [0x66, 0x48, 0x0f, 0x6e, 0xc0], "movq %rax, %xmm0"),
  X86Golden(X86Inst(.movqx, .reg(.xmm0), m(.rax)), [0x66, 0x0f, 0xd6, 0x00], "movq %xmm0, (%rax)"),
  X86Golden(X86Inst(.cvtsi2sdq, m(.rax), .reg(.xmm0)), [0xf2, 0x48, 0x0f, 0x2a, 0x00], "cvtsi2sdq (%rax), %xmm0"),
  X86Golden(X86Inst(.cvttsd2siq, .reg(.xmm15), .reg(.r8)), [0xf2, 0x4d, 0x0f, 0x2c, 0xc7], "cvttsd2si %xmm15, %r8"),
  X86Golden(X86Inst(.ucomisd, .reg(.xmm1), .reg(.xmm0)), [0x66, 0x0f, 0x2e, 0xc1], "ucomisd %xmm1, %xmm0"),
  X86Golden(X86Inst(.xorps, .reg(.xmm8), .reg(.xmm8)), [0x45, 0x0f, 0x57, 0xc0], "xorps %xmm8, %xmm8"),
  X86Golden(X86Inst(.ud2), [0x0f, 0x0b], "ud2"),
  X86Golden(X86Inst(.nopl, m(.rax)), [0x0f, 0x1f, 0x00], "nopl (%rax)"),
]

@Suite struct X86EncoderGoldenTests {
  @Test(arguments: x86Goldens)
  func triple(_ g: X86Golden) throws {
    let (bytes, text) = try X86TestSupport.encode(g.inst)
    #expect(text == g.text)
    if let d = X86TestSupport.diff(expected: g.bytes, given: bytes, text: g.text) { Issue.record(Comment(rawValue: d)) }
  }

  @Test func ripRelativeRelocations() throws {
    var b = CodeBuffer()
    let foo = ObjSymbolID(7)
    try b.emit(X86Inst(.movl, .mem(.rip(foo)), .reg(.eax)))                  // 8b 05 rel32
    try b.emit(X86Inst(.cmpl, .imm(5), .mem(.rip(foo, addend: 8))))          // 83 3d rel32 05
    try b.emit(X86Inst(.movq, .mem(.ripGOT(foo)), .reg(.rax)))               // 48 8b 05 rel32
    try b.emit(X86Inst(.call, .symbol(foo, addend: 0)))                      // e8 rel32
    #expect(b.bytes == [0x8b, 0x05, 0, 0, 0, 0, 0x83, 0x3d, 0, 0, 0, 0, 0x05,
                        0x48, 0x8b, 0x05, 0, 0, 0, 0, 0xe8, 0, 0, 0, 0])
    #expect(b.relocations == [
      Relocation(offset: 2, kind: .pcrel32, symbol: foo, addend: -4),
      Relocation(offset: 8, kind: .pcrel32, symbol: foo, addend: 8 - 5),
      Relocation(offset: 16, kind: .gotPcrel32, symbol: foo, addend: -4),
      Relocation(offset: 21, kind: .call32, symbol: foo, addend: -4),
    ])
    let p = X86Printer(symbolName: { _ in "foo" })
    #expect(p.print(X86Inst(.cmpl, .imm(5), .mem(.rip(foo, addend: 8)))) == "cmpl $5, foo+8(%rip)")
    #expect(p.print(X86Inst(.movq, .mem(.ripGOT(foo)), .reg(.rax))) == "movq foo@GOTPCREL(%rip), %rax")
  }

  @Test func branchesShortOnlyBackward() throws {
    var b = CodeBuffer()
    let top = b.newLabel(), out = b.newLabel()
    b.bind(top)
    let f1 = try b.emit(X86Inst(.jcc, cc: .e, .label(out)))                 // forward: rel32
    let f2 = try b.emit(X86Inst(.jmp, .label(top)))                         // backward in range: rel8
    b.bind(out)
    try b.finish()
    #expect(b.bytes == [0x0f, 0x84, 0x02, 0, 0, 0, 0xeb, 0xf8])
    var s = ""
    X86Printer().print(X86Inst(.jcc, cc: .e, .label(out)), form: f1, into: &s)
    #expect(s == "{disp32} je .L1")
    s = ""
    X86Printer().print(X86Inst(.jmp, .label(top)), form: f2, into: &s)
    #expect(s == "jmp .L0")
  }

  @Test func ripLabelUsesTrailingImmediate() throws {
    var b = CodeBuffer()
    let k = b.newLabel()
    try b.emit(X86Inst(.cmpb, .imm(1), .mem(.rip(k))))                       // 80 3d rel32 01
    b.bind(k)
    try b.finish()
    #expect(b.bytes == [0x80, 0x3d, 0, 0, 0, 0, 0x01])
  }

  @Test func rejectsWhatCannotBeEncoded() {
    var b = CodeBuffer()
    #expect(throws: X86EncodeError.noMatchingForm(.addl)) { try b.emit(X86Inst(.addl, .reg(.rax), .reg(.ecx))) }
    #expect(throws: X86EncodeError.noMatchingForm(.addq)) { try b.emit(X86Inst(.addq, .imm(0x8000_0000), .reg(.rax))) }
    #expect(throws: X86EncodeError.noMatchingForm(.addb)) { try b.emit(X86Inst(.addb, .imm(256), .reg(.al))) }
    #expect(throws: X86EncodeError.invalidMemoryOperand) {
      try b.emit(X86Inst(.movl, .mem(X86Mem(base: .rax, index: .rsp, scale: 1)), .reg(.eax)))
    }
    #expect(throws: X86EncodeError.invalidMemoryOperand) {
      try b.emit(X86Inst(.movl, .mem(X86Mem(base: .rax, index: .rcx, scale: 3)), .reg(.eax)))
    }
    #expect(throws: X86EncodeError.invalidMemoryOperand) {
      try b.emit(X86Inst(.movl, .mem(X86Mem(base: .eax)), .reg(.eax)))
    }
    #expect(b.bytes.isEmpty)
  }

  @Test func tableIsConsistent() {
    let all = X86FormID.all
    #expect(all.count == 392)
    var covered = 0
    for op in X86Op.allCases {
      let r = X86FormID.forms(of: op)
      #expect(!r.isEmpty, "op \(op) has no forms")
      for i in r {
        let id = X86FormID(raw: UInt16(i))
        #expect(id.form.op == op && !id.asm.isEmpty)
        #expect(id.form.staticLength >= id.form.opcodeLength)
      }
      covered += r.count
    }
    #expect(covered == all.count)
  }

  @Test func registersAndConditions() {
    #expect(X86Reg(name: "r13d") == .r13d && X86Reg.r13d.number == 13 && X86Reg.r13d.regClass == .gpr32)
    #expect(X86Reg.eax.as(.gpr64) == .rax && X86Reg.sil.name == "sil")
    #expect(X86Cond(name: "nae") == .b && X86Cond.l.inverse == .ge && X86Cond.p.inverse == .np)
    for c in X86Cond.allCases { #expect(c.inverse.inverse == c && c.inverse != c) }
  }
}
