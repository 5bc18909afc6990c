declare i32 @llvm.frobnicate.i32(i32)

define i32 @f(i32 %a) {
  %r = call i32 @llvm.frobnicate.i32(i32 %a)
  ret i32 %r
}
