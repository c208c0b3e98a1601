"""The bot's features, one cog each: ``questions`` (answering) and ``admin`` (reload, sync)."""
