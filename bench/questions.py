"""The benchmark's question set: answerable, typo'd and out-of-coverage questions with gold.

Accuracy is judged by substring: a top-1 sentence is right when it contains any gold substring of
its question. The loader also reads the eval sets' format (``answerable: true|false``), so the
smoke test can use the seed article's questions.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "questions.yaml"
KINDS = ("answerable", "typo", "unanswerable")


def add_answering_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of a tool that answers the bench questions from one database: ``--db``,
    ``--questions``, ``--config`` (bench.cpu, bench.profile)."""
    parser.add_argument("--db", required=True, help="the fact database to answer from")
    parser.add_argument(
        "--questions",
        default=str(DEFAULT_QUESTIONS),
        help="the questions timed (default: bench/questions.yaml)",
    )
    parser.add_argument(
        "--config", default=None, help="settings to answer with (default: ./config.yaml)"
    )


@dataclass(frozen=True)
class Question:
    text: str
    kind: str
    gold: tuple[str, ...] = ()

    @property
    def has_gold(self) -> bool:
        return bool(self.gold)

    def is_right(self, sentence: str | None) -> bool:
        return sentence is not None and any(g in sentence for g in self.gold)


def load_questions(path: str | Path = DEFAULT_QUESTIONS) -> list[Question]:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read questions ({_first_line(exc)})") from None
    if not isinstance(raw, list):
        raise ValueError(f"{path}: expected a list of questions")
    questions = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            # a config or another file given as --questions was an AttributeError traceback
            raise ValueError(f"{path}: question {number}: expected a mapping with a 'q' string")
        gold = tuple(item.get("gold") or ())
        answerable = item.get("answerable", bool(gold))
        kind = item.get("kind") or ("answerable" if answerable else "unanswerable")
        if kind not in KINDS:
            raise ValueError(f"{path}: question {item.get('q')!r} has unknown kind {kind!r}")
        if kind != "unanswerable" and not gold:
            raise ValueError(f"{path}: answerable question {item.get('q')!r} has no gold")
        questions.append(Question(text=str(item["q"]), kind=kind, gold=gold))
    return questions


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
