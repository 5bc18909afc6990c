// Sharing per-function work among threads. `WorkQueue` hands items out largest first from one atomic
// counter: a worker that drew small items simply takes more, and the biggest functions start
// early instead of ending the stage alone on one core (the tail that round-robin or contiguous
// splits leave when sizes vary; on two cores that tail is most of the lost time). Callers write
// each result to the item's own slot, so output never depends on which worker did what.
// `inOrder` hands items out in index order instead (each worker then sees its items in increasing
// order). `contiguousCuts` splits items into runs of consecutive items, for work whose per-run
// state must see a fixed run of items in order.

import Synchronization

public final class WorkQueue: Sendable {
  /// Item indices, heaviest first (ties in index order).
  public let order: [Int32]
  private let next = Atomic<Int>(0)

  /// `weights[i]` estimates the cost of item i (e.g. its instruction count). `first` items are
  /// handed out before all others, in the given order, whatever their weight.
  public init(weights: [Int], first: [Int] = []) {
    var pinned = [Bool](repeating: false, count: weights.count)
    var o: [Int32] = []
    o.reserveCapacity(weights.count)
    for i in first where i >= 0 && i < weights.count && !pinned[i] { pinned[i] = true; o.append(Int32(i)) }
    var rest: [Int32] = []
    rest.reserveCapacity(weights.count - o.count)
    for i in 0..<weights.count where !pinned[i] { rest.append(Int32(i)) }
    rest.sort { weights[Int($0)] != weights[Int($1)] ? weights[Int($0)] > weights[Int($1)] : $0 < $1 }
    o.append(contentsOf: rest)
    order = o
  }

  /// Items `0..<count` handed out in index order.
  public init(inOrder count: Int) {
    order = Array(0..<Int32(truncatingIfNeeded: count))
  }

  /// The next item to work on, or nil when all have been handed out.
  public func take() -> Int? {
    let k = next.wrappingAdd(1, ordering: .relaxed).oldValue
    return k < order.count ? Int(order[k]) : nil
  }

  /// Cut points that split items `0..<count` into `parts` runs of consecutive items of about equal
  /// total `weight`: run k is `cuts[k] ..< cuts[k + 1]` (`cuts.count == parts + 1`).
  public static func contiguousCuts(count: Int, parts: Int, weight: (Int) -> Int) -> [Int] {
    var cuts = [0]
    cuts.reserveCapacity(parts + 1)
    if parts > 1 {
      var total = 0
      for i in 0..<count { total += weight(i) }
      var acc = 0, i = 0
      for part in 1..<parts {
        while i < count && acc < total * part / parts { acc += weight(i); i += 1 }
        cuts.append(i)
      }
    }
    cuts.append(count)
    return cuts
  }
}
