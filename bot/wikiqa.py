"""Measure sentence ranking and answer triggering on WikiQA (Yang, Yih and Meek, EMNLP 2015).

WikiQA pairs a question with the summary sentences of one Wikipedia article and marks the
sentences that answer it. Two standard measures come from it:

* **answer-sentence selection**: MAP and MRR of the ranking, over the questions that have at least
  one right and one wrong candidate (``WikiQA-dev-filtered.ref`` lists them);
* **answer triggering**: over *all* questions, answer only when the top sentence is right.
  Precision = right top sentences among the questions answered; recall = right top sentences
  answered / questions that have an answer at all (the paper's ``eval.py``).

The data is under the Microsoft Research Data License and is never copied into the project: it is
read at run time from ``../shared/eval/wikiqa-dev`` (or a folder given by the caller). The metric
code only sees rankings, so the same code scores :mod:`bot.rank` alone or the whole answering
pipeline: ``evaluate(questions, rank_fn)`` where ``rank_fn(question, candidates)`` returns the
candidates' scores and a confidence in [0, 1].
"""

from __future__ import annotations

import csv
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import question_analysis
from . import rank as ranking
from .errors import ConfigError
from .rank import Candidate

DEV_FILE = "WikiQA-dev.tsv"
DEV_FILTER_FILE = "WikiQA-dev-filtered.ref"

RankFn = Callable[[str, Sequence[Candidate]], tuple[Sequence[float], float]]


@dataclass(frozen=True)
class Item:
    """One WikiQA question with the sentences of its document and their labels."""

    id: str
    question: str
    document: str
    title: str
    candidates: tuple[Candidate, ...]
    labels: tuple[int, ...]  # 1 = the sentence answers the question

    @property
    def has_answer(self) -> bool:
        return any(self.labels)

    @property
    def rankable(self) -> bool:
        """At least one right and one wrong candidate: the questions MAP and MRR count."""
        return 0 < sum(self.labels) < len(self.labels)


def default_dir(start: Path | None = None) -> Path:
    """``../shared/eval/wikiqa-dev`` seen from the project root (the parent of ``bot/``)."""
    root = start or Path(__file__).resolve().parent.parent
    return root.parent / "shared" / "eval" / "wikiqa-dev"


COLUMNS = ("QuestionID", "Question", "DocumentID", "DocumentTitle", "Sentence", "Label")


def load(path: Path | str) -> list[Item]:
    """Read a WikiQA TSV (``QuestionID, Question, DocumentID, DocumentTitle, SentenceID,
    Sentence, Label``) into items, keeping the file's question and sentence order.

    Sentences become candidates of a title-less article: WikiQA gives the title separately, so
    the first summary sentence gets ``index`` 1 (0 is the title line in factdesk's articles).
    """
    rows: dict[str, list[dict[str, str]]] = {}
    try:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:  # a file of that name with other content: "internal error: KeyError"
                raise ConfigError(f"{path}: not WikiQA's format (no column {', '.join(missing)})")
            for line, row in enumerate(reader, start=2):
                if (row["Label"] or "").strip() not in ("0", "1"):
                    raise ConfigError(f"{path}: line {line}: Label must be 0 or 1")
                rows.setdefault(row["QuestionID"], []).append(row)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    if not rows:
        raise ConfigError(f"{path}: no questions")
    items = []
    for qid, group in rows.items():
        title = group[0]["DocumentTitle"]
        count = len(group) + 1
        candidates = tuple(
            Candidate(
                text=r["Sentence"],
                index=i + 1,
                paragraph=1,
                is_title=False,
                title=title,
                count=count,
            )
            for i, r in enumerate(group)
        )
        items.append(
            Item(
                id=qid,
                question=group[0]["Question"],
                document=group[0]["DocumentID"],
                title=title,
                candidates=candidates,
                labels=tuple(int(r["Label"]) for r in group),
            )
        )
    return items


def load_filter(path: Path | str, items: Sequence[Item]) -> set[str]:
    """Question ids named by a TREC-style ``.ref`` file (``qid 0 sentence label``, where ``qid``
    counts the TSV's questions from 1).

    A filter naming no question (an empty or cut-off file) or a question the TSV lacks (the
    filter of another release) is an error: either gave "MAP 0.0000" over the questions it
    did name, read as a ranking that found nothing."""
    numbers = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, start=1):
            if line.strip():
                first = line.split()[0]
                if not first.isdigit():
                    raise ConfigError(f"{path}: line {number}: expected a question number first")
                if not 1 <= int(first) <= len(items):
                    raise ConfigError(
                        f"{path}: line {number}: question {first}, but the TSV has "
                        f"{len(items)} (the filter of another release?)"
                    )
                numbers.add(int(first))
    if not numbers:
        raise ConfigError(f"{path}: names no question")
    return {item.id for n, item in enumerate(items, start=1) if n in numbers}


# --- Metrics -------------------------------------------------------------------------------------


def order(scores: Sequence[float]) -> list[int]:
    """Candidate positions, best first; ties keep document order so results are reproducible."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))


def average_precision(labels: Sequence[int], scores: Sequence[float]) -> float:
    """Mean of the precision at each right candidate's rank (0.0 when none is right)."""
    hits = 0
    total = 0.0
    for rank, i in enumerate(order(scores), start=1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def reciprocal_rank(labels: Sequence[int], scores: Sequence[float]) -> float:
    """1 / the rank of the first right candidate (0.0 when none is right)."""
    for rank, i in enumerate(order(scores), start=1):
        if labels[i]:
            return 1.0 / rank
    return 0.0


@dataclass(frozen=True)
class Ranked:
    """One question's outcome: its labels, the scores given, and the confidence in the top one."""

    item: Item
    scores: tuple[float, ...]
    confidence: float

    @property
    def top_right(self) -> bool:
        return bool(self.scores) and bool(self.item.labels[order(self.scores)[0]])


@dataclass(frozen=True)
class Triggering:
    threshold: float
    answered: int
    correct: int
    answerable: int

    @property
    def precision(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.answerable if self.answerable else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    questions: int  # all questions ranked
    ranked: int  # questions MAP and MRR count
    map: float
    mrr: float
    triggering: Triggering


def rank_all(items: Iterable[Item], rank_fn: RankFn) -> list[Ranked]:
    """Run ``rank_fn`` on every item."""
    out = []
    for item in items:
        scores, confidence = rank_fn(item.question, item.candidates)
        out.append(Ranked(item, tuple(scores), float(confidence)))
    return out


def selection(results: Sequence[Ranked], keep: set[str] | None = None) -> tuple[int, float, float]:
    """(questions counted, MAP, MRR) over ``keep`` (default: every rankable question)."""
    chosen = [r for r in results if (r.item.id in keep if keep is not None else r.item.rankable)]
    if not chosen:
        return 0, 0.0, 0.0
    aps = [average_precision(r.item.labels, r.scores) for r in chosen]
    rrs = [reciprocal_rank(r.item.labels, r.scores) for r in chosen]
    return len(chosen), sum(aps) / len(aps), sum(rrs) / len(rrs)


def triggering(results: Sequence[Ranked], threshold: float) -> Triggering:
    """Answer a question when its confidence is at least ``threshold``."""
    answered = [r for r in results if r.scores and r.confidence >= threshold]
    return Triggering(
        threshold=threshold,
        answered=len(answered),
        correct=sum(r.top_right for r in answered),
        answerable=sum(r.item.has_answer for r in results),
    )


def best_threshold(results: Sequence[Ranked]) -> Triggering:
    """The threshold with the highest F1 (ties go to the higher, more cautious threshold)."""
    best = triggering(results, 1.0)
    for t in sorted({r.confidence for r in results}):
        trial = triggering(results, t)
        if trial.f1 >= best.f1:
            best = trial
    return best


DEFAULT_THRESHOLD = 0.3  # F1-best region on dev for bot.rank's confidence (0.2-0.3)


def evaluate(
    items: Sequence[Item],
    rank_fn: RankFn,
    threshold: float = DEFAULT_THRESHOLD,
    keep: set[str] | None = None,
) -> Report:
    """MAP/MRR over the rankable (or ``keep``) questions, triggering over all of them."""
    results = rank_all(items, rank_fn)
    n, map_, mrr = selection(results, keep)
    return Report(len(results), n, map_, mrr, triggering(results, threshold))


def ranker(question: str, candidates: Sequence[Candidate]) -> tuple[list[float], float]:
    """:mod:`bot.rank` on its own, as a ``rank_fn`` (no database, no intents, and no
    config.yaml word groups unless an :class:`bot.answer.Answerer` has set them in this
    process; on WikiQA dev they change nothing: MAP 0.7853, MRR 0.7939 with or without)."""
    result = ranking.rank(question_analysis.analyze(question), candidates)
    return list(result.scores), result.confidence


def fold(item_id: str, k: int) -> int:
    """A stable fold number for cross-validation (a hash of the question id, not its order)."""
    return zlib.crc32(item_id.encode()) % k


def format_report(report: Report, curve: Sequence[Triggering] = ()) -> str:
    """The report as the terminal shows it."""
    t = report.triggering
    lines = [
        f"answer-sentence selection ({report.ranked} questions with a right and a wrong sentence):",
        f"  MAP {report.map:.4f}   MRR {report.mrr:.4f}",
        f"answer triggering ({report.questions} questions, {t.answerable} answerable), "
        f"threshold {t.threshold:.2f}:",
        f"  precision {t.precision:.4f}   recall {t.recall:.4f}   F1 {t.f1:.4f}"
        f"   (answered {t.answered}, right {t.correct})",
    ]
    if curve:
        lines.append("  threshold  precision  recall  F1")
        lines.extend(
            f"  {c.threshold:9.2f}  {c.precision:9.4f}  {c.recall:6.4f}  {c.f1:.4f}" for c in curve
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m bot.wikiqa [DIR] [--threshold T]``: score :mod:`bot.rank` on WikiQA dev."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bot.wikiqa", description=main.__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=default_dir())
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    args = parser.parse_args(argv)
    path = args.folder / DEV_FILE
    if not path.exists():
        parser.error(f"no {DEV_FILE} in {args.folder}")
    try:
        items = load(path)
        filter_path = args.folder / DEV_FILTER_FILE
        keep = load_filter(filter_path, items) if filter_path.exists() else None
    except ConfigError as exc:
        parser.error(str(exc))
    results = rank_all(items, ranker)
    n, map_, mrr = selection(results, keep)
    report = Report(len(results), n, map_, mrr, triggering(results, args.threshold))
    curve = [triggering(results, t) for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)]
    print(format_report(report, curve))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
