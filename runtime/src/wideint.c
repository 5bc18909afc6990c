/* Kiln runtime: wide-integer shifts, division/remainder and float conversions that lowering
 * calls for integers wider than 64 bits (up to 256). Operands are little-endian 64-bit word
 * arrays (see kiln_rt.h); no libc is used so the file builds for wasm32 with -nostdlib. */
#include "kiln_rt.h"

static uint32_t words_of(uint32_t bits) { return (bits + 63) / 64; }

static void mask_top(uint64_t *r, uint32_t bits) {
  uint32_t n = words_of(bits), top = bits - 64 * (n - 1);
  if (top < 64) r[n - 1] &= (((uint64_t)1) << top) - 1;
}

static int is_negative(const uint64_t *a, uint32_t bits) {
  uint32_t b = bits - 1;
  return (a[b / 64] >> (b % 64)) & 1;
}

/* Copies `a` sign-extended across all n words (the top word's bits above `bits` filled). */
static void sext_copy(uint64_t *r, const uint64_t *a, uint32_t bits) {
  uint32_t n = words_of(bits), top = bits - 64 * (n - 1);
  for (uint32_t i = 0; i < n; i++) r[i] = a[i];
  if (top < 64 && is_negative(a, bits)) r[n - 1] |= ~((((uint64_t)1) << top) - 1);
}

static void negate(uint64_t *r, uint32_t n) {
  uint64_t carry = 1;
  for (uint32_t i = 0; i < n; i++) {
    uint64_t x = ~r[i] + carry;
    carry = (carry && x == 0) ? 1 : 0;
    r[i] = x;
  }
}

static void shift_left(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t n) {
  uint64_t t[KILN_MAX_WORDS];
  uint32_t q = (uint32_t)(amount / 64), s = (uint32_t)(amount % 64);
  for (uint32_t i = 0; i < n; i++) {
    uint64_t v = 0;
    if (i >= q) {
      v = a[i - q] << s;
      if (s && i >= q + 1) v |= a[i - q - 1] >> (64 - s);
    }
    t[i] = v;
  }
  for (uint32_t i = 0; i < n; i++) r[i] = t[i];
}

/* Right shift of an n-word value whose words beyond n read as `fill`. */
static void shift_right(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t n, uint64_t fill) {
  uint64_t t[KILN_MAX_WORDS];
  uint32_t q = (uint32_t)(amount / 64), s = (uint32_t)(amount % 64);
  for (uint32_t i = 0; i < n; i++) {
    uint64_t lo = i + q < n ? a[i + q] : fill;
    uint64_t hi = i + q + 1 < n ? a[i + q + 1] : fill;
    t[i] = s ? (lo >> s) | (hi << (64 - s)) : lo;
  }
  for (uint32_t i = 0; i < n; i++) r[i] = t[i];
}

void __kiln_shl_w(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t bits) {
  uint32_t n = words_of(bits);
  if (amount >= bits) { for (uint32_t i = 0; i < n; i++) r[i] = 0; return; }
  shift_left(r, a, amount, n);
  mask_top(r, bits);
}

void __kiln_lshr_w(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t bits) {
  uint32_t n = words_of(bits);
  if (amount >= bits) { for (uint32_t i = 0; i < n; i++) r[i] = 0; return; }
  shift_right(r, a, amount, n, 0);
}

void __kiln_ashr_w(uint64_t *r, const uint64_t *a, uint64_t amount, uint32_t bits) {
  uint32_t n = words_of(bits);
  uint64_t t[KILN_MAX_WORDS];
  sext_copy(t, a, bits);
  uint64_t fill = is_negative(a, bits) ? ~(uint64_t)0 : 0;
  if (amount >= bits) amount = bits - 1;
  shift_right(r, t, amount, n, fill);
  mask_top(r, bits);
}

static int cmp_words(const uint64_t *a, const uint64_t *b, uint32_t n) {
  for (uint32_t i = n; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

/* Unsigned long division, one bit at a time (n <= 4 words: at most 256 iterations). */
static void udivrem(uint64_t *q, uint64_t *rem, const uint64_t *a, const uint64_t *b, uint32_t n) {
  uint64_t qq[KILN_MAX_WORDS] = {0}, rr[KILN_MAX_WORDS] = {0};
  int zero = 1;
  for (uint32_t i = 0; i < n; i++) if (b[i]) zero = 0;
  if (zero) {
    for (uint32_t i = 0; i < n; i++) { q[i] = 0; rem[i] = 0; }
    return;
  }
  for (uint32_t bit = 64 * n; bit-- > 0;) {
    /* rr = rr << 1 | bit of a */
    uint64_t carry = (a[bit / 64] >> (bit % 64)) & 1;
    for (uint32_t i = 0; i < n; i++) {
      uint64_t nc = rr[i] >> 63;
      rr[i] = (rr[i] << 1) | carry;
      carry = nc;
    }
    if (carry || cmp_words(rr, b, n) >= 0) {
      uint64_t borrow = 0;
      for (uint32_t i = 0; i < n; i++) {
        uint64_t x = rr[i] - b[i];
        uint64_t nb = (rr[i] < b[i]) || (x < borrow);
        rr[i] = x - borrow;
        borrow = nb;
      }
      qq[bit / 64] |= ((uint64_t)1) << (bit % 64);
    }
  }
  for (uint32_t i = 0; i < n; i++) { q[i] = qq[i]; rem[i] = rr[i]; }
}

void __kiln_udiv_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits) {
  uint64_t rem[KILN_MAX_WORDS];
  udivrem(r, rem, a, b, words_of(bits));
}

void __kiln_urem_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits) {
  uint64_t q[KILN_MAX_WORDS];
  udivrem(q, r, a, b, words_of(bits));
}

/* Signed division on magnitudes; the quotient is negative when the signs differ, the remainder
 * takes the dividend's sign (C and LLVM semantics). */
static void sdivrem(uint64_t *q, uint64_t *rem, const uint64_t *a, const uint64_t *b, uint32_t bits) {
  uint32_t n = words_of(bits);
  uint64_t x[KILN_MAX_WORDS], y[KILN_MAX_WORDS];
  sext_copy(x, a, bits);
  sext_copy(y, b, bits);
  int na = is_negative(a, bits), nb = is_negative(b, bits);
  if (na) negate(x, n);
  if (nb) negate(y, n);
  udivrem(q, rem, x, y, n);
  if (na != nb) negate(q, n);
  if (na) negate(rem, n);
  mask_top(q, bits);
  mask_top(rem, bits);
}

void __kiln_sdiv_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits) {
  uint64_t rem[KILN_MAX_WORDS];
  sdivrem(r, rem, a, b, bits);
}

void __kiln_srem_w(uint64_t *r, const uint64_t *a, const uint64_t *b, uint32_t bits) {
  uint64_t q[KILN_MAX_WORDS];
  sdivrem(q, r, a, b, bits);
}

/* ---- conversions ---- */

/* Index of the highest set bit + 1 (0 for zero). */
static uint32_t bit_length(const uint64_t *a, uint32_t n) {
  for (uint32_t i = n; i-- > 0;) {
    if (a[i]) {
      uint32_t b = 64;
      uint64_t w = a[i];
      while (!(w >> 63)) { w <<= 1; b--; }
      return 64 * i + b;
    }
  }
  return 0;
}

/* The top 64 significant bits of a (as an integer) with a sticky bit for everything shifted
 * out, and the shift applied: value ≈ result * 2^shift, rounding-correct when converted. */
static uint64_t top64(const uint64_t *a, uint32_t n, uint32_t *shift) {
  uint32_t len = bit_length(a, n);
  if (len <= 64) { *shift = 0; return a[0]; }
  uint32_t s = len - 64;
  uint64_t t[KILN_MAX_WORDS];
  shift_right(t, a, s, n, 0);
  uint64_t sticky = 0;
  for (uint32_t bit = 0; bit < s; bit++) {
    if ((a[bit / 64] >> (bit % 64)) & 1) { sticky = 1; break; }
  }
  *shift = s;
  return t[0] | sticky;
}

static double scale64(double x, uint32_t s) {
  while (s >= 32) { x *= 4294967296.0; s -= 32; }
  return x * (double)(((uint64_t)1) << s);
}

static float scale32(float x, uint32_t s) {
  while (s >= 32) { x *= 4294967296.0f; s -= 32; }
  return x * (float)(((uint64_t)1) << s);
}

double __kiln_utof64_w(const uint64_t *a, uint32_t bits) {
  uint32_t s;
  uint64_t t = top64(a, words_of(bits), &s);
  return scale64((double)t, s);
}

float __kiln_utof32_w(const uint64_t *a, uint32_t bits) {
  uint32_t s;
  uint64_t t = top64(a, words_of(bits), &s);
  return scale32((float)t, s);
}

double __kiln_stof64_w(const uint64_t *a, uint32_t bits) {
  uint32_t n = words_of(bits);
  uint64_t x[KILN_MAX_WORDS];
  sext_copy(x, a, bits);
  int neg = is_negative(a, bits);
  if (neg) negate(x, n);
  uint32_t s;
  uint64_t t = top64(x, n, &s);
  double r = scale64((double)t, s);
  return neg ? -r : r;
}

float __kiln_stof32_w(const uint64_t *a, uint32_t bits) {
  uint32_t n = words_of(bits);
  uint64_t x[KILN_MAX_WORDS];
  sext_copy(x, a, bits);
  int neg = is_negative(a, bits);
  if (neg) negate(x, n);
  uint32_t s;
  uint64_t t = top64(x, n, &s);
  float r = scale32((float)t, s);
  return neg ? -r : r;
}

/* |x| truncated toward zero into an n-word magnitude, from the double's bits. */
static void f64_magnitude(uint64_t *r, double x, uint32_t n) {
  union { double d; uint64_t u; } v;
  v.d = x;
  for (uint32_t i = 0; i < n; i++) r[i] = 0;
  int exp = (int)((v.u >> 52) & 0x7ff);
  if (exp == 0x7ff || exp < 1023) return; /* NaN/inf (undefined) or |x| < 1 */
  uint64_t mant = (v.u & ((((uint64_t)1) << 52) - 1)) | (((uint64_t)1) << 52);
  int e = exp - 1023; /* value = mant * 2^(e-52) */
  if (e <= 52) { r[0] = mant >> (52 - e); return; }
  uint64_t m[KILN_MAX_WORDS] = {0};
  m[0] = mant;
  if ((uint32_t)(e - 52) >= 64 * n) return;
  shift_left(r, m, (uint64_t)(e - 52), n);
}

void __kiln_f64tou_w(uint64_t *r, double x, uint32_t bits) {
  f64_magnitude(r, x < 0 ? -x : x, words_of(bits));
  if (x < 0) negate(r, words_of(bits));
  mask_top(r, bits);
}

void __kiln_f64tos_w(uint64_t *r, double x, uint32_t bits) {
  uint32_t n = words_of(bits);
  f64_magnitude(r, x < 0 ? -x : x, n);
  if (x < 0) negate(r, n);
  mask_top(r, bits);
}

void __kiln_f32tou_w(uint64_t *r, float x, uint32_t bits) { __kiln_f64tou_w(r, (double)x, bits); }
void __kiln_f32tos_w(uint64_t *r, float x, uint32_t bits) { __kiln_f64tos_w(r, (double)x, bits); }
