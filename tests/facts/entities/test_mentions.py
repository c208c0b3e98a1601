"""Entities and mentions of whole articles (facts.entities.mentions), read like examples from real
articles.

The seed is the project's own article; the Wikinews excerpts (CC BY 2.5, see
tests/fixtures/wikinews_excerpts/ATTRIBUTION.md) check that the rules are not tuned to one text."""

from __future__ import annotations

from facts.extract import extract
from tests.facts.conftest import EXCERPTS, assert_mentions_exact, corpus_articles, load
from tests.facts.entities.conftest import aliases_of, entities_of


def test_countries_organisations_and_places_have_kinds(seed):
    found = entities_of(seed[1])
    assert found["ukraine"].kind == "country"
    assert found["russia"].kind == "country"
    assert found["nato"].kind == "org"
    assert found["european-union"].kind == "org"
    assert found["washington"].kind == "place"
    assert found["washington"].affiliation == "united-states"
    assert found["alaska"].kind == "place"


def test_the_kremlin_is_a_mention_of_russia(seed):
    article, ex = seed
    kremlin = [m for m in ex.mentions if m.text == "Kremlin"]
    assert kremlin and kremlin[0].entity == "russia"


def test_surnames_link_to_the_full_name(seed):
    _, ex = seed
    zelensky = {m.text for m in ex.mentions if m.entity == "volodymyr-zelensky"}
    assert zelensky == {"Volodymyr Zelensky", "Zelensky"}


def test_mentions_carry_offsets_and_roles(seed):
    article, ex = seed
    for mention in ex.mentions:
        assert article.text[mention.start : mention.end] == mention.text
        sentence = ex.sentences[mention.sentence]
        assert sentence.start <= mention.start < mention.end <= sentence.end
    merz = next(m for m in ex.mentions if m.entity == "friedrich-merz")
    assert merz.role == "chancellor"


def test_wikinews_people_without_titles():
    _, ex = load(EXCERPTS / "pelosi_speaker.md")
    found = entities_of(ex)
    assert found["nancy-pelosi"].kind == "person"
    assert found["kevin-mccarthy"].kind == "person"
    assert {"pelosi", "nancy pelosi"} <= aliases_of(ex, "nancy-pelosi")


def test_corpus_mentions_are_exact_and_entities_clean():
    articles = corpus_articles()
    assert len(articles) == 295
    calendar = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
    calendar |= {"January", "February", "March", "April", "June", "July", "August"}
    people = 0
    for article in articles:
        ex = extract(article)
        assert_mentions_exact(article, ex)
        for entity in ex.entities:
            assert entity.name not in calendar, (article.id, entity)
            people += entity.kind == "person"
    assert people > 500
