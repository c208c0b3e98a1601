"""The words of speech, the one list of them that the ranker, the confidence and the related
words take their sets from.

Each reader wants other words of it: a question asks for what was said with "what did X *say*,
*tell*, *write*, *tweet*"; a news sentence reports speech with "X *said*,
*tells*, *added*" (the third person and the past), where "comments", "remarks", "claims" and
"states" are more often nouns; "any comments?" names speech with a noun. So the verbs are listed
here once with their forms, and each reader picks its verbs and forms with :func:`forms`.
"""

from __future__ import annotations

from collections.abc import Iterable

# verb -> its third person and its past ("say": says, said)
VERBS: dict[str, tuple[str, str]] = {
    "say": ("says", "said"),
    "tell": ("tells", "told"),
    "write": ("writes", "wrote"),
    "state": ("states", "stated"),
    "announce": ("announces", "announced"),
    "comment": ("comments", "commented"),
    "remark": ("remarks", "remarked"),
    "mention": ("mentions", "mentioned"),
    "report": ("reports", "reported"),
    "tweet": ("tweets", "tweeted"),
    "claim": ("claims", "claimed"),
    "reply": ("replies", "replied"),
    "respond": ("responds", "responded"),
    "explain": ("explains", "explained"),
    "add": ("adds", "added"),
    "continue": ("continues", "continued"),
    "assert": ("asserts", "asserted"),
    "argue": ("argues", "argued"),
    "emphasise": ("emphasises", "emphasised"),
    "emphasize": ("emphasizes", "emphasized"),
}
BASE, THIRD, PAST = "base", "third", "past"


def forms(verbs: Iterable[str], *which: str) -> frozenset[str]:
    """The forms ``which`` (BASE, THIRD, PAST, all three when none is named) of ``verbs``."""
    which = which or (BASE, THIRD, PAST)
    out = set()
    for verb in verbs:
        third, past = VERBS[verb]
        out.update(f for f, kind in ((verb, BASE), (third, THIRD), (past, PAST)) if kind in which)
    return frozenset(out)


# Nouns of speech that, right after "what", ask for what was said ("what comments did he make");
# as words of a question, they can only mean speech (bot.question_forms.SPEECH_WORDS)
SAY_NOUNS = frozenset("statement statements comment comments remark remarks".split())

# The verbs a question asks for what someone said with: "what did Cruz say", "what did Modi
# write about the crash", "what has she replied"
ASKED_VERBS = "say tell write state announce comment tweet claim reply respond explain".split()
# The verbs a news sentence reports speech with, in the past or third person ("Modi wrote that",
# "she added"): those whose third person is rarely a noun (not "comments", "remarks", "tweets";
# facts.wording.REPORTED takes "states" only before what is stated)
REPORTING_VERBS = ("say", "tell", "write", "announce")
# ... and those that report only in the past ("mentioned that": "the White House envoy Steve
# Witkoff mentioned that Trump and Putin agreed on ..." says what he said, as "stated that" does;
# its third person, "mentions", is a noun as often)
REPORTING_PAST_VERBS = "state tweet add comment explain reply respond remark mention".split()
REPORTED = forms(REPORTING_VERBS, THIRD, PAST) | forms(REPORTING_PAST_VERBS, PAST)

# The related-word group of saying (bot.text.RELATED_WORDS): the verbs that report any speech,
# not a reply or a tweet, and the noun "statement"
_SAY_GROUP_VERBS = (
    "say state mention tell announce claim assert argue emphasise emphasize remark comment".split()
)
SAY_GROUP = ("say", *sorted(forms(_SAY_GROUP_VERBS, BASE, PAST) - {"say"}), "statement")
