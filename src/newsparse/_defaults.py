"""The default parser: the built-in rules, in the order they run.

Order matters: embeds first (their bodies may contain anything), then the line-level
furniture, and quotes last so they never report text that furniture claimed.
"""

from __future__ import annotations

from newsparse._also_read import AlsoReadRule
from newsparse._boilerplate import BoilerplateRule
from newsparse._bylines import BylineRule
from newsparse._captions import CaptionRule
from newsparse._datelines import DatelineRule
from newsparse._embeds import EmbedRule
from newsparse._headlines import HeadlineRule
from newsparse._parser import Parser
from newsparse._quotes import QuoteRule
from newsparse._timestamps import TimestampRule
from newsparse._tweets import TweetRule

__all__ = ["DEFAULT_RULES", "default_parser", "parse"]

DEFAULT_RULES = (
    TweetRule(),
    EmbedRule(),
    AlsoReadRule(),
    BoilerplateRule(),
    HeadlineRule(),
    BylineRule(),
    TimestampRule(),
    DatelineRule(),
    CaptionRule(),
    QuoteRule(),
)
"""The built-in rules, in order."""

default_parser = Parser(DEFAULT_RULES)
"""The parser :func:`newsparse.parse` uses."""

parse = default_parser.parse
