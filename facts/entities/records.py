"""The records the passes over an article hand each other: a piece of a sentence that names
something, a sentence with its pieces, a person named in the article."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Sentence


@dataclass(slots=True)
class _Piece:
    """A run of tokens that names something: a gazetteer hit, a title, or an unknown name."""

    kind: str  # gaz | role | name
    i: int  # first token
    j: int  # one past the last token
    entity: str | None = None  # gaz: entity id
    demonym: bool = False
    label: str | None = None  # name: person | org | place, once decided
    role: str | None = None  # person: normalised title ("prime minister")
    affiliation: str | None = None  # person: entity id
    initial: bool = False  # name starting the sentence: a weak cue
    name: str = field(default="", compare=False, repr=False)  # name: its text, set by _resolve


@dataclass(slots=True)
class _Person:
    name: str
    id: str
    role: str | None = None
    affiliation: str | None = None
    roles: set[tuple[str, str | None]] = field(default_factory=set)
    other_names: list[str] = field(default_factory=list)  # ring, stage and pen names


@dataclass(slots=True)
class _Sent:
    sentence: Sentence
    words: list[str]
    folded: list[str]
    starts: list[int]  # token -> start offset in the article's text
    ends: list[int]  # token -> end offset
    pieces: list[_Piece]
