"""``factdesk build``: ingest article files into the fact database, incrementally and atomically.

Atomic: changes are written to a private copy next to the database and swapped in with
``os.replace`` only after they commit, so a build that fails or is killed leaves the previous
database exactly as it was, and a bot reading the old file keeps a consistent snapshot.
Incremental: files whose content hash and extractor version are unchanged are not re-read into
the database; changed files are re-extracted; files that disappeared lose all their rows.

Nothing is lost to a bad input. A file that fails keeps its previous articles; a file with a bad
row (or an article whose id another file holds) keeps the previous version of every article it
no longer gives, and is read again by every build until it is clean, so its errors are reported
each time and an article refused as a duplicate gets in once the clash is gone. A build path
that does not exist (a typo, an unmounted folder) makes the build remove nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import marshal
import multiprocessing
import multiprocessing.connection
import os
import pickle
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

try:
    import fcntl
except ImportError:  # Windows: builds of one database are not kept apart there
    fcntl = None  # type: ignore[assignment]

from . import store
from .articles import (
    DEFAULT_MAX_BYTES,
    SETTINGS_FILE,
    SourceFile,
    content_hash,
    discover,
    read_bytes,
    read_source,
    shown,
)
from .errors import ArticleError, BuildError, DatabaseError
from .extract import EXTRACTOR_VERSION, extract, warm_up
from .model import Article
from .store import (
    SCHEMA_VERSION,
    ArticleRows,
    article_rows,
    bulk_load,
    connect,
    delete_articles,
    ensure_schema,
    entities_of,
    is_locked,
    missing_folder,
    not_a_regular_file,
    prune_entities,
    read_failure,
    refresh_head_stems,
    refresh_vocabulary,
    schema_version,
    set_meta,
    words_outdated,
    write_rows,
)

TEMP_PREFIX = ".factdesk-build-"
LOCK_PREFIX = ".factdesk-lock-"  # not TEMP_PREFIX: the sweep of killed builds' files spares it
PARALLEL_THRESHOLD = 64  # below this many articles, worker start-up costs more than it saves
CHUNKSIZE = 16  # articles per task sent to a worker: fewer round trips, still a smooth stream
ANALYSIS_LIMIT = 1000  # rows ANALYZE samples per index: statistics in O(1), not O(database)

Progress = Callable[[int, int], None]
_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass
class BuildReport:
    """What a build did; the CLI prints it as the summary line."""

    db_path: Path
    changed: bool = False
    files: int = 0
    unchanged_files: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    articles: int = 0
    sentences: int = 0
    facts: int = 0
    entities: int = 0
    failed: list[ArticleError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings of articles built (Article.notes)
    kept: int = 0  # articles kept from a previous build because their file, row or path now fails
    upgraded: bool = False  # an older factdesk's database, rebuilt whole
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class _Known:
    """What the existing database knows about one source file."""

    hash: str  # "" for a file read with failures: read again by the next build
    extractor: int
    articles: dict[str, str]  # article id -> content hash


RENAME_HINT = " (an id is the file name: rename one)"

# The hash stored for a file that had a failing row or a refused duplicate: it matches no file,
# so every build reads the file again until it is clean.
INCOMPLETE = ""


def build(
    paths: Iterable[str | Path],
    db_path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    settings: str = SETTINGS_FILE,
    workers: int | None = None,
    progress: Progress | None = None,
    waiting: Callable[[], None] | None = None,
    finished: Callable[[BuildReport], object] | None = None,
    still_wanted: Callable[[], bool] | None = None,
    before_commit: Callable[[], None] | None = None,
) -> BuildReport:
    """Bring the database at ``db_path`` in line with the article files under ``paths``.

    The database mirrors the files found under ``paths``: articles from files that are no longer
    there are removed. What fails keeps its previous articles (see the module docstring). One
    build of a database runs at a time: another waits for it, calling ``waiting`` first.
    ``finished`` runs with the report before the next build may start (the CLI records there
    what the build was made from, in the database a waiting build would otherwise be copying).
    ``still_wanted``, asked once the lock is held, may call the build off (nothing is read or
    written, ``finished`` is not called): a build asked for because the database was missing
    finds that the build it waited for made it, from the paths that build was given.
    ``settings`` is the file ``max_bytes`` was read from, which a file over it is told of.
    ``before_commit`` runs just before the new database is swapped in; what it raises leaves
    the previous database (the CLI raises there a stop signal the build's code swallowed).
    """
    # a link to the database is written through, not replaced by a file of its own
    db_path = Path(os.path.realpath(db_path))
    with _one_build_at_a_time(db_path, waiting):
        if still_wanted is not None and not still_wanted():
            report = BuildReport(db_path=db_path)
            _fill_totals(report, db_path)
            return report
        report = _build(list(paths), db_path, max_bytes, settings, workers, progress, before_commit)
        if finished is not None:
            finished(report)
        return report


@contextlib.contextmanager
def _one_build_at_a_time(db_path: Path, waiting: Callable[[], None] | None) -> Iterator[None]:
    """Hold the database's build lock, waiting for a build that holds it.

    Two builds at once each copied the database as it was when they began, and the one that
    finished last replaced the other's: an article added while a long build ran, which the
    second build reported "1 added", was gone until a later build. The second now starts from
    the first one's result. The lock is the kernel's (``flock`` on a hidden file beside the
    database, never removed, as removing it would let a third build lock another file), so a
    killed build holds it no longer. Where no lock file can be made (a read-only folder, no
    such folder, no ``flock``) the build goes on without one, and fails or passes as before.
    """
    if fcntl is None:
        yield
        return
    try:
        # read-only is enough for flock, so another operator's lock file serves too; 0o666
        # less the umask, as for any file a build makes
        fd = os.open(
            db_path.with_name(f"{LOCK_PREFIX}{db_path.name}"), os.O_RDONLY | os.O_CREAT, 0o666
        )
    except OSError:
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        # forked extraction workers share this lock: unlock it for all of them
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _build(
    paths: list[str | Path],
    db_path: Path,
    max_bytes: int,
    settings: str,
    workers: int | None,
    progress: Progress | None,
    before_commit: Callable[[], None] | None = None,
) -> BuildReport:
    """:func:`build` once it holds the build lock: apart from it so that the lock spans the
    whole build, from reading the database to replacing it, and its report's hooks."""
    started = time.perf_counter()
    report = BuildReport(db_path=db_path)
    sources, errors = discover(paths, db_path)
    report.failed.extend(errors)
    report.files = len(sources)

    known, owner, hashes = _read_known(db_path)
    report.upgraded = bool(hashes) and not known
    pending: list[tuple[SourceFile, bytes, str]] = []
    failed_keys: set[str] = set()
    for source in sources:
        try:
            data = read_bytes(source.path, max_bytes, settings)
        except ArticleError as exc:
            report.failed.append(exc)
            failed_keys.add(source.key)
            continue
        digest = content_hash(data)
        before = known.get(source.key)
        if before and before.hash == digest and before.extractor == EXTRACTOR_VERSION:
            report.unchanged_files += 1
            continue
        pending.append((source, data, digest))

    seen = {source.key for source in sources}
    # a build path that is not there (a typo, an unmounted folder) makes this build's view of
    # the corpus partial: it removes nothing, and the files it does not see keep their articles
    gone = [key for key in known if key not in seen]
    partial_view = any(_gave_nothing(p, sources) for p in paths)
    removed_keys = [] if partial_view else gone
    unreachable = gone if partial_view else []
    if not pending and not removed_keys:
        report.kept = _article_count(known, (*failed_keys, *unreachable))
        return _finished(report, started)

    # before extracting, which can take minutes: the new database is made beside the old one
    _check_writable(db_path)
    # ids of articles that stay as they are, for duplicate detection across files, each with
    # its file as the build paths name it (`articles/one.txt`), as every other error does: the
    # duplicate error named it by its absolute path, the key the database holds
    replaced = {source.key for source, _, _ in pending} | set(removed_keys)
    given = {source.key: str(source.path) for source in sources}
    taken = {aid: given.get(key, key) for aid, key in owner.items() if key not in replaced}
    articles, incomplete = _parse(pending, report, taken, workers)
    failed_keys |= {source.key for source, _, _ in pending if source.key not in articles}
    kept = _kept_versions(known, articles, incomplete)
    report.kept = _article_count(known, (*failed_keys, *unreachable))
    report.kept += sum(len(ids) for ids in kept.values())
    if not removed_keys and not articles:
        # nothing to write: every changed file failed as a whole, and keeps what it had
        return _finished(report, started)
    _sweep_temp_files(db_path)
    temp = db_path.with_name(f"{TEMP_PREFIX}{os.getpid()}-{db_path.name}")
    try:
        _write(
            temp,
            db_path,
            known,
            hashes,
            pending,
            removed_keys,
            articles,
            kept,
            incomplete,
            report,
            workers,
            progress,
        )
        if before_commit is not None:
            before_commit()
        _commit_file(temp, db_path)
    except BaseException as exc:
        for leftover in (temp, *(temp.with_name(temp.name + x) for x in SQLITE_SIDECARS)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        if isinstance(exc, (BuildError, DatabaseError)):
            raise BuildError(str(exc)) from exc
        raise BuildError(f"build failed, {db_path} left unchanged: {exc}") from exc
    report.changed = True
    return _finished(report, started)


def _gave_nothing(path: str | Path, sources: Sequence[SourceFile]) -> bool:
    """Whether a path given to the build reached no article file: not there (a typo, a share
    not mounted), or a file that is not an article (the database itself, `factdesk build
    news.db` for `--db news.db`; a PDF). Such a path is a mistake, not a corpus emptied: with
    the file named as a failure, the build removed every article of the database's other files
    as files no longer given. A folder with no article in it is one emptied, and mirrored."""
    if not os.path.lexists(path):
        return True
    if Path(path).is_dir():
        return False
    return not any(source.path == Path(path) for source in sources)


def _check_writable(db_path: Path) -> None:
    """Refuse a build whose database folder cannot take a new file (read-only, or owned by
    another user), naming the folder and the reason. Found only at the end, it was SQLite's
    "unable to open database file", after every changed article had been extracted. A build
    with nothing to write needs no such folder: answering from a read-only copy stays possible.
    """
    folder = db_path.parent
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise BuildError(
            f"cannot write in {folder} ({reason}), where a build makes the new database "
            f"before swapping it in; {db_path} left unchanged"
        ) from None


def _finished(report: BuildReport, started: float) -> BuildReport:
    """The report with the database's totals and the build's time filled in."""
    _fill_totals(report, report.db_path)
    report.seconds = time.perf_counter() - started
    return report


def _article_count(known: dict[str, _Known], keys: Iterable[str]) -> int:
    """How many articles the database holds from these files."""
    return sum(len(known[key].articles) for key in keys if key in known)


def _kept_versions(
    known: dict[str, _Known], articles: dict[str, list[Article]], incomplete: set[str]
) -> dict[str, set[str]]:
    """For each re-read file that had a failure: the ids of its previous articles it no longer
    gives, which stay as they were (the failing row may be theirs). An id another file now
    gives goes to that file: a kept version is only a fallback."""
    claimed = {article.id for new in articles.values() for article in new}
    kept: dict[str, set[str]] = {}
    for key in incomplete:
        if key in known and key in articles:
            ids = set(known[key].articles) - claimed
            if ids:
                kept[key] = ids
    return kept


def _read_known(
    db_path: Path,
) -> tuple[dict[str, _Known], dict[str, str], dict[str, str]]:
    """Files and article ids the current database holds (empty when it must be rebuilt whole),
    and every article id it holds with its content hash, to count what a build adds, updates
    and removes, even one that rebuilds an older factdesk's database whole."""
    if db_path.is_dir():  # `database: data` in config.yaml: SQLite's word was "disk I/O error"
        raise BuildError(f"{db_path} is a folder: point --db (or `database:`) at a file in it")
    if not db_path.parent.is_dir():  # a typo makes an error, not a stray folder
        raise BuildError(missing_folder(db_path))
    if db_path.exists() and not db_path.is_file():
        # `--db /dev/null` (a dry run) or a pipe: the swap at the end would replace the device
        # with the database (as root, breaking /dev/null for every program)
        raise BuildError(not_a_regular_file(db_path))
    if not db_path.exists() or db_path.stat().st_size == 0:
        return {}, {}, {}  # SQLite reads an empty file as an empty database: so does the build
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=store.BUSY_TIMEOUT)
        try:
            version = schema_version(conn)
            if version is None:
                raise BuildError(
                    f"{db_path} exists but is not a factdesk database; move it or pass --db"
                )
            if version > SCHEMA_VERSION:
                raise BuildError(
                    f"{db_path} was made by a newer factdesk (schema {version} > {SCHEMA_VERSION})"
                )
            if version < SCHEMA_VERSION or words_outdated(conn):
                return {}, {}, _article_hashes(conn)  # rebuilt whole: no row of it is kept
            ids: dict[str, dict[str, str]] = {}
            owner: dict[str, str] = {}
            for path, article_id, digest in conn.execute("SELECT source, id, hash FROM articles"):
                ids.setdefault(path, {})[article_id] = digest
                owner[article_id] = path
            known = {
                path: _Known(digest, extractor, ids.get(path, {}))
                for path, digest, extractor in conn.execute(
                    "SELECT path, hash, extractor FROM files"
                )
            }
            previous = {aid: digest for k in known.values() for aid, digest in k.articles.items()}
            return known, owner, previous
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_locked(exc):
            # another program writing to it (a `sqlite3` shell left in a transaction) was
            # "cannot be read as a database (database is locked)", which reads as damage
            raise BuildError(f"{read_failure(db_path, exc)}; left unchanged") from None
        raise BuildError(
            f"{db_path} cannot be read as a database ({exc}); left unchanged"
        ) from None


def _read_source(item: tuple[SourceFile, bytes]) -> list[Article | ArticleError] | ArticleError:
    """Parse one file, returning (not raising) its error: runs in a worker process."""
    source, data = item
    try:
        return read_source(source, data=data)
    except ArticleError as exc:
        return exc


def _parse(
    pending: list[tuple[SourceFile, bytes, str]],
    report: BuildReport,
    taken: dict[str, str],
    workers: int | None = None,
) -> tuple[dict[str, list[Article]], set[str]]:
    """Parse changed files into articles, refusing ids another file already uses; also the
    keys of the files that gave an article but not all (a failing row, a refused id).

    Parsing runs in the worker processes too (YAML front matter and decoding cost about a tenth
    of extraction); ids are claimed here, in file order, exactly as a serial parse would.
    """
    articles: dict[str, list[Article]] = {}
    incomplete: set[str] = set()
    parsed = _parallel_map(
        _read_source,
        [(s, data) for s, data, _ in pending],
        workers,
        meanwhile=_prepare_writer,
    )
    for (source, _data, _digest), results in zip(pending, parsed, strict=True):
        if isinstance(results, ArticleError):
            report.failed.append(results)
            continue
        mine: list[Article] = []
        for item in results:
            if isinstance(item, ArticleError):
                report.failed.append(item)
                incomplete.add(source.key)
                continue
            where = str(source.path) if item.row is None else f"{source.path} row {item.row}"
            other = taken.get(item.id)
            if other is not None:
                # a file's id is its name: two `report.md` in two folders clash, and the
                # error said so without saying what to do
                hint = RENAME_HINT if item.row is None else ""
                # shown: a name with a line break (its id has a space there, so it can clash
                # with another file's) made the one-line error two lines
                report.failed.append(
                    ArticleError(
                        shown(where),
                        f"duplicate article id {item.id!r}, also in {shown(other)}{hint}",
                    )
                )
                incomplete.add(source.key)
                continue
            taken[item.id] = where
            report.notes.extend(item.notes)
            mine.append(item)
        articles[source.key] = mine
    return articles, incomplete


def _write(
    temp: Path,
    db_path: Path,
    known: dict[str, _Known],
    previous: dict[str, str],
    pending: list[tuple[SourceFile, bytes, str]],
    removed_keys: list[str],
    articles: dict[str, list[Article]],
    kept: dict[str, set[str]],
    incomplete: set[str],
    report: BuildReport,
    workers: int | None,
    progress: Progress | None,
) -> None:
    # Start from a copy of the current database only if some of its articles stay.
    replaced = set(removed_keys) | set(articles)
    keeps_rows = bool(kept) or any(key not in replaced and k.articles for key, k in known.items())
    if db_path.exists() and keeps_rows:
        shutil.copyfile(db_path, temp)
    elif temp.exists():
        temp.unlink()
    db = connect(temp)
    try:
        conn = db.conn
        # The file is private until it is complete and swapped in; a failed build deletes it.
        # A rollback journal and fsyncs per transaction would protect nothing, nor would they
        # around each statement that creates the schema.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        ensure_schema(db)
        conn.execute("BEGIN IMMEDIATE")
        stale: list[str] = []
        for key in removed_keys:
            if key in known:
                stale.extend(known[key].articles)
        for source, _, _ in pending:
            if source.key in articles and source.key in known:
                stays = kept.get(source.key, set())
                stale.extend(aid for aid in known[source.key].articles if aid not in stays)
        touched = entities_of(db, stale) if keeps_rows else set()
        if keeps_rows:
            delete_articles(db, stale)
            conn.executemany(
                "DELETE FROM files WHERE path = ?",
                [(key,) for key in removed_keys]
                + [(s.key,) for s, _, _ in pending if s.key in articles],
            )
        todo = [a for key in articles for a in articles[key]]
        source_of = {a.id: key for key in articles for a in articles[key]}
        bulk = conn.execute("SELECT 1 FROM sentences LIMIT 1").fetchone() is None
        with bulk_load(db) if bulk else contextlib.nullcontext():
            for done, (article, rows) in enumerate(extract_all(todo, workers), start=1):
                write_rows(db, article, rows, source_of[article.id], index_text=bulk)
                if not bulk:
                    touched.update(e[0] for e in rows.entities)
                if progress:
                    progress(done, len(todo))
        _count(report, previous, todo, stale if known else list(previous))
        conn.executemany(
            "INSERT INTO files (path, hash, size, articles, extractor) VALUES (?,?,?,?,?)",
            [
                (
                    source.key,
                    INCOMPLETE if source.key in incomplete else digest,
                    len(data),
                    len(articles[source.key]) + len(kept.get(source.key, ())),
                    EXTRACTOR_VERSION,
                )
                for source, data, digest in pending
                if source.key in articles
            ],
        )
        prune_entities(db, None if bulk else touched)
        refresh_vocabulary(db)
        refresh_head_stems(db)
        set_meta(db, built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        conn.execute("COMMIT")
        if bulk or len(todo) > 1000:
            conn.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('optimize')")
        conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        conn.execute("ANALYZE")
    finally:
        db.conn.close()


def _article_hashes(conn: sqlite3.Connection) -> dict[str, str]:
    """Article id -> content hash in a database of any schema so far (all have had both
    columns); empty if it has no such table."""
    try:
        return dict(conn.execute("SELECT id, hash FROM articles"))
    except sqlite3.DatabaseError:
        return {}


def _count(
    report: BuildReport, previous: dict[str, str], written: list[Article], stale: list[str]
) -> None:
    """Added: ids new to the database; updated: ids whose article changed (one re-written as
    it was, because a row beside it in its feed changed, counts as neither); removed: ids gone
    (``stale``, or for a database rebuilt whole, the ``previous`` ids nothing wrote again)."""
    for article in written:
        if article.id not in previous:
            report.added += 1
        elif previous[article.id] != article.hash:
            report.updated += 1
    report.removed += len(set(stale) - {article.id for article in written})


def _extract_rows(article: Article) -> bytes:
    """Extraction as plain rows, marshalled: what a worker process sends back to the writer.

    The rows are tuples of strings and ints, which marshal writes and reads in about half the
    time pickle takes (pickle memoises every string it writes); the writer unpickled them at
    0.2 ms an article.
    """
    return marshal.dumps(tuple(article_rows(extract(article))))


def extract_all(
    articles: list[Article], workers: int | None
) -> Iterator[tuple[Article, ArticleRows]]:
    packed = _parallel_map(_extract_rows, articles, workers, before_fork=warm_up)
    for article, rows in zip(articles, packed, strict=True):
        yield article, ArticleRows(*marshal.loads(rows))


def _prepare_writer() -> None:
    """Load the extraction's lazy data (see :func:`facts.extract.warm_up`), which the
    extraction workers inherit.

    Run on a thread of the build's process while the parsing workers parse (see
    ``meanwhile`` in :func:`_parallel_map`), where it ran afterwards with one core idle: at
    x1, about a fifth of a second of the build's wall time, while the process waited on the
    workers' pipes. Whatever fails here fails again, and is reported, where extraction calls
    ``warm_up`` itself before forking its workers (a second call costs nothing). Not
    sqlite_utils (:func:`facts.store.import_sqlite_utils`, about 0.04 s): its import sets
    numpy and pandas to None in ``sys.modules`` while it runs, and done on this thread, any
    import of them by the main thread meanwhile failed; the writer imports it when it opens
    the database."""
    with contextlib.suppress(Exception):
        warm_up()


def _parallel_map(
    func: Callable[[_T], _R],
    items: list[_T],
    workers: int | None,
    before_fork: Callable[[], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> Iterator[_R]:
    """``map`` in order, over worker processes when there is enough work to pay for them.

    ``before_fork`` runs in this process just before the workers start, only if they do: what
    it loads, forked workers share instead of each loading it again. ``meanwhile`` runs on a
    thread of this process once the workers have started, only if they do (this process only
    waits on their pipes then), and the map ends only when it is done: no thread of this
    process runs when it forks the next workers."""
    workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    if workers <= 1 or len(items) < PARALLEL_THRESHOLD:
        yield from map(func, items)
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    if before_fork is not None:
        before_fork()
    # Forked workers inherit every object of the parent (the lexicon, the articles): frozen,
    # the garbage collector of neither process walks them again, and a worker does not copy
    # the pages it would touch doing so.
    gc.freeze()
    pool = _Pool(ctx, func, items, workers)
    helper = None
    try:
        pool.start()
        if meanwhile is not None:
            helper = threading.Thread(target=meanwhile, name="factdesk-meanwhile", daemon=True)
            helper.start()
        yield from pool.results()
    finally:
        # stopped early (Ctrl-C, an error, a dead worker) or done, the workers end with it
        pool.stop()
        gc.unfreeze()
        if helper is not None:
            helper.join()


class _Pool:
    """Worker processes that extract chunks of the items, each worker over a pipe of its own.

    Neither multiprocessing's Pool nor concurrent.futures' executor: a worker killed mid-task
    (the OOM killer picks the largest process, often a worker on a big file) left Pool waiting
    for its result for ever, the build hung holding the build lock, and every later build
    waited on it. The executor notices such a death, but not one in the middle of sending a
    chunk's results: its manager thread waited for the rest of the message for ever, and
    Python joins that thread at exit, so a build stopped by Ctrl-C then said "interrupted" and
    hung; telling its workers from other children and unblocking that thread needed its
    private attributes. Here nothing runs in a thread: the build waits on its workers' pipes
    and on their ends (``Process.sentinel``) at once, a worker ended mid-message is an end of
    file on its pipe, and the pool's processes are the ones it started, no other child.

    Workers are sent chunk numbers, not chunks: forked, they have the items already (spawned,
    they get them once as an argument), so a task is a few bytes and each worker is sent the
    next one before it asks, never waiting on the build between chunks."""

    def __init__(self, ctx, func: Callable[[_T], _R], items: list[_T], workers: int) -> None:
        self.ctx, self.func, self.items, self.workers = ctx, func, items, workers
        self.chunks = _chunks(len(items), workers)
        self.done: dict[int, list] = {}
        self.sent = 0
        self.procs: list = []
        self.pipes: list = []

    def start(self) -> None:
        """Start the workers and give each its first chunks (:meth:`stop` ends those started,
        whatever happens here)."""
        for _ in range(min(self.workers, len(self.chunks))):
            mine, theirs = self.ctx.Pipe()
            self.pipes.append(mine)
            proc = self.ctx.Process(
                target=_work,
                args=(theirs, self.func, self.items, self.chunks, os.getpid()),
                daemon=True,
            )
            proc.start()
            theirs.close()  # only the worker holds its end: a worker gone is an end of file
            self.procs.append(proc)
        for pipe in self.pipes * TASKS_AHEAD:
            self._send(pipe)

    def _send(self, pipe) -> None:
        """Give a worker the next chunk, if any is left."""
        if self.sent < len(self.chunks):
            try:
                pipe.send(self.sent)
            except OSError:  # it died since it sent its last results (a broken pipe)
                raise _died() from None
            self.sent += 1

    def results(self) -> Iterator:
        """The results in the items' order, each chunk let go once read."""
        for index in range(len(self.chunks)):
            while index not in self.done:
                self._receive(None)
            self._receive(0)  # what is ready meanwhile, so no worker waits for its next task
            yield from self.done.pop(index)

    def _receive(self, timeout: float | None) -> None:
        """Take the results of every worker whose results are ready (waiting ``timeout``
        seconds for one, None: until one is), and send each the next chunk."""
        ends = {proc.sentinel: proc for proc in self.procs}
        for ready in multiprocessing.connection.wait([*self.pipes, *ends], timeout):
            if ready in ends:
                if self._pending(ready):  # its results may still be in the pipe: read first
                    continue
                raise _died()
            try:
                index, ok, value = ready.recv()
            except (EOFError, OSError):
                raise _died() from None
            if not ok:
                raise value
            self.done[index] = value
            self._send(ready)

    def _pending(self, sentinel) -> bool:
        """Whether the pipe of the worker whose end ``sentinel`` is still holds something."""
        pipe = self.pipes[[proc.sentinel for proc in self.procs].index(sentinel)]
        return not pipe.closed and pipe.poll()

    def stop(self) -> None:
        """End the workers, mid-task or idle: what they are extracting is for nobody."""
        for pipe in self.pipes:
            pipe.close()
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
        for proc in self.procs:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join()


TASKS_AHEAD = 2  # chunks a worker holds: one it extracts, the next for when it is done


def _chunks(count: int, workers: int) -> list[tuple[int, int]]:
    """(start, end) of each task: CHUNKSIZE items, then smaller ones towards the end.

    With equal chunks to the end, the workers finished up to a chunk apart, one idle while
    the other extracted its last 16 articles (at x1, about a tenth of a second of a two-second
    build). Once fewer items are left than every worker's tasks in hand and ahead would hold
    at full size, each chunk is a share of what is left, down to one item, so the workers end
    close together; every worker's first chunk is a full one all the same. The items and their
    order are the same whatever the chunks.
    """
    chunks: list[tuple[int, int]] = []
    start = 0
    while start < count:
        share = (count - start) // (workers * (TASKS_AHEAD + 1))
        size = CHUNKSIZE if len(chunks) < workers else max(1, min(CHUNKSIZE, share))
        chunks.append((start, min(start + size, count)))
        start += size
    return chunks


def _died() -> BuildError:
    return BuildError(
        "an extraction worker died (killed, or out of memory?); the database is unchanged"
    )


def _work(pipe, func: Callable, items: list, chunks: list[tuple[int, int]], parent: int) -> None:
    """In a worker: extract each chunk it is sent until the build closes its pipe; an error
    goes back as the chunk's result, for the build to raise."""
    _init_worker(parent)
    global _PIPE
    _PIPE = pipe
    while True:
        try:
            index = pipe.recv()
        except (EOFError, OSError):
            return
        start, end = chunks[index]
        try:
            reply = (index, True, [func(item) for item in items[start:end]])
        except Exception as exc:  # noqa: BLE001 - the build raises it, not the worker
            reply = (index, False, exc)
        try:
            pipe.send(reply)
        except (TypeError, AttributeError, ValueError, pickle.PicklingError):
            # an error that cannot be pickled goes as its text
            pipe.send((index, False, BuildError(f"{type(reply[2]).__name__}: {reply[2]}")))


_PIPE = None  # in a worker: its pipe to the build (a test sends part of a message on it)


def _init_worker(parent: int) -> None:
    """In a worker: leave Ctrl-C to the main process, which stops the pool and reports it
    in one line (each worker printed a KeyboardInterrupt traceback), and die with the build.

    A build killed outright (``kill -9``, the OOM killer, a service manager's stop timeout)
    left its workers extracting for nobody until they tried to send a result, when each printed
    two tracebacks of BrokenPipeError to the operator's terminal or log. On Linux the kernel now
    kills them silently the moment the build's process goes; and a result sent in the moment
    between the build's pipes closing and that signal ends the worker as a Unix tool ends on a
    closed pipe (SIGPIPE, which Python ignores), silently, not with a traceback. A worker
    writes nothing else: its results and errors go back to the build through the pool.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a build started by `factdesk build` turns SIGTERM and SIGHUP into an exception to clean
    # up its temp file; a forked worker has none to clean, and ends as before
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _die_with_parent()
    if os.getppid() != parent:  # the build died before the worker could ask for that
        os._exit(1)


PR_SET_PDEATHSIG = 1  # prctl(2): the signal this process gets when its parent dies


def _die_with_parent() -> None:
    """Ask the kernel for SIGKILL when the parent process dies (Linux); elsewhere, nothing."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _commit_file(temp: Path, db_path: Path) -> None:
    """Swap the finished database in atomically and make the swap durable; it keeps the
    permissions the operator gave the one it replaces."""
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    with contextlib.suppress(OSError):
        shutil.copymode(db_path, temp)
    os.replace(temp, db_path)
    with contextlib.suppress(OSError):
        dir_fd = os.open(db_path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


SQLITE_SIDECARS = ("-journal", "-wal", "-shm")


def _sweep_temp_files(db_path: Path) -> None:
    """Remove leftovers of builds that were killed; a live build's files are left alone.

    A killed build can leave a hot rollback journal next to its temp file. Left there, SQLite
    would roll it back into the next copy made under the same name (same pid: every build in a
    fresh container), silently changing that copy, so the journals go with the files.
    """
    for suffix in ("", *SQLITE_SIDECARS):
        for leftover in db_path.parent.glob(f"{TEMP_PREFIX}*-{db_path.name}{suffix}"):
            pid = leftover.name[len(TEMP_PREFIX) :].split("-", 1)[0]
            if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
                continue
            with contextlib.suppress(OSError):
                leftover.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fill_totals(report: BuildReport, db_path: Path) -> None:
    if not db_path.exists():
        return
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        for name in ("articles", "sentences", "facts", "entities"):
            setattr(report, name, conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0])
    finally:
        conn.close()
