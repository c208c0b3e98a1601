"""How an article is named when it is typed: an id as stored, or in another case or Unicode
form, copied with the quotes and closing marks around it, given as its file's name or path, or
as its title (:class:`bot.corpus.Corpus` looks the forms up; ``/sources`` and ``--article``
read them)."""

from __future__ import annotations

import unicodedata

from facts.articles import SUPPORTED_SUFFIXES


def folded(text: str) -> str:
    """``text`` as ids are compared when case is not told: one normal form, case folded."""
    return unicodedata.normalize("NFC", text).casefold()


# Phones and Macs type ’ for ', “ ” for ", and — or – for -- by default; a title is written
# either way, and reads the same
_TYPOGRAPHIC = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def title_key(text: str) -> str:
    """A title as a member's typing of it is compared: case, runs of spaces, typographic
    quotes and dashes ("Britain’s" typed on a phone is the title's "Britain's") and a closing
    full stop (left off, or copied from a source line) aside."""
    return folded(" ".join(text.split())).translate(_TYPOGRAPHIC).rstrip(". ")


# What comes along with an id copied from a member's sentence or the article list, which shows
# ids as inline code: the quotes or backticks around it, and the sentence's closing punctuation
_WRAPPING = "`'\"\u201c\u201d\u2018\u2019"
_CLOSING = ".,;:!?\u2026"


def bare_id(text: str) -> str:
    """``text`` without the marks a copied id brings along ("`000_x`.", "'000_x'," or
    "000_x."), in whatever order they came. An id that itself ends in one of them is still
    found: :func:`typed_forms` tries the text as given first."""
    bare = text.strip()
    while True:
        shorter = bare.strip(_WRAPPING).rstrip(_CLOSING).strip()
        if shorter == bare:
            return bare
        bare = shorter


def typed_forms(text: str) -> tuple[str, ...]:
    """The ids ``text`` may stand for, the most literal first: the text as given (spaces
    around it aside), then without the marks a copy brings along (:func:`bare_id`), then the
    id each names as a file name or path (:func:`id_in_name`). The first that is an id wins,
    so an id typed as it is stored is always that article, whatever else it could be read as."""
    given = text.strip()
    forms = (given, bare_id(given))
    return tuple(f for f in dict.fromkeys((*forms, *map(id_in_name, forms))) if f)


def id_in_name(name: str) -> str:
    """The article id a file name or path typed as one would be (``seeds/000_x.txt`` ->
    ``000_x``), from the text alone: an id typed by a user never reaches the filesystem."""
    base = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    return stem if dot and f".{suffix.lower()}" in SUPPORTED_SUFFIXES else base
