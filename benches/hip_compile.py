"""Compile latency of small kernels to an AMD code object (HSACO), against
penna's own PTX path, without a GPU, side by side in one run.

    python benches/hip_compile.py      # in the project's venv

Two figures per kernel and target:
- first compile in a fresh process (what a user's script pays once; includes
  LLVM's target set-up and, for a kernel calling math, reading ROCm's device
  libraries or libdevice): the median of fresh interpreters;
- a fresh function compiled in a warm process: the median of 10.

The issue's target: the HSACO path within 1.5x of the PTX path. (Numba-HIP
is not installable here; its README states ~2 s per process to generate its
device library before the first kernel.) Results: benches/results/hip_compile.md.
"""

import json
import os
import platform
import statistics
import subprocess
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))

KERNELS = {
    "axpy": ("void(float32, float32[:], float32[:], float32[:])",
             "def {name}(a, x, y, out):\n"
             "    i = gpu.grid(1)\n"
             "    if i < out.size:\n"
             "        out[i] = a * x[i] + y[i]\n"),
    "math": ("void(float64[:], float64[:])",
             "def {name}(x, out):\n"
             "    i = gpu.grid(1)\n"
             "    if i < out.size:\n"
             "        out[i] = math.sin(x[i]) * math.exp(x[i]) + math.sqrt(abs(x[i]))\n"),
}

# Run in a fresh interpreter: prints {"first": ms, "warm": ms}.
PROBE = r"""
import json, linecache, math, statistics, sys, time
t0 = time.perf_counter()
import penna
from penna import cuda, hip
gpu_name, kernel, sig, template = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
gpu = {"cuda": cuda, "hip": hip}[gpu_name]
compile_ = (lambda f: cuda.compile_ptx(f, sig, cc=(8, 0))) if gpu_name == "cuda" else \
           (lambda f: hip.compile_hsaco(f, sig, arch="gfx90a"))

def fresh(n):
    name = f"<bench-{kernel}-{n}>"
    source = template.format(name=f"k{n}")
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    scope = {"gpu": gpu, "math": math}
    exec(compile(source, name, "exec"), scope)
    return scope[f"k{n}"]

f = fresh(0)
t = time.perf_counter()
compile_(f)
first = (time.perf_counter() - t) * 1e3
warm = []
for n in range(1, 11):
    f = fresh(n)
    t = time.perf_counter()
    compile_(f)
    warm.append((time.perf_counter() - t) * 1e3)
print(json.dumps({"first": first, "warm": statistics.median(warm)}))
"""


def probe(gpu, kernel):
    sig, template = KERNELS[kernel]
    out = subprocess.run([sys.executable, "-c", PROBE, gpu, kernel, sig, template],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    import penna
    fresh_runs = int(os.environ.get("PENNA_BENCH_COMPILE_REPEATS", "5"))
    rows = []
    for kernel in KERNELS:
        results = {}
        for gpu in ("cuda", "hip"):
            runs = [probe(gpu, kernel) for _ in range(fresh_runs)]
            results[gpu] = (statistics.median(r["first"] for r in runs),
                            statistics.median(r["warm"] for r in runs))
        (ptx_first, ptx_warm), (hip_first, hip_warm) = results["cuda"], results["hip"]
        rows.append(f"| {kernel} | {ptx_first:.1f} | {hip_first:.1f} | {hip_first / ptx_first:.2f} "
                    f"| {ptx_warm:.1f} | {hip_warm:.1f} | {hip_warm / ptx_warm:.2f} |")
    lines = [
        f"# Kernel compile latency: AMD code object against PTX ({date.today()}, no GPU needed)",
        "",
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores; penna {penna.__version__}. "
        f"PTX for sm_80 (`cuda.compile_ptx`, libdevice for math) against a linked code object for gfx90a "
        f"(`hip.compile_hsaco`: ROCm's ocml for math, lld in-process). First compile: median of "
        f"{fresh_runs} fresh interpreters; warm: median of 10 fresh functions per interpreter.",
        "",
        "| kernel | PTX first (ms) | HSACO first (ms) | ratio | PTX warm (ms) | HSACO warm (ms) | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
    ]
    text = "\n".join(lines)
    print(text)
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    with open(os.path.join(HERE, "results", "hip_compile.md"), "w") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
