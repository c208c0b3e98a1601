"""Verb groups: a verb with its auxiliaries, modals, negation, hedges and particle, found
only where a verb can stand ("the talks" is a noun, "Russia demands" a verb)."""

from __future__ import annotations

from itertools import compress

from ..words import MODALS
from .context import _Ctx, _Group, _plain_noun
from .subjects import _with_subject
from .words import (
    _PREPOSITIONS,
    _QUALIFIERS,
    ADVERBS,
    AUXILIARIES,
    BE_FORMS,
    BLOCKERS,
    COPULAS,
    HEDGE_ADVERBS,
    HEDGING_MODALS,
    INFINITIVE_NEGATIONS,
    NEGATIONS,
    PRONOUNS,
    RAISING,
    SAME_PAST,
    STOP_LEFT,
)


def _verb_groups(ctx: _Ctx) -> list[_Group]:
    """Find the verbs of a sentence where a verb can stand, with their qualifiers."""
    folded, words = ctx.folded, ctx.words
    n = len(words)
    groups: list[_Group] = []
    verbs = ctx.verb_forms
    mention_at = ctx.mention_at
    end = 0
    for i in compress(range(n), map(verbs.__contains__, folded)):
        if i < end or mention_at[i] is not None or not words[i][0].isalpha():
            continue
        if _in_name(words, i):
            continue  # "Air India Express flight 1344": a capitalised word after a name is its part
        f = folded[i]
        lemma, cls, form = verbs[f]
        # an auxiliary followed by a verb is part of that verb's group, not a verb of its own
        if lemma in _AUX_LEMMAS and _next_verb(ctx, i) is not None:
            continue
        if lemma == "do" and i + 1 < n and folded[i + 1] in NEGATIONS:
            continue  # "does not allocate": the verb is one the lists do not know
        if lemma in COPULAS and _raises(ctx, i + 1):
            continue  # "remains willing to supply": read with "supply"
        group = _qualify(ctx, i, lemma, cls, form, groups[-1] if groups else None)
        if group is None:
            continue
        groups.append(group)
        end = group.end
    return groups


def _in_name(words: list[str], i: int) -> bool:
    """Word i is capitalised mid-sentence right after a capitalised word, in a sentence not
    written in title case (where every longer word is capitalised, "Trump Meets Putin"): it
    continues a name ("Air India Express", "The Jakarta Post", "the United States") rather than
    being a verb."""
    if i == 0 or not words[i][0].isupper() or words[i].isupper():
        return False
    before = words[i - 1]
    if not (before[:1].isupper() and before[:1].isalpha()):
        return False
    return any(len(w) > 3 and w[:1].islower() for w in words)


def _raises(ctx: _Ctx, k: int) -> bool:
    """Tokens from k are "[adverbs] willing to" / "set to": a raising phrase follows."""
    folded = ctx.folded
    while k < len(folded) and (
        folded[k] in ADVERBS or folded[k] in HEDGE_ADVERBS or folded[k] in NEGATIONS
    ):
        k += 1
    return k + 1 < len(folded) and folded[k] in RAISING and folded[k + 1] == "to"


def _adverb_like(ctx: _Ctx, k: int) -> bool:
    """Is the word at k an adverb by its form ("strongly", "jointly")? Not a verb ("apply"),
    not a name ("Italy is set to host", "Emily will win"): a recognised one, or one written
    with a capital inside the sentence, or opening it before an auxiliary ("Emily will", not
    "Newly elected")."""
    f = ctx.folded[k]
    if len(f) <= 4 or not f.endswith("ly") or f in ctx.lex.verbs or ctx.mention_at[k] is not None:
        return False
    if not ctx.words[k][:1].isupper():
        return True
    after = ctx.folded[k + 1] if k + 1 < len(ctx.folded) else ""
    return k == 0 and after not in AUXILIARIES and after not in MODALS


def _next_verb(ctx: _Ctx, i: int) -> int | None:
    """The verb an auxiliary leads to: "has [not] stated", "did not result", "are expected"."""
    folded = ctx.folded
    n = len(folded)
    k = i + 1
    while k < n and (folded[k] in _SKIPPED_AFTER_AUX or _adverb_like(ctx, k)):
        k += 1
    if k < n and folded[k] in ctx.verb_forms and ctx.mention_at[k] is None:
        lemma, _, form = ctx.verb_forms[folded[k]]
        if form in ("past", "ing") or folded[i] in {"do", "does", "did"}:
            return k
        if lemma in ("be", "have"):
            return k
    return None


def _coordinates(previous: _Group | None, form: str) -> bool:
    """ "demands ... and insists": a verb after "and" shares the tense of the verb before."""
    if previous is None:
        return False
    if previous.form == form:
        return True
    return form == "base" and (previous.infinitive or previous.hedges != ())


def _negates_infinitive(folded: list[str], to: int) -> bool:
    """Does the word before the infinitive's "to" at ``to`` negate the infinitive ("agreed not
    to attack", INFINITIVE_NEGATIONS)? Not the "not" of "whether or not to attack", which offers
    the infinitive as one of two choices: nothing is said not to happen."""
    return to >= 1 and folded[to - 1] in INFINITIVE_NEGATIONS and folded[to - 2 : to - 1] != ["or"]


def _qualify(
    ctx: _Ctx, i: int, lemma: str, cls: str, form: str, previous: _Group | None = None
) -> _Group | None:
    """Decide whether the word at i is a verb here, and collect its auxiliaries and adverbs."""
    folded, lex = ctx.folded, ctx.lex
    n = len(folded)
    k = i - 1
    negated = False
    hedges: list[str] = []
    aux: list[str] = []
    while k >= 0:
        f = folded[k]
        if f not in _QUALIFIERS:
            if _adverb_like(ctx, k):
                k -= 1
                continue
            break
        if f in NEGATIONS and f != "no":
            negated = True
        elif f in HEDGE_ADVERBS:
            hedges.append(f)
        elif f in MODALS or f in AUXILIARIES:
            aux.append(f)
            if f in HEDGING_MODALS:
                hedges.append(f)
        elif not (f in ADVERBS or _adverb_like(ctx, k)):
            break  # "no"
        k -= 1
    prev = folded[k] if k >= 0 else ""
    infinitive = prev == "to" and not aux
    if infinitive and _negates_infinitive(folded, k):
        negated = True  # "agreed not to attack", "for the city never to build"
    reduced = False
    if infinitive and k >= 1 and folded[k - 1] in RAISING:
        # "is set to meet", "remains unwilling to engage": the infinitive is the action, and
        # the raising word and the copula before it only qualify it
        hedge, negative = RAISING[folded[k - 1]]
        if hedge:
            hedges.append(hedge)
        negated = negated or negative
        k -= 2
        lead = k
        while k >= 0:
            f = folded[k]
            if f in AUXILIARIES or f in MODALS or (f in lex.verbs and lex.verbs[f][0] in COPULAS):
                if f in HEDGING_MODALS:
                    hedges.append(f)
            elif f in NEGATIONS and f != "no":
                negated = True
            elif f in HEDGE_ADVERBS:
                hedges.append(f)
            elif not (f in ADVERBS or _adverb_like(ctx, k)):
                break
            k -= 1
        infinitive = False
        aux.append("to")
        reduced = k == lead and folded[k + 1] in {"set", "expected", "scheduled", "due"}
        prev = folded[k] if k >= 0 else ""
    elif infinitive:
        aux.append("to")
    if prev in BLOCKERS and not aux:
        return None
    nxt = folded[i + 1] if i + 1 < n else ""
    if lemma in RAISING_LEMMAS and nxt == "to" and aux:
        return None  # "is set to meet": "set" only qualifies "meet"
    if (
        lemma in RAISING_LEMMAS
        and nxt == "to"
        and folded[i] in RAISING
        and _ends_noun(ctx, k, "base", nxt)
    ):
        return None  # "The leaders set to meet ...": read with "meet"
    if form in ("base", "s") and aux and aux[0] in BE_FORMS and lemma not in ("be", "have"):
        return None  # "is complete", "were present": an adjective
    if form == "base" and not aux and folded[i] in SAME_PAST and lemma != "set":
        form = "past"
    if not aux:
        if form == "ing":
            if not (
                _ends_subject(ctx, k)
                or (prev == "," and cls == "report")
                or _with_subject(ctx, k + 1) is not None
            ):
                return None
        elif form in ("base", "s"):
            if not (
                _ends_subject(ctx, k)
                or (_ends_mention(ctx, k) and nxt not in _NOT_AFTER_VERB)
                or (form == "s" and _ends_name(ctx, k))
                or prev in PRONOUNS
                or _ends_noun(ctx, k, form, nxt)
                or (prev in {"and", "or", "but"} and _coordinates(previous, form))
            ):
                return None
        elif prev in {"a", "an", "the"}:
            return None
    if nxt == "of" and cls != "report" and not aux:
        return None
    end = i + 1
    predicate = lemma
    if end < n and (lemma, folded[end]) in lex.phrasal:
        predicate = lex.phrasal[(lemma, folded[end])]
        end += 1
    passive = form == "past" and (not _PASSIVE_AUX.isdisjoint(aux) or (not aux and nxt == "by"))
    if lemma == "be" and not aux and nxt == "by":
        passive = False
    if reduced and not _plain_noun(ctx, k) and not _ends_mention(ctx, k):
        reduced = False
    # positional, in field order (keywords cost twice as much for a dataclass this wide)
    return _Group(
        k + 1,  # start
        i,  # verb
        end,
        predicate,  # lemma
        cls,
        negated,
        tuple(reversed(hedges)),
        passive,
        infinitive,
        form,
        reduced,
    )


RAISING_LEMMAS = frozenset({"set", "expect", "schedule", "plan", "say", "believe", "think"})
_AUX_LEMMAS = frozenset({"be", "have", "do"})
_SKIPPED_AFTER_AUX = NEGATIONS | ADVERBS | HEDGE_ADVERBS
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})


def _ends_subject(ctx: _Ctx, k: int) -> bool:
    """Token k ends a mention that can be a subject: not "with [US] support", not "[UK] PM"."""
    if k < 0:
        return False
    mention = ctx.mention_at[k]
    if mention is None or ctx.affiliation_tok[k]:
        return False
    first = k
    while first > 0 and ctx.mention_at[first - 1] is mention:
        first -= 1
    before = ctx.folded[first - 1] if first > 0 else ""
    return before not in _PREPOSITIONS and before not in ("'s", "’s")


def _ends_mention(ctx: _Ctx, k: int) -> bool:
    return k >= 0 and ctx.mention_at[k] is not None and not ctx.affiliation_tok[k]


def _ends_name(ctx: _Ctx, k: int) -> bool:
    """Token k ends a mention or a capitalised word: a subject can end there."""
    if k < 0:
        return False
    if ctx.mention_at[k] is not None:
        return True
    word = ctx.words[k]
    return word[:1].isupper() and word[:1].isalpha() and k > 0 and ctx.folded[k] not in STOP_LEFT


def _ends_noun(ctx: _Ctx, k: int, form: str, nxt: str) -> bool:
    """A plain noun can be a subject when a determiner opens its phrase: "the building collapses".

    Only a short phrase counts (determiner, at most one word, noun): in "the comprehensive
    security guarantees package" the last words are a compound noun, not a verb.
    """
    if k < 0 or nxt in _NOT_AFTER_VERB:
        return False
    word = ctx.folded[k]
    if not word.isalpha() or word in STOP_LEFT or word in BLOCKERS:
        return False
    if form == "base" and not (word.endswith("s") and not word.endswith("ss")):
        return False  # "Some reports suggest", but not "security guarantee"
    for back in range(k - 1, max(-1, k - 2), -1):
        f = ctx.folded[back]
        if f in {
            "the",
            "a",
            "an",
            "this",
            "these",
            "those",
            "some",
            "many",
            "most",
            "all",
            "both",
            "his",
            "her",
            "its",
            "their",
            "our",
            "several",
            "other",
            "such",
        }:
            return True
        if f in ctx.verb_forms and ctx.verb_forms[f][2] != "past" or not f.isalpha():
            return False
    return form == "base" and (k == 0 or ctx.folded[k - 1] in (",", "and"))


_NOT_AFTER_VERB = frozenset({"for", "of", "and", "or", ",", ".", ";", ":", ")", "'s", "’s"})
