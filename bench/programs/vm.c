/* A small stack-based bytecode interpreter (switch dispatch). A tiny assembler with labels
   builds a program that computes iterative Fibonacci mod 2^31, a nested-loop sum, and the total
   Collatz step count over a range (via CALL/RET to a subroutine with its own locals window).
   The VM result is checked against the same computation done natively in C. */
#include <stdio.h>
#include <stdint.h>

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, AND, MOD2, SHR1, LT, EQ, JZ, JNZ, JMP, CALL, RET, HALT };

static int64_t run(const int32_t *code, const int64_t *init) {
  int64_t stack[256]; int sp = 0;
  int64_t locals[128];
  for (int i = 0; i < 128; i++) locals[i] = i < 16 ? init[i] : 0;
  int32_t rets[32], bases[32]; int fp = 0, base = 0, pc = 0;
  for (;;) {
    int32_t op = code[pc++];
    switch (op) {
    case PUSH: stack[sp++] = code[pc++]; break;
    case LOAD: stack[sp++] = locals[base + code[pc++]]; break;
    case STORE: locals[base + code[pc++]] = stack[--sp]; break;
    case ADD: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] + (uint64_t)stack[sp]); break;
    case SUB: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] - (uint64_t)stack[sp]); break;
    case MUL: sp--; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] * (uint64_t)stack[sp]); break;
    case AND: sp--; stack[sp - 1] &= stack[sp]; break;
    case MOD2: stack[sp - 1] &= 1; break;
    case SHR1: stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] >> 1); break;
    case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
    case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
    case JZ: { int32_t t = code[pc++]; if (stack[--sp] == 0) pc = t; break; }
    case JNZ: { int32_t t = code[pc++]; if (stack[--sp] != 0) pc = t; break; }
    case JMP: pc = code[pc]; break;
    case CALL: rets[fp] = pc + 1; bases[fp] = base; fp++; base += 16; pc = code[pc]; break;
    case RET: fp--; pc = rets[fp]; base = bases[fp]; break;
    case HALT: return sp > 0 ? stack[sp - 1] : 0;
    default: return -1;
    }
  }
}

/* assembler */
static int32_t code[1024];
static int pcn = 0;
static int labels[32];
static int fix_at[64], fix_label[64], nfix = 0;
static void e(int32_t v) { code[pcn++] = v; }
static void e2(int32_t op, int32_t v) { e(op); e(v); }
static void ej(int32_t op, int label) { e(op); fix_at[nfix] = pcn; fix_label[nfix++] = label; e(0); }
static void bind(int label) { labels[label] = pcn; }

enum { L_FIB, L_FIB_END, L_OUT, L_IN, L_IN_END, L_OUT_END, L_COL, L_COL_END, L_SUB, L_SUB_LOOP, L_SUB_EVEN, L_SUB_NEXT, L_SUB_END };

int main(void) {
  /* locals: 0 a, 1 b, 2 i, 3 s, 4 j, 5 nfib, 6 nsum, 7 ncol, 9 total, 16.. callee window */
  e2(PUSH, 0); e2(STORE, 0); e2(PUSH, 1); e2(STORE, 1); e2(PUSH, 0); e2(STORE, 2);
  bind(L_FIB); e2(LOAD, 2); e2(LOAD, 5); e(LT); ej(JZ, L_FIB_END);
  e2(LOAD, 0); e2(LOAD, 1); e(ADD); e2(PUSH, 0x7fffffff); e(AND); e2(LOAD, 1); e2(STORE, 0); e2(STORE, 1);
  e2(LOAD, 2); e2(PUSH, 1); e(ADD); e2(STORE, 2); ej(JMP, L_FIB);
  bind(L_FIB_END);
  e2(PUSH, 0); e2(STORE, 3); e2(PUSH, 0); e2(STORE, 2);
  bind(L_OUT); e2(LOAD, 2); e2(LOAD, 6); e(LT); ej(JZ, L_OUT_END);
  e2(PUSH, 0); e2(STORE, 4);
  bind(L_IN); e2(LOAD, 4); e2(LOAD, 6); e(LT); ej(JZ, L_IN_END);
  e2(LOAD, 3); e2(LOAD, 2); e2(LOAD, 4); e(MUL); e(ADD); e2(STORE, 3);
  e2(LOAD, 4); e2(PUSH, 1); e(ADD); e2(STORE, 4); ej(JMP, L_IN);
  bind(L_IN_END); e2(LOAD, 2); e2(PUSH, 1); e(ADD); e2(STORE, 2); ej(JMP, L_OUT);
  bind(L_OUT_END);
  e2(PUSH, 0); e2(STORE, 9); e2(PUSH, 1); e2(STORE, 2);
  bind(L_COL); e2(LOAD, 2); e2(LOAD, 7); e(LT); ej(JZ, L_COL_END);
  e2(LOAD, 2); e2(STORE, 16); ej(CALL, L_SUB); e2(LOAD, 9); e(ADD); e2(STORE, 9);
  e2(LOAD, 2); e2(PUSH, 1); e(ADD); e2(STORE, 2); ej(JMP, L_COL);
  bind(L_COL_END); e2(LOAD, 0); e2(LOAD, 3); e(ADD); e2(LOAD, 9); e(ADD); e(HALT);
  /* subroutine: local 0 = n, local 1 = count; result left on the stack */
  bind(L_SUB); e2(PUSH, 0); e2(STORE, 1);
  bind(L_SUB_LOOP); e2(LOAD, 0); e2(PUSH, 1); e(EQ); ej(JNZ, L_SUB_END);
  e2(LOAD, 0); e(MOD2); ej(JZ, L_SUB_EVEN);
  e2(LOAD, 0); e2(PUSH, 3); e(MUL); e2(PUSH, 1); e(ADD); e2(STORE, 0); ej(JMP, L_SUB_NEXT);
  bind(L_SUB_EVEN); e2(LOAD, 0); e(SHR1); e2(STORE, 0);
  bind(L_SUB_NEXT); e2(LOAD, 1); e2(PUSH, 1); e(ADD); e2(STORE, 1); ej(JMP, L_SUB_LOOP);
  bind(L_SUB_END); e2(LOAD, 1); e(RET);
  for (int i = 0; i < nfix; i++) code[fix_at[i]] = labels[fix_label[i]];

  int64_t init[16] = {0};
  init[5] = 1000000;  /* fib iterations */
  init[6] = 400;     /* nested sum bound */
  init[7] = 50000;   /* collatz range */
  int64_t got = run(code, init);

  int64_t a = 0, b = 1;
  for (int64_t i = 0; i < init[5]; i++) { int64_t t = (a + b) & 0x7fffffff; a = b; b = t; }
  int64_t s = 0;
  for (int64_t i = 0; i < init[6]; i++) for (int64_t j = 0; j < init[6]; j++) s += i * j;
  int64_t t = 0;
  for (int64_t k = 1; k < init[7]; k++) {
    uint64_t m = (uint64_t)k; int64_t c = 0;
    while (m != 1) { m = (m & 1) ? 3 * m + 1 : m >> 1; c++; }
    t += c;
  }
  int64_t want = a + s + t;
  printf("vm ops=%d result=%lld want=%lld ok=%d\n", pcn, (long long)got, (long long)want, got == want);
  return got == want ? 0 : 1;
}
