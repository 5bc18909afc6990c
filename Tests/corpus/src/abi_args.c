/* Kiln corpus: calling-convention stress: more arguments than argument registers (ints, doubles
 * and floats interleaved, so some go on the stack), narrow signext/zeroext parameters and returns,
 * _Bool parameters, struct and scalar arguments mixed, and deep call chains. */
#include <stdio.h>
#include <stdbool.h>

static long long many_ints(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j, long long k, int l) {
    return a + 2LL * b + 3LL * c + 4LL * d + 5LL * e + 6LL * f + 7LL * g + 8LL * h + 9LL * i + 10LL * j + 11 * k + 12LL * l;
}
static double many_fp(double a, float b, double c, float d, double e, float f, double g, float h, double i, float j, double k) {
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11;
}
static double mixed(int a, double b, signed char c, float d, unsigned short e, long long f, double g, unsigned char h, short i, double j, int k, float l, double m, int n) {
    return a + b + c + d + e + (double)f + g + h + i + j + k + l + m + n;
}
static signed char ret_s8(int x) { return (signed char)(x * 3); }
static unsigned char ret_u8(int x) { return (unsigned char)(x * 3); }
static short ret_s16(int x) { return (short)(x * 1000); }
static unsigned short ret_u16(int x) { return (unsigned short)(x * 1000); }
static int take_narrow(signed char a, unsigned char b, short c, unsigned short d, bool e) { return a * 1000000 + b * 10000 + c * 10 + d + (e ? 7 : 0); }
static bool is_big(long long v) { return v > 1000; }
struct P { int x, y; };
static int with_structs(int a, struct P p, double b, struct P q, int c, int d, int e, int f, int g, struct P r) {
    return a + p.x * p.y + (int)b + q.x - q.y + c + d + e + f + g + r.x * 10 + r.y;
}
static int chain5(int x);
static int chain1(int x) { return x <= 0 ? 0 : 1 + chain5(x - 1); }
static int chain2(int x) { return chain1(x) + 1; }
static int chain3(int x) { int t = chain2(x); return t * 2 - t; }
static int chain4(int x) { return chain3(x); }
static int chain5(int x) { return chain4(x) - 1; }

int main(void) {
    printf("ints %lld\n", many_ints(1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 10000000000LL, 12));
    printf("fp %.4f\n", many_fp(1.5, 2.5f, -3.25, 4.0f, 0.125, -6.0f, 7.0, 8.5f, -9.0, 10.0f, 11.75));
    printf("mixed %.4f\n", mixed(1, 2.5, -3, 4.5f, 65535, -6000000000LL, 7.25, 255, -32768, 10.0, 11, 12.5f, 13.0, 14));
    printf("narrow %d %d %d %d\n", ret_s8(50), ret_u8(100), ret_s16(40), ret_u16(70));
    printf("take %d %d\n", take_narrow(-5, 200, -3000, 60000, true), take_narrow(ret_s8(50), ret_u8(100), ret_s16(40), ret_u16(70), is_big(5)));
    struct P p = { 3, 4 }, q = { 10, 1 }, r = { 2, 9 };
    printf("structs %d\n", with_structs(1, p, 2.9, q, 5, 6, 7, 8, 9, r));
    printf("chain %d\n", chain1(50));
    return is_big(2000) + is_big(0);
}
