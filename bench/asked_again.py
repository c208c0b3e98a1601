"""What the harnesses that ask the dev questions again in another form share (bench.typos:
with slips; bench.wrappers: inside chat framings): the dev files, one answerer per database
per worker, the verdict ``factdesk eval`` gives, the comparison of the changed answer with
the clean one, the run over every file in worker processes, and the command line.

Written once: bench.wrappers had copied the run, the comparison and the argument checks from
bench.typos, and its copy lacked the one-line error for a ``--json`` it could not write.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "eval"
OUTCOMES = ("lost", "new wrong", "gained")  # what --list can print


class Asked(Protocol):
    """A dev question as both harnesses hold it: what judging it needs."""

    answerable: bool
    gold: tuple[str, ...]
    article: str | None


@dataclass(frozen=True)
class Verdict:
    """What one question got: right, abstained or wrong, and the first cited sentence."""

    verdict: str  # "right" | "abstained" | "wrong"
    cited: str | None


def check_sets(eval_dir: Path = EVAL_DIR) -> set[str]:
    """The session's check sets named in ``eval/CHECK_SETS`` (one stem a line, ``#`` comments):
    dev-named files that only the lead measures until the next session. A harness that took
    them unless told to skip them showed their questions to a helper once."""
    listed = eval_dir / "CHECK_SETS"
    if not listed.is_file():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in listed.read_text().splitlines())
    return {line.removesuffix(".yaml") for line in lines if line}


def dev_files(eval_dir: Path = EVAL_DIR, skip: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(file, "seed" | "wn") for each dev question file; never a held-out ``*blind*`` one, nor
    a check set of ``eval/CHECK_SETS``, nor one named in ``skip`` (with or without ".yaml"):
    a session's fresh check sets, which only the lead measures, must stay out of what helpers
    tune on."""
    skipped = {name.removesuffix(".yaml") for name in skip} | check_sets(eval_dir)
    out = []
    for prefix, corpus in (("seed-", "seed"), ("wikinews-", "wn")):
        for path in sorted(eval_dir.glob(prefix + "*.yaml")):
            if "blind" not in path.name and path.stem not in skipped:
                out.append((path.name, corpus))
    return out


_ANSWERERS: dict[str, Any] = {}


def answerer(db: str, config: str | None) -> Any:
    """One answerer per database per worker process, built on first use."""
    if db not in _ANSWERERS:
        from bot.answer import Answerer
        from bot.config import load_config

        _ANSWERERS[db] = Answerer(load_config(config), db)
    return _ANSWERERS[db]


def judge(case: Asked, question: str, answering: Any) -> Verdict:
    """The verdict ``factdesk eval`` gives ``question`` with ``case``'s gold."""
    from bot.evaluate import EvalQuestion, is_correct

    item = EvalQuestion(question, case.gold, case.answerable, article=case.article)
    answer = answering.answer(question, article=case.article)
    cited = answer.citations[0].sentence if answer.answered and answer.citations else None
    if answer.answered:
        return Verdict("right" if is_correct(item, answer) else "wrong", cited)
    return Verdict("right" if not case.answerable else "abstained", None)


def outcome(row: dict[str, Any], changed: str) -> str:
    """How the answer to the changed question (``row[changed]``) compares with the clean one:
    kept, lost, new wrong, gained or other."""
    clean, asked = row["clean"], row[changed]
    if asked["verdict"] == "wrong" and clean["verdict"] != "wrong":
        return "new wrong"
    if clean["verdict"] == "right" and row["answerable"]:
        return {"right": "kept", "abstained": "lost", "wrong": "new wrong"}[asked["verdict"]]
    if clean["verdict"] != "right" and asked["verdict"] == "right" and row["answerable"]:
        return "gained"
    return "other"


def counts(part: list[dict[str, Any]], changed: str) -> dict[str, Any]:
    """The counts both harnesses report for a list of rows (:func:`outcome` of ``changed``):
    the clean right answers, and of them kept, lost; new wrong citations; gained."""
    kinds = Counter(outcome(r, changed) for r in part)
    base = sum(1 for r in part if r["answerable"] and r["clean"]["verdict"] == "right")
    return {
        "questions": len(part),
        "clean_right": base,
        "kept": kinds["kept"],
        "kept_share": round(kinds["kept"] / base, 4) if base else 0.0,
        "lost": kinds["lost"],
        "new_wrong": kinds["new wrong"],
        "new_wrong_unanswerable": sum(
            1 for r in part if outcome(r, changed) == "new wrong" and not r["answerable"]
        ),
        "gained": kinds["gained"],
    }


def by_corpus(
    rows: list[dict[str, Any]], count: Callable[[list[dict[str, Any]]], dict[str, Any]]
) -> dict[str, Any]:
    """``count`` over every row ("all") and over each corpus's rows that has any."""
    by = {c: [r for r in rows if r["corpus"] == c] for c in ("seed", "wn")}
    return {"all": count(rows), **{c: count(part) for c, part in by.items() if part}}


def run(
    run_file: Callable[[str, str, int, int, str | None], list[dict[str, Any]]],
    args: argparse.Namespace,
) -> list[dict[str, Any]]:
    """``run_file`` over every dev file whose database ``args`` gives and that its ``--skip``
    does not name, in ``--jobs`` worker processes, each row marked with its corpus. ``args``
    are :func:`parse`'s, the options :func:`parser` gives both harnesses."""
    dbs = {"seed": args.seed_db, "wn": args.wn_db}
    tasks = [(f, c) for f, c in dev_files(skip=args.skip) if dbs[c]]
    rows: list[dict[str, Any]] = []
    with ProcessPoolExecutor(args.jobs) as pool:
        futures = [
            (c, pool.submit(run_file, f, str(dbs[c]), args.seed, args.variants, args.config))
            for f, c in tasks
        ]
        for corpus, future in futures:
            rows += [{**row, "corpus": corpus} for row in future.result()]
    return rows


def parser(
    prog: str, description: str | None, seed: int, seed_help: str, variants: int, copies: str
) -> argparse.ArgumentParser:
    """The options both harnesses take; ``seed`` and ``variants`` are their defaults."""
    out = argparse.ArgumentParser(prog=prog, description=description)
    out.add_argument("--seed-db", help="the seed article's database (eval/seed-*.yaml)")
    out.add_argument("--wn-db", help="the Wikinews database (eval/wikinews-*.yaml)")
    out.add_argument("--config", default=str(ROOT / "config.yaml"))
    out.add_argument("--seed", type=int, default=seed, help=seed_help)
    out.add_argument("--variants", type=at_least_one, default=variants, help=copies)
    out.add_argument("--jobs", type=at_least_one, default=4, help="worker processes")
    out.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="NAME",
        help="a dev file not to ask, e.g. a session's check set (repeatable)",
    )
    out.add_argument("--json", help="write every question's result to this file")
    out.add_argument(
        "--list",
        action="append",
        default=[],
        choices=OUTCOMES,
        help="list the questions with this outcome (repeatable)",
    )
    return out


def parse(options: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """The arguments, checked before any question is asked: a database given, a folder for
    ``--json``, the settings and every database opened (:func:`check_inputs`)."""
    args = options.parse_args(argv)
    if not (args.seed_db or args.wn_db):
        options.error("give --seed-db, --wn-db or both")
    if args.json and not Path(args.json).resolve().parent.is_dir():
        options.error(f"--json: no folder {Path(args.json).resolve().parent} to write it in")
    check_inputs(options.prog, args.config, [db for db in (args.seed_db, args.wn_db) if db])
    return args


def report(
    prog: str,
    args: argparse.Namespace,
    result: dict[str, Any],
    rows: list[dict[str, Any]],
    line: Callable[[str, dict[str, Any]], str],
) -> int:
    """Each corpus's summary as ``line`` words it, the rows to ``--json`` if given; the exit
    status. Both harnesses end so."""
    for name, counted in result.items():
        print(line(name, counted))
    if args.json:
        write_json(prog, args.json, result, rows)
    return 0


def write_json(prog: str, path: str, result: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """The summary and every row to ``path``, or a one-line error where it cannot be written."""
    try:
        Path(path).write_text(json.dumps({"summary": result, "rows": rows}, indent=1))
    except OSError as exc:
        raise SystemExit(f"{prog}: --json: cannot write {path} ({exc})") from None


def at_least_one(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def check_inputs(prog: str, config: str | None, dbs: list[str]) -> None:
    """The settings and every database, opened before any question is asked: a missing or
    wrong --seed-db or --wn-db (the README's command run before its build, or given the folder)
    or --config was a traceback from a worker process, through concurrent.futures."""
    from bot.config import load_config
    from bot.errors import BotError
    from facts.errors import FactsError
    from facts.store import open_readonly

    try:
        load_config(config)
        for db in dbs:
            open_readonly(db).close()
    except (BotError, FactsError) as exc:
        raise SystemExit(f"{prog}: {exc}") from None
