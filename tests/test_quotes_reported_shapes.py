"""Reported speech in the shapes real articles use (#10): cues, syntax, clause ends, attribution forms.

Every text is invented in the shape of a real sentence. Each case lists the quotes expected
*exactly* (kind, speaker, content): the content boundary is what these shapes are about, so a
half-overlap match (as in the case files) would hide the bugs they guard against.
"""

from __future__ import annotations

import pytest

from newsparse import find_quotes

Q = tuple[str, str | None, str]


def _speaker(name: str | None) -> str | None:
    """The speaker as compared here: how a description is cased or whether it keeps its article
    is the speaker resolver's business, not the attribution shape's."""
    if name is None:
        return None
    low = name.lower()
    return low[4:] if low.startswith("the ") else low


def _found(text: str) -> list[Q]:
    return [(q.kind, _speaker(q.speaker), q.content.text) for q in find_quotes(text) if q.kind != "scare"]


SHAPES: list[tuple[str, str, list[Q]]] = [
    # -- cues and syntax -------------------------------------------------------------------
    (
        "control-verb-to",
        "Hale has recently tried to suggest that he barely knows the envoy.",
        [("indirect", "Hale", "he barely knows the envoy")],
    ),
    (
        "control-verb-ing",
        "Residents began insisting the road was unsafe after the crash.",
        [("indirect", "residents", "the road was unsafe after the crash")],
    ),
    (
        "relative-clause-cue",
        "Mark Hill, a lawyer who argues that the law is void, filed the case on Monday.",
        [("indirect", "Mark Hill", "the law is void")],
    ),
    (
        "told-object-zero-that",
        "Dan Kerr told police he had seen the van near the bridge.",
        [("indirect", "Dan Kerr", "he had seen the van near the bridge")],
    ),
    (
        "perfect-auxiliary",
        "Ruth Vane has insisted it will not raise fees this year.",
        [("indirect", "Ruth Vane", "it will not raise fees this year")],
    ),
    (
        "possessive-appositive",
        "Ann Lee, Ellis's lawyer, told reporters the charges would be dropped.",
        [("indirect", "Ann Lee", "the charges would be dropped")],
    ),
    (
        "organisation-common-noun",
        "The Centre for Coastal Studies monitor group said the terns had returned early.",
        [("indirect", "The Centre for Coastal Studies monitor group", "the terns had returned early")],
    ),
    (
        "quantity-opens-clause",
        "Health authorities in the province say at least 900 people have been treated.",
        [("indirect", "Health authorities in the province", "at least 900 people have been treated")],
    ),
    (
        "gerund-subject",
        "In May, the agency chief Jo Lee said returning to the moon was necessary for the programme.",
        [("indirect", "Jo Lee", "returning to the moon was necessary for the programme")],
    ),
    (
        "parenthetical-attribution",
        "Going ahead, Ravi Menon said, a lower inflation outlook due to cheaper fuel will lift spending.",
        [("indirect", "Ravi Menon", "a lower inflation outlook due to cheaper fuel will lift spending")],
    ),
    (
        "participle-after-adverb",
        "Dora Kane, meanwhile, veered away from the topic, instead only saying she would not send troops.",
        [("indirect", "Dora Kane", "she would not send troops")],
    ),
    (
        "participle-bare-clause",
        "Ramon Diaz mentioned her daughter, noting she uses the app every day.",
        [("indirect", "Ramon Diaz", "she uses the app every day")],
    ),
    (
        "participle-after-noun",
        "The Restaurants Guild hit out at the decision saying more than 1,000 workers would lose their jobs.",
        [("indirect", "The Restaurants Guild", "more than 1,000 workers would lose their jobs")],
    ),
    (
        "cited-as-proof",
        "Mayor Ines Varga cited the slump as proof that rates were too high.",
        [("indirect", "Ines Varga", "rates were too high")],
    ),
    (
        "impersonal-passive",
        "Yesterday, it was announced that the ban would be extended across the region.",
        [("indirect", None, "the ban would be extended across the region")],
    ),
    (
        "quoted-as-saying",
        "The newspaper quoted the agency as saying the wreck was lying upside down in shallow water.",
        [("indirect", "the agency", "the wreck was lying upside down in shallow water")],
    ),
    (
        "question-whether",
        "Priya Raman asked whether the levy could ever be removed by decree.",
        [("indirect", "Priya Raman", "the levy could ever be removed by decree")],
    ),
    (
        "directive-object-infinitive",
        "Lena Ortiz urged the public not to tolerate the delays any longer.",
        [("indirect", "Lena Ortiz", "the public not to tolerate the delays any longer")],
    ),
    (
        "directive-accused-of",
        "Lena Ortiz also accused the board of ignoring its own safety rules.",
        [("indirect", "Lena Ortiz", "the board of ignoring its own safety rules")],
    ),
    (
        "promised-to",
        "Kofi Mensah promised to restore funding for every rural clinic in the district.",
        [("indirect", "Kofi Mensah", "to restore funding for every rural clinic in the district")],
    ),
    # -- fronted phrases -------------------------------------------------------------------
    (
        "fronted-past-participle",
        # (the fronted phrase is no speaker; unnamed commanders are null, as annotated)
        "Backed by artillery, rebel commanders say they have taken the northern town.",
        [("indirect", None, "they have taken the northern town")],
    ),
    (
        "fronted-participle-report",
        "Observing that the landscape will keep changing with digital banking, the Reserve Board said more staff were needed.",
        [
            ("indirect", "Reserve Board", "the landscape will keep changing with digital banking"),
            ("indirect", "Reserve Board", "more staff were needed"),
        ],
    ),
    # -- where a reported clause ends -----------------------------------------------------
    (
        "coordinated-second-speaker",
        "Lee said the tide was rising, and harbourmaster Colin Vey said the boats were safe.",
        [
            ("indirect", "Lee", "the tide was rising"),
            ("indirect", "Colin Vey", "the boats were safe"),
        ],
    ),
    (
        "subordinate-second-report",
        "Anna Berg said the ward would stay open, where she said staff had been doubled.",
        [
            ("indirect", "Anna Berg", "the ward would stay open"),
            ("indirect", "Anna Berg", "staff had been doubled"),
        ],
    ),
    (
        "contrast-second-speaker",
        "Quinn says about 30 poets stopped writing last spring, while another editor, Major Hale, says he knows of many more.",
        [
            ("indirect", "Quinn", "about 30 poets stopped writing last spring"),
            ("indirect", "Hale", "he knows of many more"),
        ],
    ),
    (
        "but-and-past-verb",
        "Tim Sato said the country should keep up its support but nodded to sceptics in his party.",
        [("indirect", "Tim Sato", "the country should keep up its support")],
    ),
    (
        "and-second-cue-with-colon",
        "Manu Joshi said Kumar had been invited only to be insulted and asked, “Did you see his face?”",
        [
            ("indirect", "Manu Joshi", "Kumar had been invited only to be insulted"),
            ("direct", "Manu Joshi", "Did you see his face?"),
        ],
    ),
    (
        "nested-source",
        "Mayor Tom Ellis stated that the budget was balanced, reported the Courier.",
        [("indirect", "Tom Ellis", "the budget was balanced")],
    ),
    (
        "postposed-with-object-and-appositive",
        "The harbour will need dredging within a decade, Lee, a professor at Westfield, told the Courier on Thursday.",
        [("indirect", "Lee", "The harbour will need dredging within a decade")],
    ),
    (
        "postposed-after-quoted-fragment",
        'Going forward, the property arm will remain the group\'s "key earnings contributor", said Analyst Mei Tan.',
        [
            ("direct", "Mei Tan", "key earnings contributor"),
            (
                "indirect",
                "Mei Tan",
                'Going forward, the property arm will remain the group\'s "key earnings contributor"',
            ),
        ],
    ),
    (
        "glued-sentences",
        "Growth slowed in the third quarter, the minister said.She also said exports had recovered.",
        [
            ("indirect", "the minister", "Growth slowed in the third quarter"),
            ("indirect", "the minister", "exports had recovered"),
        ],
    ),
    (
        "and-according-to",
        "Relatives said that he knew the men well and according to a police report, the men alleged that he had fallen.",
        [
            ("indirect", "Relatives", "he knew the men well"),
            ("indirect", "the men", "he had fallen"),
        ],
    ),
    (
        "postposed-outlet-with-article",
        "Maria had recently graduated from the teachers' college, the Harbour Times reported.",
        [("indirect", "Harbour Times", "Maria had recently graduated from the teachers' college")],
    ),
    (
        "postposed-spokesperson-of-the-org",
        "The raids were carried out with the help of the state police, a spokesperson of the NIA said.",
        [
            (
                "indirect",
                "NIA",
                "The raids were carried out with the help of the state police",
            )
        ],
    ),
    (
        "postposed-then-participle-colon",
        "Analyst Mei Tan said the results were mixed.\n"
        "Losses at the print arm would drag on profit, she noted, adding: “The rest of the group is sound.”",
        [
            ("indirect", "Mei Tan", "the results were mixed"),
            ("indirect", "Mei Tan", "Losses at the print arm would drag on profit"),
            ("direct", "Mei Tan", "The rest of the group is sound."),
        ],
    ),
    (
        "document-name-is-no-quote",
        "Attacks on small lenders have risen sharply in the past year, the central bank said in its document "
        "'Technology Vision for Cyber Security'.",
        [("indirect", "central bank", "Attacks on small lenders have risen sharply in the past year")],
    ),
    (
        "postposed-fragment-comma-inside-mark",
        "The curator spoke on Monday.\nThe attack is “also aimed at the museum’s future,” Azzouz said.",
        [
            ("indirect", "Azzouz", "The attack is “also aimed at the museum’s future,”"),
            ("direct", "Azzouz", "also aimed at the museum’s future,"),
        ],
    ),
    (
        "long-subject-with-relative",
        "Amit Rao said the journey of reform and growth that began in 2001 has continued without a break.",
        [
            (
                "indirect",
                "Amit Rao",
                "the journey of reform and growth that began in 2001 has continued without a break",
            )
        ],
    ),
    (
        "postposed-before-second-cue",
        "Public debt rose to 84 per cent of output, he said, adding, only two other countries did better.",
        [
            ("indirect", None, "Public debt rose to 84 per cent of output"),
            ("indirect", None, "only two other countries did better"),
        ],
    ),
    (
        "quoted-word-inside-subject",
        "However Prof Lewin said Victoria’s “hard line” response was driven by the science.",
        [
            ("indirect", "Lewin", "Victoria’s “hard line” response was driven by the science"),
            ("direct", "Lewin", "hard line"),
        ],
    ),
    (
        "subject-with-which-aside",
        "Ben Tal said the contract, which contains large raises, was an example of a stronger hand for workers.",
        [
            (
                "indirect",
                "Ben Tal",
                "the contract, which contains large raises, was an example of a stronger hand for workers",
            )
        ],
    ),
    (
        "list-subject",
        "During the searches, the spokesperson said documents, phones and other material have been recovered.",
        [("indirect", "spokesperson", "documents, phones and other material have been recovered")],
    ),
    (
        "bare-noun-past-verb",
        "Some teachers wrote that they felt watched, while others said footage helped to settle arguments.",
        [
            ("indirect", "Some teachers", "they felt watched"),
            ("indirect", "Some teachers", "footage helped to settle arguments"),
        ],
    ),
    (
        "number-word-subject",
        "Recalling the night, he said only four party leaders decided to travel.",
        [("indirect", None, "only four party leaders decided to travel")],
    ),
    (
        "according-to-lower-case-source",
        "Wholesale prices fell 1.4% in July, according to data released by the trade ministry.",
        [("indirect", "data released by the trade ministry", "Wholesale prices fell 1.4% in July")],
    ),
    (
        "according-to-without-comma",
        "The index now trades at 21 times earnings according to LSEG data.",
        [("indirect", "LSEG", "The index now trades at 21 times earnings")],
    ),
    (
        "inverted-bare-role",
        "Seven bodies have been recovered so far, says search chief.",
        [("indirect", "search chief", "Seven bodies have been recovered so far")],
    ),
    (
        "apposed-name-with-acronym",
        "Gulf Arab power, the United Arab Emirates (UAE), warned on Friday that tension was rising.",
        [("indirect", "United Arab Emirates", "tension was rising")],
    ),
    (
        "according-to-a-number",
        "Her poll numbers have risen since August, according to 538, rivalling the front-runner.",
        [("indirect", "538", "Her poll numbers have risen since August")],
    ),
    (
        "progressive-participle",
        "The Democrats are alleging that the call was improper.",
        [("indirect", "The Democrats", "the call was improper")],
    ),
    (
        "with-absolute-participle",
        "The sailors were sentenced on Thursday, with the Ministry of Shipping (MoS) stating that it was deeply shocked.",
        [("indirect", "Ministry of Shipping", "it was deeply shocked")],
    ),
    (
        "quoted-subject-of-clause",
        'The minister was criticised after saying "the virus" would be responsible for any deaths.',
        [
            ("indirect", "The minister", '"the virus" would be responsible for any deaths'),
            ("direct", "The minister", "the virus"),
        ],
    ),
    (
        "as-second-report",
        "The adviser told the minister that they were worried about the rules as he warned the wards could fill.",
        [
            ("indirect", "adviser", "they were worried about the rules"),
            ("indirect", None, "the wards could fill"),
        ],
    ),
    # -- direct-quote attribution forms ---------------------------------------------------
    (
        "abbreviated-title",
        "The board met on Monday.\n“We will fight on,” Gov. Mara Reyes said.",
        [("direct", "Mara Reyes", "We will fight on,")],
    ),
    (
        "inverted-org-role-name",
        "The board met on Monday.\n“The pier is safe,” said Harbour Board chair Tom Ellis.",
        [("direct", "Tom Ellis", "The pier is safe,")],
    ),
    (
        "inverted-name-adjunct",
        "The board met on Monday.\n“It is a hard job,” quipped Ellis of the role.",
        [("direct", "Ellis", "It is a hard job,")],
    ),
    (
        "quoted-as-saying-direct",
        "The board met on Monday.\n“We are ready,” Hale was quoted as saying by the Courier.",
        [("direct", "Hale", "We are ready,")],
    ),
    (
        "several-fragments-one-clause",
        "Cohen said Haley was “strong in the debate” and came across as “knowledgeable and calm” on stage.",
        [
            (
                "indirect",
                "Cohen",
                "Haley was “strong in the debate” and came across as “knowledgeable and calm” on stage",
            ),
            ("direct", "Cohen", "strong in the debate"),
            ("direct", "Cohen", "knowledgeable and calm"),
        ],
    ),
]

NOT_REPORTED: list[tuple[str, str]] = [
    ("asked-to-is-a-request", "The union has asked the station to mark the anniversary with a repeat."),
    ("claims-to", "The company claims to have fixed the bug."),
    ("passive-question", "Abernathy was asked whether any officers had been suspended."),
    ("so-called", "The so-called “superstorm” flooded the lower town."),
    ("slogan", "The organisers chose the slogan “Bring the Boats Home” for the festival."),
    ("title-before-role", "“Harbour Lights” star Nadia Osei sang two songs."),
    ("attributive-stated", "A stated focus area of the plan is to cut imports by half before 2030."),
    (
        "attributive-estimated",
        "Another 69,000 staff were on short contracts, while an estimated 6,500 were on none.",
    ),
    ("belief-passive", "Police are searching for the woman. It is believed that she left the town by bus."),
    ("asked-how", "Brooks then asked how the candidates would respond to the protests on campus."),
    ("according-to-plan", "Everything went according to plan, and the crowd stayed calm."),
    (
        "directive-without-infinitive",
        "Police urged caution on the roads. He promised a new road for the village.",
    ),
    ("accused-as-adjective", "The accused man told the court nothing. The promised land never came."),
    ("fronted-participle-without-clause", "Saying goodbye, she left the room."),
    ("noun-after-preposition", "Varga declined to comment on reports that a second ferry had been sold."),
    ("base-form-without-aux", "Officials released details of the audit which suggest that costs doubled."),
    ("that-of-another-verb", "The council has admitted as much by agreeing that the review should go ahead."),
]

DIRECT_ONLY: list[tuple[str, str]] = [
    # a capitalised quote after a dash is a sentence of its own, not a fragment of a clause
    ("dash-then-quote", "Yet Sondland has already amended his testimony once — “I now do recall,” he said."),
]

KEPT_WHOLE: list[tuple[str, str, str]] = [
    # a later cue or verb that does not open a second report leaves the clause whole
    (
        "noun-say",
        "Keir Mann said many 16-year-olds had jobs and paid taxes, and therefore, they should have a say in how it is spent.",
        "many 16-year-olds had jobs and paid taxes, and therefore, they should have a say in how it is spent",
    ),
    (
        "relative-where",
        "Ramesh Rao said the buses would run on the ring road, where commuters have complained about crowding for years.",
        "the buses would run on the ring road, where commuters have complained about crowding for years",
    ),
    (
        "and-past-verb",
        "Naresh Kumar said the kits had been tested for months by engineers and met all safety standards.",
        "the kits had been tested for months by engineers and met all safety standards",
    ),
    (
        "comma-inside-quote",
        "Tom Preston added that Haley came across as “controlled, confident, and in command of evidence” to back up claims on stage.",
        "Haley came across as “controlled, confident, and in command of evidence” to back up claims on stage",
    ),
    (
        "and-urged-stays",
        "Port operators said on Friday the upgrade could cause long queues, and urged the government to delay the switchover.",
        "the upgrade could cause long queues, and urged the government to delay the switchover",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in SHAPES])
def test_reported_shape(text: str, expected: list[Q]) -> None:
    want = [(kind, _speaker(speaker), content) for kind, speaker, content in expected]
    assert sorted(_found(text), key=repr) == sorted(want, key=repr)


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NOT_REPORTED])
def test_not_reported(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in DIRECT_ONLY])
def test_direct_only(text: str) -> None:
    assert [kind for kind, _s, _c in _found(text)] == ["direct"]


@pytest.mark.parametrize(("text", "content"), [pytest.param(t, c, id=i) for i, t, c in KEPT_WHOLE])
def test_clause_kept_whole(text: str, content: str) -> None:
    reported = [c for kind, _s, c in _found(text) if kind == "indirect"]
    assert reported == [content]
