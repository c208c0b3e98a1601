"""WikiQA metrics on tiny hand-made rankings; the real data is read only when present."""

from __future__ import annotations

import math

import pytest

from bot import wikiqa
from bot.rank import Candidate
from bot.wikiqa import (
    Item,
    Ranked,
    average_precision,
    best_threshold,
    evaluate,
    reciprocal_rank,
    selection,
    triggering,
)


def item(qid: str, labels: tuple[int, ...]) -> Item:
    candidates = tuple(
        Candidate(f"sentence {i}", i + 1, 1, False, "Title", len(labels) + 1)
        for i in range(len(labels))
    )
    return Item(qid, "what?", "D" + qid, "Title", candidates, labels)


def test_average_precision_of_a_perfect_ranking_is_one():
    assert average_precision([0, 1, 1], [0.1, 0.9, 0.8]) == 1.0


def test_average_precision_averages_precision_at_each_right_answer():
    # right answers at ranks 1 and 3: (1/1 + 2/3) / 2
    assert math.isclose(average_precision([1, 0, 1], [0.9, 0.5, 0.1]), (1 + 2 / 3) / 2)


def test_reciprocal_rank_is_one_over_the_first_right_rank():
    assert reciprocal_rank([0, 0, 1], [0.9, 0.5, 0.7]) == 0.5
    assert reciprocal_rank([0, 0], [0.9, 0.5]) == 0.0


def test_ties_keep_document_order():
    # equal scores: the earlier sentence ranks first
    assert reciprocal_rank([0, 1], [0.5, 0.5]) == 0.5
    assert reciprocal_rank([1, 0], [0.5, 0.5]) == 1.0


def test_selection_counts_only_questions_with_a_right_and_a_wrong_candidate():
    results = [
        Ranked(item("a", (1, 0)), (0.9, 0.1), 0.9),  # AP 1
        Ranked(item("b", (0, 1)), (0.9, 0.1), 0.9),  # AP 0.5
        Ranked(item("c", (0, 0)), (0.9, 0.1), 0.9),  # no answer: not counted
        Ranked(item("d", (1, 1)), (0.9, 0.1), 0.9),  # all right: not counted
    ]
    n, map_, mrr = selection(results)
    assert (n, map_, mrr) == (2, 0.75, 0.75)
    assert selection(results, keep={"b"}) == (1, 0.5, 0.5)


def test_triggering_answers_only_above_the_threshold():
    results = [
        Ranked(item("a", (1, 0)), (0.9, 0.1), 0.8),  # answered, right
        Ranked(item("b", (0, 1)), (0.9, 0.1), 0.7),  # answered, wrong
        Ranked(item("c", (0, 0)), (0.9, 0.1), 0.2),  # no answer exists; abstains
        Ranked(item("d", (0, 1)), (0.1, 0.9), 0.3),  # would be right, but abstains
    ]
    t = triggering(results, 0.5)
    assert (t.answered, t.correct, t.answerable) == (2, 1, 3)
    assert t.precision == 0.5
    assert math.isclose(t.recall, 1 / 3)
    assert math.isclose(t.f1, 0.4)


def test_best_threshold_prefers_the_cautious_one_on_ties():
    results = [
        Ranked(item("a", (1, 0)), (0.9, 0.1), 0.8),
        Ranked(item("b", (0, 1)), (0.9, 0.1), 0.4),
    ]
    best = best_threshold(results)
    assert best.threshold == 0.8
    assert best.precision == 1.0


def test_evaluate_runs_any_ranking_function():
    items = [item("a", (0, 1, 0)), item("b", (0, 0, 0))]

    def last_first(question, candidates):
        return [c.index for c in candidates], 0.9

    report = evaluate(items, last_first, threshold=0.5)
    assert report.ranked == 1
    assert report.map == 0.5  # right answer second of three
    assert report.triggering.answered == 2
    assert report.triggering.correct == 0


def test_fold_is_stable_and_in_range():
    assert wikiqa.fold("Q8", 5) == wikiqa.fold("Q8", 5)
    assert {wikiqa.fold(f"Q{i}", 5) for i in range(100)} == set(range(5))


DEV = wikiqa.default_dir()


@pytest.mark.skipif(
    not (DEV / wikiqa.DEV_FILE).exists(),
    reason="WikiQA dev is not copied into the project (licence); it lives in ../shared",
)
def test_dev_loads_with_its_filter():
    items = wikiqa.load(DEV / wikiqa.DEV_FILE)
    keep = wikiqa.load_filter(DEV / wikiqa.DEV_FILTER_FILE, items)
    assert len(items) == 296
    assert keep == {i.id for i in items if i.rankable}
    first = items[0]
    assert first.candidates[0].index == 1  # no title line among WikiQA candidates
    assert all(c.title == first.title for c in first.candidates)


HEADER = "QuestionID\tQuestion\tDocumentID\tDocumentTitle\tSentenceID\tSentence\tLabel\n"


@pytest.mark.parametrize(
    ("tsv", "ref", "problem"),
    [
        ("garbage\nmore\tgarbage\n", "", "not WikiQA's format (no column QuestionID"),
        (HEADER, "", "no questions"),
        (HEADER + "Q1\twho?\tD1\tT\tD1-0\tA sentence.\tyes\n", "", "line 2: Label"),
        (HEADER + "Q1\twho?\tD1\tT\tD1-0\tA sentence.\t1\n", "Q1 0 D1-0 1\n", "line 1:"),
        # an empty or another release's filter gave "MAP 0.0000", status 0
        (HEADER + "Q1\twho?\tD1\tT\tD1-0\tA sentence.\t1\n", "", "names no question"),
        (HEADER + "Q1\twho?\tD1\tT\tD1-0\tA sentence.\t1\n", "\n", "names no question"),
        (HEADER + "Q1\twho?\tD1\tT\tD1-0\tA sentence.\t1\n", "7 0 0 1\n", "line 1: question 7"),
    ],
)
def test_a_folder_that_is_not_wikiqa_is_a_one_line_error(tmp_path, tsv, ref, problem):
    """`factdesk eval --wikiqa` on a folder holding files of those names but another content
    said "internal error: KeyError: 'QuestionID'", or, for a header alone, named a throw-away
    database to build."""
    from click.testing import CliRunner

    from bot.cli import main

    (tmp_path / wikiqa.DEV_FILE).write_text(tsv, encoding="utf-8")
    (tmp_path / wikiqa.DEV_FILTER_FILE).write_text(ref, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "--wikiqa", str(tmp_path)])
    assert result.exit_code == 1
    assert problem in result.output, result.output
    assert "internal error" not in result.output and "factdesk build" not in result.output


@pytest.mark.parametrize(
    "other",
    [["questions.yaml"], ["--articles", "."], ["--conversations"], ["--db", "news.db"]],
)
def test_wikiqa_with_an_option_it_would_pass_over_is_a_usage_error(tmp_path, monkeypatch, other):
    """`factdesk eval eval/seed-dev.yaml --wikiqa DIR` ran WikiQA and passed the question file
    over without a word (--articles too): the report looked like the file's. qa22: so were
    --conversations (no follow-up was scored) and --db (WikiQA builds its own database)."""
    from click.testing import CliRunner

    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "questions.yaml").write_text("- q: who?\n  gold: [x]\n", encoding="utf-8")
    (tmp_path / wikiqa.DEV_FILE).write_text(HEADER, encoding="utf-8")
    (tmp_path / wikiqa.DEV_FILTER_FILE).write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", *other, "--wikiqa", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "not both" in result.output and "Traceback" not in result.output
