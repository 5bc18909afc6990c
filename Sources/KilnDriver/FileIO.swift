// Reading inputs and writing outputs without Foundation (keeps `kiln` start-up near a millisecond).
// Outputs are written to a temporary file next to the destination and renamed into place, so a
// failed or interrupted compilation never leaves a partial file behind.

import KilnSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public enum FileIO {
  public struct IOError: Error, Sendable { public var message: String }

  private static func errnoText() -> String { String(cString: strerror(errno)) }

  /// Files from this size on are mapped rather than read (as LLVM's MemoryBuffer does from 16 KiB;
  /// mapping has a fixed cost that small files do not repay).
  static let mapMinBytes = 64 << 10

  /// A source file: large regular files are mapped read-only, everything else is read
  /// (`read(_:)`). Reading copies the text into fresh pages the kernel must zero first, which
  /// on big.ll (16 MB) costs ~11 ms of CPU against ~2 ms for mapping it. A file truncated by
  /// another process while Kiln reads it ends the process with SIGBUS, as it does clang's.
  public static func readSource(_ path: String, displayPath: String) throws(IOError) -> SourceFile {
    if path != "-", let mapped = map(path, displayPath: displayPath) { return mapped }
    return SourceFile(path: displayPath, bytes: try read(path))
  }

  /// The file mapped read-only and followed by at least one page of zeros (the lexer's NUL
  /// padding), or nil when it is not a regular file of at least `mapMinBytes` or cannot be mapped.
  static func map(_ path: String, displayPath: String) -> SourceFile? {
    let fd = open(path, O_RDONLY)
    if fd < 0 { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size >= mapMinBytes else { return nil }
    let size = Int(st.st_size)
    let page = max(Int(sysconf(Int32(_SC_PAGESIZE))), 4096)
    let total = (size + page - 1) / page * page + page
    // Reserve the text's pages and a zero page after them, then map the file over the start.
    guard let region = mmap(nil, total, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), region != MAP_FAILED else { return nil }
    guard let text = mmap(region, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0), text == region else {
      munmap(region, total)
      return nil
    }
    if size >= populateMinBytes { populateAhead(region, size) }
    return SourceFile(path: displayPath, mapping: UnsafeMutableRawBufferPointer(start: region, count: total), count: size)
  }

  /// Mapped files from this size on have their pages mapped in ahead of use (`populateAhead`).
  static let populateMinBytes = 1 << 20

  /// Maps the file's pages in on a helper thread, 1 MiB at a time from the start
  /// (MADV_POPULATE_READ), ahead of the parser, whose serial first phase reads the whole file
  /// front to back: otherwise that phase takes the mapping's page faults itself (big.ll, 16 MB:
  /// ~2-4 ms of faults on the critical path, against ~1.4 ms of populating on a core that is
  /// idle then). Whoever touches a page first maps it, so the race is harmless; kernels without
  /// MADV_POPULATE_READ (before 5.14) refuse the advice and the thread stops.
  static func populateAhead(_ base: UnsafeMutableRawPointer, _ size: Int) {
    let range = UnsafeMutablePointer<Int>.allocate(capacity: 2)
    range[0] = Int(bitPattern: base); range[1] = size
    var thread = pthread_t()
    let made = pthread_create(&thread, nil, { arg in
      guard let r = arg?.assumingMemoryBound(to: Int.self) else { return nil }
      let start = r[0], size = r[1]
      r.deallocate()
      let chunk = 1 << 20
      var done = 0
      while done < size, let p = UnsafeMutableRawPointer(bitPattern: start + done) {
        if madvise(p, min(chunk, size - done), 22 /* MADV_POPULATE_READ */) != 0 { break }
        done += chunk
      }
      return nil
    }, range)
    if made == 0 { pthread_detach(thread) } else { range.deallocate() }
  }

  /// Reads a whole file (or standard input for "-").
  public static func read(_ path: String) throws(IOError) -> [UInt8] {
    let fd = path == "-" ? 0 : open(path, O_RDONLY)
    if fd < 0 { throw IOError(message: "cannot open '\(path)': \(errnoText())") }
    defer { if fd != 0 { close(fd) } }
    var st = stat()
    var bytes: [UInt8] = []
    let statOK = fstat(fd, &st) == 0
    if statOK && (st.st_mode & S_IFMT) == S_IFDIR {
      throw IOError(message: "cannot read '\(path)': Is a directory")
    }
    if statOK && (st.st_mode & S_IFMT) == S_IFREG && st.st_size > 0 {
      let size = Int(st.st_size)
      // 16 NUL bytes after the contents, in the array's spare capacity: the lexer's padding, so
      // the parser can read the file in place (`SourceFile.withNULPadding`) instead of copying it.
      let pad = SourceFile.nulPadding
      bytes = [UInt8](unsafeUninitializedCapacity: size + pad) { buf, count in
        var done = 0
        while done < size {
          let n = Glibc.read(fd, buf.baseAddress! + done, size - done)
          if n <= 0 { break }
          done += n
        }
        (buf.baseAddress! + done).initialize(repeating: 0, count: pad)
        count = done
      }
      return bytes
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
      if n < 0 { throw IOError(message: "cannot read '\(path)': \(errnoText())") }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
    }
    return bytes
  }

  /// Writes `bytes` to `path` ("-" = standard output) atomically: temp file, then rename.
  public static func write(_ bytes: [UInt8], to path: String) throws(IOError) {
    do {
      if try writeThrough(to: path, { fd in try writeAll(fd, bytes, path: path) }) { return }
    } catch let e as IOError {
      throw e
    } catch {
      throw IOError(message: "cannot write '\(path)': \(error)")  // writeAll throws only IOError
    }
    // Standard output, devices and pipes (e.g. -o /dev/null) are written in place, never renamed over.
    if path == "-" { return try writeAll(1, bytes, path: "<stdout>") }
    let fd = open(path, O_WRONLY)
    if fd < 0 { throw IOError(message: "cannot open output file '\(path)': \(errnoText())") }
    defer { close(fd) }
    try writeAll(fd, bytes, path: path)
  }

  /// Like `write(_:to:)`, but `body` writes the contents into the temporary file's descriptor
  /// (libelf writes objects this way) and the file is renamed into place only if it succeeds.
  /// Returns false, writing nothing, when `path` is standard output or an existing non-regular
  /// file (a device, a pipe): the caller writes bytes with `write(_:to:)` instead.
  public static func writeThrough(to path: String, _ body: (Int32) throws -> Void) throws -> Bool {
    if path == "-" { return false }
    var st = stat()
    let exists = stat(path, &st) == 0
    if exists && (st.st_mode & S_IFMT) != S_IFREG { return false }
    let tmp = path + ".kiln-tmp-\(getpid())"
    let fd = open(tmp, O_RDWR | O_CREAT | O_TRUNC, 0o644)
    if fd < 0 { throw IOError(message: "cannot open output file '\(path)': \(errnoText())") }
    do {
      try body(fd)
    } catch {
      close(fd); unlink(tmp); throw error
    }
    if close(fd) != 0 { unlink(tmp); throw IOError(message: "cannot write '\(path)': \(errnoText())") }
    // An existing output is unlinked first: renaming over an existing file makes ext4
    // (auto_da_alloc) start writeback of the new file at once, a large part of a small
    // compile's wall time. The new file is complete before the old one goes, so a failed
    // compilation still never leaves a partial output.
    if exists { unlink(path) }
    if rename(tmp, path) != 0 {
      let msg = errnoText(); unlink(tmp)
      throw IOError(message: "cannot write '\(path)': \(msg)")
    }
    return true
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(IOError) {
    var done = 0
    let ok = bytes.withUnsafeBytes { raw -> Bool in
      while done < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
        if n <= 0 { if errno == EINTR { continue }; return false }
        done += n
      }
      return true
    }
    if !ok { throw IOError(message: "cannot write '\(path)': \(errnoText())") }
  }

  /// Writes bytes to standard output (errors ignored: a closed pipe is the reader's choice).
  public static func writeStdout(_ bytes: [UInt8]) {
    try? writeAll(1, bytes, path: "<stdout>")
  }

  /// Writes text to standard error.
  public static func stderr(_ s: String) {
    var s = s
    s.withUTF8 { buf in
      var done = 0
      while done < buf.count {
        let n = Glibc.write(2, buf.baseAddress! + done, buf.count - done)
        if n <= 0 { break }
        done += n
      }
    }
  }
}
