"""A member edits a question the bot answered: the edited question is answered by editing the
bot's own reply, only for questions it answered, within the edit window, on the member's
question budget; and a deleted question takes its answer with it. The cog's listeners are called
directly with autospec'd messages."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from types import SimpleNamespace

import discord

from bot.config import CooldownSettings, DiscordSettings
from bot.discord_app.cogs.questions import COOLDOWN_EMOJI, EDIT_WINDOW, help_text
from bot.model import Answer
from bot.render import render_answer

from .conftest import (
    BOT_ID,
    NO_PINGS,
    an_answer,
    citation,
    http_error,
    make_interaction,
    make_message,
    replies,
)


def edited(message: discord.Message, content: str) -> SimpleNamespace:
    """The raw edit event discord.py dispatches: the same message, with its new text."""
    message.content = content
    message.raw_mentions = [int(x) for x in re.findall(r"<@!?(\d+)>", content)]
    return SimpleNamespace(message_id=message.id, message=message)


async def asked(cog, content: str, **kwargs) -> discord.Message:
    message = make_message(content, **kwargs)
    await cog.on_message(message)
    return message


def long_answer(question: str = "q") -> Answer:
    sentence = "Sentence number {} says something rather long about the talks. "
    cites = tuple(
        citation((sentence.format(n) * 6).strip(), n) for n in range(1, 13)
    )  # over 4000 characters: three messages or more
    return Answer(question=question, answered=True, reply=render_answer(cites), citations=cites)


async def test_an_edited_question_is_answered_by_editing_the_bots_reply(cog, answerer):
    """Before, a member who fixed a typo in their question got nothing: the bot ignored edits."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelenksy meeting?")
    (reply,) = question.channel.sent
    answerer.answer.reset_mock()

    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> who is zelensky meeting?"))

    answerer.answer.assert_called_once_with("who is zelensky meeting?", previous=None)
    question.channel.send.assert_awaited_once()  # the first answer only: nothing new posted
    reply.edit.assert_awaited_once()
    call = reply.edit.await_args
    assert call.kwargs["content"] == an_answer().reply
    assert call.kwargs["allowed_mentions"].to_dict() == NO_PINGS
    assert call.kwargs["suppress"] is True  # no link previews, as when posting


async def test_an_edit_that_changes_no_text_asks_nothing(cog, answerer):
    """Discord reports a link preview appearing, or a pin, as an edit of the message."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}>   who is zelensky  meeting?"))
    answerer.answer.assert_called_once()
    question.channel.sent[0].edit.assert_not_awaited()


async def test_edits_of_messages_the_bot_did_not_answer_are_left_alone(cog, answerer):
    chat = await asked(cog, "who is zelensky meeting?")  # no mention: not a question
    await cog.on_raw_message_edit(edited(chat, f"<@{BOT_ID}> who is zelensky meeting?"))
    answerer.answer.assert_not_called()
    chat.channel.send.assert_not_awaited()


async def test_an_edit_that_is_no_longer_a_question_leaves_the_answer(cog, answerer):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_raw_message_edit(edited(question, "never mind"))
    answerer.answer.assert_called_once()
    question.channel.sent[0].edit.assert_not_awaited()


async def test_an_edit_after_the_window_is_left_alone(cog, answerer):
    now = [1000.0]
    cog.clock = lambda: now[0]
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    now[0] += EDIT_WINDOW + 1
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> who is trump meeting?"))
    answerer.answer.assert_called_once()
    question.channel.sent[0].edit.assert_not_awaited()


async def test_an_edit_costs_a_question_from_the_members_budget(make_cog, answerer):
    """Else editing one message over and over would be a way round the cooldown."""
    cog = make_cog(cooldown=CooldownSettings(rate=1, per_seconds=60))
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> who is trump meeting?"))
    answerer.answer.assert_called_once()
    question.channel.sent[0].edit.assert_not_awaited()
    question.add_reaction.assert_awaited_once_with(COOLDOWN_EMOJI)


async def test_an_edited_follow_up_keeps_its_context(cog, answerer):
    first = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (answer_message,) = first.channel.sent
    follow_up = await asked(cog, "and wehre?", reply_to=answer_message, channel=first.channel)
    context = answerer.answer.call_args.kwargs["previous"]
    assert context is not None

    await cog.on_raw_message_edit(edited(follow_up, "and where?"))
    assert answerer.answer.call_args.args == ("and where?",)
    assert answerer.answer.call_args.kwargs["previous"] is context


async def test_a_longer_answer_posts_its_extra_parts_and_a_shorter_one_drops_them(cog, answerer):
    question = await asked(cog, f"<@{BOT_ID}> who?")
    channel = question.channel
    answerer.answer.side_effect = lambda q, **_: long_answer(q)
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> tell me everything"))
    parts = list(channel.sent)
    assert len(parts) >= 3
    parts[0].edit.assert_awaited_once()
    assert all(len(m.content) <= 2000 for m in parts[1:])

    answerer.answer.side_effect = lambda q, **_: an_answer(q)
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> who, briefly?"))
    assert parts[0].edit.await_count == 2
    for extra in parts[1:]:
        extra.delete.assert_awaited_once()
    assert len(channel.sent) == len(parts)  # nothing more posted


async def test_sources_no_longer_shows_an_answer_an_edit_replaced_with_an_abstention(cog, answerer):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    answerer.answer.side_effect = lambda q, **_: an_answer(q, answered=False)
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> who won the cup?"))

    interaction = make_interaction()
    await cog.sources.callback(cog, interaction)
    (text, _), *_ = replies(interaction)
    assert "Zelensky is set to meet Trump" not in text


async def test_a_reply_to_an_answer_an_edit_replaced_with_an_abstention_follows_up_nothing(
    cog, answerer
):
    """The abstention took the answer's place in the same message: a reply to that message
    followed up on the answer no longer shown there. An abstained follow-up's edit leans on
    nothing (its context, the answer, is what the edit replaced)."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (reply,) = question.channel.sent
    answerer.answer.side_effect = lambda q, **_: replace(
        an_answer(q, answered=False), continues="who is zelensky meeting?"
    )
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> and who won the cup?"))

    await asked(cog, "and when?", reply_to=reply, channel=question.channel)
    assert answerer.answer.call_args.kwargs["previous"] is None


def test_help_says_an_edited_question_is_answered_where_questions_are_messages():
    assert "edit a question I answered, within 15 minutes" in help_text(DiscordSettings(), None)
    slash_only = DiscordSettings(answer_mentions=False, answer_replies=False)
    assert "edit" not in help_text(slash_only, None)


async def test_an_edit_whose_answer_a_moderator_deleted_is_left_unanswered(cog, caplog):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (reply,) = question.channel.sent
    reply.edit.side_effect = http_error(discord.NotFound, 404, 10008, "Unknown Message")
    with caplog.at_level(logging.INFO):
        await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> who is trump meeting?"))
    question.channel.send.assert_awaited_once()  # not posted again
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "the answer to it was deleted" in caplog.text


async def test_an_edited_command_whose_reply_a_moderator_deleted_is_left_unanswered(cog, caplog):
    """As an edited question's answer: the reply is not posted again, and no fault logged."""
    command = await asked(cog, f"<@{BOT_ID}> /sorces")
    (note,) = command.channel.sent
    note.edit.side_effect = http_error(discord.NotFound, 404, 10008, "Unknown Message")
    with caplog.at_level(logging.INFO):
        await cog.on_raw_message_edit(edited(command, f"<@{BOT_ID}> /help"))
    command.channel.send.assert_awaited_once()  # not posted again
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "the reply to it was deleted" in caplog.text


# -- deleted questions ---------------------------------------------------------------------------
def deleted(message: discord.Message) -> SimpleNamespace:
    return SimpleNamespace(message_id=message.id, channel_id=message.channel.id)


async def test_a_deleted_question_takes_its_answer_with_it(cog, answerer):
    """An abstention echoes the question: a member who deleted a question they regretted left
    its words in the channel under the bot's name."""
    answerer.answer.side_effect = lambda q, **_: an_answer(q, answered=False)
    question = await asked(cog, f"<@{BOT_ID}> is my neighbour at 12 Elm St in the news?")
    (reply,) = question.channel.sent
    await cog.on_raw_message_delete(deleted(question))
    reply.delete.assert_awaited_once()


async def test_sources_forgets_an_answer_whose_question_was_deleted(cog):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_raw_message_delete(deleted(question))
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction)
    (text, _), *_ = replies(interaction)
    assert "Zelensky is set to meet Trump" not in text


async def test_ask_and_when_does_not_follow_up_on_a_deleted_question(cog, answerer):
    """An edit that withdraws an answer stops "/ask and when?" following it; a delete did not,
    so the member's next "/ask" leaned on a question they had taken back."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    await cog.on_raw_message_delete(deleted(question))
    await cog.ask.callback(cog, make_interaction(), question="and when?")
    assert answerer.answer.call_args.kwargs["previous"] is None


async def test_ask_and_when_does_not_follow_up_on_a_deleted_question_abstained_on(cog, answerer):
    """Since session twenty an abstained question is what "/ask and when?" leans on
    (follow_up.leaned_on); deleted, it is taken back as an answered one is."""
    answerer.answer.side_effect = lambda question, **_: Answer(
        question=question, answered=False, kind="abstain", reply="The coverage doesn't say."
    )
    question = await asked(cog, f"<@{BOT_ID}> who is the mayor of kyiv?")
    await cog.on_raw_message_delete(deleted(question))
    await cog.ask.callback(cog, make_interaction(), question="and when?")
    assert answerer.answer.call_args.kwargs["previous"] is None


async def test_sources_does_not_show_again_an_answer_a_moderator_deleted(cog, answerer):
    """A moderator who removes one of the bot's answers (a wrong or unwelcome quote) removes
    it for good: `/sources` posted its quotes again, with context, for anyone who asked."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (reply,) = question.channel.sent
    await cog.on_raw_message_delete(
        SimpleNamespace(message_id=reply.id, channel_id=question.channel.id)
    )
    interaction = make_interaction()
    await cog.sources.callback(cog, interaction)
    (text, _), *_ = replies(interaction)
    assert "Zelensky is set to meet Trump" not in text
    await cog.ask.callback(cog, make_interaction(), question="and when?")
    assert answerer.answer.call_args.kwargs["previous"] is None
    assert cog.thread_context(reply.id) is None  # a thread opened on it leans on it no more


async def test_an_answer_a_moderator_deleted_is_not_followed_up_through_its_question(cog, answerer):
    """The answer removed was forgotten as the channel's last and as the context of its own
    message, but its question kept it: a thread opened on the question (where `/sources` posts
    its quotes again) and a reply to the question went on leaning on it."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (reply,) = question.channel.sent
    await cog.on_raw_message_delete(
        SimpleNamespace(message_id=reply.id, channel_id=question.channel.id)
    )
    assert cog.thread_context(question.id) is None
    await asked(cog, f"<@{BOT_ID}> and when?", reply_to=question, channel=question.channel)
    assert answerer.answer.call_args.kwargs["previous"] is None


async def test_an_abstention_that_followed_up_on_a_deleted_answer_leans_on_it_no_more(
    cog, answerer
):
    """A follow-up the bot could not answer keeps what it followed up on: a reply to that
    abstention (`/sources` typed as one posts its quotes), a reply to its question and a thread
    opened on either brought back the answer a moderator had removed."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (reply,) = question.channel.sent
    # abstained on as a follow-up, as the core does (Answer.continues)
    answerer.answer.side_effect = lambda q, previous=None, **_: replace(
        an_answer(q, answered=False), continues=previous.question if previous else None
    )
    follow_up = await asked(cog, "and why?", reply_to=reply, channel=question.channel)
    abstention = question.channel.sent[-1]
    assert cog.thread_context(abstention.id) is not None  # it leans on the answer until then
    await cog.on_raw_message_delete(
        SimpleNamespace(message_id=reply.id, channel_id=question.channel.id)
    )
    assert cog.thread_context(abstention.id) is None
    assert cog.thread_context(follow_up.id) is None
    await asked(cog, "and when?", reply_to=abstention, channel=question.channel)
    assert answerer.answer.call_args.kwargs["previous"] is None


async def test_a_purge_that_took_the_answer_too_is_quiet(cog, caplog):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (reply,) = question.channel.sent
    reply.delete.side_effect = http_error(discord.NotFound, 404, 10008, "Unknown Message")
    payload = SimpleNamespace(message_ids={question.id, reply.id}, channel_id=question.channel.id)
    await cog.on_raw_bulk_message_delete(payload)
    reply.delete.assert_awaited_once()
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_deleting_other_messages_deletes_nothing(cog):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    chat = make_message("unrelated", channel=question.channel)
    await cog.on_raw_message_delete(deleted(chat))
    question.channel.sent[0].delete.assert_not_awaited()


# -- while the first answer is being worked out ---------------------------------------------------
async def answering_with(cog, answerer, during) -> discord.Message:
    """Ask a question and run ``during(question)`` (an edit, a delete) while it is answered."""
    import asyncio

    question = make_message(f"<@{BOT_ID}> who is zelenksy meeting?")
    started, release = asyncio.Event(), asyncio.Event()
    loop = asyncio.get_running_loop()

    def slow(q, **_):
        loop.call_soon_threadsafe(started.set)
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result(5)
        return an_answer(q)

    answerer.answer.side_effect = slow
    task = asyncio.create_task(cog.on_message(question))
    await started.wait()
    await during(question)
    answerer.answer.side_effect = lambda q, **_: an_answer(q)
    release.set()
    await task
    return question


async def test_a_question_deleted_while_it_is_answered_gets_no_answer(cog, answerer):
    async def delete(question):
        await cog.on_raw_message_delete(deleted(question))

    question = await answering_with(cog, answerer, delete)
    question.channel.send.assert_not_awaited()


async def test_a_question_edited_while_it_is_answered_gets_the_edit_answered(cog, answerer):
    async def edit(question):
        await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> who is zelensky meeting?"))

    question = await answering_with(cog, answerer, edit)
    (reply,) = question.channel.sent
    assert answerer.answer.call_args.args == ("who is zelensky meeting?",)
    reply.edit.assert_awaited_once()


async def test_a_question_deleted_while_its_answer_is_posted_loses_the_answer(cog, answerer):
    question = make_message(f"<@{BOT_ID}> who is zelensky meeting?")
    channel = question.channel
    post = channel.send.side_effect

    async def posted_as_it_is_deleted(content=None, **kwargs):
        sent = await post(content, **kwargs)
        await cog.on_raw_message_delete(deleted(question))
        return sent

    channel.send.side_effect = posted_as_it_is_deleted
    await cog.on_message(question)
    (reply,) = channel.sent
    reply.delete.assert_awaited_once()


async def test_a_mistyped_command_fixed_by_an_edit_is_answered_in_the_notes_place(cog, answerer):
    """ "/aks who …" gets a note naming the commands; the member fixed it by editing, as the
    bot invites for questions, and got nothing: the note was no answer an edit could replace."""
    message = await asked(cog, f"<@{BOT_ID}> /aks who is zelensky meeting?")
    (note,) = message.channel.sent
    answerer.answer.assert_not_called()

    await cog.on_raw_message_edit(edited(message, f"<@{BOT_ID}> /ask who is zelensky meeting?"))

    answerer.answer.assert_called_once_with("who is zelensky meeting?", previous=None)
    message.channel.send.assert_awaited_once()  # the note only: the answer took its place
    assert note.edit.await_args.kwargs["content"] == an_answer().reply


async def test_a_mistyped_sources_fixed_by_an_edit_shows_the_sources_in_the_notes_place(
    cog, answerer
):
    """ "/sorces" is told "did you mean `/sources`?"; the member fixed it by editing, and got
    nothing: only a command edited into a question was answered in place."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    channel = question.channel
    command = await asked(cog, f"<@{BOT_ID}> /sorces", channel=channel)
    note = channel.sent[-1]
    assert "did you mean `/sources`?" in note.content

    await cog.on_raw_message_edit(edited(command, f"<@{BOT_ID}> /sources"))

    (shown,) = answerer.sources.call_args.args
    assert shown.question == "who is zelensky meeting?"
    assert note.edit.await_args.kwargs["content"].startswith("[1] Ukraine requires")
    assert len(channel.sent) == 2  # the answer and the note, edited: nothing posted anew


async def test_a_typed_sources_edited_into_another_shows_what_the_edit_asks(cog, answerer):
    """ "/sources" edited into "/sources 2" (or into "/help") left the first reply as it was."""
    answerer.article.return_value = None  # "2" is no article's id
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    channel = question.channel
    command = await asked(cog, f"<@{BOT_ID}> /sources", channel=channel)
    posted = channel.sent[-1]

    await cog.on_raw_message_edit(edited(command, f"<@{BOT_ID}> /sources 2"))
    assert posted.edit.await_args.kwargs["content"] == (
        "The last answer has no source [2]; its sources are [1]."
    )
    await cog.on_raw_message_edit(edited(command, f"<@{BOT_ID}> /help"))
    assert posted.edit.await_args.kwargs["content"].startswith("I answer questions about")
    # and a reply to the message now follows up on nothing: it shows no answer's sources
    answerer.answer.reset_mock()
    await asked(cog, f"<@{BOT_ID}> and when?", channel=channel, reply_to=command)
    assert answerer.answer.call_args.kwargs["previous"] is None


async def test_a_question_edited_into_a_command_keeps_its_answer(cog, answerer):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (answer,) = question.channel.sent
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> /sources"))
    answer.edit.assert_not_awaited()
    answerer.sources.assert_not_called()


async def test_a_typed_sources_edited_into_a_question_is_asked_as_a_new_message(cog, answerer):
    """ "/sources" shows another member's answer; edited into "and when?", it was answered as a
    follow-up of that answer, which a new message saying so would not be."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?", author_id=7)
    channel = question.channel
    command = await asked(cog, f"<@{BOT_ID}> /sources", channel=channel)
    answerer.answer.reset_mock()

    await cog.on_raw_message_edit(edited(command, f"<@{BOT_ID}> and when?"))

    answerer.answer.assert_called_once_with("and when?", previous=None)


async def test_deleting_a_mistyped_command_deletes_the_note(cog, answerer):
    message = await asked(cog, f"<@{BOT_ID}> /halp")
    (note,) = message.channel.sent
    await cog.on_raw_message_delete(
        SimpleNamespace(message_id=message.id, channel_id=message.channel.id)
    )
    note.delete.assert_awaited_once()


async def test_deleting_a_typed_sources_deletes_the_sources_it_posted(cog, answerer):
    """A member's `/sources` typed as a message posts the last answer's quotes again; deleted,
    the post stayed under nothing, as an answer to a deleted question did before."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    channel = question.channel
    command = await asked(cog, f"<@{BOT_ID}> /sources", channel=channel)
    posted = channel.sent[-1]
    await cog.on_raw_message_delete(SimpleNamespace(message_id=command.id, channel_id=channel.id))
    posted.delete.assert_awaited_once()
    channel.sent[0].delete.assert_not_awaited()  # the answer stays


async def test_a_reply_to_a_typed_sources_follows_up_on_the_answer_it_showed(cog, answerer):
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    channel = question.channel
    command = await asked(cog, f"<@{BOT_ID}> /sources", channel=channel)
    await asked(cog, f"<@{BOT_ID}> and when?", channel=channel, reply_to=command)
    assert answerer.answer.call_args.kwargs["previous"].question == "who is zelensky meeting?"


async def test_a_reply_to_an_abstention_on_a_new_question_follows_up_on_that_question(
    cog, answerer
):
    """ "and when?" in reply to the bot's "The coverage doesn't say" to "when did the ferry
    sink?" asks about the ferry: it leaned on the answer before, about another thing
    (follow_up.leaned_on). `/sources` still shows that answer."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    answerer.answer.side_effect = lambda q, **_: an_answer(q, answered=False)
    await asked(cog, f"<@{BOT_ID}> when did the ferry sink?", channel=question.channel)
    abstention = question.channel.sent[-1]
    await asked(cog, "and when?", reply_to=abstention, channel=question.channel)
    assert answerer.answer.call_args.kwargs["previous"].question.endswith("ferry sink?")


async def test_a_reply_to_a_question_abstained_on_follows_up_on_that_question(cog, answerer):
    """As a reply to the bot's abstention does (follow_up.leaned_on): "@factdesk and when?" in
    reply to the member's own "when did the ferry sink?", abstained on, leaned on the answer
    before it, about another thing, as did a thread opened on that question."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    answerer.answer.side_effect = lambda q, **_: an_answer(q, answered=False)
    ferry = await asked(cog, f"<@{BOT_ID}> when did the ferry sink?", channel=question.channel)
    await asked(cog, f"<@{BOT_ID}> and when?", reply_to=ferry, channel=question.channel)
    assert answerer.answer.call_args.kwargs["previous"].question.endswith("ferry sink?")
    assert cog.thread_context(ferry.id).question.endswith("ferry sink?")


async def test_an_edit_into_a_question_abstained_on_is_followed_up_on_as_a_new_one_is(
    cog, answerer
):
    """An abstention on a question of its own is what the next question leans on, posted new
    (above) or by an edit: a reply to the edited abstention, and "/ask and when?", leaned on
    nothing, or on the answer the edit replaced."""
    question = await asked(cog, f"<@{BOT_ID}> who is zelensky meeting?")
    (reply,) = question.channel.sent
    # abstained on as a follow-up where there was one to follow, as the core does
    answerer.answer.side_effect = lambda q, previous=None, **_: replace(
        an_answer(q, answered=False), continues=previous.question if previous else None
    )
    await cog.on_raw_message_edit(edited(question, f"<@{BOT_ID}> when did the ferry sink?"))

    await asked(cog, "and when?", reply_to=reply, channel=question.channel)
    assert answerer.answer.call_args.kwargs["previous"].question.endswith("ferry sink?")
    interaction = make_interaction(channel_id=question.channel.id)
    await cog.ask.callback(cog, interaction, question="and where?")
    assert answerer.answer.call_args.kwargs["previous"].question.endswith("ferry sink?")
