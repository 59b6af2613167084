"""Words that describe a person already named: extra role nouns and nationality nouns (data only).

News writing varies the way it refers to the person it is about: ``the German chancellor``, ``the
Argentine``, ``the Spaniard added``, ``the chair said``, ``the virologist warned``. The rule's role
table (``cues.ROLE_NOUNS``, which users may replace) covers the common roles; the words here add
professions and nationalities seen in real articles, so the speaker tracker reads them as epithets
of the current person instead of as names (``Spaniard``) or as affiliations that must have been
introduced (``the German chancellor`` is not ``the Real Madrid coach``).

The nationality nouns and adjectives are the usual English forms for the world's countries and a
few regions (the list a style guide gives); the role nouns are job titles that a description
after ``the`` uses for someone named before.
"""

from __future__ import annotations

__all__ = ["EXTRA_ROLES", "NATIONALITIES", "TITLE_ABBREVIATIONS", "nationality"]

_EXTRA_ROLES = """chair co-chair expert adviser advisor consultant strategist correspondent fellow lecturer
    academic physicist chemist biologist epidemiologist virologist psychologist psychiatrist
    surgeon physician meteorologist climatologist treasurer negotiator mediator organiser organizer
    co-founder investor banker financier trader auditor regulator planner monarch duke duchess
    archbishop bishop pastor imam rabbi monk soldier colonel admiral agent inmate victim survivor
    journalist reporter columnist broadcaster commentator pundit anchor influencer blogger
    podcaster youtuber model icon legend superstar quarterback pitcher jockey trainer boxer fighter
    golfer sprinter runner swimmer cyclist racer skier gymnast wrestler batter tennis-player
    gaffer tactician stopper shot-stopper centre-forward playmaker all-rounder paceman
    attorney-general solicitor-general whip nominee appointee incumbent challenger frontrunner
    front-runner hopeful contender pollster statistician mathematician engineer technologist
    developer programmer founder-ceo chairwoman entrepreneur philanthropist socialite heir heiress
    playwright screenwriter composer conductor violinist cellist painter sculptor photographer
    curator choreographer defenseman defenceman goalie netminder winger wing-back fullback
    full-back outfielder infielder catcher shortstop linebacker receiver running-back flanker
    fly-half scrum-half teammate rookie tycoon magnate mogul industrialist"""

EXTRA_ROLES: frozenset[str] = frozenset(_EXTRA_ROLES.split())
"""Role nouns after ``the`` (``the chair``, ``the virologist``) added to the rule's own table."""

_NATIONALITIES = """afghan albanian algerian american andorran angolan argentine argentinian armenian
    australian austrian azerbaijani bahraini bangladeshi barbadian belarusian belgian beninese
    bolivian bosnian botswanan brazilian brit briton bruneian bulgarian burkinabe burmese burundian
    cambodian cameroonian canadian chadian chilean chinese colombian congolese croat croatian cuban
    cypriot czech dane danish djiboutian dominican dutch dutchman dutchwoman ecuadorian egyptian
    emirati englishman englishwoman eritrean estonian ethiopian fijian filipino filipina finn finnish
    frenchman frenchwoman gabonese gambian georgian german ghanaian greek grenadian guatemalan
    guinean guyanese haitian honduran hungarian icelander icelandic indian indonesian iranian iraqi
    irishman irishwoman israeli italian ivorian jamaican japanese jordanian kazakh kenyan kiwi
    kosovan kosovar kuwaiti kyrgyz laotian latvian lebanese liberian libyan liechtensteiner
    lithuanian luxembourger macedonian malagasy malawian malaysian maldivian malian maltese
    mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan mozambican
    namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian
    panamanian paraguayan peruvian pole polish portuguese qatari romanian russian rwandan saudi
    scot scotsman scotswoman scottish senegalese serb serbian sierra-leonean singaporean slovak
    slovakian slovene slovenian somali spaniard spanish sudanese surinamese swede swedish swiss
    syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turk turkish turkmen
    ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh welshman welshwoman yemeni
    zambian zimbabwean aussie texan californian floridian londoner parisian glaswegian scouser
    geordie catalan basque bavarian flemish walloon kurdish kashmiri punjabi bengali tamil
    european african asian arab nordic scandinavian caribbean islamist"""

NATIONALITIES: frozenset[str] = frozenset(_NATIONALITIES.split())
"""Nationality and regional nouns and adjectives, in lower case (``spaniard``, ``german``), and
the adjectives of a continent or a movement that qualify groups the same way (``European courts``,
``Islamist politicians``)."""


TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "lt": "lieutenant",
    "gen": "general", "col": "colonel", "sgt": "sergeant", "supt": "superintendent",
    "insp": "inspector", "det": "detective", "prof": "professor", "dr": "doctor",
    "atty": "attorney", "amb": "ambassador", "cmdr": "commander", "capt": "captain",
    "adm": "admiral", "maj": "major", "pres": "president", "sec": "secretary",
    "cllr": "councillor", "rev": "reverend", "brig": "brigadier", "cpl": "corporal",
    "pvt": "private", "supt.": "superintendent", "asst": "assistant", "dep": "deputy",
}  # fmt: skip
"""Abbreviated titles written before a name (``Gov.``, ``Sen.``), in lower case without the stop,
and the role word a later description uses for the same person (``the governor``)."""


def nationality(word: str) -> bool:
    """Whether ``word``, written with a capital, is a nationality (``Spaniard``, ``German``).

    >>> nationality("Spaniard"), nationality("German"), nationality("german"), nationality("Madrid")
    (True, True, False, False)
    """
    return word[:1].isupper() and word.lower() in NATIONALITIES
