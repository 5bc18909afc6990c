/* Kiln corpus (CPU kernel): sieve of Eratosthenes over a byte array and a bit array, prime
 * counting, twin primes, and a modular-exponentiation primality cross-check. */
#include <stdio.h>
#include <string.h>

#define LIMIT 200000
static unsigned char composite[LIMIT + 1];
static unsigned bits[(LIMIT >> 5) + 1];

static unsigned long long powmod(unsigned long long b, unsigned long long e, unsigned long long m) {
    unsigned long long r = 1;
    b %= m;
    while (e) { if (e & 1) r = r * b % m; b = b * b % m; e >>= 1; }
    return r;
}
static int fermat(unsigned n) {
    if (n < 4) return n >= 2;
    static const unsigned bases[] = { 2, 3, 5, 7 };
    for (int i = 0; i < 4; i++) if (n % bases[i] == 0) return n == bases[i];
    for (int i = 0; i < 4; i++) if (powmod(bases[i], n - 1, n) != 1) return 0;
    return 1;
}

int main(void) {
    memset(composite, 0, sizeof composite);
    composite[0] = composite[1] = 1;
    for (int i = 2; (long long)i * i <= LIMIT; i++)
        if (!composite[i]) for (int j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    int count = 0, twins = 0, last = 0;
    long long sum = 0;
    for (int i = 2; i <= LIMIT; i++)
        if (!composite[i]) { count++; sum += i; if (i - last == 2) twins++; last = i; }
    printf("primes %d sum %lld twins %d last %d\n", count, sum, twins, last);
    for (unsigned i = 0; i <= LIMIT; i++) if (i < 2) bits[i >> 5] |= 1u << (i & 31);
    for (unsigned i = 2; i * i <= LIMIT; i++)
        if (!(bits[i >> 5] & (1u << (i & 31))))
            for (unsigned j = i * i; j <= LIMIT; j += i) bits[j >> 5] |= 1u << (j & 31);
    int bcount = 0;
    for (unsigned i = 0; i <= LIMIT; i++) bcount += !(bits[i >> 5] & (1u << (i & 31)));
    printf("bit sieve %d\n", bcount);
    int agree = 0;
    for (unsigned n = 0; n < 5000; n++) agree += fermat(n) == !composite[n];
    printf("fermat agree %d/5000\n", agree);
    printf("powmod %llu\n", powmod(123456789, 987654321, 1000000007));
    return count % 100;
}
