"""Reading a question as answering reads it: the intent template, the coverage's spellings."""

from __future__ import annotations

from bot.corpus import Corpus
from bot.question_reading import _spelled_as_in, _split_compounds, known_word, read, template


def test_filler_words_are_left_out_of_the_intent_template():
    tokens = "so basically when will putin meet zelensky".split()
    assert (
        template(tokens, [], frozenset({"when", "will", "meet"})) == "when will putin meet zelensky"
    )
    # a light word an example has stays ("what does X mean"); "any" only before a filler
    vocabulary = frozenset({"does", "mean"})
    assert template("what does it mean".split(), [], vocabulary) == "what does it mean"
    assert template("any news on the talks".split(), [], frozenset()) == "on the talks"
    assert template("any talks".split(), [], frozenset()) == "any talks"


def test_a_question_of_opening_words_alone_is_read_in_one_pass():
    # each opening "and" once asked whether every word before it was a filler, recursively:
    # 2^n steps for a question of n of them (found by the hostile questions' test)
    assert template(["and"] * 200, [], frozenset()) == ""
    assert template(["and", "so", "who", "and"], [], frozenset()) == "who and"


def test_a_typo_the_index_stems_to_a_fragment_is_not_taken_for_a_word_of_the_coverage(seed_db):
    spelled = _spelled_as_in(Corpus(seed_db))
    assert not spelled("haeds")  # indexed as "ha", like "has"
    assert spelled("zelensky") and spelled("nauseda")


def test_a_long_hyphenated_chain_is_read_as_words_without_a_phrase_look_up(seed_db):
    # "the-the-the-…" pasted (one Discord message, 250 words) was looked up as one phrase of
    # 250 words in the index: 115 ms on the Wikinews database, growing with the corpus
    corpus = Corpus(seed_db)
    phrases = []
    real = corpus.has_phrase
    corpus.has_phrase = lambda words: phrases.append(words) or real(words)
    assert _split_compounds("is the-the-the-the-the-the-the-the here", corpus) == (
        "is the the the the the the the the here"
    )
    assert phrases == []
    # a compound of a few words is looked up as before: kept where the coverage writes it
    assert _split_compounds("the Trump-Zelensky sit-down", corpus) == "the Trump Zelensky sit down"
    assert phrases == [["trump", "zelensky"], ["sit", "down"]]


def test_a_clause_about_the_asker_run_together_is_dropped_once_put_apart(core):
    # "iheard" is put apart by the speller, after the clause about the asker was looked for
    state = core._state
    known = known_word(state.corpus)
    assert read(state, "iheard the news today, why is russia against it", known) == (
        "why is russia against it"
    )
