"""Slash commands, called the way discord.py calls them: ``await cog.ask.callback(cog, ...)``."""

from __future__ import annotations

import logging
import time

import discord
import pytest
from discord import app_commands

from bot.config import CooldownSettings
from bot.discord_app.client import APOLOGY
from bot.model import Answer, ArticleInfo
from bot.render import render_article, render_article_list, render_sources

from .conftest import (
    BOT_ID,
    CHANNEL_ID,
    NO_PINGS,
    OTHER_CHANNEL_ID,
    OTHER_USER_ID,
    an_answer,
    http_error,
    make_channel,
    make_interaction,
    make_message,
    replies,
)

ARTICLE = ArticleInfo(
    id="000_seed",
    title="Ukraine requires authentic security guarantees",
    path="seeds/000_seed.txt",
    url="https://example.org/news/1",
    published="2025-08-17",
    outlet=None,
    author=None,
    sentences=20,
    facts=5,
)


async def test_ask_answers_in_the_channel_with_the_cores_reply_and_no_pings(cog, answerer):
    interaction = make_interaction()
    await cog.ask.callback(cog, interaction, question="who is zelensky meeting?")

    answerer.answer.assert_called_once_with("who is zelensky meeting?", previous=None)
    ((text, kwargs),) = replies(interaction)
    assert text == an_answer().reply
    assert kwargs["ephemeral"] is False  # everyone in the channel sees the answer
    assert kwargs["allowed_mentions"].to_dict() == NO_PINGS
    assert kwargs["suppress_embeds"] is True  # no link in it unfurls a preview
    interaction.response.defer.assert_not_awaited()  # fast enough: no "thinking…"


async def test_ask_defers_when_the_answer_might_miss_the_3_second_deadline(make_cog, answerer):
    cog = make_cog(defer_after_ms=10)
    answerer.answer.side_effect = lambda q, **_: time.sleep(0.1) or an_answer(q)
    interaction = make_interaction()
    await cog.ask.callback(cog, interaction, question="who?")

    interaction.response.defer.assert_awaited_once_with(thinking=True, ephemeral=False)
    interaction.response.send_message.assert_not_awaited()
    interaction.followup.send.assert_awaited_once()  # replaces the "thinking…" placeholder
    assert interaction.followup.send.await_args.args[0] == an_answer("who?").reply


async def test_a_long_slash_answer_continues_in_follow_ups(cog, answerer):
    long = Answer(question="x", answered=False, kind="abstain", reply=("word " * 999).strip())
    answerer.answer.side_effect = lambda q, **_: long
    interaction = make_interaction()
    await cog.ask.callback(cog, interaction, question="x")
    parts = replies(interaction)
    assert len(parts) == 3 and all(len(text) <= 2000 for text, _ in parts)
    assert all(kw["allowed_mentions"].to_dict() == NO_PINGS for _, kw in parts)
    assert all(kw["suppress_embeds"] is True for _, kw in parts)


async def test_ask_on_cooldown_gets_a_private_note(make_cog, answerer):
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=30))
    cog.cooldowns.clock = lambda: 1000.0  # stopped: the wait reads 30s on a busy machine too
    await cog.ask.callback(cog, make_interaction(), question="who?")
    second = make_interaction()
    await cog.ask.callback(cog, second, question="who again?")

    assert answerer.answer.call_count == 1
    ((text, kwargs),) = replies(second)
    assert "try again in 30s" in text and kwargs["ephemeral"] is True


async def test_sources_on_cooldown_gets_a_private_note_instead_of_posting_again(make_cog, answerer):
    # /sources posts in the channel: a member repeating it must not flood everyone's screen
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=30))
    cog.sources_cooldowns.clock = lambda: 1000.0  # stopped, as above
    answerer.find_articles.return_value = [ARTICLE]
    await cog.sources.callback(cog, make_interaction(), query="ceasefire")
    second = make_interaction()
    await cog.sources.callback(cog, second, query="ceasefire")

    answerer.find_articles.assert_called_once()
    ((text, kwargs),) = replies(second)
    assert "try again in 30s" in text and kwargs["ephemeral"] is True
    other = make_interaction(user_id=OTHER_USER_ID)  # per member: others are not held up
    await cog.sources.callback(cog, other, query="ceasefire")
    assert replies(other)[0][1]["ephemeral"] is False


async def test_sources_has_a_budget_of_its_own_so_checking_an_answer_costs_no_question(
    make_cog, answerer
):
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=30))
    await cog.ask.callback(cog, make_interaction(), question="who is zelensky meeting?")
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction)
    answerer.sources.assert_called_once()
    assert replies(interaction)[0][1]["ephemeral"] is False


async def test_ask_outside_the_allowed_channels_is_refused_privately(make_cog, answerer):
    cog = make_cog(allowed_channels=(OTHER_CHANNEL_ID,))
    interaction = make_interaction(channel_id=CHANNEL_ID)
    await cog.ask.callback(cog, interaction, question="who?")

    answerer.answer.assert_not_called()
    ((text, kwargs),) = replies(interaction)
    assert text == f"I only answer in <#{OTHER_CHANNEL_ID}>." and kwargs["ephemeral"] is True


@pytest.mark.parametrize(
    "denied, thread",
    [("send_messages", False), ("view_channel", False), ("send_messages_in_threads", True)],
)
async def test_ask_and_sources_where_the_bot_may_not_post_are_refused_privately(
    cog, answerer, denied, thread
):
    """docs/discord.md keeps the bot out of a channel by denying it View Channels (or Send
    Messages): a mention there is ignored, but an interaction's answer needs no permission,
    so `/ask` and `/sources` still answered there in the open for everyone to see."""
    bot_perms = discord.Permissions(274877975616)
    setattr(bot_perms, denied, False)
    for command, options in ((cog.ask, {"question": "who?"}), (cog.sources, {"query": "talks"})):
        interaction = make_interaction(app_permissions=bot_perms)
        if thread:
            interaction.channel.type = discord.ChannelType.public_thread
        await command.callback(cog, interaction, **options)
        ((text, kwargs),) = replies(interaction)
        assert text.startswith("I don't answer in this channel") and kwargs["ephemeral"] is True
    answerer.answer.assert_not_called()
    answerer.find_articles.assert_not_called()
    # what counts is the permission to post where the command was used, and only that one
    if thread:
        allowed = discord.Permissions(view_channel=True, send_messages_in_threads=True)
    else:
        allowed = discord.Permissions(view_channel=True, send_messages=True)
    interaction = make_interaction(app_permissions=allowed)
    if thread:
        interaction.channel.type = discord.ChannelType.public_thread
    await cog.ask.callback(cog, interaction, question="who?")
    answerer.answer.assert_called_once()


@pytest.mark.parametrize(
    "member, thread",
    [
        (discord.Permissions(view_channel=True), False),  # a read-only (announcements) channel
        (discord.Permissions(view_channel=True, send_messages=True), True),  # a locked thread
    ],
)
async def test_a_member_who_may_not_post_here_gets_answers_only_they_see(
    cog, answerer, member, thread
):
    """Discord lets a member use slash commands where they may not post (Use Application
    Commands is a permission of its own): `/ask` and `/sources` in a read-only channel, or a
    thread they may not write in, posted the bot's answer there for everyone, so a member could
    have the bot write in a channel closed to them. They still get the answer, privately."""
    for command, options in (
        (cog.ask, {"question": "who is zelensky meeting?"}),
        (cog.sources, {"query": "talks"}),
        (cog.sources, {}),
    ):
        interaction = make_interaction(permissions=member)
        if thread:
            interaction.channel.type = discord.ChannelType.public_thread
        await command.callback(cog, interaction, **options)
        ((text, kwargs),) = replies(interaction)
        assert kwargs["ephemeral"] is True, text
    answerer.answer.assert_called_once()
    # a private answer is no channel's last answer: /sources would show it to everyone
    assert cog.last_answer.get(CHANNEL_ID) is None


async def test_a_private_answer_is_deferred_privately_too(make_cog, answerer):
    """Discord shows a deferred answer as its "thinking…" placeholder: deferred in the open,
    the private answer would have been posted for everyone."""
    cog = make_cog(defer_after_ms=10)
    answerer.answer.side_effect = lambda q, **_: time.sleep(0.1) or an_answer(q)
    interaction = make_interaction(permissions=discord.Permissions(view_channel=True))
    await cog.ask.callback(cog, interaction, question="who?")
    interaction.response.defer.assert_awaited_once_with(thinking=True, ephemeral=True)
    assert interaction.followup.send.await_args.kwargs["ephemeral"] is True


async def test_ask_in_a_dm_is_refused_unless_dms_are_enabled(make_cog, answerer):
    cog = make_cog()
    interaction = make_interaction(guild_id=None)
    await cog.ask.callback(cog, interaction, question="who?")
    assert replies(interaction)[0][1]["ephemeral"] is True
    answerer.answer.assert_not_called()

    cog = make_cog(answer_dms=True)
    await cog.ask.callback(cog, make_interaction(guild_id=None), question="who?")
    answerer.answer.assert_called_once()


async def test_ask_follows_up_on_the_askers_own_last_answer(cog, answerer):
    await cog.ask.callback(cog, make_interaction(), question="who is zelensky meeting?")
    await cog.ask.callback(cog, make_interaction(user_id=OTHER_USER_ID), question="and when?")
    assert answerer.answer.call_args.kwargs["previous"] is None  # someone else's: no context
    await cog.ask.callback(cog, make_interaction(), question="and when?")
    assert answerer.answer.call_args.kwargs["previous"].question == "who is zelensky meeting?"


async def test_ask_follows_up_on_the_askers_last_answer_to_a_mention_too(cog, answerer):
    """The docs promise "/ask and when?" leans on the asker's own previous answer in the
    channel; one given to a mention was not counted, so the follow-up had no context."""
    from .conftest import BOT_ID, make_message

    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?"))
    await cog.ask.callback(cog, make_interaction(user_id=OTHER_USER_ID), question="and when?")
    assert answerer.answer.call_args.kwargs["previous"] is None  # someone else's: no context
    await cog.ask.callback(cog, make_interaction(), question="and when?")
    assert answerer.answer.call_args.kwargs["previous"].question == "who is zelensky meeting?"


async def test_sources_before_any_answer_says_so_privately(cog, answerer):
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction)
    ((text, kwargs),) = replies(interaction)
    assert text == render_sources([]) and kwargs["ephemeral"] is True
    answerer.sources.assert_not_called()


async def test_sources_with_an_invisible_article_or_query_is_sources_without_one(cog, answerer):
    # a zero-width space typed to fill the option: "no article with id “”" in the channel
    for option in ("article", "query"):
        interaction = make_interaction()
        await cog.sources.callback(cog, interaction, **{option: "\u200b"})
        ((text, kwargs),) = replies(interaction)
        assert text == render_sources([]) and kwargs["ephemeral"] is True
    answerer.article.assert_not_called()
    answerer.find_articles.assert_not_called()


async def test_sources_after_an_answer_shows_its_citations_with_context(cog, answerer):
    await cog.ask.callback(cog, make_interaction(), question="who is zelensky meeting?")
    interaction = make_interaction(user_id=OTHER_USER_ID)  # anyone in the channel may ask
    await cog.sources.callback(cog, interaction)

    (answer,) = answerer.sources.call_args.args
    assert answer.question == "who is zelensky meeting?"
    ((text, kwargs),) = replies(interaction)
    assert text == render_sources(answerer.sources(answer))
    assert "The sentence before." in text and "The sentence after." in text
    assert kwargs["allowed_mentions"].to_dict() == NO_PINGS


async def test_sources_in_a_thread_started_from_an_answer_shows_that_answers_sources(cog, answerer):
    """Members discuss an answer in a thread opened on it; `/sources` there said "No sources
    yet", typed or picked from the menu. A thread started from a message has its id."""
    question = make_message(f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_message(question)
    answer_message = question.channel.sent[0]

    interaction = make_interaction(channel_id=answer_message.id)
    await cog.sources.callback(cog, interaction)
    (answer,) = answerer.sources.call_args.args
    assert answer.question == "who is zelensky meeting?"
    assert replies(interaction)[0][0] == render_sources(answerer.sources(answer))

    thread = make_channel(answer_message.id, thread_of=CHANNEL_ID)
    await cog.on_message(make_message(f"<@{BOT_ID}> /sources", channel=thread))
    assert thread.send.await_args.args[0] == render_sources(answerer.sources(answer))


async def test_sources_remembers_the_last_answer_per_channel(cog):
    await cog.ask.callback(cog, make_interaction(channel_id=CHANNEL_ID), question="who?")
    interaction = make_interaction(channel_id=OTHER_CHANNEL_ID)
    await cog.sources.callback(cog, interaction)
    assert replies(interaction)[0][0] == render_sources([])


async def test_sources_article_shows_one_articles_details(cog, answerer):
    answerer.article.return_value = ARTICLE
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction, article="000_seed")
    answerer.article.assert_called_once_with("000_seed")
    assert replies(interaction)[0][0] == render_article(ARTICLE)
    assert "<https://example.org/news/1>" in replies(interaction)[0][0]  # no link preview


async def test_sources_article_with_an_unknown_id_says_so(cog, answerer):
    answerer.article.return_value = None
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction, article="nope")
    assert "nope" in replies(interaction)[0][0]


async def test_sources_query_lists_the_articles_covering_a_topic(cog, answerer):
    answerer.find_articles.return_value = [ARTICLE]
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction, query="security guarantees")
    answerer.find_articles.assert_called_once_with("security guarantees")
    assert replies(interaction)[0][0] == render_article_list([ARTICLE], "security guarantees")


async def test_sources_with_both_options_asks_for_one(cog, answerer):
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction, article="a", query="b")
    assert "not both" in replies(interaction)[0][0]


async def test_help_is_private_and_lists_only_the_enabled_ways_of_asking(make_cog):
    cog = make_cog(qa_channels=(CHANNEL_ID,), answer_replies=False)
    interaction = make_interaction()
    await cog.help.callback(cog, interaction)
    ((text, kwargs),) = replies(interaction)
    assert kwargs["ephemeral"] is True
    assert f"<#{CHANNEL_ID}>" in text and "@factdesk" in text and "reply" not in text


async def test_slash_commands_have_the_documented_names_and_options(cog):
    assert {c.name for c in cog.get_app_commands()} == {"ask", "sources", "help"}
    assert [p.name for p in cog.sources.parameters] == ["article", "query"]
    assert not any(p.required for p in cog.sources.parameters)
    assert [p.name for p in cog.ask.parameters] == ["question"]


# -- the one error handler ---------------------------------------------------------------------
async def test_a_crash_inside_a_command_apologises_privately_and_logs_the_cause(cog, caplog):
    interaction = make_interaction()
    error = app_commands.CommandInvokeError(cog.ask, RuntimeError("database is locked"))
    await cog.bot.tree.on_error(interaction, error)

    ((text, kwargs),) = replies(interaction)
    assert text == APOLOGY and kwargs["ephemeral"] is True
    assert kwargs["allowed_mentions"].to_dict() == NO_PINGS
    (record,) = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "database is locked" in record.getMessage() and record.exc_info is not None


async def test_after_a_defer_the_apology_is_a_follow_up(cog):
    interaction = make_interaction()
    await interaction.response.defer(thinking=True)
    await cog.bot.tree.on_error(
        interaction, app_commands.CommandInvokeError(cog.ask, RuntimeError("boom"))
    )
    interaction.followup.send.assert_awaited_once()
    assert interaction.followup.send.await_args.kwargs["ephemeral"] is True


async def test_an_expired_interaction_is_logged_in_one_line_and_not_answered(cog, caplog):
    expired = http_error(discord.NotFound, 404, 10062, "Unknown interaction")
    interaction = make_interaction()
    await cog.bot.tree.on_error(interaction, app_commands.CommandInvokeError(cog.ask, expired))

    (record,) = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "expired" in record.getMessage() and "\n" not in record.getMessage()
    assert record.exc_info is None
    assert replies(interaction) == []  # no apology into a dead interaction


async def test_a_failing_apology_is_logged_too(cog, caplog):
    interaction = make_interaction()
    interaction.response.send_message.side_effect = http_error(
        discord.DiscordServerError, 503, 0, "Service Unavailable"
    )
    await cog.bot.tree.on_error(
        interaction, app_commands.CommandInvokeError(cog.ask, RuntimeError("boom"))
    )
    assert "could not send the apology" in caplog.records[-1].getMessage()


async def test_defer_after_ms_is_capped_inside_discords_3_seconds(make_cog):
    assert make_cog(defer_after_ms=10_000).slow_after == 2.5
    assert make_cog(defer_after_ms=800).slow_after == 0.8


async def test_an_interaction_answered_twice_is_logged_not_raised(cog, caplog):
    interaction = make_interaction()
    error = discord.InteractionResponded(interaction)
    await cog.bot.tree.on_error(interaction, app_commands.CommandInvokeError(cog.ask, error))
    assert "already answered" in caplog.records[0].getMessage()


async def test_ask_given_sources_as_its_question_shows_the_sources(cog, answerer):
    """`/ask question: /sources` (the command a member wanted, typed into /ask's box) was
    asked as a question, "The coverage doesn't say (/sources)"; it shows what `/sources` typed
    shows, on its budget, and asks the core nothing."""
    await cog.ask.callback(cog, make_interaction(), question="who is zelensky meeting?")
    answerer.answer.reset_mock()
    for typed in ("/sources", "question: /sources", "/ask /sources"):
        interaction = make_interaction()
        await cog.ask.callback(cog, interaction, question=typed)
        answerer.answer.assert_not_called()
        ((text, kwargs),) = replies(interaction)
        assert text == render_sources(answerer.sources(answerer.sources.call_args.args[0]))
        assert kwargs["allowed_mentions"].to_dict() == NO_PINGS
    answerer.find_articles.return_value = [ARTICLE]
    interaction = make_interaction()
    await cog.ask.callback(cog, interaction, question="/sources query: security guarantees")
    answerer.find_articles.assert_called_once_with("security guarantees")
    assert replies(interaction)[0][0] == render_article_list([ARTICLE], "security guarantees")


@pytest.mark.parametrize("word", ["/help", "/reload", "/HELP me"])
async def test_ask_given_another_command_says_what_it_is_privately(cog, answerer, word):
    interaction = make_interaction()
    await cog.ask.callback(cog, interaction, question=word)
    answerer.answer.assert_not_called()
    ((text, kwargs),) = replies(interaction)
    assert kwargs["ephemeral"] is True
    assert "The coverage doesn't say" not in text
    assert ("Commands:" in text) if "help" in word.lower() else ("given to `/ask`" in text)
