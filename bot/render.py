"""Turn answers into the text the bot posts, and split it to fit Discord's limits.

Pure functions: the terminal (`factdesk ask`, `chat`) and the Discord adapter print exactly what
these return, so what an operator sees locally is what members see in the channel.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .model import ArticleInfo, Citation, SourceDetail

DISCORD_LIMIT = 2000
MAX_QUOTE_CHARS = 1200  # a longer sentence is shown up to here, then "…"
MAX_ECHO_CHARS = 120  # how much of a question an abstention repeats back
# an article list, an article's details (its title, related headlines, outlet, author,
# date), an answer's source lines and an abstention's "It does cover": a list or an abstention
# fits one message, an article's details two, whatever a scraped file holds
MAX_TITLE_CHARS = 200
MAX_META_CHARS = 80
# a longer article URL is not shown: cut, it is a broken link, and whole it made every source
# line its own message (a scraped feed's 1,800-character tracking URL: one answer, 5 messages)
MAX_URL_CHARS = 500

_MARKDOWN = re.compile(r"([\\*_~`|>])")
# what Discord reads at a line's start: headings (#, ##, ###), subtext (-#), list bullets and
# numbers; "## Reactions" and "-# small print" had passed, so a quote starting with them lost
# its marks and showed as a heading or in small grey type. The indent before them is the line's
# own ([^\S\n], not \s): from each line start \s* ran over every later blank line and back,
# quadratic in a text of many short blank lines (0.1 s for 4,000 characters), for the same result
_LINE_START = re.compile(r"^([^\S\n]*)(#{1,3}|-#|[\-+]|\d+\.)(?=\s)", re.M)
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>")
_URL = re.compile(r"(?<!<)\bhttps?://[^\s<>]+")
_SPOILER = re.compile(r"\|\|.+?\|\|", re.S)
_MARKER = re.compile(r"\[\d+\]$")
_LINK = re.compile(r"https?://[^\s<>]+")
# a scheme's "://", which Discord turns into a link wherever it stands in a message
_SCHEME = re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]*):(?=//)")


def escape_markdown(text: str) -> str:
    """Show text literally on Discord: escape markdown (masked links included) and defuse
    mention syntax."""
    text = _MARKDOWN.sub(r"\\\1", text)
    text = _escape_link_labels(text)
    text = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return defuse_mentions(text)


def _escape_link_labels(text: str) -> str:
    """A "[" that a "](" follows starts a masked link, ``[label](https://…)``, which Discord
    shows as the label alone, linked to any address (a member's "free nitro" under the bot's
    name); the label may run over lines. Escaped, every "[" before the last "](" stays text."""
    end = text.rfind("](")
    if end <= 0:
        return text
    return text[:end].replace("[", "\\[") + text[end:]


def defuse_mentions(text: str) -> str:
    """``@everyone``/``<@123>`` become inert look-alikes (a zero-width space after the @ or <)."""
    return _MENTION.sub(
        lambda m: (
            "@\u200b" + m.group(1) if m.group(1) else "<\u200b" + m.group(2) + m.group(3) + ">"
        ),
        text,
    )


def _cut(text: str, limit: int) -> str:
    """``text`` up to ``limit`` characters, cut at a word and marked "…" when longer."""
    if len(text) > limit:
        return text[:limit].rsplit(" ", 1)[0] + " …"
    return text


# a member's, a role's or a channel's mention as Discord sends it: what the member saw was a name
_NAME_MENTION = re.compile(r"<(?:@[!&]?|(#))\d+>")


def echo(text: str) -> str:
    """What a member typed, as a reply repeats it: on one line, cut at ``MAX_ECHO_CHARS`` at a
    word, markdown and mentions defused, and without control or format characters. A
    right-to-left override left in would turn the rest of the bot's line around, closing
    quotation mark included, so a member's words could read as the bot's own. A member's or a
    channel's mention, which the member saw as a name, is "@…" or "#…": defused, it was echoed
    as its raw id ("No article covers “<@200000000000000003\\>”")."""
    text = _NAME_MENTION.sub(lambda m: "#…" if m.group(1) else "@…", text)
    shown = " ".join(
        "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch)[0] != "C").split()
    )
    return _defuse_links(escape_markdown(_cut(shown, MAX_ECHO_CHARS)))


def echo_kept_hidden(text: str) -> str:
    """:func:`echo`, inside spoiler bars where the member hid some of ``text`` behind them:
    the echo escapes their bars, so a ``/sources query:`` topic or an unknown article id
    posted what they had hidden in the open (an abstention keeps it hidden already)."""
    shown = echo(text)
    return f"||{shown}||" if shown and has_spoiler(text) else shown


def has_spoiler(text: str) -> bool:
    """Whether ``text`` hides something behind Discord's spoiler bars (``||the ending||``).
    Cleaned of markdown, a question's words are echoed back in the open: an abstention that
    repeated "who dies in ||the finale||" told the channel what the member had hidden."""
    return bool(_SPOILER.search(text))


def _defuse_links(text: str) -> str:
    """A bare address ("https://evil.example") is a live link on Discord however it is
    escaped (links are not Markdown, so a backslash leaves them linked): a zero-width space
    before "://" leaves it readable and inert, as ``defuse_mentions`` does for ``@everyone``.
    Only for what a member typed: a source's own address stays a link."""
    return _SCHEME.sub(lambda m: m.group(1) + "\u200b:", text)


def wrap_links(text: str) -> str:
    """``<url>`` stops Discord from unfurling a preview for every source."""
    return _URL.sub(lambda m: f"<{m.group(0)}>", text)


def link(url: str) -> str:
    """A source's URL in angle brackets (Discord shows no preview) when it is a plain web link;
    anything else in an article's ``url`` field (spaces, ``<@id>``, ``@everyone``) is shown as
    inert text, since it comes from scraped files, not from factdesk."""
    if _LINK.fullmatch(url) and not _MENTION.search(url):
        return f"<{url}>"
    return escape_markdown(" ".join(url.split()))


def code(text: str) -> str:
    """An article id as inline code; an id (a file name) that would break out of the code span
    or carries mention syntax is shown as escaped text instead."""
    if text and "`" not in text and "\n" not in text and not _MENTION.search(text):
        return f"`{text}`"
    return escape_markdown(" ".join(text.split()))


# Explicit direction controls: embeddings, overrides, isolates and their terminators.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def quote(sentence: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """The sentence as shown: whitespace runs collapsed, cut at ``limit`` characters.

    A sentence with a direction control of its own (a right-to-left override a scraped page
    left in) is shown inside a first-strong isolate: the override then ends with the quote
    instead of turning the rest of the line around, its citation marker included, and the
    sentence's own characters stay as they are."""
    shown = _cut(" ".join(sentence.split()), limit)
    if _BIDI_CONTROLS.search(shown):
        return "\u2068" + shown + "\u2069"
    return shown


def source_line(number: int, citation: Citation) -> str:
    where = f"paragraph {citation.paragraph}" if citation.paragraph else "headline"
    if citation.published:
        where += f", {shown_detail(citation.published, MAX_META_CHARS)}"
    line = f"[{number}] {shown_detail(citation.title)} — {where}"
    if citation.url and len(citation.url) <= MAX_URL_CHARS:
        line += f" {link(citation.url)}"
    return line


def render_answer(citations: Sequence[Citation], lead: str | None = None) -> str:
    """Quoted sentences, each with its marker, then the numbered sources."""
    lines: list[str] = []
    if lead:
        lines.append(escape_markdown(lead))
    for number, citation in enumerate(citations, start=1):
        lines.append(f"> {escape_markdown(quote(citation.sentence))} [{number}]")
    lines.append("")
    lines.append("Sources:")
    lines.extend(source_line(n, c) for n, c in enumerate(citations, start=1))
    return "\n".join(lines)


def render_abstention(question: str, covered: Sequence[str], *, hidden: bool = False) -> str:
    """Say plainly that the coverage does not answer, and what it does cover. ``hidden``: the
    member hid some of the question as a spoiler, so its echo stays hidden too."""
    shown = echo(question)
    text = "The coverage doesn't say"
    if shown and hidden:
        shown = f"||{shown}||"
    text += f" ({shown})." if shown else "."
    if covered:
        shown = "; ".join(f"“{shown_detail(t)}”" for t in covered[:3])
        text += f"\nIt does cover: {shown}."
    text += "\nTry rephrasing, or `/sources query:` to see which articles cover a topic."
    return text


def render_story_silent(question: str, title: str) -> str:
    """A follow-up the story of the last answer does not answer: said so, with that story's
    title, and how to ask the coverage as a whole instead."""
    shown = echo(question)
    story = f" (“{shown_detail(title)}”)" if title else ""
    text = f"The story I quoted{story} doesn't say"
    text += f" ({shown})." if shown else "."
    return text + "\nTo ask about the whole coverage, ask with what it is about (a name, a place)."


def with_notes(reply: str, notes: Sequence[str]) -> str:
    """A reply with the notes told with every reply (a question cut to length) below it. Public:
    the answerer's replies and a follow-up's (bot.follow_up) carry them alike."""
    return "\n".join([reply, *notes]) if notes else reply


def render_sources(details: Sequence[SourceDetail]) -> str:
    """``/sources``: each cited sentence with a sentence of context either side."""
    if not details:
        return (
            "No sources yet: ask a question first, and `/sources` will show where the answer "
            "came from."
        )
    blocks = []
    for detail in details:
        c = detail.citation
        lines = [source_line(detail.number, c)]
        if detail.before:
            lines.append(f"> {escape_markdown(quote(detail.before))}")
        lines.append(f"> **{escape_markdown(quote(c.sentence))}**")
        if detail.after:
            lines.append(f"> {escape_markdown(quote(detail.after))}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def shown_detail(text: str, limit: int = MAX_TITLE_CHARS) -> str:
    """A title, outlet, author or date as an article list, an article's details, a source
    line and an abstention's "It does cover" show it: on one line, cut at ``limit`` at a word,
    a direction override ending with it. They come from scraped files: a .txt without a title
    line has its first paragraph as its title, and five such titles made one ``/sources
    query:`` eleven messages."""
    return escape_markdown(quote(text, limit))


def render_article(info: ArticleInfo) -> str:
    lines = [f"**{shown_detail(info.title)}** ({code(info.id)})"]
    meta = [v for v in (info.outlet, info.author, info.published) if v]
    if meta:
        lines.append(" · ".join(shown_detail(v, MAX_META_CHARS) for v in meta))
    if info.url and len(info.url) <= MAX_URL_CHARS:
        lines.append(link(info.url))
    elif info.url:
        lines.append(f"(its link, {len(info.url):,} characters long, is not shown)")
    lines.append(f"{counted(info.sentences, 'sentence')}, {counted(info.facts, 'fact')}")
    if info.related:
        lines.append("Related headlines (not part of the coverage):")
        lines.extend(f"- {shown_detail(h)}" for h in info.related[:8])
    return "\n".join(lines)


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """ "1 article", "2 articles": every count an operator or member reads, so that a small
    corpus or server does not read "1 articles"."""
    return f"{number} {noun}" if number == 1 else f"{number} {plural or noun + 's'}"


def render_no_topic(query: str, words: bool = True) -> str:
    """The reply to a ``/sources query:`` of function words only (question.names_a_topic), or
    with no ``words`` at all (a link, a mention, emoji), which the reason given for function
    words ("who" and "the" are in every article) left puzzling."""
    why = (
        "words such as “who” and “the” are in every article"
        if words
        else "links, mentions and emoji are not searched"
    )
    return (
        f"“{echo_kept_hidden(query)}” names no topic: {why}. Give what the articles are about,"
        " e.g. `/sources query: ceasefire`."
    )


def render_article_list(articles: Sequence[ArticleInfo], query: str) -> str:
    if not articles:
        return f"No article covers “{echo_kept_hidden(query)}”."
    lines = [f"Articles covering “{echo_kept_hidden(query)}”:"]
    for info in articles:
        line = f"- {code(info.id)}: {shown_detail(info.title)}"
        if info.published:
            line += f" ({shown_detail(info.published, MAX_META_CHARS)})"
        lines.append(line)
    return "\n".join(lines)


def split_message(text: str, limit: int = DISCORD_LIMIT) -> list[str]:
    """Split on line breaks, then between words, so no chunk exceeds ``limit`` characters.

    A quoted sentence and its ``[n]`` marker stay together: a line is only broken between words
    before the marker, and each continuation keeps the ``>`` quote prefix.
    """
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        for piece in _fit_line(line, limit):
            candidate = piece if not current else f"{current}\n{piece}"
            if len(candidate) <= limit:
                current = candidate
            else:
                if current.strip():
                    chunks.append(current)
                current = piece
    if current.strip():
        chunks.append(current)
    return chunks or [""]


def _fit_line(line: str, limit: int) -> list[str]:
    if len(line) <= limit:
        return [line]
    prefix = "> " if line.startswith("> ") else ""
    words = line[len(prefix) :].split(" ")
    pieces: list[str] = []
    current = prefix
    for word in words:
        while len(word) > limit - len(prefix) - 1:  # a "word" longer than a message
            room = limit - len(prefix) - 1
            if current.strip(" >"):
                pieces.append(current.rstrip())
            pieces.append(prefix + word[:room])
            word = word[room:]
            current = prefix
        candidate = word if current == prefix else f"{current} {word}"
        if current == prefix:
            candidate = prefix + word
        if len(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current.rstrip())
            current = prefix + word
    if current.strip(" >"):
        pieces.append(current)
    # never leave a citation marker alone at the start of a piece
    for i in range(1, len(pieces)):
        stripped = pieces[i][len(prefix) :]
        if _MARKER.fullmatch(stripped) and len(pieces[i - 1]) + len(stripped) + 1 <= limit:
            pieces[i - 1] = f"{pieces[i - 1]} {stripped}"
            pieces[i] = ""
    return [p for p in pieces if p]
