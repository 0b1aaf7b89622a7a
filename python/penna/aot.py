"""Modules compiled ahead of time: ``python -m penna aot mymod.py -o build/``.

The replacement for Numba's ``pycc``. The functions of ``mymod.py`` that carry
explicit signatures (``@penna.jit("float64(float64[:])")``), or those a
module-level ``__penna_export__`` names (a list of names, or a dict from name
to a signature or a list of them), are compiled to object code and linked
with penna's runtime (``penna/_aot/libpenna_aot.a``: the CPU runtime and the
CPython glue, no LLVM) into

- ``build/mymod.<ext-suffix>``: a CPython extension module that imports and
  runs without penna (NumPy is all it needs), one callable per function that
  tries its signatures in order;
- ``build/libmymod.so`` and ``build/mymod.h``: the same functions for C, one
  C function per signature (those whose types C can spell: numbers and arrays).

A C compiler (``$CC``, else ``cc``) links them, as ``pycc`` needed one.

Functions compiled ahead of time take and return numbers, NumPy arrays, tuples
of them and ``None``. User exception classes are imported from their module
when raised; where that module is gone they raise ``RuntimeError`` naming the
class.
"""

import importlib.machinery
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import _native

# Runtime functions the C library exports besides the module's own.
_C_HELPERS = ("penna_error_message", "penna_error_class", "penna_release",
              "penna_allocation_stats")


class AotError(Exception):
    """The module could not be compiled ahead of time."""


def runtime_library():
    """The static library modules link (``PENNA_AOT_RUNTIME`` overrides)."""
    path = Path(os.environ.get("PENNA_AOT_RUNTIME")
                or Path(__file__).parent / "_aot" / "libpenna_aot.a")
    if not path.is_file():
        raise AotError(f"penna's ahead-of-time runtime {path} is missing: this penna was built "
                       f"without it (scripts/setup.sh and scripts/wheel.sh build it)")
    return path


def _load(path):
    name = Path(path).stem
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None:
        raise AotError(f"cannot load {path} as a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _signatures(dispatcher):
    recipe = dispatcher._recipe
    return list(recipe[2] or ()) if recipe else []


def exports(module):
    """``[(name, dispatcher, [signature, ...])]`` of ``module``."""
    chosen = getattr(module, "__penna_export__", None)
    if chosen is None:
        found = []
        for name, obj in vars(module).items():
            if isinstance(obj, _native.Dispatcher) and getattr(obj.py_func, "__module__", None) \
                    == module.__name__ and _signatures(obj):
                found.append((name, obj, _signatures(obj)))
        return found
    items = chosen.items() if isinstance(chosen, dict) else ((k, None) for k in chosen)
    found = []
    for name, sigs in items:
        obj = getattr(module, name, None)
        if not isinstance(obj, _native.Dispatcher):
            raise AotError(f"__penna_export__ names `{name}`, which is not a @penna.jit function")
        sigs = [sigs] if isinstance(sigs, str) else list(sigs or _signatures(obj))
        if not sigs:
            raise AotError(f"`{name}` has no signature: give one, as "
                           f"@penna.jit(\"float64(float64[:])\") or in __penna_export__")
        found.append((name, obj, sigs))
    return found


def _c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _c_name(text):
    return re.sub(r"\W", "_", text)


_C_KEYWORDS = {"auto", "break", "case", "char", "const", "continue", "default", "do",
               "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline",
               "int", "long", "register", "restrict", "return", "short", "signed", "sizeof",
               "static", "struct", "switch", "typedef", "union", "unsigned", "void",
               "volatile", "while", "bool", "result", "error", "args", "local"}


class _Compiled:
    def __init__(self, name, index, symbol, signature, params, ret, nogil, doc, arg_names):
        self.name, self.index, self.symbol, self.nogil = name, index, symbol, nogil
        self.signature, self.params, self.ret, self.doc = signature, params, ret, doc
        self.arg_names = [n + "_" if n in _C_KEYWORDS else n for n in arg_names]

    @property
    def local(self):
        return f"entry_{_c_name(self.symbol)}"


_C_TYPES = """#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What a call that raised fills in; penna_error_message renders it. */
typedef struct penna_exception {
    uint32_t kind; uint32_t nargs; const uint8_t *message; uint64_t message_len;
    int64_t args[3]; uint64_t stack_limit;
} penna_exception;
"""


def _array_struct(ndim):
    return (f"typedef struct penna_array{ndim} {{ void *meminfo; void *data; "
            f"int64_t shape[{ndim}]; int64_t strides[{ndim}]; }} penna_array{ndim};\n")


def _c_function(module, f, overloaded):
    """The C declaration and definition of one signature, or None."""
    if f.ret is None or any(p is None or p == "void" for p in f.params):
        return None
    name = f"{module}_{f.name}" + (f"_{f.index}" if overloaded else "")
    params = [f"const {p} *{a}" if p.startswith("penna_array") else f"{p} {a}"
              for p, a in zip(f.params, f.arg_names)]
    if f.ret != "void":
        params.append(f"{f.ret} *result")
    params.append("penna_exception *error")
    decl = f"int32_t {name}({', '.join(params)})"
    args = ", ".join(f"(void *){a}" if p.startswith("penna_array") else f"(void *)&{a}"
                     for p, a in zip(f.params, f.arg_names)) or "0"
    result = "(void *)result" if f.ret != "void" else "(void *)0"
    body = (f"{decl} {{\n    penna_exception local = {{0}};\n"
            f"    if (!error) error = &local;\n    error->stack_limit = 0;\n"
            f"    void *args[] = {{{args}}};\n"
            f"    return {f.local}(args, {result}, error);\n}}\n")
    return decl, body


def _write_sources(work, module, doc, compiled, exceptions):
    entries = "".join(
        f'extern int32_t {f.local}(void **, void *, void *) __asm__("{f.symbol}");\n'
        for f in compiled)
    rows = "".join(
        f"    {{{_c_string(f.name)}, {_c_string(f.signature)}, "
        f"{_c_string(f.doc) if f.doc else '0'}, {f.local}, {int(f.nogil)}}},\n"
        for f in compiled)
    exc_rows = "".join(f"    {{{code}u, {_c_string(cls)}}},\n" for code, cls in exceptions)
    py = f"""/* Generated by `python -m penna aot`: the module `{module}`. */
#include <stddef.h>
#include <stdint.h>
{entries}
typedef struct {{ const char *name, *signature, *doc; void *entry; int nogil; }} penna_aot_function;
typedef struct {{ uint32_t code; const char *cls; }} penna_aot_exception;
extern void *penna_aot_module(const char *, const char *, const penna_aot_function *, size_t,
                              const penna_aot_exception *, size_t);
static const penna_aot_function functions[] = {{
{rows}}};
static const penna_aot_exception exceptions[] = {{
{exc_rows}    {{0u, 0}}
}};
__attribute__((visibility("default"))) void *PyInit_{module}(void) {{
    return penna_aot_module({_c_string(module)}, {_c_string(doc) if doc else '0'}, functions,
                            {len(compiled)}, exceptions, {len(exceptions)});
}}
"""
    names = [f.name for f in compiled]
    ndims = sorted({int(p[len("penna_array"):]) for f in compiled
                    for p in f.params + [f.ret] if p and p.startswith("penna_array")})
    header = [f"/* Generated by `python -m penna aot`: the functions of `{module}` for C.\n"
              f" * Each returns 0, or 1 when the function raised: `error` then says what\n"
              f" * (penna_error_class, penna_error_message). Arrays are descriptors with\n"
              f" * shape and strides (in bytes); an array a function returns holds a\n"
              f" * reference the caller drops with penna_release(result.meminfo). */\n"
              f"#ifndef PENNA_AOT_{module.upper()}_H\n#define PENNA_AOT_{module.upper()}_H\n",
              _C_TYPES, "#ifdef __cplusplus\nextern \"C\" {\n#endif\n"] + [_array_struct(n) for n in ndims]
    header.append("\nconst char *penna_error_class(uint32_t kind);\n"
                  "size_t penna_error_message(const penna_exception *error, char *buf, "
                  "size_t size);\nvoid penna_release(void *meminfo);\n"
                  "void penna_allocation_stats(uint64_t *allocated, uint64_t *freed);\n\n")
    c_source = [f'/* Generated by `python -m penna aot`. */\n#include "{module}.h"\n', entries,
                "typedef struct { uint32_t code; const char *cls; } penna_aot_exception;\n"
                "extern void penna_aot_exceptions(const penna_aot_exception *, size_t);\n"
                f"static const penna_aot_exception exceptions[] = {{\n{exc_rows}    {{0u, 0}}\n}};\n"
                "__attribute__((constructor)) static void register_exceptions(void) {\n"
                f"    penna_aot_exceptions(exceptions, {len(exceptions)});\n}}\n"]
    exported = []
    for f in compiled:
        made = _c_function(module, f, names.count(f.name) > 1)
        if made is None:
            header.append(f"/* {f.name}: {f.signature}: only from Python (C has no such types) */\n")
            continue
        decl, body = made
        header.append(f"/* {f.signature} */\n{decl};\n")
        c_source.append(body)
        exported.append(decl.split("(")[0].split()[-1])
    header.append("\n#ifdef __cplusplus\n}\n#endif\n#endif\n")
    (work / f"{module}_py.c").write_text(py)
    (work / f"{module}.h").write_text("".join(header))
    (work / f"{module}_c.c").write_text("".join(c_source))
    return exported


def _link(cc, output, sources, objects, runtime, exported, work):
    script = work / (output.name + ".map")
    script.write_text("{ global: " + "".join(f"{s}; " for s in exported) + "local: *; };\n")
    undefined = [f"-Wl,-u,{s}" for s in exported if s in _C_HELPERS]
    command = [cc, "-shared", "-fPIC", "-O2", f"-I{work}", "-o", str(output), *map(str, sources),
               *map(str, objects), *undefined, str(runtime), "-Wl,--gc-sections",
               f"-Wl,--version-script={script}", "-lm", "-lpthread", "-ldl"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise AotError(f"linking {output.name} failed:\n{' '.join(command)}\n{done.stderr}")
    nm = shutil.which("nm")
    if nm:
        listed = subprocess.run([nm, "-D", "--undefined-only", str(output)],
                                capture_output=True, text=True).stdout
        missing = [line.split()[-1] for line in listed.splitlines()
                   if line.split() and line.split()[-1].startswith("penna_")]
        if missing:
            raise AotError(f"{output.name} needs runtime functions penna's runtime does not "
                           f"export (a penna bug): {', '.join(missing)}")


def build(path, output="build", name=None, cpu="host", cc=None):
    """Compiles the module at ``path``; returns the paths written:
    ``{"extension": ..., "library": ..., "header": ...}``."""
    if not Path(path).is_file():
        raise AotError(f"{path}: no such file")
    runtime = runtime_library()
    cc = cc or os.environ.get("CC") or "cc"
    if shutil.which(cc) is None:
        raise AotError(f"penna aot needs a C compiler to link: `{cc}` was not found (set CC)")
    module = _load(path)
    name = name or module.__name__
    if not name.isidentifier():
        raise AotError(f"`{name}` is not a valid module name (give one with --name)")
    found = exports(module)
    if not found:
        raise AotError(f"{path} has no function to export: decorate functions with "
                       f"@penna.jit(\"<signature>\") or list them in __penna_export__")
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="penna-aot-") as tmp:
        work = Path(tmp)
        compiled, objects = [], []
        for fname, dispatcher, signatures in found:
            for i, sig in enumerate(signatures):
                symbol_module = f"penna_aot_{name}_{_c_name(fname)}_{i}"
                obj, entry, signature, params, ret, nogil = _native._aot_compile(
                    dispatcher, sig, symbol_module, cpu)
                objects.append(work / f"{symbol_module}.o")
                objects[-1].write_bytes(obj)
                code = dispatcher.py_func.__code__
                compiled.append(_Compiled(fname, i, entry, signature, params, ret, nogil,
                                          dispatcher.py_func.__doc__,
                                          code.co_varnames[:code.co_argcount]))
        exported = _write_sources(work, name, module.__doc__, compiled,
                                  _native._registered_exceptions())
        suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
        extension = output / f"{name}{suffix}"
        library = output / f"lib{name}.so"
        _link(cc, extension, [work / f"{name}_py.c"], objects, runtime,
              [f"PyInit_{name}"], work)
        _link(cc, library, [work / f"{name}_c.c"], objects, runtime,
              exported + list(_C_HELPERS), work)
        header = output / f"{name}.h"
        shutil.copyfile(work / f"{name}.h", header)
    return {"extension": extension, "library": library, "header": header,
            "functions": sorted({f.name for f in compiled}),
            "signatures": [f"{f.name}: {f.signature}" for f in compiled]}
