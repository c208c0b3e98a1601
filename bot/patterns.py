"""Regular expressions compiled on first use, or all at once by :func:`warm_up`.

Python compiles a regular expression in Python code (re._parser, re._compiler): a long
alternation of words costs milliseconds, and every process paid for each at import, before its
first answer, whether any question would need it or not. A :class:`Lazy` expression waits for
its first use; :func:`warm_up` compiles every one still waiting, once serving has begun
(bot.answer.Answerer.warm_up), so that no question waits for one either. Kept for the
expressions no question of the bench's start-up and question set used (callgrind and a census of
re.compile calls, twenty-fifth session): the rest are compiled at import as before.
"""

from __future__ import annotations

import re
import threading
from typing import Any

# the methods of re.Pattern that the lazy expressions are called by
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_waiting: list[Lazy] = []
_lock = threading.Lock()


class Lazy:
    """``re.compile(pattern, flags)``, compiled when one of its methods is first looked up.
    After that its methods are the compiled expression's own, kept on the object: a call costs
    what a call of the compiled expression's method does."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags
        with _lock:
            _waiting.append(self)

    def compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str) -> Any:
        # only for an attribute the object lacks: a method, before the first compile
        if name not in _METHODS:
            raise AttributeError(name)
        self.compile()
        return getattr(self, name)


def warm_up() -> None:
    """Compile every lazy expression not compiled yet."""
    with _lock:
        waiting = list(_waiting)
        _waiting.clear()
    for pattern in waiting:
        if "search" not in vars(pattern):
            pattern.compile()
