// The typed IR module: the in-memory form of one `.ll` file (or of IR built through `IRBuilder`).
// Everything is arrays of structs indexed by 32-bit IDs. Functions are self-contained (their own
// instruction, operand and side arrays), so after parsing they can be lowered in parallel; they
// share only the module's read-only tables (names, types, constants, globals, metadata).

import KilnSupport

public enum Linkage: UInt8, Sendable {
  case external, `private`, `internal`, weak, weakODR, linkonce, linkonceODR, common, appending,
       externWeak, availableExternally
  public var isLocal: Bool { self == .private || self == .internal }
  public var isWeak: Bool {
    switch self { case .weak, .weakODR, .linkonce, .linkonceODR, .common, .externWeak: return true; default: return false }
  }
}

public enum Visibility: UInt8, Sendable { case `default`, hidden, protected }

public struct GlobalFlags {
  public static let dsoLocal: UInt8 = 1
  public static let unnamedAddr: UInt8 = 2
  public static let localUnnamedAddr: UInt8 = 4
  public static let threadLocal: UInt8 = 8
  public static let externallyInitialized: UInt8 = 16
}

/// A global variable. `initializer == nil` means an external declaration.
public struct GlobalVar: Sendable {
  public var name: Symbol
  public var valueType: TypeID
  public var initializer: Value?
  public var isConstant: Bool = false
  public var linkage: Linkage = .external
  public var visibility: Visibility = .default
  public var flags: UInt8 = 0
  public var alignLog2Plus1: UInt8 = 0
  public var section: Symbol = .empty
  public var comdat: Symbol = .empty
  public var loc: SourceLoc = .none
  public init(name: Symbol, valueType: TypeID) { self.name = name; self.valueType = valueType }
  public var align: UInt64? { alignLog2Plus1 == 0 ? nil : UInt64(1) << UInt64(alignLog2Plus1 - 1) }
  public var isDeclaration: Bool { initializer == nil }
}

public struct Alias: Sendable {
  public var name: Symbol
  public var valueType: TypeID
  public var aliasee: Value
  public var linkage: Linkage = .external
  public var visibility: Visibility = .default
  public var flags: UInt8 = 0
  public var loc: SourceLoc = .none
  public init(name: Symbol, valueType: TypeID, aliasee: Value) {
    self.name = name; self.valueType = valueType; self.aliasee = aliasee
  }
}

/// A basic block: its instructions are `insts[instStart ..< instEnd]` of its function.
public struct Block: Sendable {
  public var name: Symbol = .empty
  public var instStart: UInt32
  public var instEnd: UInt32
  public var loc: SourceLoc = .none
  public init(name: Symbol = .empty, instStart: UInt32, instEnd: UInt32, loc: SourceLoc = .none) {
    self.name = name; self.instStart = instStart; self.instEnd = instEnd; self.loc = loc
  }
  public var instRange: Range<Int> { Int(instStart)..<Int(instEnd) }
}

public enum CallingConv: UInt16, Sendable { case c = 0, fast = 8, cold = 9 }

/// A function definition or declaration (`blocks.isEmpty`).
public struct Function: Sendable {
  public var name: Symbol
  /// The function type (`TypeKind.function`).
  public var type: TypeID
  public var linkage: Linkage = .external
  public var visibility: Visibility = .default
  public var callingConv: CallingConv = .c
  public var flags: UInt8 = 0
  public var alignLog2Plus1: UInt8 = 0
  public var section: Symbol = .empty
  public var comdat: Symbol = .empty
  /// `personality ptr @f`, when present.
  public var personality: Value? = nil
  /// `!dbg` attachment (a DISubprogram node index) or `UInt32.max`.
  public var dbg: UInt32 = .max
  public var loc: SourceLoc = .none
  /// Argument types (parallel to the function type's parameters) and names (`.empty` when
  /// unnamed; the parser leaves `argNames` empty when no argument is named: an index past its
  /// end means `.empty`).
  public var argTypes: [TypeID] = []
  public var argNames: [Symbol] = []
  /// Where each argument was written (for diagnostics).
  public var argLocs: [SourceLoc] = []
  public var blocks: [Block] = []
  public var insts: [Inst] = []
  /// Names of instruction results, parallel to `insts` (`.empty` when unnamed or numbered), or
  /// shorter (the parser leaves it empty when no result is named): an index past its end
  /// means `.empty`.
  public var instNames: [Symbol] = []
  public var operands: [Value] = []
  public var extra: [UInt32] = []
  /// Attribute lists: entries `0 ... paramCount` are this function's own (return, then each
  /// parameter); call sites append theirs and point at them with `Inst.aux2`.
  public var paramAttrs: [ParamAttrs] = []

  public init(name: Symbol, type: TypeID) { self.name = name; self.type = type }

  public var isDeclaration: Bool { blocks.isEmpty }

  @inline(__always) public func operands(of i: InstID) -> ArraySlice<Value> {
    let inst = insts[Int(i.raw)]
    return operands[Int(inst.operandStart)..<Int(inst.operandStart + inst.operandCount)]
  }
  @inline(__always) public func operand(_ i: InstID, _ k: Int) -> Value {
    operands[Int(insts[Int(i.raw)].operandStart) + k]
  }
  public func returnAttrs() -> ParamAttrs { paramAttrs.isEmpty ? ParamAttrs() : paramAttrs[0] }
  public func paramAttr(_ k: Int) -> ParamAttrs { k + 1 < paramAttrs.count ? paramAttrs[k + 1] : ParamAttrs() }
  /// The terminator of a block (its last instruction).
  public func terminator(_ b: BlockID) -> InstID { InstID(raw: blocks[Int(b.raw)].instEnd - 1) }
}

// MARK: metadata

/// A metadata value: a field of a specialized node (`line: 3`, `scope: !12`) or a tuple element.
public enum MDValue: Sendable, Equatable {
  case null
  case node(UInt32)          // index into `MetadataTable.nodes`
  case int(Int64)
  case string(Symbol)        // "…"
  case ident(Symbol)         // DW_TAG_member, DIFlagPrototyped | DIFlagAllCallsDescribed, true, false …
  case value(Value, TypeID)  // `i32 1`, `ptr @g`, `ptr %x` (ValueAsMetadata)
}

public struct MDField: Sendable {
  public var name: Symbol     // `.empty` for tuple elements
  public var value: MDValue
  public init(name: Symbol, value: MDValue) { self.name = name; self.value = value }
}

/// `!{…}` (kind `.empty`) or `!DILocation(…)` and friends (kind = the node's class name).
public struct MDNode: Sendable {
  public var kind: Symbol
  public var distinct: Bool = false
  public var fieldStart: UInt32 = 0
  public var fieldCount: UInt32 = 0
  public init(kind: Symbol) { self.kind = kind }
}

/// Metadata slot numbers (`!N`) → node indices, in a dense array: slots are numbered densely by
/// the files Kiln reads, and a `Dictionary<UInt32, UInt32>` costs ~240k instructions of runtime
/// type instantiation on first use (a few percent of compiling a small file).
public struct MDSlots: Sendable {
  private var table: [UInt32] = []   // slot → node index; UInt32.max = no such slot
  public init() {}
  /// All slots at once: `table[slot]` is the slot's node index or `UInt32.max` (no such slot).
  public init(table: [UInt32]) { self.table = table }
  public subscript(_ slot: UInt32) -> UInt32? {
    get { Int(slot) < table.count && table[Int(slot)] != .max ? table[Int(slot)] : nil }
    set {
      if Int(slot) >= table.count {
        guard newValue != nil else { return }
        table.append(contentsOf: repeatElement(.max, count: Int(slot) + 1 - table.count))
      }
      table[Int(slot)] = newValue ?? .max
    }
  }
  /// The slots that are present, ascending.
  public var keys: [UInt32] { table.indices.filter { table[$0] != .max }.map { UInt32($0) } }
  public var isEmpty: Bool { !table.contains { $0 != .max } }
}

public struct MetadataTable: Sendable {
  public var nodes: [MDNode] = []
  public var fields: [MDField] = []
  /// `!N = …` numbering: slot number → node index.
  public var slots = MDSlots()
  /// `!llvm.module.flags = !{!0, !1}` and other named metadata: name → node indices.
  public var named: [(name: Symbol, nodes: [UInt32])] = []
  public init() {}
  public func fields(of n: UInt32) -> ArraySlice<MDField> {
    let node = nodes[Int(n)]
    return fields[Int(node.fieldStart)..<Int(node.fieldStart + node.fieldCount)]
  }
}

// MARK: module

public struct Module: Sendable {
  public var names = Interner()
  public var types = TypeTable()
  public var constants = ConstantTable()
  public var globals: [GlobalVar] = []
  public var functions: [Function] = []
  public var aliases: [Alias] = []
  public var metadata = MetadataTable()
  public var sourceFilename: String? = nil
  public var triple: String? = nil
  public var dataLayout: String? = nil
  /// The text this module was parsed from, for diagnostics (nil when built in memory).
  public var source: SourceFile? = nil
  /// Where `target triple` / `target datalayout` were written, for diagnostics about them.
  public var tripleLoc: SourceLoc = .none
  public var dataLayoutLoc: SourceLoc = .none

  public init() {}

  /// The type of a value in the context of function `f` (needed for constants and globals too).
  public func type(of v: Value, in f: Function?) -> TypeID {
    switch v.tag {
    case .inst: return f!.insts[v.index].type
    case .argument: return f!.argTypes[v.index]
    case .constant: return constants.nodes[v.index].type
    case .global, .function, .alias: return .ptr
    case .block: return .label
    case .metadata: return .metadata
    }
  }

  public func name(_ s: Symbol) -> String { names.string(s) }
}

