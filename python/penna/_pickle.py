"""Pickling penna's compiled objects: ``@jit`` dispatchers, ``@vectorize`` /
``@guvectorize`` ufuncs, ``@cuda.jit`` / ``@hip.jit`` kernels and device
functions.

An object pickles as the recipe that made it, never as machine code:

- **by reference** (module and qualified name) when importing that name
  gives this very object: the receiving process imports the module;
- **by value** otherwise (functions in ``__main__``, a notebook, or nested
  in another function): the function's code object, the text of its source
  file (penna compiles source, not bytecode), the globals its code names,
  its closure values and defaults, and the decorator's options. The
  receiving process builds the function again and decorates it.

Either way the new object compiles on first use, and the disk cache
(``penna.cache``) turns that compile into a load where the processes share
it: the source, globals and options are the same, so the key is.

Invariants: a by-value object is made lazily first and gets its globals,
closure and eager signatures afterwards (pickle's ``state_setter``), so
functions that call each other, or themselves, pickle without recursion;
modules in globals travel as their names.
"""

import importlib
import linecache
import marshal
import types

__all__ = ["reduce"]


def reduce(obj, make, options, signatures, eager):
    """The ``__reduce__`` value of ``obj``, made by ``make(fn, options)``
    from its Python function ``obj.py_func`` and compiled for
    ``signatures`` by ``eager(obj, signatures)``."""
    fn = obj.py_func
    module, qualname = getattr(fn, "__module__", None), fn.__qualname__
    if _importable(obj, module, qualname):
        return _by_reference, (module, qualname)
    code_state = _code_state(fn)
    later = (_globals(fn), _closure_values(fn), eager, list(signatures))
    return _rebuild, (make, options, code_state), later, None, None, _finish


def _importable(obj, module, qualname):
    if not module or module == "__main__" or "<locals>" in qualname:
        return False
    try:
        return _by_reference(module, qualname) is obj
    except Exception:  # noqa: BLE001 - any failure means "not by reference"
        return False


def _by_reference(module, qualname):
    found = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


class _Module:
    """A module in a pickled function's globals: travels as its name."""

    def __init__(self, name):
        self.name = name

    def __reduce__(self):
        return _Module, (self.name,)


def _names(code):
    """The global names ``code`` and the code objects nested in it read."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names(const)
    return names


def _globals(fn):
    g = fn.__globals__
    out = {}
    for name in sorted(_names(fn.__code__)):
        if name in g:
            value = g[name]
            out[name] = _Module(value.__name__) if isinstance(value, types.ModuleType) else value
    return out


def _closure_values(fn):
    if not fn.__closure__:
        return ()
    values = []
    for cell in fn.__closure__:
        try:
            values.append(cell.cell_contents)
        except ValueError as e:  # an empty cell: the name was never bound
            raise TypeError(f"cannot pickle `{fn.__qualname__}`: its closure variable "
                            f"is not bound yet") from e
    return tuple(values)


def _source_text(fn):
    filename = fn.__code__.co_filename
    text = "".join(linecache.getlines(filename, fn.__globals__))
    if not text:
        raise TypeError(f"cannot pickle `{fn.__qualname__}` by value: the source of "
                        f"{filename} is not available (penna compiles source)")
    return text


def _code_state(fn):
    return {
        "code": marshal.dumps(fn.__code__),
        "source": _source_text(fn),
        "name": fn.__name__,
        "qualname": fn.__qualname__,
        "module": fn.__module__,
        "doc": fn.__doc__,
        "defaults": fn.__defaults__,
        "kwdefaults": fn.__kwdefaults__,
        "ncells": len(fn.__closure__ or ()),
    }


def _source_file(filename, text):
    """The file name the rebuilt function's source is read under: its own,
    unless a different file of that name exists here. A file that does not
    exist gets its text registered with ``linecache`` (where penna looks
    for sources without a file), keeping the name, so that the disk cache's
    key, which covers the source's path and text, matches the sender's."""
    try:
        with open(filename, encoding="utf-8") as f:
            if f.read() == text:
                return filename
        name = f"{filename} (pickled)"
    except FileNotFoundError:
        name = filename
    except (OSError, UnicodeDecodeError):
        name = f"{filename} (pickled)"
    # mtime None: linecache.checkcache keeps the entry.
    linecache.cache[name] = (len(text), None, text.splitlines(True), name)
    return name


def _rebuild(make, options, state):
    code = marshal.loads(state["code"])
    filename = _source_file(code.co_filename, state["source"])
    if filename != code.co_filename:
        code = _rename(code, filename)
    g = {"__name__": state["module"], "__builtins__": __builtins__}
    cells = tuple(types.CellType() for _ in range(state["ncells"]))
    fn = types.FunctionType(code, g, state["name"], state["defaults"], cells or None)
    fn.__qualname__ = state["qualname"]
    fn.__kwdefaults__ = state["kwdefaults"]
    fn.__doc__ = state["doc"]
    fn.__module__ = state["module"]
    return make(fn, options)


def _rename(code, filename):
    consts = tuple(_rename(c, filename) if isinstance(c, types.CodeType) else c
                   for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def _finish(obj, later):
    globals_, closure, eager, signatures = later
    fn = obj.py_func
    for name, value in globals_.items():
        fn.__globals__[name] = importlib.import_module(value.name) if isinstance(value, _Module) else value
    for cell, value in zip(fn.__closure__ or (), closure):
        cell.cell_contents = value
    if signatures:
        eager(obj, signatures)
    return obj

