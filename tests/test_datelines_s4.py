"""Dateline shapes of other languages' real pages (#11): our own ledes in the shapes regional
and wire copy has, with look-alike negatives."""

from __future__ import annotations

import pytest

import newsparse

_DE = (
    "Stadtrat beschließt Haushalt\n{} Der Stadtrat hat am Dienstag nach einer langen Debatte den "
    "neuen Haushalt beschlossen, die bis tief in die Nacht dauerte."
)
_HI = (
    "नगर परिषद ने बजट पास किया\n{} नगर परिषद ने मंगलवार को लंबी बहस के बाद नया बजट पास कर दिया, जो देर रात तक चली।"
)

_EN = (
    "Port to reopen after storm repairs\n{} Officials said on Monday that the port would reopen after "
    "repairs to the storm-damaged quay were completed ahead of schedule.\nThe port handles most trade."
)

CASES = [
    (
        "en_site_domain_agency",
        _EN.format("Dhaka, March 3 (bdnews24.com) -"),
        ["Dhaka, March 3 (bdnews24.com) -"],
    ),
    ("en_agency_after_comma", _EN.format("Accra, March 3, GNA -"), ["Accra, March 3, GNA -"]),
    ("en_date_comma_caps_in_prose", _EN.format("On March 3, NASA - the agency -"), []),
    (
        "en_lede_wrapped_mid_word_run",
        "Port to reopen after storm repairs\nLagos — Officials said on Monday that the port would reopen "
        "after repairs to the storm-damaged\nquay were completed ahead of schedule.\nThe port handles most trade.",
        ["Lagos —"],
    ),
    ("de_title_case_place", _DE.format("Leipzig."), ["Leipzig."]),
    ("de_two_places", _DE.format("Bochum/Herne."), ["Bochum/Herne."]),
    ("de_participle", _DE.format("Geschafft."), []),
    ("de_adverb", _DE.format("Endlich."), []),
    ("de_noun", _DE.format("Achtung."), []),
    ("hi_place_desk", _HI.format("लखनऊ, जागरण संवाददाता।"), ["लखनऊ, जागरण संवाददाता।"]),
    ("hi_desk_place", _HI.format("डिजिटल डेस्क, नई दिल्ली।"), ["डिजिटल डेस्क, नई दिल्ली।"]),
    ("hi_place_agency", _HI.format("नई दिल्ली, एजेंसी।"), ["नई दिल्ली, एजेंसी।"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_dateline_shapes(text: str, expected: list[str]) -> None:
    assert [d.text for d in newsparse.parse(text).datelines] == expected


def test_title_case_place_is_the_location() -> None:
    (dateline,) = newsparse.parse(_DE.format("Bochum/Herne.")).datelines
    assert dateline.locations == ("Bochum", "Herne")
