"""Builds: incremental by content hash, atomic on failure, every bad file named and skipped."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

import facts.builder as build_module
from facts import build
from facts.errors import BuildError, DatabaseError
from facts.sentence_words import FINGERPRINT, headline_words
from facts.store import open_readonly
from tests.conftest import ROOT, SEEDS


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


FTS_SHADOWS = ("sentences_fts_data", "sentences_fts_idx", "sentences_fts_docsize")


def test_a_fresh_build_fills_the_full_text_index_as_one_rebuild_would(wikinews_db, tmp_path):
    """A fresh build adds each article's sentences to the full-text index as it writes them
    (facts.store.bulk_load), not in one ``rebuild`` at the end: the index is the same, down to
    the rows of its shadow tables, over the 295 Wikinews articles' 12,315 sentences."""
    again = tmp_path / "again.db"
    again.write_bytes(wikinews_db.read_bytes())
    conn = sqlite3.connect(again)
    try:
        conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('optimize')")
        conn.commit()
    finally:
        conn.close()
    for table in FTS_SHADOWS:
        built = rows(wikinews_db, f"SELECT * FROM {table} ORDER BY 1, 2")
        assert built == rows(again, f"SELECT * FROM {table} ORDER BY 1, 2"), table
        assert built


def test_unchanged_rebuild_does_not_touch_the_database(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    before = digest(db)
    report = build([corpus], db)
    assert not report.changed and report.unchanged_files == 2
    assert digest(db) == before


def test_a_database_named_like_an_article_inside_the_article_folder_is_not_read_as_one(corpus):
    db = corpus / "news.md"
    assert build([corpus], db).ok
    again = build([corpus], db)
    assert again.ok and not again.failed and again.unchanged_files == 2
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]


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


def set_schema_version(db, value: str) -> None:
    """Make ``db`` look like another factdesk's: an older or a newer schema."""
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (value,))
    conn.commit()
    conn.close()


def test_a_database_from_an_older_schema_is_rebuilt_whole_and_counted_by_article(corpus, tmp_path):
    # an upgrade re-reads every file, but the report still says what changed in the articles
    db = tmp_path / "f.db"
    build([corpus], db)
    set_schema_version(db, "1")
    write(corpus, "one.txt", "Storm hits coast\nThe storm has passed.\n")
    write(corpus, "three.txt", "Bridge opens\nThe new bridge opened on Sunday.\n")
    (corpus / "two.txt").unlink()
    report = build([corpus], db)
    assert report.upgraded and report.changed
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]


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


def test_a_database_made_before_an_index_was_added_gets_it_from_the_next_build(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    index = "idx_articles_id_title_path_url_published_places_title_words_sentences"
    conn = sqlite3.connect(db)
    conn.execute(f"DROP INDEX {index}")
    conn.commit()
    conn.close()
    write(corpus, "one.txt", "Storm hits coast\nThe storm has passed.\n")
    assert build([corpus], db).updated == 1
    assert rows(db, f"SELECT count(*) FROM sqlite_master WHERE name = '{index}'") == [(1,)]


def test_a_database_made_before_the_wider_sentence_indexes_swaps_them_at_the_next_build(
    corpus, tmp_path
):
    db = tmp_path / "f.db"
    build([corpus], db)
    conn = sqlite3.connect(db)
    conn.execute("DROP INDEX idx_facts_sentence_id_id_predicate_speaker")
    conn.execute("DROP INDEX idx_mentions_sentence_id_entity_id")
    conn.execute("CREATE INDEX idx_facts_sentence_id ON facts (sentence_id)")
    conn.execute("CREATE INDEX idx_mentions_sentence_id ON mentions (sentence_id)")
    conn.commit()
    conn.close()
    write(corpus, "one.txt", "Storm hits coast\nThe storm has passed.\n")
    assert build([corpus], db).updated == 1
    names = {name for (name,) in rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_facts_sentence_id_id_predicate_speaker" in names
    assert "idx_mentions_sentence_id_entity_id" in names
    assert not names & {"idx_facts_sentence_id", "idx_mentions_sentence_id"}


def test_a_database_made_before_the_articles_index_held_the_sentence_count_swaps_it(
    corpus, tmp_path
):
    """The answerer reads each candidate article's sentence count with its details, off the
    index that covers them: a database whose index stopped at title_words gets the wider one
    at its next build, and loses the narrower one SQLite would otherwise go on using."""
    db = tmp_path / "f.db"
    build([corpus], db)
    old, wide = (
        "idx_articles_id_title_path_url_published_places_title_words",
        "idx_articles_id_title_path_url_published_places_title_words_sentences",
    )
    conn = sqlite3.connect(db)
    conn.execute(f"DROP INDEX {wide}")
    conn.execute(
        f"CREATE INDEX {old} ON articles (id, title, path, url, published, places, title_words)"
    )
    conn.commit()
    conn.close()
    write(corpus, "one.txt", "Storm hits coast\nThe storm has passed.\n")
    assert build([corpus], db).updated == 1
    names = {name for (name,) in rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert wide in names and old not in names
    plan = rows(
        db,
        "EXPLAIN QUERY PLAN SELECT id, title, path, url, published, places, title_words,"
        " sentences FROM articles WHERE id IN ('one', 'two')",
    )
    assert any(f"COVERING INDEX {wide}" in detail for *_, detail in plan)


def test_bad_files_are_named_and_good_ones_still_build(corpus, tmp_path):
    write(corpus, "empty.txt", "")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    db = tmp_path / "f.db"
    report = build([corpus, tmp_path / "nowhere"], db)
    names = sorted(Path(e.source).name for e in report.failed)
    assert names == ["binary.txt", "empty.txt", "nowhere"]
    assert report.articles == 2


def test_an_impossible_date_in_front_matter_fails_that_file_not_the_build(corpus, tmp_path):
    """YAML reads ``!!timestamp 2020-02-30`` as a date and raises ValueError on it: one bad
    scraped date stopped every build with an internal error instead of naming the file. (A
    plain ``2020-02-30`` is now kept as written, as every plain front matter value is.)"""
    write(corpus, "dated.md", "---\npublished: !!timestamp 2020-02-30\n---\nFloods\nRivers rose.\n")
    report = build([corpus], tmp_path / "f.db")
    assert [Path(e.source).name for e in report.failed] == ["dated.md"]
    assert report.articles == 2


def test_a_feed_row_with_half_an_emoji_fails_that_row_not_the_build(corpus, tmp_path):
    """JSON may escape half of a UTF-16 pair alone ("\\ud83d": an emoji a scraper cut in two);
    Python reads it, SQLite cannot store it, and the whole build failed on that one row."""
    rows_ = [
        '{"url": "https://x.org/1", "title": "Rally \\ud83d", "text": "Crowds gathered."}',
        '{"url": "https://x.org/2", "title": "Market", "text": "Prices fell \\udc00 today."}',
        '{"url": "https://x.org/3", "title": "Flood", "text": "The river rose on Sunday."}',
    ]
    write(corpus, "feed.jsonl", "\n".join(rows_) + "\n")
    report = build([corpus], tmp_path / "f.db")
    assert [str(e) for e in report.failed] == [
        f"{corpus / 'feed.jsonl'} row 1: 'title' holds \\ud83d, half of a UTF-16 pair, which is "
        "no character (an emoji cut in two?)",
        f"{corpus / 'feed.jsonl'} row 2: 'text' holds \\udc00, half of a UTF-16 pair, which is "
        "no character (an emoji cut in two?)",
    ]
    assert report.articles == 3  # one.txt, two.txt and the flood


def test_duplicate_ids_are_an_error_naming_both_files(corpus, tmp_path):
    sub = corpus / "sub"
    sub.mkdir()
    write(sub, "one.md", "Another one\nDifferent text.\n")
    report = build([corpus], tmp_path / "f.db")
    (error,) = report.failed
    assert "duplicate article id 'one'" in str(error)
    assert "one.md" in str(error) and "one.txt" in str(error)
    # what to do about it: the id is the file name, so one of the two is renamed
    assert str(error).endswith("(an id is the file name: rename one)")


def test_a_duplicate_id_from_a_name_with_a_line_break_is_named_on_one_line(tmp_path):
    # "a\nb.txt" has the id "a b" (an id holds no line break), which "a b.txt" has too
    folder = tmp_path / "articles"
    folder.mkdir()
    write(folder, "a b.txt", "Bridge reopens\nThe bridge reopened on Monday.\n")
    write(folder, "a\nb.txt", "Harbour shuts\nThe harbour shut on Tuesday.\n")
    report = build([folder], tmp_path / "f.db")
    (error,) = report.failed
    assert "duplicate article id 'a b'" in str(error)
    assert "\n" not in str(error) and "a\\nb.txt" in str(error)


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


def test_a_database_folder_the_build_cannot_write_in_is_named_before_extracting(
    corpus, tmp_path, monkeypatch
):
    """A database in a read-only folder (a read-only mount, or one owned by another user):
    the build extracted every changed article, then failed with SQLite's "unable to open
    database file". It now names the folder and the reason first; a build with nothing to
    write still passes there, so answering from a read-only copy keeps working."""
    db = tmp_path / "f.db"
    build([corpus], db)
    before = digest(db)
    write(corpus, "three.txt", "New story\nSomething happened.\n")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    def explode(article):
        raise AssertionError("extracted before finding the folder read-only")

    # as root a mode blocks nothing: make creating the file fail as the kernel would
    monkeypatch.setattr(build_module, "tempfile", SimpleNamespace(TemporaryFile=refuse))
    monkeypatch.setattr(build_module, "extract", explode)
    expected = rf"^cannot write in {re.escape(str(tmp_path))} \(Permission denied\), where"
    with pytest.raises(BuildError, match=expected):
        build([corpus], db)
    assert digest(db) == before
    (corpus / "three.txt").unlink()
    assert build([corpus], db).ok


def test_a_folder_given_as_the_database_is_named_as_a_folder(corpus, tmp_path):
    """It was "cannot be read as a database (disk I/O error)", and `factdesk ask` said there
    was no database and to run the build that failed so."""
    folder = tmp_path / "data"
    folder.mkdir()
    with pytest.raises(BuildError, match=r"data is a folder: point --db"):
        build([corpus], folder)
    with pytest.raises(DatabaseError, match=r"data is a folder: point --db"):
        open_readonly(folder)


def test_a_database_in_a_folder_that_does_not_exist_is_refused_and_not_made(corpus, tmp_path):
    with pytest.raises(BuildError, match=r"^no folder .*typo for the database f.db: create it"):
        build([corpus], tmp_path / "typo" / "f.db")
    assert not (tmp_path / "typo").exists()


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


def test_another_programs_database_with_a_meta_table_is_not_a_factdesk_database(corpus, tmp_path):
    """A `meta` table is a common name: with a schema_version that is not a number, build and
    ask both stopped with "internal error: ValueError"."""
    db = tmp_path / "app.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', 'v2')")
    conn.commit()
    conn.close()
    before = digest(db)
    with pytest.raises(BuildError, match="app.db exists but is not a factdesk database"):
        build([corpus], db)
    with pytest.raises(DatabaseError, match="app.db is not a factdesk database"):
        open_readonly(db)
    assert digest(db) == before


def test_another_programs_database_is_not_sent_to_the_build_that_refuses_it(corpus, tmp_path):
    """`ask --db app.db` said "app.db is not a factdesk database (run `factdesk build --db
    app.db`)", and that build refuses it ("exists but is not a factdesk database; move it or
    pass --db"). An empty file is still sent there: the build makes it a database."""
    db = tmp_path / "app.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseError) as caught:
        open_readonly(db)
    assert "app.db is not a factdesk database" in str(caught.value)
    assert "factdesk build" not in str(caught.value)
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseError, match="empty.db is not a factdesk database .*factdesk build"):
        open_readonly(empty)
    build([corpus], empty)
    open_readonly(empty).close()


def test_a_database_from_a_newer_factdesk_is_not_sent_to_the_build_that_refuses_it(
    corpus, tmp_path
):
    """`ask` said "run `factdesk build` to upgrade it"; the build says a newer factdesk made it."""
    db = tmp_path / "f.db"
    build([corpus], db)
    set_schema_version(db, "999")
    with pytest.raises(BuildError, match="made by a newer factdesk"):
        build([corpus], db)
    with pytest.raises(DatabaseError, match="made by a newer factdesk") as caught:
        open_readonly(db)
    assert "factdesk build" not in str(caught.value)


def test_a_file_that_now_fails_keeps_its_previous_articles(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    (corpus / "two.txt").write_bytes(b"")
    report = build([corpus], db)
    assert report.kept == 1 and len(report.failed) == 1
    assert ("two",) in rows(db, "SELECT id FROM articles")


def test_an_article_refused_as_a_duplicate_gets_in_once_the_clash_is_gone(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    write(a, "news.txt", "Story A\nThe mayor opened a library on Monday.\n")
    write(b, "news.txt", "Story B\nThe Hudson tunnel opened on Friday.\n")
    db = tmp_path / "f.db"
    assert not build([a, b], db).ok
    # reported again on every build while the clash lasts, not forgotten after the first
    again = build([a, b], db)
    assert [str(e) for e in again.failed] and "duplicate article id 'news'" in str(again.failed[0])
    (a / "news.txt").unlink()
    report = build([a, b], db)
    assert report.ok and report.updated == 1  # counted by id: "news" is now story B
    assert rows(db, "SELECT title FROM articles") == [("Story B",)]


def test_a_missing_build_path_keeps_the_articles_it_held(corpus, tmp_path):
    db = tmp_path / "f.db"
    build([corpus], db)
    # a typo, or a folder that is not mounted today: named, and nothing is removed
    report = build([tmp_path / "articels"], db)
    assert [Path(e.source).name for e in report.failed] == ["articels"]
    assert (report.removed, report.kept, report.articles) == (0, 2, 2)


@pytest.mark.parametrize("given", ["the database", "notes.pdf"])
def test_a_file_that_is_no_article_given_as_the_build_path_keeps_every_article(
    corpus, tmp_path, given
):
    """qa28: `factdesk build news.db` (meant: `--db news.db`, so the configured database was
    built from it) or a PDF given as the path failed as "unsupported file type", and the build
    then removed every article of the database's other files as files no longer given."""
    db = tmp_path / "f.db"
    build([corpus], db)
    path = db if given == "the database" else tmp_path / given
    path.touch()
    report = build([path], db)
    assert [e.source for e in report.failed] == [str(path)]
    assert (report.removed, report.kept, report.articles) == (0, 2, 2)


FEED = "url,date,title,text\n" + "".join(
    f"https://x.org/{n},2020-01-0{n},Story {n},Something happened on day {n}.\n" for n in (1, 2, 3)
)


def test_a_bad_feed_row_keeps_the_previous_version_of_its_article(tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    write(folder, "feed.csv", FEED)
    db = tmp_path / "f.db"
    build([folder], db)
    # row 2 loses its text, row 3 changes: row 3 is updated, row 2 kept as it was
    broken = FEED.replace("Something happened on day 2.", "").replace("day 3.", "day three.")
    write(folder, "feed.csv", broken)
    report = build([folder], db)
    assert [e.source for e in report.failed] == [f"{folder / 'feed.csv'} row 2"]
    assert (report.added, report.updated, report.removed, report.kept) == (0, 1, 0, 1)
    texts = {t for (t,) in rows(db, "SELECT text FROM sentences WHERE idx > 0")}
    assert texts == {f"Something happened on day {n}." for n in ("1", "2", "three")}
    # once the row is fixed, or dropped from the feed, the feed is clean again
    write(folder, "feed.csv", broken.replace(",Story 2,\n", ",Story 2,It rained on day 2.\n"))
    assert build([folder], db).updated == 1
    write(
        folder,
        "feed.csv",
        FEED.replace("day 3.", "day three.").split("https://x.org/2")[0]
        + "https://x.org/3"
        + FEED.split("https://x.org/3")[1].replace("day 3.", "day three."),
    )
    report = build([folder], db)
    assert report.ok and (report.added, report.updated, report.removed) == (0, 0, 1)


def test_a_database_given_through_a_link_is_written_through_it(corpus, tmp_path):
    real = tmp_path / "shared" / "real.db"
    real.parent.mkdir()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    build([corpus], link)
    real.chmod(0o640)
    write(corpus, "three.txt", "New story\nSomething happened.\n")
    build([corpus], link)
    assert link.is_symlink() and rows(real, "SELECT count(*) FROM articles") == [(3,)]
    assert real.stat().st_mode & 0o777 == 0o640  # the operator's permissions stay


def test_an_empty_file_where_the_database_goes_is_built_into(corpus, tmp_path):
    db = tmp_path / "f.db"
    db.touch()  # SQLite reads an empty file as an empty database; so does the build
    assert build([corpus], db).added == 2


def test_front_matter_that_is_never_closed_is_an_error(corpus, tmp_path):
    write(
        corpus, "open.md", "---\ntitle: Harbour news\nurl: https://x.org\n\nThe harbour opened.\n"
    )
    report = build([corpus], tmp_path / "f.db")
    assert [str(e) for e in report.failed] == [
        f"{corpus / 'open.md'}: front matter opened with --- is never closed"
    ]


def test_parallel_extraction_matches_serial(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(build_module.PARALLEL_THRESHOLD + 6):
        write(folder, f"a{i:03d}.txt", seed.replace("Monday", f"day {i}"))
    serial = build([folder], tmp_path / "s.db", workers=1)
    parallel = build([folder], tmp_path / "p.db", workers=2)
    assert (serial.sentences, serial.facts) == (parallel.sentences, parallel.facts)


def test_extraction_workers_find_the_word_frequencies_already_loaded(tmp_path, monkeypatch):
    """wordfreq's English list and dictionary (about 0.25 s of CPU to load) were loaded anew
    in every forked extraction worker, at its first word; the build now loads them once before
    the fork, and each worker's first extraction finds them loaded."""
    from facts import frequency

    folder = tmp_path / "many"
    folder.mkdir()
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(build_module.PARALLEL_THRESHOLD + 6):
        write(folder, f"a{i:03d}.txt", seed.replace("Monday", f"day {i}"))
    seen = tmp_path / "seen"
    extract_rows = build_module._extract_rows

    def noting_whether_loaded(article):
        with seen.open("a", encoding="utf-8") as out:  # a worker's note, for this process
            out.write(f"{frequency.english_frequencies.cache_info().currsize}\n")
        return extract_rows(article)

    monkeypatch.setattr(build_module, "_extract_rows", noting_whether_loaded)
    frequency.english_buckets.cache_clear()
    frequency.english_frequencies.cache_clear()
    build([folder], tmp_path / "p.db", workers=2)
    assert set(seen.read_text(encoding="utf-8").split()) == {"1"}


def test_the_word_frequencies_load_while_the_workers_parse(tmp_path, monkeypatch):
    """The build loaded wordfreq's list and tokeniser (about 0.3 s of CPU) after parsing, one
    core idle, before forking the extraction workers; it now loads them on a thread while the
    parsing workers parse, and they are loaded before the extraction workers start."""
    import threading

    folder = tmp_path / "many"
    folder.mkdir()
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(build_module.PARALLEL_THRESHOLD + 6):
        write(folder, f"a{i:03d}.txt", seed.replace("Monday", f"day {i}"))
    loaded_on = []
    warm_up = build_module.warm_up

    def noting_the_thread():
        loaded_on.append(threading.current_thread() is threading.main_thread())
        warm_up()

    monkeypatch.setattr(build_module, "warm_up", noting_the_thread)
    report = build([folder], tmp_path / "p.db", workers=2)
    assert report.ok
    assert loaded_on[0] is False  # first on the thread, during the parse
    assert not [t for t in threading.enumerate() if t.name == "factdesk-meanwhile"]


def test_the_thread_beside_the_parsing_workers_leaves_the_import_system_alone(monkeypatch):
    """_prepare_writer runs on a thread while the build's main thread reads the workers'
    results. sqlite_utils' import (facts.store.import_sqlite_utils) sets numpy and pandas to
    None in sys.modules while it runs: done there, it made any import of them elsewhere in the
    process fail meanwhile. The thread only loads the extraction's data."""
    imported = []
    monkeypatch.setattr(build_module, "warm_up", lambda: None)

    def noting() -> None:
        imported.append("sqlite_utils")

    monkeypatch.setattr(build_module, "import_sqlite_utils", noting, raising=False)
    monkeypatch.setattr("facts.store.import_sqlite_utils", noting)
    build_module._prepare_writer()
    assert imported == []


def test_meanwhile_runs_beside_the_workers_and_only_when_they_start():
    ran = []
    items = list(range(build_module.PARALLEL_THRESHOLD))
    mapped = build_module._parallel_map(abs, items, 2, meanwhile=lambda: ran.append("done"))
    assert list(mapped) == items and ran == ["done"]
    assert list(build_module._parallel_map(abs, items, 1, meanwhile=lambda: ran.append("x")))
    assert ran == ["done"]  # one worker: no pool, nothing to wait on


def test_the_last_chunks_shrink_so_the_workers_end_together():
    """295 articles in chunks of 16 left one worker idle while the other extracted its last
    chunk; the chunks now shrink towards the end, every item once and in order."""
    chunks = build_module._chunks(295, 2)
    sizes = [end - start for start, end in chunks]
    assert [i for start, end in chunks for i in range(start, end)] == list(range(295))
    assert sizes[:2] == [build_module.CHUNKSIZE] * 2  # each worker's first chunk is a full one
    assert sizes[-3:] == [1, 1, 1]
    assert sizes == sorted(sizes, reverse=True)


def test_a_broken_file_among_many_fails_alone_when_workers_parse(tmp_path):
    """The workers send a file's ArticleError back pickled, and it did not unpickle (its two
    arguments against one formatted message): one broken file among a folder large enough to
    start the workers ended the whole build with "internal error: TypeError"."""
    folder = tmp_path / "many"
    folder.mkdir()
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    for i in range(build_module.PARALLEL_THRESHOLD + 6):
        write(folder, f"a{i:03d}.txt", seed.replace("Monday", f"day {i}"))
    (folder / "broken.txt").write_text("...\n", encoding="utf-8")  # no letters: refused
    report = build([folder], tmp_path / "p.db", workers=2)
    assert [Path(failure.source).name for failure in report.failed] == ["broken.txt"]
    assert report.articles == build_module.PARALLEL_THRESHOLD + 6


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


def test_an_unusable_database_names_the_build_that_makes_it(tmp_path):
    """The hint builds the database that was asked for: a bare `factdesk build` would make the
    configured one, not the file given with --db (a path with a space comes quoted)."""
    db = tmp_path / "my news.db"
    db.write_bytes(b"")  # an empty file, as `touch` or a failed copy leaves
    with pytest.raises(DatabaseError) as caught:
        open_readonly(db)
    assert f"`factdesk build --db '{db}'`" in str(caught.value)
    build([SEEDS], db)  # what the hint says to run
    open_readonly(db).close()


def test_a_file_name_that_is_not_utf8_fails_that_file_not_the_build(corpus, tmp_path):
    """A Latin-1 name ("caf\\xe9.txt", from an old zip or a Windows share) reaches Python as a
    lone surrogate that SQLite cannot store: the whole build failed ("surrogates not allowed").
    Now that file is named, with the byte, and the others build; so do names in a folder whose
    own name is not UTF-8."""
    base = bytes(corpus)
    (Path(base.decode()) / "ok.txt").write_text("Fine\nThe fair opened on Friday.\n")
    with open(base + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Cafe\nThe cafe will close on Monday.\n")
    os.mkdir(base + b"/d\xff")
    with open(base + b"/d\xff/x.txt", "wb") as handle:
        handle.write(b"Bridge\nThe bridge will reopen in May.\n")
    db = tmp_path / "f.db"
    report = build([corpus], db)
    assert report.changed and report.added == 3  # one.txt, two.txt, ok.txt
    reasons = sorted(str(error) for error in report.failed)
    assert len(reasons) == 2
    assert "caf\\udce9.txt" in reasons[0] and "not UTF-8 (byte 0xe9)" in reasons[0]
    assert "d\\udcff" in reasons[1] and "not UTF-8 (byte 0xff)" in reasons[1]
    assert build([corpus], db).failed  # named again by the next build, nothing else changes


def test_an_empty_path_is_named_and_builds_nothing_from_the_current_folder(
    corpus, tmp_path, monkeypatch
):
    """`factdesk build "$NEWS"` with NEWS unset passed "", which Path reads as ".": the build
    walked the current folder (a home folder, under cron) and, mirroring its paths, removed
    every article it did not find there."""
    db = tmp_path / "f.db"
    assert build([corpus], db).added == 2
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    write(elsewhere, "stray.txt", "Stray\nA file that is no article of this corpus.\n")
    monkeypatch.chdir(elsewhere)
    report = build([""], db)
    assert [str(error) for error in report.failed] == [
        "(empty path): no file or folder named (an unset variable?)"
    ]
    assert not report.changed and report.articles == 2
    assert rows(db, "SELECT id FROM articles ORDER BY id") == [("one",), ("two",)]


def test_a_device_or_pipe_as_the_database_is_refused_and_left_as_it_is(corpus, tmp_path):
    """`factdesk build --db /dev/null` (a dry run, as Unix tools allow) replaced the device with
    the new database: as root, in a container or CI, that broke /dev/null for every program.
    A named pipe (here, as creating a device needs root) was replaced the same way."""
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    with pytest.raises(BuildError, match="not a regular file"):
        build([corpus], pipe)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    link = tmp_path / "link.db"
    link.symlink_to(pipe)  # reached through a link: still the pipe
    with pytest.raises(BuildError, match="not a regular file"):
        build([corpus], link)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    with pytest.raises(DatabaseError, match="not a regular file"):
        open_readonly(pipe)  # and `ask` does not send its user to the build that replaced it


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal")
def test_the_workers_of_a_build_killed_outright_die_with_it_without_a_traceback(tmp_path):
    """`kill -9` (or the OOM killer) on a build: its extraction workers went on for nobody,
    then each printed two BrokenPipeError tracebacks to the operator's terminal or log."""
    text = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(400):
        (articles / f"copy{n:03}.txt").write_text(f"Copy {n}\n{text}", encoding="utf-8")
    command = [sys.executable, "-m", "bot", "build", str(articles), "--db", str(tmp_path / "f.db")]
    process = subprocess.Popen(
        [*command, "--workers", "2", "-q"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: whatever is left can be reaped
    )
    try:
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
            workers = [int(pid) for pid in children.read_text().split()]
            time.sleep(0.01)
        assert len(workers) == 2, "the build finished before its workers could be seen"
        process.kill()
        _, err = process.communicate(timeout=60)  # to the end: every worker closed stderr
        assert "Traceback" not in err.decode(errors="replace")
        # gone at once, not after extracting for nobody (a helper child may take a moment)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers)
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """A process that has not exited (a zombie waiting for its parent has)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return False
    return "zombie" not in status


def test_two_builds_at_once_lose_nothing_the_later_one_saw(corpus, tmp_path, monkeypatch):
    """A long build (a cron job) and a second one started while it ran (an operator who had
    just added an article, or `factdesk ask` rebuilding for it) each copied the database as it
    was when they began, and the one that finished last replaced the other's: the second said
    "1 added", and the article was gone from the database. The second build now waits for the
    first and starts from its result."""
    import threading

    db = tmp_path / "f.db"
    assert build([corpus], db).added == 2
    write(corpus, "one.txt", "Storm hits coast\nA storm hit the coast on Saturday.\n")
    first_extracting = threading.Event()
    release = threading.Event()
    extract = build_module.extract_all
    calls = []

    def slow_first_extraction(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:  # the first build stops here, its copy of the database made
            first_extracting.set()
            assert release.wait(30)
        return extract(*args, **kwargs)

    monkeypatch.setattr(build_module, "extract_all", slow_first_extraction)
    first = threading.Thread(target=build, args=([corpus], db))
    first.start()
    assert first_extracting.wait(10)
    write(corpus, "three.txt", "Bridge reopens\nThe bridge reopened on Sunday.\n")
    script = (
        "import sys\nfrom facts import build\n"
        "report = build([sys.argv[1]], sys.argv[2], waiting=lambda: print('waiting', flush=True))\n"
        "print('added', report.added, flush=True)\n"
    )
    second = subprocess.Popen(
        [sys.executable, "-c", script, str(corpus), str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    said = second.stdout.readline().strip()  # "waiting", or without a lock "added 1"
    release.set()
    first.join(30)
    out, _ = second.communicate(timeout=30)
    assert said == "waiting", said
    assert out.strip() == "added 1"
    assert rows(db, "SELECT id FROM articles ORDER BY id") == [("one",), ("three",), ("two",)]
    assert "Saturday" in rows(db, "SELECT text FROM articles WHERE id = 'one'")[0][0]
    assert not list(tmp_path.glob(".factdesk-build-*"))


def test_a_worker_killed_mid_build_fails_the_build_instead_of_hanging_it():
    """A worker killed while extracting (the OOM killer picks the largest process, often a
    worker on a big file) left multiprocessing's Pool waiting for its result for ever: the
    build hung holding the build lock, and every later build waited behind it. It fails."""
    import subprocess
    import sys

    code = """
import os, signal
from facts import builder
from facts.errors import BuildError

def work(n):
    if n == 40:
        os.kill(os.getpid(), signal.SIGKILL)
    return n

try:
    list(builder._parallel_map(work, list(range(200)), 2))
except BuildError as exc:
    print("failed:", exc)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=30, cwd=ROOT
    )
    assert "failed: an extraction worker died" in done.stdout, done.stdout + done.stderr


# The two tests of a worker ended mid-message: a part of a message sent on the worker's pipe
_PART_SENT = '''from facts import builder

def send_part_of_a_message():
    """A message of 10,000 bytes, of which 100 are sent, after the first chunk's results."""
    time.sleep(0.5)
    os.write(builder._PIPE.fileno(), struct.pack("!i", 10_000) + b"x" * 100)
'''


def test_a_build_stopped_while_a_worker_sends_its_results_does_not_hang_on_exit():
    """Ctrl-C while a worker was sending a chunk's results (a large message, written in
    pieces): the worker was ended mid-message, the executor's manager thread waited for the
    rest of it for ever, and Python joins that thread at exit: `factdesk build`, `ask` or
    `chat` said "interrupted" and hung, holding the build lock every later build waits for.
    Here a worker writes the first piece of a message and stops, as one ended mid-send does."""
    code = (
        "import os, struct, sys, time\n"
        + _PART_SENT
        + """
def work(n):
    if n < builder.CHUNKSIZE:
        return n
    if n == builder.CHUNKSIZE:
        send_part_of_a_message()
    time.sleep(60)

results = builder._parallel_map(work, list(range(builder.PARALLEL_THRESHOLD)), 2)
for n in results:
    if n == builder.CHUNKSIZE - 1:
        time.sleep(1.5)  # the second chunk's worker has sent its piece meanwhile
        results.close()  # as Ctrl-C stops a build here
        print("stopped", flush=True)
        break
"""
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=20, cwd=ROOT
    )
    assert done.stdout == "stopped\n", done.stdout + done.stderr


def test_a_worker_killed_while_sending_its_results_fails_the_build_instead_of_hanging_it():
    """The executor notices a worker that dies, but not one killed while it sent a chunk's
    results: its manager thread waited for the rest of the message for ever, and the build
    with it, holding the build lock. Here a worker writes the first piece and is killed."""
    code = (
        "import os, signal, struct, time\nfrom facts.errors import BuildError\n"
        + _PART_SENT
        + """
def work(n):
    if n == builder.CHUNKSIZE:
        send_part_of_a_message()
        os.kill(os.getpid(), signal.SIGKILL)
    return n

try:
    list(builder._parallel_map(work, list(range(builder.PARALLEL_THRESHOLD)), 2))
except BuildError as exc:
    print("failed:", exc, flush=True)
"""
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=20, cwd=ROOT
    )
    assert "failed: an extraction worker died" in done.stdout, done.stdout + done.stderr


def test_ctrl_c_mid_build_stops_the_workers_without_a_thread_traceback():
    """Ctrl-C while workers extract: the executor's map cancelled its waiting tasks, and its
    manager thread, finding the workers the build ended, then set an error on those cancelled
    tasks and printed "Exception in thread ... InvalidStateError" under the one-line report."""
    code = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
from facts import builder

def work(n):
    time.sleep(0.02)
    return n

got = []
try:
    for n in builder._parallel_map(work, list(range(2000)), 2):
        got.append(n)
        if len(got) == 1:
            print("started", flush=True)
except KeyboardInterrupt:
    print("interrupted in order:", got == list(range(len(got))), flush=True)
"""
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        assert proc.stdout.readline() == "started\n"
        time.sleep(0.3)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
        out, err = proc.communicate(timeout=20)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert "interrupted in order: True" in out, out + err
    assert "Traceback" not in err, err


def test_a_build_stopped_early_ends_only_its_own_workers():
    """Stopped early, _parallel_map ended every child process started since its pool was
    created, so a process the program started meanwhile for something else (another thread's
    helper, a second pool) died with the build's workers. Only the pool's own workers end."""
    code = """
import multiprocessing, time
from facts import builder

def work(n):
    time.sleep(0.01)
    return n

mapped = builder._parallel_map(work, list(range(2000)), 2)
next(mapped)  # the pool and its workers exist
other = multiprocessing.get_context("fork").Process(target=time.sleep, args=(30,))
other.start()
mapped.close()  # stopped early, as on an error in the caller
other.join(1)  # a SIGTERM takes a moment
print("other alive:", other.is_alive(), flush=True)
other.kill()
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert "other alive: True" in done.stdout, done.stdout + done.stderr


def test_a_worker_that_died_after_sending_its_results_fails_the_build_when_sent_more():
    """A worker killed just after it sent a chunk's results: the build, sending it the next
    chunk, met a broken pipe and ended with BrokenPipeError's traceback, not the one line."""
    import multiprocessing

    pool = build_module._Pool(multiprocessing.get_context(), abs, [1, 2], 2)
    mine, theirs = multiprocessing.Pipe()
    theirs.close()  # as the worker's end goes when it dies
    with pytest.raises(BuildError, match="an extraction worker died"):
        for _ in range(64):  # a socket takes a little before the peer's end shows as gone
            pool.sent = 0
            pool._send(mine)


def test_a_rebuild_after_one_article_changed_counts_its_headline_stems_anew(corpus, tmp_path):
    """Whether a headline's stem is one story's alone depends on every other story: a changed
    article that takes up another's word makes it no longer unique there, and one that drops a
    word it shared makes it unique to the other."""
    db = tmp_path / "f.db"
    build([corpus], db)
    heads = "SELECT article_id, stem FROM head_stems WHERE stem IN ('storm', 'vote')"
    assert sorted(rows(db, heads)) == [("one", "storm"), ("two", "vote")]
    write(corpus, "two.txt", "Vote delayed by storm\nThe council delayed the vote on Monday.\n")
    report = build([corpus], db)
    assert report.updated == 1 and report.unchanged_files == 1
    assert rows(db, heads) == [("two", "vote")]  # "storm" is in both headlines now
    write(corpus, "two.txt", "Council meets\nThe council met on Monday.\n")
    build([corpus], db)
    assert rows(db, heads) == [("one", "storm")]  # and "vote" in neither


def test_a_build_over_a_database_another_program_holds_says_it_is_locked(
    corpus, tmp_path, monkeypatch
):
    """A database another program was writing to (a `sqlite3` shell left in a transaction)
    made the build say it "cannot be read as a database (database is locked)", which reads as
    damage, where `ask` said it is locked and to try again."""
    db = tmp_path / "locked.db"
    build([corpus], db)
    before = digest(db)
    monkeypatch.setattr("facts.store.BUSY_TIMEOUT", 0.05)
    write(corpus, "late.txt", "Late news\n\nThe port closed on Sunday.\n")
    writer = sqlite3.connect(db, isolation_level=None)
    try:
        writer.execute("BEGIN EXCLUSIVE")
        with pytest.raises(
            BuildError, match=r"locked\.db is locked by another program .*; left unchanged$"
        ):
            build([corpus], db)
    finally:
        writer.close()
    assert digest(db) == before


def test_each_article_is_stored_with_the_places_its_headline_names(corpus, tmp_path):
    """What answering's headline match reads (bot.corpus, articles.places): the gazetteer's
    countries, places and organisations, found once by the build rather than at every first
    sight of a headline in answering."""
    write(corpus, "three.txt", "Canadian police arrest U.S. man\nPolice arrested a man.\n")
    db = tmp_path / "f.db"
    build([corpus], db)
    stored = dict(rows(db, "SELECT id, places FROM articles"))
    assert stored == {"one": "", "two": "", "three": "canada united-states"}
    stems = dict(rows(db, "SELECT id, title_words FROM articles"))
    assert stems["one"] == headline_words("Storm hits coast") == "coast hit storm|"


def test_a_link_whose_target_is_gone_is_named_as_such(corpus, tmp_path):
    """A link to a moved file or an unmounted share was "cannot read: No such file or
    directory", of a file `ls` lists in the folder."""
    gone = tmp_path / "elsewhere" / "story.txt"
    (corpus / "moved.txt").symlink_to(gone)
    (error,) = build([corpus], tmp_path / "news.db").failed
    assert str(error).endswith(f"moved.txt: a symbolic link to {gone}, which does not exist")


def test_a_duplicate_id_names_both_files_as_the_build_was_given_them(tmp_path, monkeypatch):
    """`factdesk build articles` named the refused file "articles/sub/one.md" and the file
    holding the id by its absolute path, "/home/…/articles/one.txt": both are named as the
    build path gives them, on the first build and on the next (the holder read back from the
    database)."""
    monkeypatch.chdir(tmp_path)
    folder = Path("articles")
    (folder / "sub").mkdir(parents=True)
    write(folder, "one.txt", "Storm hits coast\nA storm hit the coast on Friday.\n")
    write(folder / "sub", "one.md", "Another one\nDifferent text.\n")
    for _ in range(2):
        (error,) = build([folder], tmp_path / "f.db").failed
        assert str(error) == (
            f"{Path('articles/sub/one.md')}: duplicate article id 'one', also in "
            f"{Path('articles/one.txt')} (an id is the file name: rename one)"
        )
