"""People across the article (facts.entities.people): the other names a person goes by."""

from __future__ import annotations

from facts.articles import make_article
from facts.extract import extract
from tests.facts.entities.conftest import aliases_of, entities_of


def test_a_ring_name_is_an_alias_of_the_person_not_a_person_of_its_own():
    body = (
        "Wrestler dies aged 41\n"
        "US professional wrestler Jon Huber, who performed for WWE (World Wrestling"
        " Entertainment) under the ring name Luke Harper and for AEW (All Elite Wrestling)"
        " under the ring name Brodie Lee, died on Saturday aged 41.\n"
        "In March, he debuted as the heel Brodie Lee, leader of The Dark Order.\n"
    )
    article = make_article(article_id="w", path="w.txt", title=None, body=body, digest="x")
    ex = extract(article)
    assert {"luke harper", "brodie lee"} <= aliases_of(ex, "jon-huber")
    assert not {"luke-harper", "brodie-lee"} & set(entities_of(ex))


def test_known_as_right_after_a_person_is_their_alias_and_after_anything_else_is_not():
    body = (
        "Singer remembered\n"
        "Rock singer Farrokh Bulsara, known as Freddie Mercury, was born in Zanzibar.\n"
        "Senator Mitch McConnell backed the plan, known as Project Freedom, on Monday.\n"
    )
    article = make_article(article_id="s", path="s.txt", title=None, body=body, digest="x")
    ex = extract(article)
    assert "freddie mercury" in aliases_of(ex, "farrokh-bulsara")
    # the plan is known so, not the senator
    assert not any("project freedom" in aliases_of(ex, e) for e in entities_of(ex))
