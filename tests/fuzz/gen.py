"""Random well-typed programs in penna's supported subset.

`program(rng)` returns the source of a module defining `f(x, y, k, a, b)` and
the arguments to call it with. Every variable keeps one type class (int,
float or bool), so CPython and penna agree on what each operation means:

- integers stay small (every integer assignment is reduced `% MOD`), so
  CPython's unbounded ints and penna's int64 agree without emulating wrapping;
- divisors are made nonzero (`(d | 1)`), shift counts small (`& 7`), array
  indices in range (`i % n`, `n >= 1`), math domains valid (`sqrt(abs(.))`);
- floats are float64 only (float32 scalars promote differently in NumPy 2
  and Numba, which penna follows); arrays are float64 and int64, 1-D and 2-D.

Programs cover scalars, loops (`range` with any step sign, `while`), branches,
early returns, tuples, math, integer and bitwise operators, array reads and
writes, array expressions, reductions, slicing, and (in `parallel` programs)
`prange` reductions.
"""

import random

MOD = 1000003
INT_OPS = ["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"]
FLOAT_OPS = ["+", "-", "*", "/"]
CMP_OPS = ["<", "<=", ">", ">=", "==", "!="]
FLOAT_FNS = ["math.sin({})", "math.cos({})", "math.tanh({})", "math.sqrt(abs({}))", "math.exp(min({}, 30.0))",
             "math.log(abs({}) + 1.0)", "math.floor({})", "abs({})", "math.atan({})", "math.fabs({})"]
ARRAY_FNS = ["np.sqrt(np.abs({}))", "np.sin({})", "np.abs({})", "np.exp(np.minimum({}, 20.0))", "np.floor({})"]
REDUCTIONS = ["{}.sum()", "{}.max()", "{}.min()", "np.mean({})", "np.prod({} * 0.01)", "{}.std()"]


class Gen:
    def __init__(self, rng, parallel):
        self.rng = rng
        self.parallel = parallel
        self.vars = {"int": ["k"], "float": ["x", "y"], "bool": []}
        self.counter = 0
        self.depth = 0
        # `while` counters: read, never reassigned (the loop must end).
        self.frozen = set()

    def fresh(self, kind):
        self.counter += 1
        name = f"{kind[0]}{self.counter}"
        return name

    # Expressions ---------------------------------------------------------
    def int_leaf(self):
        r = self.rng.random()
        if r < 0.35:
            return str(self.rng.randint(-20, 20))
        if r < 0.5:
            return f"b[{self.int_index('b')}]"
        if r < 0.55:
            return "a.shape[0]"
        return self.rng.choice(self.vars["int"])

    def int_index(self, arr):
        return f"({self.int_expr(1)}) % {arr}.shape[0]"

    def int_expr(self, depth=2):
        if depth <= 0 or self.rng.random() < 0.3:
            return self.int_leaf()
        op = self.rng.choice(INT_OPS)
        lhs, rhs = self.int_expr(depth - 1), self.int_expr(depth - 1)
        if op in ("//", "%"):
            return f"({lhs} {op} (({rhs}) | 1))"
        if op in ("<<", ">>"):
            return f"(({lhs}) {op} (({rhs}) & 7))"
        if op == "*":
            return f"(({lhs}) % 4099 * (({rhs}) % 4099))"
        r = self.rng.random()
        if r < 0.05:
            return f"int({self.float_expr(depth - 1)} % 1000.0)"
        if r < 0.1:
            return f"min({lhs}, {rhs})"
        if r < 0.15:
            return f"max({lhs}, {rhs})"
        if r < 0.2:
            return f"abs({lhs})"
        if r < 0.25:
            return f"({lhs} if {self.bool_expr(1)} else {rhs})"
        return f"({lhs} {op} {rhs})"

    def float_leaf(self):
        r = self.rng.random()
        if r < 0.3:
            return repr(round(self.rng.uniform(-10, 10), 3))
        if r < 0.5:
            return f"a[{self.int_index('a')}]"
        if r < 0.55 and self.vars["int"]:
            return f"float({self.rng.choice(self.vars['int'])})"
        return self.rng.choice(self.vars["float"])

    def float_expr(self, depth=2):
        if depth <= 0 or self.rng.random() < 0.3:
            return self.float_leaf()
        r = self.rng.random()
        if r < 0.2:
            return self.rng.choice(FLOAT_FNS).format(self.float_expr(depth - 1))
        if r < 0.25:
            return f"({self.float_expr(depth - 1)} + {self.int_expr(depth - 1)})"
        if r < 0.3:
            return f"min({self.float_expr(depth - 1)}, {self.float_expr(depth - 1)})"
        if r < 0.35:
            return f"max({self.float_expr(depth - 1)}, {self.float_expr(depth - 1)})"
        if r < 0.4:
            return f"({self.float_expr(depth - 1)} if {self.bool_expr(1)} else {self.float_expr(depth - 1)})"
        if r < 0.45:
            return self.rng.choice(REDUCTIONS).format(self.array_expr(depth - 1))
        op = self.rng.choice(FLOAT_OPS)
        lhs, rhs = self.float_expr(depth - 1), self.float_expr(depth - 1)
        if op == "/":
            return f"({lhs} / (abs({rhs}) + 0.5))"
        return f"({lhs} {op} {rhs})"

    def bool_expr(self, depth=1):
        r = self.rng.random()
        if r < 0.4:
            return f"({self.int_expr(depth)} {self.rng.choice(CMP_OPS)} {self.int_expr(depth)})"
        if r < 0.7:
            return f"({self.float_expr(depth)} {self.rng.choice(CMP_OPS[:4])} {self.float_expr(depth)})"
        if r < 0.8 and self.vars["bool"]:
            return self.rng.choice(self.vars["bool"])
        if r < 0.9 and depth > 0:
            op = self.rng.choice(["and", "or"])
            return f"({self.bool_expr(depth - 1)} {op} {self.bool_expr(depth - 1)})"
        return f"(not {self.bool_expr(0) if depth > 0 else 'True'})"

    def array_expr(self, depth=1):
        """A float64 array expression the shape of `a` (or a slice of it)."""
        r = self.rng.random()
        if depth <= 0 or r < 0.25:
            return self.rng.choice(["a", "a[::-1]", "(a * 1.5)", "(b * 0.5)"])
        if r < 0.45:
            return self.rng.choice(ARRAY_FNS).format(self.array_expr(depth - 1))
        if r < 0.55:
            return f"np.where(a > {self.float_expr(0)}, {self.array_expr(depth - 1)}, {self.float_expr(0)})"
        op = self.rng.choice(["+", "-", "*"])
        rhs = self.float_expr(0) if self.rng.random() < 0.5 else self.array_expr(depth - 1)
        return f"({self.array_expr(depth - 1)} {op} {rhs})"

    # Statements ----------------------------------------------------------
    def assign(self, out, indent):
        kind = self.rng.choice(["int", "int", "float", "float", "bool"])
        free = [v for v in self.vars[kind] if v not in self.frozen]
        reuse = free and self.rng.random() < 0.4 and kind != "bool"
        name = self.rng.choice(free) if reuse else self.fresh(kind)
        if kind == "int":
            value = f"({self.int_expr()}) % {MOD}"
        elif kind == "float":
            value = self.float_expr()
        else:
            value = self.bool_expr()
        if kind == "int" and reuse and self.rng.random() < 0.3:
            out.append(f"{indent}{name} = ({name} + {self.int_expr(1)}) % {MOD}")
        else:
            out.append(f"{indent}{name} = {value}")
        if not reuse:
            self.vars[kind].append(name)

    def statement(self, out, indent):
        r = self.rng.random()
        if self.depth >= 2 or r < 0.45:
            return self.assign(out, indent)
        self.depth += 1
        saved = {k: list(v) for k, v in self.vars.items()}
        if r < 0.6:
            out.append(f"{indent}if {self.bool_expr()}:")
            self.block(out, indent + "    ")
            if self.rng.random() < 0.5:
                out.append(f"{indent}else:")
                self.block(out, indent + "    ")
        elif r < 0.78:
            i = self.fresh("int")
            lo, hi = self.rng.randint(-5, 5), self.rng.randint(-5, 12)
            step = self.rng.choice([1, 1, 2, 3, -1, -2])
            bound = self.rng.choice([f"{hi}", "a.shape[0]", f"min(a.shape[0], {hi})"])
            out.append(f"{indent}for {i} in range({lo}, {bound}, {step}):")
            self.vars["int"].append(i)
            self.block(out, indent + "    ")
            if self.rng.random() < 0.2:
                out.append(f"{indent}    if {self.bool_expr(0)}:")
                out.append(f"{indent}        {self.rng.choice(['break', 'continue'])}")
        elif r < 0.86:
            j = self.fresh("int")
            out.append(f"{indent}{j} = 0")
            out.append(f"{indent}while {j} < {self.rng.randint(0, 6)}:")
            out.append(f"{indent}    {j} += 1")
            self.vars["int"].append(j)
            self.frozen.add(j)
            self.block(out, indent + "    ")
        elif r < 0.93:
            out.append(f"{indent}if {self.bool_expr()}:")
            out.append(f"{indent}    return {self.result()}")
        else:
            i = self.fresh("int")
            out.append(f"{indent}for {i} in range(a.shape[0]):")
            out.append(f"{indent}    a[{i}] = {self.float_expr(1)}")
            self.vars["int"].append(i)
        self.vars = saved
        self.depth -= 1

    def block(self, out, indent):
        for _ in range(self.rng.randint(1, 3)):
            self.statement(out, indent)

    def result(self):
        return f"({self.int_expr(1)}, {self.float_expr(1)}, {self.bool_expr(0)})"

    def parallel_loop(self, out):
        """A prange loop with one reduction per kind, over `a` and `b`."""
        s, t, m = self.fresh("float"), self.fresh("int"), self.fresh("float")
        out.append(f"    {s} = 0.0")
        out.append(f"    {t} = 0")
        out.append(f"    {m} = -1e300")
        out.append("    for i in prange(a.shape[0]):")
        saved = list(self.vars["int"])
        self.vars["int"].append("i")
        out.append(f"        {s} += {self.float_expr(1)}")
        out.append(f"        {t} += ({self.int_expr(1)}) % 97")
        out.append(f"        {m} = max({m}, {self.float_expr(1)})")
        self.vars["int"] = saved
        self.vars["float"] += [s, m]
        self.vars["int"].append(t)

    def function(self):
        out = ["def f(x, y, k, a, b):"]
        if self.parallel:
            self.parallel_loop(out)
        for _ in range(self.rng.randint(2, 7)):
            self.statement(out, "    ")
        out.append(f"    return {self.result()}")
        return out


def program(seed):
    """(source, args, parallel) of the program numbered `seed`."""
    rng = random.Random(seed)
    parallel = rng.random() < 0.2
    g = Gen(rng, parallel)
    body = g.function()
    decorator = "@penna.jit(parallel=True)" if parallel else "@penna.jit"
    header = ["import math", "import numpy as np", "import penna", "from penna import prange", "", "", decorator]
    src = "\n".join(header + body) + "\n"
    n = rng.randint(1, 9)
    args = {
        "x": round(rng.uniform(-5, 5), 3),
        "y": rng.choice([0.0, -0.0, 1.0, round(rng.uniform(-100, 100), 2)]),
        "k": rng.randint(-50, 50),
        "a": [round(rng.uniform(-10, 10), 2) for _ in range(n)],
        "b": [rng.randint(-30, 30) for _ in range(rng.randint(1, 9))],
    }
    return src, args, parallel
