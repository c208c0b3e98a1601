"""The scaled benchmark corpus: distinct copies that dedup cannot collapse, gold that survives."""

from __future__ import annotations

import hashlib

from bench.corpus import Record, as_text_file, generate, read_records, touch_fraction, vary
from bench.questions import DEFAULT_QUESTIONS, load_questions
from tests.conftest import SEEDS, WIKINEWS, need_shared

STORY = Record(
    title="Council delays vote",
    text="Friday, March 6, 2020\n\nThe council said on Monday it would delay the vote by 14 days."
    "\n\nOfficials announced the city budget.\n\nA large crowd gathered in 2019.",
    url="https://example.org/council",
    date="2020-03-06",
)


def test_copy_zero_is_the_original_and_later_copies_differ():
    assert vary(STORY, 0, 0) == STORY
    copies = [vary(STORY, c, 0) for c in range(1, 6)]
    assert len({c.text for c in copies} | {STORY.text}) == 6
    assert len({c.url for c in copies}) == 5


def test_variation_keeps_the_dateline_first_and_every_paragraph():
    copy = vary(STORY, 3, 0)
    paragraphs = copy.text.split("\n\n")
    assert paragraphs[0].startswith(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                     "Saturday", "Sunday"))  # fmt: skip
    assert len(paragraphs) == len(STORY.text.split("\n\n"))
    assert "on Thursday it would" in copy.text  # weekdays rotate: copy 3 moves them 3 days on


def test_generated_files_have_distinct_ids_and_contents(tmp_path):
    records = read_records([SEEDS])
    files = generate(records, tmp_path, 4)
    assert len(files) == 4 * len(records)
    assert len({f.stem for f in files}) == len(files)
    assert len({hashlib.sha256(f.read_bytes()).hexdigest() for f in files}) == len(files)
    assert files[0].read_text(encoding="utf-8").startswith("---\ntitle: ")


def test_a_csv_feed_per_copy_builds_with_distinct_urls(tmp_path):
    from facts import build

    files = generate([STORY, vary(STORY, 9, 1)], tmp_path / "feeds", 3, fmt="csv")
    assert [f.name for f in files] == ["copy000.csv", "copy001.csv", "copy002.csv"]
    report = build([tmp_path / "feeds"], tmp_path / "f.db", workers=1)
    assert report.ok and report.articles == 6


def test_touching_one_percent_changes_that_many_files(tmp_path):
    files = generate(read_records([SEEDS]), tmp_path, 150)
    before = {f: f.read_bytes() for f in files}
    touched = touch_fraction(files, 0.01)
    assert len(touched) == 2
    assert [f for f in files if f.read_bytes() != before[f]] == sorted(touched)


def test_text_files_carry_title_url_and_date_as_front_matter():
    text = as_text_file(STORY)
    assert text.startswith("---\ntitle: Council delays vote\nurl: https://example.org/council\n")
    assert "published: '2020-03-06'" in text


def test_every_gold_answer_is_in_the_wikinews_articles_and_survives_variation():
    need_shared(WIKINEWS)
    records = read_records([WIKINEWS])
    assert len(records) == 295
    for question in load_questions(DEFAULT_QUESTIONS):
        for gold in question.gold:
            holders = [r for r in records if gold in f"{r.title}\n{r.text}"]
            assert holders, f"gold of {question.text!r} not in the corpus: {gold!r}"
            for copy in range(1, 8):
                varied = [vary(r, copy, i) for i, r in enumerate(holders)]
                assert any(gold in f"{v.title}\n{v.text}" for v in varied), (question.text, gold)


def test_an_article_with_front_matter_or_in_markdown_is_read_as_factdesk_reads_it(tmp_path):
    """qa28: `--source` with .txt articles in front-matter form (what this harness writes, and
    factdesk builds) took "---" as every title and the front matter as the first paragraph;
    a .md article was passed over."""
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Harbour reopens\nurl: https://x.org/a\npublished: '2020-01-03'\n---\n"
        "The city harbour reopened on Friday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text("# Zoo opens\n\nThe zoo opened on Monday.\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Dam opens\nThe dam opened.\n", encoding="utf-8")
    records = {r.title: r for r in read_records([tmp_path])}
    assert set(records) == {"Harbour reopens", "Zoo opens", "Dam opens"}
    harbour = records["Harbour reopens"]
    assert (harbour.text, harbour.url, harbour.date) == (
        "The city harbour reopened on Friday.",
        "https://x.org/a",
        "2020-01-03",
    )
    assert records["Zoo opens"].text == "The zoo opened on Monday."
    assert records["Dam opens"].text == "The dam opened."
