"""Exception classes, one per kind of failure, so callers can report each in one clear line."""

from __future__ import annotations


class FactsError(Exception):
    """Base class for everything the facts package raises on purpose."""


class ArticleError(FactsError):
    """An article file (or one row of a feed) cannot be ingested; the build skips it."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):
        """Pickled as its two arguments: a build's worker processes send a file's error back
        whole, and the default (the one formatted message) failed to unpickle, so one broken
        file among enough to start the workers ended the build with an internal error."""
        return type(self), (self.source, self.reason)


class DatabaseError(FactsError):
    """The fact database is missing, unreadable, or from an incompatible version."""


class BuildError(FactsError):
    """A build could not complete; the previous database is left exactly as it was."""
