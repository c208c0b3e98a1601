"""bot.signals: a stop signal raised in the running block, the handlers restored after."""

from __future__ import annotations

import contextlib
import os
import signal

import pytest

from bot.signals import raised_on


class Stop(Exception):
    pass


def test_a_signal_is_raised_in_the_block_and_the_old_handler_comes_back():
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Stop) as raised, raised_on([signal.SIGTERM], lambda n: Stop(n)):
        os.kill(os.getpid(), signal.SIGTERM)
    assert raised.value.args == (signal.SIGTERM,)
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_signal_the_block_never_saw_is_raised_when_it_ends():
    """Raised where Python only prints "Exception ignored in" (a finaliser the garbage collector
    runs), the stop was lost and the job ran on to exit status 0; it is raised at the block's
    end."""
    swallowed = contextlib.suppress(Stop)  # what a finaliser does with it
    with pytest.raises(Stop), raised_on([signal.SIGTERM], lambda n: Stop(n)), swallowed:
        os.kill(os.getpid(), signal.SIGTERM)
    with raised_on([signal.SIGTERM], lambda n: Stop(n)):
        pass  # no signal, nothing raised


def test_the_block_can_check_for_a_stop_its_code_swallowed():
    """A SIGTERM run in importlib's module-lock callback (a weakref callback, where Python only
    prints "Exception ignored in") let a build swap its new database in and exit 0; the check,
    called before the swap, raises it there."""
    with pytest.raises(Stop), raised_on([signal.SIGTERM], lambda n: Stop(n)) as check:
        check()  # nothing yet
        with contextlib.suppress(Stop):  # what the callback does with it
            os.kill(os.getpid(), signal.SIGTERM)
        check()
        raise AssertionError("not reached: the check raised the stop")
