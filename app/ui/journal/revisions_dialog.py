"""Earlier versions of one entry, side by side with the text as it is now.

Threshold keeps a version when someone returns to an entry after a while or cuts
a large part of it. This dialog lets them read those versions and bring one back.
It never changes the journal itself: it only says which version was chosen, and
the caller restores it (``EntryStore.restore_revision``), which keeps the current
text as a version too. That is why restoring asks for no confirmation.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.records.entries import Entry, Revision
from app.ui.journal.revision_diff import Span, changed_spans
from app.ui.widgets.colours import current_colours
from app.ui.widgets.kit import fill_grid, text_label
from app.ui.widgets.lists import FIRST_ROLE, ListModel, list_view
from app.ui.widgets.rows import TwoLineRowDelegate, format_moment

if TYPE_CHECKING:
    from app.ui.journal.page import JournalPage

READING_SCALE = 1.15  # the editor's size relative to the UI font
LINE_HEIGHT_PERCENT = 150


# Named roles for one earlier version; DetailRole reads "312 words".
RevisionRole = IntEnum(
    "RevisionRole", "RevisionIdRole SavedRole TextRole DetailRole", start=FIRST_ROLE
)


def shown_text(title: str, body: str) -> str:
    """What a version reads like: its title, a blank line, then its text."""
    return f"{title}\n\n{body}" if title else body


def format_saved(saved: dt.datetime) -> str:
    """When a version was saved, in local time ("4 Mar 2025, 21:14")."""
    return format_moment(saved.astimezone())


def reading_font() -> QFont:
    """A comfortable serif about 1.15 times the UI font, as the editor uses."""
    font = QFont(QGuiApplication.font())
    font.setFamilies(["Noto Serif", "Source Serif 4", "Georgia", "DejaVu Serif"])
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(font.pointSizeF() * READING_SCALE)
    return font


class RevisionListModel(ListModel[Revision]):
    """Earlier versions, newest first, as the core returns them."""

    roles = RevisionRole

    def __init__(self, revisions: list[Revision], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(revisions)

    def item_data(self, item: Revision, role: int) -> object:
        """The value of one role for one version."""
        if role == Qt.ItemDataRole.DisplayRole:
            return format_saved(item.saved)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{format_saved(item.saved)}, {self._words_text(item)}"
        if role == RevisionRole.DetailRole:
            return self._words_text(item)
        return _revision_role(item, role)

    def _words_text(self, revision: Revision) -> str:
        count = len(revision.body.split())
        if count == 1:
            return self.tr("1 word")
        return self.tr("{count} words").format(count=f"{count:n}")


def _revision_role(revision: Revision, role: int) -> object:
    """The custom roles of one version (None for any other role)."""
    match role:
        case RevisionRole.RevisionIdRole:
            return revision.id
        case RevisionRole.SavedRole:
            return revision.saved
        case RevisionRole.TextRole:
            return shown_text(revision.title, revision.body)
    return None


class RevisionsDialog(QDialog):
    """Compare an entry with its earlier versions and choose one to bring back.

    Args:
        entry: the entry as it is now.
        revisions: its earlier versions, newest first (``EntryStore.revisions``).

    Signals:
        revisionChosen(int): the user chose to restore this version; the dialog
            then closes with ``accept()``.
    """

    revisionChosen = Signal(int)

    def __init__(
        self, entry: Entry, revisions: list[Revision], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions"))  # never the entry's own words
        self._chosen: int | None = None
        self._current_text = shown_text(entry.title, entry.body)
        self._model = RevisionListModel(revisions, self)
        self._list = self._make_list()
        self._earlier_label = text_label("", "muted")
        self._earlier = _reading_view(self.tr("Earlier version"), self)
        self._now = _reading_view(self.tr("Current text"), self)
        _set_reading_text(self._now, self._current_text)
        self._restore = QPushButton(self.tr("&Restore this version"), self)
        self._lay_out(has_versions=bool(revisions))
        width, height = (1040, 640) if revisions else (560, 320)
        self.resize(width, height)
        if revisions:
            self._list.setCurrentIndex(self._model.index(0))
            self._list.setFocus()

    def chosen_revision_id(self) -> int | None:
        """The version the user chose to restore, or None if they closed the dialog."""
        return self._chosen

    def revision_list(self) -> QListView:
        """The list of versions (for the window's tests and screenshots)."""
        return self._list

    def shown_texts(self) -> tuple[str, str]:
        """The selected earlier text and the current text, as displayed."""
        return self._earlier.toPlainText(), self._now.toPlainText()

    # ------------------------------------------------------------------ building

    def _make_list(self) -> QListView:
        delegate = TwoLineRowDelegate(RevisionRole.DetailRole)
        view = list_view(QListView(self), self._model, delegate, self.tr("Earlier versions"))
        view.setMinimumWidth(view.fontMetrics().averageCharWidth() * 30)
        view.selectionModel().selectionChanged.connect(self._on_selection)
        return view

    def _lay_out(self, has_versions: bool) -> None:
        heading = text_label(self.tr("Earlier versions"), "heading")
        pages = QStackedWidget(self)
        pages.addWidget(self._comparison())
        pages.addWidget(self._empty_state())
        pages.setCurrentIndex(0 if has_versions else 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(pages, 1)
        layout.addLayout(self._footer(has_versions))

    def _comparison(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        saved, now = (
            text_label(self.tr("Saved versions"), "muted"),
            text_label(self.tr("Now"), "muted"),
        )
        rows: list[list[QWidget]] = [
            [saved, self._earlier_label, now],
            [self._list, self._earlier, self._now],
        ]
        fill_grid(grid, rows, stretch=(1, 2))
        return page

    def _empty_state(self) -> QWidget:
        message = QLabel(
            self.tr(
                "There are no earlier versions of this entry yet. Threshold keeps one when "
                "you come back to an entry after a while, or before a large cut."
            ),
            self,
        )
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setMinimumWidth(message.fontMetrics().averageCharWidth() * 48)
        message.setAccessibleName(self.tr("No earlier versions"))
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(message, 0, Qt.AlignmentFlag.AlignCenter)
        return page

    def _footer(self, has_versions: bool) -> QHBoxLayout:
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self._restore.setProperty("primary", "true")
        self._restore.setAccessibleName(self.tr("Restore this version"))
        self._restore.clicked.connect(self._restore_selected)
        buttons.addButton(self._restore, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():  # Enter in the list must not restore by surprise
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        note = text_label(
            self.tr(
                "Restoring keeps the text you have now as an earlier version, so nothing is lost."
            ),
            "muted",
        )
        note.setVisible(has_versions)
        self._restore.setVisible(has_versions)
        footer = QHBoxLayout()
        footer.setSpacing(16)
        footer.addWidget(note, 1)
        footer.addWidget(buttons)
        return footer

    # ------------------------------------------------------------------ behaviour

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self._selected()
        self._restore.setEnabled(index is not None)
        if index is None:
            self._earlier.clear()
            self._earlier_label.clear()
            return
        earlier = str(index.data(RevisionRole.TextRole))
        self._earlier_label.setText(
            self.tr("Saved {saved}").format(saved=format_saved(index.data(RevisionRole.SavedRole)))
        )
        _set_reading_text(self._earlier, earlier)
        left, right = changed_spans(earlier, self._current_text)
        _highlight(self._earlier, left)
        _highlight(self._now, right)

    def _selected(self) -> QModelIndex | None:
        rows = self._list.selectionModel().selectedRows()
        return rows[0] if rows else None

    def _restore_selected(self) -> None:
        index = self._selected()
        if index is None:
            return
        self._chosen = int(index.data(RevisionRole.RevisionIdRole))
        self.revisionChosen.emit(self._chosen)
        self.accept()


def _reading_view(name: str, parent: QWidget) -> QTextEdit:
    """A read-only plain-text view with the editor's font and line height.

    A QTextEdit rather than a QPlainTextEdit: only its layout honours line height.
    """
    view = QTextEdit(parent)
    view.setReadOnly(True)
    view.setAcceptRichText(False)
    view.setFont(reading_font())
    view.setAccessibleName(name)
    flags = Qt.TextInteractionFlag
    view.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
    view.document().setDocumentMargin(12)
    return view


def _set_reading_text(view: QTextEdit, text: str) -> None:
    view.setPlainText(text)
    cursor = QTextCursor(view.document())
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setLineHeight(
        LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    cursor.mergeBlockFormat(spacing)


def _highlight(view: QTextEdit, spans: list[Span]) -> None:
    """Tint the changed words with the quiet highlight colour."""
    tint = QTextCharFormat()
    tint.setBackground(QColor(current_colours().highlight))
    selections = []
    for start, end in spans:
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = tint
        selections.append(selection)
    view.setExtraSelections(selections)


def show_revisions(page: JournalPage) -> None:
    """Compare and restore earlier versions of the entry open on ``page`` (saved first)."""
    journal, entry_id = page.journal(), page.editor.entry_id()
    if journal is None or entry_id is None or not page.save_now():
        return
    entries = journal.entries
    dialog = RevisionsDialog(entries.get(entry_id), entries.revisions(entry_id), page)
    chosen = dialog.chosen_revision_id() if dialog.exec() else None
    if chosen is not None:
        page.editor.load(entries.restore_revision(entry_id, chosen))
        page.timeline.reload()
