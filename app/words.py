"""Words the core says to a person, kept as a marked template until they are shown.

The core is Qt-free and speaks English; the window speaks the reader's language. So
a message is made of a template marked with ``QT_TR_NOOP`` (``pyside6-lupdate``
finds it by that name) and the details that fill it, and is put into words only
when shown: through the translator the window installs (``use_translator``), or as
English in the command line, which installs none.

    raise InvalidInput(QT_TR_NOOP("{name} can't be read."), name=path.name)

A detail may itself be ``Said`` (a sentence inside a sentence), said the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

_translate: Callable[[str], str] = str


def _english_number(number: int) -> str:
    return f"{number:,}"


_number: Callable[[int], str] = _english_number


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for the catalogue; it is translated where it is said."""
    return text


def use_translator(
    translate: Callable[[str], str], number: Callable[[int], str] = _english_number
) -> None:
    """Say every template through ``translate`` from now on (the window's language).

    ``number`` writes a whole-number detail as the reader writes it (``1.234`` in
    German); English's thousands comma reads as a decimal there.
    """
    global _translate, _number  # one language for the run, set at start
    _translate, _number = translate, number


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


def say(template: str, details: Mapping[str, object]) -> str:
    """``template`` in the reader's language, filled with ``details``."""
    text = _translate(template)
    if not details:
        return text
    return text.format(**{key: _word(value) for key, value in details.items()})


def _word(value: object) -> str:
    """A detail as words: a count in the reader's digits, anything else as it says itself."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _number(value)
    return str(value)
