#!/usr/bin/env bash
# Installs the wheel scripts/wheel.sh built into a fresh virtual environment
# (pip, nothing else from this checkout) and checks, from outside the
# checkout, that:
#   1. a module compiled ahead of time (python -m penna aot) imports and runs
#      there before penna is installed;
#   2. penna installs from the wheel alone, its extension needs no libLLVM
#      (ldd), and a jit function, a parallel loop and a ufunc give NumPy's
#      results.
#
#   bash scripts/wheel_smoke.sh [WHEEL_DIR]     # default: target/wheels
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
wheels=$(realpath "${1:-$root/target/wheels}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { printf '\033[1m[wheel]\033[0m %s\n' "$*"; }

say "ahead-of-time module, built with this checkout's penna"
mkdir "$work/src"
cat >"$work/src/smokemod.py" <<'PY'
import numpy as np
import penna

@penna.jit("float64(float64[:], float64[:])")
def dot(a, b):
    s = 0.0
    for i in range(a.size):
        s += a[i] * b[i]
    return s
PY
"$root/.venv/bin/python" -m penna aot "$work/src/smokemod.py" -o "$work/aot" >/dev/null

say "fresh venv"
python3 -m venv "$work/venv"
venv_py="$work/venv/bin/python"
"$venv_py" -m pip install -q --upgrade pip >/dev/null
"$venv_py" -m pip install -q numpy >/dev/null
cd "$work"
PYTHONPATH="$work/aot" "$venv_py" -c "
import importlib.util, numpy as np, smokemod
assert importlib.util.find_spec('penna') is None, 'penna is installed already'
a = np.arange(5.0)
assert smokemod.dot(a, a) == 30.0
print('aot module without penna: ok')"

say "pip install $(basename "$wheels"/*.whl)"
"$venv_py" -m pip install -q "$wheels"/*.whl
native=$("$venv_py" -c "import penna._native as n; print(n.__file__)")
if ldd "$native" | grep -i llvm; then
  echo "the wheel's extension needs a shared LLVM" >&2
  exit 1
fi
size=$(du -m "$wheels"/*.whl | cut -f1)
cat >"$work/smoke.py" <<PY
import numpy as np, penna

@penna.jit
def norm(a):
    s = 0.0
    for x in a:
        s += x * x
    return np.sqrt(s)

@penna.jit(parallel=True)
def row_sums(m):
    out = np.empty(m.shape[0])
    for i in penna.prange(m.shape[0]):
        out[i] = m[i].sum()
    return out

@penna.vectorize(["float64(float64, float64)"])
def hyp(x, y):
    return np.sqrt(x * x + y * y)

a = np.linspace(0, 1, 1001)
m = np.random.default_rng(1).random((64, 33))
assert np.isclose(norm(a), np.linalg.norm(a))
assert np.allclose(row_sums(m), m.sum(axis=1))
assert np.allclose(hyp(a, a), np.hypot(a, a))
print(f"penna {penna.__version__} from the wheel ($size MB): ok, no libLLVM needed")
PY
"$venv_py" "$work/smoke.py"
