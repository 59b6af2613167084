"""Stage 2, attribution: the cue and speaker phrase of each quotation, and reported speech.

:func:`direct_quote` looks after a quotation (``“…,” said Jane Roe``), before it (``Jane Roe
said: “…”``), at a ``From X:`` header and at a colon intro ending the previous paragraph;
:func:`reported_speech` reads ``X said (that) CLAUSE``, ``CLAUSE, X said.`` and ``according
to X, CLAUSE``. Both return a :class:`~newsparse.rules.quotes.state.Raw` record whose speaker
is still a noun phrase; :mod:`~newsparse.rules.quotes.speakers` resolves it.

One module per shape of attribution read:

- :mod:`.direct` — quotations: the cue after or before the marks, a ``From X:`` header, a colon
  intro (:mod:`.titles` sets aside titles, nicknames and mentions in marks);
- :mod:`.reported` — ``X said (that) CLAUSE`` and its participle and parenthetical forms, once
  :mod:`.cue_filters` has kept only cues that report; :mod:`.cue_clause` finds the clause
  after the cue;
- :mod:`.postposed` — the cue after its clause (``CLAUSE, X said.``, ``…, said X.``);
- :mod:`.according` — ``according to X`` before, after or inside its clause;
- :mod:`.speaker` — the speaker phrase of a cue, before it or inverted after it;
- :mod:`.shared` — the words and small checks these share.
"""

from newsparse.rules.quotes.attribution.cue_clause import clause_start, that_after_object
from newsparse.rules.quotes.attribution.direct import colon_intro, direct_quote, fragment_pair
from newsparse.rules.quotes.attribution.postposed import final_attribution
from newsparse.rules.quotes.attribution.reported import reported_speech
from newsparse.rules.quotes.attribution.shared import cue_phrase_end
from newsparse.rules.quotes.attribution.speaker import speaker_for
from newsparse.rules.quotes.attribution.titles import title_cased, title_or_nickname

__all__ = [
    "clause_start",
    "colon_intro",
    "cue_phrase_end",
    "direct_quote",
    "final_attribution",
    "fragment_pair",
    "reported_speech",
    "speaker_for",
    "that_after_object",
    "title_cased",
    "title_or_nickname",
]
