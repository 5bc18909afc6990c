// The whole of Kiln, top to bottom. Every compilation runs these stages in this order:
//
//   read .ll ─▶ parse (KilnIRParser) ─▶ verify (KilnIR.IRVerifier)
//            ─▶ lower to target-neutral SSA (KilnSSA.Lowering: data layout, GEPs, aggregates,
//               integer legalization, intrinsics, mem2reg) ─▶ SSA verifier (debug builds, tests,
//               or --verify-ssa) ─▶ emit (--emit=ssa: printed SSA; --emit=none: nothing)
//
// Machine code for x86_64/AArch64 (isel → linear-scan regalloc → encoder → ELF) and wasm32
// (structured control flow → module encoder) plugs in after the SSA stage.
// A stage that reports an error stops the pipeline; nothing is written unless every stage
// succeeded (see `Output.commit`).

import KilnSupport
import KilnIR
import KilnIRParser
import KilnSSA

public enum EmitKind: String, Sendable, CaseIterable {
  /// Parse, verify and lower; write nothing (for checking input, and for timing).
  case none
  /// Kiln's target-neutral SSA in its text form.
  case ssa
  /// The parsed typed IR printed back (for debugging the front end).
  case ir
}

public struct CompileOptions: Sendable {
  /// Overrides the module's `target triple`; nil = use the triple, else the host.
  public var target: TargetDesc? = nil
  public var emit: EmitKind = .ssa
  /// Worker threads for per-function stages (output is identical at any count).
  public var threads: Int = 1
  /// Run the SSA verifier after lowering (always on in debug builds).
  public var verifySSA: Bool = Pipeline.isDebugBuild
  public init() {}
}

/// What a compilation produced: bytes to write, or diagnostics explaining why not.
public struct CompileResult: Sendable {
  public var output: [UInt8]? = nil
  public var diagnostics: Diagnostics
  public var succeeded: Bool { output != nil && !diagnostics.hasErrors }
}

public enum Pipeline {
  #if DEBUG
  public static let isDebugBuild = true
  #else
  public static let isDebugBuild = false
  #endif

  /// The host's target (what `kiln` compiles for when nothing says otherwise).
  public static var hostTarget: TargetDesc {
    #if arch(arm64)
    return .aarch64
    #else
    return .x86_64
    #endif
  }

  /// Chooses the target: the command line's, else the module's triple, else the host's.
  static func selectTarget(_ m: Module, _ options: CompileOptions, _ diags: inout Diagnostics) -> TargetDesc? {
    if let t = options.target { return t }
    guard let triple = m.triple else { return hostTarget }
    if let t = TargetDesc.forTriple(triple) { return t }
    diags.error(m.tripleLoc, "unsupported: target triple '\(triple)' (Kiln targets x86_64, aarch64 and wasm32)")
    return nil
  }

  /// Compiles one source file held in memory.
  public static func compile(_ file: SourceFile, options: CompileOptions) -> CompileResult {
    var diags = Diagnostics(file: file)
    guard let module = IRParser.parse(file, diagnostics: &diags) else {
      return CompileResult(diagnostics: diags)
    }
    return compile(module, options: options, diagnostics: diags)
  }

  /// Compiles a module built in memory (the Swift API path) or parsed from text.
  public static func compile(_ module: Module, options: CompileOptions,
                             diagnostics: Diagnostics? = nil) -> CompileResult {
    var diags = diagnostics ?? Diagnostics(file: module.source)
    guard IRVerifier.verify(module, diagnostics: &diags) else { return CompileResult(diagnostics: diags) }
    guard let target = selectTarget(module, options, &diags) else { return CompileResult(diagnostics: diags) }
    if options.emit == .ir { return CompileResult(output: Array(printModule(module).utf8), diagnostics: diags) }

    guard let ssa = Lowering.lower(module, target: target, diagnostics: &diags, threads: options.threads),
          !diags.hasErrors else { return CompileResult(diagnostics: diags) }
    if options.verifySSA {
      let problems = SSAVerifier.verify(ssa)
      if !problems.isEmpty {
        for p in problems.prefix(20) { diags.error(.none, "internal error: SSA verifier: \(p)") }
        return CompileResult(diagnostics: diags)
      }
    }

    switch options.emit {
    case .none: return CompileResult(output: [], diagnostics: diags)
    case .ssa: return CompileResult(output: Array(printSSA(ssa).utf8), diagnostics: diags)
    case .ir: return CompileResult(diagnostics: diags)  // handled above
    }
  }
}
