"""Role facts: "German Chancellor Friedrich Merz" states that Merz holds the role, whatever the
sentence's verbs say."""

from __future__ import annotations

from ..entities import role_phrase
from ..lexicon import fold
from ..model import Fact, Mention


def _role_facts(
    text: str, mentions: list[Mention], affiliations: dict[str, str | None]
) -> list[Fact]:
    """ "German Chancellor Friedrich Merz" -> (Friedrich Merz, role, German Chancellor)."""
    out = []
    for mention in mentions:
        if not mention.role or fold(mention.text).endswith(mention.role):
            continue  # "the Lithuanian president" is a title standing for a name given elsewhere
        phrase = role_phrase(text, mention) or mention.role
        reach = mention.start - len(phrase) - 2
        affiliation = _role_affiliation(mentions, mention, reach) or affiliations.get(
            mention.entity
        )
        out.append(
            Fact(
                sentence=mention.sentence,
                predicate="role",
                subject=mention.text,
                subject_entity=mention.entity,
                object=phrase,
                object_entity=affiliation,
                kind="role",
            )
        )
    return out


def _role_affiliation(mentions: list[Mention], mention: Mention, reach: int) -> str | None:
    """The mention inside the title before a name ("UK" in "UK Prime Minister Keir Starmer")."""
    best = None
    for other in mentions:
        if other is mention or other.entity == mention.entity:
            continue
        if other.end <= mention.start and other.start >= reach:
            best = other.entity
        elif other.start >= mention.end:
            break
    return best
