"""Plugs the whole-line tables miss for what wraps them (#9, ninth round).

* **An interjection before a plug.** A page's channel or newsletter plug often opens with a
  cheer the tables do not know (``Exciting news! The Ledger is now on WhatsApp Channels.
  Subscribe today … Click here!``): the line's first sentence is one to three words ending in
  ``!``, and the rest of the line matches a plug pattern (app, newsletter or follow). The
  whole line is that plug. So is a plug after a purpose clause and a comma (``For more news,
  join our Telegram channel``, ``For the full story and more photos, subscribe now …``), the
  clause opening with a word of :data:`~newsparse.rules.boilerplate.patterns.PLUG_LEADS`. A story
  line opening with an exclamation (``Fire! The crowd ran …``) or a clause (``For years,
  readers …``) goes on with no plug and stays story.
* **A subscription offer's benefits, its header lost.** Under a paywall prompt the page lists
  what a subscriber gets as bullets (``- Ad-free reading on every device``, ``- Unlimited
  access to all our content``); scrapes often drop the prompt and keep the bullets inside the
  story. A run of two or more short bullet lines, two of them at least (and half the run)
  naming a subscriber's benefit (:data:`~newsparse.rules.boilerplate.patterns.BENEFIT_PHRASES`),
  is one footer. A story's bullet points name no such benefit and stay story.

>>> text = "The bridge reopens on Friday.\\n- Ad-free reading\\n- Unlimited access to every story\\nMore."
>>> found: dict[tuple[int, int], str] = {}
>>> segments = [(0, 0, 29), (1, 30, 47), (2, 48, 81), (3, 82, 87)]
>>> benefit_bullets(text, segments, found)
>>> [text[s:e] for s, e in sorted(found)]
['- Ad-free reading', '- Unlimited access to every story']
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse.rules.boilerplate import patterns as BP
from newsparse.text.lazy import deferred_regex

__all__ = ["benefit_bullets", "interjected_plug"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_INTERJECTION = 24  # the longest cheer before a plug (``Exciting news!``, ``Don't miss out!``)
_CHEER_WORDS = 3  # and its most words
# Kinds of plug a cheer may open: a line a cheer opens before a copyright or share line is not
# the page's plug of a channel or a newsletter.
_LEAD = 60  # the longest purpose clause before a plug (``For the full story and more photos,``)
_LEAD_WORDS = 8
_PLUG_KINDS = frozenset(("app_promo", "newsletter", "social_follow"))
# What may follow the ``!`` before the plug: closing quotes, an emoji, blanks.
_AFTER_CHEER = "\"”’' \t\u00a0"


def _is_word(word: str) -> bool:
    """Whether ``word`` is letters only, an apostrophe aside (``Don't``)."""
    return word.replace("'", "").replace("’", "").isalpha()


def _is_emoji(ch: str) -> bool:
    """Whether ``ch`` is a symbol after a cheer (an emoji): not ASCII, no letter or digit."""
    return not ch.isascii() and not ch.isalnum()


def interjected_plug(
    kind_of: Callable[[str, bool], str | None], text: str, s: int, e: int, floating: bool
) -> str | None:
    """The plug kind of the line ``text[s:e]`` when it is a cheer and a plug, else ``None``.

    Costs one ``str.find`` on a line with no ``!`` near its start (most lines)."""
    if not text[s].isupper():
        return None
    bang = text.find("!", s, min(e, s + _INTERJECTION))
    if bang >= 0:
        words = text[s:bang].split()
        if not 1 <= len(words) <= _CHEER_WORDS or not all(map(_is_word, words)):
            return None
    else:
        # A purpose clause before a comma (``For more news, join our Telegram channel``).
        bang = text.find(",", s, min(e, s + _LEAD))
        if bang < 0:
            return None
        words = text[s:bang].split()
        if words[0].lower() not in BP.PLUG_LEADS or len(words) > _LEAD_WORDS or not all(map(_is_word, words)):
            return None
    rest = bang + 1
    while rest < e and (text[rest] in _AFTER_CHEER or _is_emoji(text[rest])):
        rest += 1  # closing marks and an emoji after the cheer
    if rest >= e or rest == bang + 1:
        return None  # no blank after the cheer: ``Yahoo!News`` is a name
    kind = kind_of(text[rest:e], floating)
    return kind if kind in _PLUG_KINDS else None


_BULLETS = "-–—•*·▸►✓✔"
_BULLET_MAX = 90  # a benefit bullet is a short line
_BENEFIT = deferred_regex(BP.BENEFIT_PHRASES, flags=0)


def _is_bullet(text: str, s: int, e: int) -> bool:
    return text[s] in _BULLETS and e - s <= _BULLET_MAX


def benefit_bullets(text: str, segments: Segments, found: Found) -> None:
    """Runs of short bullet lines that list a subscription's benefits: one footer (kind
    ``"newsletter"``, the offer's), when two of their lines at least, and half of them, name a
    benefit."""
    n_seg = len(segments)
    n = 0
    while n < n_seg:
        _, s, e = segments[n]
        if not _is_bullet(text, s, e):
            n += 1
            continue
        k = n
        while k < n_seg and _is_bullet(text, *segments[k][1:]) and segments[k][1:] not in found:
            k += 1
        run = segments[n:k]
        if len(run) >= 2:
            named = sum(_BENEFIT.search(text, bs, be) is not None for _, bs, be in run)
            if named >= 2 and 2 * named >= len(run):
                for _, bs, be in run:
                    found[(bs, be)] = "newsletter"
        n = max(k, n + 1)
