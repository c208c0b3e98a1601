"""Find the entities a question names, fuzzily, against the aliases the build extracted.

"zelenksy", "von der leyen", "the german chancellor" and "the kremlin" all resolve through the
alias table: exact n-gram lookups first (a dict, so cost does not grow with the corpus), then a
rapidfuzz match only for the few words the corpus has never seen, which is where typos live.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .text import STOPWORDS, tokenize

MAX_NGRAM = 5
LEADING = frozenset({"the", "a", "an", "mr", "mrs", "ms", "dr", "president", "s"})


@dataclass(frozen=True)
class Resolved:
    """An entity named in the question, at token positions ``[first, last)``."""

    entity: str
    kind: str
    alias: str
    first: int
    last: int
    score: float  # 100 for an exact alias, lower for a fuzzy one
    role: str | None = None


@dataclass(frozen=True)
class _Target:
    entity: str
    kind: str
    role: str | None
    mentions: int


class Resolver:
    """Alias lexicon built once per database; ``resolve`` runs per question."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str | None, int]]):
        self._targets: dict[str, list[_Target]] = {}
        for alias, entity, kind, role, mentions in rows:
            key = " ".join(tokenize(alias))
            if not key or key in STOPWORDS:
                continue
            self._targets.setdefault(key, []).append(_Target(entity, kind, role, mentions or 0))
        for targets in self._targets.values():
            targets.sort(key=lambda t: -t.mentions)
        # fuzzy candidates: single words and two-word aliases long enough to carry a typo
        self._fuzzy_keys = [k for k in self._targets if len(k) >= 5 and k.count(" ") <= 1]

    def __len__(self) -> int:
        return len(self._targets)

    def resolve(
        self, tokens: list[str], known_word: Callable[[str], bool] | None = None
    ) -> list[Resolved]:
        """Longest exact alias matches, then fuzzy matches for unknown words; no overlaps."""
        found: list[Resolved] = []
        used = [False] * len(tokens)
        for size in range(min(MAX_NGRAM, len(tokens)), 0, -1):
            for first in range(len(tokens) - size + 1):
                last = first + size
                if any(used[first:last]):
                    continue
                gram = " ".join(tokens[first:last])
                if size == 1 and gram in STOPWORDS:
                    continue
                targets = self._targets.get(gram)
                if not targets and tokens[first] in LEADING and size > 1:
                    continue
                if targets:
                    best = targets[0]
                    found.append(
                        Resolved(best.entity, best.kind, gram, first, last, 100.0, best.role)
                    )
                    used[first:last] = [True] * size
        for position, token in enumerate(tokens):
            if used[position] or len(token) < 5 or token in STOPWORDS:
                continue
            if known_word is not None and known_word(token):
                continue  # a real word of the corpus, not a misspelt name
            hit = self._fuzzy(token)
            if hit is None and position + 1 < len(tokens) and not used[position + 1]:
                pair = f"{token} {tokens[position + 1]}"
                hit = self._fuzzy(pair)
                if hit is not None:
                    key, score = hit
                    best = self._targets[key][0]
                    found.append(
                        Resolved(
                            best.entity, best.kind, key, position, position + 2, score, best.role
                        )
                    )
                    used[position] = used[position + 1] = True
                    continue
            if hit is not None:
                key, score = hit
                best = self._targets[key][0]
                found.append(
                    Resolved(best.entity, best.kind, key, position, position + 1, score, best.role)
                )
                used[position] = True
        found.sort(key=lambda r: r.first)
        return found

    def _fuzzy(self, text: str) -> tuple[str, float] | None:
        cutoff = 80 if len(text) >= 7 else 85
        hit = process.extractOne(text, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is None:
            return None
        return hit[0], float(hit[1])
