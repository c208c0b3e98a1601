"""Every reply with an answer, an article's or a member's words goes through here: split to
Discord's limit, never able to ping. (A few fixed texts are sent where they arise, the
apologies for a failed command and the owner's ``sync`` replies; they pass ``NO_MENTIONS`` too
and hold no address that could unfurl.)

``render.split_message`` cuts the core's reply into messages of at most 2000 characters between
lines or words (never inside a citation marker); every send repeats
``AllowedMentions.none()`` even though the client already has it, so a future change to one of
them cannot make the bot ping ``@everyone``, and suppresses link previews: servers give
@everyone, the bot included, Embed Links by default, and a bare address in a quoted sentence or
in a topic a member typed would unfurl whatever it names. ``describe`` turns Discord's failures
into the one line that gets logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import discord

from ..config import DiscordSettings
from ..render import counted, split_message

T = TypeVar("T")

NO_MENTIONS = discord.AllowedMentions.none()
MAX_DEFER_AFTER_MS = 2500  # Discord drops an interaction not answered within 3 s
UNKNOWN_INTERACTION = 10062  # the 3-second (or 15-minute) window of an interaction has passed
UNKNOWN_CHANNEL = 10003
UNKNOWN_MESSAGE = 10008
INVALID_WEBHOOK_TOKEN = 50027  # a follow-up after the interaction's 15-minute token expired


async def reply_in_parts(
    message: discord.Message, text: str, *, as_reply: bool = True
) -> list[discord.Message]:
    """Answer ``message`` in as many messages as the text needs; the first replies to it.

    The reference does not fail when the question was deleted meanwhile (the answer is then
    posted without it), and ``mention_author=False`` keeps the asker from being pinged.
    ``as_reply=False`` posts without the reference (for channels where the bot lacks Read
    Message History, which Discord requires for replies).
    """
    sent: list[discord.Message] = []
    reference = message.to_reference(fail_if_not_exists=False) if as_reply else None
    for number, part in enumerate(split_message(text)):
        if number == 0 and reference is not None:
            sent.append(
                await message.channel.send(
                    part,
                    reference=reference,
                    mention_author=False,
                    allowed_mentions=NO_MENTIONS,
                    suppress_embeds=True,
                )
            )
        else:
            sent.append(
                await message.channel.send(part, allowed_mentions=NO_MENTIONS, suppress_embeds=True)
            )
    return sent


async def edit_parts(
    channel: discord.abc.Messageable, old: list[discord.Message], text: str
) -> list[discord.Message]:
    """Put ``text`` in place of the messages ``old`` of an earlier answer, in as many messages as
    it needs: each part that has a message to go in is edited into it (the first keeps its
    reply link to the question), messages the new text no longer needs are deleted, and parts
    beyond the old ones are posted after them. Returns the messages that now hold the text."""
    parts = split_message(text)
    kept: list[discord.Message] = []
    for message, part in zip(old, parts, strict=False):
        await message.edit(content=part, allowed_mentions=NO_MENTIONS, suppress=True)
        kept.append(message)
    for message in old[len(parts) :]:
        with contextlib.suppress(discord.NotFound):  # someone removed it already
            await message.delete()
    for part in parts[len(old) :]:
        kept.append(await channel.send(part, allowed_mentions=NO_MENTIONS, suppress_embeds=True))
    return kept


async def respond(
    interaction: discord.Interaction, text: str, *, ephemeral: bool = False
) -> list[int]:
    """Answer an interaction in parts; returns the ids of the messages it posted (when known).

    The first part is the interaction's response (or, after a defer, the first follow-up, which
    replaces the "thinking…" placeholder); the rest are follow-ups.
    """
    ids: list[int] = []
    for part in split_message(text):
        if not interaction.response.is_done():
            callback = await interaction.response.send_message(
                part, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, suppress_embeds=True
            )
            message_id = getattr(callback, "message_id", None)
        else:
            sent = await interaction.followup.send(
                part,
                ephemeral=ephemeral,
                allowed_mentions=NO_MENTIONS,
                suppress_embeds=True,
                wait=True,
            )
            message_id = getattr(sent, "id", None)
        if isinstance(message_id, int):
            ids.append(message_id)
    return ids


# Answering is CPU-bound Python that holds the GIL except inside SQLite: threads beyond a couple
# only queue for the GIL, and each extra one makes the event loop's own thread wait longer for
# its turn. Measured with 200 questions at once on 2 cores (tests/hardening/test_concurrency.py):
# worst event-loop lag 28-44 ms with asyncio's default pool of 6 threads, 7-29 ms with 2.
ANSWER_THREADS = 2
_ANSWER_POOL = ThreadPoolExecutor(ANSWER_THREADS, thread_name_prefix="factdesk-answer")


def count_of(number: object, noun: str) -> str:
    """``counted`` for a number a reloaded corpus reports (its articles, its sentences), or
    "? articles" where it cannot say (a stand-in corpus without the count)."""
    return counted(number, noun) if isinstance(number, int) else f"? {noun}s"


def defer_after(settings: DiscordSettings) -> float:
    """Seconds an interaction may wait before it is deferred: ``defer_after_ms``, capped well
    inside Discord's 3-second limit whatever the config says, since an interaction not answered
    or deferred by then is lost (for ``/ask``, ``/sources`` and ``/reload`` alike)."""
    return min(settings.defer_after_ms, MAX_DEFER_AFTER_MS) / 1000


async def off_loop(
    func: Callable[[], T],
    *,
    slow_after: float,
    on_slow: Callable[[], Awaitable[object]] | None = None,
) -> T:
    """Run ``func`` (answering: SQLite and scoring) in a worker thread so the event loop keeps
    serving everyone else; if it takes longer than ``slow_after`` seconds, await ``on_slow``
    once (defer the interaction, or show "typing…") and keep waiting."""
    loop = asyncio.get_running_loop()
    work = functools.partial(contextvars.copy_context().run, func)
    task = asyncio.ensure_future(loop.run_in_executor(_ANSWER_POOL, work))
    if on_slow is not None:
        done, _ = await asyncio.wait({task}, timeout=max(0.0, slow_after))
        if not done:
            try:
                await on_slow()
            except BaseException:
                # the answer is abandoned; still collect it so nothing logs "never retrieved"
                task.add_done_callback(_consume)
                raise
    return await task


def _consume(task: asyncio.Future) -> None:
    if not task.cancelled():
        task.exception()


def describe(error: BaseException) -> str:
    """One line for the log: what Discord refused and what it means for the operator."""
    if isinstance(error, discord.RateLimited):
        return f"rate limited by Discord (429), retry after {error.retry_after:.1f}s"
    if isinstance(error, discord.InteractionResponded):
        return "the interaction was already answered"
    if isinstance(error, discord.HTTPException):
        text = " ".join(str(error.text or "").split()) or getattr(
            error.response, "reason", "no details"
        )
        code = f", code {error.code}" if error.code else ""
        status = error.status
        if isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION:
            return "the interaction expired before the bot answered (404, code 10062)"
        if error.code == INVALID_WEBHOOK_TOKEN:
            return "the interaction's token expired before the answer was posted (401, code 50027)"
        if isinstance(error, discord.NotFound) and error.code == UNKNOWN_CHANNEL:
            return "the channel no longer exists (404, code 10003)"
        if isinstance(error, discord.Forbidden):
            return f"missing permission (403{code}): {text}"
        if status == 429:
            return f"rate limited by Discord (429{code}), retry after {_retry_after(error)}: {text}"
        if status >= 500:
            return f"Discord server error ({status}{code}): {text}"
        return f"Discord refused the request ({status}{code}): {text}"
    return f"{type(error).__name__}: {error}"


def _retry_after(error: discord.HTTPException) -> str:
    headers = getattr(error.response, "headers", None) or {}
    value = headers.get("Retry-After") if hasattr(headers, "get") else None
    return f"{value}s" if value else "an unknown delay"


def is_discord_failure(error: BaseException) -> bool:
    """Failures of talking to Discord (logged in one line), as opposed to bugs (tracebacks)."""
    return isinstance(
        error, (discord.HTTPException, discord.RateLimited, discord.InteractionResponded)
    )


def is_expired(error: BaseException) -> bool:
    """The interaction can no longer be answered: Discord's "Unknown interaction" (its first
    response came too late) or "Invalid Webhook Token" (its follow-ups came too late)."""
    if not isinstance(error, discord.HTTPException):
        return False
    if isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION:
        return True
    return error.code == INVALID_WEBHOOK_TOKEN
