define ptr @f() {
entry:
  ret ptr blockaddress(@f, %entry)
}
