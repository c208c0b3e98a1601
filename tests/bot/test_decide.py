"""The fact table's evidence about a candidate sentence, and the decision to answer."""

from __future__ import annotations

from types import SimpleNamespace

from bot import decide
from bot.rank import DEFAULT_RARITY, analyze
from bot.resolve import Resolved
from bot.text import tokenize

LEADERS = {"vladimir-putin": "russia", "donald-trump": "united-states"}


def evidence(question: str, resolved: list[Resolved], mentions: set[str], leaders=LEADERS):
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), resolved, None, {}, leaders)
    credits = [0.0] * len(analysis.terms)
    return decide.evidence_for(asked, credits, mentions, (), 0.0)


def test_a_leader_counts_as_mentioned_where_their_country_is():
    putin = [Resolved("vladimir-putin", "person", "putin", 2, 3, 100.0)]
    # "does putin want a veto" against "Russia demands ... a veto"
    assert evidence("does putin want a veto", putin, {"russia"}).entities == 1.0
    assert evidence("does putin want a veto", putin, {"russia"}, leaders={}).entities == 0.0


def test_a_country_counts_as_mentioned_where_its_leader_is():
    russia = [Resolved("russia", "country", "russia", 2, 3, 100.0)]
    # "what does russia want" against "Putin demanded ..."
    assert evidence("what does russia want", russia, {"vladimir-putin"}).entities == 1.0


def test_a_name_the_sentence_never_mentions_is_a_miss_that_caps_the_confidence():
    missed = evidence("does china back the plan", [], set())
    assert missed.name_miss
    assert decide.confidence(missed, 1.0, 5.0, 30) == decide.NAME_MISSING
    assert not evidence("does the alliance back the plan", [], set()).name_miss


def test_the_speaker_of_a_sentence_counts_as_mentioned_in_it():
    """The second sentence of Cruz's quote never names him; its facts have him as the speaker."""
    cruz = [Resolved("ted-cruz", "person", "cruz", 2, 3, 100.0)]
    question = "what did cruz say about term limits"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), cruz, None, {}, {})
    credits = [0.0] * len(analysis.terms)
    spoken = [{"predicate": "offer", "speaker": "ted-cruz", "subject_entity": None}]
    said = decide.evidence_for(asked, credits, set(), spoken, 0.0)
    unsaid = decide.evidence_for(asked, credits, set(), [], 0.0)
    assert (said.entities, unsaid.entities) == (1.0, 0.0)
    assert said.missing < unsaid.missing  # "cruz" is covered by the speaker


def test_the_uncovered_rarity_is_the_weight_of_the_terms_neither_sentence_nor_story_has():
    analysis = analyze("does china back the ceasefire plan")
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize("x"), [], None)
    china, back, ceasefire, plan = asked.weights
    missing, worst, name_miss = decide._uncovered(
        asked, [0.0, 1.0, 0.0, 0.0], [False, False, False, True], {"ceasefire"}
    )
    assert (missing, worst, name_miss) == (china, china, True)
    # China named elsewhere in the story: still uncovered here, but no name the coverage lacks
    elsewhere = decide._uncovered(
        asked, [0.0, 1.0, 0.0, 0.0], [False] * 4, {"ceasefire"}, [True, False, False, False]
    )
    assert elsewhere == (china + plan, china, False)
    assert decide._uncovered(asked, [1.0, 1.0, 0.0, 1.0], (), set()) == (
        ceasefire,
        ceasefire,
        False,
    )


def test_a_sentence_stating_an_age_covers_the_old_of_how_old():
    """ "Actor Doris Day dies at 97" answers "how old was Doris Day" without the word "old"."""
    question = "how old was doris day when she died"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if t.word == "old" else 1.0 for t in analysis.terms]
    assert decide.evidence_for(asked, credits, set(), [], 1.0).missing == 0.0
    assert decide.evidence_for(asked, credits, set(), [], 0.0).missing > 0.0  # no age there
    long = analyze("how long was she married")  # a duration may be another thing's
    asked = decide.asked(long, DEFAULT_RARITY, tokenize("how long was she married"), [], None)
    credits = [0.0 if t.word == "long" else 1.0 for t in long.terms]
    assert decide.evidence_for(asked, credits, set(), [], 1.0).missing > 0.0
    many = analyze("how many people died")  # a bare number is no sign of a count asked
    asked = decide.asked(many, DEFAULT_RARITY, tokenize("how many people died"), [], None)
    credits = [0.0 if t.word == "many" else 1.0 for t in many.terms]
    assert decide.evidence_for(asked, credits, set(), [], 1.0).missing > 0.0
    # ... but a count of what it counts is ("twenty people have been confirmed killed")
    assert decide.evidence_for(asked, credits, set(), [], 1.0, shown="many").missing == 0.0


def test_a_clause_that_sets_the_scene_need_not_be_repeated_by_a_dated_storys_sentence():
    """ "what did zapata tell reporters when he arrived in dover": the story says elsewhere
    that he arrived in Dover; the sentence with what he told them need not."""
    question = "what did zapata tell reporters when he arrived in dover"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert asked.scene == {"he", "arrived", "in", "dover"}
    words = [t.word for t in analysis.terms]
    credits = [0.0 if w in ("arrived", "dover") else 1.0 for w in words]
    elsewhere = [True] * len(words)  # another sentence of the story has every word

    def missing(credits, dated=True):
        e = decide.evidence_for(asked, credits, set(), [], 1.0, (), elsewhere, dated)
        return e.missing

    assert missing(credits) == 0.0
    assert missing(credits, dated=False) > 0.0  # an undated document: no story sets the scene
    lacks_tell = [0.0 if w in ("arrived", "dover", "tell") else 1.0 for w in words]
    # what was told missing too: the scene counts as missing again, as in an undated document
    assert missing(lacks_tell) == missing(lacks_tell, dated=False) > missing(credits, False)
    assert decide.scene_words(tokenize("until when did moscow extend its lockdown")) == set()
    # where the clause picks the answer ("how old ... when he did the first spacewalk"), it is
    # no scene: only questions about what was said have one
    spacewalk = "how old was leonov when he did the first spacewalk"
    how_old = decide.asked(analyze(spacewalk), DEFAULT_RARITY, tokenize(spacewalk), [], None)
    assert how_old.scene == frozenset()


def _say_question(question: str, resolved: list[Resolved]) -> decide.Asked:
    statement = SimpleNamespace(answer="statement", predicates=("say", "tell", "announce"))
    match = SimpleNamespace(intent=statement, score=100.0)
    analysis = analyze(question)
    return decide.asked(analysis, DEFAULT_RARITY, tokenize(question), resolved, match, {}, {})


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
    assert decide.evidence_for(asked, credits, set(), [said], 0.0).intent_fact == 1.0
    # the Senate saying something is not what Hickenlooper said
    assert decide.evidence_for(asked, credits, set(), [said_of_him], 0.0).intent_fact == 0.0


def test_a_fact_of_the_asked_verb_half_counts_where_the_sentence_lacks_the_answer_type():
    """ "Nkurunziza died on Monday" has the fact the question asks about, not its cause."""
    nkurunziza = Resolved("pierre-nkurunziza", "person", "nkurunziza", 2, 3, 100.0)
    question = "what did nkurunziza die of"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [nkurunziza], None, {}, {})
    credits = [1.0] * len(analysis.terms)
    died = {"predicate": "die", "subject_entity": "pierre-nkurunziza", "object_entity": None}
    died.update(speaker=None, place=None, time=None, object=None)
    with_cause = decide.evidence_for(asked, credits, {"pierre-nkurunziza"}, [died], 1.0)
    without = decide.evidence_for(asked, credits, {"pierre-nkurunziza"}, [died], 0.0)
    assert (with_cause.fact, without.fact) == (1.0, 0.5)


def test_what_a_sentence_reports_on_someones_word_is_what_they_said():
    """ "According to eyewitness Vinnie DeVita, it exploded": no "say" fact, DeVita speaks."""
    devita = Resolved("vinnie-devita", "person", "devita", 2, 4, 100.0)
    asked = _say_question("what did vinnie devita say he saw", [devita])
    credits = [0.0] * len(asked.question.terms)
    exploded = {"predicate": "explode", "subject_entity": None, "object_entity": None}
    exploded.update(speaker="vinnie-devita", place=None, time=None, object=None)
    assert decide.evidence_for(asked, credits, set(), [exploded], 0.0).intent_fact == 1.0
    exploded["speaker"] = None
    assert decide.evidence_for(asked, credits, set(), [exploded], 0.0).intent_fact == 0.0


def test_a_question_about_what_was_said_wants_speech_in_the_sentence():
    starmer = Resolved("keir-starmer", "person", "starmer", 2, 3, 100.0)
    asked = _say_question("what did starmer tell zelensky", [starmer])
    credits = [1.0] * len(asked.question.terms)
    assert decide.evidence_for(asked, credits, {"keir-starmer"}, (), 0.0).type_miss
    assert not decide.evidence_for(asked, credits, {"keir-starmer"}, (), 1.0).type_miss
    # "what does russia want" is answered by "Russia demands ...": no speech needed
    russia = Resolved("russia", "country", "russia", 2, 3, 100.0)
    wants = _say_question("what does russia want", [russia])
    assert not decide.evidence_for(wants, [1.0, 1.0], {"russia"}, (), 0.0).type_miss


def test_a_sentence_of_a_quote_that_runs_on_is_the_speakers_speech():
    """ "She was a painter, a writer, and designer ..." continues Anderson Cooper's quote: no
    quotation mark and no name of his, but its fact says he said it."""
    cooper = Resolved("anderson-cooper", "person", "anderson cooper", 2, 4, 100.0)
    asked = _say_question("what did anderson cooper say about his mother", [cooper])
    credits = [1.0] * len(asked.question.terms)
    said = {"predicate": "say", "subject_entity": "anderson-cooper", "object_entity": None}
    said.update(speaker=None, place=None, time=None, object="She was a painter ...")
    running_on = decide.evidence_for(asked, credits, set(), [said], 0.0)
    assert (running_on.typed, running_on.type_miss) == (1.0, False)
    # a sentence that names him shows its speech itself (quotation marks, a reporting verb the
    # ranker knows), or does not: the fact alone does not make it an answer
    naming = decide.evidence_for(asked, credits, {"anderson-cooper"}, [said], 0.0)
    assert (naming.typed, naming.type_miss) == (0.0, True)


def test_other_stories_competing_lower_the_confidence():
    putin = [Resolved("vladimir-putin", "person", "putin", 1, 2, 100.0)]
    sure = evidence("does putin want a veto", putin, {"russia"})
    alone = decide.confidence(sure, 0.8, 2.0, 30)
    assert decide.confidence(sure, 0.8, 2.0, 30, stories=3) < alone
    assert decide.confidence(sure, 0.8, 2.0, 30, stories=1) == alone


def test_a_sentence_without_the_asked_answer_type_ranks_lower():
    """ "How many were killed" is not answered by the lead that says a block of flats fell."""
    found = decide.Evidence(1.0, True, 0.0, 1.0, 0.0, 0.0, False, False, 0.0)
    missing = found._replace(typed=0.0, type_miss=True)
    assert decide.bonus(missing, 0.5) < decide.bonus(found, 0.5)


def test_a_news_sentence_that_states_no_cause_ranks_lower_for_why():
    """Only for a "why" question and only in a dated story; a stated cause keeps its place."""
    plain = decide.Evidence(1.0, True, 0.0, 0.0, 0.0, 0.0, False, False, 0.0)
    base = decide.bonus(plain, 0.5)
    assert decide.bonus(plain, 0.5, "reason", dated=True) == base + decide.CAUSE_MISS_BONUS
    assert decide.bonus(plain, 0.5, "reason", dated=False) == base
    assert decide.bonus(plain, 0.5, "time", dated=True) == base
    assert decide.bonus(plain._replace(typed=1.0), 0.5, "reason", dated=True) == base


def test_a_lead_that_covers_no_more_than_a_sentence_of_its_story_restates_it():
    articles = ["a", "a", "a", "b", "b"]
    leads = [1.0, 0.0, 0.0, 1.0, 0.0]
    local = [0.8, 0.8, 0.3, 0.9, 0.5]
    answering = [False] * 5
    # story a: the detail covers as much as the lead; story b: the lead covers more
    assert decide.restating_leads(articles, leads, local, answering) == [0]
    # a lead whose own fact answers ("Zelensky is set to meet with Trump") does not restate
    assert decide.restating_leads(articles, leads, local, [True] + answering[1:]) == []
    # story b's lead covers more, but says no depth where its second sentence does
    lacks = [True, True, True, True, False]
    assert decide.restating_leads(articles, leads, local, answering, lacks) == [0, 3]
    # a lead alone among its story's candidates restates nothing
    assert decide.restating_leads(["a", "b"], [1.0, 0.0], [0.2, 0.9], [False, False]) == []


def test_a_name_another_sentence_of_the_story_uses_is_not_a_name_the_coverage_lacks():
    # terms: americans, contribute, european, force; the answer says "US ... supporting this
    # force", another sentence of its story says "European", one of another story nothing
    articles = ["seed", "seed", "other"]
    matches = [(0.8, 0.0, 0.0, 1.0), (0.0, 0.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0)]
    said = decide.said_in_stories(articles, matches)
    assert said[0] == said[1] == (True, False, True, True)
    assert said[2] == (False, False, False, False)


def test_a_day_does_not_fill_the_slot_of_what_time():
    monday = {"time": "on Monday", "place": None}
    assert decide._slot_filled("time", monday, set(), {"meeting"}) is True
    assert decide._slot_filled("time", monday, set(), {"meeting"}, clock=True) is False
    early = {"time": "at 9:30am on Monday", "place": None}
    assert decide._slot_filled("time", early, set(), {"meeting"}, clock=True) is True


ROLE = SimpleNamespace(
    intent=SimpleNamespace(answer="person", predicates=["role"], require_fact=True), score=100.0
)


def role_fact(person: str, title: str) -> dict[str, object]:
    return {"predicate": "role", "subject_entity": person, "object": title, "speaker": None}


def supported(question: str, named: list[Resolved], fact, leaders=None) -> bool:
    analysis = analyze(question)
    tokens = tokenize(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokens, named, ROLE, {}, leaders or {})
    credits = [0.0] * len(analysis.terms)
    return decide.evidence_for(asked, credits, set(), [fact], 0.0).intent_fact == 1.0


def test_the_role_fact_of_whoever_leads_a_named_country_answers_who_leads_it():
    lithuania = [Resolved("lithuania", "country", "lithuania", 2, 3, 100.0)]
    nauseda = role_fact("gitanas-nauseda", "Lithuanian President")
    leaders = {"gitanas-nauseda": "lithuania"}
    assert supported("who leads lithuania", lithuania, nauseda, leaders)
    assert supported("who is the lithuanian leader", lithuania, nauseda, leaders)
    assert not supported("who leads lithuania", lithuania, nauseda)  # not known to lead it
    # a title of its own asks for that title's holder
    assert not supported("who is lithuania's prime minister", lithuania, nauseda, leaders)


def test_a_named_person_s_role_answers_only_for_the_titles_the_question_asks():
    trump = [Resolved("donald-trump", "person", "trump", 2, 3, 100.0)]
    president = role_fact("donald-trump", "US President")
    assert supported("who is trump", trump, president)
    assert supported("is trump the us president", trump, president)
    assert not supported("who is trump's envoy", trump, president)  # someone else
    rutte = [Resolved("mark-rutte", "person", "nato secretary general", 3, 6, 100.0)]
    secretary = role_fact("mark-rutte", "NATO Secretary-General")
    assert supported("who is the nato secretary general", rutte, secretary)


def test_a_sentence_without_a_name_misses_the_type_a_name_question_must_get():
    question = "what was the name of the elephant that died"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    credits = [1.0] * len(analysis.terms)
    assert decide.evidence_for(asked, credits, set(), (), 0.0).type_miss
    assert not decide.evidence_for(asked, credits, set(), (), 1.0).type_miss
