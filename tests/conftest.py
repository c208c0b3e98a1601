"""Shared fixtures: paths to the seed article, the optional shared corpus, and built databases."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import strategies as st

from bot import fact_evidence
from bot.config import load_config
from bot.text import use_word_groups
from facts import build

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_4de870c6ba78c5ba.txt"


def _seed_folder() -> Path:
    """A folder holding the seed article alone, for the tests' builds. The README tells an
    operator to drop their articles into seeds/ and to run the tests: with the checkout's
    folder, builds counted, clashed with (a `bridge.txt` beside `bridge.markdown`) and
    answered from their articles, and three tests failed on a working install."""
    folder = Path(tempfile.mkdtemp(prefix="factdesk-tests-")) / "seeds"
    folder.mkdir()
    shutil.copy2(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    atexit.register(shutil.rmtree, folder.parent, True)
    return folder


SEEDS = _seed_folder()
SHARED = ROOT.parent / "shared"
WIKINEWS = SHARED / "corpus" / "wikinews"
WIKIQA = SHARED / "eval" / "wikiqa-dev"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
_PROJECT_GROUPS = load_config(ROOT / "config.yaml").word_groups

# Texts for the name patterns (facts.wording.PERSON_NAME, bot.rank's demonyms) against the same
# patterns as first written: capitals, lower-case runs and the endings of demonyms, breaks and
# sentence ends, a non-ASCII capital, an initial.
NAME_TEXTS = st.lists(
    st.sampled_from(
        ["A", "Bc", "Ab Cd", "b", "an", "ian", "ish", "i", " ", "\n", ".", "!", "-", "é", "É"]
        + ["1", "_", "E."]
    ),
    max_size=30,
).map("".join)


@pytest.fixture(autouse=True)
def project_word_groups() -> None:
    """The project's config.yaml word groups in use, as the bot run from the project has them
    (bot.text.use_word_groups is process-wide): a test that built an Answerer from another
    config leaves no other groups to the next."""
    if use_word_groups(_PROJECT_GROUPS):
        fact_evidence.forget_word_keys()


def need_shared(path: Path) -> Path:
    """Skip (with the reason) when the shared data folder is not next to the project."""
    if not path.exists():
        pytest.skip(f"{path} not found: the shared data folder is only present in the dev setup")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed article built once per test session."""
    folder = tmp_path_factory.mktemp("seed")
    shutil.copytree(SEEDS, folder / "seeds")
    db = folder / "seed.db"
    report = build([folder / "seeds"], db)
    assert report.ok, report.failed
    return db


@pytest.fixture(scope="session")
def wikinews_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need_shared(WIKINEWS)
    db = tmp_path_factory.mktemp("wikinews") / "wikinews.db"
    report = build([WIKINEWS], db)
    assert report.ok, report.failed
    return db
