"""Speakers: a reporting verb ("said", "as stated by", "according to") lends its subject as
speaker to the facts of the clause it reports."""

from __future__ import annotations

from dataclasses import replace

from ..model import Fact
from .context import _Ctx, _Group
from .spans import _head_entity, _span

SPEAKER_REACH = 8  # tokens after an inverted "said" within which the speaker is named


def _inverted_speaker(ctx: _Ctx, group: _Group) -> tuple[int, int] | None:
    """The person named after a reporting verb that follows a quote: '"...," said Smith',
    '"...", said his father, Abdullah Kurdi'. None unless the verb has no subject of its own and
    comes right after the quote's closing mark."""
    folded = ctx.folded
    k = group.start
    if group.subject is not None or k < 2:
        return None
    closing = {folded[k - 1], folded[k - 2]}
    if "," not in closing or closing.isdisjoint({'"', "”"}):
        return None
    commas = 0
    for j in range(group.end, min(len(folded), group.end + SPEAKER_REACH)):
        if folded[j] == ",":
            commas += 1
            if commas > 1:
                return None
            continue
        if folded[j] in {".", ";", "!", "?", '"', "“", "”"}:
            return None
        mention = ctx.mention_at[j]
        if mention is not None and ctx.kinds.get(mention.entity) == "person":
            last = j
            while last + 1 < len(folded) and ctx.mention_at[last + 1] is mention:
                last += 1
            return j, last + 1
    return None


def _main_clause(ctx: _Ctx, group: _Group, groups: list[_Group]) -> tuple[str | None, str | None]:
    """What a trailing attribution reports: the sentence before ", as stated by X"."""
    end = group.start
    while end > 0 and ctx.folded[end - 1] in {"as", ",", "according"}:
        end -= 1
    if group.subject and group.subject[0] < end and not group.passive:
        end = group.subject[0]
        while end > 0 and ctx.folded[end - 1] in (",", "as"):
            end -= 1
    if end <= 0:
        return None, None
    text = ctx.text[ctx.starts[0] : ctx.ends[end - 1]]
    return text.strip(' ,"“”') or None, _head_entity(ctx, 0, end)


def _according_to(ctx: _Ctx) -> str | None:
    """ "according to X": X, as an entity id when it is one."""
    folded = ctx.folded
    if "according" not in folded:
        return None
    for k in range(len(folded) - 2):
        if folded[k] == "according" and folded[k + 1] == "to":
            end = k + 2
            while end < len(folded) and folded[end] not in {",", ".", ";", "("} and end - k < 10:
                end += 1
            text, entity = _span(ctx, k + 2, end)
            return entity or text
    return None


def _speakers(ctx: _Ctx, out: list[tuple[_Group, list[Fact]]]) -> None:
    """A reporting verb lends its subject to the facts it reports, before or after it."""
    for position, (group, facts) in enumerate(out):
        if group.cls != "report" or not facts or facts[0].kind != "quote":
            continue
        speaker_fact = facts[0]
        speaker = speaker_fact.subject_entity or speaker_fact.subject
        if not speaker:
            continue
        trailing = position > 0 and _is_trailing(ctx, group)
        targets = out[:position] if trailing else out[position + 1 :]
        for other, others in targets:
            if not trailing and other.verb >= group.reach:
                continue  # past the reported clause: "..., while footage showed ..."
            for k, fact in enumerate(others):
                if fact.speaker is None and fact.kind != "role":
                    others[k] = replace(fact, speaker=speaker)


def _is_trailing(ctx: _Ctx, group: _Group) -> bool:
    """ ", as stated by X.", ", X said.", ", said X.": an attribution closing the sentence."""
    folded = ctx.folded
    if group.passive or (group.start > 0 and folded[group.start - 1] == "as"):
        return True
    if _inverted_speaker(ctx, group) is not None:
        return True  # '"...," said Defence Secretary Delfin Lorenzana.'
    k = group.end
    while k < len(folded) and ctx.mention_at[k] is not None:
        k += 1  # "..., said Smith."
    return k >= len(folded) or folded[k] in {".", ",", ";", "!", "?", '"', "”"}
