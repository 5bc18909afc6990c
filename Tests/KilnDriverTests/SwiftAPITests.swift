// A frontend building IR in memory with the builder API and running the same pipeline as `kiln`.

import Testing
import KilnDriver
import KilnIR
import KilnSSA
import KilnSupport

@Suite struct SwiftAPITests {
  /// max(a, b) via a diamond with a phi, plus a global counter bumped through a pointer.
  static func buildModule() -> Module {
    let b = ModuleBuilder(triple: "x86_64-unknown-linux-gnu", sourceFilename: "api.swift")
    let counter = b.addGlobal(name: "counter", type: b.i64, initializer: b.constInt(b.i64, 0), linkage: .internal, isConstant: false, align: 8)
    let f = b.addFunction(name: "max", type: b.functionType(b.i32, [b.i32, b.i32]), argNames: ["a", "b"])
    let entry = f.appendBlock("entry"), left = f.appendBlock("left"), join = f.appendBlock("join")
    f.positionAtEnd(entry)
    let c = f.load(b.i64, counter, align: 8, name: "c")
    f.store(f.add(c, b.constInt(b.i64, 1), name: "c1"), counter, align: 8)
    let gt = f.icmp(.sgt, f.param(0), f.param(1), name: "gt")
    f.condBr(gt, left, join)
    f.positionAtEnd(left)
    f.br(join)
    f.positionAtEnd(join)
    let m = f.phi(b.i32, [(f.param(0), left), (f.param(1), entry)], name: "m")
    f.ret(m)
    return b.finish()
  }

  @Test func builtModuleRunsThroughThePipeline() throws {
    let module = Self.buildModule()
    var d = Diagnostics(file: nil)
    #expect(IRVerifier.verify(module, diagnostics: &d), "\(d.render())")
    for t in TargetDesc.all {
      var options = CompileOptions()
      options.target = t
      options.emit = .ssa
      options.verifySSA = true
      let r = Pipeline.compile(module, options: options)
      #expect(r.succeeded, "\(t.triple): \(r.diagnostics.render())")
      let text = String(decoding: r.output ?? [], as: UTF8.self)
      #expect(text.contains("@max"))
      #expect(text.contains("@counter"))
      // The diamond's phi became a block parameter.
      #expect(text.contains("block2(") || text.contains("(v"), "\(text)")
    }
  }

  @Test func printedModuleReparsesToTheSameSSA() throws {
    let module = Self.buildModule()
    var options = CompileOptions()
    options.emit = .ssa
    let direct = Pipeline.compile(module, options: options)
    let text = printModule(module)
    let reparsed = Pipeline.compile(SourceFile(path: "api.ll", text: text), options: options)
    #expect(reparsed.succeeded, "\(reparsed.diagnostics.render())\n\(text)")
    #expect(direct.output == reparsed.output)
  }

  @Test func builderErrorsAreDiagnosedNotCrashes() throws {
    let b = ModuleBuilder(triple: "x86_64-unknown-linux-gnu", sourceFilename: "bad.swift")
    let f = b.addFunction(name: "f", type: b.functionType(b.i32, [b.i64]), argNames: ["x"])
    f.positionAtEnd(f.appendBlock("entry"))
    f.ret(f.param(0))   // i64 returned from an i32 function
    let r = Pipeline.compile(b.finish(), options: CompileOptions())
    #expect(!r.succeeded)
    #expect(r.diagnostics.render().contains("error:"))
  }
}
