"""Words and small helpers the attribution modules share: cue lists, sentence checks, limits."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newsparse.rules.quotes import patterns as pat

if TYPE_CHECKING:
    from newsparse.rules.quotes.state import State


_THAT = re.compile(r"that(?![\w'’])")
_TELL = frozenset({"told", "tells", "tell", "telling"})
# "-ing" words that are nouns, never a gerund opening a subject ("said using the service had …"
# is one; "said nothing had changed" is not, nor "said thing")
_NOT_GERUNDS = frozenset(
    {"nothing", "something", "everything", "anything", "thing", "things", "king", "sting"}
)
# Verbs of the speaker that may follow "and" after a cue's object ("confirmed the arrests and
# said …", "denied the claims and called them …"): never a subject's words
_VERB_AFTER_AND = frozenset(
    {"said", "says", "added", "told", "called", "urged", "warned", "insisted", "accused", "vowed",
     "promised", "denied", "described", "noted", "asked", "stressed", "claimed", "declined", "refused"}
)  # fmt: skip
_NOMINATIVE = frozenset({"he", "she", "they", "we", "i"})

# Lower-case sources "according to" takes ("according to data released by …", "as per sources").
_SOURCE_NOUNS = frozenset(
    {"data", "reports", "report", "sources", "figures", "estimates", "statistics", "documents", "records",
     "papers", "accounts", "testimony", "minutes", "transcripts", "emails", "messages", "logs",
     "projections", "forecasts", "numbers", "results", "tallies", "counts", "findings", "analysis",
     "people", "diplomats", "insiders", "aides", "staff", "observers", "individuals", "persons",
     "polls", "poll", "survey", "surveys", "research", "studies", "study", "information", "media",
     "filings", "officials", "police", "analysts", "experts", "witnesses", "residents", "calculations"}
)  # fmt: skip

_MAX_REPORTED = 1500  # characters of a reported clause: longer is a run-on, not one report

_ASIDE_DASHES = (" — ", " – ", " -- ")

_SAYS = frozenset({"said", "says", "say", "told", "added", "noted", "wrote"})

_ADVERB_WORDS = frozenset({"also", "later", "then", "once", "again", "repeatedly", "publicly", "reportedly"})

_SAY = frozenset({"said", "says", "say"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "there"})

# Closing quotation marks (the straight apostrophe left out)
_CLOSING_MARKS = frozenset('"”’»')

# What may follow "CLAUSE, X said" before the full stop: "at the event", "on Friday", "told the
# Courier on Thursday" (an object of "told").
_ADJUNCT_WORDS = frozenset(
    {"at", "in", "on", "during", "after", "before", "while", "from", "via", "last", "this", "earlier",
     "later", "yesterday", "today", "tonight", "recently", "to", "when", "outside", "inside", "over",
     # (#10) "…, the company said in a filing with regulators.", "…, Lee said as he left court."
     "with", "as", "through", "amid", "ahead", "shortly", "late", "early", "for"}
)  # fmt: skip


def cue_phrase_end(st: State, ce: int, hi: int) -> int:
    m = pat.ADJUNCT.match(st.text, ce, hi)
    return m.end() if m else ce


_WORDS_WINDOW = 200  # characters before a quote read for its sentence's first words


def _mid_sentence(text: str, ss: int, open_: int) -> bool:
    """Whether a quote opening at ``open_`` has at least two words of its sentence before it."""
    # Two words fit in a short window: reading only the last _WORDS_WINDOW characters keeps this
    # constant-time per quote however long the unterminated "sentence" before it is.
    return open_ - ss >= 12 and len(text[max(ss, open_ - _WORDS_WINDOW) : open_].split(None, 2)) >= 2


def _reports_inside(st: State, ss: int, comma: int) -> bool:
    """Whether a cue followed by ``that`` lies in ``[ss, comma)`` (a report nested in this one)."""
    text = st.text
    starts = st.cue_starts
    for k in range(bisect.bisect_left(starts, ss), len(starts)):  # (no slice: it would copy them all)
        c = starts[k]
        if c >= comma:
            break
        sp = text.find(" ", c, c + 25)
        if sp > 0 and _THAT.match(text, sp + 1):
            return True
    return False
