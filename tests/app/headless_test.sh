#!/usr/bin/env bash
# tfscope on a machine without a display: --help, --version, every batch command, calm errors.
# usage: headless_test.sh TFSCOPE_BINARY GUI_BUILD(0|1) SCRATCH_DIR
set -uo pipefail
bin="$1"; gui="$2"; scratch="$3"
rm -rf "$scratch" && mkdir -p "$scratch"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Runs tfscope with no display at all; stdout in $scratch/out, stderr in $scratch/err, exit code in $rc.
headless() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 120 "$bin" "$@" >"$scratch/out" 2>"$scratch/err"
    rc=$?
}
expect() {  # expect EXIT_CODE FILE REGEX DESCRIPTION
    [ "$rc" = "$1" ] || fail "$4: exit $rc, expected $1; stderr: $(head -c 400 "$scratch/err")"
    grep -Eq -- "$3" "$scratch/$2" || fail "$4: $2 lacks /$3/: $(head -c 400 "$scratch/$2")"
}

headless --help
expect 0 out "--batch COMMAND" "--help"
grep -q "could not connect\|qt.qpa" "$scratch/err" && fail "--help touched Qt's platform: $(cat "$scratch/err")"
if [ "$gui" = 1 ]; then
    grep -q -- "--screenshot FILE" "$scratch/out" || fail "--help lacks the desktop options"
    # The help speaks the system locale's language (translations embedded in the binary).
    LC_ALL=ja_JP.UTF-8 LANGUAGE= headless --help; expect 0 out "オプション:" "--help in Japanese"
    headless --language zh_CN --help;             expect 0 out "选项：" "--language zh_CN --help"
else
    grep -q -- "--screenshot" "$scratch/out" && fail "a GUI-off build lists --screenshot"
fi
headless -h;          expect 0 out "Options:" "-h"
headless --version;   expect 0 out "^tfscope [0-9]+\.[0-9]+\.[0-9]+$" "--version"
headless --bogus;     expect 2 err "unknown option '--bogus'" "unknown option"
# OpenMP (oneDNN's threads) waits passively unless the user chose a policy (core/openmp_wait): libgomp
# reports a spin count of 0, and a user's own OMP_WAIT_POLICY wins.
if [ -e "$(dirname "$bin")/libtfscope_openmp_wait.so" ]; then
    OMP_DISPLAY_ENV=verbose headless --version
    expect 0 err "GOMP_SPINCOUNT = '0'" "OpenMP waits passively by default"
    OMP_WAIT_POLICY=active OMP_DISPLAY_ENV=verbose headless --version
    expect 0 err "OMP_WAIT_POLICY = 'ACTIVE'" "the user's OMP_WAIT_POLICY wins"
fi
headless --size 10;   expect 2 err "WIDTHxHEIGHT" "bad --size"
headless --marks heat; expect 2 err "--marks takes step, time or none" "bad --marks"
headless --batch;     expect 2 err "usage: tfscope --batch" "--batch without a command"
headless --batch nonsense; expect 2 err "unknown batch command 'nonsense'" "unknown batch command"

# Every batch command answers --help without a display.
headless --batch --help
expect 0 out "commands:" "--batch --help"
commands=$(sed -n '/^commands:/,/^$/p' "$scratch/out" | awk 'NF > 1 {print $1}')
[ "$(echo "$commands" | wc -w)" -ge 10 ] || fail "fewer than 10 batch commands listed: $commands"
for c in $commands; do
    headless --batch "$c" --help
    expect 0 out "usage: tfscope --batch $c" "--batch $c --help"
done

# Real work: write the example model, inspect, infer shapes, run, render SVG (and PNG with Qt).
model="$scratch/example.pb"
headless --batch example "$model";                 expect 0 out "" "example"
headless --batch inspect "$model";                 expect 0 out "Conv2D" "inspect"
headless --batch shapes "$model";                  expect 0 out "\[" "shapes"
headless --batch render "$model" --out "$scratch/g.svg"; expect 0 out "" "render svg"
grep -q "<svg" "$scratch/g.svg" || fail "render svg wrote no SVG"
if [ "$gui" = 1 ]; then
    headless --batch render "$model" --out "$scratch/g.png"; expect 0 out "" "render png"
    [ "$(head -c 4 "$scratch/g.png" | tail -c 3)" = "PNG" ] || fail "render png wrote no PNG"
    # The window itself needs a display: a calm error, not Qt's abort.
    headless "$model";  expect 2 err "no display" "GUI without a display"
    # A screenshot needs none: it is drawn offscreen.
    headless --screenshot "$scratch/shot.png" --size 800x600 "$model"
    expect 0 out "wrote .*shot.png" "--screenshot without a display"
    # A model that does not load: the picture shows the error box, the error goes to stderr, exit 1.
    head -c 3000 "$model" > "$scratch/cut.pb"
    headless --screenshot "$scratch/cut_shot.png" --size 800x600 "$scratch/cut.pb"
    expect 1 err "cut.pb" "--screenshot of a model that does not load"
    [ "$(head -c 4 "$scratch/cut_shot.png" | tail -c 3)" = "PNG" ] || fail "--screenshot wrote no PNG of the load error"
else
    headless --batch render "$model" --out "$scratch/g.png"; expect 2 err "PNG" "render png in a GUI-off build"
    headless "$model";  expect 2 err "no desktop window" "GUI-off build asked for a window"
fi

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "headless command line: all checks passed"
