"""Security checks: the token never shows, YAML is loaded safely, size limits come from the
config, and ids typed by users never reach the filesystem."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
from dataclasses import replace
from pathlib import Path
from unittest.mock import create_autospec

import discord
import pytest
from click.testing import CliRunner

from bot.answer import Answerer
from bot.chat import sources_reply
from bot.cli import main
from bot.config import load_config
from bot.discord_app import create_bot, runner
from bot.discord_app.client import FactdeskBot
from bot.errors import ConfigError, StartupError, UnknownArticleError
from tests.conftest import ROOT

from .discord_harness import Loop, news_config, start_on, stop

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.hardening-secret-token-0123456789abcdef"


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    return TOKEN


def write_config(folder: Path, text: str = "") -> Path:
    path = folder / "config.yaml"
    path.write_text((ROOT / "config.yaml").read_text(encoding="utf-8") + text, encoding="utf-8")
    return path


# -- the token ----------------------------------------------------------------------------------
def test_the_token_is_in_no_repr_of_the_config_or_the_bot(token):
    config = load_config(ROOT / "config.yaml")
    assert config.discord.token() == TOKEN  # it is there to be found...
    bot = create_bot(config, answerer=create_autospec(Answerer, instance=True))
    for shown in (config, config.discord, config.answer, bot):
        assert TOKEN not in repr(shown) and TOKEN not in str(shown)  # ...and never shown


def test_startup_errors_never_show_the_token(token, tmp_path):
    with pytest.raises(StartupError) as caught:
        runner.prepare(load_config(ROOT / "config.yaml"), tmp_path / "missing.db")
    assert TOKEN not in str(caught.value)
    for debug in ([], ["--debug"]):  # --debug prints tracebacks: still no token
        result = CliRunner().invoke(
            main, [*debug, "--config", str(ROOT / "config.yaml"), "run", "--db", "missing.db"]
        )
        assert result.exit_code != 0 and TOKEN not in result.output


@pytest.fixture
def discord_log_handler(token, seed_db, monkeypatch) -> logging.Handler:
    """The log handler ``factdesk run`` gives discord.py, as ``Client.run`` receives it."""
    given = {}
    monkeypatch.setattr(FactdeskBot, "run", lambda self, token, **kwargs: given.update(kwargs))
    runner.run(load_config(ROOT / "config.yaml"), seed_db)
    return given["log_handler"]


@pytest.mark.parametrize(
    "formatter",
    [logging.Formatter(), discord.utils._ColourFormatter()],
    ids=["plain", "discord's colour formatter (a terminal)"],
)
def test_a_traceback_that_carries_the_token_is_redacted_in_the_log(discord_log_handler, formatter):
    """Found here: the filter redacted messages but not tracebacks, which are formatted after
    filters run (and always re-formatted by discord.py's colour formatter)."""
    stream = io.StringIO()
    discord_log_handler.setStream(stream)
    discord_log_handler.setFormatter(formatter)
    logger = logging.getLogger("hardening.token")
    logger.addHandler(discord_log_handler)
    logger.propagate = False
    try:
        try:
            raise RuntimeError(f"the gateway refused {TOKEN}")
        except RuntimeError:
            logger.exception("connecting failed")
        logger.error("plain %s", TOKEN, stack_info=True)
    finally:
        logger.removeHandler(discord_log_handler)
    text = stream.getvalue()
    assert "RuntimeError: the gateway refused [token]" in text
    assert TOKEN not in text


def test_a_token_pasted_as_the_variable_name_is_refused_without_echoing_it(tmp_path):
    """``token_env`` names the variable; an operator who pastes the token there must not see
    it printed back (and logged by whatever runs the bot)."""
    config = write_config(tmp_path)
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "token_env: DISCORD_TOKEN", f"token_env: {TOKEN}"
        ),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="discord.token_env") as caught:
        load_config(config)
    assert TOKEN not in str(caught.value)
    result = CliRunner().invoke(main, ["--config", str(config), "run"])
    assert result.exit_code != 0 and TOKEN not in result.output


# -- YAML ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
)
def test_config_yaml_cannot_build_python_objects(tmp_path, tag):
    marker = tmp_path / "pwned"
    config = write_config(tmp_path, f"\nextra: {tag.format(marker=marker)}\n")
    with pytest.raises(ConfigError):
        load_config(config)
    assert not marker.exists()


def test_a_yaml_alias_bomb_in_config_is_refused_not_expanded(tmp_path):
    """Safe loading shares aliased nodes instead of copying them; validation then refuses the
    value, without ever expanding a billion laughs."""
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        bomb.append(
            f"{'abcdefghi'[n]}: &{'abcdefghi'[n]} [{','.join(['*' + 'abcdefghi'[n - 1]] * 9)}]"
        )
    path = tmp_path / "config.yaml"
    path.write_text(
        "synonyms:\n" + "\n".join("  " + line for line in bomb) + "\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="synonyms"):
        load_config(path)


# -- size limits come from the config ----------------------------------------------------------
def test_the_article_size_limit_comes_from_the_config(tmp_path):
    config = write_config(tmp_path)
    config.write_text(
        config.read_text(encoding="utf-8").replace("max_bytes: 5000000", "max_bytes: 1000"),
        encoding="utf-8",
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "small.txt").write_text("Small\n" + "A short sentence. " * 40, encoding="utf-8")
    (folder / "large.txt").write_text("Large\n" + "A short sentence. " * 70, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["--config", str(config), "build", str(folder), "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 1
    assert "large.txt: file is 1,266 bytes, over the 1,000 limit" in result.stderr
    assert "small.txt" not in result.stderr


def test_the_question_length_limit_comes_from_the_config(news_db):
    config = load_config(ROOT / "config.yaml")
    core = Answerer(replace(config, answer=replace(config.answer, max_question_chars=40)), news_db)
    answer = core.answer("who is zelensky meeting in washington on monday with the leaders?")
    assert answer.notes == ("(Your question was cut to 40 characters.)",)


# -- ids typed by users -------------------------------------------------------------------------
HOSTILE_IDS = [
    "../../etc/passwd",
    "/etc/passwd",
    "..\\..\\windows\\win.ini",
    "file:///etc/shadow",
    "seeds/../../../etc/passwd",
    "~root/.ssh/id_rsa",
    "%2e%2e/%2e%2e/etc/passwd",
    "/etc/passwd\x00.txt",
    "\\\\server\\share\\passwd",
]
FILESYSTEM_EVENTS = {
    "open", "os.listdir", "os.scandir", "glob.glob", "os.remove", "os.rename", "os.mkdir",
    "os.chdir", "os.chmod", "os.symlink", "os.link", "os.truncate", "os.utime",
    "shutil.copyfile", "sqlite3.connect", "sqlite3.connect/handle",
}  # fmt: skip
_WATCH: list[list[str]] = []


def _audit(event: str, args: tuple) -> None:
    if _WATCH and event in FILESYSTEM_EVENTS:
        _WATCH[-1].extend(str(arg) for arg in args if isinstance(arg, (str, bytes, os.PathLike)))


sys.addaudithook(_audit)  # audit hooks cannot be removed: this one records only when watching


@contextlib.contextmanager
def filesystem_watched(monkeypatch: pytest.MonkeyPatch):
    """Every path the code under watch opens, lists, connects to or stats."""
    touched: list[str] = []
    for name in ("stat", "lstat"):
        real = getattr(os, name)

        def spy(path, *args, _real=real, **kwargs):
            touched.append(str(path))
            return _real(path, *args, **kwargs)

        monkeypatch.setattr(os, name, spy)
    _WATCH.append(touched)
    try:
        yield touched
    finally:
        _WATCH.pop()
        monkeypatch.undo()


def reached(touched: list[str], hostile: str) -> list[str]:
    marks = (hostile, "passwd", "shadow", "win.ini", "id_rsa", "server")
    return [path for path in touched if any(mark in path for mark in marks)]


@pytest.mark.parametrize("hostile", HOSTILE_IDS)
def test_article_ids_from_users_never_reach_the_filesystem(news_db, monkeypatch, hostile):
    core = Answerer(news_config(), news_db)
    with filesystem_watched(monkeypatch) as touched:
        with pytest.raises(UnknownArticleError):
            core.answer("who is zelensky meeting?", article=hostile)
        assert core.article(hostile) is None
        assert "no article with" in sources_reply(core, None, hostile).lower()  # `chat`
        core.find_articles(hostile)
    assert not reached(touched, hostile)


@pytest.mark.parametrize("hostile", HOSTILE_IDS[:3])
def test_sources_article_on_discord_never_reaches_the_filesystem(news_db, monkeypatch, hostile):
    from tests.bot.discord_app.conftest import make_interaction, replies

    loop = Loop()
    harness = start_on(loop, news_db)
    try:
        cog = harness.questions
        interaction = make_interaction()
        with filesystem_watched(monkeypatch) as touched:
            loop.run(cog.sources.callback(cog, interaction, article=hostile))
        ((text, _),) = replies(interaction)
        assert "no article with id" in text.lower() and not reached(touched, hostile)
    finally:
        loop.run(stop(harness))
        loop.close()


def test_ask_article_on_the_command_line_never_reaches_the_filesystem(news_db, monkeypatch):
    hostile = "../../etc/passwd"
    config = str(ROOT / "config.yaml")
    with filesystem_watched(monkeypatch) as touched:
        result = CliRunner().invoke(
            main, ["--config", config, "ask", "who?", "--db", str(news_db), "--article", hostile]
        )
    assert result.exit_code != 0 and "no article with id" in result.output.lower()
    assert not reached(touched, hostile)
