/* Kiln corpus (CPU kernel): FNV-1a (32 and 64 bit), CRC-32 with a generated table, djb2, a
 * murmur-style 64-bit finalizer, and an open-addressing hash table of strings. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint32_t fnv1a32(const char *s) { uint32_t h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }
static uint64_t fnv1a64(const void *p, size_t n) {
    const unsigned char *b = p;
    uint64_t h = 14695981039346656037ULL;
    for (size_t i = 0; i < n; i++) { h ^= b[i]; h *= 1099511628211ULL; }
    return h;
}
static uint32_t crc_table[256];
static void crc_init(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}
static uint32_t crc32(const unsigned char *b, size_t n) {
    uint32_t c = 0xffffffffu;
    for (size_t i = 0; i < n; i++) c = crc_table[(c ^ b[i]) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}
static unsigned long djb2(const char *s) { unsigned long h = 5381; int c; while ((c = (unsigned char)*s++)) h = ((h << 5) + h + (unsigned)c) & 0xffffffffu; return h; }
static uint64_t fmix64(uint64_t k) { k ^= k >> 33; k *= 0xff51afd7ed558ccdULL; k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ULL; k ^= k >> 33; return k; }

#define TSIZE 64
static const char *table[TSIZE];
static int counts[TSIZE];
static int insert(const char *w) {
    uint32_t h = fnv1a32(w) & (TSIZE - 1);
    int probes = 0;
    while (table[h] && strcmp(table[h], w) != 0) { h = (h + 1) & (TSIZE - 1); probes++; }
    if (!table[h]) table[h] = w;
    counts[h]++;
    return probes;
}

int main(void) {
    const char *words[] = { "the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "fox", "the", "end" };
    for (int i = 0; i < 12; i++) printf("%s %08x %lu\n", words[i], (unsigned)fnv1a32(words[i]), djb2(words[i]));
    crc_init();
    const char *msg = "123456789";
    printf("crc %08x\n", (unsigned)crc32((const unsigned char *)msg, strlen(msg)));
    printf("fnv64 %016llx\n", (unsigned long long)fnv1a64(msg, strlen(msg)));
    uint64_t acc = 0;
    for (uint64_t i = 0; i < 10000; i++) acc += fmix64(i);
    printf("fmix %016llx\n", (unsigned long long)acc);
    int probes = 0;
    for (int i = 0; i < 12; i++) probes += insert(words[i]);
    int distinct = 0, maxc = 0;
    for (int i = 0; i < TSIZE; i++) if (table[i]) { distinct++; if (counts[i] > maxc) maxc = counts[i]; }
    printf("table %d distinct, max %d, probes %d\n", distinct, maxc, probes);
    unsigned char block[1024];
    for (int i = 0; i < 1024; i++) block[i] = (unsigned char)(i * 7 + 3);
    printf("block crc %08x\n", (unsigned)crc32(block, sizeof block));
    return distinct;
}
