// Helpers for the ELF writer tests: finding external tools (tests that need one are disabled
// visibly via `.enabled(if:)` when it is absent), running them with captured output, scratch
// directories, and a tiny hand-assembly buffer that records neutral relocations at the current
// offset. Nothing here encodes instructions: the tests spell out every byte themselves.
import Foundation
import KilnMachineCode

enum ELFTools {
  /// Absolute path of `name` on $PATH, or nil.
  static func find(_ name: String) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for dir in path.split(separator: ":") {
      let candidate = "\(dir)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
  static func has(_ names: String...) -> Bool { names.allSatisfy { find($0) != nil } }

  /// The AArch64 sysroot qemu-user needs for the dynamic loader and libc.
  static let aarch64Sysroot = "/usr/aarch64-linux-gnu"
  static var hasAArch64Toolchain: Bool {
    has("aarch64-linux-gnu-gcc", "qemu-aarch64")
      && FileManager.default.fileExists(atPath: aarch64Sysroot + "/lib/ld-linux-aarch64.so.1")
  }
}

struct ToolResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum ELFRun {
  /// Runs `tool` (looked up on $PATH) with `args`; output is captured through files so a chatty
  /// tool can never block on a full pipe.
  static func run(_ tool: String, _ args: [String], in dir: URL) throws -> ToolResult {
    guard let exe = ELFTools.find(tool) else { throw CocoaError(.fileNoSuchFile) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    p.currentDirectoryURL = dir
    let id = UUID().uuidString
    let outURL = dir.appendingPathComponent("stdout-\(id)"), errURL = dir.appendingPathComponent("stderr-\(id)")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    p.standardOutput = out
    p.standardError = err
    try p.run()
    p.waitUntilExit()
    try out.close(); try err.close()
    let o = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    let e = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    try? FileManager.default.removeItem(at: outURL)
    try? FileManager.default.removeItem(at: errURL)
    return ToolResult(status: p.terminationStatus, stdout: o, stderr: e)
  }

  /// A fresh scratch directory; the caller removes it.
  static func scratchDir() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-elf-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func writeFile(_ bytes: [UInt8], _ url: URL) throws {
    try Data(bytes).write(to: url)
  }
}

/// Bytes of one section under construction plus the neutral relocations against them.
struct HandAsm {
  var bytes: [UInt8] = []
  var relocations: [Relocation] = []
  var here: UInt64 { UInt64(bytes.count) }

  mutating func emit(_ b: UInt8...) { bytes.append(contentsOf: b) }
  /// A zero field of `kind.width` bytes at the current offset, relocated against `sym`.
  mutating func field(_ kind: RelocKind, _ sym: ObjSymbolID, addend: Int64) {
    relocations.append(Relocation(offset: here, kind: kind, symbol: sym, addend: addend))
    bytes.append(contentsOf: [UInt8](repeating: 0, count: kind == .abs64 ? 8 : 4))
  }
  /// A 32-bit little-endian AArch64 instruction word, optionally relocated.
  mutating func word(_ w: UInt32, _ kind: RelocKind? = nil, _ sym: ObjSymbolID? = nil, addend: Int64 = 0) {
    if let kind, let sym { relocations.append(Relocation(offset: here, kind: kind, symbol: sym, addend: addend)) }
    bytes.append(contentsOf: [UInt8(w & 0xFF), UInt8(w >> 8 & 0xFF), UInt8(w >> 16 & 0xFF), UInt8(w >> 24)])
  }
  mutating func int32(_ v: Int32) {
    let u = UInt32(bitPattern: v)
    bytes.append(contentsOf: [UInt8(u & 0xFF), UInt8(u >> 8 & 0xFF), UInt8(u >> 16 & 0xFF), UInt8(u >> 24)])
  }
  mutating func cString(_ s: String) { bytes.append(contentsOf: Array(s.utf8) + [0]) }
}

/// The parts of `readelf -aW` the tests check.
struct ReadelfReport {
  struct Section { var index: Int; var name: String; var type: String; var size: UInt64; var entsize: UInt64
                   var flags: String; var link: Int; var info: Int; var align: UInt64 }
  struct Symbol { var index: Int; var value: UInt64; var size: UInt64; var type: String; var bind: String
                  var vis: String; var ndx: String; var name: String }
  struct Reloc { var offset: UInt64; var type: String; var target: String }

  var sections: [Section] = []
  var symbols: [Symbol] = []
  /// Relocation section name → entries.
  var relocations: [String: [Reloc]] = [:]
  var header: [String: String] = [:]

  init(_ text: String) {
    var mode = ""
    var currentRela = ""
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("ELF Header:") { mode = "header"; continue }
      if line.hasPrefix("Section Headers:") { mode = "sections"; continue }
      if line.hasPrefix("Symbol table '.symtab'") { mode = "symbols"; continue }
      if line.hasPrefix("Relocation section '") {
        mode = "rela"
        currentRela = String(line.dropFirst("Relocation section '".count).prefix { $0 != "'" })
        relocations[currentRela] = []
        continue
      }
      if trimmed.isEmpty { if mode != "header" { mode = "" }; continue }
      switch mode {
      case "header":
        if let colon = trimmed.firstIndex(of: ":") {
          header[String(trimmed[..<colon])] = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        } else { mode = "" }
      case "sections":
        guard trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"),
              let idx = Int(trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(in: .whitespaces))
        else { continue }
        let t = trimmed[trimmed.index(after: close)...].split(separator: " ").map(String.init)
        // name type addr off size es [flg] lk inf al
        guard t.count == 9 || t.count == 10 else { continue }
        let hasFlags = t.count == 10
        sections.append(Section(index: idx, name: t[0], type: t[1], size: UInt64(t[4], radix: 16) ?? 0,
                                entsize: UInt64(t[5], radix: 16) ?? 0, flags: hasFlags ? t[6] : "",
                                link: Int(t[hasFlags ? 7 : 6]) ?? -1, info: Int(t[hasFlags ? 8 : 7]) ?? -1,
                                align: UInt64(t[hasFlags ? 9 : 8]) ?? 0))
      case "symbols":
        let t = trimmed.split(separator: " ").map(String.init)
        guard t.count >= 7, t[0].hasSuffix(":"), let idx = Int(t[0].dropLast()) else { continue }
        symbols.append(Symbol(index: idx, value: UInt64(t[1], radix: 16) ?? 0, size: UInt64(t[2]) ?? 0,
                              type: t[3], bind: t[4], vis: t[5], ndx: t[6], name: t.count > 7 ? t[7] : ""))
      case "rela":
        let t = trimmed.split(separator: " ").map(String.init)
        guard t.count >= 3, let off = UInt64(t[0], radix: 16) else { continue }
        relocations[currentRela, default: []].append(
          Reloc(offset: off, type: t[2], target: t.count > 4 ? t[4...].joined(separator: " ") : ""))
      default: break
      }
    }
  }

  func section(_ name: String) -> Section? { sections.first { $0.name == name } }
  func symbol(_ name: String) -> Symbol? { symbols.first { $0.name == name } }
}
