"""Is the database behind the articles? What `factdesk ask` checks before answering, so the first
run needs no set-up step and an edited article is answered from on the next question.

The articles are summed up by a signature of their files' names, sizes and modification times,
stored in the database after each build from the configured paths. Comparing signatures, not
times, keeps the check right when clocks disagree: an article copied with a modification time
in the future was newer than every database written before that time, so each question rebuilt,
and an edit made meanwhile would have gone unnoticed had the database been dated after it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from facts import store
from facts.articles import SourceFile, discover
from facts.errors import ArticleError
from facts.extract import EXTRACTOR_VERSION
from facts.store import (
    SCHEMA_VERSION,
    connect,
    extracted_before,
    get_meta,
    is_locked,
    read_failure,
    schema_version,
    set_meta,
    words_outdated,
)

SIGNATURE_KEY = "article_files"


def needs_build(db: Path, article_paths: Iterable[Path], max_bytes: int | None = None) -> bool:
    """The database is missing, was made by another factdesk version, or the article files
    (or the size limit they were read under) changed since it was last checked against them.
    Raises :class:`~facts.errors.DatabaseError` when another program holds the database locked
    for longer than SQLite waits: reading it to answer would wait as long again, then fail."""
    if not db.exists():
        return True
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=store.BUSY_TIMEOUT)
        try:
            if _outdated(conn):
                return True
            stored = get_meta(conn, SIGNATURE_KEY)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        locked = read_failure(db, exc) if is_locked(exc) else None
        if locked is not None:
            # `ask` waited here, then as long again to read it, before its one line
            raise locked from None
        return False  # not a database at all: the build will say so in one line
    sources, errors = discover(list(article_paths), db)
    if stored is not None:
        return stored != signature(sources, errors, max_bytes)
    # built by `factdesk build` with other paths, or by an older factdesk: go by times (a
    # deleted file changes its folder's)
    built = db.stat().st_mtime
    files = [source.path for source in sources]
    return any(_mtime(path) > built for path in (*files, *{path.parent for path in files}))


def articles_signature(
    article_paths: Iterable[Path], max_bytes: int | None = None, db: Path | None = None
) -> str:
    """The signature of the article files under ``article_paths`` now (``db`` not one)."""
    return signature(*discover(list(article_paths), db), max_bytes)


def signature(
    sources: Iterable[SourceFile], errors: Iterable[ArticleError], max_bytes: int | None = None
) -> str:
    """A digest of every article file's path, size and modification time, of the paths that
    failed (a folder not there yet), and of the size limit files were read under: raised
    after a file was refused as too big, it changes no file, and the file must be read."""
    digest = hashlib.sha256()
    if max_bytes is not None:
        digest.update(f"max_bytes {max_bytes}\n".encode())
    for source in sources:
        try:
            st = source.path.stat()
        except OSError:
            continue
        digest.update(f"{source.key}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "replace"))
    for error in errors:
        digest.update(f"failed {error}\n".encode("utf-8", "replace"))
    return digest.hexdigest()


def record_checked(db: Path, checked: str | None) -> None:
    """Store the signature the configured articles had when the build that just ran began (a
    file edited during the build then differs from it, and the next question builds again).
    None forgets it: a build from other paths made the database something else, and the check
    goes back to comparing times, as it does for a database from an older factdesk."""
    try:
        db_conn = connect(db)
        try:
            conn = db_conn.conn
            if get_meta(conn, SIGNATURE_KEY) == checked:
                return
            if checked is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (SIGNATURE_KEY,))
            else:
                set_meta(db_conn, **{SIGNATURE_KEY: checked})
        finally:
            db_conn.conn.close()
    except sqlite3.Error:
        pass  # a read-only database: the next run checks by times, which is only slower


def _outdated(conn: sqlite3.Connection) -> bool:
    """Another schema, older extraction rules or another analysis of sentences' words: the
    next build upgrades it."""
    return (
        schema_version(conn) != SCHEMA_VERSION
        or extracted_before(conn, EXTRACTOR_VERSION)
        or words_outdated(conn)
    )


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
