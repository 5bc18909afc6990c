// What one `kiln` command line asks for, and a fast path that reads the common command lines
// without swift-argument-parser.
//
// swift-argument-parser defines the CLI (help, version, every spelling, error messages), but it
// decodes arguments through reflection: on a small file it was a third of Kiln's instructions
// (~8M of 23M, mostly runtime type and conformance lookups), while clang-class start-up must stay
// around a millisecond. `FastArgs.parse` accepts only plain spellings of the flags below and
// returns nil for anything else (help, version, unknown flags, repeated options, attached values,
// values that look like flags), which then goes through ArgumentParser as before. The two paths
// fill the same `Invocation`; CLITests runs a set of command lines through both
// (KILN_SLOW_ARGS=1 forces ArgumentParser; KILN_PRINT_INVOCATION=1 prints the result) and
// requires identical results.

struct Invocation: Equatable {
  var inputs: [String] = []
  var output: String?
  var emit: String?
  var compileOnly = false
  var assemblyOnly = false
  var target: String?
  var threads: Int?          // nil: chosen by input size
  var verifySSA = false
  var timePasses = false
  var runProgram = false
  var noErrorLimit = false
  /// Which parser produced this ("fast" or "argument-parser"); not part of equality.
  var parsedBy = "fast"

  static func == (a: Invocation, b: Invocation) -> Bool { a.description == b.description }

  /// A stable one-line rendering (for KILN_PRINT_INVOCATION and the differential test).
  var description: String {
    "inputs=\(inputs) output=\(output ?? "nil") emit=\(emit ?? "nil") c=\(compileOnly) S=\(assemblyOnly) "
      + "target=\(target ?? "nil") threads=\(threads.map(String.init) ?? "auto") verify-ssa=\(verifySSA) time-passes=\(timePasses) "
      + "run=\(runProgram) error-limit-none=\(noErrorLimit)"
  }
}

enum FastArgs {
  /// The invocation for `args` (program arguments after `--` already removed), or nil when any
  /// argument is outside the plain forms this path knows.
  static func parse(_ args: [String]) -> Invocation? {
    var inv = Invocation()
    var seen: [String] = []   // a handful of keys (a Set<String> costs ~240k instructions to set up)
    var i = 0
    // The value after an option: present, and not itself flag-like (except "-", standard I/O).
    func value() -> String? {
      guard i + 1 < args.count else { return nil }
      let v = args[i + 1]
      if v.hasPrefix("-") && v != "-" { return nil }
      i += 1
      return v
    }
    while i < args.count {
      let a = args[i]
      if !a.hasPrefix("-") || a == "-" {
        inv.inputs.append(a)
        i += 1
        continue
      }
      var name = a
      var attached: String?
      if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
        name = String(a[..<eq])
        attached = String(a[a.index(after: eq)...])
        if attached!.isEmpty { return nil }
      }
      let key: String
      switch name {
      case "-o": key = "o"; guard attached == nil, let v = value() else { return nil }; inv.output = v
      case "--emit": key = "emit"; guard let v = attached ?? value() else { return nil }; inv.emit = v
      case "--target", "-target", "-mtriple":
        key = "target"; guard let v = attached ?? value() else { return nil }; inv.target = v
      case "-j", "--threads":
        key = "threads"
        guard let v = attached ?? value(), let n = Int(v) else { return nil }
        inv.threads = n
      case "-c": key = a; inv.compileOnly = true
      case "-S": key = a; inv.assemblyOnly = true
      case "--verify-ssa": key = a; inv.verifySSA = true
      case "--time-passes", "-ftime-report": key = "time-passes"; inv.timePasses = true
      case "--run": key = a; inv.runProgram = true
      case "--ferror-limit-none": key = a; inv.noErrorLimit = true
      default: return nil
      }
      // Flags that take no value must not carry one; nothing may be given twice.
      if attached != nil && !["emit", "target", "threads"].contains(key) { return nil }
      if seen.contains(key) { return nil }
      seen.append(key)
      i += 1
    }
    return inv.inputs.isEmpty ? nil : inv
  }
}
