@g = addrspace(1) global i32 0

define i32 @f(ptr addrspace(1) %p) {
  %v = load i32, ptr addrspace(1) %p
  ret i32 %v
}
