"""The read-only corpus view and the budgeted candidate search built on it."""

from __future__ import annotations

import gc
import shutil
import sqlite3

import pytest

import facts.store
from bot.corpus import _ARTICLE_SELECT, FACT_COLUMNS, PAGE_CACHE_KIB, Corpus, _in_list
from bot.sentence_analysis import title_part_stems, title_places, title_stems
from bot.text import STOPWORDS, stem, tokenize
from facts import build
from facts import interview as reading
from facts.errors import DatabaseError
from facts.sentence_words import stored_words
from facts.story_heads import HEAD_SENTENCES, unique_stems


@pytest.fixture(scope="module")
def corpus(seed_db) -> Corpus:
    return Corpus(seed_db)


def test_a_corpus_nobody_uses_any_more_closes_its_database_at_once(seed_db):
    """A rebuild swaps its new file in with os.replace, and the old file stays on disk for as
    long as a connection holds it open. Python's SQLite connections sit in a reference cycle,
    so only a full garbage collection closed them: each rebuild and /reload kept the previous
    build's file, and its disk space, until then (and the first one for good under `factdesk
    run`, which freezes what it loaded at start out of the collector)."""
    gc.disable()
    try:
        connection = Corpus(seed_db)._conn
        with pytest.raises(sqlite3.ProgrammingError, match="closed"):
            connection.execute("SELECT 1")
    finally:
        gc.enable()


def test_the_answering_connection_keeps_a_larger_page_cache_than_sqlites_default(corpus):
    """Every page it drops is read from the file again: at x100 the bench questions made 14,825
    reads with SQLite's 2,000 KiB and 6,889 with 32 MiB (PAGE_CACHE_KIB)."""
    (kept,) = corpus._conn.execute("PRAGMA cache_size").fetchone()
    (default,) = sqlite3.connect(":memory:").execute("PRAGMA cache_size").fetchone()
    # negative sizes are KiB: this SQLite's own default is compared, not a number written here
    assert kept == -PAGE_CACHE_KIB
    assert abs(kept) > abs(default)


def damage_table(db, table: str) -> None:
    """Overwrite the first page of ``table`` with junk, as a failing disk or a torn copy
    would: the file still opens and reads as a factdesk database."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with open(db, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


def test_a_damaged_database_is_named_as_damaged(seed_db, tmp_path):
    """It was an "internal error: DatabaseError" from the CLI, and a crash in the bot."""
    db = tmp_path / "damaged.db"
    shutil.copy(seed_db, db)
    damage_table(db, "vocabulary")
    with pytest.raises(DatabaseError, match=r"damaged\.db is damaged \(.*malformed.*\)"):
        Corpus(db)


def test_a_database_written_over_while_open_is_named_so(seed_db, tmp_path):
    """`cp` of something else onto the database in use (the README says to swap a build in
    whole): every question was "internal error: DatabaseError: vtable constructor failed"."""
    db = tmp_path / "live.db"
    shutil.copy(seed_db, db)
    corpus = Corpus(db)
    db.write_bytes(b"not a database at all, " * 200)  # in place: the same file, open
    with pytest.raises(DatabaseError, match=r"live\.db is no database any more \(.*\): it was"):
        corpus.search(["ceasefire"])


@pytest.fixture
def locked(seed_db, tmp_path, monkeypatch):
    """A copy of the seed database that another program is writing to, and a short wait."""
    monkeypatch.setattr(facts.store, "BUSY_TIMEOUT", 0.05)
    db = tmp_path / "locked.db"
    shutil.copy(seed_db, db)
    writer = sqlite3.connect(db, isolation_level=None)
    yield db, writer
    writer.close()


def test_a_database_another_program_holds_is_said_to_be_locked(locked):
    """It said "locked.db is not a factdesk database (database is locked)", which sent the
    operator after the wrong problem."""
    db, writer = locked
    writer.execute("BEGIN EXCLUSIVE")
    with pytest.raises(DatabaseError, match=r"locked\.db is locked by another program"):
        Corpus(db)


def test_a_lock_taken_while_answering_is_a_database_error(locked):
    """The full-text index words a lock "vtable constructor failed", which the search took for
    a query it could not parse (no candidates); other reads were an "internal error"."""
    db, writer = locked
    corpus = Corpus(db)
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE meta SET value = value")
    with pytest.raises(DatabaseError, match="is locked by another program"):
        corpus.search(["zelensky"])
    writer.execute("ROLLBACK")
    assert corpus.search(["zelensky"])


def test_a_ranked_search_scores_matches_best_first(corpus):
    hits = corpus.search(["zelensky"], limit=2)
    scores = [score for _, score in hits]
    assert len(hits) == 2 and all(s > 0 for s in scores)
    assert scores == sorted(scores, reverse=True)


def test_an_unranked_search_takes_matches_in_index_order_without_scoring(corpus):
    every = {sid for sid, _ in corpus.search(["zelensky"], limit=200)}
    hits = corpus.search(["zelensky"], limit=2, ranked=False)
    assert len(hits) == 2 and all(score == 0.0 for _, score in hits)
    assert {sid for sid, _ in hits} <= every
    assert [sid for sid, _ in hits] == sorted(sid for sid, _ in hits)


def test_article_length_is_the_stored_sentence_count(corpus):
    stored = dict(corpus._all("SELECT id, sentences FROM articles"))
    assert stored and all(corpus.article_length(a) == n for a, n in stored.items())
    assert corpus.article_length("no-such-article") == 0


def test_national_leaders_are_the_heads_of_their_country_not_every_official(corpus):
    leaders = corpus.national_leaders()
    assert leaders["vladimir-putin"] == "russia"
    assert leaders["keir-starmer"] == "united-kingdom"  # a prime minister
    assert "steve-witkoff" not in leaders  # an envoy speaks for the US, but does not lead it


def test_a_phrase_is_found_only_with_its_words_in_a_row(corpus):
    assert corpus.has_phrase(["european", "led"])  # "European-led"
    assert not corpus.has_phrase(["trump", "zelensky"])


def test_sentence_rows_carry_their_articles_details_read_once_per_article(seed_db):
    corpus = Corpus(seed_db)
    ids = [sid for sid, _ in corpus.search(["zelensky"], limit=3)]
    rows = corpus.sentences(ids)
    (article,) = {row.article for row in rows}
    info = corpus.article_info(article)
    assert info is not None
    assert {(r.title, r.path, r.url, r.published) for r in rows} == {
        (info.title, info.path, info.url, info.published)
    }
    queries: list[str] = []
    corpus._conn.set_trace_callback(queries.append)
    assert corpus.sentences(ids) == rows
    assert not any("FROM articles" in q for q in queries)  # the details came from memory


def test_an_articles_length_is_its_sentence_count(corpus):
    article = corpus.sentences([1])[0].article
    assert corpus.article_length(article) == corpus.article_info(article).sentences
    assert corpus.article_length("no-such-article") == 0


def test_the_facts_of_sentences_are_their_rows_read_by_column_name(corpus):
    about = corpus.facts_about(["vladimir-putin"])
    sentence = int(about[0]["sentence_id"])
    rows = corpus.facts_for_sentences([sentence])[sentence]
    assert [row["sentence_id"] for row in rows] == [sentence] * len(rows)
    read = [tuple(row[c] for c in FACT_COLUMNS) for row in rows]
    stored = [tuple(f[c] for c in FACT_COLUMNS) for f in about if f["sentence_id"] == sentence]
    assert stored and all(fact in read for fact in stored)


def test_an_entitys_sentences_and_facts_are_the_article_asked_s_up_to_the_limit(corpus):
    every = corpus.sentences_mentioning(["vladimir-putin"])
    article = corpus.sentences(every[:1])[0].article
    within = corpus.sentences_mentioning(["vladimir-putin"], article=article)
    assert within and all(row.article == article for row in corpus.sentences(within))
    assert corpus.sentences_mentioning(["vladimir-putin"], article="no-such-article") == []
    assert len(corpus.sentences_mentioning(["vladimir-putin"], limit=1)) == 1
    assert len(corpus.facts_about(["vladimir-putin"], article=article, limit=1)) == 1
    assert corpus.facts_about(["vladimir-putin"], article="no-such-article") == []


def test_an_articles_heads_are_its_first_sentences_ids_indices_and_texts(corpus):
    article = corpus.sentences([1])[0].article
    heads = corpus.article_heads([article], 4)
    assert [index for _, index, _ in heads] == [0, 1, 2, 3]
    rows = corpus.sentences([sid for sid, _, _ in heads])
    assert heads == [(row.id, row.index, row.text) for row in rows]
    assert corpus.article_heads([], 4) == []


def test_mentions_are_kept_per_sentence_none_too_and_read_once(corpus, monkeypatch):
    ids = [sid for (sid,) in corpus._all("SELECT DISTINCT sentence_id FROM mentions LIMIT 2")]
    bare = corpus._one(
        "SELECT id FROM sentences WHERE id NOT IN (SELECT sentence_id FROM mentions)"
    )
    found = corpus.mentions_in([*ids, bare, ids[0]])
    assert list(found) == ids and all(found.values())  # a sentence naming no one: left out
    monkeypatch.setattr(corpus, "_all", None)  # kept: no query again
    assert corpus.mentions_in([bare, *ids]) == found


def test_a_span_of_an_article_is_its_text_at_those_offsets(corpus):
    row = corpus.sentences([3])[0]
    text = corpus.article_text(row.article)
    assert corpus.article_span(row.article, row.start, row.end) == row.text
    assert corpus.article_span(row.article, 0, 12) == text[:12]
    assert corpus.article_span(row.article, len(text) - 3, len(text) + 9) == text[-3:]
    assert corpus.article_span(row.article, 5, 5) == ""
    assert corpus.article_span("no-such-article", 0, 5) is None


def test_head_finds_are_one_memo_per_article_kept_with_the_heads(corpus, monkeypatch):
    articles = sorted({row.article for row in corpus.sentences([1, 40])})
    finds = corpus.head_finds([*articles, articles[0]], 5)
    assert len(finds) == len(articles) and all(memo == {} for memo in finds)
    finds[0]["presi"] = (0, 2)
    assert corpus.head_finds(articles, 5)[0] == {"presi": (0, 2)}
    assert corpus.head_finds(articles, 6)[0] == {}  # other heads, another memo
    monkeypatch.setattr("bot.corpus.HEAD_FINDS", 1)
    assert corpus.head_finds(articles, 5)[0] == {}  # full: started over


def test_lowered_heads_join_each_articles_heads_lower_cased_in_their_order(corpus, monkeypatch):
    articles = sorted({row.article for row in corpus.sentences([1, 2, 3, 40, 80])}, reverse=True)
    heads = corpus.article_heads(articles, 5)
    lowered = corpus.lowered_heads([*articles, articles[0]], 5)
    texts = [
        "\n".join(text.lower() for _, _, text in corpus.article_heads([a], 5))
        for a in sorted(articles)
    ]
    assert [joined for joined, _ in lowered] == texts
    assert sum(len(ends) for _, ends in lowered) == len(heads)
    for joined, ends in lowered:  # each text ends right before the next one's start
        assert [joined[end - 1] for end in ends[:-1]] == ["\n"] * (len(ends) - 1)
        assert ends[-1] == len(joined) + 1
    monkeypatch.setattr(corpus, "article_heads", None)  # kept: no heads read again
    assert corpus.lowered_heads(articles, 5) == lowered


def test_articles_heads_are_kept_per_build_and_read_as_one_query_would(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(4):
        sentences = " ".join(f"Story {n} says thing {i} happened." for i in range(5))
        (folder / f"{n}_story.txt").write_text(f"Story {n}\n{sentences}\n", encoding="utf-8")
    build([folder], tmp_path / "heads.db")
    corpus = Corpus(tmp_path / "heads.db")
    articles = sorted((a for (a,) in corpus._all("SELECT id FROM articles")), reverse=True)
    assert len(articles) == 4

    def one_query(limit: int) -> list[tuple]:
        marks = ",".join("?" * len(articles))
        return corpus._all(
            f"SELECT id, idx, text FROM sentences WHERE article_id IN ({marks}) AND idx < ?"
            " ORDER BY article_id, idx",
            (*articles, limit),
        )

    expected, shorter = one_query(6), one_query(2)
    corpus.article_heads(articles[1:3], 6)  # two of the four are kept
    reads = []
    read = corpus._all
    monkeypatch.setattr(
        corpus, "_all", lambda sql, params=(): reads.append(params) or read(sql, params)
    )
    assert corpus.article_heads([*articles, articles[0]], 6) == expected
    assert reads == [(articles[3], 6), (articles[0], 6)]  # only the two not kept
    assert corpus.article_heads(articles, 6) == expected and len(reads) == 2
    assert corpus.article_heads(articles, 2) == shorter and len(reads) == 6


def test_sentences_are_kept_per_build_and_given_as_asked(seed_db, monkeypatch):
    fresh = Corpus(seed_db)
    kept = Corpus(seed_db)
    monkeypatch.setattr("bot.corpus.SENTENCE_CACHE", 3)  # a bound reached at once
    for ids in ([3, 1, 2], [2, 5, 99999, 3], [1, 1, 4], [4, 3, 2, 1], [6, "5"], []):
        assert kept.sentences(ids) == fresh.sentences(ids)
    reads = []
    read = kept._all
    monkeypatch.setattr(
        kept, "_all", lambda sql, params=(): reads.append(params) or read(sql, params)
    )
    assert kept.sentences([6, 7]) == fresh.sentences([6, 7])
    assert reads == [[7]]  # 6 was kept


def test_searches_are_kept_per_build_and_found_as_a_fresh_search_would(seed_db, monkeypatch):
    fresh = Corpus(seed_db)
    kept = Corpus(seed_db)
    monkeypatch.setattr("bot.corpus.SEARCH_CACHE", 2)  # a bound reached at once
    asked = [(["zelensky"], {}), (["zelensky"], {"ranked": False, "limit": 3})]
    asked += [(["washington", "zelensky"], {"every": True}), (["zelensky"], {})]
    for words, options in asked:
        hits = kept.search(words, **options)
        assert hits == fresh.search(words, **options) and hits
        hits.clear()  # the caller's own list
    reads = []
    read = kept._all
    monkeypatch.setattr(
        kept, "_all", lambda sql, params=(): reads.append(params) or read(sql, params)
    )
    assert kept.search(["zelensky"]) == fresh.search(["zelensky"])
    assert kept.search(["zelensky", "washington"]) == fresh.search(["zelensky", "washington"])
    assert len(reads) == 1  # the second query only


def test_article_details_are_read_from_a_covering_index(corpus):
    plan = corpus._all(f"EXPLAIN QUERY PLAN {_ARTICLE_SELECT} WHERE id IN (?, ?)", ("a", "b"))
    assert any("COVERING INDEX" in step[-1] for step in plan), plan


def test_document_frequencies_are_the_vocabulary_tables(corpus):
    stored = dict(corpus._all("SELECT term, df FROM vocabulary"))
    assert corpus.document_frequency("Zelensky") == stored["zelenski"] > 0
    assert corpus.document_frequency("meetings") == stored["meet"]
    assert corpus.document_frequency("qwzxv") == 0


def test_sentence_rows_carry_the_places_their_headline_names_as_the_build_stored_them(corpus):
    """The ranker's headline match reads them from the row (bot.sentence_analysis.places_of):
    the same the title gives when worked out from it, each article's read once."""
    rows = corpus.article_sentences(corpus.sentences([1])[0].article)
    assert rows[0].places == {"@ukraine", "@lithuania", "@united-states"}
    assert all(r.places == title_places(r.title) for r in rows)


def test_sentence_rows_carry_their_headlines_stems_as_the_build_stored_them(corpus):
    """The ranker's title matches read them from the row (bot.sentence_analysis.stems_of,
    part_stems_of): the same the title gives when worked out from it."""
    rows = corpus.article_sentences(corpus.sentences([1])[0].article)
    assert rows and all(r.title_words.stems == title_stems(r.title) for r in rows)
    assert all(r.title_words.part_stems == title_part_stems(r.title) for r in rows)
    assert stem("ukraine") in rows[0].title_words.stems


def test_sentence_rows_carry_the_builds_analysis_of_their_words(corpus):
    rows = corpus.article_sentences(corpus.sentences([1])[0].article)
    assert rows and all(r.words == stored_words(r.text) for r in rows)


def test_an_analysis_another_version_made_is_not_used(seed_db, tmp_path):
    copy = tmp_path / "old-words.db"
    shutil.copyfile(seed_db, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE meta SET value = 'other' WHERE key = 'words_fingerprint'")
    conn.close()
    old = Corpus(copy)
    try:
        rows = old.article_sentences(old.sentences([1])[0].article)
        assert rows and all(r.words is None for r in rows)  # the ranker analyses them itself
        assert all(r.title_words is None for r in rows)  # and stems their headline
    finally:
        old.close()


def test_head_stems_another_version_stemmed_are_counted_anew(corpus, seed_db, tmp_path):
    """The stems only one headline has depend on the stemming, which the words' fingerprint
    covers: a database whose words another version analysed is not taken at its word."""
    copy = tmp_path / "old-words.db"
    shutil.copyfile(seed_db, copy)
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE meta SET value = 'other' WHERE key = 'words_fingerprint'")
        conn.execute("UPDATE head_stems SET stem = stem || 'x'")
    conn.close()
    old = Corpus(copy)
    try:
        for (article,) in corpus._all("SELECT id FROM articles"):
            assert old.head_stems(article) == corpus.head_stems(article)
        assert old.head_stems("no such article") == frozenset()
    finally:
        old.close()


def test_sentences_come_in_the_order_asked_each_once_and_unknown_ids_left_out(corpus):
    rows = corpus.sentences([3, 1, 3, 10**9, 2])
    assert [row.id for row in rows] == [3, 1, 2]


def test_in_lists_are_padded_with_nulls_to_a_power_of_two():
    """Lists of 3 and 4 ids share one statement, so it is prepared once."""
    assert _in_list([7]) == ("?", [7])
    assert _in_list([7, 8, 9]) == ("?,?,?,?", [7, 8, 9, None])
    assert _in_list([7, 8, 9, 10]) == ("?,?,?,?", [7, 8, 9, 10])
    assert _in_list(list(range(5)))[0].count("?") == 8


def test_a_padded_in_list_finds_the_same_rows(corpus):
    """The NULLs match nothing: three sentences' mentions and facts are theirs, all of them."""
    ids = [sid for (sid,) in corpus._all("SELECT DISTINCT sentence_id FROM mentions LIMIT 3")]
    assert len(ids) == 3
    mentions = corpus._all(
        "SELECT sentence_id, entity_id FROM mentions WHERE sentence_id IN (?,?,?)", ids
    )
    expected: dict[int, set[str]] = {}
    for sid, entity in mentions:
        expected.setdefault(sid, set()).add(entity)
    assert corpus.mentions_in(ids) == expected
    facts = corpus._all("SELECT sentence_id FROM facts WHERE sentence_id IN (?,?,?)", ids)
    found = corpus.facts_for_sentences(ids)
    assert sum(len(v) for v in found.values()) == len(facts)


def test_the_id_meant_by_a_feed_rows_link_is_named_with_how_feed_ids_are_made(tmp_path):
    """`--article https://…` names the id meant, adding "an article's id is its file's name
    without folder or extension": a feed row's id is made from its link or title, so the
    hint sent the operator looking for a file of that name."""
    from bot.errors import UnknownArticleError

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "feed.csv").write_text(
        'url,date,title,text\nhttps://news.example/dam,2024-01-01,Dam bursts,"The dam burst."\n',
        encoding="utf-8",
    )
    (folder / "bridge.txt").write_text("Bridge reopens\nThe bridge reopened.\n", encoding="utf-8")
    build([folder], tmp_path / "feed.db")
    corpus = Corpus(tmp_path / "feed.db")
    (row_id,) = (a for (a,) in corpus._all("SELECT id FROM articles WHERE row IS NOT NULL"))
    with pytest.raises(UnknownArticleError) as row:
        corpus.require_article("https://news.example/dam")
    assert f"did you mean {row_id!r}? a feed row's id is made from its link" in str(row.value)
    with pytest.raises(UnknownArticleError) as file:
        corpus.require_article("Bridge reopens")
    assert "did you mean 'bridge'? an article's id is its file's name" in str(file.value)


def test_an_id_that_is_a_near_miss_of_one_names_it(tmp_path):
    """A feed id typed without its hash, a letter wrong, a hyphen for an en dash: the error
    said only "no article with id …" (qa23's "still left"), leaving the operator to search the
    ids. The one id it nearly is is named; two as near, or none near, name none."""
    from bot.errors import UnknownArticleError

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "feed.csv").write_text(
        "url,date,title,text\n"
        'https://news.example/worlds-largest-telescope,2024-01-01,Telescope,"It opened."\n',
        encoding="utf-8",
    )
    for name in ("Budget Vote \u2013 2026", "harbour-a", "harbour-b"):
        (folder / f"{name}.txt").write_text("Vote\nThe council voted.\n", encoding="utf-8")
    build([folder], tmp_path / "near.db")
    corpus = Corpus(tmp_path / "near.db")
    (row_id,) = (a for (a,) in corpus._all("SELECT id FROM articles WHERE row IS NOT NULL"))
    for typed, meant in (("worlds-largest-telescope", row_id), ("Budget Vote - 2026", None)):
        meant = meant or "Budget Vote \u2013 2026"
        with pytest.raises(UnknownArticleError) as caught:
            corpus.require_article(typed)
        assert f"(did you mean {meant!r}? " in str(caught.value)
    for typed in ("harbour-c", "ceasefire"):  # two as near; none near
        with pytest.raises(UnknownArticleError) as caught:
            corpus.require_article(typed)
        assert "did you mean" not in str(caught.value)


def test_an_interviews_replies_are_stored_as_its_sentences_read(tmp_path):
    """The build stores each reply sentence's interviewer's question and speaker, by database
    id, as facts.interview reads the stored sentences; an article with no turns has none."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "talk.md").write_text(
        "# Zara Kay tells Wikinews about her organisation\n\n"
        "Wikinews had gotten in touch with Zara Kay.\n\n"
        "((WN))  How old are you? And when did you start?\n\n"
        "((Zara Kay))  So, I am 26 now. So I was 25 then.\n\n"
        "((WN))  Why did you start it?\n\n"
        "((Zara Kay))  I wanted to help.\n",
        encoding="utf-8",
    )
    (folder / "dam.md").write_text("# Dam bursts\n\nNote: the dam burst.\n", encoding="utf-8")
    build([folder], tmp_path / "talk.db")
    corpus = Corpus(tmp_path / "talk.db")
    rows = corpus.article_sentences("talk")
    expected = reading.replies([reading.Line(r.id, r.paragraph, r.text, r.is_title) for r in rows])
    assert expected and corpus.replies("talk") == expected
    assert corpus.replies("dam") == [] and corpus.replies("no such article") == []
    # with the stems of each question's and speaker's text, as the build stored them: answering
    # does not tokenise and stem an interview's turns on the first sight of its article
    replies, stems = corpus.reply_turns("talk")
    assert replies == expected
    texts = {text for _, asked, speaker in expected for text in (asked, speaker)}
    assert stems == {text: reading_stems(text) for text in texts}
    assert stems[expected[0][1]] >= {"old", "start"}  # "How old are you? And when did you..."
    assert corpus.reply_turns("dam") == ([], {})
    # the interviews are known from the start: another article's turns cost no query
    statements: list[str] = []
    corpus._conn.set_trace_callback(statements.append)
    assert corpus.reply_turns("dam") == ([], {}) and corpus.replies("no such article") == []
    assert statements == []
    assert corpus.reply_turns("talk")[0] == expected and len(statements) == 1
    corpus._conn.set_trace_callback(None)
    corpus.close()
    with sqlite3.connect(tmp_path / "talk.db") as conn:  # stemmed by another version
        conn.execute("UPDATE meta SET value = 'other' WHERE key = 'words_fingerprint'")
    conn.close()
    old = Corpus(tmp_path / "talk.db")
    try:
        assert old.reply_turns("talk") == (expected, {})  # worked out anew when read
    finally:
        old.close()


def reading_stems(text: str) -> frozenset[str]:
    """The stems of a turn's content words, as answering worked them out before they were
    stored."""
    return frozenset(stem(t) for t in tokenize(text) if t not in STOPWORDS)


def test_published_is_the_articles_date(corpus):
    article = corpus.sentences([1])[0].article
    rows = corpus.article_sentences(article)
    assert corpus.published(article) == rows[0].published
    assert corpus.published("no such article") is None


def test_head_stems_are_those_only_the_articles_headline_and_lead_have(corpus):
    """What the build stored (facts.story_heads) is what the articles' first two sentences,
    every article's, give; an unknown article has none."""
    articles = [a for (a,) in corpus._all("SELECT id FROM articles")]
    heads = [
        (a, row.text) for a in articles for row in corpus.article_sentences(a)[:HEAD_SENTENCES]
    ]
    expected = unique_stems(heads)
    assert expected
    for article in articles:
        assert corpus.head_stems(article) == {s for a, s in expected if a == article}
    assert corpus.head_stems("no such article") == frozenset()


def test_the_mentions_before_a_sentence_are_those_of_its_article_s_previous_sentence(corpus):
    named, after = corpus._all(
        "SELECT s.id, n.id FROM sentences s JOIN sentences n"
        " ON n.article_id = s.article_id AND n.idx = s.idx + 1"
        " WHERE s.id IN (SELECT sentence_id FROM mentions) ORDER BY s.id LIMIT 1"
    )[0]
    (row,) = corpus.sentences([after])
    assert corpus.mentions_before(row) == corpus.mentions_in([named])[named]
    # an article's first sentence has none before it
    assert corpus.mentions_before(row._replace(index=0)) == frozenset()


def test_several_articles_lengths_are_read_in_one_statement_and_kept(tmp_path):
    """A question's candidates lie in up to 25 articles at x100 (copies of a story spread its
    matches), and a statement each for their lengths was the most statements an answer made;
    one reads them all, the counts the build stored, and what it read is kept."""
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {
        "short": "The council met on Monday. It voted to close the bridge.",
        "longer": "The storm hit the coast. Rivers rose. Roads closed. Schools shut early.",
    }
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(f"---\ntitle: A {name} story\n---\n{text}\n")
    db = tmp_path / "lengths.db"
    assert build([folder], db).ok
    corpus = Corpus(db)
    stored = dict(corpus._all("SELECT id, sentences FROM articles"))
    assert sorted(stored) == ["longer", "short"] and stored["longer"] > stored["short"] > 0
    queries: list[str] = []
    corpus._conn.set_trace_callback(queries.append)
    lengths = corpus.article_lengths(["short", "longer", "no-such-article", "short"])
    assert lengths == {**stored, "no-such-article": 0}
    assert len(queries) == 1  # all three in one statement
    assert corpus.article_lengths({"longer", "short"}) == stored
    assert corpus.article_length("short") == stored["short"]
    assert len(queries) == 1  # kept: no statement again
    # the stored counts are the sentence rows the build wrote
    counted = dict(corpus._all("SELECT article_id, count(*) FROM sentences GROUP BY article_id"))
    assert counted == stored


def test_a_candidates_article_length_comes_with_its_sentence_rows(tmp_path):
    """An answer asks the lengths of its candidates' articles, whose details reading the
    candidates' sentence rows read already: no statement more for them."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "storm.txt").write_text(
        "---\ntitle: Storm hits coast\n---\nThe storm hit the coast. Rivers rose. Roads closed.\n"
    )
    db = tmp_path / "lengths.db"
    assert build([folder], db).ok
    corpus = Corpus(db)
    (sid,) = corpus._all("SELECT id FROM sentences WHERE idx = 1")[0]
    (row,) = corpus.sentences([sid])
    queries: list[str] = []
    corpus._conn.set_trace_callback(queries.append)
    assert corpus.article_lengths({row.article}) == {row.article: 4}  # headline and three
    assert queries == []
