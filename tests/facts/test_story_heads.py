"""Tests of facts.story_heads: the stems only one story's headline and lead have."""

from __future__ import annotations

from facts.story_heads import unique_stems
from facts.words import stem, tokenize

HEADS = [
    ("fire", "Catalonia apartment block fire kills three"),
    ("fire", "A fire broke out in Badalona on Tuesday."),
    ("flood", "Flood in Catalonia leaves thousands homeless"),
]


def test_a_stem_one_storys_headline_and_lead_have_and_no_others_is_that_storys():
    unique = unique_stems(HEADS)
    assert ("fire", stem("badalona")) in unique
    assert ("flood", stem("homeless")) in unique
    assert not any(s == stem("catalonia") for _, s in unique)  # two stories'
    assert not any(s == stem("in") for _, s in unique)  # in both headlines or leads


def test_the_stems_are_the_words_stems_in_article_and_stem_order():
    """Stemmed as answering stems a question's terms (facts.words, which bot.text re-exports),
    and ordered, so two builds of the same articles store the same rows."""
    unique = unique_stems(reversed(HEADS))
    assert unique == sorted(unique)
    fire = {stem(t) for text in (HEADS[0][1], HEADS[1][1]) for t in tokenize(text)}
    flood = {stem(t) for t in tokenize(HEADS[2][1])}
    assert {s for a, s in unique if a == "fire"} == fire - flood
    assert {s for a, s in unique if a == "flood"} == flood - fire


def test_no_heads_no_stems():
    assert unique_stems([]) == []
