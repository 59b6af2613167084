"""The quote rule's vocabulary, as data: speech cues, titles, speaker words.

Everything here is a plain tuple of strings. :class:`~newsparse.QuoteRule` takes each tuple
as a field, so extending a list means passing a longer tuple, never mutating ours::

    QuoteRule(verbs=QuoteRule().verbs + ("harrumphed",))

Spellings: British/Indian (``emphasised``, ``recognised``) and American (``emphasized``)
forms are both listed; Indian English cues (``opined``, ``averred``, ``informed``, ``as per``)
are included.
"""

from __future__ import annotations

__all__ = [
    "ACCORDING_CUES",
    "ADVERBS",
    "ELISIONS",
    "FRAGMENT_CUES",
    "GROUP_NOUNS",
    "LENIENT_VERBS",
    "ORG_WORDS",
    "PARTICIPLE_CUES",
    "PRONOUNS",
    "ROLE_NOUNS",
    "SPEECH_VERBS",
    "TITLES",
    "WORK_NOUNS",
]

LENIENT_VERBS: tuple[str, ...] = (
    # "say" takes a bare clause: "Trump said he thought ..." (no "that" needed).
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    # (not "thinks"/"believes"/"fears": a belief is no report of speech in the annotation, and
    # every one the development articles gave was an extra: "NASA believes this discovery …")
)
"""Cues that may take their reported clause without ``that`` (``X said the plan failed``)."""

SPEECH_VERBS: tuple[str, ...] = (
    # Finite speech verbs that report a clause with "that" (and, for a few, a clause that
    # plainly starts with a subject and an auxiliary: "warned the move could hurt jobs").
    "acknowledged", "acknowledges",
    "admitted", "admits",
    "affirmed", "affirms",
    "agreed", "agrees",
    "alleged", "alleges",
    "announced", "announces",
    "argued", "argues",
    "submitted", "submits",
    "asserted", "asserts",
    "assured", "assures",
    "averred", "avers",
    "boasted", "boasts",
    "cautioned", "cautions",
    "charged",
    "claimed", "claims",
    "clarified", "clarifies",
    "commented",
    "complained", "complains",
    "conceded", "concedes",
    "concluded", "concludes",
    "confirmed", "confirms",
    "contended", "contends",
    "declared", "declares",
    "denied", "denies",
    "disclosed", "discloses",
    "emphasised", "emphasises", "emphasized", "emphasizes",
    "estimated", "estimates",  # (#10) "Research firm X estimates that …" (only so: see reported.py)
    "explained", "explains",
    "hinted",
    "highlighted", "highlights",
    "indicated", "indicates",
    "informed", "informs",
    "insisted", "insists",
    "maintained", "maintains",
    "mentioned", "mentions",
    "noted", "notes",
    "observed", "observes",
    "opined", "opines",
    "pledged", "pledges",
    "predicted", "predicts",
    "promised", "promises",
    "recalled", "recalls",
    "reckoned", "reckons",
    "reiterated", "reiterates",
    "remarked",
    "replied",
    "reported", "reports",
    "responded",
    "revealed", "reveals",
    "signalled", "signaled",
    "stated", "states",
    "stressed", "stresses",
    "suggested", "suggests",
    "testified",
    "underlined", "underlines",
    "underscored", "underscores",
    "vowed", "vows",
    "warned", "warns",
    "pointed out", "points out", "posted",
    "went on to say",
    # (#10) cues real articles use that were missing: "shared that", "reminded that", "countered that",
    # and base forms after an auxiliary or "to" ("continue to insist that", "will argue that")
    "shared", "shares", "expressed", "expresses", "theorised", "theorized", "theorises", "theorizes",
    "forecast", "forecasts", "reminded", "reminds", "countered", "counters", "divulged", "proposed",
    "proposes", "speculated", "speculates", "lamented", "laments", "retorted", "posited", "reasoned",
    "surmised", "insist", "argue", "claim", "maintain", "warn", "admit", "deny",
    # verbs that close a direct quote ("… ?" Kumar asked) more often than they report a clause
    "asked", "asks", "wondered", "quipped", "joked", "exclaimed", "shouted", "answered",
    "recounted", "continued", "concluded", "demanded", "urged", "pleaded", "sighed",
    # (#10) more cues reports use with "that": "confessed that", "contend that", "critics allege
    # that", "objected that", "bragged that", "swore that"
    "confessed", "confesses", "contend", "allege", "objected", "protested", "bragged",
    "brags", "swore", "swears", "acknowledge", "concede", "predict", "complain",
    "confided", "relayed", "implied", "implies", "guaranteed", "recollected", "attested",
    # (#10) an instruction reported with "that" ("instructed that illegal mining be stopped")
    "instructed", "instructs",
    # (#10) "disputed that …", "made clear that …", "made it clear the plan …"
    "disputed", "disputes", "made clear", "made it clear", "makes clear", "makes it clear",
    # (#10) "made it known that …"
    "made it known", "made known",
    # (#10) a concession reported with "that" ("Green accepts that universities face risks")
    "accepts", "accepted",
    # manner-of-speaking verbs that close a direct quote ("“Enough,” protesters chanted")
    "chanted", "yelled", "screamed", "whispered", "muttered", "snapped", "fumed", "gushed",
    "scoffed", "mused", "stammered", "grumbled", "griped", "bristled",
    # (#10) "As the harbour master put it, …", "…, as Lee put it."
    "put it",
)  # fmt: skip
"""Speech verbs in the tenses news uses; they need ``that`` (or an obvious clause) after them."""

PARTICIPLE_CUES: tuple[str, ...] = (
    # ", noting that ...": the speaker is the subject of the sentence.
    "saying", "noting", "adding", "suggesting", "stressing", "insisting", "arguing",
    "warning", "claiming", "explaining", "emphasising", "emphasizing", "pointing out",
    "indicating", "acknowledging", "admitting", "asserting", "declaring", "maintaining",
    "observing", "underscoring", "underlining", "reiterating", "recalling", "signalling",
    "signaling", "stating", "telling", "writing", "alleging", "hinting", "conceding",
    "assuring", "cautioning", "predicting", "promising", "revealing", "vowing",
    # (#10) "…, boasting that Google's servers can …", "…, denying he wrote the letter"
    "boasting", "complaining", "contending", "confirming", "announcing", "denying",
    "disclosing", "reasoning", "countering",
)  # fmt: skip
"""``-ing`` cues that report a clause for the sentence's subject (``…, noting that …``)."""

FRAGMENT_CUES: tuple[str, ...] = (
    # Verbs that attribute a quoted fragment, not a clause: 'called the plan “reckless”'.
    "called", "calls", "calling", "described", "describes", "describing", "dubbed", "termed",
    "labelled", "labeled", "branded", "hailed", "slammed", "praised", "criticised", "criticized",
    # (#10) the non-finite forms of relative and infinitive clauses ("went on air to describe the
    # city as a “gas chamber”", "labelling the report a “scam”"); not "label", "brand", "term",
    # which are nouns before a mention ("the label “organic”")
    "describe", "labelling", "labeling", "labels", "branding", "dubbing",
    # (#10) verbs of censure that attribute the label they give ("dismissed the report as “fake”",
    # "torched Powell as ‘reckless’", "condemning the actions of “paid agitators”")
    "dismissed", "derided", "denounced", "blasted", "lambasted", "mocked", "ridiculed",
    "characterised", "characterized", "torched", "condemned", "condemning",
)  # fmt: skip
"""Cues that attribute a quoted fragment (``called it “reckless”``) but never report a clause."""

ACCORDING_CUES: tuple[str, ...] = ("according to", "as per", "in the words of")
"""Cues whose speaker follows them: ``According to X, …`` / ``…, according to X.``"""

TITLES: tuple[str, ...] = (
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.",
    "Professor", "Sir", "Dame", "Lord", "Lady", "Shri", "Smt", "Smt.", "Sri", "Shrimati",
    "Tan", "Datuk", "Seri", "Puan", "Encik", "Dato", "Dato'", "Datin", "Tun", "Haji", "Hajjah",
    "Sheikh", "Imam", "Rabbi",
    "Father", "Pope", "King", "Queen", "Prince", "Princess",
    "President", "Vice", "Prime", "Minister", "Deputy", "Chief", "Secretary", "Governor", "Gov",
    "Gov.", "Senator", "Sen", "Sen.", "Rep", "Rep.", "Representative", "Congressman",
    "Congresswoman", "Mayor", "Councillor", "Councilor", "Judge", "Justice", "Commissioner",
    "Chairman", "Chairwoman", "Chairperson", "Chair", "Director", "General", "Gen", "Gen.",
    "Colonel", "Col", "Col.", "Lieutenant", "Lt", "Lt.", "Captain", "Capt", "Capt.", "Major",
    "Sergeant", "Sgt", "Sgt.", "Officer", "Inspector", "Superintendent", "Detective",
    "Ambassador", "Coach", "Manager", "Chancellor", "Speaker", "Leader", "Attorney",
    "Premier", "Minister-President", "Tanaiste", "Taoiseach", "CEO", "MP", "MLA", "Union", "State", "Foreign",
    "Finance", "Home", "Health", "Defence", "Defense", "Education", "Interior", "External",
    "Affairs", "Opposition", "Former", "Acting", "Senior", "Junior", "Assistant", "Executive",
    "First", "Lady", "Spokesman", "Spokeswoman", "Spokesperson", "Head", "Founder", "Rev",
    "Rev.", "Reverend", "Bishop", "Archbishop", "Cardinal", "Brig", "Brigadier", "Admiral",
    "Commander", "Marshal", "Sri", "Ustaz", "Dr.-Ing.", "Councilman", "Councilwoman",
    "Councilmember", "Alderman", "Selector", "Patient", "Analyst", "Headteacher",
)  # fmt: skip
"""Title words stripped from the front of a name when resolving it (``Prime Minister X``)."""

PRONOUNS: tuple[str, ...] = ("he", "she", "they", "i", "we", "it", "you")
"""Subject pronouns (lower case) that can stand for a speaker."""

ROLE_NOUNS: tuple[str, ...] = (
    # "the minister said": a role word after "the" refers back to the last named person.
    "minister", "president", "actor", "actress", "star", "singer", "leader", "chief", "senator",
    "mayor", "governor", "coach", "manager", "player", "striker", "captain", "director",
    "chairman", "chairwoman", "chairperson", "official", "officer", "lawmaker", "legislator",
    "politician", "candidate", "mayor-elect", "president-elect", "premier", "spokesman",
    "spokeswoman", "spokesperson", "businessman", "businesswoman", "billionaire", "founder",
    "executive", "ceo", "judge", "lawyer", "attorney", "prosecutor", "doctor", "scientist",
    "researcher", "professor", "author", "writer", "filmmaker", "director-general",
    "commissioner", "ambassador", "envoy", "diplomat", "activist", "athlete", "champion",
    "veteran", "rapper", "musician", "comedian", "host", "presenter", "entrepreneur",
    "economist", "analyst", "mp", "mla", "congressman", "congresswoman", "chancellor",
    "secretary", "general", "boss", "head", "owner", "priest", "cleric", "woman", "man",
    "teenager", "forward", "midfielder", "defender", "goalkeeper", "batter", "bowler",
    "batsman", "opener", "skipper", "cricketer", "footballer", "pm", "cm",
    # (#10) offices written by their initials ("The CMO told the minister that …")
    "cmo", "cfo", "coo", "cto", "cio", "md", "dgp", "cji",
    "master", "warden", "keeper", "ranger", "curator", "editor", "pilot", "nurse", "farmer",
    "fisherman", "teacher", "student", "resident", "commuter", "shopkeeper", "engineer",
    "forecaster", "economist", "historian", "novelist", "poet", "designer", "architect",
    "inspector", "detective", "constable", "sheriff", "trustee", "governor-elect", "collector",
    "magistrate", "producer", "superintendent", "registrar", "principal", "vice-chancellor",
    "councillor", "councilor", "spokesman", "mp", "sarpanch", "commander", "chief-executive",
    "beekeeper", "landlord", "landlady", "publican", "coxswain", "pensioner", "grandmother",
    "grandfather", "volunteer", "campaigner", "lifeguard", "postman", "baker", "butcher", "chef",
    "vicar", "rector", "headteacher", "headmaster", "headmistress", "midwife", "paramedic",
    "firefighter", "carer", "mum", "dad", "mother", "father", "widow", "widower", "surfer",
    "counsel", "advocate", "barrister", "solicitor", "source", "witness", "neighbour", "neighbor",
    "guitarist", "drummer", "bassist", "vocalist", "keyboardist", "pianist", "frontman",
    "frontwoman", "dancer", "builder", "reviewer", "critic", "councilman", "councilwoman",
    "councilmember", "alderman", "selector", "patient", "republican", "democrat",
    "all-rounder", "allrounder", "spinner", "pacer", "seamer", "winger", "full-back", "centre-back",
)  # fmt: skip
"""Role nouns that, after ``the`` (``the minister``, ``the 56-year-old``), point to a named person."""

GROUP_NOUNS: tuple[str, ...] = (
    # Bare plural speakers: "officials said", "police said".
    "officials", "police", "authorities", "sources", "analysts", "experts", "residents",
    "witnesses", "investigators", "prosecutors", "doctors", "researchers", "scientists",
    "economists", "critics", "officers", "lawmakers", "legislators", "locals", "organisers",
    "organizers", "protesters", "protestors", "activists", "villagers", "eyewitnesses",
    "parents", "students", "teachers", "fans", "observers", "diplomats", "insiders", "aides",
    "people", "voters", "workers", "employees", "leaders", "ministers", "medics", "survivors",
    "firefighters", "paramedics", "rescuers", "traders", "dealers", "farmers", "families",
    "relatives", "neighbours", "neighbors", "scholars", "campaigners", "unions", "reports",
    "spokespeople", "spokespersons", "representatives", "members", "officers", "agencies",
    "regulators", "executives", "engineers", "historians", "pollsters", "strategists",
    "groups", "drivers", "passengers", "commuters", "shopkeepers", "nurses",
    "councillors", "councilors", "fishermen", "businesses", "charities", "opponents", "supporters",
    "growers", "producers", "lawyers", "judges", "owners", "landlords", "tenants", "consumers",
    "retailers", "players", "coaches", "bankers", "investors",
    # (#10) "Local media reported", "state media said": the press as an unnamed source
    "media", "outlets", "newspapers", "broadcasters", "reporters", "journalists", "commentators",
    "users", "netizens", "citizens", "mourners", "onlookers", "bystanders", "staff", "colleagues",
    # (#10) more plural speakers of wire copy ("…, White House advisers say", "negotiators said")
    "advisers", "advisors", "physicians", "specialists", "epidemiologists", "authors", "planners",
    "negotiators", "mediators", "inspectors", "auditors", "monitors", "managers", "directors",
    "administrators", "spokesmen", "spokeswomen", "companies", "firms", "banks", "governments",
    "allies", "rebels", "militants", "soldiers", "troops", "senators",
    "contractors", "airlines", "attorneys", "advocates", "plaintiffs", "defendants",
    "candidates", "delegates", "donors", "buyers", "customers", "patients", "victims", "pilots",
    "crews", "guards", "volunteers", "miners", "forecasters", "meteorologists", "epidemiologists",
    # (#10) documents that speak in court and crime copy ("…, search warrant documents say",
    # "court papers said", "police records say"); "oceanographers" and other -ers of wire copy
    "documents", "papers", "records", "filings", "oceanographers", "geologists", "seismologists",
    "climatologists", "virologists", "psychologists", "sociologists", "demographers",
)  # fmt: skip
"""Plural nouns accepted as a speaker without a determiner (``officials said``)."""

ORG_WORDS: tuple[str, ...] = (
    # A name containing one of these is an organisation or place, never "he"/"she".
    "House", "Ministry", "Department", "Police", "Council", "Party", "Inc", "Inc.", "Ltd",
    "Ltd.", "Corp", "Corp.", "Company", "Group", "University", "Court", "Government", "Office",
    "Agency", "Bank", "Association", "Union", "Club", "FC", "United", "City", "News", "Times",
    "Commission", "Committee", "Board", "Service", "Services", "Foundation", "Institute",
    "Organisation", "Organization", "Authority", "Federation", "League", "Network", "Post",
    "Reuters", "Press", "Post", "Bureau", "Force", "Army", "Navy", "Embassy", "Secretariat",
    "Parliament", "Senate", "Congress", "Assembly", "Hospital", "School", "College", "Centre",
    "Center", "Trust", "Fund", "Council", "Airlines", "Airways", "Motors", "Technologies",
    "Bharat", "Express", "Media", "Channel", "Television", "TV", "Radio", "Magazine",
    "Journal", "Herald", "Tribune", "Guardian", "Telegraph", "Street", "Road", "State",
    "States", "Republic", "Kingdom", "Nations", "Square", "Hall", "Palace", "Kremlin",
    "Pentagon", "Cabinet",
    # (#10) bodies of members: "the British Chamber of Shipping has said" is no person "British
    # Chamber" of a place
    "Chamber", "Guild", "Alliance", "Coalition", "Society",
)  # fmt: skip
"""Words that mark a capitalised name as an organisation or place rather than a person."""

ADVERBS: tuple[str, ...] = (
    # Words allowed between a speaker and the cue: "Trump later told reporters".
    "also", "later", "further", "previously", "again", "then", "reportedly", "once", "earlier",
    "separately", "recently", "repeatedly", "subsequently", "immediately", "simply", "flatly",
    "publicly", "privately", "quickly", "finally", "only", "even", "still", "never", "has",
    "had", "have", "would", "will", "himself", "herself", "themselves", "itself",
    "however", "too", "first", "last", "initially", "originally", "jokingly", "angrily",
    "bluntly", "candidly", "openly", "quietly", "calmly", "firmly", "clearly", "frankly",
    "confidently", "proudly", "defiantly", "cheerfully", "emphatically", "tersely", "curtly",
    "categorically", "explicitly", "subsequently", "meanwhile", "since", "already",
    "allegedly", "apparently", "admittedly", "personally",
    # (#10) emphatic "did": "The hospital did say that …"
    "did", "does",
    # (#10) "Beijing officials ultimately admitted that …", "the firm eventually conceded …"
    "ultimately", "eventually", "now", "just", "specifically", "directly", "formally", "officially",
    "privately", "widely", "strongly", "vehemently", "consistently", "routinely", "often", "always",
    "usually", "sometimes", "correctly", "falsely", "wrongly", "rightly", "accurately", "previously",
    "pointedly", "memorably", "famously", "tearfully", "softly", "loudly", "sharply",
)  # fmt: skip
"""Adverbs and auxiliaries skipped between a speaker and the cue."""

ELISIONS: tuple[str, ...] = (
    # Words that start with an apostrophe: the mark is not an opening quote.
    "n", "em", "til", "tis", "twas", "cause", "bout", "round", "nuff", "ello", "ave", "s",
)  # fmt: skip
"""Words written with a leading apostrophe (``rock 'n' roll``, ``'em``); ``'90s`` is handled apart."""

WORK_NOUNS: tuple[str, ...] = (
    # A capitalised quote right after one of these is a title: the thriller "Deep Water".
    "film", "movie", "thriller", "comedy", "drama", "documentary", "series", "show", "sitcom",
    "album", "single", "song", "track", "hit", "record", "ballad", "anthem", "book", "novel",
    "memoir", "biography", "play", "musical", "opera", "poem", "painting", "exhibition", "game",
    "podcast", "programme", "program", "episode", "titled", "entitled", "named", "dubbed",
    "headlined", "campaign", "slogan", "hashtag", "app", "column", "report", "essay", "sculpture",
)  # fmt: skip
"""Nouns naming a work; a capitalised quote right after one is its title, not a quote."""
