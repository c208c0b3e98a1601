"""Structured evidence on top of the ranker: named entities, facts, missing words, and the decision
to answer or abstain.

The ranker (:mod:`bot.rank`) judges sentences by their words. The fact table knows more: which
entities a sentence mentions under any alias ("the Kremlin" is Russia), and which facts it states
(Russia — demand — private negotiations). This module turns that into a small bonus for ranking,
into the confidence that decides between answering and saying the coverage does not say, and
into the short lead line an answer opens with (:func:`lead`).
A question word the best sentence does not cover at all ("when will the ceasefire *start*?",
"how *old* is Keir Starmer?") is the strongest sign of a near miss, so it weighs most.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from facts import speech
from facts.lexicon import name_words, role_titles, verb_form, verb_lemmas
from facts.words import MODALS, OWN

from . import rank
from .corpus import LEADER_ROLES
from .intents import IntentMatch
from .question import context_words, elaborating_words, topic_words
from .resolve import Resolved
from .text import STOPWORDS, match_keys, stem, tokenize


class Fact(Protocol):
    """A row of the fact table, read by column name (Corpus.facts_for_sentences gives sqlite3
    rows)."""

    def __getitem__(self, column: str) -> object: ...


NOTHING: frozenset[str] = frozenset()

# Words with which a question asks for a cause outright ("what is the reason for", "what
# prompted", "pressure on russia reason"): dropped from its words to find, they leave the answer
# to show a cause ("due to", "because"), as "how many" leaves it to show a number. A plain "why"
# is often answered without one ("why is it a big deal": "a topic that has gained significant
# attention"), so it is not held to this.
CAUSE_WORDS = rank.CAUSE_NOUNS | rank.PROMPT_VERBS

# Words that open a trailing clause setting the scene of a question ("... when he arrived in
# Dover"): its words, where the best sentence lacks them but its story has them, are excused as
# hedges are (see _in_scene and _uncovered).
SCENE_OPENERS = frozenset("when after before while once".split())
# Words with which a question asks for a time or places its event in time ("what *time*",
# "which *day* of the *week*", "when did it *first* happen"), and the verbs that name no event
# of their own ("when did the crash *happen*", "*take place*"): a sentence need not have them.
# Any other word of a "when" question the sentence and its headline lack is the event asked
# about, which the sentence's time then does not date.
TIME_ASKING_WORDS = frozenset(
    """time times day days date dates week weeks month months year years hour hours clock
    first last next again ever exactly exact approximately happen happens happened occur
    occurs occurred take takes took taken place""".split()
)
# The same for "where": the words that ask for a place, and the verbs of no event of their own
PLACE_ASKING_WORDS = frozenset(
    """place places where location located locate situated based city town country area region
    site happen happens happened occur occurs occurred take takes took taken""".split()
)

_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# Words that open the topic of what was said ("what did X say *about* Y").
TOPIC_MARKERS = frozenset("about regarding concerning".split())
# Common verbs of a scene clause that the lexicon's verbs (facts/data/verbs.txt, the verbs of
# relations) lack, or whose past it spells as the base ("hit")
_PAST_BEYOND_LEXICON = frozenset("came caught hit".split())


@lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    """The past forms (and participles) of the lexicon's verbs that do not end in "-ed" ("met",
    "said", "taken"): one list of irregular verbs with the extraction's. The answerer has read
    the lexicon's verbs already (its intents name predicates by their lemmas), so this costs a
    pass over them and no load."""
    return _PAST_BEYOND_LEXICON | frozenset(
        word
        for word, lemma in verb_lemmas().items()
        if not word.endswith("ed") and verb_form(word, lemma) == "past"
    )


def _past(token: str) -> bool:
    """A verb in the past tense: regular ("arrived") or an irregular one."""
    return (len(token) > 4 and token.endswith("ed")) or token in _irregular_past()


# Hedges and expectations a question adds to what it asks ("what army is Ukraine *expected* to
# keep", "will they *likely* meet"): where the sentence has one too it counts as a matched word,
# where it lacks it the word is neither matched nor missing, as the article states the fact itself.
# So are the asker's own framing words: a filler "like" ("how important are these talks, like
# really?"; a verb of liking is a stance, which _stance_unsaid still asks for), "anyway", and
# "suddenly" ("why is everyone suddenly talking about security guarantees": the article says
# why they are talked about, not that it came suddenly). Seed dev right 508 -> 513 (one in a
# CHECK set), no wrong citation more; Wikinews and WikiQA unchanged.
SOFT_WORDS = frozenset(
    """expected expect expects anticipated projected predicted forecast likely unlikely possibly
    probably perhaps maybe like anyway suddenly""".split()
) | {OWN}  # "his own lions": where the sentence says "his lions", "own" only stressed whose

# Facts whose verb says nothing about what was asked.
GENERIC_PREDICATES = frozenset({"be", "have", "do", "get", "make", "go", "come", "take", "role"})


# Entity kinds that answer each answer type.
_ANSWER_KINDS = {
    "person": frozenset({"person"}),
    "org": frozenset({"org"}),
    "place": frozenset({"place", "country"}),
}


def _answers(wants: str, others: set[str], kinds: Mapping[str, str]) -> int:
    """How many entities of the kind asked for the sentence names besides the question's own:
    "which European leaders will Zelensky meet" is answered by the sentence that lists five."""
    wanted = _ANSWER_KINDS.get(wants)
    if not wanted:
        return 0
    return sum(1 for entity in others if kinds.get(entity) in wanted)


def _role_fits(
    fact: Fact,
    named: Collection[str],
    keys: frozenset[str],
    leaders: Mapping[str, str] | None = None,
    titles: frozenset[str] = frozenset(),
) -> bool:
    """A role fact answers "who is X" when X is its person, "who is the German chancellor"
    when the question has every word of the title ("German Chancellor"), and "who is the
    Lithuanian leader" or "who leads Lithuania" when its person leads a country or organisation
    the question names (``leaders``, person -> what they lead): "Lithuanian President"."""
    subject = fact["subject_entity"]
    if subject in named:
        # "who is Trump's envoy" names Trump but asks for someone else's role: a role fact
        # of Trump answers it only if his title has every title word the question asks about
        title = _title_part_stems(str(fact["object"] or ""))
        return all(word in title for word in titles)
    if leaders and _leads_named(fact, leaders, named):
        return True
    title = rank.title_stems(str(fact["object"] or ""))
    return bool(title) and all(
        word in keys or any(_near(word, key) for key in keys) for word in title
    )


def _leads_named(fact: Fact, leaders: Mapping[str, str], named: Collection[str]) -> bool:
    """Does the fact's person lead a country or organisation the question names?"""
    return leaders.get(str(fact["subject_entity"])) in named


# Words that ask for whoever leads ("who leads Lithuania", "the Lithuanian leader"), whatever the
# title; a title itself ("Lithuania's prime minister") asks for that title only.
LEADER_WORDS = frozenset({"leader", "leaders", "lead", "leads", "head", "heads", "boss", "runs"})
TITLE_WORDS = frozenset(w for role in LEADER_ROLES for w in role.split()) - LEADER_WORDS


@lru_cache(maxsize=1024)
def _title_part_stems(title: str) -> frozenset[str]:
    """:func:`rank.title_stems`, plus the stems of the parts of its hyphenated words
    ("Secretary-General": secretary, general)."""
    parts = (p for w in tokenize(title) if "-" in w for p in w.split("-") if p)
    return rank.title_stems(title) | {stem(p) for p in parts}


# Stems of one-word titles (envoy, president, spokesman), but not of the words that ask for
# whoever leads (see LEADER_WORDS): a question with one asks about that title's holder.
_TITLE_STEMS = frozenset(
    stem(words[0]) for words in role_titles() if len(words) == 1 and words[0] not in LEADER_WORDS
)


def asked_titles(question: rank.Question) -> frozenset[str]:
    """The title words a question uses ("who is Trump's *envoy*")."""
    return frozenset(t.stem for t in question.terms if t.stem in _TITLE_STEMS)


def _near(a: str, b: str) -> bool:
    """Near spellings of longer words ("chancelor"/"chancellor")."""
    return len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= 85


def _slot_filled(
    wants: str, fact: Fact, others: set[object], asked: Collection[str], clock: bool = False
) -> bool | None:
    """Does the fact fill the slot the question asks about with something the question did not
    already say ("what time is the meeting on Monday" is not answered by "on Monday")? None when
    the type has no slot. With ``clock`` ("what time") only a clock time fills it."""
    if wants in ("place", "time"):
        value = str(fact[wants] or "")
        if clock and wants == "time" and not rank.shows_clock_time(value):
            return False
        return any(w not in asked and w not in STOPWORDS for w in tokenize(value))
    if wants == "person":
        return bool(others)
    return None


# Answer types a fact of the asked verb does not give by itself ("X died on Monday" is a death,
# not its cause); a statement is the fact itself (an "agree" or "say" fact is what was said)
SHOWN_TYPES = rank.TYPED - {"statement"}
# The word of "how old" that names the answer's type, which a sentence stating an age ("Actor
# Doris Day dies at 97", "he was 101") answers without using: covered there, not a word the
# sentence lacks. Age has specific wording (rank._AGE). Measured one word at a time: "old" +1
# right on the Wikinews dev sets; "long" covered by a duration +1 right (a CHECK set) and
# another, but it answered hand-written near misses ("how long was Doris Day married to her
# third husband" from "in 1968", a bare year being a duration; "how long had Nkurunziza been
# president" from "twelve years of civil war") and cost WikiQA F1 0.4549 -> 0.4531; "many"
# covered by any number +6 right for +6 wrong citations; "much" nothing.
TYPE_NAMING_WORDS = {"age": "old"}
# The word of "how many" a news sentence covers where it gives a count of what the question
# counts in the question's own words (rank.counts_asked: "twenty people have been confirmed
# killed" for "how many people did Dorian kill"). Only for the confidence in the best sentence
# of a dated story, not for ranking (covered there it moved a count question's answer to a
# prediction: "an electoral count of 362 to 176"), and not for undated documents (WikiQA F1
# 0.4549 -> 0.4531). Any number covering it had given +6 right for +6 wrong citations, a number
# before the counted noun with its related forms +6 for +3; with the question's own words and
# no change of the count ("lost a net of 20 seats") the Wikinews dev sets +5 right (one in a
# CHECK set) for +1 wrong citation (in a CHECK set: an answerable question's wrong sentence).
COUNT_NAMING_WORD = "many"
# The word of "how long" a news sentence covers where it states a duration outright
# (rank.states_duration: "has been mayor since 1998", "for over 65 years"), not a bare year or
# a span of something else ("twelve years of civil war"), as TYPE_NAMING_WORDS would: in the
# same way as COUNT_NAMING_WORD, for the confidence only. Wikinews dev +1 right ("How long had
# Pawel Adamowicz been mayor?"), no wrong citation; CHECK sets and WikiQA unchanged.
DURATION_NAMING_WORD = "long"
# Answer types a sentence must visibly contain to answer ("when" needs a time, "how many" a number).
STRICT_TYPES = frozenset({"time", "number", "age", "money", "duration", "measure", "place"})
# The answer types a wh-word asks that a yes/no question does not: "will the guarantees come up
# *when* he sees the europeans" matches the "when will {event}" intent on its clause, but asks
# whether, and the sentence that says they will be discussed has no time to show (its type
# miss held two right answers of the seed dev sets at 0.20). Only within one story: across
# several, the type miss also kept a Wikinews near miss (a CHECK set's) from being answered.
CLAUSE_TYPES = frozenset({"time", "place"})


class Evidence(NamedTuple):
    """What the fact table says about one candidate sentence for one question (a named tuple:
    one is built per candidate, and a frozen dataclass took three times as long)."""

    entities: float  # share of the question's entities the sentence mentions (1.0 if none named)
    named: bool  # the question named at least one entity
    fact: float  # a fact here has the question's verb (or intent's), its entities, the asked slot
    typed: float  # the sentence offers an answer of the expected type the question did not name
    missing: float  # rarity-weighted share of question terms neither the sentence nor its title has
    type_miss: bool  # the question wants a time, number, place... and the sentence has none
    intent_miss: bool  # a clearly matched intent names predicates, and no fact here has one
    intent_fact: float  # 1: a fact with the intent's predicate involves every named entity
    answers: int = 0  # entities of the asked kind (who: people) the question did not name
    name_miss: bool = False  # the question names a country, place, organisation or person the
    # sentence, its story and its entities' aliases never do
    unsaid: bool = False  # a question asking what a named actor said, matched by no intent
    # ("any comments from Starmer?", "has Zelensky commented"), and no fact here has them say it;
    # or one asking with a verb of liking, and the sentence has no word of a stance
    hedged: float = -1.0  # ``missing`` as the confidence reads it: uncovered hedges and past
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

    question: rank.Question
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
    unknown_names: frozenset[str] = frozenset()  # words of names no article uses (answer.py)
    soft: tuple[bool, ...] = ()  # per term: a hedge (SOFT_WORDS) that counts only where matched
    scene: tuple[bool, ...] = ()  # per term: only in a trailing clause that sets the scene
    # per term: in the second alternative of an "A or B" question, and in the first (see
    # _alternatives)
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

    @cached_property
    def titles(self) -> frozenset[str]:
        """The title words the question asks about (:func:`asked_titles`), once per question."""
        return asked_titles(self.question)

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
        # no names
        if any(w[:1].isupper() and w.lower() in STOPWORDS for w in _WORD.findall(text)[1:]):
            return NOTHING
        resolved = {w for _, words in self.spans for w in words}
        found = {
            m.group(0).lower()
            for m in _CAPITALISED.finditer(text)
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
            m.group(0).lower() for m in _CAPITALISED.finditer(self.question.text) if m.start() > 0
        }
        return frozenset(
            word
            for entity, words in self.spans
            if self.kinds.get(entity) in ("person", "org")
            for word in words
            if word not in STOPWORDS
            and (len(words) > 1 or word in typed or zipf_frequency(word, "en") < ENTITY_NAME_ZIPF)
        )

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """The question's text as :func:`tokenize` reads it, once per question: :attr:`topic` and
        :func:`_asks_what_was_said` look for a word's place in it (what follows "about", who is
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
    def verbless(self) -> bool:
        """:func:`is_verbless`, once per question: evidence_for asks it of every candidate."""
        return is_verbless(self)

    @cached_property
    def stance(self) -> bool:
        """:func:`asks_stance`, once per question: evidence_for asks it of every candidate."""
        return asks_stance(self)

    @cached_property
    def says_asked(self) -> bool:
        """:func:`_asks_what_was_said`, once per question (it reads :attr:`tokens`)."""
        return _asks_what_was_said(self)

    @cached_property
    def liking(self) -> tuple[int, ...]:
        """The positions of the terms :func:`_stance_unsaid` reads (a verb of liking or another
        small word of a stance), once per question rather than per candidate."""
        return tuple(
            i
            for i, term in enumerate(self.question.terms)
            if term.word in rank.ATTITUDES and STANCE in term.related
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
        for key in self.keys:
            out.update(by_stem.get(key, ()))
        return frozenset(out)

    @property
    def uses_mentions(self) -> bool:
        """Whether the entities a sentence mentions can change its evidence: only when the
        question names an entity or asks for one of a kind (who: a person)."""
        return bool(self.named) or self.wants in _ANSWER_KINDS


def asked(
    question: rank.Question,
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
    return Asked(
        question=question,
        weights=weights,
        term_words=tuple(term.word for term in question.terms),
        total=total,
        spans=tuple((r.entity, tuple(tokens[r.first : r.last])) for r in resolved),
        named=frozenset(r.entity for r in resolved),
        actors=frozenset(r.entity for r in actors),  # who, not where
        speakers=_speakers(tokens, actors, wanted)
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
        soft=_soft(
            question, {w for r in resolved for w in tokens[r.first : r.last]} | unknown_names
        ),
        # only where what was said is asked: elsewhere the clause picks the answer ("how old
        # was Hunter *when he joined the Grateful Dead*" is not answered by his birth date)
        scene=_in_scene(question, tokens) if question.answer_type == "statement" else (),
        **_alternatives(question, tokens),
        subject=asked_subject(tokens),
        done_to=asked_object(tokens),
        kind_of=asked_kind(tokens),
        topic_asked=asks_topic(tokens),
        noun_subject=asked_noun_subject(
            tokens, {w for r in resolved for w in tokens[r.first : r.last]}
        ),
    )


def _soft(question: rank.Question, names: AbstractSet[str] = frozenset()) -> tuple[bool, ...]:
    """Per term: a hedge (SOFT_WORDS), a word only of a closing yes/no question that guesses
    at or elaborates on the question before it (question.elaborating_words), or a word of what
    the asker says before a question that refers back to it (question.context_words), not of
    the ``names`` resolved there: counted where the sentence has it, neither matched nor
    missing where it lacks it."""
    told = frozenset(
        w
        for w in topic_words(question.text)
        if w not in CRUCIAL_QUALIFIERS
        and w not in rank.NUMBER_WORDS
        and not any(c.isdigit() for c in w)
    )
    elaborating = elaborating_words(question.text) | ((context_words(question.text) | told) - names)
    return tuple(term.word in SOFT_WORDS or term.word in elaborating for term in question.terms)


def intent_wants(
    match: IntentMatch | None, question: rank.Question, one_story: bool = False
) -> str:
    """The answer type asked: the matched intent's, else the question's own; in one story, not
    a time or a place for a yes/no question, whose "when" or "where" opens a clause
    (CLAUSE_TYPES)."""
    wants = match.intent.answer if match is not None else None
    if one_story and wants in CLAUSE_TYPES and question.kind == "yesno":
        wants = None
    return wants or question.answer_type


_DO_AUXILIARIES = frozenset("do does did will would can could should".split())
_PARTICLES = frozenset("out up on off down for about to with in over".split())


_KIND_NOUNS = frozenset("kind kinds sort sorts type types".split())


def asked_kind(tokens: Sequence[str]) -> frozenset[str]:
    """The match keys of N in "what kind of N", "which sort of N", "what type of N": the
    question asks what N is like, so only a fact that names an N describes one
    (:func:`_names_kind`)."""
    for i in range(len(tokens) - 3):
        if (
            tokens[i] in ("what", "which", "wat", "whats")
            and tokens[i + 1] in _KIND_NOUNS
            and tokens[i + 2] == "of"
            and tokens[i + 3] not in STOPWORDS
        ):
            return match_keys(tokens[i + 3])
    return frozenset()


def asks_topic(tokens: Sequence[str]) -> bool:
    """Does the question ask what something is about ("what are the zelensky trump talks
    supposed to be about", "what r the talks gonna be about")? A fact that only says the
    talks take place, between people the question names ("Zelensky is set to meet with
    Trump"), tells nothing of it: its object must say something the question does not."""
    return len(tokens) > 2 and tokens[0] in ("what", "wat", "whats") and tokens[-1] == "about"


def _says_new(fact: Fact, q: Asked) -> bool | None:
    """Whether the fact's object says something the question does not: it is no one the
    question names ("US President Donald Trump") and has a word the question lacks (None: it
    has no object)."""
    if fact["object_entity"] is not None and fact["object_entity"] in q.named:
        return False
    asked_words = q.words
    words = [w for w in tokenize(str(fact["object"] or "")) if w not in STOPWORDS]
    if not words:
        return None
    return any(w not in asked_words for w in words)


def _names_kind(fact: Fact, q: Asked, matches: Sequence[float]) -> bool:
    """Does the fact's object name the asked kind's noun? A fact without an object ("Ukraine
    needs to maintain a ... force": the need, beside the verb it governs, whose fact the
    question's verb does not load) leaves it to the sentence: it names one if it has the noun."""
    words = [w for w in tokenize(str(fact["object"] or "")) if w not in STOPWORDS]
    if words:
        return any(not q.kind_of.isdisjoint(match_keys(w)) for w in words)
    return any(
        credit > 0 and t.stem in q.kind_of
        for t, credit in zip(q.question.terms, matches, strict=True)
    )


def asked_subject(tokens: Sequence[str]) -> frozenset[str]:
    """Stems of the subject of a question "what do X VERB" that ends in its verb ("what do the
    security guarantees involve": security, guarantee; "what does Russia want"): X does it.
    Also a topic named first and asked about with a pronoun (_topic_subject: "ukraine
    security guarantees what do they consist of"; seed dev one wrong citation fewer, the
    discussions about the guarantees no longer read as what they consist of). Empty for any
    other form."""
    topic = _topic_subject(tokens)
    if topic:
        return topic
    if len(tokens) < 4 or not _asks_what_do(tokens, 0):
        return frozenset()
    end = len(tokens) - 1
    if tokens[end] in _PARTICLES:
        end -= 1
    span = tokens[2:end]
    if any(not TOPICLESS_GROUPS.isdisjoint(match_keys(t)) for t in span):
        return frozenset()  # "what does Lithuania think Ukraine needs": a clause, not a subject
    if any(t in PREPOSITIONS for t in span[1:]):
        return frozenset()  # "what did Modi write about the crash in Kerala": no final verb
    return frozenset(stem(t) for t in span if t not in STOPWORDS)


def _asks_what_do(tokens: Sequence[str], at: int) -> bool:
    """Whether "what do" (or "whats does", ...) opens a clause at ``tokens[at]``."""
    return tokens[at] in ("what", "whats") and tokens[at + 1] in _DO_AUXILIARIES


_TOPIC_PRONOUNS = frozenset("they it".split())


def _topic_subject(tokens: Sequence[str]) -> frozenset[str]:
    """Stems of the topic a question names first and then asks about with a pronoun: "ukraine
    security guarantees, what do *they* consist of" asks what the guarantees consist of, as
    "what do the security guarantees consist of" does. Empty for any other form."""
    for at in range(2, len(tokens) - 3):
        if _asks_what_do(tokens, at) and tokens[at + 2] in _TOPIC_PRONOUNS:
            span = tokens[:at]
            if any(t in rank.QUESTION_WORDS or t in rank.AUXILIARIES for t in span):
                return frozenset()  # a question of its own first, not a topic
            return frozenset(stem(t) for t in span if t not in STOPWORDS)
    return frozenset()


# The auxiliaries that open a yes/no question on what its subject does ("could the meetings
# get into X", "will the talks cover X"): not "is/are", whose noun may be what is asked ("is
# the trump meeting before the europeans" asks about the meeting itself).
_ACTION_AUXILIARIES = frozenset("do does did will would can could should may might".split())
_NOUN_DETERMINERS = frozenset("the these those".split())
# Verbs of an event's own taking place ("will the meeting be held at the White House", "will
# the talks take place in Geneva"): the question asks about the event itself, which a fact
# with its verb ("Zelensky meets Trump in Washington") tells.
_OCCURRENCE_VERBS = frozenset("be been take happen start begin end last go".split())
_ADVERBS = frozenset("also even still actually really ever".split())


def asked_noun_subject(tokens: Sequence[str], names: AbstractSet[str] = frozenset()) -> str:
    """The stem of the noun a yes/no question makes the subject of another verb ("could *the
    meetings* also get into security guarantees", "will *the talks* cover the war"): a fact
    whose subject is that noun ("The meetings discuss real security guarantees") says what it
    does, and a fact whose verb merely shares its stem ("Zelensky meets Trump") does not. Empty
    unless the question opens with such an auxiliary, a determiner and a noun, and goes on with
    a verb that is not the event's own taking place; empty for a word of a name (``names``:
    "does the Kremlin want a say" is weighed by its entity)."""
    if len(tokens) < 5 or tokens[0] not in _ACTION_AUXILIARIES:
        return ""
    noun = tokens[2]
    if tokens[1] not in _NOUN_DETERMINERS or noun in STOPWORDS or noun in names:
        return ""
    verb = next((t for t in tokens[3:] if t not in _ADVERBS), "")
    if verb in _OCCURRENCE_VERBS:
        return ""
    return stem(noun)


def asked_object(tokens: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The match keys of the verb and of the object X of a question "who VERBs X" ("who opposes
    the security guarantees", "who supplies the weapons"): what the one asked for does to what.
    Empty for any other form ("who will Zelensky meet" has an auxiliary, and asks for the
    object)."""
    if len(tokens) < 3 or tokens[0] != "who" or tokens[1] in STOPWORDS:
        return NOTHING, NOTHING
    if tokens[1] in rank.AUXILIARIES:
        return NOTHING, NOTHING
    done_to = frozenset(k for t in tokens[2:] if t not in STOPWORDS for k in match_keys(t))
    return (match_keys(tokens[1]), done_to) if done_to else (NOTHING, NOTHING)


def _done_to_another(fact: Fact, predicate: str, q: Asked, matches: Sequence[float]) -> bool:
    """Whether a fact with the verb of "who VERBs X" does it to something else than X, in a
    sentence that has X elsewhere: "who opposes the security guarantees" and "Despite Trump
    ruling out an immediate ceasefire, Witkoff mentioned that Trump and Putin agreed on robust
    security guarantees" (Trump rules out a ceasefire; the guarantees are agreed on). A fact of
    another word of the question ("agree" for "who reported the agreement") is left alone, and
    so is one that refers back ("the Kremlin opposes *these efforts*"), which may mean X. Where
    the sentence does not have X, the verb may take X otherwise than as its object ("who won
    Super Bowl XLI": "The Colts defeated the Bears")."""
    verb, done_to = q.done_to
    if not done_to or _predicate_keys(predicate).isdisjoint(verb):
        return False
    if not any(
        credit >= rank.RELATED and not done_to.isdisjoint({t.stem, *t.related})
        for t, credit in zip(q.question.terms, matches, strict=True)
    ):
        return False
    return _has_thing(fact, done_to) is False


def _has_thing(fact: Fact, keys: frozenset[str]) -> bool | None:
    """Whether a fact's object is a new thing without a word of ``keys`` (False), one with
    such a word (True), or may be the thing asked about under another description (None): only
    an indefinite object ("ruling out *an* immediate ceasefire") brings in a new thing; a
    definite one may name again what was said before ("the English version" of the song asked
    about, "these efforts")."""
    words = tokenize(str(fact["object"] or ""))
    if any(not keys.isdisjoint(match_keys(w)) for w in words if w not in STOPWORDS):
        return True
    return False if words and words[0] in INDEFINITE else None


@lru_cache(maxsize=1024)
def _predicate_keys(predicate: str) -> frozenset[str]:
    """The match keys of a fact's verb, also as a question's words reach it: "rule out" is read
    as "reject", which matches "oppose"."""
    words = tokenize(predicate)
    return frozenset(k for w in {*words, *rank.read_tokens(words)} for k in match_keys(w))


def forget_word_keys() -> None:
    """Forget the fact verbs' match keys worked out so far: the word groups they were read with
    changed (bot.text.use_word_groups)."""
    _predicate_keys.cache_clear()


def asked_verb(tokens: Sequence[str]) -> str | None:
    """The verb that ends a "what do X VERB" question (see :func:`asked_subject`)."""
    if not asked_subject(tokens):
        return None
    end = len(tokens) - 1
    return tokens[end - 1] if tokens[end] in _PARTICLES else tokens[end]


def _reversed_roles(fact: Fact, subject: frozenset[str]) -> bool:
    """Whether the fact has the question's subject as its object and not as its subject: "the
    meetings may involve discussions about the security guarantees" does not say what the
    guarantees involve."""
    done_by = {stem(w) for w in tokenize(str(fact["subject"] or ""))}
    done_to = {stem(w) for w in tokenize(str(fact["object"] or ""))}
    return done_by.isdisjoint(subject) and not done_to.isdisjoint(subject)


def _in_scene(question: rank.Question, tokens: Sequence[str]) -> tuple[bool, ...]:
    """Per term: does the question have it only in a trailing clause that sets the scene with a
    past event ("what did Zapata tell reporters *when he arrived in Dover*", "until when did
    Moscow extend its lockdown *back when covid passed a million cases*")? Such a clause says
    which moment is meant; the story reports it, often in another sentence than the answer
    ("Upon arrival, Zapata told reporters ..."). A clause without a verb in the past tense
    ("after their meeting", "when he sees them") may speak of what has not happened, which is
    what a near miss asks about, so its words stay words to find."""
    start = next(
        (
            i
            for i, t in enumerate(tokens[:-1])
            if i >= 2
            and t in SCENE_OPENERS
            and tokens[i - 1] not in ("and", "or")  # "where and when did they meet"
            and tokens[i + 1] not in rank.AUXILIARIES  # "... when did": a question
        ),
        len(tokens),
    )
    if not any(_past(t) for t in tokens[start + 1 :]):
        return (False,) * len(question.terms)  # "after their meeting": it may not have happened
    before = as_read(tokens[:start])
    after = as_read(tokens[start:])
    return tuple(t.word in after and t.word not in before for t in question.terms)


def as_read(tokens: Sequence[str]) -> set[str]:
    """``tokens`` as typed and as the question's terms read them (rank.read_tokens: "ruled out"
    is "reject", "cover" with "talks" is "discuss"), for finding a term's word in a part of the
    question: the part read on its own, so a verb whose sense a noun in the other part fixes
    is found as typed only."""
    return set(tokens) | set(rank.read_tokens(tokens))


# Words after which "or" only tags the question ("... or not?", "or nah", "or what"): no second
# alternative follows.
OR_TAGS = frozenset("not nah no nope what whatever something anything so".split())
# The most words of the question's own (terms) that an alternative before "or" is taken to have
MAX_ALTERNATIVE = 3


def _alternatives(question: rank.Question, tokens: Sequence[str]) -> dict[str, tuple[bool, ...]]:
    """Per term: is it only in the second alternative of an "A or B" question (``second``:
    the words after its "or"), and only in the first (``first``: as many of the question's
    terms right before the "or" as the second has, at most MAX_ALTERNATIVE)? "Will Zelensky
    see Trump by himself first, or straight away with everyone else?" is answered by the
    sentence that says one of them ("Zelensky will first meet with Trump one-on-one"), which
    need not have the words of the other: where it has every word of the first alternative,
    those of the second are excused, as hedges are (see _uncovered). Coordination is
    parallel, so the first alternative is taken to be as long as the second; it is never
    excused itself, so the words before the "or" (the frame the alternatives share) always
    count."""
    none: dict[str, tuple[bool, ...]] = {}
    read = rank.read_tokens(tokens)
    at = next(
        (i for i in range(len(read) - 2, 0, -1) if read[i] == "or" and read[i + 1] not in OR_TAGS),
        None,
    )
    if at is None or read[at + 1] in rank.AUXILIARIES:
        # "... or is it just the two of them": a second question, whose first runs from where?
        return none
    words = {t.word for t in question.terms}
    end = next((j for j in range(at + 1, len(read)) if read[j] == "or"), len(read))
    after = [t for t in read[at + 1 : end] if t in words]
    size = min(len(after), MAX_ALTERNATIVE)
    before = [t for t in read[:at] if t in words][-size:] if size else []
    rest = set(read[:at]) - set(before) if before else set(read[:at])
    rest |= set(read[end:])
    second = {t for t in after if t not in rest and t not in before}
    first = {t for t in before if t not in after and t not in read[at + 1 : end]}
    if not second or not first:
        return none
    return {
        "second": tuple(t.word in second for t in question.terms),
        "first": tuple(t.word in first for t in question.terms),
    }


# Words that can only mean someone's speech ("claim" also claims responsibility, "say" is also
# a share in a decision, "state" a country): the nouns of speech, and the verbs of two of them.
SPEECH_WORDS = speech.SAY_NOUNS | speech.forms(("comment", "remark"), speech.PAST) | {"commenting"}


def asks_speech(
    question: rank.Question, actors: Sequence[Resolved], wanted: frozenset[str]
) -> bool:
    """Does a question no intent with predicates matched ask what a named actor said: "any
    comments from Starmer?", "has Zelensky commented on the summit", "did the Kremlin remark
    on it"? A word that only means speech (SPEECH_WORDS) and someone named. The statement
    intent asks "what did X say" and requires X's statement; these forms missed it, and a
    sentence that merely named X answered them (the list of leaders for Starmer's comments)."""
    return (
        not wanted
        and bool(actors)
        and question.kind != "who"  # "who commented on the deal": the speaker is the answer
        and not SPEECH_WORDS.isdisjoint(term.word for term in question.terms)
    )


def _speakers(
    tokens: Sequence[str], actors: Sequence[Resolved], wanted: frozenset[str]
) -> frozenset[str]:
    """Who a "what did X say" question asks to have said it: the actors named before its
    reporting verb ("what did Hickenlooper say about the Senate": not the Senate; "what did
    trump's envoy Witkoff say": either). Empty for other questions."""
    if not actors or "say" not in wanted:
        return frozenset()
    verbs = frozenset(stem(p) for p in wanted if " " not in p)
    said_at = next(
        (i for i, t in enumerate(tokens) if not verbs.isdisjoint(match_keys(t))), len(tokens)
    )
    before = [r.entity for r in actors if r.first < said_at]
    return frozenset(before or (r.entity for r in actors))


def evidence_for(
    q: Asked,
    matches: Sequence[float],
    mentions: AbstractSet[str],
    facts: Sequence[Fact],
    typed_match: float,
    in_story: Sequence[bool] = (),
    said_in_story: Sequence[bool] = (),
    shown: str = "",
    dated: bool = False,
) -> Evidence:
    """What the fact table says about one candidate sentence for the question ``q``: the
    entities it ``mentions``, its ``facts``, and per question term its credit (``matches``),
    whether the sentence's story (headline, lead names) already has it (``in_story``), and
    whether any candidate sentence of the story has it (``said_in_story``: a name the story
    uses somewhere is no name the coverage lacks); ``shown``: the word of the question that
    names the answer's type, which the sentence's wording answers (COUNT_NAMING_WORD,
    DURATION_NAMING_WORD); ``dated``: the sentence is a news story's (see _undated_event)."""
    named, led = q.named, q.leaders
    named_here = mentions  # the entities the sentence itself names, before speakers join them
    if named and facts:
        # whoever speaks a sentence is in it: the second sentence of Cruz's quote is Cruz's
        speaking = {speaker for f in facts if (speaker := f["speaker"]) in named}
        if speaking:
            mentions = mentions | speaking
    # a leader counts as mentioned where their country is: "Russia demands" is what Putin wants
    # (and a country is, where its leader is); most sentences mention nobody: nothing to add
    present = (
        mentions
        | {e for e in named if stands_for(e, mentions, led)}
        | {led[m] for m in mentions if m in led}
        if led and mentions
        else mentions
    )
    entity_share = len(named & present) / len(named) if named else 1.0
    # words of the question that name an entity the sentence mentions count as covered
    covered_words = (
        {word for entity, words in q.spans if entity in present for word in words}
        if present
        else NOTHING
    )
    led_by = q.led_by
    if (
        led_by
        and "role" in q.wanted
        and any(f["predicate"] == "role" and _leads_named(f, led_by, named) for f in facts)
    ):
        # "Lithuanian President Gitanas Nauseda" is the Lithuanian leader the question asks for
        covered_words |= LEADER_WORDS
    naming = TYPE_NAMING_WORDS.get(q.wants)
    if naming is not None and typed_match > 0:
        covered_words = covered_words | {naming}  # "dies at 97" says how old
    if shown:
        covered_words = covered_words | {shown}  # "twenty people ... killed" says how many
    missing, worst, name_miss, excused = _uncovered(
        q, matches, in_story, covered_words, said_in_story
    )
    fact_score = 0.0
    typed = typed_match
    wants, wanted, keys, actors = q.wants, q.wanted, q.keys, q.actors
    intent_fact = 0.0
    # entities each intent predicate's facts involve, pooled over the sentence's facts:
    # "Trump and Putin agreed" is one fact per subject
    pooled: dict[str, set[object]] = {}
    # a fact with no slot for the answer fills it only if the sentence shows the asked type
    lacks_type = wants in SHOWN_TYPES and typed_match <= 0
    verbless = q.verbless
    for fact in facts:
        predicate = str(fact["predicate"] or "")
        if predicate == "role":
            if "role" in wanted and _role_fits(fact, named, keys, q.led_by, q.titles):
                fact_score = intent_fact = 1.0
                typed = 1.0
            continue
        if predicate in GENERIC_PREDICATES:
            continue
        # what X said is also what a sentence reports on X's word ("According to X, it
        # exploded": an "explode" fact with X as its speaker)
        intended = (
            predicate in wanted
            or (bool(q.speakers) and fact["speaker"] in q.speakers)
            or (q.speech and REPORTING in match_keys(predicate))
        )
        # "could the meetings get into X": "The meetings discuss X" is about the meetings,
        # whatever its verb; "Zelensky meets Trump" says nothing of what they get into
        noun = q.noun_subject
        own = bool(noun) and noun in _subject_stems(fact)
        if noun and not own and noun in _predicate_stems(predicate):
            continue
        # most facts of a sentence have a verb the question does not ask about: skipped first
        if not intended and not own and keys.isdisjoint(_predicate_stems(predicate)):
            if verbless and _about(fact, q, named):
                fact_score = max(fact_score, VERBLESS_FACT)
            continue
        if q.subject and _reversed_roles(fact, q.subject):
            continue
        if _done_to_another(fact, predicate, q, matches):
            continue
        involved = {fact["subject_entity"], fact["object_entity"], fact["speaker"]} - {None}
        filled = _slot_filled(wants, fact, involved - named, q.words, q.question.clock)
        if filled is None and lacks_type:
            filled = False
        if q.topic_asked and _says_new(fact, q) is False:
            filled = False  # "what are the zelensky trump talks about": Zelensky meets Trump
        if q.kind_of and not _names_kind(fact, q, matches):
            filled = False  # "what kind of army": Ukraine needs real security guarantees
        slot = 0.5 if filled is False else 1.0
        if intended:
            if q.speakers:  # the one who speaks, not whom it is about
                sayers = {fact["subject_entity"], fact["speaker"]} - {None}
                # Putin speaking is Russia speaking ("what does Lithuania think": "Lithuanian
                # President Gitanas Nauseda has stated ..."); not the other way round: what
                # the country or its agencies say is not what its leader said ("what did
                # Macron say after the Notre Dame fire": "The French Civil Security service
                # said water bombing ... was disallowed")
                sayers |= {led[s] for s in sayers if s in led}
                said = any(a in sayers for a in q.speakers)
                pooled_share = 1.0 if said else 0.0
                if said and wants == "statement" and q.speakers.isdisjoint(named_here):
                    # a sentence of a quote that runs on ("She was a painter, a writer ..."
                    # after "Anderson Cooper said"): speech without a quotation mark or the
                    # speaker's name, which only the fact knows is theirs. One that names the
                    # speaker shows its speech itself or not ("Witkoff mentioned that ..." for
                    # "what did Witkoff say about sanctions": every such sentence, counted as
                    # speech, answered that unanswerable question in seed-dev3)
                    typed = 1.0
            else:
                pool = pooled.setdefault(predicate, set())
                pool.update(involved)
                pool.update(led[e] for e in involved if e in led)  # Putin agreeing: Russia too
                pooled_share = len(actors & pool) / len(actors) if actors else 1.0
            intent_fact = max(intent_fact, pooled_share * slot)
        share = len(named & involved) / len(named) if named else 1.0
        fact_score = max(fact_score, (0.5 + 0.5 * share) * slot)
        if filled:
            typed = 1.0
    every = missing + excused  # the ranking bonus reads every uncovered word
    inherited = _inherited(q, matches, in_story, covered_words)
    if q.speakers and intent_fact >= 1.0 and worst > 0:
        # a fact has the asked speaker say it: the question's own verb of saying or thinking
        # ("what does Lithuania *think* Ukraine needs": "Nauseda has stated that ...") is that,
        # for the confidence (in the ranking it would lift "According to Muyembe, many people
        # ..." over his quote on Ebola, as SUPPORTED_BONUS explains)
        spoken = {
            word
            for word, term in zip(q.term_words, q.question.terms, strict=True)
            if not TOPICLESS_GROUPS.isdisjoint(term.related)
        }
        if not spoken <= covered_words:
            missing, _, _, excused = _uncovered(
                q, matches, in_story, covered_words | spoken, said_in_story
            )
    if worst > 0 and q.stance and _states_view(q, facts):
        # "what is Nauseda's view on the guarantees": "Nauseda has stated that Ukraine needs
        # real security guarantees" is his view, in his words; for the confidence, as above.
        # Not a reaction: that is to something, which any other quote of theirs is not
        stance = {
            word
            for word, term in zip(q.term_words, q.question.terms, strict=True)
            if STANCE in term.related and word in VIEW_WORDS
        }
        if not stance <= covered_words:
            covered_words = covered_words | stance
            missing, _, _, excused = _uncovered(q, matches, in_story, covered_words, said_in_story)
    total = q.total
    hedged = -1.0
    undated = _undated_event(q, matches, in_story, covered_words) if dated else 0.0
    if missing + excused != every or excused or undated:
        left = total - excused
        hedged = (missing + undated) / left if left else 1.0
    if inherited and hedged < 0:  # the confidence reads the words as covered, as before
        hedged = every / total if total else 1.0
    return Evidence(
        entity_share,  # positional: keywords made building one take over twice as long
        bool(named),
        fact_score,
        typed,
        (every + inherited) / total if total else 1.0,
        q.strict and typed <= 0,
        q.intent_sure and fact_score < 0.5,
        intent_fact,
        _answers(wants, mentions - named, q.kinds) if mentions else 0,
        name_miss,
        ((q.speech or q.says_asked) and intent_fact < 1.0) or _stance_unsaid(q, matches),
        hedged,
    )


def _asks_what_was_said(q: Asked) -> bool:
    """Whether the question's own form asks what a named actor said ("what did Starmer tell
    Zelensky after their meeting": rank.analyze's statement type) and the statement intent
    matched it, though less clearly than requires_fact asks (its extra words lower the score):
    both signs agree, so the sentence must have a fact of them saying it, as the intent
    requires. The list naming Starmer among the leaders meeting Zelensky answered it at 0.57."""
    if not (
        q.question.answer_type == "statement"
        and q.wants == "statement"
        and not q.intent_sure
        and q.speakers
        and "say" in q.wanted
    ):
        return False
    # the speaker is the subject, named before the reporting verb ("what did the spokesperson
    # tell the Associated Press": not the agency, which _speakers falls back on)
    tokens = q.tokens
    said_at = next((i for i, t in enumerate(tokens) if t in rank.SAY_WORDS), len(tokens))
    before = set(tokens[:said_at])
    return any(entity in q.speakers and before.issuperset(words) for entity, words in q.spans)


def _stance_unsaid(q: Asked, matches: Sequence[float]) -> bool:
    """Whether the question asks with a verb of liking or another small word of a stance ("does
    Macron like the plan", "is Macron ok with it", "is he against it", read as a stance by
    rank.analyze) and the sentence has no word of a stance: one that merely names
    Macron, the plan and the guarantees says nothing of what he thinks of them, and "like" is
    too common a word for its absence to weigh (it was answered at 0.54 with the list of
    leaders)."""
    liking = q.liking  # the terms of liking, found once per question
    return bool(liking) and all(matches[i] <= 0 for i in liking)


def asks_stance(q: Asked) -> bool:
    """Whether the question asks someone's stance or reaction ("how is X reacting", "X's view
    on it"): a word of the stance group (text.RELATED_WORDS)."""
    return any(STANCE in term.related for term in q.question.terms)


def stands_for(person: str, mentions: AbstractSet[str], led: Mapping[str, str]) -> bool:
    """Whether a sentence has ``person`` through the country or body they lead ("Russia
    demands" is Putin's demand): it names that country and no other leader of it. Theresa May's
    Brexit deal is the United Kingdom's, and it is not Boris Johnson's."""
    country = led.get(person)
    return (
        country is not None
        and country in mentions
        and not any(led.get(m) == country for m in mentions if m != person)
    )


def asks_when_people_meet(q: Asked) -> bool:
    """Whether the question asks when or where something happens between people it names ("when
    will Putin and Zelensky meet", "where is Trump meeting Zelensky"): a sentence that lacks one
    of them tells of another event (Trump and Putin's meeting in Alaska, for the first; its
    story's lead names Zelensky, which covered his name), so :func:`person_absent` applies as
    for a yes/no question."""
    return (
        q.wants in ("time", "place")
        and sum(1 for entity in q.named if q.kinds.get(entity) == "person") >= 2
    )


# The stance words that ask for a standing view, which whatever someone states shows (not a
# reaction or response, which is to one thing)
VIEW_WORDS = frozenset(
    "opinion opinions view views position positions stance attitude think thinks feel feels".split()
)


def _states_view(q: Asked, facts: Sequence[Fact]) -> bool:
    """Whether an actor the question names says something in the sentence: a fact with them (or
    the country they lead) as its speaker, or a fact of saying with them as its subject."""
    if not q.actors:
        return False
    led = q.leaders
    for fact in facts:
        sayers = {fact["speaker"]}
        if REPORTING in match_keys(str(fact["predicate"] or "")):
            sayers.add(fact["subject_entity"])
        sayers |= {led[s] for s in sayers if s in led}
        if not q.actors.isdisjoint(sayers):
            return True
    return False


def _names_people(present: AbstractSet[str], kinds: Mapping[str, str]) -> bool:
    """Whether any of the entities a sentence has (``present``) is a person."""
    return any(kinds.get(e) == "person" for e in present)


def person_absent(
    q: Asked,
    mentions: AbstractSet[str],
    facts: Sequence[Fact],
    matches: Sequence[float],
    in_person: bool = False,
) -> bool:
    """Whether the question names a person the sentence does not have: not mentioned, not
    speaking one of its facts, not through the country or body they lead ("Russia demands" is
    Putin's demand), and none of the words the question names them by in the sentence (a name
    the database lacks, "Seth John", may resolve to another person). Places and countries are
    left out: "Washington" may be the US government. With ``in_person`` (people meeting,
    :func:`asks_when_people_meet`) their country is not them: "a ceasefire in Ukraine" does not
    bring Zelensky to a meeting. Nor is it in a sentence that names people: they act there, and
    a country beside them is where or for whom ("Trump and Putin agreed on guarantees for
    Ukraine" says nothing of what Zelensky thinks of them); a country stands for its leader in a
    sentence without people, where it acts itself ("Russia demands", "the Kremlin opposes")."""
    present = set(mentions) | {f["speaker"] for f in facts if f["speaker"]}
    led = {} if in_person or _names_people(present, q.kinds) else q.leaders
    found = {word for word, credit in zip(q.term_words, matches, strict=True) if credit > 0}
    spans = dict(q.spans)
    return any(
        q.kinds.get(e) == "person"
        and e not in present
        and not stands_for(e, present, led)
        and found.isdisjoint(spans.get(e, ()))
        for e in q.named
    )


# The fact score of such a fact: half of one with the question's own verb (a chosen value, not
# fitted; 0.5 is what a fact of the asked verb missing half its named entities scores).
VERBLESS_FACT = 0.5
ANAPHORS = frozenset("this that these those it them such".split())
INDEFINITE = frozenset({"a", "an"})
PREPOSITIONS = frozenset("to for of with on in into at from by about over against".split())


def is_verbless(q: Asked) -> bool:
    """Whether the question names someone and asks no verb an intent knows, as a keyword query
    or a yes/no question ("us weapons", "does ukraine need a big army"): a fact whose subject it
    names, done to what it asks about (:func:`_about`), backs a sentence for it, whatever the
    fact's verb. The caller then reads every fact of the candidates, not only those of the
    question's verbs."""
    return bool(q.named) and not q.wanted and q.question.kind in ("other", "yesno")


def _about(fact: Fact, q: Asked, named: AbstractSet[str]) -> bool:
    """Whether a fact is done by someone the question names, to a thing it asks about: its
    subject is one of the named entities, every other named entity is its subject or object,
    and a question word beside the names is in its direct object ("us weapons" and "The US
    ... remains willing to supply modern weaponry": supply, the US, modern weaponry)."""
    done_by = fact["subject_entity"]
    if done_by is None:
        return False
    where = set(tokenize(str(fact["place"] or "")))
    at = {e for e, span in q.spans if span and where.issuperset(span)}
    if not named <= {done_by, fact["object_entity"], *at}:
        return False
    words = tokenize(str(fact["object"] or ""))
    if not words or words[0] in ANAPHORS or words[0] in PREPOSITIONS:
        # "supporting this force": which force, another sentence says; "did not result in a
        # breakthrough regarding a ceasefire": no thing the subject does something to
        return False
    cut = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS), len(words))
    # the thing itself, not whom it goes to or where: "weaponry ... to a European-led force"
    stems = {k for w in words[:cut] if w not in STOPWORDS for k in match_keys(w)}
    spans = {w for _, span in q.spans for w in span}
    return any(
        word not in spans and not stems.isdisjoint({t.stem, *t.related})
        for word, t in zip(q.term_words, q.question.terms, strict=True)
    )


def _inherited(
    q: Asked, matches: Sequence[float], in_story: Sequence[bool], covered: AbstractSet[str]
) -> float:
    """The rarity of the question words a sentence has only from the sentence before it, through
    the pronoun it opens with (rank.CONTEXT_CREDIT), counted uncovered in the share the credit
    leaves: "However, these efforts face strong opposition from the Kremlin" takes "army" and
    "independence" from "This force would ... underpin Ukraine's sovereignty", which says them,
    and with its own "strong" covered all of "what would a strong Ukrainian army mean for the
    country's independence" as fully as that sentence did. A pronoun stands for a thing said
    before, not for every word of the sentence that said it. For the ranking bonus only."""
    if not any(0 < credit <= rank.CONTEXT_CREDIT for credit in matches):
        return 0.0  # most sentences take no word from the one before
    titled = in_story or (False,) * len(matches)
    out = 0.0
    for word, weight, credit, titled_term in zip(
        q.term_words, q.weights, matches, titled, strict=True
    ):
        if 0 < credit <= rank.CONTEXT_CREDIT and not titled_term and word not in covered:
            out += weight * (1.0 - credit)
    return out


def _uncovered(
    q: Asked,
    matches: Sequence[float],
    in_story: Sequence[bool],
    covered: AbstractSet[str],
    said_in_story: Sequence[bool] = (),
) -> tuple[float, float, bool, float]:
    """The rarity the sentence leaves uncovered (summed in term order), its rarest uncovered
    term's weight, whether an uncovered term is a name its story never uses (also a word of the
    asked topic, Asked.topic, a name as typed, Asked.typed_names, or a name of a resolved
    person or organisation, Asked.entity_words) or the sentence quotes the speaker off the topic
    (_off_topic), and the rarity of the uncovered hedges (SOFT_WORDS) and of the words of a past
    scene (Asked.scene) that the story has elsewhere, which count neither as covered nor as
    missing."""
    missing = worst = excused = 0.0
    name_miss = False
    names = name_words()
    none = (False,) * len(matches)
    titled = in_story or none
    said = said_in_story or none
    soft = q.soft or none
    # the sentence must itself have a word of the scene ("Upon *arrival*, Zapata told reporters"):
    # one that has none ("strong opposition from the Kremlin" for "how did the Kremlin react
    # when Trump ruled out a ceasefire") may tell of another moment altogether
    scene = (
        q.scene
        if q.scene and any(s and c > 0 for s, c in zip(q.scene, matches, strict=True))
        else none
    )
    # the second alternative of an "A or B" question is excused where the sentence itself has
    # every word of the first: it says A (_alternatives)
    other = q.second if _says_first(q, matches) else none
    for word, weight, credit, titled_term, elsewhere, hedge, setting, alternative in zip(
        q.term_words, q.weights, matches, titled, said, soft, scene, other, strict=True
    ):
        if credit <= 0 and not titled_term and word not in covered:
            if hedge or (setting and elsewhere) or alternative:
                excused += weight
                continue
            missing += weight
            if weight > worst:
                worst = weight
            if not elsewhere and (
                word in names
                or word in q.unknown_names
                or word in q.topic
                or word in q.typed_names
                or word in q.entity_words
            ):
                name_miss = True
    if q.topic and _off_topic(q, matches, titled, covered):
        name_miss = True
    return missing, worst, name_miss, excused


def _says_first(q: Asked, matches: Sequence[float]) -> bool:
    """Whether the sentence itself has every word of the first alternative of an "A or B"
    question and none of the second: it says A, so B's words are no words it lacks. One with a
    word of B speaks of B ("allied reassurance forces" for "does Ukraine need its own big army
    or just lean on allies") and must have the rest of it."""
    if not q.second:
        return False
    return all(
        (c > 0) if f else not (s and c > 0)
        for f, s, c in zip(q.first, q.second, matches, strict=True)
        if f or s
    )


def _undated_event(
    q: Asked, matches: Sequence[float], in_story: Sequence[bool], covered: AbstractSet[str]
) -> float:
    """The weight of the words of a "when" question that name its event (TIME_ASKING_WORDS
    aside) which neither the sentence nor its headline and lead have, counted once more for the
    confidence: the time such a sentence gives dates another event of its story. "When was the
    Hotel Arpit Palace built" was answered at 0.55 with the lead's "caught fire yesterday
    morning", the hotel's heavy name leaving "built" a sixth of the question. Not for the
    ranking: there every uncovered word already counts. Only for a news story's sentence
    (``dated``), where the lead dates the story's own event: WikiQA's undated encyclopaedia
    answers ("when was X founded") lost F1 0.4549 -> 0.4382 to it. The same for "where"
    (PLACE_ASKING_WORDS aside): "where was Jennifer Lu born" was answered at 0.57 with "Jennifer
    Lu of Marriage Equality Coalition Taiwan said", a place of hers that is no birthplace."""
    if q.wants not in ("time", "place"):
        return 0.0
    titled = in_story or (False,) * len(matches)
    none = (False,) * len(matches)
    # hedges and a past scene's words ("... when he arrived") are not the event asked about
    aside = [a or b for a, b in zip(q.soft or none, q.scene or none, strict=True)]
    return sum(
        weight
        for word, weight, credit, titled_term, hedge_or_scene in zip(
            q.term_words, q.weights, matches, titled, aside, strict=True
        )
        if credit <= 0
        and not titled_term
        and not hedge_or_scene
        and word not in covered
        and word not in (TIME_ASKING_WORDS if q.wants == "time" else PLACE_ASKING_WORDS)
    )


def _off_topic(
    q: Asked, matches: Sequence[float], titled: Sequence[bool], covered: AbstractSet[str]
) -> bool:
    """Whether the sentence quotes the speaker on something else than the asked topic: it has
    no word of the topic, and the topic is more than its story's headline and lead say (a quote
    in a story on Van Halen's death is about him, not, unsaid, about his cancer). "What did
    McCready say about Van Halen's cancer" was answered with his words on Van Halen's sound."""
    off = False
    for word, credit, titled_term in zip(q.term_words, matches, titled, strict=True):
        if word not in q.topic:
            continue
        if credit > 0 or word in covered:
            return False
        if not titled_term:
            off = True
    return off


def said_in_stories(
    articles: Sequence[str], matches: Sequence[Sequence[float]]
) -> list[tuple[bool, ...]]:
    """Per candidate, per question term: does some candidate of the same article have the term?
    "What will the Americans contribute to the European force" is answered by a sentence that
    says "US logistics ... supporting this force"; the story says "European" elsewhere."""
    by_article: dict[str, list[bool]] = {}
    for article, row in zip(articles, matches, strict=True):
        seen = by_article.get(article)
        if seen is None:
            by_article[article] = [credit > 0 for credit in row]
        else:
            for t, credit in enumerate(row):
                if credit > 0:
                    seen[t] = True
    frozen = {article: tuple(seen) for article, seen in by_article.items()}
    return [frozen[article] for article in articles]


def _subject_stems(fact: Fact) -> frozenset[str]:
    """The stems of the words of a fact's subject ("The meetings": meet)."""
    return frozenset(stem(w) for w in tokenize(str(fact["subject"] or "")))


@lru_cache(maxsize=1024)
def _predicate_stems(predicate: str) -> frozenset[str]:
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
        for word in _predicate_stems(predicate):
            found.setdefault(word, set()).add(predicate)
    return {word: frozenset(group) for word, group in found.items()}


# Ranking bonus, chosen by a grid search over eval/seed-dev.yaml, eval/wikinews-dev.yaml and
# WikiQA dev for top-1 accuracy on the news sets without costing WikiQA MAP (README, "Answer
# quality"). Coverage counts most: a sentence that has every word of the question, or whose
# article title has the rest, beats one that shares a single rare word.
BONUS_WEIGHTS = {"entities": 0.0, "fact": 2.0, "coverage": 10.0, "local": 1.0, "answers": 1.0}
MAX_ANSWERS = 6
# Log-odds for a sentence lacking the answer type a question must get (a number for "how many",
# a place for "where"): the ranker's typed_match rewards having it, but a story's lead, which
# restates the question, still outranked the sentence with the number. Chosen from -1, -2, -3 on
# the dev sets and WikiQA (pipeline MAP 0.7847 -> 0.7881, F1 0.439 -> 0.442).
TYPE_MISS_BONUS = -2.0
# The same for a sentence of a news story (a dated one) that states no cause ("because", "due
# to", "caused by", "died of") when the question asks why or what caused something: the story's
# lead restates what happened ("A fire killed five girls"), and the cause comes further down
# ("all five deaths were caused by carbon monoxide poisoning"). Only in the ranking: "why" is
# often answered without such words, so lacking them does not lower the confidence (as a type
# miss does), and undated documents keep their order (the seed briefing answers "why is it a
# big deal" with "a topic that has gained significant attention"). Chosen from -1, -2 and -3 on
# the dev sets (-2 and -3 alike): Wikinews right 95 -> 97, ranked first 159 -> 160, wrong
# citations 22 -> 21; given to undated documents as well it cost a seed question its rank.
CAUSE_MISS_BONUS = -2.0

# Logistic confidence, fitted (L2 = 1 on standardised inputs) on the top sentence of every question
# of WikiQA dev, seed-dev and wikinews-dev, the news sets weighted twice; labels: the top sentence
# is a right answer. "long" marks articles of more than LONG_ARTICLE sentences (news stories rather
# than encyclopedia summaries): their base rate of answers differs and the fit keeps them apart.
CONFIDENCE_WEIGHTS = {
    "coverage": 3.543,
    "fact": 1.263,
    "typed": 0.596,
    "local": 0.212,
    "margin": 0.193,
    "named": -0.514,
    "type_miss": -1.629,
    "intent_miss": -1.601,
    "long": -3.247 - 0.62,
    "long_coverage": 3.618,
}
# The fitted bias; "long" above is shifted by -0.62 (the log-odds between 0.5 and 0.35) so that
# one threshold, answer.min_confidence = 0.5, serves both article kinds: short summaries are best
# answered from 0.35 (WikiQA's F1), news stories need 0.5 to abstain on near misses.
CONFIDENCE_BIAS = -3.875 + 0.62
LONG_ARTICLE = 15
MAX_MARGIN = 5.0
# Log-odds taken off when the candidates come from several stories. The fit above saw mostly one
# article at a time; over the 295 Wikinews articles (wikinews-dev and wikinews-quotes, 150
# questions) its 0.5-0.6 band was right 44% of the time and 0.6-0.7 60%, against 90% and 86% for
# one article. Set by hand from those bands, not fitted: with it the 0.5 threshold answers from
# about 0.6 there.
SEVERAL_STORIES = -0.4
# Log-odds taken off, on top of SEVERAL_STORIES, when no story is far ahead of the others
# (IDENTIFIED_STORY_LEAD, below): the question's words fit more than one story about as well,
# so the best sentence is likelier another story's near miss, or the near miss of a story the
# question did not pin down. SEVERAL_STORIES was set from the bands of all multi-story
# answers, most of which name their story; the two kinds are not as sure. Answered across
# several stories, on the fresh wikinews-dev15/16 (articles nobody had asked about) 1 of 6
# answers was right where no story led, 16 of 18 where one did; on the readable Wikinews dev
# sets, tuned on, 26 of 33 and 164 of 183. Nothing of a story's words: the lead is the
# ranker's, over whatever stories a corpus has. Swept on the dev sets (right answers and wrong
# citations withheld; "unseen": the CHECK sets with wikinews-dev14, and wikinews-dev15/16):
# -0.2: 7 and 6 (unseen 2 and 3); -0.3: 8 and 8 (unseen 2 and 4, of which the CHECK sets 2
# and 2; the readable old sets 6 and 4); -0.4: 15 and 10 (unseen 3 and 6; the readable old
# sets 12 and 4). A lower story-lead bar (1 to 3) withheld fewer wrong citations for each
# right answer (simulated from the logged confidences).
UNIDENTIFIED_STORY = -0.3
# Log-odds added when the best sentence is the clear best of a single long story: at least
# CLEAR_BEST_MARGIN ahead of every other sentence of the candidates (about 55 times as likely,
# in the ranker's log-odds) and covering at least CLEAR_BEST_COVERAGE of the question. The fit
# above gives the margin little weight (0.19 a unit, capped at 5), so a question whose words the
# article says in other words ("go straight to Ukraine or to the Euro-led force" - "supply
# modern weaponry ... to Ukraine or to a European-led force") stays a few points under the
# threshold however far ahead of the rest its sentence is; a near miss is mostly a close call
# between two sentences that each have part of the question. Only for one story: where several
# compete, a lone story on the topic is far ahead of the others without the asked detail
# ("what sentence did the two Paris police officers get": their conviction, not the sentence;
# "how many were killed in the drone attack": the time it struck). Only for long articles
# (LONG_ARTICLE), which the fit keeps apart: given to WikiQA's short summaries as well, it
# answered a few more there, none of them right (F1 0.4688 -> 0.4669). Chosen from margins 3,
# 4, 5 and 8, coverages 0.75, 0.8 and 0.85 and 0.3, 0.5 and 1 log-odds on the seed dev sets
# (margins 3 and 4 alike; 1 log-odds also answered four questions whose best sentence is
# wrong). Seed dev right 405 -> 407 (the two in the CHECK sets), fresh seed-dev10 27 -> 31, no
# wrong citation more; Wikinews unchanged. Not for a sentence without the asked answer type
# (Evidence.type_miss): the only sentence naming someone is far ahead for "keir starmer age",
# which it cannot answer (0.28 -> 0.39 with the bonus, a type miss away from the threshold).
CLEAR_BEST = 0.5
CLEAR_BEST_MARGIN = 4.0
CLEAR_BEST_COVERAGE = 0.75
# Log-odds added in a single long story when a yes/no question's best sentence has a fact of
# the question's verb and names (Evidence.fact at least ORDINARY_GAP_FACT), covers
# CLEAR_BEST_COVERAGE of it, and every question word it lacks is ordinary English (Zipf at
# least ORDINARY_ZIPF, no number): "is the nato boss part of the group meeting zelensky" -
# "The European leaders set to meet with Zelensky include ... NATO Secretary-General Mark
# Rutte", "is Ukraine's own military considered part of its security guarantee" - "Ukraine
# views its own strong military as a key pillar of its own ... security guarantee". A yes/no
# question restates a claim; the words a paraphrase of the article's claim lacks are the
# asker's own everyday wording ("part", "group", "considered", "count", "join"), while a near
# miss of a yes/no question asks about a detail the story lacks, and that detail is a rare
# word or a name ("will the US send Patriot missiles", "is Meloni joining") or a number ("is it
# just the two of them"). The coverage weight of the fit reads an everyday word's absence as
# it reads a detail's, only less by its rarity.
ORDINARY_GAP = 1.0
ORDINARY_GAP_FACT = 0.5
ORDINARY_ZIPF = 4.5


def ordinary_gap(q: Asked, matches: Sequence[float]) -> bool:
    """Whether ``q`` is a yes/no question and every word of it the sentence (its ``matches``,
    rank.Ranking.matches) lacks is ordinary English: no name or rare word, no number (see
    ORDINARY_GAP). A statement with a question mark and no question word ("ukraine's own army
    counts as part of the guarantee?") is one too: chat drops the auxiliary. Seed CHECK sets
    right 107 -> 108, nothing else of the seed batch changed; Wikinews and WikiQA unchanged."""
    if q.question.kind != "yesno" and not (
        q.question.kind == "other" and q.question.text.rstrip().endswith("?")
    ):
        return False
    return all(
        credit > 0
        or (
            not word[:1].isdigit()
            and word not in rank.NUMBER_WORDS
            and zipf_frequency(word, "en") >= ORDINARY_ZIPF
        )
        for word, credit in zip(q.term_words, matches, strict=True)
    )


# Log-odds per share of the question's rarity that the best sentence lacks in words of the
# asker's own telling rather than of what is asked (:func:`incidental_gap`), in a single long
# story: a member's paraphrase ("sit down with the ukrainians *directly*", "everyone in the
# *room*", "its own *strong* army") costs the coverage weight of the fit as much as a missing
# detail, while a near miss lacks a word that changes what is asked (CRUCIAL_QUALIFIERS, a
# name, a number, the "which N" asked, the event's participle). Only for one story, as
# CLEAR_BEST: where several compete, the missing word is what tells the stories apart (a
# rule without that limit, simulated on the Wikinews dev sets, answered about as many near
# misses as right ones). Fitted as one input of the logistic, the rest kept, on the non-CHECK
# seed dev sets (seed-dev17's long chatty questions among them) from 1.5, 2.5, 3.0, 3.5 and 5
# (right/wrong citations +2/+0, +5/+1, +10/+2, +11/+3, +16/+8); at 3.0 the CHECK sets, out of
# sample, gained 4 right answers (seed CHECK 177 -> 179, seed-dev18 30 -> 32) and no wrong
# citation; Wikinews unchanged; WikiQA MAP the same, F1 0.4729 -> 0.4710 (its long documents).
# Twice this gap for a why or how question whose sentence lacks no crucial word (the question
# takes its situation as given) was tried in the fifteenth session: seed dev +6 right, no wrong
# citation, but the held-out seed sets, bisected at the session's end, +3 right for +3 wrong.
INCIDENTAL_GAP = 3.0
# Words that change what is asked, whatever their rarity: time and order ("when is the *next*
# summit", "will they meet *again*", "when will the ceasefire *start*", "witkoff at the
# *monday* meeting"; "may" is left out, a modal as often), and asking for precision ("the
# *actual* date", "which *specific* weapons").
CRUCIAL_QUALIFIERS = frozenset(
    """next again first last latest final previous start starts started starting begin begins
    began begun end ends ended still yet already ever before after since until new soon later
    earlier finally anymore actual exact exactly specific specifically precise precisely
    official officially many much old long far big monday tuesday wednesday thursday friday
    saturday sunday january february march april june july august september october
    november december today tonight tomorrow yesterday""".split()
)
# Below this Zipf frequency a missing word is a detail of its own (a name, a thing), not wording.
INCIDENTAL_ZIPF = 4.0
_WHICH = frozenset("which what whats wich wat".split())
# "-ing" words that are no event but a preposition of the asker's telling ("what did they say
# *regarding* the border"); "during" and "following" stay crucial, as "before" and "after" do.
_ING_PREPOSITIONS = frozenset("regarding concerning including considering according".split())


_BE = frozenset("is are was were s".split())
_ARTICLES = frozenset("the a an".split())


def _named_head(tokens: Sequence[str]) -> Iterable[str]:
    """The noun of "what's the N", "what are the N", "which is the N" ("whats the names of the
    two men arrested"): asked as the word right after "which N" is, past the verb and article
    between them."""
    for i, token in enumerate(tokens):
        if token not in _WHICH:
            continue
        at = i + 1
        if at < len(tokens) and tokens[at] in _BE:
            at += 1
        if at < len(tokens) and tokens[at] in _ARTICLES:
            at += 1
        if at > i + 1 and at < len(tokens):
            yield tokens[at]


def crucial_words(q: Asked) -> frozenset[str]:
    """The words of the question that say what it asks, as opposed to how the asker tells it:
    names (the gazetteer's, resolved entities', names as typed), rare words, numbers,
    CRUCIAL_QUALIFIERS, the noun of "which/what N" and of rank.Question.heads and counted, the
    word after a do-auxiliary ("which country would *command*"), in a yes/no question the
    verbs of its main clause (:func:`asked_relation`: "will russia *attack* poland", where the
    subject comes between; the verb is the claim the sentence must confirm, while "how does
    X *affect* Y" is answered in other words: seed dev one right answer fewer with every
    question, none in yes/no only), and past and "-ing" forms of verbs ("when was zelensky
    *elected*", "who is he *married* to", "which country will host the peace deal
    *signing*"): the event asked about. An "-ing" word as crucial: seed dev one
    right answer fewer ("on *stopping* the fighting") for one wrong citation fewer, CHECK sets
    unchanged.

    A common noun (Zipf >= INCIDENTAL_ZIPF) is none of these by itself: it is as often the
    asker's setting of the scene ("everyone in the *room*", "the *schedule* is confusing me",
    "in this *setup*", "that *study*", "a word in some *language*") as what is asked. Reviewed in
    the fifteenth session: counting every word that is only a noun (LemmInflect: a noun reading
    and no adjective or adverb one) as crucial withheld 10 right answers on the dev sets (seed
    793 -> 786, 2 of them in CHECK sets; Wikinews 242 -> 239), each lacking such a setting, for
    one wrong citation fewer ("how many years was mugabe locked up in *prison* before he ruled",
    cited with the years he ruled); kept as it is."""
    tokens = q.tokens
    names = name_words()
    crucial = set(q.unknown_names | q.typed_names | q.entity_words)
    crucial.update(w for _, words in q.spans for w in words)
    crucial.update(
        tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t in _WHICH or t in _DO_AUXILIARIES
    )
    if q.question.kind == "yesno":
        relation = asked_relation(q.question, rank.read_tokens(tokens))
        crucial.update(w for w, verb in zip(q.term_words, relation, strict=True) if verb)
    asked = q.question.heads | q.question.counted
    for word in q.term_words:
        if (
            word in crucial
            or word in names
            or word in CRUCIAL_QUALIFIERS
            or word in rank.NUMBER_WORDS
            or any(c.isdigit() for c in word)
            or stem(word) in asked
            or _past(word)
            or (len(word) > 5 and word.endswith("ing") and word not in _ING_PREPOSITIONS)
            or zipf_frequency(word, "en") < INCIDENTAL_ZIPF
        ):
            crucial.add(word)
    return frozenset(crucial)


def incidental_gap(
    q: Asked, matches: Sequence[float], in_story: Sequence[bool] = (), several: bool = False
) -> float:
    """The share of the question's rarity in words the sentence (its ``matches``,
    rank.Ranking.matches) and its story (``in_story``) lack that are not :func:`crucial_words`
    nor hedges (SOFT_WORDS, left out of the coverage already): the asker's own wording. With
    ``several`` stories among the candidates, the noun of "what's the N" is crucial too
    (_named_head, IDENTIFIED_STORY_LEAD)."""
    if not q.total:
        return 0.0
    crucial = crucial_words(q)
    if several:
        crucial |= frozenset(_named_head(q.tokens))
    titled = in_story or (False,) * len(matches)
    loose = 0.0
    for word, weight, credit, told in zip(q.term_words, q.weights, matches, titled, strict=True):
        if credit <= 0 and not told and word not in crucial and word not in SOFT_WORDS:
            loose += weight
    return loose / q.total


# How far behind the best sentence a sentence of its story may rank and still be the fuller
# answer (fuller_rival): CLEAR_BEST_MARGIN, beyond which the best is its story's clear best.
# As a cap (caps.FULLER_RIVAL) in one story: seed dev wrong citations 15 -> 13 (one in the CHECK
# sets), no right answer lost (margins 0.5 to 4 alike); WikiQA F1 0.4688 -> 0.4724, MAP the same.
# Across several stories it lost "whos the new sultan of oman" ("his successor, Haitham", with
# "the new sultan" in another sentence), so not there.
FULLER_RIVAL_MARGIN = CLEAR_BEST_MARGIN


def fuller_rival(
    best: Sequence[float], in_story: Sequence[bool], rivals: Iterable[Sequence[float]]
) -> bool:
    """Whether one of ``rivals`` (the term credits, rank.Ranking.matches, of the other sentences
    of the best one's story that rank close behind it) has every question word the best
    sentence (``best``) lacks and its story does not give it (``in_story``), and every word the
    best has as well. In a question of few words every word matters: "Zelensky one on one with
    Trump and the European leaders meetings?" was answered by the lead, which has all but "one
    on one", over "Before the meetings with European leaders, Zelensky will first meet with
    Trump one-on-one" a hair behind it (asked with "before", which rank.asks_order makes a
    term, that sentence wins outright). Where the story says the whole question in one
    sentence, the best one, which says part of it, is a near miss or at most half the answer."""
    titled = in_story or (False,) * len(best)
    lacks = [
        t
        for t, (credit, told) in enumerate(zip(best, titled, strict=True))
        if credit <= 0 and not told
    ]
    if not lacks:
        return False
    return any(
        all(rival[t] > rank.CONTEXT_CREDIT for t in lacks)
        and all(min(1.0, r) >= min(1.0, b) for r, b in zip(rival, best, strict=True))
        for rival in rivals
    )


def asks_event_cause(question: rank.Question, tokens: Sequence[str]) -> bool:
    """Whether the question asks why something happened ("why did Trump rule out a ceasefire",
    "why did Gillibrand drop out of the race"): a past event has a cause, which news gives in
    words of cause ("because", "due to", "to protest", facts.wording.REASON), and a sentence
    without them only restates the event ("Despite Trump ruling out an immediate ceasefire,
    ..."). Not "why does it matter", "why is it hard" (a value or a difficulty, which a sentence
    states in words of its own: "is crucial for sustaining Ukraine's military capabilities"),
    nor "why didn't they", which what stood in the way answers ("was disallowed"). "Why would
    anyone blow up a jackal" asks a doer's motive as well (MOTIVE_DOERS), which a sentence
    restating the blast does not give; not "why would it matter"."""
    if question.answer_type != "reason":
        return False
    return tuple(tokens[:2]) == ("why", "did") or (
        tuple(tokens[:2]) == ("why", "would") and len(tokens) > 2 and tokens[2] in MOTIVE_DOERS
    )


# Who "why would X do it" asks the motive of: someone who acts, not "it" or "that"
MOTIVE_DOERS = frozenset("anyone anybody someone somebody they he she people".split())


# The light verbs a yes/no question may ask with ("did the alaska summit *get* a ceasefire",
# "does zelensky *get* trump to himself first"): no fact has them for its verb
# (GENERIC_PREDICATES), so no sentence has a fact of the question's verb, which ORDINARY_GAP asks
# for; the sentence's own verb says it ("the Alaska summit did not result in a breakthrough
# regarding a ceasefire"). Seed dev right 514 -> 518 (one of them in a CHECK set; the other
# three are one question asked three ways, below the threshold at 0.46), no wrong citation
# more; Wikinews and WikiQA unchanged. "go" is one as well, the light verb of motion ("would
# american arms *go* straight to ukraine or to some europe-led force": "The US ... remains
# willing to supply modern weaponry ... to Ukraine or to a European-led force"): no fact has it
# either (GENERIC_PREDICATES). Not "going to" before a verb, which is the future ("is Macron
# going to attend"), not a motion: read as one, two unanswerable CHECK questions were answered.
# Seed dev right 793 -> 795 (seed-dev12, seed-dev17), CHECK sets, Wikinews and fresh sets
# unchanged.
LIGHT_VERBS = frozenset("get gets got getting have has had having go goes went".split())


def asks_with_light_verb(tokens: Sequence[str]) -> bool:
    """Whether a yes/no question's verb is a light one (LIGHT_VERBS) after its opening
    auxiliary ("did the summit get a ceasefire"; the "has" of "has it been" opens it), after
    the words of talk that may come first (rank.DISCOURSE_OPENERS: "so did ..."); "going"
    too, unless "to" and a verb follow it ("could the weapons end up going to a european-led
    force", not "is he going to attend")."""
    at = next((i for i, t in enumerate(tokens) if t not in rank.DISCOURSE_OPENERS), len(tokens))
    if at >= len(tokens) or tokens[at] not in _YESNO_OPENERS:
        return False
    rest = tokens[at + 1 :]
    return any(
        t in LIGHT_VERBS
        or (
            t == "going"
            and not (i + 2 < len(rest) and rest[i + 1] == "to" and _is_future(rest[i + 2]))
        )
        for i, t in enumerate(rest)
    )


# What follows the "to" of "going to" when it is a motion: a destination, a noun phrase opened
# by a determiner, possessive, quantifier or pronoun ("going to a european-led force", "to
# them"), a number, a name ("going to ukraine"), or one of the nouns English goes to without an
# article ("going to war", "to court", "to school"). The "to" of the future is followed by a
# verb ("is he going to abdicate", "going to actually attend"), an open class no list holds:
# verbs.txt has the verbs of relations only, and read by it "is the king going to abdicate" was
# a motion. So the closed classes are listed, and anything else is the future.
_DESTINATION_OPENERS = (
    frozenset(
        """the a an this that these those his her its their our my your some any every each no
    all both another other such many several few more most him them us me it there here
    where""".split()
    )
    | rank.NUMBER_WORDS
)
_BARE_DESTINATIONS = frozenset(
    """war school court church college university prison jail hospital bed sea town market
    trial parliament congress press hell""".split()
)


def _is_future(word: str) -> bool:
    """Whether "going to" before ``word`` is the future, not a motion (see
    _DESTINATION_OPENERS): a verb of the lexicon always is; a destination never."""
    if word in verb_lemmas():
        return True
    return not (
        word in _DESTINATION_OPENERS
        or word in _BARE_DESTINATIONS
        or word[:1].isdigit()
        or word in name_words()
    )


# Words of a question's subject that its story's headline or lead has count as covered for
# every sentence of that story (BONUS_WEIGHTS["coverage"]), so between two sentences of one
# story they decide nothing. A yes/no question asks whether its subject does something ("will
# security guarantees come up in the talks with the Europeans"): a sentence that answers it
# states that of the subject ("The meetings may also involve discussions about real security
# guarantees"), while one that lacks the subject (the list of the European leaders, under a
# headline on security guarantees) says something of another thing. The rarity share of the
# subject's words a sentence has only through its story, beyond the least that another
# candidate of its story leaves to the story, counts as missing at this weight (twice the
# coverage's: chosen from 5, 10, 20 and 40 on the dev sets, 20 and 40 alike); the sentence of
# each story that says the subject itself keeps its score. Not for the words of the rest of a
# yes/no question: "did anyone survive the Iranian cargo plane crash in Karaj" is answered by
# "The lone survivor was a flight engineer", whose story tells which crash (counted on every
# word of yes/no questions, this lost two Wikinews dev questions of that kind; on every word of
# every question, at weight 5, 21 Wikinews dev questions lost their right sentence).
STORY_SUBJECT = 20.0
# the auxiliaries and modals that open a yes/no question ("shall Ukraine join" as well)
_YESNO_OPENERS = rank.AUXILIARIES | MODALS


def yesno_subject(tokens: Sequence[str]) -> frozenset[str]:
    """The words of the subject of a yes/no question ("will *security guarantees* come up",
    "are *security guarantees* for Ukraine expected to", "will the *guarantee stuff* come
    up"): the content words after the opening auxiliary and the determiners, up to a function
    word, the last one dropped when it is the verb (after "will", "does": "come"; after "is":
    a participle). Empty for other questions and where "there" or a pronoun of the stopwords
    is the subject ("is there an animal named after Munk"); "did anyone survive the crash"
    asks about "anyone", which no headline has, not about the crash."""
    if len(tokens) < 3 or tokens[0] not in _YESNO_OPENERS:
        return frozenset()
    k = 1
    while k < len(tokens) and tokens[k] in _SUBJECT_DETERMINERS:
        k += 1
    run: list[str] = []
    while k < len(tokens) and tokens[k] not in STOPWORDS and tokens[k].isalpha():
        run.append(tokens[k])
        k += 1
    participle = next((i for i, w in enumerate(run) if i and w.endswith(("ing", "ed"))), None)
    if participle is not None:
        del run[participle:]  # "is Germany *sending* troops": the verb and its object
    elif len(run) > 1 and tokens[0] in _BARE_VERB_AUXILIARIES:
        run.pop()  # "will X *come* up": the verb, not the subject
    return frozenset(run)


def keyword_subject(tokens: Sequence[str]) -> frozenset[str]:
    """The subject of a question asked as a phrase, with no question word and no opening
    auxiliary ("guarantees on the agenda?", "ukraine joining nato?", "merz role"): its
    leading run of content words, which names what the question is about as a yes/no
    question's subject does (yesno_subject); the words after it ("on the agenda") say what
    is asked of it; a participle after it is its verb, as in yesno_subject ("ukraine
    *joining* nato?"). Empty for other questions and where a stopword opens it."""
    if not tokens or tokens[0] in STOPWORDS or not rank.QUESTION_WORDS.isdisjoint(tokens):
        return frozenset()
    run: list[str] = []
    for i, token in enumerate(tokens):
        if token in STOPWORDS or not token.isalpha() or (i and token.endswith(("ing", "ed"))):
            break
        run.append(token)
    return frozenset(run)


_SUBJECT_DETERMINERS = frozenset("the a an this that these those".split())
# auxiliaries whose verb follows the subject in its bare form: the run's last word
_BARE_VERB_AUXILIARIES = MODALS | frozenset("do does did".split())


def story_subject_excess(
    q: Asked,
    subject: AbstractSet[str],
    articles: Sequence[str],
    matches: Sequence[Sequence[float]],
    in_story: Sequence[Sequence[bool]],
) -> list[float]:
    """Per candidate, the share of the question's rarity in the words of ``subject`` that it
    has only through its story, less the least such share among the candidates of its article
    (see STORY_SUBJECT). All zero without a subject."""
    if not subject or not matches:
        return [0.0] * len(matches)
    total = q.total or 1.0
    shares = [
        sum(
            weight
            for word, weight, credit, titled in zip(
                q.term_words, q.weights, row, story, strict=True
            )
            if titled and credit <= 0 and word in subject
        )
        / total
        for row, story in zip(matches, in_story, strict=True)
    ]
    least: dict[str, float] = {}
    for article, share in zip(articles, shares, strict=True):
        if share < least.get(article, math.inf):
            least[article] = share
    return [share - least[article] for article, share in zip(articles, shares, strict=True)]


# A news story whose headline names the question's rare words (a name: "Kipchoge", "D'Souza") is
# about them; another that names them in passing ("Kosgei's countryman Eliud Kipchoge ... in
# Vienna", in a story on the Chicago marathon) has a sentence that matches the question better
# than the story's own ("His time was 1 hour 59 minutes 40.2 seconds"), which leaves the name to
# the headline. Every sentence of a story gets this weight times the share of those words' rarity
# its headline names, of the rare words that some candidate's headline names: only between
# stories, never within one. Not the title-term weight (TITLE_DISCOUNT, swept before), which
# credits common headline words as much. Chosen from 1 and 2 (and rare from rank's
# LEAD_NAME_WEIGHT or NEWS_LEAD_NAME_WEIGHT) on the dev sets: Wikinews dev right 144 -> 145,
# wrong citations 15 -> 14, nothing else changed; at 2 "where was Soleimani killed" lost its
# right sentence to a story headed with his name.
STORY_ABOUT = 1.0
ABOUT_RARITY = rank.LEAD_NAME_WEIGHT


def headline_shares(weights: Sequence[float], hits: Sequence[Sequence[bool]]) -> list[float]:
    """Per candidate, the share of the rarity (``weights``, per question term) of the question's
    rare terms (ABOUT_RARITY and up) that its story's headline has (``hits``, per term: see
    rank.title_hits), of those that some candidate's headline has. All zero when no headline
    has one, or when every candidate's headline has the same ones (one story: no rival)."""
    rare = [w >= ABOUT_RARITY for w in weights]
    named = [any(row[t] for row in hits) and rare[t] for t in range(len(weights))]
    total = sum(w for w, n in zip(weights, named, strict=True) if n)
    if not total or len({tuple(row) for row in hits}) < 2:
        return [0.0] * len(hits)
    return [
        sum(w for w, n, h in zip(weights, named, row, strict=True) if n and h) / total
        for row in hits
    ]


def local_coverage(matches: Sequence[Sequence[float]]) -> list[float]:
    """Per candidate, the share of question terms it covers, each term weighted by how few of
    the candidates have it: "first" in "who will Zelensky meet *first*" separates sentences
    that all mention Zelensky and meeting."""
    if not matches or not matches[0]:
        return [0.0] * len(matches)
    n = len(matches)
    width = len(matches[0])
    df = [sum(1 for row in matches if row[t] > 0) for t in range(width)]
    weights = [math.log(1 + n / (d + 0.5)) for d in df]
    total = sum(weights) or 1.0
    # near-duplicate sentences (copies of a story) have the same row: each is computed once
    shares: dict[tuple[float, ...], float] = {}
    out = []
    for row in matches:
        key = tuple(row)
        share = shares.get(key)
        if share is None:
            share = sum(w * min(1.0, x) for w, x in zip(weights, key, strict=True)) / total
            shares[key] = share
        out.append(share)
    return out


def bonus(e: Evidence, local: float, wants: str | None = None, dated: bool = False) -> float:
    """Log-odds added to a sentence's ranker score for what the fact table knows about it;
    ``wants`` (the kind of answer asked for) and ``dated`` (the sentence is of a news story)
    only for ``CAUSE_MISS_BONUS``."""
    value = (
        BONUS_WEIGHTS["fact"] * e.fact
        + BONUS_WEIGHTS["coverage"] * (1.0 - e.missing)
        + BONUS_WEIGHTS["local"] * local
        + BONUS_WEIGHTS["answers"] * math.log1p(min(e.answers, MAX_ANSWERS))
    )
    if e.named:
        value += BONUS_WEIGHTS["entities"] * e.entities
    if e.type_miss:
        value += TYPE_MISS_BONUS
    if dated and wants == "reason" and not e.typed > 0:
        value += CAUSE_MISS_BONUS
    return value


# A news story's lead sums the story up, so it shares the question's words with whichever
# sentence of the story gives the detail asked for ("which European leaders will Zelensky meet":
# the lead says he meets "European leaders", the fifth sentence names them). The ranker's
# position prior, fitted on WikiQA's encyclopedia summaries, then hands the lead the answer.
# A lead of a long article (news, more than LONG_ARTICLE sentences) that covers no more of the
# question than another candidate of its story gives back half that prior, unless a fact of
# the matched intent in it fills the asked slot. Chosen from 0.25, 0.5, 0.75 and 1 of it on the
# dev sets: ranked right 437 -> 444 of 544, wrong citations 39 -> 37; WikiQA MAP through the
# pipeline 0.788 -> 0.782 (its long articles). A lead without the answer type a question must
# get, where another sentence of its story has one ("how deep is the Grayback wreck": the lead
# reports the find, the third sentence says "at a depth of over 1400 feet"), restates as well
# (seventh session: answered right 406 -> 407 of 675, ranked right 520 -> 521; WikiQA same).
RESTATING_LEAD = -0.5 * rank.RANK_WEIGHTS["position"]


def restating_leads(
    articles: Sequence[str],
    leads: Sequence[float],
    local: Sequence[float],
    answering: Sequence[bool],
    lacks_type: Sequence[bool] | None = None,
) -> list[int]:
    """The candidates that are their story's lead and cover no more of the question (local
    coverage) than some other candidate of the same story, or that lack the answer type the
    question must get (``lacks_type``: no number for "how deep") while another candidate of the
    story has it; the caller keeps those of long articles (see RESTATING_LEAD). A lead with a
    fact of the matched intent that fills the asked slot (``answering``: "Zelensky is set to
    meet with Trump" for "who is Zelensky meeting") answers rather than restates."""
    lacking = lacks_type or (False,) * len(articles)
    best_other: dict[str, float] = {}
    typed_other: set[str] = set()
    for article, lead, covered, lacks in zip(articles, leads, local, lacking, strict=True):
        if not lead:
            if covered > best_other.get(article, -1.0):
                best_other[article] = covered
            if lacks_type is not None and not lacks:
                typed_other.add(article)
    return [
        i
        for i, (article, lead, covered, answers, lacks) in enumerate(
            zip(articles, leads, local, answering, lacking, strict=True)
        )
        if lead
        and not answers
        and (covered <= best_other.get(article, -1.0) or (lacks and article in typed_other))
    ]


# A restating lead of a news story gives back as much again when the question has a word of its
# own (not the headline's or the lead's, rarity DETAIL_RARITY and up) that the lead lacks and
# another sentence of the story has: "what guitar solo is Eddie Van Halen most famous for" (the
# lead reports his death, the tenth sentence names "his guitar solo Eruption"), "what was Alexei
# Leonov famous for". Not when that sentence has the word as a name ("the Virginia doctor Joel
# Smithers": a lead says "a doctor", and is right). Chosen from 1 and 2 times the position prior
# and rarity 1, 2 and 3 on the dev sets (all but rarity 3 alike): Wikinews dev right 145 -> 146,
# ranked first 226 -> 227; without the name exception the Smithers lead lost its rank.
DETAIL_LEAD = RESTATING_LEAD
DETAIL_RARITY = 2.0

# A sentence without the answer type a question must get, in a story another candidate of which
# has one, loses as much again as its type miss (TYPE_MISS_BONUS): the story carries the answer
# elsewhere, so a sentence that only repeats the question's words sets the scene rather than
# answers ("what % of brits don't wash their hands properly": the story's sentence with the
# percentage led already, by too little to be quoted). It widens the margin of a typed sentence
# that leads more often than it reorders: the misses it was aimed at (a lead restating
# "the toilet was stolen from Blenheim Palace" for "how much is it worth") still lose, by more
# than 2. Chosen from -1, -2, -3, -4 on the dev sets: Wikinews dev right 147 -> 149 (-1: 148;
# -3 alike; -4 cost two seed questions their rank), its CHECK sets 26 -> 27, ranked first and
# wrong citations unchanged.
STORY_TYPED_MISS = TYPE_MISS_BONUS


def typed_elsewhere(articles: Sequence[str], lacks: Sequence[bool]) -> list[int]:
    """The candidates lacking the answer type a question must get (``lacks``) whose story
    (``articles``) has another candidate that gives one (see STORY_TYPED_MISS)."""
    typed = {article for article, lack in zip(articles, lacks, strict=True) if not lack}
    return [
        i for i, (a, lack) in enumerate(zip(articles, lacks, strict=True)) if lack and a in typed
    ]


def detail_elsewhere(
    lead: int,
    articles: Sequence[str],
    matches: Sequence[Sequence[float]],
    in_story: Sequence[bool],
    weights: Sequence[float],
    stems: Sequence[str],
    texts: Sequence[str],
) -> bool:
    """Does another candidate of the ``lead``'s story have a question term (rarity
    DETAIL_RARITY and up, not one its story establishes: ``in_story``) that the lead lacks,
    and have it as a common word, not capitalised within the sentence as a name?"""
    article = articles[lead]
    for t, (weight, word) in enumerate(zip(weights, stems, strict=True)):
        if weight < DETAIL_RARITY or in_story[t] or matches[lead][t] > 0:
            continue
        others = [
            j
            for j, other in enumerate(articles)
            if other == article and j != lead and matches[j][t] > 0
        ]
        if others and not any(_names_stem(texts[j], word) for j in others):
            return True
    return False


def _names_stem(text: str, word: str) -> bool:
    """A capitalised word with this stem past the sentence's first word ("Joel *Smithers*")."""
    tokens = _WORDS.findall(text)
    return any(t[:1].isupper() and stem(t.lower()) == word for t in tokens[1:])


_WORDS = re.compile(r"[\w'-]+")


REQUIRE_SCORE = 85.0  # intent match score from which an intent's require_fact applies
UNSUPPORTED = 0.05  # the confidence of a sentence a required fact does not support
NAME_MISSING = 0.2  # the confidence of a sentence whose story never names what the question does
# Log-odds added to the sentences a required fact supports, of those that cover as much of the
# question as any candidate: only they can be answered from (see :func:`confidence`), so one a
# few points behind an unsupported sentence is the better answer ("who is the Lithuanian
# leader": the European leaders' sentence has "leaders", the sentence with Nauseda's role fact
# is 1.2 behind it). Chosen from 2, 3, 5 and 50 on the dev sets. Given to every supported
# sentence it also carried "According to Muyembe, many people do not seek treatment" past his
# quote on Ebola (whose speaker the extraction misses) in the benchmark's questions.
SUPPORTED_BONUS = 3.0


# The related-word groups (bot.text.RELATED_WORDS) of the reporting verbs ("said", "claim") and of
# stance words ("think", "reaction", "opinion"): alone, they name nothing to find.
REPORTING = "~say"
STANCE = "~stance"
TOPICLESS_GROUPS = frozenset({REPORTING, STANCE})


def asks_nothing(q: Asked) -> bool:
    """Whether the question names nothing to find: every word it has is a reporting or stance
    word ("claim", "said?", "any statements", "what do you think", "any reactions?") and it
    names no one. Those words match every quote and every stance in the coverage, through their
    group ("claim" ~ "mentioned", "think" ~ "opposition") or their own stem, and the facts of
    speech back each of them: spam such as "claim here" was answered with three quotes at a
    confidence of 0.8, and "what do you think" with the Kremlin's opposition. A topic or a name
    makes it a question again ("what does russia think")."""
    terms = q.question.terms
    return (
        not q.named
        and bool(terms)
        and all(not TOPICLESS_GROUPS.isdisjoint(t.related) for t in terms)
    )


# A second question after the first, cut off by a question mark, a comma, a colon or a dash
# ("and" may join it) or by "and" alone: "Where was the engineer killed at Waterloo station
# from, and how old?", "who declared covid a pandemic - how many cases were there worldwide at
# that point", "who first made youtube-dl and when?". Chat asks two things at once this way.
# As a cap on news sentences (caps.LATER_UNANSWERED): Wikinews dev wrong citations 18 -> 16
# (wikinews-dev3 and -dev4), no right answer lost; the CHECK, seed and fresh sets and WikiQA
# unchanged (it has no dated story).
_LATER_ASK = re.compile(
    r"(?:(?:[?,;:]|\s[-\u2013\u2014])\s*(?:(?:and|but|also)\s+)?|\s+and\s+)"
    r"(how|who|whom|whose|what|whats|which|where|when|why)\b",
    re.IGNORECASE,
)
_OPENERS = rank.QUESTION_WORDS | rank.AUXILIARIES


# What may follow "when" or "where" in a question: the inverted auxiliary ("and where was he
# from"), or nothing ("and when?"), or the "from"/"to" of an elliptic one ("and where to?")
_ASKS_ON = _YESNO_OPENERS | frozenset({"from", "to"})


def _subordinate(clause: str) -> bool:
    """Whether a clause after a comma that opens with "when" or "where" is a subordinate one, not
    a second question: its subject or participle comes before any auxiliary ("what did Trump
    say, when asked about the ceasefire", "what did the mayor of Paris, where the summit was
    held, announce"), where a question inverts them ("where was the summit held") or stops
    ("and when?"). Read as a question, it asked the answer for a time or a place it need not
    give."""
    words = rank.question_tokens(clause)
    return len(words) > 1 and words[0] in ("when", "where") and words[1] not in _ASKS_ON


def later_question(text: str, first: rank.Question) -> rank.Question | None:
    """The second question of ``text`` when it asks for an answer type of its own that a
    sentence must show (STRICT_TYPES: a number, an age, a time, a place...) and the first
    question (``first``, the analysis of the whole text) does not: "Where was the engineer
    killed at Waterloo station from, and how old?" asks a place, then an age. The answer type
    is read from the question's opening words, so a sentence that answers the first question
    (or only restates it: "an engineer was killed while working at Waterloo station in
    London") passed however little it said of the second. Only for a question that opens with
    its question word or an auxiliary, after up to two words of talk as rank._asking_start
    reads them ("so who won, and when?"): one that sets a topic first ("hurricane humberto - how
    often ...") is read from its question proper already (rank._asking_start)."""
    tokens = rank.question_tokens(text)
    talk = next((i for i, t in enumerate(tokens[:2]) if t not in rank.DISCOURSE_OPENERS), 2)
    if len(tokens) <= talk or tokens[talk] not in _OPENERS:
        return None
    found = _LATER_ASK.search(text, 1)
    if found is None or _subordinate(text[found.start(1) :]):
        return None
    later = rank.analyze(text[found.start(1) :])
    if later.answer_type not in STRICT_TYPES or later.answer_type == first.answer_type:
        return None
    return later


# Words before a noun that refer to one already known rather than name or describe it: "the
# microbes grew more slowly" says nothing of which microbes.
_REFERRING = frozenset("the these those this that its their his her".split())
_HEAD_ENDS = rank.AUXILIARIES | MODALS


def asked_head(tokens: Sequence[str]) -> str | None:
    """The noun a "what N" or "which N" question asks to have named ("what microbes did the
    team grow", "which kind of plane was it"): the last of at most three words after the
    question word (adjectives, then the noun), when an auxiliary follows them ("did", "were";
    without one, the last word may be the verb: "which firm found the data"); None for a
    question that asks no such thing."""
    for i, token in enumerate(tokens[:-1]):
        if token not in ("what", "which", "whats"):
            continue
        rest = list(tokens[i + 1 :])
        if len(rest) > 2 and rest[0] in _KIND_NOUNS and rest[1] == "of":
            rest = rest[2:]
        words = list(itertools.takewhile(lambda w: w not in STOPWORDS, rest[:4]))
        if not words or len(words) > 3 or len(rest) == len(words):
            return None
        return words[-1] if rest[len(words)] in _HEAD_ENDS else None
    return None


def names_head_only_generically(head: str, text: str, question_words: AbstractSet[str]) -> bool:
    """Does the sentence ``text`` have the asked noun ``head`` only after "the", "these", "its"
    ..., and no name the question lacks? Then it refers to the asked thing without saying which
    it is: "what microbes did Sara Seager's team grow in a hydrogen atmosphere" - "Although,
    the microbes grew more slowly than they would in air" (the answer, "E. coli and yeast", is
    a sentence before). A modifier ("NASA astronauts", "the U.S. District Court"), an article
    that names ("a cybersecurity firm"), or a name anywhere in the sentence may say which.
    As a cap on news sentences (caps.KIND_UNNAMED): Wikinews dev wrong citations 16 -> 15,
    nothing else changed on the dev, CHECK and fresh sets or WikiQA."""
    tokens = tokenize(text)
    asked = stem(head)
    places = [i for i, t in enumerate(tokens) if stem(t) == asked]
    if not places or any(i == 0 or tokens[i - 1] not in _REFERRING for i in places):
        return False
    names = {m.group(0).lower() for m in _CAPITALISED.finditer(text) if m.start() > 0}
    return names <= question_words


def requires_fact(match: IntentMatch | None) -> bool:
    """Does the matched intent answer only from sentences with a fact of its own (require_fact,
    matched clearly enough)?"""
    return match is not None and match.intent.require_fact and match.score >= REQUIRE_SCORE


# The incidental gap (INCIDENTAL_GAP) across several stories: where the best sentence's story
# is IDENTIFIED_STORY_LEAD (CLEAR_BEST_MARGIN, in the ranker's log-odds) ahead of every other
# story's best sentence, the question has named its story ("ginger baker", "the magnitogorsk
# rubble", "the notre dame fire") and the words the sentence lacks are the asker's telling or
# a detail as in one story. Only the incidental gap: without SEVERAL_STORIES, and with
# CLEAR_BEST and ORDINARY_GAP too, the same lead answered 29 more right on the Wikinews dev
# sets for 19 more wrong (a lone story on a topic is far ahead without the asked number:
# "how many people were killed in the drone attack"). Where several stories compete, the noun
# of "what's the N" ("whats the *names* of the two men arrested") is crucial as well
# (_named_head): the lead lifted the sentence that says a man was arrested; in one story that
# rule cost a right answer ("whats the *order* of the meetings": "first ... then").
# Wikinews dev right 188 -> 196, wikinews-dev10 8 -> 10, wrong citations the same, but
# wikinews-dev9 one more ("how many years was mugabe locked up in *prison*": "ruled ... for 37
# years", prison counted as the asker's wording); CHECK totals unchanged. A lead of 7 kept 7
# of the 10 and lost the wrong one (its lead was 6.9): not taken, as fitted to that question.
IDENTIFIED_STORY_LEAD = CLEAR_BEST_MARGIN


class StoryHeads(NamedTuple):
    """The stems of each story's headline and lead, and in how many stories' each stem is:
    what a story is about, counted across the corpus once per build (head_stems)."""

    stems: Mapping[str, frozenset[str]]  # article id -> its headline's and lead's stems
    stories: Mapping[str, int]  # stem -> how many articles' headline or lead has it


def head_stems(heads: Iterable[tuple[str, str]]) -> StoryHeads:
    """Per article the stems of its headline and lead (Corpus.story_heads), and per stem how
    many articles have it there."""
    stems: dict[str, set[str]] = {}
    for article, text in heads:
        stems.setdefault(article, set()).update(stem(t) for t in tokenize(text))
    counts: dict[str, int] = {}
    for found in stems.values():
        for s in found:
            counts[s] = counts.get(s, 0) + 1
    return StoryHeads({a: frozenset(f) for a, f in stems.items()}, counts)


# A story "pinned" by the question: a word of the question that its headline or lead has and
# no other story's headline or lead has ("badalona", "telescopium", "hickenlooper"), said by
# the story but not by the answering sentence, a detail further down (the lead names the
# place, "about 1010 light years" the distance). Among several stories the confidence takes
# SEVERAL_STORIES because the best sentence is likelier another story's near miss; a story
# the question names so, which the ranking also puts far ahead (IDENTIFIED_STORY_LEAD), and
# whose sentence is the clear best of all candidates (CLEAR_BEST_MARGIN, the bar one story's
# clear best is read by), is no other story's near miss: it is read as one story, without the
# shift and with CLEAR_BEST where that story's sentence would have it. Where the
# sentence itself has the word, the coverage counts it already, and such a sentence is mostly
# a lead restating the story, which answered unanswerable questions about it. Measured on the
# Wikinews dev sets: without the margin bar, +15 right for +8 wrong (CHECK sets +4 for +5);
# with it, +5 right (wikinews-dev3, -dev11, -dev15), no wrong citation more, CHECK totals the
# same. What is new against the dropped "bonus for identified stories" and story-margin lifts
# (about one wrong per right): the headline word. The ranker's lead and the margin without it,
# simulated from logged confidences, 9 right for 2 wrong; with it 5 for none. CLEAR_BEST as
# well: 5 more right (one in the CHECK sets, one in the fresh wikinews-dev17) for one
# unanswerable answered ("what sentence did the mosque shooter get": his arrest, the case
# CLEAR_BEST's own note gives for keeping it to one story).
def pinned_story(
    terms: Iterable[str], heads: StoryHeads, article: str, sentence: AbstractSet[str]
) -> bool:
    """Whether a question term (stems) is in ``article``'s headline or lead and no other
    article's, and no such term is in the best sentence's own stems (``sentence``)."""
    own = heads.stems.get(article, frozenset())
    unique = {t for t in terms if t in own and heads.stories.get(t, 0) == 1}
    return bool(unique) and not unique & sentence


def story_lead(scores: Sequence[float], articles: Sequence[str], best: int) -> float:
    """How far the best sentence's score is ahead of the best sentence of any other story
    (infinitely far when no other story has a candidate)."""
    others = [s for s, a in zip(scores, articles, strict=True) if a != articles[best]]
    return scores[best] - max(others) if others else float("inf")


def read_coverage(e: Evidence) -> float:
    """The share of the question a sentence covers as the confidence reads it: ``hedged``
    where it differs from ``missing`` (Evidence.hedged), so that the `--debug` line and the
    confidence cannot disagree."""
    return 1.0 - (e.hedged if e.hedged >= 0 else e.missing)


def confidence(
    e: Evidence,
    local: float,
    margin: float,
    article_sentences: int,
    match: IntentMatch | None = None,
    stories: int = 1,
    ordinary: bool = False,
    light: bool = False,
    incidental: float = 0.0,
    identified: bool = False,
    pinned: bool = False,
) -> float:
    """Probability that the top sentence answers the question, in [0, 1].

    ``incidental``: the share of the question the sentence lacks in the asker's own wording
    (:func:`incidental_gap`), read as covered by INCIDENTAL_GAP in a single long story, or in
    a long story the question has ``identified`` among several (IDENTIFIED_STORY_LEAD);
    among several stories none of which is far ahead, the log-odds take UNIDENTIFIED_STORY.
    A story ``pinned`` by the question's headline word (:func:`pinned_story`), identified, whose
    sentence is the clear best (CLEAR_BEST_MARGIN) is read as one story.

    ``ordinary``: the question is yes/no and the words the sentence lacks are everyday ones
    (:func:`ordinary_gap`); ``light``: its verb is a light one (:func:`asks_with_light_verb`),
    which no fact has, so the gap needs no fact of it.

    An intent with ``require_fact`` (e.g. "what did {person} say") is only answered from a
    sentence with a fact of the intent's predicate involving the entities the question names:
    a sentence that merely mentions Macron does not say what Macron said. And a question that
    names a country, place, organisation or person the sentence and its story never mention
    ("does China back the plan?") is not answered by it, however well the rest fits.
    """
    if (requires_fact(match) and e.intent_fact < 1.0) or e.unsaid:
        return UNSUPPORTED
    if e.name_miss:
        return NAME_MISSING
    long = 1.0 if article_sentences > LONG_ARTICLE else 0.0
    coverage = read_coverage(e)
    inputs = {
        "coverage": coverage,
        "fact": e.fact,
        "typed": e.typed,
        "local": local,
        "margin": min(margin, MAX_MARGIN),
        "named": 1.0 if e.named else 0.0,
        "type_miss": 1.0 if e.type_miss else 0.0,
        "intent_miss": 1.0 if e.intent_miss else 0.0,
        "long": long,
        "long_coverage": long * coverage,
    }
    z = CONFIDENCE_BIAS + sum(CONFIDENCE_WEIGHTS[k] * v for k, v in inputs.items())
    named = identified and pinned and margin >= CLEAR_BEST_MARGIN  # read as one story
    if stories > 1 and not named:  # other stories compete: a near miss is likelier
        z += SEVERAL_STORIES  # (see SEVERAL_STORIES)
        if not identified:  # and none of them is far ahead (see UNIDENTIFIED_STORY)
            z += UNIDENTIFIED_STORY
    elif (
        long and margin >= CLEAR_BEST_MARGIN and coverage >= CLEAR_BEST_COVERAGE and not e.type_miss
    ):
        z += CLEAR_BEST
    if (stories == 1 or identified) and long:
        z += INCIDENTAL_GAP * incidental
    if (
        stories == 1
        and long
        and ordinary
        and (e.fact >= ORDINARY_GAP_FACT or light)
        and coverage >= CLEAR_BEST_COVERAGE
        and not e.type_miss
    ):
        z += ORDINARY_GAP
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


LEAD_LABELS = {"person": "Who", "place": "Where", "time": "When"}
MAX_LEAD_ITEMS = 5


def lead(
    match: IntentMatch | None,
    facts: Iterable[Fact],
    resolved: Sequence[Resolved],
    question: rank.Question,
    leaders: Mapping[str, str] | None = None,
) -> str | None:
    """A short first line built only from the answering facts' own words: who, where or when.

    Only a fact with the intent's predicate counts, and only the side of it the question did not
    name: "who is Zelensky meeting" leads with the people Zelensky meets, not Zelensky. A role
    fact counts as :func:`_role_fits` says (``leaders`` as :attr:`Asked.led_by` gives them).
    """
    if match is None or match.intent.answer not in LEAD_LABELS:
        return None
    wants = match.intent.answer
    wanted = set(match.intent.predicates)
    named = {r.entity for r in resolved}
    keys = question.keys
    items: list[str] = []
    for fact in facts:
        predicate = fact["predicate"]
        if predicate == "role":
            if (
                "role" in wanted
                and wants == "person"
                and _role_fits(fact, named, keys, leaders, asked_titles(question))
            ):
                items.append(str(fact["subject"]))
            continue
        if predicate not in wanted:
            continue
        if wants in ("place", "time"):
            value = fact[wants]
        elif fact["subject_entity"] in named and fact["object_entity"] not in named:
            value = fact["object"]
        elif fact["subject_entity"] not in named and (fact["object_entity"] in named or not named):
            value = fact["subject"]
        else:
            value = None
        if value:
            items.append(" ".join(str(value).split()))
    items = list(dict.fromkeys(items))[:MAX_LEAD_ITEMS]
    return f"{LEAD_LABELS[wants]}: {'; '.join(items)}" if items else None


def warm_up() -> None:
    """Load the gazetteer's names now (about 0.1 s), not on the first question."""
    name_words()


# --- Order within one story ----------------------------------------------------------------------
# Between two sentences of one story the coverage bonus weighs each question word by its rarity
# in English, so a sentence that repeats a rare name of its story ("On the Greek island of Samos,
# two people died", "... was stolen on Saturday from Blenheim Palace") outweighs the one that
# states what the question asks ("Dominic Hare ... placed the value of the artwork in the range
# of five to six million"). Within a story, what its sentences keep repeating tells little about
# which of them answers: the story has established it, as it establishes its headline's names.
# So the candidates of each news story are put in the order of their score plus the coverage of
# such names they lack (story_relative), and take the story's scores in that order
# (within_stories): which story leads is decided as before, only which of its sentences carries
# its best score changes.
#
# A name the story establishes by repeating it: a question word of STORY_NAME_WEIGHT or rarer
# in at least STORY_NAME_COUNT of the story's candidates and STORY_NAME_SHARE of them, that its
# headline and lead do not already give; it counts as covered by every sentence of the story,
# at the coverage's weight (BONUS_WEIGHTS). Wikinews dev ranked first 327 -> 330 of 506, right
# and wrong citations unchanged.
STORY_NAME_WEIGHT = 3.0
STORY_NAME_COUNT = 3
STORY_NAME_SHARE = 0.25
# The question's relation, a verb of its main clause (asked_relation: "who *made* the toilet",
# "was Chirac ever *convicted*"), tells the other way: a common word, which the coverage weighs
# little, said by one or two sentences of the story. Within a news story a sentence that says
# it earns RELATION times its rarity share. Chosen from 5, 10, 15, 20 and with its rarity
# raised to STORY_NAME_WEIGHT (rare within its story, whatever its rarity in English): Wikinews
# dev ranked first 330 -> 333, right 188 and wrong 26 unchanged; at 20 with the raised rarity
# also 333, but a CHECK set cited one more wrong sentence, and another one ranked one fewer.
RELATION = 5.0
# Words that open a clause after the main one ("the toilet *that* got stolen", "when the house
# subpoenaed him", "according to ..."): a verb there describes what the question is about, it is
# not what it asks.
_CLAUSE_OPENERS = frozenset(
    """that which who whom whose when where after before while since because if until once
    according""".split()
)
# Words before a verb's base form that make it the question's verb ("did the Tories *win*")
_VERB_AUXILIARIES = frozenset("did does do will would can could should has have had".split())
# Words before a noun: a verb's form right after one is a noun or an adjective ("did the
# *judge* rule", "what did the *study* find", "who treated the *injured* officer")
_BEFORE_NOUN = frozenset("the a an this these those his her its their our my your".split())


def asked_relation(question: rank.Question, read: Sequence[str]) -> tuple[bool, ...]:
    """Per term of ``question``, whether it is a verb of the main clause of the question
    (``read``: its tokens as rank.read_tokens reads them): an inflected form of a verb of the
    lexicon ("made", "convicted", "arrested", "died") or a base form after an auxiliary ("did
    Bernie *win*"). A base form alone is often a noun ("fire", "judge", "study"), as is any
    form right after a determiner ("did *the judge* rule", "the *injured* officer"), and a verb
    after a clause opener describes the thing asked about ("who made the toilet *that got
    stolen*")."""
    verbs = verb_lemmas()
    main: list[str] = []
    for i, token in enumerate(read):
        if i and token in _CLAUSE_OPENERS and not _asks_again(read, i) and not _asks_first(read, i):
            break
        main.append(token)
    found = set()
    for j, token in enumerate(main):
        lemma = verbs.get(token)
        if lemma is None or (j and main[j - 1] in _BEFORE_NOUN):
            continue
        if lemma != token or not _VERB_AUXILIARIES.isdisjoint(main[:j]):
            found.add(token)
    return tuple(t.word in found for t in question.terms)


def _asks_first(read: Sequence[str], i: int) -> bool:
    """Whether the opener at ``read[i]`` is the question's own wh-word after its preposition:
    "*in which* year was Chirac convicted", "*by whom* was he killed"."""
    return read[i] in ("which", "whom", "whose", "when", "where") and all(
        word in PREPOSITIONS for word in read[:i]
    )


def _asks_again(read: Sequence[str], i: int) -> bool:
    """Whether the opener at ``read[i]`` asks a second question rather than opening a clause:
    "where and *when did* they meet" (a wh-word right before an auxiliary)."""
    return (
        read[i] in ("when", "where", "who", "which")
        and i + 1 < len(read)
        and read[i + 1] in rank.AUXILIARIES
    )


def story_relative(
    articles: Sequence[str],
    matches: Sequence[Sequence[float]],
    story: Sequence[Sequence[bool]],
    weights: Sequence[float],
    dated: Sequence[bool],
    relation: Sequence[bool] = (),
) -> list[float]:
    """Per candidate, what to add to its score to order it among its story's candidates (see
    STORY_NAME_WEIGHT and RELATION): the coverage of the names its story establishes by
    repeating them that it lacks, and the rarity share of the question's ``relation`` (per
    term, asked_relation) that it says. Only for a news story (``dated``): an encyclopedia
    summary (WikiQA's) is one document on one subject, whose sentences all name it, and says
    who did what in words of its own ("who discovered Neptune": "telescopic observations
    confirming the existence of a major planet were made"), where news reports an event with its
    verb; on WikiQA the relation cost MAP 0.8021 -> 0.7907."""
    total = sum(weights) or 1.0
    members: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        members.setdefault(article, []).append(i)
    out = [0.0] * len(articles)
    # the terms that could be story names (heavy enough) and the asked relation's: the
    # question's alone, read once rather than per story and candidate
    heavy = [t for t, weight in enumerate(weights) if weight >= STORY_NAME_WEIGHT]
    related = [t for t, asked in enumerate(relation) if asked]
    for rows in members.values():
        if len(rows) < 2 or not dated[rows[0]]:
            continue
        floor = max(STORY_NAME_COUNT, STORY_NAME_SHARE * len(rows))
        told = story[rows[0]]
        named = [
            t for t in heavy if not told[t] and sum(1 for i in rows if matches[i][t] > 0) >= floor
        ]
        if not named and not related:
            continue
        for i in rows:
            row = matches[i]
            lacks = sum(weights[t] for t in named if row[t] <= 0)
            says = sum(weights[t] for t in related if row[t] > 0)
            out[i] = (BONUS_WEIGHTS["coverage"] * lacks + RELATION * says) / total
    return out


def within_stories(
    articles: Sequence[str], scores: Sequence[float], keys: Sequence[float]
) -> list[float]:
    """The scores with each story's own scores dealt to its candidates in the order of ``keys``
    (highest first; ties keep the order of the candidates): a story's best score, and so the
    choice of story and the margin over another story, stays as it was."""
    members: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        members.setdefault(article, []).append(i)
    out = list(scores)
    for rows in members.values():
        if len(rows) < 2:
            continue
        slots = sorted((scores[i] for i in rows), reverse=True)
        for score, i in zip(slots, sorted(rows, key=lambda i: -keys[i]), strict=True):
            out[i] = score
    return out
