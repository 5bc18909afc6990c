#!/usr/bin/env bash
# csmith-diff.sh DIR [KILN] — differential test over programs made by scripts/csmith-gen.sh:
#   x86_64: kiln DIR/x86_64/P.ll -o P; run it; stdout + exit status must equal DIR/expected/P.out
#           (the output of clang's native build of the same program)
#   aarch64, wasm32: the front half (parse, verify, lower, SSA verifier) must accept DIR/<t>/P.ll
# Prints one line per failure and a summary; exits 1 if anything failed.
# Example (1,000 programs): scripts/csmith-gen.sh 1000 out/csmith1k 5000 && scripts/csmith-diff.sh out/csmith1k
set -uo pipefail
dir=${1:?usage: csmith-diff.sh DIR [KILN]}
root="$(cd "$(dirname "$0")/.." && pwd)"
kiln=${2:-}
if [ -z "$kiln" ]; then
  (cd "$root" && swift build -c release --product kiln >/dev/null) || exit 1
  kiln="$(cd "$root" && swift build -c release --show-bin-path)/kiln"
fi
make -s -C "$root/runtime" x86_64
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0; fe=0
for ll in "$dir"/x86_64/*.ll; do
  name=$(basename "$ll" .ll)
  exp="$dir/expected/$name.out"
  [ -f "$exp" ] || continue
  if ! "$kiln" "$ll" -o "$tmp/p" 2>"$tmp/err"; then
    echo "FAIL $name: kiln: $(head -1 "$tmp/err")"; fail=$((fail+1)); continue
  fi
  out=$(timeout 20 "$tmp/p"; echo "exit: $?")
  if [ "$out" == "$(cat "$exp")" ]; then pass=$((pass+1)); else echo "FAIL $name: output differs"; fail=$((fail+1)); fi
  for t in aarch64 wasm32; do
    "$kiln" --emit=none --verify-ssa "$dir/$t/$name.ll" 2>"$tmp/err" || { echo "FAIL $name ($t front half): $(head -1 "$tmp/err")"; fe=$((fe+1)); }
  done
done
echo "csmith-diff: x86_64 executables: $pass match clang, $fail differ; aarch64/wasm32 front-half failures: $fe"
[ $fail -eq 0 ] && [ $fe -eq 0 ]
