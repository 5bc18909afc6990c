// Kiln's target-neutral SSA: the one form the x86_64, AArch64 and wasm32 backends consume.
//
// Shape (Cranelift-like, flat arrays with 32-bit indices):
// - Types are machine scalars only (`SType`): i8 i16 i32 i64 f32 f64. Pointers are the target's
//   pointer-sized integer (i64 on x86_64/AArch64, i32 on wasm32). Aggregates never appear: the
//   lowering takes them apart into their scalar leaves.
// - Legalized integers: an IR `iN` lives in the smallest container of 8/16/32/64 bits that holds
//   it; `i1` is an i8 holding 0 or 1. INVARIANT: bits above N are zero in every SSA value
//   (lowering re-masks after operations that can set them and sign-extends in-register where a
//   signed view is needed). Integers wider than 64 bits are split into ceil(N/64) i64 pieces, the
//   lowest first, the top piece zero-extended in the same way.
// - No phis: blocks take parameters and every branch passes arguments (`SBlockCall`). The entry
//   block's parameters are the function's parameters, in ABI order (see `Signature`).
// - Instructions may have several results (calls returning `{ i64, i64 }`, `landingpad`); results
//   are consecutive `SValue`s starting at `SInst.result`.
// - Memory is explicit: `stackAddr` of a `StackSlot`, `globalAddr` of a module `SymbolID`,
//   `load`/`store` with the memory type as the instruction type and a constant byte offset.
// - Calls carry a `Signature` that keeps what each calling convention needs: sign/zero extension,
//   `sret`, `byval` (size, align), varargs (the fixed-parameter count), and aggregate groups that
//   must be assigned together (AArch64 `[2 x i64]`, `<2 x float>` as one f64-sized vector).
// - `switch_` stays a multi-way branch (value + case table); each backend lowers it its own way.
// Functions are independent: each `SFunction` owns its arrays; they share only the read-only
// module symbol table, so functions lower and compile in parallel.
// Conventions the lowering (Lower*.swift) follows on top of the above:
// - Block order is emission order (the IR's layout, or its reverse postorder when the layout puts
//   a use before its definition: every definition then comes before its uses in block order);
//   parameters of a block are its IR phis' leaves first, then the
//   variables of promoted allocas (mem2reg) that merge there. `undef`/`poison` is `iconst 0`.
// - `fcvtToSInt`/`fcvtToUInt`/`fcvtFromSInt`/`fcvtFromUInt` only see i32/i64 integers (narrower
//   containers are extended/reduced around them). Wide (>64-bit) shifts by a variable amount,
//   wide division/remainder and wide int↔float conversions are `call`s to runtime helpers
//   (`__kiln_*_w`, runtime/src/wideint.c) on word arrays in a stack slot; `frem` and libm-backed
//   intrinsics call `fmod`/`fmodf`/`floor`/…; those symbols appear in `SModule.symbols` only when used.
// - Stack slot addresses (`stackAddr`) are re-materialized per block rather than kept live.

import KilnSupport

public enum SType: UInt8, Sendable, CaseIterable {
  case none, i8, i16, i32, i64, f32, f64
  public var bytes: Int {
    switch self { case .none: return 0; case .i8: return 1; case .i16: return 2; case .i32, .f32: return 4; case .i64, .f64: return 8 }
  }
  public var bits: Int { bytes * 8 }
  public var isInt: Bool { self == .i8 || self == .i16 || self == .i32 || self == .i64 }
  public var isFloat: Bool { self == .f32 || self == .f64 }
  public var name: String { "\(self)" }
}

public struct SValue: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public static let none = SValue(raw: .max)
  public var index: Int { Int(raw) }
  public static func < (a: SValue, b: SValue) -> Bool { a.raw < b.raw }
}
public struct SBlockID: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public static func < (a: SBlockID, b: SBlockID) -> Bool { a.raw < b.raw }
}
public struct SInstID: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public static func < (a: SInstID, b: SInstID) -> Bool { a.raw < b.raw }
}
/// A module-level symbol (function or data object, defined or external).
public struct SymbolID: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public var index: Int { Int(raw) }
  public static func < (a: SymbolID, b: SymbolID) -> Bool { a.raw < b.raw }
}

/// SSA operations. Unless noted, operands and result share the instruction's `type`.
public enum SOp: UInt8, Sendable, CaseIterable {
  // constants: `imm` holds the bits (f32 in the low 32 bits, f64 as its 64 bits)
  case iconst, fconst
  // integer arithmetic; shifts take the amount in the same type (backends mask per LLVM UB rules)
  case iadd, isub, imul, umulhi, smulhi, udiv, sdiv, urem, srem
  case band, bor, bxor, shl, lshr, ashr
  /// Sign-extends the low `imm` bits of the operand across the container (for odd widths).
  case sextInReg
  // bit counting; `clz`/`ctz` of zero give the type's width
  case clz, ctz, popcnt, bswap
  // comparisons: result i8 (0/1); `cc` = `IntPredicate` / `FloatPredicate` raw value;
  // `type` is the operand type
  case icmp, fcmp
  /// [cond(i8), ifTrue, ifFalse]
  case select
  // floating point
  case fadd, fsub, fmul, fdiv, fneg, fabs, fsqrt, fmin, fmax, fcopysign
  // conversions: `type` is the result type, the operand's type is its own
  case uextend, sextend, ireduce, fpromote, fdemote
  case fcvtToSInt, fcvtToUInt, fcvtFromSInt, fcvtFromUInt
  /// Reinterprets bits between an int and a float of the same size.
  case bitcast
  // memory: `type` is the memory type; `imm` a constant byte offset; `flags & SFlags.volatile`
  /// [addr] → value
  case load
  /// [value, addr]
  case store
  /// → address of `StackSlot` number `aux` (+ imm)
  case stackAddr
  /// → address of symbol `aux` (+ imm addend)
  case globalAddr
  /// [dst, src, len] (len in pointer type); `aux` = known alignment
  case memcpy, memmove
  /// [dst, byte(i8), len]
  case memset
  /// [size] → address; `aux` = alignment
  case dynAlloca
  case stackSave
  /// [saved]
  case stackRestore
  // calls: `aux` = index into `SFunction.signatures`; results consecutive from `result`
  /// direct call of symbol `aux2` with [args…]
  case call
  /// [callee, args…]
  case callIndirect
  /// [va_list address]: initialise a va_list for this (variadic) function
  case vaStart
  /// [dst, src]: copy a va_list
  case vaCopy
  case trap
  /// → (exception pointer, selector i32) at the start of a landing block; `aux` = index into
  /// `SFunction.landingPads` (clauses)
  case landingpad
  // terminators (successors in `SFunction.succs[succStart ..< succStart+succCount]`)
  /// succ[0]
  case jump
  /// [cond(i8)] → succ[0] if nonzero, else succ[1]
  case brif
  /// [value] → succ[0] is the default; succ[1+k] is taken when value == switchCases[caseStart+k]
  case switch_
  /// [values…] in ABI order of the function's signature returns
  case ret
  case unreachable
  /// a call that unwinds to succ[1] (a landing block) and returns to succ[0]; operands as
  /// `call` (`aux2` symbol) or, with `flags & SFlags.indirect`, as `callIndirect`
  case invoke
  /// [exception pointer, selector]: continue unwinding
  case resume

  public var isTerminator: Bool { rawValue >= SOp.jump.rawValue }
}

public enum SFlags {
  public static let volatile: UInt8 = 1
  public static let indirect: UInt8 = 2     // invoke through a pointer
  public static let tail: UInt8 = 4         // musttail call
}

/// One SSA instruction.
public struct SInst: Sendable {
  public var op: SOp
  public var type: SType
  public var flags: UInt8 = 0
  public var cc: UInt8 = 0
  public var resultCount: UInt8 = 0
  public var operandStart: UInt32 = 0
  public var operandCount: UInt32 = 0
  /// First result (results are consecutive values), or `.none`.
  public var result: SValue = .none
  public var succStart: UInt32 = 0
  public var succCount: UInt32 = 0
  /// switch_: first case index into `switchCases`
  public var caseStart: UInt32 = 0
  public var aux: UInt32 = 0
  public var aux2: UInt32 = 0
  public var imm: Int64 = 0
  /// Source location (offset in the `.ll`), for diagnostics and line tables.
  public var loc: SourceLoc = .none
  public init(op: SOp, type: SType) { self.op = op; self.type = type }
}

/// A branch target with its arguments (`SFunction.blockArgs[argStart ..< argStart+argCount]`).
public struct SBlockCall: Sendable {
  public var block: SBlockID
  public var argStart: UInt32
  public var argCount: UInt32
  public init(block: SBlockID, argStart: UInt32, argCount: UInt32) {
    self.block = block; self.argStart = argStart; self.argCount = argCount
  }
}

public struct SBlock: Sendable {
  /// Parameters: `SFunction.blockParams[paramStart ..< paramStart+paramCount]`.
  public var paramStart: UInt32 = 0
  public var paramCount: UInt32 = 0
  /// Instructions: `SFunction.insts[instStart ..< instEnd]`; the last is the terminator.
  public var instStart: UInt32 = 0
  public var instEnd: UInt32 = 0
  public init() {}
}

/// Where a value comes from.
public struct SValueDef: Sendable {
  public var type: SType
  /// true: block parameter `index` of block `owner`; false: result `index` of instruction `owner`.
  public var isParam: Bool
  public var owner: UInt32
  public var index: UInt32
  public init(type: SType, isParam: Bool, owner: UInt32, index: UInt32) {
    self.type = type; self.isParam = isParam; self.owner = owner; self.index = index
  }
}

public struct StackSlot: Sendable {
  public var size: UInt32
  public var align: UInt32
  public init(size: UInt32, align: UInt32) { self.size = size; self.align = align }
}

/// ABI facts about one parameter or return value.
public struct AbiParam: Sendable, Equatable {
  public var type: SType
  public var flags: UInt8 = 0
  /// For `groupStart`: how many consecutive AbiParams form one source aggregate.
  public var groupCount: UInt8 = 0
  /// byval: size and alignment of the pointee copied by the ABI.
  public var byvalSize: UInt32 = 0
  public var byvalAlign: UInt32 = 0
  public init(_ type: SType, flags: UInt8 = 0) { self.type = type; self.flags = flags }

  public static let sext: UInt8 = 1
  public static let zext: UInt8 = 2
  public static let sret: UInt8 = 4
  public static let byval: UInt8 = 8
  public static let inreg: UInt8 = 16
  /// first piece of an aggregate passed as a unit (AArch64 `[N x i64]`, HFA `[N x float]`)
  public static let groupStart: UInt8 = 32
  /// a 64-bit vector of two f32 (`<2 x float>`), carried as an f64-typed value
  public static let vec2xf32: UInt8 = 64
}

/// A call signature: parameters and returns in `SFunction.abiParams`.
public struct Signature: Sendable {
  public var paramStart: UInt32
  public var paramCount: UInt32
  public var retStart: UInt32
  public var retCount: UInt32
  /// For variadic signatures, how many of the parameters are fixed; `paramCount` otherwise.
  public var fixedCount: UInt32
  public var isVarArg: Bool
  public init(paramStart: UInt32, paramCount: UInt32, retStart: UInt32, retCount: UInt32, fixedCount: UInt32, isVarArg: Bool) {
    self.paramStart = paramStart; self.paramCount = paramCount; self.retStart = retStart
    self.retCount = retCount; self.fixedCount = fixedCount; self.isVarArg = isVarArg
  }
}

/// Clauses of one `landingpad` (`catch` type-info symbols; `filter` lists; cleanup flag).
public struct LandingPadInfo: Sendable {
  public var isCleanup: Bool
  /// (isFilter, symbol or nil for `null`) per clause; filter arrays expand to several entries.
  public var clauses: [(isFilter: Bool, symbol: SymbolID?)]
  public init(isCleanup: Bool, clauses: [(isFilter: Bool, symbol: SymbolID?)]) {
    self.isCleanup = isCleanup; self.clauses = clauses
  }
}

public struct SFunction: Sendable {
  public var symbol: SymbolID
  /// The function's own signature is `signatures[0]`.
  public var signatures: [Signature] = []
  public var abiParams: [AbiParam] = []
  public var values: [SValueDef] = []
  public var blocks: [SBlock] = []
  public var blockParams: [SValue] = []
  public var insts: [SInst] = []
  public var operands: [SValue] = []
  public var succs: [SBlockCall] = []
  public var blockArgs: [SValue] = []
  public var switchCases: [UInt64] = []
  public var stackSlots: [StackSlot] = []
  public var landingPads: [LandingPadInfo] = []
  /// Personality routine (for functions with landing pads).
  public var personality: SymbolID? = nil
  public init(symbol: SymbolID) { self.symbol = symbol }

  @inline(__always) public func operands(_ i: SInstID) -> ArraySlice<SValue> {
    let inst = insts[i.index]
    return operands[Int(inst.operandStart)..<Int(inst.operandStart + inst.operandCount)]
  }
  @inline(__always) public func succs(_ i: SInstID) -> ArraySlice<SBlockCall> {
    let inst = insts[i.index]
    return succs[Int(inst.succStart)..<Int(inst.succStart + inst.succCount)]
  }
  @inline(__always) public func args(_ c: SBlockCall) -> ArraySlice<SValue> {
    blockArgs[Int(c.argStart)..<Int(c.argStart + c.argCount)]
  }
  @inline(__always) public func params(_ b: SBlockID) -> ArraySlice<SValue> {
    let blk = blocks[b.index]
    return blockParams[Int(blk.paramStart)..<Int(blk.paramStart + blk.paramCount)]
  }
  public func type(_ v: SValue) -> SType { values[v.index].type }
  public func params(of s: Signature) -> ArraySlice<AbiParam> {
    abiParams[Int(s.paramStart)..<Int(s.paramStart + s.paramCount)]
  }
  public func returns(of s: Signature) -> ArraySlice<AbiParam> {
    abiParams[Int(s.retStart)..<Int(s.retStart + s.retCount)]
  }
}

public enum SymbolKind: UInt8, Sendable { case function, data }
public enum SymbolBinding: UInt8, Sendable { case local, global, weak }

public struct SSymbol: Sendable {
  public var name: String
  public var kind: SymbolKind
  public var binding: SymbolBinding
  public var visibility: UInt8 = 0   // 0 default, 1 hidden, 2 protected (ELF st_other)
  public var isDefined: Bool
  /// Data objects: index into `SModule.data`; functions: index into `SModule.functions`; -1 if external.
  public var definition: Int32 = -1
  public init(name: String, kind: SymbolKind, binding: SymbolBinding, isDefined: Bool) {
    self.name = name; self.kind = kind; self.binding = binding; self.isDefined = isDefined
  }
}

public enum DataSection: UInt8, Sendable {
  case data, rodata, bss
  /// NUL-terminated string literals that may be merged (`.rodata.str1.1`).
  case cstring
  case tdata, tbss
}

/// A relocation inside a data object: at `offset`, store the address of `symbol` + `addend`
/// in `width` bytes (4 or 8).
public struct SDataReloc: Sendable, Equatable {
  public var offset: UInt32
  public var symbol: SymbolID
  public var addend: Int64
  public var width: UInt8
  public init(offset: UInt32, symbol: SymbolID, addend: Int64, width: UInt8) {
    self.offset = offset; self.symbol = symbol; self.addend = addend; self.width = width
  }
}

/// A data object. Its initial bytes and relocations live in its module's arenas
/// (`SModule.dataBytes[bytes]`, `SModule.dataRelocs[relocs]`): all data objects of a module share
/// one byte array and one relocation array, written once by lowering and read in place by the
/// consumers (`SModule.bytes(of:)`, `SModule.relocs(of:)`).
public struct SData: Sendable {
  public var symbol: SymbolID
  /// Where the initial bytes are in `SModule.dataBytes` (all zero for `.bss`; `size` gives the size
  /// then and the range may be empty).
  public var bytes: Range<Int>
  public var size: UInt64
  public var align: UInt32
  public var section: DataSection
  /// `section "…"` from the IR, if any.
  public var sectionName: String? = nil
  /// Where the relocations are in `SModule.dataRelocs` (offsets relative to the object).
  public var relocs: Range<Int> = 0 ..< 0
  public init(symbol: SymbolID, bytes: Range<Int>, size: UInt64, align: UInt32, section: DataSection,
              relocs: Range<Int> = 0 ..< 0) {
    self.symbol = symbol; self.bytes = bytes; self.size = size; self.align = align; self.section = section
    self.relocs = relocs
  }
}

public struct SModule: Sendable {
  public var target: TargetDesc
  public var symbols: [SSymbol] = []
  public var functions: [SFunction] = []
  public var data: [SData] = []
  /// The initial bytes of all data objects, each object's at `SData.bytes`.
  public var dataBytes: [UInt8] = []
  /// The relocations of all data objects, each object's at `SData.relocs`.
  public var dataRelocs: [SDataReloc] = []
  /// Aliases: symbol → (aliasee symbol, addend).
  public var aliases: [(symbol: SymbolID, target: SymbolID, addend: Int64)] = []
  public init(target: TargetDesc) { self.target = target }

  /// The initial bytes of data object `d` (a slice of `dataBytes`).
  public func bytes(of d: SData) -> ArraySlice<UInt8> { dataBytes[d.bytes] }
  /// The relocations of data object `d` (a slice of `dataRelocs`).
  public func relocs(of d: SData) -> ArraySlice<SDataReloc> { dataRelocs[d.relocs] }

  /// Appends a data object with initial bytes `bytes` and relocations `relocs` (copied into the
  /// arenas) and returns its index in `data`.
  @discardableResult
  public mutating func appendData(symbol: SymbolID, bytes: some Collection<UInt8>, size: UInt64, align: UInt32,
                                  section: DataSection, sectionName: String? = nil,
                                  relocs: some Collection<SDataReloc> = EmptyCollection()) -> Int {
    let b = dataBytes.count
    dataBytes.append(contentsOf: bytes)
    let r = dataRelocs.count
    dataRelocs.append(contentsOf: relocs)
    var d = SData(symbol: symbol, bytes: b ..< dataBytes.count, size: size, align: align, section: section)
    d.sectionName = sectionName
    d.relocs = r ..< dataRelocs.count
    data.append(d)
    return data.count - 1
  }
}
