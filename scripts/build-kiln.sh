#!/usr/bin/env bash
# Builds the release `kiln` executable the way it is shipped and benchmarked, and prints its path.
# A fully static executable (-static-executable: Swift runtime, libstdc++, libelf and glibc linked
# in) starts in about half the time of a dynamically linked one: no dynamic loader, no
# relocations, no libgcc_s constructor (whose CPUID probes are slow under virtualization). Where
# the static C libraries are missing it builds with --static-swift-stdlib (Swift runtime static,
# C libraries shared) instead, and says so on stderr. Build errors fail the script.
# Usage: scripts/build-kiln.sh [--scratch-path DIR]   (default: .build)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
scratch=(); [ "${1:-}" = "--scratch-path" ] && scratch=(--scratch-path "$2")
# The static C libraries a fully static link needs (libelf-dev brings libelf.a and zlib's libz.a).
static=(-Xswiftc -static-executable)
for lib in libelf.a libz.a libstdc++.a libc.a; do
  if [ "$(cc -print-file-name=$lib)" = "$lib" ]; then
    echo "build-kiln: $lib not found; linking kiln with --static-swift-stdlib only" >&2
    static=()
    break
  fi
done
# Code layout: each Swift function in its own section, linked by lld with the functions a small
# compile runs first (scripts/kiln-startup.order), so start-up faults in ~1 MB of contiguous code
# rather than pages spread over the whole 11 MB .text (sort.ll: ~250 -> ~215 page faults).
# Skipped (default linker, same output) where the toolchain has no ld.lld.
layout=()
if [ -x "$(dirname "$(command -v swift)")/ld.lld" ] || command -v ld.lld >/dev/null; then
  layout=(-Xswiftc -Xfrontend -Xswiftc -function-sections -Xswiftc -use-ld=lld
          -Xlinker "--symbol-ordering-file=$PWD/scripts/kiln-startup.order" -Xlinker --no-warn-symbol-ordering)
fi
bin="$(swift build -c release "${scratch[@]}" "${layout[@]}" --show-bin-path)/kiln"
# SwiftPM does not know the order file: relink when it changed.
if [ ${#layout[@]} -gt 0 ] && [ scripts/kiln-startup.order -nt "$bin" ]; then rm -f "$bin"; fi
swift build -c release "${scratch[@]}" --product kiln --static-swift-stdlib "${static[@]}" "${layout[@]}" >&2
echo "$bin"
