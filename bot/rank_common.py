"""What the question analysis and the sentence analysis both read: word lists, patterns and
the small readings built on them (a sentence's tokens, whether a text states a count).

Kept below both so that neither imports the other in a circle: :mod:`bot.question_analysis`
asks about units, numbers and calendars that :mod:`bot.sentence_analysis` looks for in a
sentence. Nothing here knows of a question or a candidate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import tokenize

YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")
# Units of time, the one list of them, each with its plural: what "how many days" counts
# (_TIME_UNITS) and what a span of time is written in (_DURATION, _SPAN, _SPAN_UNITS)
TIME_UNIT_PLURALS = {
    unit: unit[:-1] + "ies" if unit.endswith("ry") else unit + "s"
    for unit in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
}


# Month and weekday names: capitalised, yet dates rather than names (bot.mismatch reads them as
# dates after "last" and "next" too)
CALENDAR = frozenset(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions dozen dozens first
    second third fourth fifth sixth seventh eighth ninth tenth half""".split()
)
# "the lone survivor", "the sole survivor", "a lone gunman": one, for "how many survived"
ONE_WORDS = frozenset({"lone", "sole"})


@lru_cache(maxsize=256)
def word_tokens(text: str) -> tuple[str, ...]:
    """A sentence's tokens, for the analyses of one question's candidates that each need them
    (their words, then the numbers of a count or number question): a sentence met for the first
    time is tokenised once, not three times. A few hundred are enough for one question's."""
    return tuple(tokenize(text))


EXACT, RELATED = 1.0, 0.8  # credit for the same stem, and for a lemma/related word/derivation


PERCENTAGE = re.compile(r"(\d+)\s*%")
