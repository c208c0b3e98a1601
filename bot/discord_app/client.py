"""The bot itself: a thin ``commands.Bot`` subclass; every feature lives in a cog.

``create_bot`` builds it without connecting, so tests (and dpytest) can drive it offline. The
cogs are added in ``setup_hook``, which discord.py runs after login and before the gateway
connects; that is also where slash commands are synced, and only to the configured test guild
(or globally when ``factdesk run --sync`` asked for it once), never globally on every start:
global syncs are rate limited and take a while to reach every client.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..answer import Answerer
from ..config import Config, DiscordSettings, edited_since, file_fingerprint, load_config
from ..errors import ConfigError
from ..render import counted
from .replies import NO_MENTIONS, count_of, describe, is_discord_failure, is_expired

log = logging.getLogger(__name__)

APOLOGY = (
    "Sorry, something went wrong while answering that. The bot's operator can see why in the log."
)

# Discord refuses to register commands in a server the bot joined without this scope
SYNC_REFUSED = (
    "Discord refused: the bot was added here without the `applications.commands` scope. Add it "
    "again with the invite link from the log (it keeps its place), then sync."
)

STOP_GRACE = 5.0  # seconds a stop waits for answers in progress (docker stop allows 10)


# What the bot does in a channel: see it, post (also in threads), reply to a message (which needs
# the history), and react with the cooldown hourglass. No embeds: links are wrapped in <> instead.
REQUIRED_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    read_message_history=True,
    add_reactions=True,
)


def invite_url(application_id: int) -> str:
    """The link that adds the bot to a server with slash commands and the minimal permissions."""
    return discord.utils.oauth_url(
        application_id,
        permissions=REQUIRED_PERMISSIONS,
        scopes=("bot", "applications.commands"),
    )


def needs_message_content(settings: DiscordSettings) -> bool:
    """Whether the privileged Message Content intent is needed for the configured modes.

    Discord sends a message's text without it only when the message mentions the bot or is a DM
    to it. Every message in a Q&A channel, and a reply to the bot whose author switched the
    reply ping off, arrive with empty text unless the intent is granted.
    """
    return bool(settings.qa_channels) or settings.answer_replies


def build_intents(settings: DiscordSettings) -> discord.Intents:
    """The gateway events the configured modes need, and nothing else.

    ``guilds`` keeps the channel and role cache that permission checks read; ``guild_messages``
    delivers mentions, replies, Q&A-channel messages and the owner's text commands;
    ``dm_messages`` only when DMs are answered. No member or presence intents.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = settings.answer_dms
    intents.message_content = needs_message_content(settings)
    return intents


def check_settings(config: Config) -> None:
    """Discord settings that the config loader cannot judge; a one-line ConfigError."""
    permission = config.discord.admin_permission
    if permission not in discord.Permissions.VALID_FLAGS:
        raise ConfigError(
            f"{config.source}: discord.admin_permission: unknown permission {permission!r} "
            "(expected a discord.py permission name such as manage_guild)"
        )


def unseen_channels(
    settings: DiscordSettings, guilds: Sequence[discord.Guild], complete: bool = True
) -> list[str]:
    """A line for each id in ``allowed_channels`` or ``qa_channels`` that names no channel of the
    servers the bot is in, or names a category, and for each Q&A channel the allow list leaves
    out. Such an id matches no message, so the bot answered nowhere there without a word in
    the log: a typo, a server's id, or a category's, which the operator took to cover its
    channels. Only said when this process sees every server (one shard of several sees some
    of them)."""
    from .cogs.questions import channel_allowed  # the cogs import this module

    if not complete:
        return []
    channels: dict[int, object] = {}
    for guild in guilds:
        for channel in (*guild.channels, *guild.threads):
            channels[channel.id] = channel
    lines = []
    for key in ("allowed_channels", "qa_channels"):
        for channel_id in getattr(settings, key):
            channel = channels.get(channel_id)
            if isinstance(channel, discord.CategoryChannel):
                lines.append(
                    f"discord.{key}: {channel_id} is the category {channel.name!r}, which matches"
                    " no message: list the ids of its channels"
                )
            elif channel is None:
                lines.append(
                    f"discord.{key}: {channel_id} is no channel of the servers the bot is in "
                    "(a typo, or a server's id): nothing is answered there"
                )
            elif key == "qa_channels" and not channel_allowed(channel, settings):
                # the allow list is checked first: a Q&A channel left out of it (added to
                # qa_channels later) got no answer at all, without a word
                lines.append(
                    f"discord.qa_channels: {channel_id} ({getattr(channel, 'name', '?')!r}) is "
                    "not in discord.allowed_channels, where alone the bot answers: nothing is "
                    "answered there; add it to allowed_channels too"
                )
    return lines


class FactdeskTree(app_commands.CommandTree):
    """The one error handler for slash commands: a short apology to the user, the cause to the
    log, and the bot carries on serving everyone else."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        cause = getattr(error, "original", error)
        name = interaction.command.qualified_name if interaction.command else "?"
        where = f"/{name} for user {interaction.user.id} in channel {interaction.channel_id}"
        if is_discord_failure(cause):
            log.warning("%s: %s", where, describe(cause))
            if is_expired(cause):
                return  # nothing can reach that user through this interaction any more
        elif isinstance(error, app_commands.CheckFailure):
            log.info("%s refused: %s", where, error)
            await apologise(interaction, "You can't use this command here.")
            return
        else:
            log.error("%s crashed: %s", where, describe(cause), exc_info=cause)
        await apologise(interaction, APOLOGY)


async def apologise(interaction: discord.Interaction, text: str) -> None:
    """Tell one user, privately, that their command failed; never raise from here."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        else:
            await interaction.response.send_message(
                text, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
    except Exception as exc:  # expired, deleted channel, Discord down: nothing more to do
        log.warning(
            "could not send the apology for interaction %s: %s", interaction.id, describe(exc)
        )


class FactdeskBot(commands.Bot):
    """factdesk on Discord. ``answerer`` is the shared answering core (thread-safe)."""

    def __init__(
        self,
        config: Config,
        answerer: Answerer,
        *,
        intents: discord.Intents | None = None,
        sync_globally: bool = False,
        **options: Any,
    ):
        check_settings(config)
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents if intents is not None else build_intents(config.discord),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,  # "@factdesk help" is a question (the core answers it as help)
            tree_cls=FactdeskTree,
            **options,
        )
        self.config = config
        self.answerer = answerer
        self.sync_globally = sync_globally
        self.config_read = file_fingerprint(config)  # the settings file as it was read
        self.handle_signals = False  # the runner turns it on; tests leave signals alone

    def __repr__(self) -> str:
        # deliberately short: nothing secret (the token lives only in the HTTP client) and
        # nothing big (no config dump) ends up in a log line that prints the bot
        db = getattr(self.answerer, "db_path", None)
        return f"<{type(self).__name__} db={getattr(db, 'name', db)!s}>"

    async def setup_hook(self) -> None:
        from .cogs.admin import Admin
        from .cogs.questions import Questions

        await self.add_cog(Questions(self))
        await self.add_cog(Admin(self))
        await self.sync_commands_on_start()
        # the spelling list loads in a worker thread while the gateway connects
        self._warming = asyncio.create_task(self._warm_up())
        if self.handle_signals and hasattr(signal, "SIGHUP"):
            loop = asyncio.get_running_loop()
            loop.add_signal_handler(
                signal.SIGHUP, lambda: asyncio.ensure_future(self.reload_from_signal())
            )
            loop.add_signal_handler(
                signal.SIGTERM, lambda: asyncio.ensure_future(self.stop_from_signal())
            )

    async def _warm_up(self) -> None:
        try:
            await asyncio.to_thread(self._warm_and_freeze)
        except Exception as exc:  # answering still works; the list then loads on first use
            log.warning("warm-up failed: %s", describe(exc))

    def _warm_and_freeze(self) -> None:
        """Load what the first questions would otherwise wait for, then take it out of the
        collector's reach as runner.settle_memory does for what the first answer loaded: left
        unfrozen, the word frequencies' full list made every full collection 5-30 ms on the
        Wikinews build (0.1 ms frozen; docs/benchmarks.md, "Twenty-fifth session")."""
        self.answerer.warm_up()
        gc.collect()
        gc.freeze()

    def config_note(self) -> str:
        """What a reload adds when the settings file was edited since the bot read it: a reload
        re-opens the database only, and an operator who edited an intent or a synonym, then
        reloaded, saw the old behaviour with no word why (docs/discord.md says it, the reply
        did not)."""
        if not edited_since(self.config, self.config_read):
            return ""
        return (
            f" ({self.config.source} was edited since the bot started: the database is reloaded, "
            "the settings apply after a restart of factdesk run)"
        )

    async def reload_from_signal(self) -> None:
        """``kill -HUP``: what ``/reload`` does, for every process of a sharded deployment at
        once (``/reload`` only reaches the process serving the server it was typed in)."""
        try:
            corpus = await asyncio.to_thread(self.answerer.reload)
        except Exception as exc:
            log.warning("reload on SIGHUP failed, still serving the previous database: %s", exc)
            return
        log.info(
            "reloaded %s on SIGHUP: %s%s",
            getattr(corpus, "path", "?"),
            count_of(getattr(corpus, "article_count", None), "article"),
            self.config_note(),
        )

    async def stop_from_signal(self) -> None:
        """``kill``, ``systemctl stop``, ``docker stop``: stop as Ctrl-C does. SIGTERM used to end
        the process on the spot: no line in the log to tell a stop from a crash, and the
        gateway session left open, so members saw the bot online and their questions went
        unanswered until Discord timed the session out."""
        log.info("stopping on SIGTERM: closing the gateway connection")
        await self.finish_answers(STOP_GRACE)
        await self.close()

    async def finish_answers(self, grace: float) -> None:
        """Give questions being answered up to ``grace`` seconds to be posted: closing first
        cut them off half-way (a traceback in the log, and no answer)."""
        questions = self.get_cog("Questions")
        deadline = asyncio.get_running_loop().time() + grace
        while getattr(questions, "pending", None) and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)

    async def sync_commands_on_start(self) -> None:
        """Sync once globally when asked (``factdesk run --sync``), else only to the test guild,
        where changes show up at once; with neither, the tree is left as Discord has it."""
        try:
            if self.sync_globally:
                synced = await self.tree.sync()
                log.info("synced %s globally", counted(len(synced), "slash command"))
            elif self.config.discord.test_guild:
                guild = discord.Object(id=self.config.discord.test_guild)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info(
                    "synced %s to test guild %s", counted(len(synced), "slash command"), guild.id
                )
            else:
                await self.warn_if_unregistered()
        except (discord.HTTPException, discord.RateLimited) as exc:
            log.warning(
                "could not sync slash commands: %s (was the bot invited with the "
                "applications.commands scope?)",
                describe(exc),
            )

    async def warn_if_unregistered(self) -> None:
        """Say so when Discord has none of the bot's slash commands registered globally: the
        first ``factdesk run`` without ``--sync`` or ``test_guild`` left members without ``/ask``
        or ``/help`` in the menu, and the log without a word why. (Copies made in one server
        with ``@factdesk sync`` are not global: the line says they are fine.)"""
        names = {command.name for command in self.tree.get_commands()}
        try:
            registered = {command.name for command in await self.tree.fetch_commands()}
        except (discord.HTTPException, discord.ClientException) as exc:
            log.debug("could not list the registered slash commands: %s", describe(exc))
            return
        missing = sorted(names - registered)
        if missing:
            log.warning(
                "slash commands not registered globally, so members cannot use them: %s; run "
                "`factdesk run --sync` once (or set discord.test_guild while testing), or "
                "ignore this if you copy them to each server with @factdesk sync",
                ", ".join(f"/{name}" for name in missing),
            )

    async def on_ready(self) -> None:
        log.info(
            "connected as %s (id %s) to %s; answering from %s",
            self.user,
            self.user.id if self.user else "?",
            counted(len(self.guilds), "server"),
            getattr(self.answerer, "db_path", "?"),
        )
        if self.application_id:
            log.info("invite link: %s", invite_url(self.application_id))
        for line in unseen_channels(self.config.discord, self.guilds, self.sees_every_server):
            log.warning("%s", line)

    @property
    def sees_every_server(self) -> bool:
        """Whether this process serves every shard, so a channel it cannot see is nowhere."""
        ids = getattr(self, "shard_ids", None)
        return ids is None or len(set(ids)) >= (getattr(self, "shard_count", None) or 1)

    async def on_disconnect(self) -> None:
        # Discord closes gateway connections from time to time; discord.py reconnects and
        # resumes by itself, and answers in progress are still posted over HTTP.
        log.info("gateway connection lost; reconnecting (answers in progress still post)")

    async def on_resumed(self) -> None:
        log.info("gateway session resumed")

    async def is_command(self, message: discord.Message) -> bool:
        """A message that invokes a text command (``@factdesk sync``) is not a question."""
        return await self.command_context(message) is not None

    async def command_context(self, message: discord.Message) -> commands.Context | None:
        """The text command a message invokes, or ``None`` for a question.

        The owner-only ``sync`` is one only when written as a command (``sync``, ``sync
        global``: the ``forms`` in its ``extras``) or by the owner: "@factdesk sync up the
        timeline: when did the talks start?" from a member was refused as a command ("That
        command is for the bot's owner.") where it was a question. The owner still gets the
        usage for a mistyped scope, and a member the refusal for the command itself."""
        ctx = await self.get_context(message)
        if ctx.command is None:
            return None
        forms = ctx.command.extras.get("forms")
        if forms is None:
            return ctx
        rest = " ".join(ctx.view.buffer[ctx.view.index :].split())
        if rest in forms or await self.is_owner(ctx.author):
            return ctx
        return None

    async def on_message(self, message: discord.Message) -> None:
        # Only real commands are invoked here; every other message is the questions cog's to
        # judge, so "@factdesk who is meeting?" never becomes a CommandNotFound error.
        if message.author.bot:
            return
        ctx = await self.command_context(message)
        if ctx is not None:
            await self.invoke(ctx)

    async def over_budget(self, message: discord.Message) -> bool:
        """Whether a member's refused command is over their question budget (the first one over
        it gets the ⏳). Each "@factdesk sync" from a member who is not the owner was refused in
        a message of its own without limit, where their questions stop at the cooldown."""
        questions = self.get_cog("Questions")
        return questions is not None and await questions.cooling_down(message)

    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        """The one error handler for text commands (only the owner's ``sync``)."""
        cause = getattr(error, "original", error)
        if isinstance(error, commands.CommandNotFound):
            return
        if isinstance(error, (commands.NotOwner, commands.CheckFailure)):
            questions = self.get_cog("Questions")
            if questions is not None and not questions.speaks_in(ctx.channel):
                # outside allowed_channels, or where it may not post, a member's question is
                # left alone; the refusal was the one way to make the bot speak there
                log.debug(
                    "text command %s refused in channel %s, silently", ctx.command, ctx.channel.id
                )
                return
            if await self.over_budget(ctx.message):
                return
            text = "That command is for the bot's owner."
        elif isinstance(error, commands.UserInputError):
            text = (
                f"Usage: `@{self.user.name if self.user else 'factdesk'} sync [guild|global|clear]`"
            )
        elif isinstance(cause, discord.Forbidden) and getattr(ctx.command, "name", "") == "sync":
            # the owner learnt only that "something went wrong"
            log.warning("text command sync: %s", describe(cause))
            text = SYNC_REFUSED
        else:
            if is_discord_failure(cause):
                log.warning("text command %s: %s", ctx.command, describe(cause))
            else:
                log.error(
                    "text command %s crashed: %s", ctx.command, describe(cause), exc_info=cause
                )
            text = APOLOGY
        try:
            await ctx.send(
                text,
                reference=ctx.message.to_reference(fail_if_not_exists=False),
                mention_author=False,
                allowed_mentions=NO_MENTIONS,
            )
        except Exception as exc:
            log.warning("could not reply to a failed text command: %s", describe(exc))


class ShardedFactdeskBot(FactdeskBot, commands.AutoShardedBot):
    """The same bot on ``AutoShardedClient``: several gateway shards in one process."""


def create_bot(
    config_path: str | Path | Config | None = None,
    *,
    db_path: str | Path | None = None,
    intents: discord.Intents | None = None,
    answerer: Answerer | None = None,
    sync_globally: bool = False,
    shard_ids: list[int] | None = None,
) -> FactdeskBot:
    """The configured bot, not connected. Its cogs are added in ``setup_hook``.

    ``config_path`` may also be an already loaded :class:`Config`. ``intents`` replaces the
    computed ones (dpytest needs ``members``); ``answerer`` replaces the one opened from
    ``db_path`` (tests pass a fake). ``shard_count`` in config picks ``AutoShardedBot``;
    ``shard_ids`` limits this process to some of those shards.
    """
    config = config_path if isinstance(config_path, Config) else load_config(config_path)
    check_settings(config)
    if answerer is None:
        answerer = Answerer(config, db_path)
    shards = config.discord.shard_count
    if shards:
        return ShardedFactdeskBot(
            config,
            answerer,
            intents=intents,
            sync_globally=sync_globally,
            shard_count=shards,
            shard_ids=shard_ids,
        )
    return FactdeskBot(config, answerer, intents=intents, sync_globally=sync_globally)
