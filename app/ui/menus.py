"""The window's menus and toolbar, laid out the way desktop apps are.

Journal, Edit, View, Entry and Help, each command in one obvious place; the
toolbar holds only the three moments' commands (write, check in, remind me why,
the contact log, export). Before a journal is open (first run, unlock, a problem)
only Help is shown: greyed-out menus would say "broken", not "not yet".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from app.ui.actions import Actions
from app.ui.widgets.icons import icon
from app.ui.widgets.translate import tr

TextField = QLineEdit | QTextEdit | QPlainTextEdit


@dataclass
class MenuBar:
    """The menus and toolbar built for one window."""

    journal: QMenu
    edit: QMenu
    view: QMenu
    entry: QMenu
    help: QMenu
    toolbar: QToolBar

    def show_journal_menus(self, shown: bool) -> None:
        """Everything for an open journal, or Help alone before one is open."""
        for menu in (self.journal, self.edit, self.view, self.entry):
            menu.menuAction().setVisible(shown)
        self.toolbar.setVisible(shown)


def build_menus(window: QMainWindow, a: Actions) -> MenuBar:
    """Fill the window's menu bar and add its toolbar."""
    bar = window.menuBar()
    layout: list[tuple[str, list[QAction | None]]] = [
        (
            tr("&Journal"),
            [
                a.new_entry,
                a.checkin,
                a.remind,
                a.contact_log,
                a.incidents,
                a.patterns,
                None,
                a.import_entries,
                a.export,
                a.export_filtered,
                a.export_everything,
                None,
                a.settings,
                a.lock,
                a.hide_now,
                None,
                a.quit,
            ],
        ),
        (tr("&Edit"), [a.undo, a.redo, None, a.cut, a.copy, a.paste, a.select_all, None, a.search]),
        (tr("&View"), [a.toggle_preview, None, a.next_entry, a.previous_entry]),
        (tr("En&try"), [a.attach, a.revisions, a.link_next, None, a.trash_entry, a.trash]),
        (tr("&Help"), [a.shortcuts, a.danger, None, a.about]),
    ]
    menus = [_menu(bar.addMenu(title), actions) for title, actions in layout]
    toolbar = _toolbar(window, a)
    _connect_editing(window, a)
    journal, edit, view, entry, help_menu = menus
    return MenuBar(journal, edit, view, entry, help_menu, toolbar)


def _menu(menu: QMenu, actions: list[QAction | None]) -> QMenu:
    for action in actions:
        menu.addSeparator() if action is None else menu.addAction(action)
    return menu


def _toolbar(window: QMainWindow, a: Actions) -> QToolBar:
    toolbar = QToolBar(tr("Main"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in a.toolbar():
        toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar


def refresh_icons(a: Actions) -> None:
    """Give every action the icon drawn for the current light or dark mode."""
    for action in vars(a).values():
        name = action.property("kit_icon") if isinstance(action, QAction) else None
        if name:
            action.setIcon(icon(str(name)))


# ------------------------------------------------------------------ editing


def focused_text_field() -> TextField | None:
    """The text field with the keyboard focus, if any (line, text or spin field)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return widget if isinstance(widget, TextField) else None


def _on_field(method: str) -> Callable[[], None]:
    """A slot calling ``method`` (undo, copy…) on the focused text field."""

    def act() -> None:
        field = focused_text_field()
        if field is not None:
            getattr(field, method)()

    return act


def _connect_editing(window: QMainWindow, a: Actions) -> None:
    """The Edit menu acts on the focused field, and is enabled only when one has focus."""
    for action, method in zip(
        a.editing(), ("undo", "redo", "cut", "copy", "paste", "selectAll"), strict=True
    ):
        action.triggered.connect(_on_field(method))
    _EditingState(window, a)


class _EditingState(QObject):
    """Keeps the Edit menu's enabled state and the icons in step with the app.

    A child of the window, so Qt disconnects it when the window goes.
    """

    def __init__(self, window: QMainWindow, actions: Actions) -> None:
        super().__init__(window)
        self._actions = actions
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.update)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.refresh)
        self.update()

    def update(self, _old: QWidget | None = None, _new: QWidget | None = None) -> None:
        """Enable what the focused field allows (nothing without a field)."""
        a = self._actions
        field = focused_text_field()
        editable = field is not None and not field.isReadOnly()
        for action in (a.undo, a.redo, a.cut, a.paste):
            action.setEnabled(editable)
        for action in (a.copy, a.select_all):
            action.setEnabled(field is not None)

    def refresh(self, _scheme: object = None) -> None:
        """Icons for the new light or dark mode."""
        refresh_icons(self._actions)
