"""Words the core says to a person, kept as a marked template until they are shown.

The core is Qt-free and speaks English; the window speaks the reader's language. So
a message is made of a template marked with ``QT_TR_NOOP`` (``pyside6-lupdate``
finds it by that name) and the details that fill it, and is put into words only
when shown: through the translator the window installs (``use_translator``), or as
English in the command line, which installs none.

    raise InvalidInput(QT_TR_NOOP("{name} can't be read."), name=path.name)

A detail may itself be ``Said`` (a sentence inside a sentence), said the same way.

Documents the core writes (an export, an incident report) are said the same way,
with days, months and decimals written as the reader writes them (``day_words``,
``month_words``, ``decimal_words``): German from a German window, English from
the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _english_number(number: int) -> str:
    return f"{number:,}"


def _english_day(day: dt.date) -> str:
    # fixed names, never strftime: Qt sets the process locale, which would change them
    return f"{_WEEKDAYS[day.weekday()]}, {day.day} {_MONTHS[day.month - 1]} {day.year}"


def _english_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _english_short_date(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def _english_month(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year}"


def _english_decimal(value: float) -> str:
    return f"{value:.1f}"


class Writing:
    """How the reader writes numbers and days; English unless the window says otherwise.

    A plain class, not a dataclass: the window builds one before its first paint.
    """

    __slots__ = ("date", "day", "decimal", "month", "number", "short_date")

    def __init__(
        self,
        *,
        number: Callable[[int], str] = _english_number,
        day: Callable[[dt.date], str] = _english_day,
        date: Callable[[dt.date], str] = _english_date,
        short_date: Callable[[dt.date], str] = _english_short_date,
        month: Callable[[dt.date], str] = _english_month,
        decimal: Callable[[float], str] = _english_decimal,
    ) -> None:
        self.number, self.day, self.date = number, day, date
        self.short_date, self.month, self.decimal = short_date, month, decimal


_translate: Callable[[str], str] = str
_writing = Writing()


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for the catalogue; it is translated where it is said."""
    return text


def use_translator(translate: Callable[[str], str], writing: Writing | None = None) -> None:
    """Say every template through ``translate`` from now on (the window's language).

    ``writing`` writes a number or a day as the reader does (``1.234`` and "Mittwoch,
    25. November 2026" in German; English's thousands comma reads as a decimal there).
    """
    global _translate, _writing  # one language for the run, set at start
    _translate, _writing = translate, writing or Writing()


def day_words(day: dt.date) -> str:
    """A day in full, as the reader writes it: "Wednesday, 25 November 2026"."""
    return _writing.day(day)


def date_words(day: dt.date) -> str:
    """A day without its weekday: "25 November 2026"."""
    return _writing.date(day)


def short_date_words(day: dt.date) -> str:
    """A day with its month shortened, for a table's column: "25 Nov 2026"."""
    return _writing.short_date(day)


def month_words(day: dt.date) -> str:
    """The month of ``day`` and its year: "November 2026"."""
    return _writing.month(day)


def decimal_words(value: float) -> str:
    """A figure to one decimal, as the reader writes it: 2.5, or 2,5 in German."""
    return _writing.decimal(value)


def number_words(number: int) -> str:
    """A whole number in the reader's digits: 1,234, or 1.234 in German."""
    return _writing.number(number)


def counted(count: int, one: str, many: str, **named: object) -> str:
    """``count`` in words with the template for one or for many ("{count} entries").

    Both templates are marked (``QT_TR_NOOP``) where they are written. English,
    Spanish and German all use the first form for one alone; a language with more
    plural forms would need Qt's ``%n`` here, as the window has.
    """
    return say(one if count == 1 else many, {"count": count, **named})


@dataclass(frozen=True)
class Said:
    """A marked template and what fills it, put into words when shown."""

    template: str
    details: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return say(self.template, self.details)


def english(said: Said) -> str:
    """``said`` in English whatever the window speaks (a report, a log: written as is)."""
    details = {
        key: english(value) if isinstance(value, Said) else _english_word(value)
        for key, value in said.details.items()
    }
    return said.template.format(**details) if details else said.template


def _english_word(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return _english_number(value)
    return str(value)


def say(template: str, details: Mapping[str, object] | None = None, **named: object) -> str:
    """``template`` in the reader's language, filled with ``details`` and ``named``."""
    text = _translate(template)
    every = {**(details or {}), **named}
    if not every:
        return text
    return text.format(**{key: _word(value) for key, value in every.items()})


def _word(value: object) -> str:
    """A detail as words: a count in the reader's digits, anything else as it says itself."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _writing.number(value)
    return str(value)
