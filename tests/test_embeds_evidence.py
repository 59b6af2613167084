"""A bare video URL stands for an embed only with evidence of a player around it (#9).

On annotated real pages a YouTube link pasted into a reader's comment, or given as a source,
was no embed; a post URL of a social platform alone on its line still is one by itself.
"""

from __future__ import annotations

import pytest

from newsparse import find_embeds, parse

URL = "https://www.youtube.com/watch?v=Qa1Ws2Ed3Rf"

EMBEDS = [
    (
        "watch_lead_in",
        f"The mayor spoke for an hour.\nWatch the full address here:\n{URL}\nCouncillors objected.",
    ),
    ("word_below", f"The mayor spoke for an hour.\n\n{URL}\n\nThe clip has been shared widely."),
    (
        "german_video_word",
        f"Der Bürgermeister sprach eine Stunde.\nDas Video der Rede:\n{URL}\nDie Opposition widersprach.",
    ),
    ("hindi_video_word", f"महापौर ने एक घंटे तक भाषण दिया।\nदेखें वीडियो\n{URL}\nविपक्ष ने आपत्ति जताई।"),
    (
        "player_form",
        "The mayor spoke for an hour.\nhttps://www.youtube.com/embed/Qa1Ws2Ed3Rf\nCouncillors objected.",
    ),
    (
        "next_to_another_embed",
        "Crowds gathered at the pier.\nWaves over the wall right now.\n[image or embed]\n"
        "— Sam Ortiz (@samortiz.bsky.social) November 20, 2025 at 10:02 PM\n"
        f"{URL}\nThe council opened two shelters.",
    ),
]

NOT_EMBEDS = [
    (
        "pasted_in_a_comment",
        "Leserkommentare\nIch habe dazu eine gute Analyse gehört, bitte sehr:\n"
        f"{URL}\nGruß\nK.M.\nDas sehe ich anders als mein Vorredner.",
    ),
    (
        "source_credit_inline",
        f"The figures come from the ministry. (Source: {URL})\nThe report was published on Monday.",
    ),
    (
        "german_credit_inline",
        f"Die Zahlen stammen vom Ministerium. Quelle: {URL}\nDer Bericht erschien am Montag.",
    ),
    ("bare_url_no_context", f"The council met on Monday.\n{URL}\nIt voted to close the library."),
]


@pytest.mark.parametrize("text", [e[1] for e in EMBEDS], ids=[e[0] for e in EMBEDS])
def test_video_url_with_evidence_is_an_embed(text: str) -> None:
    assert "youtube" in [e.platform for e in find_embeds(text)]


@pytest.mark.parametrize("text", [e[1] for e in NOT_EMBEDS], ids=[e[0] for e in NOT_EMBEDS])
def test_video_url_without_evidence_is_no_embed(text: str) -> None:
    assert [e.platform for e in find_embeds(text)] == []
    assert parse(text).embeds == ()


def test_post_url_alone_needs_no_evidence() -> None:
    text = (
        "The council met on Monday.\nhttps://www.instagram.com/p/Cx12Ab34Cd5/\nIt voted to close the library."
    )
    assert [e.platform for e in find_embeds(text)] == ["instagram"]


def test_portuguese_attribution_of_portugal() -> None:
    text = (
        "A banda tocou.\nVer esta publicação no Instagram\n"
        "Uma publicação partilhada por Coast FM (@coastfm)\nO público adorou."
    )
    assert [(e.platform, e.handle, e.author) for e in find_embeds(text)] == [
        ("instagram", "coastfm", "Coast FM")
    ]
