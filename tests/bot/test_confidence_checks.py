"""How sure the answerer is of its best candidate: the evidence the confidence reads, the names
a who-question's answer must not merely repeat, and the --debug line of the confidence's inputs."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot import (
    confidence_checks,
    decide,
    fact_evidence,
    mismatch,
    question_analysis,
    question_evidence,
    question_parts,
    rank_features,
)
from bot.corpus import SentenceRow
from bot.question_reading import Reading
from bot.rank_features import DEFAULT_RARITY
from bot.resolve import Resolved
from bot.text import tokenize
from tests.bot.answerers import answerer_over


def test_the_confidence_reads_the_best_sentences_own_verb_and_count_together(monkeypatch):
    """Both adjustments of the best sentence's evidence apply at once, with its story's date:
    the count had been worked out from the ranking's story terms, undoing the own-verb one,
    and the own-verb one had dropped the date (decide's when/where rule for news)."""
    calls = []
    monkeypatch.setattr(
        fact_evidence, "evidence_for", lambda *a, **k: calls.append((a, k)) or "judged"
    )
    monkeypatch.setattr(question_parts, "asked_verb", lambda tokens: "support")
    monkeypatch.setattr(question_analysis, "counts_asked", lambda text, question: True)
    asked = SimpleNamespace(
        subject=True,
        words=frozenset({"germany", "support"}),
        term_words=("germany", "support"),
        question=SimpleNamespace(
            kind="how_many", heads=frozenset(), text="how many tanks will germany support"
        ),
    )
    row = SimpleNamespace(
        id=1, article="a", index=1, text="Germany will send 20 tanks.", published="2020-01-01"
    )
    ranking = SimpleNamespace(story=[(True, True)], matches=[(1.0, 0.0)], features=[[0.0] * 32])
    judged = confidence_checks._judged(
        asked,
        ["what", "will", "germany", "support"],
        [row],
        ranking,
        {},
        {},
        [(False, False)],
        0,
        ["ranked"],
    )
    assert judged == "judged"
    (args, kwargs) = calls[0]
    assert args[5] == (True, False)  # the verb no longer counted from the headline
    assert kwargs == {
        "shown": decide.COUNT_NAMING_WORD,
        "dated": True,
        "leader_named": False,
        "untold": False,
        "referred": frozenset(),
        "sentence": "Germany will send 20 tanks.",  # a kin noun may name its speaker
    }


def _referred_in_judging(
    monkeypatch, question: str, text: str, form: bool = True
) -> frozenset[str] | None:
    """The words _judged reads as covered by the sentence ``text`` for ``question`` (every word
    of which the sentence is taken to have but the last content word), or None where it keeps
    the ranking's evidence; ``form``: _judged's (the question as it stands)."""
    calls = []
    monkeypatch.setattr(
        fact_evidence, "evidence_for", lambda *a, **k: calls.append((a, k)) or "judged"
    )
    tokens = tokenize(question)
    words = tuple(w for w in tokens if w not in ("what", "how", "does", "the", "on"))
    asked = SimpleNamespace(
        subject=False,
        words=frozenset(words),
        term_words=words,
        question=SimpleNamespace(kind="what", heads=frozenset(), text=question),
    )
    row = SimpleNamespace(id=1, article="a", index=1, text=text, published=None)
    story = [(False,) * len(words)]
    ranking = SimpleNamespace(story=story, matches=[(1.0,) * len(words)], features=[[0.0] * 32])
    judged = confidence_checks._judged(
        asked, tokens, [row], ranking, {}, {}, story, 0, ["ranked"], form=form
    )
    return calls[0][1]["referred"] if judged == "judged" else None


def test_a_sentence_saying_what_is_crucial_covers_the_words_a_need_is_asked_by(monkeypatch):
    """ "what does the harvest depend on" - "Steady rain is crucial for sustaining the harvest":
    the question's "depend" is its form, which the sentence says in its own words."""
    question = "what does the harvest depend on"
    crucial = "Steady rain is crucial for sustaining the harvest."
    assert _referred_in_judging(monkeypatch, question, crucial) == {"depend"}
    # a sentence telling of no need leaves the word to find
    assert _referred_in_judging(monkeypatch, question, "The harvest began on Monday.") is None


def test_a_sentence_saying_an_effect_covers_the_words_an_effect_is_asked_by(monkeypatch):
    """ "how does the drought affect the harvest" - "The drought further complicates the
    harvest": "affect" is the question's form, which "complicates" says."""
    question = "how does the drought affect the harvest"
    text = "The drought further complicates the harvest."
    assert _referred_in_judging(monkeypatch, question, text) == {"affect"}
    # a follow-up read together with the question it continues: its form words may be that one's
    assert _referred_in_judging(monkeypatch, question, text, form=False) is None


WITHDRAWAL = (
    "US President Trump announces troop withdrawal from Syria\n"
    "Late on Sunday, the United States President Donald Trump, in a statement delivered via "
    "the press secretary, announced US troops would be leaving Syria.\n"
    "The announcement was made after Trump had a phone conversation with Turkey's President.\n"
    "The statement also said Turkey would be moving into Northern Syria.\n"
)


def test_a_title_before_the_question_s_own_name_names_no_one_new(tmp_path):
    """ "who did trump call before saying us troops would leave syria": "the United States
    President Donald Trump ... announced" names only the man the question names, after his
    title, and a place (caps.NAME_UNGIVEN; wikinews-dev17); a title before a new name still
    leaves that name new."""
    question = "who did trump call before saying us troops would leave syria"
    dated = f"---\npublished: 2018-12-20\n---\n{WITHDRAWAL}"
    answer = answerer_over(tmp_path, {"syria": dated}).answer(question)
    assert not answer.answered and answer.confidence <= mismatch.CONTRASTED
    known = {t.lower() for t in tokenize(question)}
    titles = confidence_checks._title_words()
    called = "Trump called Turkish President Recep Tayyip Erdogan."
    assert not mismatch.names_no_one_new(called, known, {"donald", "trump"} | titles)


def test_a_title_or_stopword_of_the_question_gives_no_entity_s_name_in_part():
    asked = SimpleNamespace(
        kinds={"pope-francis": "person", "kobe-bryant": "person"}, spans=(), named=frozenset()
    )
    # "who is the pope": Francis is the answer, not a name the question gave in part
    pope = tokenize("who is the pope")
    assert "francis" not in confidence_checks._known_entity_words(
        asked, {"pope-francis"}, pope, "Pope Francis said so."
    )
    # "with kobe" gives Kobe Bryant in part
    kobe = tokenize("who else was on the helicopter with kobe")
    crash = "Kobe Bryant and eight others died."
    assert "bryant" in confidence_checks._known_entity_words(asked, {"kobe-bryant"}, kobe, crash)
    # "kobe bryant" written out in full is still his name, given whole
    full = tokenize("who else was on the helicopter with kobe bryant")
    assert "bryant" in confidence_checks._known_entity_words(asked, {"kobe-bryant"}, full, crash)


def test_a_question_word_of_another_name_gives_no_person_s_name_in_part():
    """ "who is rocky linux named after": "Rocky" belongs to "Rocky Linux", the name the
    question gives; "Rocky McGaugh" is someone new, and the sentence naming him answers."""
    asked = SimpleNamespace(kinds={"rocky-mcgaugh": "person"}, spans=(), named=frozenset())
    tokens = tokenize("who is rocky linux named after")
    text = "Kurtzer said Rocky Linux was named after Rocky McGaugh."
    known = confidence_checks._known_entity_words(asked, {"rocky-mcgaugh"}, tokens, text)
    assert "mcgaugh" not in known
    assert not mismatch.names_no_one_new(text, {t.lower() for t in tokens}, known)
    # without the other name in the sentence, "rocky" still gives his name in part
    alone = "The name honours Rocky McGaugh."
    known = confidence_checks._known_entity_words(asked, {"rocky-mcgaugh"}, tokens, alone)
    assert "mcgaugh" in known


def test_a_word_shared_with_a_person_the_question_names_gives_no_relative_s_name():
    """ "who is kim jong un's sister": "Kim Yo Jong" shares "Kim" and "Jong" with her brother,
    whom the question names; she is someone new (only the same entity, or a name the question
    gives that names no one else, is the question's own)."""
    asked = SimpleNamespace(
        kinds={"kim-jong-un": "person", "kim-yo-jong": "person"},
        spans=(("kim-jong-un", ("kim", "jong", "un")),),
        named=frozenset({"kim-jong-un"}),
    )
    tokens = tokenize("who is kim jong un's sister")
    sister = "Kim Yo Jong, the sister of Kim Jong Un, said the talks were over."
    known = confidence_checks._known_entity_words(
        asked, {"kim-jong-un", "kim-yo-jong"}, tokens, sister
    )
    assert "un" in known and "yo" not in known
    assert not mismatch.names_no_one_new(sister, {t.lower() for t in tokens}, known)
    # the same entity named again is the question's own, by any part of its name
    brother = "Kim Jong Un said the talks were over."
    assert mismatch.names_no_one_new(brother, {t.lower() for t in tokens}, known)


def test_the_debug_inputs_name_the_incidental_gap_and_an_identified_story_where_they_count():
    """An operator tuning the confidence sees the two inputs that let a paraphrase through: the
    share of the question the sentence lacks only in the asker's own wording, and a story the
    question named among several. Where they do not count, the line does not mention them."""
    evidence = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.2, False, False, 0.0)
    counted = confidence_checks.confidence_inputs(
        3.0, True, 0.8, evidence, False, 4, identified=True, incidental=0.15
    )
    assert "4 stories, its story identified" in counted
    assert "lacks 0.15 in the asker's own wording" in counted
    plain = confidence_checks.confidence_inputs(3.0, False, 0.8, evidence, False, 1)
    assert "identified" not in plain and "asker's own wording" not in plain


def test_the_debug_inputs_say_when_a_headline_word_named_the_story():
    """A story pinned by a word only its headline or lead has (story_rivals.pinned_story) is said on
    the --debug line, where it lifted the confidence."""
    evidence = fact_evidence.Evidence(1.0, True, 0.0, 1.0, 0.2, False, False, 0.0)
    pinned = confidence_checks.confidence_inputs(
        5.0, True, 0.8, evidence, False, 4, identified=True, pinned=True
    )
    assert "its story identified, named by its headline" in pinned
    assert "headline" not in confidence_checks.confidence_inputs(5.0, True, 0.8, evidence, False, 4)


PROROGATION = (
    "---\npublished: 2019-09-11\n---\n"
    "UK Prime Minister Johnson suspends parliament for five weeks as Brexit deadline approaches\n"
    "Per request of United Kingdom Prime Minister Boris Johnson, the Queen suspended parliament "
    "for five weeks yesterday. The move, called prorogation, came after a second motion for snap "
    "elections failed to pass.\n"
    "Monday's bid for October elections failed to get the two-thirds majority required. "
    "Parliament is to remain out-of-session through October 14.\n"
)


def test_a_second_question_is_found_in_the_question_as_its_typos_are_corrected(tmp_path):
    """ "when boris suspended parliament ..., what vote had just failed" asks a time, then a
    thing; the sentence that shows no answer to the second is held back (caps.LATER_UNANSWERED)
    with the first word typed "whdn" or "what vote" typed "whatvote" as well: the check read
    the question as typed, where it opens with no question word, and the answer was given
    (the typo harness, bench/typos.py: 4 of its 40 typo-made wrong citations)."""
    answerer = answerer_over(tmp_path, {"prorogation": PROROGATION})
    clean = "when boris suspended parliament for five weeks, what vote had just failed"
    typed = (clean.replace("when", "whdn"), clean.replace("what vote", "whatvote"))
    expected = answerer.answer(clean)
    for question in typed:
        answer = answerer.answer(question)
        assert answer.answered == expected.answered
        assert [c.sentence for c in answer.citations] == [c.sentence for c in expected.citations]


STABBING = (
    "---\npublished: 2019-09-05\n---\n"
    "Kennedy assassin Sirhan Sirhan stabbed in California prison\n"
    "Sirhan Sirhan, who killed Robert F. Kennedy in 1968, was stabbed on Friday by another "
    "inmate.\n"
    "The attack happened at the Richard J. Donovan Correctional Facility in San Diego.\n"
    "Officials said he was taken to a hospital and was in stable condition.\n"
)


def test_a_follow_up_is_not_held_back_for_the_question_it_continues(tmp_path):
    """ "where?" after "when was sirhan sirhan stabbed?" is read together with it ("where? when
    was sirhan sirhan stabbed"), but the member asks one thing: the earlier question is no
    second question the sentence must answer too (caps.LATER_UNANSWERED). Read in the merged
    text, the place was withheld for showing no time, already given the turn before."""
    answerer = answerer_over(tmp_path, {"stabbing": STABBING})
    first = answerer.answer("when was sirhan sirhan stabbed?")
    assert first.answered
    after = answerer.answer("where?", previous=first)
    assert after.answered and "California" in after.citations[0].sentence


def test_the_confidence_is_told_when_a_wh_question_asks_no_relation(tmp_path, monkeypatch):
    """decide.UNASKED_RELATION_COVERAGE: "what prison is sirhan sirhan in" has no verb of its own
    for a fact to have; "when was he attacked" has, and a yes/no question asks its claim's
    relation, verb or not ("is sirhan sirhan in prison"); and a one-word question ("which
    prison") is covered by any sentence with that word (decide.UNASKED_RELATION_TERMS)."""
    told = []
    confidence = decide.confidence

    def recording(*args, **kwargs):
        told.append(kwargs["relationless"])
        return confidence(*args, **kwargs)

    monkeypatch.setattr(decide, "confidence", recording)
    answerer = answerer_over(tmp_path, {"stabbing": STABBING})
    for question in ("what prison is sirhan sirhan in", "when was sirhan sirhan attacked"):
        answerer.answer(question)
    answerer.answer("is sirhan sirhan in prison")
    answerer.answer("which prison")
    assert told[:3] == [True, False, False]
    assert set(told[3:]) == {False}


def test_a_who_is_the_role_question_wants_the_role_in_the_sentence():
    pilot = tokenize("who was the pilot of the beechcraft that crashed near henderson nevada")
    flying = "Officials said the plane, a Beechcraft Sierra, was flying to Gillespie Field airport."
    assert confidence_checks._role_unsaid(pilot, flying)
    assert not confidence_checks._role_unsaid(pilot, "The co-pilot, Jo Smith, survived.")
    journalist = tokenize("who was the journalist killed in the bomb in mokha")
    assert not confidence_checks._role_unsaid(journalist, "It killed photojournalist Ziad.")
    # a general title is said by any title
    leader = tokenize("who is the russian leader mentioned in the article")
    assert not confidence_checks._role_unsaid(leader, "Russian President Vladimir Putin agreed.")
    assert confidence_checks._role_unsaid(leader, "Vladimir Putin agreed.")
    # a question of another form asks no role
    assert not confidence_checks._role_unsaid(tokenize("who won the race"), flying)


def test_a_question_about_taking_a_role_is_not_answered_by_taking_another():
    became = tokenize("what year did pranab mukherjee become president of india")
    other = confidence_checks._other_role_taken
    assert other(became, "He became finance minister in 1982.")
    assert not other(became, "Mukherjee was elected President in 2012 and served his term.")
    # the asked role said as well, or no role taken at all: no other answer
    assert not other(became, "He became finance minister in 1982 and president in 2012.")
    assert not other(became, "He was born on December 11, 1935, in Mirati.")
    # a question about no role taken asks none
    assert not other(tokenize("when did he die"), "He became finance minister in 1982.")


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "who is the police spokesperson",
            "Police spokesman Mariusz Ciarka said a badge was used.",
        ),
        ("who was the spokesman", "Connie Moganedi, a police spokeswoman, told CNN."),
        ("who is the chairwoman", "The chair, Ann Lee, opened the meeting."),
        ("who was the chairman of the board", "Board chairwoman Ann Lee resigned."),
    ],
)
def test_a_role_said_in_its_other_gendered_form_is_said(question, text):
    """roles.txt has "spokesman", "spokeswoman" and "spokesperson", "chair" and "chairman":
    one role, which a question and its news sentence may each write either way."""
    assert not confidence_checks._role_unsaid(tokenize(question), text)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("who is the ceo of the airline", "Emirates chief executive Tim Clark said so."),
        ("who is the chief executive of the airline", "Emirates CEO Tim Clark said so."),
        ("who was the advisor", "National security adviser John Bolton resigned."),
        ("who was the adviser", "Trade advisor Peter Navarro spoke."),
    ],
)
def test_a_role_said_in_another_spelling_is_said(question, text):
    """ "ceo" and "chief executive", "adviser" and "advisor": one role each, two spellings."""
    assert not confidence_checks._role_unsaid(tokenize(question), text)


def test_a_general_role_is_said_by_any_title_and_unsaid_without_one():
    """ "boss" is GENERAL_ROLES', as "leader" is: the check applies to it."""
    boss = tokenize("who is the nato boss")
    assert not confidence_checks._role_unsaid(boss, "NATO Secretary General Mark Rutte came.")
    assert confidence_checks._role_unsaid(boss, "Mark Rutte came to the meeting.")


def test_a_where_question_is_not_answered_by_its_own_place_s_address():
    question = question_analysis.analyze("where exactly did the water main burst in white plains")
    headline = "Water main bursts in White Plains, New York, US"
    assert confidence_checks._place_ungiven(question, headline)
    near = "It burst in White Plains, New York, close to Manhattan."
    assert not confidence_checks._place_ungiven(question, near)
    # nor does it hold of a sentence without an address to take off
    assert not confidence_checks._place_ungiven(question, "It burst near the mall.")


def test_a_speaker_named_by_a_noun_is_not_in_a_sentence_without_it():
    """ "what did the Lion Air pilots say on the cockpit voice recorder": a sentence with "Lion
    Air" and no pilots quotes no pilot; one with the pilots may; a noun that is part of a name
    the question resolves is left to mismatch.speaker_absent."""
    text = "what did the lion air pilots say on the cockpit voice recorder"
    question = question_analysis.analyze(text)
    span = ("the", "lion", "air", "pilots")
    asked = SimpleNamespace(spans=(("lion-air", ("lion", "air")),))
    credits = [0.0 if t.word == "pilots" else 1.0 for t in question.terms]
    assert confidence_checks._speaker_noun_absent(question, span, asked, credits)
    assert not confidence_checks._speaker_noun_absent(
        question, span, asked, [1.0] * len(question.terms)
    )
    named = SimpleNamespace(spans=(("lion-air-pilots", ("lion", "air", "pilots")),))
    assert not confidence_checks._speaker_noun_absent(question, span, named, credits)


def test_a_pronoun_speaker_is_the_asked_one_only_where_the_sentence_before_names_them():
    """ "what did the christchurch mosque suspect say when he appeared in court": "She said,
    ..." after "Prime Minister Ardern said ..." quotes Ardern, though the headline ("... mosque
    murder suspect appears in court") lent it the suspect (a context credit, below RELATED).
    After a sentence with the suspect, or with the noun in the sentence itself, it may be his."""
    text = "what did the christchurch mosque suspect say when he appeared in court"
    question = question_analysis.analyze(text)
    asked = SimpleNamespace(spans=())
    inherited = [0.5 if t.word == "suspect" else 1.0 for t in question.terms]

    def after(before):
        return SimpleNamespace(neighbours=lambda row: (before, None))

    ardern = after("Prime Minister Ardern said the gun laws should be changed.")
    suspect = after("The suspect, 28, appeared by video link from prison.")
    tokens = tokenize(text)
    check = confidence_checks._speaker_noun_only_headlined
    assert check(question, tokens, inherited, asked, ardern, None)
    assert not check(question, tokens, inherited, asked, suspect, None)
    assert not check(question, tokens, [1.0] * len(question.terms), asked, ardern, None)
    assert not check(question, tokens, inherited, asked, after(None), None)


def test_an_age_question_is_not_answered_by_another_person_s_age():
    """ "how old is Anne Sacoolas, the diplomat's wife in the Harry Dunn crash" asks her age; a
    sentence that names Harry Dunn, 19, and not her tells his."""
    text = "how old is anne sacoolas, the us diplomats wife in the harry dunn crash"
    tokens = tokenize(text)
    at = tokens.index("sacoolas")
    reading = Reading(
        text,
        tokens,
        [
            Resolved("anne-sacoolas", "person", "anne sacoolas", at - 1, at + 1, 100.0),
            Resolved("harry-dunn", "person", "harry dunn", at + 8, at + 10, 100.0),
        ],
    )
    question = question_analysis.analyze(text)
    asked = SimpleNamespace(kinds={"anne-sacoolas": "person", "harry-dunn": "person"})
    dunn = "Harry Dunn, a 19-year-old motorcyclist, was struck by a Volvo."
    assert confidence_checks._age_of_another(question, reading, asked, {"harry-dunn"}, dunn)
    hers = "Sacoolas, 42, left the country."
    assert not confidence_checks._age_of_another(question, reading, asked, {"harry-dunn"}, hers)
    # a sentence naming no one may be about her, and is left to the other checks
    assert not confidence_checks._age_of_another(question, reading, asked, set(), "She is 42.")


def test_a_sentence_set_before_its_story_does_not_answer_of_a_moment_it_does_not_name():
    held = "For many years, Sirhan was held protectively at Corcoran State Prison."
    question = "which prison was sirhan sirhan in when he got stabbed"
    analysis = question_analysis.analyze(question)
    tokens = tokenize(question)
    lacks_scene = [0.0 if t.word in ("got", "stabbed") else 1.0 for t in analysis.terms]
    assert confidence_checks._earlier_time(analysis, tokens, lacks_scene, held, "2023-09-01")
    says_all = [1.0] * len(analysis.terms)
    assert not confidence_checks._earlier_time(analysis, tokens, says_all, held, "2023-09-01")
    # the future is never answered by an earlier time
    appeal = "when is the appeal in the citizenship case gonna be heard"
    declined = "In 2016, the U.S. Supreme Court declined to hear a case."
    read = question_analysis.analyze(appeal)
    zeros = [0.0] * len(read.terms)
    assert confidence_checks._earlier_time(read, tokenize(appeal), zeros, declined, "2020-01-01")


def test_background_does_not_answer_of_a_year_the_question_names_and_it_lacks():
    """ "who won the 2020 groom by-election": "At the last federal election, ..." tells the
    result of then; a background sentence of the asked year ("In 2020, ...") may answer."""
    question = "who won the 2020 groom by-election in queensland"
    analysis = question_analysis.analyze(question)
    tokens = tokenize(question)
    credited = [1.0] * len(analysis.terms)
    last = "At the last federal election, the Liberal National Party won this seat."
    assert confidence_checks._earlier_time(analysis, tokens, credited, last, "2020-10-01")
    same_year = "In 2020, the Liberal National Party won this seat."
    assert not confidence_checks._earlier_time(analysis, tokens, credited, same_year, "2021-01-01")


def test_background_does_not_answer_of_the_period_a_question_names_with_during():
    question = "how many lanes did fort lee commuters get during those 4 days"
    reserved = "For decades, three of the twelve access lanes had been reserved for commuters."
    analysis = question_analysis.analyze(question)
    tokens = tokenize(question)
    lacks_period = [0.0 if t.word in ("4", "days") else 1.0 for t in analysis.terms]
    assert confidence_checks._earlier_time(analysis, tokens, lacks_period, reserved, "2019-01-01")
    # a sentence with the period's words speaks of it, and one of the moment itself may answer
    says_all = [1.0] * len(analysis.terms)
    assert not confidence_checks._earlier_time(analysis, tokens, says_all, reserved, "2019-01-01")
    single = "But on these four days only a single lane was set aside."
    assert not confidence_checks._earlier_time(analysis, tokens, lacks_period, single, "2019-01-01")


def test_a_gathering_at_another_place_does_not_answer_of_the_asked_place_s():
    asked = SimpleNamespace(
        named=frozenset({"washington", "vladimir-putin"}),
        kinds={"washington": "place", "alaska": "place", "vladimir-putin": "person"},
        term_words=("putin", "washington", "meeting"),
    )
    alaska = "Witkoff mentioned that Trump and Putin agreed during a meeting in Alaska on Friday."
    assert confidence_checks._other_venue(asked, {"alaska", "vladimir-putin"}, alaska)
    # the asked place in the sentence, or no venue given, is no other gathering
    both = "After the meeting in Alaska, Putin was not invited to Washington."
    assert not confidence_checks._other_venue(asked, {"alaska", "washington"}, both)
    plain = "Putin and Trump agreed on guarantees in Alaska."
    assert not confidence_checks._other_venue(asked, {"alaska"}, plain)
    # a country asked is its people as often as its ground
    country = SimpleNamespace(
        named=frozenset({"united-states"}),
        kinds={"united-states": "country", "alaska": "place"},
        term_words=("us", "meeting"),
    )
    summit = "However, the Alaska summit did not result in a breakthrough."
    assert not confidence_checks._other_venue(country, {"alaska"}, summit)


def test_a_town_the_coverage_does_not_hold_is_asked_as_one_it_holds():
    """ "moscow" resolves to no entity of the seed briefing, which never names it: the meeting
    in Alaska is still another gathering."""
    asked = SimpleNamespace(
        named=frozenset({"steve-witkoff"}),
        kinds={"steve-witkoff": "person", "alaska": "place"},
        term_words=("witkoff", "meet", "moscow"),
    )
    alaska = "Witkoff mentioned that Trump and Putin agreed during a meeting in Alaska on Friday."
    assert confidence_checks._other_venue(asked, {"alaska", "steve-witkoff"}, alaska)
    # a town that an entity of the sentence holds is not missing
    held = SimpleNamespace(**{**vars(asked), "term_words": ("witkoff", "meet", "alaska")})
    assert not confidence_checks._other_venue(held, {"alaska", "steve-witkoff"}, alaska)


CAUCUSES = (
    "---\npublished: 2020-02-05\n---\n"
    "Iowa caucus results delayed by app failure\n"
    "Results of the Democratic Iowa caucuses were delayed after a counting app failed.\n"
    "Senator Bernie Sanders told supporters he expected a strong showing.\n"
    "In the Republican Iowa caucuses, President Donald Trump secured 39 of the state's 40 "
    "delegates.\n"
)


def test_a_count_of_what_a_person_won_is_not_another_person_s(tmp_path):
    """A "how many" question naming a person asks a count of their own (PEOPLES_OWN_KINDS):
    "how many Iowa delegates did Sanders win" is not answered by the delegates Trump secured
    (caps.PERSON_MISSING; wikinews-nearmiss), which still answer the question naming him."""
    answerer = answerer_over(tmp_path, {"caucuses": CAUCUSES})
    sanders = answerer.answer("how many iowa delegates did sanders win")
    assert not sanders.answered and sanders.confidence <= decide.NAME_MISSING
    trump = answerer.answer("how many iowa delegates did trump win")
    assert trump.answered and "39 of the state's 40" in trump.citations[0].sentence


def test_the_best_sentence_s_own_headline_is_no_rival():
    """A story's headline sums up its claim in other words: for a question its body sentence
    answers, the headline is the same answer, not a close call (confidence_checks._rival)."""

    def row(text, article="a", is_title=False, index=5):
        return SimpleNamespace(text=text, article=article, is_title=is_title, index=index)

    said = "Lithuanian President Gitanas Nauseda has stated that Ukraine needs real guarantees."
    headline = row(
        "Ukraine requires authentic guarantees, as stated by the Lithuanian president.",
        is_title=True,
    )
    other = row("The talks are expected to focus on Ukraine's security.")
    rows = [row(said), headline, other, row(said, article="b")]
    assert confidence_checks._rival(rows, [0, 1, 2]) == 2
    # a sentence syndicated word for word in another article is the same answer too
    assert confidence_checks._rival(rows, [0, 3, 2]) == 2
    # another story's headline is a rival, and so is a body sentence behind a leading headline
    elsewhere = row("Nauseda visits Kyiv", article="b", is_title=True)
    assert confidence_checks._rival([row(said), elsewhere], [0, 1]) == 1
    assert confidence_checks._rival([headline, row(said)], [0, 1]) == 1
    assert confidence_checks._rival([row(said)], [0]) is None
    # the story's lead sums it up as its headline does: there the headline stays a rival
    assert confidence_checks._rival([row(said, index=1), headline, other], [0, 1, 2]) == 1


def test_the_focus_orders_the_stories_but_never_alone_makes_the_answer_sure():
    """An interview headed with the question's words (article "i") goes ahead of a round-up's
    sentence that says them all (article "r") only by the round-up's focus penalty: without it
    the round-up leads by two, and that is the margin the confidence reads, not the one the
    penalty made (confidence_checks._unfocused, weighing.focus_penalties)."""

    def row(text, article, n):
        return SimpleNamespace(text=text, article=article, is_title=False, index=5, id=n)

    rows = [row("Kokesh seeks the nomination.", "i", 1), row("Jorgensen won it.", "r", 2)]
    scores, focus = [10.0, 9.0], [0.0, 3.0]
    assert confidence_checks._unfocused(rows, ["i", "r"], scores, focus, 0, 1.0, 1.0) == (
        -2.0,
        -2.0,
    )
    # a penalty on a story far behind leaves the margin and the lead as they were
    rows.append(row("The party met in May.", "d", 3))
    scores, focus = [10.0, 9.0, 4.0], [0.0, 0.0, 3.0]
    assert confidence_checks._unfocused(rows, ["i", "r", "d"], scores, focus, 0, 1.0, 1.0) == (
        1.0,
        1.0,
    )


def test_a_matter_not_known_needs_none_of_the_people_who_name_it():
    """ "has the agenda for the zelensky trump talks been released" (or "what is on the agenda
    ...") is answered by "The exact agenda for the meetings has not been disclosed": the names
    say which talks, and a story
    that does not know their agenda names no one with it (caps.PERSON_MISSING spares it)."""

    def told(question, text):
        analysis = question_analysis.analyze(question)
        return confidence_checks._unknown_told(analysis, SimpleNamespace(text=text))

    unknown = "The exact agenda for the meetings has not been disclosed."
    assert told("has the agenda for the zelensky trump talks been released", unknown)
    assert told("do we know the agenda for the zelensky trump talks", unknown)
    # what the agenda is: the sentence saying the agenda is not known answers it too
    assert told("what is on the agenda for the zelensky trump talks", unknown)
    # a question that asks neither, or a sentence that tells it
    assert not told("what will zelensky and trump talk about", unknown)
    told_it = "The talks are expected to focus on Ukraine's security."
    assert not told("has the agenda for the zelensky trump talks been released", told_it)


def test_a_sentence_naming_the_leader_of_what_the_question_names_says_the_leader(core):
    """ "the us leader" is Donald Trump, whom the entity table holds as the United States'
    president: "Trump and Russian President Vladimir Putin agreed ... during a meeting in
    Alaska" names the US leader and the Russian one without the word (withheld at 0.26 to
    0.37 before). The confidence reads it; the ranking does not ("does the russian leader
    want a say": Russia's demands, which Russia makes for its leader, stay first)."""
    for question in (
        "when did the us leader meet the russian president",
        "where and when did the us and russian leaders meet",
    ):
        answer = core.answer(question)
        assert answer.answered, question
        assert "meeting in Alaska" in answer.citations[0].sentence
    answer = core.answer("does the russian leader want a say over the guarantees")
    assert answer.citations[0].sentence.startswith("Russia demands")


def test_who_represents_a_body_is_asked_as_who_leads_it(core):
    """ "who represents the eu at the meetings" - "... and EU chief Ursula von der Leyen": a
    body's representative at a meeting is whoever holds its title there
    (question_parts.LEADER_WORDS; withheld at 0.45 before)."""
    answer = core.answer("who represents the eu at the meetings")
    assert answer.answered
    assert "EU chief Ursula von der Leyen" in answer.citations[0].sentence


def test_a_matter_told_unknown_needs_none_of_the_words_its_story_says_elsewhere(core):
    """ "do we know the exact agenda for monday" - "The exact agenda for the meetings has not
    been disclosed": the story's meetings are on Monday (its lead says so), and a sentence
    saying their agenda is not known need not repeat it. The confidence reads "monday" as
    covered there (0.85; decide.KNOWN_UNTOLD's +0.5 log-odds had taken it to 0.53)."""
    answer = core.answer("do we know the exact agenda for monday")
    assert answer.answered and answer.confidence > 0.8
    assert answer.citations[0].sentence.startswith("The exact agenda for the meetings")
    # a question that does not ask whether it is known reads its words as before
    assert not core.answer("what is the exact agenda for the tuesday dinner").answered


def test_the_names_a_question_puts_before_a_noun_the_sentence_refers_back_to_are_the_storys(core):
    """ "what are the zelensky trump talks about" - "The talks are expected to focus on ...":
    the story's lead set out whose talks they are, and "the talks" refers back to them
    (confidence_checks._referred_names; 0.22 before, as "what are the talks about" is 0.83)."""
    answer = core.answer("what are the zelensky trump talks about")
    assert answer.answered
    assert answer.citations[0].sentence.startswith("The talks are expected to focus on")
    # names the story never uses are still missing: no one's talks with the pope; nor names
    # it never puts together before "The talks": there are no Putin-Zelensky talks
    assert not core.answer("what are the zelensky pope talks about").answered
    assert not core.answer("what are the putin zelensky talks about").answered


def _credits(question: str, found: str) -> tuple[question_analysis.Question, tuple[float, ...]]:
    """The question read, and a credit for each of its terms: 1 for the words of ``found``."""
    analysis = question_analysis.analyze(question)
    return analysis, tuple(1.0 if t.word in found.split() else 0.0 for t in analysis.terms)


def test_a_yes_no_question_s_main_verb_must_be_in_the_sentence():
    """ "did the actor end up winning the award" is not answered by a sentence on the award
    without winning it ("earned a nomination for the award"): the main verb past "end up"."""
    question = "did the actor end up winning the award"
    tokens = question_analysis.question_tokens(question)
    analysis, nominated = _credits(question, "actor award")
    assert confidence_checks._asked_verb_unsaid(analysis, tokens, nominated)
    analysis, won = _credits(question, "actor winning award")
    assert not confidence_checks._asked_verb_unsaid(analysis, tokens, won)
    # a verb of saying reports the claim asked about; a wh-question is no yes/no one
    said = "is it true the director said they are filming a sequel"
    analysis, credits = _credits(said, "director sequel")
    assert not confidence_checks._asked_verb_unsaid(
        analysis, question_analysis.question_tokens(said), credits
    )
    who = "who ended up winning the award"
    analysis, credits = _credits(who, "award")
    assert not confidence_checks._asked_verb_unsaid(
        analysis, question_analysis.question_tokens(who), credits
    )


def test_a_yes_no_question_asking_both_opposites_has_its_verb_said_by_either():
    """ "did he win the seat or did he lose it": "he lost the seat" says which."""
    question = "did he win the seat or did he lose it"
    tokens = question_analysis.question_tokens(question)
    analysis, lost = _credits(question, "seat lose")
    assert not confidence_checks._asked_verb_unsaid(analysis, tokens, lost)
    analysis, neither = _credits(question, "seat")
    assert confidence_checks._asked_verb_unsaid(analysis, tokens, neither)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("why do giraffes have long necks", True),
        ("why was the singer banned from the festival", True),
        ("why is the river called the red river", True),
        ("why does it matter", False),  # a value, stated in words of its own
        ("why is the treaty important", False),  # a quality: no participle
        ("how do giraffes eat", False),
    ],
)
def test_a_why_question_of_the_present_or_a_passive_asks_a_cause(question, asks):
    """ "Why do giraffes have long necks" asks a cause as "why did" does: a news sentence with
    no words of cause does not answer it (confidence_checks._cause_unsaid)."""
    analysis = question_analysis.analyze(question)
    tokens = question_analysis.question_tokens(question)
    assert confidence_checks._asks_standing_cause(analysis, tokens) is asks


def _read(text: str, *people: tuple[str, int, int]) -> Reading:
    """``text`` read with each person (entity, first token, last token) resolved in it."""
    resolved = [
        Resolved(entity, "person", "", first, last, 100.0) for entity, first, last in people
    ]
    return Reading(text, tokenize(text), resolved)


def test_a_person_named_only_by_an_everyday_word_in_lower_case_is_not_asked_for():
    """ "earlier that *day*" is the word, not Doris Day, whom the entity table knows by her
    surname; "the lib dem *guy*" is no "Michael J T Guy". The person-missing cap must not
    hold back a sentence for lacking them (wikinews-dev12, wikinews-dev14)."""
    day = _read(
        "was the stabbing connected to the protest there earlier that day", ("doris-day", 10, 11)
    )
    assert confidence_checks._everyday_word_people(day) == {"doris-day"}
    guy = _read("is it true farquharson the lib dem guy owns a vape shop", ("michael-guy", 7, 8))
    assert confidence_checks._everyday_word_people(guy) == {"michael-guy"}


def test_a_surname_a_capital_or_a_fuller_name_still_names_the_person():
    # a surname rarer than everyday English ("trump", Zipf 4.9) is asked by
    trump = _read("what drugs did they give trump", ("donald-trump", 5, 6))
    assert not confidence_checks._everyday_word_people(trump)
    # capitalised past the question's first word, the asker wrote a name
    guy = _read("did Guy say anything", ("michael-guy", 1, 2))
    assert not confidence_checks._everyday_word_people(guy)
    # named in full elsewhere in the question, the everyday word is the same person again
    both = _read("did doris day sing on the show", ("doris-day", 1, 3), ("doris-day", 6, 7))
    assert not confidence_checks._everyday_word_people(both)


def test_a_person_left_unnamed_is_not_missing_from_the_sentence():
    asked = SimpleNamespace(
        kinds={"doris-day": "person"},
        named=frozenset({"doris-day"}),
        spans=(("doris-day", ("day",)),),
        term_words=("day",),
        leaders={},
    )
    assert fact_evidence.person_absent(asked, set(), (), (0.0,))
    assert not fact_evidence.person_absent(asked, set(), (), (0.0,), unnamed={"doris-day"})


def _row(index: int, text: str) -> SentenceRow:
    return SentenceRow(1, "story", index, 1, 0, len(text), text, False, "", "", None, "2019-08-23")


def test_a_he_or_she_may_stand_for_the_asked_person_the_sentence_before_names():
    """ "when was zamperoni last seen alive": "his roommates said they last saw him" follows
    the sentence naming Andrea Zamperoni, so it need not name him again to speak of him."""
    asked = SimpleNamespace(
        named=frozenset({"andrea-zamperoni", "queens"}),
        kinds={"andrea-zamperoni": "person", "queens": "place"},
    )
    before = SimpleNamespace(mentions_before=lambda row: frozenset({"andrea-zamperoni", "queens"}))
    saw = _row(2, "The manager said his roommates said they last saw him on Saturday.")
    assert confidence_checks._referred_people(before, saw, asked) == {"andrea-zamperoni"}
    # "also" adds to what the sentence before said of its people
    also = _row(2, "The manager also gave the police a photograph.")
    assert confidence_checks._referred_people(before, also, asked) == {"andrea-zamperoni"}
    # without a pronoun for one person, or with no sentence before, no one is referred to
    they = _row(2, "The roommates said they last saw the chef on Saturday.")
    assert not confidence_checks._referred_people(before, they, asked)
    assert not confidence_checks._referred_people(before, _row(0, saw.text), asked)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "what are the leaders going to talk about",
            "The talks are expected to focus on Ukraine's security.",
        ),
        (
            "did the summit fix anything about the war",
            "However, the Alaska summit did not result in a breakthrough regarding a ceasefire.",
        ),
        (
            "what's considered vital for keeping kyiv's armed forces going",
            "Maintaining the provision of defensive arms is crucial for sustaining Ukraine's "
            "military capabilities.",
        ),
        (
            # "has this security guarantee thing been a big deal lately", as the reading
            # writes it (question.py: "been a big deal" -> "been important")
            "has this security guarantee thing been important lately",
            "The meetings may involve guarantees, a topic that has gained significant attention.",
        ),
        (
            "russia supports the security guarantees, doesnt it?",
            "However, these efforts face strong opposition from the Kremlin.",
        ),
        (
            "on which day did the leaders get together in alaska",
            "Trump and Putin agreed on guarantees during a meeting in Alaska on Friday.",
        ),
        (
            "does ukraine have to keep a big army itself",
            "Another key element is the need for Ukraine to maintain a sizable military force.",
        ),
        (
            "how would ukraine's army fit in alongside the foreign contingents",
            "This force would complement the presence of allied reassurance forces.",
        ),
        (
            "according to the lithuanian president, what should the guarantees include",
            "Lithuanian President Gitanas Nauseda has stated that Ukraine needs real guarantees.",
        ),
        (
            "will the talks cover the state of the war",
            "The talks are expected to focus on the current state of the conflict.",
        ),
        (
            "what did mayor diaz call the new parking tax",
            'Mayor Ana Diaz called the parking tax "a disgrace to the city".',
        ),
        (
            "what is the old lighthouse keeper known for",
            "The keeper is best known for rescuing the crew of a fishing boat in 1952.",
        ),
        (
            "is the flood aid only from japan or also from others",
            "The flood aid comes from Japan and South Korea.",
        ),
    ],
)
def test_a_sentence_tells_what_the_question_s_form_asks(question, sentence):
    """The subject, the outcome, the need, the notice, the support, the day, a need, a thing
    beside another or someone's word asked, told in kind (decide.FORM_TOLD)."""
    assert confidence_checks.form_told(tokenize(question), sentence)
    assert not confidence_checks.form_told(
        tokenize(question), "Zelensky meets Trump in Washington."
    )
    assert not confidence_checks.form_told(tokenize("who is zelensky meeting"), sentence)


@pytest.mark.parametrize(
    ("question", "confirms"),
    [
        ("so alaska was a bust on the truce front?", True),
        ("i take it the alaska thing was kind of a bust then?", True),
        ("so alaska was a bust on the truce front", False),  # no question mark: a statement
        ("one on one trump zelensky?", False),  # no verb: a keyword query
    ],
)
def test_a_statement_put_as_a_question_restates_a_claim(question, confirms):
    """Read as no kind of its own, it restates a claim as a yes/no question does, so a sentence
    denying in its own words settles it (decide.DENIED_CLAIM)."""
    analysis = question_analysis.analyze(question)
    assert confidence_checks._asks_confirmation(analysis, tokenize(question)) is confirms


def test_a_sentence_setting_out_the_choice_asked_tells_it_in_kind():
    """ "would the weapons go to ukraine or to the european troops" - "... to Ukraine or to a
    European-led force": both alternatives, joined by "or" (decide.FORM_TOLD)."""
    # terms: weapons, ukraine, european, troops; the first alternative ukraine, the second the rest
    asked = SimpleNamespace(first=(False, True, False, False), second=(False, False, True, True))
    both = [1.0, 1.0, 1.0, 0.8]
    text = "The US remains willing to supply weaponry to Ukraine or to a European-led force."
    assert confidence_checks.both_alternatives(asked, both, text)
    assert not confidence_checks.both_alternatives(asked, [1.0, 1.0, 0.0, 0.0], text)
    assert not confidence_checks.both_alternatives(asked, both, text.replace(" or ", " and "))
    assert not confidence_checks.both_alternatives(SimpleNamespace(first=(), second=()), [], text)


def test_a_rival_naming_no_one_asked_is_no_fuller_answer_than_a_list_of_them():
    """ "which european bigwigs is he seeing after trump": the list of leaders lacks "after
    trump", which "Before the meetings with European leaders, Zelensky will first meet with
    Trump" has; it names none of the leaders, so it does not cap the list."""
    ranking = SimpleNamespace(matches=[[1.0, 1.0, 0.0], [1.0, 1.0, 1.0]], story=[])
    rows = [
        SimpleNamespace(article="a", text="The leaders include Starmer, Macron and Merz."),
        SimpleNamespace(article="a", text="Before meeting the leaders, he meets Trump."),
    ]

    def evidence(answers: int) -> fact_evidence.Evidence:
        return fact_evidence.Evidence(1.0, True, 0.0, 0.0, 0.0, False, False, 0.0, answers)

    naming_none = [evidence(3), evidence(0)]
    assert not confidence_checks._fuller_rival(ranking, rows, [0, 1], [5.0, 4.0], naming_none)
    naming_too = [evidence(3), evidence(1)]
    assert confidence_checks._fuller_rival(ranking, rows, [0, 1], [5.0, 4.0], naming_too)
    assert confidence_checks._fuller_rival(ranking, rows, [0, 1], [5.0, 4.0])


def test_a_quotation_of_someone_else_does_not_tell_what_the_one_asked_said():
    """ "what did ana diaz say": the quotation must name her by her words that are no everyday
    word (confidence_checks.words_told); her brother's quotation covers the question's words as
    well ("Diaz"), and is a near miss."""
    question = tokenize("what did ana diaz say at the ceremony")
    assert confidence_checks.words_told(question, '"It was a good day," Ana Diaz said.')
    assert not confidence_checks.words_told(
        question, '"It was a good day," said her brother, Luis Diaz.'
    )


def test_the_words_of_the_form_asked_are_those_the_sentence_tells_in_kind():
    form = confidence_checks._form_words
    tokens = tokenize("what does the rebuilding depend on")
    assert form(tokens, "Steady funding is crucial for sustaining the rebuilding.") == {"depend"}
    assert form(tokens, "The rebuilding began on Monday.") == frozenset()
    # notice drawn is not read so: it turned a held-out follow-up into a wrong citation
    notice = tokenize("has the strike been drawing much notice lately")
    assert form(notice, "It is a topic that has gained wide attention.") == frozenset()


BRIDGE = (
    "A new bridge over the river is planned for the town.\n"
    "The council approved the plans for the bridge on Tuesday, and work will begin in the spring.\n"
    "The bridge will carry a cycle lane and a footpath across the river to the new station.\n"
    "The regional government will pay for the footpath, and the railway company will build the"
    " station.\n"
)


def test_an_undated_sentence_naming_no_one_does_not_answer_who_does_a_deed_it_lacks(tmp_path):
    """An undated story (the seed briefing) is spared the dated checks, but a who-question's
    verb (mismatch.deed_unstated) is looked for in a sentence that names no person: one without
    it says what the thing is, not who does it. A sentence naming people may say their deed in
    its own words (a list of titles for "who represents the EU") and is not held back."""
    answerer = answerer_over(tmp_path, {"bridge": BRIDGE})
    lane = answerer.answer("who is funding the cycle lane across the river")
    assert not lane.answered
    paid = answerer.answer("who will pay for the footpath")
    assert paid.answered and "regional government" in paid.citations[0].sentence


@pytest.mark.parametrize(
    ("question", "unsaid"),
    [
        ("why does the union want a new vote", True),  # a stance's motive
        ("why do the farmers oppose the new rules", True),
        ("why does the city need a new bridge", False),  # a purpose, said in words of its own
        ("why do the new rules matter", False),
    ],
)
def test_a_long_undated_story_tells_a_stance_s_motive_in_words_of_cause(question, unsaid):
    """In a long story without a date (the seed briefing), "why does X want Y" asks the motive
    of a stance: restating it ("The union insists on a new vote") tells none. Other standing
    whys ask a value or a purpose, which such a story states in words of its own."""
    analysis = question_analysis.analyze(question)
    tokens = question_analysis.question_tokens(question)
    row = SimpleNamespace(published=None, text="The union insists on a new vote.")
    judged = SimpleNamespace(typed=0.0)
    long = decide.LONG_ARTICLE + 1
    assert confidence_checks._cause_unsaid(analysis, tokens, row, long, judged) is unsaid
    assert not confidence_checks._cause_unsaid(analysis, tokens, row, 5, judged)


def test_a_sentence_stating_an_objection_tells_what_the_problem_with_a_thing_is():
    """ "what's the kremlin's problem with all this" - "... face strong opposition from the
    Kremlin": the question's "problem" is told in kind (_form_words)."""
    question = tokenize("what's the kremlin's problem with all this")
    assert confidence_checks._form_words(
        question, "However, these efforts face strong opposition from the Kremlin."
    ) == {"problem"}
    assert not confidence_checks._form_words(question, "Zelensky meets Trump in Washington.")


def test_a_sentence_stating_a_purpose_tells_what_aim_a_thing_pursues():
    """ "what aim is being pursued" - "... on Ukrainian territory to guarantee security and deter
    further aggression": the purpose noun and its verb told in kind (_form_words)."""
    question = tokenize("in stationing foreign soldiers there, what aim is being pursued?")
    sentence = "A European force would be deployed to guarantee security and deter aggression."
    assert confidence_checks._form_words(question, sentence) == {"aim", "pursued"}
    assert not confidence_checks._form_words(question, "Zelensky meets Trump in Washington.")


def _asked_naming(question: str, *names: tuple[str, str, str]) -> question_evidence.Asked:
    """What a question asks (no intent, the default rarity) where the resolver found ``names``:
    each an entity, its kind and the words the question names it by."""
    tokens = tokenize(question)
    resolved = []
    for entity, kind, alias in names:
        words = alias.split()
        at = next(i for i in range(len(tokens)) if tokens[i : i + len(words)] == words)
        resolved.append(Resolved(entity, kind, alias, at, at + len(words), 100.0))
    kinds = {entity: kind for entity, kind, _ in names}
    return question_evidence.asked(
        question_analysis.analyze(question), DEFAULT_RARITY, tokens, resolved, None, kinds
    )


def test_a_sentence_having_the_person_meet_someone_tells_that_they_take_part():
    """ "has the french president confirmed to be there": "The European leaders set to meet
    with Zelensky include ... French President Emmanuel Macron" has Macron meet Zelensky."""
    question = "has the french president confirmed to be there"
    asked = _asked_naming(question, ("emmanuel-macron", "person", "french president"))
    assert asked.attendance == (6, {"confirmed", "be", "there"})
    meets = {"predicate": "meet", "subject_entity": "emmanuel-macron"}
    meets["object_entity"] = "volodymyr-zelensky"
    told = confidence_checks.attendance_told(asked, tokenize(question), [meets])
    assert told == {"confirmed", "be", "there"}
    # a fact of another verb, or no person named before the phrase, tells nothing of it
    agrees = dict(meets, predicate="agree")
    assert not confidence_checks.attendance_told(asked, tokenize(question), [agrees])
    room = "will the europeans be in the room"
    europeans = _asked_naming(room, ("europe", "place", "europeans"))
    assert not confidence_checks.attendance_told(europeans, tokenize(room), [meets])


def test_a_sentence_having_someone_unnamed_meet_tells_who_takes_part():
    """ "which official from berlin joins the discussions with the ukrainian president": Merz
    meets Zelensky, whom the question names; Zelensky meeting Trump names no one new."""
    question = "which official from berlin joins the discussions with the ukrainian president"
    asked = _asked_naming(question, ("volodymyr-zelensky", "person", "ukrainian president"))
    merz = {"predicate": "meet", "subject_entity": "friedrich-merz"}
    merz["object_entity"] = "volodymyr-zelensky"
    tokens = tokenize(question)
    assert confidence_checks.attendance_told(asked, tokens, [merz]) == {"joins"}
    zelensky = dict(merz, subject_entity="volodymyr-zelensky", object_entity="donald-trump")
    assert not confidence_checks.attendance_told(asked, tokens, [zelensky])


@pytest.mark.parametrize(
    "question", ["who wants to join nato", "who will join the eu next", "who is joining nato"]
)
def test_joining_an_organisation_asks_of_membership_which_no_meeting_tells(question):
    """ "who wants to join nato": Merz meeting Zelensky says nothing of who joins NATO; "join"
    asks who takes part only with a meeting or a person after it."""
    org = "nato" if "nato" in tokenize(question) else "eu"
    asked = _asked_naming(question, ("nato", "org", org))
    assert asked.attendance is None  # membership: no phrase of attendance is kept
    merz = {"predicate": "meet", "subject_entity": "friedrich-merz"}
    merz["object_entity"] = "volodymyr-zelensky"
    assert not confidence_checks.attendance_told(asked, tokenize(question), [merz])
    talks = "who is joining the nato talks"
    joining = _asked_naming(talks, ("nato", "org", "nato"))
    assert confidence_checks.attendance_told(joining, tokenize(talks), [merz]) == {"joining"}


WATERLOO = (
    "---\npublished: 2019-09-20\n---\n"
    "Engineer killed while working on travelator at London Waterloo station\n\n"
    "Very early Wednesday morning, an engineer was killed while working at Waterloo station in "
    "the British capital London.\n"
    "He was working on a travelator at the station when the incident occurred.\n"
)


def test_a_nationality_names_no_one_a_who_question_asks_for(tmp_path):
    """ "waterloo station enginer death who was he": "an engineer was killed ... in the British
    capital London" names no one; its one capitalised word beyond the question's, a place's
    and a weekday is a nationality (caps.NAME_UNGIVEN; wikinews-dev33, answered at 0.70)."""
    question = "waterloo station engineer death, who was he"
    answer = answerer_over(tmp_path, {"waterloo": WATERLOO}).answer(question)
    assert not answer.answered and answer.confidence <= decide.NAME_MISSING


def _ranked_with(*names: str) -> SimpleNamespace:
    """A ranking of one candidate with only the named rank features set."""
    features = [0.0] * len(rank_features.FEATURES)
    for name in names:
        features[rank_features.FEATURES.index(name)] = 1.0
    return SimpleNamespace(features=[features])


def test_a_sentence_answers_in_kind_with_the_asked_type_outside_its_story_s_lead():
    """ "where was the flight coming from" - "was en-route from Dubai": a place, not the lead.
    A lead restates the event in the question's words, so it does not answer in kind, and a
    sentence without an answer of the asked type does not either."""
    where = question_analysis.analyze("where was air india express flight 1344 coming from", {})
    typed = SimpleNamespace(typed=1.0)
    assert confidence_checks.answers_in_kind(where, typed, _ranked_with(), 0)
    assert not confidence_checks.answers_in_kind(where, typed, _ranked_with("lead"), 0)
    untyped = SimpleNamespace(typed=0.0)
    assert not confidence_checks.answers_in_kind(where, untyped, _ranked_with(), 0)


def test_a_count_is_answered_in_kind_only_by_a_number_before_what_it_counts():
    """ "how many people came to the maker faire" is not answered in kind by "the sixth annual
    Mini Maker Faire" (a number, of nothing counted), but "six of the House's committees" is."""
    count = question_analysis.analyze("how many people came to the maker faire", {})
    typed = SimpleNamespace(typed=1.0)
    assert count.answer_type in confidence_checks.COUNTED_TYPES
    assert not confidence_checks.answers_in_kind(count, typed, _ranked_with(), 0)
    assert confidence_checks.answers_in_kind(count, typed, _ranked_with("counted"), 0)


ALEPPO = (
    "---\npublished: 2019-02-03\n---\nBlock of flats collapses in Aleppo, killing eleven\n"
    "A block of flats collapsed on Saturday in Aleppo, Syria, killing eleven. "
    "Rescuers, some using only their hands, dug out the surviving child. "
    "Little reconstruction has taken place in the city since the war. "
    "China, Iran, and Russia have pledged funds and Syria is taxing certain goods toward the "
    "cost of reconstruction. "
    "The United Nations says the city contained 35,000 war-damaged structures.\n"
)


def test_countries_a_sentence_opens_with_act_and_name_who(tmp_path):
    """ "who will pay for reconstruction?": "China, Iran, and Russia have pledged funds" names
    who pays; read as places, it named no one (caps.NAME_UNGIVEN) and was withheld. A country
    elsewhere in a sentence still only places it."""
    answer = answerer_over(tmp_path, {"aleppo": ALEPPO}).answer(
        "who will pay for reconstruction in aleppo?"
    )
    assert answer.answered and answer.citations[0].sentence.startswith("China, Iran, and Russia")
    assert "syria" not in confidence_checks._opening_names("A block collapsed in Aleppo, Syria.")
    assert confidence_checks._opening_names("The United States, which has left, said") == {
        "the",
        "united",
        "states",
    }


def test_a_country_after_an_opening_preposition_places_or_times_and_names_no_one():
    """ "In Syria, ..." opens with where, "After Russia invaded, ..." with when: the country
    there is not who the first clause's deed is done by."""
    assert confidence_checks._opening_names("In Syria, the government is taxing goods.") == set()
    assert "russia" not in confidence_checks._opening_names("After Russia invaded, Germany paid.")
    assert confidence_checks._opening_names("And China pledged funds.") == {"and", "china"}
