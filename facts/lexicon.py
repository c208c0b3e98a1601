"""Word lists behind entity and relation extraction, loaded once from ``facts/data/*.txt``.

The lists are plain text so an operator can extend them without touching code. Everything is
turned into dicts and sets at import time, so recognising a name or a verb costs one lookup,
whatever the size of the lists: extraction stays linear in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain
from operator import itemgetter

# One token: an acronym with periods (U.S., D.C.), a word with inner hyphens or apostrophes
# (France-Presse, O'Brien), a possessive ending, a number, or one other visible character.
TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|[^\W_]+(?:(?:[-‐'’](?![sS]\b)|\.(?=[a-z0-9]))[^\W_]+)*"
    r"|['’][sS]\b"
    r"|[^\w\s]",
)
_SLUG = re.compile(r"[^a-z0-9]+")


def _fold(text: str) -> str:
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _FoldCache(dict):
    """Memo of :func:`fold` for words: news reuses a small vocabulary, so lookups dominate."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        folded = self[word] = _fold(word)
        return folded


_FOLDED = _FoldCache()


def fold(text: str) -> str:
    """Lowercase and strip accents, so "Nausėda" and "Nauseda" meet."""
    return _FOLDED[text]


def folded_words(words: list[str]) -> list[str]:
    """:func:`fold` of each word, at the cost of a dict lookup for words seen before."""
    return [_FOLDED[w] for w in words]


# TOKEN with what precedes each token: whitespace and "_" are the only characters no token
# covers (every other one starts a token), so the lengths of the pairs (skipped, token) add up
# to the tokens' offsets, without a match object per token.
_SKIP_TOKEN = re.compile(r"([\s_]*)(" + TOKEN.pattern + ")")
_SECOND = itemgetter(1)

# words, folded words, start offsets, end offsets (offsets into the article's text)
Tokens = tuple[list[str], list[str], list[int], list[int]]
_token_cache: tuple[str, dict[tuple[int, int], Tokens]] | None = None


def sentence_tokens(text: str, start: int, end: int) -> Tokens:
    """Tokens of ``text[start:end]``: the words, the folded words, and each word's start and
    end offsets into ``text`` (``text[starts[k]:ends[k]] == words[k]``).

    Entities and relations both read every sentence; the tokens of the last article are kept
    (keyed by the text object itself) so the second reader does not tokenise again.
    """
    global _token_cache
    cache = _token_cache
    if cache is None or cache[0] is not text:
        cache = _token_cache = (text, {})
    found = cache[1].get((start, end))
    if found is None:
        found = cache[1][(start, end)] = tokenize(text, start, end)
    return found


def tokenize(text: str, start: int, end: int) -> Tokens:
    """:func:`sentence_tokens` without the cache: the same tokens as ``TOKEN.finditer(text,
    start, end)``."""
    pairs = _SKIP_TOKEN.findall(text, start, end)
    offsets = list(accumulate(map(len, chain.from_iterable(pairs)), initial=start))
    words = list(map(_SECOND, pairs))
    return words, list(map(_FOLDED.__getitem__, words)), offsets[1::2], offsets[2::2]


class _SlugCache(dict):
    def __missing__(self, name: str) -> str:
        if len(self) > 100_000:
            self.clear()
        made = self[name] = _SLUG.sub("-", fold(name).replace("'", "").replace("’", "")).strip("-")
        return made


_SLUGS = _SlugCache()


def slug(name: str) -> str:
    """Entity id from a canonical name: ``Volodymyr Zelensky`` -> ``volodymyr-zelensky``."""
    return _SLUGS[name]


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def is_acronym(word: str) -> bool:
    """Written in capitals ("US", "U.S.", "NATO", "G7"): such names match only in capitals."""
    return len(word) > 1 and word.isupper()


@dataclass(frozen=True)
class Known:
    """An entity the lists know: a country, place, organisation, group or well-known person."""

    id: str
    name: str
    kind: str
    affiliation: str | None = None
    capital: bool = False  # a capital city, which news uses for its government
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GazetteerHit:
    entity: str
    demonym: bool = False  # "Ukrainian": an adjective for the entity, not its name
    alone: bool = True  # False: a generic word ("Senate") that names the entity only by itself


@dataclass
class Lexicon:
    known: dict[str, Known] = field(default_factory=dict)
    # token tuple -> hit; ``exact`` is case-sensitive (acronyms), ``folded`` needs a capital letter
    exact: dict[tuple[str, ...], GazetteerHit] = field(default_factory=dict)
    exact_longest: dict[str, int] = field(default_factory=dict)  # first token -> longest key
    folded: dict[tuple[str, ...], GazetteerHit] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)  # first folded token -> longest key
    roles: frozenset[tuple[str, ...]] = frozenset()
    role_longest: dict[str, int] = field(default_factory=dict)
    role_heads: frozenset[str] = frozenset()
    role_modifiers: frozenset[str] = frozenset()
    piece_starters: frozenset[str] = frozenset()  # words that can start a title
    # word as written -> can it start a piece: capitalised, or a title word (memo)
    piece_start: dict[str, bool] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    verbs: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (lemma, class)
    # form -> (lemma, class, :func:`verb_form` of it): the same words as ``verbs``
    verb_forms: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    phrasal: dict[tuple[str, str], str] = field(default_factory=dict)  # (lemma, particle) -> verb
    demonym_of: dict[str, str] = field(default_factory=dict)  # entity id -> its adjective
    capital_of: dict[str, str] = field(default_factory=dict)  # country id -> its capital's name
    # city id -> the organisations that sit there and go by its name (orgs.txt's seat column)
    seated_at: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _lines(name: str) -> list[str]:
    text = resources.files("facts").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _columns(line: str, count: int) -> list[str]:
    parts = [part.strip() for part in line.split("|")]
    return parts + [""] * (count - len(parts))


def _names(cell: str) -> list[str]:
    return [name.strip() for name in cell.split(",") if name.strip()]


def _add_name(lex: Lexicon, name: str, hit: GazetteerHit) -> None:
    if name.lower().startswith("the ") and name[4:5].islower():
        return  # "the bloc": an alias for questions, never matched in text
    if name.startswith("the "):
        name = name[4:]
    key = tuple(tokens(name))
    if not key:
        return
    if all(is_acronym(t) for t in key):  # "US", "U.S.", "NATO": only as written, never "us"
        lex.exact.setdefault(key, hit)
        if lex.exact_longest.get(key[0], 0) < len(key):
            lex.exact_longest[key[0]] = len(key)
        return
    folded = tuple(fold(t) for t in key)
    lex.folded.setdefault(folded, hit)
    if lex.longest.get(folded[0], 0) < len(folded):
        lex.longest[folded[0]] = len(folded)


def _alias_set(*groups: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for group in groups:
        for name in group:
            seen.setdefault(name, None)
    return tuple(seen)


def _load_countries(lex: Lexicon) -> None:
    for line in _lines("countries.txt"):
        eid, name, others, demonyms, cities = _columns(line, 5)
        others_, demonyms_, cities_ = _names(others), _names(demonyms), _names(cities)
        lex.known[eid] = Known(eid, name, "country", aliases=_alias_set([name], others_, demonyms_))
        _add_place_names(lex, eid, [name, *others_], demonyms_)
        if cities_:
            lex.capital_of[eid] = cities_[0]
        for position, city in enumerate(cities_):
            cid = slug(city.split(",")[0])
            if cid not in lex.known:
                lex.known[cid] = Known(
                    cid, city, "place", eid, capital=position == 0, aliases=(city,)
                )
            _add_name(lex, city, GazetteerHit(cid))


def _load_places(lex: Lexicon) -> None:
    for line in _lines("places.txt"):
        eid, name, others, adjectives, affiliation = _columns(line, 5)
        others_, adjectives_ = _names(others), _names(adjectives)
        lex.known[eid] = Known(
            eid,
            name,
            "place",
            affiliation or None,
            aliases=_alias_set([name], others_, adjectives_),
        )
        _add_place_names(lex, eid, [name, *others_], adjectives_)


def _add_place_names(lex: Lexicon, eid: str, names: list[str], adjectives: list[str]) -> None:
    """A country's or place's names, and its adjectives ("Ukrainian", "Texan"), which name it
    as a demonym; the first adjective is the one :attr:`Lexicon.demonym_of` gives."""
    for alias in names:
        _add_name(lex, alias, GazetteerHit(eid))
    for adjective in adjectives:
        _add_name(lex, adjective, GazetteerHit(eid, demonym=True))
    if adjectives:
        lex.demonym_of.setdefault(eid, adjectives[0])


# Words that, on their own, name an entity only when nothing else is capitalised next to them:
# "the Senate" is the US Senate, "the Avoyelles House of Mercy" is not the House.
_GENERIC = frozenset({"house", "senate", "congress", "commission", "labour", "duma", "rada"})


def _load_orgs(lex: Lexicon) -> None:
    for line in _lines("orgs.txt"):
        eid, name, others, kind, affiliation, seat = _columns(line, 6)
        others_ = _names(others)
        if seat:
            city = slug(seat)
            lex.seated_at[city] = (*lex.seated_at.get(city, ()), eid)
        lex.known[eid] = Known(
            eid, name, kind or "org", affiliation or None, aliases=_alias_set([name], others_)
        )
        for alias in [name, *others_]:
            generic = fold(alias.removeprefix("the ")) in _GENERIC
            _add_name(lex, alias, GazetteerHit(eid, alone=not generic))


def _load_people(lex: Lexicon) -> None:
    for line in _lines("people.txt"):
        eid, name, others, alone, affiliation = _columns(line, 5)
        others_, alone_ = _names(others), _names(alone)
        lex.known[eid] = Known(
            eid, name, "person", affiliation or None, aliases=_alias_set([name], others_, alone_)
        )
        for alias in [name, *others_, *alone_]:
            _add_name(lex, alias, GazetteerHit(eid))


def _load_roles(lex: Lexicon) -> None:
    roles = role_titles()
    lex.roles = roles
    for role in roles:
        if lex.role_longest.get(role[0], 0) < len(role):
            lex.role_longest[role[0]] = len(role)
    lex.role_heads = frozenset(role[-1] for role in roles)
    modifiers: set[str] = set()
    for line in _lines("role_modifiers.txt"):
        modifiers.update(fold(t) for t in tokens(line))
    lex.role_modifiers = frozenset(modifiers)
    lex.piece_starters = frozenset(lex.role_longest) | lex.role_modifiers
    lex.piece_start = _PieceStart(lex.piece_starters)


class _PieceStart(dict):
    """Memo: can a word (as written) start an entity piece? A capitalised word or a word that
    starts a title does."""

    def __init__(self, starters: frozenset[str]) -> None:
        super().__init__()
        self.starters = starters

    def __missing__(self, word: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        starts = self[word] = word[0].isupper() or _FOLDED[word] in self.starters
        return starts


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for line in _lines(name) for w in line.split())


_VOWELS = frozenset("aeiou")


def regular_forms(lemma: str) -> list[str]:
    """-s, -ed and -ing forms of a regular verb; both spellings where doubling is uncertain."""
    forms = []
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.append(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms.append(lemma[:-1] + "ies")
    else:
        forms.append(lemma + "s")
    if lemma.endswith("e"):
        forms.append(lemma + "d")
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms.append(lemma[:-1] + "ied")
    else:
        forms.append(lemma + "ed")
    if lemma.endswith("ie"):
        forms.append(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        forms.append(lemma[:-1] + "ing")
    else:
        forms.append(lemma + "ing")
    if (
        len(lemma) >= 3
        and lemma[-1] not in _VOWELS
        and lemma[-1] not in "wxy"
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
    ):
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


def _load_verbs(lex: Lexicon) -> None:
    explicit: dict[str, tuple[str, str]] = {}
    base: dict[str, tuple[str, str]] = {}
    regular: dict[str, tuple[str, str]] = {}
    irregular: set[str] = set()
    for line in _lines("verbs.txt"):
        words, _, cls = line.partition("|")
        cls = cls.strip()
        parts = words.split()
        if len(parts) == 2 and parts[1] in _PARTICLES:  # phrasal: "rule out"
            lemma, particle = parts
            lex.phrasal[(lemma, particle)] = f"{lemma} {particle}"
            parts = [lemma]
        lemma = parts[0]
        entry = (lemma, cls)
        base.setdefault(lemma, entry)
        for form in parts[1:]:
            explicit.setdefault(form, entry)
        if any(form not in regular_forms(lemma) for form in parts[1:]):
            irregular.add(lemma)
        for form in regular_forms(lemma):
            regular.setdefault(form, entry)
    # A verb whose past is listed has no made "-ed" one: "seed" is no past of "see" ("the top
    # seed"), nor "bed" of "be" ("a hospital bed"), nor "wined" of "win" ("wined and dined")
    regular = {
        form: entry
        for form, entry in regular.items()
        if not (entry[0] in irregular and verb_form(form, entry[0]) == "past")
    }
    if "be" in base:
        for form in ("is", "are", "am", "was", "were", "been", "being"):
            explicit[form] = base["be"]
    if "have" in base:
        for form in ("has", "having"):
            explicit[form] = base["have"]
    if "do" in base:
        explicit["does"] = base["do"]
    lex.verbs = {**regular, **base, **explicit}
    lex.verb_forms = {
        word: (lemma, cls, verb_form(word, lemma)) for word, (lemma, cls) in lex.verbs.items()
    }


def verb_form(word: str, lemma: str) -> str:
    """The form of a verb word: base | s | past | ing ("past" also stands for participles)."""
    if word == lemma:
        return "base"
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and word[:-1] in (lemma, lemma + "e") or word.endswith("ies"):
        return "s"
    if word in ("is", "has", "does"):
        return "s"
    if word in ("are", "am", "have", "do"):
        return "base"
    return "past"


_PARTICLES = frozenset({"out", "for", "down", "up", "over", "off", "on", "in", "back", "away"})


@lru_cache(maxsize=1)
def role_titles() -> frozenset[tuple[str, ...]]:
    """The titles of roles.txt as word tuples (("prime", "minister"), ("envoy",)), without
    loading the rest of the lexicon: the answering side reads them to spot roles in questions."""
    return frozenset(tuple(fold(t) for t in tokens(line)) for line in _lines("roles.txt"))


@lru_cache(maxsize=1)
def verb_lemmas() -> dict[str, str]:
    """Every form of the verbs of verbs.txt ("meets", "met", "said") -> the lemma facts name
    it by, without loading the rest of the lexicon: the answering side turns an intent rule's
    predicates into those lemmas."""
    lex = Lexicon()
    _load_verbs(lex)
    return {form: lemma for form, (lemma, _cls) in lex.verbs.items()}


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every one-word name of the lists (countries, demonyms, cities, places, organisations,
    people), lower-cased: words that name something specific even where English uses them often
    ("china", "italy"), for telling a name a question asks about from an ordinary word."""
    return frozenset(key[0] for key in lexicon().folded if len(key) == 1)


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """Lower-cased words of the names, other names and adjectives of countries and of regions
    that belong to no country (Europe, the Balkans): what a city is in, never a city itself, so
    "in Ukraine" does not answer "which city did they meet in"."""
    return _words_of_names(
        lambda known: (
            known.kind == "country" or (known.kind == "place" and known.affiliation is None)
        )
    )


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Lower-cased words of the names and other names of countries and places (cities, states,
    regions): a name made only of them says where something is, not what it is called ("a
    propeller plane in Nevada" does not name the plane)."""
    return _words_of_names(lambda known: known.kind in ("country", "place"))


def _words_of_names(keep: Callable[[Known], bool]) -> frozenset[str]:
    """Lower-cased words of the names and other names of the known entities ``keep`` takes."""
    words: set[str] = set()
    for known in lexicon().known.values():
        if keep(known):
            for name in (known.name, *known.aliases):
                words.update(fold(word) for word in tokens(name))
    return frozenset(words)


@lru_cache(maxsize=4096)
def bodies_of(entity: str | None) -> tuple[str, ...]:
    """The organisation ``entity`` and every body of orgs.txt it is part of, innermost first
    ("european-commission" -> the Commission and the European Union): the affiliation column of
    people.txt names the body a person belongs to or heads (Ursula von der Leyen's is the
    Commission), and whoever heads a body of the EU is "the EU chief" as well. Only
    organisations count for their parent, not a country or city for its region: just the entity
    for any other, or one the lists lack; empty for none. With the "EU Commission" alias of
    orgs.txt, seed dev right 1,636 -> 1,640 ("the eu commission boss, is she gonna be there":
    withheld at 0.20, "commission" a name the sentence lacked), wrong citations flat at 46."""
    if entity is None:
        return ()
    known = lexicon().known
    out = [entity]
    body = known.get(entity)
    while (
        body is not None
        and body.kind == "org"
        and body.affiliation
        and body.affiliation not in out
        and getattr(known.get(body.affiliation), "kind", None) == "org"
    ):
        out.append(body.affiliation)
        body = known.get(body.affiliation)
    return tuple(out)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The loaded lists; cached, so every worker process loads them once."""
    lex = Lexicon()
    _load_countries(lex)
    _load_places(lex)
    _load_orgs(lex)
    _load_people(lex)
    _load_roles(lex)
    lex.given_names = _words("given_names.txt")
    lex.common_words = _words("common_words.txt")
    _load_verbs(lex)
    return lex
