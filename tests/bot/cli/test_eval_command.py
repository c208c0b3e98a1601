"""`factdesk eval`: the report on a question file, conversations or WikiQA, and what it warns
of (bot.cli.eval_command)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.bot.cli.invoking import run
from tests.conftest import ROOT, SEEDS


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


@pytest.mark.parametrize("questions", [[], ["q.yaml"]])
def test_an_empty_wikiqa_option_is_a_usage_error(project, questions):
    """`eval --wikiqa "$WIKIQA"` with the variable unset said "give a QUESTIONS.yaml file or
    --wikiqa DIR" to one who gave --wikiqa, and with a question file ran that instead."""
    (project / "q.yaml").write_text("- q: who?\n  gold: [Trump]\n", encoding="utf-8")
    result = run(project, "eval", *[str(project / q) for q in questions], "--wikiqa", "")
    assert result.exit_code == 2, result.output
    assert "--wikiqa" in result.output and "empty folder name" in result.output
    assert not (project / "factdesk.db").exists()


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
