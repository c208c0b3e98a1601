"""``factdesk eval --wikiqa DIR``: WikiQA through the whole product, not just the ranker.

Each WikiQA document becomes an article file (title in front matter, one summary sentence per
line), the normal build ingests them into a throw-away database, and every question is asked with
``--article`` set to its document, exactly as ``factdesk ask --json`` would. The ranked sentences
are mapped back to WikiQA's candidates by their text, then scored with :mod:`bot.wikiqa`:
MAP/MRR for answer-sentence selection and precision/recall/F1 for answer triggering, where the
product "triggers" when it answers instead of abstaining.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

from facts import build

from . import wikiqa
from .answer import Answerer
from .config import Config

_SAFE_ID = re.compile(r"[^A-Za-z0-9_-]+")


def _key(text: str) -> str:
    return " ".join(text.split())


def write_articles(items: list[wikiqa.Item], folder: Path) -> dict[str, str]:
    """One article file per WikiQA document; returns document id -> article id."""
    ids: dict[str, str] = {}
    for item in items:
        if item.document in ids:
            continue
        article_id = _SAFE_ID.sub("_", item.document)
        ids[item.document] = article_id
        front = yaml.safe_dump({"title": item.title}, allow_unicode=True).strip()
        body = "\n".join(_key(c.text) for c in item.candidates)
        (folder / f"{article_id}.txt").write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")
    return ids


def run_wikiqa(config: Config, folder: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Build the WikiQA documents and ask every question through :class:`Answerer`."""
    items = wikiqa.load(folder / wikiqa.DEV_FILE)
    keep = wikiqa.load_filter(folder / wikiqa.DEV_FILTER_FILE, items)
    if limit is not None:
        items = items[:limit]
    with tempfile.TemporaryDirectory(prefix="factdesk-wikiqa-") as tmp:
        articles = Path(tmp) / "articles"
        articles.mkdir()
        ids = write_articles(items, articles)
        db = Path(tmp) / "wikiqa.db"
        report = build([articles], db)
        if report.failed:
            raise RuntimeError(f"WikiQA documents failed to build: {report.failed[0]}")
        answerer = Answerer(config, db)
        results = []
        for item in items:
            answer = answerer.answer(item.question, article=ids[item.document], top=50)
            scores = _scores(item, answer.ranked)
            results.append((wikiqa.Ranked(item, tuple(scores), answer.confidence), answer.answered))
        answerer.corpus.close()
    ranked = [r for r, _ in results]
    n, map_, mrr = wikiqa.selection(ranked, keep)
    answered = [r for r, a in results if a and r.scores]
    product = wikiqa.Triggering(
        threshold=config.answer.min_confidence,
        answered=len(answered),
        correct=sum(r.top_right for r in answered),
        answerable=sum(r.item.has_answer for r in ranked),
    )
    best = wikiqa.best_threshold(ranked)
    return {
        "questions": len(ranked),
        "ranked_questions": n,
        "map": round(map_, 4),
        "mrr": round(mrr, 4),
        "triggering": _triggering(product),
        "best_threshold": _triggering(best),
    }


def _scores(item: wikiqa.Item, ranked: tuple) -> list[float]:
    """A score per WikiQA candidate from the product's ranking (higher = ranked earlier).

    A candidate the splitter cut in two takes the best rank of its pieces; a candidate the
    product did not rank at all comes last.
    """
    texts = [_key(c.text) for c in item.candidates]
    scores = [float("-inf")] * len(texts)
    for position, citation in enumerate(ranked):
        if citation.index == 0:
            continue  # the title line is factdesk's, not one of WikiQA's candidates
        sentence = _key(citation.sentence)
        for i, text in enumerate(texts):
            if sentence == text or (len(sentence) > 20 and sentence in text):
                scores[i] = max(scores[i], -float(position))
    return [s if s != float("-inf") else -1e6 for s in scores]


def _triggering(t: wikiqa.Triggering) -> dict[str, Any]:
    return {
        "threshold": round(t.threshold, 4),
        "answered": t.answered,
        "correct": t.correct,
        "answerable": t.answerable,
        "precision": round(t.precision, 4),
        "recall": round(t.recall, 4),
        "f1": round(t.f1, 4),
    }


def format_wikiqa(result: dict[str, Any]) -> str:
    t, b = result["triggering"], result["best_threshold"]
    return "\n".join(
        [
            f"WikiQA dev through the full pipeline: {result['questions']} questions, "
            f"{result['ranked_questions']} with right and wrong candidates",
            "",
            "| measure | value |",
            "|---|---|",
            f"| MAP | {result['map']:.4f} |",
            f"| MRR | {result['mrr']:.4f} |",
            f"| triggering F1 (min_confidence {t['threshold']}) | {t['f1']:.4f} "
            f"(P {t['precision']:.3f}, R {t['recall']:.3f}) |",
            f"| triggering F1 at the best threshold ({b['threshold']}) | {b['f1']:.4f} |",
        ]
    )
