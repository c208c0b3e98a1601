"""Talking stated with a noun: "held talks on X", "involve discussions about X" discuss X."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Fact

# Verbs whose object, a noun of talking, carries the sense: "involve discussions about X",
# "held talks on X", "opened negotiations over X" are discussing X, negotiating X.
LIGHT_VERBS = frozenset(
    "involve include hold have begin start open resume continue conduct".split()
)
_TALK_NOUNS = {
    "discussion": "discuss",
    "discussions": "discuss",
    "talks": "discuss",
    "consultations": "discuss",
    "negotiation": "negotiate",
    "negotiations": "negotiate",
    "debate": "debate",
    "debates": "debate",
}
_NOMINAL_TALK = re.compile(
    r"(?:\w+\s+)?(" + "|".join(_TALK_NOUNS) + r")\s+(?:about|on|over|regarding|concerning)\s+(.+)",
    re.IGNORECASE,
)


# What "talks on/over X" can be set in rather than be about: the means, the occasion or the time
# of the talking ("held talks over the phone", "on the sidelines of the summit", "over dinner",
# "over the weekend", "over two days"), each a noun news uses so and no topic of talks.
_TALK_SETTINGS = frozenset(
    """sidelines phone telephone video videoconference dinner lunch breakfast weekend night
    days hours weeks months""".split()
)
_SETTING_OPENERS = frozenset("the a an two three four five several few many".split())


def _talk_setting(topic: str) -> bool:
    """Whether X of "talks on/over X" says how, where or how long they talked, not what about
    (:data:`_TALK_SETTINGS`, after an article or a number): "The leaders held talks over the
    phone" discusses nothing, least of all the phone."""
    for word in re.findall(r"\w+", topic.lower()):
        if word not in _SETTING_OPENERS and not word.isdigit():
            return word in _TALK_SETTINGS
    return False


def _nominal_talks(facts: list[Fact]) -> list[Fact]:
    """A fact of the talking itself for each fact of a light verb whose object is a noun of
    talking about something ("The meetings may also involve discussions about real security
    guarantees": the meetings discuss the guarantees, as "the leaders discussed trade" says)."""
    out = []
    for fact in facts:
        if fact.predicate not in LIGHT_VERBS or not fact.object:
            continue
        m = _NOMINAL_TALK.fullmatch(fact.object)
        if m is not None and not _talk_setting(m.group(2)):
            verb = _TALK_NOUNS[m.group(1).lower()]
            # the object's entity is in what is talked about ("discussions about guarantees for
            # Ukraine": Ukraine), as "the leaders discussed guarantees for Ukraine" has it
            out.append(replace(fact, predicate=verb, object=m.group(2)))
    return out
