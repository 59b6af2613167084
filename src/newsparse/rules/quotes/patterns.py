"""Compiled patterns and small word sets used by the quote rule (built once, at import time)."""

from __future__ import annotations

import re
import weakref

__all__ = [
    "ADJUNCT",
    "AUXILIARIES",
    "CLOSING_PUNCT",
    "CONNECTORS",
    "DASH_SIGNATURE",
    "DETERMINERS",
    "FROM_HEADER",
    "INTRO_WORDS",
    "IRREGULAR_PAST",
    "MARKS",
    "PASSIVE",
    "PREPOSITIONS",
    "SENTENCE_ADVERBS",
    "STOP_CAPS",
    "TIME_WORDS",
    "TOKEN",
    "build_cue_pattern",
    "cue_spans",
]

# Every character that can open or close a quotation (and the apostrophes that look like one).
MARKS = re.compile(r"[\"“”„‟«»‹›「」『』'‘’‚‛]")

# A white-space separated token.
TOKEN = re.compile(r"\S++")

# What may follow a cue inside the cue phrase: "said in a statement", "wrote on Instagram",
# "told reporters", "said at a press conference".
ADJUNCT = re.compile(
    r"""[ \u00a0]++(?:
        in[ ](?:a|an|the|his|her|their|its)[ ](?:joint[ ]|written[ ]|brief[ ]|separate[ ]|video[ ]
            |televised[ ]|short[ ]|recent[ ]|lengthy[ ]|exclusive[ ])?
            (?:statement|interview|post|tweet|letter|speech|address|video|message|release|note
            |email|e-mail|podcast|filing|briefing|broadcast)
            # (not "on August 31": a date, which the trailing adjunct takes whole)
            (?:[ ](?:on|to|with)[ ](?:X|Twitter|Instagram|Facebook|Threads|the[ ][A-Z]\w++|[A-Z]\w++)
            (?![.]?[ \u00a0]\d))?
        |on[ ](?:its|his|her|their|the)[ ](?:official[ ])?(?:website|blog|page|account|channel|feed|handle)
        |on[ ](?:X|Twitter|Instagram|Facebook|Threads|Bluesky|LinkedIn|Truth[ ]Social|social[ ]media
            |Telegram|YouTube|TikTok|Weibo|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
        |at[ ](?:a|the)[ ](?:press|news|media)[ ](?:conference|briefing)
        |(?:to|told)[ ](?:reporters|journalists|the[ ]media|mediapersons|media[ ]persons|newsmen)
        |reporters|journalists|mediapersons|the[ ]media
        |(?:on|late[ ]on|earlier[ ]on)[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
        |(?:today|yesterday|tonight|later|earlier|last[ ](?:week|night|month)|this[ ](?:week|morning)
            |recently)
        |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[ ](?:night|morning|evening))?
    )(?![\w'’])""",
    re.VERBOSE,
)

# A signature after a closing mark: “…” — Commissioner Jane Doe
DASH_SIGNATURE = re.compile(r"[ \t\u00a0]*+(?:—|–|-{1,2}|â€”|â€“)[ \t\u00a0]*+(?=[A-Z])")

# A "From X:" header that introduces a quote.
FROM_HEADER = re.compile(r"(?:And[ ]|and[ ])?(?:[Ff]rom)[ \u00a0]++(?:the[ ]desk[ ]of[ ])?(?=[A-Z])")

AUXILIARIES: frozenset[str] = frozenset(
    {
        "is", "was", "were", "are", "will", "would", "could", "can", "should", "must", "might",
        "may", "had", "has", "have", "did", "does", "do", "shall", "won't", "can't", "wasn't",
        "weren't", "isn't", "aren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't",
        "wouldn't", "couldn't", "shouldn't", "won’t", "can’t", "wasn’t", "weren’t", "isn’t",
        "aren’t", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "hadn’t", "wouldn’t",
        "couldn’t", "shouldn’t", "needed", "needs", "remains", "remained", "wanted", "wants",
        "planned", "plans", "intends", "intended", "hoped", "hopes", "expected", "expects",
    }
)  # fmt: skip
"""Finite verbs that show a reported clause has started (``the plan *was* …``)."""

IRREGULAR_PAST: frozenset[str] = frozenset(
    {
        "thought", "knew", "felt", "saw", "went", "got", "made", "took", "came", "gave", "found",
        "kept", "left", "meant", "lost", "paid", "met", "ran", "won", "became", "began",
        "brought", "bought", "held", "heard", "led", "put", "set", "sold", "sent", "spent",
        "stood", "understood", "grew", "fell", "rose", "drove", "broke", "chose", "spoke",
        # (#10) more irregular pasts a reported clause runs on ("witnesses said the gunman fled
        # …", "said the storm struck …"); forms that are also common nouns ("saw", "wound",
        # "ground", "lay") are left out, present-identical ones kept where a noun reading after
        # a subject is rare ("the storm hit", "the company cut")
        "fled", "struck", "fought", "caught", "taught", "sought", "built", "dealt", "drew",
        "flew", "forgot", "froze", "hid", "hung", "slept", "stole", "stuck", "swore", "threw",
        "tore", "wore", "woke", "wrote", "withdrew", "overtook", "undertook", "upheld", "arose",
        "blew", "bled", "clung", "crept", "knelt", "leapt", "misled", "overcame", "overran",
        "overthrew", "rang", "rode", "sang", "sank", "shook", "shot", "shrank", "sprang", "swam",
        "swept", "swung", "wept", "sat", "told", "hit", "cut", "quit", "shut", "hurt", "forbade",
        "foresaw", "oversaw", "withheld", "mistook", "ate", "drank", "stank", "slid", "spun",
    }
)  # fmt: skip
"""Irregular past forms accepted as a clause's verb after ``said``."""

DETERMINERS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those", "some", "many", "most", "all", "no", "every", "each", "both", "one",
        "two", "three", "four", "five", "several", "other", "another", "any", "few", "such",
    }
)  # fmt: skip
"""Words that open a noun phrase."""

PREPOSITIONS: frozenset[str] = frozenset({"for", "of", "at", "from", "with", "in", "on", "to"})
"""Prepositions that attach one noun phrase to another (``a spokesperson for the ministry``)."""

CONNECTORS: frozenset[str] = frozenset(
    {"of", "de", "da", "del", "della", "van", "von", "der", "den", "bin", "binti", "al", "el", "la",
     "le", "du", "dos", "das", "y", "&", "and", "ibn", "bte", "ter", "ten", "St", "St."}
)  # fmt: skip
"""Lower-case words allowed inside a capitalised name (``Ministry of Health``, ``Ursula von der Leyen``)."""

STOP_CAPS: frozenset[str] = frozenset(
    {
        "But", "And", "However", "Meanwhile", "Then", "So", "Yet", "Also", "In", "On", "At",
        "After", "Before", "When", "While", "As", "If", "Later", "Earlier", "Still", "Now",
        "Speaking", "Asked", "Separately", "Addressing", "Since", "Although", "Though", "Because",
        "For", "With", "Instead", "Today", "Yesterday", "Last", "This", "Both", "Neither",
        "According", "Nevertheless", "Moreover", "Indeed", "Finally", "First", "Second",
        # (#10) subordinators opening a sentence ("Once officials said …, the AP decided …")
        "Once", "Until", "Unless", "Whenever", "Whereas", "Whether", "Where", "Whilst",
        # (#10) adverbs opening a list item or a sentence ("2. Never urged Ukraine to …")
        "Never", "Always", "Only", "Even", "Just", "Again", "Perhaps", "Maybe",
        "Ahead", "Prior", "Besides", "Throughout",
        # (#10) auxiliaries of an inverted condition or question ("Had Klein embraced …", "Should
        # Reyes win …"); not "Will", "Can", "Do": given names and surnames too
        "Had", "Were", "Should", "Did", "Does", "Has", "Have", "Would", "Could",
    }
)  # fmt: skip
"""Capitalised words that start a sentence but never a name."""

INTRO_WORDS: frozenset[str] = frozenset(
    {
        "Earlier", "Later", "In", "On", "At", "After", "Before", "Meanwhile", "However",
        "Speaking", "Separately", "Last", "This", "During", "Following", "Asked", "Addressing",
        "Talking", "Responding", "Reacting", "When", "While", "As", "Since", "Still", "Yet",
        "Now", "Today", "Yesterday", "Then", "Also", "Despite", "Amid", "Over", "Under", "For",
        "With", "Without", "Writing", "Commenting", "Elsewhere", "Overall", "Instead", "Moreover",
        "Nevertheless", "Indeed", "Back", "Later,", "But", "And", "So",
        "Once", "According", "Notably", "Additionally", "Further", "Furthermore", "Interestingly",
        "Recently", "Previously", "Initially", "Finally", "Currently", "Separately,", "Given",
        # (#10) "Ahead of the polls, Modi speaking at …, said that …"
        "Ahead", "Prior", "Apart", "Besides", "Beyond", "Unlike", "Like", "Across", "Throughout",
    }
)  # fmt: skip
"""Words that open an introductory phrase before a sentence's subject (``Earlier in the day, …``)."""

TIME_WORDS: frozenset[str] = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week",
        "month", "year", "night", "morning", "evening", "afternoon", "weekend", "today",
        "yesterday", "tonight",
    }
)  # fmt: skip
"""Time words in adjuncts skipped between a speaker and the cue (``Trump on Friday said``)."""

SENTENCE_ADVERBS: frozenset[str] = frozenset({"on", "last", "this", "earlier", "late", "later"})
"""Words that open a time adjunct (``on Friday``, ``last week``)."""

PASSIVE: frozenset[str] = frozenset(
    {"was", "were", "is", "are", "been", "being", "be", "it", "It", "get", "got", "gets"}
)
"""Words before a cue that make it passive or impersonal (``was told that``, ``it is said``)."""

CLOSING_PUNCT = ",.;:!?)]}…—–-"
"""Punctuation that may follow a closing quote mark."""


def _trie(words: list[str]) -> str:
    """Return a regex alternation for ``words``, factored by common prefixes."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(tree)


_Trie = dict[str, "_Trie"]


def _emit(node: _Trie) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        sub = _emit(node[ch])
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + sub)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


def build_cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """Return one compiled pattern matching any of ``cues`` as whole words (longest first).

    Scan it with :func:`cue_spans`: the same matches as its ``finditer``, found faster.
    """
    words = sorted({c.strip() for c in cues if c.strip()})
    if not words:
        return re.compile(r"(?!x)x")
    pattern = re.compile(r"(?<![\w'’-])(?:" + _trie(words) + r")(?![\w'’])")
    anchors = _anchors(words)
    if anchors is not None:
        _ANCHORS[pattern] = anchors
    return pattern


# -- finding cues fast ----------------------------------------------------
#
# A pattern led by a lookbehind is tried at every position of the text (~25 MB/s), and no
# character set leads to cues (they start with most letters). Cues are words, though: in the
# text's ASCII letter runs (every other character a space, one C pass), a set intersection
# with the cues' anchor words names the few cues present, ``bytes.find`` places them, and the
# pattern itself settles each place. Every place the pattern can match is among them, so
# taking them in order gives exactly the matches of its ``finditer``.

# per cue pattern: anchor word (bytes) → the lengths of the words before it in each cue it
# anchors (``as per`` and ``As per`` walk back alike)
_ANCHORS: weakref.WeakKeyDictionary[re.Pattern[str], dict[bytes, set[tuple[int, ...]]]] = (
    weakref.WeakKeyDictionary()
)
# common short words make poor anchors ("in the words of" is anchored on "words")
_POOR_ANCHORS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "the", "to"})
# every byte but an ASCII letter becomes a space
_LETTERS_ONLY = bytes(b if 65 <= b <= 90 or 97 <= b <= 122 else 32 for b in range(256))


def _anchors(cues: list[str]) -> dict[bytes, set[tuple[int, ...]]] | None:
    """Each cue's anchor word and the lengths of the words before it; None unless every word
    is made of ASCII letters."""
    out: dict[bytes, set[tuple[int, ...]]] = {}
    for cue in cues:
        words = cue.split()
        if not all(w.isascii() and w.isalpha() for w in words):
            return None
        k = max(range(len(words)), key=lambda i: (words[i].lower() not in _POOR_ANCHORS, len(words[i]), -i))
        out.setdefault(words[k].encode("ascii"), set()).add(tuple(len(w) for w in words[:k]))
    return out


def cue_spans(text: str, cue_re: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """Every match of ``cue_re`` in ``text`` as ``(start, end, matched text)``, in order.

    Exactly what ``cue_re.finditer(text)`` finds. For a pattern from :func:`build_cue_pattern`
    (with plain ASCII cue words), the places are found from the cues' anchor words instead
    (see above); any other pattern is scanned as it is.
    """
    anchors = _ANCHORS.get(cue_re)
    if anchors is None:
        return [(m.start(), m.end(), m.group()) for m in cue_re.finditer(text)]
    # offsets are kept: one byte per character ("?" for what Latin-1 lacks), a space padding
    runs = b" " + text.encode("latin-1", "replace").translate(_LETTERS_ONLY) + b" "
    present = _present(anchors, runs)
    if not present:
        return []
    places: list[int] = []
    for word in present:
        # searched led by a space and ending in a letter: ``find`` skips ahead on that letter
        needle = b" " + word
        after = len(needle)
        before = anchors[word]
        i = runs.find(needle)
        while i >= 0:  # the word starts at runs[i + 1], that is text[i]
            if runs[i + after] == 32:  # the whole letter run
                for lengths in before:
                    place = i if not lengths else _back(text, i, lengths)
                    if place >= 0:
                        places.append(place)
            i = runs.find(needle, i + after)
    places.sort()
    out: list[tuple[int, int, str]] = []
    reach = tried = -1
    match = cue_re.match
    for place in places:
        if place < reach or place == tried:
            continue  # inside the last match (finditer resumes after it), or tried already
        tried = place
        m = match(text, place)
        if m is not None:
            out.append((place, m.end(), m.group()))
            reach = m.end()
    return out


_CHUNK = 1 << 16  # letter runs split at a time: the token list stays small for a long text


def _present(anchors: dict[bytes, set[tuple[int, ...]]], runs: bytes) -> set[bytes]:
    """The anchor words that occur as whole letter runs in ``runs`` (ASCII letters and spaces)."""
    if len(runs) <= _CHUNK:
        return anchors.keys() & runs.split()
    present: set[bytes] = set()
    start = 0
    while start < len(runs):
        cut = runs.find(b" ", start + _CHUNK)  # a space: no run is cut in two
        stop = len(runs) if cut < 0 else cut
        present |= anchors.keys() & runs[start:stop].split()
        start = stop
    return present


def _back(text: str, pos: int, lengths: tuple[int, ...]) -> int:
    """Where a cue starts whose words, of these ``lengths``, come before ``pos`` (white space
    between), or -1."""
    for length in reversed(lengths):
        if pos == 0 or not text[pos - 1].isspace():
            return -1
        pos -= 1
        while pos > 0 and text[pos - 1].isspace():
            pos -= 1
        pos -= length
        if pos < 0:
            return -1
    return pos


OBJECT_PRONOUNS: dict[str, str] = {"him": "he", "her": "she", "them": "they"}
"""Object pronouns an object-control verb may take as its speaker, with the subject form the
speaker resolution reads (``me``/``us``/``you`` are the writer or reader: no one to attribute)."""
