"""Questions: messages that ask the bot something, ``/ask``, ``/sources`` and ``/help``.

A message is a question when it mentions the bot, replies to one of the bot's answers (a
follow-up: the replied-to answer is the context, so "and when?" works), is posted in a Q&A
channel, or is a DM (when enabled). ``classify`` decides that without any I/O, so it is tested
on its own. Answering runs in a worker thread (``off_loop``) because it reads SQLite and scores
sentences; the event loop keeps serving everyone else meanwhile.

A question is the asker's to change: an edit (within ``EDIT_WINDOW``) is answered by editing the
bot's reply, and a deleted question takes the reply with it, also while it is being answered.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from ... import follow_up
from ...chat import (
    article_list_reply,
    ask_argument,
    ask_inner,
    is_command,
    meant_command,
    read_command,
    sources_command,
    sources_reply,
    unknown_command,
    unwrapped,
    visible,
)
from ...config import DiscordSettings
from ...model import Answer
from ...question import REMOVED, has_words, only_reacts, without_marks
from ...render import counted, echo
from ..replies import (
    NO_MENTIONS,
    defer_after,
    describe,
    edit_parts,
    is_discord_failure,
    off_loop,
    reply_in_parts,
    respond,
)
from ..state import LRU, Cooldowns
from .admin import permission_label

if TYPE_CHECKING:
    from ..client import FactdeskBot

log = logging.getLogger(__name__)

COOLDOWN_EMOJI = "\N{HOURGLASS WITH FLOWING SAND}"
APOLOGY = "Sorry, something went wrong while answering that."
LAST_ANSWERS = 1024  # channels whose last answer /sources remembers
REMEMBERED_MESSAGES = 4096  # bot messages whose answer a reply can follow up on
EDIT_WINDOW = 15 * 60  # seconds after its answer in which an edited question is answered again
EDITABLE_ANSWERS = 1024  # questions whose answer an edit can still replace
TYPING_SHOWS_FOR = 8.0  # seconds: one request shows "typing…" for about 10


@dataclass(frozen=True)
class Trigger:
    """Why a message is a question, and what it asks."""

    question: str
    reason: str  # "mention", "reply", "qa_channel" or "dm"
    replied_to: int | None = None  # id of the bot message it replies to: a follow-up
    # "sources": ``/sources …`` typed as a message; "unknown": a command word the bot has not
    # (``/halp``), the question then being that word; "help": ``/help`` typed, answered with
    # the slash command's text; "file": a paste Discord made a file of, which is not read
    command: str | None = None
    # id of a member's message it replies to with a question of its own: when the bot answered
    # that one, this follows up on its answer
    follows: int | None = None
    typed_ask: bool = False  # "/ask …" typed as text: a follow-up as the slash command's is


def classify(
    message: discord.Message, me: discord.abc.User, settings: DiscordSettings
) -> Trigger | None:
    """The question in ``message``, or None when the bot should stay quiet.

    Never a question: messages from bots or webhooks (no loops between bots), Discord's own
    notices (a thread started, a channel renamed: their text is the name), messages outside
    the allowed channels, and messages with no text (Discord withholds it without the Message
    Content intent). ``@everyone`` and a reply ping are not mentions of the bot: only ``<@bot>``
    in the text, or the bot's own role, are.
    """
    if message.author.bot or message.webhook_id is not None or message.author.id == me.id:
        return None
    if message.type not in _CONVERSATION:
        return None
    replied_to = _reply_to_me(message, me)
    guild = message.guild
    if guild is None:
        if not settings.answer_dms:
            return None
        reason = "reply" if replied_to else "dm"
        return _trigger(message, me, None, reason, replied_to)
    if not channel_allowed(message.channel, settings):
        return None
    self_role = getattr(guild, "self_role", None)
    mentioned = me.id in message.raw_mentions or (
        self_role is not None and self_role.id in message.raw_role_mentions
    )
    if replied_to is not None and settings.answer_replies:
        return _trigger(message, me, self_role, "reply", replied_to)
    if mentioned and settings.answer_mentions:
        return _trigger(message, me, self_role, "mention", replied_to)
    if _in(message.channel, settings.qa_channels):
        return _trigger(message, me, self_role, "qa_channel", replied_to)
    return None


# What members write. Discord's notices carry text of their own in a member's name: "started
# a thread" and "changed the channel name" hold the new name as the content, a boost its count,
# and in a Q&A channel each was answered as a question.
_CONVERSATION = (discord.MessageType.default, discord.MessageType.reply)


def channel_allowed(channel: object, settings: DiscordSettings) -> bool:
    """The per-channel allow list; a thread counts as its parent channel. Empty: everywhere."""
    return not settings.allowed_channels or _in(channel, settings.allowed_channels)


def _may_react(channel: object) -> bool:
    guild = getattr(channel, "guild", None)
    if guild is None:
        return True  # a DM: reactions need no permission there
    perms = channel.permissions_for(guild.me)  # type: ignore[attr-defined]
    return bool(perms.add_reactions and perms.read_message_history)


_THREADS = (
    discord.ChannelType.public_thread,
    discord.ChannelType.private_thread,
    discord.ChannelType.news_thread,
)


def _may_post(interaction: discord.Interaction) -> bool:
    """The bot's own permissions in the interaction's channel, which Discord sends with it,
    let it post there. Answering an interaction needs none, so ``/ask`` and ``/sources``
    answered in the open in channels where the server had denied the bot View Channel or Send
    Messages (the way to keep it out that docs/discord.md gives), where a mention is ignored."""
    return _posts(interaction.app_permissions, interaction)


def _member_may_post(interaction: discord.Interaction) -> bool:
    """The member's own permissions in the channel let them post there. Use Application
    Commands is a permission of its own, so a member may use ``/ask`` in a read-only channel
    or a thread closed to them; answered in the open, the bot wrote there for them."""
    if interaction.guild_id is None:
        return True  # a DM
    return _posts(interaction.permissions, interaction)


def _posts(perms: discord.Permissions, interaction: discord.Interaction) -> bool:
    if perms.administrator:
        return True
    in_thread = getattr(interaction.channel, "type", None) in _THREADS
    send = perms.send_messages_in_threads if in_thread else perms.send_messages
    return bool(perms.view_channel and send)


def _in(channel: object, ids: tuple[int, ...]) -> bool:
    return getattr(channel, "id", None) in ids or getattr(channel, "parent_id", None) in ids


@dataclass
class _Answered:
    """A question message the bot answered: what an edit of it needs to replace the answer."""

    question: str  # as last answered: an edit that leaves it as it was asks nothing new
    previous: Answer | None  # the follow-up context it was answered with
    answer: Answer
    parts: list[discord.Message]  # the bot's messages that hold the answer
    at: float  # the cog's clock when it was first answered
    edits: int = 0  # edits answered so far: only the latest one's answer is posted
    withdrawn: bool = False  # the answer its context is was deleted (_withdraw)
    # the typed command it was (Trigger.command: ``/sources``, a mistyped ``/aks``), whose
    # reply it holds: ``previous`` is then the answer it showed, which a reply to it follows up
    # on, not the context an edit of it is asked in. None: a question.
    command: str | None = None

    @property
    def context(self) -> Answer | None:
        """What a question following up on this one leans on, as a reply to its answer does
        (follow_up.leaned_on): its answer, or its question where that was abstained on, or
        after an abstained follow-up what that followed up on; nothing once that answer was
        deleted."""
        if self.withdrawn:
            return None
        return follow_up.leaned_on(self.answer, self.previous)


@dataclass(frozen=True)
class _Where:
    """An interaction's channel by id: ``interaction.channel`` may be a partial object."""

    id: int | None
    parent_id: int | None


def _reply_to_me(message: discord.Message, me: discord.abc.User) -> int | None:
    reference = message.reference
    if reference is None or reference.message_id is None:
        return None
    resolved = reference.resolved
    if isinstance(resolved, discord.Message) and resolved.author.id == me.id:
        return resolved.id
    return None


def _trigger(
    message: discord.Message,
    me: discord.abc.User,
    self_role: discord.Role | None,
    reason: str,
    replied_to: int | None,
) -> Trigger | None:
    text = message.content or ""
    if not _without_me(text, me, self_role) and _pasted_as_file(message):
        # a paste over Discord's 2,000 characters reaches the bot as a file, message.txt,
        # with no text: in a Q&A channel, a DM or under an answer it got no reply at all
        return Trigger(question="", reason=reason, replied_to=replied_to, command="file")
    if not text.strip():
        return None
    question = _without_me(text, me, self_role)
    follows = None
    if not question and reason == "mention":
        question = _summoned_to(message, me, self_role)
    elif replied_to is None and message.reference is not None:
        follows = message.reference.message_id
    question = unwrapped(_post_title_question(message, question))
    typed = read_command(question)
    typed_ask = typed is not None and typed[0] == "ask"
    command, question = _command_of(typed, question)
    word = unknown_command(question) if typed is None else None
    if word is not None:
        # "/help" typed is the slash command's help, this deployment's ways of asking: the
        # core's help intent is config.yaml's small talk, and the built-in defaults have none
        # ("The coverage doesn't say (/help)")
        command, question = ("help" if word.lower() == "/help" else "unknown"), word
    quiet = _asks_nothing(question) or _another_bots_command(question) or _to_someone(question)
    if not command and not _named(message, me, reason) and quiet:
        return None
    return Trigger(
        question=question,
        reason=reason,
        replied_to=replied_to,
        command=command,
        follows=follows,
        typed_ask=typed_ask,
    )


def _asks_nothing(question: str) -> bool:
    """A 👍, an emoji or a shared link (no word), or a reaction in words ("lol", "ok",
    "nice"), in a Q&A channel or under an answer: each got "Ask me a question…" or "The
    coverage doesn't say (lol)", noise in a busy channel."""
    return not has_words(question) or only_reacts(question)


# "!rank", "!play some song": the prefix most other bots' text commands take
_BANG_COMMAND = re.compile(r"![a-z]+", re.IGNORECASE)


def _another_bots_command(question: str) -> bool:
    """A message whose first word is a "!" command other than the bot's own near misses
    (``!sources``, ``!ask``) or ``!help``: meant for another bot in the channel, and in a Q&A
    channel it was answered "The coverage doesn't say (!rank)". Named (a mention), it is
    still asked."""
    words = question.split()
    # "!help" may be meant for any bot, this one too: the core answers it with help
    return bool(words) and bool(_BANG_COMMAND.fullmatch(words[0])) and words[0].lower() != "!help"


# a member's or a role's mention opening a message: "@Ana this is wrong" (the bot's own mention
# is out of the question by then)
_OPENING_MENTION = re.compile(r"\s*<@[!&]?\d+>")


def _to_someone(question: str) -> bool:
    """A message that opens by naming another member or a role ("@Ana this is wrong", "@mods
    look"), under an answer or in a Q&A channel: members talking to each other about an answer,
    which the bot answered "The coverage doesn't say (this is wrong)". Named too, it is asked."""
    return bool(_OPENING_MENTION.match(question))


def _named(message: discord.Message, me: discord.abc.User, reason: str) -> bool:
    """Whether the member called on the bot: a mention in the text, or a DM."""
    return reason in ("mention", "dm") or me.id in message.raw_mentions


def typed_command(question: str) -> tuple[str | None, str]:
    """``/ask …`` or ``/sources …`` typed as text: (the command, what follows it), else
    (None, the question). Discord sends a slash command as plain text where the member did
    not pick it from the menu, or where the commands are not synced yet; the bot's own replies
    suggest ``/sources``. "/sources" was answered "The coverage doesn't say (/sources)", and
    "/ask who is…" was answered with "ask" as one of the question's words. Near misses
    ("/ sources", "/source", "!sources") are the command too (chat.read_command)."""
    return _command_of(read_command(question), question)


def _command_of(typed: tuple[str, str] | None, question: str) -> tuple[str | None, str]:
    """:func:`typed_command` of ``question`` from what chat.read_command read in it
    (``typed``), which the trigger also asks whether it was a typed ``/ask``: read once."""
    if typed is None:
        return None, question
    command, rest = typed
    if command == "ask":
        return None, ask_inner(ask_argument(rest))  # without "question:", the option's name
    return command, rest


# the name Discord gives a message it turned into a file, as it does with a paste over its
# 2,000 characters (4,000 with Nitro)
PASTED_FILE_NAME = "message.txt"
PASTED_AS_FILE = (
    "Your message reached me as a file (Discord makes one of a paste over 2,000 characters), "
    "and I read only what a message says: ask your question in fewer words."
)


def _pasted_as_file(message: discord.Message) -> bool:
    """Whether ``message`` carries a paste Discord turned into a file (``message.txt``)."""
    return any(
        getattr(a, "filename", None) == PASTED_FILE_NAME
        for a in getattr(message, "attachments", None) or ()
    )


def unknown_command_note(
    word: str, admin_permission: str = "manage_guild", typed: str = "typed as a message"
) -> str:
    """The reply to a command word typed as a message that the bot has not (``/halp``, ``/foo
    bar``): one line naming the commands. It was asked as a question, "The coverage doesn't
    say (/foo bar)"; chat names it too. ``/reload`` typed rather than picked from the menu is
    a command the bot has, for some: "I don't know /reload" sent an admin looking for why it
    was missing; it is told where it runs (a typed one is never run: who typed it is not
    checked as the slash command's permission is): in a server, which a DM was not told,
    where the menu has no ``/reload`` (``guild_only``). ``typed``: where the member typed it."""
    if word.strip().lower() == "/reload":
        return (
            "`/reload` runs only in a server, picked from the slash-command menu, for members "
            f"with the {permission_label(admin_permission)} permission; {typed} it is not run."
        )
    meant = meant_command(word, ("/ask", "/sources", "/help"))
    hint = f" (did you mean `{meant}`?)" if meant else ""
    return (
        f"I don't know {echo(word)} {typed}{hint}: the commands are `/ask`, "
        "`/sources` and `/help`, or ask your question in plain words."
    )


def _without_me(text: str, me: discord.abc.User, self_role: discord.Role | None) -> str:
    """``text`` without the bot's mentions, and the comma or colon that addressed it: "<@bot>,
    what is x" was asked and echoed back as ", what is x" (:func:`without_marks`)."""
    text = re.sub(rf"<@!?{me.id}>", REMOVED, text)
    if self_role is not None:
        text = text.replace(f"<@&{self_role.id}>", REMOVED)
    return without_marks(text)


def _post_title_question(message: discord.Message, question: str) -> str:
    """A forum post's question is often its title ("Who is Zelensky meeting?"), its text the
    detail ("I read it somewhere and can't find it again"), and the bot answered the text
    alone. The title is asked when it is phrased as a question or the text asks nothing; else
    the text, as before. A post's opening message is the one whose id is its thread's."""
    channel = message.channel
    if not isinstance(channel, discord.Thread) or message.id != channel.id:
        return question
    title = " ".join((channel.name or "").split())
    if title and (title.endswith("?") or not question):
        return title
    return question


def _summoned_to(
    message: discord.Message, me: discord.abc.User, self_role: discord.Role | None
) -> str:
    """The question a bare ``@factdesk`` is called to: the text of the member's message it
    replies to. Replying to someone's question with just the mention is how members bring the
    bot in; it was answered with "Ask me a question…". Empty when there is none to read (not a
    reply, a bot's message, or text Discord withholds without the Message Content intent)."""
    reference = message.reference
    resolved = getattr(reference, "resolved", None) if reference is not None else None
    if not isinstance(resolved, discord.Message) or resolved.author.bot:
        return ""
    return _without_me(resolved.content or "", me, self_role)


class Questions(commands.Cog):
    """Answers questions in messages and slash commands, and keeps what ``/sources`` and
    follow-ups need: each channel's last answer, and which answer each bot message carries."""

    def __init__(self, bot: FactdeskBot):
        self.bot = bot
        self.settings = bot.config.discord
        rate = self.settings.cooldown
        self.cooldowns = Cooldowns(rate.rate, rate.per_seconds)
        # /sources posts in the channel for everyone to see, so it is rate limited too; on a
        # budget of its own, so looking up where an answer came from costs no question
        self.sources_cooldowns = Cooldowns(rate.rate, rate.per_seconds)
        self.last_answer: LRU[int, Answer] = LRU(LAST_ANSWERS)
        self.answer_of: LRU[int, Answer] = LRU(REMEMBERED_MESSAGES)
        # the answer each bot message shows (answer_of holds an abstention's context instead)
        self.shown_in: LRU[int, Answer] = LRU(REMEMBERED_MESSAGES)
        self.asked_last: LRU[tuple[int | None, int], Answer] = LRU(REMEMBERED_MESSAGES)
        self.answered: LRU[int, _Answered] = LRU(EDITABLE_ANSWERS)
        # questions being answered: the latest edit of each, None once deleted
        self.pending: dict[int, Trigger | None] = {}
        self.typing_at: LRU[int, float] = LRU(LAST_ANSWERS)
        self._typing_tasks: set[asyncio.Future] = set()
        self.clock = time.monotonic

    @property
    def slow_after(self) -> float:
        """Seconds before deferring (:func:`defer_after`)."""
        return defer_after(self.settings)

    # -- state ---------------------------------------------------------------------------
    def remember(
        self,
        channel_id: int | None,
        answer: Answer,
        previous: Answer | None,
        message_ids: list[int],
    ) -> None:
        """An answer becomes the channel's last (for ``/sources``) only if it cited something;
        a reply to an abstention follows up on the question it abstained on, or, where that
        was a follow-up, on what the abstention itself followed up on (follow_up.leaned_on)."""
        if answer.answered and channel_id is not None:
            self.last_answer[channel_id] = answer
        context = follow_up.leaned_on(answer, previous)
        for message_id in message_ids:
            if context is not None:
                self.answer_of[message_id] = context
            if answer.answered:
                self.shown_in[message_id] = answer
            else:  # an edit put an abstention where an answer was
                self.shown_in.pop(message_id)

    # -- messages ------------------------------------------------------------------------
    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None:
            return
        trigger = classify(message, me, self.settings)
        if trigger is None:
            return
        await self._guarded(
            message, functools.partial(self.answer_message, message, trigger), "question"
        )

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """A member who edits a question the bot answered (to fix a typo, say) gets the edited
        question answered in place: the bot edits its own reply, as a person would, rather than
        posting a second answer. Only questions it answered, only within ``EDIT_WINDOW`` of
        that answer (an edit weeks later is a correction for readers, not a new question), and
        on the member's question budget. Discord also reports as edits what changes no text (a
        link preview appearing, a pin): those ask nothing new. The raw event is used because
        the plain one only fires for messages still in discord.py's message cache."""
        record = self.answered.get(payload.message_id)
        pending = self.pending.get(payload.message_id)
        me = self.bot.user
        if record is not None:
            asked = (record.command, record.question)
        elif pending is not None:  # still being answered (None: deleted meanwhile)
            asked = (None, pending.question)
        else:
            return
        if me is None:
            return
        message = payload.message
        trigger = classify(message, me, self.settings)
        if trigger is None or (trigger.command, trigger.question) == asked:
            return
        if trigger.command and (record is None or record.command is None):
            return  # a question edited into a command: its answer stays
        if record is None:
            self.pending[message.id] = trigger  # answered once the first answer is posted
            return
        if self.clock() - record.at > EDIT_WINDOW:
            log.debug("edit of message %s is past the edit window; left alone", message.id)
            return
        edit = self.command_edit if trigger.command else self.answer_edit
        await self._guarded(
            message, functools.partial(edit, message, trigger, record), "edited question"
        )

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        """A question deleted by its asker (or a moderator) takes the bot's answer with it.
        An abstention echoes the question, so the words a member took back stayed in the
        channel under the bot's name; and an answer to nothing reads as noise."""
        await self._drop_answers(payload.channel_id, (payload.message_id,))

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        await self._drop_answers(payload.channel_id, tuple(payload.message_ids))

    async def _drop_answers(self, channel_id: int, question_ids: tuple[int, ...]) -> None:
        for question_id in question_ids:
            if question_id in self.pending:
                self.pending[question_id] = None  # its answer is not posted
            record = self.answered.pop(question_id)
            if record is None:
                self._drop_shown(channel_id, question_id)
                continue
            record.edits += 1  # an edit being answered meanwhile posts nothing
            self._withdraw(channel_id, record.answer)
            for part in record.parts:
                try:
                    await part.delete()
                except discord.NotFound:
                    pass  # deleted with it (a moderator's purge) or before
                except discord.HTTPException as exc:
                    log.warning(
                        "could not delete the answer to deleted message %s in channel %s: %s",
                        question_id,
                        channel_id,
                        describe(exc),
                    )
                    break

    def _drop_shown(self, channel_id: int, message_id: int) -> None:
        """One of the bot's answers deleted (a moderator removing a wrong or unwelcome quote):
        ``/sources`` posted its quotes again, with context, for whoever asked next, and a
        thread opened on it and "/ask and when?" went on leaning on it."""
        answer = self.shown_in.pop(message_id)
        if answer is not None:
            self._withdraw(channel_id, answer)

    def _withdraw(self, channel_id: int, answer: Answer) -> None:
        """An answer gone from the channel is no longer what ``/sources`` shows or what "/ask
        and when?" follows up on: after a member deleted their question, their next ``/ask``
        leaned on the question they had taken back. Nor is it the context of any message or
        question: of its own, or of an abstention that followed up on it (a reply to which,
        `/sources` typed as one, and a thread opened on it or its question brought it back)."""
        if self.last_answer.get(channel_id) is answer:
            self.last_answer.pop(channel_id)
        self.asked_last.discard_value(answer)
        self.answer_of.discard_value(answer)
        for record in self.answered.values():
            if record.context is answer:
                record.withdrawn = True

    async def _guarded(
        self, message: discord.Message, work: Callable[[], Awaitable[None]], what: str
    ) -> None:
        """Answer ``message`` with ``work`` unless it is a command: a Discord failure is one
        log line, a bug a traceback and an apology to the asker."""
        try:
            if await self.bot.is_command(message):
                return
            await work()
        except Exception as exc:
            where = f"{what} from user {message.author.id} in channel {message.channel.id}"
            if is_discord_failure(exc):
                log.warning("%s: %s", where, describe(exc))
                return
            log.error("%s crashed: %s", where, describe(exc), exc_info=exc)
            await self._apologise(message)

    async def answer_message(self, message: discord.Message, trigger: Trigger) -> None:
        can_send, can_reply = self._permissions(message.channel)
        if not can_send:
            log.info("no permission to send in channel %s; question ignored", message.channel.id)
            return
        if trigger.command:
            if await self.cooling_down(message, self._budget(trigger)):
                return
            note, shown_of = await self._command_reply(message, trigger)
            sent = await reply_in_parts(message, note, as_reply=can_reply)
            self._keep_reply(message, trigger, note, sent, shown_of)
            return
        if await self.cooling_down(message):
            return
        previous = self._context(trigger, message.channel.id, message.author.id)
        # until the answer is posted and remembered, an edit or delete of the question is
        # noted here, and acted on below
        self.pending[message.id] = trigger
        try:
            answer = await self._answer(message.channel, trigger.question, previous)
            if self.pending.get(message.id, trigger) is None:
                return  # deleted while it was being answered: nothing to answer, nothing to echo
            sent = await reply_in_parts(message, answer.reply, as_reply=can_reply)
        finally:
            latest = self.pending.pop(message.id, trigger)
        self.remember(message.channel.id, answer, previous, [m.id for m in sent])
        # what "/ask and when?" by the same member here follows up on
        if follow_up.leaned_on(answer, previous) is answer:
            self.asked_last[(message.channel.id, message.author.id)] = answer
        record = _Answered(trigger.question, previous, answer, sent, self.clock())
        self.answered[message.id] = record
        if latest is None:  # deleted while the answer was being posted
            await self._drop_answers(message.channel.id, (message.id,))
        elif latest is not trigger:  # edited while it was answered: answer the edit too
            await self.answer_edit(message, latest, record)

    def _context(self, trigger: Trigger, channel_id: int, author_id: int) -> Answer | None:
        """The answer a question follows up on: the one in the bot's message it replies to, or
        the bot's answer to the member's question it replies to (in a busy channel members
        reply to the question, the answer being further down), else the asker's own last
        answer in this channel: for "/ask …" typed, as the slash command has (typed, "/ask and
        when?" had no context), in a DM, one member's conversation as ``factdesk chat`` is,
        and for a mention or a Q&A channel's question that replies to nothing, where
        "@factdesk and when?" right after the member's answer got "Ask me a question…". Kept
        per member and channel, so two members asking in turn in one channel each follow up
        on their own answer. Else the answer a thread was started from
        (:meth:`thread_context`)."""
        if trigger.replied_to is not None:
            return self.answer_of.get(trigger.replied_to)
        record = self.answered.get(trigger.follows) if trigger.follows is not None else None
        if record is not None:
            return record.context
        unreplied = trigger.reason in ("mention", "qa_channel") and trigger.follows is None
        own = trigger.typed_ask or trigger.reason == "dm" or unreplied
        mine = self.asked_last.get((channel_id, author_id)) if own else None
        return mine or self.thread_context(channel_id)

    def _last_answer(self, channel_id: int | None) -> Answer | None:
        """What ``/sources`` shows: the channel's last answer, else, in a thread started from
        an answer, that answer (``/sources`` there said "No sources yet")."""
        if channel_id is None:
            return None
        return self.last_answer.get(channel_id) or self.thread_context(channel_id)

    def thread_context(self, channel_id: int | None) -> Answer | None:
        """The answer in the bot's message a thread was started from. Members discuss an answer
        in a thread opened on it ("Create Thread" on the message), and "@factdesk and when?"
        there was asked with no context ("Ask me a question about the coverage"). A thread
        started from a message has that message's id, and no other channel has a message's
        id, so this finds only such threads. A thread opened on the member's question, which
        the bot answered, leans on that answer the same way."""
        if channel_id is None:
            return None
        found = self.answer_of.get(channel_id)
        record = self.answered.get(channel_id) if found is None else None
        return record.context if record is not None else found

    async def cooling_down(self, message: discord.Message, budget: Cooldowns | None = None) -> bool:
        """Whether the member asked too often just now (a question, an edit and a command the
        member may not use alike count; ``/sources`` typed on its own ``budget``); the first
        refusal of a burst says so with the ⏳ hint."""
        budget = budget or self.cooldowns
        wait = budget.hit(message.author.id)
        if wait and budget.first_refusal(message.author.id, wait):
            await self._hint_cooldown(message)
        return bool(wait)

    def _budget(self, trigger: Trigger) -> Cooldowns:
        """The budget a typed command is on: ``/sources``'s own, else the question budget."""
        return self.sources_cooldowns if trigger.command == "sources" else self.cooldowns

    async def _answer(
        self, channel: discord.abc.Messageable, question: str, previous: Answer | None
    ) -> Answer:
        """The core's answer, worked out off the event loop, with "typing…" while it is slow."""
        return await off_loop(
            functools.partial(self.bot.answerer.answer, question, previous=previous),
            slow_after=self.slow_after,
            on_slow=functools.partial(self._show_typing, channel),
        )

    async def answer_edit(
        self, message: discord.Message, trigger: Trigger, record: _Answered
    ) -> None:
        """Answer an edited question by editing the earlier answer's messages."""
        can_send, _ = self._permissions(message.channel)
        if not can_send:
            log.info("no permission to send in channel %s; edit ignored", message.channel.id)
            return
        if await self.cooling_down(message):
            return
        record.question = trigger.question
        record.edits += 1
        mine = record.edits
        if record.command:
            # "/sources 2" edited into "and when?" followed up on the answer whose sources it
            # showed, often another member's; it is asked as a new message would be
            record.previous = self._context(trigger, message.channel.id, message.author.id)
            record.command = None
        answer = await self._answer(message.channel, trigger.question, record.previous)
        if record.edits != mine:
            return  # the member edited again meanwhile: that edit's answer goes in instead
        old = record.answer
        if not await self._edited_to(message, record, answer.reply, "answer"):
            return
        record.answer = answer
        record.withdrawn = False  # the edit's answer is in the channel
        self.remember(message.channel.id, answer, record.previous, [m.id for m in record.parts])
        context = follow_up.leaned_on(answer, record.previous)
        if context is None:
            # remember sets no context for these messages: a reply to one must not follow up
            # on the answer they held before
            for part in record.parts:
                self.answer_of.pop(part.id)
        # the earlier answer is gone from the channel: /sources and "/ask and when?" must not
        # go on showing or following it, and lean on the edit's as on a new question's
        asked = (message.channel.id, message.author.id)
        if context is answer:
            self.asked_last[asked] = answer
        elif self.asked_last.get(asked) is old:
            self.asked_last.pop(asked)
        if not answer.answered and self.last_answer.get(message.channel.id) is old:
            self.last_answer.pop(message.channel.id)

    async def _edited_to(
        self, message: discord.Message, record: _Answered, text: str, what: str
    ) -> bool:
        """Whether the bot's ``what`` (answer, reply) to an edited ``message`` now reads
        ``text``: not where a moderator removed it, which is not for the bot to post again, nor
        a fault; the message is then no longer one it answered."""
        try:
            record.parts = await edit_parts(message.channel, record.parts, text)
        except discord.NotFound:
            log.info("edit of message %s not answered: the %s to it was deleted", message.id, what)
            self.answered.pop(message.id)
            return False
        return True

    async def command_edit(
        self, message: discord.Message, trigger: Trigger, record: _Answered
    ) -> None:
        """Answer a typed command edited into another by editing the reply to it: "/sorces"
        (told "did you mean `/sources`?") fixed into "/sources", or "/sources" into "/sources
        2", got nothing, where a command fixed into a question is answered in place."""
        can_send, _ = self._permissions(message.channel)
        if not can_send:
            log.info("no permission to send in channel %s; edit ignored", message.channel.id)
            return
        if await self.cooling_down(message, self._budget(trigger)):
            return
        record.edits += 1
        mine = record.edits
        text, shown_of = await self._command_reply(message, trigger)
        if record.edits != mine:
            return  # edited again meanwhile
        if not await self._edited_to(message, record, text, "reply"):
            return
        record.question, record.command, record.previous = (
            trigger.question,
            trigger.command,
            shown_of,
        )
        record.answer = _shown(trigger, text)
        record.withdrawn = False

    async def _command_reply(
        self, message: discord.Message, trigger: Trigger
    ) -> tuple[str, Answer | None]:
        """The reply to a typed command, and the answer whose sources it shows, if any:
        ``/sources …`` shows what the slash command shows, and typed as a reply to one of the
        bot's answers, that answer's sources (in a busy channel the last answer is often
        someone else's); ``/help`` typed the slash command's help; a mistyped command a note
        naming the commands; a paste Discord made a file of, a note that it is not read."""
        if trigger.command == "file":
            return PASTED_AS_FILE, None
        if trigger.command == "help":
            return help_text(self.settings, self.bot.user), None
        if trigger.command != "sources":
            return unknown_command_note(trigger.question, self.settings.admin_permission), None
        last = self.answer_of.get(trigger.replied_to) if trigger.replied_to else None
        if last is None:
            last = self._last_answer(message.channel.id)
        text = await off_loop(
            functools.partial(sources_command, self.bot.answerer, last, trigger.question),
            slow_after=self.slow_after,
            on_slow=functools.partial(self._show_typing, message.channel),
        )
        return text, last

    def _keep_reply(
        self,
        message: discord.Message,
        trigger: Trigger,
        text: str,
        sent: list[discord.Message],
        shown_of: Answer | None = None,
    ) -> None:
        """Keep the bot's reply to a typed command (``/sources …``, a mistyped ``/aks …``) as
        an answer is kept: deleting the message deletes the reply (a member's ``/sources``
        post stayed under nothing), and a command fixed by an edit ("/aks who …" to "/ask who
        …") is answered in the reply's place (it got nothing). ``shown_of``, the answer whose
        sources were shown, is what a reply to the message follows up on."""
        record = _Answered(
            trigger.question,
            shown_of,
            _shown(trigger, text),
            sent,
            self.clock(),
            command=trigger.command,
        )
        self.answered[message.id] = record

    async def _show_typing(self, channel: discord.abc.Messageable) -> None:
        """Show "typing…" for a slow answer without holding the answer back: the request runs
        on its own, once per channel while the last one still shows. Awaited in line, each slow
        question of a busy channel sent one, and an answer that was ready waited for its typing
        request, however long Discord (its rate limits) or the network made that take."""
        now = self.clock()
        shown = self.typing_at.get(getattr(channel, "id", 0))
        if shown is not None and now - shown < TYPING_SHOWS_FOR:
            return
        self.typing_at[getattr(channel, "id", 0)] = now
        task = asyncio.ensure_future(_typing(channel))
        self._typing_tasks.add(task)  # a task nobody references may be collected mid-way
        task.add_done_callback(self._typing_tasks.discard)

    def speaks_in(self, channel: object) -> bool:
        """Whether the bot posts in ``channel`` at all: in a server, a channel the allow list
        and the server's permissions let it post in; a DM when DMs are answered."""
        if getattr(channel, "guild", None) is None:
            return self.settings.answer_dms
        return channel_allowed(channel, self.settings) and self._permissions(channel)[0]

    def _permissions(self, channel: object) -> tuple[bool, bool]:
        """(may post, may reply). Channels the bot may not post in are skipped instead of
        collecting 403s (Discord blocks clients that make too many failing requests); without
        Read Message History a reply is refused, so the answer is posted without the link."""
        guild = getattr(channel, "guild", None)
        if guild is None:
            return True, True
        perms = channel.permissions_for(guild.me)  # type: ignore[attr-defined]
        if isinstance(channel, discord.Thread):
            can_send = bool(perms.send_messages_in_threads)
        else:
            can_send = bool(perms.send_messages)
        return can_send, bool(perms.read_message_history)

    async def _hint_cooldown(self, message: discord.Message) -> None:
        """React with the hourglass where the bot may: without Add Reactions or Read Message
        History (which reacting needs) the hint is skipped, as posting is where the bot may not
        post. It is a courtesy, so a refusal is no error for the operator's log (a debug line);
        skipping it also saves Discord a request it would refuse."""
        if not _may_react(message.channel):
            log.debug("no permission to react in channel %s; hint skipped", message.channel.id)
            return
        try:
            await message.add_reaction(COOLDOWN_EMOJI)
        except discord.Forbidden as exc:
            log.debug("cooldown hint in channel %s: %s", message.channel.id, describe(exc))

    async def _apologise(self, message: discord.Message) -> None:
        try:
            await message.channel.send(
                APOLOGY,
                reference=message.to_reference(fail_if_not_exists=False),
                mention_author=False,
                allowed_mentions=NO_MENTIONS,
            )
        except Exception as exc:
            log.warning("could not apologise in channel %s: %s", message.channel.id, describe(exc))

    # -- slash commands ------------------------------------------------------------------
    def _refusal(self, interaction: discord.Interaction) -> str | None:
        """Why this channel gets no answers, or None."""
        if interaction.guild_id is None:
            return None if self.settings.answer_dms else "I don't answer in DMs here."
        where = _Where(interaction.channel_id, getattr(interaction.channel, "parent_id", None))
        if not channel_allowed(where, self.settings):
            allowed = ", ".join(f"<#{c}>" for c in self.settings.allowed_channels)
            return f"I only answer in {allowed}."
        if not _may_post(interaction):
            return "I don't answer in this channel: the server doesn't let me post here."
        return None

    async def _defer(self, interaction: discord.Interaction, ephemeral: bool = False) -> None:
        if not interaction.response.is_done():
            await interaction.response.defer(thinking=True, ephemeral=ephemeral)

    async def _note(self, interaction: discord.Interaction, text: str) -> None:
        await respond(interaction, text, ephemeral=True)

    async def _too_quick(
        self, interaction: discord.Interaction, budget: Cooldowns, doing: str
    ) -> bool:
        """Whether the member used up ``budget`` just now; if so, told privately how long to
        wait ("You're asking quickly: ..."; ``doing`` is "asking" on the question budget,
        "looking" on ``/sources``'s). The slash commands' counterpart of cooling_down, which
        hints only at a burst's first refusal: here every refusal is told."""
        wait = budget.hit(interaction.user.id)
        if wait:
            await self._note(
                interaction, f"You're {doing} quickly: try again in {math.ceil(wait)}s."
            )
        return bool(wait)

    @app_commands.command(name="ask", description="Ask a question about the coverage.")
    @app_commands.describe(question="Your question, in plain words")
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        refusal = self._refusal(interaction)
        if refusal:
            await self._note(interaction, refusal)
            return
        # "question: /sources" copied with the option's name, as /help shows the command
        question = ask_inner(ask_argument(question))
        if is_command(question):
            await self._command_in_ask(interaction, question)
            return
        if await self._too_quick(interaction, self.cooldowns, "asking"):
            return
        # a slash command cannot reply to an answer, so "/ask and when?" follows up on the
        # asker's own last answer in this channel (to /ask or to a message)
        key = (interaction.channel_id, interaction.user.id)
        previous = self.asked_last.get(key) or self.thread_context(interaction.channel_id)
        # where the member may not post, the answer is theirs alone (and no channel's last)
        private = not _member_may_post(interaction)
        answer = await off_loop(
            functools.partial(self.bot.answerer.answer, question, previous=previous),
            slow_after=self.slow_after,
            on_slow=functools.partial(self._defer, interaction, private),
        )
        ids = await respond(interaction, answer.reply, ephemeral=private)
        if not private:
            self.remember(interaction.channel_id, answer, previous, ids)
        if follow_up.leaned_on(answer, previous) is answer:
            self.asked_last[key] = answer

    async def _command_in_ask(self, interaction: discord.Interaction, typed: str) -> None:
        """``/ask question: /sources`` (a member who typed the command they wanted into /ask's
        box) was asked as a question, "The coverage doesn't say (/sources)", where typed as a
        message it is the command: ``/sources …`` shows what it shows typed, on its budget;
        ``/help`` or ``/reload`` (chat's ``/quit``) gets the note a typed one gets, privately, on
        the question budget (:func:`chat.is_command`)."""
        command = read_command(typed)
        budget = self.sources_cooldowns if command is not None else self.cooldowns
        doing = "looking" if command is not None else "asking"
        if await self._too_quick(interaction, budget, doing):
            return
        if command is None:
            word = unknown_command(typed) or typed
            if word.lower() == "/help":
                note = help_text(self.settings, self.bot.user)
            else:
                note = unknown_command_note(word, self.settings.admin_permission, "given to `/ask`")
            await self._note(interaction, note)
            return
        last = self._last_answer(interaction.channel_id)
        private = not _member_may_post(interaction)
        text = await off_loop(
            functools.partial(sources_command, self.bot.answerer, last, command[1]),
            slow_after=self.slow_after,
            on_slow=functools.partial(self._defer, interaction, private),
        )
        await respond(interaction, text, ephemeral=private)

    @app_commands.command(
        name="sources",
        description="Where the last answer here came from, an article's details, or a topic's "
        "articles.",
    )
    @app_commands.describe(
        article="An article's id, title or link, or a source number of the last answer (2)",
        query="A topic: list the articles that cover it",
    )
    async def sources(
        self,
        interaction: discord.Interaction,
        article: str | None = None,
        query: str | None = None,
    ) -> None:
        refusal = self._refusal(interaction)
        if refusal:
            await self._note(interaction, refusal)
            return
        article = visible(article or "")
        query = visible(query or "")
        if article and query:
            await self._note(interaction, "Give either `article` or `query`, not both.")
            return
        if await self._too_quick(interaction, self.sources_cooldowns, "looking"):
            return
        answerer = self.bot.answerer
        if query:
            work = functools.partial(article_list_reply, answerer, query)
        else:
            last = self._last_answer(interaction.channel_id)
            if last is None and not article:
                await self._note(interaction, sources_reply(answerer, None))
                return
            work = functools.partial(sources_reply, answerer, last, article)
        private = not _member_may_post(interaction)
        text = await off_loop(
            work,
            slow_after=self.slow_after,
            on_slow=functools.partial(self._defer, interaction, private),
        )
        await respond(interaction, text, ephemeral=private)

    @app_commands.command(name="help", description="How to ask factdesk about the coverage.")
    async def help(self, interaction: discord.Interaction) -> None:
        await self._note(interaction, help_text(self.settings, self.bot.user))


def _shown(trigger: Trigger, text: str) -> Answer:
    """A typed command's reply as the answer its record holds: no answer, nothing quoted."""
    return Answer(question=trigger.question, answered=False, reply=text, kind="smalltalk")


async def _typing(channel: discord.abc.Messageable) -> None:
    """Show "factdesk is typing…" while a slow answer is computed; failing to is harmless."""
    try:
        await channel.typing()
    except Exception as exc:
        log.debug("could not show typing: %s", describe(exc))


def help_text(settings: DiscordSettings, me: discord.abc.User | None) -> str:
    """What ``/help`` says, listing only the ways of asking this deployment has switched on."""
    name = f"@{me.name}" if me is not None else "@factdesk"
    ways = ["`/ask question:` anywhere I answer"]
    if settings.answer_mentions:
        ways.append(f"mention me: `{name} who is meeting whom?`")
    if settings.answer_replies:
        ways.append("reply to one of my answers to follow up (“and when?”)")
    if settings.qa_channels:
        ways.append("any message in " + ", ".join(f"<#{c}>" for c in settings.qa_channels))
    if settings.answer_dms:
        ways.append("a direct message")
    if len(ways) > 1:  # a question in a message, which its asker can edit
        ways.append(
            f"edit a question I answered, within {EDIT_WINDOW // 60} minutes, and I edit my answer"
        )
    lines = [
        "I answer questions about the news coverage with the articles' own sentences, each "
        "with a numbered source. When the coverage doesn't say, I say so.",
        "",
        "Ask by:",
        *[f"- {way}" for way in ways],
        "",
        "Commands:",
        "- `/sources` where the last answer in this channel came from, with context",
        "- `/sources article:` an article by its id, title or link, or a number: that source",
        "- `/sources query:` which articles cover a topic",
        "- `/help` this text",
    ]
    rate = settings.cooldown
    if rate.per_seconds > 0:
        lines.append(
            f"\nUp to {counted(rate.rate, 'question')} per {rate.per_seconds:g}s each; "
            f"{COOLDOWN_EMOJI} means wait a moment."
        )
    return "\n".join(lines)
