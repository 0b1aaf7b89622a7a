"""``python -m penna cache info`` / ``python -m penna cache clear``."""

import sys

from . import cache


def main(argv):
    if len(argv) == 2 and argv[0] == "cache" and argv[1] in ("info", "clear"):
        if argv[1] == "clear":
            print(f"removed {cache.clear()} cached entries from {cache.directory()}")
        else:
            i = cache.info()
            state = "on" if i["enabled"] else "off (PENNA_CACHE=0)"
            print(f"directory: {i['directory']}\nentries:   {i['entries']}\n"
                  f"size:      {i['bytes'] / 1e6:.1f} MB\ncaching:   {state}")
        return 0
    print("usage: python -m penna cache info|clear", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
