/* Checks the wide-integer runtime helpers against the compiler's __int128 on pseudo-random
 * inputs at widths 65..128 (and a few 72/96/100-bit odd widths); exits non-zero on a mismatch. */
#include <stdio.h>
#include "kiln_rt.h"

typedef unsigned __int128 u128;
typedef __int128 s128;

static uint64_t state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }

static u128 mask(u128 x, unsigned bits) { return bits >= 128 ? x : x & ((((u128)1) << bits) - 1); }
static s128 sext(u128 x, unsigned bits) { unsigned s = 128 - bits; return ((s128)(x << s)) >> s; }
static void put(uint64_t *w, u128 x) { w[0] = (uint64_t)x; w[1] = (uint64_t)(x >> 64); }
static u128 get(const uint64_t *w) { return ((u128)w[1] << 64) | w[0]; }

int main(void) {
  unsigned widths[] = {65, 72, 96, 100, 127, 128};
  int bad = 0;
  for (unsigned wi = 0; wi < sizeof widths / sizeof widths[0]; wi++) {
    unsigned bits = widths[wi];
    for (int it = 0; it < 20000; it++) {
      u128 a = mask(((u128)rnd() << 64) | rnd(), bits), b = mask(((u128)rnd() << 64) | rnd(), bits);
      if (it % 3 == 0) b = mask(b >> (rnd() % 120), bits);
      if (b == 0) b = 1;
      uint64_t wa[4] = {0}, wb[4] = {0}, r[4] = {0};
      put(wa, a); put(wb, b);
      uint64_t amt = rnd() % bits;
      __kiln_shl_w(r, wa, amt, bits); if (get(r) != mask(a << amt, bits)) { bad++; printf("shl %u\n", bits); }
      __kiln_lshr_w(r, wa, amt, bits); if (get(r) != (a >> amt)) { bad++; printf("lshr %u\n", bits); }
      __kiln_ashr_w(r, wa, amt, bits); if (get(r) != mask((u128)(sext(a, bits) >> amt), bits)) { bad++; printf("ashr %u\n", bits); }
      __kiln_udiv_w(r, wa, wb, bits); if (get(r) != a / b) { bad++; printf("udiv %u\n", bits); }
      __kiln_urem_w(r, wa, wb, bits); if (get(r) != a % b) { bad++; printf("urem %u\n", bits); }
      s128 sa = sext(a, bits), sb = sext(b, bits);
      if (!(bits == 128 && sa == (s128)((u128)1 << 127) && sb == -1)) {
        __kiln_sdiv_w(r, wa, wb, bits); if (get(r) != mask((u128)(sa / sb), bits)) { bad++; printf("sdiv %u\n", bits); }
        __kiln_srem_w(r, wa, wb, bits); if (get(r) != mask((u128)(sa % sb), bits)) { bad++; printf("srem %u\n", bits); }
      }
      if (bits == 128) {
        if (__kiln_utof64_w(wa, bits) != (double)a) { bad++; printf("utof64\n"); }
        if (__kiln_stof64_w(wa, bits) != (double)sa) { bad++; printf("stof64\n"); }
        if (__kiln_utof32_w(wa, bits) != (float)a) { bad++; printf("utof32\n"); }
        if (__kiln_stof32_w(wa, bits) != (float)sa) { bad++; printf("stof32\n"); }
        double d = (double)(s128)(sa >> (rnd() % 120));
        __kiln_f64tos_w(r, d, bits); if (get(r) != (u128)(s128)d) { bad++; printf("f64tos %g\n", d); }
        double du = (double)(a >> (rnd() % 120));
        __kiln_f64tou_w(r, du, bits); if (get(r) != (u128)du) { bad++; printf("f64tou %g\n", du); }
      }
      if (bad > 10) return 1;
    }
  }
  printf(bad ? "FAILED\n" : "wideint ok\n");
  return bad != 0;
}
