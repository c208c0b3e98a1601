"""What the two ask-again harnesses share (bench/asked_again.py): the comparison of a changed
question's answer with the clean one, and a --json that cannot be written named on one line."""

from __future__ import annotations

import pytest

from bench import asked_again


def _row(answerable: bool, clean: str, changed: str) -> dict:
    return {
        "answerable": answerable,
        "clean": {"verdict": clean, "cited": None},
        "changed": {"verdict": changed, "cited": None},
    }


def test_the_changed_answer_is_compared_with_the_clean_one():
    assert asked_again.outcome(_row(True, "right", "right"), "changed") == "kept"
    assert asked_again.outcome(_row(True, "right", "abstained"), "changed") == "lost"
    assert asked_again.outcome(_row(False, "right", "wrong"), "changed") == "new wrong"
    assert asked_again.outcome(_row(True, "abstained", "right"), "changed") == "gained"
    assert asked_again.outcome(_row(True, "wrong", "wrong"), "changed") == "other"


def test_a_json_file_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path):
    target = tmp_path / "gone" / "out.json"  # its folder vanished after the arguments' check
    with pytest.raises(SystemExit) as stopped:
        asked_again.write_json("python -m bench.wrappers", str(target), {}, [])
    message = str(stopped.value)
    assert message.startswith("python -m bench.wrappers: --json: cannot write ")
    assert "\n" not in message
