"""``python -m penna cache info|clear`` and ``python -m penna aot mymod.py -o build/``."""

import argparse
import sys

from . import cache


def _cache(args):
    if args.action == "clear":
        print(f"removed {cache.clear()} cached entries from {cache.directory()}")
    else:
        i = cache.info()
        state = "on" if i["enabled"] else "off (PENNA_CACHE=0)"
        print(f"directory: {i['directory']}\nentries:   {i['entries']}\n"
              f"size:      {i['bytes'] / 1e6:.1f} MB\ncaching:   {state}")
    return 0


def _aot(args):
    from . import aot
    from .errors import CompileError
    try:
        built = aot.build(args.module, args.output, args.name, args.cpu)
    except (aot.AotError, CompileError, TypeError) as e:
        print(f"penna aot: {e}", file=sys.stderr)
        return 1
    for line in built["signatures"]:
        print(f"  {line}")
    for kind in ("extension", "library", "header"):
        print(f"{kind + ':':11}{built[kind]}")
    return 0


def main(argv):
    parser = argparse.ArgumentParser(prog="python -m penna")
    commands = parser.add_subparsers(dest="command", required=True)
    c = commands.add_parser("cache", help="the disk cache of compiled code")
    c.add_argument("action", choices=("info", "clear"))
    c.set_defaults(run=_cache)
    a = commands.add_parser("aot", help="compile a module ahead of time (an extension that "
                                        "runs without penna, a C library and header)")
    a.add_argument("module", help="the Python file whose functions to compile")
    a.add_argument("-o", "--output", default="build", help="where to write (default: build)")
    a.add_argument("--name", help="the module's name (default: the file's)")
    a.add_argument("--cpu", default="host",
                   help="host (this machine's CPU, the default) or an LLVM CPU name such as "
                        "x86-64-v2 for machines that may have less")
    a.set_defaults(run=_aot)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
