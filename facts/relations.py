"""Relations between entities: who did what to whom, where, when, according to whom.

A shallow reading of each sentence, by rules:

- a **verb group** is a verb from ``facts/data/verbs.txt`` with what surrounds it: auxiliaries and
  modals ("will", "may"), negation ("did not"), hedging adverbs ("reportedly"), a particle
  ("ruling out") and raising phrases ("is set to", "is expected to", "remains willing to") whose
  infinitive is the real action. A word counts as a verb only where a verb can stand: "the
  talks" is a noun, "Russia demands" a verb.
- the **subject** is the noun phrase just before the group (or the one a coordinated verb, "and
  insists", or a relative pronoun, "who held", refers back to); the **object** is what follows,
  up to the next clause. Their entities are the mentions found by :mod:`facts.entities`.
- **place** and **time** come from the clause ("in Washington", "on Monday", "yesterday").
- **speaker**: a reporting verb ("said", "mentioned that", "as stated by", "according to")
  lends its subject as speaker to the facts of the clause it reports.
- **relation nouns**: "these efforts face strong opposition from the Kremlin" is the Kremlin
  opposing these efforts; "amid pressure from Washington" is Washington pressuring (see
  NOMINAL_PREDICATES). A participle in a "with" clause has that clause's subject: ", with US
  assets supporting this force".

Every fact keeps the index of its sentence, so an answer can always quote the sentence itself.
Each sentence is read once, left to right, so the cost is linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import compress

from .entities import HONORIFICS, RELATIVE_PRONOUNS, role_phrase
from .lexicon import Lexicon, fold, lexicon, sentence_tokens
from .model import Article, Entity, Fact, Mention, Sentence
from .words import MODALS

AUXILIARIES = frozenset(
    "is are am was were be been being has have had will shall do does did 're 've 'd".split()
)
BE_FORMS = frozenset("is are am was were be been being".split())
# Verbs whose past tense is spelled like the base: "another explosion hit a minibus".
SAME_PAST = frozenset(
    "hit cut put set cost hurt read spread beat quit let shut split bet cast burst".split()
)
HEDGING_MODALS = frozenset({"may", "might", "could", "would", "should"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# The negations English puts before an infinitive's "to" ("agreed not to attack"): the
# infinitive's, not the verb's before them
INFINITIVE_NEGATIONS = frozenset({"not", "never"})
HEDGE_ADVERBS = frozenset(
    """reportedly allegedly apparently possibly probably likely purportedly seemingly perhaps
    reputedly supposedly presumably""".split()
)
ADVERBS = frozenset(
    """also still already now then first just only further again soon even longer ever
    recently later initially finally jointly previously currently reportedly""".split()
)
# Words that turn "is X to V" into a hedged or negated V: "is set to meet", "remains unwilling to".
RAISING = {
    "set": ("set to", False),
    "expected": ("expected to", False),
    "due": ("due to", False),
    "likely": ("likely to", False),
    "unlikely": ("unlikely to", False),
    "poised": ("poised to", False),
    "scheduled": ("scheduled to", False),
    "planned": ("planned to", False),
    "going": ("going to", False),
    "about": ("about to", False),
    "said": ("said to", False),
    "believed": ("believed to", False),
    "thought": ("thought to", False),
    "willing": (None, False),
    "able": (None, False),
    "ready": (None, False),
    "prepared": (None, False),
    "determined": (None, False),
    "eager": (None, False),
    "keen": (None, False),
    "reluctant": ("reluctant to", False),
    "unwilling": (None, True),
    "unable": (None, True),
}
# Control verbs: "plans to build" states a plan, "refused to stop" a refusal.
HEDGING_CONTROL = frozenset(
    "want plan seek try hope intend aim attempt promise vow threaten pledge prepare tend".split()
)
NEGATIVE_CONTROL = frozenset({"refuse", "fail", "decline"})
SUBORDINATORS = frozenset(
    """that which who whom whose while because although though but as after before when where
    if unless until since despite whereas whether so""".split()
)
STOP_LEFT = SUBORDINATORS | frozenset(
    """following including regarding amid and or nor in on at by with from to for into onto
    about against over under during through across after before without between among within
    upon despite via per than however meanwhile also""".split()
)
BLOCKERS = frozenset(
    """the a an his her its their our my your this these those some any each every no of for
    in on at by with from into about against over under during through 's ’s""".split()
)
PRONOUNS = frozenset("he she it they we i you who which that there".split())
STRIP_PREPOSITIONS = frozenset({"with", "on", "for", "about", "over", "against", "into", "to"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "to", "from"})
END_OBJECT = frozenset(
    """; : ( ) " “ ” — – while because although though whereas unless until which who whom
    whose where when if but following""".split()
)
COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "stay"})
LISTING = frozenset({"include", "be"})
MAX_SUBJECT = 12
MAX_OBJECT = 16
MAX_QUOTE = 40
_TRIM_END = frozenset(
    {",", ".", ";", ":", "and", "or", "-", "—", "to", "the", "a", "an", "of", '"', "“", "”", "("}
)

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


def find_facts(
    article: Article, sentences: list[Sentence], mentions: list[Mention], entities: list[Entity]
) -> list[Fact]:
    """Relation, role and quote facts for every sentence of the article."""
    lex = lexicon()
    kinds = {e.id: e.kind for e in entities}
    affiliations = {e.id: e.affiliation for e in entities}
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    facts: list[Fact] = []
    text = article.text
    quoting = _Quoting(kinds)
    for sentence in sentences:
        own = by_sentence.get(sentence.index, _NO_MENTIONS)
        if own:
            facts.extend(_role_facts(text, own, affiliations))
        if sentence.end <= sentence.start:
            continue
        try:
            found = _sentence_facts(lex, text, sentence, own, kinds)
        except RecursionError:  # pragma: no cover - defensive: never fail a build on odd prose
            continue
        facts.extend(quoting.read(sentence, found))
    return facts


class _Quoting:
    """Who is speaking in a quotation that runs on past the sentence that attributes it.

    'Cruz said, "For too long, members of Congress have abused their power. Term limits offer a
    solution."': the second sentence is Cruz's too. It gets a quote fact of its own with the
    speaker as subject, and its other facts get the speaker, as the first sentence's do. Quote
    marks are followed across the sentences of a paragraph (a new paragraph starts outside).
    Only a named person or organisation is carried on, never a pronoun or a misread phrase.
    """

    SPEAKERS = frozenset({"person", "org"})

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds
        self.inside = False
        self.paragraph = -1
        self.speaker: tuple[str, str] | None = None  # (surface text, entity id)

    def read(self, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
        if sentence.paragraph != self.paragraph:
            self.paragraph, self.inside, self.speaker = sentence.paragraph, False, None
        if self.inside and self.speaker is not None:
            facts = self._continued(sentence, facts, *self.speaker)
        else:
            self.speaker = next(
                (
                    (f.subject, f.subject_entity)
                    for f in facts
                    if f.kind == "quote"
                    and f.subject
                    and self.kinds.get(f.subject_entity or "") in self.SPEAKERS
                ),
                None,
            )
        self.inside = _still_quoting(sentence.text, self.inside)
        if not self.inside:
            self.speaker = None
        return facts

    @staticmethod
    def _continued(sentence: Sentence, facts: list[Fact], name: str, entity: str) -> list[Fact]:
        said = Fact(
            sentence=sentence.index,
            predicate="say",
            subject=name,
            subject_entity=entity,
            object=sentence.text.strip(' "“”') or None,
            kind="quote",
        )
        return [said] + [
            replace(f, speaker=entity) if f.speaker is None and f.kind != "role" else f
            for f in facts
        ]


def _still_quoting(text: str, inside: bool) -> bool:
    """Whether a quotation is open after ``text``, given whether one was open before it."""
    for mark in _QUOTE_MARKS.findall(text):
        inside = True if mark == "“" else False if mark == "”" else not inside
    return inside


_QUOTE_MARKS = re.compile('["“”]')


_NO_MENTIONS: list[Mention] = []  # never appended to


def _role_facts(
    text: str, mentions: list[Mention], affiliations: dict[str, str | None]
) -> list[Fact]:
    """ "German Chancellor Friedrich Merz" -> (Friedrich Merz, role, German Chancellor)."""
    out = []
    for mention in mentions:
        if not mention.role or fold(mention.text).endswith(mention.role):
            continue  # "the Lithuanian president" is a title standing for a name given elsewhere
        phrase = role_phrase(text, mention) or mention.role
        reach = mention.start - len(phrase) - 2
        affiliation = _role_affiliation(mentions, mention, reach) or affiliations.get(
            mention.entity
        )
        out.append(
            Fact(
                sentence=mention.sentence,
                predicate="role",
                subject=mention.text,
                subject_entity=mention.entity,
                object=phrase,
                object_entity=affiliation,
                kind="role",
            )
        )
    return out


def _role_affiliation(mentions: list[Mention], mention: Mention, reach: int) -> str | None:
    """The mention inside the title before a name ("UK" in "UK Prime Minister Keir Starmer")."""
    best = None
    for other in mentions:
        if other is mention or other.entity == mention.entity:
            continue
        if other.end <= mention.start and other.start >= reach:
            best = other.entity
        elif other.start >= mention.end:
            break
    return best


# --- one sentence -----------------------------------------------------------------------------


def _sentence_facts(
    lex: Lexicon, text: str, sentence: Sentence, mentions: list[Mention], kinds: dict[str, str]
) -> list[Fact]:
    words, folded, starts, ends = sentence_tokens(text, sentence.start, sentence.end)
    n = len(words)
    if n < 2:
        return []
    if n > 400:  # a run-on "sentence" (a table, a list without punctuation): read its start only
        words, folded, starts, ends = words[:400], folded[:400], starts[:400], ends[:400]
        n = 400
    if lex.verb_forms.keys().isdisjoint(folded) and "from" not in folded:
        return []  # no word the verb lists know and no "<noun> from": no fact
    mention_at: list[Mention | None] = [None] * n
    affiliation_tok = [False] * n
    last_tokens = []  # each mention's last token
    if mentions:
        for mention in mentions:
            k = bisect_left(starts, mention.start)
            while k < n and ends[k] <= mention.end:
                mention_at[k] = mention
                k += 1
            last_tokens.append(k - 1)
    for k in last_tokens:
        m = mention_at[k] if 0 <= k < n - 1 else None
        if m is not None and mention_at[k + 1] is not m:
            nxt = mention_at[k + 1]
            if (
                nxt is not None
                and nxt.role
                or folded[k + 1] in lex.role_heads
                or folded[k + 1] in lex.role_modifiers
            ):
                affiliation_tok[k] = True
            back = k
            while affiliation_tok[k] and back > 0 and mention_at[back - 1] is m:
                back -= 1
                affiliation_tok[back] = True
    ctx = _Ctx(text, sentence, words, folded, starts, ends, mention_at, affiliation_tok, lex, kinds)
    groups = _verb_groups(ctx)
    if not groups:  # a headline such as "Opposition from Kremlin to peace plan"
        lead = (None, None, None, _according_to(ctx))
        return [fact for _, facts in _nominal_facts(ctx, groups, lead) for fact in facts]
    ctx.verbs = frozenset(g.verb for g in groups)
    _link(ctx, groups)
    return _facts(ctx, groups)


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
# Words _qualify walks back over before a verb (besides adverbs in -ly)
_QUALIFIERS = NEGATIONS | HEDGE_ADVERBS | MODALS | AUXILIARIES | ADVERBS
_PASSIVE_AUX = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
_PREPOSITIONS = frozenset(
    "of for in on at by with from into about against over under during through to".split()
)


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


def _plain_noun(ctx: _Ctx, k: int) -> bool:
    if k < 0 or k in ctx.verbs:
        return False
    f = ctx.folded[k]
    return f.isalpha() and f not in STOP_LEFT and f not in BLOCKERS and f not in PRONOUNS


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


_NOUN_PREPOSITIONS = frozenset({"for", "in", "from", "with", "on", "at", "of"})
_NOT_AFTER_VERB = frozenset({"for", "of", "and", "or", ",", ".", ";", ":", ")", "'s", "’s"})


# --- linking groups to subjects ---------------------------------------------------------------


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


# Verbs whose object, a noun of talking, carries the sense: "involve discussions about X",
# "held talks on X", "opened negotiations over X" are discussing X, negotiating X.
LIGHT_VERBS = frozenset(
    "involve include hold have begin start open resume continue conduct".split()
)
_TALK_NOUNS = {
    "discussion": "discuss",
    "discussions": "discuss",
    "talks": "discuss",
    "consultations": "discuss",
    "negotiation": "negotiate",
    "negotiations": "negotiate",
    "debate": "debate",
    "debates": "debate",
}
_NOMINAL_TALK = re.compile(
    r"(?:\w+\s+)?(" + "|".join(_TALK_NOUNS) + r")\s+(?:about|on|over|regarding|concerning)\s+(.+)",
    re.IGNORECASE,
)


# What "talks on/over X" can be set in rather than be about: the means, the occasion or the time
# of the talking ("held talks over the phone", "on the sidelines of the summit", "over dinner",
# "over the weekend", "over two days"), each a noun news uses so and no topic of talks.
_TALK_SETTINGS = frozenset(
    """sidelines phone telephone video videoconference dinner lunch breakfast weekend night
    days hours weeks months""".split()
)
_SETTING_OPENERS = frozenset("the a an two three four five several few many".split())


def _talk_setting(topic: str) -> bool:
    """Whether X of "talks on/over X" says how, where or how long they talked, not what about
    (:data:`_TALK_SETTINGS`, after an article or a number): "The leaders held talks over the
    phone" discusses nothing, least of all the phone."""
    for word in re.findall(r"\w+", topic.lower()):
        if word not in _SETTING_OPENERS and not word.isdigit():
            return word in _TALK_SETTINGS
    return False


def _nominal_talks(facts: list[Fact]) -> list[Fact]:
    """A fact of the talking itself for each fact of a light verb whose object is a noun of
    talking about something ("The meetings may also involve discussions about real security
    guarantees": the meetings discuss the guarantees, as "the leaders discussed trade" says)."""
    out = []
    for fact in facts:
        if fact.predicate not in LIGHT_VERBS or not fact.object:
            continue
        m = _NOMINAL_TALK.fullmatch(fact.object)
        if m is not None and not _talk_setting(m.group(2)):
            verb = _TALK_NOUNS[m.group(1).lower()]
            # the object's entity is in what is talked about ("discussions about guarantees for
            # Ukraine": Ukraine), as "the leaders discussed guarantees for Ukraine" has it
            out.append(replace(fact, predicate=verb, object=m.group(2)))
    return out


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
    for k in range(start, end):
        mention = mention_at[k]
        if mention is None:
            if ctx.folded[k] in _NOUN_PREPOSITIONS and k > start:
                after_preposition = True
            continue
        if after_preposition and k > start:
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


# --- relations stated with a noun -------------------------------------------------------------
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
_NOMINAL_DETERMINERS = frozenset("the a an some much more any no this such".split())
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
