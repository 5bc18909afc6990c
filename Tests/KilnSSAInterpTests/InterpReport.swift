// Opt-in report (KILN_INTERP_REPORT=1): runs every corpus and csmith program serially and prints a
// table (target, program, result, SSA instructions executed, time, instructions/s) plus totals.
// Used to measure interpreter speed in release builds:
//   KILN_INTERP_REPORT=1 swift test -c release --filter InterpReport
// KILN_INTERP_SHOW=substring also prints the transcript of matching programs.
// Without KILN_INTERP_REPORT the test returns immediately.

import Foundation
import Testing
import KilnSSA
import KilnSSAInterp

@Suite struct InterpReport {
  @Test func report() {
    guard ProcessInfo.processInfo.environment["KILN_INTERP_REPORT"] == "1" else { return }
    var lines: [String] = []
    var totalSteps = 0
    var totalTime = 0.0
    var tally: [String: (pass: Int, fail: Int)] = [:]
    func one(_ dir: URL, _ rel: String, _ expectedDir: URL) {
      let parts = rel.split(separator: "/")
      let t = InterpHarness.target(String(parts[0]))
      let (m, diags) = InterpHarness.lower(dir.appendingPathComponent(rel), target: t)
      guard let m else { lines.append("\(rel)\tNO-LOWER\t\(diags.prefix(120))"); return }
      let start = DispatchTime.now().uptimeNanoseconds
      let r = SSAInterpreter.run(m, stepLimit: 2_000_000_000)
      let secs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      totalSteps += r.steps; totalTime += secs
      let exp = try? String(contentsOf: expectedDir.appendingPathComponent(InterpHarness.baseName(String(parts[1])) + ".out"), encoding: .utf8)
      let status = r.error != nil ? "ERROR \(r.error!.prefix(100))" : (r.transcript == exp ? "ok" : "DIFF")
      if let show = ProcessInfo.processInfo.environment["KILN_INTERP_SHOW"], rel.contains(show) {
        print("==== \(rel)\n\(r.transcript)\(r.error ?? "")")
      }
      let key = "\(parts[0])\(dir == InterpHarness.csmith ? " csmith" : "")"
      if status == "ok" { tally[key, default: (0, 0)].pass += 1 } else { tally[key, default: (0, 0)].fail += 1 }
      lines.append(String(format: "%@\t%@\t%d\t%.3fs\t%.1fM/s", rel, status, r.steps, secs, Double(r.steps) / max(secs, 1e-9) / 1e6))
    }
    for rel in InterpHarness.corpusCases() { one(InterpHarness.corpus, rel, InterpHarness.corpus.appendingPathComponent("expected")) }
    for rel in InterpHarness.csmithCases() { one(InterpHarness.csmith, rel, InterpHarness.csmith.appendingPathComponent("expected")) }
    print(lines.joined(separator: "\n"))
    for (k, v) in tally.sorted(by: { $0.key < $1.key }) { print("\(k): \(v.pass) ok, \(v.fail) not ok") }
    print(String(format: "TOTAL %d instructions in %.2fs = %.1fM instructions/s", totalSteps, totalTime, Double(totalSteps) / max(totalTime, 1e-9) / 1e6))
  }
}
