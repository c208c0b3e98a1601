"""Titles as roles (facts.entities.roles): a title before or after a name gives the person a role
and an affiliation."""

from __future__ import annotations

from facts.articles import make_article
from facts.extract import extract
from tests.facts.conftest import EXCERPTS, load
from tests.facts.entities.conftest import entities_of


def test_titled_people_get_role_and_affiliation(seed):
    _, ex = seed
    found = entities_of(ex)
    expected = {
        "volodymyr-zelensky": ("president", "ukraine"),
        "donald-trump": ("president", "united-states"),
        "keir-starmer": ("prime minister", "united-kingdom"),
        "emmanuel-macron": ("president", "france"),
        "friedrich-merz": ("chancellor", "germany"),
        "mark-rutte": ("secretary-general", "nato"),
        # "EU chief": the Commission she heads (people.txt) is a body of the EU the title names
        "ursula-von-der-leyen": ("chief", "european-commission"),
        "steve-witkoff": ("envoy", "united-states"),
        "vladimir-putin": ("president", "russia"),
        "gitanas-nauseda": ("president", "lithuania"),
    }
    for entity_id, (role, affiliation) in expected.items():
        entity = found[entity_id]
        assert entity.kind == "person"
        assert (entity.role, entity.affiliation) == (role, affiliation), entity_id


def test_wikinews_people_titles_and_appositions():
    _, ex = load(EXCERPTS / "koszalin_escape_room.md")
    found = entities_of(ex)
    assert (found["andrzej-duda"].role, found["andrzej-duda"].affiliation) == (
        "president",
        "poland",
    )
    assert found["joachim-brudzinski"].role == "interior minister"
    assert found["tomasz-kubiak"].role == "fire service spokesman"  # an apposition
    assert found["piotr-jedlinski"].role == "mayor"  # "Mayor of Koszalin Piotr Jedlinski"
    assert found["koszalin"].kind == "place"
    assert found["agence-france-presse"].kind == "org"
    # "Brudzinski" without the accent is the same man
    brudzinski = {m.text for m in ex.mentions if m.entity == "joachim-brudzinski"}
    assert {"Joachim Brudziński", "Brudzinski"} <= brudzinski


def test_a_name_set_off_by_commas_after_a_title_takes_the_title():
    article = make_article(
        article_id="odd",
        path="odd.txt",
        title=None,
        body="Title\nThe governor, Ned Flanders, warned that costs could rise.\n",
        digest="x",
    )
    [flanders] = [e for e in extract(article).entities if e.id == "ned-flanders"]
    assert (flanders.kind, flanders.role) == ("person", "governor")
