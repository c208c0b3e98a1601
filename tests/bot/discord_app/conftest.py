"""Offline Discord: a bot that never connects, a fake answering core, and autospec'd messages
and interactions that record what the bot sent, to whom, and with which allowed mentions.

``seed_db`` (a real database built from the seed article) comes from ``tests/conftest.py``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest.mock import create_autospec

import discord
import pytest

from bot.answer import Answerer
from bot.config import Config, CooldownSettings, DiscordSettings
from bot.discord_app.client import FactdeskBot, create_bot
from bot.discord_app.cogs.admin import Admin
from bot.discord_app.cogs.questions import Questions
from bot.model import Answer, Citation, SourceDetail
from bot.render import render_answer

BOT_ID = 100_000_000_000_000_001
USER_ID = 200_000_000_000_000_002
OTHER_USER_ID = 200_000_000_000_000_003
GUILD_ID = 300_000_000_000_000_004
CHANNEL_ID = 400_000_000_000_000_005
OTHER_CHANNEL_ID = 400_000_000_000_000_006
BOT_ROLE_ID = 500_000_000_000_000_007

NO_PINGS = discord.AllowedMentions.none().to_dict()
INVITE_PERMISSIONS = discord.Permissions(274877975616)  # the invite link's, in docs/discord.md
# a member's in an ordinary channel: they may read and post there (and in its threads)
MEMBER_PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, send_messages_in_threads=True
)
_ids = itertools.count(600_000_000_000_000_000)


def citation(sentence: str = "Zelensky is set to meet Trump in Washington on Monday.", n: int = 1):
    return Citation(
        article="000_seed",
        title="Ukraine requires authentic security guarantees",
        path="seeds/000_seed.txt",
        paragraph=n,
        sentence=sentence,
        start=0,
        end=len(sentence),
        score=1.0,
        sentence_id=n,
    )


def an_answer(question: str = "who is zelensky meeting?", *, answered: bool = True) -> Answer:
    """A cited answer as the core would give it (rendered by the real renderer)."""
    if not answered:
        reply = "The coverage doesn't say."
        return Answer(question=question, answered=False, kind="abstain", reply=reply)
    cites = (citation(),)
    return Answer(question=question, answered=True, reply=render_answer(cites), citations=cites)


def make_config(**discord_settings: Any) -> Config:
    """Defaults, with a generous cooldown unless a test sets one, and instant deferral off."""
    discord_settings.setdefault("cooldown", CooldownSettings(rate=100, per_seconds=60))
    return Config(root=Path("."), discord=replace(DiscordSettings(), **discord_settings))


@pytest.fixture
def answerer():
    """A fake core: every question gets the same cited answer (the question is kept)."""
    fake = create_autospec(Answerer, instance=True)
    fake.db_path = Path("test.db")
    fake.answer.side_effect = lambda question, **_: an_answer(question)
    fake.article_named.return_value = None  # no article has a title or link typed
    fake.ids_but_case.return_value = ()
    fake.near_id.return_value = None  # nor is any id a near miss of one typed
    fake.sources.side_effect = lambda answer: [
        SourceDetail(i, c, "The sentence before.", "The sentence after.")
        for i, c in enumerate(answer.citations, start=1)
    ]
    return fake


def me() -> discord.ClientUser:
    user = create_autospec(discord.ClientUser, instance=True)
    user.id = BOT_ID
    user.name = "factdesk"
    user.bot = True
    return user


def offline_bot(config: Config, answerer) -> FactdeskBot:
    """A bot as ``create_bot`` makes it, logged in as ``factdesk`` but never connected."""
    bot = create_bot(config, answerer=answerer)
    bot._connection.user = me()
    return bot


@pytest.fixture
def make_cog(answerer) -> Callable[..., Questions]:
    def make(**discord_settings: Any) -> Questions:
        return Questions(offline_bot(make_config(**discord_settings), answerer))

    return make


@pytest.fixture
def cog(make_cog) -> Questions:
    return make_cog()


@pytest.fixture
def admin(answerer) -> Admin:
    return Admin(offline_bot(make_config(), answerer))


# -- messages -----------------------------------------------------------------------------------
def make_guild(*, self_role: bool = False) -> discord.Guild:
    guild = create_autospec(discord.Guild, instance=True)
    guild.id = GUILD_ID
    guild.me = create_autospec(discord.Member, instance=True)
    guild.me.id = BOT_ID
    if self_role:
        guild.self_role = create_autospec(discord.Role, instance=True)
        guild.self_role.id = BOT_ROLE_ID
    else:
        guild.self_role = None
    return guild


@functools.cache
def _default_guild() -> discord.Guild:
    return make_guild()  # shared: autospec'ing a Guild is slow, and tests never assert on it


def make_channel(
    channel_id: int = CHANNEL_ID,
    *,
    guild: discord.Guild | None = None,
    can_send: bool = True,
    can_read_history: bool = True,
    can_react: bool = True,
    thread_of: int | None = None,
) -> discord.TextChannel:
    """A channel whose ``send`` returns messages with ids; ``.sent`` keeps them in order."""
    spec = discord.Thread if thread_of else discord.TextChannel
    channel = create_autospec(spec, instance=True)
    channel.id = channel_id
    channel.guild = guild if guild is not None else _default_guild()
    if thread_of:
        channel.parent_id = thread_of
    perms = discord.Permissions(
        send_messages=can_send,
        send_messages_in_threads=can_send,
        read_message_history=can_read_history,
        add_reactions=can_react,
    )
    channel.permissions_for.return_value = perms

    channel.sent = []  # the bot's messages, as Discord returned them

    async def send(content=None, **kwargs):
        channel.sent.append(sent_message(content, channel))
        return channel.sent[-1]

    channel.send.side_effect = send
    return channel


def make_dm_channel() -> discord.DMChannel:
    channel = create_autospec(discord.DMChannel, instance=True)
    channel.id = OTHER_CHANNEL_ID

    async def send(content=None, **kwargs):
        return sent_message(content, channel)

    channel.send.side_effect = send
    return channel


def sent_message(content: str | None, channel: Any) -> discord.Message:
    message = create_autospec(discord.Message, instance=True)
    message.id = next(_ids)
    message.content = content
    message.channel = channel
    message.author = me()
    return message


def make_message(
    content: str,
    *,
    author_id: int = USER_ID,
    channel: Any = None,
    dm: bool = False,
    reply_to: discord.Message | None = None,
    author_is_bot: bool = False,
) -> discord.Message:
    message = create_autospec(discord.Message, instance=True)
    message.id = next(_ids)
    message.content = content
    message.type = discord.MessageType.reply if reply_to else discord.MessageType.default
    message.webhook_id = None
    message.author = create_autospec(discord.Member, instance=True)
    message.author.id = author_id
    message.author.bot = author_is_bot
    if dm:
        message.channel = channel or make_dm_channel()
        message.guild = None
    else:
        message.channel = channel or make_channel()
        message.guild = message.channel.guild
    message.raw_mentions = [int(x) for x in re.findall(r"<@!?(\d+)>", content)]
    message.raw_role_mentions = [int(x) for x in re.findall(r"<@&(\d+)>", content)]
    if reply_to is None:
        message.reference = None
    else:
        message.reference = create_autospec(discord.MessageReference, instance=True)
        message.reference.message_id = reply_to.id
        message.reference.resolved = reply_to
    return message


def sent_texts(channel: Any) -> list[str]:
    return [c.args[0] for c in channel.send.call_args_list]


# -- interactions -------------------------------------------------------------------------------
def make_interaction(
    *,
    user_id: int = USER_ID,
    channel_id: int | None = CHANNEL_ID,
    guild_id: int | None = GUILD_ID,
    permissions: discord.Permissions | None = None,
    app_permissions: discord.Permissions | None = None,
) -> discord.Interaction:
    """An interaction whose response behaves like Discord's: answered once, then follow-ups.
    ``permissions`` are the member's in the channel (by default they may post there);
    ``app_permissions`` are the bot's own in the channel: by default those of its invite."""
    interaction = create_autospec(discord.Interaction, instance=True)
    interaction.id = next(_ids)
    interaction.user = create_autospec(discord.Member, instance=True)
    interaction.user.id = user_id
    interaction.channel_id = channel_id
    interaction.guild_id = guild_id
    interaction.channel = create_autospec(discord.TextChannel, instance=True)
    interaction.channel.id = channel_id
    interaction.permissions = permissions or MEMBER_PERMISSIONS
    interaction.app_permissions = app_permissions or INVITE_PERMISSIONS
    interaction.command = None

    response = create_autospec(discord.InteractionResponse, instance=True)
    state = {"done": False}
    response.is_done.side_effect = lambda: state["done"]

    async def answered(*args, **kwargs):
        state["done"] = True
        return SimpleNamespace(message_id=next(_ids))

    response.send_message.side_effect = answered
    response.defer.side_effect = answered
    interaction.response = response

    interaction.followup = create_autospec(discord.Webhook, instance=True)

    async def followup(content=None, **kwargs):
        return SimpleNamespace(id=next(_ids), content=content)

    interaction.followup.send.side_effect = followup
    return interaction


def replies(interaction: Any) -> list[tuple[str, dict[str, Any]]]:
    """Everything the bot posted for an interaction, in order, with the keyword arguments."""
    calls = list(interaction.response.send_message.call_args_list)
    calls += list(interaction.followup.send.call_args_list)
    return [(c.args[0], c.kwargs) for c in calls]


def http_error(
    cls: type[discord.HTTPException], status: int, code: int = 0, text: str = "", **headers
):
    """A Discord HTTP error as discord.py raises it (the response is only read for status,
    reason and headers)."""
    response = SimpleNamespace(status=status, reason=text or "error", headers=headers)
    return cls(response, {"code": code, "message": text} if code else text)
