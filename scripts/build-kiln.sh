#!/usr/bin/env bash
# Builds the release `kiln` executable the way it is shipped and benchmarked, and prints its path.
# A fully static executable (-static-executable: Swift runtime, libstdc++, libelf and glibc linked
# in) starts in about half the time of a dynamically linked one: no dynamic loader, no
# relocations, no libgcc_s constructor (whose CPUID probes are slow under virtualization). Where
# the static libraries are missing it falls back to --static-swift-stdlib (Swift runtime static,
# C libraries shared), and says so on stderr.
# Usage: scripts/build-kiln.sh [--scratch-path DIR]   (default: .build)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
scratch=(); [ "${1:-}" = "--scratch-path" ] && scratch=(--scratch-path "$2")
if ! swift build -c release "${scratch[@]}" --product kiln --static-swift-stdlib -Xswiftc -static-executable >/tmp/kiln-build.log 2>&1; then
  echo "build-kiln: a fully static link failed (see /tmp/kiln-build.log); building with --static-swift-stdlib" >&2
  swift build -c release "${scratch[@]}" --product kiln --static-swift-stdlib >&2
fi
echo "$(swift build -c release "${scratch[@]}" --show-bin-path)/kiln"
