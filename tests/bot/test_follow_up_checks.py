"""Checks on a follow-up's answer: a sentence that only mentions what the follow-up asks
about, in a way that answers something else, is abstained on."""

from __future__ import annotations

from bot.follow_up_checks import (
    another_ones_pronoun,
    future_for_past_when,
    leaves_unnamed,
    names_only_as_a_modifier,
    only_said_to_be,
    reason_given_for_another,
    speaker_never_told,
    speaker_only_reported,
    verb_read_as_noun,
)
from tests.bot.answerers import answerer_over


def test_leaves_unnamed_a_thing_asked_which_that_only_follows_a_determiner():
    """follow_up_checks.leaves_unnamed: "a fruit filled with firecrackers" says there was a fruit,
    not which; "a coconut", or a name before the thing, says which."""
    fruit = "Authorities said they believed a fruit filled with firecrackers had exploded."
    assert leaves_unnamed(fruit, "what fruit was it")
    assert not leaves_unnamed("Officials stated it was a coconut.", "what fruit was it")
    crash = "Three occupants of the helicopter died."
    assert leaves_unnamed(crash, "what kind of helicopter was it")
    named = "The Bell 206 helicopter came down near Interstate 80."
    assert not leaves_unnamed(named, "what kind of helicopter was it")
    assert not leaves_unnamed(crash, "how many people died")  # asks no "which"


def _abstains_after(tmp_path, story: str, first: str, cited: str, follow: str) -> bool:
    """Whether ``follow``, asked after ``first`` over the coverage of one ``story`` (``first``
    answered with a sentence holding ``cited``), is abstained on."""
    bot = answerer_over(tmp_path, {"story": story})
    answer = bot.answer(first)
    assert answer.answered and cited in answer.citations[0].sentence
    return not bot.answer(follow, previous=answer).answered


def test_a_follow_up_asking_which_thing_is_not_answered_with_a_mere_mention(tmp_path):
    """ "what fruit was it?" after the arrest over the elephant's death quoted "a fruit filled
    with firecrackers", which names no fruit: abstained on."""
    story = (
        "Elephant death leads to arrest in Kerala\n\n"
        "On Friday, Indian officials in Kerala arrested a man in connection with the "
        "death of a pregnant elephant. Authorities said they believed a fruit filled "
        "with firecrackers had exploded in her mouth. The elephant died standing in a "
        "river on May 27.\n"
    )
    assert _abstains_after(
        tmp_path,
        story,
        "who was arrested over the elephant in kerala?",
        "arrested a man",
        "what fruit was it?",
    )


def test_verb_read_as_noun_when_the_deed_asked_is_only_a_thing_in_the_sentence():
    """follow_up_checks.verb_read_as_noun: "the fire's start" is when, not what started it; a
    sentence that says what the cause was, or uses the verb, may answer."""
    when = "Following the fire's start it took around five hours to gain control of the blaze."
    assert verb_read_as_noun(when, "what started it")
    assert not verb_read_as_noun("An electrical fault started it.", "what started it")
    cause = "The fire's cause was an electrical fault."
    assert not verb_read_as_noun(cause, "what caused it")
    assert not verb_read_as_noun(when, "when did it start")  # asks no doer


def test_names_only_as_a_modifier_when_the_thing_asked_names_a_kind_of_another():
    """follow_up_checks.names_only_as_a_modifier: "road load estimations" are estimations, and say
    nothing of what road load is; "road load, a measurement ..." does."""
    filing = "The matter focuses on issues relating to road load estimations."
    assert names_only_as_a_modifier(filing, "what is road load")
    defined = "Road load, a measurement of resistance factors, was estimated."
    assert not names_only_as_a_modifier(defined, "what is road load")
    assert not names_only_as_a_modifier(filing, "who set road load")  # asks no "what is"


def test_another_ones_pronoun_when_the_sentence_tells_of_the_other_gender():
    """follow_up_checks.another_ones_pronoun: asked where "she" lives, a sentence where only "he"
    lived tells of someone else; one with her pronoun, or asked with "his", may answer."""
    exile = "Khashoggi was a columnist, and he lived in self-imposed exile in Virginia."
    assert another_ones_pronoun(exile, "where does she live now")
    assert not another_ones_pronoun(exile, "where did he live")
    both = "He said she lives in London."
    assert not another_ones_pronoun(both, "where does she live now")
    wife = "She said he would live forever."
    assert not another_ones_pronoun(wife, "what did his wife say")  # "his" is no subject


def test_only_said_to_be_when_the_sentence_says_only_there_were_some():
    """follow_up_checks.only_said_to_be: "there were suspects" says there are some, not who."""
    custody = "The security chief announced on Facebook on Tuesday there were suspects in custody."
    assert only_said_to_be(custody, "who are the suspects")
    named = "The suspects, two brothers from the city, were arrested on Tuesday."
    assert not only_said_to_be(named, "who are the suspects")
    assert not only_said_to_be(custody, "when were they arrested")  # asks no "who is"


def test_future_for_past_when_when_the_sentence_puts_its_time_in_the_future():
    """follow_up_checks.future_for_past_when: "when was that?" asks when a deed was done; a
    sentence whose time is of a thing still to come ("will be buried ... on Tuesday") is no
    answer, one that tells a past deed's date is, and so is the future for a follow-up that
    asks of one."""
    burial = "Leonov, who died in Moscow, will be buried at the Memorial Cemetery on Tuesday."
    assert future_for_past_when(burial, "when was that?")
    assert future_for_past_when(burial, "wen did it happen")
    assert future_for_past_when(burial, "what year was that")
    walk = "On March 18, 1965, he performed the first manned extravehicular activity."
    assert not future_for_past_when(walk, "when was that?")
    assert not future_for_past_when(burial, "when will he be buried?")  # asks a future
    assert not future_for_past_when(burial, "and when?")  # asks no past deed


def test_a_past_when_follow_up_is_not_answered_with_a_coming_date(tmp_path):
    """ "when was that?" after Leonov's fame for the first spacewalk quoted the date of his
    burial, still to come: abstained on, as the story gives no date of the walk."""
    story = (
        "Cosmonaut Alexei Leonov dies at age 85\n\n"
        "Leonov was famous for performing the first human spacewalk as part of the "
        "Voskhod 2 mission. Sputnik News reported Leonov, who died in Moscow, will be "
        "buried at the Federal Military Memorial Cemetery on Tuesday. He was a "
        "decorated pilot and an artist.\n"
    )
    assert _abstains_after(
        tmp_path, story, "what was leonov famous for?", "spacewalk", "when was that?"
    )


def test_speaker_only_reported_when_the_one_asked_is_inside_another_s_words():
    """follow_up_checks.speaker_only_reported: "criticism ... has said ... because President
    Vucic eased lockdown measures" reports what critics said of the president; a sentence with
    the president speaking, before or right after the verb, may answer, as may any for "he"."""
    critics = (
        "According to reports, criticism within Serbia has said cases rose because President "
        "Aleksandar Vucic eased lockdown measures to win elections."
    )
    assert speaker_only_reported(critics, "what did the president say about it")
    spoke = "President Aleksandar Vucic said foreign forces were involved in the protests."
    assert not speaker_only_reported(spoke, "what did the president say about it")
    inverted = '"Foreign forces were involved," said the president on Saturday.'
    assert not speaker_only_reported(inverted, "what did the president say")
    assert not speaker_only_reported(critics, "what did he say about it")  # a pronoun
    assert not speaker_only_reported(critics, "why did cases rise")  # asks no one's words


def test_a_speech_follow_up_is_not_answered_with_words_said_about_the_speaker(tmp_path):
    """ "what did the president say about it?" after the protests' arrests quoted what critics
    said of the president: abstained on, as the story gives no words of his."""
    story = (
        "Serbian protesters try to storm Parliament\n\n"
        "Police director Vladimir Rebic said at least 71 people were arrested at the "
        "protests in Belgrade on Friday night. According to reports, criticism within "
        "Serbia has said cases rose because President Aleksandar Vucic eased lockdown "
        "measures to win elections. The protests started against a new curfew.\n"
    )
    assert _abstains_after(
        tmp_path,
        story,
        "how many people were arrested at the protests in belgrade?",
        "71 people",
        "what did the president say about it?",
    )


BLACKBURN = (
    "One of the study's authors, herpetologist David Blackburn, told Discover Magazine the "
    "pattern was deep."
)


def test_speaker_never_told_when_he_would_be_someone_the_conversation_never_named():
    """follow_up_checks.speaker_never_told: "what did he say?" after answers naming no
    Blackburn is not answered with Blackburn's words; it is after one that names him, and a
    sentence whose speaker is "He" or a noun's question are not judged."""
    findings = ["how many times did spiky skulls evolve", "Spiky skulls evolved 25 times."]
    assert speaker_never_told(BLACKBURN, "what did he say", findings)
    named = [*findings, "David Blackburn helped lead the study."]
    assert not speaker_never_told(BLACKBURN, "what did he say", named)
    assert not speaker_never_told("He told reporters it was deep.", "what did he say", findings)
    later = "Later he told reporters it was deep."  # a sentence's first word is no name
    assert not speaker_never_told(later, "what did he say", findings)
    # a capitalised word before a pronoun speaker names no speaker ("On Tuesday he told")
    tuesday = "On Tuesday he told reporters it was deep."
    assert not speaker_never_told(tuesday, "what did he say", findings)
    assert not speaker_never_told("In Moscow, she said it was deep.", "what did she say", findings)
    assert not speaker_never_told(BLACKBURN, "what did the author say", findings)
    # a name outside ASCII is read whole, as the conversation's words have it
    walesa = "Union leader Lech Wałęsa told reporters it was over."
    assert not speaker_never_told(walesa, "what did he say", ["how did wałęsa end the strike"])
    assert speaker_never_told(walesa, "what did he say", findings)


def test_what_did_he_say_is_not_answered_with_someone_never_told_of(tmp_path):
    """ "what did he say?" after the frog study's findings, whose answers named no one, quoted
    one of its authors: abstained on, as who "he" is was never told."""
    story = (
        "Florida frog skull survey shows spikes, say scientists\n\n"
        "Scientists report spiky skulls evolved at least 25 separate times in frogs. "
        "Researchers evaluated CT scans on 158 different species. " + BLACKBURN + "\n"
    )
    assert _abstains_after(
        tmp_path,
        story,
        "how many times did spiky skulls evolve in frogs?",
        "25 separate times",
        "what did he say?",
    )


def test_reason_given_for_another_when_the_deed_asked_is_itself_the_cause():
    """follow_up_checks.reason_given_for_another: "A came after B" tells why A, not why B; a
    sentence with the deed in its main clause, a cause that opens the sentence, or a name the
    deed and its cause share may answer."""
    after = "The move, called prorogation, came after a second motion for snap elections failed."
    asked = "why did the vote for snap elections fail"
    assert reason_given_for_another(after, asked)
    assert reason_given_for_another(after, "and why did the snap elections motion fail?")
    assert not reason_given_for_another(
        "The snap elections motion failed because MPs abstained.", asked
    )
    storm = "Because of the storm, flights were cancelled at the airport."
    assert not reason_given_for_another(storm, "why were flights cancelled")
    pressure = "International pressure is increasing due to Russia's refusal to stop the killings."
    assert not reason_given_for_another(pressure, "why is the world pushing harder on russia")
    assert not reason_given_for_another(after, "why")  # no deed named: nothing to find
    assert not reason_given_for_another(after, "when did the snap elections motion fail")


def test_why_a_deed_is_not_answered_with_a_sentence_giving_it_as_a_cause(tmp_path):
    """ "why did the motion for early elections fail?" after the council's suspension quoted
    "The move came after a second motion for early elections failed to pass", which tells why
    the council was suspended, not why the motion failed: abstained on."""
    story = (
        "Mayor suspends town council ahead of budget deadline\n\n"
        "The mayor of Eastport suspended the town council for three weeks on Monday. "
        "The move came after a second motion for early elections failed to pass. "
        "Councillors protested outside the town hall.\n"
    )
    assert _abstains_after(
        tmp_path,
        story,
        "how long did the mayor of eastport suspend the council for?",
        "for three weeks",
        "why did the motion for early elections fail?",
    )
