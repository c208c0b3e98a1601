"""Where an object ends (facts.relations.objects): lists, possessive times, negated infinitives."""

from __future__ import annotations

from tests.facts.relations.conftest import said


def test_a_possessive_time_stays_in_the_object():
    [fact] = said("Reuters reported Monday's attack was the deadliest in years.", "report")
    assert fact.subject_entity == "reuters"
    assert fact.time is None or "Monday's" not in (fact.object or "")


def test_a_list_of_adjectives_goes_on_past_hyphenated_ones():
    [fact] = said("The army must maintain a large, well-trained, and modernized force.", "maintain")
    assert fact.object == "a large, well-trained, and modernized force"
    [seed] = said(
        "Another key element is the need for Ukraine to maintain a sizable, well-equipped, and "
        "modernized military force as a key pillar of its own defense.",
        "maintain",
    )
    assert seed.object.startswith("a sizable, well-equipped, and modernized military force")


def test_the_negation_of_an_infinitive_is_no_object_of_its_controller():
    # "Russia agreed not to attack Kyiv": Russia agrees to no "not"
    [agree] = said("Russia agreed not to attack Kyiv.", "agree")
    assert agree.object is None
    [promise] = said("Russia promised never to attack Kyiv.", "promise")
    assert promise.object is None
