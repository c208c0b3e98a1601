"""How far a sentence matches a question's terms: stems, related words, prefixes, near spellings.

:func:`matches` gives each term's credit in a sentence; a sentence that opens with a pronoun or a
definite description inherits the words of the one it refers back to. Separate from
:mod:`bot.rank` because matching words is one question (which terms a sentence has) apart from
how much each feature weighs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import takewhile
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from facts.entities import gazetteer_ids
from facts.lexicon import lexicon, role_titles
from facts.sentence_words import MAX_SENTENCE_CHARS

from . import interview
from .question_analysis import Question, Term
from .rank_common import CALENDAR, EXACT, RELATED, word_tokens
from .sentence_analysis import (
    CAPS_RUN,
    PREFIX_INDEX,
    PREFIX_MIN,
    SentenceReading,
    closed_compounds,
    complement_unsaid,
    compound_modifiers,
    compound_pairs,
    in_title,
    stems_of,
    whole_after_part,
)
from .text import STOPWORDS, same_place_stems, stem, tokenize

if TYPE_CHECKING:
    from .rank import Ranked


CONTEXT_CREDIT = 0.5  # credit for a word a pronoun-led sentence inherits from the one before
FUZZY_MIN_LENGTH = 5  # shortest typed word that near-spelling matching corrects
FUZZY_CUTOFF = 84.0  # rapidfuzz ratio: "zelenksy"/"zelensky" 87.5, "ceasfire"/"ceasefire" 94


PREFIX_SLACK = 3  # at most this many more letters: discov ~ discoveri, not govern ~ governorship


def _prefix_stems(term: str) -> frozenset[str]:
    """Stems seen so far that begin with ``term`` or that ``term`` begins, both at least
    :data:`PREFIX_MIN` letters and at most :data:`PREFIX_SLACK` letters apart: Snowball stems
    "discovered" to *discov* but "discovery" to *discoveri*. Hyphenated compounds are left out
    ("context" is not "context-dependent")."""
    if len(term) < PREFIX_MIN or term[0].isdigit():
        return frozenset()
    bucket = tuple(PREFIX_INDEX.get(term[:PREFIX_MIN], ()))
    return frozenset(
        v
        for v in bucket
        if v != term
        and abs(len(v) - len(term)) <= PREFIX_SLACK
        and "-" not in v
        and (v.startswith(term) or term.startswith(v))
    )


def _spelling_pool(sents: Sequence[SentenceReading]) -> list[str]:
    """The candidates' stems long enough to be a misspelt question word's, each once.

    In the candidates' order, not a set's: of stems equally near, extractOne takes the first
    it meets, and a set's order changes with the process's hash seed (the same question
    credited "cummings" to one sentence in one run and another in the next). A reading met
    before (read_sentence gives the copies of a text one) adds no stem a first time, so it is
    not sorted again.
    """
    readings = {id(s): s for s in sents}  # first occurrence first, as dicts keep order
    return list(
        dict.fromkeys(
            p
            for s in readings.values()
            for p in sorted(s.stemset)
            if len(p) >= FUZZY_MIN_LENGTH - 1
        )
    )


def _near_spelling(term: Term, pool: Sequence[str]) -> str | None:
    """The candidates' stem (of ``pool``, :func:`_spelling_pool`) closest in spelling to a
    question word none of them has.

    Users type "zelenksy" and "ceasfire" while articles spell names right (rapidfuzz ratio on
    stems: "zelenksi"/"zelenski" 87.5).
    """
    best = process.extractOne(term.stem, pool, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return best[0] if best is not None else None


def matches(
    question: Question,
    candidates: Sequence[Ranked],
    sents: Sequence[SentenceReading],
    people: Sequence[str] = (),
    described: Sequence[tuple[str, str]] = (),
) -> list[list[float]]:
    """Credit of each question term in each candidate (rows: candidates). ``people`` and
    ``described``: see :func:`_surnames` and :func:`described_people`."""
    terms = question.terms
    others = [t.related | _prefix_stems(t.stem) for t in terms]
    # a country and its adjective are one word: "Ukrainian territory" is Ukraine's territory
    own = [same_place_stems(t.stem) | {t.stem} for t in terms]
    hits = []
    # a row depends on the sentence's stems alone, and copies of a story repeat sentences (at
    # 100 copies of the corpus, 60 candidates held 28 texts): each set of stems is matched once
    rows: dict[frozenset[str], list[float]] = {}
    for s in sents:
        stemset = s.stemset
        row = rows.get(stemset)
        if row is None:
            row = rows[stemset] = [
                EXACT
                if not same.isdisjoint(stemset)
                else RELATED
                if not other.isdisjoint(stemset)
                else 0.0
                for same, other in zip(own, others, strict=True)
            ]
            hits.append(row)
        else:  # a copy: rows are changed in place below, candidate by candidate
            hits.append(row.copy())
    pool: list[str] | None = None  # made once, for the first term no candidate has
    for j, t in enumerate(terms):
        if (
            len(t.word) >= FUZZY_MIN_LENGTH
            and not t.word[0].isdigit()
            and not any(row[j] for row in hits)
        ):
            if pool is None:
                pool = _spelling_pool(sents)
            near = _near_spelling(t, pool)
            if near is not None:
                for s, row in zip(sents, hits, strict=True):
                    if near in s.stemset:
                        row[j] = RELATED
    compound_pairs(question, sents, hits)
    compound_modifiers(question, sents, hits)
    closed_compounds(question, sents, hits)
    _surnames(question, candidates, hits, people)
    described_people(question, candidates, hits, described)
    _place_names(question, candidates, hits)
    _capital_visited(question, candidates, hits)
    _capital_for_country(question, candidates, hits)
    _journey_at_its_end(question, candidates, hits)
    _stance_as_demand(question, candidates, hits)
    _inherit_context(question, candidates, sents, hits)
    _reply_context(question, candidates, hits)
    whole_after_part(question, sents, hits)
    complement_unsaid(question, candidates, hits)
    _alternatives_said(question, candidates, hits)
    return hits


# "could the arms go to a European force *instead* of Ukraine", "Europe *rather* than the US":
# the question weighs one alternative against another, which a sentence states with "or"
_INSTEAD = frozenset({"instead", "rather"})
_EITHER_OR = re.compile(r"\w \s*or\s+\w", re.IGNORECASE)


def _alternatives_said(
    question: Question, candidates: Sequence[Ranked], hits: list[list[float]]
) -> None:
    """Credit "instead" or "rather" (as a related word) in a sentence that gives alternatives
    with "or" ("supply modern weaponry ... to Ukraine or to a European-led force"): asking
    whether A goes instead of B is asking which of the two, and news states both at once;
    "or" is a stop word, so no stem of the sentence stands for it."""
    at = [j for j, t in enumerate(question.terms) if t.word in _INSTEAD]
    if not at:
        return
    for c, row in zip(candidates, hits, strict=True):
        if _EITHER_OR.search(c.text[:MAX_SENTENCE_CHARS]):
            for j in at:
                row[j] = max(row[j], RELATED)


def _written_out_places(question: Question) -> list[tuple[int, int, str]]:
    """Each pair of adjacent question terms that spells out a country or organisation by its
    own name ("united states", "south korea", "european union"), as (first, second, id). Only
    the name itself or its adjective, not another alias of it ("white house" is the US
    government, not the country a sentence's "US" names)."""
    lex = lexicon()
    terms = question.terms
    out = []
    for j in range(len(terms) - 1):
        hit = lex.folded.get((terms[j].word, terms[j + 1].word))
        known = lex.known.get(hit.entity) if hit is not None else None
        if known is None or known.kind not in ("country", "org"):
            continue
        if hit.demonym or tuple(tokenize(known.name.lower())) == (terms[j].word, terms[j + 1].word):
            out.append((j, j + 1, hit.entity))
    return out


def _place_names(question: Question, candidates: Sequence[Ranked], hits: list[list[float]]) -> None:
    """Credit a country the question writes out in two words ("would the united states arm
    a european-led force") in a sentence that names it in another form ("The US reportedly
    remains willing to supply modern weaponry"): neither word's stem is in "US", "U.S." or
    "American", and news writes the acronym far more often than the name. The sentence's names
    are read by the gazetteer (capitals only for an acronym), so the pronoun "us" is none."""
    pairs = _written_out_places(question)
    if not pairs:
        return
    for c, row in zip(candidates, hits, strict=True):
        named = _sentence_places(c.text[:MAX_SENTENCE_CHARS])
        for first, second, entity in pairs:
            if entity in named:
                row[first] = max(row[first], EXACT)
                row[second] = max(row[second], EXACT)


# "is Zelensky going to the White House", "travelling to the Kremlin", "a trip to Britain": the
# journey's end is the country's capital, where its government sits, and news writes the city
# ("set to meet with US President Donald Trump in Washington on Monday"). Seed dev right 1,500 ->
# 1,502, ranked first 1,559 -> 1,561, wrong citations 44 -> 43 (the "White House" envoy's sentence
# had been quoted for when Zelensky goes there); Wikinews dev, the two fresh check sets and
# WikiQA unchanged.
_GOING_TO = re.compile(
    r"\b(?:go(?:es|ing|ne)?|went|head(?:s|ed|ing)?|travel\w*|fl(?:y|ies|ying|ew)|"
    r"com(?:e|es|ing)|came|trip|visit)\s+to\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+){0,2})"
)
# words of the longest country name looked up after "to": "united arab emirates"
PLACE_WORDS_MAX = 3


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country id -> the id of its capital (countries.txt lists the capital first)."""
    known = lexicon().known.values()
    return {k.affiliation: k.id for k in known if k.capital and k.affiliation}


def _journey_ends(text: str) -> list[tuple[tuple[str, ...], str]]:
    """The (words, capital id) of each country the question goes to ("going to the white house"
    -> (("white", "house"), "washington")), named by any of its names or its government's seat
    but not by its adjective."""
    lex = lexicon()
    out = []
    for match in _GOING_TO.finditer(text.lower()):
        words = tuple(match.group(1).split())
        for size in range(min(PLACE_WORDS_MAX, len(words)), 0, -1):
            hit = lex.folded.get(words[:size])
            known = lex.known.get(hit.entity) if hit is not None else None
            if known is not None and known.kind == "country" and not hit.demonym:
                capital = _capitals().get(known.id)
                if capital is not None:
                    out.append((words[:size], capital))
                break
    return out


def _capital_visited(
    question: Question, candidates: Sequence[Ranked], hits: list[list[float]]
) -> None:
    """Credit (as a related word) the country a question goes to in a sentence naming its
    capital ("When is Zelensky going to the White House": "... meet with US President Donald
    Trump in Washington on Monday"): the question's words for the country are not the city's."""
    ends = _journey_ends(question.text)
    if not ends:
        return
    for words, capital in ends:
        at = [j for j, t in enumerate(question.terms) if t.word in words]
        if not at:
            continue
        for c, row in zip(candidates, hits, strict=True):
            if capital in _sentence_places(c.text[:MAX_SENTENCE_CHARS]):
                for j in at:
                    row[j] = max(row[j], RELATED)


def _journey_at_its_end(
    question: Question, candidates: Sequence[Ranked], hits: list[list[float]]
) -> None:
    """Credit (as a related word) the word of a journey the question asks about ("is Zelensky
    *travelling* to Washington", "his *trip* to Berlin") in a sentence that has every word of
    its end and puts someone there ("... set to meet with US President Donald Trump *in
    Washington*"): news tells where a visitor will be, not how they get there. The words of
    the end are matched as the terms have them (a sentence without the place says nothing
    of this journey). Not a journey made "with" someone ("who is travelling to washington with
    zelensky"): the company asked is no more told by where one of them will be than before."""
    text = question.text.lower()
    if "with" in tokenize(text):
        return
    for match in _GOING_TO.finditer(text):
        verb = match.group(0).split()[0]
        place = list(takewhile(lambda w: w not in STOPWORDS, match.group(1).split()))
        words = [t.word for t in question.terms]
        if verb not in words or not place or not set(place) <= set(words):
            continue
        at, ends = words.index(verb), [words.index(w) for w in place]
        there = re.compile(
            r"\b(?:in|at|to)\s+(?:the\s+)?" + r"\s+".join(map(re.escape, place)) + r"\b",
            re.IGNORECASE,
        )
        for c, row in zip(candidates, hits, strict=True):
            if all(row[j] >= EXACT for j in ends) and there.search(c.text[:MAX_SENTENCE_CHARS]):
                row[at] = max(row[at], RELATED)


# Nouns by which a question asks a party's stance ("russia's *stance*", "the kremlin's
# *position*"), and the verbs by which news tells a stance as what the party asks for ("Russia
# *demands* private negotiations ... and *insists* on a veto")
_STANCE_NOUNS = frozenset("stance stances position positions attitude attitudes".split())
_DEMANDING = re.compile(r"\b(?:demand|insist|want|seek|sought)\w*", re.IGNORECASE)
DEMANDER_REACH = 3  # words before the verb of demand in which its party stands


def _stance_as_demand(
    question: Question, candidates: Sequence[Ranked], hits: list[list[float]]
) -> None:
    """Credit (as a related word) a stance noun the question puts after the party it is of
    ("how does the kremlin *stance* affect the proposals") in a sentence where that party
    demands, insists on or wants something (_DEMANDING, the party among the DEMANDER_REACH
    words before the verb: "*Russia* demands private negotiations"): a demand is where a party
    stands, as its opposition or refusal is (text's group of "stance"). Not a sentence naming
    the party as another's counterpart ("Russia demands private negotiations with the US" says
    nothing of the US position). One way only: "what does russia demand" is not answered by
    its opposition to something, so the verbs of demand stay out of that group."""
    terms = question.terms
    at = [j for j in range(1, len(terms)) if terms[j].word in _STANCE_NOUNS]
    if not at:
        return
    for c, row in zip(candidates, hits, strict=True):
        text = c.text[:MAX_SENTENCE_CHARS]
        demands = [m.start() for m in _DEMANDING.finditer(text)]
        if not demands:
            continue
        before = {stem(w) for start in demands for w in tokenize(text[:start])[-DEMANDER_REACH:]}
        for j in at:
            party = terms[j - 1]
            forms = party.related | same_place_stems(party.stem) | {party.stem}
            if row[j - 1] > 0 and not forms.isdisjoint(before):
                row[j] = max(row[j], RELATED)


# Words before a city that make it the place where something is or goes ("meet *in* Berlin",
# "fly *to* Vilnius"), not its country's government
_PLACE_PREPOSITIONS = frozenset("in at to into near outside around inside across within".split())


def _capital_for_country(
    question: Question, candidates: Sequence[Ranked], hits: list[list[float]]
) -> None:
    """Credit (as a related word) a capital the question names for its country's government
    ("which official from *berlin* joins the talks", "what does *vilnius's* head of state
    think") in a sentence naming the country by its name or adjective ("German Chancellor
    Friedrich Merz", "Lithuanian President Gitanas Nauseda"): news calls a government by its
    seat, and its people by the country. Only a capital no candidate names itself (the coverage
    that names the city is read as it stands) and not one the question puts after a word of
    place ("meet in berlin", "fly to vilnius"), where the city is the place asked about."""
    lex = lexicon()
    tokens = tokenize(question.text)
    for j, t in enumerate(question.terms):
        hit = lex.folded.get((t.word,))
        known = lex.known.get(hit.entity) if hit is not None else None
        if known is None or not known.affiliation:
            continue
        # a capital stands for its country, a seat for the bodies that sit there ("the alliance
        # boss from *brussels*": "NATO Secretary-General Mark Rutte")
        governed = {known.affiliation} if known.capital else set()
        governed.update(lex.seated_at.get(known.id, ()))
        if not governed:
            continue
        if any(row[j] for row in hits):
            continue
        at = [i for i, w in enumerate(tokens) if w == t.word]
        if not at or any(i and tokens[i - 1] in _PLACE_PREPOSITIONS for i in at):
            continue
        for c, row in zip(candidates, hits, strict=True):
            if not governed.isdisjoint(_sentence_places(c.text[:MAX_SENTENCE_CHARS])):
                row[j] = max(row[j], RELATED)


@lru_cache(maxsize=8192)
def _sentence_places(text: str) -> frozenset[str]:
    """The gazetteer's ids in one sentence, kept: the scan was about a quarter of the time of a
    question writing a country out ("the united states") over the Wikinews build, and the same
    candidate sentences come back for the next question about that story."""
    return gazetteer_ids(text)


_ROLE_STEMS = frozenset(stem(w) for title in role_titles() for w in title)


def _surnames(
    question: Question,
    candidates: Sequence[Ranked],
    hits: list[list[float]],
    people: Sequence[str],
) -> None:
    """Credit the first name a news sentence leaves out when it names the person by surname:
    a news story gives the full name once ("Representative Elijah Cummings") and the surname
    after ("Cummings was 68"), so "how old was Elijah Cummings" is as well covered by the later
    sentence. Only a pair the question writes in the name's order whose second word ends a
    capitalised name some sentence of the same story writes (a middle name may stand between:
    "Elijah Eugene Cummings"), and only where the sentence writes that surname capitalised
    alone or after a title ("Senator Hagan"), not after another first name ("Robert Cummings",
    a relative). Only the names of ``people`` (persons the question names, as the entity table
    resolves them): "North Korea", "the White House" and "the Prime Minister" end in words that
    name something else alone ("Korea", "the House of Representatives"). An encyclopedia
    article (undated) is left as it is, as WikiQA measured every change to its matching."""
    full: dict[str, frozenset[str]] = {}  # surname -> the stems of the full name
    for name in people:
        words = [stem(t) for t in tokenize(name) if t not in STOPWORDS]
        if len(words) >= 2:
            full[words[-1]] = frozenset(words)
    if not question.bigrams or not full:
        return
    at: dict[str, list[int]] = {}
    for i, t in enumerate(question.terms):
        at.setdefault(t.stem, []).append(i)
    pairs = [
        (first, second)
        for first, second in question.bigrams
        if second in full and first != second and first in at and second in at
    ]
    if not pairs:
        return
    names: dict[str, set[tuple[str, str]]] = {}  # per story: the (first, surname) pairs it writes
    for c in candidates:
        if not c.published:
            continue
        found = names.setdefault(c.title, set())
        for text in (c.text, c.title):
            for seq in _name_sequences(text):
                found.update(p for p in pairs if p[1] == seq[-1] and p[0] in seq[:-1])
    for c, row in zip(candidates, hits, strict=True):
        story = names.get(c.title) if c.published else None
        if not story:
            continue
        runs = _name_sequences(c.text, 1)
        for first, second in story:
            allowed = full[second] | _ROLE_STEMS
            if not any(run[-1] == second and allowed.issuperset(run) for run in runs):
                continue
            for j in at[second]:
                for i in at[first]:
                    if row[j] and not row[i]:
                        row[i] = CONTEXT_CREDIT * row[j]


DESCRIBED_CREDIT = RELATED  # a role word of a person the sentence names ("Trump": "president")


def described_people(
    question: Question,
    candidates: Sequence[Ranked],
    hits: list[list[float]],
    described: Sequence[tuple[str, str]],
) -> None:
    """Credit the words a question describes a person by ("will *the american president* talk
    in private", "who is *the lithuanian president*") in a news sentence that names that person
    ("Zelensky will first meet with Trump one-on-one"): a story says who holds the office once,
    in its lead or where it introduces them ("US President Donald Trump"), and the surname
    after, so the sentence that says what the question asks has the person but not the
    description, and the lead, which has both, won on them. ``described``: (the question's
    words, the full name the entity table resolves them to), only for descriptions, not names
    ("trump" is the name itself: nothing to credit). A sentence names the person where it
    writes the surname capitalised, alone or after other capitalised words. (WikiQA's ranking
    resolves no entities, so passes none.)"""
    for words, name in described:
        columns = description_columns(question, words, name)
        if not columns:
            continue
        for c, row in zip(candidates, hits, strict=True):
            if not names_person(c.text, name):
                continue
            for j in columns:
                row[j] = max(row[j], DESCRIBED_CREDIT)


def description_columns(question: Question, words: str, name: str) -> list[int]:
    """The question's terms that describe a person instead of naming them: the words of
    "the ukrainian leader" for "Volodymyr Zelensky", none of "zelensky" (the name itself).
    Public: the story's terms read them as the name they stand for (rank_features)."""
    name_stems = {stem(t) for t in tokenize(name) if t not in STOPWORDS}
    if not name_stems:
        return []
    own = frozenset(stem(t) for t in tokenize(words) if t not in STOPWORDS)
    return [j for j, t in enumerate(question.terms) if t.stem in own and t.stem not in name_stems]


def names_person(text: str, name: str) -> bool:
    """Whether a sentence names the person of full name ``name``: it writes the surname
    capitalised, alone or after other capitalised words ("Zelensky will first meet with Trump",
    "Ukrainian President Volodymyr Zelensky"). Public: a story's lead that names the person
    gives their description too (rank_features._story_terms)."""
    surname = _surname_stem(name)
    return surname is not None and any(run[-1] == surname for run in _name_sequences(text, 1))


@lru_cache(maxsize=1024)
def _surname_stem(name: str) -> str | None:
    """The stem of a full name's last word, once per name: names_person asks it of every
    candidate sentence."""
    name_stems = [stem(t) for t in tokenize(name) if t not in STOPWORDS]
    return name_stems[-1] if name_stems else None


@lru_cache(maxsize=4096)
def _name_sequences(text: str, shortest: int = 2) -> tuple[tuple[str, ...], ...]:
    """The stems, in order, of each capitalised run of a sentence with at least ``shortest``
    of them ("Elijah Cummings": elijah, cum), kept per text as :func:`_name_runs` is."""
    runs = _stem_runs(text)
    return runs if shortest <= 1 else tuple(run for run in runs if len(run) >= shortest)


@lru_cache(maxsize=4096)
def _stem_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The stems of each capitalised run of a sentence that has one, found, tokenised and
    stemmed once per text for :func:`_name_sequences` of any length: _surnames asks the runs
    of two and more of a news candidate and then those of one and more of the same text (a
    third of the texts over the Wikinews dev questions)."""
    runs = (
        tuple(stem(t) for t in tokenize(m.group(0)) if t not in STOPWORDS)
        for m in CAPS_RUN.finditer(text)
    )
    return tuple(run for run in runs if run)


def _inherit_context(
    question: Question,
    candidates: Sequence[Ranked],
    sents: Sequence[SentenceReading],
    hits: list[list[float]],
) -> None:
    """Give a sentence that opens with a pronoun partial credit for what the pronoun stands for.

    "She was charged with first degree murder" answers "what are the charges against Casey
    Anthony": the pronoun stands for a name in the sentence before or for the article's subject.
    So does the pronoun that speaks a quotation ('"Justice takes time," she said').
    Terms the previous sentence (when it is a candidate too) or the title has count at
    :data:`CONTEXT_CREDIT`; for "he" or "she", not the names the previous sentence gives after
    its subject (:func:`_later_names`). A sentence that opens with a definite noun for what the
    sentence before (or a few before) introduced ("The meetings ...", :func:`_antecedent`)
    inherits that one's.
    """
    where = {(c.title, c.index): i for i, c in enumerate(candidates)}
    for i, (c, s) in enumerate(zip(candidates, sents, strict=True)):
        prev = where.get((c.title, c.index - 1))
        if not s.opens_with_pronoun and not s.pronoun_says:
            k = _antecedent(c, candidates, where)
            if k is not None:
                _inherit_from(hits[i], hits[k])
            continue
        # whom a "he" or "she" stands for matters only where the sentence before is a candidate:
        # most are not, and their pronoun sentences are then not tokenised here at all
        person = prev is not None and not _PERSONAL.isdisjoint(word_tokens(c.text)[:2])
        others = _later_names(candidates[prev].text) if person else NO_NAMES
        title = stems_of(c)
        row = hits[i]
        for j, t in enumerate(question.terms):
            if row[j]:
                continue
            before = prev is not None and hits[prev][j] and t.stem not in others
            # whom the question attributes its answer to is not the headline's to pass on
            titled = t.stem not in question.source and in_title(t, title)
            if before or titled:
                row[j] = CONTEXT_CREDIT


def _reply_context(
    question: Question, candidates: Sequence[Ranked], hits: list[list[float]]
) -> None:
    """Give an interview reply CONTEXT_CREDIT for the words of the question it answers and of
    its speaker's label (bot.interview: the candidate's ``turn``, which the answering pipeline
    sets on its rows). Read as a field of :class:`Ranked`, not looked up by name: a renamed
    field turned the credit off without a word."""
    turns = [c.turn for c in candidates]
    if any(turns):
        terms = [(t.stem, t.related) for t in question.terms]
        interview.credit_replies(terms, turns, hits, CONTEXT_CREDIT)


_PERSONAL = frozenset("he she his her".split())  # a pronoun for one person, not "it" or "they"
# "The meetings", "These talks": a definite noun opening a sentence (see refers_back)
REFER_BACK = 3  # sentences back in which its antecedent may be ("... voted on ... The vote")
# A connective before it leaves what the noun refers to as it was ("However, the Alaska summit
# did not result in a breakthrough", after "... during a meeting in Alaska"), as a pronoun in the
# first two words opens a sentence (facts.sentence_words: "However, these efforts ...").
_CONNECTIVE = r"(?:However|But|Yet|Still|Meanwhile|Nevertheless|Nonetheless|Instead),?\s+"
_DEFINITE_OPENING = re.compile(
    r"\s*(?:The|These|Those|" + _CONNECTIVE + r"(?:the|these|those))\s+([a-z]+)\b"
)
# After a connective, a definite noun with a name before it ("the Alaska summit"): the lower-case
# article shows the capitals are the name's own, which ties the noun to the sentence that has
# the name. Not at a sentence's start, where "The European leaders" or "The US reportedly"
# may be a name's first words or a name alone: read so, "The European leaders set to meet
# with Zelensky include ..." took the lead's words and cost the seed dev sets 5 answers their
# first place and 11 more wrong citations.
_NAMED_OPENING = re.compile(
    r"\s*" + _CONNECTIVE + r"(?:the|these|those)\s+((?:[A-Z][\w'\u2019-]*\s+)+)[a-z]+\b"
)


def refers_back(text: str, before: str) -> bool:
    """Whether a sentence opens with a definite noun ("The meetings", "These talks") for what
    an earlier sentence (``before``) introduced: "... followed by a series of meetings with European
    leaders. The European leaders set to meet with Zelensky include ... The meetings may also
    involve discussions about real security guarantees": the meetings are those, and a question
    that asks about them by who meets ("what will the European leaders discuss with Zelensky")
    names what only the sentence before says, as with a pronoun.

    The noun is the earlier sentence's word, or its verb ("meet" -> "The meetings"), but not the
    same noun in the other number: "these four planets ... The planet was known" is another
    thing (Jupiter, not the four). Lower-case only: "The United States" names something itself.
    """
    head = _definite_head(text)
    return head is not None and _introduces(head, before)


def _definite_head(text: str) -> str | None:
    """The noun of a sentence's opening definite noun ("meetings" of "The meetings may ..."),
    or None: read once per sentence, not once per sentence before it (_antecedent)."""
    m = _DEFINITE_OPENING.match(text)
    if m is None or m.group(1) in STOPWORDS:
        return None
    return m.group(1)


@lru_cache(maxsize=4096)
def _introduces(head: str, before: str) -> bool:
    """Whether ``before`` has the opening noun ``head`` in the same number or its word in another
    form (its verb), as :func:`refers_back` reads them. Kept per pair: the candidate search
    (refers_back) and the ranker (_antecedent) ask it of the same sentences, and a story's
    copies and the next question on it ask it again."""
    root = stem(head)
    tokens = word_tokens(before)
    forms = [t for t, s in zip(tokens, _token_stems(before), strict=True) if s == root]
    return any(t == head or t.rstrip("s") != head.rstrip("s") for t in forms)


@lru_cache(maxsize=1024)
def _token_stems(text: str) -> tuple[str, ...]:
    """The stems of a sentence's tokens (rank_common.word_tokens), in order, kept per text: a
    sentence is read as the one before each of the REFER_BACK sentences after it, by the
    candidate search (refers_back) and again by the ranker (_antecedent), and stemming its
    every token for each was 1% of a bench question's CPU time."""
    return tuple(stem(t) for t in word_tokens(text))


@lru_cache(maxsize=4096)
def _opening(text: str) -> tuple[str | None, tuple[str, ...]]:
    """A sentence's :func:`_definite_head`, else its :func:`_opening_names`, kept per text: the
    ranker asks it of every candidate of every question (_antecedent), and the copies of a
    story and the next question on it bring the same sentences back."""
    head = _definite_head(text)
    return head, (_opening_names(text) if head is None else ())


def _opening_names(text: str) -> tuple[str, ...]:
    """The name words before the noun of a definite noun opening a sentence after a connective
    ("Alaska" of "However, the Alaska summit ..."; see _NAMED_OPENING), or none."""
    m = _NAMED_OPENING.match(text)
    return tuple(m.group(1).split()) if m is not None else ()


def _names_all(names: Sequence[str], before: str) -> bool:
    """Whether ``before`` has every one of the name words, as words."""
    words = set(_WORD_RUN.findall(before))
    return all(name in words for name in names)


def _antecedent(
    c: Ranked, candidates: Sequence[Ranked], where: Mapping[tuple[str, int], int]
) -> int | None:
    """The candidate among the REFER_BACK body sentences before ``c`` (nearest first) that its
    opening definite noun refers back to (:func:`refers_back`), if any: "The vote" two
    sentences after "the Parliament of Iraq voted on a resolution"; or, for a noun with a name
    before it ("However, the Alaska summit"), the one that has the name ("a meeting in
    Alaska"). Most sentences open otherwise: they look at none of the sentences before them."""
    head, names = _opening(c.text)
    if head is None and not names:
        return None
    for back in range(1, REFER_BACK + 1):
        k = where.get((c.title, c.index - back))
        if k is None or candidates[k].is_title:
            continue
        text = candidates[k].text
        if _introduces(head, text) if head is not None else _names_all(names, text):
            return k
    return None


def _inherit_from(row: list[float], before: Sequence[float]) -> None:
    """Give the terms a sentence lacks and the sentence it refers back to has CONTEXT_CREDIT."""
    for j, credit in enumerate(before):
        if credit and not row[j]:
            row[j] = CONTEXT_CREDIT


NO_NAMES: frozenset[str] = frozenset()
_WORD_RUN = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _later_names(text: str) -> frozenset[str]:
    """Stems of the capitalised words a sentence has after its subject (the words before its
    first lower-case word that is no stopword), less the subject's own, when the subject has a
    capitalised one: the pronoun opening the next sentence stands for that subject ("Johnson
    competed for the role against Jeremy Hunt. He won with 92,153 votes": Johnson won, and "how
    many votes did Jeremy Hunt get" is not answered there)."""
    subject: set[str] = set()
    later: set[str] = set()
    in_subject = True
    for m in _WORD_RUN.finditer(text[:MAX_SENTENCE_CHARS]):
        word = m.group(0)
        low = word.lower()
        if low in STOPWORDS or low in CALENDAR:
            continue
        if in_subject and word[0].islower():
            in_subject = False
        if word[0].isupper():
            (subject if in_subject else later).add(stem(low))
    if not subject:
        return frozenset()
    return frozenset(later - subject)


def body_positions(candidates: Sequence[Ranked], sents: Sequence[SentenceReading]) -> list[int]:
    """Each candidate's position in its article's body (0 = first sentence after the title).

    Captions seen before a prose sentence do not count: WikiQA's summaries often open with an
    image caption, while news articles open with the lede. A caption that is not among the
    candidates cannot be skipped, which is harmless for news.
    """
    captions: dict[str, list[int]] = {}
    for c, s in zip(candidates, sents, strict=True):
        if not s.prose and not c.is_title:
            captions.setdefault(c.title, []).append(c.index)
    for indices in captions.values():
        indices.sort()
    out = []
    for c, s in zip(candidates, sents, strict=True):
        # the captions before it: counted by bisection (copies of a story share their title,
        # so at 10 copies of the corpus one title gathers the captions of all of them)
        before = bisect_left(captions[c.title], c.index) if s.prose and c.title in captions else 0
        out.append(max(0, c.index - 1 - before))
    return out
