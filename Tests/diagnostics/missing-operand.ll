define i32 @main() {
  %1 = add i32 1,
  ret i32 %1
}
