"""Entities, aliases and mentions (placeholder until the rule-based recogniser lands)."""

from __future__ import annotations

from .model import Article, Entity, Mention, Sentence


def find_entities(
    article: Article, sentences: list[Sentence]
) -> tuple[list[Entity], list[tuple[str, str]], list[Mention]]:
    return [], [], []
