"""Whether a sentence gives the asked answer type next to the question's own verb.

A news story names many people, numbers and places; "who *won* the olympiad" is answered by the
sentence where a new name stands by "won" ("Madina Bizheva ... *won* this second Olympiad"), not
by the one that names the organisers ("According to Professor Sergey Dydykin, who is ...
co-chairman of the organizing committee") and says more of the question's other words. Both
hold a name (the ranker's typed_match), only one holds it where the asked relation is said.
The answer type is looked for in a few words either side of the verb, so a sentence that says
the verb of something else far from its name does not count.

Pure functions of a sentence's text: the answering pipeline (:mod:`bot.weighing`) reads them
within a news story (decide.VERB_TYPED).
"""

from __future__ import annotations

from collections.abc import Iterable

from .sentence_analysis import has_answer_type
from .text import stem, tokenize

# Words either side of the verb in which the answer must stand: a name as subject or object
# ("Jo Jorgensen, won the presidential nomination" spans a comma and an apposition). Chosen
# from 3, 4, 5, 6 and 8 on the Wikinews dev sets' logged rankings (5 and 6 alike; 8 brought
# the "why" questions' clauses in, which gained and lost alike).
REACH = 5

# Answer types that stand as a word or two (a name, a number, a date, a place): a reason, a
# manner or a statement is a clause, which no window of words around the verb holds.
# What a window cut from within a sentence opens with, so that the capitalised word it starts
# with reads as the name it is rather than as a sentence's opening capital (which
# has_answer_type passes over unless English rarely uses it): a stop word no answer is made of.
MID_SENTENCE = "and"

NEAR_TYPES = frozenset(
    {"person", "name", "number", "money", "age", "duration", "time", "place", "measure"}
)


def types_near_verb(
    text: str, verbs: frozenset[str], evidence_type: str, known: frozenset[str]
) -> bool:
    """Whether ``text`` has a word whose stem is one of ``verbs`` (the question's relation and
    its related stems) with something of ``evidence_type`` that ``known`` (the question's and
    the headline's words and stems) lacks, within :data:`REACH` words of it."""
    if not verbs:
        return False
    words = text.split()
    for i in _verb_positions(words, verbs):
        start = max(0, i - REACH)
        window = " ".join(words[start : i + REACH + 1])
        if start:  # cut from within the sentence: its first word opens no sentence
            window = f"{MID_SENTENCE} {window}"
        if has_answer_type(evidence_type, window, known):
            return True
    return False


def _verb_positions(words: list[str], verbs: frozenset[str]) -> Iterable[int]:
    for i, word in enumerate(words):
        tokens = tokenize(word)
        if tokens and stem(tokens[0]) in verbs:
            yield i
