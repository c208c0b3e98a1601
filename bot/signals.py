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
) -> Iterator[Callable[[], None]]:
    """While the block runs, each of ``signals`` raises ``error(signum)`` in it; the handlers
    before are restored after. Only the main thread can set a handler: elsewhere (a test
    runner's worker, an embedding program) the block runs with the handlers as they are.

    A signal whose exception the block never saw is raised when the block ends: one raised
    where Python only prints "Exception ignored in" (a finaliser the garbage collector runs),
    and one that arrives as the block ends, which Python runs while the handlers are put back
    (``signal.signal`` runs a pending handler before it changes one). Raised there, it cut the
    restore short and left this handler in place for the rest of the process (read from
    CPython 3.11's signalmodule.c, not seen in a test), so there it is only recorded, and raised
    once every handler is back.

    It gives a check that raises a stop the block has not seen yet: called before a step that
    cannot be undone (a build's swap of its database), so that a swallowed stop still stops
    the job before it, not after. Seen: a SIGTERM run in importlib's module-lock callback (a
    weakref callback: "Exception ignored in ... cb") let a build run on, swap its new database
    in and exit 0, the clean-clone CI failure (1 of 32 reruns of that test's steps under load)."""
    pending: list[int] = []

    def check() -> None:
        if pending:
            raise error(pending[0])

    if threading.current_thread() is not threading.main_thread():
        yield check
        return
    running = True

    def stop(signum: int, _frame: Any) -> None:
        pending.append(signum)
        if running:
            raise error(signum)

    previous = {number: signal.signal(number, stop) for number in signals}
    try:
        yield check
    finally:
        running = False
        _restore(previous)
    check()


def _restore(previous: dict[int, Any]) -> None:
    """Put the handlers in ``previous`` back with their signals held (where the platform can).

    CPython runs a pending handler before it changes one, but a signal that arrives during the
    change itself reaches Python after it, finds no Python handler, and is dropped with only
    "Signal 15 ignored due to race condition" on stderr: a build stopped at that moment exited
    0 (read from CPython 3.11's signalmodule.c; a loop of 20,000 signals never hit it). Held, it
    waits in the kernel and meets the handler put back (the default: the process ends by the
    signal, as one arriving a moment later would)."""
    held = list(previous)
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        for number, handler in previous.items():
            signal.signal(number, handler)
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        for number, handler in previous.items():
            signal.signal(number, handler)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
