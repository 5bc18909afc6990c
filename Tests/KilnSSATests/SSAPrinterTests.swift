// Tests of the SSA text form: exact output for hand-built functions and modules, every
// instruction form, symbol quoting, constants, and robustness on malformed functions.

import Testing
import KilnIR
@testable import KilnSSA

@Suite struct SSAPrinterTests {
  @Test func sampleFunctionText() {
    let h = sampleFunction()
    let expected = """
      function @main(i32, i64) -> i32 {
      block0(v0: i32, v1: i64):
        v3 = iconst.i32 1
        v4 = iadd.i32 v0, v3
        v5 = icmp.i32 slt v4, v0
        brif v5, block1(v4), block2
      block1(v2: i32):
        ret v2
      block2:
        ret v0
      }

      """
    #expect(printSSA(h.f, in: h.module) == expected)
    #expect(printSSA(h.module) == "; kiln ssa, target x86_64-unknown-linux-gnu\n\n" + expected)
  }

  @Test func moduleText() {
    var h = HandSSA(target: .wasm32, name: "main", params: [], returns: [])
    let (b0, _) = h.block()
    h.at(b0)
    h.add(.ret, .none)
    let puts = h.symbol("puts", .function)
    let env = h.symbol("environ", .data)
    h.m.symbols[env.index].binding = .weak
    let g = h.symbol("g", .data)
    let str = h.symbol(".str", .data)
    let buf = h.symbol("buf", .data)
    let big = h.symbol("big", .data)
    let alias = h.symbol("a", .data)
    for (k, s) in [g, str, buf, big].enumerated() {
      h.m.symbols[s.index].isDefined = true
      h.m.symbols[s.index].definition = Int32(k)
    }
    h.m.symbols[alias.index].isDefined = true
    h.m.symbols[str.index].binding = .local
    h.m.symbols[buf.index].visibility = 1
    h.m.appendData(symbol: g, bytes: [1, 0, 0, 0, 0, 0, 0, 0], size: 8, align: 4, section: .data, sectionName: "my sec",
                   relocs: [SDataReloc(offset: 4, symbol: puts, addend: -2, width: 4)])
    h.m.appendData(symbol: str, bytes: Array("hi\n\"".utf8) + [0], size: 5, align: 1, section: .cstring)
    h.m.appendData(symbol: buf, bytes: [], size: 4096, align: 16, section: .bss)
    h.m.appendData(symbol: big, bytes: (0..<40).map { UInt8($0) }, size: 40, align: 8, section: .rodata)
    h.m.aliases.append((alias, g, 4))
    #expect(h.errors() == [])
    let expected = """
      ; kiln ssa, target wasm32-unknown-unknown

      declare function @puts
      declare data weak @environ

      data @g: .data, align 4, size 8, section "my sec" = [01 00 00 00 00 00 00 00]
        reloc +4: @puts-2 (4)
      data @.str: .cstring, align 1, size 5, local = [68 69 0a 22 00] ; "hi\\0A\\22\\00"
      data @buf: .bss, align 16, size 4096, hidden
      data @big: .rodata, align 8, size 40 = [
          00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f
          20 21 22 23 24 25 26 27
        ]

      alias @a = @g+4

      function @main() {
      block0:
        ret
      }

      """
    let text = printSSA(h.module)
    #expect(text == expected)
    // deterministic, and `write(into:)` appends
    #expect(printSSA(h.module) == text)
    var buffer = Array("prefix\n".utf8)
    SSAPrinter.write(h.module, into: &buffer)
    #expect(String(decoding: buffer, as: UTF8.self) == "prefix\n" + text)
  }

  @Test func preambleSignaturesSlotsLandingPads() {
    var h = HandSSA(name: "f", params: [.i32, .i64], returns: [.i64, .i64])
    h.f.abiParams[0].flags = AbiParam.sext
    h.f.abiParams[1].flags = AbiParam.byval
    h.f.abiParams[1].byvalSize = 24
    h.f.abiParams[1].byvalAlign = 8
    h.f.abiParams[2].flags = AbiParam.groupStart
    h.f.abiParams[2].groupCount = 2
    h.sig([.i64, .i32, .f64], [.i32], varArgFixed: 1)
    h.sig([.i64], [], varArgFixed: 1)
    h.sig([.f64, .i64], [])
    h.f.abiParams[h.f.abiParams.count - 2].flags = AbiParam.vec2xf32
    h.f.abiParams[h.f.abiParams.count - 1].flags = AbiParam.sret | AbiParam.inreg | AbiParam.zext
    h.f.stackSlots = [StackSlot(size: 16, align: 8), StackSlot(size: 4, align: 4)]
    let pers = h.symbol("__gxx_personality_v0", .function)
    let ti = h.symbol("_ZTIi", .data)
    h.f.personality = pers
    h.f.landingPads = [LandingPadInfo(isCleanup: true, clauses: [(false, ti), (false, nil), (true, ti)]),
                       LandingPadInfo(isCleanup: false, clauses: [])]
    h.m.symbols[0].binding = .local
    h.m.symbols[0].visibility = 2
    let (b0, _) = h.block([.i32, .i64])
    h.at(b0)
    h.add(.unreachable, .none)
    let text = printSSA(h.f, in: h.module)
    let expected = """
      function @f(i32 sext, i64 byval(24, align 8)) -> i64 group(2), i64 local protected personality @__gxx_personality_v0 {
        sig1 = (i64, ..., i32, f64) -> i32
        sig2 = (i64, ...)
        sig3 = (f64 v2f32, i64 zext sret inreg)
        ss0 = stack 16, align 8
        ss1 = stack 4, align 4
        lp0 = landingpad cleanup, catch @_ZTIi, catch null, filter @_ZTIi
        lp1 = landingpad
      block0(v0: i32, v1: i64):
        unreachable
      }

      """
    #expect(text == expected)
  }

  @Test func instructionForms() {
    var h = HandSSA(params: [.i64, .i32, .f64], returns: [.i32])
    let callee = h.symbol("callee", .function)
    let g = h.symbol("g", .data)
    h.f.landingPads.append(LandingPadInfo(isCleanup: true, clauses: []))
    let s1 = h.sig([.i64, .i32], [.i32])
    let (b0, p) = h.block([.i64, .i32, .f64])
    let (b1, _) = h.block([.i32])
    let (b2, _) = h.block()
    h.at(b0)
    var lines: [String] = []
    func last(_ h: HandSSA) -> String { printSSAInst(SInstID(h.f.insts.count - 1), in: h.f, module: h.module) }
    _ = h.v(.iconst, .i8, imm: 255); lines.append(last(h))
    _ = h.v(.iconst, .i64, imm: -1); lines.append(last(h))
    _ = h.v(.iconst, .i32, imm: 1 << 40); lines.append(last(h))
    _ = h.v(.fconst, .f64, imm: Int64(bitPattern: (1.5).bitPattern)); lines.append(last(h))
    _ = h.v(.fconst, .f32, imm: Int64(Float(-2).bitPattern)); lines.append(last(h))
    _ = h.v(.sextInReg, .i32, [p[1]], imm: 24); lines.append(last(h))
    _ = h.add(.fcmp, .f64, [p[2], p[2]], results: [.i8], cc: FloatPredicate.uno.rawValue); lines.append(last(h))
    _ = h.v(.load, .i32, [p[0]], imm: 8); lines.append(last(h))
    h.add(.store, .i32, [p[1], p[0]], imm: -4, flags: SFlags.volatile); lines.append(last(h))
    _ = h.v(.load, .i64, [p[0]], imm: 0); lines.append(last(h))
    _ = h.v(.stackAddr, .i64, imm: 4, aux: 1); lines.append(last(h))
    _ = h.v(.globalAddr, .i64, imm: 8, aux: g.raw); lines.append(last(h))
    h.add(.memcpy, .none, [p[0], p[0], p[0]], aux: 8); lines.append(last(h))
    h.add(.memset, .none, [p[0], p[1], p[0]]); lines.append(last(h))
    _ = h.add(.call, .i32, [p[0], p[1]], results: [.i32], aux: s1, aux2: callee.raw, flags: SFlags.tail); lines.append(last(h))
    _ = h.add(.callIndirect, .none, [p[0], p[0], p[1]], results: [.i32, .i32], aux: s1); lines.append(last(h))
    h.add(.trap, .none); lines.append(last(h))
    h.add(.switch_, .i32, [p[1]], succs: [(b2, []), (b1, [p[1]]), (b2, [])], cases: [0xFFFF_FFFF, 7]); lines.append(last(h))
    h.at(b1)
    h.add(.invoke, .none, [p[0], p[1]], results: [.i32], succs: [(b1, [p[1]]), (b2, [])], aux: s1, flags: SFlags.indirect); lines.append(last(h))
    h.at(b2)
    _ = h.add(.landingpad, .none, results: [.i64, .i32]); lines.append(last(h))
    h.add(.resume, .none, [p[0], p[1]]); lines.append(last(h))
    h.add(.jump, .none, succs: [(b1, [p[1]])]); lines.append(last(h))
    h.add(.ret, .none, [p[1]]); lines.append(last(h))
    #expect(lines == [
      "v4 = iconst.i8 -1",
      "v5 = iconst.i64 -1",
      "v6 = iconst.i32 0x10000000000",
      "v7 = fconst.f64 0x3ff8000000000000 ; 1.5",
      "v8 = fconst.f32 0xc0000000 ; -2.0",
      "v9 = sext_in_reg.i32 v1, 24",
      "v10 = fcmp.f64 uno v2, v2",
      "v11 = load.i32 v0+8",
      "store.i32 volatile v1, v0-4",
      "v12 = load.i64 v0",
      "v13 = stack_addr.i64 ss1+4",
      "v14 = global_addr.i64 @g+8",
      "memcpy v0, v0, v0, align 8",
      "memset v0, v1, v0",
      "v15 = call.i32 tail sig1 @callee(v0, v1)",
      "v16, v17 = call_indirect sig1 v0(v0, v1)",
      "trap",
      "switch.i32 v1, block2, [-1: block1(v1), 7: block2]",
      "v18 = invoke sig1 v0(v1), block1(v1), block2",
      "v19, v20 = landingpad lp0",
      "resume v0, v1",
      "jump block1(v1)",
      "ret v1",
    ])
  }

  @Test func quotedSymbolNames() {
    var h = HandSSA(name: "with space", params: [], returns: [])
    let q = h.symbol("a\"b\\c", .data)
    let ok = h.symbol("_Z3foo.part-1$x", .function)
    _ = (q, ok)
    let (b0, _) = h.block()
    h.at(b0)
    h.add(.ret, .none)
    let text = printSSA(h.module)
    #expect(text.contains("function @\"with space\"() {"))
    #expect(text.contains("declare data @\"a\\22b\\5Cc\"\n"))
    #expect(text.contains("declare function @_Z3foo.part-1$x\n"))
  }

  @Test func malformedFunctionsPrintWithoutTrapping() {
    var h = sampleFunction()
    h.f.insts[1].operandStart = 1000
    h.f.succs[0].argStart = 99
    h.f.insts[2].result = .none
    h.f.blocks[1].paramStart = 50
    h.f.insts[0].aux = 5
    h.f.signatures[0].retStart = 77
    h.f.insts[3].succStart = 300
    let text = printSSA(h.module)
    #expect(text.contains("iadd.i32 <bad range>"))
    #expect(text.contains("v? = icmp.i32 slt"))
    #expect(text.contains("block1(<bad range>):"))
    #expect(text.contains("-> <bad range>"))
    #expect(text.contains("brif v5 <bad range>") || text.contains("brif v5, <bad range>"))
    var bad = sampleFunction()
    bad.f.blocks[2].instEnd = 500
    bad.f.insts[2].cc = 42
    bad.f.insts[0].op = .call
    bad.f.insts[0].aux2 = 1234
    let t2 = printSSA(bad.module)
    #expect(t2.contains("<instruction range out of bounds>"))
    #expect(t2.contains("icmp.i32 cc42"))
    #expect(t2.contains("call.i32 sig0 @?1234()"))
    #expect(printSSAInst(SInstID(999), in: bad.f, module: bad.module) == "<no instruction 999>")
  }
}
