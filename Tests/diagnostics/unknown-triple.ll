target triple = "riscv64-unknown-linux-gnu"

define void @f() {
  ret void
}
