"""What the question analysis and the sentence analysis both read: word lists, patterns and
the small readings built on them (a sentence's tokens, whether a text states a count).

Kept below both so that neither imports the other in a circle: :mod:`bot.question_analysis`
asks about units, numbers and calendars that :mod:`bot.sentence_analysis` looks for in a
sentence. Nothing here knows of a question or a candidate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import STOPWORDS, tokenize

YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b")
# A four-digit number that a word of quantity comes before is a count, not a year: "more than
# 1000 people have been arrested", "some 1500 troops", "at least 1200 homes". YEAR alone reads
# every number from 1000 to 2099 as a year, so "how many were arrested" found no count in the
# sentence that gives one (three Wikinews dev questions on one story). Only where a word that
# is not a stop word follows, what is counted (group 2): those words come before years too,
# "around 1970.", "roughly 1948 to 1951", "up to 2015 on the Fox Business Network" (4 of the
# 12 in the Wikinews corpus).
_QUANTIFIED = re.compile(
    r"\b(?:(?:more|fewer|less) than|over|about|around|nearly|almost|approximately|roughly|some"
    r"|at least|up to|an estimated)\s+(1[0-9]{3}|20[0-9]{2})\s+([^\W\d_][\w'\u2019-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def quantities(text: str) -> frozenset[str]:
    """The year-like numbers of ``text`` that a word of quantity makes counts of what the word
    after them names (_QUANTIFIED)."""
    if not any(c.isdigit() for c in text):
        return frozenset()
    return frozenset(
        m.group(1) for m in _QUANTIFIED.finditer(text) if m.group(2).lower() not in STOPWORDS
    )


def is_year(token: str, text: str) -> bool:
    """Whether a number ``token`` of ``text`` reads as a year: YEAR's shape, and no word of
    quantity before it (:func:`quantities`)."""
    return bool(YEAR.fullmatch(token)) and token not in quantities(text)


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
# The currencies a sum is told in, by name (rubles, lari, rupees: the news is worldwide): the one
# list of them, for the amount of money a sentence has (sentence_analysis._MONEY) and for the
# currency a "how much" question asks in ("how much damage in pesos did typhoon phanfone do":
# question_analysis._MONEY_WORDS). Kept in two copies, they drifted apart, and a currency added
# to one was not read by the other. Not "cent": "per cent" is a share. The codes
# (CURRENCY_CODES) a sentence writes in capitals ("USD 5 million").
CURRENCY_CODES = frozenset("usd eur gbp".split())
CURRENCIES = CURRENCY_CODES | frozenset(
    """dollar dollars bucks euro euros pound pounds yen yuan renminbi rupee rupees ruble rubles
    rouble roubles peso pesos franc francs lira liras lari krona kronor krone kroner rand
    shilling shillings naira dinar dinars dirham dirhams riyal riyals rial rials hryvnia
    hryvnias zloty baht ringgit cents""".split()
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
