"""The command group: --config and --debug, the one-line errors, and the words of the chat
typed as commands (bot.cli.app)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot import caps
from bot.cli import main
from tests.bot.cli.invoking import CONTRACT_FIELDS, run


def test_the_help_names_the_variable_that_picks_the_config():
    """$FACTDESK_CONFIG overrides ./config.yaml, which --help gave as the only default."""
    result = CliRunner().invoke(main, ["--help"])
    assert "FACTDESK_CONFIG" in result.output


def test_debug_says_on_stderr_which_cap_withheld_an_answer_and_json_is_unchanged(project):
    """caps.capped's reason reaches the operator with --debug (the answerer logs it), on stderr:
    the --json line on stdout has the fields DESIGN.md fixes, the same as without --debug.
    Trump and Putin's meeting in Alaska does not say when Putin and Zelensky meet."""
    question = "when will Putin and Zelensky meet"
    plain = run(project, "ask", question, "--json", "--top", "3")
    debug = run(project, "--debug", "ask", question, "--json", "--top", "3")
    assert plain.exit_code == 0 and debug.exit_code == 0, debug.output
    assert debug.stdout == plain.stdout
    assert set(json.loads(debug.stdout)) == CONTRACT_FIELDS
    assert f"({caps.PERSON_MISSING})" in debug.stderr and question in debug.stderr
    assert "debug:" not in plain.stderr
    # without --debug again, nothing is left of it (one process runs many starts)
    assert "debug:" not in run(project, "ask", question, "--json").stderr


def test_debug_gives_the_confidence_inputs_of_an_answer_no_cap_withheld(project):
    """Most withheld answers are held back by the score itself, not a cap: --debug names its
    inputs (the runner-up and its story, the coverage, the answer type, the lead) on stderr,
    and stdout stays the same. The seeds do not say who won the football world cup."""
    question = "who won the football world cup?"
    plain = run(project, "ask", question, "--json")
    debug = run(project, "--debug", "ask", question, "--json")
    assert debug.exit_code == 0, debug.output
    assert debug.stdout == plain.stdout and json.loads(debug.stdout)["answered"] is False
    (line,) = [x for x in debug.stderr.splitlines() if "no cap" in x]
    assert line.startswith("debug: withheld at 0.") and question in line
    assert "covers" in line and "answer of the asked type" in line and "lead" in line
    assert "debug:" not in plain.stderr


def test_without_a_config_file_here_the_built_in_defaults_are_named(tmp_path, seed_db, monkeypatch):
    """The defaults have no intents: run from another folder, "hello" would just be abstained on,
    so the command says which settings it is using."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    result = CliRunner().invoke(main, ["ask", "--db", str(seed_db), "hello"])
    assert result.exit_code == 0, result.output
    note = result.stderr.strip()
    assert note.startswith(f"note: no config.yaml in {Path.cwd()}") and "--config" in note
    assert len(note.splitlines()) == 1


def test_a_config_given_or_found_here_gets_no_note(project, monkeypatch):
    assert "note:" not in run(project, "ask", "hello").stderr
    monkeypatch.chdir(project)
    monkeypatch.delenv("FACTDESK_CONFIG", raising=False)
    result = CliRunner().invoke(main, ["ask", "hello"])
    assert result.exit_code == 0, result.output
    assert "note:" not in result.stderr and "Hi!" in result.stdout


def test_invalid_config_is_a_one_line_error(project):
    (project / "config.yaml").write_text("answer:\n  top: many\n", encoding="utf-8")
    result = run(project, "ask", "who?")
    assert result.exit_code != 0
    assert "answer.top" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["build", "other"], ["ask", "who?"], ["chat"], ["run"]])
def test_an_empty_db_option_is_refused_not_read_as_the_configured_database(project, command):
    """`factdesk build other --db "$TEST_DB"` with TEST_DB unset passed "", which was read as
    no --db at all: the build mirrored `other` into the configured database and removed every
    article it did not find there. An empty --db is an error, and nothing is touched."""
    assert run(project, "build").exit_code == 0
    before = (project / "factdesk.db").read_bytes()
    (project / "other").mkdir()
    (project / "other" / "stray.txt").write_text("Stray\nNot an article of this corpus.\n")
    result = run(project, *command, "--db", "")
    assert result.exit_code == 2, result.output
    assert "--db" in result.output and "empty" in result.output
    assert "Traceback" not in result.output
    assert (project / "factdesk.db").read_bytes() == before


def test_an_empty_config_option_is_named_as_such(project):
    """`factdesk --config "$CFG" ask …` with CFG unset said "Error: .: cannot read (Is a
    directory)", naming a folder nobody gave."""
    result = CliRunner().invoke(main, ["--config", "", "ask", "who?"])
    assert result.exit_code == 2, result.output
    assert "--config" in result.output and "empty" in result.output
    assert "Is a directory" not in result.output


def test_a_typo_in_admin_permission_stops_every_command_not_only_run(project):
    config = project / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "admin_permission: manage_guild", "admin_permission: manage_gild"
        ),
        encoding="utf-8",
    )
    result = run(project, "ask", "who is meeting zelensky?")
    assert result.exit_code == 1, result.output
    assert "discord.admin_permission: unknown permission 'manage_gild'" in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("word", "says"),
    [
        ("help", "`factdesk --help` lists the commands"),
        ("sources", "`/sources` is a command of `factdesk chat`"),
        ("/sources", "`/sources` is a command of `factdesk chat`"),
        ("reload", "`/reload` is a command of `factdesk chat`"),
    ],
)
def test_a_chat_or_bot_command_typed_as_a_terminal_command_is_told_where_it_lives(word, says):
    """`factdesk sources` and `factdesk help` were "No such command 'sources'" alone."""
    result = CliRunner().invoke(main, [word])
    assert result.exit_code == 2
    (error,) = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert error.startswith(f"Error: No such command '{word}': ") and says in error
    assert "Did you mean 'build'?" in CliRunner().invoke(main, ["bild"]).output  # click's own
