"""What the answerer derives from one build of the database, in one value: a /reload swaps it
whole, so an answer in flight reads one build throughout (bot.answer.Answerer)."""

from __future__ import annotations

from dataclasses import dataclass

from . import rank
from .corpus import Corpus
from .resolve import Resolver
from .spelling import Speller


@dataclass
class BuildState:
    """Everything derived from one build of the database; swapped whole by ``reload``. Public:
    reading a question (bot.question_reading) and weighing its candidates (bot.weighing)
    read it as the answerer does."""

    corpus: Corpus
    resolver: Resolver
    rarity: rank.Rarity
    kinds: dict[str, str]
    leaders: dict[str, str]
    speller: Speller
