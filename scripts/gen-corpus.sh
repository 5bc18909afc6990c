#!/usr/bin/env bash
# gen-corpus.sh — regenerate Kiln's C test corpus outputs from Tests/corpus/src/*.c.
#
# For every NAME.c it writes
#   Tests/corpus/{x86_64,aarch64,wasm32}/NAME.ll   clang -O0 -S -emit-llvm -w for
#       x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu, wasm32-unknown-unknown
#   Tests/corpus/expected/NAME.out                 stdout of the natively built program followed
#       by a final line "exit: N" (N = its exit status); the corpus programs are written so this is
#       the same on all three targets.
# and, for the files in DEBUG_FILES, an extra NAME.g.ll per target built with -g (debug metadata,
# #dbg_declare records); for those in SHUFFLED_FILES, Tests/corpus/x86_64-shuffled/NAME.ll: the
# x86_64 IR with each function's blocks in another order (scripts/shuffle-blocks.py, seed 1),
# which must print the same.
#
# Invariants / conventions:
#   - clang runs from inside Tests/corpus/src on the bare file name, with
#     -fdebug-compilation-dir=., so the .ll files contain no absolute paths and are reproducible.
#   - wasm32 has no libc headers: it is compiled with -nostdinc -I Tests/corpus/wasm-include, where
#     minimal stdio/stdlib/string/stdarg/math/stdint/stddef/stdbool/limits/float headers live.
#   - Before an expected output is recorded, the program is also built with UBSan
#     (-fsanitize=undefined,float-cast-overflow -fno-sanitize-recover) and must run with no sanitizer
#     report and print the same stdout; otherwise the script fails. Set KILN_SKIP_UBSAN=1 to skip.
#   - KILN_CHECK_AARCH64=1 additionally cross-builds each program for aarch64-linux-gnu and runs it
#     under qemu-aarch64 (-L /usr/aarch64-linux-gnu), failing if its output differs from the oracle.
#   - Idempotent: every output is rewritten from scratch; temporaries go to a mktemp directory.
#   - Each program must finish within 20 s natively.
#
# Usage: scripts/gen-corpus.sh [NAME...]     (default: every Tests/corpus/src/*.c)
# Env:   CLANG (default: clang on PATH)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="$ROOT/Tests/corpus"
SRC="$CORPUS/src"
CLANG="${CLANG:-clang}"
DEBUG_FILES="recursion struct_small control"
SHUFFLED_FILES="control conversions interp matmul nested_structs sieve sort switch varargs vla"
TARGETS="x86_64:x86_64-unknown-linux-gnu aarch64:aarch64-unknown-linux-gnu wasm32:wasm32-unknown-unknown"
COMMON_FLAGS=(-O0 -S -emit-llvm -w -fdebug-compilation-dir=.)

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

mkdir -p "$CORPUS/x86_64" "$CORPUS/aarch64" "$CORPUS/wasm32" "$CORPUS/expected" "$CORPUS/x86_64-shuffled"

if [ "$#" -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in "$SRC"/*.c; do names+=("$(basename "$f" .c)"); done
fi

is_debug() { case " $DEBUG_FILES " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

emit_ll() { # name dir triple out extra-flags...
    local name="$1" dir="$2" triple="$3" out="$4"
    shift 4
    local extra=()
    if [ "$dir" = wasm32 ]; then extra=(-nostdinc -I "$CORPUS/wasm-include"); fi
    (cd "$SRC" && "$CLANG" -target "$triple" "${COMMON_FLAGS[@]}" ${extra[@]+"${extra[@]}"} "$@" "$name.c" -o "$out")
}

for name in "${names[@]}"; do
    [ -f "$SRC/$name.c" ] || { echo "gen-corpus: no such source $SRC/$name.c" >&2; exit 1; }
    for t in $TARGETS; do
        dir="${t%%:*}"
        triple="${t#*:}"
        emit_ll "$name" "$dir" "$triple" "$CORPUS/$dir/$name.ll"
        if is_debug "$name"; then
            emit_ll "$name" "$dir" "$triple" "$CORPUS/$dir/$name.g.ll" -g
        fi
    done

    # Native oracle run.
    (cd "$SRC" && "$CLANG" -O0 -w "$name.c" -o "$TMP/$name" -lm)
    set +e
    (cd "$TMP" && timeout 20 "./$name" > "$TMP/$name.stdout")
    status=$?
    set -e
    if [ "$status" -eq 124 ]; then echo "gen-corpus: $name timed out" >&2; exit 1; fi

    if [ "${KILN_SKIP_UBSAN:-0}" != 1 ]; then
        (cd "$SRC" && "$CLANG" -O0 -w -fsanitize=undefined,float-cast-overflow -fno-sanitize-recover=all \
            "$name.c" -o "$TMP/$name.ubsan" -lm)
        set +e
        (cd "$TMP" && timeout 60 "./$name.ubsan" > "$TMP/$name.ubsan.stdout" 2> "$TMP/$name.ubsan.stderr")
        ustatus=$?
        set -e
        if [ -s "$TMP/$name.ubsan.stderr" ] || [ "$ustatus" -ne "$status" ] ||
            ! cmp -s "$TMP/$name.stdout" "$TMP/$name.ubsan.stdout"; then
            echo "gen-corpus: $name fails the UBSan check (status $ustatus vs $status):" >&2
            head -5 "$TMP/$name.ubsan.stderr" >&2
            exit 1
        fi
    fi

    { cat "$TMP/$name.stdout"; echo "exit: $status"; } > "$TMP/$name.expected"

    if [ "${KILN_CHECK_AARCH64:-0}" = 1 ]; then
        (cd "$SRC" && "$CLANG" -target aarch64-linux-gnu -O0 -w "$name.c" -o "$TMP/$name.a64" -lm)
        set +e
        (cd "$TMP" && timeout 60 qemu-aarch64 -L /usr/aarch64-linux-gnu "./$name.a64" > "$TMP/$name.a64.stdout")
        astatus=$?
        set -e
        echo "exit: $astatus" >> "$TMP/$name.a64.stdout"
        if ! cmp -s "$TMP/$name.expected" "$TMP/$name.a64.stdout"; then
            echo "gen-corpus: $name prints differently on aarch64 (qemu):" >&2
            diff "$TMP/$name.expected" "$TMP/$name.a64.stdout" | head -5 >&2 || true
            exit 1
        fi
    fi

    cp "$TMP/$name.expected" "$CORPUS/expected/$name.out"
    case " $SHUFFLED_FILES " in
        *" $name "*) python3 "$ROOT/scripts/shuffle-blocks.py" "$CORPUS/x86_64/$name.ll" "$CORPUS/x86_64-shuffled/$name.ll" 1 ;;
    esac
    echo "gen-corpus: $name (exit $status)"
done
