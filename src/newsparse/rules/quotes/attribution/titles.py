"""Quoted titles, nicknames and mentions: marks around a name, not around speech.

:func:`title_or_nickname` tells ``the thriller "Deep Water"``, ``Sam "Sledge" Hollister`` or
``a trend dubbed “quiet quitting”`` from a quotation; :func:`title_cased` reads a quote's words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes.phrases import _bare, _ends_punct, _is_cap, _tokens

if TYPE_CHECKING:
    from newsparse.rules.quotes.marks import Segment
    from newsparse.rules.quotes.state import State


def title_or_nickname(st: State, seg: Segment, cstart: int, cend: int, qend: int) -> bool:
    """``the thriller "Deep Water",`` / ``Sam "Sledge" Hollister``: a title or nickname, not a quote."""
    text = st.text
    content = text[cstart:cend]
    if title_cased(content):
        return True
    if _scare_lead(text, seg.open) and len(content) <= 40 and content[-1:] not in ".!?…":
        return True
    if len(content) <= _NAME_CHARS and known_as_after(text, qend):
        return True  # 'in halls, or “dorms” as they are known in the US': a name, said by no one
    if len(content) <= _TITLE_CHARS and _title_lead(text, seg.open):
        return True  # 'an article titled ‘The EU is cheating with numbers — and stealing our future’
    if content[-1:] in ".," and _work_title_closing(st, seg, content[:-1]):
        return True  # 'gone to the comedy “Driftwood.”': American style keeps the stop inside
    if len(content) <= _NAME_CHARS and content[-1:] not in "?!…" and _naming_lead(text, seg.open):
        return True  # 'a philosophy called “lying flat,”': a name given to something
    if not content[:1].isupper() or content[-1:] in ".!?…," or len(content) > 100:
        return False
    words = content.split()
    if sum(1 for w in words if w[:1].isupper()) < 0.6 * len(words):
        return False
    before = _tokens(text, max(0, seg.open - 30), seg.open)
    prev = before[-1][2] if before and before[-1][1] == seg.open - 1 else ""
    if _bare(prev).lower() in st.vocab.work_nouns or _bare(prev).lower() in _DOCUMENT_NOUNS:
        return True
    if len(content) > 60:
        return False
    after = text[qend : qend + 2]
    return (
        len(words) <= 2
        and _is_cap(prev)
        and not _ends_punct(prev)
        and after[:1] == " "
        and after[1:2].isupper()
    )


def _work_title_closing(st: State, seg: Segment, title: str) -> bool:
    """Whether ``title`` (a quote's content without the stop American style puts inside the
    marks) is a capitalised title right after a work noun (``the comedy “Driftwood.”``)."""
    words = title.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words):
        return False
    before = _tokens(st.text, max(0, seg.open - 30), seg.open)
    prev = before[-1][2] if before and before[-1][1] == seg.open - 1 else ""
    # ("called the show “Brilliant.”": a verdict on the work, governed by the verb)
    return _bare(prev).lower() in st.vocab.work_nouns and not any(
        _bare(t[2]).lower() in _CALLING for t in before[-4:-1]
    )


_CALLING = frozenset(
    {"call", "calls", "called", "calling", "described", "describes", "labelled", "labeled", "branded",
     "deemed", "hailed", "praised", "panned"}
)  # fmt: skip
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "or"})


# Nouns naming a document, plan or scheme: a capitalised quote after one is its name
# ("in its document 'Technology Vision for Cyber Security'").
_DOCUMENT_NOUNS = frozenset(
    {"document", "paper", "study", "strategy", "plan", "policy", "bill", "scheme", "initiative", "vision",
     "framework", "roadmap", "mission", "operation", "project", "manifesto", "charter", "act", "brand"}
)  # fmt: skip
# Words right before a mark that make the quote a mention: "so-called “superstorm”", "the word
# “crisis”", "the slogan “Build Back”" (a speech verb before them still attributes a fragment).
_MENTION_LEAD = frozenset(
    {
        "so-called",
        "so‑called",
        "word",
        "words",
        "term",
        "phrase",
        "label",
        "slogan",
        "hashtag",
        "tagline",
        "motto",
        "catchphrase",
        "mantra",
        # (#10) a name given to someone or something: "the Swahili nickname “mkono wa damu”"
        "nickname",
        "moniker",
        "sobriquet",
        "acronym",
        # a title given to a piece: "an op-ed titled “Why the bridge must be saved”"
        "titled",
        "entitled",
        "headlined",
        "captioned",
    }
)


# Verbs that give something a name when the mark follows them at once, with no object between
# ("a trend dubbed “quiet quitting”", "areas called “care deserts.”", "what is known as a
# “deepfake.”"); with an object they attribute a fragment ("called the plan “reckless”"), so
# only the verb itself, or the verb and an article, may stand right before the mark.
_NAMING_LEAD = frozenset(
    {"called", "calling", "dubbed", "dubbing", "nicknamed", "named", "branded", "labelled", "labeled",
     "christened", "as"}
)  # fmt: skip
_NAME_ARTICLES = frozenset({"a", "an", "the"})
_NAME_CHARS = 40
"""The longest quoted name a naming verb gives (longer quoted words are what someone said)."""


def _naming_lead(text: str, open_: int) -> bool:
    """Whether a naming verb, perhaps with an article, stands right before the mark at
    ``open_`` (``dubbed “Bidenomics”``, ``known as a “deepfake.”``): a name, not speech."""
    if text[open_ - 1 : open_] != " ":
        return False
    words = text[max(0, open_ - 24) : open_].lower().split()
    if len(words) >= 2 and words[-1] in _NAME_ARTICLES:
        words.pop()
    if not words or words[-1] not in _NAMING_LEAD:
        return False
    return words[-1] != "as" or (len(words) >= 2 and words[-2] == "known")  # "known as", not "as"


# Words that give the title of a piece right before its marks: whatever the length of the
# quoted words (a headline is often a sentence), they are its title, not speech (not
# "captioned": a post's caption is its author's words)
_TITLE_LEADS = frozenset({"titled", "entitled", "headlined", "headline"})
_TITLE_CHARS = 200
"""The longest quoted title a title word takes (a longer quotation is speech again)."""


# After a closing mark: the quoted words are what something is called ("“dorms” as they are
# known", "“the Rock”, as it is now called"); read as words, no pattern compiled for it
_KNOWN_AS_PRONOUNS = frozenset({"it", "they", "he", "she", "these", "this"})
_KNOWN_AS_BE = frozenset({"is", "are", "was", "were"})
_KNOWN_AS_ADVERBS = frozenset({"now", "often", "also", "locally", "popularly", "commonly"})
_KNOWN_AS_VERBS = frozenset({"known", "called", "dubbed", "nicknamed"})


def known_as_after(text: str, qend: int) -> bool:
    """Whether ``as it is known``/``as they are called`` follows a closing mark ending at
    ``qend``: the quoted words are a name for something, not anyone's words."""
    if not text.startswith((" as ", ", as "), qend):
        return False  # (the cheap literal check first)
    words = [w.strip(",.;:") for w in text[qend : qend + 40].lower().split()[:6]]
    if words and words[0] == "":
        words = words[1:]
    if len(words) >= 5 and words[3] in _KNOWN_AS_ADVERBS:
        del words[3]
    return (
        len(words) >= 4
        and words[0] == "as"
        and words[1] in _KNOWN_AS_PRONOUNS
        and words[2] in _KNOWN_AS_BE
        and words[3] in _KNOWN_AS_VERBS
    )


def _title_lead(text: str, open_: int) -> bool:
    """Whether a title word stands right before the mark at ``open_`` (``an essay titled “…”``)."""
    if text[open_ - 1 : open_] != " ":
        return False
    words = text[max(0, open_ - 16) : open_].split()
    return bool(words) and words[-1].lower().rstrip(",:") in _TITLE_LEADS


def _scare_lead(text: str, open_: int) -> bool:
    """Whether the word right before the mark at ``open_`` marks a mention, not speech."""
    if text[open_ - 1 : open_] != " ":
        return False  # (the cheap literal check first: no copy of the words before)
    words = text[max(0, open_ - 20) : open_].split()
    # ("The company's motto, “move fast …”,": an appositive comma after the noun too)
    return bool(words) and words[-1].lower().rstrip(",:") in _MENTION_LEAD


# Lower-case words a title keeps ("Two Days in March", "If Indeed I am Ill")
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "in", "of", "on", "and", "for", "to", "at", "by", "with", "or", "from", "is", "am",
     "are", "as", "vs", "vs."}
)  # fmt: skip
_TITLE_WORD = re.compile(r"[^\s—–-]{1,60}+")
_TITLE_TRIM = "\"“”‘’'.,!?:;()"


def title_cased(content: str) -> bool:
    """A title of a work, a slogan or a coined name (``Two Days in March``, ``Bidenomics``), not speech.

    Two to seven words, at least three quarters capitalised and the others small words; or one
    capitalised word with no sentence punctuation. Longer capitalised sentences (press-release
    headlines quoted whole) stay quotes.
    """
    if len(content) > 80 or not (content[:1].isupper() or content[:1].isdigit()) or content.count(" ") > 8:
        return False
    raw = content.split()
    if len(raw) >= 2 and raw[1][:1].islower() and raw[1] not in _TITLE_SMALL:
        return False  # "We have …", "The plan …": a sentence, seen at its second word
    if len(raw) > 7 or sum(1 for w in raw if w[:1].islower()) > len(raw) // 4:
        return False  # most quotes are sentences: rejected on the first cheap look
    if (
        len(raw) == 1
        and len(raw[0]) <= 60
        and content.rstrip()[-1:] in ".!?…,"
        and not ("-" in content or "—" in content or "–" in content)
    ):
        return False  # “Yes,”: one word (no dash to split it) closing on punctuation, no title
    words = [w.strip(_TITLE_TRIM) for w in _TITLE_WORD.findall(content)]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if not words or len(words) > 7:
        return False
    capital = [w[:1].isupper() or w[:1].isdigit() for w in words]
    if len(words) == 1:
        return capital[0] and content.rstrip()[-1:] not in ".!?…," and not words[0].isupper()
    small = [w for w, c in zip(words, capital, strict=True) if not c]
    return len(small) <= len(words) // 4 and all(w.lower() in _TITLE_SMALL for w in small)
