"""Who said it (facts.relations.speakers): the speaker of a reporting verb in the usual news
constructions. Sentences modelled on Wikinews reporting; each names the person a "what did X
say" question asks about, so a fact with X as its subject is what lets the bot answer it."""

from __future__ import annotations

from tests.facts.relations.conftest import find, said


def test_trump_and_putin_agree_on_guarantees_as_witkoff_mentioned(seed):
    ex = seed[1]
    for person in ("donald-trump", "vladimir-putin"):
        [fact] = find(ex, subject_entity=person, predicate="agree")
        assert fact.object == "robust security guarantees for Ukraine"
        assert (fact.place, fact.time, fact.speaker) == ("Alaska", "Friday", "steve-witkoff")
    [quote] = find(ex, subject_entity="steve-witkoff", predicate="mention")
    assert quote.kind == "quote"


def test_the_name_as_the_apposition_of_a_title():
    [fact] = said("The mayor of London, Sadiq Khan, said the city was ready.")
    assert (fact.subject_entity, fact.object) == ("sadiq-khan", "the city was ready")


def test_an_apposition_with_a_possessive_after_the_name():
    body = "Ricardo Rosselló, Puerto Rico's governor, announced his resignation."
    [fact] = said(body, "announce")
    assert fact.subject_entity == "ricardo-rossello"


def test_an_apposition_that_opens_lower_case_after_the_name():
    body = "Penny Sharpe, spokesperson for the provincial governor, said the attack was over."
    [fact] = said(body)
    assert (fact.subject_entity, fact.object) == ("penny-sharpe", "the attack was over")


def test_two_appositions_after_the_name():
    [fact] = said(
        "Penny Sharpe, of CNN, one of the council's advisers, stated the plan had failed.", "state"
    )
    assert fact.subject_entity == "penny-sharpe"


def test_a_relative_clause_between_the_name_and_the_verb():
    [fact] = said("Penny Sharpe, who co-sponsored the bill, said the law was unfair.")
    assert (fact.subject_entity, fact.object) == ("penny-sharpe", "the law was unfair")


def test_an_inverted_attribution_after_a_quote():
    body = '"We will use the full force of the law," said Defence Secretary Delfin Lorenzana.'
    [fact] = said(body)
    assert fact.subject_entity == "delfin-lorenzana"
    assert fact.object == "We will use the full force of the law"
    assert fact.kind == "quote"
    [use] = said(body, "use")
    assert use.speaker == "delfin-lorenzana"  # what the quote says, he said


def test_an_inverted_attribution_naming_the_speaker_after_a_comma():
    [fact] = said('"This day is very hard for me," said his father, Abdullah Kurdi.')
    assert fact.subject_entity == "abdullah-kurdi"


def test_a_time_between_the_verb_and_what_was_said():
    body = "Minister Penny Sharpe said on Friday that the bridge would open in June."
    [fact] = said(body)
    assert (fact.object, fact.time) == ("the bridge would open in June", "Friday")
    [opens] = said(body, "open")
    assert opens.speaker == "penny-sharpe"


def test_an_honorific_before_the_apposed_name():
    [fact] = said("The institute's director, Dr. Anthony Fauci, said the outbreak was serious.")
    assert (fact.subject_entity, fact.object) == ("anthony-fauci", "the outbreak was serious")
