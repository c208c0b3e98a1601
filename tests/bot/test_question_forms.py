"""Tests of bot.question_forms (moved out of tests/bot/test_decide.py with the code)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot import question_analysis, question_forms
from bot.question_analysis import analyze
from bot.text import tokenize


def test_why_did_asks_the_cause_of_an_event():
    def asks(question: str) -> bool:
        return question_forms.asks_event_cause(analyze(question), tokenize(question))

    assert asks("why did gillibrand drop out of the race")
    assert not asks("why does it matter to keep sending defensive arms")
    assert not asks("why didnt they use water bombing planes")
    assert not asks("did trump rule out a ceasefire")
    # "why would anyone ..." asks a doer's motive; "why would it matter" a value
    assert asks("why would anyone blow up a jackal in tamil nadu")
    assert not asks("why would it matter who attends")
    # any sequence of tokens will do, a tuple too, and a question cut short asks no motive
    assert not question_forms.asks_event_cause(analyze("why would"), ("why", "would"))
    # the cause asked outright, as "why did" asks it
    # an adverb in -ly after "why" stresses the question, which asks the same cause
    assert asks("why exactly did trump rule out the ceasefire")
    assert asks("why really did gillibrand drop out")
    assert asks("what caused it?")
    assert asks("what was the cause of the boat fire")
    assert not asks("what did the fire cause")


@pytest.mark.parametrize(
    ("question", "later"),
    [
        ("Where was the engineer killed at Waterloo station from, and how old?", "age"),
        ("who declared covid a pandemic - how many cases were there worldwide then", "number"),
        ("who first made youtube-dl and when?", "time"),
        # one answer type, or none a sentence must show, asked second
        ("where did don imus pass away, where exactly", None),
        ("where did mubarak die, was he at home or in hospital", None),
        ("when and why did princess ubolratna lose her royal title", None),
        # a topic first: the question proper is read already (question_analysis._asking_start)
        ("hurricane humberto - how often do hurricanes get close to bermuda?", None),
        ("how old was walter munk when he died", None),
        # a question inverts its auxiliary or stops; a subordinate clause has its subject first
        ("who won the race, and when did it end", "time"),
        ("who was the driver, and where from?", "place"),
        # words of talk first, as question_analysis._asking_start skips them
        ("so who won the race, and when?", "time"),
        ("what did trump say, when asked about the ceasefire", None),
        ("what did the mayor of paris, where the summit was held, announce", None),
    ],
)
def test_a_second_question_asking_its_own_answer_type_is_found(question, later):
    found = question_forms.later_question(question, question_analysis.analyze(question))
    assert (found.answer_type if found is not None else None) == later


def test_a_yes_no_question_s_when_clause_asks_no_time_within_one_story():
    """ "will the guarantees come up when he sees the europeans" matches the "when will {event}"
    intent on its clause but asks whether: in one story it wants no time (CLAUSE_TYPES)."""
    time = SimpleNamespace(answer="time", predicates=())
    match = SimpleNamespace(intent=time, score=85.0)
    yesno = analyze("will the guarantees come up when he sees the europeans")
    assert question_forms.intent_wants(match, yesno, one_story=True) == ""
    # across several stories the type miss still guards near misses
    assert question_forms.intent_wants(match, yesno) == "time"
    # a question asking when keeps its time
    when = analyze("when will he see the europeans")
    assert question_forms.intent_wants(match, when, one_story=True) == "time"


def test_a_question_of_how_much_something_matters_wants_no_count():
    """ "how much do these talks matter" matches the count intent's "how much {thing}", but it
    asks why they are important (question_analysis._MATTERING): no number is wanted."""
    count = SimpleNamespace(answer="number", predicates=())
    match = SimpleNamespace(intent=count, score=90.0)
    mattering = analyze("how much do these discussions matter for ukraine's future")
    assert question_forms.intent_wants(match, mattering) == "reason"
    # a count asked keeps its number
    rain = analyze("how much rain did the storm drop")
    assert question_forms.intent_wants(match, rain) == "number"


@pytest.mark.parametrize(
    ("question", "received"),
    [
        ("how many years did avenatti actually get when he was sentenced", True),
        ("what sentence did stefan w end up getting for killing the mayor", True),
        ("how many people were killed in the fire", True),
        # a possibility, the future or the present asks no outcome
        ("how many years could he get", False),
        ("what is the maximum sentence for murder", False),
        ("how long will he serve", False),
        # a possibility beside a mark of the outcome still asks none
        ("how many years could he actually get", False),
        ("how many years did he face at most, the maximum", False),
        ("who was sentenced", False),
    ],
)
def test_an_amount_question_in_the_past_asks_what_someone_got(question, received):
    tokens = tokenize(question)
    assert question_forms.asks_amount_received(analyze(question), tokens) is received


def test_an_amount_asked_up_to_is_a_possible_one():
    question = "pedophiles in poland could get up to how many years behind bars"
    assert not question_forms.asks_amount_received(analyze(question), tokenize(question))
    question = "how many years did he get, up to what the law allows"
    assert not question_forms.asks_amount_received(analyze(question), tokenize(question))


@pytest.mark.parametrize(
    ("question", "future"),
    [
        ("when is the appeal in the citizenship case gonna be heard", True),
        ("when will the ban end", True),
        ("is zelensky going to meet putin", True),
        ("when did the court hear the appeal", False),
        ("who is going to washington", False),
        # "will" the noun, after a determiner or before "of"
        ("what did the will of the people decide", False),
        ("who inherited the estate under his will", False),
        ("what did the court say that will mean", True),
    ],
)
def test_a_question_about_what_is_still_to_come_asks_the_future(question, future):
    assert question_forms.asks_future(tokenize(question)) is future


def test_a_why_question_asks_importance_with_its_words_of_importance():
    assert question_forms.asks_importance("why", tokenize("why do the discussions matter so much"))
    assert question_forms.asks_importance("why", ["why", "are", "these", "talks", "important"])
    assert not question_forms.asks_importance("why", tokenize("why did russia refuse the talks"))
    assert not question_forms.asks_importance("how", tokenize("how important are the talks"))


def test_a_question_asks_of_background_by_earlier_time_a_rule_or_a_time():
    for question in (
        "what did he do before the election",
        "was chirac ever convicted",
        "how many delegates are needed to win",
        "when was he first elected",
    ):
        assert question_forms.asks_background(analyze(question)), question
    for question in (
        "how many seats did the tories win in the 2019 uk election",
        "what punishment did qandeel baloch's brother get",
    ):
        assert not question_forms.asks_background(analyze(question)), question


def test_a_how_question_asks_the_means_unless_it_asks_how_something_went():
    for question in (
        "how did warren announce she was endorsing biden",
        "how did hickenlooper let people know he was quitting",
        "how did the adults get out of the burning block",
    ):
        assert question_forms.asks_means(analyze(question), tokenize(question)), question
    for question in (
        "how did bill weld do against trump in new hampshire",
        "how did the vote go on the house resolution",
        "why did warren endorse biden",
    ):
        assert not question_forms.asks_means(analyze(question), tokenize(question)), question


def test_a_question_with_did_asks_what_happened():
    assert question_forms.asks_past(tokenize("where did the us leader meet the russian leader"))
    assert question_forms.asks_past(tokenize("didn't they sign anything"))
    assert not question_forms.asks_past(tokenize("when is zelensky going to the white house"))


def test_a_question_asks_the_order_itself_not_a_time_set_by_it():
    def sides(question):
        return question_forms.asks_order(tokenize(question))

    assert sides("is the trump meeting before or after the europeans") == {"earlier", "later"}
    assert sides("who does zelensky meet first, the europeans or trump") == {"earlier"}
    assert sides("after he sees trump who does zelensky talk to next") == {"later"}
    assert sides("what happens ahead of the sessions with the european leaders") == {"earlier"}
    assert sides("does the ukrainian president see the us leader before the europeans") == {
        "earlier"
    }
    assert not sides("did hurricane dorian go on to hit florida after the bahamas")
    assert not sides("how long will slovakia's prime minister isolate after testing positive")
    assert not sides("where was pohiva flown before he died")
    assert not sides("who came first in the olympiad")


def test_a_what_question_of_the_future_asks_plainly_unless_it_allows_for_more():
    assert question_forms.asks_what_will_be(tokenize("what will the two leaders discuss"))
    assert question_forms.asks_what_will_be(tokenize("what are the leaders going to talk about"))
    assert question_forms.asks_what_will_be(tokenize("evening. what will the leaders discuss"))
    assert not question_forms.asks_what_will_be(tokenize("what else might they discuss"))
    assert not question_forms.asks_what_will_be(tokenize("what will they also talk about"))
    assert not question_forms.asks_what_will_be(tokenize("will security guarantees come up"))
    assert not question_forms.asks_what_will_be(tokenize("what did the leaders discuss"))


def test_a_question_opening_with_a_modal_of_possibility_asks_what_may_be():
    asks = question_forms.asks_what_may_be
    assert asks(tokenize("Could the sessions also take up protection pledges for Kyiv?"))
    assert asks(tokenize("what could come up when zelensky meets the europeans"))
    assert asks(tokenize("might the talks touch on a ceasefire"))
    assert asks(tokenize("how might the plan change"))
    assert asks(tokenize("what else might they discuss at the meetings"))
    assert not asks(tokenize("what else will they discuss"))
    assert not asks(tokenize("could you tell me what they will discuss"))
    assert not asks(tokenize("what will the leaders discuss"))
    assert not asks(tokenize("who could be the next leader"))  # a who-question wants a name
    assert not asks(tokenize("what role could the army play"))


def test_a_what_question_ending_in_about_asks_the_topic():
    assert question_forms.asks_subject(tokenize("what's the monday meeting in washington about?"))
    assert question_forms.asks_subject(
        tokenize("the talks on monday, what are they going to be about")
    )
    assert question_forms.asks_subject(tokenize("what will the sit-down be centred on"))
    assert not question_forms.asks_subject(tokenize("what did they say about the guarantees"))
    assert not question_forms.asks_subject(tokenize("who is the meeting about"))


def test_a_what_question_with_a_verb_of_taking_a_subject_up_asks_the_topic():
    assert question_forms.asks_subject(tokenize("what r they gonna hash out at the summit"))
    assert question_forms.asks_subject(tokenize("what will the ministers discuss"))
    assert question_forms.asks_subject(tokenize("what are the talks supposed to cover"))
    assert question_forms.asks_subject(tokenize("what is he going to be hashing out with them"))
    assert question_forms.asks_subject(tokenize("what did the ministers discuss"))
    assert not question_forms.asks_subject(tokenize("what happened to a bishop who covered up"))
    assert not question_forms.asks_subject(tokenize("will the ministers discuss trade"))


def test_a_yes_no_question_whether_an_event_came_to_anything_asks_its_outcome():
    assert question_forms.asks_outcome(tokenize("was the peace conference a failure?"))
    assert question_forms.asks_outcome(tokenize("did the strike talks produce a deal"))
    assert question_forms.asks_outcome(tokenize("did anything come out of the trade summit"))
    assert question_forms.asks_outcome(tokenize("so did they get a truce out of geneva or what"))
    assert question_forms.asks_outcome(tokenize("did the unions and the firm reach a deal"))
    # what was produced is asked as a thing; a way out of a war, troops pulled out of a country
    assert not question_forms.asks_outcome(tokenize("what did the talks produce"))
    assert not question_forms.asks_outcome(tokenize("will a way out of the war come up"))
    assert not question_forms.asks_outcome(tokenize("reaction to pulling troops out of syria"))
    assert not question_forms.asks_outcome(tokenize("did the firm get a new chief"))


def test_a_what_question_asking_what_something_needs_asks_its_precondition():
    assert question_forms.asks_precondition(tokenize("what is needed to keep the mine open"))
    assert question_forms.asks_precondition(tokenize("what does the harvest depend on"))
    assert question_forms.asks_precondition(tokenize("what keeps the old bridge standing?"))
    # a description asked, a reason asked, or no "what"
    assert not question_forms.asks_precondition(tokenize("what kind of permit is needed"))
    assert not question_forms.asks_precondition(tokenize("why is the permit needed"))
    assert not question_forms.asks_precondition(tokenize("is a permit needed"))


def test_the_words_a_precondition_is_asked_by_are_the_questions_form():
    words = question_forms.precondition_words
    assert words(tokenize("what does the harvest depend on")) == {"depend"}
    assert words(tokenize("what is needed to keep the mine open")) == {"needed"}
    # a question asking no precondition has none
    assert words(tokenize("is a permit needed")) == frozenset()


def test_the_words_an_effect_is_asked_by_are_the_questions_form():
    words = question_forms.effect_words
    assert words(tokenize("how will the strike affect the schedule")) == {"affect"}
    assert words(tokenize("what impact will the ruling have")) == {"impact"}
    assert words(tokenize("who won the final")) == frozenset()


def test_working_together_asks_how_one_thing_stands_beside_another():
    words = question_forms.beside_words
    assert words(tokenize("how would the two crews work together")) == {"work", "together"}
    assert words(tokenize("what do police do alongside the army")) == {"alongside"}
    # a meeting is no standing beside
    assert not question_forms.asks_beside(tokenize("when do the leaders get together"))


def test_a_question_naming_a_headline_asks_what_it_says():
    asks = question_forms.asks_headline
    assert asks(tokenize("does the headline say the storm flooded the town"), frozenset())
    # named as the source, which the tokens leave out: its stems
    assert asks(tokenize("did the storm flood the town"), frozenset({"headlin"}))
    # a title is a rank or a prize
    assert not asks(tokenize("who won the world title"), frozenset())


def test_one_party_alone_or_several_is_asked_by_its_words_around_or():
    words = question_forms.sole_or_several_words
    assert words(tokenize("is the aid only from japan or also others?")) == {
        "only",
        "also",
        "others",
    }
    assert words(tokenize("was the rescue team from one town or from several towns")) == {
        "one",
        "several",
    }
    assert words(tokenize("is it just the police or a bunch of agencies")) == {"just", "bunch"}
    # an "or" between two things, or one party alone with no "or"
    assert words(tokenize("will the vote be in may or june")) == frozenset()
    assert words(tokenize("is the aid only from japan")) == frozenset()
    # the several before the "or", the one after it: no such choice asked
    assert words(tokenize("did others help or not")) == frozenset()


def test_the_one_party_of_a_choice_is_named_before_its_or():
    named = question_forms.names_sole_party
    assert named(tokenize("is the aid only from japan or also others?"))
    assert named(tokenize("does the money come solely from the united states or others too"))
    assert not named(tokenize("is the team from one town or from several towns"))
    assert not named(tokenize("is it only the police or others too, like in japan"))


def test_a_question_what_one_thing_does_to_another_asks_its_effect():
    assert question_forms.asks_effect(tokenize("how does the strike affect the schedule"))
    assert question_forms.asks_effect(tokenize("will the ban hurt exports?"))
    assert question_forms.asks_effect(tokenize("does the row mess up the plans"))
    assert question_forms.asks_effect(tokenize("what impact will the ruling have on prices"))
    assert question_forms.asks_effect(tokenize("what does the deal mean for farmers"))
    # a count of those harmed, being injured, or what a word means
    assert not question_forms.asks_effect(tokenize("how many kids got hurt in the bus crash"))
    assert not question_forms.asks_effect(tokenize("who got hurt"))
    assert not question_forms.asks_effect(tokenize("what does nato mean"))


def test_a_what_question_with_a_verb_of_composition_asks_the_parts():
    def parts(q):
        question = question_analysis.analyze(q)
        return [question.terms[j].word for j in question_forms.asks_parts(question, tokenize(q))]

    assert parts("what does the rescue package consist of") == ["consist"]
    assert parts("what does the peace plan include") == ["include"]
    # whether it includes a thing, or no thing named before the verb
    assert parts("does the peace plan include troops") == []
    assert parts("what includes troops") == []


def test_a_question_for_several_people_by_a_plural_noun_asks_people():
    def people(q):
        return question_forms.asks_people(question_analysis.analyze(q), tokenize(q))

    assert people("which ministers will the mayor meet in paris")
    assert people("which officials were arrested")
    # one person asked, or no person at all
    assert not people("which minister will the mayor meet in paris")
    assert not people("which cities will the mayor visit")


def test_a_question_opening_what_would_or_how_would_asks_what_would_be():
    assert question_forms.asks_conditional(tokenize("what would the new dam protect"))
    assert question_forms.asks_conditional(tokenize("how would the two crews work together"))
    # a noun asked whatever the mood, a question put to the reader, or no "would"
    assert not question_forms.asks_conditional(tokenize("what role would the dam play"))
    assert not question_forms.asks_conditional(tokenize("what would you do about the dam"))
    assert not question_forms.asks_conditional(tokenize("what will the new dam protect"))


def test_a_question_without_a_question_word_may_ask_whether_talks_take_something_up():
    assert question_forms.asks_if_covered(tokenize("will the talks cover the state of the war"))
    assert question_forms.asks_if_covered(tokenize("is the meeting focused on a ceasefire"))
    assert question_forms.asks_if_covered(tokenize("will they cover the war and how to end it"))
    assert not question_forms.asks_if_covered(tokenize("what will the talks cover"))
    assert not question_forms.asks_if_covered(tokenize("did they cover up the abuse"))


def test_whether_something_draws_notice_or_matters_is_asked_without_what():
    assert question_forms.asks_notice(tokenize("has the matter been drawing much notice lately"))
    assert question_forms.asks_notice(tokenize("why are the guarantees so important"))
    assert not question_forms.asks_notice(tokenize("what matters most to voters"))
    assert not question_forms.asks_notice(tokenize("is zelensky meeting trump"))


def test_whether_someone_supports_something_is_asked_by_a_yes_no_question():
    assert question_forms.asks_support(tokenize("russia supports the guarantees, doesnt it?"))
    assert question_forms.asks_support(tokenize("does germany back the plan"))
    assert not question_forms.asks_support(tokenize("who backs the plan"))
    assert not question_forms.asks_support(tokenize("does russia not support the plan"))


def test_which_day_is_asked_by_what_or_which_day_or_date():
    assert question_forms.asks_day(tokenize("on which day did the leaders meet")) == "day"
    assert question_forms.asks_day(tokenize("monday = what date exactly")) == "date"
    assert question_forms.asks_day(tokenize("when did the leaders meet")) is None
    assert question_forms.asks_day(tokenize("what did they do that day")) is None


def test_whether_something_is_needed_is_asked_without_a_question_word():
    assert question_forms.asks_need(tokenize("does ukraine have to keep a big army itself"))
    assert question_forms.asks_need(tokenize("does ukraine need a big army of its own"))
    assert not question_forms.asks_need(tokenize("what does ukraine need"))
    assert not question_forms.asks_need(tokenize("does ukraine keep a big army"))


def test_how_one_thing_stands_beside_another_is_asked_with_alongside():
    assert question_forms.asks_beside(tokenize("how would they fit in alongside the troops"))
    assert not question_forms.asks_beside(tokenize("how would they fit in"))


def test_according_to_someone_asks_what_they_said():
    assert question_forms.asks_attributed(tokenize("according to the lithuanians, what is needed"))
    assert not question_forms.asks_attributed(tokenize("what is needed"))


def test_what_someone_said_called_or_thinks_asks_their_words():
    """ "what did the mayor call the new tax": a sentence quoting the mayor answers it in kind
    (confidence_checks.words_told); the words before the verb name whose words are asked."""
    assert question_forms.asks_words_said(tokenize("what did the mayor call the new tax"))
    assert question_forms.asks_words_said(tokenize("wat does the coach think of the referee"))
    assert question_forms.asks_words_said(tokenize("what was the new app called"))
    assert not question_forms.asks_words_said(tokenize("what did the mayor do about the tax"))
    assert not question_forms.asks_words_said(tokenize("who called the police"))
    assert question_forms.asked_speaker(tokenize("what did mayor diaz call the tax")) == (
        "mayor",
        "diaz",
    )
    assert question_forms.asked_speaker(tokenize("what was the new app called")) == ()


def test_known_for_asks_what_someone_is_known_for():
    assert question_forms.asks_renown(tokenize("what is the painter best known for"))
    assert question_forms.asks_renown(tokenize("which song is the band most famous for"))
    assert not question_forms.asks_renown(tokenize("is the painter well known"))


def test_a_what_question_asks_an_objection_by_its_problem_with_a_thing():
    words = question_forms.objection_words
    assert words(tokenize("what's the kremlin's problem with all this")) == {"problem"}
    assert words(tokenize("what issue does moscow have with the plan")) == {"issue"}
    # a yes/no question asks whether there is one; a problem with no "with" is no objection
    assert not words(tokenize("is there a problem with the engine"))
    assert not words(tokenize("what problem does the new bridge solve"))


def test_a_purpose_noun_with_a_verb_of_pursuing_asks_what_a_thing_is_for():
    words = question_forms.pursued_words
    assert words(tokenize("what aim is being pursued by the force")) == {"aim", "pursued"}
    assert words(tokenize("what goal does the new port serve")) == {"goal", "serve"}
    # the verb alone asks no purpose
    assert not words(tokenize("who will serve as envoy"))


def test_a_question_asks_whether_someone_takes_part_by_its_phrase():
    tokens = tokenize("has the french president confirmed to be there")
    assert question_forms.attendance_asked(tokens) == (6, {"confirmed", "be", "there"})
    joining = tokenize("is the alliance boss from brussels joining too")
    assert question_forms.attendance_asked(joining) == (6, {"joining"})
    assert question_forms.attendance_asked(tokenize("where is the meeting")) is None


def _attendance_at_every_word(tokens):
    """attendance_asked's answer read the plain way: every phrase tried at every word."""
    for at in range(len(tokens)):
        for phrase in question_forms._ATTENDANCE_ASKED:
            if tuple(tokens[at : at + len(phrase)]) == phrase:
                return at
    return None


def test_the_attendance_phrases_are_looked_up_by_first_word_in_their_order():
    by_first = question_forms._ATTENDANCE_BY_FIRST_WORD
    assert [p for phrases in by_first.values() for p in phrases] == list(
        question_forms._ATTENDANCE_ASKED
    )
    assert by_first["be"] == (("be", "there"), ("be", "present"))
    # the first phrase by position, as when each is tried at every word
    words = sorted({w for p in question_forms._ATTENDANCE_ASKED for w in p} | {"to", "x"})
    for first in words:
        for second in words:
            for third in words:
                tokens = ["will", "he", first, second, third]
                found = question_forms.attendance_asked(tokens)
                assert (found and found[0]) == _attendance_at_every_word(tokens)


def test_a_question_joining_where_to_another_wh_word_asks_two_things():
    assert question_forms.asks_place_with_another(tokenize("when and where is his funeral"))
    assert question_forms.asks_place_with_another(tokenize("where and how did the crash happen"))
    assert not question_forms.asks_place_with_another(tokenize("where was the epicenter"))
    # "when" opening a clause of its own, not joined to "where"
    assert not question_forms.asks_place_with_another(
        tokenize("when the us passed 100k deaths, which country was next")
    )
