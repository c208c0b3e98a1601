"""The word primitives both the build and answering use: facts never imports bot for them."""

from __future__ import annotations

import subprocess
import sys

import bot.text
from facts import words
from tests.conftest import ROOT


def test_bot_text_reads_the_same_objects():
    # one stem memo and one stop-word list: a stored analysis and a fresh one cannot drift apart
    assert bot.text.STEMS is words.STEMS
    assert bot.text.STOPWORDS is words.STOPWORDS
    assert bot.text.tokenize is words.tokenize
    assert bot.text.phrases is words.phrases


def test_tokens_stems_and_phrases():
    tokens = words.tokenize("Trump's U.S. team ruled out talks")
    assert tokens == ["trump", "us", "team", "ruled", "out", "talks"]
    assert words.stem("ruled") == "rule"
    assert words.phrases(tokens) == [(3, 2, "reject")]


def test_the_facts_package_does_not_import_bot():
    code = "import sys, facts.builder, facts.store; print('bot' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_number_words_stem_as_their_digits():
    # "two people died" answers "did 2 people die"
    assert words.stem("two") == words.stem("2") == "2"
    assert words.stem("ninety") == "90"
    assert words.stem("nineteen") == "19"


def test_a_phrase_with_an_irregular_past_reads_as_its_one_word():
    # "broke" does not stem to "break": the past forms are listed
    assert words.phrases("the fire broke out at 3am".split()) == [(2, 2, "start")]
    assert words.phrases("the summit took place in alaska".split()) == [(2, 2, "happen")]


def test_putting_something_in_place_is_implementing_it():
    assert words.phrases("it is hard to put in place".split()) == [(4, 3, "implement")]


def test_a_foreign_name_stems_as_typed_without_its_accents():
    # members type "gdansk", "pawel", "erdogan"; the full-text index already drops accents
    assert words.stem("gdańsk") == words.stem("gdansk")
    assert words.stem("paweł") == words.stem("pawel")  # a letter NFKD keeps whole
    assert words.stem("erdoğan") == words.stem("erdogan")
    assert words.plain("archæology") == "archaeology"


def test_a_decimal_keeps_its_point_while_acronyms_lose_their_dots():
    # "6.4" was "64", which matched "64 people" for a 6.4 quake, and "2.5 million" counted 25
    assert words.tokenize("A 6.4 quake; 2.5 million; 10.75%") == [
        "a",
        "6.4",
        "quake",
        "2.5",
        "million",
        "10.75",
    ]
    assert words.tokenize("the U.S. at 3 p.m.") == ["the", "us", "at", "3", "pm"]


def test_a_verb_with_a_stop_word_particle_is_read_as_its_phrase():
    # "up" and "down" are stop words: "goes" alone would be the word to find
    assert words.phrases("pressure on russia goes up or down".split()) == [(3, 2, "increase")]
    assert words.phrases("prices went down".split()) == [(1, 2, "decrease")]
    assert words.phrases("where did don imus pass away".split()) == [(4, 2, "die")]
    assert words.phrases("he passed away on friday".split()) == [(1, 2, "die")]


def test_how_big_a_deal_is_how_important():
    assert words.phrases("how big a deal are these talks".split()) == [(1, 3, "important")]
