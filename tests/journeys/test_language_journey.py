"""Journey: the window in German, in high contrast, chosen by keyboard alone.

Settings (Ctrl+,) → On screen (Alt+S): the Language field (Alt+L) takes "D" for
Deutsch, "Use high contrast" (Alt+H) turns every window black and white at once.
Both are kept beside the window's name (``presentation.ini``); the next start
speaks German from the first screen (read over AT-SPI: the menu, the search
field, the Settings tabs) and the core's own messages too, and stays in high
contrast (light and dark; shots of Settings and the journal in German). The entry
shared from there (Ctrl+Shift+E, Alt+E, a path typed) is a German document: its
date in German, its title and nothing of the English one, read back with poppler.
"""

from __future__ import annotations

import configparser
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.helpers.poppler import pdf_text, pdf_title
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

SETTINGS = r"^Settings\b"
EINSTELLUNGEN = r"^Einstellungen\b"
EXPORTIEREN = r"^Export"  # the dialog and its file chooser: "Exportieren"
TITLE, BODY = "Nach dem Anruf", "Ich habe nicht zurückgerufen, und das war gut so."
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_german_and_high_contrast_by_keyboard(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    add_entry(journal.folder, TITLE, BODY)
    app = desktop.launch(journal.folder, appearance)
    settings = open_on_screen(app, SETTINGS)
    app.xdo.key("alt+l")
    wait_for(lambda: _focused_role(app) == "combo box" or None, "the language list focused")
    app.xdo.key("d")  # Deutsch: a closed list chooses by its first letter
    app.xdo.key("alt+h")  # Use high contrast: at once, in every window
    chosen = wait_for(lambda: _kept(desktop, "language") == "de" or None, "the language kept")
    assert chosen
    wait_for(lambda: _kept(desktop, "high_contrast") == "yes" or None, "high contrast kept")
    desktop.shoot(app, settings, "settings-high-contrast", high_contrast=True)
    app.xdo.key("Escape")
    app.wait_gone(settings)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    again = desktop.launch(journal.folder, appearance)
    main = again.main_window()
    said = wait_for(lambda: _said_in_german(again), "the window in German")
    assert "Neuer Eintrag" in said, said
    desktop.shoot(again, main, "journal-german", high_contrast=True)
    einstellungen = open_on_screen(again, EINSTELLUNGEN)
    assert "Sprache" in " ".join(again.screen.labels())
    desktop.shoot(again, einstellungen, "settings-german", high_contrast=True)
    again.xdo.key("Escape")
    again.wait_gone(einstellungen)
    pdf = tmp_path / "geteilt.pdf"
    share(again, pdf)
    again.xdo.key("ctrl+q")
    assert again.wait_exit() == 0, again.stderr()

    text = " ".join(pdf_text(pdf).split())
    assert TITLE in text and BODY in text, text
    assert any(day in text for day in WOCHENTAGE), text  # the date, in German
    assert "Journal entries" not in pdf_title(pdf)


def share(app: RunningApp, pdf: Path) -> None:
    """The entry on screen as a PDF: Ctrl+Shift+E, Alt+E ("&Exportieren…"), a path typed."""
    app.xdo.key("ctrl+shift+e")
    dialog = app.wait_window(EXPORTIEREN)
    app.xdo.key("alt+e")
    chooser = app.wait_window(EXPORTIEREN, besides={dialog})
    app.xdo.key("ctrl+a")
    app.xdo.type(str(pdf))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.wait_gone(dialog)
    wait_for(pdf.exists, f"{pdf.name} to be written")


def open_on_screen(app: RunningApp, title: str) -> int:
    """Settings (Ctrl+,), on its "On screen" tab (Alt+S; German: Alt+S as well)."""
    app.xdo.key("ctrl+comma")
    settings = app.wait_window(title)
    app.xdo.key("alt+s")
    return settings


def _kept(desktop: Desktop, key: str) -> str | None:
    """A choice as stored in the journey's ``presentation.ini``, once it is there."""
    path = desktop.home / ".config" / "Threshold" / "presentation.ini"
    if not path.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser.get("presentation", key, fallback=None)


def _focused_role(app: RunningApp) -> str | None:
    """The focused control's role (a closed list is named by its current choice)."""
    focused = app.screen.focused()
    return focused.role if focused is not None else None


def _said_in_german(app: RunningApp) -> str | None:
    """Every word showing, once the window speaks German (its toolbar's first button)."""
    said = " ".join(node.name for node in app.screen.nodes())
    return said if "Neuer Eintrag" in said else None
