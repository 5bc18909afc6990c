#!/usr/bin/env python3
# Writes a variant of a clang -O0 .ll whose functions have their blocks in another order: numbered
# values and labels are renamed (%5 -> %v5, `5:` -> `v5:`, the entry block labelled explicitly)
# and each function's non-entry blocks are shuffled with a fixed seed. Block order is free in
# LLVM IR, so the program must behave the same; a backend that lowers blocks in layout order and
# assumes definitions come first does not (Tests/corpus/x86_64-shuffled, NativeTests).
# Usage: scripts/shuffle-blocks.py IN.ll OUT.ll SEED
import random, re, sys

src, dst, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(seed)
label = re.compile(r'^[\w.$-]+:')

def rename(line):
    line = re.sub(r'%(\d+)\b', r'%v\1', line)
    return re.sub(r'^(\d+):', r'v\1:', line)

lines = open(src).read().split('\n')
out = []
i = 0
while i < len(lines):
    if not lines[i].startswith('define '):
        out.append(lines[i])
        i += 1
        continue
    header = rename(lines[i])
    i += 1
    blocks = [[]]
    while not lines[i].startswith('}'):
        line = rename(lines[i])
        if label.match(line):
            blocks.append([line])
        elif line.strip():
            blocks[-1].append(line)
        i += 1
    entry, rest = blocks[0], blocks[1:]
    # The entry block's implicit number follows the unnamed parameters (now %vN): name it, as a
    # phi may refer to it.
    entry = ['v%d:' % len(re.findall(r'%v\d+\b', header))] + entry
    rng.shuffle(rest)
    out.append(header)
    for b in [entry] + rest:
        out.extend(b)
    out.append('}')
    i += 1
open(dst, 'w').write('\n'.join(out))
