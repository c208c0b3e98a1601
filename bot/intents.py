"""Intent rules from ``config.yaml`` and fuzzy matching of questions against them.

An operator writes example phrasings with slots (``who is {person} meeting``); matching replaces
the entities a question names with their slot (``who is zelenksy meeting`` becomes ``who is
{person} meeting`` once the resolver has found Zelensky) and compares the result to every example
with rapidfuzz, so typos, word order and missing words cost a few points rather than the match.
An intent tells the ranker which fact predicates and which kind of answer to prefer; small-talk
intents carry a fixed reply instead.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from .errors import RuleError

SLOTS = frozenset(
    {"person", "org", "country", "place", "entity", "role", "group", "thing", "event", "topic"}
)
# Slots that stand for an entity the resolver can find; the others stand for free text.
ENTITY_SLOTS = {
    "person": {"person"},
    "org": {"org"},
    "country": {"country"},
    "place": {"place", "country"},
    "group": {"group", "org", "country"},
    "entity": {"person", "org", "country", "place", "group"},
}
ANSWER_TYPES = frozenset(
    {"person", "place", "time", "number", "org", "reason", "statement", "yesno"}
)
_FIELDS = {"name", "examples", "predicates", "answer", "reply", "cutoff", "description"}
_SLOT = re.compile(r"\{(\w+)\}")
_ALTERNATIVES = re.compile(r"(?<![{\w])([\w']+(?:\|[\w']+)+)")
_NON_WORD = re.compile(r"[^\w{}' ]+")


@dataclass(frozen=True)
class Intent:
    name: str
    examples: tuple[str, ...]
    predicates: tuple[str, ...] = ()
    answer: str | None = None
    reply: str | None = None
    cutoff: float = 72.0
    description: str | None = None

    @property
    def smalltalk(self) -> bool:
        return self.reply is not None


@dataclass(frozen=True)
class IntentMatch:
    intent: Intent
    score: float  # 0-100
    example: str


def parse_intents(raw: Iterable[dict[str, Any]], source: str = "config.yaml") -> tuple[Intent, ...]:
    """Validate intent rules; a problem raises :class:`RuleError` naming the intent and field."""
    intents: list[Intent] = []
    names: set[str] = set()
    for position, rule in enumerate(raw):
        where = f"{source}: intents[{position}]"
        if not isinstance(rule, dict):
            raise RuleError(f"{where}: expected a mapping with name and examples")
        name = rule.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RuleError(f"{where}.name: every intent needs a name")
        where = f"{source}: intent {name!r}"
        unknown = set(rule) - _FIELDS
        if unknown:
            raise RuleError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
        if name in names:
            raise RuleError(f"{where}: defined twice")
        names.add(name)
        examples = _strings(rule.get("examples"), f"{where}.examples")
        if not examples:
            raise RuleError(f"{where}.examples: give at least one example phrasing")
        expanded: list[str] = []
        for example in examples:
            for slot in _SLOT.findall(example):
                if slot not in SLOTS:
                    raise RuleError(
                        f"{where}.examples: unknown slot {{{slot}}} in {example!r} "
                        f"(known: {', '.join(sorted(SLOTS))})"
                    )
            expanded.extend(_expand(example))
        answer = rule.get("answer")
        if answer is not None and answer not in ANSWER_TYPES:
            raise RuleError(
                f"{where}.answer: {answer!r} is not one of {', '.join(sorted(ANSWER_TYPES))}"
            )
        reply = rule.get("reply")
        if reply is not None and (not isinstance(reply, str) or not reply.strip()):
            raise RuleError(f"{where}.reply: expected text")
        cutoff = rule.get("cutoff", 85.0 if reply else 72.0)
        if (
            isinstance(cutoff, bool)
            or not isinstance(cutoff, (int, float))
            or not 0 <= cutoff <= 100
        ):
            raise RuleError(f"{where}.cutoff: expected a number from 0 to 100, got {cutoff!r}")
        predicates = _strings(rule.get("predicates"), f"{where}.predicates")
        if reply and predicates:
            raise RuleError(f"{where}: a small-talk intent (reply) cannot also name predicates")
        intents.append(
            Intent(
                name=name.strip(),
                examples=tuple(dict.fromkeys(_canonical(e) for e in expanded)),
                predicates=tuple(p.lower() for p in predicates),
                answer=answer,
                reply=reply.strip() if reply else None,
                cutoff=float(cutoff),
                description=rule.get("description"),
            )
        )
    return tuple(intents)


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(f"{where}: expected a list of non-empty strings")
    return value


def _expand(example: str) -> list[str]:
    """``where|when is the {event}`` -> ``where is the {event}``, ``when is the {event}``."""
    parts = _ALTERNATIVES.split(example)
    choices = [part.split("|") if i % 2 else [part] for i, part in enumerate(parts)]
    return ["".join(combo) for combo in itertools.product(*choices)]


def _canonical(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


class IntentMatcher:
    """Match questions (with entity spans already replaced by slots) against the rules."""

    def __init__(self, intents: Sequence[Intent]):
        self.intents = tuple(intents)
        self._choices: list[str] = []
        self._owners: list[Intent] = []
        for intent in self.intents:
            for example in intent.examples:
                self._choices.append(example)
                self._owners.append(intent)

    def match(self, templated: str) -> IntentMatch | None:
        """The best intent for a question whose entities are replaced by ``{slot}`` markers."""
        query = _canonical(templated)
        if not query or not self._choices:
            return None
        best: IntentMatch | None = None
        for choice, score, index in process.extract(
            query, self._choices, scorer=_similarity, limit=5, score_cutoff=50
        ):
            intent = self._owners[index]
            if score < intent.cutoff:
                continue
            if intent.smalltalk and len(query.split()) > len(choice.split()) + 3:
                continue  # "hi, who is zelensky meeting?" is a question, not a greeting
            if best is None or score > best.score:
                best = IntentMatch(intent, score, choice)
        return best


def _similarity(query: str, choice: str, **kwargs: Any) -> float:
    """Order-insensitive similarity that forgives a missing or extra word or two."""
    sort = fuzz.token_sort_ratio(query, choice)
    plain = fuzz.ratio(query, choice)
    # Generic slots ({thing}, {topic}, {event}) stand for any words: compare what surrounds them.
    if "{" in choice and any(f"{{{s}}}" in choice for s in ("thing", "topic", "event")):
        head = choice.split("{thing}")[0].split("{topic}")[0].split("{event}")[0].strip()
        if head and len(head) >= 6:
            prefix = fuzz.ratio(query[: len(head)], head)
            return max(sort, plain, prefix * 0.95)
    return max(sort, plain)
