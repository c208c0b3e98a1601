"""The places a headline names, stored with its article and read back by the ranker."""

from __future__ import annotations

import re

from ..sentence_words import MAX_SENTENCE_CHARS
from .gazetteer import gazetteer_ids

# Marks a gazetteer id among a headline's stems (bot.sentence_analysis.title_hits): no stem has it
PLACE_MARK = "@"


def headline_places(title: str) -> str:
    """The ids :func:`gazetteer_ids` finds in a headline (its first MAX_SENTENCE_CHARS, as a
    sentence is read), sorted and joined by spaces (no id has one): what the build stores with
    each article (``articles.places``) for answering to read with :func:`read_places`. Scanned
    at answer time on the first sight of each headline, they cost 1.2% of a question's work
    (callgrind over the bench questions at x1: 28.94 -> 28.59 M instructions)."""
    head = title[:MAX_SENTENCE_CHARS]
    found = set(gazetteer_ids(head))
    for word in _HYPHENATED.findall(head):
        if not gazetteer_ids(word):
            found |= gazetteer_ids(word.replace("-", " "))
    return " ".join(sorted(found))


# A hyphenated word of a headline with a capitalised part: "Turkish-Libyan", "pro-Russian"
_HYPHENATED = re.compile(r"\b\w+(?:-\w+)*-[A-Z]\w*(?:-\w+)*|\b[A-Z]\w*(?:-\w+)+")


def read_places(stored: str | None) -> frozenset[str]:
    """A headline's stored places (:func:`headline_places`), each id marked with PLACE_MARK to
    stand apart from the headline's stems ("@united-states" among "militari", "kill")."""
    return frozenset(PLACE_MARK + e for e in stored.split()) if stored else frozenset()
