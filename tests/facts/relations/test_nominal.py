"""Relations named by a noun (facts.relations.nominal): "face opposition from X"."""

from __future__ import annotations

import pytest

from facts.extract import extract
from tests.facts.relations.conftest import article_from, find

# --- relations named by a noun: "face opposition from X" ------------------------------------------
# News states many relations with a noun ("drew criticism from", "amid pressure from"); the phrase
# after "from" is who acts, and whoever faces, draws or receives it is acted on.

NOMINAL = {"oppose", "criticize", "support", "pressure", "demand", "warn", "praise", "threaten"}


def nominal(body: str) -> list:
    """The facts a relation noun gives in a one-sentence article."""
    return [f for f in extract(article_from(f"Title\n{body}\n")).facts if f.predicate in NOMINAL]


def test_these_efforts_face_strong_opposition_from_the_kremlin(seed):
    [fact] = find(seed[1], predicate="oppose", subject_entity="russia")
    assert (fact.subject, fact.object, fact.negated) == ("the Kremlin", "these efforts", False)


def test_military_support_from_the_us_and_european_allies(seed):
    # "a combination of reassurance forces and military support from ...": the first conjunct's
    # "combination of" is what the support hangs on
    [fact] = find(seed[1], predicate="support", subject_entity="united-states", sentence=5)
    assert fact.subject == "the United States"
    find(seed[1], predicate="support", subject="European allies")


def test_drew_criticism_from_a_group_over_a_measure():
    [fact] = nominal("The bill drew sharp criticism from human rights groups over the arrests.")
    assert (fact.predicate, fact.subject, fact.object) == (
        "criticize",
        "human rights groups",
        "The bill",
    )


def test_was_met_with_resistance_keeps_the_time():
    body = "The proposal was met with fierce resistance from Republican senators on Tuesday."
    [fact] = nominal(body)
    assert (fact.predicate, fact.object, fact.time) == ("oppose", "The proposal", "Tuesday")


def test_backing_from_two_sources_is_one_fact_each():
    body = "The plan has received backing from the United States and the European Union."
    facts = nominal(body)
    assert {(f.predicate, f.subject_entity, f.object) for f in facts} == {
        ("support", "united-states", "The plan"),
        ("support", "european-union", "The plan"),
    }


def test_praise_from_a_leader_for_what_was_done():
    [fact] = nominal("Merkel drew praise from Macron for her handling of the crisis.")
    assert (fact.predicate, fact.subject_entity, fact.object_entity) == (
        "praise",
        "emmanuel-macron",
        "angela-merkel",
    )


def test_amid_and_despite_state_the_relation_without_a_verb():
    [pressure] = nominal("Amid mounting pressure from Washington, Israel agreed to a ceasefire.")
    assert (pressure.predicate, pressure.subject, pressure.object) == (
        "pressure",
        "Washington",
        None,
    )
    [oppose] = nominal("Despite opposition from the Kremlin, the talks went ahead.")
    assert (oppose.subject_entity, oppose.object) == ("russia", None)


def test_with_support_from_states_it_but_with_us_support_is_left_alone():
    # "with support from the United States" says who supports; "with US support" has no "from"
    # and its "US" is a modifier, which the verb rules already refuse as a subject
    [fact] = nominal("The offensive was launched with support from the United States.")
    assert (fact.predicate, fact.subject_entity) == ("support", "united-states")
    assert nominal("The offensive was launched with US support.") == []


def test_calls_from_name_a_demand_only_with_what_they_ask_for():
    body = "The minister faced calls from opposition leaders for his resignation."
    [fact] = nominal(body)
    assert (fact.predicate, fact.subject, fact.object) == (
        "demand",
        "opposition leaders",
        "his resignation",
    )
    assert nominal("She received calls from relatives.") == []


def test_a_denied_relation_is_negated():
    [fact] = nominal("Trump did not receive any support from Congress.")
    assert (fact.subject_entity, fact.object_entity, fact.negated) == (
        "us-congress",
        "donald-trump",
        True,
    )
    [fact] = nominal("The government faces no opposition from parliament.")
    assert fact.negated


def test_a_reported_relation_noun_has_the_reporters_word():
    [fact] = nominal("Obama said the bill faced strong opposition from Republicans.")
    assert (fact.predicate, fact.object, fact.speaker) == ("oppose", "the bill", "barack-obama")


def test_a_headline_without_a_verb():
    [fact] = nominal("Opposition from Kremlin to peace plan")
    assert (fact.subject_entity, fact.object) == ("russia", "peace plan")


@pytest.mark.parametrize(
    "body",
    [
        "He received a letter from Smith.",  # not a relation noun
        "The US withdrew its support from the coalition.",  # the coalition loses it
        "Ukraine sought support from NATO allies.",  # asked for, not given
        "The party suffered from a lack of support from young voters.",
        "He cited a lack of money and support from the state.",
        "The plan has little support from voters.",
        "Zelensky met opposition leaders from Kyiv.",  # "opposition" modifies "leaders"
        "Strong demand from China lifted iron ore prices.",  # a market's demand
        "The mayor faced criticism from Monday onwards.",  # a time, not who criticises
    ],
)
def test_nouns_before_from_that_state_no_relation(body):
    assert nominal(body) == []
