"""The bounded memory (LRU, cooldowns) and running answers off the event loop."""

from __future__ import annotations

import asyncio
import threading
import time

from bot.discord_app.replies import off_loop
from bot.discord_app.state import LRU, Cooldowns


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_lru_forgets_the_least_recently_used():
    lru: LRU[str, int] = LRU(2)
    lru["a"] = 1
    lru["b"] = 2
    assert lru.get("a") == 1  # "a" is now the most recent
    lru["c"] = 3
    assert "b" not in lru and lru.get("a") == 1 and lru.get("c") == 3
    assert len(lru) == 2


def test_cooldown_allows_rate_questions_per_window_then_says_how_long_to_wait():
    clock = Clock()
    cooldowns = Cooldowns(rate=2, per=30, clock=clock)
    assert cooldowns.hit(1) == 0 and cooldowns.hit(1) == 0
    clock.now += 10
    assert cooldowns.hit(1) == 20  # the first question leaves the window in 20 s
    assert cooldowns.hit(2) == 0  # other users are not affected
    clock.now += 20
    assert cooldowns.hit(1) == 0  # a refused attempt was not counted against the user


def test_cooldown_warns_once_per_window():
    clock = Clock()
    cooldowns = Cooldowns(rate=1, per=30, clock=clock)
    cooldowns.hit(1)
    wait = cooldowns.hit(1)
    assert cooldowns.first_refusal(1, wait) is True
    assert cooldowns.first_refusal(1, cooldowns.hit(1)) is False
    clock.now += 31
    cooldowns.hit(1)
    assert cooldowns.first_refusal(1, cooldowns.hit(1)) is True


def test_zero_seconds_means_no_cooldown():
    cooldowns = Cooldowns(rate=1, per=0)
    assert all(cooldowns.hit(1) == 0 for _ in range(10))


async def test_answering_runs_in_a_worker_thread_and_the_loop_keeps_going():
    loop_thread = threading.get_ident()
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.005)

    def slow_answer():
        time.sleep(0.1)  # blocking work, as SQLite and scoring are
        return threading.get_ident()

    background = asyncio.create_task(ticker())
    worker = await off_loop(slow_answer, slow_after=10)
    background.cancel()
    assert worker != loop_thread
    assert ticks > 5  # the event loop was not blocked meanwhile


async def test_on_slow_runs_only_when_the_answer_is_slow():
    calls = []

    async def on_slow():
        calls.append("slow")

    assert await off_loop(lambda: "quick", slow_after=5, on_slow=on_slow) == "quick"
    assert calls == []
    late = await off_loop(lambda: time.sleep(0.05) or "late", slow_after=0.001, on_slow=on_slow)
    assert late == "late"
    assert calls == ["slow"]
