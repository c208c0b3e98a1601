"""``eval --conversations``: turns asked in order with the last answer as context."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.conversation_eval import (
    evaluate_conversations,
    format_misses,
    load_conversations,
    unused_gold_turns,
)
from bot.errors import ConfigError
from bot.model import Answer, Citation
from tests.conftest import ROOT


def said(sentence: str) -> Answer:
    cited = Citation("a", "T", "a.txt", 1, sentence, 0, len(sentence), 1.0)
    return Answer(question="q", answered=True, kind="answer", reply=sentence, citations=(cited,))


NOTHING = Answer(question="q", answered=False, kind="abstain", reply="no")
# an abstention on a follow-up, which continued the question before it
NOTHING_MORE = Answer(question="q", answered=False, kind="abstain", reply="no", continues="q")

CONVERSATIONS = """
- note: a follow-up after an abstained follow-up leans on the last real answer
  turns:
  - q: first
    gold: [one]
  - q: unanswerable
    answerable: false
  - q: second
    gold: [two]
"""


def test_each_turn_is_asked_with_the_last_answer_that_cited_something(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(CONVERSATIONS, encoding="utf-8")
    seen = []

    def ask(question, previous):
        seen.append((question, previous.reply if previous else None))
        answers = {"first": said("one"), "unanswerable": NOTHING_MORE, "second": said("two")}
        return answers[question]

    report = evaluate_conversations(load_conversations(path), ask)
    assert seen == [("first", None), ("unanswerable", "one"), ("second", "one")]
    assert [o.correct for o in report.first.outcomes] == [True]
    assert [o.correct for o in report.follow_ups.outcomes] == [True, True]
    assert len(report.on_right_context) == 2


def test_a_turn_after_an_abstention_on_a_question_of_its_own_leans_on_that_question(tmp_path):
    """As in `factdesk chat` (follow_up.leaned_on): the question abstained on says what the
    next one asks about, where the older answer was about something else."""
    path = tmp_path / "c.yaml"
    path.write_text(CONVERSATIONS, encoding="utf-8")
    seen = []

    def ask(question, previous):
        seen.append((question, previous.reply if previous else None))
        return {"first": said("one"), "unanswerable": NOTHING, "second": said("two")}[question]

    evaluate_conversations(load_conversations(path), ask)
    assert seen == [("first", None), ("unanswerable", "one"), ("second", "no")]


def test_show_wrong_caps_the_conversations_listed(tmp_path):
    # `eval --conversations --show-wrong 1` listed every conversation with a miss
    path = tmp_path / "c.yaml"
    path.write_text(CONVERSATIONS * 3, encoding="utf-8")
    report = evaluate_conversations(load_conversations(path), lambda q, previous: NOTHING)
    assert format_misses(report).count("1. first") == 3
    capped = format_misses(report, 1)
    assert capped.count("1. first") == 1
    assert capped.endswith("... and 2 more conversations with a miss")
    assert "more conversations" not in format_misses(report, 3)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("- turns: [{q: a, gold: [x]}]", "at least two"),
        ("- turns: [{q: a, gold: [x]}, {q: b, golds: [x]}]", "turn 2"),
        ("- turn: []", "unknown key 'turn'"),
        ("[]", "no conversations"),
    ],
)
def test_a_malformed_conversation_file_is_named(tmp_path, text, problem):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_conversations(path)


def test_a_question_file_given_to_conversations_says_what_it_is_in_one_line():
    """qa28: `eval eval/seed-dev.yaml --conversations` named every entry ("unknown key 'q'",
    "'gold'", "'turns' must list at least two questions": 41 lines) and not that the file is
    a question file; the other way round was already one line."""
    with pytest.raises(ConfigError) as exc:
        load_conversations(ROOT / "eval" / "seed-dev.yaml")
    assert str(exc.value).endswith("a question file ('- q:'): run it without --conversations")
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # one conversation written without its "- ": was told to remove the `turns:` line
        (
            "turns:\n  - q: who is it?\n  - q: and where?\n",
            "one conversation, not a list of them: write it as '- turns: …'",
        ),
        # one question: was told to write it as '- q: …', a question file the next run refused
        (
            "q: who is it?\ngold: [Someone]\n",
            "one question, not a conversation: run it without --conversations",
        ),
        # a list under a key: was shown the question format, '- q: QUESTION' entries
        (
            "conversations:\n  - turns: [{q: who?}, {q: where?}]\n",
            "the conversations are under the key 'conversations'",
        ),
    ],
)
def test_a_conversation_file_that_is_no_list_is_shown_the_conversation_format(tmp_path, text, told):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_conversations(path)
    assert told in str(exc.value)
    assert "'- turns:' entry each" in str(exc.value) and "'- q: QUESTION'" not in str(exc.value)


@pytest.mark.parametrize("name", ["conversations-seed.yaml", "conversations-wikinews.yaml"])
def test_the_shipped_conversation_sets_load(name):
    conversations = load_conversations(ROOT / "eval" / name)
    assert len(conversations) >= 20
    assert all(len(c.turns) >= 2 for c in conversations)


def test_eval_conversations_reports_the_follow_ups(seed_db):
    result = CliRunner().invoke(
        main,
        [
            "eval",
            "--conversations",
            str(ROOT / "eval" / "conversations-seed.yaml"),
            "--db",
            str(seed_db),
            "--show-wrong",
            "0",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "follow-ups right:" in result.output and "first turns right:" in result.output


def test_a_turn_marked_unanswerable_with_gold_text_is_named(tmp_path):
    """`answerable: false` beside gold text on a turn was scored as one to abstain on, its gold
    silently unused, where a question file names such a question (qa27's left defect)."""
    path = tmp_path / "c.yaml"
    path.write_text(
        "- turns:\n  - q: first\n    gold: [one]\n"
        "  - q: second\n    answerable: false\n    gold: [two]\n",
        encoding="utf-8",
    )
    assert unused_gold_turns(load_conversations(path)) == ["1.2"]


def _conversation_about_a_harbour(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "harbour.txt").write_text(
        "Harbour reopens\n\nThe city harbour reopened on Friday after a long strike.\n\n"
        "The dockers' union said the strike ended because wages rose by ten percent.\n",
        encoding="utf-8",
    )
    path = tmp_path / "c.yaml"
    path.write_text(
        "- turns:\n  - q: when did the harbour reopen?\n    gold: [reopened on Friday]\n"
        "  - q: why did the strike end?\n    gold: [wages rose by ten percent]\n",
        encoding="utf-8",
    )
    return articles, path


def test_eval_conversations_asks_the_articles_it_is_given(tmp_path):
    """qa28: `eval --conversations FILE --articles PATH` passed --articles over and asked the
    configured database (the seed article): every turn a miss, without a word."""
    articles, path = _conversation_about_a_harbour(tmp_path)
    db = tmp_path / "harbour.db"
    config = str(ROOT / "config.yaml")
    args = ["--config", config, "eval", "--conversations", str(path), "--articles", str(articles)]
    result = CliRunner().invoke(main, [*args, "--db", str(db), "--show-wrong", "0"])
    assert result.exit_code == 0, result.output
    assert "first turns right: 1/1" in result.output


def test_eval_conversations_on_a_database_without_their_gold_says_so(tmp_path, seed_db):
    """qa28: eval/README's `eval --conversations eval/conversations-wikinews.yaml --db
    wikinews.db`, run before wikinews.db was built, built it from the seed article and reported
    0/28 with no word on why, where a question file's eval names the wrong database."""
    _, path = _conversation_about_a_harbour(tmp_path)
    config = str(ROOT / "config.yaml")
    args = ["--config", config, "eval", "--conversations", str(path), "--db", str(seed_db)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"note: no sentence in {seed_db} holds any of these questions' gold text" in (
        result.output
    )
