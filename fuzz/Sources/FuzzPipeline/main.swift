// libFuzzer entry point over the whole pipeline: parse → verify → lower (for x86_64, aarch64 and
// wasm32) → SSA verifier → SSA printer, and for x86_64 on to machine code and an ELF object
// (isel → register allocation → encoder → libelf). Any crash, trap, hang or SSA-verifier complaint
// is a bug; rejecting the input with diagnostics is the expected outcome for most inputs.

import KilnSupport
import KilnIR
import KilnIRParser
import KilnSSA
import KilnDriver

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let file = SourceFile(path: "fuzz.ll", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
  var diags = Diagnostics(file: file)
  guard let module = IRParser.parse(file, diagnostics: &diags) else {
    _ = diags.render()
    return 0
  }
  guard IRVerifier.verify(module, diagnostics: &diags) else { _ = diags.render(); return 0 }
  for target in TargetDesc.all {
    var d = Diagnostics(file: file)
    guard let ssa = Lowering.lower(module, target: target, diagnostics: &d, threads: 1) else {
      _ = d.render(); continue
    }
    let problems = SSAVerifier.verify(ssa)
    if !problems.isEmpty {
      FileIO.stderr("SSA verifier failed for \(target.triple):\n" + problems.prefix(5).joined(separator: "\n") + "\n")
      fatalError("SSA verifier failed")
    }
    _ = printSSA(ssa)
  }
  // The native path: the same module through the x86_64 backend to an ELF object.
  var options = CompileOptions()
  options.target = .x86_64
  options.emit = .obj
  options.verifySSA = false
  _ = Pipeline.compile(module, options: options, diagnostics: Diagnostics(file: file)).diagnostics.render()
  return 0
}

// SwiftPM links an executable's entry point as `<Target>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("FuzzPipeline_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
  var c = argc
  var v: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&c, &v) { data, size in fuzzOne(data, size) }
}
