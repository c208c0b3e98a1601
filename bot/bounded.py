"""Bounded in-memory caches: what a long-running bot keeps of work it would otherwise repeat.

Each cache is a plain dict with a limit; when a new entry would take it past the limit it starts
over. A bound, not an LRU: the kept work is cheap to do again, and a bot answering for weeks
must not grow without end. One place for the rule, which the resolver, the speller, the intent
matcher and the corpus's caches each wrote out before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def keep(cache: dict[K, V], key: K, value: V, limit: int) -> V:
    """``value`` kept in ``cache`` under ``key``, the cache started over first if it already
    holds ``limit`` entries; returns ``value``."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value


def kept_and_missing(
    cache: dict[K, V], keys: Iterable[K], limit: int
) -> tuple[dict[K, V | None], list[K]]:
    """What ``cache`` keeps of ``keys``, each once in the order asked (None for the rest), and
    the keys it lacks, which the caller reads and keeps. A cache that those would take past
    ``limit`` starts over."""
    found = {key: cache.get(key) for key in keys}
    missing = [key for key, value in found.items() if value is None]
    if missing and len(cache) + len(missing) > limit:
        cache.clear()
    return found, missing
