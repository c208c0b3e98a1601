"""A folder of broken files built next to good ones, as an operator would after a bad scrape.

What must hold: every bad file is named in one line with its reason, every good article is
built, the exit status says something failed, and the database is consistent. Each bad file is
one entry of ``BAD`` below: what it is, and the words its one-line reason must contain.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from bot.cli import main
from facts import build
from tests.conftest import ROOT, SEEDS

from .conftest import HEAVY, TRIED, assert_consistent, rows

MB = 1_000_000


# -- the good files: every one of their articles must be built ---------------------------------
def good_folder(folder: Path) -> set[str]:
    """Write the good files; returns the article ids they must produce."""
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    ids = {seed.stem for seed in SEEDS.glob("*.txt")}
    (folder / "storm.md").write_text(
        "---\ntitle: Storm hits the coast\npublished: 2024-01-05\n---\n"
        "A storm hit the coast on Friday. Power failed in the north.\n",
        encoding="utf-8",
    )
    (folder / "dup.txt").write_text(
        "The first dup\nThis file claims the id dup first.\n", encoding="utf-8"
    )
    # UTF-16 with a BOM is accepted: the BOM names the encoding (no guessing), Windows tools
    # write it, and the decoded text is what is stored and cited, so offsets stay exact.
    (folder / "utf16-bom.txt").write_bytes(
        "Council vote delayed\nThe council delayed the vote on Monday.\n".encode("utf-16")
    )
    (folder / "utf32-bom.txt").write_bytes(
        "Bridge reopens\nThe bridge reopened on Tuesday after repairs.\n".encode("utf-32")
    )
    ids |= {"storm", "dup", "utf16-bom", "utf32-bom"}
    return ids


# -- the bad files ------------------------------------------------------------------------------
Maker = Callable[[Path], None]


def write(name: str, data: bytes) -> Maker:
    return lambda folder: (folder / name).write_bytes(data)


def huge(folder: Path) -> None:
    """50 MB of real sentences: refused by size before a byte of it is read."""
    with (folder / "huge.txt").open("wb") as handle:
        line = b"The talks went on for another day without an agreement. " * 1000 + b"\n"
        for _ in range(50 * MB // len(line) + 1):
            handle.write(line)


def symlink_loop(folder: Path) -> None:
    os.symlink("loop.txt", folder / "loop.txt")


def folder_loop(folder: Path) -> None:
    """A link back up the tree: walking it must neither loop nor build anything twice."""
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")


def named_pipe(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")  # reading it would block the build forever


def device(folder: Path) -> None:
    os.symlink("/dev/zero", folder / "zero.txt")  # reading it would never end


def unreadable(folder: Path) -> None:
    path = folder / "unreadable.txt"
    path.write_text("Secret\nNobody may read this file.\n", encoding="utf-8")
    path.chmod(0)


def ragged_csv(folder: Path) -> None:
    (folder / "ragged.csv").write_text(
        "url,date,title,text\n"
        "https://news.example/ok,2024-01-01,Ragged feed survivor,This row is fine.\n"
        "https://news.example/extra,2024-01-02,Too many,Text,with,extra,fields\n"
        "https://news.example/short,2024-01-03\n",
        encoding="utf-8",
    )


RAGGED_SURVIVOR = "ok-"  # the id of the good row starts with the url's slug


BAD: dict[str, tuple[Maker, list[tuple[str, str]]]] = {
    # case: (how to make it, [(file name in the line, reason words)] one per expected line)
    "empty": (write("empty.txt", b""), [("empty.txt", "empty file")]),
    "blank": (write("blank.md", b" \n\t\n"), [("blank.md", "empty file")]),
    "binary": (
        write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
        [("binary.txt", "binary file")],
    ),
    "non-UTF-8": (
        write("latin1.txt", "Caf\xe9 cr\xe8me\nLa r\xe9union a eu lieu.\n".encode("latin-1")),
        [("latin1.txt", "not UTF-8 text (byte 0xe9")],
    ),
    "broken UTF-16": (
        write("broken-utf16.txt", codecs.BOM_UTF16_LE + b"T\x00i\x00\x00\xd8"),  # lone surrogate
        [("broken-utf16.txt", "invalid UTF-16")],
    ),
    "50 MB": (huge, [("huge.txt", "over the 5,000,000 limit")]),
    "1 MB line": (
        write("one-line.txt", b"word " * (MB // 5)),
        [("one-line.txt", "characters without a sentence end or line break")],
    ),
    "zero-width only": (
        write("invisible.txt", "\u200b\u200d\n\u2060\u200b\n".encode()),
        [("invisible.txt", "no letters or digits")],
    ),
    "front matter list": (
        write("list-front.md", b"---\n- a\n- b\n---\nBody text here.\n"),
        [("list-front.md", "front matter is not a mapping")],
    ),
    "front matter scalar": (
        write("scalar-front.md", b"---\njust a sentence\n---\nBody text here.\n"),
        [("scalar-front.md", "front matter is not a mapping")],
    ),
    "front matter python tag": (
        write(
            "python-tag.md",
            b"---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\nBody.\n",
        ),
        [("python-tag.md", "malformed front matter")],
    ),
    "CSV missing columns": (
        write("no-text.csv", b"url,body\nhttps://news.example/a,hello\n"),
        [("no-text.csv", "feed lacks column(s) title, text")],
    ),
    "CSV ragged rows": (
        ragged_csv,
        [("ragged.csv row 2", "more fields than the header"), ("ragged.csv row 3", "no text")],
    ),
    "JSONL broken lines": (
        write("broken.jsonl", b'{"title": "x"\n[1, 2]\n'),
        [("broken.jsonl line 1", "not JSON"), ("broken.jsonl line 2", "not a JSON object")],
    ),
    "symlink loop": (symlink_loop, [("loop.txt", "cannot read")]),
    "folder loop": (folder_loop, []),
    "named pipe": (named_pipe, [("pipe.txt", "not a regular file")]),
    "device": (device, [("zero.txt", "not a regular file")]),
    "unreadable": (unreadable, [("unreadable.txt", "cannot read: Permission denied")]),
    "duplicate id": (
        write("dup.md", b"The second dup\nThis file wants the id dup too.\n"),
        [("dup.md", "duplicate article id 'dup', also in")],
    ),
    "newline in the name": (
        write("new\nline.txt", b""),
        [("new\\nline.txt", "empty file")],
    ),
}


def simulate_unreadable(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Tests may run as root, for whom chmod 000 blocks nothing: then make opening that one
    file fail exactly as the kernel would for anyone else."""
    try:
        with path.open("rb"):
            pass
    except PermissionError:
        return  # not root: the real permission check applies
    real_open = os.open
    target = os.path.abspath(path)

    def refuse(file, flags, *args, **kwargs):
        if os.path.abspath(file) == target:
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    return tmp_path


def test_a_folder_of_broken_files_builds_the_good_ones_and_names_each_bad_one(project, monkeypatch):
    good_ids = good_folder(project / "good")
    hostile = project / "hostile"  # sorts after "good": the good dup.txt claims its id first
    hostile.mkdir()
    for make, _ in BAD.values():
        make(hostile)
    simulate_unreadable(monkeypatch, hostile / "unreadable.txt")
    TRIED["files in the broken-folder build"] += sum(
        len(files) for folder in ("good", "hostile") for _, _, files in os.walk(project / folder)
    )

    db = project / "out.db"
    result = _invoke_in(project, db)

    assert result.exit_code == 1, result.output  # "something failed"
    lines = result.stderr.splitlines()
    failures = [line for line in lines if line.startswith("failed: ")]
    for case, (_, expected) in BAD.items():
        for name, reason in expected:
            named = [line for line in failures if f"/{name}: " in line]
            assert len(named) == 1, f"{case}: expected one line naming {name!r} in {failures}"
            assert reason in named[0], f"{case}: {named[0]!r} lacks {reason!r}"
    expected_lines = sum(len(lines) for _, lines in BAD.values())
    assert len(failures) == expected_lines, "\n".join(failures)
    assert "Traceback" not in result.output

    built = {article for (article,) in rows(db, "SELECT id FROM articles")}
    survivors = {a for a in built if a.startswith(RAGGED_SURVIVOR)}
    assert len(survivors) == 1, "the good row of the ragged feed is built"
    assert built - survivors == good_ids
    assert rows(db, "SELECT path FROM articles WHERE id = 'dup'")[0][0].endswith("good/dup.txt")
    assert_consistent(db)


def _invoke_in(project: Path, db: Path):
    """``factdesk build good hostile`` run from the project folder, as an operator would."""
    cwd = Path.cwd()
    os.chdir(project)
    try:
        return CliRunner().invoke(
            main,
            ["--config", "config.yaml", "build", "good", "hostile", "--db", str(db)],
            catch_exceptions=False,
        )
    finally:
        os.chdir(cwd)


# -- generated files: whatever the bytes, the build names or builds each file ------------------
SENTENCES = st.sampled_from(
    [
        "Zelensky is set to meet Trump in Washington on Monday.",
        "The council delayed the vote.",
        "“We want peace,” he said.",
        "Mr. Smith arrived at 3 p.m. in the U.S. capital.",
        "Read also:",
        "[1] [Source]",
        "Monday, January 6, 2025",
        "# A heading",
        "- a list item",
        "@everyone <@123456789012345678> **bold** `code`",
        "",
    ]
)
TEXT = st.lists(
    st.one_of(SENTENCES, st.text(max_size=60), st.sampled_from(["\n", "\n\n", "\r\n", " "])),
    max_size=25,
).map("".join)


def front_matter(body: str, meta: object) -> str:

    return f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{body}"


def feed_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


CELLS = st.lists(st.one_of(TEXT, st.text(max_size=20)), max_size=6)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252"])


@st.composite
def article_file(draw) -> tuple[str, bytes]:
    """A file an operator might find in a scraped folder: text, Markdown with front matter,
    a CSV or JSON Lines feed, in various encodings, or plain bytes."""
    kind = draw(st.sampled_from(["txt", "md", "csv", "jsonl", "bytes"]))
    if kind == "bytes":
        suffix = draw(st.sampled_from([".txt", ".md", ".csv", ".jsonl"]))
        return suffix, draw(st.binary(max_size=3000))
    if kind == "txt":
        text = draw(TEXT)
    elif kind == "md":
        meta = draw(
            st.one_of(
                st.dictionaries(
                    st.sampled_from(["title", "url", "published", "author", "x"]),
                    st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.text())),
                ),
                st.lists(st.text(max_size=10), max_size=3),
                st.text(max_size=20),
            )
        )
        text = front_matter(draw(TEXT), meta)
    elif kind == "csv":
        header = draw(
            st.one_of(
                st.just(["url", "date", "title", "text"]),
                st.lists(st.sampled_from(["url", "date", "title", "text", "body", "Title"])),
            )
        )
        text = feed_csv([header, *draw(st.lists(CELLS, max_size=5))])
    else:
        values = st.one_of(st.text(max_size=40), TEXT, st.integers(), st.none())
        lines = draw(
            st.lists(
                st.one_of(
                    st.dictionaries(st.sampled_from(["url", "title", "text", "date"]), values),
                    st.lists(st.integers(), max_size=2),
                    st.text(max_size=20),
                ),
                max_size=5,
            )
        )
        text = "\n".join(json.dumps(line) for line in lines)
    encoding = draw(ENCODINGS)
    return f".{kind}", text.encode(encoding, errors="replace")


@HEAVY
@given(st.lists(article_file(), min_size=1, max_size=4))
def test_any_files_build_or_are_named_and_the_database_stays_consistent(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("generated")
    good = folder / "000-good.txt"
    good.write_text("Storm hits the coast\nA storm hit the coast on Friday.\n", encoding="utf-8")
    paths = []
    for number, (suffix, data) in enumerate(files, start=1):
        path = folder / f"file{number}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    TRIED["generated article files"] += len(files)

    db = folder / "out.db"
    report = build([folder], db)  # never raises for bad input

    assert all("\n" not in str(failure) for failure in report.failed)
    named = {
        str(failure).split(":")[0].split(" row ")[0].split(" line ")[0] for failure in report.failed
    }
    sources = {path for (path,) in rows(db, "SELECT DISTINCT path FROM articles")}
    assert str(good) in sources
    for path in paths:
        assert str(path) in sources or str(path) in named, f"{path.name} neither built nor named"
    assert_consistent(db)
