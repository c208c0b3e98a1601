"""``create_bot``: the configured bot, not connected, with explicit intents and no pings."""

from __future__ import annotations

import gc
import logging
from types import SimpleNamespace
from unittest.mock import AsyncMock

import discord
import pytest

import bot
from bot.discord_app import create_bot
from bot.discord_app.client import (
    REQUIRED_PERMISSIONS,
    FactdeskBot,
    ShardedFactdeskBot,
    build_intents,
    invite_url,
    unseen_channels,
)
from bot.errors import ConfigError
from tests.conftest import ROOT

from .conftest import CHANNEL_ID, GUILD_ID, NO_PINGS, http_error, make_config


def test_bot_create_bot_is_the_adapters(answerer):
    assert bot.create_bot is create_bot


def test_the_bot_is_not_connected_and_never_pings(answerer):
    client = create_bot(make_config(), answerer=answerer)
    assert isinstance(client, FactdeskBot)
    assert client.user is None and not client.is_ready()
    assert client.allowed_mentions.to_dict() == NO_PINGS
    assert client.help_command is None  # "@factdesk help" is a question for the core


def test_create_bot_reads_the_config_file_and_opens_the_database(tmp_path, seed_db):
    config = tmp_path / "config.yaml"
    config.write_text(f"discord:\n  qa_channels: [{CHANNEL_ID}]\n", encoding="utf-8")
    client = create_bot(config, db_path=seed_db)
    assert client.config.discord.qa_channels == (CHANNEL_ID,)
    assert client.answerer.db_path == seed_db
    assert "token" not in repr(client).lower()


@pytest.mark.parametrize(
    ("settings", "message_content"),
    [
        ({"answer_replies": False}, False),  # mentions and slash commands only
        ({"answer_replies": True}, True),  # a reply without a ping carries no text otherwise
        ({"answer_replies": False, "qa_channels": (CHANNEL_ID,)}, True),
        ({"answer_replies": False, "answer_mentions": False}, False),
    ],
)
def test_message_content_is_requested_only_when_a_mode_needs_it(settings, message_content):
    intents = build_intents(make_config(**settings).discord)
    assert intents.message_content is message_content
    assert intents.guilds and intents.guild_messages
    assert not intents.members and not intents.presences  # never the other privileged ones


def test_dm_messages_only_when_dms_are_answered():
    assert not build_intents(make_config().discord).dm_messages
    assert build_intents(make_config(answer_dms=True).discord).dm_messages


def test_intents_can_be_replaced_for_tests(answerer):
    intents = discord.Intents.default()
    intents.members = True
    assert create_bot(make_config(), answerer=answerer, intents=intents).intents.members


def test_shard_count_switches_to_the_auto_sharded_bot(answerer):
    client = create_bot(make_config(shard_count=4), answerer=answerer, shard_ids=[0, 1])
    assert isinstance(client, ShardedFactdeskBot) and isinstance(client, FactdeskBot)
    assert isinstance(client, discord.AutoShardedClient)
    assert (client.shard_count, client.shard_ids) == (4, [0, 1])


def test_the_configs_list_of_permissions_is_discord_pys():
    """`bot/config.py` checks `admin_permission` against its own copy of discord.py's names (it
    may not import discord.py); every name it accepts must be one discord.py knows, and one
    discord.py adds should be copied there (the config would refuse it)."""
    from bot.config import DISCORD_PERMISSIONS

    unknown = DISCORD_PERMISSIONS - set(discord.Permissions.VALID_FLAGS)
    assert not unknown, f"bot/config.py's DISCORD_PERMISSIONS has names discord.py lacks: {unknown}"
    assert {"manage_guild", "manage_messages", "administrator"} <= DISCORD_PERMISSIONS


def test_an_unknown_admin_permission_is_a_config_error(answerer):
    with pytest.raises(ConfigError, match="admin_permission.*manage_servers"):
        create_bot(make_config(admin_permission="manage_servers"), answerer=answerer)


async def test_setup_hook_adds_the_cogs_and_does_not_sync_by_default(answerer):
    client = create_bot(make_config(), answerer=answerer)
    client.tree.sync = AsyncMock()
    await client.setup_hook()
    assert set(client.cogs) == {"Questions", "Admin"}
    assert {c.name for c in client.tree.get_commands()} == {"ask", "sources", "help", "reload"}
    client.tree.sync.assert_not_awaited()  # never globally on every start


async def test_setup_hook_warms_the_core_up_in_the_background(answerer):
    client = create_bot(make_config(), answerer=answerer)
    client.tree.sync = AsyncMock()
    await client.setup_hook()
    await client._warming
    answerer.warm_up.assert_called_once_with()


async def test_what_the_warm_up_loads_is_frozen_out_of_the_collectors_reach(answerer):
    """A word list loaded by the warm-up, left to the collector, made every full collection
    walk it (5-30 ms on the Wikinews build): after the warm-up it is frozen, as what the first
    answer loaded is."""
    loaded: list[dict[str, list[str]]] = []
    answerer.warm_up.side_effect = lambda: loaded.append({"word": ["list"]})
    client = create_bot(make_config(), answerer=answerer)
    client.tree.sync = AsyncMock()
    try:
        await client.setup_hook()
        await client._warming
        (word_list,) = loaded
        # frozen objects are the permanent generation's, not among the collector's objects
        assert all(tracked is not word_list for tracked in gc.get_objects())
    finally:
        gc.unfreeze()


async def test_a_failed_warm_up_is_one_log_line_and_the_bot_carries_on(answerer, caplog):
    answerer.warm_up.side_effect = OSError("word list unreadable")
    client = create_bot(make_config(), answerer=answerer)
    client.tree.sync = AsyncMock()
    with caplog.at_level(logging.WARNING):
        await client.setup_hook()
        await client._warming
    assert [r.getMessage() for r in caplog.records if "warm-up" in r.getMessage()] == [
        "warm-up failed: OSError: word list unreadable"
    ]
    assert set(client.cogs) == {"Questions", "Admin"}


async def test_setup_hook_syncs_to_the_test_guild_only(answerer):
    client = create_bot(make_config(test_guild=GUILD_ID), answerer=answerer)
    client.tree.sync = AsyncMock(return_value=[])
    await client.setup_hook()
    client.tree.sync.assert_awaited_once()
    assert client.tree.sync.await_args.kwargs["guild"].id == GUILD_ID
    guild_commands = client.tree.get_commands(guild=discord.Object(GUILD_ID))
    assert {c.name for c in guild_commands} == {"ask", "sources", "help", "reload"}


async def test_run_sync_syncs_globally_once(answerer):
    client = create_bot(make_config(test_guild=GUILD_ID), answerer=answerer, sync_globally=True)
    client.tree.sync = AsyncMock(return_value=[])
    await client.setup_hook()
    client.tree.sync.assert_awaited_once_with()


async def test_a_failed_sync_is_logged_and_the_bot_still_starts(answerer, caplog):
    client = create_bot(make_config(test_guild=GUILD_ID), answerer=answerer)
    client.tree.sync = AsyncMock(
        side_effect=http_error(discord.Forbidden, 403, 50001, "Missing Access")
    )
    caplog.set_level(logging.WARNING)
    await client.setup_hook()
    (record,) = caplog.records
    assert "applications.commands" in record.getMessage() and record.exc_info is None


def test_the_invite_link_asks_for_both_scopes_and_the_minimal_permissions():
    url = invite_url(123)
    assert "client_id=123" in url and "scope=bot+applications.commands" in url
    assert f"permissions={REQUIRED_PERMISSIONS.value}" in url
    assert not REQUIRED_PERMISSIONS.embed_links and not REQUIRED_PERMISSIONS.mention_everyone
    assert REQUIRED_PERMISSIONS.read_message_history  # replying to a message needs it


def test_the_docs_give_the_same_permissions_integer():
    docs = (ROOT / "docs" / "discord.md").read_text(encoding="utf-8")
    assert str(REQUIRED_PERMISSIONS.value) in docs


async def test_sighup_reloads_the_database_and_survives_a_broken_rebuild(answerer, caplog):
    client = create_bot(make_config(), answerer=answerer)
    await client.reload_from_signal()
    answerer.reload.assert_called_once()
    answerer.reload.side_effect = OSError("disk full")
    await client.reload_from_signal()  # logged, not raised
    assert "still serving the previous database" in caplog.records[-1].getMessage()


async def test_a_reload_on_sighup_logs_that_the_config_was_edited(answerer, tmp_path, caplog):
    from bot.config import load_config

    settings = tmp_path / "config.yaml"
    settings.write_text("answer:\n  top: 5\n", encoding="utf-8")
    client = create_bot(load_config(settings), answerer=answerer)
    settings.write_text("answer:\n  top: 7\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="bot.discord_app.client"):
        await client.reload_from_signal()
    assert "was edited since the bot started" in caplog.records[-1].getMessage()


def test_a_process_serving_some_shards_does_not_call_other_servers_channels_unseen(answerer):
    """One process of several (FACTDESK_SHARD_IDS) sees only its shards' servers: the channels
    of the others are not typos."""
    settings = make_config(qa_channels=(CHANNEL_ID,)).discord
    assert unseen_channels(settings, [], complete=False) == []
    assert len(unseen_channels(settings, [])) == 1
    config = make_config(shard_count=4)
    assert not create_bot(config, answerer=answerer, shard_ids=[0, 1]).sees_every_server
    assert create_bot(config, answerer=answerer).sees_every_server
    assert create_bot(make_config(), answerer=answerer).sees_every_server


async def test_a_start_without_registered_commands_tells_the_operator_how(answerer, caplog):
    """The first `factdesk run` without --sync or test_guild left members without /ask in the
    menu, and the log without a word why."""
    client = create_bot(make_config(), answerer=answerer)
    client.tree.sync = AsyncMock()
    client.tree.fetch_commands = AsyncMock(return_value=[])
    await client.setup_hook()
    client.tree.sync.assert_not_awaited()
    (record,) = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert "/ask, /help, /reload, /sources" in record.getMessage()
    assert "factdesk run --sync" in record.getMessage()


async def test_registered_commands_start_quietly(answerer, caplog):
    client = create_bot(make_config(), answerer=answerer)
    client.tree.sync = AsyncMock()
    client.tree.fetch_commands = AsyncMock(return_value=[])
    await client.setup_hook()  # the cogs' commands are in the tree from here
    registered = [SimpleNamespace(name=c.name) for c in client.tree.get_commands()]
    client.tree.fetch_commands = AsyncMock(return_value=registered)
    caplog.clear()
    await client.sync_commands_on_start()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_sigterm_closes_the_connection_and_says_so(answerer, caplog, monkeypatch):
    """`systemctl stop` or `docker stop` (SIGTERM) ended the process on the spot: nothing in the
    log, and the gateway session left open, the bot shown online and answering no one."""
    import asyncio
    import signal

    client = create_bot(make_config(), answerer=answerer)
    client.handle_signals = True
    client.tree.sync = AsyncMock()
    client.tree.fetch_commands = AsyncMock(return_value=[])
    client.close = AsyncMock()
    handlers = {}
    loop = asyncio.get_running_loop()
    monkeypatch.setattr(loop, "add_signal_handler", lambda sig, cb: handlers.setdefault(sig, cb))
    await client.setup_hook()

    assert set(handlers) == {signal.SIGHUP, signal.SIGTERM}
    with caplog.at_level(logging.INFO):
        handlers[signal.SIGTERM]()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    client.close.assert_awaited_once()
    assert "stopping on SIGTERM" in caplog.text


async def test_a_stop_lets_answers_in_progress_be_posted_first(answerer):
    import asyncio

    client = create_bot(make_config(), answerer=answerer)
    client.tree.sync = AsyncMock()
    client.tree.fetch_commands = AsyncMock(return_value=[])
    await client.setup_hook()
    questions = client.get_cog("Questions")
    questions.pending[1] = object()  # a question being answered
    order = []
    client.close = AsyncMock(side_effect=lambda: order.append("closed"))

    async def answered():
        await asyncio.sleep(0.2)
        order.append("answered")
        questions.pending.clear()

    await asyncio.gather(answered(), client.stop_from_signal())
    assert order == ["answered", "closed"]
