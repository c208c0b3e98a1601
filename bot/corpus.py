"""Read access to the fact database for answering: index lookups only, never a corpus scan.

One :class:`Corpus` wraps one read-only SQLite connection to one build of the database. Answering
takes a reference to the current corpus at the start of a question, so a ``/reload`` that swaps in
a new build never mixes two builds within one answer.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
import unicodedata
import weakref
from collections.abc import Collection, Iterable, Sequence
from itertools import accumulate, chain
from pathlib import Path
from typing import NamedTuple

import Stemmer
from rapidfuzz import fuzz, process

from facts.entities import read_places
from facts.errors import DatabaseError
from facts.interview import unrun
from facts.sentence_words import HeadlineWords, read_headline_words, read_turn_stems
from facts.store import build_hint, get_meta, open_readonly, read_failure, words_outdated
from facts.story_heads import HEAD_SENTENCES, unique_stems
from facts.words import plain

from .article_ids import folded, title_key, typed_forms
from .bounded import keep, kept_and_missing
from .errors import UnknownArticleError
from .model import ArticleInfo, Citation

# how alike (rapidfuzz's ratio, 0 to 100) an id that names no article must be to a stored one
# for the error to name it: a feed id's 8-letter hash left off a 40-letter slug is about 91
NEAR_ID_SCORE = 85
_FEED_HASH = re.compile(r"-[0-9a-f]{8}")

# SQLite's FTS5 `porter` tokenizer implements the original Porter algorithm; the same algorithm
# maps our words to its index terms for document-frequency lookups.
_FTS_STEMMER = Stemmer.Stemmer("porter")


class SentenceRow(NamedTuple):
    """A sentence with its article's details, as the ranker and the citations need them.

    A named tuple rather than a frozen dataclass: immutable alike, and built in a third of the
    time (a question reads about fifty)."""

    id: int
    article: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    is_title: bool
    title: str
    path: str
    url: str | None
    published: str | None
    words: str | None = None  # the build's analysis of the sentence's words, for the ranker
    # an interview reply's context: the stems of the question it answers (bot.interview)
    turn: frozenset[str] | None = None
    # the countries, places and organisations its headline names, as the build stored them with
    # its article (facts.entities.read_places): the ranker's title match reads them
    places: frozenset[str] | None = None
    # its headline's stems, as the build stored them with its article (None where another
    # version of the analysis made them: words_outdated): the ranker's title matches read them
    title_words: HeadlineWords | None = None

    def citation(self, score: float) -> Citation:
        return Citation(
            article=self.article,
            title=self.title,
            path=self.path,
            paragraph=self.paragraph,
            sentence=self.text,
            start=self.start,
            end=self.end,
            score=score,
            sentence_id=self.id,
            index=self.index,
            url=self.url,
            published=self.published,
        )


# Roles whose holder a country or organisation's name stands for in news wording.
LEADER_ROLES = frozenset(
    {
        "president",
        "prime minister",
        "chancellor",
        "premier",
        "king",
        "queen",
        "chief",
        "secretary-general",
        "leader",
    }
)

# The columns of a fact that answering reads (bot.decide: the evidence and the lead line).
FACT_COLUMNS = (
    "subject",
    "subject_entity",
    "predicate",
    "object",
    "object_entity",
    "place",
    "time",
    "speaker",
)

_SENTENCE_COLUMNS = "id, article_id, idx, paragraph, start, [end], text, is_title"
_SENTENCE_SELECT = f"SELECT {_SENTENCE_COLUMNS}, words FROM sentences"
# For a database whose stored analyses another version of the analysis made: the ranker then
# analyses the sentences itself, as before they were stored.
_SENTENCE_SELECT_UNANALYSED = f"SELECT {_SENTENCE_COLUMNS}, NULL FROM sentences"
# What a sentence row takes from its article, and the article's sentence count, read once per
# article (see Corpus._articles) off the index that covers them (facts.store._INDEXES): the
# table keeps a long article's text in overflow pages that SQLite walks to reach a column after
# it, as ``sentences`` is (at 100x the corpus, reading the count with the details of 30 articles
# from the table took 1.6-3 ms instead of 0.2 ms).
_ARTICLE_SELECT = (
    "SELECT id, title, path, url, published, places, title_words, sentences FROM articles"
)
_INTERVIEWS_SELECT = "SELECT DISTINCT article_id FROM replies"
_REPLIES_SELECT = (
    "SELECT first_id, last_id, asked, speaker, asked_stems, speaker_stems FROM replies"
    " WHERE article_id = ? ORDER BY first_id"
)
ARTICLE_CACHE = 65536  # articles whose details stay in memory (~0.3 KB each)
_HEAD_STEMS_SELECT = "SELECT stem FROM head_stems WHERE article_id = ?"
_STORY_HEADS_SELECT = f"SELECT article_id, text FROM sentences WHERE idx < {HEAD_SENTENCES}"
_HEADS_SELECT = "SELECT id, idx, text FROM sentences WHERE article_id = ? AND idx < ? ORDER BY idx"
SEARCH_CACHE = 1024  # full-text queries whose results stay in memory (~3 KB each)
SENTENCE_CACHE = 8192  # sentences kept in memory (~0.8 KB each with their stored analysis)
HEADS_CACHE = 512  # articles whose first sentences stay in memory (article_heads: ~10 KB each)
HEAD_FINDS = 64  # word beginnings whose finds are kept per article (head_finds: ~150 B each)
# SQLite's own page cache for the answering connection, in KiB (its default is 2,000). A
# question's reads fall on the same pages again and again (the full-text index's terms and the
# document sizes bm25() reads for each of up to 1,500 matches, the upper levels of every
# index), and each page SQLite does not keep is a pread() of the file again, about 3 us on the
# 2-core bench machine. Counted with strace over the 40 bench questions after the warm-up, at
# x1 / x10 / x100: 2,483 / 8,461 / 14,825 reads with the default, 1,288 / 3,228 / 6,889 with
# this (x100: 8,439 at 16 MiB, 6,877 at 64 MiB). The cache fills only as pages are read (peak
# RSS at x100 101 -> 132 MB, 116 at 16 MiB) and is SQLite's own: checked against the file at
# every read, it cannot go stale when a build replaces the database. Answers are the same.
PAGE_CACHE_KIB = 32768


def fts_term(word: str) -> str:
    """The FTS5 index term a lower-cased word is stored under."""
    return _FTS_STEMMER.stemWord(word)


def fts_literal(word: str) -> str:
    """Quote a word as an FTS5 string, so no user input is read as query syntax."""
    return '"' + word.replace('"', '""') + '"'


def _raise_read_failure(path: Path, exc: sqlite3.DatabaseError) -> None:
    """Raise a failure that is the database file's (another program holds it locked, or it is
    damaged) as a :class:`DatabaseError` naming the file; anything else, a bug, the caller
    re-raises as it is."""
    failure = read_failure(path, exc)
    if failure is None and getattr(exc, "sqlite_errorname", None) == "SQLITE_NOTADB":
        # opened as a database, it is none now: the file was written over in place (`cp` of
        # another build onto it, where the README says to swap one in atomically), and each
        # question was an "internal error: DatabaseError: vtable constructor failed"
        failure = DatabaseError(
            f"{path} is no database any more ({exc}): it was written over while in use; "
            f"rebuild it with {build_hint(path)}, or swap a build in whole, then reload"
        )
    if failure is not None:
        raise failure from exc


def _in_list(values: Sequence[object]) -> tuple[str, list[object]]:
    """The placeholders of an SQL ``IN (...)`` list for ``values`` and the parameters to bind,
    padded with NULLs to the next power of two. sqlite3 keeps 128 prepared statements, one per
    SQL text, and a list of another length is another text: a question's candidates, their
    facts, mentions and articles made lists of 1 to 100 items, so the statements for them were
    prepared anew again and again: 128 preparations over the 40 bench questions after the
    warm-up, 1% of their instructions (callgrind, x1). Padded, they share the warm-up's
    statements, and binding the NULLs costs SQLite a little: 30.72 -> 30.64 M instructions a
    question. (A larger statement cache alone, 1,024: 30.68 M, as most lengths were new to the
    process.) A NULL matches no row of ``x IN (...)`` (it is NULL, not true, where nothing else
    matches), so the rows found are the same."""
    size = 1 << max(0, len(values) - 1).bit_length()
    return ",".join("?" * size), [*values, *[None] * (size - len(values))]


# Between the texts of one article searched at once (Corpus.lowered_heads): no beginning of a
# word holds it, so a word beginning found in the joined text lies within one sentence.
HEAD_SEPARATOR = "\n"


class Corpus:
    """A read-only view of one build of the fact database."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._conn = open_readonly(self.path)
        # Closed as soon as nothing uses this corpus (the last answer on a build replaced by
        # /reload has finished): a connection sits in a reference cycle of Python's sqlite3,
        # so left to the garbage collector it kept a replaced database file open, and its disk
        # space taken, until a full collection, or for good once `factdesk run` froze it.
        weakref.finalize(self, self._conn.close)
        self._lock = threading.Lock()
        try:
            self._conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
            self.built_at = get_meta(self._conn, "built_at")
            outdated = words_outdated(self._conn)
        except sqlite3.DatabaseError as exc:
            _raise_read_failure(self.path, exc)
            raise
        self._select = _SENTENCE_SELECT_UNANALYSED if outdated else _SENTENCE_SELECT
        self.sentence_count = self._one("SELECT count(*) FROM sentences") or 0
        self.article_count = self._one("SELECT count(*) FROM articles") or 0
        # every index term's document frequency, in memory: a question looks up a dozen words
        # and a new one took 20-35 us in SQLite, while the whole table (11,000 terms from 295
        # articles, 19,000 from 100 times as many) loads once in 10-15 ms and takes 1-2 MB
        self._vocabulary: dict[str, int] = dict(self._all("SELECT term, df FROM vocabulary"))
        # the index terms it keeps letters of that a member types plainly (its tokenizer drops
        # accents, not "ł" or "æ": "paweł" stays, and "pawel" matched nothing and was
        # "corrected" to Patel), by their plain spelling: a few hundred of 11,000 terms
        self._plain_terms: dict[str, str] = {}
        for term in self._vocabulary:
            if not term.isascii():
                typed = plain(term)
                if typed != term and typed not in self._vocabulary:
                    self._plain_terms.setdefault(typed, term)
        # every fact predicate (about 400 verbs, whatever the corpus's size; read off their
        # index in milliseconds): what a question weighs of the facts is chosen among them
        self.predicates: frozenset[str] = frozenset(
            p for (p,) in self._all("SELECT DISTINCT predicate FROM facts") if p is not None
        )
        # the interviews, the only articles with replies (a few dozen of 295 in the Wikinews
        # corpus; one look-up in the replies index): any other article's turns are known to be
        # none without a query on the first sight of each candidate's article (reply_turns)
        self._interviews = frozenset(a for (a,) in self._all(_INTERVIEWS_SELECT))
        self._article_details: dict[str, tuple] = {}
        self._folded_ids: dict[str, tuple[str, ...]] | None = None  # (ids_but_case)
        self._head_stems: dict[str, frozenset[str]] = {}  # article id -> (head_stems)
        self._recount_heads = outdated  # the stored head_stems stemmed by another version
        self._outdated = outdated  # and the stored title words (_articles)
        self._recounted: dict[str, frozenset[str]] | None = None  # (_recounted_heads)
        self._sentences: dict[int, SentenceRow] = {}  # (sentences)
        self._mentions: dict[int, frozenset[str]] = {}  # sentence id -> (mentions_in)
        self._searches: dict[tuple, tuple[tuple[int, float], ...]] = {}  # (search)
        # (article id, limit) -> its first sentences (article_heads)
        self._heads: dict[tuple[str, int], tuple[tuple[int, int, str], ...]] = {}
        # (article id, limit) -> those sentences lower-cased and joined (lowered_heads)
        self._lowered: dict[tuple[str, int], tuple[str, tuple[int, ...]]] = {}
        # (article id, limit) -> word beginning -> which of those sentences have it (head_finds)
        self._finds: dict[tuple[str, int], dict[str, tuple[int, ...]]] = {}

    # -- plumbing -------------------------------------------------------------------------
    # Every read goes through these three. A database that another program locks while it is
    # being answered from, or whose file gets damaged, fails as a DatabaseError naming the file
    # and what is wrong with it, which the CLI prints in one line; it was an "internal error".
    def _one(self, sql: str, params: Sequence[object] = ()) -> object:
        try:
            with self._lock:
                row = self._conn.execute(sql, params).fetchone()
        except sqlite3.DatabaseError as exc:
            _raise_read_failure(self.path, exc)
            raise
        return row[0] if row else None

    def _all(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        try:
            with self._lock:
                return self._conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            _raise_read_failure(self.path, exc)
            raise

    def _named(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        """Like _all, with rows read by column name."""
        try:
            with self._lock:
                cursor = self._conn.cursor()
                cursor.row_factory = sqlite3.Row
                return cursor.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            _raise_read_failure(self.path, exc)
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- words ----------------------------------------------------------------------------
    def document_frequency(self, word: str) -> int:
        """How many sentences contain ``word`` (after the index's own stemming), also typed
        without a letter the index keeps ("pawel" for "paweł")."""
        return int(self._vocabulary.get(self._indexed(word)) or 0)

    def _indexed(self, word: str) -> str:
        """The index term of ``word``: its own, or the one it is the plain spelling of."""
        term = fts_term(word.lower())
        if term in self._vocabulary or not self._plain_terms:
            return term
        return self._plain_terms.get(term, term)

    def idf(self, word: str) -> float:
        n = max(1, self.sentence_count)
        df = self.document_frequency(word)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def similar_terms(self, word: str, limit: int = 400) -> list[tuple[str, int]]:
        """Index terms sharing ``word``'s first two letters: the candidates for a typo fix."""
        prefix = fts_term(word.lower())[:2]
        if len(prefix) < 2:
            return []
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return [
            (term, doc)
            for term, doc in self._all(
                "SELECT term, df FROM vocabulary WHERE term >= ? AND term < ?"
                " ORDER BY df DESC LIMIT ?",
                (prefix, upper, limit),
            )
        ]

    # -- sentences ------------------------------------------------------------------------
    def search(
        self,
        words: Iterable[str],
        *,
        limit: int = 200,
        article: str | None = None,
        every: bool = False,
        ranked: bool = True,
    ) -> list[tuple[int, float]]:
        """Sentence ids matching any of ``words`` (all of them with ``every``), best bm25 first:
        the candidate lookup. With ``ranked=False`` the first ``limit`` matches in index order,
        unscored (0.0): FTS5 then stops reading after ``limit`` rows instead of scoring every
        match, which is what makes a very common word affordable on a large corpus.

        Kept per build (up to :data:`SEARCH_CACHE` queries): a typo'd question, once corrected,
        and a question asked again in other words often make the same query (10 of the 79 of
        the 40 bench questions), and the index's scoring was the costliest part of reading."""
        joiner = " AND " if every else " OR "
        query = joiner.join(fts_literal(self._spelled(w)) for w in dict.fromkeys(words) if w)
        if not query:
            return []
        score = "bm25(sentences_fts)" if ranked else "0.0"
        sql = f"SELECT rowid, {score} FROM sentences_fts WHERE sentences_fts MATCH ?"
        params: list[object] = [query]
        if article is not None:
            sql += " AND rowid IN (SELECT id FROM sentences WHERE article_id = ?)"
            params.append(article)
        sql += " ORDER BY bm25(sentences_fts) LIMIT ?" if ranked else " LIMIT ?"
        params.append(limit)
        key = (sql, *params)
        found = self._searches.get(key)
        if found is None:
            try:
                found = tuple((rowid, -score) for rowid, score in self._all(sql, params))
            except sqlite3.OperationalError:
                return []  # a query the index cannot parse: no candidates rather than a crash
            keep(self._searches, key, found, SEARCH_CACHE)
        return list(found)

    def _spelled(self, word: str) -> str:
        """``word`` as the index spells it where it is the plain spelling of an index term
        ("pawel": "paweł"), else as given."""
        if not self._plain_terms:
            return word
        return self._plain_terms.get(fts_term(word.lower()), word)

    def has_phrase(self, words: Sequence[str]) -> bool:
        """Does some sentence have these words in a row (``["european", "led"]`` for
        "European-led")?"""
        if not words:
            return False
        query = fts_literal(" ".join(words))
        try:
            return bool(
                self._all(
                    "SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1", (query,)
                )
            )
        except sqlite3.OperationalError:
            return False

    def sentences(self, ids: Iterable[int]) -> list[SentenceRow]:
        """The sentences of some ids, in the order asked, each once; ids no sentence has are
        left out. Kept per build (up to :data:`SENTENCE_CACHE`): a third of the candidates of
        the bench questions at one copy were candidates of an earlier question."""
        cache = self._sentences
        found, missing = kept_and_missing(cache, ids, SENTENCE_CACHE)
        if missing:
            for start in range(0, len(missing), 500):
                marks, chunk = _in_list(missing[start : start + 500])
                for row in self._rows(self._all(f"{self._select} WHERE id IN ({marks})", chunk)):
                    cache[row.id] = row
                    if row.id in found:  # as asked: an id typed as text ("5") finds no row
                        found[row.id] = row
        return [row for row in found.values() if row is not None]

    def article_sentences(self, article: str, limit: int = 5000) -> list[SentenceRow]:
        rows = self._all(
            f"{self._select} WHERE article_id = ? ORDER BY idx LIMIT ?", (article, limit)
        )
        return self._rows(rows)

    def replies(self, article: str) -> list[tuple[int, str, str]]:
        """An interview's reply sentences in order, each (id, the interviewer's question it
        answers or "", its speaker's label), as the build read them (facts.interview.replies);
        empty for any other article, as most are (one look-up in an index)."""
        return self.reply_turns(article)[0]

    def reply_turns(
        self, article: str
    ) -> tuple[list[tuple[int, str, str]], dict[str, frozenset[str]]]:
        """:meth:`replies`, and the stems of each of their questions' and speakers' texts as
        the build stored them (facts.sentence_words.turn_stems; none from a database whose
        words another version analysed: words_outdated), in the same look-up."""
        if article not in self._interviews:
            return [], {}
        stored = self._all(_REPLIES_SELECT, (article,))
        stems: dict[str, frozenset[str]] = {}
        if not self._outdated:
            for _, _, asked, speaker, asked_stems, speaker_stems in stored:
                stems[asked] = read_turn_stems(asked_stems)
                stems[speaker] = read_turn_stems(speaker_stems)
        return unrun([row[:4] for row in stored]), stems

    def published(self, article: str) -> str | None:
        """When an article was published, or None (undated, or no such article)."""
        details = self._articles((article,)).get(article)
        return details[3] if details else None

    def _rows(self, sentences: Sequence[tuple]) -> list[SentenceRow]:
        """Sentence rows from sentences' bare columns (in ``self._select`` order), with their
        articles' details; a sentence whose article is missing is left out, as a join would."""
        details = self._articles({r[1] for r in sentences})
        return [_sentence(r, details[r[1]]) for r in sentences if r[1] in details]

    def _articles(self, ids: Collection[str]) -> dict[str, tuple]:
        """(title, path, url, published, places, title words, sentence count) of some articles,
        each read from SQLite once per build, places and title words decoded
        (facts.entities.read_places, facts.sentence_words.read_headline_words; no title words
        from a database whose words another version analysed). Read apart from the sentences:
        a join made every sentence query look its article up."""
        cache = self._article_details
        found = {a: cache[a] for a in ids if a in cache}
        missing = [a for a in ids if a not in found]
        for start in range(0, len(missing), 500):
            marks, chunk = _in_list(missing[start : start + 500])
            for article, *details, places, words, length in self._all(
                f"{_ARTICLE_SELECT} WHERE id IN ({marks})", chunk
            ):
                heads = None if self._outdated or words is None else read_headline_words(words)
                found[article] = (*details, read_places(places), heads, length or 0)
                if len(cache) < ARTICLE_CACHE:
                    cache[article] = found[article]
        return found

    def head_stems(self, article: str) -> frozenset[str]:
        """The stems ``article``'s headline and lead have and no other article's, as the build
        stored them (facts.story_heads): words of a question that name that story among all
        (story_rivals.pinned_story). One look-up in the table's key, kept per build."""
        if self._recount_heads:
            return self._recounted_heads().get(article, frozenset())
        found = self._head_stems.get(article)
        if found is None:
            found = frozenset(s for (s,) in self._all(_HEAD_STEMS_SELECT, (article,)))
            if len(self._head_stems) < ARTICLE_CACHE:
                self._head_stems[article] = found
        return found

    def _recounted_heads(self) -> dict[str, frozenset[str]]:
        """Every article's :meth:`head_stems` counted here, once, from the articles' first
        sentences, for a database whose words another version analysed (words_outdated): what
        it stored that version stemmed, as it analysed its sentences' words (``self._select``
        reads those anew too). The build's work, a fraction of a second at 2,950 articles."""
        if self._recounted is None:
            by_article: dict[str, set[str]] = {}
            for article, s in unique_stems(self._all(_STORY_HEADS_SELECT)):
                by_article.setdefault(article, set()).add(s)
            self._recounted = {a: frozenset(found) for a, found in by_article.items()}
        return self._recounted

    def article_heads(self, articles: Sequence[str], limit: int) -> list[tuple[int, int, str]]:
        """(id, index, text) of the first ``limit`` sentences of each of several articles, in
        article id order: enough to choose which of them are worth ranking, and :meth:`sentences`
        then reads those few in full. Three columns rather than the rows' nine: sqlite3 converts
        every value it returns, each at the cost of letting go of Python's lock and taking it
        back, and most of these sentences are not kept.

        Kept per build (up to :data:`HEADS_CACHE` articles): questions on a story come back to
        its articles (half of the bench questions' at one copy), and their 40-80 sentences were
        the most rows a question read. Only the articles not kept are read, each by a query of its
        own: one statement SQLite prepares once, where a list of ids made a new one each time."""
        if not articles:
            return []
        cache = self._heads
        wanted = sorted(set(articles))  # SQLite's order of TEXT ids: their code points'
        found = {a: cache.get((a, limit)) for a in wanted}
        missing = [a for a, heads in found.items() if heads is None]
        if len(cache) + len(missing) > HEADS_CACHE:
            cache.clear()  # a bound, not an LRU: a long-running bot starts over
            self._lowered.clear()
            self._finds.clear()
        for a in missing:
            found[a] = cache[a, limit] = tuple(self._all(_HEADS_SELECT, (a, limit)))
        return list(chain.from_iterable(found[a] for a in wanted))  # in C: ~320 heads a question

    def lowered_heads(
        self, articles: Sequence[str], limit: int
    ) -> list[tuple[str, tuple[int, ...]]]:
        """Per article of :meth:`article_heads` (in its order), the texts of its first ``limit``
        sentences lower-cased and joined by HEAD_SEPARATOR, and where each next text starts: what
        bot.candidate_search searches for the question's word beginnings. Kept with the heads:
        lowering and joining the same 40-80 sentences again at every question on a story cost
        more than the searches in them."""
        wanted = sorted(set(articles))
        missing = [a for a in wanted if (a, limit) not in self._lowered]
        if missing:
            self.article_heads(missing, limit)  # may start the caches over: read both after
        out = []
        for a in wanted:
            kept = self._lowered.get((a, limit))
            if kept is None:
                lows = [text.lower() for _, _, text in self.article_heads([a], limit)]
                kept = self._lowered[a, limit] = (
                    HEAD_SEPARATOR.join(lows),
                    tuple(accumulate(len(low) + len(HEAD_SEPARATOR) for low in lows)),
                )
            out.append(kept)
        return out

    def head_finds(self, articles: Sequence[str], limit: int) -> list[dict[str, tuple[int, ...]]]:
        """Per article of :meth:`lowered_heads` (in its order), where bot.candidate_search keeps
        which of its texts have a word beginning it looked for: the next question on a story
        looks for most of the same ones ("presi", "said", its names) in the same sentences, and
        the finds were a twentieth of a question's time. Kept and started over with the heads;
        each article's holds at most :data:`HEAD_FINDS` beginnings (then starts over)."""
        out = []
        for a in sorted(set(articles)):
            finds = self._finds.get((a, limit))
            if finds is None or len(finds) >= HEAD_FINDS:
                finds = self._finds[a, limit] = {}
            out.append(finds)
        return out

    def neighbours(self, sentence: SentenceRow) -> tuple[str | None, str | None]:
        """The sentences just before and after one, within its article."""
        rows = dict(
            self._all(
                "SELECT idx, text FROM sentences WHERE article_id = ? AND idx IN (?, ?)",
                (sentence.article, sentence.index - 1, sentence.index + 1),
            )
        )
        return rows.get(sentence.index - 1), rows.get(sentence.index + 1)

    def article_length(self, article: str) -> int:
        """How many sentences an article has (0 if unknown): ``articles.sentences``, the count
        of the rows the build inserted, read with the article's details (_articles). Where a
        query counted the rows of each candidate's article instead, it cost 0.35 ms a question
        at x100."""
        return self.article_lengths((article,))[article]

    def article_lengths(self, articles: Iterable[str]) -> dict[str, int]:
        """:meth:`article_length` of several articles, those whose details are not kept read in
        one query (mostly none: a candidate's article is read for its sentence rows)."""
        wanted = set(articles)
        details = self._articles(wanted)
        return {a: details[a][6] if a in details else 0 for a in wanted}

    def article_text(self, article: str) -> str | None:
        value = self._one("SELECT text FROM articles WHERE id = ?", (article,))
        return value if isinstance(value, str) else None

    def article_span(self, article: str, start: int, end: int) -> str | None:
        """``article_text(article)[start:end]`` for offsets of the text (0 <= start), cut out by
        SQLite: the answerer checks every quoted sentence against its article's text, and
        reading a whole article (a few thousand characters, made a Python string) for each
        quote cost more than the check. None where the article or its text is not stored."""
        value = self._one(
            "SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
            (start + 1, max(0, end - start), article),
        )
        return value if isinstance(value, str) else None

    # -- articles -------------------------------------------------------------------------
    def has_article(self, article: str) -> bool:
        return self.stored_id(article) is not None

    def stored_id(self, article: str) -> str | None:
        """The id of the article that ``article`` names, or None. An id is its file's name,
        and a file copied from a Mac keeps a name in decomposed Unicode ("cafe" and a
        combining accent), which no one types: "café report" typed on a keyboard, in a batch
        line or on Discord named no article, though it reads the same. The id as given is
        looked up first; then the same text in the other normal form; then, failing both, the
        one id that differs from it only in case (:meth:`ids_but_case`)."""
        if not _storable(article):
            return None
        forms = (article, *(unicodedata.normalize(nf, article) for nf in ("NFC", "NFD")))
        for form in dict.fromkeys(forms):  # each distinct form once, the id as given first
            if self._one("SELECT 1 FROM articles WHERE id = ?", (form,)) is not None:
                return form
        same = self.ids_but_case(article)
        return same[0] if len(same) == 1 else None

    def ids_but_case(self, article: str) -> tuple[str, ...]:
        """The ids that read as ``article`` but for case (and Unicode normal form), sorted. A
        file saved as ``STORY.TXT`` has the id ``STORY``, which ``story`` missed: no one can
        tell the case of an id from the article list or a member's message. Where several ids
        differ only in case, none is picked and the error names them. The ids are read and
        folded once per build, and only when an id is not found as given: never on the way of
        an answer whose article is named as stored."""
        if not _storable(article):
            return ()
        if self._folded_ids is None:
            by_folded: dict[str, tuple[str, ...]] = {}
            for (found,) in self._all("SELECT id FROM articles ORDER BY id"):
                by_folded[folded(found)] = (*by_folded.get(folded(found), ()), found)
            self._folded_ids = by_folded
        return self._folded_ids.get(folded(article), ())

    def id_by_link_or_title(self, text: str) -> str | None:
        """The id of the one article whose link is ``text``, or whose title reads as it (case,
        spaces, typographic marks and a closing full stop aside: :func:`title_key`), or None.
        What a member has of an article is an answer's source line, its title and link: the id
        shows only in ``/sources query:``'s list, so "/sources https://…" or "/sources
        Passenger flight crashes …" named no article. Two articles with one title (wire copy)
        name neither. Read off the articles' covering index, only once no id matched."""
        text = " ".join(text.split())
        if not text or not _storable(text):
            return None
        # <https://…>: how `chat` shows a link, and Discord members keep one from unfurling
        link = text[1:-1] if text.startswith("<") and text.endswith(">") else text
        rows = self._all("SELECT id FROM articles WHERE url = ? LIMIT 2", (link,))
        if len(rows) == 1:
            return rows[0][0]
        wanted = title_key(text)
        found = [
            found
            for found, title in self._all("SELECT id, title FROM articles")
            if title_key(title) == wanted
        ]
        return found[0] if len(found) == 1 else None

    def quotes(self, fragment: str) -> bool:
        """Whether some sentence holds ``fragment`` word for word (a scan: for checks, not
        for answering)."""
        if not _storable(fragment):
            return False
        found = self._one("SELECT 1 FROM sentences WHERE instr(text, ?) > 0 LIMIT 1", (fragment,))
        return found is not None

    def holds(self, fragment: str) -> bool:
        """Whether some sentence holds ``fragment`` with runs of whitespace read as one space,
        as ``factdesk eval`` compares gold text (a sentence may wrap over lines in a ``.md``).
        A scan, narrowed by the fragment's longest word: for checks, not for answering."""
        wanted = " ".join(fragment.split())
        if not wanted or not _storable(wanted):
            return False
        key = max(wanted.split(" "), key=len)
        rows = self._all("SELECT text FROM sentences WHERE instr(text, ?) > 0", (key,))
        return any(wanted in " ".join(text.split()) for (text,) in rows)

    def require_article(self, article: str) -> str:
        """The stored id of the article ``article`` names (:meth:`stored_id`), or an error."""
        stored = self.stored_id(article)
        if stored is not None:
            return stored
        raise UnknownArticleError(
            f"no article with id {article!r} in {self.path}{self._hint(article)}"
        )

    def _hint(self, article: str) -> str:
        """What the error for an id that names no article adds: the ids that differ from it only
        in case, or the id its file name (``seeds/000_x.txt``), the id without the marks a
        copy brings along (```000_x`.``), or the article's link or title would be."""
        same = self.ids_but_case(article)
        if len(same) > 1:
            return f" (ids differing from it only in case: {', '.join(map(repr, same))}; give one)"
        for form in typed_forms(article):
            meant = self.stored_id(form) if form != article else None
            if meant is None and form == article.strip():
                meant = self.id_by_link_or_title(form)
            if meant is not None:
                return f" (did you mean {meant!r}? {self._how_named(meant)})"
        near = self.near_id(article)
        if near is not None:
            return f" (did you mean {near!r}? {self._how_named(near)})"
        return ""

    def near_id(self, article: str) -> str | None:
        """The one stored id ``article`` is a near miss of: a feed id typed without its hash
        (``worlds-largest-telescope`` for ``worlds-largest-telescope-8f2e1c0a``), a letter
        wrong, an en dash typed as a hyphen. Named alone, as "no article with id", it left
        the operator to search the ids. None where two ids are as near, or none is near: only
        an id that names no article pays for the look-up."""
        typed = " ".join(article.split()).casefold()
        if not typed:
            return None
        ids = [row[0] for row in self._all("SELECT id FROM articles")]
        # a feed id (facts.articles.article_id_from_url) is its link's slug and "-" and 8 hex
        # digits of a hash: the slug alone, as the link reads, is the id meant however short
        unhashed = [
            i
            for i in ids
            if i.casefold().startswith(typed) and _FEED_HASH.fullmatch(i.casefold(), len(typed))
        ]
        if len(unhashed) == 1:
            return unhashed[0]
        near = process.extract(
            typed,
            [i.casefold() for i in ids],
            scorer=fuzz.ratio,
            limit=2,
            score_cutoff=NEAR_ID_SCORE,
        )
        if not near or (len(near) == 2 and near[1][1] == near[0][1]):
            return None
        return ids[near[0][2]]

    def _how_named(self, article: str) -> str:
        """How the stored article ``article`` got its id, for an error naming it: a feed row's
        is made from its link or title, and the file's name sent the operator looking for a
        file of that name."""
        if self._one("SELECT row FROM articles WHERE id = ?", (article,)) is not None:
            return "a feed row's id is made from its link, or its title"
        return "an article's id is its file's name without folder or extension"

    def article_info(self, article: str) -> ArticleInfo | None:
        stored = self.stored_id(article)
        if stored is None:
            return None
        article = stored
        rows = self._all(
            "SELECT id, title, path, url, published, outlet, author, sentences, facts"
            " FROM articles WHERE id = ?",
            (article,),
        )
        if not rows:
            return None
        related = tuple(
            h
            for (h,) in self._all(
                "SELECT headline FROM related WHERE article_id = ? ORDER BY position", (article,)
            )
        )
        return ArticleInfo(*rows[0], related=related)

    def articles_for(self, sentence_ids: Iterable[int], limit: int = 5) -> list[ArticleInfo]:
        """Distinct articles of some sentences, in order of first appearance."""
        seen: list[str] = []
        for row in self.sentences(sentence_ids):
            if row.article not in seen:
                seen.append(row.article)
            if len(seen) >= limit:
                break
        return [info for a in seen if (info := self.article_info(a)) is not None]

    # -- entities and facts ---------------------------------------------------------------
    def aliases(self) -> list[tuple[str, str, str, str | None, int]]:
        """(alias, entity id, kind, role, mentions) for every alias: the resolver's lexicon."""
        # DISTINCT before the join reads the covering (entity_id, alias) index once, instead of
        # de-duplicating a row per article and alias (1.4 million rows at 100x the corpus)
        return self._all(
            "SELECT al.alias, e.id, e.kind, e.role, e.mentions"
            " FROM (SELECT DISTINCT entity_id, alias FROM aliases) al"
            " JOIN entities e ON e.id = al.entity_id"
        )

    def entity_kinds(self) -> dict[str, str]:
        """Entity id -> kind (person, org, country, place, group), for answer-type checks."""
        return dict(self._all("SELECT id, kind FROM entities"))

    def national_leaders(self) -> dict[str, str]:
        """Person id -> the country or organisation they lead, for leaders (presidents, prime
        ministers, chancellors, chiefs): reporters write "Russia demands" for what Putin wants."""
        marks = ",".join("?" * len(LEADER_ROLES))
        return dict(
            self._all(
                "SELECT id, affiliation FROM entities WHERE kind = 'person'"
                f" AND affiliation IS NOT NULL AND role IN ({marks})",
                sorted(LEADER_ROLES),
            )
        )

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        if not ids:
            return {}
        marks, params = _in_list(ids)
        return dict(self._all(f"SELECT id, name FROM entities WHERE id IN ({marks})", params))

    def facts_about(
        self, entities: Sequence[str], *, article: str | None = None, limit: int = 300
    ) -> list[dict[str, object]]:
        """Facts whose subject, object or speaker is one of ``entities``.

        The ``IN`` lists here and in :meth:`sentences_mentioning` are not padded (:func:`_in_list`):
        more terms change SQLite's plan for some lists (five entities and an article: the article's
        index instead of the entity's), so rows come back in another order and ``limit`` could keep
        others (3 of 97,272 queries over the session's two builds). Only tests and bench/profile.py
        call these two, so no statement cache is at stake."""
        if not entities:
            return []
        marks = ",".join("?" * len(entities))
        sql = (
            "SELECT id, sentence_id, kind, subject, subject_entity, predicate, object,"
            " object_entity, place, time, speaker, negated, hedge FROM facts"
            f" WHERE (subject_entity IN ({marks}) OR object_entity IN ({marks})"
            f" OR speaker IN ({marks}))"
        )
        rows = self._of_article(sql, [*entities, *entities, *entities], article, limit)
        columns = (
            "id sentence_id kind subject subject_entity predicate object object_entity place"
            " time speaker negated hedge"
        ).split()
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def facts_for_sentences(
        self,
        sentence_ids: Sequence[int],
        predicates: Collection[str] | None = None,
        speakers: Collection[str] = (),
    ) -> dict[int, list[sqlite3.Row]]:
        """The facts of some sentences, by sentence id, as rows read by column name: a question
        reads 60-100 of them, and sqlite3.Row builds each in C where a dict took 2.5 us. Only the
        columns that weighing a sentence reads (:data:`FACT_COLUMNS`): each value read is a call
        into SQLite, and the id, kind, negation and hedge were four in thirteen.

        With ``predicates``, only the facts that have one of them or whose speaker is one of
        ``speakers``, each sentence's in the order they come without: a question weighs about
        one fact in seven of its candidates', and reading the others (about 3 us each, mostly
        converting their nine values) was a twentieth of its time."""
        out: dict[int, list[sqlite3.Row]] = {}
        ids = list(sentence_ids)
        which = ""
        chosen: list[str] = []
        if predicates is not None:
            if not predicates and not speakers:
                return out
            verbs, verb_params = _in_list(sorted(predicates))
            voices, voice_params = _in_list(sorted(speakers))
            chosen = [*verb_params, *voice_params]
            which = f" AND (predicate IN ({verbs}) OR speaker IN ({voices}))"
        for start in range(0, len(ids), 500):
            marks, chunk = _in_list(ids[start : start + 500])
            for fact in self._named(
                f"SELECT sentence_id, {', '.join(FACT_COLUMNS)} FROM facts"
                f" WHERE sentence_id IN ({marks}){which}",
                [*chunk, *chosen],
            ):
                out.setdefault(fact[0], []).append(fact)
        return out

    def mentions_in(self, sentence_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """The entities each of some sentences mentions, by sentence id (none: left out).
        Kept per build (up to :data:`SENTENCE_CACHE` sentences, none too), as the sentences
        are: a story's next question weighs most of the same candidates, and their mentions
        were a fiftieth of a question's time."""
        cache = self._mentions
        kept, missing = kept_and_missing(cache, sentence_ids, SENTENCE_CACHE)
        if missing:
            found: dict[int, set[str]] = {}
            for start in range(0, len(missing), 500):
                marks, chunk = _in_list(missing[start : start + 500])
                for sid, entity in self._all(
                    f"SELECT sentence_id, entity_id FROM mentions WHERE sentence_id IN ({marks})",
                    chunk,
                ):
                    found.setdefault(sid, set()).add(entity)
            for sid in missing:
                kept[sid] = cache[sid] = frozenset(found.get(sid, ()))
        return {sid: named for sid, named in kept.items() if named}

    def mentions_before(self, sentence: SentenceRow) -> frozenset[str]:
        """The entities the sentence just before one, within its article, mentions."""
        return frozenset(
            entity
            for (entity,) in self._all(
                "SELECT m.entity_id FROM mentions m JOIN sentences s ON m.sentence_id = s.id"
                " WHERE s.article_id = ? AND s.idx = ?",
                (sentence.article, sentence.index - 1),
            )
        )

    def sentences_mentioning(
        self, entities: Sequence[str], *, article: str | None = None, limit: int = 200
    ) -> list[int]:
        if not entities:
            return []
        marks = ",".join("?" * len(entities))
        sql = f"SELECT DISTINCT sentence_id FROM mentions WHERE entity_id IN ({marks})"
        return [sid for (sid,) in self._of_article(sql, list(entities), article, limit)]

    def _of_article(
        self, sql: str, params: list[object], article: str | None, limit: int
    ) -> list[tuple]:
        """The rows of ``sql`` (a query that ends in its WHERE clause), those of ``article``
        only where one is given, ``limit`` at the most."""
        if article is not None:
            sql += " AND article_id = ?"
            params = [*params, article]
        return self._all(sql + " LIMIT ?", [*params, limit])


def _storable(text: str) -> bool:
    """An id SQLite can look up: text with a lone surrogate (from invalid UTF-8 on a command line)
    cannot be encoded, and can name no stored article."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _sentence(row: tuple, article: tuple) -> SentenceRow:
    """A sentence row from its columns in _SENTENCE_SELECT order and its article's details in
    _ARTICLE_SELECT order (after the id)."""
    sid, article_id, index, paragraph, start, end, text, is_title, words = row
    title, path, url, published, places, title_words, _ = article
    return SentenceRow(
        sid,
        article_id,
        index,
        paragraph,
        start,
        end,
        text,
        bool(is_title),
        title,
        path,
        url,
        published,
        words,
        None,
        places,
        title_words,
    )
