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

from ..lexicon import lexicon
from .gazetteer import gazetteer_ids, same_place_forms, word_gazetteer_ids
from .headline_places import PLACE_MARK, headline_places, read_places
from .kinds import RELATIVE_PRONOUNS
from .mentions import find_entities
from .roles import role_phrase
from .words import HONORIFICS, ORG_HEADS

__all__ = [
    "HONORIFICS",
    "ORG_HEADS",
    "PLACE_MARK",
    "RELATIVE_PRONOUNS",
    "find_entities",
    "gazetteer_ids",
    "headline_places",
    "lexicon",  # bot.confidence_checks reads the lexicon from here
    "read_places",
    "role_phrase",
    "same_place_forms",
    "word_gazetteer_ids",
]
