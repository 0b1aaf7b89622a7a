# case: dot(float64[::1], float64[::1])
# case: team(int64[::1])
# The loop body is outlined into `dot.0.parallel.0`, which the thread pool
# calls per chunk; the reduction slots are combined after the call.
# CHECK-O3: call i32 @penna_rt_parallel_for(ptr nonnull @dot.0.parallel.0
# CHECK-O3: define internal noundef i32 @dot.0.parallel.0(
# CHECK-O3: call void @penna_rt_critical_enter()
# CHECK-O3: call void @penna_rt_barrier()
from penna import omp


def dot(a, b):
    s = 0.0
    with omp("parallel for reduction(+:s) schedule(dynamic, 256)"):
        for i in range(a.shape[0]):
            s += a[i] * b[i]
    return s


def team(out):
    total = 0
    with omp("parallel num_threads(4)"):
        t = omp.get_thread_num()
        out[t] = t * 10
        with omp("barrier"):
            pass
        with omp("critical"):
            total += out[(t + 1) % omp.get_num_threads()]
    return total
