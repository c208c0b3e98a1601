"""Which words of a question are its subject, its verb, its object, the noun it asks for.

:func:`asked_subject` ("what do *the Russians* want"), :func:`asked_verb`, :func:`asked_object`
("who opposes *the deal*"), :func:`asked_head` ("what *microbes*"), :func:`asked_relation`, the
subject of a yes/no or a keyword question, and the words that only set the scene ("... *when
they met*") or only name the second of two alternatives. Separate because each reads the
question's tokens alone, with no fact, sentence or score: the evidence, the gap checks and the
decision all ask these same questions of the wording.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from facts.lexicon import lexicon, role_titles, verb_form, verb_lemmas
from facts.words import MODALS, OWN, phrases

from . import question_analysis, rank_common
from .question import context_words, elaborating_words, topic_words
from .resolve import Resolved
from .text import STOPWORDS, match_keys, plural, regular_past, stem, tokenize, zipf

NOTHING: frozenset[str] = frozenset()

# Words that open a trailing clause setting the scene of a question ("... when he arrived in
# Dover"): its words, where the best sentence lacks them but its story has them, are excused as
# hedges are (see in_scene and _uncovered).
SCENE_OPENERS = frozenset("when after before while once".split())
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


def warm_up() -> None:
    """Build the tables a question's reading takes from the lexicon on first use (the irregular
    pasts, the roles a question may ask for) now, not while the first question that needs one
    waits (0.4 and 0.15 ms; bot.answer.Answerer.warm_up)."""
    _irregular_past()
    _asked_roles()


def past(token: str) -> bool:
    """A verb in the past tense: regular ("arrived"; text.regular_past, the test the question's
    reading uses, so "a hundred", "sacred" and "speed" are none) or an irregular one."""
    return regular_past(token) or token in _irregular_past()


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
    probably perhaps maybe like anyway suddenly directly famous""".split()
) | {OWN}  # "his own lions": where the sentence says "his lions", "own" only stressed whose
# "directly" (and "face to face", bot.question.SHORTHAND) stresses how a meeting or a delivery
# goes, which the sentence's bare wording already says: "will russia sit down with ukraine
# directly" is answered by "unwilling to engage in ... talks with Ukraine", "would the us
# weapons go to ukraine directly or to the european-led force" by "supply ... to Ukraine or to
# a European-led force". "Famous" is the asker's own description of whom they mean ("which
# famous actor used to stay at Bontddu Hall"): news names the actor without saying it.


# Words that ask for whoever leads ("who leads Lithuania", "the Lithuanian leader"), whatever the
# title; a title itself ("Lithuania's prime minister") asks for that title only. Who
# "represents" a body at a meeting is whoever holds its title there ("who represents the eu at
# the meetings": "EU chief Ursula von der Leyen"; seed dev +2 right, withheld at 0.21 and 0.45
# before; nothing else moved on seed or Wikinews dev).
LEADER_WORDS = frozenset(
    """leader leaders lead leads head heads boss runs represents representing""".split()
)


# Stems of one-word titles (envoy, president, spokesman), but not of the words that ask for
# whoever leads (see LEADER_WORDS): a question with one asks about that title's holder.
_TITLE_STEMS = frozenset(
    stem(words[0]) for words in role_titles() if len(words) == 1 and words[0] not in LEADER_WORDS
)


def asked_titles(question: question_analysis.Question) -> frozenset[str]:
    """The title words a question uses ("who is Trump's *envoy*")."""
    return frozenset(t.stem for t in question.terms if t.stem in _TITLE_STEMS)


def soft(
    question: question_analysis.Question, names: AbstractSet[str] = frozenset()
) -> tuple[bool, ...]:
    """Per term: a hedge (SOFT_WORDS), a word only of a closing yes/no question that guesses
    at or elaborates on the question before it (question.elaborating_words), or a word of what
    the asker says before a question that refers back to it (question.context_words), not of
    the ``names`` resolved there: counted where the sentence has it, neither matched nor
    missing where it lacks it."""
    told = frozenset(
        w
        for w in topic_words(question.text)
        if w not in CRUCIAL_QUALIFIERS
        and w not in rank_common.NUMBER_WORDS
        and not any(c.isdigit() for c in w)
    )
    elaborating = elaborating_words(question.text) | ((context_words(question.text) | told) - names)
    tokens = tokenize(question.text)
    elaborating |= phrasal_verbs(tokens)
    elaborating |= light_verbs(tokens)
    elaborating |= asker_beliefs(tokens)
    elaborating |= hearsay(tokens)
    elaborating |= announced_count(tokens)
    if question.kind == "yesno":
        elaborating |= YESNO_EMPHASIS
    return tuple(term.word in SOFT_WORDS or term.word in elaborating for term in question.terms)


# What a yes/no question stresses its claim with ("would there be *actual* european troops in
# ukraine", "would foreign soldiers *physically* be stationed there"): whether the thing is so,
# not a thing of its own. A wh-question's "actual" asks for precision ("the actual date") and
# stays crucial (CRUCIAL_QUALIFIERS).
YESNO_EMPHASIS = frozenset("actual physically literally".split())


# Verbs by which the asker puts forward what they hold: "*i think* the us would give logistics
# to the european force, am i remembering that right"
BELIEF_VERBS = frozenset("think thought believe reckon suppose".split())


def asker_beliefs(tokens: Sequence[str]) -> frozenset[str]:
    """The belief verbs the asker says of themselves ("i think ..."): the claim after them is
    what the question checks, which a sentence states without anyone's believing it. Another's
    belief ("what does macron think") is asked itself."""
    return frozenset(
        tok for i, tok in enumerate(tokens) if tok in BELIEF_VERBS and i and tokens[i - 1] == "i"
    )


# What the asker calls the questions they announce ("two things: ...", "2 questions - ...",
# "couple of qs: ...", "2 q's: ...", which the tokens have as "q")
_ASKED_ITEMS = frozenset("things questions qs q parts points".split())
_COUNT_WORDS = frozenset("two three four couple few".split())


def announced_count(tokens: Sequence[str]) -> frozenset[str]:
    """The count the message opens with when it announces what it asks ("*two* things: what is
    nauseda asking for, and who's opposing the guarantee efforts", "*2* things: what came of the
    alaska talks ..."): how many questions follow, no word of any of them, which no sentence
    that answers has. Counted as missing, it held back the best sentence of seed dev's four
    such questions. Only at the message's start, before a word for the items (_ASKED_ITEMS):
    "two leaders", "what are the three things" count what is asked."""
    at = 0
    while at < len(tokens) and tokens[at] in _OPENING_TALK:
        at += 1
    count = tokens[at : at + 1]
    if not count or not (count[0] in _COUNT_WORDS or count[0].isdigit()):
        return frozenset()
    after = tokens[at + 1 : at + 3]
    if after[:1] == ["of"]:  # "couple of things"
        after = after[1:]
    return frozenset(count) if after[:1] and after[0] in _ASKED_ITEMS else frozenset()


_OPENING_TALK = frozenset("ok okay so quick hey well right".split())


# How the asker says where they got a claim: what they read or saw ("*i read* the hotel that
# burned had too many floors, is that right?"), and what someone told them ("*someone said* a
# bomb hidden in food?", "*my cousin says* only ukraine")
_ASKER_SOURCES = frozenset("read saw".split())
_SAYING = frozenset("says said tells told reckons".split())  # not "say": "what did people say"
# Who tells the asker: anyone, said alone ("someone said"), or one of the asker's own, after
# "my" or "a" (_TELLERS_OWNERS: "my cousin says", "a friend told me")
_ANYONE = frozenset("someone somebody everyone everybody people".split())
_TELLERS = _ANYONE | frozenset("friend mate cousin".split())
_TELLERS_OWNERS = frozenset("my a".split())


def hearsay(tokens: Sequence[str]) -> frozenset[str]:
    """The words by which the asker tells where a claim came from (see above): their reading
    or seeing after "i", and a teller of theirs with the verb of saying after it ("someone
    said", "my cousin says", "a friend told me"). The claim is what is asked; no sentence that
    answers says the asker read it or was told it. Another's saying ("what did macron say",
    "the ministry said") is asked itself."""
    words: set[str] = set()
    for at, tok in enumerate(tokens[1:], start=1):
        before = tokens[at - 1]
        if tok in _ASKER_SOURCES and before == "i":
            words.add(tok)
        elif tok in _SAYING and before in _TELLERS:
            own = at >= 2 and tokens[at - 2] in _TELLERS_OWNERS
            if own or before in _ANYONE:
                words.update((before, tok))
    return frozenset(words)


def light_verbs(tokens: Sequence[str]) -> frozenset[str]:
    """The question's light verbs (_LIGHT_FORMS), whose object says what is done ("is the world
    *putting* more pressure on russia", "which president *put* stevens on the supreme court",
    "the politician that *took* facebook to court", "willing to *keep* arming ukraine"): a
    sentence says it with a verb of its own ("nominated", "sued", "supply"), so the light verb is
    how the asker tells it, as a phrasal verb's is (:func:`phrasal_verbs`). Not one that "what"
    or "which" asks as its subject ("what *put* him in the hospital": there the verb is all the
    question asks, and the hospital sentence was cited for it), nor one a particle makes a verb
    of its own ("what country *took over* ireland": WikiQA answered it, 0.07 -> 0.54, F1 0.4885
    -> 0.4867). Seed dev right 1267 -> 1272, Wikinews dev 410 -> 415, no wrong citation more
    (with coverage_gaps._LIGHT_ING and text.ORDINARY_ZIPF in the resolver); with "come" and "go"
    too, +6 and +8 for 2 and 2 wrong citations: those are the claim ("will Putin *come* to the
    Washington talks", "how did the meeting *go*")."""
    return frozenset(
        word
        for at, word in enumerate(tokens)
        if word in _LIGHT_FORMS
        and not (at > 0 and tokens[at - 1] in _WH_SUBJECTS)
        and not (at + 1 < len(tokens) and tokens[at + 1] in _OWN_MEANING_PARTICLES)
    )


_WH_SUBJECTS = frozenset("what which who whats wat".split())
# particles that make a light verb a verb of its own ("what country *took over* ireland": seized)
_OWN_MEANING_PARTICLES = frozenset("over away back".split())
# put, take, keep, give and get in their forms ("have", "make" and "do" are stop words or ask
# what something is made of)
_LIGHT_FORMS = frozenset(
    """put puts putting take takes took taking keep keeps kept keeping give gives gave giving
    get gets got getting""".split()
)


# The particles that make a common verb a phrasal verb whose meaning is not the verb's ("line
# up" troops, "shut off" the power, "put up" money): adverbs, never a preposition before a noun
# ("on", "in", "for" mostly are one).
_PHRASAL_PARTICLES = frozenset("up off out down".split())
# A verb this common (Zipf) carries little meaning of its own before a particle
_LIGHT_VERB_ZIPF = 4.5


def phrasal_verbs(tokens: Sequence[str]) -> frozenset[str]:
    """The common verbs of the question's phrasal verbs that facts/data/phrases.txt does not
    read as one word ("how many troops did the governor *line* up": "he has arranged for 3000
    of the National Guard"; "who *put* on the party": "organised by"): a news sentence says
    the deed with one verb of its own ("arranged", "organised", "scheduled the blackouts"), so
    the chat verb is how the asker tells it, counted where the sentence has it and neither
    matched nor missing where it lacks it. A listed phrase ("shut down", "set up") is read as
    its word already and stays."""
    listed = {at for at, _, _ in phrases(tokens)}
    return frozenset(
        word
        for at, (word, particle) in enumerate(itertools.pairwise(tokens))
        if particle in _PHRASAL_PARTICLES
        and at not in listed
        and word not in STOPWORDS
        and word.isalpha()
        and zipf(word) >= _LIGHT_VERB_ZIPF
    )


DO_AUXILIARIES = frozenset("do does did will would can could should".split())
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
    return tokens[at] in ("what", "whats") and tokens[at + 1] in DO_AUXILIARIES


_TOPIC_PRONOUNS = frozenset("they it".split())


def _topic_subject(tokens: Sequence[str]) -> frozenset[str]:
    """Stems of the topic a question names first and then asks about with a pronoun: "ukraine
    security guarantees, what do *they* consist of" asks what the guarantees consist of, as
    "what do the security guarantees consist of" does. Empty for any other form."""
    for at in range(2, len(tokens) - 3):
        if _asks_what_do(tokens, at) and tokens[at + 2] in _TOPIC_PRONOUNS:
            span = tokens[:at]
            if any(
                t in question_analysis.QUESTION_WORDS or t in question_analysis.AUXILIARIES
                for t in span
            ):
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


# Words that open a noun phrase, so that the word after them (or after them and one modifier)
# is a noun: "the agenda", "these talks", "its army". Not "this" and "that", which also stand
# alone ("does this help", "the guarantees that protect"), nor "her" ("let her speak").
_PHRASE_DETERMINERS = frozenset(
    "the a an these those its their his our my your any such every each".split()
)


def noun_words(tokens: Sequence[str]) -> frozenset[str]:
    """The words a question uses only as nouns: right after a determiner ("has anyone put out
    *the agenda*", "how important are *the discussions*"), or after a determiner and one
    modifier when plural ("what are *these security guarantees* made of", "*the upcoming
    discussions*"), a plural marking the noun a verb after "the X" would not be ("does the
    kremlin want": a question puts its verb in the bare form after "does"). A word that
    stands elsewhere without them ("what do they *guarantee*") is not one. Read by the fact
    evidence: a fact whose verb shares only such a word's stem ("... to guarantee security")
    is about what the question names, not the relation it asks (see
    fact_evidence.NOUN_FACT_SHARE)."""
    places: dict[str, list[bool]] = {}
    for i, word in enumerate(tokens):
        if word in STOPWORDS:
            continue
        after_determiner = i >= 1 and tokens[i - 1] in _PHRASE_DETERMINERS
        after_modifier = (
            i >= 2
            and tokens[i - 2] in _PHRASE_DETERMINERS
            and tokens[i - 1] not in STOPWORDS
            and word.endswith("s")
            and not word.endswith("ss")
        )
        places.setdefault(word, []).append(after_determiner or after_modifier)
    return frozenset(word for word, nouns in places.items() if all(nouns))


# The words that may stand between "who" and the auxiliary of "who is X meeting", or between
# the auxiliary and X ("who *else* is zelensky meeting", "who is *the* ukrainian leader meeting")
_DOER_FILLERS = frozenset("else the".split())


def asked_doer_at(tokens: Sequence[str]) -> int | None:
    """Where X stands in a question "who AUX X VERB" ("who is zelensky meeting", "who does the
    ukrainian leader meet", "... and who does zelensky meet there"): X does what is asked, and
    the one asked for is what X does it to, so a sentence in which X does it answers it before
    one in which it is done to X (fact_evidence.DONE_TO_DOER). None for any other form; the
    caller checks that a word follows X (its verb: "who is zelensky" names no one acting)."""
    for i, word in enumerate(tokens):
        if word not in ("who", "whom"):
            continue
        at = i + 1
        while at < len(tokens) and tokens[at] in _DOER_FILLERS:
            at += 1
        if at < len(tokens) and tokens[at] in question_analysis.AUXILIARIES:
            at += 1
            while at < len(tokens) and tokens[at] in _DOER_FILLERS:
                at += 1
            return at if at < len(tokens) - 1 else None
    return None


def asked_object(tokens: Sequence[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The match keys of the verb and of the object X of a question "who VERBs X" ("who opposes
    the security guarantees", "who supplies the weapons"): what the one asked for does to what.
    Empty for any other form ("who will Zelensky meet" has an auxiliary, and asks for the
    object)."""
    if len(tokens) < 3 or tokens[0] != "who" or tokens[1] in STOPWORDS:
        return NOTHING, NOTHING
    if tokens[1] in question_analysis.AUXILIARIES:
        return NOTHING, NOTHING
    done_to = frozenset(k for t in tokens[2:] if t not in STOPWORDS for k in match_keys(t))
    return (match_keys(tokens[1]), done_to) if done_to else (NOTHING, NOTHING)


def asked_verb(tokens: Sequence[str]) -> str | None:
    """The verb that ends a "what do X VERB" question (see :func:`asked_subject`)."""
    if not asked_subject(tokens):
        return None
    end = len(tokens) - 1
    return tokens[end - 1] if tokens[end] in _PARTICLES else tokens[end]


def in_scene(question: question_analysis.Question, tokens: Sequence[str]) -> tuple[bool, ...]:
    """Per term: does the question have it only in a trailing clause that sets the scene with a
    past event ("what did Zapata tell reporters *when he arrived in Dover*", "until when did
    Moscow extend its lockdown *back when covid passed a million cases*")? Such a clause says
    which moment is meant; the story reports it, often in another sentence than the answer
    ("Upon arrival, Zapata told reporters ..."). A clause without a verb in the past tense
    ("after their meeting", "when he sees them") may speak of what has not happened, which is
    what a near miss asks about, so its words stay words to find."""
    start = scene_start(tokens)
    if not any(past(t) for t in tokens[start + 1 :]):
        return (False,) * len(question.terms)  # "after their meeting": it may not have happened
    before = as_read(tokens[:start])
    after = as_read(tokens[start:])
    return tuple(t.word in after and t.word not in before for t in question.terms)


def scene_start(tokens: Sequence[str]) -> int:
    """Where a trailing clause that sets the scene opens (a SCENE_OPENERS word after the
    question's first two words: "what did Zapata tell reporters *when* he arrived"), or
    ``len(tokens)`` when there is none. "Where and when did they meet" and "... when did" ask
    a second question instead."""
    return next(
        (
            i
            for i, t in enumerate(tokens[:-1])
            if i >= 2
            and t in SCENE_OPENERS
            and tokens[i - 1] not in ("and", "or")  # "where and when did they meet"
            and tokens[i + 1] not in question_analysis.AUXILIARIES  # "... when did": a question
        ),
        len(tokens),
    )


def as_read(tokens: Sequence[str]) -> set[str]:
    """``tokens`` as typed and as the question's terms read them (question_analysis.read_tokens:
    "ruled out" is "reject", "cover" with "talks" is "discuss"), for finding a term's word in a part
    of the question: the part read on its own, so a verb whose sense a noun in the other part fixes
    is found as typed only."""
    return set(tokens) | set(question_analysis.read_tokens(tokens))


# Words after which "or" only tags the question ("... or not?", "or nah", "or what"): no second
# alternative follows.
OR_TAGS = frozenset("not nah no nope what whatever something anything so".split())
# The most words of the question's own (terms) that an alternative before "or" is taken to have
MAX_ALTERNATIVE = 3


def alternatives(
    question: question_analysis.Question, tokens: Sequence[str]
) -> dict[str, tuple[bool, ...]]:
    """Per term: is it only in the second alternative of an "A or B" question (``second``:
    the words after its "or"), and only in the first (``first``: as many of the question's
    terms right before the "or" as the second has, at most MAX_ALTERNATIVE)? "Will Zelensky
    see Trump by himself first, or straight away with everyone else?" is answered by the
    sentence that says one of them ("Zelensky will first meet with Trump one-on-one"), which
    need not have the words of the other: where it has every word of the first alternative,
    those of the second are excused, as hedges are (see _uncovered). Coordination is
    parallel, so the first alternative is taken to be as long as the second, or, where the
    second opens with a word that opens the first too, to run from there (_opened_alike); it
    is never excused itself, so the words before the "or" (the frame the alternatives share)
    always count."""
    none: dict[str, tuple[bool, ...]] = {}
    read = question_analysis.read_tokens(tokens)
    at = next(
        (i for i in range(len(read) - 2, 0, -1) if read[i] == "or" and read[i + 1] not in OR_TAGS),
        None,
    )
    if at is None:
        return none
    words = {t.word for t in question.terms}
    if read[at + 1] in question_analysis.AUXILIARIES:
        return _second_question(question, read, at, words)
    end = next((j for j in range(at + 1, len(read)) if read[j] == "or"), len(read))
    end = min(end, _clause_end(question.text, read, at))
    opened = _opened_alike(read, at, end, words)
    if opened is not None:
        before, after, end = opened
    else:
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


def _clause_end(text: str, read: Sequence[str], at: int) -> int:
    """Where the clause of the "or" at ``read[at]`` ends: at the first comma after it ("macron
    or scholz, which one is meeting zelensky": the second alternative is Scholz, not the
    question after the comma, whose Zelensky any sentence naming Macron's meeting has). The
    end of ``read`` where there is no comma, or where the question's clauses, read one by one,
    do not add up to ``read`` (a word read across the comma)."""
    if "," not in text:
        return len(read)
    ends = list(
        itertools.accumulate(
            len(question_analysis.read_tokens(tokenize(part))) for part in text.split(",")
        )
    )
    if not ends or ends[-1] != len(read):
        return len(read)
    return next((e for e in ends if e > at + 1), len(read))


# The words that open an alternative as they open its twin before the "or": "a breakthrough
# or *a* flop", "to kyiv or *to* the european troops"
_ALTERNATIVE_OPENERS = frozenset("a an the to for with in on at from by into".split())
# The most terms of a phrase so opened before the "or": its noun and one modifier ("a drone
# strike"); a nearest opener further back lies beyond the phrase ("the order *of the*
# meetings, trump first or the europe guys": three terms, read as before)
MAX_OPENED = 2


def _opened_alike(
    read: Sequence[str], at: int, end: int, words: AbstractSet[str]
) -> tuple[list[str], list[str], int] | None:
    """The two alternatives of an "or" whose second opens with the word that opens the first
    ("was alaska *a* breakthrough or *a* flop on the ceasefire", "go straight *to* kyiv or *to*
    the european troops"), as (the first's terms, the second's, where the second ends): the
    first runs from that word to the "or", at most MAX_OPENED terms; the second to a
    preposition after its own terms ("on the ceasefire", said of either alternative) or to
    ``end``. Coordination joins phrases of one kind, and the opener shows where each begins;
    taking the first to be as long as the second read "alaska a breakthrough" against "a flop
    on the ceasefire". None where the opener is not found before the "or"."""
    opener = read[at + 1]
    if opener not in _ALTERNATIVE_OPENERS:
        return None
    start = next((i for i in range(at - 1, -1, -1) if read[i] == opener), None)
    if start is None:
        return None
    before = [t for t in read[start + 1 : at] if t in words]
    if not before or len(before) > MAX_OPENED:
        return None
    stop = at + 2
    while stop < end and not (
        read[stop] in PREPOSITIONS and any(t in words for t in read[at + 2 : stop])
    ):
        stop += 1
    after = [t for t in read[at + 1 : stop] if t in words]
    return before, after, stop


def _second_question(
    question: question_analysis.Question, read: Sequence[str], at: int, words: AbstractSet[str]
) -> dict[str, tuple[bool, ...]]:
    """:func:`alternatives` where the "or" opens a second question ("does ukraine need its own
    big army too *or would it* just lean on allies", "... or is everyone in the room"): the
    first alternative is the whole question before it, so a sentence must say every word of
    that question for the second's words to be excused; the second is the words after the "or"
    that the first does not have. A second question that is only a tag ("or is that it") has
    none."""
    none: dict[str, tuple[bool, ...]] = {}
    before, after = set(read[:at]), set(read[at + 1 :])
    second = {w for w in after if w in words and w not in before}
    first = {w for w in before if w in words and w not in after}
    if not second or not first:
        return none
    return {
        "second": tuple(t.word in second for t in question.terms),
        "first": tuple(t.word in first for t in question.terms),
    }


def speakers(
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


# Nouns for a person that no title list holds, which a person named before them (by a
# possessive: "trump's *man*") makes that person's agent (see agent_nouns)
PERSON_NOUNS = frozenset("man men guy guys people aide aides".split())


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Nouns for someone who acts for another, read from the lexicon: a person named just
    before one ("what did trump's *man* say", "whats the name of trumps *envoy*", "what did
    redouane's *lawyer* say") is whom the one asked about works for. The one-word role titles
    of roles.txt and their plurals (envoy, spokesman, adviser, lawyer, doctors, ...), less the
    general roles (GENERAL_ROLES): "X's boss" is whom X serves, and "pence's head" no role;
    and PERSON_NOUNS. Written first as a list of 20 words from two dev questions ("trump's
    man", "trumps envoy"): over the 4,039 seed and Wikinews dev questions a person is named
    before one of that list's words 8 times and before one of these 13 times (a doctor, a
    lawyer, a king, a speaker besides); every dev answer is the same either way. Whole words,
    not stems: "reportedly", "officially", "senate" and "manage" share a stem with a title."""
    titles = one_word_roles() - GENERAL_ROLES
    return frozenset(titles | {plural(t) for t in titles} | PERSON_NOUNS)


def served(tokens: Sequence[str], actors: Sequence[Resolved]) -> frozenset[str]:
    """The persons the question names just before a noun for someone acting for them
    (agent_nouns): "trump's man", "trumps envoy" ("'s" dropped or run on by the tokens). Their
    agent is asked about: a sentence whose speaker holds a role of what they lead (the White
    House envoy, for Trump) answers for them."""
    return frozenset(
        r.entity
        for r in actors
        if r.kind == "person" and r.last < len(tokens) and tokens[r.last] in agent_nouns()
    )


# Nouns for a person's kin, which a person named before them ("what did munk's *wife* say",
# "what did walter munks *wife* say") makes the one asked about another person than the one
# named (see kin_asked)
KIN_NOUNS = frozenset(
    "wife husband widow widower mother father mom mum dad son daughter brother sister "
    "fiancee fiance girlfriend boyfriend partner parents family children".split()
)


def kin_asked(tokens: Sequence[str], actors: Sequence[Resolved]) -> frozenset[str]:
    """The kin nouns right after a person the question names ("what did munk's *wife* say"):
    the kin is who speaks, not the person named, who is only how the question says whose.
    Read so, "His wife Mary said ..." answers, whose speaker is "His wife Mary" (a fact's
    speaker, which fact_evidence reads for the noun); read as asking what Munk said, no fact
    of his supported it and it was withheld."""
    return frozenset(
        tokens[r.last]
        for r in actors
        if r.kind == "person" and r.last < len(tokens) and tokens[r.last] in KIN_NOUNS
    )


PREPOSITIONS = frozenset("to for of with on in into at from by about over against".split())
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
# the auxiliaries and modals that open a yes/no question ("shall Ukraine join" as well)
YESNO_OPENERS = question_analysis.AUXILIARIES | MODALS


def yesno_subject(tokens: Sequence[str]) -> frozenset[str]:
    """The words of the subject of a yes/no question ("will *security guarantees* come up",
    "are *security guarantees* for Ukraine expected to", "will the *guarantee stuff* come
    up"): the content words after the opening auxiliary and the determiners, up to a function
    word, the last one dropped when it is the verb (after "will", "does": "come"; after "is":
    a participle). Empty for other questions and where "there" or a pronoun of the stopwords
    is the subject ("is there an animal named after Munk"); "did anyone survive the crash"
    asks about "anyone", which no headline has, not about the crash. "Is it true ..." asks
    about the claim after it (_claim_subject)."""
    if len(tokens) < 3 or tokens[0] not in YESNO_OPENERS:
        return frozenset()
    if tokens[1] == "it" and tokens[2] in _TRUE_WORDS:
        return _claim_subject(tokens[3:])
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


# "is it *true* (that) ...", "is it *correct* ...": the claim after it is what is asked
_TRUE_WORDS = frozenset("true correct right so".split())


def _claim_subject(tokens: Sequence[str]) -> frozenset[str]:
    """The subject of the claim a yes/no question asks to have confirmed ("is it true *the
    lithuanian guy* wants the US involved", "is it true that *russia* wants a veto"): its
    leading content words after "that" and the determiners, up to a function word or the
    claim's verb (a verb form ending in -s or -ed after the first word: "wants", "agreed").
    The question's own "is it" has no subject a headline could say."""
    k = 0
    while k < len(tokens) and tokens[k] in _SUBJECT_DETERMINERS:
        k += 1
    verbs = lexicon().verbs
    run: list[str] = []
    while k < len(tokens) and tokens[k] not in STOPWORDS and tokens[k].isalpha():
        word = tokens[k]
        if run and word.endswith(("s", "ed")) and word in verbs:
            break
        run.append(word)
        k += 1
    return frozenset(run)


def keyword_subject(tokens: Sequence[str]) -> frozenset[str]:
    """The subject of a question asked as a phrase, with no question word and no opening
    auxiliary ("guarantees on the agenda?", "ukraine joining nato?", "merz role"): its
    leading run of content words, which names what the question is about as a yes/no
    question's subject does (yesno_subject); the words after it ("on the agenda") say what
    is asked of it; a participle after it is its verb, as in yesno_subject ("ukraine
    *joining* nato?"). Empty for other questions and where a stopword opens it."""
    if (
        not tokens
        or tokens[0] in STOPWORDS
        or not question_analysis.QUESTION_WORDS.isdisjoint(tokens)
    ):
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


# The related-word groups (bot.text.RELATED_WORDS) of the reporting verbs ("said", "claim") and of
# stance words ("think", "reaction", "opinion"): alone, they name nothing to find.
REPORTING = "~say"
STANCE = "~stance"
TOPICLESS_GROUPS = frozenset({REPORTING, STANCE})
_HEAD_ENDS = question_analysis.AUXILIARIES | MODALS


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


def asked_plural(tokens: Sequence[str]) -> str | None:
    """The plural noun a "which NOUNS" or "what were the NOUNS" question asks to have named
    ("which foreign *ministers* met in Cairo", "what were the 2 *articles* of impeachment"): the
    first plural of at most three words after the question word, past a copula, "the" and a
    number; None for a question that asks no such thing. Unlike asked_head, a verb may follow
    ("met"), since the plural says which word is the noun."""
    for i, token in enumerate(tokens[:-1]):
        if token not in ("what", "which", "whats"):
            continue
        rest = list(tokens[i + 1 :])
        while rest and (
            rest[0] in ("is", "are", "was", "were", "the")
            or rest[0] in rank_common.NUMBER_WORDS
            or rest[0].isdigit()
        ):
            rest = rest[1:]
        words = list(itertools.takewhile(lambda w: w not in STOPWORDS, rest[:3]))
        return next((w for w in words if _plural_noun(w)), None)
    return None


# Endings of singular nouns that end in "s": "boss", "virus", "status", "crisis", "analysis"
_SINGULAR_S_ENDINGS = ("ss", "us", "is")


def _plural_noun(word: str) -> bool:
    """Whether ``word`` reads as a plural noun: longer than three letters, ending in an "s"
    that no singular ends in (_SINGULAR_S_ENDINGS: "what virus did the patients have" asks
    for no list of viruses) and no verb form (not "was", "says", "needs" as a verb:
    verb_lemmas knows those)."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(_SINGULAR_S_ENDINGS)
        and word not in verb_lemmas()
    )


# "who is|was the ROLE ...", "whos the ROLE": the copulas after "who" (and its contractions)
# that make the question ask who holds a role rather than who did something
_WHO_HOLDS = frozenset({"whos", "who's"})
_ROLE_COPULAS = frozenset("is was are were".split())
# the most words before the role, its modifiers ("the *japanese amateur* researcher")
ROLE_REACH = 4


# Titles so general that any title names their holder: "who is the Russian leader" is answered
# by "Russian President Vladimir Putin", "who is the head of the EU" by "EU chief Ursula von der
# Leyen" (each a right answer of the seed dev sets that a check for the word itself withheld).
# "boss" is no title news writes before a name (roles.txt lacks it), only one that askers use
# ("who is the nato boss"), so it is a role asked of as well as the others.
GENERAL_ROLES = frozenset({"leader", "head", "chief", "boss"})
# The spellings of one role, each of which a question and its sentence may write: the short form
# and the long ("who is the ceo of the airline": "chief executive Tim Clark"), British and
# American ("who was the advisor": "national security adviser John Bolton").
ROLE_SPELLINGS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("ceo",), ("chief", "executive"), ("chief", "executive", "officer")),
    (("adviser",), ("advisor",)),
)


@lru_cache(maxsize=1)
def _role_spelling_stems() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """ROLE_SPELLINGS with each spelling's words as their stems, in the table's order."""
    return tuple(
        tuple(tuple(stem(w) for w in spelling) for spelling in spellings)
        for spellings in ROLE_SPELLINGS
    )


def role_spellings(words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Every spelling (ROLE_SPELLINGS) of each role that ``words`` write, its words in a row
    and read by their stems ("advisers" is "adviser"): "ceo" gives "chief executive" and
    "chief executive officer" too. Not words of a spelling apart: "the chief of the executive
    branch" writes no chief executive. The one reading of the table, for a role asked
    (confidence_checks) and for the question's words (:func:`with_role_spellings`)."""
    return _role_spellings(tuple(words))


@lru_cache(maxsize=1024)
def _role_spellings(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """:func:`role_spellings`, kept per words: an answer to a question naming a role reads
    them about seven times (its weighing and its confidence's checks), each time through every
    spelling of the table."""
    stems = [stem(w) for w in words]
    return tuple(
        spelling
        for spellings, stemmed in zip(ROLE_SPELLINGS, _role_spelling_stems(), strict=True)
        if any(in_a_row(run, stems) for run in stemmed)
        for spelling in spellings
    )


def in_a_row(run: Sequence[str], words: Sequence[str]) -> bool:
    """Whether ``run`` stands in ``words`` word for word, in a row."""
    n = len(run)
    return any(tuple(words[i : i + n]) == tuple(run) for i in range(len(words) - n + 1))


def with_role_spellings(question: question_analysis.Question) -> frozenset[str]:
    """The question's keys and the stems of every other spelling of each role it writes
    (:func:`role_spellings`): "who is the twitter ceo" adds "chief" and "execut", "who was
    the advisor" adds "advis" (adviser)."""
    words = [w.lower() for w in tokenize(question.text)]
    return question.keys | {stem(w) for spelling in role_spellings(words) for w in spelling}


@lru_cache(maxsize=1)
def one_word_roles() -> frozenset[str]:
    """The role titles of one word ("pilot", "judge", "sultan"; facts/data/roles.txt)."""
    return frozenset(title[0] for title in role_titles() if len(title) == 1)


@lru_cache(maxsize=1)
def _asked_roles() -> frozenset[str]:
    """The one-word roles a question may ask the holder of: the titles, and GENERAL_ROLES."""
    return one_word_roles() | GENERAL_ROLES


def asked_role(tokens: Sequence[str]) -> str | None:
    """The role a "who is the ROLE" question asks the holder of ("who was the *pilot* of the
    beechcraft", "whos the *judge* who said ...", "who was the japanese amateur *researcher*
    that spotted ..."): a one-word role title (or GENERAL_ROLES' "boss") among the first
    ROLE_REACH words after the copula and its article, before any stop word; None for a
    question of another form ("who did X meet", "who is Keir Starmer")."""
    if not tokens:
        return None
    if tokens[0] in _WHO_HOLDS:
        rest = list(tokens[1:])
    elif tokens[0] == "who" and len(tokens) > 1 and tokens[1] in _ROLE_COPULAS:
        rest = list(tokens[2:])
    elif tokens[0] == "who" and len(tokens) > 1 and tokens[1] == "the":
        rest = list(tokens[1:])  # "who's the judge ...": the tokenizer drops the "'s"
    else:
        rest = _after_name_of(tokens)
        if rest is None:
            return None
    if rest and rest[0] in ("the", "a", "an", "that", "this"):
        rest = rest[1:]
    words = itertools.takewhile(lambda w: w not in STOPWORDS, rest[:ROLE_REACH])
    # the last role word: a role before another is its modifier ("the *major* player" asks a
    # player), and words after the role describe its holder ("the journalist *killed* in ...")
    return next((w for w in reversed(list(words)) if w in _asked_roles()), None)


# "what is the name of the judge who ...", "whats the name of the pilot": a who-is-the-role
# question in other words (an unanswerable Wikinews dev question was answered with the name of
# the man the judge sentenced)
_NAME_OF_OPENERS = (
    ("what", "is", "the", "name", "of"),
    ("what", "was", "the", "name", "of"),
    ("whats", "the", "name", "of"),
)


def _after_name_of(tokens: Sequence[str]) -> list[str] | None:
    """The words after a question's opening "what is the name of", or None."""
    for opener in _NAME_OF_OPENERS:
        if tuple(tokens[: len(opener)]) == opener:
            return list(tokens[len(opener) :])
    return None


def role_unsaid(tokens: Sequence[str], text: str) -> bool:
    """Whether ``text`` lacks the role a "who is the ROLE" question (:func:`asked_role`) asks
    the holder of, in any of its forms (:func:`role_said`; a general title by any title):
    confidence_checks caps such a sentence, weighing ranks it behind its story's sentences
    that say the role."""
    role = asked_role(question_analysis.read_tokens(tokens))
    return role is not None and lacks_role(role, text)


def lacks_role(role: str, text: str) -> bool:
    """Whether ``text`` lacks ``role`` (an asked_role) in all of its forms: role_unsaid for a
    role already read from its question, as weighing asks it of every candidate."""
    words = [w.lower() for w in tokenize(text)]
    if role in GENERAL_ROLES:
        titles = one_word_roles()
        return not any(w in titles or stem(w) in titles for w in words)
    spellings = role_spellings((role,)) or ((role,),)
    return not any(role_said(spelling, words) for spelling in spellings)


def role_said(role: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the sentence's ``words`` say the role spelt ``role``: a word of one that has it
    or its stem (in any gendered form, _role_base), the words of several in a row."""
    if len(role) > 1:
        return in_a_row(role, words)
    said, root = _role_base(role[0]), stem(role[0])  # the role's, stemmed once, not per word
    return any(_holds_role(w, said) or stem(w) == root for w in words)


# A word that ends in a role holds it after a hyphen ("co-pilot", "vice-president") or when at
# least this much comes first ("photo"journalist): "ma"king holds no king, "g"host no host.
_COMPOUND_HEAD = 4


def _holds_role(word: str, said: str) -> bool:
    """Whether ``word`` is the role ``said`` (a role or its gendered base, _role_base) as a
    word of its own or a compound's last part, with at most a plural or gendered ending
    ("spokes" in "spokeswoman", "chair" in "chairs", "pilot" in "co-pilot"); not
    letters that happen to spell it inside another word ("making", "ghost", "hostage",
    "kingdom"). The review of the thirtieth session found "making" saying "king"."""
    i = word.rfind(said)
    if i < 0:
        return False
    head, tail = word[:i], word[i + len(said) :]
    return (not head or head.endswith("-") or len(head) >= _COMPOUND_HEAD) and (
        not tail or tail in ("s", "es") or _GENDERED.fullmatch(tail) is not None
    )


# The endings of a role's gendered forms ("spokesman", "spokeswoman", "spokesperson"; "chairman",
# "chair"), one role in roles.txt's several lines: a question and its sentence may each write it
# either way ("who is the police spokesperson": "Police spokesman Mariusz Ciarka said ...")
_GENDERED = re.compile(r"(?:wo)?m[ae]n$|persons?$|people$")
_ROLE_BASE_MIN = 4  # "man", "woman", "german" are no role ending in one: too little is left


def _role_base(role: str) -> str:
    """What every gendered form of ``role`` holds ("spokesperson" -> "spokes"), else the role."""
    base = _GENDERED.sub("", role)
    return base if len(base) >= _ROLE_BASE_MIN else role


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
_BEFORE_NOUN = frozenset("the a an this that these those his her its their our my your".split())


def asked_relation(question: question_analysis.Question, read: Sequence[str]) -> tuple[bool, ...]:
    """Per term of ``question``, whether it is a verb of the main clause of the question
    (``read``: its tokens as question_analysis.read_tokens reads them): an inflected form of a verb
    of the lexicon ("made", "convicted", "arrested", "died") or a base form after an auxiliary ("did
    Bernie *win*"). A base form alone is often a noun ("fire", "judge", "study"), as is any
    form right after a determiner ("did *the judge* rule", "the *injured* officer"), and a verb
    after a clause opener describes the thing asked about ("who made the toilet *that got
    stolen*")."""
    return _asked_relation(question, tuple(read))


@lru_cache(maxsize=256)
def _asked_relation(
    question: question_analysis.Question, read: tuple[str, ...]
) -> tuple[bool, ...]:
    """:func:`asked_relation`, kept per question: the weighing within stories and the
    confidence each ask it of the same question."""
    main: list[str] = []
    for i, token in enumerate(read):
        if i and token in _CLAUSE_OPENERS and not _asks_again(read, i) and not _asks_first(read, i):
            break
        main.append(token)
    found = {token for j, token in enumerate(main) if main_clause_verb(main, j)}
    return tuple(t.word in found for t in question.terms)


def main_clause_verb(clause: Sequence[str], j: int) -> bool:
    """Whether ``clause[j]`` reads as a verb of a question's main ``clause``: an inflected form of
    a verb of the lexicon ("what was the ship *called*") or a base form after an auxiliary
    ("what did Trump *call* it"). A base form alone is as often a noun ("the rescue ship"), and
    so is any form right after a determiner ("did *the judge* rule", "the *injured* officer").
    One test for asked_relation and mismatch.tells_only_the_scene."""
    token = clause[j]
    lemma = verb_lemmas().get(token)
    if lemma is None or (j and clause[j - 1] in _BEFORE_NOUN):
        return False
    return lemma != token or not _VERB_AUXILIARIES.isdisjoint(clause[:j])


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
        and read[i + 1] in question_analysis.AUXILIARIES
    )
