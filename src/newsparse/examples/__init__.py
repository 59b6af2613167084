"""The example articles shipped with newsparse, for trying it without a corpus of your own.

They are plain-text articles written for newsparse in the shapes real scraped articles have
(a wire story, an Indian agency story with tweets, a one-line scrape, a UK tabloid page …).

>>> from newsparse import examples
>>> "wire_story" in examples.names()
True
>>> text = examples.read("wire_story")
>>> text == examples.path("wire_story").read_text(encoding="utf-8")
True

From the shell, ``python -m newsparse.examples`` prints the path of every example (pass names
to print their text instead), so ``newsparse $(python -m newsparse.examples)`` parses them all.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["names", "path", "read"]

_SUFFIX = ".txt"


def _folder() -> Path:
    # The package is a plain directory in every install (wheel, editable or source tree), so
    # its files have real paths that the CLI can open.
    return Path(str(resources.files(__name__)))


def names() -> tuple[str, ...]:
    """Return the names of the example articles, sorted (``"clean_feature"``, ``"wire_story"`` …)."""
    return tuple(sorted(p.name.removesuffix(_SUFFIX) for p in _folder().glob("*" + _SUFFIX)))


def path(name: str) -> Path:
    """Return the file path of the example article ``name`` (one of :func:`names`).

    Raises ``TypeError`` for a non-``str`` name and ``KeyError`` for an unknown one.
    """
    if not isinstance(name, str):
        raise TypeError(f"an example name is a str such as 'wire_story', not {type(name).__name__}")
    if name not in names():
        raise KeyError(f"no example article {name!r}; choose from {', '.join(names())}")
    return _folder() / (name + _SUFFIX)


def read(name: str) -> str:
    """Return the text of the example article ``name`` (one of :func:`names`)."""
    # Read bytes and decode so that "\r\n" or a lone "\r" in an example would be kept as written.
    return path(name).read_bytes().decode("utf-8")
