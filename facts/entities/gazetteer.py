"""The gazetteer read outside a sentence: which countries, places and organisations a text or a word
names, and the spellings of places ("Ukraine", "Ukrainian", "Ukraine's")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..frequency import zipf
from ..lexicon import Lexicon, fold, lexicon, sentence_tokens
from ..words import stem


def _match_gazetteer(lex: Lexicon, words, folded, i: int, n: int):
    """Longest gazetteer name starting at token i, as (end, hit), or None."""
    word = words[i]
    if len(word) > 1 and word.isupper():  # an acronym: matched as written, up to 3 tokens
        longest = lex.exact_longest.get(word)
        if longest is not None:
            exact = lex.exact
            for length in (3, 2, 1):
                if length <= longest and i + length <= n:
                    hit = exact.get(tuple(words[i : i + length]))
                    if hit is not None:
                        return i + length, hit
    first = word[0]
    if not (first.isupper() and first.isalpha()):
        return None
    longest = lex.longest.get(folded[i])
    if longest is None:
        return None
    names = lex.folded
    for length in range(min(longest, n - i), 0, -1):
        hit = names.get(tuple(folded[i : i + length]))
        if hit is not None:
            if length > 1:
                last = words[i + length - 1]
                if not (
                    (last[0].isupper() and last[0].isalpha())
                    or last == "state"
                    or (len(last) > 1 and last.isupper())
                ):
                    continue
            return i + length, hit
    return None


NAMED_KINDS = ("country", "place", "org")  # what gazetteer_ids reports: no people, no groups


def gazetteer_ids(text: str) -> frozenset[str]:
    """Ids of the countries, places and organisations the gazetteer finds named in ``text``,
    in any of the forms the lists give: "United States", "U.S.", "US", "America", "American"
    are all ``united-states``; "Central Intelligence Agency" and "CIA" are ``cia``. For a
    headline (bot.sentence_analysis.title_places): members name the same country or agency in
    another form than the headline's ("the us" under "United States military kills ..."), and a
    stem cannot tell that one is the other."""
    lex = lexicon()
    words, folded, _, _ = sentence_tokens(text, 0, len(text))
    n = len(words)
    found: set[str] = set()
    i = 0
    while i < n:
        hit = (
            _match_gazetteer(lex, words, folded, i, n)
            if _may_match_gazetteer(lex, words[i], folded[i])
            else None
        )
        if hit is None:
            i += 1
            continue
        i, named = hit
        if getattr(lex.known.get(named.entity), "kind", "") in NAMED_KINDS:
            found.add(named.entity)
    return frozenset(found)


EVERYDAY_ZIPF = 5.2  # "car" (5.5) is the Central African Republic's acronym only in capitals


def _everyday_noun(lex: Lexicon, word: str) -> bool:
    """An everyday word that an acronym spells ("car" for CAR): typed in lower case it is the
    word. Function words ("us", "who") are no question term unless the question read them as
    names, so only the other frequent words are kept from the acronym reading."""
    return word not in lex.common_words and zipf(word) >= EVERYDAY_ZIPF


def word_gazetteer_ids(word: str) -> frozenset[str]:
    """Ids (as gazetteer_ids) a member's one lower-case word names: a name or adjective
    ("america", "british") or an acronym typed in lower case ("us", "cia", "nhs"), which the
    lists hold as written (two to five letters), or a country's or region's name in another
    inflection (_stemmed_places: "russias", "ukrainians"). The one way a member's word names a
    headline's place (bot.sentence_analysis.in_title)."""
    lex = lexicon()
    hits = [lex.folded.get((word,))]
    if 2 <= len(word) <= 5 and word.isalpha() and not _everyday_noun(lex, word):
        hits.append(lex.exact.get((word.upper(),)))
    return frozenset(
        h.entity
        for h in hits
        if h is not None and getattr(lex.known.get(h.entity), "kind", "") in NAMED_KINDS
    ) | _stemmed_places().get(stem(word), frozenset())


def _place_words() -> Iterator[tuple[str, str, bool]]:
    """The one-word forms of a country, or of a region that has an adjective ("Texan", "African"),
    as (lower-cased word, id, main): main for a name and for the first adjective
    (:attr:`Lexicon.demonym_of`: "Polish"), and for another name that is the adjective's own
    ("Britain", "Burma"); not for another adjective or a noun for its people ("Pole", also a
    post), nor for a seat of government ("Kremlin", "Whitehall": "is the kremlin on board"
    asks for the Kremlin, not any Russian). Not cities (nor other places without an
    adjective): their names are everyday words more often ("Reading", "Nice")."""
    lex = lexicon()
    for key, hit in lex.folded.items():
        known = lex.known.get(hit.entity)
        if len(key) != 1 or known is None:
            continue
        if known.kind == "country" or (known.kind == "place" and hit.entity in lex.demonym_of):
            first = fold(lex.demonym_of.get(hit.entity, ""))
            if len(stem(key[0])) < len(key[0]) - 2 and key[0] != first:
                continue  # cut to another word's stem: "Emirates" to "emir", the ruler
            name = fold(known.name)
            main = (
                (key[0] == name or key[0][:4] == first[:4]) if not hit.demonym else key[0] == first
            )
            yield key[0], hit.entity, main


@lru_cache(maxsize=1)
def _stemmed_places() -> dict[str, frozenset[str]]:
    """Stem of any of :func:`_place_words` -> its ids: a member's word names the place in any
    inflection or misspelling that stems alike ("russias" for "Russia's", "ukrain",
    "ukrainians"), as a plural names a noun."""
    found: dict[str, set[str]] = {}
    for word, eid, _ in _place_words():
        found.setdefault(stem(word), set()).add(eid)
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=1)
def same_place_forms() -> dict[str, frozenset[str]]:
    """Stem of a main form of a country or region (:func:`_place_words`: a name or its first
    adjective) -> the stems of all its main forms, where it has two or more: "ukrain" ->
    ukrain, ukrainian; "britain" -> britain, british. The gazetteer's forms as a sentence's
    stems have them (bot.text.same_place_stems), the same lists that name a headline's places
    (word_gazetteer_ids)."""
    ids: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    for word, eid, main in _place_words():
        if main:
            ids.setdefault(stem(word), set()).add(eid)
            stems.setdefault(eid, set()).add(stem(word))
    found = {k: frozenset().union(*(stems[e] for e in v)) for k, v in ids.items()}
    return {k: v for k, v in found.items() if len(v) > 1}


def _may_match_gazetteer(lex: Lexicon, word: str, f: str) -> bool:
    """False when :func:`_match_gazetteer` surely finds nothing: not an acronym, and no
    gazetteer name starts with the word."""
    return f in lex.longest or (len(word) > 1 and word.isupper())
