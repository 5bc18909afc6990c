define i32 @f({ i32, i32 } %s) {
  %v = extractvalue { i32, i32 } %s, 2
  ret i32 %v
}
