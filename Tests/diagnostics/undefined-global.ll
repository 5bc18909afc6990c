define i32 @f() {
  %v = load i32, ptr @nowhere, align 4
  ret i32 %v
}
