"""The report judges targets from numbers it is given; the percentiles are the usual ones."""

from __future__ import annotations

import pytest

from bench import run
from bench.report import markdown, targets
from bench.stats import latency_summary, median_of_passes, percentile
from tests.conftest import ROOT


def latency(p50: float, p99: float) -> dict[str, float]:
    return {"n": 100, "p50_ms": p50, "p95_ms": p99 * 0.8, "p99_ms": p99, "max_ms": p99,
            "mean_ms": p50}  # fmt: skip


def size(n: int, *, p50: float, fts: float, bm25s: float, rate: float) -> dict:
    return {
        "size": n,
        "build": {
            "files": 295 * n, "articles": 295 * n, "sentences": 12_000 * n, "db_bytes": 16e6 * n,
            "fresh_s": 295 * n / rate, "fresh_articles_per_s": rate, "fresh_cpu_s": 1.0,
            "fresh_workers_cpu_s": 0.7,
            "fresh_phases_s": {"extract": 295 * n / rate / 2}, "unchanged_s": 0.05,
            "unchanged_articles_per_s": 6000.0, "changed_files": 3 * n, "changed_s": 0.5,
        },
        "factdesk": {
            "latency": latency(p50, p50 * 3), "startup_s": 0.5, "peak_rss_mb": 120.0,
            "top1_accuracy": 0.75, "answer_accuracy": 0.5, "abstain_accuracy": 1.0,
        },
        "peers": {
            "fts5": {"latency": latency(fts, fts * 2), "top1_accuracy": 0.5, "index_s": 0.0,
                     "peak_rss_mb": 30.0},
            "bm25s": {"latency": latency(bm25s, bm25s * 2), "top1_accuracy": 0.5, "index_s": 1.0,
                      "peak_rss_mb": 90.0},
            "rank_bm25": {"skipped": "too slow"},
        },
    }  # fmt: skip


RUN = {
    "meta": {
        "date": "2025-01-01 00:00 UTC", "machine": "test", "cores": 2, "python": "3.11",
        "sqlite": "3.40", "questions": 40, "question_kinds": "all", "repeat": 5, "workers": 2,
    },
    "sizes": [
        size(1, p50=2.0, fts=1.5, bm25s=1.0, rate=250),
        size(100, p50=7.0, fts=2.0, bm25s=30.0, rate=180),
    ],
}  # fmt: skip


def test_targets_are_judged_against_the_measured_numbers():
    judged = {name: met for name, _, met in targets(RUN)}
    assert judged["p50 ≤ 5 ms at ×100"] is False
    assert judged["p99 ≤ 25 ms at ×100"] is True
    assert judged["p50 ×100 ≤ 3× p50 ×1"] is False  # 3.5×
    assert judged["p50 within 2× raw FTS5 at ×1"] is True
    assert judged["p50 within 2× raw FTS5 at ×100"] is False
    assert judged["faster than bm25s at ×100 (p50)"] is True
    assert judged["fresh build ≥ 200 articles/s"] is False
    assert judged["unchanged rebuild ≥ 5,000 articles/s"] is True


def test_the_markdown_shows_peers_as_ratios_and_skipped_peers_with_their_reason():
    text = markdown(RUN)
    assert "| ×100 | bm25s | 30.00 |" in text
    assert "| 4.29 |" in text  # 30 ms / 7 ms
    assert "| ×100 | rank_bm25 | not run¹ |" in text
    assert "¹ rank_bm25 at ×100 not run: too slow." in text
    assert "| p50 ≤ 5 ms at ×100 | 7.00 ms | **no** |" in text


def test_percentiles_interpolate_between_samples():
    assert percentile([1, 2, 3, 4, 5], 50) == 3
    assert percentile([1, 2], 50) == pytest.approx(1.5)
    assert percentile(list(range(101)), 99) == pytest.approx(99)
    summary = latency_summary([0.001, 0.002, 0.003])
    assert summary["p50_ms"] == pytest.approx(2.0) and summary["n"] == 3


def test_publishing_replaces_only_what_is_between_the_markers(tmp_path):
    page = tmp_path / "README.md"
    page.write_text(f"intro\n{run.RESULTS_START}\nold table\n{run.RESULTS_END}\noutro\n")
    run._replace_marked(page, "| new | table |\n")
    assert page.read_text() == (
        f"intro\n{run.RESULTS_START}\n| new | table |\n{run.RESULTS_END}\noutro\n"
    )


def test_the_readme_and_the_benchmarks_page_carry_the_markers():
    for page in (ROOT / "README.md", ROOT / "docs" / "benchmarks.md"):
        text = page.read_text(encoding="utf-8")
        assert run.RESULTS_START in text and run.RESULTS_END in text, page


def test_several_passes_report_their_median_not_their_best():
    passes = [
        {"latency": latency(p50, p50 * 2), "peak_rss_mb": rss, "questions": {"q": p50}}
        for p50, rss in ((4.7, 101.0), (3.6, 103.0), (4.0, 102.0))
    ]
    out = median_of_passes(passes)
    assert out["latency"]["p50_ms"] == 4.0 and out["latency"]["p99_ms"] == 8.0
    assert out["questions"] == {"q": 4.0}  # the median pass's answers
    assert out["passes_p50_ms"] == [4.7, 3.6, 4.0]
    assert out["peak_rss_mb"] == 103.0  # the largest: no pass's memory is hidden
    assert "| 4.70 / 3.60 / 4.00 |" in markdown(
        {**RUN, "sizes": [{**RUN["sizes"][0], "factdesk": {**RUN["sizes"][0]["factdesk"], **out}}]}
    )
