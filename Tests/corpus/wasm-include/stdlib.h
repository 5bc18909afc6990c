/* Minimal <stdlib.h> for the wasm32 corpus build (-nostdinc). */
#ifndef KILN_STDLIB_H
#define KILN_STDLIB_H
#include <stddef.h>
void *malloc(size_t n);
void free(void *p);
#endif
