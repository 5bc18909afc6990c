// The `kiln` command: flags in the style of clang/llc, mapped onto `KilnDriver.Pipeline`.
// Exit status: 0 on success, 1 when any input has errors (or on bad usage), as clang does.

import ArgumentParser
import Dispatch
import KilnDriver
import KilnSupport
import KilnSSA
import KilnSSAInterp
#if canImport(Glibc)
import Glibc
#endif

struct Kiln: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kiln",
    abstract: "Compile LLVM IR text (.ll) without LLVM.",
    discussion: """
      Kiln reads the LLVM IR that clang -O0 and language frontends emit, verifies it, lowers it \
      to Kiln's target-neutral SSA (x86_64, aarch64, wasm32) and, for x86_64, writes machine code.
      Examples:
        kiln prog.ll -o prog                   compile and link an executable (with cc and Kiln's runtime)
        kiln -c prog.ll -o prog.o              write an ELF object
        kiln -S prog.ll -o prog.s              write assembly
        kiln --emit=ssa prog.ll -o prog.ssa    print Kiln's SSA
        kiln --emit=none prog.ll               check input (parse, verify, lower); write nothing
        kiln --run prog.ll                     run it on the reference SSA interpreter
      """,
    version: "kiln 0.1.0")

  @Argument(help: "Input .ll files ('-' reads standard input).")
  var inputs: [String] = []

  @Option(name: .customShort("o"), help: ArgumentHelp("Write output to <file> ('-' for standard output).", valueName: "file"))
  var output: String?

  @Option(name: .customLong("emit"), help: ArgumentHelp("What to produce: exe (default), obj, asm, ssa, ir, none.", valueName: "kind"))
  var emit: String?

  @Flag(name: .customShort("c"), help: "Compile to an object file; do not link (--emit=obj).")
  var compileOnly = false

  @Flag(name: .customShort("S"), help: "Write assembly (--emit=asm).")
  var assemblyOnly = false

  @Option(name: [.customLong("target"), .customLong("target", withSingleDash: true), .customLong("mtriple", withSingleDash: true)],
          help: ArgumentHelp("Target triple: x86_64-linux-gnu, aarch64-linux-gnu or wasm32 (default: the input's triple, else the host).", valueName: "triple"))
  var target: String?

  @Option(name: [.customShort("j"), .customLong("threads")], help: "Worker threads for per-function stages (output is identical at any count; default: all CPUs for inputs of 256 KiB or more, else 1).")
  var threads: Int?

  @Flag(name: .customLong("verify-ssa"), help: "Run the SSA verifier after lowering (always on in debug builds).")
  var verifySSA = false

  @Flag(name: [.customLong("time-passes"), .customLong("ftime-report", withSingleDash: true)], help: "Print the wall and CPU time of each stage to standard error.")
  var timePasses = false

  @Flag(name: .customLong("run"), help: "Run the program on Kiln's reference SSA interpreter (like lli; for testing) and exit with its status. Arguments after '--' go to the program.")
  var runProgram = false

  @Flag(name: .customLong("ferror-limit-none"), help: "Report every error, not just the first 20.")
  var noErrorLimit = false

  mutating func run() throws {
    Invocation(inputs: inputs, output: output, emit: emit, compileOnly: compileOnly,
                       assemblyOnly: assemblyOnly, target: target, threads: threads, verifySSA: verifySSA,
                       timePasses: timePasses, runProgram: runProgram, noErrorLimit: noErrorLimit,
                       parsedBy: "argument-parser").execute()
  }
}

extension Invocation {
  /// Runs the compilation this invocation describes and exits the process.
  func execute() -> Never {
    if getenv("KILN_PRINT_INVOCATION") != nil {
      FileIO.writeStdout(Array("via=\(parsedBy) \(description)\n".utf8))
      exit(0)
    }
    guard !inputs.isEmpty else { fail("no input files") }
    var kind = EmitKind.exe
    if let e = emit {
      guard let k = EmitKind(rawValue: e) else {
        fail("invalid value '\(e)' for --emit (expected one of: \(EmitKind.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      kind = k
    }
    if compileOnly && assemblyOnly { fail("-c and -S cannot be used together") }
    if (compileOnly || assemblyOnly) && emit != nil { fail("--emit cannot be combined with -c or -S") }
    if compileOnly { kind = .obj }
    if assemblyOnly { kind = .asm }
    var options = CompileOptions()
    options.emit = kind
    options.timePasses = timePasses
    options.verifySSA = options.verifySSA || verifySSA
    if let t = target {
      guard let desc = TargetDesc.forTriple(t) else { fail("unknown target triple '\(t)' (Kiln targets x86_64, aarch64 and wasm32)") }
      options.target = desc
    }
    if runProgram {
      guard inputs.count == 1 else { fail("--run takes exactly one input file") }
      options.emit = .none
    }
    if output != nil && inputs.count > 1 && kind != .none && kind != .exe && !runProgram {
      fail("cannot specify -o when generating multiple output files")
    }

    var totalBytes = 0
    for input in inputs where input != "-" {
      var st = stat()
      if stat(input, &st) == 0 { totalBytes += Int(st.st_size) }
    }
    // Fresh memory touched per input byte (big.ll: ~2.8 for objects, ~1.9 for --emit=none, which
    // drops each function's SSA once lowered): how much of the heap to fault in ahead of use.
    let touchPerByte = options.emit == .none && !runProgram ? 2 : 3
    var hugeHeap = totalBytes >= 1 << 20 && getenv("KILN_NO_HUGE_PAGES") == nil
    var failed = false
    var objects: [[UInt8]] = []
    for input in inputs {
      let file: SourceFile
      do { file = try FileIO.readSource(input, displayPath: input == "-" ? "<stdin>" : input) } catch {
        FileIO.stderr("kiln: error: \(error.message)\n"); failed = true; continue
      }
      // Threads pay off only when there are many functions to share out; small files stay serial.
      options.threads = max(1, threads ?? (file.count >= 256 << 10 ? min(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 8) : 1))
      // The huge-page prefault starts after the first input is mapped and the worker threads
      // exist: while it populates a huge page it holds the address space's lock for reading, and
      // a `mmap` (the input's mapping, a new thread's stack) waits for it, up to the 5-7 ms of a
      // huge page the host took back.
      if hugeHeap {
        hugeHeap = false
        if options.threads > 1 { DispatchQueue.concurrentPerform(iterations: options.threads) { _ in } }
        HugeHeap.advise(expectedBytes: totalBytes * 6, touchBytes: totalBytes * touchPerByte)
      }
      // An object goes straight into its file (libelf writes it there), not through a byte copy.
      options.objectPath = kind == .obj && !runProgram ? output ?? defaultOutput(for: input, kind: kind) : nil
      options.keepUntilExit = !runProgram
      options.keepSSA = runProgram
      var result = Pipeline.compile(file, options: options)
      if noErrorLimit { result.diagnostics.limit = .max }
      let text = result.diagnostics.render()
      if !text.isEmpty { FileIO.stderr(text) }
      if let message = result.ioError { FileIO.stderr("kiln: error: \(message)\n"); failed = true; continue }
      guard result.succeeded, let out = result.output else { failed = true; continue }
      if result.writtenTo != nil { continue }
      if runProgram, let ssa = result.ssa {
        let r = SSAInterpreter.run(ssa, arguments: [input] + programArguments)
        FileIO.writeStdout(r.stdout)
        if let e = r.error { FileIO.stderr("kiln: error: program stopped: \(e)\n"); exitNow(70) }
        exitNow(r.exitCode)
      }
      if kind == .exe { objects.append(out); continue }
      if kind == .none && output == nil { continue }
      let path = output ?? defaultOutput(for: input, kind: kind)
      do { try FileIO.write(out, to: path) } catch {
        FileIO.stderr("kiln: error: \(error.message)\n"); failed = true
      }
    }
    if kind == .exe && !failed && !runProgram {
      let path = output ?? "a.out"
      if path == "-" { fail("cannot write an executable to standard output") }
      let arch = (options.target ?? Pipeline.hostTarget).arch.rawValue
      if let message = Linker.link(objects: objects, output: path, arch: arch) {
        FileIO.stderr("kiln: error: \(message)\n"); failed = true
      }
    }
    // Exit without tearing down the (large) module graphs: the OS frees the memory faster.
    exitNow(failed ? 1 : 0)
  }

  func exitNow(_ code: Int32) -> Never {
    exit(code)
  }

  func defaultOutput(for input: String, kind: EmitKind) -> String {
    if input == "-" { return "-" }
    let base = input.hasSuffix(".ll") ? String(input.dropLast(3)) : input
    let name = base.split(separator: "/").last.map(String.init) ?? base
    switch kind {
    case .ssa: return name + ".ssa"
    case .ir: return name + ".out.ll"
    case .none: return "/dev/null"
    case .asm: return name + ".s"
    case .obj: return name + ".o"
    case .exe: return "a.out"
    }
  }

  func fail(_ message: String) -> Never {
    FileIO.stderr("kiln: error: \(message)\n")
    exit(1)
  }
}

// Memory: Kiln's tables are large arrays that grow by doubling. Serve them from the heap (not fresh
// mmaps) and keep freed memory, so regrowth reuses pages already faulted in; page faults were a
// quarter of the run time on large inputs.
_ = HugeHeap.heapStart
_ = c_mallopt(-3 /* M_MMAP_THRESHOLD; 32 MiB is glibc's maximum */, 32 << 20)
_ = c_mallopt(-1 /* M_TRIM_THRESHOLD */, 1 << 30)
_ = c_mallopt(-2 /* M_TOP_PAD */, 64 << 20)
// Worker threads allocate from the main heap too. glibc would give each thread its own arena:
// fresh mmapped memory that misses the huge-page advice below and faulted in 4 KiB at a time
// (-j2 took 7,300 page faults on big.ll against 2,200 at -j1, ~25 ms of CPU). Small allocations
// still come from each thread's tcache without taking the heap's lock.
_ = c_mallopt(-8 /* M_ARENA_MAX */, 1)

@_silgen_name("mallopt") func c_mallopt(_ param: Int32, _ value: Int32) -> Int32

/// Large inputs: back the heap with transparent huge pages. Kiln touches ~3 bytes of fresh memory
/// per byte of IR; with 4 KiB pages a 16 MB file took ~17,600 page faults (about a sixth of the
/// front half's time), with 2 MiB pages a few hundred. The heap is grown once by the expected
/// size (address space only: pages are still allocated on first touch) and that range is advised
/// MADV_HUGEPAGE, as glibc's `glibc.malloc.hugetlb=1` tunable would do; a helper thread then
/// faults the huge pages in ahead of use and falls back to 4 KiB pages when huge ones are slow
/// (`prefault`). Where THP is off the advice fails and nothing changes. Small inputs skip this:
/// zeroing 2 MiB pages costs more than the faults it saves. KILN_NO_HUGE_PAGES=1 turns it off.
enum HugeHeap {
  /// The program break when `kiln` started: where the heap begins.
  static let heapStart = Int(bitPattern: sbrk(0))

  static func advise(expectedBytes: Int, touchBytes: Int) {
    let size = min(max(expectedBytes, 32 << 20), 1 << 30)
    let huge = 2 << 20
    // Grow the heap to `size` with allocations below the mmap threshold, then free them: the
    // memory stays in the heap (M_TRIM_THRESHOLD is 1 GiB) for the tables to reuse.
    var blocks: [UnsafeMutableRawPointer] = []
    while Int(bitPattern: sbrk(0)) - heapStart < size && blocks.count < 64 {
      guard let p = malloc(24 << 20) else { break }
      blocks.append(p)
    }
    for p in blocks { free(p) }
    let start = (heapStart + huge - 1) & ~(huge - 1)
    let end = Int(bitPattern: sbrk(0)) & ~(huge - 1)
    guard end > start, let base = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(base, end - start, 14 /* MADV_HUGEPAGE */)
    // Fault the huge pages in ahead of use (`prefault`), except those holding malloc's
    // bookkeeping from above: they are already there, in 4 KiB pages.
    var skip: [Int] = [start]
    for p in blocks { skip.append((Int(bitPattern: p) - 16) & ~(huge - 1)) }
    plan = Plan(start: start, end: end, limit: min(end, start + (touchBytes + huge - 1) & ~(huge - 1)), skip: skip)
    var thread = pthread_t()
    if pthread_create(&thread, nil, { _ in HugeHeap.prefault(); return nil }, nil) == 0 { pthread_detach(thread) } else { plan = nil }
  }

  struct Plan { var start: Int, end: Int, limit: Int, skip: [Int] }
  nonisolated(unsafe) static var plan: Plan? = nil

  /// Faults in the heap's huge pages from the bottom (where malloc hands out memory first) up to
  /// the expected footprint, one at a time, timed, on a helper thread (while the parser's serial
  /// first phase leaves a core idle). A huge page whose memory the kernel has just had back from
  /// another process costs ~0.1 ms to fault in; one whose memory went back to the hypervisor
  /// costs 5-7 ms (free page reporting: a Firecracker or virtio-balloon guest hands free 8 MiB
  /// blocks back after a few seconds, and the host must supply and zero them again), while 4 KiB
  /// pages cost ~1 ms per 2 MiB either way. So at the first slow huge page the rest of the heap
  /// switches to 4 KiB pages, and past the expected footprint it uses 4 KiB pages too (pages the
  /// estimate missed are faulted by the compiling threads, which must not meet a slow one).
  /// big.ll, `kiln -c`, medians: after a few idle seconds 126 ms against 170 ms with huge pages
  /// throughout, right after another run 107 against 109 ms, alternating with clang 90 against
  /// 115 ms (BENCHMARKS.md).
  /// KILN_HUGE_TRACE=1 prints the time each page took; KILN_HUGE_SLOW_US sets "slow" (2000).
  static func prefault() {
    guard let plan else { return }
    let huge = 2 << 20
    var p = plan.start, slow = false
    var microseconds: [UInt64] = []  // per page faulted
    while p + huge <= plan.limit {
      if !plan.skip.contains(p), let page = UnsafeMutableRawPointer(bitPattern: p) {
        let t0 = Timing.now()
        // (Linux < 5.14 has no MADV_POPULATE_WRITE: leave the advice as it is.)
        guard madvise(page, huge, 23 /* MADV_POPULATE_WRITE */) == 0 else { return }
        let dt = Timing.now() - t0
        microseconds.append(dt / 1000)
        if dt > slowNs { slow = true; p += huge; break }
      }
      p += huge
    }
    if p < plan.end, let rest = UnsafeMutableRawPointer(bitPattern: p) { _ = madvise(rest, plan.end - p, 15 /* MADV_NOHUGEPAGE */) }
    if getenv("KILN_HUGE_TRACE") != nil {
      FileIO.stderr("kiln: prefaulted \(microseconds.count) huge pages\(slow ? " (the last was slow: 4 KiB pages from there)" : ""), us: \(microseconds)\n")
    }
  }
  static let slowNs: UInt64 = { if let e = getenv("KILN_HUGE_SLOW_US"), let v = UInt64(String(cString: e)) { return v * 1000 }; return 2_000_000 }()
}

/// Where `CommandLine` gets argc/argv. The Swift runtime's own version of this hook (its
/// CommandLine.cpp) finds argv with a static constructor that runs in every process before `main`:
/// it reads /proc/self/maps with fopen, fgets and ~25 sscanf calls (15-50 µs of a ~2 ms compile).
/// Defining the hook here keeps that object out of the static link. On Linux the initial stack
/// holds argc, the argv pointers and a NULL just below the array `environ` points to (System V
/// ABI), so argv is found by walking down from `environ`; if that layout is not there (environ
/// replaced by setenv, an unusual loader) the arguments come from /proc/self/cmdline instead.
@_silgen_name("_swift_stdlib_getUnsafeArgvArgc")
func kilnUnsafeArgvArgc(_ count: UnsafeMutablePointer<Int32>) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
  var marker = 0
  let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
  let envOrNil: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
  if let env = envOrNil, UInt(bitPattern: env) > here, UInt(bitPattern: env) - here < 1 << 30, env[-1] == nil {
    // Below the argv terminator: argv[argc-1] ... argv[0] (pointers into the strings above
    // `environ`), then argc itself, the first word smaller than `environ`.
    let envAddr = UInt(bitPattern: env)
    var p = env - 1
    var n = 0
    while n < 1 << 20 {
      p -= 1
      let word = UInt(bitPattern: p.pointee)
      if word < envAddr {
        if word == UInt(n) { count.pointee = Int32(n); return p + 1 }
        break
      }
      n += 1
    }
  }
  // Fallback: the NUL-separated arguments from the kernel, copied into a malloc'd argv.
  var bytes: [UInt8] = []
  let fd = open("/proc/self/cmdline", O_RDONLY)
  if fd >= 0 {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if got <= 0 { break }
      bytes.append(contentsOf: chunk[0..<got])
    }
    close(fd)
  }
  let args = bytes.split(separator: 0, omittingEmptySubsequences: false).dropLast(bytes.last == 0 ? 1 : 0)
  let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: args.count + 1)
  for (i, a) in args.enumerated() {
    let s = UnsafeMutablePointer<CChar>.allocate(capacity: a.count + 1)
    for (j, b) in a.enumerated() { s[j] = CChar(bitPattern: b) }
    s[a.count] = 0
    argv[i] = s
  }
  argv[args.count] = nil
  count.pointee = Int32(args.count)
  return argv
}

// Arguments after `--` belong to the program run by `--run`.
let allArguments = Array(CommandLine.arguments.dropFirst())
let dashDash = allArguments.firstIndex(of: "--")
let programArguments = dashDash.map { Array(allArguments[($0 + 1)...]) } ?? []

/// `-j4` (value attached, as make and ninja spell it) becomes `-j 4`; ArgumentParser would read
/// the attached digits as a value it cannot parse.
func splitAttachedJobs(_ args: [String]) -> [String] {
  var out: [String] = []
  out.reserveCapacity(args.count + 1)
  for a in args {
    let u = a.utf8
    if u.count > 2 && a.hasPrefix("-j") && u.dropFirst(2).allSatisfy({ $0 >= 48 && $0 <= 57 }) {
      out.append("-j"); out.append(String(a.dropFirst(2)))
    } else {
      out.append(a)
    }
  }
  return out
}

let kilnArguments = splitAttachedJobs(dashDash.map { Array(allArguments[..<$0]) } ?? allArguments)

// Plain command lines skip ArgumentParser's reflection-based decoding (see Invocation.swift).
if getenv("KILN_SLOW_ARGS") == nil, let invocation = FastArgs.parse(kilnArguments) {
  invocation.execute()
}

// Usage errors exit with 1 (like clang), not ArgumentParser's 64.
do {
  var command = try Kiln.parseAsRoot(kilnArguments)
  try command.run()
} catch {
  let code = Kiln.exitCode(for: error)
  if code == .success {
    Kiln.exit(withError: error)
  }
  if error is ExitCode { Kiln.exit(withError: error) }
  FileIO.stderr("kiln: error: \(Kiln.message(for: error))\n")
  Kiln.exit(withError: ExitCode(1))
}
