from facts import interview

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


def _rows(paragraphs):
    return [interview.Line(i, p, text, i == 0) for i, (p, text) in enumerate(paragraphs)]


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


def test_replies_are_stored_as_runs_and_read_back_as_they_were():
    read = interview.replies(_rows(ZARA))
    assert interview.runs(read) == [
        (3, 4, "((WN))  Can you tell us something about yourself?", "zara kay"),
        (
            7,
            9,
            "((WN))  How old are you? And when did you decide to start Faithless Hijabi?",
            "zara kay",
        ),
    ]
    assert interview.unrun(interview.runs(read)) == read
    # the same turn and speaker again after a gap is a run of its own
    gap = [(3, "", "ng"), (4, "", "ng"), (9, "", "ng")]
    assert interview.runs(gap) == [(3, 4, "", "ng"), (9, 9, "", "ng")]
    assert interview.unrun(interview.runs(gap)) == gap
