#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang + ASan + UBSan, the `asan` preset's build-asan)
# and runs each for SECONDS_PER_TARGET seconds (or a million executions), one at a time, at nice 10; prints
# executions, coverage and crashes per target. SECONDS_PER_TARGET=0 only runs every seed
# once (the CI smoke). Seeds come from the shared models and tests/data; corpora and
# crashes stay in build-asan/fuzz-work/<target>/. Exit status 1 when any target crashed.
# TFSCOPE_FUZZ_NO_BUILD=1 runs the targets already built.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      e.g. scripts/fuzz.sh 600 json npy
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
build=build-asan
export CCACHE_BASEDIR="$PWD"
if [ "${TFSCOPE_FUZZ_NO_BUILD:-0}" != 1 ]; then
  [ -f "$build/CMakeCache.txt" ] || cmake --preset asan >/dev/null
  cmake --build "$build" -j"$(nproc)" --target fuzz_all tfscope >/dev/null
fi

models="${TFSCOPE_SHARED_MODELS:-}"
for candidate in ../shared/models ../../shared/models; do
  [ -n "$models" ] || { [ -f "$candidate/manifest.json" ] && models="$(cd "$candidate" && pwd)"; } || true
done
[ -n "$models" ] || { echo "fuzz.sh: shared models not found; set TFSCOPE_SHARED_MODELS" >&2; exit 2; }
work="$PWD/$build/fuzz-work"
mkdir -p "$work"
fixed="$models/serving__saved_model_half_plus_two_cpu/00000123"
export TFSCOPE_FUZZ_FIXED="$work/fixed"
mkdir -p "$TFSCOPE_FUZZ_FIXED"
rm -rf "$TFSCOPE_FUZZ_FIXED/saved_model" && cp -r "$fixed" "$TFSCOPE_FUZZ_FIXED/saved_model"

# seed TARGET FILE...: copies small files (< 256 KB) into the target's seed folder.
seed() {
  local dir="$work/$1/seeds"; shift
  mkdir -p "$dir"
  for f in "$@"; do
    [ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 262144 ] && cp "$f" "$dir/$(echo "${f#"$models"/}" | tr / _)"
  done
  return 0
}
# pair TARGET INDEX DATA: one seed holding both files, split by the harness at "--8<--".
pair() {
  mkdir -p "$work/$1/seeds"
  [ "$(stat -c %s "$3")" -lt 262144 ] || return 0
  { cat "$2"; printf '\n--8<--\n'; cat "$3"; } >"$work/$1/seeds/$(basename "$(dirname "$2")")_$(basename "$2")"
}
tfscope="$build/bin/tfscope"  # converts seeds (memmapped packages, binary graphs)
[ -x "$tfscope" ] || tfscope=build/bin/tfscope
shopt -s nullglob
seed graphdef_binary "$models"/*/*.pb
seed graphdef_text "$models"/*/*.pbtxt tests/data/*/*.pbtxt
seed metagraph "$models"/*/*.meta "$models"/*/*/*.meta
seed saved_model "$models"/*/saved_model.pb "$models"/*/*/saved_model.pb
seed checkpoint_index "$models"/*/*.index "$models"/*/variables/*.index "$models"/*/*/variables/*.index
seed checkpoint_v1 "$models"/serving__bad_half_plus_two/00000123/export
seed npy "$models"/*/*.npy "$models"/*/reference/*/*.npy
seed json "$models"/*/reference/*/case.json
for index in "$models"/*/*.index "$models"/*/variables/*.index "$models"/*/*/variables/*.index; do
  data="${index%.index}.data-00000-of-00001"
  [ -f "$data" ] || continue
  case "$index" in */variables/*) pair saved_model_variables "$index" "$data" ;; *) pair checkpoint_bundle "$index" "$data" ;; esac
done
pair checkpoint_bundle "$fixed/variables/variables.index" "$fixed/variables/variables.data-00000-of-00001"
mkdir -p "$work/transforms/seeds" "$work/memmapped/seeds" "$work/executor/seeds" "$work/npz/seeds"
printf '%s' 'strip_unused_nodes(type=float, shape="1,2,3") remove_nodes(op=Identity, op=CheckNumerics)' >"$work/transforms/seeds/a"
printf '%s' 'fold_constants(ignore_errors=true) fold_batch_norms quantize_weights(minimum_size=0) round_weights(num_steps=256)' >"$work/transforms/seeds/b"
for g in "$models"/rust__addition/model.pb "$models"/cppflow__load_frozen_graph/model.pb "$models"/tf2onnx__fc-layers/frozen.pb; do
  [ -x "$tfscope" ] && "$tfscope" --batch convert "$g" "$work/memmapped/seeds/$(basename "$(dirname "$g")").mmap" --to memmapped >/dev/null 2>&1 || true
done
for g in tests/data/exec/*.pbtxt tests/data/ops/*.pbtxt tests/data/transforms/*.pbtxt "$models"/rust__addition/model.pb "$models"/ngraph__test_axpy/test_axpy.pbtxt; do
  [ -x "$tfscope" ] && "$tfscope" --batch convert "$g" "$work/executor/seeds/$(basename "${g%.*}").pb" --to graphdef >/dev/null 2>&1 || true
done
/usr/bin/python3 - "$work/npz/seeds" <<'PY' 2>/dev/null || true
import sys, numpy as np
np.savez(sys.argv[1] + "/stored.npz", a=np.arange(6, dtype=np.float32).reshape(2, 3), b=np.array([True, False]))
np.savez_compressed(sys.argv[1] + "/deflated.npz", x=np.linspace(0, 1, 20), s=np.array(["ab", "c"]))
PY

dict_for() {
  case "$1" in
    graphdef_text) echo fuzz/dicts/text_proto.dict ;;
    json) echo fuzz/dicts/json.dict ;;
    transforms) echo fuzz/dicts/transforms.dict ;;
    npy|npz) echo fuzz/dicts/npy.dict ;;
    *) echo fuzz/dicts/protobuf.dict ;;
  esac
}

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for exe in "$build"/bin/fuzz_*; do targets+=("${exe##*/fuzz_}"); done
fi
printf '%-22s %12s %8s %8s %8s\n' target executions cov features crashes
failed=0
for t in "${targets[@]}"; do
  dir="$work/$t"
  mkdir -p "$dir/corpus" "$dir/seeds" "$dir/crashes"
  # Stops at a million executions (the goal in docs/reliability.md) or after SECONDS, whichever is first.
  if [ "$seconds" = 0 ]; then limit=(-runs=0); else limit=(-max_total_time="$seconds" -runs=1000000); fi
  set +e
  nice -n 10 "$build/bin/fuzz_$t" "$dir/corpus" "$dir/seeds" "${limit[@]}" -dict="$(dict_for "$t")" \
    -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 -artifact_prefix="$dir/crashes/" \
    >"$dir/log.txt" 2>&1
  status=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log.txt" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$dir/log.txt" | tail -1 | grep -o '[0-9]*' || echo 0)
  ft=$(grep -o 'ft: [0-9]*' "$dir/log.txt" | tail -1 | grep -o '[0-9]*' || echo 0)
  crashes=$(find "$dir/crashes" -type f | wc -l)
  [ "$status" = 0 ] || [ "$crashes" -gt 0 ] || crashes="exit $status"
  printf '%-22s %12s %8s %8s %8s\n' "$t" "${execs:-0}" "${cov:-0}" "${ft:-0}" "$crashes"
  [ "$crashes" = 0 ] || { failed=1; echo "  see $dir/log.txt and $dir/crashes/" >&2; }
done
exit $failed
