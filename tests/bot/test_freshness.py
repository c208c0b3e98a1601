"""Is the database behind the articles: what `factdesk ask` checks before answering."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

import facts.store
from bot.freshness import needs_build
from facts.errors import DatabaseError
from tests.conftest import SEEDS


def test_a_database_another_program_holds_is_waited_for_once(seed_db, tmp_path, monkeypatch):
    """`ask` over a database another program held locked waited SQLite's busy timeout here,
    took the lock for "no build needed", then waited as long again to read it before its
    one-line error: the check says it is locked, and nothing waits a second time."""
    monkeypatch.setattr(facts.store, "BUSY_TIMEOUT", 0.2)
    db = tmp_path / "locked.db"
    shutil.copy(seed_db, db)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        began = time.monotonic()
        with pytest.raises(DatabaseError, match=r"locked\.db is locked by another program"):
            needs_build(db, [SEEDS])
        assert time.monotonic() - began >= 0.2  # it waited as long as reading waits
    finally:
        writer.close()


def test_a_file_that_is_no_database_leaves_the_build_to_say_so(tmp_path):
    db = tmp_path / "other.db"
    db.write_bytes(b"not a database at all, " * 200)
    assert needs_build(db, [SEEDS]) is False
