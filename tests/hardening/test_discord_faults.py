"""Discord's failures, mocked at the HTTP layer under the real dispatch: each is logged in one
line, no one else's answer is affected, and no user ever sees a traceback.

tests/bot/discord_app checks each failure on its own; here they happen while other members are
being answered at the same time, in other channels and other interactions.
"""

from __future__ import annotations

import asyncio
import logging
from unittest.mock import create_autospec

import discord
import discord.ext.test as dpytest
import discord.ext.test.backend as dpytest_backend
import pytest
from discord import app_commands
from hypothesis import given
from hypothesis import strategies as st

from bot.answer import Answerer
from bot.discord_app.cogs.admin import Admin
from tests.bot.discord_app.conftest import http_error, make_interaction, offline_bot, replies

from .conftest import HEAVY, TRIED
from .discord_harness import Loop, news_config, pings_nobody, start, stop
from .hostile import check_message

FAULTS = [
    pytest.param(
        http_error(discord.Forbidden, 403, 50013, "Missing Permissions"),
        "missing permission (403, code 50013)",
        id="403 on send",
    ),
    pytest.param(
        http_error(discord.NotFound, 404, 10003, "Unknown Channel"),
        "the channel no longer exists (404, code 10003)",
        id="404 deleted channel",
    ),
    pytest.param(
        http_error(discord.HTTPException, 429, 0, "Too Many Requests", **{"Retry-After": "3.5"}),
        "rate limited by Discord (429), retry after 3.5s",
        id="429 with retry-after",
    ),
    pytest.param(discord.RateLimited(42.0), "retry after 42.0s", id="429 past the client's wait"),
    pytest.param(
        http_error(discord.DiscordServerError, 500, 0, "Internal Server Error"),
        "Discord server error (500)",
        id="500",
    ),
    pytest.param(
        http_error(discord.DiscordServerError, 502, 0, "Bad Gateway"),
        "Discord server error (502)",
        id="502",
    ),
]
# What a user must never see: Python's words for what went wrong.
LEAKS = ("Traceback", "Exception", "Error:", "HTTPException", "Forbidden", "NotFound", 'File "')


def one_line_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    records = [r for r in caplog.records if r.name.startswith("bot") and r.levelno >= 30]
    for record in records:
        assert record.levelno == logging.WARNING, record.getMessage()
        assert record.exc_info is None and "\n" not in record.getMessage()
    return [r.getMessage() for r in records]


@pytest.mark.parametrize(("fault", "logged"), FAULTS)
async def test_a_failing_channel_affects_no_one_elses_answer(news_db, caplog, fault, logged):
    """Six members ask at once in a working channel and in a failing one: the six answers in
    the working channel are all posted; each failed reply is one warning line, and nothing
    is sent to anyone about it."""
    caplog.set_level(logging.INFO)
    harness = await start(Answerer(news_config(), news_db), members=6, channels=2)
    good, broken = harness.text_channel(0), harness.text_channel(1)
    harness.faults[broken.id] = fault
    try:
        mention = harness.bot.user.mention
        asked = {}
        for member in range(6):
            for channel in (broken, good):
                message = dpytest_backend.make_message(
                    f"{mention} who is zelensky meeting?", harness.member(member), channel
                )
                asked[message.id] = channel.id
                await asyncio.sleep(0)
        await dpytest.run_all_events()
    finally:
        await stop(harness)
    TRIED["Discord faults injected while others were answered"] += 6

    answered = [p.payload["message_reference"]["message_id"] for p in harness.posted]
    assert sorted(answered) == sorted(m for m, c in asked.items() if c == good.id)
    assert all(p.channel_id == good.id for p in harness.posted)
    for posted in harness.posted:
        check_message(posted.content)
        assert pings_nobody(posted.payload["allowed_mentions"])
        assert not any(leak in posted.content for leak in LEAKS)
    warnings = one_line_warnings(caplog)
    assert len(warnings) == 6 and all(logged in line for line in warnings), warnings
    assert not harness.errors.records


# -- slash commands: the interaction side -------------------------------------------------------
async def invoke(bot, command_name: str, interaction, **options):  # noqa: ANN001
    """What discord.py's command tree does: run the callback, hand any failure to the tree's
    one error handler wrapped as CommandInvokeError."""
    cog = bot.get_cog("Questions")
    command = getattr(cog, command_name)
    interaction.command = command
    try:
        await command.callback(cog, interaction, **options)
    except Exception as exc:
        await bot.tree.on_error(interaction, app_commands.CommandInvokeError(command, exc))


INTERACTION_FAULTS = [
    pytest.param(
        "response",
        http_error(discord.NotFound, 404, 10062, "Unknown interaction"),
        "expired before the bot answered",
        0,
        id="expired interaction token",
    ),
    pytest.param(
        "response",
        http_error(discord.DiscordServerError, 500, 0, "Internal Server Error"),
        "Discord server error (500)",
        1,
        id="500 on the response",
    ),
    pytest.param(
        "response",
        http_error(discord.Forbidden, 403, 50001, "Missing Access"),
        "missing permission (403, code 50001)",
        1,
        id="403 on the response",
    ),
]


@pytest.mark.parametrize(("where", "fault", "logged", "apologies"), INTERACTION_FAULTS)
async def test_a_failing_interaction_affects_no_other_ask(
    news_db, caplog, where, fault, logged, apologies
):
    """Five /ask at once, one of which Discord refuses: the other four get their answer; the
    refused one is one warning line and, when the interaction can still be reached, a short
    private apology (never a traceback)."""
    caplog.set_level(logging.INFO)
    harness = await start(Answerer(news_config(), news_db))
    try:
        interactions = [make_interaction(user_id=1000 + n) for n in range(5)]
        failing = interactions[2]
        calls = {"n": 0}
        real_send = failing.response.send_message.side_effect

        async def fail_first(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == 1:
                raise fault
            return await real_send(*args, **kwargs)

        failing.response.send_message.side_effect = fail_first
        await asyncio.gather(
            *(
                invoke(harness.bot, "ask", i, question="who is zelensky meeting?")
                for i in interactions
            )
        )
    finally:
        await stop(harness)
    TRIED["Discord faults injected while others were answered"] += 1

    for interaction in interactions:
        if interaction is failing:
            continue
        sent = replies(interaction)
        assert sent and "Sorry" not in sent[0][0]
        for content, _ in sent:
            check_message(content)
    apology = replies(failing)[1:]  # after the refused answer
    assert len(apology) == apologies
    for content, kwargs in apology:
        assert content.startswith("Sorry") and kwargs["ephemeral"] is True
        assert not any(leak in content for leak in LEAKS)
    warnings = one_line_warnings(caplog)
    assert len(warnings) == 1 and logged in warnings[0], warnings


async def test_an_answer_whose_follow_up_token_expired_is_one_line(news_db, caplog):
    """After a defer, the answer goes out as a follow-up through the interaction's webhook,
    whose token lasts 15 minutes. Once it has expired, Discord answers 401 "Invalid Webhook
    Token" (code 50027) to the answer and to any apology alike: one line, and no apology into
    a dead interaction."""
    caplog.set_level(logging.INFO)
    harness = await start(Answerer(news_config(), news_db))
    try:
        interaction = make_interaction()
        await interaction.response.defer(thinking=True)
        interaction.followup.send.side_effect = http_error(
            discord.HTTPException, 401, 50027, "Invalid Webhook Token"
        )
        await invoke(harness.bot, "ask", interaction, question="who is zelensky meeting?")
    finally:
        await stop(harness)
    warnings = one_line_warnings(caplog)
    assert len(warnings) == 1 and "401, code 50027" in warnings[0], warnings


# -- the gateway --------------------------------------------------------------------------------
async def test_a_gateway_reconnect_is_logged_and_answering_carries_on(news_db, caplog):
    """Discord drops gateway connections now and then; discord.py reconnects and resumes. The
    bot logs each in one line, keeps its memory (cooldowns, each channel's last answer), and
    answers in flight are posted over HTTP, which does not need the gateway."""
    caplog.set_level(logging.INFO)
    harness = await start(Answerer(news_config(), news_db))
    try:
        cog = harness.questions
        await harness.mention("who is zelensky meeting?")
        remembered = cog.last_answer.get(harness.channel.id)
        message = dpytest_backend.make_message(
            f"{harness.bot.user.mention} what does russia want?", harness.member(0), harness.channel
        )
        harness.bot.dispatch("disconnect")  # while that question is being answered
        harness.bot.dispatch("resumed")
        await dpytest.run_all_events()
        await harness.mention("where are the talks?")
    finally:
        await stop(harness)

    assert harness.questions is cog and cog.last_answer.get(harness.channel.id) is not None
    assert remembered is not None
    referenced = [p.payload["message_reference"]["message_id"] for p in harness.posted]
    assert message.id in referenced and len(referenced) == 3
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("bot")]
    gateway = [line for line in lines if "gateway" in line]
    assert len(gateway) == 2 and all("\n" not in line for line in gateway), lines
    assert not harness.errors.records


# -- admin commands -----------------------------------------------------------------------------
PERMISSIONS = st.integers(0, 2**53 - 1).map(discord.Permissions)


@pytest.fixture(scope="module")
def admins():
    """Admin cogs configured for two different permissions, over a fake core."""
    loop = Loop()
    fake = create_autospec(Answerer, instance=True)
    cogs = {
        name: Admin(offline_bot(news_config(admin_permission=name), fake))
        for name in ("manage_guild", "manage_channels")
    }
    yield loop, fake, cogs
    loop.close()


@HEAVY
@given(permissions=PERMISSIONS, which=st.sampled_from(["manage_guild", "manage_channels"]))
def test_reload_is_refused_to_anyone_without_the_configured_permission(admins, permissions, which):
    loop, fake, cogs = admins
    fake.reload.reset_mock()
    cog = cogs[which]
    allowed = permissions.administrator or getattr(permissions, which)
    interaction = make_interaction(permissions=permissions)
    loop.run(cog.reload.callback(cog, interaction))
    TRIED["permission sets tried on /reload"] += 1
    assert fake.reload.called == bool(allowed)
    if not allowed:
        ((text, kwargs),) = replies(interaction)
        assert text.startswith("You need the") and kwargs["ephemeral"] is True
