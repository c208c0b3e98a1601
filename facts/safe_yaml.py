"""Safe YAML loading whose every failure is a :class:`yaml.YAMLError` with a line.

PyYAML's safe loader builds Python values as it reads, and some of those conversions fail with
plain Python errors instead of a YAMLError: an impossible date (``published: 2020-02-30``, common
in scraped front matter) raises ValueError, ``!!bool maybe`` KeyError, ``!!timestamp soon``
AttributeError. Callers name a malformed file in one line by catching YAMLError, so these
escaped as an "internal error" and, in an article's front matter, stopped the whole build. Here
they become a :class:`yaml.constructor.ConstructorError` that marks the value's line.

Used for article front matter, ``config.yaml`` and question files alike; never runs code (the
safe loader's tags only). Front matter is read with :class:`TextLoader`, which keeps plain values
as written, so there only a value with an explicit tag (``!!timestamp 2020-02-30``) is converted.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError

# libyaml's parser, where PyYAML was built with it: the same documents and errors, about a tenth
# of the pure-Python parser's time (which was a third of reading a text article)
_BASE: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# what SafeConstructor's scalar conversions raise on a value they cannot read
_CONVERSION_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError)


class SafeLoader(_BASE):  # type: ignore[misc, valid-type]
    """The safe loader, with a value it cannot convert reported as a YAML error."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except _CONVERSION_ERRORS as exc:
            raise ConstructorError(
                None, None, f"cannot read {node.value!r} ({exc})", node.start_mark
            ) from None


class StrictLoader(SafeLoader):
    """The safe loader, with a key given twice in one mapping reported as a YAML error.

    YAML keeps the last of two equal keys. In a file someone edits by hand (``config.yaml``)
    that silently drops the first: a second ``synonyms:`` entry for a word, or a second
    ``examples:`` in an intent. Keys a ``<<:`` merge brings in may be overridden, as YAML means.
    """

    def construct_mapping(self, node: yaml.Node, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=deep)
                try:
                    duplicate = key in seen
                except TypeError:  # an unhashable key: SafeConstructor names it below
                    continue
                if duplicate:
                    raise ConstructorError(
                        "while constructing a mapping",
                        node.start_mark,
                        f"found duplicate key {key!r}",
                        key_node.start_mark,
                    )
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


class TextLoader(SafeLoader):
    """The safe loader, with plain values kept as the text they are: only an empty value, ``~``
    and ``null`` mean none (and ``<<`` still merges).

    YAML 1.1 reads plain values as numbers, truth values and dates, so in an article's front
    matter ``title: 12:30`` was the headline "750" (base 60), ``title: Yes`` "True", ``3.10``
    "3.1", a timestamp came back reformatted and an impossible date failed the file. The
    headline is a citable sentence: the bot quoted words the article does not have. Values
    given an explicit tag (``!!int 5``) are still converted.
    """


TextLoader.yaml_implicit_resolvers = {
    first: kept
    for first, resolvers in SafeLoader.yaml_implicit_resolvers.items()
    if (
        kept := [
            (tag, pattern)
            for tag, pattern in resolvers
            if tag in ("tag:yaml.org,2002:null", "tag:yaml.org,2002:merge")
        ]
    )
}


def load_text_values(text: str) -> Any:
    """The YAML document in ``text`` with plain values as written (:class:`TextLoader`): for
    article front matter, whose values are shown and quoted, never computed with."""
    return yaml.load(text, Loader=TextLoader)  # noqa: S506 (a safe loader)


def load(text: str, *, unique_keys: bool = False) -> Any:
    """The YAML document in ``text``; raises :class:`yaml.YAMLError` for anything it cannot read.
    ``unique_keys`` makes a key given twice in one mapping such an error too (for files written
    by hand; scraped front matter keeps YAML's rule, the last one counts)."""
    loader = StrictLoader if unique_keys else SafeLoader
    return yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader)


def tab_hint(text: str, line: int) -> str:
    """A note for a YAML error on ``line`` (0-based) indented with a tab, else "". YAML allows
    only spaces there, and says so as "found character that cannot start any token", which
    names no character; editors set to indent with tabs make such a line without a trace."""
    lines = text.splitlines()
    if 0 <= line < len(lines):
        indent = lines[line][: len(lines[line]) - len(lines[line].lstrip(" \t"))]
        if "\t" in indent:
            return "a tab indents this line: YAML indents with spaces only"
    return ""
