"""`factdesk build`, and the build a question runs when its database is missing or behind the
articles (bot.cli.build_command)."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.bot.cli.invoking import run
from tests.conftest import ROOT


def test_build_warns_of_an_id_in_front_matter_it_does_not_read(project):
    (project / "seeds" / "extra.md").write_text(
        "---\nid: my-story\n---\nThe council met on Monday.\n", encoding="utf-8"
    )
    result = run(project, "build", "-q")
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "extra.md" in line and "'my-story' is not read" in line


def test_the_help_says_what_build_q_still_prints_and_where_the_database_is_by_default():
    """`build -q` prints warnings too (an id: in front matter), which "Only print failures"
    denied; "--db FILE  Database file." did not say that config.yaml's is the default; chat's
    help named /sources and /quit but not /ask or /help."""
    build = CliRunner().invoke(main, ["build", "--help"]).output
    assert "failures and warnings" in build and "default: config.yaml" in build
    assert "/help" in CliRunner().invoke(main, ["chat", "--help"]).output


def test_build_says_how_many_articles_it_extracts_off_a_terminal(project):
    """Off a terminal the progress bar is not drawn and its label is all a log shows: it said
    "extracting", not how many articles."""
    text = (project / "seeds" / "000_4de870c6ba78c5ba.txt").read_text(encoding="utf-8")
    for n in range(8):
        (project / "seeds" / f"copy{n}.txt").write_text(f"Copy {n}\n{text}", encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    assert "extracting 9 articles" in result.stderr


def test_ask_builds_the_database_on_first_use_and_answers(project):
    result = run(project, "ask", "who is zelenksy meeting?")
    assert result.exit_code == 0, result.output
    assert (project / "factdesk.db").exists()
    assert "[1]" in result.output and "Sources:" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ["ask", "who is zelensky meeting?"],
        ["chat"],
        ["eval", "eval/seed-test.yaml"],
        ["eval", "eval/seed-test.yaml", "--articles", "seeds"],
        ["build"],
    ],
)
def test_a_db_in_a_folder_that_does_not_exist_is_a_one_line_error_and_no_folder(project, command):
    """A typo in --db ("dat/news.db") names the missing folder instead of making it and
    building a fresh database there."""
    command = [ROOT / part if part.startswith(("eval/", "seeds")) else part for part in command]
    command = [str(part) for part in command]
    result = run(project, *command, "--db", str(project / "dat" / "news.db"), input="")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no folder {project / 'dat'} for the database news.db: create it, or correct "
        "--db (or `database:` in config.yaml)\n"
    )
    assert not (project / "dat").exists()


def test_a_configured_database_in_a_missing_folder_is_named_too(project):
    config = project / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("database: factdesk.db", "database: data/f.db"), "utf-8")
    result = run(project, "ask", "who is zelensky meeting?")
    assert result.exit_code == 1 and f"no folder {project / 'data'} for" in result.stderr
    assert not (project / "data").exists()


def test_build_reports_bad_files_and_exits_nonzero(project):
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert "1 failed" in result.output


def test_build_twice_says_up_to_date(project):
    assert run(project, "build").exit_code == 0
    result = run(project, "build")
    assert "up to date" in result.output


def test_an_article_touched_without_a_change_is_checked_once_not_on_every_question(project):
    """A build that finds nothing to change leaves the database as it was; the next question
    must not build again because the file's mtime is still newer."""
    assert run(project, "build").exit_code == 0
    db = project / "factdesk.db"
    an_hour_ago = time.time() - 3600
    os.utime(db, (an_hour_ago, an_hour_ago))
    next((project / "seeds").glob("*.txt")).touch()  # newer than the database, same text
    first = run(project, "ask", "who is the german chancellor?")
    assert first.exit_code == 0, first.output
    assert "Building factdesk.db" in first.stderr
    second = run(project, "ask", "who is the german chancellor?")
    assert second.exit_code == 0, second.output
    assert "Building" not in second.stderr and "Friedrich Merz" in second.stdout


def test_ask_answers_from_the_previous_build_when_its_rebuild_fails(project, monkeypatch):
    """A full disk (or a database another program holds) fails the rebuild an edited article
    asks for, and leaves the database as it was; every question then ended in that error
    instead of being answered from it."""
    from bot.cli import build_command
    from facts.errors import BuildError

    assert run(project, "build").exit_code == 0
    article = next((project / "seeds").glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nA new line.\n", encoding="utf-8")

    def full_disk(*args, **kwargs):
        raise BuildError("build failed, factdesk.db left unchanged: database or disk is full")

    monkeypatch.setattr(build_command, "build", full_disk)
    result = run(project, "ask", "who is the german chancellor?")
    assert result.exit_code == 0, result.output
    assert "Friedrich Merz" in result.stdout
    assert "database or disk is full; answering from the previous build" in result.stderr


def test_a_file_added_and_deleted_again_changes_nothing(project):
    assert run(project, "build").exit_code == 0
    db = project / "factdesk.db"
    an_hour_ago = time.time() - 3600
    os.utime(db, (an_hour_ago, an_hour_ago))
    extra = project / "seeds" / "draft.txt"
    extra.write_text("Draft\nNot ready yet.\n", encoding="utf-8")
    extra.unlink()  # the folder's mtime moved; its articles did not
    assert "Building" not in run(project, "ask", "hello").stderr


def test_an_article_dated_in_the_future_is_built_once_and_its_edits_still_seen(project):
    """A file copied from a machine whose clock runs ahead is newer than any database written
    today; comparing times alone rebuilt on every question and could miss a real edit."""
    assert run(project, "build").exit_code == 0
    article = project / "seeds" / "later.txt"
    article.write_text("Bridge opens\nThe new bridge in Ostrava opened on Sunday.\n", "utf-8")
    next_week = time.time() + 7 * 86400
    os.utime(article, (next_week, next_week))
    assert "Building" in run(project, "ask", "hello").stderr
    assert "Building" not in run(project, "ask", "hello").stderr
    article.write_text("Bridge opens\nThe new bridge in Brno opened on Sunday.\n", "utf-8")
    os.utime(article, (next_week + 60, next_week + 60))
    result = run(project, "ask", "where did the new bridge open?")
    assert "Building" in result.stderr and "Brno" in result.stdout, result.output


def test_ask_re_extracts_a_database_built_by_older_extraction_rules(project):
    """A new factdesk finds facts the old one missed: the first question rebuilds with its rules."""
    import sqlite3

    from facts.extract import EXTRACTOR_VERSION

    assert run(project, "build").exit_code == 0
    conn = sqlite3.connect(project / "factdesk.db")
    conn.execute("UPDATE files SET extractor = ?", (EXTRACTOR_VERSION - 1,))
    conn.commit()
    conn.close()
    result = run(project, "ask", "who is the german chancellor?")
    assert result.exit_code == 0, result.output
    assert "Building factdesk.db" in result.stderr
    conn = sqlite3.connect(project / "factdesk.db")
    versions = {v for (v,) in conn.execute("SELECT extractor FROM files")}
    conn.close()
    assert versions == {EXTRACTOR_VERSION}
    assert "Building" not in run(project, "ask", "who is the german chancellor?").stderr


def test_ask_upgrades_a_database_from_an_older_schema(project):
    import sqlite3

    assert run(project, "build").exit_code == 0
    conn = sqlite3.connect(project / "factdesk.db")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    result = run(project, "ask", "who is the german chancellor?")
    assert result.exit_code == 0, result.output
    assert "Friedrich Merz" in result.stdout


def test_a_build_from_other_paths_forgets_what_ask_compared(project, tmp_path):
    """The signature stands for the configured articles; a database built from another folder
    no longer matches them, so the check goes back to comparing times."""
    import sqlite3

    from bot.freshness import SIGNATURE_KEY

    def stored() -> str | None:
        conn = sqlite3.connect(project / "factdesk.db")
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (SIGNATURE_KEY,)).fetchone()
        finally:
            conn.close()
        return row[0] if row else None

    assert run(project, "build").exit_code == 0
    assert stored()
    other = tmp_path / "other"
    other.mkdir()
    (other / "bridge.txt").write_text("Bridge opens\nThe bridge opened on Sunday.\n", "utf-8")
    assert run(project, "build", str(other)).exit_code == 0
    assert stored() is None


def test_a_folder_of_other_kinds_of_file_says_what_factdesk_reads(project):
    """An operator who dropped story.html into seeds/ got "no article could be built; see the
    errors above" from ask with no error above it, and "up to date; 0 articles" from build:
    nothing said the file was not read, or what would be."""
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    (project / "seeds" / "story.html").write_text("<p>The mayor resigned.</p>", encoding="utf-8")
    asked = run(project, "ask", "who resigned?")
    assert asked.exit_code != 0
    assert "see the errors above" not in asked.output
    assert "no article files" in asked.output and "story.html" in asked.output
    assert ".txt" in asked.output and ".csv" in asked.output
    built = run(project, "build")
    assert "no article files" in built.output and "story.html" in built.output


def test_a_first_build_that_builds_nothing_does_not_call_the_database_up_to_date(project):
    """A first `factdesk build` whose folder is missing (a typo, a share not mounted), or
    holds no article file, said "factdesk.db: up to date; 0 articles" under the failure: no
    database existed, and none was made."""
    shutil.rmtree(project / "seeds")
    result = run(project, "build")
    assert result.exit_code == 1
    assert not (project / "factdesk.db").exists()
    assert "up to date" not in result.output
    assert "factdesk.db: not made, nothing was built" in result.output
    (project / "seeds").mkdir()
    (project / "seeds" / "story.html").write_text("<p>The mayor resigned.</p>", encoding="utf-8")
    result = run(project, "build")
    assert "up to date" not in result.output and "not made" in result.output


def test_build_with_an_empty_path_argument_reads_nothing_and_says_so(project, monkeypatch):
    """`factdesk build "$NEWS"` with NEWS unset: the "" became Path("."), and the build read
    the current folder and removed every article it did not find there."""
    assert run(project, "build").exit_code == 0
    elsewhere = project / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "stray.txt").write_text("Stray\nNot an article of this corpus.\n")
    monkeypatch.chdir(elsewhere)
    result = run(project, "build", "")
    assert result.exit_code == 1
    assert "failed: (empty path): no file or folder named" in result.output
    assert "0 removed" in result.output or "up to date" in result.output
    assert "1 article," in result.output


def test_the_build_summary_counts_read_as_english():
    """A build of one article said "1 articles, 1 sentences, 1 facts, 1 entities; 1
    unchanged files skipped"."""
    from bot.cli.build_command import summary_line
    from facts import BuildReport

    one = BuildReport(Path("f.db"), articles=1, sentences=1, facts=1, entities=1)
    line = summary_line(BuildReport(**{**one.__dict__, "unchanged_files": 1, "kept": 1}))
    assert "1 article, 1 sentence, 1 fact, 1 entity; 1 unchanged file skipped" in line
    assert "kept the previous version of 1 article whose" in line
    two = BuildReport(Path("f.db"), articles=2, sentences=3, facts=0, entities=2)
    assert "2 articles, 3 sentences, 0 facts, 2 entities; 0 unchanged files" in summary_line(two)


def test_a_question_that_builds_past_a_bad_file_counts_it_in_english(project):
    """ask's build note said "(1 file(s) failed; …)", where every other count reads as
    English ("1 article"); a failing feed row is no file either."""
    (project / "seeds" / "broken.txt").write_bytes(b"\x89PNG\x00\x00")
    result = run(project, "ask", "who is zelenksy meeting?")
    assert result.exit_code == 0, result.output
    assert "(1 failure, named above; answering from the rest)" in result.stderr
    assert "broken.txt: binary file" in result.stderr


def test_raising_max_bytes_lets_the_next_question_build_the_refused_article(project):
    """ask builds when the article files changed; an operator who raised articles.max_bytes
    after "file is … over the … limit" changed no file, so no question ever built the article,
    and nothing said why."""
    config = project / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("max_bytes: 5000000", "max_bytes: 6000"),
        encoding="utf-8",
    )
    big = project / "seeds" / "bridge.txt"
    big.write_text("Bridge opens\n" + "The new bridge in Brno opened on Sunday. " * 200, "utf-8")
    first = run(project, "ask", "where did the new bridge open?")
    assert "over the 6,000 limit" in first.stderr and "Brno" not in first.stdout, first.output
    config.write_text(
        config.read_text(encoding="utf-8").replace("max_bytes: 6000", "max_bytes: 5000000"),
        encoding="utf-8",
    )
    result = run(project, "ask", "where did the new bridge open?")
    assert "Building" in result.stderr and "Brno" in result.stdout, result.output


def test_a_build_waiting_for_another_says_so(project):
    """A build that waits for another build of its database (see facts' build lock) sat still
    without a word, even under `ask`, which builds by itself."""
    import fcntl

    assert run(project, "build").exit_code == 0
    (project / "seeds" / "extra.txt").write_text("Extra\nThe bridge reopened on Sunday.\n")
    lock = os.open(project / ".factdesk-lock-factdesk.db", os.O_RDWR)
    fcntl.flock(lock, fcntl.LOCK_EX)
    releaser = threading.Timer(1.0, lambda: os.close(lock))
    releaser.start()
    try:
        result = run(project, "ask", "when did the bridge reopen?")
    finally:
        releaser.join()
    assert result.exit_code == 0, result.output
    assert "waiting for another build of factdesk.db to finish" in result.output
    assert "Sunday" in result.stdout


def test_ask_on_a_named_database_another_build_is_making_keeps_that_builds_articles(project):
    """`factdesk ask --db news.db` while `factdesk build news --db news.db` made it for the
    first time found no news.db, so it built the configured articles (seeds) into it: it
    waited for the first build, then mirrored seeds into its result, removing every news
    article. It answers from what that build made."""
    import fcntl

    (project / "news").mkdir()
    (project / "news" / "bridge.txt").write_text("Bridge\nThe bridge in Brno reopened on Sunday.\n")
    made = project / "made.db"
    assert run(project, "build", str(project / "news"), "--db", str(made)).exit_code == 0
    target = project / "news.db"
    lock = os.open(project / ".factdesk-lock-news.db", os.O_RDONLY | os.O_CREAT)
    fcntl.flock(lock, fcntl.LOCK_EX)

    def finish_the_other_build() -> None:
        shutil.copy(made, target)
        os.close(lock)

    releaser = threading.Timer(1.0, finish_the_other_build)
    releaser.start()
    try:
        result = run(project, "ask", "when did the bridge reopen?", "--db", str(target))
    finally:
        releaser.join()
    assert result.exit_code == 0, result.output
    assert "Sunday" in result.stdout, result.output
    assert target.read_bytes() == made.read_bytes()


def test_what_a_build_was_from_is_recorded_before_another_build_may_start(project, monkeypatch):
    """`build` stored the articles' signature (what `ask` compares) in the database after the
    build lock was released: a build waiting for it then read and copied the database while
    that write went on. It is written while the lock is held."""
    import fcntl

    from bot.cli import build_command

    held = []
    record = build_command.record_checked

    def recording(db, checked):
        lock = os.open(db.with_name(f".factdesk-lock-{db.name}"), os.O_RDONLY)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            held.append(False)
        except BlockingIOError:
            held.append(True)
        finally:
            os.close(lock)
        record(db, checked)

    monkeypatch.setattr(build_command, "record_checked", recording)
    assert run(project, "build").exit_code == 0
    assert held == [True]


def test_the_size_limit_error_names_the_config_file_actually_loaded(project):
    """A file over articles.max_bytes was refused "(articles.max_bytes in config.yaml sets it)"
    though the settings came from --config newsroom.yaml (or $FACTDESK_CONFIG): the operator
    was sent to edit a file that was not read."""
    config = project / "newsroom.yaml"
    config.write_text(
        (project / "config.yaml")
        .read_text(encoding="utf-8")
        .replace("max_bytes: 5000000", "max_bytes: 6000"),
        encoding="utf-8",
    )
    (project / "config.yaml").unlink()
    big = project / "seeds" / "bridge.txt"
    big.write_text("Bridge opens\n" + "The new bridge in Brno opened on Sunday. " * 200, "utf-8")
    result = CliRunner().invoke(main, ["--config", str(config), "build", "-q"])
    assert result.exit_code == 1
    assert f"over the 6,000 limit (articles.max_bytes in {config} sets it)" in result.stderr
    assert "config.yaml" not in result.stderr
