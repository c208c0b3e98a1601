"""Tokens to pieces: the runs of a sentence's tokens that name something (a gazetteer hit, a
title, a capitalised name), merged where they name one thing."""

from __future__ import annotations

import re
from itertools import compress

from ..lexicon import Lexicon
from .gazetteer import _match_gazetteer, _may_match_gazetteer
from .records import _Piece
from .words import _AWARD_HEADS, _ORG_WORDS, NAME_PARTICLES, ORG, ORG_HEADS, ORG_LEADS, PERSON

_LOWER_FORM = re.compile(r"[a-z][a-z'’-]*")
_LOWER_CONTINUES = frozenset("abcdefghijklmnopqrstuvwxyz'’-")


class _LowerWords:
    """Words the article writes in lowercase: capitalised at a sentence start, they are words.

    A lowercase word is a run of ``[a-z'’-]`` starting with a letter that does not follow a word
    character, an apostrophe, a period or a hyphen. Only a dozen sentence-initial words per
    article are ever asked about, so each is looked up in the text when asked (and remembered)
    instead of collecting every lowercase word of the article up front.
    """

    __slots__ = ("text", "known")

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = self._written(word)
        return found

    def _written(self, word: str) -> bool:
        if not _LOWER_FORM.fullmatch(word):
            return False
        text = self.text
        size = len(word)
        at = text.find(word)
        while at >= 0:
            after = at + size
            if at > 0:
                before = text[at - 1]
                lead_ok = not (before.isalnum() or before in "_'’.-")
            else:
                lead_ok = True
            if lead_ok and (after == len(text) or text[after] not in _LOWER_CONTINUES):
                return True
            at = text.find(word, at + 1)
        return False


def _title_case(tokens: list[str]) -> bool:
    words = [w for w in tokens if w[0].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (word[0].isalpha())


def match_role(lex: Lexicon, folded, i: int, n: int) -> int | None:
    """Where the longest title of the lexicon's roles that opens at token ``i`` of ``folded``
    ends ("Secretary of State"), None where none opens there. Public: a relation's subject
    span reads a title's own "of" as the title's (facts.relations.spans)."""
    longest = lex.role_longest.get(folded[i])
    if longest is None:
        return None
    for length in range(min(longest, n - i), 0, -1):
        if tuple(folded[i : i + length]) in lex.roles:
            return i + length
    return None


def _pieces(
    lex: Lexicon, words, folded, starts, ends, title_case: bool, lower_words
) -> list[_Piece]:
    """Cut a sentence's tokens into gazetteer hits, titles and unknown capitalised names."""
    pieces: list[_Piece] = []
    n = len(words)
    first_word = 0
    while first_word < n and not words[first_word][0].isalnum():
        first_word += 1
    gazetteer_firsts = lex.longest
    role_longest = lex.role_longest
    role_modifiers = lex.role_modifiers
    common_words = lex.common_words
    # only capitalised words and title words can start a piece: visit those, skip the rest
    candidates = compress(range(n), map(lex.piece_start.__getitem__, words))
    end_of_last = 0  # tokens before it belong to the last piece
    for i in candidates:
        if i < end_of_last:
            continue
        word = words[i]
        f = folded[i]
        upper = word[0].isupper()
        # a gazetteer name can start only with a word some name starts with, or an acronym
        if upper and (f in gazetteer_firsts or (len(word) > 1 and word.isupper())):
            found = _match_gazetteer(lex, words, folded, i, n)
            if found is not None:
                j, hit = found
                if hit.alone or _standalone(words, i, j):
                    pieces.append(_Piece("gaz", i, j, entity=hit.entity, demonym=hit.demonym))
                    end_of_last = j
                    continue
        j = match_role(lex, folded, i, n) if f in role_longest else None
        if j is not None and not (title_case and upper):
            # "Chief" or "General" starting a capitalised name is part of it only in orgs
            pieces.append(_Piece("role", i, j))
            end_of_last = j
            continue
        if f in role_modifiers and _leads_to_role(lex, folded, i, n):
            continue  # "Emergencies Minister", "Deputy Governor": part of a title
        if upper and word[0].isalpha() and not title_case and f not in common_words:
            initial = i == first_word
            if initial and (f in lower_words or f.endswith(("ly", "ing"))):
                continue
            j = _extend_name(lex, words, folded, starts, ends, i, n)
            pieces.append(_Piece("name", i, j, initial=initial))
            end_of_last = j
    return _merge(lex, words, folded, pieces)


def _leads_to_role(lex: Lexicon, folded, i: int, n: int) -> bool:
    k = i
    while k < n and folded[k] in lex.role_modifiers and k - i < 4:
        k += 1
    return k < n and folded[k] in lex.role_longest and match_role(lex, folded, k, n) is not None


def _standalone(words, i: int, j: int) -> bool:
    """A generic name ("Senate") counts only when no capitalised word is glued to it."""
    before = words[i - 1] if i > 0 else ""
    after = words[j] if j < len(words) else ""
    return not (before[:1].isupper() or after[:1].isupper())


def _extend_name(lex: Lexicon, words, folded, starts, ends, i: int, n: int) -> int:
    """End of the capitalised run starting at i: "Ursula von der Leyen", "Brian T. Carroll"."""
    j = i + 1
    common_words = lex.common_words
    while j < n:
        word = words[j]
        f = folded[j]
        if word[0].isupper() and word[0].isalpha() and f not in common_words:
            if f in lex.role_longest and match_role(lex, folded, j, n) and f not in ORG_HEADS:
                break
            if (
                _may_match_gazetteer(lex, word, f)
                and _match_gazetteer(lex, words, folded, j, n)
                and folded[j - 1] not in ORG_LEADS
            ):
                break
            j += 1
            continue
        if (
            word == "."
            and len(words[j - 1]) == 1
            and words[j - 1].isupper()
            and j + 1 < n
            and _capitalised(words[j + 1])
            and starts[j] == ends[j - 1]
        ):
            j += 1  # an initial: "Brian T. Carroll"
            continue
        if f in NAME_PARTICLES and word.islower():
            k = j
            while k < n and folded[k] in NAME_PARTICLES and words[k].islower():
                k += 1
            if k < n and _capitalised(words[k]) and k - j <= 2:
                j = k
                continue
        if (
            f == "of"
            and folded[j - 1] in _ORG_WORDS
            or f in ("in", "for")
            and (folded[j - 1] in _AWARD_HEADS)
        ):
            k = j + 1
            if k < n and folded[k] == "the":
                k += 1
            if k < n and _capitalised(words[k]) and folded[k] not in lex.common_words:
                j = k
                continue
        break
    return j


def _merge(lex: Lexicon, words, folded, pieces: list[_Piece]) -> list[_Piece]:
    """Join pieces that belong together: "Florida" + "Highway Patrol", "Michael" + "Jordan"."""
    out: list[_Piece] = []
    for piece in pieces:
        prev = out[-1] if out else None
        if prev is not None and prev.j == piece.i:
            if (
                piece.kind == "name"
                and folded[piece.j - 1] in ORG_HEADS
                and prev.kind in ("gaz", "name")
            ):
                # "Florida Highway Patrol", "Russian Foreign Ministry": one organisation
                affiliation = prev.entity if prev.kind == "gaz" else prev.affiliation
                out[-1] = _Piece("name", prev.i, piece.j, label=ORG, affiliation=affiliation)
                continue
            if (
                prev.kind == "name"
                and piece.kind == "gaz"
                and piece.j - piece.i == 1
                and folded[prev.i] in lex.given_names
                and lex.known[piece.entity].kind != PERSON
            ):
                out[-1] = _Piece("name", prev.i, piece.j, initial=prev.initial)  # Michael Jordan
                continue
            if (
                prev.kind == "gaz"
                and piece.kind == "name"
                and prev.j - prev.i == 1
                and folded[prev.i] in lex.given_names
                and lex.known[prev.entity].kind != PERSON
            ):
                out[-1] = _Piece("name", prev.i, piece.j)  # Jordan Peterson
                continue
        out.append(piece)
    return out
