"""Sentences that match a question's words but answer another question.

However well a sentence covers the question, some kinds never answer it: a sentence that is
itself a question, one that has the opposite of a word the question asks about and lacks
("injuring 25 people" for "how many died"), one that names an office's holder when the question
asks for the new one, one that lacks the occurrence asked for ("the next summit"), one that
says something was done when the question asks who did not do it, one that uses a name when
the question asks what it stands for, one that says what was done to someone when the question
asks who did it, one without the speaker whose words the question asks for, one without the
verb whose doer a who-question asks for, one without "the NOUN" whose deed a what-question
asks for. The ranker and the confidence see words, not these relations, so the answerer asks
this module before it quotes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import takewhile
from typing import NamedTuple

from facts import speech, wording
from facts.lexicon import fold, role_titles, verb_form, verb_lemmas
from facts.sentence_words import MAX_SENTENCE_CHARS
from facts.wording import PERSON_NAME
from facts.words import MODALS, STOPWORDS, phrases

from . import occupations, question_analysis, question_parts, rank_common, sentence_analysis
from .patterns import Lazy
from .question_parts import LEADER_WORDS
from .text import match_keys, stem, tokenize, zipf

# A sentence that asks ("Which past U.S. president(s) do you most admire and why?", an
# interviewer's question, or a rhetorical one in a quote) restates a question; it answers none.
# Interviews put hundreds of them in a news corpus (1,026 of the 12,318 Wikinews sentences).
# Such a sentence drops behind every candidate that states something, and is never quoted.
QUESTION_SENTENCE = -10.0
_CLOSING = " \t\"'\u201d\u2019)]"


def asks(text: str) -> bool:
    """Is the sentence a question (ends with "?", perhaps inside closing quotes)?"""
    return text.rstrip(_CLOSING).endswith("?")


# Words that report the other side of the same kind of news: a sentence that gives the injured
# does not say how many died, a birthplace is not where someone died, the loser is not the
# winner. When the question's word is missing from the best sentence and its opposite is there
# ("How many people died in the Surigao earthquake?" - "... injuring at least 25 people"), the
# sentence answers another question.
_CONTRASTS = (
    (
        "die dead death deaths kill killed fatal fatalities",
        "injure injured injuring injuries wound wounded hurt survive survived survivors",
    ),
    ("die died dead death", "born birth birthplace native"),
    ("win won victory", "lose lost defeat defeated"),
    ("arrest arrested", "release released free freed"),
    ("confirm confirmed", "deny denied"),
    ("approve approved", "reject rejected"),
    ("rise rose increase increased", "fall fell decrease decreased drop dropped"),
)
CONTRASTED = 0.2  # the confidence of a sentence that has the opposite of a missing question word


def _contrast_table() -> dict[str, frozenset[str]]:
    """Stem -> the stems of its opposites, both ways round."""
    table: dict[str, set[str]] = {}
    for one, other in _CONTRASTS:
        a, b = {stem(w) for w in one.split()}, {stem(w) for w in other.split()}
        for word in a:
            table.setdefault(word, set()).update(b)
        for word in b:
            table.setdefault(word, set()).update(a)
    return {k: frozenset(v) for k, v in table.items()}


CONTRAST = _contrast_table()


def contrasted(
    question: question_analysis.Question, matched: Sequence[float], stems: AbstractSet[str]
) -> bool:
    """Does the sentence (its ``stems``) have the opposite of a question term it lacks? Not
    where the question asks that opposite too (:func:`either_way`: "did he win or did he
    lose"): a sentence stating either one answers it."""
    asked = {term.stem for term in question.terms}
    for term, credit in zip(question.terms, matched, strict=True):
        if credit <= 0:
            opposite = CONTRAST.get(term.stem)
            if opposite and not opposite.isdisjoint(stems) and opposite.isdisjoint(asked):
                return True
    return False


def either_way(question: question_analysis.Question, matched: Sequence[float], at: int) -> bool:
    """Does the question ask the opposite of its term ``at`` as well ("did Sanders *win* the
    Mariana Islands or did he *lose* there", "was the ruling *approved* or *rejected*"), and
    the sentence (its credits ``matched`` per term) say that opposite? Then it answers which
    of the two, as a sentence with the term itself would."""
    opposite = CONTRAST.get(question.terms[at].stem)
    return bool(opposite) and any(
        credit > 0 and term.stem in opposite
        for term, credit in zip(question.terms, matched, strict=True)
    )


# "Who is the new mayor of Seoul" asks for a successor: the sentence naming the mayor the story
# is about (found dead) does not answer unless it speaks of a new, next, elected or acting one.
_SUCCESSOR_WORDS = frozenset({"new", "next", "incoming", "future"})
_SUCCESSION = frozenset(
    stem(w)
    for w in """new newly next incoming elect elected appoint appointed name named succeed
    succeeded successor replace replaced sworn interim acting chosen chose pick picked nominate
    nominated inaugurated""".split()
)


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The last words of the known titles ("mayor", "minister") and the leader words."""
    return frozenset(title[-1] for title in role_titles()) | LEADER_WORDS


@lru_cache(maxsize=1)
def _title_part_words() -> frozenset[str]:
    """Every word of the known titles ("deputy", "chief", "vice"): what may stand between
    "new" and the office it qualifies ("the new deputy chief minister")."""
    return frozenset(word for title in role_titles() for word in title)


def asks_successor(words: Sequence[str]) -> bool:
    """Does the question ask for a new holder of an office ("the new mayor", "next president",
    "the new deputy chief minister": title words may come between), or whoever took one over
    (:func:`_asks_taking_over`)?"""
    offices = _office_words()
    parts = _title_part_words()
    for i, word in enumerate(words):
        if word not in _SUCCESSOR_WORDS:
            continue
        for following in words[i + 1 : i + 4]:
            if following in offices:
                return True
            if following not in parts:
                break
    return _asks_taking_over(words)


# The verbs by which a who-question asks who took a post over from someone: "who *took over* as
# seoul mayor after park died", "who *replaced* justice stevens on the supreme court", "who
# *became* acting mayor" (an office within OFFICE_REACH words after "become"). The story of
# the one who left (found dead, retired, resigned) matches such a question well, and its
# sentences about them name no successor. Wikinews dev: the cap reaches eight unanswerable near
# misses, two of them withheld only just (0.496 and 0.499 for "who took over as seoul mayor
# after park won-soon died"), in both halves of the sets, odd and even, and no gold sentence;
# dev right and wrong unchanged.
_TAKING = frozenset("take takes took taken taking".split())
_REPLACING = frozenset(
    "replace replaces replaced replacing succeed succeeds succeeded succeeding".split()
)
_BECOMING = frozenset("become becomes became becoming".split())
_WHO = frozenset("who whos whom".split())
OFFICE_REACH = 4
# A sentence's own words for someone taking a post ("Haitham *took over* as sultan", "Seo
# *became* acting mayor"), beside the stems of _SUCCESSION
_TELLS_TAKING_OVER = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+over\b|\bbec(?:ome|omes|ame|oming)\b", re.IGNORECASE
)


def _asks_taking_over(words: Sequence[str]) -> bool:
    """Does a who-question ask who took a post over: "who took over", "who replaced", "who
    succeeded", or "who became" with an office after it (_TAKING, _REPLACING, _BECOMING), the
    verb the one asked for does (:func:`_who_verb_at`)? Not a verb of another's ("who wants to
    replace the law", "who was in charge when rebels took over the city"), a passive ("who was
    replaced as coach" asks for the one who left) nor "succeed in" ("who succeeded in
    climbing it": doing, not succession)."""
    lowered = [w.lower() for w in words]
    offices = _office_words()
    for i in _who_verb_at(lowered):
        word, after = lowered[i], lowered[i + 1 : i + 1 + OFFICE_REACH]
        if word in _TAKING and "over" in after[:2]:
            return True
        if word in _REPLACING and after[:1] != ["in"]:
            return True
        if word in _BECOMING and not offices.isdisjoint(after):
            return True
    return False


# The words that may stand between "who" and the verb the one asked for does ("who *will*
# replace", "who *is going to* take over", "who *has been* named"): auxiliaries and the words
# of a verb to come
_WHO_AUXILIARIES = frozenset(
    """will would could might may shall should has have had is was are were be been being
    going gonna to set expected likely due then eventually finally now""".split()
)
# The forms of "be" after which a past participle is a passive ("who was *replaced*")
_BE_FORMS = frozenset("is was are were be been being".split())


def _who_verb_at(lowered: Sequence[str]) -> list[int]:
    """Where the verb of each "who" clause stands (the first word after "who" and its
    auxiliaries, _WHO_AUXILIARIES), but a passive one (after a form of "be", not in -ing)."""
    found = []
    for i, word in enumerate(lowered):
        if word not in _WHO:
            continue
        at = i + 1
        while at < len(lowered) and lowered[at] in _WHO_AUXILIARIES:
            at += 1
        if at >= len(lowered):
            continue
        if at > i + 1 and lowered[at - 1] in _BE_FORMS and not lowered[at].endswith("ing"):
            continue  # "who was replaced": done to the one asked for
        found.append(at)
    return found


# The month-day a question dates its event by ("how many were hurt in the *june 3* crash"), its
# ordinal suffix allowed; not after a word that makes it a bound ("since june 3", "after may 30"),
# where another day is the answer; not "the march 2 weeks ago" (a number of days, weeks, ...).
_MONTH_NAMES = sentence_analysis.MONTHS.lower()
_ASKED_DAY = re.compile(
    rf"(?<!\w)(?:(?P<bound>before|after|since|until|till|by|from|between|to|through)\s+)?"
    rf"(?:(?P<m1>{_MONTH_NAMES})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?!\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_NAMES}))\b"
)
_SAID_DAY = re.compile(
    rf"\b(?P<m1>{sentence_analysis.MONTHS})\s+(?P<d1>\d{{1,2}})\b"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{sentence_analysis.MONTHS})\b"
)


# a story's dateline opening its first sentence ("Thursday, May 16, 2019 US singer ... died on
# Monday"), and the days a sentence gives relative to it
_DATELINE = re.compile(
    rf"^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+"
    rf"(?:{sentence_analysis.MONTHS})\s+\d{{1,2}},\s+\d{{4}}"
)
_RELATIVE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"tomorrow|last night|this morning|this evening)\b",
    re.IGNORECASE,
)


def _day(found: re.Match[str]) -> tuple[str, int]:
    """The (month, day) date a match of _ASKED_DAY or _SAID_DAY names."""
    month = found.group("m1") or found.group("m2")
    return month.lower(), int(found.group("d1") or found.group("d2"))


def other_day(question_text: str, text: str) -> bool:
    """The question dates its event by a day of a month ("the june 3 crash") and the sentence
    dates what it tells by other days only ("on the night of June 21"): the sentence tells of
    another occurrence, as a sentence without "the next" one does (:func:`other_occurrence`).
    A bounded day ("since June 3") is no date of the event; a sentence with no day of a month
    may still tell of it ("on Monday")."""
    lowered = question_text.lower()
    asked = {_day(m) for m in _ASKED_DAY.finditer(lowered) if not m.group("bound")}
    if not asked:
        return False
    undated = _DATELINE.sub("", text)  # the day the story was published, not of its event
    if _RELATIVE_DAY.search(undated):
        return False  # "on Monday" may be the asked day
    said = {_day(m) for m in _SAID_DAY.finditer(undated)}
    return bool(said) and asked.isdisjoint(said)


# "How many buffalo will they release *next year*", "who will win *next month*": a question about
# a coming period. A sentence that tells of no future at all ("the release of ten buffalo" on
# Wednesday) tells what was done, not what will be; one with a plan, an expectation or a
# schedule may say it. Not "the following year": it counts from the time a story tells of, most
# often a past one ("what did he do the following year", "how many came the following week").
_COMING = re.compile(
    r"\b(?:next|coming)\s+(?:year|month|week|season|summer|winter|spring|autumn|fall|"
    r"weekend|decade|term|election)\b"
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|going to|plans?|planned|planning|expect\w*|intend\w*|aims?|aimed|"
    r"schedul\w*|set to|hopes?|hoped|propos\w*|future|upcoming|later|next|coming|soon|"
    r"to be held|considering|could|may|might|forecast\w*|predict\w*|projected|likely|unlikely|"
    r"probabl\w*|due)\b"
    r"|['\u2019]ll\b",
    re.IGNORECASE,
)


def past_for_coming(question_text: str, text: str) -> bool:
    """The question asks about a coming period ("next year") and the sentence has no word of a
    future, a plan or an expectation: it tells of what was done."""
    return bool(_COMING.search(question_text.lower())) and not _FUTURE.search(text)


# "What was the result of the Monday meeting", "what happened after the summit", "how did the
# talks go": a question after the outcome of an event, asked in the past. A sentence that gives
# the event only as still to come ("X is set to meet Y on Monday", "the talks will focus on
# ...") announces it and tells no outcome: the story was written before it.
_OUTCOME_ASKED = re.compile(
    r"\b(?:what|which) (?:was|were) the (?:\w+ )?(?:results?|outcomes?)\b"
    r"|\bwhat (?:happened|came) (?:of|out of|after|at|in|during|from)\b"
    r"|\bhow did (?:the )?(?:\w+ ){1,4}go\b"
)
_ANNOUNCED = re.compile(
    r"\b(?:is|are) (?:set|due|scheduled|expected|planned|slated) to\b|\bwill\b|\bis to\b"
    r"|\bare to\b|\b(?:is|are) going to\b|\bplans? to\b|['’]ll\b",
    re.IGNORECASE,
)
# words of an outcome told beside the plan: "will meet again after the talks *ended*"
_OUTCOME_TOLD = re.compile(
    r"\b(?:result\w*|outcome|ended|agreed|concluded|reached|failed|decided|signed|"
    r"breakthrough|yielded|produced)\b",
    re.IGNORECASE,
)


def coming_for_outcome(question_text: str, text: str) -> bool:
    """The question asks, in the past, what an event came to (_OUTCOME_ASKED) and the sentence
    only announces an event to come (_ANNOUNCED), with no word of an outcome: it was written
    before the event and cannot tell how it went."""
    return (
        bool(_OUTCOME_ASKED.search(question_text.lower()))
        and bool(_ANNOUNCED.search(text))
        and not _OUTCOME_TOLD.search(text)
    )


# "How many lives has Sea-Eye saved *this year*", "how much prize money did he win *in 2019*":
# a count for one period. A sentence with a running total ("around 14,000 lives saved ... since
# commencing work in 2016", "a career total $5,479,761 in prize money") counts over another
# span, unless it names the asked period too.
_PERIOD = re.compile(
    r"\b(?:this|last|past) (?:year|season|month|week)\b|\bin (?P<year>(?:19|20)\d\d)\b"
)
_RUNNING_TOTAL = re.compile(
    r"\bsince\b|\bcareer\b|\bin total\b|\bto date\b|\ball[- ]time\b|\bso far\b|"
    r"\bcumulative\w*\b|\bover the (?:past|last) \w+ (?:years|decades)\b",
    re.IGNORECASE,
)
_COUNTED = frozenset({"number", "money"})  # the answer types of "how many" and "how much"


def total_for_period(question: question_analysis.Question, text: str) -> bool:
    """The question counts over one period ("how many ... this year", "how much ... in 2019":
    a number or a sum asked) and the sentence gives a running total ("since 2016", "career
    total") without naming that period. Not a question that asks no count: "what did the
    Jorgensen-Cohen ticket secure in 2020" is answered by "The ticket has since secured ballot
    access in all 50 states", whose "since" counts nothing."""
    if question.answer_type not in _COUNTED:
        return False
    asked = _PERIOD.search(question.text.lower())
    if asked is None or not _RUNNING_TOTAL.search(text):
        return False
    year = asked.group("year")
    named = year in text if year else re.search(asked.group(0), text, re.IGNORECASE)
    return not named


# A news story counts its casualties ("13 students with minor injuries", "the death toll rising
# to 22 people", "twenty people were arrested", "four fatalities", "12 victims"): a count of the
# dead, the hurt or the held answers "how many died", not "how many were on the bus" nor "how
# many shoppers were in the store", whose story gives no total. _CASUALTY_TOLD: the sentence's
# words of a casualty count, within CASUALTY_REACH words of its number; _CASUALTY_ASKED: the
# beginnings of the words by which a question asks for one, or for those a count of them may
# answer ("how many were *involved*", "*affected*"), a typo'd "arested" too (_asks_casualties).
_CASUALTY_TOLD = re.compile(
    r"^(?:injur\w*|kill\w*|died|dead|deaths?|toll|hurt|wounded|arrest\w*|hospitali[sz]\w*"
    r"|casualt(?:y|ies)|fatalit(?:y|ies)|victims?)$"
)
_CASUALTY_ASKED = tuple(
    """injur kill die dead death hurt wound harm arrest hospital casualt fatal victim toll live
    perish dying slain drown executed execution surviv shot shoot stab murder massacre
    detain jail custody sick ill infect case missing rescu evacuat lost bodies body involv affect
    caught suffer""".split()
)
CASUALTY_REACH = 6
_HOW_MANY_WORDS = frozenset("how many much".split())
# The numbers a count is written in besides digits ("twenty people were arrested")
_CARDINAL_WORDS = rank_common.NUMBER_WORDS - frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth half".split()
)
# The words of the people a count counts, which stand by its number whatever it counts
_PEOPLE_COUNTED = frozenset(
    stem(w)
    for w in """people ppl persons person folks individuals men women children kids boys girls
    adults others""".split()
)


def _asks_casualties(tokens: Sequence[str]) -> bool:
    """Whether a question's words ask for a count of casualties (_CASUALTY_ASKED), as typed
    ("how many ppl got *arested*")."""
    return any(
        token.startswith(_CASUALTY_BEGINNINGS) or token in _CASUALTY_SHORT_WORDS for token in tokens
    )


# The shortest beginning a typo's spelling of a _CASUALTY_ASKED root may be read from: shorter,
# the spellings begin other words ("resu" of "rescu" begins "result", "lies" of "lives" is one)
_TYPED_ROOT_MIN = 5


def _as_typed(root: str) -> frozenset[str]:
    """``root`` and its spellings with one letter dropped ("arest") or doubled ("injjur") that
    keep its first and last letters and _TYPED_ROOT_MIN letters: a letter set alike with
    ``root`` is not enough ("total" has the letters of "toll" and one more, "level" those of
    "live"), and a root without its last letter is a shorter beginning, of other words too
    ("detai" of "detain" begins "detail")."""
    dropped = {root[:i] + root[i + 1 :] for i in range(1, len(root) - 1)}
    doubled = {root[: i + 1] + root[i:] for i in range(len(root))}
    return frozenset({root} | {w for w in dropped | doubled if len(w) >= _TYPED_ROOT_MIN})


_CASUALTY_ASKED_AS_TYPED = tuple(sorted(frozenset().union(*map(_as_typed, _CASUALTY_ASKED))))
# A root of up to four letters begins too many other words to be read from a beginning ("ill"
# begins "illegal", "Illinois"; "die" "diesel", "diet"; "live" "liverpool", "livestock"; "dead"
# "deadline"; "stab" "stable"; "sick" "sickle"): only its own forms are it (_short_root_forms)
_SHORT_ROOT_MAX = 4
# The endings of a short root's own forms ("died", "illness", "killings", "deadliest")
_SHORT_ROOT_ENDINGS = ("", *"s es d ed ing ings er ers ness nesses ly lier liest ful".split())


def _short_root_forms(root: str) -> frozenset[str]:
    """The forms of a short casualty root (_SHORT_ROOT_MAX): the root with each of
    _SHORT_ROOT_ENDINGS, and with its last letter doubled before an ending that opens with a
    vowel ("stabbed", "stabbing")."""
    forms = {root + ending for ending in _SHORT_ROOT_ENDINGS}
    forms |= {root + root[-1] + e for e in _SHORT_ROOT_ENDINGS if e.startswith(tuple("aeiou"))}
    return frozenset(forms)


_CASUALTY_BEGINNINGS = tuple(r for r in _CASUALTY_ASKED_AS_TYPED if len(r) > _SHORT_ROOT_MAX)
_CASUALTY_SHORT_WORDS = frozenset().union(
    *(_short_root_forms(r) for r in _CASUALTY_ASKED_AS_TYPED if len(r) <= _SHORT_ROOT_MAX)
)


def counts_only_casualties(tokens: Sequence[str], text: str) -> bool:
    """Whether a how-many question that asks for no casualties (_asks_casualties) gets a
    sentence each of whose numbers counts casualties (_CASUALTY_TOLD near it) and stands by none
    of the question's other words: "how many students were on the winchester school bus" is not
    answered by "13 students with minor injuries have been dealt with at the scene". A number
    beside the question's words ("all 189 people *on board* were killed") may be the total."""
    lowered = [t.lower() for t in tokens]
    if _asks_casualties(lowered):
        return False
    counted = question_analysis.counted_thing(lowered) | _PEOPLE_COUNTED
    asked = {stem(t) for t in lowered if t not in STOPWORDS and t not in _HOW_MANY_WORDS}
    asked -= counted
    words = rank_common.word_tokens(text[:MAX_SENTENCE_CHARS])
    numbers = _number_places(words, text)
    if not numbers:
        return False
    for i in numbers:
        near = words[max(0, i - CASUALTY_REACH) : i] + words[i + 1 : i + 1 + CASUALTY_REACH]
        if not any(_CASUALTY_TOLD.match(w) for w in near):
            return False
        if any(stem(w) in asked for w in near):
            return False
    return True


# A how-many question that asks a difference says so ("*by* how many votes did she win", "what
# was the *margin*", "how many seats *ahead*"); one without these words asks a total
_MARGIN_ASKED = frozenset("by margin margins lead leads ahead behind difference beat".split())
# the hedges news puts between "by" and a margin's number ("won by *over* six million votes")
_MARGIN_HEDGES = frozenset(
    "over more than less fewer about around roughly nearly almost just only some at least a".split()
)


def counts_only_margins(tokens: Sequence[str], text: str) -> bool:
    """Whether a how-many question that asks no difference (_MARGIN_ASKED) gets a sentence each
    of whose numbers is a margin, the number after "by" ("winning *by over six million votes*"
    for "how many popular votes did Biden have"): by how much one side beat another, not how
    many it got. A number elsewhere in the sentence may be the total, so it may answer."""
    if not _MARGIN_ASKED.isdisjoint(t.lower() for t in tokens):
        return False
    words = rank_common.word_tokens(text[:MAX_SENTENCE_CHARS])
    numbers = _number_places(words, text)
    return bool(numbers) and all(_after_by(words, i) for i in numbers)


def _after_by(words: Sequence[str], i: int) -> bool:
    """Whether the number at ``words[i]`` follows "by", hedges (_MARGIN_HEDGES) between, or is
    the "million" or "thousand" of such a number."""
    j = i - 1
    while j >= 0 and (words[j] in _MARGIN_HEDGES or words[j] in _CARDINAL_WORDS):
        j -= 1
    return j >= 0 and words[j] == "by"


def _number_places(words: Sequence[str], text: str) -> list[int]:
    """Where the sentence ``text`` (its ``words``) has a number that may count something: a
    digit that is no year, or a number word."""
    return [
        i
        for i, w in enumerate(words)
        if (w[:1].isdigit() and not rank_common.is_year(w, text)) or w in _CARDINAL_WORDS
    ]


# "Was anyone *fired* over the leak", "did anybody *die*", "has someone been *charged*": a
# question whether the deed befell anyone at all. A sentence without the deed (the headline
# "540 million private Facebook records found on public Internet") says nothing of it.
_ANYONE = frozenset("anyone anybody someone somebody".split())
# The light verbs whose deed is the words after them ("has anyone *made* the list public", "did
# anyone *get* hurt", "has anybody *given* a date"): the verb itself is no deed a sentence need
# say, so the deed is the next verb, if any ("hurt"), and else none is asked.
_LIGHT_DEEDS = frozenset(
    "make makes made making get gets got gotten getting have has had having give gives gave "
    "given giving".split()
)


def anyone_deed_unsaid(
    question: question_analysis.Question, words: Sequence[str], matched: Sequence[float]
) -> bool:
    """A yes/no question whether anyone did or suffered something, and the sentence lacks the
    verb that follows "anyone" (past "been" and the like, and past a light verb: _LIGHT_DEEDS)."""
    if question.kind != "yesno" or _ANYONE.isdisjoint(words):
        return False
    at = next(i for i, word in enumerate(words) if word in _ANYONE)
    verbs = verb_lemmas()
    deed = next(
        (
            w
            for w in words[at + 1 : at + 4]
            if w in verbs and w not in _NOT_DEEDS and w not in _LIGHT_DEEDS and w != "else"
        ),
        None,
    )
    if deed is None:
        return False
    return any(
        credit <= 0
        for term, credit in zip(question.terms, matched, strict=True)
        if term.word == deed
    )


# "Did Witkoff *say what* the guarantees include", "did they *explain why* he resigned": a
# yes/no question about a report that asks, inside it, a wh-question. A sentence telling that
# the report was made ("Witkoff mentioned that they agreed on robust guarantees") without the
# embedded question's verb does not say what was asked: neither yes nor no. Not "do we know
# who ...", which a sentence saying what is being looked into answers; not "whether", whose
# question is the yes/no one itself.
_TOLD_OPENERS = frozenset("did does do has have had will".split())
_TOLD_VERBS = frozenset(
    "say said says mention mentioned explain explained reveal revealed specify specified "
    "disclose disclosed tell told".split()
)
_EMBEDDED_WH = frozenset("what why how when where who which".split())


def embedded_deed_unsaid(
    question: question_analysis.Question, words: Sequence[str], matched: Sequence[float]
) -> bool:
    """A yes/no question (read as the wh-question it embeds: "did X say what ...") whether
    someone said what, why, who ... (_TOLD_VERBS, _EMBEDDED_WH)
    and the sentence lacks a verb of the embedded question (a verb form of the lexicon after
    the wh-word, in no form or related word): it reports the saying, not what was said."""
    if not words or words[0] not in _TOLD_OPENERS:
        return False
    at = next(
        (
            i
            for i in range(1, min(len(words) - 2, 5))
            if words[i] in _TOLD_VERBS and words[i + 1] in _EMBEDDED_WH
        ),
        None,
    )
    if at is None:
        return False
    verbs = verb_lemmas()
    embedded = {
        w for w in words[at + 2 :] if w in verbs and w not in _NOT_DEEDS and w not in _TOLD_VERBS
    }
    return any(
        credit <= 0
        for term, credit in zip(question.terms, matched, strict=True)
        if term.word in embedded
    )


def lacks_succession(words: Sequence[str], stems: AbstractSet[str], text: str = "") -> bool:
    """The question asks for a successor and the sentence (its ``stems``, and its ``text`` where
    given: _TELLS_TAKING_OVER) says nothing of one."""
    return (
        asks_successor(words)
        and _SUCCESSION.isdisjoint(stems)
        and not _TELLS_TAKING_OVER.search(text)
    )


# "When is the *next* Trump-Putin summit", "where was the *last* NATO summit held", "when are
# they meeting *again*": the question picks one occurrence of an event from several. A sentence
# with the event and without the word (nor one of its group: "another", "resume") tells of
# another occurrence, most often the one the story is about; it answers another question. The
# word picks an occurrence only before what it picks ("next" closing "who does he talk to next"
# means "then"; "last" closing "how long did it last" is the verb), and not before a time ("last
# week", "next Monday", "last January", "next summer": a date, which the sentence may give as
# "on Friday").
_OCCURRENCE_WORDS = frozenset({"next", "last", "previous", "again", "another"})
_TIME_WORDS = (
    rank_common.CALENDAR
    | sentence_analysis.TIME_UNIT_WORDS
    | frozenset(
        "weekend time night morning evening spring summer autumn fall winter season".split()
    )
)


# A closing "again" after a question word and a past auxiliary asks to be reminded ("when was
# the Trump Putin meeting in Alaska again", "what did Witkoff say again"), as "what's his name
# again" does: the asker knew the answer once, so it is of the occurrence already told. Only in
# the past: "when are they meeting again", "will they meet again" ask for another one.
_WH_WORDS = frozenset("when what whats who whos where which how why".split())
_PAST_AUXILIARIES = frozenset("was were did had".split())


# "Who's Witkoff again", "what's his name again": a closing "again" after "who/what is" and no
# other verb asks what someone or something is, which the asker was told already; the tokens
# drop the "'s", so no verb at all stands between. "Who is meeting again" has one.
_ASKS_IDENTITY = frozenset("who whos what whats".split())
_PRESENT_COPULA = frozenset("is are".split())
_BEFORE_NOUN = frozenset("the a an his her its their this that these those".split())


def reminds(words: Sequence[str]) -> bool:
    """Whether the question's closing "again" asks to be reminded (see _PAST_AUXILIARIES and
    _ASKS_IDENTITY)."""
    if len(words) <= 2 or words[-1] != "again" or words[0] not in _WH_WORDS:
        return False
    if words[1] in _PAST_AUXILIARIES:
        return True
    if words[0] not in _ASKS_IDENTITY:
        return False
    verbs = verb_lemmas()
    middle = words[2:-1] if words[1] in _PRESENT_COPULA else words[1:-1]
    return not any(
        word in verbs and (i == 0 or middle[i - 1] not in _BEFORE_NOUN)
        for i, word in enumerate(middle)
    )


# Marks that close a clause of a question: "who's steve witkoff again, the guy who talked
# about the alaska meeting", "that nato boss, whats his name again? and is ..."
_CLAUSE_END = re.compile(r"[,;:?!]")


def _reminders(words: Sequence[str], text: str = "") -> frozenset[int]:
    """Where the question's ``words`` have an "again" that asks to be reminded (:func:`reminds`):
    closing the question, or closing one of its clauses of ``text`` (cut at _CLAUSE_END), which
    an appositive or a second question may follow. The "again" of "who's steve witkoff again,
    the guy who talked about the alaska meeting" was read as asking of another occurrence, and
    the sentence naming the envoy was capped as answering another question (seed dev: two right
    answers withheld so, and a Wikinews one)."""
    found = {len(words) - 1} if reminds(words) else set()
    clauses = [tokenize(part) for part in _CLAUSE_END.split(text)]
    if len(clauses) > 1 and [w for clause in clauses for w in clause] == list(words):
        at = 0
        for clause in clauses:
            at += len(clause)
            if reminds(clause):
                found.add(at - 1)
    return frozenset(found)


# The words that open a clause bounding the asked period by a repetition: "how long does the
# coating last *before* you need to spray it again", "how many flushes *until* it must be
# applied again". Their "again" is the repetition that ends the period, not an occurrence of the
# asked event the question picks: the sentence answers in its own words ("lasts for roughly 500
# flushes before requiring reapplication"). Wikinews dev right +1, no wrong citation more.
_BOUNDING = frozenset({"before", "until", "till"})


def _picked_occurrences(words: Sequence[str], text: str = "") -> frozenset[str]:
    """The question's words that pick one occurrence of an event (see _OCCURRENCE_WORDS); not an
    "again" closing the question or a clause of its ``text`` that asks to be reminded
    (:func:`_reminders`)."""
    picked = set()
    reminders = _reminders(words, text)
    for i, word in enumerate(words):
        if word not in _OCCURRENCE_WORDS or i in reminders:
            continue
        if word == "again" and not _BOUNDING.isdisjoint(words[:i]):
            continue  # "how long does it last before you need to spray it again"
        following = words[i + 1] if i + 1 < len(words) else ""
        if word == "again" or (following.isalpha() and following not in _TIME_WORDS):
            picked.add(word)
    return frozenset(picked)


def other_occurrence(
    question: question_analysis.Question, words: Sequence[str], matched: Sequence[float]
) -> bool:
    """The question picks an occurrence ("the next meeting") the sentence does not mention."""
    picked = _picked_occurrences(words, question.text)
    return bool(picked) and any(
        credit <= 0 and term.word in picked
        for term, credit in zip(question.terms, matched, strict=True)
    )


# "Which country hasn't signed the deal", "who doesn't have to wear a mask": a question that asks
# about those who did not do something. A sentence that says it was done ("Nigeria and Benin
# signed the deal", "wearing a face covering would become compulsory") with no word of negation
# or exception tells of those who did: it answers the question without the "not".
_NEGATORS = frozenset({"not", "never"})
_AFTER_NEGATOR = frozenset("have has had to be been even yet still ever really actually".split())
# the kinds of question whose answer the negation picks out ("why didn't they use planes" takes
# it as given, and the reason may well say they were used elsewhere)
_PICKING_KINDS = frozenset("who when where what how_many how_much how_long definition".split())
_SUBJECTS = frozenset("i you he she it we they".split())  # "didn't *they* use": not the verb
_NEGATION = re.compile(
    r"n[’']t\b|\b(?:not|never|no|none|nor|neither|without|excepts?|exempt\w*|unless|"
    r"yet to|fail(?:s|ed)? to|refus\w*|declin\w*|only|all but|apart from|other than|"
    r"save for|exclud\w*)\b",
    re.IGNORECASE,
)


def negated_verbs(words: Sequence[str]) -> frozenset[str]:
    """The stems of the words a question negates ("hasn't *signed*", "doesn't have to *wear*",
    "not *wearing*")."""
    found = set()
    for i, word in enumerate(words):
        if word in _NEGATORS or word.endswith("n't"):
            j = i + 1
            while j < len(words) and (words[j] in _AFTER_NEGATOR or words[j] in _SUBJECTS):
                j += 1
            if j < len(words) and words[j].isalpha():
                found.add(stem(words[j]))
    return frozenset(found)


def affirms_negated(
    question: question_analysis.Question, words: Sequence[str], text: str, stems: AbstractSet[str]
) -> bool:
    """A wh-question negates a verb and the sentence has that verb with no negation anywhere."""
    if question.kind not in _PICKING_KINDS:
        return False
    negated = negated_verbs(words)
    return (
        bool(negated)
        and not negated.isdisjoint(stems)
        and not _NEGATION.search(text)
        and not any(("un" + v) in stems for v in negated)
    )


# "What does the 19 in COVID-19 stand for", "what does hygge mean": the answer says what a word
# or a name stands for, in a sentence that says so ("'D' is for 'disease'", "means", "short for");
# one that only uses the word ("COVID-19 has made us desperate") answers nothing. A definition
# in the encyclopedia's manner counts ("Judgment as a matter of law (JMOL) is a motion ...",
# "to indicate the precision"): without "is a" and "indicate" WikiQA's F1 fell 0.455 -> 0.443.
_MEANING = Lazy(
    r"\b(?:means?|meaning|meant|stands? for|stood for|represent\w*|refers? to|referring to|"
    r"short for|abbreviat\w*|acronym|initials|derived from|comes? from|named (?:after|for)|"
    r"is for|signif\w*|denot\w*|indicat\w*|translat\w*|defin\w*|(?:is|are|was) (?:a|an|the))\b",
    re.IGNORECASE,
)


def asks_meaning(words: Sequence[str]) -> bool:
    """Does the question ask what something means or stands for ("what does X mean", "what
    does X stand for", "what is X short for")?"""
    return len(words) > 3 and (
        words[-1] == "mean" or words[-2:] in (["stand", "for"], ["short", "for"])
    )


# What may stand between "where" and the "in" of "where in X": an adverb asking for precision
_PRECISELY = frozenset("exactly precisely specifically abouts".split())
# The prepositions that give a place as the place itself ("a meeting *in* Alaska")
_AT_PLACE = frozenset("in at to from".split())


def frame_place(words: Sequence[str]) -> str | None:
    """The place X of a question "where (exactly) in X ..." ("where exactly in alaska was the
    summit"): the one it already knows, asking for a place within it; None for any other
    question."""
    for i, word in enumerate(words):
        if word != "where":
            continue
        at = i + 1
        if at < len(words) and words[at] in _PRECISELY:
            at += 1
        if at + 1 < len(words) and words[at] == "in":
            at += 1
            if words[at] == "the" and at + 1 < len(words):
                at += 1
            return words[at]
        return None
    return None


def gives_only_the_frame(words: Sequence[str], text: str) -> bool:
    """Does the sentence ``text`` answer "where in X" (:func:`frame_place`) with X itself?
    Such a question knows X and asks where within it; a sentence that names X only after a
    preposition that a common word opens ("during a meeting *in Alaska* on Friday") gives no
    place within it, while "in Anchorage, Alaska", "Anchorage in Alaska" or "Alaska's capital"
    may. Seed dev: two unanswerable questions ("where exactly in alaska was the trump putin
    summit") had been answered at 0.86 and 0.54 with that sentence."""
    place = frame_place(words)
    if place is None:
        return False
    found = list(re.finditer(rf"\b{re.escape(place)}\b", text, re.IGNORECASE))
    if not found:
        return False
    for match in found:
        before = text[: match.start()].split()
        if before and before[-1].lower() == "the":
            before.pop()  # "in the Netherlands", as the question may say it (frame_place)
        if len(before) < 2 or before[-1].lower() not in _AT_PLACE:
            return False  # "Anchorage, Alaska", "Alaska's": X may frame another place
        opener = before[-2].strip("\"'(\u201c")
        if not opener[:1].islower():
            return False  # "Anchorage in Alaska"
        if text[match.end() : match.end() + 2] in ("'s", "\u2019s"):
            return False
    return True


def lacks_meaning(words: Sequence[str], text: str) -> bool:
    """The question asks what something means and the sentence says nothing of a meaning."""
    return asks_meaning(words) and not _MEANING.search(text)


# "How many delegates did Biden pick up?": "At least 1,991 delegates are needed to secure the
# party's nomination" has the asked count noun and a number, but the number is a threshold the
# story states, not the count of what happened. News stories on votes, elections and
# qualification give the threshold next to the result (and often in a story without the
# result), so a count question that does not itself ask what is needed is not answered by it.
# The number must be what is needed: within a few words before "are needed" or "needed to"
# ("1,991 delegates are needed", "the 1,991 needed to win"), or after "needs" ("a candidate
# needs 1,991"); a need elsewhere in the sentence is not its number's ("At least 20 people were
# killed, and more troops are needed to secure the area" counts the dead). A run of digits,
# commas and points is entered where it starts and read whole (possessive), or each of its
# digits started a read to its end (sentence_analysis._SPAN_START).
_NEEDED_NUMBER = r"(?<![\d,.])\d[\d,.]*+\s+(?:[\w'-]+\s+){0,3}?"
_REQUIREMENT = re.compile(
    _NEEDED_NUMBER + r"(?:is|are|was|were|be|been)\s+(?:\w+\s+)?(?:needed|required|necessary)\b"
    r"|" + _NEEDED_NUMBER + r"(?:needed|required|necessary)\s+(?:to|for|in\s+order)\b"
    r"|\bneeds?\s+(?:at\s+least\s+)?\d",
    re.IGNORECASE,
)
_REQUIREMENT_WORDS = frozenset(
    "need needs needed require requires required necessary minimum threshold".split()
)


def states_requirement(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """A "how many" question that does not ask what is needed, and a sentence whose number is
    what is needed or required ("1,991 delegates are needed to secure the nomination")."""
    return (
        question.kind == "how_many"
        and not _REQUIREMENT_WORDS.intersection(words)
        and _REQUIREMENT.search(text) is not None
    )


# "Under Ted Cruz's term limits plan, how many terms would senators get?": a story on a proposal
# states the rules it would change ("Under current U.S. constitutional law, the president is
# limited to two terms ... senators ... may serve for as many terms as ..."), and that sentence has
# the asked words and a count, but says what holds now, not what the proposal would make of it.
# A question on what would be, or on a plan, bill or amendment, that does not itself ask about now
# is not answered by a sentence framed as the present state ("under current law", "currently",
# "at present") that says nothing of what would or will be. Wikinews dev: three wrong citations
# (the same story asked in three sets, one of them fresh); no answered question lost.
_HYPOTHETICAL = frozenset("plan proposal proposals proposed amendment reform".split())
# "bill" is a first name too ("where does bill gates live"): a bill is one after a determiner
_A_BILL = frozenset("the a this that his her their its".split())
_ASKS_NOW = frozenset("current currently now existing present today still".split())
_STATUS_QUO = re.compile(
    r"\b(?:under|in)\s+(?:the\s+)?(?:current|existing|present)\b|\bcurrently\b|\bat present\b",
    re.IGNORECASE,
)
_SAYS_CHANGE = re.compile(
    r"\b(?:would|will|could|propos\w*|plan\w*|amendment|bill|reform\w*)\b", re.IGNORECASE
)


def states_status_quo(words: Sequence[str], text: str) -> bool:
    """The question asks about a plan, proposal, bill or amendment, not about now, and the
    sentence states what holds at present ("Under current law, ...") and nothing of a change
    (see _HYPOTHETICAL). Not "would" or "plans" alone, which ordinary questions have ("what are
    pg&e plans to reduce wildfire risks" is answered by what PG&E "is currently upgrading")."""
    asks_change = not _HYPOTHETICAL.isdisjoint(words) or any(
        word == "bill" and i and words[i - 1] in _A_BILL for i, word in enumerate(words)
    )
    return (
        asks_change
        and _ASKS_NOW.isdisjoint(words)
        and _STATUS_QUO.search(text) is not None
        and _SAYS_CHANGE.search(text) is None
    )


# what a sentence may state a requirement by: "needed", "required", "a majority of", "at least",
# "the threshold", "must"
_REQUIREMENT_STATED = re.compile(
    r"\b(?:need(?:s|ed|ing)?|requir\w*|necessary|minimum|threshold|majority|at least|must|"
    r"enough|quota|qualif\w*)\b",
    re.IGNORECASE,
)


def lacks_requirement(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """A "how many" question that asks what is needed ("how many votes did the resolution
    need to pass") and a sentence that states no requirement: its number is a tally ("passed
    with 231 Democrats supporting"), the neighbouring question's answer. The converse of
    :func:`states_requirement`."""
    return (
        question.kind == "how_many"
        and not _REQUIREMENT_WORDS.isdisjoint(words)
        and _REQUIREMENT_STATED.search(text) is None
    )


# "Who stabbed the mayor of Gdansk?": a sentence that has the verb only in the passive with no
# agent ("after Paweł Adamowicz, mayor of ... Gdańsk, was stabbed last night") says what was
# done to the mayor, not who did it; "X was killed by Y" names the doer, and so does an active
# verb ("Y stabbed him") or another form of it ("the stabbing suspect"). The "by" must come
# before a comma: "Navalny was poisoned with Novichok, a range of neurotoxins developed by the
# Soviet Union" names who developed the poison, not who poisoned him.
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got|gets|get)\s+(?:\w+ly\s+)?([a-z]+)\b(?=([^.;,]{0,60}))",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bby\b", re.IGNORECASE)
# a verb straight before "by" and what follows, as _PASSIVE's groups: "a lawsuit *filed* by ..."
_REDUCED_PASSIVE = re.compile(r"\b([a-z]+)\s+(?=(by\b[^.;,]{0,60}))", re.IGNORECASE)
# "who is", "who has", "who will": no deed asked for
_NOT_DEEDS = question_analysis.AUXILIARIES | MODALS | frozenset({"am", "be", "been"})


_COPULAS = frozenset("is was are were".split())
_NAME_WORDS = frozenset({"name", "names"})
_MAX_HEAD = 4  # "who was the *knife attacker* who ...": the words naming the doer


def _asked_deed(question: question_analysis.Question, words: Sequence[str]) -> str | None:
    """The stem of the verb whose doer a "who VERBed X" question asks for, else None; also for
    "who was the N who VERBed X", which asks the same ("who was the inmate who stabbed Sirhan").
    Not "who did X VERB" (:func:`asked_deed_at` with the question's names), which asks whom X
    VERBed: its doer is given."""
    at = _deed_position(question, words)
    return None if at is None else stem(words[at])


def _deed_position(question: question_analysis.Question, words: Sequence[str]) -> int | None:
    """Where the verb of :func:`_asked_deed` stands among ``words``: one reading for the stem
    that passive_only looks for and the deed names_doer looks for (:func:`asked_deed`)."""
    return asked_deed_at(words, ()) if question.kind == "who" else None


# "Who won the 2019 Nobel Prize in Physics?" - "the Academy announced the winners of the 2019
# Nobel Prize in Physics": the sentence has the asked deed only as the noun of its doers after
# "the", which refers to them without saying who they are (a story's lead often announces that
# someone won, was arrested or was charged before it names them).
_DEFINITE = frozenset("the these those".split())


# "the tests by a military laboratory", "the attack by Boko Haram": the noun of a deed and "by"
# a doer, a name or a noun phrase whose head is a person or an organisation. Not a measure, a
# time or a fixed phrase: "the winners by a narrow margin", "by 5%", "by Monday", "by far".
# What follows "by" is looked ahead at, not taken: a match that took it to the clause's end hid
# the next "by" of the clause ("sampling by nurses ended and the tests by a laboratory ...").
# Looked at as far as the doer's words reach (BY_CHARS), not to the clause's end: every "by" of
# a clause read the rest of it, quadratic in a long one without punctuation.
BY_CHARS = 100
_BY = re.compile(
    rf"(?<![\w'\u2019-])([\w'\u2019-]+)\s+by\s+(?=([^,;:.()]{{1,{BY_CHARS}}}))", re.IGNORECASE
)
_DOER_REACH = 4  # words after "by" in which the doer's head is looked for


def _may_say_by(text: str) -> bool:
    """Whether _BY may find anything in ``text``: every match holds "by" (case-blind), which a
    scan in C finds or not, where the expression starts at every word: over the corpus's
    sentences, 88% of which lack it, 24 -> 5 us a sentence. A text with other letters than
    ASCII is let through, as sentence_analysis._may_hold lets it."""
    return not text.isascii() or "by" in text.lower()


_DOER_LEADS = frozenset(
    """a an the his her its their our this that these those several many some other fellow
    two three four five six seven eight nine ten""".split()
)
_DOER_NOUNS = frozenset(
    """man men woman women person people boy boys girl girls child children teenager
    teenagers family official officials officer officers police policeman soldier soldiers
    troops forces army military navy authorities government agency court judge jury committee
    council commission panel board company firm group team organisation organization party
    parliament lawmakers researchers scientists experts doctors laboratory lab university
    hospital staff workers employees students members fans residents voters protesters
    demonstrators rebels militants gunman gunmen attacker attackers assailant assailants suspect
    suspects thieves hackers activists journalists artist author""".split()
)


def _by_doer(after: str) -> bool:
    """Whether the words after a "by" (``after``, up to a punctuation mark) name a doer: a
    capitalised word that is no calendar word ("by Boko Haram", not "by Monday"), or a person
    or organisation noun (_DOER_NOUNS) past determiners and modifiers ("by a military
    laboratory", not "by a narrow margin", "by 5%", "by the time police arrived", "by far").
    The capitalised word opens the phrase: past a modifier it names no doer by itself, being
    as often the clause's object ("by mass spectrometry found Novichok")."""
    modified = False  # a lower-case word other than a determiner passed
    for word in after.split()[:_DOER_REACH]:
        # a possessive read as its owner ("by Monday's deadline"), and a name's hyphen or
        # apostrophe ("by Spiez-Labor", "by O'Brien") as letters: passed over as no word, the
        # possessive's calendar word let a name later in the clause ("... found Novichok")
        # pass for the doer, and the names were no doer
        folded = word.lower().removesuffix("'s").removesuffix("\u2019s")
        if folded in _DOER_LEADS or not re.sub("['\u2019-]", "", folded).isalpha():
            continue
        if word[0].isupper():
            if modified and folded not in rank_common.CALENDAR:
                continue  # "by local Taliban militants": the noun after it may still be
            return folded not in rank_common.CALENDAR
        if folded in _DOER_NOUNS or folded in _office_words():  # "by the president"
            return True
        if folded in STOPWORDS or folded in _TIME_WORDS:
            return False  # "by the end of ...", "by the time ...": a time, no doer
        modified = True
    return False


def doers_only_referred(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """A "who VERBed X" question and a sentence with the verb (or a related form) only after
    "the" ("announced *the winners*"): it refers to the doers and may not name them. Not where
    "by" and a doer follow the noun (:func:`_by_doer`): "the tests by a military laboratory
    found Novichok" says who tested."""
    deed = _asked_deed(question, words)
    if deed is None:
        return False
    forms = {deed}.union(*(t.related for t in question.terms if t.stem == deed))
    tokens = tokenize(text)
    places = [i for i, token in enumerate(tokens) if stem(token) in forms]
    return (
        bool(places)
        and all(i > 0 and tokens[i - 1] in _DEFINITE for i in places)
        and not (
            _may_say_by(text)
            and any(
                stem(m.group(1).lower()) in forms and _by_doer(m.group(2))
                for m in _BY.finditer(text)
            )
        )
    )


class AskedDeed(NamedTuple):
    """The deed whose doer a "who VERBed X" question asks for: the stems of the verb and its
    related forms (``forms``: "stab", "stabbing"), the verb's own stem and lemma (``verb``:
    a deed's noun or a word of its related-word group, "winner", is no verb of it), and the
    question's words (``asked``: "the woman who died" names the woman, no doer)."""

    forms: frozenset[str]
    verb: frozenset[str]
    asked: frozenset[str]


def asked_deed(question: question_analysis.Question, words: Sequence[str]) -> AskedDeed | None:
    """The deed whose doer a "who VERBed X" question asks for (_asked_deed), else None: what
    :func:`names_doer` looks for."""
    at = _deed_position(question, words)
    if at is None:
        return None
    deed = stem(words[at])
    forms = frozenset({deed}.union(*(t.related for t in question.terms if t.stem == deed)))
    verb = frozenset({deed, verb_lemmas().get(words[at], deed)})
    return AskedDeed(forms, verb, frozenset(words))


# A word of the sentence, or a punctuation mark that ends the stretch a doer is looked for in
_CLAUSE_WORD = re.compile(r"[\w'\u2019-]+|[,;:()\"\u201c\u201d]")
_PASSIVE_WORDS = frozenset("was were been being is are be got gets get".split())


def names_doer(deed: AskedDeed, text: str) -> bool:
    """Whether ``text`` names a doer of the asked deed (:func:`asked_deed`): after "by" ("was
    stabbed by a 27-year-old man", "the attack by Boko Haram": _by_doer), or before its verb in
    the clause, in the active ("Stefan W. stabbed the mayor", "a gunman stabbed him"): a name,
    a person or organisation noun or an office within _MAX_HEAD words before it, with no
    punctuation between and not a word of the question. Not a passive with no agent ("the mayor
    was stabbed") nor the deed's noun after "the" ("the stabbing"): they say it was done, not
    by whom."""
    if _may_say_by(text) and any(
        stem(m.group(1).lower()) in deed.forms and _by_doer(m.group(2)) for m in _BY.finditer(text)
    ):
        return True
    found, verbs = _clause_words(text)
    if deed.verb.isdisjoint(verbs):
        return False  # the deed's verb is nowhere in it: no word to look before
    lemmas = verb_lemmas()
    for at, word in enumerate(found):
        low = word.lower()
        if at == 0 or (stem(low) not in deed.verb and lemmas.get(low) not in deed.verb):
            continue
        end = _subject_end(found, at)
        before = found[max(0, end - _MAX_HEAD - 1) : end]
        if not before:
            continue
        last = before[-1].lower()
        if last in _PASSIVE_WORDS or last in _DEFINITE:
            continue
        if len(before) > 1 and last.endswith("ly") and before[-2].lower() in _PASSIVE_WORDS:
            continue  # "was fatally stabbed"
        for back, prior in enumerate(reversed(before)):
            if not prior[0].isalnum():
                break  # the clause starts after a punctuation mark
            folded = prior.lower().removesuffix("'s").removesuffix("\u2019s")
            if folded in deed.asked:
                continue
            if folded in _DOER_NOUNS or folded in _office_words():
                return True
            first = end - back - 1 == 0  # the sentence's first word: capitalised anyway
            capitalised = prior[0].isupper() and folded not in rank_common.CALENDAR
            if capitalised and not (first and folded in STOPWORDS):
                return True
    return False


@lru_cache(maxsize=1024)
def _clause_words(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words and punctuation marks of a sentence (_CLAUSE_WORD), and every stem and verb
    lemma of its words, for :func:`names_doer`: a "who VERBed X" question reads every news
    candidate of its stories so, the copies of a story repeat its sentences and the next
    question on the story reads them again (0.14 ms a question on the bench's 40), and the
    deed's verb is in few of them. Bounded (~3 KB an entry: a sentence's words and stems).
    The words are found by ``findall`` (the expression has no group: each whole match), half
    the time of a match object per word."""
    found = tuple(_CLAUSE_WORD.findall(text))
    lemmas = verb_lemmas()
    verbs: set[str] = set()
    for word in found:
        low = word.lower()
        verbs.add(stem(low))
        lemma = lemmas.get(low)
        if lemma is not None:
            verbs.add(lemma)
    return found, frozenset(verbs)


_APPOSITIVE = 12  # words between the commas of an aside set between a doer and its verb
_ASIDE_RELATIVES = frozenset({"who", "which"})  # "Ann Lee, who won it, ..."


def _subject_end(found: Sequence[str], at: int) -> int:
    """Where the words naming the doer of the verb at ``at`` end (exclusive), in the sentence's
    words and marks ``found``: just before the verb, or before an aside set off by commas
    between them ("Madina Bizheva, in her fourth year at the university, won the Olympiad")
    or a relative "who" ("Actor Denzel Washington, who paid for his studies, said"), which
    name the doer as well as "Madina Bizheva won" does. Without this, the comma ended the
    clause and such a sentence named no doer. Wikinews dev: ranked first 1061 -> 1064, right
    answers, wrong citations and abstentions unchanged; seed dev unchanged."""
    if at >= 2 and found[at - 1].lower() in _ASIDE_RELATIVES and found[at - 2] == ",":
        return at - 2
    if found[at - 1] != ",":
        return at
    for back in range(at - 2, max(-1, at - 2 - _APPOSITIVE), -1):
        if found[back] == ",":
            return back if back < at - 2 else at
        if not found[back][0].isalnum():
            return at  # another mark: not one aside
    return at


def passive_only(question: question_analysis.Question, words: Sequence[str], text: str) -> bool:
    """The question asks who did something ("who stabbed the mayor") and the sentence has that
    verb only in the passive, with no "by" naming the doer."""
    deed = _asked_deed(question, words)
    if deed is None:
        return False
    uses = sum(stem(w) == deed for w in tokenize(text))
    if not uses:
        return False
    passives = [m for m in _PASSIVE.finditer(text) if stem(m.group(1).lower()) == deed]
    # a participle after its noun is a passive as well ("a lawsuit filed by the Senate"), its
    # "by" straight after it
    starts = {m.start(1) for m in passives}
    reduced = [
        m
        for m in _REDUCED_PASSIVE.finditer(text)
        if m.start(1) not in starts and stem(m.group(1).lower()) == deed
    ]
    own = {fold(w) for w in words}
    return len(passives) + len(reduced) == uses and not (
        any(_new_agent(m.group(2), own) or _agent_after_setting(text, m.end(1)) for m in passives)
        or any(_new_agent(m.group(2), own) for m in reduced)
    )


# The words that end the doer's noun after "by" ("by the Puerto Rico Senate *on* Sunday")
_AGENT_ENDS = STOPWORDS - frozenset("the a an".split())


def _new_agent(after: str, own: AbstractSet[str]) -> bool:
    """Does the "by" in ``after`` (the words after a passive verb) name a doer the question does
    not already give (``own``, its words folded)? "Who filed the Puerto Rico Senate's lawsuit"
    is not answered by "a lawsuit filed by the Puerto Rico Senate on Sunday": the doer's noun
    (up to its first stop word past the article) is the question's own. A "by" with no words
    after it, or with no noun before its first stop word, counts as a doer as before."""
    found = _AGENT.search(after)
    if found is None:
        return False
    doer = list(takewhile(lambda w: fold(w) not in _AGENT_ENDS, tokenize(after[found.end() :])))
    doer = [w for w in doer if fold(w) not in ("the", "a", "an")]
    return not doer or not own.issuperset(fold(w) for w in doer)


# A doer named after the passive's place and time, across their commas: "Matt Ratana was shot at
# the Croydon, South London custody centre, at roughly 2am local time (0100 UTC) on Friday *by*
# a prisoner". Only where nothing between is another verb's participle or opens a clause of its
# own ("Novichok, a range of neurotoxins *developed* by the Soviet Union", "..., *which* was
# ... by"): the "by" is then that verb's. Within AGENT_REACH characters, before a full stop or
# a semicolon. Wikinews dev right +1 ("who shot sgt matt ratana"), no wrong citation more.
AGENT_REACH = 150
_SETTING_THEN_BY = re.compile(rf"([^.;]{{0,{AGENT_REACH}}}?)\bby\b", re.IGNORECASE)
_SETTING_ENDS = re.compile(
    r"\b(?:\w+(?:ed|en)|which|who|whom|whose|that|said|says|and|but)\b", re.IGNORECASE
)


def _agent_after_setting(text: str, end: int) -> bool:
    """Does a "by" follow the passive verb ending at ``end`` with only its setting between
    (_SETTING_THEN_BY, _SETTING_ENDS)?"""
    found = _SETTING_THEN_BY.match(text, end)
    return found is not None and _SETTING_ENDS.search(found.group(1)) is None


# "what did the Pope say when Notre Dame burned" asks for the Pope's words. A sentence without any
# word naming the speaker reports someone else's, or nobody's ("the fire's cause had not been
# officially stated"). The answerer keeps the sentence where the speaker is in it by another
# name (an alias, their country, a fact's speaker: confidence_checks._speaker_absent). "How
# did the Iranian government respond to the ban" asks for the speaker's words as well (rank
# reads it as a statement): it was answered at 0.62 with the US ambassador's allegation in the
# same story.
# the verbs after which "how did X ..." asks for X's words (question_analysis.ASKS_WORDS), and those
# of saying
_HOW_SAID = question_analysis.SAY_WORDS | question_analysis.ASKS_WORDS


def without_talk(words: Sequence[str]) -> Sequence[str]:
    """``words`` without up to two words of talk that open them before a question word or an
    auxiliary ("so what did he say", "ok so why do they"): the question proper, as
    question_analysis reads its kind (question_analysis.talk_before_clause)."""
    talk = question_analysis.talk_before_clause(words)
    return words[talk:] if talk else words


def speaker_span(question: question_analysis.Question, words: Sequence[str]) -> tuple[str, ...]:
    """The words that name who is asked to have said something ("what did the Pope say ...",
    "how did Iran react ...": those between the auxiliary and the reporting verb); empty for
    questions that ask no one's words. Words of talk before the question word ("*so* what did
    Interpol say") are not part of it (question_analysis.DISCOURSE_OPENERS)."""
    words = without_talk(words)
    if question.answer_type != "statement" or len(words) < 4:
        return ()
    if words[0] not in ("what", "whats", "how") or words[1] not in question_analysis.AUXILIARIES:
        return ()
    saying = _HOW_SAID if words[0] == "how" else question_analysis.SAY_WORDS
    at = next((i for i, w in enumerate(words) if w in saying), None)
    if at is None or at < 3:
        return ()
    return tuple(words[2:at])


def none_credited(
    question: question_analysis.Question, words: Collection[str], matched: Sequence[float]
) -> bool:
    """The question has terms among ``words`` and the sentence credits none of them: what the
    checks below mean by a sentence lacking the speaker, the topic or the noun asked about.
    Public: confidence_checks reads it for the period a "during" question names."""
    credits = [m for t, m in zip(question.terms, matched, strict=True) if t.word in words]
    return bool(credits) and not any(m > 0 for m in credits)


def speaker_absent(
    question: question_analysis.Question, words: Sequence[str], matched: Sequence[float]
) -> bool:
    """The question asks what someone said (:func:`speaker_span`; the possessed of a possessive
    there, :func:`possessed_speaker`) and the sentence has none of those words."""
    span = speaker_span(question, words)
    if not span:
        return False
    speaker = possessed_speaker(question.text, span) or frozenset(span)
    return none_credited(question, speaker, matched)


# "What did Interpol say about Iran's request": the words after "about" name what the speech
# is about. A sentence with the speaker's words but none of the topic's (Interpol's rules in
# general, a ruling's critics on speech law) reports what the speaker said about something
# else. So do the words of an event the speech followed ("what did Pompeo say *after* Bolton
# was ousted", "what did Tedros say *when* the WHO declared a pandemic"): words said then
# name it or its matter, and a sentence with none of them quotes the speaker on something else
# (Wikinews dev wrong citations 45 -> 43, no right answer lost; seed dev unchanged). Not "say
# on"/"say to" and the like: they also open times and listeners. Not for a
# calamity: words about a crash or an attack are condolences that rarely name it ("what did
# Modi write about the plane crash": "My thoughts are with those who lost their loved ones").
_CALAMITIES = frozenset(
    "accident attack attacks blast bombing collapse crash crashes death deaths disaster"
    " earthquake explosion fire flood floods hurricane killing killings massacre outbreak"
    " shooting storm tragedy".split()
)


# the words after the reporting verb that open what the speech is about or the event it followed
_TOPIC_OPENERS = frozenset(("about", "after", "when"))


def _said_topic(question: question_analysis.Question, words: Sequence[str]) -> frozenset[str]:
    """The content words after "say about" (or "say after", "say when": _TOPIC_OPENERS) in a
    question asking someone's words (empty when the question asks no one's words, or names no
    topic)."""
    span = speaker_span(question, words)
    if not span:
        return frozenset()
    words = without_talk(words)
    at = 2 + len(span)
    if at + 1 >= len(words) or words[at + 1] not in _TOPIC_OPENERS:
        return frozenset()
    topic = frozenset(w for w in words[at + 2 :] if w[:1].isalpha() and w not in STOPWORDS)
    return frozenset() if topic & _CALAMITIES else topic


def topic_absent(
    question: question_analysis.Question, words: Sequence[str], matched: Sequence[float]
) -> bool:
    """The question asks what someone said about a topic ("what did Interpol say about Iran's
    request") and the sentence has none of the topic's words."""
    return none_credited(question, _said_topic(question, words), matched)


# "How long" asks a length of time (or of a thing): a sentence without a single unit of either
# ("two French police officers were found guilty on Thursday" for "how long are the officers
# going to jail for") says something else about the story, however many of its words it has.
_LENGTH_UNITS = frozenset(
    "second minute hour day week fortnight month year decade century life lifetime term"
    " sentence until since mile kilometre kilometer metre meter foot feet inch km"
    " long longer lasted lasting".split()
)


def length_unsaid(question: question_analysis.Question, text: str) -> bool:
    """A "how long" question and a sentence with no word of a length, of time or of a thing."""
    if question.kind != "how_long":
        return False
    words = tokenize(text)
    return not any(w in _LENGTH_UNITS or w.rstrip("s") in _LENGTH_UNITS for w in words)


# "What did Hana Kimura's mother say": the speaker is the mother, not Kimura; a sentence naming
# Kimura (a story about her death is full of them) without her mother reports someone else.
_POSSESSIVE = re.compile(r"[\w.-][’']s\s+([a-z]+)\b")


def possessed_speaker(text: str, span: Sequence[str]) -> frozenset[str]:
    """The speaker ``span``'s words from the lower-case word after a possessive on ("Kimura's
    *mother*", "Trump's *lawyer Rudy Giuliani*"): who speaks. Empty when the span has no
    possessive, or a name follows it ("Biden's Kamala Harris")."""
    for found in _POSSESSIVE.finditer(text):
        word = found.group(1)
        if word in span:
            return frozenset(span[span.index(word) :])
    return frozenset()


# "How did the Kremlin respond to *Witkoff's* claims", "what did Beijing say about *Trump's*
# remarks": the possessor after the verb of saying is whose words the question is about, not who
# is asked to speak. A sentence in which that possessor is the one reporting ("the envoy Steve
# Witkoff mentioned that ...") gives the words responded to, not the response.
_POSSESSOR = re.compile(r"\b([a-z][\w.-]*)[’']s\b")
_REPORTED_BY = "|".join(sorted(speech.REPORTED | wording.CLAIMED))


def quotes_the_possessor(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """The question asks what someone said (:func:`speaker_span`) about another's words ("how
    did the Kremlin respond to Witkoff's claims"), and the sentence ``text`` has that other one
    as the subject of a reporting verb ("Witkoff mentioned that ...", "Witkoff, the envoy,
    said"): it reports the words asked about, not the asked speaker's."""
    words = without_talk(words)
    span = speaker_span(question, words)
    if not span:
        return False
    saying = _HOW_SAID if words[0] == "how" else question_analysis.SAY_WORDS
    verb = next(w for w in words[2:] if w in saying)
    after = question.text.lower().split(f" {verb} ", 1)
    if len(after) < 2:
        return False
    owners = {m.group(1) for m in _POSSESSOR.finditer(after[1])} - set(span) - STOPWORDS
    return any(
        re.search(rf"\b{re.escape(owner)}\b(?:,[^,]{{1,40}},)?\s+(?:{_REPORTED_BY})\b", text, re.I)
        for owner in owners
    )


# "Who paid for Boseman to go to the drama academy", "who did Boris Johnson beat": the question's
# verb is the relation whose doer it asks for; "when will Germany's Mahan Air ban end": the event
# whose time it asks for ("Germany on Monday banned ..." dates the ban, not its end). A sentence
# without that verb names someone else in another relation ("He attended the British American Drama
# Academy" follows the sentence that names who paid, and inherits "paid" from it as a pronoun-led
# sentence does: rank's CONTEXT_CREDIT). Only a verb the sentence has itself (or a related form:
# "winner" for "won") states it; one that is nowhere in the sentence but in its story's headline or
# lead ("Kosgei wins Chicago Marathon") is the story's own relation, which its sentences need not
# repeat. Verbs of saying are left out: any verb of saying reports ("who reported the agreement":
# "Witkoff mentioned that ..."). Only for a news story's sentence (the answerer checks): on WikiQA's
# encyclopedia summaries, which describe their subject in verbs of their own ("who invented ..." -
# "... was developed by"), it cost triggering F1 0.4585 -> 0.4560.
_DEED_AUXILIARIES = frozenset("did does do will would has have had".split())
# "when did|will X VERB": not "when is|was X" (no verb: "when is the election")
_EVENT_AUXILIARIES = frozenset("did does do will would can could".split())
_PARTICLES = frozenset("out up on off down for about to with in over from".split())
REPORTING_DEEDS = question_analysis.SAY_WORDS | speech.forms(("report", "mention"))


# the modals after which a who-question's next word is its verb ("who will *chair*"), unlike
# "did", "has": "who did police arrest" asks whom they arrested
_DEED_MODALS = frozenset("will would could should can might may shall".split())


def _bare_verb(word: str, names: Sequence[tuple[int, int]], at: int) -> bool:
    """Is ``word``, at ``at`` in a who-question, a verb rather than the subject of one: a form
    of a known verb (facts' verbs.txt) where none of the question's names begins."""
    return word in verb_lemmas() and not any(first == at for first, _ in names)


# The verbs of saying or believing between a who-question's subject and the deed it asks the
# doer of: "who does the german government *say* poisoned navalny", "who do police *think*
# killed her"
_CLAIM_VERBS = frozenset(
    """say says said think thinks thought believe believes believed claim claims claimed
    suspect suspects suspected allege alleges alleged""".split()
)


def _reported_deed_at(words: Sequence[str], names: Sequence[tuple[int, int]]) -> int:
    """Where the deed stands in "who did|does SUBJECT say VERBed X" (_CLAIM_VERBS): the past verb
    right after the verb of saying, whose doer the question asks as "who VERBed X" does; else
    past the words (no deed found). "Who did police say they arrested" has a subject there,
    not a deed, and so does "who did police say Ahmed met": a name the question resolves
    (``names``) is no verb for ending in "ed"."""
    lemmas = verb_lemmas()
    for i in range(3, len(words) - 1):
        if words[i] in _CLAIM_VERBS:
            deed = words[i + 1]
            if any(first == i + 1 for first, _ in names):
                break
            lemma = lemmas.get(deed)
            # a verb the verb list lacks ("poisoned") is known by its regular past
            if (lemma is None and deed.endswith("ed")) or (
                lemma is not None and verb_form(deed, lemma) == "past"
            ):
                return i + 1
            break
    return len(words)


def asked_deed_at(words: Sequence[str], names: Sequence[tuple[int, int]]) -> int | None:
    """Position of the verb whose doer (or done-to) a who-question asks for: "who *paid* for
    ...", "who was the inmate who *stabbed* Sirhan", "who did Boris Johnson *beat*" (after a
    name the question resolves, ``names`` as token spans ``[first, last)``, perhaps after
    "the"); None for other forms ("who is X", "who did the police arrest", where no name tells
    where the subject ends). For "when|where did|will ... VERB": its last word (a particle
    aside), the verb of the event whose time or place is asked ("when will the ban *end*")."""
    if len(words) >= 4 and words[0] in ("when", "where") and words[1] in _EVENT_AUXILIARIES:
        end = len(words) - 1 if words[-1] not in _PARTICLES else len(words) - 2
        verb = words[end]
        return end if verb.isalpha() and verb not in _NOT_DEEDS else None
    if len(words) >= 6 and words[0] in ("what", "whats") and _NAME_WORDS & set(words[1:4]):
        # "what's the name of the guy who *stabbed* the mayor" asks who stabbed him
        return next(
            (
                i + 1
                for i in range(3, min(len(words) - 1, 6 + _MAX_HEAD))
                if words[i] in ("who", "that")
                and words[i + 1].isalpha()
                and words[i + 1] not in question_analysis.QUESTION_WORDS
                and words[i + 1] not in _NOT_DEEDS
            ),
            None,
        )
    if len(words) < 3 or words[0] != "who":
        return None
    at = 1
    if words[1] in _DEED_MODALS and _bare_verb(words[2], names, 2):
        at = 2  # "who will *chair* the talks": a modal before the verb, no subject between
    elif words[1] in _DEED_AUXILIARIES:
        opening = 3 if words[2] == "the" else 2
        at = next((last for first, last in names if first == opening), None)
        if at is None:
            at = _reported_deed_at(words, names)
    elif words[1] in _COPULAS and words[2].endswith("ing") and _bare_verb(words[2], names, 2):
        at = 2  # "who is *paying* for the force": the deed going on or planned
    elif words[1] in _COPULAS:  # "who was the inmate who *stabbed* Sirhan"
        at = next(
            (i + 1 for i in range(2, min(len(words) - 1, 3 + _MAX_HEAD)) if words[i] == "who"),
            1,
        )
    if at >= len(words):
        return None
    verb = words[at]
    if not verb.isalpha() or verb in question_analysis.QUESTION_WORDS or verb in _NOT_DEEDS:
        return None
    return at


def deed_unstated(
    question: question_analysis.Question,
    words: Sequence[str],
    names: Sequence[tuple[int, int]],
    matched: Sequence[float],
    in_story: Sequence[bool],
) -> bool:
    """The verb of a who-, when- or where-question (:func:`asked_deed_at`) is not in the
    sentence: not at all and not in its story's headline or lead either, or only inherited from
    the sentence before."""
    at = asked_deed_at(words, names)
    if at is None or words[at] in REPORTING_DEEDS:
        return False
    # a phrase's verb is a term as the one word it means: "who called for" asks who demanded
    deed = next((word for i, _, word in phrases(words) if i == at), words[at])
    found = [
        (credit, titled)
        for term, credit, titled in zip(question.terms, matched, in_story, strict=True)
        if term.word == deed
    ]
    if not found:
        return False
    credit, titled = max(found)
    return credit < rank_common.RELATED and not (
        credit == 0 and titled and _story_of_names(question, words, names, in_story)
    )


# The adverb particles that make a verb another verb ("bring *forward* a legislative agenda",
# "set *out*", "run *up* debts"): never a preposition before a noun ("writing *for* the Court"
# is still writing). A sentence whose only form of the asked deed stands before one of them,
# where the question's does not, says another deed.
_SENSE_PARTICLES = frozenset("up off out down over away back forward forth".split())


def deed_in_other_sense(words: Sequence[str], names: Sequence[tuple[int, int]], text: str) -> bool:
    """The verb of a who-, when- or where-question (:func:`asked_deed_at`) is in the sentence
    only in another sense: each of its forms there (any tense: "brought", "bring") opens a
    phrasal verb (_SENSE_PARTICLES) or a listed phrase (facts/data/phrases.txt) that the
    question's does not. "Who took first place at the student neurosurgery olympiad" is not
    answered by "The second International Student Olympiad ... took place in the first week of
    April" (a phrase meaning "happened"), nor "who brought the case against the prorogation to
    the Scottish court" by "The UK government needs to bring forward a strong domestic
    legislative agenda": the ranking credits the verb's word, not its sense. Wikinews dev wrong
    citations 45 -> 43 (two wrong sentences), no right answer lost; seed dev unchanged. Nor is
    "who ran the Q&A" answered by "he sets out to run for District Attorney": a prepositional
    verb of another sense (_SENSE_PREPOSITIONS)."""
    at = asked_deed_at(words, names)
    if at is None:
        return False
    lemmas = verb_lemmas()
    deed = lemmas.get(words[at], stem(words[at]))
    sentence = [w.lower() for w in tokenize(text)]
    found = [i for i, w in enumerate(sentence) if lemmas.get(w, stem(w)) == deed]
    if not found:
        return False
    asked = _sense_of(words, at)
    return all(_sense_of(sentence, i) not in ("", asked) for i in found)


# Prepositional verbs whose preposition makes them another verb, by the verb's lemma: one "runs
# for" an office (campaigns) where one "runs" a company or a session, "stands for" (means or
# campaigns), "looks into" (investigates) or "after" (cares for), "accounts for" (makes up or
# explains), "calls on" (urges) or "off" (cancels). Not those whose preposition only adds an
# object ("pay for", "vote for", "ask for"): the deed is the same.
_SENSE_PREPOSITIONS = {
    "run": frozenset({"for", "into"}),
    "stand": frozenset({"for"}),
    "look": frozenset({"into", "after", "for"}),
    "account": frozenset({"for"}),
    "call": frozenset({"on", "off"}),
    "come": frozenset({"across"}),
    "fall": frozenset({"for"}),
    "take": frozenset({"after"}),
}


def _sense_of(words: Sequence[str], at: int) -> str:
    """What the verb at ``at`` is part of: the particle after it (_SENSE_PARTICLES), the
    preposition of a prepositional verb that means another (_SENSE_PREPOSITIONS) or the word
    its listed phrase means, "" when it stands alone."""
    phrase = next((word for i, _, word in phrases(words) if i == at), "")
    if phrase:
        return phrase
    after = words[at + 1] if at + 1 < len(words) else ""
    if after in _SENSE_PREPOSITIONS.get(verb_lemmas().get(words[at], stem(words[at])), ()):
        return after
    return after if after in _SENSE_PARTICLES else ""


def _story_of_names(
    question: question_analysis.Question,
    words: Sequence[str],
    names: Sequence[tuple[int, int]],
    in_story: Sequence[bool],
) -> bool:
    """Whether the story of the sentence is about the names the question gives (``names``,
    token spans): one of their words is in its headline or lead (``in_story``), or the
    question gives none. Only then does the headline's event stand for the sentence's: "when
    did Mir-Mohammadi die" is answered within "Mir-Mohammadi dies of COVID-19" by a sentence
    without "die", while "when did Richard Burton die" is not by "... actor Richard Burton who
    stayed at Bontddu Hall ..." in a story whose headline or lead tells some other death (a
    near miss written for abst28)."""
    named = {words[i] for first, last in names for i in range(first, last)}
    if not named:
        return True
    return any(
        titled for term, titled in zip(question.terms, in_story, strict=True) if term.word in named
    )


# "What did the judge rule in the states' lawsuit" asks what the judge did; a sentence without
# the judge ("'President Trump treats the rule of law with utter contempt,' said California
# Attorney General Xavier Becerra", which has "rule" as a noun) tells what someone else did, as
# speaker_absent says for the verbs of saying. Only for a subject that is "the" and a common
# noun: a named subject is weighed through the entities a sentence mentions (their aliases,
# their country), and "why did Hong Kong protesters wear eyepatches" is answered by "Many
# carried signs or wore eyepatches ...", where the subject stays implicit.
def subject_absent(
    question: question_analysis.Question,
    words: Sequence[str],
    matched: Sequence[float],
    text: str = "",
    title: str = "",
) -> bool:
    """The question asks what "the NOUN" did ("what did the judge rule ...", or how many, how
    much or how: :func:`_the_subject_at`; or when or where "the NOUN" is:
    :func:`_the_occasion_at`) and the sentence (``text``) has no credit for that
    noun, nor for a related word of it, nor a pronoun for it where its story's headline
    (``title``) names it (:func:`_told_as_pronoun`)."""
    if _aged_absent(question, words, matched):
        return True
    at = _the_subject_at(words)
    if at is None:
        at = _the_occasion_at(words)
    if at is None:
        return False
    absent = none_credited(question, (words[at],), matched)
    return absent and not _told_as_pronoun(words[at], text, title)


# the pronouns news goes on with after naming a thing or a group in its headline
_BACK_PRONOUNS = frozenset("it its they them their he his she her".split())


def _told_as_pronoun(noun: str, text: str, title: str) -> bool:
    """Whether the sentence may say the asked subject as a pronoun: its story's headline names
    it and the sentence has a pronoun ("how many people did the fire kill?": "Officials said
    *it* killed nine people" in "*Fire* kills nine ... in Chittagong"). News names its
    headline's subject once and goes on with "it" or "they"; a count or a deed so told is the
    subject's own, where one in a story headlined with something else is another's (the
    Imperial College researchers' estimate, in a story of Chinese officials' count)."""
    if not title or not _BACK_PRONOUNS.intersection(tokenize(text)):
        return False
    return stem(noun) in sentence_analysis.title_stems(title)


_HOW_MUCH = frozenset("many much".split())
# below this Zipf frequency the subject of a "how" question is read as a name, not a noun
_COMMON_SUBJECT_ZIPF = 4.0


def _the_subject_at(words: Sequence[str]) -> int | None:
    """Position of the noun after "the" that is the subject of "what did the NOUN VERB", and
    of "how many|much N did the NOUN VERB" ("how many days of mourning did the congress party
    announce": Goa's government announced them; "how many people did the Imperial College
    researchers think had the virus": Chinese officials confirmed a count) and "how did the
    NOUN VERB"; None for other questions."""
    if len(words) < 5:
        return None
    if words[0] in ("what", "whats", "how") and words[1] in _DEED_AUXILIARIES:
        aux = 1
    elif words[0] == "how" and words[1] in _HOW_MUCH:
        aux = next(
            (i for i in range(2, min(len(words), 3 + _MAX_HEAD)) if words[i] in _DEED_AUXILIARIES),
            None,
        )
        if aux is None:
            return None
    else:
        return None
    if aux + 2 >= len(words) or words[aux + 1] != "the":
        return None
    if words[0] == "how" and zipf(words[aux + 2]) < _COMMON_SUBJECT_ZIPF:
        return None  # a name, perhaps mistyped ("the furnal equinox"): the entities weigh it
    return aux + 2


# "when is the funeral", "where is the trial going to be":
# the question words and the auxiliary before "the" and the occasion asked of
# (and their contractions typed without the apostrophe: "whens the funeral")
_WHEN_WHERE = frozenset("when where whens wheres".split())
_OCCASION_AUXILIARIES = frozenset("is was are were will".split())


def _the_occasion_at(words: Sequence[str]) -> int | None:
    """Position of the head noun of "when|where is|was|will the NOUN ..." ("when is the
    *funeral* for john luk jok", "when will the *appeal* be in court", "when's the *funeral*"
    as the tokens have it, "when the funeral"): the last word of the run
    after "the" that ends at a stop word or the question's end, a common one
    (_COMMON_SUBJECT_ZIPF, not a name). Not where a verb in the past follows: "where was the
    christchurch shooting suspect arrested" asks of the arrest, which "Police arrested the
    accused in ..." tells without the asker's noun. A sentence without it or a related
    word dates or places another occasion of the story ("John Luk Jok ... died yesterday in
    Juba": the death, not the funeral; "Mohammed Waseem ... was sentenced for her murder": the
    sentence, not the appeal). Wikinews dev: the subject cap reaches six unanswerable near
    misses (three funerals, a parliament's vote, a full moon, a ministers' meeting) and an
    answerable question whose best sentence is not gold, in both halves of the sets, odd and
    even, and no gold sentence; dev right and wrong unchanged (all were withheld, two only
    just: 0.43 and 0.46). None for other questions."""
    if len(words) < 3 or words[0] not in _WHEN_WHERE:
        return None
    # "when's the funeral", "whens the funeral": the tokens drop the contracted "is"
    aux = 0 if words[1] == "the" else 1 if words[1] in _OCCASION_AUXILIARIES else None
    if aux is None or len(words) < aux + 3 or words[aux + 1] != "the":
        return None
    if any(question_parts.past(word) for word in words[aux + 2 :]):
        return None  # "where was the suspect arrested": the verb tells the occasion
    head = None
    for i in range(aux + 2, len(words)):
        if words[i] in STOPWORDS:
            break
        head = i
    if (
        head is None
        or head - aux - 1 > _MAX_HEAD
        or not words[head].isalpha()
        or zipf(words[head]) < _COMMON_SUBJECT_ZIPF
    ):
        return None
    return head


_RELATIVES = frozenset("who that which".split())
# below this Zipf frequency a word of the relative clause is a name ("biljon"), not wording
_NAME_ZIPF = 3.0
_NOUN_PHRASE_ENDS = frozenset("who that which whom whose when where in at of on from with".split())


def _aged_absent(
    question: question_analysis.Question, words: Sequence[str], matched: Sequence[float]
) -> bool:
    """ "How old was the NOUN who/that ... NAME" ("how old was the lion that killed van
    Biljon") and the sentence has the name of the relative clause and none of the noun's
    words: the age it gives ("Van Biljon was seventy years old") is the named one's. Not
    without a relative clause naming someone: "how old is the Norwegian hurdler" is answered
    by "Warholm, who is 23 years old", the noun describing the one named."""
    if len(words) < 6 or tuple(words[:2]) != ("how", "old") or words[2] not in _COPULAS:
        return False
    if words[3] not in ("the", "that", "this"):
        return False
    end = next((i for i in range(4, len(words)) if words[i] in _NOUN_PHRASE_ENDS), None)
    if end is None or words[end] not in _RELATIVES:
        return False
    noun, clause = set(words[4:end]), set(words[end + 1 :])
    named = any(
        m > 0 and t.word in clause and zipf(t.word) < _NAME_ZIPF
        for t, m in zip(question.terms, matched, strict=True)
    )
    return named and none_credited(question, noun, matched)


# A sentence that says the thing asked about is not known or not given ("No cause of death was
# announced", "The victims have not been identified", "had not yet publicly decided on a
# candidate", "The statement specified no date", "the motive remains unknown", a refusal to
# comment: "Sergey said he \"won't give any comments at this time\"") tells that the
# coverage lacks the answer: quoting it for "what did she die of" or "which candidate did
# Gillibrand endorse" answers nothing. Not where the not-knowing is a relative clause's, about
# something else than the sentence's news ("a German government source, whom they did not
# name, said the ban is not part of any broader plan"), nor a span of alternatives ("the date
# is unclear, with reports of December 27 or 28").
_UNKNOWN = re.compile(
    r"\bnot yet (?:\w+ly )?(?:decided|announced|named|identified|disclosed|released|determined|"
    r"known)\b"
    r"|\b(?:is|was|are|were|remains?|remained) (?:still |also )?(?:unknown|unclear|undisclosed)\b"
    r"(?!,? with\b)"
    r"|\b(?:was|were|is|are|has|have|had)(?: not|n't)(?: yet)?(?: been)?(?: \w+ly)? (?:known|"
    r"disclosed|released|identified|named|determined|announced|stated|revealed)\b"
    r"(?! (?:for|as|to)\b)"
    r"|\bno (?:official )?(?:cause|details?|information|date|name|motive|reason|explanation)s?\b"
    r"[^.;]{0,40}?\b(?:was|were|has been|have been|had been|is|are)\b[^.;]{0,20}?\b(?:announced|"
    r"given|released|disclosed|known|available|specified)\b"
    r"|\bspecified no\b|\bdeclined to (?:comment|say|disclose|name|identify)\b"
    r"|\b(?:won['’]t|will not|wouldn['’]t|would not|refused to) (?:comment|(?:give|make|"
    r"offer|provide) (?:any |a |further )?comments?)\b"
    r"|\bdid(?: not|n't) (?:say|disclose|specify|reveal|name|identify)\b",
    re.IGNORECASE,
)
# "Do we know the agenda for the meetings yet?", "has the agenda been made public?", "any word on
# the price?": a question whether something is known. A story that does not know it says so
# ("The exact agenda for the meetings has not been disclosed"), and that sentence is the answer;
# one that tells what is expected ("The talks are expected to focus on ...") guesses beside it.
_ASKS_IF_KNOWN = re.compile(
    r"(?<!what )(?<!whats )\b(?:do|does|did)\s+(?:we|you|u|they|anyone|anybody|people)\s+"
    r"(?:\w+ly\s+|even\s+)?know\b"
    r"|\b(?:is|was)\s+it\s+(?:\w+ly\s+)?(?:known|clear|public)\b"
    r"|\b(?:has|have|had)\b[^?.]{1,60}?\bbeen\s+(?:\w+ly\s+)?(?:made\s+public|announced|"
    r"disclosed|revealed|released|named|identified|set)\b"
    r"|\bany\s+(?:word|news|details?|info\w*)\s+(?:on|about|yet)\b"
    # "is the agenda out yet", "are the details public": a thing of two words or more, asked at
    # the question's end (not "is the president out of hospital", "is he out yet")
    r"|^\s*(?:is|are)\s+(?:\w+\s+){2,5}?(?:out|public)(?:\s+(?:yet|already|now))?\s*\??\s*$"
    # "has anyone published the agenda", "did the ministry release the figures": a thing of
    # the story's, not a deed ("did the band release a new album")
    r"|\b(?:has|have|had|did)\s+(?:anyone|anybody|someone|somebody|they|the\s+\w+)\s+"
    r"(?:\w+ly\s+|yet\s+|even\s+)?(?:publish|published|release|released|announce|announced|"
    r"disclose|disclosed|reveal|revealed|made\s+public|make\s+public)\s+(?:the|its|their)\b",
    re.IGNORECASE,
)


# "what's the agenda for the meetings", "whats on the agenda", "what was the price": a question
# asking what a thing is, by the noun that names it (the last word of "the ..." before a
# preposition or the end)
_NOUN_ENDS = r"(?:\s+(?:of|for|in|on|at|to|yet|now)\b|\s*\??\s*$)"
_WHAT_IS_THE = re.compile(
    r"^(?:so\s+|and\s+|ok\s+)?what(?:'s|’s|s|\s+is|\s+was|\s+are|\s+were)\s+(?:on\s+)?"
    r"(?:the|its|their|his|her)\s+(?:\w+\s+)??(\w+)" + _NOUN_ENDS,
    re.IGNORECASE,
)
# the thing a question whether something is known asks about: "has anyone published the
# *agenda* for the meetings", "do we know the *price* yet", "has the *date* been announced"
_KNOWN_THING = re.compile(
    r"\b(?:know|knows|published|released|announced|disclosed|revealed|public)\s+(?:the|its|their)"
    r"\s+(?:\w+\s+)??(\w+)" + _NOUN_ENDS + r"|\b(?:has|have|had)\s+(?:the|its|their)\s+"
    r"(?:\w+\s+)??(\w+)\s+(?:\w+\s+){0,5}?been\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r".*[,;:]\s*|^", re.DOTALL)


def told_unknown(question: str, text: str) -> bool:
    """Does the sentence answer the question by saying that what it asks is not known: the
    question asks whether something is known (asks_if_known) and the sentence says it is not
    (says_unknown), or the question asks what a thing is by its noun (_WHAT_IS_THE: "what's the
    agenda for the meetings") and the sentence says that thing is not known (names_unknown)."""
    if asks_if_known(question):
        return says_unknown(text)
    return names_unknown(question, text)


def names_unknown(question: str, text: str) -> bool:
    """Does the sentence say that the very thing the question asks about is not known: the noun
    by which the question asks what a thing is (_WHAT_IS_THE) or whether it is known
    (_KNOWN_THING: "has anyone published the agenda") in the clause that says it is not ("The
    exact agenda for the meetings has not been disclosed")?"""
    question = question.strip()
    asked = _WHAT_IS_THE.match(question)
    if asked is None and asks_if_known(question):
        asked = _KNOWN_THING.search(question)
    if asked is None:
        return False
    noun = stem((asked.group(1) or asked.group(asked.lastindex or 1)).lower())
    for found in _UNKNOWN.finditer(text):
        before = text[: found.start()]
        if _RELATIVE_BEFORE.search(before):
            continue
        clause = before[_CLAUSE_START.match(before).end() :] + found.group(0)
        if noun in {stem(t) for t in tokenize(clause)}:
            return True
    return False


def may_tell_unknown(question: str) -> bool:
    """Whether a sentence could answer the question by saying what it asks is not known
    (told_unknown): it asks whether something is known, or what a thing is; not what a thing
    is about (_ASKS_ABOUT: "what's the monday meeting in washington about"), which the
    sentence saying what the talks are expected to focus on tells, where another saying their
    exact agenda is not disclosed names the meetings too."""
    if asks_if_known(question):
        return True
    question = question.strip()
    return _WHAT_IS_THE.match(question) is not None and _ASKS_ABOUT.search(question) is None


# A "what is X" question that ends in "about": it asks what X is about, its topic
_ASKS_ABOUT = re.compile(r"\babout\W*$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def asks_if_known(text: str) -> bool:
    """Does the question ask whether something is known or has been made public (see
    _ASKS_IF_KNOWN)? A sentence saying it is not known answers it. Kept per question text:
    the weighing and four checks of one answer ask it of the same question (5.5 times a
    bench question), and the expression tries its alternatives at every word."""
    return _ASKS_IF_KNOWN.search(text) is not None


_RELATIVE_BEFORE = re.compile(r",\s*(?:which|whom|who|whose)\b[^,]*$", re.IGNORECASE)


def says_unknown(text: str, asked: AbstractSet[str] = frozenset()) -> bool:
    """Does the sentence say that what it is about is not known, not given or not decided
    (see _UNKNOWN), other than in a relative clause about something else? A relative clause
    whose noun is one of the question's words (``asked``, stems) and that closes its clause
    says it of the asked thing itself: "A search of McArthur's van found an alleged murder
    weapon, which was not publicly identified; ..." tells that "what was the murder weapon
    police found in his van" has no answer, where "a German government source, whom they did
    not name" tells nothing of a ban, and "The victim, who was not named, was 40" goes on to
    tell the victim's age (_RESUMES)."""
    if _untold_on_the_way(text, asked):
        return True
    for found in _UNKNOWN.finditer(text):
        before = text[: found.start()]
        relative = _RELATIVE_BEFORE.search(before)
        if relative is None:
            return True
        if _ends_with(before[: relative.start()], asked) and not _RESUMES.match(
            text[found.end() :]
        ):
            return True
    return False


# "Without mentioning any symptoms, Matovič's office said he has cancelled all events": an
# act done without telling a thing, whose noun comes next (group 1), past a determiner and
# "details of the" ("without giving any details of the symptoms")
_WITHOUT_TELLING = re.compile(
    r"\bwithout (?:mentioning|giving|naming|specifying|disclosing|revealing|detailing|saying|"
    r"stating|providing|identifying) (?:(?:any|a|an|the|further|more) )?"
    r"(?:(?:details|information) (?:of|on|about) (?:(?:any|the|his|her|their|its) )?)?"
    r"([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def _untold_on_the_way(text: str, asked: AbstractSet[str]) -> bool:
    """Does the sentence say something was done without telling the asked thing (its noun one
    of the question's stems, ``asked``): "what covid symptoms does Matovič have" - "Without
    mentioning any symptoms, 47-year-old Matovič's government office has said he has cancelled
    all near upcoming events"? Left without telling something else ("left without saying
    goodbye") it may still tell what is asked."""
    return any(stem(m.group(1).lower()) in asked for m in _WITHOUT_TELLING.finditer(text))


# What follows a relative clause when the clause it interrupts goes on: a comma or a dash
_RESUMES = re.compile(r"[^.;:!?]*?(?:,|\s[-\u2013\u2014])")


def _ends_with(text: str, stems: AbstractSet[str]) -> bool:
    """Whether the last word of ``text`` (a relative clause's noun) has one of ``stems``."""
    words = tokenize(text)
    return bool(words) and stem(words[-1]) in stems


def answers_other(
    question: question_analysis.Question,
    words: Sequence[str],
    matched: Sequence[float],
    text: str,
    stems: AbstractSet[str],
) -> bool:
    """Does the best sentence (its ``text`` and ``stems``, the credits ``matched`` it earned
    per question term) answer another question than ``question`` (its ``words``)?"""
    return (
        contrasted(question, matched, stems)
        or lacks_succession(words, stems, text)
        or other_occurrence(question, words, matched)
        or other_day(question.text, text)
        or past_for_coming(question.text, text)
        or coming_for_outcome(question.text, text)
        or total_for_period(question, text)
        or anyone_deed_unsaid(question, words, matched)
        or embedded_deed_unsaid(question, words, matched)
        or affirms_negated(question, words, text, stems)
        or lacks_meaning(words, text)
        or passive_only(question, words, text)
        or states_requirement(question, words, text)
        or lacks_requirement(question, words, text)
        or gives_only_the_frame(words, text)
        or states_status_quo(words, text)
        or lacks_punishment(question, words, text)
        or restates_question(question, words, text)
        or sets_the_response(question, words, text)
        or lacks_ordinal(question.text, text)
        or lacks_span(question.text, text)
        or answers_only_the_condition(question, words, matched)
    )


# The fewest words of its own a question's main clause must have for answers_only_the_condition
# to hold: "what happens if the senate says no" has one ("happens"), said in any words
_MAIN_WORDS = 2


def answers_only_the_condition(
    question: question_analysis.Question, words: Sequence[str], matched: Sequence[float]
) -> bool:
    """A question with a trailing condition ("who would become governor of Puerto Rico *if the
    Senate doesn't confirm Pierluisi*") is not answered by a sentence that has only the
    condition's words ("While the House confirmed Pierluisi's nomination on Friday, the Senate
    did not") and none of the main clause's (become, governor, Puerto Rico): it tells whether
    the condition holds, not what follows from it. The main clause must have _MAIN_WORDS words
    of its own."""
    at = next((i for i, w in enumerate(words) if w == "if" and i >= 2), None)
    if at is None:
        return False
    condition = set(question_parts.as_read(words[at + 1 :]))
    main = set(question_parts.as_read(words[:at]))
    own = [m for t, m in zip(question.terms, matched, strict=True) if t.word in main - condition]
    told = [m for t, m in zip(question.terms, matched, strict=True) if t.word in condition - main]
    return len(own) >= _MAIN_WORDS and not any(m > 0 for m in own) and any(m > 0 for m in told)


def headline_for_open_question(question: question_analysis.Question, is_title: bool) -> bool:
    """The best sentence is the story's headline and the question asks for no type of answer
    (a yes/no, either/or or open question: question_analysis answer type ""). A headline
    names the story's event in a few words, which such a question takes as given and asks
    past ("was the bishop sick before he died": "Bishop ... dies"; "is it spread through food or
    person to person": "Wash your hands or else spread superbug E. coli"); no body sentence
    matched it as well, so none says more. A typed question's headline can hold its answer
    (a count, a name, a place) and keeps it, and so does a question asking what the headline
    says ("according to the headline, did a storm flood eastport"), for which weighing moves
    the headline ahead (question_forms.asks_headline). For news stories only; both are the
    caller's checks (confidence_checks). Wikinews dev: wrong citations 48 -> 45, no right
    answer lost (no dev question without an answer type was answered right by a headline);
    seed dev unchanged."""
    return is_title and not question.answer_type


def lacks_occupation(question_text: str, text: str) -> bool:
    """The question asks what someone does for a living (occupations.asks_occupation) and the
    sentence says no one's work: "Wikinews spoke to ... Craig Farquharson, who is running for
    the Liberal Democrats" names the person and the story's race, not the job asked for. For
    news sentences only: an undated article's "French President Emmanuel Macron" tells his job
    by the title before his name (seed dev: four such right answers)."""
    return occupations.asks_occupation(question_text) and not occupations.states_occupation(text)


# "Which number hurricane of the season was it": a place in an order, told by an ordinal ("the
# third hurricane", "its 3rd"), not by a number that names something ("Advisory Number 14")
_ASKS_ORDINAL = re.compile(r"\b(?:which|what) number\b")
_ORDINAL = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\w+teenth|\w+tieth|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def lacks_ordinal(question_text: str, text: str) -> bool:
    """The question asks which place in an order (_ASKS_ORDINAL) and the sentence has no
    ordinal: "The NHC's Hurricane Humberto Advisory Number 14 ... placed Humberto 785 miles
    west of Bermuda" does not say which hurricane of the season it was."""
    return bool(_ASKS_ORDINAL.search(question_text.lower())) and not _ORDINAL.search(text)


# "From when to when was he president": a span, told by its two ends ("from 1981 until 2011"),
# not by one date in it ("On Tuesday, the former President died aged 91")
_ASKS_SPAN = re.compile(
    r"\bfrom when (?:to|until|till) when\b|\bfrom what year (?:to|until|till)\b"
    r"|\bbetween (?:which|what) years\b"
)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def lacks_span(question_text: str, text: str) -> bool:
    """The question asks a span of time (_ASKS_SPAN) and the sentence names fewer than two
    years: it tells a moment of the span, or none, not its ends."""
    return bool(_ASKS_SPAN.search(question_text.lower())) and len(_YEAR.findall(text)) < 2


# What a deed answers: "Iran launched missiles targeting US troops in Iraqi military bases *in
# response to* the US airstrike that killed Soleimani". The deed after it is the one responded
# to; the sentence's place and time are the response's.
_RESPONSE_TO = re.compile(
    r"\b(?:in (?:response|retaliation|revenge|reprisal) (?:to|for)|to (?:avenge|retaliate))\b",
    re.IGNORECASE,
)


def sets_the_response(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """A where- or when-question's verbs are in the sentence only after words of a response
    (_RESPONSE_TO): the sentence places and dates the response, not the deed asked about.
    "Where was Soleimani killed" is not answered by "... Iran launched missiles targeting US
    troops in Iraqi military bases in response to the US airstrike that killed ... Soleimani"."""
    if question.kind not in ("where", "when"):
        return False
    response = _RESPONSE_TO.search(text)
    if response is None:
        return False
    lemmas = verb_lemmas()
    asked = {
        lemmas[word]
        for word in words[1:]
        if word in lemmas and word not in _NOT_DEEDS and word not in REPORTING_DEEDS
    }
    found = [
        token.start()
        for token in re.finditer(r"[A-Za-z]+", text)
        if lemmas.get(token.group().lower()) in asked
    ]
    return bool(found) and all(at > response.start() for at in found)


# The question forms that ask for something the asker does not know yet: a yes/no question or a
# bare phrase ("kanye running mate?") is confirmed or completed by the question's own words
RESTATED_KINDS = frozenset("what who where when why how how_many how_old how_big which".split())
_OFFERS_ALTERNATIVES = re.compile(r"\bor\b", re.IGNORECASE)


def restates_question(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """Does the sentence only say the question back? A wh-question (RESTATED_KINDS) is not
    answered by a sentence that adds no number and no content word to the question's own
    ``words`` (matched as written or by stem): "what happened to the lions after they killed
    the lion man" by the headline "South African 'Lion Man' killed by his lions". The asker
    knows what it says, so it tells nothing asked. One word of its own may be the answer ("when
    did the bridge reopen": "The bridge reopened on Sunday"; "why was she banned": "... for
    cheating"), so one is enough to leave the sentence alone. A question offering alternatives
    ("X or Y first?") is answered by one of them in its own words, and is left alone too.
    Wikinews dev wrong citations 57 -> 56, no right answer lost on any dev set."""
    if question.kind not in RESTATED_KINDS or _OFFERS_ALTERNATIVES.search(question.text):
        return False
    own = {w.lower() for w in words}
    own |= {stem(w) for w in own}
    for token in tokenize(text):
        word = token.lower()
        if any(ch.isdigit() for ch in word) or word in rank_common.NUMBER_WORDS:
            return False  # a number the asker did not give may be what is asked
        if word.isalpha() and word not in STOPWORDS and word not in own and stem(word) not in own:
            return False  # a word of its own may be what is asked
    return True


# The question forms that ask for a fact of the story in the asker's words: a reason, a thing
QUOTE_UNASKED_KINDS = frozenset({"why", "what"})
# A sentence that is someone's own quoted words: it opens with a quotation mark ("This reduced
# ability to land ...), or ends with one (... to the students and their parents.")
_QUOTE_SENTENCE = re.compile(r'^\s*["\u201c]|["\u201d]\s*$')
_QUOTE_MARK = re.compile(r'["\u201c\u201d]')
# the related-word group of the verbs of saying (text.RELATED_WORDS)
SAYING = "~say"


def quoted_talk_for_fact(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """Is the sentence a speaker's own quoted words given for a "why" or "what" question that
    asks nothing anyone said? A quote's words match the question by the topic the speaker
    talks about, and say what is asked only by chance: "why zebras got stripes" is not
    answered by a researcher's '"This reduced ability to land on the zebra's coat may be due to
    stripes disrupting the visual system of the horse flies ...' (why the flies land less), nor
    "what school were the kids from" by the bus company's '... We are working in cooperation
    with the school ... ."'. A question asking what someone said (a statement, a verb of saying)
    or what is so according to someone (question_forms.asks_attributed) is answered in kind by
    their words, and left alone; so is a quote whose sentence, in the writer's own words
    (:func:`outside_quote`), has a word of the question: the party the question names giving
    its reason ('"We banned her because she cheated," the federation said' for "why did the
    federation ban her"). Wikinews dev wrong citations 55 -> 53 (a near miss, and an
    unanswerable question), no right answer lost on any dev set."""
    if question.kind not in QUOTE_UNASKED_KINDS or question.answer_type == "statement":
        return False
    if not _QUOTE_SENTENCE.search(text) or sentence_analysis.according_to(words):
        return False
    if any(SAYING in match_keys(w) for w in words):
        return False
    asked = {stem(w.lower()) for w in words if w.lower() not in STOPWORDS}
    return asked.isdisjoint(stem(t) for t in tokenize(outside_quote(text)))


def outside_quote(text: str) -> str:
    """The words of a quote's sentence that are the writer's, not the speaker's: after the quote
    it opens with ('"...," the federation said' gives 'the federation said'), before the one it
    ends with ('The keeper said: "..."' gives 'The keeper said:'); none for a sentence that
    carries on a quote begun before it and ends it ('... to the students and their parents."'),
    or opens one that goes on after it. Quotes within what is left are the speaker's too."""
    marks = [m.start() for m in _QUOTE_MARK.finditer(text)]
    if not marks:
        return text
    stripped = text.strip()
    if stripped[:1] in '"\u201c':
        rest = text[marks[1] + 1 :] if len(marks) > 1 else ""
    elif len(marks) == 1:
        rest = ""  # the end of a quote begun in an earlier sentence
    else:
        rest = text[: marks[-2]]
    return sentence_analysis.without_quotes(rest)


# A question asking for a punishment: "what sentence did X get", "how much jail time could X
# get", "how long a prison term"; and what a sentence that gives one says ("was sentenced to",
# "jailed for", "life in prison", "fined", "the death penalty", "probation").
_ASKS_PUNISHMENT = re.compile(
    r"\b(?:sentence[ds]?|(?:jail|prison) (?:time|term)|(?:jail|prison)ed)\b", re.IGNORECASE
)
_PUNISHMENT = re.compile(
    r"\b(?:sentenc\w*|prison\w*|imprison\w*|jail\w*|custody|behind bars|life term"
    r"|fined?|fines|penalty|probation|suspended|community service|acquitt\w*)\b",
    re.IGNORECASE,
)


def lacks_punishment(question: question_analysis.Question, words: Sequence[str], text: str) -> bool:
    """A question asking what punishment someone got or faces ("what sentence did the
    Christchurch mosque shooter get") and a sentence with no word of one: a court story's
    sentence of the arrest or the crime ("Police arrested the accused ... 36 minutes after the
    mass shooting", a span of time, not a prison term). Not a yes/no question ("was he
    sentenced"), which the sentence's verb answers or not."""
    return (
        question.kind != "yesno"
        and bool(_ASKS_PUNISHMENT.search(question.text))
        and not _PUNISHMENT.search(text)
    )


# the capitalised words that name no one: calendar words, and those capitalised as a sentence's
# or a quote's first word ("He", "The", "On Sunday")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december"
    # and the clock's zones a news sentence gives a time in ("(2024 Friday, UTC)")
    " utc gmt est edt cst cdt mst mdt pst pdt cet cest bst aest jst".split()
)
# a word from a letter that is no ASCII small letter, kept where that letter is a capital
# (_capital): "Özil", "Łukasz" and "Šefčovič" are names as "Amman" is. Beyond ASCII only at a
# word's start, so that the "ï" of "naïve.Smith" does not swallow the name after it.
_CAPITALISED = re.compile(r"(?:[A-Z]|(?<!\w)[^\W\d_a-z])[\w'\u2019.\-]*")


def _capital(match: re.Match[str] | None) -> bool:
    """Whether a match of _CAPITALISED starts with a capital: its class also lets in the small
    letters beyond ASCII ("é"), which Python's ``re`` cannot tell from the capitals."""
    return match is not None and match.group()[0].isupper()


def deed_forms(question: question_analysis.Question, words: Sequence[str]) -> frozenset[str]:
    """The stems of the deed whose doer a who-question asks for (:func:`_asked_deed`) and of
    its related forms ("won", "wins", "winner"); empty when it asks for none."""
    deed = _asked_deed(question, words)
    if deed is None:
        return frozenset()
    return frozenset({deed}.union(*(t.related for t in question.terms if t.stem == deed)))


def _opening_name(
    text: str,
    match: re.Match[str],
    word: str,
    people: AbstractSet[str],
    deeds: AbstractSet[str],
) -> bool:
    """Whether a sentence's capitalised first word (``word``, lower-cased) names someone: a word
    of the full name of a person the sentence mentions (``people``: "Biden"), or one English
    rarely uses (sentence_analysis.OPENING_NAME_ZIPF: "Kosgei", which the entity table may not
    know); not an ordinary word capitalised as the first ("Reportedly", "Officials"). Alone (no
    capitalised word follows), only as the doer of the asked deed (``deeds``, :func:`deed_forms`):
    "Kosgei won the race" names who won, "Johnson became leader ..." nobody who became prime
    minister of Japan (a story's subject opens many of its sentences). An apposition between
    the name and its verb is passed over: "Sanders, a Senator from Vermont, won the Democratic
    primary" names who won."""
    if word not in people and zipf(word) >= sentence_analysis.OPENING_NAME_ZIPF:
        return False
    if _capital(_CAPITALISED.match(text[match.end() :].lstrip())):
        return True
    rest = text[match.end() :]
    apposed = _APPOSITION.match(rest)
    if apposed:
        rest = rest[apposed.end() :]
    following = tokenize(rest[:40])[:1]
    return bool(following) and stem(following[0]) in deeds


# "Sanders, a Senator from Vermont, won ...", "Kosgei, who is 25, won ...": a noun phrase or a
# relative clause set off by commas right after a sentence's opening name, before its verb (up
# to APPOSITION_CHARS long, with no clause's end, bracket or quote within it). Wikinews dev
# (wikinews-dev29) +1 right, no wrong citation: "who won the new hamshire democratic primary"
# was capped as naming no one.
APPOSITION_CHARS = 80
_APPOSITION = re.compile(
    rf",\s+(?:a|an|the|who|whose)\s[^,;:()\"\u201c]{{1,{APPOSITION_CHARS}}},\s*", re.IGNORECASE
)


# "..., according to Philippine officials.": a report's source after the fact it reports, up
# to the end of the sentence or of its clause
_ATTRIBUTION = re.compile(r",?\s*\baccording to\b[^,;:()]*")


# The verbs of a report that open a sentence before the "that" of what it reports: the ones of
# saying (REPORTING_DEEDS) and "confirm", with which police and officials report an arrest or
# a death ("Dedi Prasetyo, a spokesperson for the Indonesian National Police, confirmed that
# two suspects were arrested").
REPORTS_THAT = REPORTING_DEEDS | frozenset({"confirm", "confirms", "confirmed"})
# "X, a spokesperson for Y, confirmed that ...", "A hospital official told Anadolu Agency, a
# local news outlet, that ...": a report's source before the clause it reports, from the
# sentence's start, with no quote and no end of a clause before the "that", which follows the
# verb of the report within REPORTER_REACH words. The same for a quotation after a colon that
# ends the opening within that reach ("The mayor of Paris, Anne Hidalgo, wrote on Twitter:
# \"Paris is mourning ...\""): the source gave the words, not the deed they tell of.
REPORTER_REACH = 8
_OPENING = re.compile(r"[^\"\u201c.;:]*")
_WORD = re.compile(r"[\w'\u2019-]+")
_OTHER_CLAUSE = frozenset({"who", "which", "whose", "whom"})
_QUOTE_AFTER_COLON = re.compile(r":\s*[\"\u201c]")


def _reported(text: str) -> str | None:
    """What ``text`` reports after a source that opens it ("X confirmed that *...*", "X wrote on
    Twitter: *"..."*"), or None."""
    opening = _OPENING.match(text)
    words = list(_WORD.finditer(opening.group(0))) if opening else []
    for i, word in enumerate(words):
        if word.group(0).lower() not in REPORTS_THAT:
            continue
        later_words = words[i + 1 : i + 1 + REPORTER_REACH]
        for later in later_words:
            said = later.group(0).lower()
            if said == "that":
                return text[later.end() :].lstrip()
            if said in _OTHER_CLAUSE:  # "said the man, who says that ...": another clause's
                return None
        quoted = _QUOTE_AFTER_COLON.match(text, opening.end()) if opening else None
        if quoted and len(words) - i - 1 <= REPORTER_REACH:
            return text[opening.end() + 1 :].lstrip()
        return None
    return None


# A sentence that opens with a day and then a report of it ("On July 31, multiple news outlets
# reported Hamza bin Laden to be dead citing sources ...", "On Tuesday, police said ..."): the
# day is the report's. The source is a few words with no clause break before the verb.
_DATED_REPORT = re.compile(
    rf"^\W*(?:(?:late|early) )?on (?:(?:{sentence_analysis.MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: (?:morning|afternoon|evening|night))?,\s+"
    r"(?:[^\s;:\"\u201c]+\s+){1,10}?(?-i:reported|said|told|claimed)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def dates_only_the_report(
    question: question_analysis.Question, words: Sequence[str], text: str
) -> bool:
    """A "when" question about an event ("what date did hamza bin laden actually die") is not
    answered by a sentence whose only time is the day a report of it came (_DATED_REPORT: "On
    July 31, multiple news outlets reported Hamza bin Laden to be dead"): the report is dated,
    the event is not. Not where the question asks of the report itself ("when was it
    announced", a word of REPORTS_THAT), nor where what is reported has a time of its own
    ("On Tuesday, police said the man died on Sunday")."""
    if question.answer_type != "time" or not REPORTS_THAT.isdisjoint(w.lower() for w in words):
        return False
    found = _DATED_REPORT.match(text)
    return found is not None and not sentence_analysis.has_answer_type(
        "time", found.group("rest"), frozenset()
    )


def without_attribution(text: str, asked: AbstractSet[str] = frozenset()) -> str:
    """``text`` without its "according to X" phrases and the source that opens it before the
    "that" of what it reports ("X, a police spokesperson, confirmed that ..."): their source
    reported what happened and did not do it, so it answers a who-question only where that
    asks who said or reported something (the caller's to tell). "Who was behind the church
    bombing" is not answered by "an earthquake struck ..., according to Philippine officials",
    nor "what are the names of the two guys arrested for stabbing wiranto" by "Dedi Prasetyo,
    a spokesperson for the Indonesian National Police, confirmed that two suspects were
    arrested" (Wikinews dev: one unanswerable question answered less, no right answer lost).
    The opening source stays where it has a word of ``asked`` (the question's words,
    lower-cased) written in lower case: "who is the police spokesperson" asks for the source
    itself, while a place the source is of ("The mayor of *Paris*, Anne Hidalgo, wrote on
    Twitter: ...", for "whats the name of the attacker in the paris police prefecture
    stabbing") is the story's, not the source asked for."""
    text = _ATTRIBUTION.sub("", text)
    reported = _reported(text)
    if reported is None:
        return text
    source = {
        w.group(0)
        for w in _WORD.finditer(text[: len(text) - len(reported)])
        if w.group(0).islower()
    }
    return text if source & asked else reported


# a name set before a known place by a comma, as news gives a town or province with its state
# or country ("Surigao del Sur, Philippines,", "Kenosha, Wisconsin."): the place's last word
# ends a clause (a comma, a stop, a bracket), not a title ("Greg Abbott, Texas governor")
_BEFORE_PLACE = re.compile(
    r"((?:[A-Z][\w'\u2019.\-]*)(?:\s+(?:(?:de|del|la|el|of|upon|on)\s+)?[A-Z][\w'\u2019.\-]*)*)"
    r",\s+((?:[A-Z][\w'\u2019\-]*\s+){0,2}[A-Z][\w'\u2019\-]*)(?=[,.;:)]|$)"
)


def _placed(text: str, places: AbstractSet[str]) -> frozenset[str]:
    """The words (lower-cased) of the names ``text`` sets before a place of ``places`` with a
    comma ("Surigao del Sur, Philippines"): places too, which the entity table may not know."""
    return frozenset(
        word.lower()
        for match in _BEFORE_PLACE.finditer(text)
        if all(w.lower() in places for w in match.group(2).split())
        for word in match.group(1).split()
    )


# the mark that opens an interviewer's turn in a Wikinews interview ("((WN)) Well as it
# happened, ..."; "((Wikinews))"): a capitalised word of the page, not a name in the answer
_INTERVIEW_MARK = re.compile(r"^\s*\(\([^()]{1,20}\)\)\s*")


def names_no_one_new(
    text: str,
    known: AbstractSet[str],
    places: AbstractSet[str],
    people: AbstractSet[str] = frozenset(),
    deeds: AbstractSet[str] = frozenset(),
) -> bool:
    """Whether ``text`` has no capitalised word but the ones of ``known`` (the question's own
    words, lower-cased) and of ``places`` (the words of the places it names, lower-cased),
    stopwords and calendar words: it cannot give the name a who-question asks for. Its first
    word counts only where it names someone (:func:`_opening_name`; ``people``: the words of
    the full names of the people the sentence mentions, ``deeds``: :func:`deed_forms`).

    Read from the surface, not from the entity table: "Brigid Kosgei of Kenya won" and "owned
    by Truth Aquatics" answer with names the extractor does not know as people or companies."""
    text = _INTERVIEW_MARK.sub("", text)  # the interviewer's mark names no one
    places = places | _placed(text, places)
    for match in _CAPITALISED.finditer(text):
        if not _capital(match):
            continue
        word = match.group().lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
        if match.start() == 0 and not _opening_name(text, match, word, people, deeds):
            continue  # capitalised as the first ("Reportedly he ...")
        if word in STOPWORDS or word in _CALENDAR or word in known or word in places:
            continue
        return False
    return True


# "who else ...", "was anyone else hurt": the question asks for someone besides those it or the
# conversation already has; so do "besides X", "other than X", "apart from X"
# (question_analysis.SET_ASIDE)
_ELSE_OPENERS = frozenset("who whom anyone anybody someone somebody".split())
# words between a name and its verb of saying: "Witkoff *has* said", "Witkoff *also* told"
_SAY_GAP = frozenset("has had have also later then earlier".split())


def asks_someone_else(text: str, tokens: Sequence[str]) -> bool:
    """Does a who-question ask for someone other than people already known: "who *else* was at
    the summit", "was anyone else killed", "who, *besides* Trump and Putin, attended"? Then a
    sentence answers it only by naming a person it does not (see :func:`reports_only`). So does
    one asking whom its subject was with (:func:`asks_companion`)."""
    lowered = [t.lower() for t in tokens]
    return (
        any(
            word in _ELSE_OPENERS and following == "else"
            for word, following in zip(lowered, lowered[1:], strict=False)
        )
        or bool(question_analysis.SET_ASIDE.search(text))
        or asks_companion(lowered)
    )


# the copula of "who *was* X with"
_COMPANION_COPULAS = frozenset("was were is are".split())
# how many words the subject of "who was X with" may have
_COMPANION_SUBJECT = 3


def asks_companion(words: Sequence[str]) -> bool:
    """Does a who-question ask whom its subject was with ("who was zamperoni with at the
    hostel", "who is the prince with")? ``words``: its tokens, lower-cased. The companion is
    someone besides the subject: a sentence naming the subject alone ("Zamperoni was
    discovered, unresponsive, at Kamway Lodge") says where he was, not with whom. Only "who",
    a copula, a subject of up to three words and "with": "who does russia want to negotiate
    with" asks for the other side of a deed, which a sentence may give as the subject's own
    counterpart ("demands private negotiations with the US"), and "who was with him" names
    no subject the answer must differ from."""
    if len(words) < 4 or words[0] != "who" or words[1] not in _COMPANION_COPULAS:
        return False
    subject = list(takewhile(lambda word: word != "with", words[2 : 3 + _COMPANION_SUBJECT]))
    return (
        0 < len(subject) <= _COMPANION_SUBJECT
        and words[2 + len(subject) : 3 + len(subject)] == ["with"]
        and not any(word.endswith("ing") or word == "to" for word in subject)
    )


def reports_only(text: str, name: Sequence[str]) -> bool:
    """Does the person named by ``name`` (their name's words, lower-cased) stand in ``text``
    only as the source of a report: "the envoy Steve Witkoff *mentioned that* Trump and Putin
    agreed ...", "..., *according to* Witkoff", "'...,' *said* Witkoff"? A report's source did
    not take part in what it reports, so it is nobody a "who else" question asks for. False if
    the name does not occur at all (the entity table knew it by another spelling)."""
    words = [t.lower() for t in tokenize(text)]
    last = name[-1] if name else ""
    places = [i for i, word in enumerate(words) if word == last]
    if not places:
        return False
    for i in places:
        after = i + 1
        while after < len(words) and words[after] in _SAY_GAP:
            after += 1
        said_after = after < len(words) and words[after] in REPORTING_DEEDS
        first = i - len(name) + 1
        if words[max(0, first) : i + 1] != list(name):
            first = i  # the surname alone ("according to Witkoff" for Steve Witkoff)
        before = words[max(0, first - 2) : max(0, first)]
        said_before = bool(before) and (
            before[-1] in REPORTING_DEEDS or before == ["according", "to"]
        )
        if not (said_after or said_before):
            return False
    return True


# nouns for a group of people that a sentence may give someone else by: "a series of meetings with
# European *leaders*" answers "who else is Zelensky seeing after Trump" without a name
_PEOPLE_GROUPS = frozenset(
    """leaders officials politicians ministers presidents chiefs candidates players lawmakers
    legislators senators congressmen allies diplomats envoys delegates representatives
    members""".split()
)


def names_group(text: str, asked: AbstractSet[str]) -> bool:
    """Does ``text`` name people as a group the question (its words ``asked``, lower-cased)
    does not: "European leaders", "officials"? Someone else, if not by name."""
    return any(word in _PEOPLE_GROUPS and word not in asked for word in tokenize(text.lower()))


def unknown_full_name(text: str, known: AbstractSet[str]) -> bool:
    """Does ``text`` give a first and last name ("Gianna Bryant") with a word not in ``known``
    (lower-cased)? Not after "the" ("the White House envoy"), which opens no one's name."""
    for match in PERSON_NAME.finditer(text):
        if text[: match.start()].rstrip().lower().endswith(" the"):
            continue
        if any(word.lower() not in known for word in match.group().split()):
            return True
    return False


# Verbs a question's main clause has that say nothing of what is asked: the auxiliaries and the
# light verbs ("what *did* X *do*", "what *happened*") that any sentence of the event answers
_EMPTY_MAIN_VERBS = frozenset(
    "do does did done doing be been being get got happen happened".split()
)


def tells_only_the_scene(words: Sequence[str], text: str) -> bool:
    """Does the sentence report only the event a question's trailing clause sets the scene with,
    and none of the verbs of what it asks ("what did Trump call the inquiry *when Pelosi
    announced it*": "Pelosi announced that she would be launching an impeachment inquiry";
    "what was the ship called *before they renamed it*": "Sea-Eye renamed their ship")? The
    scene clause says which moment is meant (question_parts.in_scene), so the story's report of
    it matches the question's words well and still says nothing of what was done or said then.
    A sentence with a verb of the main clause in any of its forms (its related words count:
    "announced" is a way to say) may answer; so may one without the scene's verb, which tells
    of another moment or in other words. Wikinews dev wrong citations 68 -> 65, no right
    answer lost; seed dev unchanged."""
    start = question_parts.scene_start(words)
    scene = [w for w in words[start + 1 :] if question_parts.past(w)]
    main = _main_verbs(words[:start])
    if not scene or not main:
        return False
    told = {k for w in tokenize(text) for k in match_keys(w)}
    return any(match_keys(w) & told for w in scene) and not any(match_keys(w) & told for w in main)


def _main_verbs(clause: Sequence[str]) -> list[str]:
    """The verbs of a question's main ``clause`` (question_parts.main_clause_verb, the test
    asked_relation uses) that say something of what is asked (_EMPTY_MAIN_VERBS): its inflected
    forms ("what was the ship *called*"), or else the base forms after an auxiliary ("what did
    Trump *call* it")."""
    forms = [
        w
        for i, w in enumerate(clause)
        if i
        and w not in question_analysis.AUXILIARIES
        and w not in _EMPTY_MAIN_VERBS
        and question_parts.main_clause_verb(clause, i)
    ]
    lemmas = verb_lemmas()
    return [w for w in forms if lemmas[w] != w] or forms


_DETERMINERS = frozenset("the a an his her their its this that these those".split())


def asked_object_head(words: Sequence[str], names: Sequence[tuple[int, int]]) -> str | None:
    """The head noun of the object of a who-question's verb (:func:`asked_deed_at`), a common
    noun after a determiner: "who won the 2019 world *series*", "who wrote the Bridgegate
    Supreme Court *opinion*" (past the names in it); None where the object is only a name
    ("who killed Soleimani"), has no determiner ("who came first") or no common noun."""
    at = asked_deed_at(words, names)
    if at is None or words[0] != "who" or at + 1 >= len(words):
        return None
    if words[at + 1] not in _DETERMINERS:
        return None
    named = {i for first, last in names for i in range(first, last)}
    head = None
    for i in range(at + 2, len(words)):
        if words[i] in STOPWORDS:
            break
        if i not in named:
            head = words[i]
    if head is None or not head.isalpha() or len(head) < 3:
        return None
    return head


def object_unsaid(
    words: Sequence[str], names: Sequence[tuple[int, int]], text: str, title: str
) -> bool:
    """A who-question asks the doer of a deed done to a thing ("who won the 2019 world
    series"); a sentence whose words and story's headline lack that thing's noun in any form
    tells of the deed done to another ("Brigid Kosgei won the 2019 Chicago Marathon")."""
    head = asked_object_head(words, names)
    if head is None:
        return False
    said = {
        key
        for token in tokenize(f"{text} {title}")
        for word in (token.lower(), *token.lower().split("-"))
        for key in match_keys(word)
    }
    return match_keys(head).isdisjoint(said)
