/* Kiln corpus: float and double arithmetic (fadd/fsub/fmul/fdiv/fneg), frem via fmod/fmodf,
 * sqrt, ordered and unordered comparisons with NaN/inf, float<->double. FP contraction is turned
 * off except in fma_exact(), whose operands make fused and unfused results identical
 * (it exercises llvm.fmuladd). */
#include <stdio.h>
#include <math.h>

#pragma STDC FP_CONTRACT OFF

static double dops(double a, double b) { return (a + b) * (a - b) / (b == 0.0 ? 1.0 : b); }
static float fops(float a, float b) { return (a * b - a) / (b + 0.5f); }
static double dneg(double x) { return -x; }
static float fneg(float x) { return -x; }
static int classify(double x, double y) {
    int r = 0;
    r |= (x == y) << 0;
    r |= (x != y) << 1;
    r |= (x < y) << 2;
    r |= (x <= y) << 3;
    r |= (x > y) << 4;
    r |= (x >= y) << 5;
    r |= (x != x) << 6;
    r |= !(x < y) << 7;
    r |= !(x >= y) << 8;
    return r;
}
static int fclassify(float x, float y) { return (x < y) + 2 * (x == y) + 4 * !(x <= y) + 8 * (x != y); }

/* frem: C has no float '%', but clang's __builtin_elementwise_fmod lowers to the frem instruction. */
static double drem_(double a, double b) {
#if __has_builtin(__builtin_elementwise_fmod)
    return __builtin_elementwise_fmod(a, b);
#else
    return fmod(a, b);
#endif
}
static float frem_(float a, float b) {
#if __has_builtin(__builtin_elementwise_fmod)
    return __builtin_elementwise_fmod(a, b);
#else
    return fmodf(a, b);
#endif
}

static double fma_exact(double a, double b, double c) {
#pragma STDC FP_CONTRACT ON
    return a * b + c;
}

int main(void) {
    double zero = 0.0;
    double inf = 1.0 / zero;
    double nan = zero / zero;
    printf("dops %.6f %.6f %.6f\n", dops(3.5, 1.25), dops(-2.0, 0.0), dops(1e10, 3.0));
    printf("fops %.6f %.6f\n", fops(1.5f, 2.0f), fops(-3.25f, 0.75f));
    printf("neg %.3f %.3f %d\n", dneg(2.5), (double)fneg(-0.125f), dneg(0.0) == 0.0);
    printf("fmod %.6f %.6f %.6f %.6f\n", fmod(10.5, 3.0), fmod(-10.5, 3.0), fmod(7.0, -2.5), (double)fmodf(5.5f, 2.0f));
    printf("frem %.6f %.6f %.6f\n", drem_(100.25, 7.0), drem_(-5.5, 2.0), (double)frem_(9.75f, -4.0f));
    printf("sqrt %.10f %.10f\n", sqrt(2.0), sqrt(1e-6));
    printf("inf %d %d %d\n", inf > 1e308, -inf < -1e308, inf == inf);
    printf("cls %d %d %d %d %d\n", classify(1.0, 2.0), classify(2.0, 2.0), classify(nan, 1.0),
           classify(1.0, nan), classify(inf, -inf));
    printf("fcls %d %d %d\n", fclassify(1.0f, 2.0f), fclassify(2.0f, 2.0f), fclassify((float)nan, 0.0f));
    float f = 0.1f;
    double d = f;
    float back = (float)(d * 3.0);
    printf("fpext %.12f fptrunc %.9f\n", d, (double)back);
    double acc = 0.0;
    for (int i = 1; i <= 1000; i++) acc += 1.0 / ((double)i * (double)i);
    printf("basel %.12f\n", acc);
    float facc = 0.0f;
    for (int i = 0; i < 100; i++) facc = facc * 0.5f + (float)i;
    printf("facc %.4f\n", (double)facc);
    printf("fma %.1f %.1f\n", fma_exact(3.0, 4.0, 5.0), fma_exact(-1.5, 2.0, 0.25));
    double tiny = 1e-310;
    printf("denorm %d %.3e\n", tiny > 0.0, tiny * 1e10);
    int ok = (fmod(10.5, 3.0) == 1.5) && (sqrt(16.0) == 4.0);
    return ok ? 0 : 1;
}
