/* Minimal <math.h> for the wasm32 corpus build (-nostdinc). */
#ifndef KILN_MATH_H
#define KILN_MATH_H
double fmod(double x, double y);
double sqrt(double x);
float fmodf(float x, float y);
double fabs(double x);
float fabsf(float x);
#endif
