"""factdesk's answering side: the pure core (``bot.answer``) and the Discord adapter.

``create_bot`` is loaded lazily so that importing the core never imports discord.py.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_bot"]


def __getattr__(name: str) -> Any:
    if name == "create_bot":
        from .discord_app.client import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
