"""``factdesk eval``: answer quality on a question file, on conversations, or on WikiQA."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from ..config import Config
from ..errors import UnknownArticleError
from ..render import counted
from .app import Context, db_option, friendly, main
from .build_command import ensure_database, nothing_built, run_build, stopped_by_signal


def _no_empty_wikiqa(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse ``--wikiqa ""`` (``--wikiqa "$WIKIQA"`` with the variable unset): it was read as
    no --wikiqa at all, so ``eval --wikiqa ""`` asked for the --wikiqa it was given, and with a
    question file it ran that instead, without a word."""
    if value is not None and not value.strip():
        raise click.BadParameter(
            "empty folder name (an unset variable?): give the WikiQA development set's folder"
        )
    return value


@main.command("eval")
@click.argument("questions", required=False, type=click.Path(exists=True, dir_okay=False))
@db_option
@click.option(
    "--wikiqa",
    "wikiqa_dir",
    type=click.Path(file_okay=False),
    callback=_no_empty_wikiqa,
    help="Run the WikiQA answer-sentence-selection benchmark from this folder instead.",
)
@click.option(
    "--articles",
    "article_paths",
    multiple=True,
    type=click.Path(exists=True),
    help="Build these articles (into --db, or a temporary database) and ask against them; "
    "any that fail to build are named, as build names them, and the status is 1.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--show-wrong",
    default=50,
    show_default=True,
    type=click.IntRange(min=0),
    help="How many misses to list.",
)
@click.option(
    "--conversations",
    is_flag=True,
    help="QUESTIONS.yaml lists conversations ('- turns: [...]'): score the follow-ups.",
)
@click.pass_obj
@friendly
@stopped_by_signal()  # `--articles`' temporary database (a copy of the corpus) goes with it
def eval_command(
    obj: Context,
    questions: str | None,
    db_path: str | None,
    wikiqa_dir: str | None,
    article_paths: tuple[str, ...],
    as_json: bool,
    show_wrong: int,
    conversations: bool,
) -> None:
    """Report answer quality on a QUESTIONS.yaml file (or on WikiQA with --wikiqa DIR).

    QUESTIONS.yaml is a YAML list, one mapping a question (README.md, "Tuning intents"):

    \b
      - q: when did the harbour reopen?
        answerable: true      # false: the coverage does not say
        gold:                 # exact text from a sentence that answers it; any one counts
          - "The city harbour reopened on Friday"
        intent: reopening     # optional, as are article: ID and note: TEXT
      - q: how many pandas does the zoo have?
        answerable: false

    DIR holds WikiQA-dev.tsv and WikiQA-dev-filtered.ref, as in Microsoft's WikiQA corpus
    download (README.md, "Answer quality").
    """
    from ..answer import Answerer
    from ..evaluate import (
        capped_lines,
        evaluate,
        format_report,
        format_unfound_gold,
        format_unknown_intents,
        format_unused_gold,
        load_questions,
        unfound_gold,
        unknown_intents,
        unused_gold,
    )

    config = obj.config
    # WikiQA builds its own articles and asks its own questions: a question file, --articles,
    # --conversations or --db given with it were passed over without a word, the report read
    # as theirs
    passed_over = [
        name
        for name, value in (
            ("a QUESTIONS.yaml file", questions),
            ("--articles", article_paths),
            ("--conversations", conversations),
            ("--db", db_path),
        )
        if value
    ]
    if wikiqa_dir and passed_over:
        raise click.UsageError(f"give {passed_over[0]} or --wikiqa DIR, not both")
    if wikiqa_dir:
        from ..wikiqa import DEV_FILE, DEV_FILTER_FILE
        from ..wikiqa_eval import format_wikiqa, run_wikiqa

        folder = Path(wikiqa_dir)
        if not folder.is_dir():
            # the README's `../shared/eval/wikiqa-dev` on a clone without shared/ beside it:
            # the data is no part of the repository, which the folder's name alone did not say
            raise click.ClickException(
                f"no such folder: {folder} (the WikiQA development set is not in this "
                "repository: the README expects it as shared/eval/wikiqa-dev beside the checkout)"
            )
        missing = [name for name in (DEV_FILE, DEV_FILTER_FILE) if not (folder / name).is_file()]
        if missing:
            raise click.ClickException(
                f"{folder}: not the WikiQA development set's folder (no {', '.join(missing)})"
            )
        result = run_wikiqa(config, folder)
        click.echo(json.dumps(result, indent=2) if as_json else format_wikiqa(result))
        return
    if not questions:
        raise click.UsageError("give a QUESTIONS.yaml file or --wikiqa DIR")
    if conversations:
        _eval_conversations(config, questions, db_path, article_paths, as_json, show_wrong)
        return
    items = load_questions(questions)
    # named as bot.intents names them, without the spaces around the name
    names = [(rule.get("name") or "").strip() for rule in config.intents]
    unknown = unknown_intents(items, names)
    if unknown:
        click.echo(format_unknown_intents(questions, config.source, unknown, names), err=True)
    if unused := unused_gold(items):
        click.echo(format_unused_gold(questions, unused), err=True)
    with tempfile.TemporaryDirectory(prefix="factdesk-eval-") as tmp:
        target, failed = _eval_database(config, db_path, article_paths, Path(tmp))
        shown = _shown_database(target, Path(tmp), article_paths)
        answerer = Answerer(config, target)
        for intent, match in answerer.matcher.shadowed():
            click.echo(
                f"warning: {config.source}: intent {intent.name} is never matched: its examples "
                f"fit {match.intent.name}, listed before it, as well or better "
                f"(`{match.example}`); list it above {match.intent.name}",
                err=True,
            )
        unknown_articles = []
        for number, item in enumerate(items, start=1):
            # named before the run, with the question it belongs to, not half-way through;
            # all of them at once, one line each, as load_questions names a file's problems
            if item.article is None:
                continue
            try:  # the corpus's error names the id a file name (`000_x.txt`) meant
                answerer.corpus.require_article(item.article)
            except UnknownArticleError as exc:
                where = str(exc).replace(str(target), shown)
                unknown_articles.append(f"{questions}: question {number}: {where}")
        if unknown_articles:
            raise UnknownArticleError(capped_lines(unknown_articles))
        report = evaluate(items, lambda q: answerer.answer(q.q, article=q.article))
        if report.answerable and not report.ranked_top1 and not _quotes_a_gold(answerer, items):
            click.echo(_no_gold_here(shown), err=True)
        elif unfound := unfound_gold(report, answerer.corpus.holds):
            click.echo(format_unfound_gold(questions, shown, unfound), err=True)
        answerer.corpus.close()
    if as_json:
        click.echo(json.dumps(report.to_json(show_wrong), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, show_wrong=show_wrong))
    _exit_if_partly_built(failed)


def _eval_database(
    config: Config, db_path: str | None, article_paths: Sequence[str], tmp: Path
) -> tuple[Path, int]:
    """The database an eval asks: ``--articles`` built into ``--db`` (or one in ``tmp``), else
    ``--db`` or the configured one, built if it needs to be; and how many of ``--articles``
    failed to build (each named by the build, one line on stderr)."""
    if not article_paths:
        return ensure_database(config, db_path), 0
    target = Path(db_path) if db_path else tmp / "eval.db"
    report = run_build(config, article_paths, target, quiet=True)
    if not target.exists():
        raise click.ClickException(nothing_built(report, [Path(p) for p in article_paths]))
    return target, len(report.failed)


def _exit_if_partly_built(failed: int) -> None:
    """After the report, status 1 where ``--articles`` failed to build, as `factdesk build`'s:
    with the failures named above it and status 0, a CI job scored a partial corpus as a pass.
    The report is still printed: it is of the articles that built."""
    if failed:
        click.echo(
            f"({counted(failed, 'failure')}, named above; the report is of the articles that "
            "built)",
            err=True,
        )
        sys.exit(1)


def _shown_database(target: Path, tmp: Path, article_paths: Sequence[str]) -> str:
    """The database an eval asked, as its warnings and errors name it: ``--articles`` built
    into a temporary one (no ``--db``) is named by those paths. Its path, gone when the eval
    ended, was named ("no sentence of /tmp/factdesk-eval-…/eval.db holds …")."""
    if target.parent != tmp:
        return str(target)
    return f"the articles of --articles {' '.join(article_paths)}"


def _no_gold_here(target: Path | str) -> str:
    return (
        f"note: no sentence in {target} holds any of these questions' gold text: is it "
        "the database they were written for? (--db FILE, or --articles PATH)"
    )


def _eval_conversations(
    config: Any,
    path: str,
    db_path: str | None,
    article_paths: Sequence[str],
    as_json: bool,
    show_wrong: int,
) -> None:
    """``eval --conversations``: each conversation's turns asked in order, each with the last
    answer as its context (bot.conversation_eval). ``--articles`` was passed over here: the
    conversations went to the configured database (the seed article), every turn a miss, and
    nothing said why, as against any database that holds none of their gold text."""
    from ..answer import Answerer
    from ..conversation_eval import (
        evaluate_conversations,
        format_misses,
        format_summary,
        load_conversations,
        summary,
        unused_gold_turns,
    )
    from ..evaluate import format_unused_gold

    items = load_conversations(path)
    if unused := unused_gold_turns(items):
        click.echo(format_unused_gold(path, unused, noun="turn"), err=True)
    turns = [turn for conversation in items for turn in conversation.turns]
    with tempfile.TemporaryDirectory(prefix="factdesk-eval-") as tmp:
        target, failed = _eval_database(config, db_path, article_paths, Path(tmp))
        answerer = Answerer(config, target)
        try:
            report = evaluate_conversations(
                items, lambda q, previous: answerer.answer(q, previous=previous)
            )
            scored = (report.first, report.follow_ups)
            if (
                any(r.answerable for r in scored)
                and not any(r.ranked_top1 for r in scored)
                and not _quotes_a_gold(answerer, turns)
            ):
                shown = _shown_database(target, Path(tmp), article_paths)
                click.echo(_no_gold_here(shown), err=True)
        finally:
            answerer.corpus.close()
    if as_json:
        counts = {**summary(report), "follow_up_misses": report.follow_ups.to_json(show_wrong)}
        click.echo(json.dumps(counts, indent=2, ensure_ascii=False))
    else:
        click.echo(format_summary(report))
        if show_wrong:
            click.echo(format_misses(report, show_wrong))
    _exit_if_partly_built(failed)


def _quotes_a_gold(answerer: Any, items: Sequence[Any], sample: int = 20) -> bool:
    """Whether the database holds the gold text of some of the first answerable questions.
    Run against the wrong one (`eval eval/wikinews-dev.yaml` without `--db wikinews.db`), every
    answerable question was a miss and the report said only "0.0%"."""
    golds = [" ".join(g.split()) for q in items if q.answerable for g in q.gold]
    return any(answerer.corpus.quotes(gold) for gold in golds[:sample])
