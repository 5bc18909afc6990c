define i32 @f(i32 %a) {
entry:
  %r = add i32 %a, 1
next:
  ret i32 %r
}
