"""Questions asked in messages: the reply, its splitting, mention safety, cooldown, follow-ups
and Discord's failures. The cog's listener is called directly with autospec'd messages."""

from __future__ import annotations

import logging
import time

import discord
import pytest

from bot.config import CooldownSettings, DiscordSettings
from bot.discord_app.cogs.questions import APOLOGY, COOLDOWN_EMOJI, classify
from bot.discord_app.replies import describe
from bot.model import Answer
from bot.render import render_abstention, render_answer

from .conftest import (
    BOT_ID,
    CHANNEL_ID,
    NO_PINGS,
    OTHER_CHANNEL_ID,
    OTHER_USER_ID,
    USER_ID,
    an_answer,
    citation,
    http_error,
    make_channel,
    make_interaction,
    make_message,
    me,
    sent_texts,
)


async def test_a_mention_gets_the_cores_reply_as_a_reply_that_pings_nobody(cog, answerer):
    message = make_message(f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_message(message)

    answerer.answer.assert_called_once_with("who is zelensky meeting?", previous=None)
    message.channel.send.assert_awaited_once()
    call = message.channel.send.await_args
    assert call.args[0] == an_answer().reply  # exactly what `factdesk ask` prints
    assert call.kwargs["reference"] is message.to_reference.return_value
    message.to_reference.assert_called_once_with(fail_if_not_exists=False)
    assert call.kwargs["mention_author"] is False
    assert call.kwargs["allowed_mentions"].to_dict() == NO_PINGS


async def test_links_in_an_answer_post_no_preview(cog, answerer):
    """Servers give @everyone, the bot included, Embed Links by default: a bare address in a
    quoted sentence, or in a topic a member typed, unfurled a preview of whatever it named."""
    answerer.answer.side_effect = None
    answerer.answer.return_value = Answer(
        question="q", answered=False, kind="abstain", reply="See https://evil.example/x"
    )
    message = make_message(f"<@{BOT_ID}> q")
    await cog.on_message(message)
    assert message.channel.send.await_args.kwargs["suppress_embeds"] is True


async def test_the_client_itself_never_pings(cog):
    assert cog.bot.allowed_mentions.to_dict() == NO_PINGS


async def test_a_long_answer_is_split_into_messages_of_at_most_2000_characters(cog, answerer):
    sentence = "Sentence number {} says something rather long about the talks. "
    sentences = [sentence.format(i) * 6 for i in range(12)]
    cites = tuple(citation(s.strip(), n) for n, s in enumerate(sentences, start=1))
    long = Answer(question="q", answered=True, reply=render_answer(cites), citations=cites)
    assert len(long.reply) > 4000
    answerer.answer.side_effect = None
    answerer.answer.return_value = long

    message = make_message(f"<@{BOT_ID}> tell me everything")
    await cog.on_message(message)

    parts = sent_texts(message.channel)
    assert len(parts) >= 3
    assert all(len(part) <= 2000 for part in parts)
    assert "\n".join(parts).split() == long.reply.split()  # nothing lost or added
    assert all(f"[{n}]" in "\n".join(parts) for n in range(1, 13))
    calls = message.channel.send.await_args_list
    assert "reference" in calls[0].kwargs  # only the first part replies to the question
    assert all("reference" not in c.kwargs for c in calls[1:])
    assert all(c.kwargs["allowed_mentions"].to_dict() == NO_PINGS for c in calls)


async def test_a_question_full_of_mentions_never_pings_anyone(cog, answerer):
    # the core echoes the question when it abstains: the echo is defused and nothing may ping
    answerer.answer.side_effect = lambda q, **_: Answer(
        question=q, answered=False, kind="abstain", reply=render_abstention(q, [])
    )
    hostile = f"<@{BOT_ID}> @everyone @here <@&555555555555555555> <@666666666666666666> why?"
    message = make_message(hostile)
    await cog.on_message(message)

    text = sent_texts(message.channel)[0]
    assert "@everyone" not in text and "@here" not in text
    assert "<@&555555555555555555>" not in text and "<@666666666666666666>" not in text
    assert message.channel.send.await_args.kwargs["allowed_mentions"].to_dict() == NO_PINGS


async def test_a_user_on_cooldown_gets_a_reaction_once_not_silence_and_not_an_answer(
    make_cog, answerer
):
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
    first = make_message(f"<@{BOT_ID}> who?")
    second = make_message(f"<@{BOT_ID}> who again?")
    third = make_message(f"<@{BOT_ID}> who, again?")
    for message in (first, second, third):
        await cog.on_message(message)

    assert answerer.answer.call_count == 1
    second.add_reaction.assert_awaited_once_with(COOLDOWN_EMOJI)
    third.add_reaction.assert_not_awaited()  # one hint per burst, not one per message
    second.channel.send.assert_not_awaited()


async def test_cooldown_is_per_user(make_cog, answerer):
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
    await cog.on_message(make_message(f"<@{BOT_ID}> who?"))
    await cog.on_message(make_message(f"<@{BOT_ID}> who?", author_id=999))
    assert answerer.answer.call_count == 2


async def test_a_reply_to_an_answer_follows_up_with_that_answer_as_context(cog, answerer):
    question = make_message(f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_message(question)
    answer_message = question.channel.sent[0]  # the bot's answer, as Discord returned it

    await cog.on_message(make_message("and when?", reply_to=answer_message))

    assert answerer.answer.call_args.args == ("and when?",)
    previous = answerer.answer.call_args.kwargs["previous"]
    assert isinstance(previous, Answer) and previous.question == "who is zelensky meeting?"


async def test_a_reply_to_a_question_the_bot_answered_follows_up_on_that_answer(cog, answerer):
    """In a busy channel members reply to the question, not to the bot's answer further down:
    "@factdesk and where?" replying to someone's answered question was asked with no context,
    and got "Ask me a question about the coverage"."""
    question = make_message(f"<@{BOT_ID}> who is zelensky meeting?", author_id=OTHER_USER_ID)
    await cog.on_message(question)

    await cog.on_message(make_message(f"<@{BOT_ID}> and where?", reply_to=question))

    assert answerer.answer.call_args.args == ("and where?",)
    previous = answerer.answer.call_args.kwargs["previous"]
    assert isinstance(previous, Answer) and previous.question == "who is zelensky meeting?"


async def test_a_question_in_a_thread_started_from_an_answer_follows_up_on_it(cog, answerer):
    """Members discuss an answer in a thread opened on it; "@factdesk and when?" there was
    asked with no context. A thread started from a message has that message's id."""
    question = make_message(f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_message(question)
    answer_message = question.channel.sent[0]
    thread = make_channel(answer_message.id, thread_of=CHANNEL_ID)

    await cog.on_message(make_message(f"<@{BOT_ID}> and when?", channel=thread))
    previous = answerer.answer.call_args.kwargs["previous"]
    assert isinstance(previous, Answer) and previous.question == "who is zelensky meeting?"

    interaction = make_interaction(user_id=OTHER_USER_ID, channel_id=answer_message.id)
    await cog.ask.callback(cog, interaction, question="and where?")
    previous = answerer.answer.call_args.kwargs["previous"]
    assert isinstance(previous, Answer) and previous.question == "who is zelensky meeting?"


async def test_a_question_in_a_thread_started_from_an_answered_question_follows_up_on_it(
    cog, answerer
):
    """ "Create Thread" is as often used on the question as on the answer below it (members
    reply to the question too); in a thread opened on the question, "@factdesk and when?" was
    asked with no context and `/sources` said "No sources yet"."""
    question = make_message(f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_message(question)
    thread = make_channel(question.id, thread_of=CHANNEL_ID)

    interaction = make_interaction(user_id=OTHER_USER_ID, channel_id=question.id)
    await cog.sources.callback(cog, interaction)
    (shown,) = answerer.sources.call_args.args
    assert shown.question == "who is zelensky meeting?"

    await cog.on_message(make_message(f"<@{BOT_ID}> and when?", channel=thread))
    previous = answerer.answer.call_args.kwargs["previous"]
    assert isinstance(previous, Answer) and previous.question == "who is zelensky meeting?"


async def test_a_question_in_any_other_thread_has_no_context(cog, answerer):
    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?"))
    thread = make_channel(OTHER_CHANNEL_ID, thread_of=CHANNEL_ID)
    await cog.on_message(make_message(f"<@{BOT_ID}> and when?", channel=thread))
    answerer.answer.assert_called_with("and when?", previous=None)


async def test_a_reply_to_a_message_the_bot_did_not_answer_has_no_context(cog, answerer):
    chatter = make_message("anyone read the news today?", author_id=OTHER_USER_ID)
    await cog.on_message(chatter)  # no mention: not a question
    await cog.on_message(make_message(f"<@{BOT_ID}> and where?", reply_to=chatter))
    answerer.answer.assert_called_once_with("and where?", previous=None)


async def test_a_reply_to_an_answer_from_before_a_restart_is_answered_without_context(
    cog, answerer
):
    old_answer = make_message("> quoted [1]", author_id=BOT_ID)
    await cog.on_message(make_message("and when?", reply_to=old_answer))
    answerer.answer.assert_called_once_with("and when?", previous=None)


async def test_an_abstention_does_not_replace_the_channels_last_answer(cog, answerer):
    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?"))
    answerer.answer.side_effect = lambda q, **_: an_answer(q, answered=False)
    await cog.on_message(make_message(f"<@{BOT_ID}> what colour is the sky?"))
    assert cog.last_answer.get(CHANNEL_ID).question == "who is zelensky meeting?"


async def test_a_channel_the_bot_cannot_post_in_is_skipped_without_a_request(cog, answerer):
    channel = make_channel(can_send=False)
    await cog.on_message(make_message(f"<@{BOT_ID}> who?", channel=channel))
    answerer.answer.assert_not_called()
    channel.send.assert_not_awaited()


async def test_without_read_message_history_the_answer_is_posted_without_the_reply_link(cog):
    channel = make_channel(can_read_history=False)
    await cog.on_message(make_message(f"<@{BOT_ID}> who?", channel=channel))
    call = channel.send.await_args
    assert "reference" not in call.kwargs and call.args[0] == an_answer("who?").reply
    assert call.kwargs["allowed_mentions"].to_dict() == NO_PINGS


async def test_in_a_thread_the_bot_needs_send_messages_in_threads(cog, answerer):
    thread = make_channel(OTHER_CHANNEL_ID, thread_of=CHANNEL_ID)
    await cog.on_message(make_message(f"<@{BOT_ID}> who?", channel=thread))
    thread.send.assert_awaited_once()
    locked = make_channel(OTHER_CHANNEL_ID, thread_of=CHANNEL_ID, can_send=False)
    await cog.on_message(make_message(f"<@{BOT_ID}> who?", channel=locked))
    locked.send.assert_not_awaited()


async def test_a_slow_answer_shows_typing(make_cog, answerer):
    cog = make_cog(defer_after_ms=1)
    answerer.answer.side_effect = lambda q, **_: time.sleep(0.05) or an_answer(q)
    message = make_message(f"<@{BOT_ID}> who?")
    await cog.on_message(message)
    message.channel.typing.assert_called_once()
    message.channel.send.assert_awaited_once()


FORBIDDEN = http_error(discord.Forbidden, 403, 50013, "Missing Permissions")
FAILURES = [
    pytest.param(FORBIDDEN, "403", id="403"),
    pytest.param(http_error(discord.DiscordServerError, 500, 0, "Server Error"), "500", id="500"),
    pytest.param(http_error(discord.DiscordServerError, 503, 0, "Unavailable"), "503", id="503"),
    pytest.param(
        http_error(discord.HTTPException, 429, 0, "Too Many Requests", **{"Retry-After": "2.5"}),
        "retry after 2.5s",
        id="429",
    ),
    pytest.param(discord.RateLimited(12.0), "retry after 12.0s", id="rate-limited"),
    pytest.param(
        http_error(discord.NotFound, 404, 10003, "Unknown Channel"), "no longer exists", id="404"
    ),
]


@pytest.mark.parametrize(("error", "expected"), FAILURES)
async def test_discord_failures_are_logged_in_one_line_and_the_bot_keeps_serving(
    cog, answerer, caplog, error, expected
):
    broken = make_channel()
    broken.send.side_effect = error
    caplog.set_level(logging.WARNING)

    await cog.on_message(make_message(f"<@{BOT_ID}> who?", channel=broken))  # does not raise

    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(records) == 1
    line = records[0].getMessage()
    assert "\n" not in line and expected in line and records[0].exc_info is None

    fine = make_channel(OTHER_CHANNEL_ID)
    await cog.on_message(make_message(f"<@{BOT_ID}> who?", channel=fine))
    fine.send.assert_awaited_once()


async def test_the_cooldown_hint_is_skipped_quietly_where_the_bot_may_not_react(make_cog, caplog):
    """Without Add Reactions or Read Message History the hourglass failed with a 403 that
    was logged as a warning on every burst: it is skipped (a debug line), and a 403 Discord
    gives anyway (an override the bot cannot see) is a debug line too. Other failures are
    still the operator's business."""
    caplog.set_level(logging.DEBUG)
    for channel in (make_channel(can_react=False), make_channel(can_read_history=False)):
        cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
        await cog.on_message(make_message(f"<@{BOT_ID}> who?", channel=channel))
        second = make_message(f"<@{BOT_ID}> who?", channel=channel)
        await cog.on_message(second)
        second.add_reaction.assert_not_awaited()
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
    await cog.on_message(make_message(f"<@{BOT_ID}> who?"))
    second = make_message(f"<@{BOT_ID}> who?")
    second.add_reaction.side_effect = FORBIDDEN
    await cog.on_message(second)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("missing permission (403" in r.getMessage() for r in caplog.records)

    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
    await cog.on_message(make_message(f"<@{BOT_ID}> who?"))
    third = make_message(f"<@{BOT_ID}> who?")
    third.add_reaction.side_effect = http_error(discord.DiscordServerError, 503, 0, "Down")
    await cog.on_message(third)
    assert [r for r in caplog.records if r.levelno == logging.WARNING]


async def test_a_crash_while_answering_apologises_and_logs_the_cause(cog, answerer, caplog):
    answerer.answer.side_effect = RuntimeError("index corrupted")
    message = make_message(f"<@{BOT_ID}> who?")
    await cog.on_message(message)

    assert sent_texts(message.channel) == [APOLOGY]
    assert message.channel.send.await_args.kwargs["allowed_mentions"].to_dict() == NO_PINGS
    crash = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(crash) == 1 and "index corrupted" in crash[0].getMessage()
    assert crash[0].exc_info is not None  # the cause, with its traceback, for the operator


def test_describe_names_an_expired_interaction():
    error = http_error(discord.NotFound, 404, 10062, "Unknown interaction")
    assert "expired" in describe(error)


# -- slash commands typed as text ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "command", "rest"),
    [
        ("/ask who is zelensky meeting?", None, "who is zelensky meeting?"),
        ("/ASK: who is zelensky meeting?", None, "who is zelensky meeting?"),
        # the option's name, as /help shows it ("`/ask question:`"), was asked as a word
        ("/ask question: who is zelensky meeting?", None, "who is zelensky meeting?"),
        ("/ask Question:who is zelensky meeting?", None, "who is zelensky meeting?"),
        ("/ask question time: when?", None, "question time: when?"),
        ("/sources", "sources", ""),
        ("/Sources query: ceasefire", "sources", "query: ceasefire"),
        ("/asking for a friend", None, "/asking for a friend"),
        ("who said /sources?", None, "who said /sources?"),
        # near misses a member means the command by, each asked as a question before
        ("/ sources", "sources", ""),
        ("/source query: ceasefire", "sources", "query: ceasefire"),
        ("!sources 2", "sources", "2"),
        ("! ask who is zelensky meeting?", None, "who is zelensky meeting?"),
        ("/sourcesx", None, "/sourcesx"),
        ("/source-code", None, "/source-code"),  # a word, as "/sourcesx" is
        # a zero-width space a pasted text or a phone keyboard left first: asked as a question
        ("\u200b/sources 2", "sources", "2"),
        ("\ufeff/ask who is zelensky meeting?", None, "who is zelensky meeting?"),
    ],
)
def test_a_slash_command_typed_as_text_is_read_as_that_command(typed, command, rest):
    from bot.discord_app.cogs.questions import typed_command

    assert typed_command(typed) == (command, rest)


async def test_ask_typed_as_text_asks_the_question_without_the_command(cog, answerer):
    """Discord sends "/ask …" as text where the member did not pick the command from the menu
    (or the commands are not synced yet); "ask" was one of the question's words."""
    await cog.on_message(make_message(f"<@{BOT_ID}> /ask who is zelensky meeting?"))
    answerer.answer.assert_called_once_with("who is zelensky meeting?", previous=None)


async def test_ask_typed_as_text_follows_up_on_the_askers_last_answer_as_the_command_does(
    cog, answerer
):
    """``/ask and when?`` picked from the menu leans on the asker's own last answer in the
    channel (a slash command cannot reply to it); typed as text, where the commands are not
    synced or the member did not pick it, the same command had no context ("Ask me a
    question…"), and chat's ``/ask`` follows up too. Someone else's answer is no context."""
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?", channel=channel))
    other = make_message(f"<@{BOT_ID}> /ask and when?", author_id=OTHER_USER_ID, channel=channel)
    await cog.on_message(other)
    assert answerer.answer.call_args.kwargs["previous"] is None
    await cog.on_message(make_message(f"<@{BOT_ID}> /ask and when?", channel=channel))
    assert answerer.answer.call_args.kwargs["previous"].question == "who is zelensky meeting?"
    elsewhere = make_channel(OTHER_CHANNEL_ID)
    await cog.on_message(make_message(f"<@{BOT_ID}> /ask and when?", channel=elsewhere))
    assert answerer.answer.call_args.kwargs["previous"] is None  # another channel's: none


async def test_a_dm_follows_up_on_the_members_last_answer_there_as_chat_does(make_cog, answerer):
    """A DM is one member's conversation with the bot, as `factdesk chat` is an operator's:
    there "and when?" after an answer follows up on it, and in a DM it got "Ask me a
    question…" unless the member used Discord's reply on the answer."""
    from .conftest import make_dm_channel

    cog = make_cog(answer_dms=True)
    dm = make_dm_channel()
    await cog.on_message(make_message("who is zelensky meeting?", dm=True, channel=dm))
    await cog.on_message(make_message("and when?", dm=True, channel=dm))
    assert answerer.answer.call_args.kwargs["previous"].question == "who is zelensky meeting?"


async def test_a_mention_that_replies_to_nothing_follows_up_on_the_members_own_answer(
    cog, answerer
):
    """ "@factdesk and when?" right after the member's answer, not sent as a reply, got "Ask
    me a question…"; it follows up on that member's own last answer in the channel now, so two
    members asking in turn in one channel each continue their own conversation."""
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?", channel=channel))
    theirs = f"<@{BOT_ID}> what does russia demand?"
    await cog.on_message(make_message(theirs, author_id=OTHER_USER_ID, channel=channel))
    await cog.on_message(make_message(f"<@{BOT_ID}> and when?", channel=channel))
    assert answerer.answer.call_args.kwargs["previous"].question == "who is zelensky meeting?"
    other = make_message(f"<@{BOT_ID}> and why?", author_id=OTHER_USER_ID, channel=channel)
    await cog.on_message(other)
    assert answerer.answer.call_args.kwargs["previous"].question == "what does russia demand?"
    elsewhere = make_channel(OTHER_CHANNEL_ID)
    await cog.on_message(make_message(f"<@{BOT_ID}> and when?", channel=elsewhere))
    assert answerer.answer.call_args.kwargs["previous"] is None  # another channel's: none


async def test_sources_typed_as_text_shows_the_sources(cog, answerer):
    """It was answered "The coverage doesn't say (/sources)", though the bot's own replies
    suggest typing it."""
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?", channel=channel))
    answerer.answer.reset_mock()
    await cog.on_message(make_message(f"<@{BOT_ID}> /sources", channel=channel))
    answerer.answer.assert_not_called()
    answerer.sources.assert_called_once()
    assert "The sentence before." in sent_texts(channel)[-1]


@pytest.mark.parametrize("typed", ["/ sources", "!sources", "/Source"])
async def test_a_near_miss_of_sources_typed_as_text_shows_the_sources(cog, answerer, typed):
    """Through the cog as a member types it: each was asked as a question."""
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?", channel=channel))
    answerer.answer.reset_mock()
    await cog.on_message(make_message(f"<@{BOT_ID}> {typed}", channel=channel))
    answerer.answer.assert_not_called()
    assert "The sentence before." in sent_texts(channel)[-1]


@pytest.mark.parametrize("typed", ["/halp", "/foo bar", "/sorces 2"])
async def test_an_unknown_command_typed_as_text_gets_a_note_naming_the_commands(
    cog, answerer, typed
):
    """It was asked as a question ("The coverage doesn't say (/foo bar)"); chat names it as an
    unknown command. One line naming the commands, mentioning nobody."""
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> {typed}", channel=channel))
    answerer.answer.assert_not_called()
    (note,) = sent_texts(channel)
    assert "\n" not in note and typed.split()[0] in note
    assert all(command in note for command in ("`/ask`", "`/sources`", "`/help`"))
    assert channel.send.call_args.kwargs["allowed_mentions"].to_dict() == NO_PINGS


@pytest.mark.parametrize(
    "typed",
    [
        "/r/worldnews says zelensky met trump?",  # a subreddit, not a command
        "/usr/bin/python3 is what?",  # a path
        "/ what is the plan?",
        "1/2 of what?",
        "/ask /foo bar",  # the question after a typed /ask is the member's own
    ],
)
async def test_a_question_that_starts_with_a_slash_is_still_asked(cog, answerer, typed):
    await cog.on_message(make_message(f"<@{BOT_ID}> {typed}"))
    answerer.answer.assert_called_once()


@pytest.mark.parametrize("typed", ["/help", "/Help", "/help me"])
async def test_help_typed_as_a_message_gets_the_slash_commands_help(cog, answerer, typed):
    """qa24 (qa23's "still left"): "/help" typed went to the core's help intent, config.yaml's
    small talk, and with the built-in defaults, which have none, was "The coverage doesn't say
    (/help)". It gets what the slash command says, mentioning nobody."""
    from bot.discord_app.cogs.questions import help_text

    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> {typed}", channel=channel))
    answerer.answer.assert_not_called()
    (note,) = sent_texts(channel)
    assert note == help_text(cog.settings, cog.bot.user)
    assert channel.send.call_args.kwargs["allowed_mentions"].to_dict() == NO_PINGS


async def test_a_paste_discord_made_a_file_of_is_told_it_is_not_read(make_cog, answerer):
    """A paste over 2,000 characters reaches the bot as `message.txt` with no text: in a Q&A
    channel (or a DM, or under an answer) the member got no reply at all. It gets one line,
    on the question budget; a photo posted without words is still passed over."""
    from types import SimpleNamespace

    from bot.discord_app.cogs.questions import PASTED_AS_FILE

    cog = make_cog(qa_channels=(CHANNEL_ID,))
    channel = make_channel()
    pasted = make_message("", channel=channel)
    pasted.attachments = [SimpleNamespace(filename="message.txt")]
    await cog.on_message(pasted)
    answerer.answer.assert_not_called()
    assert sent_texts(channel) == [PASTED_AS_FILE]
    assert channel.send.call_args.kwargs["allowed_mentions"].to_dict() == NO_PINGS
    photo = make_message("", channel=channel)
    photo.attachments = [SimpleNamespace(filename="map.png")]
    await cog.on_message(photo)
    assert len(sent_texts(channel)) == 1


async def test_an_unknown_command_note_is_on_the_question_budget(make_cog, answerer):
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> /halp", channel=channel))
    await cog.on_message(make_message(f"<@{BOT_ID}> /halp", channel=channel))
    assert len(sent_texts(channel)) == 1


def test_an_unknown_command_note_names_the_command_a_typo_likely_meant():
    from bot.discord_app.cogs.questions import unknown_command_note

    assert "(did you mean `/ask`?)" in unknown_command_note("/aks")
    assert "did you mean" not in unknown_command_note("/foo")
    assert "`/reload`?" not in unknown_command_note("/reloda")  # not typed; the menu's


def test_an_unknown_command_note_cuts_a_huge_word_short():
    from bot.discord_app.cogs.questions import unknown_command_note

    assert len(unknown_command_note("/" + "a" * 100_000)) < 300


async def test_sources_typed_as_text_is_on_the_sources_budget(make_cog, answerer):
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> who is zelensky meeting?", channel=channel))
    await cog.on_message(make_message(f"<@{BOT_ID}> /sources", channel=channel))
    await cog.on_message(make_message(f"<@{BOT_ID}> /sources", channel=channel))
    assert len(sent_texts(channel)) == 2  # the answer and one /sources


async def test_sources_typed_in_reply_to_an_answer_shows_that_answers_sources(cog, answerer):
    channel = make_channel()
    first = make_message(f"<@{BOT_ID}> who is zelensky meeting?", channel=channel)
    await cog.on_message(first)
    (answer_to_first,) = channel.sent
    await cog.on_message(make_message(f"<@{BOT_ID}> who else?", channel=channel))
    answerer.sources.reset_mock()

    await cog.on_message(make_message("/sources", channel=channel, reply_to=answer_to_first))
    (shown,) = answerer.sources.call_args.args
    assert shown.question == "who is zelensky meeting?"  # not the channel's last answer


async def test_a_slow_typing_request_does_not_hold_the_answer_back(make_cog, answerer):
    """The typing request was awaited before the answer: one that Discord made wait (a busy
    channel's typing requests are rate limited) held back an answer that was ready."""
    import asyncio

    cog = make_cog(defer_after_ms=1)
    answerer.answer.side_effect = lambda q, **_: time.sleep(0.05) or an_answer(q)
    message = make_message(f"<@{BOT_ID}> who?")
    never = asyncio.Event()
    message.channel.typing.side_effect = lambda: never.wait()
    await asyncio.wait_for(cog.on_message(message), timeout=5)
    message.channel.send.assert_awaited_once()


async def test_a_crowd_of_slow_questions_in_one_channel_sends_one_typing_request(
    make_cog, answerer
):
    import asyncio

    cog = make_cog(defer_after_ms=1)
    answerer.answer.side_effect = lambda q, **_: time.sleep(0.05) or an_answer(q)
    channel = make_channel()
    questions = [
        make_message(f"<@{BOT_ID}> who?", author_id=USER_ID + n, channel=channel) for n in range(6)
    ]
    await asyncio.gather(*(cog.on_message(q) for q in questions))
    assert channel.send.await_count == 6
    channel.typing.assert_called_once()


async def test_reload_typed_as_a_message_is_said_to_run_from_the_menu_not_unknown(make_cog):
    """ "@factdesk /reload" (typed, not picked from the menu) was told "I don't know /reload
    …: the commands are /ask, /sources and /help", which sent an admin looking for why the
    command was missing. It says where it runs, and for whom; it is still not run."""
    cog = make_cog(admin_permission="manage_messages")
    channel = make_channel()
    await cog.on_message(make_message(f"<@{BOT_ID}> /Reload", channel=channel))
    (text,) = sent_texts(channel)
    assert text.startswith("`/reload` runs only in a server, picked from the slash-command menu")
    assert "Manage Messages permission" in text and "I don't know" not in text
    assert "\n" not in text
    assert channel.send.call_args.kwargs["allowed_mentions"].to_dict() == NO_PINGS
    cog.bot.answerer.reload.assert_not_called()


async def test_reload_typed_in_a_dm_is_said_to_run_in_a_server(make_cog):
    """In a DM, "/reload" typed was told to pick it from the slash-command menu, which has no
    /reload there: the command is guild_only."""
    cog = make_cog(answer_dms=True)
    message = make_message("/reload", dm=True)
    await cog.on_message(message)
    (call,) = message.channel.send.call_args_list
    assert call.args[0].startswith("`/reload` runs only in a server, ")
    cog.bot.answerer.reload.assert_not_called()


@pytest.mark.parametrize(
    ("typed", "command", "question"),
    [
        ("/ask /sources", "sources", ""),
        ("/ask question: /sources", "sources", ""),
        ("/ask /sources query: ceasefire", "sources", "query: ceasefire"),
        ("/ask /ask /sources 2", "sources", "2"),
        ("/ask /halp", None, "/halp"),  # a word of the member's own, as "/ask /foo bar" is
        ("/ask /help", "help", "/help"),
        ("/ask /ask who is zelensky meeting?", None, "who is zelensky meeting?"),
        ("/ask /r/worldnews says what?", None, "/r/worldnews says what?"),  # a subreddit
    ],
)
def test_a_command_typed_as_asks_question_is_that_command(typed, command, question):
    """ "/ask /sources" (the command a member wanted typed into /ask) was asked as a question:
    "The coverage doesn't say (/sources)"."""
    trigger = classify(make_message(f"<@{BOT_ID}> {typed}"), me(), DiscordSettings())
    assert trigger is not None and (trigger.command, trigger.question) == (command, question)
