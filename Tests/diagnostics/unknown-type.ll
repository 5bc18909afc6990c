define i32x @f() {
  ret i32 0
}
