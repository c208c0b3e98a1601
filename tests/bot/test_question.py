"""Cleaning questions: hostile input becomes plain words."""

from __future__ import annotations

from bot.question import clean


def test_mentions_markdown_and_control_characters_are_removed():
    cleaned = clean("<@123> @everyone **who** is\u200b zelensky\x00 `meeting`? <:pog:42>", 500)
    assert cleaned.text == "who is zelensky meeting?"


def test_long_questions_are_cut_at_a_word_and_flagged():
    cleaned = clean("who " * 100_000, 50)
    assert cleaned.truncated and len(cleaned.text) <= 50 and not cleaned.text.endswith(" ")


def test_short_questions_are_not_flagged():
    assert not clean("who is meeting whom?", 500).truncated
