"""Weighing the candidates: each distinct one's evidence worked out once."""

from __future__ import annotations

import pytest
import yaml

from bot import decide, fact_evidence, question_analysis, rank, weighing
from bot.text import tokenize
from bot.weighing import NO_MENTIONS
from tests.bot.answerers import answerer_over
from tests.conftest import ROOT


def _weigh_each(asked, rows, ranking, mentions, facts, said, local):
    """weighing._weigh as it was: every candidate weighed on its own."""
    evidence = [
        fact_evidence.evidence_for(
            asked,
            matched,
            mentions.get(row.id, NO_MENTIONS),
            facts.get(row.id, ()),
            features[rank.TYPED_MATCH],
            story,
            elsewhere,
            dated=bool(row.published),
        )
        for row, matched, features, story, elsewhere in zip(
            rows, ranking.matches, ranking.features, ranking.story, said, strict=True
        )
    ]
    return evidence, [
        decide.bonus(e, lc, asked.wants, bool(row.published))
        for e, lc, row in zip(evidence, local, rows, strict=True)
    ]


def test_weighing_each_distinct_candidate_once_changes_no_answer(core, monkeypatch):
    questions = [
        item["q"] for item in yaml.safe_load((ROOT / "eval" / "seed-dev.yaml").read_text())
    ]
    once = [core.answer(q, top=10) for q in questions]
    monkeypatch.setattr(weighing, "_weigh", _weigh_each)
    assert [core.answer(q, top=10) for q in questions] == once


def test_copies_of_a_sentence_without_facts_are_weighed_once(tmp_path, monkeypatch):
    story = (
        "Strike grounds flights\nMore than 200 flights were cancelled at Lisbon airport on "
        "Friday.\nUnions said the strike would last two days.\n"
    )
    core = answerer_over(tmp_path, {name: story for name in "abcd"})
    question = "how many flights were cancelled at lisbon airport"
    weighed = []
    evidence_for = fact_evidence.evidence_for
    monkeypatch.setattr(
        fact_evidence,
        "evidence_for",
        lambda *args, **kw: weighed.append(args) or evidence_for(*args, **kw),
    )
    answer = core.answer(question, top=10)
    assert len(answer.ranked) == 8 and len(weighed) < len(answer.ranked)  # four copies of each
    monkeypatch.setattr(weighing, "_weigh", _weigh_each)
    assert core.answer(question, top=10) == answer


HICKENLOOPER = (
    "---\npublished: 2019-08-16\n---\n"
    "Hickenlooper ends his presidential campaign\n"
    "John Hickenlooper, who was a candidate in the Democratic primaries for the 2020 presidential "
    "election, ended his campaign yesterday.\n"
    "He had polled at about one percent nationally.\n"
    "Hickenlooper made his official announcement via a YouTube video in which he thanked his "
    "supporters.\n" + "".join(f"The {n}th stop of his tour was in Denver.\n" for n in range(5, 21))
    # a long story (decide.LONG_ARTICLE), as news stories are
)


def _lead_behind(core, question: str) -> float:
    """How far the story's lead scores behind its sentence that says how he announced it."""
    scores = {c.sentence[:20]: c.score for c in core.answer(question, top=10).ranked}
    return scores["Hickenlooper made hi"] - scores["John Hickenlooper, w"]


def test_a_news_sentence_not_saying_the_means_drops_behind_one_that_does(tmp_path, monkeypatch):
    """The lead says that he ended his campaign, the third sentence by what means: for "how"
    the lead loses decide.MEANS_MISS against it, for how his campaign went it does not."""
    core = answerer_over(tmp_path, {"h": HICKENLOOPER})
    means = "how did hickenlooper let people know he was quitting the presidential race"
    went = "how did hickenlooper's presidential campaign go"
    behind, went_behind = _lead_behind(core, means), _lead_behind(core, went)
    miss = decide.MEANS_MISS
    monkeypatch.setattr(decide, "MEANS_MISS", 0.0)
    assert miss < 0 and behind == pytest.approx(_lead_behind(core, means) - miss)
    assert went_behind == pytest.approx(_lead_behind(core, went))


SUMMITS = (
    "Zelensky to meet Trump\n"
    "Ukrainian President Volodymyr Zelensky is set to meet with US President Donald Trump in "
    "Washington on Monday.\n"
    "Trump and Russian President Vladimir Putin agreed on security guarantees during a meeting in "
    "Alaska on Friday.\n"
    + "".join(f"The {n}th point of the plan was discussed.\n" for n in range(5, 21))
)


def _coming_behind(core, question: str) -> float:
    """How far the sentence of the coming meeting scores behind the one of the past meeting."""
    scores = {c.sentence[:20]: c.score for c in core.answer(question, top=10).ranked}
    return scores["Trump and Russian Pr"] - scores["Ukrainian President "]


def test_a_sentence_of_a_coming_deed_drops_behind_for_a_question_what_happened(
    tmp_path, monkeypatch
):
    """The lead puts the meeting asked about in the future ("is set to meet"): for "where did
    they meet" it loses decide.PAST_MISS against the sentence of the meeting that was, for
    "where will they meet" it does not."""
    core = answerer_over(tmp_path, {"s": SUMMITS})
    past = "where did the us president meet the russian president"
    coming = "where will the us president meet the russian president"
    behind, coming_behind = _coming_behind(core, past), _coming_behind(core, coming)
    miss = decide.PAST_MISS
    monkeypatch.setattr(decide, "PAST_MISS", 0.0)
    assert miss < 0 and behind == pytest.approx(_coming_behind(core, past) - miss)
    assert coming_behind == pytest.approx(_coming_behind(core, coming))


def _row(text, published="2020-05-01"):
    """What weighing._background reads of a candidate: its text and its story's date."""
    return type("Row", (), {"text": text, "published": published})()


def test_a_sentence_setting_the_scene_is_background_unless_the_question_asks_that_time():
    """ "Until recently, ..." and "In 2014, ..." give background for a question on the story's
    event; a question naming a year before its story's, or asking "before", asks of that
    earlier time, and reads them as answers; an undated document has no background."""
    from bot.question_analysis import analyze

    rows = [
        _row("Until recently, the law allowed it."),
        _row("In 2014 I invented the Australian Chinese Zodiac."),
        _row("On Friday, he was sentenced to life in prison."),
        _row("Until recently, the law allowed it.", published=None),
    ]
    event = analyze("what punishment did he get")
    assert weighing._background(rows, event) == [True, True, False, False]
    back_then = analyze("what did wayne tseng invent back in 2014")
    assert weighing._background(rows, back_then) == [False] * 4
    before = analyze("what was the law before the ruling")
    assert weighing._background(rows, before) == [False] * 4


def test_a_sentence_without_the_asked_role_drops_behind_its_story_s_one_with_it():
    """ "who's the judge ..." asks the holder of a role: the story's sentence without the role
    loses decide.STORY_TYPED_MISS, where another of the same story says it; not for a question
    of another form, and not where no sentence of its story says it."""
    sued = _row("President Trump sued Manhattan District Attorney Cyrus Vance to block it.")
    ruled = _row("On Monday, Judge Victor Marrero issued a ruling against President Trump.")
    weighed = type("Weighed", (), {"articles": ["a", "a"]})()
    judge = tokenize("who's the judge that said prosecutors can see trump's tax returns")
    scores = weighing._role_elsewhere(weighed, [sued, ruled], judge, [1.0, 0.0])
    assert scores == [1.0 + decide.STORY_TYPED_MISS, 0.0]
    sued_why = tokenize("why did trump sue the district attorney")
    assert weighing._role_elsewhere(weighed, [sued, ruled], sued_why, [1.0, 0.0]) == [1.0, 0.0]
    apart = type("Weighed", (), {"articles": ["a", "b"]})()
    assert weighing._role_elsewhere(apart, [sued, ruled], judge, [1.0, 0.0]) == [1.0, 0.0]


GROOM = (
    "---\npublished: 2020-08-28\n---\n"
    "Candidates speak ahead of the Groom by-election\n"
    "Wikinews spoke to Sandra Jephcott, who is running in the Groom by-election for her party.\n"
    "According to the party's website, Jephcott is a veterinarian from Toowoomba.\n"
    + "".join(f"The {n}th question was about roads.\n" for n in range(4, 21))
)


def test_a_news_sentence_saying_what_someone_is_by_their_work_comes_first_when_asked(
    tmp_path, monkeypatch
):
    """ "what does X do for a living": the sentence saying what she is by her work ranks
    first, ahead of the lead that names her running in the by-election (decide.OCCUPATION)."""
    core = answerer_over(tmp_path, {"g": GROOM})
    question = "what does sandra jephcott the groom candidate do for a living"
    assert _top(core, question).startswith("According to the party's website")
    monkeypatch.setattr(decide, "OCCUPATION", 0.0)
    assert _top(core, question).startswith("Wikinews spoke to Sandra Jephcott")


STABBED = (
    "---\npublished: 2019-01-14\n---\n"
    "Mayor of Testville attacked at charity concert\n"
    "The mayor of Testville was stabbed on stage at a charity concert on Sunday evening.\n"
    "Police said Jan Kowalczyk stabbed the mayor.\n"
    + "".join(f"The {n}th band played a song.\n" for n in range(4, 21))
)


def test_a_who_did_it_question_prefers_its_story_s_sentence_naming_the_doer(tmp_path, monkeypatch):
    """ "who stabbed the mayor": within its story, the sentence naming who did it gains
    decide.DOER over the lead saying it was done; at 1.0 that is less than the lead's lead here
    (1.2), so the test raises it to show the order it sets."""
    core = answerer_over(tmp_path, {"s": STABBED})
    question = "who stabbed the mayor of testville"
    assert _top(core, question).startswith("The mayor of Testville was stabbed")
    monkeypatch.setattr(decide, "DOER", 2.0)
    assert _top(core, question).startswith("Police said Jan Kowalczyk")


def _top(core, question: str) -> str:
    return core.answer(question, top=10).ranked[0].sentence


ORDERED = (
    "Zelensky to meet Trump\n"
    "Ukrainian President Volodymyr Zelensky is set to meet with US President Donald Trump in "
    "Washington on Monday, followed by a series of meetings with European leaders.\n"
    "The European leaders set to meet with Zelensky include Emmanuel Macron and Keir Starmer.\n"
    "Before the meetings with European leaders, Zelensky will first meet with Trump one-on-one.\n"
    + "".join(f"The {n}th point of the plan was discussed.\n" for n in range(5, 21))
)


def _order_told(core, question: str) -> str:
    return core.answer(question, top=5).ranked[0].sentence


def test_a_question_of_order_wants_the_sentence_that_tells_the_order_in_its_words(tmp_path):
    """The lead and the list of leaders share the question's names; the sentence that says
    which meeting comes first wins "before or after" and "first, X or Y", and the lead's
    "followed by" wins "who next"."""
    core = answerer_over(tmp_path, {"o": ORDERED})
    assert _order_told(core, "is the trump meeting before or after the europeans").startswith(
        "Before the meetings"
    )
    assert _order_told(core, "who does zelensky meet first, the europeans or trump").startswith(
        "Before the meetings"
    )
    assert _order_told(core, "after he sees trump who does zelensky talk to next").startswith(
        "Ukrainian President"
    )


AGENDA = (
    "Zelensky to meet Trump\n"
    "The talks are expected to focus on Ukraine's security and a peace deal.\n"
    "The meetings may also involve discussions about security guarantees for Ukraine.\n"
    + "".join(f"The {n}th point of the plan was published.\n" for n in range(5, 21))
)


def test_a_plain_what_will_question_wants_the_expected_not_what_may_also_be(tmp_path):
    """The hedged aside shares "discuss" with the question; what the talks are expected to
    focus on answers "what will they discuss", the aside "what else might they discuss"."""
    core = answerer_over(tmp_path, {"a": AGENDA})
    top = core.answer("what will the leaders discuss", top=5).ranked[0].sentence
    assert top.startswith("The talks are expected")
    top = core.answer("what else might the leaders discuss", top=5).ranked[0].sentence
    assert top.startswith("The meetings may also")


def _plain_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["The talks ar"] - scores["The meetings"]


def test_a_question_what_may_be_drops_the_plain_sentences_behind_the_hedged_one(
    tmp_path, monkeypatch
):
    """For "could they also take up ..." or "what could come up" the plain sentence loses
    decide.HEDGE_ASKED_MISS against the one adding what may also come up; for "what will they
    discuss" it does not."""
    core = answerer_over(tmp_path, {"a": AGENDA})
    may = ["could the talks also take up guarantees for ukraine", "what could come up in the talks"]
    will = "what will the talks focus on"
    ahead, will_ahead = [_plain_ahead(core, q) for q in may], _plain_ahead(core, will)
    miss = decide.HEDGE_ASKED_MISS
    monkeypatch.setattr(decide, "HEDGE_ASKED_MISS", 0.0)
    assert miss < 0
    assert ahead == pytest.approx([_plain_ahead(core, q) + miss for q in may])
    assert will_ahead == pytest.approx(_plain_ahead(core, will))


MONDAY = (
    "Zelensky to meet Trump\n"
    "Zelensky is set to meet with Trump in Washington on Monday, followed by European leaders.\n"
    "The talks are expected to focus on Ukraine's security and a peace deal.\n"
    + "".join(f"The {n}th point of the plan was published.\n" for n in range(5, 21))
)


def _lead_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["Zelensky is "] - scores["The talks ar"]


def test_a_question_what_an_event_is_about_drops_the_lead_not_naming_its_subject(
    tmp_path, monkeypatch
):
    """The lead shares "monday", "meeting" and "washington"; for what the meeting is about it
    loses decide.TOPIC_MISS against the sentence of what the talks focus on, for when the
    meeting is it does not."""
    core = answerer_over(tmp_path, {"m": MONDAY})
    about = "what's the monday meeting in washington about"
    when = "when is the monday meeting in washington"
    ahead, when_ahead = _lead_ahead(core, about), _lead_ahead(core, when)
    miss = decide.TOPIC_MISS
    monkeypatch.setattr(decide, "TOPIC_MISS", 0.0)
    assert miss < 0 and ahead == pytest.approx(_lead_ahead(core, about) + miss)
    assert when_ahead == pytest.approx(_lead_ahead(core, when))


SUMMIT = (
    "Leaders meet in Geneva\n"
    "Leaders of the two countries met in Geneva on Friday to talk about a truce in the war.\n"
    "Both leaders praised the talks on a truce and the war at the Geneva meeting.\n"
    "However, the Geneva meeting did not result in a truce.\n"
    + "".join(f"The {n}th point of the plan was published.\n" for n in range(5, 21))
)


def _scene_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["Both leaders"] - scores["However, the"]


def test_a_question_whether_an_event_came_to_anything_drops_sentences_not_telling_it(
    tmp_path, monkeypatch
):
    """The sentence praising the talks shares "truce", "war" and "meeting" with the question;
    for whether the meeting was a failure it loses decide.OUTCOME_MISS against the sentence of
    what came of it, for where the meeting was it does not."""
    core = answerer_over(tmp_path, {"g": SUMMIT})
    outcome = "was the geneva meeting on a truce in the war a failure"
    where = "where was the meeting on a truce in the war"
    ahead, where_ahead = _scene_ahead(core, outcome), _scene_ahead(core, where)
    miss = decide.OUTCOME_MISS
    monkeypatch.setattr(decide, "OUTCOME_MISS", 0.0)
    assert miss < 0 and ahead == pytest.approx(_scene_ahead(core, outcome) + miss)
    assert where_ahead == pytest.approx(_scene_ahead(core, where))


HARVEST = (
    "Farmers fear a poor harvest\n"
    "Farmers in the valley fear a poor harvest after a dry winter.\n"
    "Another key element is the need for farmers to keep the valley's harvest large.\n"
    "Steady spring rain is crucial for sustaining the harvest.\n"
    + "".join(f"The {n}th point of the plan was published.\n" for n in range(5, 21))
)


def _need_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["Another key "] - scores["Steady sprin"]


def test_a_question_what_something_needs_drops_sentences_not_saying_what_it_needs(
    tmp_path, monkeypatch
):
    """The sentence of "the need for farmers to keep the harvest large" shares "need" and
    "harvest"; for what keeping the harvest large needs it loses decide.PRECONDITION_MISS
    against the sentence of what is crucial for it, for who fears a poor harvest it does not."""
    core = answerer_over(tmp_path, {"h": HARVEST})
    need = "what is needed to keep the valley's harvest large"
    who = "who needs to keep the valley's harvest large"
    ahead, who_ahead = _need_ahead(core, need), _need_ahead(core, who)
    miss = decide.PRECONDITION_MISS
    monkeypatch.setattr(decide, "PRECONDITION_MISS", 0.0)
    assert miss < 0 and ahead == pytest.approx(_need_ahead(core, need) + miss)
    assert who_ahead == pytest.approx(_need_ahead(core, who))


def test_only_a_rare_word_of_letters_names_the_scene():
    question = question_analysis.analyze("did sanders win the marianas back in 2016")
    weights = [5.0 if t.word in ("marianas", "2016") else 1.0 for t in question.terms]
    words = [t.word for t in question.terms]
    named = dict(zip(words, weighing.scene_names(weights, question), strict=True))
    assert named["marianas"] and not named["2016"] and not named["win"]


ROUND_UP = (
    "---\npublished: 2020-06-01\n---\n"
    "On the campaign trail, May 2020\n"
    "This month's round-up covers the third-party conventions.\n"
    "Blankenship, once chief of Massey Energy, won the Constitution Party nomination at its "
    "convention in May.\n"
    + "".join(
        f"The {n}th state held its primary on the {n}th of the month.\n" for n in range(5, 70)
    )
)
INTERVIEW = (
    "---\npublished: 2020-06-20\n---\n"
    "Wikinews interviews Don Blankenship, Constitution Party nominee\n"
    "Don Blankenship spoke to Wikinews about his campaign.\n"
    "Blankenship ran the coal company Massey Energy for years.\n"
    "Massey Energy owned the mine where the disaster happened.\n"
)


def _round_up_behind(core, question: str) -> float:
    """How far the round-up's sentence on Blankenship scores behind the interview's best."""
    ranked = core.answer(question, top=10).ranked
    interview = max(c.score for c in ranked if c.title.startswith("Wikinews interviews"))
    return next(c.score for c in ranked if c.sentence.startswith("Blankenship, once")) - interview


def test_a_long_story_naming_the_question_s_words_in_passing_drops_behind(tmp_path, monkeypatch):
    """The round-up of 68 sentences names Blankenship and Massey once; the interview with him
    heads with his name and says Massey twice in four: the round-up's sentence loses
    decide.STORY_FOCUS times its story's focus gap, and keeps its score without the rule."""
    core = answerer_over(tmp_path, {"r": ROUND_UP, "i": INTERVIEW})
    question = "what did blankenship do at massey energy"
    behind = _round_up_behind(core, question)
    monkeypatch.setattr(decide, "STORY_FOCUS", 0.0)
    without = _round_up_behind(core, question)
    assert behind < without - 1.0


PLANT = (
    "Town weighs new plant\n"
    "The town council weighs a new power plant on the river.\n"
    "However, the plant faces strong opposition from fishermen.\n"
    "Fishermen demand a say on the river and a veto over the site, which complicates prospects "
    "for the council's plans.\n"
    + "".join(f"The {n}th point of the agenda was published.\n" for n in range(5, 21))
)


def _effect_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["However, the"] - scores["Fishermen de"]


def test_a_question_what_one_thing_does_to_another_drops_sentences_saying_no_effect(
    tmp_path, monkeypatch
):
    """The sentence of the opposition from fishermen shares "opposition" and "fishermen"; for
    how the fishermen's opposition affects the plans it loses decide.EFFECT_MISS against the
    sentence saying what their demands do to the plans, and half as much again for saying no
    effect on the plans; for whether the fishermen oppose the plans it loses nothing."""
    core = answerer_over(tmp_path, {"p": PLANT})
    effect = "how does the fishermen's opposition affect the council's plans"
    who = "do the fishermen oppose the council plans"
    ahead, who_ahead = _effect_ahead(core, effect), _effect_ahead(core, who)
    miss = decide.EFFECT_MISS
    monkeypatch.setattr(decide, "EFFECT_MISS", 0.0)
    assert miss < 0 and ahead == pytest.approx(_effect_ahead(core, effect) + 1.5 * miss)
    assert who_ahead == pytest.approx(_effect_ahead(core, who))


RESCUE = (
    "Lenders agree rescue for the port\n"
    "Lenders agreed a rescue for the port on Monday.\n"
    "The rescue centres around a combination of new loans and a longer lease.\n"
    "The state will back the loans as part of the rescue package for the port.\n"
    + "".join(f"The {n}th point of the agenda was published.\n" for n in range(5, 21))
)


def _parts_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["The state wi"] - scores["The rescue c"]


def test_a_question_what_a_thing_is_made_of_drops_sentences_without_its_parts(
    tmp_path, monkeypatch
):
    """The sentence of the state backing the loans "as part of the rescue package" shares
    "rescue package" and "port"; for what the package consists of it loses decide.PARTS_MISS
    against the sentence of what the rescue centres around, for who backs the loans nothing."""
    core = answerer_over(tmp_path, {"r": RESCUE})
    parts = "what does the rescue package for the port consist of"
    who = "who will back the loans of the rescue package for the port"
    ahead, who_ahead = _parts_ahead(core, parts), _parts_ahead(core, who)
    miss = decide.PARTS_MISS
    monkeypatch.setattr(decide, "PARTS_MISS", 0.0)
    assert miss < 0 and ahead == pytest.approx(_parts_ahead(core, parts) + miss)
    assert who_ahead == pytest.approx(_parts_ahead(core, who))


TOUR = (
    "Mayor to tour European capitals\n"
    "Mayor Anna Berg will meet Prime Minister Tom Hale in London, followed by meetings with "
    "ministers.\n"
    "Before the meetings with the ministers, Berg will first meet with Hale.\n"
    "The ministers set to meet with Berg include Lise Moreau, Karl Vogt and Pia Lund.\n"
    + "".join(f"The {n}th point of the agenda was published.\n" for n in range(5, 21))
)


def _people_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["Before the m"] - scores["The minister"]


def test_a_question_for_several_people_drops_sentences_naming_few(tmp_path, monkeypatch):
    """The sentence of Berg's first meeting names Berg and Hale; for which ministers she meets
    it loses decide.PEOPLE_MISS against the sentence naming three ministers, for whom she
    meets first nothing."""
    core = answerer_over(tmp_path, {"s": TOUR})
    which = "which ministers will berg meet after hale"
    first = "who will berg meet first, the ministers or hale"
    ahead, first_ahead = _people_ahead(core, which), _people_ahead(core, first)
    miss = decide.PEOPLE_MISS
    monkeypatch.setattr(decide, "PEOPLE_MISS", 0.0)
    assert miss < 0 and ahead == pytest.approx(_people_ahead(core, which) + miss)
    assert first_ahead == pytest.approx(_people_ahead(core, first))


DAM = (
    "Valley plans a new dam\n"
    "The valley council plans a new dam on the river.\n"
    "Another key element is the need for the valley to keep a large, modern dam on the river.\n"
    "This dam would hold back spring floods and protect the valley's farms.\n"
    + "".join(f"The {n}th point of the agenda was published.\n" for n in range(5, 21))
)


def _would_ahead(core, question: str) -> float:
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores["Another key "] - scores["This dam wou"]


def test_a_question_what_would_be_drops_sentences_without_would(tmp_path, monkeypatch):
    """The sentence of the need for a large dam on the river shares "dam", "valley" and
    "river"; for what the valley's dam would protect it loses decide.CONDITIONAL_MISS against
    the sentence of what the dam would do, for what role the dam would play nothing."""
    core = answerer_over(tmp_path, {"d": DAM})
    would = "what would the valley's dam on the river protect"
    role = "what role would the valley's dam on the river play"
    ahead, role_ahead = _would_ahead(core, would), _would_ahead(core, role)
    miss = decide.CONDITIONAL_MISS
    monkeypatch.setattr(decide, "CONDITIONAL_MISS", 0.0)
    assert miss < 0 and ahead == pytest.approx(_would_ahead(core, would) + miss)
    assert role_ahead == pytest.approx(_would_ahead(core, role))


def _lead_over(core, question: str, leading: str, answering: str) -> float:
    """How far the sentence opening ``leading`` scores above the one opening ``answering``."""
    scores = {c.sentence[:12]: c.score for c in core.answer(question, top=5).ranked}
    return scores[leading[:12]] - scores[answering[:12]]


def _drops_by(monkeypatch, miss_name: str, lead_over, asked: str, other: str) -> None:
    """decide's ``miss_name`` (negative) is what the ``asked`` question's ``lead_over`` loses,
    and the ``other`` question's loses nothing: zeroed, the one moves by it, the other not."""
    ahead, other_ahead = lead_over(asked), lead_over(other)
    miss = getattr(decide, miss_name)
    monkeypatch.setattr(decide, miss_name, 0.0)
    assert miss < 0 and ahead == pytest.approx(lead_over(asked) + miss)
    assert other_ahead == pytest.approx(lead_over(other))


QUAKE = (
    "Quake shakes the island town of Vella\n"
    "A strong quake shook the island town of Vella on Monday.\n"
    "Over 2,000 residents near Vella were moved to other villages after the quake.\n"
    "The agency recorded 611 aftershocks by Saturday.\n"
    + "".join(f"The {n}th point of the agenda was published.\n" for n in range(5, 21))
)


def test_a_count_question_drops_sentences_without_a_number_of_what_it_counts(tmp_path, monkeypatch):
    """The sentence of the moved residents names Vella and has a number; for how many
    aftershocks the agency recorded it loses decide.COUNT_MISS against the sentence with "611
    aftershocks", for how many days they stayed away (a duration, which "from Monday to
    Saturday" counts as well) nothing."""
    core = answerer_over(tmp_path, {"q": QUAKE})
    _drops_by(
        monkeypatch,
        "COUNT_MISS",
        lambda q: _lead_over(core, q, "Over 2,000 residents", "The agency recorded"),
        "how many aftershocks did the agency record near vella",
        "how many days were the residents near vella moved",
    )


FLIGHT = (
    "Minister flies to Berlin for talks\n"
    "The minister of Vella flew to Berlin on Monday for talks on trade.\n"
    "Storms delayed the minister's flight to Berlin by two hours.\n"
    "She travelled on a plane of Nordic Air, her office said.\n"
    + "".join(f"The {n}th point of the agenda was published.\n" for n in range(5, 21))
)


def test_a_which_noun_question_drops_sentences_without_a_name_by_its_noun(tmp_path, monkeypatch):
    """The sentence of the delayed flight shares "minister", "flight" and "Berlin"; for which
    airline flew the minister it loses decide.NAME_MISS against the sentence with "a plane of
    Nordic Air", for how long the minister's flight was delayed nothing."""
    core = answerer_over(tmp_path, {"f": FLIGHT})
    _drops_by(
        monkeypatch,
        "NAME_MISS",
        lambda q: _lead_over(core, q, "Storms delayed", "She travelled"),
        "which airline flew the minister of vella to berlin",
        "how long was the minister of vella's flight to berlin delayed",
    )
