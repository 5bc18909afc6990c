/* Kiln runtime: allocation helpers for language frontends (contract in include/kiln_rt.h).
 * kiln_alloc & co. never return NULL (out of memory -> `kiln: out of memory allocating N bytes`,
 * exit 1); arrays and matrices are zeroed blocks with a 48-byte header before element 0 whose
 * magic word is XORed with the header's own address, so stale copies, plain blocks and interior
 * pointers are rejected by kiln_array_free & co. instead of corrupting the heap.
 *
 * Invariants: every block handed out is 16-byte aligned (malloc's guarantee on 64-bit glibc/musl,
 * explicit rounding in the wasm32 bump allocator) and the header size is a multiple of 16, so
 * element 0 is 16-byte aligned too. The only platform-specific code is the "platform layer"
 * section: libc (malloc/calloc/realloc/free, write(2), exit) on hosted targets; on wasm32
 * (`__wasm__`, built with -nostdlib) a bump allocator over linear memory and a trap. */
#include "kiln_rt.h"

#include <stdint.h>

/* ---- platform layer ---------------------------------------------------------------------- */

#ifdef __wasm__

/* Bump allocator: each block is [16-byte prefix holding its payload capacity][payload]. Memory is
 * never reused, so fresh payload is always zero (linear memory above __heap_base starts zeroed
 * and memory.grow zero-fills). kiln_free only validates/counts; the last block is not reclaimed. */
extern unsigned char __heap_base;
static uintptr_t heap_top, heap_end;
char kiln_error_message[128];

#define WASM_PAGE 65536u
#define BLOCK_PREFIX 16u

static void *sys_alloc(size_t n) {
  if (heap_top == 0) {
    heap_top = ((uintptr_t)&__heap_base + 15u) & ~(uintptr_t)15u;
    heap_end = (uintptr_t)__builtin_wasm_memory_size(0) * WASM_PAGE;
  }
  if (n > SIZE_MAX - BLOCK_PREFIX - 15u) return 0;
  size_t cap = (n + 15u) & ~(size_t)15u;
  if (cap == 0) cap = 16u;
  size_t need = BLOCK_PREFIX + cap;
  if (need > UINTPTR_MAX - heap_top) return 0;
  if (heap_top + need > heap_end) {
    size_t missing = heap_top + need - heap_end;
    size_t pages = missing / WASM_PAGE + (missing % WASM_PAGE != 0);
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 0;
    heap_end += pages * WASM_PAGE;
  }
  unsigned char *block = (unsigned char *)heap_top;
  heap_top += need;
  *(size_t *)block = cap;
  return block + BLOCK_PREFIX;
}

static void *sys_calloc(size_t n) { return sys_alloc(n); }

static void *sys_realloc(void *p, size_t n) {
  size_t cap = *(size_t *)((unsigned char *)p - BLOCK_PREFIX);
  if (n <= cap) return p;
  unsigned char *q = sys_alloc(n);
  if (!q) return 0;
  const unsigned char *src = p;
  for (size_t i = 0; i < cap; i++) q[i] = src[i];
  return q;
}

static void sys_free(void *p) { (void)p; }

static KILN_NORETURN void sys_fatal(const char *msg, size_t len) {
  size_t i = 0;
  for (; i < len && i + 1 < sizeof kiln_error_message; i++) kiln_error_message[i] = msg[i];
  kiln_error_message[i] = 0;
  __builtin_trap();
}

#else /* hosted: libc */

#include <stdlib.h>
#include <unistd.h>

static void *sys_alloc(size_t n) { return malloc(n ? n : 1); }
static void *sys_calloc(size_t n) { return calloc(1, n ? n : 1); }
static void *sys_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
static void sys_free(void *p) { free(p); }

/* write(2), not stdio: nothing here may allocate (we may be out of memory). exit (not _exit)
 * so the program's buffered stdout is still flushed. */
static KILN_NORETURN void sys_fatal(const char *msg, size_t len) {
  while (len > 0) {
    ssize_t w = write(2, msg, len);
    if (w <= 0) break;
    msg += w;
    len -= (size_t)w;
  }
  exit(1);
}

#endif

/* ---- messages (fixed buffer, no allocation) ----------------------------------------------- */

typedef struct {
  char buf[160];
  size_t len;
} Msg;

static void put_str(Msg *m, const char *s) {
  while (*s && m->len < sizeof m->buf - 1) m->buf[m->len++] = *s++;
}

static void put_u64(Msg *m, uint64_t v) {
  char tmp[20];
  int n = 0;
  do { tmp[n++] = (char)('0' + v % 10); v /= 10; } while (v);
  while (n > 0 && m->len < sizeof m->buf - 1) m->buf[m->len++] = tmp[--n];
}

static void put_i64(Msg *m, int64_t v) {
  if (v < 0) { put_str(m, "-"); put_u64(m, 0 - (uint64_t)v); }
  else put_u64(m, (uint64_t)v);
}

static void put_ptr(Msg *m, const void *p) {
  uintptr_t v = (uintptr_t)p;
  char tmp[2 * sizeof v];
  int n = 0;
  do { tmp[n++] = "0123456789abcdef"[v & 15]; v >>= 4; } while (v);
  put_str(m, "0x");
  while (n > 0 && m->len < sizeof m->buf - 1) m->buf[m->len++] = tmp[--n];
}

static KILN_NORETURN void die(Msg *m) {
  put_str(m, "\n");
  sys_fatal(m->buf, m->len);
}

/* ---- live-allocation counter ------------------------------------------------------------- */

static size_t live_count;

static void live_inc(void) { __atomic_fetch_add(&live_count, 1, __ATOMIC_RELAXED); }
static void live_dec(void) { __atomic_fetch_sub(&live_count, 1, __ATOMIC_RELAXED); }

size_t kiln_live_allocations(void) { return __atomic_load_n(&live_count, __ATOMIC_RELAXED); }

/* ---- plain allocation -------------------------------------------------------------------- */

void kiln_oom(size_t size) {
  Msg m;
  m.len = 0;
  put_str(&m, "kiln: out of memory allocating ");
  put_u64(&m, size);
  put_str(&m, " bytes");
  die(&m);
}

/* Out of memory because a size product overflows size_t: `N x M [x K] bytes (size overflows)`. */
static KILN_NORETURN void oom_product(size_t a, size_t b, size_t c, int three) {
  Msg m;
  m.len = 0;
  put_str(&m, "kiln: out of memory allocating ");
  put_u64(&m, a);
  put_str(&m, " x ");
  put_u64(&m, b);
  if (three) { put_str(&m, " x "); put_u64(&m, c); }
  put_str(&m, " bytes (size overflows)");
  die(&m);
}

void *kiln_alloc(size_t size) {
  void *p = sys_alloc(size);
  if (!p) kiln_oom(size);
  live_inc();
  return p;
}

void *kiln_alloc_zeroed(size_t n, size_t size) {
  size_t bytes;
  if (__builtin_mul_overflow(n, size, &bytes)) oom_product(n, size, 0, 0);
  void *p = sys_calloc(bytes);
  if (!p) kiln_oom(bytes);
  live_inc();
  return p;
}

void *kiln_realloc(void *p, size_t size) {
  if (!p) return kiln_alloc(size);
  void *q = sys_realloc(p, size);
  if (!q) kiln_oom(size);
  return q;
}

void kiln_free(void *p) {
  if (!p) return;
  live_dec();
  sys_free(p);
}

/* ---- arrays and matrices ----------------------------------------------------------------- */

typedef struct {
  uint64_t magic;     /* KIND_* ^ address of this header */
  uint64_t elem_size;
  uint64_t len;       /* element count (rows*cols for a matrix) */
  uint64_t rows;      /* matrix only (0 for arrays) */
  uint64_t cols;      /* matrix only (0 for arrays) */
  uint64_t reserved;  /* padding to a multiple of 16 */
} Header;

_Static_assert(sizeof(Header) == KILN_ARRAY_HEADER_SIZE, "header size must match kiln_rt.h");
_Static_assert(KILN_ARRAY_HEADER_SIZE % 16 == 0, "element 0 must stay 16-byte aligned");

#define KIND_ARRAY 0x4B494C4E41525259ull  /* "KILNARRY" */
#define KIND_MATRIX 0x4B494C4E4D415452ull /* "KILNMATR" */
#define KIND_FREED 0x4B494C4E46524545ull  /* "KILNFREE" */

static uint64_t seal(const Header *h, uint64_t kind) { return kind ^ (uint64_t)(uintptr_t)h; }

static void *new_block(uint64_t kind, size_t len, size_t elem_size, size_t rows, size_t cols) {
  size_t bytes, total;
  if (__builtin_mul_overflow(len, elem_size, &bytes)) {
    if (kind == KIND_MATRIX) oom_product(rows, cols, elem_size, 1);
    oom_product(len, elem_size, 0, 0);
  }
  if (__builtin_add_overflow(bytes, (size_t)KILN_ARRAY_HEADER_SIZE, &total)) kiln_oom(bytes);
  Header *h = sys_calloc(total);
  if (!h) kiln_oom(total);
  h->magic = seal(h, kind);
  h->elem_size = elem_size;
  h->len = len;
  h->rows = rows;
  h->cols = cols;
  live_inc();
  return (unsigned char *)h + KILN_ARRAY_HEADER_SIZE;
}

#define KIND_UNKNOWN 0 /* lookup could not read a header (NULL, misaligned, too low) */

/* Cold path of lookup: reports why `p` is not a live block of kind `want` and exits. */
static __attribute__((noinline, cold)) KILN_NORETURN void bad_block(const void *p, const char *fn,
                                                                     uint64_t want, uint64_t kind) {
  const char *what = want == KIND_MATRIX ? "matrix" : "array";
  Msg m;
  m.len = 0;
  put_str(&m, "kiln: ");
  put_str(&m, fn);
  put_str(&m, ": ");
  if (!p) {
    put_str(&m, "null ");
    put_str(&m, what);
    die(&m);
  }
  put_ptr(&m, p);
  if (kind == KIND_FREED) put_str(&m, " was already freed");
  else if (kind == KIND_MATRIX) put_str(&m, " is a kiln matrix, not an array (use kiln_matrix_free)");
  else if (kind == KIND_ARRAY) put_str(&m, " is a kiln array, not a matrix");
  else { put_str(&m, " is not a kiln "); put_str(&m, what); }
  die(&m);
}

/* Validates `p` as element 0 of a live array/matrix for function `fn`. `want` is KIND_ARRAY or
 * KIND_MATRIX; `either` accepts both kinds (read-only array functions accept matrices). Reports
 * and exits on anything else. */
static inline Header *lookup(const void *p, const char *fn, uint64_t want, int either) {
  uintptr_t a = (uintptr_t)p;
  uint64_t kind = KIND_UNKNOWN;
  if ((a & 15) == 0 && a >= KILN_ARRAY_HEADER_SIZE) {
    Header *h = (Header *)(a - KILN_ARRAY_HEADER_SIZE);
    kind = h->magic ^ (uint64_t)(uintptr_t)h;
    if (kind == want || (either && (kind == KIND_ARRAY || kind == KIND_MATRIX))) return h;
  }
  bad_block(p, fn, want, kind);
}

static void free_block(void *p, const char *fn, uint64_t kind) {
  if (!p) return;
  Header *h = lookup(p, fn, kind, 0);
  h->magic = seal(h, KIND_FREED);
  live_dec();
  sys_free(h);
}

void *kiln_array_new(size_t count, size_t elem_size) {
  return new_block(KIND_ARRAY, count, elem_size, 0, 0);
}

size_t kiln_array_len(const void *a) {
  return (size_t)lookup(a, "kiln_array_len", KIND_ARRAY, 1)->len;
}

size_t kiln_array_elem_size(const void *a) {
  return (size_t)lookup(a, "kiln_array_elem_size", KIND_ARRAY, 1)->elem_size;
}

void kiln_array_check(const void *a, int64_t index) {
  uint64_t len = lookup(a, "kiln_array_check", KIND_ARRAY, 1)->len;
  if (index >= 0 && (uint64_t)index < len) return;
  Msg m;
  m.len = 0;
  put_str(&m, "kiln: index ");
  put_i64(&m, index);
  put_str(&m, " out of bounds for array of length ");
  put_u64(&m, len);
  die(&m);
}

void kiln_array_free(void *a) { free_block(a, "kiln_array_free", KIND_ARRAY); }

void *kiln_matrix_new(size_t rows, size_t cols, size_t elem_size) {
  size_t len;
  if (__builtin_mul_overflow(rows, cols, &len)) oom_product(rows, cols, elem_size, 1);
  return new_block(KIND_MATRIX, len, elem_size, rows, cols);
}

size_t kiln_matrix_rows(const void *m) {
  return (size_t)lookup(m, "kiln_matrix_rows", KIND_MATRIX, 0)->rows;
}

size_t kiln_matrix_cols(const void *m) {
  return (size_t)lookup(m, "kiln_matrix_cols", KIND_MATRIX, 0)->cols;
}

void kiln_matrix_check(const void *mat, int64_t row, int64_t col) {
  const Header *h = lookup(mat, "kiln_matrix_check", KIND_MATRIX, 0);
  if (row >= 0 && (uint64_t)row < h->rows && col >= 0 && (uint64_t)col < h->cols) return;
  Msg m;
  m.len = 0;
  put_str(&m, "kiln: index (");
  put_i64(&m, row);
  put_str(&m, ", ");
  put_i64(&m, col);
  put_str(&m, ") out of bounds for matrix of ");
  put_u64(&m, h->rows);
  put_str(&m, "x");
  put_u64(&m, h->cols);
  die(&m);
}

void kiln_matrix_free(void *m) { free_block(m, "kiln_matrix_free", KIND_MATRIX); }
