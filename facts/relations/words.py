"""The closed word classes and reach limits the reading of relations relies on: auxiliaries,
negations, hedges, raising words ("is set to"), the words that end a subject or an object."""

from __future__ import annotations

from ..words import MODALS

AUXILIARIES = frozenset(
    "is are am was were be been being has have had will shall do does did 're 've 'd".split()
)
BE_FORMS = frozenset("is are am was were be been being".split())
# Verbs whose past tense is spelled like the base: "another explosion hit a minibus".
SAME_PAST = frozenset(
    "hit cut put set cost hurt read spread beat quit let shut split bet cast burst".split()
)
HEDGING_MODALS = frozenset({"may", "might", "could", "would", "should"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# The negations English puts before an infinitive's "to" ("agreed not to attack"): the
# infinitive's, not the verb's before them
INFINITIVE_NEGATIONS = frozenset({"not", "never"})
HEDGE_ADVERBS = frozenset(
    """reportedly allegedly apparently possibly probably likely purportedly seemingly perhaps
    reputedly supposedly presumably""".split()
)
ADVERBS = frozenset(
    """also still already now then first just only further again soon even longer ever
    recently later initially finally jointly previously currently reportedly""".split()
)
# Words that turn "is X to V" into a hedged or negated V: "is set to meet", "remains unwilling to".
RAISING = {
    "set": ("set to", False),
    "expected": ("expected to", False),
    "due": ("due to", False),
    "likely": ("likely to", False),
    "unlikely": ("unlikely to", False),
    "poised": ("poised to", False),
    "scheduled": ("scheduled to", False),
    "planned": ("planned to", False),
    "going": ("going to", False),
    "about": ("about to", False),
    "said": ("said to", False),
    "believed": ("believed to", False),
    "thought": ("thought to", False),
    "willing": (None, False),
    "able": (None, False),
    "ready": (None, False),
    "prepared": (None, False),
    "determined": (None, False),
    "eager": (None, False),
    "keen": (None, False),
    "reluctant": ("reluctant to", False),
    "unwilling": (None, True),
    "unable": (None, True),
}
# Control verbs: "plans to build" states a plan, "refused to stop" a refusal.
HEDGING_CONTROL = frozenset(
    "want plan seek try hope intend aim attempt promise vow threaten pledge prepare tend".split()
)
NEGATIVE_CONTROL = frozenset({"refuse", "fail", "decline"})
SUBORDINATORS = frozenset(
    """that which who whom whose while because although though but as after before when where
    if unless until since despite whereas whether so""".split()
)
STOP_LEFT = SUBORDINATORS | frozenset(
    """following including regarding amid and or nor in on at by with from to for into onto
    about against over under during through across after before without between among within
    upon despite via per than however meanwhile also""".split()
)
BLOCKERS = frozenset(
    """the a an his her its their our my your this these those some any each every no of for
    in on at by with from into about against over under during through 's ’s""".split()
)
PRONOUNS = frozenset("he she it they we i you who which that there".split())
STRIP_PREPOSITIONS = frozenset({"with", "on", "for", "about", "over", "against", "into", "to"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "to", "from"})
END_OBJECT = frozenset(
    """; : ( ) " “ ” — – while because although though whereas unless until which who whom
    whose where when if but following""".split()
)
COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "stay"})
LISTING = frozenset({"include", "be"})
MAX_SUBJECT = 12
MAX_OBJECT = 16
MAX_QUOTE = 40
_TRIM_END = frozenset(
    {",", ".", ";", ":", "and", "or", "-", "—", "to", "the", "a", "an", "of", '"', "“", "”", "("}
)
# Words _qualify walks back over before a verb (besides adverbs in -ly)
_QUALIFIERS = NEGATIONS | HEDGE_ADVERBS | MODALS | AUXILIARIES | ADVERBS
_PREPOSITIONS = frozenset(
    "of for in on at by with from into about against over under during through to".split()
)
_NOUN_PREPOSITIONS = frozenset({"for", "in", "from", "with", "on", "at", "of"})
_NOMINAL_DETERMINERS = frozenset("the a an some much more any no this such".split())
