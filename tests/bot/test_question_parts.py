"""Tests of bot.question_parts (moved out of tests/bot/test_decide.py with the code)."""

from __future__ import annotations

import pytest

from bot import question_analysis, question_parts
from bot.question_analysis import analyze
from bot.resolve import Resolved
from bot.text import tokenize


def test_the_subject_of_what_do_x_verb_is_x():
    assert question_parts.asked_subject(tokenize("what do the security guarantees involve")) == {
        "secur",
        "guarante",
    }
    assert question_parts.asked_subject(tokenize("what did trump rule out")) == {"trump"}
    assert question_parts.asked_subject(tokenize("who does russia blame")) == frozenset()
    # the question goes on past its verb: no subject read
    assert question_parts.asked_subject(
        tokenize("what did modi write about the crash in kerala")
    ) == (frozenset())
    assert question_parts.asked_verb(tokenize("what will germany support")) == "support"
    assert question_parts.asked_verb(tokenize("what did trump rule out")) == "rule"
    # a topic named first and asked about with a pronoun is the subject
    topic = tokenize("ukraine security guarantees what do they consist of")
    assert question_parts.asked_subject(topic) == {"ukrain", "secur", "guarante"}
    # not a question of its own before it
    assert (
        question_parts.asked_subject(tokenize("who said it and what do they want")) == frozenset()
    )


def test_the_subject_of_a_yes_no_question():
    def subject(question: str) -> set[str]:
        return set(question_parts.yesno_subject(tokenize(question)))

    assert subject("will security guarantees come up in the talks") == {"security", "guarantees"}
    assert subject("are security guarantees for Ukraine expected to feature") == {
        "security",
        "guarantees",
    }
    assert subject("will the guarantee stuff come up when he sees them") == {"guarantee", "stuff"}
    # every modal opens one, as the shared list (facts.words.MODALS) has them
    assert subject("shall security guarantees come up") == {"security", "guarantees"}
    assert subject("is germany sending troops") == {"germany"}
    assert subject("is there an animal named after Walter Munk") == set()
    assert subject("did anyone survive the crash") == {"anyone"}  # not the crash
    assert subject("what will security guarantees involve") == set()


def test_the_subject_of_a_claim_asked_to_be_confirmed_is_the_claim_s():
    def subject(question: str) -> set[str]:
        return set(question_parts.yesno_subject(tokenize(question)))

    # not the question's own "it": the subject of what "is it true" asks about
    assert subject("is it true the dutch minister wants a new bridge") == {"dutch", "minister"}
    assert subject("is it true that the mayor agreed to resign") == {"mayor"}
    assert subject("is it correct european teams would be banned") == {"european", "teams"}


def test_the_subject_of_a_question_asked_as_a_phrase():
    def subject(question: str) -> set[str]:
        return set(question_parts.keyword_subject(tokenize(question)))

    assert subject("guarantees on the agenda?") == {"guarantees"}
    assert subject("merz role") == {"merz", "role"}
    assert subject("ukraine joining nato?") == {"ukraine"}  # its verb and object follow
    # a question word or an opening stopword makes it another kind of question
    assert subject("guarantees based on what") == set()
    assert subject("reassurance force where") == set()
    assert subject("the guarantees on the agenda?") == set()
    assert subject("") == set()


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("what microbes did sarah seagers team grow in a hydrogen atmosphere", "microbes"),
        ("which cybersecurity firm was behind it", "firm"),
        ("what kind of plane was it", "plane"),
        # without an auxiliary after it, the last word may be the verb
        ("which cybersecurity firm found the exposed data", None),
        ("what did the court rule", None),
        ("who won the race", None),
    ],
)
def test_the_noun_a_what_question_asks_to_have_named(question, head):
    assert question_parts.asked_head(tokenize(question)) == head


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("who was the pilot of the beechcraft that crashed near henderson", "pilot"),
        ("whos the judge who said prosecutors could look at the tax returns", "judge"),
        ("who was the japanese amateur researcher that spotted the wreck", "researcher"),
        ("who is the head of the european union", "head"),
        # the role is the head of its noun run, not a modifier before it
        ("who is the major player in the talks", "player"),
        ("who is the police spokesperson", "spokesperson"),
        ("who is the russian leader mentioned in the article", "leader"),
        # "boss" is no title of roles.txt, but askers use it as one
        ("who is the nato boss", "boss"),
        # asked for by name: "what is the name of the ROLE"
        ("what is the name of the judge who sentenced him", "judge"),
        ("whats the name of the pilot", "pilot"),
        # "who's the judge", its "'s" dropped by the tokenizer
        ("who's the judge that said prosecutors could see the returns", "judge"),
        ("what is the name of the ship", None),
        # who did something, or who a named person is, asks no role
        ("who will chair the meeting", None),
        ("who was the ex fbi guy npr talked to", None),
        ("who is keir starmer", None),
        ("who won the race", None),
    ],
)
def test_the_role_a_who_is_the_question_asks_the_holder_of(question, role):
    assert question_parts.asked_role(tokenize(question)) == role


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("has anyone put out the agenda for the meetings yet", {"agenda", "meetings"}),
        # a plural after a determiner and one modifier is the phrase's noun
        ("what are these security guarantees made of", {"security", "guarantees"}),
        ("how important are the upcoming discussions", {"upcoming", "discussions"}),
        # a bare verb after "does the kremlin" is none; "a say" is one
        ("does the kremlin want a say over the guarantees", {"kremlin", "say", "guarantees"}),
        # two words after the determiner, not plural: the verb of the question
        ("what will the european leaders discuss with zelensky", {"european", "leaders"}),
        # used as a verb once: not only a noun
        ("what do they guarantee and what are the guarantees", {"guarantees"}),
        ("what does this guarantee", set()),
    ],
)
def test_the_words_a_question_uses_only_as_nouns(question, nouns):
    assert question_parts.noun_words(tokenize(question)) == nouns


def test_the_noun_subject_of_a_yes_no_question_is_read_unless_it_names_or_happens():
    assert question_parts.asked_noun_subject(
        tokenize("could the meetings also get into guarantees")
    ) == ("meet")
    assert question_parts.asked_noun_subject(tokenize("will the talks cover the war")) == "talk"
    # the event's own taking place: the meeting itself is asked about
    assert (
        question_parts.asked_noun_subject(tokenize("will the meeting be held at the white house"))
        == ""
    )
    # a word of a name is weighed by its entity
    kremlin = tokenize("does the kremlin want a say over the guarantees")
    assert question_parts.asked_noun_subject(kremlin, {"kremlin"}) == ""
    assert (
        question_parts.asked_noun_subject(tokenize("is the trump meeting before the europeans"))
        == ""
    )


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        # the main clause's inflected verb, not the one of the clause after "that"
        ("who made the golden toilet that got stolen", {"made"}),
        ("was jacques chirac ever convicted of anything", {"convicted"}),
        # a base form counts after an auxiliary, not alone (where it is often a noun)
        ("how many seats did the conservatives win", {"win"}),
        ("what car caused the fire", {"caused"}),
        # right after a determiner a verb's form is a noun or an adjective, even after an
        # auxiliary
        ("did the judge rule against the merger", {"rule"}),
        ("what did the study find", {"find"}),
        ("who treated the injured officer", {"treated"}),
        # the question's own wh-word after its preposition opens no clause
        ("in which year was chirac convicted", {"convicted"}),
        ("by whom was the journalist killed", {"killed"}),
        # a clause opener after "when" asks again: "when did" is no clause
        ("who was the envoy that quit when the house subpoenaed him", set()),
    ],
)
def test_the_asked_relation_is_a_verb_of_the_question_s_main_clause(question, verbs):
    q = analyze(question)
    relation = question_parts.asked_relation(q, question_analysis.read_tokens(tokenize(question)))
    assert {t.word for t, r in zip(q.terms, relation, strict=True) if r} == verbs


def test_the_common_verb_of_an_unlisted_phrasal_verb_is_the_askers_wording():
    """ "did the governor *line* up" is told by "he has arranged for 3000 of the National
    Guard": the chat verb is soft (neither matched nor missing); a listed phrase ("shut down",
    read as close), a preposition ("fly to"), "back" ("fly back": the verb is the event) and a
    rare verb stay."""
    question = analyze("how many national guard troops did the governor line up for storm barry")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert soft["line"] and not soft["troops"]
    assert question_parts.phrasal_verbs(tokenize("why did pg&e shut off the power")) == {"shut"}
    for plain in (
        "who shut down parliament",
        "when will zelensky fly back to kyiv",
        "when will zelensky fly to kyiv",
        "when did the mine blow up",
    ):
        assert question_parts.phrasal_verbs(tokenize(plain)) == frozenset(), plain


def test_a_light_verb_is_the_askers_wording_unless_what_asks_it_as_its_subject():
    """ "which president *put* stevens on the supreme court" is told by "He was nominated to
    the Supreme Court ... by President Gerald Ford": the light verb is soft, its object is what
    is done; "what *put* him in the hospital" asks the verb itself."""
    question = analyze("which president put justice john paul stevens on the supreme court")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert soft["put"] and not soft["president"] and not soft["court"]
    assert question_parts.light_verbs(tokenize("is the world putting more pressure on russia")) == {
        "putting"
    }
    assert question_parts.light_verbs(tokenize("what put pranab in the hospital")) == frozenset()
    # a verb of motion is the claim: "will putin come to the washington talks"
    assert question_parts.light_verbs(tokenize("will putin come to the talks")) == frozenset()


def test_the_askers_own_belief_is_their_wording_and_anothers_is_asked():
    """ "*i think* the us would give logistics to the european force, am i remembering that
    right" is told by "... with the US potentially providing ... logistics": the asker's belief
    verb is soft; "what does macron think" asks the belief itself."""
    question = analyze("i think the us would give logistics to the european force")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert soft["think"] and not soft["logistics"]
    assert question_parts.asker_beliefs(tokenize("i reckon they will meet")) == {"reckon"}
    assert question_parts.asker_beliefs(tokenize("what does macron think")) == frozenset()
    assert question_parts.asker_beliefs(tokenize("what do they think of it")) == frozenset()


def test_where_the_asker_got_a_claim_is_their_wording_and_anothers_saying_is_asked():
    """ "us weapons go to ukraine or to the european force? *my cousin says* only ukraine": no
    sentence that answers says what the asker's cousin says; "what did macron say" asks it."""
    question = analyze("do us weapons go to ukraine? my cousin says only ukraine")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert soft["cousin"] and soft["says"] and not soft["weapons"]
    assert question_parts.hearsay(tokenize("i read the hotel had too many floors")) == {"read"}
    assert question_parts.hearsay(tokenize("how did it die, someone said a bomb")) == {
        "someone",
        "said",
    }
    assert question_parts.hearsay(tokenize("what did macron say")) == frozenset()
    assert question_parts.hearsay(tokenize("what the ministry said")) == frozenset()
    assert question_parts.hearsay(tokenize("what did people say")) == frozenset()


def test_the_count_a_message_announces_is_no_word_of_its_questions():
    """ "*two* things: what is nauseda asking for, and who's opposing the guarantee efforts":
    how many questions follow, which no sentence that answers says."""
    question = analyze("two things: what is nauseda asking for, and who opposes the guarantees")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert soft["two"] and not soft["guarantees"]
    assert question_parts.announced_count(tokenize("ok 2 questions - who won")) == {"2"}
    assert question_parts.announced_count(tokenize("couple of things: who won")) == {"couple"}
    assert question_parts.announced_count(tokenize("2 q's: who won, and when")) == {"2"}
    # a count of what is asked stays
    assert question_parts.announced_count(tokenize("two leaders met, who")) == frozenset()
    assert question_parts.announced_count(tokenize("what are the two things")) == frozenset()


def test_a_yes_no_questions_emphasis_is_soft_and_a_wh_questions_precision_is_not():
    """ "would there be *actual* european troops in ukraine" is told by "the deployment of a
    multinational European military force on Ukrainian territory": the stress is soft; "what
    is the actual date" asks for precision."""
    question = analyze("would there be actual european troops in ukraine")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert soft["actual"] and not soft["troops"]
    question = analyze("would foreign soldiers physically be stationed there")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert soft["physically"] and not soft["soldiers"]
    question = analyze("what is the actual date of the summit")
    soft = dict(zip((t.word for t in question.terms), question_parts.soft(question), strict=True))
    assert not soft["actual"]


def test_a_light_verb_with_a_particle_of_its_own_meaning_is_asked():
    """ "took over" is seized: the verb the question asks, not the asker's wording."""
    assert question_parts.light_verbs(tokenize("what country took over ireland")) == frozenset()
    assert question_parts.light_verbs(tokenize("did the us put in as much")) == {"put"}


def test_a_role_s_spellings_are_read_from_its_words_in_a_row():
    """ "ceo" is "chief executive (officer)", "adviser" "advisor"; the words of a spelling
    count only together ("the chief of the executive branch" writes no chief executive)."""
    ceo = (("ceo",), ("chief", "executive"), ("chief", "executive", "officer"))
    assert question_parts.role_spellings(["ceo"]) == ceo
    assert question_parts.role_spellings(tokenize("who is the twitter chief executive")) == ceo
    assert question_parts.role_spellings(["advisers"]) == (("adviser",), ("advisor",))
    assert question_parts.role_spellings(tokenize("chief of the executive branch")) == ()
    assert question_parts.role_spellings(["pilot"]) == ()


def test_a_question_s_keys_take_the_other_spellings_of_the_roles_it_writes():
    assert {"chief", "execut"} <= question_parts.with_role_spellings(
        analyze("who is the twitter ceo")
    )
    apart = question_parts.with_role_spellings(
        analyze("who is the chief of staff of the executive branch")
    )
    assert "ceo" not in apart


def test_a_person_named_before_a_noun_for_their_agent_is_served_not_asked():
    trump = Resolved("donald-trump", "person", "trump", 2, 3, 100.0)
    assert question_parts.served(tokenize("what did trump's man say"), [trump]) == {"donald-trump"}
    assert not question_parts.served(tokenize("what did trump say"), [trump])
    france = Resolved("france", "country", "french", 2, 3, 100.0)
    assert not question_parts.served(tokenize("who is the french envoy"), [france])  # a person's


def test_the_nouns_for_an_agent_are_the_lexicon_s_titles_in_either_number():
    """roles.txt's one-word titles and their plurals, less the general roles: "trump's lawyer",
    "trump's doctors" act for him; "trump's boss" is whom he serves; "pence's head" no role."""
    trump = Resolved("donald-trump", "person", "trump", 2, 3, 100.0)
    for question in (
        "what did trump's lawyer say",
        "what did trump's spokesmen say",
        "what did trump's doctors give him",
        "what did trump's envoys say",
    ):
        assert question_parts.served(tokenize(question), [trump]), question
    for question in (
        "what did trump's boss say",
        "what hit trump's head",
        "what did trump reportedly say",
    ):
        assert not question_parts.served(tokenize(question), [trump]), question


@pytest.mark.parametrize(
    ("word", "role", "said"),
    [
        ("photojournalist", "journalist", True),  # a compound ending in the role
        ("spokeswoman", "spokesman", True),  # the role's other gendered form
        ("chairs", "chair", True),
        ("co-pilot", "pilot", True),
        ("making", "king", False),  # letters that spell the role inside another word
        ("ghost", "host", False),
        ("hostage", "host", False),
        ("kingdom", "king", False),
    ],
)
def test_a_role_is_said_by_a_word_holding_it_not_by_its_letters(word, role, said):
    assert question_parts.role_said((role,), [word]) is said


def test_a_past_verb_is_regular_or_irregular_and_no_word_whose_ed_is_its_own():
    assert question_parts.past("arrived")
    assert question_parts.past("met")
    # the one test of a regular past the question's reading uses (text.regular_past)
    assert not question_parts.past("hundred")
    assert not question_parts.past("sacred")
    assert not question_parts.past("speed")


def test_a_scene_clause_without_a_past_verb_keeps_its_words_to_find():
    tokens = tokenize("what did the pope say before the sacred mass")
    question = analyze("what did the pope say before the sacred mass")
    assert not any(question_parts.in_scene(question, tokens))
    tokens = tokenize("what did the pope say after the crowd cheered")
    question = analyze("what did the pope say after the crowd cheered")
    assert any(question_parts.in_scene(question, tokens))


def test_a_main_clause_verb_is_inflected_or_a_base_after_an_auxiliary_and_no_noun():
    called = tokenize("what was the rescue ship called")
    assert question_parts.main_clause_verb(called, called.index("called"))
    assert not question_parts.main_clause_verb(called, called.index("rescue"))  # "the rescue"
    call = tokenize("what did trump call it")
    assert question_parts.main_clause_verb(call, call.index("call"))
    judge = tokenize("did the judge rule")
    assert not question_parts.main_clause_verb(judge, judge.index("judge"))


def test_a_person_named_before_a_noun_for_their_kin_is_not_who_is_asked():
    """ "what did munk's wife say" asks what his wife said: the kin noun after the name."""
    munk = Resolved("walter-munk", "person", "munk", 2, 3, 100.0)
    assert question_parts.kin_asked(tokenize("what did munk's wife say"), [munk]) == {"wife"}
    assert question_parts.kin_asked(tokenize("what did munks dad say"), [munk]) == {"dad"}
    assert not question_parts.kin_asked(tokenize("what did munk say"), [munk])
    assert not question_parts.kin_asked(tokenize("what did munk say about his wife"), [munk])


def test_the_doer_of_who_is_x_meeting_is_x():
    """ "who is X meeting" asks whom X meets: X stands after the auxiliary (and "the")."""
    assert question_parts.asked_doer_at(tokenize("who is zelensky meeting")) == 2
    assert question_parts.asked_doer_at(tokenize("who is the ukrainian leader meeting")) == 3
    clause = tokenize("two things: where's the meeting and who does zelensky meet there")
    assert clause[question_parts.asked_doer_at(clause)] == "zelensky"
    # "who is meeting X" asks who does it to X; a bare "who is X" names no doer
    assert question_parts.asked_doer_at(tokenize("who meets zelensky")) is None
    assert question_parts.asked_doer_at(tokenize("who is zelensky")) is None


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("Which foreign ministers met in Cairo to denounce the maritime deal?", "ministers"),
        ("what were the 2 articles of impeachment the house passed against trump", "articles"),
        ("which universitys did the zebra horse fly research", "universitys"),
        # no plural after the question word, or a verb's "-s": no such noun asked
        ("which firm found the exposed data", None),
        ("what says the report", None),
        # a singular that ends in "s" asks for one thing, not a list
        ("what virus did the patients have", None),
        ("which crisis hit the banks", None),
        ("who won the race", None),
    ],
)
def test_the_plural_a_which_question_asks_to_have_named(question, head):
    assert question_parts.asked_plural(tokenize(question)) == head
