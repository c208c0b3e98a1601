from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's config and seeds, so builds write into a temp folder."""
    shutil.copy(ROOT / "config.yaml", tmp_path / "config.yaml")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path
