"""Tokens to pieces (facts.entities.pieces): which capitalised runs name something, and where a
name ends."""

from __future__ import annotations

from tests.facts.conftest import EXCERPTS, load
from tests.facts.entities.conftest import aliases_of, entities_of, kinds_in


def test_no_junk_entities_from_capitalised_words(seed):
    names = {e.name for e in seed[1].entities}
    for junk in ("Monday", "Friday", "However", "The", "Another", "International", "Despite"):
        assert junk not in names


def test_wikinews_organisations_from_their_names():
    _, ex = load(EXCERPTS / "magnitogorsk_collapse.md")
    found = entities_of(ex)
    assert found["fsb"].kind == "org"
    assert "federal security service" in aliases_of(ex, "fsb")
    assert found["yevgeny-zinichev"].role == "emergencies minister"
    assert found["magnitogorsk"].kind == "place"


def test_county_before_the_name_makes_a_place():
    """The Irish order ("County Galway") names a place, as "Galway County" would."""
    kinds = kinds_in("Title\nThe warning applied to County Galway and County Mayo until noon.\n")
    assert kinds.get("county-galway") == "place"
    assert kinds.get("county-mayo") == "place"
