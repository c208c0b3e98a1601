"""The gazetteer read outside a sentence (facts.entities.gazetteer): the ids a text or a word
names."""

from __future__ import annotations

from facts.lexicon import bodies_of, place_words, region_words


def test_place_words_hold_states_and_cities_as_well_as_countries():
    assert {"nevada", "toronto", "france"} <= place_words()
    assert "nevada" not in region_words()  # a state belongs to a country
    assert "hospital" not in place_words()


def test_gazetteer_ids_name_a_country_or_agency_in_any_form():
    """A headline's "United States", "U.S." and a member's "us", "american" are one country;
    "Central Intelligence Agency" and "cia" one agency; lower-case "car" is a car, not the
    Central African Republic."""
    from facts.entities import gazetteer_ids, word_gazetteer_ids

    assert gazetteer_ids("United States military kills Qasem Soleimani") == {"united-states"}
    assert gazetteer_ids("Former U.S. intelligence agent dies") == {"united-states"}
    assert "cia" in gazetteer_ids("a Central Intelligence Agency agent")
    assert word_gazetteer_ids("us") == word_gazetteer_ids("american") == {"united-states"}
    assert word_gazetteer_ids("cia") == {"cia"}
    assert word_gazetteer_ids("car") == frozenset()


def test_a_members_word_names_a_country_in_any_inflection_that_stems_alike():
    """ "russias" (Russia's typed without its apostrophe), "ukrainians" and the misspelt
    "ukrain" name the country as its listed forms do; a city's name is no stem key ("read" is
    not Reading)."""
    from facts.entities import word_gazetteer_ids

    assert word_gazetteer_ids("russias") == {"russia"}
    assert word_gazetteer_ids("ukrain") == word_gazetteer_ids("ukrainians") == {"ukraine"}
    assert word_gazetteer_ids("read") == frozenset()
    assert word_gazetteer_ids("emir") == frozenset()  # "Emirates" stems as the ruler


def test_a_body_counts_for_the_organisation_it_is_part_of_and_no_further():
    assert bodies_of("european-commission") == ("european-commission", "european-union")
    assert bodies_of("european-union") == ("european-union",)
    # a country's body is the country's, but a country is no organisation's part
    assert bodies_of("us-senate") == ("us-senate",)
    assert bodies_of("somewhere-unlisted") == ("somewhere-unlisted",)
    assert bodies_of(None) == ()
