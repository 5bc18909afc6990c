define i32 @f(i32 %a) {
  %x = add i32 %a,
  %y = mul i32 %a, %nope
  %z = sdiv i32 %a 2
  ret i32 %a
}

define i64 @g() {
  ret i64 true
}
