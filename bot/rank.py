"""Rank candidate sentences for a question, and say how sure we are that the best one answers it.

Pure functions, no SQLite and no Discord: the answering pipeline retrieves candidates, this module
orders them and gives a calibrated confidence that decides whether to answer or abstain.

API
---
``question_analysis.analyze(question) -> Question``
    Once per question: kind (who, when, where, how_many, definition, ...), expected answer type
    (person, time, place, number, ...) and content terms with the stems of their related forms.
``rank(question, candidates, rarity=None, *, bonus=None) -> Ranking``
    Scores and confidence in one pass (what the pipeline should call).
``score(question, candidates, rarity=None, *, bonus=None) -> list[float]``
    Higher is better. Scores are logits of a softmax over the candidates, so a ``bonus`` of +1.0
    (intent or entity evidence from the pipeline) multiplies a candidate's odds by *e*.
``confidence(question, scores, candidates, rarity=None) -> float``
    Calibrated P(the top candidate answers the question), in [0, 1]; compare it with
    ``answer.min_confidence``. It recomputes the features ``rank`` already has, so prefer ``rank``.
    (``rarity`` was added to the planned signature: the confidence needs the same overlaps.)
``warm_up()``
    Loads wordfreq's tables at start-up instead of on a first question.

``Candidate.index`` counts from the title line (0), so an article's first body sentence is 1; a
``Rarity`` maps a question word to a weight (:class:`WordfreqRarity` is the default: ~0.5 for
"the", 5.5 for names and unknown words). Scores use no SQLite, no config: the pipeline adds its
own evidence through ``bonus``.

How a sentence is scored
------------------------
A linear model over a few features that each stand for something known to matter on
answer-sentence selection (WikiQA) and in news:

* word overlap of the question's content terms, weighted by rarity (:class:`Rarity`), with terms
  that also occur in the article's title discounted (every sentence of an article is about its
  subject, often only through a pronoun) and counted;
* matching beyond exact stems: lemmas and a small table of related words (``bot.text``), stems
  where one is a prefix of the other (discov/discoveri), near-spellings of words the candidates
  lack (rapidfuzz), and sentences that open with a pronoun (or quote one: "she said") inheriting
  the previous sentence's words;
* the expected answer type: a when-question wants a year or date the question did not mention,
  how-many a new number, who a new name or a role, where a place, why a stated cause, "which
  hospital" a name by the word "hospital";
* position: the first prose sentence of an article (image captions skipped) answers "what is X"
  questions very often, later sentences less and less;
* word pairs of the question found as pairs; fragments of under six words are penalised.

The weights are fitted on WikiQA dev (see :data:`RANK_WEIGHTS`) and then written here as
constants; the runtime needs only the standard library, PyStemmer, rapidfuzz and wordfreq.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from operator import mul
from typing import Protocol

from facts.lexicon import place_words, region_words
from facts.sentence_words import HeadlineWords

from .question_analysis import Question, analyze
from .rank_features import (
    CONFIDENCE_BIAS,
    CONFIDENCE_WEIGHTS,
    FEATURES,
    RANK_WEIGHTS,
    feature_rows,
    features,
)
from .sentence_analysis import TYPED


@dataclass(frozen=True)
class Candidate:
    """One sentence that might answer, with where it sits in its article."""

    text: str  # the sentence, verbatim
    index: int  # position of the sentence in its article (0 = the title line)
    paragraph: int  # 0 = title
    is_title: bool
    title: str  # the article's title
    count: int  # number of sentences in the article
    words: str | None = None  # the build's analysis of the sentence (facts.sentence_words)
    published: str | None = None  # a news story's date (None for an undated document)
    # an interview reply's context: the stems of the question it answers (bot.interview)
    turn: frozenset[str] | None = None
    # what its headline names (sentence_analysis.title_places); None: worked out from the title
    places: frozenset[str] | None = None
    # its headline's stems (facts.sentence_words.HeadlineWords); None: worked out from the title
    title_words: HeadlineWords | None = None


class Ranked(Protocol):
    """What the ranker reads of a candidate: a :class:`Candidate` has it, and so do the answering
    pipeline's sentence rows, which are ranked as they are rather than copied into candidates."""

    @property
    def text(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def is_title(self) -> bool: ...
    @property
    def title(self) -> str: ...
    @property
    def words(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def turn(self) -> frozenset[str] | None: ...
    @property
    def places(self) -> frozenset[str] | None: ...
    @property
    def title_words(self) -> HeadlineWords | None: ...


class Rarity(Protocol):
    """How informative a question word is: near 0 for "the", larger for rarer words. Given the
    word as the question has it, so the weight of a term never depends on which other form of
    it the process happened to meet first."""

    def weight(self, word: str) -> float: ...


_RANK_VECTOR = tuple(RANK_WEIGHTS.get(name, 0.0) for name in FEATURES)
_INDEX = {name: i for i, name in enumerate(FEATURES)}
TYPED_MATCH = _INDEX["typed_match"]
NAMED_HEAD = _INDEX["named"]  # a new name stands by what a "which NOUN" question names
LEAD = _INDEX["lead"]
COUNTED = _INDEX["counted"]  # a number stands right before what a count question counts


@dataclass(frozen=True)
class Ranking:
    """Scores for the candidates (in their order) and the confidence in the best one.

    ``features`` and ``matches`` (per candidate, the credit of each question term) let the
    answering pipeline weigh its own evidence on top without computing them again.
    """

    scores: tuple[float, ...]
    confidence: float
    features: tuple[tuple[float, ...], ...] = ()
    matches: tuple[tuple[float, ...], ...] = ()
    story: tuple[tuple[bool, ...], ...] = ()  # per candidate: terms its article's story has

    @property
    def order(self) -> list[int]:
        """Candidate positions, best first (ties keep the candidates' order)."""
        return sorted(range(len(self.scores)), key=lambda i: (-self.scores[i], i))


def _linear(rows: Sequence[Sequence[float]], bonus: Sequence[float] | None) -> list[float]:
    # map(mul) computes the same products in the same order as a generator, in C; it stops at
    # the shorter input, so the row width is checked once here (every row is built alike)
    if rows and len(rows[0]) != len(_RANK_VECTOR):
        raise ValueError(f"feature rows have {len(rows[0])} values, not {len(_RANK_VECTOR)}")
    scores = [sum(map(mul, _RANK_VECTOR, r)) for r in rows]
    if bonus is not None:
        if len(bonus) != len(scores):
            raise ValueError(f"bonus has {len(bonus)} values for {len(scores)} candidates")
        scores = [s + b for s, b in zip(scores, bonus, strict=True)]
    return scores


def confidence_inputs(
    question: Question, scores: Sequence[float], rows: Sequence[Sequence[float]]
) -> dict[str, float]:
    """The question-level evidence the confidence model weighs (named, for fitting and tests)."""
    if not scores:
        return {}
    top = min(range(len(scores)), key=lambda i: (-scores[i], i))
    second = max((s for i, s in enumerate(scores) if i != top), default=scores[top] - 3.0)
    r = rows[top]
    return {
        "margin": min(scores[top] - second, 5.0),
        "overlap": r[_INDEX["overlap"]],
        "typed_match": r[_INDEX["typed_match"]],
        "lead": r[_INDEX["lead"]],
        "typed": 1.0 if question.answer_type in TYPED else 0.0,
        "definition": 1.0 if question.kind == "definition" else 0.0,
    }


def confidence_for(
    question: Question, scores: Sequence[float], rows: Sequence[Sequence[float]]
) -> float:
    """:func:`confidence` from scores and feature rows already at hand (e.g. a :class:`Ranking`'s
    features with scores the caller adjusted)."""
    return _confidence(question, scores, rows)


def _confidence(question: Question, scores: Sequence[float], rows: Sequence[Sequence[float]]):
    inputs = confidence_inputs(question, scores, rows)
    if not inputs or not question.terms:
        return 0.0
    z = CONFIDENCE_BIAS + sum(CONFIDENCE_WEIGHTS.get(k, 0.0) * v for k, v in inputs.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def warm_up() -> None:
    """Load the word tables (wordfreq's, and the gazetteer's place and region words, which
    only some questions' candidates need) now, not on the first question that needs them."""
    place_words()
    region_words()
    question = analyze("who wrote the first song and when was it written")
    rank(question, [Candidate("It was written in 1901 by Ann Lee.", 1, 1, False, "Song", 2)])


def rank(
    question: Question,
    candidates: Sequence[Ranked],
    rarity: Rarity | None = None,
    *,
    bonus: Sequence[float] | None = None,
    people: Sequence[str] = (),
    described: Sequence[tuple[str, str]] = (),
) -> Ranking:
    """Score the candidates and say how sure we are of the best one, in one pass. ``people``:
    the full names of the persons the question names (see :func:`_surnames`); ``described``:
    the persons it names by what they are, as (its words, their full name), e.g. ("the american
    president", "Donald Trump") (see term_matching.described_people)."""
    rows, hits, story = feature_rows(question, candidates, rarity, people, described)
    scores = _linear(rows, bonus)
    return Ranking(
        tuple(scores),
        _confidence(question, scores, rows),
        tuple(rows),
        tuple(tuple(h) for h in hits),
        tuple(story[c.title] for c in candidates),
    )


def score(
    question: Question,
    candidates: Sequence[Ranked],
    rarity: Rarity | None = None,
    *,
    bonus: Sequence[float] | None = None,
) -> list[float]:
    """Scores for the candidates, higher is better (softmax logits; ``bonus`` adds to them)."""
    return _linear(features(question, candidates, rarity), bonus)


def confidence(
    question: Question,
    scores: Sequence[float],
    candidates: Sequence[Ranked],
    rarity: Rarity | None = None,
) -> float:
    """Calibrated probability that the top-scoring candidate answers the question, in [0, 1].

    0.0 when there is nothing to rank or the question has no content words ("hello?").
    """
    if len(scores) != len(candidates):
        raise ValueError(f"{len(scores)} scores for {len(candidates)} candidates")
    return _confidence(question, scores, features(question, candidates, rarity))
