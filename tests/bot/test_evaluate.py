"""factdesk eval: question files and the quality report."""

from __future__ import annotations

import pytest

from bot.errors import ConfigError
from bot.evaluate import (
    EvalQuestion,
    evaluate,
    format_report,
    format_unknown_intents,
    load_questions,
    unknown_intents,
)
from bot.model import Answer, Citation


def answer(sentence: str | None, answered: bool = True, intent: str | None = None) -> Answer:
    cited = (Citation("a", "T", "p", 1, sentence, 0, len(sentence), 1.0),) if sentence else ()
    return Answer(
        question="q",
        answered=answered,
        reply="",
        intent=intent,
        citations=cited if answered else (),
        ranked=cited,
    )


def test_a_question_file_is_read_and_checked(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_text(
        "- q: who?\n  gold: [Trump]\n  answerable: true\n  intent: meeting\n"
        "- q: why?\n  answerable: false\n",
        encoding="utf-8",
    )
    first, second = load_questions(path)
    assert first.gold == ("Trump",) and first.intent == "meeting"
    assert not second.answerable and second.gold == ()


@pytest.mark.parametrize(
    "text, problem",
    [
        ("q: x", "one question, not a list"),
        ("- gold: [x]", "'q' string"),
        ("- q: x\n  answerable: true", "needs 'gold'"),
        ("- q: x\n  gold: [1]", "sentence substrings"),
        # blank: silently unanswerable, or in every sentence, so any answer counted right
        ('- q: x\n  gold: ""', "sentence substrings"),
        ('- q: x\n  gold: ["  "]', "sentence substrings"),
        # a second gold line in place of a second list item silently dropped the first
        (
            '- q: x\n  gold: "a"\n  gold: "b"\n',
            r"q.yaml: not valid YAML \(line 3\): found duplicate key 'gold'",
        ),
        ("- q: x\n  gold: [a]\n  answerable: maybe", "true or false"),
        # an entry not written yet got the "ask me a question" prompt: a right abstention
        ('- q: ""\n  answerable: false', r"q.yaml: question 1: 'q' is blank"),
        ('- q: x\n  gold: [a]\n- q: "  "\n  gold: [a]', r"question 2: 'q' is blank"),
        ("- q: x\n  gold: [a]\n  asked: 2020-02-30", "not valid YAML"),
        # each of these was an "internal error" (TypeError, AttributeError) mid-evaluation
        ("- q: x\n  gold: [a]\n  intent: [meeting, role]", "question 1: 'intent' must be"),
        ("- q: x\n  gold: [a]\n  article: 5", "question 1: 'article' must be"),
        # an entry not filled in yet: "no article with id ''", blaming the database
        ('- q: x\n  gold: [a]\n  article: ""', "question 1: 'article' is empty"),
        # an empty list, or a file of comments only, was reported as "overall 0.0%"
        ("[]", "no questions"),
        ("# all commented out\n", "no questions"),
        # a mistyped key was read as absent: the question became an unanswerable one
        (
            "- q: x\n  golds: [a]\n",
            r"q.yaml: question 1: unknown key 'golds' \(did you mean 'gold'",
        ),
        (
            "- q: x\n  gold: [a]\n- q: y\n  answerble: false\n",
            r"question 2: unknown key 'answerble' \(did you mean 'answerable'",
        ),
        ("- q: x\n  gold: [a]\n  asked_by: me\n", r"unknown key 'asked_by' \(the keys are q, "),
        # a line indented with a tab was "not valid YAML (line 2)", with no cause named
        (
            "- q: x\n\tgold: [a]\n",
            r"q.yaml: not valid YAML \(line 2\): a tab indents this line: YAML indents with spaces",
        ),
    ],
)
def test_a_malformed_question_file_is_a_one_line_error(tmp_path, text, problem):
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        load_questions(path)


def test_every_problem_of_a_question_file_is_named_at_once(tmp_path):
    """Only the first problem was named: an operator fixing a 60-question file ran eval once
    per mistake. Each is a line of its own with its question's number."""
    path = tmp_path / "q.yaml"
    path.write_text(
        "- q: fine?\n  gold: [a]\n- q: ''\n- q: x\n  asked_by: me\n  gold: [a]\n"
        "- q: y\n  answerable: maybe\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_questions(path)
    lines = str(caught.value).splitlines()
    assert [line.split(": ")[1] for line in lines] == ["question 2", "question 3", "question 4"]
    assert "'q' is blank" in lines[0] and "asked_by" in lines[1] and "true or false" in lines[2]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        # the list under a key, as many tools' files are written: "expected a list" said
        # nothing of what was found or how to fix it
        (
            "questions:\n  - q: who?\n    gold: [a]\n",
            r"q.yaml: the questions are under the key 'questions': the file must be the list "
            r"itself \(a YAML list, one '- q: QUESTION' entry each",
        ),
        ("q: who?\ngold: [a]\n", r"one question, not a list of them: write it as '- q: …'"),
        ("title: mine\nitems: 3\n", r"expected a list of questions, found a mapping \(a YAML"),
        ("who is it?\n", r"expected a list of questions, found text \(a YAML list"),
    ],
)
def test_a_question_file_that_is_no_list_says_what_it_found_and_the_format(tmp_path, text, problem):
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem) as caught:
        load_questions(path)
    assert "\n" not in str(caught.value)


def test_every_problem_of_each_question_is_named(tmp_path):
    """Only the first problem of each question was named: one entry with three mistakes took
    three runs. Each is a line with the question's number."""
    path = tmp_path / "q.yaml"
    path.write_text(
        "- q: fine?\n  gold: [a]\n- q: ''\n  golds: [a]\n  answerable: maybe\n  article: 5\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_questions(path)
    lines = str(caught.value).splitlines()
    assert all(line.startswith(f"{path}: question 2: ") for line in lines)
    assert len(lines) == 4
    for problem in ("'q' is blank", "'golds'", "true or false", "'article' must be text"):
        assert sum(problem in line for line in lines) == 1


def test_the_problems_listed_are_capped_per_question_and_per_file(tmp_path):
    from bot.evaluate import MAX_PROBLEM_LINES, MAX_PROBLEMS_EACH

    keys = "".join(f"  extra{n}: 1\n" for n in range(12))
    path = tmp_path / "q.yaml"
    path.write_text(f"- q: x\n  gold: [a]\n{keys}", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_questions(path)
    lines = str(caught.value).splitlines()
    assert len(lines) == MAX_PROBLEMS_EACH + 1 and lines[-1].endswith("and 7 more")
    path.write_text("- q: ''\n" * 100, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_questions(path)
    lines = str(caught.value).splitlines()
    assert len(lines) == MAX_PROBLEM_LINES + 1 and lines[-1] == "... and 60 more problems"


def test_every_shipped_question_file_loads():
    """The check on keys accepts every key the shipped files use (the questions are not read:
    some files are held out)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "eval").glob("*.yaml")) + [root / "tests/fixtures/questions-mini.yaml"]
    assert len(files) > 20
    for path in files:
        if path.name.startswith("conversations-"):  # eval --conversations reads them
            continue
        assert load_questions(path)


def test_a_conversation_file_read_as_questions_says_to_use_conversations(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("- turns: [{q: a, gold: [x]}, {q: b, gold: [y]}]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="a conversation file .* --conversations"):
        load_questions(path)


def test_a_question_file_that_is_not_utf8_is_a_one_line_error(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_bytes("- q: caf\xe9?\n  gold: [a]\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"q.yaml: not UTF-8 text"):
        load_questions(path)


def test_a_question_file_in_utf16_without_its_mark_says_so(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_bytes("- q: who?\n  gold: [a]\n".encode("utf-16-le"))
    with pytest.raises(ConfigError, match=r"q.yaml: not UTF-8 text \(NUL bytes: UTF-16 or UTF-32"):
        load_questions(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_question_file_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, encoding):
    """A question file PowerShell 5 wrote (UTF-16 with a BOM) was "not UTF-8 text"."""
    path = tmp_path / "q.yaml"
    path.write_bytes("- q: café?\n  gold: [a]\n".encode(encoding))
    assert [q.q for q in load_questions(path)] == ["café?"]


def test_the_report_counts_right_answers_abstentions_and_intents():
    questions = [
        EvalQuestion("who meets?", ("meets Trump",), True, intent="meeting"),
        EvalQuestion("where?", ("in Washington",), True, intent="place"),
        EvalQuestion("who won the cup?", (), False),
    ]
    answers = {
        "who meets?": answer("Zelensky meets Trump today.", intent="meeting"),
        "where?": answer("Something else.", intent="meeting"),
        "who won the cup?": answer(None, answered=False),
    }
    report = evaluate(questions, lambda q: answers[q.q])
    assert report.top1 == 0.5 and report.abstention == 1.0 and report.ranked_top1 == 0.5
    # two answers, one of them wrong: what a member who gets an answer can count on
    assert report.wrong_citations == 1 and report.precision == 0.5
    assert report.per_intent() == {"meeting": (1, 1), "place": (0, 1)}
    assert report.confusions()[("place", "meeting")] == 1
    text = format_report(report)
    assert "top-1 accuracy (answerable) | 50.0% (1/2)" in text
    assert "[wrong sentence] where?" in text


def test_intents_a_question_file_names_and_the_config_lacks_are_named_once_each():
    questions = [
        EvalQuestion("a", ("x",), True, intent="meetings"),
        EvalQuestion("b", ("x",), True, intent="role"),
        EvalQuestion("c", ("x",), True, intent="meetings"),
        EvalQuestion("d", ("x",), True, intent="when"),
    ]
    unknown = unknown_intents(questions, ["role", "meeting"])
    assert unknown == {"meetings": [1, 3], "when": [4]}
    assert format_unknown_intents("q.yaml", "config.yaml", unknown) == (
        "warning: q.yaml names intents config.yaml lacks: meetings (questions 1, 3); "
        "when (question 4)"
    )
    # without a config file there are no intents at all, and the line says so
    assert format_unknown_intents("q.yaml", "(defaults)", {"when": [4]}) == (
        "warning: q.yaml names an intent the built-in defaults lack (no config file): "
        "when (question 4)"
    )


def test_an_unknown_intent_close_to_a_configured_one_names_it():
    """`intent: meeting_tim` was named as unknown, and the operator had to read the config's
    rules to find which name was meant."""
    unknown = {"meeting_tim": [2], "Role": [3, 4], "weather": [5]}
    known = ["meeting", "meeting_time", "role"]
    assert format_unknown_intents("q.yaml", "config.yaml", unknown, known) == (
        "warning: q.yaml names intents config.yaml lacks: meeting_tim (question 2; did you "
        "mean meeting_time?); Role (questions 3, 4; did you mean role?); weather (question 5)"
    )


def test_a_rate_with_nothing_to_count_is_not_shown_as_zero_percent():
    """A file of only unanswerable questions read "top-1 accuracy 0.0% (0/0)", a file of only
    answerable ones "abstention accuracy 0.0% (0/0)", and "first cited right" 0.0% when
    nothing was answered: an operator tuning on a small file read each as a failure."""
    only_unanswerable = evaluate(
        [EvalQuestion("who won the cup?", (), False)], lambda q: answer(None, answered=False)
    )
    text = format_report(only_unanswerable)
    assert "| 0.0%" not in text and "(0/0)" not in text
    assert "top-1 accuracy (answerable) | n/a (no answerable questions)" in text
    assert "of the questions it answered | n/a (none answered)" in text
    assert "abstention accuracy (unanswerable) | 100.0% (1/1)" in text
    only_answerable = evaluate(
        [EvalQuestion("who meets?", ("meets Trump",), True)],
        lambda q: answer("Zelensky meets Trump today."),
    )
    text = format_report(only_answerable)
    assert "abstention accuracy (unanswerable) | n/a (no unanswerable questions)" in text
    assert "top-1 accuracy (answerable) | 100.0% (1/1)" in text
    assert "answered or not) | 100.0% (1/1)" in text


def test_a_long_cited_or_gold_sentence_in_the_misses_is_marked_as_cut():
    """The misses showed 160 characters of a sentence, cut bare mid-word: a cut quote read as
    a sentence the splitter had ended early."""
    long = "Russia demands private negotiations with the US " + "on these matters " * 12 + "end."
    report = evaluate(
        [EvalQuestion("what does russia want?", ("gold " * 50 + "tail",), True)],
        lambda q: answer(long),
    )
    text = format_report(report)
    cited = next(line for line in text.splitlines() if "cited:" in line)
    gold = next(line for line in text.splitlines() if "gold:" in line)
    assert cited.endswith(" …") and gold.endswith(" …")
    assert "end." not in cited and len(cited.split("cited: ")[1]) <= 162
    short = format_report(evaluate([EvalQuestion("q", ("x",), True)], lambda q: answer("Short.")))
    assert "cited: Short." in short and "…" not in short


@pytest.mark.parametrize("show", [0, 1])
def test_a_cut_list_of_misses_says_how_many_it_left_out(show):
    """``--show-wrong`` cut the misses silently: "wrong (2):" over one miss, or over none with
    ``--show-wrong 0``, read as the whole list."""
    questions = [EvalQuestion(q, ("gold",), True) for q in ("first?", "second?")]
    text = format_report(evaluate(questions, lambda q: answer("Other.")), show_wrong=show)
    assert "wrong (2):" in text
    assert f"… {2 - show} more not listed (--show-wrong 2 lists them all)" in text
    whole = format_report(evaluate(questions, lambda q: answer("Other.")), show_wrong=2)
    assert "more not listed" not in whole and "second?" in whole


def test_a_cut_list_of_confusions_says_how_many_pairs_it_left_out():
    """The confusions stopped at 15 pairs without a word: a config with many intents showed
    15 and read as if no other intent were confused."""
    questions = [EvalQuestion(f"q{i}?", ("gold",), True, intent=f"intent{i}") for i in range(17)]
    questions.append(EvalQuestion("again?", ("gold",), True, intent="intent0"))
    text = format_report(evaluate(questions, lambda q: answer("Other.", intent="other")))
    assert "  intent0 -> other: 2" in text
    assert "  … 2 more pairs (2 questions) not listed" in text
    few = format_report(evaluate(questions[:3], lambda q: answer("Other.", intent="other")))
    assert "more pairs" not in few


def test_a_long_or_multi_line_missed_question_is_listed_on_one_cut_line():
    """A question of 3,000 words, or one written over lines (`q: |`), was listed whole in the
    misses, filling the screen and breaking the list's one-line-a-miss layout."""
    long = "who " * 3000 + "won?"
    lines = "who won\nthe final\non sunday?"
    report = evaluate(
        [EvalQuestion(long, ("gold",), True), EvalQuestion(lines, ("gold",), True)],
        lambda q: answer("Other."),
    )
    text = format_report(report)
    listed = [line for line in text.splitlines() if line.startswith("  [")]
    assert len(listed) == 2
    assert listed[0].endswith(" …") and len(listed[0]) < 400
    assert listed[1].endswith("who won the final on sunday?")


def test_the_readmes_question_file_example_is_a_question_file(tmp_path):
    """qa24: the README named `factdesk eval FILE` but never said what the file holds; an
    operator writing their first one had to read eval/seed-dev.yaml. Its example must load."""
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme.split("A question file for `factdesk eval`", 1)[1]
    block = after.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "mine.yaml"
    path.write_text(block, encoding="utf-8")
    first, second = load_questions(path)
    assert first.answerable and first.gold and first.intent == "reopening"
    assert not second.answerable


def test_a_capped_list_of_problems_counts_the_rest_in_english():
    """One line past the cap said "... and 1 more problems"."""
    from bot.evaluate import MAX_PROBLEM_LINES, capped_lines

    lines = [f"problem {n}" for n in range(MAX_PROBLEM_LINES + 1)]
    assert capped_lines(lines).endswith("\n... and 1 more problem")
    assert capped_lines([*lines, "one more"]).endswith("\n... and 2 more problems")
