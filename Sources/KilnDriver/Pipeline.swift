// The whole of Kiln, top to bottom. Every compilation runs these stages in this order:
//
//   read .ll ─▶ parse (KilnIRParser) ─▶ verify (KilnIR.IRVerifier)
//            ─▶ lower to target-neutral SSA (KilnSSA.Lowering: data layout, GEPs, aggregates,
//               integer legalization, intrinsics, mem2reg) ─▶ SSA verifier (debug builds, tests,
//               or --verify-ssa)
//            ─▶ x86_64: instruction selection → linear-scan register allocation (KilnRegAlloc,
//               checked in debug builds) → frame → encoder (KilnX86_64) ─▶ ELF object (KilnObjectELF,
//               libelf) ─▶ link with `cc` and Kiln's runtime (Linker.swift)
//
// Lowering's preparation (`Lowering.prepare`: symbol table, data layout) runs on one of the
// verifier's workers while the others verify, since it only reads the module.
// For objects and executables the x86_64 code generator is fused into lowering: each worker
// compiles a function right after lowering it (`X86Backend.FusedCodegen`), and the object is laid
// out once every function is done; the SSA verifier, when on, still checks the whole module.
//
// --emit stops after a stage: none (front half only), ssa, ir, asm (-S), obj (-c), exe (default).
// With --emit=none the `kiln` command drops each function's SSA as soon as it is lowered (nothing
// reads it; `CompileOptions.keepSSA`), as code generation drops it once compiled.
// AArch64 and wasm32 code generation plug in after the SSA stage the same way.
// A stage that reports an error stops the pipeline; nothing is written unless every stage
// succeeded (`FileIO.write` and `Linker.link` write to a temporary name and rename into place).

import KilnSupport
import KilnIR
import KilnIRParser
import KilnSSA
import KilnX86_64
import KilnObjectELF
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

public enum EmitKind: String, Sendable, CaseIterable {
  /// Parse, verify and lower; write nothing (for checking input, and for timing).
  case none
  /// Kiln's target-neutral SSA in its text form.
  case ssa
  /// The parsed typed IR printed back (for debugging the front end).
  case ir
  /// Assembly text (GNU as syntax), `-S`.
  case asm
  /// An ELF relocatable object, `-c`.
  case obj
  /// A linked executable (the object linked with `cc` and Kiln's runtime; see `Linker`).
  case exe
}

public struct CompileOptions: Sendable {
  /// Overrides the module's `target triple`; nil = use the triple, else the host.
  public var target: TargetDesc? = nil
  public var emit: EmitKind = .ssa
  /// Worker threads for per-function stages (output is identical at any count).
  public var threads: Int = 1
  /// Run the SSA verifier after lowering (always on in debug builds).
  public var verifySSA: Bool = Pipeline.isDebugBuild
  /// Print each stage's wall time to standard error (`--time-passes`).
  public var timePasses: Bool = false
  /// For `.obj`: write the object straight into this file (libelf writes into it; renamed into
  /// place when complete) instead of returning its bytes. Ignored for "-" and device files.
  public var objectPath: String? = nil
  /// The caller exits right after this compilation (the `kiln` command): the parsed module, the
  /// SSA and the object are kept alive instead of freed. Freeing a large module's hundreds of
  /// thousands of arrays took ~7 ms on one thread at the end of a 110 ms run; exit frees nothing.
  public var keepUntilExit: Bool = false
  /// For `.none`: keep the lowered functions in `CompileResult.ssa` (for `--run` and callers of
  /// the library that inspect them). When false (the `kiln` command's `--emit=none`, where nothing
  /// reads them) each function's SSA is dropped as soon as it is lowered, as code generation
  /// drops it once compiled: lowering does all its work, but the module never holds every
  /// function's SSA at once. The SSA verifier, when on, still gets the whole module.
  public var keepSSA: Bool = true
  public init() {}
}

/// What `--emit=none` hands lowered functions to when nothing needs them (`keepSSA` false).
final class DroppedSSA: LoweredFunctionSink {
  func begin(symbols: [SSymbol], threadLocal: [Bool], functionCount: Int, workers: Int, irInstructions: Int) {}
  func consume(_ f: SFunction, index: Int, worker: Int) {}
  var keepsFunctionBodies: Bool { false }
  func renumber(from base: Int, map: [UInt32]) {}
}

/// What `CompileOptions.keepUntilExit` keeps alive (never emptied: the process is about to end).
private let keptUntilExit = Mutex<[any Sendable]>([])
private func keepUntilExit(_ x: any Sendable) { keptUntilExit.withLock { $0.append(x) } }

/// What a compilation produced: bytes to write, or diagnostics explaining why not.
public struct CompileResult: Sendable {
  public var output: [UInt8]? = nil
  public var diagnostics: Diagnostics
  /// The lowered SSA module (for `--run` and the backends), when lowering succeeded. For x86_64
  /// objects and executables its functions keep only their symbols unless `verifySSA` is on (code
  /// generation consumed each body as soon as it was lowered).
  public var ssa: SModule? = nil
  /// Set when the output went straight to this file (`CompileOptions.objectPath`); `output` is
  /// then empty.
  public var writtenTo: String? = nil
  /// Set when writing the output file failed (the message, clang-style, without "error: ").
  public var ioError: String? = nil
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
    var timer = PassTimer(enabled: options.timePasses)
    let parsed = IRParser.parse(file, diagnostics: &diags, threads: options.threads)
    timer.lap("parse")
    guard let module = parsed else { return CompileResult(diagnostics: diags) }
    if options.keepUntilExit { keepUntilExit(module) }
    return compile(module, options: options, diagnostics: diags, timer: timer, ownsModule: true)
  }

  /// Compiles a module built in memory (the Swift API path) or parsed from text.
  public static func compile(_ module: Module, options: CompileOptions,
                             diagnostics: Diagnostics? = nil) -> CompileResult {
    compile(module, options: options, diagnostics: diagnostics, timer: PassTimer(enabled: options.timePasses))
  }

  /// `ownsModule`: the module was parsed here and nobody else holds it, so lowering may free each
  /// function's IR body once the function is compiled (`Lowering.lower`'s `releaseIRBodies`).
  static func compile(_ module: Module, options: CompileOptions, diagnostics: Diagnostics?,
                      timer: PassTimer, ownsModule: Bool = false) -> CompileResult {
    var timer = timer
    defer { timer.report() }
    var diags = diagnostics ?? Diagnostics(file: module.source)
    // The target is chosen first (a bad triple is still reported only after verification), so that
    // lowering's preparation (`Lowering.prepare`: symbols, data layout) runs on one of the
    // verifier's workers while the others verify.
    var targetDiags = Diagnostics(file: module.source)
    let chosen = selectTarget(module, options, &targetDiags)
    final class PreparedBox: @unchecked Sendable { var value: Lowering.Prepared? }
    let prepared = PreparedBox()
    let threads = options.threads
    var prepare: (@Sendable () -> Void)? = nil
    if let t = chosen, options.emit != .ir {
      prepare = { prepared.value = Lowering.prepare(module, target: t, threads: threads) }
    }
    let verified = IRVerifier.verify(module, diagnostics: &diags, threads: options.threads, alongside: prepare)
    timer.lap("verify")
    guard verified else { return CompileResult(diagnostics: diags) }
    diags.append(contentsOf: targetDiags)
    guard let target = chosen else { return CompileResult(diagnostics: diags) }
    if options.emit == .ir { return CompileResult(output: Array(printModule(module).utf8), diagnostics: diags) }

    // Objects and executables for x86_64: code generation runs inside lowering, each function
    // compiled by the worker that lowered it as soon as it is lowered (no stage boundary between
    // the two; the objects are identical to `X86Backend.compile`'s). The lap is then "lower+cg".
    let fused: X86Backend.FusedCodegen? =
      (options.emit == .obj || options.emit == .exe) && target.arch == .x86_64 ? X86Backend.FusedCodegen(keepFunctionBodies: options.verifySSA) : nil
    let dropped: DroppedSSA? = options.emit == .none && !options.keepSSA && !options.verifySSA ? DroppedSSA() : nil
    let lowered = Lowering.lower(module, target: target, diagnostics: &diags, threads: options.threads,
                                 sink: fused ?? dropped, releaseIRBodies: ownsModule, prepared: prepared.value)
    timer.lap(fused == nil ? "lower" : "lower+cg")
    guard let ssa = lowered, !diags.hasErrors else { return CompileResult(diagnostics: diags) }
    if options.keepUntilExit { keepUntilExit(ssa) }
    if options.verifySSA {
      let problems = SSAVerifier.verify(ssa)
      timer.lap("verify-ssa")
      if !problems.isEmpty {
        for p in problems.prefix(20) { diags.error(.none, "internal error: SSA verifier: \(p)") }
        return CompileResult(diagnostics: diags)
      }
    }

    switch options.emit {
    case .none: return CompileResult(output: [], diagnostics: diags, ssa: ssa)
    case .ssa:
      let text = Array(printSSA(ssa).utf8)
      timer.lap("print-ssa")
      return CompileResult(output: text, diagnostics: diags, ssa: ssa)
    case .ir: return CompileResult(diagnostics: diags)  // handled above
    case .asm, .obj, .exe:
      guard target.arch == .x86_64 else {
        diags.error(.none, "unsupported: code generation for \(target.triple) (Kiln emits machine code for x86_64 so far; use --emit=ssa)")
        return CompileResult(diagnostics: diags)
      }
      do {
        if options.emit == .asm {
          let text = try X86Backend.assembly(ssa)
          timer.lap("codegen")
          return CompileResult(output: Array(text.utf8), diagnostics: diags, ssa: ssa)
        }
        let object = try fused?.object(for: ssa) ?? X86Backend.compile(ssa, threads: options.threads)
        timer.lap(fused == nil ? "codegen" : "layout")
        if options.keepUntilExit { keepUntilExit(object) }
        if options.emit == .obj, let path = options.objectPath {
          do {
            if try FileIO.writeThrough(to: path, { fd in _ = try ELFWriter.write(object, toDescriptor: fd, threads: options.threads) }) {
              timer.lap("elf")
              var r = CompileResult(output: [], diagnostics: diags, ssa: ssa)
              r.writtenTo = path
              return r
            }
          } catch let e as FileIO.IOError {
            var r = CompileResult(diagnostics: diags)
            r.ioError = e.message
            return r
          }
        }
        let bytes = try ELFWriter.write(object, threads: options.threads)
        timer.lap("elf")
        return CompileResult(output: bytes, diagnostics: diags, ssa: ssa)
      } catch {
        diags.error(.none, "\(error)")
        return CompileResult(diagnostics: diags)
      }
    }
  }
}

/// Wall-clock and CPU time per stage (CPU summed over all threads), printed by `--time-passes`.
/// CPU above wall means the stage ran on several threads; CPU near wall means it was serial.
struct PassTimer {
  let enabled: Bool
  var last: UInt64
  var lastCPU: UInt64
  var laps: [(String, UInt64, UInt64, Int)] = []
  init(enabled: Bool) {
    self.enabled = enabled
    last = enabled ? Timing.now() : 0
    lastCPU = enabled ? Timing.cpu() : 0
    startKiB = enabled ? PassTimer.peakKiB() : 0
  }
  /// The peak before the first pass (the input file read, start-up).
  let startKiB: Int

  mutating func lap(_ name: String) {
    guard enabled else { return }
    let t = Timing.now(), c = Timing.cpu()
    laps.append((name, t - last, c - lastCPU, PassTimer.peakKiB())); last = t; lastCPU = c
  }
  /// The process's peak resident memory so far, in KiB (fresh pages are costly: each one the
  /// kernel must zero, so the column shows which pass grew the footprint).
  static func peakKiB() -> Int {
    var u = rusage()
    return getrusage(RUSAGE_SELF.rawValue, &u) == 0 ? Int(u.ru_maxrss) : 0
  }
  func report() {
    guard enabled, !laps.isEmpty else { return }
    var out = "===-- kiln pass timings --===\n  " + "".padding(12) + "wall ms".padding(12) + "cpu ms".padding(12) + "peak MiB\n"
    var total: UInt64 = 0, totalCPU: UInt64 = 0
    out += "  " + "(input)".padding(36) + format3(Double(startKiB) / 1024) + "\n"
    for (name, ns, cpu, kib) in laps {
      total += ns; totalCPU += cpu
      out += "  " + name.padding(12) + format3(Double(ns) / 1e6).padding(12) + format3(Double(cpu) / 1e6).padding(12)
        + format3(Double(kib) / 1024) + "\n"
    }
    out += "  " + "total".padding(12) + format3(Double(total) / 1e6).padding(12) + format3(Double(totalCPU) / 1e6) + "\n"
    FileIO.stderr(out)
  }
}

private func format3(_ x: Double) -> String {
  let v = (x * 1000).rounded() / 1000
  return String(v)
}

private extension String {
  func padding(_ n: Int) -> String { count >= n ? self + " " : self + String(repeating: " ", count: n - count) }
}
