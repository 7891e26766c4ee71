"""The window in the user's language: Qt's catalogues, ours, and the core's data.

Chosen once, before the first widget, from Settings → On screen (kept with the
window's name in ``presentation.ini``) or else the system's languages. Qt's own
catalogue (``qtbase_<code>``) translates the standard dialogs' buttons; ours
(``threshold_<code>.qm``, built from ``resources/translations`` by
``scripts/translations release``) the rest. Dates and numbers follow ``QLocale``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app import language
from app.language import SOURCE, best_match
from app.resource_files import resources_dir
from app.ui.widgets.translate import tr
from app.words import Writing, use_translator


def system_language() -> str:
    """The first of the system's languages Threshold speaks (English when none)."""
    return best_match(QLocale.system().uiLanguages())


_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, choice: str = "") -> str:
    """Speak ``choice`` (or the system's language when empty); returns the code in use.

    A missing catalogue leaves English in its place rather than failing to start.
    Installing again (a test's second window) replaces what was installed before.
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    code = choice if choice in language.LANGUAGES else system_language()
    language.use(code)
    QLocale.setDefault(_locale_for(code))
    # the core's messages and documents, in the window's language and its digits
    use_translator(tr, _writing(code))
    catalogues = [(f"threshold_{code}", [str(resources_dir() / "translations")])]
    if code != SOURCE:
        catalogues.append((f"qtbase_{code}", _qt_translation_folders()))
    for name, folders in catalogues:
        translator = QTranslator(app)  # parented: lives as long as the application
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def _writing(code: str) -> Writing:
    """Numbers and days as the reader writes them; English days keep the core's own shape.

    English's long date differs by country ("November 25" in the US); the core's
    "Wednesday, 25 November 2026" reads the same everywhere.
    """
    numbers = Writing(
        number=lambda n: QLocale().toString(n),
        decimal=lambda value: QLocale().toString(value, "f", 1),
    )
    if code == SOURCE:
        return numbers
    return Writing(
        number=numbers.number,
        decimal=numbers.decimal,
        day=lambda day: QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat),
        #: A Qt date format: d = day, MMMM = month name, yyyy = year.
        date=lambda day: QLocale().toString(_qdate(day), tr("d MMMM yyyy")),
        short_date=lambda day: QLocale().toString(_qdate(day), tr("d MMM yyyy")),
        month=lambda day: tr("{month} {year}").format(
            month=QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat),
            year=day.year,
        ),
    )


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues are: Qt's answer, then beside PySide6 (the bundle)."""
    import PySide6  # noqa: PLC0415

    beside = Path(PySide6.__file__).parent / "Qt" / "translations"
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(beside)]


def language_installed() -> bool:
    """Whether ``install_language`` has put catalogues in place (and not taken them out)."""
    return bool(_installed)


def uninstall_language(app: QCoreApplication) -> None:
    """Back to English and the system's locale (a test's window leaves nothing behind)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    language.use(SOURCE)
    use_translator(str)
    QLocale.setDefault(QLocale.system())


def _locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks ``code``, else the language in its country.

    English chosen on a French desktop writes English months, with France's week.
    """
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == code:
        return system
    return QLocale(QLocale.codeToLanguage(code), system.territory())
