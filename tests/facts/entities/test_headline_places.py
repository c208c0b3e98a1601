"""The places a headline names (facts.entities.headline_places), stored and read back."""

from __future__ import annotations


def test_a_headlines_hyphenated_words_name_places_part_by_part():
    """ "Turkish-Libyan" and "pro-Russian" are one token each, which names no place whole: their
    parts do. A hyphenated name the lists hold whole stays one place ("Guinea-Bissau")."""
    from facts.entities import headline_places

    assert headline_places("Summit denounces Turkish-Libyan maritime deal") == "libya turkey"
    assert headline_places("pro-Russian rebels seize town") == "russia"
    assert headline_places("Guinea-Bissau votes") == "guinea-bissau"


def test_a_headlines_places_are_stored_as_sorted_ids_and_read_back_marked():
    """The build stores what gazetteer_ids finds in a headline as one string (articles.places);
    answering reads it back as the ids marked apart from the headline's stems."""
    from facts.entities import PLACE_MARK, gazetteer_ids, headline_places, read_places

    title = "U.S. and Canadian officials meet the CIA"
    found = gazetteer_ids(title)
    assert {"canada", "united-states", "cia"} <= found
    assert headline_places(title) == " ".join(sorted(found))
    assert read_places(headline_places(title)) == {PLACE_MARK + e for e in found}
    assert headline_places("Storm hits coast") == ""
    assert read_places("") == read_places(None) == frozenset()
