"""``penna.stencil``: Numba's stencil decorator.

A stencil kernel reads its array arguments at offsets relative to the
current element and returns that element's result::

    @penna.stencil
    def blur(a):
        return 0.25 * (a[0, 1] + a[1, 0] + a[0, -1] + a[-1, 0])

    out = blur(image)          # from Python or from @jit code

The result has the shape of the first array argument and the dtype of the
kernel's result; elements whose neighbourhood leaves the array are ``cval``
(0 by default), or left as they are when ``out=`` is given. Options, as in
Numba: ``neighborhood=((-1, 1), (-2, 2))`` (needed when offsets are not
constants; such kernels are bounds-checked, so an offset outside the
promised neighborhood raises IndexError), ``cval=``,
``standard_indexing=("w",)`` (arguments indexed as usual, not relatively).

The decorator rewrites the kernel at decoration: each relative subscript
``a[di, dj]`` becomes ``a[i0 + di, i1 + dj]`` in a ``@jit`` function of the
indices, and a second ``@jit`` function loops over the interior (on the
thread pool, with ``prange``, for arrays of 2**16 elements or more) and
calls it; both are compiled by penna like any other functions, with the
kernel's globals. The generated source is registered with ``linecache``,
so errors show it.
"""

import ast
import inspect
import itertools
import linecache
import textwrap

__all__ = ["stencil"]

#: Arrays with at least this many elements are computed on the thread pool.
PARALLEL_SIZE = 1 << 16

_counter = itertools.count()


def stencil(func_or_mode="constant", **options):
    """``@stencil``, ``@stencil(neighborhood=..., cval=..., standard_indexing=...)``."""
    if callable(func_or_mode):
        return StencilFunc(func_or_mode, options)
    if func_or_mode != "constant":
        raise ValueError(f"stencil mode {func_or_mode!r} is not supported (only 'constant', as in Numba)")
    return lambda func: StencilFunc(func, options)


class StencilFunc:
    """A compiled stencil: call it with the kernel's arguments (and ``out=``)."""

    def __init__(self, kernel, options):
        unknown = set(options) - {"neighborhood", "cval", "standard_indexing"}
        if unknown:
            raise TypeError(f"unknown stencil options: {', '.join(sorted(unknown))}")
        self.kernel = kernel
        self.__name__ = kernel.__name__
        self.__doc__ = kernel.__doc__
        self._cval = options.get("cval", 0)
        standard = options.get("standard_indexing", ())
        self._standard = {standard} if isinstance(standard, str) else set(standard)
        self._neighborhood = options.get("neighborhood")
        self._dispatcher = None

    @property
    def _penna_dispatcher(self):
        """The generated ``@jit`` function (how compiled code calls a stencil)."""
        if self._dispatcher is None:
            self._dispatcher = _build(self)
        return self._dispatcher

    def __call__(self, *args, out=None):
        if self._dispatcher is None:
            self._dispatcher = _build(self)
        return self._dispatcher(*args, out)

    def __repr__(self):
        return f"<penna.stencil {self.__name__}>"


class _Rewrite(ast.NodeTransformer):
    """Relative subscripts of the relative arrays to absolute ones; records
    the constant offsets per axis."""

    def __init__(self, relative, index_names):
        self.relative = relative
        self.index_names = index_names
        self.ndim = None
        self.offsets = []
        self.constant = True

    def visit_Subscript(self, node):
        self.generic_visit(node)
        if not (isinstance(node.value, ast.Name) and node.value.id in self.relative):
            return node
        parts = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if any(isinstance(p, ast.Slice) for p in parts):
            raise ValueError(f"stencil kernel: slices of `{node.value.id}` are not supported (relative indices only)")
        if self.ndim is None:
            self.ndim = len(parts)
            self.offsets = [[0] for _ in parts]
        elif self.ndim != len(parts):
            raise ValueError("stencil kernel: every relative index must have the same number of dimensions")
        for k, p in enumerate(parts):
            value = _constant(p)
            if value is None:
                self.constant = False
            else:
                self.offsets[k].append(value)
        shifted = [ast.BinOp(ast.Name(self.index_names[k], ast.Load()), ast.Add(), p) for k, p in enumerate(parts)]
        index = shifted[0] if len(shifted) == 1 else ast.Tuple(shifted, ast.Load())
        return ast.copy_location(ast.Subscript(node.value, index, node.ctx), node)


def _constant(node):
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def _build(sf):
    """Generates, registers and decorates the kernel and loop functions."""
    from . import jit

    kernel = sf.kernel
    source = textwrap.dedent(inspect.getsource(kernel))
    tree = ast.parse(source)
    fdef = tree.body[0]
    if not isinstance(fdef, ast.FunctionDef):
        raise TypeError("@stencil decorates a function")
    fdef.decorator_list = []
    params = [a.arg for a in fdef.args.args]
    relative = [p for p in params if p not in sf._standard]
    if not relative:
        raise ValueError("a stencil kernel needs an array argument indexed relatively")
    uid = next(_counter)
    index_names = [f"__i{k}_{uid}" for k in range(32)]
    rewrite = _Rewrite(set(relative), index_names)
    fdef = rewrite.visit(fdef)
    ndim = rewrite.ndim
    if ndim is None:
        raise ValueError("a stencil kernel must index an array argument relatively (a[0], a[-1, 1])")
    if sf._neighborhood is not None:
        hood = [tuple(int(x) for x in pair) for pair in sf._neighborhood]
        if len(hood) != ndim:
            raise ValueError(f"neighborhood has {len(hood)} axes, the kernel indexes {ndim}")
    elif not rewrite.constant:
        raise ValueError("stencil kernel: indices that are not constants need neighborhood=")
    else:
        hood = [(min(o), max(o)) for o in rewrite.offsets]
    kname = f"__stencil_kernel_{uid}"
    fdef.name = kname
    fdef.args.args += [ast.arg(index_names[k]) for k in range(ndim)]
    kernel_src = ast.unparse(ast.fix_missing_locations(fdef))
    first = relative[0]
    idx = [index_names[k] for k in range(ndim)]
    call = f"{kname}({', '.join(params + idx)})"
    # The kernel's result type, for the output's dtype (never evaluated).
    probe = f"{kname}({', '.join(params + ['0'] * ndim)})"
    out_index = ", ".join(idx)

    def nest(loop):
        lines = []
        for k in range(ndim):
            lo, hi = hood[k]
            rng = "range" if (k > 0 or loop == "range") else "__prange"
            lines.append("    " * k + f"for {idx[k]} in {rng}({max(-lo, 0)}, {first}.shape[{k}] - {max(hi, 0)}):")
        lines.append("    " * ndim + f"out[{out_index}] = {call}")
        return "\n".join("        " + line for line in lines)

    loop_name = f"__stencil_{kernel.__name__}_{uid}"
    loop_src = (
        f"def {loop_name}({', '.join(params)}, out=None):\n"
        f"    if {first}.ndim != {ndim}:\n"
        f"        raise ValueError(\"the stencil kernel indexes {ndim} dimensions\")\n"
        f"    if out is None:\n"
        f"        out = __np.full({first}.shape, {sf._cval!r}, dtype=__np.result_type({probe}))\n"
        f"    if {first}.size >= {PARALLEL_SIZE}:\n"
        f"{nest('prange')}\n"
        f"    else:\n"
        f"{nest('range')}\n"
        f"    return out\n"
    )
    text = kernel_src + "\n\n\n" + loop_src
    filename = f"<penna stencil {kernel.__name__} {uid}>"
    linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
    namespace = dict(kernel.__globals__)
    import numpy

    from . import prange
    namespace.update(__np=numpy, __prange=prange)
    exec(compile(text, filename, "exec"), namespace)
    # Offsets that are not constants are only as safe as the neighborhood the
    # user promised: check them (IndexError rather than a stray read).
    namespace[kname] = jit(boundscheck=not rewrite.constant)(namespace[kname])
    return jit(parallel=True)(namespace[loop_name])
