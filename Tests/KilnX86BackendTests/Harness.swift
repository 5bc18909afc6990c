// Shared harness for the x86_64 backend's end-to-end tests: parse → verify → lower (x86_64) →
// X86Backend.compile → ELFWriter.write → link with `cc` (+ libm, + Kiln's runtime library when the
// program calls `__kiln_*` helpers) → run → compare stdout + "exit: N" with the expected file.
// Tests skip (visibly, via a recorded message) when `cc` is not installed.

import Foundation
import KilnIR
import KilnIRParser
import KilnMachineCode
import KilnObjectELF
import KilnSSA
import KilnSupport
import KilnX86_64

enum X86Harness {
  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }
  static var corpus: URL { root.appendingPathComponent("Tests/corpus") }
  static var csmith: URL {
    if let d = ProcessInfo.processInfo.environment["KILN_CSMITH_DIR"], !d.isEmpty { return URL(fileURLWithPath: d) }
    return root.appendingPathComponent("out/csmith")
  }
  static var runtimeLib: URL { root.appendingPathComponent("runtime/build/x86_64/libkiln_rt.a") }

  static let cc: String? = {
    for p in ["/usr/bin/cc", "/usr/local/bin/cc", "/usr/bin/gcc"] where FileManager.default.isExecutableFile(atPath: p) { return p }
    return nil
  }()

  static func files(_ dir: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".ll") }.sorted()
  }

  static func baseName(_ file: String) -> String {
    var n = String(file.dropLast(3))
    if n.hasSuffix(".g") { n = String(n.dropLast(2)) }
    return n
  }

  static func lower(_ path: URL) -> (SModule?, String) {
    guard let text = try? String(contentsOf: path, encoding: .utf8) else { return (nil, "cannot read \(path.path)") }
    let file = SourceFile(path: path.path, text: text)
    var d = Diagnostics(file: file)
    guard let m = IRParser.parse(file, diagnostics: &d) else { return (nil, d.render()) }
    guard IRVerifier.verify(m, diagnostics: &d) else { return (nil, d.render()) }
    let s = Lowering.lower(m, target: .x86_64, diagnostics: &d)
    return (s, d.render())
  }

  @discardableResult
  static func run(_ exe: String, _ args: [String], timeout: Double = 20) -> (Int32, String, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    let outURL = tmp.appendingPathComponent("out.\(UUID().uuidString)"), errURL = tmp.appendingPathComponent("err.\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
    guard let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL) else { return (-1, "", "cannot create output files") }
    p.standardOutput = out
    p.standardError = err
    do { try p.run() } catch { return (-1, "", "cannot run \(exe): \(error)") }
    let deadline = Date().addingTimeInterval(timeout)
    while p.isRunning && Date() < deadline { usleep(2000) }
    if p.isRunning { p.terminate(); usleep(100_000); if p.isRunning { kill(p.processIdentifier, SIGKILL) } }
    p.waitUntilExit()
    try? out.close(); try? err.close()
    let outData = (try? Data(contentsOf: outURL)) ?? Data(), errData = (try? Data(contentsOf: errURL)) ?? Data()
    let status = p.terminationReason == .uncaughtSignal ? 128 + p.terminationStatus : p.terminationStatus
    return (status, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
  }

  static let tmp: URL = {
    let u = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("kiln-x86be-\(getpid())")
    try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
  }()

  /// Compiles, links and runs one program; nil on success, else a description.
  static func check(_ path: URL, expected: URL, threads: Int = 1) -> String? {
    guard let cc else { return "skipped: cc not found" }
    let (m0, diags) = lower(path)
    guard let m = m0 else { return "lowering failed: \(diags)" }
    let obj: ObjectFile
    do { obj = try X86Backend.compile(m, threads: threads) } catch { return "backend: \(error)" }
    let bytes: [UInt8]
    do { bytes = try ELFWriter.write(obj) } catch { return "elf: \(error)" }
    let name = path.deletingPathExtension().lastPathComponent
    let o = tmp.appendingPathComponent(name + ".o"), exe = tmp.appendingPathComponent(name)
    do { try Data(bytes).write(to: o) } catch { return "cannot write \(o.path)" }
    var args = [o.path, "-o", exe.path]
    if m.symbols.contains(where: { $0.name.hasPrefix("__kiln_") }) { args.append(runtimeLib.path) }
    args.append("-lm")
    let (st, _, lerr) = run(cc, args)
    if st != 0 { return "link failed: \(lerr.prefix(2000))" }
    let (code, out, _) = run(exe.path, [])
    let got = out + "exit: \(code)\n"
    guard let want = try? String(contentsOf: expected, encoding: .utf8) else { return "no expected output \(expected.path)" }
    if got != want {
      let gl = got.split(separator: "\n", omittingEmptySubsequences: false), wl = want.split(separator: "\n", omittingEmptySubsequences: false)
      var first = 0
      while first < min(gl.count, wl.count) && gl[first] == wl[first] { first += 1 }
      let g = first < gl.count ? String(gl[first]) : "<eof>", w = first < wl.count ? String(wl[first]) : "<eof>"
      return "output differs at line \(first + 1): got '\(g.prefix(200))', want '\(w.prefix(200))'"
    }
    return nil
  }
}
