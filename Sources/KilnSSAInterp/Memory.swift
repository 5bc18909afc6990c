// The interpreter's machine state and its emulated address space.
//
// Address space (identical layout for all targets; every address fits in 32 bits for wasm32):
//   [0, fnBase)                      unmapped (null page: null dereferences fault)
//   [fnBase, memBase)                fake function addresses: symbol i is at fnBase + 16*i (unmapped)
//   [memBase, memBase+dataEnd)       data objects (with their alignment, relocations applied), argv
//   [.. stackLow, stackTop)          the stack (8 MiB, grows down; frames hold the stack slots)
//   [stackTop, memBase+heapBrk)      the heap (bump allocation + exact-size free lists)
// The arena is one anonymous mmap reserved up front (pages are committed lazily), so host
// pointers into it stay valid for the whole run. An access [a, a+n) is valid when
// a - memBase <= limit - n, limit = heapBrk (unsigned arithmetic also rejects a < memBase).

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import KilnSSA

let fnBase: UInt64 = 0x1000
let memBase: UInt64 = 0x10_0000
let stackBytes: UInt64 = 8 << 20
let heapBytes: UInt64 = 256 << 20

final class Machine {
  let module: SModule
  let target: TargetDesc
  let ptrBytes: Int
  let ptrMask: UInt64
  let stepLimit: Int

  // memory
  var mem: UnsafeMutableRawPointer
  let reserved: Int
  var limit: UInt64 = 0          // mapped bytes from memBase (= heapBrk)
  var dataEnd: UInt64 = 0
  var stackLow: UInt64 = 0       // absolute addresses
  var stackTop: UInt64 = 0
  var heapStart: UInt64 = 0      // offsets from memBase
  var heapEnd: UInt64 = 0
  var allocSizes: [UInt64: UInt64] = [:]   // live heap block address → usable size
  var freeLists: [UInt64: [UInt64]] = [:]  // rounded size → free block addresses

  // symbols
  var symAddr: [UInt64] = []
  /// Per symbol: defined function index (>= 0), or -1 - external id, or Int32.min for unknown.
  var symTarget: [Int32] = []

  // decoded program (Decode.swift)
  var code: [DInst] = []
  var pool: [Int32] = []
  var edges: [DEdge] = []
  var calls: [DCall] = []
  var abis: [DAbi] = []
  var switches: [DSwitch] = []
  var cases: [DCase] = []
  var funcs: [DFunc] = []
  var messages: [String] = []
  var slotOffsets: [UInt64] = []
  var maxEdgeArgs = 0

  // output and run state
  var out: [UInt8] = []
  var fmtScratch: [UInt8] = []

  init?(_ m: SModule, stepLimit: Int) {
    module = m
    target = m.target
    ptrBytes = m.target.pointerBytes
    ptrMask = ptrBytes == 8 ? .max : 0xffff_ffff
    self.stepLimit = stepLimit
    var dataSize: UInt64 = 0
    for d in m.data { dataSize += max(d.size, UInt64(d.bytes.count)) + UInt64(max(d.align, 1)) }
    dataSize += UInt64(m.symbols.count) * 80 + 65536
    let total = (dataSize + stackBytes + heapBytes + 0xfff) & ~0xfff
    reserved = Int(total)
    #if canImport(Darwin)
    let flags = MAP_PRIVATE | MAP_ANON
    #else
    let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE
    #endif
    guard let p = mmap(nil, reserved, PROT_READ | PROT_WRITE, flags, -1, 0), p != MAP_FAILED else { return nil }
    mem = p
    out.reserveCapacity(4096)
  }

  func release() { munmap(mem, reserved) }

  // MARK: raw access (callers check bounds with `ok`)

  @inline(__always) func ok(_ addr: UInt64, _ n: UInt64) -> Bool {
    let off = addr &- memBase
    return off <= limit && n <= limit &- off
  }
  @inline(__always) func host(_ addr: UInt64) -> UnsafeMutableRawPointer { mem + Int(addr &- memBase) }

  @inline(__always) func rd(_ addr: UInt64, _ n: Int) -> UInt64 {
    let p = host(addr)
    switch n {
    case 1: return UInt64(p.load(as: UInt8.self))
    case 2: return UInt64(p.loadUnaligned(as: UInt16.self))
    case 4: return UInt64(p.loadUnaligned(as: UInt32.self))
    default: return p.loadUnaligned(as: UInt64.self)
    }
  }
  @inline(__always) func wr(_ addr: UInt64, _ n: Int, _ v: UInt64) {
    let p = host(addr)
    switch n {
    case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: v), as: UInt8.self)
    case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: v), toByteOffset: 0, as: UInt16.self)
    case 4: p.storeBytes(of: UInt32(truncatingIfNeeded: v), toByteOffset: 0, as: UInt32.self)
    default: p.storeBytes(of: v, toByteOffset: 0, as: UInt64.self)
    }
  }

  /// Length of the NUL-terminated string at `addr`, or nil if it runs out of mapped memory.
  func cstrlen(_ addr: UInt64) -> UInt64? {
    guard ok(addr, 1) else { return nil }
    let avail = limit - (addr &- memBase)
    let p = host(addr).assumingMemoryBound(to: UInt8.self)
    var n: UInt64 = 0
    while n < avail {
      if p[Int(n)] == 0 { return n }
      n += 1
    }
    return nil
  }
  func cstring(_ addr: UInt64) -> [UInt8]? {
    guard let n = cstrlen(addr) else { return nil }
    return Array(UnsafeBufferPointer(start: host(addr).assumingMemoryBound(to: UInt8.self), count: Int(n)))
  }

  // MARK: layout

  /// Places data objects, resolves symbol addresses, applies relocations, writes argv.
  /// Returns (argc, argv address) or an error message.
  func layout(arguments: [String]) -> (UInt64, UInt64, String?) {
    let m = module
    var off: UInt64 = 0
    symAddr = [UInt64](repeating: 0, count: m.symbols.count)
    symTarget = [Int32](repeating: .min, count: m.symbols.count)
    if fnBase + 16 * UInt64(m.symbols.count) > memBase {
      return (0, 0, "unsupported: more than \((memBase - fnBase) / 16) symbols")
    }
    var placed = [Bool](repeating: false, count: m.symbols.count)
    var dataOff = [UInt64](repeating: 0, count: m.data.count)
    for (k, d) in m.data.enumerated() {
      let a = UInt64(max(d.align, 1))
      off = (off + a - 1) / a * a
      dataOff[k] = off
      if d.symbol.index < symAddr.count {
        symAddr[d.symbol.index] = memBase + off
        placed[d.symbol.index] = true
      }
      off += max(d.size, UInt64(d.bytes.count), 1)
    }
    for (i, s) in m.symbols.enumerated() where !placed[i] {
      if s.kind == .function {
        symAddr[i] = fnBase + 16 * UInt64(i)
        placed[i] = true
        if s.isDefined, s.definition >= 0, Int(s.definition) < m.functions.count {
          symTarget[i] = s.definition
        } else if let e = External(name: s.name) {
          symTarget[i] = -1 - Int32(e.rawValue)
        }
      }
    }
    // external data objects (never defined here): a zeroed 64-byte object each
    for (i, s) in m.symbols.enumerated() where !placed[i] && s.kind == .data && !isAlias(i) {
      off = (off + 15) & ~15
      symAddr[i] = memBase + off
      placed[i] = true
      off += 64
    }
    // aliases (possibly chained)
    var remaining = m.aliases
    var progress = true
    while !remaining.isEmpty && progress {
      progress = false
      remaining.removeAll { a in
        guard a.target.index < placed.count, a.symbol.index < placed.count else { return true }
        if !placed[a.target.index] { return false }
        symAddr[a.symbol.index] = (symAddr[a.target.index] &+ UInt64(bitPattern: a.addend)) & ptrMask
        symTarget[a.symbol.index] = symTarget[a.target.index]
        placed[a.symbol.index] = true
        progress = true
        return true
      }
    }
    // argv
    off = (off + 15) & ~15
    var strAddrs: [UInt64] = []
    let args = ["prog"] + arguments
    var argBytes: [UInt8] = []
    for a in args {
      strAddrs.append(memBase + off + UInt64(argBytes.count))
      argBytes.append(contentsOf: Array(a.utf8)); argBytes.append(0)
    }
    let strStart = off
    off += UInt64(argBytes.count)
    off = (off + 15) & ~15
    let argvOff = off
    off += UInt64((args.count + 1) * ptrBytes)
    dataEnd = (off + 4095) & ~4095
    stackLow = memBase + dataEnd
    stackTop = stackLow + stackBytes
    heapStart = stackTop - memBase
    heapEnd = heapStart
    limit = heapEnd
    guard dataEnd + stackBytes + heapBytes <= UInt64(reserved) else { return (0, 0, "data too large for the interpreter arena") }

    // contents
    for (k, d) in m.data.enumerated() {
      guard d.bytes.lowerBound >= 0, d.bytes.upperBound <= m.dataBytes.count,
            d.relocs.lowerBound >= 0, d.relocs.upperBound <= m.dataRelocs.count else {
        return (0, 0, "malformed ssa: data object outside the module's data")
      }
      if !d.bytes.isEmpty {
        m.bytes(of: d).withUnsafeBytes { b in (mem + Int(dataOff[k])).copyMemory(from: b.baseAddress!, byteCount: b.count) }
      }
      for r in m.relocs(of: d) {
        guard r.symbol.index < symAddr.count else { return (0, 0, "malformed ssa: relocation to unknown symbol") }
        let w = Int(r.width)
        guard w == 4 || w == 8, UInt64(r.offset) + UInt64(w) <= max(d.size, UInt64(d.bytes.count)) else {
          return (0, 0, "malformed ssa: bad relocation in data object")
        }
        wr(memBase + dataOff[k] + UInt64(r.offset), w, symAddr[r.symbol.index] &+ UInt64(bitPattern: r.addend))
      }
    }
    argBytes.withUnsafeBytes { b in (mem + Int(strStart)).copyMemory(from: b.baseAddress!, byteCount: b.count) }
    for (k, a) in strAddrs.enumerated() { wr(memBase + argvOff + UInt64(k * ptrBytes), ptrBytes, a) }
    wr(memBase + argvOff + UInt64(args.count * ptrBytes), ptrBytes, 0)
    return (UInt64(args.count), memBase + argvOff, nil)
  }

  private func isAlias(_ i: Int) -> Bool { module.aliases.contains { $0.symbol.index == i } }

  // MARK: heap

  /// Allocates `n` bytes (16-byte aligned); 0 when the heap is exhausted.
  func malloc(_ n: UInt64) -> UInt64 {
    let size = max((n + 15) & ~15, 16)
    if n > heapBytes { return 0 }
    if var list = freeLists[size], let a = list.popLast() {
      freeLists[size] = list
      allocSizes[a] = size
      return a
    }
    let off = heapEnd
    guard off + size <= heapStart + heapBytes else { return 0 }
    heapEnd = off + size
    limit = heapEnd
    let a = memBase + off
    allocSizes[a] = size
    return a
  }

  /// Frees a block; returns false for a pointer that is not a live allocation.
  func free(_ a: UInt64) -> Bool {
    if a == 0 { return true }
    guard let size = allocSizes.removeValue(forKey: a) else { return false }
    freeLists[size, default: []].append(a)
    return true
  }
}
