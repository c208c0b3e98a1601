"""Read article files (text, Markdown, CSV and JSON Lines feeds) into :class:`Article` records.

Reading is strict about what it cannot use and quiet about what it can: a file that is empty,
binary, too large or malformed raises :class:`ArticleError` naming the file and the reason, and
the build goes on with the others.
"""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import io
import json
import os
import re
import stat
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from . import safe_yaml
from .boilerplate import find_boilerplate
from .errors import ArticleError
from .model import Article
from .sentences import first_shown_line

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
FEED_SUFFIXES = (".csv", ".jsonl", ".ndjson")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + FEED_SUFFIXES
FRONT_MATTER_KEYS = ("title", "url", "published", "outlet", "author")
FEED_COLUMNS = ("url", "date", "title", "text")
# read as `date` when a row has none: front matter's (and the database's) name for it, which a
# feed's column was passed over under, leaving every row undated without a word
FEED_DATE_ALIAS = "published"
DEFAULT_MAX_BYTES = 5_000_000
# Files a folder of articles often holds that are not articles; named explicitly, they still build.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "notice", "changelog", "contributing"})

# front matter opens the file, after any blank lines (a template or generator may leave one;
# the title is looked for on the first non-empty line too)
_BLANK_LINES = r"\A(?:[ \t]*\r?\n)*"
_FRONT_MATTER = re.compile(
    _BLANK_LINES + r"---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FRONT_MATTER_OPENED = re.compile(_BLANK_LINES + r"---[ \t]*\r?\n")
# Hugo's TOML front matter, between "+++" lines: read as prose it made an article titled "+++"
# whose first quotable sentence was 'title = "…"', and its url and date were lost
_TOML_FRONT_MATTER = re.compile(_BLANK_LINES + r"\+\+\+[ \t]*\r?\n")
_HEADING_MARKS = re.compile(r"[ \t]*#{1,6}[ \t]+")
_SLUG_CHARS = re.compile(r"[^a-z0-9]+")
# Prose ends a sentence or a line every few hundred characters (the longest run in the Wikinews
# corpus is under 2,000); a run far longer than that is a dump, a minified blob or a keyboard
# held down, not an article, and would become one giant "sentence" and title.
MAX_RUN_CHARS = 20_000
_RUN = re.compile(r"[^.!?\u2026\u3002\uff01\uff1f\n]+")
_WORD_CHAR = re.compile(r"\w")
# Half of a UTF-16 pair: JSON may escape one alone ("\ud83d", an emoji cut in two by a scraper),
# and Python reads it into a string that no UTF-8 database or terminal can take.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# The other ways text breaks a line or a page: vertical tab, form feed (a page break), NEL and
# Unicode's line and paragraph separators. Left in, the splitter, which breaks paragraphs on
# "\n", would run a headline, its paragraphs and their sentences into one quoted "sentence";
# they are read as what they mean, a line break or (page, paragraph) a blank line, as "\r" is.
_BREAKS = str.maketrans({"\v": "\n", "\f": "\n\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})
# The other control characters (C0 and C1 but tab, line breaks and \r, and DEL) are stored as
# spaces: they show nothing, and printed as they came (`factdesk ask`, `chat`) a scraped escape
# sequence would clear the operator's screen or write their clipboard (OSC 52).
_CONTROLS = str.maketrans(
    {
        code: " "
        for code in (*range(0x00, 0x20), *range(0x7F, 0xA0))
        if chr(code) not in "\t\n\r" and code not in _BREAKS
    }
)
_TEXT = {**_BREAKS, **_CONTROLS}
# Any character _TEXT changes. Nearly no text has one (none of Wikinews' 295 articles), and a
# search for them costs a tenth of translating: 3 ms against 42 ms for the 171 texts of
# wikinews_2019.csv (str.translate with a dict looks up every character of a non-ASCII text).
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TEXT)) + "]")


@dataclass(frozen=True)
class SourceFile:
    """A file found under the build paths; ``key`` identifies it across builds."""

    path: Path
    key: str


def shown(path: Path | str) -> str:
    """A path as one printable line for an error message: a newline, a terminal escape or a
    right-to-left override in a file name is shown escaped instead of acted upon."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


# What a file name may hold that no one can type where an article id is asked for (`/sources`
# on Discord, `--article`): a line break, a tab, a control character. A space can be typed.
_UNTYPABLE = re.compile(r"[^\S ]+|[\x00-\x1f\x7f-\x9f]+")


def article_id_from_path(path: Path | str) -> str:
    """An article's id is its file name without the extension, each run of characters in it
    that cannot be typed (a line break a script left in a name) read as a space: kept, the id
    could be cited but never asked for. A name of nothing else is its escaped form."""
    stem = Path(path).stem
    if not _UNTYPABLE.search(stem):
        return stem
    return _UNTYPABLE.sub(" ", stem).strip(" ") or shown(stem)


def article_id_from_url(url: str) -> str:
    """A stable id for a feed row: a readable slug of the url's last part plus a short hash."""
    last = url.rstrip("/").rsplit("/", 1)[-1]
    slug = _SLUG_CHARS.sub("-", last.lower()).strip("-")[:48].strip("-") or "article"
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def discover(
    paths: Iterable[str | Path], database: Path | None = None
) -> tuple[list[SourceFile], list[ArticleError]]:
    """Expand files and folders into the article files to build, in a stable order.

    Folders are searched recursively for supported suffixes; hidden files and folders are skipped.
    A path that does not exist, or a named file of an unsupported kind, is an error. The
    ``database`` being built is never an article, though named ``news.md`` in an article
    folder: read as one, every build failed on its own output.
    """
    own = os.path.realpath(database) if database is not None else None
    found: dict[str, SourceFile] = {}
    errors: list[ArticleError] = []
    # (real folder, name) of each file found: the same file reached again through a linked
    # folder (listed as well, or inside a listed one) is one article, not a duplicate id
    reached: set[tuple[str, str]] = set()

    def add(file: Path, real_folder: str) -> None:
        real, key = (real_folder, file.name), _key(file)
        if own is not None and os.path.join(real_folder, file.name) == own:
            return
        undecodable = _undecodable_byte(key)
        if undecodable is not None:
            errors.append(
                ArticleError(
                    shown(file),
                    f"file or folder name is not UTF-8 (byte 0x{undecodable:02x}): rename it",
                )
            )
            return
        if key not in found and real not in reached:
            reached.add(real)
            found[key] = SourceFile(file, key)

    for raw in paths:
        if not str(raw).strip():
            # Path("") is the current folder: `factdesk build "$NEWS"` with NEWS unset walked
            # it (a home folder, under cron), and the build removed every article not there
            errors.append(
                ArticleError("(empty path)", "no file or folder named (an unset variable?)")
            )
            continue
        path = Path(raw)
        if path.is_dir():
            for file, real_folder in _walk(path):
                add(file, real_folder)
        elif path.exists() or path.is_symlink():  # a file, a broken link, a pipe...
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                errors.append(
                    ArticleError(shown(path), f"unsupported file type {path.suffix or '(none)'!r}")
                )
                continue
            add(path, os.path.realpath(path.parent))
        else:
            errors.append(ArticleError(shown(path), "no such file or folder" + _pattern_hint(path)))
    return sorted(found.values(), key=lambda s: s.key), errors


_PATTERN = re.compile(r"[*?\[]")


def _pattern_hint(path: Path) -> str:
    """Why a path with `*`, `?` or `[` in it was not found: paths are taken as written, never
    expanded. A folder is already searched for every article kind, so a pattern would add
    little, and one matching nothing (a share not mounted) would look like a folder emptied,
    whose articles a build removes."""
    if not _PATTERN.search(str(path)):
        return ""
    return " (patterns such as * are not expanded: name the folder, which is searched recursively)"


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    """Article files under ``folder`` with the real path of the folder each is in, following
    linked folders as linked files are followed (each real folder once: a link back up the tree
    is not a loop)."""
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(SUPPORTED_SUFFIXES):
                continue
            if Path(name).stem.lower() in NOT_ARTICLES:
                continue
            yield Path(root) / name, real


def other_files(paths: Iterable[str | Path], limit: int = 3) -> list[str]:
    """Up to ``limit`` files in the folders of ``paths`` that a build does not read (of another
    type: "story.html"), shown for a message: what to name when a build found no article
    file, so an operator learns why their file was not read."""
    found: list[str] = []
    for raw in paths:
        if not Path(raw).is_dir():
            continue
        for root, dirs, files in os.walk(raw):  # links not followed: no loop to guard
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and not name.lower().endswith(SUPPORTED_SUFFIXES):
                    found.append(shown(Path(root) / name))
                    if len(found) >= limit:
                        return found
    return found


def _key(path: Path) -> str:
    return os.path.abspath(path)


def _undecodable_byte(path: str) -> int | None:
    """The first byte of a name that is not UTF-8 (a Latin-1 "caf\\xe9.txt" from an old zip or
    a Windows share), or None. Python hands such a byte over as a lone surrogate, which the
    database cannot store: one such name failed the whole build."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = ord(path[exc.start])
        return char - 0xDC00 if 0xDC80 <= char <= 0xDCFF else char
    return None


# the settings file that raises the size limit where the caller names none: a feed of a whole
# archive is often over it, and the error named the limit but not where it is set
SETTINGS_FILE = "config.yaml"


def _raise_limit(settings: str) -> str:
    """Where the limit is set, for the error refusing a file over it: ``settings`` is the file
    the caller read it from (`--config newsroom.yaml`), which "config.yaml" sent the operator
    past."""
    return f" (articles.max_bytes in {shown(settings)} sets it)"


def read_bytes(path: Path, max_bytes: int, settings: str = SETTINGS_FILE) -> bytes:
    """Read a file, refusing anything over ``max_bytes`` (set in ``settings``) before loading it.

    Only regular files are read: a named pipe called ``x.txt`` would block the build forever
    and a device (a link to ``/dev/zero``) would feed it bytes without end. The file is opened
    without blocking and judged by its open descriptor, so it cannot be swapped in between.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ArticleError(shown(path), _unopened(path, exc)) from None
    try:
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ArticleError(shown(path), "not a regular file (a pipe, socket or device)")
            if info.st_size > max_bytes:
                raise ArticleError(
                    shown(path),
                    f"file is {info.st_size:,} bytes, over the {max_bytes:,} limit"
                    f"{_raise_limit(settings)}",
                )
            data = handle.read(max_bytes + 1)
    except ArticleError:
        raise
    except OSError as exc:
        raise ArticleError(shown(path), f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ArticleError(
            shown(path), f"file is over the {max_bytes:,} byte limit{_raise_limit(settings)}"
        )
    return data


def _unopened(path: Path, exc: OSError) -> str:
    """Why ``path`` could not be opened. A link whose target is gone (a moved folder, a share
    not mounted) was "cannot read: No such file or directory" of a file ``ls`` lists: the
    error names the link and where it points."""
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        return f"a symbolic link to {shown(os.readlink(path))}, which does not exist"
    return f"cannot read: {exc.strerror or exc}"


# Byte order marks and the encodings they name, UTF-32's first: its little-endian mark begins
# with UTF-16's (FF FE 00 00)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(head: bytes) -> str | None:
    """The encoding ("utf-16", "utf-32") a byte order mark at the start of ``head`` names, or
    None (UTF-8's own mark included: "utf-8-sig" reads text with or without it)."""
    return next((name for mark, name in _BOMS if head.startswith(mark)), None)


def read_text(path: Path | str) -> str:
    """A small text file an operator writes (config.yaml, a question file), decoded as articles
    and batch files are: in the encoding its byte order mark names, else UTF-8. PowerShell 5's
    `>` writes UTF-16 with a BOM, and a config saved that way was "not UTF-8" while an article
    saved the same way was read. Line ends are read as open() reads them. OSError and
    UnicodeDecodeError are the caller's to word (:func:`undecodable`). A NUL byte without a
    mark is UTF-16 or UTF-32 saved without one (as it makes an article a binary file): decoded
    as UTF-8 it reached YAML, whose error said only "invalid YAML". Read up to MAX_TEXT_BYTES:
    `--config /dev/zero` read on until the kernel killed the process (or, with a memory limit,
    ended in "internal error: MemoryError")."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        too_big = f"over {MAX_TEXT_BYTES >> 20} MiB, far more than settings or questions"
        raise OSError(errno.EFBIG, too_big)
    marked = bom_encoding(data)
    if marked is None and b"\x00" in data:
        at = data.index(b"\x00")
        raise UnicodeDecodeError("utf-8", data, at, at + 1, _UNMARKED)
    text = data.decode(marked or "utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_UNMARKED = "NUL bytes: UTF-16 or UTF-32 without a byte order mark? Save it as UTF-8"

# The most read_text reads: the shipped config.yaml is about 10 KB and the largest question file
# in eval/ 27 KB, so 16 MiB is room for any real one and stops an endless file (/dev/zero).
MAX_TEXT_BYTES = 16 * 2**20


def undecodable(exc: UnicodeDecodeError) -> str:
    """What :func:`read_text` could not decode, in a few words for a one-line error: "not UTF-8
    text", or the encoding the file's byte order mark names ("invalid UTF-16 text", a file cut
    at an odd byte), which a UTF-8 error would misname."""
    if exc.reason == _UNMARKED:
        return f"not UTF-8 text ({_UNMARKED})"
    if exc.encoding.startswith("utf-8"):
        return "not UTF-8 text"
    return f"invalid {exc.encoding[:6].upper()} text"


def decode(path: Path | str, data: bytes) -> str:
    """Decode UTF-8 (a BOM is allowed); UTF-16 and UTF-32 are accepted only with their BOM.

    A BOM names its encoding without guessing (Windows tools write UTF-16 with one), and the
    decoded text is what gets stored and cited, so offsets stay exact whatever the bytes were.
    Without a BOM, UTF-16's NUL bytes mark the file as binary.
    """
    if not data.strip():
        raise ArticleError(shown(path), "empty file")
    marked = bom_encoding(data)
    if marked is not None:
        try:
            text = data.decode(marked)
        except UnicodeDecodeError:
            raise ArticleError(shown(path), f"invalid {marked.upper()} text") from None
    else:
        if b"\x00" in data[:8192]:
            raise ArticleError(shown(path), "binary file, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(
                shown(path), f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():  # only a byte order mark, or whitespace in UTF-16
        raise ArticleError(shown(path), "empty file")
    if _control_ratio(text) > 0.05:
        raise ArticleError(shown(path), "binary file, not text")
    return text


# control characters but line breaks, tabs and feeds (a \r is gone by now)
_CONTROL = re.compile(r"[\x00-\x08\x0d-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def content_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read_source(
    source: SourceFile, max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None
) -> list[Article | ArticleError]:
    """Read one source file into articles; per-row feed problems come back as errors in place.

    A problem with the whole file raises :class:`ArticleError`. ``data`` skips the read when the
    caller already holds the file's bytes.
    """
    if data is None:
        data = read_bytes(source.path, max_bytes)
    text = decode(source.path, data)
    suffix = source.path.suffix.lower()
    if suffix == ".csv":
        return list(_read_csv(source.path, text))
    if suffix in (".jsonl", ".ndjson"):
        return list(_read_jsonl(source.path, text))
    return [parse_text_article(source.path, text, content_hash(data))]


def line_breaks(text: str) -> str:
    """``text`` with every line, page and paragraph break spelled as a newline (``_BREAKS``), and
    every other control character as a space (``_CONTROLS``); ``text`` itself when it has none
    (``_TRANSLATED``)."""
    return text.translate(_TEXT) if _TRANSLATED.search(text) else text


def parse_text_article(path: Path | str, text: str, digest: str | None = None) -> Article:
    """Parse a text or Markdown article with optional YAML front matter."""
    text = line_breaks(text)
    meta: dict[str, object] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = safe_yaml.load_text_values(match.group(1) or "")
        except yaml.YAMLError as exc:
            where = getattr(exc, "problem_mark", None)
            # the file's line: the YAML's own, after the lines up to and including "---"
            opened = text.count("\n", 0, match.start(1))
            line = f" (line {where.line + opened + 1})" if where is not None else ""
            raise ArticleError(shown(path), f"malformed front matter{line}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ArticleError(shown(path), "front matter is not a mapping of keys to values")
        meta = _read_keys(path, loaded or {})
        text = text[match.end() :]
    elif _FRONT_MATTER_OPENED.match(text):
        # without its closing line the block would be read as the title ("---") and prose
        raise ArticleError(shown(path), "front matter opened with --- is never closed")
    elif _TOML_FRONT_MATTER.match(text):
        raise ArticleError(
            shown(path),
            "TOML front matter (between +++ lines) is not read: write it as YAML between --- lines",
        )
    title = _meta_str(path, meta, "title")
    check_prose(shown(path), title or "", text)
    markdown = Path(path).suffix.lower() in (".md", ".markdown")
    if markdown:
        # imported here, by the build: markdown-it and its rules' expressions (70 of the 385
        # regular expressions compiled at start-up) are no part of answering, which imports
        # this module for its file checks
        from .markdown import render as render_markdown

        text = render_markdown(text)  # stored and quoted as its page shows it
        if not title and not _WORD_CHAR.search(text):
            # a file of code, a table or images alone: "no text" of a file plainly holding
            # some sent the operator looking for an encoding problem
            raise ArticleError(
                shown(path),
                "no text once read as Markdown (code, tables, images, HTML comments and "
                "struck-out text are not article text)",
            )
    article = make_article(
        article_id=article_id_from_path(path),
        path=str(path),
        title=title,
        body=text,
        digest=digest or content_hash(text.encode("utf-8")),
        url=_meta_str(path, meta, "url"),
        published=_meta_str(path, meta, "published") or _meta_str(path, meta, "date"),
        outlet=_meta_str(path, meta, "outlet"),
        author=_meta_str(path, meta, "author"),
        soft_wraps=markdown,
    )
    unread = _unread_id(path, meta, article.id)
    return article if unread is None else replace(article, notes=(*article.notes, unread))


def _unread_id(path: Path | str, meta: dict[str, object], article_id: str) -> str | None:
    """A warning for an ``id:`` in front matter other than the article's id, which is its file
    name (README, "Adding articles"; DESIGN.md's citation contract): it was passed over without
    a word though the operator plainly meant it. It is not honoured, as the file name is what
    ``--article``, question files, ``/sources`` and the duplicate check go by, and two ids for
    one file would make them disagree; a file is renamed to change its id."""
    value = meta.get("id")
    if value is None or isinstance(value, (dict, list)):
        return None
    given = str(value).strip()
    if not given or given == article_id:
        return None
    return (
        f"{shown(path)}: front matter's id {given!r} is not read: an article's id is its file "
        f"name ({article_id!r}); rename the file to change it"
    )


def check_prose(source: str, *parts: str) -> None:
    """Refuse a file or feed row that holds no prose: no letter or digit at all (only
    punctuation, or zero-width characters), or a run of ``MAX_RUN_CHARS`` characters with no
    sentence end or line break (one giant line would become one giant title and sentence)."""
    if not any(_WORD_CHAR.search(part) for part in parts):
        raise ArticleError(source, "no text (no letters or digits)")
    for part in parts:
        for run in _RUN.finditer(part):
            if run.end() - run.start() > MAX_RUN_CHARS:
                raise ArticleError(
                    source,
                    f"{run.end() - run.start():,} characters without a sentence end or line "
                    f"break (from character {run.start():,}): not article text",
                )


def _read_keys(path: Path | str, meta: dict[object, object]) -> dict[str, object]:
    """Front matter with its keys in lower case, as a feed's columns are read: ``Title:``
    and ``Published:`` were passed over without a word, the article titled with its first
    sentence and undated. A key read twice that way is refused where it is one factdesk
    reads (``title:`` and ``Title:``: which one was meant cannot be told)."""
    read: dict[str, object] = {}
    for key, value in meta.items():
        name = str(key).strip().lower()
        if name in read and name in (*FRONT_MATTER_KEYS, "date"):
            raise ArticleError(shown(path), f"front matter gives {name!r} twice, in two cases")
        read.setdefault(name, value)
    return read


def _meta_str(path: Path | str, meta: dict[str, object], key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise ArticleError(shown(path), f"front matter key {key!r} must be a single value")
    text = line_breaks(str(value)).strip()  # YAML's "\e" escape is as good as a raw one
    return text or None


def make_article(
    *,
    article_id: str,
    path: str,
    title: str | None,
    body: str,
    digest: str,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    row: int | None = None,
    soft_wraps: bool = False,
) -> Article:
    """Lay out the canonical text (title line first) and find the citable body within it."""
    source = shown(path) if row is None else f"{shown(path)} row {row}"
    title = " ".join(title.split()) if title else None
    titled = bool(title)  # by front matter or a feed's column, apart from the text
    first = _first_line(body, markdown=soft_wraps)
    if title and first and _same_title(title, body[first[0] : first[1]]):
        title = None  # the body already opens with the title: cite it where it stands
    if title:
        text = f"{title}\n\n{body.strip(chr(10))}"
        title_start, title_end = 0, len(title)
        body_start = title_end
    else:
        if first is None:
            raise ArticleError(source, "no text")
        start, end = first
        heading = _HEADING_MARKS.match(body, start)
        title_start = heading.end() if heading else start
        text = body
        title, title_end, body_start = body[title_start:end].strip(), end, end
    if not text[body_start:].strip() and not title:
        raise ArticleError(source, "no text")
    boiler = find_boilerplate(text, body_start, len(text))
    # a headline given with nothing under it (front matter alone, a feed row whose text is
    # its title or dateline: what a scraper stopped by a paywall leaves) was built without a
    # word; its headline is citable, so it is kept, but the operator is told the story is
    # missing. A one-line file with no title given is a headline its writer meant alone.
    bare = titled and not text[body_start : boiler.body_end].strip()
    shown_title = textwrap.shorten(title or "", 80, placeholder=" …")
    notes = (f"{source}: no text under the headline {shown_title!r}: only the headline is built",)
    return Article(
        notes=notes if bare else (),
        id=article_id,
        path=path,
        title=title,
        text=text,
        body_start=body_start,
        body_end=boiler.body_end,
        title_start=title_start,
        title_end=title_end,
        hash=digest,
        url=url,
        published=published or boiler.dateline,
        outlet=outlet,
        author=author,
        related=boiler.related,
        row=row,
        soft_wraps=soft_wraps,
    )


def _same_title(title: str, line: str) -> bool:
    return " ".join(_HEADING_MARKS.sub("", line).split()).casefold() == title.casefold()


def _first_line(text: str, *, markdown: bool = False) -> tuple[int, int] | None:
    if markdown:
        line = first_shown_line(text)
        return None if line is None else (line.start, line.end)
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            start = pos + (len(line) - len(line.lstrip()))
            return start, pos + len(line.rstrip())
        pos += len(line) + 1
    return None


def _read_csv(path: Path, text: str) -> Iterator[Article | ArticleError]:
    csv.field_size_limit(max(len(text), 131072))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    missing = [c for c in ("title", "text") if c not in columns]
    if missing:
        raise ArticleError(
            shown(path), f"feed lacks column(s) {', '.join(missing)}{_separator_hint(columns)}"
        )
    twice = [c for c in FEED_COLUMNS if columns.count(c) > 1]
    if twice:  # the last one would win, without a word
        raise ArticleError(shown(path), f"feed header names column {twice[0]} twice")
    reader.fieldnames = columns
    try:
        rows = list(reader)
    except csv.Error as exc:
        yield ArticleError(shown(path), f"malformed CSV: {exc}")
        return
    if not rows:
        yield ArticleError(shown(path), "feed has a header but no rows")
    unclosed = _quote_left_open(text)
    for number, row in enumerate(rows, start=1):
        if None in row:
            yield ArticleError(f"{shown(path)} row {number}", "more fields than the header names")
        elif unclosed and number == len(rows):
            # the lenient reader ran the quote on to the end of the file, rows and all
            yield ArticleError(f"{shown(path)} row {number}", "a quote opened here is never closed")
        else:
            yield _feed_article(path, number, row)


def _separator_hint(columns: list[str]) -> str:
    """A spreadsheet's export with semicolons (many locales) or tabs reads as one column: say
    so, since "lacks title, text" is all the operator would see, with both in the header."""
    for separator, name in (("\t", "tabs"), (";", "semicolons")):
        if any(separator in column for column in columns):
            return f" (its header is separated by {name}: factdesk reads comma-separated feeds)"
    return ""


def _quote_left_open(text: str) -> bool:
    """Whether a quoted CSV field runs to the end of the file."""
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _read_jsonl(path: Path, text: str) -> Iterator[Article | ArticleError]:
    if _one_document(text):
        yield ArticleError(
            shown(path), "one JSON document, not JSON Lines: write one article object per line"
        )
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            # where on the line: a feed row holds a whole article, thousands of characters,
            # and "Unterminated string starting at" named no place in it
            where = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
            yield ArticleError(f"{shown(path)} line {number}", f"not JSON ({where})")
            continue
        # valid JSON that Python will not read: that line fails, not the whole build
        except RecursionError:
            yield ArticleError(f"{shown(path)} line {number}", "not JSON (nested too deeply)")
            continue
        except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
            yield ArticleError(
                f"{shown(path)} line {number}", "not JSON (a number too long to read)"
            )
            continue
        if not isinstance(row, dict):
            yield ArticleError(f"{shown(path)} line {number}", "not a JSON object")
            continue
        yield _feed_article(path, number, {str(k).lower(): v for k, v in row.items()})


def _one_document(text: str) -> bool:
    """Whether a .jsonl file is one JSON document (an array of articles, or an object spread
    over lines, as JSON tools save it) instead of an object per line: read line by line it
    gave an error per line, and a pretty-printed array's one-line rows were built."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    try:
        if not isinstance(json.loads(first), list):
            return False
    except json.JSONDecodeError:
        pass  # "[" or "{" alone on its line, as pretty-printed JSON starts
    except (RecursionError, ValueError):
        return False  # a line Python cannot read: named as such, line by line
    try:
        return isinstance(json.loads(text), (list, dict))
    except (ValueError, RecursionError):
        return False


def _id_without_url(path: Path, fields: dict[str, str], number: int) -> str:
    """A feed row without a url is named by its title within its feed, so a row added above it
    leaves its id (and what answers cite) as it was; a row without a title, by its number."""
    if not fields["title"]:
        return f"{article_id_from_path(path)}-row-{number}"
    return article_id_from_url(f"{Path(path).stem}/{fields['title']}")


def _feed_article(path: Path, number: int, row: dict[str, object]) -> Article | ArticleError:
    source = f"{shown(path)} row {number}"
    fields = {}
    columns = FEED_COLUMNS if FEED_DATE_ALIAS not in row else (*FEED_COLUMNS, FEED_DATE_ALIAS)
    for column in columns:
        value = row.get(column)
        if isinstance(value, (list, dict)):
            # as in front matter: its Python repr would be built, and quoted, as article text
            kind = "a list" if isinstance(value, list) else "an object"
            return ArticleError(source, f"{column!r} must be a single value, not {kind}")
        fields[column] = "" if value is None else line_breaks(str(value)).strip()
        lone = _SURROGATE.search(fields[column])
        if lone:  # refused here, named: written to the database it failed the whole build
            return ArticleError(
                source,
                f"{column!r} holds \\u{ord(lone.group()):04x}, half of a UTF-16 pair, which is no "
                "character (an emoji cut in two?)",
            )
    alias = fields.pop(FEED_DATE_ALIAS, "")
    if not fields["date"] and alias:
        # in the hash only where it gives the date: every other row keeps its hash, unchanged
        fields["date"] = alias
    if not fields["text"]:
        return ArticleError(source, "no text")
    try:
        check_prose(source, fields["title"], fields["text"])
    except ArticleError as exc:
        return exc
    url = fields["url"] or None
    article_id = article_id_from_url(url) if url else _id_without_url(path, fields, number)
    digest = content_hash(json.dumps(fields, sort_keys=True).encode("utf-8"))
    try:
        return make_article(
            article_id=article_id,
            path=str(path),
            title=fields["title"] or None,
            body=fields["text"],
            digest=digest,
            url=url,
            published=fields["date"] or None,
            row=number,
        )
    except ArticleError as exc:
        return exc
