"""Measurement method shared by the benchmark suite.

- Every implementation of a benchmark is calibrated so that one sample takes
  about `SAMPLE_SECONDS`, warmed up, then sampled `REPEATS` times with the order
  of implementations rotated each repetition, so that machine noise and cache
  state hit all of them alike.
- A result keeps all samples: the best (minimum, the least noisy estimate of
  the code's speed on a shared machine) is what ratios use; the median and the
  spread ((max - min) / median) are reported, and a large spread is flagged.
- Start-up figures (import, first-call compile) run in fresh interpreters and
  use the median.
- Warm figures are of penna's optimised tier: a short first call runs
  first-tier code while `default<O3>` compiles in the background, and
  calibration waits for it (`settle`) before timing.
"""

import os
import platform
import statistics
import subprocess
import sys
import time

REPEATS = int(os.environ.get("PENNA_BENCH_REPEATS", "9"))
SAMPLE_SECONDS = float(os.environ.get("PENNA_BENCH_SAMPLE", "0.02"))
NOISY = 0.25


class Stats:
    """Per-call seconds of one implementation of one benchmark."""

    def __init__(self, samples):
        self.samples = samples
        self.best = min(samples)
        self.median = statistics.median(samples)
        self.spread = (max(samples) - self.best) / self.median if self.median else 0.0

    @property
    def noisy(self):
        return self.spread > NOISY


def per_call(fn, args, number):
    t = time.perf_counter()
    for _ in range(number):
        fn(*args)
    return (time.perf_counter() - t) / number


def settle():
    """Waits until penna's optimised tiers queued so far are in."""
    native = sys.modules.get("penna._native")
    if native is not None:
        native._tiers_wait()


def calibrate(fn, args):
    """Calls per sample so that a sample takes about SAMPLE_SECONDS."""
    fn(*args)
    settle()
    one = per_call(fn, args, 1)
    return max(1, int(SAMPLE_SECONDS / max(one, 1e-9)))


def compare(impls, args_for, repeats=REPEATS, pause=0.0):
    """Times each implementation; `args_for(label)` gives its arguments (fresh
    outputs per implementation, so that nobody reads another's results).
    `pause` seconds before each sample let the previous implementation's idle
    worker threads stop spinning (libgomp's, under Numba's `parallel=True`,
    spin 5-20 ms after a region and take a core from whoever runs next)."""
    args = {label: args_for(label) for label in impls}
    numbers = {label: calibrate(fn, args[label]) for label, fn in impls.items()}
    samples = {label: [] for label in impls}
    labels = list(impls)
    for rep in range(repeats):
        k = rep % len(labels)
        for label in labels[k:] + labels[:k]:
            time.sleep(pause)
            samples[label].append(per_call(impls[label], args[label], numbers[label]))
    return {label: Stats(s) for label, s in samples.items()}


def fresh_process(code, env=None):
    """Runs `code` in a new interpreter (with `env`, if given); its last
    output line is a float."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def median_of_fresh(code, repeats, env=None):
    return statistics.median(fresh_process(code, env) for _ in range(repeats))


def machine():
    """One line describing where the figures come from."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
            mem = f", {kb / 2**20:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def fmt_time(s):
    if s < 1e-6:
        return f"{s * 1e9:.0f} ns"
    if s < 1e-3:
        return f"{s * 1e6:.1f} us"
    if s < 1:
        return f"{s * 1e3:.2f} ms"
    return f"{s:.2f} s"
