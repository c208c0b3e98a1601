"""Turn a benchmark run into a markdown report, a JSON file and a latency plot.

The JSON holds everything the workers measured (per-question answers included); the markdown is
the part people read: one table per concern, peers as ratios to factdesk, and each target of
issue 5 marked met or missed with its measured number.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

Run = dict[str, Any]

# Targets of issue 5, on the 2-core machine.
P50_MAX_MS = 5.0
P99_MAX_MS = 25.0
P50_GROWTH_MAX = 3.0
FTS5_RATIO_MAX = 2.0
FRESH_MIN_PER_S = 200.0
UNCHANGED_MIN_PER_S = 5000.0
RSS_MAX_MB = 200.0
STARTUP_MAX_S = 1.0


def _f(value: float | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:,.{digits}f}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.0f}%"


def _mb(n: int | float) -> str:
    return _f(n / 1e6, 0)


def _sizes(run: Run) -> list[dict[str, Any]]:
    return sorted(run["sizes"], key=lambda s: s["size"])


def _passes(meta: dict[str, Any]) -> str:
    """How many fresh processes each latency figure is the median of (a run from before
    ``--passes`` had one)."""
    n = meta.get("passes", 1)
    if n == 1:
        return "one process per engine"
    return (
        f"factdesk, fts5 and bm25s each in {n} fresh processes (passes), interleaved, every "
        "latency figure the median of the passes'; CPU p50: this process's CPU time per question"
    )


def _cpu_p50(result: dict[str, Any]) -> str:
    """An engine's CPU time per question, p50 (– for a run from before it was measured)."""
    return _f((result.get("cpu_latency") or {}).get("p50_ms"), 2)


def markdown(run: Run) -> str:
    meta = run["meta"]
    lines = [
        f"Run of {meta['date']} on {meta['machine']} ({meta['cores']} cores, Python "
        f"{meta['python']}, SQLite {meta['sqlite']}), load average before/after "
        f"{meta.get('load_before', '–')} / {meta.get('load_after', '–')}; "
        f"{meta['questions']} questions ({meta['question_kinds']}), "
        "each timed on first sight in a warmed-up process (p50/p95/p99), then "
        f"{meta['repeat'] - 1} more rounds (repeat p50, helped by caches); {_passes(meta)}. "
        "Start-up: the fastest of several fresh processes; builds: the median of each size's "
        "rounds (rounds column).",
        "",
        "**Answering** (one question at a time, milliseconds):",
        "",
        "| size | articles | sentences | DB MB | p50 | p95 | p99 | p50 of each pass | CPU p50 "
        "| repeat p50 | start-up s | peak RSS MB | top-1 | answered right | abstained right |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in _sizes(run):
        b, a = s.get("build", {}), s.get("factdesk")
        if not a:
            continue
        lat = a["latency"]
        lines.append(
            f"| ×{s['size']} | {b.get('articles', 0):,} | {b.get('sentences', 0):,} "
            f"| {_mb(b.get('db_bytes', 0))} | {_f(lat['p50_ms'], 2)} | {_f(lat['p95_ms'], 2)} "
            f"| {_f(lat['p99_ms'], 2)} "
            f"| {' / '.join(_f(p, 2) for p in a.get('passes_p50_ms', ())) or '–'} "
            f"| {_cpu_p50(a)} "
            f"| {_f((a.get('latency_repeat') or {}).get('p50_ms'), 2)} "
            f"| {_f(a['startup_s'], 2)} | {_f(a['peak_rss_mb'], 0)} "
            f"| {_pct(a['top1_accuracy'])} | {_pct(a['answer_accuracy'])} "
            f"| {_pct(a['abstain_accuracy'])} |"
        )
    lines += [
        "",
        "**Peers** on the same sentences and questions (p50 ratio = peer p50 / factdesk p50; "
        "below 1 the peer is faster):",
        "",
        "| size | engine | p50 ms | p95 ms | p99 ms | CPU p50 ms | p50 ratio | top-1 | index s "
        "| peak RSS MB |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    notes: list[str] = []
    for s in _sizes(run):
        ours = s.get("factdesk")
        if ours:
            lat = ours["latency"]
            lines.append(
                f"| ×{s['size']} | **factdesk** | {_f(lat['p50_ms'], 2)} | {_f(lat['p95_ms'], 2)} "
                f"| {_f(lat['p99_ms'], 2)} | {_cpu_p50(ours)} | 1.00 "
                f"| {_pct(ours['top1_accuracy'])} | – | {_f(ours['peak_rss_mb'], 0)} |"
            )
        for name, peer in s.get("peers", {}).items():
            if "skipped" in peer:
                notes.append(f"{name} at ×{s['size']} not run: {peer['skipped']}.")
                lines.append(f"| ×{s['size']} | {name} | not run¹ | – | – | – | – | – | – | – |")
                continue
            lat = peer["latency"]
            ratio = lat["p50_ms"] / ours["latency"]["p50_ms"] if ours else None
            lines.append(
                f"| ×{s['size']} | {name} | {_f(lat['p50_ms'], 2)} | {_f(lat['p95_ms'], 2)} "
                f"| {_f(lat['p99_ms'], 2)} | {_cpu_p50(peer)} | {_f(ratio, 2)} "
                f"| {_pct(peer['top1_accuracy'])} "
                f"| {_f(peer['index_s'], 1)} | {_f(peer['peak_rss_mb'], 0)} |"
            )
    if notes:
        lines += ["", *(f"¹ {note}" for note in notes)]
    lines += [
        "",
        f"**Building** ({run['meta']['workers']} workers; CPU-bound articles/s = articles / "
        "(CPU seconds of the build and its workers / cores), what the build would do with every "
        "core to itself; extraction share = CPU seconds of the worker processes, which parse and "
        "extract (parsing is about a tenth of it), / all CPU seconds of the build; writer CPU = "
        "CPU of the process that writes the database, per article; every fresh and unchanged "
        "figure is the median of the size's rounds, each round's wall seconds listed):",
        "",
        "| size | files | rounds | fresh s | fresh s of each round | fresh articles/s "
        "| fresh CPU s | writer CPU ms/article | CPU-bound articles/s | extraction share "
        "| unchanged rebuild s | unchanged articles/s | 1% changed: files | 1% changed s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in _sizes(run):
        b = s.get("build")
        if not b:
            continue
        cpu = b.get("fresh_cpu_s")
        workers_cpu = b.get("fresh_workers_cpu_s")
        share = workers_cpu / cpu if cpu and workers_cpu is not None else None
        ideal = b["articles"] * run["meta"]["cores"] / cpu if cpu else None
        writer = b.get("fresh_writer_cpu_s")
        writer_ms = 1000 * writer / b["articles"] if writer is not None else None
        each = " / ".join(_f(x, 1) for x in b.get("fresh_rounds_s", ())) or "–"
        lines.append(
            f"| ×{s['size']} | {b['files']:,} | {b.get('rounds', '–')} | {_f(b['fresh_s'], 1)} "
            f"| {each} | {_f(b['fresh_articles_per_s'], 0)} | {_f(cpu, 0)} "
            f"| {_f(writer_ms, 2)} | {_f(ideal, 0)} "
            f"| {_pct(share)} | {_f(b['unchanged_s'], 2)} "
            f"| {_f(b['unchanged_articles_per_s'], 0)} | {b['changed_files']:,} "
            f"| {_f(b['changed_s'], 1)} |"
        )
    lines += ["", "**Targets**:", "", "| target | measured | met |", "|---|---|:---:|"]
    for name, measured, met in targets(run):
        lines.append(f"| {name} | {measured} | {'yes' if met else '**no**'} |")
    return "\n".join(lines) + "\n"


def targets(run: Run) -> list[tuple[str, str, bool]]:
    """Each target of issue 5 that this run can judge: (target, measured, met)."""
    sizes = [s for s in _sizes(run) if s.get("factdesk")]
    out: list[tuple[str, str, bool]] = []
    if sizes:
        top, low = sizes[-1], sizes[0]
        lat = top["factdesk"]["latency"]
        out.append(
            (
                f"p50 ≤ {P50_MAX_MS:g} ms at ×{top['size']}",
                f"{lat['p50_ms']:.2f} ms",
                lat["p50_ms"] <= P50_MAX_MS,
            )
        )
        out.append(
            (
                f"p99 ≤ {P99_MAX_MS:g} ms at ×{top['size']}",
                f"{lat['p99_ms']:.2f} ms",
                lat["p99_ms"] <= P99_MAX_MS,
            )
        )
        if top is not low:
            growth = lat["p50_ms"] / low["factdesk"]["latency"]["p50_ms"]
            out.append(
                (
                    f"p50 ×{top['size']} ≤ {P50_GROWTH_MAX:g}× p50 ×{low['size']}",
                    f"{growth:.2f}×",
                    growth <= P50_GROWTH_MAX,
                )
            )
        for s in sizes:
            fts = s.get("peers", {}).get("fts5")
            if fts and "latency" in fts:
                ratio = s["factdesk"]["latency"]["p50_ms"] / fts["latency"]["p50_ms"]
                out.append(
                    (
                        f"p50 within {FTS5_RATIO_MAX:g}× raw FTS5 at ×{s['size']}",
                        f"{ratio:.1f}×",
                        ratio <= FTS5_RATIO_MAX,
                    )
                )
        bm = top.get("peers", {}).get("bm25s")
        if bm and "latency" in bm:
            ours, theirs = lat["p50_ms"], bm["latency"]["p50_ms"]
            out.append(
                (
                    f"faster than bm25s at ×{top['size']} (p50)",
                    f"{ours:.2f} vs {theirs:.2f} ms",
                    ours < theirs,
                )
            )
        rss = top["factdesk"]["peak_rss_mb"]
        out.append(
            (
                f"serving RSS < {RSS_MAX_MB:g} MB at ×{top['size']}",
                f"{rss:.0f} MB",
                rss < RSS_MAX_MB,
            )
        )
        slowest = max(sizes, key=lambda s: s["factdesk"]["startup_s"])
        start = slowest["factdesk"]["startup_s"]
        out.append(
            (
                f"first answer ≤ {STARTUP_MAX_S:g} s after start (every size)",
                f"{start:.2f} s (worst, ×{slowest['size']})",
                start <= STARTUP_MAX_S,
            )
        )
    builds = [s for s in _sizes(run) if s.get("build")]
    if builds:
        worst = min(builds, key=lambda s: s["build"]["fresh_articles_per_s"])
        rate = worst["build"]["fresh_articles_per_s"]
        out.append(
            (
                f"fresh build ≥ {FRESH_MIN_PER_S:g} articles/s",
                f"{rate:.0f}/s (worst, ×{worst['size']})",
                rate >= FRESH_MIN_PER_S,
            )
        )
        worst = min(builds, key=lambda s: s["build"]["unchanged_articles_per_s"])
        rate = worst["build"]["unchanged_articles_per_s"]
        out.append(
            (
                f"unchanged rebuild ≥ {UNCHANGED_MIN_PER_S:,.0f} articles/s",
                f"{rate:,.0f}/s (worst, ×{worst['size']})",
                rate >= UNCHANGED_MIN_PER_S,
            )
        )
    return out


def plot(run: Run, path: Path) -> bool:
    """Answer latency (p50, with p95 as a thin line) against corpus size; False without
    matplotlib (it is in the ``bench`` extra only)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    series: dict[str, list[tuple[int, float, float]]] = {}
    for s in _sizes(run):
        sentences = s.get("build", {}).get("sentences") or s["size"]
        engines = {"factdesk": s.get("factdesk")} | s.get("peers", {})
        for name, result in engines.items():
            if result and "latency" in result:
                lat = result["latency"]
                series.setdefault(name, []).append((sentences, lat["p50_ms"], lat["p95_ms"]))
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=110)
    for name, points in series.items():
        xs, p50, p95 = zip(*points, strict=True)
        style = {"linewidth": 2.5, "color": "black"} if name == "factdesk" else {}
        (line,) = ax.plot(xs, p50, marker="o", label=f"{name} p50", **style)
        ax.plot(xs, p95, linestyle=":", color=line.get_color(), linewidth=1)
    ax.axhline(P50_MAX_MS, color="grey", linestyle="--", linewidth=1)
    ax.annotate(f"target: p50 ≤ {P50_MAX_MS:g} ms at ×100", (0.99, P50_MAX_MS * 0.93),
                xycoords=("axes fraction", "data"), fontsize=7, color="grey",
                ha="right", va="top")  # fmt: skip
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("sentences in the corpus (×1, ×10, ×100 Wikinews)")
    ax.set_ylabel("answer latency, ms (dotted: p95)")
    meta = run["meta"]
    ax.set_title(f"factdesk vs peers — {meta['date']}, {meta['cores']} cores", fontsize=10)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    return True
