"""One sentence as the reading of relations sees it: its tokens with their mentions (_Ctx), the
time expressions in it, and the verb group record (_Group) the other modules fill in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from ..lexicon import Lexicon
from ..model import Mention, Sentence
from .words import BLOCKERS, PRONOUNS, STOP_LEFT

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
# A word added to TIME after a common first word ("in", "this", ...) must be added to
# _TIME_FOLLOWERS below too (tests/facts/test_fast_paths.py checks the pairs it knows).
TIME = re.compile(
    rf"\b(?:(?i:last|next|this|on|early|late|earlier|later)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\b\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|\b(?:(?i:early|late|mid|earlier|later)\s+(?:in\s+)?)?{_MONTH}(?:\s+\d{{4}})?"
    r"|\b(?i:yesterday|today|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening))?"
    r"|\b(?i:last|next|this|earlier this|later this)\s+(?:week|weekend|month|year|morning|night|"
    r"evening|spring|summer|autumn|fall|winter)"
    r"|\b(?i:in|since|by|until)\s+(?:1[89]|20)\d\d\b"
    r"|\b(?i:at)\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)",
)
# Words a time expression can start with: TIME is tried only at these tokens.
_TIME_STARTS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec yesterday today tomorrow tonight last next this early late mid earlier later on in
    since by until at""".split()
)
_DIGITS = frozenset(str(d) for d in range(1, 32))
_TIME_CANDIDATES = _TIME_STARTS | _DIGITS
# Starting words of TIME that are common words ("in", "on", "this", ...): TIME matches there
# only when the next token starts with a digit or with one of these words ("in 2019", "at 5pm",
# "on Monday", "this week", "earlier this month", "later in March", "early January"; TIME has
# no boundary after them, so "This falls short" matches too).
_TIME_FUNCTION_WORDS = frozenset(
    "last next this early late mid earlier later on in since by until at".split()
)
_TIME_FOLLOWERS = tuple(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    week month year morning night evening spring summer autumn fall winter this in""".split()
)
_TIME_LEAD = re.compile(r"^(?:on|in|at)\s+", re.IGNORECASE)


@dataclass(slots=True)
class _Group:
    """A verb group: the verb and what qualifies it."""

    start: int  # first token of the group (auxiliaries included)
    verb: int  # the verb token
    end: int  # one past the group (particle included)
    lemma: str
    cls: str
    negated: bool = False
    hedges: tuple[str, ...] = ()
    passive: bool = False
    infinitive: bool = False
    form: str = "base"  # base | s | past | ing
    reduced: bool = False  # "leaders set to meet ...": a participle qualifying a noun
    controller: _Group | None = None
    subject: tuple[int, int] | None = None
    reach: int = 0  # one past the last token of the object or reported clause


class _Ctx:
    """One sentence, tokenised, with its mentions placed on tokens."""

    __slots__ = (
        "text",
        "sentence",
        "words",
        "starts",
        "ends",
        "folded",
        "mention_at",
        "affiliation_tok",
        "lex",
        "kinds",
        "verbs",
        "times",
        "time_starts",
        "verb_forms",
    )

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        words: list[str],
        folded: list[str],
        starts: list[int],  # token -> start offset in text
        ends: list[int],  # token -> end offset in text
        mention_at: list[Mention | None],  # token -> mention covering it
        affiliation_tok: list[bool],  # token is a mention used as an affiliation ("UK" PM)
        lex: Lexicon,
        kinds: dict[str, str],
    ) -> None:
        self.text = text
        self.sentence = sentence
        self.words = words
        self.starts = starts
        self.ends = ends
        self.folded = folded
        self.mention_at = mention_at
        self.affiliation_tok = affiliation_tok
        self.lex = lex
        self.kinds = kinds
        self.verb_forms = lex.verb_forms  # verb form -> (lemma, class, form)
        self.verbs: frozenset[int] = frozenset()  # tokens that are verbs of groups
        # time expressions, (start, end, text), and the set of their starts: found on first use
        self.times: list[tuple[int, int, str]] | None = None
        self.time_starts: frozenset[int] = frozenset()

    def time_matches(self) -> list[tuple[int, int, str]]:
        if self.times is None:
            times: list[tuple[int, int, str]] = []
            reach = -1
            starts, folded, text, end = self.starts, self.folded, self.text, self.sentence.end
            n = len(folded)
            for k in compress(range(n), map(_TIME_CANDIDATES.__contains__, folded)):
                start = starts[k]
                if start < reach:
                    continue
                if folded[k] in _TIME_FUNCTION_WORDS and not (
                    k + 1 < n
                    and (folded[k + 1].startswith(_TIME_FOLLOWERS) or folded[k + 1][:1].isdigit())
                ):
                    continue  # "in", "on", "this" not followed by a date: TIME cannot match
                match = TIME.match(text, start, end)
                if match is not None:
                    times.append((match.start(), match.end(), match.group()))
                    reach = match.end()
            self.times = times
            self.time_starts = frozenset(t[0] for t in times)
        return self.times


def _plain_noun(ctx: _Ctx, k: int) -> bool:
    if k < 0 or k in ctx.verbs:
        return False
    f = ctx.folded[k]
    return f.isalpha() and f not in STOP_LEFT and f not in BLOCKERS and f not in PRONOUNS
