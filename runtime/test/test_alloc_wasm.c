/* wasm32 test of the allocation helpers on the bump allocator (no libc): run_checks() exercises
 * normal use and returns the number of failed checks; the fatal_* exports must trap with
 * kiln_error_message set. Driven by test/run_wasm.mjs under node (see `make test-wasm32`). */
#include <stdint.h>

#include "kiln_rt.h"

static int failures;
#define CHECK(cond) (failures += !(cond))

static int aligned16(const void *p) { return ((uintptr_t)p & 15) == 0; }

__attribute__((export_name("run_checks"))) int run_checks(void) {
  unsigned char *p = kiln_alloc(10);
  CHECK(p && aligned16(p));
  for (int i = 0; i < 10; i++) p[i] = (unsigned char)(i + 1);
  p = kiln_realloc(p, 300000); /* forces memory.grow */
  int same = 1;
  for (int i = 0; i < 10; i++) same &= p[i] == (unsigned char)(i + 1);
  CHECK(same && aligned16(p));
  kiln_free(p);
  void *z = kiln_alloc(0);
  CHECK(z != 0);
  kiln_free(z);
  uint32_t *zs = kiln_alloc_zeroed(1000, 4);
  int zero = 1;
  for (int i = 0; i < 1000; i++) zero &= zs[i] == 0;
  CHECK(zero);
  kiln_free(zs);

  int32_t *a = kiln_array_new(5, 4);
  CHECK(aligned16(a) && kiln_array_len(a) == 5 && kiln_array_elem_size(a) == 4);
  for (int i = 0; i < 5; i++) { kiln_array_check(a, i); CHECK(a[i] == 0); a[i] = i; }
  double *m = kiln_matrix_new(3, 4, 8);
  CHECK(aligned16(m) && kiln_matrix_rows(m) == 3 && kiln_matrix_cols(m) == 4 && kiln_array_len(m) == 12);
  kiln_matrix_check(m, 2, 3);
  CHECK(kiln_live_allocations() == 2);
  kiln_array_free(a);
  kiln_matrix_free(m);
  CHECK(kiln_live_allocations() == 0);
  return failures;
}

static void *keep;
__attribute__((export_name("fatal_bounds"))) void fatal_bounds(void) { kiln_array_check(kiln_array_new(5, 4), 7); }
__attribute__((export_name("fatal_overflow"))) void fatal_overflow(void) { keep = kiln_array_new(0x40000000u, 8); }
/* Linked with --max-memory=16 MiB, so memory.grow fails for 32 MiB. */
__attribute__((export_name("fatal_oom"))) void fatal_oom(void) { keep = kiln_alloc(0x2000000u); }
__attribute__((export_name("fatal_oom_max"))) void fatal_oom_max(void) { keep = kiln_alloc(0xFFFFFFF0u); }
__attribute__((export_name("fatal_twice"))) void fatal_twice(void) {
  void *a = kiln_array_new(2, 2);
  kiln_array_free(a);
  kiln_array_free(a);
}
__attribute__((export_name("error_message"))) const char *error_message(void) { return kiln_error_message; }
