#!/usr/bin/env bash
# csmith-gen.sh N OUTDIR [SEED0] — generate N random C programs with csmith and their LLVM IR.
#
# Seeds SEED0, SEED0+1, ... (default SEED0 = 1) are tried in order until N programs are kept, so the
# result is deterministic for a given (N, SEED0) and csmith version (2.3.0). For each kept seed S:
#   OUTDIR/src/csmith_S.c                             csmith --seed S ${CSMITH_OPTS}
#   OUTDIR/{x86_64,aarch64,wasm32}/csmith_S.ll        clang -O0 -S -emit-llvm -w for
#       x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu, wasm32-unknown-unknown
#   OUTDIR/expected/csmith_S.out                      stdout of the natively built program plus a
#       final "exit: N" line (same format as Tests/corpus/expected)
# A seed is skipped (and listed in OUTDIR/skipped.txt) when the native program does not finish within
# 5 s, or when any compile fails. Programs use Kiln's runtime shim Tests/csmith/runtime (csmith.h,
# platform_generic.h, safe_math.h); wasm32 additionally uses -nostdinc -I Tests/corpus/wasm-include.
#
# Notes:
#   - The expected output is the checksum of an LP64 build (x86_64 host). aarch64 matches it;
#     wasm32 is ILP32 (long is 32 bits) so a csmith program's checksum may legitimately differ there.
#   - KILN_UBSAN=1 also builds each program with UBSan and skips seeds that report anything.
#   - Idempotent: outputs are overwritten; the csmith generation itself is deterministic by seed.
# Env: CLANG (default clang), CSMITH (default csmith), CSMITH_OPTS (extra csmith options).
set -euo pipefail

if [ "$#" -lt 2 ] || [ "$#" -gt 3 ]; then
    echo "usage: $0 N OUTDIR [SEED0]" >&2
    exit 2
fi
N="$1"
OUT="$2"
SEED="${3:-1}"
case "$N$SEED" in *[!0-9]*) echo "csmith-gen: N and SEED0 must be non-negative integers" >&2; exit 2 ;; esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNTIME="$ROOT/Tests/csmith/runtime"
WASM_INC="$ROOT/Tests/corpus/wasm-include"
CLANG="${CLANG:-clang}"
CSMITH="${CSMITH:-csmith}"
read -r -a CSMITH_EXTRA <<< "${CSMITH_OPTS:-}"

mkdir -p "$OUT/src" "$OUT/x86_64" "$OUT/aarch64" "$OUT/wasm32" "$OUT/expected"
OUT="$(cd "$OUT" && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
: > "$OUT/skipped.txt"

kept=0
max_seed=$((SEED + 20 * N + 100)) # give up eventually rather than loop forever
while [ "$kept" -lt "$N" ]; do
    if [ "$SEED" -gt "$max_seed" ]; then
        echo "csmith-gen: too many skipped seeds, stopping with $kept programs" >&2
        exit 1
    fi
    name="csmith_$SEED"
    src="$OUT/src/$name.c"
    "$CSMITH" --seed "$SEED" ${CSMITH_EXTRA[@]+"${CSMITH_EXTRA[@]}"} > "$src"

    ok=1
    if ! (cd "$OUT/src" && "$CLANG" -O0 -w -I "$RUNTIME" "$name.c" -o "$TMP/$name" -lm) 2> "$TMP/err"; then
        ok=0; reason="native compile failed: $(head -1 "$TMP/err")"
    fi
    if [ "$ok" = 1 ]; then
        set +e
        (cd "$TMP" && timeout 5 "./$name" > "$TMP/$name.stdout")
        status=$?
        set -e
        if [ "$status" -eq 124 ]; then ok=0; reason="timeout"; fi
    fi
    if [ "$ok" = 1 ] && [ "${KILN_UBSAN:-0}" = 1 ]; then
        (cd "$OUT/src" && "$CLANG" -O0 -w -I "$RUNTIME" -fsanitize=undefined,float-cast-overflow \
            -fno-sanitize-recover=all "$name.c" -o "$TMP/$name.ub" -lm)
        set +e
        (cd "$TMP" && timeout 20 "./$name.ub" > /dev/null 2> "$TMP/$name.uberr")
        set -e
        if [ -s "$TMP/$name.uberr" ]; then ok=0; reason="ubsan: $(head -1 "$TMP/$name.uberr")"; fi
    fi
    if [ "$ok" = 1 ]; then
        for t in x86_64:x86_64-unknown-linux-gnu aarch64:aarch64-unknown-linux-gnu wasm32:wasm32-unknown-unknown; do
            dir="${t%%:*}"
            triple="${t#*:}"
            extra=()
            if [ "$dir" = wasm32 ]; then extra=(-nostdinc -I "$WASM_INC"); fi
            if ! (cd "$OUT/src" && "$CLANG" -target "$triple" -O0 -S -emit-llvm -w ${extra[@]+"${extra[@]}"} \
                -I "$RUNTIME" "$name.c" -o "$OUT/$dir/$name.ll") 2> "$TMP/err"; then
                ok=0; reason="$dir compile failed: $(head -1 "$TMP/err")"
                break
            fi
        done
    fi

    if [ "$ok" = 1 ]; then
        { cat "$TMP/$name.stdout"; echo "exit: $status"; } > "$OUT/expected/$name.out"
        kept=$((kept + 1))
        echo "csmith-gen: $name kept ($kept/$N)"
    else
        rm -f "$src" "$OUT/x86_64/$name.ll" "$OUT/aarch64/$name.ll" "$OUT/wasm32/$name.ll" "$OUT/expected/$name.out"
        echo "$SEED $reason" >> "$OUT/skipped.txt"
        echo "csmith-gen: $name skipped ($reason)"
    fi
    SEED=$((SEED + 1))
done
