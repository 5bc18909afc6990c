define i32 @f(i32 %x) {
entry:
  switch i32 %x, label %d [
    i32 1, label %a
    i32 1, label %a
  ]
a:
  ret i32 1
d:
  ret i32 0
}
