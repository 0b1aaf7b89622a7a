"""Imports the module built by test_aot.py without penna (an import of
penna fails here) and prints what its functions return, as JSON."""

import json
import sys

sys.modules["penna"] = None  # `import penna` raises ImportError from now on

import numpy as np  # noqa: E402

import aotmod  # noqa: E402  (the compiled extension)

a = np.linspace(-2.0, 3.0, 11)
m = np.arange(12, dtype=np.float32).reshape(3, 4)
out = {
    "file": aotmod.__file__,
    "total": aotmod.total(a),
    "total_strided": aotmod.total(a[::3]),
    "add": [aotmod.add(2, 3), aotmod.add(2.5, 1), repr(aotmod.add(1j, 2))],
    "scaled": aotmod.scaled(m, np.float32(0.5)).tolist(),
    "scaled_dtype": str(aotmod.scaled(m, 2.0).dtype),
    "evens": aotmod.evens(a).tolist(),
    "at": aotmod.at(np.arange(5, dtype=np.int32), 3),
    "hyp": aotmod.hyp(1.5),
    "stats": list(aotmod.stats(a)),
    "row_norms": aotmod.row_norms(np.arange(20.0).reshape(5, 4)).tolist(),
    "wrapping_add": aotmod.wrapping_add(np.array([250, 3], dtype=np.uint8), 10).tolist(),
    "primes": [n for n in range(30) if aotmod.is_prime(n)],
    "draws": aotmod.draws(7, 3).tolist(),
    "sorted": aotmod.sorted_copy(np.array([3, 1, 2])).tolist(),
    "withdraw": aotmod.withdraw(30),
    "doc": aotmod.total.__doc__,
    "signatures": aotmod.add.signatures,
    "penna_loaded": any(k.startswith("penna") and sys.modules[k] is not None for k in sys.modules),
}
filled = np.zeros(4)
out["fill"] = [aotmod.fill(filled, 1.5), filled.tolist()]
errors = {}
readonly = np.zeros(3)
readonly.flags.writeable = False
for name, call in [("at", lambda: aotmod.at(np.arange(5, dtype=np.int32), 9)),
                   ("ratio", lambda: aotmod.ratio(1.0, 0.0)),
                   ("negative", lambda: aotmod.withdraw(-1)),
                   ("overdrawn", lambda: aotmod.withdraw(500)),
                   ("types", lambda: aotmod.total(np.arange(3))),
                   ("readonly", lambda: aotmod.fill(readonly, 1.0)),
                   ("list", lambda: aotmod.total([1.0, 2.0]))]:
    try:
        call()
        errors[name] = None
    except Exception as e:  # noqa: BLE001  (the class is what is checked)
        errors[name] = [type(e).__name__, str(e)]
out["errors"] = errors

# A nogil=True function leaves the GIL to other threads while it runs.
import threading  # noqa: E402
import time  # noqa: E402

start = time.perf_counter()
aotmod.spin(10_000_000)
n = int(10_000_000 * 0.3 / max(time.perf_counter() - start, 1e-3))
entered = threading.Event()
worker = threading.Thread(target=lambda: (entered.set(), aotmod.spin(n)))
worker.start()
entered.wait()
time.sleep(0.05)  # lets the worker into the call
steps = 0
while worker.is_alive():
    steps += 1
out["nogil_steps"] = steps
sys.stdout.flush()
aotmod.talk(3)
sys.stdout.flush()
print(json.dumps(out))
