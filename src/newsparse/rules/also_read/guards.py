"""Guards that drop "titles" under or after a label that are no linked story.

A label word (``Lire aussi``, ``Leia também``, ``Lesen Sie auch``) is often followed in a scrape by
what the page set next to it rather than by a headline: the site's section menu, a photo caption,
a call to action, a rights notice, a strip of topic tags, a byline, a stamp or a tag line. Each
guard is a cheap test on one title, run once per predicted item (never per line), with its words
kept as data in ``patterns``.
"""

from __future__ import annotations

from newsparse.rules.also_read import patterns as P
from newsparse.rules.also_read.text import _Lazy
from newsparse.rules.also_read.titles import _is_tag_list

# Separators between menu entries, read as spaces.
_MENU_SEPARATORS = str.maketrans(dict.fromkeys("|/·•,;:–—-", " "))
_MENU_JOINERS = frozenset(("e", "et", "y", "und", "&", "and"))
_MIN_MENU_ENTRIES = 2  # one section name alone is a kicker the sections module handles

_CREDIT = _Lazy(
    r"[\s.,;(|](?:"
    + "|".join(sorted(P.PHOTO_CREDIT_WORDS, key=len, reverse=True))
    + r")[ \t\u00a0]?+:"
    + r"|[./|][ \t\u00a0]{0,3}+(?:"
    + "|".join(sorted(P.PHOTO_AGENCIES, key=len, reverse=True))
    + r")[ \t\u00a0.)]{0,3}+$"
)


def is_section_menu(title: str) -> bool:
    """Whether every word of ``title`` is a section name (``Politik Wirtschaft Sport Kultur``,
    ``Política - Economía - Deportes``): a menu the scrape kept behind a label."""
    words = title.casefold().translate(_MENU_SEPARATORS).split()
    entries = [w for w in words if w not in _MENU_JOINERS]
    return len(entries) >= _MIN_MENU_ENTRIES and all(w in P.MENU_WORDS for w in entries)


def is_call_to_action(title: str) -> bool:
    """Whether ``title`` opens with a call to action (``Siga o nosso canal``, ``Recevez …``)."""
    low = title.casefold()
    return any(
        low.startswith(opener) and (len(low) == len(opener) or not low[len(opener)].isalpha())
        for opener in P.CALL_TO_ACTION_OPENERS
    )


def is_rights_notice(title: str) -> bool:
    """Whether ``title`` holds a rights notice (``Riproduzione riservata ©``)."""
    low = title.casefold()
    return any(mark in low for mark in P.RIGHTS_MARKS)


def is_photo_caption(title: str) -> bool:
    """Whether ``title`` is a caption with its credit (``… conferencia. Foto: EFE``, ``… le 3
    mars. AFP``)."""
    # Either alternative of the pattern needs a colon or an agency name at the very end: most
    # titles fail both literal tests, and the pattern is then never compiled (cold start).
    if ":" not in title and not title.rstrip(_CREDIT_TAIL).endswith(_AGENCIES):
        return False
    return _CREDIT.search(title) is not None


_CREDIT_TAIL = " \t\u00a0.)\n"  # what may follow the agency, and a final newline ``$`` allows
_AGENCIES = tuple(P.PHOTO_AGENCIES)


def is_byline(title: str) -> bool:
    """Whether ``title`` is a writer's credit (``Par Jeanne Martin et Paul Durand``, ``Di
    Redazione ANSA``): a byline word, then only capitalised words and joiners, eight at most."""
    words = title.replace(",", " ").split()
    if not 2 <= len(words) <= _MAX_BYLINE_WORDS or words[0] not in P.BYLINE_WORDS:
        return False
    return words[1][:1].isupper() and all(w[:1].isupper() or w in P.NAME_JOINERS for w in words[1:])


_MAX_BYLINE_WORDS = 8


def is_stamp_or_tags(title: str) -> bool:
    """Whether ``title`` is a publication stamp (``Publicado el 12 de marzo``) or a tag line
    (``Etiquetas: presupuesto, pleno``)."""
    low = title.casefold()
    # A bare address after a label stays: ``Read more: https://…`` is a link whose title is
    # the address (case ``also_read/url_only``).
    if low.startswith(P.STAMP_OPENERS):
        return True
    head, colon, _ = low.partition(":")
    return bool(colon) and head.strip() in P.TAG_LINE_WORDS


def is_social_follow(title: str) -> bool:
    """Whether ``title`` ends with a social handle (``Follow Lena on Twitter: @lenad``, ``Siga
    @jornal``): a follow plug under a list of links, not a story (round eight)."""
    # (Stripped of its trailing dots and brackets a title such as ``. .`` is empty: no handle.)
    words = title.rstrip(" .)").rsplit(None, 1)
    last = words[-1] if words else ""
    return len(last) > 1 and last[0] == "@" and last[1:].replace("_", "").replace(".", "").isalnum()


def is_comment_widget(title: str) -> bool:
    """Whether ``title`` is a comment form's button or heading (``Publier un nouveau commentaire``,
    ``Leave a comment``, ``Kommentar schreiben``): six words at most, a comment noun among them and
    a verb of writing or posting first or last."""
    words = title.casefold().rstrip(" .:!»>").split()
    if not 2 <= len(words) <= _MAX_WIDGET_WORDS or not any(w in P.COMMENT_NOUNS for w in words):
        return False
    return words[0] in P.COMMENT_WIDGET_VERBS or words[-1] in P.COMMENT_WIDGET_VERBS


_MAX_WIDGET_WORDS = 6


def is_site_name(title: str) -> bool:
    """Whether ``title`` is only the site a label named (``READ MORE ON EXAMPLE.COM`` read as the
    label ``READ MORE`` and the title ``ON EXAMPLE.COM``): a preposition and one domain."""
    words = title.split()
    if len(words) != _SITE_TITLE_WORDS or words[0].casefold() not in P.SITE_PREPOSITIONS:
        return False
    host, dot, tld = words[1].rstrip(".:/").rpartition(".")
    return bool(host and dot) and _TLD_MIN <= len(tld) <= _TLD_MAX and tld.isalpha()


_SITE_TITLE_WORDS = 2  # ``ON EXAMPLE.COM``
_TLD_MIN, _TLD_MAX = 2, 6  # ``.fr`` … ``.online``


def is_no_story(title: str) -> bool:
    """Whether a predicted title is page furniture rather than a linked story."""
    return (
        is_section_menu(title)
        or _is_tag_list(title)  # ``Mehr zum Thema`` / ``Inflation, Zinsen, EZB``: topic tags
        or is_call_to_action(title)
        or is_rights_notice(title)
        or is_photo_caption(title)
        or is_byline(title)
        or is_stamp_or_tags(title)
        or is_social_follow(title)
        or is_comment_widget(title)
        or is_site_name(title)
    )
