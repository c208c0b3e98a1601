"""The benchmark harness works end to end: a tiny corpus, every stage, every output.

No timing is asserted here: speed targets live in the benchmark report, not in tests. Peers whose
libraries are not installed (the ``bench`` extra) are reported as not run, and the plot is
skipped without matplotlib.
"""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import run
from tests.conftest import FIXTURES, ROOT, SEEDS


def test_the_harness_runs_every_stage_on_a_tiny_corpus(tmp_path):
    out = tmp_path / "out"
    result = run.main(
        [
            "--sizes", "1,3",
            "--source", str(SEEDS),
            "--questions", str(FIXTURES / "questions-mini.yaml"),
            "--repeat", "1",
            "--peer-repeat", "1",
            "--build-rounds", "2",
            "--startup-rounds", "2",
            "--passes", "2",
            "--workdir", str(tmp_path / "work"),
            "--out", str(out),
        ]
    )  # fmt: skip

    sizes = {s["size"]: s for s in result["sizes"]}
    assert sizes[1]["build"]["articles"] == 1
    assert sizes[3]["build"]["articles"] == 3
    assert sizes[3]["build"]["sentences"] == 3 * sizes[1]["build"]["sentences"]
    assert not sizes[3]["build"]["unchanged_changed_db"]
    assert sizes[3]["build"]["changed_files"] == 1

    ours = sizes[3]["factdesk"]
    assert ours["latency"]["n"] == 8  # the fixture's eight questions, one round
    assert len(ours["passes_p50_ms"]) == 2  # two fresh processes, their median reported
    assert ours["cpu_latency"]["n"] == 8
    assert ours["startup_s"] == min(ours["startup_runs_s"]) and len(ours["startup_runs_s"]) == 2
    assert ours["peak_rss_mb"] > 0
    build = sizes[3]["build"]
    assert build["rounds"] == 2 and len(build["fresh_rounds"]) == 2  # median of both kept
    assert all(r["workers_cpu_s"] >= 0 and r["writer_cpu_s"] > 0 for r in build["fresh_rounds"])
    assert 0 <= ours["top1_accuracy"] <= 1

    peers = sizes[3]["peers"]
    assert peers["fts5"]["latency"]["n"] == 8
    assert len(peers["fts5"]["passes_p50_ms"]) == 2  # measured as factdesk is
    assert len(peers["rapidfuzz"]["passes_p50_ms"]) == 1  # a linear scan: one pass
    assert 0 <= peers["rapidfuzz"]["top1_accuracy"] <= 1
    for name, module in (("bm25s", "bm25s"), ("rank_bm25", "rank_bm25")):
        installed = importlib.util.find_spec(module) is not None
        assert ("skipped" in peers[name]) is not installed

    saved = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert [s["size"] for s in saved["sizes"]] == [1, 3]
    table = (out / "results.md").read_text(encoding="utf-8")
    assert "**factdesk**" in table and "| target | measured | met |" in table
    has_matplotlib = importlib.util.find_spec("matplotlib") is not None
    assert (out / "latency.png").exists() is has_matplotlib


def test_a_source_with_no_articles_says_how_to_give_one(tmp_path):
    """In a checkout without the Wikinews corpus beside it (a fresh clone), `python -m bench`
    said only "no articles found in …/shared/corpus/wikinews", which the README never named."""
    try:
        run.main(["--source", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "out")])
    except SystemExit as exc:
        assert "pass --source with folders or CSV feeds of articles" in str(exc.code)
    else:
        raise AssertionError("ran with no articles")


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--sizes", "abc"], "--sizes: expected a whole number"),
        (["--sizes", ","], "--sizes: expected copies of the source"),
        (["--sizes", "0"], "--sizes: expected 1 or more"),
        (["--repeat", "0"], "--repeat: expected 1 or more"),
        (["--workers", "0"], "--workers: expected 1 or more"),
        (["--build-rounds", "0"], "--build-rounds: expected 1 or more"),
        (["--changed", "5"], "--changed: expected a number from 0 to 1"),
        (["--questions", "missing.yaml"], "--questions: no such file"),
        (["--config", "missing.yaml"], "--config: no such file"),
        (["--workdir", str(SEEDS / "000_4de870c6ba78c5ba.txt")], "--workdir: not a folder"),
    ],
)
def test_a_bad_option_is_a_one_line_usage_error(tmp_path, capsys, args, problem):
    """`--sizes abc`, a missing --questions or --config file were tracebacks (the config's only
    after a corpus was generated and built, a file as --out or --workdir after the first
    size was measured); `--sizes 0`, `--repeat 0` and `--workers 0` ran
    and reported "then -1 more rounds" or "0 workers"."""
    with pytest.raises(SystemExit) as exc:
        run.main([*args, "--source", str(SEEDS), "--out", str(tmp_path / "out")])
    assert exc.value.code == 2
    assert problem in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("which", ["questions", "config"])
def test_a_file_of_the_wrong_kind_is_a_one_line_error(tmp_path, which):
    """A config given as --questions was "AttributeError: 'str' object has no attribute
    'get'", a question file given as --config a ConfigError traceback after the build."""
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("- just a line\n" if which == "config" else "answer: {top: 5}\n")
    with pytest.raises(SystemExit) as exc:
        run.main([f"--{which}", str(wrong), "--source", str(SEEDS), "--out", str(tmp_path / "o")])
    assert str(wrong) in str(exc.value.code) and "\n" not in str(exc.value.code)
    assert not (tmp_path / "o").exists()


def test_republishing_without_results_says_so(tmp_path):
    """`--republish` before any run was a FileNotFoundError traceback."""
    with pytest.raises(SystemExit) as exc:
        run.main(["--republish", "--out", str(tmp_path)])
    assert "no results to publish again" in str(exc.value.code)


def test_a_file_as_the_output_folder_is_a_usage_error(tmp_path, capsys):
    """`--out results.md` was a FileExistsError traceback after the first size's run."""
    taken = tmp_path / "results.md"
    taken.write_text("notes\n")
    with pytest.raises(SystemExit) as exc:
        run.main(["--out", str(taken), "--source", str(SEEDS)])
    assert exc.value.code == 2 and "--out: not a folder" in capsys.readouterr().err
    assert taken.read_text() == "notes\n"


@pytest.mark.parametrize("option", ["--out", "--workdir"])
def test_a_folder_that_cannot_be_made_is_a_usage_error_before_anything_runs(
    tmp_path, capsys, option
):
    """qa28: `--out /proc/x` (or a folder under a file, or on a read-only disk) was a
    FileNotFoundError traceback once the first size had been generated, built and timed;
    `--workdir` likewise before the first corpus."""
    taken = tmp_path / "notes.txt"
    taken.write_text("notes\n")
    with pytest.raises(SystemExit) as exc:
        run.main([option, str(taken / "results"), "--source", str(SEEDS)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and f"{option}: cannot make" in err and "not a folder" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def _half_measured(size, records, args, workdir, previous):
    """The first size measured (and its folder removed, as without --keep); the second
    stopped by Ctrl-C at its first timing, its corpus and database on disk."""
    if not previous:
        return {"size": size}
    (workdir / f"x{size}" / "articles").mkdir(parents=True)
    (workdir / f"x{size}" / "factdesk.db").write_bytes(b"half built")
    raise KeyboardInterrupt


def test_ctrl_c_mid_run_says_so_in_one_line_and_removes_the_corpus(tmp_path, monkeypatch, capsys):
    """qa28: Ctrl-C during a run was a KeyboardInterrupt traceback, and with --workdir (and no
    --keep) the stopped size's corpus and database stayed there."""
    monkeypatch.setattr(run, "run_size", _half_measured)
    monkeypatch.setattr(run, "_write_outputs", lambda run_, out: None)
    work = tmp_path / "work"
    with pytest.raises(SystemExit) as exc:
        run.main(["--sizes", "1,2", "--source", str(SEEDS), "--workdir", str(work), "--out", "o"])
    assert exc.value.code == 130
    assert "interrupted during ×2: the results of ×1 are in o" in capsys.readouterr().err
    assert sorted(p.name for p in work.iterdir()) == []


STOPPED_BY_SIGTERM = """
import os, signal, sys
from bench import run
def half(size, records, args, workdir, previous):
    (workdir / "x1" / "articles").mkdir(parents=True)
    os.kill(os.getpid(), signal.SIGTERM)
run.run_size = half
run.main(sys.argv[1:])
"""


def test_sigterm_mid_run_removes_the_temporary_folder(tmp_path):
    """qa28: `kill`, `timeout` or a service manager's stop (SIGTERM) ended a run on the spot,
    leaving its temporary folder, corpora and databases (2 GB at ×100), in /tmp for good."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            STOPPED_BY_SIGTERM,
            "--sizes",
            "1",
            "--source",
            str(SEEDS),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=ROOT,
        env=dict(os.environ, TMPDIR=str(temp)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 143, done.stderr
    assert done.stderr.strip().endswith("interrupted during ×1: nothing measured, nothing written")
    assert "Traceback" not in done.stderr
    assert list(temp.iterdir()) == []


def test_keep_without_a_workdir_keeps_the_corpora_and_says_where(tmp_path, monkeypatch, capsys):
    """qa28: `--keep` without `--workdir` kept nothing: the temporary folder was removed at the
    end all the same, and the run never said where it had been."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(run.tempfile, "tempdir", None)  # read TMPDIR again

    def measured(size, records, args, workdir, previous):
        (workdir / f"x{size}").mkdir()
        return {"size": size}

    monkeypatch.setattr(run, "run_size", measured)
    monkeypatch.setattr(run, "_write_outputs", lambda run_, out: None)
    monkeypatch.setattr(run.report, "markdown", lambda run_: "")
    run.main(["--sizes", "1", "--source", str(SEEDS), "--keep", "--out", str(tmp_path / "o")])
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("factdesk-bench-")]
    assert len(kept) == 1 and (kept[0] / "x1").is_dir()
    assert f"kept in {kept[0]}" in capsys.readouterr().err


def test_a_source_file_that_is_not_utf8_is_a_one_line_error(tmp_path):
    """qa28: `--source` naming a .txt file that is not UTF-8 (a Latin-1 export) was a
    UnicodeDecodeError traceback."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 opens\nIt opened on Monday.\n".encode("latin-1"))
    with pytest.raises(SystemExit) as exc:
        run.main(["--source", str(bad), "--out", str(tmp_path / "o")])
    message = str(exc.value.code)
    assert message.startswith(f"--source: {bad}: cannot read it as articles")
    assert "\n" not in message and not (tmp_path / "o").exists()


def test_a_write_stopped_half_way_leaves_the_previous_results_whole(tmp_path, monkeypatch):
    """qa28: results.json was rewritten in place after every size: a write stopped half way
    (a full disk, Ctrl-C at that moment) left it cut short, the sizes measured before lost,
    and `--republish` on it was a JSONDecodeError traceback."""
    out = tmp_path / "out"
    out.mkdir()
    before = {"meta": {"date": "earlier"}, "sizes": [{"size": 1}]}
    (out / "results.json").write_text(json.dumps(before), encoding="utf-8")
    real = Path.write_text

    def half_then_full_disk(self, text, *args, **kwargs):
        real(self, text[: len(text) // 2], *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", half_then_full_disk)
    with pytest.raises(OSError):
        run._write_outputs({"meta": {"date": "now"}, "sizes": [{"size": 1}, {"size": 3}]}, out)
    monkeypatch.undo()
    assert json.loads((out / "results.json").read_text(encoding="utf-8")) == before


@pytest.mark.parametrize("saved", ['{"meta": {', "{}", '{"meta": {}, "sizes": []}'])
def test_republishing_results_cut_short_or_empty_is_one_line(tmp_path, saved):
    """qa28: `--republish` on a results.json cut short was a JSONDecodeError traceback, on one
    of another shape a KeyError; one with no size would have emptied the published tables."""
    (tmp_path / "results.json").write_text(saved, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        run.main(["--republish", "--out", str(tmp_path)])
    assert "not results of python -m bench" in str(exc.value.code)
