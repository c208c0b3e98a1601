"""Helpers the entity tests share: entities and aliases of an extraction, kinds in one sentence."""

from __future__ import annotations

from facts.articles import make_article
from facts.extract import extract


def entities_of(extraction):
    return {e.id: e for e in extraction.entities}


def aliases_of(extraction, entity_id):
    return {alias for alias, eid in extraction.aliases if eid == entity_id}


def kinds_in(body: str) -> dict[str, str]:
    """Entity id -> kind for a one-paragraph article."""
    article = make_article(article_id="odd", path="odd.txt", title=None, body=body, digest="x")
    return {e.id: e.kind for e in extract(article).entities}
