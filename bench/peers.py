"""What an engineer would use instead of factdesk, run on the same sentences and questions.

- ``fts5``: one raw SQLite FTS5 ``bm25()`` top-10 query on factdesk's own index: the floor, the
  cost of a single index lookup with no ranking work on top.
- ``bm25s``: the sparse-matrix BM25 library, Snowball-stemmed, English stopwords.
- ``rank_bm25``: the classic pure-Python BM25Okapi on unstemmed lower-cased words; its per-query
  cost and its per-sentence dicts grow with the corpus, so the harness stops it past
  ``--rank-bm25-max`` sentences.
- ``rapidfuzz``: ``process.extractOne`` over every sentence, the "fuzzy match it" approach, with
  ``token_set_ratio`` on ``default_process``-ed text (the default WRatio picks article titles by
  partial match and got no gold sentence at x1). A scan: linear in the corpus by design.

Each runs in its own fresh process (``python -m bench.peers --peer NAME --db FILE``) so its index
build time and peak memory are its own. Sentences come from the factdesk database being measured.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import time
from collections.abc import Callable, Sequence

from .questions import DEFAULT_QUESTIONS, Question, load_questions
from .stats import emit, peak_rss_mb
from .timing import time_questions

PEERS = ("fts5", "bm25s", "rank_bm25", "rapidfuzz")
TOP_K = 10
# Stopwords for the peers' queries, kept here so no peer borrows factdesk's own word handling.
STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself
    just me more most my myself no nor not now of off on once only or other our ours out over own
    same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom
    why will with would you your yours
    """.split()
)
_WORD = re.compile(r"\w+")

Search = Callable[[str], str | None]  # question -> the top-1 sentence (None: no hit)


def words(text: str) -> list[str]:
    """Lower-cased words without stopwords: the peers' shared, unstemmed tokenizer."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1]


def query_terms(question: str) -> list[str]:
    return list(dict.fromkeys(words(question)))


def load_sentences(db: str) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return [text for (text,) in conn.execute("SELECT text FROM sentences ORDER BY id")]
    finally:
        conn.close()


def fts5_peer(db: str) -> Search:
    """``MATCH 'w1 OR w2 ...' ORDER BY bm25() LIMIT 10`` on factdesk's sentences_fts table.

    Reads nothing into memory: the index stays on disk, as factdesk's does.
    """
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
    sql = (
        "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?"
        " ORDER BY bm25(sentences_fts) LIMIT ?"
    )

    def search(question: str) -> str | None:
        terms = query_terms(question)
        if not terms:
            return None
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = conn.execute(sql, (match, TOP_K)).fetchall()
        if not rows:
            return None
        return conn.execute("SELECT text FROM sentences WHERE id = ?", (rows[0][0],)).fetchone()[0]

    return search


def bm25s_peer(texts: list[str]) -> Search:
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english")
    retriever = bm25s.BM25()
    retriever.index(
        bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False),
        show_progress=False,
    )

    def search(question: str) -> str | None:
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.ids or not tokens.ids[0]:
            return None
        docs, scores = retriever.retrieve(tokens, k=TOP_K, show_progress=False, n_threads=1)
        return texts[int(docs[0][0])] if scores[0][0] > 0 else None

    return search


def rank_bm25_peer(texts: list[str]) -> Search:
    import numpy as np
    from rank_bm25 import BM25Okapi

    bm25 = BM25Okapi([words(t) for t in texts])

    def search(question: str) -> str | None:
        terms = query_terms(question)
        if not terms:
            return None
        scores = bm25.get_scores(terms)
        best = int(np.argmax(scores))
        return texts[best] if scores[best] > 0 else None

    return search


def rapidfuzz_peer(texts: list[str]) -> Search:
    from rapidfuzz import fuzz, process, utils

    choices = [utils.default_process(t) for t in texts]  # once, not per question

    def search(question: str) -> str | None:
        hit = process.extractOne(
            utils.default_process(question), choices, scorer=fuzz.token_set_ratio
        )
        return texts[hit[2]] if hit else None

    return search


# Peers that index the sentences themselves, in memory (fts5 uses factdesk's index on disk).
IN_MEMORY: dict[str, Callable[[list[str]], Search]] = {
    "bm25s": bm25s_peer,
    "rank_bm25": rank_bm25_peer,
    "rapidfuzz": rapidfuzz_peer,
}


def available(peer: str) -> str | None:
    """None when the peer can run here, else why not (its library is not installed)."""
    module = {"bm25s": "bm25s", "rank_bm25": "rank_bm25", "rapidfuzz": "rapidfuzz"}.get(peer)
    if module is None:
        return None
    import importlib.util

    if importlib.util.find_spec(module) is None:
        return f"{module} is not installed (pip install -e '.[bench]')"
    return None


def run_peer(peer: str, db: str, questions: Sequence[Question], repeat: int) -> dict:
    count = 0
    started = time.perf_counter()
    if peer == "fts5":
        search = fts5_peer(db)
    else:
        texts = load_sentences(db)
        count = len(texts)
        started = time.perf_counter()  # index time, not the harness's loading of the texts
        search = IN_MEMORY[peer](texts)
    index_s = time.perf_counter() - started
    rss_indexed = peak_rss_mb()
    summary, first_sight = time_questions(search, questions, repeat)
    outcome: dict[str, dict] = {}
    for q, best, took in first_sight:
        outcome[q.text] = {
            "kind": q.kind,
            "top1": best,
            "top1_right": q.is_right(best) if q.has_gold else None,
            "ms": took * 1000,
        }
    gold = [o for o in outcome.values() if o["top1_right"] is not None]
    return {
        "engine": peer,
        "sentences": count or None,
        "index_s": index_s,
        **summary,
        "top1_accuracy": sum(o["top1_right"] for o in gold) / len(gold) if gold else None,
        "rss_indexed_mb": rss_indexed,
        "peak_rss_mb": peak_rss_mb(),
        "questions": outcome,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--peer", required=True, choices=PEERS)
    parser.add_argument("--db", required=True)
    parser.add_argument("--questions", default=str(DEFAULT_QUESTIONS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    emit(run_peer(args.peer, args.db, load_questions(args.questions), args.repeat))


if __name__ == "__main__":
    main()
