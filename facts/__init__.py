"""factdesk's fact extraction: article files in, a SQLite fact table out. Never imports ``bot``."""

from .articles import discover, parse_text_article, read_source
from .builder import BuildReport, build
from .errors import ArticleError, BuildError, DatabaseError, FactsError
from .extract import EXTRACTOR_VERSION, citable_sentences, extract
from .model import Article, Entity, Extraction, Fact, Mention, Sentence
from .store import SCHEMA_VERSION, open_readonly

__all__ = [
    "EXTRACTOR_VERSION",
    "SCHEMA_VERSION",
    "Article",
    "ArticleError",
    "BuildError",
    "BuildReport",
    "DatabaseError",
    "Entity",
    "Extraction",
    "Fact",
    "FactsError",
    "Mention",
    "Sentence",
    "build",
    "citable_sentences",
    "discover",
    "extract",
    "open_readonly",
    "parse_text_article",
    "read_source",
]
