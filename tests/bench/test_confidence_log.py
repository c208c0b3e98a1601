"""The confidence log (bench/confidence_log.py): one line per dev question with its best
sentence, whether that sentence is gold, and the debug line that says why it was withheld."""

from __future__ import annotations

from bench import asked_again, confidence_log


def test_a_withheld_line_is_kept_with_its_question(seed_db):
    answering = asked_again.answerer(
        str(seed_db), str(confidence_log.EVAL_DIR.parent / "config.yaml")
    )
    rows = [confidence_log.logged(c, answering) for c in confidence_log.cases("seed-keywords.yaml")]
    assert rows and all(r["file"] == "seed-keywords.yaml" for r in rows)
    for row in rows:
        assert row["verdict"] in ("right", "abstained", "wrong")
        if row["answered"]:
            assert row["withheld"] is None and row["capped"] is None
        if row["withheld"] is not None:
            assert not row["answered"] and row["withheld"].startswith("withheld at")
            assert "covers" in row["withheld"]  # the confidence's inputs, in words


def test_the_bands_count_gold_and_near_misses_withheld_without_a_cap():
    def row(confidence, gold, answered=False, withheld="withheld at ..."):
        return {
            "confidence": confidence,
            "best_is_gold": gold,
            "answered": answered,
            "withheld": withheld,
        }

    rows = [
        row(0.27, True),
        row(0.28, False),
        row(0.46, True),
        row(0.46, False, withheld=None),  # capped: no lift of the band answers it
        row(0.7, True, answered=True),
    ]
    assert confidence_log.bands(rows) == {
        "0.25": {"gold": 1, "near_miss": 1},
        "0.45": {"gold": 1, "near_miss": 0},
    }


def _row(file, confidence, gold, answered=False, capped=False):
    return {
        "file": file,
        "confidence": confidence,
        "best_is_gold": gold,
        "answered": answered,
        "verdict": "right" if answered and gold else ("wrong" if answered else "abstained"),
        "withheld": None if answered or capped else "withheld at ...",
    }


def test_a_lift_answers_only_an_uncapped_confidence_it_carries_over_the_threshold():
    assert confidence_log.answered_with(_row("a", 0.4, True), 0.5)  # log-odds -0.41 + 0.5
    assert not confidence_log.answered_with(_row("a", 0.3, True), 0.5)
    assert not confidence_log.answered_with(_row("a", 0.45, True, capped=True), 2.0)
    assert confidence_log.answered_with(_row("a", 0.8, True, answered=True), 0.0)


def test_an_input_that_marks_near_misses_as_often_as_gold_gets_no_weight_left_out():
    rows, flags = [], []
    for name in "abcd":
        rows += [_row(name, 0.45, True), _row(name, 0.45, False), _row(name, 0.45, False)]
        flags += [True, True, True]
    result = confidence_log.left_out(rows, flags)
    assert result == {"right": 0, "wrong": 0, "weights": {0.0: 4}}


def test_an_input_that_marks_gold_sentences_alone_is_weighed_and_gains_left_out():
    rows, flags = [], []
    for name in "abcd":
        rows += [_row(name, 0.45, True), _row(name, 0.45, False)]
        flags += [True, False]
    result = confidence_log.left_out(rows, flags)
    assert result["right"] == 4 and result["wrong"] == 0
    assert 0.0 not in result["weights"]
