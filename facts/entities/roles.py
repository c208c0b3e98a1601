"""Titles as roles: "German Chancellor Friedrich Merz", "Tomasz Kubiak, a fire service spokesman"
give the person a role and the country or organisation before it an affiliation."""

from __future__ import annotations

from ..lexicon import Lexicon, fold, is_acronym, lexicon, slug, tokenize
from ..model import Mention
from .pieces import _capitalised
from .records import _Piece
from .words import DETERMINERS, ORG, ORG_HEADS, PERSON

# Modifiers that put a title in the past: "former US President Barack Obama" is no longer the
# American leader, though "former" stands before the country rather than before the title. Not
# "then", which before a country is as often the story's sequence ("and then US President ...").
PAST_MODIFIERS = frozenset({"former", "ex", "ex-", "late"})


def _role_before_name(
    lex: Lexicon, words, folded, pieces: list[_Piece], k: int, at, end_at
) -> None:
    """ "UK Prime Minister Keir Starmer", "Mayor of Koszalin Piotr Jedlinski"."""
    role = pieces[k]
    n = len(words)
    j = role.j
    affiliation, past = _affiliation_before(lex, words, folded, role.i, end_at)
    nxt = pieces[at[j]] if j in at else None
    end = j  # where the title (and its "of ...") ends
    if nxt is None and j + 1 < n and folded[j] == "of":
        of_piece = pieces[at[j + 1]] if j + 1 in at else None
        if of_piece is not None and of_piece.kind == "gaz":
            affiliation = of_piece.entity
            end = of_piece.j
            nxt = pieces[at[end]] if end in at else None
        elif of_piece is not None and of_piece.kind == "name" and of_piece.j - of_piece.i >= 3:
            affiliation = slug(words[of_piece.i])
            of_piece.i += 1  # "Mayor of Koszalin Piotr Jedlinski": the place, then the name
            at[of_piece.i] = at.pop(j + 1)
            nxt = of_piece
    if nxt is None and end + 1 < n and folded[end] == "," and end + 1 in at:
        # "The governor, Ned Flanders, warned": the name set off by commas after the title
        apposed = pieces[at[end + 1]]
        if apposed.kind == "name" and apposed.j < n and folded[apposed.j] == ",":
            nxt = apposed
    if nxt is None or nxt.kind == "role":
        return
    is_person = nxt.kind == "name" or lex.known[nxt.entity].kind == PERSON
    if not is_person or nxt.label not in (None, PERSON):
        return
    if nxt.kind == "name":
        if folded[nxt.j - 1] in ORG_HEADS:
            return
        nxt.label = PERSON
    nxt.role = _role_text(lex, folded, pieces, role)
    if past is not None and not nxt.role.startswith(past):
        nxt.role = f"{past} {nxt.role}"  # "former US President X": a former president
    nxt.affiliation = affiliation
    role.label = "title"  # used: not a title without a name


def _role_text(lex: Lexicon, folded, pieces: list[_Piece], role: _Piece) -> str:
    """The title with the words that narrow it: "emergencies minister", "deputy governor"."""
    start = role.i
    taken = None  # tokens of the other pieces, gathered only when a modifier precedes
    while start > 0 and folded[start - 1] in lex.role_modifiers:
        if taken is None:
            taken = {k for p in pieces if p is not role for k in range(p.i, p.j)}
        if start - 1 in taken:
            break
        start -= 1
    return " ".join(folded[start : role.j])


def _affiliation_before(
    lex: Lexicon, words, folded, i: int, end_at
) -> tuple[str | None, str | None]:
    """The country or organisation in the words before a title ("UK", "NATO", "White House"),
    and the modifier that puts the title in the past where one stands before that country
    ("former" in "former US President"), else None."""
    affiliation = None
    past = None
    steps = 0
    while i > 0 and steps < 6:
        steps += 1
        if affiliation is not None and folded[i - 1] in PAST_MODIFIERS:
            past = folded[i - 1]  # a sentence's first "Former" may have been read as a name
        piece = end_at.get(i)
        if piece is not None and piece.kind == "gaz":
            if affiliation is None and lex.known[piece.entity].kind != PERSON:
                affiliation = piece.entity
            i = piece.i
            continue
        if piece is not None and piece.kind == "name":
            if affiliation is None and piece.label == ORG:
                affiliation = slug(" ".join(words[piece.i : piece.j]))
            i = piece.i
            continue
        if folded[i - 1] in lex.role_modifiers or (piece is not None and piece.kind == "role"):
            i -= 1
            continue
        break
    return affiliation, past


def _role_after_name(lex: Lexicon, words, folded, pieces, piece: _Piece, at, end_at) -> None:
    """ "Tomasz Kubiak, a fire service spokesman," gives Kubiak a role."""
    n = len(words)
    i = piece.j
    if i >= n or folded[i] != ",":
        return
    i += 1
    if i < n and folded[i].endswith("ly"):
        i += 1
    if i < n and folded[i] in DETERMINERS:
        i += 1
    start = i
    while i < n and i - start < 7:
        other = pieces[at[i]] if i in at else None
        if other is not None and other.kind == "role":
            end = other.j
            if end < n and folded[end] not in {",", ".", "of", "and", ";", ")"}:
                return
            affiliation, _past = _affiliation_before(lex, words, folded, other.i, end_at)
            if end + 1 < n and folded[end] == "of" and end + 1 in at:
                target = pieces[at[end + 1]]
                if target.kind == "gaz":
                    affiliation = affiliation or target.entity
            piece.label = PERSON
            piece.role = _role_text(lex, folded, pieces, other)
            piece.affiliation = affiliation
            return
        if other is not None:
            i = other.j
            continue
        if folded[i] in lex.role_modifiers:
            i += 1
            continue
        return


def role_phrase(text: str, mention: Mention) -> str | None:
    """The title as written around a titled mention: "UK Prime Minister", "White House envoy".

    Relations use it as the object of a ``role`` fact, so "who is the german chancellor" finds
    "German Chancellor" in the text rather than a phrase made up from parts.
    """
    if not mention.role:
        return None
    lex = lexicon()
    window_start = max(0, mention.start - 120)
    words, folded, starts, ends = tokenize(text, window_start, mention.start)
    role_tokens = mention.role.split()
    k = len(words)
    # the title ends right before the name: find it, then walk left over its modifiers
    for end in range(k, max(0, k - 3) - 1, -1):
        start = end - len(role_tokens)
        if start >= 0 and folded[start:end] == role_tokens:
            i = start
            while i > 0 and k - i < 12:
                word, f = words[i - 1], folded[i - 1]
                if f in lex.role_modifiers or (
                    _capitalised(word) and (is_acronym(word) or f not in lex.common_words)
                ):
                    i -= 1
                    continue
                break
            return text[starts[i] : ends[end - 1]]
    # an apposition after the name: "Tomasz Kubiak, a fire service spokesman"
    after = text[mention.end : mention.end + 100]
    if not after.startswith(","):
        return None
    position = fold(after).find(mention.role)
    if 0 <= position < 60 and not any(c in after[:position] for c in ".;:\n"):
        head = after[1 : position + len(mention.role)].strip()
        for article_word in ("a ", "an ", "the "):
            head = head.removeprefix(article_word)
        return head or None
    return None
