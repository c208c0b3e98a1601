"""Role facts (facts.relations.roles): a title before or after a name is the person's role."""

from __future__ import annotations

from tests.facts.relations.conftest import find


def test_each_european_leader_meets_zelensky_and_has_a_role(seed):
    ex = seed[1]
    leaders = {
        "keir-starmer": "UK Prime Minister",
        "emmanuel-macron": "French President",
        "friedrich-merz": "German Chancellor",
        "mark-rutte": "NATO Secretary-General",
        "ursula-von-der-leyen": "EU chief",
    }
    for person, title in leaders.items():
        find(ex, subject_entity=person, predicate="meet", object_entity="volodymyr-zelensky")
        [role] = find(ex, subject_entity=person, kind="role")
        assert role.object == title
        assert role.predicate == "role"


def test_role_facts_point_at_the_affiliation(seed):
    [merz] = find(seed[1], subject_entity="friedrich-merz", kind="role")
    assert merz.object_entity == "germany"
    [witkoff] = find(seed[1], subject_entity="steve-witkoff", kind="role")
    assert (witkoff.object, witkoff.object_entity) == ("White House envoy", "united-states")


def test_the_title_is_attributed_to_the_lithuanian_president(seed):
    [fact] = find(seed[1], subject_entity="ukraine", predicate="require")
    assert fact.speaker == "gitanas-nauseda"
    assert fact.sentence == 0
