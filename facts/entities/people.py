"""People across the article: the other names a person goes by ("known as", "ring name"), the
surnames a full name is linked by, the order of a person's roles."""

from __future__ import annotations

from ..lexicon import fold
from .records import _Person, _Sent
from .words import NAME_PARTICLES, PERSON

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
