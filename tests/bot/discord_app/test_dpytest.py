"""The real discord.py dispatch, through dpytest's fake gateway and HTTP: a message goes in as
Discord would deliver it, the bot's listener and commands run, and what it posts comes out."""

from __future__ import annotations

import logging
from unittest.mock import AsyncMock

import discord
import discord.ext.test as dpytest
import pytest
import pytest_asyncio
from discord.ext import commands
from discord.ext.test import factories

from bot.config import CooldownSettings
from bot.discord_app import create_bot
from bot.discord_app.cogs.questions import COOLDOWN_EMOJI

from .conftest import an_answer, make_config


def dpytest_intents() -> discord.Intents:
    intents = discord.Intents.default()
    intents.members = True  # dpytest builds its fake guilds from members
    intents.message_content = True
    return intents


@pytest_asyncio.fixture
async def dpy_bot(answerer):
    """The bot as ``create_bot`` makes it, with cogs added by its own ``setup_hook``."""
    config = make_config(cooldown=CooldownSettings(rate=2, per_seconds=60))
    client = create_bot(config, answerer=answerer, intents=dpytest_intents())
    await client._async_setup_hook()  # what login() would do first
    await client.setup_hook()
    dpytest.configure(client, members=2)
    yield client
    await dpytest.empty_queue()


async def test_a_mention_is_answered_through_the_real_dispatch(dpy_bot, answerer):
    await dpytest.message(f"{dpy_bot.user.mention} who is zelensky meeting?")

    answerer.answer.assert_called_once_with("who is zelensky meeting?", previous=None)
    assert dpytest.verify().message().content(an_answer("who is zelensky meeting?").reply)


async def test_an_ordinary_message_is_left_alone(dpy_bot, answerer):
    await dpytest.message("who is zelensky meeting?")  # no mention, not a Q&A channel
    answerer.answer.assert_not_called()
    assert dpytest.verify().message().nothing()


async def test_everyone_pings_do_not_wake_the_bot(dpy_bot, answerer):
    await dpytest.message("@everyone who is zelensky meeting?")
    answerer.answer.assert_not_called()
    assert dpytest.verify().message().nothing()


async def test_a_user_over_the_rate_gets_an_hourglass(dpy_bot, answerer, monkeypatch):
    # dpytest 0.7 cannot parse its own reaction event under discord.py 2.7 (no "type" key), so
    # the HTTP call the reaction makes is what is checked
    add_reaction = AsyncMock()
    monkeypatch.setattr(dpy_bot.http, "add_reaction", add_reaction)
    for _ in range(2):
        await dpytest.message(f"{dpy_bot.user.mention} who?")
    await dpytest.empty_queue()
    third = await dpytest.message(f"{dpy_bot.user.mention} who, again?")

    assert answerer.answer.call_count == 2
    assert dpytest.verify().message().nothing()
    add_reaction.assert_awaited_once_with(third.channel.id, third.id, COOLDOWN_EMOJI)


async def test_sync_is_refused_for_a_member_who_is_not_the_owner(dpy_bot, answerer):
    dpy_bot.owner_id = 1  # not the test member
    with pytest.raises(commands.NotOwner):  # dpytest re-raises what on_command_error saw
        await dpytest.message(f"{dpy_bot.user.mention} sync")
    assert dpytest.verify().message().content("That command is for the bot's owner.")
    answerer.answer.assert_not_called()  # a command is never also a question


async def test_a_members_question_that_starts_with_sync_is_answered(dpy_bot, answerer):
    """ "@factdesk sync up the timeline: when did the talks start?" from a member was taken
    as the owner's command and refused ("That command is for the bot's owner."); written as
    the command ("sync", "sync global") it is still refused."""
    dpy_bot.owner_id = 1  # not the test member
    question = "sync up the timeline: when did the talks start?"
    await dpytest.message(f"{dpy_bot.user.mention} {question}")
    answerer.answer.assert_called_once_with(question, previous=None)
    assert dpytest.verify().message().content(an_answer(question).reply)
    with pytest.raises(commands.NotOwner):
        await dpytest.message(f"{dpy_bot.user.mention} sync  global")
    assert dpytest.verify().message().content("That command is for the bot's owner.")
    assert answerer.answer.call_count == 1


async def test_the_owner_still_gets_the_usage_for_a_mistyped_scope(dpy_bot, answerer):
    dpy_bot.owner_id = dpytest.get_config().members[0].id
    with pytest.raises(commands.UserInputError):
        await dpytest.message(f"{dpy_bot.user.mention} sync globl")
    assert dpytest.verify().message().contains().content("sync [guild|global|clear]")
    answerer.answer.assert_not_called()


async def test_an_allowed_or_qa_channel_the_bot_cannot_see_is_named_when_it_connects(
    answerer, caplog
):
    """A category's id in `allowed_channels` (taken to cover its channels), a server's id or a
    typo matched no message: the bot answered nowhere there, and nothing in the log said so."""
    client = create_bot(make_config(), answerer=answerer, intents=dpytest_intents())
    await client._async_setup_hook()
    await client.setup_hook()
    dpytest.configure(client, members=1)
    guild = dpytest.get_config().guilds[0]
    channel = dpytest.get_config().channels[0]
    category = await guild.create_category("News")
    try:
        client.config = make_config(
            allowed_channels=(channel.id, category.id), qa_channels=(guild.id,)
        )
        with caplog.at_level(logging.WARNING, logger="bot.discord_app.client"):
            await client.on_ready()
        lines = [r.getMessage() for r in caplog.records if r.name == "bot.discord_app.client"]
        assert lines == [
            f"discord.allowed_channels: {category.id} is the category 'News', which matches no"
            " message: list the ids of its channels",
            f"discord.qa_channels: {guild.id} is no channel of the servers the bot is in "
            "(a typo, or a server's id): nothing is answered there",
        ]
    finally:
        await dpytest.empty_queue()


async def test_a_qa_channel_the_allow_list_leaves_out_is_named_when_it_connects(answerer, caplog):
    """With `allowed_channels` set, a channel added to `qa_channels` but not to the allow list
    (checked first) got no answer at all, and nothing in the log said so. A thread of an
    allowed channel is allowed, as the questions cog reads the list."""
    client = create_bot(make_config(), answerer=answerer, intents=dpytest_intents())
    await client._async_setup_hook()
    await client.setup_hook()
    dpytest.configure(client, members=1)
    guild = dpytest.get_config().guilds[0]
    allowed = dpytest.get_config().channels[0]
    qa = await guild.create_text_channel("ask-here")
    try:
        client.config = make_config(allowed_channels=(allowed.id,), qa_channels=(qa.id,))
        with caplog.at_level(logging.WARNING, logger="bot.discord_app.client"):
            await client.on_ready()
        lines = [r.getMessage() for r in caplog.records if r.name == "bot.discord_app.client"]
        assert lines == [
            f"discord.qa_channels: {qa.id} ('ask-here') is not in discord.allowed_channels, "
            "where alone the bot answers: nothing is answered there; add it to allowed_channels"
            " too"
        ]
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="bot.discord_app.client"):
            client.config = make_config(allowed_channels=(allowed.id, qa.id), qa_channels=(qa.id,))
            await client.on_ready()
            client.config = make_config(qa_channels=(qa.id,))  # no allow list: everywhere
            await client.on_ready()
        assert not [r for r in caplog.records if r.name == "bot.discord_app.client"]
    finally:
        await dpytest.empty_queue()


async def test_an_edited_question_edits_the_answer_through_the_real_dispatch(dpy_bot, answerer):
    """The gateway's MESSAGE_UPDATE for a member's edit reaches the cog (as a raw edit event,
    whether or not the message is still in discord.py's cache) and the bot edits its reply."""
    question = await dpytest.message(f"{dpy_bot.user.mention} who is zelenksy meeting?")
    reply = dpytest.get_message()
    data = factories.dict_from_message(question)
    data.update(channel_id=question.channel.id, guild_id=question.guild.id, type=0)
    data["content"] = f"{dpy_bot.user.mention} who is zelensky meeting?"
    dpy_bot._connection._messages.clear()  # long gone from the cache: the raw event still comes
    dpy_bot._connection.parse_message_update(data)
    await dpytest.run_all_events()

    answerer.answer.assert_called_with("who is zelensky meeting?", previous=None)
    assert dpytest.verify().message().nothing()  # no second answer posted
    now = await reply.channel.fetch_message(reply.id)
    assert now.content == an_answer("who is zelensky meeting?").reply


async def test_a_members_repeated_sync_is_refused_on_their_question_budget(
    dpy_bot, answerer, monkeypatch
):
    """Every "@factdesk sync" from a member who is not the owner was refused in a message of its
    own, with no limit: a member could make the bot post as often as they liked, where their
    questions stop at the cooldown. The refusals now count as their questions (2 per minute
    here), and the first one over the budget gets the ⏳ instead."""
    add_reaction = AsyncMock()  # dpytest cannot parse its own reaction event (see above)
    monkeypatch.setattr(dpy_bot.http, "add_reaction", add_reaction)
    dpy_bot.owner_id = 1  # not the test member
    for _ in range(5):
        with pytest.raises(commands.NotOwner):
            await dpytest.message(f"{dpy_bot.user.mention} sync")
    for _ in range(2):
        assert dpytest.verify().message().content("That command is for the bot's owner.")
    assert dpytest.verify().message().nothing()
    await dpytest.message(f"{dpy_bot.user.mention} who is zelensky meeting?")
    answerer.answer.assert_not_called()  # the budget is spent: no question either
    add_reaction.assert_awaited_once()


@pytest_asyncio.fixture
async def fenced_bot(answerer):
    """A bot the operator keeps to one channel (``allowed_channels``) that is not the test's."""
    config = make_config(allowed_channels=(1,))
    client = create_bot(config, answerer=answerer, intents=dpytest_intents())
    await client._async_setup_hook()
    await client.setup_hook()
    dpytest.configure(client, members=2)
    yield client
    await dpytest.empty_queue()


async def test_sync_from_a_member_where_the_bot_does_not_answer_gets_no_refusal(fenced_bot):
    """Outside ``allowed_channels`` a member's question is left alone, but "@factdesk sync"
    got "That command is for the bot's owner." posted there: the one way to make the bot
    speak in a channel the operator kept it out of."""
    fenced_bot.owner_id = 1  # not the test member
    with pytest.raises(commands.NotOwner):
        await dpytest.message(f"{fenced_bot.user.mention} sync")
    assert dpytest.verify().message().nothing()
