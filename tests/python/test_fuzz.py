"""A fixed-seed differential fuzzing campaign (tests/fuzz): random programs,
each compiled by penna and compared with CPython. Long campaigns:
`python tests/fuzz/run.py --n 10000`."""

import os
import subprocess
import sys

FUZZ = os.path.join(os.path.dirname(__file__), "..", "fuzz", "run.py")


def test_fixed_seed_campaign_is_clean():
    done = subprocess.run([sys.executable, FUZZ, "--n", "400", "--seed", "1"], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "counts: ok 400" in done.stdout, done.stdout[-2000:]
