"""The caps on the best sentence's confidence (bot/caps.py), as examples."""

from __future__ import annotations

import pytest

from bot.caps import (
    ANSWERS_OTHER,
    ASKS_BACK,
    CAUSE_UNSAID,
    DEED_UNSTATED,
    FULLER_RIVAL,
    KIND_UNNAMED,
    LATER_UNANSWERED,
    MANNER_UNSAID,
    NAME_UNGIVEN,
    NO_CAUSE,
    NO_MANNER,
    NO_TOPIC,
    PERSON_MISSING,
    ROLE_UNSAID,
    SCENE_ONLY,
    SPEAKER_MISSING,
    SUBJECT_MISSING,
    TOPICLESS,
    UNKNOWN_SAID,
    VERB_UNSAID,
    Capped,
    capped,
)
from bot.decide import NAME_MISSING
from bot.mismatch import CONTRASTED

THRESHOLD = 0.5


def test_a_sentence_nothing_was_found_against_keeps_its_confidence():
    assert capped(0.9, threshold=THRESHOLD) == Capped(0.9, None)


def test_a_how_question_answered_without_the_means_is_capped():
    # "how did X announce it" answered by "X announced it"
    assert capped(0.76, threshold=THRESHOLD, manner_unsaid=True) == Capped(NO_MANNER, MANNER_UNSAID)


def test_a_death_asked_about_and_a_sentence_without_its_cause_is_capped():
    # "what did Chirac die of" answered by "Chirac died at home in Paris"
    assert capped(0.51, threshold=THRESHOLD, cause_unsaid=True) == Capped(NO_CAUSE, CAUSE_UNSAID)


def test_a_sentence_saying_the_asked_thing_is_not_known_is_capped():
    # "what did Hana Kimura die of" answered by "No cause of death was announced."
    assert capped(0.7, threshold=THRESHOLD, unknown_said=True) == Capped(CONTRASTED, UNKNOWN_SAID)


def test_a_sentence_without_the_asked_subject_or_deed_is_capped_only_above_the_threshold():
    # "what did the court rule" answered by a sentence about the lawsuit's filing;
    # "who paid for the flight" answered by a sentence that pays no one
    assert capped(0.8, threshold=THRESHOLD, subject_missing=True) == Capped(
        CONTRASTED, SUBJECT_MISSING
    )
    assert capped(0.8, threshold=THRESHOLD, deed_unstated=True) == Capped(CONTRASTED, DEED_UNSTATED)
    # below the threshold the answerer abstains anyway, and reports the score's confidence
    assert capped(0.4, threshold=THRESHOLD, deed_unstated=True) == Capped(0.4, None)


def test_a_yes_no_question_whose_person_the_sentence_lacks_is_capped():
    # "is Rutte meeting Putin" answered by the list of those Zelensky meets
    assert capped(0.8, threshold=THRESHOLD, person_missing=True) == Capped(
        NAME_MISSING, PERSON_MISSING
    )


def test_a_question_that_names_nothing_to_find_gets_no_confidence():
    # "any statements?" matches every quote
    assert capped(0.8, threshold=THRESHOLD, topicless=True) == Capped(NO_TOPIC, TOPICLESS)


def test_a_sentence_that_asks_is_capped_whatever_its_confidence():
    assert capped(0.9, threshold=THRESHOLD, asks_back=True) == Capped(CONTRASTED, ASKS_BACK)
    assert capped(0.3, threshold=THRESHOLD, asks_back=True) == Capped(CONTRASTED, ASKS_BACK)


@pytest.mark.parametrize(
    ("found", "reason"),
    [
        ({"answers_other": True}, ANSWERS_OTHER),
        ({"speaker_missing": True}, SPEAKER_MISSING),
        ({"scene_only": True}, SCENE_ONLY),
        ({"verb_unsaid": True}, VERB_UNSAID),
    ],
)
def test_a_sentence_answering_another_question_is_capped(found, reason):
    # "injuring 25 people" for "how many died"; the Kremlin's words for "what did the Pope say"
    assert capped(0.9, threshold=THRESHOLD, **found) == Capped(CONTRASTED, reason)


def test_the_mismatch_caps_leave_a_confidence_below_the_threshold_alone():
    # the answerer abstains anyway, and reports the score's confidence
    assert capped(0.4, threshold=THRESHOLD, answers_other=True) == Capped(0.4, None)
    assert capped(0.4, threshold=THRESHOLD, speaker_missing=True) == Capped(0.4, None)


def test_the_mismatch_caps_read_the_confidence_after_the_caps_before_them():
    # after the manner cap, 0.3 is still at a threshold of 0.25: the sentence is checked
    assert capped(0.9, threshold=0.25, manner_unsaid=True, answers_other=True) == Capped(
        CONTRASTED, ANSWERS_OTHER
    )
    # at a threshold of 0.5 it is below: it is not
    assert capped(0.9, threshold=THRESHOLD, manner_unsaid=True, answers_other=True) == Capped(
        NO_MANNER, MANNER_UNSAID
    )


def test_the_reason_is_the_last_cap_that_lowered_the_confidence():
    assert capped(0.9, threshold=THRESHOLD, manner_unsaid=True, topicless=True) == Capped(
        NO_TOPIC, TOPICLESS
    )
    # the person cap lowers it below the manner cap's value, which then changes nothing
    assert capped(0.9, threshold=THRESHOLD, manner_unsaid=True, person_missing=True) == Capped(
        NAME_MISSING, PERSON_MISSING
    )


def test_a_cap_never_raises_a_confidence():
    assert capped(0.1, threshold=THRESHOLD, manner_unsaid=True, asks_back=True) == Capped(0.1, None)


def _never() -> bool:
    raise AssertionError("a check called although its cap could not lower the confidence")


def test_a_check_is_called_for_its_finding():
    # the answerer passes its costly checks uncalled: a check that finds nothing caps nothing
    assert capped(0.8, threshold=THRESHOLD, answers_other=lambda: False) == Capped(0.8, None)
    assert capped(0.8, threshold=THRESHOLD, answers_other=lambda: True) == Capped(
        CONTRASTED, ANSWERS_OTHER
    )
    assert capped(0.76, threshold=THRESHOLD, manner_unsaid=lambda: True) == Capped(
        NO_MANNER, MANNER_UNSAID
    )


def test_a_check_whose_cap_cannot_lower_the_confidence_is_not_called():
    # below the threshold the four answer checks do not count; a confidence already at or
    # below a cap's value is not lowered by it; the first answer check found ends the search
    assert capped(0.4, threshold=THRESHOLD, answers_other=_never, deed_unstated=_never) == (
        Capped(0.4, None)
    )
    assert capped(0.2, threshold=THRESHOLD, manner_unsaid=_never, asks_back=_never) == (
        Capped(0.2, None)
    )
    assert capped(
        0.8, threshold=THRESHOLD, answers_other=lambda: True, speaker_missing=_never
    ) == Capped(CONTRASTED, ANSWERS_OTHER)


def test_a_sentence_without_what_a_second_question_asks_is_capped_above_the_threshold():
    # "Where was the engineer from, and how old?" answered by a sentence with no age
    assert capped(0.7, threshold=THRESHOLD, later_unanswered=True) == Capped(
        CONTRASTED, LATER_UNANSWERED
    )
    assert capped(0.4, threshold=THRESHOLD, later_unanswered=True) == Capped(0.4, None)


def test_a_sentence_with_the_asked_noun_only_as_the_noun_is_capped_above_the_threshold():
    # "what microbes did they grow" answered by "the microbes grew more slowly"
    assert capped(0.6, threshold=THRESHOLD, kind_unnamed=True) == Capped(CONTRASTED, KIND_UNNAMED)
    assert capped(0.4, threshold=THRESHOLD, kind_unnamed=True) == Capped(0.4, None)


def test_a_sentence_naming_no_one_for_a_question_asking_a_name_is_capped_above_the_threshold():
    # "what was the name of the driver" answered by "A bus operated by Viazul crashed"
    assert capped(0.6, threshold=THRESHOLD, name_ungiven=True) == Capped(CONTRASTED, NAME_UNGIVEN)
    assert capped(0.4, threshold=THRESHOLD, name_ungiven=True) == Capped(0.4, None)


def test_a_sentence_another_of_its_story_says_more_fully_is_capped_above_the_threshold():
    # the lead, without "one on one", for "Zelensky one on one with Trump before the European
    # leaders meetings?", a hair ahead of the sentence that says all of it
    assert capped(0.6, threshold=THRESHOLD, fuller_rival=True) == Capped(CONTRASTED, FULLER_RIVAL)
    assert capped(0.4, threshold=THRESHOLD, fuller_rival=True) == Capped(0.4, None)


def test_a_sentence_without_the_role_a_who_question_asks_is_capped_above_the_threshold():
    # "who was the pilot of the beechcraft": "the plane ... was flying to Gillespie Field"
    assert capped(0.6, threshold=THRESHOLD, role_unsaid=True) == Capped(CONTRASTED, ROLE_UNSAID)
    assert capped(0.4, threshold=THRESHOLD, role_unsaid=True) == Capped(0.4, None)
