"""Reading a question as answering reads it: chat shorthand, courtesy and asides dropped, typos
corrected against the coverage, hyphenated words the coverage never writes split
(:func:`read`), then tokenized with the entities it names resolved (:func:`reading_of`); and
the template intents are matched on (:func:`template`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from . import question_analysis
from .build_state import BuildState
from .corpus import Corpus, fts_term
from .question import (
    drop_asides,
    drop_courtesy,
    drop_preamble,
    native_order,
    spell_out,
    unframe,
    unsource,
    untake,
)
from .resolve import Resolved
from .text import related_words, tokenize

STEM_SLACK = 2  # letters a stem may drop from a word the speller then trusts as the coverage's
MAX_COMPOUNDS = 8  # hyphenated words per question checked against the index
# parts of the longest hyphenated word looked up as a phrase ("state-of-the-art"); a longer
# chain is words joined by hyphens, read apart: "the-the-the-…" pasted (250 words in one
# Discord message) was one phrase query of 250 words, 115 ms on the Wikinews database
MAX_COMPOUND_PARTS = 5


class Reading(NamedTuple):
    """The question as the later steps read it; a follow-up replaces it whole."""

    text: str  # the cleaned question read (:func:`read`), maybe with the question it continues
    tokens: list[str]
    resolved: list[Resolved]  # the entities it names, with where


def reading_of(state: BuildState, text: str, known: Callable[[str], bool]) -> Reading:
    """A question as read (:func:`read`) tokenized, with the entities it names resolved: every
    later step works from these three. Public: the answerer reads each question so, and a
    follow-up is read again with the question it continues (bot.follow_up)."""
    tokens = tokenize(text)
    return Reading(text, tokens, state.resolver.resolve(tokens, known))


def known_word(corpus: Corpus):
    """Whether the coverage has a word: what the reading and the resolver check a word
    against. Public: the answerer builds it once a question for both."""
    return lambda word: corpus.document_frequency(word) > 0


def spelt(state: BuildState, text: str, known: Callable[[str], bool]) -> str:
    """``text`` with its typos corrected against the coverage, as a question is read
    (:func:`read`) and as /sources reads a topic (public for Answerer.find_articles)."""
    return state.speller.fix(text, _spelled_as_in(state.corpus), known, _together(state.corpus))


def _together(corpus: Corpus):
    """Do some sentence of the coverage hold all of these words (the speller's context)?"""
    return lambda words: bool(corpus.search(words, limit=1, every=True, ranked=False))


def _spelled_as_in(corpus: Corpus):
    """Is a word (one English does not know) written as the coverage writes it? Its index stem
    must occur, and must not have cut the word down to a fragment: the stemmer turns the typo
    "haeds" into "ha", which "has" also yields, so "haeds" would pass as a word of the articles."""

    seen: dict[str, bool] = {}  # per question: the speller asks of one word many times

    def spelled(word: str) -> bool:
        found = seen.get(word)
        if found is None:
            found = seen[word] = (
                len(fts_term(word)) >= len(word) - STEM_SLACK
                and corpus.document_frequency(word) > 0
            )
        return found

    return spelled


_COMPOUND = re.compile(r"\b[^\W\d_]+(?:-[^\W\d_]+)+\b")


def _split_compounds(text: str, corpus: Corpus) -> str:
    """Hyphenated words the coverage never writes joined, as separate words: a member writes
    "the Trump-Zelensky sit-down" where the articles have "Zelensky is set to meet with ...
    Trump". Compounds the coverage has ("European-led") or the related-word table knows
    ("cease-fire") stay whole, to be matched as written."""

    looked_up = 0

    def split(match: re.Match[str]) -> str:
        nonlocal looked_up
        word = match.group(0)
        low = word.lower()
        if related_words(low) or looked_up >= MAX_COMPOUNDS:
            return word
        if low.count("-") >= MAX_COMPOUND_PARTS:
            return word.replace("-", " ")
        looked_up += 1  # one index lookup each: a pasted list of compounds stays cheap
        return word if corpus.has_phrase(low.split("-")) else word.replace("-", " ")

    return _COMPOUND.sub(split, text) if "-" in text else text


def template(
    tokens: list[str], resolved: list[Resolved], vocabulary: AbstractSet[str] = frozenset()
) -> str:
    """The question with each resolved entity replaced by its slot name, for intent matching,
    and without the light words (question_analysis.LIGHT_WORDS) no intent's example has
    (``vocabulary``), an "any" before one, and the small words that only open it: "so basically when
    will putin meet zelensky" is the meeting time question, which its two fillers had kept below the
    score from which the intent requires its fact, and the Alaska sentence answered it at 0.66.
    Public: the answerer matches its configured intents on it (Answerer._intent)."""

    light = [w in question_analysis.LIGHT_WORDS and w not in vocabulary for w in tokens]
    filler: list[bool] = []
    opening = True  # every word so far a filler
    for i, word in enumerate(tokens):
        # "any news", "any update": with the light word after it; "so", "and" opening it
        dropped = (
            light[i]
            or (word == "any" and i + 1 < len(tokens) and light[i + 1])
            or (word in _OPENING_FILLERS and opening)
        )
        filler.append(dropped)
        opening = opening and dropped

    out: list[str] = []
    position = 0
    for r in [*resolved, None]:
        end = len(tokens) if r is None else r.first
        out.extend(tokens[i] for i in range(position, end) if not filler[i])
        if r is not None:
            out.append("{" + _slot_for(r.kind) + "}")
            position = r.last
    return " ".join(out)


# Words that only open a question ("so when will they meet", "and what did he say")
_OPENING_FILLERS = frozenset("so and but then also".split())


def _slot_for(kind: str) -> str:
    return {"person": "person", "org": "org", "country": "country", "place": "place"}.get(
        kind, "entity"
    )


def read(state: BuildState, text: str, known: Callable[[str], bool]) -> str:
    """A cleaned question as answering reads it: chat shorthand spelled out, a clause about the
    asker dropped, greetings, thanks and fillers around it dropped (question.drop_courtesy), what
    the asker adds after it (question.drop_asides: "... i forget", "or nah"), the
    coverage's own saying left out ("what does the article say about X", question.unsource),
    learners' calques in native order ("how is called X", question.native_order), a
    passive verb of labelling read as "is" (question.unframe), reaction idioms with "take" as
    reacting and view (question.untake), acronyms that are stop words ("the WHO") or that no
    entity goes by ("the EFF") spelled as names, typos corrected against the coverage (and
    the steps before read again where a correction makes what they read: "wana" is "wanna",
    "want to"), hyphenated words split. Public: the answerer reads each question so, and a
    follow-up reads the question it continues so (bot.follow_up)."""
    text = spell_out(drop_preamble(text))
    text = native_order(unsource(drop_asides(drop_courtesy(text))))
    text = state.resolver.spell_acronyms(untake(unframe(text)))
    fixed = spelt(state, text, known)
    if fixed != text:  # what only the corrected words say: "wana" is "wanna", "want to"
        fixed = untake(
            unframe(
                native_order(unsource(drop_asides(drop_courtesy(spell_out(drop_preamble(fixed))))))
            )
        )
    return _split_compounds(fixed, state.corpus)
