#!/usr/bin/env python3
"""make-bench-input.py: build one large LLVM IR module for benchmarking Kiln's front half.

It concatenates many clang -O0 modules (by default freshly generated csmith programs compiled for
x86_64-unknown-linux-gnu) into a single valid .ll by "renaming apart":
  - every *defined* global, alias and function of module K (`@name = ...`, `define ... @name(`),
    including `main`, is renamed `@pK_name` (quoted names `@"x"` -> `@"pK_x"`); external
    declarations (`declare`, `= external global`) and `@llvm.*` names keep their names;
  - named struct types (`%name = type ...`) are renamed `%pK.name` (modules define clashing
    `%struct.S0` bodies);
  - attribute groups `#N` and metadata nodes `!N` are renumbered by a per-module offset;
  - duplicate `declare`s are dropped (first wins), header lines (ModuleID, source_filename, target
    datalayout/triple) are emitted once, and named metadata (`!llvm.module.flags`, `!llvm.ident`)
    is taken from the first module only (`!llvm.dbg.cu` lists are concatenated);
  - comments are stripped.
Renaming is token-based and string-aware: text inside "..." / c"..." literals is never touched.
Appending globals (`@llvm.used`, ...) are not merged: such inputs are refused.

The instruction count (lines inside function bodies that are instructions; labels, comments and
#dbg records excluded) is printed, and the output is verified with `clang -O0 -c OUT -o /dev/null`.

Usage:
  scripts/make-bench-input.py [-o OUT] [--programs N] [--min-insts M] [--seed0 S] [--no-verify] [IN.ll ...]
With no IN.ll, csmith programs (seeds S, S+1, ...) are generated into OUT's directory/csmith/ until
at least N programs and M instructions are collected (defaults: 48, 200000, seed 1000), which is
deterministic for a given csmith/clang version. Default OUT: <repo>/out/bench/big.ll (gitignored).
"""

import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNTIME = os.path.join(ROOT, "Tests", "csmith", "runtime")
TRIPLE = "x86_64-unknown-linux-gnu"

IDENT = r'[-a-zA-Z$._][-a-zA-Z$._0-9]*'
# One alternation scanned left to right, so string literals are consumed whole before any
# identifier pattern could match inside them.
TOKEN = re.compile(
    r'(?P<str>c?"[^"]*")'
    r'|(?P<gq>@"[^"]*")'
    r'|(?P<lq>%"[^"]*")'
    r'|(?P<g>@(?:' + IDENT + r'|\d+))'
    r'|(?P<l>%' + IDENT + r')'
    r'|(?P<attr>#\d+)'
    r'|(?P<md>!\d+)'
    r'|(?P<comment>;.*$)'
)
DEFINE_NAME = re.compile(r'^define\b[^@]*@("[^"]*"|' + IDENT + r'|\d+)\s*\(')
DECLARE_NAME = re.compile(r'^declare\b[^@]*@("[^"]*"|' + IDENT + r'|\d+)\s*\(')
GLOBAL_NAME = re.compile(r'^@("[^"]*"|' + IDENT + r'|\d+)\s*=\s*(.*)$')
TYPE_NAME = re.compile(r'^%("[^"]*"|' + IDENT + r')\s*=\s*type\b')
ATTR_DEF = re.compile(r'^attributes\s+#(\d+)\s*=')
MD_DEF = re.compile(r'^!(\d+)\s*=')
NAMED_MD = re.compile(r'^!(' + IDENT + r')\s*=\s*!\{(.*)\}\s*$')
HEADER = re.compile(r'^(; ModuleID|source_filename|target datalayout|target triple)')


def unquote(name):
    return name[1:-1] if name.startswith('"') else name


def strip_comment(line):
    """Remove a trailing ; comment that is outside string literals."""
    if ';' not in line:
        return line
    out = []
    in_str = False
    for ch in line:
        if ch == '"':
            in_str = not in_str
        elif ch == ';' and not in_str:
            break
        out.append(ch)
    return ''.join(out).rstrip()


class Module:
    def __init__(self, path, text):
        self.path = path
        self.lines = [strip_comment(l) for l in text.split('\n')]
        self.defined = set()      # global/function names (unquoted) defined here
        self.types = set()        # named types defined here
        self.max_attr = -1
        self.max_md = -1
        self.triple = None
        self.datalayout = None
        for line in self.lines:
            m = DEFINE_NAME.match(line)
            if m:
                self.defined.add(unquote(m.group(1)))
                continue
            m = GLOBAL_NAME.match(line)
            if m:
                name, rest = unquote(m.group(1)), m.group(2)
                if name.startswith('llvm.'):
                    if 'appending' in rest.split('[')[0]:
                        raise SystemExit(f"{path}: unsupported: appending global @{name} cannot be merged")
                    continue
                words = rest.split()
                if 'external' in words[:6] or 'extern_weak' in words[:6]:
                    continue  # a declaration, keeps its name
                self.defined.add(name)
                continue
            m = TYPE_NAME.match(line)
            if m:
                self.types.add(unquote(m.group(1)))
                continue
            m = ATTR_DEF.match(line)
            if m:
                self.max_attr = max(self.max_attr, int(m.group(1)))
                continue
            m = MD_DEF.match(line)
            if m:
                self.max_md = max(self.max_md, int(m.group(1)))
                continue
            if line.startswith('target triple'):
                self.triple = line
            elif line.startswith('target datalayout'):
                self.datalayout = line

    def rewrite(self, k, attr_off, md_off):
        prefix = f"p{k}_"
        defined, types = self.defined, self.types

        def sub(m):
            kind = m.lastgroup
            s = m.group(0)
            if kind == 'g':
                name = s[1:]
                return '@' + prefix + name if name in defined else s
            if kind == 'gq':
                name = s[2:-1]
                return '@"' + prefix + name + '"' if name in defined else s
            if kind == 'l':
                name = s[1:]
                return f'%p{k}.' + name if name in types else s
            if kind == 'lq':
                name = s[2:-1]
                return f'%"p{k}.' + name + '"' if name in types else s
            if kind == 'attr':
                return '#' + str(int(s[1:]) + attr_off)
            if kind == 'md':
                return '!' + str(int(s[1:]) + md_off)
            if kind == 'comment':
                return ''
            return s  # string literal

        return [TOKEN.sub(sub, line) for line in self.lines]


def count_instructions(lines):
    n = 0
    in_fn = False
    for line in lines:
        if line.startswith('define '):
            in_fn = True
        elif in_fn and line.startswith('}'):
            in_fn = False
        elif in_fn and line.startswith('  ') and not line.startswith('  #dbg_'):
            if line.strip():
                n += 1
    return n


def merge(modules):
    header = None
    body = []
    declares = {}       # name -> line
    named_md = {}       # name -> list of operand strings
    named_order = []
    attr_off = 0
    md_off = 0
    for k, mod in enumerate(modules):
        if header is None:
            header = [f'; Kiln benchmark input: {len(modules)} modules renamed apart by make-bench-input.py',
                      f'source_filename = "kiln-bench"']
            if mod.datalayout:
                header.append(mod.datalayout)
            if mod.triple:
                header.append(mod.triple)
        elif mod.triple != modules[0].triple:
            raise SystemExit(f"{mod.path}: target triple differs from {modules[0].path}")
        lines = mod.rewrite(k, attr_off, md_off)
        for line in lines:
            if not line.strip() or HEADER.match(line):
                continue
            m = DECLARE_NAME.match(line)
            if m:
                declares.setdefault(unquote(m.group(1)), line)
                continue
            m = GLOBAL_NAME.match(line)
            if m and unquote(m.group(1)) not in mod.defined and not unquote(m.group(1)).startswith(f'p{k}_'):
                # external global declaration: keep the first one only
                declares.setdefault('global:' + unquote(m.group(1)), line)
                continue
            m = NAMED_MD.match(line)
            if m:
                name, ops = m.group(1), m.group(2).strip()
                if name not in named_md:
                    named_md[name] = []
                    named_order.append(name)
                elif name in ('llvm.module.flags', 'llvm.ident'):
                    continue
                if ops:
                    named_md[name].append(ops)
                continue
            body.append(line)
        attr_off += mod.max_attr + 1
        md_off += mod.max_md + 1
    out = header + [''] + body + [''] + list(declares.values()) + ['']
    for name in named_order:
        out.append(f'!{name} = !{{{", ".join(named_md[name])}}}')
    return out


def generate_csmith(outdir, programs, min_insts, seed0):
    srcdir = os.path.join(outdir, 'csmith')
    os.makedirs(srcdir, exist_ok=True)
    paths = []
    total = 0
    seed = seed0
    while len(paths) < programs or total < min_insts:
        if seed > seed0 + 10 * programs + 1000:
            raise SystemExit('make-bench-input: csmith did not produce enough code')
        c = os.path.join(srcdir, f'csmith_{seed}.c')
        ll = os.path.join(srcdir, f'csmith_{seed}.ll')
        with open(c, 'w') as f:
            subprocess.run(['csmith', '--seed', str(seed)], stdout=f, check=True)
        r = subprocess.run(['clang', '-target', TRIPLE, '-O0', '-S', '-emit-llvm', '-w', '-I', RUNTIME,
                            f'csmith_{seed}.c', '-o', ll], cwd=srcdir)
        seed += 1
        if r.returncode != 0:
            continue
        with open(ll) as f:
            total += count_instructions(f.read().split('\n'))
        paths.append(ll)
    return paths


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('inputs', nargs='*', help='.ll files to merge (default: generate csmith programs)')
    ap.add_argument('-o', '--output', default=os.path.join(ROOT, 'out', 'bench', 'big.ll'))
    ap.add_argument('--programs', type=int, default=48)
    ap.add_argument('--min-insts', type=int, default=200000)
    ap.add_argument('--seed0', type=int, default=1000)
    ap.add_argument('--no-verify', action='store_true')
    args = ap.parse_args()

    outdir = os.path.dirname(os.path.abspath(args.output))
    os.makedirs(outdir, exist_ok=True)
    inputs = args.inputs or generate_csmith(outdir, args.programs, args.min_insts, args.seed0)
    modules = []
    for p in inputs:
        with open(p) as f:
            modules.append(Module(p, f.read()))
    lines = merge(modules)
    text = '\n'.join(lines) + '\n'
    with open(args.output, 'w') as f:
        f.write(text)
    insts = count_instructions(lines)
    fns = sum(1 for l in lines if l.startswith('define '))
    print(f'{args.output}: {len(modules)} modules, {fns} functions, {insts} instructions, '
          f'{len(text.encode())} bytes')
    if not args.no_verify:
        r = subprocess.run(['clang', '-O0', '-c', '-w', args.output, '-o', os.devnull])
        if r.returncode != 0:
            sys.exit('make-bench-input: clang rejected the merged module')
        print('verified: clang -O0 -c accepts it')


if __name__ == '__main__':
    main()
