"""``factdesk run``: the bot on Discord."""

from __future__ import annotations

import click

from .app import Context, db_option, friendly, main


@main.command("run")
@db_option
@click.option("--sync", is_flag=True, help="Sync slash commands globally once, then run.")
@click.pass_obj
@friendly
def run_command(obj: Context, db_path: str | None, sync: bool) -> None:
    """Connect to Discord with the token from the environment and answer questions."""
    from ..discord_app.runner import run

    run(obj.config, db_path=db_path, sync_globally=sync)
