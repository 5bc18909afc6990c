%struct.S = type { i32, i32 }

define ptr @f(ptr %p) {
  %q = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 5
  ret ptr %q
}
