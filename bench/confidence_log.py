"""``python -m bench.confidence_log``: the best sentence of every dev question, with the reason
it was answered or withheld, to look for evidence the confidence lacks.

Near the threshold the right sentences the confidence withholds and the near misses beside them
look alike to every input it has (docs/quality-history.md, "calib21"): a new input can only be
found by reading the two side by side. For every question of the dev sets (``eval/seed-*.yaml``
on the seed database, ``eval/wikinews-*.yaml`` on the Wikinews one; never a ``*blind*`` file, and
not the files given with ``--skip``, a session's check sets), this asks the question as
``factdesk eval`` does and writes one JSON line: the file, the question, whether it is
answerable, the best-ranked sentence and its story, whether that sentence holds a gold answer,
whether it was answered, the confidence, and the line ``factdesk --debug ask`` prints when an
answer is withheld (a cap, or "withheld at ..., no cap:" with the confidence's inputs). The
summary counts, per band of confidence, the best sentences withheld with no cap that are gold
and those that are not (near misses): what lifting the band would gain and cost.

:func:`left_out` weighs a candidate input on these lines, as a new input must be weighed: a flag
per line (worked out from its question and sentence), a weight in log-odds chosen on all files
but one and tried on that one, in turn, for right answers less three times the wrong citations.
The thirty-second session (helper wnevid32) tried sixteen flags so: the answer of the asked type
next to the question's verb in one clause, the question's name opening the sentence, every word
found in the sentence or headline, only verbs lacking (a paraphrase), the count of the counted
noun, new words beyond the question and headline, and more; each fell about as often on a near
miss as on a withheld gold sentence (the one weighed, the name opening the sentence with the
question's verb and an answer beside it, lifted 3 gold sentences and no near miss: too few to
keep), and a logistic on all of them with the confidence's inputs, left out by set, lifted 4
gold sentences for 6 near misses. A quarter of the Wikinews near misses
at 0.25-0.5 (83 of 323) are the very sentence that is gold for another question on the same story
("who made the golden toilet" - the sentence that says where it was stolen from): nothing about
the sentence alone can part them, only what the question asks of it.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from bench.asked_again import EVAL_DIR, answerer, dev_files

BANDS = (0.1, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)  # the lower ends; the last band ends at 1.0
NO_CAP = "withheld at"


class _Lines(logging.Handler):
    """Keeps the answerer's debug lines of the question being asked."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@dataclass(frozen=True)
class Case:
    file: str
    q: str
    answerable: bool
    gold: tuple[str, ...]
    article: str | None


def _holds_gold(sentence: str, gold: Sequence[str]) -> bool:
    """As ``factdesk eval`` judges a citation (bot.evaluate.is_correct)."""
    text = " ".join(sentence.split())
    return any(" ".join(g.split()) in text for g in gold)


def cases(name: str) -> list[Case]:
    from bot.evaluate import load_questions

    return [
        Case(name, q.q, q.answerable, q.gold, q.article) for q in load_questions(EVAL_DIR / name)
    ]


def logged(case: Case, answering: Any) -> dict[str, Any]:
    """One question's line: its best sentence, the verdict and why it was withheld."""
    handler = _Lines()
    logger = logging.getLogger("bot.answer")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        answer = answering.answer(case.q, article=case.article)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    best = answer.ranked[0] if answer.ranked else None
    gold = best is not None and case.answerable and _holds_gold(best.sentence, case.gold)
    cited = answer.citations[0].sentence if answer.answered and answer.citations else None
    right = (
        not answer.answered
        if not case.answerable
        else cited is not None and _holds_gold(cited, case.gold)
    )
    withheld = next((line for line in handler.lines if line.startswith(NO_CAP)), None)
    capped = next((line for line in handler.lines if line.startswith("capped")), None)
    return {
        "file": case.file,
        "q": case.q,
        "answerable": case.answerable,
        "best": best.sentence if best else None,
        "story": best.title if best else None,
        "best_is_gold": gold,
        "answered": answer.answered,
        "verdict": "right" if right else ("abstained" if not answer.answered else "wrong"),
        "confidence": round(answer.confidence, 4),
        "withheld": withheld,
        "capped": capped,
    }


def band_of(confidence: float) -> float:
    return max((low for low in BANDS if confidence >= low), default=0.0)


def bands(rows: Sequence[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per band, the best sentences withheld with no cap: gold ones, and near misses (an
    unanswerable question's, or not the gold sentence): lifting the band answers both."""
    out: dict[str, dict[str, int]] = {}
    for row in rows:
        if row["answered"] or row["withheld"] is None:
            continue
        low = band_of(row["confidence"])
        counts = out.setdefault(f"{low:.2f}", {"gold": 0, "near_miss": 0})
        counts["gold" if row["best_is_gold"] else "near_miss"] += 1
    return dict(sorted(out.items()))


THRESHOLD = 0.5  # config.yaml's answer.min_confidence
WEIGHTS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)  # log-odds a new input is tried at
WRONG_COST = 3  # a wrong citation costs at least three right answers (the trade rule)


def answered_with(row: dict[str, Any], lift: float) -> bool:
    """Would the best sentence be answered with ``lift`` more log-odds? Only a confidence the
    caps left alone moves (a capped one is a cap's, and an answer withheld at 0.5 or more asked
    a question itself)."""
    if row["answered"] or row["withheld"] is None or lift <= 0:
        return bool(row["answered"])
    p = min(max(row["confidence"], 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p)) + lift >= math.log(THRESHOLD / (1 - THRESHOLD))


def tally(rows: Sequence[dict[str, Any]], flags: Sequence[bool], weight: float) -> tuple[int, int]:
    """Right answers and wrong citations with ``weight`` log-odds added where ``flags`` is set."""
    right = wrong = 0
    for row, flag in zip(rows, flags, strict=True):
        if answered_with(row, weight if flag else 0.0):
            if row["verdict"] == "right" if row["answered"] else row["best_is_gold"]:
                right += 1
            else:
                wrong += 1
    return right, wrong


def left_out(
    rows: Sequence[dict[str, Any]], flags: Sequence[bool], weights: Sequence[float] = WEIGHTS
) -> dict[str, Any]:
    """A new input (``flags``, per row) weighed by cross-validation by whole sets: each file
    left out in turn, the weight chosen on the others for right answers less WRONG_COST times
    the wrong citations, and tried on it. The change in right answers and wrong citations
    over all files, against the weight 0, and how often each weight was chosen."""
    files = sorted({row["file"] for row in rows})
    gained = lost = 0
    chosen: dict[float, int] = {}
    for name in files:
        inside = [i for i, row in enumerate(rows) if row["file"] != name]
        outside = [i for i, row in enumerate(rows) if row["file"] == name]

        def worth(weight: float, part: list[int]) -> tuple[int, int]:
            return tally([rows[i] for i in part], [flags[i] for i in part], weight)

        best = max(weights, key=lambda w: (lambda t: t[0] - WRONG_COST * t[1])(worth(w, inside)))
        chosen[best] = chosen.get(best, 0) + 1
        right, wrong = worth(best, outside)
        right0, wrong0 = worth(0.0, outside)
        gained += right - right0
        lost += wrong - wrong0
    return {"right": gained, "wrong": lost, "weights": dict(sorted(chosen.items()))}


def run(seed_db: str, wn_db: str, config: str | None, skip: Sequence[str]) -> Iterator[dict]:
    for name, corpus in dev_files(skip=skip):
        answering = answerer(seed_db if corpus == "seed" else wn_db, config)
        for case in cases(name):
            yield {"corpus": corpus, **logged(case, answering)}


def main(argv: Sequence[str] | None = None) -> None:
    options = argparse.ArgumentParser(prog="python -m bench.confidence_log", description=__doc__)
    options.add_argument("--seed-db", required=True)
    options.add_argument("--wn-db", required=True)
    options.add_argument("--config", default=None)
    options.add_argument("--skip", action="append", default=[], help="a dev file not to ask")
    options.add_argument("--out", required=True, help="the JSON lines file to write")
    args = options.parse_args(argv)
    rows = list(run(args.seed_db, args.wn_db, args.config, args.skip))
    try:
        with open(args.out, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        sys.exit(f"cannot write {args.out}: {exc.strerror}")
    for corpus in ("seed", "wn"):
        print(corpus, json.dumps(bands([r for r in rows if r["corpus"] == corpus])))


if __name__ == "__main__":
    main()
