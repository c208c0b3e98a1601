"""Which messages are questions: ``classify`` decides without any I/O."""

from __future__ import annotations

from dataclasses import replace

import discord
import pytest

from bot.config import DiscordSettings
from bot.discord_app.cogs.questions import classify

from .conftest import (
    BOT_ID,
    BOT_ROLE_ID,
    CHANNEL_ID,
    OTHER_CHANNEL_ID,
    OTHER_USER_ID,
    make_channel,
    make_guild,
    make_message,
    me,
    sent_message,
)

DEFAULTS = DiscordSettings()


def settings(**changes) -> DiscordSettings:
    return replace(DEFAULTS, **changes)


def test_a_mention_is_a_question_without_the_mention():
    trigger = classify(make_message(f"<@{BOT_ID}> who is zelensky meeting?"), me(), DEFAULTS)
    assert trigger is not None
    assert (trigger.question, trigger.reason) == ("who is zelensky meeting?", "mention")


def test_a_nickname_mention_counts_too():
    trigger = classify(make_message(f"hey <@!{BOT_ID}>, where?"), me(), DEFAULTS)
    assert trigger is not None and trigger.question == "hey, where?"


@pytest.mark.parametrize(
    "text",
    [
        f"<@{BOT_ID}>, who is zelensky meeting?",
        f"<@{BOT_ID}>: who is zelensky meeting?",
        f"who is zelensky meeting, <@{BOT_ID}>?",
        f"who is zelensky meeting <@{BOT_ID}> ?",
    ],
)
def test_the_comma_or_colon_that_addressed_the_bot_goes_with_its_mention(text):
    """ "@factdesk, who …" was asked, and echoed back in an abstention, as ", who …"."""
    trigger = classify(make_message(text), me(), DEFAULTS)
    assert trigger is not None and trigger.question == "who is zelensky meeting?"


def test_mentioning_the_bots_role_counts_as_mentioning_the_bot():
    channel = make_channel(guild=make_guild(self_role=True))
    message = make_message(f"<@&{BOT_ROLE_ID}> what does russia want?", channel=channel)
    trigger = classify(message, me(), DEFAULTS)
    assert trigger is not None and trigger.question == "what does russia want?"


@pytest.mark.parametrize("text", ["@everyone who is meeting?", "@here news?", "<@12345> hi"])
def test_everyone_here_and_other_users_are_not_mentions_of_the_bot(text):
    assert classify(make_message(text), me(), DEFAULTS) is None


def test_mentions_can_be_switched_off():
    message = make_message(f"<@{BOT_ID}> who?")
    assert classify(message, me(), settings(answer_mentions=False)) is None


def test_a_reply_to_the_bot_is_a_follow_up_on_the_replied_message():
    answer_message = sent_message("> quoted [1]", make_channel())
    trigger = classify(make_message("and when?", reply_to=answer_message), me(), DEFAULTS)
    assert trigger is not None
    assert (trigger.reason, trigger.replied_to) == ("reply", answer_message.id)


def test_a_reply_to_someone_else_is_not_a_question():
    other = make_message("I think it's Monday")
    assert classify(make_message("and when?", reply_to=other), me(), DEFAULTS) is None


def test_replies_can_be_switched_off_but_a_mention_in_a_reply_still_counts():
    answer_message = sent_message("> quoted [1]", make_channel())
    off = settings(answer_replies=False)
    assert classify(make_message("and when?", reply_to=answer_message), me(), off) is None
    mention = make_message(f"<@{BOT_ID}> and when?", reply_to=answer_message)
    trigger = classify(mention, me(), off)
    assert trigger is not None and trigger.replied_to == answer_message.id  # still the context


def test_every_message_in_a_qa_channel_is_a_question():
    qa = settings(qa_channels=(CHANNEL_ID,))
    assert classify(make_message("who is meeting?"), me(), qa).reason == "qa_channel"
    elsewhere = make_message("who is meeting?", channel=make_channel(OTHER_CHANNEL_ID))
    assert classify(elsewhere, me(), qa) is None


def test_a_thread_counts_as_its_parent_channel():
    thread = make_channel(OTHER_CHANNEL_ID, thread_of=CHANNEL_ID)
    message = make_message("who is meeting?", channel=thread)
    assert classify(message, me(), settings(qa_channels=(CHANNEL_ID,))) is not None


def test_the_allow_list_silences_other_channels():
    allowed = settings(allowed_channels=(OTHER_CHANNEL_ID,))
    assert classify(make_message(f"<@{BOT_ID}> who?"), me(), allowed) is None
    inside = make_message(f"<@{BOT_ID}> who?", channel=make_channel(OTHER_CHANNEL_ID))
    assert classify(inside, me(), allowed) is not None


def test_bots_and_the_bot_itself_are_never_answered():
    assert classify(make_message(f"<@{BOT_ID}> who?", author_is_bot=True), me(), DEFAULTS) is None
    assert classify(make_message(f"<@{BOT_ID}> who?", author_id=BOT_ID), me(), DEFAULTS) is None


def test_webhooks_are_never_answered():
    message = make_message(f"<@{BOT_ID}> who?")
    message.webhook_id = 42
    assert classify(message, me(), DEFAULTS) is None


def test_dms_are_answered_only_when_enabled():
    assert classify(make_message("who is meeting?", dm=True), me(), DEFAULTS) is None
    trigger = classify(make_message("who is meeting?", dm=True), me(), settings(answer_dms=True))
    assert trigger is not None and trigger.reason == "dm"


def test_a_message_without_text_is_ignored():
    # what Discord delivers in a Q&A channel when the Message Content intent is missing
    assert classify(make_message(""), me(), settings(qa_channels=(CHANNEL_ID,))) is None


@pytest.mark.parametrize(
    "kind, text",
    [
        (discord.MessageType.thread_created, "Who is Zelensky meeting?"),
        (discord.MessageType.channel_name_change, "ceasefire talks"),
        (discord.MessageType.premium_guild_subscription, "3"),
    ],
)
def test_discords_notices_in_a_qa_channel_are_not_questions(kind, text):
    """In a Q&A channel Discord's "started a thread: **Who is Zelensky meeting?**" notice, in
    the member's name with the thread's name as its text, was answered as a question; so was
    a channel rename, or a boost's count."""
    qa = settings(qa_channels=(CHANNEL_ID,))
    message = make_message(text)
    assert classify(message, me(), qa) is not None  # as a member's own message: a question
    message.type = kind
    assert classify(message, me(), qa) is None


def test_a_bare_mention_replying_to_a_members_question_asks_that_question():
    """Members bring the bot in by replying to someone's question with just ``@factdesk``; the
    bot answered that with "Ask me a question about the coverage"."""
    asked = make_message("who is zelensky meeting?", author_id=OTHER_USER_ID)
    summons = make_message(f"<@{BOT_ID}>", reply_to=asked)
    trigger = classify(summons, me(), DiscordSettings())
    assert trigger is not None and trigger.reason == "mention"
    assert trigger.question == "who is zelensky meeting?"
    assert trigger.replied_to is None  # a fresh question, not a follow-up


def test_a_mention_with_its_own_question_asks_its_own():
    asked = make_message("who is zelensky meeting?", author_id=OTHER_USER_ID)
    summons = make_message(f"<@{BOT_ID}> where is the summit?", reply_to=asked)
    assert classify(summons, me(), DiscordSettings()).question == "where is the summit?"


def test_a_bare_mention_replying_to_a_bot_or_to_withheld_text_asks_nothing():
    other_bot = make_message("who is zelensky meeting?", author_is_bot=True)
    withheld = make_message("", author_id=OTHER_USER_ID)  # no Message Content intent
    for replied in (other_bot, withheld):
        summons = make_message(f"<@{BOT_ID}>", reply_to=replied)
        assert classify(summons, me(), DiscordSettings()).question == ""


def forum_post(title: str, text: str):
    post = make_channel(OTHER_CHANNEL_ID, thread_of=CHANNEL_ID)
    post.name = title
    message = make_message(text, channel=post)
    message.id = post.id  # a forum post's opening message has its thread's id
    return message


@pytest.mark.parametrize(
    ("title", "text", "asked"),
    [
        pytest.param(
            "Who is Zelensky meeting?",
            "I read it somewhere and can't find it again",
            "Who is Zelensky meeting?",
            id="the title is the question",
        ),
        pytest.param(
            "Zelensky's trip",
            "who is zelensky meeting?",
            "who is zelensky meeting?",
            id="the text is the question",
        ),
        pytest.param(
            "Who is Zelensky meeting?",
            f"<@{BOT_ID}>",
            "Who is Zelensky meeting?",
            id="the text only calls the bot",
        ),
    ],
)
def test_a_forum_posts_question_may_be_its_title(title, text, asked):
    """In a forum Q&A channel the bot answered a post's text alone, though the title is where
    members put the question."""
    trigger = classify(forum_post(title, text), me(), settings(qa_channels=(CHANNEL_ID,)))
    assert trigger is not None and trigger.question == asked


def test_later_messages_in_a_forum_post_ask_their_own_question():
    post = forum_post("Who is Zelensky meeting?", "first")
    later = make_message("and where?", channel=post.channel)
    trigger = classify(later, me(), settings(qa_channels=(CHANNEL_ID,)))
    assert trigger.question == "and where?"


@pytest.mark.parametrize(
    "text",
    [
        "\U0001f44d",
        "<:pog:123456789012345678>",
        "https://example.org/news/1",
        "\U0001f64f\U0001f64f <a:party:123456789012345678>",
        "||\U0001f602||",
    ],
)
def test_a_message_without_a_word_is_no_question_where_the_bot_was_not_named(text):
    """A 👍, a custom emoji or a shared link in a Q&A channel, or as a reply to an answer,
    asks nothing, and each got "Ask me a question about the coverage…": noise in a busy
    channel. Named (a mention, a DM), the bot still says how to ask."""
    qa = settings(qa_channels=(CHANNEL_ID,))
    assert classify(make_message(text), me(), qa) is None
    answer = sent_message("> quoted [1]", make_channel())
    assert classify(make_message(text, reply_to=answer), me(), DEFAULTS) is None
    mention = classify(make_message(f"<@{BOT_ID}> {text}"), me(), DEFAULTS)
    assert mention is not None and mention.reason == "mention"
    assert classify(make_message(text, dm=True), me(), settings(answer_dms=True)) is not None


@pytest.mark.parametrize("text", ["lol", "ok", "nice", "wow that's wild", "yeah makes sense"])
def test_a_reaction_in_words_is_no_question_where_the_bot_was_not_named(text):
    """Members answer an answer as they would a person: "lol", "ok", "nice". Under the answer
    or in a Q&A channel each was asked, and the bot posted "The coverage doesn't say (lol)";
    it is passed over there as a 👍 is. Named, the bot still answers."""
    qa = settings(qa_channels=(CHANNEL_ID,))
    assert classify(make_message(text), me(), qa) is None
    answer = sent_message("> quoted [1]", make_channel())
    assert classify(make_message(text, reply_to=answer), me(), DEFAULTS) is None
    assert classify(make_message(f"<@{BOT_ID}> {text}"), me(), DEFAULTS) is not None


@pytest.mark.parametrize(
    "text", ["really?", "ok so why", "no way, when did they meet", "is it true"]
)
def test_a_reaction_that_asks_is_still_a_question(text):
    answer = sent_message("> quoted [1]", make_channel())
    assert classify(make_message(text, reply_to=answer), me(), DEFAULTS) is not None


@pytest.mark.parametrize("text", ["thanks!", "and when?", "why", "/sources"])
def test_a_message_with_a_word_in_a_qa_channel_is_still_a_question(text):
    qa = settings(qa_channels=(CHANNEL_ID,))
    assert classify(make_message(text), me(), qa) is not None


@pytest.mark.parametrize("text", ["!rank", "!play never gonna give you up", "!Rank"])
def test_another_bots_command_in_a_qa_channel_is_not_a_question(text):
    """Another bot's "!" command in a Q&A channel (or under an answer) was answered "The
    coverage doesn't say (!rank)". Our own near misses are read as ours, and named, it is
    still asked."""
    qa = settings(qa_channels=(CHANNEL_ID,))
    assert classify(make_message(text), me(), qa) is None
    answer = sent_message("> quoted [1]", make_channel())
    assert classify(make_message(text, reply_to=answer), me(), DEFAULTS) is None
    assert classify(make_message(f"<@{BOT_ID}> {text}"), me(), DEFAULTS) is not None


@pytest.mark.parametrize(
    "text",
    ["!sources", "! ask who is meeting?", "!!! who is meeting zelensky?", "wow! who?", "!Help"],
)
def test_a_bang_that_is_no_other_bots_command_is_still_read(text):
    qa = settings(qa_channels=(CHANNEL_ID,))
    assert classify(make_message(text), me(), qa) is not None


def test_a_message_opening_with_another_members_mention_is_for_that_member():
    """Under an answer or in a Q&A channel, "@Ana this is wrong" is one member talking to
    another, and the bot answered it: "The coverage doesn't say (this is wrong)"."""
    answer_message = sent_message("> quoted [1]", make_channel())
    for text in (f"<@{OTHER_USER_ID}> this is wrong", f"<@&{BOT_ROLE_ID + 1}> look at this"):
        assert classify(make_message(text, reply_to=answer_message), me(), DEFAULTS) is None
        qa = settings(qa_channels=(CHANNEL_ID,))
        assert classify(make_message(text), me(), qa) is None
    # the bot named too, or the member named further on: still a question
    named = make_message(f"<@{OTHER_USER_ID}> <@{BOT_ID}> and when?", reply_to=answer_message)
    assert classify(named, me(), DEFAULTS).question == f"<@{OTHER_USER_ID}> and when?"
    later = make_message(f"and when did <@{OTHER_USER_ID}> say it?", reply_to=answer_message)
    assert classify(later, me(), DEFAULTS) is not None
