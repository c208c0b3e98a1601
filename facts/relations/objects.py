"""Where a verb group's object ends: at the next clause, a time, or the end of a list."""

from __future__ import annotations

from itertools import compress

from .circumstances import _past_time
from .context import _Ctx, _Group
from .words import _PREPOSITIONS, BLOCKERS, END_OBJECT, INFINITIVE_NEGATIONS, MAX_OBJECT, STOP_LEFT


def _has_complement(ctx: _Ctx, group: _Group, nxt: _Group | None, end: int) -> bool:
    """ "said that ...", "said the ...": a reporting verb followed by a clause of its own (a time
    may come between: "said on Monday that ...")."""
    k = _past_time(ctx, group.end)
    if k >= len(ctx.folded):
        return False
    if ctx.folded[k] in {"that", ":", '"', "“"} or (
        ctx.folded[k] == "," and k + 1 < len(ctx.folded) and ctx.folded[k + 1] in ('"', "“")
    ):
        return True
    return (
        nxt is not None
        and nxt.start < end
        and not nxt.infinitive
        and ctx.folded[k] not in _PREPOSITIONS
        # "acknowledged faults, with Miller describing issues": a clause of its own, not what
        # was acknowledged
        and not (nxt.subject and nxt.subject[0] > 0 and ctx.folded[nxt.subject[0] - 1] == "with")
    )


def _negated_to(ctx: _Ctx, first: int, to: int) -> int:
    """Where the negations before an infinitive's ``to`` start (:data:`INFINITIVE_NEGATIONS`,
    no further back than ``first``): they negate the infinitive, and are no object of the verb
    that controls it ("Russia agreed not to attack Kyiv" agrees to no "not")."""
    while to > first and ctx.folded[to - 1] in INFINITIVE_NEGATIONS:
        to -= 1
    return to


def _object_end(ctx: _Ctx, group: _Group, nxt: _Group | None) -> int:
    folded = ctx.folded
    n = len(folded)
    limit = n
    report = group.cls == "report"
    if nxt is not None and not report:
        limit = nxt.start
        if nxt.subject and nxt.subject[0] >= group.end:
            limit = min(limit, nxt.subject[0])
        if nxt.controller is group:  # "agreed not to attack": the "not" is the attack's
            limit = min(limit, _negated_to(ctx, group.end, nxt.start - 1))
    first = group.end
    stop = min(limit, first + MAX_OBJECT * 3)
    if stop <= first:
        return first
    adjectives = False
    # only the words of _OBJECT_STOPS can end the object: visit those
    for k in compress(range(first, stop), map(_OBJECT_STOPS.__contains__, folded[first:stop])):
        f = folded[k]
        if (
            f in END_OBJECT
            and not (f == "that" and k == first)
            and not (report and f in {'"', "“", "”"})
        ):
            return k
        if f in {"that", "which", "who"} and k > first and not report:
            return k
        if f == "," and not report:
            if (k - first <= 3 or adjectives) and _continues_list(ctx, k + 1):
                adjectives = True
                continue  # "a sizable, well-equipped, and modernized force"
            if not (
                ctx.mention_at[k - 1] is not None
                and k + 1 < n
                and (ctx.mention_at[k + 1] is not None or folded[k + 1] in ("and", "or"))
            ):
                return k
        if f in {".", "!", "?"} and k == n - 1:
            return k
    return stop


_OBJECT_STOPS = END_OBJECT | {"that", "which", "who", ",", ".", "!", "?"}


def _continues_list(ctx: _Ctx, k: int) -> bool:
    if k < len(ctx.folded) and ctx.folded[k] in ("and", "or"):
        k += 1
    if k >= len(ctx.folded):
        return False
    word = ctx.words[k]
    f = ctx.folded[k]
    return (
        word[:1].islower()
        and _plain_word(word)
        and f not in STOP_LEFT
        and f not in BLOCKERS
        and f not in ctx.lex.verbs
    )


def _plain_word(word: str) -> bool:
    """A word of letters, hyphenated compounds included: "well-equipped" and "low-cost" go in
    a list of adjectives ("a sizable, well-equipped, and modernized force") as "sizable" does."""
    return all(part.isalpha() for part in word.split("-"))
