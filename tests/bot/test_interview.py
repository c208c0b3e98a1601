from bot import interview, question_analysis, rank, sentence_analysis
from bot.answer import ARTICLE_LIMIT
from bot.corpus import SentenceRow
from bot.question_analysis import analyze

TITLE = "Zara Kay tells Wikinews about her organisation"

# (paragraph, text): an interview whose interviewer is labelled "((WN))"
ZARA = [
    (0, TITLE),
    (1, "Wikinews had gotten in touch with Zara Kay."),
    (2, "((WN))  Can you tell us something about yourself?"),
    (3, "((Zara Kay))  Um yeah."),
    (3, "So I was born in Tanzania."),
    (4, "((WN))  How old are you?"),
    (4, "And when did you decide to start Faithless Hijabi?"),
    (5, "((Zara Kay))  So, I am 26 now."),
    (5, "So I was 25 then."),
    (6, "The goals were set later."),
]


def _rows(paragraphs, published="2020-01-01"):
    return [
        SentenceRow(i, "a1", i, p, 0, 0, text, i == 0, TITLE, "p", None, published)
        for i, (p, text) in enumerate(paragraphs)
    ]


def test_a_turn_opens_with_a_speakers_label_in_double_brackets_or_before_a_colon():
    assert interview.label("((Zara Kay))  So, I am 26 now.") == "zara kay"
    assert interview.label("((WSS)) : Which past president do you admire?") == "wss"
    assert interview.label("NG: This study started in 1982.") == "ng"
    assert interview.label("Natasha Gownaris: I've wanted to be a marine scientist.") == (
        "natasha gownaris"
    )
    assert interview.label("The study found: rats avoid harm.") is None


def test_a_reply_takes_the_interviewers_question_before_it_and_its_speaker():
    contexts = interview.turn_contexts(_rows(ZARA))
    assert (
        contexts[8] == "((WN))  How old are you? And when did you decide to start "
        "Faithless Hijabi? zara kay"
    )
    assert contexts[9] == contexts[8]  # the reply runs on over the next paragraph
    assert 1 not in contexts and 5 not in contexts  # the lead and the question itself


def test_an_unlabelled_question_before_a_labelled_reply_is_the_interviewers():
    rows = _rows(
        [
            (0, TITLE),
            (1, "How many employees were there in the crew?"),
            (2, "((Aparna Garg))  There were fifteen of them."),
            (2, "So combining everybody, it was around fifteen people."),
            (3, "Would you call it a success?"),
            (4, "((Aparna Garg))  Yes."),
        ]
    )
    contexts = interview.turn_contexts(rows)
    assert contexts[3].startswith("How many employees")


def test_an_article_without_turns_has_no_replies():
    rows = _rows([(0, TITLE), (1, "Note: the vote was close."), (2, "Why did it fail?")])
    assert interview.turn_contexts(rows) == {}


def test_a_reply_ranks_with_the_words_of_the_question_it_answers():
    rows = _rows(ZARA)
    question = analyze("how old was zara kay when she started faithless hijabi")
    turns = interview.with_turns(rows, _FakeCorpus(rows), ARTICLE_LIMIT)
    plain = rank.rank(question, rows)
    asked = rank.rank(question, turns)
    assert asked.scores[8] > plain.scores[8]
    assert asked.scores[1] == plain.scores[1]  # the lead answers no interviewer


class _FakeCorpus:
    def __init__(self, rows):
        self.rows = rows

        self.read = 0

    def article_lines(self, article):
        self.read += 1
        return self.rows

    def published(self, article):
        return self.rows[0].published

    def body_sentences_holding(self, article, needles):
        return sum(any(n in row.text for n in needles) for row in self.rows if not row.is_title)


def test_an_article_with_fewer_labelled_sentences_than_turns_is_not_read():
    rows = _rows([(0, TITLE), (1, "Note: the vote was close."), (2, "Why did it fail?")])
    corpus = _FakeCorpus(rows)
    assert interview.asked_replies(corpus, ["a1"], frozenset({"vote", "close"})) == []
    assert corpus.read == 0
    assert interview.asked_replies(_FakeCorpus(_rows(ZARA)), ["a1"], frozenset()) == []


def test_the_reply_to_an_interviewers_question_like_the_members_is_a_candidate():
    rows = _rows(ZARA)
    corpus = _FakeCorpus(rows)
    asked = frozenset(question_analysis.stem(w) for w in ("old", "start", "faithless", "hijabi"))
    assert interview.asked_replies(corpus, ["a1"], asked) == [7, 8, 9]
    # one word in common is not the same question
    assert interview.asked_replies(corpus, ["a1"], frozenset({question_analysis.stem("old")})) == []


def test_an_undated_document_has_no_interview_turns():
    rows = _rows(ZARA, published=None)
    corpus = _FakeCorpus(rows)
    assert interview.with_turns(rows, corpus, ARTICLE_LIMIT) == rows
    assert interview.asked_replies(corpus, ["a1"], frozenset({"old", "start"})) == []


def test_a_speakers_own_age_in_the_first_person_is_an_age():
    # (rank's age pattern; kept here, with the interviews that write ages so)
    assert sentence_analysis._shows_type("So I was 25 when I started Faithless Hijabi.", "age")
    assert sentence_analysis._shows_type("I am 26 now.", "age")
    assert sentence_analysis._shows_type("I'm 45 now.", "age")
    assert not sentence_analysis._shows_type("I was 10 minutes late.", "age")
    assert not sentence_analysis._shows_type("I am 100 percent sure.", "age")


def test_an_unclosed_label_before_a_long_run_of_spaces_is_no_label():
    # "((", spaces and no "))": every split of the run was tried for every name length (0.3 s
    # at 2,000 spaces, minutes at 50,000); no time is asserted here (timings belong to bench/)
    assert interview.label("((" + " " * 5000 + "x") is None


def test_label_trims_and_bounds_the_double_parenthesis_label():
    assert interview.label("((  Zara Kay  )) So I am 26 now.") == "zara kay"
    assert interview.label("((" + "x" * 40 + ")) text") == "x" * 40
    assert interview.label("((" + "x" * 41 + ")) text") is None
    assert interview.label("(( " + "x" * 40 + " )) text") == "x" * 40


def test_a_name_label_may_open_with_any_capital_letter():
    assert interview.label("Zoë Ünal: I am 26 now.") == "zoë ünal"
    assert interview.label("Ólafur: We met in Reykjavík.") == "ólafur"
    assert interview.label("NG: This study started") == "ng"
    assert interview.label("so I said: no") is None
    assert interview.label("Ursula von der Leyen: no") is None


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


def test_the_cheap_check_before_the_label_regex_never_skips_a_label():
    import random

    rng = random.Random(18)
    pieces = ["((", "))", ":", " ", "WN", "Zara", "Kay", "NG", "a", "?", ".", "'", "\u2019", "-"]
    matched = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) + rng.choice(
            [": ok", ")) ok", " ok"]
        )
        if interview.LABEL.match(text) is not None:  # label() skips the regex without a needle
            assert any(needle in text for needle in interview.LABEL_NEEDLES), text
            matched += 1
    assert matched > 200  # the strings exercise the regex, not only the cheap check


def test_only_the_candidates_first_articles_are_read_for_turns():
    """A large coverage puts dozens of articles among one question's candidates (the benchmark's
    copies of one interview: each read cost about a millisecond on a question's first sight);
    the turns of the first few, the full-text search's best, are read (as many as the answerer
    reads candidates from: one number, answer.ARTICLE_LIMIT, where interview kept a copy), and
    a reply of a later one is ranked without its turn."""
    for first in (ARTICLE_LIMIT, 2):
        rows = [row._replace(article=f"a{k}") for k in range(first + 2) for row in _rows(ZARA)]
        corpus = _FakeCorpus(_rows(ZARA))
        turns = interview.with_turns(rows, corpus, first)
        assert corpus.read == first
        read = {row.article for row in turns if row.turn}
        assert read == {f"a{k}" for k in range(first)}


def test_a_sentence_of_a_speakers_label_alone_is_only_a_label():
    for text in ("((Wayne Tseng))", "((WN)) ?", "((WN))  ?", "NG: ...", "((WN))"):
        assert interview.only_label(text), text
    for text in (
        "((WN))  What?",
        "((Wayne Tseng))  Reasons:",
        "Key Reforms include:",
        "so I said: no",
        "The WHO (( said",
    ):
        assert not interview.only_label(text), text


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
            interview._context(asked, speaker)
        )
