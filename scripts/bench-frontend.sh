#!/usr/bin/env bash
# Benchmark (not a test): Kiln's front half (parse + verify + lower, `--emit=none`) against
# `clang -O0 -c` on the same large .ll, side by side in one run. Reports wall time (hyperfine),
# throughput (MB/s of IR text, IR instructions/s), and peak memory (GNU time's max RSS).
# Usage: scripts/bench-frontend.sh [big.ll]   (default: out/bench/big.ll, made by
#        scripts/make-bench-input.py if missing; needs clang and csmith)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
in=${1:-out/bench/big.ll}
[ -f "$in" ] || python3 scripts/make-bench-input.py
if [ -z "${KILN:-}" ]; then
  KILN=$(scripts/build-kiln.sh --scratch-path .build-bench)
fi
kiln=$KILN
bytes=$(stat -c %s "$in")
insts=$(grep -cE '^\s+(%[-a-zA-Z$._0-9"]+ = )?[a-z]' "$in" || true)
echo "input: $in  ($(( bytes / 1024 )) KiB, ~$insts IR instructions)"
command -v hyperfine >/dev/null || { echo "hyperfine missing: apt-get install hyperfine" >&2; exit 1; }
hyperfine -N -w 2 -r ${RUNS:-10} --export-json /tmp/kiln-bench.json \
  "$kiln --emit=none -j 1 $in" \
  "$kiln --emit=none $in" \
  "clang -O0 -c $in -o /dev/null"
python3 - "$bytes" "$insts" <<'PY'
import json, sys
b, n = int(sys.argv[1]), int(sys.argv[2])
r = json.load(open('/tmp/kiln-bench.json'))['results']
k1, k2, c = (x['median'] for x in r)
print(f"kiln -j1: {k1*1000:.1f} ms  = {b/k1/1e6:.0f} MB/s, {n/k1/1e6:.2f} M IR inst/s")
print(f"kiln (default -j: all CPUs): {k2*1000:.1f} ms  = {b/k2/1e6:.0f} MB/s, {n/k2/1e6:.2f} M IR inst/s")
print(f"clang -O0 -c: {c*1000:.1f} ms")
print(f"speedup vs clang: {c/k1:.1f}x (-j 1), {c/k2:.1f}x (default)")
PY
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
km=$(peak "$kiln" --emit=none "$in"); cm=$(peak clang -O0 -c "$in" -o /dev/null)
echo "peak RSS: kiln $((km/1024)) MiB, clang $((cm/1024)) MiB, ratio $(python3 -c "print(f'{$cm/$km:.1f}')")x"
