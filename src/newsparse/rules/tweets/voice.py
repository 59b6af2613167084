"""A post's voice in any language: the first person, and a script the article does not write in.

The stages that walk up from a signature take a paragraph above a post's first one only when it
carries a post's marks. Two marks hold beyond English: the poster speaking as ``I``/``we`` or to
``you`` in the article's language (``मैं``, ``हूँ``, ``nous``, ``wir``), and a paragraph written
in a script the article's language does not use (a Telugu greeting opening a post quoted in an
English article): an article's own paragraphs are in its own script, a post quoted whole is in
the poster's.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["FIRST_PERSON_WORDS", "foreign_script", "speaks_as_self"]

# Words of the first person (and of addressing the reader) per language code, besides English
# (:data:`~newsparse.rules.tweets.patterns.FIRST_PERSON`). Only forms that are not also common
# third-person or article words: German ``Sie`` and ``ihr`` are left out (they are ``they``/``her``),
# and Hindi ``आप``, which headlines use for greetings ("आप सभी को …") and which names a party.
FIRST_PERSON_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("je", "j'", "j’", "moi", "nous", "notre", "nos", "mon", "ma", "mes", "vous", "votre", "vos"),
    "es": ("yo", "nosotros", "nosotras", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "os"),
    "de": ("ich", "wir", "mein", "meine", "unser", "unsere", "unseren", "uns", "mich", "mir", "euch"),
    "pt": ("eu", "nós", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas", "comigo"),
    "it": ("io", "noi", "mio", "mia", "miei", "mie", "nostro", "nostra", "nostri", "nostre"),
    "hi": (
        "मैं",
        "मेरा",
        "मेरी",
        "मेरे",
        "मुझे",
        "हम",
        "हमारा",
        "हमारी",
        "हमारे",
        "हमें",
        "हूँ",
        "हूं",
    ),
}
# The share of a paragraph's letters outside the article's scripts that makes it foreign.
_FOREIGN_SHARE = 0.5
# Fewer letters than this say nothing about a paragraph's script (a name, an acronym).
_MIN_LETTERS = 8


@functools.lru_cache(maxsize=16)
def _first_person(language: str) -> regex.Pattern[str] | None:
    """The first-person words of ``language`` as one pattern (whole words), or ``None``."""
    words = FIRST_PERSON_WORDS.get(language)
    if not words:
        return None
    # Elided forms ("j'") end in an apostrophe: they need no word end after them.
    alternatives = "|".join(regex.escape(w) + ("" if w[-1] in "'’" else r"(?!\w)") for w in words)
    return regex.compile(rf"(?i)(?<!\w)(?:{alternatives})")


def speaks_as_self(line: str, language: str) -> bool:
    """Whether ``line`` speaks in the first person (or to ``you``) in the article's ``language``.

    >>> speaks_as_self("यही कामना करता हूँ।", "hi"), speaks_as_self("Le maire a parlé.", "fr")
    (True, False)
    """
    pattern = _first_person(language)
    return pattern is not None and pattern.search(line) is not None


@functools.lru_cache(maxsize=16)
def _foreign_letters(scripts: tuple[str, ...]) -> regex.Pattern[str]:
    """A letter in none of ``scripts``."""
    own = "".join(rf"\p{{Script={s}}}" for s in scripts)
    return regex.compile(rf"[^\P{{L}}{own}]")


def foreign_script(line: str, scripts: tuple[str, ...]) -> bool:
    """Whether most of the letters of ``line`` are in none of the article's ``scripts``.

    >>> foreign_script("ధన్యవాదాలు మిత్రులారా! కలిసి ముందుకు.", ("Latin",))
    True
    >>> foreign_script("Thanks to all of you, friends!", ("Latin",))
    False
    """
    letters = sum(ch.isalpha() for ch in line)  # a short line, seldom weighed
    if letters < _MIN_LETTERS or not scripts:
        return False
    return len(_foreign_letters(scripts).findall(line)) > letters * _FOREIGN_SHARE
