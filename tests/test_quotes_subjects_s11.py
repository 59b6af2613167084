"""Who is speaking (#10), s11: the subject phrase of an attribution clause, in invented text.

- a person credited with a chain of appositives before the cue (``Jane Roe, Tax Partner, Ledger
  Advisors, a tax firm, said``; ``Jane Roe, founder and CEO of Ledger Advisors, a boutique
  firm, shared``): the chain's first phrase, the name, speaks, not the firm or the role read
  right before the cue; a fronted phrase, a list of names or a description at the cue keeps
  its reading.

Each table holds one shape seen in real articles, written anew, with the near misses that must
keep their reading.
"""

from __future__ import annotations

import pytest

from newsparse.rules.quotes.attribution.appositives import apposed_person
from newsparse.rules.quotes.phrases import NP, sentence_subject
from newsparse.rules.quotes.rule import find_quotes
from newsparse.rules.quotes.vocab import default_vocab


def speaker_of(text: str, content_start: str, kind: str | None = None) -> str | None:
    """The speaker of the first non-scare quote (of ``kind``, if given) whose content starts with
    ``content_start``."""
    found = [
        q.speaker
        for q in find_quotes(text)
        if q.kind != "scare" and (kind is None or q.kind == kind) and q.content.text.startswith(content_start)
    ]
    assert found, [(q.kind, q.content.text, q.speaker) for q in find_quotes(text)]
    return found[0]


# -- (1) a chain of appositives: name, designation, organisation, description ------------------

APPOSITIVE_CHAINS = [
    pytest.param(
        "The levy was raised again on Monday.\n\nKavya Menon, Tax Partner, Orchard Lane Advisors, "
        "a tax and consulting firm, states that “The higher rate on the whole stake will squeeze "
        "every small operator in the market.”",
        "The higher rate",
        "Kavya Menon",
        id="name-designation-firm-description",
    ),
    pytest.param(
        "The notices arrived last week.\n\nEchoing those worries, Rohan Iyer, founder and CEO of "
        "Quarry Hill Advisors, a small regulatory firm, shared, “The sums demanded are far beyond "
        "what these companies earn in a year.”",
        "The sums demanded",
        "Rohan Iyer",
        id="fronted-phrase-name-role-of-firm-description",
    ),
    pytest.param(
        "The council met again on Friday.\n\nMeera Pillai, Partner, Lindqvist & Co LLP, added, "
        "“Operators had hoped the new rate would apply only to future bets.”",
        "Operators had hoped",
        "Meera Pillai",
        id="name-partner-firm",
    ),
    pytest.param(
        "The rules change in April.\n\nArjun Bhat, Managing Director, Fernhill Capital, said the "
        "new rules would push smaller lenders out of the market.",
        "the new rules",
        "Arjun Bhat",
        id="reported-name-designation-firm",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), APPOSITIVE_CHAINS)
def test_appositive_chain_credits_the_name(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start) == speaker


KEPT_SUBJECTS = [
    pytest.param(
        "In May, Harbour Freight Lines, a shipping firm, said the new berth would open in June.",
        "the new berth",
        "Harbour Freight Lines",
        id="fronted-time-then-firm",
    ),
    pytest.param(
        "The health minister, Priya Nair, said the plan would be ready by March.",
        "the plan would",
        "Priya Nair",
        id="role-then-name-in-commas",
    ),
    pytest.param(
        "Besides Jane Roe, Tom Okafor, a partner at Birch Row Ltd, said the case was weak.",
        "the case was",
        "Tom Okafor",
        id="preposition-led-name-is-no-head",
    ),
    pytest.param(
        "Priya Das, Tom Okafor, a lawyer for the families, said the inquiry had failed them.",
        "the inquiry had",
        "Tom Okafor",
        id="list-of-names-no-designation",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), KEPT_SUBJECTS)
def test_subject_without_chain_keeps_its_reading(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start) == speaker


def test_apposed_person_reads_the_chain_head() -> None:
    text = "Kavya Menon, Tax Partner, Orchard Lane Advisors, a tax firm, said it was high."
    firm = text.index("Orchard")
    np = NP(firm, firm + len("Orchard Lane Advisors"), "name")
    head = apposed_person(text, 0, np, text.index("said"), default_vocab())
    assert head is not None
    assert text[head.start : head.end] == "Kavya Menon"


def test_apposed_person_needs_a_comma_before_the_cue() -> None:
    # "the analysts" stands right at the cue: it is the subject whatever precedes it
    text = "Kavya Menon, Tax Partner, the analysts said it was high."
    at = text.index("the analysts")
    np = NP(at, at + len("the analysts"), "desc")
    assert apposed_person(text, 0, np, text.index("said"), default_vocab()) is None


def test_apposed_person_on_long_run_is_bounded() -> None:
    # a run of commas with no name: nothing found, and the look-back stays within its reach
    text = "x, " * 5000 + "Acme Corp, a firm, said it was high."
    at = text.index("Acme")
    np = NP(at, at + len("Acme Corp"), "name")
    assert apposed_person(text, 0, np, text.index("said"), default_vocab()) is None


# -- (2) an organisation and a role of several words before a name: the name is the subject ----

ROLE_LED_SUBJECTS = [
    pytest.param(
        "The strike ended on Saturday.\nBrightwater Motors North America chief operating officer "
        "Dev Raman thanked the negotiators “who have worked through many long nights.” “We look "
        "forward to welcoming our staff back,” he said in a statement.",
        "We look forward",
        "Dev Raman",
        id="pronoun-after-org-role-name-subject",
    ),
    pytest.param(
        "The strike ended on Saturday.\nBrightwater Motors North America chief operating officer "
        "Lena Ortiz thanked the negotiators “who have worked through many long nights.”",
        "who have worked",
        "Lena Ortiz",
        id="cueless-fragment-of-org-role-name-subject",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ROLE_LED_SUBJECTS)
def test_org_and_role_before_a_name_modify_it(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start) == speaker


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        pytest.param(
            "Brightwater Motors chief operating officer Lena Ortiz thanked the teams.",
            "Lena Ortiz",
            id="role-of-three-words",
        ),
        pytest.param("Brightwater Motors shares fell sharply on Monday.", "Brightwater Motors", id="no-role"),
        pytest.param(
            "Harbour Board press officials Monday confirmed the closure.",
            "Harbour Board",
            id="day-after-role",
        ),
    ],
)
def test_sentence_subject_after_a_role_run(sentence: str, subject: str) -> None:
    for names_only in (False, True):
        np = sentence_subject(sentence, 0, len(sentence), names_only=names_only)
        assert np is not None
        assert sentence[np.start : np.end] == subject


# -- (3) two subjects joined by "and": the first, named at the clause start, speaks too -------

CONJOINED_SUBJECTS = [
    pytest.param(
        "Harbour council leader Ann Lee and Elm council leader Tom Reed called on the mayor to "
        "“step aside” on Friday.",
        "step aside",
        "Ann Lee and Tom Reed",
        id="role-name-and-role-name",
    ),
    pytest.param(
        "Republicans and civil liberties groups said Lorne has long backed stricter ID rules.",
        "Lorne has long",
        "Republicans and civil liberties groups",
        id="named-group-and-described-groups",
    ),
    pytest.param(
        "Ann Lee, who chairs the harbour board, and her deputy denied that they had met the buyers.",
        "they had met",
        "Ann Lee",
        id="name-with-relative-clause-and-relation",
    ),
]

KEPT_SECOND_CONJUNCTS = [
    pytest.param(
        "Tom Lee left early and Ann Roe said the plan had failed.",
        "the plan had",
        "Ann Roe",
        id="verb-ends-first-clause",
    ),
    pytest.param(
        "Jane Roe visited Paris and officials said the plan had failed.",
        "the plan had",
        "officials",
        id="object-place-before-and",
    ),
    pytest.param(
        "Moscow, for its part, said it could not vouch for the flights, and Kerrow said it was "
        "closing its air space.",
        "it was closing",
        "Kerrow",
        id="two-clauses-joined-by-comma-and",
    ),
    pytest.param(
        "Coastal Search and Rescue Agency chief Omar Haddad told reporters that six boats had been found.",
        "six boats had",
        "Omar Haddad",
        id="and-inside-an-organisation-name",
    ),
    pytest.param(
        "The talks stalled.\n\nU.S. Secretary of State and acting President Omar Haddad said the court would sit again.",
        "the court would",
        "Omar Haddad",
        id="office-before-and-names-no-one",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CONJOINED_SUBJECTS)
def test_conjoined_subject_credits_the_first_named(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start) == speaker


@pytest.mark.parametrize(("text", "start", "speaker"), KEPT_SECOND_CONJUNCTS)
def test_no_conjoined_subject_across_clauses(text: str, start: str, speaker: str | None) -> None:
    assert speaker_of(text, start) == speaker


def test_descriptors_joined_before_one_name_are_one_person() -> None:
    text = (
        "Drummer and Eastfield native Nia Osei, who played before the match, told fans that she had "
        "never seen the stands so full."
    )
    assert speaker_of(text, "she had never") == "Nia Osei"


# -- (4) a fragment governed by a verb before its marks, its clause going on past them -------

FRAGMENT_GOVERNORS = [
    pytest.param(
        "While Ruiz dubbed the ruling as “unfortunate” not only for the town but for the region as "
        "well, Lee said the remarks were “absurd”.",
        "unfortunate",
        "Ruiz",
        id="fragment-verb-before-clause-goes-on",
    ),
    pytest.param(
        "While Ruiz dubbed the ruling as “unfortunate” not only for the town but for the region as "
        "well, Lee said the remarks were “absurd”.",
        "absurd",
        "Lee",
        id="later-fragment-keeps-its-own-cue",
    ),
    pytest.param(
        "Lee called the plan “reckless,” Reed said.",
        "reckless",
        "Reed",
        id="cue-right-after-the-marks-closes-the-quote",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), FRAGMENT_GOVERNORS)
def test_fragment_verb_before_governs_a_continued_clause(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start, "direct") == speaker


# -- (5) a surname with a lower-case Arabic article is a name's word --------------------------

ARTICLE_SURNAMES = [
    pytest.param(
        "“The risk of a wider war is real,” Noura al-Amiri, a minister of state for foreign "
        "affairs, told a conference in Doha.",
        "The risk",
        "Noura al-Amiri",
        id="inverted-after-quote-with-appositive",
    ),
    pytest.param(
        "“We will not stand by,” Prime Minister Karim Shia al-Nouri said on Monday.",
        "We will not",
        "Karim Shia al-Nouri",
        id="title-and-article-surname",
    ),
    pytest.param(
        "Hassan el-Masri, a senior official, said the crossing would stay closed.",
        "the crossing",
        "Hassan el-Masri",
        id="article-surname-before-appositive",
    ),
    pytest.param(
        "Officials said the al-Noor clinic would reopen on Monday.",
        "the al-Noor clinic",
        "officials",
        id="article-word-inside-a-clause-is-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ARTICLE_SURNAMES)
def test_surname_with_arabic_article(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start) == speaker


# -- (6) an adjunct between the subject and its cue: its object is no speaker ------------------

ADJUNCT_OBJECTS = [
    pytest.param(
        "Ruiz also claimed that Omar Haddad (a former central bank governor) during a meeting told "
        "him that no one talks about the economy any longer.",
        "no one talks",
        "Omar Haddad",
        id="name-parenthesis-during-a-meeting",
    ),
    pytest.param(
        "The hearing ran late. Lee in a statement said the plan had failed.",
        "the plan had",
        "Lee",
        id="name-in-a-statement",
    ),
    pytest.param(
        "Residents in Kochi said the water was unsafe to drink.",
        "the water was",
        "Residents in Kochi",
        id="group-and-its-place-kept",
    ),
    pytest.param(
        "Officials in the district said the ward would reopen in May.",
        "the ward would",
        "Officials in the district",
        id="group-and-its-district-kept",
    ),
    pytest.param(
        "Writing in The Mirror Linda said: “The moment I forgot her name was awful.”",
        "The moment I",
        "Linda",
        id="name-after-in-is-no-adjunct-object",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ADJUNCT_OBJECTS)
def test_adjunct_object_is_no_speaker(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start) == speaker


# -- (7) a cue word modifying the noun after it: no speaker before it ---------------------------

ATTRIBUTIVE_CUES = [
    pytest.param(
        "Governor Ana Ruiz said she took “comfort” from the figures, as well as the continued fall in "
        "the number of patients admitted to hospitals.",
        "comfort",
        "Ana Ruiz",
        id="article-before-participle-after-quote",
    ),
    pytest.param(
        "Governor Ana Ruiz said the continued fall in admissions was “a relief”.",
        "a relief",
        "Ana Ruiz",
        id="article-before-participle-inside-clause",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ATTRIBUTIVE_CUES)
def test_attributive_participle_is_no_cue(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start, "direct") == speaker
