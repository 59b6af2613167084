"""The default parser: the built-in rules, in the order they run.

Order matters: embeds first (their bodies may contain anything), then the line-level
furniture, and quotes last so they never report text that furniture claimed.
"""

from __future__ import annotations

from newsparse._parser import Parser
from newsparse.rules.also_read.rule import AlsoReadRule
from newsparse.rules.boilerplate.rule import BoilerplateRule
from newsparse.rules.boilerplate.segment_scorer import SegmentScorerRule
from newsparse.rules.boilerplate.teasers import TeaserRule
from newsparse.rules.embeds.rule import EmbedRule
from newsparse.rules.furniture.bylines import BylineRule
from newsparse.rules.furniture.captions import CaptionRule
from newsparse.rules.furniture.datelines import DatelineRule
from newsparse.rules.furniture.timestamps import TimestampRule
from newsparse.rules.headlines.rule import HeadlineRule
from newsparse.rules.quotes.rule import QuoteRule
from newsparse.rules.tweets.rule import TweetRule

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
    # Last of the structural rules: the learned footer scorer reads what every rule before it
    # claimed and takes only free lines, so it never takes a byline, headline or dateline.
    SegmentScorerRule(),
    # After the scorer: a teaser pair is found by walking up over the footer lines below it.
    TeaserRule(),
    QuoteRule(),
)
"""The built-in rules, in order."""

default_parser = Parser(DEFAULT_RULES)
"""The parser :func:`newsparse.parse` uses."""

parse = default_parser.parse
