#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang + ASan + UBSan, the `asan` preset's build-asan)
# and runs each for SECONDS_PER_TARGET seconds (or a million executions), one at a time, at nice 10; prints
# executions, coverage and crashes per target. SECONDS_PER_TARGET=0 only runs every seed
# once (the CI smoke). Seeds come from the shared models and tests/data; corpora and
# crashes stay in build-asan/fuzz-work/<target>/. Exit status 1 when any target crashed.
# TFSCOPE_FUZZ_NO_BUILD=1 runs the targets already built; TFSCOPE_FUZZ_SEEDS_ONLY=1 only writes
# the seeds; TFSCOPE_FUZZ_NICE sets the niceness (10).
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      e.g. scripts/fuzz.sh 600 json npy
#   scripts/fuzz.sh limits [TARGET...]                    each target on 1 MB inputs (see below)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
build=build-asan
niceness="${TFSCOPE_FUZZ_NICE:-10}"  # below the compilers of anyone sharing the machine
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

# max_len_for TARGET: the largest input a target is given. The bundle and graph targets cost
# CPU in proportion to input size (docs/reliability.md, "Why some targets are slow"), so they
# get small seeds (below) and a cap that their small seeds fit in.
max_len_for() {
  case "$1" in
    graphdef_binary|checkpoint_bundle|saved_model_variables) echo 16384 ;;
    metagraph) echo 40960 ;;
    saved_model) echo 98304 ;;
    *) echo 262144 ;;
  esac
}
# fits TARGET FILE...: true when the files together fit in the target's max_len.
fits() {
  local t="$1"; shift
  [ "$(cat "$@" | wc -c)" -le "$(max_len_for "$t")" ]
}
# name FILE: a seed name unique across the shared models (their folders, with _ for /).
name() { local n="${1#"$models"/}"; echo "${n#"$work"/}" | tr / _; }
# seed TARGET FILE...: copies the files that fit into the target's seed folder.
seed() {
  local t="$1" dir="$work/$1/seeds"; shift
  mkdir -p "$dir"
  for f in "$@"; do
    [ -f "$f" ] && fits "$t" "$f" && cp "$f" "$dir/$(name "$f")"
  done
  return 0
}
# pair TARGET INDEX DATA: one seed holding both files, split by the harness at "--8<--".
pair() {
  mkdir -p "$work/$1/seeds"
  fits "$1" "$2" "$3" || return 0
  { cat "$2"; printf '\n--8<--\n'; cat "$3"; } >"$work/$1/seeds/$(name "$2")"
}
# small TARGET KIND FILE...: the file with every tensor cut to 2 elements per dimension and
# big graphs cut to a few nodes per op (fuzz/seed_maker.cpp), as a seed when it fits.
seeds_tool="$build/bin/tfscope_fuzz_seeds"
small() {
  local t="$1" kind="$2" dir="$work/$1/seeds"; shift 2
  mkdir -p "$dir"
  for f in "$@"; do
    local out="$dir/small_$(name "$f")"
    "$seeds_tool" "$kind" "$f" "$out" >/dev/null 2>&1 && fits "$t" "$out" || rm -f "$out"
  done
  return 0
}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for exe in "$build"/bin/fuzz_*; do targets+=("${exe##*/fuzz_}"); done
fi

# scripts/fuzz.sh limits [TARGET...]: each target once on inputs of about a megabyte (real files
# where the models have them, the largest seed of the last run repeated to 1 MB, 1 MB of random
# bytes) under -timeout=5 and the harness's heap bound; prints the slowest execution and the
# largest heap peak.
big_inputs() {
  local m="$models"
  case "$1" in
    graphdef_binary|executor) echo "$m/tf2onnx__ae0/frozen.pb $m/tf2onnx__fc-layers/frozen.pb" ;;
    graphdef_text) echo "$m/tfx__estimator_ckpt/graph.pbtxt" ;;
    metagraph) echo "$m/tfx__estimator_ckpt/model.ckpt-1000.meta" ;;
    saved_model) echo "$m/cppflow__lexci_model/model/saved_model.pb $m/tfx__estimator_serving_savedmodel/1646034756/saved_model.pb" ;;
  esac
}
if [ "$seconds" = limits ]; then
  printf '%-22s %8s %14s %14s %s\n' target inputs slowest_ms heap_peak_MB result
  failed=0
  for t in "${targets[@]}"; do
    dir="$work/$t/limits"
    rm -rf "$dir" && mkdir -p "$dir"
    for f in $(big_inputs "$t"); do cp "$f" "$dir/real_$(name "$f")"; done
    case "$t" in checkpoint_bundle|saved_model_variables)
      for p in cppflow__lexci_model/model/variables/variables mlnet__mnist_conv_model/variables/variables; do
        { cat "$models/$p.index"; printf '\n--8<--\n'; cat "$models/$p.data-00000-of-00001"; } >"$dir/real_$(name "$models/$p")"
      done ;;
    esac
    largest=$(ls -S "$work/$t/seeds"/* 2>/dev/null | head -1 || true)
    if [ -n "$largest" ] && [ -s "$largest" ]; then
      cp "$largest" "$dir/repeated"  # doubled until 1 MB: a few steps even for a 100-byte seed
      while [ "$(stat -c %s "$dir/repeated")" -lt 1048576 ]; do
        cat "$dir/repeated" "$dir/repeated" >"$dir/twice" && mv "$dir/twice" "$dir/repeated"
      done
      truncate -s 1048576 "$dir/repeated"
    fi
    head -c 1048576 /dev/urandom >"$dir/random"
    set +e
    TFSCOPE_FUZZ_HEAP_LOG=1 nice -n "$niceness" "$build/bin/fuzz_$t" -timeout=5 -rss_limit_mb=2048 "$dir"/* >"$dir/log.txt" 2>&1
    status=$?
    set -e
    slowest=$(grep -ao 'Executed .* in [0-9]* ms' "$dir/log.txt" | grep -o '[0-9]* ms' | sort -n | tail -1 || true)  # none: a target that ran nothing
    peak=$(grep -ao 'peak [0-9]*' "$dir/log.txt" | grep -o '[0-9]*' | sort -n | tail -1 || true)  # none: executor has no heap bound
    result=ok; [ "$status" = 0 ] || { result="FAILED (exit $status, see $dir/log.txt)"; failed=1; }
    printf '%-22s %8s %14s %14s %s\n' "$t" "$(ls "$dir" | grep -vc log.txt)" "${slowest% ms}" \
      "$([ -n "$peak" ] && awk -v b="$peak" 'BEGIN { printf "%.1f", b / 1048576 }' || echo -)" "$result"
  done
  exit $failed
fi

tfscope="$build/bin/tfscope"  # converts seeds (memmapped packages, binary graphs)
[ -x "$tfscope" ] || tfscope=build/bin/tfscope
shopt -s nullglob
rm -rf "$work"/*/seeds "$work/small_bundles"  # rebuilt from the models on every run
seed graphdef_binary "$models"/*/*.pb
small graphdef_binary graphdef "$models"/*/*.pb
seed graphdef_text "$models"/*/*.pbtxt tests/data/*/*.pbtxt
seed metagraph "$models"/*/*.meta "$models"/*/*/*.meta
small metagraph metagraph "$models"/*/*.meta "$models"/*/*/*.meta
seed saved_model "$models"/*/saved_model.pb "$models"/*/*/saved_model.pb
small saved_model savedmodel "$models"/*/saved_model.pb "$models"/*/*/saved_model.pb
seed checkpoint_index "$models"/*/*.index "$models"/*/variables/*.index "$models"/*/*/variables/*.index
seed checkpoint_v1 "$models"/serving__bad_half_plus_two/00000123/export
seed npy "$models"/*/*.npy "$models"/*/reference/*/*.npy
seed json "$models"/*/reference/*/case.json
# Every V2 checkpoint of the models, as it is and cut small; plus partitioned variables.
mkdir -p "$work/small_bundles"
for index in "$models"/*/*.index "$models"/*/variables/*.index "$models"/*/*/variables/*.index; do
  data="${index%.index}.data-00000-of-00001"
  [ -f "$data" ] || continue
  case "$index" in */variables/*) t=saved_model_variables ;; *) t=checkpoint_bundle ;; esac
  pair "$t" "$index" "$data"
  small_prefix="$work/small_bundles/small_$(name "${index%.index}")"
  "$seeds_tool" bundle "${index%.index}" "$small_prefix" >/dev/null 2>&1 || continue
  for t in checkpoint_bundle saved_model_variables; do  # a checkpoint is a checkpoint: every dtype for both
    pair "$t" "$small_prefix.index" "$small_prefix.data-00000-of-00001"
  done
done
"$seeds_tool" partitioned "$work/small_bundles/partitioned" >/dev/null 2>&1 &&
  for t in checkpoint_bundle saved_model_variables; do
    pair "$t" "$work/small_bundles/partitioned.index" "$work/small_bundles/partitioned.data-00000-of-00001"
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

[ "${TFSCOPE_FUZZ_SEEDS_ONLY:-0}" = 1 ] && exit 0  # to look at the seeds

dict_for() {
  case "$1" in
    graphdef_text) echo fuzz/dicts/text_proto.dict ;;
    json) echo fuzz/dicts/json.dict ;;
    transforms) echo fuzz/dicts/transforms.dict ;;
    npy|npz) echo fuzz/dicts/npy.dict ;;
    *) echo fuzz/dicts/protobuf.dict ;;
  esac
}

printf '%-22s %12s %8s %8s %8s\n' target executions cov features crashes
failed=0
for t in "${targets[@]}"; do
  dir="$work/$t"
  mkdir -p "$dir/corpus" "$dir/seeds" "$dir/crashes"
  # Stops at a million executions (the goal in docs/reliability.md) or after SECONDS, whichever is first.
  if [ "$seconds" = 0 ]; then limit=(-runs=0); else limit=(-max_total_time="$seconds" -runs=1000000); fi
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  touch "$dir/.started"  # crashes of earlier runs (fixed since) stay in crashes/ but do not count
  set +e
  /usr/bin/time -o "$dir/time.txt" -f '%e s wall, %U s user, %S s sys, %M KB max RSS' \
    nice -n "$niceness" "$build/bin/fuzz_$t" "$dir/corpus" "$dir/seeds" "${limit[@]}" -dict="$(dict_for "$t")" \
    -timeout=5 -rss_limit_mb=2048 -max_len="$(max_len_for "$t")" -print_final_stats=1 -artifact_prefix="$dir/crashes/" \
    >"$dir/log.txt" 2>&1
  status=$?
  set -e
  echo "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$dir/time.txt"
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log.txt" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$dir/log.txt" | tail -1 | grep -o '[0-9]*' || echo 0)
  ft=$(grep -o 'ft: [0-9]*' "$dir/log.txt" | tail -1 | grep -o '[0-9]*' || echo 0)
  crashes=$(find "$dir/crashes" -type f -newer "$dir/.started" | wc -l)
  [ "$status" = 0 ] || [ "$crashes" -gt 0 ] || crashes="exit $status"
  printf '%-22s %12s %8s %8s %8s\n' "$t" "${execs:-0}" "${cov:-0}" "${ft:-0}" "$crashes"
  sed 's/^/  /' "$dir/time.txt"
  [ "$crashes" = 0 ] || { failed=1; echo "  see $dir/log.txt and $dir/crashes/" >&2; }
done
exit $failed
