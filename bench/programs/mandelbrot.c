/* Mandelbrot set in single precision (float): escape-time iteration over a W x H grid,
   counting points in the set and summing iteration counts; an ASCII thumbnail row hash is
   also computed. */
#include <stdio.h>

#define W 800
#define H 600
#define MAXIT 400

int main(void) {
  long total = 0; int inside = 0; unsigned h = 2166136261u;
  for (int y = 0; y < H; y++) {
    float ci = -1.2f + 2.4f * (float)y / (float)H;
    for (int x = 0; x < W; x++) {
      float cr = -2.1f + 3.0f * (float)x / (float)W;
      float zr = 0.0f, zi = 0.0f;
      int it = 0;
      while (it < MAXIT) {
        float zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0f) break;
        zi = 2.0f * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        it++;
      }
      total += it;
      if (it == MAXIT) inside++;
      h = (h ^ (unsigned)it) * 16777619u;
    }
  }
  int ok = inside > 0 && inside < W * H;
  printf("mandelbrot %dx%d inside=%d iters=%ld hash=%08x ok=%d\n", W, H, inside, total, h, ok);
  return ok ? 0 : 1;
}
