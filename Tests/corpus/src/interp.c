/* Kiln corpus (CPU kernel): a tiny stack-based bytecode interpreter (dispatch switch in a loop,
 * jumps, calls with a return stack, local slots) running factorial, a prime counter and gcd. */
#include <stdio.h>

enum Op { PUSH, POP, DUP, SWAP, OVER, ADD, SUB, MUL, DIV, MOD, LT, EQ, NOT, JMP, JZ, JNZ, CALL, RET, LOAD, STORE, PRINT, HALT };

struct VM { long long stack[256]; int sp; int rstack[64]; int rsp; long long locals[16]; long long steps; };

static long long run(struct VM *vm, const int *code) {
    int pc = 0;
    vm->sp = 0; vm->rsp = 0; vm->steps = 0;
    for (;;) {
        vm->steps++;
        int op = code[pc++];
        long long a, b;
        switch (op) {
        case PUSH: vm->stack[vm->sp++] = code[pc++]; break;
        case POP: vm->sp--; break;
        case DUP: vm->stack[vm->sp] = vm->stack[vm->sp - 1]; vm->sp++; break;
        case SWAP: a = vm->stack[vm->sp - 1]; vm->stack[vm->sp - 1] = vm->stack[vm->sp - 2]; vm->stack[vm->sp - 2] = a; break;
        case OVER: vm->stack[vm->sp] = vm->stack[vm->sp - 2]; vm->sp++; break;
        case ADD: b = vm->stack[--vm->sp]; a = vm->stack[--vm->sp]; vm->stack[vm->sp++] = a + b; break;
        case SUB: b = vm->stack[--vm->sp]; a = vm->stack[--vm->sp]; vm->stack[vm->sp++] = a - b; break;
        case MUL: b = vm->stack[--vm->sp]; a = vm->stack[--vm->sp]; vm->stack[vm->sp++] = a * b; break;
        case DIV: b = vm->stack[--vm->sp]; a = vm->stack[--vm->sp]; vm->stack[vm->sp++] = b ? a / b : 0; break;
        case MOD: b = vm->stack[--vm->sp]; a = vm->stack[--vm->sp]; vm->stack[vm->sp++] = b ? a % b : 0; break;
        case LT: b = vm->stack[--vm->sp]; a = vm->stack[--vm->sp]; vm->stack[vm->sp++] = a < b; break;
        case EQ: b = vm->stack[--vm->sp]; a = vm->stack[--vm->sp]; vm->stack[vm->sp++] = a == b; break;
        case NOT: vm->stack[vm->sp - 1] = !vm->stack[vm->sp - 1]; break;
        case JMP: pc = code[pc]; break;
        case JZ: a = vm->stack[--vm->sp]; pc = a ? pc + 1 : code[pc]; break;
        case JNZ: a = vm->stack[--vm->sp]; pc = a ? code[pc] : pc + 1; break;
        case CALL: vm->rstack[vm->rsp++] = pc + 1; pc = code[pc]; break;
        case RET: pc = vm->rstack[--vm->rsp]; break;
        case LOAD: vm->stack[vm->sp++] = vm->locals[code[pc++]]; break;
        case STORE: vm->locals[code[pc++]] = vm->stack[--vm->sp]; break;
        case PRINT: printf("vm: %lld\n", vm->stack[--vm->sp]); break;
        case HALT: return vm->sp ? vm->stack[vm->sp - 1] : 0;
        default: printf("bad op %d\n", op); return -1;
        }
    }
}

/* factorial(20) iteratively: l0 = n, l1 = acc. Jump targets are instruction indices. */
static const int fact_code[] = {
    /* 0 */ PUSH, 20, STORE, 0, PUSH, 1, STORE, 1,
    /* 8 loop */ LOAD, 0, JZ, 28, LOAD, 1, LOAD, 0, MUL, STORE, 1, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8,
    /* 28 done */ LOAD, 1, PRINT, LOAD, 1, HALT,
};
/* count primes below 2000 by trial division; l0 = n, l1 = d, l2 = count */
static const int primes_code[] = {
    /* 0 */ PUSH, 2, STORE, 0, PUSH, 0, STORE, 2,
    /* 8 outer */ LOAD, 0, PUSH, 2000, LT, JZ, 62,
    /* 15 */ PUSH, 2, STORE, 1,
    /* 19 inner: n < d*d -> prime */ LOAD, 1, LOAD, 1, MUL, LOAD, 0, SWAP, LT, JNZ, 46,
    /* 30 n % d == 0 -> not prime */ LOAD, 0, LOAD, 1, MOD, JZ, 53,
    /* 37 d++ */ LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 19,
    /* 46 prime */ LOAD, 2, PUSH, 1, ADD, STORE, 2,
    /* 53 next */ LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 8,
    /* 62 done */ LOAD, 2, PRINT, LOAD, 2, HALT,
};
/* Euclid's gcd as a subroutine: (a b -- g) */
static const int gcd_code[] = {
    /* 0 */ PUSH, 1071, PUSH, 462, CALL, 9, DUP, PRINT, HALT,
    /* 9 gcd */ DUP, JZ, 17, SWAP, OVER, MOD, JMP, 9,
    /* 17 */ POP, RET,
};

int main(void) {
    static struct VM vm;
    long long r1 = run(&vm, fact_code);
    printf("fact %lld steps %lld\n", r1, vm.steps);
    long long r2 = run(&vm, primes_code);
    printf("primes %lld steps %lld\n", r2, vm.steps);
    long long r3 = run(&vm, gcd_code);
    printf("gcd %lld steps %lld\n", r3, vm.steps);
    return (int)(r2 % 100);
}
