"""``factdesk chat``: a terminal conversation that prints exactly what the bot would post."""

from __future__ import annotations

from collections.abc import Callable

from .answer import Answerer
from .errors import UnknownArticleError
from .model import Answer
from .render import MAX_ECHO_CHARS, escape_markdown, render_article, render_sources

HELP = """Ask a question about the coverage. Commands:
  /sources            where the last answer's sentences come from, with context
  /sources ARTICLE    one article's details
  /help               this text
  /quit               leave (Ctrl-D works too)"""


def chat_loop(
    answerer: Answerer,
    input_fn: Callable[[], str],
    output_fn: Callable[[str], None],
) -> None:
    """Read questions until /quit or end of input; a follow-up may lean on the last answer."""
    output_fn("factdesk chat: ask about the coverage; /help for commands, /quit to leave.")
    last: Answer | None = None
    while True:
        try:
            line = input_fn()
        except (EOFError, KeyboardInterrupt):
            output_fn("")
            return
        line = line.strip()
        if not line:
            continue
        if line in ("/quit", "/exit", "/q"):
            return
        if line == "/help":
            output_fn(HELP)
            continue
        if line.startswith("/sources"):
            output_fn(sources_reply(answerer, last, line[len("/sources") :].strip()))
            continue
        answer = answerer.answer(line, previous=last)
        output_fn(answer.reply)
        if answer.answered:
            last = answer
        elif answer.kind == "abstain":
            last = last  # keep the last real answer for /sources and follow-ups


def sources_reply(answerer: Answerer, last: Answer | None, article: str = "") -> str:
    """The text of ``/sources`` in the terminal and on Discord alike."""
    if article:
        info = answerer.article(article)
        if info is None:
            shown = escape_markdown(article[:MAX_ECHO_CHARS])
            return str(UnknownArticleError(f"no article with id “{shown}”"))
        return render_article(info)
    if last is None:
        return render_sources([])
    return render_sources(answerer.sources(last))
