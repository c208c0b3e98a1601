from facts.lexicon import verb_lemmas


def test_a_verb_with_an_irregular_past_has_no_made_one():
    # "the top seed", "a hospital bed", "wined and dined" are no pasts of see, be and win
    lemmas = verb_lemmas()
    for word in ("seed", "bed", "wined", "keeped"):
        assert word not in lemmas, word
    # its listed forms and its other made ones stay, as do a regular verb's
    assert lemmas["saw"] == lemmas["sees"] == lemmas["seeing"] == "see"
    assert lemmas["showed"] == "show"
    assert lemmas["ruled"] == "rule"
