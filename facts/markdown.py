"""Render a Markdown article's body to the plain text that is stored, split and quoted.

A quote is the stored text at its offsets, so the stored text of a ``.md`` article is what its
page shows, not its source: "The council [approved](https://…) the budget on **Tuesday**" was
quoted with its brackets, link and asterisks, and a footnote "[^1]: The vote …" as a sentence.
CommonMark is parsed by markdown-it-py (with GitHub's tables and strikethrough, and footnotes
from mdit-py-plugins), and the tokens are written back as plain text in the layout the splitter
already reads for Markdown (``facts.sentences``, ``soft_wraps``):

- a paragraph keeps its line breaks (the splitter decides which are soft wraps, as it did for
  the source), with links as their text, emphasis marks, escapes and entities resolved, inline
  code as its text, and images, HTML tags and footnote references gone;
- a heading stays one line with ``#`` marks of its level, a label the splitter does not quote
  (``## Reactions``, whether written so or underlined with ``---``);
- a list item opens with ``- `` or its number, which a quote starts after, as before;
- a blockquote is its paragraphs, without ``>``;
- code blocks, tables, rules, HTML comments, footnote definitions and struck-out text
  (``~~Tuesday~~ Wednesday``: the page shows it as withdrawn) show no prose to quote and are
  left out; an HTML block keeps the text it shows (``<p>The council met.</p>``).

Blocks are parted by a blank line, which the splitter reads as a paragraph break.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

_PARSER = (
    MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).use(footnote_plugin)
)
# blocks that show no prose: everything from the opening token to its closing one is left out
_HIDDEN_BLOCKS = frozenset({"table_open", "footnote_block_open"})
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_SPACES = re.compile(r"[ \t]+")
_SENTENCE_END = re.compile(r"[.!?:;\u2026\"'\u201d\u2019)\]]\s*$")


def render(source: str) -> str:
    """The plain text that Markdown ``source`` shows (see the module's docstring)."""
    blocks: list[str] = []
    hidden = 0  # depth inside a table or the footnotes
    heading = ""  # the "## " of the heading whose text comes next
    setext = False  # that heading is underlined ("Reactions" over "---")
    marker = ""  # the list marker the next paragraph opens with
    ordered: list[bool] = []  # whether each list open is numbered
    for token in _PARSER.parse(source):
        if hidden:
            hidden += token.nesting
            continue
        kind = token.type
        if kind in _HIDDEN_BLOCKS:
            hidden = 1
        elif kind == "heading_open":
            heading = "#" * int(token.tag[1]) + " "
            setext = token.markup[:1] in ("=", "-")
        elif kind == "heading_close":
            heading = ""
        elif kind in ("bullet_list_open", "ordered_list_open"):
            ordered.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            ordered.pop()
        elif kind == "list_item_open":
            marker = f"{token.info}{token.markup} " if ordered and ordered[-1] else "- "
        elif kind == "list_item_close":
            # an item that showed no text (empty, an image, a code block) keeps its marker
            # to itself: left over, it made the next paragraph an item ("- The council met.")
            marker = ""
        elif kind == "inline":
            text = _lines(_inline(token.children or []))
            if heading and setext and _SENTENCE_END.search(text):
                # a line ending as a sentence ends, over a rule: a sentence, as the splitter
                # reads it in the source (sentences.is_underlined_heading)
                blocks.append(text)
            elif text:
                blocks.append(heading + text if heading else marker + text)
                marker = ""
        elif kind == "html_block":
            text = _lines(_html_text(token.content))
            if text:
                blocks.append(marker + text)
                marker = ""
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _inline(children: list[Token]) -> str:
    """An inline run as the page shows its text (see the module's docstring)."""
    out: list[str] = []
    struck = 0
    for child in children:
        kind = child.type
        if kind == "s_open":
            struck += 1
        elif kind == "s_close":
            struck = max(0, struck - 1)
        elif struck:
            continue
        elif kind in ("text", "text_special", "code_inline"):
            out.append(child.content)
        elif kind in ("softbreak", "hardbreak") or _is_break_tag(child):
            out.append("\n")
    return "".join(out)


def _is_break_tag(token: Token) -> bool:
    """``<br>`` written in a paragraph: a line break, where any other tag shows nothing."""
    return token.type == "html_inline" and _BREAK_TAG.fullmatch(token.content.strip()) is not None


def _lines(text: str) -> str:
    """Each line with its runs of spaces made one and trimmed (a dropped image or tag leaves
    two spaces, a line's indent is layout), and no blank line inside a block."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


class _HtmlText(HTMLParser):
    """The text an HTML block shows: no tags, comments, scripts or styles; a block tag or
    ``<br>`` ends a line."""

    _BLOCK = frozenset(
        "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
        "h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
    )
    _SILENT = frozenset({"script", "style", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._silent = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self._SILENT:
            self._silent += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SILENT:
            self._silent = max(0, self._silent - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._silent:
            self.parts.append(data)  # its line breaks read as a paragraph's are


def _html_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
