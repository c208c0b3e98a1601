"""The facts of a sentence's verb groups: subject, predicate, object, time, place, hedges and
negation of each, the need an infinitive states after "the need for X", the members a listing
verb names."""

from __future__ import annotations

from dataclasses import replace

from ..model import Fact, Mention
from .circumstances import _cut_circumstances, _lead_circumstances, _past_time, _place, _time
from .context import _Ctx, _Group
from .nominal import _nominal_facts
from .objects import _has_complement, _object_end
from .spans import _agent, _span, _subjects
from .speakers import _according_to, _inverted_speaker, _main_clause, _speakers
from .talks import _nominal_talks
from .words import (
    COPULAS,
    HEDGE_ADVERBS,
    HEDGING_CONTROL,
    LISTING,
    MAX_OBJECT,
    MAX_QUOTE,
    NEGATIVE_CONTROL,
    STRIP_PREPOSITIONS,
)


def _needed_by(ctx: _Ctx, start: int) -> bool:
    """Does the subject at ``start`` follow "the need for" ("the need for Ukraine to maintain a
    ... military force", "stressed the need for the city to build")?"""
    return start >= 2 and ctx.folded[start - 1] == "for" and ctx.folded[start - 2] == "need"


def _need_of(ctx: _Ctx, group: _Group, found: list[Fact]) -> list[Fact]:
    """The need fact an infinitive after "the need for X" states beside its own facts
    (``found``): "the need for Ukraine to maintain X" says Ukraine needs to, as "Ukraine needs
    to maintain X" does, a need fact of the same subject with no object of its own; "no need
    for" negates it (:func:`_no_need`)."""
    if not (found and group.infinitive and group.subject and _needed_by(ctx, group.subject[0])):
        return []
    negated = _no_need(ctx, group.subject[0])
    return [replace(found[0], predicate="need", object=None, object_entity=None, negated=negated)]


def _no_need(ctx: _Ctx, start: int) -> bool:
    """Does the "need for" before the subject at ``start`` (:func:`_needed_by`) follow "no"?
    "There is no need for the city to build homes" says the city need not build them: the need
    fact is negated, as that of "the city does not need to build homes" is. The infinitive's
    own negation ("the need for the city not to build") is not the need's."""
    return start >= 3 and ctx.folded[start - 3] == "no"


# --- facts ------------------------------------------------------------------------------------


def _facts(ctx: _Ctx, groups: list[_Group]) -> list[Fact]:
    folded = ctx.folded
    n = len(folded)
    out: list[tuple[_Group, list[Fact]]] = []
    leading_time, leading_place = _lead_circumstances(ctx, groups[0].start)
    # what every fact of the sentence inherits: the time and place written before the first
    # verb, a hedge opening the sentence ("Reportedly, ..."), an "according to X" speaker
    lead = (
        leading_time,
        leading_place,
        folded[0] if folded[0] in HEDGE_ADVERBS else None,
        _according_to(ctx),
    )
    for index, group in enumerate(groups):
        if group.lemma in {"be", "have", "do"} and group.end < n and folded[group.end] == "to":
            continue
        nxt = groups[index + 1] if index + 1 < len(groups) else None
        if (
            group.controller is None
            and nxt is not None
            and nxt.controller is group
            and group.lemma in COPULAS
        ):
            continue  # "remains willing to supply": the fact is the supply
        found = _group_facts(ctx, group, nxt, index, groups, lead)
        found.extend(_need_of(ctx, group, found))
        found.extend(_nominal_talks(found))
        out.append((group, found))
    if "from" in folded:
        out = _with_nominal(out, _nominal_facts(ctx, groups, lead), groups)
    _speakers(ctx, out)
    _listed_members(ctx, groups, out)
    return [fact for _, facts in out for fact in facts]


def _controlled(group: _Group) -> tuple[list[str], bool]:
    """The hedges and negation of a verb group with those of the verbs that control it, outermost
    first: "is expected to try to meet" hedges "meet" with "expected to" and "try to"; "refuses
    to meet" negates it."""
    hedges = list(group.hedges)
    negated = group.negated
    controller = group.controller
    while controller is not None:
        if controller.lemma in HEDGING_CONTROL:
            hedges.append(f"{controller.lemma} to")
        elif controller.lemma in NEGATIVE_CONTROL:
            negated = True
        hedges = list(controller.hedges) + hedges
        negated = negated or controller.negated
        controller = controller.controller
    return hedges, negated


def _circumstances(
    ctx: _Ctx, group: _Group, end: int, hedges: list[str], lead
) -> tuple[str | None, str | None, str | None, str | None]:
    """The time, place, hedge and speaker of a verb group's facts: its own time and place (up to
    ``end``) and ``hedges``, else those the sentence lends every fact (``lead``: what
    :func:`_facts` found before the first verb); the "according to" speaker, except for a
    reporting verb, which names its own."""
    time = _time(ctx, group.start, end)
    place = _place(ctx, group.end, end)
    leading_time, leading_place, leading_hedge, according = lead
    if time is None and leading_time:
        time = leading_time
    if place is None and leading_place:
        place = leading_place
    hedge = (", ".join(dict.fromkeys(hedges)) or None) if hedges else None
    if leading_hedge and not hedge:
        hedge = leading_hedge
    speaker = according if according and group.cls != "report" else None
    return time, place, hedge, speaker


def _group_facts(
    ctx: _Ctx, group: _Group, nxt: _Group | None, index: int, groups: list[_Group], lead
) -> list[Fact]:
    folded = ctx.folded
    hedges, negated = _controlled(group)
    end = _object_end(ctx, group, nxt)
    group.reach = end
    obj_start = group.end
    reports = group.cls == "report" and _has_complement(ctx, group, nxt, end)
    if reports:
        obj_start = _past_time(ctx, obj_start)  # "said on Monday that ..."
        if obj_start < end and folded[obj_start] in {"that", ",", ":"}:
            obj_start += 1
        object_end = end
        circumstances_end = obj_start
    else:
        obj_start, object_end = _cut_circumstances(ctx, obj_start, end)
        if obj_start < object_end and folded[obj_start] in STRIP_PREPOSITIONS:
            obj_start += 1  # "meet with Trump", "insists on a veto"
        circumstances_end = end
    obj_text, obj_entity = _span(ctx, obj_start, object_end, MAX_QUOTE if reports else MAX_OBJECT)
    predicate = group.lemma
    kind = "quote" if reports else "relation"
    if not group.passive:
        subjects = _subjects(ctx, group.subject)
        inverted = _inverted_speaker(ctx, group) if group.cls == "report" else None
        if inverted is not None:  # '"We are ready," said Lisa Simpson.': she said it
            subjects = [_span(ctx, *inverted)]
            obj_text, obj_entity = _main_clause(ctx, group, groups)
            kind = "quote"
    else:
        # "X was sentenced by a court": the court acts on X
        hanging = group.subject is None and group.start > 0 and folded[group.start - 1] == ","
        if hanging and group.cls != "report":
            return []  # ", followed by ...": a participle hanging on the clause before
        agent = _agent(ctx, group.end, end)
        patient_text, patient_entity = _span(ctx, *group.subject) if group.subject else (None, None)
        subjects = [agent] if agent else [(None, None)]
        obj_text, obj_entity = patient_text, patient_entity
        attribution = group.start > 0 and folded[group.start - 1] in ("as", ",")
        if group.cls == "report" and agent is not None and attribution:
            obj_text, obj_entity = _main_clause(ctx, group, groups)
            kind = "quote"
    if not obj_text and group.cls == "report" and index > 0:
        obj_text, obj_entity = _main_clause(ctx, group, groups)
        kind = "quote"
    facts = []
    time = place = hedge = speaker = None
    for subject_text, subject_entity in subjects:
        if not subject_text and not obj_text:
            continue
        if predicate in COPULAS and not subject_entity and not obj_entity:
            continue
        if not facts:  # the circumstances, once per group
            time, place, hedge, speaker = _circumstances(
                ctx, group, circumstances_end, hedges, lead
            )
        facts.append(
            Fact(
                sentence=ctx.sentence.index,
                predicate=predicate,
                subject=subject_text,
                subject_entity=subject_entity,
                object=obj_text,
                object_entity=obj_entity,
                place=place,
                time=time,
                speaker=speaker,
                negated=negated,
                hedge=hedge,
                kind=kind,
            )
        )
    return facts


def _with_nominal(
    out: list[tuple[_Group, list[Fact]]],
    nominal: list[tuple[_Group | None, list[Fact]]],
    groups: list[_Group],
) -> list[tuple[_Group, list[Fact]]]:
    """The groups' facts with each noun's facts placed after those of the group whose clause
    holds it, in sentence order, as :func:`_speakers` expects."""
    if not nominal:
        return out
    order = {id(g): index for index, g in enumerate(groups)}
    placed = [(order[id(g)], 0, entry) for entry in out for g in (entry[0],)]
    placed += [
        (order[id(g)] if g is not None else len(groups), 1, (g or groups[-1], facts))
        for g, facts in nominal
    ]
    placed.sort(key=lambda p: p[:2])
    return [entry for _, _, entry in placed]


def _listed_members(ctx: _Ctx, groups: list[_Group], out: list[tuple[_Group, list[Fact]]]) -> None:
    """ "The leaders set to meet Zelensky include A, B and C" -> A, B and C meet Zelensky."""
    for index, action in enumerate(groups[:-1]):
        listing = groups[index + 1]
        if not action.reduced or listing.lemma not in LISTING or listing.subject != action.subject:
            continue
        action_facts = next((facts for g, facts in out if g is action), None)
        listing_facts = next((facts for g, facts in out if g is listing), None)
        if not action_facts or listing_facts is None:
            continue
        template = action_facts[0]
        members: list[Mention] = []
        seen = set()
        for k in range(listing.end, _object_end(ctx, listing, None)):
            mention = ctx.mention_at[k]
            if mention is None or mention.entity in seen or ctx.affiliation_tok[k]:
                continue
            if ctx.kinds.get(mention.entity) not in {"person", "org", "group", "country"}:
                continue
            seen.add(mention.entity)
            members.append(mention)
        listing_facts.extend(
            replace(template, subject=m.text, subject_entity=m.entity) for m in members
        )
