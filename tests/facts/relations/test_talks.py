"""Talking stated with a noun (facts.relations.talks): "involve discussions about X" discusses X."""

from __future__ import annotations

import pytest

from facts.articles import make_article
from facts.extract import extract
from tests.facts.relations.conftest import find


def test_a_light_verb_with_a_noun_of_talking_is_a_fact_of_the_talking(seed):
    # "The meetings may also involve discussions about real security guarantees for Ukraine"
    ex = seed[1]
    [discuss] = find(ex, predicate="discuss", object_has="security guarantees")
    assert discuss.subject == "The meetings" and discuss.hedge == "may"
    body = (
        "The two leaders held talks on trade in Beijing. The firm includes a discussion of risks."
    )
    ex = extract(make_article(article_id="t", path="t.txt", title=None, body=body, digest="x"))
    [talks] = find(ex, predicate="discuss")
    assert (talks.subject, talks.object, talks.sentence) == ("The two leaders", "trade", 0)


def test_the_fact_of_the_talking_keeps_the_entity_talked_about(seed):
    # the entity of "discussions about real security guarantees for Ukraine" is what they are
    # about; "The talks are expected to focus on Ukraine's security" kept Ukraine and ranked first
    [discuss] = find(seed[1], predicate="discuss", object_has="security guarantees")
    assert discuss.object_entity == "ukraine"
    body = "The leaders held talks on trade with Canada."
    ex = extract(make_article(article_id="t", path="t.txt", title=None, body=body, digest="x"))
    [talks] = find(ex, predicate="discuss")
    assert (talks.object, talks.object_entity) == ("trade with Canada", "canada")


@pytest.mark.parametrize(
    "body",
    [
        "The leaders held talks over the phone.",
        "The ministers held talks on the sidelines of the summit.",
        "Both sides held talks over two days.",
        "The leaders held talks over the weekend.",
        "The envoys held negotiations over dinner.",
    ],
)
def test_talks_set_over_the_phone_or_a_weekend_discuss_nothing(body):
    # "talks over the phone" says how they talked, not that they discussed the phone
    ex = extract(make_article(article_id="t", path="t.txt", title=None, body=body, digest="x"))
    assert find(ex, predicate="hold")
    assert not [f for f in ex.facts if f.predicate in ("discuss", "negotiate")]
    topic = "The leaders held talks over the border dispute."
    ex = extract(make_article(article_id="t", path="t.txt", title=None, body=topic, digest="x"))
    [talks] = find(ex, predicate="discuss")
    assert talks.object == "the border dispute"
