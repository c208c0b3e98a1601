"""The adapter over the real answering core and a database built from the seed article: Discord
members get exactly the text ``factdesk ask`` prints."""

from __future__ import annotations

import pytest

from bot import rank
from bot.answer import Answerer
from bot.chat import QUOTED_NOTHING
from bot.discord_app.cogs.questions import Questions
from bot.render import render_sources

from .conftest import (
    BOT_ID,
    NO_PINGS,
    make_channel,
    make_config,
    make_interaction,
    make_message,
    replies,
)
from .conftest import offline_bot as make_bot

pytestmark = pytest.mark.skipif(
    not hasattr(rank, "confidence"), reason="bot.rank.confidence is still being written"
)


@pytest.fixture
def core(seed_db):
    return Answerer(make_config(), seed_db)


@pytest.fixture
def real_cog(core):
    return Questions(make_bot(make_config(), core))


@pytest.mark.parametrize(
    "question", ["who is zelenksy meeting?", "what colour is the moon?", "hello"]
)
async def test_ask_posts_what_factdesk_ask_prints(real_cog, core, question):
    interaction = make_interaction()
    await real_cog.ask.callback(real_cog, interaction, question=question)
    text = "\n".join(part for part, _ in replies(interaction))
    assert text == core.answer(question).reply


async def test_a_hostile_mention_through_the_real_core_never_pings(real_cog):
    hostile = f"<@{BOT_ID}> @everyone @here <@&123456789012345678> " + "ping " * 5000
    message = make_message(hostile)
    await real_cog.on_message(message)
    for call in message.channel.send.await_args_list:
        assert "@everyone" not in call.args[0] and "@here" not in call.args[0]
        assert "<@&123456789012345678>" not in call.args[0]
        assert len(call.args[0]) <= 2000
        assert call.kwargs["allowed_mentions"].to_dict() == NO_PINGS


async def test_sources_after_a_real_answer(real_cog, core):
    await real_cog.ask.callback(real_cog, make_interaction(), question="who is zelensky meeting?")
    last = real_cog.last_answer.get(make_interaction().channel_id)
    interaction = make_interaction()
    await real_cog.sources.callback(real_cog, interaction)
    text = "\n".join(part for part, _ in replies(interaction))
    expected = render_sources(core.sources(last)) if last else render_sources([])
    assert text == expected


async def test_sources_of_a_near_miss_of_an_id_names_the_id(real_cog, core):
    """`/sources article:` with a letter of an id wrong named no id; `--article` names it."""
    seed_id = core.find_articles("ceasefire", limit=1)[0].id
    interaction = make_interaction()
    await real_cog.sources.callback(real_cog, interaction, article=seed_id[:-1] + "x")
    text = "\n".join(part for part, _ in replies(interaction))
    assert text.endswith(f"; did you mean `{seed_id}`?")


async def test_sources_typed_in_reply_to_an_abstention_says_it_quoted_nothing(real_cog):
    """`/sources` (or `/sources 1`) typed as a reply to "The coverage doesn't say (…)" was told
    "No sources yet: ask a question first", by a member who had just asked one, in a channel
    with an answer in it."""
    channel = make_channel()
    await real_cog.on_message(
        make_message(f"<@{BOT_ID}> who is zelensky meeting?", channel=channel)
    )
    await real_cog.on_message(
        make_message(f"<@{BOT_ID}> what colour is the moon?", channel=channel)
    )
    abstention = channel.sent[-1]
    assert abstention.content.startswith("The coverage doesn't say")
    for typed in ("/sources", "/sources 1"):
        await real_cog.on_message(make_message(typed, channel=channel, reply_to=abstention))
        assert channel.sent[-1].content == QUOTED_NOTHING
