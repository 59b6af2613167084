"""Composing rules into a parser: named, ordered, each step returning a new Parser."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from newsparse._document import Document
from newsparse._errors import UnknownRuleError, ensure_str
from newsparse._model import Article, Item, is_structural
from newsparse.lang import AUTO, resolve_language

__all__ = ["Parser", "Rule", "rule_name", "run_rule"]

Rule = Callable[[Document], Iterable[Item]]
"""A rule: any callable taking a :class:`Document` and returning items that have a ``span``."""


def rule_name(rule: Rule) -> str:
    """Return a rule's name: its ``name`` attribute, else its ``__name__``, else its class name."""
    name = getattr(rule, "name", None)
    if isinstance(name, str) and name:
        return name
    name = getattr(rule, "__name__", None)
    if isinstance(name, str) and name and name != "<lambda>":
        return name
    return type(rule).__name__


def run_rule(rule: Rule, document: Document, name: str | None = None) -> tuple[Item, ...]:
    """Run one rule on ``document`` and return its items, sorted, with claims respected.

    Structural items that overlap text an earlier rule claimed (or another structural item
    of the same rule) are dropped, so furniture never overlaps. An exception raised inside
    the rule gets a note naming it.
    """
    try:
        produced = list(rule(document))
    except Exception as exc:
        exc.add_note(f"raised inside newsparse rule {name or rule_name(rule)!r}")
        raise
    produced.sort(key=lambda i: (i.span.start, i.span.end))
    kept: list[Item] = []
    reach = -1  # end of the furthest structural item kept so far (items come sorted by start)
    for item in produced:
        if is_structural(item):
            start, end = item.span.start, item.span.end
            if start < reach or document.is_claimed(start, end):
                continue
            reach = max(reach, end)
        kept.append(item)
    return tuple(kept)


def _to_named(rules: Iterable[Rule | tuple[str, Rule]]) -> tuple[tuple[str, Rule], ...]:
    named: list[tuple[str, Rule]] = []
    for entry in rules:
        if isinstance(entry, tuple):
            name, rule = entry
        else:
            name, rule = rule_name(entry), entry
        if not callable(rule):
            raise TypeError(f"a rule must be callable, not {type(rule).__name__}")
        if any(n == name for n, _ in named):
            raise ValueError(f"two rules are named {name!r}: give one a different name")
        named.append((name, rule))
    return tuple(named)


@attrs.frozen(slots=True, init=False)
class Parser:
    """An ordered chain of named rules that turns article text into an :class:`Article`.

    Every method that changes the chain returns a new Parser; a Parser never changes.

    >>> import newsparse
    >>> p = newsparse.default_parser.without("quotes")
    >>> "quotes" in p.names, "quotes" in newsparse.default_parser.names
    (False, True)
    """

    rules: tuple[tuple[str, Rule], ...]
    """The ``(name, rule)`` pairs, in the order they run."""

    def __init__(self, rules: Iterable[Rule | tuple[str, Rule]] = ()) -> None:
        """Build a parser from rules (callables, or ``(name, rule)`` pairs), run in order."""
        self.__attrs_init__(_to_named(rules))

    @property
    def names(self) -> tuple[str, ...]:
        """The rule names, in the order they run."""
        return tuple(name for name, _ in self.rules)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __getitem__(self, name: str) -> Rule:
        """Return the rule called ``name``."""
        return self.rules[self._index(name)][1]

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self.rules):
            if n == name:
                return i
        raise UnknownRuleError(f"no rule named {name!r}; the rules are: {', '.join(self.names)}")

    def parse(self, text: str, language: str = AUTO) -> Article:
        """Run every rule over ``text`` and return the :class:`Article`.

        ``language`` is ``"auto"`` (detect among the registered languages, see
        :mod:`newsparse.lang`), a registered code such as ``"fr"`` to force one, or ``"und"``;
        an unknown code raises :class:`~newsparse.UnknownLanguageError`. The code used is
        ``article.language``. Raises ``TypeError`` for anything but a ``str``; any ``str`` parses.

        >>> import newsparse
        >>> newsparse.parse("Le maire a déclaré que le pont rouvrira en mars.").language
        'fr'
        """
        text = ensure_str(text)
        code = resolve_language(text, language)
        document = self.run(Document.from_text(text, code))
        return Article.from_items(text, document.items, language=code)

    def run(self, document: Document) -> Document:
        """Run every rule in turn and return the final document (with every item)."""
        for name, rule in self.rules:
            document = document.with_items(run_rule(rule, document, name))
        return document

    def __call__(self, document: Document) -> Iterable[Item]:
        """Use this whole parser as one rule of another parser."""
        before = set(map(id, document.items))
        return tuple(i for i in self.run(document).items if id(i) not in before)

    def with_rule(
        self,
        rule: Rule,
        *,
        name: str | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> Parser:
        """Return a new parser with ``rule`` added (at the end, or ``before=``/``after=`` a name)."""
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        entry = (name or rule_name(rule), rule)
        rules = list(self.rules)
        if before is not None:
            rules.insert(self._index(before), entry)
        elif after is not None:
            rules.insert(self._index(after) + 1, entry)
        else:
            rules.append(entry)
        return Parser(rules)

    def without(self, *names: str) -> Parser:
        """Return a new parser without the named rules."""
        for n in names:
            self._index(n)
        return Parser([(n, r) for n, r in self.rules if n not in names])

    def replace(self, name: str, rule: Rule) -> Parser:
        """Return a new parser with the rule called ``name`` swapped for ``rule`` (same name)."""
        i = self._index(name)
        rules = list(self.rules)
        rules[i] = (name, rule)
        return Parser(rules)
