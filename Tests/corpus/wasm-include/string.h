/* Minimal <string.h> for the wasm32 corpus build (-nostdinc). */
#ifndef KILN_STRING_H
#define KILN_STRING_H
#include <stddef.h>
void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
#endif
