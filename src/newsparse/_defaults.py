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
    # Bylines and timestamps before the headline: a byline or "Updated: ..." line right under
    # the headline must not be taken for its dek. Both rules only take lines that say what
    # they are ("By ...", a role, an agency, a date), so they never take a headline.
    # Bylines, timestamps and captions before the headline: a byline, "Updated: ..." or
    # caption line right under the headline must not be taken for its dek. The three rules
    # only take lines that say what they are ("By ...", a role, an agency, a date, a photo
    # credit), so they never take a headline.
    BylineRule(),
    TimestampRule(),
    # Captions also before datelines: a photo credit can sit in front of the dateline on the
    # first body line ("(Representative Photo) New Delhi, Sep 20 (PTI) ...").
    CaptionRule(),
    HeadlineRule(),
    DatelineRule(),
    QuoteRule(),
)
"""The built-in rules, in order."""

default_parser = Parser(DEFAULT_RULES)
"""The parser :func:`newsparse.parse` uses."""

parse = default_parser.parse
