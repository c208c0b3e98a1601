"""``factdesk eval``: the operator's answer-quality report for a file of questions.

Like ``rasa test nlu``: top-1 accuracy on answerable questions, abstention accuracy on the ones
the coverage does not answer, per-intent accuracy and confusions, and the questions it got wrong,
so an operator can see what a change to the intent rules did.
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from facts import safe_yaml
from facts.articles import read_text, undecodable

from .errors import ConfigError
from .model import Answer
from .render import counted

# The keys a question may have: the ones read, and notes for the people who write the files
# (where the question came from, what it is about). Any other key is a typo ('golds:',
# 'answerble:'), which read as absent turned an answerable question into an unanswerable one.
QUESTION_KEYS = (
    "q",
    "gold",
    "answerable",
    "intent",
    "article",
    "note",
    "article_title",
    "source",
    "kind",
)


@dataclass(frozen=True)
class EvalQuestion:
    q: str
    gold: tuple[str, ...]
    answerable: bool
    intent: str | None = None
    article: str | None = None


@dataclass(frozen=True)
class Outcome:
    question: EvalQuestion
    answer: Answer
    correct: bool

    @property
    def verdict(self) -> str:
        if self.question.answerable:
            if not self.answer.answered:
                return "abstained"
            return "right" if self.correct else "wrong sentence"
        return "abstained (right)" if self.correct else "answered (should abstain)"


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def answerable(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.question.answerable]

    @property
    def unanswerable(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.question.answerable]

    @staticmethod
    def _rate(items: list[Outcome]) -> float:
        return sum(o.correct for o in items) / len(items) if items else 0.0

    @property
    def top1(self) -> float:
        return self._rate(self.answerable)

    @property
    def ranked_right(self) -> int:
        """Answerable questions whose best-ranked sentence is right, answered or not: what the
        ranking alone achieves, before the decision to abstain."""
        return sum(map(_top_ranked_right, self.answerable))

    @property
    def ranked_top1(self) -> float:
        """:attr:`ranked_right` as a share of the answerable questions."""
        items = self.answerable
        return self.ranked_right / len(items) if items else 0.0

    @property
    def abstention(self) -> float:
        return self._rate(self.unanswerable)

    @property
    def wrong_citations(self) -> int:
        """Answers that quote a wrong sentence or answer what the coverage does not say: the
        mistakes a member sees, where an abstention only disappoints."""
        return sum(1 for o in self.outcomes if o.answer.answered and not o.correct)

    @property
    def answered(self) -> int:
        return sum(1 for o in self.outcomes if o.answer.answered)

    @property
    def precision(self) -> float:
        """Of the questions it answered, the share whose first cited sentence is right."""
        answered = self.answered
        return (answered - self.wrong_citations) / answered if answered else 0.0

    @property
    def overall(self) -> float:
        return self._rate(self.outcomes)

    @property
    def wrong(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]

    def per_intent(self) -> dict[str, tuple[int, int]]:
        """expected intent -> (right, total), for questions that name one."""
        table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.outcomes:
            if o.question.intent:
                table[o.question.intent][0] += int(o.answer.intent == o.question.intent)
                table[o.question.intent][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(table.items())}

    def confusions(self) -> Counter[tuple[str, str]]:
        return Counter(
            (o.question.intent, o.answer.intent or "(none)")
            for o in self.outcomes
            if o.question.intent and o.answer.intent != o.question.intent
        )

    def to_json(self, show_wrong: int | None = None) -> dict[str, Any]:
        """The report as JSON, listing the first ``show_wrong`` misses (all by default) and
        how many it left out: `eval --json --show-wrong 0` listed every miss."""
        wrong = self.wrong if show_wrong is None else self.wrong[:show_wrong]
        return {
            "questions": len(self.outcomes),
            "answerable": len(self.answerable),
            "unanswerable": len(self.unanswerable),
            "top1_accuracy": round(self.top1, 4),
            "ranked_top1": round(self.ranked_top1, 4),
            "abstention_accuracy": round(self.abstention, 4),
            "wrong_citations": self.wrong_citations,
            "cited_right_when_answering": round(self.precision, 4),
            "overall_accuracy": round(self.overall, 4),
            "per_intent": {k: {"right": r, "total": t} for k, (r, t) in self.per_intent().items()},
            "wrong": [
                {
                    "q": o.question.q,
                    "verdict": o.verdict,
                    "cited": o.answer.citations[0].sentence if o.answer.citations else None,
                    "gold": list(o.question.gold),
                }
                for o in wrong
            ],
            "wrong_not_listed": len(self.wrong) - len(wrong),
        }


def unknown_intents(items: Iterable[EvalQuestion], known: Iterable[str]) -> dict[str, list[int]]:
    """The intents questions name that are not in ``known``, each with the numbers (from 1) of
    the questions naming it. A file written before an intent was renamed counted every such
    question as an intent miss, and the report did not say the config has no such intent."""
    names = set(known)
    out: dict[str, list[int]] = {}
    for number, item in enumerate(items, start=1):
        if item.intent is not None and item.intent not in names:
            out.setdefault(item.intent, []).append(number)
    return out


def format_unknown_intents(
    path: str, config: str, unknown: dict[str, list[int]], known: Iterable[str] = ()
) -> str:
    """One warning line naming each unknown intent and (the first few of) its questions, and
    the config's intent a misspelt one most likely meant (``meeting_tim``: the operator had
    to read the config's rules to find which name was meant)."""
    names = list(known)

    def where(name: str, numbers: list[int]) -> str:
        shown = ", ".join(map(str, numbers[:5])) + (", …" if len(numbers) > 5 else "")
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.75)
        meant = f"; did you mean {close[0]}?" if close else ""
        return f"question{'s' if len(numbers) > 1 else ''} {shown}{meant}"

    listed = "; ".join(f"{name} ({where(name, numbers)})" for name, numbers in unknown.items())
    kind = "intents" if len(unknown) > 1 else "an intent"
    lacking = (
        "the built-in defaults lack (no config file)"
        if config == "(defaults)"
        else f"{config} lacks"
    )
    return f"warning: {path} names {kind} {lacking}: {listed}"


def unused_gold(items: Iterable[EvalQuestion]) -> list[int]:
    """The numbers (from 1) of the questions marked unanswerable that give gold text. Such a
    question is scored as one to abstain on and its gold is never read: an entry copied from
    an answerable one, or ``answerable: false`` set by mistake, counted the right answer as a
    wrong citation without a word."""
    return [n for n, item in enumerate(items, start=1) if not item.answerable and item.gold]


def format_unused_gold(path: str, numbers: Sequence[object], noun: str = "question") -> str:
    """One warning line naming (the first few of) those questions; ``noun`` names what the
    numbers count (a conversation's turns are numbered "conversation.turn")."""
    shown = ", ".join(map(str, numbers[:5])) + (", …" if len(numbers) > 5 else "")
    if len(numbers) > 1:
        which, scored = f"{noun}s {shown} have", "they are scored as ones to abstain on and their"
    else:
        which, scored = f"{noun} {shown} has", "it is scored as one to abstain on and its"
    return (
        f"warning: {path}: {which} gold text but answerable: false, so {scored} gold is "
        "unused (set answerable: true, or gold: [])"
    )


def unfound_gold(report: Report, holds: Callable[[str], bool]) -> list[int]:
    """The numbers (from 1) of the answerable questions counted wrong whose gold text no
    sentence holds (``holds``: whether some sentence does). A typo in a gold substring, or one
    that runs across two sentences, made the question a miss whatever was answered, counted
    as a wrong citation the operator would look for in the ranking."""
    return [
        number
        for number, o in enumerate(report.outcomes, start=1)
        if o.question.answerable and not o.correct and not any(map(holds, o.question.gold))
    ]


def format_unfound_gold(path: str, database: object, numbers: list[int]) -> str:
    """One warning line naming the questions whose gold text is in no sentence."""
    shown = ", ".join(map(str, numbers[:10])) + (", …" if len(numbers) > 10 else "")
    several = len(numbers) > 1
    which = f"questions {shown} have" if several else f"question {shown} has"
    count = "they count as misses" if several else "it counts as a miss"
    return (
        f"warning: {path}: {which} gold text that no sentence of {database} holds (a typo, or "
        f"words from two sentences?), so {count} whatever is answered"
    )


def load_yaml_list(path: str | Path, *, what: str = "questions") -> list:
    """A question (or conversation) file's YAML list, with a readable error for a file that
    cannot be read, is no YAML, is empty or holds something other than a list."""
    path = Path(path)
    try:
        text = read_text(path)
        raw = safe_yaml.load(text, unique_keys=True)  # a second `gold:` dropped the first
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: {undecodable(exc)}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        tab = safe_yaml.tab_hint(text, mark.line) if mark is not None else ""
        note = f": {tab or exc.problem}" if tab or getattr(exc, "problem", None) else ""
        raise ConfigError(f"{path}: not valid YAML{where}{note}") from None
    if raw is None or raw == []:  # an empty file or list: its report would say "0.0%"
        raise ConfigError(f"{path}: no {what}")
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: {_not_a_list(raw, what)}")
    return raw


def load_questions(path: str | Path) -> list[EvalQuestion]:
    """Read a question file: a YAML list of ``{q, gold: [substrings], answerable}``."""
    raw = load_yaml_list(path)
    if all(isinstance(item, dict) and "turns" in item for item in raw):
        # each entry's "unknown key 'turns'" named every line and not what the file is
        raise ConfigError(f"{path}: a conversation file ('turns:'): run it with --conversations")
    out: list[EvalQuestion] = []
    problems: list[str] = []
    for i, item in enumerate(raw):
        found = question_problems(item)
        if not found:
            out.append(_question(item))
            continue
        where = f"{path}: question {i + 1}"
        shown = found[:MAX_PROBLEMS_EACH]
        problems += [f"{where}: {problem}" for problem in shown]
        if len(found) > len(shown):
            problems.append(f"{where}: and {len(found) - len(shown)} more")
    if problems:
        # every problem at once, one line each: an operator fixing a 60-question file ran it
        # once per mistake, as only the first was reported
        raise ConfigError(capped_lines(problems))
    return out


# what a question file looks like, for the error that finds something else at its top
QUESTION_FORMAT = "a YAML list, one '- q: QUESTION' entry each, with 'gold: [SUBSTRING]'"
# and a conversation file's (``eval --conversations``): told the question format, the operator
# who wrote one conversation as `turns:` without its "- " was told to remove that line
CONVERSATION_FORMAT = "a YAML list, one '- turns:' entry each, listing two or more '- q: …' turns"
MAX_PROBLEMS_EACH = 5  # of one question: past them its entry is better rewritten than listed
MAX_PROBLEM_LINES = 40  # of a file: a file indented wrongly throughout named each of its lines


def capped_lines(lines: list[str], limit: int = MAX_PROBLEM_LINES) -> str:
    """``lines`` one per line, the first ``limit`` of them and a count of the rest."""
    if len(lines) <= limit:
        return "\n".join(lines)
    more = counted(len(lines) - limit, "more problem", "more problems")
    return "\n".join([*lines[:limit], f"... and {more}"])


def _not_a_list(raw: object, what: str = "questions") -> str:
    """What is wrong with a question (or conversation) file whose top is no list, and the
    format it should have. A list under a key (``questions: [...]``, the way many tools' files
    are written) was told only "expected a list of questions", with no word of what it had
    found."""
    form = CONVERSATION_FORMAT if what == "conversations" else QUESTION_FORMAT
    if isinstance(raw, dict):
        lists = [key for key, value in raw.items() if isinstance(value, list)]
        if what == "conversations" and "turns" in raw:
            return f"one conversation, not a list of them: write it as '- turns: …' ({form})"
        if len(raw) == 1 and lists:
            return (
                f"the {what} are under the key {str(lists[0])!r}: the file must be the list "
                f"itself ({form}); remove that line and unindent the entries"
            )
        if "q" in raw and what == "conversations":
            # told to write it as '- q: …', the next run refused it as a question file
            return (
                "one question, not a conversation: run it without --conversations, or list it "
                f"with its follow-ups as '- turns: …' ({form})"
            )
        if "q" in raw:
            return f"one question, not a list of them: write it as '- q: …' ({form})"
        return f"expected a list of {what}, found a mapping ({form})"
    found = "text" if isinstance(raw, str) else f"the value {raw!r}"[:60]
    return f"expected a list of {what}, found {found} ({form})"


def question_problems(item: object) -> list[str]:
    """Everything wrong with one entry of a question file, one line each (empty when it is
    fine). Only the first was named, so an entry with two mistakes took two runs."""
    if not isinstance(item, dict):
        return ["expected a mapping with a 'q' string"]
    problems = []
    q = item.get("q")
    if not isinstance(q, str):
        problems.append("expected a mapping with a 'q' string")
    elif not q.strip():
        # `q: ""` (an entry not written yet) is answered with the "ask me a question"
        # prompt, which counted as a right abstention when no gold was given
        problems.append("'q' is blank: write the question")
    problems += [
        f"unknown key {str(key)!r}{_did_you_mean(key)}" for key in item if key not in QUESTION_KEYS
    ]
    gold = _gold(item)
    # a blank one ("" or "  ") made the question silently unanswerable, or matched every
    # sentence (a blank is in every one), counting any answer right
    if gold is None:
        problems.append("'gold' must be a list of sentence substrings")
    answerable = item.get("answerable", bool(gold))
    if not isinstance(answerable, bool):
        problems.append("'answerable' must be true or false")
    elif answerable and gold == []:
        problems.append("an answerable question needs 'gold' substrings")
    # the report counts by intent name and the answerer looks the article id up: anything
    # but text failed half-way through the run, as an internal error
    for key in ("intent", "article"):
        if item.get(key) is not None and not isinstance(item[key], str):
            problems.append(f"'{key}' must be text, got {item[key]!r}")
    if isinstance(item.get("article"), str) and not item["article"].strip():
        # an entry not filled in yet: "no article with id ''" blamed the database
        problems.append("'article' is empty: give an id, or leave the key out")
    return problems


def _gold(item: dict) -> list[str] | None:
    """An entry's gold substrings as a list (one given as a string too), None when malformed."""
    gold = item.get("gold")
    if gold is None:
        return []
    if isinstance(gold, str):
        gold = [gold]
    if not isinstance(gold, list) or not all(isinstance(g, str) and g.strip() for g in gold):
        return None
    return gold


def _question(item: dict) -> EvalQuestion:
    """One entry of a question file that :func:`question_problems` found nothing wrong with."""
    gold = _gold(item) or []
    return EvalQuestion(
        q=item["q"],
        gold=tuple(gold),
        answerable=item.get("answerable", bool(gold)),
        intent=item.get("intent"),
        article=item.get("article"),
    )


def _did_you_mean(key: object) -> str:
    close = difflib.get_close_matches(str(key), QUESTION_KEYS, n=1, cutoff=0.6)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (the keys are {', '.join(QUESTION_KEYS)})"


def _top_ranked_right(outcome: Outcome) -> bool:
    ranked = outcome.answer.ranked
    if not ranked:
        return False
    top = " ".join(ranked[0].sentence.split())
    return any(" ".join(g.split()) in top for g in outcome.question.gold)


def is_correct(question: EvalQuestion, answer: Answer) -> bool:
    """Right = the top cited sentence contains a gold substring, or a correct abstention."""
    if not question.answerable:
        return not answer.answered
    if not answer.answered or not answer.citations:
        return False
    top = " ".join(answer.citations[0].sentence.split())
    return any(" ".join(g.split()) in top for g in question.gold)


def evaluate(questions: Iterable[EvalQuestion], ask: Callable[[EvalQuestion], Answer]) -> Report:
    report = Report()
    for question in questions:
        answer = ask(question)
        report.outcomes.append(Outcome(question, answer, is_correct(question, answer)))
    return report


def _share(right: int, total: int, *, none: str) -> str:
    """A rate as the report shows it: "75.0% (3/4)", or "n/a" with why when there is nothing
    to count. A file of only unanswerable questions read "top-1 accuracy 0.0% (0/0)" and a
    file of only answerable ones "abstention accuracy 0.0% (0/0)", which look like failures;
    "first cited right" said 0.0% when nothing was answered."""
    if not total:
        return f"n/a ({none})"
    return f"{right / total:.1%} ({right}/{total})"


MAX_CONFUSIONS = 15  # pairs of intents listed, the most frequent first
QUESTION_SHOWN = 300  # characters of a missed question listed


def _shown(text: str, limit: int = 160) -> str:
    """A cited or gold sentence in the list of misses, on one line, cut at a word and marked
    "…" when longer: cut bare mid-word, "implementing these " read as the whole sentence, and
    the operator could not tell a cut quote from a sentence the splitter ended early."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def format_report(report: Report, *, show_wrong: int = 50) -> str:
    """A plain-text table for the terminal."""
    answerable, unanswerable = report.answerable, report.unanswerable
    abstained_right = sum(o.correct for o in unanswerable)
    answered = report.answered
    no_answerable, no_unanswerable = "no answerable questions", "no unanswerable questions"
    lines = [
        f"questions: {len(report.outcomes)} "
        f"({len(answerable)} answerable, {len(unanswerable)} not)",
        "",
        "| measure | value |",
        "|---|---|",
        "| top-1 accuracy (answerable) | "
        f"{_share(sum(o.correct for o in answerable), len(answerable), none=no_answerable)} |",
        "| best-ranked sentence right (answerable, answered or not) | "
        f"{_share(report.ranked_right, len(answerable), none=no_answerable)} |",
        "| abstention accuracy (unanswerable) | "
        f"{_share(abstained_right, len(unanswerable), none=no_unanswerable)} |",
        f"| overall | {report.overall:.1%} |",
        f"| wrong citations (a wrong sentence, or an answer it should not give) "
        f"| {report.wrong_citations} |",
        "| first cited sentence right, of the questions it answered | "
        f"{_share(answered - report.wrong_citations, answered, none='none answered')} |",
    ]
    intents = report.per_intent()
    if intents:
        lines += ["", "| intent | matched | questions |", "|---|---|---|"]
        lines += [f"| {name} | {right} | {total} |" for name, (right, total) in intents.items()]
    confusions = report.confusions()
    if confusions:
        lines += ["", "confusions (expected -> got):"]
        lines += [f"  {a} -> {b}: {n}" for (a, b), n in confusions.most_common(MAX_CONFUSIONS)]
        if len(confusions) > MAX_CONFUSIONS:  # the list stopped at 15 pairs without a word
            left = sorted(confusions.values(), reverse=True)[MAX_CONFUSIONS:]
            pairs = counted(len(left), "more pair", "more pairs")
            lines.append(f"  … {pairs} ({counted(sum(left), 'question')}) not listed")
    wrong = report.wrong
    if wrong:
        lines += ["", f"wrong ({len(wrong)}):"]
        for o in wrong[:show_wrong]:
            cited = o.answer.citations[0].sentence if o.answer.citations else "-"
            # a pasted paragraph (a question file's `q: |` block) filled the screen, over lines
            lines.append(f"  [{o.verdict}] {_shown(o.question.q, QUESTION_SHOWN)}")
            if o.answer.answered:
                lines.append(f"      cited: {_shown(cited)}")
            if o.question.gold:
                lines.append(f"      gold:  {_shown(o.question.gold[0])}")
        if len(wrong) > show_wrong:
            lines.append(_more_misses(len(wrong) - show_wrong, len(wrong)))
    return "\n".join(lines)


def _more_misses(left: int, total: int) -> str:
    """The line that ends a cut list of misses: "wrong (60):" followed by 50 of them (or, with
    ``--show-wrong 0``, by nothing) read as if the list were whole."""
    return f"  … {left} more not listed (--show-wrong {total} lists them all)"
