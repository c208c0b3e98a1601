"""The ``factdesk`` command (``python -m bot``): build, ask, chat, eval and run, one module a
command, each adding itself to the group in :mod:`bot.cli.app`."""

from . import ask_command, build_command, chat_command, eval_command, run_command
from .app import main

__all__ = ["ask_command", "build_command", "chat_command", "eval_command", "main", "run_command"]
