"""bench.run's command line, as `python -m bench --help` shows it."""

from __future__ import annotations

from bench import run


def test_every_option_of_the_help_says_what_it_is():
    """qa24: `python -m bench --help` listed --questions, --config, --workers, --changed,
    --rank-bm25-max and --out bare, and --source without its default (../shared, which a new
    operator's clone may not have beside it)."""
    actions = [a for a in run.make_parser()._actions if "--help" not in a.option_strings]
    assert [a.option_strings[0] for a in actions if not a.help] == []
    source = next(a for a in actions if "--source" in a.option_strings)
    assert "shared/corpus/wikinews" in source.help


def test_sizes_run_smallest_first_and_once():
    """qa28: `--sizes 100,10,1` ran in that order, and the report judged the targets at the
    last size, ×1 ("p50 ≤ 5 ms at ×1", "p50 ×1 ≤ 3× p50 ×100"); `--sizes 1,1` ran ×1 twice."""
    assert run.parse_args(["--sizes", "100,10,1,10"]).sizes == [1, 10, 100]


def test_questions_whose_gold_no_source_article_holds_are_noted():
    """`python -m bench --source seeds` scored the default questions, about Wikinews, on the seed
    article and reported 0% right without a word why."""
    from bench.corpus import Record
    from bench.questions import DEFAULT_QUESTIONS, load_questions

    questions = load_questions(DEFAULT_QUESTIONS)
    seed = [Record("Seed", "Zelensky is set to meet Trump in Washington on Monday.")]
    note = run.gold_note(seed, questions, DEFAULT_QUESTIONS)
    assert note is not None and note.startswith("note: no source article holds any gold text")
    gold = questions[0].gold[0]
    holds = [Record("Story", f"Before it.\n\n{gold.replace(' ', '  ')} after it.")]
    assert run.gold_note(seed + holds, questions, DEFAULT_QUESTIONS) is None
