"""Stop signals raised as exceptions, so that a long job cleans up as it does after Ctrl-C.

Python's default for SIGTERM (and SIGHUP) ends the process on the spot, leaving whatever the job
had made in a temporary place; raised inside the job instead, its ``finally`` and ``except``
clauses run. Shared by the CLI's builds and evals and by the benchmark harness."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any


@contextlib.contextmanager
def raised_on(
    signals: Iterable[signal.Signals], error: Callable[[int], BaseException]
) -> Iterator[None]:
    """While the block runs, each of ``signals`` raises ``error(signum)`` in it; the handlers
    before are restored after. Only the main thread can set a handler: elsewhere (a test
    runner's worker, an embedding program) the block runs with the handlers as they are.

    A signal whose exception the block never sees (raised where Python only prints "Exception
    ignored in", as in a finaliser the garbage collector runs) is raised again when the block
    ends: a build stopped that way ran on to its end with exit status 0 (a hardening test,
    once in a clean-clone CI run), as if no one had asked it to stop."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []

    def stop(signum: int, _frame: Any) -> None:
        pending.append(signum)
        raise error(signum)

    previous = {number: signal.signal(number, stop) for number in signals}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if pending:
        raise error(pending[0])
