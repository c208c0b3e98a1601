"""The typo harness (bench/typos.py): reproducible slips of the kinds members make, in words of
four letters or more, and only the dev question files."""

from __future__ import annotations

import random

import pytest

from bench import typos
from tests.bench.conftest import one_line_exit


def test_each_kind_of_slip_changes_one_word_as_a_hurried_typist_would():
    rng = random.Random(1)
    assert typos.slip("ceasefire", "delete", rng) in {
        "ceasefire"[:i] + "ceasefire"[i + 1 :] for i in range(1, 9)
    }
    doubled = typos.slip("summit", "double", rng)
    assert len(doubled) == 7 and doubled.startswith("s")
    swapped = typos.slip("meeting", "swap", rng)
    assert sorted(swapped) == sorted("meeting") and swapped != "meeting"
    near = typos.slip("talk", "neighbour", rng)
    changed = [(a, b) for a, b in zip("talk", near, strict=True) if a != b]
    assert len(changed) == 1 and changed[0][1] in typos.NEIGHBOURS[changed[0][0]]


def test_the_keyboard_neighbours_are_the_keys_around_one():
    assert set(typos.NEIGHBOURS["s"]) == set("awedxz")
    assert set(typos.NEIGHBOURS["q"]) == set("wa")


def test_a_question_gets_one_or_two_slips_and_the_same_ones_every_run():
    question = "What security guarantees did von der Leyen mention?"
    first = typos.typo(question, random.Random("21|0|q"))
    assert first == typos.typo(question, random.Random("21|0|q"))
    typed, slips = first
    assert typed != question and 1 <= len(slips) <= 2
    # short words are left alone: "did", "von", "der" come through as typed
    assert all(word in typed for word in ("did", "von", "der"))


def test_two_words_typed_together_lose_the_space_between_them():
    rng = random.Random(3)
    for _ in range(20):
        typed, slips = typos.typo("when is the ceasefire", rng)
        for made in slips:
            if made.startswith("join"):
                left, right = made.removeprefix("join: ").split(" ")
                assert left + right in typed


def test_only_dev_files_are_asked_never_a_held_out_one():
    files = typos.dev_files()
    assert files and all("blind" not in name for name, _ in files)
    assert {corpus for _, corpus in files} == {"seed", "wn"}


def test_a_sessions_check_sets_can_be_left_out():
    every = typos.dev_files()
    name = every[0][0]
    left = typos.dev_files(skip=[name.removesuffix(".yaml")])
    assert name not in {n for n, _ in left} and len(left) == len(every) - 1
    assert typos.dev_files(skip=[name]) == left  # with or without ".yaml"


def test_the_check_sets_listed_in_the_eval_folder_are_never_asked(tmp_path):
    for name in ("seed-dev1.yaml", "seed-dev2.yaml", "wikinews-dev1.yaml", "seed-blind1.yaml"):
        (tmp_path / name).write_text("[]\n")
    (tmp_path / "CHECK_SETS").write_text("# this session's\nseed-dev2  # fresh\n\n")
    assert typos.dev_files(tmp_path) == [("seed-dev1.yaml", "seed"), ("wikinews-dev1.yaml", "wn")]
    # without the list, every dev file
    (tmp_path / "CHECK_SETS").unlink()
    assert len(typos.dev_files(tmp_path)) == 3


def test_the_outcome_compares_the_typod_answer_with_the_clean_one():
    def row(answerable, clean, typed):
        return {
            "answerable": answerable,
            "clean": {"verdict": clean, "cited": None},
            "typo": {"verdict": typed, "cited": None},
        }

    assert typos.outcome(row(True, "right", "right")) == "kept"
    assert typos.outcome(row(True, "right", "abstained")) == "lost"
    assert typos.outcome(row(True, "right", "wrong")) == "new wrong"
    assert typos.outcome(row(False, "right", "wrong")) == "new wrong"  # answered, should not
    assert typos.outcome(row(True, "wrong", "wrong")) == "other"
    assert typos.outcome(row(True, "abstained", "right")) == "gained"


def test_a_dev_file_is_asked_clean_and_typod_as_the_eval_asks_it(seed_db):
    rows = typos.run_file(
        "seed-keywords.yaml", str(seed_db), 21, 1, str(typos.ROOT / "config.yaml")
    )
    assert rows and all(r["typed"] != r["q"] for r in rows)
    summary = typos.summary([{**r, "corpus": "seed"} for r in rows])["seed"]
    assert summary["questions"] == len(rows)
    assert summary["kept"] + summary["lost"] <= summary["clean_right"]


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--seed-db", "{tmp}/missing.db"], "no fact database at"),
        (["--wn-db", "{tmp}"], "is a folder"),
        (["--seed-db", "{seed}", "--config", "{tmp}/missing.yaml"], "missing.yaml: cannot read"),
    ],
)
def test_a_wrong_database_or_config_is_one_line_before_anything_is_asked(
    tmp_path, seed_db, args, problem
):
    """The README's `python -m bench.typos --seed-db SEED.db --wn-db WIKINEWS.db` before the
    build (or with a folder, or a missing --config) was a traceback from a worker process."""
    message = one_line_exit(typos.main, [a.format(tmp=tmp_path, seed=seed_db) for a in args])
    assert message.startswith("python -m bench.typos: ") and problem in message


@pytest.mark.parametrize(
    "args", [["--json", "{tmp}/no/such/folder/out.json"], ["--variants", "0"], ["--jobs", "-1"]]
)
def test_an_output_that_cannot_be_written_or_no_run_at_all_is_a_usage_error(
    tmp_path, seed_db, args, capsys
):
    """`--json` into a folder that does not exist failed only after every question had been
    asked (minutes), and `--variants 0` ran and reported 0 questions."""
    argv = ["--seed-db", str(seed_db), *(a.format(tmp=tmp_path) for a in args)]
    with pytest.raises(SystemExit) as exc:
        typos.main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert "error: argument" in err or "error: --json: no folder" in err
