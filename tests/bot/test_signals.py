"""bot.signals: a stop signal raised in the running block, the handlers restored after."""

from __future__ import annotations

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
