#!/usr/bin/env bash
# Installs what Kiln's build and tests need on a fresh Debian machine (Swift 6 is expected at
# /opt/swift or on PATH) and builds Kiln's C runtime. Idempotent: packages already present are not
# reinstalled.
#   libelf-dev            Kiln writes ELF objects through libelf (needed to build Kiln)
#   binutils              cc/ld link Kiln's objects; as/objdump are the encoder's oracle in tests
#   csmith                random C programs for the differential tests (skipped when absent)
#   qemu-user, gcc-aarch64-linux-gnu, libc6-dev-arm64-cross, binutils-aarch64-linux-gnu
#                         run AArch64 objects and the runtime's AArch64 build in tests
# clang (the oracle that produces test inputs) comes with the Swift toolchain; Kiln never runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
pkgs=(libelf-dev binutils csmith qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu make)
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
make -s -C runtime x86_64
if command -v aarch64-linux-gnu-gcc >/dev/null; then make -s -C runtime aarch64; fi
