"""The window's actions, with standard shortcuts, built in one place.

Menus and the toolbar share these ``QAction`` objects, so every command has one
name, one shortcut and one accessible description.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence


@dataclass
class Actions:
    """Every command of the journal window."""

    new_entry: QAction
    checkin: QAction
    remind: QAction
    contact_log: QAction
    export: QAction
    export_filtered: QAction
    search: QAction
    next_entry: QAction
    previous_entry: QAction
    trash_entry: QAction
    toggle_preview: QAction
    revisions: QAction
    trash: QAction
    settings: QAction
    lock: QAction
    hide_now: QAction
    quit: QAction

    def everywhere(self) -> list[QAction]:
        """Actions that work on every page of an open journal, not just the editor's."""
        return [self.remind, self.contact_log, self.lock, self.hide_now, self.quit]

    def journal_actions(self) -> list[QAction]:
        """The actions that need an open journal (disabled while locked)."""
        return [
            self.new_entry,
            self.checkin,
            self.remind,
            self.contact_log,
            self.export,
            self.export_filtered,
            self.search,
            self.next_entry,
            self.previous_entry,
            self.trash_entry,
            self.toggle_preview,
            self.revisions,
            self.trash,
            self.settings,
            self.lock,
        ]


def build_actions(parent: QObject) -> Actions:
    """Create the actions; the window connects them."""
    tr = parent.tr

    def make(text: str, keys: list[QKeySequence], icon: str = "") -> QAction:
        action = QAction(QIcon.fromTheme(icon), text, parent)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(text.replace("&", "").rstrip("…"))
        return action

    actions = Actions(
        new_entry=make(
            tr("&New Entry"), [QKeySequence(QKeySequence.StandardKey.New)], "document-new"
        ),
        checkin=make(tr("Evening &Check-in…"), [QKeySequence("Ctrl+E")], "view-calendar-day"),
        remind=make(tr("&Remind Me Why"), [QKeySequence("Ctrl+R")], "help-about"),
        export=make(tr("E&xport…"), [QKeySequence("Ctrl+Shift+E")], "document-export"),
        export_filtered=make(tr("Export the &Listed Entries…"), [], "document-export"),
        contact_log=make(
            tr("Contact &Log…"), [QKeySequence("Ctrl+Shift+L")], "x-office-address-book"
        ),
        search=make(tr("&Search"), [QKeySequence(QKeySequence.StandardKey.Find)], "edit-find"),
        next_entry=make(
            tr("&Next Entry"), [QKeySequence("Alt+Down"), QKeySequence("Ctrl+PgDown")], "go-down"
        ),
        previous_entry=make(
            tr("&Previous Entry"), [QKeySequence("Alt+Up"), QKeySequence("Ctrl+PgUp")], "go-up"
        ),
        trash_entry=make(tr("Move to &Trash"), [QKeySequence("Ctrl+Shift+Delete")], "user-trash"),
        toggle_preview=make(tr("&Preview"), [QKeySequence("Ctrl+Shift+P")], "document-preview"),
        revisions=make(
            tr("Earlier &Versions…"), [QKeySequence("Ctrl+Shift+H")], "document-open-recent"
        ),
        trash=make(tr("&Trash…"), [], "user-trash-full"),
        settings=make(
            tr("&Settings…"),
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")],
            "preferences-system",
        ),
        lock=make(tr("&Lock"), [QKeySequence("Ctrl+L")], "system-lock-screen"),
        # Also Shift pressed three times (app.ui.quick_hide); works while locked too.
        hide_now=make(tr("&Hide Now"), [QKeySequence("F12")], "window-minimize"),
        quit=make(tr("&Quit"), [QKeySequence(QKeySequence.StandardKey.Quit)], "application-exit"),
    )
    actions.toggle_preview.setCheckable(True)
    return actions
