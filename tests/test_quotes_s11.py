"""Who is speaking (#10), s11: shapes of UK and Indian news pages, in invented text.

- an office written by its initials (``The CMO told the minister that``) is a role, the person
  named just before;
- a role phrase opening its own clause after a fronted phrase (``Speaking in the Commons, the
  Conservative MP said: “…”``) is no name of its own: it stands for the person named just
  before (elegant variation), not for itself;
- a sentence after two or three spaces (scraped cells keep them: ``… by June.  Ravi Kumar also
  reacted …``) has its own subject, whom the next ``he`` stands for;
- the phrase right before a cue that cannot be its subject: an adjunct (``The order issued to
  this effect made it clear that``, ``Ann Lee during a meeting told him that``) or a determiner
  and an adjective before a noun cue (``made a strong claim that``, ``its stated view that``):
  the sentence's subject speaks, or the phrase before the adjunct;
- a description with a code written as a name (``The former F-16 pilot added that``) is a role
  like any other, the person described so next to their name;
- a surname subject before an irregular past tense (``Morrison began the crisis insisting …``) is
  a subject, not an adjective before a noun;
- a quote paragraph after a sentence whose subject follows a fronted phrase and a lower-case role
  (``For our new series, travel editor Ann Lowry told us …``) is that person's;
- a quote closed by ``the statement by the ministry read`` is the issuer's;
- a phrase with no noun before a cue word (``the`` of ``as well as the continued decline``, ``two
  highly critical`` of ``released two highly critical reports that``) speaks for no one: the
  quote is the name opening the sentence's, or no one's;
- an organisation written with an acronym at its end (``Oregon PUC``) is given its full name when
  the article spells it out after the same words (``the Oregon Public Utility Commission``);
- ``it`` never stands for two names joined by ``and`` (``Harbour Trust Bank and Seaview Savings
  Bank collapsed. …, it said``), though one name may hold ``and`` (``Department of Health and
  Social Care``);
- a quote after a colon closing a sentence that names what someone issued (``The remark drew a
  statement from Ravi Menon, chairman of …:``, ``a sharp reply from union leader Ann Price:``) is
  that person's, in the same paragraph or the next;
- a name after a capitalised descriptor opening the sentence (``Popular drinking hole The Anchor
  will be closing, and has said …``) is the subject a later coordinated cue reports for;
- a quote closed by a document named as such (``“…,” read the FIR``, ``the FIR read``) is the
  document's, its acronym spelled out;
- a document owned by a name (``The HP's statement said that …``) is the owner's words, and a
  post shared by a name's account (``according to a post shared by Harbour Films' Instagram
  handle``) the account owner's.

Each table holds one shape seen in real articles, written anew, with the near misses that must
keep their reading.
"""

from __future__ import annotations

import pytest

from newsparse.rules.quotes.rule import find_quotes


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


# -- (1) a role phrase after a fronted phrase ------------------------------------------------

FRONTED_ROLES = [
    pytest.param(
        "Ferry crossings were cancelled again on Monday.\n"
        "Tom Baker warned on Monday that the sector faces “mass job cuts”.\n"
        "Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”",
        "It does not need",
        "Tom Baker",
        id="party-mp-after-fronted-phrase",
    ),
    pytest.param(
        "Flood defences in the valley failed for the second time this winter.\n"
        "Ann Price visited the worst-hit streets on Saturday.\n"
        "Asked about the repairs, the Labour councillor said: “We were promised a new wall years ago.”",
        "We were promised",
        "Ann Price",
        id="party-councillor-after-participle",
    ),
    pytest.param(
        # near miss: someone was introduced with that very role, so the role is that person
        "Labour MP Sara Doyle raised the case first.\nTom Baker replied on Monday.\n"
        "Speaking in the Commons, the Labour MP said: “The answer is not good enough.”",
        "The answer is not",
        "Sara Doyle",
        id="introduced-with-the-role",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FRONTED_ROLES)
def test_fronted_role_phrase_is_the_person_named_before(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "direct") == speaker


# -- (2) sentences after several spaces ------------------------------------------------------

SPACED_SENTENCES = [
    pytest.param(
        "Harbour Ferries placed a bid to buy the line, said Tom Lane, the top official at the "
        "department. The government aims to complete the sale by June.  Ravi Kumar also reacted "
        "to the news that his group had won. Taking to Twitter, he said the firm will have the "
        "chance to restore its name.",
        "the firm will have",
        "Ravi Kumar",
        id="two-spaces",
    ),
    pytest.param(
        "The board approved the budget, said Tom Lane, its chair. The vote was close.   Mark Ellis "
        "opposed the plan in the meeting. Later, he said the cuts would hurt small schools.",
        "the cuts would hurt",
        "Mark Ellis",
        id="three-spaces",
    ),
    pytest.param(
        # near miss: one space, the same reading (the subject of the sentence just before)
        "The board approved the budget, said Tom Lane, its chair. The vote was close. Mark Ellis "
        "opposed the plan in the meeting. Later, he said the cuts would hurt small schools.",
        "the cuts would hurt",
        "Mark Ellis",
        id="one-space",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPACED_SENTENCES)
def test_sentence_after_spaces_has_its_subject(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "indirect") == speaker


# -- (3) no subject before the cue -----------------------------------------------------------

NO_SUBJECT = [
    pytest.param(
        "The clinics will stay shut for a week.\nThe order issued to this effect also made it "
        "clear that all visits are cancelled.",
        "all visits are cancelled",
        "The order",
        id="adjunct-to-this-effect",
    ),
    pytest.param(
        "Rao also said the port was busy and claimed that Meera Das (a former port chief) during "
        "a meeting told him that no one trusts the old cranes any longer.",
        "no one trusts",
        "Meera Das",
        id="adjunct-during-a-meeting",
    ),
    pytest.param(
        "Flood warnings stayed in place overnight.\nLast night Deputy Mayor Tom Reilly made a strong "
        "claim on the radio that the council had no plan for the river.",
        "the council had no plan",
        "Tom Reilly",
        id="noun-cue-after-adjective",
    ),
    pytest.param(
        # near miss: "an official said" is a subject and a cue in the past tense
        "The clinic has enough masks for its staff, an official said.",
        "The clinic has enough",
        "an official",
        id="postposed-official-keeps",
    ),
    pytest.param(
        # near miss: "after a report said": a clause with its own subject, no adjunct
        "Shares of two card firms rose after a report said the firms would raise their fees.",
        "the firms would raise",
        "a report",
        id="after-a-report-keeps",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NO_SUBJECT)
def test_phrase_that_is_no_subject_gives_way(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "indirect") == speaker


# -- (4) descriptions with a code, surnames before irregular verbs ---------------------------

DESCRIBED = [
    pytest.param(
        "A former F-16 pilot Dan Whitlow called the raid a turning point in air combat.\n"
        "Whitlow praised the decoy “as the best we have ever seen.” The former F-16 pilot added "
        "that the system may have changed electronic warfare.",
        "the system may have changed",
        "Dan Whitlow",
        id="code-in-a-description",
    ),
    pytest.param(
        "A survey showed Premier Alan Kerrigan has lost support.\n\nKerrigan began the summer "
        "insisting local councils had enough staff to handle the floods.",
        "local councils had enough",
        "Alan Kerrigan",
        id="surname-before-began",
    ),
    pytest.param(
        "A survey showed Premier Alan Kerrigan has lost support.\n\nKerrigan sought to calm "
        "voters, insisting the dams would hold.",
        "the dams would hold",
        "Alan Kerrigan",
        id="surname-before-sought",
    ),
    pytest.param(
        # near miss: an adjective opening the sentence before a noun is still no subject name
        "Ferry operators met on Monday.\nDistraught hotel groups have slammed the new rules, "
        "claiming they will lose the summer.",
        "they will lose",
        None,
        id="adjective-opener-stays",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DESCRIBED)
def test_described_and_surname_subjects(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content, "indirect") == speaker


# -- (5) fronted phrase and lower-case role; a document with its issuer ----------------------

LEAD_INS = [
    pytest.param(
        "Flights were delayed again, Tom Reyes said.\nFor our new series, travel editor Ann Lowry "
        "told us what slow travel means to her.\n“We need travel to be kinder to the places we visit.”",
        "We need travel",
        "Ann Lowry",
        id="fronted-lowercase-role",
    ),
    pytest.param(
        "Flights were delayed again, Tom Reyes said.\nLast week, party spokesman Dan Moore wrote to "
        "members about the plan.\n“It is a plan for the next ten years, not the next election.”",
        "It is a plan",
        "Dan Moore",
        id="fronted-party-spokesman",
    ),
    pytest.param(
        # near miss: a verb after the comma leads an object, not a subject
        "Flights were delayed again, Tom Reyes said.\nOn Monday, told by party leader Dan Moore to "
        "wait, members went home.\n“It is a plan for the next ten years.”",
        "It is a plan",
        "Tom Reyes",
        id="verb-after-comma",
    ),
    pytest.param(
        "Flights were delayed again, Tom Reyes said.\nLater, told party leader Dan Moore was late, "
        "members went home.\n“It is a plan for the next ten years.”",
        "It is a plan",
        "Tom Reyes",
        id="verb-before-role",
    ),
    pytest.param(
        "The Ministry of Coastal Affairs (MCA) reacted on Friday.\n\n“We are deeply shocked by "
        "the verdict and await the judgement,” the statement by the MCA read.",
        "We are deeply shocked",
        "Ministry of Coastal Affairs",
        id="statement-by-issuer-read",
    ),
    pytest.param(
        "“We will reopen the pool in spring,” a note from Harbour Leisure Ltd said.",
        "We will reopen",
        "Harbour Leisure Ltd",
        id="note-from-issuer-said",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), LEAD_INS)
def test_lead_in_subjects_and_issuers(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "direct") == speaker


# -- (6) phrases with no noun before a cue word --------------------------------------------

HEADLESS = [
    pytest.param(
        "The daily toll fell to 640.\n\nMayor Ann Ruiz said she took “comfort” from this, as well "
        "as the continued fall in the number of patients admitted to hospitals.",
        "comfort",
        "Ann Ruiz",
        id="the-continued",
    ),
    pytest.param(
        "Budgets matter.\n\nThe weight of deadlines grew last week as the audit office released two "
        "highly critical reports that depicted “technical setbacks and rising costs”.",
        "technical setbacks",
        None,
        id="highly-critical-reports",
    ),
    pytest.param(
        # near miss: a phrase with a noun is a subject ("the official continued")
        "The toll fell.\n\n“We are not out of the woods,” the official continued.",
        "We are not out",
        "the official",
        id="noun-head-keeps",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), HEADLESS)
def test_phrase_without_noun_speaks_for_no_one(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content, "direct") == speaker


# -- (7) an acronym at the end of a name -------------------------------------------------------

TAIL_ACRONYMS = [
    pytest.param(
        "The Oregon Public Utility Commission, the state regulator, met on Friday.\n\n"
        "Oregon PUC said two gas plants shut down on Friday.",
        "two gas plants",
        "Oregon Public Utility Commission",
        id="spelled-after-the-same-words",
    ),
    pytest.param(
        # near miss: the spelling is written with other words before it, so the name stays
        "The Public Utility Commission of Idaho met on Friday.\n\nOregon PUC said two gas plants "
        "shut down on Friday.",
        "two gas plants",
        "Oregon PUC",
        id="other-words-keep",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), TAIL_ACRONYMS)
def test_acronym_at_the_end_of_a_name(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "indirect") == speaker


# -- (8) "it" is one body ----------------------------------------------------------------------

IT_ONE_BODY = [
    pytest.param(
        "Earlier this year, Harbour Trust Bank and Seaview Savings Bank collapsed.\n\nSince the "
        "last review, the banks at home have stayed sound, it said.",
        "Since the last review",
        None,
        id="pair-is-not-it",
    ),
    pytest.param(
        # near miss: one body whose name holds "and"
        "The Department of Health and Social Care published its figures.\n\nSince the last "
        "review, waiting lists have grown, it said.",
        "Since the last review",
        "Department of Health and Social Care",
        id="one-body-with-and",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), IT_ONE_BODY)
def test_it_is_one_body(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content, "indirect") == speaker


# -- (9) "a statement from X:" -------------------------------------------------------------------

FROM_SOURCE = [
    pytest.param(
        "The row over long hours went on.\n\nInterestingly, the comment also drew a statement from "
        "Ravi Menon, Chairman, Harbour Group: “We have to make the port one we can be proud of.”",
        "We have to make",
        "Ravi Menon",
        id="statement-from-same-paragraph",
    ),
    pytest.param(
        "Tom Lane spoke first, Ann Lee said.\n\nThe remark drew a sharp response from union leader "
        "Ann Price:\n\n“We have to make the port safe.”",
        "We have to make",
        "Ann Price",
        id="response-from-next-paragraph",
    ),
    pytest.param(
        # near miss: "from" names where, not whom a statement is from
        "Tom Lane spoke first, Ann Lee said.\n\nTom Lane read out a passage from Harbour Tales: "
        "“We sailed at dawn.”",
        "We sailed at dawn",
        "Tom Lane",
        id="passage-from-a-book",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), FROM_SOURCE)
def test_statement_from_someone(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "direct") == speaker


# -- (10) a name after a descriptor ------------------------------------------------------------

DESCRIPTOR_LED = [
    pytest.param(
        "Pubs are shut across the city.\n\nPopular drinking hole The Anchor will be closing, and "
        "have said it is “highly unlikely” they will be back in three weeks.",
        "it is",
        "The Anchor",
        id="drinking-hole-the-anchor",
    ),
    pytest.param(
        "Shops are shut.\n\nLocal bakery Harbour Bakes will be closing, and has said it is "
        "unlikely to reopen soon.",
        "it is unlikely",
        "Harbour Bakes",
        id="local-bakery",
    ),
    pytest.param(
        # near miss: an adjective before a plural noun and its verb names no one
        "Shops are shut.\n\nDistraught pub and hotel groups have slammed the rules, claiming "
        "they will lose the summer.",
        "they will lose",
        None,
        id="adjective-and-plural-noun",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), DESCRIPTOR_LED)
def test_name_after_a_descriptor(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content, "indirect") == speaker


# -- (11) a document by its name closing a quote -----------------------------------------------

NAMED_DOCUMENTS = [
    pytest.param(
        "Police released a First Information Report (FIR) on Monday.\n\n“The act was a planned "
        "plot by the contractor,” read the FIR, based on a complaint.",
        "The act was",
        "First Information Report",
        id="read-the-fir",
    ),
    pytest.param(
        "Police released a First Information Report (FIR) on Monday.\n\n“The car hit the wall at "
        "speed,” the FIR read.",
        "The car hit",
        "First Information Report",
        id="the-fir-read",
    ),
    pytest.param(
        # near miss: "read" with a lower-case object is no document's name
        "Tom Lane spoke at the library.\n\n“I love this place,” read the sign by the door.",
        "I love this place",
        None,
        id="read-the-sign",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAMED_DOCUMENTS)
def test_document_by_its_name(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content, "direct") == speaker


# -- (12) a document owned by a name -------------------------------------------------------------

OWNED_DOCUMENTS = [
    pytest.param(
        "The Harbour Party (HP) filed its report.\n\nThe HP's statement said that it only gets "
        "funds from small donors.",
        "it only gets funds",
        "Harbour Party",
        id="acronym-owner",
    ),
    pytest.param(
        "Ferries were cancelled again.\n\nHarbour Ferries’ notice said that all crossings are "
        "suspended until Friday.",
        "all crossings are",
        "Harbour Ferries",
        id="plural-owner",
    ),
    pytest.param(
        # near miss: an owner in lower case is no name; the description stays
        "Ferries were cancelled again.\n\nThe company's notice said that all crossings are "
        "suspended until Friday.",
        "all crossings are",
        "The company's notice",
        id="lower-case-owner",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), OWNED_DOCUMENTS)
def test_document_owned_by_a_name(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "indirect") == speaker


SHARED_POSTS = [
    pytest.param(
        "The film did well.\n\nAccording to a post shared by Harbour Films' Instagram handle, the "
        "film has earned 300 crore worldwide.",
        "the film has earned",
        "Harbour Films",
        id="post-shared-by-handle",
    ),
    pytest.param(
        "The film did well.\n\nAccording to a post shared by Red Kite Entertainment's official "
        "website, the film has earned 300 crore worldwide.",
        "the film has earned",
        "Red Kite Entertainment",
        id="post-shared-by-website",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SHARED_POSTS)
def test_post_shared_by_an_account(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "indirect") == speaker


INITIALS = [
    pytest.param(
        "Clinics will close on Friday.\n\nDr Tom Lane outlined a number of reasons for the "
        "closures.\n\nThe CMO told the minister that they were worried the rules would not be enough.",
        "they were worried",
        "Tom Lane",
        id="the-cmo",
    ),
    pytest.param(
        "Harbour Ferries lost money this year.\n\nAnn Price took the job in May.\n\nThe CFO said "
        "fuel costs had doubled since the spring.",
        "fuel costs had doubled",
        "Ann Price",
        id="the-cfo",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), INITIALS)
def test_office_by_its_initials(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content, "indirect") == speaker
