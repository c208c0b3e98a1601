"""A sentence's words, analysed at build time and stored as a short string."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from facts import words
from facts.sentence_words import (
    MAX_SENTENCE_CHARS,
    PRONOUN_SAYS,
    SentenceWords,
    analyse_sentence,
    decode,
    encode,
    named_number_forms,
    pronoun_says,
    stored_words,
)

SENTENCES = [
    "Zelensky will meet Trump in Washington on Monday.",
    "He ruled out a high-level one-on-one meeting.",
    "John Smith (1901 - 1980) was a writer",
    "They called for talks with no strings attached!",
    "",
    "Ça va, café-society “quoted” (1890–1950).",
]


def test_an_analysis_reads_stems_compounds_phrases_and_flags():
    words = analyse_sentence("He ruled out a high-level one-on-one meeting (1901 - 1980).")
    assert words.stems == ("rule", "high-level", "one-on-on", "meet", "1901", "1980")
    assert words.extra == ("high", "level", "1", "reject")  # in the order found; "one" is 1
    assert words.life_span and words.prose and words.opens_with_pronoun
    assert words.length == 9


def test_the_analysis_keeps_each_hyphenated_compounds_parts():
    """Stored, so answering need not tokenise every candidate with a hyphen for them
    (bot.sentence_analysis.compound_pairs): the parts' stems, stop words left out, where two or
    more stay."""
    words = analyse_sentence("A European-led force and a well-equipped, state-of-the-art army.")
    assert words.compounds == (("european", "led"), ("well", "equip"), ("state", "art"))
    assert analyse_sentence("The re-run was held.").compounds == (("re", "run"),)
    assert analyse_sentence("No compound here.").compounds == ()
    assert decode(stored_words("A European-led force.")).compounds == (("european", "led"),)


def test_a_caption_is_not_prose_and_has_no_life_span():
    words = analyse_sentence("Image: the summit in 2025")
    assert not words.prose and not words.life_span and not words.opens_with_pronoun


def test_the_analysis_says_whether_a_pronoun_speaks_a_quotation():
    """Stored, so answering need not search every candidate for it
    (bot.term_matching._inherit_context); looked for in the whole text, as answering did, even past
    the analysed head."""
    assert analyse_sentence('"True justice takes time," she said.').pronoun_says
    assert analyse_sentence("Speaking to PBS, he said the talks would go on.").pronoun_says
    assert not analyse_sentence("The minister said the talks would go on.").pronoun_says
    assert not analyse_sentence("She was charged with murder.").pronoun_says
    overlong = "word " * MAX_SENTENCE_CHARS + '"Enough," she said.'
    assert analyse_sentence(overlong).pronoun_says
    assert decode(stored_words(overlong)).pronoun_says


def test_only_the_head_of_an_overlong_sentence_is_analysed():
    text = "word " * MAX_SENTENCE_CHARS
    assert analyse_sentence(text).length == MAX_SENTENCE_CHARS // 5


def test_encode_then_decode_gives_the_analysis_back():
    for text in SENTENCES:
        words = analyse_sentence(text)
        assert decode(encode(words)) == words
        assert stored_words(text) == encode(words)


@given(
    st.lists(st.from_regex(r"[a-z0-9][a-z0-9'.\-]{0,8}", fullmatch=True), max_size=6),
    st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=3),
    st.integers(0, 500),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.integers(0, 31),
    st.lists(
        st.lists(
            st.from_regex(r"[a-z0-9][a-z0-9'.]{0,8}", fullmatch=True), min_size=2, max_size=4
        ).map(tuple),
        max_size=3,
    ).map(tuple),
)
def test_any_analysis_survives_its_stored_form(
    stems, extra, length, life, prose, pronoun, says, shown, compounds
):
    words = SentenceWords(
        tuple(stems), tuple(extra), life, length, prose, pronoun, says, shown, compounds
    )
    assert decode(encode(words)) == words


def test_the_build_stores_each_sentences_analysis(wikinews_db):
    conn = sqlite3.connect(wikinews_db)
    try:
        rows = conn.execute("SELECT text, words FROM sentences").fetchall()
    finally:
        conn.close()
    assert len(rows) > 10_000
    assert all(words == stored_words(text) for text, words in rows)


@given(
    st.lists(
        st.sampled_from(
            ["She", "she", "he", "They", "said", "says", "told", "added", "remarked", "tweeted"]
            + ["Speaking", "to", "PBS,", '"Justice', "takes", 'time,"', "the", "shed", "sayso"]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_the_pronoun_speaker_check_agrees_with_its_pattern(text):
    """The verb pre-check only spares the regex work: it never changes the verdict."""
    assert pronoun_says(text) == bool(PRONOUN_SAYS.search(text))


def test_a_pronoun_speaks_with_any_verb_that_reports_speech_in_a_sentence():
    """The pronoun's verbs are the reporting verbs of a sentence (facts.speech.REPORTED), and
    "continued"."""
    assert pronoun_says('"We will rebuild," he announced.')
    assert pronoun_says('"It is routine," she commented.')
    assert pronoun_says('"And then," he continued, "we left."')
    assert not pronoun_says('"We will rebuild," the mayor announced.')


def test_own_after_a_possessive_is_a_word_of_the_sentence():
    assert "own" in analyse_sentence("It is a key pillar of its own defense.").extra
    assert "own" in analyse_sentence("Ukraine’s own army held the line.").extra
    assert "own" not in analyse_sentence("Farmers own the land.").extra


def test_a_sentence_with_an_informal_word_also_says_the_plain_one():
    # "cops" is read as "police" on both sides, so "what did the police say" finds it
    assert words.stem("police") in analyse_sentence("The cops said nothing.").extra


def test_a_percent_sign_says_percent():
    """The tokenizer drops "%", so "what percent of the staff are women" found nothing of "only
    10% of the employees" while "70 percent" matched (written_forms)."""
    assert "percent" in analyse_sentence("Only 10% of the employees were women.").extra
    assert "percent" not in analyse_sentence("Only ten of the employees were women.").extra
    assert "percent" in decode(stored_words("Turnout was 48%.")).extra


def test_a_name_with_a_number_says_the_forms_members_type():
    """ "COVID-19" and "G-7" are one token each, which "covid" and "g7" never matched; a number
    range or a model number has no name to say."""
    assert named_number_forms(["covid-19"]) == [words.stem("covid"), "covid19"]
    assert named_number_forms(["g-7"]) == ["g7"]
    assert named_number_forms(["737-800", "2019-20", "the"]) == []
    # not a stop word alone ("a-1" is no "a")
    assert named_number_forms(["a-1"]) == ["a1"]


def test_a_headlines_stems_are_stored_and_read_back_as_worked_out():
    """What the build stores with an article for answering's title matches
    (articles.title_words): its title_stems, and those with its title_parts (hyphenated words'
    parts, withdraw and quit for an ended bid)."""
    from facts.sentence_words import headline_words, read_headline_words, title_parts, title_stems

    for title in (
        "Gillibrand ends US presidential bid",
        "Pro-Trump rally in Washington; 25.7% turnout",
        "Ecuador reports COVID-19 outbreak",
        "",
    ):
        read = read_headline_words(headline_words(title))
        assert read.stems == title_stems(title)
        assert read.part_stems == title_stems(title) | title_parts(title)
    assert {words.stem("withdraw"), words.stem("quit")} <= title_parts("Gillibrand ends bid")
    assert words.stem("trump") in title_parts("Pro-Trump rally")
