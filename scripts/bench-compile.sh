#!/usr/bin/env bash
# Benchmark (not a test): compile time and peak memory of Kiln against `clang -O0 -c` on the same
# .ll files, side by side in one hyperfine run per workload.
#  (a) corpus: Tests/corpus/x86_64/*.ll (small files): every file compiled as its own process
#      (process start included), the whole set in a shell loop, for `kiln -c` and `clang -O0 -c`;
#      only files BOTH compilers accept are timed (the others are listed). (a') the same files,
#      each timed by hyperfine -N on its own (no shell around the compiler), kiln and clang side
#      by side per file (the shell loop's fork/exec of bash itself is not in these).
#  (b) big: out/bench/big.ll (made by scripts/make-bench-input.py if missing): end-to-end object
#      emission `kiln -c` (-j 1, and the default: all CPUs) vs `clang -O0 -c`, plus
#      `kiln --emit=none` (front half only).
# Peak RSS from GNU time (`/usr/bin/time -f %M`): the max over the corpus files, and for big.ll.
# Objects are written to files in $OUT, never to /dev/null (Kiln writes via a temporary file and
# rename(2), which must not be pointed at a device node).
# Usage: scripts/bench-compile.sh [big.ll]
# Env:   KILN=path (default: release build in .build-bench), RUNS=10 (big: RUNS_BIG=5),
#        OUT=out/bench/compile, NO_BUILD=1 skips `swift build`. Needs clang, hyperfine, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
CLANG=${CLANG:-$(command -v clang || echo /opt/swift/usr/bin/clang)}
RUNS=${RUNS:-10}; RUNS_BIG=${RUNS_BIG:-5}
OUT=${OUT:-$root/out/bench/compile}
mkdir -p "$OUT"
for t in hyperfine python3; do command -v $t >/dev/null || { echo "bench-compile: $t missing" >&2; exit 1; }; done
[ -x /usr/bin/time ] || { echo "bench-compile: /usr/bin/time (GNU time) missing" >&2; exit 1; }
if [ -z "${KILN:-}" ]; then
  if [ -n "${NO_BUILD:-}" ]; then KILN=$root/.build-bench/release/kiln
  else KILN=$(scripts/build-kiln.sh --scratch-path "$root/.build-bench"); fi
fi
big=${1:-out/bench/big.ll}
[ -f "$big" ] || python3 scripts/make-bench-input.py

echo "kiln: $KILN"
echo "clang: $("$CLANG" --version | head -1)"
echo "machine: $(nproc) CPUs; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- (a) corpus -------------------------------------------------------------------------------
files=(); skipped=()
for f in Tests/corpus/x86_64/*.ll; do
  if "$KILN" -c "$f" -o "$OUT/probe.o" 2>/dev/null && "$CLANG" -O0 -c "$f" -o "$OUT/probe.o" 2>/dev/null; then
    files+=("$root/$f")
  else
    skipped+=("$(basename "$f")")
  fi
done
bytes=0; for f in "${files[@]}"; do bytes=$((bytes + $(stat -c %s "$f"))); done
echo
echo "(a) corpus: ${#files[@]} files, $((bytes / 1024)) KiB; each compiled by its own process"
[ ${#skipped[@]} -eq 0 ] || echo "    not timed (kiln -c or clang failed): ${skipped[*]}"
# The same loop for both compilers, so the shell's own cost cancels out in the difference.
{
  echo '#!/usr/bin/env bash'; echo 'set -e'
  echo "for f in ${files[*]}; do \"\$@\" \"\$f\" -o \"$OUT/corpus.o\"; done"
} > "$OUT/corpus-loop.sh"
chmod +x "$OUT/corpus-loop.sh"
hyperfine -N -w 1 -r "$RUNS" --style basic --export-json "$OUT/corpus.json" \
  -n "kiln -c" "$OUT/corpus-loop.sh $KILN -c" \
  -n "clang -O0 -c" "$OUT/corpus-loop.sh $CLANG -O0 -c" \
  -n "kiln --emit=none" "$OUT/corpus-loop.sh $KILN --emit=none" 2>&1 | grep -E '^\S|Time' || true
# The same files, each timed on its own by hyperfine -N (the process is started directly, no
# shell loop around it: process start is included, a shell's fork is not), kiln and clang side by
# side per file. The per-file medians are summed.
echo
echo "(a') corpus, per file: hyperfine -N per file, kiln and clang side by side"
rm -f "$OUT"/perfile-*.json
i=0
for f in "${files[@]}"; do
  hyperfine -N -w 3 -r "$RUNS" --style none --export-json "$OUT/perfile-$i.json" \
    -n kiln "$KILN -c $f -o $OUT/perfile.kiln.o" -n clang "$CLANG -O0 -c $f -o $OUT/perfile.clang.o" >/dev/null 2>&1
  i=$((i + 1))
done
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
maxk=0; maxc=0
for f in "${files[@]}"; do
  k=$(peak "$KILN" -c "$f" -o "$OUT/corpus.o"); c=$(peak "$CLANG" -O0 -c "$f" -o "$OUT/corpus.o")
  [ "$k" -gt "$maxk" ] && maxk=$k; [ "$c" -gt "$maxc" ] && maxc=$c
done
echo "corpus ${#files[@]} $bytes $maxk $maxc" > "$OUT/corpus.mem"

# ---- (b) big.ll --------------------------------------------------------------------------------
bb=$(stat -c %s "$big")
echo
echo "(b) $big: $((bb / 1024 / 1024)) MiB"
hyperfine -N -w 1 -r "$RUNS_BIG" --style basic --export-json "$OUT/big.json" \
  -n "kiln -c -j 1" "$KILN -c -j 1 $big -o $OUT/big.kiln.o" \
  -n "kiln -c" "$KILN -c $big -o $OUT/big.kiln.o" \
  -n "clang -O0 -c" "$CLANG -O0 -c $big -o $OUT/big.clang.o" \
  -n "kiln --emit=none" "$KILN --emit=none $big" 2>&1 | grep -E '^\S|Time' || true
bk=$(peak "$KILN" -c "$big" -o "$OUT/big.kiln.o"); bc=$(peak "$CLANG" -O0 -c "$big" -o "$OUT/big.clang.o")
bn=$(peak "$KILN" --emit=none "$big")
echo "big $bb $bk $bc $bn" > "$OUT/big.mem"

python3 - "$OUT" <<'PY'
import json, os, sys
out = sys.argv[1]
def med(name): return {r["command"]: r for r in json.load(open(os.path.join(out, name)))["results"]}
c = med("corpus.json"); b = med("big.json")
_, n, cbytes, mk, mc = open(os.path.join(out, "corpus.mem")).read().split()
_, bbytes, bk, bc, bn = open(os.path.join(out, "big.mem")).read().split()
n, cbytes, mk, mc, bbytes, bk, bc, bn = map(int, (n, cbytes, mk, mc, bbytes, bk, bc, bn))
def ms(r): return f"{r['median']*1000:.1f} ± {r['stddev']*1000:.1f}"
print("\nmedian wall time (hyperfine -N); ratio = clang time / kiln time (>1: kiln faster); RSS = GNU time max resident\n")
print("| workload | command | time ms | per file ms | MB/s | ratio vs clang -O0 -c | peak RSS MiB |")
print("|---|---|---:|---:|---:|---:|---:|")
cc = c["clang -O0 -c"]["median"]
for name in ("kiln -c", "kiln --emit=none", "clang -O0 -c"):
    r = c[name]; t = r["median"]
    rss = {"kiln -c": mk, "clang -O0 -c": mc}.get(name)
    print(f"| corpus ({n} files) | `{name}` | {ms(r)} | {t*1000/n:.2f} | {cbytes/t/1e6:.1f} | {cc/t:.2f} | {'' if rss is None else f'{rss/1024:.0f} (max)'} |")
bcl = b["clang -O0 -c"]["median"]
for name in ("kiln -c -j 1", "kiln -c", "kiln --emit=none", "clang -O0 -c"):
    r = b[name]; t = r["median"]
    rss = {"kiln -c": bk, "clang -O0 -c": bc, "kiln --emit=none": bn}.get(name)
    print(f"| big.ll ({bbytes/2**20:.1f} MiB) | `{name}` | {ms(r)} | | {bbytes/t/1e6:.0f} | {bcl/t:.2f} | {'' if rss is None else f'{rss/1024:.0f}'} |")
print(f"\npeak RSS ratio clang/kiln: corpus max {mc/mk:.2f}x, big.ll (-c) {bc/bk:.2f}x")
import glob
ks = cs = 0.0; ratios = []
for pth in sorted(glob.glob(os.path.join(out, "perfile-*.json"))):
    r = {x["command"]: x["median"] for x in json.load(open(pth))["results"]}
    ks += r["kiln"]; cs += r["clang"]; ratios.append(r["clang"] / r["kiln"])
if ratios:
    import math
    geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
    print(f"\n(a') corpus per file (hyperfine -N per file, medians summed over {len(ratios)} files): "
          f"kiln {ks*1000/len(ratios):.2f} ms/file, clang {cs*1000/len(ratios):.2f} ms/file, "
          f"ratio {cs/ks:.2f}x (geomean of per-file ratios {geo:.2f}x, min {min(ratios):.2f}x)")
PY
