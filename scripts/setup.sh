#!/usr/bin/env bash
# Installs what Kiln's build and tests need on a fresh Debian machine (Swift 6 is expected at
# /opt/swift or on PATH). Idempotent: packages already present are not reinstalled.
#   csmith     random C programs for the differential/robustness tests (skipped when absent)
# clang (the oracle that produces test inputs) comes with the Swift toolchain.
set -euo pipefail
pkgs=(csmith)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || export PATH=/opt/swift/usr/bin:$PATH
swift --version >/dev/null
