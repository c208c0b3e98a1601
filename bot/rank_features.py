"""The ranker's features for each candidate, and the weights fitted on WikiQA dev.

:func:`features` turns a question and its candidates into the rows the linear model reads
(:data:`FEATURES` names the columns; :data:`RANK_WEIGHTS` and :data:`CONFIDENCE_WEIGHTS` weigh
them). Separate from :mod:`bot.rank` because it computes the evidence, where rank only combines
it into scores and a confidence; a weight refit touches this module alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from facts.lexicon import place_words
from facts.sentence_words import MAX_SENTENCE_CHARS

from .question_analysis import Question, counts
from .rank_common import CALENDAR
from .sentence_analysis import (
    CAPS_RUN,
    MONTHS,
    OPENERS,
    OPENING_NAME_ZIPF,
    TYPED,
    SentenceReading,
    has_answer_type,
    part_stems_of,
    places_of,
    read_sentence,
    stems_of,
    title_hits,
)
from .term_matching import body_positions, description_columns, matches, names_person
from .text import STOPWORDS, stem, tokenize, zipf

if TYPE_CHECKING:
    from .rank import Ranked, Rarity


class WordfreqRarity:
    """Rarity from English word frequencies (wordfreq ships them; nothing is downloaded).

    ``weight = clamp(ceiling - zipf, floor, cap)``: a word seen once per million words (Zipf 3)
    weighs 4, "company" (Zipf 5.6) 1.4, "the" the floor; unknown words and names the cap.
    Digits count as moderately rare (a year or a count in a question is specific).
    """

    def __init__(self, ceiling: float = 7.0, floor: float = 0.5, cap: float = 5.5) -> None:
        self.ceiling, self.floor, self.cap = ceiling, floor, cap
        self._cache: dict[str, float] = {}

    def weight(self, word: str) -> float:
        w = self._cache.get(word)
        if w is None:
            common = 3.0 if word.isdigit() else zipf(word)
            w = min(self.cap, max(self.floor, self.ceiling - common))
            if len(self._cache) < 200_000:
                self._cache[word] = w
        return w


DEFAULT_RARITY = WordfreqRarity()

# A "what is X" question is about the article's subject when at most this share of its rarity
# weight lies outside the title ("what is the Federal Reserve" yes, "what are the duties of the
# Federal Reserve" no).
SUBJECT_SHARE = 0.3
# "matched" counts the non-title terms a sentence has in units of a Zipf-4 word's rarity (3.0 with
# the default rarity), so one rare name outweighs two common words.
MATCH_UNIT = 3.0
TITLE_DISCOUNT = 0.3  # weight of a question term that the article title also has
# "matched" leaves out the terms a sentence's story establishes (headline, lead names): over
# one document (WikiQA's) they are the same for every candidate. Across news stories that
# leans the choice of story towards those whose headline lacks the question's names: for "who
# did Boris Johnson beat for Tory leader" a sentence naming Boris Johnson in an election story
# led the story headed "Boris Johnson elected Conservative leader" by 2.2 in "matched" alone.
# So a dated story's established terms count in "matched" too, at TITLE_DISCOUNT (the
# overlap's discount for them). Swept 0.15, 0.3, 0.45, 0.6, 1: 0.15 and 0.3 alike (Wikinews dev
# +1 right, +1 ranked first, both in a CHECK set); from 0.45 the Johnson question abstains
# instead of citing the other story, but a right story's detail ("where did Dorian make
# landfall") falls behind another's, and at 1 two more.
LEAD_NAME_WEIGHT = 4.0  # rarity from which a question word in a story's lead counts story-wide
# The same bar for a dated story (news): its lead sets the scene the later sentences are read in
# ("a Boeing 707 cargo plane crashed ... near Karaj", then "the plane was bringing meat from
# Bishkek"), so less rare words of it count too: Zipf 4.5 and below ("crashed", "cargo", "rally";
# not "board", "killed", "people"). Chosen from 4, 3, 2.5, 2, 1.5, 1 and 0 on the dev sets
# (README, "Answer quality"): 2.5 ranked right 568 -> 573 of 726 with one fewer wrong citation; 2
# and below cited more wrong sentences. Undated documents (WikiQA's encyclopedia summaries) keep
# the higher bar: their first sentence defines the subject, and a lower bar there cost WikiQA
# MAP (fifth session).
NEWS_LEAD_NAME_WEIGHT = 2.5
# Set by hand, not fitted (WikiQA has too few count questions to fit it): about typed_match's
# weight, which it refines: the sentence has a number *of the counted thing*. An exact one: not
# a rough magnitude ("a few hundred people", "several tens of thousands of people",
# question_analysis.vague_magnitude), which a story's lead gives and a later sentence puts in
# figures ("around 200 people attended"): Wikinews dev right 644 -> 646, wrong citations
# 57 -> 55, abstentions on unanswerable 600 -> 601; seed dev unchanged.
COUNTED_WEIGHT = 2.0
# The same for a thing asked by name: the sentence names *the thing asked about* ("the motorcycle
# club Marine JarHeads MC", "admitted to Walter Reed Hospital", "a website known as ..."), not
# just anything. Set by hand, as COUNTED_WEIGHT.
NAMED_WEIGHT = 2.0
NAME_REACH = 4  # words before a name in which "club" or "known as" names it ("club Marine ...")

FEATURES = (
    "overlap",  # rarity-weighted share of the question's terms, title terms discounted
    "matched",  # rarity of the non-title terms the sentence matches, in MATCH_UNIT units
    "relative",  # overlap / the best overlap among the candidates
    "bigram",  # share of the question's adjacent word pairs found adjacent
    "lead",  # first prose sentence of the article body
    "position",  # 1 / (1 + position in the body); 0 for titles and captions at the top
    "typed_match",  # question wants a person/time/place/number..., the sentence has a new one
    "lead_whatis",  # lead sentence, and the question asks "what/who is X" of the title subject
    "lead_typed",  # lead sentence, and the question wants a person/time/place/number...
    "short",  # fewer than 6 tokens: a fragment
    "counted",  # a count question, and a number stands right before what it counts ("220 votes")
    "named",  # a "which hospital" question, and a new name stands by "hospital" (or "called")
)

# Fitted on the 122 rankable WikiQA-dev questions (at least one right and one wrong sentence) with
# a listwise softmax loss (each question's right sentences share the target probability), L2 = 3 on
# standardised features, Newton steps, then de-standardised (scratch script, not shipped: numpy).
# WikiQA dev MAP 0.782 / MRR 0.791 with these weights when fitted (standard error of the MAP
# ~0.027); 5-fold cross-validation over question folds (weights refitted per fold, 5 shuffles) MAP
# 0.778 +- 0.005, MRR 0.786. Since rarity is weighed on the question's own word rather than on the
# first form of its stem the process met (deterministic, not refitted): MAP 0.774 / MRR 0.783
# (`python -m bot.wikiqa`). Features above that are absent here serve only the confidence model;
# "counted" and "named" have hand-set weights.
#
# Where the Wikinews ranking still fails (the 31 dev sets, extractor 61: gold ranked first for
# 862 of 1,406): of the 537 misses whose gold is in the database, 105 put another story first
# (its story is elsewhere in the top 10 for 102) and 432 the right story's wrong sentence (the
# gold in its top 10 for 305: second for 112; median score gap to the top one ~2.0). Added to the
# final scores of those top-10 lists (scratch re-scoring; ranked first, against 862), none of
# these readings helped: the share of the question's rare words the whole story names (+0.5:
# 863, +1: 863 with 2 gained / 1 lost, +2: 860); a sentence's words the question lacks, as
# novelty (0.05 per word: 846) or its share of the question's words, as an echo (-0.25: 853);
# question words matched only by a shared five-letter prefix ("hospital" / "hospitalized", 0.02
# x rarity: 863, 5 gained / 4 lost; 0.05: 858); an earlier place in the story (-0.05 x log
# position: 858; -0.01 per sentence: 862, 10 / 10); for a question asking for a person, a new
# two-word capitalised name that is no institution (+1: 863, 5 / 4; +1.5: 858); and the words of a
# "after / when / before ..." clause as given (-0.1 x rarity: 858) or the rest as the focus
# (+0.05: 860). typed_match holds for both the top and the gold sentence in all 54 such misses
# asking for a person: what is left is what the sentence says, not its answer type.
RANK_WEIGHTS: dict[str, float] = {
    "counted": COUNTED_WEIGHT,
    "named": NAMED_WEIGHT,
    "typed_match": 2.484,
    "short": -2.436,
    "lead": -0.180,
    "position": 2.694,
    "bigram": 1.520,
    "lead_whatis": 1.128,
    "lead_typed": -0.580,
    "relative": 0.433,
    "matched": 0.874,
}

# Logistic regression for P(top candidate answers) on all 296 WikiQA-dev questions (label: the top
# sentence of the ranking above is right; 29% are), L2 = 1 on standardised inputs (see
# confidence_inputs; every weight has the sign one expects). Cross-validated it stays calibrated
# (predicted 0.15 -> 0.14 right, 0.45 -> 0.47, 0.68 -> 0.59) and answer triggering reaches F1
# ~0.46 at thresholds 0.2-0.3 (precision ~0.47 at 0.3, ~0.51 at 0.35).
CONFIDENCE_WEIGHTS: dict[str, float] = {
    "margin": 0.374,
    "overlap": 1.516,
    "typed_match": 1.972,
    "lead": 0.431,
    "typed": -1.325,
    "definition": 0.945,
}
CONFIDENCE_BIAS = -3.084


# A duration stated outright: "for (over) 65 years", "for twelve minutes", "has been mayor
# since 1998"; not a bare year ("in 1968") or a span of another thing ("twelve years of civil
# war"), which a "how long" near miss finds in most stories.
_STATED_DURATION = re.compile(
    r"\bfor (?:about |around |nearly |almost |over |more than |just over |at least |the "
    r"(?:past|last) )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|several) (?:\w+ )?(?:seconds?|minutes?|hours?|days?|weeks?|"
    r"months?|years?|decades?)\b"
    rf"|\b(?:has|have|had) been\b[^.]{{0,60}}\bsince (?:\d{{4}}|{MONTHS})\b"
)


def states_duration(text: str) -> bool:
    """Does the sentence state how long something lasted (:data:`_STATED_DURATION`)?"""
    return bool(_STATED_DURATION.search(text[:MAX_SENTENCE_CHARS]))


_NAMING = frozenset({"called", "named", "known", "dubbed", "entitled", "titled"})


_APPOSITION = re.compile(r",\s+(?:a|an|the)\s")


def _after_name(text: str) -> list[str]:
    """The words after a name that may say what it names: the next word ("Walter Reed
    *Hospital*"), or the words of an apposition that a comma and an article open, up to
    :data:`NAME_REACH` of them ("UpGuard, a cybersecurity *firm*", "Deutsche Bahn, the state
    railway *company*"): news introduces a name that way as often as it puts the noun before it."""
    if _APPOSITION.match(text):
        return tokenize(text.split(",", 2)[1])[: NAME_REACH + 1]
    return tokenize(text[:30])[:1]


@lru_cache(maxsize=8192)
def _names_head(text: str, heads: frozenset[str], known: frozenset[str]) -> bool:
    """A name the question lacks (``known``), with what the question asks to be named
    (``heads``) or a naming word ("known as") in it, in the :data:`NAME_REACH` words before it
    or right after it: "the motorcycle club Marine JarHeads MC", "Walter Reed Hospital", "the
    Jamaah Ansharut Daulah network", "a website known as 'Welcome To Video'"."""
    text = text[:MAX_SENTENCE_CHARS]
    places = place_words()
    for m in CAPS_RUN.finditer(text):
        start = m.start()
        inside = [t for t in tokenize(m.group(0)) if t not in STOPWORDS and t not in CALENDAR]
        if not inside or all(t in places or t in known or stem(t) in known for t in inside):
            continue  # no name, a place, or one the question has
        before = tokenize(text[max(0, start - 60) : start])[-NAME_REACH:]
        # a quotation that a naming word introduces is a name ("known as 'Welcome To Video'")
        quoted = start > 0 and text[start - 1] in OPENERS and not _NAMING.isdisjoint(before[-2:])
        opens = start == 0 or text[start - 1] in OPENERS or text[max(0, start - 2)] in ":."
        if opens and not quoted and zipf(inside[0]) >= OPENING_NAME_ZIPF:
            continue  # a capital any sentence or quotation opens with (see _names)
        after = _after_name(text[m.end() : m.end() + 60])
        if any(stem(t) in heads for t in (*before, *inside, *after)):
            return True
        if not _NAMING.isdisjoint(before):
            return True
    return False


def sentence_stems(text: str, stored: str | None = None) -> frozenset[str]:
    """The content stems of a sentence, as matching sees them."""
    return read_sentence(text, stored).stemset


RELATED_PAIR = 0.5  # the credit of a pair the sentence says in related words


def _bigram_share(question: Question, s: SentenceReading) -> float:
    """Share of the question's adjacent word pairs that the sentence has adjacent too: in the
    same words, or (at RELATED_PAIR) with either word in a related form, as a phrase is often
    said in other words ("military backing" is the sentence's "military support")."""
    pairs = question.pairs_with_forms
    if not pairs:
        return 0.0
    stemset = s.stemset  # read once: this runs for every candidate and word pair
    stems = s.stems
    # the words without the linking verbs, where the sentence has one (most have none)
    linked = None if _LINKING.isdisjoint(stemset) else tuple(x for x in stems if x not in _LINKING)
    found = 0.0
    for a, b, first, second in pairs:
        if (
            a in stemset
            and b in stemset
            and (_adjacent(stems, a, b) or (linked is not None and _adjacent(linked, a, b)))
        ):
            found += 1.0
        elif (
            not first.isdisjoint(stemset)
            and not second.isdisjoint(stemset)
            and (
                _pair_in(stems, first, second)
                or (linked is not None and _pair_in(linked, first, second))
            )
        ):
            found += RELATED_PAIR
    return found / len(pairs)


# Stems of the linking verbs that are no stopwords: "Russia remains unwilling" says "Russia
# (is) unwilling" as the question's pair has it, the copula a stopword on both sides
_LINKING = frozenset(
    stem(w)
    for w in (
        "remain",
        "remains",
        "remained",
        "seem",
        "seems",
        "seemed",
        "appear",
        "appears",
        "appeared",
        "stay",
        "stays",
        "stayed",
        "become",
        "becomes",
        "became",
    )
)


def _pair_in(stems: tuple[str, ...], first: frozenset[str], second: frozenset[str]) -> bool:
    """A word of ``first`` right before a word of ``second`` in ``stems``."""
    return any(x in first and y in second for x, y in zip(stems, stems[1:], strict=False))


def _adjacent(stems: tuple[str, ...], a: str, b: str) -> bool:
    """``b`` right after ``a`` somewhere in ``stems`` (tuple.index scans in C: this runs for
    every candidate and word pair)."""
    last = len(stems) - 1
    i = -1
    while True:
        try:
            i = stems.index(a, i + 1, last)
        except ValueError:
            return False
        if stems[i + 1] == b:
            return True


def features(
    question: Question, candidates: Sequence[Ranked], rarity: Rarity | None = None
) -> list[tuple[float, ...]]:
    """Feature vectors, one per candidate, in :data:`FEATURES` order (for fitting and tests)."""
    return feature_rows(question, candidates, rarity)[0]


def _story_terms(
    question: Question,
    candidates: Sequence[Ranked],
    hits: Sequence[Sequence[float]],
    weights: Sequence[float],
    describing: Mapping[int, str] | None = None,
) -> dict[str, tuple[bool, ...]]:
    """Per article (by title), which question terms its story establishes for every sentence
    in it: its headline's, and the names its lead sentence gives. "How many people died in the
    crash at Calicut?" is answered by "18 people died", three sentences after the one that names
    the place. Only rare words count from the lead (``LEAD_NAME_WEIGHT``, lower in a dated news
    story: ``NEWS_LEAD_NAME_WEIGHT``): common ones ("meet", "people") must be in the answering
    sentence itself. ``describing``: the positions of the terms that name a person by a role
    ("the ukrainian *leader*": term_matching.description_columns), each with the person's full
    name. They stand for the name, so a lead that names the person establishes them, however
    common each word is: else "leader" was a word of its own that the sentence after the lead,
    where Zelensky meets someone, had to say, and "The European leaders set to meet with
    Zelensky" said it. A lead that has the words and not the person ("French President Emmanuel
    Macron" for "brazil's president") establishes them no more than it did before."""
    describing = describing or {}
    story: dict[str, tuple[bool, ...]] = {}
    for c in candidates:
        if c.title not in story:
            places = places_of(c) if c.published else None
            story[c.title] = title_hits(question, c.title, places, part_stems_of(c))
    for c, row in zip(candidates, hits, strict=True):
        if c.index == 1 and not c.is_title:  # the lead: the first sentence after the headline
            bar = NEWS_LEAD_NAME_WEIGHT if c.published else LEAD_NAME_WEIGHT
            named = _named_in(question, c.text) if c.published and question.bigrams else ()
            story[c.title] = tuple(
                titled
                or (credit > 0 and (weight >= bar or t.stem in named))
                or (j in describing and names_person(c.text, describing[j]))
                for j, (titled, credit, weight, t) in enumerate(
                    zip(story[c.title], row, weights, question.terms, strict=True)
                )
            )
    return story


def _named_in(question: Question, text: str) -> frozenset[str]:
    """Stems of the question's words that, next to another of its words, make up a name the
    sentence writes capitalised: "Air India Express", "Notre Dame", "Grateful Dead". Each word
    of such a name may be common ("air", "express"), the name is not, and a story's lead that
    gives it sets the scene for the sentences after it."""
    found: set[str] = set()
    for run in _name_runs(text):
        for a, b in question.bigrams:
            if a != b and a in run and b in run:
                found.update((a, b))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _name_runs(text: str) -> tuple[frozenset[str], ...]:
    """The stems of each capitalised run of a sentence that has two or more (:func:`_named_in`),
    kept per text: a story's lead comes back with every question on the story (154 leads of
    the 40 bench questions at one copy held 90 texts), and its runs do not depend on the
    question."""
    runs = (
        {stem(t) for t in tokenize(m.group(0)) if t not in STOPWORDS}
        for m in CAPS_RUN.finditer(text)
    )
    return tuple(frozenset(run) for run in runs if len(run) >= 2)


def _weight_sums(weights: Sequence[float], flags: Sequence[bool]) -> tuple[float, float]:
    """The weights of the terms not flagged and of those flagged, each summed in term order."""
    den = tden = 0.0
    for w, t_in_title in zip(weights, flags, strict=True):
        if t_in_title:
            tden += w
        else:
            den += w
    return den, tden


def feature_rows(
    question: Question,
    candidates: Sequence[Ranked],
    rarity: Rarity | None = None,
    people: Sequence[str] = (),
    described: Sequence[tuple[str, str]] = (),
) -> tuple[list[tuple[float, ...]], list[list[float]], dict[str, tuple[bool, ...]]]:
    """Feature vectors, per candidate the credit each question term earned there, and per
    article title the terms its story establishes (:func:`_story_terms`)."""
    if not candidates:
        return [], [], {}
    rarity = rarity or DEFAULT_RARITY
    terms = question.terms
    sents = [read_sentence(c.text, c.words) for c in candidates]
    hits = matches(question, candidates, sents, people, described)
    positions = body_positions(candidates, sents)
    weights = [rarity.weight(t.word) for t in terms]
    qwords = frozenset(t.word for t in terms) | frozenset(t.stem for t in terms)
    atype = question.answer_type
    typed = atype in TYPED
    describing = {
        j: name for words, name in described for j in description_columns(question, words, name)
    }
    story = _story_terms(question, candidates, hits, weights, describing)
    base = []
    # whom the question attributes its answer to is asked of the sentence itself, even where
    # the headline names them: the headline quotes them, the story's other sentences do not
    sourced = [t.stem in question.source for t in terms] if question.source else None
    # per story's flags, the weights of the terms it has not and has, each summed in term order
    # as the products are: they depend on the flags alone, which most candidates share
    flag_sums: dict[tuple[bool, ...], tuple[float, float]] = {}
    for c, row in zip(candidates, hits, strict=True):
        flags = story[c.title]
        if sourced is not None:
            flags = tuple(f and not src for f, src in zip(flags, sourced, strict=True))

        num = tnum = 0.0
        for w, m, t_in_title in zip(weights, row, flags, strict=True):
            if t_in_title:
                tnum += w * m
            else:
                num += w * m
        sums = flag_sums.get(flags)
        if sums is None:
            sums = flag_sums[flags] = _weight_sums(weights, flags)
        den, tden = sums
        matched = num  # the same products summed in the same order: one sum, not two
        if c.published:  # a news story: its headline's and lead's words count, discounted
            matched += TITLE_DISCOUNT * tden
        disc = num + TITLE_DISCOUNT * tnum
        disc_den = den + TITLE_DISCOUNT * tden
        # "what was Warholm's winning time": the story names Warholm, the lead that does not
        # say "time" reports the race; it is no definition of what the question asks
        about_subject = den <= SUBJECT_SHARE * (den + tden) and all(
            m > 0 for m, t_in_title in zip(row, flags, strict=True) if not t_in_title
        )
        base.append((disc / disc_den if disc_den else 0.0, matched / MATCH_UNIT, about_subject))
    best = max(b[0] for b in base)
    knowns: dict[str | None, frozenset[str]] = {}  # per title: the question's and the title's words
    typed_seen: dict[tuple, bool] = {}  # per text, title and shown types: has_answer_type
    # per reading (read_sentence gives one per text): the copies of a story repeat sentences,
    # word for word (at 100 copies of the corpus 64 candidates a bench question held 31 texts)
    pair_shares: dict[int, float] = {}
    out = []
    for c, s, (overlap, matched, subject), pos in zip(
        candidates, sents, base, positions, strict=True
    ):
        at_top = not c.is_title and s.prose
        lead = 1.0 if pos == 0 and at_top else 0.0
        if terms and overlap == 0.0:  # the prior only ranks sentences that match something
            at_top, lead, pos = False, 0.0, 0
        known = qwords
        if typed:
            # a headline's own number or name is news, not context: only a body sentence
            # takes its story's title words as already known
            key = None if c.is_title else c.title
            known = knowns.get(key)
            if known is None:
                known = knowns[key] = qwords if key is None else qwords | stems_of(c)
            # the copies of a story repeat a sentence under one title: asked once per text
            seen = (c.text, key, s.shown)
            has_type = typed_seen.get(seen)
            if has_type is None:
                has_type = typed_seen[seen] = has_answer_type(
                    question.evidence_type, c.text, known, s.shown
                )
        else:
            has_type = False
        pair_share = pair_shares.get(id(s))
        if pair_share is None:
            pair_share = pair_shares[id(s)] = _bigram_share(question, s)
        out.append(
            (
                overlap,
                matched,
                overlap / best if best else 0.0,
                pair_share,
                lead,
                1.0 / (1 + pos) if at_top or pos else 0.0,
                1.0 if has_type else 0.0,
                lead if question.what_is and subject else 0.0,
                lead if typed else 0.0,
                1.0 if s.length < 6 else 0.0,
                1.0 if question.counted and counts(c.text, question.counted, exact=True) else 0.0,
                1.0 if question.heads and _names_head(c.text, question.heads, known) else 0.0,
            )
        )
    return out, hits, story
