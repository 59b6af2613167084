"""A row of follow or share links that ends with ``| YouTube`` is no video embed (#11, #9)."""

from __future__ import annotations

import pytest

import newsparse

_PARA = (
    "Die Regierung hat am Dienstag einen neuen Plan für den Nahverkehr vorgestellt. Der Minister "
    "erläuterte die Maßnahmen im Landtag.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Facebook | Twitter | Instagram | YouTube",
        "Síguenos: Facebook | Twitter | YouTube",
        "Folgen Sie uns: Instagram | TikTok | YouTube",
        "Facebook - YouTube",
    ],
    ids=["menu", "menu_with_label", "menu_de_label", "two_platforms"],
)
def test_platform_menu_is_no_youtube_embed(line: str) -> None:
    assert newsparse.parse("Neuer Plan\n" + _PARA + line + "\n" + _PARA).embeds == ()


@pytest.mark.parametrize(
    "line",
    ["Die Rede des Ministers im Landtag - YouTube", "Instagram Reels explained in ten minutes - YouTube"],
    ids=["title", "title_naming_a_platform"],
)
def test_video_title_stays_an_embed(line: str) -> None:
    (embed,) = newsparse.parse("Neuer Plan\n" + _PARA + line + "\n" + _PARA).embeds
    assert (embed.platform, embed.span.text) == ("youtube", line)
