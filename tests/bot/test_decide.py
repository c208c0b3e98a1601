"""The fact table's evidence about a candidate sentence, and the decision to answer."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from bot import decide, rank
from bot.rank import DEFAULT_RARITY, analyze
from bot.resolve import Resolved
from bot.text import stem, tokenize

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


def test_a_leader_is_not_where_another_leader_of_their_country_is():
    # "when will Boris Johnson hold the Brexit vote" against "Tom Watson called Prime Minister
    # Theresa May's proposed Brexit deal lousy": the UK there is May's, not Johnson's
    uk = {"boris-johnson": "united-kingdom", "theresa-may": "united-kingdom"}
    johnson = [Resolved("boris-johnson", "person", "boris johnson", 2, 4, 100.0)]
    question = "when will boris johnson hold the brexit vote"
    mentions = {"theresa-may", "united-kingdom"}
    assert evidence(question, johnson, mentions, leaders=uk).entities == 0.0
    assert evidence(question, johnson, {"united-kingdom"}, leaders=uk).entities == 1.0
    asked = decide.asked(
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
    assert decide.person_absent(asked, {"theresa-may"}, (), credits)
    assert not decide.person_absent(asked, {"united-kingdom"}, (), credits)


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
    missing, worst, name_miss, excused = decide._uncovered(
        asked, [0.0, 1.0, 0.0, 0.0], [False, False, False, True], {"ceasefire"}
    )
    assert (missing, worst, name_miss, excused) == (china, china, True, 0.0)
    # China named elsewhere in the story: still uncovered here, but no name the coverage lacks
    elsewhere = decide._uncovered(
        asked, [0.0, 1.0, 0.0, 0.0], [False] * 4, {"ceasefire"}, [True, False, False, False]
    )
    assert elsewhere == (china + plan, china, False, 0.0)
    assert decide._uncovered(asked, [1.0, 1.0, 0.0, 1.0], (), set()) == (
        ceasefire,
        ceasefire,
        False,
        0.0,
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


def test_a_hedge_the_sentence_lacks_is_neither_covered_nor_missing():
    # "what kind of army is ukraine expected to keep": "the need for Ukraine to maintain a
    # sizable ... military force" states it without the expectation
    question = "what army is ukraine expected to keep"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["army", "ukraine", "expected", "keep"]
    hedged = decide.evidence_for(asked, [1.0, 1.0, 0.0, 1.0], set(), (), 0.0)
    assert hedged.hedged == 0.0
    # the ranking still prefers a sentence that has it ("the talks are *expected* to focus on")
    assert hedged.missing == asked.weights[2] / asked.total
    full = decide.evidence_for(asked, [1.0, 1.0, 1.0, 1.0], set(), (), 0.0)
    assert (full.missing, full.hedged) == (0.0, -1.0)
    assert decide.confidence(hedged, 1.0, 1.0, 20) == decide.confidence(full, 1.0, 1.0, 20)
    # another word missing still counts
    army = asked.weights[0]
    partial = decide.evidence_for(asked, [0.0, 1.0, 0.0, 1.0], set(), (), 0.0)
    assert partial.hedged == army / (asked.total - asked.weights[2])
    # forecasts are hedges too: "which topics are the talks projected to centre on"
    projected = "what are the talks projected to cover"
    asked = decide.asked(analyze(projected), DEFAULT_RARITY, tokenize(projected), [], None)
    assert asked.soft == (False, True, False)


def test_the_askers_own_framing_words_are_hedges():
    # "why is everyone suddenly talking about security guarantees": the article says why they
    # are talked about, not that it came suddenly; "like" and "anyway" frame the asking
    def soft(question: str) -> dict[str, bool]:
        asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
        return dict(zip(asked.term_words, asked.soft, strict=True))

    assert soft("why is everyone suddenly talking about security guarantees")["suddenly"]
    framed = soft("how important are these talks for ukraine's future, like really?")
    assert framed["like"] and not framed["future"]
    assert soft("whats the point of a european army in ukraine anyway")["anyway"]
    # a verb of liking still asks a stance the sentence must state (_stance_unsaid)
    question = "does macron like the plan"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if word == "like" else 1.0 for word in asked.term_words]
    assert decide.evidence_for(asked, credits, set(), (), 0.0).unsaid


def test_what_the_asker_says_before_a_question_pointing_back_is_a_hedge_but_its_names():
    question = "i always thought elijah cummings was a lawyer, where did he go to law school"
    tokens = tokenize(question)
    at = tokens.index("elijah")
    names = [Resolved("elijah-cummings", "person", "elijah cummings", at, at + 2, 100.0)]
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokens, names, None)
    soft = dict(zip(asked.term_words, asked.soft, strict=True))
    assert soft["lawyer"] and not soft["elijah"] and not soft["cummings"] and not soft["school"]


def test_a_leading_clause_naming_the_story_is_a_hedge_but_its_times_and_numbers():
    def soft(question: str) -> dict[str, bool]:
        asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
        return dict(zip(asked.term_words, asked.soft, strict=True))

    # "Three passengers died" answers it without saying the ferry hit a pier
    told = soft("that ferry that hit the pier near dover, how many people died on it")
    assert told["pier"] and told["hit"] and not told["died"] and not told["people"]
    # a time or a number the asker remembers still tells one event from another
    dated = soft("the ferry that sank in march 2019, how many people died on it")
    assert told["ferry"] and not dated["march"] and not dated["2019"]


def test_a_closing_yes_no_that_guesses_at_the_question_before_it_is_a_hedge():
    def soft(question: str) -> dict[str, bool]:
        asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
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
    asked = decide.asked(
        analysis, DEFAULT_RARITY, tokenize(question), [lithuania, ukraine], match, {}, leaders
    )
    assert [t.word for t in analysis.terms] == ["lithuania", "think", "ukraine", "needs"]
    stated = {"predicate": "state", "subject_entity": "gitanas-nauseda", "object_entity": None}
    stated.update(speaker=None, place=None, time=None, object=None)
    # the sentence names Lithuania (its president) and Ukraine and has "needs"; not "think"
    credits = [0.0, 0.0, 1.0, 1.0]
    mentions = {"lithuania", "ukraine", "gitanas-nauseda"}
    e = decide.evidence_for(asked, credits, mentions, [stated], 0.0)
    assert e.intent_fact == 1.0  # Nauseda speaks for Lithuania
    assert e.hedged == 0.0  # and what he stated is what Lithuania thinks, for the confidence
    # the ranking still counts "think" as missing: a supported sentence without the verb must
    # not outrank the quote that has it ("According to Muyembe, many people ..." against his
    # quote on Ebola, in the benchmark's questions)
    assert e.missing > 0.0
    # without such a fact "think" stays uncovered
    assert decide.evidence_for(asked, credits, mentions, [], 0.0).hedged == -1.0


def test_a_fact_of_the_asked_verb_half_counts_where_the_sentence_lacks_the_answer_type():
    """ "Nkurunziza died on Monday" has the fact the question asks about, not its cause."""
    nkurunziza = Resolved("pierre-nkurunziza", "person", "nkurunziza", 2, 3, 100.0)
    question = "what did nkurunziza die of"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [nkurunziza], None, {}, {})
    credits = [1.0] * len(analysis.terms)
    died = {"predicate": "die", "subject_entity": "pierre-nkurunziza", "object_entity": None}
    died.update(speaker=None, place=None, time=None, object=None, subject="Nkurunziza")
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


def test_several_stories_none_far_ahead_lower_the_confidence_further():
    """Where no story is far ahead of the others (decide.IDENTIFIED_STORY_LEAD), the question
    fits several about as well: its best sentence is likelier a near miss than where one
    story leads (decide.UNIDENTIFIED_STORY)."""
    e = decide.Evidence(1.0, True, 0.0, 1.0, 0.05, False, False, 0.0)

    def log_odds(p: float) -> float:
        return math.log(p / (1 - p))

    identified = decide.confidence(e, 0.5, 2.0, 30, stories=3, identified=True)
    unidentified = decide.confidence(e, 0.5, 2.0, 30, stories=3)
    assert log_odds(unidentified) - log_odds(identified) == pytest.approx(decide.UNIDENTIFIED_STORY)
    assert decide.UNIDENTIFIED_STORY < 0
    # one story: nothing to identify it among
    assert decide.confidence(e, 0.5, 2.0, 30) == decide.confidence(e, 0.5, 2.0, 30, identified=True)


def test_the_clear_best_sentence_of_one_story_gains_confidence():
    """A sentence far ahead of the others of its story that covers most of the question is
    likelier an answer than one in a close call; not where several stories compete, nor in a
    short summary (WikiQA's), nor for a sentence that lacks much of the question."""
    covered = decide.Evidence(1.0, True, 0.0, 0.0, 0.1, False, False, 0.0)

    def gain(e: decide.Evidence, stories: int = 1, sentences: int = 20) -> float:
        """The log-odds the clear margin adds over a margin just short of it."""
        at, short = (
            decide.confidence(e, 0.8, m, sentences, stories=stories)
            for m in (decide.CLEAR_BEST_MARGIN, decide.CLEAR_BEST_MARGIN - 0.01)
        )
        return math.log(at / (1 - at)) - math.log(short / (1 - short))

    assert gain(covered) > 0.4
    assert gain(covered, stories=3) < 0.01
    assert gain(covered._replace(missing=0.5)) < 0.01
    assert gain(covered, sentences=decide.LONG_ARTICLE) < 0.01  # a short summary
    assert gain(covered._replace(type_miss=True)) < 0.01  # "keir starmer age": no age in it


def _gap(question: str, uncovered: set[str]) -> bool:
    """decide.ordinary_gap for a sentence that has every word of ``question`` but those."""
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if w in uncovered else 1.0 for w in asked.term_words]
    return decide.ordinary_gap(asked, credits)


def test_a_yes_no_question_lacking_only_everyday_words_is_an_ordinary_gap():
    """A paraphrase lacks the asker's everyday words; a near miss lacks a detail: a rare word,
    a name or a number. Only for yes/no questions."""
    assert _gap("is the nato boss part of the group meeting zelensky", {"part", "group"})
    assert _gap("is ukraine's own military considered part of its guarantee", {"considered"})
    assert not _gap("will the us send patriot missiles to ukraine", {"patriot"})
    assert not _gap("will the europeans be in the room or just the two of them", {"two"})
    assert not _gap("when is the nato boss meeting zelensky", {"boss"})


def test_a_statement_asked_with_a_question_mark_is_a_yes_no_question_for_the_gap():
    """ "ukraine's own military counts as part of its guarantee?" asks what "does ... count"
    asks; without the question mark it is a phrase, not a claim to check."""
    assert _gap("ukraine's own military considered part of its guarantee?", {"considered"})
    assert not _gap("ukraine's own military considered part of its guarantee", {"considered"})
    assert not _gap("nato boss meeting patriot missiles?", {"patriot"})


def test_an_ordinary_gap_gains_confidence_where_a_fact_backs_the_sentence():
    """In one long story, with a fact of the question's verb and most of the question covered;
    not without the fact, nor in several stories or a short summary."""
    backed = decide.Evidence(1.0, True, 0.75, 0.0, 0.18, False, False, 0.0)

    def gain(e: decide.Evidence, stories: int = 1, sentences: int = 20) -> float:
        with_gap, without = (
            decide.confidence(e, 0.5, 1.0, sentences, stories=stories, ordinary=o)
            for o in (True, False)
        )
        return math.log(with_gap / (1 - with_gap)) - math.log(without / (1 - without))

    assert gain(backed) > 0.9
    assert gain(backed._replace(fact=0.0)) < 0.01
    assert gain(backed._replace(missing=0.4)) < 0.01
    assert gain(backed, stories=2) < 0.01
    assert gain(backed, sentences=decide.LONG_ARTICLE) < 0.01


def test_a_sentence_without_the_asked_answer_type_ranks_lower():
    """ "How many were killed" is not answered by the lead that says a block of flats fell."""
    found = decide.Evidence(1.0, True, 0.0, 1.0, 0.0, False, False, 0.0)
    missing = found._replace(typed=0.0, type_miss=True)
    assert decide.bonus(missing, 0.5) < decide.bonus(found, 0.5)


def test_a_news_sentence_that_states_no_cause_ranks_lower_for_why():
    """Only for a "why" question and only in a dated story; a stated cause keeps its place."""
    plain = decide.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
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


def test_a_past_scene_the_story_reports_elsewhere_is_neither_covered_nor_missing():
    # "Upon arrival, Zapata told reporters ...": the story says "Dover" in another sentence
    question = "what did zapata tell reporters when he arrived in dover"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    words = [t.word for t in analysis.terms]
    assert words == ["zapata", "tell", "reporters", "arrived", "dover"]
    credits = [1.0, 1.0, 1.0, 1.0, 0.0]
    elsewhere = [True] * 5
    assert decide.evidence_for(asked, credits, set(), (), 0.0, (), elsewhere).hedged == 0.0
    # a word the story never has is still missing
    assert decide.evidence_for(asked, credits, set(), (), 0.0, (), [False] * 5).hedged == -1.0
    # a sentence without any word of the scene may tell of another moment: all of it counts
    unanchored = [1.0, 1.0, 1.0, 0.0, 0.0]
    assert decide.evidence_for(asked, unanchored, set(), (), 0.0, (), elsewhere).hedged == -1.0
    # a scene that may not have happened yet keeps its words
    future = "what will starmer tell zelensky after their meeting"
    analysis = analyze(future)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(future), [], None)
    assert not any(asked.scene)
    # nor is "where and when did they meet" a scene
    both = "where and when did trump and putin meet"
    asked = decide.asked(analyze(both), DEFAULT_RARITY, tokenize(both), [], None)
    assert not any(asked.scene)
    # nor a clause that picks the answer: "how old was Hunter when he joined the Grateful Dead"
    # was answered by his birth date, the story having "joined" elsewhere
    how_old = "how old was robert hunter when he joined the grateful dead"
    asked = decide.asked(analyze(how_old), DEFAULT_RARITY, tokenize(how_old), [], None)
    assert not any(asked.scene)


def test_a_question_asking_outright_for_a_cause_needs_one_in_the_sentence():
    # "what triggered the war": the cause word is dropped, so the sentence must show a cause
    # ("due to", "because"); "The talks are expected to focus on ... the conflict" shows none
    for question in ("what triggered the war", "what is the reason for the war"):
        asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
        assert asked.strict
        credits = [1.0] * len(asked.question.terms)
        assert decide.evidence_for(asked, credits, set(), (), 0.0).type_miss
        assert not decide.evidence_for(asked, credits, set(), (), 1.0).type_miss
    # a plain "why" is not held to it
    why = "why is the war a big deal"
    assert not decide.asked(analyze(why), DEFAULT_RARITY, tokenize(why), [], None).strict


def test_a_topic_word_the_story_never_uses_is_no_topic_the_speaker_spoke_of():
    """ "What did Duda say about the escape room owners": Duda's quote on the victims, in a story
    that never mentions owners, says nothing about them; a topic word the story has elsewhere
    (or that the sentence matches) is no such miss, nor is a word of a question with no topic."""
    duda = Resolved("andrzej-duda", "person", "andrzej duda", 2, 4, 100.0)
    asked = _say_question("what did andrzej duda say about the escape room owners", [duda])
    assert asked.topic == {"escape", "room", "owners"}
    terms = len(asked.question.terms)
    credits = [1.0] * (terms - 1) + [0.0]  # all but "owners"
    never = decide._uncovered(asked, credits, (), set(), [True] * (terms - 1) + [False])
    assert never[2]  # as a name the coverage lacks: caps the confidence
    assert not decide._uncovered(asked, credits, (), set(), [True] * terms)[2]
    plain = _say_question("what did andrzej duda say to the escape room owners", [duda])
    assert plain.topic == frozenset()
    assert not decide._uncovered(plain, credits, (), set(), [True] * (terms - 1) + [False])[2]


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
    assert decide._uncovered(asked, credits, headline, set(), elsewhere)[2]
    whole = [w in ("van", "halen", "cancer") for w in words]
    assert not decide._uncovered(asked, credits, whole, set(), elsewhere)[2]
    on_cancer = [1.0 if s or w == "cancer" else 0.0 for s, w in zip(said, words, strict=True)]
    assert not decide._uncovered(asked, on_cancer, headline, set(), elsewhere)[2]


def test_a_when_question_s_event_the_sentence_lacks_counts_twice_for_the_confidence():
    """ "When was the Hotel Arpit Palace built": the lead's "caught fire yesterday morning" has
    the hotel's heavy name and not "built"; its time dates the fire. Counted once more for the
    confidence only (``hedged``), not for the ranking (``missing``)."""
    question = "when was the hotel arpit palace built"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    assert asked.wants == "time"
    words = asked.term_words
    credits = [0.0 if w == "built" else 1.0 for w in words]
    lead = decide.evidence_for(asked, credits, set(), (), 1.0, dated=True)
    built = asked.weights[words.index("built")]
    assert lead.missing == built / asked.total
    assert lead.hedged == 2 * built / asked.total
    # "what time did the fire start": "time" asks for the time, it names no event
    clock = "what time did the fire start"
    timed = decide.asked(analyze(clock), DEFAULT_RARITY, tokenize(clock), [], None)
    credits = [0.0 if w == "time" else 1.0 for w in timed.term_words]
    assert decide.evidence_for(timed, credits, set(), (), 1.0, dated=True).hedged == -1.0
    # an undated document (WikiQA's encyclopaedia) has no lead dating another event
    undated = decide.evidence_for(
        asked, [0.0 if w == "built" else 1.0 for w in words], set(), (), 1.0
    )
    assert undated.hedged == -1.0


def test_a_capitalised_word_its_story_never_uses_is_a_name_the_coverage_lacks():
    """ "How many people were injured in the Notre Dame fire" is not answered from another
    fire's story ("killed nine people and injured at least 50 more"): the asker wrote a name
    the resolver does not know, and that story never uses it. The first word is capitalised
    as any question's is; names the resolver knows are weighed as entities."""
    question = "How many people were injured in the Notre Dame fire"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    assert asked.typed_names == {"notre", "dame"}
    words = asked.term_words
    credits = [0.0 if w in ("notre", "dame") else 1.0 for w in words]
    assert decide._uncovered(asked, credits, (), set(), [False] * len(words))[2]
    elsewhere = [w in ("notre", "dame") for w in words]  # its story has the name elsewhere
    assert not decide._uncovered(asked, credits, (), set(), elsewhere)[2]
    lower = question.lower()
    plain = decide.asked(analyze(lower), DEFAULT_RARITY, tokenize(lower), [], None)
    assert plain.typed_names == frozenset()
    for shouted in (question.upper(), question.title()):  # capitals mark no names there
        loud = decide.asked(analyze(shouted), DEFAULT_RARITY, tokenize(shouted), [], None)
        assert loud.typed_names == frozenset()
    twain = "Who is Mark Twain"  # mostly capitals, but a name's
    assert decide.asked(analyze(twain), DEFAULT_RARITY, tokenize(twain), [], None).typed_names
    paris = Resolved("paris", "place", "paris", 1, 2, 100.0)
    known = "Was Paris hit by the fire"
    assert (
        decide.asked(analyze(known), DEFAULT_RARITY, tokenize(known), [paris], None).typed_names
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
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokens, [biden, warren], None, kinds)
    assert asked.entity_words == {"biden", "warren"}
    words = asked.term_words
    credits = [0.0 if w == "warren" else 1.0 for w in words]
    assert decide._uncovered(asked, credits, (), set(), [False] * len(words))[2]
    elsewhere = [w == "warren" for w in words]  # another sentence of the story names her
    assert not decide._uncovered(asked, credits, (), set(), elsewhere)[2]
    timed = "at what time of day did the bus crash"
    day = Resolved("doris-day", "person", "day", 4, 5, 100.0)
    tokens = tokenize(timed)
    plain = decide.asked(analyze(timed), DEFAULT_RARITY, tokens, [day], None, kinds)
    assert plain.entity_words == frozenset()
    capital = "At what time did Day die"
    day = Resolved("doris-day", "person", "day", 4, 5, 100.0)
    tokens = tokenize(capital)
    typed = decide.asked(analyze(capital), DEFAULT_RARITY, tokens, [day], None, kinds)
    assert typed.entity_words == {"day"}


def test_a_where_question_s_event_the_sentence_lacks_counts_twice_for_the_confidence():
    """ "Where was Jennifer Lu born": "Jennifer Lu of Marriage Equality Coalition Taiwan said"
    places her, not her birth. "Where did the crash happen" names no event but the crash."""
    question = "where was jennifer lu born"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    assert asked.wants == "place"
    words = asked.term_words
    credits = [0.0 if w == "born" else 1.0 for w in words]
    born = asked.weights[words.index("born")]
    said = decide.evidence_for(asked, credits, set(), (), 1.0, dated=True)
    assert said.hedged == 2 * born / asked.total
    happen = "where did the crash happen"
    crash = decide.asked(analyze(happen), DEFAULT_RARITY, tokenize(happen), [], None)
    credits = [0.0 if w == "happen" else 1.0 for w in crash.term_words]
    assert decide.evidence_for(crash, credits, set(), (), 1.0, dated=True).hedged == -1.0


def test_what_a_country_says_is_not_what_its_leader_said():
    """ "What did Macron say after the Notre Dame fire": "The French Civil Security service
    said ..." is France speaking, not Macron; Macron speaking would be France speaking."""
    macron = Resolved("emmanuel-macron", "person", "macron", 2, 3, 100.0)
    statement = SimpleNamespace(answer="statement", predicates=("say",))
    match = SimpleNamespace(intent=statement, score=100.0)
    question = "what did macron say after the fire"
    leaders = {"emmanuel-macron": "france"}
    asked = decide.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), [macron], match, {}, leaders
    )
    credits = [1.0] * len(asked.question.terms)
    by_france = {"predicate": "say", "subject_entity": "france", "object_entity": None}
    by_france.update(speaker=None, place=None, time=None, object=None)
    by_macron = dict(by_france, subject_entity="emmanuel-macron")
    assert decide.evidence_for(asked, credits, {"france"}, [by_france], 0.0).intent_fact == 0.0
    assert decide.evidence_for(asked, credits, set(), [by_macron], 0.0).intent_fact == 1.0


def test_the_subject_of_what_do_x_verb_is_x():
    assert decide.asked_subject(tokenize("what do the security guarantees involve")) == {
        "secur",
        "guarante",
    }
    assert decide.asked_subject(tokenize("what did trump rule out")) == {"trump"}
    assert decide.asked_subject(tokenize("who does russia blame")) == frozenset()
    # the question goes on past its verb: no subject read
    assert decide.asked_subject(tokenize("what did modi write about the crash in kerala")) == (
        frozenset()
    )
    assert decide.asked_verb(tokenize("what will germany support")) == "support"
    assert decide.asked_verb(tokenize("what did trump rule out")) == "rule"
    # a topic named first and asked about with a pronoun is the subject
    topic = tokenize("ukraine security guarantees what do they consist of")
    assert decide.asked_subject(topic) == {"ukrain", "secur", "guarante"}
    # not a question of its own before it
    assert decide.asked_subject(tokenize("who said it and what do they want")) == frozenset()


def test_a_fact_with_the_asked_subject_as_its_object_does_not_back_the_question():
    fact = {"subject": "The meetings", "object": "discussions about real security guarantees"}
    subject = decide.asked_subject(tokenize("what do the security guarantees involve"))
    assert decide._reversed_roles(fact, subject)
    own = {"subject": "The proposed security guarantees", "object": "a combination of forces"}
    assert not decide._reversed_roles(own, subject)


def test_the_past_of_any_verb_of_the_lexicon_sets_a_past_scene():
    # irregular past forms come from the lexicon's verbs (facts/data/verbs.txt): "spoke",
    # "chose", "withdrew" set a past scene as "arrived" does
    for question in (
        "what did merz say when trump spoke in berlin",
        "what did the kremlin say after the us withdrew from the treaty",
    ):
        asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
        assert any(asked.scene), question
    future = "what will merz say when trump speaks in berlin"
    asked = decide.asked(analyze(future), DEFAULT_RARITY, tokenize(future), [], None)
    assert not any(asked.scene)


def test_topic_and_scene_words_are_found_as_the_terms_read_them():
    """A term analyze rewrote ("ruling out" is "reject") is still a word of the topic or of
    the scene it was typed in."""
    trump = Resolved("donald-trump", "person", "donald trump", 2, 4, 100.0)
    asked = _say_question("what did donald trump say about ruling out a ceasefire", [trump])
    assert asked.topic == {"reject", "ceasefire"}
    question = "what did zapata tell reporters when he ruled out a truce"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    scene = {w for w, s in zip(asked.term_words, asked.scene, strict=True) if s}
    assert scene == {"reject", "truce"}


def test_words_a_pronoun_inherits_count_partly_uncovered_in_the_ranking_only():
    # "However, these efforts face strong opposition" takes "army" and "independence" from the
    # sentence before, which says them: for the ranking, not as if it said them itself
    question = "what would a strong army mean for independence"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["strong", "army", "independence"]
    context = rank.CONTEXT_CREDIT
    inherited = decide.evidence_for(asked, [1.0, context, context], set(), (), 0.0)
    said = decide.evidence_for(asked, [1.0, 0.8, 0.8], set(), (), 0.0)
    assert said.missing == 0.0
    share = (1.0 - context) * (asked.weights[1] + asked.weights[2]) / asked.total
    assert abs(inherited.missing - share) < 1e-9
    # the confidence reads them as covered, as before
    assert inherited.hedged == 0.0
    assert decide.confidence(inherited, 1.0, 1.0, 20) == decide.confidence(said, 1.0, 1.0, 20)


def test_a_fact_of_the_verb_done_to_a_new_thing_does_not_answer_who_did_it_to_another():
    """ "Who opposes the security guarantees?": "Despite Trump ruling out an immediate
    ceasefire, ... Trump and Putin agreed on robust security guarantees" has the verb (rule out
    is reject, which is opposing) and the guarantees, but Trump rules out a ceasefire."""
    question = "who opposes the security guarantees"
    analysis = analyze(question)
    refusal = SimpleNamespace(answer="statement", predicates=("rule out", "oppose", "reject"))
    match = SimpleNamespace(intent=refusal, score=90.0)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], match)
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

    ceasefire = decide.evidence_for(asked, credits, set(), [fact("an immediate ceasefire")], 0.0)
    assert ceasefire.fact == 0.0
    # ruling out the guarantees, or "these efforts" (which may be them), does answer it
    for obj in ("the security guarantees", "these efforts"):
        assert decide.evidence_for(asked, credits, set(), [fact(obj)], 0.0).fact == 1.0
    # as does the fact where the sentence does not have the guarantees: the verb may take them
    # otherwise ("who won Super Bowl XLI": "The Colts defeated the Bears")
    alone = decide.evidence_for(
        asked, [0.8, 0.0, 0.0], set(), [fact("an immediate ceasefire")], 0.0
    )
    assert alone.fact == 1.0
    # and in "who will Zelensky meet" the object is what is asked
    assert decide.asked_object(tokenize("who will zelensky meet")) == (frozenset(), frozenset())


def test_the_subject_of_a_yes_no_question():
    def subject(question: str) -> set[str]:
        return set(decide.yesno_subject(tokenize(question)))

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


def test_the_subject_of_a_question_asked_as_a_phrase():
    def subject(question: str) -> set[str]:
        return set(decide.keyword_subject(tokenize(question)))

    assert subject("guarantees on the agenda?") == {"guarantees"}
    assert subject("merz role") == {"merz", "role"}
    assert subject("ukraine joining nato?") == {"ukraine"}  # its verb and object follow
    # a question word or an opening stopword makes it another kind of question
    assert subject("guarantees based on what") == set()
    assert subject("reassurance force where") == set()
    assert subject("the guarantees on the agenda?") == set()
    assert subject("") == set()


def test_a_subject_word_only_the_headline_has_ranks_a_sentence_below_one_that_says_it():
    question = "will security guarantees come up in the talks"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    words = asked.term_words
    says = tuple(1.0 if w in ("security", "guarantees") else 0.0 for w in words)
    lacks = tuple(1.0 if w == "talks" else 0.0 for w in words)
    story = tuple(w in ("security", "guarantees") for w in words)
    subject = decide.yesno_subject(tokenize(question))
    excess = decide.story_subject_excess(
        asked, subject, ["a", "a", "b"], [says, lacks, lacks], [story, story, story]
    )
    assert excess[0] == 0.0 and excess[1] > 0.2
    assert excess[2] == 0.0  # the best of its own story: stories compete as before
    assert decide.story_subject_excess(asked, frozenset(), ["a"], [lacks], [story]) == [0.0]


def test_the_second_alternative_is_excused_where_the_sentence_says_the_first():
    # "Before the meetings with European leaders, Zelensky will first meet with Trump
    # one-on-one" says he sees Trump first, and need not say "straight away" as well
    question = "will zelensky see trump by himself first, or straight away with everyone else"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    words = [t.word for t in analysis.terms]
    assert words == ["zelensky", "see", "trump", "first", "straight", "away"]
    assert asked.second == (False,) * 4 + (True,) * 2
    says_first = [1.0, 1.0, 1.0, 1.0, 0.0, 0.0]
    assert decide.evidence_for(asked, says_first, set(), (), 0.0).hedged == 0.0
    # the frame before the alternatives still counts ...
    no_zelensky = [0.0, 1.0, 1.0, 1.0, 0.0, 0.0]
    assert decide.evidence_for(asked, no_zelensky, set(), (), 0.0).hedged > 0.0
    # ... as does the second alternative where the sentence lacks the first
    neither = [1.0, 1.0, 1.0, 0.0, 0.0, 0.0]
    assert decide.evidence_for(asked, neither, set(), (), 0.0).hedged == -1.0
    # or where it has a word of the second: it speaks of that one
    both = [1.0, 1.0, 1.0, 1.0, 1.0, 0.0]
    assert decide.evidence_for(asked, both, set(), (), 0.0).hedged == -1.0


def test_or_that_tags_a_question_or_opens_a_second_one_has_no_alternatives():
    for question in (
        "so did the alaska summit get a ceasefire done or nah",
        "is germany sending anyone or what",
        "will the europeans be there when zelensky sees trump or is it just the two of them",
        "when will they meet",
    ):
        asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
        assert not any(asked.second), question


def test_a_verb_of_liking_needs_a_sentence_that_states_a_stance():
    # "does Macron like the plan": the list of leaders names him and says nothing of his view
    question = "does macron like the security guarantees plan"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["macron", "like", "security", "guarantees", "plan"]
    assert decide.evidence_for(asked, [1.0, 0.0, 1.0, 1.0, 1.0], set(), (), 0.0).unsaid
    # "strong opposition from the Kremlin" states one
    assert not decide.evidence_for(asked, [1.0, 1.0, 1.0, 1.0, 1.0], set(), (), 0.0).unsaid
    # other stance words ("how does Russia feel") are weighed as words, as before
    feel = "how does russia feel about the plan"
    asked = decide.asked(analyze(feel), DEFAULT_RARITY, tokenize(feel), [], None)
    assert not decide.evidence_for(asked, [1.0, 0.0, 1.0], set(), (), 0.0).unsaid


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
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), resolved, loose)
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
    listed = decide.evidence_for(asked, [1.0] * 4, {"keir-starmer"}, [meet], 0.0)
    assert listed.unsaid
    told = dict(meet, predicate="tell")
    assert not decide.evidence_for(asked, [1.0] * 4, {"keir-starmer"}, [told], 0.0).unsaid
    # whom it was said to is no speaker: "what did the spokesperson tell the Associated Press"
    agency = [Resolved("associated-press", "org", "associated press", 5, 7, 100.0)]
    question = "what did the spokesperson tell the associated press about the fire"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), agency, loose)
    assert not decide.evidence_for(asked, [1.0] * 5, set(), [], 0.0).unsaid


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
    asked = decide.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), resolved, match, kinds, leaders
    )
    assert decide.asks_when_people_meet(asked)
    alaska = {"vladimir-putin", "donald-trump", "ukraine"}
    credits = [1.0, 0.0, 1.0]
    assert decide.person_absent(asked, alaska, (), credits, in_person=True)
    # otherwise his country stands for him, but only in a sentence that names no people
    assert not decide.person_absent(asked, {"ukraine"}, (), credits)
    both = alaska | {"volodymyr-zelensky"}
    assert not decide.person_absent(asked, both, (), [1.0, 1.0, 1.0], in_person=True)


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
    asked = decide.asked(
        analyze(question), DEFAULT_RARITY, tokenize(question), resolved, None, kinds, leaders
    )
    credits = [0.0 if t.word == "zelensky" else 1.0 for t in asked.question.terms]
    witkoff = {"donald-trump", "vladimir-putin", "steve-witkoff", "ukraine"}
    assert decide.person_absent(asked, witkoff, (), credits)
    # a country acting on its own is its leader: "Ukraine rejects the guarantees"
    assert not decide.person_absent(asked, {"ukraine"}, (), credits)


def test_a_view_asked_is_shown_by_what_the_actor_states():
    # "what is nauseda's view on the guarantees": "Nauseda has stated that Ukraine needs real
    # security guarantees" (a fact with him as its speaker)
    question = "what is nauseda's view on the guarantees"
    resolved = [Resolved("gitanas-nauseda", "person", "nauseda", 2, 3, 100.0)]
    kinds = {"gitanas-nauseda": "person"}
    asked = decide.asked(
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
    assert decide.evidence_for(asked, credits, {"gitanas-nauseda"}, [need], 0.0).hedged == 0.0
    # someone else's words are not his view
    other = dict(need, speaker="steve-witkoff")
    assert decide.evidence_for(asked, credits, {"gitanas-nauseda"}, [other], 0.0).hedged == -1.0
    # nor is a reaction shown by any quote: that is to one thing
    reaction = "what was nauseda's reaction to the summit"
    asked = decide.asked(
        analyze(reaction), DEFAULT_RARITY, tokenize(reaction), resolved, None, kinds, {}
    )
    words = list(asked.term_words)
    credits = [0.0 if w == "reaction" else 1.0 for w in words]
    assert decide.evidence_for(asked, credits, {"gitanas-nauseda"}, [need], 0.0).hedged == -1.0


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
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), ukraine, None, {}, {})
    assert asked.kind_of == decide.asked_kind(tokenize("which sort of army"))
    credits = [1.0] * len(analysis.terms)
    guarantees = decide.evidence_for(asked, credits, {"ukraine"}, [_need("real guarantees")], 0.0)
    force = decide.evidence_for(asked, credits, {"ukraine"}, [_need("a military force")], 0.0)
    bare = decide.evidence_for(asked, credits, {"ukraine"}, [_need(None)], 0.0)
    assert guarantees.fact < force.fact == bare.fact == 1.0
    no_army = [0.0 if t.word == "army" else 1.0 for t in analysis.terms]
    assert decide.evidence_for(asked, no_army, {"ukraine"}, [_need(None)], 0.0).fact < 1.0
    # without "kind of" any need fact fills it, as before
    plain = "does ukraine need an army"
    asked = decide.asked(analyze(plain), DEFAULT_RARITY, tokenize(plain), ukraine, None, {}, {})
    assert not asked.kind_of
    credits = [1.0] * len(asked.term_words)
    assert decide.evidence_for(asked, credits, {"ukraine"}, [_need("guarantees")], 0.0).fact == 1.0


def test_a_fact_that_the_talks_take_place_does_not_say_what_they_are_about():
    # "wat are the zelensky trump talks supposed to be about": "Zelensky is set to meet with
    # Trump" is no topic; "The talks are expected to focus on Ukraine's security" is
    question = "wat are the zelensky trump talks supposed to be about"
    tokens = tokenize(question)
    assert decide.asks_topic(tokens) and not decide.asks_topic(tokenize("who talks about it"))
    people = [
        Resolved("volodymyr-zelensky", "person", "zelensky", 3, 4, 100.0),
        Resolved("donald-trump", "person", "trump", 4, 5, 100.0),
    ]
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokens, people, None, {}, {})
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
    met = decide.evidence_for(asked, credits, both, [meet], 0.0)
    focused = decide.evidence_for(asked, credits, both, [focus], 0.0)
    assert met.fact < focused.fact


def test_own_is_a_word_that_counts_only_where_the_sentence_has_it():
    # "who was killed by his own lions": "killed by his lions" lacks no word of it
    question = "who was killed by his own lions"
    analysis = analyze(question)
    asked = decide.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["killed", "own", "lions"]
    assert asked.soft == (False, True, False)


def test_why_did_asks_the_cause_of_an_event():
    def asks(question: str) -> bool:
        return decide.asks_event_cause(analyze(question), tokenize(question))

    assert asks("why did gillibrand drop out of the race")
    assert not asks("why does it matter to keep sending defensive arms")
    assert not asks("why didnt they use water bombing planes")
    assert not asks("did trump rule out a ceasefire")
    # "why would anyone ..." asks a doer's motive; "why would it matter" a value
    assert asks("why would anyone blow up a jackal in tamil nadu")
    assert not asks("why would it matter who attends")
    # any sequence of tokens will do, a tuple too, and a question cut short asks no motive
    assert not decide.asks_event_cause(analyze("why would"), ("why", "would"))


def test_a_yes_no_question_may_ask_with_a_light_verb():
    assert decide.asks_with_light_verb(tokenize("did the alaska summit get a ceasefire"))
    assert decide.asks_with_light_verb(tokenize("so did the summit get a ceasefire or not"))
    assert not decide.asks_with_light_verb(tokenize("did the summit produce a ceasefire"))
    assert not decide.asks_with_light_verb(tokenize("has it been a big talking point"))
    assert not decide.asks_with_light_verb(tokenize("what did they get"))
    # "go" is the light verb of motion; "going to" before a verb is the future
    assert decide.asks_with_light_verb(tokenize("would american arms go straight to ukraine"))
    assert decide.asks_with_light_verb(
        tokenize("could the weapons end up going to a european-led force")
    )
    assert not decide.asks_with_light_verb(tokenize("is macron going to attend the meeting"))
    # the future before any verb, not only the lexicon's; a motion to a destination
    assert not decide.asks_with_light_verb(tokenize("is the king going to abdicate"))
    assert not decide.asks_with_light_verb(tokenize("are they going to actually apologize"))
    assert decide.asks_with_light_verb(tokenize("are the weapons going to ukraine"))
    assert decide.asks_with_light_verb(tokenize("is he going to court over it"))
    assert decide.asks_with_light_verb(tokenize("is the money going to them"))
    # the everyday gap then needs no fact of the question's verb
    e = decide.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0, 0, False, False, -1.0)
    plain = decide.confidence(e, 1.0, 0.5, 20, ordinary=True)
    assert decide.confidence(e, 1.0, 0.5, 20, ordinary=True, light=True) > plain


def test_the_question_text_is_tokenized_once_for_its_topic_and_its_speaker(monkeypatch):
    """Asked.topic and the speaker-first check (says_asked) both read the question's words in
    order; one cached Asked.tokens serves both, so the text is tokenized once per question."""
    question = "what did andrzej duda say about the escape room owners"
    duda = Resolved("andrzej-duda", "person", "andrzej duda", 2, 4, 100.0)
    statement = SimpleNamespace(answer="statement", predicates=("say", "tell", "announce"))
    match = SimpleNamespace(intent=statement, score=70.0)  # not sure: says_asked reads on
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [duda], match)
    calls = []

    def counting(text):
        calls.append(text)
        return tokenize(text)

    monkeypatch.setattr(decide, "tokenize", counting)
    assert asked.topic == {"escape", "room", "owners"}
    assert asked.says_asked
    assert calls.count(question) == 1


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
        # a topic first: the question proper is read already (rank._asking_start)
        ("hurricane humberto - how often do hurricanes get close to bermuda?", None),
        ("how old was walter munk when he died", None),
        # a question inverts its auxiliary or stops; a subordinate clause has its subject first
        ("who won the race, and when did it end", "time"),
        ("who was the driver, and where from?", "place"),
        # words of talk first, as rank._asking_start skips them
        ("so who won the race, and when?", "time"),
        ("what did trump say, when asked about the ceasefire", None),
        ("what did the mayor of paris, where the summit was held, announce", None),
    ],
)
def test_a_second_question_asking_its_own_answer_type_is_found(question, later):
    found = decide.later_question(question, rank.analyze(question))
    assert (found.answer_type if found is not None else None) == later


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
    assert decide.asked_head(tokenize(question)) == head


def test_a_sentence_with_the_asked_noun_only_after_the_does_not_say_which():
    asked = set(tokenize("what microbes did sarah seagers team grow"))
    assert decide.names_head_only_generically(
        "microbes", "Although, the microbes grew more slowly than they would in air.", asked
    )
    # a modifier, an article that names, or a name the question lacks may say which
    for sentence in (
        "The team grew E. coli and other microbes in hydrogen.",
        "The microbes, Escherichia coli and yeast, grew in hydrogen.",
        "They grew microbes in hydrogen.",
    ):
        assert not decide.names_head_only_generically("microbes", sentence, asked)


def test_a_rival_with_every_word_the_best_sentence_lacks_and_has_is_a_fuller_rival():
    # zelensky, one, trump, european, leaders: the lead lacks "one" (on one), the rival has all
    lead = (1.0, 0.0, 1.0, 0.8, 1.0)
    untitled = (False,) * 5
    assert decide.fuller_rival(lead, untitled, [(1.0, 1.0, 1.0, 1.0, 1.0)])
    # the story's headline gives the word: every sentence of it has it
    assert not decide.fuller_rival(lead, (False, True, False, False, False), [(1.0,) * 5])
    # a rival that lacks something the best has, or has the word only through a pronoun
    assert not decide.fuller_rival(lead, untitled, [(1.0, 1.0, 0.0, 1.0, 1.0)])
    assert not decide.fuller_rival(lead, untitled, [(1.0, rank.CONTEXT_CREDIT, 1.0, 1.0, 1.0)])
    # a best sentence that lacks nothing, or no rival close enough
    assert not decide.fuller_rival((1.0,) * 5, untitled, [(1.0,) * 5])
    assert not decide.fuller_rival(lead, untitled, [])


def test_the_noun_subject_of_a_yes_no_question_is_read_unless_it_names_or_happens():
    assert decide.asked_noun_subject(tokenize("could the meetings also get into guarantees")) == (
        "meet"
    )
    assert decide.asked_noun_subject(tokenize("will the talks cover the war")) == "talk"
    # the event's own taking place: the meeting itself is asked about
    assert decide.asked_noun_subject(tokenize("will the meeting be held at the white house")) == ""
    # a word of a name is weighed by its entity
    kremlin = tokenize("does the kremlin want a say over the guarantees")
    assert decide.asked_noun_subject(kremlin, {"kremlin"}) == ""
    assert decide.asked_noun_subject(tokenize("is the trump meeting before the europeans")) == ""


def test_a_fact_about_the_noun_subject_backs_the_question_and_one_of_its_verb_does_not():
    """ "Could the meetings also get into security guarantees": "The meetings discuss real
    security guarantees" is about the meetings; "Zelensky meets Trump", whose verb only shares
    the noun's stem, says nothing of what they get into."""
    question = "could the meetings also get into security guarantees"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [1.0] * len(asked.question.terms)
    base = dict(speaker=None, place=None, time=None, subject_entity=None, object_entity=None)
    discuss = dict(base, subject="The meetings", predicate="discuss", object="guarantees")
    meet = dict(
        base, subject="Zelensky", predicate="meet", object="Trump", subject_entity="zelensky"
    )
    assert decide.evidence_for(asked, credits, set(), [discuss], 0.0).fact == 1.0
    assert decide.evidence_for(asked, credits, set(), [meet], 0.0).fact == 0.0


def test_a_headline_naming_the_question_s_rare_word_has_its_share():
    rare, common = decide.ABOUT_RARITY + 1.0, decide.ABOUT_RARITY - 1.0
    hits = [(True, True), (False, True), (True, False)]
    assert decide.headline_shares([rare, common], hits) == [1.0, 0.0, 1.0]
    # no rival: one story, or no headline with a rare word of the question
    assert decide.headline_shares([rare, common], [(True, True), (True, True)]) == [0.0, 0.0]
    assert decide.headline_shares([common, common], hits) == [0.0, 0.0, 0.0]


def test_a_lead_lacking_the_question_s_own_word_that_its_story_has_gives_way():
    """ "what guitar solo is he famous for": the lead reports a death, a later sentence of the
    story has "solo"; not when the later sentence has the word as a name ("Joel Smithers")."""
    rare = decide.DETAIL_RARITY + 1.0
    texts = [
        "Eddie Van Halen, lead guitarist of Van Halen, died Tuesday.",
        "He is best known for his guitar solo Eruption.",
        "A famous solo came later, in another story.",
    ]
    matches = [(0.0,), (1.0,), (1.0,)]
    articles = ["vanhalen", "vanhalen", "other"]
    args = (articles, matches, (False,), (rare,), ("solo",))
    assert decide.detail_elsewhere(0, *args, texts)
    assert not decide.detail_elsewhere(0, articles, matches, (True,), (rare,), ("solo",), texts)
    assert not decide.detail_elsewhere(0, articles, matches, (False,), (1.0,), ("solo",), texts)
    named = [texts[0], "Dr. Joel Smithers was found guilty in May.", texts[2]]
    assert not decide.detail_elsewhere(0, articles, matches, (False,), (rare,), ("smither",), named)


def test_a_sentence_without_the_asked_type_sets_the_scene_when_its_story_has_one():
    """A sentence lacking the number "how many" must get loses more when another candidate of
    its story gives one (decide.STORY_TYPED_MISS); in a story without one it keeps its place."""
    articles = ["fire", "fire", "fire", "quake", "quake"]
    lacks = [True, False, True, True, True]
    assert decide.typed_elsewhere(articles, lacks) == [0, 2]
    assert decide.STORY_TYPED_MISS < 0


def test_a_yes_no_question_s_when_clause_asks_no_time_within_one_story():
    """ "will the guarantees come up when he sees the europeans" matches the "when will {event}"
    intent on its clause but asks whether: in one story it wants no time (CLAUSE_TYPES)."""
    time = SimpleNamespace(answer="time", predicates=())
    match = SimpleNamespace(intent=time, score=85.0)
    yesno = analyze("will the guarantees come up when he sees the europeans")
    assert decide.intent_wants(match, yesno, one_story=True) == ""
    # across several stories the type miss still guards near misses
    assert decide.intent_wants(match, yesno) == "time"
    # a question asking when keeps its time
    when = analyze("when will he see the europeans")
    assert decide.intent_wants(match, when, one_story=True) == "time"


def test_a_name_a_news_story_repeats_counts_as_covered_by_each_of_its_sentences():
    """Within one dated story, a rare question word that three of its candidates have (and its
    headline and lead do not) is the story's: a sentence without it gets back its coverage.
    Not for an undated document, nor a word of the headline, nor a common word."""
    articles = ["quake"] * 4 + ["other"]
    # terms: died (common), samos (rare, repeated), izmir (rare, from the headline)
    matches = [(1, 1, 0), (1, 0, 0), (0, 1, 1), (0, 1, 0), (1, 1, 1)]
    story = [(False, False, True)] * 5
    weights = (1.8, 4.7, 4.5)
    dated = [True] * 5
    out = decide.story_relative(articles, matches, story, weights, dated)
    lacks = decide.BONUS_WEIGHTS["coverage"] * 4.7 / sum(weights)
    assert out == [0.0, pytest.approx(lacks), 0.0, 0.0, 0.0]
    assert decide.story_relative(articles, matches, story, weights, [False] * 5) == [0.0] * 5
    common = (1.8, 2.0, 4.5)
    assert decide.story_relative(articles, matches, story, common, dated) == [0.0] * 5


def test_within_stories_only_reorders_the_sentences_of_each_story():
    """Each story keeps its own scores, dealt out in the order of the keys: the story that led
    still leads, with the same best score."""
    articles = ["a", "a", "b", "a"]
    scores = [10.0, 8.0, 9.0, 5.0]
    keys = [10.0, 11.0, 9.0, 5.0]
    assert decide.within_stories(articles, scores, keys) == [8.0, 10.0, 9.0, 5.0]


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
    relation = decide.asked_relation(q, rank.read_tokens(tokenize(question)))
    assert {t.word for t, r in zip(q.terms, relation, strict=True) if r} == verbs


def test_a_sentence_of_a_news_story_that_says_the_asked_relation_moves_up_in_it():
    """The relation earns RELATION times its rarity share, only in a dated story."""
    articles = ["toilet"] * 3
    # terms: made (the relation), toilet, stolen
    matches = [(0, 1, 1), (1, 1, 0), (0, 0, 1)]
    story = [(False, False, False)] * 3
    weights = (1.1, 2.7, 2.6)
    relation = (True, False, False)
    out = decide.story_relative(articles, matches, story, weights, [True] * 3, relation)
    assert out == [0.0, pytest.approx(decide.RELATION * 1.1 / sum(weights)), 0.0]
    undated = decide.story_relative(articles, matches, story, weights, [False] * 3, relation)
    assert undated == [0.0] * 3


def _incidental(question: str, missing: set[str], told: frozenset[str] = frozenset()) -> float:
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if w in missing else 1.0 for w in asked.term_words]
    return decide.incidental_gap(asked, credits, [w in told for w in asked.term_words])


def test_the_askers_own_wording_is_an_incidental_gap_and_what_is_asked_is_not():
    # "is russia willing to sit down with ukraine directly": the sentence says they want no
    # direct talks in other words; "directly" and "room" are how the asker tells it
    assert _incidental("will russia sit down with ukraine directly", {"directly"}) > 0.0
    assert _incidental("does zelensky get trump alone or is everyone in the room", {"room"}) > 0.0
    assert _incidental("what did they say regarding the ceasefire", {"regarding"}) > 0.0
    # a word that changes what is asked is not: time and order, precision, the "which N",
    # the verb after the auxiliary, the event's participle, a number, a name, a rare word
    assert _incidental("when is the next summit", {"next"}) == 0.0
    assert _incidental("will trump and putin meet again", {"again"}) == 0.0
    assert _incidental("is witkoff at the monday meeting", {"monday"}) == 0.0
    assert _incidental("what is the actual date of the meeting", {"actual"}) == 0.0
    assert _incidental("which countries would send soldiers", {"countries"}) == 0.0
    assert _incidental("which country would command the force", {"command"}) == 0.0
    assert _incidental("when was zelensky elected", {"elected"}) == 0.0
    # the asked verb of a yes/no question comes after its subject, not after the auxiliary
    assert _incidental("will russia attack poland", {"attack"}) == 0.0
    assert _incidental("can trump stop the war", {"stop"}) == 0.0
    assert _incidental("who won the summit", {"won"}) == 0.0
    assert _incidental("which country will host the peace deal signing", {"signing"}) == 0.0
    assert _incidental("is it just the two of them", {"two"}) == 0.0
    assert _incidental("is the 10 point plan ready", {"10"}) == 0.0
    # the noun counted ("how many N") is what is asked, however common
    assert _incidental("how many troops will go", {"troops"}) == 0.0
    assert _incidental("will they meet in france", {"france"}) == 0.0
    assert _incidental("will the us send patriot missiles", {"patriot"}) == 0.0
    # a hedge is left out of the coverage already ("expected" is a past form too, so "likely"
    # is the one that tells), and a word the story has is no gap
    assert _incidental("will they likely meet", {"likely"}) == 0.0
    assert (
        _incidental(
            "will russia sit down with ukraine directly", {"directly"}, frozenset({"directly"})
        )
        == 0.0
    )


def test_an_incidental_gap_counts_less_only_in_a_single_long_story():
    e = decide.Evidence(1.0, True, 0.0, 0.0, 0.2, False, False, 0.0)
    plain = decide.confidence(e, 0.5, 2.0, 30)
    assert decide.confidence(e, 0.5, 2.0, 30, incidental=0.2) > plain
    # several stories compete: the missing word may be what tells them apart
    several = decide.confidence(e, 0.5, 2.0, 30, stories=3)
    assert decide.confidence(e, 0.5, 2.0, 30, stories=3, incidental=0.2) == several
    # an encyclopedia summary (WikiQA's) is read as before
    short = decide.confidence(e, 0.5, 2.0, 8)
    assert decide.confidence(e, 0.5, 2.0, 8, incidental=0.2) == short


def test_an_incidental_gap_counts_less_in_a_story_the_question_identified_among_several():
    e = decide.Evidence(1.0, True, 0.0, 0.0, 0.2, False, False, 0.0)
    several = decide.confidence(e, 0.5, 2.0, 30, stories=3)
    lifted = decide.confidence(e, 0.5, 2.0, 30, stories=3, incidental=0.2, identified=True)
    single = decide.confidence(e, 0.5, 2.0, 30, incidental=0.2) - decide.confidence(e, 0.5, 2.0, 30)
    assert lifted > several
    # only the gap: the several-stories penalty stays (a lone story on a topic is far ahead
    # of the rest without the asked detail)
    assert lifted < decide.confidence(e, 0.5, 2.0, 30, incidental=0.2)
    assert single > 0.0
    # an encyclopedia summary is read as before
    short = decide.confidence(e, 0.5, 2.0, 8, stories=3, identified=True)
    assert decide.confidence(e, 0.5, 2.0, 8, stories=3, incidental=0.2, identified=True) == short


def test_a_story_is_identified_by_its_lead_over_every_other_story():
    scores = [9.0, 7.5, 4.0, 3.0]
    articles = ["a", "a", "b", "c"]
    # its own story's runner-up does not count: the other stories' best does
    assert decide.story_lead(scores, articles, 0) == pytest.approx(5.0)
    assert decide.story_lead(scores, articles, 0) >= decide.IDENTIFIED_STORY_LEAD
    assert decide.story_lead([9.0, 7.5], ["a", "a"], 0) == float("inf")


def test_across_several_stories_the_noun_of_whats_the_n_is_asked():
    question = "whats the names of the two men arrested for the theft"
    asked = decide.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if w == "names" else 1.0 for w in asked.term_words]
    assert decide.incidental_gap(asked, credits) > 0.0
    assert decide.incidental_gap(asked, credits, several=True) == 0.0


def test_coverage_is_read_from_the_hedged_share_where_it_differs_from_the_missing_one():
    """The confidence and the --debug line read one coverage: what the sentence lacks with the
    asker's hedges left out, where that differs, else all it lacks."""
    plain = decide.Evidence(1.0, True, 0.0, 0.0, 0.3, False, False, 0.0)
    hedged = plain._replace(hedged=0.1)
    assert decide.read_coverage(plain) == pytest.approx(0.7)
    assert decide.read_coverage(hedged) == pytest.approx(0.9)


def test_a_story_is_pinned_by_a_question_word_only_its_headline_or_lead_has():
    """A word of the question that one story's headline or lead has and no other story's
    ("badalona") names that story; a word several headlines share does not, nor does one the
    answering sentence itself says (its coverage counts it already)."""
    heads = decide.head_stems(
        [
            ("fire", "Catalonia apartment block fire kills three"),
            ("fire", "A fire broke out in Badalona on Tuesday."),
            ("flood", "Flood in Catalonia leaves thousands homeless"),
        ]
    )
    assert heads.stories[stem("badalona")] == 1
    assert heads.stories[stem("catalonia")] == 2
    detail = frozenset(stem(w) for w in ["the", "baby", "was", "critically", "ill"])
    terms = [stem(w) for w in ["badalona", "fire", "hurt"]]
    assert decide.pinned_story(terms, heads, "fire", detail)
    assert not decide.pinned_story(terms, heads, "flood", detail)  # not its headline's word
    assert not decide.pinned_story([stem("catalonia")], heads, "fire", detail)  # two stories'
    says_it = detail | {stem("badalona")}
    assert not decide.pinned_story(terms, heads, "fire", says_it)
    assert not decide.pinned_story(terms, heads, "unknown", detail)


def test_the_clear_best_sentence_of_a_pinned_story_does_not_take_the_several_stories_shift():
    """Identified by the ranker's lead, named by a word only its headline has, and the clear
    best sentence (decide.CLEAR_BEST_MARGIN): no other story's near miss, so the shift for
    competing stories (decide.SEVERAL_STORIES) is not taken; short of the margin it is."""
    e = decide.Evidence(1.0, True, 0.0, 0.5, 0.5, False, False, 0.0)  # covers too little

    def log_odds(p: float) -> float:
        return math.log(p / (1 - p))

    clear = decide.CLEAR_BEST_MARGIN
    identified = decide.confidence(e, 0.5, clear, 30, stories=3, identified=True)
    pinned = decide.confidence(e, 0.5, clear, 30, stories=3, identified=True, pinned=True)
    assert log_odds(pinned) - log_odds(identified) == pytest.approx(-decide.SEVERAL_STORIES)
    close = decide.confidence(e, 0.5, clear - 1, 30, stories=3, identified=True)
    short = decide.confidence(e, 0.5, clear - 1, 30, stories=3, identified=True, pinned=True)
    assert short == close
    # pinned by its headline but not identified by the ranking: as before
    unidentified = decide.confidence(e, 0.5, clear, 30, stories=3)
    assert decide.confidence(e, 0.5, clear, 30, stories=3, pinned=True) == unidentified


def test_the_clear_best_sentence_of_a_pinned_story_is_read_as_one_storys():
    """A story the question pinned (decide.pinned_story), identified, whose sentence is the
    clear best and covers enough of the question, gains what the clear best sentence of a single
    story gains (decide.CLEAR_BEST) on top of not taking decide.SEVERAL_STORIES."""
    e = decide.Evidence(1.0, True, 0.0, 1.0, 0.05, False, False, 0.0)

    def log_odds(p: float) -> float:
        return math.log(p / (1 - p))

    clear = decide.CLEAR_BEST_MARGIN
    identified = decide.confidence(e, 0.5, clear, 30, stories=3, identified=True)
    pinned = decide.confidence(e, 0.5, clear, 30, stories=3, identified=True, pinned=True)
    assert pinned == decide.confidence(e, 0.5, clear, 30)  # as in one story
    lift = log_odds(pinned) - log_odds(identified)
    assert lift == pytest.approx(decide.CLEAR_BEST - decide.SEVERAL_STORIES)
