from facts.lexicon import lexicon, verb_lemmas


def test_a_verb_with_an_irregular_past_has_no_made_one():
    # "the top seed", "a hospital bed", "wined and dined" are no pasts of see, be and win
    lemmas = verb_lemmas()
    for word in ("seed", "bed", "wined", "keeped"):
        assert word not in lemmas, word
    # its listed forms and its other made ones stay, as do a regular verb's
    assert lemmas["saw"] == lemmas["sees"] == lemmas["seeing"] == "see"
    assert lemmas["showed"] == "show"
    assert lemmas["ruled"] == "rule"


def test_a_countrys_capital_is_the_first_city_its_line_lists():
    # news names a government by its capital ("Moscow demands"): facts.entities.collector
    capitals = lexicon().capital_of
    assert capitals["lithuania"] == "Vilnius"
    assert capitals["united-states"] == "Washington"


def test_an_organisation_goes_by_the_city_its_line_gives_as_its_seat():
    # "the bloc boss from brussels": the EU's and NATO's, not only Belgium's
    seated = lexicon().seated_at["brussels"]
    assert {"nato", "european-union", "european-commission"} <= set(seated)
    assert "belgium" not in seated


def test_every_seat_orgs_txt_gives_is_a_city_the_lexicon_knows():
    """A seat is read by the city's id (term_matching._capital_for_country reads it only for a
    known place with a country): a misspelt or unlisted city ("Bruxelles") would be kept and
    never matched, silently."""
    lex = lexicon()
    for city in lex.seated_at:
        known = lex.known.get(city)
        assert known is not None and known.kind == "place" and known.affiliation, city
