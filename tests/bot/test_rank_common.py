"""Tests of bot.rank_common (moved out of tests/bot/test_rank.py with the code)."""

from __future__ import annotations

from bot import rank_common


def test_a_sentences_tokens_are_its_tokenized_words_kept_for_its_other_analyses():
    text = "On March 5, twelve U.S. officials met; 1,200 people (in 2025) watched."
    assert rank_common.word_tokens(text) == tuple(rank_common.tokenize(text))
    assert rank_common.word_tokens(text) is rank_common.word_tokens(text)
