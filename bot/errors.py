"""Exception classes for the answering side, one per kind of failure."""

from __future__ import annotations


class BotError(Exception):
    """Base class for everything the bot package raises on purpose."""


class ConfigError(BotError):
    """config.yaml is unreadable or a key has a wrong value; the message names the key."""


class RuleError(ConfigError):
    """An intent rule in config.yaml is malformed; the message names the intent and field."""


class UnknownArticleError(BotError):
    """``--article`` (or ``/sources article:``) names an id the database does not hold."""


class StartupError(BotError):
    """The Discord bot cannot start: missing token, database or permissions."""
