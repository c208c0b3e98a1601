"""`factdesk ask`: the answer's JSON contract, and the question and options as given
(bot.cli.ask_command)."""

from __future__ import annotations

import json

import pytest

from tests.bot.cli.invoking import CITATION_FIELDS, CONTRACT_FIELDS, run


def test_a_question_starting_with_a_dash_is_told_to_go_after_two_dashes(project):
    hint = run(project, "ask", "-5 degrees?")
    assert hint.exit_code == 2
    assert 'goes after "--"' in hint.output
    assert "goes after" not in run(project, "ask", "--nope", "x").output  # a mistyped option
    assert 'goes after "--"' in run(project, "ask", "--what?").output
    assert run(project, "ask", "--", "-5 degrees?").exit_code == 0


def test_ask_json_has_the_documented_fields(project):
    result = run(project, "ask", "what does russia demand?", "--json", "--top", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == CONTRACT_FIELDS
    assert data["answered"] is True and data["citations"]
    assert 1 <= len(data["ranked"]) <= 3
    text = (project / "seeds" / "000_4de870c6ba78c5ba.txt").read_text(encoding="utf-8")
    for entry in data["citations"] + data["ranked"]:
        assert set(entry) == CITATION_FIELDS
        assert entry["article"] == "000_4de870c6ba78c5ba"
        assert text[entry["start"] : entry["end"]] == entry["sentence"]


def test_ask_abstains_with_ranked_candidates_when_the_coverage_does_not_say(project):
    result = run(project, "ask", "who won the football world cup?", "--json")
    data = json.loads(result.stdout)
    assert data["answered"] is False and data["citations"] == []
    assert data["ranked"]
    assert data["reply"].startswith("The coverage doesn't say")


@pytest.mark.parametrize(
    "typed",
    [
        "000_4de870c6ba78c5ba.txt",
        "seeds/000_4de870c6ba78c5ba.txt",
        " 000_4de870c6ba78c5ba ",
        # copied from a sentence, with the article list's inline code marks
        "`000_4de870c6ba78c5ba`.",
        # its title, as an answer's source line shows it
        "Ukraine requires authentic security guarantees, encompassing U.S. assistance, as "
        "stated by the Lithuanian president.",
    ],
)
def test_an_article_given_by_its_file_name_names_its_id(project, seed_db, typed):
    """README: "the article's id is its file name without the extension"; an operator who
    typed the file name (or pasted the id with a space) got "no article with id" and nothing
    to go on, though the article was there."""
    result = run(project, "ask", "where?", "--db", str(seed_db), "--article", typed)
    assert result.exit_code == 1
    assert f"no article with id {typed!r} in " in result.output
    assert "(did you mean '000_4de870c6ba78c5ba'? an article's id is its file's name" in (
        result.output
    )
    other = run(project, "ask", "where?", "--db", str(seed_db), "--article", "nope.txt")
    assert "did you mean" not in other.output


def test_article_given_twice_is_a_usage_error_naming_both(project, seed_db):
    """click kept the last ``--article``: A and B answered from B alone, without a word."""
    result = run(project, "ask", "where?", "--db", str(seed_db), "--article", "a", "--article", "b")
    assert result.exit_code == 2
    error = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and "'a'" in error[0] and "'b'" in error[0] and "--article" in error[0]


def test_unknown_article_is_a_one_line_error(project):
    assert run(project, "build").exit_code == 0
    result = run(project, "ask", "who?", "--article", "../../etc/passwd")
    assert result.exit_code != 0
    assert "no article with id" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_empty_question_gets_a_normal_reply(project):
    result = run(project, "ask", "   ", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["answered"] is False


@pytest.mark.parametrize("extra", [["who?"], ["--batch", "-"]])
@pytest.mark.parametrize("given", ["", "  "])
def test_an_empty_article_option_is_a_usage_error_like_an_empty_db(project, extra, given):
    """`factdesk ask --article "$ID" …` with ID unset said "no article with id ''" with
    status 1, as if the database lacked an article; an empty --db is a usage error (status 2)
    naming the option, and so is an empty --article, before anything is built."""
    result = run(project, "ask", "--article", given, *extra, input='{"question": "who?"}\n')
    assert result.exit_code == 2, result.output
    assert "--article" in result.output and "empty id" in result.output
    assert "no article with id" not in result.output
    assert not (project / "factdesk.db").exists()


def test_a_question_typed_without_quotes_is_asked_whole(project):
    """`factdesk ask who is zelensky meeting` (no quotes, as one types to a chat) was "Got
    unexpected extra arguments (is zelensky meeting)"; its words are the question."""
    loose = run(project, "ask", "who", "is", "zelensky", "meeting", "--json")
    quoted = run(project, "ask", "who is zelensky meeting", "--json")
    assert loose.exit_code == 0, loose.output
    assert json.loads(loose.stdout) == json.loads(quoted.stdout)
    assert json.loads(loose.stdout)["question"] == "who is zelensky meeting"


def test_ask_without_a_question_says_how_to_give_them_on_stdin(project):
    """`echo "who …?" | factdesk ask` was told only "give a QUESTION or --batch FILE"."""
    result = run(project, "ask", input="who is zelensky meeting?\n")
    assert result.exit_code == 2
    assert "'--batch -' reads questions from stdin, one JSON object a line" in result.output
