"""The asked answer type next to the question's own verb."""

from __future__ import annotations

from bot.verb_answers import types_near_verb

WON = frozenset({"win", "won"})
KNOWN = frozenset({"student", "olympiad", "tyumen", "won", "win"})


def test_a_new_name_by_the_verb_counts():
    text = "Madina Bizheva, in her fourth year at the State University, won this second Olympiad."
    assert types_near_verb(text, WON, "person", KNOWN)


def test_a_window_cut_within_the_sentence_keeps_its_first_name():
    """ "Madina" opens the window, not the sentence: it is a name, not an opening capital."""
    text = "In the end the student Madina Bizheva, aged just twenty, won the Olympiad."
    assert types_near_verb(text, WON, "person", KNOWN)


def test_a_name_far_from_the_verb_or_no_verb_does_not():
    """The organiser is named, but not by "won": what he did is not what was asked."""
    far = (
        "According to Professor Sergey Dydykin, who is co-chairman of the organizing committee "
        "and head of the academic department of operative surgery, the winners won prizes."
    )
    assert not types_near_verb(far, WON, "person", KNOWN)
    none = "According to Professor Sergey Dydykin, the olympiad was a success."
    assert not types_near_verb(none, WON, "person", KNOWN)
    assert not types_near_verb(none, frozenset(), "person", KNOWN)


def test_a_number_by_the_verb_counts_for_a_count():
    paying = frozenset({"pay", "paid", "payed"})
    assert types_near_verb(
        "The sale price, to be payed in cash, is 900 million zlotys.", paying, "money", KNOWN
    )
    assert not types_near_verb(
        "The deal covers 301 stores, two distribution centers and the head office.",
        paying,
        "money",
        KNOWN,
    )
