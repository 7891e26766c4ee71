"""Every page and dialog, at the smallest window size and at 1.5x and 2x the font.

Fails when a label or button is smaller than its text needs (lines cut off at
the top or bottom, as Settings' explanations were: issue 15, finding 4) or when
two visible widgets lie on top of each other. The checks are in
``layout_check.py``; this file opens the screens the way the window does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.ui.main_window import MainWindow
from app.ui.widgets.theme import apply_theme
from tests.gui.layout_check import layout_problems
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.pattern_journal import fill_with_patterns
from tests.helpers.windows import make_window

SCALES = [1.0, 1.5, 2.0]
# The smallest window, at the normal font; larger fonts are tried on a common laptop
# screen, as a person who needs them would have it.
COMMON_SCREEN = (1280, 800)
BODY = "A quiet evening.\n\nI said no to Sunday lunch, and the world went on.\n\n- tea\n- bed"


NORMAL_POINT_SIZE = [10.0]


@pytest.fixture(params=SCALES, ids=lambda scale: f"fontx{scale}")
def font_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """The app's font at this scale (and the theme worked out from it), then back."""
    original = QFont(qapp.font())
    NORMAL_POINT_SIZE[:] = [original.pointSizeF()]
    scaled = QFont(original)
    scaled.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(scaled)
    apply_theme(qapp)
    yield request.param
    qapp.setFont(original)
    apply_theme(qapp)


def open_window(
    qtbot: QtBot, files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path
) -> MainWindow:
    window = make_window(qtbot, files, keystore, tmp_path)  # shown, first paint settled
    scale = QApplication.font().pointSizeF() / NORMAL_POINT_SIZE[0]
    window.resize(window.minimumSize() if scale < 1.2 else QSize(*COMMON_SCREEN))
    qtbot.wait(250)  # the evening invite and the timeline fill in after the first frame
    return window


@pytest.fixture
def open_journal_window(
    qtbot: QtBot,
    files: JournalFiles,
    keystore: MemoryKeystore,
    tmp_path: Path,
    font_scale: float,
) -> MainWindow:
    journal, _ = create_journal(files, keystore=keystore)
    journal.entries.add(EntryFields(body=BODY, title="A small no"))
    journal.close()
    return open_window(qtbot, files, keystore, tmp_path)


def check(widget: QWidget, what: str) -> None:
    for _ in range(3):  # layouts that depend on width settle over a few passes
        QApplication.processEvents()
    problems = layout_problems(widget)
    assert not problems, f"{what}:\n  " + "\n  ".join(problems)


def in_dialog(qtbot: QtBot, opener: Callable[[], None], inspect: Callable[[QDialog], None]) -> None:
    """Open a modal dialog the way the window does and inspect it, as it opened."""
    seen: list[BaseException | None] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QDialog), "no dialog opened"
            qtbot.wait(20)
            inspect(dialog)
            seen.append(None)
        except BaseException as error:
            seen.append(error)
        finally:
            if isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(50, look)
    opener()
    assert seen, "the dialog was never inspected"
    if seen[0] is not None:
        raise seen[0]


def test_the_first_run(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, font_scale: float
) -> None:
    window = open_window(qtbot, files, MemoryKeystore(), tmp_path)
    check(window, "first run")


def test_the_unlock_page(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, font_scale: float
) -> None:
    create_journal(files, passphrase="late light", argon2=FAST_ARGON2)[0].close()
    window = open_window(qtbot, files, MemoryKeystore(), tmp_path)
    check(window, "unlock")


def test_the_journal_page(open_journal_window: MainWindow, font_scale: float) -> None:
    check(open_journal_window, "journal page")


def test_the_checkin(open_journal_window: MainWindow, font_scale: float) -> None:
    open_journal_window.evening.start()
    check(open_journal_window, "check-in, step 1")


def test_remind_me_why(open_journal_window: MainWindow, font_scale: float) -> None:
    open_journal_window.doubt.show_remind()
    check(open_journal_window, "remind me why")


def test_every_tab_of_patterns(open_journal_window: MainWindow, font_scale: float) -> None:
    window = open_journal_window
    fill_with_patterns(window.controller.journal)
    window.commands.patterns.trigger()
    page = window.stack.currentWidget()
    assert page is not None
    tabs = page.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check(window, f"patterns, {tabs.tabText(index)}")


def test_every_settings_tab(
    qtbot: QtBot, open_journal_window: MainWindow, font_scale: float
) -> None:
    def every_tab(dialog: QDialog) -> None:
        tabs = dialog.findChild(QTabWidget)
        assert tabs is not None
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(10)
            check(dialog, f"settings, {tabs.tabText(index)}")

    in_dialog(qtbot, open_journal_window.show_settings, every_tab)


def test_the_export_dialog(
    qtbot: QtBot, open_journal_window: MainWindow, font_scale: float
) -> None:
    in_dialog(qtbot, open_journal_window.exports.export_selected, lambda d: check(d, "export"))


def test_the_contact_log(qtbot: QtBot, open_journal_window: MainWindow, font_scale: float) -> None:
    in_dialog(qtbot, open_journal_window.doubt.show_contact_log, lambda d: check(d, "contact log"))


@pytest.mark.parametrize("page", ["shortcuts", "about"])
def test_help(qtbot: QtBot, open_journal_window: MainWindow, font_scale: float, page: str) -> None:
    open_journal_window.show_help(page)
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    )
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    check(dialog, f"help, {page}")
    dialog.close()


def test_every_step_of_the_first_run(
    qtbot: QtBot, files: JournalFiles, tmp_path: Path, font_scale: float
) -> None:
    window = open_window(qtbot, files, MemoryKeystore(), tmp_path)
    flow = window.getting_in.setup
    for step in ("welcome", "safety", "the window's name"):
        check(window, f"first run, {step}")
        QTest.keyClick(QApplication.focusWidget() or flow, Qt.Key.Key_Return)
        QApplication.processEvents()
    check(window, "first run, the choice")
    flow.choice.use_passphrase.click()
    check(window, "first run, the passphrase fields")
    window.getting_in.setup.createRequested.emit(None)
    check(window, "first run, the recovery key")


def test_every_step_of_the_checkin(open_journal_window: MainWindow, font_scale: float) -> None:
    open_journal_window.evening.start()
    flow = open_journal_window.checkin
    flow.mood_page.picker.first_button().click()
    check(open_journal_window, "check-in, a feeling chosen")
    for step in (2, 3):
        flow.next_button.click()
        check(open_journal_window, f"check-in, step {step}")
    flow.pause()
    check(open_journal_window, "check-in, a pause")


def test_every_step_of_reaching_out(open_journal_window: MainWindow, font_scale: float) -> None:
    open_journal_window.doubt.start_reach_out()
    flow = open_journal_window.doubt.reach_out
    for step in range(1, 5):
        check(open_journal_window, f"reaching out, step {step}")
        flow.next()


def test_the_damaged_journal_screen(open_journal_window: MainWindow, font_scale: float) -> None:
    open_journal_window.show_damaged("Threshold found damage in your journal.")
    check(open_journal_window, "damaged journal")


@pytest.mark.parametrize("opener", ["show_revisions", "show_trash"])
def test_earlier_versions_and_the_trash(
    qtbot: QtBot, open_journal_window: MainWindow, font_scale: float, opener: str
) -> None:
    page = open_journal_window.journal_page
    in_dialog(qtbot, getattr(page, opener), lambda d: check(d, opener))


def test_the_danger_page(qtbot: QtBot, open_journal_window: MainWindow, font_scale: float) -> None:
    open_journal_window.show_help("danger")
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    )
    qtbot.waitExposed(dialog)
    check(dialog, "help, danger")
    dialog.close()
