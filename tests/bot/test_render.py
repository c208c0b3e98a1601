"""Rendering answers: verbatim quotes, numbered sources, Discord-safe text and sizes."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import render
from bot.chat import sources_reply
from bot.model import Citation, SourceDetail
from bot.question import names_a_topic
from bot.render import (
    DISCORD_LIMIT,
    defuse_mentions,
    echo,
    escape_markdown,
    render_abstention,
    render_answer,
    render_article_list,
    render_no_topic,
    render_sources,
    split_message,
)


def citation(sentence="Zelensky will meet Trump on Monday.", **kw) -> Citation:
    values = dict(
        article="seed",
        title="Ukraine needs guarantees",
        path="seeds/seed.txt",
        paragraph=1,
        sentence=sentence,
        start=0,
        end=len(sentence),
        score=1.0,
        url="https://example.org/a",
        published="2025-08-17",
    )
    values.update(kw)
    return Citation(**values)


def test_an_answer_quotes_each_sentence_with_its_marker_then_lists_sources():
    text = render_answer([citation(), citation("They agreed.", paragraph=3)], lead="Who: Trump")
    lines = text.splitlines()
    assert lines[0] == "Who: Trump"
    assert lines[1] == "> Zelensky will meet Trump on Monday. [1]"
    assert lines[2] == "> They agreed. [2]"
    assert "Sources:" in lines
    assert "[1] Ukraine needs guarantees — paragraph 1, 2025-08-17 <https://example.org/a>" in lines


def test_markdown_in_sentences_is_shown_literally():
    assert escape_markdown("a *b* _c_ `d` > e") == r"a \*b\* \_c\_ \`d\` \> e"


# Discord's link rule, which it tries at each "[" before any escape after it: an unescaped "["
# that "](" follows, on its line or a later one, makes the text up to it a link's label
DISCORD_MASKED_LINK = re.compile(r"(?<!\\)\[.*?\]\(", re.S)


def test_a_masked_link_a_member_types_is_echoed_as_text_not_a_link():
    """`/sources query: [free nitro](https://evil.example)` made the bot post a link labelled
    "free nitro" to wherever the member liked, with the bot's name on it."""
    text = render_article_list([], "[free nitro](https://evil.example/x) or [a [b]\nc](http://y)")
    assert not DISCORD_MASKED_LINK.search(text)
    assert "free nitro" in text and "https\u200b://evil.example/x" in text
    assert escape_markdown("[1] [Source] and [x]") == "[1] [Source] and [x]"


# Discord's autolink: any scheme's "://" followed by more than spaces (not Markdown: a
# backslash escape leaves it linked)
DISCORD_BARE_LINK = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s<]")


def test_a_bare_address_a_member_types_is_echoed_as_text_not_a_link():
    """`/sources query: free nitro https://evil.example/gift` posted a live link, with the
    bot's name on it, in the channel (masked links were already shown as text); so did an
    abstention or an unknown article id that repeated the address back."""
    typed = "free nitro https://evil.example/gift and <http://b.example> steam://run/1"
    for text in (
        render_article_list([], typed),
        render_abstention(typed, []),
        sources_reply(NO_ARTICLES, None, typed),
    ):
        assert not DISCORD_BARE_LINK.search(text), text
        assert "https\u200b://evil.example/gift" in text
    from bot.model import ArticleInfo
    from bot.render import render_article

    source = ArticleInfo("a", "T", "a.txt", "https://news.example/a", None, None, None, 1, 1)
    assert "<https://news.example/a>" in render_article(source)  # a source's link stays


NO_ARTICLES = SimpleNamespace(
    article=lambda article_id: None,
    article_named=lambda _: None,
    ids_but_case=lambda _: (),
    near_id=lambda _: None,
    names_a_topic=names_a_topic,
    find_articles=lambda *_, **__: [],
)
BIDI_AND_INVISIBLE = "\u202e\u202d\u202b\u2066\u2067\u200f\u200b\u2060\x00\x1b"


def test_what_a_member_typed_is_echoed_without_direction_overrides_or_invisible_characters():
    """`/sources query:` posts in the channel: a right-to-left override in the topic turned the
    rest of the bot's line around, closing quotation mark included, so the member's words
    could read as the bot's own."""
    query = "\u202e”.sredro ruoy era eseht\u200b"
    for text in (
        render_article_list([], query),
        sources_reply(NO_ARTICLES, None, article=query),  # an unknown id is echoed too
        render_abstention(query, []),
    ):
        assert not set(BIDI_AND_INVISIBLE) & set(text)
        assert "”.sredro ruoy era eseht" in text


def test_what_a_member_hid_as_a_spoiler_is_echoed_hidden_by_sources_too():
    """An abstention keeps a spoiler a member hid hidden when it repeats the question; the
    topic of `/sources query:` and an unknown article id were echoed with the bars escaped,
    so what the member had hidden ("||who dies in the finale||") was posted in the open."""
    typed = "who dies in ||the finale||"
    for text in (
        render_article_list([], typed),
        sources_reply(NO_ARTICLES, None, article=typed),
        render_abstention("who dies in the finale", [], hidden=True),
    ):
        shown = re.search(r"“(.*)”|\((.*)\)", text)
        assert shown is not None, text
        echoed = shown.group(1) or shown.group(2)
        assert echoed.startswith("||") and echoed.endswith("||"), text
        assert "||" not in echoed[2:-2], text  # no bar of the member's ends the spoiler early
    assert "||" not in render_article_list([], "the finale")


def test_mentions_are_defused():
    text = defuse_mentions("@everyone and @here and <@123> <@&456> <#789>")
    assert "@everyone" not in text and "@here" not in text
    assert "<@123>" not in text and "<@&456>" not in text and "<#789>" not in text


def test_an_abstention_says_what_the_coverage_does_cover():
    text = render_abstention("who won?", ["Ukraine needs guarantees"])
    assert text.startswith("The coverage doesn't say")
    assert "Ukraine needs guarantees" in text


def test_an_abstention_echo_is_short_and_safe():
    text = render_abstention("@everyone " + "x" * 5000, [])
    assert "@everyone" not in text and len(text) < 400


def test_sources_show_context_either_side():
    text = render_sources([SourceDetail(1, citation(), "Before it.", "After it.")])
    assert "> Before it." in text and "> After it." in text
    assert "**Zelensky will meet Trump on Monday.**" in text


def test_sources_with_nothing_to_show_explain_themselves():
    assert "ask a question first" in render_sources([])


def test_long_replies_split_under_the_limit_between_lines():
    text = render_answer([citation("word " * 230 + "end.") for _ in range(3)])
    parts = split_message(text)
    assert len(parts) > 1
    assert all(len(p) <= DISCORD_LIMIT for p in parts)
    assert "\n".join(parts).replace("\n", " ").split() == text.replace("\n", " ").split()


def test_a_citation_marker_is_never_separated_from_its_sentence():
    line = "> " + "word " * 500 + "end. [1]"
    parts = split_message(line, limit=300)
    assert all(len(p) <= 300 for p in parts)
    assert not any(p.strip() == "[1]" or p.strip() == "> [1]" for p in parts)
    assert parts[-1].endswith("end. [1]")


@given(st.text(max_size=6000))
def test_any_text_splits_under_the_limit(text):
    parts = split_message(text, limit=500)
    assert all(len(p) <= 500 for p in parts)


def test_a_direction_override_in_a_sentence_ends_with_its_quote():
    """A scraped sentence's right-to-left override would turn the rest of the line around, the
    citation marker with it; inside an isolate it ends with the sentence, which is unchanged."""
    sentence = "The minister said \u202eno comment"
    line = render_answer([citation(sentence)]).splitlines()[0]
    assert line == "> \u2068" + sentence + "\u2069 [1]"
    assert (
        render_answer([citation()]).splitlines()[0] == "> Zelensky will meet Trump on Monday. [1]"
    )


def test_an_articles_counts_read_as_english():
    """`/sources article:` said "1 sentences, 1 facts" of a short article."""
    from bot.model import ArticleInfo
    from bot.render import render_article

    def info(sentences, facts):
        return ArticleInfo("a", "T", "a.txt", None, None, None, None, sentences, facts)

    assert "1 sentence, 1 fact" in render_article(info(1, 1))
    assert "2 sentences, 0 facts" in render_article(info(2, 0))


def test_article_lists_and_details_stay_short_whatever_the_titles():
    """A .txt without a title line has its first paragraph as its title: `/sources query:`
    showed five such titles whole, 22,000 characters that the bot posted as 11 messages for one
    member's command, and `/sources article:` did the same with long front matter and "Read
    also" headlines. Titles and details are cut at a word, as quotes are (a list fits one
    message, an article's details two), and a direction override in one ends with it."""
    from bot.model import ArticleInfo
    from bot.render import MAX_TITLE_CHARS, render_article

    paragraph = " ".join(
        f"The harbour council met on day {i} to approve plan {i}." for i in range(80)
    )
    infos = [
        ArticleInfo(f"long{k}", paragraph, f"long{k}.txt", None, paragraph, None, None, 9, 9)
        for k in range(5)
    ]
    listed = render_article_list(infos, "harbour council")
    assert len(split_message(listed)) == 1
    assert all(len(line) < MAX_TITLE_CHARS + 120 for line in listed.splitlines())
    assert "- `long0`: The harbour council met on day 0" in listed
    detail = ArticleInfo(
        "long0",
        paragraph,
        "long0.txt",
        None,
        paragraph,
        paragraph,
        paragraph,
        9,
        9,
        related=(paragraph,) * 8,
    )
    assert len(split_message(render_article(detail))) <= 2
    turned = ArticleInfo(
        "rtl", "Minister \u202eno comment", "rtl.txt", None, None, None, None, 1, 0
    )
    assert "\u2068Minister \u202eno comment\u2069" in render_article_list([turned], "minister")
    assert "\u2068Minister \u202eno comment\u2069" in render_article(turned)


def test_an_abstention_names_what_the_coverage_covers_in_one_message():
    """ "It does cover: …" named three titles whole: three .txt articles whose title is their
    first paragraph made an abstention two messages of titles. They are cut as in an article
    list."""
    from bot.render import MAX_TITLE_CHARS

    paragraph = " ".join(
        f"The harbour council met on day {i} to approve plan {i}." for i in range(80)
    )
    text = render_abstention("who won the cup?", [paragraph] * 3)
    assert len(split_message(text)) == 1
    covered = text.splitlines()[1]
    assert covered.startswith("It does cover: “The harbour council met on day 0")
    assert len(covered) < 3 * (MAX_TITLE_CHARS + 10) + 20


def test_an_answers_source_lines_cut_long_titles_as_article_lists_do():
    """A source line showed its article's title up to 1,200 characters, as a quote is: three
    citations of articles titled by their first paragraph added 3,600 characters of titles to
    an answer, two more messages. The quotes themselves are shown as before."""
    from bot.render import MAX_TITLE_CHARS

    paragraph = " ".join(
        f"The harbour council met on day {i} to approve plan {i}." for i in range(80)
    )
    text = render_answer([citation(title=paragraph, url=None, published=None)] * 3)
    sources = text.split("Sources:\n", 1)[1].splitlines()
    assert len(sources) == 3
    assert all(len(line) < MAX_TITLE_CHARS + 30 for line in sources)
    assert sources[0].startswith("[1] The harbour council met on day 0 to approve plan 0.")
    assert text.startswith("> Zelensky will meet Trump on Monday. [1]")


@pytest.mark.parametrize(
    "sentence", ["## Reactions came in fast.", "### Three marks.", "-# Small print applies."]
)
def test_a_quote_opening_with_discords_heading_or_subtext_marks_keeps_them(sentence):
    """Discord reads "## ", "### " and "-# " at a line's start as a heading or small grey
    subtext, inside a quote too: a stored sentence opening with them (a feed row's line) was
    quoted as "> -# Small print …" and shown without its marks, in small type."""
    citation = Citation("a", "T", "p", 1, sentence, 0, len(sentence), 1.0)
    quoted = render_answer([citation]).splitlines()[0]
    assert quoted == f"> \\{sentence} [1]"
    assert escape_markdown("#### Four marks are no heading.") == "#### Four marks are no heading."
    assert escape_markdown("#MeToo spread.") == "#MeToo spread."


def test_a_line_start_mark_is_read_from_its_own_line():
    # \s* from each line start ran over every later blank line and back: quadratic
    found = render._LINE_START.search("\n \n  # x")
    assert found is not None and found.start() == 3 and found.group(1) == "  "
    assert escape_markdown("\n \n  # x\n\n- y") == "\n \n  \\# x\n\n\\- y"


@given(st.text(alphabet=" \n\t#-+1.x", max_size=40))
def test_line_start_marks_are_escaped_as_when_the_indent_ran_over_lines(text):
    """The same text as the pattern whose indent was any whitespace, newlines included."""

    def escaped(pattern: re.Pattern[str]) -> str:
        return pattern.sub(lambda m: m.group(1) + "\\" + m.group(2), text)

    spanning = re.compile(r"^(\s*)(#{1,3}|-#|[\-+]|\d+\.)(?=\s)", re.M)
    assert escaped(render._LINE_START) == escaped(spanning)


def test_a_very_long_article_link_is_left_out_rather_than_flooding_the_channel():
    """qa24: titles and sentences were capped, an article's URL not: three sources from a feed
    with 1,800-character tracking URLs made one answer five messages. A URL over
    MAX_URL_CHARS is not shown (cut, it would be a broken link); a usual one still is."""
    from bot.model import ArticleInfo
    from bot.render import MAX_URL_CHARS, render_article

    long_url = "https://example.org/" + "y" * 1800
    cited = [
        citation(f"Sentence {i} of the summit.", url=long_url, article=f"a{i}") for i in range(3)
    ]
    reply = render_answer(cited)
    assert long_url not in reply and len(split_message(reply)) == 1
    assert "<https://example.org/a>" in render_answer([citation()])
    assert len(long_url) > MAX_URL_CHARS
    info = ArticleInfo("a", "T", "p", long_url, None, None, None, 3, 1)
    shown = render_article(info)
    assert long_url not in shown and "1,820 characters long, is not shown" in shown


def test_a_follow_up_the_story_does_not_answer_names_the_story_and_echoes_the_question():
    text = render.render_story_silent("who paid?", "Harbour reopens after storm")
    assert text.startswith("The story I quoted (“Harbour reopens after storm”) doesn't say")
    assert "(who paid?)" in text
    assert not DISCORD_BARE_LINK.search(render.render_story_silent("https://x.example/a", "T"))


def test_an_echo_shows_a_members_or_a_channels_mention_as_one():
    """Defused, a mention was echoed as its raw id, which the member never saw: "No article
    covers “<@200000000000000003\\>”" for `/sources query: @Ana`."""
    assert echo("what did <@123> and <@!45> <@&67> say in <#89>?") == (
        "what did @… and @… @… say in #…?"
    )
    assert render_no_topic("<@200000000000000003>", False).startswith("“@…” names no topic")
    assert "@\u200beveryone" in echo("@everyone")  # still defused, not hidden
