"""The words of speech (facts/speech.py): one list of verbs, each reader's forms of them."""

from __future__ import annotations

from bot import question_analysis, question_forms, text
from facts import speech


def test_forms_picks_the_asked_forms_of_the_asked_verbs():
    assert speech.forms(["say"]) == {"say", "says", "said"}
    assert speech.forms(["tell", "reply"], speech.PAST) == {"told", "replied"}
    assert speech.forms(["write"], speech.BASE, speech.PAST) == {"write", "wrote"}


def test_a_question_asks_for_speech_with_any_form_of_the_asked_verbs():
    # "what did Cruz say", "what has Modi written": rank reads them as statement questions
    assert {"say", "said", "tweeted", "responds", "statements"} <= question_analysis.SAY_WORDS
    assert (
        question_analysis.analyze("what did cruz tweet about the storm").answer_type == "statement"
    )


def test_a_sentence_reports_speech_with_the_past_and_the_third_person_not_a_noun():
    assert {"said", "says", "told", "writes", "announced", "remarked"} <= speech.REPORTED
    # "comments", "remarks", "tweets" and "states" are nouns as often as verbs in news
    assert speech.REPORTED.isdisjoint({"comments", "remarks", "tweets", "states", "claims"})


def test_the_saying_group_is_one_related_word_group_named_say():
    assert speech.SAY_GROUP[0] == "say"
    assert speech.SAY_GROUP in text.RELATED_WORDS
    assert {"asserted", "argued", "statement"} <= set(speech.SAY_GROUP)


def test_words_that_only_mean_speech_are_the_nouns_and_two_verbs():
    assert speech.SAY_NOUNS | {"commented", "commenting", "remarked"} == question_forms.SPEECH_WORDS


def test_mentioned_reports_speech_as_stated_does():
    # "the White House envoy Steve Witkoff mentioned that Trump and Putin agreed ...": what he
    # said, so the sentence shows a statement for "what did the envoy say"
    assert "mentioned" in speech.REPORTED
    assert "mentions" not in speech.REPORTED  # a noun as often ("the mentions of ...")
