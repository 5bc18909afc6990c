// System V AMD64 ABI facts for the x86_64 backend: the register environment handed to the
// linear-scan allocator, call clobbers, and argument/return classification of Kiln SSA
// signatures (`AbiParam` lists are already scalar leaves; aggregates were split by the lowering).
//
// Invariants relied on:
// - PReg index == hardware register number (int class: rax=0 … r15=15; float class: xmm0-15).
// - r11 and xmm15 are NOT allocatable: they are the allocator's move-resolver scratch registers
//   and, between allocator edits (i.e. inside one machine instruction), the backend's own temps.
// - rsp/rbp are never allocatable (rbp frames always).

import KilnRegAlloc
import KilnSSA

enum X86ABI {
  static let rax = PReg(.int, 0), rcx = PReg(.int, 1), rdx = PReg(.int, 2), rbx = PReg(.int, 3)
  static let rsi = PReg(.int, 6), rdi = PReg(.int, 7)
  static let intArgRegs: [PReg] = [7, 6, 2, 1, 8, 9].map { PReg(.int, $0) }
  static let floatArgRegs: [PReg] = (0..<8).map { PReg(.float, $0) }
  /// `intArgRegs[k]` (k < 6) without the global array (no lazy-initialization check, no retain).
  @inline(__always) static func intArgReg(_ k: Int) -> PReg {
    // rdi, rsi, rdx, rcx, r8, r9: hardware numbers packed one per byte
    PReg(.int, Int((0x09_08_01_02_06_07 as UInt64) >> UInt64(truncatingIfNeeded: 8 &* k)) & 0xff)
  }
  static let calleeSavedInts: [Int] = [3, 12, 13, 14, 15]

  static let env: MachineEnv = {
    let ints = [0, 1, 2, 6, 7, 8, 9, 10, 3, 12, 13, 14, 15].map { PReg(.int, $0) }
    let floats = (0..<15).map { PReg(.float, $0) }
    var cs = PRegSet()
    for r in calleeSavedInts { cs.insert(PReg(.int, r)) }
    return MachineEnv(int: ints, float: floats, calleeSaved: cs, scratchInt: PReg(.int, 11), scratchFloat: PReg(.float, 15))
  }()

  /// What a call destroys (allocatable caller-saved registers).
  static let callClobbers: PRegSet = {
    var s = PRegSet()
    for r in [0, 1, 2, 6, 7, 8, 9, 10] { s.insert(PReg(.int, r)) }
    for r in 0..<15 { s.insert(PReg(.float, r)) }
    return s
  }()

  /// Where one AbiParam travels.
  enum Loc: Equatable {
    case reg(PReg)
    /// Offset in the argument area (from the caller's rsp at the call / callee's rbp+16).
    case stack(Int32)
    /// A byval copy at this offset of the argument area.
    case byval(Int32)
  }

  struct ArgInfo {
    var locs: [Loc] = []
    var stackBytes: Int = 0
    /// Unrounded end of the stack arguments (where a variadic callee's overflow area starts).
    var rawStackBytes: Int = 0
    var gpUsed = 0
    var fpUsed = 0
    var fpInRegs = 0
  }

  /// Classifies parameters in order (SysV: 6 GPRs, 8 XMMs, the rest on the stack in 8-byte
  /// slots; int groups (i128) go whole into two GPRs or whole to a 16-aligned stack slot).
  static func classify(_ params: ArraySlice<AbiParam>) -> ArgInfo {
    var a = ArgInfo()
    classify(params, into: &a)
    return a
  }

  /// `classify` into an existing `ArgInfo` (reusing its `locs` storage). (Runs once per call
  /// site: the parameters are read in place and the types compared inline, since the
  /// cross-module `isInt`/`isFloat` getters are calls. Every parameter gets exactly one loc, so
  /// `locs` is sized once and written in place: no uniqueness and capacity check per loc.)
  static func classify(_ params: ArraySlice<AbiParam>, into a: inout ArgInfo) {
    let count = params.count
    if a.locs.count > count { a.locs.removeLast(a.locs.count - count) }
    else if a.locs.count < count { a.locs.append(contentsOf: repeatElement(.stack(0), count: count - a.locs.count)) }
    var gp = 0, fp = 0, stack = 0
    params.withUnsafeBufferPointer { ps in
      a.locs.withUnsafeMutableBufferPointer { locs in
        precondition(locs.count == ps.count)
        let end = ps.count
        // (parameter i gets locs[i]; a group of n parameters takes n locs)
        var i = 0
        while i < end {
          let p = ps[i]
          if p.flags & AbiParam.byval != 0 {
            let al = max(8, Int(min(p.byvalAlign, 16)))
            stack = (stack + al - 1) & ~(al - 1)
            locs[i] = .byval(Int32(stack))
            stack += (Int(p.byvalSize) + 7) & ~7
            i += 1
            continue
          }
          let t = p.type
          let isFloat = t == .f32 || t == .f64
          if p.flags & AbiParam.groupStart != 0 && p.groupCount > 1 && (t == .i8 || t == .i16 || t == .i32 || t == .i64) {
            let n = min(Int(p.groupCount), end - i)
            if gp + n <= 6 {
              for k in 0..<n { locs[i + k] = .reg(intArgReg(gp)); gp += 1 }
            } else {
              if n == 2 { stack = (stack + 15) & ~15 }
              for k in 0..<n { locs[i + k] = .stack(Int32(stack)); stack += 8 }
            }
            i += n
            continue
          }
          if isFloat {
            if fp < 8 { locs[i] = .reg(PReg(.float, fp)); fp += 1 } else { locs[i] = .stack(Int32(stack)); stack += 8 }
          } else {
            if gp < 6 { locs[i] = .reg(intArgReg(gp)); gp += 1 } else { locs[i] = .stack(Int32(stack)); stack += 8 }
          }
          i += 1
        }
      }
    }
    a.rawStackBytes = stack
    a.stackBytes = (stack + 15) & ~15
    a.gpUsed = gp; a.fpUsed = fp
    a.fpInRegs = 0
  }

  /// Return registers in ABI order (at most two per class; stored inline, no allocation).
  struct RetRegs {
    var count = 0
    var regs: (PReg, PReg, PReg, PReg) = (rax, rax, rax, rax)
    subscript(i: Int) -> PReg {
      switch i { case 0: return regs.0; case 1: return regs.1; case 2: return regs.2; default: return regs.3 }
    }
    mutating func append(_ r: PReg) {
      switch count { case 0: regs.0 = r; case 1: regs.1 = r; case 2: regs.2 = r; default: regs.3 = r }
      count += 1
    }
    var isEmpty: Bool { count == 0 }
    func contains(_ r: PReg) -> Bool { (0..<count).contains { self[$0] == r } }
  }

  /// Return registers in ABI order: ints take rax then rdx, floats xmm0 then xmm1.
  static func classifyReturns(_ rets: ArraySlice<AbiParam>) -> RetRegs? {
    var out = RetRegs()
    var gi = 0, fi = 0
    for r in rets {
      if r.type == .f32 || r.type == .f64 {
        guard fi < 2 else { return nil }
        out.append(PReg(.float, fi)); fi += 1
      } else {
        guard gi < 2 else { return nil }
        out.append(gi == 0 ? rax : rdx); gi += 1
      }
    }
    return out
  }
}
