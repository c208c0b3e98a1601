"""The ``factdesk`` command: build, ask, chat, eval and run.

Every failure an operator can cause (a bad path, a broken article, an invalid config, an unknown
article id) ends in one line on stderr and a non-zero exit status, never a traceback; ``--debug``
shows the traceback for bug reports.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import io
import json
import logging
import os
import re
import signal
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from facts import BuildReport, build
from facts.articles import MAX_TEXT_BYTES, SUPPORTED_SUFFIXES, bom_encoding, other_files, shown
from facts.errors import BuildError, DatabaseError, FactsError
from facts.store import missing_folder, open_readonly

from .config import DEFAULT_CONFIG_NAME, TOP_RANGE, Config, find_config, load_config
from .errors import BotError, UnknownArticleError
from .freshness import articles_signature, needs_build, record_checked
from .render import counted
from .signals import raised_on

F = TypeVar("F", bound=Callable[..., Any])
PROGRESS_THRESHOLD = 5  # show a progress bar when more files than this need extracting


def _no_empty_db(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse ``--db ""``. It was read as no ``--db`` at all, so ``factdesk build other --db
    "$TEST_DB"`` with the variable unset mirrored ``other`` into the configured database and
    removed every article it did not find there."""
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty file name (an unset variable?): give the database file, or leave --db out "
            "for the one in the config"
        )
    return value


def _no_empty_config(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse ``--config ""`` (``--config "$CFG"`` with the variable unset), which was read as
    the current folder: "Error: .: cannot read (Is a directory)"."""
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty file name (an unset variable?): give the settings file, or leave --config "
            "out for ./config.yaml"
        )
    return value


def _one_article(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> str | None:
    """``--article`` once at most, and not empty. Given twice (``--article A --article B``),
    click kept the last and answered from B alone without a word, where the asker meant A too
    or typed one by mistake; an answer comes from one article or from all the coverage, so two
    are a usage error naming both. An empty one (``--article "$ID"`` with the variable unset)
    is refused as ``--db ""`` is: it was looked up as an id, "no article with id ''" with
    status 1, as if the database lacked an article rather than the command its value."""
    if len(values) > 1:
        raise click.BadParameter(
            f"given {len(values)} times ({', '.join(map(repr, values))}): an answer comes from "
            "one article, or leave --article out to answer from all the coverage"
        )
    value = values[0] if values else None
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty id (an unset variable?): give the article's id, its file's name without "
            "folder or extension, or leave --article out to answer from all the coverage"
        )
    return value


def _question(words: tuple[str, ...]) -> str | None:
    """``ask``'s QUESTION: its words, as given in one argument or several. ``factdesk ask who
    is zelensky meeting`` (no quotes, as one types to a chat) was "Got unexpected extra
    arguments (is zelensky meeting)"; the words are the question, as a shell passes them."""
    return " ".join(words) if words else None


def _no_empty_wikiqa(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse ``--wikiqa ""`` (``--wikiqa "$WIKIQA"`` with the variable unset): it was read as
    no --wikiqa at all, so ``eval --wikiqa ""`` asked for the --wikiqa it was given, and with a
    question file it ran that instead, without a word."""
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty folder name (an unset variable?): give the WikiQA development set's folder"
        )
    return value


db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    callback=_no_empty_db,
    help="Database file (default: config.yaml's database:).",
)


class Context:
    def __init__(self, config_path: str | None, debug: bool):
        self.config_path = config_path
        self.debug = debug
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            found = find_config(self.config_path)
            if found is None:
                # Run from another folder, the defaults hold no answer intents, synonyms or
                # word groups (small talk only), and look for seeds/ and factdesk.db here:
                # every answer and error would then mislead without this line.
                click.echo(
                    f"note: no {DEFAULT_CONFIG_NAME} in {Path.cwd()}; using built-in defaults "
                    "without answer intents (articles in ./seeds, database ./factdesk.db) — "
                    "pass --config FILE",
                    err=True,
                )
            self._config = load_config(found)
        return self._config


def friendly(func: F) -> F:
    """Turn expected failures into one line on stderr and exit status 1 (a ClickException's;
    click gives its usage errors 2)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        debug = bool(getattr(ctx.obj, "debug", False))
        try:
            return func(*args, **kwargs)
        except (FactsError, BotError) as exc:
            if debug:
                traceback.print_exc()
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            _stop_writing()
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line, traceback on request
            if debug:
                traceback.print_exc()
            raise click.ClickException(
                f"internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)"
            ) from None

    return wrapper  # type: ignore[return-value]


def _stop_writing() -> None:
    """Whoever read the output stopped (``factdesk ask --batch - | head -1``): end without a
    word, as Unix tools do. What is left in stdout's buffer goes nowhere, or Python would try to
    flush it at exit and print a second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (a test's captured output): nothing will be flushed to a pipe


# Words an operator types as a command that are the chat's and the bot's commands, or help:
# "No such command 'sources'" left them to find that `/sources` lives in `factdesk chat`
_NOT_COMMANDS = {
    "help": "`factdesk --help` lists the commands, `factdesk COMMAND --help` one's options",
    "sources": "`/sources` is a command of `factdesk chat` and of the bot on Discord, and "
    "`factdesk ask --json` gives an answer's sources",
    "reload": "`/reload` is a command of `factdesk chat` and of the bot on Discord, and "
    "`factdesk ask` reads the latest build by itself",
}


class _Commands(click.Group):
    """The command group, naming where a chat or bot command word lives when it is typed as a
    command of the terminal's (``factdesk sources``, ``factdesk help``)."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            word = args[0].lstrip("/!").lower() if args else ""
            hint = _NOT_COMMANDS.get("sources" if word == "source" else word)
            if hint is None:
                raise
            raise click.UsageError(f"{exc.message.rstrip('.')}: {hint}.", ctx) from None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar="FACTDESK_CONFIG",
    show_envvar=True,
    callback=_no_empty_config,
    help="Settings file (default: ./config.yaml).",
)
@click.option(
    "--debug", is_flag=True, help="Show tracebacks, and why answers were withheld (on stderr)."
)
@click.version_option(package_name="factdesk")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, debug: bool) -> None:
    """factdesk: answers questions about news coverage with the articles' own cited sentences."""
    ctx.obj = Context(config_path, debug)
    show_answer_debug(debug)


# The answerer's logger (bot.answer's ``log``): its debug lines say which cap withheld an answer.
ANSWER_LOGGER = "bot.answer"
_DEBUG_HANDLER = "factdesk-debug"


def show_answer_debug(debug: bool) -> None:
    """With ``--debug``, the answerer's debug lines go to stderr, so an operator sees why an
    answer was withheld (the cap that lowered its confidence); stdout, and each --json line on
    it, stay as they are. Its own handler, not the root logger's: ``run`` gives the root logger
    discord.py's handler, which would print every line twice, and at debug level discord.py's
    own chatter too. Set anew at every start (a test runs many in one process), the handler
    writing to the stderr of that start."""
    logger = logging.getLogger(ANSWER_LOGGER)
    for handler in [h for h in logger.handlers if h.get_name() == _DEBUG_HANDLER]:
        logger.removeHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.NOTSET)
    logger.propagate = not debug
    if debug:
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name(_DEBUG_HANDLER)
        handler.setFormatter(logging.Formatter("debug: %(message)s"))
        logger.addHandler(handler)


# -- build --------------------------------------------------------------------------------------
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
    with _stopped_by_signal() as stopped, _progress(quiet) as progress:
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
def _stopped_by_signal() -> Iterator[Callable[[], None]]:
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
            raise click.ClickException(_nothing_built(report, config.article_paths))
        if report.failed:
            failures = counted(len(report.failed), "failure")
            click.echo(f"({failures}, named above; answering from the rest)", err=True)
    return target


def _nothing_built(report: BuildReport, paths: Sequence[Path | str]) -> str:
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


# -- ask ------------------------------------------------------------------------------------------
# A byte of a batch line that is not UTF-8, as the "surrogateescape" decoding keeps it
_UNDECODED = re.compile("[\udc80-\udcff]")
# The keys a batch line is read for; any other is passed over (a line may carry its own id)
BATCH_KEYS = ("question", "article", "top")


# what a mistyped option looks like ("--nope"): anything else click took for one ("-5
# degrees?", "--what?") is a question starting with a dash
_OPTION_LIKE = re.compile(r"--[a-z][a-z0-9-]*")


class _AskCommand(click.Command):
    """`ask`, whose question may start with a dash ("-5 degrees?"): click reads that as an
    unknown option, so its error also says how to pass such a question."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            if not _OPTION_LIKE.fullmatch(exc.option_name):
                exc.message = (
                    f'{exc.message.rstrip(".")}; a question starting with "-" goes after'
                    ' "--": factdesk ask -- "-5 degrees?"'
                )
            raise


@main.command("ask", cls=_AskCommand)
@click.argument("question", nargs=-1, callback=lambda ctx, param, words: _question(words))
@db_option
@click.option(
    "--article",
    multiple=True,  # to refuse a second one rather than keep the last (_one_article)
    callback=_one_article,
    help="Answer from this article only (its id; once).",
)
@click.option(
    "--top", type=click.IntRange(*TOP_RANGE), help="Candidates to list in --json `ranked`."
)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option(
    "--batch",
    type=click.File("rb"),  # decoded by its byte order mark, if any (_batch_lines)
    help="JSON Lines of {question, article?, top?}; '-' reads stdin. One JSON answer per line.",
)
@click.pass_obj
@friendly
def ask_command(
    obj: Context,
    question: str | None,
    db_path: str | None,
    article: str | None,
    top: int | None,
    as_json: bool,
    batch: Any,
) -> None:
    """Answer one QUESTION from the coverage (or a batch of them)."""
    from .answer import Answerer

    if batch is None and question is None:
        # `echo "who …?" | factdesk ask` was told only this: say what reads stdin, and how
        raise click.UsageError(
            "give a QUESTION or --batch FILE ('--batch -' reads questions from stdin, one "
            'JSON object a line: {"question": "…"})'
        )
    if batch is not None and question is not None:
        raise click.UsageError("give either a QUESTION or --batch, not both")
    config = obj.config
    answerer = Answerer(config, ensure_database(config, db_path))
    if batch is None:
        answer = answerer.answer(question or "", article=article, top=top)
        if as_json:
            click.echo(_json_line(answer.to_json()))
        else:
            click.echo(answer.reply)
        return
    if article is not None:
        # every line's article unless it gives its own: a wrong one is the run's mistake, one
        # line and status 1 as without --batch, not the same error on every line and status 0
        answerer.corpus.require_article(article)
    failed = False
    for number, line in enumerate(_bounded(_batch_lines(batch)), start=1):
        try:
            result = (
                _batch_line(answerer, line, number, article, top)
                if line is not None
                else {"error": _OVERLONG, "line": number}
            )
        except DatabaseError as exc:
            # locked by another program, or damaged: this line fails and the batch goes on
            # (a lock may be gone by the next line), so no answer after it is lost
            failed = True
            result = {"error": str(exc), "line": number}
        click.echo(_json_line(result))
    if failed:
        sys.exit(1)


def _batch_lines(handle: Any) -> io.TextIOWrapper:
    """The batch's lines, decoded as its byte order mark says, else as UTF-8 (without a mark
    of its own): Windows tools write one (PowerShell 5 redirects in UTF-16, as articles, which
    are read in it too), and read as UTF-8 every line was "not JSON". Read as it arrives, so
    a batch piped in line by line is answered line by line."""
    if hasattr(handle, "peek"):
        head = handle.peek(4)[:4]
    else:  # an in-memory stream (tests): read the mark, then go back
        head = handle.read(4)
        handle.seek(0)
    encoding = bom_encoding(head)
    if encoding is None:
        # a byte that is not UTF-8 is kept, escaped, for _batch_line to refuse that line: read
        # as U+FFFD, a Windows "ANSI" file's é and curly quotes were answered garbled, unsaid
        return io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape")
    return io.TextIOWrapper(handle, encoding=encoding, errors="replace")


# The most a batch line may hold, as read_text reads a settings or question file: a line is one
# question (cut to answer.max_question_chars anyway) with an id or two, so no real one comes near
MAX_BATCH_LINE = MAX_TEXT_BYTES
_OVERLONG = (
    f"a line of over {MAX_BATCH_LINE:,} characters without a line break: not a JSON line "
    "(is this a batch file?)"
)


def _bounded(lines: io.TextIOWrapper) -> Iterator[str | None]:
    """The batch's lines, each read up to MAX_BATCH_LINE characters; None for a line longer
    than that, whose rest is read past in pieces of that size. Read whole, a file with no line
    break (`--batch /dev/zero`, an image or a database given by mistake, `cat /dev/urandom |`)
    was held in memory until the kernel killed the process (or, under a memory limit,
    "internal error: MemoryError"), losing the answers of the lines before it."""
    while True:
        line, whole = _line_within(lines, MAX_BATCH_LINE)
        if not line:
            return
        yield line if whole else None


def _line_within(stream: Any, limit: int) -> tuple[str, bool]:
    """The next line of ``stream`` up to ``limit`` characters ("" at the end), and whether that
    is all of it; the rest of a longer line is read past, ``limit`` characters at a time, so
    memory stays bounded however long it runs."""
    # one character more than the limit tells a line of exactly ``limit`` characters (then its
    # line break or the end) from a longer one
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith("\n"):
        return line, True
    while (rest := stream.readline(limit)) and not rest.endswith("\n"):
        pass
    return line[:limit], False


def _json_line(obj: dict[str, Any]) -> str:
    """One JSON object on one line, readable UTF-8; text that cannot be written as UTF-8 (a lone
    surrogate from a JSON escape in the input) falls back to \\u escapes, still valid JSON."""
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj)
    return line


def _batch_line(
    answerer: Any, line: str, number: int, article: str | None, top: int | None
) -> dict[str, Any]:
    """One output object per input line; a bad line gets an error object, not a crash."""
    # a byte order mark inside the stream: files concatenated (`cat a.jsonl b.jsonl`) where one
    # a Windows tool wrote begins with its own, and that line was "not JSON"
    line = line.removeprefix("\ufeff")
    if not line.strip():
        return {"error": "empty line", "line": number}
    undecoded = _UNDECODED.search(line)
    if undecoded:
        byte = ord(undecoded.group()) - 0xDC00
        return {
            "error": f"not UTF-8 text (byte 0x{byte:02x}): save the file as UTF-8",
            "line": number,
        }
    try:
        item = json.loads(line, object_pairs_hook=_LineObject)
    except json.JSONDecodeError as exc:
        if exc.pos == line.find(line.strip()[:1]):
            # a question as plain text (a list of questions, one a line): "not JSON:
            # Expecting value" on every line said nothing of what a line should be
            return {"error": f"not JSON: {_BATCH_SHAPE}", "line": number}
        return {"error": f"not JSON: {exc.msg}", "line": number}
    # valid JSON that Python will not read: one line's problem, not the batch's
    except RecursionError:
        return {"error": "not JSON: nested too deeply", "line": number}
    except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
        return {"error": "not JSON: a number too long to read", "line": number}
    misspelt = _misspelt_key(item) if isinstance(item, dict) else None
    if misspelt:
        return {"error": misspelt, "line": number}
    twice = [key for key in getattr(item, "twice", ()) if key in BATCH_KEYS]
    if twice:
        return {"error": f"{twice[0]!r} given twice", "line": number}
    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
        return {"error": "expected an object with a 'question' string", "line": number}
    item_top = item.get("top", top)
    low, high = TOP_RANGE
    if item_top is not None and (
        isinstance(item_top, bool) or not isinstance(item_top, int) or not low <= item_top <= high
    ):
        return {"error": f"'top' must be a whole number from {low} to {high}", "line": number}
    item_article = item.get("article", article)
    if item_article is not None and not isinstance(item_article, str):
        return {"error": "'article' must be a string", "line": number}
    if item_article is not None and not item_article.strip():
        # an empty column of the sheet the batch was made from, as `--article ""` is an unset
        # variable: "no article with id ''" blamed the database
        return {
            "error": "'article' is empty: give an id, or leave it out to answer from all the "
            "coverage",
            "line": number,
        }
    try:
        return answerer.answer(item["question"], article=item_article, top=item_top).to_json()
    except UnknownArticleError as exc:
        return {"question": item["question"], "error": str(exc), "line": number}


_BATCH_SHAPE = 'write each line as an object such as {"question": "who is meeting whom?"}'


class _LineObject(dict):
    """A JSON object of a batch line, knowing the keys it gave twice: `json` keeps the last,
    so `{"question": "a", "question": "b"}` answered "b" and dropped "a" without a word (a key
    written twice in config.yaml or a question file is an error too)."""

    def __init__(self, pairs: list[tuple[str, Any]]):
        super().__init__(pairs)
        self.twice = [key for key, n in Counter(k for k, _ in pairs).items() if n > 1]


def _misspelt_key(item: dict[str, Any]) -> str | None:
    """The error for a key that looks like a misspelling of one a batch line is read for. Passed
    over, `"articel": "x"` answered the question from the whole coverage instead of that
    article, and `"Top": 3` listed the default number of candidates, without a word; keys
    unlike any of them (an id, a note) stay the caller's own."""
    for key in item:
        if key in BATCH_KEYS:
            continue
        # close enough to be a slip (or another case), not a key of the caller's own ("topic")
        close = difflib.get_close_matches(str(key).lower(), BATCH_KEYS, n=1, cutoff=0.8)
        if close:
            return f"unknown key {key!r} (did you mean {close[0]!r}?)"
    return None


PASTE_GAP = 0.03  # seconds: how long after a line the next one counts as pasted with it


# -- chat -----------------------------------------------------------------------------------------
@main.command("chat")
@db_option
@click.pass_obj
@friendly
def chat_command(obj: Context, db_path: str | None) -> None:
    """A terminal conversation showing exactly what the bot would post. /help lists its
    commands (/ask, /sources, /quit)."""
    from .answer import Answerer
    from .chat import chat_loop

    config = obj.config
    answerer = Answerer(config, ensure_database(config, db_path))
    _keep_undecoded(sys.stdin)
    chat_loop(answerer, input_fn=TerminalInput(), output_fn=click.echo)


def _keep_undecoded(stream: Any) -> None:
    """Read ``stream`` keeping a byte that is not UTF-8 as a lone surrogate, for the chat to
    refuse that line (chat.UNDECODED). Under a UTF-8 locale stdin is strict: a Latin-1 line
    piped in (`factdesk chat < notes.txt`) ended the chat with "internal error:
    UnicodeDecodeError", and the lines after it were never asked."""
    with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
        stream.reconfigure(errors="surrogateescape")


def _prompt() -> str:
    """One line from the terminal. click.prompt turns Ctrl-D and Ctrl-C into ``Abort``, which
    would end the chat with "Aborted!" and status 1; the chat leaves quietly on end of input.
    Piped in (`factdesk chat < questions.txt`), a line is read up to MAX_BATCH_LINE characters
    (a question is cut far shorter, to answer.max_question_chars): click.prompt read it whole,
    and a file with no line break (`chat < /dev/zero`) until the kernel killed the process."""
    if not _is_terminal(sys.stdin):
        click.echo("you> ", nl=False)
        line, _ = _line_within(sys.stdin, MAX_BATCH_LINE)
        if not line:
            raise EOFError
        return line.rstrip("\r\n")
    try:
        return click.prompt("you", prompt_suffix="> ", default="", show_default=False)
    except click.exceptions.Abort:
        raise EOFError from None


class TerminalInput:
    """The chat's questions: a line, with the lines pasted along with it (one question, as one
    Discord message). A Ctrl-D met while gathering them ends the chat after their answer: a
    terminal reports end of input once, and the next prompt waited for more."""

    def __init__(
        self,
        prompt: Callable[[], str] = _prompt,
        waiting: Callable[[], bool] | None = None,
        readline: Callable[[], str] | None = None,
    ):
        self.prompt = prompt
        self.waiting = waiting or _line_waiting
        self.readline = readline or (lambda: sys.stdin.readline())
        self.ended = False

    def __call__(self) -> str:
        from .chat import pasted

        if self.ended:
            raise EOFError
        return pasted(self.prompt(), self.waiting, self._read)

    def _read(self) -> str:
        line = self.readline()
        self.ended = self.ended or not line
        return line


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (OSError, ValueError, AttributeError):
        return False


def _line_waiting() -> bool:
    """Whether a whole line already waits on a terminal's input (pasted with the last one).
    Not for piped input, whose lines are questions one by one, nor where stdin cannot be
    polled (Windows)."""
    try:
        if not sys.stdin.isatty():
            return False
        import select

        return bool(select.select([sys.stdin], [], [], PASTE_GAP)[0])
    except (OSError, ValueError, AttributeError):
        return False


# -- eval -----------------------------------------------------------------------------------------
@main.command("eval")
@click.argument("questions", required=False, type=click.Path(exists=True, dir_okay=False))
@db_option
@click.option(
    "--wikiqa",
    "wikiqa_dir",
    type=click.Path(file_okay=False),
    callback=_no_empty_wikiqa,
    help="Run the WikiQA answer-sentence-selection benchmark from this folder instead.",
)
@click.option(
    "--articles",
    "article_paths",
    multiple=True,
    type=click.Path(exists=True),
    help="Build these articles (into --db, or a temporary database) and ask against them; "
    "any that fail to build are named, as build names them, and the status is 1.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--show-wrong",
    default=50,
    show_default=True,
    type=click.IntRange(min=0),
    help="How many misses to list.",
)
@click.option(
    "--conversations",
    is_flag=True,
    help="QUESTIONS.yaml lists conversations ('- turns: [...]'): score the follow-ups.",
)
@click.pass_obj
@friendly
@_stopped_by_signal()  # `--articles`' temporary database (a copy of the corpus) goes with it
def eval_command(
    obj: Context,
    questions: str | None,
    db_path: str | None,
    wikiqa_dir: str | None,
    article_paths: tuple[str, ...],
    as_json: bool,
    show_wrong: int,
    conversations: bool,
) -> None:
    """Report answer quality on a QUESTIONS.yaml file (or on WikiQA with --wikiqa DIR).

    QUESTIONS.yaml is a YAML list, one mapping a question (README.md, "Tuning intents"):

    \b
      - q: when did the harbour reopen?
        answerable: true      # false: the coverage does not say
        gold:                 # exact text from a sentence that answers it; any one counts
          - "The city harbour reopened on Friday"
        intent: reopening     # optional, as are article: ID and note: TEXT
      - q: how many pandas does the zoo have?
        answerable: false

    DIR holds WikiQA-dev.tsv and WikiQA-dev-filtered.ref, as in Microsoft's WikiQA corpus
    download (README.md, "Answer quality").
    """
    from .answer import Answerer
    from .evaluate import (
        capped_lines,
        evaluate,
        format_report,
        format_unfound_gold,
        format_unknown_intents,
        format_unused_gold,
        load_questions,
        unfound_gold,
        unknown_intents,
        unused_gold,
    )

    config = obj.config
    # WikiQA builds its own articles and asks its own questions: a question file, --articles,
    # --conversations or --db given with it were passed over without a word, the report read
    # as theirs
    passed_over = [
        name
        for name, value in (
            ("a QUESTIONS.yaml file", questions),
            ("--articles", article_paths),
            ("--conversations", conversations),
            ("--db", db_path),
        )
        if value
    ]
    if wikiqa_dir and passed_over:
        raise click.UsageError(f"give {passed_over[0]} or --wikiqa DIR, not both")
    if wikiqa_dir:
        from .wikiqa import DEV_FILE, DEV_FILTER_FILE
        from .wikiqa_eval import format_wikiqa, run_wikiqa

        folder = Path(wikiqa_dir)
        if not folder.is_dir():
            # the README's `../shared/eval/wikiqa-dev` on a clone without shared/ beside it:
            # the data is no part of the repository, which the folder's name alone did not say
            raise click.ClickException(
                f"no such folder: {folder} (the WikiQA development set is not in this "
                "repository: the README expects it as shared/eval/wikiqa-dev beside the checkout)"
            )
        missing = [name for name in (DEV_FILE, DEV_FILTER_FILE) if not (folder / name).is_file()]
        if missing:
            raise click.ClickException(
                f"{folder}: not the WikiQA development set's folder (no {', '.join(missing)})"
            )
        result = run_wikiqa(config, folder)
        click.echo(json.dumps(result, indent=2) if as_json else format_wikiqa(result))
        return
    if not questions:
        raise click.UsageError("give a QUESTIONS.yaml file or --wikiqa DIR")
    if conversations:
        _eval_conversations(config, questions, db_path, article_paths, as_json, show_wrong)
        return
    items = load_questions(questions)
    # named as bot.intents names them, without the spaces around the name
    names = [(rule.get("name") or "").strip() for rule in config.intents]
    unknown = unknown_intents(items, names)
    if unknown:
        click.echo(format_unknown_intents(questions, config.source, unknown, names), err=True)
    if unused := unused_gold(items):
        click.echo(format_unused_gold(questions, unused), err=True)
    with tempfile.TemporaryDirectory(prefix="factdesk-eval-") as tmp:
        target, failed = _eval_database(config, db_path, article_paths, Path(tmp))
        shown = _shown_database(target, Path(tmp), article_paths)
        answerer = Answerer(config, target)
        for intent, match in answerer.matcher.shadowed():
            click.echo(
                f"warning: {config.source}: intent {intent.name} is never matched: its examples "
                f"fit {match.intent.name}, listed before it, as well or better "
                f"(`{match.example}`); list it above {match.intent.name}",
                err=True,
            )
        unknown_articles = []
        for number, item in enumerate(items, start=1):
            # named before the run, with the question it belongs to, not half-way through;
            # all of them at once, one line each, as load_questions names a file's problems
            if item.article is None:
                continue
            try:  # the corpus's error names the id a file name (`000_x.txt`) meant
                answerer.corpus.require_article(item.article)
            except UnknownArticleError as exc:
                where = str(exc).replace(str(target), shown)
                unknown_articles.append(f"{questions}: question {number}: {where}")
        if unknown_articles:
            raise UnknownArticleError(capped_lines(unknown_articles))
        report = evaluate(items, lambda q: answerer.answer(q.q, article=q.article))
        if report.answerable and not report.ranked_top1 and not _quotes_a_gold(answerer, items):
            click.echo(_no_gold_here(shown), err=True)
        elif unfound := unfound_gold(report, answerer.corpus.holds):
            click.echo(format_unfound_gold(questions, shown, unfound), err=True)
        answerer.corpus.close()
    if as_json:
        click.echo(json.dumps(report.to_json(show_wrong), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, show_wrong=show_wrong))
    _exit_if_partly_built(failed)


def _eval_database(
    config: Config, db_path: str | None, article_paths: Sequence[str], tmp: Path
) -> tuple[Path, int]:
    """The database an eval asks: ``--articles`` built into ``--db`` (or one in ``tmp``), else
    ``--db`` or the configured one, built if it needs to be; and how many of ``--articles``
    failed to build (each named by the build, one line on stderr)."""
    if not article_paths:
        return ensure_database(config, db_path), 0
    target = Path(db_path) if db_path else tmp / "eval.db"
    report = run_build(config, article_paths, target, quiet=True)
    if not target.exists():
        raise click.ClickException(_nothing_built(report, [Path(p) for p in article_paths]))
    return target, len(report.failed)


def _exit_if_partly_built(failed: int) -> None:
    """After the report, status 1 where ``--articles`` failed to build, as `factdesk build`'s:
    with the failures named above it and status 0, a CI job scored a partial corpus as a pass.
    The report is still printed: it is of the articles that built."""
    if failed:
        click.echo(
            f"({counted(failed, 'failure')}, named above; the report is of the articles that "
            "built)",
            err=True,
        )
        sys.exit(1)


def _shown_database(target: Path, tmp: Path, article_paths: Sequence[str]) -> str:
    """The database an eval asked, as its warnings and errors name it: ``--articles`` built
    into a temporary one (no ``--db``) is named by those paths. Its path, gone when the eval
    ended, was named ("no sentence of /tmp/factdesk-eval-…/eval.db holds …")."""
    if target.parent != tmp:
        return str(target)
    return f"the articles of --articles {' '.join(article_paths)}"


def _no_gold_here(target: Path | str) -> str:
    return (
        f"note: no sentence in {target} holds any of these questions' gold text: is it "
        "the database they were written for? (--db FILE, or --articles PATH)"
    )


def _eval_conversations(
    config: Any,
    path: str,
    db_path: str | None,
    article_paths: Sequence[str],
    as_json: bool,
    show_wrong: int,
) -> None:
    """``eval --conversations``: each conversation's turns asked in order, each with the last
    answer as its context (bot.conversation_eval). ``--articles`` was passed over here: the
    conversations went to the configured database (the seed article), every turn a miss, and
    nothing said why, as against any database that holds none of their gold text."""
    from .answer import Answerer
    from .conversation_eval import (
        evaluate_conversations,
        format_misses,
        format_summary,
        load_conversations,
        summary,
        unused_gold_turns,
    )
    from .evaluate import format_unused_gold

    items = load_conversations(path)
    if unused := unused_gold_turns(items):
        click.echo(format_unused_gold(path, unused, noun="turn"), err=True)
    turns = [turn for conversation in items for turn in conversation.turns]
    with tempfile.TemporaryDirectory(prefix="factdesk-eval-") as tmp:
        target, failed = _eval_database(config, db_path, article_paths, Path(tmp))
        answerer = Answerer(config, target)
        try:
            report = evaluate_conversations(
                items, lambda q, previous: answerer.answer(q, previous=previous)
            )
            scored = (report.first, report.follow_ups)
            if (
                any(r.answerable for r in scored)
                and not any(r.ranked_top1 for r in scored)
                and not _quotes_a_gold(answerer, turns)
            ):
                shown = _shown_database(target, Path(tmp), article_paths)
                click.echo(_no_gold_here(shown), err=True)
        finally:
            answerer.corpus.close()
    if as_json:
        counts = {**summary(report), "follow_up_misses": report.follow_ups.to_json(show_wrong)}
        click.echo(json.dumps(counts, indent=2, ensure_ascii=False))
    else:
        click.echo(format_summary(report))
        if show_wrong:
            click.echo(format_misses(report, show_wrong))
    _exit_if_partly_built(failed)


def _quotes_a_gold(answerer: Any, items: Sequence[Any], sample: int = 20) -> bool:
    """Whether the database holds the gold text of some of the first answerable questions.
    Run against the wrong one (`eval eval/wikinews-dev.yaml` without `--db wikinews.db`), every
    answerable question was a miss and the report said only "0.0%"."""
    golds = [" ".join(g.split()) for q in items if q.answerable for g in q.gold]
    return any(answerer.corpus.quotes(gold) for gold in golds[:sample])


# -- run ------------------------------------------------------------------------------------------
@main.command("run")
@db_option
@click.option("--sync", is_flag=True, help="Sync slash commands globally once, then run.")
@click.pass_obj
@friendly
def run_command(obj: Context, db_path: str | None, sync: bool) -> None:
    """Connect to Discord with the token from the environment and answer questions."""
    from .discord_app.runner import run

    run(obj.config, db_path=db_path, sync_globally=sync)


if __name__ == "__main__":  # pragma: no cover
    main()
