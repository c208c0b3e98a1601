"""The replies Answerer.answer gives without quoting a sentence, and the words around one:
the note on a question cut short, the reply to a greeting or thanks, the reply to a question
with nothing to search for, and the stories an abstention says the coverage does cover. Kept
apart from bot.answer, which decides whether and what to quote, because none of these reads
the coverage's sentences: they only word what the member is told.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import decide
from .intents import IntentMatch
from .model import Answer, Citation
from .render import counted, with_notes


def truncation_notes(truncated: bool, limit: int) -> tuple[str, ...]:
    """Told with every reply, so a member whose long question was cut knows what was read."""
    return (f"(Your question was cut to {counted(limit, 'character')}.)",) if truncated else ()


def smalltalk_answer(question: str, match: IntentMatch, notes: tuple[str, ...]) -> Answer:
    """A greeting or thanks gets the intent's own reply, never a search of the coverage."""
    return Answer(
        question=question,
        answered=False,
        kind="smalltalk",
        intent=match.intent.name,
        reply=with_notes(match.intent.reply or "", notes),
        notes=notes,
    )


def empty_answer(question: str, notes: tuple[str, ...]) -> Answer:
    """A question of stop words only has nothing to search for: say what to ask instead."""
    return Answer(
        question=question,
        answered=False,
        kind="empty",
        reply=with_notes(
            "Ask me a question about the coverage, e.g. “who is meeting whom, and where?”",
            notes,
        ),
        notes=notes,
    )


def covered_titles(ranked: Sequence[Citation], shown: int = 3) -> list[str]:
    """The titles an abstention says the coverage does cover: the stories of the best-ranked
    candidates, best first, but only those whose best sentence is within
    decide.IDENTIFIED_STORY_LEAD of the best one's. A story that far behind mostly shares a
    word or two with the question, no topic ("when and where is eddie van halen's funeral"
    listed "South African 'Lion Man' killed by his lions"). On the near misses of the readable
    Wikinews dev sets that have a source (143 abstained), the asked story is listed as often
    (137) and first as often (124), and the other titles shown fall from 118 to 83; about one
    in six of the 35 left out was on a related topic (another Samoa measles story, the PG&E
    helicopter crash for "how much money is pg&e losing from the blackouts"). Stories close
    behind stay, related or not: the lead is the ranker's, not the topic's."""
    if not ranked:
        return []
    floor = ranked[0].score - decide.IDENTIFIED_STORY_LEAD
    best: dict[str, float] = {}
    for citation in ranked:
        best.setdefault(citation.title, citation.score)
    return [title for title, score in best.items() if score >= floor][:shown]
