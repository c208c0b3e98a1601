"""Relations between entities (placeholder until the rule-based extractor lands)."""

from __future__ import annotations

from .model import Article, Entity, Fact, Mention, Sentence


def find_facts(
    article: Article, sentences: list[Sentence], mentions: list[Mention], entities: list[Entity]
) -> list[Fact]:
    return []
