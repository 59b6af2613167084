"""Quotes in other languages: attribution read from the document's :class:`~newsparse.lang.LanguageTables`.

The English stages lean on English grammar (``that``-clauses, auxiliaries, ``he``/``she``).
For a language whose tables bring their own speech cues, the rule keeps the language-blind
part — quote marks paired by :mod:`.marks`, the quotation spans of :mod:`.rule` — and
attributes from the tables alone:

- a cue right after a quotation (``», a déclaré X``, ``“, dijo el alcalde``, ``“, sagte er``,
  ``», a-t-elle ajouté``) or right before it (``X a déclaré : «``, ``Laut X „``);
- reported speech: a speech verb and a complementiser (``a déclaré que``, ``dijo que``,
  ``ने कहा कि``), a lenient verb and a comma (``Er sagte, die Lage sei ernst``), a cue after
  the clause (``…, a précisé le maire.``), ``selon X, …`` / ``…, selon X.`` and postposed
  forms (``X के मुताबिक, …``, ``X zufolge``);
- speakers: a capitalised name (titles dropped), a determiner and role noun (``le ministre``),
  a group noun, or a pronoun from the tables, resolved to the last person named
  (:class:`~.speakers.Persons`, the rule's speaker tracker), the pronoun's gender permitting;
  in scripts without capitals (Devanagari) the words before the agent or postposition.

Everything is linear: one cue pass over the text, bounded look-arounds per cue and quote.
"""

from __future__ import annotations

from newsparse.rules.quotes.languages.attribute import attribute_in_language
from newsparse.rules.quotes.languages.cues import LanguageCues, language_cues
from newsparse.rules.quotes.languages.phrases import phrase_after, phrase_before
from newsparse.rules.quotes.languages.text import sentences

__all__ = [
    "LanguageCues", "attribute_in_language", "language_cues", "phrase_after", "phrase_before", "sentences",
]  # fmt: skip
