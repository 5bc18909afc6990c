#!/usr/bin/env bash
# Sets up a fresh machine, builds Kiln (release) and runs it on the example program:
# Examples/fib.ll (clang -O0 output of Examples/fib.c) → Kiln's target-neutral SSA for each target.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
swift build -c release --product kiln
kiln=$(swift build -c release --show-bin-path)/kiln
for t in x86_64-linux-gnu aarch64-linux-gnu wasm32; do
  echo "=== kiln --target $t --emit=ssa Examples/fib.ll"
  "$kiln" --target "$t" --emit=ssa Examples/fib.ll -o - | head -60
done
