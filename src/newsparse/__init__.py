"""newsparse: turn the plain text of a news article into typed, structured data.

>>> import newsparse
>>> article = newsparse.parse("Officials said the bridge would reopen.\\nRead more: Rail fares rise")
>>> article.also_read[0].title.text
'Rail fares rise'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version

from newsparse import examples
from newsparse._batch import ParseFailure, parse_many
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
from newsparse._records import RECORD_KINDS, arrow_schema, to_records
from newsparse._serialize import SCHEMA_VERSION, from_dict, json_schema, to_dict
from newsparse._view import VIEW_KINDS, annotate
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

try:
    __version__ = _version("newsparse")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

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
