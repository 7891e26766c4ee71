"""Refusals while reading something to import: plain sentences naming the problem."""

from __future__ import annotations

from app.errors import InvalidInput

NOTHING_WRITTEN = "Nothing was imported."


class ImportRefused(InvalidInput):
    """A source could not be imported as it is; the journal was not changed."""


class PasswordNeeded(ImportRefused):
    """A protected archive was given no password, or the wrong one."""


def refused(problem: str) -> ImportRefused:
    """``problem`` (one sentence, with its full stop) and the promise that nothing changed."""
    return ImportRefused(f"{problem} {NOTHING_WRITTEN}")


def password_needed(problem: str) -> PasswordNeeded:
    """Like ``refused``, for a protected archive opened without its password."""
    return PasswordNeeded(f"{problem} {NOTHING_WRITTEN}")
