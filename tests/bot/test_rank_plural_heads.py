"""bot.rank: "which/what" questions whose head noun is plural ("which counties", "which
countries", "which congressmen") ask for places or people by name, as the singular does.
(Kept apart from test_rank.py so branches editing that file merge cleanly.)"""

from __future__ import annotations

import pytest

from bot import rank
from bot.rank import analyze, shows_answer


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
    assert rank._classify(question.split()) == expected


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
