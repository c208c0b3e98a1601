"""What answering produces: an :class:`Answer` made of cited, verbatim sentences.

These records are the contract between the answering core, the terminal commands and the Discord
adapter; ``to_json`` gives the JSON shape documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Citation:
    """One sentence of one article, quoted verbatim, with where it comes from."""

    article: str
    title: str
    path: str
    paragraph: int
    sentence: str
    start: int
    end: int
    score: float
    sentence_id: int = 0
    index: int = 0  # position of the sentence in its article (0 = title)
    url: str | None = None
    published: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "title": self.title,
            "path": self.path,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Answer:
    """The reply to one question.

    ``kind`` is ``answer`` (cited sentences), ``abstain`` (the coverage does not say),
    ``smalltalk`` (hello/thanks/help, no citations) or ``empty`` (nothing was asked).
    """

    question: str
    answered: bool
    reply: str
    kind: str = "answer"
    intent: str | None = None
    citations: tuple[Citation, ...] = ()
    ranked: tuple[Citation, ...] = ()
    lead: str | None = None
    notes: tuple[str, ...] = ()
    confidence: float = 0.0
    entities: tuple[str, ...] = field(default=())  # entity ids the question named
    # a follow-up's: the question it continued ("who is X meeting?" under "where?"), which a
    # follow-up of it continues in turn ("when?" is asked with "who is X meeting?", not "where?")
    continues: str | None = None
    # the answers the conversation leaned on before this one (its context, and that one's),
    # newest first, each without its own: follow_up.quoted_again checks a follow-up's answer
    # against the sentences they quoted too, which the member has read (Answerer.answer)
    earlier: tuple[Answer, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answered": self.answered,
            "intent": self.intent,
            "reply": self.reply,
            "citations": [c.to_json() for c in self.citations],
            "ranked": [c.to_json() for c in self.ranked],
        }


@dataclass(frozen=True)
class ArticleInfo:
    """An article's details for ``/sources article:``."""

    id: str
    title: str
    path: str
    url: str | None
    published: str | None
    outlet: str | None
    author: str | None
    sentences: int
    facts: int
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceDetail:
    """A citation with one sentence of context either side, for ``/sources``."""

    number: int
    citation: Citation
    before: str | None
    after: str | None
