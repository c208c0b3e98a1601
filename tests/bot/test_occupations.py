"""Questions asking what someone does for a living, and the sentences that say it."""

from __future__ import annotations

import pytest

from bot.occupations import asks_occupation, states_occupation


@pytest.mark.parametrize(
    "question",
    [
        "what does sandra jephcott the groom candidate do for a living",
        "sandra jepcott sustainable australia what does she do for work",
        "the centos guy rich bowen, whats his job there?",
        "brian carrol american solidarity party what was his job before",
        "craig farquarson the lib dem guy, what kind of shop does he run",
        "jo jorgenson libertarian nominee what does she do for a job",
        "what did thomas rivinius say his job at ESO is",
    ],
)
def test_questions_asking_what_someone_does_for_a_living(question):
    assert asks_occupation(question)


@pytest.mark.parametrize(
    "question",
    [
        "what did the MPs do on the last day",
        "who is running in the groom by-election",
        "why did namibias old vp iyambo quit his job",
        "did mayor bowser clap back at trump after he said she wasnt doing her job",
    ],
)
def test_other_questions_do_not(question):
    assert not asks_occupation(question)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the party's website, Jephcott is a veterinarian and farmer.",
        "Farquharson is a former military contractor and owns a vape store in Toowoomba.",
        "I'm Rich Bowen and I'm the Community Manager for the CentOS project.",
        "Walker, a truck driver who currently resides in South Carolina, met Hawkins in 2014.",
        "In July, the party's ticket of retired teacher Brian Carroll was announced.",
    ],
)
def test_sentences_saying_what_someone_is_by_their_work(sentence):
    assert states_occupation(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wikinews spoke to one of the four candidates running in the by-election.",
        "Groom is located in the state of Queensland.",
    ],
)
def test_sentences_saying_what_they_are_doing_in_the_news_do_not(sentence):
    assert not states_occupation(sentence)
