"""Languages as user code: checked by ``mypy --strict`` (never run)."""

from __future__ import annotations

import attrs

import newsparse
from newsparse import Article, Document, LanguageTables, UnknownLanguageError
from newsparse.lang import UNDETERMINED, tables_for, unregister_language

dutch = LanguageTables(
    "nl",
    "Dutch",
    function_words=["de", "het", "een"],  # any iterable of str
    speech_verbs=("zei", "zegt"),
    pronouns=[("hij", "m"), ("zij", "f")],
    months=[["januari", "jan"]] * 12,
)
registered: LanguageTables = newsparse.register_language(dutch, replace=True)
code: str = newsparse.detect_language("De minister zei dat het een goed plan is.")
codes: tuple[str, ...] = newsparse.languages()
article: Article = newsparse.parse("De minister zei dat het een goed plan is.", language="nl")
language: str = article.language
french: LanguageTables = newsparse.get_language("fr")
longer: LanguageTables = attrs.evolve(french, speech_verbs=(*french.speech_verbs, "a glissé"))
verbs: tuple[str, ...] = Document.from_text("Le maire a dit que…").tables.speech_verbs
gender: str | None = french.pronoun_gender("elle")
month: int | None = tables_for(UNDETERMINED).month_number("Sept")
try:
    newsparse.parse("x", language="xx")
except UnknownLanguageError as error:
    message: str = str(error)
unregister_language("nl")
