"""Sentence splitting: exact offsets always, and the boundaries a newsroom expects."""

from __future__ import annotations

import csv

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facts.articles import SourceFile, parse_text_article, read_source
from facts.extract import citable_sentences
from facts.sentences import paragraph_spans, sentence_spans
from tests.conftest import FIXTURES, SEEDS, WIKINEWS, need_shared


def sentences(text: str) -> list[str]:
    return [s.of(text) for s in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. President spoke. He left.", ["The U.S. President spoke.", "He left."]),
        ("He moved to the U.S. The move was long.", ["He moved to the U.S.", "The move was long."]),
        (
            "Mr. Smith met Dr. Jones on Jan. 5. They talked.",
            ["Mr. Smith met Dr. Jones on Jan. 5.", "They talked."],
        ),
        (
            "Gen. Milley and J. K. Rowling met. Then rain.",
            ["Gen. Milley and J. K. Rowling met.", "Then rain."],
        ),
        (
            "Revenue was $2.1 billion. Costs fell 3.5%.",
            ["Revenue was $2.1 billion.", "Costs fell 3.5%."],
        ),
        ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
        ("Is it over? Nobody knows! Wait.", ["Is it over?", "Nobody knows!", "Wait."]),
        ("The talks (held in Paris.) ended. Next.", ["The talks (held in Paris.) ended.", "Next."]),
        ("See No. 5 for details. Done.", ["See No. 5 for details.", "Done."]),
        ("The U.K. and the E.U. agreed.", ["The U.K. and the E.U. agreed."]),
        ("It began at 6 a.m. on Monday.", ["It began at 6 a.m. on Monday."]),
        (
            "Tokenised text ends like this . Next sentence .",
            ["Tokenised text ends like this .", "Next sentence ."],
        ),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentences(text) == expected


def test_a_paragraph_per_line_and_blank_lines_both_separate_paragraphs():
    text = "First para.\nSecond para.\n\nThird para."
    assert [p.of(text) for p in paragraph_spans(text)] == [
        "First para.",
        "Second para.",
        "Third para.",
    ]


def test_in_plain_text_every_line_is_a_paragraph():
    text = "A line without a full stop at the end of it that is long\nMore text."
    assert len(paragraph_spans(text)) == 2


def test_hard_wrapped_markdown_lines_join_into_one_paragraph():
    text = (
        "This sentence was wrapped by an editor at a fixed width and it\n"
        "goes on here. Next one.\n\nNew paragraph."
    )
    paragraphs = [p.of(text) for p in paragraph_spans(text, soft_wraps=True)]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("This sentence") and paragraphs[0].endswith("Next one.")


def test_seed_title_is_paragraph_zero_and_offsets_check(seed_text):
    article = parse_text_article(SEEDS / "seed.txt", seed_text)
    found = citable_sentences(article)
    assert found[0].is_title and found[0].paragraph == 0
    assert found[0].text.startswith("Ukraine requires authentic security guarantees")
    for s in found:
        assert article.text[s.start : s.end] == s.text


def test_seed_boilerplate_is_not_citable(seed_text):
    article = parse_text_article(SEEDS / "seed.txt", seed_text)
    texts = [s.text for s in citable_sentences(article)]
    assert not any("[Source]" in t for t in texts)
    assert not any(t.startswith(("Read also", "- ")) for t in texts)
    assert len(article.related) == 4
    assert article.related[0].startswith("United States tariffs pose a threat to India")


def _check_offsets(articles):
    checked = 0
    for article in articles:
        for s in citable_sentences(article):
            assert article.text[s.start : s.end] == s.text, (article.id, s)
            assert s.text == s.text.strip() and s.text
            checked += 1
    return checked


def test_offsets_hold_on_every_sentence_of_the_wikinews_corpus():
    folder = need_shared(WIKINEWS)
    articles = [
        a for path in sorted(folder.glob("*.csv")) for a in read_source(SourceFile(path, str(path)))
    ]
    assert len(articles) == 295
    assert _check_offsets(articles) > 10_000


def test_offsets_hold_on_the_bundled_wikinews_excerpts():
    paths = sorted((FIXTURES / "wikinews_excerpts").glob("*.*"))
    articles = [
        a
        for p in paths
        if p.suffix in (".txt", ".md", ".csv")
        for a in read_source(SourceFile(p, str(p)))
    ]
    if not articles:
        pytest.skip("no bundled excerpts yet")
    assert _check_offsets(articles) > 0


def test_wikinews_dateline_is_metadata_not_a_sentence():
    folder = need_shared(WIKINEWS)
    path = folder / "wikinews_2019.csv"
    first = read_source(SourceFile(path, str(path)))[0]
    texts = [s.text for s in citable_sentences(first)]
    assert first.published == "2019-01-04"
    assert not any(t.startswith("Friday, January 4, 2019") for t in texts)


@given(st.text(max_size=400))
def test_offsets_hold_for_any_text(text):
    for paragraph in paragraph_spans(text):
        for span in sentence_spans(text, paragraph.start, paragraph.end):
            piece = text[span.start : span.end]
            assert piece and piece == piece.strip()
            assert paragraph.start <= span.start < span.end <= paragraph.end


def test_csv_module_reads_wikinews_like_our_reader():
    folder = need_shared(WIKINEWS)
    with open(folder / "wikinews_2020.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 124


@pytest.mark.parametrize(
    "line",
    [
        "![." * 60_000,  # images opened and never closed
        "[![a](b)](" * 20_000,  # many images, each looked at once
        "<!--a-->" * 20_000 + "![a](b)",
        "![a](b)" * 20_000 + "<!-- x",
        "<a " * 40_000,  # tags opened and never closed
        "<br/>" * 20_000,
    ],
)
def test_markdown_lines_of_many_images_or_comments_are_hidden(line):
    """Each image was looked for from every "![" to the end of its line, and the next comment
    once per image: a 180,000-character line of "![." took 30 seconds to build. Reading is
    linear now; a regression would show as a slow suite rather than a failure, since tests
    assert no timings (speed is the benchmarks' job)."""
    text = "Title\n\n" + line + "\n\nThe mayor resigned.\n"
    last = paragraph_spans(text, soft_wraps=True)[-1].of(text)
    # a comment left open runs to the end, as in CommonMark
    assert last == ("Title" if line.endswith("<!-- x") else "The mayor resigned.")


def test_html_tags_in_markdown_are_no_prose():
    # Markdown passes HTML through to the page, where a tag shows no text: "<p>The council
    # approved ...</p>" was quoted with its tags, and a line of "<div>" was a sentence
    text = (
        'Title\n\n<div class="story">\n<p>The council approved the budget.</p>\n</div>\n\n'
        "See <https://example.org> for more: turnout was < 40% and > 30%.\n"
    )
    shown = [p.of(text) for p in paragraph_spans(text, soft_wraps=True)]
    assert shown == [
        "Title",
        "The council approved the budget.",
        "See <https://example.org> for more: turnout was < 40% and > 30%.",
    ]
