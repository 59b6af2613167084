"""A video link a reader posted in a comment thread is no embed (#9, #11): our own invented
comments in the shape real comment sections have."""

from __future__ import annotations

import newsparse

_STORY = (
    "Neuer Plan für den Hafen\n"
    "Die Stadt hat am Dienstag einen neuen Plan für den Hafen vorgestellt. Die Bürgermeisterin "
    "erläuterte die Maßnahmen im Rat.\n"
)
_COMMENT = "Ich finde den Plan gut, aber die Kosten sind viel zu hoch für eine so kleine Stadt.\n"


def test_a_video_link_between_reader_replies_is_no_embed() -> None:
    text = (
        _STORY
        + _COMMENT
        + "youtu.be/Ab12Cd34Ef5\n"
        + "@Hafenfreund Das Video zeigt genau, was am alten Kai schief läuft.\n"
        + _COMMENT
    )
    assert newsparse.parse(text).embeds == ()


def test_a_video_link_under_a_lead_in_stays_an_embed() -> None:
    text = _STORY + "Das Video der Stadt zeigt den neuen Kai:\nyoutu.be/Ab12Cd34Ef5\n" + _COMMENT
    (embed,) = newsparse.parse(text).embeds
    assert embed.platform == "youtube"


def test_a_handle_line_of_a_post_is_no_reader_reply() -> None:
    # "@name" alone (a handle under a post) is not a reply: the run of embeds still counts.
    text = _STORY + "Das Video der Stadt zeigt den neuen Kai:\nyoutu.be/Ab12Cd34Ef5\n@hafenstadt\n" + _COMMENT
    assert [e.platform for e in newsparse.parse(text).embeds] == ["youtube"]
