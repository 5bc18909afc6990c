/* Compression round trip: an LZ77 coder (hash-chain match finder, 4 KiB window, tokens as
   literal/match bytes) followed by a Huffman coder (code lengths from a heap-free O(n^2) merge,
   canonical codes, bit-level encode and table-walk decode). Decodes both stages and checks the
   result equals the input; prints sizes and a checksum. Input: pseudo-random text with repeats. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define IN_SIZE 3000000
#define WIN 4096
#define MIN_MATCH 4
#define MAX_MATCH 130
#define HBITS 14

static const char *words[] = {"the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ",
                              "kiln ", "compiles ", "llvm ", "ir ", "to ", "machine ", "code ", "\n"};

/* token stream: 0x00 len8 literal bytes... | 0x01 (len-MIN_MATCH) dist_lo dist_hi */
static size_t lz_compress(const uint8_t *in, size_t n, uint8_t *out) {
  static int head[1 << HBITS];
  static int prev[IN_SIZE];
  for (int i = 0; i < (1 << HBITS); i++) head[i] = -1;
  size_t o = 0, lit_start = 0, i = 0;
  while (i < n) {
    int best_len = 0, best_dist = 0;
    if (i + MIN_MATCH <= n) {
      uint32_t h = ((uint32_t)in[i] * 506832829u ^ (uint32_t)in[i + 1] << 8 ^ (uint32_t)in[i + 2] << 16 ^ (uint32_t)in[i + 3]) >> (32 - HBITS);
      h &= (1u << HBITS) - 1;
      int cand = head[h], chain = 32;
      while (cand >= 0 && (int)i - cand <= WIN - 1 && chain-- > 0) {
        int len = 0;
        while (len < MAX_MATCH && i + len < n && in[cand + len] == in[i + len]) len++;
        if (len > best_len) { best_len = len; best_dist = (int)i - cand; }
        cand = prev[cand];
      }
      prev[i] = head[h];
      head[h] = (int)i;
    }
    if (best_len >= MIN_MATCH) {
      while (lit_start < i) {
        size_t run = i - lit_start; if (run > 255) run = 255;
        out[o++] = 0; out[o++] = (uint8_t)run;
        memcpy(out + o, in + lit_start, run); o += run; lit_start += run;
      }
      out[o++] = 1; out[o++] = (uint8_t)(best_len - MIN_MATCH);
      out[o++] = (uint8_t)(best_dist & 0xff); out[o++] = (uint8_t)(best_dist >> 8);
      /* insert skipped positions into the chains */
      for (size_t k = i + 1; k < i + (size_t)best_len && k + MIN_MATCH <= n; k++) {
        uint32_t h = ((uint32_t)in[k] * 506832829u ^ (uint32_t)in[k + 1] << 8 ^ (uint32_t)in[k + 2] << 16 ^ (uint32_t)in[k + 3]) >> (32 - HBITS);
        h &= (1u << HBITS) - 1;
        prev[k] = head[h]; head[h] = (int)k;
      }
      i += (size_t)best_len;
      lit_start = i;
    } else {
      i++;
    }
  }
  while (lit_start < n) {
    size_t run = n - lit_start; if (run > 255) run = 255;
    out[o++] = 0; out[o++] = (uint8_t)run;
    memcpy(out + o, in + lit_start, run); o += run; lit_start += run;
  }
  return o;
}

static size_t lz_decompress(const uint8_t *in, size_t n, uint8_t *out) {
  size_t i = 0, o = 0;
  while (i < n) {
    if (in[i] == 0) {
      size_t run = in[i + 1]; i += 2;
      for (size_t k = 0; k < run; k++) out[o++] = in[i++];
    } else {
      size_t len = (size_t)in[i + 1] + MIN_MATCH, dist = (size_t)in[i + 2] | (size_t)in[i + 3] << 8;
      i += 4;
      for (size_t k = 0; k < len; k++) { out[o] = out[o - dist]; o++; }
    }
  }
  return o;
}

/* Huffman */
static void code_lengths(const uint32_t *freq, uint8_t *len) {
  int parent[512]; uint64_t w[512]; int alive[512]; int nodes = 256;
  for (int i = 0; i < 256; i++) { w[i] = freq[i]; alive[i] = freq[i] > 0; parent[i] = -1; len[i] = 0; }
  int live = 0; for (int i = 0; i < 256; i++) live += alive[i];
  if (live == 1) { for (int i = 0; i < 256; i++) if (alive[i]) len[i] = 1; return; }
  while (live > 1) {
    int a = -1, b = -1;
    for (int i = 0; i < nodes; i++) {
      if (!alive[i]) continue;
      if (a < 0 || w[i] < w[a]) { b = a; a = i; }
      else if (b < 0 || w[i] < w[b]) b = i;
    }
    w[nodes] = w[a] + w[b]; alive[nodes] = 1; parent[nodes] = -1;
    alive[a] = alive[b] = 0; parent[a] = parent[b] = nodes;
    nodes++; live--;
  }
  for (int i = 0; i < 256; i++) {
    if (!freq[i]) continue;
    int d = 0; for (int p = parent[i]; p >= 0; p = parent[p]) d++;
    len[i] = (uint8_t)d;
  }
}

static void canonical(const uint8_t *len, uint32_t *code) {
  int count[64] = {0}; uint32_t next[64];
  for (int i = 0; i < 256; i++) count[len[i]]++;
  count[0] = 0;
  uint32_t c = 0;
  for (int b = 1; b < 64; b++) { c = (c + (uint32_t)count[b - 1]) << 1; next[b] = c; }
  for (int i = 0; i < 256; i++) if (len[i]) code[i] = next[len[i]]++;
}

static size_t huff_encode(const uint8_t *in, size_t n, const uint8_t *len, const uint32_t *code, uint8_t *out) {
  uint64_t acc = 0; int bits = 0; size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    acc = (acc << len[in[i]]) | code[in[i]]; bits += len[in[i]];
    while (bits >= 8) { bits -= 8; out[o++] = (uint8_t)(acc >> bits); }
  }
  if (bits > 0) out[o++] = (uint8_t)(acc << (8 - bits));
  return o;
}

static void huff_decode(const uint8_t *in, size_t n, const uint8_t *len, const uint32_t *code, uint8_t *out) {
  /* decode by walking canonical code ranges per length */
  uint32_t first[64], cnt[64], offs[64]; uint8_t sym[256]; int k = 0;
  for (int b = 0; b < 64; b++) { cnt[b] = 0; first[b] = 0; offs[b] = 0; }
  for (int b = 1; b < 64; b++) {
    offs[b] = (uint32_t)k;
    for (int i = 0; i < 256; i++) if (len[i] == b) { if (cnt[b] == 0) first[b] = code[i]; cnt[b]++; sym[k++] = (uint8_t)i; }
  }
  size_t bitpos = 0;
  for (size_t o = 0; o < n; o++) {
    uint32_t c = 0;
    for (int b = 1; b < 64; b++) {
      c = (c << 1) | ((in[bitpos >> 3] >> (7 - (bitpos & 7))) & 1u); bitpos++;
      if (cnt[b] && c >= first[b] && c - first[b] < cnt[b]) { out[o] = sym[offs[b] + (c - first[b])]; break; }
    }
  }
}

int main(void) {
  uint8_t *in = malloc(IN_SIZE), *lz = malloc(IN_SIZE * 2 + 16), *hf = malloc(IN_SIZE * 2 + 16);
  uint8_t *lz2 = malloc(IN_SIZE * 2 + 16), *back = malloc(IN_SIZE + 16);
  if (!in || !lz || !hf || !lz2 || !back) return 2;
  uint32_t s = 1;
  size_t n = 0;
  while (n < IN_SIZE) {
    s = s * 1664525u + 1013904223u;
    const char *w = words[(s >> 24) & 15];
    if (((s >> 16) & 7) == 0) { in[n++] = (uint8_t)('a' + ((s >> 8) % 26)); continue; }
    for (size_t k = 0; w[k] && n < IN_SIZE; k++) in[n++] = (uint8_t)w[k];
  }
  size_t lzn = lz_compress(in, n, lz);
  uint32_t freq[256] = {0};
  for (size_t i = 0; i < lzn; i++) freq[lz[i]]++;
  uint8_t len[256]; uint32_t code[256] = {0};
  code_lengths(freq, len);
  int maxlen = 0; for (int i = 0; i < 256; i++) if (len[i] > maxlen) maxlen = len[i];
  if (maxlen > 56) { printf("code too long\n"); return 1; }
  canonical(len, code);
  size_t hn = huff_encode(lz, lzn, len, code, hf);
  huff_decode(hf, lzn, len, code, lz2);
  int ok = memcmp(lz, lz2, lzn) == 0;
  size_t bn = lz_decompress(lz2, lzn, back);
  ok = ok && bn == n && memcmp(in, back, n) == 0;
  uint32_t sum = 0; for (size_t i = 0; i < hn; i++) sum = sum * 31u + hf[i];
  printf("compress in=%zu lz=%zu huff=%zu maxlen=%d sum=%08x ok=%d\n", n, lzn, hn, maxlen, sum, ok);
  free(in); free(lz); free(hf); free(lz2); free(back);
  return ok ? 0 : 1;
}
