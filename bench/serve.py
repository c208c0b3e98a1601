"""Time factdesk answering as a serving process would: fresh start, first answer, warm answers.

Run as ``python -m bench.serve --db FILE`` by the harness, always in a fresh process, so start-up
includes the interpreter, the imports and opening the database, and the peak RSS is the serving
process's own. The parent passes its clock in ``BENCH_T0`` so start-up is measured from spawn to
the first answer, which is what an operator restarting the bot waits for.
"""

from __future__ import annotations

import argparse
import gc
import os
import time

T_START = time.time()

from .questions import DEFAULT_QUESTIONS, load_questions  # noqa: E402
from .stats import emit, peak_rss_mb  # noqa: E402
from .timing import WARMUP, time_questions  # noqa: E402


def serve(
    db: str, questions_path: str, config: str | None, repeat: int, startup_only: bool = False
) -> dict:
    t0 = float(os.environ.get("BENCH_T0", T_START))
    from bot.answer import Answerer, settle_collector
    from bot.config import load_config

    imported = time.time()
    answerer = Answerer(load_config(config), db)
    opened = time.time()
    questions = load_questions(questions_path)
    answerer.answer(WARMUP[0])  # a real question outside the timed set
    first_at = time.time()
    # as the bot's runner does before it connects (discord_app.runner.settle_memory): what is
    # loaded by now lives as long as the process, out of the garbage collector's walks, and
    # young garbage is collected less often
    gc.collect()
    gc.freeze()
    settle_collector()
    startup = {
        "startup_s": first_at - t0,
        "startup_parts_s": {
            "interpreter_and_imports": imported - t0,
            "open_database": opened - imported,
            "first_answer": first_at - opened,
        },
    }
    if startup_only:
        return startup
    # what the bot's client does once serving has begun (discord_app.client._warm_up): what the
    # first questions would otherwise wait for, loaded after the first answer
    answerer.warm_up()
    # and freezes what it loaded, as the client does: left to the collector, the full word list
    # made every full collection 5-30 ms on the Wikinews build, a p99 of its own
    # (docs/benchmarks.md, "Twenty-fifth session")
    gc.collect()
    gc.freeze()
    rss_ready = peak_rss_mb()

    summary, first_sight = time_questions(answerer.answer, questions, repeat)
    outcome: dict[str, dict] = {}
    for q, answer, took in first_sight:
        best = answer.ranked[0].sentence if answer.ranked else None
        cited = answer.citations[0].sentence if answer.citations else None
        outcome[q.text] = {
            "kind": q.kind,
            "answered": answer.answered,
            "top1": best,
            "top1_right": q.is_right(best) if q.has_gold else None,
            "answer_right": answer.answered and q.is_right(cited)
            if q.has_gold
            else not answer.answered,
            "ms": took * 1000,
        }
    gold = [o for o in outcome.values() if o["top1_right"] is not None]
    unanswerable = [o for o in outcome.values() if o["kind"] == "unanswerable"]
    return {
        "engine": "factdesk",
        **startup,
        **summary,
        "top1_accuracy": sum(o["top1_right"] for o in gold) / len(gold) if gold else None,
        "answer_accuracy": (sum(o["answer_right"] for o in gold) / len(gold) if gold else None),
        "abstain_accuracy": (
            sum(o["answer_right"] for o in unanswerable) / len(unanswerable)
            if unanswerable
            else None
        ),
        "rss_ready_mb": rss_ready,
        "peak_rss_mb": peak_rss_mb(),
        "questions": outcome,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--questions", default=str(DEFAULT_QUESTIONS))
    parser.add_argument("--config", default=None)
    parser.add_argument("--repeat", type=int, default=5, help="rounds: first sight + repeats")
    parser.add_argument("--startup-only", action="store_true", help="stop after the first answer")
    args = parser.parse_args()
    emit(serve(args.db, args.questions, args.config, args.repeat, args.startup_only))


if __name__ == "__main__":
    main()
