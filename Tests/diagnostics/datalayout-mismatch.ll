target datalayout = "e-m:e-p:32:32-i64:64-n32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @f() {
  ret void
}
