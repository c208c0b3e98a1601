"""What the fact table says about one candidate sentence for a question (:func:`evidence_for`).

Which of the asked entities a sentence has under any alias ("the Kremlin" is Russia), whether a
fact of it fills the asked slot, names the asked kind, is done to another thing, and which rare
question words it leaves uncovered. Separate because it is the per-candidate half of the
evidence: everything here judges one sentence against the question, never against the other
candidates (:mod:`bot.story_rivals`) and never weighs the result (:mod:`bot.decide`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz

from facts.lexicon import bodies_of, name_words

from . import question_analysis, rank_common, sentence_analysis, term_matching
from .question_evidence import ANSWER_KINDS, GENERIC_PREDICATES, Asked, predicate_stems
from .question_parts import LEADER_WORDS, NOTHING, PREPOSITIONS, REPORTING, STANCE, TOPICLESS_GROUPS
from .text import STOPWORDS, match_keys, run_starts, same_words, stem, tokenize


class Fact(Protocol):
    """A row of the fact table, read by column name (Corpus.facts_for_sentences gives sqlite3
    rows)."""

    def __getitem__(self, column: str) -> object: ...


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


def _answers(wants: str, others: set[str], kinds: Mapping[str, str]) -> int:
    """How many entities of the kind asked for the sentence names besides the question's own:
    "which European leaders will Zelensky meet" is answered by the sentence that lists five."""
    wanted = ANSWER_KINDS.get(wants)
    if not wanted:
        return 0
    return sum(1 for entity in others if kinds.get(entity) in wanted)


def role_fits(
    fact: Fact,
    named: Collection[str],
    keys: frozenset[str],
    leaders: Mapping[str, str] | None = None,
    titles: frozenset[str] = frozenset(),
    patrons: Collection[str] = (),
) -> bool:
    """A role fact answers "who is X" when X is its person, "who is the German chancellor"
    when the question has every word of the title ("German Chancellor"), and "who is the
    Lithuanian leader" or "who leads Lithuania" when its person leads a country or organisation
    the question names (``leaders``, person -> what they lead): "Lithuanian President". A
    title's word is had in any spelling of its role: ``keys`` are the question's with its roles'
    other spellings (question_parts.with_role_spellings: "who is the twitter ceo" has "Twitter
    Chief Executive")."""
    subject = fact["subject_entity"]
    if subject in named:
        # "who is Trump's envoy" names Trump but asks for someone else's role: a role fact
        # of Trump answers it only if his title has every title word the question asks about
        title = sentence_analysis.title_part_stems(str(fact["object"] or ""))
        return all(word in title for word in titles)
    if leaders and _leads_named(fact, leaders, named):
        return True
    if patrons and fact["object_entity"] in patrons:
        # "whats the name of trumps envoy": "White House envoy Steve Witkoff" holds a role of
        # what Trump leads, with every title word asked
        title = sentence_analysis.title_part_stems(str(fact["object"] or ""))
        return all(word in title for word in titles)
    title = sentence_analysis.title_stems(str(fact["object"] or ""))
    return bool(title) and all(
        word in keys or any(_near(word, key) for key in keys) for word in title
    )


def _served_by(facts: Sequence[Fact], people: AbstractSet[object]) -> set[object]:
    """What the ``people`` hold a role of, by the sentence's role facts ("White House envoy
    Steve Witkoff": the United States)."""
    return {
        f["object_entity"]
        for f in facts
        if f["predicate"] == "role" and f["subject_entity"] in people and f["object_entity"]
    }


def _said_by_kin(fact: Fact, kin: AbstractSet[str], sentence: str = "") -> bool:
    """Whether ``fact``'s subject or speaker, as the sentence words them, is called by one of
    the kin nouns a question asks with ("His wife Mary" for "what did munk's wife say"), or
    by a word meaning just that ("father" for "dad"), in the fact's words or beside its name
    in ``sentence`` (_kin_beside)."""
    forms = kin | {w for k in kin for w in same_words(k)}
    words = tokenize(f"{fact['subject'] or ''} {fact['speaker'] or ''}")
    return not forms.isdisjoint(words) or _kin_beside(sentence, fact, forms)


# how many words from a speaker's name a kin noun naming them may stand ("said his *father*,
# Abdullah Kurdi"; "Susan Bro, Heather Heyer's *mother*, told reporters")
KIN_REACH = 3


def _kin_beside(sentence: str, fact: Fact, forms: AbstractSet[str]) -> bool:
    """Whether ``sentence`` calls the one who says ``fact`` (its subject, else its speaker) by
    a kin noun of ``forms`` within KIN_REACH words of their name, an apposition the fact
    leaves out: its subject is "Abdullah Kurdi", and "what did alan kurdi's dad say" was
    withheld as no saying of the dad's."""
    name = tokenize(str(fact["subject"] or fact["speaker"] or ""))
    tokens = tokenize(sentence)
    for start in run_starts(tokens, name):
        end = start + len(name)
        near = tokens[max(0, start - KIN_REACH) : start] + tokens[end : end + KIN_REACH]
        if not forms.isdisjoint(near):
            return True
    return False


def _leads_named(fact: Fact, leaders: Mapping[str, str], named: Collection[str]) -> bool:
    """Does the fact's person lead a country or organisation the question names, or a body of
    one (facts.lexicon.bodies_of: the Commission's head is the EU chief)?"""
    return any(body in named for body in bodies_of(leaders.get(str(fact["subject_entity"]))))


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
        if clock and wants == "time" and not sentence_analysis.shows_clock_time(value):
            return False
        return any(w not in asked and w not in STOPWORDS for w in tokenize(value))
    if wants == "person":
        return bool(others)
    return None


# Answer types a fact of the asked verb does not give by itself ("X died on Monday" is a death,
# not its cause); a statement is the fact itself (an "agree" or "say" fact is what was said)
SHOWN_TYPES = sentence_analysis.TYPED - {"statement"}
# The word of "how old" that names the answer's type, which a sentence stating an age ("Actor
# Doris Day dies at 97", "he was 101") answers without using: covered there, not a word the
# sentence lacks. Age has specific wording (sentence_analysis._AGE). Measured one word at a time:
# "old" +1 right on the Wikinews dev sets; "long" covered by a duration +1 right (a CHECK set) and
# another, but it answered hand-written near misses ("how long was Doris Day married to her
# third husband" from "in 1968", a bare year being a duration; "how long had Nkurunziza been
# president" from "twelve years of civil war") and cost WikiQA F1 0.4549 -> 0.4531; "many"
# covered by any number +6 right for +6 wrong citations; "much" nothing.
TYPE_NAMING_WORDS = {"age": "old"}
# The words that name a result, one number against another (Question.unit "tally": "what was the
# final score", "what were the vote numbers"), which a sentence stating the result ("a 22
# points to 10 win", "passed by votes of 230-to-197") answers without writing them: news
# reports the score, not the word "score", as it reports "dies at 97", not "old". "final" is
# the result's own qualifier ("final score", "final tally"): a reported result is the final one.
TALLY_NAMING_WORDS = frozenset(
    "score scores scoreline tally final numbers count result results breakdown".split()
)


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
    # ``fact`` as the ranking bonus reads it, a fact whose verb the question has only as a noun
    # at NOUN_FACT_SHARE (None: ``fact`` itself)
    ranking_fact: float | None = None


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
        credit >= rank_common.RELATED and not done_to.isdisjoint({t.stem, *t.related})
        for t, credit in zip(q.question.terms, matches, strict=True)
    ):
        return False
    return _has_thing(fact, done_to) is False


def _done_to_doer(fact: Fact, doers: AbstractSet[str]) -> bool:
    """Whether the fact does its verb to the doer of "who is X meeting" (Asked.doers) rather
    than has X do it: "The European leaders set to meet with Zelensky include ..." against
    "Zelensky is set to meet with US President Donald Trump" (DONE_TO_DOER)."""
    return bool(doers) and fact["object_entity"] in doers and fact["subject_entity"] not in doers


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
    return frozenset(
        k for w in {*words, *question_analysis.read_tokens(words)} for k in match_keys(w)
    )


def forget_word_keys() -> None:
    """Forget the fact verbs' match keys worked out so far: the word groups they were read with
    changed (bot.text.use_word_groups)."""
    _predicate_keys.cache_clear()


def _reversed_roles(fact: Fact, subject: frozenset[str]) -> bool:
    """Whether the fact has the question's subject as its object and not as its subject: "the
    meetings may involve discussions about the security guarantees" does not say what the
    guarantees involve."""
    done_by = {stem(w) for w in tokenize(str(fact["subject"] or ""))}
    done_to = {stem(w) for w in tokenize(str(fact["object"] or ""))}
    return done_by.isdisjoint(subject) and not done_to.isdisjoint(subject)


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
    leader_named: bool = False,
    untold: bool = False,
    referred: AbstractSet[str] = frozenset(),
    sentence: str = "",
) -> Evidence:
    """What the fact table says about one candidate sentence for the question ``q``: the
    entities it ``mentions``, its ``facts``, and per question term its credit (``matches``),
    whether the sentence's story (headline, lead names) already has it (``in_story``), and
    whether any candidate sentence of the story has it (``said_in_story``: a name the story
    uses somewhere is no name the coverage lacks); ``shown``: the word of the question that
    names the answer's type, which the sentence's wording answers (COUNT_NAMING_WORD,
    DURATION_NAMING_WORD); ``dated``: the sentence is a news story's (see _undated_event);
    ``leader_named``: it names the leader of what the question names (:func:`names_leader_of`),
    which covers the question's words for a leader; ``untold``: it says that what the question
    asks to be known is not, and the question's words its story says elsewhere are covered
    (the story sets the matter, the sentence need not repeat it); ``referred``: the names the
    question puts before a noun the sentence refers back to with "the" (the story names them:
    confidence_checks._referred_names), covered as the story's; ``sentence``: the candidate's
    text, where it has facts, in which a kin noun may name a fact's speaker (_said_by_kin)."""
    named, led = q.named, q.leaders
    named_here = mentions  # the entities the sentence itself names, before speakers join them
    if named and facts:
        # whoever speaks a sentence is in it: the second sentence of Cruz's quote is Cruz's
        speaking = {speaker for f in facts if (speaker := f["speaker"]) in named}
        if speaking:
            mentions = mentions | speaking
    # a leader counts as mentioned where their country is: "Russia demands" is what Putin wants
    # (and a country is, where its leader is, and so are the body a leader heads and what it is
    # part of: von der Leyen names the Commission and the EU); most sentences mention nobody
    present = (
        mentions
        | {e for e in named if stands_for(e, mentions, led)}
        | {body for m in mentions if m in led for body in bodies_of(led[m])}
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
    elif leader_named:
        covered_words |= LEADER_WORDS  # "Trump and Putin met": the US leader and Russia's
    if untold and said_in_story:
        # "do we know the exact agenda for monday": "The exact agenda for the meetings has not
        # been disclosed", and the story's meetings are on Monday (its lead says so)
        covered_words = covered_words | {
            word for word, said in zip(q.term_words, said_in_story, strict=True) if said
        }
    if referred:
        covered_words = covered_words | referred
    naming = TYPE_NAMING_WORDS.get(q.wants)
    if naming is not None and typed_match > 0:
        covered_words = covered_words | {naming}  # "dies at 97" says how old
    if shown:
        covered_words = covered_words | {shown}  # "twenty people ... killed" says how many
    if typed_match > 0 and q.question.unit == "tally":
        covered_words = covered_words | TALLY_NAMING_WORDS  # "22 points to 10" is the score
    missing, worst, name_miss, excused = _uncovered(
        q, matches, in_story, covered_words, said_in_story
    )
    fact_score = 0.0
    ranking_fact = 0.0  # fact_score as the ranking bonus reads it (NOUN_FACT_SHARE)
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
            if "role" in wanted and role_fits(
                fact, named, q.role_keys, q.led_by, q.titles, q.patrons
            ):
                fact_score = intent_fact = ranking_fact = 1.0
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
        if noun and not own and noun in predicate_stems(predicate):
            continue
        # most facts of a sentence have a verb the question does not ask about: skipped first
        if not intended and not own and keys.isdisjoint(predicate_stems(predicate)):
            if verbless and _about(fact, q, named):
                fact_score = max(fact_score, VERBLESS_FACT)
                ranking_fact = max(ranking_fact, VERBLESS_FACT)
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
                if not said and (q.patrons or q.speaking_bodies):
                    # "what did trump's man say": a speaker holding a role of what Trump leads;
                    # "what did amnesty say?": one holding a role of Amnesty speaks for it ("...,"
                    # Hong Kong director of Amnesty International Man-kei Tam said"), as Putin
                    # speaking is Russia speaking
                    served = _served_by(facts, sayers)
                    said = not (q.patrons | q.speaking_bodies).isdisjoint(served)
                if not said and q.kin:
                    # "what did munk's wife say": "His wife Mary said ..."
                    said = _said_by_kin(fact, q.kin, sentence)
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
        # a verb the question has only as a noun ("what are these security guarantees made
        # of": "... to guarantee security") names what it asks about, not the relation asked
        named_only = not intended and not own and q.verb_keys.isdisjoint(predicate_stems(predicate))
        share_ranked = NOUN_FACT_SHARE if named_only else 1.0
        if _done_to_doer(fact, q.doers):
            share_ranked *= DONE_TO_DOER
        ranking_fact = max(ranking_fact, (0.5 + 0.5 * share) * slot * share_ranked)
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
        ranking_fact,
    )


def _stance_unsaid(q: Asked, matches: Sequence[float]) -> bool:
    """Whether the question asks with a verb of liking or another small word of a stance ("does
    Macron like the plan", "is Macron ok with it", "is he against it", read as a stance by
    question_analysis.analyze) and the sentence has no word of a stance: one that merely names
    Macron, the plan and the guarantees says nothing of what he thinks of them, and "like" is
    too common a word for its absence to weigh (it was answered at 0.54 with the list of
    leaders)."""
    liking = q.liking  # the terms of liking, found once per question
    return bool(liking) and all(matches[i] <= 0 for i in liking)


def names_leader_of(q: Asked, mentions: AbstractSet[str]) -> bool:
    """Whether the sentence names someone who leads a country or body the question names:
    "the us leader" is Donald Trump, whom the entity table holds as the United States'
    president, and a sentence naming him ("Trump and Russian President Vladimir Putin agreed")
    names the US leader without the word. Whoever heads a body of an organisation leads it too
    (facts.lexicon.bodies_of): the head of the European Commission is "the EU chief", and not
    the head of the European Parliament, another of its bodies."""
    led, named = q.leaders, q.named
    return bool(led) and any(not named.isdisjoint(bodies_of(led.get(m))) for m in mentions)


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
    unnamed: AbstractSet[str] = frozenset(),
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
    sentence without people, where it acts itself ("Russia demands", "the Kremlin opposes").
    The entities of ``unnamed`` the question names by no name of theirs (an everyday word the
    resolver took for one, confidence_checks._everyday_word_people) are not asked for."""
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
        if e not in unnamed
    )


# The fact score of such a fact: half of one with the question's own verb (a chosen value, not
# fitted; 0.5 is what a fact of the asked verb missing half its named entities scores).
VERBLESS_FACT = 0.5
# What the ranking bonus gives a fact whose verb shares a stem (or a related word's) only with
# words the question uses as nouns (question_parts.noun_words), of the credit it gives one
# with the question's verb: "what are these security guarantees made of" asks what they
# consist of, and "This includes the deployment of a ... force on Ukrainian territory to
# guarantee security" states no such thing by its "guarantee" fact; "has anyone put out the
# agenda" is not answered by "The talks are expected to focus on ..." for its "focus" fact (a
# word related to "agenda"). Half, as a fact that leaves the asked slot empty counts (the
# slot of evidence_for). Only in the ranking: the confidence reads ``fact`` as before. Seed dev
# sets: ranked first 1294 -> 1298 of 1379, right 1183 -> 1186, wrong citations 36 -> 35, none
# lost; Wikinews dev, the fresh sets and WikiQA unchanged. Left out of the ranking altogether it
# gained more seed answers (right +8) but cost WikiQA (MAP 0.8130 -> 0.8089, F1 0.4885 ->
# 0.4809) and two seed answers their rank.
NOUN_FACT_SHARE = 0.5
# The share of the ranking's fact credit kept by a fact that does the asked verb *to* the X of
# "who is X meeting", "who does the ukrainian leader meet" (question_evidence.doers_named): the
# question's X acts and asks whom X does it to, which a sentence with X as the verb's subject
# tells ("Zelensky is set to meet with US President Donald Trump"); one with X as its object
# ("The European leaders set to meet with Zelensky include ...") tells who does it to X. Half,
# as NOUN_FACT_SHARE: a tie-break among sentences with the question's words, not a bar (a verb
# such as "meet" goes both ways, and "which european leaders will zelensky meet" is answered by
# the list). Only in the ranking: the confidence reads the fact as before.
DONE_TO_DOER = 0.5
ANAPHORS = frozenset("this that these those it them such".split())
INDEFINITE = frozenset({"a", "an"})


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
    the pronoun it opens with (term_matching.CONTEXT_CREDIT), counted uncovered in the share the
    credit leaves: "However, these efforts face strong opposition from the Kremlin" takes "army" and
    "independence" from "This force would ... underpin Ukraine's sovereignty", which says them,
    and with its own "strong" covered all of "what would a strong Ukrainian army mean for the
    country's independence" as fully as that sentence did. A pronoun stands for a thing said
    before, not for every word of the sentence that said it. For the ranking bonus only."""
    context = term_matching.CONTEXT_CREDIT
    for credit in matches:  # a loop, not any() over a generator: run for every candidate
        if 0 < credit <= context:
            break
    else:
        return 0.0  # most sentences take no word from the one before
    titled = in_story or (False,) * len(matches)
    out = 0.0
    for word, weight, credit, titled_term in zip(
        q.term_words, q.weights, matches, titled, strict=True
    ):
        if 0 < credit <= term_matching.CONTEXT_CREDIT and not titled_term and word not in covered:
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
    # _person_said, worked out only for a sentence that leaves a listed name word uncovered
    # (most leave none: it was 0.7% of a bench question's bytecodes, worked out for each)
    described: bool | None = None
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
            if elsewhere or name_miss:
                continue
            if (
                word in q.unknown_names
                or word in q.topic
                or word in q.typed_names
                or word in q.entity_words
            ):
                name_miss = True
            elif word in names:
                # a name word the question puts by a person it names describes whom it means
                if described is None:
                    described = _person_said(q, matches)
                name_miss = not described
    if q.topic and _off_topic(q, matches, titled, covered):
        name_miss = True
    return missing, worst, name_miss, excused


def _person_said(q: Asked, matches: Sequence[float]) -> bool:
    """Whether the sentence names, by every word the question uses, a person the question
    names: then a bare word of a name list the question puts by that person, and resolves to
    nothing of its own ("the eu *commission* lady, von der leyen", "the head of the eu
    *commision* von der lien" - "EU chief Ursula von der Leyen"), is the asker's description of
    whom they mean, not another actor the story must name. The person identifies the one
    meant; a word the resolver reads as a name itself (Asked.entity_words) still must be named."""
    credit = dict(zip(q.term_words, matches, strict=True))
    return any(
        q.kinds.get(entity) == "person" and all(credit.get(w, 0.0) > 0 for w in words)
        for entity, words in q.spans
        if words
    )


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


def _subject_stems(fact: Fact) -> frozenset[str]:
    """The stems of the words of a fact's subject ("The meetings": meet)."""
    return frozenset(stem(w) for w in tokenize(str(fact["subject"] or "")))
