"""``python -m bench.typos``: the dev questions asked again with typos, against their clean answers.

Members type fast: "zelenksy", "securty garantees", "ceasfire", "von der leyne". For every
question of the dev sets (``eval/seed-*.yaml`` on the seed database, ``eval/wikinews-*.yaml`` on
the Wikinews one; never a ``*blind*`` file, the held-out sets), this makes a typo'd copy with one
or two slips in words of four or more letters (a letter dropped, two swapped, one doubled, a
keyboard neighbour hit instead, or the space between two words left out), asks both through
:class:`bot.answer.Answerer`, the code ``factdesk ask --batch`` and ``factdesk eval`` run, and
compares the typo'd answer with the clean one:

- kept: a clean right answer still right (most often the same sentence);
- lost: a clean right answer withheld under the typo;
- new wrong: a wrong citation under the typo that the clean question did not give (a wrong
  sentence quoted, or an unanswerable question answered).

The slips are drawn from ``random.Random`` seeded by ``--seed``, the file and the question, so a
run is reproducible and one question's typos do not depend on which other files are asked.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import asked_again
from bench.asked_again import EVAL_DIR, ROOT, Verdict, dev_files, judge

# read through this module by the tests
__all__ = ["EVAL_DIR", "ROOT", "Verdict", "dev_files", "judge"]

DEFAULT_SEED = 21
MIN_LETTERS = 4  # shorter words are left alone: "the", "who", "did" typo'd are another problem
KINDS = ("delete", "swap", "double", "neighbour", "join")

# QWERTY neighbours of each letter, the keys a finger lands on by mistake (same row and the
# rows above and below, as the keys are staggered)
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours() -> dict[str, str]:
    near: dict[str, set[str]] = {}
    for r, row in enumerate(KEYBOARD_ROWS):
        for i, key in enumerate(row):
            keys = near.setdefault(key, set())
            keys.update(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
            # rows are staggered right by about half a key going down
            if r > 0:
                above = KEYBOARD_ROWS[r - 1]
                keys.update(above[j] for j in (i, i + 1) if 0 <= j < len(above))
            if r + 1 < len(KEYBOARD_ROWS):
                below = KEYBOARD_ROWS[r + 1]
                keys.update(below[j] for j in (i - 1, i) if 0 <= j < len(below))
    return {key: "".join(sorted(keys)) for key, keys in near.items()}


NEIGHBOURS = _neighbours()
WORD = re.compile(r"([A-Za-z]+)")  # captured, so that split keeps the words


@dataclass(frozen=True)
class Case:
    """One question of a dev file, as asked clean and typo'd."""

    file: str
    q: str
    typed: str  # the question with its typos
    slips: tuple[str, ...]
    answerable: bool
    gold: tuple[str, ...]
    article: str | None


def _cased(letter: str, like: str) -> str:
    return letter.upper() if like.isupper() else letter


def slip(word: str, kind: str, rng: random.Random) -> str:
    """``word`` with one slip of ``kind`` (not "join"); the first letter is kept, as fast
    typists mostly get it right."""
    i = rng.randrange(1, len(word))
    if kind == "delete":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == "swap":
        # two different letters: swapping the "ee" of "meeting" changes nothing
        places = [j for j in range(1, len(word) - 1) if word[j] != word[j + 1]]
        if places:
            i = rng.choice(places)
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        return word[:i] + word[i + 1 :]
    near = NEIGHBOURS.get(word[i].lower())
    if not near:
        return word[:i] + word[i + 1 :]  # no neighbour key (a non-ASCII letter): dropped
    return word[:i] + _cased(rng.choice(near), word[i]) + word[i + 1 :]


def typo(question: str, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """``question`` with one or two slips, each in another word of :data:`MIN_LETTERS` or more
    letters (or the space after or before one), and what each slip was
    (``"swap: Zelensky -> Zelenksy"``)."""
    pieces = WORD.split(question)  # words at the odd places, what lies between at the even
    touched: set[int] = set()
    done: list[str] = []
    for _ in range(rng.choice((1, 2))):
        kind = rng.choice(KINDS)
        if kind == "join":
            gaps = [
                j
                for j in range(1, len(pieces) - 2, 2)
                if pieces[j + 1] == " "
                and max(len(pieces[j]), len(pieces[j + 2])) >= MIN_LETTERS
                and not touched & {j, j + 2}
            ]
            if gaps:
                j = rng.choice(gaps)
                pieces[j + 1] = ""
                touched.update((j, j + 2))
                done.append(f"join: {pieces[j]} {pieces[j + 2]}")
                continue
            kind = "delete"
        words = [
            j
            for j in range(1, len(pieces), 2)
            if len(pieces[j]) >= MIN_LETTERS and j not in touched
        ]
        if not words:
            break
        j = rng.choice(words)
        new = slip(pieces[j], kind, rng)
        done.append(f"{kind}: {pieces[j]} -> {new}")
        pieces[j] = new
        touched.add(j)
    return "".join(pieces), tuple(done)


def cases(file: str, seed: int, variant: int = 0, eval_dir: Path = EVAL_DIR) -> list[Case]:
    """The questions of one dev file with their typo'd copies."""
    from bot.evaluate import load_questions

    out = []
    for number, item in enumerate(load_questions(eval_dir / file)):
        rng = random.Random(f"{seed}|{variant}|{file}|{number}|{item.q}")
        typed, slips = typo(item.q, rng)
        out.append(Case(file, item.q, typed, slips, item.answerable, item.gold, item.article))
    return out


def run_file(
    file: str, db: str, seed: int, variants: int, config: str | None
) -> list[dict[str, Any]]:
    """Every question of ``file``, clean and in ``variants`` typo'd copies, judged."""
    answerer = asked_again.answerer(db, config)
    rows = []
    for variant in range(variants):
        for case in cases(file, seed, variant):
            clean = judge(case, case.q, answerer)
            typod = judge(case, case.typed, answerer)
            rows.append(
                {**asdict(case), "variant": variant, "clean": asdict(clean), "typo": asdict(typod)}
            )
    return rows


def outcome(row: dict[str, Any]) -> str:
    """How the typo'd answer compares with the clean one (asked_again.outcome)."""
    return asked_again.outcome(row, "typo")


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts the harness reports, overall and per corpus: asked_again's, with how many
    kept answers quote the same sentence and the wrong citations clean and typo'd."""

    def count(part: list[dict[str, Any]]) -> dict[str, Any]:
        same = sum(
            1 for r in part if outcome(r) == "kept" and r["typo"]["cited"] == r["clean"]["cited"]
        )
        return {
            **asked_again.counts(part, "typo"),
            "kept_same_sentence": same,
            "wrong_clean": sum(r["clean"]["verdict"] == "wrong" for r in part),
            "wrong_typo": sum(r["typo"]["verdict"] == "wrong" for r in part),
        }

    return asked_again.by_corpus(rows, count)


def _line(name: str, s: dict[str, Any]) -> str:
    return (
        f"{name:5s} questions {s['questions']:5d}  clean right {s['clean_right']:5d}  "
        f"kept {s['kept']:5d} ({100 * s['kept_share']:.1f}%, same sentence "
        f"{s['kept_same_sentence']})  lost {s['lost']:4d}  new wrong {s['new_wrong']:3d} "
        f"(unanswerable {s['new_wrong_unanswerable']})  gained {s['gained']:3d}  "
        f"wrong clean/typo {s['wrong_clean']}/{s['wrong_typo']}"
    )


def listed(rows: list[dict[str, Any]], which: str) -> Iterator[str]:
    for r in rows:
        if outcome(r) == which:
            yield f"[{which}] {r['file']}: {r['typed']!r}  ({'; '.join(r['slips'])})"
            yield f"      clean: {r['q']!r} -> {r['clean']['verdict']}"
            if r["typo"]["cited"]:
                yield f"      cited: {r['typo']['cited'][:160]}"


def main(argv: list[str] | None = None) -> int:
    prog = "python -m bench.typos"
    options = asked_again.parser(
        prog, __doc__, DEFAULT_SEED, "the typos' random seed", 1, "typo'd copies of each question"
    )
    args = asked_again.parse(options, argv)
    rows = asked_again.run(run_file, args)
    for which in args.list:
        for line in listed(rows, which):
            print(line)
    return asked_again.report(prog, args, summary(rows), rows, _line)


if __name__ == "__main__":
    sys.exit(main())
