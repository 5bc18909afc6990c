// Shared helpers for the driver tests: where the repository and the built `kiln` live, and a
// way to run the `kiln` executable and capture what it does.

import Foundation
import Dispatch
import KilnDriver
import KilnSupport

enum Repo {
  /// The repository root (this file is Tests/KilnDriverTests/Support.swift).
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ rel: String) -> String { root.appendingPathComponent(rel).path }

  /// `.ll` files directly inside a repository directory, sorted.
  static func llFiles(in rel: String) -> [String] {
    let dir = path(rel)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix(".ll") }.sorted().map { dir + "/" + $0 }
  }

  /// The `kiln` executable built alongside this test bundle.
  static var kiln: String {
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for dir in [bundleDir, bundleDir.deletingLastPathComponent()] {
      let p = dir.appendingPathComponent("kiln").path
      if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    // `swift test` runs the bundle from .build/<triple>/debug; fall back to .build/debug.
    return path(".build/debug/kiln")
  }

  /// Finds an external tool on PATH (or the toolchain's clang), nil when absent.
  static func tool(_ name: String) -> String? {
    let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
      + ["/opt/swift/usr/bin", "/usr/bin", "/usr/local/bin"]
    for d in dirs where FileManager.default.isExecutableFile(atPath: d + "/" + name) { return d + "/" + name }
    return nil
  }
}

struct RunResult {
  var status: Int32; var stdout: String; var stderr: String
  /// True when the program was killed for running longer than its time limit.
  var timedOut = false
}

/// Runs a program to completion and captures its output. A program still running after
/// `timeout` seconds is killed with SIGKILL (`timeout(1)` can't be used: test-runner threads
/// block SIGALRM/SIGTERM and spawned processes inherit that mask).
func run(_ exe: String, _ args: [String], cwd: String? = nil, env: [String: String] = [:],
         timeout: Double = 120) throws -> RunResult {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: exe)
  p.arguments = args
  if !env.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 } }
  if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
  let out = Pipe(), err = Pipe()
  p.standardOutput = out; p.standardError = err
  try p.run()
  let pid = p.processIdentifier
  let killed = KilledFlag()
  DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
    if p.isRunning { killed.set(); kill(pid, SIGKILL) }
  }
  // Read both pipes concurrently-enough: drain stdout then stderr after exit (outputs are small).
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return RunResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                   stderr: String(decoding: e, as: UTF8.self), timedOut: killed.value)
}

final class KilledFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false
  func set() { lock.lock(); flag = true; lock.unlock() }
  var value: Bool { lock.lock(); defer { lock.unlock() }; return flag }
}

/// Compiles a file in-process through the whole pipeline.
func compileFile(_ path: String, displayName: String? = nil, options: CompileOptions) throws -> CompileResult {
  let bytes = try FileIO.read(path)
  let file = SourceFile(path: displayName ?? path, bytes: bytes)
  return Pipeline.compile(file, options: options)
}

func tempDir() -> String {
  let d = NSTemporaryDirectory() + "kiln-test-\(UUID().uuidString)"
  try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
  return d
}
