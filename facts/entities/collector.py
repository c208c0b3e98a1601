"""Collects the entities, aliases and mentions of one article from its resolved pieces."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import replace

from ..frequency import zipf
from ..lexicon import Lexicon, bodies_of, fold, is_acronym, slug
from ..model import Entity, Mention, Sentence
from .gazetteer import EVERYDAY_ZIPF
from .people import _role_order, _surnames
from .records import _Person, _Piece, _Sent
from .words import _METONYMS, COUNTRY, ORG, PERSON, PLACE

# A one-word alias the lists do not give is no name a question can be read by where the word is
# everyday English: a question's "get", "guy", "day" or "party" is the word, not the film "Get On
# Up" read as a place after "in", nor the mathematician Richard Guy, nor Doris Day, nor the
# "Party" of a party's name. Everyday: at least as common as gazetteer.EVERYDAY_ZIPF ("guy" 5.4,
# "day" 6.0; the town of Reading, 5.1, and surnames such as "smith" 4.9, "trump" 4.9 are below)...
EVERYDAY_ALIAS_ZIPF = EVERYDAY_ZIPF
# ...or at least this common and written in lower case in the article itself, which uses it as a
# word (the "abuse" of the group "Ending Clergy Abuse"), where it writes "Smith" only as a name.
ORDINARY_ALIAS_ZIPF = 4.5
# A country's head of state or government by the titles news gives them, and the words members
# use for those titles instead ("the lithuanian leader", "kyiv's head of state"): _Builder.leads.
LEADER_WORDS = {
    "president": ("leader", "head of state"),
    "prime minister": ("leader", "head of government"),
    "premier": ("leader", "head of government"),
    "chancellor": ("leader", "head of government"),
}
# Where "chancellor" is the head of government; elsewhere it is another office (the UK's
# Chancellor of the Exchequer is its finance minister, a university's chancellor its head).
CHANCELLOR_LEADS = frozenset({"germany", "austria"})


def _leading(role: str, country: str | None) -> bool:
    """Whether the title makes its holder the country's head of state or government."""
    if role == "chancellor":
        return country in CHANCELLOR_LEADS
    return role in LEADER_WORDS


class _Builder:
    """Collects entities, aliases and mentions for one article."""

    def __init__(self, lex: Lexicon, people: dict[str, _Person], lower_words: Container[str] = ()):
        self.lex = lex
        self.people = people
        self.lower_words = lower_words  # words the article writes in lower case
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
        affiliation = _affiliation(person.affiliation, known.affiliation if known else None)
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
        for word, country in self.leads(person):
            for alias in self.role_aliases(word, country):
                self.alias(alias, person.id)
            capital = self.lex.capital_of.get(country)
            if capital is not None:  # "vilnius's head of state", as "Moscow demands" is Russia's
                self.alias(f"{capital.lower()} {word}", person.id)
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

    def leads(self, person: _Person) -> list[tuple[str, str]]:
        """The words a member names a country's head of state or government by, where this
        article gives no one else a leading title of that country: "the lithuanian leader",
        "lithuania's head of state", "the leader of lithuania" for "Lithuanian President
        Gitanas Nauseda". Where the article has a president and a prime minister of the same
        country, "the french leader" could be either, and names neither."""
        out = []
        for role, country in sorted(person.roles, key=_role_order):
            words = LEADER_WORDS.get(role)
            known = self.lex.known.get(country) if country is not None else None
            if not _leading(role, country) or known is None or known.kind != COUNTRY:
                continue
            leaders = {
                other.id
                for other in self.people.values()
                for other_role, other_country in other.roles
                if other_country == country and _leading(other_role, other_country)
            }
            if leaders == {person.id}:
                out += [(word, country) for word in words]
        return list(dict.fromkeys(out))

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
        known = self.lex.known
        aliases = [
            (a, e)
            for (a, e) in self.aliases
            if e in keep and (e in known or not self.everyday_word(a))
        ]
        return entities, aliases, mentions

    def everyday_word(self, alias: str) -> bool:
        """Is ``alias`` one everyday English word rather than a name (EVERYDAY_ALIAS_ZIPF)?"""
        if " " in alias:
            return False
        frequency = zipf(alias)
        return frequency >= EVERYDAY_ALIAS_ZIPF or (
            frequency >= ORDINARY_ALIAS_ZIPF and alias in self.lower_words
        )


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


def _affiliation(said: str | None, usual: str | None) -> str | None:
    """A person's affiliation: the one the article gives ("EU chief": the European Union),
    unless the lists' usual one is a body of it (people.txt: the European Commission, part of
    the EU), which says more narrowly what the person heads; else the lists' own."""
    if said is None:
        return usual
    if usual is not None and usual != said and said in bodies_of(usual):
        return usual
    return said
