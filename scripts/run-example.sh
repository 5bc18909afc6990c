#!/usr/bin/env bash
# Sets up a fresh machine, builds Kiln (release), compiles the example program Examples/fib.ll
# (clang -O0 output of Examples/fib.c) to a native x86_64 executable with Kiln, and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
kiln=$(./scripts/build-kiln.sh)
mkdir -p out
echo "=== kiln Examples/fib.ll -o out/fib && ./out/fib"
"$kiln" Examples/fib.ll -o out/fib
./out/fib
echo "=== kiln --emit=ssa Examples/fib.ll (Kiln's target-neutral SSA, first lines)"
"$kiln" --emit=ssa Examples/fib.ll -o - | head -30
