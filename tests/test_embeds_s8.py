"""Bare Facebook and Instagram post links in a live blog (#9): the URL forms a CMS leaves when it
does not expand a post (permalinks, group posts, photos, share and short links), and the page or
account the URL names as the embed's handle. Our own invented live-blog entries."""

from __future__ import annotations

import pytest

import newsparse

_ABOVE = "10:42 BST\nThe crowd cheered at the pier this morning as the first ferry of the season came in.\n"
_BELOW = "\n10:30 BST\nThe mayor spoke later at the town hall about the new summer timetable.\n"


@pytest.mark.parametrize(
    ("url", "platform", "handle"),
    [
        pytest.param(
            "https://www.facebook.com/harbourfc/posts/1234567890123", "facebook", "harbourfc", id="page-post"
        ),
        pytest.param(
            "https://www.facebook.com/harbourfc/photos/a.123/456789/", "facebook", "harbourfc", id="photo"
        ),
        pytest.param(
            "https://business.facebook.com/harbourfc/posts/1234567890", "facebook", "harbourfc", id="business"
        ),
        pytest.param(
            "https://www.facebook.com/permalink.php?story_fbid=1234567&id=98765",
            "facebook",
            None,
            id="permalink",
        ),
        pytest.param(
            "https://m.facebook.com/story.php?story_fbid=1234567&id=98765", "facebook", None, id="story"
        ),
        pytest.param(
            "https://www.facebook.com/photo/?fbid=1234567890&set=a.12345", "facebook", None, id="fbid"
        ),
        pytest.param(
            "https://www.facebook.com/groups/harbourfans/posts/1234567890/", "facebook", None, id="group"
        ),
        pytest.param("https://www.facebook.com/share/p/Ab12Cd34Ef/", "facebook", None, id="share"),
        pytest.param("https://fb.watch/Ab12Cd34Ef/", "facebook", None, id="fb-watch"),
        pytest.param(
            "https://www.facebook.com/100064123456789/posts/1234567890/", "facebook", None, id="numeric-id"
        ),
        pytest.param(
            "https://www.instagram.com/harbourfc/p/CbX12kLrT9a/", "instagram", "harbourfc", id="ig-user"
        ),
        pytest.param("https://www.instagram.com/p/CbX12kLrT9a/", "instagram", None, id="ig-bare"),
    ],
)
def test_a_bare_post_link_in_a_live_blog_is_an_embed(url: str, platform: str, handle: str | None) -> None:
    article = newsparse.parse(_ABOVE + url + _BELOW)
    assert [(e.platform, e.handle, e.url) for e in article.embeds] == [(platform, handle, url)]


def test_a_post_link_inside_a_list_line_is_an_embed() -> None:
    text = _ABOVE + "Best reaction so far: https://fb.watch/Ab12Cd34Ef/ ‣ Next up, the fireworks" + _BELOW
    assert [e.platform for e in newsparse.parse(text).embeds] == ["facebook"]


@pytest.mark.parametrize(
    "url",
    [
        pytest.param("https://www.facebook.com/harbourfc", id="page"),
        pytest.param("https://www.facebook.com/events/1234567890/", id="event"),
        pytest.param("https://www.instagram.com/harbourfc/", id="profile"),
    ],
)
def test_a_page_profile_or_event_link_is_no_embed(url: str) -> None:
    assert newsparse.parse(_ABOVE + url + _BELOW).embeds == ()


def test_a_post_link_in_running_prose_is_no_embed() -> None:
    text = (
        _ABOVE
        + "The club shared https://www.facebook.com/share/p/Ab12Cd34Ef/ with its fans on Monday."
        + _BELOW
    )
    assert newsparse.parse(text).embeds == ()
