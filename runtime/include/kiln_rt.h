/* Kiln runtime: functions that code lowered by Kiln calls (declared in the SModule symbol table).
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

#endif
