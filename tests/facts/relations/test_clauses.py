"""The facts of verb groups (facts.relations.clauses): subjects and objects of coordinated verbs,
the need an infinitive after "the need for X" states."""

from __future__ import annotations

from facts.articles import make_article
from facts.extract import extract
from tests.facts.relations.conftest import find


def test_russia_demands_negotiations_with_the_us_and_insists_on_a_veto(seed):
    ex = seed[1]
    [demand] = find(ex, subject_entity="russia", predicate="demand")
    assert demand.object.startswith("private negotiations with the US")
    assert demand.object_entity == "united-states"
    find(ex, subject_entity="russia", predicate="insist", object_has="a veto")


def test_nauseda_states_what_ukraine_needs(seed):
    ex = seed[1]
    [statement] = find(ex, subject_entity="gitanas-nauseda", predicate="state", sentence=18)
    assert statement.object.startswith("Ukraine needs real security guarantees")
    [need] = find(ex, subject_entity="ukraine", predicate="need", sentence=18)
    assert need.speaker == "gitanas-nauseda"


def test_the_need_for_ukraine_to_maintain_a_force_is_a_need_of_ukraine(seed):
    # as "Ukraine needs to maintain ..." is: a need fact beside the maintain fact
    ex = seed[1]
    [maintain] = find(ex, subject_entity="ukraine", predicate="maintain")
    [need] = find(ex, subject_entity="ukraine", predicate="need", sentence=maintain.sentence)
    assert need.object is None and need.subject == "Ukraine"


def test_the_need_for_x_to_verb_is_a_need_only_after_need_for():
    body = "Officials stressed the need for the city to build homes. It is for the city to decide."
    ex = extract(make_article(article_id="n", path="n.txt", title=None, body=body, digest="x"))
    [need] = find(ex, predicate="need")
    assert need.subject == "the city" and need.sentence == 0


def test_no_need_for_x_to_verb_is_a_negated_need():
    # "no need for the city to build" says the city need not build, as "does not need to" does
    body = "There is no need for the city to build homes."
    ex = extract(make_article(article_id="n", path="n.txt", title=None, body=body, digest="x"))
    [need] = find(ex, predicate="need")
    assert need.subject == "the city" and need.negated
    body = "Officials stressed the need for the city to build homes."
    ex = extract(make_article(article_id="n", path="n.txt", title=None, body=body, digest="x"))
    [need] = find(ex, predicate="need")
    assert not need.negated
