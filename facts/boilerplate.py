"""Recognise the scraping boilerplate around news text so it is never cited as a fact.

Scraped articles end with citation placeholders (``[1] [Source] [2] [Source]``) and a "Read also:"
list of other headlines; Wikinews opens with a dateline. The headlines are kept as article
metadata, placeholders and datelines are simply not citable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_RELATED_HEADER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?[*_]*(?:read|see)[ \t]+(?:also|more)|^[ \t]*(?:#{1,6}[ \t]*)?[*_]*"
    r"(?:related(?:[ \t]+(?:articles|stories|news|coverage|reading))?|also[ \t]+read|more[ \t]+on"
    r"[ \t]+this(?:[ \t]+story)?)[*_]*[ \t]*:?[*_]*[ \t]*$",
    re.I | re.M,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+")
_PLACEHOLDER_TOKEN = re.compile(
    r"\[\s*(?:\d{1,3}|source|sources|citation needed|link|photo|video|image|ad|advertisement)\s*\]",
    re.I,
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_DATELINE = re.compile(
    rf"^\s*(?:(?:{_WEEKDAYS}),?\s+)?(?:(?:{_MONTHS})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})"
    rf",?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\s*$",
    re.I,
)


@dataclass(frozen=True)
class Boilerplate:
    body_end: int  # where citable text ends (start of the "Read also" block, or the end)
    related: tuple[str, ...] = ()
    dateline: str | None = None


def find_boilerplate(text: str, start: int, end: int) -> Boilerplate:
    """Find the trailing related-headlines block and the opening dateline of a body."""
    body_end = end
    related: tuple[str, ...] = ()
    header = None
    for match in _RELATED_HEADER.finditer(text, start, end):
        line_end = text.find("\n", match.start(), end)
        line = text[match.start() : end if line_end == -1 else line_end]
        if len(line.strip()) <= 40:  # a header line, not a sentence that starts "See also..."
            header = match
    if header is not None:
        after = text[header.start() : end].split("\n")[1:]
        items = [_LIST_ITEM.sub("", line).strip() for line in after]
        related = tuple(item for item in items if item)
        body_end = header.start()
    return Boilerplate(
        body_end=body_end, related=related, dateline=_dateline(text, start, body_end)
    )


def _dateline(text: str, start: int, end: int) -> str | None:
    for line in text[start:end].split("\n"):
        if line.strip():
            return line.strip().replace("\xa0", " ").strip() if _DATELINE.match(line) else None
    return None


def is_boilerplate(paragraph: str) -> bool:
    """True for a paragraph that is only citation placeholders or only a dateline."""
    stripped = _PLACEHOLDER_TOKEN.sub("", paragraph)
    if not stripped.strip(" \t\n\xa0,;|-") and paragraph.strip():
        return True
    return bool(_DATELINE.match(paragraph))
