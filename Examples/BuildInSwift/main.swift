// Example: a language frontend building a program in memory with KilnIR's builder API (no IR
// text), then verifying it. The program: a recursive factorial, a loop summing a global array
// (with a phi-based induction variable), and `main` printing both with printf.
// The driver pipeline then takes the module straight through verification and lowering, exactly
// as it would a parsed .ll file. Run: swift run kiln-build-example

import KilnIR
import KilnSupport
import KilnDriver
#if canImport(Glibc)
import Glibc
#endif

let b = ModuleBuilder(triple: "x86_64-unknown-linux-gnu", sourceFilename: "example.swift")

// declare i32 @printf(ptr, ...)
let printf = b.declareFunction(name: "printf", type: b.functionType(b.i32, [b.ptr], varArg: true))

// @numbers = internal constant [5 x i32] [i32 3, i32 1, i32 4, i32 1, i32 5]
let numbersType = b.arrayType(b.i32, 5)
let numbers = b.addGlobal(name: "numbers", type: numbersType,
                          initializer: b.constArray(b.i32, [3, 1, 4, 1, 5].map { b.constInt(b.i32, Int64($0)) }),
                          linkage: .internal, isConstant: true, align: 4)
let format = b.constString("fact(10) = %d, sum = %d\n")
let fmt = b.addGlobal(name: ".str", type: b.typeOf(format), initializer: format, linkage: .private,
                      isConstant: true, align: 1)

// define i32 @fact(i32 %n): n <= 1 ? 1 : n * fact(n - 1)
let fact = b.addFunction(name: "fact", type: b.functionType(b.i32, [b.i32]), argNames: ["n"])
do {
  let f = fact
  let entry = f.appendBlock("entry")
  let base = f.appendBlock("base")
  let recurse = f.appendBlock("recurse")
  f.positionAtEnd(entry)
  let small = f.icmp(.sle, f.param(0), b.constInt(b.i32, 1), name: "small")
  f.condBr(small, base, recurse)
  // Fill the blocks in any order.
  f.positionAtEnd(recurse)
  let nm1 = f.sub(f.param(0), b.constInt(b.i32, 1), name: "nm1", nsw: true)
  let r = f.call(fact.value, [nm1], name: "r")
  f.ret(f.mul(f.param(0), r, name: "prod", nsw: true))
  f.positionAtEnd(base)
  f.ret(b.constInt(b.i32, 1))
}

// define i32 @sum(ptr %a, i32 %n): a loop with phis.
let sum = b.addFunction(name: "sum", type: b.functionType(b.i32, [b.ptr, b.i32]), argNames: ["a", "n"])
do {
  let f = sum
  let entry = f.appendBlock("entry")
  let loop = f.appendBlock("loop")
  let done = f.appendBlock("done")
  f.positionAtEnd(entry)
  f.br(loop)
  f.positionAtEnd(loop)
  let i = f.phi(b.i32, [(b.constInt(b.i32, 0), entry)], name: "i")
  let acc = f.phi(b.i32, [(b.constInt(b.i32, 0), entry)], name: "acc")
  let idx = f.sext(i, to: b.i64, name: "idx")
  let p = f.gep(b.i32, f.param(0), [idx], name: "p")
  let x = f.load(b.i32, p, align: 4, name: "x")
  let acc2 = f.add(acc, x, name: "acc.next", nsw: true)
  let i2 = f.add(i, b.constInt(b.i32, 1), name: "i.next", nsw: true)
  f.addIncoming(i, i2, from: loop)
  f.addIncoming(acc, acc2, from: loop)
  let more = f.icmp(.slt, i2, f.param(1), name: "more")
  f.condBr(more, loop, done)
  f.positionAtEnd(done)
  f.ret(acc2)
}

// define i32 @main()
let main = b.addFunction(name: "main", type: b.functionType(b.i32, []))
do {
  let f = main
  f.positionAtEnd(f.appendBlock("entry"))
  let fv = f.call(fact.value, [b.constInt(b.i32, 10)], name: "f")
  let first = f.gep(numbersType, numbers, [b.constInt(b.i64, 0), b.constInt(b.i64, 0)], name: "first")
  let s = f.call(sum.value, [first, b.constInt(b.i32, 5)], name: "s")
  f.call(printf, [fmt, fv, s], name: "")
  f.ret(b.constInt(b.i32, 0))
}

let module = b.finish()

// Print the module as IR text, then hand it to the same pipeline `kiln` runs on .ll files.
print(printModule(module))
var options = CompileOptions()
options.emit = .ssa
options.verifySSA = true
let result = Pipeline.compile(module, options: options)
FileIO.stderr(result.diagnostics.render())
guard result.succeeded, let ssa = result.output else { exit(1) }
print(String(decoding: ssa, as: UTF8.self))
