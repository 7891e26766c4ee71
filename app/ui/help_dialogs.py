"""Help: the keyboard shortcuts sheet, "If you are in danger now", and About.

None of them holds journal text, so they stay open across a lock. The danger page
is data (``resources/help/danger.md``) so it can be localised and corrected
without touching code; it is rendered like an entry, with nothing fetched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.language import localized
from app.render.markdown_html import render_html
from app.ui.actions import Actions
from app.ui.widgets.kit import text_label
from app.ui.widgets.text_surface import PreviewBrowser, preview_style

DANGER_FILE = ("help", "danger.md")


def open_help(parent: QWidget, page: str, actions: Actions) -> QDialog:
    """Open one help page ("shortcuts", "danger" or "about") beside the window."""
    builders = {"shortcuts": ShortcutsSheet, "danger": DangerPage, "about": AboutPage}
    dialog: QDialog = builders[page](parent, actions)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _frame(dialog: QDialog, title: str, heading: str) -> QVBoxLayout:
    """A help dialog's heading, and a Close button (Escape closes it too)."""
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 24, 24, 16)
    layout.setSpacing(16)
    layout.addWidget(text_label(heading, "heading"))
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    layout.addWidget(close)
    return layout


def _before_buttons(layout: QVBoxLayout, widget: QWidget, stretch: int = 0) -> None:
    layout.insertWidget(layout.count() - 1, widget, stretch)


class ShortcutsSheet(QDialog):
    """Every command's keys, grouped as the menus are (F1)."""

    def __init__(self, parent: QWidget, actions: Actions) -> None:
        super().__init__(parent)
        layout = _frame(self, self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        for group, rows in self._groups(actions):
            self._add_group(group, rows)
        table = QTableView(self)
        table.setObjectName("shortcuts")
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        _before_buttons(layout, table, 1)
        self.resize(560, 620)

    def _groups(self, a: Actions) -> list[tuple[str, list[tuple[str, str]]]]:
        def rows(actions: list[QAction]) -> list[tuple[str, str]]:
            return [
                (action.text().replace("&", "").rstrip("…"), _keys(action))
                for action in actions
                if action.shortcuts()
            ]

        return [
            (
                self.tr("Journal"),
                rows([a.new_entry, a.checkin, a.remind, a.contact_log, a.incidents, a.patterns])
                + rows([a.export])
                + rows([a.settings, a.lock])
                + [(self.tr("Hide Now"), self._hide_keys(a))]
                + rows([a.quit]),
            ),
            (self.tr("Edit"), rows([*a.editing(), a.search])),
            (self.tr("View"), rows([a.toggle_preview, a.next_entry, a.previous_entry])),
            (self.tr("Entry"), rows([a.revisions, a.attach, a.trash_entry])),
            (
                self.tr("Anywhere"),
                [
                    *rows(a.help()),
                    (self.tr("Close a dialog or step back"), self.tr("Escape")),
                    (self.tr("Press the focused button"), self.tr("Return or Space")),
                ],
            ),
        ]

    def _hide_keys(self, a: Actions) -> str:
        """Quick hide's key (people can change or clear it) and Shift three times."""
        shift = self.tr("Shift pressed three times")
        key = _keys(a.hide_now)
        return self.tr("%1 or %2").replace("%1", key).replace("%2", shift) if key else shift

    def _add_group(self, title: str, rows: list[tuple[str, str]]) -> None:
        heading = QStandardItem(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.model.appendRow([heading, QStandardItem("")])
        for command, keys in rows:
            self.model.appendRow([QStandardItem(command), QStandardItem(keys)])


def _keys(action: QAction) -> str:
    """An action's keys as the platform writes them, alternatives joined by "or"."""
    from PySide6.QtGui import QKeySequence  # noqa: PLC0415 - only the sheet needs it

    names = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
    return " or ".join(name for name in names if name)


class DangerPage(QDialog):
    """Plain words on reaching help now; nothing here uses the network."""

    def __init__(self, parent: QWidget, _actions: Actions) -> None:
        super().__init__(parent)
        layout = _frame(
            self, self.tr("If you are in danger now"), self.tr("If you are in danger now")
        )
        self.text = PreviewBrowser(self)
        self.text.setObjectName("danger-text")
        self.text.setAccessibleName(self.tr("If you are in danger now"))
        self.text.document().setDefaultStyleSheet(preview_style())
        self.text.setHtml(render_html(danger_text()))
        _before_buttons(layout, self.text, 1)
        self.resize(640, 640)


def danger_text() -> str:
    """The danger page's Markdown, as shipped in ``resources/help``."""
    return localized(*DANGER_FILE).read_text(encoding="utf-8")


class AboutPage(QDialog):
    """What Threshold is and what it never does."""

    def __init__(self, parent: QWidget, _actions: Actions) -> None:
        super().__init__(parent)
        layout = _frame(
            self, self.tr("About Threshold"), self.tr("Threshold %1").replace("%1", __version__)
        )
        for text in (
            self.tr(
                "A private journal for the time around leaving. Your words stay on this "
                "computer, encrypted; only you can open them."
            ),
            self.tr(
                "Threshold never uses the network: no accounts, no telemetry, no update checks."
            ),
        ):
            label = text_label(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            _before_buttons(layout, label)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
