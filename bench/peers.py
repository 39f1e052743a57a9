#!/usr/bin/python3
"""tfscope's executor side by side with its peers, in one run on one machine (issue 14's targets).

Measures, alternating the contenders in rounds so they all see the same machine load:
  - the machine's float32 GEMM peak: NumPy on OpenBLAS, 4096^2 (OpenBLAS's AVX-512 kernels
    with OPENBLAS_CORETYPE=SkylakeX, set below before NumPy loads; the kernel it reports is printed),
  - the 4x2048 MLP at batch 64: tfscope vs NumPy + OpenBLAS running the same shapes,
  - the MobileNet-v1-like net at batch 1 and 8 and tf2onnx fc-layers at batch 1: tfscope vs OpenCV DNN,
  - the BERT-like encoder (4 layers, hidden 256, seq 128): tfscope vs NumPy + OpenBLAS running the same
    graph with the same weights (the outputs are checked to agree before timing),
  - utensor's CIFAR-10 CNN after `quantize_nodes` vs its float original, batch 16 (both tfscope), and the
    same eight-bit graph with its requantization ranges frozen (insert_logging, runs on the model's
    reference inputs, freeze_requantization_ranges: the Graph Transform Tool's recipe).
tfscope runs through `exec_bench --batch bench` (its bench command), with oneDNN and with
TFSCOPE_ONEDNN=0 (the built-in kernels), on 2 threads and (--threads-sweep) on 1.
Use Debian's /usr/bin/python3 (numpy, cv2: `scripts/deps.sh --bench`).

  TFSCOPE_BENCH_WRITE_GRAPHS=/tmp/g build/bin/exec_bench --benchmark_filter=none   # writes the generated graphs
  /usr/bin/python3 bench/peers.py --bench build/bin/exec_bench --graphs /tmp/g [--bench-native native/bin/exec_bench]
"""
import argparse
import ctypes
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

# OpenBLAS's AVX-512 kernels: by itself it may pick older ones (Haswell here, Prescott on some Xeons).
os.environ["OPENBLAS_CORETYPE"] = os.environ.get("PEERS_OPENBLAS_CORETYPE", "SkylakeX")

THREADS = 2


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def timed(fn, runs):
    for _ in range(3):
        fn()
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1e3)
    return median(ts)


def tfscope_env(onednn):
    env = dict(os.environ)
    env["TFSCOPE_ONEDNN"] = "1" if onednn else "0"
    return env


def tfscope(binary, model, args, runs, onednn=True, threads=THREADS):
    out = subprocess.run([binary, "--batch", "bench", model, "--threads", str(threads), "--runs", str(runs), "--json"] + args,
                         capture_output=True, text=True, env=tfscope_env(onednn))
    if out.returncode != 0:
        print(f"tfscope bench failed on {model}: {out.stderr.strip()[:300]}", file=sys.stderr)
        return float("nan")
    return json.loads(out.stdout)["median_ms"]


def load_bert(folder):
    import numpy as np
    return {os.path.basename(p)[:-4]: np.load(p) for p in glob.glob(os.path.join(folder, "*.npy"))}


def bert_numpy(x, w, layers=4, heads=4):
    """The graph bench/exec_bench.cpp's bertLike() writes, op for op, in NumPy."""
    import numpy as np
    hidden = x.shape[-1]
    dh = hidden // heads

    def dense(p, h):
        return h @ w[p + ".w"] + w[p + ".b"]

    def layer_norm(p, h):
        c = h - h.mean(-1, keepdims=True)
        return c * (1 / np.sqrt((c * c).mean(-1, keepdims=True) + np.float32(1e-6))) * w[p + ".gamma"] + w[p + ".beta"]

    h = x.reshape(-1, hidden)
    for l in range(layers):
        p = f"layer{l}"
        q = dense(p + ".query", h).reshape(1, -1, heads, dh).transpose(0, 2, 1, 3)
        k = dense(p + ".key", h).reshape(1, -1, heads, dh).transpose(0, 2, 3, 1)
        v = dense(p + ".value", h).reshape(1, -1, heads, dh).transpose(0, 2, 1, 3)
        s = (q @ k) * w[p + ".scale"]
        e = np.exp(s - s.max(-1, keepdims=True))
        ctx = (e / e.sum(-1, keepdims=True)) @ v
        ctx = ctx.transpose(0, 2, 1, 3).reshape(-1, hidden)
        h = layer_norm(p + ".ln1", dense(p + ".attention_output", ctx) + h)
        f = dense(p + ".intermediate", h)
        g = f * np.float32(0.5) * (1 + np.tanh((f + f * f * f * np.float32(0.044715)) * np.float32(0.7978845608)))
        h = layer_norm(p + ".ln2", dense(p + ".output", g) + h)
    return h.reshape(1, -1, hidden)


def check_bert(binary, graph, x, expected):
    """tfscope's output on the BERT-like graph must match NumPy's: same graph, same weights."""
    import numpy as np
    with tempfile.TemporaryDirectory() as d:
        np.save(os.path.join(d, "x.npy"), x)
        out = subprocess.run([binary, "--batch", "run", graph, "--input", "input=" + os.path.join(d, "x.npy"), "--output", "output",
                              "--out-dir", d], capture_output=True, text=True)
        if out.returncode != 0:
            return f"run failed: {out.stderr.strip()[:300]}"
        got = np.load(glob.glob(os.path.join(d, "output*.npy"))[0])
        err = float(np.max(np.abs(got - expected)))
        return f"max abs difference tfscope vs NumPy {err:.2e}" + ("" if err < 1e-3 else "  ** MISMATCH **")


def quantize(binary, model, out):
    r = subprocess.run([binary, "--batch", "transform", model, out, "--inputs", "Placeholder", "--outputs", "fully_connect_2/logits",
                        "--transforms", "quantize_nodes"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"quantize_nodes failed: {r.stderr}")


def freeze_ranges(binary, quantized, reference_inputs, out):
    """GTT's calibration: log each RequantizationRange on the reference inputs, then freeze them."""
    with tempfile.TemporaryDirectory() as d:
        logged, log = os.path.join(d, "logged.pb"), os.path.join(d, "ranges.txt")
        steps = [[binary, "--batch", "transform", quantized, logged, "--outputs", "fully_connect_2/logits", "--transforms",
                  'insert_logging(op=RequantizationRange, show_name=true, message="__requant_min_max:")']]
        steps += [[binary, "--batch", "run", logged, "--input", "Placeholder=" + x, "--output", "fully_connect_2/logits",
                   "--out-dir", d, "--print-log", log] for x in reference_inputs]
        steps.append([binary, "--batch", "transform", quantized, out, "--outputs", "fully_connect_2/logits", "--transforms",
                      f"freeze_requantization_ranges(min_max_log_file={log})"])
        for cmd in steps:
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"freezing ranges failed: {' '.join(cmd)}: {r.stderr}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True, help="exec_bench of the build to measure (portable)")
    ap.add_argument("--bench-native", help="exec_bench of a -DTFSCOPE_NATIVE=ON build, measured beside it")
    ap.add_argument("--graphs", required=True, help="folder exec_bench wrote (TFSCOPE_BENCH_WRITE_GRAPHS)")
    here = os.path.dirname(os.path.abspath(__file__))
    models = os.environ.get("TFSCOPE_MODELS") or next(
        (p for p in (os.path.join(here, "../../shared/models"), os.path.join(here, "../../../shared/models")) if os.path.isdir(p)), "")
    ap.add_argument("--models", default=models, help="the shared models folder (default: $TFSCOPE_MODELS or ../shared/models)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--threads-sweep", action="store_true", help="also run tfscope on 1 thread")
    ap.add_argument("--only", help="comma-separated case names (prefixes) to run")
    opts = ap.parse_args()

    os.environ["OPENBLAS_NUM_THREADS"] = str(THREADS)
    import numpy as np
    import cv2

    blas = ctypes.CDLL("libopenblas.so.0")
    blas.openblas_get_corename.restype = ctypes.c_char_p
    blas.openblas_set_num_threads(THREADS)
    print(f"OpenBLAS core: {blas.openblas_get_corename().decode()}, threads {THREADS}; OpenCV {cv2.__version__}; NumPy {np.__version__}")
    cv2.setNumThreads(THREADS)

    rng = np.random.default_rng(0)
    big = rng.standard_normal((4096, 4096), dtype=np.float32)
    mlp_w = [rng.standard_normal((2048, 2048), dtype=np.float32) * 0.02 for _ in range(4)]
    mlp_b = [np.zeros(2048, np.float32) for _ in range(4)]
    mlp_x = rng.standard_normal((64, 2048), dtype=np.float32)

    def numpy_mlp():
        h = mlp_x
        for w, b in zip(mlp_w, mlp_b):
            h = np.maximum(h @ w + b, 0)
        return h

    def opencv(path, shape):
        net = cv2.dnn.readNetFromTensorflow(path)
        x = rng.standard_normal(shape, dtype=np.float32)
        return lambda: (net.setInput(x), net.forward())

    g = opts.graphs
    fc = os.path.join(opts.models, "tf2onnx__fc-layers/frozen.pb")
    cifar = os.path.join(opts.models, "utensor__cifar10_cnn/cifar10_cnn.pb")
    cifar_q = os.path.join(g, "cifar10_cnn_quantize_nodes.pb")
    quantize(opts.bench, cifar, cifar_q)
    cifar_f = os.path.join(g, "cifar10_cnn_frozen_ranges.pb")
    freeze_ranges(opts.bench, cifar_q, sorted(glob.glob(os.path.join(opts.models, "utensor__cifar10_cnn/reference/*/inputs/Placeholder_0.npy"))),
                  cifar_f)
    mobilenet = os.path.join(g, "mobilenet_v1_like.pb")
    mlp = os.path.join(g, "mlp_2048x4.pb")
    bert = os.path.join(g, "bert_like.pb")
    bert_w = load_bert(os.path.join(g, "bert_like"))
    bert_x = rng.standard_normal((1, 128, 256), dtype=np.float32)
    print("BERT-like check:", check_bert(opts.bench, bert, bert_x, bert_numpy(bert_x, bert_w)))
    cifar_args = ["--shape", "Placeholder:0=16,32,32,3", "--output", "fully_connect_2/logits:0"]
    # (name, tfscope args(binary, onednn, threads), peer name, peer timer, FLOPs per run)
    cases = [
        ("mlp b64", lambda b, o, t: tfscope(b, mlp, ["--shape", "input=64,2048", "--output", "output"], 10, o, t),
         "NumPy+OpenBLAS", lambda: timed(numpy_mlp, 10), 2 * 64 * 2048 * 2048 * 4),
        ("mobilenet b1", lambda b, o, t: tfscope(b, mobilenet, ["--shape", "input=1,224,224,3", "--output", "softmax"], 20, o, t),
         "OpenCV DNN", lambda: timed(opencv(mobilenet, (1, 3, 224, 224)), 20), 1138e6),
        ("mobilenet b8", lambda b, o, t: tfscope(b, mobilenet, ["--shape", "input=8,224,224,3", "--output", "softmax"], 5, o, t),
         "OpenCV DNN", lambda: timed(opencv(mobilenet, (8, 3, 224, 224)), 5), 8 * 1138e6),
        ("bert-like s128", lambda b, o, t: tfscope(b, bert, ["--shape", "input=1,128,256", "--output", "output"], 20, o, t),
         "NumPy+OpenBLAS", lambda: timed(lambda: bert_numpy(bert_x, bert_w), 20), 872415232),
        ("fc-layers b1", lambda b, o, t: tfscope(b, fc, ["--shape", "X:0=1,784", "--output", "output:0"], 2000, o, t),
         "OpenCV DNN", lambda: timed(opencv(fc, (1, 784)), 2000), 0),
        ("cifar10 quantize_nodes b16", lambda b, o, t: tfscope(b, cifar_q, cifar_args, 300, o, t),
         "tfscope float original", lambda: tfscope(opts.bench, cifar, cifar_args, 300), 0),
        ("cifar10 frozen ranges b16", lambda b, o, t: tfscope(b, cifar_f, cifar_args, 300, o, t),
         "tfscope float original", lambda: tfscope(opts.bench, cifar, cifar_args, 300), 0),
    ]
    if opts.only:
        keep = opts.only.split(",")
        cases = [c for c in cases if any(c[0].startswith(k) for k in keep)]
    results = {}
    for r in range(opts.rounds):
        peak = 2 * 4096 ** 3 / (timed(lambda: big @ big, 5) * 1e-3) / 1e9
        results.setdefault("sgemm peak GFLOP/s", []).append(peak)
        for name, ours, peer_name, peer, flops in cases:
            row = results.setdefault(name, {"peer": peer_name, "flops": flops})
            builds = [("", opts.bench)] + ([("native ", opts.bench_native)] if opts.bench_native else [])
            for label, binary in builds:
                row.setdefault(f"tfscope {label}oneDNN", []).append(ours(binary, True, THREADS))
                row.setdefault(f"tfscope {label}built-in", []).append(ours(binary, False, THREADS))
            if opts.threads_sweep:
                row.setdefault("tfscope oneDNN 1 thread", []).append(ours(opts.bench, True, 1))
            row.setdefault(peer_name, []).append(peer())
        print(f"round {r + 1} done (load {os.getloadavg()[0]:.1f})", file=sys.stderr)

    peaks = results.pop("sgemm peak GFLOP/s")
    peak = median(peaks)
    print(f"sgemm peak (NumPy/OpenBLAS 4096^2, 2 threads, median of {opts.rounds} rounds): {peak:.0f} GFLOP/s "
          f"(rounds: {', '.join(f'{v:.0f}' for v in peaks)})")
    for name, row in results.items():
        peer_name, flops = row.pop("peer"), row.pop("flops")
        peer_ms = median(row[peer_name])
        print(f"\n{name}: {peer_name} {peer_ms:.3f} ms (rounds: {', '.join(f'{v:.3f}' for v in row[peer_name])})")
        for key, vals in row.items():
            if key == peer_name:
                continue
            ms = median(vals)
            extra = f", {flops / (ms * 1e-3) / 1e9:.0f} GFLOP/s = {100 * flops / (ms * 1e-3) / 1e9 / peak:.0f}% of peak" if flops else ""
            # The machine's speed drifts between rounds: each round's own ratio, then their median.
            paired = median([v / p for v, p in zip(vals, row[peer_name])])
            print(f"  {key}: {ms:.3f} ms = {ms / peer_ms:.2f}x {peer_name}{extra}; per-round ratio median {paired:.2f}x "
                  f"(rounds: {', '.join(f'{v:.3f}' for v in vals)})")


if __name__ == "__main__":
    main()
