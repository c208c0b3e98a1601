"""Tests of bot.coverage_gaps (moved out of tests/bot/test_decide.py with the code)."""

from __future__ import annotations

import pytest

from bot import coverage_gaps, fact_evidence, question_evidence
from bot.question_analysis import analyze
from bot.rank_features import DEFAULT_RARITY
from bot.sentence_analysis import read_sentence
from bot.text import tokenize


def test_a_sentence_with_the_asked_noun_only_after_the_does_not_say_which():
    asked = set(tokenize("what microbes did sarah seagers team grow"))
    assert coverage_gaps.names_head_only_generically(
        "microbes", "Although, the microbes grew more slowly than they would in air.", asked
    )
    # a modifier, an article that names, or a name the question lacks may say which
    for sentence in (
        "The team grew E. coli and other microbes in hydrogen.",
        "The microbes, Escherichia coli and yeast, grew in hydrogen.",
        "They grew microbes in hydrogen.",
    ):
        assert not coverage_gaps.names_head_only_generically("microbes", sentence, asked)


def test_a_sentence_that_only_counts_the_asked_nouns_does_not_say_which():
    """ "which foreign ministers met in Cairo": "several foreign ministers" and "two articles of
    impeachment" count them; a list after the noun, or a use without a count, may say which."""
    cairo = "On Wednesday, an assembly of several foreign ministers in Cairo denounced the deal."
    assert coverage_gaps.counts_head_only("ministers", cairo)
    articles = (
        "Pelosi will submit two articles of impeachment, passed against Trump, to the Senate."
    )
    assert coverage_gaps.counts_head_only("articles", articles)
    for sentence in (
        "Five ministers: those of Egypt, France, Greece and Cyprus, met in Cairo.",
        "Four ministers, Egypt's Shoukry and France's Le Drian among them, met.",
        "Several ministers, including Egypt's Sameh Shoukry, met in Cairo.",
        "The foreign ministers of Egypt, France, Greece and Cyprus met in Cairo.",
    ):
        assert not coverage_gaps.counts_head_only("ministers", sentence)
    # "other" nouns are besides the ones a sentence names before them
    eastmed = "The project, which involves Greece, Cyprus and Israel, is open for other countries."
    assert not coverage_gaps.counts_head_only("countries", eastmed)


def test_across_several_stories_the_noun_of_whats_the_n_is_asked():
    question = "whats the names of the two men arrested for the theft"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if w == "names" else 1.0 for w in asked.term_words]
    assert coverage_gaps.incidental_gap(asked, credits) > 0.0
    assert coverage_gaps.incidental_gap(asked, credits, several=True) == 0.0


def test_coverage_is_read_from_the_hedged_share_where_it_differs_from_the_missing_one():
    """The confidence and the --debug line read one coverage: what the sentence lacks with the
    asker's hedges left out, where that differs, else all it lacks."""
    plain = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.3, False, False, 0.0)
    hedged = plain._replace(hedged=0.1)
    assert coverage_gaps.read_coverage(plain) == pytest.approx(0.7)
    assert coverage_gaps.read_coverage(hedged) == pytest.approx(0.9)


def test_much_and_big_of_a_degree_or_an_idiom_ask_no_amount():
    """ "why does it matter so much": "so much" is the asker's emphasis, not an amount the
    sentence ("... is crucial for ...") must give; "how much" and "how big an army" ask one."""
    assert coverage_gaps.degree_words(tokenize("why do the talks matter so much")) == {"much"}
    assert coverage_gaps.degree_words(tokenize("is it such a big deal")) == {"big"}
    assert not coverage_gaps.degree_words(tokenize("how much did it cost"))
    assert not coverage_gaps.degree_words(tokenize("how big an army should ukraine keep"))
    # one use that asks an amount keeps the word crucial
    assert not coverage_gaps.degree_words(tokenize("how much do they matter so much"))
    question = "why do the discussions matter so much"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    assert "much" not in coverage_gaps.crucial_words(asked)
    question = "how much do the discussions cost"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    assert "much" in coverage_gaps.crucial_words(asked)


def test_the_ing_form_of_a_light_verb_names_no_event():
    """ "if the allies are *coming* anyway", "is the world *putting* more pressure on russia":
    the asker's telling, not the event a "-ing" word asks about ("which country will host the
    peace deal *signing*")."""
    for question, word in (
        ("whats the point of its own force if the allies are coming anyway", "coming"),
        ("is the world putting more pressure on russia", "putting"),
    ):
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [], None
        )
        assert word not in coverage_gaps.crucial_words(asked), question
    question = "which country will host the peace deal signing"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    assert "signing" in coverage_gaps.crucial_words(asked)


def _stems(text: str) -> tuple[str, ...]:
    return read_sentence(text).stems


HEADLINE = _stems("Ukraine requires authentic security guarantees, as stated by the president.")
LEAD = _stems("Zelensky is set to meet with US President Donald Trump in Washington on Monday.")
FORCE = _stems("This includes the deployment of a multinational European military force.")


def test_two_words_the_question_writes_side_by_side_said_as_one_phrase():
    """ "european troops" - "a multinational European military force": the question's pair in
    related words, one word between (coverage_gaps.PHRASE_SPAN)."""
    question = analyze("would there be european troops on the ground")
    assert coverage_gaps.phrased(question, FORCE, [HEADLINE, LEAD], [])
    # the same words in other places of a sentence are no phrase
    apart = _stems("European allies back the plan, and troops are a part of it.")
    assert not coverage_gaps.phrased(question, apart, [HEADLINE, LEAD], [])
    # nor words the question does not write next to each other ("army *is* ukraine")
    verb_between = analyze("what kind of army is ukraine supposed to have")
    ukrainian = _stems("a force on Ukrainian territory")
    assert not coverage_gaps.phrased(verb_between, ukrainian, [HEADLINE, LEAD], [])


def test_a_phrase_of_the_story_opening_or_of_one_name_is_no_phrase_of_the_sentence():
    """The headline's and lead's phrases are the story's topic ("security guarantees",
    "Zelensky ... meet"), and a name's words stand together wherever it is named."""
    topic = analyze("what are the security guarantees")
    guarantees = _stems("The proposed security guarantees centre around reassurance forces.")
    assert not coverage_gaps.phrased(topic, guarantees, [HEADLINE, LEAD], [])
    assert coverage_gaps.phrased(topic, guarantees, [], [])
    name = analyze("is von der leyen going")
    leaders = _stems("The leaders include EU chief Ursula von der Leyen.")
    assert not coverage_gaps.phrased(name, leaders, [], [("von", "der", "leyen")])


def test_a_sentence_lacks_a_crucial_word_such_as_an_ordinal():
    question = "who was kentucky's first basketball coach"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if w == "first" else 1.0 for w in asked.term_words]
    assert coverage_gaps.lacks_crucial(asked, credits)
    assert not coverage_gaps.lacks_crucial(asked, [1.0] * len(credits))


def test_a_sentence_says_the_questions_word_of_sequence():
    question = "who was the toronto serial killer's first victim"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [1.0] * len(asked.term_words)
    assert coverage_gaps.says_sequence(asked, credits)
    lacking = [0.0 if w == "first" else 1.0 for w in asked.term_words]
    assert not coverage_gaps.says_sequence(asked, lacking)
    plain = "who was the toronto serial killer's victim"
    asked = question_evidence.asked(analyze(plain), DEFAULT_RARITY, tokenize(plain), [], None)
    assert not coverage_gaps.says_sequence(asked, [1.0] * len(asked.term_words))
