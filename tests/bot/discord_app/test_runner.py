"""``factdesk run``: one clear line before connecting when something is missing; the token
never reaches a log."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import discord
import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.discord_app import runner
from bot.discord_app.client import FactdeskBot
from bot.errors import ConfigError, StartupError

from .conftest import make_config

TOKEN = "MTAxOTk.fake-token.value"


@pytest.fixture
def token(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.delenv(runner.SHARD_IDS_ENV, raising=False)
    return TOKEN


def test_a_missing_token_names_the_environment_variable(monkeypatch, seed_db):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    with pytest.raises(StartupError, match="export DISCORD_TOKEN="):
        runner.prepare(make_config(), seed_db)


def test_the_token_variable_comes_from_config(monkeypatch, seed_db):
    monkeypatch.setenv("FACTDESK_BOT_TOKEN", "  ")  # blank counts as missing
    with pytest.raises(StartupError, match="FACTDESK_BOT_TOKEN"):
        runner.prepare(make_config(token_env="FACTDESK_BOT_TOKEN"), seed_db)


@pytest.mark.parametrize(
    "value, problem",
    [
        ("1019283746574839201", "is not a bot token"),  # the Application ID
        ("9f" * 32, "is not a bot token"),  # the Public Key
        ("aBcDeFgHiJkLmNoPqRsTuVwXyZ012345", "is not a bot token"),  # the Client Secret
        ("abc.def", "is not a bot token"),
        ("MTAxOTk.fake\u2013token.value", "has characters no bot token has"),  # an en dash
        ("MTAxOTk.fake-token.value\u2026", "has characters no bot token has"),  # an ellipsis
        ("MTAxOTk.fake-token.\x1b[1m", "has characters no bot token has"),  # an escape
    ],
)
def test_a_value_that_is_no_bot_token_is_named_before_connecting(
    monkeypatch, seed_db, value, problem
):
    """qa24: the portal's Application ID, Public Key or Client Secret pasted as the token, or a
    token with a typographic character, went to Discord, whose "rejected" sent the operator to
    reset a token they had never pasted. Said offline, in one line, without the value."""
    monkeypatch.setenv("DISCORD_TOKEN", value)
    with pytest.raises(StartupError) as caught:
        runner.prepare(make_config(), seed_db)
    message = str(caught.value)
    assert message.startswith(f"the value of DISCORD_TOKEN {problem}")
    assert "\n" not in message and value not in message and "Reset Token" in message


@pytest.mark.parametrize(
    "pasted, problem",
    [
        (f'"{TOKEN}"', "has quotes around it"),
        (f"'{TOKEN}'", "has quotes around it"),
        (f"Bot {TOKEN}", 'starts with "Bot "'),
        (f"{TOKEN[:8]} {TOKEN[8:]}", "has spaces or line breaks in it"),
    ],
)
def test_a_token_pasted_with_more_than_itself_is_named_before_connecting(
    monkeypatch, seed_db, pasted, problem
):
    """`docker run --env-file` keeps the quotes of DISCORD_TOKEN="…": Discord rejected the
    token, and "copy it again from the Bot page (Reset Token)" reset a good token, whose
    copy failed the same way. It is said offline now, naming the problem, never the token."""
    monkeypatch.setenv("DISCORD_TOKEN", pasted)
    with pytest.raises(StartupError) as caught:
        runner.prepare(make_config(), seed_db)
    message = str(caught.value)
    assert message.startswith(f"the token in DISCORD_TOKEN {problem}")
    assert message.endswith("; set it to the token alone")
    assert TOKEN[:8] not in message and TOKEN[8:] not in message


def test_a_missing_database_says_to_build_it(token, tmp_path):
    with pytest.raises(StartupError, match="factdesk build"):
        runner.prepare(make_config(), tmp_path / "nope.db")


def test_a_missing_database_names_the_build_that_makes_that_file(token, tmp_path):
    """`factdesk run --db "my news.db"` said "run `factdesk build` first", which builds the
    configured database, not this one: run then failed the same way again."""
    db = tmp_path / "my news.db"
    with pytest.raises(StartupError) as caught:
        runner.prepare(make_config(), db)
    assert f"`factdesk build --db '{db}'`" in str(caught.value)


def test_a_database_in_a_missing_folder_names_the_folder(token, tmp_path):
    """qa28: `factdesk run --db typo/news.db` said "run `factdesk build --db typo/news.db`
    first", a build that then refused the missing folder in turn."""
    with pytest.raises(StartupError) as caught:
        runner.prepare(make_config(), tmp_path / "typo" / "news.db")
    assert str(caught.value).startswith(f"no folder {tmp_path / 'typo'} for the database news.db")


def test_a_file_that_is_not_a_database_is_refused_in_one_line(token, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite", encoding="utf-8")
    with pytest.raises(StartupError) as caught:
        runner.prepare(make_config(), junk)
    assert "\n" not in str(caught.value) and "junk.db" in str(caught.value)


def test_an_invalid_setting_is_a_config_error(token, seed_db):
    with pytest.raises(ConfigError, match="admin_permission"):
        runner.prepare(make_config(admin_permission="be_admin"), seed_db)


def test_shard_ids_must_fit_the_shard_count(token, seed_db, monkeypatch):
    monkeypatch.setenv(runner.SHARD_IDS_ENV, "0,5")
    with pytest.raises(ConfigError, match="0 to 3"):
        runner.prepare(make_config(shard_count=4), seed_db)
    monkeypatch.setenv(runner.SHARD_IDS_ENV, "2,3")
    _, client = runner.prepare(make_config(shard_count=4), seed_db)
    assert client.shard_ids == [2, 3]


def test_a_shard_named_twice_is_a_config_error(token, seed_db, monkeypatch):
    """`FACTDESK_SHARD_IDS=0,0` (or an empty list, "," ) started the process without a word;
    a shard named twice would run two gateway sessions."""
    for value in ("0,0", "1, 2,1", ","):
        monkeypatch.setenv(runner.SHARD_IDS_ENV, value)
        with pytest.raises(ConfigError, match=runner.SHARD_IDS_ENV):
            runner.prepare(make_config(shard_count=4), seed_db)


def test_prepare_gives_the_token_and_an_unconnected_bot(token, seed_db):
    found, client = runner.prepare(make_config(), seed_db)
    assert found == TOKEN and isinstance(client, FactdeskBot) and client.user is None
    assert TOKEN not in repr(client)


def test_run_connects_with_discord_logging_that_redacts_the_token(token, seed_db, monkeypatch):
    calls = {}

    def fake_run(self, given_token, **kwargs):
        calls.update(kwargs, token=given_token)

    monkeypatch.setattr(FactdeskBot, "run", fake_run)
    runner.run(make_config(), seed_db)

    assert calls["token"] == TOKEN and calls["root_logger"] is True
    handler = calls["log_handler"]
    stream = io.StringIO()
    handler.setStream(stream)
    handler.handle(logging.makeLogRecord({"msg": "login with %s", "args": (TOKEN,)}))
    assert TOKEN not in stream.getvalue() and "[token]" in stream.getvalue()


def test_a_rejected_token_is_one_line(token, seed_db, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(FactdeskBot, "run", refuse)
    with pytest.raises(StartupError, match="rejected the token in DISCORD_TOKEN"):
        runner.run(make_config(), seed_db)


def test_a_missing_privileged_intent_explains_what_to_enable(token, seed_db, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise discord.PrivilegedIntentsRequired(None)

    monkeypatch.setattr(FactdeskBot, "run", refuse)
    with pytest.raises(StartupError, match="Message Content Intent"):
        runner.run(make_config(), seed_db)


def test_a_discord_outage_at_login_is_one_line(token, seed_db, monkeypatch):
    def unavailable(self, *args, **kwargs):
        raise discord.GatewayNotFound()

    monkeypatch.setattr(FactdeskBot, "run", unavailable)
    with pytest.raises(StartupError, match="Discord is not answering .*try again later"):
        runner.run(make_config(), seed_db)


def test_factdesk_run_without_a_token_exits_non_zero_with_one_line(tmp_path, monkeypatch):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    (tmp_path / "config.yaml").write_text("database: missing.db\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "config.yaml"), "run"])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "DISCORD_TOKEN" in lines[0]


def test_factdesk_run_without_a_database_exits_non_zero_with_one_line(tmp_path, token):
    (tmp_path / "config.yaml").write_text("database: missing.db\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "config.yaml"), "run"])
    assert result.exit_code != 0 and "factdesk build" in result.output
    assert TOKEN not in result.output
    assert Path(tmp_path / "missing.db").exists() is False  # nothing created by the check


def test_run_warns_when_the_configured_database_is_behind_its_articles(
    tmp_path, token, monkeypatch
):
    """`factdesk ask` rebuilds a database behind config.yaml's articles by itself; `factdesk
    run` served it as it was, and an operator who had edited an article and restarted the bot
    got the old answers without a word. A --db database is used as it is, as by `ask`."""
    monkeypatch.setattr(FactdeskBot, "run", lambda self, given_token, **kwargs: None)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bridge.txt").write_text("Bridge report\nThe bridge reopened on Monday.\n")
    config = tmp_path / "config.yaml"
    config.write_text("articles:\n  paths: [articles]\ndatabase: news.db\n", encoding="utf-8")

    def run(*args: str) -> str:
        result = CliRunner().invoke(main, ["--config", str(config), *args])
        assert result.exit_code == 0, result.output
        return result.stderr

    run("build", "-q")
    assert "warning" not in run("run")
    (folder / "dam.txt").write_text("Dam report\nThe dam burst on Friday.\n")
    (warning,) = [line for line in run("run").splitlines() if line.startswith("warning:")]
    assert "news.db is behind the articles in articles" in warning
    assert "run `factdesk build`, then /reload" in warning
    assert "warning" not in run("run", "--db", str(tmp_path / "news.db"))
