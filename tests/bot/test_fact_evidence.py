"""Tests of bot.fact_evidence (moved out of tests/bot/test_decide.py with the code)."""

from __future__ import annotations

from types import SimpleNamespace

from bot import fact_evidence, question_evidence, question_forms, question_parts
from bot.question_analysis import analyze
from bot.rank_features import DEFAULT_RARITY
from bot.resolve import Resolved
from bot.text import tokenize
from tests.bot.test_decide import _say_question, evidence


def _asked(question: str) -> question_evidence.Asked:
    """What a question with no resolved entities and no intent asks, at the default rarity."""
    return question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)


def test_a_leader_is_not_where_another_leader_of_their_country_is():
    # "when will Boris Johnson hold the Brexit vote" against "Tom Watson called Prime Minister
    # Theresa May's proposed Brexit deal lousy": the UK there is May's, not Johnson's
    uk = {"boris-johnson": "united-kingdom", "theresa-may": "united-kingdom"}
    johnson = [Resolved("boris-johnson", "person", "boris johnson", 2, 4, 100.0)]
    question = "when will boris johnson hold the brexit vote"
    mentions = {"theresa-may", "united-kingdom"}
    assert evidence(question, johnson, mentions, leaders=uk).entities == 0.0
    assert evidence(question, johnson, {"united-kingdom"}, leaders=uk).entities == 1.0
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), johnson, None, {}, uk
    )
    asked = SimpleNamespace(
        leaders=uk,
        named=asked.named,
        kinds={"boris-johnson": "person"},
        term_words=asked.term_words,
        spans=asked.spans,
    )
    credits = [0.0] * len(asked.term_words)
    assert fact_evidence.person_absent(asked, {"theresa-may"}, (), credits)
    assert not fact_evidence.person_absent(asked, {"united-kingdom"}, (), credits)


def test_the_speaker_of_a_sentence_counts_as_mentioned_in_it():
    """The second sentence of Cruz's quote never names him; its facts have him as the speaker."""
    cruz = [Resolved("ted-cruz", "person", "cruz", 2, 3, 100.0)]
    question = "what did cruz say about term limits"
    analysis = analyze(question)
    asked = question_evidence.asked(
        analysis, DEFAULT_RARITY, tokenize(question), cruz, None, {}, {}
    )
    credits = [0.0] * len(analysis.terms)
    spoken = [{"predicate": "offer", "speaker": "ted-cruz", "subject_entity": None}]
    said = fact_evidence.evidence_for(asked, credits, set(), spoken, 0.0)
    unsaid = fact_evidence.evidence_for(asked, credits, set(), [], 0.0)
    assert (said.entities, unsaid.entities) == (1.0, 0.0)
    assert said.missing < unsaid.missing  # "cruz" is covered by the speaker


def test_the_uncovered_rarity_is_the_weight_of_the_terms_neither_sentence_nor_story_has():
    analysis = analyze("does china back the ceasefire plan")
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize("x"), [], None)
    china, back, ceasefire, plan = asked.weights
    missing, worst, name_miss, excused = fact_evidence._uncovered(
        asked, [0.0, 1.0, 0.0, 0.0], [False, False, False, True], {"ceasefire"}
    )
    assert (missing, worst, name_miss, excused) == (china, china, True, 0.0)
    # China named elsewhere in the story: still uncovered here, but no name the coverage lacks
    elsewhere = fact_evidence._uncovered(
        asked, [0.0, 1.0, 0.0, 0.0], [False] * 4, {"ceasefire"}, [True, False, False, False]
    )
    assert elsewhere == (china + plan, china, False, 0.0)
    assert fact_evidence._uncovered(asked, [1.0, 1.0, 0.0, 1.0], (), set()) == (
        ceasefire,
        ceasefire,
        False,
        0.0,
    )


def test_a_sentence_stating_an_age_covers_the_old_of_how_old():
    """ "Actor Doris Day dies at 97" answers "how old was Doris Day" without the word "old"."""
    question = "how old was doris day when she died"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if t.word == "old" else 1.0 for t in analysis.terms]
    assert fact_evidence.evidence_for(asked, credits, set(), [], 1.0).missing == 0.0
    assert fact_evidence.evidence_for(asked, credits, set(), [], 0.0).missing > 0.0  # no age there
    long = analyze("how long was she married")  # a duration may be another thing's
    asked = question_evidence.asked(
        long, DEFAULT_RARITY, tokenize("how long was she married"), [], None
    )
    credits = [0.0 if t.word == "long" else 1.0 for t in long.terms]
    assert fact_evidence.evidence_for(asked, credits, set(), [], 1.0).missing > 0.0
    many = analyze("how many people died")  # a bare number is no sign of a count asked
    asked = question_evidence.asked(
        many, DEFAULT_RARITY, tokenize("how many people died"), [], None
    )
    credits = [0.0 if t.word == "many" else 1.0 for t in many.terms]
    assert fact_evidence.evidence_for(asked, credits, set(), [], 1.0).missing > 0.0
    # ... but a count of what it counts is ("twenty people have been confirmed killed")
    assert fact_evidence.evidence_for(asked, credits, set(), [], 1.0, shown="many").missing == 0.0


def test_a_sentence_stating_a_result_covers_the_score_of_a_tally_question():
    """ "a 22 points to 10 win over Maroochydore" answers "what's the final score in the
    university vs maroochydore game" without the words "final" and "score"; a question that
    asks no tally keeps them ("what was his final score" on a sentence with a number is one)."""
    question = "whats the final score in the university vs maroochydore game"
    analysis = analyze(question)
    assert analysis.unit == "tally"
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if t.word in ("final", "score") else 1.0 for t in analysis.terms]
    assert fact_evidence.evidence_for(asked, credits, set(), [], 1.0).missing == 0.0
    assert fact_evidence.evidence_for(asked, credits, set(), [], 0.0).missing > 0.0  # no result
    other = "how many points did university score in the final"
    analysis = analyze(other)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(other), [], None)
    credits = [0.0 if t.word in ("final", "score") else 1.0 for t in analysis.terms]
    assert fact_evidence.evidence_for(asked, credits, set(), [], 1.0).missing > 0.0


def test_the_askers_own_framing_words_are_hedges():
    # "why is everyone suddenly talking about security guarantees": the article says why they
    # are talked about, not that it came suddenly; "like" and "anyway" frame the asking
    def soft(question: str) -> dict[str, bool]:
        asked = _asked(question)
        return dict(zip(asked.term_words, asked.soft, strict=True))

    assert soft("why is everyone suddenly talking about security guarantees")["suddenly"]
    framed = soft("how important are these talks for ukraine's future, like really?")
    assert framed["like"] and not framed["future"]
    assert soft("whats the point of a european army in ukraine anyway")["anyway"]
    # "directly" stresses how they meet, which "talks with Ukraine" says
    assert soft("will russia sit down with ukraine directly")["directly"]
    # a verb of liking still asks a stance the sentence must state (_stance_unsaid)
    question = "does macron like the plan"
    asked = _asked(question)
    credits = [0.0 if word == "like" else 1.0 for word in asked.term_words]
    assert fact_evidence.evidence_for(asked, credits, set(), (), 0.0).unsaid


def test_who_must_have_said_it_is_named_before_the_reporting_verb():
    question = "did hickenlooper say anything about the senate"
    hickenlooper = Resolved("john-hickenlooper", "person", "hickenlooper", 1, 2, 100.0)
    senate = Resolved("us-senate", "org", "senate", 6, 7, 100.0)
    asked = _say_question(question, [hickenlooper, senate])
    assert asked.speakers == {"john-hickenlooper"}
    credits = [0.0] * len(asked.question.terms)
    said = {"predicate": "say", "subject_entity": "john-hickenlooper", "object_entity": None}
    said_of_him = {"predicate": "say", "subject_entity": "us-senate", "object_entity": None}
    for fact in (said, said_of_him):
        fact.update(speaker=None, place=None, time=None, object=None)
    assert fact_evidence.evidence_for(asked, credits, set(), [said], 0.0).intent_fact == 1.0
    # the Senate saying something is not what Hickenlooper said
    assert fact_evidence.evidence_for(asked, credits, set(), [said_of_him], 0.0).intent_fact == 0.0


def test_what_a_country_thinks_is_what_its_leader_stated():
    """ "What does Lithuania think Ukraine needs": "Lithuanian President Gitanas Nauseda has
    stated that Ukraine needs real security guarantees"."""
    question = "what does lithuania think ukraine needs"
    lithuania = Resolved("lithuania", "country", "lithuania", 2, 3, 100.0)
    ukraine = Resolved("ukraine", "country", "ukraine", 4, 5, 100.0)
    statement = SimpleNamespace(answer="statement", predicates=("say", "state"))
    match = SimpleNamespace(intent=statement, score=100.0)
    analysis = analyze(question)
    leaders = {"gitanas-nauseda": "lithuania"}
    asked = question_evidence.asked(
        analysis, DEFAULT_RARITY, tokenize(question), [lithuania, ukraine], match, {}, leaders
    )
    assert [t.word for t in analysis.terms] == ["lithuania", "think", "ukraine", "needs"]
    stated = {"predicate": "state", "subject_entity": "gitanas-nauseda", "object_entity": None}
    stated.update(speaker=None, place=None, time=None, object=None)
    # the sentence names Lithuania (its president) and Ukraine and has "needs"; not "think"
    credits = [0.0, 0.0, 1.0, 1.0]
    mentions = {"lithuania", "ukraine", "gitanas-nauseda"}
    e = fact_evidence.evidence_for(asked, credits, mentions, [stated], 0.0)
    assert e.intent_fact == 1.0  # Nauseda speaks for Lithuania
    assert e.hedged == 0.0  # and what he stated is what Lithuania thinks, for the confidence
    # the ranking still counts "think" as missing: a supported sentence without the verb must
    # not outrank the quote that has it ("According to Muyembe, many people ..." against his
    # quote on Ebola, in the benchmark's questions)
    assert e.missing > 0.0
    # without such a fact "think" stays uncovered
    assert fact_evidence.evidence_for(asked, credits, mentions, [], 0.0).hedged == -1.0


def test_a_fact_of_the_asked_verb_half_counts_where_the_sentence_lacks_the_answer_type():
    """ "Nkurunziza died on Monday" has the fact the question asks about, not its cause."""
    nkurunziza = Resolved("pierre-nkurunziza", "person", "nkurunziza", 2, 3, 100.0)
    question = "what did nkurunziza die of"
    analysis = analyze(question)
    asked = question_evidence.asked(
        analysis, DEFAULT_RARITY, tokenize(question), [nkurunziza], None, {}, {}
    )
    credits = [1.0] * len(analysis.terms)
    died = {"predicate": "die", "subject_entity": "pierre-nkurunziza", "object_entity": None}
    died.update(speaker=None, place=None, time=None, object=None, subject="Nkurunziza")
    with_cause = fact_evidence.evidence_for(asked, credits, {"pierre-nkurunziza"}, [died], 1.0)
    without = fact_evidence.evidence_for(asked, credits, {"pierre-nkurunziza"}, [died], 0.0)
    assert (with_cause.fact, without.fact) == (1.0, 0.5)


def test_a_fact_whose_verb_the_question_has_only_as_a_noun_ranks_at_half():
    """ "... to guarantee security" names what "what are these security guarantees made of"
    asks about, not what they consist of: full credit for the confidence, half for ranking;
    "what do they guarantee" asks the relation itself."""
    guarantee = {"predicate": "guarantee", "subject_entity": None, "object_entity": None}
    guarantee.update(speaker=None, place=None, time=None, object="security", subject=None)

    def credited(question):
        asked = _asked(question)
        credits = [1.0] * len(analyze(question).terms)
        e = fact_evidence.evidence_for(asked, credits, set(), [guarantee], 0.0)
        return e.fact, e.ranking_fact

    assert credited("what are these security guarantees made of") == (
        1.0,
        fact_evidence.NOUN_FACT_SHARE,
    )
    assert credited("what would the allies guarantee") == (1.0, 1.0)


def test_a_fact_done_to_the_doer_of_who_is_x_meeting_ranks_at_half():
    """ "who is zelensky meeting": "Zelensky is set to meet with US President Donald Trump"
    tells whom he meets; "The European leaders set to meet with Zelensky ..." who meets him,
    which ranks behind (a tie-break: the confidence reads both facts in full)."""
    question = "who is zelensky meeting"
    zelensky = Resolved("volodymyr-zelensky", "person", "zelensky", 2, 3, 100.0)
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), [zelensky], None
    )
    credits = [1.0] * len(asked.question.terms)
    meets = {"predicate": "meet", "subject_entity": "volodymyr-zelensky"}
    meets.update(object_entity="donald-trump", speaker=None, place=None, time=None)
    meets.update(subject="Zelensky", object="US President Donald Trump")
    met = dict(meets, subject_entity="europe", object_entity="volodymyr-zelensky")
    met.update(subject="The European leaders", object="Zelensky")

    def credited(fact):
        e = fact_evidence.evidence_for(asked, credits, {"volodymyr-zelensky"}, [fact], 1.0)
        return e.fact, e.ranking_fact

    assert credited(meets) == (1.0, 1.0)
    assert credited(met) == (1.0, fact_evidence.DONE_TO_DOER)


def test_what_a_sentence_reports_on_someones_word_is_what_they_said():
    """ "According to eyewitness Vinnie DeVita, it exploded": no "say" fact, DeVita speaks."""
    devita = Resolved("vinnie-devita", "person", "devita", 2, 4, 100.0)
    asked = _say_question("what did vinnie devita say he saw", [devita])
    credits = [0.0] * len(asked.question.terms)
    exploded = {"predicate": "explode", "subject_entity": None, "object_entity": None}
    exploded.update(speaker="vinnie-devita", place=None, time=None, object=None)
    assert fact_evidence.evidence_for(asked, credits, set(), [exploded], 0.0).intent_fact == 1.0
    exploded["speaker"] = None
    assert fact_evidence.evidence_for(asked, credits, set(), [exploded], 0.0).intent_fact == 0.0


def test_a_question_about_what_was_said_wants_speech_in_the_sentence():
    starmer = Resolved("keir-starmer", "person", "starmer", 2, 3, 100.0)
    asked = _say_question("what did starmer tell zelensky", [starmer])
    credits = [1.0] * len(asked.question.terms)
    assert fact_evidence.evidence_for(asked, credits, {"keir-starmer"}, (), 0.0).type_miss
    assert not fact_evidence.evidence_for(asked, credits, {"keir-starmer"}, (), 1.0).type_miss
    # "what does russia want" is answered by "Russia demands ...": no speech needed
    russia = Resolved("russia", "country", "russia", 2, 3, 100.0)
    wants = _say_question("what does russia want", [russia])
    assert not fact_evidence.evidence_for(wants, [1.0, 1.0], {"russia"}, (), 0.0).type_miss


def test_a_sentence_of_a_quote_that_runs_on_is_the_speakers_speech():
    """ "She was a painter, a writer, and designer ..." continues Anderson Cooper's quote: no
    quotation mark and no name of his, but its fact says he said it."""
    cooper = Resolved("anderson-cooper", "person", "anderson cooper", 2, 4, 100.0)
    asked = _say_question("what did anderson cooper say about his mother", [cooper])
    credits = [1.0] * len(asked.question.terms)
    said = {"predicate": "say", "subject_entity": "anderson-cooper", "object_entity": None}
    said.update(speaker=None, place=None, time=None, object="She was a painter ...")
    running_on = fact_evidence.evidence_for(asked, credits, set(), [said], 0.0)
    assert (running_on.typed, running_on.type_miss) == (1.0, False)
    # a sentence that names him shows its speech itself (quotation marks, a reporting verb the
    # ranker knows), or does not: the fact alone does not make it an answer
    naming = fact_evidence.evidence_for(asked, credits, {"anderson-cooper"}, [said], 0.0)
    assert (naming.typed, naming.type_miss) == (0.0, True)


def test_a_day_does_not_fill_the_slot_of_what_time():
    monday = {"time": "on Monday", "place": None}
    assert fact_evidence._slot_filled("time", monday, set(), {"meeting"}) is True
    assert fact_evidence._slot_filled("time", monday, set(), {"meeting"}, clock=True) is False
    early = {"time": "at 9:30am on Monday", "place": None}
    assert fact_evidence._slot_filled("time", early, set(), {"meeting"}, clock=True) is True


def test_a_sentence_without_a_name_misses_the_type_a_name_question_must_get():
    question = "what was the name of the elephant that died"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    credits = [1.0] * len(analysis.terms)
    assert fact_evidence.evidence_for(asked, credits, set(), (), 0.0).type_miss
    assert not fact_evidence.evidence_for(asked, credits, set(), (), 1.0).type_miss


def test_a_past_scene_the_story_reports_elsewhere_is_neither_covered_nor_missing():
    # "Upon arrival, Zapata told reporters ...": the story says "Dover" in another sentence
    question = "what did zapata tell reporters when he arrived in dover"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    words = [t.word for t in analysis.terms]
    assert words == ["zapata", "tell", "reporters", "arrived", "dover"]
    credits = [1.0, 1.0, 1.0, 1.0, 0.0]
    elsewhere = [True] * 5
    assert fact_evidence.evidence_for(asked, credits, set(), (), 0.0, (), elsewhere).hedged == 0.0
    # a word the story never has is still missing
    assert (
        fact_evidence.evidence_for(asked, credits, set(), (), 0.0, (), [False] * 5).hedged == -1.0
    )
    # a sentence without any word of the scene may tell of another moment: all of it counts
    unanchored = [1.0, 1.0, 1.0, 0.0, 0.0]
    assert (
        fact_evidence.evidence_for(asked, unanchored, set(), (), 0.0, (), elsewhere).hedged == -1.0
    )
    # a scene that may not have happened yet keeps its words
    future = "what will starmer tell zelensky after their meeting"
    analysis = analyze(future)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(future), [], None)
    assert not any(asked.scene)
    # nor is "where and when did they meet" a scene
    both = "where and when did trump and putin meet"
    asked = _asked(both)
    assert not any(asked.scene)
    # nor a clause that picks the answer: "how old was Hunter when he joined the Grateful Dead"
    # was answered by his birth date, the story having "joined" elsewhere
    how_old = "how old was robert hunter when he joined the grateful dead"
    asked = _asked(how_old)
    assert not any(asked.scene)


def test_a_question_asking_outright_for_a_cause_needs_one_in_the_sentence():
    # "what triggered the war": the cause word is dropped, so the sentence must show a cause
    # ("due to", "because"); "The talks are expected to focus on ... the conflict" shows none
    for question in ("what triggered the war", "what is the reason for the war"):
        asked = _asked(question)
        assert asked.strict
        credits = [1.0] * len(asked.question.terms)
        assert fact_evidence.evidence_for(asked, credits, set(), (), 0.0).type_miss
        assert not fact_evidence.evidence_for(asked, credits, set(), (), 1.0).type_miss
    # a plain "why" is not held to it
    why = "why is the war a big deal"
    assert not _asked(why).strict


def test_a_topic_word_the_story_never_uses_is_no_topic_the_speaker_spoke_of():
    """ "What did Duda say about the escape room owners": Duda's quote on the victims, in a story
    that never mentions owners, says nothing about them; a topic word the story has elsewhere
    (or that the sentence matches) is no such miss, nor is a word of a question with no topic."""
    duda = Resolved("andrzej-duda", "person", "andrzej duda", 2, 4, 100.0)
    asked = _say_question("what did andrzej duda say about the escape room owners", [duda])
    assert asked.topic == {"escape", "room", "owners"}
    terms = len(asked.question.terms)
    credits = [1.0] * (terms - 1) + [0.0]  # all but "owners"
    never = fact_evidence._uncovered(asked, credits, (), set(), [True] * (terms - 1) + [False])
    assert never[2]  # as a name the coverage lacks: caps the confidence
    assert not fact_evidence._uncovered(asked, credits, (), set(), [True] * terms)[2]
    plain = _say_question("what did andrzej duda say to the escape room owners", [duda])
    assert plain.topic == frozenset()
    assert not fact_evidence._uncovered(plain, credits, (), set(), [True] * (terms - 1) + [False])[
        2
    ]


def test_a_quote_with_no_word_of_the_topic_beyond_the_headline_is_off_topic():
    """ "What did McCready say about Van Halen's cancer": his words on Van Halen's sound, in a
    story headed by Van Halen's death, have no word of the cancer the story tells elsewhere. A
    topic the headline covers whole ("about Van Halen") is what the story's quotes are about."""
    mccready = Resolved("mike-mccready", "person", "mike mccready", 2, 4, 100.0)
    asked = _say_question("what did mike mccready say about van halen's cancer", [mccready])
    words = asked.term_words
    headline = [w in ("van", "halen") for w in words]
    said = [w in ("mike", "mccready", "say") for w in words]
    credits = [1.0 if s else 0.0 for s in said]
    elsewhere = [True] * len(words)  # the story has every word somewhere
    assert fact_evidence._uncovered(asked, credits, headline, set(), elsewhere)[2]
    whole = [w in ("van", "halen", "cancer") for w in words]
    assert not fact_evidence._uncovered(asked, credits, whole, set(), elsewhere)[2]
    on_cancer = [1.0 if s or w == "cancer" else 0.0 for s, w in zip(said, words, strict=True)]
    assert not fact_evidence._uncovered(asked, on_cancer, headline, set(), elsewhere)[2]


def test_a_when_question_s_event_the_sentence_lacks_counts_twice_for_the_confidence():
    """ "When was the Hotel Arpit Palace built": the lead's "caught fire yesterday morning" has
    the hotel's heavy name and not "built"; its time dates the fire. Counted once more for the
    confidence only (``hedged``), not for the ranking (``missing``)."""
    question = "when was the hotel arpit palace built"
    asked = _asked(question)
    assert asked.wants == "time"
    words = asked.term_words
    credits = [0.0 if w == "built" else 1.0 for w in words]
    lead = fact_evidence.evidence_for(asked, credits, set(), (), 1.0, dated=True)
    built = asked.weights[words.index("built")]
    assert lead.missing == built / asked.total
    assert lead.hedged == 2 * built / asked.total
    # "what time did the fire start": "time" asks for the time, it names no event
    clock = "what time did the fire start"
    timed = _asked(clock)
    credits = [0.0 if w == "time" else 1.0 for w in timed.term_words]
    assert fact_evidence.evidence_for(timed, credits, set(), (), 1.0, dated=True).hedged == -1.0
    # an undated document (WikiQA's encyclopaedia) has no lead dating another event
    undated = fact_evidence.evidence_for(
        asked, [0.0 if w == "built" else 1.0 for w in words], set(), (), 1.0
    )
    assert undated.hedged == -1.0


def test_a_capitalised_word_its_story_never_uses_is_a_name_the_coverage_lacks():
    """ "How many people were injured in the Notre Dame fire" is not answered from another
    fire's story ("killed nine people and injured at least 50 more"): the asker wrote a name
    the resolver does not know, and that story never uses it. The first word is capitalised
    as any question's is; names the resolver knows are weighed as entities."""
    question = "How many people were injured in the Notre Dame fire"
    asked = _asked(question)
    assert asked.typed_names == {"notre", "dame"}
    words = asked.term_words
    credits = [0.0 if w in ("notre", "dame") else 1.0 for w in words]
    assert fact_evidence._uncovered(asked, credits, (), set(), [False] * len(words))[2]
    elsewhere = [w in ("notre", "dame") for w in words]  # its story has the name elsewhere
    assert not fact_evidence._uncovered(asked, credits, (), set(), elsewhere)[2]
    lower = question.lower()
    plain = _asked(lower)
    assert plain.typed_names == frozenset()
    for shouted in (question.upper(), question.title()):  # capitals mark no names there
        loud = _asked(shouted)
        assert loud.typed_names == frozenset()
    twain = "Who is Mark Twain"  # mostly capitals, but a name's
    assert _asked(twain).typed_names
    paris = Resolved("paris", "place", "paris", 1, 2, 100.0)
    known = "Was Paris hit by the fire"
    assert (
        question_evidence.asked(
            analyze(known), DEFAULT_RARITY, tokenize(known), [paris], None
        ).typed_names
        == frozenset()
    )


def test_a_resolved_person_its_story_never_names_is_a_name_the_coverage_lacks():
    """ "How many working groups did Biden and Warren form" is not answered from the story of
    Biden and Sanders, which never names Warren; a common word that resolves to a person
    ("day" to Doris Day) is no such name unless typed with a capital."""
    question = "how many working groups did biden and warren form"
    tokens = tokenize(question)
    biden = Resolved("biden", "person", "biden", 5, 6, 100.0)
    warren = Resolved("warren", "person", "warren", 7, 8, 100.0)
    kinds = {"biden": "person", "warren": "person", "doris-day": "person"}
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokens, [biden, warren], None, kinds
    )
    assert asked.entity_words == {"biden", "warren"}
    words = asked.term_words
    credits = [0.0 if w == "warren" else 1.0 for w in words]
    assert fact_evidence._uncovered(asked, credits, (), set(), [False] * len(words))[2]
    elsewhere = [w == "warren" for w in words]  # another sentence of the story names her
    assert not fact_evidence._uncovered(asked, credits, (), set(), elsewhere)[2]
    timed = "at what time of day did the bus crash"
    day = Resolved("doris-day", "person", "day", 4, 5, 100.0)
    tokens = tokenize(timed)
    plain = question_evidence.asked(analyze(timed), DEFAULT_RARITY, tokens, [day], None, kinds)
    assert plain.entity_words == frozenset()
    capital = "At what time did Day die"
    day = Resolved("doris-day", "person", "day", 4, 5, 100.0)
    tokens = tokenize(capital)
    typed = question_evidence.asked(analyze(capital), DEFAULT_RARITY, tokens, [day], None, kinds)
    assert typed.entity_words == {"day"}


def test_a_where_question_s_event_the_sentence_lacks_counts_twice_for_the_confidence():
    """ "Where was Jennifer Lu born": "Jennifer Lu of Marriage Equality Coalition Taiwan said"
    places her, not her birth. "Where did the crash happen" names no event but the crash."""
    question = "where was jennifer lu born"
    asked = _asked(question)
    assert asked.wants == "place"
    words = asked.term_words
    credits = [0.0 if w == "born" else 1.0 for w in words]
    born = asked.weights[words.index("born")]
    said = fact_evidence.evidence_for(asked, credits, set(), (), 1.0, dated=True)
    assert said.hedged == 2 * born / asked.total
    happen = "where did the crash happen"
    crash = _asked(happen)
    credits = [0.0 if w == "happen" else 1.0 for w in crash.term_words]
    assert fact_evidence.evidence_for(crash, credits, set(), (), 1.0, dated=True).hedged == -1.0


def test_what_a_country_says_is_not_what_its_leader_said():
    """ "What did Macron say after the Notre Dame fire": "The French Civil Security service
    said ..." is France speaking, not Macron; Macron speaking would be France speaking."""
    macron = Resolved("emmanuel-macron", "person", "macron", 2, 3, 100.0)
    statement = SimpleNamespace(answer="statement", predicates=("say",))
    match = SimpleNamespace(intent=statement, score=100.0)
    question = "what did macron say after the fire"
    leaders = {"emmanuel-macron": "france"}
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), [macron], match, {}, leaders
    )
    credits = [1.0] * len(asked.question.terms)
    by_france = {"predicate": "say", "subject_entity": "france", "object_entity": None}
    by_france.update(speaker=None, place=None, time=None, object=None)
    by_macron = dict(by_france, subject_entity="emmanuel-macron")
    assert (
        fact_evidence.evidence_for(asked, credits, {"france"}, [by_france], 0.0).intent_fact == 0.0
    )
    assert fact_evidence.evidence_for(asked, credits, set(), [by_macron], 0.0).intent_fact == 1.0


def test_what_an_organisation_says_is_what_one_holding_its_role_said():
    """ "what did amnesty say": "... ," Hong Kong director of Amnesty International Man-kei
    Tam said in a statement" is Amnesty speaking, by the sentence's role fact; what a person's
    aide says is not what that person said."""
    statement = SimpleNamespace(answer="statement", predicates=("say",))
    match = SimpleNamespace(intent=statement, score=100.0)
    by_tam = {"predicate": "say", "subject_entity": "man-kei-tam", "object_entity": None}
    by_tam.update(speaker=None, place=None, time=None, object=None, subject="Man-kei Tam")
    role = dict(by_tam, predicate="role", object_entity="amnesty-international")
    for entity, kind, speaks in [
        ("amnesty-international", "org", 1.0),
        ("tam-boss", "person", 0.0),
    ]:
        question = "what did amnesty say"
        named = Resolved(entity, kind, "amnesty", 2, 3, 100.0)
        asked = question_evidence.asked(
            analyze(question), DEFAULT_RARITY, tokenize(question), [named], match, {entity: kind}
        )
        assert asked.speaking_bodies == ({entity} if kind != "person" else set())
        served = [by_tam, dict(role, object_entity=entity)]
        credits = [1.0] * len(asked.question.terms)
        evidence = fact_evidence.evidence_for(asked, credits, set(), served, 0.0)
        assert evidence.intent_fact == speaks


def test_a_fact_with_the_asked_subject_as_its_object_does_not_back_the_question():
    fact = {"subject": "The meetings", "object": "discussions about real security guarantees"}
    subject = question_parts.asked_subject(tokenize("what do the security guarantees involve"))
    assert fact_evidence._reversed_roles(fact, subject)
    own = {"subject": "The proposed security guarantees", "object": "a combination of forces"}
    assert not fact_evidence._reversed_roles(own, subject)


def test_a_fact_of_the_verb_done_to_a_new_thing_does_not_answer_who_did_it_to_another():
    """ "Who opposes the security guarantees?": "Despite Trump ruling out an immediate
    ceasefire, ... Trump and Putin agreed on robust security guarantees" has the verb (rule out
    is reject, which is opposing) and the guarantees, but Trump rules out a ceasefire."""
    question = "who opposes the security guarantees"
    analysis = analyze(question)
    refusal = SimpleNamespace(answer="statement", predicates=("rule out", "oppose", "reject"))
    match = SimpleNamespace(intent=refusal, score=90.0)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], match)
    assert [t.word for t in analysis.terms] == ["opposes", "security", "guarantees"]
    credits = [0.8, 1.0, 1.0]

    def fact(obj: str) -> dict:
        return {
            "predicate": "rule out",
            "subject": "Trump",
            "subject_entity": "donald-trump",
            "object": obj,
            "object_entity": None,
            "speaker": None,
            "place": None,
            "time": None,
        }

    ceasefire = fact_evidence.evidence_for(
        asked, credits, set(), [fact("an immediate ceasefire")], 0.0
    )
    assert ceasefire.fact == 0.0
    # ruling out the guarantees, or "these efforts" (which may be them), does answer it
    for obj in ("the security guarantees", "these efforts"):
        assert fact_evidence.evidence_for(asked, credits, set(), [fact(obj)], 0.0).fact == 1.0
    # as does the fact where the sentence does not have the guarantees: the verb may take them
    # otherwise ("who won Super Bowl XLI": "The Colts defeated the Bears")
    alone = fact_evidence.evidence_for(
        asked, [0.8, 0.0, 0.0], set(), [fact("an immediate ceasefire")], 0.0
    )
    assert alone.fact == 1.0
    # and in "who will Zelensky meet" the object is what is asked
    assert question_parts.asked_object(tokenize("who will zelensky meet")) == (
        frozenset(),
        frozenset(),
    )


def test_the_second_alternative_is_excused_where_the_sentence_says_the_first():
    # "Before the meetings with European leaders, Zelensky will first meet with Trump
    # one-on-one" says he sees Trump first, and need not say "straight away" as well
    question = "will zelensky see trump by himself first, or straight away with everyone else"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    words = [t.word for t in analysis.terms]
    assert words == ["zelensky", "see", "trump", "first", "straight", "away"]
    assert asked.second == (False,) * 4 + (True,) * 2
    says_first = [1.0, 1.0, 1.0, 1.0, 0.0, 0.0]
    assert fact_evidence.evidence_for(asked, says_first, set(), (), 0.0).hedged == 0.0
    # the frame before the alternatives still counts ...
    no_zelensky = [0.0, 1.0, 1.0, 1.0, 0.0, 0.0]
    assert fact_evidence.evidence_for(asked, no_zelensky, set(), (), 0.0).hedged > 0.0
    # ... as does the second alternative where the sentence lacks the first
    neither = [1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
    assert fact_evidence.evidence_for(asked, neither, set(), (), 0.0).hedged == -1.0
    # or where it has a word of the second: it speaks of that one
    both = [1.0, 1.0, 1.0, 1.0, 1.0, 0.0]
    assert fact_evidence.evidence_for(asked, both, set(), (), 0.0).hedged == -1.0


def test_a_verb_of_liking_needs_a_sentence_that_states_a_stance():
    # "does Macron like the plan": the list of leaders names him and says nothing of his view
    question = "does macron like the security guarantees plan"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["macron", "like", "security", "guarantees", "plan"]
    assert fact_evidence.evidence_for(asked, [1.0, 0.0, 1.0, 1.0, 1.0], set(), (), 0.0).unsaid
    # "strong opposition from the Kremlin" states one
    assert not fact_evidence.evidence_for(asked, [1.0, 1.0, 1.0, 1.0, 1.0], set(), (), 0.0).unsaid
    # other stance words ("how does Russia feel") are weighed as words, as before
    feel = "how does russia feel about the plan"
    asked = _asked(feel)
    assert not fact_evidence.evidence_for(asked, [1.0, 0.0, 1.0], set(), (), 0.0).unsaid


def test_what_a_named_speaker_said_needs_their_fact_though_the_intent_matched_loosely():
    # "after their meeting" lowers the intent's score below REQUIRE_SCORE; the question's own
    # form still asks what Starmer said, which the list naming him among the leaders does not
    question = "what did starmer tell zelensky after their meeting"
    resolved = [
        Resolved("keir-starmer", "person", "starmer", 2, 3, 100.0),
        Resolved("volodymyr-zelensky", "person", "zelensky", 4, 5, 100.0),
    ]
    statement = SimpleNamespace(answer="statement", predicates=("say", "tell", "announce"))
    loose = SimpleNamespace(intent=statement, score=76.9)
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), resolved, loose
    )
    meet = {
        "predicate": "meet",
        "subject": "Keir Starmer",
        "subject_entity": "keir-starmer",
        "object": "Zelensky",
        "object_entity": "volodymyr-zelensky",
        "speaker": None,
        "place": None,
        "time": None,
    }
    listed = fact_evidence.evidence_for(asked, [1.0] * 4, {"keir-starmer"}, [meet], 0.0)
    assert listed.unsaid
    told = dict(meet, predicate="tell")
    assert not fact_evidence.evidence_for(asked, [1.0] * 4, {"keir-starmer"}, [told], 0.0).unsaid
    # whom it was said to is no speaker: "what did the spokesperson tell the Associated Press"
    agency = [Resolved("associated-press", "org", "associated press", 5, 7, 100.0)]
    question = "what did the spokesperson tell the associated press about the fire"
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), agency, loose
    )
    assert not fact_evidence.evidence_for(asked, [1.0] * 5, set(), [], 0.0).unsaid


def test_people_meeting_must_be_in_the_sentence_themselves():
    # "when will putin and zelensky meet": Trump and Putin's meeting "... ceasefire in Ukraine"
    question = "when will putin and zelensky meet"
    resolved = [
        Resolved("vladimir-putin", "person", "putin", 2, 3, 100.0),
        Resolved("volodymyr-zelensky", "person", "zelensky", 4, 5, 100.0),
    ]
    kinds = {"vladimir-putin": "person", "volodymyr-zelensky": "person"}
    leaders = {"vladimir-putin": "russia", "volodymyr-zelensky": "ukraine"}
    meeting = SimpleNamespace(answer="time", predicates=("meet",))
    match = SimpleNamespace(intent=meeting, score=100.0)
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), resolved, match, kinds, leaders
    )
    assert question_forms.asks_when_people_meet(asked)
    alaska = {"vladimir-putin", "donald-trump", "ukraine"}
    credits = [1.0, 0.0, 1.0]
    assert fact_evidence.person_absent(asked, alaska, (), credits, in_person=True)
    # otherwise his country stands for him, but only in a sentence that names no people
    assert not fact_evidence.person_absent(asked, {"ukraine"}, (), credits)
    both = alaska | {"volodymyr-zelensky"}
    assert not fact_evidence.person_absent(asked, both, (), [1.0, 1.0, 1.0], in_person=True)


def test_a_country_beside_named_people_does_not_stand_for_its_leader():
    # "what does zelensky think of the guarantees trump and putin agreed on": "... Witkoff
    # mentioned that Trump and Putin agreed on robust security guarantees for Ukraine" names
    # people, who act there; Ukraine is whom the guarantees are for, not Zelensky's view
    question = "what does zelensky think of the guarantees trump and putin agreed on"
    resolved = [
        Resolved("volodymyr-zelensky", "person", "zelensky", 2, 3, 100.0),
        Resolved("donald-trump", "person", "trump", 7, 8, 100.0),
        Resolved("vladimir-putin", "person", "putin", 9, 10, 100.0),
    ]
    kinds = {e.entity: "person" for e in resolved}
    leaders = {"vladimir-putin": "russia", "volodymyr-zelensky": "ukraine"}
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), resolved, None, kinds, leaders
    )
    credits = [0.0 if t.word == "zelensky" else 1.0 for t in asked.question.terms]
    witkoff = {"donald-trump", "vladimir-putin", "steve-witkoff", "ukraine"}
    assert fact_evidence.person_absent(asked, witkoff, (), credits)
    # a country acting on its own is its leader: "Ukraine rejects the guarantees"
    assert not fact_evidence.person_absent(asked, {"ukraine"}, (), credits)


def test_a_view_asked_is_shown_by_what_the_actor_states():
    # "what is nauseda's view on the guarantees": "Nauseda has stated that Ukraine needs real
    # security guarantees" (a fact with him as its speaker)
    question = "what is nauseda's view on the guarantees"
    resolved = [Resolved("gitanas-nauseda", "person", "nauseda", 2, 3, 100.0)]
    kinds = {"gitanas-nauseda": "person"}
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), resolved, None, kinds, {}
    )
    assert asked.term_words == ("nauseda", "view", "guarantees")
    need = {
        "predicate": "need",
        "subject": "Ukraine",
        "subject_entity": "ukraine",
        "object": "real security guarantees",
        "object_entity": None,
        "speaker": "gitanas-nauseda",
        "place": None,
        "time": None,
    }
    credits = [1.0, 0.0, 1.0]
    assert (
        fact_evidence.evidence_for(asked, credits, {"gitanas-nauseda"}, [need], 0.0).hedged == 0.0
    )
    # someone else's words are not his view
    other = dict(need, speaker="steve-witkoff")
    assert (
        fact_evidence.evidence_for(asked, credits, {"gitanas-nauseda"}, [other], 0.0).hedged == -1.0
    )
    # nor is a reaction shown by any quote: that is to one thing
    reaction = "what was nauseda's reaction to the summit"
    asked = question_evidence.asked(
        analyze(reaction), DEFAULT_RARITY, tokenize(reaction), resolved, None, kinds, {}
    )
    words = list(asked.term_words)
    credits = [0.0 if w == "reaction" else 1.0 for w in words]
    assert (
        fact_evidence.evidence_for(asked, credits, {"gitanas-nauseda"}, [need], 0.0).hedged == -1.0
    )


def _need(obj):
    return {
        "predicate": "need",
        "subject": "Ukraine",
        "subject_entity": "ukraine",
        "object": obj,
        "object_entity": None,
        "speaker": None,
        "place": None,
        "time": None,
    }


def test_a_what_kind_of_question_is_filled_only_by_a_fact_that_names_the_kind():
    # "what kind of army does Ukraine need": "Ukraine needs real security guarantees" tells of
    # a need, not of an army; "the need for Ukraine to maintain a ... military force" (a need
    # fact without an object, in a sentence that has the army) does
    ukraine = [Resolved("ukraine", "country", "ukraine", 5, 6, 100.0)]
    question = "what kind of army does ukraine need"
    analysis = analyze(question)
    asked = question_evidence.asked(
        analysis, DEFAULT_RARITY, tokenize(question), ukraine, None, {}, {}
    )
    assert asked.kind_of == question_parts.asked_kind(tokenize("which sort of army"))
    credits = [1.0] * len(analysis.terms)
    guarantees = fact_evidence.evidence_for(
        asked, credits, {"ukraine"}, [_need("real guarantees")], 0.0
    )
    force = fact_evidence.evidence_for(
        asked, credits, {"ukraine"}, [_need("a military force")], 0.0
    )
    bare = fact_evidence.evidence_for(asked, credits, {"ukraine"}, [_need(None)], 0.0)
    assert guarantees.fact < force.fact == bare.fact == 1.0
    no_army = [0.0 if t.word == "army" else 1.0 for t in analysis.terms]
    assert fact_evidence.evidence_for(asked, no_army, {"ukraine"}, [_need(None)], 0.0).fact < 1.0
    # without "kind of" any need fact fills it, as before
    plain = "does ukraine need an army"
    asked = question_evidence.asked(
        analyze(plain), DEFAULT_RARITY, tokenize(plain), ukraine, None, {}, {}
    )
    assert not asked.kind_of
    credits = [1.0] * len(asked.term_words)
    assert (
        fact_evidence.evidence_for(asked, credits, {"ukraine"}, [_need("guarantees")], 0.0).fact
        == 1.0
    )


def test_a_fact_that_the_talks_take_place_does_not_say_what_they_are_about():
    # "wat are the zelensky trump talks supposed to be about": "Zelensky is set to meet with
    # Trump" is no topic; "The talks are expected to focus on Ukraine's security" is
    question = "wat are the zelensky trump talks supposed to be about"
    tokens = tokenize(question)
    assert question_forms.asks_topic(tokens) and not question_forms.asks_topic(
        tokenize("who talks about it")
    )
    people = [
        Resolved("volodymyr-zelensky", "person", "zelensky", 3, 4, 100.0),
        Resolved("donald-trump", "person", "trump", 4, 5, 100.0),
    ]
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokens, people, None, {}, {})
    credits = [1.0] * len(analysis.terms)
    meet = {
        "predicate": "meet",
        "subject": "Ukrainian President Volodymyr Zelensky",
        "subject_entity": "volodymyr-zelensky",
        "object": "US President Donald Trump",
        "object_entity": "donald-trump",
        "speaker": None,
        "place": None,
        "time": None,
    }
    focus = meet | {"predicate": "meet", "object": "Ukraine's security", "object_entity": None}
    both = {"volodymyr-zelensky", "donald-trump"}
    met = fact_evidence.evidence_for(asked, credits, both, [meet], 0.0)
    focused = fact_evidence.evidence_for(asked, credits, both, [focus], 0.0)
    assert met.fact < focused.fact


def test_a_fact_about_the_noun_subject_backs_the_question_and_one_of_its_verb_does_not():
    """ "Could the meetings also get into security guarantees": "The meetings discuss real
    security guarantees" is about the meetings; "Zelensky meets Trump", whose verb only shares
    the noun's stem, says nothing of what they get into."""
    question = "could the meetings also get into security guarantees"
    asked = _asked(question)
    credits = [1.0] * len(asked.question.terms)
    base = dict(speaker=None, place=None, time=None, subject_entity=None, object_entity=None)
    discuss = dict(base, subject="The meetings", predicate="discuss", object="guarantees")
    meet = dict(
        base, subject="Zelensky", predicate="meet", object="Trump", subject_entity="zelensky"
    )
    assert fact_evidence.evidence_for(asked, credits, set(), [discuss], 0.0).fact == 1.0
    assert fact_evidence.evidence_for(asked, credits, set(), [meet], 0.0).fact == 0.0


def test_a_name_word_put_by_a_person_the_sentence_names_describes_that_person():
    """ "the eu commission lady, von der leyen": "EU chief Ursula von der Leyen" names her, so
    "commission" (a word of the name lists the question resolves to nothing) is the asker's
    description of her, not another actor the story never names."""
    question = "the eu commission lady von der leyen is she going"
    start = question.split().index("von")
    leyen = Resolved("ursula-von-der-leyen", "person", "von der leyen", start, start + 3, 100.0)
    kinds = {"ursula-von-der-leyen": "person"}
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), [leyen], None, kinds, {}
    )
    said = [1.0 if w in ("eu", "von", "der", "leyen") else 0.0 for w in asked.term_words]
    unsaid = [1.0 if w == "eu" else 0.0 for w in asked.term_words]
    none = [False] * len(said)
    assert not fact_evidence._uncovered(asked, said, none, set())[2]
    assert fact_evidence._uncovered(asked, unsaid, none, set())[2]  # she is not named


def test_whether_a_named_actor_said_anything_needs_their_statement():
    # "did putin himself say anything after alaska": the sentence where Witkoff reports what
    # Trump and Putin agreed names Putin, but has no fact of Putin saying anything
    question = "did putin himself say anything after alaska"
    resolved = [Resolved("vladimir-putin", "person", "putin", 1, 2, 100.0)]
    statement = SimpleNamespace(answer="statement", predicates=("say", "tell", "announce"))
    loose = SimpleNamespace(intent=statement, score=75.0)
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), resolved, loose
    )
    agreed = {
        "predicate": "mention",
        "subject": "Steve Witkoff",
        "subject_entity": "steve-witkoff",
        "object": "Trump and Putin agreed",
        "object_entity": None,
        "speaker": "steve-witkoff",
        "place": None,
        "time": None,
    }
    evidence = fact_evidence.evidence_for(asked, [1.0] * 4, {"vladimir-putin"}, [agreed], 0.0)
    assert evidence.unsaid
    said = dict(agreed, predicate="say", subject="Putin", subject_entity="vladimir-putin")
    said["speaker"] = "vladimir-putin"
    assert not fact_evidence.evidence_for(asked, [1.0] * 4, {"vladimir-putin"}, [said], 0.0).unsaid
    # with no intent matched, the question's form alone asks it ("has zelensky said anything
    # about the talks": the lead naming him is no statement of his)
    question = "has zelensky said anything about the talks"
    zelensky = [Resolved("volodymyr-zelensky", "person", "zelensky", 1, 2, 100.0)]
    asked = question_evidence.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), zelensky, None
    )
    assert asked.speech


def test_what_a_named_persons_kin_said_is_answered_by_a_sentence_of_the_kin(tmp_path):
    """ "what did munk's wife say": "His wife Mary said ..." has no fact of Munk's saying, but
    its speaker is his wife; read as asking what Munk said, it was withheld."""
    from tests.bot.answerers import answerer_over

    story = (
        "Title: Oceanographer Walter Munk dies at 101\n\n"
        "Walter Munk died on Monday at his home in La Jolla, California. Munk studied ocean "
        'waves and tides for more than seventy years. His wife Mary said "We thought he would '
        'live forever." He is survived by two daughters.'
    )
    answerer = answerer_over(tmp_path, {"munk": story})
    answer = answerer.answer("what did munk's wife say")
    assert answer.answered
    assert answer.citations[0].sentence.startswith("His wife Mary said")


def test_what_a_named_persons_parent_said_is_answered_by_a_sentence_naming_the_parent(
    tmp_path,
):
    """ "what did alan kurdi's dad say": the sentence calls the speaker "his father" beside
    his name, which the fact (its subject "Abdullah Kurdi") leaves out, and "dad" is the
    asker's word for a father; read as asking what Alan Kurdi said, it was withheld."""
    from tests.bot.answerers import answerer_over

    story = (
        "Title: Charity renames ship after drowned Syrian toddler\n\n"
        "A rescue charity on Sunday renamed its ship after Alan Kurdi, a Syrian child who "
        "drowned in 2015. Relatives of the boy attended the ceremony in Majorca. "
        '"This day is very hard for me," said his father, Abdullah Kurdi, after the ceremony.'
    )
    answerer = answerer_over(tmp_path, {"kurdi": story})
    answer = answerer.answer("what did alan kurdi's dad say")
    assert answer.answered
    assert answer.citations[0].sentence.startswith('"This day is very hard')
