"""factdesk's fact extraction: article files in, a SQLite fact table out. Never imports ``bot``.

Names are loaded on first use, so that reading the database (``facts.store``) does not import
the builder and the extractors: the bot starts faster.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "discover": "articles",
    "parse_text_article": "articles",
    "read_source": "articles",
    "BuildReport": "builder",
    "build": "builder",
    "ArticleError": "errors",
    "BuildError": "errors",
    "DatabaseError": "errors",
    "FactsError": "errors",
    "EXTRACTOR_VERSION": "extract",
    "citable_sentences": "extract",
    "extract": "extract",
    "Article": "model",
    "Entity": "model",
    "Extraction": "model",
    "Fact": "model",
    "Mention": "model",
    "Sentence": "model",
    "SCHEMA_VERSION": "store",
    "open_readonly": "store",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'facts' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
