"""Vocabulary of the boilerplate rule: ``(kind, regex)`` pairs, as data.

Each regex must match a WHOLE line (or a whole sentence at the end of a joined line); they are
combined into one alternation compiled with ``regex.IGNORECASE`` (write ``(?-i:…)`` for a
case-sensitive part). Bounded repeats only (``.{0,200}``), so matching stays linear.

A user extends a table by passing a new tuple::

    BoilerplateRule(patterns=BoilerplateRule().patterns + (("ad", r"Anuncio"),))
"""

from __future__ import annotations

__all__ = [
    "BENEFIT_PHRASES",
    "COMMENT_OPENERS",
    "CREDIT",
    "INTERFACE_STRINGS",
    "MEDIA_NOTICES",
    "MID_LINE_WIDGETS",
    "PATTERNS",
    "PLUG_LEADS",
    "PUBLISHER_NOTES",
    "SHARE_WORDS",
    "SITE_POINTERS",
    "SITE_STAMPS",
    "TAIL_PATTERNS",
]

SHARE_WORDS = (
    r"share(?:\s+(?:this|on|via|article|story|now|full\s+article)(?:\s+\w+)?)?",
    r"tweet",
    r"e-?mail(?:\s+(?:this|article|story|a\s+friend))?",
    r"print(?:\s+(?:this(?:\s+(?:page|article|story))?|article|story|page))?",
    r"save(?:\s+(?:article|story|for\s+later))?",
    r"pin(?:\s+it)?",
    r"whats\s?app",
    r"facebook",
    r"twitter",
    r"x",
    r"linkedin",
    r"reddit",
    r"telegram",
    r"messenger",
    r"sms",
    r"pinterest",
    r"flipboard",
    r"threads",
    r"bluesky",
    r"copy(?:\s+the)?\s+(?:link|url)",
    r"link\s+copied!?",
    r"gift(?:\s+this)?\s+article",
    r"listen(?:\s+to\s+(?:this\s+)?(?:article|story))?",
    r"font\s+size",
    r"comment",
    r"koo(?:\s?app)?",
    r"youtube",
    r"instagram",
    r"share\s+what\s+you\s+think",
)
"""Words that make up a line of share buttons (``Share | Facebook | X | WhatsApp``)."""

# One character inside a sentence: a sentence end followed by a space may not occur, so a
# pattern with a floating prefix (``… © 2025``) never swallows body sentences before the promo.
_IN = r"(?:[^.!?。]|[.!?](?!\s))"
# A line whose copyright sign follows a photo label is a photo credit, not a copyright line.
_NOT_PHOTO_SIGN = r"(?![^\n©ⓒ]{0,120}(?:foto|photo|bild|image|imagem|crédit)s?\s{0,2}:\s{0,2}[©ⓒ])"

_SHARE = "(?:" + "|".join(SHARE_WORDS) + ")"
_SHARE_LINE = rf"(?:{_SHARE})(?:[\s|•·/,:]{{0,6}}(?:{_SHARE})){{0,14}}[\s:!|.]{{0,3}}"


def _each(kind: str, *wordings: str) -> tuple[tuple[str, str], ...]:
    """One table entry per wording: the table's gates read a pattern's first letters and the
    strings every match holds, so an alternation of wordings opening differently would be tried
    on the lines of every one of them, and its strings looked for in each."""
    return tuple((kind, wording) for wording in wordings)


# Publisher notes and widget strings real scrapes keep that the sections below do not name
# (issue #9, fourth round): each wording its own entry, whole-line, written so that a story
# sentence opening with the same words stays story.
PUBLISHER_NOTES: tuple[tuple[str, str], ...] = (
    # A print-edition note: ``A version of this article appears in print on March 4, 2024,
    # Section A, Page 18 of the … edition with the headline: … Order Reprints | Today's Paper``.
    (
        "other",
        r"a\s+version\s+of\s+this\s+(?:article|story|review|piece|column)\s+appear(?:s|ed)\s+in\s+print\b.{0,400}",
    ),
    # A syndication note naming the first headline: ``Originally published as Ferry fares
    # frozen``; ``This story originally appeared in …``.
    ("syndication", r"originally\s+published\s+as\s.{1,200}"),
    # ``Originally published on Live Science.``: the house, capitalised, and nothing after it
    # (``Originally published in 1851, the novel …`` is story).
    (
        "syndication",
        r"originally\s+published\s+(?:on|in|at|by)\s+(?:the\s+)?(?-i:\p{Lu})[^.!?,;:\n]{1,60}\.?",
    ),
    # A republisher's pointer to the first house (#9, s11): ``You will find more infographics at
    # Statista, where this article was originally published.``
    (
        "syndication",
        r"(?:you\s+(?:will|can|'ll|’ll)\s+)?find\s+more\b.{1,120}?\bwhere\s+this\s+(?:article|story|piece|post|chart|column)"
        r"\s+(?:was|first\s+was)\s+(?:originally\s+|first\s+)?(?:published|posted|appeared)\b.{0,60}",
    ),
    (
        "syndication",
        r"this\s+(?:article|story|piece|post|column)\s+(?:was\s+)?originally\s+(?:appeared|published|ran)\s+"
        r"(?:on|in|at|by)\s[^.!?]{1,150}\.?(?:\s{1,3}read\s+the\s+original\b.{0,80})?",
    ),
    # A syndication note naming the newsletter or site the piece first ran in (#9, ninth round):
    # ``A version of this story first appeared in the Morning Brief newsletter. Not a
    # subscriber? …``, ``This piece, excerpted from example.com, was first published on …``.
    # At a line's start only, where it is the house's note (``The story first appeared in 1851
    # …`` with no ``this`` is story).
    (
        "syndication",
        r"(?:a\s+version\s+of\s+)?this\s+(?:article|story|piece|post|column|essay|interview|report)"
        r"(?:,\s[^,\n]{1,80},?)?\s+(?:was\s+)?first\s+(?:appeared|published)\s+(?:on|in|at|by)\s.{1,400}",
    ),
    # A republishing house's disclosure: ``Disclosure statement`` / ``Jane Roe does not work
    # for, consult, own shares in or receive funding from any company …`` / ``… provides
    # funding as a member of …``.
    ("disclaimer", r"disclosure\s+statement\W{0,3}"),
    (
        "disclaimer",
        r"(?=.{0,120}\bnot\s+work\s+for,?\s+consult)"
        + _IN
        + r"{0,120}\bnot\s+work\s+for,?\s+consult\b.{0,500}",
    ),
    (
        "disclaimer",
        r"(?=.{0,150}\bprovides?\s+funding\s+as\s+a)"
        + _IN
        + r"{0,150}\bprovides?\s+funding\s+as\s+a\b.{0,200}",
    ),
    # A rights notice under the copyright line: ``All rights reserved. This material, and other
    # digital content on this website, may not be reproduced …``.
    (
        "copyright",
        r"(?:all\s+rights\s+reserved\W{1,3})?(?:this\s+(?:material|article|content|story)|no\s+part\s+of\s+this\s+"
        r"(?:publication|article|website|material|content))\b[^.!?]{0,80}\s+may\s+(?:not\s+)?be\s+"
        r"(?:reproduced|republished|published|broadcast|copied|redistributed|rewritten)\b.{0,400}",
    ),
    # A reprint notice: ``This copy is for your personal, non-commercial use only. To order
    # presentation-ready copies … visit …``.
    (
        "copyright",
        r"(?:this\s+(?:copy|article|content|material)\s+is\s+)?for\s+(?:your\s+)?personal,?\s+"
        r"non-?commercial\s+use\s+only\b.{0,400}",
    ),
    # A sponsorship note: ``This week's Tennis Podcast is sponsored by …``, ``This sponsored
    # deal is brought to you by …``.
    (
        "disclaimer",
        r"(?:this|today['’]s|this\s+week['’]s)\s+[^.!?\n]{0,60}?\b(?:is|was)\s+(?:sponsored|brought\s+to\s+you|presented"
        r"|made\s+possible)\s+by\b.{0,250}",
    ),
    # A link line: a short label naming where to listen, watch or read, and a bare address
    # (``Listen: http://…``, ``iTunes: http://…``, ``Tickets: www.…``); a source or credit label
    # is the bylines rule's. (A vocabulary, not any word: a pattern that may start anywhere
    # would be tried on every line holding an address.)
    (
        "other",
        r"(?:listen|download|itunes|spotify|apple\s+podcasts|google\s+podcasts|stitcher|soundcloud|rss|podcast"
        r"|subscribe|watch|video|website|web|link|links|more|more\s+info(?:rmation)?|details|info|tickets?"
        r"|register|registration|full\s+(?:story|report|article|video|interview)|read\s+more|read)"
        r"[ \t\u00a0]{0,2}:[ \t\u00a0]{0,3}(?:https?://|www\.)\S{3,300}",
    ),
    # A moderation note: ``Comments expressed here do not reflect the opinions of …``.
    (
        "disclaimer",
        r"(?:the\s+)?(?:comments|views|opinions)\s+expressed\s+(?:here|below|on\s+this\s+(?:site|page|website))\s+"
        r"(?:do\s+not|don['’]t|does\s+not)\s+(?:necessarily\s+)?reflect\b.{0,250}",
    ),
    # A newsletter plug ending in its link: ``Get a look at the day ahead … with the Morning Bid
    # email newsletter. Sign up here.``
    ("newsletter", r"(?=.{0,300}\bnewsletters?\b).{0,250}\bnewsletters?\b.{0,60}\bsign\s+up\s+here\W{0,3}"),
    # Update notes of wire and business desks: ``(Updates with opposition comment in fifth
    # paragraph.)``, ``(Adds details, quotes)``, ``This story has been updated to include …``.
    (
        "other",
        r"\(\s{0,2}(?:updates?|adds?|recasts?|corrects?|rewrites?|changes?)\s+(?:with|to|throughout|paragraphs?"
        r"|\d|details|comments?|quotes?|byline|headline|analyst|background|context|graphic|figures?|share|shares)\b"
        r"[^()\n]{0,200}\)",
    ),
    (
        "other",
        r"\(?\s{0,2}this\s+(?:story|article|report|piece|post)\s+has\s+been\s+(?:updated|corrected|amended)\b.{0,250}",
    ),
    # Notes about the story itself, with or without a label (fifth round): ``Editor's Note: …``,
    # ``*This story has been updated to include …``, ``This article was amended on 3 March to
    # correct …``, ``An earlier version of this article misstated …``, ``This is a developing
    # story.`` A story sentence is about its subject, not about "this story".
    *_each(
        "other",
        r"[\[(*]{0,2}editor['’]?s['’]?\s+note\s*[:—–-].{0,600}",
        r"[\[(*]{0,2}(?:note|update[sd]?|correction|clarification)\b[^:\n]{0,40}?[:—–-]\s*"
        r"(?:this|the)\s+(?:story|article|post|report|piece|column|blog\s+post|video)\s+(?:has\s+been|was|had\s+been|is\s+being)"
        r"\s+(?:updated|amended|corrected|changed|edited|revised|expanded|republished|modified)\b.{0,400}",
        # (Unlabelled, only "this": ``The report was revised in March …`` is story.)
        r"[\[(*]{0,2}this\s+(?:story|article|post|piece|column|blog\s+post)\s+(?:has\s+been|was|had\s+been|is\s+being)"
        r"\s+(?:updated|amended|corrected|changed|edited|revised|expanded|republished|modified)\b.{0,400}",
        r"[\[(*]{0,2}an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|article|post|report|piece)\b.{0,400}",
        r"[\[(*]{0,2}this\s+is\s+an?\s+(?:developing|breaking)(?:\s+news)?\s+story\b.{0,200}",
        r"[\[(*]{0,2}this\s+(?:story|article|report)\s+is\s+developing\b.{0,200}",
        r"corrections?\s+appended\b.{0,100}",
    ),
    # Paywall and support pleas naming no promo noun of the table (fifth round).
    *_each(
        "newsletter",
        r"to\s+(?:read|continue\s+reading|access|unlock)\s+(?:the\s+full|this|the\s+rest|more)\b.{0,60}"
        r"\b(?:subscribe|sign\s+in|log\s+in|register|subscription|subscriber)\b.{0,150}",
        r"become\s+an?\s+(?:subscriber|member|supporter|patron|insider)\b.{0,150}",
        r"you\s+have\s+(?:\d{1,3}|one|two|three|four|five|no)\s+(?:free\s+)?(?:articles?|stories)\s+(?:left|remaining)\b.{0,150}",
        r"continue\s+reading\s+(?:on|at)\s+.{1,60}",
    ),
    *_each(
        "other",
        r"(?:please\s+)?support\s+(?:local|independent|quality|our)\s+(?:journalism|news|reporting)\b.{0,200}",
        r"if\s+you\s+(?:value|appreciate|enjoy|rely\s+on)\s+(?:our|this|the)\s+(?:journalism|reporting|work|coverage|content)\b.{0,250}",
        r"we\s+rely\s+on\s+(?:readers|your\s+support|you)\b.{0,250}",
        # Pleas and call-outs to the reader with no promo noun (#9, eighth round): ``We need your
        # help to stay independent``, ``Are you a tenant? We want to hear from you! …`` (the
        # call-out ends its sentence there: ``…, the mayor told residents`` is a quotation).
        r"we\s+need\s+your\s+(?:help|support)\s+to\s+(?:stay|remain|keep)\s+(?:independent|free|going)\b.{0,150}",
        r"(?:[^.?!\n]{1,120}\?\s{1,3})?we(?:\s+(?:want|would\s+love)|['’]d\s+love)\s+to\s+hear\s+from\s+you\s?(?:[!.:].{0,250})?",
        # A funding note: ``This project was produced with support from …``.
        r"this\s+(?:project|story|article|report|reporting|series|coverage)\s+(?:was|is)\s+"
        r"(?:produced|made\s+possible|supported|funded)\s+(?:with|by|through)\s+(?:the\s+)?"
        r"(?:support|a\s+grant|funding|financial\s+support)\b.{0,200}",
        r"(?:got|have)\s+a\s+(?:news\s+)?(?:story|tip)\?.{0,150}",
        r"more\s+(?:on|about)\s*:.{1,200}",
    ),
    ("share", r"share\s+this\s+(?:story|article|post|page)\s+(?:on|via|with)\b.{0,60}"),
    # Where the piece first ran: ``Published in Dawn, March 3rd, 2024``; ``Read the original
    # article on …``; a wire feed's note (``This report is auto-generated from … news service``).
    (
        "syndication",
        r"published\s+in\s+(?:the\s+)?(?-i:\p{Lu})[\w .'’&-]{1,40},\s{1,3}"
        r"(?:\w{3,9}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}|\d{1,2}(?:st|nd|rd|th)?\s{1,3}\w{3,9},?\s{1,3}\d{4})\.?",
    ),
    ("syndication", r"read\s+the\s+original\s+(?:article|story|post|piece)\s+(?:on|at|in)\s.{1,80}"),
    ("syndication", r"this\s+(?:report|story|article|copy)\s+is\s+auto-?generated\s+from\b.{0,300}"),
    # A note that the piece was taken from elsewhere (``This story has been adapted from its
    # original source.``, ``This article was republished with permission from …``).
    (
        "syndication",
        r"this\s+(?:article|story|post|piece|report)\s+(?:has\s+been|was|is)\s+"
        r"(?:adapted|republished|reprinted|reproduced|excerpted)\s+(?:from|with\s+permission)\b.{0,150}",
    ),
    # Rails and plugs naming the house: ``Most Read from Bloomberg``, ``Read related topics:…``,
    # ``Like Opinion & Editorial on Facebook, follow @… on Twitter …``, e-paper and print-edition
    # plugs, a paywall reminder.
    ("related_links", r"most\s+(?:read|popular|viewed|shared)\s+from\s+.{1,40}"),
    ("other", r"read\s+related\s+topics\s*:.{0,200}"),
    ("social_follow", r"like\s+.{1,60}?\s+on\s+facebook,?\s+(?:and\s+)?follow\b.{0,200}"),
    ("newsletter", r"(?:now\s+)?you\s+can\s+(?:now\s+)?read\s+(?:the\s+)?.{1,60}?\s+e-?paper\b.{0,250}"),
    ("newsletter", r"see\s+today['’]s\s+front\s+and\s+back\s+pages\b.{0,200}"),
    (
        "newsletter",
        r"(?:reminder,?\s+)?this\s+is\s+an?\s+(?:premium|subscriber[\s-]only|members?[\s-]only|exclusive)\s+"
        r"(?:article|story|content)\b.{0,150}",
    ),
    # A newsletter offer naming no newsletter: ``Get the Daily Ledger by email every morning.``,
    # then ``Join free.`` (a story sentence with a speech verb stays story).
    (
        "other",
        r"get\s+(?:the\s+|our\s+)?(?-i:\p{Lu})[^.!?\n]{0,60}?\s+(?:by|via|straight\s+to\s+your|in\s+your)\s+"
        r"(?:e-?mail|inbox)\b(?!.{0,150}\b(?:said|says|told)\b)[^!?\n]{0,120}",
    ),
    ("other", r"join\s+(?:for\s+)?free\W{0,3}|sign\s+up\s+for\s+free\W{0,3}"),
    # A donation box: ``Support the Valley Courier`` over its plea, ``Give monthly`` /
    # ``Donate once`` buttons.
    (
        "other",
        r"support\s+(?:the\s+)?(?-i:\p{Lu})[\w.'’&-]{1,30}(?:\s+(?-i:\p{Lu})[\w.'’&-]{1,30}){0,3}\W{0,3}",
    ),
    ("other", r"(?:give|donate|contribute|chip\s+in)\s+(?:monthly|once|annually|yearly|today|now)\W{0,3}"),
    # Widget strings alone on a line: ``Click to expand``, ``Discover more``, ``Tune In``, a
    # keyword list, an image label (``Header image: … — Reuters``), a video link behind a pipe
    # (``WATCH | Governor explains the decision``), a media player's clock (``00:00``).
    ("other", r"(?:click|tap)\s+to\s+(?:expand|enlarge|zoom)\W{0,3}"),
    ("related_links", r"discover\s+more(?:\s+(?:stories|from\s+.{1,40}))?\W{0,3}"),
    ("other", r"(?-i:Tune In|TUNE IN)\W{0,3}"),
    ("other", r"(?:key\s?words?|search\s+keywords?)\s*:.{0,300}"),
    (
        "other",
        r"(?:header|featured|feature|cover|top|lead|banner|main|hero|thumbnail)\s+(?:image|photo|picture|illustration)"
        r"(?:\s+(?:credit|courtesy))?\s*[:|].{1,250}",
    ),
    (
        "related_links",
        r"(?-i:WATCH|Watch|VIDEO|Video|LISTEN|Listen)[ \t\u00a0]{0,2}\|[ \t\u00a0]{0,2}[^|\n]{3,150}",
    ),
    ("other", r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s{0,2}/\s{0,2}\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"),
)
"""Publisher notes and widget strings (print-edition and syndication notes, disclosures, rights
notices, a player's clock …), tried after the other whole-line patterns."""


# Interface strings a scrape leaves alone on a line (issue #9, fourth round): comment and
# newsletter forms, a blog's post furniture, paywall prompts, a media player's buttons, page
# tools and stamp labels whose date stands on the next line. Whole lines only, so a story
# sentence holding the same words is never one of them.
# ``Top Rated Comments``, ``All comments (12)``, ``User comments``, ``Most recent comments``.
_COMMENT_HEADER = (
    r"(?:top(?:\s+rated)?|all|user|readers?['’]?|latest|recent|most\s+recent|newest|oldest|popular|featured"
    r"|best|most\s+popular|visitor)\s+comments?(?:\s*\(\d{1,6}\))?\W{0,3}"
)


INTERFACE_STRINGS: tuple[tuple[str, str], ...] = (
    # Buttons and labels of UK and US pages that text extraction keeps on their own lines (#9,
    # s11): an image's enlarge button, a link-copy button, a comment jump, labels whose links
    # were lost, a house's trust page, pleas and offers that name no promo noun. Whole lines:
    # a story sentence goes on after the same words.
    *_each(
        "other",
        r"view\s+(?:image|photo|picture)\s+in\s+full\s?screen\W{0,3}",
        # (the house by its name, capitalised: ``Why you can trust the figures …`` is story)
        r"why\s+you\s+can\s+trust\s+(?-i:\p{Lu})[\p{L}\d&'’.-]{0,20}(?:\s(?-i:\p{Lu})[\p{L}\d&'’.-]{0,20}){0,3}",
        r"want\s+an\s+ad-?\s?free\s+experience\?(?:\s.{1,120})?",
        r"your\s+support\s+makes\s+(?:all\s+)?the\s+difference\W{0,3}",
        r"read\s+more\s+about\s*:",
        r"more\s+about\W{0,3}",
        r"in\s+other\s+news\W{0,3}",
        r"featured\s+videos?\W{0,3}",
        r"watch\s+more(?:\s+videos?)?\W{0,3}",
        r"follow\s+the\s+latest\s+updates\W{0,3}",
        r"sorry,?\s+this\s+(?:video|content|media)\s+is\s+(?:not|no\s+longer)\s+available\b.{0,80}",
    ),
    *_each(
        "share",
        r"copy\s+link\s+to\s+clipboard\W{0,3}",
    ),
    *_each(
        "comments",
        r"jump\s+to\s+(?:the\s+)?comments(?:\s+section)?\W{0,3}",
    ),
    *_each(
        "newsletter",
        r"(?:enjoying|enjoyed|like|liked)\s+this\s+(?:article|story|piece)\?\s{1,3}(?:subscribe|sign\s+up|join|support)\b.{0,200}",
    ),
    *_each(
        "disclaimer",
        r"(?:our\s+)?(?:journalism|content|site|reviews?|work)\s+is\s+(?:supported|funded)\s+by\s+(?:our\s+)?readers\b.{0,300}",
    ),
    *_each(
        "comments",
        r"no\s+comments(?:\s+yet)?\W{0,3}",
        r"share\s+your\s+thoughts\W{0,3}",
        r"what\s+do\s+you\s+think\?",
        r"notify\s+me\s+(?:of|when|about)\s+(?:new\s+|follow-up\s+)?(?:comments|posts|replies)\b.{0,80}",
    ),
    *_each(
        "related_links",
        r"(?:older|newer)\s+posts?\W{0,3}",
        r"next\W{0,3}",
        r"(?:previous|prev)\W{0,3}",
        r"see\s+all(?:\s+(?:stories|news|articles|videos|photos))?\W{0,3}",
        r"view\s+(?:all(?:\s+(?:stories|news|articles|videos|photos))?|gallery)\W{0,3}",
        r"read\s+(?:(?:the\s+)?full\s+(?:article|story)|more\s+stories\s+like\s+this)\W{0,3}",
        r"watch\s+(?:this\s+next|live)\W{0,3}",
        r"related\s+subjects\W{0,3}",
        r"explore\s+further\W{0,3}",
        r"hot\s+topics\W{0,3}",
        r"photo\s+gallery\W{0,3}",
        r"breaking\s+news\W{0,3}",
        r"live\s+(?:updates|tv)\W{0,3}",
    ),
    *_each(
        "other",
        r"proudly\s+powered\s+by\s+\w{2,30}\W{0,3}",
        r"bookmark(?:\s+the\s+permalink)?\W{0,3}",
        r"(?:categories|category)\s*:.{0,300}",
        r"tagged\s*:.{0,300}",
        r"this\s+entry\s+was\s+posted\s+in\s+[^.!?\n]{1,150}(?:\s+and\s+tagged\s+[^\n]{1,200})?",
    ),
    *_each(
        "newsletter",
        r"newsletter\s+sign[\s-]?up\W{0,3}",
        r"(?:your\s+)?e-?mail(?:\s+address)?\s*\*?\W{0,3}",
        r"submit\W{0,3}",
        r"you['’]re\s+all\s+set\W{0,3}",
        r"thank(?:s|\s+you)\s+for\s+your\s+support\W{0,3}",
        r"unlock\s+this\s+(?:article|story)\W{0,3}",
        r"get\s+full\s+access\W{0,3}",
        r"cancel\s+any\s?time\W{0,3}",
        r"members\s+only\W{0,3}",
        r"exclusive\s+to\s+(?:subscribers|members)\W{0,3}",
        r"premium\W{0,3}",
        r"to\s+continue\s+reading,?\s+(?:please\s+)?(?:subscribe|sign\s+in|log\s+in|register)\b.{0,150}",
        r"this\s+site\s+is\s+protected\s+by\s+recaptcha\b.{0,200}",
        # A comment or sign-up form's consent line: ``By submitting this form you agree to …``.
        r"by\s+submitting\s+(?:this|the|your|a)\s+(?:form|comment|details|information|e-?mail|request)\b.{0,300}",
    ),
    *_each(
        "other",
        r"audio\W{0,3}",
        r"(?:play|pause|photo|privacy)\W{0,3}",
        r"(?:mute|unmute)\W{0,3}",
        r"full\s?screen\W{0,3}",
        r"image\W{0,3}",
        r"video\W{0,3}",
        r"gallery\W{0,3}",
        r"open\s+in\s+(?:the\s+)?app\W{0,3}",
        r"toggle\s+navigation\W{0,3}",
        r"search\s+for:\W{0,3}",
        r"type\s+(?:your|to)\s+search\W{0,3}",
        r"press\s+enter\s+to\s+search\W{0,3}",
        r"close\s+search\W{0,3}",
        r"text\s+size\W{0,3}",
        r"dark\s+mode\W{0,3}",
        r"saved\W{0,3}",
        r"unfollow\W{0,3}",
        r"licensing\W{0,3}",
        r"reprints?(?:\s+(?:&|and)\s+permissions)?\W{0,3}",
        r"order\s+reprints\W{0,3}",
        r"photo\s+credits\W{0,3}",
        r"(?:last\s+)?(?:updated|modified)\s*:?",
        r"published\s*:?",
        r"posted(?:\s+(?:on|at))?\s*:?",
    ),
    # A blog's or a site's comment section: ``12 thoughts on “…”``, ``One response to “…”``,
    # ``Reader Comments``, ``comments powered by Disqus`` (the first three open it, see
    # :data:`COMMENT_OPENERS`).
    *_each(
        "comments",
        r"\d{1,6}\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+[“\x22‘'«][^\n]{1,200}[”\x22’'»]\W{0,2}",
        r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+[“\x22‘'«][^\n]{1,200}[”\x22’'»]\W{0,2}",
        r"reader\s+comments?(?:\s*\(\d{1,6}\))?:?",
        r"(?:blog\s+)?comments\s+powered\s+by\s+\w{2,20}\W{0,3}",
        # A comment section's header naming its order or its writers (``Top Rated Comments``,
        # ``All comments``, ``User comments``): it opens the section (:data:`COMMENT_OPENERS`).
        _COMMENT_HEADER,
        r"(?:show|view|load|see)\s+(?:new|all\s+new|older|newer|more)\s+comments(?:\s*\(\d{1,6}\))?\W{0,3}",
    ),
    # Consent banners and the site footer's links: ``By clicking “Accept All Cookies”, you agree
    # …``, ``Manage cookies``, ``Your Privacy Choices``, ``About Us | Contact | Advertise``,
    # ``Powered by …``, ``Go to top``.
    *_each(
        "other",
        r"by\s+(?:clicking|continuing|using|browsing)\b.{0,100}\bcookies?\b.{0,300}",
        r"we\s+and\s+our\s+(?:\d{1,4}\s+)?partners\s+(?:use|store|process)\b.{0,400}",
        r"we\s+care\s+about\s+your\s+privacy\W{0,3}",
        r"(?:manage|customi[sz]e)\s+(?:cookies|cookie\s+settings|preferences|consent)\W{0,3}",
        r"(?:accept|reject|allow|decline)\s+all(?:\s+cookies)?\W{0,3}",
        r"your\s+privacy\s+(?:choices|rights|settings)\W{0,3}",
        r"do\s+not\s+sell\s+(?:or\s+share\s+)?my\s+(?:personal\s+)?(?:information|data)\W{0,3}",
        r"about\s+us\s*[|•·/]\s*[^.!?\n]{1,200}",
        r"(?:powered|designed|developed|designed\s+and\s+developed)\s+by\s+[\w .&-]{2,40}",
        r"(?:go|scroll)\s+(?:back\s+)?to\s+(?:the\s+)?top\W{0,3}",
        r"rss(?:\s+feeds?)?\W{0,3}",
    ),
    *_each(
        "social_follow",
        r"follow\s+(?:us\s+)?on\s+google\s+news\W{0,3}",
        r"add\s+(?:us\s+)?to\s+google\s+news\W{0,3}",
    ),
)
"""Interface strings alone on a line (comment, newsletter and paywall forms, a player's
buttons, page tools, stamp labels), tried after the publisher notes."""

# The page talking about its own media, player, gallery and live blog (issue #9, sixth round):
# player and browser notices (``Video Player is loading.``, ``Your browser does not support the
# video tag.``), consent blanks where an embed stood, gallery and caption toggles, pointers to a
# clip above or below, live-blog filters, rail labels with nothing under them. Each names the
# page's own furniture (player, caption, slide, JavaScript, privacy preferences …), which a story
# sentence about a video (``The video shows officers …``) does not.
MEDIA_NOTICES: tuple[tuple[str, str], ...] = (
    *_each(
        "other",
        r"(?:the\s+|this\s+)?(?:video|media|audio)(?:\s+player)?\s+is\s+loading\W{0,3}",
        r"(?:the\s+|this\s+)?(?:video|media|audio|clip|content)\s+(?:can\s*not|can['’]t|could\s+not|cannot)\s+be\s+(?:played|loaded|displayed)\b.{0,150}",
        r"(?:sorry,?\s+)?your\s+browser\s+(?:does\s+not|doesn['’]t|does\s+n['’]t|cannot|can['’]t)\s+(?:support|play|display)\b.{0,200}",
        r"please\s+(?:turn\s+on|enable)\s+javascript\b.{0,200}",
        r"(?:this\s+)?content\s+is\s+not\s+available\s+due\s+to\s+your\s+(?:privacy|cookie)\s+(?:preferences|settings|choices)\b.{0,200}",
        r"update\s+your\s+(?:settings|preferences)\s+here\s+to\s+see\s+it\W{0,3}",
        r"we['’]re\s+sorry,?\s+this\s+feature\s+is\s+currently\s+unavailable\b.{0,200}",
        r"(?:toggle|hide|show)\s+caption\W{0,3}",
        r"enlarge\s+(?:this\s+)?(?:image|photo|picture)\W{0,3}",
        r"open\s+this\s+(?:photo|image)\s+in\s+gallery\W{0,3}",
        r"(?:next|previous|prev)\s+(?:slide|image|photo|picture)\W{0,3}",
        r"(?:swipe|scroll|click|tap)\s+(?:(?:left|right|down|up|through)\s+)?(?:for|to\s+(?:see|view|watch))\s+(?:more(?:\s+(?:photos|images|pictures))?|the\s+video|video|the\s+gallery|next)\W{0,3}",
        r"click\s+(?:on\s+)?(?:the\s+)?(?:image|photo|picture)s?\s+to\s+(?:enlarge|expand|zoom)\W{0,3}",
        # also in brackets: "(Watch the video below.)", "(See the photos above)"
        r"\(?(?:watch|see|view)\s+(?:the\s+)?(?:full\s+)?(?:video|interview|clip|footage|report|photos|pictures|gallery)"
        r"\s+(?:above|below)\W{0,3}",
        r"(?:show\s+)?key\s+events(?:\s+only)?\W{0,3}",
        r"(?:please\s+)?refresh\s+(?:the\s+page\s+)?for\s+(?:the\s+)?latest\s+updates\W{0,3}",
        r"advertisement\s*[-–—:|]\s*(?:scroll|continue)\s+(?:to\s+continue|reading)\b.{0,40}",
        r"save\s+this\s+(?:story|article)(?:\s+for\s+later)?\W{0,3}",
        r"dismiss\W{0,3}",
        r"(?:[\w.'’\- ]{1,40}/)?(?-i:AFP|AP|Reuters|EPA|Bloomberg|Anadolu|NurPhoto|SOPA\s+Images)"
        r"(?:/[\w.'’\- ]{1,40})?\s+via\s+Getty\s+Images\W{0,3}",
    ),
    *_each(
        "related_links",
        r"recommended(?:\s+(?:for\s+you|stories|videos|reading|articles))?\W{0,3}",
        r"more\s+(?:stories|articles|videos)\s+like\s+this\W{0,3}",
        r"(?:supported|presented|brought\s+to\s+you)\s+by\W{0,3}",
    ),
    *_each(
        "newsletter",
        r"(?:our|independent|quality)\s+journalism\s+(?:needs|depends\s+on|relies\s+on)\s+(?:your|readers|you)\b.{0,300}",
        r"have\s+you\s+got\s+a\s+(?:story|news\s+tip|tip)\b.{0,200}",
    ),
)
"""Notices of the page's own player, gallery, consent blanks and live-blog filters, alone on a
line."""

# A date as news sites stamp it: ``Apr 26, 2020 21:43 IST``, ``14 November 2023, 10:05 IST``,
# ``Nov 14, 2023 at 10:05 AM`` (bounded parts, no nested repeats).
_STAMP_DATE = (
    r"(?:\p{L}{3,9}\.?\s{1,2}\d{1,2},?|\d{1,2}\s{1,2}\p{L}{3,9}\.?,?)\s{1,2}\d{4}"
    r"(?:,?\s{1,2}(?:at\s{1,2})?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?"
    r"(?:\s{1,2}(?:IST|GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|PST|PDT|AEST|AEDT|SGT|HKT|WAT|EAT|CAT))?"
)

# Stamps and plugs of news sites' article pages that the tables above do not name (issue #9,
# sixth round): a stamp led by a section word or in brackets (``india Updated: Apr 26, 2020
# 21:43 IST``, ``(Published 14 November 2023, 10:05 IST)``), an invitation to the latest news
# that ends in an app download, thanks for subscribing, a location field, page buttons
# (``READ LATER``, ``Go to Home Page``), links to the desk's standards, wire-source notes and
# share pleas in the past tense (``Liked the story? Share it …``).
SITE_STAMPS: tuple[tuple[str, str], ...] = (
    *_each(
        "other",
        r"(?-i:\p{Ll}[\p{Ll}-]{1,20}(?:\s\p{Ll}[\p{Ll}-]{1,20})?)\s{1,3}(?:updated|published|posted)\s{0,2}:?\s{1,2}"
        + _STAMP_DATE,
        r"\(\s{0,2}(?:first\s+)?(?:published|updated|posted)\s{0,2}[:-]?\s{0,2}(?:on\s+)?"
        + _STAMP_DATE
        + r"\s{0,2}\)",
        r"location\s{0,2}:\s{0,2}[\p{L} ,.'’-]{2,60}",
        r"read\s+later\W{0,3}",
        r"remove\W{0,3}",
        r"go\s+to\s+(?:the\s+)?home\s?page\W{0,3}",
        r"(?:read\s+)?our\s+(?:code\s+of\s+(?:editorial\s+values|ethics|conduct)|editorial\s+(?:values|standards|"
        r"guidelines|policy)|corrections?\s+policy|ethics\s+policy)\W{0,3}",
        r"(?:note\s{0,2}:\s{0,2})?this\s+(?:article|story|report|copy)\s+(?:has\s+been|was|is)\s+(?:sourced|taken|"
        r"auto-generated|generated)\s+from\s+(?:a\s+|an\s+|the\s+)?(?:wire\s+agency|news\s+agency|wire\s+service|"
        r"syndicated\s+feed|agency\s+feed|news\s+wire|agency)\b.{0,200}",
    ),
    *_each(
        "newsletter",
        r"(?:discover|explore|get|read|catch)\s+(?:all\s+)?the\s+latest\b.{0,300}\bdownload\b.{0,60}\bapps?\b.{0,100}",
        r"(?:\*\s{0,2})?thank(?:s|\s+you)\s+for\s+(?:subscribing|signing\s+up)\b.{0,150}",
        r"make\s+a\s+contribution\s+to\s+(?:independent\s+|quality\s+|free\s+)?journalism\W{0,3}",
    ),
    *_each(
        "share",
        r"(?:liked|loved|enjoyed|found)\s+(?:this|the)\s+(?:story|article|post)(?:\s+useful)?\?\s{0,2}share\b.{0,120}",
    ),
    # Chrome of US and UK article pages (#9, eleventh round (sample s13), from the postlight-fixture pages):
    # an update stamp led by its label and a date (``UPDATE: Dec. 22, 2016, 2:16 p.m. EST
    # Updated with a statement from the council.``; the label and the date make it the desk's
    # note, a story sentence opens no line with them), a newsletter's headline with its sign-up
    # link after a pipe (``Morning Brief: Ferry fares frozen | Sign up``), a reaction widget
    # (``What's Your Reaction?``), a post that the page could not load (``Tweet may have been
    # deleted``), a house's pick label (``SI Recommends``), and pointers to a document or a
    # gallery whose link or embed the scrape lost (``Read the full statement here.``, ``See
    # photos from this story:``).
    (
        "other",
        r"(?:update[ds]?|correction|clarification)\s{0,2}[:–—-]\s{0,2}"
        + _STAMP_DATE
        # (the note after the date is what makes the line the desk's; a stamp alone is the
        # timestamps rule's: ``Updated: Nov 2, 2023 09:20 PM IST``)
        + r"[\s:.,;–—-]{1,4}(?-i:\p{Lu}\p{Ll})[^\n]{10,250}",
    ),
    ("newsletter", r"[^|\n]{1,150}\|\s{0,2}sign\s+up(?:\s+(?:here|now|today))?\W{0,3}"),
    (
        "share",
        r"what['’]s\s+your\s+reaction\?(?:\s{0,3}share\s+this\s+reaction\s+with\s+your\s+friends\W{0,3})?",
    ),
    ("embed_wrapper", r"(?:this\s+)?(?:tweet|post)\s+may\s+have\s+been\s+deleted\W{0,3}"),
    (
        "related_links",
        r"(?-i:(?!The\s)\p{Lu}[\p{L}\d.&'’]{0,20}(?:\s\p{Lu}[\p{L}\d.&'’]{0,20})?)\s+recommends\W{0,3}",
    ),
    (
        "other",
        r"(?:read|see|view|check\s+out|watch)\s+(?:the\s+)?(?:full|entire|complete)\s+(?:letter|statement|"
        r"text|transcript|memo|filing|complaint|document|report|lawsuit|indictment|ruling|speech|list)"
        r"(?:\s+(?:from|by)\s+[^.!?\n]{2,60})?\s+(?:here|below|above)(?:\s+(?:from|by)\s+[^.!?\n]{2,60})?\W{0,3}",
    ),
    (
        "other",
        r"(?:see|view)\s+(?:more\s+|all\s+)?(?:photos|pictures|images)\s+(?:from|of)\s+this\s+(?:story|article)\W{0,3}",
    ),
    # An ad rail's feedback form: each ad of a ``FROM THE WEB`` rail ends in ``Ad is Hidden``
    # and the question why (the reasons under it are short lines the footer absorbs).
    ("ad", r".{0,200}?ad\s+is\s+hidden\s{0,3}please\s+tell\s+us\s+why\s+you\s+hid\s+this\s+ad\?"),
)
"""Stamps led by a section word or in brackets and news sites' plugs and buttons, alone on a
line."""

# Pointers and labels of the page that a scrape leaves alone on a line (issue #9, seventh round,
# from the opened blind sets): a "read more" label naming a section or topic instead of a
# title (``read more in politics``, ``Read More on The Daily Ledger``), a pointer to the live
# blog or the desk's full coverage (``Follow the latest flood updates on our live blog.``), a
# gallery's label and counter (``Region news in pictures``, ``Show all 40``), an image
# placeholder named by the site's initials (``DL Image``), a prize ad ending in ``Register
# Now!`` and a breadcrumb of section names (``Lifestyle | Travel | Green Travel``). Whole lines
# only: a story sentence holding the same words goes on past them.
_BYLINE_WORDS = (
    r"(?:by|writer|reporter|correspondent|editor|journalist|columnist|contributor|staff|bureau|desk"
    r"|agency|reuters|afp|ap|pti|ians|ani|bloomberg|dpa|efe|ansa|lusa)"
)
_SECTION_NAME = r"\p{Lu}[\p{L}&'’.-]{1,20}(?:\s\p{L}[\p{L}&'’.-]{1,20}){0,2}"
SITE_POINTERS: tuple[tuple[str, str], ...] = (
    *_each(
        "other",
        r"read\s+more\s+(?:in|on|from|at)\s+(?:the\s+)?[\p{L}\d&'’.-]{2,25}(?:\s+[\p{L}\d&'’.-]{1,25}){0,3}",
        # the house's pointer to its sections and its print issue: "Read more news and reviews
        # on the Ledger's food and drink pages.", "Plus, don't miss the May issue of Ledger magazine."
        r"read\s+more\s+(?:news|stories|reviews|articles|features|coverage|recipes|interviews)"
        r"(?:\s+(?:and|&)\s+[\p{L}'’-]{2,20})?\s+(?:on|in|at)\s+.{2,80}?\b(?:pages?|section|website)\W{0,3}",
        r"(?:plus,?\s+)?don['’]t\s+miss\s+(?:the|our|this)\s+.{0,40}?\bissue\s+of\s+.{2,60}?\W{0,3}",
        r"(?-i:read more(?: [\p{Ll}\d'’-]{2,20}){1,3})",
        r"[\p{L}' ]{2,30}\s+in\s+pictures\W{0,3}",
        r"show\s+all\s+\d{1,4}\W{0,3}",
    ),
    *_each(
        "other",
        r"follow\s+(?:all\s+)?(?:the\s+|our\s+)?(?:latest|live|full)\b.{0,100}?\blive\s+(?:blog|page|coverage)\W{0,3}",
        r"follow\s+(?:all\s+)?(?:the\s+|our\s+)?(?:latest|live|full)\s+(?:[\p{L}\d'’-]{1,20}\s+){0,6}?"
        r"(?:updates|coverage|news)\b.{0,80}?\bhere\W{0,3}",
        r"follow\s+(?:our|the)\s+(?:full\s+|live\s+|latest\s+)?coverage\s+of\b.{0,100}?\bhere\W{0,3}",
        r"(?-i:[A-Z]{2,6})\s+(?:image|photo|file\s+photo)",
        r".{0,200}\b(?:register|sign\s+up|play|apply|enrol)\s+now!",
        # (Three section names at least, the first a single word as a site's top section is, and
        # no role or agency: ``Jane Roe | Staff Writer | Reuters`` is the bylines rule's. In
        # brackets, two: ``(Results | League Table)``.)
        r"(?!.{0,200}\b" + _BYLINE_WORDS + r"\b)(?-i:\p{Lu}[\p{L}&'’.-]{1,20})"
        r"(?:\s{1,2}[|›»]\s{1,2}(?-i:" + _SECTION_NAME + r")){2,5}",
        r"\((?-i:" + _SECTION_NAME + r")(?:\s{1,2}[|›»]\s{1,2}(?-i:" + _SECTION_NAME + r")){1,5}\)",
    ),
    # A subscription offer with its price or code (``Get access to the Ledger Pro for as little
    # as $2 a month. Use the code "LEDGER".``).
    *_each(
        "newsletter",
        r"get\s+(?:full\s+|unlimited\s+)?access\s+to\b.{0,150}?\bfor\s+(?:as\s+little\s+as|just|only)\s{1,2}"
        r"(?:[$€£₹]|rs\.?\s?|inr\s?|usd\s?)?\d.{0,250}",
    ),
)
"""Pointers to a section, the live blog or a gallery, image placeholders and breadcrumbs, alone on
a line."""

PATTERNS: tuple[tuple[str, str], ...] = (
    # --- syndication notes (catalogue §2e): NDTV / Business Standard / Devdiscourse ----------
    ("syndication", r"(?=.{0,240}syndicated)\(?" + _IN + r"{0,220}\bsyndicated\s+feed\b.{0,80}"),
    (
        "syndication",
        r"\(?this\s+(?:article|story|piece)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published)\b.{0,180}",
    ),
    ("syndication", r"\(?this\s+(?:article|story)\s+is\s+republished\s+from\b.{0,220}"),
    # --- app plugs (§2a) -----------------------------------------------------------------------
    (
        "app_promo",
        r"\(?(?:to|for)\s+(?:read(?:ing)?\s+more|more|the\s+latest|latest|all\s+the\s+latest)\b.{0,140}?\bdownload\b.{0,100}?\bapps?\b.{0,80}",
    ),
    ("app_promo", r"\(?download\s+(?:the|our)\b.{0,80}?\bapps?\b.{0,160}"),
    ("app_promo", r"\(?download\s+(?:\S+\s+){1,5}apps?\b.{0,160}"),
    ("app_promo", r"(?:click|tap)\s+here\s+to\s+(?:get|download|install)\b.{0,60}\bapps?\b.{0,40}"),
    ("app_promo", r"get\s+.{1,40}\s+on\s+the\s+go\s+by\s+clicking\s+here\W{0,3}"),
    (
        "app_promo",
        r"get\s+(?:breaking\s+|the\s+latest\s+|latest\s+|instant\s+)?(?:news\s+)?(?:alerts|notifications)\b.{0,250}",
    ),
    ("app_promo", r"(?:you\s+can\s+also|also,?)\s+.{0,140}\bdownload\b.{0,80}\bapps?\b.{0,140}"),
    ("app_promo", r"get\s+\S+(?:\s+\S+)?\s+apps?\s+on\b.{0,60}"),
    ("app_promo", r"the\s+new\s+.{1,40}\s+app:.{0,200}"),
    ("app_promo", r"(?:get|install)\s+the\s+(?:\S+\s+){0,4}app\b.{0,120}"),
    ("app_promo", r"(?=.{0,60}डाउनलोड)" + _IN + r"{0,60}डाउनलोड\s+करें.{0,220}"),
    # --- newsletter / subscription prompts (§2b) --------------------------------------------------
    (
        "newsletter",
        r"\(?(?:sign\s*-?up|subscribe)(?:\s+(?:for|to|here|now|today|below|and|at|with|free|on)\b|\s*[:!.|-]|$).{0,250}",
    ),
    ("newsletter", r"\(?register\s+(?:now|here|for\s+(?:our|free))\b.{0,250}"),
    (
        "newsletter",
        r"(?:don['’]t|do\s+not|never)\s+miss\b.{0,150}(?:sign\s*-?\s*up|subscribe|newsletter|e-?mail|inbox).{0,120}",
    ),
    ("newsletter", r"(?:want|like)\s+more\b.{0,80}(?:newsletter|sign\s*-?up|subscribe).{0,80}"),
    ("newsletter", r"get\s+(?:the|our)\b.{0,120}(?:delivered|inbox|newsletter).{0,120}"),
    ("newsletter", r"get\s+.{1,60}\s+delivered\s+(?:to|through|straight)\b.{0,200}"),
    (
        "newsletter",
        r"(?:enter\s+a\s+valid\s+e-?mail|(?:thank\s+you|thanks)\s+for\s+(?:subscribing|signing\s+up)|you['’]re\s+(?:now\s+)?subscribed)\b.{0,140}",
    ),
    ("newsletter", r"support\s+quality\s+journalism\b.{0,150}"),
    ("newsletter", r"if\s+you\s+(?:enjoyed|liked|valued)\s+this\s+(?:article|story|piece)\b.{0,250}"),
    (
        "newsletter",
        r"start\s+your\s+day\s+with\s+(?:the|our)\b.{0,80}(?:newsletter|briefing|powered\s+by).{0,250}",
    ),
    (
        "newsletter",
        r"(?:stay|keep)\s+(?:up\s+to\s+date|informed|in\s+the\s+know|on\s+top)\b.{0,150}(?:sign|subscrib|newsletter|inbox|e-?mail).{0,100}",
    ),
    (
        "newsletter",
        r"(?:this\s+(?:article|story)\s+is\s+(?:for|only\s+for)\s+subscribers|subscribers?\s+only)\b.{0,100}",
    ),
    ("newsletter", r"(?:click|tap)\s+here\s+to\s+(?:sign\s*-?up|subscribe|register)\b.{0,120}"),
    ("newsletter", r"(?=" + _IN + r"{0,300}newsletter)" + _IN + r"{0,300}[.!?]\s+sign\s*-?up\b.{0,60}"),
    ("newsletter", r"we\s+use\s+your\s+sign\s*-?up\b.{0,400}"),
    ("newsletter", r"privacy\s+notice\s*:.{0,500}"),
    ("newsletter", r"(?:after|skip\s+past)\s+newsletter\s+promotion"),
    ("newsletter", r"(?:invalid|please\s+enter\s+a\s+valid)\s+e-?mail(?:\s+address)?\.?"),
    ("newsletter", r"enter\s+(?:your|an|a\s+valid)\s+e-?mail(?:\s+address)?(?:\s+(?:here|below))?\W{0,3}"),
    (
        "newsletter",
        r"by\s+(?:signing\s+up|subscribing|registering|clicking\s+(?:sign\s+up|subscribe))\b.{0,250}",
    ),
    # --- follow / channel plugs (§2c) -------------------------------------------------------------
    ("social_follow", r"\(?(?:you\s+can\s+(?:also\s+)?)?follow\s+us\b.{0,220}"),
    (
        "social_follow",
        r"\(?follow\s+(?:\S+\s+){1,6}on\s+(?:twitter|x|facebook|instagram|threads|linkedin|bluesky|google\s+news|whats\s?app|telegram|youtube|tiktok|mastodon)\b.{0,140}",
    ),
    ("social_follow", r"follow\s+@\w{1,30}\b.{0,100}"),
    (
        "social_follow",
        r"(?=.{1,70}now\s+on\b)"
        + _IN
        + r"{1,60}\s+(?:is\s+)?now\s+on\s+"
        + r"(?:telegram|whats\s?app|google\s+news|threads|instagram|youtube)\W{0,3}.{0,120}",
    ),
    (
        "social_follow",
        r"\(?join\s+(?:our|the)\b.{0,80}(?:whats\s?app|telegram|channel|community|discord|facebook\s+group).{0,140}",
    ),
    ("social_follow", r"stay\s+updated\s+with\b.{0,260}"),
    ("social_follow", r"\(?you\s+can\s+(?:now|also)\s+(?:subscribe\s+to|join|follow)\b.{0,200}"),
    ("social_follow", r"(?:like|follow)\s+(?:us\s+)?on\s+(?:facebook|twitter|instagram|x|youtube)\b.{0,120}"),
    (
        "social_follow",
        r"(?:síguenos|siguenos|obserwuj\s+nas|únete\s+a\s+nuestro|unete\s+a\s+nuestro|suivez-nous|folgen\s+sie\s+uns|seguici|siga-nos|подписывайтесь)\b.{0,200}",
    ),
    # --- share-button lines and widgets (§2c) --------------------------------------------------
    ("share", r"click\s+to\s+(?:share|e-?mail|print)\b.{0,80}"),
    ("share", r"share\s+or\s+comment\s+on\s+this\s+(?:article|story)\W{0,3}"),
    ("share", r"\(?opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)?"),
    ("share", r"reuse\s+this\s+content"),
    ("share", _SHARE_LINE),
    ("share", r"like\s+this\s+(?:story|article|post)\?.{0,100}"),
    ("share", r"sharing\s+is\s+caring!?"),
    # A share widget's buttons, one to a line (#9, eighth round): ``Tweet this``, ``Link this``.
    ("share", r"(?:tweet|link|e-?mail|pin|print)\s+this(?:\s+(?:story|article|post|page))?\W{0,2}"),
    ("share", r"like\s+this:(?:\s{0,3}like\s+loading\W{0,4})?|like\s+loading\W{0,4}"),
    ("share", r"print\s+friendly(?:,?\s{1,3}pdf\s{1,3}&\s{1,3}e-?mail)?"),
    # --- comment widgets ------------------------------------------------------------------------
    ("comments", r"(?:\d{1,6}\s+)?comments?(?:\s*\(?\d{1,6}\)?)?:?"),
    ("comments", r"loading\s+comments.{0,20}"),
    ("comments", r"join\s+the\s+(?:conversation|discussion|debate)\b.{0,120}"),
    (
        "comments",
        r"(?:view|show|read|post|add|leave|see|load|hide)\s+(?:all\s+|a\s+|your\s+|more\s+|the\s+)?(?:\d+\s+)?comments?\b.{0,60}",
    ),
    (
        "comments",
        r"(?:comments?\s+(?:are|have\s+been)\s+(?:closed|disabled|moderated|turned\s+off)|be\s+the\s+first\s+to\s+comment)\b.{0,100}",
    ),
    (
        "comments",
        r"(?:start|join)\s+a\s+conversation|post\s+(?:a\s+)?comment|(?:the\s+)?comments\s+below\s+have\s+(?:not\s+)?been\s+moderated\.?",
    ),
    ("comments", r"by\s+posting\s+your\s+comment\b.{0,150}"),
    # An account prompt over the comment form (#9, eighth round): ``Please log in here to leave a
    # comment.``, ``Sign in or register to join the conversation``.
    (
        "comments",
        r"(?:please\s+)?(?:log|sign)\s+in(?:\s+here)?(?:\s+or\s+(?:register|sign\s+up))?\s+to\s+"
        r"(?:leave|post|add|write|make|join|view|read|see)\s+(?:a\s+|your\s+|the\s+)?"
        r"(?:comments?|discussion|conversation)\b.{0,80}",
    ),
    ("comments", r"join\s+(?:our|the)\s+comment(?:ing|s)?\s+(?:forum|section|community)\b.{0,200}"),
    ("comments", r"note:\s+we\s+are\s+(?:temporarily\s+)?moderating\s+(?:all\s+)?comments.{0,200}"),
    # --- copyright / trust lines (§2i) -------------------------------------------------------------
    # (a photo credit written with the sign is the bylines' and captions' text: "Foto: © GEPA",
    # "Bild: © dpa" (#11))
    # (up to 350 characters after the sign: a notice may go on with the site's reprint warning,
    # ``© 2024, Example.com. This article is the copyrighted property of … PUNISHABLE BY LAW.``)
    ("copyright", _NOT_PHOTO_SIGN + r"(?:copyright\s*(?:[©ⓒ]|\(c\)|\d{4}|:)|[©ⓒ]|\(c\)\s*\d{4}).{0,350}"),
    ("copyright", r"copyright\b(?=[^.]{0,100}\b(?:19|20)\d{2}\b)[^.]{0,120}\.?"),
    ("copyright", _NOT_PHOTO_SIGN + r"(?=[^©ⓒ]{0,150}[©ⓒ])" + _IN + r"{0,150}[©ⓒ].{0,150}"),
    (
        "copyright",
        r"(?=.{0,200}all\s+rights\s+reserved)" + _IN + r"{0,200}\ball\s+rights\s+reserved\b.{0,100}",
    ),
    (
        # ``Our Standards: The Thomson Reuters Trust Principles.`` (a trust line, catalogue §2i)
        "disclaimer",
        r"(?:our\s+standards\s*:\s*)?the\s+thomson\s+reuters\s+trust\s+principles\.?(?:,?\s*opens\s+new\s+tab)?",
    ),
    (
        "copyright",
        r"this\s+(?:material|article|content)\s+may\s+not\s+be\s+(?:published|reproduced|redistributed)\b.{0,200}",
    ),
    # --- disclaimers, affiliate and moderation notes (§2f) ---------------------------------------
    ("disclaimer", r"\(?\s*disclaimer\s*[:.\-–—].{0,1200}"),
    (
        "disclaimer",
        r"(?=.{0,300}\b(?:may|might|will|could)\s+(?:earn|receive|get|collect)\b)"
        + _IN
        + r"{0,150}\b(?:affiliate|commission|share\s+of\s+(?:the\s+)?sales?)\b.{0,300}",
    ),
    ("disclaimer", r"if\s+you\s+(?:buy|purchase)\s+(?:something|a\s+product|an\s+item)\b.{0,300}"),
    # An open letter's note under its signatures (#9, s11): ``Institutions are listed for
    # identification purposes only.``, ``Affiliations listed for identification only``.
    (
        "disclaimer",
        r"\(?(?:institutions?|affiliations?|titles?|organi[sz]ations?|employers?)(?:\s+and\s+(?:institutions?|affiliations?|titles?))?"
        r"\s+(?:are\s+)?(?:listed|included|given|shown)\s+for\s+identification\s+(?:purposes\s+)?only\W{0,3}",
    ),
    # A desk's call for replies naming its address (#9, s11): ``… We welcome responses at
    # letters@example.org``; the note before it on the line is the same plug.
    (
        "other",
        r"(?:[^.!?\n]{1,200}[.!?]\s{1,3}){0,2}we\s+welcome\s+(?:your\s+)?(?:responses|replies|letters|feedback|comments|submissions)"
        r"\s+(?:at|to|via)\s+[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\.?",
    ),
    # A shopping desk's disclosure with no modal verb (#9, s11): ``The Deals team writes about
    # stuff we think you'll like. … has affiliate partnerships, so we get a share of the revenue
    # from your purchase.`` The house speaks (``we``) and names the partnership: a story about
    # affiliate marketing reports it in the third person.
    (
        "disclaimer",
        r"(?:the\s+)?[\p{L}\d&'’.-]{1,30}(?:\s[\p{L}\d&'’.-]{1,30}){0,3}"
        r"\s+team\s+writes\s+about\s+(?:stuff|things|products|deals)\b.{0,400}",
    ),
    (
        "disclaimer",
        r"(?=.{0,200}\baffiliate\s+(?:partnerships?|links?|programs?|programmes?|relationships?)\b)"
        r"(?=.{0,300}\bwe\s+(?:may\s+|might\s+)?(?:get|earn|receive|collect)\s+(?:a\s+)?(?:share\s+of\s+(?:the\s+)?(?:revenue|sales?|proceeds)|(?:small\s+)?commission|portion\s+of)\b)"
        r"[\p{L}\d&'’.-]{1,30}\s.{0,400}",
    ),
    (
        "disclaimer",
        r"(?:sponsored|paid)\s+(?:content|contents|post|partnership)s?\s+(?:planned|produced|by|in\s+partnership|from)\b.{0,200}",
    ),
    (
        "disclaimer",
        r"\(?(?:the\s+)?(?:views|opinions)\s+(?:and\s+(?:opinions|views)\s+)?expressed\s+"
        r"(?:in\s+(?:this|the|these)|above|here|are|by)\b"
        # … and disowned (``are their own``, ``do not necessarily reflect``): ``The views
        # expressed by the protesters were echoed …`` is story.
        r"(?=.{0,200}\b(?:own|not\s+necessarily|do\s+not|does\s+not|don['’]t|solely|authors?|writers?"
        r"|contributors?|columnists?)\b).{0,300}",
    ),
    # An opinion page's note that the views are the writer's (``Views are strictly personal.``,
    # ``(The views expressed are personal)``), often the last sentence of the writer's bio.
    (
        "disclaimer",
        r"\(?(?:the\s+)?(?:views|opinions)\s+(?:expressed\s+)?(?:(?:here|above|in\s+this\s+(?:article|piece|column))\s+)?"
        r"are\s+(?:strictly\s+|purely\s+|entirely\s+)?(?:personal|(?:the\s+)?(?:author|writer)['’]s\s+own)\W{0,3}",
    ),
    (
        "disclaimer",
        r"\(?this\s+(?:article|story|content)\s+is\s+(?:for|intended\s+for)\s+(?:general\s+)?information(?:al)?\s+purposes?\s+only\b.{0,300}",
    ),
    ("disclaimer", r"\(?if\s+you\s+or\s+someone\s+you\s+know\b.{0,300}"),
    ("disclaimer", r"the\s+associated\s+press\s+receives\s+(?:financial\s+)?support\b.{0,400}"),
    ("disclaimer", r"(?:AP|the\s+AP)\s+is\s+solely\s+responsible\s+for\s+all\s+content\.?"),
    ("disclaimer", r"find\s+AP['’]s\s+standards\b.{0,250}"),
    # --- ad / placeholder residue (§2g) ---------------------------------------------------------
    (
        "ad",
        r"[-–—\s]{0,3}(?:advertisement|advertisment|advert|ads?|sponsored(?:\s+content)?|paid\s+content"
        r"|promoted\s+content|promoted\s+links?\s+by\s+\w+|advertising|paid\s+post|partner\s+content|promoted"
        r"|content\s+from\s+(?:our\s+)?partners|publicidad|publicité|anzeige|werbung|pubblicità"
        r"|publicidade|реклама|विज्ञापन|skip\s+ad|ad\s+feedback|report\s+(?:this\s+)?ad|close\s+ad)[-–—\s.:]{0,3}",
    ),
    (
        "ad",
        r"advertisement\W{0,4}(?:scroll|continue)\s+(?:down\s+)?to\s+continue(?:\s+reading)?(?:\s+with\s+content)?\.?",
    ),
    ("ad", r"scroll\s+(?:down\s+)?to\s+continue\s+(?:reading|with\s+content)\.?"),
    ("ad", r"(?:the\s+)?(?:story|article|text|content)\s+continues(?:\s+(?:below|after)\b.{0,40})?"),
    (
        "ad",
        r"(?:sponsored|promoted|recommended)\s+(?:stories|links|content|by(?:\s+\w+)?)|around\s+the\s+web|from\s+(?:the\s+)?web|you\s+may\s+like",
    ),
    (
        "ad",
        r"continue\s+reading(?:\s+(?:below|the\s+main\s+story|after\s+(?:the\s+)?(?:ad|advertisement)))?\W{0,3}",
    ),
    ("ad", r"media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device\.?"),
    ("ad", r"this\s+(?:slideshow|video|content|embed|page)\s+requires\s+javascript\.?"),
    (
        "ad",
        r"(?:your\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:video|audio)\b.{0,60}|please\s+enable\s+javascript.{0,80})",
    ),
    # --- site catch-all taglines and widget labels (§2d), calls to action -------------------------
    ("other", r"\(?catch\s+all\s+the\b.{0,320}"),
    (
        "other",
        r"get\s+(?:all|the\s+latest|latest|current|live)\b.{0,150}\b(?:news|updates|stock\s+price)\b.{0,320}",
    ),
    ("other", r"catch\s+every\b.{0,300}"),
    # A pointer to the house's front page closing a summary's bullets (#9, s11): ``Visit the
    # Ledger's homepage for more stories.``
    # (The summary's bullet, when there is one, is the item's: the list rule reads only short items.)
    (
        "other",
        r"(?:[-•*]\s{1,3})?visit\s+[\p{L}\d&'’ .-]{1,40}?['’]s?\s+(?:homepage|home\s+page)\s+for\s+more"
        r"\s+(?:stories|news|articles)\.?",
    ),
    # The house's own event, offered to the reader (#9, s11): ``RSVP for our Zoom panel on 11/9:
    # …``, ``Register now for our free webinar …``; ``our`` makes it the house's (``RSVPs for the
    # gala closed on Friday`` is story).
    (
        "other",
        r"(?:rsvp|register|sign\s+up|join\s+us)\s+(?:now\s+|today\s+|here\s+)?for\s+(?:our|this\s+(?:free|live))\s+"
        r"(?:free\s+|live\s+|virtual\s+|online\s+|zoom\s+|in-person\s+|upcoming\s+){0,3}"
        r"(?:panel|event|webinar|conversation|forum|briefing|discussion|town\s+hall|q\s?&\s?a)\b.{0,200}",
    ),
    # A market widget's header left alone on its line (#9, s11): ``Share Market Live NSE``,
    # ``Stock Market Today BSE Sensex``; a whole line, so a sentence about the market is story.
    (
        "other",
        r"(?:share|stock)\s+market\s+(?:live|today)(?:\s+(?:nse|bse|sensex|nifty|updates?)){0,3}\W{0,3}",
    ),
    (
        "other",
        r"stay\s+(?:informed|updated|tuned|connected)\b.{0,100}\b(?:latest|news|updates|headlines)\b.{0,250}",
    ),
    ("other", r"(?:milestone\s+alert|unlock\s+a\s+world\s+of\s+benefits)\b.{0,400}"),
    ("other", r"we\s+pay\s+for\s+your\s+stories\b.{0,400}"),
    ("other", r"something\s+went\s+wrong,?\s+please\s+try\s+again(?:\s+later)?\.?"),
    (
        "other",
        r"read\s+more\s+news\s+on\W{0,3}|show\s+full\s+article|(?:topics|tags|suggested\s+topics)\W{0,3}",
    ),
    ("other", r"_{3,}|-{3,}|\*{3,}|={3,}"),
    ("other", r"read\s+all\s+the\s+latest\b.{0,400}"),
    (
        "other",
        r"for\s+more\s+(?:news|stories|updates|such\s+\w+)(?:\s+(?:like\s+this|on\s+\w+))?,?\s+"
        r"(?:visit|follow|download|log\s+on\s+to|click|subscribe\s+to|check\s+out)\b.{0,150}",
    ),
    ("other", r"track\s+(?:the\s+)?latest\s+news\b.{0,300}"),
    (
        "other",
        r"\(?for\s+(?:all\s+)?the\s+latest\s+.{0,80}\b(?:news|updates|headlines|stories)\b.{0,100}"
        r"(?:follow|download|visit|log\s+on|click|subscribe|stay\s+tuned|app|here).{0,200}",
    ),
    (
        "other",
        r"stay\s+tuned\s+(?:to|with)\s+.{0,150}|stay\s+tuned\s+for\s+(?:more|the\s+latest|latest|further|updates)\b.{0,150}",
    ),
    ("other", r"watch\s+live\s+tv(?:\s+in\s+\w+)?(?:\s*[|/]\s*watch\s+live\s+tv(?:\s+in\s+\w+)?)?"),
    (
        "other",
        r"(?:skip\s+to\s+(?:main\s+)?content|skip\s+navigation|back\s+to\s+top|loading\W{0,4}|was\s+this\s+(?:article|story)\s+helpful\?.{0,40})",
    ),
    ("other", r"(?:acquire|purchase)?\s*licensing\s+rights(?:,?\s+opens\s+new\s+tab)?"),
    (
        "other",
        r"(?:(?:sign|log)\s+(?:in|out)|register|create\s+(?:an\s+)?account|my\s+account)(?:\s+to\s+.{1,60})?",
    ),
    (
        "other",
        r"(?:privacy\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions)|cookie\s+(?:policy|settings|preferences)"
        r"|contact\s+us|about\s+us|advertise\s+with\s+us|careers|sitemap|site\s+map|feedback|help\s+centre|help\s+center|accessibility)"
        r"(?:\s*+[|•·/,]?+\s*+(?:privacy\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+(?:policy|settings)|contact\s+us"
        r"|about\s+us|advertise(?:\s+with\s+us)?|careers|sitemap|feedback|accessibility|rss(?:\s+feeds?)?|faqs?"
        r"|archives?|masthead|e-?paper|jobs|newsletters?)){0,10}",
    ),
    (
        "other",
        r"(?:top\s+trending\s+stocks|gift\s+this\s+article|check\s+your\s+wealth|featured\s+video\s+of\s+the\s+day"
        r"|topics\s+mentioned\s+in\s+this\s+article|ख़बर\s+सुनें|खबर\s+सुनें|oops!.{0,150})\W{0,3}",
    ),
    ("other", r"click\s+here\b.{0,200}"),
    # A station app's note above its live player (``If you're on the News 7 app, click here to
    # watch live``): the reader's app or device, then the link.
    (
        "other",
        r"if\s+you['’]re\s+(?:on|using|reading\s+(?:this\s+)?(?:on|in))\s+[^,.!?\n]{1,60}?"
        r"\b(?:app|site|browser|device|phone|tablet)\b,?\s+(?:click|tap)\s+here\b.{0,120}",
    ),
    # Editorial notes (``Note to readers: …``, ``Updated 3 March, 8.05am: this story now
    # includes …``, ``Correction: an earlier version of this article …``).
    ("other", r"\(?note\s+to\s+(?:our\s+)?readers\s*:.{0,600}"),
    (
        "other",
        r"\(?(?:updated?|correction|clarification|editor['’]s\s+note)\b.{0,60}?:\s*"
        r"(?:this|an\s+earlier|a\s+previous|the)\s+(?:article|story|version|piece|report|post)\b.{0,500}",
    ),
    # A correction note that names what was wrong instead of "an earlier version" (#9, eighth
    # round): ``Correction added March 3, 2025: The caption below the photo originally …``.
    (
        "other",
        r"\(?(?:correction|clarification)s?\b[^:\n]{0,60}?:\s*[^\n]{0,300}?\b(?:originally|incorrectly|previously"
        r"|erroneously|mistakenly|wrongly|misstated|misidentified|misspelled|misspelt|misattributed)\b.{0,400}",
    ),
    # An orphan label: its links were lost in the scrape (``See more:``, ``More:``).
    (
        "other",
        r"(?:see|read|watch|listen|more|see\s+more|read\s+more|also\s+read|see\s+also|related"
        r"|more\s+on\s+this(?:\s+story|\s+topic)?|recommended)\s*:",
    ),
    # A sentence that ends in its link (``To read how we use AI, click here.``).
    # (Written so that the words the rule pre-checks are ``click`` and ``visit``/``follow``, not
    # the frequent ``here`` and ``this``: these two patterns are tried on every line.)
    ("other", _IN + r"{0,200}\bclick\s+here\W{0,3}"),
    ("other", _IN + r"{0,200}\b(?:visit|follow)\s+this\s+link\W{0,3}"),
    # A related headline in square brackets on its own line, no sentence end inside
    # (``[ Ferry fares frozen for the winter ]``): a link the scrape kept as text.
    ("related_links", r"\[[ \t\u00a0]?[^\[\]\n]{8,200}?[^.!?\s\[\]][ \t\u00a0]?\]"),
    ("other", r"read\s+more\W{0,4}"),
    (
        "other",
        r"read\s+the\s+full\s+(?:story|article|report|interview)\s+(?:here|on\s+.{1,40}|at\s+.{1,60})\W{0,3}",
    ),
    ("other", r"read\s+more\s+(?:on|at)\s+.{1,60}\s+by\s+clicking\s+here\W{0,3}"),
    ("other", r"read\s+more\s+from\s+this\s+author\b.{0,100}"),
    ("other", r"(?:see|view)\s+(?:all|more)\s+(?:photos|videos|stories|news)\b.{0,40}"),
    ("other", r"(?:related\s+)?(?:tags?|topics?|filed\s+under|also\s+in\s+this\s+section)\s*:.{0,300}"),
    ("other", r"(?:report\s+(?:an\s+)?(?:error|typo|correction)|(?:found|spotted)\s+an\s+error\b).{0,120}"),
    (
        "other",
        r"(?:we\s+(?:value|use)\s+cookies|(?:this|our)\s+(?:site|website)\s+uses\s+cookies|accept\s+(?:all\s+)?cookies)\b.{0,300}",
    ),
    # A consent banner's dismiss line (``I have read the Privacy Notice. Do not show this message
    # again.``): the button's words close the line.
    ("other", r".{0,160}\bdo\s+not\s+show\s+this\s+(?:message|notice|again)(?:\s+again)?\W{0,3}"),
    (
        "other",
        r"(?:support\s+(?:our|independent)\s+journalism|become\s+a\s+(?:member|supporter)|donate\s+(?:now|today))\b.{0,250}",
    ),
    ("other", r"(?-i:VIDEO|PHOTOS|GALLERY|Watch Video|Play Video|Listen|LISTEN|WATCH|Watch)\W{0,3}"),
    # Interface words left alone on a line by the scrape (buttons, menus).
    ("other", r"(?-i:Follow|FOLLOW|Close|CLOSE|Menu|MENU|Search|SEARCH|Newsletters?|NEWSLETTERS?)\W{0,3}"),
    # Paywall and account prompts (``Already a subscriber? Log in``, ``You have reached your
    # free article limit``), alert sign-ups, a donation plea naming the reader's support.
    ("newsletter", r"already\s+(?:a\s+)?(?:subscriber|member|registered|have\s+an\s+account)\b.{0,80}"),
    (
        "newsletter",
        r"you(?:['’]ve|\s+have)\s+(?:reached|used)\s+(?:your|all\s+your|the)\b.{0,60}"
        r"\b(?:limit|free\s+articles?|free\s+stories)\b.{0,150}",
    ),
    ("newsletter", r"add\s+(?:this\s+)?\w{1,30}\s+to\s+(?:your\s+)?(?:e-?mail\s+)?alerts\W{0,3}"),
    ("newsletter", r"receive\s+an\s+e-?mail\s+when\b.{0,150}"),
    ("newsletter", r"please\s+(?:provide|enter|use)\s+a\s+valid\s+e-?mail(?:\s+address)?\.?"),
    ("newsletter", r"create\s+(?:a|an|your)\s+(?:free\s+)?account\b.{0,100}"),
    ("comments", r"comment\s+on\s+this\s+(?:story|article|post)\W{0,3}"),
    (
        "other",
        r"(?:our|independent)\s+(?:journalism|reporting|newsroom|work)\s+(?:depends|relies|is\s+funded)\s+"
        r"(?:on|by)\b.{0,250}",
    ),
    (
        "other",
        r"(?:corrections?|ethics|editorial|fact-?checking)\s+(?:policy|standards|guidelines|principles)"
        r"(?:\s*[|•·/,]\s*(?:corrections?|ethics|editorial|fact-?checking)\s+(?:policy|standards|guidelines|principles)){0,5}\W{0,3}",
    ),
    # --- site furniture that real scrapes keep (issue #9) ------------------------------------------
    # Navigation between stories and rail labels with no title after them (``Next article``,
    # ``More in Politics``, ``Trending``, ``Up Next``): whole lines, no sentence end. (Each
    # wording is its own entry: the table's gates read one pattern's first letters and the
    # words every match holds, so an alternation of many wordings would meet most lines.)
    ("related_links", r"(?:next|previous|prev)\s+(?:article|story|post|page|gallery)\W{0,3}"),
    ("related_links", r"more\s+(?:in|from)\s+(?-i:\p{Lu})[\w&'’ -]{1,40}"),
    ("related_links", r"trending(?:\s+(?:now|news|stories|topics))?\W{0,3}"),
    ("related_links", r"(?:explore\s+more|up\s+next|read\s+next|watch\s+next|popular\s+now)\W{0,3}"),
    ("related_links", r"(?:more|latest|top|popular)\s+(?:videos|stories)\W{0,3}"),
    ("related_links", r"(?:editor['’]s\s+picks?|must\s+reads?)\W{0,3}"),
    ("related_links", r"(?:in\s+case\s+you\s+missed\s+it|you\s+may\s+also\s+like)\W{0,3}"),
    # The comment form of a blog engine and its account prompts.
    ("comments", r"leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?\W{0,3}|cancel\s+reply"),
    ("comments", r"your\s+e-?mail\s+address\s+will\s+not\s+be\s+published\b.{0,150}"),
    ("comments", r"save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\b.{0,150}"),
    ("comments", r"required\s+fields\s+are\s+marked\W{0,3}"),
    ("comments", r"have\s+your\s+say\W{0,3}"),
    ("comments", r"want\s+to\s+join\s+the\s+(?:conversation|discussion|debate)\b.{0,120}"),
    (
        "comments",
        r"(?:what\s+do\s+you\s+think\?\s{0,3})?(?:let\s+us\s+know|tell\s+us)\s+(?:what\s+you\s+think\s+)?"
        r"in\s+the\s+comments\b.{0,100}",
    ),
    ("other", r"(?:forgot(?:ten)?\s+(?:your\s+)?password|reset\s+(?:your\s+)?password)\W{0,3}"),
    ("other", r"(?:remember\s+me|show\s+password)\W{0,3}"),
    # A blog's post furniture: ``Posted in Politics | Tagged budget, rail``.
    ("other", r"posted\s+in\s+[^.!?|\n]{1,80}(?:\|\s{0,3}tagged\b.{0,200})?"),
    (
        "other",
        r"this\s+(?:article|story|content|page)\s+is\s+more\s+than\s+\w{1,10}\s+(?:years?|months?)\s+old\W{0,3}",
    ),
    # Offers and pleas with no promo noun of their own (``Never miss a story``, ``Get 50% off``,
    # ``Send us your press release``, ``We want to hear from you``).
    (
        "newsletter",
        r"(?:don['’]t|never)\s+miss\s+(?:out\s+on\s+)?(?:a|the|any|our)?\s?(?:latest\s+|big\s+)?"
        r"(?:story|stories|news|updates?|headlines|beat|thing)\b.{0,150}",
    ),
    (
        "newsletter",
        r"stay\s+(?:up\s+to\s+date|up-to-date|informed|in\s+the\s+know)\s+with\b.{0,60}"
        r"\b(?:latest|news|updates|headlines|stories)\b.{0,150}",
    ),
    ("newsletter", r"get\s+\d{1,3}\s?%\s+off\b.{0,150}"),
    (
        "newsletter",
        r"(?:start|begin|try)\s+(?:your\s+|a\s+)?(?:free\s+trial|\d{1,3}-day\s+(?:free\s+)?trial)\b.{0,150}",
    ),
    ("newsletter", r"(?:allow|enable|turn\s+on)\s+(?:push\s+|browser\s+)?notifications\b.{0,100}"),
    (
        "other",
        r"make\s+a\s+(?:donation|contribution)(?:\W{0,3}|\s+(?:today|now|here|to\s+(?:us|our|support)|and\s+support)\b"
        r"(?!.{0,150}\b(?:said|says|told)\b).{0,150})",
    ),
    (
        "other",
        r"send\s+(?:us\s+)?your\s+(?:news|tips?|stories|story|photos?|pictures|videos?|press\s+releases?|letters?"
        r"|views|questions|feedback)\b.{0,200}",
    ),
    (
        "other",
        r"we\s+(?:want|would\s+love|['’]d\s+love|['’]d\s+like|would\s+like)\s+to\s+hear\s+from\s+you\b"
        r"(?!.{0,250}\b(?:said|says|told)\b).{0,250}",
    ),
    ("other", r"(?:have|got|do\s+you\s+have)\s+a\s+(?:story|news)\s+(?:idea|tip|to\s+share)\b.{0,200}"),
    (
        "other",
        r"do\s+you\s+have\s+(?:information|a\s+tip|a\s+story|something\s+to\s+share)\b[^?\n]{0,100}\?"
        r"\s{0,3}(?:e-?mail|contact|write|call|message|get\s+in\s+touch|let\s+us\s+know|tell\s+us)\b.{0,200}",
    ),
    # ``The Ledger is on WhatsApp. Click here to join our channel.``: the house, then a call to action.
    (
        "social_follow",
        r"(?=.{1,70}\bis\s+on\s)"
        + _IN
        + r"{1,60}\s+is\s+on\s+(?:telegram|whats\s?app|google\s+news|threads|instagram|youtube)\W{1,3}"
        + r"(?:click|tap|join|follow|subscribe|get)\b.{0,150}",
    ),
    # --- page residue in any language ---------------------------------------------------------
    # A market ticker: name, value, arrow or sign, change in per cent, one or more in a row
    # (``FTSE 100 7,512.3 ▼ 0.4%``, ``Dólar blue 1.020 ▲ 0,5%``, ``DAX 15.512 +0,4 %``). Each
    # entry is an atomic group and the number runs possessive: a line that fails is given up
    # in linear time (number runs and spaces overlap, which would otherwise backtrack).
    (
        "other",
        r"(?>[^\W\d][\w .&'’-]{0,30}?[ \t\u00a0]{1,3}[$€£₹]?\d[\d.,\t\u00a0\u202f ]{0,14}+"
        r"[▲▼△▽↑↓+−-][ \t\u00a0]{0,3}+[+−-]?\d[\d.,]{0,6}+[ \t\u00a0\u202f]?%[\s|•·]{0,6}+){1,8}",
    ),
    # A slide or photo counter left by a gallery (``2/5``, ``Photo 3 of 12``).
    ("other", r"(?:(?:photo|image|slide|foto|bild)\s{1,3})?\d{1,3}\s{0,2}(?:/|of|de|von|di)\s{0,2}\d{1,3}"),
    # Placeholder text and style or script residue (``Lorem ipsum …``, ``.promo{display:none}``).
    ("other", r"lorem\s+ipsum\b.{0,600}"),
    # (A style rule: selector characters, then ``property: value;`` right inside the brace; code
    # in a quotation, ``"… {id:'x'} …," she said``, has neither.)
    (
        "other",
        r"[\w.#:,>*\[\]=\"' \t-]{0,120}\{\s{0,3}[a-z-]{1,40}\s{0,3}:[^{}\n;]{1,100};[^{}\n]{0,300}\}.{0,300}",
    ),
    # The empty cells of a page-layout table flattened into text (``|  |  |  |``).
    ("other", r"\|[ \t\u00a0|]{1,200}"),
    # An image or embed placeholder the CMS left as text (``[[Image: harbour.jpg]]``).
    ("other", r"\[\[[^\[\]\n]{1,300}\]\]"),
    ("other", r"\[(?:image|photo|video|embed|gallery|graphic)\b[^\[\]\n]{0,200}\]"),
    # A breadcrumb: ``You are here: Home › News``, ``Home > World > Europe``.
    ("other", r"you\s+are\s+here(?:\s{0,3}[:›>»|].{0,200})?\W{0,3}"),
    ("other", r"(?:home|inicio|accueil|startseite|início|home\s*page)\s{0,3}[›>»/|]\s{0,3}[^.!?]{1,200}"),
    ("other", r"(?:less|\.{3}\s*more|…\s*more|more\s*less|more|show\s+more|load\s+more|see\s+more)"),
    *PUBLISHER_NOTES,
    *INTERFACE_STRINGS,
    *MEDIA_NOTICES,
    *SITE_STAMPS,
    *SITE_POINTERS,
)
"""Whole-line (or end-of-line sentence) boilerplate, anywhere in the text, in priority order."""

COMMENT_OPENERS: tuple[tuple[str, str], ...] = (
    (
        "comments",
        r"(?:\d{1,6}\s+)?(?:comments?|reader\s+comments?|responses)(?:\s*\(\d{1,6}\))?:?"
        r"|leave\s+a\s+(?:reply|comment)|join\s+the\s+(?:conversation|discussion)|"
        + _COMMENT_HEADER
        + r"|(?:show|view|read|load)\s+(?:all\s+)?(?:\d{1,6}\s+)?comments"
        r"|(?:\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|replies|comments?)"
        r"\s+(?:on|to)\s+[“\x22‘'«][^\n]{1,200}[”\x22’'»]\W{0,2}",
    ),
)
"""English comment-section headers (``14 Comments``, ``Leave a Reply``): the English tables'
comment patterns, so that from one in the text's second half on the reader comments are one
footer, as in the other languages (they read as prose: no other test takes them)."""

TAIL_PATTERNS: tuple[tuple[str, str], ...] = (
    # Author bio / contact tails (§2h): credit-like, but footers; only after the last paragraph.
    (
        "other",
        r"(?:e-?mail|write\s+to|contact|reach)\s+.{1,80}?\s+(?:at|on|via)\s+\S{1,64}@\S{1,100}.{0,220}",
    ),
    ("other", r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"),
    (
        "other",
        r"(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|threads\.net)(?:\.com)?/@?\w{1,50}/?",
    ),
    ("other", r"@\w{1,30}"),
    ("other", r"reach\s+the\s+(?:reporters?|writers?|authors?)\b.{0,220}"),
    (
        "other",
        r"(?-i:(?:\p{Lu}[\w.'’-]{0,30}\s+){1,4})(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,4}(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|intern|fellow|critic|analyst)\b.{0,300}",
    ),
    # The same bio naming the outlet first (``Eric Roe is the Ledger's deals curator and …``,
    # ``Jane Roe is IGN's senior reporter``) or the column's writer (``Dear Abby is written by
    # Jane Roe …``), with the roles of a writer's desk only: the story's last line about a
    # person (``Jane Roe is the company's finance director.``) names another role.
    (
        "other",
        r"(?-i:(?:\p{Lu}[\w.'’-]{0,30}\s+){1,4})(?:is|was)\s+(?:the\s+)?(?-i:\p{Lu})[\w.&'’-]{0,30}['’]s?\s+"
        r"(?:[\w-]+\s+){0,3}(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|producer|critic"
        r"|curator|host|anchor|presenter|blogger)\b.{0,300}",
    ),
    ("other", r"(?-i:(?:\p{Lu}[\w.'’-]{0,30}\s+){1,4})is\s+written\s+by\s+(?-i:\p{Lu}).{0,300}"),
    ("other", r"(?-i:(?:\p{Lu}[\w.'’-]{0,30}\s+){1,4})joined\s+.{1,80}\s+in\s+\d{4}\b.{0,300}"),
    # A bio with no role word (``Jane Roe writes about courts for the Ledger. She lives in
    # Leeds.``): a full name (two or three capitalised words, no title such as ``Mr``: the story
    # names its people with one) and a beat verb, then the outlet (``for``/``at`` a capitalised
    # name) or a second sentence about the writer (``She …``).
    (
        "other",
        r"(?-i:(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lord|Lady|The|This|That|His|Her|Their|Our)\b)\p{Lu}[\w'’-]{1,24}(?:\s+\p{Lu}[\w.'’-]{0,24}){1,2})"
        r"\s+(?:(?:writes|reports|blogs)\s+(?:about|on)|covers|has\s+(?:covered|reported\s+on|written\s+(?:about|for|on))|has\s+been\s+(?:covering|writing\s+about|reporting\s+on))"
        r"\s+[^.!?]{2,160}?(?:\s+(?-i:for|at)\s+(?:the\s+)?(?-i:\p{Lu})[^.!?]{0,80}[.!]?(?:\s+.{1,300})?|[.!]\s+(?-i:(?:She|He|They|Her|His|Their)\s).{1,300})",
    ),
    ("other", r"more\s+(?:AP|Reuters|AFP)\s+.{1,40}:\s*https?://.{0,200}"),
    ("other", r"follow\s+(?:AP|Reuters|AFP|the\s+AP)['’]s\s+.{1,160}"),
    (
        "other",
        r"(?:what\s+do\s+you\s+think\?|let\s+us\s+know\s+(?:what\s+you\s+think|in\s+the\s+comments)|have\s+your\s+say)\b.{0,150}",
    ),
    ("other", r"(?:have|got)\s+a\s+(?:news\s+)?tip\b.{0,200}"),
    # The share widget's counter under the story (``Shares``, ``1.2K Shares``).
    ("share", r"(?:\d[\d.,]{0,6}\s?[km]?\s+)?shares?"),
    ("other", r"(?:have\s+you\s+got|got|do\s+you\s+have)\s+a\s+story\b.{0,200}"),
)
"""Patterns trusted only in the tail of the article (after its last body paragraph)."""

CREDIT = (
    r"\W{0,3}(?:with\s+(?:additional\s+)?inputs?\s+from|inputs?\s+from|(?:additional\s+)?reporting\s+(?:by|from)"
    r"|(?:writing|editing|edited|compiled|produced|translated)\s+by|(?:\S+\s+){0,30}contributed\s+(?:to\s+)?(?:this\s+)?report"
    r"|(?:\S+\s+){0,30}contributed\s+reporting|--?\s*(?:IANS|PTI|ANI|AFP|AP|Reuters)\b"
    r"|(?:PTI|ANI|IANS|AFP|AP|UNI|Reuters|Agencies|Bloomberg|Associated\s+Press|Reuters\s+files)\W{0,3}$|by\s+\p{Lu}"
    r"|(?:published|updated|posted|first\s+published|last\s+updated)\s+(?:by|on|at)\b"
    # "(Jane Roe aus Wien, 3.1.2016)", "(APA, dpa, 20.5.2016)": a dated signature (#11)
    r"|\p{L}[^()\n\d:]{1,80}?[,;]?\s{0,2}(?:[–—-]\s{0,2})?\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\)?$)"
)
"""Credit lines (``(With inputs from PTI)``, ``Reporting by …``, ``Published By:``/``Published On:``):
the bylines' and timestamps rules' text, never claimed here; widget lines after one are not footer."""

# Widget strings a one-line scrape keeps between two sentences (issue #9, sixth round): the
# button or label stood on a line of its own, and the scraper joined it to the story with single
# spaces (``… in March. Share this article Councillors said …``). Each is matched case-sensitively
# as written (Title Case or capitals), after a sentence end and before a capital or the line's
# end, so a story sentence opening with the same words (``Share this article with …``) stays.
MID_LINE_WIDGETS: tuple[tuple[str, str], ...] = (
    *_each(
        "share",
        "Share this article", "Share this story", "Share This Article", "SHARE THIS ARTICLE",
        "Copy link", "Copy Link", "Listen to this article", "Listen to this story", "Listen To This Article",
        "Gift this article",
    ),
    *_each(
        "related_links",
        "Most Popular", "MOST POPULAR", "Most Read", "MOST READ", "Trending Now", "TRENDING NOW",
        "Related Stories", "RELATED STORIES", "Related News", "Recommended Stories", "Recommended for you",
        "Read More", "READ MORE", "Also Watch", "ALSO WATCH", "Watch Video", "WATCH VIDEO",
        "Top Stories", "TOP STORIES", "Latest News", "LATEST NEWS", "You may also like", "You May Also Like",
    ),
    *_each(
        "ad",
        "Continue reading below", "Continue Reading Below", "CONTINUE READING BELOW",
        "Story continues below", "Article continues below", "SPONSORED", "Sponsored",
    ),
    *_each(
        "other",
        "Click to expand", "Click here to read more", "Representative Image", "Representative image",
        "File Photo", "File photo", "Photo Gallery",
        "(Watch the video below.)", "(Watch the video below)", "(Watch the video above.)",
        "(Watch the video above)", "(Watch video below.)", "(Watch video below)",
    ),
)  # fmt: skip
"""``(kind, phrase)``: widget strings found between two sentences of a joined line."""


MID_LINE_AD = (
    r"(?<=[.!?][\"”’)]{0,2}[ \t\u00a0]{1,3})"
    r"(?:ADVERTISEMENT|Advertisement|(?:Story|Article)\s+continues\s+below\s+(?:advertisement|this\s+ad))"
    r"(?=[ \t\u00a0]{1,3}[\"“‘]?\p{Lu})"
)
"""An ad marker glued between two sentences of a joined line (``… closures. Advertisement The …``)."""

# What a subscription offer lists as its benefits, one bullet each (#9, ninth round): ``Ad-free
# reading``, ``Unlimited access to all our content``, ``Faster loading pages``, ``The digital
# edition on every device``, ``Cancel anytime``. Searched (case-insensitively) in short bullet
# lines only (``plugs.benefit_bullets``); two such bullets in a run at least make it a footer.
BENEFIT_PHRASES = (
    r"(?i)\b(?:ads?|advert|advertising|advertisement)[- ]free\b"
    r"|\b(?:fewer|no)\s+(?:ads|adverts|advertising)\b"
    r"|\bunlimited\s+(?:digital\s+)?(?:access|reading|articles|stories)\b"
    r"|\bexclusive\s+(?:access|content|articles|stories|newsletters?|offers|events|podcasts?)\b"
    r"|\b(?:e-?paper|digital\s+edition|replica\s+edition)\b"
    r"|\b(?:fast|faster|speedy|quick|quicker|rocket-fast|lightning-fast)\s+(?:\w+\s+){0,2}?(?:loading|load\s+times?)\b"
    r"|\bcancel\s+(?:any\s?time|at\s+any\s+time)\b"
    r"|\b(?:subscribers?|members?)[- ]only\b"
    r"|\bon\s+(?:any|every|all\s+(?:of\s+)?your)\s+devices?\b"
    r"|\bpremium\s+(?:articles|content|stories|journalism)\b"
)
"""Benefits a subscription offer lists (one regex, searched in bullet lines)."""

# Words that open a purpose clause before a plug and its comma (#9, ninth round): ``For more
# news, join our Telegram channel``, ``To stay updated, follow us on …``, ``Want more stories
# like this, sign up …`` (``plugs.interjected_plug``; the rest of the line must match a plug).
PLUG_LEADS = frozenset(("for", "to", "want", "stay", "like", "liked", "enjoyed", "loved", "missed"))
"""First words (lower case) of a purpose clause that may lead a plug."""
