"""Where an answer's time goes: a per-stage breakdown of ``Answerer.answer`` over the question set.

``python -m bench.profile --db FILE`` wraps the answering path's steps with timers (from outside:
nothing in ``bot/`` changes), asks the warm-up questions, then every question once on first
sight, and prints each stage's mean milliseconds per question and share of the total. Stages
nest (``candidates`` contains ``fts search``), so shares of nested rows add up to more than 100%.
For a call-level picture use ``pyinstrument`` or ``py-spy`` on the same command.
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Iterator
from typing import Any

from bot.errors import BotError
from facts.errors import FactsError

from .questions import add_answering_arguments, load_questions
from .timing import WARMUP

# (label, module path, attribute path): the steps of bot/answer.py's answer(), old and new
# names alike (the ranker's API moves while it is tuned); missing ones are skipped.
STAGES = (
    ("resolve entities", "bot.resolve", "Resolver.resolve"),
    ("match intent", "bot.intents", "IntentMatcher.match"),
    ("analyze question", "bot.question_analysis", "analyze"),
    ("candidates", "bot.candidate_search", "candidates"),
    ("  typo corrections", "bot.candidate_search", "corrections"),
    ("  fts search", "bot.corpus", "Corpus.search"),
    ("  entity mentions", "bot.corpus", "Corpus.sentences_mentioning"),
    ("  fetch sentences", "bot.corpus", "Corpus.sentences"),
    ("facts of candidates", "bot.corpus", "Corpus.facts_for_sentences"),
    ("mentions of candidates", "bot.corpus", "Corpus.mentions_in"),
    ("rank", "bot.rank", "rank"),
    ("rank score", "bot.rank", "score"),
    ("title hits", "bot.sentence_analysis", "title_hits"),
    ("question's evidence", "bot.question_evidence", "asked"),
    ("candidates' evidence", "bot.fact_evidence", "evidence_for"),
    ("confidence", "bot.decide", "confidence"),
    ("rank confidence", "bot.rank", "confidence"),
    ("verify + render", "bot.answer", "Answerer._verified"),
)


@contextlib.contextmanager
def timed_stages(totals: dict[str, float]) -> Iterator[None]:
    """Wrap every stage that exists in this version of the code; unwrap on exit."""
    import importlib

    undo = []
    for label, module_name, path in STAGES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        owner: Any = module
        *parents, name = path.split(".")
        for part in parents:
            owner = getattr(owner, part, None)
        original = getattr(owner, name, None) if owner is not None else None
        if original is None:
            continue

        def wrapper(*args, __original=original, __label=label, **kwargs):
            start = time.perf_counter()
            try:
                return __original(*args, **kwargs)
            finally:
                totals[__label] = totals.get(__label, 0.0) + time.perf_counter() - start

        setattr(owner, name, wrapper)
        undo.append((owner, name, original))
    try:
        yield
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)


def profile(
    db: str, questions_path: str, config: str | None
) -> tuple[dict[str, float], float, int]:
    from bot.answer import Answerer
    from bot.config import load_config

    answerer = Answerer(load_config(config), db)
    for text in WARMUP:
        answerer.answer(text)
    questions = load_questions(questions_path)
    totals: dict[str, float] = {}
    with timed_stages(totals):
        start = time.perf_counter()
        for q in questions:
            answerer.answer(q.text)
        total = time.perf_counter() - start
    return totals, total, len(questions)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    add_answering_arguments(parser)
    args = parser.parse_args(argv)
    try:
        totals, total, n = profile(args.db, args.questions, args.config)
    except (FactsError, BotError, ValueError) as exc:
        # a missing or wrong --db, --config or --questions was a traceback
        raise SystemExit(f"python -m bench.profile: {exc}") from None
    print(f"{n} questions, {1000 * total / n:.2f} ms per question on first sight\n")
    print(f"{'stage':<26} {'ms/question':>12} {'share':>7}")
    for label, _, _ in STAGES:
        if label in totals:
            ms = 1000 * totals[label] / n
            print(f"{label:<26} {ms:>12.2f} {totals[label] / total:>7.0%}")
    rest = total - sum(v for k, v in totals.items() if not k.startswith(" "))
    print(f"{'(everything else)':<26} {1000 * rest / n:>12.2f} {rest / total:>7.0%}")


if __name__ == "__main__":
    main()
