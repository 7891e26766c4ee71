"""Every page and dialog, at the smallest window size and at 1.5x and 2x the font.

Fails when a label or button is smaller than its text needs (lines cut off at
the top or bottom, as Settings' explanations were: issue 15, finding 4) or when
two visible widgets lie on top of each other. The checks are in
``layout_check.py``; the screens, opened the way the window opens them, in
``screens.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.ui.translation import install_language, uninstall_language
from app.ui.widgets.theme import apply_theme
from tests.gui.layout_check import layout_problems
from tests.gui.screen_windows import WRITTEN, settle, window_for
from tests.gui.screens import SCREENS, Screen
from tests.gui.untranslated_check import untranslated
from tests.helpers.pseudo_locale import pseudo_installed

SCALES = [1.0, 1.5, 2.0]
PSEUDO_SCREEN = 1.5  # a longer language on a common laptop screen, not the smallest window


@pytest.fixture(params=SCALES, ids=lambda scale: f"fontx{scale}")
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The app's font at this scale (and the theme worked out from it), then back."""
    original = QFont(qapp.font())
    scaled = QFont(original)
    scaled.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(scaled)
    apply_theme(qapp)
    yield request.param
    qapp.setFont(original)
    apply_theme(qapp)


def check(widget: QWidget, what: str) -> None:
    settle()
    problems = layout_problems(widget)
    assert not problems, f"{what}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_nothing_is_clipped_or_overlaps(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, font_scale: float, screen: Screen
) -> None:
    window = window_for(screen.start, qtbot, files, tmp_path, font_scale)
    screen.visit(qtbot, window, check)


@pytest.fixture(scope="module", params=["ltr", "rtl"])
def pseudo_language(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Every string longer and accented (``pseudo_locale.py``), left to right or mirrored."""
    right_to_left = request.param == "rtl"
    with pseudo_installed(qapp, tmp_path_factory.mktemp(request.param), right_to_left):
        assert qapp.isRightToLeft() is right_to_left
        yield request.param


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_the_pseudo_locale_fits_and_mirrors(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, pseudo_language: str, screen: Screen
) -> None:
    window = window_for(screen.start, qtbot, files, tmp_path, scale=PSEUDO_SCREEN)
    assert window.isRightToLeft() is (pseudo_language == "rtl")
    screen.visit(qtbot, window, check if pseudo_language == "rtl" else check_and_read)


def check_and_read(widget: QWidget, what: str) -> None:
    """The layout walk, and every word on the page said through a catalogue."""
    check(widget, what)
    left = untranslated(widget, WRITTEN)
    assert not left, f"{what}, not through a catalogue:\n  " + "\n  ".join(left)


@pytest.fixture(scope="module", params=["es", "de"])
def real_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """A shipped catalogue, its data files and the core's messages, as the app installs them."""
    install_language(qapp, request.param)
    yield request.param
    uninstall_language(qapp)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_spanish_and_german_fit(
    qtbot: QtBot,
    qapp: QApplication,
    files: JournalFiles,
    tmp_path: Path,
    real_language: str,
    screen: Screen,
) -> None:
    install_language(qapp, real_language)  # each test ends in English (tests/conftest.py)
    window = window_for(screen.start, qtbot, files, tmp_path, scale=PSEUDO_SCREEN)
    screen.visit(qtbot, window, check)
