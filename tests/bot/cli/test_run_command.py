"""`factdesk run`: the bot on Discord, started from the terminal (bot.cli.run_command)."""

from __future__ import annotations

import aiohttp
import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.bot.cli.invoking import run


def test_run_without_a_config_file_here_says_so_before_the_missing_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", "not.a-real.token")
    result = CliRunner().invoke(main, ["run"])
    assert result.exit_code != 0
    lines = result.stderr.splitlines()
    assert lines[0].startswith("note: no config.yaml in")
    assert "no fact database" in lines[1]


@pytest.mark.parametrize(
    "failure",
    [
        aiohttp.ClientConnectionError(
            "Cannot connect to host discord.com:443 ssl:default [Temporary failure in name "
            "resolution]"
        ),
        aiohttp.ServerTimeoutError("Connection timeout to host https://discord.com/api/v10"),
        TimeoutError(),
    ],
)
def test_run_without_a_network_says_it_cannot_reach_discord(project, seed_db, monkeypatch, failure):
    from bot.discord_app.client import FactdeskBot

    def unreachable(self, *args, **kwargs):
        raise failure

    monkeypatch.setenv("DISCORD_TOKEN", "not.a-real.token")
    monkeypatch.setattr(FactdeskBot, "run", unreachable)
    result = run(project, "run", "--db", str(seed_db))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot reach Discord: ")
    assert "internal error" not in lines[0] and "not.a-real.token" not in lines[0]
