"""Compiled patterns and small word sets used by the quote rule (built once, at import time)."""

from __future__ import annotations

import re

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
            (?:[ ](?:on|to|with)[ ](?:X|Twitter|Instagram|Facebook|Threads|the[ ][A-Z]\w++|[A-Z]\w++))?
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
    """Return one compiled pattern matching any of ``cues`` as whole words (longest first)."""
    words = sorted({c.strip() for c in cues if c.strip()})
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w'’-])(?:" + _trie(words) + r")(?![\w'’])")
