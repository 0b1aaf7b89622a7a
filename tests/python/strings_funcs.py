"""Functions on strings for `test_strings.py`, compiled by penna and run by
CPython (`fn.py_func`) for comparison."""

import penna
from penna import types


@penna.jit
def basics(s):
    return len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s[-3:], s[:100], s * 2, 3 * s


@penna.jit
def compare(a, b):
    return a == b, a != b, a < b, a <= b, a > b, a >= b, a in b, a not in b


@penna.jit
def concat(a, b):
    s = a
    s += "-"
    s += b
    return s + "!"


@penna.jit
def convert(s):
    return int(s) * 2, float(s) / 4


@penna.jit
def to_text(i, x, b):
    return str(i), str(x), str(b), repr("a'b"), str("same")


@penna.jit
def fstrings(name, i, x):
    return (
        f"{name}: {i} {x}",
        f"[{i:5d}] [{i:<5}] [{i:^7}] [{i:05}] [{i:x}] [{i:#X}] [{i:b}] [{i:,}] [{i:+d}]",
        f"[{x:.3f}] [{x:10.2f}] [{x:e}] [{x:.2e}] [{x:g}] [{x:.1%}] [{x:,.2f}] [{x:<12.4f}|]",
        f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}] [{name:.2}] [{name!r}]",
        f"{i=} {x=:.1f} {{literal}}",
    )


@penna.jit
def methods(s):
    return (
        s.upper(),
        s.lower(),
        s.strip(),
        s.lstrip(),
        s.rstrip(),
        s.strip(" a"),
        s.title(),
        s.capitalize(),
        s.swapcase(),
        s.find("b"),
        s.find("b", 4),
        s.rfind("b"),
        s.count("a"),
        s.replace("a", "xy"),
        s.replace("a", "", 1),
        s.startswith(" a"),
        s.endswith("c "),
        s.zfill(12),
        s.center(15, "*"),
        s.ljust(12),
        s.rjust(12, "."),
    )


@penna.jit
def predicates(s):
    return (
        s.isdigit(),
        s.isalpha(),
        s.isalnum(),
        s.isspace(),
        s.isupper(),
        s.islower(),
        s.istitle(),
        s.isidentifier(),
        s.isascii(),
    )


@penna.jit
def splitting(s):
    return s.split(), s.split(","), s.split(",", 1), s.splitlines(), "|".join(s.split(","))


@penna.jit
def chars(s):
    out = []
    for c in s:
        out.append(ord(c))
    return out, chr(out[0]) if out else ""


@penna.jit
def word_counts(text):
    d = {}
    for w in text.split():
        d[w] = d.get(w, 0) + 1
    return d


@penna.jit
def sorted_words(text):
    words = [w.lower() for w in text.split() if w.isalpha()]
    words.sort()
    return words, min(words), max(words), sorted(set(words))


@penna.jit
def tokens(text):
    out = []
    word = ""
    for c in text:
        if c.isalnum():
            word += c
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


@penna.jit
def join_list(words):
    return ", ".join(words)


@penna.jit
def check_index(i, n):
    if i < 0 or i >= n:
        raise IndexError(f"index {i} is out of bounds for length {n}")
    return i


@penna.jit
def check_value(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    if x > 100:
        raise ValueError(f"too large: {x:.1f}")
    return x


@penna.jit
def check_key(d, k):
    if k not in d:
        raise KeyError(k)
    return d[k]


@penna.jit
def check_assert(x):
    assert x > 0, f"x must be positive, got {x}"
    return x


@penna.jit
def bad_int(s):
    return int(s)


@penna.jit
def bad_float(s):
    return float(s)


@penna.jit
def get_char(s, i):
    return s[i]


@penna.jit
def show(s, x):
    print(s, x, (s, x), f"{x:.2f}", sep=" | ")


@penna.jit
def truthy(s):
    if s:
        return "yes"
    return "no"


@penna.jit
def optional_name(flag):
    name = None
    if flag:
        name = "set"
    if name is None:
        return "none"
    return name


@penna.jit
def format_method(name, i, x):
    return (
        "{} has {} items".format(name, i),
        "{0}-{1}-{0}".format(name, i),
        "{n}: {v:.2f} {n!r}".format(n=name, v=x),
        "{:>6}|{:<4d}|{{}}".format(name, i),
    )


GREETING = "hello"


@penna.jit
def global_string(name):
    return GREETING + ", " + name


@penna.jit
def typed_through_module(n):
    d = penna.typed.Dict.empty(types.unicode_type, types.int64)
    total = 0
    for i in range(n):
        d[str(i)] = i
        total += d[str(i)]
    return len(d), total


@penna.jit
def percent_format(n, x, name):
    return ("%d items" % n, "%5.2f|%-6d|%06.1f" % (x, n, x), "%s: %r" % (name, name),
            "%x %X %#o %e %g %%" % (n, n, n, x, x), "%+d % d" % (n, n), "%10s|%-10s|" % (name, name),
            "%.3s" % name, "{braces} %i" % n, "%c" % 65, "%s %s" % (x, n))


@penna.jit
def percent_too_few(n):
    return "%d %d" % (n,)


@penna.jit
def percent_mapping(n):
    return "%(x)s" % n


@penna.jit
def affixes(words):
    out = []
    for w in words:
        out.append((w.startswith(("#", "//")), w.endswith((".py", ".rs", "")), w.startswith(("x",))))
    n = 0
    i = 0
    while i < len(words) and not words[i].endswith(("!", "?")):
        n += 1
        i += 1
    return out, n, [w for w in words if w.startswith(("a", "b"))]
