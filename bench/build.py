"""Time ``facts.build`` the three ways operators meet it: fresh, unchanged, and after edits.

Run as ``python -m bench.build --articles DIR --db FILE`` by the harness, in a fresh process. The
fresh build is instrumented: thin timers around the builder's steps (reading and hashing files,
parsing, extraction, writing rows, building indexes, the final commit/prune/FTS optimize/ANALYZE)
show where the time goes, including the share of extraction, which belongs to facts/entities/
and facts/relations/ rather than to the builder. With parallel workers, "extract" is the time
the writer spent waiting for extraction results, not the workers' CPU time.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from .corpus import touch_fraction
from .stats import emit, peak_rss_mb, percentile

PHASES = ("read", "parse", "extract", "write", "index", "finish")
# Statements that mark a phase of their own, by how they start (upper-cased, spaces collapsed).
_SQL_PHASES = (
    ("CREATE INDEX", "index"),
    ("CREATE TRIGGER", "index"),
    ("INSERT INTO SENTENCES_FTS (SENTENCES_FTS) VALUES ('REBUILD')", "index"),
    ("COMMIT", "finish"),
    ("INSERT INTO SENTENCES_FTS (SENTENCES_FTS) VALUES ('OPTIMIZE')", "finish"),
    ("ANALYZE", "finish"),
    ("DELETE FROM ENTITIES", "finish"),
    ("UPDATE ENTITIES", "finish"),
)


class _Timers:
    def __init__(self) -> None:
        self.seconds = dict.fromkeys(PHASES, 0.0)

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start


def _sql_phase(sql: str) -> str | None:
    head = " ".join(sql.split()).upper()
    for prefix, phase in _SQL_PHASES:
        if head.startswith(prefix):
            return phase
    return None


def _instrument(timers: _Timers) -> contextlib.ExitStack:
    """Wrap the builder's steps with timers; undone when the returned stack closes."""
    import facts.builder as builder

    stack = contextlib.ExitStack()

    def wrap(module: object, name: str, phase: str) -> None:
        original = getattr(module, name)

        def timed(*args, **kwargs):
            with timers.phase(phase):
                return original(*args, **kwargs)

        setattr(module, name, timed)
        stack.callback(setattr, module, name, original)

    wrap(builder, "read_bytes", "read")
    wrap(builder, "content_hash", "read")
    wrap(builder, "_parse", "parse")
    wrap(builder, "write_rows" if hasattr(builder, "write_rows") else "write_article", "write")

    original_extract_all = builder.extract_all

    def timed_extract_all(*args, **kwargs):
        results = original_extract_all(*args, **kwargs)
        while True:
            with timers.phase("extract"):
                try:
                    item = next(results)
                except StopIteration:
                    return
            yield item

    builder.extract_all = timed_extract_all
    stack.callback(setattr, builder, "extract_all", original_extract_all)

    class TimedConnection(sqlite3.Connection):
        def execute(self, sql, *args):  # type: ignore[override]
            phase = _sql_phase(sql)
            if phase is None:
                return super().execute(sql, *args)
            with timers.phase(phase):
                return super().execute(sql, *args)

    original_connect = sqlite3.connect

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", TimedConnection)
        return original_connect(*args, **kwargs)

    sqlite3.connect = connect
    stack.callback(setattr, sqlite3, "connect", original_connect)
    return stack


def _cpu_seconds() -> tuple[float, float]:
    """CPU time of this process (the writer) and of its finished children (the parsing and
    extraction workers): on a shared machine, CPU seconds are steadier than wall seconds."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def article_files(folder: str | Path) -> list[Path]:
    return sorted(
        p for p in Path(folder).rglob("*") if p.suffix in (".txt", ".csv", ".md", ".jsonl")
    )


def _fresh_build(articles: str, db_path: Path, workers: int) -> dict:
    """One instrumented fresh build: its report, phases and CPU seconds."""
    from facts import build

    if db_path.exists():
        db_path.unlink()
    timers = _Timers()
    writer_before, workers_before = _cpu_seconds()
    with _instrument(timers):
        report = build([articles], db_path, workers=workers)
    writer_after, workers_after = _cpu_seconds()
    if report.failed:
        raise SystemExit(f"fresh build reported {len(report.failed)} failures: {report.failed[:3]}")
    accounted = sum(timers.seconds.values())
    return {
        "report": report,
        "phases": dict(timers.seconds, other=max(0.0, report.seconds - accounted)),
        "writer_cpu": writer_after - writer_before,
        "workers_cpu": workers_after - workers_before,
    }


def median_round(rounds: list[dict], key: str) -> dict:
    """The round whose ``key`` is the median (the lower middle one of an even count).

    Why the median and not the fastest: the fastest of three measured a quiet moment at the
    small sizes while the single ×100 build measured whatever hour it fell in, so the sizes
    were not measured alike; a median keeps one disturbed or lucky round out of every size's
    figure without picking the best one, and with one round it is that round.
    """
    ordered = sorted(rounds, key=lambda r: r[key])
    return ordered[(len(ordered) - 1) // 2]


def _median(values: list[float]) -> float:
    return percentile(values, 50)


def run_builds(
    articles: str, db: str, workers: int, changed_fraction: float, rounds: int = 1
) -> dict:
    """Fresh and unchanged builds ``rounds`` times each, every round's wall and CPU seconds
    kept and the median reported, then one build after edits."""
    from facts import build

    db_path = Path(db)
    files = article_files(articles)
    tries = [_fresh_build(articles, db_path, workers) for _ in range(max(1, rounds))]
    fresh_rounds = [
        {
            "s": t["report"].seconds,
            "writer_cpu_s": t["writer_cpu"],
            "workers_cpu_s": t["workers_cpu"],
            "cpu_s": t["writer_cpu"] + t["workers_cpu"],
            "phases_s": t["phases"],
        }
        for t in tries
    ]
    fresh = tries[0]["report"]  # every round builds the same files: same counts
    fresh_s = _median([r["s"] for r in fresh_rounds])
    unchanged = [build([articles], db_path, workers=workers) for _ in range(max(1, rounds))]
    unchanged_s = _median([r.seconds for r in unchanged])
    touched = touch_fraction(files, changed_fraction)
    changed = build([articles], db_path, workers=workers)
    return {
        "files": len(files),
        "workers": workers,
        "articles": fresh.articles,
        "sentences": fresh.sentences,
        "facts": fresh.facts,
        "entities": fresh.entities,
        "db_bytes": db_path.stat().st_size,
        "rounds": len(tries),
        "fresh_rounds": fresh_rounds,
        "fresh_rounds_s": [r["s"] for r in fresh_rounds],
        "fresh_s": fresh_s,
        "fresh_articles_per_s": fresh.articles / fresh_s,
        "fresh_phases_s": median_round(fresh_rounds, "s")["phases_s"],
        "fresh_cpu_s": _median([r["cpu_s"] for r in fresh_rounds]),
        "fresh_writer_cpu_s": _median([r["writer_cpu_s"] for r in fresh_rounds]),
        "fresh_workers_cpu_s": _median([r["workers_cpu_s"] for r in fresh_rounds]),
        "unchanged_rounds_s": [r.seconds for r in unchanged],
        "unchanged_s": unchanged_s,
        "unchanged_articles_per_s": fresh.articles / unchanged_s,
        "unchanged_changed_db": any(r.changed for r in unchanged),
        "changed_files": len(touched),
        "changed_s": changed.seconds,
        "changed_updated": changed.updated,
        "peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", required=True, help="folder of generated articles")
    parser.add_argument("--db", required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--changed", type=float, default=0.01, help="fraction of files to edit")
    parser.add_argument(
        "--rounds", type=int, default=1, help="fresh and unchanged builds; the median counts"
    )
    args = parser.parse_args()
    emit(run_builds(args.articles, args.db, args.workers, args.changed, args.rounds))


if __name__ == "__main__":
    main()
