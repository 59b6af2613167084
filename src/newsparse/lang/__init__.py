"""Languages: one vocabulary module per language, a registry, and detection.

Each built-in language is a module (``en``, ``fr``, ``es``, ``de``, ``pt``, ``it``, ``hi``, ``cs``)
holding one :class:`LanguageTables`; the registry loads them on first use (so that
``import newsparse`` stays cheap). ``parse(text, language="auto")`` detects among the
registered languages with :func:`detect_language`; text in no registered language is
``"und"`` (undetermined) and is read with the English tables, which is what newsparse did
before it knew other languages.

Adding a language is adding data:

>>> from newsparse.lang import LanguageTables, register_language, get_language, languages
>>> _ = register_language(LanguageTables("nl", "Dutch", function_words=("de", "het", "een", "van")),
...                       replace=True)
>>> "nl" in languages(), get_language("nl").name
(True, 'Dutch')
>>> unregister_language("nl")
"""

from __future__ import annotations

import functools
import importlib

from newsparse._errors import UnknownLanguageError
from newsparse.lang.tables import GENDERS, LanguageTables

__all__ = [
    "AUTO",
    "BUILTIN_LANGUAGES",
    "GENDERS",
    "UNDETERMINED",
    "LanguageTables",
    "detect_language",
    "extend_vocabulary",
    "get_language",
    "languages",
    "register_language",
    "resolve_language",
    "tables_for",
    "unregister_language",
]

AUTO = "auto"
"""The ``language=`` value that asks for detection (the default of ``parse``)."""

UNDETERMINED = "und"
"""The code (ISO 639-2 "undetermined") of text in no registered language; read with English tables."""

BUILTIN_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "de", "pt", "it", "hi", "cs")
"""The languages newsparse ships, in the order detection breaks ties."""

_REGISTRY: dict[str, LanguageTables] = {}
_loaded = False


def _ensure_builtins() -> None:
    # Built-in tables import the rule modules' data (English), and rule modules import the
    # Document, which imports this package: load them on first use, not at import time.
    global _loaded
    if _loaded:
        return
    for code in BUILTIN_LANGUAGES:
        module = importlib.import_module(f"newsparse.lang.{code}")
        _REGISTRY.setdefault(code, module.TABLES)
    _loaded = True


def register_language(tables: LanguageTables, *, replace: bool = False) -> LanguageTables:
    """Make ``tables`` known to detection and to ``parse(text, language=tables.code)``.

    The registry is process-wide (like a codec registry): register once, at start-up.
    Registering a code that is already known raises ``ValueError`` unless ``replace=True``
    (to swap in extended tables, e.g. ``attrs.evolve(get_language("fr"), ...)``).
    Returns ``tables``.
    """
    if not isinstance(tables, LanguageTables):
        raise TypeError(
            f"register_language takes a LanguageTables, not {type(tables).__name__}: "
            "build one with newsparse.lang.LanguageTables(code, name, ...)"
        )
    _ensure_builtins()
    if tables.code in _REGISTRY and not replace:
        raise ValueError(f"language {tables.code!r} is already registered: pass replace=True to swap it")
    _REGISTRY[tables.code] = tables
    _SCORERS.clear()
    return tables


def unregister_language(code: str) -> None:
    """Forget a registered language (built-ins too); an unknown code raises :class:`UnknownLanguageError`."""
    get_language(code)
    del _REGISTRY[code]
    _SCORERS.clear()


def languages() -> tuple[str, ...]:
    """The registered language codes, built-ins first, then in registration order.

    >>> languages()[:7]
    ('en', 'fr', 'es', 'de', 'pt', 'it', 'hi')
    """
    _ensure_builtins()
    return tuple(_REGISTRY)


def get_language(code: str) -> LanguageTables:
    """Return the tables registered for ``code``; raise :class:`UnknownLanguageError` if none.

    >>> get_language("fr").name
    'French'
    """
    if not isinstance(code, str):
        raise TypeError(f"a language code must be str, not {type(code).__name__}")
    _ensure_builtins()
    found = _REGISTRY.get(code)
    if found is None:
        raise UnknownLanguageError(
            f"no language {code!r} is registered; the languages are: {', '.join(_REGISTRY)} "
            f"(or {AUTO!r} to detect, {UNDETERMINED!r} for none): register one with "
            "newsparse.lang.register_language"
        )
    return found


def tables_for(code: str) -> LanguageTables:
    """The tables the rules read for ``code``: its own, or English for ``"und"``.

    >>> tables_for("und").code, tables_for("de").code
    ('en', 'de')
    """
    return get_language("en" if code == UNDETERMINED else code)


def resolve_language(text: str, language: str = AUTO) -> str:
    """Return the code ``parse`` uses: the detected one for ``"auto"``, else ``language`` checked.

    >>> resolve_language("Der Minister sagte, dass die Brücke bald wieder offen sei.")
    'de'
    >>> resolve_language("anything", "fr")
    'fr'
    """
    if not isinstance(language, str):
        raise TypeError(
            f"language must be str, not {type(language).__name__}: a code such as 'fr', or 'auto'"
        )
    if language == AUTO:
        return detect_language(text)
    if language != UNDETERMINED:
        get_language(language)
    return language


def extend_vocabulary(own: tuple[str, ...], extra: tuple[str, ...]) -> tuple[str, ...]:
    """Return ``own`` followed by the entries of ``extra`` it lacks: how a rule adds the
    document's tables to its own vocabulary field.

    ``own`` comes back unchanged (the same object) when ``extra`` adds nothing, as for English
    text, whose tables *are* the rules' default tuples, so caches keyed by the tuple keep
    hitting. Results are cached: a rule may call this per document.

    >>> extend_vocabulary(("said", "told"), ("dijo", "said"))
    ('said', 'told', 'dijo')
    >>> own = ("said",)
    >>> extend_vocabulary(own, ("said",)) is own
    True
    """
    if extra is own or not extra:
        return own
    out = _extended(own, extra)
    # the cache is keyed by value: an equal tuple cached earlier must not stand in for ``own``
    return own if len(out) == len(own) else out


@functools.lru_cache(maxsize=512)
def _extended(own: tuple[str, ...], extra: tuple[str, ...]) -> tuple[str, ...]:
    seen = set(own)
    added = tuple(w for w in dict.fromkeys(extra) if w not in seen)
    return own + added if added else own


from newsparse.lang.detect import _SCORERS, detect_language  # noqa: E402  (needs the registry above)
