"""Every page and dialog of the window, opened the way a person opens it, for the walks.

A screen is visited with a ``look(widget, what)`` callback, called once per state
worth checking (each tab, each step). The layout walk (``test_layout.py``), the
accessibility walk (``test_accessibility.py``) and the pseudo-locale share this one
list, so a new screen added here is checked by all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.errors import JournalDamaged
from app.storage.sql_errors import DAMAGED_MESSAGE
from app.ui.main_window import MainWindow
from tests.helpers.pattern_journal import fill_with_patterns

Look = Callable[[QWidget, str], None]
Visit = Callable[[QtBot, MainWindow, Look], None]


@dataclass(frozen=True)
class Screen:
    """One screen: its name, how to visit it, and the window it starts from.

    ``start`` is "journal" (an unlocked journal with one entry), "first run" (no
    journal yet) or "unlock" (a passphrase journal, locked).
    """

    name: str
    visit: Visit
    start: str = "journal"


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


def every_tab(qtbot: QtBot, root: QWidget, what: str, look: Look) -> None:
    """Each tab of the first tab widget in ``root``, looked at in turn."""
    tabs = root.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        look(root, f"{what}, {tabs.tabText(index)}")


def _shown_dialog(qtbot: QtBot) -> QDialog:
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    )
    assert isinstance(dialog, QDialog)
    qtbot.waitExposed(dialog)
    return dialog


# ---------------------------------------------------------------- getting in


def first_run(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    flow = window.getting_in.setup
    for step in ("welcome", "safety", "the window's name"):
        look(window, f"first run, {step}")
        QTest.keyClick(QApplication.focusWidget() or flow, Qt.Key.Key_Return)
        QApplication.processEvents()
    look(window, "first run, the choice")
    flow.choice.use_passphrase.click()
    look(window, "first run, the passphrase fields")
    window.getting_in.setup.createRequested.emit(None)
    look(window, "first run, the recovery key")


def unlock(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    look(window, "unlock")


# ---------------------------------------------------------------- the journal's rooms


def journal_page(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    look(window, "journal page")


def checkin(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    window.evening.start()
    look(window, "check-in, step 1")
    flow = window.checkin
    flow.mood_page.picker.first_button().click()
    look(window, "check-in, a feeling chosen")
    for step in (2, 3):
        flow.next_button.click()
        look(window, f"check-in, step {step}")
    flow.pause()
    look(window, "check-in, a pause")


def remind_me_why(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    window.doubt.show_remind()
    look(window, "remind me why")


def reaching_out(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    window.doubt.start_reach_out()
    flow = window.doubt.reach_out
    for step in range(1, 5):
        look(window, f"reaching out, step {step}")
        flow.next()


def patterns(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    fill_with_patterns(window.controller.journal)
    window.commands.patterns.trigger()
    page = window.stack.currentWidget()
    assert page is not None
    every_tab(qtbot, page, "patterns", lambda _page, what: look(window, what))


def incident_record(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    window.commands.incidents.trigger()
    look(window, "incident record")
    page = window.stack.currentWidget()
    add = getattr(page, "add_record", None)
    assert add is not None
    in_dialog(qtbot, add, lambda d: look(d, "incident record, a new record"))


def damaged(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    window.show_damaged(JournalDamaged(DAMAGED_MESSAGE).message)  # as the core says it
    look(window, "damaged journal")


# ---------------------------------------------------------------- dialogs


def settings(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    in_dialog(qtbot, window.show_settings, lambda d: every_tab(qtbot, d, "settings", look))


def export(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    in_dialog(qtbot, window.exports.export_selected, lambda d: look(d, "export"))


def contact_log(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    in_dialog(qtbot, window.doubt.show_contact_log, lambda d: look(d, "contact log"))


def import_entries(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    in_dialog(qtbot, window.commands.import_entries.trigger, lambda d: look(d, "import"))


def export_everything(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    opener = window.commands.export_everything.trigger
    in_dialog(qtbot, opener, lambda d: look(d, "export everything"))


def revisions(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    in_dialog(qtbot, window.journal_page.show_revisions, lambda d: look(d, "earlier versions"))


def trash(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    in_dialog(qtbot, window.journal_page.show_trash, lambda d: look(d, "trash"))


def help_pages(qtbot: QtBot, window: MainWindow, look: Look) -> None:
    for page in ("shortcuts", "about", "danger"):
        window.show_help(page)
        dialog = _shown_dialog(qtbot)
        look(dialog, f"help, {page}")
        dialog.close()


SCREENS = (
    Screen("first run", first_run, start="first run"),
    Screen("unlock", unlock, start="unlock"),
    Screen("journal page", journal_page),
    Screen("check-in", checkin),
    Screen("remind me why", remind_me_why),
    Screen("reaching out", reaching_out),
    Screen("patterns", patterns),
    Screen("incident record", incident_record),
    Screen("damaged journal", damaged),
    Screen("settings", settings),
    Screen("export", export),
    Screen("contact log", contact_log),
    Screen("import", import_entries),
    Screen("export everything", export_everything),
    Screen("earlier versions", revisions),
    Screen("trash", trash),
    Screen("help", help_pages),
)
