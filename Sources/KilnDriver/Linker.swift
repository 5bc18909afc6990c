// Linking: Kiln writes ELF objects itself, then links them the way clang does, through the system
// C compiler driver (`cc`, which runs binutils' `ld`), adding Kiln's runtime library
// (runtime/build/<target>/libkiln_rt.a) and libm. The executable is linked to a temporary name and
// renamed into place, so a failed link leaves no output file.

#if canImport(Glibc)
import Glibc
#endif

public enum Linker {
  /// Where Kiln's runtime library for `arch` lives: $KILN_RUNTIME_DIR/<arch>/, else the
  /// repository's runtime/build/<arch>/ found by walking up from the `kiln` executable.
  public static func runtimeLibrary(arch: String) -> String? {
    let name = "libkiln_rt.a"
    if let dir = getenv("KILN_RUNTIME_DIR").map({ String(cString: $0) }) {
      for p in [dir + "/" + arch + "/" + name, dir + "/" + name] where access(p, R_OK) == 0 { return p }
    }
    var dir = executableDirectory()
    for _ in 0..<6 {
      let p = dir + "/runtime/build/" + arch + "/" + name
      if access(p, R_OK) == 0 { return p }
      let lib = dir + "/lib/kiln/" + arch + "/" + name
      if access(lib, R_OK) == 0 { return lib }
      guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
      dir = String(dir[..<slash])
    }
    return nil
  }

  static func executableDirectory() -> String {
    var buf = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buf, buf.count - 1)
    guard n > 0 else { return "." }
    let path = buf.withUnsafeBufferPointer { p in
      String(decoding: UnsafeRawBufferPointer(start: p.baseAddress, count: n).bindMemory(to: UInt8.self), as: UTF8.self)
    }
    return path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
  }

  /// Links objects (given as bytes) into an executable at `output`. Returns an error message or nil.
  public static func link(objects: [[UInt8]], output: String, arch: String, extraArgs: [String] = []) -> String? {
    guard let runtime = runtimeLibrary(arch: arch) else {
      return "cannot find Kiln's runtime library for \(arch) (build it with 'make -C runtime', or set KILN_RUNTIME_DIR)"
    }
    var template: [CChar] = Array("/tmp/kiln-link-XXXXXX".utf8CString)
    guard mkdtemp(&template) != nil else { return "cannot create a temporary directory: \(String(cString: strerror(errno)))" }
    let dir = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    defer {
      for i in 0..<objects.count { unlink(dir + "/\(i).o") }
      rmdir(dir)
    }
    var paths: [String] = []
    for (i, o) in objects.enumerated() {
      let p = dir + "/\(i).o"
      do { try FileIO.write(o, to: p) } catch { return error.message }
      paths.append(p)
    }
    // Link to a temporary name and rename into place, except onto devices (-o /dev/null).
    var st = stat()
    let special = stat(output, &st) == 0 && (st.st_mode & S_IFMT) != S_IFREG
    let tmpOut = special ? output : output + ".kiln-tmp-\(getpid())"
    let cc = getenv("KILN_CC").map { String(cString: $0) } ?? "cc"
    let args = [cc, "-o", tmpOut] + paths + [runtime, "-lm"] + extraArgs
    let status = spawnAndWait(args)
    guard status == 0 else {
      if !special { unlink(tmpOut) }
      return status < 0 ? "cannot run linker '\(cc)': \(String(cString: strerror(-status)))"
                        : "linker command failed with exit code \(status) (use -v to see invocation)"
    }
    if !special && rename(tmpOut, output) != 0 {
      let msg = String(cString: strerror(errno)); unlink(tmpOut)
      return "cannot write '\(output)': \(msg)"
    }
    return nil
  }

  /// Runs a program (searched on PATH) and waits; returns its exit status, or -errno if it
  /// could not be started.
  static func spawnAndWait(_ args: [String]) -> Int32 {
    var cargs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) }
    cargs.append(nil)
    defer { for p in cargs { free(p) } }
    var pid: pid_t = 0
    let rc = posix_spawnp(&pid, cargs[0]!, nil, nil, cargs, environ)
    if rc != 0 { return -rc }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 { if errno != EINTR { return -errno } }
    if status & 0x7f == 0 { return (status >> 8) & 0xff }
    return 128 + (status & 0x7f)
  }
}
