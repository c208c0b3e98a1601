"""The subject of each verb group: the noun phrase before it, or the one a controlling verb, a
coordinated verb, a relative pronoun, an apposition or a "with" clause lends it."""

from __future__ import annotations

from ..entities import HONORIFICS, RELATIVE_PRONOUNS
from .circumstances import _before_time
from .context import _Ctx, _Group, _plain_noun
from .words import (
    _NOMINAL_DETERMINERS,
    _NOUN_PREPOSITIONS,
    ADVERBS,
    HEDGE_ADVERBS,
    INFINITIVE_NEGATIONS,
    MAX_SUBJECT,
    RAISING,
    STOP_LEFT,
)


def _link(ctx: _Ctx, groups: list[_Group]) -> None:
    """Give each group a subject span, following coordination, relatives and infinitives."""
    folded = ctx.folded
    previous: _Group | None = None
    for group in groups:
        before = folded[group.start - 1] if group.start > 0 else ""
        if group.infinitive and previous is not None and _adjacent_infinitive(ctx, previous, group):
            group.controller = previous
            group.subject = previous.subject
        elif group.infinitive:
            group.subject = _for_subject(ctx, group.start - 1)  # "the need for Ukraine to keep"
        elif before in {"and", "or", "but"} and previous is not None and previous.subject:
            group.subject = previous.subject
        elif before in {"who", "which", "that"} and group.start >= 2:
            end = group.start - 1
            if folded[end - 1] == ",":
                end -= 1
            group.subject = _subject_span(ctx, end)
        elif group.form == "ing" and (with_subject := _with_subject(ctx, group.start)):
            group.subject = with_subject  # ", with US assets supporting this force"
        elif before == "," and group.form == "ing" and previous is not None:
            group.subject = previous.subject  # "..., adding that ..."
        else:
            if (
                previous is not None
                and previous.reduced
                and _no_boundary(ctx, previous.end, group.start)
            ):
                group.subject = previous.subject
            else:
                group.subject = _subject_span(ctx, group.start)
        previous = group


WITH_REACH = 10  # tokens from "with" to the participle of its clause


def _with_subject(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """The subject of a participle in a "with" clause ("..., with US logistics, intelligence, and
    military assets supporting this force", "With the economy slowing, ..."): the noun phrase
    between "with" and the participle at ``end``, only where "with" opens the sentence or follows a
    comma (not "associated with the party supporting the bill", whose participle may be the
    people's)."""
    folded, words = ctx.folded, ctx.words
    last = end - 1
    if last < 1 or not (ctx.mention_at[last] is not None or _plain_noun(ctx, last)):
        return None
    if folded[last] in _NOMINAL_DETERMINERS or folded[last] in ADVERBS:
        return None
    k = last
    while k >= 0 and end - k <= WITH_REACH:
        f = folded[k]
        if f == "with":
            opens = k == 0 or folded[k - 1] == ","
            return (k + 1, end) if opens and k + 1 < end else None
        if (
            ctx.mention_at[k] is None
            and (
                k in ctx.verbs
                or ctx.verb_forms.get(f, _NO_FORM)[2] in ("past", "ing")  # "delivered a speech"
                or (f in STOP_LEFT and f != "and")
                or not (words[k][:1].isalnum() or f in {",", "-", "'s", "’s"})
            )
        ):
            return None
        k -= 1
    return None


_NO_FORM = ("", "", "")
APPOSITION_REACH = 10  # tokens from a name to the comma closing its apposition
RELATIVE_REACH = 16  # the same for a relative clause ("who chairs the council's budget committee")
_HONORIFIC_TOKENS = HONORIFICS | {"."}  # "Dr." is two tokens


def _apposition(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """The person a verb after an apposition set off by commas is said of.

    The name comes first ("Tomasz Kubiak, a fire service spokesman, told ...", "Ricardo
    Rosselló, Puerto Rico's governor, announced ...", "Homer Simpson, who chairs the council,
    announced ...", with two appositions at most) or is the apposition ("The mayor of London,
    Sadiq Khan, said ...").
    """
    folded = ctx.folded
    if end < 3 or folded[end - 1] != ",":
        return None
    k = _opening_comma(folded, end - 1)
    if k is None:
        return None
    if _describes(ctx, k + 1, end - 1):
        first = _person_ending(ctx, k)
        if first is not None:
            return first, k
        # two appositions: "Anderson Cooper, of CNN, one of Vanderbilt's sons, stated"
        before = _opening_comma(folded, k)
        if before is not None and _describes(ctx, before + 1, k):
            first = _person_ending(ctx, before)
            if first is not None:
                return first, before
    # the name as the apposition, after an honorific at most: "the director, Dr. Anthony Fauci,"
    start = k + 1
    while start < end - 2 and folded[start] in _HONORIFIC_TOKENS:
        start += 1
    inner = ctx.mention_at[start]
    if (
        inner is not None
        and ctx.kinds.get(inner.entity) == "person"
        and all(ctx.mention_at[x] is inner for x in range(start, end - 1))
    ):
        return start, end - 1
    return None


def _opening_comma(folded: list[str], closing: int) -> int | None:
    """The comma that opens the stretch ending at the comma ``closing`` (within reach)."""
    k = closing - 1
    while k > 0 and closing - k < RELATIVE_REACH - 1 and folded[k] != ",":
        k -= 1
    return k if k > 0 and folded[k] == "," else None


def _person_ending(ctx: _Ctx, end: int) -> int | None:
    """Where the person mention that ends right before token ``end`` starts, if one does."""
    mention = ctx.mention_at[end - 1]
    if mention is None or ctx.kinds.get(mention.entity) != "person":
        return None
    first = end - 1
    while first > 0 and ctx.mention_at[first - 1] is mention:
        first -= 1
    return first


def _describes(ctx: _Ctx, start: int, stop: int) -> bool:
    """Tokens ``start:stop`` read as an apposition about the name before them: a relative
    clause ("who ..."), or a short verbless phrase that opens with a lower-case word ("a
    spokesman", "spokesperson for the governor", "also CIA") or has a possessive ("Puerto Rico's
    governor")."""
    folded = ctx.folded
    if start >= stop:
        return False
    if folded[start] in RELATIVE_PRONOUNS:
        return True
    if stop - start >= APPOSITION_REACH or any(x in ctx.verbs for x in range(start, stop)):
        return False
    return ctx.words[start][:1].islower() or any(
        folded[x] in {"'s", "’s"} for x in range(start, stop)
    )


def _for_subject(ctx: _Ctx, to: int) -> tuple[int, int] | None:
    """The subject of an infinitive in "for X to VERB": X. The noun phrase before "to" may run
    back over the "for" ("the need for Ukraine", as "guarantees for Ukraine" is one phrase);
    the subject is then what follows its last "for"."""
    span = _subject_span(ctx, to)
    if span is None:
        return None
    start, stop = span
    while stop - 1 > start and ctx.folded[stop - 1] in INFINITIVE_NEGATIONS:
        stop -= 1  # "for the city not to build": the city, and "not" negates the building
    inner = [k for k in range(start, stop - 1) if ctx.folded[k] == "for"]
    if inner:
        return inner[-1] + 1, stop
    if start == 0 or ctx.folded[start - 1] != "for":
        return None
    return span


def _adjacent_infinitive(ctx: _Ctx, controller: _Group, group: _Group) -> bool:
    """ "plans to build", "is set to meet", "remains willing to supply": nothing else between."""
    k = controller.end
    gap = group.start - 1 - k  # tokens between the controller and "to"
    if gap == 0:
        return True
    return gap <= 2 and all(
        ctx.folded[x] in RAISING
        or ctx.folded[x] in ADVERBS
        or ctx.folded[x] in INFINITIVE_NEGATIONS
        for x in range(k, group.start - 1)
    )


def _no_boundary(ctx: _Ctx, start: int, end: int) -> bool:
    return not any(
        ctx.folded[x] in {",", ";", ":", "and", "but", "which", "who", "that"}
        for x in range(start, end)
    )


# words _subject_span looks at twice: all others are plain words of the phrase
_SUBJECT_SPECIAL = (
    frozenset({")", "and", "&", "of", ",", ";", ":", "(", '"', "“", "”", "—", "–"})
    | _NOUN_PREPOSITIONS
    | STOP_LEFT
)


def _subject_span(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """The noun phrase ending right before token ``end`` (or before a time that does: "The
    government of Burundi on Tuesday announced")."""
    folded, words = ctx.folded, ctx.words
    end = _before_time(ctx, end)
    apposed = _apposition(ctx, end)
    if apposed is not None:
        return apposed
    k = end - 1
    while k >= 0 and (folded[k] in HEDGE_ADVERBS or folded[k] in ADVERBS):
        k -= 1
    stop = k + 1
    start = stop
    mention_at, verbs = ctx.mention_at, ctx.verbs
    while k >= 0 and stop - k <= MAX_SUBJECT:
        if mention_at[k] is not None:
            k -= 1
            continue
        f = folded[k]
        if f not in _SUBJECT_SPECIAL:
            # a plain word: in the phrase, unless it is the verb of a group or no word
            if k in verbs or not (words[k][0].isalnum() or f in {"'s", "’s", "-", "'", "’"}):
                break
            k -= 1
            continue
        if f == ")":
            opening = k - 1
            while opening >= 0 and folded[opening] != "(" and k - opening < 5:
                opening -= 1
            if opening >= 0 and folded[opening] == "(":
                k = opening - 1
                continue
            break
        if (
            f in ("and", "&")
            and k > 0
            and (ctx.mention_at[k - 1] is not None or words[k - 1][:1].isupper())
        ):
            k -= 1
            continue
        if f == "of" and k > 0 and k < stop - 1:
            k -= 1
            continue
        if (
            f in _NOUN_PREPOSITIONS
            and 0 < k < stop - 1
            and _plain_noun(ctx, k - 1)
            and words[k - 1][:1].islower()
        ):
            k -= 1  # "The proposed security guarantees for Ukraine centre around ..."
            continue
        if f in STOP_LEFT or f in {",", ";", ":", "(", '"', "“", "”", "—", "–"} or k in ctx.verbs:
            break
        if not (words[k][0].isalnum() or f in {"'s", "’s", "-", "'", "’"}):
            break
        k -= 1
    start = k + 1
    while start < stop and folded[start] in ("and", "of"):
        start += 1
    if start >= stop:
        return None
    return start, stop
