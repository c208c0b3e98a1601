"""The SQLite fact database: schema, migrations, and writing one article's extraction.

Plain tables made with sqlite-utils, so ``datasette factdesk.db`` browses them usefully. The
articles are the source of truth and every other table is derived, which keeps migrations simple:
a schema change that cannot be applied in place marks every file for re-extraction.
"""

from __future__ import annotations

import contextlib
import shlex
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # loaded by connect(): reading a database for answers does not need it
    import sqlite_utils

from .errors import DatabaseError
from .interview import Line, replies, runs
from .model import Article, Extraction
from .sentence_words import FINGERPRINT, stored_words, turn_stems
from .story_heads import HEAD_SENTENCES, unique_stems

SCHEMA_VERSION = 8

# version -> SQL statements that bring a database from version-1 to version. A version without
# an entry is reached by re-extracting every article (the articles are the source of truth).
# 2: the vocabulary table (term document counts for rarity and typo fixes).
# 3: sentences.words, each sentence's words analysed by the build (facts.sentence_words).
# 4: articles.source, the file an article came from as the build keys it (its absolute path):
#    articles.path is the path as the operator gave it, which a later build, given the folder
#    another way, cannot match to the file.
# 5: replies, each interview reply sentence's interviewer's question and speaker (facts.interview).
# 6: head_stems, the stems only one article's headline and lead have (facts.story_heads).
# 7: articles.places, the countries, places and organisations its headline names
#    (facts.entities.headline_places), and articles.title_words, its headline's stems
#    (facts.sentence_words.headline_words), stored before its text (bot.corpus._ARTICLE_SELECT).
# 8: replies.asked_stems and replies.speaker_stems, the stems of a reply's interviewer's
#    question and speaker label (facts.sentence_words.turn_stems).
MIGRATIONS: dict[int, list[str]] = {}

FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"

_TABLES: dict[str, tuple[dict[str, type], dict[str, object]]] = {
    "meta": ({"key": str, "value": str}, {"pk": "key"}),
    "files": (
        {"path": str, "hash": str, "size": int, "articles": int, "extractor": int},
        {"pk": "path"},
    ),
    "articles": (
        {
            "id": str,
            "title": str,
            "path": str,
            "source": str,
            "row": int,
            "url": str,
            "published": str,
            "places": str,
            "title_words": str,
            "outlet": str,
            "author": str,
            "text": str,
            "hash": str,
            "sentences": int,
            "facts": int,
        },
        {"pk": "id", "not_null": {"title", "path", "text", "hash"}},
    ),
    "related": (
        {"article_id": str, "position": int, "headline": str},
        {"pk": ("article_id", "position"), "foreign_keys": [("article_id", "articles", "id")]},
    ),
    "sentences": (
        {
            "id": int,
            "article_id": str,
            "idx": int,
            "paragraph": int,
            "start": int,
            "end": int,
            "text": str,
            "is_title": int,
            "words": str,
        },
        {"pk": "id", "foreign_keys": [("article_id", "articles", "id")]},
    ),
    "vocabulary": ({"term": str, "df": int}, {"pk": "term"}),
    "entities": (
        {"id": str, "name": str, "kind": str, "role": str, "affiliation": str, "mentions": int},
        {"pk": "id"},
    ),
    "aliases": (
        {"alias": str, "entity_id": str, "article_id": str},
        {
            "pk": ("alias", "entity_id", "article_id"),
            "foreign_keys": [("entity_id", "entities", "id"), ("article_id", "articles", "id")],
        },
    ),
    # An interview's reply sentences (facts.interview.replies), by runs of sentences from
    # first_id to last_id (facts.interview.runs): the interviewer's question turn they answer
    # ("" if none) and their speaker's label, and the stems of each (facts.sentence_words.
    # turn_stems, read unless the database's words are outdated); only interviews have rows.
    "replies": (
        {
            "first_id": int,
            "last_id": int,
            "article_id": str,
            "asked": str,
            "speaker": str,
            "asked_stems": str,
            "speaker_stems": str,
        },
        {
            "pk": "first_id",
            "foreign_keys": [("first_id", "sentences", "id"), ("article_id", "articles", "id")],
        },
    ),
    # Each stem that one article's headline and lead have and no other article's
    # (facts.story_heads.unique_stems), worked out anew at the end of every build that writes
    # (refresh_head_stems); keyed by article, which is how answering asks for them.
    "head_stems": (
        {"article_id": str, "stem": str},
        {"pk": ("article_id", "stem"), "foreign_keys": [("article_id", "articles", "id")]},
    ),
    "mentions": (
        {
            "id": int,
            "sentence_id": int,
            "article_id": str,
            "entity_id": str,
            "start": int,
            "end": int,
            "text": str,
            "role": str,
        },
        {
            "pk": "id",
            "foreign_keys": [
                ("sentence_id", "sentences", "id"),
                ("article_id", "articles", "id"),
                ("entity_id", "entities", "id"),
            ],
        },
    ),
    "facts": (
        {
            "id": int,
            "sentence_id": int,
            "article_id": str,
            "kind": str,
            "subject": str,
            "subject_entity": str,
            "predicate": str,
            "object": str,
            "object_entity": str,
            "place": str,
            "time": str,
            "speaker": str,
            "negated": int,
            "hedge": str,
        },
        {
            "pk": "id",
            "foreign_keys": [
                ("sentence_id", "sentences", "id"),
                ("article_id", "articles", "id"),
                ("subject_entity", "entities", "id"),
                ("object_entity", "entities", "id"),
            ],
        },
    ),
}

_INDEXES = [
    ("sentences", ["article_id", "idx"]),
    # (entity_id, alias) covers the answering side's alias lexicon query: no table look-ups
    # for each of the alias rows (a million at x100), start-up 1.5 s -> 0.55 s there.
    ("aliases", ["entity_id", "alias"]),
    ("aliases", ["article_id"]),
    # A candidate's mentions and facts are read by sentence id (bot.corpus.mentions_in,
    # facts_for_sentences). On a large corpus a question's ~50 candidates lie in ~25 articles
    # whose pages are read for the first time, and each page SQLite reads is a system call: the
    # entity id in the mentions index spares a look-up of every mention's row, and the
    # predicate and speaker in the facts index let a question's filter drop the facts it does
    # not weigh (about six in seven) before their rows are read; the fact id, second, keeps
    # each sentence's facts in the order they were stored. Replaying the SQL of the 40 bench
    # questions at x100 in a fresh process: pages read 200 -> 172 a question (mentions
    # 32.9 -> 16.4, facts 39.5 -> 27.2), their CPU time about 0.77 -> 0.56 ms on a loaded
    # machine. Same rows, same order where it matters (mentions are read into sets).
    ("mentions", ["sentence_id", "entity_id"]),
    ("mentions", ["entity_id"]),
    ("mentions", ["article_id"]),
    ("facts", ["sentence_id", "id", "predicate", "speaker"]),
    ("facts", ["article_id"]),
    ("facts", ["subject_entity", "predicate"]),
    ("facts", ["object_entity"]),
    ("replies", ["article_id"]),
    ("facts", ["predicate"]),
    ("articles", ["path"]),
    # covers the details answering reads of each candidate's article (bot.corpus._ARTICLE_SELECT):
    # the table stores each article's row with the head of its text, about a page per article,
    # where the index packs dozens to a page. At x100, 30 articles read for the first time took
    # 0.45 ms, 0.2 ms through the index (answers unchanged: the same values, looked up by id).
    # The sentence count, last, spares counting each candidate article's sentence rows.
    (
        "articles",
        ["id", "title", "path", "url", "published", "places", "title_words", "sentences"],
    ),
]


_NULL = {}.get  # a C function that gives None back for any value


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open a database file for writing, with settings tuned for one bulk writer."""
    # sqlite3 binds str, int and float directly, but looks a None up as a value to adapt, and
    # its failed look-ups of __adapt__ and __conform__ cost more than the insert of the value
    # (a build binds hundreds of NULLs per article). An adapter of its own keeps them NULL.
    sqlite3.register_adapter(type(None), _NULL)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")
    return import_sqlite_utils().Database(conn)


def import_sqlite_utils() -> ModuleType:
    """The sqlite_utils module, imported without numpy and pandas.

    sqlite_utils imports both when they are installed, only to map their scalar types to column
    types; factdesk never inserts such values, and importing numpy cost a build 0.1 s of CPU
    (a third of a millisecond an article for the Wikinews corpus). Modules already imported are
    used as they are.
    """
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # makes their import fail
    try:
        import sqlite_utils
    finally:
        for name in blocked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils


# How long a read waits for another program's write to the database to finish before the
# database is reported locked (sqlite3's own default). factdesk's builds never write to the file
# answers are read from (they replace it), so only another program holds it that long.
BUSY_TIMEOUT = 5.0

# SQLite's error codes (and, for Python 3.10, which does not give the code, its wording) for a
# file another program is writing to, and for one it cannot read as a database any more (a
# failing disk, a copy cut short, pages overwritten). The full-text index words a lock as
# "vtable constructor failed", so the code comes first.
_LOCKED = (("SQLITE_BUSY", "SQLITE_LOCKED"), ("database is locked", "database table is locked"))
_DAMAGED = (("SQLITE_CORRUPT", "SQLITE_IOERR"), ("malformed", "disk i/o error"))


def _is(exc: sqlite3.Error, kind: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    codes, words = kind
    name = getattr(exc, "sqlite_errorname", None) or ""
    return name.startswith(codes) or any(w in str(exc).lower() for w in words)


def is_locked(exc: sqlite3.Error) -> bool:
    """Whether SQLite failed because another program holds the file locked."""
    return _is(exc, _LOCKED)


def read_failure(path: str | Path, exc: sqlite3.Error) -> DatabaseError | None:
    """The one-line error for an SQLite failure that is the database file's doing rather than a
    bug: another program holds it locked, or it is damaged. None for anything else."""
    if _is(exc, _LOCKED):
        return DatabaseError(
            f"{path} is locked by another program writing to it ({exc}); try again when it is done"
        )
    if _is(exc, _DAMAGED):
        return DatabaseError(f"{path} is damaged ({exc}); move it away and run {build_hint(path)}")
    return None


def build_hint(path: str | Path) -> str:
    """The command that builds this database, quoted for a shell: a bare `factdesk build` makes
    the configured database, not one given with --db."""
    return f"`factdesk build --db {shlex.quote(str(path))}`"


def not_a_regular_file(db_path: Path) -> str:
    """What to say of a device or a pipe given as the database (``--db /dev/null``)."""
    return (
        f"{db_path} is not a regular file (a device or a pipe): point --db (or `database:`) at "
        "a file"
    )


def missing_folder(db_path: Path) -> str:
    """What to say when the database's folder does not exist. Nothing creates it: an operator's
    typo in ``--db`` or ``database:`` is then one line, not a stray folder and a fresh build."""
    return (
        f"no folder {db_path.parent} for the database {db_path.name}: create it, or correct "
        "--db (or `database:` in config.yaml)"
    )


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing database for answering; raises :class:`DatabaseError` if unusable."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder: point --db (or `database:`) at a file in it")
    if path.exists() and not path.is_file():
        raise DatabaseError(not_a_regular_file(path))
    if not path.is_file():
        raise DatabaseError(f"no fact database at {path} (run {build_hint(path)})")
    conn = None
    try:
        conn = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT
        )
        conn.execute("PRAGMA query_only = 1")
        version = schema_version(conn)
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        failure = read_failure(path, exc)
        raise failure or DatabaseError(f"{path} is not a factdesk database ({exc})") from None
    if version is None:
        conn.close()
        if path.stat().st_size:  # another program's: the build refuses to touch it
            raise DatabaseError(
                f"{path} is not a factdesk database but another program's: move it, or point "
                "--db (or `database:`) elsewhere"
            )
        raise DatabaseError(f"{path} is not a factdesk database (run {build_hint(path)})")
    if version > SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(  # which the build refuses to touch: no use sending the user there
            f"{path} was made by a newer factdesk (schema {version} > {SCHEMA_VERSION}): "
            "upgrade factdesk, or build another database with --db"
        )
    if version != SCHEMA_VERSION:
        conn.close()
        raise DatabaseError(
            f"{path} has schema version {version}, this factdesk needs {SCHEMA_VERSION} "
            f"(run {build_hint(path)} to upgrade it)"
        )
    return conn


def schema_version(conn: sqlite3.Connection) -> int | None:
    """The stored schema version, or None for a file that is not a factdesk database."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not exists:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        return None
    try:
        return int(row[0])
    except (TypeError, ValueError):
        return None  # another program's `meta` table, a common name


def extracted_before(conn: sqlite3.Connection, version: int) -> bool:
    """Whether any file in the database was read by extraction rules older than ``version``:
    its facts miss what the newer rules find until the next build re-reads it."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'files'"
    ).fetchone()
    if not exists:
        return False
    return (
        conn.execute("SELECT 1 FROM files WHERE extractor < ? LIMIT 1", (version,)).fetchone()
        is not None
    )


def ensure_schema(db: sqlite_utils.Database) -> bool:
    """Create or migrate the schema. Returns True when every file must be re-extracted."""
    version = schema_version(db.conn)
    if version is None:
        _create(db)
        return True
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"database schema version {version} is newer than this factdesk ({SCHEMA_VERSION})"
        )
    if version == SCHEMA_VERSION:
        _create_indexes(db)  # an index added since the database was made (it changes no data)
    reextract = False
    for target in range(version + 1, SCHEMA_VERSION + 1):
        steps = MIGRATIONS.get(target)
        if steps is None:  # no in-place path: start the derived tables afresh
            for table in list(db.table_names()):
                if not table.startswith("sentences_fts"):
                    db[table].drop(ignore=True)
            _drop_fts(db)
            _create(db)
            return True
        for statement in steps:
            db.execute(statement)
        reextract = True
    set_meta(db, schema_version=str(SCHEMA_VERSION))
    return reextract


def _drop_fts(db: sqlite_utils.Database) -> None:
    for table in db.table_names():
        if table.startswith("sentences_fts"):
            db.execute(f"DROP TABLE IF EXISTS [{table}]")


def _create(db: sqlite_utils.Database) -> None:
    for name, (columns, options) in _TABLES.items():
        db[name].create(columns, if_not_exists=True, **options)
    _create_indexes(db)
    db["sentences"].enable_fts(
        ["text"], fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE, replace=True
    )
    # fts5vocab exposes each term's document count, the corpus half of word rarity.
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts_vocab USING fts5vocab(sentences_fts, row)"
    )
    set_meta(db, schema_version=str(SCHEMA_VERSION), words_fingerprint=FINGERPRINT)


# Indexes that a wider one in _INDEXES replaced (its first columns are theirs): dropped from a
# database made before, which SQLite's planner would otherwise go on using.
_RETIRED_INDEXES = (
    "idx_mentions_sentence_id",
    "idx_facts_sentence_id",
    "idx_articles_id_title_path_url_published_places_title_words",
)


def _create_indexes(db: sqlite_utils.Database) -> None:
    for table, columns in _INDEXES:
        db[table].create_index(columns, if_not_exists=True)
    for name in _RETIRED_INDEXES:
        db.execute(f"DROP INDEX IF EXISTS [{name}]")


def words_outdated(conn: sqlite3.Connection) -> bool:
    """Whether another version of the analysis made the stored sentence analyses (see
    :data:`facts.sentence_words.FINGERPRINT`): the next build redoes them, answering ignores
    them."""
    return get_meta(conn, "words_fingerprint") != FINGERPRINT


def refresh_vocabulary(db: sqlite_utils.Database) -> None:
    """Copy the full-text index's term document counts into a plain table.

    fts5vocab computes each count by reading the term's posting list, which costs milliseconds a
    word on a large corpus; answering looks up several words per question, and typo fixes scan
    a range of terms, so the counts are materialised once per build. The caller holds the
    transaction, after the index is complete.
    """
    db.execute("DELETE FROM vocabulary")
    db.execute("INSERT INTO vocabulary (term, df) SELECT term, doc FROM sentences_fts_vocab")


def refresh_head_stems(db: sqlite_utils.Database) -> None:
    """Store anew the stems only one article's headline and lead have (facts.story_heads),
    from every article's stored first sentences: whether a stem is one article's alone changes
    with any article added, changed or removed, anywhere in the corpus. The caller holds the
    transaction, after every article is written; about 0.05 s for 2,950 articles."""
    heads = db.execute(
        "SELECT article_id, text FROM sentences WHERE idx < ?", (HEAD_SENTENCES,)
    ).fetchall()
    db.execute("DELETE FROM head_stems")
    db.conn.executemany(
        "INSERT INTO head_stems (article_id, stem) VALUES (?,?)",
        unique_stems(heads),
    )


def set_meta(db: sqlite_utils.Database, **values: str) -> None:
    db["meta"].upsert_all(({"key": k, "value": v} for k, v in values.items()), pk="key")


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def delete_articles(db: sqlite_utils.Database, article_ids: Iterable[str]) -> None:
    """Remove articles and every row derived from them, so nothing stale can be cited."""
    ids = list(article_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for table in (
            "facts",
            "mentions",
            "aliases",
            "related",
            "replies",
            "head_stems",
            "sentences",
        ):
            db.execute(f"DELETE FROM [{table}] WHERE article_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM articles WHERE id IN ({marks})", chunk)


def prune_entities(db: sqlite_utils.Database, entity_ids: Iterable[str] | None = None) -> None:
    """Drop entities no article mentions any more and refresh mention counts.

    With ``entity_ids``, only those entities are checked: an incremental build knows which ones
    its deleted and added articles touched, and need not recount a whole large database.
    """
    if entity_ids is None:
        db.execute(
            "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions) "
            "AND id NOT IN (SELECT entity_id FROM aliases)"
        )
        db.execute(
            "UPDATE entities SET mentions = "
            "(SELECT count(*) FROM mentions WHERE mentions.entity_id = entities.id)"
        )
        return
    ids = sorted(set(entity_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(
            f"DELETE FROM entities WHERE id IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM mentions WHERE mentions.entity_id = entities.id)"
            " AND NOT EXISTS (SELECT 1 FROM aliases WHERE aliases.entity_id = entities.id)",
            chunk,
        )
        db.execute(
            "UPDATE entities SET mentions ="
            " (SELECT count(*) FROM mentions WHERE mentions.entity_id = entities.id)"
            f" WHERE id IN ({marks})",
            chunk,
        )


def entities_of(db: sqlite_utils.Database, article_ids: Iterable[str]) -> set[str]:
    """Entities the given articles mention or name: the ones to re-check after deleting them."""
    ids = list(article_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for table in ("mentions", "aliases"):
            found.update(
                entity
                for (entity,) in db.execute(
                    f"SELECT DISTINCT entity_id FROM [{table}] WHERE article_id IN ({marks})",
                    chunk,
                ).fetchall()
            )
    return found


class ArticleRows(NamedTuple):
    """One article's extraction as plain tuples, in the column order of their tables.

    Built in the extraction worker: tuples of strings and ints cross the process boundary about
    four times cheaper than the frozen dataclasses of :class:`Extraction`. Sentence positions
    are the article's own (0 = title); :func:`write_rows` turns them into database ids.
    """

    sentences: list[tuple]  # (index, paragraph, start, end, text, is_title, words)
    entities: list[tuple]  # (id, name, kind, role, affiliation)
    aliases: list[tuple]  # (alias, entity id)
    mentions: list[tuple]  # (sentence index, entity id, start, end, text, role)
    facts: list[tuple]  # (sentence index, kind, subject, ... hedge), see write_rows
    # (first index, last index, asked, speaker): facts.interview.runs; then asked's and
    # speaker's stems (facts.sentence_words.turn_stems)
    replies: list[tuple]
    places: str  # what the headline names (facts.entities.headline_places)
    title_words: str  # the headline's stems (facts.sentence_words.headline_words)


def article_rows(extraction: Extraction) -> ArticleRows:
    return ArticleRows(
        sentences=[
            (s.index, s.paragraph, s.start, s.end, s.text, int(s.is_title), stored_words(s.text))
            for s in extraction.sentences
        ],
        entities=[(e.id, e.name, e.kind, e.role, e.affiliation) for e in extraction.entities],
        aliases=[(alias, entity) for alias, entity in extraction.aliases],
        mentions=[
            (m.sentence, m.entity, m.start, m.end, m.text, m.role) for m in extraction.mentions
        ],
        facts=[
            (
                f.sentence,
                f.kind,
                f.subject,
                f.subject_entity,
                f.predicate,
                f.object,
                f.object_entity,
                f.place,
                f.time,
                f.speaker,
                int(f.negated),
                f.hedge,
            )
            for f in extraction.facts
        ],
        replies=[
            (*run, turn_stems(run[2]), turn_stems(run[3]))
            for run in runs(
                replies(
                    [Line(s.index, s.paragraph, s.text, s.is_title) for s in extraction.sentences]
                )
            )
        ],
        places=extraction.places,
        title_words=extraction.title_words,
    )


def write_article(
    db: sqlite_utils.Database, article: Article, extraction: Extraction, source: str | None = None
) -> None:
    """Insert one article and its extraction. The caller holds the transaction."""
    write_rows(db, article, article_rows(extraction), source)


def write_rows(
    db: sqlite_utils.Database,
    article: Article,
    rows: ArticleRows,
    source: str | None = None,
    *,
    index_text: bool = False,
) -> None:
    """Insert one article and its extracted rows. The caller holds the transaction.
    ``source`` is the key of the file it came from (see facts.articles.SourceFile), by default
    its path. ``index_text``: add the sentences to the full-text index here, as a bulk load
    (:func:`bulk_load`, whose triggers are off) must."""
    conn = db.conn
    aid = article.id
    conn.execute(
        "INSERT INTO articles (id, title, path, source, row, url, published, places,"
        " title_words, outlet, author, text, hash, sentences, facts)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            aid,
            article.title,
            article.path,
            article.path if source is None else source,
            article.row,
            article.url,
            article.published,
            rows.places,
            rows.title_words,
            article.outlet,
            article.author,
            article.text,
            article.hash,
            len(rows.sentences),
            len(rows.facts),
        ),
    )
    if article.related:
        conn.executemany(
            "INSERT INTO related (article_id, position, headline) VALUES (?,?,?)",
            [(aid, i, h) for i, h in enumerate(article.related)],
        )
    base = _next_id(conn, "sentences")
    conn.executemany(
        "INSERT INTO sentences (id, article_id, idx, paragraph, start, [end], text, is_title,"
        " words) VALUES (?,?,?,?,?,?,?,?,?)",
        [(base + s[0], aid, *s) for s in rows.sentences],
    )
    if index_text:
        # One row a statement, as the triggers and `rebuild` add them: FTS5 keeps the terms
        # in memory until they fill its hash and writes the same segments, where a statement
        # of many rows (INSERT ... SELECT) opened a savepoint that wrote each article's terms
        # out as a segment of its own.
        conn.executemany(
            "INSERT INTO sentences_fts (rowid, text) VALUES (?,?)",
            [(base + s[0], s[4]) for s in rows.sentences],
        )
    conn.executemany(
        "INSERT INTO entities (id, name, kind, role, affiliation, mentions) VALUES (?,?,?,?,?,0)"
        " ON CONFLICT(id) DO UPDATE SET"
        " role = coalesce(entities.role, excluded.role),"
        " affiliation = coalesce(entities.affiliation, excluded.affiliation)",
        rows.entities,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO aliases (alias, entity_id, article_id) VALUES (?,?,?)",
        [(alias, entity, aid) for alias, entity in rows.aliases],
    )
    conn.executemany(
        "INSERT INTO mentions (sentence_id, article_id, entity_id, start, [end], text, role)"
        " VALUES (?,?,?,?,?,?,?)",
        [(base + m[0], aid, *m[1:]) for m in rows.mentions],
    )
    conn.executemany(
        "INSERT INTO facts (sentence_id, article_id, kind, subject, subject_entity, predicate,"
        " object, object_entity, place, time, speaker, negated, hedge)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(base + f[0], aid, *f[1:]) for f in rows.facts],
    )
    conn.executemany(
        "INSERT INTO replies (first_id, last_id, article_id, asked, speaker, asked_stems,"
        " speaker_stems) VALUES (?,?,?,?,?,?,?)",
        [(base + r[0], base + r[1], aid, *r[2:]) for r in rows.replies],
    )


@contextlib.contextmanager
def bulk_load(db: sqlite_utils.Database) -> Iterator[None]:
    """Fill an empty database fast: without secondary indexes and full-text triggers.

    Maintaining a dozen indexes and the FTS5 triggers row by row costs about three times the
    inserts themselves; building each index once from sorted data at the end gives the same
    database. The full-text index is filled by the caller as it writes each article's
    sentences (``write_rows(..., index_text=True)``), in the same order, with the same shadow
    tables as one ``rebuild`` pass at the end: the build's writer does it while the workers
    extract the next articles, where the ``rebuild`` ran after the last one with one core idle
    (at x100 about 8.7 of the end's 31 CPU seconds). The caller holds the transaction; if the
    block fails, nothing is recreated (the build discards the file anyway).
    """
    conn = db.conn
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master"
        " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _ in saved:
        conn.execute(f"DROP {kind.upper()} [{name}]")
    yield
    for _, _, sql in sorted(saved, key=lambda row: row[0]):  # indexes first, then triggers
        conn.execute(sql)


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM [{table}]").fetchone()[0]
