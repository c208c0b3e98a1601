"""Answerers the answering tests share: over a fresh build of a few articles of a test's own."""

from __future__ import annotations

from bot.answer import Answerer
from bot.config import load_config
from facts import build
from tests.conftest import ROOT


def answerer_over(tmp_path, articles: dict[str, str]) -> Answerer:
    """An answerer over a fresh build of the given articles (file name -> text)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    build([folder], tmp_path / "q.db")
    return Answerer(load_config(ROOT / "config.yaml"), tmp_path / "q.db")
