"""The shared fixtures themselves."""

from __future__ import annotations

from tests.conftest import ROOT, SEED_ARTICLE, SEEDS


def test_the_tests_build_the_seed_article_alone_not_the_operators_seeds_folder():
    """qa24: after adding articles to seeds/ as the README says, `python -m pytest` failed
    three tests (counts, a duplicate id, another answer): the tests built the checkout's
    folder. They build a copy of the seed article alone."""
    assert SEEDS.resolve() != (ROOT / "seeds").resolve()
    assert [path.name for path in SEEDS.iterdir()] == [SEED_ARTICLE.name]
