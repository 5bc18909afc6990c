#!/usr/bin/env bash
# Sets up a fresh machine and runs Kiln's whole test suite (what CI runs).
#   KILN_CSMITH_COUNT=N  random csmith programs per run for the csmith test (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
make -s -C runtime test
swift build --build-tests
# Swift Testing prints one line per test; keep the log, show failures and the summary.
set +e
swift test --skip-build > /tmp/kiln-test.log 2>&1
status=$?
set -e
grep -E 'failed|error:|skipped|Skipping|Fatal|recorded an issue|Test run with|Executed' /tmp/kiln-test.log | tail -n 200
[ $status -eq 0 ] && echo "TESTS PASSED" || echo "TESTS FAILED (full log: /tmp/kiln-test.log)"
exit $status
