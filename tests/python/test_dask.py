"""penna inside Dask: a real `distributed.LocalCluster` with process
workers. Compiled functions, ufuncs and prange code travel to the workers by
pickling (by reference for importable functions, by value for local ones)
and hit the disk cache the test process shares with them."""

import numpy as np
import pytest

import penna

from . import dask_work as work

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")
da = pytest.importorskip("dask.array")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def smooth_numpy(block):
    n = block.shape[0]
    return np.array([block[max(i - 1, 0):min(i + 2, n)].mean() for i in range(n)])


def test_map_blocks_with_an_importable_function(client):
    x = np.random.default_rng(1).standard_normal(10_000)
    got = da.from_array(x, chunks=2_500).map_blocks(work.smooth).compute()
    want = np.concatenate([smooth_numpy(b) for b in np.split(x, 4)])
    np.testing.assert_allclose(got, want, rtol=1e-12)


def test_map_blocks_with_a_local_function(client):
    scale = 3.0

    @penna.jit
    def shifted_square(block):
        return (block + scale) ** 2

    x = np.arange(1000.0)
    got = da.from_array(x, chunks=100).map_blocks(shifted_square).compute()
    np.testing.assert_allclose(got, (x + scale) ** 2)


def test_a_penna_ufunc_applied_to_a_dask_array(client):
    # With Numba this fails: the graph holds a NumPy ufunc that cannot be
    # pickled (dask/distributed#3450).
    x = np.linspace(-10.0, 10.0, 4001)
    lazy = work.soft_clip(da.from_array(x, chunks=1000), 2.0)
    assert isinstance(lazy, da.Array)
    np.testing.assert_allclose(lazy.compute(), 2.0 * np.tanh(x / 2.0), rtol=1e-12)


def test_prange_code_in_workers(client):
    m = np.random.default_rng(2).standard_normal((4000, 16))
    got = da.from_array(m, chunks=(1000, 16)).map_blocks(work.row_norms, drop_axis=1).compute()
    np.testing.assert_allclose(got, np.linalg.norm(m, axis=1), rtol=1e-12)


def test_dataframe_map_partitions(client):
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({"v": rng.standard_normal(600), "w": rng.random(600),
                          "g": np.repeat(np.arange(6), 100)})
    ddf = dd.from_pandas(frame, npartitions=6)

    def total(part):
        return pd.Series([work.weighted_total(part["v"].to_numpy(), part["w"].to_numpy())])

    got = ddf.map_partitions(total, meta=(None, "f8")).compute().to_numpy()
    want = [float((p["v"] * p["w"]).sum()) for _, p in frame.groupby(np.arange(600) // 100)]
    np.testing.assert_allclose(got, want, rtol=1e-12)


def test_workers_load_what_this_process_compiled(client):
    @penna.jit
    def cubic(block):
        return block * block * block + 1.0

    x = np.arange(64.0)
    cubic(x)  # compiled here, written to the shared cache
    before = client.run(penna.cache.info)
    got = da.from_array(x, chunks=16).map_blocks(cubic).compute()
    after = client.run(penna.cache.info)
    np.testing.assert_allclose(got, x ** 3 + 1.0)
    hits = sum(after[w]["hits"] - before[w]["hits"] for w in after)
    misses = sum(after[w]["misses"] - before[w]["misses"] for w in after)
    assert hits >= 1 and misses == 0, (before, after)
