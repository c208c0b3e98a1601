"""What a sentence's wording shows of an answer's type, worked out at build time."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from facts.sentence_words import analyse_sentence, decode, stored_words
from facts.wording import (
    MEASURE,
    PERSON_NAME,
    PLACE_WORD,
    REASON,
    REPORTED,
    ROLE,
    STORED_TYPES,
    shown_types,
    shows,
    skipping,
    type_bit,
)
from tests.conftest import NAME_TEXTS


def _shown_both_ways(text: str, kind: str) -> bool:
    """The sentence shows ``kind`` to the pattern (``shows``) and in the flags stored for it at
    build time (``analyse_sentence``), which must agree."""
    return bool(shows(text, kind) and analyse_sentence(text).shown & type_bit(kind))


def test_the_analysis_stores_the_answer_types_a_sentence_shows():
    """bot.rank reads them back instead of searching every candidate for its question's type."""
    text = "He resigned because of the scandal, the ministry said."
    words = decode(stored_words(text))
    assert words == analyse_sentence(text)
    for atype in ("person", "reason", "statement"):
        assert words.shown & type_bit(atype)
    for atype in ("measure", "place"):
        assert not words.shown & type_bit(atype)
    assert analyse_sentence("The village is located 20 km north of Tandag.").shown == (
        type_bit("measure") | type_bit("place")
    )


def test_news_gives_a_reason_in_a_participle_or_a_passive():
    """ "why did he step down": "poor health was cited when he stepped down"; "why did she
    quit the race": "she dropped out after failing to win"; a consequence ("led to") is no
    reason for what it follows from."""
    assert shows("Poor health was cited when he stepped down.", "reason")
    assert shows("He resigned on Monday, citing ill health.", "reason")
    assert shows("She dropped out in March after failing to win any contest.", "reason")
    assert shows("The closure was prompted by fears of a fire.", "reason")
    assert not shows("His decision to run led to tensions.", "reason")


def test_news_gives_a_reason_as_what_set_an_event_off():
    """ "what started the fire": "investigating a faulty wire triggering the blaze", "the
    blaze was sparked by fireworks"."""
    assert shows("Police are looking at a faulty wire triggering the blaze.", "reason")
    assert shows("The blaze was sparked by fireworks on the roof.", "reason")
    assert shows("The riot was started by a dispute over a ticket.", "reason")
    assert not shows("The fire started on the roof.", "reason")


def test_news_gives_a_reason_as_what_came_before_a_purpose_or_a_link():
    """ "why did the NBA suspend its season": "the decision followed a player testing
    positive"; "why would anyone blow up a jackal": "in a bid to gain its meat"; "why do
    females die more": "it must be related to their smaller body size". What follows an event
    ("followed by") is no reason for it."""
    assert shows("The NBA's decision followed a Utah Jazz player testing positive.", "reason")
    assert shows("This decision comes after a couple of suicide bombings last month.", "reason")
    assert shows("The killing occurred in a forest in a bid to gain jackal meat.", "reason")
    assert shows("We think it must be related to their smaller body size.", "reason")
    assert shows("The purpose of this page is to demonstrate a mechanism.", "reason")
    assert not shows("The first car was followed by two trucks.", "reason")


def test_only_the_stored_types_have_a_bit():
    assert [type_bit(atype) for atype in STORED_TYPES] == [1, 2, 4, 8, 16]
    assert type_bit("age") == type_bit("duration") == type_bit("time") == 0
    assert not shows("He was 101 and died of pneumonia.", "age")


@given(
    st.lists(
        st.sampled_from(
            [
                "Because",
                "DUE",
                "to",
                "due to",
                "Reasons",
                "by",
                "BY",
                "Ceo",
                "he",
                "ſo that",
                "ſhe",
                "İn order to",
                "K",
                " ",
                ",",
                "-",
                "é",
                "the",
            ]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_the_fast_case_insensitive_search_finds_what_ignorecase_finds(text):
    for words in (REASON, ROLE, REPORTED):
        assert words.found(text) == bool(words._folded.search(text))


# The two-word-name pattern as first written: the faster one must find the same.
_PERSON_NAME_AS_WRITTEN = re.compile(
    r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z]+"
)


@settings(max_examples=500)
@given(NAME_TEXTS)
def test_the_name_pattern_finds_what_it_found_as_first_written(text):
    spans = [m.span() for m in PERSON_NAME.finditer(text)]
    assert spans == [m.span() for m in _PERSON_NAME_AS_WRITTEN.finditer(text)]


@given(st.text(alphabet="abcHeSaid uséſ.,\"'1%kmbecausnorthlcted", max_size=60))
def test_the_stored_types_are_what_each_search_says(text):
    """shown_types searches them all at once, with the text lower-cased once."""
    assert shown_types(text) == sum(type_bit(atype) for atype in STORED_TYPES if shows(text, atype))


_MEASURE_AS_WRITTEN = re.compile(
    r"\d[\d,.]*\s*(?:-\s*)?(%|percent|square|sq|km|kilomet|metre|meter|m\b|feet|ft|foot|"
    r"inch|mile|acre|hectare|kg|kilogram|pound|lb|ton|tonne|mph|km/h|people|employees|"
    r"inhabitants|residents|members|million|billion)",
    re.IGNORECASE,
)


@given(
    st.lists(st.sampled_from(["1", "٣", ",", ".", "-", " ", "\n", "km", "m", "%", "x"])).map(
        "".join
    )
)
def test_the_measure_pattern_finds_what_it_found_as_first_written(text):
    assert bool(MEASURE.search(text)) == bool(_MEASURE_AS_WRITTEN.search(text))


def test_a_long_run_of_digits_is_read_whole_for_a_measure():
    # Each digit of the run was a start of its own, read to the run's end: 1 s for 2,000
    # digits. The pattern now starts only where a run starts. Its speed is measured in bench/,
    # not here (no timed assertions in tests); this checks the long runs still read right.
    for run in ("1" * 5000, "1," * 2500, "1." * 2500):
        assert not MEASURE.search(run + " apples")
        assert MEASURE.search(run + " km").start() == 0


def test_a_claim_an_allegation_or_a_warning_reports_speech():
    """ "what do Navalny's associates claim he drank" is answered by "Associates of Navalny
    alleged he drank tea": a past verb of claiming shows a statement as "said" does, and its
    noun ("the claims", "warnings") does not."""
    for text in (
        "Associates of Navalny alleged he drank tea laced with poison.",
        "Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.",
        "The minister warned the plan could fail.",
        "Lawyers argued the ban was unlawful.",
    ):
        assert _shown_both_ways(text, "statement"), text
    assert not shows("The claims were investigated by police.", "statement")
    assert not shows("Warnings were issued for six counties.", "statement")


def test_mentioned_that_shows_a_statement():
    text = "The White House envoy Steve Witkoff mentioned that the two leaders agreed."
    assert _shown_both_ways(text, "statement")


def test_a_participle_clause_of_saying_shows_a_statement():
    """ "what did Tedros say" is answered by "Ghebreyesus expressed a similar view, saying ...":
    a participle of saying after a comma reports speech as "said" does; alone, "adding" is no
    speech. A quotation may open with a word its editor bracketed ("[w]e")."""
    for text in (
        "Ghebreyesus expressed a similar view, saying the virus could be controlled.",
        "The minister resigned, adding that she had no regrets.",
        'He wrote "[w]e have never before seen a pandemic like this."',
    ):
        assert _shown_both_ways(text, "statement"), text
    assert not shows("Adding salt to the roads helped the drivers.", "statement")
    assert not shows("The council is writing new rules for the roads.", "statement")


def test_a_clause_of_reason_shows_a_reason():
    """ "why has Tesco been losing money in Poland" is answered by "..., as customer preference
    has shifted away from hypermarkets": "as" opening a clause (a subject, then its verb) after a
    comma gives a reason, as an inability does ("was unable to qualify") and a participle of
    purpose ("..., seeking documents"); "as well as" and "as a member" open no clause."""
    for text in (
        "Tesco has suffered losses in Poland, as customer preference has shifted away.",
        "Gillibrand was unable to qualify for this debate.",
        "She dropped out, failing to top more than 1% in any national poll.",
        "He entered the consulate on October 2, seeking documents allowing him to marry.",
    ):
        assert _shown_both_ways(text, "reason"), text
    assert not shows("He met the minister, as well as her deputy.", "reason")
    assert not shows("She spoke at the summit, as a member of the council.", "reason")


def _unskipped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, without the look-ahead skipping() put in front."""
    assert pattern.pattern.startswith("(?=[")
    return re.compile(pattern.pattern[pattern.pattern.index("])") + 2 :], pattern.flags)


_SKIPPED = [
    MEASURE,
    PLACE_WORD,
    *(words._exact for words in (REASON, ROLE, REPORTED)),
    *(words._folded for words in (REASON, ROLE, REPORTED)),
]


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            ["because", "Due to", "said", ", saying", "president", "North", "located", "12 km"]
            + ["ſ", "K", "İ", "ı", "٣", " ", ",", ".", "-", "\u201c", "é", "the", "s", "k", "i"]
        ),
        max_size=10,
    ).map("".join)
)
def test_a_skipping_pattern_finds_what_the_pattern_finds(text):
    """skipping() only tells the engine where a match can start: every match, its span and its
    groups are the same, under re.IGNORECASE and for the characters whose cases fold oddly."""
    for pattern in _SKIPPED:
        plain = _unskipped(pattern)
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]


def test_skipping_knows_where_a_match_can_start_or_leaves_the_pattern():
    assert skipping(re.compile(r"\b(?:is|was)\b")).pattern == r"(?=[iw])\b(?:is|was)\b"
    assert skipping(re.compile(r"(?:the )?end")).pattern == r"(?=[et])(?:the )?end"
    assert skipping(re.compile(r"(?<=, )\d+x")).pattern == r"(?=[\d])(?<=, )\d+x"
    for unknown in (r"\ba?", r".x", r"[^a]b", r"(?i:a)b", r"a*"):
        assert skipping(re.compile(unknown)).pattern == unknown  # may match empty, or any start
