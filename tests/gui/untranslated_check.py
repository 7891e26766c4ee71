"""Words on screen that never went through a catalogue, found under the pseudo-locale.

Under ``pseudo_locale`` every translated string sits between ⟦ and ⟧ with its letters
accented. Plain English words left on a page once those are taken out were said
without ``tr`` (or built from pieces outside it), and would stay English in Spanish
or German too. What the person wrote (the test journal's words), names of products
and formats, and dates and numbers are not the app's words and are let through.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from app.language import LANGUAGES
from app.prompts.checkin_data import checkin_data
from app.prompts.library import shipped_library
from tests.helpers.pseudo_locale import CLOSE, OPEN

_BRACKETED = re.compile(re.escape(OPEN) + "[^" + re.escape(OPEN + CLOSE) + "]*" + re.escape(CLOSE))
_ENGLISH = re.compile(r"[A-Za-z]{3,}(?:[ '\u2019-][A-Za-z]+)*")
# Not the app's words: product and format names.
NOT_OURS = frozenset(
    [
        "Threshold",
        "PDF",
        "HTML",
        "Markdown",
        "SHA",
        "SQLCipher",
        "AES",
        "Zip",
        "Day",
        "One",
        "jrnl",
        "Syncthing",
        "Ctrl",
        "Shift",
        "Alt",
        "Tab",
        "Esc",
        "Enter",
        "Space",
        "Del",
        "PgUp",
        "PgDn",
        "Home",
        "End",
        "UTC",
        "Etc",
    ]
)
# Qt's own words (its standard buttons and fields), translated by Qt's catalogue.
QT_OWN = ("Close", "Cancel", "Press shortcut", "OK")
# Texts that are not words: a path, a time zone, a recovery key.
_NOT_WORDS = re.compile(r"^(/|[A-Za-z_]+/[A-Za-z_/+-]+$|[0-9A-Z]{5}-)")


@cache
def data_texts() -> tuple[str, ...]:
    """What the data files say (translated by language, not by the catalogue), and Qt's."""
    checkin = checkin_data()
    library = shipped_library()
    locale = QLocale()
    names = [
        getter(number, form)
        for number in range(1, 13)
        for getter in (locale.monthName, locale.dayName)
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    ]
    return (
        *(info.name for info in checkin.phases),
        *(info.description for info in checkin.phases),
        *(word for cell in checkin.moods for word in cell.words),
        *(pull.label for pull in checkin.pulls),
        *checkin.closing_lines,
        *(exercise.title for exercise in checkin.grounding),
        *(step for exercise in checkin.grounding for step in exercise.steps),
        *(theme.name for theme in library.themes),
        *(theme.description for theme in library.themes),
        *(prompt.text for prompt in library.prompts),
        *(line for prompt in library.prompts for line in prompt.follow_ups),
        *LANGUAGES.values(),
        *names,
        *QT_OWN,
    )


def untranslated(root: QWidget, written: tuple[str, ...] = ()) -> list[str]:
    """Each visible text in ``root`` with English words outside any translated string.

    ``written`` holds what the test journal's person wrote (never the app's words).
    What data and the person said is taken out of a text whole (longest first), so a
    button's "Next" is never excused by a prompt that happens to hold the word.
    """
    found = []
    for widget, text in _texts(root):
        words = english_words(text, written)
        if words:
            found.append(f"{type(widget).__name__} {text[:60]!r}: {words[:3]}")
    return found


def english_words(text: str, written: tuple[str, ...] = ()) -> list[str]:
    """English words in ``text`` outside any translated string, data, or ``written``."""
    if _NOT_WORDS.match(text.strip()):
        return []
    left = text
    while True:
        stripped = _BRACKETED.sub(" ", left)
        if stripped == left:
            break
        left = stripped
    for said in sorted((*data_texts(), *written), key=len, reverse=True):
        if said and said in left:
            left = left.replace(said, " ")
    return [w for w in _ENGLISH.findall(left) if not set(w.split()) <= NOT_OURS]


def _texts(root: QWidget) -> list[tuple[QWidget, str]]:
    texts: list[tuple[QWidget, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts += [(widget, text) for text in _said_by(widget) if text]
    return texts


def _said_by(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [re.sub("<[^>]+>", " ", widget.text())]
    if isinstance(widget, QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(i) for i in range(min(widget.count(), 40))]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        return []
    return [widget.windowTitle()] if widget.isWindow() else []
