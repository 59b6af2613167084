"""Every public entry point that takes text raises the documented TypeError for a non-str.

The table is found, not written: it walks ``newsparse.__all__`` and picks every function,
method and callable instance with a parameter annotated ``str`` that holds text (``text``,
``s``, ``source``), so a new public function cannot forget the check.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Iterator

import pytest

import newsparse
from newsparse import NewsparseError, UnknownRuleError

TEXT_PARAMS = frozenset({"text", "s", "source"})

# Entry points whose check lives in a file another change owns; strict xfail so that the day
# the check lands, the marker must go.
PENDING: dict[str, str] = {}

# Entry points in _document.py, which the pre-pass rewrite owns: they must stay in the table.
MUST_BE_FOUND = frozenset({"split_lines", "Document.from_text", "parse", "parse_date", "Parser.parse"})

BAD_VALUES = [
    pytest.param(b"x", ("bytes", "decode", "data.decode('utf-8')"), id="bytes"),
    pytest.param(bytearray(b"x"), ("bytearray", "decode", "data.decode('utf-8')"), id="bytearray"),
    pytest.param(None, ("NoneType",), id="None"),
    pytest.param(42, ("int",), id="int"),
    pytest.param(["x"], ("list",), id="list"),
]


def _text_param(fn: Callable[..., object]) -> str | None:
    try:
        hints = typing.get_type_hints(fn)
    except (NameError, TypeError):
        return None
    for name, hint in hints.items():
        if name in TEXT_PARAMS and hint is str:
            return name
    return None


def _members(name: str, obj: object) -> Iterator[tuple[str, Callable[..., object]]]:
    if inspect.isclass(obj):
        for attr, member in inspect.getmembers(obj):
            if (not attr.startswith("_") or attr == "__call__") and callable(member):
                yield f"{name}.{attr}", member
    elif callable(obj):
        yield name, obj
        if not inspect.isfunction(obj) and not inspect.ismethod(obj):
            for attr, member in inspect.getmembers(obj):
                if not attr.startswith("_") and callable(member):
                    yield f"{type(obj).__name__}.{attr}", member


def text_entry_points() -> dict[str, tuple[Callable[..., object], str]]:
    """``{qualified name: (callable, text parameter)}`` for every public text-taking callable."""
    found: dict[str, tuple[Callable[..., object], str]] = {}
    for name in newsparse.__all__:
        for qualname, fn in _members(name, getattr(newsparse, name)):
            param = _text_param(fn)
            if param is not None:
                found.setdefault(qualname, (fn, param))
    return found


ENTRY_POINTS = text_entry_points()


def _call(qualname: str, fn: Callable[..., object], param: str, value: object) -> object:
    cls = getattr(newsparse, qualname.split(".")[0], None)
    if inspect.isclass(cls) and inspect.isfunction(fn) and "self" in inspect.signature(fn).parameters:
        fn = getattr(_instance(cls), fn.__name__)  # an unbound method: call it on an instance
    sig = inspect.signature(fn)
    args: dict[str, object] = {}
    for p in sig.parameters.values():
        if p.name == param:
            args[p.name] = value
        elif p.default is inspect.Parameter.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            args[p.name] = _filler(p.name)
    return fn(**args)


def _instance(cls: type) -> object:
    if cls is newsparse.Span:
        return newsparse.Span.of("x", 0, 1)
    if cls is newsparse.Parser:
        return newsparse.default_parser
    return cls()


def _filler(name: str) -> object:
    # Valid values for the other required parameters, so only the text argument is wrong.
    return {"start": 0, "end": 1, "items": ()}.get(name, "x")


def _params() -> list[object]:
    out: list[object] = []
    for qualname in sorted(ENTRY_POINTS):
        marks = []
        if qualname in PENDING:
            marks.append(pytest.mark.xfail(strict=True, reason=PENDING[qualname]))
        out.append(pytest.param(qualname, marks=marks, id=qualname))
    return out


def test_the_walk_finds_the_known_entry_points() -> None:
    assert set(ENTRY_POINTS) >= MUST_BE_FOUND, sorted(MUST_BE_FOUND - set(ENTRY_POINTS))
    assert len(ENTRY_POINTS) >= 20  # every find_* function, parse_headline, split_*, tweet_entities


@pytest.mark.parametrize("qualname", _params())
@pytest.mark.parametrize(("value", "advice"), BAD_VALUES)
def test_non_str_raises_type_error_with_advice(qualname: str, value: object, advice: tuple[str, ...]) -> None:
    fn, param = ENTRY_POINTS[qualname]
    with pytest.raises(TypeError) as info:
        _call(qualname, fn, param, value)
    message = str(info.value)
    assert "must be str" in message, message
    for word in advice:
        assert word in message, message


@pytest.mark.parametrize("qualname", sorted(ENTRY_POINTS))
def test_a_str_is_accepted(qualname: str) -> None:
    fn, param = ENTRY_POINTS[qualname]
    _call(qualname, fn, param, "x")  # the same call with a str raises nothing


def test_library_errors_share_a_base_and_their_builtin() -> None:
    assert issubclass(UnknownRuleError, NewsparseError) and issubclass(UnknownRuleError, KeyError)
    with pytest.raises(NewsparseError):
        newsparse.default_parser.without("no-such-rule")
