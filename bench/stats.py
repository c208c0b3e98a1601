"""Small statistics and process helpers shared by the benchmark workers."""

from __future__ import annotations

import json
import math
import resource
import sys
from collections.abc import Sequence
from pathlib import Path


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0-100) with linear interpolation, as numpy's default does."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def latency_summary(seconds: Sequence[float]) -> dict[str, float]:
    """p50/p95/p99/max/mean in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": percentile(ms, 50),
        "p95_ms": percentile(ms, 95),
        "p99_ms": percentile(ms, 99),
        "max_ms": max(ms) if ms else math.nan,
        "mean_ms": sum(ms) / len(ms) if ms else math.nan,
    }


def peak_rss_mb() -> float:
    """The peak resident set size of this process in MB (VmHWM; ru_maxrss where /proc lacks it)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux kilobytes
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / (1024 * 1024)


def emit(result: dict) -> None:
    """Print a worker's result as the last line of stdout, for the parent to parse."""
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()


def parse_result(stdout: str) -> dict:
    for line in reversed(stdout.splitlines()):
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])
    raise ValueError("the benchmark worker printed no result")


def median_of_passes(passes: Sequence[dict]) -> dict:
    """One engine's result from several fresh-process passes over the same questions: the pass
    whose first-sight p50 is the median (its answers, which every pass shares), with each
    latency statistic the median of the passes' and every pass's p50 kept beside it.

    Why: on the shared 2-core VM one pass's speed moves with the rest of the host (two runs of
    the same code gave ×1 p50s of 4.72 and 3.59 ms, every question 1.2-1.5× slower in the first,
    its repeat rounds a second later not), so a single pass reports the moment as much as the
    code. A median keeps one slow or fast window out without picking the best one.
    """
    if len(passes) == 1:
        return dict(passes[0], passes_p50_ms=[passes[0]["latency"]["p50_ms"]])
    ordered = sorted(passes, key=lambda r: r["latency"]["p50_ms"])
    out = dict(ordered[(len(ordered) - 1) // 2])
    for key in ("latency", "latency_repeat", "cpu_latency"):
        runs = [r[key] for r in passes if r.get(key)]
        if runs:
            out[key] = {stat: _median([r[stat] for r in runs]) for stat in runs[0]}
    out["passes_p50_ms"] = [r["latency"]["p50_ms"] for r in passes]
    if all("peak_rss_mb" in r for r in passes):
        out["peak_rss_mb"] = max(r["peak_rss_mb"] for r in passes)
    return out


def _median(values: Sequence[float]) -> float:
    return percentile(values, 50)
