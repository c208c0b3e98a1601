"""Hostile questions, property-based: whatever a member types, the answer is a reply or an
abstention, grounded in the articles, and every message posted fits Discord's limit and pings
nobody.

The answering core is tried directly (as ``factdesk ask`` and ``--batch`` call it), then through
the Discord adapter: a mention dispatched by discord.py itself (dpytest's fake gateway), and the
``/ask`` and ``/sources`` slash commands. ``REGRESSIONS`` keeps the nastiest cases found, so they
run every time whatever hypothesis draws.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from bot.answer import Answerer
from bot.chat import is_command, read_command
from bot.cli import main
from bot.discord_app.cogs.questions import unknown_command_note
from bot.errors import UnknownArticleError
from bot.render import DISCORD_LIMIT, echo, split_message
from tests.bot.discord_app.conftest import make_interaction, replies
from tests.conftest import ROOT

from .conftest import HARD, HEAVY, TRIED
from .discord_harness import NO_PINGS, Loop, news_config, pings_nobody, start_on, stop
from .hostile import CHAT, FRAGMENTS, QUESTIONS, check_answer, check_message, same_words

REGRESSIONS = [
    pytest.param('"', id="lone double quote"),
    pytest.param("/who", id="a command word the bot has not"),
    pytest.param("\x02/who", id="a command word after a control character"),
    pytest.param('NEAR("zelensky" trump, 2) AND (', id="fts5 near with unbalanced paren"),
    pytest.param("text:zelensky OR title:*", id="fts5 column filters and bare star"),
    pytest.param("'; DROP TABLE articles; --", id="sql injection"),
    pytest.param("@everyone @here <@&123456789012345678> who is zelensky meeting?", id="pings"),
    pytest.param("\uff20everyone who is meeting?", id="fullwidth at sign becomes @ under NFKC"),
    pytest.param("@every\u200bone <@\u200b123456789012345678>", id="zero-width split mentions"),
    pytest.param("\u202ewho is zelensky meeting?\u202c", id="right-to-left override"),
    pytest.param("```\n@everyone\n``` > # **who** is ||meeting||?", id="markdown and fences"),
    pytest.param("who is zelensky meeting? " * 6000, id="150 KB of a real question"),
    pytest.param("\x00\x01\x1b[2J\x7f", id="control characters only"),
    pytest.param("\ud800 who is meeting \udfff", id="lone surrogates"),
    pytest.param("https://evil.example/?q=@everyone ceasefire", id="url carrying a ping"),
    pytest.param("what did the spokesman say about the ceasefire details?", id="hostile article"),
    pytest.param("ceasefire debate clause", id="sentence longer than a message"),
    pytest.param("sync global", id="the owner's command word"),
    pytest.param("", id="empty"),
    pytest.param("who is zelensky meeting? i wonder if", id="wondering if after the question"),
    # hypothesis drew a run of blanks as long as clean()'s raw cut (2,064 characters): chat-frame
    # patterns with two quantifiers over the same blanks took minutes (cubic backtracking)
    pytest.param(" " * 2100 + "who is zelensky meeting", id="blanks as long as the raw cut"),
    pytest.param("who is zelensky meeting?" + " \n" * 1050, id="blank lines after the question"),
    pytest.param("who is zelensky meeting?" + " ty" * 700, id="thanks said over and over"),
]


@pytest.fixture(scope="module")
def core(news_db) -> Answerer:
    return Answerer(news_config(), news_db)


@pytest.fixture(scope="module")
def discord_bot(news_db):
    loop = Loop()
    harness = start_on(loop, news_db)
    yield loop, harness
    loop.run(stop(harness))
    loop.close()


def no_surrogates(text: str) -> bool:
    return not any("\ud800" <= ch <= "\udfff" for ch in text)


# -- the answering core -------------------------------------------------------------------------
def answer_checked(core: Answerer, texts: dict[str, str], question: str, **kwargs):
    answer = core.answer(question, **kwargs)
    TRIED["questions through the answering core"] += 1
    check_answer(answer, texts)
    for part in split_message(answer.reply):
        check_message(part)
    return answer


@HARD
@given(questions=st.lists(QUESTIONS, min_size=1, max_size=3), top=st.integers(-5, 10**6))
def test_the_core_replies_or_abstains_with_verbatim_quotes(core, article_texts, questions, top):
    """Each question may follow up on the last answer, as a reply on Discord does."""
    previous = None
    for question in questions:
        answer = answer_checked(core, article_texts, question, top=top, previous=previous)
        assert len(answer.ranked) <= max(1, min(top, 50))
        previous = answer if answer.answered else previous


@HARD
@given(questions=st.lists(CHAT, min_size=1, max_size=3))
def test_chat_around_a_question_gets_a_reply_or_an_abstention(core, article_texts, questions):
    """Preambles, asides and guesses the question rules read, each question a follow-up."""
    previous = None
    for question in questions:
        answer = answer_checked(core, article_texts, question, previous=previous)
        previous = answer if answer.answered else previous


@HEAVY
@given(question=QUESTIONS, data=st.data())
def test_a_question_about_one_article_quotes_only_that_article(core, article_texts, question, data):
    article = data.draw(st.one_of(st.sampled_from(sorted(article_texts)), FRAGMENTS))
    if article not in article_texts:
        with pytest.raises(UnknownArticleError):  # the CLI turns it into one line
            core.answer(question, article=article)
        return
    answer = answer_checked(core, article_texts, question, article=article)
    assert {c.article for c in (*answer.citations, *answer.ranked)} <= {article}


@pytest.mark.parametrize("question", REGRESSIONS)
def test_nasty_questions_through_the_core(core, article_texts, question):
    answer_checked(core, article_texts, question)


@pytest.mark.parametrize("article", ["\ud800", "\udcff"])
def test_a_lone_surrogate_in_an_article_id_is_an_unknown_article(core, article):
    with pytest.raises(UnknownArticleError):
        core.answer("who is zelensky meeting?", article=article)


# -- through Discord ----------------------------------------------------------------------------
def mention_checked(discord_bot, texts: dict[str, str], question: str) -> None:
    loop, harness = discord_bot
    answered_before = len(harness.core.answers)
    posted = loop.run(harness.mention(question))
    TRIED["questions through Discord (mention, real dispatch)"] += 1

    assert not harness.errors.records, harness.errors.records[0].getMessage()
    assert posted, "no reply at all"
    for message in posted:
        check_message(message.content)
        assert pings_nobody(message.payload["allowed_mentions"]), message.payload
    new = harness.core.answers[answered_before:]
    if not new:  # a command, not a question: "@factdesk sync", the owner's, refused to a
        # member, or a command word the bot has not ("/who", "\x02/who" once the control
        # character is taken out), told the commands it has
        words = {"".join(c for c in word if c.isprintable()) for word in question.split()}
        expected = {"That command is for the bot's owner."}
        expected |= {unknown_command_note(word) for word in words if word.startswith("/")}
        if read_command(question) == ("sources", ""):  # "source?" in words is /sources
            assert len(posted) == 1
            return
        assert len(posted) == 1 and posted[0].content in expected, posted[0].content
        return
    (answer,) = new
    check_answer(answer, texts)
    assert same_words([m.content for m in posted], answer.reply)
    assert "message_reference" in posted[0].payload  # the first part replies to the question


@HARD
@given(question=QUESTIONS)
def test_a_hostile_mention_gets_a_safe_reply_through_discord(discord_bot, article_texts, question):
    mention_checked(discord_bot, article_texts, question)


@pytest.mark.parametrize("question", REGRESSIONS)
def test_nasty_questions_through_discord(discord_bot, article_texts, question):
    mention_checked(discord_bot, article_texts, question)


def slash(discord_bot, command: str, *, inert_text: bool = True, **options: str):
    """Run a slash command's callback as discord.py would; check and return what it posted."""
    loop, harness = discord_bot
    cog = harness.questions
    interaction = make_interaction(user_id=harness.member(0).id, channel_id=harness.channel.id)
    callback = getattr(cog, command).callback
    loop.run(callback(cog, interaction, **options))
    assert not harness.errors.records, harness.errors.records[0].getMessage()
    sent = replies(interaction)
    assert sent, "no reply at all"
    for content, kwargs in sent:
        assert kwargs["allowed_mentions"].to_dict() == NO_PINGS
        if inert_text:
            check_message(content)
        else:  # see test_an_unknown_article_id_is_echoed_inert below
            assert 0 < len(content) <= DISCORD_LIMIT and "Traceback" not in content
    return sent


@HEAVY
@given(question=QUESTIONS)
def test_ask_gets_a_safe_reply(discord_bot, article_texts, question):
    loop, harness = discord_bot
    answered_before = len(harness.core.answers)
    sent = slash(discord_bot, "ask", question=question)
    TRIED["questions through Discord (/ask)"] += 1
    if is_command(question):  # "/q", "source?": the command typed into /ask's box, no answer
        assert harness.core.answers[answered_before:] == []
        return
    (answer,) = harness.core.answers[answered_before:]
    check_answer(answer, article_texts)
    assert same_words([content for content, _ in sent], answer.reply)


@pytest.mark.parametrize("question", ["/Q", "source?", "/ask /help"])
def test_a_command_typed_into_ask_gets_the_commands_reply_and_no_answer(discord_bot, question):
    """Hypothesis once drew "/Q" for ``/ask``: the quit command typed into the box, answered as
    the command (chat.is_command), with nothing asked of the core."""
    loop, harness = discord_bot
    answered_before = len(harness.core.answers)
    slash(discord_bot, "ask", question=question)
    assert harness.core.answers[answered_before:] == []


@HEAVY
@given(query=QUESTIONS)
def test_sources_query_with_hostile_text_gets_a_safe_reply(discord_bot, query):
    slash(discord_bot, "sources", query=query)
    TRIED["hostile /sources options"] += 1


@HEAVY
@given(article=QUESTIONS)
def test_sources_article_with_a_hostile_id_gets_a_safe_reply(discord_bot, article):
    slash(discord_bot, "sources", inert_text=False, article=article)
    TRIED["hostile /sources options"] += 1


@pytest.mark.parametrize("article", ["@everyone", "<@123456789012345678>", "**x** ||y||"])
def test_an_unknown_article_id_is_echoed_inert(discord_bot, article):
    ((content, _),) = slash(discord_bot, "sources", inert_text=False, article=article)
    check_message(content)
    # escaped as markdown, and a mention shown as "@…" (render.echo), not as its raw id
    assert echo(article) in content and "123456789012345678" not in content


def test_a_quoted_article_full_of_mentions_and_markdown_stays_inert(news_db, article_texts):
    """The hostile article's own sentences, title, date, author and url try every trick;
    quoting it, listing its sources and showing its details posts none of them live. (The
    confidence bar is lowered so the test does not depend on how the ranker is tuned.)"""
    loop = Loop()
    harness = start_on(loop, news_db, news_config(answer={"min_confidence": 0.0}))
    try:
        posted = loop.run(harness.mention("zelensky told everyone at the summit invited talks"))
        answer = harness.core.answers[-1]
        assert answer.answered and answer.citations[0].article == "hostile-news"
        check_answer(answer, article_texts)
        for message in posted:
            check_message(message.content)
            assert pings_nobody(message.payload["allowed_mentions"])
        sources = slash((loop, harness), "sources")
        assert "news.example" in sources[0][0]  # the url is shown, as inert text
        slash((loop, harness), "sources", article="hostile-news")
    finally:
        loop.run(stop(harness))
        loop.close()


# -- factdesk ask --batch -----------------------------------------------------------------------
def batch(news_db, lines: list[str]) -> list[dict]:
    result = CliRunner().invoke(
        main,
        ["--config", str(ROOT / "config.yaml"), "ask", "--db", str(news_db), "--batch", "-"],
        input="\n".join(lines) + "\n",
    )
    assert result.exit_code == 0, result.output[-500:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_batch_of_nasty_lines_gets_one_json_object_per_line_in_order(news_db, article_texts):
    # (a lone surrogate in a question: see the test below)
    questions = [p.values[0] for p in REGRESSIONS if no_surrogates(p.values[0])]
    lines = [json.dumps({"question": q}) for q in questions]
    lines += ["not json", "[1, 2]", '{"question": 5}', json.dumps({"question": "x", "top": -3})]
    lines += [json.dumps({"question": "who?", "article": "../../etc/passwd"})]
    out = batch(news_db, lines)
    TRIED["questions through factdesk ask --batch"] += len(lines)
    assert len(out) == len(lines)
    for line, obj in zip(lines[: len(questions)], out, strict=False):
        assert obj["question"] == json.loads(line)["question"]
        for c in (*obj["citations"], *obj["ranked"]):
            assert article_texts[c["article"]][c["start"] : c["end"]] == c["sentence"]
    assert all("error" in obj for obj in out[len(questions) : len(questions) + 3])
    assert "no article with id" in out[-1]["error"]


def test_a_lone_surrogate_in_a_batch_line_does_not_end_the_batch(news_db):
    lines = ['{"question": "who?", "article": "\\ud800"}', '{"question": "who is meeting?"}']
    out = batch(news_db, lines)
    assert len(out) == 2 and "no article with id" in out[0]["error"]


def test_a_lone_surrogate_in_a_batch_question_does_not_end_the_batch(news_db):
    lines = ['{"question": "\\ud800 who is meeting \\udfff"}', '{"question": "hello"}']
    out = batch(news_db, lines)
    assert len(out) == 2 and out[1]["question"] == "hello"
