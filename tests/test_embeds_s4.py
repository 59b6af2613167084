"""A news site's own byline stamp is not Facebook's embed attribution (#9, #11).

``Publicado por X em segunda-feira, 3 de março`` above a story reads like Facebook's fallback
``Publicado por X en Viernes, 21 de noviembre``; Facebook capitalises the weekday and uses its
own prepositions, and closes a post above it.
"""

from __future__ import annotations

import pytest

import newsparse

STAMPS = [
    (
        "pt",
        "Câmara aprova orçamento\nPublicado por João Silva em segunda-feira, 3 de março de 2020\n",
        "A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate que se "
        "prolongou pela madrugada, segundo os vereadores.",
    ),
    (
        "fr",
        "Le conseil adopte le budget\nPublié par Jeanne Dupont le lundi 3 mars 2020\n",
        "Le conseil municipal a adopté mardi le nouveau budget après un long débat qui s'est prolongé "
        "tard dans la nuit, selon les élus.",
    ),
    (
        "it",
        "Il consiglio approva il bilancio\nPubblicato da Marco Rossi il lunedì 3 marzo 2020\n",
        "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito proseguito "
        "fino a notte fonda, secondo i consiglieri.",
    ),
    (
        "es",
        "El concejo aprueba el presupuesto\nPublicado por Juana Rey el lunes, 3 de marzo de 2020 a las 10:20\n",
        "El concejo municipal aprobó el martes el nuevo presupuesto tras un largo debate que se prolongó "
        "hasta la madrugada, según los concejales.",
    ),
]


@pytest.mark.parametrize(("language", "top", "body"), STAMPS, ids=[s[0] for s in STAMPS])
def test_site_stamp_is_the_byline_not_an_embed(language: str, top: str, body: str) -> None:
    article = newsparse.parse(top + body + "\n" + body)
    assert article.language == language
    assert article.embeds == ()
    assert [b.text for b in article.bylines] == [top.splitlines()[1]]


def test_facebook_attribution_with_capitalised_weekday_stays_an_embed() -> None:
    text = (
        "El ayuntamiento retransmitió el pleno en sus redes.\n"
        "Retransmisión en directo del pleno de noviembre.\n"
        "Publicado por Ayuntamiento de Villaverde en Viernes, 21 de noviembre de 2025"
    )
    (embed,) = newsparse.parse(text).embeds
    assert (embed.platform, embed.author) == ("facebook", "Ayuntamiento de Villaverde")
