#!/usr/bin/env bash
# Regenerates bench/ll/*.ll (committed, so the benchmark runs without clang where possible) from
# bench/programs/*.c with clang -O0 for x86_64 Linux, and bench/expected/*.txt (each program's
# stdout, from a clang -O2 build of the same .ll) for the output checks.
# Invariant: the .ll files are exactly what `clang -O0 -Xclang -disable-O0-optnone -S -emit-llvm`
# emits (no hand edits); compiled from inside programs/ so source_filename is path-independent.
# Why -disable-O0-optnone: plain -O0 marks every function `optnone`, and then `clang -O2 p.ll` does
# NOT optimize (the "-O2" column would just be -O0 again). Without optnone the IR is otherwise the
# same -O0 IR (allocas, loads/stores, `noinline` on every function — so the -O2 build still cannot
# inline; it gets every other optimization).
# Usage: bench/gen-ll.sh   (needs clang; CLANG=... overrides)
set -euo pipefail
cd "$(dirname "$0")"
CLANG=${CLANG:-$(command -v clang || echo /opt/swift/usr/bin/clang)}
mkdir -p ll expected
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for c in programs/*.c; do
  n=$(basename "$c" .c)
  # compile from inside programs/ so the embedded source_filename is just "<n>.c"
  (cd programs && "$CLANG" -target x86_64-unknown-linux-gnu -O0 -Xclang -disable-O0-optnone -S -emit-llvm "$n.c" -o "../ll/$n.ll")
  "$CLANG" -O2 "ll/$n.ll" -o "$tmp/$n" -lm
  "$tmp/$n" > "expected/$n.txt"
  echo "ll/$n.ll  $(wc -l < "ll/$n.ll") lines  -> $(cat "expected/$n.txt")"
done
