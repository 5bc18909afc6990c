// Growable buffers of trivial values for the per-worker lowering state (LowerBuilder.swift) and
// the module's data arenas (LowerData.swift, through `Scratch.collect`).
//
// A `Scratch<T>` is a pointer, a count and a capacity: appends and indexed reads/writes compile to
// plain loads and stores (no copy-on-write uniqueness check, no retain/release, bounds checked
// only by `assert` in debug builds; counts add with `&+`: they stay below the capacity, which
// memory bounds far below `Int.max`). `removeAll` keeps the capacity, so one worker's buffers warm
// up on the first functions and then stop allocating. Ownership is manual: the `FunctionLowering`
// that holds a buffer frees it in its `deinit`; a buffer is never copied into a second owner.
// Never index a buffer with an expression that appends to that same buffer (`pool[push()]`): the
// base may be read before the index is evaluated, and growing moves the storage.
// `ScratchFunction` mirrors `SFunction` (same field names) with scratch buffers; `copyOut` copies
// the result out into exactly-sized arrays (or into the arrays of a recycled body, reusing their
// storage), except the instructions and values, which are written straight into the output
// arrays' storage (`init(borrowing:)` over the storage they lend to `LoweredValues` and
// `LoweredInsts`, see `FunctionLowering.run`). `Value.fastTag` decodes an IR operand tag in line.
// Storage comes from malloc/realloc/free: `UnsafeMutablePointer.allocate` goes through the
// runtime's aligned path (posix_memalign) for every buffer, and realloc grows in place when it can.

import KilnIR
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

struct Scratch<T> {
  private(set) var base: UnsafeMutablePointer<T>
  private(set) var count: Int = 0
  private(set) var capacity: Int
  /// Writing into storage someone else owns (`init(borrowing:)`): never freed or reallocated here;
  /// outgrowing it moves the contents to storage of its own.
  private(set) var borrowed = false

  init(capacity: Int = 16) {
    assert(_isPOD(T.self), "Scratch holds trivial values only")
    let c = max(capacity, 16)
    base = malloc(c &* MemoryLayout<T>.stride)!.bindMemory(to: T.self, capacity: c)
    self.capacity = c
  }

  /// An empty buffer over `storage`'s uninitialized memory (see `borrowed`).
  init(borrowing storage: UnsafeMutableBufferPointer<T>) {
    assert(_isPOD(T.self), "Scratch holds trivial values only")
    base = storage.baseAddress!
    capacity = storage.count
    borrowed = true
  }

  /// Frees the storage (the owner's `deinit`); borrowed storage is left alone.
  func deallocate() { if !borrowed { free(base) } }

  @inline(__always) var isEmpty: Bool { count == 0 }
  @inline(__always) var last: T? { count == 0 ? nil : base[count - 1] }
  @inline(__always) var buffer: UnsafeMutableBufferPointer<T> { UnsafeMutableBufferPointer(start: base, count: count) }

  @inline(__always) subscript(i: Int) -> T {
    unsafeAddress {
      assert(i >= 0 && i < count, "Scratch index out of range")
      return UnsafePointer(base + i)
    }
    nonmutating unsafeMutableAddress {
      assert(i >= 0 && i < count, "Scratch index out of range")
      return base + i
    }
  }

  @inline(never) mutating func grow(_ minCapacity: Int) {
    let c = max(minCapacity, capacity &* 2)
    let bytes = c &* MemoryLayout<T>.stride
    if borrowed {
      // Outgrew the borrowed storage: continue in storage of its own (the lender's is not touched).
      let nb = malloc(bytes)!.bindMemory(to: T.self, capacity: c)
      nb.initialize(from: base, count: count)
      base = nb
      borrowed = false
    } else if count &* 2 >= capacity {
      // Mostly full (an append): realloc moves the trivial values, in place when it can.
      base = realloc(base, bytes)!.bindMemory(to: T.self, capacity: c)
    } else {
      // Mostly stale (emptied for the next function, then reserved): copy only what is live.
      let nb = malloc(bytes)!.bindMemory(to: T.self, capacity: c)
      nb.initialize(from: base, count: count)
      free(base)
      base = nb
    }
    capacity = c
  }

  @inline(__always) mutating func reserveCapacity(_ n: Int) {
    if n > capacity { grow(n) }
  }

  @inline(__always) mutating func append(_ x: T) {
    if count == capacity { grow(count + 1) }
    (base + count).initialize(to: x)
    count &+= 1
  }

  /// Appends `n` copies of `x`.
  @inline(__always) mutating func append(repeating x: T, count n: Int) {
    guard n > 0 else { return }
    if count + n > capacity { grow(count + n) }
    (base + count).initialize(repeating: x, count: n)
    count &+= n
  }

  mutating func append<C: Collection>(contentsOf c: C) where C.Element == T {
    let n = c.count
    guard n > 0 else { return }
    if count + n > capacity { grow(count + n) }
    var p = base + count
    for x in c { p.initialize(to: x); p += 1 }
    count += n
  }

  /// Appends the contents of `c` (one block copy; chosen over the generic version above).
  @inline(__always) mutating func append(contentsOf c: UnsafeBufferPointer<T>) {
    let n = c.count
    guard n > 0 else { return }
    if count + n > capacity { grow(count + n) }
    (base + count).initialize(from: c.baseAddress!, count: n)
    count &+= n
  }

  /// Appends elements `from ..< to` of this same buffer.
  @inline(__always) mutating func appendOwn(_ from: Int, _ to: Int) {
    let n = to - from
    guard n > 0 else { return }
    if count + n > capacity { grow(count + n) }
    (base + count).initialize(from: base + from, count: n)
    count &+= n
  }

  /// Empties the buffer, then appends `n` copies of `x`.
  @inline(__always) mutating func refill(_ x: T, _ n: Int) {
    count = 0
    append(repeating: x, count: n)
  }

  /// Makes the count `n`, keeping the entries below both counts; entries past the old count are
  /// whatever the storage holds (for buffers the caller then writes whole).
  @inline(__always) mutating func resize(_ n: Int) {
    if n > capacity { grow(n) }
    count = n
  }

  @inline(__always) mutating func removeAll(keepingCapacity: Bool = true) { count = 0 }
  /// Drops everything from index `n` on.
  @inline(__always) mutating func truncate(_ n: Int) {
    assert(n >= 0 && n <= count)
    count = n
  }
  @inline(__always) mutating func popLast() -> T? {
    if count == 0 { return nil }
    count &-= 1
    return base[count]
  }

  /// Inserts `xs` before index `at` (shifting the tail up).
  mutating func insert(contentsOf xs: [T], at: Int) {
    let n = xs.count
    guard n > 0 else { return }
    if count + n > capacity { grow(count + n) }
    (base + at + n).moveInitialize(from: base + at, count: count - at)
    for k in 0..<n { (base + at + k).initialize(to: xs[k]) }
    count += n
  }

  /// Runs `body` on a buffer that writes straight into the storage of a new array of capacity
  /// `capacity` and returns that array, holding what `body` left in the buffer: no copy, unless
  /// `body` outgrows `capacity` (the buffer then moves to storage of its own, copied out at the end).
  static func collect(capacity: Int, _ body: (inout Scratch<T>) -> Void) -> [T] {
    var own: Scratch<T>? = nil
    var a = [T](unsafeUninitializedCapacity: max(capacity, 16)) { storage, n in
      var s = Scratch(borrowing: storage)
      body(&s)
      if s.borrowed { n = s.count } else { n = 0; own = s }
    }
    if let s = own { a = s.array(); s.deallocate() }
    return a
  }

  /// An array of the contents (one block copy: `Array(UnsafeBufferPointer)` copies element by
  /// element; storage from `reserveCapacity`, allocated by code specialized for `T`, where
  /// `Array(unsafeUninitializedCapacity:)` looks up the storage class's metadata at run time).
  func array() -> [T] {
    var a: [T] = []
    if count > 0 {
      a.reserveCapacity(count)
      a.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }
    return a
  }

  /// Replaces `a`'s elements with this buffer's, in `a`'s storage when it is large enough (one
  /// `replaceSubrange`: emptying it first and appending cost a second pass through the array's
  /// uniqueness and capacity checks).
  func copy(into a: inout [T]) {
    if count == 0 && a.isEmpty { return }
    a.replaceSubrange(0..<a.count, with: UnsafeBufferPointer(start: base, count: count))
  }
}

/// `SFunction`'s arrays as scratch buffers (the function being lowered).
struct ScratchFunction {
  var symbol: SymbolID
  var signatures = Scratch<Signature>()
  var abiParams = Scratch<AbiParam>()
  var values = Scratch<SValueDef>(capacity: 256)
  var blocks = Scratch<SBlock>()
  var blockParams = Scratch<SValue>()
  var insts = Scratch<SInst>(capacity: 256)
  var operands = Scratch<SValue>(capacity: 512)
  var succs = Scratch<SBlockCall>()
  var blockArgs = Scratch<SValue>()
  var switchCases = Scratch<UInt64>()
  var stackSlots = Scratch<StackSlot>()
  var landingPads: [LandingPadInfo] = []
  var personality: SymbolID? = nil

  init(symbol: SymbolID) { self.symbol = symbol }

  mutating func reset(symbol: SymbolID) {
    self.symbol = symbol
    signatures.removeAll(); abiParams.removeAll(); values.removeAll(); blocks.removeAll()
    blockParams.removeAll(); insts.removeAll(); operands.removeAll(); succs.removeAll()
    blockArgs.removeAll(); switchCases.removeAll(); stackSlots.removeAll()
    landingPads.removeAll(keepingCapacity: true)
    personality = nil
  }

  func deallocate() {
    signatures.deallocate(); abiParams.deallocate(); values.deallocate(); blocks.deallocate()
    blockParams.deallocate(); insts.deallocate(); operands.deallocate(); succs.deallocate()
    blockArgs.deallocate(); switchCases.deallocate(); stackSlots.deallocate()
  }

  /// Writes the finished function into `out`: `insts` and `values` as given (the arrays
  /// `insts`/`values` were written into, see `FunctionLowering.run`), the rest copied into
  /// `out`'s arrays. Empty ones get exactly-sized storage; those of a body the sink consumed and
  /// dropped (`FunctionLowering.recycle`) keep theirs, which is reused instead of allocating
  /// (and later freeing) ten arrays per function.
  /// (`mutating` only so that the lowering's `f` is read in place: a non-mutating call copies
  /// the struct out of the class first, retaining its array.)
  mutating func copyOut(insts lowered: [SInst], values loweredValues: [SValueDef], into out: inout SFunction) {
    out.symbol = symbol
    signatures.copy(into: &out.signatures)
    abiParams.copy(into: &out.abiParams)
    out.values = loweredValues
    blocks.copy(into: &out.blocks)
    blockParams.copy(into: &out.blockParams)
    out.insts = lowered
    operands.copy(into: &out.operands)
    succs.copy(into: &out.succs)
    blockArgs.copy(into: &out.blockArgs)
    switchCases.copy(into: &out.switchCases)
    stackSlots.copy(into: &out.stackSlots)
    out.landingPads = landingPads
    out.personality = personality
  }
}

/// The sequences `FunctionLowering.run` appends to a function's value and instruction arrays to
/// lower it straight into their storage: `Array.append(contentsOf:)` hands the appended sequence
/// the array's free capacity (`_copyContents(initializing:)`), then counts the elements written
/// there. The values' storage is lent first; inside, the instructions' (through the pointer
/// `insts` to that array); then `lowerInPlace` lowers into both and says how many of each it
/// wrote. Iterating either yields nothing.
struct LoweredValues: Sequence {
  unowned(unsafe) let fl: FunctionLowering
  let insts: UnsafeMutablePointer<[SInst]>
  func makeIterator() -> EmptyCollection<SValueDef>.Iterator { EmptyCollection<SValueDef>.Iterator() }
  var underestimatedCount: Int { 0 }
  func _copyContents(initializing values: UnsafeMutableBufferPointer<SValueDef>)
    -> (EmptyCollection<SValueDef>.Iterator, Int) {
    insts.pointee.append(contentsOf: LoweredInsts(fl: fl, values: values))
    return (EmptyCollection<SValueDef>.Iterator(), fl.inPlace.values)
  }
}

struct LoweredInsts: Sequence {
  unowned(unsafe) let fl: FunctionLowering
  let values: UnsafeMutableBufferPointer<SValueDef>
  func makeIterator() -> EmptyCollection<SInst>.Iterator { EmptyCollection<SInst>.Iterator() }
  var underestimatedCount: Int { 0 }
  func _copyContents(initializing insts: UnsafeMutableBufferPointer<SInst>) -> (EmptyCollection<SInst>.Iterator, Int) {
    (EmptyCollection<SInst>.Iterator(), fl.lowerInPlace(insts: insts, values: values))
  }
}

extension Value {
  /// The tag, decoded without `Tag(rawValue:)` (which the optimizer does not always inline).
  /// Tags are declared in raw-value order 0...7, so a tag's case index is its raw value.
  @inline(__always) var fastTag: Value.Tag {
    unsafeBitCast(UInt8(truncatingIfNeeded: raw >> 29), to: Value.Tag.self)
  }
}
