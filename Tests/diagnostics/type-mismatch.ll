define i64 @f(i32 %a, i64 %b) {
  %r = add i64 %a, %b
  ret i64 %r
}
