// Helpers shared by the KilnIR tests: build a one-function module with the builder, run the
// verifier, and compare its diagnostics (messages and byte-offset locations) exactly.

import Testing
import KilnIR
import KilnSupport

/// A module with one function `@f` of type `ret (params…)`, its body written by `body`.
func oneFunction(_ ret: TypeID = .i32, _ params: [TypeID] = [], argNames: [String] = [],
                 _ body: (ModuleBuilder, FunctionBuilder) -> Void) -> Module {
  let b = ModuleBuilder(triple: "x86_64-unknown-linux-gnu")
  let f = b.addFunction(name: "f", type: b.functionType(ret, params), argNames: argNames, loc: SourceLoc(1))
  body(b, f)
  return b.finish()
}

/// All errors the verifier reports for `m` (limit 100); warnings are left out.
func verifierErrors(_ m: Module) -> [Diagnostic] {
  var d = Diagnostics(file: nil, limit: 100)
  let ok = IRVerifier.verify(m, diagnostics: &d)
  let errors = d.items.filter { $0.severity == .error }
  #expect(ok == errors.isEmpty)
  return errors
}

/// The verifier's warnings for `m`.
func verifierWarnings(_ m: Module) -> [Diagnostic] {
  var d = Diagnostics(file: nil, limit: 100)
  _ = IRVerifier.verify(m, diagnostics: &d)
  return d.items.filter { $0.severity == .warning }
}

/// Expects exactly one error, with this message, at byte offset `loc`.
func expectError(_ m: Module, _ message: String, at loc: Int,
                 sourceLocation: SourceLocation = #_sourceLocation) {
  let items = verifierErrors(m)
  #expect(items.map(\.message) == [message], sourceLocation: sourceLocation)
  #expect(items.first?.loc == SourceLoc(loc), sourceLocation: sourceLocation)
}

/// Expects the module to verify without diagnostics.
func expectClean(_ m: Module, sourceLocation: SourceLocation = #_sourceLocation) {
  let items = verifierErrors(m)
  #expect(items.map(\.message) == [], sourceLocation: sourceLocation)
}
