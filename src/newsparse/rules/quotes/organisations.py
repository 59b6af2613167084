"""The organisations an article names, for ``NIA`` → ``National Investigation Agency`` and
``the ministry said`` → the ministry named last.

Nothing is scanned up front (most articles never ask). ``the ministry`` looks back for the
word ``Ministry`` with ``str.rfind`` over a bounded stretch before the cue and reads the
capitalised sequence around the hit (``Ministry of External Affairs``); an acronym looks for
``(NIA)`` or for a capitalised sequence whose initials spell it in the same bounded stretch.
Every look-up reads at most ``_WINDOW`` characters, so resolution stays linear in the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse.text.lazy import deferred_regex

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State

# Capitalised words joined by spaces, optionally through one lower-case joining word; possessive
# repeats over bounded tokens, so the scan cannot backtrack.
_ORG_SEQ = deferred_regex(
    r"(?<![\w’'-])[A-Z][\w’'&-]{0,30}+(?:[ ](?:(?:of|and|for|the|on|in|&)[ ])?+[A-Z][\w’'&-]{0,30}+){1,7}+"
)
# Prepositions that open a sentence before "the" and a name ("On the Transport Department's …")
_OPENING_PREPOSITIONS = frozenset({"On", "In", "At", "From", "By", "With", "For", "To", "Under", "After"})
_JOINERS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
# "NIA", "RBI"; and with the lower-case initials of joining words, "MoD", "DfE", "DoJ"
_ACRONYM = deferred_regex(r"[A-Z]{2,6}+|[A-Z][a-z]?+[A-Z][a-z]?+[A-Z]?+")

# Words that make a capitalised name an organisation's, beyond the rule's own ``org_words`` (which
# users may extend): company-name endings and sector words of business news ("Indian Oil
# Corporation", "Baird Partners", "Adani Electricity"), never a person's given name or surname.
ORG_NAME_WORDS = frozenset(
    {"Corporation", "Limited", "Holdings", "Partners", "Capital", "Securities", "Industries",
     "Enterprises", "Systems", "Solutions", "Labs", "Laboratories", "Pharmaceuticals", "Pharma",
     "Energy", "Petroleum", "Oil", "Airport", "Railways", "Railway", "Co", "Co.", "LLC", "LLP", "PLC",
     "plc", "AG", "GmbH", "Ventures", "Insurance", "Financial", "Finance", "Investments", "Bancorp",
     "Communications", "Telecom", "Entertainment", "Studios", "Records", "Brands", "Foods", "Electricity",
     "Power", "Steel", "Motor", "Automotive", "Aviation", "Logistics", "Exchange", "Council", "Agency",
     "Directorate", "Commissioner", "Tribunal", "Institution", "Society", "Alliance", "Coalition",
     "Campaign", "Consultancy", "Consulting", "Survey", "Forum", "Programme", "Program", "Initiative",
     "Centre", "Center", "Collective", "Cooperative", "Co-operative", "Academy", "Museum", "Library",
     # brokerages, research and advisory houses of market news ("Kotak Institutional Equities",
     # "Capital Economics", "Moody's Analytics", "Baird Wealth Management")
     "Equities", "Broking", "Brokerage", "Stockbrokers", "Research", "Analytics", "Economics",
     "Advisors", "Advisers", "Advisory", "Associates", "Management", "Strategies", "Wealth",
     "Asset", "Assets", "Markets", "Ratings", "Intelligence", "Insights", "Institutional"}
)  # fmt: skip

# Head nouns of a description that stands for the company named before it: "the company said",
# "according to the state-run oil refiner", "the statement said" (what a company issues). Public
# bodies (ministry, agency, government) are left to the capitalised look-up (OrgIndex.latest):
# an article names several, and the last one named is often not the one meant.
ORG_DESCRIPTIONS = frozenset(
    {"company", "firm", "brokerage", "bank", "lender", "insurer", "refiner", "carrier", "airline",
     "retailer", "manufacturer", "maker", "automaker", "carmaker", "giant", "conglomerate", "startup",
     "start-up", "operator", "developer", "group", "statement", "release", "publisher", "broadcaster",
     "studio", "label", "chain", "supplier", "producer", "utility", "club", "team", "franchise",
     # what business news calls a company it has named: "the former monopoly", "the oil major",
     # "the miner", "the internet provider"
     "monopoly", "major", "provider", "miner", "exporter", "importer", "multinational", "distributor",
     "network", "platform", "marketplace", "brand", "business", "corporation",
     "outfit", "incumbent",
     # "The Samata Party filed its report. The party said …": the party named as the subject
     "party"}
)  # fmt: skip

_BODIES_OF_MEMBERS = ("Organization", "Organisation", "Alliance", "Association", "Coalition",
                      "Federation", "Foundation", "Institute", "Council", "Guild", "Union", "Society",
                      "Trust", "Network", "Forum", "Fund")  # fmt: skip

# Descriptions of a body of members, with the words whose presence in a name makes it one of
# that kind: news names the body and then calls it by its kind ("The Writers Guild of America
# applauded the deal. “…,” the union said"; "the Alliance of … Producers said …. The
# organization, which bargains for the studios, said …"). The body named last of that kind is
# meant; several unions may be named, so a kind never falls back to any subject.
MEMBER_BODIES: dict[str, tuple[str, ...]] = {
    "union": ("Union", "Guild", "Federation", "Brotherhood"),
    "guild": ("Guild",),
    "federation": ("Federation",),
    "association": ("Association",),
    "alliance": ("Alliance",),
    "coalition": ("Coalition",),
    "foundation": ("Foundation",),
    "charity": ("Charity", "Foundation", "Trust", "Fund"),
    "organization": _BODIES_OF_MEMBERS,
    "organisation": _BODIES_OF_MEMBERS,
    "nonprofit": _BODIES_OF_MEMBERS,
    "non-profit": _BODIES_OF_MEMBERS,
    "group": ("Group", "Coalition", "Alliance", "Network", "Collective"),
    # the two spellings of one word: a British article's "the centre" after the "… Center" it names
    "centre": ("Centre", "Center"),
    "center": ("Center", "Centre"),
}

# "the toy-maker", "the chipmaker", "the drugmaker": a maker of a product is a company; these
# makers are people ("the lawmaker said", "the filmmaker added")
_PERSON_MAKERS = frozenset(
    {"law", "policy", "film", "movie", "peace", "trouble", "king", "match", "dress", "play",
     "decision", "home", "rain", "hit", "deal", "merry", "noise", "money", "shoe", "watch"}
)  # fmt: skip


def _maker(head: str) -> bool:
    """Whether ``head`` is a company described by what it makes (``toy-maker``, ``chipmaker``)."""
    if not head.endswith("maker") or len(head) < 8:
        return False
    return head[:-5].rstrip("-") not in _PERSON_MAKERS


def org_description(written: str) -> bool:
    """Whether ``written`` is ``the`` + at most three modifiers + an organisation noun
    (``the company``, ``the state-run oil refiner``); ``a company`` is someone new.

    >>> [org_description(w) for w in ("the state-run oil refiner", "a company", "the actor")]
    [True, False, False]
    >>> [org_description(w) for w in ("the toy-maker", "the party", "the lawmaker")]
    [True, True, False]
    """
    words = written.split()
    if not 2 <= len(words) <= 5 or words[0] not in {"the", "The"}:
        return False
    if any(w.endswith(("'s", "’s")) for w in words[1:]):
        return False  # "the company's lawyer": a person of the organisation
    head = words[-1].strip(",.;:").lower()
    return head in ORG_DESCRIPTIONS or _maker(head)


_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})

_WINDOW = 4000
"""How many characters before a cue a look-up reads (the organisation meant is named nearby)."""

_HITS = 8
"""How many occurrences of the head word a look-up examines (``Ministry`` inside other words)."""

_REACH = 90
"""How far around a hit the capitalised sequence holding it is read."""


def _words(seq: str) -> list[str]:
    return [w[:-2] if w.endswith(("’s", "'s")) else w for w in seq.split()]


_HEADING_MAX = 160
"""Longest line (characters) read as a title-cased heading by :func:`_headline_words`."""

_HEADING_MIN_WORDS = 4


def _headline_words(text: str, hit: int, seq: str) -> bool:
    """Whether the capitalised ``seq`` around ``hit`` is words of a title-cased heading, not an
    organisation's name: its line (at most ``_HEADING_MAX`` characters) has no closing full stop
    and capitalises every word but short joiners (``Rolling Blackouts in California Have Power
    Experts Stumped``), and either holds more than ``seq`` or ends in no organisation word.
    ``the experts said`` then stands for no one in the headline."""
    lo = text.rfind("\n", max(0, hit - _HEADING_MAX), hit) + 1
    hi = text.find("\n", hit, hit + _HEADING_MAX)
    if hi < 0:
        hi = min(len(text), hit + _HEADING_MAX)
        if hi < len(text):
            return False  # (a long line: a paragraph, no heading)
    if lo == 0 and hit > _HEADING_MAX:
        return False
    line = text[lo:hi].strip()
    words = line.split()
    if len(words) < _HEADING_MIN_WORDS or line[-1:] in {".", "!", "?", ":", ";", ",", '"', "”"}:
        return False
    if not all(
        w[:1].isupper() or w in _JOINERS or w in _HEADING_JOINERS or not w[:1].isalpha() for w in words
    ):
        return False
    if line != seq.strip():
        return True
    last = _words(seq)[-1]
    return last not in ORG_NAME_WORDS and last.lower() not in ORG_DESCRIPTIONS


# Short words a title-cased heading leaves in lower case ("Meta Yet to Explain …")
_HEADING_JOINERS = frozenset({"a", "an", "at", "by", "to", "as", "or", "with", "from", "vs", "is"})


class OrgIndex:
    """Organisation names of one article, found on demand by bounded searches back from a cue."""

    def __init__(self, st: State) -> None:
        self._st = st
        self._acronyms: dict[str, str | None] = {}
        self.work = 0  # characters read (tests check that this stays bounded per look-up)

    def _sequence_at(self, hit: int, end: int) -> str | None:
        """The capitalised sequence (two or more words) covering ``hit``, read within ``_REACH``."""
        text = self._st.text
        lo = max(0, hit - _REACH)
        self.work += min(end, hit + _REACH) - lo
        for m in _ORG_SEQ.finditer(text, lo, min(end, hit + _REACH)):
            if m.start() <= hit < m.end():
                return m.group()
        return None

    def expand(self, word: str, pos: int) -> str | None:
        """The full name an acronym at ``pos`` stands for (``RBI`` → ``Reserve Bank of India``),
        spelled out before it: ``Name (RBI)`` or a sequence whose initials spell it."""
        if _ACRONYM.fullmatch(word) is None:
            return None
        if word not in self._acronyms:
            self._acronyms[word] = self._spelled(word, pos)
        return self._acronyms[word]

    def _spelled(self, word: str, pos: int) -> str | None:
        text = self._st.text
        lo = max(0, pos - _WINDOW)
        hit = text.rfind(f" ({word})", lo, pos)
        if hit > 0:
            seq = self._sequence_at(hit - 1, hit)
            if seq is not None:
                return _tail_spelling(_words(seq), word) or _parenthesised_spelling(_words(seq), word)
        # no "(RBI)": a sequence starting with the acronym's first letter whose initials spell it
        self.work += pos - lo
        clipped: str | None = None
        for m in _ORG_SEQ.finditer(text, lo, pos):
            found = _tail_spelling(_words(m.group()), word)
            if found is not None:
                return found
            clipped = _clipped_spelling(_words(m.group()), word) or clipped
        return clipped

    def latest_of(self, heads: tuple[str, ...], pos: int) -> str | None:
        """The organisation named last before ``pos`` whose name holds one of ``heads``
        (``the union`` → ``Writers Guild of America`` or ``Actors Union``, the nearer)."""
        best: tuple[int, str] | None = None
        for head in heads:
            found = self._latest_at(head, pos)
            if found is not None and (best is None or found[0] > best[0]):
                best = found
        return None if best is None else best[1]

    def nearest_of(self, heads: tuple[str, ...], pos: int, reach: int) -> str | None:
        """Like :meth:`latest_of`, but only an organisation named in the ``reach`` characters
        before ``pos`` (``the agency`` a sentence or two after ``the Transport Department``)."""
        best: tuple[int, str] | None = None
        for head in heads:
            found = self._latest_at(head, pos)
            if found is not None and found[0] >= pos - reach and (best is None or found[0] > best[0]):
                best = found
        return None if best is None else best[1]

    def latest(self, head: str, pos: int) -> str | None:
        """The organisation named last before ``pos`` whose name holds ``head`` (``Ministry``)."""
        found = self._latest_at(head, pos)
        return None if found is None else found[1]

    def _latest_at(self, head: str, pos: int) -> tuple[int, str] | None:
        """Where (the hit of ``head``) and which organisation :meth:`latest` finds."""
        text = self._st.text
        lo = max(0, pos - _WINDOW)
        hit = text.rfind(head, lo, pos)
        for _ in range(_HITS):
            if hit < 0:
                break
            seq = self._sequence_at(hit, pos)
            if seq is not None and head in _words(seq) and not _headline_words(text, hit, seq):
                words = _words(seq)
                if len(words) > 2 and words[0].endswith("ing") and words[1] in _JOINERS:
                    words = words[2:]  # "Clarifying the Government's intentions": not its name
                if len(words) > 3 and words[0] in _OPENING_PREPOSITIONS and words[1] == "the":
                    words = words[2:]  # "On the Transport Department's form": a sentence's opener
                if words[0] == "The":
                    words = words[1:]
                while len(words) > 3 and words[-2] == "on" and words[-1] in _WEEKDAYS:
                    words = words[:-2]  # "Reserve Bank on Thursday": the day is no part of it
                if len(words) > 2 and words[0] == words[1]:
                    words = words[1:]  # "Delhi Delhi Traffic Police": a scraper's repeat
                # a bare "Government" names no one: "the government" stays a description; a
                # sentence's "The Coalition …" may follow the full name, so read further back
                if len(words) > 1:
                    return hit, " ".join(words)
            hit = text.rfind(head, lo, hit)
        return None


def _parenthesised_spelling(words: list[str], acronym: str) -> str | None:
    """The name right before ``(CDC)`` whose initials hold the acronym's letters in order, from
    its first word on (``Centers for Disease Control and Prevention (CDC)``: the acronym skips a
    word, which the writer's brackets vouch for), else None.

    >>> _parenthesised_spelling("Harbour Centers for Disease Control and Prevention".split(), "CDC")
    'Centers for Disease Control and Prevention'
    >>> _parenthesised_spelling("Harbour Ferry Lines".split(), "CDC") is None
    True
    """
    low = acronym.lower()
    for k in range(len(words) - 1, -1, -1):  # (the shortest such name: no capitalised word before it)
        w = words[k]
        if w in _JOINERS or w[:1].lower() != low[:1]:
            continue
        initials = iter(x[:1].lower() for x in words[k:])
        if all(c in initials for c in low):  # (a subsequence: each letter found after the last)
            return " ".join(words[k:])
    return None


def _tail_spelling(words: list[str], acronym: str) -> str | None:
    """The tail of ``words`` whose capitalised words' initials are ``acronym``, joined, or None;
    an acronym with lower-case letters spells its joining words too (``MoD``: Ministry of
    Defence)."""
    mixed = not acronym.isupper()
    for k, w in enumerate(words):
        if w in _JOINERS:
            continue
        tail = words[k:]
        initials = "".join(x[0] for x in tail if mixed or x not in _JOINERS)
        # "DOT", "DOJ" of "Department of Transportation": a capitals-only acronym that still
        # spells its joining words
        if initials == acronym or (not mixed and "".join(x[0] for x in tail).upper() == acronym):
            return " ".join(tail)
    return None


def _clipped_spelling(words: list[str], acronym: str) -> str | None:
    """The tail of ``words`` spelling all but the acronym's last letter and ending in an
    organisation word, or None: an article that writes ``RBI`` also calls the bank ``the Reserve
    Bank`` without ``of India`` (a place the acronym adds). Only for acronyms of three or more
    letters, so two letters never stand for a whole name.

    >>> _clipped_spelling("The Reserve Bank on Monday".split(), "RBI")
    'Reserve Bank'
    >>> _clipped_spelling("The New York".split(), "NYT") is None
    True
    """
    if len(acronym) < 3 or not acronym.isupper():
        return None
    for j in range(len(words) - 1, 0, -1):  # (the name may run on: "Reserve Bank on Monday")
        if words[j] in ORG_NAME_WORDS or words[j].lower() in ORG_DESCRIPTIONS:
            found = _tail_spelling(words[: j + 1], acronym[:-1])
            if found is not None:
                return found
    return None
