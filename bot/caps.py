"""The caps on the best sentence's confidence: what a score cannot see.

:func:`bot.decide.confidence` reads how well the best sentence covers the question. Some
sentences cover it well and still do not answer it: they say something other than what was
asked (a "how" without the means, a death without its cause, another person's view, the
opposite of the asked word), or the question asks nothing a quote can answer. The answerer
finds those out (through :mod:`bot.decide`, :mod:`bot.mismatch`,
:func:`bot.sentence_analysis.shows_manner` and :func:`bot.question_analysis.states_death_cause`) and
:func:`capped` turns what it found into the confidence it may answer with, one cap each, so that a
failure lowers the confidence below the threshold instead of taking a point or two off it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .decide import NAME_MISSING
from .mismatch import CONTRASTED

# The confidence in a news sentence that does not say how, for a question asking how it was
# done (sentence_analysis.shows_manner): "how did beto orourke announce he was ending his campaign"
# was answered at 0.76 with its lead, "... announced the end of his campaign". Only for dated
# stories: encyclopedia summaries (WikiQA's) explain how in ways no list of means covers.
# Wikinews dev wrong citations 19 -> 17 (one in a CHECK set, an unanswerable near miss), no
# right answer lost.
NO_MANNER = 0.3
# The confidence in a news sentence that states no cause, for a question asking what a death
# came of (question_analysis.asks_death_cause): "what did Jacques Chirac die of" was answered at
# 0.51 with "Jacques Chirac ... died at home in Paris, France, surrounded by family". The same for
# "why did X happen" (question_forms.asks_event_cause): seed dev wrong citations 15 -> 14, fresh
# Wikinews (wikinews-dev5) 8 -> 7 ("why did gillibrand drop out": "Gillibrand dropped out ahead of
# the debate"), no right answer lost; WikiQA unchanged (undated short summaries).
NO_CAUSE = 0.3
# the confidence for a question that names nothing to find (question_forms.asks_nothing)
NO_TOPIC = 0.0

# The reasons capped() gives, one for each cap
MANNER_UNSAID = "manner unsaid"
CAUSE_UNSAID = "cause unsaid"
UNKNOWN_SAID = "says it is not known"
PERSON_MISSING = "person missing"
TOPICLESS = "no topic"
ASKS_BACK = "asks back"
ANSWERS_OTHER = "answers another question"
SPEAKER_MISSING = "speaker missing"
SUBJECT_MISSING = "subject missing"
DEED_UNSTATED = "deed unstated"
LATER_UNANSWERED = "second question unanswered"
KIND_UNNAMED = "asked noun unnamed"
NAME_UNGIVEN = "no one named"
FULLER_RIVAL = "another sentence says all of it"
ROLE_UNSAID = "asked role unsaid"
POSSIBLE_ONLY = "a possible amount, not the one asked"
PLACE_UNGIVEN = "no place but the asked one's address"
EARLIER_TIME = "set at an earlier time than asked"
OTHER_VENUE = "a gathering at another place"
SCENE_ONLY = "tells only the scene"
VERB_UNSAID = "asked verb unsaid"
COUNTS_OTHER = "counts another thing"


# A finding: known already, or a check that finds it out when called. Some checks read the
# whole question against the sentence (mismatch.answers_other, speaker_absent): capped() calls
# one only when its cap could still change the confidence, so an answer pays for none of
# those it does not need.
Finding = bool | Callable[[], bool]


def _found(finding: Finding) -> bool:
    """The finding, calling the check that finds it out if it is one."""
    return finding() if callable(finding) else finding


class Capped(NamedTuple):
    """The confidence after the caps, and the cap that set it (None when none lowered it)."""

    confidence: float
    reason: str | None


def capped(
    confidence: float,
    *,
    threshold: float,
    manner_unsaid: Finding = False,
    cause_unsaid: Finding = False,
    unknown_said: Finding = False,
    person_missing: Finding = False,
    topicless: Finding = False,
    asks_back: Finding = False,
    answers_other: Finding = False,
    speaker_missing: Finding = False,
    subject_missing: Finding = False,
    deed_unstated: Finding = False,
    later_unanswered: Finding = False,
    kind_unnamed: Finding = False,
    name_ungiven: Finding = False,
    fuller_rival: Finding = False,
    role_unsaid: Finding = False,
    possible_only: Finding = False,
    place_ungiven: Finding = False,
    earlier_time: Finding = False,
    other_venue: Finding = False,
    scene_only: Finding = False,
    verb_unsaid: Finding = False,
    counts_other: Finding = False,
) -> Capped:
    """``confidence`` after the caps that what the answerer found about its best sentence calls
    for, and the reason of the last cap that lowered it. Each cap exists because a sentence can
    match the question's words and not answer it:

    - ``manner_unsaid`` (NO_MANNER): a dated story's sentence that does not say how, for a
      question asking how ("how did X announce it" answered by "X announced it");
    - ``cause_unsaid`` (NO_CAUSE): a dated story's sentence that states no cause, for a question
      asking what a death came of ("what did Chirac die of" answered by "died at home"), or a
      news story's (dated or long) for one asking why something happened
      (question_forms.asks_event_cause: "why did Trump rule out a ceasefire" answered by "Despite
      Trump ruling out an immediate ceasefire, ...");
    - ``unknown_said`` (mismatch.CONTRASTED): the sentence says the asked thing is not known
      ("what did Hana Kimura die of" answered by "No cause of death was announced.");
    - ``person_missing`` (decide.NAME_MISSING): a yes/no or stance question names a person the
      sentence lacks ("is Rutte meeting Putin" answered by the list of those Zelensky meets;
      "how is Zelensky reacting" by the Kremlin's opposition), or a question when two people
      meet lacks one of them ("when will Putin and Zelensky meet": Trump and Putin met in Alaska),
      or a "when" or "how many" question names a person a sentence naming other people lacks
      ("When is Zelensky going to the White House": "... Trump and Putin agreed ... during a
      meeting in Alaska on Friday" dates their event, not his; "how many delegates did Sanders
      win": "... Trump ... secured 39 of the state's 40 delegates" counts another's);
    - ``topicless`` (NO_TOPIC): the question names nothing to find, only reporting or stance
      words ("any statements?", "what do you think"): every quote matches it;
    - ``asks_back`` (mismatch.CONTRASTED): the sentence is itself a question, still first after
      its penalty, so every other candidate matched far worse;
    - ``answers_other``, ``speaker_missing``, ``subject_missing`` and ``deed_unstated``
      (mismatch.CONTRASTED): the sentence answers another question (the opposite of an asked
      word, another occurrence of the event, ...), gives someone else's words when the
      question asks what one speaker said, lacks the asked subject ("what did the NOUN VERB"),
      or lacks the verb a who-question asks about (mismatch.deed_unstated) or has it only in
      another sense (mismatch.deed_in_other_sense: "took place" for "who took first place"),
      or lacks, with its headline, the thing the who-question's verb is done to
      (mismatch.object_unsaid: "won the 2019 Chicago Marathon" for "who won the 2019 world
      series"),
      or has nothing of
      the answer type a second question asks for (question_forms.later_question: "Where was the
      engineer from, and how old?" answered by "an engineer was killed ... in London", no
      age), or has the noun a "what N" question asks to have named only as "the N"
      (coverage_gaps.names_head_only_generically: "what microbes did they grow" answered by "the
      microbes grew more slowly"), or names no one the question does not when it asks for
      someone's name ("what was the name of the driver of the bus": "A bus operated by Viazul
      crashed") or answers any who-question with capitalised words that are only the
      question's, those of names it gives in part and places' ("who was the knife attacker":
      "Reportedly he stabbed a man on Streatham High Road"), or lacks a question word that
      another sentence of its story, close behind it, has along with all the rest
      (story_rivals.fuller_rival), or lacks the role a "who is the ROLE" question asks the
      holder of (question_parts.asked_role: "who was the pilot of the beechcraft" answered
      by "Officials said the plane was flying to Gillespie Field"), or gives only what could be
      for an amount a question asks someone got ("how many years did Avenatti actually get":
      "the crimes carry a prison term of up to 42 years"), or names no place for a where-question
      but the address of the question's own ("where did the water main burst in white
      plains": "Water main bursts in White Plains, New York, US"), or opens by setting itself
      before its story while the question asks of a moment it names or of the future ("which
      prison was Sirhan in when he got stabbed": "For many years, Sirhan was held ... at
      Corcoran State Prison"), or gives a gathering at another place than the one the
      question names ("will witkoff be at the washington meetings": "... during a meeting in
      Alaska"), or reports only the event the question's trailing clause sets the scene with
      and no verb of what it asks (mismatch.tells_only_the_scene: "what did Trump call the
      inquiry when Pelosi announced it": "Pelosi announced ... an impeachment inquiry"), or
      lacks the main verb a yes/no question asks of (confidence_checks._asked_verb_unsaid:
      "did Thunberg end up winning the prize": "resulted in a Nobel Peace Prize
      nomination"), or lacks what a "how many" question counts and counts a noun of its own
      (question_analysis.counts_another: "how many votes did Jephcott get": "one of the four
      candidates running"). Those count only
      for a confidence still at ``threshold`` after the caps before: below it, the answerer
      abstains anyway and the confidence it reports stays the score's.

    A finding may be a check to call (a zero-argument function): it is called only when its
    cap could still lower the confidence, in the order above, so the caller may pass the costly
    checks unevaluated and the result is the same as with every finding computed.
    """
    reason = None
    for applies, value, why in (
        (manner_unsaid, NO_MANNER, MANNER_UNSAID),
        (cause_unsaid, NO_CAUSE, CAUSE_UNSAID),
        (unknown_said, CONTRASTED, UNKNOWN_SAID),
        (person_missing, NAME_MISSING, PERSON_MISSING),
        (topicless, NO_TOPIC, TOPICLESS),
    ):
        if value < confidence and _found(applies):
            confidence, reason = value, why
    if confidence <= CONTRASTED:
        return Capped(confidence, reason)  # no cap below can lower it further
    if _found(asks_back):
        other = ASKS_BACK
    elif confidence >= threshold:
        other = next(
            (
                why
                for applies, why in (
                    (answers_other, ANSWERS_OTHER),
                    (speaker_missing, SPEAKER_MISSING),
                    (subject_missing, SUBJECT_MISSING),
                    (deed_unstated, DEED_UNSTATED),
                    (later_unanswered, LATER_UNANSWERED),
                    (kind_unnamed, KIND_UNNAMED),
                    (name_ungiven, NAME_UNGIVEN),
                    (fuller_rival, FULLER_RIVAL),
                    (role_unsaid, ROLE_UNSAID),
                    (possible_only, POSSIBLE_ONLY),
                    (place_ungiven, PLACE_UNGIVEN),
                    (earlier_time, EARLIER_TIME),
                    (other_venue, OTHER_VENUE),
                    (scene_only, SCENE_ONLY),
                    (verb_unsaid, VERB_UNSAID),
                    (counts_other, COUNTS_OTHER),
                )
                if _found(applies)
            ),
            None,
        )
    else:
        other = None
    if other is not None:
        confidence, reason = CONTRASTED, other
    return Capped(confidence, reason)
