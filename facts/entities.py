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
from dataclasses import dataclass, field, replace

from .lexicon import (
    TOKEN,
    Lexicon,
    fold,
    is_acronym,
    lexicon,
    sentence_tokens,
    slug,
)
from .model import Article, Entity, Mention, Sentence

# Words that end an organisation's name ("Florida Highway Patrol") or a place's ("Ural Region").
ORG_HEADS = frozenset(
    """committee service ministry department agency university party council court parliament
    assembly bank company corporation corp inc ltd llc plc association union organisation
    organization institute police army navy forces force office board foundation federation
    league group museum hospital school college church club fc airlines airways times news
    herald journal network bureau commission authority administration brigade patrol guard
    society trust fund academy center centre laboratory observatory team cabinet government
    tribunal coalition alliance movement front caucus railways motors studios records
    police department newspaper magazine television radio broadcasting press""".split()
)
ORG_LEADS = frozenset({"ministry", "department", "university", "bank", "house", "museum"})
PLACE_HEADS = frozenset(
    """city county province region district island islands river lake mountains mountain
    street road avenue square airport station bridge park beach bay valley sea ocean gulf canal
    coast peninsula desert forest highway route state oblast prefecture village town""".split()
)
PLACE_LEADS = frozenset({"mount", "lake", "interstate", "route", "port", "cape"})
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


@dataclass
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


@dataclass
class _Person:
    name: str
    id: str
    role: str | None = None
    affiliation: str | None = None
    roles: set[tuple[str, str | None]] = field(default_factory=set)


@dataclass
class _Sent:
    sentence: Sentence
    toks: list[tuple[int, int, str]]
    folded: list[str]
    pieces: list[_Piece]


def find_entities(
    article: Article, sentences: list[Sentence]
) -> tuple[list[Entity], list[tuple[str, str]], list[Mention]]:
    """Entities the article names, the aliases they go by, and where each is mentioned."""
    lex = lexicon()
    text = article.text
    lower_words = _lowercase_words(text, sentences)
    parsed = []
    for sentence in sentences:
        if sentence.end <= sentence.start:
            continue
        toks, folded = sentence_tokens(text, sentence.start, sentence.end)
        if not toks:
            continue
        title_case = sentence.is_title and _title_case(toks)
        pieces = _pieces(lex, toks, folded, title_case, lower_words)
        _classify(lex, toks, folded, pieces)
        parsed.append(_Sent(sentence, toks, folded, pieces))
    return _resolve(lex, parsed)


# --- tokens to pieces -------------------------------------------------------------------------


_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z][a-z'’-]*")


def _lowercase_words(text: str, sentences: list[Sentence]) -> frozenset[str]:
    """Words the article writes in lowercase: capitalised at a sentence start, they are words."""
    return frozenset(_LOWER_WORD.findall(text))


def _title_case(toks: list[tuple[int, int, str]]) -> bool:
    words = [t[2] for t in toks if t[2][0].isalpha() and len(t[2]) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (word[0].isalpha())


def _match_gazetteer(lex: Lexicon, toks, folded, i: int, n: int):
    """Longest gazetteer name starting at token i, as (end, hit), or None."""
    word = toks[i][2]
    if is_acronym(word):
        for length in (3, 2, 1):
            if i + length <= n:
                hit = lex.exact.get(tuple(t[2] for t in toks[i : i + length]))
                if hit is not None:
                    return i + length, hit
    if not _capitalised(word):
        return None
    longest = lex.longest.get(folded[i])
    if longest is None:
        return None
    for length in range(min(longest, n - i), 0, -1):
        hit = lex.folded.get(tuple(folded[i : i + length]))
        if hit is not None:
            last = toks[i + length - 1][2]
            if length > 1 and not (_capitalised(last) or last in ("state",) or is_acronym(last)):
                continue
            return i + length, hit
    return None


def _match_role(lex: Lexicon, folded, i: int, n: int) -> int | None:
    longest = lex.role_longest.get(folded[i])
    if longest is None:
        return None
    for length in range(min(longest, n - i), 0, -1):
        if tuple(folded[i : i + length]) in lex.roles:
            return i + length
    return None


def _pieces(lex: Lexicon, toks, folded, title_case: bool, lower_words) -> list[_Piece]:
    """Cut a sentence's tokens into gazetteer hits, titles and unknown capitalised names."""
    pieces: list[_Piece] = []
    n = len(toks)
    first_word = 0
    while first_word < n and not toks[first_word][2][0].isalnum():
        first_word += 1
    role_longest = lex.role_longest
    modifiers = lex.role_modifiers
    # only capitalised words and title words can start a piece: visit those, skip the rest
    starts = [
        k
        for k, f in enumerate(folded)
        if toks[k][2][0].isupper() or f in role_longest or f in modifiers
    ]
    end_of_last = 0
    for i in starts:
        if i < end_of_last:
            continue
        end_of_last = _piece_at(
            lex, toks, folded, i, n, title_case, lower_words, first_word, pieces
        )
    return _merge(lex, toks, folded, pieces)


def _piece_at(lex: Lexicon, toks, folded, i, n, title_case, lower_words, first_word, pieces):
    role_longest = lex.role_longest
    while i < n:
        word = toks[i][2]
        upper = word[0].isupper()
        if upper:
            found = _match_gazetteer(lex, toks, folded, i, n)
            if found is not None:
                j, hit = found
                if hit.alone or _standalone(toks, i, j):
                    pieces.append(_Piece("gaz", i, j, entity=hit.entity, demonym=hit.demonym))
                    return j
        j = _match_role(lex, folded, i, n) if folded[i] in role_longest else None
        if j is not None and not (title_case and upper):
            # "Chief" or "General" starting a capitalised name is part of it only in orgs
            pieces.append(_Piece("role", i, j))
            return j
        if folded[i] in lex.role_modifiers and _leads_to_role(lex, folded, i, n):
            return i + 1  # "Emergencies Minister", "Deputy Governor": part of a title
        if upper and word[0].isalpha() and not title_case and folded[i] not in lex.common_words:
            initial = i == first_word
            if initial and (folded[i] in lower_words or folded[i].endswith(("ly", "ing"))):
                return i + 1
            j = _extend_name(lex, toks, folded, i, n)
            pieces.append(_Piece("name", i, j, initial=initial))
            return j
        return i + 1
    return i


def _leads_to_role(lex: Lexicon, folded, i: int, n: int) -> bool:
    k = i
    while k < n and folded[k] in lex.role_modifiers and k - i < 4:
        k += 1
    return k < n and folded[k] in lex.role_longest and _match_role(lex, folded, k, n) is not None


def _standalone(toks, i: int, j: int) -> bool:
    """A generic name ("Senate") counts only when no capitalised word is glued to it."""
    before = toks[i - 1][2] if i > 0 else ""
    after = toks[j][2] if j < len(toks) else ""
    return not (before[:1].isupper() or after[:1].isupper())


def _extend_name(lex: Lexicon, toks, folded, i: int, n: int) -> int:
    """End of the capitalised run starting at i: "Ursula von der Leyen", "Brian T. Carroll"."""
    j = i + 1
    while j < n:
        word = toks[j][2]
        f = folded[j]
        if _capitalised(word) and f not in lex.common_words:
            if f in lex.role_longest and _match_role(lex, folded, j, n) and f not in ORG_HEADS:
                break
            if _match_gazetteer(lex, toks, folded, j, n) and folded[j - 1] not in ORG_LEADS:
                break
            j += 1
            continue
        if (
            word == "."
            and len(toks[j - 1][2]) == 1
            and toks[j - 1][2].isupper()
            and j + 1 < n
            and _capitalised(toks[j + 1][2])
            and toks[j][0] == toks[j - 1][1]
        ):
            j += 1  # an initial: "Brian T. Carroll"
            continue
        if f in NAME_PARTICLES and word.islower():
            k = j
            while k < n and folded[k] in NAME_PARTICLES and toks[k][2].islower():
                k += 1
            if k < n and _capitalised(toks[k][2]) and k - j <= 2:
                j = k
                continue
        if f == "of" and folded[j - 1] in ORG_HEADS | ORG_LEADS:
            k = j + 1
            if k < n and folded[k] == "the":
                k += 1
            if k < n and _capitalised(toks[k][2]) and folded[k] not in lex.common_words:
                j = k
                continue
        break
    return j


def _merge(lex: Lexicon, toks, folded, pieces: list[_Piece]) -> list[_Piece]:
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


def _classify(lex: Lexicon, toks, folded, pieces: list[_Piece]) -> None:
    """Give names a kind from their context, and people their titles."""
    n = len(toks)
    at = {p.i: k for k, p in enumerate(pieces)}
    for k, piece in enumerate(pieces):
        if piece.kind == "role":
            _role_before_name(lex, toks, folded, pieces, k, at)
    for piece in pieces:
        if piece.kind != "name" or piece.label is not None:
            continue
        first, last = folded[piece.i], folded[piece.j - 1]
        before = folded[piece.i - 1] if piece.i > 0 else ""
        if before == "." and piece.i > 1:
            before = folded[piece.i - 2]
        after = folded[piece.j] if piece.j < n else ""
        length = piece.j - piece.i
        if length > 1 and (last in ORG_HEADS or first in ORG_LEADS and length > 2):
            piece.label = ORG
        elif length > 1 and (last in PLACE_HEADS or first in PLACE_LEADS):
            piece.label = PLACE
        elif (
            before in HONORIFICS
            or first in lex.given_names
            and length >= 2
            or after in REPORT_FORMS
            and length >= 2
        ):
            piece.label = PERSON
        elif (
            before in PLACE_PREPOSITIONS
            and not piece.initial
            and first not in lex.given_names
            and length <= 3
            and not is_acronym(toks[piece.i][2])
        ):
            piece.label = PLACE
        elif after == "," and piece.j + 1 < n and _is_place_of(lex, toks, folded, piece.j + 1):
            piece.label = PLACE  # "Marksville, Louisiana"
        if piece.label in (None, PERSON):
            _role_after_name(lex, toks, folded, pieces, piece, at)


def _is_place_of(lex: Lexicon, toks, folded, i: int) -> bool:
    found = _match_gazetteer(lex, toks, folded, i, len(toks))
    return found is not None and lex.known[found[1].entity].kind in (COUNTRY, PLACE)


def _role_before_name(lex: Lexicon, toks, folded, pieces: list[_Piece], k: int, at) -> None:
    """ "UK Prime Minister Keir Starmer", "Mayor of Koszalin Piotr Jedlinski"."""
    role = pieces[k]
    n = len(toks)
    j = role.j
    affiliation = _affiliation_before(lex, toks, folded, pieces, role.i, at)
    nxt = pieces[at[j]] if j in at else None
    if nxt is None and j + 1 < n and folded[j] == "of":
        of_piece = pieces[at[j + 1]] if j + 1 in at else None
        if of_piece is not None and of_piece.kind == "gaz":
            affiliation = of_piece.entity
            nxt = pieces[at[of_piece.j]] if of_piece.j in at else None
        elif of_piece is not None and of_piece.kind == "name" and of_piece.j - of_piece.i >= 3:
            affiliation = slug(toks[of_piece.i][2])
            of_piece.i += 1  # "Mayor of Koszalin Piotr Jedlinski": the place, then the name
            at[of_piece.i] = at.pop(j + 1)
            nxt = of_piece
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
    taken = {k for p in pieces if p is not role for k in range(p.i, p.j)}
    start = role.i
    while start > 0 and folded[start - 1] in lex.role_modifiers and start - 1 not in taken:
        start -= 1
    return " ".join(folded[start : role.j])


def _affiliation_before(lex: Lexicon, toks, folded, pieces, i: int, at) -> str | None:
    """The country or organisation in the words before a title: "UK", "NATO", "White House"."""
    end_at = {p.j: p for p in pieces}
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
                affiliation = slug(" ".join(t[2] for t in toks[piece.i : piece.j]))
            i = piece.i
            continue
        if folded[i - 1] in lex.role_modifiers or (piece is not None and piece.kind == "role"):
            i -= 1
            continue
        break
    return affiliation


def _role_after_name(lex: Lexicon, toks, folded, pieces, piece: _Piece, at) -> None:
    """ "Tomasz Kubiak, a fire service spokesman," gives Kubiak a role."""
    n = len(toks)
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
            if end < n and folded[end] not in (",", ".", "of", "and", ";", ")"):
                return
            affiliation = _affiliation_before(lex, toks, folded, pieces, other.i, at)
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


def _name_of(toks, piece: _Piece) -> str:
    return " ".join(t[2] for t in toks[piece.i : piece.j] if t[2] != ".").replace(" .", ".")


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

    # people named in full (two words or more), or by the gazetteer
    for sent in parsed:
        for piece in sent.pieces:
            if piece.kind == "gaz" and lex.known[piece.entity].kind == PERSON:
                known = lex.known[piece.entity]
                add_person(known.name, known.id, piece.role, piece.affiliation)
            elif piece.kind == "name" and piece.label == PERSON and piece.j - piece.i >= 2:
                add_person(_name_of(sent.toks, piece), None, piece.role, piece.affiliation)
    # places and organisations recognised once are recognised everywhere in the article
    named: dict[str, str] = {}
    for sent in parsed:
        for piece in sent.pieces:
            if piece.kind == "name" and piece.label in (ORG, PLACE):
                named.setdefault(fold(_name_of(sent.toks, piece)), piece.label)
    # one-word names: a surname of someone above, a well-known surname, or a titled person
    for sent in parsed:
        for piece in sent.pieces:
            if piece.kind != "name" or piece.label not in (None, PERSON):
                continue
            key = fold(_name_of(sent.toks, piece))
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
                add_person(_name_of(sent.toks, piece), None, piece.role, piece.affiliation)

    builder = _Builder(lex, people)
    for sent in parsed:
        builder.sentence(sent)
    builder.titles_without_names(parsed)
    return builder.finish()


def _surnames(parts: list[str]) -> list[str]:
    """ "ursula von der leyen" -> ["von der leyen", "leyen"]; "donald trump" -> ["trump"]."""
    out = [parts[-1]]
    for k in range(1, len(parts) - 1):
        if parts[k] in NAME_PARTICLES:
            out.insert(0, " ".join(parts[k:]))
            break
    return out


class _Builder:
    """Collects entities, aliases and mentions for one article."""

    def __init__(self, lex: Lexicon, people: dict[str, _Person]):
        self.lex = lex
        self.people = people
        self.entities: dict[str, Entity] = {}
        self.aliases: dict[tuple[str, str], None] = {}
        self.mentions: list[Mention] = []
        self.by_id = {p.id: p for p in people.values()}

    def alias(self, text: str, entity: str) -> None:
        text = " ".join(text.lower().split())
        if text and len(text) <= 80:
            self.aliases.setdefault((text, entity), None)
            folded = fold(text)
            if folded != text:
                self.aliases.setdefault((folded, entity), None)

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
        toks = sent.toks
        for piece in sent.pieces:
            start, end, surface = _surface_text(toks, piece, text_of)
            if piece.kind == "gaz":
                known = self.lex.known[piece.entity]
                if known.kind == PERSON:
                    self.person(self.people[fold(known.name)], sent, piece, start, end, surface)
                    continue
                self.known(piece.entity)
                self.mentions.append(Mention(text_of.index, piece.entity, start, end, surface))
            elif piece.kind == "name" and piece.label == PERSON:
                key = piece.entity or fold(_name_of(toks, piece))
                person = self.people.get(key)
                if person is not None:
                    self.person(person, sent, piece, start, end, surface)
            elif piece.kind == "name" and piece.label in (ORG, PLACE):
                name = _name_of(toks, piece)
                eid = slug(name)
                if not eid or len(name) > 80:
                    continue
                self.entity(Entity(eid, name, piece.label, None, piece.affiliation))
                self.mentions.append(Mention(text_of.index, eid, start, end, surface))

    def person(self, person: _Person, sent: _Sent, piece: _Piece, start, end, surface) -> None:
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
        for role, role_affiliation in person.roles:
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
            at_end = {p.j: p for p in sent.pieces}
            for piece in sent.pieces:
                if piece.kind != "role" or piece.label == "title":
                    continue
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
                if piece.j < len(sent.toks) and sent.toks[piece.j][2][:1].isupper():
                    continue  # a title before a name the rules did not take
                if len(candidates) != 1:
                    continue
                pid = next(iter(candidates))
                start, end = sent.toks[start_i][0], sent.toks[piece.j - 1][1]
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


def _surface_text(toks, piece: _Piece, sentence: Sentence) -> tuple[int, int, str]:
    start, end = toks[piece.i][0], toks[piece.j - 1][1]
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
    toks = [
        (m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, window_start, mention.start)
    ]
    folded = [fold(t[2]) for t in toks]
    role_tokens = mention.role.split()
    k = len(toks)
    # the title ends right before the name: find it, then walk left over its modifiers
    for end in range(k, max(0, k - 3) - 1, -1):
        start = end - len(role_tokens)
        if start >= 0 and folded[start:end] == role_tokens:
            i = start
            while i > 0 and k - i < 12:
                word, f = toks[i - 1][2], folded[i - 1]
                if f in lex.role_modifiers or (
                    _capitalised(word) and (is_acronym(word) or f not in lex.common_words)
                ):
                    i -= 1
                    continue
                break
            return text[toks[i][0] : toks[end - 1][1]]
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
