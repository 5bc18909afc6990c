// Target descriptions as values: what lowering needs to know about each of Kiln's three targets
// (pointer size, the data layout's sizes and alignments, the va_list shape). Backends add their
// own tables (registers, encodings) in their modules and in `targets/`.

public struct TargetDesc: Sendable, Equatable {
  public enum Arch: String, Sendable { case x86_64, aarch64, wasm32 }
  public var arch: Arch
  /// The canonical triple Kiln writes for this target.
  public var triple: String
  /// The data layout string clang writes for this target (Kiln checks input layouts against it).
  public var dataLayout: String
  public var pointerBytes: Int
  /// ABI alignment in bytes of i64/f64, of i128, of x86_fp80/fp128 (0 when unsupported).
  public var i64Align: Int
  public var i128Align: Int
  public var longDoubleAlign: Int
  /// Minimum alignment of i8/i16 *allocas and globals* is the type's own except where the layout
  /// says `i8:8:32` (AArch64 prefers 32 for globals); sizes are unaffected.
  public var vaListSize: Int
  public var vaListAlign: Int
  /// Natural stack alignment in bytes (`S128`).
  public var stackAlign: Int

  public var pointerType: SType { pointerBytes == 8 ? .i64 : .i32 }

  public static let x86_64 = TargetDesc(
    arch: .x86_64, triple: "x86_64-unknown-linux-gnu",
    dataLayout: "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128",
    pointerBytes: 8, i64Align: 8, i128Align: 16, longDoubleAlign: 16,
    vaListSize: 24, vaListAlign: 8, stackAlign: 16)

  public static let aarch64 = TargetDesc(
    arch: .aarch64, triple: "aarch64-unknown-linux-gnu",
    dataLayout: "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32",
    pointerBytes: 8, i64Align: 8, i128Align: 16, longDoubleAlign: 16,
    vaListSize: 32, vaListAlign: 8, stackAlign: 16)

  public static let wasm32 = TargetDesc(
    arch: .wasm32, triple: "wasm32-unknown-unknown",
    dataLayout: "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20",
    pointerBytes: 4, i64Align: 8, i128Align: 16, longDoubleAlign: 16,
    vaListSize: 4, vaListAlign: 4, stackAlign: 16)

  public static let all: [TargetDesc] = [.x86_64, .aarch64, .wasm32]

  /// The target a triple names (`x86_64-…`, `aarch64-…`/`arm64-…`, `wasm32-…`), or nil.
  public static func forTriple(_ triple: String) -> TargetDesc? {
    // The text before the first '-' (no `split`: its [Substring] costs a runtime type
    // instantiation on every small compile).
    let arch = triple.firstIndex(of: "-").map { triple[..<$0] } ?? triple[...]
    switch arch {
    case "x86_64", "amd64": return .x86_64
    case "aarch64", "arm64": return .aarch64
    case "wasm32": return .wasm32
    default: return nil
    }
  }
}
