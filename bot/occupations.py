"""Questions asking what someone does for a living, and sentences that say it.

"what does Sandra Jephcott do for a living" shares its words ("Sandra Jephcott", "candidate",
"Groom") with every sentence of a story about her candidacy; the one that answers says what she
is, in words the question does not have: "Jephcott *is a veterinarian* and farmer", "Walker, *a
truck driver* who ...", "I'm *the Community Manager* for the CentOS project". The answering
pipeline (:mod:`bot.weighing`) moves such a sentence up within its news story
(decide.OCCUPATION).
"""

from __future__ import annotations

import re

# "what does X do for a living / for work / for a job", "whats his job there", "what was his
# job before", "what did he say his job is", "what kind of shop does he run": a job asked with
# "what", not one only mentioned ("why did he quit his job", "was she doing her job")
_ASKS = re.compile(
    r"\bfor a living\b|\bdo for (?:work|a job)\b"
    r"|\bwhat(?:['\u2019]?s)?\s+(?:[\w'\u2019]+\s+){0,5}?(?:job|occupation|profession)\b"
    r"|\bwhat kind of (?:shop|store|business)\b",
    re.IGNORECASE,
)

# A noun of someone's work by its ending ("teacher", "contractor", "veterinarian", "journalist",
# "accountant"): the endings English makes agent nouns with
_AGENT = r"\w*(?:er|or|ist|ian|ant)\b"
# What someone is said to be: "X is a former military contractor", "I'm the Community Manager",
# "worked as a nurse", "Walker, a truck driver", "retired teacher Brian Carroll"; or what they
# own ("owns the King Vapealot vape store")
_STATES = re.compile(
    rf"\b(?:is|was|am|are|were|works as|worked as|served as)\s+(?:a|an|the)\s+(?:\w+\s+)?{_AGENT}"
    rf"|['\u2019]m\s+(?:a|an|the)\s+(?:\w+\s+)?{_AGENT}"
    rf"|,\s+(?:a|an)\s+(?:\w+\s+)?{_AGENT}"
    rf"|\b(?:retired|former)\s+{_AGENT}"
    r"|\bowns\b",
    re.IGNORECASE,
)


def asks_occupation(text: str) -> bool:
    """Whether a question asks what someone does for a living (:data:`_ASKS`)."""
    return _ASKS.search(text) is not None


def states_occupation(text: str) -> bool:
    """Whether a sentence says what someone is by their work, or what they own (:data:`_STATES`)."""
    return _STATES.search(text) is not None
