"""Entities, aliases and mentions, found by rules: a gazetteer, titles, and capitalisation.

How a name is recognised, in order of trust:

1. the gazetteer (``facts/data``): countries, their demonyms and cities, regions, organisations,
   well-known people. "Ukrainian" is the adjective of Ukraine; "the Kremlin" and "the White
   House" are metonyms for their governments and resolve to ``russia`` and ``united-states``.
2. a capitalised name next to a title: "German Chancellor Friedrich Merz", "Tomasz Kubiak, a fire
   service spokesman". The title becomes the person's role, the country or organisation before
   it their affiliation, and the pair gives aliases ("german chancellor", "the german
   chancellor") so a question naming the office finds the person.
3. other cues: an honorific (Mr, Dr), a common given name, a reporting verb ("Pelosi said"),
   a preposition of place ("in Magnitogorsk"), an organisation word ("Highway Patrol").
4. a second pass over the article links surnames ("Zelensky") and titles without a name ("the
   Lithuanian president") to the people named in full elsewhere in it.

A capitalised word with no cue is left alone: a sentence-initial "Rescuers" or a month is not an
entity. Everything is one pass over tokens with dict lookups, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress

from .frequency import zipf
from .lexicon import (
    Lexicon,
    fold,
    is_acronym,
    lexicon,
    sentence_tokens,
    slug,
    tokenize,
)
from .model import Article, Entity, Mention, Sentence
from .sentence_words import MAX_SENTENCE_CHARS
from .words import stem

# Words that end an organisation's name ("Florida Highway Patrol") or a place's ("Ural Region").
ORG_HEADS = frozenset(
    """committee service ministry department agency university party council court parliament
    assembly bank company corporation corp inc ltd llc plc association union organisation
    organization institute police army navy forces force office board foundation federation
    league group museum hospital school college church club fc airlines airways times news
    herald journal network bureau commission authority administration brigade patrol guard tribe
    society trust fund academy center centre laboratory observatory team cabinet government
    tribunal coalition alliance movement front caucus railways motors studios records
    police department newspaper magazine television radio broadcasting press""".split()
) | frozenset(
    # events are named things, not people or places ("World Junior Championship"); they are
    # kept as organisations, the nearest kind, as are awards (below)
    "cup championship championships olympics festival".split()
)
# Awards, which name their field after "in" or "for": "Nobel Prize in Physics" (no place).
_AWARD_HEADS = frozenset("prize prizes award awards medal medals trophy".split())
ORG_HEADS |= _AWARD_HEADS
ORG_LEADS = frozenset({"ministry", "department", "university", "bank", "house", "museum"})
_ORG_WORDS = ORG_HEADS | ORG_LEADS
PLACE_HEADS = frozenset(
    """city county province region district island islands river lake mountains mountain
    street road avenue square airport station bridge park beach bay valley sea ocean gulf canal
    coast peninsula desert forest highway route state oblast prefecture village town""".split()
)
# "County Galway", "County Antrim": Ireland names its counties with the word first
PLACE_LEADS = frozenset({"mount", "lake", "interstate", "route", "port", "cape", "county"})
# "in Magnitogorsk" names a place; "to", "from" are left out: "listened to Radio", "from God"
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof", "rev"})
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin"})
REPORT_FORMS = frozenset(
    """said says told tells stated states added wrote tweeted announced explained noted
    claimed argued warned insisted confirmed denied indicated revealed according asked
    mentioned believes believed""".split()
)
DETERMINERS = frozenset({"a", "an", "the"})
# Names of a government's seat that news uses for the government: they make role aliases too
# ("white house envoy"), like the country's name and demonym.
_METONYMS = frozenset({"kremlin", "white house", "downing street", "elysee", "élysée"})

PERSON, ORG, PLACE, COUNTRY, GROUP = "person", "org", "place", "country", "group"


@dataclass(slots=True)
class _Piece:
    """A run of tokens that names something: a gazetteer hit, a title, or an unknown name."""

    kind: str  # gaz | role | name
    i: int  # first token
    j: int  # one past the last token
    entity: str | None = None  # gaz: entity id
    demonym: bool = False
    label: str | None = None  # name: person | org | place, once decided
    role: str | None = None  # person: normalised title ("prime minister")
    affiliation: str | None = None  # person: entity id
    initial: bool = False  # name starting the sentence: a weak cue
    name: str = field(default="", compare=False, repr=False)  # name: its text, set by _resolve


@dataclass(slots=True)
class _Person:
    name: str
    id: str
    role: str | None = None
    affiliation: str | None = None
    roles: set[tuple[str, str | None]] = field(default_factory=set)
    other_names: list[str] = field(default_factory=list)  # ring, stage and pen names


@dataclass(slots=True)
class _Sent:
    sentence: Sentence
    words: list[str]
    folded: list[str]
    starts: list[int]  # token -> start offset in the article's text
    ends: list[int]  # token -> end offset
    pieces: list[_Piece]


def find_entities(
    article: Article, sentences: list[Sentence]
) -> tuple[list[Entity], list[tuple[str, str]], list[Mention]]:
    """Entities the article names, the aliases they go by, and where each is mentioned."""
    lex = lexicon()
    text = article.text
    lower_words = _LowerWords(text)
    parsed = []
    for sentence in sentences:
        if sentence.end <= sentence.start:
            continue
        words, folded, starts, ends = sentence_tokens(text, sentence.start, sentence.end)
        if not words:
            continue
        title_case = sentence.is_title and _title_case(words)
        pieces = _pieces(lex, words, folded, starts, ends, title_case, lower_words)
        _classify(lex, words, folded, pieces)
        parsed.append(_Sent(sentence, words, folded, starts, ends, pieces))
    return _resolve(lex, parsed)


# --- tokens to pieces -------------------------------------------------------------------------


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


# Marks a gazetteer id among a headline's stems (bot.sentence_analysis.title_hits): no stem has it
PLACE_MARK = "@"


def headline_places(title: str) -> str:
    """The ids :func:`gazetteer_ids` finds in a headline (its first MAX_SENTENCE_CHARS, as a
    sentence is read), sorted and joined by spaces (no id has one): what the build stores with
    each article (``articles.places``) for answering to read with :func:`read_places`. Scanned
    at answer time on the first sight of each headline, they cost 1.2% of a question's work
    (callgrind over the bench questions at x1: 28.94 -> 28.59 M instructions)."""
    head = title[:MAX_SENTENCE_CHARS]
    found = set(gazetteer_ids(head))
    for word in _HYPHENATED.findall(head):
        if not gazetteer_ids(word):
            found |= gazetteer_ids(word.replace("-", " "))
    return " ".join(sorted(found))


# A hyphenated word of a headline with a capitalised part: "Turkish-Libyan", "pro-Russian"
_HYPHENATED = re.compile(r"\b\w+(?:-\w+)*-[A-Z]\w*(?:-\w+)*|\b[A-Z]\w*(?:-\w+)+")


def read_places(stored: str | None) -> frozenset[str]:
    """A headline's stored places (:func:`headline_places`), each id marked with PLACE_MARK to
    stand apart from the headline's stems ("@united-states" among "militari", "kill")."""
    return frozenset(PLACE_MARK + e for e in stored.split()) if stored else frozenset()


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


def _match_role(lex: Lexicon, folded, i: int, n: int) -> int | None:
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
        j = _match_role(lex, folded, i, n) if f in role_longest else None
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
    return k < n and folded[k] in lex.role_longest and _match_role(lex, folded, k, n) is not None


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
            if f in lex.role_longest and _match_role(lex, folded, j, n) and f not in ORG_HEADS:
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


# --- deciding what an unknown name is ---------------------------------------------------------


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


def _role_before_name(
    lex: Lexicon, words, folded, pieces: list[_Piece], k: int, at, end_at
) -> None:
    """ "UK Prime Minister Keir Starmer", "Mayor of Koszalin Piotr Jedlinski"."""
    role = pieces[k]
    n = len(words)
    j = role.j
    affiliation = _affiliation_before(lex, words, folded, role.i, end_at)
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


def _affiliation_before(lex: Lexicon, words, folded, i: int, end_at) -> str | None:
    """The country or organisation in the words before a title: "UK", "NATO", "White House"."""
    affiliation = None
    steps = 0
    while i > 0 and steps < 6:
        steps += 1
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
    return affiliation


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
            affiliation = _affiliation_before(lex, words, folded, other.i, end_at)
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


# --- the article-level pass -------------------------------------------------------------------


def _name_of(words, piece: _Piece) -> str:
    return " ".join([w for w in words[piece.i : piece.j] if w != "."]).replace(" .", ".")


def _resolve(lex: Lexicon, parsed: list[_Sent]):
    """Link names across the article, then emit entities, aliases and mentions."""
    people: dict[str, _Person] = {}  # folded full name -> person
    surnames: dict[str, str | None] = {}  # folded surname -> folded full name (None: ambiguous)

    def add_person(name: str, known: str | None, role, affiliation):
        key = fold(name)
        person = people.get(key)
        if person is None:
            person = people[key] = _Person(name, known or slug(name))
            parts = key.split()
            if len(parts) >= 2:
                for surname in _surnames(parts):
                    if surnames.get(surname, key) != key:
                        surnames[surname] = None
                    else:
                        surnames[surname] = key
        if role:
            person.roles.add((role, affiliation))
            if person.role is None:
                person.role, person.affiliation = role, affiliation
        return person

    # in one pass: the text of every name (pieces do not move from here on); people named in
    # full (two words or more) or by the gazetteer; places and organisations recognised once,
    # which are then recognised everywhere in the article
    known_entities = lex.known
    named: dict[str, str] = {}
    for sent in parsed:
        words = sent.words
        for piece in sent.pieces:
            kind = piece.kind
            if kind == "name":
                name = piece.name = _name_of(words, piece)
                label = piece.label
                if label == PERSON:
                    if piece.j - piece.i >= 2:
                        add_person(name, None, piece.role, piece.affiliation)
                elif label in (ORG, PLACE):
                    named.setdefault(fold(name), label)
            elif kind == "gaz":
                known = known_entities[piece.entity]
                if known.kind == PERSON:
                    add_person(known.name, known.id, piece.role, piece.affiliation)
    # one-word names: a surname of someone above, a well-known surname, or a titled person
    for sent in parsed:
        for piece in sent.pieces:
            if piece.kind != "name" or piece.label not in (None, PERSON):
                continue
            key = fold(piece.name)
            if piece.label is None and key in named:
                piece.label = named[key]
                continue
            if key in people:
                piece.label = PERSON
                continue
            full = surnames.get(key) or surnames.get(key.split()[-1])
            if full and (piece.j - piece.i == 1 or set(key.split()) <= set(full.split())):
                piece.label = PERSON
                piece.entity = full
                people[full].roles.update({(piece.role, piece.affiliation)} - {(None, None)})
                continue
            if piece.label == PERSON:
                add_person(piece.name, None, piece.role, piece.affiliation)

    _link_other_names(parsed, people)
    builder = _Builder(lex, people)
    for sent in parsed:
        builder.sentence(sent)
    builder.titles_without_names(parsed)
    return builder.finish()


# Words before a name that make it another name of a person named before it in the sentence:
# "Jon Huber, who wrestled under the ring name Luke Harper", "Farrokh Bulsara, known as Freddie
# Mercury". A member asks by the name they know ("what did luke harper die of"); the story goes
# on with the real one ("Huber succumbed to ..."). "ring/stage/pen name" may follow other names
# (the promotion's: "for WWE under the ring name ..."): the last person before it is meant;
# "known as", "aka" and "nicknamed" only right after the person's own name.
_NAME_OF_MARKS = (("ring", "name"), ("stage", "name"), ("pen", "name"), ("screen", "name"))
_ALSO_KNOWN_MARKS = (("known", "as"), ("aka",), ("nicknamed",))


def _marked(folded: list[str], i: int, marks: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words just before token ``i`` are one of ``marks``."""
    return any(i >= len(m) and tuple(folded[i - len(m) : i]) == m for m in marks)


# What may stand between a person's name and "known as" or "aka": "Farrokh Bulsara, known as",
# "Bulsara (known as", "Bulsara - aka"
_NAME_BREAKS = frozenset(", ( - \u2013 \u2014".split())


def _right_after(folded: list[str], end: int, i: int, marks: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words just before token ``i`` are one of ``marks``, and follow the name that
    ends before token ``end`` with at most a comma or a bracket between: in "McConnell backed
    the plan, known as Project Freedom" the plan is known so, not McConnell."""
    return any(
        i - len(m) >= end
        and tuple(folded[i - len(m) : i]) == m
        and all(t in _NAME_BREAKS for t in folded[end : i - len(m)])
        for m in marks
    )


def _link_other_names(parsed: list[_Sent], people: dict[str, _Person]) -> None:
    """Make a ring, stage or pen name (:data:`_NAME_OF_MARKS`, :data:`_ALSO_KNOWN_MARKS`) one
    more name of the person it belongs to: its pieces resolve to that person, and the build
    stores it as their alias rather than as a person of its own."""
    for sent in parsed:
        folded = sent.folded
        person: _Person | None = None
        person_end = 0  # one past the last token of the person's name last seen
        last_kind_person = False
        for piece in sent.pieces:
            if piece.kind == "name" and piece.name:
                key = piece.entity or fold(piece.name)
                named = people.get(key)
                by_name = _marked(folded, piece.i, _NAME_OF_MARKS)
                also = last_kind_person and _right_after(
                    folded, person_end, piece.i, _ALSO_KNOWN_MARKS
                )
                if person is not None and (by_name or also) and named is not person:
                    if piece.name not in person.other_names:
                        person.other_names.append(piece.name)
                    people[fold(piece.name)] = person
                    piece.label = PERSON
                    piece.entity = None
                    person_end = piece.j
                    last_kind_person = True
                    continue
                if piece.label == PERSON and named is not None:
                    person = named
                    person_end = piece.j
                    last_kind_person = True
                    continue
            elif piece.kind == "gaz" and piece.entity is not None:
                last_kind_person = False
                continue
            last_kind_person = False


def _surnames(parts: list[str]) -> list[str]:
    """ "ursula von der leyen" -> ["von der leyen", "leyen"]; "donald trump" -> ["trump"]."""
    out = [parts[-1]]
    for k in range(1, len(parts) - 1):
        if parts[k] in NAME_PARTICLES:
            out.insert(0, " ".join(parts[k:]))
            break
    return out


def _role_order(role: tuple[str, str | None]) -> tuple[str, str]:
    """A sort key for (title, affiliation) pairs whose affiliation may be None."""
    return role[0], role[1] or ""


class _Builder:
    """Collects entities, aliases and mentions for one article."""

    def __init__(self, lex: Lexicon, people: dict[str, _Person]):
        self.lex = lex
        self.people = people
        self.entities: dict[str, Entity] = {}
        self.aliases: dict[tuple[str, str], None] = {}
        self.mentions: list[Mention] = []
        self.by_id = {p.id: p for p in people.values()}
        # people and (id, name) pairs whose entity and aliases are in already: a later mention
        # of them adds the mention only
        self.people_done: set[int] = set()
        self.names_done: set[tuple[str, str]] = set()

    def alias(self, text: str, entity: str) -> None:
        aliases = self.aliases
        for form in _ALIAS_FORMS[text]:
            aliases.setdefault((form, entity), None)

    def entity(self, entity: Entity, aliases=()) -> None:
        old = self.entities.get(entity.id)
        if old is None:
            self.entities[entity.id] = entity
        elif old.role is None and entity.role is not None:
            self.entities[entity.id] = Entity(
                old.id, old.name, old.kind, entity.role, old.affiliation or entity.affiliation
            )
        for alias in (entity.name, *aliases):
            self.alias(alias, entity.id)

    def known(self, eid: str) -> None:
        if eid in self.entities:
            return  # its aliases are in already
        known = self.lex.known[eid]
        self.entity(
            Entity(known.id, known.name, known.kind, None, known.affiliation), known.aliases
        )

    def sentence(self, sent: _Sent) -> None:
        text_of = sent.sentence
        starts, ends = sent.starts, sent.ends
        for piece in sent.pieces:
            kind = piece.kind
            if kind == "gaz":
                start, end, surface = _surface_text(starts, ends, piece, text_of)
                known = self.lex.known[piece.entity]
                if known.kind == PERSON:
                    self.person(self.people[fold(known.name)], sent, piece, start, end, surface)
                    continue
                self.known(piece.entity)
                self.mentions.append(Mention(text_of.index, piece.entity, start, end, surface))
            elif kind == "name" and piece.label == PERSON:
                key = piece.entity or fold(piece.name)
                person = self.people.get(key)
                if person is not None:
                    start, end, surface = _surface_text(starts, ends, piece, text_of)
                    self.person(person, sent, piece, start, end, surface)
            elif kind == "name" and piece.label in (ORG, PLACE):
                name = piece.name
                eid = slug(name)
                if not eid or len(name) > 80:
                    continue
                if (eid, name) not in self.names_done:
                    # a repeat adds nothing: the id is taken and the entity has no role
                    self.names_done.add((eid, name))
                    self.entity(Entity(eid, name, piece.label, None, piece.affiliation))
                start, end, surface = _surface_text(starts, ends, piece, text_of)
                self.mentions.append(Mention(text_of.index, eid, start, end, surface))

    def person(self, person: _Person, sent: _Sent, piece: _Piece, start, end, surface) -> None:
        if id(person) in self.people_done:
            # the person's entity and aliases depend on the person only, and are in already
            self.mentions.append(
                Mention(sent.sentence.index, person.id, start, end, surface, piece.role or None)
            )
            return
        self.people_done.add(id(person))
        known = self.lex.known.get(person.id)
        affiliation = person.affiliation or (known.affiliation if known else None)
        self.entity(
            Entity(person.id, person.name, PERSON, person.role, affiliation),
            known.aliases if known else (),
        )
        parts = person.name.split()
        if len(parts) >= 2:
            for surname in _surnames([p for p in parts]):
                self.alias(surname, person.id)
        for other in person.other_names:
            self.alias(other, person.id)
        # in a fixed order: a set of pairs holding None iterates differently in every process
        # (None hashes by address), and the aliases table's rows would follow it
        for role, role_affiliation in sorted(person.roles, key=_role_order):
            for alias in self.role_aliases(role, role_affiliation):
                self.alias(alias, person.id)
            if parts:
                self.alias(f"{role} {parts[-1]}", person.id)
        self.mentions.append(
            Mention(sent.sentence.index, person.id, start, end, surface, piece.role or None)
        )

    def role_aliases(self, role: str, affiliation: str | None) -> list[str]:
        """ "german chancellor", "the german chancellor", "chancellor of germany", "eu chief"."""
        variants = [role]
        if "-" in role:
            variants.append(role.replace("-", " "))
        if affiliation is None:
            return []
        known = self.lex.known.get(affiliation)
        if known is None:
            names = [affiliation.replace("-", " ")]
        else:
            names = [known.name, self.lex.demonym_of.get(affiliation, known.name)]
            names += [a for a in known.aliases if is_acronym(a) or a.lower() in _METONYMS]
        out = []
        for name in dict.fromkeys(n.lower() for n in names):
            for variant in variants:
                out += [f"{name} {variant}", f"the {name} {variant}"]
        if known is not None and known.kind in (COUNTRY, PLACE, ORG):
            out += [f"{variant} of {known.name.lower()}" for variant in variants]
        return out

    def titles_without_names(self, parsed: list[_Sent]) -> None:
        """ "the Lithuanian president" -> the one person the article gives that title."""
        by_role: dict[tuple[str, str | None], set[str]] = {}
        by_head: dict[str, set[str]] = {}
        for person in self.people.values():
            for role, affiliation in person.roles:
                by_role.setdefault((role, affiliation), set()).add(person.id)
                by_head.setdefault(role, set()).add(person.id)
        if not by_head:
            return
        for sent in parsed:
            at_end = None
            for piece in sent.pieces:
                if piece.kind != "role" or piece.label == "title":
                    continue
                if at_end is None:
                    at_end = {p.j: p for p in sent.pieces}
                role = " ".join(sent.folded[piece.i : piece.j])
                before = at_end.get(piece.i)
                start_i = piece.i
                if before is not None and before.kind == "gaz":
                    candidates = by_role.get((role, before.entity), set())
                    start_i = before.i
                elif piece.i > 0 and sent.folded[piece.i - 1] == "the":
                    candidates = by_head.get(role, set())
                else:
                    continue
                if piece.j < len(sent.words) and sent.words[piece.j][:1].isupper():
                    continue  # a title before a name the rules did not take
                if len(candidates) != 1:
                    continue
                pid = next(iter(candidates))
                start, end = sent.starts[start_i], sent.ends[piece.j - 1]
                surface = sent.sentence.text[
                    start - sent.sentence.start : end - sent.sentence.start
                ]
                self.mentions.append(Mention(sent.sentence.index, pid, start, end, surface, role))

    def finish(self):
        mentions = sorted(self.mentions, key=lambda m: (m.start, m.end))
        counts: dict[str, int] = {}
        for mention in mentions:
            counts[mention.entity] = counts.get(mention.entity, 0) + 1
        entities = [e for e in self.entities.values() if e.id in counts]
        keep = {e.id for e in entities}
        # every affiliation names an entity of this extraction: a known one is added (a city's
        # country, an envoy's government), an unknown one is dropped rather than left dangling
        for index, entity in enumerate(entities):
            affiliation = entity.affiliation
            if affiliation is None or affiliation in keep:
                continue
            if affiliation in self.lex.known and affiliation != entity.id:
                self.known(affiliation)
                entities.append(self.entities[affiliation])
                keep.add(affiliation)
            else:
                entities[index] = replace(entity, affiliation=None)
        aliases = [(a, e) for (a, e) in self.aliases if e in keep]
        return entities, aliases, mentions


class _AliasForms(dict):
    """Memo: an alias as given -> the forms stored (lowercased with single spaces, and folded
    when that differs); none for an empty or overlong alias."""

    def __missing__(self, text: str) -> tuple[str, ...]:
        if len(self) > 100_000:
            self.clear()
        norm = " ".join(text.lower().split())
        if not norm or len(norm) > 80:
            forms: tuple[str, ...] = ()
        else:
            folded = fold(norm)
            forms = (norm,) if folded == norm else (norm, folded)
        self[text] = forms
        return forms


_ALIAS_FORMS = _AliasForms()


def _surface_text(starts, ends, piece: _Piece, sentence: Sentence) -> tuple[int, int, str]:
    start, end = starts[piece.i], ends[piece.j - 1]
    return start, end, sentence.text[start - sentence.start : end - sentence.start]


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
