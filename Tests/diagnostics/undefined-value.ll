define i32 @f(i32 %a) {
entry:
  %r = add i32 %a, %b
  ret i32 %r
}
