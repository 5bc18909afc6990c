/* Tests the allocation helpers (src/alloc.c): normal use, zero sizes, alignment, contents kept by
 * kiln_realloc, array/matrix headers, and the live-allocation counter returning to 0. Fatal paths
 * (out of memory from count*size overflow or a huge request, bounds-check failures, freeing a
 * bad pointer) run in a forked child whose stderr goes to a pipe; the parent checks the exit
 * status (1) and the exact message. fork without exec keeps this working under qemu-user, where
 * re-executing an aarch64 binary would need binfmt_misc. Exits non-zero on any failure. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kiln_rt.h"

static int failures;

#define CHECK(cond)                                                      \
  do {                                                                   \
    if (!(cond)) {                                                       \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                        \
    }                                                                    \
  } while (0)

static int aligned16(const void *p) { return ((uintptr_t)p & 15) == 0; }

static int all_zero(const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    if (b[i]) return 0;
  return 1;
}

/* ---- normal use (in process) ---- */

static void test_plain(void) {
  unsigned char *p = kiln_alloc(100);
  CHECK(p && aligned16(p));
  for (int i = 0; i < 100; i++) p[i] = (unsigned char)i;
  CHECK(kiln_live_allocations() == 1);
  p = kiln_realloc(p, 100000);
  CHECK(p && aligned16(p));
  int same = 1;
  for (int i = 0; i < 100; i++) same &= p[i] == (unsigned char)i;
  CHECK(same);
  p = kiln_realloc(p, 10);
  CHECK(p && p[9] == 9);
  p = kiln_realloc(p, 0); /* keeps a minimal block, never NULL, still one live allocation */
  CHECK(p != NULL);
  CHECK(kiln_live_allocations() == 1);
  kiln_free(p);
  CHECK(kiln_live_allocations() == 0);

  void *z1 = kiln_alloc(0), *z2 = kiln_alloc(0);
  CHECK(z1 && z2 && z1 != z2);
  void *r = kiln_realloc(NULL, 24);
  CHECK(r && aligned16(r));
  CHECK(kiln_live_allocations() == 3);
  kiln_free(z1);
  kiln_free(z2);
  kiln_free(r);
  kiln_free(NULL);
  CHECK(kiln_live_allocations() == 0);

  uint64_t *zs = kiln_alloc_zeroed(1000, sizeof(uint64_t));
  CHECK(zs && aligned16(zs) && all_zero(zs, 1000 * sizeof(uint64_t)));
  zs[999] = 7;
  void *e1 = kiln_alloc_zeroed(0, 8), *e2 = kiln_alloc_zeroed(8, 0), *e3 = kiln_alloc_zeroed(0, 0);
  CHECK(e1 && e2 && e3);
  CHECK(kiln_live_allocations() == 4);
  kiln_free(zs);
  kiln_free(e1);
  kiln_free(e2);
  kiln_free(e3);
  CHECK(kiln_live_allocations() == 0);
}

static void test_arrays(void) {
  int32_t *a = kiln_array_new(5, sizeof(int32_t));
  CHECK(a && aligned16(a));
  CHECK(kiln_array_len(a) == 5);
  CHECK(kiln_array_elem_size(a) == 4);
  CHECK(all_zero(a, 5 * sizeof(int32_t)));
  for (int64_t i = 0; i < 5; i++) {
    kiln_array_check(a, i); /* returns for every valid index */
    a[i] = (int32_t)(i * 10);
  }
  CHECK(a[4] == 40 && kiln_array_len(a) == 5); /* writing elements leaves the header intact */

  void *empty = kiln_array_new(0, 8);
  CHECK(empty && aligned16(empty) && kiln_array_len(empty) == 0 && kiln_array_elem_size(empty) == 8);
  void *unit = kiln_array_new(3, 0);
  CHECK(unit && kiln_array_len(unit) == 3 && kiln_array_elem_size(unit) == 0);
  char *big = kiln_array_new(3, 100000);
  CHECK(big && all_zero(big, 300000) && kiln_array_len(big) == 3);
  CHECK(kiln_live_allocations() == 4);
  kiln_array_free(a);
  kiln_array_free(empty);
  kiln_array_free(unit);
  kiln_array_free(big);
  kiln_array_free(NULL);
  CHECK(kiln_live_allocations() == 0);

  /* Many arrays of varied sizes, interleaved with plain blocks, all freed. */
  void *arrays[500];
  void *blocks[500];
  uint32_t seed = 12345;
  for (int i = 0; i < 500; i++) {
    seed = seed * 1103515245u + 12345u;
    size_t count = (seed >> 8) % 300, elem = 1 + (seed >> 20) % 16;
    arrays[i] = kiln_array_new(count, elem);
    blocks[i] = kiln_alloc(count);
    CHECK(aligned16(arrays[i]) && kiln_array_len(arrays[i]) == count && kiln_array_elem_size(arrays[i]) == elem);
    memset(arrays[i], 0xAB, count * elem);
  }
  CHECK(kiln_live_allocations() == 1000);
  for (int i = 499; i >= 0; i--) {
    kiln_array_free(arrays[i]);
    kiln_free(blocks[i]);
  }
  CHECK(kiln_live_allocations() == 0);
}

static void test_matrices(void) {
  double *m = kiln_matrix_new(2, 5, sizeof(double));
  CHECK(m && aligned16(m));
  CHECK(kiln_matrix_rows(m) == 2 && kiln_matrix_cols(m) == 5);
  CHECK(kiln_array_len(m) == 10 && kiln_array_elem_size(m) == 8); /* a matrix is also an array */
  CHECK(all_zero(m, 10 * sizeof(double)));
  for (int64_t r = 0; r < 2; r++)
    for (int64_t c = 0; c < 5; c++) {
      kiln_matrix_check(m, r, c);
      m[r * 5 + c] = (double)(r * 5 + c);
    }
  kiln_array_check(m, 9);
  CHECK(m[9] == 9.0 && kiln_matrix_rows(m) == 2);

  void *z = kiln_matrix_new(0, 3, 4);
  CHECK(z && kiln_matrix_rows(z) == 0 && kiln_matrix_cols(z) == 3 && kiln_array_len(z) == 0);
  void *z2 = kiln_matrix_new(4, 0, 4);
  CHECK(z2 && kiln_matrix_rows(z2) == 4 && kiln_matrix_cols(z2) == 0);
  CHECK(kiln_live_allocations() == 3);
  kiln_matrix_free(m);
  kiln_matrix_free(z);
  kiln_matrix_free(z2);
  kiln_matrix_free(NULL);
  CHECK(kiln_live_allocations() == 0);
}

/* ---- fatal paths (in a forked child) ---- */

static void *keep; /* defeats "unused result" for calls made only for their error */

static void s_oom_direct(void) { kiln_oom(12345); }
static void s_oom_huge(void) { keep = kiln_alloc(SIZE_MAX); }
static void s_oom_1_62(void) { keep = kiln_alloc((size_t)1 << 62); }
static void s_oom_realloc(void) { keep = kiln_realloc(kiln_alloc(16), SIZE_MAX - 1); }
static void s_oom_zeroed_overflow(void) { keep = kiln_alloc_zeroed(SIZE_MAX / 2 + 1, 2); }
static void s_oom_array_overflow(void) { keep = kiln_array_new((size_t)1 << 62, 8); }
static void s_oom_array_header(void) { keep = kiln_array_new(SIZE_MAX - 10, 1); }
static void s_oom_matrix_overflow(void) { keep = kiln_matrix_new((size_t)1 << 32, (size_t)1 << 32, 1); }
static void s_oom_matrix_bytes(void) { keep = kiln_matrix_new(1 << 20, 1 << 20, (size_t)1 << 30); }
static void s_bounds_7(void) { kiln_array_check(kiln_array_new(5, 4), 7); }
static void s_bounds_len(void) { kiln_array_check(kiln_array_new(5, 4), 5); }
static void s_bounds_neg(void) { kiln_array_check(kiln_array_new(5, 4), -1); }
static void s_bounds_empty(void) { kiln_array_check(kiln_array_new(0, 4), 0); }
static void s_bounds_matrix(void) { kiln_matrix_check(kiln_matrix_new(2, 5, 8), 2, 0); }
static void s_bounds_matrix_col(void) { kiln_matrix_check(kiln_matrix_new(2, 5, 8), 1, -3); }
static void s_len_null(void) { (void)kiln_array_len(NULL); }
static void s_check_null(void) { kiln_array_check(NULL, 0); }
static void s_rows_null(void) { (void)kiln_matrix_rows(NULL); }
static void s_free_plain(void) { kiln_array_free(kiln_alloc_zeroed(1, 128)); }
static void s_free_interior(void) {
  unsigned char *block = kiln_alloc_zeroed(1, 256);
  kiln_array_free(block + 64);
}
static void s_free_misaligned(void) { kiln_array_free((char *)kiln_array_new(8, 1) + 1); }
static void s_free_stack(void) {
  _Alignas(16) unsigned char buf[128] = {0};
  kiln_array_free(buf + 64);
}
static void s_free_twice(void) {
  void *a = kiln_array_new(4, 4);
  kiln_array_free(a);
  kiln_array_free(a);
}
static void s_free_matrix_as_array(void) { kiln_array_free(kiln_matrix_new(2, 2, 4)); }
static void s_free_array_as_matrix(void) { kiln_matrix_free(kiln_array_new(4, 4)); }
static void s_cols_of_array(void) { (void)kiln_matrix_cols(kiln_array_new(4, 4)); }
static void s_free_header_copy(void) {
  /* A byte-for-byte copy of a real header at another address must not validate. */
  unsigned char *a = kiln_array_new(4, 4);
  unsigned char *copy = kiln_alloc_zeroed(1, KILN_ARRAY_HEADER_SIZE + 16);
  memcpy(copy, a - KILN_ARRAY_HEADER_SIZE, KILN_ARRAY_HEADER_SIZE + 16);
  kiln_array_free(copy + KILN_ARRAY_HEADER_SIZE);
}

/* Runs `fn` in a child with stderr captured; checks exit status 1 and the message: exact when
 * `suffix` is NULL, otherwise `prefix` + anything (a pointer) + one of the `|`-free `suffix`es. */
static void expect_fatal(const char *name, void (*fn)(void), const char *prefix, const char *suffix,
                         const char *alt_suffix) {
  int fds[2];
  if (pipe(fds) != 0) { perror("pipe"); failures++; return; }
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) { perror("fork"); failures++; return; }
  if (pid == 0) {
    close(fds[0]);
    dup2(fds[1], 2);
    close(fds[1]);
    fn();
    _exit(99); /* the helper returned: must not happen */
  }
  close(fds[1]);
  char out[512];
  size_t len = 0;
  ssize_t n;
  while ((n = read(fds[0], out + len, sizeof out - 1 - len)) > 0) len += (size_t)n;
  out[len] = 0;
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  int ok = WIFEXITED(status) && WEXITSTATUS(status) == 1;
  if (!suffix) {
    ok = ok && strcmp(out, prefix) == 0;
  } else {
    size_t pl = strlen(prefix);
    int pre = len >= pl && memcmp(out, prefix, pl) == 0;
    int suf = 0;
    const char *sfx[2] = {suffix, alt_suffix};
    for (int i = 0; i < 2; i++) {
      if (!sfx[i]) continue;
      size_t sl = strlen(sfx[i]);
      if (len >= pl + sl && strcmp(out + len - sl, sfx[i]) == 0) suf = 1;
    }
    ok = ok && pre && suf && memchr(out, '\n', len) == out + len - 1;
  }
  if (!ok) {
    fprintf(stderr, "FAIL %s: status %s %d, stderr \"%s\"\n", name,
            WIFEXITED(status) ? "exit" : "signal",
            WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status), out);
    failures++;
  }
}

#define FATAL(fn, msg) expect_fatal(#fn, fn, msg, NULL, NULL)
#define FATAL_PTR(fn, prefix, suffix) expect_fatal(#fn, fn, prefix, suffix, NULL)

static void test_fatal(void) {
  char buf[128];
  FATAL(s_oom_direct, "kiln: out of memory allocating 12345 bytes\n");
  FATAL(s_oom_huge, "kiln: out of memory allocating 18446744073709551615 bytes\n");
  FATAL(s_oom_1_62, "kiln: out of memory allocating 4611686018427387904 bytes\n");
  FATAL(s_oom_realloc, "kiln: out of memory allocating 18446744073709551614 bytes\n");
  FATAL(s_oom_zeroed_overflow,
        "kiln: out of memory allocating 9223372036854775808 x 2 bytes (size overflows)\n");
  FATAL(s_oom_array_overflow,
        "kiln: out of memory allocating 4611686018427387904 x 8 bytes (size overflows)\n");
  snprintf(buf, sizeof buf, "kiln: out of memory allocating %zu bytes\n", (size_t)(SIZE_MAX - 10));
  FATAL(s_oom_array_header, buf);
  FATAL(s_oom_matrix_overflow,
        "kiln: out of memory allocating 4294967296 x 4294967296 x 1 bytes (size overflows)\n");
  FATAL(s_oom_matrix_bytes,
        "kiln: out of memory allocating 1048576 x 1048576 x 1073741824 bytes (size overflows)\n");
  FATAL(s_bounds_7, "kiln: index 7 out of bounds for array of length 5\n");
  FATAL(s_bounds_len, "kiln: index 5 out of bounds for array of length 5\n");
  FATAL(s_bounds_neg, "kiln: index -1 out of bounds for array of length 5\n");
  FATAL(s_bounds_empty, "kiln: index 0 out of bounds for array of length 0\n");
  FATAL(s_bounds_matrix, "kiln: index (2, 0) out of bounds for matrix of 2x5\n");
  FATAL(s_bounds_matrix_col, "kiln: index (1, -3) out of bounds for matrix of 2x5\n");
  FATAL(s_len_null, "kiln: kiln_array_len: null array\n");
  FATAL(s_check_null, "kiln: kiln_array_check: null array\n");
  FATAL(s_rows_null, "kiln: kiln_matrix_rows: null matrix\n");
  FATAL_PTR(s_free_plain, "kiln: kiln_array_free: 0x", " is not a kiln array\n");
  FATAL_PTR(s_free_interior, "kiln: kiln_array_free: 0x", " is not a kiln array\n");
  FATAL_PTR(s_free_misaligned, "kiln: kiln_array_free: 0x", " is not a kiln array\n");
  FATAL_PTR(s_free_stack, "kiln: kiln_array_free: 0x", " is not a kiln array\n");
  FATAL_PTR(s_free_header_copy, "kiln: kiln_array_free: 0x", " is not a kiln array\n");
  /* After a free, malloc usually reuses the header bytes, so either message is correct. */
  expect_fatal("s_free_twice", s_free_twice, "kiln: kiln_array_free: 0x", " was already freed\n",
               " is not a kiln array\n");
  FATAL_PTR(s_free_matrix_as_array, "kiln: kiln_array_free: 0x",
            " is a kiln matrix, not an array (use kiln_matrix_free)\n");
  FATAL_PTR(s_free_array_as_matrix, "kiln: kiln_matrix_free: 0x", " is a kiln array, not a matrix\n");
  FATAL_PTR(s_cols_of_array, "kiln: kiln_matrix_cols: 0x", " is a kiln array, not a matrix\n");
}

int main(void) {
  CHECK(kiln_live_allocations() == 0);
  test_plain();
  test_arrays();
  test_matrices();
  test_fatal();
  CHECK(kiln_live_allocations() == 0);
  if (failures) {
    fprintf(stderr, "test_alloc: %d failure(s)\n", failures);
    return 1;
  }
  printf("test_alloc: all checks passed\n");
  return 0;
}
