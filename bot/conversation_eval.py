"""``factdesk eval --conversations``: answer quality on follow-up questions.

A conversation file is a YAML list of ``{turns: [QUESTION, ...], note}``, each turn written as
a question file's entry (``q``, ``gold``, ``answerable``). The turns are asked in order, each
with the last answer as its context, as ``factdesk chat`` and a reply on Discord do: one that
quoted something, or an abstention on a question of its own (an abstained follow-up keeps the
context it was asked with: follow_up.leaned_on). The first turns and the
follow-ups are scored apart: a change to how follow-ups are read shows in the second report,
and the first, which has no context, must not move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import follow_up
from .errors import ConfigError
from .evaluate import (
    EvalQuestion,
    Outcome,
    Report,
    _question,
    capped_lines,
    is_correct,
    load_yaml_list,
    question_problems,
    unused_gold,
)
from .model import Answer
from .render import counted

CONVERSATION_KEYS = ("turns", "note")
Ask = Callable[[str, Answer | None], Answer]


@dataclass(frozen=True)
class Conversation:
    turns: tuple[EvalQuestion, ...]
    note: str = ""


@dataclass(frozen=True)
class ConversationReport:
    """The first turns (no context) and the follow-ups (every later turn), scored apart."""

    first: Report
    follow_ups: Report
    transcripts: tuple[tuple[Outcome, ...], ...]  # each conversation's outcomes, in order
    # the follow-ups whose context, the last answer that cited something, cited a right
    # sentence: where a miss is the follow-up's own, not the first question's
    on_right_context: tuple[Outcome, ...] = ()


def conversation_problems(item: object) -> list[str]:
    """What is wrong with one entry of a conversation file, empty when nothing is."""
    if not isinstance(item, dict):
        return ["each conversation must be a mapping with 'turns:'"]
    problems = [f"unknown key {key!r}" for key in item if key not in CONVERSATION_KEYS]
    turns = item.get("turns")
    if not isinstance(turns, list) or len(turns) < 2:
        return [*problems, "'turns' must list at least two questions"]
    for number, turn in enumerate(turns, start=1):
        problems += [f"turn {number}: {p}" for p in question_problems(turn)]
    return problems


def load_conversations(path: str | Path) -> list[Conversation]:
    """Read a conversation file, naming every malformed entry at once."""
    raw = load_yaml_list(path, what="conversations")
    if all(isinstance(item, dict) and "q" in item and "turns" not in item for item in raw):
        # each entry's "unknown key 'q'", "'gold'" … and "'turns' must list at least two
        # questions", 41 lines for eval/seed-dev.yaml, named every line and not what the file is
        raise ConfigError(f"{path}: a question file ('- q:'): run it without --conversations")
    out: list[Conversation] = []
    problems: list[str] = []
    for number, item in enumerate(raw, start=1):
        found = conversation_problems(item)
        if found:
            problems += [f"{path}: conversation {number}: {p}" for p in found]
            continue
        turns = tuple(_question(turn) for turn in item["turns"])
        out.append(Conversation(turns, str(item.get("note") or "")))
    if problems:
        raise ConfigError(capped_lines(problems))
    return out


def unused_gold_turns(conversations: Sequence[Conversation]) -> list[str]:
    """The turns ("conversation.turn", from 1) marked unanswerable that give gold text, as
    ``evaluate.unused_gold`` finds such questions in a question file: the turn is scored as one
    to abstain on and its gold never read."""
    return [
        f"{number}.{turn}"
        for number, conversation in enumerate(conversations, start=1)
        for turn in unused_gold(conversation.turns)
    ]


def evaluate_conversations(conversations: list[Conversation], ask: Ask) -> ConversationReport:
    """Ask each conversation's turns in order, each with the last answer it leans on
    (``ask(question, previous)``, follow_up.leaned_on), and score the first turns and the
    follow-ups apart."""
    first, follow_ups = Report(), Report()
    transcripts, on_right = [], []
    for conversation in conversations:
        previous: Outcome | None = None
        outcomes = []
        for number, turn in enumerate(conversation.turns):
            answer = ask(turn.q, previous.answer if previous else None)
            outcome = Outcome(turn, answer, is_correct(turn, answer))
            (follow_ups if number else first).outcomes.append(outcome)
            if number and previous is not None and previous.correct:
                on_right.append(outcome)
            outcomes.append(outcome)
            if follow_up.leaned_on(answer, previous.answer if previous else None) is answer:
                previous = outcome
        transcripts.append(tuple(outcomes))
    return ConversationReport(first, follow_ups, tuple(transcripts), tuple(on_right))


def format_misses(report: ConversationReport, limit: int | None = None) -> str:
    """Each conversation with a follow-up scored wrong, turn by turn, with what was cited; at
    most ``limit`` of them (``eval --show-wrong N``, which listed every one), and how many more
    there are."""
    lines: list[str] = []
    missed = [t for t in report.transcripts if not all(o.correct for o in t[1:])]
    shown = missed if limit is None else missed[:limit]
    for outcomes in shown:
        lines.append("")
        for number, outcome in enumerate(outcomes, start=1):
            mark = "ok " if outcome.correct else "XX "
            cited = outcome.answer.citations[0].sentence if outcome.answer.citations else "-"
            lines.append(f"  {mark}{number}. {outcome.question.q}  [{outcome.verdict}]")
            lines.append(f"        cited: {' '.join(cited.split())[:150]}")
    if len(shown) < len(missed):
        more = counted(len(missed) - len(shown), "more conversation", "more conversations")
        lines += ["", f"  ... and {more} with a miss"]
    return "\n".join(lines)


def summary(report: ConversationReport) -> dict[str, int]:
    """The counts the conversation report leads with."""
    follow = report.follow_ups
    return {
        "conversations": len(report.transcripts),
        "first_right": sum(o.correct for o in report.first.outcomes),
        "first_turns": len(report.first.outcomes),
        "follow_ups": len(follow.outcomes),
        "follow_ups_right": sum(o.correct for o in follow.outcomes),
        "follow_up_answerable_right": sum(o.correct for o in follow.answerable),
        "follow_up_answerable": len(follow.answerable),
        "follow_up_abstained_right": sum(o.correct for o in follow.unanswerable),
        "follow_up_unanswerable": len(follow.unanswerable),
        "follow_up_wrong_citations": follow.wrong_citations,
        "conversations_all_right": sum(all(o.correct for o in t) for t in report.transcripts),
        "on_right_context": len(report.on_right_context),
        "on_right_context_right": sum(o.correct for o in report.on_right_context),
    }


def format_summary(report: ConversationReport) -> str:
    s = summary(report)
    return "\n".join(
        [
            f"conversations: {s['conversations']} ({s['conversations_all_right']} right "
            "in every turn)",
            f"first turns right: {s['first_right']}/{s['first_turns']}",
            f"follow-ups right: {s['follow_ups_right']}/{s['follow_ups']} "
            f"(answerable {s['follow_up_answerable_right']}/{s['follow_up_answerable']}, "
            f"abstained right {s['follow_up_abstained_right']}/{s['follow_up_unanswerable']}, "
            f"wrong citations {s['follow_up_wrong_citations']})",
            f"follow-ups after a right answer right: {s['on_right_context_right']}/"
            f"{s['on_right_context']}",
        ]
    )
