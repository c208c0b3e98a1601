"""``factdesk build``, and the build ``ask``, ``chat`` and ``eval`` run when their database is
missing or behind the articles (:func:`ensure_database`)."""

from __future__ import annotations

import contextlib
import functools
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from facts import BuildReport, build
from facts.articles import SUPPORTED_SUFFIXES, other_files, shown
from facts.errors import BuildError, DatabaseError
from facts.store import missing_folder, open_readonly

from ..config import Config
from ..freshness import articles_signature, needs_build, record_checked
from ..render import counted
from ..signals import raised_on
from .app import Context, db_option, friendly, main

PROGRESS_THRESHOLD = 5  # show a progress bar when more files than this need extracting


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path())
@db_option
@click.option("--workers", type=click.IntRange(1, 64), help="Extraction processes (default 2).")
@click.option("-q", "--quiet", is_flag=True, help="Only print failures and warnings.")
@click.pass_obj
@friendly
def build_command(
    obj: Context, paths: tuple[str, ...], db_path: str | None, workers: int | None, quiet: bool
) -> None:
    """Ingest article files (default: the folders in config.yaml) into the fact database.

    Incremental (unchanged files are skipped) and atomic (a failed or killed build leaves the
    previous database as it was). Exits 1 if any file failed.
    """
    config = obj.config
    report = run_build(config, paths, db_path, workers=workers, quiet=quiet)
    if report.failed:
        sys.exit(1)


def run_build(
    config: Config,
    paths: tuple[str, ...] | list[str] = (),
    db_path: str | Path | None = None,
    *,
    workers: int | None = None,
    quiet: bool = False,
    still_wanted: Callable[[], bool] | None = None,
) -> BuildReport:
    # an empty argument stays "" for the build to refuse: as a Path it is "." (this folder)
    sources = [Path(p) if str(p).strip() else str(p) for p in paths] or config.article_paths
    target = Path(db_path) if db_path else config.db_path
    # the configured articles as they were when the build began, for `ask` to compare
    checked = None if paths else articles_signature(sources, config.articles.max_bytes, target)
    with stopped_by_signal() as stopped, _progress(quiet) as progress:
        report = build(
            sources,
            target,
            max_bytes=config.articles.max_bytes,
            settings=config.settings_file,
            workers=workers,
            progress=progress,
            waiting=functools.partial(_say_waiting, target),
            finished=functools.partial(_record_checked, target, checked),
            still_wanted=still_wanted,
            before_commit=stopped,  # a stop its code swallowed stops it before the swap
        )
    for failure in report.failed:
        click.echo(f"failed: {failure}", err=True)
    for note in report.notes:  # said even with -q, as a failure is
        click.echo(f"warning: {note}", err=True)
    if not report.files and not report.failed and not quiet:
        click.echo(f"note: {no_article_files(sources)}", err=True)
    if not quiet and not target.exists():
        # a first build that built nothing (its folder missing, or holding no article file)
        # said "factdesk.db: up to date; 0 articles", of a database that was never made
        click.echo(
            f"{target.name}: not made, nothing was built; {len(report.failed)} failed "
            f"({report.seconds:.2f}s)",
            err=True,
        )
    elif not quiet:
        click.echo(summary_line(report), err=True)
    return report


class Terminated(SystemExit):
    """SIGTERM or SIGHUP during a build or an eval, as a SystemExit with the status a shell gives it
    (143)."""

    told = False


@contextlib.contextmanager
def stopped_by_signal() -> Iterator[Callable[[], None]]:
    """Turn SIGTERM into :class:`Terminated` while a build or an eval runs, and say so in
    one line. Python's default ended them on the spot: a build's database was left as it was,
    but so was its temp copy beside it (``.factdesk-build-PID-NAME``, as big as the database)
    until the next build swept it, and ``eval --articles``' temporary folder and database in
    /tmp for good; raised instead, each removes them as it does after Ctrl-C. SIGTERM is what
    `kill`, `timeout`, cron's and a service manager's stop send; SIGHUP, a closed terminal's.
    (``factdesk run`` is not under it: there SIGHUP reloads the database.)

    A stop that lands once the build has swapped its new database in (``os.replace``, atomic)
    does not undo it: the database is the new, complete one, and the build still ends with
    128 + N and "terminated" (inside this block) or by the signal itself, silently (after it,
    the handler before is back). Never a partial database, and never exit 0 once stopped."""
    # SIGHUP: the terminal or SSH session a build was started from closed
    stopping = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    try:
        with raised_on(stopping, lambda signum: Terminated(128 + signum)) as check:
            yield check
    except Terminated as exc:  # in the block, or after it where the block never saw it
        if not getattr(exc, "told", False):  # a build inside an eval: said once
            click.echo("terminated", err=True)
            exc.told = True
        raise


def _record_checked(target: Path, checked: str | None, _report: BuildReport) -> None:
    """Store what the build was made from (see :mod:`bot.freshness`) while it still holds the
    build lock: written after it, a build waiting for the lock read and copied the database
    while the write went on."""
    if target.exists():
        record_checked(target, checked)


def _say_waiting(target: Path) -> None:
    """Why a build (or ``ask``'s) sits still: another build of the database is running, which
    this one waits for, and then starts from. Said even with ``-q``, as a build that hangs
    without a word looks broken."""
    click.echo(f"waiting for another build of {target.name} to finish …", err=True)


def no_article_files(paths: Sequence[Path | str]) -> str:
    """Why a build found nothing to read: the kinds of file it reads, and some of the files
    that are there instead (an operator's "story.html" is otherwise never mentioned)."""
    kinds = ", ".join(SUPPORTED_SUFFIXES[:-1]) + f" and {SUPPORTED_SUFFIXES[-1]}"
    text = f"no article files in {', '.join(shown(p) for p in paths)}: factdesk reads {kinds} files"
    others = other_files(paths)
    if others:
        text += f"; not read: {', '.join(others)}"
    return text


def summary_line(report: BuildReport) -> str:
    change = (
        f"{report.added} added, {report.updated} updated, {report.removed} removed"
        if report.changed
        else "up to date"
    )
    if report.upgraded:
        change += " (a database from an older factdesk, rebuilt whole)"
    line = (
        f"{report.db_path.name}: {change}; {counted(report.articles, 'article')}, "
        f"{counted(report.sentences, 'sentence')}, {counted(report.facts, 'fact')}, "
        f"{counted(report.entities, 'entity', 'entities')}; "
        f"{counted(report.unchanged_files, 'unchanged file')} skipped, "
        f"{len(report.failed)} failed ({report.seconds:.2f}s)"
    )
    if report.kept:
        line += (
            f"; kept the previous version of {counted(report.kept, 'article')}"
            " whose file, row or path failed"
        )
    return line


class _progress:
    """A progress bar on stderr for builds with more than a handful of files to extract."""

    def __init__(self, quiet: bool):
        self.quiet = quiet
        self.bar: Any = None

    def __enter__(self) -> Callable[[int, int], None]:
        return self.update

    def update(self, done: int, total: int) -> None:
        if self.quiet or total <= PROGRESS_THRESHOLD:
            return
        if self.bar is None:
            # the count in the label: off a terminal (a cron job's log) the bar is not drawn
            # and the label is all that is printed, "extracting" of how much not said
            label = f"extracting {counted(total, 'article')}"
            self.bar = click.progressbar(length=total, label=label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(1)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def ensure_database(config: Config, db_path: str | None) -> Path:
    """The first run needs no set-up: build when the database is missing, made by another
    factdesk version, or behind the articles (see :mod:`bot.freshness`). An explicitly named
    database that exists is used as it is."""
    target = Path(db_path) if db_path else config.db_path
    if db_path and target.exists():
        return target
    if not target.parent.is_dir():  # said before "Building …", and no folder is made
        raise DatabaseError(missing_folder(target))
    if db_path:
        # checked again once a build that is making it (`factdesk build X --db FILE`, its
        # first) is waited for: building the configured articles into its result, as it was
        # missing a moment before, replaced that build's articles with them
        def wanted() -> bool:
            return not target.exists()
    else:

        def wanted() -> bool:
            return needs_build(target, config.article_paths, config.articles.max_bytes)

    if wanted():
        click.echo(f"Building {target.name} from {', '.join(config.articles.paths)} …", err=True)
        try:
            report = run_build(config, (), target, quiet=True, still_wanted=wanted)
        except BuildError as exc:
            if not _answerable(target):
                raise
            # a full disk, or another program holding the database: the build left it as it
            # was, and a question is better answered from it than refused on every try
            click.echo(f"({exc}; answering from the previous build)", err=True)
            return target
        if not target.exists():
            raise click.ClickException(nothing_built(report, config.article_paths))
        if report.failed:
            failures = counted(len(report.failed), "failure")
            click.echo(f"({failures}, named above; answering from the rest)", err=True)
    return target


def nothing_built(report: BuildReport, paths: Sequence[Path | str]) -> str:
    if report.failed:
        return "no article could be built; see the errors above"
    return no_article_files(paths)


def _answerable(db: Path) -> bool:
    """Whether answering could read ``db`` as it is (not one from a newer factdesk, say)."""
    try:
        open_readonly(db).close()
    except DatabaseError:
        return False
    return True
