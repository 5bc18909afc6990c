// Clock readings in nanoseconds, shared by everything that times itself: `--time-passes`
// (KilnDriver's PassTimer), the parallel parse's trace and the `kiln` command's huge-page
// prefault.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum Timing {
  /// A monotonic clock (for wall-time differences).
  public static func now() -> UInt64 { read(CLOCK_MONOTONIC) }
  /// CPU time used so far by the whole process (all threads).
  public static func cpu() -> UInt64 { read(CLOCK_PROCESS_CPUTIME_ID) }
  /// CPU time used so far by the calling thread.
  public static func threadCPU() -> UInt64 { read(CLOCK_THREAD_CPUTIME_ID) }

  private static func read(_ clock: clockid_t) -> UInt64 {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
  }
}
