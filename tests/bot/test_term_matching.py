"""Tests of bot.term_matching (moved out of tests/bot/test_rank.py with the code)."""

from __future__ import annotations

import pytest

from bot import sentence_analysis, term_matching
from bot.rank import Candidate
from bot.rank_common import RELATED
from facts.sentence_words import stored_words


def test_a_stored_analysis_teaches_the_prefix_index_too():
    sentence_analysis.read_sentence.cache_clear()
    text = "The discoverability of the zzqqxyzabc finding was questioned."
    sentence_analysis.read_sentence(text, stored_words(text))
    assert "zzqqxyzabc" in term_matching._prefix_stems("zzqqxyzab")


def test_captions_before_a_sentence_count_against_its_position_in_every_copy():
    # two copies of a story (one title): each caption of either before it counts, as before
    story = [
        Candidate("Photo: the bridge", 1, 1, False, "Bridge", 9),
        Candidate("The bridge fell on Monday.", 2, 1, False, "Bridge", 9),
        Candidate("Photo: the river", 1, 1, False, "Bridge", 9),
        Candidate("Crews searched the river.", 3, 2, False, "Bridge", 9),
    ]
    sents = [sentence_analysis.read_sentence(c.text) for c in story]
    assert [s.prose for s in sents] == [False, True, False, True]
    assert term_matching.body_positions(story, sents) == [0, 0, 0, 0]


def test_a_country_written_out_matches_its_acronym_but_not_the_pronoun_us():
    from bot.question_analysis import analyze

    question = analyze("would the united states arm a european-led force")
    words = [t.word for t in question.terms]
    united, states = words.index("united"), words.index("states")
    candidates = [
        Candidate("The US reportedly remains willing to supply weaponry.", 1, 1, False, "T", 3),
        Candidate("Officials told us the force would be ready.", 1, 1, False, "U", 3),
    ]
    sents = [sentence_analysis.read_sentence(c.text) for c in candidates]
    hits = term_matching.matches(question, candidates, sents)
    assert hits[0][united] == hits[0][states] == 1.0
    assert hits[1][united] == 0.0
    # another alias of the country ("White House") is not its name written out
    assert term_matching._written_out_places(analyze("who went to the white house")) == []


def test_going_to_a_government_seat_is_going_to_its_capital():
    from bot.question_analysis import analyze
    from bot.rank_common import RELATED

    question = analyze("When is Zelensky going to the White House?")
    words = [t.word for t in question.terms]
    white, house = words.index("white"), words.index("house")
    candidates = [
        Candidate("Zelensky is set to meet Trump in Washington on Monday.", 1, 1, False, "T", 3),
        Candidate("Zelensky is set to meet Trump in Paris on Monday.", 2, 1, False, "T", 3),
    ]
    sents = [sentence_analysis.read_sentence(c.text) for c in candidates]
    hits = term_matching.matches(question, candidates, sents)
    assert hits[0][white] == hits[0][house] == RELATED
    assert hits[1][white] == hits[1][house] == 0.0


def test_only_a_journey_to_a_country_reads_as_one_to_its_capital():
    ends = term_matching._journey_ends
    assert ends("is he heading to the kremlin") == [(("kremlin",), "moscow")]
    assert ends("a trip to britain") == [(("britain",), "london")]
    assert ends("is he going to ukrainian talks") == []  # an adjective names no journey's end
    assert ends("what was said at the white house") == []  # no journey


def _reading(*stems: str) -> sentence_analysis.SentenceReading:
    return sentence_analysis.SentenceReading(
        stems, frozenset(stems), len(stems), True, False, False, 0
    )


def test_of_two_stems_equally_near_a_typo_the_earlier_candidates_wins_every_run():
    # "zelensko" is one letter from both "zelenska" and "zelensky": a set of the pool let the
    # process's hash seed pick, so one run credited another sentence than the next
    term = term_matching.Term("zelensko", frozenset(), "zelensko")
    first, second = _reading("zelenska", "visit"), _reading("zelensky", "meet")
    pool = term_matching._spelling_pool
    assert term_matching._near_spelling(term, pool([first, second])) == "zelenska"
    assert term_matching._near_spelling(term, pool([second, first])) == "zelensky"


def test_a_sentence_naming_the_person_has_the_words_the_question_describes_them_by():
    from bot.question_analysis import analyze
    from bot.rank_common import RELATED

    question = analyze("will the american president talk in private")
    words = [t.word for t in question.terms]
    american, president = words.index("american"), words.index("president")
    candidates = [
        Candidate("Zelensky will first meet with Trump one-on-one.", 5, 2, False, "T", 9),
        Candidate("The talks were held in private.", 6, 2, False, "T", 9),
        Candidate("He backed a trump card.", 7, 2, False, "T", 9),
    ]
    sents = [sentence_analysis.read_sentence(c.text) for c in candidates]
    described = [("the american president", "Donald Trump")]
    hits = term_matching.matches(question, candidates, sents, described=described)
    assert hits[0][american] == hits[0][president] == RELATED
    # a sentence that does not name him, or writes the word uncapitalised, gains nothing
    assert hits[1][american] == hits[2][american] == 0.0
    # without the resolution, the sentence naming him lacks the description's words
    assert term_matching.matches(question, candidates, sents)[0][american] == 0.0


def test_a_reading_met_again_adds_nothing_to_the_spelling_pool():
    # the copies of a story share one reading: its stems stay where they first came
    first, second = _reading("zelensky", "meet"), _reading("washington", "visit")
    assert term_matching._spelling_pool([first, second, first]) == [
        "meet",
        "zelensky",
        "visit",
        "washington",
    ]


def _credits(question: str, texts: list[str], word: str) -> list[float]:
    """The credit of the question's ``word`` in each of ``texts``, each the opening of a story
    of its own (no sentence inherits words from one before it)."""
    from bot.question_analysis import analyze

    analysis = analyze(question)
    at = [t.word for t in analysis.terms].index(word)
    candidates = [Candidate(t, 1, 1, False, f"T{i}", 3) for i, t in enumerate(texts)]
    sents = [sentence_analysis.read_sentence(c.text) for c in candidates]
    return [row[at] for row in term_matching.matches(analysis, candidates, sents)]


def test_a_capital_standing_for_its_government_matches_its_country_s_adjective():
    chancellor = "Polish Prime Minister Donald Tusk and German Chancellor Olaf Scholz spoke."
    other = "Polish Prime Minister Donald Tusk spoke."
    asked = "which official from berlin spoke"
    assert _credits(asked, [chancellor, other], "berlin") == [RELATED, 0.0]
    # the city as the place where something is: not its government
    assert _credits("who spoke in berlin", [chancellor, other], "berlin") == [0.0, 0.0]
    # a coverage that names the city itself is read as it stands
    named = "The talks were held in Berlin."
    assert _credits(asked, [chancellor, named], "berlin") == [0.0, 1.0]


def test_the_seat_of_an_organisation_stands_for_it():
    """ "the alliance boss from brussels" is NATO's head: news calls the EU and NATO by the city
    they sit in, as a government by its capital (orgs.txt's seat column)."""
    nato = "NATO Secretary-General Mark Rutte spoke."
    other = "Polish Prime Minister Donald Tusk spoke."
    asked = "is the alliance boss from brussels speaking"
    assert _credits(asked, [nato, other], "brussels") == [RELATED, 0.0]
    assert _credits("who spoke in brussels", [nato, other], "brussels") == [0.0, 0.0]


@pytest.mark.parametrize(
    ("question", "word", "texts"),
    [
        # a journey told by a sentence putting someone at its end; not one without the place,
        # nor one naming the place without putting anyone there
        (
            "is the pope travelling to lisbon next week",
            "travelling",
            (
                "The pope will celebrate Mass in Lisbon next week.",
                "The pope will celebrate Mass next week.",
                "Lisbon prepares for the pope's visit.",
            ),
        ),
        # a party's stance told by what it demands; not another party's demand of it, nor the
        # party without one
        (
            "how does the union's stance affect the strike talks",
            "stance",
            (
                "The union demands a ten percent raise.",
                "The employers demand new talks with the union.",
                "The union met on Monday.",
            ),
        ),
    ],
)
def test_a_word_of_the_question_told_in_the_sentence_s_own_terms(question, word, texts):
    """The first sentence tells the word in its own terms (a related word's credit), the
    others do not."""
    assert _credits(question, list(texts), word) == [RELATED, 0.0, 0.0]


def test_a_journey_in_company_is_not_told_by_where_one_of_them_will_be():
    texts = ["The pope will celebrate Mass in Lisbon next week."]
    assert _credits("who is travelling to lisbon with the pope", texts, "travelling") == [0.0]


def test_a_sentences_name_runs_are_read_once_for_every_length_asked():
    """The runs of two stems and more are those of one and more, longer than one: the
    capitalised runs are found and stemmed once per text, whichever length is asked first."""
    text = "Representative Elijah Cummings met Smith and the Bank of America in Baltimore."
    term_matching._name_sequences.cache_clear()
    term_matching._stem_runs.cache_clear()
    longer = term_matching._name_sequences(text)
    every = term_matching._name_sequences(text, 1)
    assert every == (("repres", "elijah", "cum"), ("smith",), ("bank", "america"), ("baltimor",))
    assert longer == tuple(run for run in every if len(run) >= 2)
    assert term_matching._stem_runs.cache_info().misses == 1
