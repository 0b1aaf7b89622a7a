"""Functions with try/except for `test_exceptions.py`, compiled by penna and
run by CPython (`fn.py_func`) for comparison."""

import numpy as np

import penna


class AppError(ValueError):
    pass


class DeepError(AppError):
    pass


@penna.jit
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


@penna.jit
def parse(s):
    try:
        v = int(s)
    except ValueError as e:
        return -1, "bad: " + str(e)
    else:
        return v, "ok"


@penna.jit
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1.0


@penna.jit
def check(x):
    if x < 0:
        raise DeepError(f"negative {x}")
    if x > 100:
        raise KeyError("too big")
    return x


@penna.jit
def by_base_class(x):
    try:
        return check(x)
    except ValueError as e:
        return len(str(e))
    except LookupError:
        return -100


@penna.jit
def tuple_of_classes(xs):
    n = 0
    for x in xs:
        try:
            check(x)
            n += 1
        except (AppError, KeyError):
            n -= 1
        finally:
            n += 100
    return n


@penna.jit
def reraise(x):
    try:
        return check(x)
    except AppError:
        raise


@penna.jit(boundscheck=True)
def catch_all(a, i):
    try:
        return a[i]
    except Exception:
        return -1.0


@penna.jit
def bare_except(s):
    try:
        return float(s)
    except:  # noqa: E722
        return 0.0


@penna.jit
def nested(x):
    out = 0
    try:
        try:
            check(x)
            out = 1
        except KeyError:
            out = 2
    except AppError:
        out = 3
    return out


@penna.jit
def uncaught_runs_finally(x, log):
    try:
        check(x)
    except KeyError:
        log.append(1)
    finally:
        log.append(2)
    return len(log)


@penna.jit
def hot_loop(n):
    total = 0
    for i in range(n):
        try:
            total += 100 // (i % 7)
        except ZeroDivisionError:
            total -= 1
    return total


@penna.jit
def handler_raises(x):
    try:
        check(x)
    except AppError as e:
        raise RuntimeError("wrapped: " + e)
    return 0


@penna.jit
def with_arrays(n):
    out = []
    for i in range(n):
        try:
            a = [float(i)] * i
            if i % 2:
                raise ValueError("odd")
            out.append(len(a))
        except ValueError:
            out.append(-1)
    return out


@penna.jit(parallel=True)
def parallel_failure(n):
    out = np.zeros(n)
    try:
        for i in penna.prange(n):
            if i == n - 1:
                raise ValueError("last")
            out[i] = i
    except ValueError:
        return -1.0
    return out.sum()


@penna.jit
def raise_args(kind, x):
    if kind == 0:
        raise KeyError(x)
    if kind == 1:
        raise ValueError("bad value", x)
    if kind == 2:
        raise ValueError(x)
    return 0


@penna.jit
def caught_text(x):
    try:
        raise_args(1, x)
    except ValueError as e:
        return e
    return ""


@penna.jit
def finally_after_handler_raises(x, log):
    try:
        try:
            check(x)
        except AppError:
            log.append(1)
            raise RuntimeError("from the handler")
        else:
            log.append(2)
            if x > 50:
                raise IndexError("from else")
        finally:
            log.append(3)
    except (RuntimeError, IndexError):
        log.append(4)
    return len(log)
