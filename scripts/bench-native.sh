#!/usr/bin/env bash
# Benchmark (not a test): run-time speed and code size of Kiln-compiled programs against clang -O0
# and clang -O2, all three built from the SAME .ll (bench/ll/*.ll, made by bench/gen-ll.sh from
# bench/programs/*.c). For every program:
#   kiln p.ll -o p.kiln     clang -O0 p.ll -o p.O0 -lm     clang -O2 p.ll -o p.O2 -lm
# checks the three print the same output (and bench/expected/p.txt), times them side by side in one
# hyperfine run (-N -w 1 -r $RUNS, JSON in $OUT/p.json), and reports per program the ratios
# clang-O0 time / kiln time and clang-O2 time / kiln time (>1 means Kiln is faster) with their
# geometric means, plus `.text` sizes of the linked executables and of the objects from
# `kiln -c` vs `clang -O0 -c` / `clang -O2 -c` (sum of every .text* section, from `size -A`).
# Prints a markdown table. A program Kiln fails to build or miscompiles is reported and left out of
# the means, never silently dropped.
# Usage: scripts/bench-native.sh [program ...]     (default: every bench/ll/*.ll)
# Env:   KILN=path (default: release build in .build-bench), RUNS=5, OUT=out/bench/native,
#        NO_BUILD=1 skips `swift build`. Needs clang, cc, hyperfine, python3, size.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
CLANG=${CLANG:-$(command -v clang || echo /opt/swift/usr/bin/clang)}
RUNS=${RUNS:-5}
OUT=${OUT:-$root/out/bench/native}
mkdir -p "$OUT"
for t in hyperfine python3 size cc; do command -v $t >/dev/null || { echo "bench-native: $t missing" >&2; exit 1; }; done

if [ -z "${KILN:-}" ]; then
  if [ -z "${NO_BUILD:-}" ]; then
    scripts/build-kiln.sh --scratch-path "$root/.build-bench" >/dev/null
  fi
  KILN=$root/.build-bench/release/kiln
fi
make -s -C runtime x86_64 >/dev/null

if [ $# -gt 0 ]; then progs=("$@"); else progs=(); for f in bench/ll/*.ll; do progs+=("$(basename "$f" .ll)"); done; fi

echo "kiln: $KILN"
echo "clang: $("$CLANG" --version | head -1)"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

status=$OUT/status.txt; : > "$status"
for p in "${progs[@]}"; do
  ll=$root/bench/ll/$p.ll
  [ -f "$ll" ] || { echo "$p missing-ll" >> "$status"; continue; }
  d=$OUT/$p; mkdir -p "$d"; rm -f "$d"/*
  # executables
  "$CLANG" -O0 "$ll" -o "$d/$p.O0" -lm
  "$CLANG" -O2 "$ll" -o "$d/$p.O2" -lm
  "$CLANG" -O0 -c "$ll" -o "$d/$p.O0.o"
  "$CLANG" -O2 -c "$ll" -o "$d/$p.O2.o"
  if ! "$KILN" "$ll" -o "$d/$p.kiln" 2> "$d/kiln-exe.err"; then
    echo "$p kiln-build-failed $(head -c 300 "$d/kiln-exe.err" | tr '\n' ' ')" >> "$status"; continue
  fi
  "$KILN" -c "$ll" -o "$d/$p.kiln.o" 2> "$d/kiln-obj.err" || true
  # outputs must agree (stdout + exit status)
  for v in kiln O0 O2; do
    set +e; timeout 60 "$d/$p.$v" > "$d/out.$v"; echo "exit: $?" >> "$d/out.$v"; set -e
  done
  want=$root/bench/expected/$p.txt
  if ! cmp -s "$d/out.O0" "$d/out.O2"; then echo "$p clang-O0-vs-O2-differ" >> "$status"; continue; fi
  if [ -f "$want" ] && ! cmp -s <(head -n -1 "$d/out.O0") "$want"; then echo "$p clang-differs-from-expected" >> "$status"; continue; fi
  if ! cmp -s "$d/out.kiln" "$d/out.O0"; then
    echo "$p kiln-output-differs: got '$(head -c 200 "$d/out.kiln" | tr '\n' ' ')'" >> "$status"; continue
  fi
  echo "== $p"
  hyperfine -N -w 1 -r "$RUNS" --style basic --export-json "$d/$p.json" \
    -n kiln "$d/$p.kiln" -n clang-O0 "$d/$p.O0" -n clang-O2 "$d/$p.O2" 2>&1 | grep -E '^\S|Time' || true
  echo "$p ok" >> "$status"
done

echo
python3 - "$OUT" "${progs[@]}" <<'PY'
import json, math, os, subprocess, sys
out, progs = sys.argv[1], sys.argv[2:]
status = {}
for line in open(os.path.join(out, "status.txt")):
    name, _, rest = line.strip().partition(" ")
    status[name] = rest

def text_size(path):
    if not os.path.exists(path): return None
    r = subprocess.run(["size", "-A", path], capture_output=True, text=True)
    if r.returncode != 0: return None
    total = 0
    for line in r.stdout.splitlines():
        f = line.split()
        if len(f) >= 2 and f[0].startswith(".text") and f[1].isdigit(): total += int(f[1])
    return total

def gmean(xs): return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")
def fmt(x, spec=".2f"): return "—" if x is None else format(x, spec)

rows, r0, r2, s0, s2, o0, o2 = [], [], [], [], [], [], []
print(f"run time: median of {os.environ.get('RUNS', '5')} runs (hyperfine -N -w 1); ratio = clang time / kiln time (>1: kiln faster)\n")
print("| program | kiln ms | clang -O0 ms | clang -O2 ms | O0/kiln | O2/kiln | exe .text kiln / O0 / O2 | obj .text kiln / O0 / O2 | obj kiln/O0 | obj kiln/O2 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for p in progs:
    st = status.get(p, "not-run")
    d = os.path.join(out, p)
    if st != "ok":
        print(f"| {p} | **{st}** | | | | | | | | |"); continue
    res = {r["command"]: r for r in json.load(open(os.path.join(d, p + ".json")))["results"]}
    k, c0, c2 = (res[n]["median"] for n in ("kiln", "clang-O0", "clang-O2"))
    r0.append(c0 / k); r2.append(c2 / k)
    ek, e0, e2 = (text_size(os.path.join(d, f"{p}.{v}")) for v in ("kiln", "O0", "O2"))
    ok_, oo0, oo2 = (text_size(os.path.join(d, f"{p}.{v}.o")) for v in ("kiln", "O0", "O2"))
    ro0 = ok_ / oo0 if ok_ and oo0 else None
    ro2 = ok_ / oo2 if ok_ and oo2 else None
    if ro0: o0.append(ro0)
    if ro2: o2.append(ro2)
    print(f"| {p} | {k*1000:.0f} | {c0*1000:.0f} | {c2*1000:.0f} | {c0/k:.2f} | {c2/k:.2f} | "
          f"{fmt(ek,'d')} / {fmt(e0,'d')} / {fmt(e2,'d')} | {fmt(ok_,'d')} / {fmt(oo0,'d')} / {fmt(oo2,'d')} | {fmt(ro0)} | {fmt(ro2)} |")
print(f"| **geomean** ({len(r0)} programs) | | | | **{gmean(r0):.2f}** | **{gmean(r2):.2f}** | | | **{gmean(o0):.2f}** | **{gmean(o2):.2f}** |")
bad = [f"{p}: {status.get(p, 'not-run')}" for p in progs if status.get(p) != "ok"]
if bad: print("\nnot measured:\n  " + "\n  ".join(bad))
PY
