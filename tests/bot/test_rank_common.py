"""Tests of bot.rank_common (moved out of tests/bot/test_rank.py with the code)."""

from __future__ import annotations

from bot import rank_common


def test_a_sentences_tokens_are_its_tokenized_words_kept_for_its_other_analyses():
    text = "On March 5, twelve U.S. officials met; 1,200 people (in 2025) watched."
    assert rank_common.word_tokens(text) == tuple(rank_common.tokenize(text))
    assert rank_common.word_tokens(text) is rank_common.word_tokens(text)


def test_a_year_like_number_after_a_word_of_quantity_is_a_count_not_a_year():
    arrested = "More than 1000 people have been arrested since the protests began in June."
    assert not rank_common.is_year("1000", arrested)
    assert rank_common.quantities("Some 1500 troops and at least 1200 homes.") == {"1500", "1200"}
    assert rank_common.is_year("1998", "The club was founded in 1998 by 12 members.")
    assert rank_common.is_year("1990", "It grew over the 1990s.")  # a decade is still a time


def test_a_year_after_a_word_of_quantity_with_nothing_counted_after_it_is_a_year():
    """ "around 1970.", "roughly 1948 to 1951", "up to 2015 on the network" (Wikinews corpus
    sentences): a word of quantity before a year says it is approximate or an end; a count is
    followed by what it counts ("more than 1000 *people*")."""
    for text, year in (
        ("The band split up around 1970.", "1970"),
        ("From roughly 1948 to 1951, Guy was the ending.", "1948"),
        ("He hosted the show up to 2015 on the Fox Business Network.", "2015"),
        ("It happened about 1990, when she was ten.", "1990"),
    ):
        assert rank_common.is_year(year, text), text
    assert rank_common.quantities("over 1400 feet, some 1500 troops") == {"1400", "1500"}
