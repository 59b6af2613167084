"""Many texts at once: :func:`parse_many`, in this process or in a pool of worker processes.

Like spaCy's ``nlp.pipe``: an iterator over the results, in input order, that reads its input
lazily. With ``jobs > 1`` each worker builds its parser and warms it (compiles the lazy
patterns) once, when it starts; texts travel to the workers in chunks and come back as
plain :func:`~newsparse.to_dict` dicts, which are cheap to pickle, then are rebuilt here
with :func:`~newsparse.from_dict`. A text that fails (not a ``str``, or a custom rule that
raises) gives a :class:`ParseFailure` in its place; the run goes on. ``language`` is passed to
every parse, here and in the workers.
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import contextlib
import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsparse._errors import UnknownLanguageError
from newsparse._model import Article
from newsparse._parser import Parser
from newsparse._serialize import from_dict, to_dict
from newsparse.lang import AUTO, UNDETERMINED, get_language

__all__ = ["ParseFailure", "parse_many"]

# Parsed once per worker: enough furniture, a tweet and quotes that every rule compiles
# what it compiles lazily before the first real text arrives.
_WARM_UP_TEXT = (
    "Harbour Ferries Resume After Storm\n"
    "By Mira Lund\n"
    "Updated: Nov 21, 2025, 10:20 IST\n"
    "OSLO, Nov 21 (Reuters) - Operators said fares would rise.\n"
    '"We are glad to be back," said captain Ines Moreau.\n'
    "Fares go up today https://t.co/AbC123 #ferry\n"
    "— Harbour Desk (@harbourdesk) November 21, 2025\n"
    "View this post on Instagram\n"
    "(Photo: PTI)\n"
    "Also Read: Bridge tolls frozen for winter\n"
    "Download our app for more"
)


@attrs.frozen(slots=True)
class ParseFailure:
    """What :func:`parse_many` yields in place of an article whose text could not be parsed."""

    index: int
    """The position of the text in the input."""
    error: str
    """The exception, as ``"TypeError: text must be str, not int"``."""

    @classmethod
    def of(cls, index: int, exc: BaseException) -> ParseFailure:
        """Describe ``exc`` (raised for the text at ``index``) in plain, picklable strings."""
        return cls(index, f"{type(exc).__name__}: {exc}")


def _default_parser() -> Parser:
    from newsparse._defaults import default_parser  # here: _defaults imports every rule

    return default_parser


def _parse_one(parser: Parser, index: int, text: object, language: str) -> Article | ParseFailure:
    try:
        return parser.parse(text, language)  # type: ignore[arg-type]  # a non-str raises the usual TypeError
    except Exception as exc:  # one bad text must not stop a corpus run
        return ParseFailure.of(index, exc)


# ---------------------------------------------------------------------------
# The worker side
# ---------------------------------------------------------------------------

_worker_parser: Parser | None = None
_worker_language: str = AUTO
# Set when the forced language is unknown in this worker: every text fails with it.
_worker_language_error: str | None = None


def _init_worker(parser: Parser | None, language: str = AUTO) -> None:
    """Pool initializer: build this worker's parser once, check its language and warm it up."""
    global _worker_parser, _worker_language, _worker_language_error
    _worker_parser = parser if parser is not None else _default_parser()
    _worker_language = language
    _worker_language_error = _missing_in_worker(language)
    # A user rule that fails here fails again on each text, where it is reported. Warming
    # up in the forced language compiles that language's patterns too.
    with contextlib.suppress(Exception):
        _worker_parser.parse(_WARM_UP_TEXT, language if _worker_language_error is None else AUTO)


def _missing_in_worker(language: str) -> str | None:
    """Explain a forced language that the caller has but this worker has not, else ``None``.

    The caller checked the code, so it was registered there; a forked worker inherits the
    registry, a spawned one (macOS, Windows) starts with the built-ins and what it imports.
    """
    if language in (AUTO, UNDETERMINED):
        return None
    try:
        get_language(language)
    except UnknownLanguageError:
        return (
            f"UnknownLanguageError: language {language!r} is registered in the calling process but "
            "not in this worker process (started by spawn or forkserver, not fork): register it at "
            "import time in a module the workers import, e.g. the one defining your parser's rules "
            "(see docs/languages.md)"
        )
    return None


def _parse_chunk(start: int, texts: list[object]) -> list[dict[str, Any] | ParseFailure]:
    if _worker_language_error is not None:
        return [ParseFailure(start + offset, _worker_language_error) for offset in range(len(texts))]
    parser = _worker_parser if _worker_parser is not None else _default_parser()
    out: list[dict[str, Any] | ParseFailure] = []
    for offset, text in enumerate(texts):
        result = _parse_one(parser, start + offset, text, _worker_language)
        if isinstance(result, ParseFailure):
            out.append(result)
            continue
        try:
            out.append(to_dict(result))
        except Exception as exc:  # e.g. a user item that is not an attrs class
            out.append(ParseFailure.of(start + offset, exc))
    return out


# ---------------------------------------------------------------------------
# The caller side
# ---------------------------------------------------------------------------


def _check_jobs(jobs: object) -> int:
    if not isinstance(jobs, int) or isinstance(jobs, bool):
        raise TypeError(f"jobs must be int, not {type(jobs).__name__}: e.g. jobs=2, or -1 for every CPU")
    if jobs == -1:
        return os.cpu_count() or 1
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1 (or -1 for every CPU), not {jobs}")
    return jobs


def _check_chunksize(chunksize: object) -> int:
    if not isinstance(chunksize, int) or isinstance(chunksize, bool):
        raise TypeError(f"chunksize must be int, not {type(chunksize).__name__}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    return chunksize


def _check_language(language: object) -> str:
    """Check ``language`` once, before any text is read: a code, ``"auto"`` or ``"und"``."""
    if not isinstance(language, str):
        raise TypeError(
            f"language must be str, not {type(language).__name__}: a code such as 'fr', or 'auto'"
        )
    if language not in (AUTO, UNDETERMINED):
        get_language(language)  # raises UnknownLanguageError, naming the registered codes
    return language


def _chunks(texts: Iterable[object], size: int) -> Iterator[tuple[int, list[object]]]:
    it = iter(texts)
    start = 0
    while chunk := list(itertools.islice(it, size)):
        yield start, chunk
        start += len(chunk)


def iter_dicts(
    texts: Iterable[object], jobs: int, parser: Parser | None, chunksize: int, language: str = AUTO
) -> Iterator[dict[str, Any] | ParseFailure]:
    """Yield each text's :func:`to_dict` output (or its failure) in order, from a pool of ``jobs``.

    Every text is parsed with ``language`` (checked by the caller). At most two chunks per
    worker are in flight, so the input is read lazily and memory stays bounded however long
    it is.
    """
    with cf.ProcessPoolExecutor(
        max_workers=jobs, initializer=_init_worker, initargs=(parser, language)
    ) as pool:
        pending: collections.deque[cf.Future[list[dict[str, Any] | ParseFailure]]] = collections.deque()
        for start, chunk in _chunks(texts, chunksize):
            pending.append(pool.submit(_parse_chunk, start, chunk))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _rebuild(result: dict[str, Any] | ParseFailure) -> Article | ParseFailure:
    return result if isinstance(result, ParseFailure) else from_dict(result)


def parse_many(
    texts: Iterable[str],
    jobs: int = 1,
    parser: Parser | None = None,
    chunksize: int = 32,
    language: str = AUTO,
) -> Iterator[Article | ParseFailure]:
    """Parse every text in ``texts``; yield one :class:`Article` per text, in input order.

    ``jobs`` is the number of worker processes (``1``: parse here, no pool; ``-1``: one per
    CPU). ``parser`` defaults to :data:`newsparse.default_parser`; with ``jobs > 1`` it must
    be picklable where processes are spawned rather than forked (macOS, Windows). Texts go
    to the workers ``chunksize`` at a time. A text that cannot be parsed yields a
    :class:`ParseFailure` with its index in its place, and the run goes on.

    With a pool, articles cross the process boundary as :func:`~newsparse.to_dict` dicts,
    so ``extras`` of your own item classes are left out (:func:`~newsparse.from_dict` does
    not know their classes); parse in this process (``jobs=1``) to keep them.

    ``language`` is passed to every parse (see :meth:`Parser.parse`): ``"auto"`` detects
    each text's language, a registered code such as ``"fr"`` forces it, ``"und"`` reads every
    text with the English tables. It is checked before any text is read: an unknown code
    raises :class:`~newsparse.UnknownLanguageError`. A language you registered yourself
    reaches forked workers (Linux) with the rest of the process; spawned ones (macOS,
    Windows) see only what they import, so register it at import time in a module they
    import (the one defining your parser's rules), else each text fails with a message
    saying so.

    >>> import newsparse
    >>> results = list(newsparse.parse_many(["Read more: Tides and the moon", 42]))
    >>> results[0].also_read[0].title.text
    'Tides and the moon'
    >>> results[1]
    ParseFailure(index=1, error='TypeError: text must be str, not int')
    >>> [a.language for a in newsparse.parse_many(["The mayor said so."], language="fr")]
    ['fr']
    """
    workers = _check_jobs(jobs)
    size = _check_chunksize(chunksize)
    code = _check_language(language)
    if parser is not None and not isinstance(parser, Parser):
        raise TypeError(f"parser must be a newsparse.Parser, not {type(parser).__name__}")
    if isinstance(texts, str | bytes):
        raise TypeError("texts must be an iterable of str, not one text: wrap it, e.g. [text]")
    if workers == 1:
        chosen = parser if parser is not None else _default_parser()
        return (_parse_one(chosen, i, text, code) for i, text in enumerate(texts))
    return (_rebuild(r) for r in iter_dicts(texts, workers, parser, size, code))
