"""One timing protocol for factdesk and every peer, so their numbers compare.

1. Warm the process with :data:`WARMUP` questions that are not in the question set: lazy imports,
   loaded tables, compiled expressions and the OS page cache are ready, but no cache holds an
   answer to a timed question.
2. Time every question of the set once, on first sight: the headline numbers, what a member
   asking something new waits.
3. Time ``repeat - 1`` further rounds: the same questions again, which any per-question cache
   (factdesk's ranker caches sentence analyses) makes cheaper; reported apart, never mixed in.
   Rounds stop early after ``REPEAT_BUDGET_S``: a linear scan at x100 takes seconds per question.

The first-sight round's CPU time per question (``time.process_time``: this process's, all its
threads) is reported beside the wall-clock time as ``cpu_latency``: a wall p50 well above it
says the process waited for the CPU, i.e. that the machine was busy during the run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from .questions import Question
from .stats import latency_summary

REPEAT_BUDGET_S = 60.0
WARMUP = (
    "What happened at the election?",
    "who said the plan would fail",
    "How many people were injured?",
    "where did the storm hit",
    "Why was the meeting cancelled?",
    "what did the court decide",
    "When does the season start?",
    "who won",
    "wehre did the stomr hit",  # a typo: loads the spelling list, as a serving bot does at start
)


def time_questions(
    ask: Callable[[str], Any], questions: Sequence[Question], repeat: int
) -> tuple[dict[str, Any], list[tuple[Question, Any, float]]]:
    """Latency summaries and, for the first-sight round, (question, result, seconds)."""
    for text in WARMUP:
        ask(text)
    first: list[tuple[Question, Any, float]] = []
    cpu: list[float] = []
    for q in questions:
        start, start_cpu = time.perf_counter(), time.process_time()
        result = ask(q.text)
        took = time.perf_counter() - start
        cpu.append(time.process_time() - start_cpu)
        first.append((q, result, took))
    again: list[float] = []
    budget_end = time.perf_counter() + REPEAT_BUDGET_S
    for _ in range(max(0, repeat - 1)):
        if time.perf_counter() > budget_end:
            break
        for q in questions:
            start = time.perf_counter()
            ask(q.text)
            again.append(time.perf_counter() - start)
    by_kind: dict[str, list[float]] = {}
    for q, _, took in first:
        by_kind.setdefault(q.kind, []).append(took)
    summary = {
        "latency": latency_summary([took for _, _, took in first]),
        "latency_repeat": latency_summary(again) if again else None,
        "cpu_latency": latency_summary(cpu),
        "latency_by_kind": {kind: latency_summary(v) for kind, v in by_kind.items()},
    }
    return summary, first
