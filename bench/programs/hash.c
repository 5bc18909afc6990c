/* Hashing: FNV-1a (64-bit) and a murmur3-style 32-bit mix over a buffer, then an
   open-addressing hash table (linear probing, power-of-two size) with inserts, lookups of
   present and absent keys, and a count check. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define BUF 6000000
#define KEYS 800000
#define TBL (1u << 21)

static uint64_t fnv1a(const uint8_t *p, size_t n) {
  uint64_t h = 14695981039346656037ULL;
  for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ULL; }
  return h;
}

static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static uint32_t murmur3(const uint8_t *p, size_t n, uint32_t seed) {
  uint32_t h = seed, c1 = 0xcc9e2d51u, c2 = 0x1b873593u;
  size_t blocks = n / 4;
  for (size_t i = 0; i < blocks; i++) {
    uint32_t k;
    memcpy(&k, p + i * 4, 4);
    k *= c1; k = rotl32(k, 15); k *= c2;
    h ^= k; h = rotl32(h, 13); h = h * 5 + 0xe6546b64u;
  }
  uint32_t k = 0;
  const uint8_t *tail = p + blocks * 4;
  switch (n & 3) {
  case 3: k ^= (uint32_t)tail[2] << 16; /* fallthrough */
  case 2: k ^= (uint32_t)tail[1] << 8;  /* fallthrough */
  case 1: k ^= tail[0]; k *= c1; k = rotl32(k, 15); k *= c2; h ^= k;
  }
  h ^= (uint32_t)n;
  h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16;
  return h;
}

static uint64_t mix64(uint64_t x) {
  x ^= x >> 33; x *= 0xff51afd7ed558ccdULL; x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53ULL; x ^= x >> 33;
  return x;
}

struct entry { uint64_t key; uint64_t value; };

static int insert(struct entry *t, uint64_t key, uint64_t value) {
  uint32_t i = (uint32_t)mix64(key) & (TBL - 1);
  while (t[i].key != 0) {
    if (t[i].key == key) { t[i].value = value; return 0; }
    i = (i + 1) & (TBL - 1);
  }
  t[i].key = key; t[i].value = value;
  return 1;
}

static int lookup(const struct entry *t, uint64_t key, uint64_t *value) {
  uint32_t i = (uint32_t)mix64(key) & (TBL - 1);
  while (t[i].key != 0) {
    if (t[i].key == key) { *value = t[i].value; return 1; }
    i = (i + 1) & (TBL - 1);
  }
  return 0;
}

int main(void) {
  uint8_t *buf = malloc(BUF);
  struct entry *t = calloc(TBL, sizeof(struct entry));
  if (!buf || !t) return 2;
  uint32_t s = 2463534242u;
  for (int i = 0; i < BUF; i++) { s ^= s << 13; s ^= s >> 17; s ^= s << 5; buf[i] = (uint8_t)s; }
  uint64_t f = 0; uint32_t m = 0;
  for (int r = 0; r < 4; r++) { f ^= fnv1a(buf, BUF - r); m ^= murmur3(buf + r, BUF - r, (uint32_t)r); }
  int inserted = 0;
  for (uint64_t k = 1; k <= KEYS; k++) inserted += insert(t, k * 2654435761ULL, k);
  for (uint64_t k = 1; k <= KEYS; k += 3) inserted += insert(t, k * 2654435761ULL, k + 1);
  uint64_t acc = 0; int found = 0, missing = 0;
  for (uint64_t k = 1; k <= 2 * KEYS; k++) {
    uint64_t v;
    if (lookup(t, k * 2654435761ULL, &v)) { found++; acc += v * k; } else missing++;
  }
  int ok = inserted == KEYS && found == KEYS && missing == KEYS;
  printf("hash fnv=%016llx murmur=%08x found=%d missing=%d acc=%llu ok=%d\n",
         (unsigned long long)f, m, found, missing, (unsigned long long)acc, ok);
  free(buf); free(t);
  return ok ? 0 : 1;
}
