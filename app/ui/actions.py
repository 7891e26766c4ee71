"""The window's actions, with standard shortcuts, built in one place.

Menus and the toolbar share these ``QAction`` objects, so every command has one
name, one shortcut and one accessible description.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.ui.widgets.icons import icon as kit_icon
from app.ui.widgets.translate import tr


@dataclass
class Actions:
    """Every command of the journal window."""

    new_entry: QAction
    checkin: QAction
    remind: QAction
    contact_log: QAction
    incidents: QAction
    patterns: QAction
    export: QAction
    export_filtered: QAction
    import_entries: QAction
    export_everything: QAction
    search: QAction
    next_entry: QAction
    previous_entry: QAction
    trash_entry: QAction
    toggle_preview: QAction
    attach: QAction
    revisions: QAction
    link_next: QAction
    trash: QAction
    settings: QAction
    lock: QAction
    hide_now: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    select_all: QAction
    shortcuts: QAction
    danger: QAction
    about: QAction

    def editing(self) -> list[QAction]:
        """The Edit menu's text commands: they act on the focused text field."""
        return [self.undo, self.redo, self.cut, self.copy, self.paste, self.select_all]

    def help(self) -> list[QAction]:
        """Help: always available, also before the journal opens."""
        return [self.shortcuts, self.danger, self.about]

    def toolbar(self) -> list[QAction]:
        """The three moments' commands: write, check in, remind me why, log, export."""
        return [self.new_entry, self.checkin, self.remind, self.contact_log, self.export]

    def commands(self) -> list[QAction]:
        """Window commands whose keys win over a text field's own bindings.

        Qt's Linux bindings give text fields Emacs keys (Ctrl+E is "end of line");
        a command's shortcut must work wherever the focus is. The editing keys
        (copy, paste, undo…) are never in this list: those belong to the field.
        """
        return [*self.journal_actions(), self.hide_now, self.quit]

    def everywhere(self) -> list[QAction]:
        """Actions that work on every page of an open journal, not just the editor's."""
        return [
            *(self.checkin, self.remind, self.contact_log, self.incidents, self.patterns),
            *(self.settings, self.lock, self.hide_now, self.quit),
        ]

    def journal_actions(self) -> list[QAction]:
        """The actions that need an open journal (disabled while locked)."""
        return [
            self.new_entry,
            self.checkin,
            self.remind,
            self.contact_log,
            self.incidents,
            self.patterns,
            self.export,
            self.export_filtered,
            self.import_entries,
            self.export_everything,
            self.search,
            self.next_entry,
            self.previous_entry,
            self.trash_entry,
            self.toggle_preview,
            self.revisions,
            self.link_next,
            self.attach,
            self.trash,
            self.settings,
            self.lock,
        ]


def build_actions(parent: QObject) -> Actions:
    """Create the actions; the window connects them."""

    def make(text: str, keys: list[QKeySequence], icon: str = "") -> QAction:
        action = QAction(text, parent)
        if icon:
            action.setIcon(kit_icon(icon))
            action.setProperty("kit_icon", icon)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(text.replace("&", "").rstrip("…"))
        return action

    actions = Actions(
        new_entry=make(tr("&New Entry"), [QKeySequence(QKeySequence.StandardKey.New)], "new-entry"),
        checkin=make(tr("Evening &Check-in…"), [QKeySequence("Ctrl+E")], "checkin"),
        remind=make(tr("&Remind Me Why"), [QKeySequence("Ctrl+R")], "remind"),
        export=make(tr("E&xport…"), [QKeySequence("Ctrl+Shift+E")], "export"),
        export_filtered=make(tr("Export the &Listed Entries…"), []),
        import_entries=make(tr("&Import…"), []),
        export_everything=make(tr("Export &Everything…"), []),
        contact_log=make(tr("Contact &Log…"), [QKeySequence("Ctrl+Shift+L")], "contact-log"),
        incidents=make(tr("Inci&dent Record"), [QKeySequence("Ctrl+Shift+I")]),
        patterns=make(tr("Pa&tterns"), [QKeySequence("Ctrl+Shift+G")]),
        search=make(tr("&Search"), [QKeySequence(QKeySequence.StandardKey.Find)], "search"),
        next_entry=make(
            tr("&Next Entry"), [QKeySequence("Alt+Down"), QKeySequence("Ctrl+PgDown")], ""
        ),
        previous_entry=make(
            tr("&Previous Entry"), [QKeySequence("Alt+Up"), QKeySequence("Ctrl+PgUp")], ""
        ),
        trash_entry=make(tr("Move to &Trash"), [QKeySequence("Ctrl+Shift+Delete")], "trash"),
        toggle_preview=make(tr("&Preview"), [QKeySequence("Ctrl+Shift+P")], "preview"),
        attach=make(tr("&Attach…"), [QKeySequence("Ctrl+Shift+A")], ""),
        revisions=make(tr("Earlier &Versions…"), [QKeySequence("Ctrl+Shift+H")], ""),
        link_next=make(tr("Link What &Happened Next…"), []),
        trash=make(tr("Show T&rash…"), []),
        settings=make(
            tr("&Settings…"),
            [QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")],
            "settings",
        ),
        lock=make(tr("&Lock"), [QKeySequence("Ctrl+L")], "lock"),
        # Also Shift pressed three times (app.ui.privacy.quick_hide); works while locked too.
        hide_now=make(tr("&Hide Now"), [QKeySequence("F12")], ""),
        quit=make(tr("&Quit"), [QKeySequence(QKeySequence.StandardKey.Quit)], ""),
        undo=make(tr("&Undo"), [QKeySequence(QKeySequence.StandardKey.Undo)]),
        redo=make(tr("&Redo"), [QKeySequence(QKeySequence.StandardKey.Redo)]),
        cut=make(tr("Cu&t"), [QKeySequence(QKeySequence.StandardKey.Cut)]),
        copy=make(tr("&Copy"), [QKeySequence(QKeySequence.StandardKey.Copy)]),
        paste=make(tr("&Paste"), [QKeySequence(QKeySequence.StandardKey.Paste)]),
        select_all=make(tr("Select &All"), [QKeySequence(QKeySequence.StandardKey.SelectAll)]),
        shortcuts=make(
            tr("&Keyboard Shortcuts"), [QKeySequence(QKeySequence.StandardKey.HelpContents)], "help"
        ),
        danger=make(tr("If You Are in &Danger Now…"), []),
        about=make(tr("&About Threshold"), []),
    )
    actions.toggle_preview.setCheckable(True)
    for action in actions.editing():
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the field's own keys
    return actions
