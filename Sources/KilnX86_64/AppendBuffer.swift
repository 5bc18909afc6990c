// AppendBuffer: a growable buffer of trivial values for hot append-only building (the selector's
// machine instructions and operand placements, `VCode.insts` / `.placements`, and its per-call /
// per-terminator scratch lists, emptied in O(1) by `removeAll`). Unlike
// `Array.append`, an append does no uniqueness check: the memory belongs to one class instance,
// and every copy of a handle to it reads and appends to the same storage, so a buffer has one
// writer at a time (a worker's VCode is selected, allocated, emitted, then recycled).

final class AppendBuffer<T>: @unchecked Sendable {
  var p: UnsafeMutablePointer<T>
  var n = 0
  var cap = 0

  init() {
    precondition(_isPOD(T.self), "AppendBuffer holds trivial values only")
    p = UnsafeMutablePointer(bitPattern: Swift.max(MemoryLayout<T>.alignment, 1))!
  }
  deinit { if cap > 0 { p.deallocate() } }

  var count: Int { n }
  /// Element k (k < count), read or written in place.
  subscript(k: Int) -> T {
    @inline(__always) get { precondition(k >= 0 && k < n); return p[k] }
    @inline(__always) set { precondition(k >= 0 && k < n); p[k] = newValue }
  }
  @inline(__always) func append(_ x: T) {
    if n == cap { grow(n + 1) }
    (p + n).initialize(to: x); n &+= 1
  }
  func removeAll() { n = 0 }
  /// The last element (count > 0).
  var last: T { precondition(n > 0); return p[n - 1] }
  /// Elements `r` in place (valid until the next append).
  @inline(__always) func slice(_ r: Range<Int>) -> UnsafeBufferPointer<T> {
    precondition(r.lowerBound >= 0 && r.upperBound <= n)
    return UnsafeBufferPointer(start: p + r.lowerBound, count: r.count)
  }
  /// All elements in place (valid until the next append).
  @inline(__always) var all: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: p, count: n) }
  func reserve(_ c: Int) { if c > cap { grow(c) } }
  @inline(never) func grow(_ c: Int) {
    let newCap = Swift.max(c, cap * 2, 16)
    let q = UnsafeMutablePointer<T>.allocate(capacity: newCap)
    q.moveInitialize(from: p, count: n)
    if cap > 0 { p.deallocate() }
    p = q; cap = newCap
  }
}
