"""``python -m bench.cpu``: CPU time per answer on first sight and asked again."""

from __future__ import annotations

import pytest

from bench import cpu
from tests.bench.conftest import one_line_exit

QUESTIONS = """\
- q: who is zelensky meeting?
  kind: answerable
  gold: ["Zelensky"]
- q: what is the capital of australia?
  kind: unanswerable
"""


@pytest.fixture
def questions(tmp_path):
    path = tmp_path / "questions.yaml"
    path.write_text(QUESTIONS, encoding="utf-8")
    return str(path)


def test_one_process_times_a_first_sight_and_the_repeats(seed_db, questions, capsys):
    cpu.main(["--db", str(seed_db), "--questions", questions, "--in-process", "--rounds", "3"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 questions, CPU time per question (process_time)"
    assert lines[1].startswith("first sight: p50 ") and lines[1].endswith("(1 passes)")
    assert lines[2].startswith("asked again: p50 ") and lines[2].endswith("(2 passes)")


def test_fresh_processes_each_time_a_first_sight(seed_db, questions, capsys):
    cpu.main(["--db", str(seed_db), "--questions", questions, "--rounds", "2"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].endswith("(2 passes)") and lines[2].endswith("(2 passes)")


def test_cprofile_writes_the_stats(seed_db, questions, tmp_path, capsys):
    out = tmp_path / "answers.prof"
    cpu.main(["--db", str(seed_db), "--questions", questions, "--cprofile", str(out)])
    assert out.stat().st_size > 0
    assert "function calls" in capsys.readouterr().err


def test_each_question_counts_by_its_median_over_the_passes():
    """A pass slowed by the machine moves no question's median."""
    passes = [[1.0, 2.0], [1.2, 2.2], [9.0, 9.0]]
    assert cpu.per_question_medians(passes) == [1.2, 2.2]


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--db", "{tmp}/missing.db", "--in-process"], "no fact database at"),
        (["--db", "{tmp}/missing.db"], "no fact database at"),
        (["--db", "{seed}", "--questions", "{tmp}/missing.yaml"], "cannot read questions"),
    ],
)
def test_a_wrong_database_or_question_file_is_one_line(tmp_path, seed_db, args, problem):
    message = one_line_exit(cpu.main, [a.format(tmp=tmp_path, seed=seed_db) for a in args])
    assert message.startswith("python -m bench.cpu: ") and problem in message
