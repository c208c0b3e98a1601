"""``factdesk run``: check everything that can be checked offline, then connect.

A missing token, a missing or unusable database, or a bad setting fails here, before any
connection, with one line (a :class:`StartupError` or :class:`ConfigError`, which the CLI prints
and turns into a non-zero exit). Logging goes through discord.py's own set-up
(``Client.run(log_handler=...)`` calls ``discord.utils.setup_logging``), with a filter that
blanks the token should anything ever try to print it.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import string
from pathlib import Path

import aiohttp  # discord.py's HTTP client: logging in without a network fails in it
import click
import discord

from facts.errors import FactsError
from facts.store import build_hint, missing_folder

from ..answer import Answerer, settle_collector
from ..config import Config
from ..errors import ConfigError, StartupError
from ..freshness import needs_build
from .client import FactdeskBot, check_settings, create_bot, needs_message_content

SHARD_IDS_ENV = "FACTDESK_SHARD_IDS"  # "0,1": the shards of shard_count this process runs


class RedactToken(logging.Filter):
    """Replace the token in any log record with ``[token]``; never drops a record."""

    def __init__(self, token: str):
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._token:
            return True
        message = record.getMessage()
        if self._token in message:
            record.msg = message.replace(self._token, "[token]")
            record.args = ()
        if record.exc_info:
            # A traceback is formatted after the filters ran, from exc_info, and discord.py's
            # colour formatter always re-formats it: redact it here, and drop exc_info so no
            # formatter can render the unredacted original.
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            if self._token in text:
                record.exc_text = text.replace(self._token, "[token]")
                record.exc_info = None
        elif record.exc_text and self._token in record.exc_text:
            record.exc_text = record.exc_text.replace(self._token, "[token]")
        if record.stack_info and self._token in record.stack_info:
            record.stack_info = record.stack_info.replace(self._token, "[token]")
        return True


def read_token(config: Config) -> str:
    env = config.discord.token_env
    token = config.discord.token()
    if token is None:
        raise StartupError(
            f"no Discord token: set the {env} environment variable (export {env}=...); "
            "the token is never read from config.yaml"
        )
    problem = _token_shape_problem(token)
    if problem:
        # said offline, and without the token: Discord's "rejected" sent the operator to reset
        # a token that was fine, and the new one failed the same way
        raise StartupError(f"the token in {env} {problem}; set it to the token alone")
    problem = _not_a_bot_token(token)
    if problem:
        raise StartupError(
            f"the value of {env} {problem}: copy the token from the Bot page of the developer "
            "portal (Reset Token)"
        )
    return token


def _token_shape_problem(token: str) -> str | None:
    """What wraps a token pasted with more than itself. A bot token has no quotes, spaces or
    "Bot " in it; `docker run --env-file` keeps the quotes of `DISCORD_TOKEN="…"`, and the
    HTTP header form `Bot …` is what some guides show."""
    if token[0] in "\"'" or token[-1] in "\"'":
        return "has quotes around it (an env file that keeps them, such as docker's --env-file)"
    if token.lower().startswith("bot "):
        return 'starts with "Bot ", which discord.py adds itself'
    if any(ch.isspace() for ch in token):
        return "has spaces or line breaks in it"
    return None


_TOKEN_CHARACTERS = frozenset(string.ascii_letters + string.digits + "._-")


def _not_a_bot_token(token: str) -> str | None:
    """What shows offline that a value is no bot token. A bot token is three base64url parts
    joined by dots (the bot's id, a time stamp, a signature); the portal's Application ID (digits),
    Public Key (hex) and Client Secret are none, and neither is a token with a character that
    base64url lacks (a typographic dash or an ellipsis from a chat or a document). Each went
    to Discord, and its "rejected" sent the operator to reset a token they had never pasted."""
    if any(ch not in _TOKEN_CHARACTERS for ch in token):
        return "has characters no bot token has (only letters, digits, '.', '_' and '-')"
    if token.count(".") != 2:
        return (
            "is not a bot token, which is three parts joined by dots (the Application ID, "
            "Public Key and Client Secret are not it)"
        )
    return None


def check_database(config: Config, db_path: str | Path | None) -> Path:
    """The database must exist and be readable; opening it is checked by ``Answerer``."""
    path = Path(db_path) if db_path else config.db_path
    if not path.parent.is_dir():
        # "run `factdesk build --db …` first" sent the operator to a build that refuses it
        raise StartupError(missing_folder(path))
    if not path.exists():
        raise StartupError(f"no fact database at {path}: run {build_hint(path)} first")
    if not path.is_file():
        raise StartupError(
            f"{path} is not a file: point --db (or `database:`) at the fact database"
        )
    if not os.access(path, os.R_OK):
        raise StartupError(f"cannot read the fact database {path}: check its permissions")
    return path


def database_behind(config: Config, db_path: str | Path | None) -> str | None:
    """The warning for a configured database behind config.yaml's articles (one added, edited or
    removed since the build, or a build by an older factdesk). `factdesk ask` rebuilds such a
    database by itself; `factdesk run` serves it as it is, and an operator who had edited the
    articles and restarted the bot got the old answers without a word why. A database named
    with --db is used as it is, by `ask` too: nothing is said of it."""
    if db_path is not None:
        return None
    try:
        behind = needs_build(config.db_path, config.article_paths, config.articles.max_bytes)
    except FactsError:
        return None  # another program holds it: opening it to answer says so
    if not behind:
        return None
    return (
        f"{config.db_path.name} is behind the articles in {', '.join(config.articles.paths)} (a "
        "file added, changed or removed since it was built, or a build by an older factdesk): "
        "answering from it as it is; run `factdesk build`, then /reload"
    )


def shard_ids_from_env() -> list[int] | None:
    raw = os.environ.get(SHARD_IDS_ENV, "").strip()
    if not raw:
        return None
    try:
        ids = [int(part) for part in raw.replace(" ", "").split(",") if part]
    except ValueError:
        ids = []
    if not ids or len(set(ids)) != len(ids):
        # none at all ("," from a script), or one twice: discord.py would start two gateway
        # sessions for that shard, and its events (questions) would arrive twice
        raise ConfigError(
            f"{SHARD_IDS_ENV}: expected shard numbers separated by commas, each once, got {raw!r}"
        )
    return ids


def prepare(
    config: Config, db_path: str | Path | None = None, *, sync_globally: bool = False
) -> tuple[str, FactdeskBot]:
    """Every offline check, then the bot (not connected) and the token to connect with."""
    check_settings(config)
    token = read_token(config)
    path = check_database(config, db_path)
    shard_ids = shard_ids_from_env()
    if shard_ids is not None:
        count = config.discord.shard_count
        if not count:
            raise ConfigError(f"{SHARD_IDS_ENV} is set but discord.shard_count is not")
        if any(not 0 <= s < count for s in shard_ids):
            raise ConfigError(f"{SHARD_IDS_ENV}: shard numbers must be 0 to {count - 1}")
    try:
        answerer = Answerer(config, path)
    except FactsError as exc:
        raise StartupError(str(exc)) from None
    bot = create_bot(config, answerer=answerer, sync_globally=sync_globally, shard_ids=shard_ids)
    bot.handle_signals = True  # SIGHUP reloads, SIGTERM stops cleanly
    return token, bot


def settle_memory(answerer: Answerer) -> None:
    """Answer one question before connecting, then freeze everything loaded by then.

    The first answer loads the answering core's lazy tables (lemmas, word frequencies); they,
    the alias lexicon and discord.py's own objects live as long as the process. Left to the
    cyclic garbage collector, every full collection walks all of them (60-190 ms on a small
    VM, measured by tests/hardening/test_concurrency.py), and the event loop answers no one
    meanwhile. ``gc.freeze`` takes them out of its reach; what answering allocates later is
    collected as usual, its young generation less often (bot.answer.settle_collector).
    """
    answerer.answer("who is meeting whom?")
    gc.collect()
    gc.freeze()
    settle_collector()


def run(config: Config, db_path: str | Path | None = None, sync_globally: bool = False) -> None:
    """Connect and serve until interrupted. Raises StartupError/ConfigError with one line."""
    token, bot = prepare(config, db_path, sync_globally=sync_globally)
    behind = database_behind(config, db_path)
    if behind:
        click.echo(f"warning: {behind}", err=True)
    settle_memory(bot.answerer)
    handler = logging.StreamHandler()
    handler.addFilter(RedactToken(token))
    try:
        bot.run(token, log_handler=handler, root_logger=True)
    except discord.LoginFailure:
        raise StartupError(
            f"Discord rejected the token in {config.discord.token_env}: copy it again from the "
            "Bot page of the developer portal (Reset Token)"
        ) from None
    except discord.PrivilegedIntentsRequired:
        hint = (
            "enable Message Content Intent on the Bot page of the developer portal, or set "
            "discord.qa_channels to [] and discord.answer_replies to false"
            if needs_message_content(config.discord)
            else "check the Privileged Gateway Intents on the Bot page of the developer portal"
        )
        raise StartupError(f"Discord refused the gateway intents: {hint}") from None
    except (discord.GatewayNotFound, discord.DiscordServerError) as exc:
        raise StartupError(
            f"Discord is not answering ({exc or type(exc).__name__}): try again later"
        ) from None
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:  # DNS, no route, TLS, proxy
        raise StartupError(
            f"cannot reach Discord: {exc or type(exc).__name__} (check this machine's network"
            " connection)"
        ) from exc
