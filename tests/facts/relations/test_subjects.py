"""Subjects (facts.relations.subjects): a participle in a "with" clause (", with X supporting Y"),
"the need for X to verb", a time between the subject and its verb."""

from __future__ import annotations

from tests.facts.relations.conftest import find, said


def test_a_time_between_the_subject_and_the_verb_is_not_the_subject():
    [fact] = said("The government of Burundi on Tuesday announced his death.", "announce")
    assert (fact.subject, fact.subject_entity, fact.time) == (
        "The government of Burundi",
        "burundi",
        "Tuesday",
    )
    [arrest] = said("Police yesterday arrested two men.", "arrest")
    assert arrest.subject == "Police"


# --- a participle in a "with" clause: ", with X supporting Y" -------------------------------------


def test_a_with_clause_gives_its_participle_a_subject(seed):
    [fact] = find(seed[1], predicate="support", object="this force")
    assert fact.subject == "US logistics, intelligence, and military assets"
    assert fact.subject_entity == "united-states"
    [fire] = said("Police dispersed the crowd, with officers firing tear gas.", "fire")
    assert (fire.subject, fire.object) == ("officers", "tear gas")


def test_a_with_clause_is_not_what_a_reporting_verb_reports():
    body = (
        "Miller and Smith both acknowledged faults with the AIS system on-board as possible "
        "explanations, with Miller describing issues with the signal as one scenario."
    )
    [acknowledged] = said(body, "acknowledge")
    assert (acknowledged.object, acknowledged.kind) == (
        "faults with the AIS system on-board",
        "relation",
    )
    [described] = said(body, "describe")
    assert (described.subject, described.object) == ("Miller", "issues with the signal")


def test_with_inside_a_phrase_opens_no_clause():
    # "with" after a word, not a comma: the participle may be the people's, not the party's
    assert said("People associated with the party supporting the bill protested.", "support") == []
    # the participle's subject does not reach back over a verb
    body = "The next day, with protests ongoing, Trump delivered a speech declaring victory."
    assert all(f.subject != "a speech" for f in said(body, "declare"))


def test_the_subject_of_for_x_to_verb_after_a_noun():
    [fact] = said("There is a need for the army to maintain a large force.", "maintain")
    assert fact.subject == "the army"
    [seed] = said(
        "Another key element is the need for Ukraine to maintain a sizable military force.",
        "maintain",
    )
    assert seed.subject_entity == "ukraine"


def test_the_person_named_after_a_titles_of_phrase_is_its_head():
    """ "Prime Minister of India Narendra Modi wrote ...": the title is Modi's, and what he
    wrote is his, not India's; "the government of Burundi" is still Burundi's."""
    [wrote] = said('Prime Minister of India Narendra Modi wrote, "India grieves."', "write")
    assert wrote.subject_entity == "narendra-modi"
    [statement] = said(
        "The director of Amnesty International Man-kei Tam said it was unlawful.", "say"
    )
    assert statement.subject_entity == "man-kei-tam"
    [announced] = said("The government of Burundi on Tuesday announced his death.", "announce")
    assert announced.subject_entity == "burundi"


def test_a_title_with_of_between_a_place_and_a_person_is_the_persons():
    """ "US Secretary of State Mike Pompeo said ...": "US" is the title's country and "of" the
    title's own word, so what was said is Pompeo's, not the United States'."""
    [statement] = said('US Secretary of State Mike Pompeo said the crash was "likely".', "say")
    assert statement.subject_entity == "mike-pompeo"
    [told] = said("Montana Secretary of State Corey Stapleton said the law was popular.", "say")
    assert told.subject_entity == "corey-stapleton"
