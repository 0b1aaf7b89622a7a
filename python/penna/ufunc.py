"""``@vectorize`` and ``@guvectorize``: compiled kernels as NumPy ufuncs.

``@vectorize`` turns a scalar function into a ufunc: broadcasting, ``out=``,
``where=``, ``reduce``/``accumulate``/``outer``/``at`` and dtype dispatch are
NumPy's own, over loops penna compiled (the kernel is inlined into the loop
and vectorised by LLVM). ``@guvectorize`` does the same for kernels over array
slices described by a layout such as ``"(n),()->(n)"``.

With a list of signatures the loops are compiled at once, in order (NumPy
picks the first loop the inputs cast to safely); without, a loop is compiled
the first time a call brings new input dtypes (Numba's ``DUFunc``).

Both return a :class:`UFunc` / :class:`GUFunc` wrapper around the real
``numpy.ufunc`` (its ``ufunc`` attribute): NumPy's inner loops cannot report
an error, so the wrapper raises an exception the kernel raised once NumPy
returns, and compiles new loops when called lazily.
"""

import numpy as _np

from . import _native, _pickle, errors
from .types import signature_text

__all__ = ["vectorize", "guvectorize", "UFunc", "GUFunc"]

# NumPy's PyUFunc_* identity codes for Numba's ``identity=`` values.
_IDENTITIES = {0: 0, 1: 1, -1: 2, None: -1, "reorderable": -2}
_OPTIONS = {"identity", "target", "nopython", "cache", "fastmath", "boundscheck", "forceobj",
            "writable_args"}


def _parse(sig):
    """(return type text or None, [argument type texts]) of one signature."""
    return _native.parse_signature(signature_text(sig))


def _dtype(type_text):
    """The NumPy dtype of a penna type text (``float64``, ``int32[:, ::1]``)."""
    return _np.dtype(type_text.split("[", 1)[0].strip())


def _arg_dtype(value):
    """The dtype a lazily compiled loop gets for a call argument."""
    if type(value) is _np.ndarray or isinstance(value, (_np.ndarray, _np.generic)):
        return value.dtype
    if isinstance(value, bool):
        return _np.dtype(_np.bool_)
    if isinstance(value, int):
        return _np.dtype(_np.int64)
    if isinstance(value, float):
        return _np.dtype(_np.float64)
    if isinstance(value, complex):
        return _np.dtype(_np.complex128)
    if isinstance(getattr(value, "dtype", None), _np.dtype):
        return value.dtype  # dask, xarray and other array types: not converted
    return _np.asarray(value).dtype


def _check_dtype(dtype, name):
    if dtype.kind not in "biufc" or dtype.byteorder == ">":
        raise errors.TypingError(
            f"`{name}` cannot run on {dtype} data: penna ufuncs take bool, integer, "
            f"float and complex dtypes")


def _options(options, what):
    unknown = set(options) - _OPTIONS
    if unknown:
        raise TypeError(f"unknown option(s) to {what}: {', '.join(sorted(unknown))}")
    target = options.get("target", "cpu")
    if target not in ("cpu", "parallel"):
        raise errors.UnsupportedError(
            f"{what}(target={target!r}) is not supported; use target='cpu' or 'parallel' "
            f"(GPU ufuncs: write a @cuda.jit kernel)")
    if options.get("forceobj"):
        raise errors.UnsupportedError("penna has no object mode (forceobj=True)")
    identity = options.get("identity")
    if identity not in _IDENTITIES:
        raise ValueError(f"identity must be 0, 1, -1, 'reorderable' or None, not {identity!r}")
    return _IDENTITIES[identity]


def _dispatcher(fn, options):
    # Kernels divide as NumPy does (as in Numba): x/0 is inf or nan, n//0 is 0.
    return _native.Dispatcher(fn, fastmath=bool(options.get("fastmath", False)),
                              boundscheck=bool(options.get("boundscheck", False)),
                              error_model="numpy", cache=bool(options.get("cache", True)))


class _Base:
    """What UFunc and GUFunc share: the loops, the ufunc, calling through
    ``_native.ufunc_call`` so that a kernel's exception is raised."""

    def __init__(self, fn, identity, nin, nout, signature=None, parallel_dims=None):
        self._fn = fn
        # target="parallel": the number of NumPy `dimensions` entries of a loop.
        self._parallel_dims = parallel_dims
        self._identity = identity
        self._nin, self._nout = nin, nout
        self._layout = signature
        self._loops = []  # (address, [type numbers])
        self._keys = set()  # dtypes of every operand of each loop
        self._inputs = set()  # input dtypes a call was already resolved for (see UFunc._ensure)
        self._frozen = False
        self.__name__ = fn.__name__
        self.__doc__ = fn.__doc__
        self.__wrapped__ = fn
        self.py_func = fn
        self.ufunc = None

    def _add_loop(self, address, dtypes):
        self._loops.append((address, [d.num for d in dtypes]))
        self._keys.add(tuple(dtypes))
        self.ufunc = _native.make_ufunc(self.__name__, self.__doc__ or "", self._nin, self._nout,
                                        self._loops, self._identity, self._layout,
                                        self._parallel_dims)
        self._ufunc_changed()

    def _ufunc_changed(self):
        """Hook: the ufunc was remade."""

    def _call(self, method, args, kwargs):
        if self.ufunc is None:
            raise TypeError(f"`{self.__name__}` has no compiled loops")
        return _native.ufunc_call(self.ufunc, method, args, kwargs)

    def __getattr__(self, name):
        # nin, nout, nargs, ntypes, types, identity, signature, ...
        if name == "ufunc" or self.ufunc is None:
            raise AttributeError(name)
        return getattr(self.ufunc, name)

    def __repr__(self):
        kind = "gufunc" if self._layout else "ufunc"
        return f"<penna {kind} {self.__name__}>"


class UFunc(_native.LazyUfunc, _Base):
    """What ``@vectorize`` returns. Calls and ``reduce`` are native
    (``_native.LazyUfunc``): once the input dtypes of a call were resolved,
    it goes straight to the NumPy ufunc."""

    def __init__(self, fn, signatures, options):
        identity = _options(options, "vectorize")
        nin = fn.__code__.co_argcount
        parallel = options.get("target") == "parallel"
        super().__init__(fn, identity, nin, 1, parallel_dims=1 if parallel else None)
        self._options = options
        self._dispatcher = _dispatcher(fn, options)
        self._configure(nin, False)
        self._eager(signatures)

    def _eager(self, signatures):
        """Compiles ``signatures``; with any, no other loop is made later."""
        self._signatures = [signature_text(sig) for sig in signatures]
        for sig in self._signatures:
            ret, args = _parse(sig)
            if len(args) != self._nin:
                raise TypeError(f"signature {sig!r} has {len(args)} arguments, "
                                f"`{self.__name__}` takes {self._nin}")
            self._compile(args, ret)
        self._frozen = bool(signatures)
        self._configure(self._nin, self._frozen)

    def __reduce__(self):
        return _pickle.reduce(self, UFunc._lazy, self._options, self._signatures, UFunc._eager)

    @staticmethod
    def _lazy(fn, options):
        return UFunc(fn, [], options)

    def _ufunc_changed(self):
        self._set_ufunc(self.ufunc)

    def _compile(self, arg_texts, ret_text=None):
        address, out = self._dispatcher._ufunc_loop("(" + ", ".join(arg_texts) + ")", out=ret_text)
        self._add_loop(address, [_dtype(t) for t in arg_texts] + [_dtype(out)])

    def _ensure(self, inputs):
        """Compiles a loop for these input dtypes unless there is one. The
        input dtypes already resolved are remembered: a repeated call costs
        one set lookup."""
        if not self._frozen:
            self._ensure_dtypes(tuple([_arg_dtype(v) for v in inputs]))

    def _ensure_dtypes(self, dtypes):
        if dtypes in self._inputs:
            return
        if not any(key[:len(dtypes)] == dtypes for key in self._keys):
            for d in dtypes:
                _check_dtype(d, self.__name__)
            self._compile([str(d) for d in dtypes])
        self._inputs.add(dtypes)

    # __call__ and reduce: _native.LazyUfunc, which calls _ensure and
    # _ensure_fold when the dtypes are new, and _override when an operand
    # is another library's array.

    def _override(self, args, kwargs):
        """A call with an operand that overrides ufuncs (a dask or xarray
        array): its ``__array_ufunc__`` gets this object as the ufunc, not
        the NumPy ufunc inside, so that what it records (a dask graph sent
        to process workers) holds a penna ufunc, which pickles; NumPy's own
        ufunc object would not."""
        self._ensure(args[:self._nin])
        for a in args:
            override = getattr(type(a), "__array_ufunc__", None)
            if override is not None and not isinstance(a, _np.ndarray):
                result = override(a, self, "__call__", *args, **(kwargs or {}))
                if result is not NotImplemented:
                    return result
        names = ", ".join(type(a).__name__ for a in args)
        raise TypeError(f"`{self.__name__}` is not supported for operands of types {names}")

    def _ensure_fold(self, array):
        """reduce/accumulate/reduceat need the (T, T) loop of the array's dtype."""
        if not self._frozen:
            d = _arg_dtype(array)
            self._ensure_dtypes((d, d))

    # reduce, accumulate and reduceat: LazyUfunc (Rust) calls _ensure_fold
    # the first time an array dtype comes.

    def outer(self, a, b, **kwargs):
        self._ensure((a, b))
        return self._call("outer", (a, b), kwargs)

    def at(self, a, indices, b=None):
        self._ensure((a,) if b is None else (a, b))
        args = (a, indices) if b is None else (a, indices, b)
        return self._call("at", args, None)


def _parse_layout(layout):
    """``"(m,n),(n)->(m)"`` -> ([("m", "n"), ("n",)], [("m",)]). Without
    ``->`` (``"(n),(k)"``, as Numba accepts) there are no outputs: the kernel
    writes into its arguments in place."""
    text = "".join(layout.split())
    ins, _, outs = text.partition("->")

    def operands(part):
        if not part and part is outs:
            return []
        if not (part.startswith("(") and part.endswith(")")):
            raise ValueError(f"invalid gufunc layout {layout!r}")
        items = part[1:-1].split("),(")
        return [tuple(n for n in item.split(",") if n) for item in items]

    return operands(ins), operands(outs), text


class GUFunc(_Base):
    """What ``@guvectorize`` returns."""

    def __init__(self, fn, signatures, layout, options):
        identity = _options(options, "guvectorize")
        inputs, outputs, text = _parse_layout(layout)
        core = {n for op in inputs + outputs for n in op}
        parallel = 1 + len(core) if options.get("target") == "parallel" else None
        super().__init__(fn, identity, len(inputs), len(outputs), text, parallel_dims=parallel)
        names = []
        for op in inputs + outputs:
            for n in op:
                if n not in names:
                    names.append(n)
        self._core = [[names.index(n) for n in op] for op in inputs + outputs]
        nargs = len(self._core)
        if fn.__code__.co_argcount != nargs:
            raise TypeError(f"layout {layout!r} has {nargs} operands, `{fn.__name__}` takes "
                            f"{fn.__code__.co_argcount} arguments (inputs, then outputs)")
        self._dispatcher = _dispatcher(fn, options)
        self._options = options
        self._eager(signatures)

    def _eager(self, signatures):
        """Compiles ``signatures``; with any, no other loop is made later."""
        self._signatures = [signature_text(sig) for sig in signatures]
        for sig in self._signatures:
            _, args = _parse(sig)
            if len(args) != len(self._core):
                raise TypeError(f"signature {sig!r} has {len(args)} arguments, "
                                f"layout {self._layout!r} has {len(self._core)} operands")
            for k, t in enumerate(args[self._nin:], self._nin):
                if "[" not in t:
                    raise TypeError(f"output {k} of `{self.__name__}` is typed {t}: gufunc outputs "
                                    f"are arrays (use {t}[:] for a `()` output)")
            self._compile(args)
        self._frozen = bool(signatures)

    def __reduce__(self):
        return _pickle.reduce(self, GUFunc._lazy, (self._layout, self._options),
                              self._signatures, GUFunc._eager)

    @staticmethod
    def _lazy(fn, layout_options):
        layout, options = layout_options
        return GUFunc(fn, [], layout, options)

    def _compile(self, arg_texts):
        address, _ = self._dispatcher._ufunc_loop("(" + ", ".join(arg_texts) + ")",
                                                  core=self._core)
        self._add_loop(address, [_dtype(t) for t in arg_texts])

    def _ensure(self, args, kwargs):
        if self._frozen:
            return
        out = kwargs.get("out")
        if out is not None:
            args = tuple(args) + (tuple(out) if isinstance(out, tuple) else (out,))
        if len(args) != len(self._core):
            raise TypeError(f"`{self.__name__}` was built without signatures: pass its "
                            f"{self._nout} output array(s) too, so that their dtypes are known")
        dtypes = tuple(_arg_dtype(v) for v in args)
        if dtypes in self._keys:
            return
        texts = []
        for k, (d, core) in enumerate(zip(dtypes, self._core)):
            _check_dtype(d, self.__name__)
            if not core and k < self._nin:
                texts.append(str(d))
            else:
                texts.append(f"{d}[{', '.join([':'] * max(len(core), 1))}]")
        self._compile(texts)

    def __call__(self, *args, **kwargs):
        self._ensure(args, kwargs)
        result = self._call("__call__", args, kwargs)
        # A layout without outputs ("(n),(n)") writes in place and returns None.
        return None if self._nout == 0 else result


def vectorize(ftylist_or_function=(), **options):
    """``@vectorize``, ``@vectorize(["float64(float64, float64)", ...], identity=0)``."""
    if callable(ftylist_or_function):
        return UFunc(ftylist_or_function, [], options)
    sigs = ftylist_or_function
    if isinstance(sigs, (str,)) or not isinstance(sigs, (list, tuple)):
        sigs = [sigs]
    return lambda fn: UFunc(fn, list(sigs), options)


def guvectorize(*args, **options):
    """``@guvectorize([signatures], "(n),()->(n)")`` or, compiled per call
    (outputs then must be passed), ``@guvectorize("(n),()->(n)")``."""
    if len(args) == 1:
        sigs, layout = [], args[0]
    elif len(args) == 2:
        sigs, layout = args
    else:
        raise TypeError("guvectorize takes ([signatures,] layout)")
    if isinstance(sigs, str):
        sigs = [sigs]
    if not isinstance(layout, str):
        raise TypeError(f"the gufunc layout must be a string like '(n),()->(n)', not {layout!r}")
    return lambda fn: GUFunc(fn, list(sigs), layout, options)
