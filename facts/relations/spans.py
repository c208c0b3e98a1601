"""A token span as a fact reports it: its text, trimmed, and the entity at its head."""

from __future__ import annotations

from ..entities.pieces import match_role
from .context import _Ctx
from .words import _NOUN_PREPOSITIONS, _TRIM_END, END_OBJECT, MAX_OBJECT, STOP_LEFT


def _span(ctx: _Ctx, start: int, end: int, limit: int = 0) -> tuple[str | None, str | None]:
    """Text of tokens [start, end) and its main entity (a person before their affiliation)."""
    limit = limit or MAX_OBJECT
    if end - start > limit:
        end = start + limit
    folded = ctx.folded
    while end > start and folded[end - 1] in _TRIM_END:
        end -= 1
    while start < end and folded[start] in _TRIM_START:
        start += 1
    if start >= end:
        return None, None
    text = ctx.text[ctx.starts[start] : ctx.ends[end - 1]]
    return text, _head_entity(ctx, start, end)


_TRIM_START = frozenset({",", "and", "-", "—", '"', "“", "”"})


def _head_entity(ctx: _Ctx, start: int, end: int) -> str | None:
    mention_at = ctx.mention_at
    if not any(mention_at[start:end]):
        return None  # no mention in the span (a Mention is always truthy)
    fallback = None
    after_preposition = False
    title_end = start  # the tokens of a title before it ("Secretary of State") are its own
    for k in range(start, end):
        mention = mention_at[k]
        if mention is None:
            if k >= title_end:
                title_end = _title_end(ctx, k)
            if ctx.folded[k] in _NOUN_PREPOSITIONS and k > start and k >= title_end:
                after_preposition = True
            continue
        if after_preposition and k > start:
            if _named_after_title(ctx, k):
                return mention.entity
            fallback = fallback or mention.entity
            continue
        if ctx.affiliation_tok[k]:
            fallback = fallback or mention.entity
            continue
        nxt = ctx.folded[k + 1] if k + 1 < len(ctx.folded) else ""
        if nxt in ("'s", "’s") or (mention.text[:1].isupper() and _is_modifier(ctx, k)):
            fallback = fallback or mention.entity
            continue
        return mention.entity
    return fallback


def _title_end(ctx: _Ctx, k: int) -> int:
    """Where a title that opens at token ``k`` ends ("Secretary of State"), or ``k`` where none
    does: its "of" is the title's, not a preposition after the phrase's head, and "US
    Secretary of State Mike Pompeo said ..." was read as the United States saying it, so
    "what did pompeo say?" found no saying of his there."""
    return match_role(ctx.lex, ctx.folded, k, len(ctx.folded)) or k


def _named_after_title(ctx: _Ctx, k: int) -> bool:
    """Whether the mention at ``k`` is a person named right after the name that ends a title's
    "of" phrase ("Prime Minister of *India* *Narendra Modi*", "Hong Kong director of *Amnesty
    International* *Man-kei Tam*"): the person the title is of, the phrase's head. Read as
    words after a preposition, the phrase was India's, and "what did modi say?" found no
    saying of Modi's in "Current Prime Minister of India Narendra Modi wrote, ..."."""
    mention = ctx.mention_at[k]
    previous = ctx.mention_at[k - 1]
    return (
        mention is not None
        and previous is not None
        and previous is not mention
        and ctx.kinds.get(mention.entity) == "person"
        and ctx.kinds.get(previous.entity) != "person"
    )


def _is_modifier(ctx: _Ctx, k: int) -> bool:
    """A demonym or name used as an adjective: "European leaders", "Ukrainian territory"."""
    if k + 1 >= len(ctx.folded) or ctx.mention_at[k + 1] is ctx.mention_at[k]:
        return False
    nxt = ctx.words[k + 1]
    return (
        nxt[:1].islower()
        and nxt.isalpha()
        and nxt not in STOP_LEFT
        and ctx.folded[k + 1] not in ctx.lex.verbs
    )


def _subjects(ctx: _Ctx, span: tuple[int, int] | None) -> list[tuple[str | None, str | None]]:
    """One subject per conjunct with an entity: "Trump and Putin agreed" -> Trump, Putin."""
    if span is None:
        return [(None, None)]
    start, end = span
    words = ctx.folded[start:end]
    if "and" not in words and "&" not in words:
        return [_span(ctx, start, end)]  # one conjunct
    parts = []
    k = start
    for x in range(start, end + 1):
        if x == end or ctx.folded[x] in ("and", "&"):
            if k < x:
                parts.append((k, x))
            k = x + 1
    if len(parts) > 1:
        split = [_span(ctx, a, b) for a, b in parts]
        if all(entity for _, entity in split):
            return split
    return [_span(ctx, start, end)]


def _agent(ctx: _Ctx, start: int, end: int) -> tuple[str | None, str | None] | None:
    for k in range(start, min(end, start + 8)):
        if ctx.folded[k] == "by":
            stop = k + 1
            while (
                stop < len(ctx.folded)
                and stop - k <= 8
                and ctx.folded[stop] not in END_OBJECT
                and ctx.folded[stop] not in {",", ".", "in", "on", "at", "for", "to"}
            ):
                stop += 1
            text, entity = _span(ctx, k + 1, stop)
            if text:
                return text, entity
    return None
