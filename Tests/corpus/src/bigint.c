/* Kiln corpus (CPU kernel): arbitrary-precision unsigned arithmetic on arrays of uint32 limbs
 * with 64-bit intermediate products: factorial(100), 2^512, and decimal printing by repeated
 * division. Exercises u64 mul/div/rem, zext/trunc between i32 and i64. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define LIMBS 40
typedef struct { uint32_t d[LIMBS]; int n; } Big;

static void big_set(Big *b, uint32_t v) { memset(b, 0, sizeof *b); b->d[0] = v; b->n = v ? 1 : 0; }
static void big_mul_small(Big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) { uint64_t t = (uint64_t)b->d[i] * m + carry; b->d[i] = (uint32_t)t; carry = t >> 32; }
    if (carry) b->d[b->n++] = (uint32_t)carry;
}
static void big_add(Big *r, const Big *a, const Big *b) {
    uint64_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) { uint64_t t = (uint64_t)a->d[i] + b->d[i] + carry; r->d[i] = (uint32_t)t; carry = t >> 32; }
    r->n = n;
    if (carry) r->d[r->n++] = 1;
}
static uint32_t big_divmod_small(Big *b, uint32_t dv) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) { uint64_t cur = (rem << 32) | b->d[i]; b->d[i] = (uint32_t)(cur / dv); rem = cur % dv; }
    while (b->n && !b->d[b->n - 1]) b->n--;
    return (uint32_t)rem;
}
static void big_print(const char *tag, const Big *b) {
    Big t = *b;
    char buf[400];
    int k = 0;
    if (!t.n) buf[k++] = '0';
    while (t.n) { uint32_t r = big_divmod_small(&t, 1000000000u); for (int i = 0; i < 9; i++) { buf[k++] = (char)('0' + r % 10); r /= 10; } }
    while (k > 1 && buf[k - 1] == '0') k--;
    printf("%s ", tag);
    while (k) putchar(buf[--k]);
    putchar('\n');
}

int main(void) {
    Big f;
    big_set(&f, 1);
    for (uint32_t i = 2; i <= 100; i++) big_mul_small(&f, i);
    big_print("100!", &f);
    printf("limbs %d\n", f.n);
    Big p;
    big_set(&p, 1);
    for (int i = 0; i < 512; i++) big_mul_small(&p, 2);
    big_print("2^512", &p);
    Big a, b, c;
    big_set(&a, 0); big_set(&b, 1); big_set(&c, 0);
    for (int i = 0; i < 300; i++) { big_add(&c, &a, &b); a = b; b = c; }
    big_print("fib301", &b);
    uint32_t r = big_divmod_small(&f, 1000000007u);
    printf("100! mod p %u\n", r);
    return (int)(r % 100);
}
