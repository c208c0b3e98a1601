"""bot.rank: "which/what" questions whose head noun is plural ("which counties", "which
countries", "which congressmen") ask for places or people by name, as the singular does; a
question word a sentence has as the head of a closed compound ("airstrike") counts.
(Kept apart from test_rank.py so branches editing that file merge cleanly.)"""

from __future__ import annotations

import pytest

from bot import question_analysis, sentence_analysis
from bot.question_analysis import analyze
from bot.rank import score
from bot.sentence_analysis import shows_answer
from bot.text import stem
from tests.bot.test_rank import article


@pytest.mark.parametrize(
    "question, expected",
    [
        ("which counties in ireland got the orange alert", ("where", "place")),
        ("which countries are in on that eastmed gas pipeline", ("where", "place")),
        ("what irish towns flooded", ("where", "place")),
        ("which congressmen sent the subpoena", ("who", "person")),
        ("which lawmakers voted against it", ("who", "person")),
        # a plural of another kind stays a thing; "states" is left alone
        ("which documents were sent", ("what", "thing")),
        ("what the report states", ("what", "thing")),
    ],
)
def test_a_plural_head_noun_gives_the_answer_type(question, expected):
    assert question_analysis._classify(question.split()) == expected


def test_which_countries_wants_two_countries_by_name():
    q = analyze("which countries are in on the eastmed gas pipeline")
    assert q.evidence_type == "countries"
    assert shows_answer(q, "The project currently involves Greece, Cyprus and Israel.")
    # adjectives name no country, and one country is not the list asked for
    assert not shows_answer(
        q,
        "It includes a multinational European force on Ukrainian territory, with US logistics.",
    )
    assert not shows_answer(q, "The pipeline would run from the gas fields to Greece.")


def test_a_singular_country_question_keeps_the_place_type():
    assert analyze("which country hosts the talks").evidence_type != "countries"


# --- closed compounds: "airstrike" is a strike, "nicknamed" is named --------------------------


@pytest.mark.parametrize(
    "question_word, sentence_word, expected",
    [
        ("strike", "airstrike", True),
        ("named", "nicknamed", True),
        ("quake", "earthquake", True),
        ("fire", "wildfire", True),
        ("storm", "snowstorm", True),
        ("side", "president", False),  # a prefix, not a word before the head
        ("stand", "understand", False),  # a function word before it
        ("ship", "leadership", False),  # a suffix
        ("fire", "fire", False),  # the same word is matched as itself
    ],
)
def test_a_closed_compound_has_its_head(question_word, sentence_word, expected):
    assert sentence_analysis._closed_head(stem(question_word), stem(sentence_word)) is expected


def test_the_question_word_as_a_closed_compound_counts_in_the_ranking():
    story = article(
        "Iranian general killed",
        "The blast that killed Soleimani took place at Baghdad International Airport.",
        "The airstrike that killed Soleimani took place at Baghdad International Airport.",
    )
    scores = score(analyze("where did the strike that killed soleimani take place"), story)
    assert scores[1] > scores[0]


def test_the_cheap_check_before_the_closed_compound_test_never_skips_one():
    """_closed_compounds tests a sentence stem by stem only where its joined stems hold the
    question stem's core (less a final "e"): every stem _closed_head accepts holds it."""
    import random

    rng = random.Random(16)
    heads = ["strike", "name", "quak", "fire", "storm", "state", "side", "way", "make"]
    mods = ["air", "nick", "earth", "wild", "snow", "inter", "pre", "fore", "news", "the"]
    accepted = 0
    for _ in range(3000):
        head = rng.choice(heads)
        stem = rng.choice(mods) + rng.choice([head, head[:-1], head + "d", rng.choice(heads)])
        if sentence_analysis._closed_head(head, stem):
            accepted += 1
            assert (head[:-1] if head.endswith("e") else head) in stem
    assert accepted > 100
