"""Tests of bot.question_evidence (moved out of tests/bot/test_decide.py with the code)."""

from __future__ import annotations

from types import SimpleNamespace

from bot import coverage_gaps, fact_evidence, question_evidence
from bot.question_analysis import analyze
from bot.rank_features import DEFAULT_RARITY
from bot.resolve import Resolved
from bot.text import tokenize
from tests.bot.test_decide import _say_question


def test_what_the_asker_says_before_a_question_pointing_back_is_a_hedge_but_its_names():
    question = "i always thought elijah cummings was a lawyer, where did he go to law school"
    tokens = tokenize(question)
    at = tokens.index("elijah")
    names = [Resolved("elijah-cummings", "person", "elijah cummings", at, at + 2, 100.0)]
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokens, names, None)
    soft = dict(zip(asked.term_words, asked.soft, strict=True))
    assert soft["lawyer"] and not soft["elijah"] and not soft["cummings"] and not soft["school"]


def test_a_leading_clause_naming_the_story_is_a_hedge_but_its_times_and_numbers():
    def soft(question: str) -> dict[str, bool]:
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [], None
        )
        return dict(zip(asked.term_words, asked.soft, strict=True))

    # "Three passengers died" answers it without saying the ferry hit a pier
    told = soft("that ferry that hit the pier near dover, how many people died on it")
    assert told["pier"] and told["hit"] and not told["died"] and not told["people"]
    # a time or a number the asker remembers still tells one event from another
    dated = soft("the ferry that sank in march 2019, how many people died on it")
    assert told["ferry"] and not dated["march"] and not dated["2019"]


def test_a_closing_yes_no_that_guesses_at_the_question_before_it_is_a_hedge():
    def soft(question: str) -> dict[str, bool]:
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [], None
        )
        return dict(zip(asked.term_words, asked.soft, strict=True))

    # after a question-word question, and an "or" after a yes/no question: the asked question
    # is the one before; the guess's words help where the sentence has them
    guessed = soft("what will they talk about in washington, is it just photo ops")
    assert guessed["photo"] and guessed["ops"] and not guessed["washington"]
    other = soft("is america still sending ukraine weapons, or has trump gone cold on it")
    assert other["cold"] and not other["weapons"]
    # a guessed answer to a "which" question must be borne out: "is the uk one of them"
    named = soft("which countries would send troops to the force, is the uk one of them")
    assert not named["uk"]
    # a guessed reason has the answer's own words, and a lone yes/no question asks them all
    assert not soft("why is it so hard, is it because russia won't talk to kyiv")["russia"]
    assert not any(soft("is america still sending ukraine weapons").values())


def test_a_closing_infinitive_that_guesses_at_the_purpose_asked_is_a_hedge():
    def soft(question: str) -> dict[str, bool]:
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [], None
        )
        return dict(zip(asked.term_words, asked.soft, strict=True))

    # the answer words the purpose its own way: "... to guarantee security and deter further
    # aggression"; the guess's words still help where the sentence has them
    guessed = soft("what's the point of putting that force there, to stop russia coming back?")
    assert guessed["stop"] and guessed["russia"] and not guessed["force"]
    wish = soft("what does moscow want, to talk to the americans alone?")
    assert wish["talk"] and wish["americans"] and not wish["moscow"] and not wish["want"]
    # a guessed place is a name the coverage must bear out, as a guess after "which" is
    assert not soft("where are the weapons going, to kyiv?")["kyiv"]
    assert not soft("which countries would send troops, to patrol the border?")["patrol"]


def test_the_past_of_any_verb_of_the_lexicon_sets_a_past_scene():
    # irregular past forms come from the lexicon's verbs (facts/data/verbs.txt): "spoke",
    # "chose", "withdrew" set a past scene as "arrived" does
    for question in (
        "what did merz say when trump spoke in berlin",
        "what did the kremlin say after the us withdrew from the treaty",
    ):
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [], None
        )
        assert any(asked.scene), question
    future = "what will merz say when trump speaks in berlin"
    asked = question_evidence.asked(analyze(future), DEFAULT_RARITY, tokenize(future), [], None)
    assert not any(asked.scene)


def test_topic_and_scene_words_are_found_as_the_terms_read_them():
    """A term analyze rewrote ("ruling out" is "reject") is still a word of the topic or of
    the scene it was typed in."""
    trump = Resolved("donald-trump", "person", "donald trump", 2, 4, 100.0)
    asked = _say_question("what did donald trump say about ruling out a ceasefire", [trump])
    assert asked.topic == {"reject", "ceasefire"}
    question = "what did zapata tell reporters when he ruled out a truce"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    scene = {w for w, s in zip(asked.term_words, asked.scene, strict=True) if s}
    assert scene == {"reject", "truce"}


def test_or_that_tags_a_question_has_no_alternatives():
    for question in (
        "so did the alaska summit get a ceasefire done or nah",
        "is germany sending anyone or what",
        "does he have other meetings lined up or is that it",
        "when will they meet",
    ):
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [], None
        )
        assert not any(asked.second), question


def test_or_that_opens_a_second_question_has_the_whole_first_one_as_its_alternative():
    """ "does ukraine need its own big army too or would it just lean on allies" is answered by
    a sentence saying all of the first question ("the need for Ukraine to maintain a sizable
    ... military force"), which need not have the second's words."""
    question = "does ukraine need its own big army too or would it just lean on allies"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    first = {w for w, f in zip(asked.term_words, asked.first, strict=True) if f}
    second = {w for w, s in zip(asked.term_words, asked.second, strict=True) if s}
    assert {"ukraine", "need", "big", "army"} <= first
    assert "allies" in second and not first & second


def test_alternatives_opened_alike_run_from_their_opener_to_a_shared_preposition():
    """ "was alaska a breakthrough or a flop on the ceasefire": the second alternative opens
    with "a" as the first does, so the first is "a breakthrough", not "alaska a breakthrough",
    and "on the ceasefire" is said of either: a sentence with "breakthrough" and without "flop"
    ("the Alaska summit did not result in a breakthrough regarding a ceasefire") says the first.
    Taking the first to be as long as the second had read "flop ceasefire" against "alaska
    breakthrough"."""

    def alternatives(question: str) -> tuple[set[str], set[str]]:
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [], None
        )
        words = asked.term_words
        first = {w for w, f in zip(words, asked.first, strict=True) if f}
        return first, {w for w, s in zip(words, asked.second, strict=True) if s}

    assert alternatives("so was alaska a breakthrough or a flop on the ceasefire") == (
        {"breakthrough"},
        {"flop"},
    )
    assert alternatives("would american weapons go straight to kyiv or to the european troops") == (
        {"kyiv"},
        {"european", "troops"},
    )
    # a comma ends the clause of the "or": the question after it is no alternative
    assert alternatives("macron or scholz, which one is meeting zelensky") == (
        {"macron"},
        {"scholz"},
    )
    # an opener further back than a short phrase is beyond it: read as before
    first, second = alternatives("whats the order of the meetings, trump first or the europe guys")
    assert first == {"first"} and second == {"europe"}


def test_own_is_a_word_that_counts_only_where_the_sentence_has_it():
    # "who was killed by his own lions": "killed by his lions" lacks no word of it
    question = "who was killed by his own lions"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["killed", "own", "lions"]
    assert asked.soft == (False, True, False)


def test_famous_is_the_askers_description_neither_matched_nor_missing():
    # "which famous actor used to stay at bontddu hall": news names the actor, never "famous"
    question = "which famous actor stayed at the hall"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    soft = {w for w, s in zip(asked.term_words, asked.soft, strict=True) if s}
    assert soft == {"famous"}


def test_the_question_text_is_tokenized_once_for_its_topic_and_its_speaker(monkeypatch):
    """Asked.topic and the speaker-first check (says_asked) both read the question's words in
    order; one cached Asked.tokens serves both, so the text is tokenized once per question."""
    question = "what did andrzej duda say about the escape room owners"
    duda = Resolved("andrzej-duda", "person", "andrzej duda", 2, 4, 100.0)
    statement = SimpleNamespace(answer="statement", predicates=("say", "tell", "announce"))
    match = SimpleNamespace(intent=statement, score=70.0)  # not sure: says_asked reads on
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), [duda], match
    )
    calls = []

    def counting(text):
        calls.append(text)
        return tokenize(text)

    for patched in (question_evidence, fact_evidence, coverage_gaps):
        monkeypatch.setattr(patched, "tokenize", counting)
    assert asked.topic == {"escape", "room", "owners"}
    assert asked.says_asked
    assert calls.count(question) == 1


def test_the_doers_of_who_is_x_meeting_are_the_entities_named_as_x():
    def doers(question: str, first: int, last: int) -> frozenset[str]:
        zelensky = Resolved("volodymyr-zelensky", "person", "zelensky", first, last, 100.0)
        return question_evidence.doers_named(tokenize(question), [zelensky])

    assert doers("who is zelensky meeting", 2, 3) == {"volodymyr-zelensky"}
    assert doers("who is the ukrainian leader meeting", 2, 5) == {"volodymyr-zelensky"}
    # "who is meeting zelensky": Zelensky has it done to him
    assert doers("who is meeting zelensky", 3, 4) == frozenset()
    # no verb after the name: "who is zelensky" asks who he is
    assert doers("who is zelensky", 2, 3) == frozenset()


def test_a_question_asking_who_takes_part_reads_the_facts_of_meeting():
    """ "is the eu chief joining": whoever meets whom tells it, whatever the question's verb."""
    question = "is the eu chief joining"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    assert "meet" in asked.weighed_predicates(frozenset({"meet", "supply"}))
    other = "is the eu chief happy"
    asked = question_evidence.asked(analyze(other), DEFAULT_RARITY, tokenize(other), [], None)
    assert "meet" not in asked.weighed_predicates(frozenset({"meet", "supply"}))


def test_a_country_joining_an_organisation_reads_no_facts_of_meeting():
    """ "is ukraine going to join nato" asks of membership, which no meeting tells; "is the eu
    chief joining the nato talks" still asks who takes part."""
    question = "is ukraine going to join nato"
    nato = Resolved("nato", "org", "nato", 5, 6, 100.0)
    ukraine = Resolved("ukraine", "country", "ukraine", 1, 2, 100.0)
    kinds = {"nato": "org", "ukraine": "country"}
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), [ukraine, nato], None, kinds
    )
    assert "meet" not in asked.weighed_predicates(frozenset({"meet", "supply"}))
    talks = "is the eu chief joining the nato talks"
    nato = Resolved("nato", "org", "nato", 6, 7, 100.0)
    asked = question_evidence.asked(
        analyze(talks), DEFAULT_RARITY, tokenize(talks), [nato], None, kinds
    )
    assert "meet" in asked.weighed_predicates(frozenset({"meet", "supply"}))
