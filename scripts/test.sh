#!/usr/bin/env bash
# Set up, build and run every test (ctest), used by .ci/run: the Release suite, the GUI-off
# build, then the same suite under AddressSanitizer + UBSan (clang, the `asan` preset)
# followed by one pass of each fuzz target over its seeds. TFSCOPE_SKIP_ASAN=1 stops before ASan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
# Let ccache reuse objects across clones in different folders.
export CCACHE_BASEDIR="$PWD"
export QT_QPA_PLATFORM=offscreen
# Missing shared models fail the tests that need them instead of skipping: a wrong path must not
# turn the suite green (scripts/fuzz.sh needs the models too).
export TFSCOPE_REQUIRE_MODELS=1

# Release.
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"

# The GUI-off build (no Qt): tfscope with every batch command. Core objects come from ccache.
cmake -S . -B build-headless -DCMAKE_BUILD_TYPE=Release -DTFSCOPE_GUI=OFF -DTFSCOPE_BENCH=OFF
cmake --build build-headless -j"$(nproc)" --target tfscope
ctest --test-dir build-headless --output-on-failure -L headless

# ASan + UBSan: any report fails the test that triggered it.
[ "${TFSCOPE_SKIP_ASAN:-0}" = 1 ] && exit 0
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"  # third-party only
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cmake --preset asan
cmake --build build-asan -j"$(nproc)"
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
scripts/fuzz.sh 0
