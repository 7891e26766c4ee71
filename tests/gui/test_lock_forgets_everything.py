"""After locking (and after quick hide) no widget or model holds a word of the journal.

A session writes marker strings everywhere a person can type them (an entry's text,
title and tags, a search, a reason, a contact note) and opens every view that shows
journal text (timeline, search results, remind me why, the contact log, the incident
record, the trash, earlier versions). Then it locks with Ctrl+L, or hides with Shift
three times, and walks everything the process still holds on screen or could show again:

- every widget in ``QApplication.allWidgets()`` (hidden ones and leftover dialogs
  too): texts, placeholders, window titles, tooltips, status tips, accessible names
  and descriptions, and for every text field its *undo history*, undone step by
  step (Ctrl+Z must not bring anything back);
- every item model reachable from a widget, a view, a completer or a proxy: every
  index, recursively, in the display, edit, tooltip, status, accessibility and
  the first 32 custom roles, and the headers;
- every action's texts, and the Python attributes of every widget and of the
  objects they hold (closures included), a few levels deep.

Nothing may contain a marker.

The views are not listed here: the session also triggers every command the window
offers, and before locking it finds every object that shows a marker, which must be
a view that forgets on lock (``app.ui.forgetting.ForgetsOnLock``), a part of one, or
a dialog (closed and dropped on lock). A static check finds every widget class in
``app.ui`` that is handed a journal, so a view added next year is covered.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
import re
import types
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

import app.ui
from app.files import JournalFiles
from app.journal import create_journal
from app.records.entries import EntryFields
from app.records.incidents import IncidentFields, IncidentKind, When
from app.storage.contacts import Channel, ContactFields
from app.storage.entries import RevisionPolicy
from app.ui.forgetting import ForgetsOnLock
from app.ui.main_window import MainWindow
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window, settle

ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    *(Qt.ItemDataRole.UserRole + offset for offset in range(32)),
]
MAX_UNDO_STEPS = 500
ATTRIBUTE_DEPTH = 6


@dataclass(frozen=True)
class Markers:
    """One random marker per place a person types journal text."""

    body: str
    title: str
    tag: str
    search: str
    reason: str
    contact: str
    earlier_version: str
    trashed: str
    incident: str

    @classmethod
    def new(cls) -> Markers:
        core = uuid.uuid4().hex
        return cls(
            body=f"bodymark{core}",
            title=f"TITLEMARK{core}",
            tag=f"tagmark{core}",
            search=f"bodymark{core[:12]}",
            reason=f"REASONMARK{core}",
            contact=f"CONTACTMARK{core}",
            earlier_version=f"VERSIONMARK{core}",
            trashed=f"TRASHMARK{core}",
            incident=f"INCIDENTMARK{core}",
        )

    def found_in(self, text: str) -> list[str]:
        folded = text.casefold()
        return [name for name, marker in vars(self).items() if marker.casefold() in folded]


# ---------------------------------------------------------------------- the walk


def held_texts(window: MainWindow, *, undo: bool = False) -> Iterator[tuple[str, str]]:
    """(where, text) for everything the process could still show.

    With ``undo`` every text field is undone step by step too (this changes them:
    only after locking).
    """
    widgets = QApplication.allWidgets()
    for widget in widgets:
        yield from widget_texts(widget, undo=undo)
    for model in item_models(widgets):
        yield from model_texts(model)
    for action in window.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.statusTip(), action.whatsThis()):
            yield f"action {action.objectName() or action.text()!r}", text
    yield from attribute_texts(window)
    for widget in widgets:
        if isinstance(widget, QDialog):  # a dialog left over from before the lock
            yield from attribute_texts(widget)


def widget_texts(widget: QWidget, *, undo: bool) -> Iterator[tuple[str, str]]:
    where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
    for text in (
        widget.windowTitle(),
        widget.toolTip(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.accessibleName(),
        widget.accessibleDescription(),
    ):
        yield where, text
    if isinstance(widget, QLineEdit):
        yield where, widget.placeholderText()
        texts = undone_line(widget) if undo else [widget.text()]
        yield from ((f"{where} (undo)", text) for text in texts)
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield where, widget.placeholderText()
        texts = undone_document(widget) if undo else [widget.toPlainText()]
        yield from ((f"{where} (undo)", text) for text in texts)
    elif isinstance(widget, (QLabel, QAbstractButton)):
        yield where, widget.text()
    elif isinstance(widget, QComboBox):
        yield where, widget.currentText()
    elif isinstance(widget, QGroupBox):
        yield where, widget.title()
    elif isinstance(widget, QStatusBar):
        yield where, widget.currentMessage()
    elif isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield where, widget.tabText(tab)
            yield where, widget.tabToolTip(tab)


def undone_line(field: QLineEdit) -> Iterator[str]:
    """The field's text, then its text after each undo step (Ctrl+Z, as a person would)."""
    yield field.text()
    for _ in range(MAX_UNDO_STEPS):
        if not field.isUndoAvailable():
            return
        field.undo()
        yield field.text()


def undone_document(edit: QTextEdit | QPlainTextEdit) -> Iterator[str]:
    document = edit.document()
    yield document.toPlainText()
    for _ in range(MAX_UNDO_STEPS):
        if not document.isUndoAvailable():
            return
        document.undo()
        yield document.toPlainText()


def item_models(widgets: list[QWidget]) -> list[QAbstractItemModel]:
    """Every model a widget shows, completes from or owns, and the sources behind proxies."""
    found: dict[int, QAbstractItemModel] = {}

    def add(model: QAbstractItemModel | None) -> None:
        while model is not None and id(model) not in found:
            found[id(model)] = model
            model = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None

    for widget in widgets:
        if isinstance(widget, (QAbstractItemView, QComboBox)):
            add(widget.model())
        completer = widget.completer() if isinstance(widget, (QLineEdit, QComboBox)) else None
        if completer is not None:
            add(completer.model())
        for model in widget.findChildren(QAbstractItemModel):
            add(model)
    return list(found.values())


def model_texts(model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    where = f"model {type(model).__name__}"
    for section in range(columns(model, QModelIndex())):
        yield where, repr(model.headerData(section, Qt.Orientation.Horizontal))
    yield from index_texts(model, QModelIndex(), where)


def index_texts(
    model: QAbstractItemModel, parent: QModelIndex, where: str
) -> Iterator[tuple[str, str]]:
    for row in range(model.rowCount(parent)):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield f"{where} row {row} role {int(role)}", repr(value)
            if column == 0 and is_tree(model) and model.rowCount(index) > 0:
                yield from index_texts(model, index, where)


def is_tree(model: QAbstractItemModel) -> bool:
    """Whether rows can have rows under them (list and table models are flat)."""
    return not isinstance(model, (QAbstractListModel, QAbstractTableModel))


def columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """Columns under ``parent`` (list models keep ``columnCount`` private: one)."""
    try:
        return max(1, model.columnCount(parent))
    except TypeError:
        return 1


def attribute_texts(root: object) -> Iterator[tuple[str, str]]:
    """Strings held in Python attributes, containers, dataclasses and closures."""
    seen: set[int] = set()
    stack: list[tuple[object, str, int]] = [(root, type(root).__name__, 0)]
    while stack:
        value, path, depth = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, str):
            yield path, value
            continue
        if isinstance(value, bytes):
            yield path, value.decode("utf-8", "replace")
            continue
        if depth < ATTRIBUTE_DEPTH:
            stack += [(child, f"{path}.{name}", depth + 1) for name, child in children(value)]


def children(value: object) -> list[tuple[str, object]]:
    if isinstance(value, (type, types.ModuleType, int, float, bool, type(None))):
        return []
    if isinstance(value, dict):
        return [(f"[{key!r}]", item) for key, item in value.items()] + [
            ("<key>", key) for key in value
        ]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [(f"[{index}]", item) for index, item in enumerate(value)]
    if isinstance(value, types.FunctionType):
        cells = value.__closure__ or ()
        return [(f"<closure {index}>", cell.cell_contents) for index, cell in enumerate(cells)]
    if isinstance(value, types.MethodType):
        return [("<self>", value.__self__), ("<func>", value.__func__)]
    if dataclasses.is_dataclass(value):
        return [(field.name, getattr(value, field.name)) for field in dataclasses.fields(value)]
    try:
        return list(vars(value).items())
    except TypeError:
        return []


def leaks(window: MainWindow, markers: Markers) -> list[str]:
    return [
        f"{name} in {where}: {text[:80]!r}"
        for where, text in held_texts(window, undo=True)
        for name in markers.found_in(text)
    ]


# ---------------------------------------------------------------------- the session


@pytest.fixture
def markers() -> Markers:
    return Markers.new()


@pytest.fixture
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dialogs the window runs with exec() are shown and left open, as a person would."""

    def show(self: QDialog) -> int:
        self.show()
        return 0

    monkeypatch.setattr(QDialog, "exec", show)


def open_window(qtbot: QtBot, tmp_path: Path, markers: Markers) -> tuple[MainWindow, str]:
    """A journal holding an earlier version (of the entry whose id is returned), a
    trashed entry and a contact note, open in the window."""
    files, keystore = JournalFiles(tmp_path / "journal"), MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        entry = journal.entries.add(EntryFields(title="Later", body=markers.earlier_version))
        journal.entries.save(
            entry.id, EntryFields(title="Later", body="Rewritten."), RevisionPolicy.ALWAYS
        )
        trashed = journal.entries.add(EntryFields(body=markers.trashed))
        journal.entries.trash(trashed.id)
        journal.contacts.add(
            ContactFields(dt.datetime(2026, 11, 1, 9), Channel.MESSAGE, said=markers.contact)
        )
        happened = When(dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC), "UTC")
        journal.incidents.add(IncidentFields(happened, (IncidentKind.VERBAL,), markers.incident))
    window = make_window(qtbot, files, keystore, tmp_path)
    window.activateWindow()
    settle(qtbot, window)  # the input watch and settings come just after the first paint
    return window, entry.id


def write_and_look_everywhere(
    qtbot: QtBot, window: MainWindow, markers: Markers, rewritten_id: str
) -> None:
    """Type every marker where a person would, and open every view of the journal."""
    page = window.journal_page
    window.commands.new_entry.trigger()
    qtbot.keyClicks(page.editor._title, markers.title)
    qtbot.keyClicks(page.editor._tags, markers.tag)
    qtbot.keyClicks(page.editor._body, f"Tonight {markers.body} and then rest.")
    qtbot.waitUntil(lambda: not page.autosaver.is_dirty(), timeout=3000)
    window.commands.search.trigger()
    qtbot.keyClicks(page.search._field, markers.search)
    qtbot.waitUntil(lambda: page.search.model().rowCount() > 0, timeout=3000)
    shown = "\n".join(text for _, text in held_texts(window))
    page.show_entry(rewritten_id)
    page.show_revisions()
    page.show_trash()
    shown += "\n".join(text for _, text in held_texts(window))
    for dialog in window.findChildren(QDialog):
        dialog.reject()  # read and closed again: a closed dialog is only hidden
    open_every_command(window)
    window.doubt.show_contact_log()  # this one stays open
    window.doubt.show_remind()
    qtbot.keyClicks(window.remind.new_reason, markers.reason)
    window.remind.add_reason.click()
    assert window.remind.reasons.rowCount() == 1
    shown += "\n".join(text for _, text in held_texts(window))
    for name, marker in vars(markers).items():
        assert marker in shown, f"the session never showed the {name}"
    assert unregistered_holders(window, markers) == []


# Commands that end the session or change what the session typed, rather than show it.
NOT_VIEWS = {
    *("lock", "hide_now", "quit", "trash_entry", "new_entry", "shortcuts", "danger", "about"),
    "attach",  # a file dialog: what it attaches shows in the strip and viewer, opened here
}


def open_every_command(window: MainWindow) -> None:
    """Trigger every window command that shows something (dialogs stay open)."""
    commands = window.commands
    for field in dataclasses.fields(commands):
        action = getattr(commands, field.name)
        if field.name in NOT_VIEWS or action in commands.editing():
            continue
        action.setEnabled(True)
        action.trigger()
    window.doubt.back_to_journal()


def unregistered_holders(window: MainWindow, markers: Markers) -> list[str]:
    """Objects showing a marker that neither forget on lock nor live in a dialog."""
    holders = []
    for widget in QApplication.allWidgets():
        texts = [text for _, text in widget_texts(widget, undo=False)]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += [text for _, text in model_texts(widget.model())]
        if any(markers.found_in(text) for text in texts) and not forgets_with(widget):
            holders.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return holders


def forgets_with(widget: QWidget) -> bool:
    """Whether locking reaches ``widget``: it, or a parent, forgets or is a dialog."""
    node: QObject | None = widget
    while node is not None:
        if isinstance(node, (ForgetsOnLock, QDialog)):
            return True
        node = node.parent()
    return False


# Widgets handed a journal that show its settings, never its text (inside Settings).
SETTINGS_ONLY = {
    "PreferencesTab",
    "CheckinSettings",
    "RemindSettings",
    "PictureSettings",
    "SyncSettings",
}


def views_handed_a_journal() -> list[type]:
    """Every widget class in app.ui with a method that takes a ``Journal``."""
    found = []
    for info in pkgutil.walk_packages(app.ui.__path__, "app.ui."):
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__ and takes_journal(cls):
                found.append(cls)
    return found


def takes_journal(cls: type) -> bool:
    if not issubclass(cls, QWidget):
        return False
    return any(
        isinstance(parameter.annotation, str) and re.search(r"\bJournal\b", parameter.annotation)
        for function in vars(cls).values()
        if inspect.isfunction(function)
        for parameter in inspect.signature(function).parameters.values()
    )


def press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key in the journal window, where its keyboard focus is."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


# ---------------------------------------------------------------------- the tests


@pytest.mark.usefixtures("no_blocking_dialogs")
def test_after_ctrl_l_nothing_holds_journal_text(
    qtbot: QtBot, tmp_path: Path, markers: Markers
) -> None:
    window, rewritten_id = open_window(qtbot, tmp_path, markers)
    write_and_look_everywhere(qtbot, window, markers, rewritten_id)

    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1)  # back in the event loop

    assert not window.controller.is_open()
    assert window.stack.currentWidget() is window.unlock
    assert leaks(window, markers) == []


@pytest.mark.usefixtures("no_blocking_dialogs")
def test_after_quick_hide_nothing_holds_journal_text(
    qtbot: QtBot, tmp_path: Path, markers: Markers
) -> None:
    window, rewritten_id = open_window(qtbot, tmp_path, markers)
    write_and_look_everywhere(qtbot, window, markers, rewritten_id)

    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_Shift)
    qtbot.wait(1)  # back in the event loop

    assert not window.isVisible() and not window.controller.is_open()
    assert leaks(window, markers) == []


@pytest.mark.usefixtures("no_blocking_dialogs")
def test_unlocking_again_and_locking_again_still_forgets(
    qtbot: QtBot, tmp_path: Path, markers: Markers
) -> None:
    window, rewritten_id = open_window(qtbot, tmp_path, markers)
    write_and_look_everywhere(qtbot, window, markers, rewritten_id)
    window.lock()
    window.unlock.keyringRequested.emit()
    assert window.controller.is_open()
    window.commands.search.trigger()
    qtbot.keyClicks(window.journal_page.search._field, markers.search)
    window.doubt.show_remind()

    window.lock()
    qtbot.wait(1)  # back in the event loop

    assert leaks(window, markers) == []


def test_every_view_handed_a_journal_forgets_on_lock() -> None:
    views = views_handed_a_journal()
    assert {cls.__name__ for cls in views} >= {"JournalPage", "RemindView", "ContactLogDialog"}
    assert [
        cls.__name__
        for cls in views
        if not issubclass(cls, (ForgetsOnLock, QDialog)) and cls.__name__ not in SETTINGS_ONLY
    ] == []


def test_a_view_that_does_not_forget_is_found(
    qtbot: QtBot, tmp_path: Path, markers: Markers
) -> None:
    window, _ = open_window(qtbot, tmp_path, markers)
    stray = QLabel(markers.body, window.stack)  # a view added without registering
    assert unregistered_holders(window, markers) == [f"QLabel {stray.objectName()!r}"]
