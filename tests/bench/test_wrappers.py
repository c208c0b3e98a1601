"""The wrapper harness (bench/wrappers.py): the dev questions framed in chat's preambles and
afterthoughts, reproducibly, and only the dev question files."""

from __future__ import annotations

from bench import wrappers


def test_a_preamble_lowers_a_question_word_but_not_a_name():
    assert (
        wrappers.wrap("Who met Putin?", "quick q before i go: {q}")
        == "quick q before i go: who met Putin?"
    )
    assert wrappers.wrap("Zelensky met whom?", "wait, {q}") == "wait, Zelensky met whom?"
    assert wrappers.wrap("Who met Putin?", "{q} i forget") == "Who met Putin? i forget"


def test_every_framing_holds_the_question_once():
    assert len(wrappers.WRAPPERS) >= 30
    assert all(w.count("{q}") == 1 for w in wrappers.WRAPPERS)


def test_the_same_seed_draws_the_same_framings_and_another_seed_others():
    first = wrappers.cases("seed-keywords.yaml", 31)
    assert first == wrappers.cases("seed-keywords.yaml", 31)
    assert [c.wrapper for c in first] != [
        c.wrapper for c in wrappers.cases("seed-keywords.yaml", 7)
    ]
    assert all(c.wrapped != c.q for c in first)


def test_the_outcome_compares_the_wrapped_answer_with_the_clean_one():
    def row(answerable, clean, wrapped):
        return {
            "answerable": answerable,
            "clean": {"verdict": clean, "cited": None},
            "wrapped_answer": {"verdict": wrapped, "cited": None},
        }

    assert wrappers.outcome(row(True, "right", "right")) == "kept"
    assert wrappers.outcome(row(True, "right", "abstained")) == "lost"
    assert wrappers.outcome(row(False, "right", "wrong")) == "new wrong"
    assert wrappers.outcome(row(True, "abstained", "right")) == "gained"


def test_a_dev_file_is_asked_clean_and_wrapped(seed_db):
    rows = wrappers.run_file(
        "seed-keywords.yaml", str(seed_db), 31, 2, str(wrappers.ROOT / "config.yaml")
    )
    assert rows and {r["variant"] for r in rows} == {0, 1}
    result = wrappers.summary([{**r, "corpus": "seed"} for r in rows])["seed"]
    assert result["questions"] == len(rows)
    assert result["kept"] + result["lost"] <= result["clean_right"]
    assert wrappers.by_wrapper([{**r, "corpus": "seed"} for r in rows])


def test_the_new_framings_are_drawn_apart_and_leave_the_first_draw_as_it_was():
    assert len(wrappers.NEW_WRAPPERS) >= 20
    assert all(w.count("{q}") == 1 for w in wrappers.NEW_WRAPPERS)
    assert set(wrappers.WRAPPERS).isdisjoint(wrappers.NEW_WRAPPERS)
    first = wrappers.cases("seed-keywords.yaml", 31)
    assert {c.wrapper for c in first} <= set(wrappers.WRAPPERS)
    new = wrappers.cases("seed-keywords.yaml", 31, framings=wrappers.NEW_WRAPPERS)
    assert {c.wrapper for c in new} <= set(wrappers.NEW_WRAPPERS)


def test_the_newest_framings_are_a_fourth_batch_apart_from_the_other_three():
    assert len(wrappers.NEWEST_WRAPPERS) >= 24
    assert all(w.count("{q}") == 1 for w in wrappers.NEWEST_WRAPPERS)
    earlier = set(wrappers.WRAPPERS) | set(wrappers.NEW_WRAPPERS) | set(wrappers.NEWER_WRAPPERS)
    assert earlier.isdisjoint(wrappers.NEWEST_WRAPPERS)
    newest = wrappers.cases("seed-keywords.yaml", 31, framings=wrappers.FRAMINGS["newest"])
    assert {c.wrapper for c in newest} <= set(wrappers.NEWEST_WRAPPERS)


def test_the_fifth_framings_are_a_batch_apart_from_the_other_four():
    assert len(wrappers.FIFTH_WRAPPERS) >= 24
    assert all(w.count("{q}") == 1 for w in wrappers.FIFTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in ("first", "new", "newer", "newest")))
    assert earlier.isdisjoint(wrappers.FIFTH_WRAPPERS)
    fifth = wrappers.cases("seed-keywords.yaml", 31, framings=wrappers.FRAMINGS["fifth"])
    assert {c.wrapper for c in fifth} <= set(wrappers.FIFTH_WRAPPERS)


def test_the_sixth_framings_are_a_batch_apart_from_the_other_five():
    assert len(wrappers.SIXTH_WRAPPERS) >= 24
    assert all(w.count("{q}") >= 1 for w in wrappers.SIXTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in ("first", "new", "newer", "newest")))
    assert earlier.union(wrappers.FIFTH_WRAPPERS).isdisjoint(wrappers.SIXTH_WRAPPERS)
    sixth = wrappers.cases("seed-keywords.yaml", 31, framings=wrappers.FRAMINGS["sixth"])
    assert {c.wrapper for c in sixth} <= set(wrappers.SIXTH_WRAPPERS)


def test_a_framing_may_say_the_question_twice():
    said_twice = "{q} no wait, scratch that, still {q}"
    assert wrappers.wrap("Who won?", said_twice) == "Who won? no wait, scratch that, still Who won?"


def test_the_seventh_framings_are_a_batch_apart_and_may_shout():
    assert len(wrappers.SEVENTH_WRAPPERS) >= 24
    assert all(w.count("{q}") + w.count("{Q}") == 1 for w in wrappers.SEVENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in ("first", "new", "newer", "newest")))
    assert earlier.union(wrappers.FIFTH_WRAPPERS, wrappers.SIXTH_WRAPPERS).isdisjoint(
        wrappers.SEVENTH_WRAPPERS
    )
    assert wrappers.wrap("Who won?", "HEY EVERYONE {Q}") == "HEY EVERYONE WHO WON?"


def test_the_eighth_framings_are_a_batch_apart_and_may_drop_the_punctuation():
    assert len(wrappers.EIGHTH_WRAPPERS) >= 24
    assert all(
        sum(w.count(slot) for slot in ("{q}", "{Q}", "{u}")) == 1 for w in wrappers.EIGHTH_WRAPPERS
    )
    earlier = set().union(
        *(wrappers.FRAMINGS[n] for n in ("first", "new", "newer", "newest", "fifth", "sixth"))
    )
    assert earlier.union(wrappers.SEVENTH_WRAPPERS).isdisjoint(wrappers.EIGHTH_WRAPPERS)
    # voice-to-text: no commas, no question mark
    assert wrappers.wrap("In 2018, who met Putin?", "um {u} uh thanks") == (
        "um In 2018 who met Putin uh thanks"
    )
    assert wrappers.wrap("Who met Putin?", "um {u} uh thanks") == "um who met Putin uh thanks"


def test_the_ninth_framings_are_a_batch_apart():
    assert len(wrappers.NINTH_WRAPPERS) >= 24
    assert all(w.count("{q}") == 1 for w in wrappers.NINTH_WRAPPERS)
    earlier = set().union(
        *(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n not in ("ninth", "tenth"))
    )
    assert earlier.isdisjoint(wrappers.NINTH_WRAPPERS)
    assert wrappers.wrap("Who won?", "asking for my dad: {q}") == "asking for my dad: who won?"


def test_the_tenth_framings_are_a_batch_apart():
    assert len(wrappers.TENTH_WRAPPERS) >= 25
    assert all(w.count("{q}") == 1 for w in wrappers.TENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "tenth"))
    assert earlier.isdisjoint(wrappers.TENTH_WRAPPERS)
    # a pasted headline stays on its own line before the question
    assert wrappers.wrap("Who won?", "Talks resume after weeks of tension | Reuters\n{q}") == (
        "Talks resume after weeks of tension | Reuters\nwho won?"
    )


def test_the_twelfth_framings_are_a_batch_apart():
    assert len(wrappers.TWELFTH_WRAPPERS) >= 23
    assert all(w.count("{q}") == 1 for w in wrappers.TWELFTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "twelfth"))
    # written without reading the earlier batches: five of its framings were in them already
    # ("{q} lol", "({q})", ...), kept as first measured
    assert len(earlier & set(wrappers.TWELFTH_WRAPPERS)) <= 5
    # a question quoted back stays on its own line, the remark on the next
    assert wrappers.wrap("Who won?", "> {q}\nthis is what i wanted to ask too") == (
        "> who won?\nthis is what i wanted to ask too"
    )


def test_the_thirteenth_framings_are_a_batch_apart():
    assert len(wrappers.THIRTEENTH_WRAPPERS) >= 25
    assert all(w.count("{q}") == 1 for w in wrappers.THIRTEENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "thirteenth"))
    assert not earlier & set(wrappers.THIRTEENTH_WRAPPERS)
    # a correction of one's own typo stays on the line after the question
    assert wrappers.wrap("Who won?", "{q}\n*meant this week, not last week") == (
        "Who won?\n*meant this week, not last week"
    )


def test_the_fourteenth_framings_are_a_batch_apart():
    assert len(wrappers.FOURTEENTH_WRAPPERS) >= 25
    assert all(w.count("{q}") == 1 for w in wrappers.FOURTEENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "fourteenth"))
    assert not earlier & set(wrappers.FOURTEENTH_WRAPPERS)
    # a greeting on a line of its own, a blank line, then the question
    assert wrappers.wrap("Who won?", "hi\n\n{q}") == "hi\n\nwho won?"


def test_the_fifteenth_framings_are_a_batch_apart():
    assert len(wrappers.FIFTEENTH_WRAPPERS) >= 25
    assert all(w.count("{q}") == 1 for w in wrappers.FIFTEENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "fifteenth"))
    assert not earlier & set(wrappers.FIFTEENTH_WRAPPERS)
    fifteenth = wrappers.cases("seed-keywords.yaml", 31, framings=wrappers.FRAMINGS["fifteenth"])
    assert {c.wrapper for c in fifteenth} <= set(wrappers.FIFTEENTH_WRAPPERS)


def test_the_sixteenth_framings_are_a_batch_apart():
    assert len(wrappers.SIXTEENTH_WRAPPERS) >= 30
    assert all(w.count("{q}") + w.count("{Q}") == 1 for w in wrappers.SIXTEENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "sixteenth"))
    assert not earlier & set(wrappers.SIXTEENTH_WRAPPERS)
    # a heading's mark on the question itself, its question word lowered as after any preamble
    assert wrappers.wrap("Who won?", "# {q}") == "# who won?"


def test_the_seventeenth_framings_are_a_batch_apart():
    assert len(wrappers.SEVENTEENTH_WRAPPERS) >= 30
    assert all(w.count("{q}") == 1 for w in wrappers.SEVENTEENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "seventeenth"))
    assert not earlier & set(wrappers.SEVENTEENTH_WRAPPERS)
    # a question inside a mixed-language frame still has its question word lowered
    assert wrappers.wrap("Who won?", "yaar {q} batao na") == "yaar who won? batao na"


def test_the_eighteenth_framings_are_a_batch_apart():
    assert len(wrappers.EIGHTEENTH_WRAPPERS) >= 36
    assert all(w.count("{q}") == 1 for w in wrappers.EIGHTEENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "eighteenth"))
    assert not earlier & set(wrappers.EIGHTEENTH_WRAPPERS)
    # a question after a quote and a blank line is lowered as after any preamble
    assert wrappers.wrap("Who won?", "> wow\n\n@ana {q}") == "> wow\n\n@ana who won?"


def test_the_nineteenth_framings_are_a_batch_apart():
    assert len(wrappers.NINETEENTH_WRAPPERS) >= 36
    assert all(w.count("{q}") == 1 for w in wrappers.NINETEENTH_WRAPPERS)
    earlier = set().union(*(wrappers.FRAMINGS[n] for n in wrappers.FRAMINGS if n != "nineteenth"))
    assert not earlier & set(wrappers.NINETEENTH_WRAPPERS)
    # a question after a bold label is lowered as after any preamble
    assert wrappers.wrap("Who won?", "**Question:** {q}") == "**Question:** who won?"
