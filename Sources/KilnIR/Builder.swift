// The builder API: lets a language frontend construct a typed-IR `Module` in memory, without
// writing IR text, and hand it to the same verify/lower pipeline as parsed IR.
//
// Model:
// - `ModuleBuilder` (a reference type, one per module) owns the module being built: types,
//   constants, globals, function declarations. `FunctionBuilder` is a small value handle
//   (module builder + function index) whose methods append instructions to the current block.
// - Blocks may be created in any order and filled in any order; instructions get provisional
//   IDs in creation order. `finish()` lays every function out in the model's contiguous
//   per-block form (blocks in creation order, the first block is the entry) and renumbers
//   instruction operands. Values returned while building are only meaningful for building;
//   after `finish()` use the module's own numbering.
// - The builder records what it is told: it does not check types (run `IRVerifier` on the
//   result). Integer constants are truncated to their width when the value fits the type as a
//   signed or an unsigned number; otherwise they are kept as given so the verifier reports them.
// - Locations: set `FunctionBuilder.loc` / pass `loc:` to attach a frontend's own byte offsets
//   to instructions, globals and functions (they default to `SourceLoc.none`).

import KilnSupport

/// A function body under construction (provisional instruction numbering).
struct PendingFunction {
  var insts: [Inst] = []
  var names: [Symbol] = []
  var operands: [Value] = []
  var blocks: [PendingBlock] = []
  var current: Int = -1
  var usedNames: Set<String> = []
  var nameCounter: [String: Int] = [:]
  var loc: SourceLoc = .none
}

struct PendingBlock {
  var name: Symbol
  var loc: SourceLoc
  var insts: [UInt32] = []
}

/// Builds a `Module` in memory. Create one per module, add types, globals and functions, then
/// call `finish()`.
///
/// ```swift
/// let b = ModuleBuilder(triple: "x86_64-unknown-linux-gnu")
/// let f = b.addFunction(name: "inc", type: b.functionType(b.i32, [b.i32]))
/// f.positionAtEnd(f.appendBlock("entry"))
/// f.ret(f.add(f.param(0), b.constInt(b.i32, 1)))
/// let module = b.finish()
/// ```
public final class ModuleBuilder {
  /// The module under construction (its function bodies are filled in by `finish()`).
  public internal(set) var module = Module()
  var pending: [PendingFunction?] = []
  private var finished = false

  /// Starts a module for `triple` (e.g. `x86_64-unknown-linux-gnu`, `aarch64-unknown-linux-gnu`,
  /// `wasm32-unknown-unknown`); `dataLayout` and `sourceFilename` are recorded as given.
  public init(triple: String? = nil, dataLayout: String? = nil, sourceFilename: String? = nil) {
    module.triple = triple
    module.dataLayout = dataLayout
    module.sourceFilename = sourceFilename
  }

  // MARK: names

  /// Interns a name (global, function, block or value name).
  public func symbol(_ s: String) -> Symbol { module.names.intern(s) }

  // MARK: types

  public var void: TypeID { .void }
  public var i1: TypeID { .i1 }
  public var i8: TypeID { .i8 }
  public var i16: TypeID { .i16 }
  public var i32: TypeID { .i32 }
  public var i64: TypeID { .i64 }
  public var i128: TypeID { .i128 }
  public var float: TypeID { .float }
  public var double: TypeID { .double }
  public var ptr: TypeID { .ptr }
  public var label: TypeID { .label }
  public var metadataType: TypeID { .metadata }

  /// `iN` for any width (1 … 2^23).
  public func intType(_ bits: Int) -> TypeID { module.types.int(UInt32(truncatingIfNeeded: bits)) }
  /// `[count x element]`.
  public func arrayType(_ element: TypeID, _ count: Int) -> TypeID { module.types.array(element, UInt64(max(0, count))) }
  /// `<count x element>`.
  public func vectorType(_ element: TypeID, _ count: Int) -> TypeID { module.types.vector(element, UInt64(max(0, count))) }
  /// A literal struct `{ … }` (or packed `<{ … }>`).
  public func structType(_ fields: [TypeID], packed: Bool = false) -> TypeID { module.types.structure(fields, packed: packed) }
  /// A named struct `%name`; opaque until given a body here or with `setStructBody`.
  public func namedStructType(_ name: String, fields: [TypeID]? = nil, packed: Bool = false) -> TypeID {
    let t = module.types.namedStruct(symbol(name))
    if let fields { module.types.setBody(t, fields: fields, packed: packed) }
    return t
  }
  /// Sets the body of a named struct (for recursive types: create first, fill later).
  public func setStructBody(_ t: TypeID, fields: [TypeID], packed: Bool = false) {
    module.types.setBody(t, fields: fields, packed: packed)
  }
  /// `ret (params…)` or `ret (params…, ...)`.
  public func functionType(_ ret: TypeID, _ params: [TypeID], varArg: Bool = false) -> TypeID {
    module.types.function(ret, params, varArg: varArg)
  }
  /// LLVM spelling of a type (for messages).
  public func describe(_ t: TypeID) -> String { module.types.describe(t, names: module.names) }

  /// The type of any value (in `function` for instruction results and arguments).
  public func typeOf(_ v: Value, in function: FunctionBuilder? = nil) -> TypeID {
    switch v.tag {
    case .inst:
      guard let fb = function, let p = pending[fb.index], v.index < p.insts.count else { return .void }
      return p.insts[v.index].type
    case .argument:
      guard let fb = function, fb.index < module.functions.count,
            v.index < module.functions[fb.index].argTypes.count else { return .void }
      return module.functions[fb.index].argTypes[v.index]
    case .constant: return v.index < module.constants.nodes.count ? module.constants.nodes[v.index].type : .void
    case .global, .function, .alias: return .ptr
    case .block: return .label
    case .metadata: return .metadata
    }
  }

  // MARK: constants

  /// An integer constant. Values that fit the type as signed or unsigned are truncated to its
  /// width (`constInt(i8, -1)` is `i8 -1`); others are kept so the verifier can report them.
  public func constInt(_ type: TypeID, _ value: Int64) -> Value {
    let bits = module.types.kind(type) == .integer ? Int(module.types.intWidth(type)) : 64
    var stored = UInt64(bitPattern: value)
    if bits < 64 {
      let minS = -(Int64(1) << Int64(bits - 1)), maxU = (Int64(1) << Int64(bits)) - 1
      if value >= minS && value <= maxU { stored &= (UInt64(1) << UInt64(bits)) - 1 }
    } else if bits > 64 && value < 0 {
      // Sign-extend into the wide words.
      let n = (bits + 63) / 64
      var w = Array(repeating: UInt64.max, count: n)
      w[0] = stored
      let top = bits % 64
      if top != 0 { w[n - 1] = (UInt64(1) << UInt64(top)) - 1 }
      return .constant(module.constants.int(type, words: w))
    }
    return .constant(module.constants.int(type, stored))
  }
  /// A wide integer constant from little-endian 64-bit words.
  public func constInt(_ type: TypeID, words: [UInt64]) -> Value { .constant(module.constants.int(type, words: words)) }
  /// `i1 true` / `i1 false`.
  public func constBool(_ v: Bool) -> Value { constInt(.i1, v ? 1 : 0) }
  /// A `float`/`double` constant (stored as double bits, as the model expects).
  public func constFloat(_ type: TypeID, _ v: Double) -> Value {
    .constant(module.constants.float(type, bits: [v.bitPattern]))
  }
  /// `null` (a pointer).
  public func constNull(_ type: TypeID = .ptr) -> Value { .constant(module.constants.null(type)) }
  public func undef(_ type: TypeID) -> Value { .constant(module.constants.undef(type)) }
  public func poison(_ type: TypeID) -> Value { .constant(module.constants.poison(type)) }
  /// `zeroinitializer` of any type.
  public func zero(_ type: TypeID) -> Value { .constant(module.constants.zero(type)) }
  /// `[N x T] [ … ]` from constant elements of type `elementType`.
  public func constArray(_ elementType: TypeID, _ elements: [Value]) -> Value {
    let t = arrayType(elementType, elements.count)
    return .constant(module.constants.aggregate(t, elements))
  }
  /// A struct constant of struct type `type` (literal or named).
  public func constStruct(_ type: TypeID, _ elements: [Value]) -> Value {
    .constant(module.constants.aggregate(type, elements))
  }
  /// An aggregate constant of any aggregate or vector type (element counts/types are not checked).
  public func constAggregate(_ type: TypeID, _ elements: [Value]) -> Value {
    .constant(module.constants.aggregate(type, elements))
  }
  /// `c"…"`: the string's UTF-8 bytes, plus a NUL when `nullTerminated`; type `[N x i8]`.
  public func constString(_ s: String, nullTerminated: Bool = true) -> Value {
    var bytes = Array(s.utf8)
    if nullTerminated { bytes.append(0) }
    return constBytes(bytes)
  }
  /// `c"…"` from raw bytes; type `[N x i8]`.
  public func constBytes(_ bytes: [UInt8]) -> Value {
    .constant(module.constants.string(arrayType(.i8, bytes.count), bytes))
  }
  /// A constant `getelementptr [inbounds] (sourceType, base, indices…)`.
  public func constGEP(_ sourceType: TypeID, _ base: Value, _ indices: [Value], inbounds: Bool = true) -> Value {
    .constant(module.constants.expr(.getelementptr, type: .ptr, aux: sourceType,
                                    flags: inbounds ? UInt16(InstFlags.inbounds) : 0, operands: [base] + indices))
  }
  /// A constant cast (`ptrtoint`, `bitcast`, …) of `value` to `type`.
  public func constCast(_ op: Opcode, _ value: Value, to type: TypeID) -> Value {
    .constant(module.constants.expr(op, type: type, aux: typeOf(value), operands: [value]))
  }
  /// A constant binary expression (`add`/`sub` of `ptrtoint`s, …).
  public func constBinary(_ op: Opcode, _ lhs: Value, _ rhs: Value) -> Value {
    .constant(module.constants.expr(op, type: typeOf(lhs), operands: [lhs, rhs]))
  }

  // MARK: globals

  /// Adds a global variable; `initializer == nil` declares an external one. Returns its address.
  @discardableResult
  public func addGlobal(name: String, type: TypeID, initializer: Value? = nil, linkage: Linkage = .external,
                        isConstant: Bool = false, align: Int? = nil, loc: SourceLoc = .none) -> Value {
    var g = GlobalVar(name: symbol(name), valueType: type)
    g.initializer = initializer
    g.linkage = linkage
    g.isConstant = isConstant
    if let align, align > 0 { g.alignLog2Plus1 = UInt8(align.trailingZeroBitCount + 1) }
    g.loc = loc
    module.globals.append(g)
    return .global(module.globals.count - 1)
  }
  /// Sets (or replaces) a global's initializer, e.g. for globals that refer to each other.
  public func setInitializer(_ global: Value, _ initializer: Value?) {
    guard global.tag == .global, global.index < module.globals.count else { return }
    module.globals[global.index].initializer = initializer
  }
  /// Mutable access to a global's other properties (section, visibility, flags …).
  public func withGlobal(_ global: Value, _ body: (inout GlobalVar) -> Void) {
    guard global.tag == .global, global.index < module.globals.count else { return }
    body(&module.globals[global.index])
  }

  // MARK: functions

  /// Declares an external function (no body). Returns its address.
  @discardableResult
  public func declareFunction(name: String, type: TypeID, linkage: Linkage = .external, loc: SourceLoc = .none) -> Value {
    let fn = makeFunction(name: name, type: type, linkage: linkage, argNames: [], loc: loc)
    module.functions.append(fn)
    pending.append(nil)
    return .function(module.functions.count - 1)
  }

  /// Adds a function definition and returns the builder for its body. `argNames` name the
  /// parameters (missing or empty names leave them numbered).
  public func addFunction(name: String, type: TypeID, linkage: Linkage = .external,
                          argNames: [String] = [], loc: SourceLoc = .none) -> FunctionBuilder {
    let fn = makeFunction(name: name, type: type, linkage: linkage, argNames: argNames, loc: loc)
    module.functions.append(fn)
    var p = PendingFunction()
    for n in argNames where !n.isEmpty { p.usedNames.insert(n) }
    pending.append(p)
    return FunctionBuilder(module: self, index: module.functions.count - 1)
  }

  private func makeFunction(name: String, type: TypeID, linkage: Linkage, argNames: [String], loc: SourceLoc) -> Function {
    var fn = Function(name: symbol(name), type: type)
    fn.linkage = linkage
    fn.loc = loc
    let params = module.types.kind(type) == .function ? Array(module.types.params(type)) : []
    fn.argTypes = params
    fn.argNames = params.indices.map { $0 < argNames.count && !argNames[$0].isEmpty ? symbol(argNames[$0]) : .empty }
    fn.argLocs = Array(repeating: loc, count: params.count)
    fn.paramAttrs = Array(repeating: ParamAttrs(), count: params.count + 1)
    return fn
  }

  /// The builder of an existing function definition (e.g. one added earlier).
  public func builder(for function: Value) -> FunctionBuilder? {
    guard function.tag == .function, function.index < pending.count, pending[function.index] != nil else { return nil }
    return FunctionBuilder(module: self, index: function.index)
  }

  /// Mutable access to a function's properties (attributes, personality, visibility …).
  public func withFunction(_ function: Value, _ body: (inout Function) -> Void) {
    guard function.tag == .function, function.index < module.functions.count else { return }
    body(&module.functions[function.index])
  }

  /// The function type a function was declared with.
  public func functionType(of function: Value) -> TypeID? {
    guard function.tag == .function, function.index < module.functions.count else { return nil }
    return module.functions[function.index].type
  }

  /// Lays out every function body and returns the finished module. The builder must not be
  /// used afterwards.
  public func finish() -> Module {
    precondition(!finished, "ModuleBuilder.finish() called twice")
    finished = true
    for fi in 0..<pending.count {
      guard let p = pending[fi] else { continue }
      layout(p, into: &module.functions[fi])
      pending[fi] = nil
    }
    return module
  }

  private func layout(_ p: PendingFunction, into fn: inout Function) {
    // Provisional ID → final ID, blocks in creation order.
    var remap = Array(repeating: UInt32.max, count: p.insts.count)
    var next: UInt32 = 0
    for blk in p.blocks { for t in blk.insts { remap[Int(t)] = next; next += 1 } }
    fn.insts.reserveCapacity(Int(next))
    fn.instNames.reserveCapacity(Int(next))
    fn.operands.reserveCapacity(p.operands.count)
    fn.blocks.reserveCapacity(p.blocks.count)
    for blk in p.blocks {
      let start = UInt32(fn.insts.count)
      for t in blk.insts {
        var inst = p.insts[Int(t)]
        let s = Int(inst.operandStart), e = s + Int(inst.operandCount)
        inst.operandStart = UInt32(fn.operands.count)
        for k in s..<e {
          var v = p.operands[k]
          if v.tag == .inst {
            // Instructions never placed in a block keep an out-of-range index (the verifier reports it).
            let r = v.index < remap.count ? remap[v.index] : UInt32.max
            v = Value(.inst, r == UInt32.max ? 0x1FFF_FFFF : Int(r))
          }
          fn.operands.append(v)
        }
        fn.insts.append(inst)
        fn.instNames.append(p.names[Int(t)])
      }
      fn.blocks.append(Block(name: blk.name, instStart: start, instEnd: UInt32(fn.insts.count), loc: blk.loc))
    }
  }
}

/// Kind of a `landingpad` clause.
public enum LandingPadClause: UInt32, Sendable { case `catch` = 0, filter = 1 }

/// Builds one function's body: create blocks, position at one, append instructions. A value
/// handle: copies refer to the same function.
public struct FunctionBuilder {
  public let module: ModuleBuilder
  /// Index of the function in `Module.functions`.
  public let index: Int

  /// The function's address (callee operand, `@f` in initializers).
  public var value: Value { .function(index) }
  /// The function's type.
  public var type: TypeID { module.module.functions[index].type }

  // MARK: state access

  private func with<R>(_ body: (inout PendingFunction) -> R) -> R {
    body(&module.pending[index]!)
  }

  /// Location given to the instructions appended from now on.
  public var loc: SourceLoc {
    get { module.pending[index]?.loc ?? .none }
    nonmutating set { module.pending[index]?.loc = newValue }
  }

  /// Argument `i` of the function.
  public func param(_ i: Int) -> Value { .argument(i) }
  /// Sets a parameter's ABI attributes (`signext`, `byval(T)`, …); `-1` is the return value.
  public func setParamAttrs(_ i: Int, _ attrs: ParamAttrs) {
    let k = i + 1
    guard k >= 0, k < module.module.functions[index].paramAttrs.count else { return }
    module.module.functions[index].paramAttrs[k] = attrs
  }
  /// Sets the personality function (needed when the function has landingpads).
  public func setPersonality(_ fn: Value) { module.module.functions[index].personality = fn }

  /// The type of a value in this function.
  public func typeOf(_ v: Value) -> TypeID { module.typeOf(v, in: self) }

  // MARK: blocks

  /// Creates a new (empty) block; the first one created is the entry block. Does not move the
  /// insertion point.
  public func appendBlock(_ name: String = "", loc: SourceLoc = .none) -> BlockID {
    let sym = name.isEmpty ? Symbol.empty : module.symbol(uniqueName(name))
    return with { p in
      p.blocks.append(PendingBlock(name: sym, loc: loc))
      return BlockID(p.blocks.count - 1)
    }
  }
  /// Appends subsequent instructions to the end of `block`.
  public func positionAtEnd(_ block: BlockID) { with { $0.current = Int(block.raw) } }
  /// The block instructions are currently appended to.
  public var currentBlock: BlockID? {
    let c = module.pending[index]?.current ?? -1
    return c >= 0 ? BlockID(c) : nil
  }
  /// Whether the current block already ends in a terminator.
  public var currentBlockIsTerminated: Bool {
    with { p in
      guard p.current >= 0, let last = p.blocks[p.current].insts.last else { return false }
      return p.insts[Int(last)].op.isTerminator
    }
  }

  private func uniqueName(_ name: String) -> String {
    with { p in
      if !p.usedNames.contains(name) { p.usedNames.insert(name); return name }
      var n = p.nameCounter[name, default: 0]
      while true {
        n += 1
        let cand = "\(name)\(n)"
        if !p.usedNames.contains(cand) {
          p.nameCounter[name] = n
          p.usedNames.insert(cand)
          return cand
        }
      }
    }
  }

  // MARK: core append

  /// Appends a raw instruction with `operands` to the current block and returns its result.
  /// Every helper below goes through here; use it for anything the helpers do not cover.
  @discardableResult
  public func append(_ op: Opcode, type: TypeID, operands ops: [Value], name: String = "",
                     flags: UInt8 = 0, pred: UInt8 = 0, aux: UInt32 = 0, aux2: UInt32 = 0, align: Int? = nil) -> Value {
    let sym = name.isEmpty || type == .void ? Symbol.empty : module.symbol(uniqueName(name))
    return with { p in
      precondition(p.current >= 0 && p.current < p.blocks.count, "FunctionBuilder: no insertion block (call positionAtEnd)")
      var inst = Inst(op: op, type: type)
      inst.flags = flags
      inst.pred = pred
      inst.aux = aux
      inst.aux2 = aux2
      if let align, align > 0 { inst.setAlign(UInt64(align)) }
      inst.loc = p.loc
      inst.operandStart = UInt32(p.operands.count)
      inst.operandCount = UInt32(ops.count)
      p.operands.append(contentsOf: ops)
      let id = p.insts.count
      p.insts.append(inst)
      p.names.append(sym)
      p.blocks[p.current].insts.append(UInt32(id))
      return Value(.inst, id)
    }
  }

  /// Appends operands to an existing instruction (phi incoming, switch cases), moving its
  /// operands to the end of the pool when they are not already there.
  private func appendOperands(_ inst: Value, _ extra: [Value]) {
    guard inst.tag == .inst else { return }
    with { p in
      guard inst.index < p.insts.count else { return }
      var i = p.insts[inst.index]
      let s = Int(i.operandStart), n = Int(i.operandCount)
      if s + n != p.operands.count {
        let old = Array(p.operands[s..<(s + n)])
        i.operandStart = UInt32(p.operands.count)
        p.operands.append(contentsOf: old)
      }
      p.operands.append(contentsOf: extra)
      i.operandCount += UInt32(extra.count)
      p.insts[inst.index] = i
    }
  }

  private func attrList(_ args: Int, _ attrs: [ParamAttrs], _ ret: ParamAttrs) -> UInt32 {
    let start = UInt32(module.module.functions[index].paramAttrs.count)
    module.module.functions[index].paramAttrs.append(ret)
    for k in 0..<args { module.module.functions[index].paramAttrs.append(k < attrs.count ? attrs[k] : ParamAttrs()) }
    return start
  }

  private func appendExtra(_ words: [UInt32]) -> UInt32 {
    let start = UInt32(module.module.functions[index].extra.count)
    module.module.functions[index].extra.append(contentsOf: words)
    return start
  }

  // MARK: terminators

  /// `ret void`.
  @discardableResult public func retVoid() -> Value { append(.ret, type: .void, operands: []) }
  /// `ret <value>`.
  @discardableResult public func ret(_ v: Value) -> Value { append(.ret, type: .void, operands: [v]) }
  /// `br label %dest`.
  @discardableResult public func br(_ dest: BlockID) -> Value { append(.br, type: .void, operands: [.block(dest)]) }
  /// `br i1 %cond, label %ifTrue, label %ifFalse`.
  @discardableResult public func condBr(_ cond: Value, _ ifTrue: BlockID, _ ifFalse: BlockID) -> Value {
    append(.br, type: .void, operands: [cond, .block(ifTrue), .block(ifFalse)])
  }
  /// `switch <cond>, label %default [ cases ]`; more cases can be added with `addCase`.
  @discardableResult
  public func switch_(_ cond: Value, default dflt: BlockID, cases: [(Value, BlockID)] = []) -> Value {
    var ops: [Value] = [cond, .block(dflt)]
    for (v, b) in cases { ops.append(v); ops.append(.block(b)) }
    return append(.switch_, type: .void, operands: ops)
  }
  /// Adds a case to a `switch`.
  public func addCase(_ sw: Value, _ value: Value, _ dest: BlockID) { appendOperands(sw, [value, .block(dest)]) }
  /// `invoke` of `callee` with function type `type`; continues at `normal` or unwinds to `unwind`.
  @discardableResult
  public func invoke(_ callee: Value, type fnType: TypeID? = nil, _ args: [Value], normal: BlockID, unwind: BlockID,
                     attrs: [ParamAttrs] = [], returnAttrs: ParamAttrs = ParamAttrs(), name: String = "") -> Value {
    let ft = fnType ?? module.functionType(of: callee) ?? .void
    let rt = module.module.types.kind(ft) == .function ? module.module.types.returnType(ft) : .void
    let a = attrList(args.count, attrs, returnAttrs)
    return append(.invoke, type: rt, operands: [callee] + args + [.block(normal), .block(unwind)],
                  name: name, aux: ft.raw, aux2: a)
  }
  /// `resume <value>`.
  @discardableResult public func resume(_ v: Value) -> Value { append(.resume, type: .void, operands: [v]) }
  /// `unreachable`.
  @discardableResult public func unreachable() -> Value { append(.unreachable, type: .void, operands: []) }

  // MARK: arithmetic

  /// Any binary operator (`add` … `xor`, `fadd` … `frem`); the result has the lhs's type.
  public func binary(_ op: Opcode, _ a: Value, _ b: Value, name: String = "", flags: UInt8 = 0) -> Value {
    append(op, type: typeOf(a), operands: [a, b], name: name, flags: flags)
  }
  public func add(_ a: Value, _ b: Value, name: String = "", nsw: Bool = false, nuw: Bool = false) -> Value {
    binary(.add, a, b, name: name, flags: wrapFlags(nsw, nuw))
  }
  public func sub(_ a: Value, _ b: Value, name: String = "", nsw: Bool = false, nuw: Bool = false) -> Value {
    binary(.sub, a, b, name: name, flags: wrapFlags(nsw, nuw))
  }
  public func mul(_ a: Value, _ b: Value, name: String = "", nsw: Bool = false, nuw: Bool = false) -> Value {
    binary(.mul, a, b, name: name, flags: wrapFlags(nsw, nuw))
  }
  public func shl(_ a: Value, _ b: Value, name: String = "", nsw: Bool = false, nuw: Bool = false) -> Value {
    binary(.shl, a, b, name: name, flags: wrapFlags(nsw, nuw))
  }
  public func udiv(_ a: Value, _ b: Value, name: String = "", exact: Bool = false) -> Value {
    binary(.udiv, a, b, name: name, flags: exact ? InstFlags.exact : 0)
  }
  public func sdiv(_ a: Value, _ b: Value, name: String = "", exact: Bool = false) -> Value {
    binary(.sdiv, a, b, name: name, flags: exact ? InstFlags.exact : 0)
  }
  public func lshr(_ a: Value, _ b: Value, name: String = "", exact: Bool = false) -> Value {
    binary(.lshr, a, b, name: name, flags: exact ? InstFlags.exact : 0)
  }
  public func ashr(_ a: Value, _ b: Value, name: String = "", exact: Bool = false) -> Value {
    binary(.ashr, a, b, name: name, flags: exact ? InstFlags.exact : 0)
  }
  public func urem(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.urem, a, b, name: name) }
  public func srem(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.srem, a, b, name: name) }
  public func and(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.and, a, b, name: name) }
  public func or(_ a: Value, _ b: Value, name: String = "", disjoint: Bool = false) -> Value {
    binary(.or, a, b, name: name, flags: disjoint ? InstFlags.disjoint : 0)
  }
  public func xor(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.xor, a, b, name: name) }
  public func fadd(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.fadd, a, b, name: name) }
  public func fsub(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.fsub, a, b, name: name) }
  public func fmul(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.fmul, a, b, name: name) }
  public func fdiv(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.fdiv, a, b, name: name) }
  public func frem(_ a: Value, _ b: Value, name: String = "") -> Value { binary(.frem, a, b, name: name) }
  /// `fneg`.
  public func fneg(_ a: Value, name: String = "") -> Value { append(.fneg, type: typeOf(a), operands: [a], name: name) }
  /// `freeze`.
  public func freeze(_ a: Value, name: String = "") -> Value { append(.freeze, type: typeOf(a), operands: [a], name: name) }

  private func wrapFlags(_ nsw: Bool, _ nuw: Bool) -> UInt8 { (nsw ? InstFlags.nsw : 0) | (nuw ? InstFlags.nuw : 0) }

  // MARK: compare and select

  /// `icmp <pred> lhs, rhs` → `i1`.
  public func icmp(_ pred: IntPredicate, _ a: Value, _ b: Value, name: String = "") -> Value {
    append(.icmp, type: .i1, operands: [a, b], name: name, pred: pred.rawValue)
  }
  /// `fcmp <pred> lhs, rhs` → `i1`.
  public func fcmp(_ pred: FloatPredicate, _ a: Value, _ b: Value, name: String = "") -> Value {
    append(.fcmp, type: .i1, operands: [a, b], name: name, pred: pred.rawValue)
  }
  /// `select i1 cond, a, b`.
  public func select(_ cond: Value, _ a: Value, _ b: Value, name: String = "") -> Value {
    append(.select, type: typeOf(a), operands: [cond, a, b], name: name)
  }

  // MARK: casts

  /// Any cast (`trunc` … `bitcast`) of `v` to `type`.
  public func cast(_ op: Opcode, _ v: Value, to type: TypeID, name: String = "", flags: UInt8 = 0) -> Value {
    append(op, type: type, operands: [v], name: name, flags: flags)
  }
  public func trunc(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.trunc, v, to: t, name: name) }
  public func zext(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.zext, v, to: t, name: name) }
  public func sext(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.sext, v, to: t, name: name) }
  public func fptrunc(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.fptrunc, v, to: t, name: name) }
  public func fpext(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.fpext, v, to: t, name: name) }
  public func fptoui(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.fptoui, v, to: t, name: name) }
  public func fptosi(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.fptosi, v, to: t, name: name) }
  public func uitofp(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.uitofp, v, to: t, name: name) }
  public func sitofp(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.sitofp, v, to: t, name: name) }
  public func ptrtoint(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.ptrtoint, v, to: t, name: name) }
  public func inttoptr(_ v: Value, name: String = "") -> Value { cast(.inttoptr, v, to: .ptr, name: name) }
  public func bitcast(_ v: Value, to t: TypeID, name: String = "") -> Value { cast(.bitcast, v, to: t, name: name) }

  // MARK: memory

  /// `alloca <type>[, <count>], align N` → `ptr`.
  public func alloca(_ type: TypeID, count: Value? = nil, align: Int? = nil, name: String = "") -> Value {
    append(.alloca, type: .ptr, operands: count.map { [$0] } ?? [], name: name, aux: type.raw, align: align)
  }
  /// `load [volatile] <type>, ptr <p>, align N`.
  public func load(_ type: TypeID, _ p: Value, align: Int? = nil, volatile: Bool = false, name: String = "") -> Value {
    append(.load, type: type, operands: [p], name: name, flags: volatile ? InstFlags.volatile : 0, align: align)
  }
  /// `store [volatile] <value>, ptr <p>, align N`.
  @discardableResult
  public func store(_ v: Value, _ p: Value, align: Int? = nil, volatile: Bool = false) -> Value {
    append(.store, type: .void, operands: [v, p], flags: volatile ? InstFlags.volatile : 0, align: align)
  }
  /// `getelementptr [inbounds] <sourceType>, ptr <base>, indices…` → `ptr`.
  public func gep(_ sourceType: TypeID, _ base: Value, _ indices: [Value], inbounds: Bool = true, nuw: Bool = false,
                  name: String = "") -> Value {
    append(.getelementptr, type: .ptr, operands: [base] + indices, name: name,
           flags: (inbounds ? InstFlags.inbounds : 0) | (nuw ? InstFlags.nuw : 0), aux: sourceType.raw)
  }
  /// Address of field `field` of the struct `structType` at `base` (`gep T, p, i32 0, i32 field`).
  public func structGEP(_ structType: TypeID, _ base: Value, _ field: Int, name: String = "") -> Value {
    gep(structType, base, [module.constInt(.i32, 0), module.constInt(.i32, Int64(field))], name: name)
  }

  // MARK: aggregates and vectors

  /// `extractvalue <agg>, i0, i1, …`; the result type is computed from the indices.
  public func extractValue(_ agg: Value, _ indices: [UInt32], name: String = "") -> Value {
    let rt = indexedType(typeOf(agg), indices) ?? .void
    let start = appendExtra(indices)
    return append(.extractvalue, type: rt, operands: [agg], name: name, aux: start, aux2: UInt32(indices.count))
  }
  /// `insertvalue <agg>, <element>, i0, i1, …`.
  public func insertValue(_ agg: Value, _ element: Value, _ indices: [UInt32], name: String = "") -> Value {
    let start = appendExtra(indices)
    return append(.insertvalue, type: typeOf(agg), operands: [agg, element], name: name, aux: start, aux2: UInt32(indices.count))
  }
  /// `extractelement <vec>, <index>`.
  public func extractElement(_ vec: Value, _ idx: Value, name: String = "") -> Value {
    let vt = typeOf(vec)
    let et = module.module.types.kind(vt) == .vector ? module.module.types.element(vt) : .void
    return append(.extractelement, type: et, operands: [vec, idx], name: name)
  }
  /// `insertelement <vec>, <elt>, <index>`.
  public func insertElement(_ vec: Value, _ elt: Value, _ idx: Value, name: String = "") -> Value {
    append(.insertelement, type: typeOf(vec), operands: [vec, elt, idx], name: name)
  }

  private func indexedType(_ t: TypeID, _ indices: [UInt32]) -> TypeID? {
    let types = module.module.types
    var cur = t
    for i in indices {
      guard Int(cur.raw) < types.nodes.count else { return nil }
      switch types.kind(cur) {
      case .structure:
        let fs = types.fields(cur)
        guard Int(i) < fs.count else { return nil }
        cur = fs[fs.startIndex + Int(i)]
      case .array: cur = types.element(cur)
      default: return nil
      }
    }
    return cur
  }

  // MARK: phi

  /// `phi <type>` with optional incoming pairs; add more with `addIncoming`. Phis must come
  /// first in their block.
  public func phi(_ type: TypeID, _ incoming: [(Value, BlockID)] = [], name: String = "") -> Value {
    var ops: [Value] = []
    for (v, b) in incoming { ops.append(v); ops.append(.block(b)) }
    return append(.phi, type: type, operands: ops, name: name)
  }
  /// Adds `[value, %from]` to a phi.
  public func addIncoming(_ phi: Value, _ value: Value, from block: BlockID) { appendOperands(phi, [value, .block(block)]) }

  // MARK: calls

  /// `call` of `callee`. `type` is the call's function type; when omitted, the callee must be a
  /// function of this module and its declared type is used. `attrs` are per-argument ABI
  /// attributes (may be shorter than `args`).
  @discardableResult
  public func call(_ callee: Value, type fnType: TypeID? = nil, _ args: [Value], attrs: [ParamAttrs] = [],
                   returnAttrs: ParamAttrs = ParamAttrs(), tail: Bool = false, name: String = "") -> Value {
    let ft = fnType ?? module.functionType(of: callee) ?? .void
    let rt = module.module.types.kind(ft) == .function ? module.module.types.returnType(ft) : .void
    let a = attrList(args.count, attrs, returnAttrs)
    return append(.call, type: rt, operands: [callee] + args, name: name,
                  flags: tail ? InstFlags.tail : 0, aux: ft.raw, aux2: a)
  }

  /// `va_arg ptr <list>, <type>`.
  public func vaArg(_ list: Value, _ type: TypeID, name: String = "") -> Value {
    append(.vaArg, type: type, operands: [list], name: name)
  }

  /// `landingpad <type> [cleanup] clauses…`.
  public func landingpad(_ type: TypeID, cleanup: Bool = false, clauses: [(LandingPadClause, Value)] = [],
                         name: String = "") -> Value {
    let start = appendExtra(clauses.map { $0.0.rawValue })
    return append(.landingpad, type: type, operands: clauses.map { $0.1 }, name: name,
                  flags: cleanup ? InstFlags.cleanup : 0, aux: start)
  }

  /// A debug record (`#dbg_declare` …) with metadata operands.
  @discardableResult
  public func debugRecord(_ kind: DebugRecordKind, _ operands: [Value]) -> Value {
    append(.dbgRecord, type: .void, operands: operands, pred: kind.rawValue)
  }
}
