"""Stage 3, speakers: resolve each speaker phrase to a person, in text order.

``He``/``She``/``the minister`` stand for the last named person (the subject of an attribution
or of a sentence), a surname or titled form for the fullest name used in the article (``Trump``
→ ``Donald Trump``), ``they`` for the last plural subject. The :class:`Persons` tracker keeps
the people named so far in recency order and :class:`NameTable` indexes the article's names by
word, so every look-up is bounded and resolution stays linear in the article.

The stages, one module each: :mod:`.table` (the article's names), :mod:`.subjects` (who a
sentence or clause is about), :mod:`.pronouns` (who ``he``/``she``/``they`` stand for),
:mod:`.org_sources` (organisations, documents and descriptions as speakers) and
:mod:`.resolve` (the walk over the quotes that uses them).
"""

from newsparse.rules.quotes.speakers.pronouns import Persons, note_gender, person_mentioned, plural_before
from newsparse.rules.quotes.speakers.resolve import content_parts, resolve_speakers
from newsparse.rules.quotes.speakers.subjects import heading, person_after, person_before, subject_name
from newsparse.rules.quotes.speakers.table import NameTable

__all__ = [
    "NameTable",
    "Persons",
    "content_parts",
    "heading",
    "note_gender",
    "person_after",
    "person_before",
    "person_mentioned",
    "plural_before",
    "resolve_speakers",
    "subject_name",
]
