#!/bin/sh
# Large graphs in one command (issue 12): first picture including start-up, UI stalls while opening and
# expanding, and how the first picture reads (box count vs legibility rule). Writes the InceptionV3-class
# training graphs first if they are missing. Run from the source root after building tfscope,
# layout_bench, graph_page_bench and legibility_bench:
#   bench/large_graphs.sh [BUILD_DIR] [GRAPH_DIR]
set -eu
build=${1:-build}
graphs=${2:-${TMPDIR:-/tmp}/tfscope_large_graphs}
mkdir -p "$graphs"
[ -f "$graphs/inception_train_20k.pb" ] || TFSCOPE_BENCH_WRITE_GRAPHS="$graphs" "$build/bin/layout_bench" --benchmark_filter=none >/dev/null

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== first picture after process start (tfscope --screenshot, two runs per graph)"
for size in 1k 11k 20k; do
    for run in 1 2; do
        printf '%s run %s: ' "$size" "$run"
        TFSCOPE_REPORT_FIRST_PICTURE=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$build/bin/tfscope" --screenshot "$graphs/first_$size.png" "$graphs/inception_train_$size.pb" 2>&1 >/dev/null |
            grep -i "first picture" || echo "(no report)"
    done
done
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== graph page: first picture and expanding, longest UI stall"
QT_QPA_PLATFORM=offscreen "$build/bin/graph_page_bench" --benchmark_counters_tabular=true
echo "== how the first picture reads: box count vs legibility"
"$build/bin/legibility_bench" --benchmark_counters_tabular=true
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
