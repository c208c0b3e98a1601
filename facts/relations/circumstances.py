"""The time and place of a clause ("in Washington", "on Monday", "yesterday"), and where they
cut an object or subject short."""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from ..model import Mention
from .context import _TIME_LEAD, _TIME_STARTS, _Ctx
from .spans import _is_modifier
from .words import PLACE_PREPOSITIONS


def _cut_circumstances(ctx: _Ctx, start: int, end: int) -> tuple[int, int]:
    """The object without trailing place and time phrases: "Trump [in Washington on Monday]"."""
    folded = ctx.folded
    # only the words _CUT_AT marks can start a circumstance: visit those
    for k in compress(range(start, end), map(_CUT_AT.__getitem__, folded[start:end])):
        f = folded[k]
        if k > start and f in _CLAUSE_LEADS:
            return start, k
        if (f in _TIME_STARTS or f[:1].isdigit()) and _starts_time(ctx, k):
            return start, k
        if f in {"in", "at", "near"} and k + 1 < end and _place_mention(ctx, k + 1) is not None:
            return start, k
    return start, end


_CLAUSE_LEADS = frozenset("during amid after before as since until following when".split())


class _CutAt(dict):
    """Memo: can a word start a circumstance (see _cut_circumstances)?"""

    def __missing__(self, f: str) -> bool:
        if len(self) > 100_000:
            self.clear()
        cut = self[f] = (
            f in _CLAUSE_LEADS or f in _TIME_STARTS or f[:1].isdigit() or f in {"in", "at", "near"}
        )
        return cut


_CUT_AT = _CutAt()


def _before_time(ctx: _Ctx, end: int) -> int:
    """Where a time expression ending right before token ``end`` starts, when a word comes
    before it (a time that opens the sentence may be its subject: "Monday marks ..."); ``end``
    otherwise."""
    if end < 2 or (ctx.times is not None and not ctx.time_starts):
        return end  # too early, or the sentence has no time at all
    stop = ctx.ends[end - 1]
    for t_start, t_end, _ in ctx.time_matches():
        if t_end == stop:
            first = bisect_left(ctx.starts, t_start)
            if first > 0 and ctx.words[first - 1][:1].isalnum():
                return first
            return end
    return end


def _past_time(ctx: _Ctx, k: int) -> int:
    """The first token after a time expression starting at token ``k`` (``k`` if none does, or
    if the time is a possessive: "Monday's attack")."""
    n = len(ctx.folded)
    if k >= n or not (ctx.folded[k] in _TIME_STARTS or ctx.folded[k][:1].isdigit()):
        return k
    if not _starts_time(ctx, k):
        return k
    start = ctx.starts[k]
    stop = next(t_end for t_start, t_end, _ in ctx.time_matches() if t_start == start)
    after = k
    while after < n and ctx.starts[after] < stop:
        after += 1
    if after < n and ctx.folded[after] in {"'s", "’s"}:
        return k  # "reported Monday's attack": the time belongs to the object
    return after


def _starts_time(ctx: _Ctx, k: int) -> bool:
    if ctx.times is None:
        ctx.time_matches()
    return ctx.starts[k] in ctx.time_starts


def _time(ctx: _Ctx, start: int, end: int) -> str | None:
    if start >= len(ctx.words):
        return None
    times = ctx.times if ctx.times is not None else ctx.time_matches()
    if not times:
        return None
    stop = ctx.ends[end - 1] if 0 < end <= len(ctx.words) else ctx.sentence.end
    begin = ctx.starts[start]
    for t_start, t_end, t_text in times:
        if t_start >= begin and t_end <= stop:
            return _TIME_LEAD.sub("", t_text)
    return None


def _place_mention(ctx: _Ctx, k: int) -> Mention | None:
    if k < len(ctx.folded) and ctx.folded[k] == "the":
        k += 1
    if k >= len(ctx.folded):
        return None
    mention = ctx.mention_at[k]
    if mention is None or ctx.kinds.get(mention.entity) not in ("place", "country"):
        return None
    if k + 1 < len(ctx.folded) and ctx.mention_at[k + 1] is not mention and _is_modifier(ctx, k):
        return None
    return mention


def _place(ctx: _Ctx, start: int, end: int) -> str | None:
    folded = ctx.folded
    for k in compress(range(start, end), map(_PLACE_WORDS.__contains__, folded[start:end])):
        mention = _place_mention(ctx, k + 1)
        if mention is not None:
            return mention.text
    return None


_PLACE_WORDS = PLACE_PREPOSITIONS - {"to", "from"}


def _lead_circumstances(ctx: _Ctx, end: int) -> tuple[str | None, str | None]:
    """Time and place written before the first verb: "On Friday in Pakistan, ..."."""
    if end <= 0:
        return None, None
    time = _time(ctx, 0, end)
    place = None
    folded = ctx.folded
    for k in compress(range(end), map(_IN_AT.__contains__, folded[:end])):
        if k == 0 or folded[k - 1] in (",", "on") or _starts_time(ctx, max(0, k - 2)):
            mention = _place_mention(ctx, k + 1)
            if mention is not None:
                place = mention.text
                break
    return time, place


_IN_AT = frozenset({"in", "at"})
