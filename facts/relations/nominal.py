"""Relations stated with a noun: "these efforts face strong opposition from the Kremlin" is the
Kremlin opposing these efforts (NOMINAL_PREDICATES)."""

from __future__ import annotations

from itertools import compress

from ..model import Fact
from .circumstances import _place, _starts_time, _time
from .context import _Ctx, _Group
from .spans import _span, _subjects
from .subjects import _subject_span
from .words import (
    _NOMINAL_DETERMINERS,
    _QUALIFIERS,
    _TRIM_END,
    BE_FORMS,
    BLOCKERS,
    END_OBJECT,
    MAX_OBJECT,
    PRONOUNS,
    STOP_LEFT,
)

# News often names a relation with a noun: "these efforts face strong opposition from the
# Kremlin" says the Kremlin opposes them as surely as "the Kremlin opposes these efforts" does,
# yet its only verb is "face". Where a noun of NOMINAL_PREDICATES is followed by "from", the
# phrase after "from" is the subject of the noun's verb, and the subject of the verb the noun is
# the object of ("face", "receive", "draw") is its object. Only where the noun phrase states that
# the relation holds: "withdrew its support from", "sought backing from", "lack of support from"
# and "a letter from" say nothing of the kind.

NOMINAL_PREDICATES = {
    "opposition": "oppose",
    "resistance": "oppose",
    "objection": "oppose",
    "objections": "oppose",
    "criticism": "criticize",
    "criticisms": "criticize",
    "condemnation": "criticize",
    "support": "support",
    "backing": "support",
    "pressure": "pressure",
    "demands": "demand",  # singular "demand from China" is mostly a market's
    "calls": "demand",
    "call": "demand",
    "warning": "warn",
    "warnings": "warn",
    "praise": "praise",
    "threat": "threaten",
    "threats": "threaten",
}
# nouns that name a relation only with what is asked: "calls from X for Y", not "calls from home"
_NOMINAL_NEEDS_FOR = frozenset({"call", "calls"})
# verbs whose subject undergoes what the noun names: "X faced / drew / received criticism from Y"
UNDERGOING = frozenset(
    {"face", "draw", "receive", "have", "get", "attract", "earn", "win", "gain", "meet"}
)
# words before the noun phrase after which the relation it names holds without such a verb:
# "amid pressure from", "despite opposition from", "under pressure from", "with support from",
# "There is opposition from", a noun phrase opening the sentence or a clause
_NOMINAL_LEADS = (
    frozenset({"amid", "despite", "under", "with", "after", "following", "", ",", ";", ":"})
    | frozenset({"(", "—", "–", '"', "“"})
    | BE_FORMS
)
# words that deny or shrink what the noun names: "little support from", "lacking backing from"
_NOMINAL_WEAK = frozenset(
    "little less few fewer lack lacks lacked lacking insufficient scant without".split()
)
# modifiers that look like verbs: "mounting pressure", "renewed calls", "growing criticism"
_NOMINAL_PARTICIPLES = frozenset(
    """growing mounting increasing rising continuing intensifying renewed increased repeated
    sustained continued heightened concerted coordinated organised organized unified""".split()
)
MAX_MODIFIERS = 3
MAX_SOURCE = 8  # tokens after "from" that can name who opposes, criticises, ...
# the words that end the phrase after "from" (besides verbs): "from the Kremlin over the plan"
_SOURCE_ENDS = (STOP_LEFT - {"and", "of"}) | END_OBJECT | {",", ".", "!", "?", "(", ")"}
_COMPLEMENTS = frozenset({"for", "over", "against", "to", "on"})


def _nominal_facts(ctx: _Ctx, groups: list[_Group], lead) -> list[tuple[_Group | None, list[Fact]]]:
    """Facts stated by a relation noun before "from", each with the group whose clause holds it
    (so a reporting verb lends them its speaker as it does its clause's other facts)."""
    folded = ctx.folded
    n = len(folded)
    out: list[tuple[_Group | None, list[Fact]]] = []
    for k in compress(range(1, n - 1), map("from".__eq__, folded[1 : n - 1])):
        noun = k - 1
        predicate = NOMINAL_PREDICATES.get(folded[noun])
        if predicate is None or ctx.mention_at[noun] is not None:
            continue
        found = _nominal_fact(ctx, groups, lead, noun, predicate)
        if found is not None:
            out.append(found)
    return out


def _nominal_fact(
    ctx: _Ctx, groups: list[_Group], lead, noun: int, predicate: str
) -> tuple[_Group | None, list[Fact]] | None:
    """The facts of one "<noun> from <source>", or None where the phrase states no relation."""
    folded = ctx.folded
    opened = _nominal_phrase_start(ctx, noun)
    if opened is None:
        return None
    first, negated = opened
    conjunct = _first_conjunct(ctx, first)
    if conjunct is None:
        return None
    first, negated = conjunct[0], negated or conjunct[1]
    source = _source_span(ctx, noun + 2)
    if source is None:
        return None
    complement = _complement_span(ctx, source[1])
    if folded[noun] in _NOMINAL_NEEDS_FOR and (
        source[1] >= len(folded) or folded[source[1]] != "for"
    ):
        return None
    trigger = _undergoing_verb(ctx, first)
    group = None
    hedges: tuple[str, ...] = ()
    objects: list[tuple[str | None, str | None]] = []
    if trigger is not None:
        group = next((g for g in groups if g.start <= trigger < g.end), None)
        span = group.subject if group is not None else _subject_span(ctx, _qualified(ctx, trigger))
        if group is not None:
            negated = negated or group.negated
            hedges = group.hedges
        if span is not None:
            objects = _subjects(ctx, span)
    elif not _holds_after(ctx, first):
        return None
    if complement and (predicate == "demand" or not any(text for text, _ in objects)):
        objects = [_span(ctx, *complement)]  # what "calls from X for ..." ask is what they demand
    elif not objects:
        objects = [(None, None)]
    if group is None:
        group = next((g for g in reversed(groups) if g.verb < noun), groups[0] if groups else None)
    leading_time, leading_place, _, according = lead
    low = group.start if trigger is not None and group is not None else first
    high = complement[1] if complement else source[1]
    time = _time(ctx, low, high) or leading_time
    place = _place(ctx, source[1], high) or leading_place
    facts = [
        Fact(
            sentence=ctx.sentence.index,
            predicate=predicate,
            subject=subject_text,
            subject_entity=subject_entity,
            object=object_text,
            object_entity=object_entity,
            place=place,
            time=time,
            speaker=according,
            negated=negated,
            hedge=", ".join(dict.fromkeys(hedges)) or None,
            kind="relation",
        )
        for subject_text, subject_entity in _subjects(ctx, source)
        if subject_text
        for object_text, object_entity in objects
    ]
    return (group, facts) if facts else None


def _nominal_phrase_start(ctx: _Ctx, noun: int) -> tuple[int, bool] | None:
    """The first token of the noun phrase the relation noun ends ("strong opposition", "no
    backing"), and whether a "no" denies it; None for a phrase that shrinks or denies it in other
    words ("little support") or that a verb the lists do not know may end ("lacked support")."""
    folded, words = ctx.folded, ctx.words
    first = noun
    negated = False
    while first > 0 and noun - first < MAX_MODIFIERS:
        f = folded[first - 1]
        if f in _NOMINAL_WEAK:
            return None
        if f in _NOMINAL_DETERMINERS:
            negated = negated or f == "no"
            first -= 1
            continue
        if ctx.mention_at[first - 1] is not None or not _nominal_modifier(ctx, f, words[first - 1]):
            break
        first -= 1
    return first, negated


def _nominal_modifier(ctx: _Ctx, f: str, word: str) -> bool:
    """An adjective or noun before the relation noun: "strong", "military", "death" (threats)."""
    if f in _NOMINAL_PARTICIPLES or f == "-":
        return True
    if not word[:1].islower() or f in STOP_LEFT or f in BLOCKERS or f in PRONOUNS:
        return False
    if f in ctx.verb_forms or f.endswith(("ed", "ing")) or f in NOMINAL_PREDICATES:
        return False  # "withdrew support", "seeking backing": a verb, not a modifier
    return f.replace("-", "").isalpha()


def _undergoing_verb(ctx: _Ctx, first: int) -> int | None:
    """The verb right before the noun phrase whose subject undergoes the relation: "faced",
    "has", "was met with"."""
    if first == 0:
        return None
    k = first - 1
    if ctx.folded[k] == "with" and k > 0:
        k -= 1  # "met with", "faced with"
        if ctx.verb_forms.get(ctx.folded[k], ("",))[0] not in ("meet", "face"):
            return None
    elif ctx.folded[k] in ("meet", "met", "meets", "meeting"):
        return None  # "met opposition leaders": to meet with is to undergo, to meet is not
    form = ctx.verb_forms.get(ctx.folded[k])
    if form is None or form[0] not in UNDERGOING or ctx.mention_at[k] is not None:
        return None
    return k


def _qualified(ctx: _Ctx, verb: int) -> int:
    """The first token of the auxiliaries and adverbs before a verb ("has not received")."""
    k = verb
    while k > 0 and ctx.folded[k - 1] in _QUALIFIERS:
        k -= 1
    return k


def _holds_after(ctx: _Ctx, first: int) -> bool:
    """Whether the words before a noun phrase let the relation it names hold: "amid pressure
    from", "with support from", "a combination of ... support from", "in the face of opposition
    from", but not "the lack of support from", "asked for support from", "withdrew support
    from" (a verb other than one of UNDERGOING is never taken to state it)."""
    if first == 0:
        return True
    before = ctx.folded[first - 1]
    if before in _NOMINAL_LEADS:
        return True
    if before != "of" or first < 2:
        return False
    head = first - 2  # "combination of", "expressions of"
    return (
        ctx.folded[head] not in _DENYING_HEADS
        and ctx.words[head][:1].islower()
        and ctx.words[head].isalpha()
        and ctx.folded[head] not in STOP_LEFT
        and head not in ctx.verbs
    )


# nouns whose "of" phrase denies, wishes for or ends a relation: "the lack of support from"
_DENYING_HEADS = frozenset(
    """lack absence loss withdrawal end need needs request requests appeal appeals hope hopes
    prospect prospects promise promises fear fears instead regardless plea pleas""".split()
)
MAX_CONJUNCT = 4


def _first_conjunct(ctx: _Ctx, first: int) -> tuple[int, bool] | None:
    """Where the words that govern a noun phrase are looked for: before the first conjunct of
    "protests and criticism from", "reassurance forces and military support from" (a short run
    of plain nouns and adjectives), with whether a "no" there denies it; None where a word there
    shrinks it ("little money and support from")."""
    folded, words = ctx.folded, ctx.words
    if first < 2 or folded[first - 1] != "and":
        return first, False
    k = first - 2
    negated = False
    while k >= 0 and first - 1 - k <= MAX_CONJUNCT:
        f = folded[k]
        if f in _NOMINAL_WEAK:
            return None
        if f in _NOMINAL_DETERMINERS:
            negated = negated or f == "no"
        elif not (
            words[k][:1].islower()
            and f.isalpha()
            and f not in STOP_LEFT
            and f not in BLOCKERS
            and f not in PRONOUNS
            and k not in ctx.verbs
            and ctx.mention_at[k] is None
        ):
            break
        k -= 1
    if k + 1 >= first - 1:
        return first, False  # nothing before "and" to share: "... and support from"
    return k + 1, negated


def _source_span(ctx: _Ctx, start: int) -> tuple[int, int] | None:
    """The phrase after "from" that names who acts: "the Kremlin", "the US and the EU"; None
    for a time ("from Monday") or no phrase at all ("from within")."""
    folded = ctx.folded
    n = len(folded)
    if start >= n or folded[start] in _SOURCE_ENDS or start in ctx.verbs:
        return None
    if not ctx.words[start][:1].isalnum() or _starts_time(ctx, start):
        return None
    end = start
    while end < n and end - start < MAX_SOURCE:
        f = folded[end]
        if ctx.mention_at[end] is None and (f in _SOURCE_ENDS or end in ctx.verbs):
            break
        end += 1
    while end > start and folded[end - 1] in _TRIM_END:
        end -= 1
    return (start, end) if end > start else None


def _complement_span(ctx: _Ctx, start: int) -> tuple[int, int] | None:
    """What the relation is about, after its source: "opposition from X to the plan", "calls
    from X for his resignation"; None before an infinitive ("pressure from X to cut")."""
    folded = ctx.folded
    n = len(folded)
    if start + 1 >= n or folded[start] not in _COMPLEMENTS:
        return None
    first = start + 1
    if folded[first] in ctx.verb_forms and folded[start] == "to":
        return None
    end = first
    while end < n and end - first < MAX_OBJECT and end not in ctx.verbs:
        f = folded[end]
        if ctx.mention_at[end] is None and (f in END_OBJECT or f in {",", ".", "!", "?", ";"}):
            break
        end += 1
    return (first, end) if end > first else None
