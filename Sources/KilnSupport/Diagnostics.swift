// Diagnostics as data: a source file, byte-offset locations, and an engine that collects errors
// (up to a limit) and renders them as `file:line:col: error: message`, the source line, and a caret.
// Every stage reports through this; nothing prints or exits on its own.

/// A source buffer. Locations elsewhere in Kiln are byte offsets into the text (`SourceLoc`).
/// The text is either an array (`init(path:bytes:)`) or a read-only mapping of the file
/// (`init(path:mapping:count:)`, made by the driver's `FileIO.readSource`: mapping a file costs
/// about a tenth of reading it, whose copy lands in fresh pages the kernel must zero first).
public final class SourceFile: @unchecked Sendable {
  public let path: String
  private let array: [UInt8]
  /// The mapped region (the text, then zero pages), unmapped when the file goes away.
  private let mapping: UnsafeMutableRawBufferPointer?
  /// The text's length in bytes.
  public let count: Int
  private var lineStarts: [Int] = []

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.array = bytes
    self.mapping = nil
    self.count = bytes.count
  }

  public convenience init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// A file mapped at `mapping.baseAddress`: `count` bytes of text followed by at least
  /// `nulPadding` zero bytes; the source file owns the mapping and unmaps it in `deinit`.
  public init(path: String, mapping: UnsafeMutableRawBufferPointer, count: Int) {
    precondition(mapping.count >= count + SourceFile.nulPadding)
    self.path = path
    self.array = []
    self.mapping = mapping
    self.count = count
  }

  deinit {
    if let m = mapping, let b = m.baseAddress { _ = SourceFile.unmap(b, m.count) }
  }
  @_silgen_name("munmap") private static func unmap(_ addr: UnsafeMutableRawPointer, _ len: Int) -> Int32

  /// The text as an array (a copy when the file is mapped: for tests and tools, not hot paths).
  public var bytes: [UInt8] { mapping == nil ? array : withBytes { Array($0) } }

  /// Calls `body` with the text.
  public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    if let m = mapping {
      return try body(UnsafeBufferPointer(start: m.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
    }
    return try array.withUnsafeBufferPointer(body)
  }

  /// How many NUL bytes the lexer needs after the text.
  @inlinable public static var nulPadding: Int { 16 }

  /// Calls `body` with the start of the text when `nulPadding` zero bytes follow it (a mapped
  /// file, or an array with them in its spare capacity), so a lexer can read the text in
  /// place; with nil when they do not (the caller then makes a padded copy).
  public func withNULPadding<R>(_ body: (UnsafePointer<UInt8>?) throws -> R) rethrows -> R {
    if let m = mapping { return try body(m.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
    return try array.withUnsafeBufferPointer { b in
      guard let p = b.baseAddress, array.capacity >= b.count + SourceFile.nulPadding else { return try body(nil) }
      for k in 0..<SourceFile.nulPadding where p[b.count + k] != 0 { return try body(nil) }
      return try body(p)
    }
  }

  private func computeLineStarts() {
    if !lineStarts.isEmpty { return }
    lineStarts.reserveCapacity(count / 24 + 1)
    lineStarts.append(0)
    withBytes { buf in
      for i in 0..<buf.count where buf[i] == 10 { lineStarts.append(i + 1) }
    }
  }

  /// 1-based line and column (column counts bytes) of a byte offset.
  public func lineColumn(of offset: Int) -> (line: Int, column: Int) {
    computeLineStarts()
    let off = max(0, min(offset, count))
    var lo = 0, hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= off { lo = mid } else { hi = mid - 1 }
    }
    return (lo + 1, off - lineStarts[lo] + 1)
  }

  /// The text of a 1-based line, without its newline.
  public func lineText(_ line: Int) -> String {
    computeLineStarts()
    guard line >= 1 && line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    return withBytes { bytes in
      var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
      if end > start && end <= bytes.count && end - 1 >= start && bytes[end - 1] == 13 { end -= 1 }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]), as: UTF8.self)
    }
  }
}

/// A byte offset into the module's source file; `.none` for IR built in memory.
public struct SourceLoc: Hashable, Sendable {
  public var offset: UInt32
  public init(_ offset: Int) { self.offset = UInt32(truncatingIfNeeded: offset) }
  public init(raw: UInt32) { self.offset = raw }
  public static let none = SourceLoc(raw: .max)
  public var isNone: Bool { offset == .max }
}

public enum Severity: Sendable { case error, warning, note }

public struct Diagnostic: Sendable, Equatable {
  public var severity: Severity
  public var loc: SourceLoc
  public var message: String
  public init(_ severity: Severity, _ loc: SourceLoc, _ message: String) {
    self.severity = severity; self.loc = loc; self.message = message
  }
}

/// Collects diagnostics for one source. Stops recording after `limit` errors (and notes that).
public struct Diagnostics: Sendable {
  public let file: SourceFile?
  public private(set) var items: [Diagnostic] = []
  public private(set) var errorCount = 0
  public var limit: Int
  public init(file: SourceFile?, limit: Int = 20) { self.file = file; self.limit = limit }

  public var hasErrors: Bool { errorCount > 0 }
  public var isFull: Bool { errorCount >= limit }

  /// Records an error. The same message at the same place is recorded once, and a message
  /// without a location is dropped when the same message is (or later gets) a location, so a
  /// problem found by several stages or for several uses reads as one error.
  public mutating func error(_ loc: SourceLoc, _ message: String) {
    for (i, d) in items.enumerated() where d.severity == .error && d.message == message {
      if d.loc == loc || loc.isNone { return }
      if d.loc.isNone { items[i].loc = loc; return }
    }
    errorCount += 1
    if errorCount <= limit { items.append(Diagnostic(.error, loc, message)) }
  }
  public mutating func warning(_ loc: SourceLoc, _ message: String) {
    items.append(Diagnostic(.warning, loc, message))
  }
  public mutating func append(contentsOf other: Diagnostics) {
    for d in other.items {
      if d.severity == .error { error(d.loc, d.message) } else { items.append(d) }
    }
  }

  /// Renders every diagnostic: `path:line:col: error: message`, the source line, a caret.
  public func render() -> String {
    var out = ""
    for d in items { out += Diagnostics.render(d, file: file) }
    if errorCount > limit { out += "kiln: error: too many errors emitted (\(errorCount)), stopping now\n" }
    return out
  }

  public static func render(_ d: Diagnostic, file: SourceFile?) -> String {
    let sev: String
    switch d.severity { case .error: sev = "error"; case .warning: sev = "warning"; case .note: sev = "note" }
    guard let file, !d.loc.isNone else {
      let prefix = file.map { "\($0.path): " } ?? "kiln: "
      return "\(prefix)\(sev): \(d.message)\n"
    }
    let (line, col) = file.lineColumn(of: Int(d.loc.offset))
    let text = file.lineText(line)
    // Keep tabs in the caret line so the caret lines up under the source.
    var caret = ""
    var i = 0
    for b in text.utf8 {
      if i >= col - 1 { break }
      caret.append(b == 9 ? "\t" : " ")
      i += 1
    }
    return "\(file.path):\(line):\(col): \(sev): \(d.message)\n\(text)\n\(caret)^\n"
  }
}

/// An error that carries rendered-ready diagnostics; thrown by stages that stop at the first batch.
public struct DiagnosticError: Error, Sendable {
  public var diagnostics: Diagnostics
  public init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }
}
