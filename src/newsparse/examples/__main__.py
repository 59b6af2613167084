"""``python -m newsparse.examples [NAME…]``: print the example paths, or the named examples' text."""

from __future__ import annotations

import sys

from newsparse.examples import names, path, read


def main(argv: list[str]) -> int:
    """Print every example's path (no arguments) or the text of each named example."""
    if not argv:
        print("\n".join(str(path(name)) for name in names()))
        return 0
    unknown = [name for name in argv if name not in names()]
    if unknown:
        print(f"unknown example(s): {', '.join(unknown)}; choose from {', '.join(names())}", file=sys.stderr)
        return 2
    for name in argv:
        sys.stdout.write(read(name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
