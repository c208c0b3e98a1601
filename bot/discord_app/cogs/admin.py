"""Admin: ``/reload`` for server managers, ``@factdesk sync`` for the bot's owner.

``/reload`` re-opens the fact database after ``factdesk build`` replaced it, without a restart;
answers in flight finish on the old build. It is hidden from members without the configured
permission (``default_permissions``, which server admins can override in their integration
settings) and checked again when invoked, because the default is only a default.

Slash commands reach Discord only by a sync. ``sync`` is a text command (so it works before
any slash command exists) for the application's owner only: ``@factdesk sync`` copies the
commands to the current server (instant), ``sync global`` publishes them everywhere (can take a
while to show up, and is rate limited), ``sync clear`` removes this server's copies.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from facts.errors import FactsError

from ...errors import BotError
from ...render import counted
from ..replies import NO_MENTIONS, count_of, defer_after, off_loop, respond

if TYPE_CHECKING:
    from ..client import FactdeskBot

# What "@factdesk sync" may be followed by: anything else from a member who is not the owner
# is a question that happens to start with the word ("@factdesk sync the talks with what?")
SYNC_FORMS = ("", "guild", "global", "clear")

log = logging.getLogger(__name__)


def permission_label(name: str) -> str:
    """``manage_guild`` -> "Manage Server", as Discord's own settings call it."""
    return name.replace("guild", "server").replace("_", " ").title()


class Admin(commands.Cog):
    def __init__(self, bot: FactdeskBot):
        self.bot = bot
        self.permission = bot.config.discord.admin_permission
        # The command objects are per-cog copies, not yet in the tree: set the default here,
        # from config, rather than in a decorator fixed at import time.
        self.reload.default_permissions = discord.Permissions(**{self.permission: True})

    def may_reload(self, interaction: discord.Interaction) -> bool:
        """The invoker holds the configured permission (or is an administrator) in a server."""
        if interaction.guild_id is None:
            return False
        perms = interaction.permissions
        return bool(perms.administrator or getattr(perms, self.permission, False))

    @app_commands.command(name="reload", description="Re-open the fact database after a rebuild.")
    @app_commands.guild_only()
    async def reload(self, interaction: discord.Interaction) -> None:
        if not self.may_reload(interaction):
            log.info(
                "/reload refused for user %s in guild %s: lacks %s",
                interaction.user.id,
                interaction.guild_id,
                self.permission,
            )
            await respond(
                interaction,
                f"You need the {permission_label(self.permission)} permission to reload.",
                ephemeral=True,
            )
            return
        answerer = self.bot.answerer
        try:
            corpus = await off_loop(
                answerer.reload,
                slow_after=defer_after(self.bot.config.discord),
                on_slow=functools.partial(_defer_ephemeral, interaction),
            )
        except Exception as exc:  # a broken rebuild: keep serving the previous one
            known = isinstance(exc, (BotError, FactsError))
            log.warning("/reload failed: %s", exc, exc_info=None if known else exc)
            await respond(
                interaction,
                f"Reload failed, still answering from the previous database: {exc}"
                if known
                else "Reload failed, still answering from the previous database "
                "(details in the log).",
                ephemeral=True,
            )
            return
        note = self.bot.config_note()
        log.info("/reload by user %s: %s%s", interaction.user.id, _summary(corpus), note)
        await respond(interaction, f"Reloaded {_summary(corpus)}{note}.", ephemeral=True)

    @commands.command(name="sync", hidden=True, extras={"forms": SYNC_FORMS})
    @commands.is_owner()
    async def sync(
        self, ctx: commands.Context, scope: Literal["guild", "global", "clear"] = "guild"
    ) -> None:
        tree = self.bot.tree
        if scope == "global":
            synced = await tree.sync()
            text = (
                f"Synced {counted(len(synced), 'command')} globally "
                "(they may take a while to appear)."
            )
        elif ctx.guild is None:
            text = "Use this in a server, or `sync global`."
        elif scope == "clear":
            tree.clear_commands(guild=ctx.guild)
            await tree.sync(guild=ctx.guild)
            text = "Removed this server's copy of the commands."
        else:
            tree.copy_global_to(guild=ctx.guild)
            synced = await tree.sync(guild=ctx.guild)
            text = f"Synced {counted(len(synced), 'command')} to this server."
        log.info("sync %s by owner %s: %s", scope, ctx.author.id, text)
        await ctx.send(
            text,
            reference=ctx.message.to_reference(fail_if_not_exists=False),
            mention_author=False,
            allowed_mentions=NO_MENTIONS,
        )


async def _defer_ephemeral(interaction: discord.Interaction) -> None:
    if not interaction.response.is_done():
        await interaction.response.defer(thinking=True, ephemeral=True)


def _summary(corpus: object) -> str:
    path = getattr(corpus, "path", None)
    name = getattr(path, "name", None) or "the database"
    parts = [
        f"{name}: {count_of(getattr(corpus, 'article_count', None), 'article')}",
        count_of(getattr(corpus, "sentence_count", None), "sentence"),
    ]
    built = getattr(corpus, "built_at", None)
    if built:
        parts.append(f"built {built}")
    return ", ".join(parts)
