"""Split article text into paragraphs and sentences with exact character offsets.

Every span returned here satisfies ``text[start:end] == sentence``: the answering side quotes
sentences by their offsets, so the splitter never rewrites text, it only finds boundaries.
Rules instead of a model: news prose is regular enough, and rules keep a build linear in the
text size and free of downloads.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

# Tokens that end with a period but rarely end a sentence (compared lowercased, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cmdr sgt cpl adm brig gov sen rep reps pres supt
    insp det hon rev fr sr jr st mt ft no nos vol vols fig figs approx dept univ assn bros inc ltd
    co corp plc llc est vs v cf al ca jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
    wed thu thur thurs fri sat sun ave blvd rd hwy
    """.split()
)
# Abbreviations that only bind to a following number ("No. 5", "Vol. 2").
NUMERIC_ABBREVIATIONS = frozenset({"no", "nos", "vol", "vols", "fig", "figs"})
# Words that, capitalised after a dotted acronym ("U.S."), show a new sentence has begun.
SENTENCE_STARTERS = frozenset(
    """
    a an the this that these those he she it they we i you his her its their our my your there
    here in on at for but and or so yet however meanwhile also after before when while if as
    since although though despite according some many most several all no not one two three
    officials police authorities what who why how where
    """.split()
)

_BOUNDARY = re.compile(
    r"""
    (?P<end>[.!?\u2026]+["'\u201d\u2019)\]]*)   # terminal punctuation, closing quotes/brackets
    (?P<space>\s+)
    (?=["'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])  # next sentence opens capitalised or with a digit
    """,
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'\-]*)$")
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018(\[]?([A-Za-z0-9][\w'\-]*)")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+\u2022]\s+|\d{1,3}[.)]\s+|#{1,6}\s+)")
_LINE_END_PUNCT = re.compile(r"[.!?:;\u2026\"'\u201d\u2019)\]]\s*$")


# Markdown's marks at the start of a paragraph: a heading labels what follows and states
# nothing; blockquote marks and a list bullet or number are layout, not words of the sentence.
_HEADING = re.compile(r"#{1,6}[ \t]")
# the line under a heading in Markdown's other form (setext: "Reactions" over "---------")
_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*")
_MARKS = re.compile(r"(?:>[ \t]*)*(?:(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+)?")

# Markdown that shows no prose: code (fenced with ``` or ~~~, or indented by four spaces or a
# tab), tables, images, HTML comments and HTML tags. Quoted, "| Team | Points |" or "print(x)"
# answers nothing; they are read as blank lines, and an image, a comment or a tag at either end
# of a line is trimmed off it, so the prose around them keeps its exact offsets.
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_INDENTED = re.compile(r"(?: {4}| {0,3}\t)")
_TABLE_ROW = re.compile(r" {0,3}\|")
_CELL_RULE = r"[ \t]*:?-+:?[ \t]*"  # "---", ":--:" between the pipes of a table's second row
_TABLE_DELIMITER = re.compile(
    rf" {{0,3}}\|?{_CELL_RULE}(?:\|{_CELL_RULE})+\|?[ \t]*|[ \t]*\|{_CELL_RULE}\|[ \t]*"
)
# ![alt](src "title") or ![alt][ref], inside [...](href) when it is a link's label. No part
# may hold a bracket or parenthesis of its kind (nor src a space): each try then stops at the
# next one, and a line of "![![![..." is read in linear time, not quadratic.
_IMAGE = re.compile(
    r"\[?!\[[^\[\]\n]*\]"
    r"(?:\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)|\[[^\[\]\n]*\])"
    r"(?:\]\([^()\s]*\))?"
)
# An HTML tag, <p>, </div>, <br/>, <a href="...">: Markdown passes it through to the page, where
# it shows no text. Not an autolink (<https://...>) and not a comparison ("a < b").
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>")
_LIST_ITEM = re.compile(r" {0,3}(?:[-*+\u2022]|\d{1,9}[.)])(?:[ \t]|$)")


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into an article's text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def paragraph_spans(
    text: str, start: int = 0, end: int | None = None, *, soft_wraps: bool = False
) -> list[Span]:
    """Return the paragraphs of ``text[start:end]`` as trimmed spans.

    Blank lines always separate paragraphs, and in plain text so does a single line break:
    scraped news (like the seed) puts one paragraph per line. With ``soft_wraps`` (Markdown, where
    a single line break is a soft wrap) a line runs on into the next unless it ends in
    punctuation, is a list item or heading, or the next line does not look like a continuation.
    """
    end = len(text) if end is None else end
    lines = _line_spans(text, start, end)
    if soft_wraps:
        lines = _shown(text, lines, markdown_hidden(text, start, end))
    paragraphs: list[Span] = []
    current: Span | None = None
    for line in lines:
        if line is None:  # blank line
            if current is not None:
                paragraphs.append(current)
                current = None
            continue
        if current is not None and soft_wraps and _continues(text, current, line):
            current = Span(current.start, line.end)
        else:
            if current is not None:
                paragraphs.append(current)
            current = line
    if current is not None:
        paragraphs.append(current)
    return paragraphs


def _line_spans(text: str, start: int, end: int) -> list[Span | None]:
    """Trimmed spans of each line; ``None`` for blank lines."""
    return [trim(text, a, b) for a, b in _raw_lines(text, start, end)]


def markdown_hidden(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The spans of ``text[start:end]`` that Markdown shows as no prose, in order: fenced and
    indented code, table rows, images, HTML comments and HTML tags (see ``_FENCE``).

    Read line by line as CommonMark reads blocks: a fence runs to its closing fence (or the end,
    as an unclosed one does), a comment to its ``-->``, a table from its header (the line above
    a ``|---|`` row) to the next line with no ``|``. Four spaces open code only after a blank
    line and outside a list: under a list item they continue the item, and right under a line
    of prose they continue that line.
    """
    end = len(text) if end is None else end
    hidden: list[Span] = []
    lines = list(_raw_lines(text, start, end))
    fence: tuple[str, int] | None = None
    comment = False
    after_blank, in_list, in_code, in_table = True, False, False, False
    for number, (a, b) in enumerate(lines):
        line = text[a:b]
        if fence is not None:
            hidden.append(Span(a, b))
            closing = _FENCE.fullmatch(line.rstrip())
            if (
                closing
                and closing.group(1)[0] == fence[0]
                and len(closing.group(1)) >= fence[1]
                and not closing.group(2).strip()
            ):
                fence = None
            continue
        if comment:
            close = text.find("-->", a, b)
            if close == -1:
                hidden.append(Span(a, b))
                continue
            hidden.append(Span(a, close + 3))
            comment = _inline_hidden(text, close + 3, b, hidden)
            after_blank = False
            continue
        if not line.strip():
            after_blank, in_code, in_table = True, in_code, False
            continue
        opened = _FENCE.match(line)
        if opened and not (opened.group(1)[0] == "`" and "`" in opened.group(2)):
            fence = (opened.group(1)[0], len(opened.group(1)))
            hidden.append(Span(a, b))
            after_blank, in_code = False, False
            continue
        if _INDENTED.match(line) and (in_code or (after_blank and not in_list)):
            hidden.append(Span(a, b))
            after_blank, in_code = False, True
            continue
        in_code = False
        following = lines[number + 1] if number + 1 < len(lines) else None
        if (
            _TABLE_ROW.match(line)
            or _TABLE_DELIMITER.fullmatch(line)
            or (in_table and "|" in line)
            or (
                "|" in line
                and following is not None
                and _TABLE_DELIMITER.fullmatch(text, following[0], following[1]) is not None
            )
        ):
            hidden.append(Span(a, b))
            after_blank, in_table = False, True
            continue
        in_table = False
        if _LIST_ITEM.match(line):
            in_list = True
        elif not _INDENTED.match(line):
            in_list = False
        comment = _inline_hidden(text, a, b, hidden)
        after_blank = False
    return hidden


def first_shown_line(text: str) -> Span | None:
    """The first line of Markdown ``text`` that shows prose (a title is looked for there: a
    file may open with an image or an HTML comment left by the tool that wrote it)."""
    lines = _line_spans(text, 0, len(text))
    for line in _shown(text, lines, markdown_hidden(text)):
        if line is not None:
            return line
    return None


def _raw_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]``, without its newline."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl == -1 else nl
        yield pos, stop
        pos = stop + 1


def _inline_hidden(text: str, start: int, end: int, hidden: list[Span]) -> bool:
    """Add the images, HTML comments and HTML tags of one line to ``hidden``; true when a
    comment opened on it is still open at its end."""
    pos = start
    # each looked for again only once passed: a line of many images, comments or tags stays
    # linear
    image = _IMAGE.search(text, pos, end)
    tag = _TAG.search(text, pos, end)
    opened = text.find("<!--", pos, end)
    while pos < end:
        if image is not None and image.start() < pos:
            image = _IMAGE.search(text, pos, end)
        if tag is not None and tag.start() < pos:
            tag = _TAG.search(text, pos, end)
        if opened != -1 and opened < pos:
            opened = text.find("<!--", pos, end)
        starts = [m.start() for m in (image, tag) if m is not None]
        if opened != -1:
            starts.append(opened)
        if not starts:
            break
        first = min(starts)
        if first == opened:
            close = text.find("-->", opened + 4, end)
            if close == -1:
                hidden.append(Span(opened, end))
                return True
            hidden.append(Span(opened, close + 3))
            pos = close + 3
        else:
            match = image if image is not None and image.start() == first else tag
            assert match is not None
            hidden.append(Span(match.start(), match.end()))
            pos = match.end()
    return False


def _shown(text: str, lines: list[Span | None], hidden: list[Span]) -> list[Span | None]:
    """Each line without the hidden spans (and spaces) at its ends; ``None`` when nothing is
    left, so hidden lines part paragraphs as blank lines do. A span inside the line stays."""
    starts = [span.start for span in hidden]
    out: list[Span | None] = []
    for line in lines:
        if line is None:
            out.append(None)
            continue
        start, end = line.start, line.end
        first = bisect.bisect_right(starts, start) - 1  # the last span opening at or before
        last = bisect.bisect_left(starts, end) - 1  # the last span opening inside the line
        while first >= 0 and first < len(hidden) and hidden[first].end > start:
            start = hidden[first].end
            first += 1
            while start < end and text[start].isspace():
                start += 1
            if first >= len(hidden) or hidden[first].start != start:
                break
        while last >= 0 and start < end and hidden[last].start >= start:
            if hidden[last].end < end:
                break
            end = hidden[last].start
            last -= 1
            while end > start and text[end - 1].isspace():
                end -= 1
        out.append(Span(start, end) if start < end else None)
    return out


def _continues(text: str, previous: Span, line: Span) -> bool:
    prev_text = previous.of(text)
    line_text = line.of(text)
    if _LIST_MARKER.match(line_text) or _LIST_MARKER.match(prev_text):
        return False
    if _UNDERLINE.fullmatch(line_text):
        return False  # a heading's underline (or a rule): never part of the line above
    if _LINE_END_PUNCT.search(prev_text):
        return False
    return (
        line_text[:1].islower()
        or len(text[previous.start : previous.end].rsplit("\n", 1)[-1]) >= 40
    )


def trim(text: str, start: int, end: int) -> Span | None:
    """Shrink ``[start, end)`` past surrounding whitespace; ``None`` if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def is_heading(text: str, paragraph: Span) -> bool:
    """A Markdown heading ("## Reactions"): a label for the paragraphs under it, which quoted
    as an answer would answer nothing."""
    return _HEADING.match(text, paragraph.start) is not None


def is_underline(text: str, paragraph: Span) -> bool:
    """A line of only ``=`` or ``-``: in Markdown, a heading's underline or a rule."""
    return _UNDERLINE.fullmatch(text, paragraph.start, paragraph.end) is not None


def is_underlined_heading(text: str, paragraph: Span, following: Span | None) -> bool:
    """A Markdown heading written over a line of ``=`` or ``-`` (setext: "Reactions" above
    "---------", as markdownify and pandoc write them): a label, like "## Reactions". A line
    ending as a sentence ends stays a sentence: a rule drawn right under one is no heading
    worth dropping a sentence for."""
    return (
        following is not None
        and is_underline(text, following)
        and text.count("\n", paragraph.end, following.start) == 1
        and "\n" not in paragraph.of(text)
        and not _LINE_END_PUNCT.search(paragraph.of(text))
    )


def unmarked(text: str, paragraph: Span) -> Span | None:
    """The paragraph without the blockquote marks and list bullet or number it opens with
    ("> ", "* ", "2. "), so a quote starts at its first word; offsets stay into ``text``."""
    marks = _MARKS.match(text, paragraph.start, paragraph.end)
    if marks is None or marks.end() == paragraph.start:
        return paragraph
    return trim(text, marks.end(), paragraph.end)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split one paragraph ``text[start:end]`` into sentence spans.

    A boundary is terminal punctuation (with any closing quotes or brackets) followed by space and
    a capital letter, digit or opening quote, unless the word before is an abbreviation, an
    initial ("J. K. Rowling"), or a dotted acronym ("U.S.") followed by something that does not
    look like the start of a sentence.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    sent_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        if not _is_boundary(text, match, sent_start):
            continue
        span = trim(text, sent_start, match.end("end"))
        if span is not None:
            spans.append(span)
        sent_start = match.end()
    span = trim(text, sent_start, end)
    if span is not None:
        spans.append(span)
    return spans


def _is_boundary(text: str, match: re.Match[str], sent_start: int) -> bool:
    punct = match.group("end")
    if not punct.startswith("."):
        return True  # ! ? and ellipses end sentences
    # the word can hold no space: searching from the last one gives the same match without
    # trying every position of the sentence so far
    stop = match.start("end")
    before = _WORD_BEFORE.search(text, max(sent_start, text.rfind(" ", sent_start, stop)), stop)
    if before is None:
        return True  # "2019." or ")." or a tokenised " ."
    word = before.group(1)
    if len(punct) > 1 and punct[1:2] not in ".":
        return True  # 'said "no."' - a closing quote or bracket follows the period
    bare = word.rstrip(".").lower()
    next_word = _NEXT_WORD.match(text, match.end())
    following = next_word.group(1) if next_word else ""
    if bare in NUMERIC_ABBREVIATIONS:
        return not following[:1].isdigit()
    if bare in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling", "George W. Bush"
    if "." in word:  # U.S. / U.K. / a.m. / e.g.
        return following.lower() in SENTENCE_STARTERS
    return True


def split(
    text: str, start: int = 0, end: int | None = None, *, soft_wraps: bool = False
) -> Iterator[tuple[int, Span]]:
    """Yield ``(paragraph_index, sentence_span)`` for ``text[start:end]``, paragraphs from 0."""
    for index, paragraph in enumerate(paragraph_spans(text, start, end, soft_wraps=soft_wraps)):
        for span in sentence_spans(text, paragraph.start, paragraph.end):
            yield index, span
