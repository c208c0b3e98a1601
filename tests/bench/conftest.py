"""Helpers shared by the bench tools' tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest


def one_line_exit(main: Callable[[Sequence[str]], object], argv: Sequence[str]) -> str:
    """The message a bench tool's ``main`` stops with on ``argv``: a bad input is one line
    (``SystemExit`` with text), never a traceback from a worker or a database error."""
    with pytest.raises(SystemExit) as exc:
        main(argv)
    message = str(exc.value.code)
    assert "\n" not in message
    return message
