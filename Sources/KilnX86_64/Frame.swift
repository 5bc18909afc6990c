// x86_64 frame layout (rbp frames, System V):
//
//   rbp+16 …            incoming stack arguments (byval copies included)
//   rbp+8               return address
//   rbp+0               saved rbp                      ← rbp (16-byte aligned)
//   rbp-176 … rbp-1     register save area (variadic functions only: rdi…r9, then xmm0-7)
//   …                   stack slots (fixed before selection, `VCode.slotOffsets`)
//   …                   callee-saved GPR saves (8 bytes each)
//   …                   spill slots (8 bytes each, both classes)
//   …                   dynamic allocas (grow rsp downwards)
//   rsp+0 …             outgoing stack arguments of calls
//
// Invariants: the fixed area is a multiple of 16 and so is `size`, so rsp is 16-byte aligned
// at every call (dynamic allocas round to 16). Stack slots aligned above 16 are refused
// (`unsupported:` error in Backend.swift) since the frame does not realign the stack.

import KilnRegAlloc

struct Frame {
  var calleeSaved: [X86Reg] = []
  var calleeSavedOffsets: [Int32] = []
  var spillBase: Int32 = 0
  /// Bytes subtracted from rsp after `push rbp; mov rsp, rbp`.
  var size: Int = 0
  var outgoing: Int = 0

  init(_ vc: borrowing VCode, _ res: borrowing RegAllocResult) {
    var off = vc.fixedFrameBytes
    for r in X86ABI.calleeSavedInts where res.usedCalleeSaved.contains(PReg(.int, r)) {
      off += 8
      calleeSaved.append(X86Reg(raw: UInt8(r)))
      calleeSavedOffsets.append(Int32(-off))
    }
    spillBase = Int32(-off)
    off += 8 * res.spillSlotCount
    outgoing = (vc.outgoingBytes + 15) & ~15
    size = ((off + 15) & ~15) + outgoing
  }

  func spill(_ s: SpillSlot) -> X86Mem {
    X86Mem(base: .rbp, disp: spillBase - Int32(8 * (s.index + 1)))
  }
}
