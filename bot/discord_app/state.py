"""Bounded memory the Discord adapter keeps between messages: recent answers and cooldowns.

Everything here lives in one process and has a size cap, so a bot that sits in thousands of
channels never grows without limit. Losing it on restart (or on another shard) only costs
follow-up context and ``/sources`` for answers given before; it never changes an answer.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LRU(Generic[K, V]):
    """A dict that forgets its least recently used keys beyond ``maxsize``."""

    def __init__(self, maxsize: int):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, default: V | None = None) -> V | None:
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def pop(self, key: K) -> V | None:
        """Forget ``key``; its value, or None if it was not there."""
        return self._data.pop(key, None)

    def discard_value(self, value: V) -> None:
        """Forget every key that holds ``value`` itself (by identity): an answer withdrawn
        from the channel, under whichever member's key it was remembered."""
        for key in [k for k, v in self._data.items() if v is value]:
            del self._data[key]

    def values(self) -> list[V]:
        """The values, least recently used first; reading them uses none."""
        return list(self._data.values())

    def __setitem__(self, key: K, value: V) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)


class Cooldowns:
    """At most ``rate`` questions per ``per`` seconds for each user (a sliding window).

    One budget per user covers messages and ``/ask`` alike, so switching between them is no way
    around it. A refused attempt is not counted, so a user who waits is served on time.
    """

    def __init__(
        self,
        rate: int,
        per: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        maxsize: int = 10_000,
    ):
        self.rate = max(1, rate)
        self.per = per
        self.clock = clock
        self._hits: LRU[int, deque[float]] = LRU(maxsize)
        self._warned: LRU[int, float] = LRU(maxsize)

    def hit(self, user_id: int) -> float:
        """Count one question: 0.0 if it may go ahead, else the seconds until the next may."""
        if self.per <= 0:
            return 0.0
        now = self.clock()
        hits = self._hits.get(user_id)
        if hits is None:
            hits = deque()
            self._hits[user_id] = hits
        while hits and hits[0] <= now - self.per:
            hits.popleft()
        if len(hits) < self.rate:
            hits.append(now)
            return 0.0
        return max(0.01, hits[0] + self.per - now)

    def first_refusal(self, user_id: int, retry_after: float) -> bool:
        """True once per cooldown window: react to the first refused message, not to every one
        of a burst (each reaction is an API call, and spam should not multiply them)."""
        now = self.clock()
        until = self._warned.get(user_id)
        if until is not None and until > now:
            return False
        self._warned[user_id] = now + retry_after
        return True
