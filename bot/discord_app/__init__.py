"""The Discord adapter: the only part of factdesk that imports discord.py.

It turns Discord messages and slash commands into calls to the answering core
(:class:`bot.answer.Answerer`) and posts the core's replies unchanged, split to Discord's limits.
"""

from .client import FactdeskBot, create_bot

__all__ = ["FactdeskBot", "create_bot"]
