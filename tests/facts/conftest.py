"""What the extraction tests share: articles read and extracted as a build would, the seed
article's extraction once per test module, and the shared Wikinews corpus's articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from facts.articles import SourceFile, parse_text_article, read_source
from facts.extract import extract
from tests.conftest import FIXTURES, SEEDS, WIKINEWS, need_shared

SEED = SEEDS / "000_4de870c6ba78c5ba.txt"
EXCERPTS = FIXTURES / "wikinews_excerpts"


def load(path: Path):
    """The article of a text file and what extraction finds in it."""
    article = parse_text_article(path, path.read_text(encoding="utf-8"))
    return article, extract(article)


@pytest.fixture(scope="module")
def seed():
    return load(SEED)


def assert_mentions_exact(article, extraction) -> None:
    """Every mention quotes the article's text at its offsets and names an entity the
    extraction has: what an answer's citation and its entity links rely on."""
    ids = {e.id for e in extraction.entities}
    for mention in extraction.mentions:
        assert article.text[mention.start : mention.end] == mention.text
        assert mention.entity in ids


def corpus_articles() -> list:
    """Every article of the shared Wikinews corpus that reads (skips where it is absent)."""
    articles = []
    for path in sorted(need_shared(WIKINEWS).glob("*.csv")):
        articles += [
            a for a in read_source(SourceFile(path, str(path))) if not isinstance(a, Exception)
        ]
    return articles
