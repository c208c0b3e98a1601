from bot import interview, question_analysis, rank, sentence_analysis
from bot.candidate_search import ARTICLE_LIMIT
from bot.corpus import SentenceRow
from bot.question_analysis import analyze
from facts import interview as reading
from tests.facts.test_interview import TITLE, ZARA  # the interview both layers read


def _rows(paragraphs, published="2020-01-01"):
    return [
        SentenceRow(i, "a1", i, p, 0, 0, text, i == 0, TITLE, "p", None, published)
        for i, (p, text) in enumerate(paragraphs)
    ]


def test_a_reply_ranks_with_the_words_of_the_question_it_answers():
    rows = _rows(ZARA)
    question = analyze("how old was zara kay when she started faithless hijabi")
    turns = interview.with_turns(rows, _FakeCorpus(rows), ARTICLE_LIMIT)
    plain = rank.rank(question, rows)
    asked = rank.rank(question, turns)
    assert asked.scores[8] > plain.scores[8]
    assert asked.scores[1] == plain.scores[1]  # the lead answers no interviewer


class _FakeCorpus:
    """A corpus whose one article's replies are read as the build reads them."""

    def __init__(self, rows):
        self.rows = rows
        self.read = 0

    def replies(self, article):
        self.read += 1
        return reading.replies(self.rows)

    def reply_turns(self, article):
        return self.replies(article), {}  # no stored stems: worked out when read

    def published(self, article):
        return self.rows[0].published


def test_an_undated_documents_stored_replies_give_no_turns():
    rows = _rows(ZARA, published=None)
    corpus = _FakeCorpus(rows)
    assert corpus.replies("a1")  # read by the build, undated or not
    assert interview.with_turns(rows, corpus, ARTICLE_LIMIT) == rows
    assert interview.asked_replies(corpus, ["a1"], frozenset({"old", "start"})) == []


def test_the_reply_to_an_interviewers_question_like_the_members_is_a_candidate():
    rows = _rows(ZARA)
    corpus = _FakeCorpus(rows)
    asked = frozenset(question_analysis.stem(w) for w in ("old", "start", "faithless", "hijabi"))
    assert interview.asked_replies(corpus, ["a1"], asked) == [7, 8, 9]
    # one word in common is not the same question
    assert interview.asked_replies(corpus, ["a1"], frozenset({question_analysis.stem("old")})) == []
    assert interview.asked_replies(corpus, ["a1"], frozenset()) == []


def test_a_speakers_own_age_in_the_first_person_is_an_age():
    # (rank's age pattern; kept here, with the interviews that write ages so)
    assert sentence_analysis._shows_type("So I was 25 when I started Faithless Hijabi.", "age")
    assert sentence_analysis._shows_type("I am 26 now.", "age")
    assert sentence_analysis._shows_type("I'm 45 now.", "age")
    assert not sentence_analysis._shows_type("I was 10 minutes late.", "age")
    assert not sentence_analysis._shows_type("I am 100 percent sure.", "age")


def test_a_candidate_carries_its_turn_as_a_row_does():
    """The ranker reads ``turn`` as a field of every candidate it ranks (rank.Ranked), so a
    :class:`rank.Candidate` takes one too and gets the reply's credit as a row does."""
    rows = _rows(ZARA)
    question = analyze("how old was zara kay when she started faithless hijabi")
    turns = interview.with_turns(rows, _FakeCorpus(rows), ARTICLE_LIMIT)
    count = len(rows)
    candidates = [
        rank.Candidate(
            r.text,
            r.index,
            r.paragraph,
            r.is_title,
            TITLE,
            count,
            published=r.published,
            turn=r.turn,
        )
        for r in turns
    ]
    assert rank.rank(question, candidates).scores == rank.rank(question, turns).scores


def test_only_the_candidates_first_articles_are_read_for_turns():
    """A large coverage puts dozens of articles among one question's candidates (the benchmark's
    copies of one interview: each read cost about a millisecond on a question's first sight);
    the turns of the first few, the full-text search's best, are read (as many as the answerer
    reads candidates from: one number, candidate_search.ARTICLE_LIMIT, where interview kept a
    copy), and a reply of a later one is ranked without its turn."""
    for first in (ARTICLE_LIMIT, 2):
        rows = [row._replace(article=f"a{k}") for k in range(first + 2) for row in _rows(ZARA)]
        corpus = _FakeCorpus(_rows(ZARA))
        turns = interview.with_turns(rows, corpus, first)
        assert corpus.read == first
        read = {row.article for row in turns if row.turn}
        assert read == {f"a{k}" for k in range(first)}


def test_a_replys_context_stems_are_its_questions_and_its_speakers_together():
    # _turns reads a reply's context stems as two sets joined (each text read once): the same
    # stems as the joined context text's, whether either part is ASCII or not
    import random

    rng = random.Random(7)
    words = ["How", "old", "U.S.", "Zoë", "Ünal", "it's", "born?", "(WN)", "co-founder", "26", ""]
    for _ in range(500):
        asked = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 6)))
        speaker = " ".join(rng.choice(words) for _ in range(rng.randrange(0, 3))).lower()
        seen: dict[str, frozenset[str]] = {}
        assert interview._context_stems(asked, speaker, seen) == interview.context_stems(
            reading._context(asked, speaker)
        )


def test_a_turns_reply_sentences_share_one_context_joined_once():
    # _contexts joins a turn's question and speaker stems once for all its reply's sentences
    replies = reading.replies(_rows(ZARA))
    contexts = interview._contexts(replies, {})
    assert set(contexts) == {sid for sid, _, _ in replies}
    for sid, asked, speaker in replies:
        assert contexts[sid] == interview._context_stems(asked, speaker, {})
    by_turn: dict[tuple[str, str], set[int]] = {}
    for sid, asked, speaker in replies:
        by_turn.setdefault((asked, speaker), set()).add(id(contexts[sid]))
    assert any(len(ids) == 1 for ids in by_turn.values())
    assert all(len(ids) == 1 for ids in by_turn.values())  # one set per turn, not per sentence
