#!/usr/bin/python3
"""tfscope's executor side by side with its peers, in one run on one machine.

Measures, alternating the contenders in rounds so they all see the same machine load:
  - the machine's float32 GEMM peak: NumPy on OpenBLAS, 4096^2 (OpenBLAS's AVX-512 kernels
    with OPENBLAS_CORETYPE=SkylakeX, set below before NumPy loads; the kernel it reports is printed),
  - the 4x2048 MLP at batch 64: tfscope vs NumPy + OpenBLAS running the same weights,
  - the MobileNet-v1-like net at batch 1 and 8 and tf2onnx fc-layers at batch 1: tfscope vs OpenCV DNN.
tfscope runs through `exec_bench --batch bench` (its bench command), once with oneDNN and
once with TFSCOPE_ONEDNN=0 (the built-in kernels). Use Debian's /usr/bin/python3 (numpy, cv2).

  exec_bench writes the generated graphs:  TFSCOPE_BENCH_WRITE_GRAPHS=/tmp/g build/bin/exec_bench --benchmark_filter=none
  then:  /usr/bin/python3 bench/peers.py --bench build/bin/exec_bench --graphs /tmp/g [--bench-native other/bin/exec_bench]
"""
import argparse
import ctypes
import json
import os
import subprocess
import sys
import time

os.environ.setdefault("OPENBLAS_CORETYPE", "SkylakeX")

THREADS = 2


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def timed(fn, runs):
    for _ in range(2):
        fn()
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1e3)
    return median(ts)


def tfscope(binary, model, args, runs, onednn=True, threads=THREADS):
    env = dict(os.environ)
    env["TFSCOPE_ONEDNN"] = "1" if onednn else "0"
    out = subprocess.run([binary, "--batch", "bench", model, "--threads", str(threads), "--runs", str(runs), "--json"] + args,
                         capture_output=True, text=True, env=env)
    if out.returncode != 0:
        return float("nan")
    return json.loads(out.stdout)["median_ms"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True, help="exec_bench of the build to measure (portable)")
    ap.add_argument("--bench-native", help="exec_bench of a -DTFSCOPE_NATIVE=ON build, measured beside it")
    ap.add_argument("--graphs", required=True, help="folder with mobilenet_v1_like.pb and mlp_2048x4.pb")
    ap.add_argument("--models", default=os.path.join(os.path.dirname(__file__), "../../shared/models"))
    ap.add_argument("--rounds", type=int, default=3)
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
    # The MLP's weights as exec_bench generates them are not needed: same shapes, same FLOPs.
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
    mobilenet = os.path.join(g, "mobilenet_v1_like.pb")
    mlp = os.path.join(g, "mlp_2048x4.pb")
    cases = [
        ("mlp b64", lambda b, o: tfscope(b, mlp, ["--shape", "input=64,2048", "--output", "output"], 10, o),
         "NumPy+OpenBLAS", lambda: timed(numpy_mlp, 10), 2 * 64 * 2048 * 2048 * 4),
        ("mobilenet b1", lambda b, o: tfscope(b, mobilenet, ["--shape", "input=1,224,224,3", "--output", "softmax"], 20, o),
         "OpenCV DNN", lambda: timed(opencv(mobilenet, (1, 3, 224, 224)), 20), 1138e6),
        ("mobilenet b8", lambda b, o: tfscope(b, mobilenet, ["--shape", "input=8,224,224,3", "--output", "softmax"], 5, o),
         "OpenCV DNN", lambda: timed(opencv(mobilenet, (8, 3, 224, 224)), 5), 8 * 1138e6),
        ("fc-layers b1", lambda b, o: tfscope(b, fc, ["--shape", "X:0=1,784", "--output", "output:0"], 2000, o),
         "OpenCV DNN", lambda: timed(opencv(fc, (1, 784)), 2000), 0),
    ]
    results = {}
    for r in range(opts.rounds):
        peak = 2 * 4096 ** 3 / (timed(lambda: big @ big, 5) * 1e-3) / 1e9
        results.setdefault("sgemm peak GFLOP/s", []).append(peak)
        for name, ours, peer_name, peer, flops in cases:
            row = results.setdefault(name, {"peer": peer_name, "flops": flops})
            row.setdefault("tfscope oneDNN", []).append(ours(opts.bench, True))
            row.setdefault("tfscope built-in", []).append(ours(opts.bench, False))
            if opts.bench_native:
                row.setdefault("native oneDNN", []).append(ours(opts.bench_native, True))
                row.setdefault("native built-in", []).append(ours(opts.bench_native, False))
            row.setdefault(peer_name, []).append(peer())
        print(f"round {r + 1} done", file=sys.stderr)

    peak = median(results.pop("sgemm peak GFLOP/s"))
    print(f"sgemm peak (NumPy/OpenBLAS 4096^2, median of {opts.rounds}): {peak:.0f} GFLOP/s")
    for name, row in results.items():
        peer_name, flops = row.pop("peer"), row.pop("flops")
        peer_ms = median(row[peer_name])
        print(f"\n{name}: {peer_name} {peer_ms:.3f} ms (rounds: {', '.join(f'{v:.3f}' for v in row[peer_name])})")
        for key, vals in row.items():
            if key == peer_name:
                continue
            ms = median(vals)
            extra = f", {flops / (ms * 1e-3) / 1e9:.0f} GFLOP/s = {100 * flops / (ms * 1e-3) / 1e9 / peak:.0f}% of peak" if flops else ""
            print(f"  {key}: {ms:.3f} ms = {ms / peer_ms:.2f}x {peer_name}{extra} (rounds: {', '.join(f'{v:.3f}' for v in vals)})")


if __name__ == "__main__":
    main()
