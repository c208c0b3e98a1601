"""``factdesk ask``: one question from the command line, or a batch of them (bot.cli.batch)."""

from __future__ import annotations

import re
import sys
import traceback
from typing import Any

import click

from facts.errors import DatabaseError

from ..config import TOP_RANGE
from .app import Context, db_option, friendly, main
from .batch import OVERLONG, answer_line, bounded_lines, decoded_lines, json_line
from .build_command import ensure_database


def _one_article(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> str | None:
    """``--article`` once at most, and not empty. Given twice (``--article A --article B``),
    click kept the last and answered from B alone without a word, where the asker meant A too
    or typed one by mistake; an answer comes from one article or from all the coverage, so two
    are a usage error naming both. An empty one (``--article "$ID"`` with the variable unset)
    is refused as ``--db ""`` is: it was looked up as an id, "no article with id ''" with
    status 1, as if the database lacked an article rather than the command its value."""
    if len(values) > 1:
        raise click.BadParameter(
            f"given {len(values)} times ({', '.join(map(repr, values))}): an answer comes from "
            "one article, or leave --article out to answer from all the coverage"
        )
    value = values[0] if values else None
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty id (an unset variable?): give the article's id, its file's name without "
            "folder or extension, or leave --article out to answer from all the coverage"
        )
    return value


def _question(words: tuple[str, ...]) -> str | None:
    """``ask``'s QUESTION: its words, as given in one argument or several. ``factdesk ask who
    is zelensky meeting`` (no quotes, as one types to a chat) was "Got unexpected extra
    arguments (is zelensky meeting)"; the words are the question, as a shell passes them."""
    return " ".join(words) if words else None


# what a mistyped option looks like ("--nope"): anything else click took for one ("-5
# degrees?", "--what?") is a question starting with a dash
_OPTION_LIKE = re.compile(r"--[a-z][a-z0-9-]*")


class _AskCommand(click.Command):
    """`ask`, whose question may start with a dash ("-5 degrees?"): click reads that as an
    unknown option, so its error also says how to pass such a question."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            if not _OPTION_LIKE.fullmatch(exc.option_name):
                exc.message = (
                    f'{exc.message.rstrip(".")}; a question starting with "-" goes after'
                    ' "--": factdesk ask -- "-5 degrees?"'
                )
            raise


@main.command("ask", cls=_AskCommand)
@click.argument("question", nargs=-1, callback=lambda ctx, param, words: _question(words))
@db_option
@click.option(
    "--article",
    multiple=True,  # to refuse a second one rather than keep the last (_one_article)
    callback=_one_article,
    help="Answer from this article only (its id; once).",
)
@click.option(
    "--top", type=click.IntRange(*TOP_RANGE), help="Candidates to list in --json `ranked`."
)
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option(
    "--batch",
    type=click.File("rb"),  # decoded by its byte order mark, if any (decoded_lines)
    help="JSON Lines of {question, article?, top?}; '-' reads stdin. One JSON answer per line.",
)
@click.pass_obj
@friendly
def ask_command(
    obj: Context,
    question: str | None,
    db_path: str | None,
    article: str | None,
    top: int | None,
    as_json: bool,
    batch: Any,
) -> None:
    """Answer one QUESTION from the coverage (or a batch of them)."""
    from ..answer import Answerer, GroundingError

    if batch is None and question is None:
        # `echo "who …?" | factdesk ask` was told only this: say what reads stdin, and how
        raise click.UsageError(
            "give a QUESTION or --batch FILE ('--batch -' reads questions from stdin, one "
            'JSON object a line: {"question": "…"})'
        )
    if batch is not None and question is not None:
        raise click.UsageError("give either a QUESTION or --batch, not both")
    config = obj.config
    answerer = Answerer(config, ensure_database(config, db_path))
    if batch is None:
        answer = answerer.answer(question or "", article=article, top=top)
        if as_json:
            click.echo(json_line(answer.to_json()))
        else:
            click.echo(answer.reply)
        return
    if article is not None:
        # every line's article unless it gives its own: a wrong one is the run's mistake, one
        # line and status 1 as without --batch, not the same error on every line and status 0
        answerer.corpus.require_article(article)
    failed = False
    for number, line in enumerate(bounded_lines(decoded_lines(batch)), start=1):
        try:
            result = (
                answer_line(answerer, line, number, article, top)
                if line is not None
                else {"error": OVERLONG, "line": number}
            )
        except DatabaseError as exc:
            # locked by another program, or damaged: this line fails and the batch goes on
            # (a lock may be gone by the next line), so no answer after it is lost
            failed = True
            result = {"error": str(exc), "line": number}
        except (GroundingError, OSError):
            raise  # a quote off its article's text, or the output gone: the run's, not a line's
        except Exception as exc:
            # a bug hit by one question: that line says so and the batch goes on. Raised, it
            # ended the run in "internal error" and every later line went unanswered (a
            # question followed by "i wonder if" did so in the twenty-ninth session)
            if obj.debug:
                traceback.print_exc()
            failed = True
            result = {"error": f"internal error: {type(exc).__name__}: {exc}", "line": number}
        click.echo(json_line(result))
    if failed:
        sys.exit(1)
