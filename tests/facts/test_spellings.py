"""British and American spellings of a word share its stem, so either finds the other."""

from __future__ import annotations

import pytest

from facts import spellings
from facts.words import stem
from tests.conftest import ROOT


@pytest.mark.parametrize(
    "british, american",
    [
        ("centre", "center"),
        ("organisation", "organization"),
        ("defence", "defense"),
        ("legalised", "legalized"),
        ("behaviour", "behavior"),
        ("kilometres", "kilometers"),
        ("analyse", "analyze"),
    ],
)
def test_both_spellings_stem_alike(british, american):
    assert stem(british) == stem(american)


@pytest.mark.parametrize("word", ["scouring", "timbre", "chartres", "membre", "four", "science"])
def test_other_words_that_fit_a_rule_are_left_alone(word):
    # "scouring" is not "scoring"; "Chartres" is a town; "four" is too short to be "for"
    assert word not in spellings.american_forms()


def test_variants_go_both_ways():
    assert spellings.variants("centre") == ("center",)
    assert "organisation" in spellings.variants("organization")
    assert spellings.variants("meeting") == ()


def test_the_shipped_list_is_what_the_rules_generate():
    # the data file is generated (python -m facts.spellings); a hand edit would drift from it
    header = (ROOT / "facts" / "data" / spellings.DATA_FILE).read_text().splitlines()[0]
    if not header.endswith(f"wordfreq {spellings.wordfreq_version()}."):
        pytest.skip("the list was generated from another wordfreq version than the installed one")
    assert sorted(spellings.american_forms().items()) == spellings.generate()
