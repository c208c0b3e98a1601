"""Scale a small set of news articles into a large benchmark corpus, without duplicates.

A benchmark that builds 100 byte-identical copies of an article measures a cache, not a build:
content hashes, FTS posting lists and any future deduplication would all make the copies almost
free. So every copy after the first gets its own id and url and a light, deterministic variation:
numbers are swapped for others of the same length, weekday names rotate, a few common words trade
places with a synonym, and the paragraphs after the first are shuffled. Copy 0 is the original
text, so the gold sentences of the question set are always present verbatim at least once.

The default source is the 295 Wikinews articles (CC BY 2.5, https://en.wikinews.org) in the
shared data folder; the output is one ``.txt`` file per article with YAML front matter, a folder
per copy — many small files, the way operators feed ``factdesk build``. ``fmt="csv"`` writes one
feed per copy instead.
"""

from __future__ import annotations

import csv
import io
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from facts.articles import TEXT_SUFFIXES, parse_text_article
from facts.errors import ArticleError

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Word swaps that keep a sentence grammatical; applied to some occurrences, not all.
SWAPS = {
    "said": "stated",
    "stated": "said",
    "announced": "declared",
    "people": "persons",
    "city": "town",
    "reported": "noted",
    "officials": "authorities",
    "large": "big",
    "began": "started",
    "about": "around",
}
SWAP_RATE = 0.3
CORRECTION = "\n\nThis article was corrected after publication."

_NUMBER = re.compile(r"(?<![\w.,-])\d+(?![\w])")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
_SWAP = re.compile(r"\b(" + "|".join(SWAPS) + r")\b")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n+")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Record:
    """One source article, format-neutral."""

    title: str
    text: str
    url: str = ""
    date: str = ""


def read_records(paths: Iterable[str | Path]) -> list[Record]:
    """Articles from Wikinews-style CSV feeds (url,date,title,text) and .txt or .md files.

    A plain .txt file's first line is its title; one with front matter, or Markdown, is read as
    factdesk reads it. Folders are read recursively in name order; their
    README and LICENSE files are not articles.
    """
    records: list[Record] = []
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                records.extend(_read_file(file))
            except (OSError, UnicodeDecodeError, csv.Error, ArticleError) as exc:
                # a file not UTF-8 (or unreadable, or a broken feed) was a traceback
                reason = getattr(exc, "strerror", None) or str(exc)
                raise ValueError(f"{file}: cannot read it as articles ({reason})") from None
    return records


def _read_file(file: Path) -> list[Record]:
    suffix = file.suffix.lower()
    if suffix == ".csv":
        return list(_read_csv(file))
    if suffix not in TEXT_SUFFIXES or file.stem.lower() in ("readme", "license"):
        return []
    text = file.read_text(encoding="utf-8")
    if suffix == ".txt" and not text.startswith("---"):
        title, _, body = text.partition("\n")
        return [Record(title=title.strip(), text=body.strip())]
    # front matter (the form this harness writes, and factdesk builds) or Markdown: read as
    # factdesk reads it. Taken line by line, the title was "---" and the front matter's lines
    # the first paragraph of every copy; a .md article was passed over.
    article = parse_text_article(file, text)
    return [
        Record(
            title=article.title,
            text=article.text[article.title_end :].strip(),
            url=article.url or "",
            date=article.published or "",
        )
    ]


def _read_csv(path: Path) -> Iterator[Record]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if (row.get("text") or "").strip() and (row.get("title") or "").strip():
                yield Record(
                    title=row["title"].strip(),
                    text=row["text"].strip(),
                    url=(row.get("url") or "").strip(),
                    date=(row.get("date") or "").strip(),
                )


def vary(record: Record, copy: int, position: int) -> Record:
    """The ``copy``-th variant of an article: the original for copy 0, lightly changed after."""
    if copy == 0:
        return record
    rng = random.Random(f"{copy}:{position}")
    shift = copy % 7 or 1

    def number(match: re.Match[str]) -> str:
        return _other_number(match.group(0), rng)

    def weekday(match: re.Match[str]) -> str:
        return WEEKDAYS[(WEEKDAYS.index(match.group(0)) + shift) % 7]

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        return SWAPS[word] if rng.random() < SWAP_RATE else word

    def change(text: str) -> str:
        return _SWAP.sub(swap, _WEEKDAY.sub(weekday, _NUMBER.sub(number, text)))

    paragraphs = [p for p in _PARAGRAPHS.split(record.text) if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    text = "\n\n".join(change(p) for p in head + rest)
    url = f"{record.url}?copy={copy}" if record.url else ""
    return replace(record, title=change(record.title), text=text, url=url)


def _other_number(digits: str, rng: random.Random) -> str:
    """A different but plausible number: years stay years, small numbers stay days of a month."""
    value = int(digits)
    if len(digits) == 4 and 1900 <= value <= 2099:
        return str(value + rng.choice((-3, -2, -1, 1, 2, 3)))
    if len(digits) <= 2 and value <= 31:
        return str(rng.randint(1, 28))
    first = str(rng.randint(1, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])


def slug(title: str, limit: int = 40) -> str:
    return _SLUG.sub("-", title.lower()).strip("-")[:limit].strip("-") or "article"


def as_text_file(record: Record) -> str:
    """A .txt article with YAML front matter, the form `factdesk build` reads from folders."""
    meta = {"title": record.title}
    if record.url:
        meta["url"] = record.url
    if record.date:
        meta["published"] = record.date
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1 << 16)
    return f"---\n{front}---\n{record.text}\n"


def generate(
    records: list[Record], folder: str | Path, copies: int, *, fmt: str = "txt"
) -> list[Path]:
    """Write ``copies`` variants of every record under ``folder``; returns the files written.

    Ids are distinct across copies: the file name for .txt articles, the url for feed rows.
    """
    if fmt not in ("txt", "csv"):
        raise ValueError(f"unknown corpus format {fmt!r} (txt or csv)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for copy in range(copies):
        variants = [vary(r, copy, i) for i, r in enumerate(records)]
        if fmt == "csv":
            path = folder / f"copy{copy:03d}.csv"
            path.write_text(_feed(variants, copy), encoding="utf-8")
            written.append(path)
            continue
        sub = folder / f"copy{copy:03d}"
        sub.mkdir(exist_ok=True)
        for i, record in enumerate(variants):
            path = sub / f"c{copy:03d}-{i:04d}-{slug(records[i].title)}.txt"
            path.write_text(as_text_file(record), encoding="utf-8")
            written.append(path)
    return written


def _feed(records: list[Record], copy: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["url", "date", "title", "text"])
    for i, r in enumerate(records):
        url = r.url or f"https://example.invalid/copy{copy}/{i}"
        writer.writerow([url, r.date, r.title, r.text])
    return out.getvalue()


def touch_fraction(files: list[Path], fraction: float, *, seed: int = 1) -> list[Path]:
    """Change ``fraction`` of the files (at least one) the way an editor's correction would:
    add a sentence (to the last row of a feed). Used to time an incremental rebuild."""
    rng = random.Random(seed)
    count = max(1, round(len(files) * fraction))
    chosen = rng.sample(files, min(count, len(files)))
    for path in chosen:
        if path.suffix == ".csv":
            rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
            rows[-1][3] += CORRECTION
            out = io.StringIO()
            csv.writer(out, lineterminator="\n").writerows(rows)
            path.write_text(out.getvalue(), encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8").rstrip("\n")
            path.write_text(text + CORRECTION + "\n", encoding="utf-8")
    return chosen
