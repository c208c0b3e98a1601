"""What a sentence's wording alone shows of the kind of answer a question asks for.

A "why" question wants a sentence that gives a reason ("because", "due to"), a "who" question one
that names or points at a person (a two-word name, "he", a role word), a "what did X say" question
one with speech in it. Answering asks this of every candidate sentence for the question's type
(bot.rank), and a question meets thirty or so sentences for the first time: the build therefore
works out the answer for the types below once per sentence and stores it with the sentence's
words (:mod:`facts.sentence_words`), and answering reads it back. Here rather than in ``bot``
because ``facts`` never imports ``bot``.
"""

from __future__ import annotations

import re

try:  # the regex parser: public as sre_parse up to 3.10, re._parser since (same structures)
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

from . import speech

# The regex engine skips ahead to where a match can start only when the pattern opens with a
# literal or a character class; one that opens with "\b" and a list of alternative words (most
# of this module's) is tried at every character of the text. skipping() puts in front of such a
# pattern a look-ahead for the characters its matches can start with, which the engine does use
# to skip. Over the x1 bench corpus's 12,315 sentences ROLE, PLACE_WORD, REASON and REPORTED
# searched 30-40% faster, MEASURE and the IGNORECASE forms (text outside ASCII) about 45%; the
# build's extraction of its 295 articles took 7.5% fewer instructions (callgrind, 12.70 -> 11.75
# G) and a x10 fresh build 6% less CPU. The matches are the same (docs/benchmarks.md, speed23).
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)} - {None}
_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}


def skipping(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for the characters a match can start with, where they are
    known (a pattern that cannot match empty and opens with literals, character classes,
    groups, alternatives and repeats of those, after zero-width assertions); otherwise
    ``pattern`` itself. The look-ahead is compiled with the pattern's flags, so under
    re.IGNORECASE it takes every case of those characters, as the pattern does. Searches,
    matches and groups are the same."""
    if not isinstance(pattern.pattern, str):
        return pattern
    try:
        found = _starts(list(_sre.parse(pattern.pattern, pattern.flags)), pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - a form the walk does not know
        return pattern
    if found is None or found[1]:  # unknown, or a match may start with no character at all
        return pattern
    try:
        return re.compile(f"(?=[{''.join(sorted(found[0]))}]){pattern.pattern}", pattern.flags)
    except re.error:  # pragma: no cover - global inline flags ("(?i)") must open the pattern
        return pattern


def _starts(items: list, flags: int) -> tuple[set[str], bool] | None:
    """What a match of the sequence ``items`` (parsed) can start with, as pieces of a character
    class, and whether it can match empty; None where an item's are unknown."""
    pieces: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item starts the match
        first = _item_starts(op, arg, flags)
        if first is None:
            return None
        pieces |= first[0]
        if not first[1]:
            return pieces, False
    return pieces, True


def _item_starts(op, arg, flags: int) -> tuple[set[str], bool] | None:
    if op is _sre.LITERAL:
        return {re.escape(chr(arg))}, False
    if op is _sre.IN:
        pieces = {_class_piece(kind, value) for kind, value in arg}
        return (None if None in pieces else pieces), False  # type: ignore[return-value]
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, items = arg
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            return None  # "(?i:...)": the look-ahead would take one case only
        return _starts(list(items), flags)
    if op is _sre.BRANCH:
        pieces = set()
        empty = False
        for items in arg[1]:
            first = _starts(list(items), flags)
            if first is None:
                return None
            pieces |= first[0]
            empty = empty or first[1]
        return pieces, empty
    if op in _REPEATS:
        low, _high, items = arg
        first = _starts(list(items), flags)
        return None if first is None else (first[0], low == 0 or first[1])
    return None


def _class_piece(kind, value) -> str | None:
    """One item of a parsed character class written back, None for a negated class."""
    if kind is _sre.LITERAL:
        return re.escape(chr(value))
    if kind is _sre.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is _sre.CATEGORY:
        return _CATEGORIES.get(value)
    return None


class AnyCase:
    """A case-insensitive search for lower-case words. ASCII text (nearly every sentence) is
    lower-cased and searched case-sensitively, which the regex engine does about three times
    faster; other text keeps re.IGNORECASE, whose Unicode case folding (it matches "ſ" to "s")
    lower() does not reproduce."""

    def __init__(self, pattern: str):
        if pattern != pattern.lower():
            raise ValueError(f"not a lower-case pattern: {pattern!r}")
        self._exact = skipping(re.compile(pattern))
        self._folded = skipping(re.compile(pattern, re.IGNORECASE))

    def found(self, text: str, low: str | None = None) -> bool:
        """Whether the text has a match; ``low``: the text lower-cased, if it is ASCII and the
        caller has it already (searching for several patterns in one sentence)."""
        if low is not None or text.isascii():
            return self._exact.search(low if low is not None else text.lower()) is not None
        return self._folded.search(text) is not None

    def groups(self, text: str, needs: tuple[str, ...] = ()) -> set[str]:
        """Every group that took part in a match, lower-cased. ``needs``: lower-case words of
        which every match has one; ASCII text without any of them is not searched at all."""
        if text.isascii():
            low = text.lower()
            if needs and not any(word in low for word in needs):
                return set()
            return {g for m in self._exact.finditer(low) for g in m.groups() if g}
        return {g.lower() for m in self._folded.finditer(text) for g in m.groups() if g}


# A number and its unit. Tried only where a run of digits, commas and points starts, and the run
# read whole (possessive): a unit can only follow the run's end, so starting again at each of
# its digits found nothing more and took quadratic time (1 s for 2,000 digits, a build's
# sentence at most, where every sentence is searched).
MEASURE = skipping(
    re.compile(
        r"(?<![\d,.])[,.]*+\d[\d,.]*+\s*(?:-\s*)?"
        r"(%|percent|square|sq|km|kilomet|metre|meter|m\b|feet|ft|foot|inch|mile|acre|hectare|kg|"
        r"kilogram|pound|lb|ton|tonne|mph|km/h|people|employees|inhabitants|residents|members|"
        r"million|billion)",
        re.IGNORECASE,
    )
)
PLACE_WORD = skipping(
    re.compile(
        r"\b(located|situated|based|headquartered|native|borders?|bordered|latitude|longitude|"
        r"hemisphere|continent|coast|north|south|east|west|northern|southern|eastern|western)\b"
    )
)
# Not at the start, not after a sentence's end: a capital there is no sign of a name. Starts
# with the capital, as bot.rank's demonym pattern does.
PERSON_NAME = re.compile(r"[A-Z](?<=\W[A-Z])(?<![.!?]\s[A-Z])[a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z]+")
ROLE = AnyCase(
    r"\b(president|founder|inventor|author|writer|singer|actor|actress|director|king|queen|"
    r"minister|leader|player|artist|composer|producer|scientist|chairman|ceo|he|she|his|her|"
    r"by)\b"
)
REASON = AnyCase(
    r"\b(because|due to|as a result|in order to|so that|caused by|owing to|in response to|"
    r"reasons?|aims? to|aimed at|to protest|to prevent|to ensure|in protest|"
    r"to (?:guarantee|deter|protect|defend|secure|stop|help|enable|allow)|"
    r"(?:die[sd]?|dying) (?:of|from)|killed by|cause of death|complications|succumbed to|"
    # news gives a reason in a participle or a passive as often: "resigned, citing ill
    # health", "poor health was cited", "prompted by", "dropped out after failing to win"
    r"citing|cited|prompted by|after failing|blamed (?:on|for)|in light of|on the grounds|"
    # what set an event off, as "caused by" says it: "an electrical fault triggering the
    # accident", "a blaze sparked by fireworks"
    r"(?:triggered|sparked|started) by|triggering|"
    # an event that another one came after ("The NBA's decision followed a Utah Jazz player
    # testing positive", "This decision comes after a couple of suicide bombings"), a purpose
    # ("in a bid to gain jackal meat", "the purpose of this page is"), a cause named by its
    # link ("related to their smaller body size", "the result of"). Why questions' right
    # sentences lacked them where the story's lead or a restating sentence had "due to" or
    # "reason": Wikinews dev right 373 -> 377, ranked first 640 -> 644, wrong citations 51 -> 48
    # (one answer lost: "how did that jackal die", its "died trying to eat a bomb" passed by "in
    # a bid to gain jackal meat"); seed dev and WikiQA unchanged; the fresh wikinews-dev21 ranked
    # one fewer first (22 -> 21), answers the same
    r"(?:comes|came|coming) after|followed (?:a|an|reports?)|"
    r"in (?:a bid|an effort|an attempt) to|purpose|"
    r"(?:related|linked|attributed|attributable) to|(?:the )?result of|resulted from|"
    r"stem(?:s|med)? from|"
    # a reason in a clause of its own, as grammar gives one: "as" opening a clause after a comma
    # (its subject, then a verb: "..., as customer preference has shifted", "..., as it might
    # have caused additional damage"), an inability ("was unable to qualify, failing to top 1%").
    # Wikinews dev right 381 -> 383, ranked first 652 -> 656, wrong citations unchanged (49);
    # seed dev, the fresh sets and WikiQA unchanged; 0.6% of Wikinews sentences gain the flag.
    # Not "suffered from"/"suffered a" (an illness as a cause of death): it took "what did
    # Burundi's president die of" and "why was Ginger Baker called Ginger" (one wrong more)
    r", as (?:[a-z][\w'-]*\s+){1,3}(?:has|have|had|is|are|was|were|will|would|could|can|may|"
    r"might|did|does|do)|unable to|failing to|"
    # a participle of purpose opening a clause after a comma ("He entered the consulate ...,
    # seeking documents allowing him to marry"): 8 Wikinews sentences of 12315; Wikinews dev
    # right 383 -> 384, ranked first 656 -> 657 (that one question), nothing else moved
    r", (?:seeking|hoping|trying|aiming|wanting|attempting|intending))\b"
)
# Speech in a sentence: words in quotation marks, an interview turn ("((Name)) ..."), or a
# reporting verb ("Modi wrote that", "according to the NTSB")
# (a quotation may open with a word its editor bracketed: "[w]e have never before seen")
# (not skipping(): the engine skips to its opening class already, 1.24 -> 1.73 us a sentence with)
QUOTED = re.compile(r"[\"\u201c\u201d]\s*\[?\w[^\"\u201c\u201d]*\s\w|^\(\(")
# "states" reports only before what is stated ("the report states that", "states: ..."): news
# writes it far more often as a noun, "the United States", "AU member states"
# Past verbs that report a claim or a warning as said ("associates of Navalny alleged he drank
# tea", "the spokesman claimed 190 were dead", "she warned that"): speech as much as "said"
CLAIMED = frozenset("claimed alleged argued insisted warned asserted".split())
REPORTED = AnyCase(
    r"\b("
    + "|".join(sorted(speech.REPORTED))
    + r"|states(?= that\b|,? ?[:\"\u201c])|according to|"
    # a participle clause of saying after a comma: "expressed a similar view, saying ...",
    # "he resigned, adding that"; alone, "adding" and "writing" are as often no speech. Takes
    # one more Wikinews dev gold sentence (of 51 statement questions) as showing a statement;
    # no dev answer moved
    + r"(?<=, )(?:saying|stating|adding|telling|explaining|announcing|writing)|"
    + "|".join(sorted(CLAIMED))
    + r")\b"
)

# The types whose wording the build looks for in every sentence, each a bit of the stored flags
# (in this order): 2-6 us a sentence each, about 12 together (shown_types); age and duration (11
# and 22 us, and rarely asked) are left to answering (bot.sentence_analysis._shows_type).
STORED_TYPES = ("measure", "person", "place", "reason", "statement")


def shows(text: str, atype: str) -> bool:
    """Does the wording of ``text`` (a sentence's head, as the analysis of its words reads it)
    show an answer of ``atype``, one of :data:`STORED_TYPES`? False for any other type."""
    if atype == "measure":
        return bool(MEASURE.search(text))
    if atype == "person":
        return bool(PERSON_NAME.search(text)) or ROLE.found(text)
    if atype == "reason":
        return REASON.found(text)
    if atype == "statement":
        return bool(QUOTED.search(text)) or REPORTED.found(text)
    if atype == "place":
        return bool(PLACE_WORD.search(text))
    return False


def shown_types(text: str) -> int:
    """The :data:`STORED_TYPES` the wording of ``text`` shows, as bits in their order: what
    :func:`shows` says of each, with the text lower-cased once for the three word searches
    (this runs for every sentence of a build)."""
    low = text.lower() if text.isascii() else None
    return (
        bool(MEASURE.search(text))
        | (bool(PERSON_NAME.search(text)) or ROLE.found(text, low)) << 1
        | bool(PLACE_WORD.search(text)) << 2
        | REASON.found(text, low) << 3
        | (bool(QUOTED.search(text)) or REPORTED.found(text, low)) << 4
    )


def type_bit(atype: str) -> int:
    """The bit of ``atype`` in :func:`shown_types`, 0 for a type not stored."""
    return 1 << STORED_TYPES.index(atype) if atype in STORED_TYPES else 0
