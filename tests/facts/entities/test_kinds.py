"""Whether a name is a person, an organisation or a place (facts.entities.kinds), from the cues
around it."""

from __future__ import annotations

import pytest

from tests.facts.entities.conftest import kinds_in


def test_a_relative_clause_with_who_says_a_person():
    assert kinds_in("Title\nHomer Simpson, who chairs the council, left.\n")["homer-simpson"] == (
        "person"
    )


def test_an_apposition_before_a_reporting_verb_says_a_person():
    body = "Title\nAbdurrahman Mangal, spokesperson for the governor, said the road was closed.\n"
    assert kinds_in(body)["abdurrahman-mangal"] == "person"


@pytest.mark.parametrize(
    "body, name",
    [
        # an organisation's apposition, and the name of the speaker as the apposition
        ("Acme Widgets, a company based in Ohio, said it would close.", "acme-widgets"),
        ("Springfield Plant, which employs many, said nothing.", "springfield-plant"),
        ("The League of Human Rights, Jamel Msallem, said no.", "human-rights"),
        # "according to" reports a source, not the name before it
        (
            "A fire in La Llagosta, near the river, killed one, according to firefighters.",
            "la-llagosta",
        ),
    ],
)
def test_what_is_not_a_person_apposition(body, name):
    assert kinds_in(f"Title\n{body}\n").get(name) != "person"


def test_a_head_word_before_of_names_an_organisation():
    kinds = kinds_in(
        "Title\nOn Tuesday, the Royal Swedish Academy of Sciences announced the winners.\n"
        "The Court of Appeals agreed with the Duke of Edinburgh.\n"
    )
    assert kinds["academy-of-sciences"] == "org"
    assert kinds["court-of-appeals"] == "org"
    assert kinds.get("duke-of-edinburgh") != "org"


def test_a_run_cut_short_is_not_an_organisation():
    assert "office-of-the" not in kinds_in("Title\nThe Office of the mayor said no.\n")


def test_awards_and_championships_are_neither_people_nor_places():
    kinds = kinds_in(
        "Title\nHe won the Nobel Prize in Physics in Stockholm.\n"
        "His other accolades include the George Pólya Prize in 1987.\n"
        "She took gold at the World Junior Championship in Kolkata.\n"
    )
    assert kinds["george-polya-prize"] == "org"  # "George" is a given name, the prize no one
    assert kinds["world-junior-championship"] == "org"
    assert "physics" not in kinds  # a field after an award, not a place after "in"
    assert kinds.get("stockholm") == "place"
