"""Fixtures the answering tests of several modules share."""

from __future__ import annotations

import pytest

from bot.answer import Answerer
from bot.config import load_config
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def core(seed_db) -> Answerer:
    return Answerer(load_config(ROOT / "config.yaml"), seed_db)
