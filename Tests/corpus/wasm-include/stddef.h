/* Minimal freestanding <stddef.h> for compiling the Kiln test corpus to wasm32-unknown-unknown
 * (clang has no libc there and gen-corpus.sh passes -nostdinc). Uses clang's predefined macros. */
#ifndef KILN_STDDEF_H
#define KILN_STDDEF_H
typedef __SIZE_TYPE__ size_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __WCHAR_TYPE__ wchar_t;
#define NULL ((void *)0)
#define offsetof(t, m) __builtin_offsetof(t, m)
#endif
