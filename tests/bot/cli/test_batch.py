"""`factdesk ask --batch`: one JSON answer a line, and a bad line its own error (bot.cli.batch)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.bot.cli.invoking import run
from tests.conftest import ROOT


def test_batch_answers_one_line_per_line_in_order(project):
    lines = [
        json.dumps({"question": "who is the german chancellor?"}),
        "not json",
        json.dumps({"question": "where will they meet?", "top": 2}),
        json.dumps({"question": "x", "article": "no-such-article"}),
        "",
    ]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["question"] == "who is the german chancellor?"
    assert "error" in out[1] and out[1]["line"] == 2
    assert len(out[2]["ranked"]) <= 2
    assert "no article" in out[3]["error"]
    assert "error" in out[4]


def test_a_batch_line_asking_for_a_top_out_of_range_is_an_error_as_top_is(project):
    """A line's "top": 0 or 500 was clamped to 1 or 50 without a word, where --top 0 and
    --top 500 are refused: the line gets an error object, the others their answers."""
    lines = [{"question": "where will they meet?", "top": top} for top in (0, 500, 50, "3")]
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = run(project, "ask", "--batch", "-", input=text)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    for number in (1, 2, 4):
        assert out[number - 1] == {
            "error": "'top' must be a whole number from 1 to 50",
            "line": number,
        }
    assert "ranked" in out[2]
    assert run(project, "ask", "hi", "--top", "0").exit_code == 2


def test_a_batch_line_with_an_empty_article_says_so_as_an_empty_article_option_does(project):
    """`"article": ""` (an empty column of the sheet the batch was made from) got "no article
    with id ''", blaming the database; `--article ""` is a usage error."""
    lines = [{"question": "where will they meet?", "article": a} for a in ("", " ")]
    lines.append({"question": "where will they meet?"})
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    out = [
        json.loads(line)
        for line in run(project, "ask", "--batch", "-", input=text).stdout.splitlines()
    ]
    for number in (1, 2):
        assert out[number - 1] == {
            "error": "'article' is empty: give an id, or leave it out to answer from all the "
            "coverage",
            "line": number,
        }
    assert "ranked" in out[2]


def test_a_misspelt_key_in_a_batch_line_is_an_error_not_passed_over(project):
    """`"articel"` was passed over, so the question was answered from the whole coverage,
    not that article, without a word; a key like none the batch reads (an id) is the
    caller's own and still passed over."""
    lines = [
        {"question": "where will they meet?", "articel": "000_4de870c6ba78c5ba"},
        {"qestion": "where will they meet?"},
        {"question": "where will they meet?", "Top": 3},
        {"question": "where will they meet?", "id": 7, "note": "mine", "topic": "talks"},
    ]
    text = "\n".join(json.dumps(line) for line in lines) + "\n"
    result = run(project, "ask", "--batch", "-", input=text)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[:3] == [
        {"error": "unknown key 'articel' (did you mean 'article'?)", "line": 1},
        {"error": "unknown key 'qestion' (did you mean 'question'?)", "line": 2},
        {"error": "unknown key 'Top' (did you mean 'top'?)", "line": 3},
    ]
    assert out[3]["question"] == "where will they meet?" and "ranked" in out[3]


def test_a_key_given_twice_in_a_batch_line_is_an_error_not_the_last_one_answered(project):
    """JSON keeps a key's last value: `{"question": "a", "question": "b"}` answered "b" and
    dropped "a" without a word, where a key written twice in config.yaml is an error; a key
    of the caller's own given twice is still theirs to pass over."""
    lines = [
        '{"question": "who is zelensky meeting?", "question": "where will they meet?"}',
        '{"question": "where will they meet?", "top": 1, "top": 9}',
        '{"question": "where will they meet?", "id": 1, "id": 2}',
    ]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[:2] == [
        {"error": "'question' given twice", "line": 1},
        {"error": "'top' given twice", "line": 2},
    ]
    assert out[2]["question"] == "where will they meet?" and "ranked" in out[2]


def test_a_batch_of_plain_text_questions_says_what_a_line_should_be(project):
    """A list of questions, one a line, got "not JSON: Expecting value" on every line, which
    said nothing of the object a line should hold; JSON broken further in keeps its reason."""
    text = 'who is zelensky meeting?\n  where will they meet?\n{"question": "where"\n'
    result = run(project, "ask", "--batch", "-", input=text)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    shape = 'write each line as an object such as {"question": "who is meeting whom?"}'
    assert out[0] == out[1] | {"line": 1} == {"error": f"not JSON: {shape}", "line": 1}
    assert out[2]["error"].startswith("not JSON: Expecting ")


def test_json_python_cannot_read_fails_its_line_not_the_batch(project):
    """Valid JSON nested 100,000 deep (RecursionError) or with a 5,000-digit number
    (ValueError) ended the batch with "internal error", losing every line after it."""
    lines = [
        "[" * 100_000 + "]" * 100_000,
        '{"question": "hi", "top": 1' + "0" * 5000 + "}",
        json.dumps({"question": "who is zelenksy meeting?"}),
    ]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[0] == {"error": "not JSON: nested too deeply", "line": 1}
    assert out[1] == {"error": "not JSON: a number too long to read", "line": 2}
    assert out[2]["answered"]


def test_a_batch_line_too_long_to_be_one_fails_its_line_and_is_not_held_whole(project, monkeypatch):
    """A batch with no line break (`ask --batch /dev/zero`, an image given by mistake) was read
    into memory whole, until the kernel killed the process or "internal error: MemoryError";
    a line over the limit gets an error object, and the lines after it are answered."""
    from bot.cli import ask_command, batch

    monkeypatch.setattr(batch, "MAX_BATCH_LINE", 100)
    read = []
    real_bounded = batch.bounded_lines

    def watched(lines):
        readline = lines.readline
        lines.readline = lambda size=-1: read.append(size) or readline(size)
        return real_bounded(lines)

    monkeypatch.setattr(ask_command, "bounded_lines", watched)
    lines = ["\0" * 1000, json.dumps({"question": "hello"}), "x" * 250]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("line") for o in out] == [1, None, 3]
    assert "without a line break" in out[0]["error"] and out[1]["intent"] == "greeting"
    assert out[2]["error"] == out[0]["error"]
    # never a whole line at once: the limit, and one character more to see where a line ends
    assert read and all(0 < size <= 101 for size in read)


def test_a_batch_line_of_exactly_the_limit_is_whole(project, monkeypatch):
    """A line of MAX_BATCH_LINE characters is within it, before its line break or at the end;
    one character more is over."""
    question = json.dumps({"question": "hello"})
    monkeypatch.setattr("bot.cli.batch.MAX_BATCH_LINE", len(question))
    for batch in (question + "\n", question, question + " \n"):
        result = run(project, "ask", "--batch", "-", input=batch)
        (out,) = [json.loads(line) for line in result.stdout.splitlines()]
        assert ("error" in out) is batch.endswith(" \n"), batch


def test_a_database_failure_in_a_batch_fails_that_line_not_the_rest(project, monkeypatch):
    """A database locked by another program (or damaged) while a batch runs: the lines it hit
    get an error object and the exit status says so; the batch went on to the end, where it
    stopped with "internal error" and every later line was lost."""
    from bot.answer import Answerer
    from facts.errors import DatabaseError

    assert run(project, "build").exit_code == 0
    answer = Answerer.answer

    def flaky(self, question, **options):
        if question == "locked":
            raise DatabaseError("factdesk.db is locked by another program")
        return answer(self, question, **options)

    monkeypatch.setattr(Answerer, "answer", flaky)
    lines = [json.dumps({"question": q}) for q in ("hello", "locked", "who is zelenksy meeting?")]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("error") for o in out] == [
        None,
        "factdesk.db is locked by another program",
        None,
    ]
    assert out[1]["line"] == 2 and out[2]["answered"]


def test_a_batch_whose_reader_stops_reading_ends_quietly(project, seed_db):
    """`factdesk ask --batch - | head -1`: the pipe closes under the batch, which printed
    "Error: internal error: BrokenPipeError" where Unix tools stop without a word."""
    lines = "".join(json.dumps({"question": f"who is meeting {n}?"}) + "\n" for n in range(400))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(project / "config.yaml"), "ask"]
        + ["--db", str(seed_db), "--batch", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    process.stdin.write(lines.encode())
    process.stdin.close()
    assert json.loads(process.stdout.readline())["question"] == "who is meeting 0?"
    process.stdout.close()  # what `head -1` does once it has its line
    assert process.wait(timeout=120) == 1
    assert process.stderr.read() == b""


def test_an_unknown_article_for_a_whole_batch_is_one_error_not_one_a_line(project):
    """``--article`` with ``--batch`` is every line's article: a wrong one gave each line the
    same error object and the batch exit status 0, so a script saw a run that went well;
    without ``--batch`` (and in ``eval``) it is one line on stderr and status 1."""
    assert run(project, "build").exit_code == 0
    lines = '{"question": "who is zelensky meeting?"}\n' * 3
    result = run(project, "ask", "--batch", "-", "--article", "nope", input=lines)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: no article with id 'nope'")
    assert len(result.stderr.strip().splitlines()) == 1
    # a good --article, in another case too, still answers every line
    good = run(project, "ask", "--batch", "-", "--article", "000_4DE870C6BA78C5BA", input=lines)
    assert good.exit_code == 0 and len(good.stdout.splitlines()) == 3
    assert all('"answered": true' in line for line in good.stdout.splitlines())


def test_a_batch_file_saved_with_a_byte_order_mark_answers_its_first_line(project, seed_db):
    """Windows tools (PowerShell 5's `Out-File -Encoding utf8`, Notepad's "UTF-8 with BOM")
    begin a file with a BOM: the batch's first line was {"error": "not JSON: Unexpected UTF-8
    BOM"}, as articles and config.yaml with one are read fine."""
    batch = project / "questions.jsonl"
    batch.write_bytes(
        b'\xef\xbb\xbf{"question": "who is zelenksy meeting?"}\r\n{"question": "hi"}\r\n'
    )
    for source, stdin in ((str(batch), None), ("-", batch.read_bytes())):
        result = run(project, "ask", "--db", str(seed_db), "--batch", source, input=stdin)
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert "error" not in out[0] and out[0]["question"] == "who is zelenksy meeting?"
        assert len(out) == 2


def test_a_batch_of_files_joined_answers_the_line_after_a_byte_order_mark(project, seed_db):
    """`cat a.jsonl b.jsonl | factdesk ask --batch -`, where a Windows tool wrote b.jsonl with a
    byte order mark: the mark opens b's first line mid-stream, and that line was "not JSON"."""
    data = b'{"question": "hi"}\n\xef\xbb\xbf{"question": "who is zelenksy meeting?"}\n'
    result = run(project, "ask", "--db", str(seed_db), "--batch", "-", input=data)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("question") for o in out] == ["hi", "who is zelenksy meeting?"], out


def test_a_batch_line_that_is_not_utf8_is_an_error_not_a_garbled_question(project, seed_db):
    """A questions file saved as Windows "ANSI" (cp1252): its é and curly quotes were read as
    U+FFFD and the garbled question answered, without a word, where an article or config.yaml
    in it is refused. That line is an error naming the byte; the others are answered."""
    data = (
        b'{"question": "caf\xe9 who is zelenksy meeting?"}\n'
        b'{"question": "\x93hi\x94"}\n'
        + '{"question": "who is zelenksy meeting \u201cnow\u201d?"}\n'.encode()
    )
    result = run(project, "ask", "--db", str(seed_db), "--batch", "-", input=data)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[:2] == [
        {"error": "not UTF-8 text (byte 0xe9): save the file as UTF-8", "line": 1},
        {"error": "not UTF-8 text (byte 0x93): save the file as UTF-8", "line": 2},
    ]
    assert out[2]["question"] == "who is zelenksy meeting \u201cnow\u201d?"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_batch_file_in_utf16_or_utf32_with_a_byte_order_mark_is_read(project, seed_db, encoding):
    """PowerShell 5 redirects (`>`) in UTF-16 with a byte order mark, as the README says of
    articles, which are read in it: every line of such a batch was {"error": "not JSON"}."""
    text = '{"question": "who is zelenksy meeting?"}\r\n{"question": "hi"}\r\n'
    data = text.encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = ("\ufeff" + text).encode(encoding)  # the -be codecs write no mark of their own
    batch = project / "questions.jsonl"
    batch.write_bytes(data)
    for source, stdin in ((str(batch), None), ("-", data)):
        result = run(project, "ask", "--db", str(seed_db), "--batch", source, input=stdin)
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert [o.get("question") for o in out] == ["who is zelenksy meeting?", "hi"], out


def test_a_bug_hit_by_one_batch_line_fails_that_line_not_the_rest(project, monkeypatch):
    """A question that trips a bug in the answering code: its line gets an "internal error"
    object and the exit status says so, and the lines after it are still answered. Raised,
    it ended the run and every later line was lost."""
    from bot.answer import Answerer

    assert run(project, "build").exit_code == 0
    answer = Answerer.answer

    def buggy(self, question, **options):
        if question == "trips a bug":
            raise ValueError("'whether' is not in list")
        return answer(self, question, **options)

    monkeypatch.setattr(Answerer, "answer", buggy)
    questions = ("hello", "trips a bug", "who is zelenksy meeting?")
    lines = [json.dumps({"question": q}) for q in questions]
    result = run(project, "ask", "--batch", "-", input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert out[1] == {"error": "internal error: ValueError: 'whether' is not in list", "line": 2}
    assert out[0]["answered"] is False and out[2]["answered"]


def test_a_quote_off_its_article_text_in_a_batch_still_fails_the_run(project, monkeypatch):
    """A grounding failure is a bug in what the bot would post: it stops the batch loudly
    rather than becoming one line's error among answers."""
    from bot.answer import Answerer, GroundingError

    assert run(project, "build").exit_code == 0

    def ungrounded(self, question, **options):
        raise GroundingError("quoted text differs from the article at its offsets")

    monkeypatch.setattr(Answerer, "answer", ungrounded)
    result = run(project, "ask", "--batch", "-", input=json.dumps({"question": "hi"}) + "\n")
    assert result.exit_code != 0
    assert not result.stdout.strip()
