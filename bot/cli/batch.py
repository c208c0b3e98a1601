"""``factdesk ask --batch``'s lines: read as they arrive, each bounded, decoded by the file's
byte order mark, checked, and answered with one JSON object a line."""

from __future__ import annotations

import difflib
import io
import json
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from facts.articles import MAX_TEXT_BYTES, bom_encoding

from ..config import TOP_RANGE
from ..errors import UnknownArticleError

# A byte of a batch line that is not UTF-8, as the "surrogateescape" decoding keeps it
_UNDECODED = re.compile("[\udc80-\udcff]")
# The keys a batch line is read for; any other is passed over (a line may carry its own id)
BATCH_KEYS = ("question", "article", "top")


def decoded_lines(handle: Any) -> io.TextIOWrapper:
    """The batch's lines, decoded as its byte order mark says, else as UTF-8 (without a mark
    of its own): Windows tools write one (PowerShell 5 redirects in UTF-16, as articles, which
    are read in it too), and read as UTF-8 every line was "not JSON". Read as it arrives, so
    a batch piped in line by line is answered line by line."""
    if hasattr(handle, "peek"):
        head = handle.peek(4)[:4]
    else:  # an in-memory stream (tests): read the mark, then go back
        head = handle.read(4)
        handle.seek(0)
    encoding = bom_encoding(head)
    if encoding is None:
        # a byte that is not UTF-8 is kept, escaped, for answer_line to refuse that line: read
        # as U+FFFD, a Windows "ANSI" file's é and curly quotes were answered garbled, unsaid
        return io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape")
    return io.TextIOWrapper(handle, encoding=encoding, errors="replace")


# The most a batch line may hold, as read_text reads a settings or question file: a line is one
# question (cut to answer.max_question_chars anyway) with an id or two, so no real one comes near
MAX_BATCH_LINE = MAX_TEXT_BYTES
OVERLONG = (
    f"a line of over {MAX_BATCH_LINE:,} characters without a line break: not a JSON line "
    "(is this a batch file?)"
)


def bounded_lines(lines: io.TextIOWrapper) -> Iterator[str | None]:
    """The batch's lines, each read up to MAX_BATCH_LINE characters; None for a line longer
    than that, whose rest is read past in pieces of that size. Read whole, a file with no line
    break (`--batch /dev/zero`, an image or a database given by mistake, `cat /dev/urandom |`)
    was held in memory until the kernel killed the process (or, under a memory limit,
    "internal error: MemoryError"), losing the answers of the lines before it."""
    while True:
        line, whole = line_within(lines, MAX_BATCH_LINE)
        if not line:
            return
        yield line if whole else None


def line_within(stream: Any, limit: int) -> tuple[str, bool]:
    """The next line of ``stream`` up to ``limit`` characters ("" at the end), and whether that
    is all of it; the rest of a longer line is read past, ``limit`` characters at a time, so
    memory stays bounded however long it runs."""
    # one character more than the limit tells a line of exactly ``limit`` characters (then its
    # line break or the end) from a longer one
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith("\n"):
        return line, True
    while (rest := stream.readline(limit)) and not rest.endswith("\n"):
        pass
    return line[:limit], False


def json_line(obj: dict[str, Any]) -> str:
    """One JSON object on one line, readable UTF-8; text that cannot be written as UTF-8 (a lone
    surrogate from a JSON escape in the input) falls back to \\u escapes, still valid JSON."""
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(obj)
    return line


def answer_line(
    answerer: Any, line: str, number: int, article: str | None, top: int | None
) -> dict[str, Any]:
    """One output object per input line; a bad line gets an error object, not a crash."""
    # a byte order mark inside the stream: files concatenated (`cat a.jsonl b.jsonl`) where one
    # a Windows tool wrote begins with its own, and that line was "not JSON"
    line = line.removeprefix("\ufeff")
    if not line.strip():
        return {"error": "empty line", "line": number}
    undecoded = _UNDECODED.search(line)
    if undecoded:
        byte = ord(undecoded.group()) - 0xDC00
        return {
            "error": f"not UTF-8 text (byte 0x{byte:02x}): save the file as UTF-8",
            "line": number,
        }
    try:
        item = json.loads(line, object_pairs_hook=_LineObject)
    except json.JSONDecodeError as exc:
        if exc.pos == line.find(line.strip()[:1]):
            # a question as plain text (a list of questions, one a line): "not JSON:
            # Expecting value" on every line said nothing of what a line should be
            return {"error": f"not JSON: {_BATCH_SHAPE}", "line": number}
        return {"error": f"not JSON: {exc.msg}", "line": number}
    # valid JSON that Python will not read: one line's problem, not the batch's
    except RecursionError:
        return {"error": "not JSON: nested too deeply", "line": number}
    except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
        return {"error": "not JSON: a number too long to read", "line": number}
    misspelt = _misspelt_key(item) if isinstance(item, dict) else None
    if misspelt:
        return {"error": misspelt, "line": number}
    twice = [key for key in getattr(item, "twice", ()) if key in BATCH_KEYS]
    if twice:
        return {"error": f"{twice[0]!r} given twice", "line": number}
    if not isinstance(item, dict) or not isinstance(item.get("question"), str):
        return {"error": "expected an object with a 'question' string", "line": number}
    item_top = item.get("top", top)
    low, high = TOP_RANGE
    if item_top is not None and (
        isinstance(item_top, bool) or not isinstance(item_top, int) or not low <= item_top <= high
    ):
        return {"error": f"'top' must be a whole number from {low} to {high}", "line": number}
    item_article = item.get("article", article)
    if item_article is not None and not isinstance(item_article, str):
        return {"error": "'article' must be a string", "line": number}
    if item_article is not None and not item_article.strip():
        # an empty column of the sheet the batch was made from, as `--article ""` is an unset
        # variable: "no article with id ''" blamed the database
        return {
            "error": "'article' is empty: give an id, or leave it out to answer from all the "
            "coverage",
            "line": number,
        }
    try:
        return answerer.answer(item["question"], article=item_article, top=item_top).to_json()
    except UnknownArticleError as exc:
        return {"question": item["question"], "error": str(exc), "line": number}


_BATCH_SHAPE = 'write each line as an object such as {"question": "who is meeting whom?"}'


class _LineObject(dict):
    """A JSON object of a batch line, knowing the keys it gave twice: `json` keeps the last,
    so `{"question": "a", "question": "b"}` answered "b" and dropped "a" without a word (a key
    written twice in config.yaml or a question file is an error too)."""

    def __init__(self, pairs: list[tuple[str, Any]]):
        super().__init__(pairs)
        self.twice = [key for key, n in Counter(k for k, _ in pairs).items() if n > 1]


def _misspelt_key(item: dict[str, Any]) -> str | None:
    """The error for a key that looks like a misspelling of one a batch line is read for. Passed
    over, `"articel": "x"` answered the question from the whole coverage instead of that
    article, and `"Top": 3` listed the default number of candidates, without a word; keys
    unlike any of them (an id, a note) stay the caller's own."""
    for key in item:
        if key in BATCH_KEYS:
            continue
        # close enough to be a slip (or another case), not a key of the caller's own ("topic")
        close = difflib.get_close_matches(str(key).lower(), BATCH_KEYS, n=1, cutoff=0.8)
        if close:
            return f"unknown key {key!r} (did you mean {close[0]!r}?)"
    return None
