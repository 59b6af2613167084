"""A related headline or a caption standing alone between two story paragraphs (#9, s11).

Text extraction of a news page keeps what the page set inside the story's column: a link to
another story (``Europe starts to ease itself out of lockdown``) or a picture's caption
(``The presenter has also thrown her weight behind the campaign``), each a line of its own
between two paragraphs, with no sentence end. A subheading of the story (a crosshead) has the
same shape, so the shape alone decides nothing; three more kinds of evidence must agree:

- *no continuity*: none of the line's content words (four letters or more, no function word,
  or an acronym; compared by their first five letters) is in the paragraph under it, and at most one of them
  is in the paragraph above. A subheading announces what follows, so its words come back at
  once; another story's headline, or a caption, does not;
- *sentence case*: fewer than half of the line's words are capitalised (a title-case line is
  the house style of subheadings on many sites), it opens with no number, bullet, quote mark or
  label (``Read:``, ``Editorial |``) and holds no quotation;
- *no subheadings on the page*: a page whose other lines of the same shape do carry on into the
  paragraph under them sets subheadings in its stories, and a line with no continuity there is
  more likely one of them than a link.

Only English texts are read (the function words are English), and only the segments whose
length and last character fit the shape reach the word comparison.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse.rules.quotes.names import has_given_name
from newsparse.text.lazy import deferred_regex

__all__ = ["stray_headlines"]

Segments = list[tuple[int, int, int]]
Found = dict[tuple[int, int], str]

_CHARS = (30, 130)  # a headline's or a short caption's length
_WORDS = (6, 20)
_KEYS = 4  # content words, at least: a short line says too little to compare
_PARAGRAPH = 80  # a story paragraph around the line, at least this long
_TOP = 3  # segments above the story (headline, standfirst, byline) are left alone
_LABEL_WORDS = 3  # words before a colon that make the line a label's
_CAPS = 0.5  # a line with this share of capitalised words or more is in title case
_ABOVE = 1  # content words the paragraph above may share with the line
_STEM = 5  # words compared by their first letters (``lockdown``/``lockdowns``)
_TOPIC_SHARE = 0.25  # a word in this share of the story's paragraphs is its topic ...
_TOPIC_MIN = 4  # ... when they are this many at least
_LANGUAGES = frozenset(("en",))
_NOT_END = ".!?:;,…\"”’'-–—|/()"
_NOT_FIRST = "\"“‘'(-–—•*·[#"
_SENTENCE_END = (".", "!", "?")
_CLOSERS = "\"”’')»]"
_BULLET = "• "
_FUNCTION_WORDS = frozenset(
    (
        "that", "this", "with", "from", "have", "been", "were", "will", "would", "could",
        "should", "about", "after", "before", "their", "there", "these", "those", "which",
        "while", "what", "when", "where", "into", "over", "than", "them", "they", "also", "just",
        "more", "most", "some", "such", "only", "other", "said", "says", "like", "very", "your",
        "being", "does", "here", "many", "much", "even", "still", "against", "between", "under",
        "during", "because", "since", "until", "then", "once", "each", "every", "both", "whose",
    )
)  # fmt: skip
_WORD = deferred_regex(r"[\p{L}][\p{L}'’-]{0,40}")


def _keys(words: list[str]) -> set[str]:
    """The content words of ``words``, as their first letters in lower case; an acronym
    (``PBS``, ``EU``) counts however short it is."""
    return {
        w.lower()[:_STEM]
        for w in words
        if (len(w) >= 4 and w.lower() not in _FUNCTION_WORDS) or (len(w) >= 2 and w.isupper())
    }


def _prose(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a story paragraph: long, ending a sentence."""
    return e - s >= _PARAGRAPH and text[s:e].rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _shaped(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` has a stray headline's shape (cheap tests first)."""
    if text.startswith(_BULLET, s):
        s += len(_BULLET)  # a lone bullet between two paragraphs: one linked headline
    if not _CHARS[0] <= e - s <= _CHARS[1] or text[e - 1] in _NOT_END or text[s] in _NOT_FIRST:
        return False
    first = text[s]
    if not first.isupper() or "|" in text[s:e] or "“" in text[s:e] or '"' in text[s:e]:
        return False
    # A colon among the first three words labels a link (``Read:``, ``YOU MAY ALSO LIKE:``: the
    # also-read rule's) or names another story's writer (``Jane Roe: The case for …``); a
    # section's kicker in title case does not (``Market Watch: Lorry fire …``).
    colon = text.find(":", s, e)
    return colon < 0 or text.count(" ", s, colon) >= _LABEL_WORDS or _kicker(text[s:colon])


# Words a kicker (a site's series or section name before a linked headline's colon) holds in
# lower case; every other word is capitalised.
_KICKER_JOINERS = frozenset(("and", "&", "of", "the", "in", "on", "for", "to", "a", "vs.", "vs"))
_LABEL_HEADS = frozenset(("read", "also", "more", "see", "watch", "related", "listen", "video", "photos"))


def _kicker(head: str) -> bool:
    """Whether ``head`` (the words before a colon) is a kicker in title case, two or three words
    (``Blanket Coverage``, ``Cut and Run``), neither an also-read label (``Read More``) nor a
    person's name (``Jane Roe``, the writer of another story)."""
    words = head.split()
    if not 2 <= len(words) <= _LABEL_WORDS or words[0].lower() in _LABEL_HEADS or head.isupper():
        return False
    if not all(w[:1].isupper() or w.lower() in _KICKER_JOINERS for w in words):
        return False
    return not has_given_name(head)


def _topic_words(text: str, segments: Segments) -> frozenset[str]:
    """The story's topic names: capitalised content words (as :func:`_keys` gives them) found in at least
    :data:`_TOPIC_SHARE` of its paragraphs, and in :data:`_TOPIC_MIN` at least. A story about
    one person names them everywhere, so a headline naming them too shows no continuity
    (``Senator X …`` under a paragraph about Senator X: another story about X)."""
    counts: dict[str, int] = {}
    paragraphs = 0
    for _, s, e in segments:
        if _prose(text, s, e):
            paragraphs += 1
            # (Names only, capitalised inside the paragraph: a subheading's common nouns
            # carry on into its paragraph however often the story uses them.)
            names = [w for w in _WORD.findall(text, s, e)[1:] if w[0].isupper()]
            for key in _keys(names):
                counts[key] = counts.get(key, 0) + 1
    floor = max(_TOPIC_MIN, paragraphs * _TOPIC_SHARE)
    return frozenset(key for key, count in counts.items() if count >= floor)


def _evidence(
    text: str, segments: Segments, n: int, topic: frozenset[str] = frozenset()
) -> tuple[int, int, float] | None:
    """``(shared with the paragraph below, shared with the one above, share of capitalised
    words)`` for the line ``segments[n]``, or ``None`` when it is no candidate. The story's
    ``topic`` words are no evidence either way."""
    _, s, e = segments[n]
    words = _WORD.findall(text, s, e)
    if not _WORDS[0] <= len(words) <= _WORDS[1]:
        return None
    keys = _keys(words)
    if len(keys) < _KEYS:
        return None
    keys -= topic
    _, bs, be = segments[n + 1]
    _, as_, ae = segments[n - 1]
    below = len(keys & _keys(_WORD.findall(text, bs, be)))
    above = len(keys & _keys(_WORD.findall(text, as_, ae)))
    caps = sum(1 for w in words if w[0].isupper()) / len(words)
    return below, above, caps


def stray_headlines(
    text: str, segments: Segments, found: Found, code: str, is_credit: Callable[[str, int, int], bool]
) -> None:
    """Related headlines and captions standing alone between two story paragraphs, with no
    word in common with the paragraph under them, on a page that sets no subheadings:
    ``related_links``, each line one item. A paragraph around the line that is a credit or a
    line about the writer (``… contributed to this report.``: the bylines rule's) is no story
    paragraph."""
    if code not in _LANGUAGES or len(segments) < 2 * _TOP:
        return
    taken: list[tuple[int, int]] = []
    topic: frozenset[str] | None = None
    for n in range(_TOP, len(segments) - 1):
        _, s, e = segments[n]
        if (s, e) in found or not _shaped(text, s, e):
            continue
        ps, pe = segments[n - 1][1:]
        ns, ne = segments[n + 1][1:]
        if (ps, pe) in found or (ns, ne) in found or not (_prose(text, ps, pe) and _prose(text, ns, ne)):
            continue
        if is_credit(text, ps, pe) or is_credit(text, ns, ne):
            continue
        if topic is None:
            topic = _topic_words(text, segments)  # (once, for the first line that gets here)
        evidence = _evidence(text, segments, n, topic)
        if evidence is None:
            continue
        below, above, caps = evidence
        if below:
            return  # a subheading carrying on into its paragraph: the page sets subheadings
        if above <= _ABOVE and caps < _CAPS:
            taken.append((s, e))
    for key in taken:
        found[key] = "related_links"
