/* CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320) three ways over a 10 MB buffer: bitwise,
   byte table, and slicing-by-4; all must agree, and the check value of "123456789" must be
   0xCBF43926. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define SIZE (10 << 20)

static uint32_t table[4][256];

static void make_tables(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[0][i] = c;
  }
  for (uint32_t i = 0; i < 256; i++)
    for (int t = 1; t < 4; t++) table[t][i] = (table[t - 1][i] >> 8) ^ table[0][table[t - 1][i] & 0xff];
}

static uint32_t crc_bitwise(const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
  }
  return ~c;
}

static uint32_t crc_table(const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) c = table[0][(c ^ p[i]) & 0xff] ^ (c >> 8);
  return ~c;
}

static uint32_t crc_slice4(const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    c ^= (uint32_t)p[i] | (uint32_t)p[i + 1] << 8 | (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 3] << 24;
    c = table[3][c & 0xff] ^ table[2][(c >> 8) & 0xff] ^ table[1][(c >> 16) & 0xff] ^ table[0][c >> 24];
  }
  for (; i < n; i++) c = table[0][(c ^ p[i]) & 0xff] ^ (c >> 8);
  return ~c;
}

int main(void) {
  make_tables();
  uint8_t *buf = malloc(SIZE);
  if (!buf) return 2;
  uint32_t s = 0x12345678u;
  for (size_t i = 0; i < SIZE; i++) { s = s * 1664525u + 1013904223u; buf[i] = (uint8_t)(s >> 24); }
  const uint8_t check[] = "123456789";
  uint32_t k = crc_table(check, 9);
  uint32_t a = crc_bitwise(buf, SIZE / 4);
  uint32_t b = crc_table(buf, SIZE / 4);
  uint32_t c = 0;
  for (int r = 0; r < 4; r++) c ^= crc_table(buf + r, SIZE - (size_t)r);
  uint32_t d = 0;
  for (int r = 0; r < 4; r++) d ^= crc_slice4(buf + r, SIZE - (size_t)r);
  int ok = k == 0xCBF43926u && a == b && c == d;
  printf("crc32 check=%08x part=%08x full=%08x ok=%d\n", k, a, c, ok);
  free(buf);
  return ok ? 0 : 1;
}
