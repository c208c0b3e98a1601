"""factdesk chat: the replies the bot would post, and the /sources forms its replies suggest."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

from bot.answer import Answerer
from bot.chat import _OPTION_WORD, chat_loop, pasted
from bot.config import load_config
from facts import build
from tests.conftest import ROOT

SEED_ID = "000_4de870c6ba78c5ba"


@pytest.fixture(scope="module")
def answerer(seed_db) -> Answerer:
    return Answerer(load_config(ROOT / "config.yaml"), seed_db)


def chat(answerer: Answerer, *lines: str | Callable[[], str]) -> list[str]:
    """Run a conversation until its lines run out; the replies, without the greeting line. A
    callable line is called when its turn comes (to rebuild or edit something between two
    lines) and what it returns is typed."""
    pending = iter(lines)
    out: list[str] = []

    def read() -> str:
        try:
            line = next(pending)
        except StopIteration:
            raise EOFError from None
        return line() if callable(line) else line

    chat_loop(answerer, input_fn=read, output_fn=out.append)
    return out[1:]


def test_an_abstention_suggests_sources_query_and_chat_accepts_it(answerer):
    abstention, listing = chat(
        answerer, "who won the football world cup?", "/sources query: ceasefire", "/quit"
    )
    assert "`/sources query:`" in abstention
    assert listing.startswith("Articles covering “ceasefire”:") and SEED_ID in listing


def test_sources_query_without_a_space_or_with_no_match(answerer):
    assert SEED_ID in chat(answerer, "/sources query:ceasefire")[0]
    assert chat(answerer, "/sources query: xylophones")[0] == "No article covers “xylophones”."


@pytest.mark.parametrize("query", ["who", "what about it", "The"])
def test_sources_query_of_function_words_only_says_it_names_no_topic(answerer, query):
    """Every article has "who" and "the": the search leaves such words out, and the reply
    said no article covered them."""
    reply = chat(answerer, f"/sources query: {query}")[0]
    assert reply.startswith(f"“{query}” names no topic") and "`/sources query:" in reply


def test_sources_with_function_words_for_an_article_says_they_name_no_topic(answerer):
    """ "/sources who" named no article ("no article with id “who”"), and read as a topic it
    names none either: the reply says so and how to give one."""
    reply = chat(answerer, "/sources who")[0]
    assert reply.startswith("“who” names no topic") and "`/sources query:" in reply
    assert chat(answerer, "/sources nothing")[0] == "no article with id “nothing”"


def test_sources_query_without_a_topic_asks_for_one(answerer):
    assert chat(answerer, "/sources query:")[0].startswith("Give a topic after `query:`")


def test_sources_article_works_with_and_without_the_option_name(answerer):
    plain, named = chat(answerer, f"/sources {SEED_ID}", f"/sources article: {SEED_ID}", "/quit")
    assert plain == named and "no article" not in plain


@pytest.mark.parametrize("typed", [f"{SEED_ID}.txt", f"seeds/{SEED_ID}.txt", f"`{SEED_ID}.txt`"])
def test_sources_article_by_its_file_name_shows_that_article(answerer, typed):
    """``ask --article 000_x.txt`` names the id meant; ``/sources article:`` said only "no
    article with id", though the file name names one article as surely as its id."""
    by_name, by_id = chat(answerer, f"/sources article: {typed}", f"/sources {SEED_ID}", "/quit")
    assert by_name == by_id and "no article" not in by_name


def test_sources_article_of_a_file_name_no_article_has_is_still_unknown(answerer):
    assert chat(answerer, "/sources article: nothing.txt")[0].startswith("no article with id")


def test_end_of_input_leaves_with_a_blank_line(answerer):
    greeting, blank = chat(answerer, "hello")
    assert greeting.startswith("Hi!") and blank == ""


def test_an_unknown_command_is_named_not_asked(answerer):
    assert chat(answerer, "/sorces", "/quit") == [
        "Unknown command /sorces: did you mean /sources? /help lists the commands."
    ]
    assert chat(answerer, "/foo bar", "/quit") == [
        "Unknown command /foo: /help lists the commands."
    ]
    # a longer word that starts like a command is no command either, as on Discord
    assert chat(answerer, "/sourcesx", "/quit") == [
        "Unknown command /sourcesx: did you mean /sources? /help lists the commands."
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("/halp", "/halp"),
        ("/Foo bar?", "/Foo"),
        ("/r/worldnews says zelensky met trump?", None),  # a subreddit
        ("/usr/bin is where?", None),  # a path
        ("/ what?", None),
        ("/sources 2", None),  # read_command's
        ("/ask who?", None),
        ("who said /halp?", None),
    ],
)
def test_unknown_command_is_a_slash_and_letters_as_the_first_word(text, word):
    """The rule chat and the Discord cog share: a question that starts with a subreddit or a
    path is no command word."""
    from bot.chat import unknown_command

    assert unknown_command(text) == word


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("/aks", "/ask"),
        ("/sorces", "/sources"),
        ("/HALP", "/help"),
        ("/reloda", "/reload"),
        ("/foo", None),
        ("/me", None),
        ("/shrug", None),
    ],
)
def test_a_mistyped_command_names_the_command_it_likely_meant(word, meant):
    """ "Unknown command /aks" left the member to find that /ask was meant."""
    from bot.chat import CHAT_COMMANDS, meant_command

    assert meant_command(word, CHAT_COMMANDS) == meant


def test_ask_typed_in_chat_asks_as_on_discord(answerer):
    """On Discord "/ask …" typed as a message is asked (the command is read, as /sources is);
    chat, which shows what the bot would post, said "Unknown command /ask"."""
    plain = chat(answerer, "who is zelensky meeting?")
    assert chat(answerer, "/ask who is zelensky meeting?") == plain
    assert chat(answerer, "/ASK question: who is zelensky meeting?") == plain
    # with no space after the colon, as Discord reads it (typed_command): "ask:who" was a word
    assert chat(answerer, "/ask:who is zelensky meeting?") == plain


def test_sources_with_a_colon_after_it_is_the_command_as_discord_reads_it(answerer):
    """Discord reads "/sources: ID" and "/sources:query: TOPIC" as /sources (typed_command's
    optional colon, as for "/ask:who"); chat asked them as questions, and a conversation in
    chat no longer showed what the bot posts."""
    by_id, listing = chat(answerer, f"/sources {SEED_ID}", "/sources query: ceasefire", "/q")
    typed = chat(answerer, f"/sources: {SEED_ID}", "/SOURCES:query: ceasefire", "/q")
    assert typed == [by_id, listing] and "no article" not in by_id
    assert chat(answerer, f"/sources:{SEED_ID}", "/q") == [by_id]


def test_near_misses_of_sources_are_the_command(answerer):
    """ "/ sources" (a space after the slash), "/source", "/Sources" and "!sources" were asked
    as questions, or named an unknown command: the member meant /sources."""
    listing = chat(answerer, "/sources query: ceasefire", "/q")
    for typed in ("/ sources", "/source", "/Sources", "!sources", "! sources"):
        assert chat(answerer, f"{typed} query: ceasefire", "/q") == listing
    assert chat(answerer, "/ ask who is zelensky meeting?") == chat(
        answerer, "who is zelensky meeting?"
    )


def test_asking_for_the_source_in_words_after_an_answer_shows_its_sources(answerer):
    """ "source" with no "?", "also where can i read more?" and the like after an answer were
    asked as questions ("The coverage doesn't say (source)"): the member meant /sources."""
    asked = "when will zelensky meet trump"
    answer, sources = chat(answerer, asked, "/sources", "/q")
    for typed in ("source", "source?", "sources pls", "what's the source", "link?"):
        assert chat(answerer, asked, typed, "/q") == [answer, sources]
    assert chat(answerer, asked, "also where can i read more?", "/q") == [answer, sources]
    # another word makes it a question of its own
    assert chat(answerer, asked, "where can i read more about the summit", "/q")[1] != sources
    assert chat(answerer, asked, "source of the leak?", "/q")[1] != sources


def test_help_and_quit_with_words_after_them_are_still_those_commands(answerer):
    """Asked as "/help sources", help was "Unknown command /help: /help lists the commands"; "/quit
    now" did not quit: only the bare words were commands."""
    from bot.chat import HELP

    assert chat(answerer, "/help sources", "/Help me", "/quit now", "never asked") == [HELP, HELP]
    assert chat(answerer, "/exit please", "never asked") == []


def test_an_article_id_copied_with_the_code_marks_it_is_shown_in_is_found(answerer):
    """The article list shows ids as `000_…` (inline code): copied from the terminal, or typed
    the same way on Discord, the backticks came along and the id was "no article"."""
    (listing, *copied) = chat(
        answerer,
        "/sources query: ceasefire",
        f"/sources `{SEED_ID}`",
        f"/sources article: `{SEED_ID}`",
        f'/sources "{SEED_ID}"',
        "/quit",
    )
    assert f"`{SEED_ID}`" in listing
    plain = chat(answerer, f"/sources {SEED_ID}")[0]
    assert copied == [plain, plain, plain]


def test_commands_typed_in_capitals_are_commands(answerer):
    # with caps lock on, "/SOURCES" was asked as a question
    plain, shouted = chat(answerer, f"/sources {SEED_ID}", f"/SOURCES Article: {SEED_ID}", "/QUIT")
    assert plain == shouted and "no article" not in plain


def test_sources_article_without_an_id_asks_for_one(answerer):
    # it had shown the last answer's sources, which the member had not asked for
    assert chat(answerer, "/sources article:")[0].startswith("Give an article id after `article:`")


def test_lines_pasted_together_are_one_question_as_one_discord_message(answerer):
    """A question pasted over two lines ("who is zelensky" / "meeting?") was two questions in
    the terminal, each answered, where the same text posted on Discord is one message and one
    answer: the chat did not show what the bot would post."""
    waiting = ["meeting?\n", "in washington\n"]
    joined = pasted("who is zelensky", lambda: bool(waiting), lambda: waiting.pop(0))
    assert joined == "who is zelensky\nmeeting?\nin washington"
    (reply,) = chat(answerer, "who is zelensky\nmeeting?", "/quit")
    assert reply == answerer.answer("who is zelensky meeting?").reply


def test_a_line_typed_alone_is_read_alone():
    assert pasted("who is zelensky meeting?", lambda: False, lambda: "never read\n") == (
        "who is zelensky meeting?"
    )


def test_end_of_input_after_a_paste_stops_the_gathering():
    assert pasted("who?", lambda: True, lambda: "") == "who?"


@pytest.mark.parametrize(
    "typed",
    [
        f"{SEED_ID}.",  # copied from a sentence: "see 000_x."
        f"{SEED_ID},",
        f"`{SEED_ID}`.",  # the article list's inline code, and the sentence's full stop
        f"“{SEED_ID}.”",
        f"'{SEED_ID}'?",
        f"{SEED_ID}.txt.",
    ],
)
def test_sources_article_copied_with_a_sentences_punctuation_shows_that_article(answerer, typed):
    """`/sources 000_x.` with the full stop of the sentence it was copied from, or its quotes
    and that stop, said "no article with id"."""
    for command in (f"/sources {typed}", f"/sources article: {typed}"):
        by_copy, by_id = chat(answerer, command, f"/sources {SEED_ID}", "/quit")
        assert by_copy == by_id and "no article" not in by_copy


def test_an_id_that_ends_in_punctuation_is_itself_before_any_shorter_id(tmp_path):
    """Stripping a copy's punctuation must not make an id ambiguous: `notes.` (from
    `notes..txt`) is that article, though `notes` is another; and `notes!` names `notes`."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes..txt").write_text("Dotted notes\nThe dotted file opened on Monday.\n")
    (folder / "notes.txt").write_text("Plain notes\nThe plain file opened on Tuesday.\n")
    build([folder], tmp_path / "n.db")
    core = Answerer(load_config(ROOT / "config.yaml"), tmp_path / "n.db")
    replies = chat(core, "/sources notes.", "/sources notes", "/sources `notes`!", "/quit")
    dotted, plain_, bang = replies
    assert "Dotted notes" in dotted and "Plain notes" in plain_ and bang == plain_


def test_an_id_copied_with_punctuation_that_names_no_article_is_echoed_bare(answerer):
    assert chat(answerer, "/sources `nothing`.")[0] == "no article with id “nothing”"


def test_only_quote_marks_after_sources_show_the_last_answers_sources(answerer):
    assert chat(answerer, "/sources ``")[0] == chat(answerer, "/sources")[0]


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u200b\u200d", "\x00", "\u2060 \x07"])
def test_an_argument_the_eye_cannot_see_is_no_argument(answerer, invisible):
    # a zero-width space (a phone keyboard's, or typed to fill a required option) was an id
    # or a topic: "no article with id “”", "“” names no topic", an empty echo
    assert chat(answerer, f"/sources {invisible}")[0] == chat(answerer, "/sources")[0]
    assert chat(answerer, f"/sources article: {invisible}")[0].startswith("Give an article id")
    assert chat(answerer, f"/sources query: {invisible}")[0].startswith("Give a topic after")


def test_sources_finds_an_id_typed_in_another_case_and_names_ids_only_case_tells_apart(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "STORY.TXT").write_text("Bridge report\nThe bridge in Brno reopened on Monday.\n")
    (folder / "Dam.txt").write_text("Dam report\nThe dam burst on Friday.\n")
    (folder / "DAM.txt").write_text("Dam update\nThe dam was repaired on Sunday.\n")
    build([folder], tmp_path / "c.db")
    core = Answerer(load_config(ROOT / "config.yaml"), tmp_path / "c.db")
    story, upper, dam = chat(core, "/sources story", "/sources STORY", "/sources dam.", "/quit")
    assert story == upper and "Bridge report" in story
    assert dam == (
        "no article with id “dam”: ids that differ from it only in case are `DAM`, `Dam`; give one"
    )


def test_sources_names_the_one_id_a_near_miss_means_as_ask_article_does(answerer, tmp_path):
    """`factdesk ask --article` says "did you mean …?" of a letter wrong or a feed id typed
    without its hash; `/sources` in chat and on Discord named no id at all."""
    typo = SEED_ID[:-1] + "x"
    assert chat(answerer, f"/sources {typo}")[0] == (
        f"no article with id “{typo.replace('_', chr(92) + '_')}”; did you mean `{SEED_ID}`?"
    )
    assert chat(answerer, f"/sources article: {SEED_ID.replace('_', '-')}")[0].endswith(
        f"did you mean `{SEED_ID}`?"
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "feed.csv").write_text(
        "url,title,text\nhttps://news.example/2025/bridge-reopens,Bridge,The bridge reopened.\n"
        "https://news.example/2025/dam-a,Dam,The dam burst.\n"
        "https://news.example/2025/dam-b,Dam,The dam held.\n",
        encoding="utf-8",
    )
    build([folder], tmp_path / "f.db")
    core = Answerer(load_config(ROOT / "config.yaml"), tmp_path / "f.db")
    unhashed, tie = chat(core, "/sources bridge-reopens", "/sources dam-c", "/quit")
    assert "did you mean `bridge-reopens-" in unhashed
    assert "did you mean" not in tie  # two ids as near: neither is named


def test_sources_finds_an_article_by_the_title_or_link_its_source_line_shows(tmp_path):
    """An answer's source line shows an article's title and link, not its id (only `/sources
    query:` lists ids): "/sources https://…" or the title, copied from it, named no article.
    Two articles with one title (wire copy) are told apart by their ids only."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bridge.md").write_text(
        "---\ntitle: Bridge reopens in Brno\nurl: https://news.example/bridge\n---\n"
        "The bridge in Brno reopened on Monday.\n",
        encoding="utf-8",
    )
    (folder / "dam-a.txt").write_text("Dam bursts\nThe dam burst on Friday.\n")
    (folder / "dam-b.txt").write_text("Dam bursts\nThe dam burst on Friday night.\n")
    build([folder], tmp_path / "t.db")
    core = Answerer(load_config(ROOT / "config.yaml"), tmp_path / "t.db")
    by_id, *others, dam = chat(
        core,
        "/sources bridge",
        "/sources https://news.example/bridge",
        "/sources <https://news.example/bridge>.",  # as `chat` shows it, from a sentence
        "/sources article: bridge reopens in  BRNO",
        "/sources Dam bursts",
        "/quit",
    )
    assert "Bridge reopens in Brno" in by_id and all(other == by_id for other in others)
    assert dam.startswith("no article with id")


def test_sources_finds_a_title_typed_with_typographic_quotes_and_dashes(tmp_path):
    """Phones and Macs type ’ for ' and — for -- by default: a member typing the title its
    source line shows ("Britain’s next Prime Minister") named no article, though it reads
    the same; so did a title written with typographic marks, typed plain."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pm.txt").write_text(
        "Johnson slated to be Britain's next Prime Minister\nHe won the vote on Tuesday.\n"
    )
    (folder / "poll.txt").write_text("“Close race” in Ohio — poll\nThe poll closed on Monday.\n")
    build([folder], tmp_path / "t.db")
    core = Answerer(load_config(ROOT / "config.yaml"), tmp_path / "t.db")
    pm, pm_typed, poll, poll_typed = chat(
        core,
        "/sources pm",
        "/sources Johnson slated to be Britain’s next Prime Minister",
        "/sources poll",
        '/sources "Close race" in Ohio - poll',
        "/quit",
    )
    assert "no article" not in pm and pm_typed == pm
    assert "no article" not in poll and poll_typed == poll


def test_sources_finds_a_title_typed_without_its_closing_full_stop(answerer):
    """The seed article's title ends with a full stop, which a member typing it, or copying it
    from a source line ("… president. — paragraph 2"), leaves off: it named no article."""
    title = (
        "Ukraine requires authentic security guarantees, encompassing U.S. assistance, as "
        "stated by the Lithuanian president"
    )
    by_id, with_stop, without = chat(
        answerer, f"/sources {SEED_ID}", f"/sources {title}.", f"/sources article: {title}", "/q"
    )
    assert "no article" not in by_id and with_stop == by_id and without == by_id


def test_sources_of_an_acronym_in_capitals_that_is_a_function_word_reads_it_as_its_name(tmp_path):
    """ "/sources query: WHO" (the World Health Organization) was read as the question word
    "who" and told that it names no topic; "/sources WHO", like any word no article is named
    by, says so. In small letters "who" still names no topic."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "pandemic.txt").write_text(
        "Pandemic declared\nThe World Health Organization (WHO) declared a pandemic on"
        " Wednesday.\nThe WHO said cases had risen thirteenfold.\n"
    )
    (folder / "dam.txt").write_text("Dam report\nThe dam burst on Friday.\n")
    build([folder], tmp_path / "w.db")
    core = Answerer(load_config(ROOT / "config.yaml"), tmp_path / "w.db")
    listed, the_who, bare, lower = chat(
        core,
        "/sources query: WHO",
        "/sources query: the WHO",
        "/sources WHO",
        "/sources who",
        "/quit",
    )
    assert listed.startswith("Articles covering “WHO”:") and "`pandemic`" in listed
    assert "`dam`" not in listed and the_who.startswith("Articles covering “the WHO”:")
    assert bare == (
        "no article with id “WHO”; `/sources query:` WHO lists the articles that cover it"
    )
    assert lower.startswith("“who” names no topic")


def test_a_follow_up_of_a_follow_up_continues_the_question_the_first_one_did(answerer):
    """ "who is zelensky meeting?", "where?", "and when?": the second follow-up was asked with
    "where?" alone, all stop words, and got "Ask me a question about the coverage"."""
    first, where, when = chat(answerer, "who is zelensky meeting?", "where?", "and when?", "/quit")
    assert "Trump" in first
    assert not when.startswith("Ask me a question") and "Monday" in when


def test_a_short_new_question_after_an_answer_is_not_read_as_its_follow_up(answerer):
    """ "when did the ferry sink?" after an answer (no entity, few words) was asked together
    with the question before it, and quoted that answer's sentence again; asked alone it
    abstains, and so it does in a conversation. A real follow-up still continues."""
    first, ferry = chat(answerer, "who is zelensky meeting?", "when did the ferry sink?", "/quit")
    alone = chat(answerer, "when did the ferry sink?", "/quit")[0]
    assert "Trump" in first and ferry == alone and ferry.startswith("The coverage doesn't say")
    assert "Monday" in chat(answerer, "who is zelensky meeting?", "wen?", "/quit")[1]


def test_a_follow_up_leans_on_the_question_abstained_on_not_an_older_answer(answerer):
    """After "when did the ferry sink?" was abstained on, "wen?" asks when the ferry sank,
    not when the meeting of the answer before it is: it continued that answer, and quoted its
    sentence about another thing. /sources still shows the last real answer."""
    first, ferry, when, sources = chat(
        answerer,
        "who is zelensky meeting?",
        "when did the ferry sink?",
        "wen?",
        "/sources",
        "/quit",
    )
    assert "Trump" in first and ferry.startswith("The coverage doesn't say")
    assert when.startswith("The coverage doesn't say") and "Monday" not in when
    assert sources.startswith("[1] ")


def test_sources_with_a_number_shows_that_source_of_the_last_answer(answerer):
    """An answer numbers its sources [1], [2]: "/sources 2" was told "no article with id “2”"."""
    first, second, bracketed, missing, stopped = chat(
        answerer,
        "who is zelensky meeting?",
        "/sources 2",
        "/sources [1]",
        "/sources 5",
        "/sources 2.",  # ended as a sentence
        "/quit",
    )
    whole = chat(answerer, "who is zelensky meeting?", "/sources", "/quit")[1]
    blocks = whole.split("\n\n")
    assert second == blocks[1] and second.startswith("[2] ")
    assert bracketed == blocks[0] and bracketed.startswith("[1] ")
    assert missing == "The last answer has no source [5]; its sources are [1], [2]."
    assert stopped == second
    assert chat(answerer, "/sources 1")[0].startswith("No sources yet: ask a question first")


def test_sources_of_a_link_or_a_mention_is_not_told_it_is_function_words(answerer):
    """ "/sources https://…" of no article, or a mention, was told that words such as "who" and
    "the" are in every article: it has no words at all, and a link is no id."""
    link, mention, query = chat(
        answerer,
        "/sources https://example.com/x",
        "/sources <@123>",
        "/sources query: https://example.com/x",
        "/quit",
    )
    assert link.startswith("no article with link “https")
    assert mention.startswith("no article with id") and "“who”" not in mention
    assert "names no topic: links, mentions and emoji are not searched" in query


def test_reload_reopens_the_database_after_a_rebuild(tmp_path):
    """A chat kept answering from the build it started with: an article built meanwhile was
    "not covered" until the chat was left and started again, and `/reload` (the bot's way)
    was an unknown command."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text("Harbour reopens\n\nThe harbour reopened on Friday.\n")
    build([folder], tmp_path / "r.db")
    core = Answerer(load_config(ROOT / "config.yaml"), tmp_path / "r.db")

    def rebuild() -> str:
        (folder / "ferry.txt").write_text("Ferry sinks\n\nThe ferry sank on Wednesday.\n")
        build([folder], tmp_path / "r.db")
        return "/reload"

    replies = chat(core, "/sources query: ferry", rebuild, "/sources query: ferry")
    before, reloaded, after = replies[:3]
    assert before.startswith("No article covers")
    assert reloaded.startswith("Reloaded r.db: 2 articles, ")
    assert "`ferry`" in after


def test_reload_after_the_settings_were_edited_says_they_apply_in_a_new_chat(tmp_path):
    """An operator tuning intents edited config.yaml in a running chat and typed `/reload`:
    "Reloaded r.db: …" and the old intents, with no word why (the bot's `/reload` says so)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text("Harbour reopens\n\nThe harbour reopened on Friday.\n")
    build([folder], tmp_path / "r.db")
    settings = tmp_path / "config.yaml"
    shutil.copy(ROOT / "config.yaml", settings)
    core = Answerer(load_config(settings), tmp_path / "r.db")

    def edit() -> str:
        settings.write_text(settings.read_text() + "\n# a new synonym goes here\n")
        return "/reload"

    unedited, edited, again = chat(core, "/reload", edit, "/reload")[:3]
    assert "edited" not in unedited
    assert edited.endswith(
        f" ({settings} was edited since this chat started: the database is reloaded, the "
        "settings apply in a new factdesk chat)."
    )
    assert again == edited


def test_a_failed_reload_keeps_the_previous_database():
    from bot.chat import reload_reply
    from bot.errors import BotError

    class Broken:
        def reload(self):
            raise BotError("r.db: not a factdesk database")

    assert reload_reply(Broken()) == (
        "Reload failed, still answering from the previous database: r.db: not a factdesk database"
    )


def test_a_command_after_a_byte_order_mark_or_zero_width_space_is_the_command(answerer):
    """A line piped from PowerShell starts with a byte order mark, and a pasted text or a phone
    keyboard may leave a zero-width space first: "\ufeff/quit" and "\u200b/sources …" were
    asked as questions ("The coverage doesn't say (/quit)")."""
    listing = chat(answerer, "/sources query: ceasefire", "/q")
    assert chat(answerer, "\ufeff/sources query: ceasefire", "/q") == listing
    assert chat(answerer, "\u200b\u2060 /Sources query: ceasefire", "/q") == listing
    assert chat(answerer, "\ufeff/quit", "never asked") == []
    assert len(chat(answerer, "\u200b", "/q")) == 1  # no command word: asked, no crash


def test_sources_with_several_numbers_shows_each_of_them(answerer):
    """ "/sources 1 2" (or "1, 2", "[1][2]", "1 and 2") was "no article with id “1 2”"."""
    whole = chat(answerer, "who is zelensky meeting?", "/sources", "/quit")[1]
    for typed in ("1 2", "1, 2", "[1][2]", "1 and 2", "2 1"):
        shown = chat(answerer, "who is zelensky meeting?", f"/sources {typed}", "/quit")[1]
        assert shown == whole, typed
    missing = chat(answerer, "who is zelensky meeting?", "/sources 1 5 7", "/quit")[1]
    assert missing == "The last answer has no sources [5], [7]; its sources are [1], [2]."
    # numbers spread over lines still are numbers; a long run of blanks before a word is no
    # list of them, and is told so at once (the pattern's \s* shared 300 newlines out in 4 s)
    assert chat(answerer, "who is zelensky meeting?", "/sources 1\n2", "/q")[1] == whole
    blank = chat(answerer, "who is zelensky meeting?", "/sources 1" + "\n" * 3000 + "x", "/q")
    assert blank[1].startswith("no article with id")
    # a year is an id, as before: not sources [202] and [0]
    assert chat(answerer, "who is zelensky meeting?", "/sources 2020", "/q")[1].startswith(
        "no article with id"
    )


def test_a_database_failure_is_one_line_and_the_chat_goes_on(answerer):
    """A database written over or locked while a chat was open ended the chat with an error;
    the bot goes on after such a failure, and chat's /reload can take a fixed build."""
    from facts.errors import DatabaseError

    class Failing:
        config = answerer.config

        def __init__(self):
            self.calls = 0

        def answer(self, question, previous=None):
            self.calls += 1
            if self.calls == 1:
                raise DatabaseError("x.db is locked by another program writing to it")
            return answerer.answer(question, previous=previous)

    out = chat(Failing(), "hi", "hi", "/q")
    assert out[0] == "Error: x.db is locked by another program writing to it"
    assert out[1] == chat(answerer, "hi")[0]


def test_sources_of_a_topic_where_an_article_goes_points_to_query(answerer):
    """ "/sources ceasefire" (or "/sources query ceasefire", the colon left out) was told only
    "no article with id “ceasefire”", though an article covers it."""
    hint = "; `/sources query:` ceasefire lists the articles that cover it"
    for typed in ("ceasefire", "query ceasefire"):
        (reply,) = chat(answerer, f"/sources {typed}", "/q")
        assert reply == f"no article with id “{typed}”{hint}"
    # a word no article has, or an id's typo, gets no pointer to a list that would be empty
    assert chat(answerer, "/sources zebra", "/q") == ["no article with id “zebra”"]
    (typo,) = chat(answerer, f"/sources {SEED_ID[:-1]}x", "/q")
    assert "query" not in typo
    # "query" or "topic" opening the text is the option's name, not a word inside another
    assert _OPTION_WORD.sub("", "biotopic research", count=1) == "biotopic research"
    assert _OPTION_WORD.sub("", "the topic of talks", count=1) == "the topic of talks"
    assert _OPTION_WORD.sub("", "Topic ceasefire", count=1) == "ceasefire"


def test_a_command_given_to_ask_is_that_command(answerer):
    """ "/ask /sources" in chat was asked as a question, "The coverage doesn't say (/sources)",
    as on Discord; it is the command typed alone, as "/ask /help" is ("/ask /halp" is a
    question of the member's own, as on Discord)."""
    assert chat(answerer, "/ask /sources query: ceasefire") == chat(
        answerer, "/sources query: ceasefire"
    )
    assert chat(answerer, "/ask question: /sources") == chat(answerer, "/sources")
    assert chat(answerer, "/ask /help") == chat(answerer, "/help")
    assert chat(answerer, "/ask /ask who is zelensky meeting?") == chat(
        answerer, "who is zelensky meeting?"
    )
    assert chat(answerer, "/ask /quit", "who is zelensky meeting?") == []
