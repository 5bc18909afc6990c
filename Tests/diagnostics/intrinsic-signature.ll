; An intrinsic called with a type other than its declaration's (found by the fuzzer: lowering
; read the operand widths from the declaration).
declare { i32, i1 } @llvm.umul.with.overflow.i32(i32, i32)

define i32 @f(i33 %a) {
  %r = call { i32, i1 } @llvm.umul.with.overflow.i32(i33 %a, i32 3)
  %v = extractvalue { i32, i1 } %r, 0
  ret i32 %v
}
