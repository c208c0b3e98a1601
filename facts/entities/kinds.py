"""Pieces to kinds: whether an unknown name is a person, an organisation or a place, from the
cues around it: a title, an honorific, a reporting verb, a preposition of place, an
organisation word."""

from __future__ import annotations

from ..lexicon import Lexicon, is_acronym
from .gazetteer import _match_gazetteer
from .records import _Piece
from .roles import _role_after_name, _role_before_name
from .words import (
    _ORG_WORDS,
    COUNTRY,
    HONORIFICS,
    ORG,
    ORG_HEADS,
    ORG_LEADS,
    PERSON,
    PLACE,
    PLACE_HEADS,
    PLACE_LEADS,
    PLACE_PREPOSITIONS,
    REPORT_FORMS,
)


def _piece_index(pieces: list[_Piece]) -> tuple[dict[int, int], dict[int, _Piece]]:
    """Pieces by their start (position in ``pieces``) and by their end."""
    return {p.i: x for x, p in enumerate(pieces)}, {p.j: p for p in pieces}


def _classify(lex: Lexicon, words, folded, pieces: list[_Piece]) -> None:
    """Give names a kind from their context, and people their titles."""
    if not pieces:
        return
    n = len(words)
    # pieces by their start (position in ``pieces``) and by their end, made when a title needs
    # them: classifying moves a piece's start at most, never its end
    at = end_at = None
    for k, piece in enumerate(pieces):
        if piece.kind == "role":
            if at is None:
                at, end_at = _piece_index(pieces)
            _role_before_name(lex, words, folded, pieces, k, at, end_at)
    for piece in pieces:
        if piece.kind != "name" or piece.label is not None:
            continue
        first, last = folded[piece.i], folded[piece.j - 1]
        before = folded[piece.i - 1] if piece.i > 0 else ""
        if before == "." and piece.i > 1:
            before = folded[piece.i - 2]
        after = folded[piece.j] if piece.j < n else ""
        length = piece.j - piece.i
        if length > 1 and (
            last in ORG_HEADS
            or length > 2
            and (first in ORG_LEADS or _org_of(words, folded, piece))  # "Academy of Sciences"
        ):
            piece.label = ORG
        elif length > 1 and (last in PLACE_HEADS or first in PLACE_LEADS):
            piece.label = PLACE
        elif (
            before in HONORIFICS
            or first in lex.given_names
            and length >= 2
            or after in REPORT_FORMS
            and length >= 2
            or after == ","
            and length >= 2
            and _described_person(words, folded, piece.j + 1)
        ):
            piece.label = PERSON
        elif (
            before in PLACE_PREPOSITIONS
            and not piece.initial
            and first not in lex.given_names
            and length <= 3
            and not is_acronym(words[piece.i])
        ):
            piece.label = PLACE
        elif after == "," and piece.j + 1 < n and _is_place_of(lex, words, folded, piece.j + 1):
            piece.label = PLACE  # "Marksville, Louisiana"
        if piece.label in (None, PERSON) and piece.j < n and folded[piece.j] == ",":
            if at is None:
                at, end_at = _piece_index(pieces)
            _role_after_name(lex, words, folded, pieces, piece, at, end_at)


def _org_of(words: list[str], folded: list[str], piece: _Piece) -> bool:
    """An organisation named "<head> of <field>": "Academy of Sciences", "Court of Appeal",
    "Council of Europe" (the head word comes before "of"; "Duke of Edinburgh" has none). A run
    cut short ("Supreme Court of the") is not a name."""
    if not words[piece.j - 1][:1].isupper():
        return False
    k = piece.i + 1
    while k < piece.j - 1 and folded[k] != "of":
        k += 1
    return k < piece.j - 1 and folded[k - 1] in ORG_HEADS


SAYS_REACH = 14  # tokens from "Name," to the comma before "said" ("Name, spokesperson ..., said")
RELATIVE_PRONOUNS = frozenset({"who", "whose"})  # "Name, who chairs the council, ...": a person
_NOT_PERSON_APPOSITION = _ORG_WORDS | PLACE_HEADS | {"which", "that", "firm", "where"}
_SAYS = REPORT_FORMS - {"according"}  # "La Llagosta, ..., according to firefighters"


def _described_person(words: list[str], folded: list[str], i: int) -> bool:
    """What follows "Name," at token ``i`` says a person: a relative clause ("Homer Simpson, who
    chairs the council") or a lower-case apposition followed by a reporting verb ("Abdurrahman
    Mangal, spokesperson for the governor, said"; not "the League of Human Rights, Jamel
    Msallem, said")."""
    n = len(folded)
    if i < n and folded[i] in RELATIVE_PRONOUNS:
        return True
    head = i + 1 if i < n and folded[i] in ("a", "an", "the") else i
    if head >= n or folded[head] in _NOT_PERSON_APPOSITION or not words[i][:1].islower():
        return False  # "Acme, which ...", "Acme, a company that ..."
    for k in range(i, min(n, i + SAYS_REACH)):
        if folded[k] in {".", ";", ":", '"', "“", "”"}:
            return False
        if folded[k] == ",":
            return k > i and k + 1 < n and folded[k + 1] in _SAYS
    return False


def _is_place_of(lex: Lexicon, words, folded, i: int) -> bool:
    found = _match_gazetteer(lex, words, folded, i, len(words))
    return found is not None and lex.known[found[1].entity].kind in (COUNTRY, PLACE)
