"""CPU time per answer, steady enough to compare two versions of the code on a shared machine.

``python -m bench.cpu --db FILE`` answers the bench questions the way ``bench.serve`` does
(``warm_up()``, the warm-up questions, the warmed heap frozen), then measures each question's CPU
time (``time.process_time``: unlike the wall clock, it does not count the time the process
waited for a busy machine) in two ways:

- **first sight**, what issue 5's p50 is made of: every question once in a fresh process, the
  per-text caches empty of it; ``--rounds`` fresh processes, each question's median over them;
- **asked again**: after the first sight, every question ``--rounds`` more times in one process,
  each question's median, what a member asking again waits (the analyses of its candidates are
  cached by then).

It prints the p50 and mean over the questions of both. To compare two versions, run each from
its own checkout, alternating (``cd A && python -m bench.cpu --db /abs/x.db; cd B && …``, a few
times), and compare the medians: the machine's speed drifts by tens of percent within an hour.
(``python -m`` puts the current folder first on the import path, so a ``PYTHONPATH`` naming
another checkout would time this one's code.) ``--cprofile FILE`` runs one process under cProfile
instead (the first-sight pass and the repeats), writes the stats to FILE for ``pstats`` or
snakeviz and prints the functions costing the most of their own time. For counts independent of
the load, run one round under ``valgrind --tool=callgrind python -m bench.cpu --db FILE
--rounds 1 --in-process``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.errors import BotError
from facts.errors import FactsError

from .questions import Question, add_answering_arguments, load_questions
from .timing import WARMUP

ROOT = Path(__file__).resolve().parent.parent


def ready_answerer(db: str, config: str | None) -> Callable[[str], Any]:
    """An Answerer as a serving bot has it once started: loaded, warmed, its heap frozen."""
    from bot.answer import Answerer, settle_collector
    from bot.config import load_config

    answerer = Answerer(load_config(config), db)
    answerer.warm_up()
    for text in WARMUP:
        answerer.answer(text)
    gc.collect()
    gc.freeze()
    settle_collector()
    return answerer.answer


def cpu_seconds(ask: Callable[[str], Any], questions: Sequence[Question]) -> list[float]:
    """Each question's CPU time, asked once, in order."""
    took = []
    for q in questions:
        start = time.process_time()
        ask(q.text)
        took.append(time.process_time() - start)
    return took


def one_process(
    db: str, questions: Sequence[Question], config: str | None, again: int
) -> dict[str, list[list[float]]]:
    """A first-sight pass, then ``again`` passes of the same questions, in this process."""
    ask = ready_answerer(db, config)
    first = cpu_seconds(ask, questions)
    return {"first": [first], "again": [cpu_seconds(ask, questions) for _ in range(again)]}


def fresh_processes(
    db: str, questions_path: str, config: str | None, rounds: int
) -> dict[str, list[list[float]]]:
    """``rounds`` first-sight passes, each in a fresh process; the last also asks again."""
    passes: dict[str, list[list[float]]] = {"first": [], "again": []}
    for round_number in range(rounds):
        again = rounds if round_number == rounds - 1 else 0
        # the child runs in the checkout: paths as the caller gave them, made absolute here
        args = ["--db", _absolute(db), "--questions", _absolute(questions_path)]
        args += ["--in-process", "--json", "--again", str(again)]
        args += ["--config", _absolute(config)] if config else []
        done = subprocess.run(
            [sys.executable, "-m", "bench.cpu", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:  # the child's one line, as this process would have said it
            said = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
            raise ValueError(said.removeprefix("python -m bench.cpu: "))
        result = json.loads(done.stdout)
        passes["first"] += result["first"]
        passes["again"] += result["again"]
    return passes


def _absolute(path: str) -> str:
    return str(Path(path).resolve())


def per_question_medians(passes: list[list[float]]) -> list[float]:
    """Each question's median over the passes: one slow pass does not move it."""
    return [statistics.median(times) for times in zip(*passes, strict=True)]


def summary(passes: list[list[float]]) -> str:
    medians = per_question_medians(passes)
    p50 = 1000 * statistics.median(medians)
    mean = 1000 * statistics.fmean(medians)
    return f"p50 {p50:.2f} ms, mean {mean:.2f} ms ({len(passes)} passes)"


def profiled(db: str, questions: Sequence[Question], config: str | None, out: str, again: int):
    """One process under cProfile, from the first-sight pass on; the top of its own time."""
    ask = ready_answerer(db, config)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(1 + again):
        cpu_seconds(ask, questions)
    profiler.disable()
    profiler.dump_stats(out)
    stats = pstats.Stats(out, stream=sys.stderr)
    stats.sort_stats("tottime").print_stats(30)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.cpu", description=__doc__)
    add_answering_arguments(parser)
    parser.add_argument("--rounds", type=int, default=5, help="fresh processes and repeats")
    parser.add_argument("--cprofile", metavar="FILE", help="profile one process into FILE")
    parser.add_argument(
        "--in-process", action="store_true", help="one process: a first sight, --again repeats"
    )
    parser.add_argument("--again", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    try:
        questions = load_questions(args.questions)
        if args.cprofile:
            profiled(args.db, questions, args.config, args.cprofile, args.rounds - 1)
            return
        if args.in_process:
            again = args.again if args.json else args.rounds - 1
            passes = one_process(args.db, questions, args.config, again)
        else:
            passes = fresh_processes(args.db, args.questions, args.config, args.rounds)
    except (FactsError, BotError, ValueError) as exc:
        raise SystemExit(f"python -m bench.cpu: {exc}") from None
    if args.json:
        json.dump(passes, sys.stdout)
        return
    print(f"{len(questions)} questions, CPU time per question (process_time)")
    print(f"first sight: {summary(passes['first'])}")
    if passes["again"]:
        print(f"asked again: {summary(passes['again'])}")


if __name__ == "__main__":
    main()
