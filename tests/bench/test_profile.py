"""``python -m bench.profile``: where an answer's time goes, and its errors."""

from __future__ import annotations

import pytest

from bench import profile
from tests.bench.conftest import one_line_exit
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--db", "{tmp}/missing.db"], "no fact database at"),
        (["--db", "{tmp}"], "is a folder"),
        (["--db", "{seed}", "--config", "{tmp}/missing.yaml"], "missing.yaml: cannot read"),
        (["--db", "{seed}", "--questions", "{tmp}/missing.yaml"], "cannot read questions"),
        (["--db", "{seed}", "--questions", str(ROOT / "config.yaml")], "a list of questions"),
    ],
)
def test_a_wrong_database_config_or_question_file_is_one_line(tmp_path, seed_db, args, problem):
    """qa28: a missing --db (the docs' `python -m bench.profile --db FILE` before a build), a
    folder, or a missing --config or --questions was a traceback of DatabaseError, ConfigError
    or ValueError."""
    message = one_line_exit(profile.main, [a.format(tmp=tmp_path, seed=seed_db) for a in args])
    assert message.startswith("python -m bench.profile: ") and problem in message
