"""Tests of bot.story_rivals (moved out of tests/bot/test_decide.py with the code)."""

from __future__ import annotations

import pytest

from bot import decide, question_evidence, question_parts, story_rivals, term_matching
from bot.question_analysis import analyze
from bot.rank_features import DEFAULT_RARITY
from bot.text import stem, tokenize
from facts.story_heads import unique_stems


def test_a_lead_that_covers_no_more_than_a_sentence_of_its_story_restates_it():
    articles = ["a", "a", "a", "b", "b"]
    leads = [1.0, 0.0, 0.0, 1.0, 0.0]
    local = [0.8, 0.8, 0.3, 0.9, 0.5]
    answering = [False] * 5
    # story a: the detail covers as much as the lead; story b: the lead covers more
    assert story_rivals.restating_leads(articles, leads, local, answering) == [0]
    # a lead whose own fact answers ("Zelensky is set to meet with Trump") does not restate
    assert story_rivals.restating_leads(articles, leads, local, [True] + answering[1:]) == []
    # story b's lead covers more, but says no depth where its second sentence does
    lacks = [True, True, True, True, False]
    assert story_rivals.restating_leads(articles, leads, local, answering, lacks) == [0, 3]
    # a lead alone among its story's candidates restates nothing
    assert story_rivals.restating_leads(["a", "b"], [1.0, 0.0], [0.2, 0.9], [False, False]) == []


def test_a_name_another_sentence_of_the_story_uses_is_not_a_name_the_coverage_lacks():
    # terms: americans, contribute, european, force; the answer says "US ... supporting this
    # force", another sentence of its story says "European", one of another story nothing
    articles = ["seed", "seed", "other"]
    matches = [(0.8, 0.0, 0.0, 1.0), (0.0, 0.0, 1.0, 1.0), (0.0, 0.0, 0.0, 0.0)]
    said = story_rivals.said_in_stories(articles, matches)
    assert said[0] == said[1] == (True, False, True, True)
    assert said[2] == (False, False, False, False)


def test_a_subject_word_only_the_headline_has_ranks_a_sentence_below_one_that_says_it():
    question = "will security guarantees come up in the talks"
    asked = question_evidence.asked(analyze(question), DEFAULT_RARITY, tokenize(question), [], None)
    words = asked.term_words
    says = tuple(1.0 if w in ("security", "guarantees") else 0.0 for w in words)
    lacks = tuple(1.0 if w == "talks" else 0.0 for w in words)
    story = tuple(w in ("security", "guarantees") for w in words)
    subject = question_parts.yesno_subject(tokenize(question))
    excess = story_rivals.story_subject_excess(
        asked, subject, ["a", "a", "b"], [says, lacks, lacks], [story, story, story]
    )
    assert excess[0] == 0.0 and excess[1] > 0.2
    assert excess[2] == 0.0  # the best of its own story: stories compete as before
    assert story_rivals.story_subject_excess(asked, frozenset(), ["a"], [lacks], [story]) == [0.0]


def test_a_rival_with_every_word_the_best_sentence_lacks_and_has_is_a_fuller_rival():
    # zelensky, one, trump, european, leaders: the lead lacks "one" (on one), the rival has all
    lead = (1.0, 0.0, 1.0, 0.8, 1.0)
    untitled = (False,) * 5
    assert story_rivals.fuller_rival(lead, untitled, [(1.0, 1.0, 1.0, 1.0, 1.0)])
    # the story's headline gives the word: every sentence of it has it
    assert not story_rivals.fuller_rival(lead, (False, True, False, False, False), [(1.0,) * 5])
    # a rival that lacks something the best has, or has the word only through a pronoun
    assert not story_rivals.fuller_rival(lead, untitled, [(1.0, 1.0, 0.0, 1.0, 1.0)])
    assert not story_rivals.fuller_rival(
        lead, untitled, [(1.0, term_matching.CONTEXT_CREDIT, 1.0, 1.0, 1.0)]
    )
    # a best sentence that lacks nothing, or no rival close enough
    assert not story_rivals.fuller_rival((1.0,) * 5, untitled, [(1.0,) * 5])
    assert not story_rivals.fuller_rival(lead, untitled, [])


def test_a_headline_naming_the_question_s_rare_word_has_its_share():
    rare, common = story_rivals.ABOUT_RARITY + 1.0, story_rivals.ABOUT_RARITY - 1.0
    hits = [(True, True), (False, True), (True, False)]
    assert story_rivals.headline_shares([rare, common], hits) == [1.0, 0.0, 1.0]
    # no rival: one story, or no headline with a rare word of the question
    assert story_rivals.headline_shares([rare, common], [(True, True), (True, True)]) == [0.0, 0.0]
    assert story_rivals.headline_shares([common, common], hits) == [0.0, 0.0, 0.0]


def test_a_lead_lacking_the_question_s_own_word_that_its_story_has_gives_way():
    """ "what guitar solo is he famous for": the lead reports a death, a later sentence of the
    story has "solo"; not when the later sentence has the word as a name ("Joel Smithers")."""
    rare = story_rivals.DETAIL_RARITY + 1.0
    texts = [
        "Eddie Van Halen, lead guitarist of Van Halen, died Tuesday.",
        "He is best known for his guitar solo Eruption.",
        "A famous solo came later, in another story.",
    ]
    matches = [(0.0,), (1.0,), (1.0,)]
    articles = ["vanhalen", "vanhalen", "other"]
    args = (articles, matches, (False,), (rare,), ("solo",))
    assert story_rivals.detail_elsewhere(0, *args, texts)
    assert not story_rivals.detail_elsewhere(
        0, articles, matches, (True,), (rare,), ("solo",), texts
    )
    assert not story_rivals.detail_elsewhere(
        0, articles, matches, (False,), (1.0,), ("solo",), texts
    )
    named = [texts[0], "Dr. Joel Smithers was found guilty in May.", texts[2]]
    assert not story_rivals.detail_elsewhere(
        0, articles, matches, (False,), (rare,), ("smither",), named
    )


def test_a_sentence_without_the_asked_type_sets_the_scene_when_its_story_has_one():
    """A sentence lacking the number "how many" must get loses more when another candidate of
    its story gives one (decide.STORY_TYPED_MISS); in a story without one it keeps its place."""
    articles = ["fire", "fire", "fire", "quake", "quake"]
    lacks = [True, False, True, True, True]
    assert story_rivals.typed_elsewhere(articles, lacks) == [0, 2]
    assert decide.STORY_TYPED_MISS < 0


def test_a_story_is_identified_by_its_lead_over_every_other_story():
    scores = [9.0, 7.5, 4.0, 3.0]
    articles = ["a", "a", "b", "c"]
    # its own story's runner-up does not count: the other stories' best does
    assert story_rivals.story_lead(scores, articles, 0) == pytest.approx(5.0)
    assert story_rivals.story_lead(scores, articles, 0) >= decide.IDENTIFIED_STORY_LEAD
    assert story_rivals.story_lead([9.0, 7.5], ["a", "a"], 0) == float("inf")


def test_a_story_is_pinned_by_a_question_word_only_its_headline_or_lead_has():
    """A word of the question that one story's headline or lead has and no other story's
    ("badalona": facts.story_heads, stored by the build and read by Corpus.head_stems) names
    that story; a word several headlines share does not, nor does one the answering sentence
    itself says (its coverage counts it already)."""
    unique = unique_stems(
        [
            ("fire", "Catalonia apartment block fire kills three"),
            ("fire", "A fire broke out in Badalona on Tuesday."),
            ("flood", "Flood in Catalonia leaves thousands homeless"),
        ]
    )
    fire = frozenset(s for a, s in unique if a == "fire")
    flood = frozenset(s for a, s in unique if a == "flood")
    detail = frozenset(stem(w) for w in ["the", "baby", "was", "critically", "ill"])
    terms = [stem(w) for w in ["badalona", "fire", "hurt"]]
    assert story_rivals.pinned_story(terms, fire, detail)
    assert not story_rivals.pinned_story(terms, flood, detail)  # not its headline's word
    assert not story_rivals.pinned_story([stem("catalonia")], fire, detail)  # two stories'
    says_it = detail | {stem("badalona")}
    assert not story_rivals.pinned_story(terms, fire, says_it)
    assert not story_rivals.pinned_story(terms, frozenset(), detail)  # an unknown article


def test_bare_lead_shares_only_its_storys_names():
    """A lead naming the question's people but none of its own words covers any question on
    its story; one with a word of the question, or the answer type, carries what is asked."""
    text = "Zelensky will meet Trump at the White House on Monday."
    stems = [stem("zelensky"), stem("agenda")]
    weights = [5.0, 3.0]
    in_story = [False, False]
    # "what is on Zelensky's agenda": only the name is shared
    assert story_rivals.bare_lead([1.0, 0.0], in_story, weights, False, text, stems)
    # the lead has the asked word
    assert not story_rivals.bare_lead([1.0, 1.0], in_story, weights, False, text, stems)
    # the lead has the answer type the question must get
    assert not story_rivals.bare_lead([1.0, 0.0], in_story, weights, True, text, stems)
    # the question's only other word is its story's (its headline has it): nothing more asked
    assert not story_rivals.bare_lead([1.0, 0.0], [False, True], weights, False, text, stems)
    # a common word below the rarity bar asks nothing of its own
    low = [5.0, story_rivals.BARE_RARITY / 2]
    assert not story_rivals.bare_lead([1.0, 0.0], in_story, low, False, text, stems)
    assert decide.BARE_LEAD < 0


def test_a_story_saying_less_of_the_question_than_another_has_the_gap():
    # "was the UK supreme court decision ... unanimous": the US court story says "supreme"
    # and "court"; the UK story's candidates and headline say those and "uk" too
    weights = [2.0, 1.0, 1.0]  # uk, supreme, court
    articles = ["us-court", "us-court", "uk-court"]
    said = [(False, True, True), (False, True, True), (False, True, False)]
    headline = [(False, False, False), (False, False, False), (True, False, True)]
    gaps = story_rivals.cover_gaps(weights, articles, said, headline)
    assert gaps == [0.5, 0.5, 0.0]
    # one story: no rival, no gap
    assert story_rivals.cover_gaps(weights, ["a", "a"], said[:2], headline[:2]) == [0.0, 0.0]


def test_a_story_naming_the_question_s_words_in_passing_has_a_focus_gap():
    # a 92-sentence round-up names "blankenship" and "massey" in one sentence each; the
    # 42-sentence interview headed with his name says "massey" in three of its sentences
    weights = [4.6, 3.8, 1.0]  # blankenship, massey, and a common word below the bar
    articles = ["round-up", "interview", "interview", "interview"]
    matches = [(1.0, 1.0, 1.0), (0.0, 1.0, 0.0), (0.0, 1.0, 0.0), (0.0, 1.0, 1.0)]
    heads = [(False, False, False)] + [(True, False, False)] * 3
    lengths = {"round-up": 92, "interview": 42}
    gaps = story_rivals.focus_gaps(weights, articles, matches, heads, lengths, 2.5)
    interview = (4.6 + 3.8 * 3 / 42) / 8.4
    round_up = (4.6 / 92 + 3.8 / 92) / 8.4
    assert gaps == pytest.approx([1 - round_up / interview, 0.0, 0.0, 0.0])
    # the round-up also says a rare word the interview does not ("nickname"): no gap
    told = [(*matches[0], 1.0)] + [(*row, 0.0) for row in matches[1:]]
    asked = [*weights, 3.0]
    heads4 = [(*row, False) for row in heads]
    assert story_rivals.focus_gaps(asked, articles, told, heads4, lengths, 2.5) == [0.0] * 4
    # one story, or no word of the question rare enough: no rival, no gap
    one = story_rivals.focus_gaps(weights, ["a", "a"], matches[:2], heads[:2], {"a": 9}, 2.5)
    assert one == [0.0, 0.0]
    assert story_rivals.focus_gaps(weights, articles, matches, heads, lengths, 5.0) == [0.0] * 4
    # one rare word alone ("blankenship", over a bar of 4) tells too little of what a story is of
    assert story_rivals.focus_gaps(weights, articles, matches, heads, lengths, 4.0) == [0.0] * 4


def test_a_focus_gap_is_measurable_only_with_two_rare_words_over_two_stories():
    """Where it is not, focus_gaps is all zero, and weighing.focus_penalties counts no story's
    length (a query per story new to the process, 30 of them a question at x100)."""
    weights = [4.6, 3.8, 1.0]
    assert story_rivals.focus_measurable(weights, ["round-up", "interview"], 2.5)
    assert not story_rivals.focus_measurable(weights, ["a", "a"], 2.5)  # one story
    assert not story_rivals.focus_measurable(weights, ["round-up", "interview"], 4.0)  # one word
    lengths = {"round-up": 92, "interview": 42}
    for articles, bar in ((["a", "a"], 2.5), (["round-up", "interview"], 4.0)):
        matches, heads = [(1.0, 1.0, 0.0)] * 2, [(False, False, False)] * 2
        gaps = story_rivals.focus_gaps(weights, articles, matches, heads, lengths | {"a": 9}, bar)
        assert gaps == [0.0, 0.0]


def test_a_capitalised_stem_counts_past_the_first_word_only():
    """detail_elsewhere's test of a name, read once per sentence: "Smithers" past the first
    word names someone, the sentence's own first word does not."""
    text = "Smithers said Joel Smithers-Jones and the mayor met."
    assert story_rivals._names_stem(text, "joel")
    assert story_rivals._names_stem(text, stem("smithers-jones"))
    assert not story_rivals._names_stem(text, "mayor")  # lower-case
    assert not story_rivals._names_stem("Mayor Smith met them.", "mayor")  # the first word


def test_each_headline_share_is_its_rows_share_however_many_candidates_share_it():
    rare = story_rivals.ABOUT_RARITY
    weights = [rare, 2 * rare, rare / 2]  # the third too common to count
    about, aside = (True, False, True), (False, True, False)
    shares = story_rivals.headline_shares(weights, [about, aside, about, aside, aside])
    assert shares == [1 / 3, 2 / 3, 1 / 3, 2 / 3, 2 / 3]
