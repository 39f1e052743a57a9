#!/usr/bin/env bash
# Set up, build and run every test (ctest). Used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
# Let ccache reuse objects across clones in different folders.
export CCACHE_BASEDIR="$PWD"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"
# The GUI-off build (no Qt): tfscope with every batch command. Core objects come from ccache.
cmake -S .. -B ../build-headless -DCMAKE_BUILD_TYPE=Release -DTFSCOPE_GUI=OFF -DTFSCOPE_BENCH=OFF
cmake --build ../build-headless -j"$(nproc)" --target tfscope
ctest --test-dir ../build-headless --output-on-failure -L headless
