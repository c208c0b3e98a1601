"""Helpers the relation tests share: the facts that match, one-sentence articles."""

from __future__ import annotations

from facts.articles import make_article
from facts.extract import extract


def find(extraction, **wanted):
    """Facts whose fields equal ``wanted``; ``object_has`` matches part of the object."""
    part = wanted.pop("object_has", None)
    found = [
        f
        for f in extraction.facts
        if all(getattr(f, key) == value for key, value in wanted.items())
        and (part is None or (f.object and part in f.object))
    ]
    assert found, f"no fact with {wanted} {part or ''}"
    return found


def article_from(body: str):
    return make_article(article_id="odd", path="odd.txt", title=None, body=body, digest="x")


def said(body: str, predicate: str = "say"):
    """The facts of ``predicate`` in a one-sentence article."""
    return [f for f in extract(article_from(f"Title\n{body}\n")).facts if f.predicate == predicate]
