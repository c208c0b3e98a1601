"""Safe YAML loading whose every failure is a :class:`yaml.YAMLError` with a line.

PyYAML's safe loader builds Python values as it reads, and some of those conversions fail with
plain Python errors instead of a YAMLError: an impossible date (``published: 2020-02-30``, common
in scraped front matter) raises ValueError, ``!!bool maybe`` KeyError, ``!!timestamp soon``
AttributeError. Callers name a malformed file in one line by catching YAMLError, so these
escaped as an "internal error" and, in an article's front matter, stopped the whole build. Here
they become a :class:`yaml.constructor.ConstructorError` that marks the value's line.

Used for article front matter, ``config.yaml`` and question files alike; never runs code (the
safe loader's tags only).
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


def load(text: str) -> Any:
    """The YAML document in ``text``; raises :class:`yaml.YAMLError` for anything it cannot read."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 (a safe loader)
