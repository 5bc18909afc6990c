// Reference interpreter for Kiln's target-neutral SSA (KilnSSA/SSA.swift): runs a lowered
// `SModule` the way a native build of the same program would, so the lowering can be tested
// differentially against clang-built binaries before any backend exists.
//
// Model (see the other files of this module):
// - Memory.swift: one flat byte arena emulating the target's address space: a reserved low range
//   (null page + fake function addresses), then data objects, argv, the stack (grows down), the heap.
//   Every access is bounds-checked; faults become `InterpResult.error`, never a host crash.
// - Decode.swift: each `SFunction` is decoded once into compact `DInst`s (one per `SInst`, same
//   index order, all functions concatenated), with per-type opcodes, edge tables for branch
//   arguments (parallel assignment) and call descriptors.
// - Exec.swift: a switch loop over `DInst`s with an explicit frame stack (no host recursion), a
//   flat register file of UInt64 (ints zero-extended in their container, f32 in the low 32 bits).
// - Externals.swift / Format.swift: libc functions, libm, Kiln's `__kiln_*` runtime helpers and
//   printf-family formatting implemented natively.
// Invariants relied on: SSA values obey SSA.swift's "bits above the container width are zero";
// the entry block's parameters are the function's parameters in ABI order.

import KilnSSA

public struct InterpResult: Sendable {
  /// The process exit status (low 8 bits of main's return value or of `exit`'s argument).
  public var exitCode: Int32
  /// Everything the program wrote to stdout.
  public var stdout: [UInt8]
  /// A trap or interpreter limitation (out-of-bounds access, unreachable, step limit, unknown
  /// external function, unsupported construct), or nil when the program ran to completion.
  public var error: String?
  /// SSA instructions executed.
  public var steps: Int

  public init(exitCode: Int32, stdout: [UInt8], error: String?, steps: Int) {
    self.exitCode = exitCode; self.stdout = stdout; self.error = error; self.steps = steps
  }

  /// stdout followed by `exit: N` (the format of Tests/corpus/expected/*.out).
  public var transcript: String {
    var s = String(decoding: stdout, as: UTF8.self)
    s += "exit: \(exitCode)\n"
    return s
  }
}

public enum SSAInterpreter {
  /// Runs `main` of `m`. `arguments` become argv[1...] (argv[0] is "prog").
  public static func run(_ m: SModule, arguments: [String] = [], stepLimit: Int = 200_000_000) -> InterpResult {
    guard let mach = Machine(m, stepLimit: stepLimit) else {
      return InterpResult(exitCode: -1, stdout: [], error: "cannot reserve interpreter memory", steps: 0)
    }
    defer { mach.release() }
    return mach.run(arguments: arguments)
  }
}
