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
