"""The ``factdesk`` command group: its options (``--config``, ``--debug``), the settings it
reads, and the one error handler every command runs under.

Every failure an operator can cause (a bad path, a broken article, an invalid config, an unknown
article id) ends in one line on stderr and a non-zero exit status, never a traceback; ``--debug``
shows the traceback for bug reports.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from facts.errors import FactsError

from ..config import DEFAULT_CONFIG_NAME, Config, find_config, load_config
from ..errors import BotError

F = TypeVar("F", bound=Callable[..., Any])


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
