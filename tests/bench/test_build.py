"""The build benchmark keeps every round and reports their median, at every size alike."""

from __future__ import annotations

import shutil

import pytest

from bench import build
from bench.report import markdown
from tests.bench.test_report import RUN
from tests.conftest import SEEDS


def test_the_median_round_is_the_middle_one_not_the_fastest():
    rounds = [{"s": 3.0, "tag": "slow"}, {"s": 1.0, "tag": "fast"}, {"s": 2.0, "tag": "middle"}]
    assert build.median_round(rounds, "s")["tag"] == "middle"
    assert build.median_round(rounds[:2], "s")["tag"] == "fast"  # the lower middle of two
    assert build.median_round(rounds[:1], "s")["tag"] == "slow"  # one round is its own median


def test_every_round_keeps_its_wall_and_cpu_seconds_and_the_median_is_reported(tmp_path):
    # a copy: the "1% changed" rebuild edits files of the folder it builds, and SEEDS is every
    # test's seed article (built on the shared folder, it failed a later test that reads it)
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    result = build.run_builds(str(corpus), str(tmp_path / "b.db"), 1, 0.01, rounds=3)
    assert result["rounds"] == 3 and len(result["fresh_rounds"]) == 3
    for r in result["fresh_rounds"]:
        assert r["s"] > 0 and r["cpu_s"] == pytest.approx(r["writer_cpu_s"] + r["workers_cpu_s"])
    walls = sorted(r["s"] for r in result["fresh_rounds"])
    assert result["fresh_s"] == walls[1]
    assert result["fresh_rounds_s"] == [r["s"] for r in result["fresh_rounds"]]
    writers = sorted(r["writer_cpu_s"] for r in result["fresh_rounds"])
    assert result["fresh_writer_cpu_s"] == writers[1]
    assert len(result["unchanged_rounds_s"]) == 3
    assert result["unchanged_s"] == sorted(result["unchanged_rounds_s"])[1]
    assert not result["unchanged_changed_db"]


def test_the_build_table_says_how_many_rounds_each_size_had():
    small, large = (dict(s, build=dict(s["build"])) for s in RUN["sizes"])
    small["build"].update(rounds=3, fresh_rounds_s=[1.4, 1.2, 1.3], fresh_writer_cpu_s=0.59)
    large["build"].update(rounds=1, fresh_rounds_s=[160.0])
    text = markdown({**RUN, "sizes": [small, large]})
    assert "| ×1 | 295 | 3 | 1.2 | 1.4 / 1.2 / 1.3 | 250 | 1 | 2.00 |" in text
    assert "| ×100 | 29,500 | 1 | 163.9 | 160.0 | 180 |" in text
    assert "median of each size's rounds" in text
