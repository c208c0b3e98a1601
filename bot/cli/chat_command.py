"""``factdesk chat``: a terminal conversation, with the questions read from the terminal or a
pipe as the bot on Discord reads its messages."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable
from typing import Any

import click

from .app import Context, db_option, friendly, main
from .batch import MAX_BATCH_LINE, line_within
from .build_command import ensure_database

PASTE_GAP = 0.03  # seconds: how long after a line the next one counts as pasted with it


@main.command("chat")
@db_option
@click.pass_obj
@friendly
def chat_command(obj: Context, db_path: str | None) -> None:
    """A terminal conversation showing exactly what the bot would post. /help lists its
    commands (/ask, /sources, /quit)."""
    from ..answer import Answerer
    from ..chat import chat_loop

    config = obj.config
    answerer = Answerer(config, ensure_database(config, db_path))
    _keep_undecoded(sys.stdin)
    chat_loop(answerer, input_fn=TerminalInput(), output_fn=click.echo)


def _keep_undecoded(stream: Any) -> None:
    """Read ``stream`` keeping a byte that is not UTF-8 as a lone surrogate, for the chat to
    refuse that line (chat.UNDECODED). Under a UTF-8 locale stdin is strict: a Latin-1 line
    piped in (`factdesk chat < notes.txt`) ended the chat with "internal error:
    UnicodeDecodeError", and the lines after it were never asked."""
    with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
        stream.reconfigure(errors="surrogateescape")


def _prompt() -> str:
    """One line from the terminal. click.prompt turns Ctrl-D and Ctrl-C into ``Abort``, which
    would end the chat with "Aborted!" and status 1; the chat leaves quietly on end of input.
    Piped in (`factdesk chat < questions.txt`), a line is read up to MAX_BATCH_LINE characters
    (a question is cut far shorter, to answer.max_question_chars): click.prompt read it whole,
    and a file with no line break (`chat < /dev/zero`) until the kernel killed the process."""
    if not _is_terminal(sys.stdin):
        click.echo("you> ", nl=False)
        line, _ = line_within(sys.stdin, MAX_BATCH_LINE)
        if not line:
            raise EOFError
        return line.rstrip("\r\n")
    try:
        return click.prompt("you", prompt_suffix="> ", default="", show_default=False)
    except click.exceptions.Abort:
        raise EOFError from None


class TerminalInput:
    """The chat's questions: a line, with the lines pasted along with it (one question, as one
    Discord message). A Ctrl-D met while gathering them ends the chat after their answer: a
    terminal reports end of input once, and the next prompt waited for more."""

    def __init__(
        self,
        prompt: Callable[[], str] = _prompt,
        waiting: Callable[[], bool] | None = None,
        readline: Callable[[], str] | None = None,
    ):
        self.prompt = prompt
        self.waiting = waiting or _line_waiting
        self.readline = readline or (lambda: sys.stdin.readline())
        self.ended = False

    def __call__(self) -> str:
        from ..chat import pasted

        if self.ended:
            raise EOFError
        return pasted(self.prompt(), self.waiting, self._read)

    def _read(self) -> str:
        line = self.readline()
        self.ended = self.ended or not line
        return line


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (OSError, ValueError, AttributeError):
        return False


def _line_waiting() -> bool:
    """Whether a whole line already waits on a terminal's input (pasted with the last one).
    Not for piped input, whose lines are questions one by one, nor where stdin cannot be
    polled (Windows)."""
    try:
        if not sys.stdin.isatty():
            return False
        import select

        return bool(select.select([sys.stdin], [], [], PASTE_GAP)[0])
    except (OSError, ValueError, AttributeError):
        return False
