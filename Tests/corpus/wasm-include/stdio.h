/* Minimal <stdio.h> for the wasm32 corpus build (-nostdinc): only what the corpus calls. */
#ifndef KILN_STDIO_H
#define KILN_STDIO_H
#include <stddef.h>
int printf(const char *fmt, ...);
int puts(const char *s);
int putchar(int c);
#endif
