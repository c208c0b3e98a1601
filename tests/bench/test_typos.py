"""The typo harness (bench/typos.py): reproducible slips of the kinds members make, in words of
four letters or more, and only the dev question files."""

from __future__ import annotations

import random

from bench import typos


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
