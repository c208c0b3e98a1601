"""``python -m bench``: generate the corpus at each size, build it, answer from it, run the peers.

Every measurement runs in a fresh worker process (``bench.build``, ``bench.serve``,
``bench.peers``), one at a time, so start-up, memory and CPU are each worker's own and nothing
competes with it but the rest of the machine. Results go to ``bench/out/`` (JSON, markdown,
plot) after every size, so a long ×100 run leaves usable partial results if stopped.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import platform
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.config import load_config
from bot.errors import ConfigError
from bot.signals import raised_on

from . import report
from .corpus import generate, read_records
from .peers import PEERS, available
from .questions import DEFAULT_QUESTIONS, load_questions
from .stats import median_of_passes, parse_result

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "wikinews"
DEFAULT_OUT = ROOT / "bench" / "out"
RANK_BM25_MAX = 200_000  # sentences; past this its index and per-query scan grow impractical
# peers timed in every pass (--passes), as factdesk is: the targets' own (issue 5); rank_bm25 and
# rapidfuzz scan every sentence per question (seconds at x100) and are 10-450x off: one pass
PASSED_PEERS = ("fts5", "bm25s")
# builds this small are repeated (--build-rounds) and their median counts; a ×100 fresh build
# takes minutes on the shared machine, so it runs once (its round count is in the report)
ROUNDS_MAX_ARTICLES = 5_000
RESULTS_START = "<!-- bench:results:start -->"
RESULTS_END = "<!-- bench:results:end -->"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def worker(module: str, *args: str) -> dict[str, Any]:
    """Run ``python -m bench.<module> args`` in a fresh process and return its result."""
    env = dict(os.environ, BENCH_T0=repr(time.time()))
    done = subprocess.run(
        [sys.executable, "-m", f"bench.{module}", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench.{module} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return parse_result(done.stdout)


def machine() -> str:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{platform.system()} {platform.machine()}, {model}"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "–"


def commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "unknown"
    return head or "unknown"


def run_size(
    size: int, records: list, args: argparse.Namespace, workdir: Path, previous: list[dict]
) -> dict[str, Any]:
    folder = workdir / f"x{size}"
    if folder.exists():
        shutil.rmtree(folder)
    articles, db = folder / "articles", folder / "factdesk.db"
    result: dict[str, Any] = {"size": size, "load_before": load()}

    log(f"×{size}: generating {size * len(records):,} articles ({args.format})")
    started = time.perf_counter()
    generate(records, articles, size, fmt=args.format)
    result["generate_s"] = time.perf_counter() - started

    log(f"×{size}: building (fresh, unchanged, {args.changed:.0%} changed)")
    rounds = args.build_rounds if size * len(records) <= ROUNDS_MAX_ARTICLES else 1
    result["build"] = worker(
        "build",
        "--articles",
        str(articles),
        "--db",
        str(db),
        "--workers",
        str(args.workers),
        "--changed",
        str(args.changed),
        "--rounds",
        str(rounds),
    )
    b = result["build"]
    log(
        f"×{size}: {b['articles']:,} articles, {b['sentences']:,} sentences, fresh "
        f"{b['fresh_s']:.1f} s ({b['fresh_articles_per_s']:.0f}/s, median of {b['rounds']}), "
        "unchanged "
        f"{b['unchanged_s']:.2f} s, 1% changed {b['changed_s']:.1f} s"
    )

    _settle()
    common = ["--db", str(db), "--questions", str(args.questions)]
    serve = ["serve", *common, "--config", str(args.config)]
    starts = [
        worker(*serve, "--startup-only") for _ in range(max(0, args.startup_rounds - args.passes))
    ]
    peers: dict[str, list[dict[str, Any]]] = {}
    result["peers"] = {}
    for peer in args.peers:
        why = available(peer)
        if why is None and peer == "rank_bm25" and b["sentences"] > args.rank_bm25_max:
            why = _rank_bm25_reason(b["sentences"], args.rank_bm25_max, previous)
        if why is not None:
            result["peers"][peer] = {"skipped": why}
            log(f"×{size}: {peer} not run: {why}")
        else:
            peers[peer] = []
    # the passes interleaved, factdesk then each peer, so a slow spell of the shared machine
    # falls on all of them alike (stats.median_of_passes)
    passes: list[dict[str, Any]] = []
    for n in range(args.passes):
        log(f"×{size}: answering with factdesk (pass {n + 1} of {args.passes})")
        passes.append(worker(*serve, "--repeat", str(args.repeat)))
        for peer, runs in peers.items():
            if n and peer not in PASSED_PEERS:
                continue
            log(f"×{size}: peer {peer} (pass {n + 1})")
            runs.append(worker("peers", "--peer", peer, *common, "--repeat", str(args.peer_repeat)))
    result["factdesk"] = median_of_passes(passes)
    starts.extend(passes)
    fastest = min(starts, key=lambda r: r["startup_s"])
    result["factdesk"]["startup_runs_s"] = [r["startup_s"] for r in starts]
    result["factdesk"]["startup_s"] = fastest["startup_s"]
    result["factdesk"]["startup_parts_s"] = fastest["startup_parts_s"]
    lat = result["factdesk"]["latency"]
    log(f"×{size}: factdesk p50 {lat['p50_ms']:.2f} ms, p99 {lat['p99_ms']:.2f} ms")
    for peer, runs in peers.items():
        result["peers"][peer] = median_of_passes(runs)
        lat = result["peers"][peer]["latency"]
        log(f"×{size}: {peer} p50 {lat['p50_ms']:.2f} ms")
    result["load_after"] = load()
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return result


def _compile_bytecode() -> None:
    """Compile factdesk's modules to bytecode before anything is timed, as installing a package
    does (pip compiles what it installs). In a checkout run with PYTHONDONTWRITEBYTECODE, as this
    machine's shell sets it, no bytecode is ever written, and every fresh process parsed and
    compiled the 57 modules of bot/, facts/ and bench/ it imports again: 1.0 G of the serving
    process's 3.3 G instructions to its first answer (callgrind, x1, twenty-fifth session), a
    cost no installed bot pays on each start. compileall writes the bytecode whatever that
    setting says."""
    started = time.perf_counter()
    for package in ("bot", "facts", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)
    log(f"compiled the modules' bytecode ({time.perf_counter() - started:.1f} s)")


def _settle() -> None:
    """Flush the builds' writes to disk before timing answers. The last build (1% changed)
    rewrites the whole database through a temporary copy: at x100 that is 1.5 GB of dirty pages,
    and writing them back while questions were timed cost the first-sight p50 about 1 ms in one
    measurement (5.2 -> 6.1 ms), which a bot that has been serving for a while never pays."""
    if hasattr(os, "sync"):
        started = time.perf_counter()
        os.sync()
        log(f"flushed the builds' writes to disk ({time.perf_counter() - started:.1f} s)")


def _rank_bm25_reason(sentences: int, limit: int, previous: list[dict]) -> str:
    why = f"{sentences:,} sentences > --rank-bm25-max {limit:,}"
    ran = [p for p in previous if "latency" in p.get("peers", {}).get("rank_bm25", {})]
    if ran:
        last = ran[-1]
        peer, n = last["peers"]["rank_bm25"], last["build"]["sentences"]
        scale = sentences / n
        why += (
            f"; at {n:,} sentences it took {peer['index_s']:.0f} s to index, "
            f"{peer['peak_rss_mb']:.0f} MB and {peer['latency']['p50_ms']:.0f} ms per question, "
            f"all linear in the corpus: about {peer['index_s'] * scale:.0f} s, "
            f"{peer['peak_rss_mb'] * scale / 1024:.1f} GB and "
            f"{peer['latency']['p50_ms'] * scale / 1000:.1f} s per question here"
        )
    return why


def publish(run: dict[str, Any], out: Path) -> None:
    """Copy the plot to docs/ and put the tables into docs/benchmarks.md and README.md, between
    the markers in each, so the README always shows the latest run."""
    png = out / "latency.png"
    if png.exists():
        shutil.copyfile(png, ROOT / "docs" / "bench-latency.png")
    tables = report.markdown(run)
    for page in (ROOT / "docs" / "benchmarks.md", ROOT / "README.md"):
        _replace_marked(page, tables)


def _replace_marked(page: Path, body: str) -> None:
    text = page.read_text(encoding="utf-8")
    if RESULTS_START not in text or RESULTS_END not in text:
        raise SystemExit(f"{page} lacks the {RESULTS_START} / {RESULTS_END} markers")
    head, rest = text.split(RESULTS_START, 1)
    _, tail = rest.split(RESULTS_END, 1)
    page.write_text(f"{head}{RESULTS_START}\n{body}{RESULTS_END}{tail}", encoding="utf-8")


def _at_least(low: int) -> Any:
    """An argparse type for a whole number of at least ``low``: `--sizes 0` and `--repeat 0`
    ran and reported "then -1 more rounds", `--workers 0` "0 workers"."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"expected {low} or more, got {value}")
        return value

    return parse


def _fraction(text: str) -> float:
    """An argparse type for a share of the files, 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {text}")
    return value


def _sizes(text: str) -> list[int]:
    """`--sizes 1,10,100`: `--sizes abc` was a ValueError traceback, `--sizes 0` one after
    generating an empty corpus, and `--sizes ,` a run measuring nothing. Run smallest first,
    each once: the report judges the targets at the last size and the growth against the
    first (`--sizes 100,10,1` judged "p50 ≤ 5 ms" at ×1 and "p50 ×1 ≤ 3× p50 ×100"), and
    rank_bm25's skip note scales from the size before; `--sizes 1,1` measured ×1 twice."""
    sizes = [_at_least(1)(part.strip()) for part in text.split(",") if part.strip()]
    if not sizes:
        raise argparse.ArgumentTypeError("expected copies of the source, e.g. 1,10,100")
    return sorted(set(sizes))


def make_parser() -> argparse.ArgumentParser:
    """The command line, every option with a help line saying what it is and its default."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--sizes", type=_sizes, default="1,10,100", help="copies of the source, e.g. 1,10,100"
    )
    parser.add_argument(
        "--source",
        nargs="+",
        default=[str(DEFAULT_SOURCE)],
        help="articles to scale: CSV feeds, .txt or .md articles, or folders (default: the "
        "Wikinews corpus in shared/corpus/wikinews beside the checkout)",
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=DEFAULT_QUESTIONS,
        help="the questions timed and scored (default: bench/questions.yaml)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=ROOT / "config.yaml",
        help="settings to build and answer with (default: the checkout's config.yaml)",
    )
    parser.add_argument(
        "--format",
        choices=("txt", "csv"),
        default="txt",
        help="one .txt file per article (default) or one CSV feed per copy",
    )
    parser.add_argument(
        "--workers", type=_at_least(1), default=2, help="build worker processes (default: 2)"
    )
    parser.add_argument(
        "--changed",
        type=_fraction,
        default=0.01,
        help="fraction of files edited for the changed rebuild (default: 0.01)",
    )
    parser.add_argument(
        "--build-rounds",
        type=_at_least(1),
        default=3,
        help=f"fresh and unchanged builds of up to {ROUNDS_MAX_ARTICLES:,} articles (larger ones "
        "run once); the median of the rounds counts",
    )
    parser.add_argument(
        "--startup-rounds",
        type=_at_least(1),
        default=3,
        help="fresh processes timed to their first answer, the fastest counts",
    )
    parser.add_argument(
        "--passes",
        type=_at_least(1),
        default=3,
        help="fresh processes that each time every question on first sight, for factdesk and "
        f"the {' and '.join(PASSED_PEERS)} peers; each latency figure is the median of the "
        "passes'",
    )
    parser.add_argument("--repeat", type=_at_least(1), default=5, help="timed rounds for factdesk")
    parser.add_argument(
        "--peer-repeat", type=_at_least(1), default=3, help="timed rounds for peers"
    )
    parser.add_argument(
        "--peers",
        default=",".join(PEERS),
        help=f"comma-separated subset of {','.join(PEERS)}, or 'none'",
    )
    parser.add_argument(
        "--rank-bm25-max",
        type=_at_least(0),
        default=RANK_BM25_MAX,
        help=f"sentences past which rank_bm25 is not run (default: {RANK_BM25_MAX:,})",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where corpora and databases go (default: a temporary folder)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="where results go: JSON, markdown, plot (default: bench/out)",
    )
    parser.add_argument("--keep", action="store_true", help="keep corpora and databases")
    parser.add_argument(
        "--publish",
        action="store_true",
        help="update docs/benchmarks.md and docs/bench-latency.png",
    )
    parser.add_argument(
        "--republish",
        action="store_true",
        help="publish the last results in --out again (e.g. after editing the report) and stop",
    )
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = make_parser()
    args = parser.parse_args(argv)
    args.peers = [] if args.peers == "none" else [p for p in args.peers.split(",") if p]
    unknown = set(args.peers) - set(PEERS)
    if unknown:
        parser.error(f"unknown peer(s): {', '.join(sorted(unknown))}")
    # checked before a corpus is generated and built: a missing file was a traceback, the
    # config's only after the build, from the first answering worker
    if not args.republish:
        for option, path in (("--questions", args.questions), ("--config", args.config)):
            if not path.is_file():
                parser.error(f"{option}: no such file: {path}")
    # a file there was a traceback once the first size had been measured
    for option, folder in (("--out", args.out), ("--workdir", args.workdir)):
        if folder is not None and folder.exists() and not folder.is_dir():
            parser.error(f"{option}: not a folder: {folder}")
        if folder is not None and not args.republish:
            problem = _cannot_make(folder)
            if problem:
                parser.error(f"{option}: cannot make {folder} ({problem})")
    return args


def gold_note(records: list[Any], questions: list[Any], path: Path) -> str | None:
    """A note for questions none of whose gold text the source articles hold: the default
    questions are about the Wikinews corpus, and `--source OTHER` without `--questions` reported
    top-1 and answered-right 0% of the other articles, as if factdesk had answered them all
    wrong, without a word why (`factdesk eval` says so of a database without the gold text)."""
    golds = [" ".join(g.split()) for q in questions for g in q.gold]
    if not golds:
        return None
    texts = [" ".join(r.text.split()) for r in records]
    if any(gold in text for text in texts for gold in golds):
        return None
    return (
        f"note: no source article holds any gold text of {path}: its top-1 and answered-right "
        "columns will not be about these articles (pass --questions with questions about them)"
    )


def _cannot_make(folder: Path) -> str | None:
    """Why ``folder`` could not be made or written in ("PARENT: reason", of its nearest
    existing parent), or None. Found only when it was first used, a folder in /proc, under a
    file or on a read-only disk was a traceback: for --out, after the first size had been
    measured. The probe is a folder made and removed in that parent: nothing is left if the
    run stops before its first result."""
    parent = folder
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        return f"{parent}: not a folder"
    try:
        with tempfile.TemporaryDirectory(prefix=".factdesk-bench-probe-", dir=parent):
            pass
    except OSError as exc:
        return f"{parent}: {exc.strerror or type(exc).__name__}"
    return None


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = parse_args(argv)
    if args.republish:
        results = args.out / "results.json"
        if not results.is_file():
            raise SystemExit(f"{results}: no results to publish again (run python -m bench first)")
        run = _saved_run(results)
        report.plot(run, args.out / "latency.png")
        publish(run, args.out)
        return run
    try:
        records = read_records(args.source)
    except ValueError as exc:
        raise SystemExit(f"--source: {exc}") from None
    if not records:
        # the default, the Wikinews corpus beside the checkout, is not part of the repository
        raise SystemExit(
            f"no articles found in {' '.join(args.source)}: pass --source with folders or CSV "
            "feeds of articles (e.g. --source seeds)"
        )
    try:
        load_config(args.config)
        questions = load_questions(args.questions)
    except (ConfigError, ValueError) as exc:
        raise SystemExit(str(exc)) from None
    if note := gold_note(records, questions, args.questions):
        log(note)
    kinds = {k: sum(q.kind == k for q in questions) for k in ("answerable", "typo", "unanswerable")}
    run: dict[str, Any] = {
        "meta": {
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
            "machine": machine(),
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "commit": commit(),
            "source_articles": len(records),
            "questions": len(questions),
            "question_kinds": ", ".join(f"{n} {k}" for k, n in kinds.items()),
            "repeat": args.repeat,
            "peer_repeat": args.peer_repeat,
            "passes": args.passes,
            "workers": args.workers,
            "format": args.format,
            "load_before": load(),
        },
        "sizes": [],
    }
    temp = None
    workdir = args.workdir
    if workdir is None and args.keep:
        # `--keep` alone kept nothing: the temporary folder went at the end all the same
        workdir = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
        log(f"corpora and databases are kept in {workdir}")
    elif workdir is None:
        temp = tempfile.TemporaryDirectory(prefix="factdesk-bench-")
        workdir = Path(temp.name)
    size = args.sizes[0]
    _compile_bytecode()
    try:
        with _stopped_by_sigterm():
            for size in args.sizes:
                run["sizes"].append(run_size(size, records, args, workdir, run["sizes"]))
                run["meta"]["load_after"] = load()
                _write_outputs(run, args.out)
    except (KeyboardInterrupt, Stopped) as exc:
        if not args.keep:
            shutil.rmtree(workdir / f"x{size}", ignore_errors=True)
        log(_interrupted(size, run["sizes"], args.out))
        raise SystemExit(128 + getattr(exc, "signum", signal.SIGINT)) from None
    finally:
        if temp is not None:
            temp.cleanup()
    if args.publish:
        publish(run, args.out)
    print(report.markdown(run))
    return run


class Stopped(Exception):
    """SIGTERM (`kill`, a service manager, `timeout`) during a run."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"signal {signum}")
        self.signum = signum


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """Turn SIGTERM into :class:`Stopped` while sizes run. Python's default ended the run on
    the spot, leaving the temporary folder with its corpora and databases (2 GB at ×100) in
    /tmp for good; raised instead, the run cleans up as it does after Ctrl-C."""
    with raised_on([signal.SIGTERM], Stopped):
        yield


def _interrupted(size: int, done: list[dict[str, Any]], out: Path) -> str:
    """What an interrupted run says, in one line (it was a KeyboardInterrupt traceback)."""
    if not done:
        return f"interrupted during ×{size}: nothing measured, nothing written"
    sizes = ", ".join(f"×{d['size']}" for d in done)
    return f"interrupted during ×{size}: the results of {sizes} are in {out}"


def _saved_run(results: Path) -> dict[str, Any]:
    """The run in ``results.json``, checked before it is published: a file cut short or of
    another kind was a JSONDecodeError or KeyError traceback, and a run of no size would
    have replaced the README's and docs/benchmarks.md's tables with empty ones."""
    try:
        run = json.loads(results.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SystemExit(f"{results}: not results of python -m bench ({exc})") from None
    if not isinstance(run, dict) or not isinstance(run.get("meta"), dict) or not run.get("sizes"):
        raise SystemExit(f"{results}: not results of python -m bench (no measured size in it)")
    return run


def _write_outputs(run: dict[str, Any], out: Path) -> None:
    """Each file replaced whole (written beside, then renamed): stopped in the middle of a
    write, a run left results.json cut short, losing the sizes it had measured before."""
    out.mkdir(parents=True, exist_ok=True)
    _replace(out / "results.json", json.dumps(run, indent=1, ensure_ascii=False) + "\n")
    _replace(out / "results.md", report.markdown(run))
    report.plot(run, out / "latency.png")


def _replace(path: Path, text: str) -> None:
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
