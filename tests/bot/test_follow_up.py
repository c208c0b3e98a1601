"""Follow-ups: a short question with no entity of its own continues the last one, within the
story its answer quoted, unless it names a thing that story or the coverage lacks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot import follow_up
from bot.answer import Answerer
from bot.model import Answer, Citation
from bot.question import clean
from bot.question_reading import known_word, read, reading_of
from bot.resolve import Resolved
from tests.bot.answerers import answerer_over


def test_a_follow_up_made_of_reporting_words_leans_on_the_last_answer(core):
    previous = core.answer("did trump rule out a ceasefire?")
    answer = core.answer("who said that?", previous=previous)
    assert answer.answered and "Witkoff" in answer.citations[0].sentence


def test_a_short_follow_up_leans_on_the_previous_answer(core):
    first = core.answer("who is zelensky meeting in washington?")
    follow_up = core.answer("and when?", previous=first)
    assert follow_up.answered and "on Monday" in follow_up.citations[0].sentence


@pytest.mark.parametrize(
    "first",
    [
        "who is zelensky meeting? https://www.bbc.co.uk/news/world-europe-12345678",
        "<@&123456789012345678> **who** is zelensky meeting?",
    ],
)
def test_a_follow_up_reads_the_earlier_question_as_it_was_read_then(core, first):
    """The earlier question was joined to "and when?" as typed: its link and role mention
    became junk words ("https", "bbc", "123456789012345678") and the follow-up was abstained on."""
    previous = core.answer(first)
    assert previous.answered
    follow_up = core.answer("and when?", previous=previous)
    assert follow_up.answered and "on Monday" in follow_up.citations[0].sentence


HARBOUR = """Harbour reopens after storm

The harbour reopened on Friday after a week of repairs to the sea wall.
The mayor, Anna Berg, said the repairs cost 2 million euros.
Fishing boats returned to the quay the same morning because the weather had cleared.
"""


FERRY = """Ferry sinks off the coast

The ferry sank on Tuesday night about ten miles off the coast.
Rescuers pulled 40 passengers from the water, the coast guard said.
"""


REOPEN = "when did the harbour reopen?"


@pytest.fixture(scope="module")
def harbour(tmp_path_factory) -> Answerer:
    return answerer_over(tmp_path_factory.mktemp("harbour"), {"harbour": HARBOUR})


@pytest.mark.parametrize(
    "question",
    ["when did the ferry sink?", "when did it sink?", "any casualties?", "what about 2019?"],
)
def test_a_short_question_about_a_thing_no_article_has_is_no_follow_up(harbour, question):
    """ "when did the ferry sink?" after "when did the harbour reopen?" was asked together with
    it (no entity, two content words), found no ferry, and quoted "The harbour reopened on
    Friday" again; asked alone it abstains, and so it does after an answer now."""
    first = harbour.answer(REOPEN)
    assert first.answered
    after = harbour.answer(question, previous=first)
    assert not after.answered and after.continues is None
    assert after.reply == harbour.answer(question).reply


def test_a_short_question_about_another_story_is_answered_from_that_story(tmp_path):
    """Where an article has the ferry, the follow-up reading still chose the harbour's story
    (its question's words outweigh "ferry"), which says nothing of a ferry: asked alone."""
    both = answerer_over(tmp_path, {"harbour": HARBOUR, "ferry": FERRY})
    first = both.answer(REOPEN)
    assert first.answered and first.citations[0].article == "harbour"
    after = both.answer("when did the ferry sink?", previous=first)
    assert after.answered and after.continues is None
    assert after.citations[0].sentence.startswith("The ferry sank on Tuesday")


@pytest.mark.parametrize(
    "question",
    [
        "who said that?",
        "why?",
        "and when?",
        "how many?",
        "how badly?",  # the word of a "how" question, however rare
        "who paid?",
        "u sure?",
        "says who?",
        "whats the source",
        "any proof?",
        "what about the repairs?",  # a word of the story
        "tho",  # chat shorthand and fillers
        "ok so when",
        "why tho",
        "bruh why",
        "oof, when?",
        "wen?",  # typos
        "wher is it",
        "whn did it reopen",
        "wat about the repiars?",
    ],
)
def test_a_follow_up_in_the_askers_own_words_still_continues(harbour, question):
    """Only a word that names a thing of its own and that the coverage (or the quoted story)
    lacks makes a short question a new one: common words, "how" words, reporting words, words
    about the answer, chat shorthand and typos of a question word do not."""
    first = harbour.answer(REOPEN)
    assert harbour.answer(question, previous=first).continues == REOPEN


def test_a_follow_up_of_a_follow_up_in_the_askers_own_words_continues_the_first(harbour):
    first = harbour.answer(REOPEN)
    why = harbour.answer("why?", previous=first)
    when = harbour.answer("whn did it reopen", previous=why)
    assert why.continues == when.continues == REOPEN
    assert when.answered and "on Friday" in when.citations[0].sentence


@pytest.mark.parametrize(
    "question", ["what about the guarantees?", "why did he do that?", "how many?", "wen?"]
)
def test_a_follow_up_about_the_story_continues_on_the_seed_article(core, question):
    first = core.answer("who is zelensky meeting?")
    assert core.answer(question, previous=first).continues == "who is zelensky meeting?"
    ferry = core.answer("when did the ferry sink?", previous=first)
    assert not ferry.answered and ferry.continues is None


def test_a_chat_aside_before_a_bare_follow_up_is_no_word_to_find(core):
    """ "nvm, where?" was asked with "nvm" as one more term, which no sentence has, and was
    abstained on where "where?" was answered."""
    first = core.answer("when is zelensky meeting trump?")
    for question in ("nvm, where?", "bruh where"):
        after = core.answer(question, previous=first)
        assert after.answered and "in Washington" in after.citations[0].sentence


def test_a_follow_up_the_story_has_no_word_for_says_the_story_does_not_say(core):
    """ "who paid?" after an answer about weapons the US will supply was asked with it and
    quoted that answer again; the story mentions no payment, and says so now."""
    first = "what weapons will the us supply?"
    previous = core.answer(first)
    assert previous.answered
    after = core.answer("who paid?", previous=previous)
    assert not after.answered and after.kind == "abstain"
    assert after.reply.startswith("The story I quoted (")
    assert after.continues == first


def test_a_follow_up_whose_words_choose_no_sentence_of_the_story_is_abstained_on(core):
    """ "who pays for them?" (funding, which the story's "U.S. assistance" is looked up as)
    quoted the guarantees sentence it continues again; asked alone within the story it
    quotes nothing with its words, and is abstained on, not told the story "doesn't say"."""
    previous = core.answer("what are the proposed security guarantees?")
    after = core.answer("who pays for them?", previous=previous)
    assert not after.answered and after.reply.startswith("The coverage doesn't say")


def test_a_story_silent_follow_up_keeps_the_conversation_going(harbour):
    first = harbour.answer(REOPEN)
    paid = harbour.answer("who paid?", previous=first)
    assert not paid.answered and "Harbour reopens after storm" in paid.reply
    assert paid.continues == REOPEN


def test_a_follow_up_whose_own_words_the_earlier_answer_lacks_is_asked_within_the_story(core):
    """ "what will they talk about?" after "and where?" was asked with "who is zelensky meeting
    on monday?", whose words chose the meeting sentence again; the story's sentence with its
    own words (the talks' focus) answers it."""
    first = core.answer("who is zelensky meeting on monday?")
    where = core.answer("and where?", previous=first)
    talk = core.answer("what will they talk about?", previous=where)
    assert talk.answered and talk.citations[0].sentence.startswith("The talks are expected")
    assert talk.continues == "who is zelensky meeting on monday?"


def test_a_bare_follow_up_still_continues_the_story(core):
    first = core.answer("when is zelensky meeting trump?")
    after = core.answer("where?", previous=first)
    assert after.answered and "in Washington" in after.citations[0].sentence


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("who paid?", ("paid",)),
        ("did anyone die?", ("die",)),
        ("and after that?", ()),  # words that only place the question
        ("how old is he", ()),  # the word of a "how" question
        ("nvm, where?", ()),  # a chat aside
        ("whn did it reopen", ("reopen",)),  # a typo of a question word
        ("what time did the ferry leave", ("ferry", "leave")),  # the word that asks a time
        ("which year was it?", ()),
        ("where did the mayor go after that", ("mayor",)),  # a light verb
        ("what did they get", ()),
        ("why does it matter?", ()),  # the words of asking why something matters
        ("why is the vote important", ("vote",)),
    ],
)
def test_asked_words_are_what_a_follow_up_asks_about(question, asked):
    assert follow_up.asked_words(question, {}) == asked


@pytest.mark.parametrize(
    ("sentence", "question", "asked", "says"),
    [
        ("A rescued woman died at the scene.", "did anyone die?", ("die",), True),
        ("Rescuers dug out the surviving child.", "who survived?", ("survived",), True),
        # a word of its topic only: "caused" looks "resulted" up, but it names no cause
        ("The fire resulted in the death of all 33.", "what caused it?", ("caused",), False),
    ],
)
def test_an_answer_only_the_story_gives_must_have_the_follow_ups_own_word(
    sentence, question, asked, says
):
    assert follow_up.says_itself(sentence, question, asked) is says


@pytest.mark.parametrize(
    ("question", "continued", "asked_as"),
    [
        ("what did he say?", "how old is witkoff?", "what did witkoff say?"),
        ("and his view?", "how old is witkoff?", "and witkoff's view?"),
        ("what did he say?", "when will zelensky meet trump?", "what did he say?"),  # two
        ("what did he say?", None, "what did he say?"),
    ],
)
def test_a_follow_up_asked_within_the_story_names_the_one_person_he_or_she_is(
    core, question, continued, asked_as
):
    """ "what did he say?" asked alone within the story had no word for "he": the person the
    earlier question names is who it asks about, where it names one only."""
    limit = core.config.answer.max_question_chars
    assert follow_up.named_again(core._state, question, continued, limit) == asked_as


@pytest.mark.parametrize(
    ("text", "asked", "derived"),
    [
        ("The then-new owner bought the hall in 2001.", ("owned",), True),
        ("No payment was made.", ("paid",), True),
        ("The harbour reopened on Friday.", ("paid",), False),
    ],
)
def test_a_story_with_a_word_made_from_the_asked_one_is_not_told_it_does_not_say(
    text, asked, derived
):
    """ "who owned it?" after an answer from a story naming its "owner" was told "the story
    doesn't say": "owner" is no word looked up with "owned"."""
    assert follow_up._derived_in(text, asked) is derived


def test_a_follow_up_on_an_answer_from_a_story_no_longer_in_the_coverage_is_read_without_it(
    core,
):
    """Rebuilt and reloaded since the last answer, the coverage may lack its story: asked
    within it, the follow-up raised UnknownArticleError (the Discord handler's "crashed")."""
    first = core.answer("what weapons will the us supply?")
    gone = replace(first, citations=(replace(first.citations[0], article="gone-story"),))
    after = core.answer("what will they talk about?", previous=gone)
    assert not after.reply.startswith("The story I quoted")
    typed = clean("what will they talk about?", 500)
    asked = follow_up.AskedIn("gone-story", ("discuss",))
    alone = core._in_story("what will they talk about?", typed, typed.text, asked, "q", 3)
    assert not alone.answered and alone.continues == "q"


def test_a_follow_up_asking_with_no_words_of_its_own_is_checked_against_no_story():
    """What a follow-up asks about and the story it is asked in come as one value: no words, no
    value, so the answerer never checks a story for words it has not got (it had written
    "asked and story is not None" where the words already meant a story)."""
    assert follow_up.asked_in("harbour", "why?", {}) is None
    assert follow_up.asked_in("harbour", "who paid?", {}) == follow_up.AskedIn("harbour", ("paid",))


def test_the_next_question_leans_on_an_answer_or_a_question_abstained_on():
    """An abstention on a question of its own becomes the context ("how old is the building?"
    after "was anyone hurt in the Bontddu Hall fire?" was abstained on quoted another
    article's building); an abstained follow-up, or small talk, keeps the older one."""

    answered = Answer(question="a", answered=True, kind="answer", reply="r")
    new = Answer(question="b", answered=False, kind="abstain", reply="n")
    more = replace(new, continues="a")
    hello = Answer(question="hi", answered=False, kind="smalltalk", reply="hi")
    assert follow_up.leaned_on(answered, None) is answered
    assert follow_up.leaned_on(new, answered) is new
    assert follow_up.leaned_on(more, answered) is answered
    assert follow_up.leaned_on(hello, answered) is answered


def test_a_follow_up_is_not_answered_with_the_sentence_just_quoted_that_lacks_its_words(core):
    """ "what does it want instead?" re-quoted "Russia remains unwilling to engage in ...
    talks", which the member had just read and which wants nothing: the earlier question's
    words chose it again."""
    previous = core.answer("is russia willing to talk to ukraine?")
    assert previous.answered and "unwilling" in previous.citations[0].sentence
    answer = core.answer("what does it want instead?", previous=previous)
    assert not answer.answered or answer.citations[0].sentence != previous.citations[0].sentence


@pytest.mark.parametrize("follow", ["wat did he say", "where was that?"])
def test_the_sentence_just_quoted_may_answer_a_follow_up_about_it_or_a_bare_one(core, follow):
    """It names who said what, and may hold the place or time a bare follow-up asks for."""
    previous = core.answer("who is steve witkoff?")
    assert previous.answered and "Witkoff" in previous.citations[0].sentence
    answer = core.answer(follow, previous=previous)
    assert answer.answered and answer.citations[0].sentence == previous.citations[0].sentence


@pytest.mark.parametrize(
    ("alias", "follows"), [("get", True), ("men", True), ("france", False), ("putin", False)]
)
def test_an_entity_read_from_a_common_word_is_no_subject_of_a_follow_ups_own(alias, follows):
    """ "when did people get water back?" read a place named "Get" and was asked alone, where
    it continues the question about the water main; "and france?" names a subject of its own."""

    tokens = ["when", "did", "people", alias, "water", "back"][-4:]
    resolved = [Resolved(alias, "place", alias, 1, 2, 100.0)]
    assert follow_up.is_follow_up(tokens, resolved) is follows


STORY = (
    "John Bolton was fired on Tuesday. He said he had resigned. "
    "Mary Smith, his deputy, stays. She said nothing."
)


@pytest.mark.parametrize(
    ("person", "pronoun", "fits"),
    [
        ("bolton", "she", False),
        ("bolton", "his", True),
        ("smith", "her", True),
        ("smith", "he", False),
        ("witkoff", "she", True),  # the story says neither: as before
    ],
)
def test_she_is_not_the_man_the_story_calls_he(person, pronoun, fits):
    """ "what did she say?" after a question naming Bolton was asked as "what did bolton
    say?", whom the story calls "he"."""
    assert follow_up.pronoun_fits(STORY, person, pronoun) is fits


def test_a_follow_up_about_her_is_not_asked_about_the_man_its_story_calls_he(tmp_path):
    """named_again reads the pronoun against the story the follow-up is asked in."""
    answerer = answerer_over(tmp_path, {"bolton": "Title: Bolton fired\n\n" + STORY})
    limit = answerer.config.answer.max_question_chars
    continued = "when was john bolton fired?"
    state, story = answerer._state, "bolton"
    assert follow_up.named_again(state, "what did she say?", continued, limit, story) == (
        "what did she say?"
    )
    asked = follow_up.named_again(state, "what did he say?", continued, limit, story)
    assert asked != "what did he say?" and "bolton" in asked


def test_the_story_is_read_only_where_a_person_is_checked_against_it(tmp_path, monkeypatch):
    """ "what did he say?" after a question that names no one, with no sentence quoted, has no
    person to check against its story: the story's text is not read. After one that names
    Bolton, it is read, once, to tell whether the story calls him "he"."""
    answerer = answerer_over(tmp_path, {"bolton": "Title: Bolton fired\n\n" + STORY})
    state, limit = answerer._state, answerer.config.answer.max_question_chars
    read: list[str] = []
    monkeypatch.setattr(state.corpus, "article_text", lambda story: read.append(story) or STORY)
    known = known_word(state.corpus)
    nobody = follow_up.person_meant(state, "he", "what happened?", limit, "bolton", None, known)
    assert nobody is None and read == []
    named = "when was john bolton fired?"
    assert follow_up.person_meant(state, "he", named, limit, "bolton", None, known)
    assert read == ["bolton"]


CRASH = (
    "Mary Smith's car killed cyclist John Brown on Monday. She said she was sorry. "
    "She left the country later. Brown was 19. His family is grieving."
)


def test_he_is_the_person_the_answer_named_where_the_question_named_a_she(tmp_path):
    """ "how old was he?" after "who was killed by mary smith's car?" kept "he" unread (the
    story calls Smith "she"), and the earlier question's words quoted the crash's date again:
    "he" is the one other person the answer named."""
    answerer = answerer_over(tmp_path, {"crash": "Title: Cyclist killed\n\n" + CRASH})
    limit = answerer.config.answer.max_question_chars
    continued = "who was killed by mary smith's car?"
    previous = answerer.answer(continued)
    assert previous.answered and "Brown" in previous.citations[0].sentence
    asked = follow_up.named_again(
        answerer._state, "how old was he?", continued, limit, "crash", previous
    )
    assert "brown" in asked
    alone = follow_up.named_again(answerer._state, "how old was he?", continued, limit, "crash")
    assert alone == "how old was he?"  # without the answer, no one "he" fits


@pytest.mark.parametrize(
    ("question", "beyond"),
    [
        ("and then?", True),
        ("what else might come up", True),
        ("who else?", True),
        ("what does it want instead?", True),
        ("any more?", True),
        ("what did he say then?", False),  # "then" of time, with words of its own
        ("more than 20?", False),
        ("when?", False),
    ],
)
def test_a_follow_up_that_asks_for_more_than_the_last_answer_said(question, beyond):
    assert follow_up.asks_beyond(question) is beyond


def test_and_then_is_not_answered_with_the_sentence_just_quoted(core):
    """ "and then?" after "Zelensky will first meet with Trump one-on-one" re-quoted it: the
    member asks what comes after what they just read."""
    previous = core.answer("will zelensky meet trump one-on-one first?")
    assert previous.answered and "one-on-one" in previous.citations[0].sentence
    answer = core.answer("and then?", previous=previous)
    assert not answer.answered or answer.citations[0].sentence != previous.citations[0].sentence


@pytest.mark.parametrize(
    "question", ["and then? <:hmm:123456789012345678>", "and then, <@200000000000000003>?"]
)
def test_a_follow_up_asking_beyond_is_read_without_its_discord_tokens(core, question):
    """ "and then?" with a custom emoji or a member's mention re-quoted the sentence just
    quoted: asks_beyond read the question as typed, whose emoji name and ids were words of its
    own, where the question it reads is the cleaned one (question.clean)."""
    previous = core.answer("will zelensky meet trump one-on-one first?")
    assert previous.answered and "one-on-one" in previous.citations[0].sentence
    answer = core.answer(question, previous=previous)
    assert not answer.answered or answer.citations[0].sentence != previous.citations[0].sentence


def test_a_follow_up_abstained_on_as_asking_beyond_echoes_a_mention_as_shown(core):
    """The abstention echoes the question as the member saw it ("@…" for a member's
    mention), as every other abstention does (CleanQuestion.shown)."""
    previous = core.answer("will zelensky meet trump one-on-one first?")
    answer = core.answer("so <@200000000000000003> and then?", previous=previous)
    assert not answer.answered and "(so @… and then?)" in answer.reply


@pytest.mark.parametrize(
    ("text", "follows"),
    [("what did the US say", False), ("what did the us say", True), ("what did US say", False)],
)
def test_a_common_word_typed_in_capitals_is_a_name_of_the_follow_ups_own(text, follows):
    """ "what did the US say?" after any question was asked together with it (abstained on,
    where asked alone it quotes Pompeo): "us" is one of English's commonest words, but "US"
    in capitals is the country, as no member writes the pronoun so."""
    tokens = text.lower().split()
    resolved = [Resolved("us", "place", "us", tokens.index("us"), tokens.index("us") + 1, 100.0)]
    assert follow_up.is_follow_up(tokens, resolved, text) is follows


def test_a_follow_up_is_checked_against_the_build_it_was_read_in(core, monkeypatch):
    """Answerer.answer reads one build throughout, whatever a /reload does meanwhile; the
    check of a follow-up's story (story_says) read the answerer's build of the moment, so a
    reload while the follow-up was answered checked sentence ids of one build against
    another's. Here the answerer's build is swapped for one with no corpus as the follow-up's
    story is looked up: nothing after that may read it."""
    answerer = core
    previous = answerer.answer("what weapons will the us supply?")
    story_of = follow_up.story_of

    def reloaded(corpus, answer):
        found = story_of(corpus, answer)
        monkeypatch.setattr(answerer, "_state", None)  # a /reload meanwhile
        return found

    monkeypatch.setattr(follow_up, "story_of", reloaded)
    after = answerer.answer("who paid?", previous=previous)
    assert after.reply.startswith("The story I quoted (")


@pytest.mark.parametrize("reaction", ["ok", "lol", "cool", "wow really"])
def test_a_reaction_after_an_answer_is_not_answered_with_it_again(core, reaction):
    """ "ok", "lol" or "wow" after an answer was read as a bare follow-up, asked with the last
    question and answered with the same sentence again; it asks nothing, and the conversation
    keeps its context (kind "empty": follow_up.leaned_on)."""
    previous = core.answer("who is zelensky meeting in washington?")
    assert previous.answered
    answer = core.answer(reaction, previous=previous)
    assert not answer.answered and answer.kind == "empty"
    assert follow_up.leaned_on(answer, previous) is previous


@pytest.mark.parametrize("question", ["oof why", "is that true?", "and?"])
def test_a_question_with_a_reaction_in_it_still_follows_up(core, question):
    previous = core.answer("who is zelensky meeting in washington?")
    assert core.answer(question, previous=previous).kind != "empty"


def _ranked(*stories: tuple[str, float]) -> tuple:
    return tuple(Citation(a, f"Title {a}", "p", 1, "A sentence.", 0, 11, s) for a, s in stories)


def _abstained(*stories: tuple[str, float], continues: str | None = None) -> Answer:
    return Answer("q", False, "r", kind="abstain", ranked=_ranked(*stories), continues=continues)


def test_an_abstained_question_is_about_the_one_story_its_abstention_names():
    """ "when was it built?" after "which famous guests stayed at bontddu hall?", abstained on,
    asks about that hall: the story of the abstention's best sentence, far ahead of others."""
    assert follow_up.abstained_story(_abstained(("hall", 14.9), ("hall", 11.0), ("ship", 3.0)))


def test_an_abstention_whose_best_stories_are_close_names_none():
    assert follow_up.abstained_story(_abstained(("hall", 14.9), ("ship", 14.0))) is None


def test_an_abstained_follow_up_names_no_story_of_its_own():
    """Its question was read with the one it continued, whose story it kept."""
    assert follow_up.abstained_story(_abstained(("hall", 14.9), continues="earlier?")) is None


def test_a_follow_up_of_an_abstained_question_is_read_in_its_story(harbour):
    (story,) = {c.article for c in harbour.answer(REOPEN).citations}
    assert follow_up.story_of(harbour.corpus, _abstained((story, 9.0))) == story


SHIPYARD = """Shipyard finishes ferry repairs

The shipyard said on Monday that repairs to the ferry were finished.
Workers had said the repairs would take a month.
"""


@pytest.fixture(scope="module")
def two_repairs(tmp_path_factory) -> Answerer:
    return answerer_over(
        tmp_path_factory.mktemp("repairs"), {"harbour": HARBOUR, "shipyard": SHIPYARD}
    )


def test_a_bare_follow_up_is_answered_within_the_story_of_the_last_answer(two_repairs):
    """ "when?" after the harbour repairs' cost, asked together with it over the coverage, found
    the shipyard's repairs "on Monday" about as fitting, and was abstained on."""
    first = two_repairs.answer("how much did the harbour repairs cost?")
    assert first.answered and first.citations[0].article == "harbour"
    after = two_repairs.answer("when?", previous=first)
    assert after.answered and "reopened on Friday" in after.citations[0].sentence


def test_a_bare_follow_up_its_story_does_not_answer_is_abstained_on_not_called_empty(
    two_repairs,
):
    """Asked alone in the story, "when?" asks nothing; the member is told the story does not
    say, not asked to ask a question."""
    first = two_repairs.answer("what did anna berg say?")
    after = two_repairs.answer("when?", previous=first)
    assert after.kind == "abstain" and after.continues == "what did anna berg say?"
    assert "Shipyard" not in after.reply  # the abstention names only the story asked about


def _cites_again(answer: Answer, previous: Answer) -> bool:
    return answer.answered and answer.citations[0].sentence == previous.citations[0].sentence


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("what did trump and putin agree on?", "was there a ceasefire?"),  # yes/no, read it
        ("why is international pressure increasing?", "who is putting on the pressure?"),
        ("is the us still giving weapons to ukraine", "why does that matter"),  # no reason
        ("does ukraine need its own modernized army", "what would that force do"),  # pointed
    ],
)
def test_a_follow_up_the_sentence_just_quoted_leaves_open_is_not_answered_with_it(
    core, first, follow
):
    """The member has read the sentence: a yes/no question about it, a question whose words
    it has only as the earlier question's or as the thing pointed back at ("that force"), and
    "why?" where it gives no reason, ask what it left open. Each re-quoted it."""
    previous = core.answer(first)
    assert previous.answered
    assert not _cites_again(core.answer(follow, previous=previous), previous)


@pytest.mark.parametrize(
    ("follow", "earlier", "new"),
    [
        ("who is putting on the pressure?", "why is international pressure rising?", ("putting",)),
        ("what would that force do", "does ukraine need an army?", ()),
        ("what does that complicate?", "what does russia insist on?", ("complicate",)),
    ],
)
def test_new_words_are_those_the_earlier_question_and_the_thing_pointed_at_lack(
    follow, earlier, new
):
    previous = Answer(question=earlier, answered=True, kind="answer", reply="r")
    asked = follow_up.asked_words(follow, {})
    assert set(follow_up.new_words(follow, asked, previous)) == set(new)


def test_a_bare_follow_up_is_answered_from_the_sentence_just_quoted_where_it_holds_it(core):
    """ "what is his name?" after the Lithuanian president's words quoted Zelensky's meeting
    with "US President Donald Trump": asked together with the earlier question, it shared more
    words; the sentence the member just read names him."""
    previous = core.answer("what does the lithuanian president want for ukraine?")
    assert "Nauseda" in previous.citations[0].sentence
    answer = core.answer("what is his name?", previous=previous)
    assert answer.answered and "Nauseda" in answer.citations[0].sentence


def test_a_bare_why_keeps_the_sentence_just_quoted_where_it_gives_the_purpose(core):
    previous = core.answer("where would the european force be deployed?")
    assert "deter" in previous.citations[0].sentence
    answer = core.answer("what is it for?", previous=previous)
    assert not answer.answered or "deter" in answer.citations[0].sentence


@pytest.mark.parametrize(
    ("first", "follow", "said"),
    [
        ("did the alaska summit bring a ceasefire?", "when was it?", "on Friday"),
        ("is the us still giving weapons to ukraine", "why does that matter", "is crucial"),
    ],
)
def test_a_bare_follow_up_is_not_answered_from_a_sentence_just_read_that_lacks_it(
    core, first, follow, said
):
    """ "when was it?" after the Alaska summit's outcome was abstained on: the outcome's
    sentence, read with the earlier question's words, capped the one with "on Friday" as a
    fuller rival. Having no date, it is no candidate for "when"; nor, giving no reason, for
    "why does that matter"."""
    previous = core.answer(first)
    answer = core.answer(follow, previous=previous)
    assert answer.answered and said in answer.citations[0].sentence


def test_the_lead_line_points_at_the_sentence_quoted_first(core):
    """told_first puts the sentence just quoted before the best-ranked one; the short line
    above the quotes is built from the sentence quoted first, not from the one passed over."""
    previous = core.answer("what does the lithuanian president want for ukraine?")
    answer = core.answer("what is his name?", previous=previous)
    assert answer.answered and "Nauseda" in answer.citations[0].sentence
    assert answer.lead is None or "Zelensky" not in answer.lead


def test_a_yes_no_follow_up_is_answered_with_the_other_sentence_it_quotes_alone(core):
    """ "was there a ceasefire?" after a sentence ruling one out "immediately" asks what that
    sentence left open; asked alone in the story it quoted that sentence first again, and was
    abstained on, where the story's other sentence on a ceasefire answers it."""
    first = core.answer("what did witkoff say trump and putin agreed on?")
    told = first.citations[0]
    follow = core.answer("was there a ceasefire?", previous=first)
    assert follow.answered
    assert "did not result in a breakthrough" in follow.citations[0].sentence
    assert all(c.sentence_id != told.sentence_id for c in follow.citations)


PRISON = (
    "Senator Paul Green's killer was stabbed in prison on Friday. "
    "The prisoner is in stable condition. Green was killed in 1990."
)


def test_he_is_left_unread_where_the_question_it_continues_names_no_one(tmp_path):
    """ "how is he doing?" after "when was sirhan sirhan stabbed?" (a name the reading did not
    know) was asked about the one person the sentence just quoted names, Kennedy, whom Sirhan
    killed: where the earlier question names no one, "he" is not guessed."""
    answerer = answerer_over(tmp_path, {"prison": "Title: Killer stabbed\n\n" + PRISON})
    limit = answerer.config.answer.max_question_chars
    continued = "when was the killer stabbed?"
    previous = answerer.answer(continued)
    assert previous.answered and "Paul Green" in previous.citations[0].sentence
    asked = follow_up.named_again(
        answerer._state, "how is he doing?", continued, limit, "prison", previous
    )
    assert asked == "how is he doing?"


@pytest.mark.parametrize(
    ("alias", "sentence", "named"),
    [
        ("harry dunn", "Sacoolas was in a collision which killed motorcyclist Harry Dunn.", True),
        ("day", "Just the previous day, Eliud Kipchoge ran a marathon.", False),
        ("day", "Doris Day died on Monday, a day after her birthday.", True),
        ("le pen", "Marine Le Pen spoke.", True),
    ],
)
def test_a_person_the_answer_names_is_written_as_a_name(alias, sentence, named):
    """ "the previous day" of a sentence about Eliud Kipchoge was read as the singer Doris
    Day, and "where did he run it?" was asked as "where did day run it"."""
    assert follow_up._written_as_a_name(alias, sentence) is named


CRASH_SITE = "A helicopter crashed in Calabasas, California, on Sunday, killing nine."
INJURED = "The crash killed seven people and injured 14 others on Sunday."


@pytest.mark.parametrize(
    ("earlier", "follow", "again"),
    [
        ("where did the helicopter crash?", "where were they going?", True),
        ("when did the helicopter crash?", "where?", False),  # a place it has not given
        ("where did the helicopter crash?", "when?", False),
        ("where did the helicopter crash?", "what happened?", False),  # asks no kind
        ("how many died in the crash?", "and how many were injured?", False),
        ("what crashed in calabasas?", "what was it called?", True),  # a name, not said
    ],
)
def test_the_answer_just_read_is_not_given_again_to_the_same_kind_of_question(
    earlier, follow, again
):
    """ "where were they going?" after "where did the helicopter crash?" quoted the crash
    site again: the member has read that place. A count it gives of something else asked
    ("injured") answers "how many" again."""
    sentence = CRASH_SITE if "injured" not in follow else INJURED
    cited = Citation("a", "T", "p", 1, sentence, 0, len(sentence), 1.0, sentence_id=7)
    previous = Answer(question=earlier, answered=True, reply="", citations=(cited,))
    assert follow_up.quoted_again(previous, cited, follow, ()) is again


@pytest.mark.parametrize(
    ("text", "asked", "found"),
    [
        ("These bison came from the National Bison Range.", ("come",), True),
        ("Kipchoge ran in Vienna, Austria.", ("run",), True),
        ("Fire crews were called to the building.", ("built",), False),
        ("Paying back this loan seems realistic.", ("paid",), False),
        ("The herd was released on Wednesday.", ("come",), False),
    ],
)
def test_a_plain_verb_asked_after_did_finds_its_irregular_past(text, asked, found):
    """ "where did they come from?" was told the story "doesn't say", which has "came from the
    National Bison Range": the question asks with the plain form, the story tells the past."""
    assert follow_up._inflected_in(text, asked) is found


TRUCK = (
    "John Green's truck hit cyclist Tom Brown on Monday. Green said he was sorry. "
    "Brown was 19. He died in hospital."
)


@pytest.mark.parametrize(
    ("person", "pronoun", "fits"),
    [
        ("tom brown", "he", True),
        ("tom brown", "she", False),
        ("green", "she", True),  # no sentence opens with Green and then with a pronoun
        ("smith", "he", True),  # the story never names her
    ],
)
def test_a_story_calls_the_person_it_opens_a_sentence_with_by_the_next_ones_pronoun(
    person, pronoun, fits
):
    assert follow_up.opening_pronoun_fits(TRUCK, person, pronoun) is fits


def test_she_is_not_the_other_person_the_answer_names_where_the_story_calls_him_he(tmp_path):
    """ "what did she say?" after "who did john green's truck hit?": the story calls Green
    "he", and the one other person the answer names, Brown, "he" too: no one is meant."""
    answerer = answerer_over(tmp_path, {"truck": "Title: Cyclist hit\n\n" + TRUCK})
    limit = answerer.config.answer.max_question_chars
    continued = "who did john green's truck hit?"
    previous = answerer.answer(continued)
    assert previous.answered and "Tom Brown" in previous.citations[0].sentence
    asked = follow_up.named_again(
        answerer._state, "what did she say?", continued, limit, "truck", previous
    )
    assert asked == "what did she say?"
    asked = follow_up.named_again(
        answerer._state, "how old was he?", continued, limit, "truck", previous
    )
    assert "green" in asked  # the story calls Green "he": the question's own person


RELEASE = "The buffalo were released from a trailer into a 48-acre spread on Friday."
PARKS = "From 1965 Rosa Parks worked for his Detroit office for 23 years."


def _quoted(question: str, sentence: str, sentence_id: int) -> Answer:
    cited = Citation("a", "T", "p", 1, sentence, 0, len(sentence), 1.0, sentence_id=sentence_id)
    return Answer(question=question, answered=True, reply="", citations=(cited,))


def test_an_answer_carries_the_ones_its_context_leaned_on_newest_first():
    first = _quoted("what happened at the buffalo release?", RELEASE, 1)
    second = follow_up.with_earlier(_quoted("what did she say?", "We are healed.", 2), first)
    third = follow_up.with_earlier(_quoted("and then?", "They left.", 3), second)
    assert [a.question for a in third.earlier] == ["what did she say?", first.question]
    assert all(not a.earlier for a in third.earlier)  # each without its own
    fourth = follow_up.with_earlier(_quoted("why?", "Because.", 4), third)
    assert len(fourth.earlier) == follow_up.EARLIER_KEPT


@pytest.mark.parametrize(
    ("earlier", "sentence", "follow", "again"),
    [
        # two answers back, the release itself: no answer to the herd's plans
        (
            "what happened at the buffalo release?",
            RELEASE,
            "what are their plans for the herd",
            True,
        ),
        # "she" points back at Rosa Parks, whose 23 years that sentence gives
        ("who worked in his detroit office?", PARKS, "how long did she work for him", False),
    ],
)
def test_a_sentence_read_two_answers_back_is_checked_as_the_last_one(
    earlier, sentence, follow, again
):
    """ "what are their plans for the herd?" quoted the buffalo release that the question
    before the last had quoted; a sentence that holds what the follow-up asks ("how long")
    and its question did not, answers it."""
    first = _quoted(earlier, sentence, 1)
    last = follow_up.with_earlier(_quoted("what did crystal say?", "We are healed.", 2), first)
    assert follow_up.quoted_again(last, first.citations[0], follow, ()) is again
    assert follow_up.quoted_by(last, first.citations[0]) == replace(first, earlier=())


OCEANOGRAPHER = """Oceanographer Walter Munk dies at 101

The oceanographer Walter Munk died on Friday in La Jolla, California.
Munk was born in Austria and moved to California in 1939.
He observed an atomic bomb test from a raft in the 1950s.
"""

PHYSICS_PRIZE = """Physics prize announced

The Royal Swedish Academy of Sciences announced the winners of the Nobel Prize in Physics.
The prize was shared by three physicists from Canada and Switzerland.
"""


@pytest.fixture(scope="module")
def munk(tmp_path_factory) -> Answerer:
    stories = {"munk": OCEANOGRAPHER, "nobel": PHYSICS_PRIZE}
    return answerer_over(tmp_path_factory.mktemp("munk"), stories)


def test_he_with_a_thing_his_story_lacks_is_told_the_story_is_silent(munk):
    """ "did he win a nobel prize?" after an answer about Walter Munk asks about him: asked
    over the whole coverage as a question of its own, it quoted another story's prize."""
    first = munk.answer("where was walter munk born?")
    assert first.answered and "Austria" in first.citations[0].sentence
    follow = munk.answer("did he win a nobel prize?", previous=first)
    assert not follow.answered and "The story I quoted" in follow.reply
    alone = munk.answer("how many shared the nobel prize?", previous=first)
    assert "The story I quoted" not in alone.reply  # no "he": a question of its own


DUNN_CRASH = """UK urges US to waive immunity for diplomat's wife

Motorcyclist Harry Dunn was killed in a collision with a car driven by Anne Sacoolas in August.
Sacoolas left the United Kingdom days after the crash, claiming diplomatic immunity.
Prime Minister Boris Johnson said the use of diplomatic immunity for this purpose was not right.
"""

UK_ELECTION = """Conservative Party wins majority in UK general election

The Conservative Party won a majority of seats in the general election on Thursday.
Boris Johnson said he was humbled by the results and thanked the voters who supported him.
"""


@pytest.fixture(scope="module")
def dunn(tmp_path_factory) -> Answerer:
    stories = {"crash": DUNN_CRASH, "election": UK_ELECTION}
    return answerer_over(tmp_path_factory.mktemp("crash"), stories)


def test_a_name_with_it_is_asked_within_the_story_it_points_into(dunn):
    """ "what did boris johnson say about it?" after an answer about the crash that killed
    Harry Dunn names Johnson, whom the story quotes, and points back with "it": asked over the
    whole coverage, the name chose the election story's Johnson."""
    first = dunn.answer("who was killed in the crash involving anne sacoolas?")
    assert first.answered and first.citations[0].article == "crash"
    follow = dunn.answer("what did boris johnson say about it?", previous=first)
    assert all(c.article == "crash" for c in follow.citations)
    alone = dunn.answer("what did boris johnson say about the election?", previous=first)
    assert alone.answered and alone.citations[0].article == "election"  # no "it": its own


def test_points_into_needs_it_and_only_the_story_s_names(dunn):
    """follow_up.points_into: "it" pointing back, and every name the question has in the
    story; a name the story lacks makes a question of its own."""
    story = dunn.answer("who was killed in the crash involving anne sacoolas?").citations[0]
    state = dunn._state
    known = known_word(state.corpus)

    def reading(text):
        return reading_of(state, read(state, text, known), known)

    assert follow_up.points_into(
        state.corpus, story.article, reading("what did boris johnson say about it")
    )
    assert not follow_up.points_into(
        state.corpus, story.article, reading("what did boris johnson say")
    )
    assert not follow_up.points_into(
        state.corpus, story.article, reading("what did the conservative party say about it")
    )


SUPERMARKET_SALE = """Tesco to sell its Polish stores

Tesco is selling 301 stores in Poland to the Salling Group.
The Polish anti-monopoly agency has to approve the deal.
"""

WOMEN_CREW = """All-women crew steers Tippu Express

B Shiva Parvathi was running the train as loco pilot, with Rangoli Patil as her co-pilot.
The train covered 139 km between Mysuru and Bengaluru.
"""


@pytest.fixture(scope="module")
def tesco(tmp_path_factory) -> Answerer:
    stories = {"tesco": SUPERMARKET_SALE, "train": WOMEN_CREW}
    return answerer_over(tmp_path_factory.mktemp("tesco"), stories)


def test_changes_subject_where_the_story_has_none_of_the_words_named(tesco):
    """follow_up.changes_subject: "loco pilot" and "tippu express" are no words of the Tesco
    story, so the question is about another one; a single word, or words the story has, are
    no change of subject."""
    corpus = tesco.corpus
    asked = ("loco", "pilot", "tippu", "express")
    assert follow_up.changes_subject(corpus, "tesco", asked, {})
    assert not follow_up.changes_subject(corpus, "tesco", ("express",), {})  # one word
    assert not follow_up.changes_subject(corpus, "tesco", ("agency", "pilot"), {})
    assert not follow_up.changes_subject(corpus, None, asked, {})  # no story yet


def test_a_short_question_about_another_story_is_asked_alone(tesco):
    """ "who was the loco pilot on the tippu express?" after an answer about Tesco's sale was
    read with the Tesco question, whose words outweighed its own, and abstained on."""
    first = tesco.answer("how many stores is tesco selling in poland?")
    assert first.answered and "301" in first.citations[0].sentence
    follow = tesco.answer("who was the loco pilot on the tippu express?", previous=first)
    assert follow.answered and "Parvathi" in follow.citations[0].sentence
    assert follow.continues is None


def test_a_pronoun_after_an_abstention_that_named_no_story_points_nowhere(two_repairs):
    """ "what sentence could *he* get?" after "what is the attacker's name?" was abstained on
    with two stories close: who "he" is was never told, and read with the earlier question
    over the whole coverage "he" matched another story's person. Abstained on; a follow-up
    without a pronoun is still asked."""
    vague = Answer(
        "what did they say?",
        False,
        "r",
        kind="abstain",
        ranked=_ranked(("harbour", 9.0), ("shipyard", 8.9)),
    )
    assert follow_up.story_of(two_repairs.corpus, vague) is None
    pointed = two_repairs.answer("how much did she say they cost?", previous=vague)
    assert not pointed.answered and pointed.continues == "what did they say?"
    assert two_repairs.answer("how much did the repairs cost?", previous=vague).answered


def test_points_nowhere_needs_a_pronoun_and_no_story():
    assert follow_up.points_nowhere(None, ["what", "sentence", "could", "he", "get"])
    assert follow_up.points_nowhere(None, ["why", "isn't", "it", "a", "record"])
    assert not follow_up.points_nowhere("harbour", ["what", "could", "he", "get"])
    assert not follow_up.points_nowhere(None, ["how", "much", "will", "rebuilding", "cost"])


@pytest.mark.parametrize(
    "question",
    ["is it true that the mayor resigned", "it says the bridge fell", "how long did it take"],
)
def test_an_it_that_stands_for_nothing_points_nowhere_no_more_than_none(question):
    assert not follow_up.points_nowhere(None, question.split())


def test_an_it_that_took_place_still_points_back():
    assert follow_up.points_nowhere(None, "where did it take place".split())


@pytest.mark.parametrize(
    "question", ["what time did it take off", "when will it take effect", "did it take over"]
)
def test_an_it_that_takes_off_or_effect_still_points_back(question):
    assert follow_up.points_nowhere(None, question.split())


LEONOV = """Cosmonaut Alexei Leonov dies at age 85

Alexei Leonov, the first person to walk in space, died on Friday in Moscow.
Sputnik News reported Leonov, who died in Moscow, will be buried at the Federal Military
Memorial Cemetery on Tuesday.
He had been ill for a long time, his assistant said.
"""


@pytest.fixture(scope="module")
def leonov(tmp_path_factory) -> Answerer:
    return answerer_over(tmp_path_factory.mktemp("leonov"), {"leonov": LEONOV, "rocket": SHIPYARD})


@pytest.mark.parametrize("typed", ["where will he be buried", "were will he be burried"])
def test_a_typo_d_follow_up_is_checked_against_the_sentence_just_read_as_corrected(leonov, typed):
    """Whether the sentence just quoted answers a follow-up again is read from the follow-up
    as corrected: as typed, "were will he be burried" was a yes/no question with a word no
    sentence has, and the burial sentence the member had read, which answers it, was
    abstained on."""
    first = leonov.answer("where did alexei leonov die?")
    assert first.answered and "buried" in first.citations[0].sentence
    follow = leonov.answer(typed, previous=first)
    assert follow.answered and "buried" in follow.citations[0].sentence


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("what about the president, what did he say", "what did the president say"),
        ("and the mother? what did she get?", "what did the mother get?"),
        ("What about the US - who did they blame", "who did the US blame"),
        ("what about his wife, what is her name", "what is his wife's name"),
        ("what about the ferry, when did it sink", "when did it sink about the ferry"),
        ("what about the mayor", "what about the mayor"),  # no question after the topic
        ("and then what happened, who said that", "and then what happened, who said that"),
        ("what about her, what did she say", "what about her, what did she say"),
    ],
)
def test_a_follow_up_that_names_its_topic_first_is_read_as_one_question(question, read_as):
    """A topic named first ("what about X, <question>"): X is what the question asks about,
    and its "he", "she" or "they" is X, not the last answer's person."""
    assert follow_up.topic_last(question) == read_as


MAYOR = (
    "Mayor Paul Adams of Riverton was stabbed on stage at a charity concert on Sunday.\n\n"
    "Adams, 53, had been mayor since 1998.\n\n"
    'President Maria Lopez remarked, "Today I am unconditionally with him and his family."\n\n'
    "Police arrested a 27-year-old man at the scene."
)


def test_what_about_someone_then_what_did_he_say_asks_what_that_one_said(tmp_path):
    """The topic named first ("what about the president, what did she say") after an answer
    about the stabbed mayor: read whole, "she" was the mayor and the answer was withheld; the
    president's words answer."""
    answerer = answerer_over(tmp_path, {"mayor": MAYOR})
    first = answerer.answer("who was stabbed on stage in riverton?")
    assert first.answered
    after = answerer.answer("what about the president, what did she say", previous=first)
    assert after.answered
    assert after.citations[0].sentence.startswith("President Maria Lopez remarked")


BUS = (
    "Title: Bus crashes in Cuba\n\n"
    "A bus operated by Viazul, which is run by the army's tourism branch, crashed on Thursday "
    "near Baracoa. Seven people died in the crash. The bus was carrying forty passengers."
)


MILL = (
    "Title: Paper mill closes\n\n"
    "The company that owns the paper mill in Oakton closed it on Monday. Two hundred workers "
    "lost their jobs."
)


def test_a_noun_the_story_lacks_after_the_is_what_the_conversation_is_about(tmp_path):
    """ "who runs the company?" after an answer about Viazul's bus: the story never says
    "company", which is the asker's word for Viazul; asked as "who runs it?" in the story."""
    answerer = answerer_over(tmp_path, {"bus": BUS, "mill": MILL})
    story = "bus"
    assert follow_up.pointed_at(
        answerer.corpus, story, "who runs the company", ("company",), {}
    ) == ("who runs it")
    assert follow_up.pointed_at(answerer.corpus, story, "who runs it", (), {}) is None
    # a word the story lacks that is no noun pointed back at: perhaps another story's
    assert (
        follow_up.pointed_at(answerer.corpus, story, "who runs ferries", ("ferries",), {}) is None
    )
    first = answerer.answer("how many people died in the cuba bus crash?")
    assert first.answered
    after = answerer.answer("who runs the company", previous=first)
    assert after.answered and after.question == "who runs the company"
    assert "which is run by the army's tourism branch" in after.citations[0].sentence


def test_a_bare_follow_ups_clear_best_sentence_is_held_to_the_lower_bar():
    """A bare "and when did that happen?" after "why did the mill close?", within its story: the
    sentence that leads the story's others by a clear margin is quoted from BARE_CONFIDENCE."""
    bar = follow_up.bare_bar(0.5, margin=follow_up.BARE_MARGIN + 2.0)
    assert bar == follow_up.BARE_CONFIDENCE < 0.5


def test_a_bare_follow_up_with_a_close_runner_up_keeps_the_operators_bar():
    """Two sentences of the story scored alike ("and the other one?"): the two questions read
    as one point at neither, and the answer needs the usual confidence."""
    assert follow_up.bare_bar(0.5, margin=0.1) == 0.5


def test_an_operators_bar_below_the_bare_one_stays_lowest():
    assert follow_up.bare_bar(0.2, margin=5.0) == 0.2


CYCLIST = """Cyclist crosses the Alps in record time

Dutch cyclist Mara Vos crossed the Alps from Geneva to Turin in 31 hours on Saturday.
Vos rode at an average of 29 kilometres per hour, stopping twice for food.
She said the descent into Italy was the hardest part of the ride.
Her team plans a crossing of the Pyrenees next summer.
"""


def test_a_follow_up_asking_with_a_light_verb_is_asked_in_its_story(tmp_path):
    """The asker's "go" for the ride the story tells with "rode": the story lacks it, and the
    member was told the story doesn't say how fast she went."""
    both = answerer_over(tmp_path, {"cyclist": CYCLIST, "harbour": HARBOUR})
    first = both.answer("how long did mara vos take to cross the alps?")
    after = both.answer("how fast did she go?", previous=first)
    assert after.answered and "29 kilometres per hour" in after.citations[0].sentence


CHIRAC_DIES = """Former president of France Jacques Chirac dies aged 86

Jacques Chirac, president of France from 1995 to 2007, died on Thursday aged 86.
Chirac was an outspoken opponent of the United States-led Iraq War.
Assembly president Richard Ferrand said Chirac is part of the history of France.
"""

TROOPS_INTERVIEW = """Candidate speaks about the Iraq War

Senator Mark Hollis thinks the Iraq War was a mistake and wants the troops brought home.
He said the war in Iraq cost too many lives.
"""


@pytest.fixture(scope="module")
def chirac(tmp_path_factory) -> Answerer:
    stories = {"chirac": CHIRAC_DIES, "interview": TROOPS_INTERVIEW}
    return answerer_over(tmp_path_factory.mktemp("chirac"), stories)


def test_he_with_the_story_s_names_is_asked_within_the_story(chirac):
    """ "what did he think of the iraq war?" after an answer quoting Chirac's obituary names
    the Iraq War, which the obituary tells, and points back at a person with "he": asked over
    the whole coverage, "he" matched anyone, and another story's senator was quoted."""
    first = chirac.answer("how old was jacques chirac when he died?")
    assert first.answered and first.citations[0].article == "chirac"
    follow = chirac.answer("what did he think of the iraq war?", previous=first)
    assert all(c.article == "chirac" for c in follow.citations)
    own = chirac.answer("what did hollis think of the iraq war?", previous=first)
    assert own.answered and own.citations[0].article == "interview"  # a person of its own


def test_points_at_person_in_needs_a_pronoun_no_person_and_the_story_s_names(chirac):
    """follow_up.points_at_person_in: "he" or "his", no person named, every name the story's."""
    story = chirac.answer("how old was jacques chirac when he died?").citations[0].article
    state = chirac._state
    known = known_word(state.corpus)

    def reading(text):
        return reading_of(state, read(state, text, known), known)

    assert follow_up.points_at_person_in(
        state.corpus, story, reading("what did he think of the iraq war")
    )
    assert not follow_up.points_at_person_in(
        state.corpus, story, reading("what did people think of the iraq war")
    )
    assert not follow_up.points_at_person_in(
        state.corpus, story, reading("what did hollis think of the iraq war")
    )


BORDER_WALL = """President says he may declare emergency to build border wall

The president said on Friday he may declare a national emergency to fund a border wall.
Nancy Pelosi, the Speaker of the House, said "We are committed to keeping our border safe."
Chuck Schumer said "Don't hold federal workers hostage."
The government has been partly shut down since December 22.
"""

IMPEACHMENT_RULES = """House sets rules for impeachment inquiry

Nancy Pelosi, the Speaker of the House, announced the vote in a letter to other members.
Pelosi said the inquiry would be open to the public from next month.
Senator Chuck Schumer said the Senate would hold a fair trial, Schumer told reporters.
The vote passed on Thursday.
"""


@pytest.fixture(scope="module")
def pelosi(tmp_path_factory) -> Answerer:
    stories = {"wall": BORDER_WALL, "rules": IMPEACHMENT_RULES}
    return answerer_over(tmp_path_factory.mktemp("pelosi"), stories)


def test_what_someone_said_is_asked_within_the_story_that_names_them(pelosi):
    """ "what did pelosi say?" after the president on a border emergency, whose story quotes
    her: asked over the whole coverage, her name chose the impeachment story's sentences."""
    first = pelosi.answer("what did the president say about a national emergency?")
    assert first.answered and first.citations[0].article == "wall"
    follow = pelosi.answer("what did pelosi say?", previous=first)
    assert follow.answered and "keeping our border safe" in follow.citations[0].sentence
    own = pelosi.answer("what did pelosi say about the inquiry?", previous=first)
    assert all(c.article == "rules" for c in own.citations)  # a topic of its own


def test_asks_words_of_one_in_needs_only_a_speaker_the_story_names(pelosi):
    """follow_up.asks_words_of_one_in: the speaker, saying and pointing back, nothing else,
    and the story names the speaker."""
    state = pelosi._state
    known = known_word(state.corpus)
    synonyms = pelosi._synonyms

    def asks(text, story="wall"):
        reading = reading_of(state, read(state, text, known), known)
        return follow_up.asks_words_of_one_in(state.corpus, story, reading, synonyms)

    assert asks("what did pelosi say")
    assert asks("what did pelosi say about it")
    assert asks("what did the speaker say")
    assert not asks("what did pelosi say about the inquiry")  # a topic of its own
    assert not asks("what did pelosi say", story=None)
    assert not asks("what did the governor say")  # the story names no governor
    assert not asks("when did pelosi speak")  # not her words


def test_a_name_alone_after_an_answer_asks_the_last_question_of_it_in_the_story(pelosi):
    """ "and schumer?" after Pelosi's words on the border: the story quotes him too, and the
    name alone, looked for over the whole coverage, ranked the impeachment story's Schumer
    first and was abstained on.
    Its answer continues no question: a "he" after it means Schumer, not the one asked before
    ("what about merz", then "does he support sending troops?", was read with Macron)."""
    first = pelosi.answer("what did the president say about a national emergency?")
    second = pelosi.answer("what did pelosi say?", previous=first)
    third = pelosi.answer("and schumer?", previous=second)
    assert third.answered and "federal workers hostage" in third.citations[0].sentence
    assert third.continues is None


def test_a_name_alone_is_read_as_cleaned_with_a_mention_before_it(pelosi):
    """ "<@someone> and schumer?": the mention is no part of the question, and the name alone
    asks the last question of Schumer all the same (names_another_of_the_story reads the
    question as cleaned, as the answerer's names_only does)."""
    first = pelosi.answer("what did the president say about a national emergency?")
    second = pelosi.answer("what did pelosi say?", previous=first)
    third = pelosi.answer("<@123456789012345678> and schumer?", previous=second)
    assert third.answered and "federal workers hostage" in third.citations[0].sentence


def test_a_name_alone_is_read_with_its_typo_mended(pelosi):
    """ "and shumer?": the reading finds Schumer in the typo, and the question names only him
    as read (names_only reads the reading's text, not the words as typed)."""
    first = pelosi.answer("what did the president say about a national emergency?")
    second = pelosi.answer("what did pelosi say?", previous=first)
    third = pelosi.answer("and shumer?", previous=second)
    assert third.answered and "federal workers hostage" in third.citations[0].sentence
    assert third.continues is None


def test_names_another_of_the_story_needs_only_names_the_story_has(pelosi):
    """follow_up.names_another_of_the_story: "and X?" or "what about X?", X a name of the
    story and nothing else."""
    state = pelosi._state
    known = known_word(state.corpus)

    def names(text, story="wall"):
        reading = reading_of(state, read(state, text, known), known)
        return follow_up.names_another_of_the_story(state.corpus, story, reading)

    assert names("and schumer?")
    assert names("what about chuck schumer")
    assert not names("and the senate trial?")  # no name
    assert not names("and schumer, what did he say about the trial?")  # a question of its own
    assert not names("and how many were injured?")  # a question word, no topic
    assert not names("and schumer?", story=None)
    assert not names("and trump?")  # a name the story does not have


AGENDA = (
    "The exact agenda for the meetings has not been disclosed, but it is clear that the "
    "discussions will be crucial in shaping Ukraine's future security."
)


@pytest.mark.parametrize(
    ("sentence", "follow", "again"),
    [
        (AGENDA, "why does it matter?", False),  # what the discussions are crucial for
        (AGENDA, "why?", True),  # no cause of the agenda's secrecy
        ("The exact agenda for the meetings has not been disclosed.", "why does it matter?", True),
    ],
)
def test_the_answer_just_read_says_why_it_matters_in_words_of_importance(sentence, follow, again):
    """ "why does it matter?" after "what is the agenda for the meetings?" asks what the
    discussions are important for, which the sentence just quoted says ("will be crucial in
    shaping Ukraine's future security") in no words of cause; a bare "why?" asks a cause."""
    cited = Citation("a", "T", "p", 1, sentence, 0, len(sentence), 1.0, sentence_id=20)
    previous = Answer(
        question="what is the agenda for the meetings?", answered=True, reply="", citations=(cited,)
    )
    assert follow_up.quoted_again(previous, cited, follow, ()) is again


def test_why_it_matters_is_answered_with_the_importance_the_last_answer_told(core):
    """Asked with "matter" as a word to find, "why does it matter?" quoted "Russia demands
    private negotiations ... on these *matters*"; the sentence just quoted says it."""
    previous = core.answer("what is the agenda for the meetings?")
    assert previous.answered and "crucial in shaping" in previous.citations[0].sentence
    answer = core.answer("why does it matter?", previous=previous)
    assert answer.answered and "crucial in shaping" in answer.citations[0].sentence


@pytest.mark.parametrize(
    ("text", "asked", "told"),
    [
        ("Vázquez was sworn in as governor at 5:00 p.m.", ("inaugurate",), True),
        ("He owed $850,000 to the Internal Revenue Service.", ("irs",), True),
        ("He owed $850,000 to his landlord.", ("irs",), False),
        # a list of names is no name spelled out
        ("Talks with Iran, Russia and Syria resumed.", ("irs",), False),
        ("The story has an end and an ending.", ("end",), False),
    ],
)
def test_a_story_saying_the_asked_word_in_other_words_is_not_told_it_does_not_say(
    text, asked, told
):
    """ "what time was she sworn in" is read as "inaugurate", and "how much did he owe the
    irs" asks with an abbreviation: a story saying "sworn in" or "Internal Revenue Service",
    which no index word matches, was told it "doesn't say". An ordinary word ("end") is no
    abbreviation."""
    assert follow_up._told_otherwise(text, asked) is told


def test_a_follow_up_asking_with_an_abbreviation_its_story_spells_out_continues(tmp_path):
    """ "how much money did he owe the irs" after an answer about Avenatti: no sentence has
    "irs", his story has "Internal Revenue Service". Read as a question of its own, it was
    asked over the whole coverage, and the next follow-up continued it, not the story."""
    story = (
        "Title: Lawyer Michael Avenatti convicted of attempted extortion\n\n"
        "A federal jury convicted lawyer Michael Avenatti of trying to extort Nike, an athletic "
        "equipment company. Prosecutors said he owed over $850,000 to the Internal Revenue "
        "Service. He is to be sentenced in June."
    )
    answerer = answerer_over(tmp_path, {"avenatti": story})
    first = answerer.answer("what company did michael avenatti try to extort")
    assert first.answered
    follow = answerer.answer("how much money did he owe the irs", previous=first)
    assert follow.continues == "what company did michael avenatti try to extort"
