"""Builds: incremental by content hash, atomic on failure, every bad file named and skipped."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

import facts.builder as build_module
from facts import build
from facts.errors import BuildError
from facts.sentence_words import FINGERPRINT
from tests.conftest import SEEDS


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "one.txt", "Storm hits coast\nA storm hit the coast on Friday. Power failed.\n")
    write(folder, "two.txt", "Vote delayed\nThe council delayed the vote on Monday.\n")
    return folder


def test_build_stores_articles_sentences_and_fts(corpus, tmp_path):
    db = tmp_path / "f.db"
    report = build([corpus], db)
    assert report.ok and report.changed and report.added == 2
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
    hits = rows(
        db,
        "SELECT s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid "
        "WHERE sentences_fts MATCH 'storms'",
    )
    assert ("A storm hit the coast on Friday.",) in hits
    for text, start, end, sentence in rows(
        db,
        "SELECT a.text, s.start, s.[end], s.text FROM sentences s"
        " JOIN articles a ON a.id = s.article_id",
    ):
        assert text[start:end] == sentence


def test_unchanged_rebuild_does_not_touch_the_database(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    before = digest(db)
    report = build([corpus], db)
    assert not report.changed and report.unchanged_files == 2
    assert digest(db) == before


def test_changed_file_is_reextracted_and_deleted_file_removed(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    write(corpus, "one.txt", "Storm hits coast\nThe storm has passed.\n")
    (corpus / "two.txt").unlink()
    report = build([corpus], db)
    assert (report.updated, report.removed, report.added) == (1, 1, 0)
    texts = [t for (t,) in rows(db, "SELECT text FROM sentences")]
    assert "The storm has passed." in texts
    assert not any("Power failed" in t or "council" in t for t in texts)
    assert rows(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'council'") == [
        (0,)
    ]


def test_a_folder_given_by_a_relative_path_is_updated_in_place(corpus, tmp_path, monkeypatch):
    # the operator's everyday loop: `factdesk build articles`, edit an article, build again;
    # the edited article replaces its old self rather than clash with it as a duplicate id
    monkeypatch.chdir(tmp_path)
    build(["articles"], "f.db")
    write(corpus, "one.txt", "Storm hits coast\nThe storm has passed.\n")
    report = build(["articles"], "f.db")
    assert report.ok and (report.updated, report.added) == (1, 0)
    assert rows(tmp_path / "f.db", "SELECT id, path FROM articles ORDER BY id") == [
        ("one", "articles/one.txt"),
        ("two", "articles/two.txt"),
    ]
    # and the same folder given by its absolute path is the same files
    assert build([corpus], "f.db").unchanged_files == 2


def test_bad_files_are_named_and_good_ones_still_build(corpus, tmp_path):
    write(corpus, "empty.txt", "")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    db = tmp_path / "f.db"
    report = build([corpus, tmp_path / "nowhere"], db)
    names = sorted(Path(e.source).name for e in report.failed)
    assert names == ["binary.txt", "empty.txt", "nowhere"]
    assert report.articles == 2


def test_duplicate_ids_are_an_error_naming_both_files(corpus, tmp_path):
    sub = corpus / "sub"
    sub.mkdir()
    write(sub, "one.md", "Another one\nDifferent text.\n")
    report = build([corpus], tmp_path / "f.db")
    (error,) = report.failed
    assert "duplicate article id 'one'" in str(error)
    assert "one.md" in str(error) and "one.txt" in str(error)


def test_a_failing_build_leaves_the_previous_database_exactly_as_it_was(
    corpus, tmp_path, monkeypatch
):
    db = tmp_path / "f.db"
    build([corpus], db)
    before = digest(db)
    write(corpus, "three.txt", "New story\nSomething happened.\n")

    def explode(article):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "extract", explode)
    with pytest.raises(BuildError, match="left unchanged"):
        build([corpus], db)
    assert digest(db) == before
    assert not list(tmp_path.glob(".factdesk-build-*"))


def test_leftovers_of_a_killed_build_are_swept(corpus, tmp_path):
    db = tmp_path / "f.db"
    leftover = tmp_path / f"{build_module.TEMP_PREFIX}999999999-f.db"
    leftover.write_bytes(b"half written")
    build([corpus], db)
    assert not leftover.exists()


def test_a_file_that_is_not_a_factdesk_database_is_not_overwritten(corpus, tmp_path):
    db = tmp_path / "f.db"
    db.write_bytes(b"precious data")
    with pytest.raises(BuildError, match="not a factdesk database|cannot be read"):
        build([corpus], db)
    assert db.read_bytes() == b"precious data"


def test_a_file_that_now_fails_keeps_its_previous_articles(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    (corpus / "two.txt").write_bytes(b"")
    report = build([corpus], db)
    assert report.kept == 1 and len(report.failed) == 1
    assert ("two",) in rows(db, "SELECT id FROM articles")


def test_parallel_extraction_matches_serial(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(build_module.PARALLEL_THRESHOLD + 6):
        write(folder, f"a{i:03d}.txt", seed.replace("Monday", f"day {i}"))
    serial = build([folder], tmp_path / "s.db", workers=1)
    parallel = build([folder], tmp_path / "p.db", workers=2)
    assert (serial.sentences, serial.facts) == (parallel.sentences, parallel.facts)


def test_the_vocabulary_table_holds_the_index_document_counts(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    vocabulary = dict(rows(db, "SELECT term, df FROM vocabulary"))
    assert vocabulary == dict(rows(db, "SELECT term, doc FROM sentences_fts_vocab"))
    assert vocabulary["storm"] == 2  # "storm" is in the title and one body sentence
    write(corpus, "two.txt", "Storm again\nAnother storm came.\n")
    build([corpus], db)
    assert dict(rows(db, "SELECT term, df FROM vocabulary"))["storm"] == 4


def test_a_database_analysed_by_another_version_of_the_words_is_rebuilt_whole(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE meta SET value = 'other' WHERE key = 'words_fingerprint'")
        conn.execute("UPDATE sentences SET words = 'stale|||0'")
    conn.close()
    report = build([corpus], db)
    assert report.changed and report.unchanged_files == 0
    assert rows(db, "SELECT count(*) FROM sentences WHERE words = 'stale|||0'") == [(0,)]
    assert rows(db, "SELECT value FROM meta WHERE key = 'words_fingerprint'") == [(FINGERPRINT,)]
