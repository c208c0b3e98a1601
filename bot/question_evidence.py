"""What the evidence needs of the question, worked out once per question (:class:`Asked`).

:func:`asked` reads the question's entities, titles, the fact predicates its words can mean, the
answer type it wants, its hedged, scene-setting and alternative-only terms. Separate from
:mod:`bot.fact_evidence` because this half is done once per question, not once per candidate,
and from the question's wording modules because it needs the corpus (names, predicates).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import question_analysis, rank
from .corpus import LEADER_ROLES
from .intents import IntentMatch
from .question import marks_names
from .question_forms import (
    STRICT_TYPES,
    TAKING_PART,
    Attendance,
    asks_speech,
    asks_stance,
    asks_topic,
    asks_what_was_said,
    attendance_asked,
    intent_wants,
    is_verbless,
    joins_as_member,
)
from .question_parts import (
    LEADER_WORDS,
    NOTHING,
    STANCE,
    alternatives,
    as_read,
    asked_doer_at,
    asked_kind,
    asked_noun_subject,
    asked_object,
    asked_subject,
    asked_titles,
    in_scene,
    kin_asked,
    noun_words,
    served,
    soft,
    speakers,
    with_role_spellings,
)
from .resolve import Resolved
from .text import STOPWORDS, stem, tokenize, zipf

# Words with which a question asks for a cause outright ("what is the reason for", "what
# prompted", "pressure on russia reason"): dropped from its words to find, they leave the answer
# to show a cause ("due to", "because"), as "how many" leaves it to show a number. A plain "why"
# is often answered without one ("why is it a big deal": "a topic that has gained significant
# attention"), so it is not held to this.
CAUSE_WORDS = question_analysis.CAUSE_NOUNS | question_analysis.PROMPT_VERBS

CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")

# Words that open the topic of what was said ("what did X say *about* Y").
TOPIC_MARKERS = frozenset("about regarding concerning".split())

# Facts whose verb says nothing about what was asked.
GENERIC_PREDICATES = frozenset({"be", "have", "do", "get", "make", "go", "come", "take", "role"})


# Entity kinds that answer each answer type.
ANSWER_KINDS = {
    "person": frozenset({"person"}),
    "org": frozenset({"org"}),
    "place": frozenset({"place", "country"}),
}
TITLE_WORDS = frozenset(w for role in LEADER_ROLES for w in role.split()) - LEADER_WORDS
# scenes left out of it and of its total (see _uncovered), the question's own verb of saying
# covered where a fact has the asked speaker say it, and a dated sentence's undated event
# words counted once more (_undated_event); -1 when the same as ``missing``.
# The ranking bonus reads ``missing``: a sentence that has the hedge ("the talks are
# *expected* to focus on") still ranks above one that lacks it


# A question word that alone names a resolved person or organisation counts as a name for
# Asked.entity_words only below this Zipf frequency ("warren" 4.3, "biden" 3.9; "day" 6.0,
# "may" 6.0, "bill" 5.2): a chosen value, between names and the common words names share.
ENTITY_NAME_ZIPF = 4.5


@dataclass(frozen=True)
class Asked:
    """What :func:`evidence_for` needs of the question, worked out once per question rather
    than once per candidate sentence (see :func:`asked`)."""

    question: question_analysis.Question
    weights: tuple[float, ...]  # rarity of each question term, in ``terms`` order
    term_words: tuple[str, ...]  # each term's word as the question has it, in ``terms`` order
    total: float  # their sum
    spans: tuple[tuple[str, tuple[str, ...]], ...]  # each resolved entity and its question words
    named: frozenset[str]  # entities the question names
    actors: frozenset[str]  # the named entities that act (not places)
    speakers: frozenset[str]  # "what did X (of Y) say about Z": X or Y must have said it, not Z
    speech: bool  # asks what a named actor said, though no intent matched (see asks_speech)
    wants: str  # the kind of answer asked for (the intent's, else the question's)
    wanted: frozenset[str]  # the matched intent's predicates
    keys: frozenset[str]  # stems of the question's terms and their related words
    words: frozenset[str]  # the question's tokens
    strict: bool  # ``wants`` must show in the sentence (STRICT_TYPES)
    intent_sure: bool  # an intent with predicates matched clearly (score >= 85)
    kinds: Mapping[str, str]
    leaders: Mapping[str, str]  # person -> the country (or organisation) they lead
    unknown_names: frozenset[str] = frozenset()  # words of names no article uses (weighing)
    soft: tuple[bool, ...] = ()  # per term: a hedge (SOFT_WORDS) that counts only where matched
    scene: tuple[bool, ...] = ()  # per term: only in a trailing clause that sets the scene
    # per term: in the second alternative of an "A or B" question, and in the first (see
    # alternatives)
    second: tuple[bool, ...] = ()
    first: tuple[bool, ...] = ()
    # stems of the subject of "what do X VERB" (asked_subject)
    subject: frozenset[str] = frozenset()
    # match keys of the verb and of the object X of "who VERBs X" (asked_object)
    done_to: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # match keys of N in "what kind/sort/type of N" (asked_kind)
    kind_of: frozenset[str] = frozenset()
    # "what are the talks about": the question asks the topic (asks_topic)
    topic_asked: bool = False
    # stem of the noun of "could the meetings VERB ..." (asked_noun_subject)
    noun_subject: str = ""
    # what the persons the question names as served lead ("trump's man": the United States,
    # question_parts.served): a sentence's speaker or role holder of one acts for them
    patrons: frozenset[str] = frozenset()
    # the kin nouns after a person the question names ("munk's wife", question_parts.kin_asked):
    # a sentence whose speaker is called so speaks for the one asked about
    kin: frozenset[str] = frozenset()
    # the entities X of "who is X meeting" (doers): X does what is asked (asked_doer_at)
    doers: frozenset[str] = frozenset()
    # the phrase by which the question asks whether someone takes part, not whether a country
    # joins an organisation (_attendance_asked); None when it asks no such thing
    attendance: Attendance | None = None

    @cached_property
    def titles(self) -> frozenset[str]:
        """The title words the question asks about (:func:`asked_titles`), once per question."""
        return asked_titles(self.question)

    @cached_property
    def role_keys(self) -> frozenset[str]:
        """:attr:`keys` with the other spellings of the roles the question writes
        (:func:`with_role_spellings`), once per question: what a role fact's title is read on."""
        return with_role_spellings(self.question)

    @cached_property
    def typed_names(self) -> frozenset[str]:
        """The words the question writes capitalised (its first word aside) that name nothing
        the resolver knows: a name as the asker typed it, e.g. "Notre Dame", which a sentence
        whose story never uses it does not answer ("how many people were injured in the Notre
        Dame fire" was answered from another fire's story). Names the resolver knows are
        weighed as entities, with their aliases. A question in capitals or Title Case ("WHAT DID
        MACRON SAY", "What Did Macron Say About The Fire") marks no names this way; "Who is Mark
        Twain" does."""
        text = self.question.text
        # a capitalised small word past the first ("What *Did* Macron Say") shows the case marks
        # no names (question.marks_names)
        if not marks_names(text):
            return NOTHING
        resolved = {w for _, words in self.spans for w in words}
        found = {
            m.group(0).lower()
            for m in CAPITALISED.finditer(text)
            if m.start() > 0 and not text[: m.start()].rstrip().endswith((".", "?", "!"))
        }
        return frozenset(
            w for w in self.term_words if w in found and w not in resolved and w not in STOPWORDS
        )

    @cached_property
    def entity_words(self) -> frozenset[str]:
        """The words by which the question names a person or an organisation the resolver
        knows: a story that never uses them, in any sentence, does not answer it ("how many
        working groups did Biden and Warren form" was answered at 0.77 from the story of Biden
        and Sanders, which never names Warren). A lone word is kept only where it is surely a
        name here: typed with a capital past the first word, or rare in English
        (ENTITY_NAME_ZIPF); "day" resolves to Doris Day in "what time of day did the bus crash"."""
        typed = {
            m.group(0).lower() for m in CAPITALISED.finditer(self.question.text) if m.start() > 0
        }
        return frozenset(
            word
            for entity, words in self.spans
            if self.kinds.get(entity) in ("person", "org")
            for word in words
            if word not in STOPWORDS
            and (len(words) > 1 or word in typed or zipf(word) < ENTITY_NAME_ZIPF)
        )

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """The question's text as :func:`tokenize` reads it, once per question: :attr:`topic` and
        :func:`asks_what_was_said` look for a word's place in it (what follows "about", who is
        named before "say"). Not the ``tokens`` :func:`asked` was given, which the resolver's
        spans index."""
        return tuple(tokenize(self.question.text))

    @cached_property
    def topic(self) -> frozenset[str]:
        """The words of what a "what did X say about Y" question asks X to have spoken of: Y,
        less the speakers' own words. A word of Y that the story never uses is a topic the story
        never covers, as an unused name is: X said something, but not about that ("what did Duda
        say about the escape room owners", when the story has no owners)."""
        if not self.speakers:
            return NOTHING
        tokens = self.tokens
        at = next((i for i, t in enumerate(tokens) if t in TOPIC_MARKERS), None)
        if at is None:
            return NOTHING
        speaking = {w for entity, words in self.spans if entity in self.speakers for w in words}
        after = as_read(tokens[at + 1 :]) - speaking
        return frozenset(w for w in self.term_words if w in after)

    @cached_property
    def verb_keys(self) -> frozenset[str]:
        """The match keys (stem and related stems) of the terms the question uses other than
        only as nouns (question_parts.noun_words: "these security *guarantees*" is one), once
        per question: a fact whose verb shares none of them, only a noun's, names the thing
        the question asks about rather than the relation it asks (fact_evidence.NOUN_FACT_SHARE)."""
        used = noun_words(self.tokens)
        return frozenset(
            key
            for term in self.question.terms
            if term.word not in used
            for key in (term.stem, *term.related)
        )

    @cached_property
    def verbless(self) -> bool:
        """:func:`is_verbless`, once per question: evidence_for asks it of every candidate."""
        return is_verbless(self)

    @cached_property
    def stance(self) -> bool:
        """:func:`asks_stance`, once per question: evidence_for asks it of every candidate."""
        return asks_stance(self)

    @cached_property
    def says_asked(self) -> bool:
        """:func:`asks_what_was_said`, once per question (it reads :attr:`tokens`)."""
        return asks_what_was_said(self)

    @cached_property
    def liking(self) -> tuple[int, ...]:
        """The positions of the terms :func:`_stance_unsaid` reads (a verb of liking or another
        small word of a stance), once per question rather than per candidate."""
        return tuple(
            i
            for i, term in enumerate(self.question.terms)
            if term.word in question_analysis.ATTITUDES and STANCE in term.related
        )

    @cached_property
    def led_by(self) -> Mapping[str, str]:
        """``leaders`` when the question asks who leads what it names ("who leads Lithuania",
        "who is the Lithuanian leader") without a title of its own, else nothing."""
        words = self.words
        if words.isdisjoint(LEADER_WORDS) or not words.isdisjoint(TITLE_WORDS):
            return {}
        return self.leaders

    def weighed_predicates(self, known: frozenset[str]) -> frozenset[str]:
        """The predicates, of those the database has (``known``), whose facts can change a
        sentence's evidence or the lead line: the matched intent's, and those with a word of
        the question. :func:`evidence_for` and :func:`lead` pass over every other fact unless
        its speaker is named, so the caller reads only these and those of the named speakers
        (all facts for a verbless question, :func:`is_verbless`, which weighs any fact
        :func:`_about` what it asks)."""
        by_stem = _predicates_by_stem(known)
        out = set(self.wanted & known)
        if (self.patrons or self.speaking_bodies) and "role" in known:
            out.add("role")  # who acts for whom the question names as served
        if self.attendance is not None:  # who meets whom tells who takes part (confidence_checks)
            out.update(TAKING_PART & known)
        for key in self.keys:
            out.update(by_stem.get(key, ()))
        return frozenset(out)

    @property
    def speaking_bodies(self) -> frozenset[str]:
        """The organisations and countries (no person) whose words the question asks, which a
        speaker holding a role of theirs says for them (fact_evidence.evidence_for): what a
        person's lawyer or aide says is not what that person said."""
        return frozenset(s for s in self.speakers if self.kinds.get(s) != "person")

    @property
    def uses_mentions(self) -> bool:
        """Whether the entities a sentence mentions can change its evidence: only when the
        question names an entity or asks for one of a kind (who: a person)."""
        return bool(self.named) or self.wants in ANSWER_KINDS


def asked(
    question: question_analysis.Question,
    rarity: rank.Rarity,
    tokens: Sequence[str],
    resolved: Sequence[Resolved],
    match: IntentMatch | None,
    kinds: Mapping[str, str] | None = None,
    leaders: Mapping[str, str] | None = None,
    unknown_names: frozenset[str] = frozenset(),
    one_story: bool = False,
) -> Asked:
    """The per-question half of the evidence, to share between the candidates
    (:func:`evidence_for` is the per-candidate half); ``one_story``: the candidates all come
    from one article (see CLAUSE_TYPES)."""
    weights = tuple(rarity.weight(term.word) for term in question.terms)
    total = 0.0
    for weight in weights:  # summed in term order, as the per-candidate loop once did
        total += weight
    wants = intent_wants(match, question, one_story)
    wanted = frozenset(match.intent.predicates) if match is not None else frozenset()
    actors = [r for r in sorted(resolved, key=lambda r: r.first) if r.kind not in ("place",)]
    speech = asks_speech(question, actors, wanted)
    spans = tuple((r.entity, tuple(tokens[r.first : r.last])) for r in resolved)
    return Asked(
        question=question,
        weights=weights,
        term_words=tuple(term.word for term in question.terms),
        total=total,
        spans=spans,
        named=frozenset(r.entity for r in resolved),
        actors=frozenset(r.entity for r in actors),  # who, not where
        speakers=speakers(tokens, actors, wanted)
        or (frozenset(r.entity for r in actors) if speech else frozenset()),
        speech=speech,
        wants=wants,
        wanted=wanted,
        keys=question.keys,
        words=frozenset(tokens),
        strict=wants in STRICT_TYPES
        or question.answer_type == "statement"
        or question.name
        or (question.answer_type == "reason" and not CAUSE_WORDS.isdisjoint(tokens)),
        intent_sure=bool(wanted) and match is not None and match.score >= 85,
        kinds=kinds or {},
        leaders=leaders or {},
        unknown_names=unknown_names,
        soft=soft(
            question, {w for r in resolved for w in tokens[r.first : r.last]} | unknown_names
        ),
        # only where what was said is asked: elsewhere the clause picks the answer ("how old
        # was Hunter *when he joined the Grateful Dead*" is not answered by his birth date)
        scene=in_scene(question, tokens) if question.answer_type == "statement" else (),
        **alternatives(question, tokens),
        subject=asked_subject(tokens),
        done_to=asked_object(tokens),
        kind_of=asked_kind(tokens),
        topic_asked=asks_topic(tokens),
        noun_subject=asked_noun_subject(
            tokens, {w for r in resolved for w in tokens[r.first : r.last]}
        ),
        patrons=frozenset(
            (leaders or {})[e] for e in served(tokens, actors) if e in (leaders or {})
        ),
        kin=kin_asked(tokens, actors),
        doers=doers_named(tokens, resolved),
        attendance=_attendance_asked(tokens, spans, kinds or {}),
    )


def _attendance_asked(
    tokens: Sequence[str], spans: Sequence[tuple[str, tuple[str, ...]]], kinds: Mapping[str, str]
) -> Attendance | None:
    """The phrase by which the question asks whether someone takes part (attendance_asked),
    unless it asks whether a country joins an organisation ("is ukraine going to join nato":
    joins_as_member), which no meeting tells. Found once per question: the facts fetched
    (weighed_predicates) and the form told (confidence_checks.attendance_told) both read it."""
    found = attendance_asked(tokens)
    if found is None or joins_as_member(tokens, found.at, spans, kinds):
        return None
    return found


def doers_named(tokens: Sequence[str], resolved: Sequence[Resolved]) -> frozenset[str]:
    """The entities named as X in "who is X meeting" (question_parts.asked_doer_at), followed
    by a word of their own (the verb): "who is zelensky" asks who X is, and names no doer."""
    at = asked_doer_at(tokens)
    if at is None:
        return frozenset()
    return frozenset(
        r.entity
        for r in resolved
        if r.first <= at < r.last and r.last < len(tokens) and tokens[r.last] not in STOPWORDS
    )


@lru_cache(maxsize=1024)
def predicate_stems(predicate: str) -> frozenset[str]:
    return frozenset(stem(w) for w in predicate.split())


@lru_cache(maxsize=4)
def _predicates_by_stem(predicates: frozenset[str]) -> dict[str, frozenset[str]]:
    """A database's predicates that a question's words can make count (not the generic ones,
    not "role"), by the stems of their words: a few look-ups per question instead of a pass
    over all of them. Kept per set of predicates, that is per build of the database."""
    found: dict[str, set[str]] = {}
    for predicate in predicates:
        if predicate == "role" or predicate in GENERIC_PREDICATES:
            continue
        for word in predicate_stems(predicate):
            found.setdefault(word, set()).add(predicate)
    return {word: frozenset(group) for word, group in found.items()}
