/* Kiln runtime: functions that code lowered by Kiln calls (declared in the SModule symbol table)
 * and that language frontends call (allocation, arrays, matrices, bounds checks; see below).
 *
 * Wide-integer helpers operate on little-endian arrays of 64-bit words in memory, lowest word
 * first, for integers of `bits` bits (1..256): ceil(bits/64) words. Inputs have the bits above
 * `bits` zero (Kiln's SSA invariant); results are written the same way (high bits cleared).
 * Shift amounts >= bits and division by zero are undefined in LLVM IR; the helpers return zero
 * for them instead of trapping. Signed variants interpret bit `bits-1` as the sign. */
#ifndef KILN_RT_H
#define KILN_RT_H

#include <stdint.h>

#define KILN_MAX_WORDS 4

void __kiln_shl_w(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t bits);
void __kiln_lshr_w(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t bits);
void __kiln_ashr_w(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t bits);
void __kiln_udiv_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits);
void __kiln_sdiv_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits);
void __kiln_urem_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits);
void __kiln_srem_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits);

/* Conversions between wide integers and floating point (round to nearest even; float→int
 * truncates toward zero; out-of-range inputs are undefined in LLVM IR). */
double __kiln_utof64_w(const uint64_t *a, uint32_t bits);
double __kiln_stof64_w(const uint64_t *a, uint32_t bits);
float __kiln_utof32_w(const uint64_t *a, uint32_t bits);
float __kiln_stof32_w(const uint64_t *a, uint32_t bits);
void __kiln_f64tou_w(uint64_t *r, double x, uint32_t bits);
void __kiln_f64tos_w(uint64_t *r, double x, uint32_t bits);
void __kiln_f32tou_w(uint64_t *r, float x, uint32_t bits);
void __kiln_f32tos_w(uint64_t *r, float x, uint32_t bits);

/* ---------------------------------------------------------------------------------------------
 * Allocation helpers for language frontends (src/alloc.c).
 *
 * Contract shared by every function below:
 * - They never return NULL. When memory cannot be obtained (or a size computation such as
 *   count*elem_size overflows size_t) they call kiln_oom, which prints
 *   `kiln: out of memory allocating N bytes` to stderr and exits with status 1.
 * - Runtime errors (bounds-check failure, freeing something that is not a kiln array/matrix)
 *   print one line starting with `kiln: ` to stderr and exit with status 1.
 * - A zero size is valid: it yields a unique, freeable, non-NULL pointer.
 * - Every pointer returned is 16-byte aligned (element 0 of arrays and matrices too).
 * - kiln_live_allocations() counts allocations made here and not yet freed (kiln_alloc,
 *   kiln_alloc_zeroed, kiln_realloc(NULL, ..), kiln_array_new, kiln_matrix_new); tests use it to
 *   check for leaks. The counter is updated atomically.
 *
 * Arrays and matrices carry a hidden 48-byte header just before element 0 (magic word bound to
 * the header's address, element size, element count, rows, cols). A matrix is a row-major array
 * of rows*cols elements, so kiln_array_len/kiln_array_elem_size/kiln_array_check accept matrices;
 * freeing must use the matching function (kiln_array_free for arrays, kiln_matrix_free for
 * matrices). The magic check catches NULL, misaligned pointers, plain kiln_alloc blocks,
 * interior pointers and (usually) double frees; it reads the 48 bytes before the pointer, so it
 * is a best-effort diagnostic, not a guarantee for arbitrary wild pointers.
 *
 * wasm32 (no libc): the same API is backed by a bump allocator over linear memory (grown with
 * memory.grow from __heap_base). kiln_free/kiln_array_free/kiln_matrix_free validate and update
 * the live counter but never reuse memory. There is no stderr or exit: fatal errors write their
 * message (NUL-terminated) into kiln_error_message and execute `unreachable` (a trap the
 * embedder sees).
 * ------------------------------------------------------------------------------------------- */
#include <stddef.h>

#if defined(__GNUC__) || defined(__clang__)
#define KILN_NORETURN __attribute__((noreturn))
#else
#define KILN_NORETURN
#endif

/* Size in bytes of the hidden header before element 0 of an array or matrix. */
#define KILN_ARRAY_HEADER_SIZE 48

/* Prints `kiln: out of memory allocating N bytes` to stderr and exits with status 1. */
KILN_NORETURN void kiln_oom(size_t size);

/* malloc-like: `size` bytes, uninitialized. */
void *kiln_alloc(size_t size);
/* calloc-like: n*size zeroed bytes; n*size overflowing size_t is reported as out of memory. */
void *kiln_alloc_zeroed(size_t n, size_t size);
/* realloc-like; p == NULL behaves like kiln_alloc(size). size 0 keeps a minimal block (it does
 * not free p). Contents up to min(old, new) size are preserved. */
void *kiln_realloc(void *p, size_t size);
/* Frees a block from kiln_alloc/kiln_alloc_zeroed/kiln_realloc; NULL is ignored. */
void kiln_free(void *p);

/* New zeroed array of `count` elements of `elem_size` bytes; returns a pointer to element 0. */
void *kiln_array_new(size_t count, size_t elem_size);
/* Element count / element size of an array (or matrix: rows*cols). NULL is an error. */
size_t kiln_array_len(const void *a);
size_t kiln_array_elem_size(const void *a);
/* Exits with `kiln: index I out of bounds for array of length N` unless 0 <= index < len. */
void kiln_array_check(const void *a, int64_t index);
/* Frees an array from kiln_array_new; NULL is ignored; anything else is reported. */
void kiln_array_free(void *a);

/* New zeroed rows x cols matrix (row-major, element (r, c) at index r*cols + c). */
void *kiln_matrix_new(size_t rows, size_t cols, size_t elem_size);
size_t kiln_matrix_rows(const void *m);
size_t kiln_matrix_cols(const void *m);
/* Exits with `kiln: index (R, C) out of bounds for matrix of 2x5` unless in range. */
void kiln_matrix_check(const void *m, int64_t row, int64_t col);
/* Frees a matrix from kiln_matrix_new; NULL is ignored; anything else is reported. */
void kiln_matrix_free(void *m);

/* Number of allocations made by the functions above that are not yet freed. */
size_t kiln_live_allocations(void);

#ifdef __wasm__
/* wasm32 only: the message of the last fatal runtime error (NUL-terminated), set before the
 * runtime traps, so an embedder can read it from linear memory. */
extern char kiln_error_message[128];
#endif

/* ---------------------------------------------------------------------------------------------
 * Exceptions (reserved for a later issue): raising/unwinding helpers for frontends (e.g.
 * kiln_raise, kiln_begin_catch, the personality routine invoke/landingpad lowering will use) go
 * here, implemented in src/except.c.
 * ------------------------------------------------------------------------------------------- */

#endif
