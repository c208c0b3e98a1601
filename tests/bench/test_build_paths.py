"""The builder's fast paths give the same database as the careful ones.

A fresh build loads in bulk (no indexes or full-text triggers until the end); an incremental
build works row by row and re-checks only the entities it touched. Either way the result must be
what a fresh build of the same files gives.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import facts.builder as build_module
from facts import build
from tests.conftest import SEEDS

TABLES = {
    "articles": "id, title, text, sentences, facts",
    "sentences": "article_id, idx, paragraph, start, [end], text, is_title",
    "entities": "id, name, kind, mentions",
    "aliases": "alias, entity_id, article_id",
    "mentions": "article_id, entity_id, start, [end], text",
    "facts": "article_id, predicate, subject, object",
}


def content(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows without the surrogate ids, which depend on insertion order."""
    conn = sqlite3.connect(db)
    try:
        return {
            table: sorted(conn.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
            for table, columns in TABLES.items()
        }
    finally:
        conn.close()


def schema(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return sorted(
            conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
            ).fetchall(),
            key=repr,
        )
    finally:
        conn.close()


def fts_ok(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
        hits = conn.execute(
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'guarantees'"
        ).fetchone()[0]
        assert hits > 0
    finally:
        conn.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Enough copies of the seed to take the parallel path, each a little different."""
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(build_module.PARALLEL_THRESHOLD + 4):
        text = seed.replace("Monday", f"day {i}").replace("Zelensky", f"Zelensky{i % 5}")
        (folder / f"a{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_bulk_fresh_build_has_the_full_schema_and_a_sound_index(folder, tmp_path):
    db = tmp_path / "fresh.db"
    build([folder], db, workers=2)
    reference = tmp_path / "empty.db"
    (tmp_path / "none").mkdir()
    (tmp_path / "none" / "one.txt").write_text("Title\nOne sentence.\n", encoding="utf-8")
    build([tmp_path / "none"], reference, workers=1)
    assert schema(db) == schema(reference)
    fts_ok(db)


def test_incremental_build_equals_a_fresh_build_of_the_same_files(folder, tmp_path):
    db = tmp_path / "incremental.db"
    build([folder], db, workers=2)
    (folder / "a003.txt").write_text(
        "Talks moved\nZelensky3 will now meet Merz in Berlin on Friday.\n", encoding="utf-8"
    )
    (folder / "a004.txt").unlink()
    (folder / "new.txt").write_text("Summit ends\nThe summit ended without a deal.\n")
    report = build([folder], db, workers=2)
    assert (report.updated, report.removed, report.added) == (1, 1, 1)

    fresh = tmp_path / "fresh.db"
    build([folder], fresh, workers=1)
    assert content(db) == content(fresh)
    fts_ok(db)


def test_replacing_every_file_starts_from_an_empty_database(folder, tmp_path):
    db = tmp_path / "f.db"
    build([folder], db, workers=2)
    moved = tmp_path / "moved"
    folder.rename(moved)
    report = build([moved], db, workers=2)
    # every file is new, but every article is as it was: counted by id, nothing changed
    assert (report.added, report.updated, report.removed) == (0, 0, 0)
    assert report.changed and report.articles == build_module.PARALLEL_THRESHOLD + 4
    fresh = tmp_path / "fresh.db"
    build([moved], fresh, workers=2)
    assert content(db) == content(fresh)
