// Instructions of the typed IR, stored flat: each function holds `[Inst]`, one `[Value]` operand
// array that instructions index by range, and an `[UInt32]` side array (`extra`) for payloads
// that are not values (extractvalue indices, landingpad clause kinds). Operand layout per opcode
// is documented on `Opcode`; the parser, the builder, the verifier and lowering all rely on it.

import KilnSupport

public struct InstID: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public static func < (a: InstID, b: InstID) -> Bool { a.raw < b.raw }
}

public struct BlockID: Hashable, Sendable, Comparable {
  public var raw: UInt32
  public init(raw: UInt32) { self.raw = raw }
  public init(_ i: Int) { raw = UInt32(truncatingIfNeeded: i) }
  public static func < (a: BlockID, b: BlockID) -> Bool { a.raw < b.raw }
}

/// Operand layout (all operands are `Value`s; `type` is the result type, `void` when none):
/// - `ret`: [] or [value]
/// - `br`: [dest] or [cond, ifTrue, ifFalse] (blocks as `.block` values)
/// - `switch_`: [cond, default, case0Value, case0Dest, case1Value, case1Dest, …]
/// - `invoke`: [callee, args…, normalDest, unwindDest]; `aux` = function type, `aux2` = attribute
///   list start in `Function.paramAttrs` (see `ParamAttrs`; one entry for the return, then one per arg)
/// - `resume`: [value]; `unreachable`: []
/// - binary ops: [lhs, rhs]; `fneg`, `freeze`: [x]
/// - `extractvalue`: [agg]; indices in `extra[aux ..< aux+aux2]`
/// - `insertvalue`: [agg, element]; indices in `extra[aux ..< aux+aux2]`
/// - `extractelement`: [vec, index]; `insertelement`: [vec, elt, index]
/// - `alloca`: [count]; `aux` = allocated type; `align`
/// - `load`: [ptr]; `type` = loaded type; `align`; `flags & volatile`
/// - `store`: [value, ptr]; `align`; `flags & volatile`
/// - `getelementptr`: [base, indices…]; `aux` = source element type; `flags & inbounds/nuw/nusw`
/// - casts: [x]; `type` = destination type
/// - `icmp`/`fcmp`: [lhs, rhs]; `pred` = `IntPredicate`/`FloatPredicate` raw value
/// - `phi`: [v0, block0, v1, block1, …]
/// - `select`: [cond, ifTrue, ifFalse]
/// - `call`: [callee, args…]; `aux` = function type; `aux2` = attribute list start (as for invoke);
///   `flags & tail/musttail`
/// - `vaArg`: [va_list ptr]; `type` = the argument's type
/// - `landingpad`: [clause values…]; `flags & cleanup`; clause kinds in `extra[aux ..< aux+count]`
///   (0 = catch, 1 = filter)
/// - `dbgRecord`: a `#dbg_…(…)` record; `pred` = `DebugRecordKind`; operands are its arguments
///   (metadata values, or plain values wrapped as metadata)
public enum Opcode: UInt8, Sendable, CaseIterable {
  // terminators
  case ret, br, switch_, invoke, resume, unreachable
  // unary
  case fneg, freeze
  // integer binary
  case add, sub, mul, udiv, sdiv, urem, srem, shl, lshr, ashr, and, or, xor
  // float binary
  case fadd, fsub, fmul, fdiv, frem
  // vectors and aggregates
  case extractelement, insertelement, extractvalue, insertvalue
  // memory
  case alloca, load, store, getelementptr
  // casts
  case trunc, zext, sext, fptrunc, fpext, fptoui, fptosi, uitofp, sitofp, ptrtoint, inttoptr, bitcast
  // other
  case icmp, fcmp, phi, select, call, vaArg, landingpad, dbgRecord

  public var isTerminator: Bool { rawValue <= Opcode.unreachable.rawValue }
  public var isIntBinary: Bool { rawValue >= Opcode.add.rawValue && rawValue <= Opcode.xor.rawValue }
  public var isFloatBinary: Bool { rawValue >= Opcode.fadd.rawValue && rawValue <= Opcode.frem.rawValue }
  public var isBinary: Bool { isIntBinary || isFloatBinary }
  public var isCast: Bool { rawValue >= Opcode.trunc.rawValue && rawValue <= Opcode.bitcast.rawValue }

  /// The LLVM IR spelling.
  public var name: String {
    switch self {
    case .switch_: return "switch"
    case .vaArg: return "va_arg"
    case .dbgRecord: return "#dbg_record"
    default: return "\(self)"
    }
  }
}

/// `Inst.flags` bits. Which bits apply depends on the opcode.
public enum InstFlags {
  public static let nuw: UInt8 = 1          // add/sub/mul/shl/trunc, gep nuw
  public static let nsw: UInt8 = 2          // add/sub/mul/shl/trunc
  public static let exact: UInt8 = 4        // udiv/sdiv/lshr/ashr
  public static let inbounds: UInt8 = 8     // getelementptr
  public static let nusw: UInt8 = 16        // getelementptr
  public static let volatile: UInt8 = 1     // load/store
  public static let tail: UInt8 = 1         // call
  public static let musttail: UInt8 = 2     // call
  public static let notail: UInt8 = 4       // call
  public static let cleanup: UInt8 = 1      // landingpad
  public static let disjoint: UInt8 = 32    // or
  public static let nneg: UInt8 = 64        // zext/uitofp
}

public enum IntPredicate: UInt8, Sendable, CaseIterable {
  case eq, ne, ugt, uge, ult, ule, sgt, sge, slt, sle
}

public enum FloatPredicate: UInt8, Sendable, CaseIterable {
  case false_, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, true_
  public var name: String {
    switch self { case .false_: return "false"; case .true_: return "true"; default: return "\(self)" }
  }
}

public enum DebugRecordKind: UInt8, Sendable { case declare, value, assign, label }

/// One instruction (32 bytes). See `Opcode` for the meaning of `aux`/`aux2` and the operands.
public struct Inst: Sendable {
  public var op: Opcode
  public var flags: UInt8 = 0
  public var pred: UInt8 = 0
  /// log2(alignment) + 1; 0 when no `align` was given.
  public var alignLog2Plus1: UInt8 = 0
  public var type: TypeID
  public var operandStart: UInt32 = 0
  public var operandCount: UInt32 = 0
  public var aux: UInt32 = 0
  public var aux2: UInt32 = 0
  public var loc: SourceLoc = .none
  /// `!dbg` attachment: index into `Module.metadata.nodes`, or `UInt32.max` for none.
  public var dbg: UInt32 = .max

  public init(op: Opcode, type: TypeID) { self.op = op; self.type = type }

  public var align: UInt64? { alignLog2Plus1 == 0 ? nil : UInt64(1) << UInt64(alignLog2Plus1 - 1) }
  public mutating func setAlign(_ a: UInt64) {
    alignLog2Plus1 = a == 0 ? 0 : UInt8(a.trailingZeroBitCount + 1)
  }
}

/// Parameter / return attributes that matter for code generation (others are parsed and dropped).
public struct ParamAttrs: Sendable, Equatable {
  public var flags: UInt16 = 0
  /// The pointee type of `byval(T)`, `sret(T)`, `inalloca(T)`; `.void` otherwise.
  public var type: TypeID = .void
  /// `align N` on the parameter (log2 + 1; 0 = none).
  public var alignLog2Plus1: UInt8 = 0
  public init() {}

  public static let signext: UInt16 = 1
  public static let zeroext: UInt16 = 2
  public static let byval: UInt16 = 4
  public static let sret: UInt16 = 8
  public static let inreg: UInt16 = 16
  public static let noalias: UInt16 = 32
  public static let nest: UInt16 = 64
  public static let returned: UInt16 = 128
  public static let alignstack: UInt16 = 256   // `alignstack(N)`: alignment kept in alignLog2Plus1

  public func has(_ f: UInt16) -> Bool { flags & f != 0 }
  public var align: UInt64? { alignLog2Plus1 == 0 ? nil : UInt64(1) << UInt64(alignLog2Plus1 - 1) }
}
