/* Minimal <stdbool.h> for the wasm32 corpus build (-nostdinc). */
#ifndef KILN_STDBOOL_H
#define KILN_STDBOOL_H
#define bool _Bool
#define true 1
#define false 0
#endif
