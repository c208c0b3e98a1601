"""The Discord path under test: the bot exactly as ``create_bot`` makes it, over the real
answering core, driven through dpytest's fake gateway and HTTP.

Every request the bot makes to post a message is recorded as the JSON payload discord.py would
send to Discord (``allowed_mentions`` included, after discord.py merged the client's default
with the call's), so tests check what would actually leave the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest.mock import AsyncMock

import discord
import discord.ext.test as dpytest
import discord.ext.test.backend as dpytest_backend
from discord.ext import commands

from bot.answer import Answerer
from bot.config import Config, CooldownSettings, load_config
from bot.discord_app import create_bot
from bot.model import Answer
from tests.conftest import ROOT

NO_PINGS = discord.AllowedMentions.none().to_dict()


def pings_nobody(allowed_mentions: dict[str, Any]) -> bool:
    """The ``allowed_mentions`` of a request payload lets no mention through: nothing to
    parse, no user or role listed, and no ping for the author of a replied-to message."""
    return (
        allowed_mentions.get("parse") == []
        and not allowed_mentions.get("users")
        and not allowed_mentions.get("roles")
        and not allowed_mentions.get("replied_user")
    )


def news_config(answer: dict[str, Any] | None = None, **discord_settings: Any) -> Config:
    """The shipped config.yaml (intents, synonyms, limits), with a generous cooldown unless a
    test sets one; ``answer`` overrides answering settings."""
    config = load_config(ROOT / "config.yaml")
    discord_settings.setdefault("cooldown", CooldownSettings(rate=10_000, per_seconds=60))
    return replace(
        config,
        answer=replace(config.answer, **(answer or {})),
        discord=replace(config.discord, **discord_settings),
    )


class RecordingCore:
    """The real :class:`Answerer`, recording every answer it gives (from any thread) and the
    threads that gave them."""

    def __init__(self, core: Answerer):
        self.core = core
        self.answers: list[Answer] = []
        self.threads: set[int] = set()  # threading.get_ident() of every thread that answered
        self._lock = threading.Lock()

    def answer(self, question: str, **kwargs: Any) -> Answer:
        answer = self.core.answer(question, **kwargs)
        with self._lock:
            self.answers.append(answer)
            self.threads.add(threading.get_ident())
        return answer

    def __getattr__(self, name: str) -> Any:  # sources, article, find_articles, reload...
        return getattr(self.core, name)


class ErrorLog(logging.Handler):
    """Collects what the bot logs at ERROR: a crash the adapter swallowed to keep serving."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Posted:
    channel_id: int
    payload: dict[str, Any]

    @property
    def content(self) -> str:
        return self.payload.get("content") or ""


class Harness:
    """A running bot and what it did: answers given, requests posted, errors logged."""

    def __init__(self, bot: commands.Bot, core: RecordingCore):
        self.bot = bot
        self.core = core
        self.posted: list[Posted] = []
        self.errors = ErrorLog()
        self.reactions = AsyncMock()
        self.faults: dict[int, BaseException] = {}  # channel id -> what Discord answers there

    def __repr__(self) -> str:  # hypothesis prints it with a failing example: keep it short
        return f"<Harness: {len(self.core.answers)} answers, {len(self.posted)} posted>"

    @property
    def questions(self):  # the Questions cog
        return self.bot.get_cog("Questions")

    @property
    def channel(self) -> discord.TextChannel:  # where dpytest's members talk
        return self.text_channel(0)

    def text_channel(self, index: int) -> discord.TextChannel:
        return [c for c in dpytest.get_config().channels if isinstance(c, discord.TextChannel)][
            index
        ]

    def member(self, index: int) -> discord.Member:
        return dpytest.get_config().members[index]

    async def mention(self, question: str, member: int = 0) -> list[Posted]:
        """``@factdesk question`` from one member, through the real dispatch; what it posted."""
        start = len(self.posted)
        # "@factdesk sync ..." is the owner's command: refused with a reply, which dpytest
        # re-raises after the bot's error handler saw it
        with contextlib.suppress(commands.CommandError):
            await dpytest.message(f"{self.bot.user.mention} {question}", member=member)
        await dpytest.empty_queue()
        return self.posted[start:]


def _dpytest_intents() -> discord.Intents:
    intents = discord.Intents.default()
    intents.members = True  # dpytest builds its fake guilds from members
    intents.message_content = True
    return intents


def _tolerant_user_mentions(content, guild):  # noqa: ANN001 - dpytest's signature
    """dpytest resolves ``<@id>`` and ``<#id>`` in a message only against its fake guild and
    crashes on any other id; Discord would just list them. Unknown ids are left out here."""
    found = _dpytest_find_user_mentions(content, guild)
    return [member for member in found if member is not None]


def _tolerant_channel_mentions(content, guild):  # noqa: ANN001 - dpytest's signature
    found = _dpytest_find_channel_mentions(content, guild)
    return [channel for channel in found if channel is not None]


_dpytest_find_user_mentions = dpytest_backend.find_user_mentions
_dpytest_find_channel_mentions = dpytest_backend.find_channel_mentions
dpytest_backend.find_user_mentions = _tolerant_user_mentions
dpytest_backend.find_channel_mentions = _tolerant_channel_mentions


async def start(
    core: Answerer, config: Config | None = None, members: int = 2, channels: int = 1
) -> Harness:
    """The bot as ``create_bot`` makes it, cogs added by its own ``setup_hook``, on dpytest."""
    recording = RecordingCore(core)
    client = create_bot(config or news_config(), answerer=recording, intents=_dpytest_intents())
    await client._async_setup_hook()  # what login() does first
    await client.setup_hook()
    dpytest.configure(client, members=members, text_channels=channels)
    harness = Harness(client, recording)

    fake_send = client.http.send_message

    async def send_message(channel_id: int, *, params) -> dict:  # noqa: ANN001
        if channel_id in harness.faults:
            raise harness.faults[channel_id]
        harness.posted.append(Posted(channel_id, dict(params.payload or {})))
        channel = sys._getframe(1).f_locals.get("channel")  # noqa: F841 - dpytest reads it
        return await fake_send(channel_id, params=params)

    client.http.send_message = send_message
    # dpytest 0.7 cannot parse its own reaction event under discord.py 2.7: record the call
    client.http.add_reaction = harness.reactions
    logging.getLogger("bot").addHandler(harness.errors)
    return harness


async def stop(harness: Harness) -> None:
    logging.getLogger("bot").removeHandler(harness.errors)
    await dpytest.empty_queue()


class Loop:
    """An event loop for hypothesis tests, which are synchronous: each example runs its
    coroutine to completion on this loop, and the bot lives on it between examples."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()

    def run(self, coro):  # noqa: ANN001, ANN201
        return self.loop.run_until_complete(coro)

    def close(self) -> None:
        self.loop.run_until_complete(self.loop.shutdown_default_executor())
        self.loop.close()


def start_on(loop: Loop, db: Path, config: Config | None = None, **kwargs: Any) -> Harness:
    config = config or news_config()
    return loop.run(start(Answerer(config, db), config, **kwargs))
