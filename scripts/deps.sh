#!/usr/bin/env bash
# Installs the Debian 12 packages tfscope needs, only when some are missing.
set -euo pipefail
packages=(build-essential cmake pkg-config ccache
  qt6-base-dev qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools libxkbcommon-dev
  libprotobuf-dev protobuf-compiler libgraphviz-dev libeigen3-dev
  libleveldb-dev libsnappy-dev zlib1g-dev libdnnl-dev
  libgtest-dev libgmock-dev libbenchmark-dev xvfb xauth
  python3 fonts-noto-cjk  # python3: translation test; fonts-noto-cjk: Chinese and Japanese text
  clang libclang-rt-14-dev llvm-14)  # the ASan/UBSan build and libFuzzer (scripts/fuzz.sh)
# bench/peers.py (not the tests) compares with NumPy + OpenBLAS and OpenCV DNN: `deps.sh --bench`.
if [ "${1:-}" = "--bench" ]; then packages+=(python3-numpy python3-opencv libopenblas0-pthread); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y "${missing[@]}"
fi
