"""factdesk's answering side: the pure core (``bot.answer``) and the Discord adapter.

``create_bot`` is loaded lazily so that importing the core never imports discord.py.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["create_bot", "main"]


def main() -> None:
    """The ``factdesk`` command (``python -m bot`` too). ``bot.cli`` and what it imports take
    most of a second to load, and a Ctrl-C meanwhile (a command stopped at once) printed
    Python's traceback of the import it cut short; during the command it says "interrupted"
    and exits 130, and so it does here."""
    try:
        from .cli import main as command
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        raise SystemExit(130) from None
    command(prog_name="factdesk")


def __getattr__(name: str) -> Any:
    if name == "create_bot":
        from .discord_app.client import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
