"""`factdesk chat`: the terminal conversation and the lines it reads (bot.cli.chat_command)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.cli import main
from tests.bot.cli.invoking import run


def test_chat_shows_answers_and_sources(project):
    result = run(project, "chat", input="who is the german chancellor?\n/sources\n/quit\n")
    assert result.exit_code == 0, result.output
    assert "Friedrich Merz" in result.output
    assert "**" in result.output  # the cited sentence is highlighted in /sources


def test_chat_ends_quietly_with_status_0_at_ctrl_d(project):
    """Ctrl-D (end of input) is a documented way to leave, not an abort."""
    result = run(project, "chat", input="who is the german chancellor?\n")
    assert result.exit_code == 0, result.output
    assert "Friedrich Merz" in result.output and "Aborted" not in result.output


def test_chat_piped_in_reads_a_line_no_further_than_the_limit(project, monkeypatch):
    """`factdesk chat < file` read each line whole (click.prompt): a file with no line break
    (`chat < /dev/zero`) was read until the kernel killed the process. A line is read up to
    MAX_BATCH_LINE characters, its rest passed over, and the next line is the next question."""
    from bot.cli import chat_command

    monkeypatch.setattr(chat_command, "MAX_BATCH_LINE", 100)
    result = run(project, "chat", input="x" * 1000 + "\nhello\n")
    assert result.exit_code == 0, result.output
    # read whole, the 1,000 letters were a question cut to max_question_chars (500)
    assert "cut to" not in result.output
    assert "Hi! Ask me about the coverage" in result.output


def test_chat_piped_a_line_that_is_not_utf8_refuses_it_and_goes_on(project):
    """Under a UTF-8 locale, where stdin is read strictly (as CliRunner's is), a Latin-1 line
    piped into chat ended it with "internal error: UnicodeDecodeError"; under the C locale its
    byte was dropped and "caf question" asked. The line gets one error line, and the chat goes
    on."""
    result = CliRunner().invoke(
        main,
        ["--config", str(project / "config.yaml"), "chat"],
        input=b"caf\xe9 question\nhello\n",
    )
    assert result.exit_code == 0, result.output
    assert "Error: not UTF-8 text (byte 0xe9): type it again, or save the file as UTF-8" in (
        result.output
    )
    assert "caf question" not in result.output and "Hi! Ask me about" in result.output


def test_chat_joins_lines_pasted_together_and_ends_at_a_ctrl_d_among_them():
    """A terminal reports a Ctrl-D once: read while gathering pasted lines, it was used up,
    and the chat waited at the next prompt instead of ending."""
    from bot.cli.chat_command import TerminalInput

    typed = iter(["who is zelensky", "/quit"])
    pasted_lines = ["meeting?\n", ""]  # the rest of a paste, then Ctrl-D
    read = TerminalInput(
        prompt=lambda: next(typed),
        waiting=lambda: bool(pasted_lines),
        readline=lambda: pasted_lines.pop(0),
    )
    assert read() == "who is zelensky\nmeeting?"
    with pytest.raises(EOFError):
        read()
