"""The factdesk command: contracts other tools rely on, and one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import aiohttp
import pytest
from click.testing import CliRunner

from bot import caps
from bot.cli import main
from tests.conftest import ROOT, SEEDS

CONTRACT_FIELDS = {"question", "answered", "intent", "reply", "citations", "ranked"}
CITATION_FIELDS = {"article", "title", "path", "paragraph", "sentence", "start", "end", "score"}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's config and seeds, so builds write into a temp folder."""
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def run(project: Path, *args: str, input: str | None = None):
    runner = CliRunner()
    return runner.invoke(main, ["--config", str(project / "config.yaml"), *args], input=input)


def test_the_help_names_the_variable_that_picks_the_config():
    """$FACTDESK_CONFIG overrides ./config.yaml, which --help gave as the only default."""
    result = CliRunner().invoke(main, ["--help"])
    assert "FACTDESK_CONFIG" in result.output


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


def test_eval_help_shows_a_question_file_that_loads_and_where_wikiqa_comes_from(tmp_path):
    """`factdesk eval --help` said "a QUESTIONS.yaml file" and nothing of what one holds, nor
    what the --wikiqa folder is: the format was in the README alone."""
    from bot.evaluate import load_questions

    text = CliRunner().invoke(main, ["eval", "--help"]).output
    start = text.rindex("\n", 0, text.index("- q:")) + 1
    example = text[start : text.index("DIR holds")]
    path = tmp_path / "questions.yaml"
    path.write_text(textwrap.dedent(example), encoding="utf-8")
    first, second = load_questions(path)
    assert first.answerable and first.gold and first.intent == "reopening"
    assert not second.answerable
    assert "WikiQA-dev.tsv" in text and "Microsoft" in text


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


def test_a_question_starting_with_a_dash_is_told_to_go_after_two_dashes(project):
    hint = run(project, "ask", "-5 degrees?")
    assert hint.exit_code == 2
    assert 'goes after "--"' in hint.output
    assert "goes after" not in run(project, "ask", "--nope", "x").output  # a mistyped option
    assert 'goes after "--"' in run(project, "ask", "--what?").output
    assert run(project, "ask", "--", "-5 degrees?").exit_code == 0


def test_ask_json_has_the_documented_fields(project):
    result = run(project, "ask", "what does russia demand?", "--json", "--top", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == CONTRACT_FIELDS
    assert data["answered"] is True and data["citations"]
    assert 1 <= len(data["ranked"]) <= 3
    text = (project / "seeds" / "000_4de870c6ba78c5ba.txt").read_text(encoding="utf-8")
    for entry in data["citations"] + data["ranked"]:
        assert set(entry) == CITATION_FIELDS
        assert entry["article"] == "000_4de870c6ba78c5ba"
        assert text[entry["start"] : entry["end"]] == entry["sentence"]


def test_debug_says_on_stderr_which_cap_withheld_an_answer_and_json_is_unchanged(project):
    """caps.capped's reason reaches the operator with --debug (the answerer logs it), on stderr:
    the --json line on stdout has the fields DESIGN.md fixes, the same as without --debug.
    Trump and Putin's meeting in Alaska does not say when Putin and Zelensky meet."""
    question = "when will Putin and Zelensky meet"
    plain = run(project, "ask", question, "--json", "--top", "3")
    debug = run(project, "--debug", "ask", question, "--json", "--top", "3")
    assert plain.exit_code == 0 and debug.exit_code == 0, debug.output
    assert debug.stdout == plain.stdout
    assert set(json.loads(debug.stdout)) == CONTRACT_FIELDS
    assert f"({caps.PERSON_MISSING})" in debug.stderr and question in debug.stderr
    assert "debug:" not in plain.stderr
    # without --debug again, nothing is left of it (one process runs many starts)
    assert "debug:" not in run(project, "ask", question, "--json").stderr


def test_debug_gives_the_confidence_inputs_of_an_answer_no_cap_withheld(project):
    """Most withheld answers are held back by the score itself, not a cap: --debug names its
    inputs (the runner-up and its story, the coverage, the answer type, the lead) on stderr,
    and stdout stays the same. The seeds do not say who won the football world cup."""
    question = "who won the football world cup?"
    plain = run(project, "ask", question, "--json")
    debug = run(project, "--debug", "ask", question, "--json")
    assert debug.exit_code == 0, debug.output
    assert debug.stdout == plain.stdout and json.loads(debug.stdout)["answered"] is False
    (line,) = [x for x in debug.stderr.splitlines() if "no cap" in x]
    assert line.startswith("debug: withheld at 0.") and question in line
    assert "covers" in line and "answer of the asked type" in line and "lead" in line
    assert "debug:" not in plain.stderr


def test_ask_abstains_with_ranked_candidates_when_the_coverage_does_not_say(project):
    result = run(project, "ask", "who won the football world cup?", "--json")
    data = json.loads(result.stdout)
    assert data["answered"] is False and data["citations"] == []
    assert data["ranked"]
    assert data["reply"].startswith("The coverage doesn't say")


def test_batch_answers_one_line_per_line_in_order(project):
    lines = [
        json.dumps({"question": "who is the german chancellor?"}),
        "not json",
        json.dumps({"question": "where will they meet?", "top": 2}),
        json.dumps({"question": "x", "article": "no-such-article"}),
        "",
    ]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["question"] == "who is the german chancellor?"
    assert "error" in out[1] and out[1]["line"] == 2
    assert len(out[2]["ranked"]) <= 2
    assert "no article" in out[3]["error"]
    assert "error" in out[4]


def test_a_batch_line_asking_for_a_top_out_of_range_is_an_error_as_top_is(project):
    """A line's "top": 0 or 500 was clamped to 1 or 50 without a word, where --top 0 and
    --top 500 are refused: the line gets an error object, the others their answers."""
    lines = [{"question": "where will they meet?", "top": top} for top in (0, 500, 50, "3")]
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = run(project, "ask", "--batch", "-", input=text)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    for number in (1, 2, 4):
        assert out[number - 1] == {
            "error": "'top' must be a whole number from 1 to 50",
            "line": number,
        }
    assert "ranked" in out[2]
    assert run(project, "ask", "hi", "--top", "0").exit_code == 2


def test_a_batch_line_with_an_empty_article_says_so_as_an_empty_article_option_does(project):
    """`"article": ""` (an empty column of the sheet the batch was made from) got "no article
    with id ''", blaming the database; `--article ""` is a usage error."""
    lines = [{"question": "where will they meet?", "article": a} for a in ("", " ")]
    lines.append({"question": "where will they meet?"})
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    out = [
        json.loads(line)
        for line in run(project, "ask", "--batch", "-", input=text).stdout.splitlines()
    ]
    for number in (1, 2):
        assert out[number - 1] == {
            "error": "'article' is empty: give an id, or leave it out to answer from all the "
            "coverage",
            "line": number,
        }
    assert "ranked" in out[2]


def test_a_misspelt_key_in_a_batch_line_is_an_error_not_passed_over(project):
    """`"articel"` was passed over, so the question was answered from the whole coverage,
    not that article, without a word; a key like none the batch reads (an id) is the
    caller's own and still passed over."""
    lines = [
        {"question": "where will they meet?", "articel": "000_4de870c6ba78c5ba"},
        {"qestion": "where will they meet?"},
        {"question": "where will they meet?", "Top": 3},
        {"question": "where will they meet?", "id": 7, "note": "mine", "topic": "talks"},
    ]
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = run(project, "ask", "--batch", "-", input=text)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[:3] == [
        {"error": "unknown key 'articel' (did you mean 'article'?)", "line": 1},
        {"error": "unknown key 'qestion' (did you mean 'question'?)", "line": 2},
        {"error": "unknown key 'Top' (did you mean 'top'?)", "line": 3},
    ]
    assert out[3]["question"] == "where will they meet?" and "ranked" in out[3]


def test_a_key_given_twice_in_a_batch_line_is_an_error_not_the_last_one_answered(project):
    """JSON keeps a key's last value: `{"question": "a", "question": "b"}` answered "b" and
    dropped "a" without a word, where a key written twice in config.yaml is an error; a key
    of the caller's own given twice is still theirs to pass over."""
    lines = [
        '{"question": "who is zelensky meeting?", "question": "where will they meet?"}',
        '{"question": "where will they meet?", "top": 1, "top": 9}',
        '{"question": "where will they meet?", "id": 1, "id": 2}',
    ]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[:2] == [
        {"error": "'question' given twice", "line": 1},
        {"error": "'top' given twice", "line": 2},
    ]
    assert out[2]["question"] == "where will they meet?" and "ranked" in out[2]


def test_a_batch_of_plain_text_questions_says_what_a_line_should_be(project):
    """A list of questions, one a line, got "not JSON: Expecting value" on every line, which
    said nothing of the object a line should hold; JSON broken further in keeps its reason."""
    text = 'who is zelensky meeting?\n  where will they meet?\n{"question": "where"\n'
    result = run(project, "ask", "--batch", "-", input=text)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    shape = 'write each line as an object such as {"question": "who is meeting whom?"}'
    assert out[0] == out[1] | {"line": 1} == {"error": f"not JSON: {shape}", "line": 1}
    assert out[2]["error"].startswith("not JSON: Expecting ")


def test_json_python_cannot_read_fails_its_line_not_the_batch(project):
    """Valid JSON nested 100,000 deep (RecursionError) or with a 5,000-digit number
    (ValueError) ended the batch with "internal error", losing every line after it."""
    lines = [
        "[" * 100_000 + "]" * 100_000,
        '{"question": "hi", "top": 1' + "0" * 5000 + "}",
        json.dumps({"question": "who is zelenksy meeting?"}),
    ]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0] == {"error": "not JSON: nested too deeply", "line": 1}
    assert out[1] == {"error": "not JSON: a number too long to read", "line": 2}
    assert out[2]["answered"]


def test_a_batch_line_too_long_to_be_one_fails_its_line_and_is_not_held_whole(project, monkeypatch):
    """A batch with no line break (`ask --batch /dev/zero`, an image given by mistake) was read
    into memory whole, until the kernel killed the process or "internal error: MemoryError";
    a line over the limit gets an error object, and the lines after it are answered."""
    from bot.cli import ask_command, batch

    monkeypatch.setattr(batch, "MAX_BATCH_LINE", 100)
    read = []
    real_bounded = batch.bounded_lines

    def watched(lines):
        readline = lines.readline
        lines.readline = lambda size=-1: read.append(size) or readline(size)
        return real_bounded(lines)

    monkeypatch.setattr(ask_command, "bounded_lines", watched)
    lines = ["\0" * 1000, json.dumps({"question": "hello"}), "x" * 250]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("line") for o in out] == [1, None, 3]
    assert "without a line break" in out[0]["error"] and out[1]["intent"] == "greeting"
    assert out[2]["error"] == out[0]["error"]
    # never a whole line at once: the limit, and one character more to see where a line ends
    assert read and all(0 < size <= 101 for size in read)


def test_a_batch_line_of_exactly_the_limit_is_whole(project, monkeypatch):
    """A line of MAX_BATCH_LINE characters is within it, before its line break or at the end;
    one character more is over."""
    question = json.dumps({"question": "hello"})
    monkeypatch.setattr("bot.cli.batch.MAX_BATCH_LINE", len(question))
    for batch in (question + "\n", question, question + " \n"):
        result = run(project, "ask", "--batch", "-", input=batch)
        (out,) = [json.loads(line) for line in result.stdout.splitlines()]
        assert ("error" in out) is batch.endswith(" \n"), batch


def test_a_database_failure_in_a_batch_fails_that_line_not_the_rest(project, monkeypatch):
    """A database locked by another program (or damaged) while a batch runs: the lines it hit
    get an error object and the exit status says so; the batch went on to the end, where it
    stopped with "internal error" and every later line was lost."""
    from bot.answer import Answerer
    from facts.errors import DatabaseError

    assert run(project, "build").exit_code == 0
    answer = Answerer.answer

    def flaky(self, question, **options):
        if question == "locked":
            raise DatabaseError("factdesk.db is locked by another program")
        return answer(self, question, **options)

    monkeypatch.setattr(Answerer, "answer", flaky)
    lines = [json.dumps({"question": q}) for q in ("hello", "locked", "who is zelenksy meeting?")]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("error") for o in out] == [
        None,
        "factdesk.db is locked by another program",
        None,
    ]
    assert out[1]["line"] == 2 and out[2]["answered"]


def test_a_batch_whose_reader_stops_reading_ends_quietly(project, seed_db):
    """`factdesk ask --batch - | head -1`: the pipe closes under the batch, which printed
    "Error: internal error: BrokenPipeError" where Unix tools stop without a word."""
    lines = "".join(json.dumps({"question": f"who is meeting {n}?"}) + "\n" for n in range(400))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(project / "config.yaml"), "ask"]
        + ["--db", str(seed_db), "--batch", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    process.stdin.write(lines.encode())
    process.stdin.close()
    assert json.loads(process.stdout.readline())["question"] == "who is meeting 0?"
    process.stdout.close()  # what `head -1` does once it has its line
    assert process.wait(timeout=120) == 1
    assert process.stderr.read() == b""


@pytest.mark.parametrize(
    "typed",
    [
        "000_4de870c6ba78c5ba.txt",
        "seeds/000_4de870c6ba78c5ba.txt",
        " 000_4de870c6ba78c5ba ",
        # copied from a sentence, with the article list's inline code marks
        "`000_4de870c6ba78c5ba`.",
        # its title, as an answer's source line shows it
        "Ukraine requires authentic security guarantees, encompassing U.S. assistance, as "
        "stated by the Lithuanian president.",
    ],
)
def test_an_article_given_by_its_file_name_names_its_id(project, seed_db, typed):
    """README: "the article's id is its file name without the extension"; an operator who
    typed the file name (or pasted the id with a space) got "no article with id" and nothing
    to go on, though the article was there."""
    result = run(project, "ask", "where?", "--db", str(seed_db), "--article", typed)
    assert result.exit_code == 1
    assert f"no article with id {typed!r} in " in result.output
    assert "(did you mean '000_4de870c6ba78c5ba'? an article's id is its file's name" in (
        result.output
    )
    other = run(project, "ask", "where?", "--db", str(seed_db), "--article", "nope.txt")
    assert "did you mean" not in other.output


def test_article_given_twice_is_a_usage_error_naming_both(project, seed_db):
    """click kept the last ``--article``: A and B answered from B alone, without a word."""
    result = run(project, "ask", "where?", "--db", str(seed_db), "--article", "a", "--article", "b")
    assert result.exit_code == 2
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and "'a'" in error[0] and "'b'" in error[0] and "--article" in error[0]


def test_unknown_article_is_a_one_line_error(project):
    assert run(project, "build").exit_code == 0
    result = run(project, "ask", "who?", "--article", "../../etc/passwd")
    assert result.exit_code != 0
    assert "no article with id" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_unknown_article_for_a_whole_batch_is_one_error_not_one_a_line(project):
    """``--article`` with ``--batch`` is every line's article: a wrong one gave each line the
    same error object and the batch exit status 0, so a script saw a run that went well;
    without ``--batch`` (and in ``eval``) it is one line on stderr and status 1."""
    assert run(project, "build").exit_code == 0
    lines = '{"question": "who is zelensky meeting?"}\n' * 3
    result = run(project, "ask", "--batch", "-", "--article", "nope", input=lines)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: no article with id 'nope'")
    assert len(result.stderr.strip().splitlines()) == 1
    # a good --article, in another case too, still answers every line
    good = run(project, "ask", "--batch", "-", "--article", "000_4DE870C6BA78C5BA", input=lines)
    assert good.exit_code == 0 and len(good.stdout.splitlines()) == 3
    assert all('"answered": true' in line for line in good.stdout.splitlines())


def test_without_a_config_file_here_the_built_in_defaults_are_named(tmp_path, seed_db, monkeypatch):
    """The defaults have no intents: run from another folder, "hello" would just be abstained on,
    so the command says which settings it is using."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    result = CliRunner().invoke(main, ["ask", "--db", str(seed_db), "hello"])
    assert result.exit_code == 0, result.output
    note = result.stderr.strip()
    assert note.startswith(f"note: no config.yaml in {Path.cwd()}") and "--config" in note
    assert len(note.splitlines()) == 1


def test_a_config_given_or_found_here_gets_no_note(project, monkeypatch):
    assert "note:" not in run(project, "ask", "hello").stderr
    monkeypatch.chdir(project)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    result = CliRunner().invoke(main, ["ask", "hello"])
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr and "Hi!" in result.stdout


def test_run_without_a_config_file_here_says_so_before_the_missing_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", "not.a-real.token")
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code != 0
    lines = result.stderr.splitlines()
    assert lines[0].startswith("note: no config.yaml in")
    assert "no fact database" in lines[1]


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


def test_invalid_config_is_a_one_line_error(project):
    (project / "config.yaml").write_text("answer:\n  top: many\n", encoding="utf-8")
    result = run(project, "ask", "who?")
    assert result.exit_code != 0
    assert "answer.top" in result.output
    assert "Traceback" not in result.output


def test_empty_question_gets_a_normal_reply(project):
    result = run(project, "ask", "   ", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["answered"] is False


def test_chat_shows_answers_and_sources(project):
    result = run(project, "chat", input="who is the german chancellor?\n/sources\n/quit\n")
    assert result.exit_code == 0, result.output
    assert "Friedrich Merz" in result.output
    assert "**" in result.output  # the cited sentence is highlighted in /sources


def test_chat_ends_quietly_with_status_0_at_ctrl_d(project):
    """Ctrl-D (end of input) is a documented way to leave, not an abort."""
    result = run(project, "chat", input="who is the german chancellor?\n")
    assert result.exit_code == 0, result.output
    assert "Friedrich Merz" in result.output and "Aborted" not in result.output


def test_chat_piped_in_reads_a_line_no_further_than_the_limit(project, monkeypatch):
    """`factdesk chat < file` read each line whole (click.prompt): a file with no line break
    (`chat < /dev/zero`) was read until the kernel killed the process. A line is read up to
    MAX_BATCH_LINE characters, its rest passed over, and the next line is the next question."""
    from bot.cli import chat_command

    monkeypatch.setattr(chat_command, "MAX_BATCH_LINE", 100)
    result = run(project, "chat", input="x" * 1000 + "\nhello\n")
    assert result.exit_code == 0, result.output
    # read whole, the 1,000 letters were a question cut to max_question_chars (500)
    assert "cut to" not in result.output
    assert "Hi! Ask me about the coverage" in result.output


def test_chat_piped_a_line_that_is_not_utf8_refuses_it_and_goes_on(project):
    """Under a UTF-8 locale, where stdin is read strictly (as CliRunner's is), a Latin-1 line
    piped into chat ended it with "internal error: UnicodeDecodeError"; under the C locale its
    byte was dropped and "caf question" asked. The line gets one error line, and the chat goes
    on."""
    result = CliRunner().invoke(
        main,
        ["--config", str(project / "config.yaml"), "chat"],
        input=b"caf\xe9 question\nhello\n",
    )
    assert result.exit_code == 0, result.output
    assert "Error: not UTF-8 text (byte 0xe9): type it again, or save the file as UTF-8" in (
        result.output
    )
    assert "caf question" not in result.output and "Hi! Ask me about" in result.output


def test_chat_joins_lines_pasted_together_and_ends_at_a_ctrl_d_among_them():
    """A terminal reports a Ctrl-D once: read while gathering pasted lines, it was used up,
    and the chat waited at the next prompt instead of ending."""
    from bot.cli.chat_command import TerminalInput

    typed = iter(["who is zelensky", "/quit"])
    pasted_lines = ["meeting?\n", ""]  # the rest of a paste, then Ctrl-D
    read = TerminalInput(
        prompt=lambda: next(typed),
        waiting=lambda: bool(pasted_lines),
        readline=lambda: pasted_lines.pop(0),
    )
    assert read() == "who is zelensky\nmeeting?"
    with pytest.raises(EOFError):
        read()


def test_eval_reports_accuracy(project):
    questions = ROOT / "tests" / "fixtures" / "questions-mini.yaml"
    if not questions.exists():
        pytest.skip("questions-mini.yaml not written yet")
    result = run(project, "eval", str(questions), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["questions"] == 8
    assert 0 <= report["top1_accuracy"] <= 1


def test_eval_against_a_database_without_the_questions_articles_says_so(project, tmp_path):
    """`factdesk eval eval/wikinews-dev.yaml` without `--db wikinews.db` ran against the seed
    database: every answerable question a miss, and nothing but "0.0%" to tell why."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "storm.txt").write_text("Storm hits coast\nA storm hit the coast on Friday.\n")
    questions = ROOT / "tests" / "fixtures" / "questions-mini.yaml"
    result = run(project, "eval", str(questions), "--articles", str(other))
    assert result.exit_code == 0, result.output
    assert "note: no sentence in " in result.stderr
    assert "is it the database they were written for? (--db FILE, or --articles PATH)" in (
        result.stderr
    )
    assert "note:" not in run(project, "eval", str(questions)).stderr


def test_eval_names_articles_built_for_it_by_their_paths_not_a_removed_temporary_file(
    project, tmp_path
):
    """`eval --articles PATH` without --db builds into a temporary database, removed when the
    eval ends, and its notes, warnings and errors named that file ("no sentence in
    /tmp/factdesk-eval-…/eval.db holds …"): they name the articles given."""
    other = tmp_path / "other"
    other.mkdir()
    (other / "storm.txt").write_text("Storm hits coast\nA storm hit the coast on Friday.\n")
    questions = ROOT / "tests" / "fixtures" / "questions-mini.yaml"
    note = run(project, "eval", str(questions), "--articles", str(other)).stderr
    assert f"note: no sentence in the articles of --articles {other} holds " in note
    unknown = project / "unknown.yaml"
    unknown.write_text("- q: when?\n  article: nope\n  gold: [Friday]\n", encoding="utf-8")
    error = run(project, "eval", str(unknown), "--articles", str(other)).stderr
    assert f"no article with id 'nope' in the articles of --articles {other}" in error
    assert "factdesk-eval-" not in note + error


def test_eval_refuses_a_negative_number_of_misses_to_list(project):
    """--show-wrong -5 was read as a slice: every miss but the last five."""
    questions = ROOT / "tests" / "fixtures" / "questions-mini.yaml"
    result = run(project, "eval", str(questions), "--show-wrong", "-5")
    assert result.exit_code == 2 and "--show-wrong" in result.output


@pytest.mark.parametrize("show", [0, 1, 50])
def test_eval_json_lists_as_many_misses_as_asked_and_counts_the_rest(project, show):
    """`eval --json --show-wrong 0` listed every miss: the option was read by the text
    report only. The JSON lists as many and says how many it left out."""
    questions = project / "misses.yaml"
    questions.write_text(
        "- q: who won the 1998 world cup final?\n  gold: [France won]\n"
        "- q: what colour is the sky on mars?\n  gold: [butterscotch]\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions), "--json", "--show-wrong", str(show))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["wrong"]) == min(show, 2)
    assert data["wrong_not_listed"] == 2 - min(show, 2)


def test_eval_names_the_question_whose_article_is_unknown(project):
    questions = project / "q.yaml"
    questions.write_text(
        "- q: who is meeting?\n  gold: [Trump]\n- q: where?\n  gold: [x]\n  article: nope\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions))
    assert result.exit_code == 1
    assert "q.yaml: question 2: no article with id 'nope'" in result.output


def test_eval_names_every_question_whose_article_is_unknown(project):
    """All at once, one line each: only the first was named."""
    questions = project / "q.yaml"
    questions.write_text(
        "- q: where?\n  gold: [x]\n  article: nope\n- q: when?\n  gold: [x]\n  article: nah\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions))
    assert result.exit_code == 1
    assert "q.yaml: question 1: no article with id 'nope'" in result.output
    assert "q.yaml: question 2: no article with id 'nah'" in result.output


def test_eval_caps_the_unknown_articles_it_names(project):
    """A file written for another database names every question's article: 60 lines."""
    from bot.evaluate import MAX_PROBLEM_LINES

    questions = project / "q.yaml"
    questions.write_text("- q: where?\n  gold: [x]\n  article: nope\n" * 60, encoding="utf-8")
    result = run(project, "eval", str(questions))
    assert result.exit_code == 1
    assert result.output.count("no article with id") == MAX_PROBLEM_LINES
    assert "... and 20 more problems" in result.output


def test_eval_names_the_id_meant_by_an_articles_file_name(project):
    """`ask --article 000_x.txt` says which id was meant; a question file's `article:` given the
    same file name said only "no article with id"."""
    questions = project / "q.yaml"
    questions.write_text(
        "- q: where is the meeting?\n  gold: [Washington]\n"
        "  article: seeds/000_4de870c6ba78c5ba.txt\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions))
    assert result.exit_code == 1
    assert (
        "q.yaml: question 1: no article with id 'seeds/000_4de870c6ba78c5ba.txt'" in result.output
    )
    assert "did you mean '000_4de870c6ba78c5ba'?" in result.output


def test_eval_warns_in_one_line_of_an_intent_the_config_lacks(project):
    """A question file written before an intent was renamed showed "meetings: 0 matched" and a
    confusion "meetings -> meeting", with nothing to say the config has no such intent."""
    questions = project / "q.yaml"
    questions.write_text(
        "- q: who is zelensky meeting?\n  gold: [Trump]\n  intent: meetings\n"
        "- q: who is meeting trump?\n  gold: [Zelensky]\n  intent: meetings\n"
        "- q: what does russia want?\n  gold: [Russia demands]\n  intent: demands\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert warnings[0] == (
        f"warning: {questions} names an intent {project / 'config.yaml'} lacks: "
        "meetings (questions 1, 2; did you mean meeting?)"
    )
    known = ROOT / "tests" / "fixtures" / "questions-mini.yaml"
    assert "warning:" not in run(project, "eval", str(known)).stderr


def test_eval_warns_of_an_intent_listed_below_one_that_takes_its_questions(project):
    """qa24: an intent appended under the shipped ones, as an operator adds one, was never
    matched (`time`'s `when did {event}` fits as well, and is listed first); the report showed
    only the confusion "reopening -> time"."""
    config = project / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").rstrip("\n")
        + "\n  - name: reopening\n    examples:\n      - when did the {thing} reopen\n"
        "    predicates: [reopen]\n    answer: time\n",
        encoding="utf-8",
    )
    questions = project / "q.yaml"
    questions.write_text("- q: when did the talks reopen?\n  answerable: false\n", "utf-8")
    result = run(project, "eval", str(questions))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: {config}: intent reopening is never matched: its examples fit time, listed "
        "before it, as well or better (`when did {event}`); list it above time"
    ]


def test_eval_reads_an_intent_name_as_the_config_names_it_without_spaces_around_it(project):
    """An intent named ``'meeting '`` in config.yaml is the intent ``meeting``: eval warned that
    the config lacks ``meeting``, comparing the questions' intents with the name as written."""
    config = project / "config.yaml"
    text = config.read_text(encoding="utf-8")
    assert "  - name: meeting\n" in text
    config.write_text(text.replace("  - name: meeting\n", "  - name: 'meeting '\n"), "utf-8")
    questions = project / "q.yaml"
    questions.write_text(
        "- q: who is zelensky meeting?\n  gold: [Trump]\n  intent: meeting\n", encoding="utf-8"
    )
    result = run(project, "eval", str(questions))
    assert result.exit_code == 0, result.output
    assert "warning:" not in result.stderr


def test_eval_warns_of_gold_given_to_a_question_marked_unanswerable(project):
    """`answerable: false` next to gold text (an entry copied from an answerable one, or the
    flag set by mistake) was scored as a question to abstain on, its gold silently unused:
    the right answer counted as a wrong citation, an abstention as right."""
    questions = project / "q.yaml"
    questions.write_text(
        "- q: who is zelensky meeting?\n  answerable: false\n  gold: [Zelensky is set to meet]\n"
        "- q: who won the cup?\n  answerable: false\n  gold: []\n"
        "- q: who won the match?\n  answerable: false\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions))
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: {questions}: question 1 has gold text but answerable: false, so it is "
        "scored as one to abstain on and its gold is unused (set answerable: true, or gold: [])"
    ]


def test_eval_warns_of_gold_text_no_sentence_holds(project):
    """A typo in a gold substring ("Russia demand private talks") made its question a miss
    whatever was answered, counted as a wrong citation, with nothing to say the gold was at
    fault. Gold that wraps differently from the sentence still counts as held."""
    questions = project / "q.yaml"
    questions.write_text(
        "- q: who is zelensky meeting?\n  gold: ['Zelensky is set to meet with  US\n President']\n"
        "- q: what does russia want?\n  gold: [Russia demand private talks]\n"
        "- q: who won the cup?\n  answerable: false\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions), "--json")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: {questions}: question 2 has gold text that no sentence of "
        f"{project / 'factdesk.db'} holds (a typo, or words from two sentences?), so it counts "
        "as a miss whatever is answered"
    ]
    assert json.loads(result.stdout)["top1_accuracy"] == 0.5  # the report itself is unchanged
    known = ROOT / "tests" / "fixtures" / "questions-mini.yaml"
    assert "warning:" not in run(project, "eval", str(known)).stderr


def test_eval_wikiqa_on_a_missing_folder_is_a_one_line_error(project, tmp_path):
    result = run(project, "eval", "--wikiqa", str(tmp_path / "missing"))
    assert result.exit_code == 1
    # qa24: on a fresh clone the README's ../shared/eval/wikiqa-dev is missing, and the error
    # says the data is no part of the repository and where it is expected
    error = result.stderr.strip()
    assert error.startswith(f"Error: no such folder: {tmp_path / 'missing'} (")
    assert "not in this repository" in error and "shared/eval/wikiqa-dev" in error
    assert len(error.splitlines()) == 1
    result = run(project, "eval", "--wikiqa", str(project / "seeds"))
    assert result.exit_code == 1
    assert "not the WikiQA development set's folder (no WikiQA-dev.tsv" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize(
    "failure",
    [
        aiohttp.ClientConnectionError(
            "Cannot connect to host discord.com:443 ssl:default [Temporary failure in name "
            "resolution]"
        ),
        aiohttp.ServerTimeoutError("Connection timeout to host https://discord.com/api/v10"),
        TimeoutError(),
    ],
)
def test_run_without_a_network_says_it_cannot_reach_discord(project, seed_db, monkeypatch, failure):
    from bot.discord_app.client import FactdeskBot

    def unreachable(self, *args, **kwargs):
        raise failure

    monkeypatch.setenv("DISCORD_TOKEN", "not.a-real.token")
    monkeypatch.setattr(FactdeskBot, "run", unreachable)
    result = run(project, "run", "--db", str(seed_db))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot reach Discord: ")
    assert "internal error" not in lines[0] and "not.a-real.token" not in lines[0]


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


def test_a_batch_file_saved_with_a_byte_order_mark_answers_its_first_line(project, seed_db):
    """Windows tools (PowerShell 5's `Out-File -Encoding utf8`, Notepad's "UTF-8 with BOM")
    begin a file with a BOM: the batch's first line was {"error": "not JSON: Unexpected UTF-8
    BOM"}, as articles and config.yaml with one are read fine."""
    batch = project / "questions.jsonl"
    batch.write_bytes(
        b'\xef\xbb\xbf{"question": "who is zelenksy meeting?"}\r\n{"question": "hi"}\r\n'
    )
    for source, stdin in ((str(batch), None), ("-", batch.read_bytes())):
        result = run(project, "ask", "--db", str(seed_db), "--batch", source, input=stdin)
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert "error" not in out[0] and out[0]["question"] == "who is zelenksy meeting?"
        assert len(out) == 2


def test_a_batch_of_files_joined_answers_the_line_after_a_byte_order_mark(project, seed_db):
    """`cat a.jsonl b.jsonl | factdesk ask --batch -`, where a Windows tool wrote b.jsonl with a
    byte order mark: the mark opens b's first line mid-stream, and that line was "not JSON"."""
    data = b'{"question": "hi"}\n\xef\xbb\xbf{"question": "who is zelenksy meeting?"}\n'
    result = run(project, "ask", "--db", str(seed_db), "--batch", "-", input=data)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("question") for o in out] == ["hi", "who is zelenksy meeting?"], out


def test_a_batch_line_that_is_not_utf8_is_an_error_not_a_garbled_question(project, seed_db):
    """A questions file saved as Windows "ANSI" (cp1252): its é and curly quotes were read as
    U+FFFD and the garbled question answered, without a word, where an article or config.yaml
    in it is refused. That line is an error naming the byte; the others are answered."""
    data = (
        b'{"question": "caf\xe9 who is zelenksy meeting?"}\n'
        b'{"question": "\x93hi\x94"}\n'
        + '{"question": "who is zelenksy meeting \u201cnow\u201d?"}\n'.encode()
    )
    result = run(project, "ask", "--db", str(seed_db), "--batch", "-", input=data)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[:2] == [
        {"error": "not UTF-8 text (byte 0xe9): save the file as UTF-8", "line": 1},
        {"error": "not UTF-8 text (byte 0x93): save the file as UTF-8", "line": 2},
    ]
    assert out[2]["question"] == "who is zelenksy meeting \u201cnow\u201d?"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_batch_file_in_utf16_or_utf32_with_a_byte_order_mark_is_read(project, seed_db, encoding):
    """PowerShell 5 redirects (`>`) in UTF-16 with a byte order mark, as the README says of
    articles, which are read in it: every line of such a batch was {"error": "not JSON"}."""
    text = '{"question": "who is zelenksy meeting?"}\r\n{"question": "hi"}\r\n'
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = ("\ufeff" + text).encode(encoding)  # the -be codecs write no mark of their own
    batch = project / "questions.jsonl"
    batch.write_bytes(data)
    for source, stdin in ((str(batch), None), ("-", data)):
        result = run(project, "ask", "--db", str(seed_db), "--batch", source, input=stdin)
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert [o.get("question") for o in out] == ["who is zelenksy meeting?", "hi"], out


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


@pytest.mark.parametrize("command", [["build", "other"], ["ask", "who?"], ["chat"], ["run"]])
def test_an_empty_db_option_is_refused_not_read_as_the_configured_database(project, command):
    """`factdesk build other --db "$TEST_DB"` with TEST_DB unset passed "", which was read as
    no --db at all: the build mirrored `other` into the configured database and removed every
    article it did not find there. An empty --db is an error, and nothing is touched."""
    assert run(project, "build").exit_code == 0
    before = (project / "factdesk.db").read_bytes()
    (project / "other").mkdir()
    (project / "other" / "stray.txt").write_text("Stray\nNot an article of this corpus.\n")
    result = run(project, *command, "--db", "")
    assert result.exit_code == 2, result.output
    assert "--db" in result.output and "empty" in result.output
    assert "Traceback" not in result.output
    assert (project / "factdesk.db").read_bytes() == before


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


def test_an_empty_config_option_is_named_as_such(project):
    """`factdesk --config "$CFG" ask …` with CFG unset said "Error: .: cannot read (Is a
    directory)", naming a folder nobody gave."""
    result = CliRunner().invoke(main, ["--config", "", "ask", "who?"])
    assert result.exit_code == 2, result.output
    assert "--config" in result.output and "empty" in result.output
    assert "Is a directory" not in result.output


@pytest.mark.parametrize("extra", [["who?"], ["--batch", "-"]])
@pytest.mark.parametrize("given", ["", "  "])
def test_an_empty_article_option_is_a_usage_error_like_an_empty_db(project, extra, given):
    """`factdesk ask --article "$ID" …` with ID unset said "no article with id ''" with
    status 1, as if the database lacked an article; an empty --db is a usage error (status 2)
    naming the option, and so is an empty --article, before anything is built."""
    result = run(project, "ask", "--article", given, *extra, input='{"question": "who?"}\n')
    assert result.exit_code == 2, result.output
    assert "--article" in result.output and "empty id" in result.output
    assert "no article with id" not in result.output
    assert not (project / "factdesk.db").exists()


def test_eval_finds_an_article_given_in_another_case(project):
    """A question file's `article: story` for `STORY.TXT` (id `STORY`) named no article."""
    (project / "seeds" / "STORY.TXT").write_text(
        "Bridge report\nThe bridge in Brno reopened on Monday after repairs.\n", encoding="utf-8"
    )
    questions = project / "q.yaml"
    questions.write_text(
        "- q: when did the bridge in Brno reopen?\n  gold: [Monday]\n  article: story\n",
        encoding="utf-8",
    )
    result = run(project, "eval", str(questions))
    assert "no article with id" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_a_typo_in_admin_permission_stops_every_command_not_only_run(project):
    config = project / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "admin_permission: manage_guild", "admin_permission: manage_gild"
        ),
        encoding="utf-8",
    )
    result = run(project, "ask", "who is meeting zelensky?")
    assert result.exit_code == 1, result.output
    assert "discord.admin_permission: unknown permission 'manage_gild'" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("questions", [[], ["q.yaml"]])
def test_an_empty_wikiqa_option_is_a_usage_error(project, questions):
    """`eval --wikiqa "$WIKIQA"` with the variable unset said "give a QUESTIONS.yaml file or
    --wikiqa DIR" to one who gave --wikiqa, and with a question file ran that instead."""
    (project / "q.yaml").write_text("- q: who?\n  gold: [Trump]\n", encoding="utf-8")
    result = run(project, "eval", *[str(project / q) for q in questions], "--wikiqa", "")
    assert result.exit_code == 2, result.output
    assert "--wikiqa" in result.output and "empty folder name" in result.output
    assert not (project / "factdesk.db").exists()


def test_a_question_typed_without_quotes_is_asked_whole(project):
    """`factdesk ask who is zelensky meeting` (no quotes, as one types to a chat) was "Got
    unexpected extra arguments (is zelensky meeting)"; its words are the question."""
    loose = run(project, "ask", "who", "is", "zelensky", "meeting", "--json")
    quoted = run(project, "ask", "who is zelensky meeting", "--json")
    assert loose.exit_code == 0, loose.output
    assert json.loads(loose.stdout) == json.loads(quoted.stdout)
    assert json.loads(loose.stdout)["question"] == "who is zelensky meeting"


def test_ask_without_a_question_says_how_to_give_them_on_stdin(project):
    """`echo "who …?" | factdesk ask` was told only "give a QUESTION or --batch FILE"."""
    result = run(project, "ask", input="who is zelensky meeting?\n")
    assert result.exit_code == 2
    assert "'--batch -' reads questions from stdin, one JSON object a line" in result.output


@pytest.mark.parametrize(
    ("word", "says"),
    [
        ("help", "`factdesk --help` lists the commands"),
        ("sources", "`/sources` is a command of `factdesk chat`"),
        ("/sources", "`/sources` is a command of `factdesk chat`"),
        ("reload", "`/reload` is a command of `factdesk chat`"),
    ],
)
def test_a_chat_or_bot_command_typed_as_a_terminal_command_is_told_where_it_lives(word, says):
    """`factdesk sources` and `factdesk help` were "No such command 'sources'" alone."""
    result = CliRunner().invoke(main, [word])
    assert result.exit_code == 2
    (error,) = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert error.startswith(f"Error: No such command '{word}': ") and says in error
    assert "Did you mean 'build'?" in CliRunner().invoke(main, ["bild"]).output  # click's own


def test_an_eval_stopped_by_sigterm_removes_its_temporary_database(tmp_path):
    """qa28: `eval --articles` stopped by SIGTERM (`timeout`, a CI job's cancel) ended on the
    spot and left its temporary folder and database (a build of the articles) in /tmp."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    questions = tmp_path / "q.yaml"
    questions.write_text("- q: who is zelensky meeting?\n  answerable: false\n" * 5000)
    command = [sys.executable, "-m", "bot", "--config", str(ROOT / "config.yaml"), "eval"]
    process = subprocess.Popen(
        [*command, str(questions), "--articles", str(SEEDS)],
        cwd=tmp_path,
        env=dict(os.environ, TMPDIR=str(temp)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not list(temp.glob("factdesk-eval-*/eval.db")) and process.poll() is None:
        assert time.monotonic() < deadline, "the eval built nothing"
        time.sleep(0.01)
    assert process.poll() is None, "the eval finished before it could be stopped"
    process.terminate()
    _, err = process.communicate(timeout=120)
    assert process.returncode == 143, err
    assert err.strip().splitlines()[-1] == "terminated"
    assert list(temp.iterdir()) == []


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


def test_eval_with_articles_that_fail_to_build_names_them_and_exits_1(project, tmp_path):
    """`eval --articles` built what it could and exited 0 over a broken file, so a CI job
    scored a partial corpus as a pass: the failures are named one line each, as `factdesk
    build` names them, the report is still printed, and the status is 1, as build's is."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "broken.txt").write_bytes(b"Broken\n\x80\x81 not UTF-8\n")
    questions = ROOT / "tests" / "fixtures" / "questions-mini.yaml"
    result = run(project, "eval", str(questions), "--articles", str(articles))
    assert result.exit_code == 1, result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "broken.txt: not UTF-8 text" in failed[0]
    assert "1 failure, named above; the report is of the articles that built" in result.stderr
    assert "top-1 accuracy" in result.stdout


def test_eval_conversations_with_articles_that_fail_to_build_exits_1_too(project, tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "broken.txt").write_bytes(b"Broken\n\x80\x81 not UTF-8\n")
    conversations = ROOT / "eval" / "conversations-seed.yaml"
    result = run(
        project, "eval", str(conversations), "--conversations", "--articles", str(articles)
    )
    assert result.exit_code == 1, result.output
    assert "broken.txt: not UTF-8 text" in result.stderr and result.stdout.strip()
