"""No button on a page of the main window takes the letter of a menu, in any language.

Alt plus a letter that both a menu and a button on the page underline opens the menu
(Qt gives the menu bar the key), so the button's action can't be reached by its
mnemonic at all: the trial in Spanish found "&Volver al diario" opening "&Ver".
Checked on every page of the window in each language, as translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.language import LANGUAGES, SOURCE
from app.resource_files import resources_dir
from tests.gui.screen_windows import settle, window_for
from tests.gui.screens import SCREENS, Screen

PAGES = [screen for screen in SCREENS if screen.start == "journal"]


def mnemonic(text: str) -> str | None:
    """The letter a text underlines (after a single ``&``), lower-cased."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.fixture(params=sorted(LANGUAGES))
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's catalogue for one language, installed for the test."""
    translator = QTranslator()
    if request.param != SOURCE:
        catalogue = resources_dir() / "translations" / f"threshold_{request.param}.qm"
        if not catalogue.is_file():
            pytest.fail(f"{catalogue.name} is not built: run scripts/translations release")
        assert translator.load(str(catalogue))
        qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("screen", PAGES, ids=lambda screen: screen.name)
def test_no_page_takes_a_menus_letter(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, speaking: str, screen: Screen
) -> None:
    window = window_for(screen.start, qtbot, files, tmp_path)
    bar = window.findChild(QMenuBar)
    assert bar is not None
    menus = {letter: a.text() for a in bar.actions() if (letter := mnemonic(a.text()))}
    clashes: list[str] = []

    def look(root: QWidget, what: str) -> None:
        settle()
        if root is not window:
            return  # a dialog has no menu bar
        labelled: list[QAbstractButton | QLabel] = [
            *root.findChildren(QAbstractButton),
            *root.findChildren(QLabel),
        ]
        for widget in labelled:
            text = widget.text()
            letter = mnemonic(text)
            if widget.isVisibleTo(root) and letter in menus:
                clashes.append(f"{what}: {text!r} and the menu {menus[letter]!r}")

    screen.visit(qtbot, window, look)
    assert not clashes, f"{speaking}:\n  " + "\n  ".join(sorted(set(clashes)))
