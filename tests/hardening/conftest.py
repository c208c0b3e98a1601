"""Shared pieces of the hardening suite.

- Hypothesis settings: a few hundred examples per property by default, so a plain
  ``python -m pytest`` stays quick; ``HYPOTHESIS_PROFILE=thorough`` runs thousands.
- ``TRIED``: what the suite actually tried (questions, files, kills), printed at the end of the
  run so ``docs/reliability.md`` quotes measured numbers, not intentions.
- ``assert_consistent``: the database invariants every build must keep, whatever it was fed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from facts import build
from tests.conftest import SEEDS, WIKINEWS

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
THOROUGH = PROFILE == "thorough"

_COMMON = {
    "deadline": None,  # a 100 KB question is slower than a short one; speed lives in bench/
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
    "print_blob": True,  # a failure prints the line that reproduces it
}
settings.register_profile("hardening-ci", max_examples=200, **_COMMON)
settings.register_profile("hardening-thorough", max_examples=2500, **_COMMON)
# Registered under their own names and applied per test (``@HARD``), never loaded globally:
# the rest of the test suite keeps its own hypothesis settings.
HARD = settings.get_profile("hardening-thorough" if THOROUGH else "hardening-ci")
# Properties whose single example is expensive (a build, a Discord round trip) run fewer.
HEAVY = settings(HARD, max_examples=1000 if THOROUGH else 60)

TRIED: Counter[str] = Counter()
MEASURED: dict[str, float] = {}


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's reporter
    if not TRIED and not MEASURED:
        return
    terminalreporter.section("hardening: what was tried")
    for what, count in sorted(TRIED.items()):
        terminalreporter.write_line(f"{count:>8,}  {what}")
    for what, value in sorted(MEASURED.items()):
        terminalreporter.write_line(f"{value:>8,.0f}  {what}")
    terminalreporter.write_line(f"(hypothesis profile: {PROFILE})")


# -- database invariants ------------------------------------------------------------------------
def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


ORPHANS = {
    "sentences without their article": "SELECT count(*) FROM sentences"
    " WHERE article_id NOT IN (SELECT id FROM articles)",
    "facts without their sentence": "SELECT count(*) FROM facts"
    " WHERE sentence_id NOT IN (SELECT id FROM sentences)",
    "facts without their article": "SELECT count(*) FROM facts"
    " WHERE article_id NOT IN (SELECT id FROM articles)",
    "facts naming a missing entity": "SELECT count(*) FROM facts"
    " WHERE (subject_entity IS NOT NULL AND subject_entity NOT IN (SELECT id FROM entities))"
    " OR (object_entity IS NOT NULL AND object_entity NOT IN (SELECT id FROM entities))",
    "mentions without their sentence": "SELECT count(*) FROM mentions"
    " WHERE sentence_id NOT IN (SELECT id FROM sentences)",
    "mentions of a missing entity": "SELECT count(*) FROM mentions"
    " WHERE entity_id NOT IN (SELECT id FROM entities)",
    "aliases without their article": "SELECT count(*) FROM aliases"
    " WHERE article_id NOT IN (SELECT id FROM articles)",
    "aliases of a missing entity": "SELECT count(*) FROM aliases"
    " WHERE entity_id NOT IN (SELECT id FROM entities)",
    "related headlines without their article": "SELECT count(*) FROM related"
    " WHERE article_id NOT IN (SELECT id FROM articles)",
    "mentions whose sentence is in another article": "SELECT count(*) FROM mentions m"
    " JOIN sentences s ON s.id = m.sentence_id WHERE s.article_id != m.article_id",
}


def assert_consistent(db: Path) -> dict[str, int]:
    """Every invariant answering relies on; returns the row counts.

    - SQLite's own ``integrity_check`` and the declared foreign keys hold;
    - every sentence is exactly its article's text at its offsets (what makes quotes verbatim);
    - nothing derived outlives its article (no orphan facts, mentions, aliases, headlines);
    - the full-text index holds exactly one row per sentence and matches them (FTS5's own
      ``integrity-check``, run on a copy so the database itself is never opened for writing).
    """
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "PRAGMA foreign_key_check") == []
    counts = {
        table: rows(db, f"SELECT count(*) FROM [{table}]")[0][0]
        for table in ("articles", "sentences", "facts", "entities", "mentions", "aliases")
    }
    texts = dict(rows(db, "SELECT id, text FROM articles"))
    for sid, article, start, end, text in rows(
        db, "SELECT id, article_id, start, [end], text FROM sentences"
    ):
        assert texts[article][start:end] == text, f"sentence {sid} of {article} is not verbatim"
    for what, sql in ORPHANS.items():
        assert rows(db, sql) == [(0,)], what
    assert rows(db, "SELECT count(*) FROM sentences_fts_docsize") == [(counts["sentences"],)]
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / db.name
        shutil.copyfile(db, copy)
        conn = sqlite3.connect(copy)
        try:
            conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
        finally:
            conn.close()
    return counts


def signature(db: Path) -> tuple:
    """What a build produced, independent of when it ran: article ids with their content
    hashes, and the row counts of every derived table."""
    articles = tuple(rows(db, "SELECT id, hash FROM articles ORDER BY id"))
    counts = tuple(
        rows(db, f"SELECT count(*) FROM [{table}]")[0][0]
        for table in ("sentences", "facts", "entities", "mentions", "aliases", "related")
    )
    return articles, counts


# -- a database with hostile content next to real news -----------------------------------------
HOSTILE_ARTICLE = """---
title: "**Breaking** @everyone <@&123456789012345678> news"
url: "https://news.example/story <@123456789012345678> @here"
published: "@everyone"
author: "<#123456789012345678>"
---
Zelensky told @everyone at the summit that <@123456789012345678> and <#123456789012345678> were \
invited to the talks.
The minister wrote **bold** claims, `code`, ```fenced``` text, ||spoilers|| and ~~struck~~ words \
about the ceasefire.
> A line of the article that starts like a Discord quote about the ceasefire.
# A line like a heading about the ceasefire talks.
Visit https://evil.example/login?next=@here for the ceasefire details, said the spokesman.
The delegates debated the ceasefire, {long} and then they adjourned.
"""


def hostile_articles(folder: Path) -> Path:
    """Articles whose own text tries Discord markdown, mentions, links and a sentence longer
    than a Discord message: quoting them must stay inert and within limits."""
    folder.mkdir(parents=True, exist_ok=True)
    long = ", ".join(f"clause number {n} of the ceasefire debate" for n in range(120))
    (folder / "hostile-news.md").write_text(HOSTILE_ARTICLE.format(long=long), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article, the hostile article and (when the shared data is here) the 295
    Wikinews articles, built once: real coverage to answer from, and traps to quote."""
    root = tmp_path_factory.mktemp("news")
    shutil.copytree(SEEDS, root / "seeds")
    paths = [root / "seeds", hostile_articles(root / "hostile")]
    if WIKINEWS.exists():
        paths.append(WIKINEWS)
    db = root / "news.db"
    report = build(paths, db)
    assert report.ok, report.failed
    return db


class Texts(dict):
    """Article texts by id; shown short when hypothesis prints a failing example."""

    def __repr__(self) -> str:
        return f"<{len(self)} article texts>"


@pytest.fixture(scope="session")
def article_texts(news_db: Path) -> Texts:
    """Every article's text by id, read straight from the database: the ground truth quotes
    are checked against."""
    return Texts(rows(news_db, "SELECT id, text FROM articles"))
