#!/usr/bin/env bash
# Builds the libFuzzer target and fuzzes parse → verify → lower → SSA verify.
# Usage: fuzz/run.sh [SECONDS] [extra libFuzzer flags…]
# Seeds: the repo's corpus .ll files and earlier regressions. New crashes land in
# fuzz/artifacts/; copy each into fuzz/regressions/ (the test suite replays them forever).
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-600}; shift || true
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product FuzzPipeline >&2
bin=$(swift build -c release --show-bin-path)/FuzzPipeline
mkdir -p corpus-work artifacts
seeds=(corpus-work regressions)
[ -d ../Tests/corpus/x86_64 ] && seeds+=(../Tests/corpus/x86_64 ../Tests/corpus/aarch64 ../Tests/corpus/wasm32 ../Tests/corpus/x86_64-shuffled)
[ -d ../Tests/diagnostics ] && seeds+=(../Tests/diagnostics)
"$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix=artifacts/ -dict=ll.dict "$@" "${seeds[@]}"
