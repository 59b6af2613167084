"""A rule from a user's own pattern, guarded by the ``regex`` module's ``timeout=``.

A pattern written for one site ("Sponsored by …", "Click here to subscribe") is the quickest
way to extend newsparse, and also the easiest way to bring a corpus job to a halt: one nested
repeat that backtracks on a long line can run for hours. :class:`PatternRule` matches line by
line over the text no earlier rule claimed, with a time limit on every search, and turns a
``TimeoutError`` into a :class:`~newsparse.RuleTimeoutError` that names the rule and the line.

>>> from newsparse import Parser, PatternRule
>>> rule = PatternRule("sponsor", r"(?i)^sponsored by [^\\n]{1,80}$", kind="ad")
>>> [(b.kind, b.text) for b in Parser([rule]).parse("The bridge reopened.\\nSponsored by Acme").boilerplate]
[('ad', 'Sponsored by Acme')]
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import attrs
import regex

from newsparse._document import Document
from newsparse._errors import RuleTimeoutError, ensure_str
from newsparse._model import BOILERPLATE_KINDS, Boilerplate, Item, Span

__all__ = ["PatternRule"]


@functools.lru_cache(maxsize=256)  # a rule is built once and run on every document
def _compile(pattern: str) -> regex.Pattern[str]:
    # MULTILINE so that ^ and $ mean the line's start and end, as users expect line patterns to.
    return regex.compile(pattern, regex.MULTILINE)


def _check_pattern(_: object, __: attrs.Attribute[str], value: str) -> None:
    _compile(ensure_str(value, "pattern"))  # a bad pattern fails when the rule is built


def _check_kind(_: object, __: attrs.Attribute[str], value: str) -> None:
    if value not in BOILERPLATE_KINDS:
        raise ValueError(f"kind must be one of {sorted(BOILERPLATE_KINDS)}, not {value!r}")


def _check_timeout(_: object, __: attrs.Attribute[float], value: float) -> None:
    if not isinstance(value, int | float) or isinstance(value, bool) or not value > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {value!r}")


@attrs.frozen(slots=True)
class PatternRule:
    """Items for every match of a user's pattern on text no earlier rule claimed.

    Matching runs line by line (a match never crosses a line break; ``^`` and ``$`` are the
    line's ends) over the unclaimed stretches of each line, and each search may take at most
    ``timeout`` seconds; past that, :class:`~newsparse.RuleTimeoutError` (a ``TimeoutError``)
    names the rule. Empty matches are skipped.
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The rule's name in a :class:`~newsparse.Parser` (and in a timeout error)."""
    pattern: str = attrs.field(validator=_check_pattern)
    """A ``regex`` pattern (inline flags such as ``(?i)`` allowed), matched per line."""
    kind: str = attrs.field(default="other", kw_only=True, validator=_check_kind)
    """The :class:`~newsparse.Boilerplate` kind of each match (one of ``BOILERPLATE_KINDS``)."""
    make: Callable[[Span], Item] | None = attrs.field(default=None, kw_only=True)
    """Build another item from each match's span instead (an ``AlsoRead``, your own type)."""
    timeout: float = attrs.field(default=0.5, kw_only=True, validator=_check_timeout)
    """Seconds one search on one line may take before the rule gives up."""

    def __call__(self, document: Document) -> Iterator[Item]:
        """Yield an item for each match on the unclaimed text of ``document``, in text order."""
        compiled = _compile(self.pattern)
        for number, line in enumerate(document.lines, start=1):
            if line.start == line.end:
                continue
            for stretch in document.unclaimed_ranges(line.start, line.end):
                yield from self._matches(compiled, document.text, stretch, number)

    def _matches(self, compiled: regex.Pattern[str], text: str, stretch: Span, number: int) -> Iterator[Item]:
        try:
            for m in compiled.finditer(text, stretch.start, stretch.end, timeout=self.timeout):
                if m.end() > m.start():
                    span = Span.of(text, m.start(), m.end())
                    yield self.make(span) if self.make is not None else Boilerplate(span, kind=self.kind)
        except TimeoutError as exc:
            raise RuleTimeoutError(self.name, number, self.timeout) from exc
