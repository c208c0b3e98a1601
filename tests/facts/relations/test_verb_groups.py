"""Verb groups (facts.relations.verb_groups): hedges, negation, particles and raising words, and
words that are verbs only where a verb can stand."""

from __future__ import annotations

import pytest

from facts.extract import extract
from tests.facts.relations.conftest import article_from, find, said


def test_russia_unwilling_to_engage_is_a_negated_fact(seed):
    [fact] = find(seed[1], subject_entity="russia", predicate="engage")
    assert fact.negated


def test_trump_rules_out_an_immediate_ceasefire(seed):
    [fact] = find(seed[1], subject_entity="donald-trump", predicate="rule out")
    assert fact.object == "an immediate ceasefire"


def test_the_us_reportedly_supplies_weaponry(seed):
    [fact] = find(seed[1], subject_entity="united-states", predicate="supply")
    assert fact.hedge == "reportedly"
    assert fact.object.startswith("modern weaponry")
    assert not fact.negated


def test_hedges_and_negation_from_modals_and_auxiliaries(seed):
    ex = seed[1]
    [focus] = find(ex, predicate="focus")
    assert focus.hedge == "expected to"
    [involve] = find(ex, predicate="involve")
    assert involve.hedge == "may"
    [result] = find(ex, predicate="result")
    assert result.negated


def test_a_capitalised_word_after_a_name_is_part_of_it_not_a_verb():
    body = (
        "Plane crash\n\n"
        "Air India Express flight 1344 was en-route from Dubai when it crashed.\n\n"
        "Incumbent President of the United States Donald Trump became the nominee.\n\n"
        "Baslan Damang told The Jakarta Post that crew were missing."
    )
    facts = extract(article_from(body)).facts
    predicates = {f.predicate for f in facts}
    assert not predicates & {"express", "state", "post"}  # name parts, not verbs
    [became] = [f for f in facts if f.predicate == "become"]
    assert became.subject == "Incumbent President of the United States Donald Trump"


def test_a_title_case_headline_keeps_its_verbs():
    facts = extract(article_from("Trump Meets Putin In Helsinki\n\nThey talked.")).facts
    assert "meet" in {f.predicate for f in facts}


@pytest.mark.parametrize(
    "body, subject, predicate",
    [
        ("Italy is set to host the talks in Rome next month.", "Italy", "host"),
        ("Emily will win the race, her coach said.", "Emily", "win"),
        ("Officials strongly condemned the attack on Monday.", "Officials", "condemn"),
    ],
)
def test_a_name_ending_in_ly_is_a_subject_not_an_adverb(body, subject, predicate):
    # "-ly" words before a verb are skipped as adverbs ("strongly condemned"); a name written
    # with a capital inside the sentence is none: "Italy" had left "host" without a subject
    facts = extract(article_from(body)).facts
    assert any(f.predicate == predicate and f.subject == subject for f in facts), facts


def test_not_before_an_infinitive_negates_it():
    # "agreed not to attack Kyiv" was an attack on Kyiv by no one, and "for the city not to
    # build" a building by "the city not"
    [attack] = said("Russia agreed not to attack Kyiv.", "attack")
    assert (attack.subject, attack.negated) == ("Russia", True)
    [build] = said("Officials stressed the need for the city not to build homes.", "build")
    assert (build.subject, build.negated) == ("the city", True)
    [attack] = said("Russia agreed to attack Kyiv.", "attack")
    assert not attack.negated


def test_whether_or_not_to_verb_leaves_the_infinitive_unnegated():
    # "whether or not to attack" offers the attack as a choice: it says no attack will not come
    for body in (
        "Russia is deciding whether or not to attack Kyiv.",
        "The council voted on whether or not to attack the plan.",
    ):
        [attack] = said(body, "attack")
        assert not attack.negated, body
    [attack] = said("Russia chose not to attack Kyiv.", "attack")
    assert attack.negated
