"""Refusals while reading something to import: plain sentences naming the problem."""

from __future__ import annotations

import re

from app.errors import InvalidInput, KnownError
from app.words import QT_TR_NOOP, Said

NOTHING_WRITTEN = QT_TR_NOOP("Nothing was imported.")


class ImportRefused(InvalidInput):
    """A source could not be imported as it is; the journal was not changed."""


class PasswordNeeded(ImportRefused):
    """A protected archive was given no password, or the wrong one."""


def refused(problem: str, **details: object) -> ImportRefused:
    """``problem`` (a marked template, one sentence with its full stop), then "nothing changed".

    ``details`` fill the problem's template; both are said in the reader's language.
    """
    return ImportRefused(
        QT_TR_NOOP("{problem} {nothing}"),
        problem=Said(problem, details),
        nothing=Said(NOTHING_WRITTEN),
    )


def password_needed(problem: str, **details: object) -> PasswordNeeded:
    """Like ``refused``, for a protected archive opened without its password."""
    return PasswordNeeded(
        QT_TR_NOOP("{problem} {nothing}"),
        problem=Said(problem, details),
        nothing=Said(NOTHING_WRITTEN),
    )


_PROMISE = re.compile(r"\s*Nothing was \w+[^.]*\.\s*$")
"""The closing sentence promising nothing was changed (attached, imported, saved ...)."""


def without_promise(error: KnownError) -> object:
    """What went wrong in ``error``, without its closing "Nothing was …" promise.

    A refusal that wraps another says the promise once, for the whole import. A
    refusal built here keeps its problem apart, so it is left out in any language;
    another message loses the promise by its English words (said in another
    language, the promise stays: said twice, which is still true).
    """
    problem = error.details.get("problem")
    if isinstance(problem, Said):
        return problem
    return _PROMISE.sub("", error.message).strip()
