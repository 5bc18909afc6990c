target triple = "x86_64-unknown-linux-gnu"

define x86_fp80 @f(x86_fp80 %a) {
  %r = fadd x86_fp80 %a, 0xK3FFF8000000000000000
  ret x86_fp80 %r
}
