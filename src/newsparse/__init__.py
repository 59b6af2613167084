"""newsparse: turn the plain text of a news article into typed, structured data.

>>> import newsparse
>>> article = newsparse.parse("Officials said the bridge would reopen.\\nRead more: Rail fares rise")
>>> article.also_read[0].title.text
'Rail fares rise'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsparse._defaults import DEFAULT_RULES, default_parser, parse
from newsparse._document import Document, Gate, split_lines
from newsparse._errors import NewsparseError, RuleTimeoutError, UnknownLanguageError, UnknownRuleError
from newsparse._model import (
    BOILERPLATE_KINDS,
    AlsoRead,
    Article,
    Boilerplate,
    Byline,
    Caption,
    Dateline,
    Embed,
    Entity,
    Headline,
    Item,
    Link,
    Quote,
    Span,
    Timestamp,
    Tweet,
)
from newsparse._parser import Parser, Rule
from newsparse.lang import LanguageTables, detect_language, get_language, languages, register_language
from newsparse.rules.also_read.rule import AlsoReadRule, find_also_read
from newsparse.rules.boilerplate.rule import BoilerplateRule, find_boilerplate
from newsparse.rules.custom import PatternRule
from newsparse.rules.embeds.rule import EmbedRule, find_embed_wrappers, find_embeds
from newsparse.rules.furniture.bylines import BylineRule, find_bylines
from newsparse.rules.furniture.captions import CaptionRule, find_captions
from newsparse.rules.furniture.datelines import DatelineRule, find_datelines
from newsparse.rules.furniture.timestamps import TimestampRule, find_timestamps
from newsparse.rules.headlines.rule import HeadlineRule, find_headlines, parse_headline
from newsparse.rules.quotes.rule import QuoteRule, find_quotes
from newsparse.rules.tweets.entities import tweet_entities
from newsparse.rules.tweets.rule import TweetRule, find_tweets
from newsparse.text.dates import ParsedDate, parse_date
from newsparse.text.sentences import split_sentences

if TYPE_CHECKING:  # imported on first use (see __getattr__); type checkers and docs see them here
    from newsparse import examples
    from newsparse._batch import ParseFailure, parse_many
    from newsparse._records import RECORD_KINDS, arrow_schema, to_records
    from newsparse._serialize import SCHEMA_VERSION, from_dict, json_schema, to_dict
    from newsparse._view import VIEW_KINDS, annotate

    __version__: str

# The edge of the package (batch parsing, serialisation, records, the view, the examples, the
# version from the installed metadata) is imported the first time one of its names is read:
# together those imports cost more than the parser itself at start-up (concurrent.futures,
# importlib.metadata and .resources, json), and a plain ``parse`` needs none of them.
_LAZY = {
    "ParseFailure": "newsparse._batch",
    "parse_many": "newsparse._batch",
    "RECORD_KINDS": "newsparse._records",
    "arrow_schema": "newsparse._records",
    "to_records": "newsparse._records",
    "SCHEMA_VERSION": "newsparse._serialize",
    "from_dict": "newsparse._serialize",
    "json_schema": "newsparse._serialize",
    "to_dict": "newsparse._serialize",
    "VIEW_KINDS": "newsparse._view",
    "annotate": "newsparse._view",
}


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsparse")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+unknown"


def __getattr__(name: str) -> Any:
    """Import a name of the package's edge the first time it is read, and keep it."""
    if name == "__version__":
        value: Any = _installed_version()
    elif name == "examples":
        value = importlib.import_module("newsparse.examples")
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "BOILERPLATE_KINDS",
    "DEFAULT_RULES",
    "RECORD_KINDS",
    "SCHEMA_VERSION",
    "VIEW_KINDS",
    "AlsoRead",
    "AlsoReadRule",
    "Article",
    "Boilerplate",
    "BoilerplateRule",
    "Byline",
    "BylineRule",
    "Caption",
    "CaptionRule",
    "Dateline",
    "DatelineRule",
    "Document",
    "Embed",
    "EmbedRule",
    "Entity",
    "Gate",
    "Headline",
    "HeadlineRule",
    "Item",
    "LanguageTables",
    "Link",
    "NewsparseError",
    "ParseFailure",
    "ParsedDate",
    "Parser",
    "PatternRule",
    "Quote",
    "QuoteRule",
    "Rule",
    "RuleTimeoutError",
    "Span",
    "Timestamp",
    "TimestampRule",
    "Tweet",
    "TweetRule",
    "UnknownLanguageError",
    "UnknownRuleError",
    "__version__",
    "annotate",
    "arrow_schema",
    "default_parser",
    "detect_language",
    "examples",
    "find_also_read",
    "find_boilerplate",
    "find_bylines",
    "find_captions",
    "find_datelines",
    "find_embed_wrappers",
    "find_embeds",
    "find_headlines",
    "find_quotes",
    "find_timestamps",
    "find_tweets",
    "from_dict",
    "get_language",
    "json_schema",
    "languages",
    "parse",
    "parse_date",
    "parse_headline",
    "parse_many",
    "register_language",
    "split_lines",
    "split_sentences",
    "to_dict",
    "to_records",
    "tweet_entities",
]
