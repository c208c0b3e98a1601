"""What a candidate sentence shows: dates, numbers, ages, places, names, and the answer types.

:func:`shows_answer` and the readings under it (years, spans, counts, clock times, a place, a
manner) look at one sentence, with the words the build stored for it (:func:`read_sentence`).
Separate from :mod:`bot.rank` because each reading is a fact about a sentence, decided without
the other candidates or the weights; answering and the mismatch checks use them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from facts import sentence_words, speech
from facts.entities import PLACE_MARK, headline_places, read_places, word_gazetteer_ids
from facts.lexicon import lexicon, region_words
from facts.sentence_words import (
    MAX_SENTENCE_CHARS,
    PARENS,  # short parentheses only, so that no text can make a search in them slow
    analyse_sentence,
    decode,
)
from facts.wording import QUOTED, AnyCase, shows, type_bit

from .patterns import Lazy
from .question_analysis import Question, Term, question_tokens
from .rank_common import (
    CALENDAR,
    CURRENCIES,
    CURRENCY_CODES,
    NUMBER_WORDS,
    ONE_WORDS,
    PERCENTAGE,
    RELATED,
    TIME_UNIT_PLURALS,
    YEAR,
    is_year,
    quantities,
    word_tokens,
)
from .text import STOPWORDS, stem, tokenize, zipf

if TYPE_CHECKING:
    from .rank import Ranked


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Years and days need a digit, which four sentences in five lack: one quick scan for it spares
# those the slower searches.
_DIGIT = re.compile(r"\d")
_TIME = re.compile(
    rf"\b({MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|century|centuries|BC|BCE|"
    r"AD|CE|decades?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"tomorrow|tonight|(?:next|last|this|coming|previous) (?:week|weekend|month|year|spring|"
    r"summer|autumn|fall|winter))\b|\b\d{1,2}(:\d\d)?\s*([ap]\.?m\b\.?|o'clock)"
)
# A number in words before a unit: news writes small numbers out ("around ten kilometres from
# Barcelona", "two miles north", "five tonnes"), in AP and British style alike; digits only
# left "how far is Badalona from Barcelona" with no answer of its type in the one sentence
# that gives it.
_SPELLED_NUMBER = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|a thousand|"
    r"thousands of|a dozen|dozens of)"
)
_DIGITS_NUMBER = r"\d[\d,.]*(?:\s*(?:-|–|to|±)\s*\d[\d,.]*)?"
_NUMBER_BEFORE = r"(?:" + _DIGITS_NUMBER + "|" + _SPELLED_NUMBER + r")\s*(?:-\s*)?"
# the words of the units that measure (_MEASURES), each after a number in _UNITS
_MEASURE_UNITS = {
    "length": r"(?:km|kilomet|metre|meter|m\b|cm\b|feet|ft\b|foot|inch|mile|yard|"
    r"nautical|light[- ]years?|parsecs?|au\b)",
    "weight": r"(?:kg\b|kilogram|gram|g\b|pound|lbs?\b|tons?\b|tonnes?\b|ounce|oz\b)",
    "speed": r"(?:mph|km/h|kph|kilometres per hour|kilometers per hour|"
    r"miles per hour|knots|metres per second|meters per second|m/s)",
}
_UNITS = {
    **{
        kind: re.compile(_NUMBER_BEFORE + unit, re.IGNORECASE)
        for kind, unit in _MEASURE_UNITS.items()
    },
    "percent": re.compile(_NUMBER_BEFORE + r"(?:%|percent\b|per cent\b)", re.IGNORECASE),
    # a result, one number against another: "230-to-198", "22 points to 10", "3–1", "52 votes
    # to 48"; not a span of years ("1980–1987"), which _TALLY_YEARS leaves out. The spaces
    # around " to " are read once, by the "\s*" on either side and lookarounds: written
    # "\s*\s+to\s+\s*", a number before a long run of spaces had each split of the run tried
    # (4 s for 20,000 spaces)
    "tally": re.compile(
        r"(?<![\d.,])\d(?:[\d,]*\d)?(?:\s+(?:votes?|points?|goals?|runs?|seats?))?"
        r"\s*(?:-to-|(?<=\s)to(?=\s)|[-\u2013\u2014])\s*\d(?:[\d,]*\d)?(?![.,]?\d)(?!\s*%)",
        re.IGNORECASE,
    ),
    # an earthquake's: "magnitude 6.6", "the magnitude of the earthquake was 6.6", "7.0
    # magnitude", "magnitude-6.3", "M6.3"; not "two people died"
    "magnitude": re.compile(
        r"\bmagnitude\b(?:\W+\w+){0,5}?\W+\d+(?:\.\d+)?|\d+(?:\.\d+)?\W{1,3}magnitude\b"
        r"|\bM[wL]?\s?\d\.\d\b",
        re.IGNORECASE,
    ),
}
# the units after which a number measures rather than counts (_measured), after a number in
# digits: _measured keeps only the digits of what they find, and the spelled numbers' words
# (which hold no digit) made the expressions start with an alternation that the regex engine
# tries at every position of the sentence; starting with a digit, it skips to the digits. The
# same digit matches: a match of a spelled number holds no digit, so none starts inside one.
# 112 -> 24 us a sentence with a digit (the Wikinews sentences', tokens included)
_MEASURES = tuple(
    re.compile(_DIGITS_NUMBER + r"\s*(?:-\s*)?" + _MEASURE_UNITS[kind], re.IGNORECASE)
    for kind in ("length", "weight", "speed")
)


def _measured(text: str) -> frozenset[str]:
    """The numbers in digits of ``text`` that measure a length, a weight or a speed ("gusts of
    60-80 mph", "73 km north of Tandag", "five tonnes" aside: a spelled number before a unit is
    rarer and kept): none of them counts anything, so "how many people died when Lorenzo hit
    the Azores" is not answered by the wind's forecast speed (a near miss written for abst29).
    A question asking for one (a length, a speed) has an answer type of its own, not "count"."""
    return frozenset(
        token
        for pattern in _MEASURES
        for found in pattern.finditer(text)
        for token in word_tokens(found.group(0))
        if token[:1].isdigit()
    )


_TALLY_YEARS = re.compile(  # "1980–1987", "2019-20": a span of years, no result
    r"(?:1[0-9]|20)\d\d\s*(?:-to-|\s+to\s+|[-\u2013\u2014])\s*(?:1[0-9]|20)?\d\d"
)


# after a length, where it is rather than how deep or high: "(45 miles) north of", "east-southeast"
_COMPASS = re.compile(r"\w*\)?\s*(?:\([^)]{0,40}\)\s*)?(?:north|south|east|west)", re.IGNORECASE)
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|o'clock)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|midday)\b",
    re.IGNORECASE,
)
_DAY = re.compile(rf"\b(?:{MONTHS})\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+(?:{MONTHS})\b")
# a span of days with its month ("July 27\u201328", "August 22 to 25", "22-25 August"): its
# other end is a day too, no count ("Wikinews attended the convention ... July 27\u201328" gives
# no number of people who attended)
_DAY_SPAN = re.compile(
    rf"\b(?:{MONTHS})\s+(\d{{1,2}})(\s*(?:[-\u2013\u2014]|\b(?:to|through|until)\b)\s*)(\d{{1,2}})\b"
    rf"|\b(\d{{1,2}})(\s*(?:[-\u2013\u2014]|\b(?:to|through|until)\b)\s*)(\d{{1,2}})\s+(?:{MONTHS})\b"
)


def _day_spans(text: str) -> set[str]:
    """The days of the spans of days ``text`` gives with a month, as the words they are read
    as ("28", and "22-25" where a hyphen joins them): a span runs forward within a month, so
    "May 3 to 40 people" is none."""
    days = set()
    for m in _DAY_SPAN.finditer(text):
        first, joint, last = m.group(1, 2, 3) if m.group(1) else m.group(4, 5, 6)
        if int(first) < int(last) <= 31:
            days.update((first, last, f"{first}{joint}{last}"))
    return days


# an amount of money: a currency's sign or name (rank_common.CURRENCIES, its codes in capitals),
# or a word for a sum
_MONEY = re.compile(
    r"[$€£¥₹]|\b(revenue|budget|gross(ed)?|cost|price|"
    + "|".join(sorted(c.upper() if c in CURRENCY_CODES else c for c in CURRENCIES))
    + r")\b"
)
# the units in either number ("last week", "next months": a date, bot.mismatch)
TIME_UNIT_WORDS = frozenset(TIME_UNIT_PLURALS) | frozenset(TIME_UNIT_PLURALS.values())


def _time_unit_forms(units: Iterable[str]) -> str:
    """Regex alternatives for the ``units`` of time in the singular or plural: "days?",
    "centuries|century"."""
    plurals = TIME_UNIT_PLURALS
    return "|".join(
        f"{unit}s?" if plurals[unit] == unit + "s" else f"{plurals[unit]}|{unit}" for unit in units
    )


# "14 days", "two weeks", "several months". The run of digits, commas and points is read whole
# (possessive): a unit is a word, so it can follow only the run's end.
_SPAN_NUMBER = (
    r"(?:\d[\d,.]*+\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|several|few)[\s-]+)"
)
# Where a span's number may start when the pattern is searched for anywhere: a word, or a run of
# digits, commas and points, entered only where the run starts and moved on (atomically) to its
# first digit that starts a word, where \b\d first matched. A start at each later digit of the
# run reached the same end and failed as the first did: quadratic time ("1,1,1,..." of 2,000
# characters took 0.3 s) for nothing more.
_SPAN_START = r"(?:\b(?=[^\W\d])|(?<![\d,.])(?>[\d,.]*?\b(?=\d)))"
_DURATION = re.compile(
    _SPAN_START
    + _SPAN_NUMBER
    + r"(?:-\s*)?("
    + _time_unit_forms(TIME_UNIT_PLURALS)
    # a length, not one per hour: "161 km/h", "100 miles per hour" is a speed, no "how long"
    + r"|(?:miles?|km|kilometres?|kilometers?|metres?|meters?|feet|ft|inches)\b"
    + r"(?!\s*/\s*h|\s+(?:per|an|a)\s+hour)|long)\b"
    r"|\b(from|between)\b[^.]{0,40}\b(to|and|until|–|-)\b[^.]{0,20}\d"
    r"|\b(?:day|week|month)\s+\d{1,3}\b"  # "up to week 22 of a pregnancy"
    # "may take a year", "lasted about an hour": one unit said with an article, after a verb of
    # taking or lasting (alone, "a year" is as often "a year ago", "once a year")
    r"|\b(?:takes?|took|taken|taking|lasts?|lasted|lasting)\s+(?:about\s+|around\s+|nearly\s+|"
    r"almost\s+|up\s+to\s+|more\s+than\s+|over\s+|less\s+than\s+)?an?\s+"
    r"(?:year|month|week|day|hour|minute|decade|century)\b"
    # a prison term that has no number: "sentenced ... to life in prison", "life imprisonment"
    # ("what sentence did Qandeel Baloch's brother get": Wikinews dev right 377 -> 379)
    r"|\blife (?:in prison|imprisonment|sentences?|terms?)\b"
    r"|\b(1[0-9]{3}|20[0-9]{2})\b",
    re.IGNORECASE,
)
# A time counted from now or from the story's day, which answers "when" as a date does: "eligible
# for parole in 25 years", "within two weeks", "three days later", "two years ago". Not after a
# superlative or "time" ("the worst flood in 25 years", "the first time in a decade"): a span
# since, not a when.
_RELATIVE_TIME = re.compile(
    r"\b(?:in|within)\s+(?:about\s+|around\s+|some\s+)?"
    + _SPAN_NUMBER
    + r"(?:-\s*)?(?:"
    + _time_unit_forms(TIME_UNIT_PLURALS)
    + r")\b|"
    + _SPAN_START
    + r"(?P<counted>"
    + _SPAN_NUMBER
    + r"(?:-\s*)?(?:"
    + _time_unit_forms(TIME_UNIT_PLURALS)
    + r")\s+(?:ago|later|earlier|from\s+now))\b",
    re.IGNORECASE,
)
_SINCE_SUPERLATIVE = re.compile(
    r"\b(?:\w+est|worst|first|most|least|time|times)(?:\W+\w+){0,6}\W+$", re.IGNORECASE
)


def _relative_times(text: str) -> list[str]:
    """The relative times of a sentence (see _RELATIVE_TIME). A time counted back or on
    ("three days later") is its group "counted": the match may start earlier, where the run of
    digits that holds its number starts (_SPAN_START)."""
    times = []
    for m in _RELATIVE_TIME.finditer(text):
        start, end = m.span("counted") if m.group("counted") is not None else m.span()
        if not _SINCE_SUPERLATIVE.search(text[max(0, start - 40) : start]):
            times.append(text[start:end])
    return times


# "born", but not the end of a compound ("Tanzanian-born", "Kenyan‑born"): that says where
# someone was born, never how old they are ("how old was Zara Kay when ..." was answered at 0.52
# with "the Tanzanian-born ex-Muslim Zara Kay"; fresh wikinews-dev15/16 one wrong citation fewer,
# nothing else moved)
_BORN_WORD = r"(?<![-\u2010\u2011])born"
_BORN = re.compile(rf"\b{_BORN_WORD}\b", re.IGNORECASE)
# an age, or a range of ages: "between the ages of 14 and 18", "aged between 14 and 18"
# After "he was 34" a unit makes the number something else than an age: "he was 5 points
# behind", "she was 10 minutes late"
_NOT_AN_AGE = (
    r"(?![\d,%]|\.\d|\s+(?:per|million|billion|bn|points?|percent|votes?|seats?|goals?"
    r"|seconds?|minutes?|hours?|days?|weeks?|months?|km|miles?|metres?|meters?|feet|kg)\b)"
)
# an age in words, as news writes small numbers: "at the age of fifteen", "eighteen-years-old",
# "the sixteen-year-old Swede", "aged seventy-two"
_AGE_IN_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_AN_AGE = rf"(?:\d{{1,3}}|{_AGE_IN_WORDS})"
_AGE = Lazy(
    rf"\b(?:{_BORN_WORD}|age[ds]?\s+(?:of\s+|between\s+|from\s+)?{_AN_AGE}"
    rf"|{_AN_AGE}[- ]years?[- ]old"
    # the age of a thing, in thousands or millions of years: "about 50 thousand years old",
    # "roughly five million years old" (a star, a tool, a fossil). Wikinews dev right 379 ->
    # 381, ranked first 651 -> 652; wrong citations 48 -> 49, the one more an interview's "these
    # bone tools are about ... 50 thousand years old", which says what its story's gold does
    rf"|(?:\d[\d,.]*|{_AGE_IN_WORDS}|a)\s+(?:hundred|thousand|million|billion)\s+years?\s+old"
    rf"|(?:dies|died|dead)\s+at\s+{_AN_AGE}|at\s+the\s+age\s+of\s+{_AN_AGE})\b"
    # news style: "Doris Day, 97, died", "He was 101 and died of pneumonia"
    rf"|[a-z],\s+\d{{1,3}},|\b(?:he|she)\s+was\s+\d{{1,3}}{_NOT_AN_AGE}"
    # an interviewee's or a quote's own age: "So I was 25 when I started Faithless Hijabi",
    # "I am 26 now", "I'm 45"
    rf"|\b(?:i\s+(?:was|am)|i'm|i\u2019m)\s+\d{{1,3}}{_NOT_AN_AGE}"
    # an obituary's "Cummings, the Democratic chairman of the committee, was 68.": a name, its
    # apposition, and a bare number ending the clause; not a report's "Turnout, the commission
    # said, was 62."
    r"|(?-i:\b[A-Z][\w'’-]+),(?![^,]*\b(?:said|says|told|according|reported|estimated)\b)"
    r"[^,]{2,120},\s+was\s+\d{1,3}(?=\s*(?:[.;]|$|,?\s+and\b))",
    re.IGNORECASE,
)


# the age of "he" or "she": the person the story is about, whom a sentence needs not name
_PRONOUN_AGE = re.compile(
    rf"\b(?:he|she)\s+(?:was|is|had\s+been)\s+(?:aged\s+)?\d{{1,3}}{_NOT_AN_AGE}\b"
    r"|\b(?:he|she)\s+died\s+(?:aged|at(?:\s+the\s+age\s+of)?)\s+\d{1,3}\b",
    re.IGNORECASE,
)


def gives_pronoun_age(text: str) -> bool:
    """Whether the sentence gives the age of a "he" or "she" ("He was 34 and reported on the
    war"): what answers "how old was the journalist shot in Aden" without a word of the
    question, as the story's subject is the one it calls "he". A named person's age in such a
    sentence ("Adamowicz, 53, has supported ...") is someone the question did not name."""
    return bool(_PRONOUN_AGE.search(text[:MAX_SENTENCE_CHARS]))


# A capitalised name after a locative preposition, a demonym ("Welsh", "Dominican-American"), or
# a word that places things.
# A place's direction from another ("southwest of the town of Guenica", "north of Kabul") and
# the name of a town or city ("the town of Guenica") say where as a preposition does.
_PLACE_NAME = re.compile(
    r"\b(?:in|at|near|from|across|throughout|between|outside|inside|within|to"
    r"|(?:north|south|east|west|(?:north|south)-?(?:east|west)) of"
    r"|(?:town|city|village|island|province|county) of)\s+(?:the\s+)?"
    r"((?:[A-Z][\w\-]+\s*,?\s*)+)"
)
# the last word of a newspaper's or a broadcaster's name, which may open with a place's ("in
# remarks to The Washington Post", "told the Los Angeles Times"): a source, no place
_OUTLET_WORDS = frozenset(
    """post times journal herald tribune gazette chronicle examiner inquirer observer telegraph
    courier bulletin dispatch""".split()
)


# A capitalised run after "to" or "from" that names no place: the source of "according to Sadie
# Weiner, Hagan's former spokeswoman" (whose word it is), and an illness named after where it was
# first found ("died from Powassan virus", "West Nile virus", "Lyme disease"): what, not where
_SOURCE_BEFORE = re.compile(r"\baccording\s+$", re.IGNORECASE)
_ILLNESS_AFTER = re.compile(
    r"\s*(?:virus|disease|fever|flu|syndrome|infection|encephalitis)\b", re.IGNORECASE
)


def _names_no_place(text: str, found: re.Match[str]) -> bool:
    """Does the capitalised run ``found`` (_PLACE_NAME's) name a source or an illness rather than
    a place (_SOURCE_BEFORE, _ILLNESS_AFTER)? "Where did Kay Hagan die" is not answered by
    "According to Sadie Weiner, ..., Hagan died from Powassan virus", which names neither."""
    return bool(
        _SOURCE_BEFORE.search(text, 0, found.start()) or _ILLNESS_AFTER.match(text, found.end(1))
    )


def _names_outlet(run: str) -> bool:
    """Does a capitalised run after "in", "to", "from" ... end in a newspaper's word ("The
    Washington Post")? Then it names where the news was told, not a place of the story."""
    words = run.replace(",", " ").split()
    return bool(words) and words[-1].lower() in _OUTLET_WORDS


_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?((?:[A-Z][\w\-]+\s*,?\s*)+)")
# This pattern and facts.wording.PERSON_NAME start with the capital and test the word boundary
# before it by a lookbehind once it is matched: a pattern that starts with a character class lets
# the regex engine skip to the next capital in C, instead of trying the boundary at every position
# (1.4 against 8.7 us for a sentence without a name). The tests keep the patterns as first written.
_DEMONYM = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:an|ian|ese|ish|ic|i)\b(?:-[A-Z][a-z]+)?")
# How something was done, as a news sentence says it: a means or a channel ("by bus", "via
# Twitter", "in a video statement", "using a drone", "with a knife", "on Instagram"), an
# instrument someone "used" ("an officer used a fire extinguisher to put out the flames"; not the
# habit of "used to"), and what was done to someone "after being" so ("died ... after being shot
# in his car": how he was killed). Those two: Wikinews dev right +2 ("how did they put out the
# fire", "how was the journalist killed", 0.30 -> 0.91 and 0.76), no wrong citation more. Not
# "by" before a full name ("The research was led by Mark Hay"): that is who did it, not how
# (Wikinews dev wrong citations -2, "how did the fish help the corals", no right answer lost).
_MANNER = re.compile(
    r"\b(?:by(?!\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\b)|via|through|using|with|used\b(?! to\b)"
    r"|after being \w+"
    r"|on (?:Twitter|Facebook|Instagram|YouTube|television|TV|"
    r"radio)|in an? (?:video|statement|letter|speech|post|interview|tweet|message|press "
    r"conference|email|blog))\b",
    re.IGNORECASE,
)


# What the law allows or a charge carries, not what someone got: "the crimes carry a prison
# term of up to 42 years", "a potential charge of murder ... carries a possible life sentence",
# "he faces up to ten years"; and the verbs of an outcome that say what was given as well ("was
# sentenced to five years of a possible twenty"). "Possible", "potential" and "maximum" only
# of a penalty within PENALTY_REACH characters after them ("a maximum of three years in
# prison"): "Humberto had maximum sustained winds of 75 miles per hour" measured the storm, and
# read as a possibility it withheld that right answer (0.933 -> 0.200).
PENALTY_REACH = 40
_PENALTY = r"(?:sentences?|penalt(?:y|ies)|punishments?|terms?|fines?|jail|prison|imprisonment)"
_POSSIBLE_AMOUNT = re.compile(
    rf"\b(?:(?:possible|potential|maximum)\b[^.;]{{0,{PENALTY_REACH}}}?\b{_PENALTY}\b"
    r"|(?:carr(?:y|ies)|faces?|facing|could (?:face|get)) (?:a|an|up to|life)\b)",
    re.IGNORECASE,
)
# (and a maximum the court "imposed", "handed" down or "gave": "the judge imposed the maximum
# sentence of 20 years" is what he got)
_AMOUNT_GIVEN = Lazy(
    r"\b(?:sentenced|jailed|fined|awarded|received|got|imposed|handed|gave|given)\b",
    re.IGNORECASE,
)


def states_only_possible_amount(text: str) -> bool:
    """Whether the sentence gives an amount only as a possibility (_POSSIBLE_AMOUNT) and names
    no outcome (_AMOUNT_GIVEN)."""
    return bool(_POSSIBLE_AMOUNT.search(text)) and not _AMOUNT_GIVEN.search(text)


# A capitalised name and the names set after it by commas, as news gives a place's address
# ("White Plains, New York, US", "Kamloops, British Columbia"): group 1 the name, group 2 the rest
_NAME_RUN = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
_ADDRESSED = re.compile(rf"({_NAME_RUN})((?:,\s*(?:the\s+)?{_NAME_RUN})+)")


def without_addresses(text: str, words: Iterable[str]) -> str:
    """``text`` with the address taken off each place it names in the question's ``words``
    (lower-cased: their stems or forms): "Water main bursts in White Plains, New York, US" is
    "Water main bursts in White Plains" for "where did the water main burst in white plains".
    The state and country after the asked place's name are where that place is, not where in
    it something happened."""
    asked = frozenset(words)

    def own(name: str) -> bool:
        return all(w.lower() in asked or stem(w.lower()) in asked for w in name.split())

    return _ADDRESSED.sub(lambda m: m.group(1) if own(m.group(1)) else m.group(0), text)


# A sentence that opens by setting itself at an earlier time than its story's ("For many years,
# Sirhan was held ... at Corcoran State Prison", "In 2016, the U.S. Supreme Court declined to
# hear a case ...", "For decades, three of the twelve lanes had been reserved"): background,
# not the story's event. So does one that opens heading into another event ("Heading into
# Super Tuesday, Sanders had the most pledged delegates, with 60"): its count or state is of
# then, not of the moment a question names. Not "Before ..." or "Prior to ...": as often the
# story's own day ("Before Qaboos's burial, his successor ... attended funeral prayers"), and
# with them Wikinews dev lost a right answer and a right abstention. Nor does one that opens
# with the last or previous election, poll, census or season ("At the last federal election,
# the Liberal National Party ... won this seat"): its result is of then. Group "year": a year, to
# be compared with the story's.
_EARLIER_FRAME = re.compile(
    r"^\W*(?:for (?:(?:many|several|some|a few|\w+) )?(?:years|decades|centuries)"
    r"|(?:years|decades) ago|last year|in (?P<year>1\d{3}|20\d{2})\b"
    r"|(?:at|in) the (?:last|previous|prior) (?:\w+ )?(?:elections?|polls?|census|seasons?)\b"
    r"|(?:heading|going) into\b)",
    re.IGNORECASE,
)


def opens_at_earlier_time(text: str, published: str | None) -> bool:
    """Whether ``text`` opens by setting itself before its story (_EARLIER_FRAME); a year must
    be before the year of ``published`` (an ISO date), as "In 2030, ..." is not."""
    match = _EARLIER_FRAME.match(text)
    if match is None:
        return False
    year = match.group("year")
    if year is None:
        return True
    return bool(published) and published[:4].isdigit() and int(year) < int(published[:4])


# Nouns of a gathering whose place news gives beside them ("a meeting in Alaska", "the Alaska
# summit", "talks at Camp David"): where that gathering was, which tells one meeting from another
GATHERINGS = r"(?:summit|summits|meeting|meetings|talks|conference|visit)"
_VENUE_AFTER = re.compile(rf"\b{GATHERINGS}\s+(?:in|at)\s+(?:the\s+)?({_NAME_RUN})")
_VENUE_BEFORE = re.compile(rf"({_NAME_RUN})\s+{GATHERINGS}\b")


def venue_words(text: str) -> frozenset[str]:
    """The words (lower-cased) of the names ``text`` gives as where a gathering was or is
    ("during a meeting in Alaska", "the Alaska summit": {"alaska"})."""
    return frozenset(
        word.lower()
        for pattern in (_VENUE_AFTER, _VENUE_BEFORE)
        for match in pattern.finditer(text)
        for word in match.group(1).split()
    )


# The means themselves, said outright: "by leaping from windows", "via a post on Medium", "in a
# video message", "used satellite imagery", "using drones", "through an intermediary". Not the
# bare "by" and "with" of _MANNER, which as often name an agent ("was aided by the support of
# younger voters") or company ("with his lawyer"), nor a platform alone ("indicated on Twitter the
# baby girl was critically ill"): a story's sentences have those whatever they say. Lower case
# after "by", so a place ("by Beijing") is no gerund. Opened by a class of first letters with the
# word boundary looked behind for (as _DEMONYM): 22 against 71 us a sentence written as
# alternatives each opening on \b, the same matches on the 9,692 Wikinews dev candidates. The
# class is the first letters of all the words, any of which may open any ending ("Tia" matches
# too): a cheap first test, the endings below tell the words.
_MEANS_MEDIA = (
    "video|statement|letter|speech|post|interview|tweet|message|press conference|email|blog"
)
_MEANS = re.compile(
    r"[bVvUuTtIi](?<!\w[bVvUuTtIi])"  # a word opening on one of the letters below
    r"(?:"
    r"y [a-z]+ing"  # by + a gerund: "by leaping from windows"
    r"|ia"  # via: "via a post on Medium"
    r"|s(?:ing|ed|es)"  # using, used, uses: "used satellite imagery", "using drones"
    r"|hrough"  # through: "through an intermediary"
    rf"|n an? (?:[\w-]+ )?(?:{_MEANS_MEDIA})"  # in a (video) message, in an interview
    r")\b"
)


def states_means(text: str) -> bool:
    """Does the sentence say by what means something was done in so many words (_MEANS)? Of
    a story's sentences, the one that does answers "how did she announce it" and "how did they
    get out"; those that only report the deed do not (weighing._means_elsewhere)."""
    return bool(_MEANS.search(text[:MAX_SENTENCE_CHARS]))


# More openings of background than _EARLIER_FRAME's, which cap the confidence in a sentence:
# "Until recently, Pakistani law allowed ...", "Before this election, the Conservative Party ...
# had just 318 seats", "Under current U.S. constitutional law, the president is limited to two
# terms", "Previously, ...", "Early in her career, ...", "Since 1983, ..." in a later story. A
# news story gives such background after its event and in the event's words, so it shares the
# question's words with the sentence that reports what is asked ("how many seats did the
# Tories win": 318 before, 365 now). For the order within a story (opens_with_background).
_BACKGROUND_FRAME = re.compile(
    r"\W*(?:Until recently|Under (?:the )?(?:current|existing|present) (?:[\w.]+ ){0,3}laws?|"
    r"Before (?:this|the) \w+|Previously|In the past|Early in (?:his|her|their|its) career|"
    r"Historically|Since (?P<year>1\d{3}|20\d{2}))\b"
)
# A sentence that says what a rule requires, not what happened: "At least 1,991 delegates are
# needed to secure the party's nomination", "a category 3 hurricane must sustain winds of at
# least 111 miles per hour". Not "must be" or "must have", which as often guess ("it must be
# related to their smaller body size").
_REQUIREMENT = re.compile(
    r"\b(?:must(?! (?:be|have)\b)|(?:is|are|was|were) (?:needed|required)|(?:needed|required) to)\b"
)


@lru_cache(maxsize=8192)
def opens_with_background(text: str, published: str | None) -> bool:
    """Does a news sentence open by setting the scene before its story's event
    (opens_at_earlier_time, _BACKGROUND_FRAME)? A year counts only before the year the story
    was ``published``. Kept per sentence and date (~0.2 KB each): the weighing asks it of every
    news candidate (48 a bench question), and a story's next question of the same sentences;
    its two expressions try each of their openings at the sentence's start."""
    if opens_at_earlier_time(text, published):
        return True
    found = _BACKGROUND_FRAME.match(text)
    if found is None:
        return False
    year = found.group("year")
    return year is None or (bool(published) and year < (published or "")[:4])


# Words one of which _REQUIREMENT's every match holds, as written (it ignores no case): a
# sentence without any of them is read in C substring scans, not by the expression, which
# tries its alternatives at every word boundary. states_requirement ran for every candidate of
# every question: 30 of the 44 ms cProfile counted in regular-expression searches over the
# 40 bench questions (x1), with tells_future's _FUTURE_TOLD 13 more.
_REQUIREMENT_WORDS = ("must", "needed", "required")


def states_requirement(text: str) -> bool:
    """Does the sentence say what a rule requires (_REQUIREMENT) rather than what happened?"""
    text = text[:MAX_SENTENCE_CHARS]
    for word in _REQUIREMENT_WORDS:  # a loop, not any() over a generator: every candidate's
        if word in text:
            return bool(_REQUIREMENT.search(text))
    return False


def shows_manner(text: str) -> bool:
    """Does the sentence say by what means or through what channel something was done? A
    news story's lead that restates "Beto O'Rourke ... announced the end of his campaign" does
    not say how he announced it."""
    return bool(_MANNER.search(text[:MAX_SENTENCE_CHARS]))


# A sentence's own denial: "did not result in a breakthrough", "is not binding", "remains
# unwilling to engage", "failed to procure", "refused to". Not "no" (a question's "with no
# conditions" or "or no" would read as its own denial, and "no one", "No. 10" deny nothing), nor
# "ruled out", which news uses of a plan as often as of a claim ("Despite Trump ruling out an
# immediate ceasefire" is no answer to when the ceasefire starts).
_DENIAL = re.compile(
    r"n['\u2019]t\b|\b(?:not|never|unwilling|unable|refus(?:es|ed|ing|al)|fail(?:s|ed|ing)? to|"
    r"declin(?:es|ed|ing) to)\b",
    re.IGNORECASE,
)
# What the sentence quotes someone as saying ("accusing her of \"not doing her job\""): their
# words, not the sentence's denial.
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")


def without_quotes(text: str) -> str:
    """The sentence without what it quotes (_QUOTED), each quotation a space: its own words."""
    return _QUOTED.sub(" ", text)


def denies(text: str) -> bool:
    """Does the sentence deny something in its own words (a negation outside what it quotes)?"""
    text = text[:MAX_SENTENCE_CHARS]
    return bool(_DENIAL.search(without_quotes(text) if '"' in text or "\u201c" in text else text))


# A word of importance with what it is important for ("will be crucial in shaping Ukraine's future
# security", "is crucial for sustaining Ukraine's military capabilities", "vital to"): the
# complement says why the thing matters. Right after the adjective: "a topic that has gained
# significant attention in recent times" says how much it was noticed, not what for.
_IMPORTANT_FOR = re.compile(
    r"\b(?:crucial|vital|essential|important|significant|critical|key)\s+(?:for|in|to)\b",
    re.IGNORECASE,
)


# one in every match of _IMPORTANT_FOR (see _may_hold)
_IMPORTANT_PIECES = ("crucial", "vital", "essential", "important", "significant", "critical", "key")


def states_importance(text: str) -> bool:
    """Does the sentence say what something is important for (_IMPORTANT_FOR)?"""
    return _holds(_IMPORTANT_FOR, _IMPORTANT_PIECES, text)


# What a thing serves as, said by the "as" of a role ("to maintain a ... military force *as a key
# pillar of* its own defense", "served as the chief negotiator", "acting as a go-between"): not
# "such as", "as a result", "as a whole", which give no role.
_AS_ROLE = re.compile(
    r"\b(?:serv|act)(?:e|es|ed|ing|s)?\s+as\b"
    r"|(?<!such )\bas\s+(?:a|an)\s+(?!result\b|whole\b)(?:[\w-]+\s+){0,3}?(?:of|in|for)\b",
    re.IGNORECASE,
)


def states_role(text: str) -> bool:
    """Does the sentence say what something serves as (_AS_ROLE)?"""
    return bool(_AS_ROLE.search(text[:MAX_SENTENCE_CHARS]))


OPENERS = "\"\u201c'("  # a capital after these opens a quotation or an aside, not a name
# A sentence's or quotation's first capital is a name only if the word is rare in English
# ("Saumya was the elephant", not "The elephant"): without it WikiQA's ranker MAP lost 0.004
# (0.7832 -> 0.7791), its encyclopedia sentences opening with the name asked for.
OPENING_NAME_ZIPF = 3.5
# A run of capitalised words ("Bank of America", "J. Smith"), written capital first: a pattern that
# opens with a character class lets the regex engine skip to the capitals (three times faster
# than the same runs written as "(word and gap)* word", which matched the same spans).
CAPS_RUN = re.compile(
    r"[A-Z][\w\-\u2019']*(?:\.?\s+(?:(?:of|de|van|von|der|da|la|the)\s+)?[A-Z][\w\-\u2019']*)*"
)
_COUNT_WORDS = (NUMBER_WORDS - {"first", "second"}) | ONE_WORDS


# A name given as one ("would be named Tropical Storm Chantal", "renamed MV Alan Kurdi", "known
# as Bloody Sunday"): capitalised words right after a verb of naming, in quotation marks or not
# ('a mannequin, nicknamed "Ripley"': without the mark, "what was the nickname of the mannequin"
# was capped as naming no one, Wikinews dev two right answers withheld)
_NAMED_AS = Lazy(
    r"\b(?:(?:re|nick)?named|called|dubbed|christened|titled|known as)\s+(?:as\s+)?"
    r"(?:the\s+)?[\"'\u201c\u2018]?([A-Z][\w\-']*(?:\s+[A-Z][\w\-']*)*)"
)


def gives_name(text: str, known: Iterable[str]) -> bool:
    """Does the sentence give something a name the question does not have, after a verb of
    naming? "What name would the depression have got" is answered by "it would be named
    Tropical Storm Chantal", which names no person: a name was asked, not someone."""
    known = {k.lower() for k in known}
    text = text[:MAX_SENTENCE_CHARS]
    return any(
        not known.issuperset(w.lower() for w in tokenize(m.group(1)))
        and not _calls_someone(text, m)
        for m in _NAMED_AS.finditer(text)
    )


# the pronouns that, right before "called", are its subject: someone called or described
_CALLERS = frozenset("he she they we i you".split())


def _calls_someone(text: str, match: re.Match[str]) -> bool:
    """Whether the "called" of ``match`` follows its subject, a pronoun or a name ("Biden
    called Trump ...", "She called the Korean War a mistake"): someone called or described
    someone, as a third of the Wikinews build's "called" + capitals do. A thing's name is
    "called" after a noun or a verb ("a group called FurScience", "also called Easter Island",
    "It's called ..."); the other verbs of naming are not so read."""
    if not match.group(0).startswith("called"):
        return False
    before = text[: match.start()].split()
    word = before[-1].strip(",") if before else ""
    if word.lower() in _CALLERS:
        return True
    return word[:1].isupper() and word.lower() not in STOPWORDS


def names_of_pairs(text: str, tokens: Sequence[str]) -> tuple[frozenset[str], ...]:
    """The lower-cased words of each capitalised run of the sentence that holds two words
    standing side by side in the question: "Rocky Linux" for "who is rocky linux named after"
    in "Kurtzer said Rocky Linux was named after Rocky McGaugh". Such a run is the name the
    question gives; its words do not give another name of the sentence in part."""
    words = [t.lower() for t in tokens]
    pairs = {(a, b) for a, b in zip(words, words[1:], strict=False) if a != b}
    runs = []
    for m in CAPS_RUN.finditer(text[:MAX_SENTENCE_CHARS]):
        run = [w.lower() for w in tokenize(m.group(0))]
        if pairs.intersection(zip(run, run[1:], strict=False)):
            runs.append(frozenset(run))
    return tuple(runs)


# A number that names rather than counts: "flight 1344", "Boeing 707", "Resolution 2334" (a
# capitalised word inside the sentence, or a noun that numbers things, right before it). "How
# many people were on board the Air India Express flight" is not answered by its flight number.
_LABEL_NOUNS = (
    "flight|route|highway|interstate|chapter|article|section|clause|terminal|gate|platform|"
    "runway|pier|game|round|stage|phase|season|episode|category|level|number|no\\.|page|line|"
    "amendment|resolution|proposition|district|ward|precinct|sector|zone|unit|block|room|floor|"
    "model|version|mark|type|class|group|item|bus|train|tram"
)
_LABEL_NUMBER = re.compile(
    rf"(?:(?<=\w )|(?<=\w, ))(?:[A-Z][a-z][A-Za-z]*|(?:{_LABEL_NOUNS}))[ \u00a0](\d[\d,.]*)\b"
)
# A number word capitalised after a capitalised word names too: "PLoS One", "Formula One", "Air
# Force One", "Channel Four", "the Big Ten". Running English writes a count in small letters
# except as a sentence's first word ("Two people died"), so "scientists publishing in PLoS One"
# counts nothing for "how many zebras did they study". Not in a headline written in title case
# ("Storm Kills Seven"), which capitalises every word: a sentence with no small-letter word of
# five letters or more is read as one. Nor after a word that ends in a full stop ("in the U.S.
# Seven people were wounded"): an abbreviation's full stop, where the splitter could not tell
# that it ended the sentence, and the number opens the next.
_NAMED_NUMBER = re.compile(
    r"\b[A-Z][\w.\-\u2019']*(?<!\.)[ \u00a0]("
    + "|".join(sorted(w.capitalize() for w in NUMBER_WORDS))
    + r")\b"
)
_RUNNING_TEXT = re.compile(r"\b[a-z]{5,}")
_SPAN = AnyCase(
    r"\b(\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS)) + r")[ \u00a0-]"
    # "five million years old": the number and its scale word both tell the span
    r"(?:(hundreds?|thousands?|millions?|billions?)[ \u00a0-])?"
    r"(?:" + _time_unit_forms(TIME_UNIT_PLURALS) + r")\b"
)
# What every span of time has: four sentences in five have none, and are not searched (the
# search took about 11 us a sentence, a twentieth of a count question's time at one copy)
_SPAN_UNITS = tuple(
    unit if plural.startswith(unit) else unit[:-1] for unit, plural in TIME_UNIT_PLURALS.items()
)
# A number joined to a unit of time by hyphens, one word: "a 22-year-old co-pilot", "a 10-day
# closure". It says how old or how long, and counts nothing (_SPAN finds "22 years" as two words;
# the tokenizer keeps the hyphenated word whole, so _SPAN's number was never the token counted).
_SPAN_WORD = re.compile(
    r"\d[\d,.]*-(?:" + _time_unit_forms(TIME_UNIT_PLURALS) + r")(?:-olds?)?", re.IGNORECASE
)


class SentenceReading(NamedTuple):
    """The words of a sentence as matching needs them; cached by text (and the stored analysis
    of its words), as sentences recur.

    Kept small (a tuple and one set, in a named tuple): a large corpus keeps tens of thousands.
    """

    stems: tuple[str, ...]  # content stems in order (for word pairs)
    stemset: frozenset[str]  # the same, plus ~born/~die when a life span implies them
    length: int  # tokens
    prose: bool  # ends like a sentence (image captions and list headers do not)
    opens_with_pronoun: bool
    pronoun_says: bool  # a pronoun speaks a quotation in it ('"...," she said')
    shown: int  # the answer types its wording shows (facts.wording.shown_types)
    compounds: tuple[tuple[str, ...], ...] = ()  # per hyphenated compound: its words' stems


PREFIX_MIN = 5  # shortest stem that may match a longer stem it begins (discov ~ discoveri)
# Stems seen in sentences, by their first PREFIX_MIN letters: finds discov ~ discoveri without
# looking at every candidate's words.
PREFIX_INDEX: dict[str, set[str]] = {}
# Every stem read_sentence has seen (those of any length): most stems of a new sentence were met
# before, and one set difference finds the few the prefix index still lacks.
_INDEXED: set[str] = set()


# About 1.6 KB per sentence: 32k sentences (a few thousand articles) stay analysed in ~50 MB.
@lru_cache(maxsize=32768)
def read_sentence(text: str, stored: str | None = None) -> SentenceReading:
    """A sentence's words: decoded from the analysis the build stored (``stored``, a few
    microseconds), or analysed here (45-55 us) for a sentence that has none, as the candidates of
    tests and of the WikiQA runner. Both give the same words (``facts.sentence_words``)."""
    if stored is None:
        words = analyse_sentence(text, word_tokens(text[:MAX_SENTENCE_CHARS]))
    else:
        words = decode(stored)
    stemset = set(words.stems)
    stemset.update(words.extra)
    # The prefix index learns every stem of the sentences met, stored or not: what a question
    # word matches by prefix must not depend on where the analysis came from.
    for st in stemset - _INDEXED:
        if len(st) >= PREFIX_MIN:
            key = st[:PREFIX_MIN]
            bucket = PREFIX_INDEX.get(key)
            if bucket is None:
                # setdefault: two threads analysing sentences at once cannot drop each other's
                # stem (and no empty set is built for a bucket that exists, as most do)
                bucket = PREFIX_INDEX.setdefault(key, set())
            bucket.add(st)
        _INDEXED.add(st)  # only once it is in the index
    if words.life_span:
        stemset.update(("~born", "~die"))
    return SentenceReading(
        words.stems,
        frozenset(stemset),
        words.length,
        words.prose,
        words.opens_with_pronoun,
        words.pronoun_says,
        words.shown,
        words.compounds,
    )


# Words that also end words as suffixes: "leadership" is no ship, "likewise" no wise.
_WORD_SUFFIXES = frozenset({"ship", "hood", "like", "wise", "less", "ward", "word", "some"})
# Prefixes that are also words or look like them: "president" is no kind of "side", "subway"
# none of "way", "interstate" none of "state".
_PREFIXES = frozenset(
    """pre pro con com sub inter anti non mis dis per trans super semi multi mid post counter
    micro mini mega auto tri""".split()
)
CLOSED_HEAD_MIN = 4  # shortest question stem a closed compound may end with ("quak", "fire")
CLOSED_MODIFIER_MIN = 3  # shortest word before it ("air" in "airstrike")
CLOSED_MODIFIER_ZIPF = 3.5  # how common that word must be in English ("nick", "wild", "snow")


def _closed_head(term_stem: str, sentence_stem: str) -> bool:
    """Is ``sentence_stem`` a closed compound whose head is the question's word: a common
    English word, then the question's stem ("airstrike" for "strike", "nicknamed" for
    "named", "earthquake" for "quake", "wildfire" for "fire")? Snowball stems the two apart
    ("strike" / "airstrik"), so a final "e" of the question's stem may be missing. A compound
    names a kind of what its head names, as a hyponym does. Not after a function word
    ("forward" is no kind of "ward", "understand" none of "stand")."""
    core = term_stem[:-1] if term_stem.endswith("e") else term_stem
    if (
        term_stem in _WORD_SUFFIXES
        or len(term_stem) < CLOSED_HEAD_MIN
        or len(sentence_stem) <= len(core)
    ):
        return False
    at = sentence_stem.rfind(core)
    if at < CLOSED_MODIFIER_MIN or sentence_stem[at:] not in (term_stem, core):
        return False
    modifier = sentence_stem[:at]
    return (
        modifier.isalpha()
        and modifier not in STOPWORDS
        and modifier not in _PREFIXES
        and zipf(modifier) >= CLOSED_MODIFIER_ZIPF
    )


def closed_compounds(
    question: Question, sents: Sequence[SentenceReading], hits: list[list[float]]
) -> None:
    """Credit a question word that a sentence has only as the head of a closed compound, as a
    related word (:func:`_closed_head`): "where did the US strike happen" is answered by "the
    United States carried out the airstrike at Baghdad International Airport", "what was the
    dummy named after" by "a mannequin, nicknamed 'Ripley' for ...". News writes many kinds of
    a thing as one word (airstrike, earthquake, wildfire, snowstorm, nickname) where members
    ask with the plain word."""
    terms = [
        (j, t.stem, t.stem[:-1] if t.stem.endswith("e") else t.stem)
        for j, t in enumerate(question.terms)
        if t.word not in STOPWORDS and len(t.stem) >= CLOSED_HEAD_MIN
    ]
    if not terms:
        return
    # a compound holds its head's stem, less a final "e" (_closed_head): one search in C over
    # a sentence's stems joined skips the stem-by-stem test where none holds it
    joined = [" ".join(s.stemset) for s in sents]
    for j, term_stem, core in terms:
        for s, stems, row in zip(sents, joined, hits, strict=True):
            if row[j] > 0 or core not in stems:
                continue
            if any(_closed_head(term_stem, other) for other in s.stemset):
                row[j] = RELATED


def compound_pairs(
    question: Question, sents: Sequence[SentenceReading], hits: list[list[float]]
) -> None:
    """Credit two adjacent question words that a sentence writes, in the same order, as one
    hyphenated compound, each word as itself or a related form: "could the arms go to a
    *Europe-led* force" (split into "europe led", as the coverage has no "Europe-led") is "a
    *European-led* force"; "a well equipped army" is "a well-equipped army". One word of a
    compound alone does not count ("European soldiers" are not "a European-led force"), nor the
    words in the other order, which relate otherwise ("who will lead the European force" asks
    for a leader the compound does not name)."""
    terms = question.terms
    # the pairs from the question's bigrams (a handful), not from every two of its terms
    at: dict[str, list[int]] = {}
    for i, t in enumerate(terms):
        at.setdefault(t.stem, []).append(i)
    pairs = sorted(
        (i, j)
        for first, second in question.bigrams
        for i in at.get(first, ())
        for j in at.get(second, ())
        if i != j
    )
    if not pairs or not any(s.compounds for s in sents):
        return
    forms = [t.related | {t.stem} for t in terms]
    paired = frozenset().union(*(forms[k] for pair in pairs for k in pair))
    for s, row in zip(sents, hits, strict=True):
        for parts in s.compounds:
            if paired.isdisjoint(parts):  # most compounds have no word of the question's pairs
                continue
            for i, j in pairs:
                if any(
                    parts[a] in forms[i] and parts[b] in forms[j]
                    for a in range(len(parts))
                    for b in range(a + 1, len(parts))
                ):
                    row[i] = max(row[i], RELATED)
                    row[j] = max(row[j], RELATED)


def compound_modifiers(
    question: Question, sents: Sequence[SentenceReading], hits: list[list[float]]
) -> None:
    """Credit the first of two adjacent question words ("the *european* force") where a
    sentence writes the pair as a hyphenated compound modifier and its noun: "a *European-led*
    force". The compound's first word says what kind of force it is, as the question's
    adjective does; only before the question's own noun (not a related one: "European
    soldiers" are not "a European-led force", see :func:`compound_pairs`), and not a name with
    a number ("COVID-19 deaths" for "covid deaths": Wikinews dev ranked first 710 -> 707).
    Seed dev right 1279 -> 1281 ("could american arms go to the european force instead"; one
    answer lost, "that european force", whose own sentence's lead over the European-led
    one shrank), no wrong citation more; Wikinews dev and WikiQA unchanged."""
    terms = question.terms
    at: dict[str, list[int]] = {}
    for i, t in enumerate(terms):
        at.setdefault(t.stem, []).append(i)
    pairs = [
        (i, second) for first, second in question.bigrams for i in at.get(first, ()) if second in at
    ]
    if not pairs or not any(s.compounds for s in sents):
        return
    forms = [t.related | {t.stem} for t in terms]
    asked = frozenset().union(*forms)
    # a compound counts only right before a pair's noun: a sentence without any of them (most
    # that have a compound) is passed over in C, not read word by word for a hyphen
    nouns = frozenset(noun for _, noun in pairs)
    for s, row in zip(sents, hits, strict=True):
        if not s.compounds or nouns.isdisjoint(s.stemset):
            continue
        stems = s.stems
        for k, word in enumerate(stems[:-1]):
            if "-" not in word:
                continue
            head, rest = word.split("-", 1)
            if not rest.isalpha():  # a name with a number ("covid-19 deaths")
                continue
            for i, noun in pairs:
                if (
                    row[i] <= 0
                    and stems[k + 1] == noun
                    and stem(head) in forms[i]
                    # a compound with another word of the question is compound_pairs' to
                    # read ("who will *lead* the european force": it names no leader)
                    and not any(
                        parts[0] == stem(head) and not asked.isdisjoint(parts[1:])
                        for parts in s.compounds
                    )
                ):
                    row[i] = RELATED


COMPLEMENT_REACH = 4  # "told the foreign powers in the gulf to": words between verb and "to"


# Verbs that take what someone does as a "to" complement, in the forms a question asks them
_WILLING = frozenset(
    """want wants refuse refuses plan plans try tries need needs hope hopes agree agrees
    promise promises threaten threatens decide decides expect expects intend intends seek
    seeks meant""".split()
)


def complement_unsaid(
    question: Question, candidates: Sequence[Ranked], hits: list[list[float]]
) -> None:
    """Take back the credit of the verb a "what ... to do" question asks the complement of
    ("what is the kremlin refusing to do", "what do they plan to do") from a sentence where
    no "to" follows its word within COMPLEMENT_REACH words: "strong opposition from the
    Kremlin" opposes, and says nothing that it refuses to do; "Russia's refusal to stop the
    killings" and "unwilling to engage in talks" do. Only a verb right before "to do" (in
    "-ing" or "-ed", or one of _WILLING): in "what did he tell the powers in the gulf to do"
    the word before is an object's, which the answer need not follow with "to"."""
    tokens = question_tokens(question.text)
    if len(tokens) < 4 or tokens[-2:] != ("to", "do") or not question.terms:
        return
    verb = tokens[-3]
    if not (verb in _WILLING or verb.endswith(("ing", "ed"))):
        return
    j = next((k for k, t in enumerate(question.terms) if t.word == verb), None)
    if j is None:
        return
    forms = question.terms[j].related | {question.terms[j].stem}
    for c, row in zip(candidates, hits, strict=True):
        if not row[j]:
            continue
        words = word_tokens(c.text[:MAX_SENTENCE_CHARS])
        at = [i for i, w in enumerate(words) if stem(w) in forms]
        if at and not any("to" in words[i + 1 : i + 2 + COMPLEMENT_REACH] for i in at):
            row[j] = 0.0


# The group a verb of composition belongs to ("include", "consist", "comprise", "centre"):
# "what do the guarantees consist of" asks for the parts of a whole named before the verb.
COMPOSING = "~include"


def whole_after_part(
    question: Question, sents: Sequence[SentenceReading], hits: list[list[float]]
) -> None:
    """Take back the credit of a verb of composition from a sentence where the whole the
    question names before that verb comes only after it: "what do the guarantees consist of"
    is not answered by "the meetings may also involve discussions about the guarantees",
    where the guarantees are a part of something else ("what does A include" is not "what
    includes A"), nor does the credit a word inherits there from the sentence before. A sentence
    that opens with a pronoun ("This includes ...") has its whole in the sentence before, and
    keeps the credit."""
    terms = question.terms
    verbs = [j for j, t in enumerate(terms) if COMPOSING in t.related and j > 0]
    if not verbs:
        return
    forms = [t.related | {t.stem} for t in terms]
    for s, row in zip(sents, hits, strict=True):
        if s.opens_with_pronoun:
            continue
        for j in verbs:
            if not row[j]:
                continue
            verb_at = next((i for i, st in enumerate(s.stems) if st in forms[j]), None)
            if verb_at is None:
                continue
            whole = [
                i
                for i, st in enumerate(s.stems)
                if i != verb_at and any(row[k] and st in forms[k] for k in range(j))
            ]
            if whole and min(whole) > verb_at:
                row[j] = 0.0


@lru_cache(maxsize=4096)
def title_stems(title: str) -> frozenset[str]:
    """facts.sentence_words.title_stems of a title (an article's headline, a person's role),
    kept: what the build stores with an article for its headline (stems_of) is worked out here
    for any other title."""
    return sentence_words.title_stems(title)


def stems_of(c: Ranked) -> frozenset[str]:
    """A candidate's :func:`title_stems` of its headline, as the build stored them with its
    article (Ranked.title_words), else worked out from its title."""
    stored = c.title_words
    return title_stems(c.title) if stored is None else stored.stems


def in_title(term: Term, title: frozenset[str], places: bool = False) -> bool:
    """Does a title (its stems) have the term: the word or a related word; with ``places``, also the
    same country, region or organisation in another form, by the gazetteer's ids of the headline
    (title_places) and of the word (word_places): one mechanism for the forms the lists name
    ("the us", "cia") and a name's inflections ("russias"), where a shared stem would take
    "sudan" for "South Sudanese". "the canadian election" under "Canada 2019 general election
    produces Liberal minority government". For news stories (rank_features._story_terms): a
    headline names where its event happened in whichever form fits it, and members ask in
    either. Wikinews dev right 308 -> 311 (one in the CHECK sets), wikinews-dev18 16 -> 17,
    ranked first -1, no wrong citation more; given to the undated seed briefing as well, its
    title's "Ukraine" and "Lithuanian" covered one more unanswerable CHECK question, answered."""
    return (
        term.stem in title
        or not term.related.isdisjoint(title)
        or (places and not word_places(term.word).isdisjoint(title))
    )


@lru_cache(maxsize=4096)
def title_places(title: str) -> frozenset[str]:
    """The countries, places and organisations a title names, in whatever form
    (facts.entities.gazetteer_ids), marked apart from its stems: "United States military kills
    Qasem Soleimani" names the country a member calls "the us", "Former U.S. intelligence
    agent ..." the one a member calls "america". What the build stores with each article
    (facts.entities.headline_places), which a sentence row brings along (Ranked.places): worked
    out here only for a candidate that brings none (one made by hand)."""
    return read_places(headline_places(title))


def places_of(c: Ranked) -> frozenset[str]:
    """The places a candidate's headline names (title_places): as the build stored them with
    its article, else worked out from its title."""
    stored = c.places
    return title_places(c.title) if stored is None else stored


@lru_cache(maxsize=4096)
def word_places(word: str) -> frozenset[str]:
    """What a question word names among title_places' ids ("us", "american", "cia"), marked
    alike (facts.entities.word_gazetteer_ids)."""
    return frozenset(PLACE_MARK + e for e in word_gazetteer_ids(word))


def title_hits(
    question: Question,
    title: str,
    places: frozenset[str] | None = None,
    stems: frozenset[str] | None = None,
) -> tuple[bool, ...]:
    """Which of the question's terms the article title has (per term, in ``terms`` order);
    with ``places`` (the title's: title_places, places_of), a country, place or organisation
    is one thing in any of its names, its adjective and its acronym (see in_title). ``stems``:
    the title's :func:`title_part_stems` where the caller has them (part_stems_of)."""
    if stems is None:
        stems = title_part_stems(title)
    if places is None:
        return tuple(in_title(t, stems) for t in question.terms)
    stems |= places
    return tuple(in_title(t, stems, True) for t in question.terms)


@lru_cache(maxsize=4096)
def title_part_stems(title: str) -> frozenset[str]:
    """:func:`title_stems`, plus the stems of the parts of its hyphenated words and what an
    ended bid says (facts.sentence_words.title_parts). For a headline, which says what its
    story is about: a story headed "pro-Trump protest" is about Trump."""
    return title_stems(title) | sentence_words.title_parts(title)


def part_stems_of(c: Ranked) -> frozenset[str]:
    """A candidate's :func:`title_part_stems` of its headline, as the build stored them with
    its article (Ranked.title_words), else worked out from its title."""
    stored = c.title_words
    return title_part_stems(c.title) if stored is None else stored.part_stems


TYPED = frozenset(
    "person time place number money age duration measure reason statement name".split()
)


def _numbers(text: str, words: frozenset[str] = NUMBER_WORDS) -> frozenset[str]:
    """Digit tokens (not years, not the day of a date) and number ``words``."""
    digit = _DIGIT.search(text)
    if digit is None and text.isascii():
        # no token opens with a digit: the number words alone, in one set operation in C
        return words.intersection(word_tokens(text))
    days = (
        {m.group(1) or m.group(2) for m in _DAY.finditer(text)} | _day_spans(text) if digit else ()
    )
    return frozenset(
        t
        for t in word_tokens(text)
        if t in words or (t[:1].isdigit() and t not in days and not is_year(t, text))
    )


def _years(text: str) -> frozenset[str]:
    if not _DIGIT.search(text):
        return frozenset()
    return frozenset(m.group(1) for m in YEAR.finditer(text)) - quantities(text)


def _capitalised(numbers: frozenset[str], text: str) -> bool:
    """Whether ``text`` writes one of the number words among ``numbers`` capitalised ("One"):
    what _NAMED_NUMBER needs to find anything that is among them."""
    return any(n.capitalize() in text for n in numbers if not n[:1].isdigit())


def _runs(items: frozenset[str]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset((i,)) for i in items)


@lru_cache(maxsize=32768)
def _shows_type(text: str, atype: str) -> bool:
    """Does the sentence's wording alone show an answer of type ``atype`` ("because", "said",
    "born", a role word, a place word)? Then its items need not be looked for: the first test
    of :func:`has_answer_type`, and the one that often decides (most sentences have "he",
    "his" or "by", which show a person). Cached per sentence and type; for most types the
    build has stored the answer with the sentence's words (facts.wording)."""
    text = text[:MAX_SENTENCE_CHARS]
    if atype == "age":
        return _year_in_parens(text) or _digit_or_holds(_AGE, _AGE_PIECES, text)
    if atype == "duration":
        return _digit_or_holds(_DURATION, _DURATION_PIECES, text)
    return shows(text, atype)


# What every match of _AGE holds but a digit: "born", "age" ("aged", "at the age of"), "old"
# ("years old"), "die" or "dead" ("died at ninety"); of _DURATION: a unit of time or length,
# "long" or "life" (the number, the years and the "from ... to" spans are digits or words
# before a unit)
_AGE_PIECES = ("born", "age", "old", "die", "dead")
_DURATION_PIECES = (
    *("second", "minute", "hour", "day", "week", "month", "year", "decade", "centur"),
    *("mile", "km", "kilomet", "metre", "meter", "feet", "ft", "inches", "long", "life"),
)


def _digit_or_holds(expression: re.Pattern[str] | Lazy, pieces: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` holds a match of a case-blind ``expression`` every match of which holds
    a digit or one of ``pieces``: tried only where one of them is there (_may_hold). The age
    and duration expressions open with alternations of words, tried at every position: 44 and
    35 us a sentence, 19 and 18 us with this test first, which two in three of the corpus's
    sentences fail (the seed and Wikinews sentences, the same answers for all)."""
    return (_DIGIT.search(text) is not None or _may_hold(text, pieces)) and bool(
        expression.search(text)
    )


def _year_in_parens(text: str) -> bool:
    """A year in parentheses, as a life span or a birth year gives it: "(1924-2019)"."""
    return any(YEAR.search(m.group(1)) for m in PARENS.finditer(text))


# The answer types whose wording can show them (:func:`_shows_type`); the others only by items.
_SHOWN_BY_WORDING = frozenset("measure age duration person reason statement place".split())


@lru_cache(maxsize=32768)
def _items(text: str, atype: str) -> tuple[frozenset[str], ...]:
    """What in the sentence could be an answer of type ``atype``: candidate items, each a set of
    words that must not all come from the question (a year, a number, a name, a place).

    Computed only for the answer type a question asks for, and cached per sentence and type.
    """
    text = text[:MAX_SENTENCE_CHARS]
    if atype == "time":
        years = _years(text)
        if years:
            return _runs(years)
        # "on Monday" answers "when" unless the question itself said Monday
        times = frozenset(
            frozenset(stem(t) for t in tokenize(m.group(0))) for m in _TIME.finditer(text)
        )
        if _DIGIT.search(text) or " in " in text or " within " in text:
            times |= {frozenset(stem(t) for t in tokenize(r)) for r in _relative_times(text)}
        if _DIGIT.search(text):
            # the day with its month: "On July 1" answers "when" in a story titled "..., July
            # 2020" (a monthly round-up, a dated report), whose title has the month alone
            times |= {frozenset(stem(t) for t in tokenize(m.group(0))) for m in _DAY.finditer(text)}
        return tuple(times)
    if atype == "count":  # "how many": "first" is no number of anything, "flight 1344" neither
        numbers = _numbers(text, _COUNT_WORDS)
        # each pattern is searched only where what it takes away is there: a number in digits
        # for a label's, a number word written capitalised for a name's (most sentences have
        # neither, and both patterns try every position of the sentence)
        if numbers and _DIGIT.search(text) and any(n[:1].isdigit() for n in numbers):
            numbers -= {m.group(1).rstrip(",.") for m in _LABEL_NUMBER.finditer(text)}
        if numbers and _RUNNING_TEXT.search(text) and _capitalised(numbers, text):
            numbers -= {m.group(1).lower() for m in _NAMED_NUMBER.finditer(text)}
        if numbers:  # nor "two days after": a span of time counts no countries
            numbers -= _SPAN.groups(text, needs=_SPAN_UNITS)
            numbers = frozenset(n for n in numbers if not _SPAN_WORD.fullmatch(n))
        if numbers and "%" in text:  # nor "45% to 60% destruction": a share counts nothing
            numbers -= {m.group(1) for m in PERCENTAGE.finditer(text)}
        if numbers and _DIGIT.search(text):  # nor "winds of 60-80 mph": a measure counts nothing
            numbers -= _measured(text)
        return _runs(numbers)
    if atype in ("number", "measure"):
        return _runs(_numbers(text))
    if atype == "money":
        if not _MONEY.search(text):
            return ()
        return _runs(_numbers(text) | _years(text))
    if atype == "age":
        # a year gives an age only as a birth year: "(born 1950)", "(1924-2019)"; news dates
        # everything ("the 2019-nCoV coronavirus")
        born = _year_in_parens(text) or _BORN.search(text) is not None
        return _runs(_years(text)) if born else ()
    if atype == "person":
        names = []
        for m in CAPS_RUN.finditer(text):
            if m.start() > 0:
                run = frozenset(stem(t) for t in tokenize(m.group(0)) if t not in STOPWORDS)
                if run:
                    names.append(run)
        return tuple(names)
    if atype == "name":
        return _names(text)
    if atype == "place":
        places = {
            stem(t)
            for m in _PLACE_NAME.finditer(text)
            if not _names_outlet(m.group(1)) and not _names_no_place(text, m)
            for t in tokenize(m.group(1))
        }
        places.update(
            stem(m.group(0).lower())
            for m in _DEMONYM.finditer(text)
            if _gazetteer_demonym(m.group(0))
        )
        return _runs(frozenset(places - STOPWORDS))
    if atype == "height":  # "how deep": a length, but not "73 km (45 miles) north of Tandag"
        return tuple(
            frozenset((m.group(0).lower(),))
            for m in _UNITS["length"].finditer(text)
            if not _COMPASS.match(text, m.end())
        )
    if atype == "tally":
        return tuple(
            frozenset((m.group(0).lower(),))
            for m in _UNITS["tally"].finditer(text)
            if not _TALLY_YEARS.fullmatch(m.group(0))
        )
    if atype in _UNITS:  # "how far": "about 1010 light years", "50 miles (80 km)"
        return tuple(frozenset((m.group(0).lower(),)) for m in _UNITS[atype].finditer(text))
    if atype == "origin":  # "came from the National Bison Range in western Montana"
        places = {stem(t) for m in _FROM_PLACE.finditer(text) for t in tokenize(m.group(1))}
        return _runs(frozenset(places - STOPWORDS))
    if atype == "year":  # "what year did he first become bishop": "in 1995", not "yesterday"
        return _runs(_years(text))
    if atype == "clock":  # "at around 3:30am", "8.10am", "at noon"
        return tuple(frozenset((m.group(0).lower(),)) for m in _CLOCK.finditer(text))
    if atype == "countries":
        return _countries_named(text)
    if atype == "settlement":  # a city or town: a place name that is no country or region
        regions = region_words()
        places = {
            stem(t)
            for m in _PLACE_NAME.finditer(text)
            for t in tokenize(m.group(1))
            if t not in regions
        }
        return _runs(frozenset(places - STOPWORDS))
    return ()


@lru_cache(maxsize=1)
def _demonym_words() -> frozenset[str]:
    """The gazetteer's adjectives of countries and regions, lower-cased ("iranian", "texan")."""
    return frozenset(
        key[0] for key, hit in lexicon().folded.items() if hit.demonym and len(key) == 1
    )


def _gazetteer_demonym(word: str) -> bool:
    """Is ``word`` (a :data:`_DEMONYM` match) an adjective of a place the gazetteer knows? The
    pattern's endings (-i, -an, -ic) also match names ("Mohammadi", "Ali", "Brian") and words
    of a faith or a party ("Islamic", "Republican"), none of which says where something
    happened: "where did Mir-Mohammadi die" is not answered by a sentence naming him and his
    "Iranian" council only. A hyphenated match counts if a part of it is listed."""
    listed = _demonym_words()
    lowered = word.lower()
    return lowered in listed or any(part in listed for part in lowered.split("-"))


@lru_cache(maxsize=1)
def _country_names() -> dict[tuple[str, ...], str]:
    """Lower-cased token sequences that name a country (its name or another name, not its
    adjective: "Greece", "the Netherlands", not "Greek"), each with the country's id."""
    lex = lexicon()
    return {
        key: hit.entity
        for key, hit in lex.folded.items()
        if not hit.demonym and getattr(lex.known.get(hit.entity), "kind", "") == "country"
    }


def _countries_named(text: str) -> tuple[frozenset[str], ...]:
    """The countries a sentence names by name, as items, when it names two or more: "which
    countries are in the EastMed project" asks for a list ("Greece, Cyprus and Israel"). An
    adjective ("a multinational European force on Ukrainian territory") names no country, and
    one country with US support is not the list asked for."""
    found = _country_runs(text)
    return found if len(found) >= 2 else ()


@lru_cache(maxsize=8192)
def _country_runs(text: str) -> tuple[frozenset[str], ...]:
    """The countries a sentence names by name (capitalised, as the gazetteer has them), each
    as the stems of its name, in order of first mention."""
    names = _country_names()
    words = re.findall(r"[\w\-]+", text[:MAX_SENTENCE_CHARS])
    found: dict[str, frozenset[str]] = {}
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            piece = words[i : i + size]
            key = tuple(w.lower() for w in piece)
            if len(piece) == size and piece[0][0].isupper() and key in names:
                found.setdefault(names[key], frozenset(stem(w) for w in key))
                i += size
                break
        else:
            i += 1
    return tuple(found.values())


def _names(text: str) -> tuple[frozenset[str], ...]:
    """The capitalised names within a sentence that could be someone's or something's name:
    not its first word or a quotation's unless English rarely uses it (OPENING_NAME_ZIPF), not
    a month or a weekday, not a country or region ("phoned 911 (the emergency number in the
    United States)" names nobody)."""
    regions = region_words()
    names = []
    for m in CAPS_RUN.finditer(text):
        start = m.start()
        words = [t for t in tokenize(m.group(0)) if t not in STOPWORDS and t not in CALENDAR]
        opens = start == 0 or text[start - 1] in OPENERS or text[max(0, start - 2)] in ":."
        if opens and (not words or zipf(words[0]) >= OPENING_NAME_ZIPF):
            continue  # a capital any sentence or quotation opens with, not a name
        if words and not all(w in regions for w in words):
            names.append(frozenset(stem(w) for w in words))
    return tuple(names)


def shows_clock_time(text: str) -> bool:
    """Does the text give a time of day ("at 3:30am", "noon"), as "what time" asks?"""
    return _CLOCK.search(text) is not None


def has_answer_type(atype: str, text: str, known: frozenset[str], shown: int | None = None) -> bool:
    """Does the sentence hold something of the expected type that the question did not say?

    ``known`` holds the question's and the title's words and stems: "who won the 2010 world
    cup" is not answered by a sentence whose only year is 2010. ``shown``: the types its
    wording shows, as the sentence's analysis has them (facts.wording.shown_types), if known.
    """
    if atype == "country":
        # "which country": a place as a "where" has one, or a country named anywhere ("with
        # Ghana winning the bid", "This would make Taiwan the first"), which needs no
        # preposition of place to be the answer
        return has_answer_type("place", text, known, shown) or any(
            not (run <= known) for run in _country_runs(text)
        )
    if atype in _SHOWN_BY_WORDING:
        bit = type_bit(atype) if shown is not None else 0
        if (shown & bit) if bit else _shows_type(text, atype):
            return True
    return any(not (run <= known) for run in _items(text, atype))


def shows_answer(question: Question, text: str, known: frozenset[str] = frozenset()) -> bool:
    """Does the sentence ``text`` hold an answer of the type ``question`` asks for that neither
    its words nor ``known`` (more words and stems already said) give? The ranker's typed match,
    for one sentence."""
    if question.answer_type not in TYPED:
        return False
    words = frozenset(t.word for t in question.terms) | frozenset(t.stem for t in question.terms)
    return has_answer_type(question.evidence_type, text, words | known)


# The bodies a nation acts through, as a news sentence names them by its adjective ("the *German
# government* announced the tests", "*Iranian authorities* arrested ..."): the body is someone, a
# who-question's answer, where the adjective before a person or a place is no one's name
_NATIONAL_BODIES = frozenset(
    """government authorities officials ministry military army navy forces troops police
    court courts parliament lawmakers senate congress embassy agency intelligence regime state
    federation delegation""".split()
)


def bodiless_demonyms(text: str) -> frozenset[str]:
    """The adjectives of nationality in ``text`` (:func:`demonyms`) that stand before no body of
    their nation (_NATIONAL_BODIES) anywhere in it, lower-cased: "an engineer was killed ... in
    the *British* capital London", "a *French* national" name no one, where "the German
    government announced the tests" names who did them."""
    return demonyms(text) - demonyms_of_bodies(text)


def demonyms_of_bodies(text: str) -> frozenset[str]:
    """The adjectives of nationality in ``text`` that stand before a body of their nation
    (_NATIONAL_BODIES), lower-cased: "the *German* government", and as news writes a body's
    own name, in capitals and after a word of its title ("the *British* Army", "the *Russian*
    Foreign Ministry", "*Russian* armed forces")."""
    return frozenset(
        m.group(0).lower()
        for m in _DEMONYM.finditer(text)
        if _gazetteer_demonym(m.group(0)) and _names_a_body(text[m.end() : m.end() + 60])
    )


# The words that may stand between a nationality and its body ("the Russian *Foreign*
# Ministry", "Russian *armed* forces"), beside any capitalised word of the body's name
_BODY_TITLE_WORDS = frozenset(
    "armed security special foreign defence defense interior federal national".split()
)
# how many such words may stand before the body
_BODY_TITLE_REACH = 2
_FOLLOWING_WORD = re.compile(r"\s+([A-Za-z]+)")


def _names_a_body(following: str) -> bool:
    """Whether ``following`` (the text after a nationality) opens with a body of the nation
    (_NATIONAL_BODIES, in any case), after at most _BODY_TITLE_REACH words of its title
    (capitalised, or of _BODY_TITLE_WORDS): "Foreign Ministry said", "Army said"; not
    "capital London" nor "man told police"."""
    at = 0
    for _ in range(_BODY_TITLE_REACH + 1):
        word = _FOLLOWING_WORD.match(following, at)
        if word is None:
            return False
        if word.group(1).lower() in _NATIONAL_BODIES:
            return True
        if not (word.group(1)[0].isupper() or word.group(1) in _BODY_TITLE_WORDS):
            return False
        at = word.end()
    return False


def demonyms(text: str) -> frozenset[str]:
    """The capitalised adjectives of nationality in ``text``, lower-cased ("Russian", "Welsh"):
    words of a country, no one's name. Those the gazetteer lists (_gazetteer_demonym), as a
    place answer has them: the pattern alone also takes "Mohammadi" and "Republican"."""
    return frozenset(
        m.group(0).lower() for m in _DEMONYM.finditer(text) if _gazetteer_demonym(m.group(0))
    )


# What a sentence puts in the future, in its own words rather than a quotation's: a modal "will",
# a schedule or an expectation ("is set to meet", "is expected to", "plans to", "upcoming")
_FUTURE_TOLD = re.compile(
    r"\b(?:will|shall|set to|going to|scheduled to|expected to|plans? to|planning to|"
    r"intends? to|upcoming)\b|['\u2019]ll\b",
    re.IGNORECASE,
)


# Pieces one of which every match of _FUTURE_TOLD holds, lower-cased ("plan" for "plans to",
# "planning to"): an ASCII sentence without any is told apart by substring scans in C. Not a
# sentence with other letters, which the expression's IGNORECASE may match as these ("ſhall",
# "wıll": Python's re folds the long s and the dotless i) while lower() does not.
_FUTURE_PIECES = (
    "will",
    "shall",
    "set to",
    "going to",
    "scheduled to",
    "expected to",
    "plan",
    "intend",
    "upcoming",
    "'ll",
)


def _may_tell_future(text: str) -> bool:
    """Whether ``text`` could hold a match of _FUTURE_TOLD (a necessary test, not sufficient)."""
    return _may_hold(text, _FUTURE_PIECES)


def _may_hold(text: str, pieces: tuple[str, ...]) -> bool:
    """Whether ``text`` could hold a match of a case-blind expression every match of which
    holds one of ``pieces`` (lower case): a necessary test, not sufficient, by substring scans
    in C, where the expression is tried at every word boundary of every candidate (an
    alternation of words gives the regex engine no literal to skip ahead to: 10-25 us a
    sentence). A text with other letters than ASCII is let through (see _FUTURE_PIECES)."""
    if not text.isascii():
        return True
    low = text.lower()
    for piece in pieces:  # a loop, not any() over a generator: every candidate's
        if piece in low:
            break
    else:
        return False
    return True


def _holds(expression: re.Pattern[str], pieces: tuple[str, ...], text: str) -> bool:
    """Whether the sentence (its first MAX_SENTENCE_CHARS) holds a match of a case-blind
    ``expression`` every match of which holds one of ``pieces``: scanned for the pieces first
    (_may_hold), the expression tried only where one is there."""
    text = text[:MAX_SENTENCE_CHARS]
    return _may_hold(text, pieces) and expression.search(text) is not None


def tells_a_future(text: str) -> bool:
    """Whether the sentence, outside its quotations, puts anything in the future (a modal
    "will", "is set to", "is expected to", "plans to": _FUTURE_TOLD)."""
    return _holds(_FUTURE_TOLD, _FUTURE_PIECES, without_quotes(text))


# The verb put in the future: the first verb (facts.lexicon's) after "will", "set to" ... but a
# stop word ("will not be held", "will first meet"), within this many words (and characters, a
# cheap bound on what is tokenised)
FUTURE_REACH = 3
FUTURE_CHARS = 40


def tells_future(text: str, verbs: frozenset[str]) -> bool:
    """Whether the sentence, outside its quotations, puts one of ``verbs`` (stems) in the future
    ("Zelensky is set to *meet* with US President Donald Trump", "will not be *held*"): it tells
    that deed is still to come. Only the verb: "planning to hold its *primary*" puts the holding
    in the future, and says the primary was postponed all the same."""
    if not _may_tell_future(text) or _FUTURE_TOLD.search(text) is None:
        return False
    told = without_quotes(text)
    known_verbs = lexicon().verbs
    for match in _FUTURE_TOLD.finditer(told):
        after = tokenize(told[match.end() : match.end() + FUTURE_CHARS])[:FUTURE_REACH]
        verb = next((w for w in after if w not in STOPWORDS and w in known_verbs), None)
        if verb is not None and stem(verb) in verbs:
            return True
    return False


# The words by which a sentence puts one event before another, by the side it names: "Before
# the meetings ..., Zelensky will first meet with Trump" names the earlier one; "..., followed
# by a series of meetings" the later.
_ORDER_SAID = {
    "earlier": re.compile(
        r"\b(?:before|first|ahead of|prior to|earlier|beforehand|preceded by)\b", re.I
    ),
    "later": re.compile(
        r"\b(?:after|followed by|then|next|later|afterwards?|subsequently)\b", re.I
    ),
}


# Pieces one of which every match of _ORDER_SAID's expression of a side holds (see _may_hold)
_ORDER_PIECES = {
    "earlier": ("before", "first", "ahead of", "prior to", "earlier", "preceded by"),
    "later": ("after", "followed by", "then", "next", "later", "subsequently"),
}


def says_order(text: str, sides: Iterable[str]) -> bool:
    """Does the sentence put events in order on one of ``sides`` ("earlier", "later")?"""
    return any(_holds(_ORDER_SAID[side], _ORDER_PIECES[side], text) for side in sides)


_ORDER_WORDS = frozenset("before after first next ahead prior earlier later then".split())


def uses_order_word(text: str, tokens: Sequence[str]) -> bool:
    """Does the sentence use one of the order words of the question (``tokens``) itself?"""
    words = _ORDER_WORDS.intersection(tokens)
    return bool(words) and not words.isdisjoint(tokenize(text[:MAX_SENTENCE_CHARS]))


# A sentence that only allows for something more ("The meetings may also involve discussions
# about ...", "could also face charges"): weaker evidence of what will be than a plain one.
_HEDGED_ADDITION = re.compile(r"\b(?:may|might|could) (?:also|additionally|even)\b", re.I)
_HEDGED_PIECES = ("also", "additionally", "even")  # one in every match (see _may_hold)


def adds_possibility(text: str) -> bool:
    """Does the sentence add only what may be (_HEDGED_ADDITION)? Of a story's sentences, the
    plain one answers "what will the leaders discuss" (weighing._hedged_elsewhere)."""
    return _holds(_HEDGED_ADDITION, _HEDGED_PIECES, text)


# The words by which a sentence names what an event is about: "The talks are expected to focus
# on Ukraine's security", "centre around", "discussions about", "will deal with", "the agenda".
# Not a number's "about" ("about 20 people").
_TOPIC_SAID = re.compile(
    r"\b(?:focus(?:es|ed|sed|ing)? on|cent(?:re|er)(?:s|d|ed)? (?:on|around)|revolve[sd]? around|"
    r"deal(?:s|t)? with|concern(?:s|ed)?|address(?:es|ed)?|cover(?:s|ed)?|involve[sd]?|agenda|"
    r"topics?|(?:discuss(?:ion|ions)?|talks?) (?:about|on|of)(?! \d))\b",
    re.I,
)
# one in every match of _TOPIC_SAID (see _may_hold)
_TOPIC_PIECES = (
    "focus",
    "cent",
    "revolve",
    "deal",
    "concern",
    "address",
    "cover",
    "involve",
    "agenda",
    "topic",
    "discuss",
    "talk",
)


def names_topic(text: str) -> bool:
    """Does the sentence say what something is about (_TOPIC_SAID)? Of a story's sentences, the
    one that does answers "what's the meeting about" (weighing._topic_elsewhere)."""
    return _holds(_TOPIC_SAID, _TOPIC_PIECES, text)


# The words by which a sentence tells what came of an event: "did not result in a
# breakthrough", "ended without a deal", "failed to produce", "led to", "reached an agreement".
_OUTCOME_SAID = re.compile(
    r"\b(?:result(?:s|ed)? in|led to|ended (?:in|with|without)|breakthrough|fell through|"
    r"collapsed|came to nothing|(?:failed|fails|failing) to|succeeded|achieved|produced|yielded|"
    r"(?:reached|struck|signed|sealed|clinched) (?:a|an|the) (?:\w+ )?"
    r"(?:deal|agreement|accord|ceasefire|truce|settlement|pact)|"
    r"without (?:a|an|any) (?:\w+ )?(?:deal|agreement|accord|ceasefire|truce|settlement|pact))\b",
    re.I,
)
# one in every match of _OUTCOME_SAID (see _may_hold)
_OUTCOME_PIECES = (
    "result",
    "led to",
    "ended",
    "breakthrough",
    "fell through",
    "collapsed",
    "came to nothing",
    "fail",
    "succeeded",
    "achieved",
    "produced",
    "yielded",
    "reached",
    "struck",
    "signed",
    "sealed",
    "clinched",
    "without",
)


def tells_outcome(text: str) -> bool:
    """Does the sentence tell what came of something (_OUTCOME_SAID)? Of a story's sentences,
    the one that does answers "did the summit get a ceasefire" (weighing._outcome_elsewhere)."""
    return _holds(_OUTCOME_SAID, _OUTCOME_PIECES, text)


# Notice said as such: "a topic that has gained significant attention", "drew widespread
# attention", "attracting attention", "in the spotlight", "made headlines".
_NOTICE_SAID = re.compile(
    r"\b(?:(?:gain|garner|draw|drew|drawn|attract|receiv|get|got)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:attention|notice)|in the spotlight|"
    r"(?:made|making|makes|hit|grabbed) (?:the )?headlines)\b",
    re.IGNORECASE,
)
_NOTICE_PIECES = ("attention", "notice", "spotlight", "headlines")


def tells_notice(text: str) -> bool:
    """Does the sentence tell that something drew notice (_NOTICE_SAID)? It answers "has the
    matter been drawing much notice" and "has it been a big deal lately"."""
    return _holds(_NOTICE_SAID, _NOTICE_PIECES, text)


# Opposition said as such: "face strong opposition from the Kremlin", "opposes", "rejected",
# "is against", "vetoed", "objected to".
_OPPOSITION = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing|ition)|reject(?:s|ed|ing|ion)?|veto(?:es|ed|ing)?|"
    r"object(?:s|ed|ing|ion)s? to|(?:is|are|was|were) against)\b",
    re.IGNORECASE,
)
_OPPOSITION_PIECES = ("oppos", "reject", "veto", "object", "against")


def tells_opposition(text: str) -> bool:
    """Does the sentence tell of someone's opposition to something (_OPPOSITION)? It answers
    "does russia support the guarantees" no, as a denial would (question_forms.asks_support)."""
    return _holds(_OPPOSITION, _OPPOSITION_PIECES, text)


# Several parties said as such: "a *multinational* European military force", "*joint*",
# "*coalition*", "*several*" (not "allies": "European allies" may be anyone's besides the one
# asked about)
_SEVERAL_SAID = re.compile(
    r"\b(?:multi-?national|multilateral|joint|coalition|several|various)\b", re.IGNORECASE
)
_SEVERAL_PIECES = ("multi", "joint", "coalition", "several", "various")
# a capitalised name and another joined by "and": the name's last word is enough to find
# them (a run of capitalised words before it, tried from each of its words, was quadratic: 90 ms
# on a 2,000-character sentence of them), and its capital stands at most 40 characters before
# "and" (a longer word is no name's; unbounded, "A.A.A..." was tried from each "A" to its end)
_NAMES_JOINED = re.compile(r"\b[A-Z][\w.]{0,40}\s+and\s+[A-Z]")


def tells_several(text: str, joined: bool = False) -> bool:
    """Does the sentence tell of several parties (_SEVERAL_SAID), or, with ``joined``, name
    two joined by "and" (_NAMES_JOINED)? It answers whether something is one party's alone or
    several's (question_forms.sole_or_several_words: "is the force just one country or a
    bunch" - "a multinational European military force"); names joined answer only a question
    naming the one party (question_forms.names_sole_party: "would the backing come solely from
    Washington, or from others too" - "military support from the United States and European
    allies"), as two names of any other parties say nothing of one asked about in general."""
    text = text[:MAX_SENTENCE_CHARS]
    return _holds(_SEVERAL_SAID, _SEVERAL_PIECES, text) or (
        joined and _NAMES_JOINED.search(text[1:]) is not None  # past the opening capital
    )


# A need said as such: "the need for Ukraine to maintain a ... military force", "needs real
# security guarantees", "must", "has to", "is required to", "is necessary".
_NEED_SAID = re.compile(
    r"\b(?:needs?|needed|must|ha(?:s|ve|d) to|requires?|required|necessary|essential)\b",
    re.IGNORECASE,
)
_NEED_PIECES = ("need", "must", "has to", "have to", "had to", "requir", "necessary", "essential")


def tells_need(text: str) -> bool:
    """Does the sentence tell of a need (_NEED_SAID)? It answers "does ukraine have to keep a big
    army" (question_forms.asks_need)."""
    return _holds(_NEED_SAID, _NEED_PIECES, text)


# One thing standing beside another, said as such: "This force would complement the presence of
# allied reassurance forces", "supplement", "alongside", "in tandem with".
_COMPLEMENT_SAID = re.compile(
    r"\b(?:complement(?:s|ed|ing|ary)?|supplement(?:s|ed|ing)?|alongside|in tandem with)\b",
    re.IGNORECASE,
)
_COMPLEMENT_PIECES = ("complement", "supplement", "alongside", "tandem")


def tells_complement(text: str) -> bool:
    """Does the sentence tell that one thing stands beside another (_COMPLEMENT_SAID)?"""
    return _holds(_COMPLEMENT_SAID, _COMPLEMENT_PIECES, text)


# What someone or something is known for, said as such: "is known for devising", "perhaps
# best-known for his guitar solo", "famous as"
_RENOWN_SAID = re.compile(
    r"\b(?:known|famous|remembered|renowned|noted|celebrated)\s+(?:for|as)\b", re.IGNORECASE
)


def tells_renown(text: str) -> bool:
    """Does the sentence tell what someone or something is known for (_RENOWN_SAID)? That is
    what a question asking it wants (question_forms.asks_renown), whatever else it asks."""
    return _RENOWN_SAID.search(text[:MAX_SENTENCE_CHARS]) is not None


def quotes(text: str) -> bool:
    """Does the sentence give words as someone's own: in quotation marks ("called the move a
    \"smash and grab on our democracy\"") or as an interview turn ("((Name)) I think ...")
    (facts.wording.QUOTED)? Those words answer what someone said, called a thing or thinks
    (question_forms.asks_words_said)."""
    return QUOTED.search(text[:MAX_SENTENCE_CHARS]) is not None


def reports_speech(text: str) -> bool:
    """Does the sentence report what someone said (facts.speech.REPORTED: "has stated that",
    "told reporters"), or say whose word it is ("according to")?"""
    words = tokenize(text[:MAX_SENTENCE_CHARS])
    return not speech.REPORTED.isdisjoint(words) or according_to(words)


def according_to(words: Sequence[str]) -> bool:
    """Whether the words say "according to": whose word a sentence gives, or, in a question,
    whose word it asks what is so by (question_forms.asks_attributed)."""
    return any(a == "according" and b == "to" for a, b in zip(words, words[1:], strict=False))


# A day named: a weekday, or a month with its day ("on Monday", "on August 18", "18 August");
# the calendar date alone (_DATE_NAMED) for a question asking the date.
_WEEKDAY_NAMED = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_DATE_NAMED = re.compile(rf"\b(?:(?:{MONTHS})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS}))\b")


def names_day(text: str, asked: Sequence[str] = (), date: bool = False) -> bool:
    """Does the sentence name a day (as written, capitalised) that the question's words
    ``asked`` do not: a weekday or a date, or a date only (``date``: "monday = what date
    exactly" is not answered by "on Monday")?"""
    text = text[:MAX_SENTENCE_CHARS]
    if _DATE_NAMED.search(text) is not None:
        return True
    return not date and any(
        day.group(1).lower() not in asked for day in _WEEKDAY_NAMED.finditer(text)
    )


# What a thing hangs on, said as such: "depends on", "relies on", "is necessary for".
_DEPENDENCE = re.compile(
    r"\b(?:depend(?:s|ed|ing)? (?:up)?on|rel(?:y|ies|ied|ying) on|hinges? on|"
    r"(?:necessary|needed|required|indispensable|key) (?:for|to)\b)",
    re.IGNORECASE,
)
# one in every match of _DEPENDENCE (see _may_hold)
_DEPENDENCE_PIECES = (
    "depend",
    "rely",
    "relie",
    "hinge",
    "necessary",
    "needed",
    "required",
    "indispensable",
    "key",
)


def states_precondition(text: str) -> bool:
    """Does the sentence say what something needs: what is crucial for it (states_importance)
    or what it depends on (_DEPENDENCE)? Of a story's sentences, the one that does answers
    "what is needed to keep up the army" (weighing._precondition_elsewhere)."""
    if states_importance(text):
        return True
    return _holds(_DEPENDENCE, _DEPENDENCE_PIECES, text)


# The words by which a sentence says what one thing does to another: "complicates prospects",
# "further complicating", "could hurt exports", "led to delays", "resulted in", "an impact on".
_EFFECT_SAID = re.compile(
    r"\b(?:affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|influenc(?:e|es|ed|ing)|complicat(?:e|es|ed|ing)|"
    r"undermin(?:e|es|ed|ing)|hamper(?:s|ed|ing)?|hinder(?:s|ed|ing)?|jeopardi[sz](?:e|es|ed|ing)|"
    r"threaten(?:s|ed|ing)?|weaken(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"hurt(?:s|ing)?|harm(?:s|ed|ing)?|damag(?:e|es|ed|ing)|disrupt(?:s|ed|ing)?|derail(?:s|ed|ing)?|"
    r"endanger(?:s|ed|ing)?|(?:lead|leads|led|leading) to|result(?:s|ed|ing)? in|"
    r"consequences?|effects? on)\b",
    re.I,
)
# one in every match of _EFFECT_SAID (see _may_hold)
_EFFECT_PIECES = (
    "affect",
    "impact",
    "influenc",
    "complicat",
    "undermin",
    "hamper",
    "hinder",
    "jeopardi",
    "threaten",
    "weaken",
    "strengthen",
    "boost",
    "hurt",
    "harm",
    "damag",
    "disrupt",
    "derail",
    "endanger",
    "lead",
    "led",
    "result",
    "consequence",
    "effect",
)


def states_effect(text: str) -> bool:
    """Does the sentence say what one thing does to another (_EFFECT_SAID)? Of a story's
    sentences, the one that does answers "how does the kremlin's stance affect the proposals"
    (weighing._effect_elsewhere)."""
    return _holds(_EFFECT_SAID, _EFFECT_PIECES, text)


EFFECT_REACH = 8  # words after an effect's verb in which what it acts on is named


def effect_on(text: str, words: frozenset[str]) -> bool:
    """Does the sentence say an effect (_EFFECT_SAID) on one of ``words`` (stems), named in the
    :data:`EFFECT_REACH` words after it: "which complicates prospects for implementing these
    *proposals*" says what the Kremlin's demands do to the proposals, "further complicating
    formalizing security guarantees" what they do to something else."""
    text = text[:MAX_SENTENCE_CHARS]
    if not _may_hold(text, _EFFECT_PIECES):
        return False
    for found in _EFFECT_SAID.finditer(text):
        after = tokenize(text[found.end() : found.end() + 12 * EFFECT_REACH])[:EFFECT_REACH]
        if any(stem(t) in words for t in after):
            return True
    return False


# An objection said as such: "these efforts face strong opposition from the Kremlin", "critics
# say", "objected to", "rejects the plan", "the proposal drew criticism".
_OBJECTION_SAID = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing|ition)|object(?:s|ed|ing|ion|ions)|criticis(?:e|es|ed|ing|m|ms)|"
    r"criticiz(?:e|es|ed|ing)|critics?|reject(?:s|ed|ing|ion)?|condemn(?:s|ed|ing|ation)?)\b",
    re.IGNORECASE,
)
_OBJECTION_PIECES = ("oppos", "object", "critic", "reject", "condemn")


def states_objection(text: str) -> bool:
    """Does the sentence state an objection or a criticism (_OBJECTION_SAID)? It answers what
    someone's problem with a thing is (question_forms.objection_words) in its own words."""
    return _holds(_OBJECTION_SAID, _OBJECTION_PIECES, text)


# A purpose said as such: "a force ... to guarantee security and deter further aggression", "in
# order to", "aimed at", "designed to": an end stated by its verb of securing or preventing.
_PURPOSE_SAID = re.compile(
    r"\b(?:in order to|so as to|aim(?:s|ed)? (?:at|to)|designed to|intended to|meant to|"
    r"to (?:guarantee|ensure|deter|protect|prevent|secure|safeguard|defend|shield|stop|"
    r"promote|strengthen|preserve|maintain|reassure))\b",
    re.IGNORECASE,
)
_PURPOSE_PIECES = ("to", "aim")  # one in every match (see _may_hold)


def states_purpose(text: str) -> bool:
    """Does the sentence state what something is for (_PURPOSE_SAID)? It answers what aim a
    thing pursues or what it serves (question_forms.pursued_words) in its own words."""
    return _holds(_PURPOSE_SAID, _PURPOSE_PIECES, text)
