"""Whatever the reply, every message the bot posts fits Discord's limit and can't ping."""

from __future__ import annotations

import asyncio

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.discord_app.replies import reply_in_parts

from .conftest import NO_PINGS

PIECES = st.sampled_from(
    ["word", "Zelensky", "[1]", "\n", "\n\n", " ", "@everyone", "<@123456789012345678>", "x" * 2500]
)


class FakeChannel:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []

    async def send(self, content: str, **kwargs):
        self.calls.append((content, kwargs))
        return type("Sent", (), {"id": len(self.calls)})()


class FakeMessage:
    def __init__(self) -> None:
        self.channel = FakeChannel()

    def to_reference(self, *, fail_if_not_exists: bool = True):
        return ("reference", fail_if_not_exists)


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=60))
def test_every_part_fits_and_none_can_ping(pieces):
    text = " ".join(pieces)
    message = FakeMessage()
    asyncio.run(reply_in_parts(message, text))

    calls = message.channel.calls
    assert calls
    assert all(len(content) <= 2000 for content, _ in calls)
    assert all(kwargs["allowed_mentions"].to_dict() == NO_PINGS for _, kwargs in calls)
    assert calls[0][1].get("reference") == ("reference", False)
    assert all("reference" not in kwargs for _, kwargs in calls[1:])
    sent = "".join("".join(content.split()) for content, _ in calls)
    assert sent == "".join(text.split())  # nothing lost, nothing added
