"""The replies told without a quote, and the stories an abstention lists (bot.reply_parts)."""

from __future__ import annotations

import pytest

from bot import decide, reply_parts
from bot.model import Citation


@pytest.mark.parametrize(
    ("limit", "note"), [(1, "cut to 1 character."), (5, "cut to 5 characters.")]
)
def test_the_cut_note_counts_in_english(limit, note):
    """`max_question_chars: 1` noted "(Your question was cut to 1 characters.)"."""
    assert reply_parts.truncation_notes(True, limit) == (f"(Your question was {note})",)


def _cited(title: str, score: float) -> Citation:
    return Citation("a", title, "p", 1, "A sentence.", 0, 11, score)


def test_an_abstention_lists_only_the_stories_close_behind_the_best():
    """ "It does cover" names the stories of the best-ranked candidates, but not one whose best
    sentence is more than decide.IDENTIFIED_STORY_LEAD behind: that one shares a word with the
    question, not its topic ("eddie van halen's funeral" listed the "Lion Man" killed by his
    lions)."""
    lead = decide.IDENTIFIED_STORY_LEAD
    ranked = [
        _cited("Eddie Van Halen dies", 10.0),
        _cited("Eddie Van Halen dies", 9.0),
        _cited("Van Halen tribute concert", 10.0 - lead + 0.5),
        _cited("'Lion Man' killed by his lions", 10.0 - lead - 0.5),
    ]
    assert reply_parts.covered_titles(ranked) == [
        "Eddie Van Halen dies",
        "Van Halen tribute concert",
    ]
    assert reply_parts.covered_titles([]) == []
