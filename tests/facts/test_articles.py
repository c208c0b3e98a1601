"""Reading article files: formats, metadata, ids, and one clear error per bad file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facts.articles import (
    SourceFile,
    article_id_from_url,
    discover,
    parse_text_article,
    read_source,
)
from facts.errors import ArticleError


def source(path: Path) -> SourceFile:
    return SourceFile(path, str(path))


def test_front_matter_gives_title_and_metadata(tmp_path):
    path = tmp_path / "summit.md"
    path.write_text(
        "---\ntitle: Leaders meet in Paris\nurl: https://example.org/a\npublished: 2025-08-18\n"
        "outlet: Example News\nauthor: A. Writer\n---\nThe leaders met on Monday. They agreed.\n",
        encoding="utf-8",
    )
    (article,) = read_source(source(path))
    assert article.id == "summit"
    assert article.title == "Leaders meet in Paris"
    assert article.text.startswith("Leaders meet in Paris\n\nThe leaders met")
    assert (article.url, article.published, article.outlet, article.author) == (
        "https://example.org/a",
        "2025-08-18",
        "Example News",
        "A. Writer",
    )


def test_an_id_in_front_matter_is_not_read_and_is_warned_of(tmp_path):
    """The id is the file name (README, DESIGN.md); an ``id:`` in front matter was passed
    over without a word though the operator meant it. One that differs is a warning naming
    the file; the same id, or none, is none."""
    path = tmp_path / "summit.md"
    path.write_text("---\nID: paris-summit\n---\nThe leaders met on Monday.\n", encoding="utf-8")
    (article,) = read_source(source(path))
    assert article.id == "summit"
    (note,) = article.notes
    assert "summit.md" in note and "'paris-summit' is not read" in note and "\n" not in note
    path.write_text("---\nid: summit\n---\nThe leaders met on Monday.\n", encoding="utf-8")
    assert read_source(source(path))[0].notes == ()


def test_a_headline_with_no_text_under_it_is_built_and_warned_of(tmp_path):
    """Front matter alone, a body that is its title, or a feed row whose text is its title
    (what a scraper stopped by a paywall leaves) was built without a word, though the story
    is missing;
    the headline is still built (it is citable), with a warning naming the file."""
    bare = tmp_path / "bare.md"
    bare.write_text("---\ntitle: Harbour reopens\n---\n\n", encoding="utf-8")
    one = tmp_path / "one.txt"
    one.write_text("---\ntitle: Harbour reopens\n---\nHarbour reopens\n", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"url": "https://x.test/a", "title": "Dam bursts", "text": "Dam bursts"}) + "\n",
        encoding="utf-8",
    )
    for path, where in ((bare, "bare.md:"), (one, "one.txt:"), (feed, "feed.jsonl row 1:")):
        (article,) = read_source(source(path))
        (note,) = article.notes
        assert where in note and "no text under the headline" in note, note
    one.write_text("Harbour reopens\nThe harbour reopened on Friday.\n", encoding="utf-8")
    assert read_source(source(one))[0].notes == ()
    one.write_text("Harbour reopens\n", encoding="utf-8")  # a headline written alone
    assert read_source(source(one))[0].notes == ()


@pytest.mark.parametrize(
    "markdown",
    ["```\nprint('hello')\n```\n", "| a | b |\n|---|---|\n| 1 | 2 |\n", "![a map](map.png)\n"],
)
def test_a_markdown_file_with_nothing_a_page_shows_as_text_says_why(tmp_path, markdown):
    """A `.md` of a code block, a table or an image alone failed with "no text", of a file
    plainly holding text: it says that Markdown's code, tables and images are left out."""
    path = tmp_path / "snippet.md"
    path.write_text(markdown, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"snippet.md: no text once read as Markdown \(code"):
        read_source(source(path))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("council\nvote.txt", "council vote"),
        ("council\r\n\tvote.md", "council vote"),
        ("council vote.txt", "council vote"),
        ("\n.txt", "\\n"),
    ],
)
def test_an_id_holds_nothing_that_cannot_be_typed(tmp_path, name, expected):
    """A file name with a line break (a script's `echo` into a name) gave an id with one,
    which `/sources` on Discord and `--article` could never be given: it is a space."""
    path = tmp_path / name
    path.write_text("The council met on Monday. It voted.\n", encoding="utf-8")
    (article,) = read_source(source(path))
    assert article.id == expected


def test_a_feed_row_named_by_its_number_has_a_typable_id_too(tmp_path):
    path = tmp_path / "feed\n2025.csv"
    path.write_text("title,text\n,The council met on Monday.\n", encoding="utf-8")
    (article,) = read_source(source(path))
    assert article.id == "feed 2025-row-1"


def test_front_matter_keys_are_read_in_any_case_as_feed_columns_are(tmp_path):
    """A feed's ``Title`` and ``URL`` columns are its title and url; front matter's ``Title:``
    and ``Published:`` were passed over without a word, and the article was titled with its
    first sentence, undated and without its link."""
    path = tmp_path / "summit.md"
    path.write_text(
        "---\nTitle: Leaders meet in Paris\nURL: https://example.org/a\nPublished: 2025-08-18\n"
        "Outlet: Example News\nAUTHOR: A. Writer\n---\nThe leaders met on Monday. They agreed.\n",
        encoding="utf-8",
    )
    (article,) = read_source(source(path))
    assert article.title == "Leaders meet in Paris"
    assert (article.url, article.published, article.outlet, article.author) == (
        "https://example.org/a",
        "2025-08-18",
        "Example News",
        "A. Writer",
    )
    twice = tmp_path / "twice.md"
    twice.write_text("---\ntitle: One\nTitle: Two\n---\nBody.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="front matter gives 'title' twice"):
        read_source(source(twice))


@pytest.mark.parametrize("before", ["\n", "\n\n", " \r\n\t\n", "\ufeff\n"])
def test_front_matter_after_blank_lines_is_still_front_matter(tmp_path, before):
    """A file saved with a blank line first (a template, a generator) was read as an article
    titled "---" whose first quotable sentence was "title: Leaders meet", and its url and date
    were lost; the first non-empty line is where the title is looked for anyway."""
    path = tmp_path / "summit.md"
    path.write_text(
        before + "---\ntitle: Leaders meet\nurl: https://example.org/a\n---\nThey met.\n",
        encoding="utf-8",
    )
    (article,) = read_source(source(path))
    assert (article.title, article.url) == ("Leaders meet", "https://example.org/a")
    assert article.text == "Leaders meet\n\nThey met."
    unclosed = tmp_path / "unclosed.md"
    unclosed.write_text(before + "---\ntitle: Leaders meet\nThey met.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="never closed"):
        read_source(source(unclosed))
    broken = tmp_path / "broken.md"
    broken.write_text(before + "---\ntitle: t\nflag: !!bool maybe\n---\nBody.\n")
    line = 3 + (before + "---\n").count("\n") - 1  # the file's line of "flag:"
    with pytest.raises(ArticleError, match=f"front matter \\(line {line}\\)"):
        read_source(source(broken))


def test_toml_front_matter_is_named_not_quoted_as_prose(tmp_path):
    """A Hugo site's articles open with TOML front matter between "+++" lines: each became an
    article titled "+++" whose first quotable sentence was 'title = "Leaders meet"'."""
    path = tmp_path / "summit.md"
    path.write_text('+++\ntitle = "Leaders meet"\ndate = 2025-08-17\n+++\nThey met.\n', "utf-8")
    with pytest.raises(ArticleError, match=r"TOML front matter \(between \+\+\+ lines\) is not"):
        read_source(source(path))
    prose = tmp_path / "plus.txt"
    prose.write_text("Scores\n+++ Rovers won 3-1 on Monday.\n", "utf-8")
    assert read_source(source(prose))[0].title == "Scores"


def test_without_front_matter_the_first_line_is_the_title(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\n\n# Storm hits coast\nThe storm hit on Friday.\n", encoding="utf-8")
    (article,) = read_source(source(path))
    assert article.title == "Storm hits coast"
    assert article.text[article.title_start : article.title_end] == "Storm hits coast"


def test_a_markdown_heading_equal_to_the_front_matter_title_is_not_doubled(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Storm hits coast\n---\n# Storm hits coast\n\nRain.\n", encoding="utf-8"
    )
    (article,) = read_source(source(path))
    assert article.text.count("Storm hits coast") == 1


def test_csv_feed_gives_one_article_per_row_with_url_ids(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        'url,date,title,text\nhttps://x.org/wiki/A_b,2020-01-01,"A b","Body one. More."\n'
        'https://x.org/wiki/C,2020-01-02,C,"Body two."\n',
        encoding="utf-8",
    )
    first, second = read_source(source(path))
    assert first.id == article_id_from_url("https://x.org/wiki/A_b")
    assert first.id.startswith("a-b-") and first.published == "2020-01-01"
    assert second.title == "C" and second.row == 2


def test_a_feeds_published_column_is_its_date_as_in_front_matter(tmp_path):
    """Front matter takes `published` (or `date`), and the database calls it `published`; a
    feed's `published` column was passed over without a word, every row left undated."""
    path = tmp_path / "feed.csv"
    path.write_text(
        'url,published,title,text\nhttps://x.org/a,2020-01-01,A,"Body one."\n', encoding="utf-8"
    )
    (article,) = read_source(source(path))
    assert article.published == "2020-01-01"
    jsonl = tmp_path / "feed.jsonl"
    row = {"url": "https://x.org/b", "published": 2024, "title": "B", "text": "Body two."}
    jsonl.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (article,) = read_source(source(jsonl))
    assert article.published == "2024"


def test_article_ids_from_urls_are_stable_and_distinct():
    a = article_id_from_url("https://en.wikinews.org/wiki/Storm")
    assert a == article_id_from_url("https://en.wikinews.org/wiki/Storm")
    assert a != article_id_from_url("https://en.wikinews.org/wiki/Storm_2")


def test_jsonl_feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"url": "https://x.org/1", "date": "2020", "title": "One", "text": "Text one."},
        {"url": "https://x.org/2", "title": "Two", "text": ""},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    results = read_source(source(path))
    assert results[0].title == "One"
    assert isinstance(results[1], ArticleError) and "no text" in str(results[1])
    assert isinstance(results[2], ArticleError) and "line 3" in str(results[2])


def test_a_jsonl_line_python_cannot_read_is_named_and_the_rows_after_it_kept(tmp_path):
    """Valid JSON nested 100,000 deep, or with a 5,000-digit number, raised RecursionError or
    ValueError out of the feed: "internal error", and the whole build stopped."""
    path = tmp_path / "feed.jsonl"
    path.write_text(
        "[" * 100_000
        + "]" * 100_000
        + '\n{"title": "n", "text": "x", "date": 1'
        + "0" * 5000
        + '}\n{"title": "Three", "text": "Text three."}\n',
        encoding="utf-8",
    )
    first, second, third = read_source(source(path))
    assert str(first) == f"{path} line 1: not JSON (nested too deeply)"
    assert str(second) == f"{path} line 2: not JSON (a number too long to read)"
    assert third.title == "Three"


def test_a_jsonl_row_that_is_not_json_names_the_column(tmp_path):
    """A feed row holds a whole article: "not JSON (Unterminated string starting at)" named no
    place in a line thousands of characters long."""
    path = tmp_path / "feed.jsonl"
    body = "x" * 3000
    path.write_text(
        f'{{"title": "One", "text": "{body}", "url": "https://ex.com/a}}\n'
        '{"title": "Two" "text": "y"}\n{"title": "Three", "text": "Text three."}\n',
        encoding="utf-8",
    )
    first, second, third = read_source(source(path))
    assert str(first) == f"{path} line 1: not JSON (Unterminated string starting at column 3037)"
    assert str(second) == f"{path} line 2: not JSON (Expecting ',' delimiter at column 17)"
    assert third.title == "Three"


def test_a_jsonl_row_whose_field_is_a_list_or_object_is_named_not_built(tmp_path):
    """Front matter refuses these; a feed row turned them into Python's repr, so a "text" of
    ``{"b": 1}`` was built and quotable as the sentence "{'b': 1}"."""
    path = tmp_path / "feed.jsonl"
    rows = [
        {"url": "https://x.org/1", "title": ["One", "Two"], "text": "Text one."},
        {"url": "https://x.org/2", "title": "Two", "text": {"b": 1}},
        {"url": "https://x.org/3", "title": "Three", "text": "Text three."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second, third = read_source(source(path))
    assert str(first) == f"{path} row 1: 'title' must be a single value, not a list"
    assert str(second) == f"{path} row 2: 'text' must be a single value, not an object"
    assert third.title == "Three"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.txt", "Caf\xe9 news.".encode("latin-1"), "not UTF-8"),
        ("bad-front.md", b"---\ntitle: [unclosed\n---\nBody.\n", "malformed front matter"),
        ("list-front.md", b"---\n- a\n- b\n---\nBody.\n", "not a mapping"),
        ("nested-front.md", b"---\ntitle: {a: 1}\n---\nBody.\n", "single value"),
        # values YAML turns into Python objects while reading, and fails to
        # (with a tag: a plain value is kept as written, see the test of front matter values)
        (
            "no-such-day.md",
            b"---\npublished: !!timestamp 2020-02-30\n---\nBody.\n",
            "front matter (line 2",
        ),
        ("bad-bool.md", b"---\ntitle: t\nflag: !!bool maybe\n---\nBody.\n", "front matter (line 3"),
        ("bad-time.md", b"---\npublished: !!timestamp soon\n---\nBody.\n", "front matter (line 2"),
        ("cols.csv", b"url,body\nhttps://x,hello\n", "lacks column"),
        # the second "title" column silently won: every article got the wrong headline
        ("twice.csv", b"url,title,text,Title\nhttps://x,A,Text.,B\n", "names column title twice"),
    ],
)
def test_bad_files_raise_one_clear_error_naming_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_source(source(path))
    message = str(caught.value)
    assert name in message and reason in message
    assert "\n" not in message


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Title here\nA sentence in UTF-16.\n".encode("utf-16"))
    (article,) = read_source(source(path))
    assert article.title == "Title here"


def test_files_over_the_size_limit_are_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Title\n" + "word " * 1000, encoding="utf-8")
    with pytest.raises(ArticleError, match="over the 100 limit"):
        read_source(source(path), max_bytes=100)


def test_the_size_limits_error_names_the_setting_that_raises_it(tmp_path):
    """A feed of a whole archive is often over the limit: the error named the limit, not
    where it is set."""
    path = tmp_path / "archive.jsonl"
    path.write_text('{"title": "T", "text": "The dam burst."}\n' * 10, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"over the 100 limit \(articles.max_bytes in config"):
        read_source(source(path), max_bytes=100)


def test_ragged_csv_rows_are_reported_and_good_rows_kept(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text(
        "url,date,title,text\nhttps://x/1,2020,One,Good text.\nhttps://x/2,2020,Two,Text,extra,more\n"
        "https://x/3,2020,Three\n",
        encoding="utf-8",
    )
    results = read_source(source(path))
    assert results[0].title == "One"
    assert isinstance(results[1], ArticleError) and "row 2" in str(results[1])
    assert isinstance(results[2], ArticleError) and "no text" in str(results[2])


def test_a_csv_quote_never_closed_is_named_not_swallowing_the_rows_after_it(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        'url,date,title,text\nhttps://x/1,2020,One,Good text.\nhttps://x/2,2020,Two,"Open\n'
        "https://x/3,2020,Three,Swallowed text.\n",
        encoding="utf-8",
    )
    results = read_source(source(path))
    assert results[0].title == "One"
    (error,) = results[1:]
    assert str(error) == f"{path} row 2: a quote opened here is never closed"


def test_feed_rows_without_a_url_keep_their_ids_when_a_row_is_added_above(tmp_path):
    path = tmp_path / "feed.csv"
    rows = "Storm hits coast,A storm hit the coast.\nVote delayed,The vote was delayed.\n"
    path.write_text("title,text\n" + rows, encoding="utf-8")
    before = [a.id for a in read_source(source(path))]
    path.write_text("title,text\nNew bridge,A bridge opened.\n" + rows, encoding="utf-8")
    after = [a.id for a in read_source(source(path))]
    assert after[1:] == before and before[0].startswith("storm-hits-coast-")


def test_discover_follows_linked_folders_once(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("A\nB.", encoding="utf-8")
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "linked").symlink_to(tmp_path / "real")
    (tmp_path / "news" / "linked" / "loop").symlink_to(tmp_path / "news")  # back up the tree
    found, errors = discover([tmp_path / "news"])
    assert [f.path.name for f in found] == ["a.txt"] and not errors


def test_discover_walks_folders_skips_hidden_and_readmes_and_reports_missing(tmp_path):
    (tmp_path / "a.txt").write_text("A\nB.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("B\nC.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "README.md").write_text("about this folder", encoding="utf-8")
    (tmp_path / "notes.pdf").write_text("x", encoding="utf-8")
    found, errors = discover([tmp_path, tmp_path / "missing"])
    assert [f.path.name for f in found] == ["a.txt", "b.md"]
    assert len(errors) == 1 and "missing" in str(errors[0]) and "no such" in str(errors[0])


@pytest.mark.parametrize("pattern", ["news/*.md", "news/2024-??", "news/[ab].txt"])
def test_a_pattern_in_a_path_is_not_expanded_and_the_error_says_so(tmp_path, pattern):
    """`articles.paths: ["news/*.md"]` said only "no such file or folder", with news/a.md
    there: paths are taken as written, and the error says to name the folder instead."""
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("A\n\nB.", encoding="utf-8")
    found, errors = discover([tmp_path / pattern])
    assert found == [] and len(errors) == 1
    message = str(errors[0])
    assert "no such file or folder" in message and "not expanded" in message
    assert "\n" not in message


def test_parse_keeps_read_also_headlines_as_metadata():
    article = parse_text_article(
        "x.txt",
        "Title.\nBody sentence here.\n[1] [Source]\nRead also:\n- Other story one\n- Other two\n",
    )
    assert article.related == ("Other story one", "Other two")
    assert "Read also" not in article.text[article.body_start : article.body_end]


BREAKS = {
    "vertical tab": "\v",
    "form feed": "\f",
    "next line (NEL)": "\x85",
    "line separator": "\u2028",
    "paragraph separator": "\u2029",
}


def _written(tmp_path: Path, kind: str, lines: list[str], sep: str) -> Path:
    if kind in (".txt", ".md"):
        path = tmp_path / f"story{kind}"
        path.write_text(sep.join(lines) + "\n", encoding="utf-8")
    elif kind == ".csv":
        path = tmp_path / "feed.csv"
        body = sep.join(lines[1:])
        path.write_text(f'url,date,title,text\nhttps://x.org/a,2020,{lines[0]},"{body}"\n', "utf-8")
    else:  # JSON allows U+2028 and U+2029 unescaped in strings, and escapes the rest
        path = tmp_path / "feed.jsonl"
        row = {"url": "https://x.org/a", "title": lines[0], "text": sep.join(lines[1:])}
        path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _citable(article):
    """The article's citable sentences, each checked to be the stored text at its offsets,
    verbatim, as a quote relies on."""
    from facts.extract import citable_sentences

    sentences = citable_sentences(article)
    for s in sentences:
        assert article.text[s.start : s.end] == s.text
    return sentences


def _quoted(path: Path, text: str) -> list[tuple[int, str]]:
    """(paragraph, sentence) of every citable sentence of ``text`` written to ``path``."""
    path.write_text(text, encoding="utf-8")
    (article,) = read_source(source(path))
    return [(s.paragraph, s.text) for s in _citable(article)]


@pytest.mark.parametrize("sep", BREAKS.values(), ids=BREAKS.keys())
@pytest.mark.parametrize("kind", [".txt", ".md", ".csv", ".jsonl"])
def test_other_line_and_page_breaks_end_lines_not_run_sentences_together(tmp_path, kind, sep):
    """Text pasted from a word processor or a PDF breaks lines with these: read as one line,
    the headline swallowed the whole story and a quote ran over three paragraphs."""
    lines = ["Big headline", "The minister resigned on Monday", "Talks resume in Geneva."]
    (article,) = read_source(source(_written(tmp_path, kind, lines, sep)))
    sentences = _citable(article)
    assert article.title == "Big headline"
    assert [s.text for s in sentences] == lines
    assert [s.paragraph for s in sentences] == [0, 1, 2]
    assert not set(BREAKS.values()) & set(article.text)


def test_a_file_reached_twice_through_a_linked_folder_is_one_article(tmp_path):
    """`articles.paths: [seeds, archive]` with archive a link into seeds: every build named
    each shared file a duplicate of itself and exited 1."""
    (tmp_path / "seeds" / "2019").mkdir(parents=True)
    (tmp_path / "seeds" / "2019" / "a.txt").write_text("A\nB.", encoding="utf-8")
    (tmp_path / "archive").symlink_to(tmp_path / "seeds" / "2019")
    paths = [tmp_path / "seeds", tmp_path / "archive", tmp_path / "archive" / "a.txt"]
    found, errors = discover(paths)
    assert [f.path for f in found] == [tmp_path / "seeds" / "2019" / "a.txt"] and not errors
    found, errors = discover(paths[::-1])  # whichever path comes first names it
    assert [f.path for f in found] == [tmp_path / "archive" / "a.txt"] and not errors


def test_markdown_subheadings_are_not_quoted_and_quotes_start_after_list_and_quote_marks(
    tmp_path,
):
    """ "what were the reactions from officials" was answered by quoting the sub-heading
    "## Reactions from officials", and bullets came out as "\\* Two bridges ..."."""
    text = (
        "# Floods hit the valley\n\nRain flooded homes on Tuesday.\n\n"
        "## Reactions from officials\n\nThe governor opened shelters.\n\n"
        "* Farmers lost the harvest.\n- Two bridges were washed away.\n"
        '2. Schools closed.\n\n> > "Never seen this," said a farmer.\n'
    )
    assert _quoted(tmp_path / "floods.md", text) == [
        (0, "Floods hit the valley"),
        (1, "Rain flooded homes on Tuesday."),
        (2, "The governor opened shelters."),
        (3, "Farmers lost the harvest."),
        (4, "Two bridges were washed away."),
        (5, "Schools closed."),
        (6, '"Never seen this," said a farmer.'),
    ]


def test_markdown_underlined_subheadings_are_not_quoted_either(tmp_path):
    """A sub-heading underlined with --- or === (setext, as markdownify and pandoc write
    them) was quoted: "what were the reactions" got "> Reactions [1]", and a heading of 40
    characters or more ran on into its underline. A sentence right above a rule stays."""
    text = (
        "Floods hit the valley\n=====================\n\nRain flooded homes on Tuesday.\n\n"
        "Reactions\n---------\n\nThe governor opened shelters.\n\n"
        "Reactions from officials across the whole region\n===\n\n"
        "The mayor thanked the volunteers.\n---\n\nRoads reopened on Friday.\n"
    )
    assert _quoted(tmp_path / "floods.md", text) == [
        (0, "Floods hit the valley"),
        (1, "Rain flooded homes on Tuesday."),
        (2, "The governor opened shelters."),
        (3, "The mayor thanked the volunteers."),
        (4, "Roads reopened on Friday."),
    ]
    # plain text has no Markdown: a line of dashes is a rule
    plain = "Floods\nReactions\n---------\nThe governor opened shelters.\n"
    assert (1, "Reactions") in _quoted(tmp_path / "floods.txt", plain)


def test_markdown_code_tables_images_and_comments_are_not_quoted(tmp_path):
    """Tables ("| Team | Points |" and its "|---|" row), fenced and indented code, images and
    HTML comments in a .md article were stored as citable sentences. They are skipped as
    headings are; the prose around them keeps exact offsets, a list item's indented
    continuation is still prose, and a comment or image opening the file is not the title."""
    from facts.extract import citable_sentences

    path = tmp_path / "league.md"
    path.write_text(
        "<!-- saved by markdownify -->\n# Rovers win the league\n\n"
        "Rovers won the title on Sunday.\n\n"
        "| Team | Points |\n|------|--------|\n| Rovers | 81 |\n\n"
        "Team | Goals\n--- | ---\nRovers | 70\n\n"
        '```python\nprint("Rovers won. City lost.")\n```\n\n'
        "~~~\nTable built. From results.\n~~~\n\n"
        "    indented code. Not prose.\n\n"
        "![The captain lifts the trophy.](cup.jpg)\n\n"
        "![](crowd.jpg) Fans filled the square. <!-- check the number -->\n\n"
        "* The coach thanked the fans.\n\n    He stays for two more years.\n\n"
        "<!-- a note\nover two lines. -->\nCity finished second.\n",
        encoding="utf-8",
    )
    (article,) = read_source(source(path))
    sentences = citable_sentences(article)
    assert [s.text for s in sentences] == [
        "Rovers win the league",
        "Rovers won the title on Sunday.",
        "Fans filled the square.",
        "The coach thanked the fans.",
        "He stays for two more years.",
        "City finished second.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 2, 3, 4, 5]
    for s in sentences:
        assert article.text[s.start : s.end] == s.text
    plain = tmp_path / "league.txt"  # plain text has no Markdown: its lines are all prose
    plain.write_text("Rovers win\n| Team | Points |\n![The captain lifts the trophy.](cup.jpg)\n")
    (article,) = read_source(source(plain))
    assert len(citable_sentences(article)) == 3


TERMINAL_CONTROLS = "\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x7f\x9b"  # clipboard, clear screen...


@pytest.mark.parametrize("kind", [".txt", ".md", ".csv", ".jsonl"])
def test_control_characters_in_article_text_are_stored_as_spaces(tmp_path, kind):
    """A feed row (or a long enough file) holding terminal escapes was stored as it came, and
    `factdesk ask` and `chat` printed them raw: a scraped sentence could clear the operator's
    screen or write their clipboard (OSC 52). A short file full of them is still binary."""
    controls = TERMINAL_CONTROLS + ("\x00" if kind == ".jsonl" else "")  # a NUL byte is binary
    lines = [
        f"Big {controls}headline",
        f"The minister resigned on Monday{controls}.",
        "Talks resume in Geneva. " * 20,
    ]
    (article,) = read_source(source(_written(tmp_path, kind, lines, "\n")))
    unwanted = {ch for ch in controls if not ch.isprintable()}
    assert not unwanted & set(article.text) and not unwanted & set(article.title)
    sentences = _citable(article)
    assert sentences[1].text.startswith("The minister resigned on Monday")


def test_control_characters_in_front_matter_are_stored_as_spaces(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "Storm \\e]0;owned\\a hits"\nauthor: "A \\e[2J Writer"\n---\nRain fell.\n',
        encoding="utf-8",
    )
    (article,) = read_source(source(path))
    assert (article.title, article.author) == ("Storm ]0;owned hits", "A  [2J Writer")


@pytest.mark.parametrize(
    "text",
    [
        '[{"title": "One", "text": "Text one."}, {"title": "Two", "text": "Text two."}]\n',
        '[\n  {"title": "One", "text": "Text one."},\n  {"title": "Two", "text": "Text two."}\n]\n',
        '{\n  "title": "One",\n  "text": "Text one."\n}\n',
    ],
    ids=["array", "pretty array", "pretty object"],
)
def test_a_jsonl_file_holding_one_json_document_is_one_clear_error(tmp_path, text):
    """A .jsonl saved as plain JSON (an array, or pretty-printed) got an error per line ("not
    JSON (Extra data)", "not a JSON object"), and a pretty array's one-line rows were built."""
    path = tmp_path / "feed.jsonl"
    path.write_text(text, encoding="utf-8")
    (error,) = read_source(source(path))
    assert isinstance(error, ArticleError)
    assert str(error) == (
        f"{path}: one JSON document, not JSON Lines: write one article object per line"
    )


@pytest.mark.parametrize(("sep", "name"), [("\t", "tabs"), (";", "semicolons")])
def test_a_feed_separated_by_tabs_or_semicolons_says_so(tmp_path, sep, name):
    """Spreadsheets export .csv with semicolons (in many locales) or tabs: the error said the
    feed "lacks column(s) title, text" though both were there."""
    path = tmp_path / "feed.csv"
    path.write_text(sep.join(["url", "date", "title", "text"]) + "\nx\n", encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        read_source(source(path))
    assert str(caught.value) == (
        f"{path}: feed lacks column(s) title, text (its header is separated by {name}: "
        "factdesk reads comma-separated feeds)"
    )


def test_front_matter_values_are_kept_as_written_not_as_yaml_reads_them(tmp_path):
    """YAML 1.1 reads plain values as numbers, truth values and dates: `title: 12:30` became the
    headline "750" (base 60), `title: Yes` "True", `title: 3.10` "3.1", `author: No` "False",
    and a timestamp came back reformatted. The headline is a citable sentence, so the bot
    quoted words the article does not have. An impossible date (`2020-02-30`) failed the file.
    Values are now the text the file holds; an empty value or `~` is still no value."""
    cases = {
        "12:30": "12:30",
        "Yes": "Yes",
        "3.10": "3.10",
        "0x1F": "0x1F",
        "1_000": "1_000",
        "2020-02-30": "2020-02-30",
        "2024-01-05T10:00:00Z": "2024-01-05T10:00:00Z",
        "'quoted: 12:30'": "quoted: 12:30",
    }
    for number, (written, kept) in enumerate(cases.items()):
        path = tmp_path / f"a{number}.md"
        path.write_text(
            f"---\ntitle: {written}\nauthor: {written}\npublished: {written}\n---\n"
            "The council met on Monday.\n",
            encoding="utf-8",
        )
        (article,) = read_source(source(path))
        assert (article.title, article.author, article.published) == (kept, kept, kept)
        assert article.text.startswith(f"{kept}\n\nThe council met")
    for empty in ("", "~", "null"):
        path = tmp_path / "empty.md"
        path.write_text(f"---\ntitle: {empty}\n---\nHeadline\nThe council met.\n", "utf-8")
        (article,) = read_source(source(path))
        assert article.title == "Headline"


def test_markdown_inline_markup_is_not_quoted_and_footnotes_are_no_sentences(tmp_path):
    """A member was shown "The council \\[approved](https://…) the budget on \\*\\*Tuesday\\*\\*":
    the stored text was the file's source, and a footnote "[^1]: The vote …" was quoted as a
    sentence. A Markdown article is stored as its page shows it, so a quote, still the stored
    text at its offsets, reads as the page does."""
    text = (
        "# Council passes the *budget*\n\n"
        "The council [approved](https://example.org/vote) the budget on **Tuesday**.[^1] "
        "The mayor called it `fair` &amp; \\*final\\*.\n"
        "Critics ~~agreed~~ disagreed with a long line that wraps\n"
        "onto the next one.\n\n"
        "> Taxes will not rise, said the ![chart](c.png) treasurer.\n\n"
        "```\nprint('no prose')\n```\n\n"
        "| Party | Votes |\n|---|---|\n| A | 7 |\n\n"
        "<p>Turnout was <b>high</b>.</p>\n\n"
        "[^1]: The vote was 7-2.\n"
    )
    assert _quoted(tmp_path / "council.md", text) == [
        (0, "Council passes the budget"),
        (1, "The council approved the budget on Tuesday."),
        (1, "The mayor called it fair & *final*."),
        (2, "Critics disagreed with a long line that wraps\nonto the next one."),
        (3, "Taxes will not rise, said the treasurer."),
        (4, "Turnout was high."),
    ]


def test_a_plain_text_article_keeps_its_markup_as_written(tmp_path):
    """Only Markdown files are rendered: a .txt article is stored exactly as written."""
    text = "Title\nThe council [approved](x) the budget on **Tuesday**.\n"
    assert _quoted(tmp_path / "council.txt", text)[1] == (
        1,
        "The council [approved](x) the budget on **Tuesday**.",
    )
