#!/usr/bin/env python3
# Generates stress inputs for Kiln's compile-time/memory scaling hunt: shapes generated code has
# and csmith never produces (huge blocks, huge switches, deep nesting, many preds/args/globals...).
# Each shape is a function of a size N and writes either C (compiled to .ll by `clang -O0 -S
# -emit-llvm`, see bench.py) or LLVM IR text directly. Every program has a `main` that prints a
# checksum, so a Kiln-built executable can be compared with the clang-built one.
#
# Usage: gen.py SHAPE N OUT   (OUT ends in .c or .ll, as SHAPES[SHAPE][0] says)
#        gen.py --list

import sys

HDR_LL = ('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"\n'
          'target triple = "x86_64-unknown-linux-gnu"\n'
          '@.fmt = private unnamed_addr constant [5 x i8] c"%lx\\0A\\00", align 1\n'
          'declare i32 @printf(ptr, ...)\n')

def ll_main(call):
    # `call` computes an i64 %r from i32 %argc
    return ('define i32 @main(i32 %argc, ptr %argv) {\n' + call +
            '  %pr = call i32 (ptr, ...) @printf(ptr @.fmt, i64 %r)\n  ret i32 0\n}\n')

# ---------------------------------------------------------------- C shapes

def c_bigblock(n):
    # one basic block, n locals all live to the final sum
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned f(unsigned x) {']
    s.append('  unsigned a0 = x * 3u + 1u;')
    for i in range(1, n):
        s.append(f'  unsigned a{i} = (a{i-1} ^ x) * {i % 97 + 3}u + {i}u;')
    s.append('  return ' + ' ^ '.join(f'a{i}' for i in range(n)) + ';')
    s.append('}')
    s.append('int main(int c, char **v) { printf("%x\\n", f((unsigned)c + 5)); return 0; }')
    return '\n'.join(s) + '\n'

def c_calls(n):
    s = ['#include <stdio.h>', 'static unsigned acc;',
         '__attribute__((noinline)) void g(unsigned v) { acc = acc * 31u + v; }',
         '__attribute__((noinline)) void f(unsigned x) {']
    for i in range(n):
        s.append(f'  g(x + {i}u);')
    s.append('}')
    s.append('int main(int c, char **v) { f((unsigned)c); printf("%x\\n", acc); return 0; }')
    return '\n'.join(s) + '\n'

def _switch(n, key):
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned f(unsigned x) {', '  unsigned r = 7;',
         '  switch (x) {']
    for i in range(n):
        s.append(f'  case {key(i)}u: r = x * {i % 13 + 1}u + {i}u; break;')
    s.append('  default: r = 1; }')
    s.append('  return r;', )
    s.append('}')
    s.append('int main(int c, char **v) { unsigned t = 0; for (unsigned i = 0; i < %du; i++) t = t * 33u + f(%s); printf("%%x\\n", t); return 0; }'
             % (n + 10, 'i * 7919u' if key(1) != 1 else 'i'))
    return '\n'.join(s) + '\n'

def c_switch_dense(n):
    return _switch(n, lambda i: i)

def c_switch_sparse(n):
    return _switch(n, lambda i: (i * 7919) if i % 3 else (i * 7919 + 1000003 * (i % 11)) & 0x7fffffff)

def c_nested_if(n):
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned f(unsigned x) {', '  unsigned r = 0;']
    for i in range(n):
        s.append('  ' * 0 + f'if (x > {i}u) {{ r += x ^ {i}u;')
    s.append('  r *= 3u;')
    s.append('}' * n)
    s.append('  return r;', )
    s.append('}')
    s.append('int main(int c, char **v) { printf("%%x\\n", f((unsigned)c + %d)); return 0; }' % (n // 2))
    return '\n'.join(s) + '\n'

def c_nested_loops(n):
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned f(unsigned x) {', '  unsigned r = 0;']
    for i in range(n):
        s.append(f'for (unsigned i{i} = 0; i{i} < (x & 1u) + 1u - (unsigned)({i} > 3); i{i}++) {{ r += i{i} ^ {i}u;')
    s.append('  r *= 3u;')
    s.append('}' * n)
    s.append('  return r;', )
    s.append('}')
    s.append('int main(int c, char **v) { printf("%x\\n", f((unsigned)c)); return 0; }')
    return '\n'.join(s) + '\n'

def c_many_funcs(n):
    s = ['#include <stdio.h>']
    for i in range(n):
        s.append(f'__attribute__((noinline)) unsigned f{i}(unsigned x) {{ return x * {i % 31 + 1}u + {i}u; }}')
    s.append('int main(int c, char **v) { unsigned t = (unsigned)c;')
    for i in range(n):
        s.append(f'  t = f{i}(t);')
    s.append('  printf("%x\\n", t); return 0; }')
    return '\n'.join(s) + '\n'

def c_many_args(n):
    params = ', '.join(f'unsigned p{i}' for i in range(n))
    s = ['#include <stdio.h>', f'__attribute__((noinline)) unsigned f({params}) {{', '  unsigned r = 0;']
    for i in range(n):
        s.append(f'  r = r * 3u + p{i};')
    s.append('  return r; }')
    args = ', '.join(f'x + {i}u' for i in range(n))
    s.append(f'__attribute__((noinline)) unsigned g(unsigned x) {{ return f({args}); }}')
    s.append('int main(int c, char **v) { printf("%x\\n", g((unsigned)c)); return 0; }')
    return '\n'.join(s) + '\n'

def c_varargs(n):
    args = ', '.join(f'x * {i}u' if i % 2 else f'(double)(x + {i}u)' for i in range(n))
    s = ['#include <stdio.h>', '#include <stdarg.h>',
         '__attribute__((noinline)) unsigned sum(int n, ...) { va_list ap; va_start(ap, n); unsigned r = 0;',
         '  for (int i = 0; i < n; i++) { if (i % 2) r = r * 3u + va_arg(ap, unsigned); else r = r * 5u + (unsigned)va_arg(ap, double); }',
         '  va_end(ap); return r; }',
         f'__attribute__((noinline)) unsigned g(unsigned x) {{ return sum({n}, {args}); }}',
         'int main(int c, char **v) { printf("%x\\n", g((unsigned)c)); return 0; }']
    return '\n'.join(s) + '\n'

def c_global_array(n):
    vals = ','.join(str((i * 2654435761) & 0x7fffffff) for i in range(n))
    return ('#include <stdio.h>\n' f'int arr[{n}] = {{{vals}}};\n'
            'int main(int c, char **v) { unsigned t = 0; for (int i = 0; i < %d; i++) t = t * 31u + (unsigned)arr[i]; printf("%%x\\n", t); return 0; }\n' % n)

def c_long_string(n):
    body = ''.join(chr(97 + (i * 7) % 26) for i in range(n))
    return ('#include <stdio.h>\n' f'const char str[] = "{body}";\n'
            'int main(int c, char **v) { unsigned t = 0; for (int i = 0; i < %d; i++) t = t * 31u + (unsigned char)str[i]; printf("%%x\\n", t); return 0; }\n' % n)

def c_nested_structs(n):
    s = ['#include <stdio.h>',
         'struct In { short a; char b[3]; double d; };',
         'struct Mid { struct In in[2]; long l; const char *p; };',
         'struct Out { int k; struct Mid m; float f; };',
         f'struct Out tbl[{n}] = {{']
    for i in range(n):
        s.append(f'  {{{i}, {{{{{{{i%100}, {{1,2,{i%7}}}, {i}.5}}, {{3, {{4,5,6}}, 0.25}}}}, {i*3}L, "s{i%50}"}}, {i}.0f}},')
    s.append('};')
    s.append('int main(int c, char **v) { unsigned t = 0; for (int i = 0; i < %d; i++) t = t * 31u + (unsigned)tbl[i].k + (unsigned)tbl[i].m.in[0].b[2] + (unsigned)tbl[i].m.l + (unsigned)tbl[i].m.in[0].d + (unsigned)tbl[i].m.p[1]; printf("%%x\\n", t); return 0; }' % n)
    return '\n'.join(s) + '\n'

def c_big_struct(n):
    # a struct with n fields: every field set and summed (many GEPs)
    fields = ' '.join(f'unsigned f{i};' if i % 3 else f'unsigned char c{i}; unsigned short f{i};' for i in range(n))
    s = ['#include <stdio.h>', f'struct S {{ {fields} }};',
         '__attribute__((noinline)) void set(struct S *s, unsigned x) {']
    for i in range(n):
        s.append(f'  s->f{i} = x + {i}u;')
        if i % 3 == 0:
            s.append(f'  s->c{i} = (unsigned char)(x ^ {i}u);')
    s.append('}')
    s.append('__attribute__((noinline)) unsigned get(struct S *s) { unsigned r = 0;')
    for i in range(n):
        s.append(f'  r = r * 3u + s->f{i};')
        if i % 3 == 0:
            s.append(f'  r ^= s->c{i};')
    s.append('  return r; }')
    s.append('int main(int c, char **v) { static struct S s; set(&s, (unsigned)c); printf("%x\\n", get(&s)); return 0; }')
    return '\n'.join(s) + '\n'

def c_deep_expr(n):
    # right-deep expression tree: all n leaves are loaded before the first add
    s = ['#include <stdio.h>', 'unsigned g[%d];' % n, '__attribute__((noinline)) unsigned f(void) {', '  return ']
    e = 'g[0]'
    s.append(''.join(f'(g[{i}] * {i % 5 + 1}u + ' for i in range(n)) + '1u' + ')' * n + ';')
    s.append('}')
    s.append('int main(int c, char **v) { for (int i = 0; i < %d; i++) g[i] = (unsigned)(i * c + 3); printf("%%x\\n", f()); return 0; }' % n)
    return '\n'.join(s) + '\n'

def c_computed_goto(n):
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned run(unsigned x) {',
         '  static void *tbl[] = {' + ','.join(f'&&L{i}' for i in range(n)) + '};',
         '  unsigned acc = 0, steps = 0;', '  goto *tbl[x %% %du];' % n]
    for i in range(n):
        s.append(f' L{i}: acc = acc * 31u + {i}u; if (++steps > 3u * {n}u) return acc; x = x * 1103515245u + 12345u; goto *tbl[(x >> 8) % {n}u];')
    s.append('}')
    s.append('int main(int c, char **v) { printf("%x\\n", run((unsigned)c)); return 0; }')
    return '\n'.join(s) + '\n'

def c_i128(n):
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned __int128 f(unsigned __int128 x) {',
         '  unsigned __int128 a0 = x * 3 + 1;']
    for i in range(1, n):
        op = ['*', '+', '^', '-'][i % 4]
        s.append(f'  unsigned __int128 a{i} = (a{i-1} {op} x) + (a{i-1} >> {i % 61 + 1}) + {i};')
    s.append('  return ' + ' ^ '.join(f'a{i}' for i in range(0, n, max(1, n // 200))) + ';')
    s.append('}')
    s.append('int main(int c, char **v) { unsigned __int128 r = f((unsigned __int128)c * 0x123456789abcdefULL); printf("%llx %llx\\n", (unsigned long long)(r >> 64), (unsigned long long)r); return 0; }')
    return '\n'.join(s) + '\n'

def c_address_taken(n):
    # n locals whose address escapes (stack slots, not promotable)
    s = ['#include <stdio.h>', '__attribute__((noinline)) void touch(unsigned *p, unsigned v) { *p = *p * 7u + v; }',
         '__attribute__((noinline)) unsigned f(unsigned x) {']
    for i in range(n):
        s.append(f'  unsigned a{i} = x + {i}u; touch(&a{i}, {i}u);')
    s.append('  unsigned r = 0;')
    for i in range(n):
        s.append(f'  r = r * 3u + a{i};')
    s.append('  return r; }')
    s.append('int main(int c, char **v) { printf("%x\\n", f((unsigned)c)); return 0; }')
    return '\n'.join(s) + '\n'

def c_loop_carried(n):
    # a loop carrying n variables (n phis at the header; n parallel moves on the back edge)
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned f(unsigned x) {']
    for i in range(n):
        s.append(f'  unsigned a{i} = x + {i}u;')
    s.append('  for (unsigned k = 0; k < 3u + (x & 1u); k++) {')
    for i in range(n):
        s.append(f'    a{i} = a{(i + 1) % n} * 3u + a{(i * 7 + 3) % n};')
    s.append('  }')
    s.append('  return ' + ' ^ '.join(f'a{i}' for i in range(n)) + '; }')
    s.append('int main(int c, char **v) { printf("%x\\n", f((unsigned)c)); return 0; }')
    return '\n'.join(s) + '\n'

def c_many_globals(n):
    s = ['#include <stdio.h>']
    for i in range(n):
        s.append(f'unsigned g{i} = {i * 3 + 1}u;')
    s.append('__attribute__((noinline)) unsigned f(void) { unsigned r = 0;')
    for i in range(n):
        s.append(f'  r = r * 3u + g{i};')
    s.append('  return r; }')
    s.append('int main(int c, char **v) { printf("%x\\n", f()); return 0; }')
    return '\n'.join(s) + '\n'

def c_while_chain(n):
    # n sequential small loops, a few variables live across all of them
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned f(unsigned x) {',
         '  unsigned a = x, b = x + 1, c = x + 2, d = 0;']
    for i in range(n):
        s.append(f'  for (unsigned k = 0; k < (x & 3u) + 1u; k++) {{ a += b ^ {i}u; if (a & 1u) c ^= a; else d += k; }}')
    s.append('  return a ^ b ^ c ^ d; }')
    s.append('int main(int c, char **v) { printf("%x\\n", f((unsigned)c)); return 0; }')
    return '\n'.join(s) + '\n'

# ---------------------------------------------------------------- LLVM IR shapes

def ll_phi_preds(n):
    # a join block with n predecessors and 4 phis of n entries each
    s = [HDR_LL, 'define internal i64 @f(i32 %x) {', 'entry:', f'  switch i32 %x, label %join [']
    s.append('\n'.join(f'    i32 {i}, label %b{i}' for i in range(n)))
    s.append('  ]')
    for i in range(n):
        s.append(f'b{i}:\n  %v{i} = mul i32 %x, {i + 3}\n  %w{i} = add i32 %x, {i}\n  br label %join')
    for k, (nm, dflt) in enumerate([('v', '1'), ('w', '2'), ('c', '3'), ('d', '4')]):
        ents = []
        for i in range(n):
            if nm in 'vw':
                ents.append(f'[ %{nm}{i}, %b{i} ]')
            else:
                ents.append(f'[ {i * (k + 1)}, %b{i} ]')
        s.append(('join:\n' if k == 0 else '') + f'  %p{nm} = phi i32 [ {dflt}, %entry ], ' + ', '.join(ents))
    s.append('  %s1 = add i32 %pv, %pw\n  %s2 = xor i32 %s1, %pc\n  %s3 = mul i32 %s2, %pd\n  %r = zext i32 %s3 to i64\n  ret i64 %r\n}')
    s.append(ll_main('  %r0 = call i64 @f(i32 %argc)\n  %x2 = add i32 %argc, ' + str(n // 2) +
                     '\n  %r1 = call i64 @f(i32 %x2)\n  %r = add i64 %r0, %r1\n'))
    return '\n'.join(s) + '\n'

def ll_select_chain(n):
    s = [HDR_LL, 'define internal i64 @f(i64 %x) {', '  %s0 = add i64 %x, 0']
    for i in range(1, n):
        s.append(f'  %c{i} = icmp ugt i64 %x, {i * 37 % 1000}\n  %s{i} = select i1 %c{i}, i64 %s{i-1}, i64 {i}')
        if i % 7 == 0:
            s.append(f'  %t{i} = add i64 %s{i}, %s{i // 2}')
    s.append(f'  ret i64 %s{n-1}\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %x = mul i64 %xa, 500\n  %r = call i64 @f(i64 %x)\n'))
    return '\n'.join(s) + '\n'

def ll_big_aggregate(n):
    # loads/stores/copies of a first-class [n x i32] value
    s = [HDR_LL, f'@src = global [{n} x i32] [' + ', '.join(f'i32 {i * 3}' for i in range(n)) + ']',
         f'@dst = global [{n} x i32] zeroinitializer',
         'define internal i64 @f(i32 %x) {',
         f'  %a = load [{n} x i32], ptr @src',
         f'  %b = insertvalue [{n} x i32] %a, i32 %x, {n // 2}',
         f'  store [{n} x i32] %b, ptr @dst',
         f'  %e = extractvalue [{n} x i32] %b, {n // 2}',
         f'  %p = getelementptr [{n} x i32], ptr @dst, i64 0, i64 {n - 1}',
         '  %l = load i32, ptr %p', '  %s = add i32 %e, %l', '  %r = zext i32 %s to i64', '  ret i64 %r', '}']
    s.append(ll_main('  %r = call i64 @f(i32 %argc)\n'))
    return '\n'.join(s) + '\n'

def ll_phi_web(n):
    # n blocks in a chain of diamonds, each merging 8 values that are all live to the end
    s = [HDR_LL, 'define internal i64 @f(i64 %x) {', 'entry:']
    prev = [f'%x' for _ in range(8)]
    s.append('  br label %h0')
    for i in range(n):
        s.append(f'h{i}:\n  %c{i} = icmp ugt i64 %x, {i * 13 % 100}\n  br i1 %c{i}, label %l{i}, label %r{i}')
        s.append(f'l{i}:\n' + ''.join(f'  %a{i}_{k} = add i64 {prev[k]}, {k + i}\n' for k in range(8)) + f'  br label %j{i}')
        s.append(f'r{i}:\n' + ''.join(f'  %b{i}_{k} = mul i64 {prev[k]}, {k + 3}\n' for k in range(8)) + f'  br label %j{i}')
        s.append(f'j{i}:\n' + ''.join(f'  %p{i}_{k} = phi i64 [ %a{i}_{k}, %l{i} ], [ %b{i}_{k}, %r{i} ]\n' for k in range(8)) +
                 f'  br label %h{i + 1}')
        prev = [f'%p{i}_{k}' for k in range(8)]
    s.append(f'h{n}:\n  %t = add i64 {prev[0]}, {prev[1]}')
    s.append(f'  ret i64 %t\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %x = mul i64 %xa, 50\n  %r = call i64 @f(i64 %x)\n'))
    return '\n'.join(s) + '\n'

def ll_dup_cases(n):
    # a switch with n cases onto 4 targets: each target's phis list the switch block n/4 times
    s = [HDR_LL, 'define internal i64 @f(i64 %x) {', 'entry:', '  %m = mul i64 %x, 3', '  switch i64 %x, label %d [']
    s.append('\n'.join(f'    i64 {i}, label %t{i % 4}' for i in range(n)))
    s.append('  ]')
    for t in range(4):
        ents = ', '.join(['[ %m, %entry ]'] * len(range(t, n, 4)))
        s.append(f't{t}:\n  %p{t} = phi i64 {ents}\n  %q{t} = add i64 %p{t}, {t * 100}\n  br label %d')
    s.append('d:\n  %r = phi i64 [ 7, %entry ], ' + ', '.join(f'[ %q{t}, %t{t} ]' for t in range(4)) + '\n  ret i64 %r\n}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %x = add i64 %xa, 1\n  %r = call i64 @f(i64 %x)\n'))
    return '\n'.join(s) + '\n'

def ll_hot_value(n):
    # one value used n times, in n/8 blocks, plus 12 other values live throughout
    s = [HDR_LL, 'define internal i64 @f(i64 %x) {', 'entry:']
    s.append(''.join(f'  %k{j} = mul i64 %x, {j + 5}\n' for j in range(12)) + '  br label %b0')
    acc = '%x'
    for b in range(n // 8):
        s.append(f'b{b}:')
        for j in range(8):
            s.append(f'  %a{b}_{j} = add i64 {acc}, %x')
            acc = f'%a{b}_{j}'
        s.append(f'  %c{b} = icmp ult i64 {acc}, {b}\n  br i1 %c{b}, label %b{b + 1}, label %b{b + 1}')
    s.append(f'b{n // 8}:')
    for j in range(12):
        s.append(f'  %s{j} = add i64 {acc}, %k{j}')
        acc = f'%s{j}'
    s.append(f'  ret i64 {acc}\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %r = call i64 @f(i64 %xa)\n'))
    return '\n'.join(s) + '\n'

def ll_spill_calls(n):
    # n values defined, live across a call, then all used: everything must be spilled
    s = [HDR_LL, 'declare i64 @labs(i64)', 'define internal i64 @f(i64 %x) {']
    for i in range(n):
        s.append(f'  %v{i} = mul i64 %x, {i + 3}')
    s.append('  %c = call i64 @labs(i64 %x)')
    acc = '%c'
    for i in range(n):
        s.append(f'  %s{i} = xor i64 {acc}, %v{i}')
        acc = f'%s{i}'
        if i % 500 == 499:
            s.append(f'  %cc{i} = call i64 @labs(i64 {acc})')
    s.append(f'  ret i64 {acc}\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %r = call i64 @f(i64 %xa)\n'))
    return '\n'.join(s) + '\n'

def ll_memops(n):
    # memcpy/memset/memmove with constant sizes up to n bytes, and stack arrays of n bytes
    s = [HDR_LL, 'declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)', 'declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)',
         'declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)',
         f'@g = global [{n} x i8] zeroinitializer, align 16',
         'define internal i64 @f(i64 %x) {', f'  %a = alloca [{n} x i8], align 16', f'  %b = alloca [{n} x i8], align 16']
    sizes = sorted(set([1, 7, 16, 64, 100, 1000, 4096, n // 3, n // 2, n]))
    for k, sz in enumerate(sizes):
        s.append(f'  %t{k} = trunc i64 %x to i8\n  call void @llvm.memset.p0.i64(ptr %a, i8 %t{k}, i64 {sz}, i1 false)')
        s.append(f'  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %a, i64 {sz}, i1 false)')
        s.append(f'  call void @llvm.memmove.p0.p0.i64(ptr @g, ptr %b, i64 {sz}, i1 false)')
    s.append(f'  %p = getelementptr i8, ptr @g, i64 {n - 1}\n  %l = load i8, ptr %p\n  %r = zext i8 %l to i64\n  ret i64 %r\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %r = call i64 @f(i64 %xa)\n'))
    return '\n'.join(s) + '\n'

def ll_deep_type(n):
    # struct types nested n deep, and a global of the outermost one with a nested initializer
    s = [HDR_LL]
    for i in range(n):
        inner = f', %s{i + 1}' if i + 1 < n else ''
        s.append(f'%s{i} = type {{ i32{inner} }}')
    init = 'i32 7'
    for i in reversed(range(n)):
        init = f'%s{i} {{ {init} }}' if i + 1 == n else f'%s{i} {{ i32 {i}, {init} }}'
    s.append('@g = global ' + init)
    s.append(f'define internal i64 @f(i64 %x) {{\n  %p = getelementptr %s0, ptr @g, i64 0, ' + ', '.join(['i32 1'] * (n - 1)) +
             ', i32 0\n  %l = load i32, ptr %p\n  %r = zext i32 %l to i64\n  ret i64 %r\n}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %r = call i64 @f(i64 %xa)\n'))
    return '\n'.join(s) + '\n'

def ll_const_exprs(n):
    # a table of n pointers built from constant GEP expressions into other globals (vtables)
    s = [HDR_LL, f'@arr = global [{n} x i64] zeroinitializer, align 16']
    s.append(f'@tbl = global [{n} x ptr] [' + ', '.join(f'ptr getelementptr inbounds ([{n} x i64], ptr @arr, i64 0, i64 {(i * 7) % n})' for i in range(n)) + ']')
    s.append(f'@idx = global [{n} x i64] [' + ', '.join(f'i64 sub (i64 ptrtoint (ptr getelementptr (i8, ptr @arr, i64 {i * 8}) to i64), i64 ptrtoint (ptr @arr to i64))' for i in range(n)) + ']')
    s.append(f'define internal i64 @f(i64 %x) {{\n  %p = getelementptr [{n} x ptr], ptr @tbl, i64 0, i64 %x\n  %q = load ptr, ptr %p\n'
             f'  %r0 = ptrtoint ptr %q to i64\n  %r1 = ptrtoint ptr @arr to i64\n  %d = sub i64 %r0, %r1\n'
             f'  %pi = getelementptr [{n} x i64], ptr @idx, i64 0, i64 %x\n  %li = load i64, ptr %pi\n  %r = add i64 %d, %li\n  ret i64 %r\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %r = call i64 @f(i64 %xa)\n'))
    return '\n'.join(s) + '\n'

def c_locals_ifs(n):
    # the lead's case: n locals, each live across n sequential ifs (each if updates one local)
    s = ['#include <stdio.h>', '__attribute__((noinline)) unsigned f(unsigned x) {']
    for i in range(n):
        s.append(f'  unsigned v{i} = {i}u;')
    for i in range(n):
        s.append(f'  if (x > {i}u) v{i} += x;')
    s.append('  return ' + ' + '.join(f'v{i}' for i in range(n)) + '; }')
    s.append('int main(int c, char **v) { printf("%%x\\n", f((unsigned)c + %d)); return 0; }' % (n // 2))
    return '\n'.join(s) + '\n'

def ll_live_across(n):
    # SSA input (no allocas): n values defined in the entry, n sequential diamonds, then all n
    # values used: every value is live into every block (n x 4n live-in pairs)
    s = [HDR_LL, 'define internal i64 @f(i64 %x) {', 'entry:']
    for i in range(n):
        s.append(f'  %v{i} = mul i64 %x, {i + 3}')
    s.append('  br label %c0')
    acc = '%x'
    for i in range(n):
        s.append(f'c{i}:\n  %a{i} = phi i64 ' + ('[ %x, %entry ]' if i == 0 else f'[ %l{i-1}, %t{i-1} ], [ %r{i-1}, %e{i-1} ]'))
        s.append(f'  %cc{i} = icmp ugt i64 %a{i}, {i * 31 % 1000}\n  br i1 %cc{i}, label %t{i}, label %e{i}')
        s.append(f't{i}:\n  %l{i} = sub i64 %a{i}, {i}\n  br label %c{i + 1}')
        s.append(f'e{i}:\n  %r{i} = add i64 %a{i}, 3\n  br label %c{i + 1}')
    s.append(f'c{n}:\n  %a{n} = phi i64 [ %l{n-1}, %t{n-1} ], [ %r{n-1}, %e{n-1} ]')
    acc = f'%a{n}'
    for i in range(n):
        s.append(f'  %s{i} = xor i64 {acc}, %v{i}')
        acc = f'%s{i}'
    s.append(f'  ret i64 {acc}\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %x = mul i64 %xa, 50\n  %r = call i64 @f(i64 %x)\n'))
    return '\n'.join(s) + '\n'

def ll_live_mixed(n):
    # like live_across, with long-lived values of several kinds (i128, double, ptr used as an
    # address, i1, phis) used after n diamonds inside a loop, and as phi operands at the exit
    s = [HDR_LL, '@arr = global [64 x i32] zeroinitializer, align 16', 'define internal i64 @f(i64 %x) {', 'entry:']
    for i in range(n):
        k = i % 5
        if k == 0: s.append(f'  %v{i} = mul i64 %x, {i + 3}')
        elif k == 1: s.append(f'  %w{i} = zext i64 %x to i128\n  %v{i} = mul i128 %w{i}, {i * 1000000007 + 12345678901234567}')
        elif k == 2: s.append(f'  %w{i} = uitofp i64 %x to double\n  %v{i} = fmul double %w{i}, {i}.5')
        elif k == 3: s.append(f'  %v{i} = getelementptr inbounds [64 x i32], ptr @arr, i64 0, i64 %x')
        else: s.append(f'  %v{i} = icmp ugt i64 %x, {i % 7}')
    s.append('  br label %c0')
    for i in range(n):
        s.append(f'c{i}:\n  %a{i} = phi i64 ' + ('[ %x, %entry ]' if i == 0 else f'[ %l{i-1}, %t{i-1} ], [ %r{i-1}, %e{i-1} ]'))
        s.append(f'  %cc{i} = icmp ugt i64 %a{i}, {i * 31 % 1000}\n  br i1 %cc{i}, label %t{i}, label %e{i}')
        s.append(f't{i}:\n  %l{i} = sub i64 %a{i}, {i}\n  br label %c{i + 1}')
        s.append(f'e{i}:\n  %r{i} = add i64 %a{i}, 3\n  br label %c{i + 1}')
    s.append(f'c{n}:\n  %a{n} = phi i64 [ %l{n-1}, %t{n-1} ], [ %r{n-1}, %e{n-1} ]\n  br label %loop')
    s.append(f'loop:\n  %it = phi i64 [ 0, %c{n} ], [ %itn, %loop ]\n  %acc0 = phi i64 [ %a{n}, %c{n} ], [ %s{n-1}, %loop ]')
    acc = '%acc0'
    for i in range(n):
        k = i % 5
        if k == 0: s.append(f'  %s{i} = xor i64 {acc}, %v{i}')
        elif k == 1: s.append(f'  %h{i} = lshr i128 %v{i}, 60\n  %g{i} = trunc i128 %h{i} to i64\n  %s{i} = add i64 {acc}, %g{i}')
        elif k == 2: s.append(f'  %g{i} = fptoui double %v{i} to i64\n  %s{i} = add i64 {acc}, %g{i}')
        elif k == 3: s.append(f'  %ld{i} = load i32, ptr %v{i}\n  %g{i} = zext i32 %ld{i} to i64\n  %s{i} = add i64 {acc}, %g{i}\n  store i32 {i}, ptr %v{i}')
        else: s.append(f'  %g{i} = select i1 %v{i}, i64 {i}, i64 1\n  %s{i} = mul i64 {acc}, %g{i}')
        acc = f'%s{i}'
    s.append(f'  %itn = add i64 %it, 1\n  %lc = icmp ult i64 %itn, 3\n  br i1 %lc, label %loop, label %out')
    s.append(f'out:\n  br i1 %v4, label %ret, label %ret2\nret2:\n  br label %ret')
    s.append(f'ret:\n  %fin = phi i64 [ %v0, %out ], [ %s{n-1}, %ret2 ]\n  %fin2 = add i64 %fin, %s{n-1}\n  ret i64 %fin2\n}}')
    s.append(ll_main('  %xa = zext i32 %argc to i64\n  %x = add i64 %xa, 40\n  %r = call i64 @f(i64 %x)\n'))
    return '\n'.join(s) + '\n'

def ll_live_args(n):
    # 400 arguments (i64, double, ptr) used only after n diamonds
    na = 400
    def ty(j): return ['i64', 'double', 'ptr', 'i32'][j % 4]
    s = [HDR_LL, '@cell = global i64 5', 'define internal i64 @f(' + ', '.join(f'{ty(j)} %p{j}' for j in range(na)) + ') {', 'entry:', '  br label %c0']
    for i in range(n):
        s.append(f'c{i}:\n  %a{i} = phi i64 ' + ('[ 1, %entry ]' if i == 0 else f'[ %l{i-1}, %t{i-1} ], [ %r{i-1}, %e{i-1} ]'))
        s.append(f'  %cc{i} = icmp ugt i64 %a{i}, {i * 31 % 1000}\n  br i1 %cc{i}, label %t{i}, label %e{i}')
        s.append(f't{i}:\n  %l{i} = sub i64 %a{i}, {i}\n  br label %c{i + 1}')
        s.append(f'e{i}:\n  %r{i} = add i64 %a{i}, 3\n  br label %c{i + 1}')
    s.append(f'c{n}:\n  %a{n} = phi i64 [ %l{n-1}, %t{n-1} ], [ %r{n-1}, %e{n-1} ]')
    acc = f'%a{n}'
    for j in range(na):
        t = ty(j)
        if t == 'i64': s.append(f'  %s{j} = xor i64 {acc}, %p{j}')
        elif t == 'double': s.append(f'  %g{j} = fptosi double %p{j} to i64\n  %s{j} = add i64 {acc}, %g{j}')
        elif t == 'ptr': s.append(f'  %g{j} = load i64, ptr %p{j}\n  %s{j} = add i64 {acc}, %g{j}')
        else: s.append(f'  %g{j} = sext i32 %p{j} to i64\n  %s{j} = mul i64 {acc}, %g{j}')
        acc = f'%s{j}'
    s.append(f'  ret i64 {acc}\n}}')
    args = ', '.join({'i64': 'i64 %x', 'double': 'double 2.5', 'ptr': 'ptr @cell', 'i32': 'i32 %t'}[ty(j)] for j in range(na))
    s.append(ll_main(f'  %x = zext i32 %argc to i64\n  %t = add i32 %argc, 1\n  %r = call i64 @f({args})\n'))
    return '\n'.join(s) + '\n'

SHAPES = {
    'bigblock': ('c', c_bigblock, 8000),
    'calls': ('c', c_calls, 10000),
    'switch_dense': ('c', c_switch_dense, 10000),
    'switch_sparse': ('c', c_switch_sparse, 10000),
    'nested_if': ('c', c_nested_if, 500),
    'nested_loops': ('c', c_nested_loops, 250),
    'many_funcs': ('c', c_many_funcs, 5000),
    'many_args': ('c', c_many_args, 1000),
    'varargs': ('c', c_varargs, 1000),
    'global_array': ('c', c_global_array, 250000),
    'long_string': ('c', c_long_string, 1000000),
    'nested_structs': ('c', c_nested_structs, 20000),
    'big_struct': ('c', c_big_struct, 3000),
    'deep_expr': ('c', c_deep_expr, 1000),
    'computed_goto': ('c', c_computed_goto, 1000),
    'i128': ('c', c_i128, 2000),
    'address_taken': ('c', c_address_taken, 3000),
    'loop_carried': ('c', c_loop_carried, 1000),
    'many_globals': ('c', c_many_globals, 10000),
    'while_chain': ('c', c_while_chain, 2000),
    'phi_preds': ('ll', ll_phi_preds, 5000),
    'select_chain': ('ll', ll_select_chain, 10000),
    'big_aggregate': ('ll', ll_big_aggregate, 2000),
    'phi_web': ('ll', ll_phi_web, 2000),
    'locals_ifs': ('c', c_locals_ifs, 1000),
    'live_across': ('ll', ll_live_across, 1000),
    'live_mixed': ('ll', ll_live_mixed, 1000),
    'live_args': ('ll', ll_live_args, 1000),
    'dup_cases': ('ll', ll_dup_cases, 10000),
    'hot_value': ('ll', ll_hot_value, 50000),
    'spill_calls': ('ll', ll_spill_calls, 5000),
    'memops': ('ll', ll_memops, 1000000),
    'deep_type': ('ll', ll_deep_type, 500),
    'const_exprs': ('ll', ll_const_exprs, 20000),
}

if __name__ == '__main__':
    if sys.argv[1] == '--list':
        for k, (kind, _, n) in SHAPES.items():
            print(k, kind, n)
        sys.exit(0)
    shape, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(out, 'w') as f:
        f.write(SHAPES[shape][1](n))
