"""The fact table's evidence about a candidate sentence, and the decision to answer."""

from __future__ import annotations

import math
from types import SimpleNamespace

import pytest

from bot import (
    coverage_gaps,
    decide,
    fact_evidence,
    question_evidence,
    question_forms,
    term_matching,
)
from bot.question_analysis import analyze
from bot.rank_features import DEFAULT_RARITY
from bot.resolve import Resolved
from bot.text import tokenize

LEADERS = {"vladimir-putin": "russia", "donald-trump": "united-states"}


def evidence(question: str, resolved: list[Resolved], mentions: set[str], leaders=LEADERS):
    analysis = analyze(question)
    asked = question_evidence.asked(
        analysis, DEFAULT_RARITY, tokenize(question), resolved, None, {}, leaders
    )
    credits = [0.0] * len(analysis.terms)
    return fact_evidence.evidence_for(asked, credits, mentions, (), 0.0)


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


def test_a_hedge_the_sentence_lacks_is_neither_covered_nor_missing():
    # "what kind of army is ukraine expected to keep": "the need for Ukraine to maintain a
    # sizable ... military force" states it without the expectation
    question = "what army is ukraine expected to keep"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["army", "ukraine", "expected", "keep"]
    hedged = fact_evidence.evidence_for(asked, [1.0, 1.0, 0.0, 1.0], set(), (), 0.0)
    assert hedged.hedged == 0.0
    # the ranking still prefers a sentence that has it ("the talks are *expected* to focus on")
    assert hedged.missing == asked.weights[2] / asked.total
    full = fact_evidence.evidence_for(asked, [1.0, 1.0, 1.0, 1.0], set(), (), 0.0)
    assert (full.missing, full.hedged) == (0.0, -1.0)
    assert decide.confidence(hedged, 1.0, 1.0, 20) == decide.confidence(full, 1.0, 1.0, 20)
    # another word missing still counts
    army = asked.weights[0]
    partial = fact_evidence.evidence_for(asked, [0.0, 1.0, 0.0, 1.0], set(), (), 0.0)
    assert partial.hedged == army / (asked.total - asked.weights[2])
    # forecasts are hedges too: "which topics are the talks projected to centre on"
    projected = "what are the talks projected to cover"
    asked = question_evidence.asked(
        analyze(projected), DEFAULT_RARITY, tokenize(projected), [], None
    )
    assert asked.soft == (False, True, False)


def _say_question(question: str, resolved: list[Resolved]) -> question_evidence.Asked:
    statement = SimpleNamespace(answer="statement", predicates=("say", "tell", "announce"))
    match = SimpleNamespace(intent=statement, score=100.0)
    analysis = analyze(question)
    return question_evidence.asked(
        analysis, DEFAULT_RARITY, tokenize(question), resolved, match, {}, {}
    )


def test_other_stories_competing_lower_the_confidence():
    putin = [Resolved("vladimir-putin", "person", "putin", 1, 2, 100.0)]
    sure = evidence("does putin want a veto", putin, {"russia"})
    alone = decide.confidence(sure, 0.8, 2.0, 30)
    assert decide.confidence(sure, 0.8, 2.0, 30, stories=3) < alone
    assert decide.confidence(sure, 0.8, 2.0, 30, stories=1) == alone


def test_the_ranking_bonus_reads_the_fact_as_ranked():
    """A fact the question has only as a noun counts at its ranking share
    (fact_evidence.NOUN_FACT_SHARE) in the bonus; the confidence still reads ``fact``."""
    full = fact_evidence.Evidence(1.0, False, 1.0, 0.0, 0.2, False, False, 0.0)
    halved = full._replace(ranking_fact=0.5)
    weight = decide.BONUS_WEIGHTS["fact"]
    assert decide.bonus(full, 0.8) - decide.bonus(halved, 0.8) == pytest.approx(weight * 0.5)
    assert decide.bonus(full._replace(ranking_fact=1.0), 0.8) == decide.bonus(full, 0.8)


def test_several_stories_none_far_ahead_lower_the_confidence_further():
    """Where no story is far ahead of the others (decide.IDENTIFIED_STORY_LEAD), the question
    fits several about as well: its best sentence is likelier a near miss than where one
    story leads (decide.UNIDENTIFIED_STORY)."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.05, False, False, 0.0)

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
    covered = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.1, False, False, 0.0)

    def gain(e: fact_evidence.Evidence, stories: int = 1, sentences: int = 20) -> float:
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
    """coverage_gaps.ordinary_gap for a sentence that has every word of ``question`` but those."""
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if w in uncovered else 1.0 for w in asked.term_words]
    return coverage_gaps.ordinary_gap(asked, credits)


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
    backed = fact_evidence.Evidence(1.0, True, 0.75, 0.0, 0.18, False, False, 0.0)

    def gain(e: fact_evidence.Evidence, stories: int = 1, sentences: int = 20) -> float:
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
    found = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.0, False, False, 0.0)
    missing = found._replace(typed=0.0, type_miss=True)
    assert decide.bonus(missing, 0.5) < decide.bonus(found, 0.5)


def test_a_news_sentence_that_states_no_cause_ranks_lower_for_why():
    """Only for a "why" question and only in a dated story; a stated cause keeps its place."""
    plain = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
    base = decide.bonus(plain, 0.5)
    assert decide.bonus(plain, 0.5, "reason", dated=True) == base + decide.CAUSE_MISS_BONUS
    assert decide.bonus(plain, 0.5, "reason", dated=False) == base
    assert decide.bonus(plain, 0.5, "time", dated=True) == base
    assert decide.bonus(plain._replace(typed=1.0), 0.5, "reason", dated=True) == base


ROLE = SimpleNamespace(
    intent=SimpleNamespace(answer="person", predicates=["role"], require_fact=True), score=100.0
)


def role_fact(person: str, title: str) -> dict[str, object]:
    return {"predicate": "role", "subject_entity": person, "object": title, "speaker": None}


def supported(question: str, named: list[Resolved], fact, leaders=None) -> bool:
    analysis = analyze(question)
    tokens = tokenize(question)
    asked = question_evidence.asked(
        analysis, DEFAULT_RARITY, tokens, named, ROLE, {}, leaders or {}
    )
    credits = [0.0] * len(analysis.terms)
    return fact_evidence.evidence_for(asked, credits, set(), [fact], 0.0).intent_fact == 1.0


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


def test_a_role_of_what_a_person_named_as_served_leads_answers_for_their_agent():
    """ "trumps envoy": the White House envoy, a role of the United States, which Trump leads."""
    trump = [Resolved("donald-trump", "person", "trump", 4, 5, 100.0)]
    leaders = {"donald-trump": "united-states"}
    envoy = {**role_fact("steve-witkoff", "White House envoy"), "object_entity": "united-states"}
    assert supported("whats the name of trumps envoy", trump, envoy, leaders)
    assert not supported("whats the name of trumps envoy", trump, envoy)  # not known to lead it
    rubio = {**role_fact("marco-rubio", "Secretary of State"), "object_entity": "united-states"}
    assert not supported("whats the name of trumps envoy", trump, rubio, leaders)  # no envoy


def test_a_role_fact_answers_a_question_that_spells_its_title_another_way():
    """ "CEO" and "chief executive", "adviser" and "advisor" are one title each."""
    twitter = [Resolved("twitter", "org", "twitter", 3, 4, 100.0)]
    assert supported("who is the twitter ceo", twitter, role_fact("j-d", "Twitter Chief Executive"))
    assert supported("who is the twitter chief executive", twitter, role_fact("j-d", "Twitter CEO"))
    assert supported("who is the security advisor", [], role_fact("j-b", "Security Adviser"))
    assert not supported("who is the twitter ceo", twitter, role_fact("j-d", "Twitter Chairman"))


def lead_of(question: str, named: Resolved, name: str, title: str) -> str | None:
    fact = {**role_fact(named.entity, title), "subject": name}
    return decide.lead(ROLE, [fact], [named], analyze(question), {named.entity: name})


def test_the_lead_line_names_whom_the_question_asks_by_a_title_of_their_name():
    """ "who is the pope" names Pope Leo XIV by his title, not by his name, though his name
    (and its id, pope-leo-xiv) has the title: the lead says who he is."""
    pope = Resolved("pope-leo-xiv", "person", "pope", 3, 4, 100.0, "pope")
    assert lead_of("who is the pope", pope, "Pope Leo XIV", "Pope") == "Who: Pope Leo XIV"
    # named by a word of his name, the question needs no lead that repeats it
    leo = Resolved("pope-leo-xiv", "person", "pope leo", 2, 4, 100.0, "pope")
    assert lead_of("who is pope leo", leo, "Pope Leo XIV", "Pope") is None
    # a name's letters as the coverage writes them, which its id lost (ukasz-szumowski)
    minister = Resolved("ukasz-szumowski", "person", "łukasz szumowski", 2, 4, 100.0, "minister")
    assert lead_of("who is łukasz szumowski", minister, "Łukasz Szumowski", "Minister") is None


def test_words_a_pronoun_inherits_count_partly_uncovered_in_the_ranking_only():
    # "However, these efforts face strong opposition" takes "army" and "independence" from the
    # sentence before, which says them: for the ranking, not as if it said them itself
    question = "what would a strong army mean for independence"
    analysis = analyze(question)
    asked = question_evidence.asked(analysis, DEFAULT_RARITY, tokenize(question), [], None)
    assert [t.word for t in analysis.terms] == ["strong", "army", "independence"]
    context = term_matching.CONTEXT_CREDIT
    inherited = fact_evidence.evidence_for(asked, [1.0, context, context], set(), (), 0.0)
    said = fact_evidence.evidence_for(asked, [1.0, 0.8, 0.8], set(), (), 0.0)
    assert said.missing == 0.0
    share = (1.0 - context) * (asked.weights[1] + asked.weights[2]) / asked.total
    assert abs(inherited.missing - share) < 1e-9
    # the confidence reads them as covered, as before
    assert inherited.hedged == 0.0
    assert decide.confidence(inherited, 1.0, 1.0, 20) == decide.confidence(said, 1.0, 1.0, 20)


def test_a_yes_no_question_may_ask_with_a_light_verb():
    assert question_forms.asks_with_light_verb(tokenize("did the alaska summit get a ceasefire"))
    assert question_forms.asks_with_light_verb(tokenize("so did the summit get a ceasefire or not"))
    assert not question_forms.asks_with_light_verb(tokenize("did the summit produce a ceasefire"))
    assert not question_forms.asks_with_light_verb(tokenize("has it been a big talking point"))
    assert not question_forms.asks_with_light_verb(tokenize("what did they get"))
    # "go" is the light verb of motion; "going to" before a verb is the future
    assert question_forms.asks_with_light_verb(
        tokenize("would american arms go straight to ukraine")
    )
    assert question_forms.asks_with_light_verb(
        tokenize("could the weapons end up going to a european-led force")
    )
    assert not question_forms.asks_with_light_verb(
        tokenize("is macron going to attend the meeting")
    )
    # the future before any verb, not only the lexicon's; a motion to a destination
    assert not question_forms.asks_with_light_verb(tokenize("is the king going to abdicate"))
    assert not question_forms.asks_with_light_verb(tokenize("are they going to actually apologize"))
    assert question_forms.asks_with_light_verb(tokenize("are the weapons going to ukraine"))
    assert question_forms.asks_with_light_verb(tokenize("is he going to court over it"))
    assert question_forms.asks_with_light_verb(tokenize("is the money going to them"))
    # "give" intel or support is providing it, which the sentence says in its own words
    assert question_forms.asks_with_light_verb(tokenize("does the US give intel to the force"))
    # the everyday gap then needs no fact of the question's verb
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0, 0, False, False, -1.0)
    plain = decide.confidence(e, 1.0, 0.5, 20, ordinary=True)
    assert decide.confidence(e, 1.0, 0.5, 20, ordinary=True, light=True) > plain


def test_the_everyday_gap_of_a_yes_no_question_counts_in_its_identified_story_among_several():
    e = fact_evidence.Evidence(1.0, True, 0.5, 0.0, 0.0, False, False, 0.0, 0, False, False, -1.0)
    among = decide.confidence(e, 1.0, 0.5, 20, stories=5, identified=True)
    assert decide.confidence(
        e, 1.0, 0.5, 20, stories=5, identified=True, ordinary=True
    ) == pytest.approx(1 / (1 + math.exp(-(math.log(among / (1 - among)) + decide.ORDINARY_GAP))))
    # where no story is far ahead, the gap may be what tells the stories apart
    unidentified = decide.confidence(e, 1.0, 0.5, 20, stories=5)
    assert decide.confidence(e, 1.0, 0.5, 20, stories=5, ordinary=True) == unidentified


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


def test_a_news_sentence_giving_background_falls_behind_its_story():
    """A candidate that sets the scene (or states a rule) loses BACKGROUND in a dated story of
    two or more candidates, whatever else the story's words do; not in an undated one."""
    articles = ["seats"] * 2 + ["other"]
    matches = [(1, 1), (1, 1), (1, 0)]
    story = [(False, False)] * 3
    weights = (2.0, 2.0)
    background = [True, False, True]
    out = decide.story_relative(articles, matches, story, weights, [True] * 3, (), background)
    assert out == [-decide.BACKGROUND, 0.0, 0.0]  # "other" has one candidate: nothing to order
    undated = decide.story_relative(articles, matches, story, weights, [False] * 3, (), background)
    assert undated == [0.0] * 3


def test_within_stories_only_reorders_the_sentences_of_each_story():
    """Each story keeps its own scores, dealt out in the order of the keys: the story that led
    still leads, with the same best score."""
    articles = ["a", "a", "b", "a"]
    scores = [10.0, 8.0, 9.0, 5.0]
    keys = [10.0, 11.0, 9.0, 5.0]
    assert decide.within_stories(articles, scores, keys) == [8.0, 10.0, 9.0, 5.0]


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


def test_the_one_sentence_of_a_story_that_says_what_the_question_adds_moves_up_in_it():
    """ "where did elijah cummings go to law school": the story names Cummings in every
    sentence; the one that says "law school" holds the asked detail. A word the headline gives,
    or one that several of the story's sentences say, is its topic and earns nothing."""
    articles = ["cummings"] * 6
    # terms: cummings (the headline's), law, school, congress (said by three)
    matches = [
        (1, 0, 0, 1),
        (1, 0, 0, 1),
        (1, 1, 1, 0),
        (1, 0, 0, 1),
        (1, 0, 0, 0),
        (1, 0, 0, 0),
    ]
    story = [(True, False, False, False)] * 6
    weights = (3.5, 1.5, 1.3, 2.1)
    out = decide.story_relative(articles, matches, story, weights, [True] * 6)
    adds = decide.RELATION * (1.5 + 1.3) / sum(weights)
    assert out == [0.0, 0.0, pytest.approx(adds), 0.0, 0.0, 0.0]
    assert decide.story_relative(articles, matches, story, weights, [False] * 6) == [0.0] * 6


def test_a_rare_name_one_sentence_says_points_at_the_scene_and_earns_no_detail_reward():
    """ "who won the nomination after amash dropped out": the story's one sentence that names
    Amash tells of his withdrawal, not who won; the name is how the asker places the story."""
    articles = ["convention"] * 6
    # terms: nomination (the headline's), amash (said by one), won (said by one)
    matches = [(1, 1, 0), (1, 0, 1), (1, 0, 0), (1, 0, 0), (1, 0, 0), (1, 0, 0)]
    story = [(True, False, False)] * 6
    weights = (2.0, 5.0, 1.5)
    dated = [True] * 6
    plain = decide.story_relative(articles, matches, story, weights, dated)
    assert plain[0] == pytest.approx(decide.RELATION * 5.0 / sum(weights))
    naming = (False, True, False)
    out = decide.story_relative(articles, matches, story, weights, dated, naming=naming)
    assert out[0] == 0.0
    assert out[1] == pytest.approx(decide.RELATION * 1.5 / sum(weights))  # still a detail


def _incidental(question: str, missing: set[str], told: frozenset[str] = frozenset()) -> float:
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    credits = [0.0 if w in missing else 1.0 for w in asked.term_words]
    return coverage_gaps.incidental_gap(asked, credits, [w in told for w in asked.term_words])


def test_the_askers_own_wording_is_an_incidental_gap_and_what_is_asked_is_not():
    # "does zelensky get trump alone or is everyone in the room": the sentence says "one-on-one";
    # "room" is how the asker tells it
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
    # "directly" is a hedge too (question_parts.SOFT_WORDS): "will russia sit down with ukraine
    # directly" is answered by "unwilling to engage in ... talks with Ukraine"
    assert _incidental("will russia sit down with ukraine directly", {"directly"}) == 0.0
    assert (
        _incidental(
            "will russia sit down with ukraine directly", {"directly"}, frozenset({"directly"})
        )
        == 0.0
    )


def test_an_incidental_gap_counts_less_only_in_a_single_long_story():
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.2, False, False, 0.0)
    plain = decide.confidence(e, 0.5, 2.0, 30)
    assert decide.confidence(e, 0.5, 2.0, 30, incidental=0.2) > plain
    # several stories compete: the missing word may be what tells them apart
    several = decide.confidence(e, 0.5, 2.0, 30, stories=3)
    assert decide.confidence(e, 0.5, 2.0, 30, stories=3, incidental=0.2) == several
    # an encyclopedia summary (WikiQA's) is read as before
    short = decide.confidence(e, 0.5, 2.0, 8)
    assert decide.confidence(e, 0.5, 2.0, 8, incidental=0.2) == short


def test_a_sentence_without_a_fact_is_no_near_miss_for_a_question_that_asks_no_relation():
    """ "european troops in ukraine?" asks no verb for a fact to have: a sentence covering it
    without one is read as having a fact of what it names (decide.UNASKED_RELATION_COVERAGE)."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
    plain = decide.confidence(e, 0.9, 0.7, 20)
    lifted = decide.confidence(e, 0.9, 0.7, 20, relationless=True)
    assert plain < 0.5 < lifted
    with_fact = e._replace(fact=decide.VERBLESS_FACT)
    assert lifted == pytest.approx(decide.confidence(with_fact, 0.9, 0.7, 20))
    # a sentence that lacks part of the question, another story's, or a short summary's: as before
    partial = e._replace(missing=0.2)
    assert decide.confidence(partial, 0.9, 0.7, 20, relationless=True) == decide.confidence(
        partial, 0.9, 0.7, 20
    )
    # a near tie with the runner-up: the question's words do not choose between them
    tied = decide.confidence(e, 0.9, 0.2, 20)
    assert decide.confidence(e, 0.9, 0.2, 20, relationless=True) == tied
    several = decide.confidence(e, 0.9, 0.7, 20, stories=2)
    assert decide.confidence(e, 0.9, 0.7, 20, stories=2, relationless=True) == several
    assert decide.confidence(e, 0.9, 0.7, 8, relationless=True) == decide.confidence(e, 0.9, 0.7, 8)


def test_an_incidental_gap_counts_less_in_a_story_the_question_identified_among_several():
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.2, False, False, 0.0)
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


def test_the_clear_best_sentence_of_a_pinned_story_does_not_take_the_several_stories_shift():
    """Identified by the ranker's lead, named by a word only its headline has, and the clear
    best sentence (decide.CLEAR_BEST_MARGIN): no other story's near miss, so the shift for
    competing stories (decide.SEVERAL_STORIES) is not taken; short of the margin it is."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.5, 0.5, False, False, 0.0)  # covers too little

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
    """A story the question pinned (story_rivals.pinned_story), identified, whose sentence is the
    clear best and covers enough of the question, gains what the clear best sentence of a single
    story gains (decide.CLEAR_BEST) on top of not taking decide.SEVERAL_STORIES."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.05, False, False, 0.0)

    def log_odds(p: float) -> float:
        return math.log(p / (1 - p))

    clear = decide.CLEAR_BEST_MARGIN
    identified = decide.confidence(e, 0.5, clear, 30, stories=3, identified=True)
    pinned = decide.confidence(e, 0.5, clear, 30, stories=3, identified=True, pinned=True)
    assert pinned == decide.confidence(e, 0.5, clear, 30)  # as in one story
    lift = log_odds(pinned) - log_odds(identified)
    assert lift == pytest.approx(decide.CLEAR_BEST - decide.SEVERAL_STORIES)


def test_a_yes_no_question_whose_sentence_denies_its_claim_is_answered_no_outright():
    """ "did the alaska summit get them a ceasefire in the end" - "... did not result in a
    breakthrough regarding a ceasefire": the denial settles the claim, so the asker's wording
    it lacks costs less (decide.DENIED_CLAIM), in one story or among several."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.12, False, False, 0.0)  # lacks "in the end"
    plain = decide.confidence(e, 0.8, 0.6, 20)
    denied = decide.confidence(e, 0.8, 0.6, 20, denied=True)
    assert plain < 0.5 < denied

    def log_odds(p: float) -> float:
        return math.log(p / (1 - p))

    several = decide.confidence(e, 0.8, 0.6, 20, stories=3)
    lifted = decide.confidence(e, 0.8, 0.6, 20, stories=3, denied=True)
    assert log_odds(lifted) - log_odds(several) == pytest.approx(decide.DENIED_CLAIM)


def test_a_phrase_of_the_question_said_in_the_sentence_counts_in_one_long_story_only():
    """coverage_gaps.phrased: the question's pair said as one phrase (decide.PHRASED), in a
    single long story; among several stories or in a short summary as before."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
    plain = decide.confidence(e, 0.8, 0.1, 20)
    assert plain < 0.5 < decide.confidence(e, 0.8, 0.1, 20, phrased=True)
    several = decide.confidence(e, 0.8, 0.1, 20, stories=3)
    assert decide.confidence(e, 0.8, 0.1, 20, stories=3, phrased=True) == several
    short = decide.confidence(e, 0.8, 0.1, 8)
    assert decide.confidence(e, 0.8, 0.1, 8, phrased=True) == short


def test_why_something_matters_is_answered_by_what_it_is_crucial_for():
    """ "why are these discussions so important" - "the discussions will be crucial in shaping
    Ukraine's future security": the complement is the reason (decide.IMPORTANCE_TOLD)."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.05, False, False, 0.0)
    plain = decide.confidence(e, 0.8, 1.2, 20)
    assert plain < 0.5 < decide.confidence(e, 0.8, 1.2, 20, importance=True)


def test_the_part_something_plays_is_answered_by_what_it_serves_as():
    """ "what role does ukraine's own military play" - "... a modernized military force as a key
    pillar of its own defense", 0.1 ahead of another sentence naming the military
    (decide.ROLE_TOLD)."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
    plain = decide.confidence(e, 1.0, 0.1, 20)
    assert plain < 0.5 < decide.confidence(e, 1.0, 0.1, 20, role=True)


def test_a_sentence_telling_what_the_question_s_form_asks_is_surer():
    """ "what are the leaders going to talk about" - "The talks are expected to focus on ...":
    the subject asked, named as one (decide.FORM_TOLD)."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
    plain = decide.confidence(e, 1.0, 0.1, 20)
    assert plain < 0.5 < decide.confidence(e, 1.0, 0.1, 20, form_told=True)


def test_a_form_told_in_kind_needs_no_fact_of_the_asker_s_verb():
    """ "what's the american president going to be hashing out with his ukrainian visitor" -
    "The talks are expected to focus on ...": the sentence says the form's verb in other words,
    so it has no fact of "hash out"; told in kind in a single long story, that lack is read as a
    verbless question's (decide.FORM_TOLD), though not in a short one."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
    told = decide.confidence(e, 1.0, 0.1, 20, form_told=True)
    verbless = fact_evidence.Evidence(
        1.0, True, fact_evidence.VERBLESS_FACT, 0.0, 0.0, False, False, 0.0
    )
    assert told == decide.confidence(verbless, 1.0, 0.1, 20, form_told=True)
    short = decide.confidence(e, 1.0, 0.1, 10, form_told=True)
    assert short < decide.confidence(verbless, 1.0, 0.1, 10, form_told=True)


def test_why_something_matters_told_in_kind_needs_no_fact_of_the_asker_s_verb():
    """ "how much do these sit-downs matter for kyiv's long-term safety" - "the discussions will
    be crucial in shaping ...": no fact of "matter", read as a verbless question's
    (decide.FORM_TOLD), as for the part something plays (ROLE_TOLD)."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0)
    verbless = e._replace(fact=fact_evidence.VERBLESS_FACT)
    for told in ({"importance": True}, {"role": True}):
        assert decide.confidence(e, 1.0, 0.8, 20, **told) == decide.confidence(
            verbless, 1.0, 0.8, 20, **told
        )


def test_the_occasion_a_word_of_sequence_picks_is_named_by_a_sentence_with_it():
    """ "who was the killer's first victim" - "McArthur's first victim of the eight was ...":
    decide.SEQUENCE_SAID."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.0, False, False, 0.0)
    plain = decide.confidence(e, 0.8, 1.0, 20, stories=10)
    assert plain < 0.5 < decide.confidence(e, 0.8, 1.0, 20, stories=10, sequence=True)


def test_a_death_s_cause_named_in_its_identified_story_answers_what_the_death_came_of():
    """ "what did tony mendez the cia guy die from" - "According to his publicist, Mendez died of
    Parkinson's disease": decide.DEATH_CAUSE_NAMED lifts a sentence the asker's other words for
    the dead ("the cia guy") held back."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 0.75, 0.1, False, False, 0.0)
    plain = decide.confidence(e, 0.8, 0.4, 20, stories=15, identified=True)
    named = decide.confidence(e, 0.8, 0.4, 20, stories=15, identified=True, death_cause=True)
    assert plain < 0.5 < named


def test_a_measure_given_in_its_asked_unit_is_seldom_a_near_miss():
    """ "how far away is the black hole" - "the black hole is about 1010 light years away":
    decide.MEASURE_GIVEN, read for a length, a speed, a magnitude or an age, not for a count or
    a share, which a number of anything gives."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.1, False, False, 0.0)
    plain = decide.confidence(e, 0.8, 0.6, 20, stories=10, identified=True)
    assert (
        plain < 0.5 < decide.confidence(e, 0.8, 0.6, 20, stories=10, identified=True, measured=True)
    )
    asked = [
        analyze(q).evidence_type in decide.MEASURED_TYPES
        for q in (
            "how far away is the nearest black hole",
            "how strong were hurricane humberto's winds",
            "how strong was the quake in surigao del sur",
            "how old was walter munk when he died",
            "how many people died in the quake",
            "what percent of nevada's legislature is women",
        )
    ]
    assert asked == [True, True, True, True, False, False]


def test_a_place_given_after_the_lead_is_the_where_detail_asked():
    """ "where was the epicenter of that 5.2 earthquake in puerto rico" - "The USGS placed the
    epicenter of the quake about eight kilometers southwest of the town of Guenica", held back
    among 9 stories: decide.PLACE_GIVEN lifts it past the threshold."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.1, False, False, 0.0)
    plain = decide.confidence(e, 0.8, 0.7, 20, stories=9, identified=True)
    given = decide.confidence(e, 0.8, 0.7, 20, stories=9, identified=True, place_given=True)
    assert plain < 0.5 < given


def test_a_group_word_one_sentence_says_itself_is_its_detail():
    """A question word of a related-word group ("unanimous", of agree's group) that most of its
    story says only in the group's other words ("agreed", "deal": credit RELATED) and one
    sentence in the word itself is still that sentence's detail, as before the word joined the
    group: the sentence saying "the unanimous judgment" earns RELATION times its rarity share,
    the others nothing. Taken as the group (an ungrouped term's related forms are its own), it
    would have been the story's repeated name instead."""
    articles = ["ruling"] * 6
    # terms: court (said by all), unanimous (itself once, its group three times)
    matches = [(1, 1.0), (1, 0.8), (1, 0.8), (1, 0.8), (1, 0), (1, 0)]
    story = [(False, False)] * 6
    weights = (1.6, 4.0)
    dated = [True] * 6
    out = decide.story_relative(articles, matches, story, weights, dated, (), (), (False, True))
    assert out == [pytest.approx(decide.RELATION * 4.0 / sum(weights)), 0.0, 0.0, 0.0, 0.0, 0.0]
    ungrouped = decide.story_relative(articles, matches, story, weights, dated)
    assert ungrouped[0] == 0.0


def test_the_clear_best_sentence_of_an_identified_story_answering_in_kind_is_read_as_one_storys():
    """ "how many house committees did pelosi tell to do the impeachment probe" - "she was
    directing six of the House's committees": a story the ranking identified among several,
    whose clear best sentence gives the asked thing in kind (confidence_checks.answers_in_kind),
    is no other story's near miss, so it is read as one story (decide.IN_KIND_MARGIN), as a
    pinned one is; short of the margin, or with the story not identified, as before."""
    e = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.05, False, False, 0.0)
    clear = decide.IN_KIND_MARGIN
    in_kind = decide.confidence(e, 0.5, clear, 30, stories=3, identified=True, in_kind=True)
    assert in_kind == decide.confidence(e, 0.5, clear, 30)  # as in one story
    assert in_kind > decide.confidence(e, 0.5, clear, 30, stories=3, identified=True)
    close = decide.confidence(e, 0.5, clear - 1, 30, stories=3, identified=True)
    short = decide.confidence(e, 0.5, clear - 1, 30, stories=3, identified=True, in_kind=True)
    assert short == close
    unidentified = decide.confidence(e, 0.5, clear, 30, stories=3)
    assert decide.confidence(e, 0.5, clear, 30, stories=3, in_kind=True) == unidentified
