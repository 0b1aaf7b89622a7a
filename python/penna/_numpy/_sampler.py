"""Generated sampling functions: one row per plain distribution.

``define(namespace, label, name, params, draw, ...)`` writes the source of
``def name(params..., size=None)``: the ``checks`` (raised as ValueError
first), then one ``draw`` (an expression of the parameters) when ``size``
is None, else a new array of ``size`` draws filled in C order, as NumPy
fills it. The source is registered with ``linecache`` under
``<penna label.name>``, so penna's errors can show it, and the function is
compiled with ``@jit`` into ``namespace`` (the module's globals, which the
draw expression's names resolve in). ``define_float`` does the same for a
sampler with ``dtype=np.float64`` or ``np.float32``.
"""

import linecache

from .. import jit


def _compile(namespace, label, name, lines):
    text = "\n".join(lines) + "\n"
    filename = f"<penna {label}.{name}>"
    linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
    exec(compile(text, filename, "exec"), namespace)
    namespace[name] = jit(namespace[name])


def define(namespace, label, name, params, draw, dtype="np.float64", checks=()):
    lines = [f"def {name}({params + ', ' if params else ''}size=None):"]
    for condition, message in checks:
        lines += [f"    if {condition}:", f"        raise ValueError({message!r})"]
    lines += [
        "    if size is None:",
        f"        return {draw}",
        f"    out = np.empty(size, dtype={dtype})",
        "    flat = out.ravel()",
        "    for i in range(flat.size):",
        f"        flat[i] = {draw}",
        "    return out",
    ]
    _compile(namespace, label, name, lines)


def define_float(namespace, label, name, params, draw64, draw32):
    """``def name(params..., size=None, dtype=np.float64)``: float64 draws
    ``draw64`` or float32 draws ``draw32`` (``Generator.random`` and the
    other samplers with a ``dtype=``)."""
    lines = [
        f"def {name}({params}, size=None, dtype=np.float64):",
        "    if dtype != np.float64 and dtype != np.float32:",
        f"        raise TypeError('Unsupported dtype for {name} (float64 or float32)')",
        "    if size is None:",
        "        if dtype == np.float32:",
        f"            return {draw32}",
        "        else:",
        f"            return {draw64}",
        "    out = np.empty(size, dtype=dtype)",
        "    flat = out.ravel()",
        "    if dtype == np.float32:",
        "        for i in range(flat.size):",
        f"            flat[i] = {draw32}",
        "    else:",
        "        for i in range(flat.size):",
        f"            flat[i] = {draw64}",
        "    return out",
    ]
    _compile(namespace, label, name, lines)
