define void @f(ptr %p) {
  store i8 300, ptr %p, align 1
  ret void
}
